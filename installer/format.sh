#!/usr/bin/env bash
# Formats Keyward's C++ sources (server/, app/, tests/) with clang-format and the
# project's .clang-format. CI (installer/check.sh) runs the --check form before it
# builds and fails when a file is off.
#
#   installer/format.sh                   format every source in place
#   installer/format.sh FILE...           format these files in place
#   installer/format.sh --check [FILE...] change nothing; list the files that are off
#                                         and exit 1 if there are any
#
# The reference is clang-format 14 (Debian 12's, as in CI); another version may
# format some constructs differently, so the script warns when it finds one.
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
if [ "${1:-}" = --check ]; then
    check=1
    shift
fi

tool=''
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null; then
        tool=$candidate
        break
    fi
done
if [ -z "$tool" ]; then
    echo "format: clang-format is missing (installer/debian/install-deps.sh installs it)" >&2
    exit 2
fi
version=$("$tool" --version | sed -n 's/.*version \([0-9][0-9]*\)\..*/\1/p')
if [ "$version" != 14 ]; then
    echo "format: warning: $tool is version ${version:-unknown}; CI checks with version 14," \
        "which may disagree" >&2
fi

if [ $# -gt 0 ]; then
    files=("$@")
else
    # The C++ sources; build trees (build/ at the top, or any inside these) are not ours.
    mapfile -d '' files < <(find server app tests -name build -prune -o -type f \
        \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "format: no C++ sources found" >&2
    exit 2
fi

if [ $check = 0 ]; then
    "$tool" --style=file -i "${files[@]}"
    echo "format: formatted ${#files[@]} files with $tool"
    exit 0
fi

# One run over every file; its diagnostics ("FILE:LINE:COL: error: ...") name the
# files that are off.
report=$("$tool" --style=file --dry-run --Werror "${files[@]}" 2>&1) && status=0 || status=$?
mapfile -t off < <(printf '%s\n' "$report" | sed -n 's/^\(.*\):[0-9][0-9]*:[0-9][0-9]*: error: .*/\1/p' |
    sort -u)
if [ $status != 0 ] && [ ${#off[@]} -eq 0 ]; then
    echo "format: $tool failed:" >&2
    printf '%s\n' "$report" | head -20 >&2
    exit 2
fi
if [ ${#off[@]} -eq 0 ]; then
    echo "format: all ${#files[@]} C++ files are formatted ($tool)"
    exit 0
fi
echo "format: ${#off[@]} of ${#files[@]} C++ files are not formatted as .clang-format says:"
printf '  %s\n' "${off[@]}"
echo "format: the first differences:"
printf '%s\n' "$report" | head -12 | sed 's/^/  | /'
echo "format: run installer/format.sh (or installer/format.sh FILE...) and commit the result"
exit 1
