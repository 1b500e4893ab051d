#!/usr/bin/env bash
# Installs the dependencies, builds Keyward and starts the server (with its embedded
# SQLite store under ./build/state) together with the console.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/debian/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"

bin=build/default/bin
state=build/state
mkdir -p "$state"
if [ ! -x "$bin/keywardd" ] || [ ! -x "$bin/keyward" ]; then
    echo "quickstart: built the protocol core and its tests; keywardd and the keyward console" >&2
    echo "quickstart: are not part of this build yet (see README, Status)." >&2
    exit 1
fi

"$bin/keywardd" --foreground --state-dir "$state" --ipc-socket "$state/keywardd.sock" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
KEYWARD_SOCKET="$state/keywardd.sock" "$bin/keyward"
