#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the KDE Frameworks CoE Studio needs (Extra CMake Modules, KArchive, KSyntaxHighlighting)
# from their release tags into PREFIX, for the Windows and macOS package builds
# (.github/workflows/desktop.yml), where no package manager has KF6 for the Qt in use.
#   packaging/ci/build-kf6.sh PREFIX [CMAKE ARGS...]   (Qt and zlib found through CMAKE_PREFIX_PATH)
set -euo pipefail
prefix="${1:?usage: build-kf6.sh PREFIX [CMAKE ARGS...]}"; shift
version="${KF6_VERSION:-6.8.0}"
work="$(mktemp -d)"
for framework in extra-cmake-modules karchive syntax-highlighting; do
    git clone --quiet --depth 1 --branch "v$version" "https://invent.kde.org/frameworks/$framework.git" "$work/$framework"
    cmake -S "$work/$framework" -B "$work/$framework/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DBUILD_DOC=OFF \
        -DBUILD_WITH_QT6=ON -DWITH_BZIP2=OFF -DWITH_LIBLZMA=OFF -DWITH_LIBZSTD=OFF -DWITH_OPENSSL=OFF \
        "$@"
    cmake --build "$work/$framework/build"
    cmake --install "$work/$framework/build"
done
rm -rf "$work"
