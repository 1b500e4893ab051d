#!/usr/bin/env bash
# Interop with the stock Linux PPTP client: Debian 12's pptp-linux 1.10 and pppd 2.4.9
# with require-mppe-128, in Keyward's client VM (vm/client-vm.sh; this host's kernel
# has no PPP). keywardd runs in the VM's network namespace on 192.0.2.1.
#
# Checks: a good password brings ppp0 up with 128-bit stateless MPPE, pings are
# answered, and bulk TCP (iperf3) goes down at least 0.25 as fast as up (the goal of
# 0.8 is reported, with why it is out of reach in this VM); a wrong password
# is refused (E=691) and pppd gets no tunnel; a rekey gets new keys or a clean
# disconnect; two tunnels at once from the VM (the second a second call on the same
# control connection) both carry traffic; a run captured by keywardd and analysed
# (client named pppd/pptp-linux, alice's exchange exposed, no weak MPPE, decryption with
# verified checksums, a wrong password refused); stateful MPPE, when the policy allows it;
# the same client signed in through RADIUS: keywardd with signin-backend radius against
# a FreeRADIUS in the namespace (alice only in its users file), 128-bit MPPE with keys
# from RADIUS, pings answered, the accounting Start and Stop in FreeRADIUS's detail file.
#
#   tests/interop/run-pppd-interop.sh BIN_DIR
# Exit: 0 all passed, 1 a check failed, 77 cannot run here (says why).
set -uo pipefail

bin=${1:?usage: run-pppd-interop.sh BIN_DIR}
here=$(cd "$(dirname "$0")" && pwd)
vm=$here/vm/client-vm.sh
if [ "$(id -u)" != 0 ]; then echo "SKIP: needs root for the VM's network namespace and tap"; exit 77; fi

passed=0 failed=0
check() { # check DESCRIPTION EXIT-STATUS
    if [ "$2" = 0 ]; then echo "PASS: $1"; passed=$((passed + 1)); else echo "FAIL: $1"; failed=$((failed + 1)); fi
}

echo "interop: building the client VM (first time about a minute)"
bash "$vm" build || { echo "FAIL: the client VM could not be built"; exit 1; }
bash "$vm" up || { echo "FAIL: the VM's network could not be made"; exit 1; }

state=$(mktemp -d /tmp/keyward-interop.XXXXXX)
server_pid='' iperf_pid='' radius_pid=''
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [ -n "$radius_pid" ] && kill "$radius_pid" 2>/dev/null && wait "$radius_pid" 2>/dev/null
    [ -n "$iperf_pid" ] && kill "$iperf_pid" 2>/dev/null && wait "$iperf_pid" 2>/dev/null
    bash "$vm" down
    rm -rf "$state"
}
trap cleanup EXIT

if ! command -v iperf3 >/dev/null; then
    echo "FAIL: iperf3 is missing on this machine (installer/debian/install-deps.sh installs it)"
    exit 1
fi
if ! command -v tshark >/dev/null; then
    echo "FAIL: tshark is missing on this machine (installer/debian/install-deps.sh installs it)"
    exit 1
fi
ip netns exec kwinterop iperf3 -s >"$state/iperf3-server.log" 2>&1 &
iperf_pid=$!

ip netns exec kwinterop "$bin/keywardd" --foreground --state-dir "$state" \
    --ipc-socket "$state/keywardd.sock" --listen 192.0.2.1 --log-level debug \
    >"$state/keywardd.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 50); do [ -S "$state/keywardd.sock" ] && break; sleep 0.1; done
password='Interop-Pass-42'
echo "$password" | KEYWARD_SOCKET="$state/keywardd.sock" "$bin/keywardctl" user add alice --password-stdin \
    || { echo "FAIL: cannot add the test user"; cat "$state/keywardd.log"; exit 1; }

ctl() { KEYWARD_SOCKET="$state/keywardd.sock" "$bin/keywardctl" "$@"; }
# ratio NUMERATOR DENOMINATOR: NUMERATOR/DENOMINATOR with two decimals (0 when either is 0).
ratio() { awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN {printf "%.2f", (a > 0 && b > 0) ? a / b : 0}'; }
result() { sed -n "s/^RESULT $2=//p" "$1" | tail -1; }

# 1. A good password: ppp0 up, MPPE 128-bit stateless, pings answered; then 4 MiB of
#    TCP each way. Downloads must not crawl: the stock client advertises a GRE receive
#    window of 3, and the server must not turn that into loss.
KEYWARD_VM_BULK=4194304 bash "$vm" run alice "$password" >"$state/good.log" 2>&1
rc=$?
grep '^RESULT' "$state/good.log" | sed 's/^/  | /'
[ $rc = 2 ] && { echo "FAIL: the client VM did not run"; tail -40 "$state/good.log"; exit 1; }
check "pppd brings the tunnel up with keywardd and every ping is answered" $rc
grep -q "RESULT mppe=MPPE 128-bit stateless compression enabled" "$state/good.log"
check "pppd reports MPPE 128-bit stateless" $?
grep -q "user alice authenticated with MS-CHAPv2" "$state/keywardd.log"
check "keywardd authenticated alice with MS-CHAPv2" $?
up_kbps=$(result "$state/good.log" bulk_up_kbps) down_kbps=$(result "$state/good.log" bulk_down_kbps)
down_ratio=$(ratio "$down_kbps" "$up_kbps")
echo "  | bulk TCP: up ${up_kbps:-0} kbit/s, down ${down_kbps:-0} kbit/s, down/up $down_ratio;" \
    "the guest's CPU busy $(result "$state/good.log" bulk_up_guest_cpu)% up," \
    "$(result "$state/good.log" bulk_down_guest_cpu)% down; GRE packets its pptp socket dropped:" \
    "$(result "$state/good.log" bulk_up_gre_drops) up, $(result "$state/good.log" bulk_down_gre_drops) down"
# Dropping past the client's window of 3 made downloads crawl (0.11 of the upload rate
# measured in the VM); the bar below is what a regression to that would break. The goal
# of 0.8 is reported, not asserted: this TCG guest runs its CPU at 100% both ways, and
# its receive path (pptp-linux re-framing each packet for the pty, ppp_async, MPPE,
# TCP, and an ack-only GRE packet for about every two received) costs it about 1.5
# times its send path, so with no packet lost down/up stays near 0.65. Each packet its
# pptp socket drops stalls pptp-linux 0.3 s waiting for the missing number; runs with
# such drops go down to about 0.45.
awk -v r="$down_ratio" 'BEGIN {exit !(r >= 0.25)}'
check "4 MiB down through the stock client goes at least 0.25 as fast as 4 MiB up (no crawl)" $?
awk -v r="$down_ratio" 'BEGIN {exit !(r >= 0.8)}' && echo "  | goal met: down/up $down_ratio >= 0.8" ||
    echo "  | goal not met: down/up $down_ratio < 0.8"

# 2. A wrong password: refused with E=691, no tunnel.
bash "$vm" run alice 'Wrong-Password-1' >"$state/bad.log" 2>&1
rc=$?
[ $rc = 1 ] && grep -q "RESULT peer=none" "$state/bad.log"
check "pppd with a wrong password gets no tunnel" $?
grep -q "login failed for alice (E=691)" "$state/keywardd.log"
check "keywardd refused the wrong password with E=691" $?

# 3. Rekey against pppd: it answers the new MS-CHAPv2 challenge, but pppd 2.4.9 drops
#    the link when CCP renegotiates ("MPPE disabled"), so keywardd must fall back to a
#    clean disconnect and say so.
KEYWARD_VM_HOLD=15 bash "$vm" run alice "$password" >"$state/rekey.log" 2>&1 &
vm_pid=$!
id=''
for _ in $(seq 1 90); do
    id=$(KEYWARD_SOCKET="$state/keywardd.sock" "$bin/keywardctl" --json session list 2>/dev/null |
        awk '/"id":/ {gsub(/[^0-9]/, "", $2); id = $2} /"state": "up"/ {print id; exit}')
    [ -n "$id" ] && break
    sleep 1
done
outcome=$(KEYWARD_SOCKET="$state/keywardd.sock" "$bin/keywardctl" session rekey "${id:-0}" 2>&1)
echo "  | rekey: $outcome"
wait $vm_pid
[ "$(grep -c 'pppd: sent \[CHAP Response' "$state/rekey.log")" -ge 2 ]
check "pppd answers keywardd's in-session re-challenge" $?
echo "$outcome" | grep -qE ": (rekeyed|disconnected) "
check "the rekey reply says what happened (new keys, or a clean disconnect)" $?

# 4. Two tunnels at once from the same client machine: pptp-linux's call manager carries
#    the second as a second call on the first one's control connection.
KEYWARD_VM_TUNNELS=2 bash "$vm" run alice "$password" >"$state/two.log" 2>&1
rc=$?
grep '^RESULT' "$state/two.log" | sed 's/^/  | /'
[ $rc = 0 ] && [ "$(result "$state/two.log" pings_1)" = 3/3 ]
check "two stock tunnels at once both come up and answer every ping" $?
[ "$(result "$state/two.log" control_connections)" = 1 ]
check "the two tunnels share one control connection" $?

# 5. The stock client captured through keywardd's own capture path (keyward-capture on
#    the namespace's side of the VM's link; download; offline analysis): the client is
#    named, alice's exposed MS-CHAPv2 exchange is a finding, and there is no weak or
#    stateful MPPE finding (the VM agrees 128-bit stateless). Decrypting with alice's
#    password gives ICMP and TCP packets whose IPv4 header checksums tshark verifies; a
#    wrong password is reported as wrong.
capture_id=$(ctl --json capture start --interface kwtap0 2>"$state/capture.err" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])' 2>>"$state/capture.err")
[ -n "$capture_id" ]
check "keywardd starts a capture on the VM's link" $?
KEYWARD_VM_BULK=65536 bash "$vm" run alice "$password" >"$state/captured.log" 2>&1
check "pppd brings a tunnel up while keywardd captures it" $?
sleep 1 # the last frames reach keywardd's files
ctl capture stop >>"$state/capture.err" 2>&1 &&
    ctl capture download "${capture_id:-0}" --out "$state/stock.pcapng" >>"$state/capture.err" 2>&1
check "the capture stops and downloads" $?
ctl capture analyze "$state/stock.pcapng" --json >"$state/stock.json" 2>>"$state/capture.err"
check "keywardctl capture analyze reads the capture" $?
while read -r status description; do
    if [ "$status" = "|" ]; then echo "  | $description"; else check "$description" "$status"; fi
done < <(python3 "$here/check-stock-capture.py" "$state/stock.json" alice)
echo "$password" | ctl capture decrypt "$state/stock.pcapng" --user alice --password-stdin \
    --out "$state/stock-clear.pcapng" >"$state/decrypt.log" 2>&1
check "keywardctl capture decrypt verifies alice's password and decrypts the session" $?
sed 's/^/  | /' "$state/decrypt.log"
count() { tshark -n -o ip.check_checksum:TRUE -r "$state/stock-clear.pcapng" -Y "$1" 2>/dev/null | wc -l; }
ipv4=$(count ip) good=$(count 'ip.checksum.status == 1') icmp=$(count icmp) tcp=$(count tcp)
echo "  | decrypted: $ipv4 IPv4 packets ($icmp ICMP, $tcp TCP), $good with a verified header checksum"
[ "$ipv4" -gt 0 ] && [ "$good" = "$ipv4" ] && [ "$icmp" -ge 6 ] && [ "$tcp" -ge 10 ]
check "the decrypted pings and TCP have IPv4 header checksums tshark verifies" $?
echo 'Wrong-Password-1' | ctl capture decrypt "$state/stock.pcapng" --user alice --password-stdin \
    --out "$state/stock-wrong.pcapng" >"$state/wrong.log" 2>&1
rc=$?
sed 's/^/  | /' "$state/wrong.log"
[ $rc = 4 ] && grep -q "wrong password" "$state/wrong.log" && [ ! -s "$state/stock-wrong.pcapng" ]
check "a wrong password is reported as wrong (exit 4) and decrypts nothing" $?

# 6. Stateful MPPE, when the policy allows it (off by default: one lost packet stalls
#    the tunnel until a CCP reset). pppd with mppe-stateful tries stateless first and
#    takes stateful when the server asks for it, so the policy also prefers stateful.
ctl policy set allowStatefulMppe true >/dev/null && ctl policy set preferStatefulMppe true >/dev/null
check "the policy allows and prefers stateful MPPE" $?
KEYWARD_VM_BULK=1048576 bash "$vm" run alice "$password" mppe-stateful >"$state/stateful.log" 2>&1
rc=$?
grep '^RESULT' "$state/stateful.log" | sed 's/^/  | /'
[ $rc = 0 ] && grep -q "RESULT mppe=MPPE 128-bit stateful compression enabled" "$state/stateful.log"
check "pppd brings a stateful 128-bit MPPE tunnel up and every ping is answered" $?
[ "$(result "$state/stateful.log" bulk_up_kbps | cut -d. -f1)" -gt 0 ] 2>/dev/null &&
    [ "$(result "$state/stateful.log" bulk_down_kbps | cut -d. -f1)" -gt 0 ] 2>/dev/null
check "1 MiB of TCP goes each way through the stateful tunnel" $?
ctl policy set preferStatefulMppe false >/dev/null && ctl policy set allowStatefulMppe false >/dev/null

# 7. The stock client signed in through RADIUS. keywardd starts again on a fresh state
#    with signin-backend radius against a FreeRADIUS in the VM's namespace (its own
#    configuration, as TestRadiusSignIn makes it: alice's NT hash in its users file, the
#    mschap module with MPPE keys, a Message-Authenticator in every answer, accounting
#    to a detail file); alice is not in keywardd's store. pppd with require-mppe-128
#    comes up with keys that came from RADIUS and pings; the accounting Start and Stop
#    of the session reach FreeRADIUS.
radius_check() {
    command -v freeradius >/dev/null || {
        echo "  | freeradius is missing on this machine (installer/debian/install-deps.sh installs it)"
        return 1
    }
    kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    server_pid=''
    local dir=$state/radius secret='kw-interop-radius-secret' hash
    mkdir -p "$dir" "$state/radius-state" && chmod 700 "$dir" || return 1
    # alice's NT hash: MD4 of the password in UTF-16LE (OpenSSL 3 keeps MD4 in its
    # legacy provider). Never printed.
    hash=$(printf %s "$password" | iconv -t UTF-16LE |
        openssl dgst -md4 -provider default -provider legacy | awk '{print $NF}')
    [ ${#hash} = 32 ] || { echo "  | cannot compute alice's NT hash with openssl"; return 1; }
    printf 'alice NT-Password := 0x%s\n' "$hash" >"$dir/users"
    (umask 077 && printf '%s\n' "$secret" >"$state/radius.secret")
    cat >"$dir/radiusd.conf" <<CONF
prefix = /usr
exec_prefix = /usr
sysconfdir = /etc
localstatedir = /var
sbindir = /usr/sbin
logdir = $dir
raddbdir = $dir
radacctdir = $dir
name = freeradius
confdir = $dir
modconfdir = $dir
run_dir = $dir
db_dir = $dir
libdir = /usr/lib/freeradius
pidfile = $dir/radiusd.pid
max_request_time = 30
cleanup_delay = 5
max_requests = 1024
hostname_lookups = no
log {
	destination = stdout
	auth = yes
}
security {
	allow_core_dumps = no
	max_attributes = 200
	reject_delay = 1
	status_server = no
}
thread pool {
	start_servers = 2
	max_servers = 4
	min_spare_servers = 1
	max_spare_servers = 4
	max_requests_per_server = 0
}
client keywardd {
	ipaddr = 127.0.0.1
	secret = $secret
	require_message_authenticator = yes
}
modules {
	files {
		filename = $dir/users
	}
	mschap {
		use_mppe = yes
		require_encryption = yes
		require_strong = yes
	}
	detail {
		filename = $dir/detail
		escape_filenames = no
		permissions = 0600
		header = "%t"
		locking = no
	}
}
server default {
	listen {
		type = auth
		ipaddr = 127.0.0.1
		port = 1812
	}
	listen {
		type = acct
		ipaddr = 127.0.0.1
		port = 1813
	}
	authorize {
		files
		mschap
	}
	authenticate {
		Auth-Type MS-CHAP {
			mschap
		}
	}
	accounting {
		detail
	}
	post-auth {
		update reply {
			&Message-Authenticator := 0x00
		}
		Post-Auth-Type REJECT {
			update reply {
				&Message-Authenticator := 0x00
			}
		}
	}
}
CONF
    chmod 600 "$dir/radiusd.conf" "$dir/users"
    ip netns exec kwinterop freeradius -f -d "$dir" -l stdout >"$state/freeradius.log" 2>&1 &
    radius_pid=$!
    for _ in $(seq 1 150); do grep -q "Ready to process requests" "$state/freeradius.log" && break; sleep 0.1; done
    grep -q "Ready to process requests" "$state/freeradius.log" || {
        echo "  | FreeRADIUS did not start:"; sed 's/^/  | /' "$state/freeradius.log"; return 1
    }
    ip netns exec kwinterop "$bin/keywardd" --foreground --state-dir "$state/radius-state" \
        --ipc-socket "$state/radius-state/keywardd.sock" --listen 192.0.2.1 --log-level debug \
        --signin-backend radius --radius-server "127.0.0.1:1812 secret-file=$state/radius.secret" \
        --radius-nas-identifier interop >"$state/keywardd-radius.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 50); do [ -S "$state/radius-state/keywardd.sock" ] && break; sleep 0.1; done
    sleep 0.5 # the socket is bound a moment before TCP 1723 listens
    return 0
}
if radius_check; then
    bash "$vm" run alice "$password" >"$state/radius.log" 2>&1
    rc=$?
    grep '^RESULT' "$state/radius.log" | sed 's/^/  | /'
    check "pppd brings the tunnel up through keywardd signing in with RADIUS, every ping answered" $rc
    grep -q "RESULT mppe=MPPE 128-bit stateless compression enabled" "$state/radius.log"
    check "pppd reports MPPE 128-bit stateless with keys from RADIUS" $?
    grep -q "user alice authenticated with MS-CHAPv2 (backend radius, server 127.0.0.1:1812)" \
        "$state/keywardd-radius.log"
    check "keywardd says RADIUS judged alice (backend radius)" $?
    detail=$state/radius/detail
    for _ in $(seq 1 50); do grep -q "Acct-Status-Type = Stop" "$detail" 2>/dev/null && break; sleep 0.2; done
    awk 'BEGIN {RS = ""} /Acct-Status-Type = Start/ && /User-Name = "alice"/ && /NAS-Identifier = "interop"/ {found = 1}
        END {exit !found}' "$detail" 2>/dev/null
    check "the accounting Start of alice's session reaches FreeRADIUS (detail file)" $?
    cause=$(awk 'BEGIN {RS = ""} /Acct-Status-Type = Stop/ && /User-Name = "alice"/ {
        if (match($0, /Acct-Terminate-Cause = [A-Za-z-]+/)) c = substr($0, RSTART + 23, RLENGTH - 23)}
        END {print c}' "$detail" 2>/dev/null)
    echo "  | accounting Stop: Acct-Terminate-Cause ${cause:-none}"
    [ -n "$cause" ]
    check "the accounting Stop reaches FreeRADIUS when pppd hangs up" $?
    ! grep -q "kw-interop-radius-secret" "$state/keywardd-radius.log"
    check "the RADIUS shared secret is in no line of keywardd's log" $?
else
    check "keywardd and FreeRADIUS start for the RADIUS sign-in of the stock client" 1
fi

if [ $failed -gt 0 ]; then
    echo "--- keywardd log ---"; cat "$state/keywardd.log"
    for run in good two captured stateful radius; do echo "--- client run: $run ---"; tail -60 "$state/$run.log" 2>/dev/null; done
    echo "--- keywardd with RADIUS ---"; cat "$state/keywardd-radius.log" 2>/dev/null
    echo "--- FreeRADIUS ---"; cat "$state/freeradius.log" 2>/dev/null
    echo "--- capture ---"; cat "$state/capture.err" "$state/stock.err" 2>/dev/null
fi
echo "interop: $passed passed, $failed failed"
[ $failed = 0 ]
