#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the .deb of an existing build (cpack -G DEB), installs it into a clean Debian 13 root
# with apt-get, as a user would, and checks what got installed there:
#   - the installed coectl --version and a demo workspace it makes;
#   - the installed coe-studio --screenshot of that workspace: a PNG of the asked size with
#     more than a few colours;
#   - every library the installed programs need resolves (ldd), and every Qt plugin the
#     build loads comes from a package the .deb depends on (plugins are no shared-library
#     dependencies, so dpkg-shlibdeps cannot find them);
#   - desktop-file-validate and appstreamcli validate on the installed .desktop and metainfo;
#   - with a desktop's MIME and menu tools added (shared-mime-info, desktop-file-utils,
#     libglib2.0-bin), a .coe file is application/x-coe-workspace by name and by content, and
#     CoE Studio is the application registered for it; man renders coectl(1) without warnings.
#
#   tests/packaging/deb-install.sh BUILD_DIR
#
# The clean root is a minimal `mmdebstrap --variant=apt` of Debian 13, made once and kept as a
# tarball in $COE_CACHE_DIR/packaging (keyed by what makes it); each run unpacks a fresh copy
# and removes it afterwards. Downloaded .debs are kept in $COE_CACHE_DIR/packaging/archives, so
# a warm run downloads nothing but the package lists. Needs root (chroot, unshare).
# Ends with "packaging: N passed, N failed"; exits non-zero when a check failed.
set -euo pipefail

BUILD="$(cd "${1:?usage: deb-install.sh BUILD_DIR}" && pwd)"
CACHE="${COE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/coe-studio}/packaging"
SUITE=trixie
START=$SECONDS

say() { printf '[package] %s\n' "$*" >&2; }
passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); printf 'PASS  %s\n' "$1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); printf 'FAIL  %s%s\n' "$1" "${2:+: $2}"; }
finish() {
    printf '%s\n' "packaging: $passed passed, $failed failed"
    [ "$failed" -eq 0 ] || { say "failed: ${failures[*]}"; exit 1; }
    exit 0
}

[ "$(id -u)" = 0 ] || { fail "runs as root" "installing into a clean root needs chroot and unshare"; finish; }
for tool in cpack mmdebstrap dpkg-deb unshare chroot identify desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { fail "has $tool" "not installed (see .ci/packages-debian13.txt)"; finish; }
done

# --- the .deb ---------------------------------------------------------------------------------
t=$SECONDS
rm -rf "$BUILD/packages"
if cpack -G DEB -B "$BUILD/packages" --config "$BUILD/CPackConfig.cmake" >"$BUILD/cpack-deb.log" 2>&1; then
    pass "cpack -G DEB ($((SECONDS - t)) s)"
else
    tail -n 30 "$BUILD/cpack-deb.log"
    fail "cpack -G DEB" "log: $BUILD/cpack-deb.log"; finish
fi
deb="$(ls "$BUILD"/packages/coe-studio_*.deb 2>/dev/null | head -1)"
[ -n "$deb" ] || { fail "cpack made coe-studio_*.deb" "none in $BUILD/packages"; finish; }
depends="$(dpkg-deb -f "$deb" Depends)"
say "$(basename "$deb"): $(du -h "$deb" | cut -f1); Depends: $depends"
case "$depends" in
    *libqt6widgets6*libc6* | *libc6*libqt6widgets6*) pass "Depends lists the shared libraries (dpkg-shlibdeps)" ;;
    *) fail "Depends lists the shared libraries (dpkg-shlibdeps)" "$depends" ;;
esac

# Everything under /usr, nothing writable by others, the programs executable.
contents="$(dpkg-deb -c "$deb")"
stray="$(awk '$6 !~ /^\.\/(usr\/.*)?$/ {print $6}' <<<"$contents")"
writable="$(awk 'substr($1, 9, 1) == "w" && $1 !~ /^l/ {print $6}' <<<"$contents")"
if [ -z "$stray$writable" ] && grep -Eq '^-rwxr-xr-x .* \./usr/bin/coectl$' <<<"$contents" \
        && grep -Eq '^-rwxr-xr-x .* \./usr/bin/coe-studio$' <<<"$contents"; then
    pass "the .deb holds $(grep -vc '/$' <<<"$contents") files, all under /usr, none writable by others"
else
    fail "the .deb holds files under /usr only, none writable by others" "${stray:+outside /usr: $stray }${writable:+writable: $writable}"
fi

# Every Qt plugin the build loads (a demo workspace, a screenshot of each view) belongs to a
# package the .deb depends on. The build runs against the same system Qt the package uses.
plugin_log="$BUILD/packages/plugins.log"
demo="$BUILD/packages/plugins-demo.coe"
QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 "$BUILD/app/coectl" demo "$demo" >"$plugin_log" 2>&1 || true
for view in dashboard matrix people skills engagements sessions summits; do
    QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 "$BUILD/app/coe-studio" "$demo" --view "$view" \
        --size 800x600 --screenshot "$BUILD/packages/plugins-$view.png" >>"$plugin_log" 2>&1 || true
done
plugins="$(sed -n 's/.*"\([^"]*\/plugins\/[^"]*\.so\)" loaded library.*/\1/p' "$plugin_log" | sort -u)"
if [ -z "$plugins" ]; then
    fail "Qt plugins the build loads are dependencies" "QT_DEBUG_PLUGINS named no loaded plugin (log: $plugin_log)"
else
    missing=()
    for plugin in $plugins; do
        owner="$(dpkg -S "$plugin" 2>/dev/null | head -1 | cut -d: -f1)"
        if [ -z "$owner" ]; then missing+=("$plugin (no package owns it)"); continue; fi
        grep -Eq "(^|, )$owner( |,|$)" <<<"$depends" || missing+=("$plugin ($owner)")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        pass "Qt plugins the build loads are dependencies ($(wc -w <<<"$plugins") plugins)"
    else
        fail "Qt plugins the build loads are dependencies" "not depended on: ${missing[*]}"
    fi
fi

# The Windows and macOS icon files the build renders (packaging/iconpack.cpp): each entry a PNG
# of the size its header names.
if out="$(python3 - "$BUILD/packaging/coe-studio.ico" "$BUILD/packaging/coe-studio.icns" 2>&1 <<'PY'
import struct, sys
def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "an entry is not a PNG"
    return struct.unpack(">II", data[16:24])
ico = open(sys.argv[1], "rb").read()
reserved, kind, count = struct.unpack("<HHH", ico[:6])
assert (reserved, kind) == (0, 1) and count > 0, "not an icon file"
sizes = []
for i in range(count):
    w, h, _, _, planes, bpp, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
    side = w or 256
    assert png_size(ico[offset:offset + length]) == (side, h or 256), f"ICO entry {i} is not {side} px"
    sizes.append(side)
icns = open(sys.argv[2], "rb").read()
assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns), "not an icns file"
expect = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
          b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
at, types = 8, []
while at < len(icns):
    kind, length = icns[at:at + 4], struct.unpack(">I", icns[at + 4:at + 8])[0]
    side = expect[kind]
    assert png_size(icns[at + 8:at + length]) == (side, side), f"{kind} is not {side} px"
    types.append(kind.decode()); at += length
assert at == len(icns) and len(types) == len(expect), "icns elements do not add up"
print(f"ICO {sizes}, ICNS {' '.join(types)}")
PY
)"; then
    pass "the Windows and macOS icon files: $out"
else
    fail "the Windows and macOS icon files" "$out"
fi

# --- the clean Debian 13 root -----------------------------------------------------------------
mkdir -p "$CACHE/archives/partial"
recipe="mmdebstrap --variant=apt --skip=cleanup/apt/lists $SUITE (deb-install.sh 1)"
tarball="$CACHE/debian13-apt-$(printf '%s' "$recipe" | sha256sum | cut -c1-16).tar"
exec 7>"$CACHE/.lock"
flock 7
if [ ! -f "$tarball" ]; then
    t=$SECONDS
    say "making a clean Debian 13 root: $recipe (once)"
    # Without inherited descriptors: mmdebstrap hands apt its next free one for a /bin/sh
    # (dash) redirection, and dash takes only one-digit ones.
    rm -f "$CACHE"/debian13-apt-*.tar
    if ! mmdebstrap --variant=apt --skip=cleanup/apt/lists "$SUITE" "$tarball.partial.tar" \
            >"$CACHE/mmdebstrap.log" 2>&1 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-; then
        tail -n 20 "$CACHE/mmdebstrap.log"
        rm -f "$tarball.partial.tar"
        fail "a clean Debian 13 root" "mmdebstrap failed (log: $CACHE/mmdebstrap.log)"; finish
    fi
    mv "$tarball.partial.tar" "$tarball"
    say "clean root made in $((SECONDS - t)) s: $tarball ($(du -h "$tarball" | cut -f1))"
fi
root="$(mktemp -d "$CACHE/root.XXXXXX")"
cleanup() { rm -rf "$root"; }
trap cleanup EXIT
tar -xf "$tarball" -C "$root"
flock -u 7
mkdir -p "$root/root/in" "$root/root/out"
cp "$deb" "$root/root/in/"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# Runs a shell command line as root in the clean root, with /proc mounted in a mount and PID
# namespace of its own (gone when it returns). The tarball has /dev's nodes. Only unshare
# mounts here: the build root has no mount(8). Inside a chroot (the build root) "/" is no
# mount point, and the namespace it runs in is private already.
propagation=private
mountpoint -q / 2>/dev/null || propagation=unchanged
in_clean() {
    unshare --mount --pid --fork --kill-child --propagation "$propagation" --mount-proc="$root/proc" \
        chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin bash -euo pipefail -c "cd /root && $1"
}
# The .debs earlier runs downloaded, hard-linked in (the cache and the root share a file
# system), and the new ones linked back after each install.
cp -al "$CACHE/archives/." "$root/var/cache/apt/archives/" 2>/dev/null || cp -a "$CACHE/archives/." "$root/var/cache/apt/archives/"
keep_debs() { cp -aln "$root"/var/cache/apt/archives/*.deb "$CACHE/archives/" 2>/dev/null || true; }

t=$SECONDS
if in_clean 'apt-get update -qq && apt-get install -y -q ./in/coe-studio_*.deb' >"$BUILD/packages/apt-install.log" 2>&1; then
    keep_debs
    pass "apt-get install ./$(basename "$deb") in a clean Debian 13 root ($((SECONDS - t)) s)"
else
    tail -n 30 "$BUILD/packages/apt-install.log"
    fail "apt-get install ./$(basename "$deb") in a clean Debian 13 root" "log: $BUILD/packages/apt-install.log"; finish
fi
say "installed $(grep -c '^Setting up' "$BUILD/packages/apt-install.log") packages"

# --- the installed programs -------------------------------------------------------------------
version="$(grep -m1 '^set(CPACK_PACKAGE_VERSION ' "$BUILD/CPackConfig.cmake" | sed 's/.*"\(.*\)".*/\1/')"
if out="$(in_clean 'coectl --version' 2>&1)" && grep -q "^coectl $version" <<<"$out"; then
    pass "installed coectl --version: $(head -1 <<<"$out")"
else
    fail "installed coectl --version says coectl $version" "$out"
fi
if out="$(in_clean 'coe-studio --version' 2>&1)" && grep -q "$version" <<<"$out"; then
    pass "installed coe-studio --version without a display: $(head -1 <<<"$out")"
else
    fail "installed coe-studio --version without a display" "$out"
fi
if out="$(in_clean 'coectl demo out/demo.coe' 2>&1)" && [ -s "$root/root/out/demo.coe" ]; then
    pass "installed coectl demo writes a workspace ($(du -k "$root/root/out/demo.coe" | cut -f1) KB)"
else
    fail "installed coectl demo writes a workspace" "$out"
fi
# PostgreSQL: the driver and libpq are there when the connection, not the driver, fails
# (nothing listens on port 1).
out="$(in_clean 'coectl info postgresql://nobody@127.0.0.1:1/none' 2>&1 || true)"
if grep -q 'Cannot reach the PostgreSQL server' <<<"$out"; then
    pass "installed coectl has the PostgreSQL driver: $(head -1 <<<"$out" | cut -c1-70)…"
else
    fail "installed coectl has the PostgreSQL driver" "$out"
fi
t=$SECONDS
if out="$(in_clean 'QT_QPA_PLATFORM=offscreen coe-studio out/demo.coe --view matrix --size 1280x800 --screenshot out/shot.png' 2>&1)" \
        && [ -s "$root/root/out/shot.png" ]; then
    shot="$BUILD/packages/installed-screenshot.png"
    cp "$root/root/out/shot.png" "$shot"
    geometry="$(identify -format '%wx%h' "$shot" 2>/dev/null || true)"
    colours="$(identify -format '%k' "$shot" 2>/dev/null || echo 0)"
    bytes="$(stat -c %s "$shot")"
    if [ "$geometry" = 1280x800 ] && [ "$colours" -gt 64 ] && [ "$bytes" -gt 20000 ]; then
        pass "installed coe-studio --screenshot: $geometry, $colours colours, $bytes bytes ($((SECONDS - t)) s; $shot)"
    else
        fail "installed coe-studio --screenshot is a 1280x800 picture with content" "$geometry, $colours colours, $bytes bytes"
    fi
else
    fail "installed coe-studio --screenshot writes a PNG" "$out"
fi
if out="$(in_clean 'for f in /usr/bin/coe-studio /usr/bin/coectl $(dpkg -L coe-studio | grep "\.so"); do ldd "$f" | sed "s|^|$f: |"; done' 2>&1)" \
        && ! grep -q 'not found' <<<"$out"; then
    pass "every library the installed programs need resolves"
else
    fail "every library the installed programs need resolves" "$(grep 'not found' <<<"$out" | head -5)"
fi

# --- the installed desktop files --------------------------------------------------------------
desktop="$root/usr/share/applications/org.coestudio.CoEStudio.desktop"
metainfo="$root/usr/share/metainfo/org.coestudio.CoEStudio.metainfo.xml"
if out="$(desktop-file-validate "$desktop" 2>&1)" && [ -z "$out" ]; then
    pass "desktop-file-validate /usr/share/applications/org.coestudio.CoEStudio.desktop: no findings"
else
    fail "desktop-file-validate /usr/share/applications/org.coestudio.CoEStudio.desktop" "$out"
fi
# --no-net: the screenshot and homepage URLs are not fetched (there is no network here).
# --pedantic: every finding is printed (only errors and warnings fail).
if out="$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1)"; then
    pass "appstreamcli validate --no-net /usr/share/metainfo/org.coestudio.CoEStudio.metainfo.xml: $(tail -1 <<<"$out")"
else
    fail "appstreamcli validate --no-net /usr/share/metainfo/org.coestudio.CoEStudio.metainfo.xml" "$out"
fi
grep -v '^$' <<<"$out" | sed 's/^/    /'
icons="$(ls "$root"/usr/share/icons/hicolor/*/apps/org.coestudio.CoEStudio.* 2>/dev/null | sed 's|.*/hicolor/\([^/]*\)/.*|\1|' | sort -V | tr '\n' ' ')"
case " $icons" in
    *" 16x16 "*" 48x48 "*" 256x256 "*" scalable "*) pass "hicolor icons installed: $icons" ;;
    *) fail "hicolor icons installed (16x16, 48x48, 256x256, scalable)" "$icons" ;;
esac

# --- with a desktop's MIME and menu tools -----------------------------------------------------
t=$SECONDS
if in_clean 'apt-get install -y -q shared-mime-info desktop-file-utils libglib2.0-bin man-db' \
        >"$BUILD/packages/apt-desktop.log" 2>&1; then
    keep_debs
    say "desktop tools installed ($((SECONDS - t)) s)"
    out="$(in_clean 'cp out/demo.coe out/no-extension; gio info -a standard::content-type out/demo.coe out/no-extension | grep content-type; gio mime application/x-coe-workspace' 2>&1 || true)"
    if [ "$(grep -c 'content-type: application/x-coe-workspace' <<<"$out")" = 2 ]; then
        pass "a workspace is application/x-coe-workspace by its name and by its content"
    else
        fail "a workspace is application/x-coe-workspace by its name and by its content" "$out"
    fi
    if grep -q 'org.coestudio.CoEStudio.desktop' <<<"$out"; then
        pass "CoE Studio is the application registered for application/x-coe-workspace"
    else
        fail "CoE Studio is the application registered for application/x-coe-workspace" "$out"
    fi
    warnings="$(in_clean 'MANWIDTH=100 man --warnings -E UTF-8 coectl 2>&1 >/dev/null' 2>&1 || echo "man failed")"
    page="$(in_clean 'MANWIDTH=100 man -E UTF-8 coectl 2>/dev/null' 2>&1 || true)"
    if [ -z "$warnings" ] && grep -q '^COMMANDS' <<<"$page" && grep -q 'coectl demo' <<<"$page"; then
        pass "man coectl renders without warnings ($(wc -l <<<"$page") lines, a COMMANDS section with coectl demo)"
    else
        fail "man coectl renders without warnings, with its COMMANDS" "${warnings:-no COMMANDS section or no coectl demo in it}"
    fi
    if in_clean 'man -w coe-studio' >/dev/null 2>&1; then pass "man coe-studio is installed"; else fail "man coe-studio is installed"; fi
else
    tail -n 20 "$BUILD/packages/apt-desktop.log"
    fail "apt-get install shared-mime-info desktop-file-utils libglib2.0-bin man-db" "log: $BUILD/packages/apt-desktop.log"
fi

say "package test took $((SECONDS - START)) s"
finish
