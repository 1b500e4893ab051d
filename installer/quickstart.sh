#!/usr/bin/env bash
# Installs the dependencies, builds Keyward and starts the server (with its embedded
# SQLite store under ./build/state) together with the console (keyward), which
# manages it over build/state/keywardd.sock.
#
# Runs keywardd in the foreground on 0.0.0.0:1723 (so run it as root), with its admin
# socket at build/state/keywardd.sock. In another terminal:
#   export KEYWARD_SOCKET=$PWD/build/state/keywardd.sock
#   build/default/bin/keywardctl user add alice          # prints a one-time password
set -euo pipefail
cd "$(dirname "$0")/.."

installer/debian/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"

bin=$PWD/build/default/bin
state=$PWD/build/state
mkdir -p "$state"
socket=$state/keywardd.sock

"$bin/keywardd" --foreground --state-dir "$state" --ipc-socket "$socket" "$@" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 50); do [ -S "$socket" ] && break; sleep 0.1; done
KEYWARD_SOCKET=$socket "$bin/keywardctl" status || exit 1

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "quickstart: keywardd is running (Ctrl-C stops it), but there is no display for the"
    echo "quickstart: console. On a desktop it starts by itself; from here, manage the server with:"
    echo "    KEYWARD_SOCKET=$socket $bin/keywardctl --help"
    wait $server
else
    echo "quickstart: starting the console; closing it stops the server too"
    "$bin/keyward" --socket "$socket"
fi
