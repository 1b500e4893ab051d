#!/usr/bin/env bash
# Builds Keyward's Debian package from this tree: the release preset (optimised, no
# test suite, with ccache), then CPack. Prints the package's path.
#
#   installer/package-deb.sh          then: sudo apt install ./build/release/packages/keyward_*.deb
#
# CI packages the tree it has built for the tests instead (tests/package: CPack from
# build/default), so that it compiles once.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/debian/install-deps.sh >&2
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" >&2
(cd build/release && cpack -G DEB >&2)
ls "$PWD"/build/release/packages/keyward_*.deb
