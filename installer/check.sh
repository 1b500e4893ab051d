#!/usr/bin/env bash
# Installs the dependencies, checks the C++ formatting, builds Keyward twice (normal,
# and ASan+UBSan with the libFuzzer harnesses) and runs the whole test suite. This is
# what CI runs.
#
#   installer/check.sh            everything
#   KEYWARD_CHECK_SKIP_ASAN=1 installer/check.sh   normal build only (quicker local loop)
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
installer/debian/install-deps.sh

jobs=$(nproc)
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
# Hits across clones in different folders (CI builds a fresh clone each time).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
export CTEST_OUTPUT_ON_FAILURE=1
# A test that cannot run says why and is counted as skipped, never as passed. As
# root (CI) every network test can run, so one that would skip fails instead.
if [ "$(id -u)" = 0 ]; then
    export KEYWARD_NO_SKIP="${KEYWARD_NO_SKIP:-1}"
fi
export QT_QPA_PLATFORM=offscreen

status=0
run() { echo "+ $*"; "$@" || status=1; }

# Formatting first: it takes seconds, and a file that is off fails the run before
# anything is built (installer/format.sh fixes it).
echo "== formatting (clang-format --dry-run --Werror) =="
installer/format.sh --check

echo "== normal build =="
cmake --preset default >/dev/null
cmake --build --preset default -j "$jobs"
# Unit tests in parallel; the network tests one at a time (they time real sessions,
# and the interop VM wants a core of its own), then the Debian package installed in a
# booted Debian 12; benchmarks last, on a quiet machine.
run ctest --preset default -j "$jobs" -L unit
run ctest --preset default -L "integration|gui|interop|package"
run ctest --preset default -L bench --verbose

if [ "${KEYWARD_CHECK_SKIP_ASAN:-0}" != 1 ]; then
    echo "== sanitizer build (ASan + UBSan): unit tests and fuzz smoke =="
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$jobs"
    run ctest --preset asan -j "$jobs"
fi

echo "check: finished in $(( $(date +%s) - start )) s"
exit $status
