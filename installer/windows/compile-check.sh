#!/usr/bin/env bash
# A compile check of the Windows console's sources on Debian 12, which has no Qt 6
# for MinGW: every source of keywardctl, the console and the client half of the admin
# API is checked for syntax and types (g++ -fsyntax-only, warnings as errors in our
# code) by MinGW-w64's g++ for Windows, against Debian's Qt 6 headers. It catches
# POSIX-only headers and calls (unistd.h, getuid, sys/socket.h...) and code the
# Windows branches of the seams would not compile; it cannot link, run moc, or
# check what differs between Linux's and Windows' Qt headers.
#
#   installer/windows/compile-check.sh        (installs g++-mingw-w64-x86-64-posix)
set -euo pipefail
cd "$(dirname "$0")/../.."

cxx=x86_64-w64-mingw32-g++-posix
if ! command -v $cxx >/dev/null; then
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
        g++-mingw-w64-x86-64-posix >/dev/null
fi
qt=/usr/include/x86_64-linux-gnu/qt6
includes=(-Iserver -Iapp -Iapp/console)
for module in "" QtCore QtNetwork QtGui QtWidgets QtCharts; do
    includes+=(-isystem "$qt/$module")
done
# QtKeychain's headers without the rest of /usr/include (glibc's are not Windows').
keychain=$(mktemp -d)
trap 'rm -rf "$keychain"' EXIT
ln -s /usr/include/qt6keychain "$keychain/qt6keychain"
includes+=(-isystem "$keychain")
sources=$(ls server/api/*.cpp server/ipc/IpcClient.cpp server/ipc/IpcFrameReader.cpp \
    server/ipc/LocalEndpoint.cpp app/cli/*.cpp app/cli/commands/*.cpp app/console/*.cpp \
    app/console/*/*.cpp)
failed=0
count=0
for source in $sources; do
    count=$((count + 1))
    if ! out=$($cxx -std=c++20 -fsyntax-only -Wall -Wextra -Werror -Wno-attributes \
        -DQT_CORE_LIB -DQT_NETWORK_LIB -DQT_WIDGETS_LIB -DQT_GUI_LIB -DKEYWARD_VERSION='"0"' \
        "${includes[@]}" "$source" 2>&1); then
        echo "FAILED: $source"
        echo "$out" | grep -E 'error' | head -5
        failed=$((failed + 1))
    fi
done
echo "compile-check (MinGW-w64, Windows): $count sources, $failed failed"
[ "$failed" = 0 ]
