#!/bin/sh
# Runs a command inside its own D-Bus session with a fresh, unlocked GNOME Keyring
# (a real Secret Service), in a throw-away home so no real keyring is touched.
#   with-secret-service.sh COMMAND [ARGS...]
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-secret-service: dbus-run-session or gnome-keyring-daemon missing" \
         "(installer/debian/install-deps.sh installs them)" >&2
    exit 1
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    # --unlock reads the new login keyring password from stdin and makes it the default.
    printf "keyward-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
