#!/usr/bin/env bash
# The Debian package as an admin meets it: built from this tree with CPack, checked
# with lintian, installed with apt (its dependencies from Debian) into a clean
# Debian 12 that boots systemd in systemd-nspawn, then, from the host:
#   - keywardd.service is active, runs as keyward with no capability left (its
#     bounding set holds at most the three network capabilities it starts with), and
#     the capture child, when this build has one, keeps only CAP_NET_RAW;
#   - its exposure (systemd-analyze security) is at most 2.5;
#   - a member of group keyward adds a VPN user with keywardctl, a member of
#     keyward-auditor is an auditor, anybody else is refused;
#   - keyward-probe, from the host over a veth, signs in with 128-bit MPPE and pings;
#   - an upgrade to a second build restarts keywardd and keeps the database and keys
#     (the user still signs in);
#   - apt remove keeps /var/lib/keyward, apt purge removes it and /etc/keyward.
#
#   run-package-test.sh BUILD_DIR     (ctest PackageDebian, label package; root)
#
# Cache: KEYWARD_PACKAGE_CACHE (default ~/.cache/keyward-package-root): the Debian
# tree (package-root.sh) and the .debs apt downloaded for keyward's dependencies.
set -euo pipefail

build=$(cd "${1:?usage: run-package-test.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
cache=${KEYWARD_PACKAGE_CACHE:-$HOME/.cache/keyward-package-root}
start=$(date +%s)

skip() {
    if [ "${KEYWARD_NO_SKIP:-0}" = 1 ]; then
        echo "FAIL (would skip): $*"
        exit 1
    fi
    echo "SKIP: $*"
    exit 77
}
say() { echo "package-test: [$(($(date +%s) - start)) s] $*"; }
failures=0
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then
        echo "  ok: $what"
    else
        echo "  FAILED: $what"
        failures=$((failures + 1))
    fi
}

[ "$(id -u)" = 0 ] || skip "needs root (debootstrap, systemd-nspawn, a veth)"
for tool in systemd-nspawn:systemd-container debootstrap:debootstrap nsenter:util-linux \
    cpack:cmake lintian:lintian dpkg-shlibdeps:dpkg-dev; do
    command -v "${tool%%:*}" >/dev/null || skip "no ${tool%%:*} (apt-get install ${tool#*:})"
done
[ -c /dev/net/tun ] || skip "no /dev/net/tun on this host"

work=$(mktemp -d /var/tmp/keyward-package.XXXXXX)
nspawn_pid=
veth=
cleanup() {
    if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
        kill "$nspawn_pid" 2>/dev/null || true # nspawn asks the container's systemd to halt
        for _ in $(seq 1 100); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$nspawn_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- the packages: this build, and a second build with the next Debian revision ----
say "building the packages with CPack from $build"
mkdir -p "$work/debs"
for release in 1 2; do
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/cpack-$release" \
        -D CPACK_DEBIAN_PACKAGE_RELEASE=$release >"$work/cpack-$release.log" 2>&1 ||
        { cat "$work/cpack-$release.log"; exit 1; }
    cp "$work/cpack-$release"/keyward_*-"$release"_*.deb "$work/debs/"
done
first=$(basename "$work"/debs/keyward_*-1_*.deb)
second=$(basename "$work"/debs/keyward_*-2_*.deb)
say "packages: $first $second"

say "lintian $first"
lintian --fail-on error "$work/debs/$first" >"$work/lintian.log" 2>&1 && lint=0 || lint=$?
sed 's/^/  lintian: /' "$work/lintian.log"
check "lintian finds no error" test "$lint" = 0

# --- a clean Debian 12 -------------------------------------------------------------
tarball=$("$here/package-root.sh" "$cache")
say "unpacking $(basename "$tarball")"
root=$work/root
mkdir -p "$root" "$cache/archives/partial"
tar -C "$root" -xf "$tarball"
chmod 0755 "$root"
# Debian's udev makes /dev/net/tun 0666; a container has no udev, and this host's node
# may be stricter, so the container gets a node of its own with Debian's mode.
mknod -m 0666 "$work/tun" c 10 200

say "downloading keyward's dependencies from Debian (cached in $cache/archives)"
systemd-nspawn -q --register=no --keep-unit -D "$root" \
    --bind="$cache/archives:/var/cache/apt/archives" --bind-ro="$work/debs:/debs" \
    sh -c "apt-get update -qq && apt-get install -y -q --no-install-recommends --download-only /debs/$first" \
    >"$work/download.log" 2>&1 || { tail -20 "$work/download.log"; exit 1; }

machine=kwpkg$$
boot_log() { tail -30 "$work/boot.log" | sed 's/\x1b\[[0-9;]*[A-Za-z]//g'; }
say "booting the container ($machine)"
systemd-nspawn -q --register=no --keep-unit --boot -D "$root" --machine="$machine" \
    --network-veth --bind="$cache/archives:/var/cache/apt/archives" \
    --bind-ro="$work/debs:/debs" --bind="$work/tun:/dev/net/tun" \
    >"$work/boot.log" 2>&1 </dev/null &
nspawn_pid=$!
# The container's PID 1: nspawn's child, in a mount namespace of its own.
leader=
for _ in $(seq 1 300); do
    for child in $(ps --ppid "$nspawn_pid" -o pid= 2>/dev/null); do
        if [ "$(readlink "/proc/$child/ns/mnt")" != "$(readlink /proc/self/ns/mnt)" ] &&
            [ "$(cat "/proc/$child/comm" 2>/dev/null)" = systemd ]; then
            leader=$child
        fi
    done
    [ -n "$leader" ] && break
    kill -0 "$nspawn_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$leader" ] || { boot_log; echo "FAILED: the container did not start"; exit 1; }
inside() {
    nsenter -t "$leader" -m -u -i -n -p -r -w -- /usr/bin/env -i \
        PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
# Until the container's systemd listens, systemctl cannot reach it and says nothing.
state=
for _ in $(seq 1 240); do
    state=$(timeout 120 nsenter -t "$leader" -m -p -r -w -- /usr/bin/systemctl is-system-running --wait 2>/dev/null || true)
    [ -n "$state" ] && break
    sleep 0.5
done
say "container booted: $state"
case $state in running | degraded) ;; *) boot_log; exit 1 ;; esac

# The veth: 10.98.0.1 here, 10.98.0.2 in the container.
veth=$(ip -o link show | awk -F': ' -v m="ve-${machine:0:12}" 'index($2, m) == 1 {sub("@.*", "", $2); print $2; exit}')
[ -n "$veth" ] || { ip -o link show; echo "FAILED: no veth for $machine"; exit 1; }
ip addr add 10.98.0.1/30 dev "$veth"
ip link set "$veth" up
inside sh -c 'ip addr add 10.98.0.2/30 dev host0 && ip link set host0 up'

# --- install -------------------------------------------------------------------------
say "apt-get install ./$first"
t0=$(date +%s)
inside apt-get install -y -q --no-install-recommends "/debs/$first" >"$work/install.log" 2>&1 ||
    { tail -30 "$work/install.log"; exit 1; }
say "installed in $(($(date +%s) - t0)) s ($(grep -c '^Setting up' "$work/install.log") packages set up)"

main_pid() { inside systemctl show -p MainPID --value keywardd.service; }
wait_active() {
    for _ in $(seq 1 50); do
        [ "$(inside systemctl is-active keywardd.service)" = active ] && return 0
        sleep 0.2
    done
    inside journalctl -u keywardd --no-pager | tail -20
    return 1
}
# PIDs are the container's (systemctl's MainPID): read its /proc from inside.
status_field() { inside cat "/proc/$1/status" | awk -v f="$2:" '$1 == f {print $2}'; }

check "keywardd.service is active after apt install" wait_active
pid=$(main_pid)
keyward_uid=$(inside getent passwd keyward | cut -d: -f3)
echo "  keywardd: pid $pid, $(inside cat "/proc/$pid/status" | grep -E '^(Uid|Cap|NoNewPrivs)' | tr '\t\n' '  ')"
check "keywardd runs as keyward (uid $keyward_uid)" test "$(status_field "$pid" Uid)" = "$keyward_uid"
for set in CapEff CapPrm CapInh CapAmb; do
    check "keywardd keeps no capability ($set)" test "$(status_field "$pid" $set)" = 0000000000000000
done
# The unit's bounding set: CAP_NET_BIND_SERVICE (10), CAP_NET_ADMIN (12), CAP_NET_RAW (13).
bounding=$(status_field "$pid" CapBnd)
check "keywardd's bounding set holds no more than the unit's three" \
    test -n "$bounding" -a $((0x${bounding:-ffff} & ~0x3400)) = 0
check "keywardd has no-new-privs" test "$(status_field "$pid" NoNewPrivs)" = 1
capture=
for child in $(inside sh -c "cat /proc/$pid/task/*/children" 2>/dev/null); do
    [ "$(inside cat "/proc/$child/comm" 2>/dev/null)" = keyward-captur ] && capture=$child
done
if [ -n "$capture" ]; then
    check "the capture child runs as keyward" test "$(status_field "$capture" Uid)" = "$keyward_uid"
    check "the capture child keeps CAP_NET_RAW only" \
        test "$(status_field "$capture" CapEff)" = 0000000000002000
else
    echo "  (no keyward-capture child in this build)"
fi
check "IPv6 is off and forwarding too on kw0" \
    test "$(inside cat /proc/sys/net/ipv6/conf/kw0/disable_ipv6 /proc/sys/net/ipv4/conf/kw0/forwarding | tr '\n' ' ')" = "1 0 "
check "the admin socket is 0660, group keyward" \
    test "$(inside stat -c '%a %G' /run/keyward/keywardd.sock)" = "660 keyward"
check "the state directory is keyward's alone" \
    test "$(inside stat -c '%a %U' /var/lib/keyward)" = "700 keyward"
status_text() { inside systemctl show -p StatusText --value keywardd.service; }
echo "  status: $(status_text)"
shows_sessions() { [[ "$(status_text)" == *'session(s)'* ]]; }
check "systemctl status shows the session count" shows_sessions
exposure=$(inside systemd-analyze security keywardd.service --no-pager 2>/dev/null |
    awk '/Overall exposure level/ {print $(NF-2)}')
echo "  systemd-analyze security: exposure $exposure"
check "exposure is at most 2.5" awk -v e="$exposure" 'BEGIN {exit !(e != "" && e <= 2.5)}'

# --- admins by group -----------------------------------------------------------------
inside sh -c 'useradd -m -G keyward alice && useradd -m -G keyward-auditor carol && useradd -m dave'
as() { local who=$1; shift; inside setpriv --reuid="$who" --regid="$who" --init-groups "$@"; }
password=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')Aa1!
add_bob() { printf '%s\n' "$password" | as alice keywardctl user add bob --password-stdin >/dev/null; }
carol_audits() { as carol keywardctl whoami | grep -q 'role auditor'; }
dave_refused() { ! as dave keywardctl user list >/dev/null 2>&1; }
check "a member of keyward adds a VPN user with keywardctl" add_bob
check "a member of keyward-auditor is an auditor (the socket's ACL lets it in)" carol_audits
check "anybody else is refused" dave_refused

probe() {
    printf '%s\n' "$password" | timeout 60 "$build/bin/keyward-probe" --server 10.98.0.2 \
        --user bob --password-stdin --count 3 --json >"$work/probe.json" 2>"$work/probe.err"
    grep -q '"mppe": "128-bit' "$work/probe.json" && grep -q '"pingsReceived": 3,' "$work/probe.json"
}
check "keyward-probe signs in with 128-bit MPPE and pings (from the host)" probe

# --- upgrade ---------------------------------------------------------------------------
keys_before=$(inside sh -c 'cd /var/lib/keyward && sha256sum credentials.key audit.key keyward.db | cut -c1-64 | head -2')
say "apt-get install ./$second (upgrade)"
inside apt-get install -y -q --no-install-recommends "/debs/$second" >"$work/upgrade.log" 2>&1 ||
    { tail -30 "$work/upgrade.log"; exit 1; }
check "keywardd.service is active after the upgrade" wait_active
check "the upgrade restarted keywardd" test "$(main_pid)" != "$pid"
check "the upgrade kept the key files" \
    test "$(inside sh -c 'cd /var/lib/keyward && sha256sum credentials.key audit.key keyward.db | cut -c1-64 | head -2')" = "$keys_before"
check "bob still signs in after the upgrade" probe

# --- remove and purge --------------------------------------------------------------------
pid=$(main_pid)
say "apt-get remove keyward"
inside apt-get remove -y -q keyward >"$work/remove.log" 2>&1 || { tail -20 "$work/remove.log"; exit 1; }
stopped() { [ -n "$pid" ] && [ "$pid" != 0 ] && ! inside test -e "/proc/$pid"; }
check "remove stops keywardd" stopped
check "remove keeps the database and keys" inside test -s /var/lib/keyward/keyward.db -a -s /var/lib/keyward/credentials.key
check "remove keeps /etc/keyward/keywardd.conf" inside test -f /etc/keyward/keywardd.conf
say "apt-get purge keyward"
inside apt-get purge -y -q keyward >"$work/purge.log" 2>&1 || { tail -20 "$work/purge.log"; exit 1; }
check "purge removes /var/lib/keyward" inside test ! -e /var/lib/keyward
check "purge removes /etc/keyward" inside test ! -e /etc/keyward

say "done in $(($(date +%s) - start)) s, $failures failure(s)"
[ "$failures" = 0 ]
