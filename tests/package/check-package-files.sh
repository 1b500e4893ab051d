#!/usr/bin/env bash
# The files the package installs beside the programs, each checked by the tool that
# reads it: the AppStream metainfo (appstreamcli), the menu entry
# (desktop-file-validate), the man pages (man's warnings, lexgrog's NAME line), the
# icon (an SVG), the unit (systemd-analyze verify, where systemd can read it here).
#
#   check-package-files.sh SOURCE_DIR     (ctest PackageFiles, label package)
set -uo pipefail
src=${1:?usage: check-package-files.sh SOURCE_DIR}
installer=$src/installer
failures=0
check() {
    local what=$1
    shift
    if out=$("$@" 2>&1); then
        echo "ok: $what"
    else
        echo "FAILED: $what"
        echo "$out" | sed 's/^/  /'
        failures=$((failures + 1))
    fi
}
need() { command -v "$1" >/dev/null || { echo "SKIP: no $1 (installer/debian/install-deps.sh)"; exit 77; }; }
need appstreamcli
need desktop-file-validate
need lexgrog

check "metainfo is valid AppStream" \
    appstreamcli validate --no-net "$installer/desktop/org.keyward.Keyward.metainfo.xml"
check "the menu entry is valid" desktop-file-validate "$installer/desktop/org.keyward.Keyward.desktop"
for page in "$installer"/man/*.[18]; do
    name=$(basename "$page")
    # man -l --warnings: groff's warnings about the source go to stderr.
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    check "$name renders without warnings" test -z "$warnings"
    [ -z "$warnings" ] || echo "$warnings" | sed 's/^/  /'
    check "$name has a NAME line whatis can read" lexgrog "$page"
done
icon=$src/resources/icons/org.keyward.Keyward.svg
check "the icon is an SVG named after the application id" grep -q '<svg ' "$icon"
icon_name=$(sed -n 's/^Icon=//p' "$installer/desktop/org.keyward.Keyward.desktop")
check "the menu entry names the icon" test "$icon_name" = "$(basename "$icon" .svg)"
echo "$failures failure(s)"
[ "$failures" = 0 ]
