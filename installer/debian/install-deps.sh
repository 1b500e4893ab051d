#!/usr/bin/env bash
# Installs everything Keyward needs to build, run and test on Debian 12.
# Idempotent: packages already present are left alone, and apt is only asked
# when something is missing.
set -euo pipefail

PACKAGES=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config git
    # clang + libFuzzer runtime for the fuzz harnesses, llvm for symbolized reports,
    # clang-format (14, like clang) for the formatting check and installer/format.sh
    clang libclang-rt-14-dev llvm clang-format
    # libraries (libsystemd: keywardd's READY/STATUS/WATCHDOG to systemd)
    libssl-dev libpcap-dev libsystemd-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev
    # test tools: namespaces, packet judging, the interop client VM, TCP through the
    # tunnel and its JSON report (tests/bench/bench-tcp.sh)
    iproute2 tshark qemu-system-x86 debootstrap e2fsprogs cpio iperf3 jq python3
    # reading a report's PDF back (pdftotext) in the report tests
    poppler-utils
    # the fonts keywardd embeds in report PDFs (DejaVu Sans, Sans Mono; Droid Sans
    # Fallback for Chinese and Japanese)
    fonts-dejavu-core fonts-droid-fallback
    # RADIUS sign-in tests: FreeRADIUS (each test starts its own in a namespace with
    # its own configuration) and radclient/radtest for trying a server by hand
    freeradius freeradius-utils
    # several keywardd against one FreeRADIUS whose users and accounting live in
    # PostgreSQL (tests/integration/TestRadiusFleet runs a private cluster of its own,
    # and FreeRADIUS's sql module with its PostgreSQL driver, schema and queries)
    postgresql freeradius-postgresql
    # the console: platform plugins, Qt's own catalogues, a Secret Service for the
    # keychain test and an X server for the README screenshots
    qt6-qpa-plugins qt6-translations-l10n gnome-keyring dbus xvfb xauth
    # the Debian package and its test: CPack's dpkg-shlibdeps, lintian, a Debian 12
    # that boots in systemd-nspawn, the metainfo and menu entry checks
    dpkg-dev lintian systemd-container appstream desktop-file-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"

# Installing freeradius enables and starts its service on the host (UDP 1812/1813).
# Keyward's tests start their own FreeRADIUS and never use it; a development or CI
# machine should not answer RADIUS for anyone, so it is stopped and disabled.
if printf '%s\n' "${missing[@]}" | grep -qx freeradius && command -v systemctl >/dev/null; then
    $SUDO systemctl disable --now freeradius.service >/dev/null 2>&1 || true
fi
# The same for postgresql: Debian makes and starts a cluster (15/main, port 5432); the
# tests run a private one in their temporary directory and never touch it.
if printf '%s\n' "${missing[@]}" | grep -qx postgresql && command -v systemctl >/dev/null; then
    $SUDO systemctl disable --now postgresql.service >/dev/null 2>&1 || true
fi
