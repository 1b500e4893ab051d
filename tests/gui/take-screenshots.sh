#!/bin/sh
# Takes the README's screenshots from the real console: runs the GUI test (a real
# keywardd with keyward-probe sessions in test namespaces; needs root) under Xvfb
# with the X11 platform plugin, saving a picture of each page as it goes.
#   tests/gui/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build/default}
out=${2:-resources/screenshots}
mkdir -p "$out"
command -v xvfb-run >/dev/null || { echo "take-screenshots: xvfb-run missing (install-deps.sh installs xvfb)" >&2; exit 1; }
KEYWARD_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24" "$build/tests/gui/TestConsoleGui"
ls -l "$out"
