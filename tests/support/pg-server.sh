#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL server for the tests (CTest fixture "pg").
#   pg-server.sh start DIR   initdb in DIR/data, start on a free loopback port, write DIR/url
#   pg-server.sh stop DIR    stop it and delete DIR
# As root it runs the server as the 'postgres' user (PostgreSQL refuses to run as root).
# The superuser is 'postgres' with the password 'coe-test' (tests read it from PGPASSWORD).
set -euo pipefail
cmd="$1"; dir="$2"
bindir="$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")"
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
    "$0" stop "$dir" >/dev/null 2>&1 || true
    mkdir -p "$dir/sock"
    printf 'coe-test\n' > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-instructions >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log"; exit 1; }
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(( 20000 + (RANDOM % 20000) ))
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
            echo "postgresql://postgres@127.0.0.1:$port" > "$dir/url"
            echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    cat "$dir/server.log"; exit 1 ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir" ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
