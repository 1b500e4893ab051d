#!/usr/bin/env bash
# keyward-probe judges a server fairly, and carries real IP with --tun. keywardd runs in a
# namespace of its own; its TUN device is held down while a session comes up, the way a
# Poptop server's interface comes up only after IPCP opened (pppd runs ip-up then).
#
# Checks:
#  1. with the default settle time the probe waits for the first answer: every counted
#     ping answered, exit 0, and the report says it settled after warm-up echoes;
#  2. with --settle 0 the same server loses the first pings (so check 1 can fail);
#  3. a tunnel that never answers still fails after the settle time;
#  4. --tun NAME: the device carries TCP to the server's tunnel address (iperf3), and
#     SIGTERM closes the session in order with the traffic in the report;
#  5. a burst of calls: no PPP control frame is sent twice by either side. A client
#     sends its first LCP frame as soon as it has the Outgoing-Call-Reply; keywardd
#     sends that reply only once its data plane takes the call's GRE, so the frame is
#     never dropped (which would cost a 3 s retransmission).
#
#   tests/integration/probe-fair-judge.sh BIN_DIR
# Exit: 0 all passed, 1 a check failed, 77 cannot run here (says why).
set -uo pipefail
bin=${1:?usage: probe-fair-judge.sh BIN_DIR}
# KEYWARD_NO_SKIP=1 (installer/check.sh as root): what cannot run fails instead.
skip() { echo "SKIP: $1"; [ "${KEYWARD_NO_SKIP:-0}" = 1 ] && exit 1; exit 77; }
[ "$(id -u)" = 0 ] || skip "needs root for network namespaces"
command -v jq >/dev/null || skip "jq is missing (installer/debian/install-deps.sh)"
command -v iperf3 >/dev/null || skip "iperf3 is missing (installer/debian/install-deps.sh)"

tag=kwj$$
state=$(mktemp -d /tmp/keyward-judge.XXXXXX)
server='' probe='' iperf='' upper=''
cleanup() {
    for pid in $upper $probe $iperf $server; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    ip netns del "${tag}s" 2>/dev/null; ip netns del "${tag}c" 2>/dev/null
    rm -rf "$state"
}
trap cleanup EXIT
passed=0 failed=0
check() { # check DESCRIPTION EXIT-STATUS
    if [ "$2" = 0 ]; then echo "PASS: $1"; passed=$((passed + 1)); else echo "FAIL: $1"; failed=$((failed + 1)); fi
}

ns_s="${tag}s" ns_c="${tag}c"
. "$(dirname "$0")/../support/veth-pair.sh"
veth_pair "$tag" 198.19.10.2/24 198.19.10.1/24 || exit 1

ip netns exec "$ns_s" "$bin/keywardd" --foreground --state-dir "$state" --ipc-socket "$state/sock" \
    --listen 198.19.10.1 --tunnel-pool 10.91.0.0/24 --log-level warning \
    --max-connections-per-source 300 --connection-burst 300 --connection-rate 10000 \
    --max-handshaking 300 --max-callless-connections 300 >"$state/keywardd.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do [ -S "$state/sock" ] && break; sleep 0.1; done
echo 'Judge-Password-1' | KEYWARD_SOCKET="$state/sock" "$bin/keywardctl" user add judge --password-stdin >/dev/null ||
    { echo "FAIL: keywardd did not take the test user"; cat "$state/keywardd.log"; exit 1; }
device=$(ip -n "$ns_s" -o link show | awk -F': ' '$2 ~ /^kw[0-9]+$/ {print $2; exit}')
[ -n "$device" ] || { echo "FAIL: keywardd has no TUN device"; exit 1; }

# probe_with_late_server NAME DELAY PROBE-ARGS...: the server's TUN comes up DELAY
# seconds after keywardd has the session up (never, with DELAY "never"); the report
# in NAME.json.
probe_with_late_server() {
    local name=$1 delay=$2; shift 2
    ip -n "$ns_s" link set "$device" down
    upper=''
    if [ "$delay" != never ]; then
        (
            for _ in $(seq 1 200); do
                KEYWARD_SOCKET="$state/sock" "$bin/keywardctl" --json session list 2>/dev/null |
                    grep -q '"state": "up"' && break
                sleep 0.05
            done
            sleep "$delay"
            ip -n "$ns_s" link set "$device" up
        ) &
        upper=$!
    fi
    echo 'Judge-Password-1' | ip netns exec "$ns_c" "$bin/keyward-probe" --server 198.19.10.1 --user judge \
        --password-stdin --json "$@" >"$state/$name.json" 2>"$state/$name.err"
    local rc=$?
    [ -n "$upper" ] && wait "$upper"
    upper=''
    ip -n "$ns_s" link set "$device" up
    return $rc
}
field() { jq -r ".results[0].$2" "$state/$1.json" 2>/dev/null; }

# 1. The default settle time absorbs a server that answers 0.6 s after IPCP.
#    (Counted pings, 5 at 100 ms, would all fall before that.)
probe_with_late_server settled 0.6 --count 5 --interval 100
rc=$?
echo "  | settled: exit $rc, $(field settled pingsReceived)/$(field settled pingsSent) pings," \
    "settled $(field settled settled) after $(field settled settleMs) ms, $(field settled warmupEchoes) warm-up echoes"
[ $rc = 0 ] && [ "$(field settled pingsReceived)" = 5 ] && [ "$(field settled settled)" = true ] &&
    [ "$(field settled warmupEchoes)" -ge 2 ]
check "a server whose interface comes up late loses no counted ping" $?

# 2. Without it the same server loses the first pings: the judge above is not blind.
probe_with_late_server unsettled 0.6 --count 5 --interval 100 --settle 0
rc=$?
echo "  | unsettled: exit $rc, $(field unsettled pingsReceived)/$(field unsettled pingsSent) pings"
[ $rc = 1 ] && [ "$(field unsettled pingsLost)" -ge 1 ] && [ "$(field unsettled warmupEchoes)" = 0 ]
check "with --settle 0 the early pings count as lost" $?

# 3. A tunnel that never answers fails once the settle time is over.
probe_with_late_server dead never --count 3 --interval 100 --settle 500
rc=$?
echo "  | dead: exit $rc, $(field dead pingsReceived)/$(field dead pingsSent) pings, settled $(field dead settled)"
[ $rc = 1 ] && [ "$(field dead settled)" = false ] && [ "$(field dead pingsSent)" = 3 ] &&
    [ "$(field dead pingsReceived)" = 0 ]
check "a tunnel that never answers still fails after the settle time" $?

# 4. --tun: real TCP through the named device, then an orderly close on SIGTERM.
ip netns exec "$ns_s" iperf3 --server --bind 0.0.0.0 >"$state/iperf-server.log" 2>&1 &
iperf=$!
echo 'Judge-Password-1' | ip netns exec "$ns_c" "$bin/keyward-probe" --server 198.19.10.1 --user judge \
    --password-stdin --json --tun kwjudge0 >"$state/tun.json" 2>"$state/tun.err" &
probe=$!
tunnel=''
for _ in $(seq 1 300); do
    tunnel=$(sed -n 's/^keyward-probe: kwjudge0 up: .* -> \([0-9.]*\)$/\1/p' "$state/tun.err")
    [ -n "$tunnel" ] && break
    kill -0 "$probe" 2>/dev/null || break
    sleep 0.1
done
local_address=$(sed -n 's/^keyward-probe: kwjudge0 up: \([0-9.]*\) -> .*$/\1/p' "$state/tun.err")
[ -n "$tunnel" ] && ip -n "$ns_c" -o -4 addr show dev kwjudge0 | grep -q "inet $local_address/" &&
    ip -n "$ns_c" -4 route get "$tunnel" | grep -q "dev kwjudge0"
check "--tun names the device, gives it the session's address and routes the server's through it" $?
bytes=0
if [ -n "$tunnel" ]; then
    ip netns exec "$ns_c" iperf3 --client "$tunnel" --time 1 --json >"$state/iperf.json" 2>&1
    bytes=$(jq -r '.end.sum_received.bytes // 0' "$state/iperf.json" 2>/dev/null || echo 0)
fi
echo "  | iperf3 through kwjudge0 to $tunnel: ${bytes:-0} octets"
[ "${bytes:-0}" -gt 0 ] 2>/dev/null
check "TCP flows through the --tun device to the server's tunnel address" $?
running=0
kill -0 "$probe" 2>/dev/null && running=1
kill -TERM "$probe" 2>/dev/null
wait "$probe"
rc=$?
probe=''
echo "  | after SIGTERM: exit $rc, $(field tun tunnel.packetsOut) packets out, end: $(field tun endReason)"
[ $running = 1 ] && [ $rc = 0 ] && [ "$(field tun up)" = true ] &&
    [ "$(field tun tunnel.packetsOut)" -gt 0 ] 2>/dev/null
check "--tun stays up until SIGTERM, then closes in order and reports its traffic" $?

# 5. A burst of calls, each client's first frame answered the first time.
echo 'Judge-Password-1' | ip netns exec "$ns_c" "$bin/keyward-probe" --server 198.19.10.1 --user judge \
    --password-stdin --json --sessions 240 --rate 600 --duration 2 \
    >"$state/burst.json" 2>"$state/burst.err"
rc=$?
ours=$(jq -r '.controlRetransmitsOurs' "$state/burst.json" 2>/dev/null)
theirs=$(jq -r '.controlRetransmitsServer' "$state/burst.json" 2>/dev/null)
echo "  | burst: exit $rc, $(jq -r '.up' "$state/burst.json" 2>/dev/null) of 240 up," \
    "control frames sent again: ${ours:-?} by the probe, ${theirs:-?} by keywardd"
[ $rc = 0 ] && [ "$ours" = 0 ] && [ "$theirs" = 0 ]
check "a burst of 240 calls: no PPP control frame sent twice (each call's reply waits for its GRE path)" $?

if [ $failed -gt 0 ]; then
    for f in "$state"/*.err; do echo "--- $f"; cat "$f"; done
    echo "--- keywardd log"; tail -40 "$state/keywardd.log"
fi
echo "probe-fair-judge: $passed passed, $failed failed"
[ $failed = 0 ]
