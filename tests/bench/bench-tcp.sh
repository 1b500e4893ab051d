#!/usr/bin/env bash
# TCP end to end through the real processes: iperf3 through keyward-probe --tun and
# keywardd, each in a network namespace this script makes, joined by a veth. Needs
# root, iperf3 and jq.
#
#   tests/bench/bench-tcp.sh BIN_DIR [SECONDS]
#
# Runs, SECONDS (5) each: iperf3 over the bare veth both ways (the baseline), then
# through the tunnel both ways (client -> server, and -R). For each it prints:
#   goodput        what iperf3's receiver got, and its ratio to the bare veth's
#   retransmitted  TCP segments retransmitted as a share of segments sent, from
#                  /proc/net/snmp (RetransSegs / OutSegs) in the sending namespace;
#                  iperf3's own count is shown beside it. Goal: under 0.1 %.
#   one-core ceiling
#                  keywardd moves every packet on one data-plane thread, in user space
#                  (GRE, PPP, MPPE/RC4, TUN I/O). Its ceiling is what one core of that
#                  thread can carry: goodput divided by the share of a core keywardd
#                  used in the run (its utime + stime over the wall time; its control
#                  thread is idle meanwhile). keyward-probe's is shown the same way, as
#                  it is the other end's user-space data path on the same machine.
#                  goodput / ceiling is how close the run came to keywardd being the
#                  bottleneck; when it stays well under 1 something else limited it
#                  (on a small machine iperf3, the probe and keywardd share the cores).
# It fails only when the tunnel does not carry TCP at all (no tunnel, or iperf3
# through it moved nothing); the goals are reported, not asserted.
# Exit: 0 done, 1 the tunnel carried no TCP, 77 cannot run here (says why).
set -uo pipefail
bin=${1:?usage: bench-tcp.sh BIN_DIR [SECONDS]}
seconds=${2:-5}
if [ "$(id -u)" != 0 ]; then echo "bench: tcp: skipped: needs root for namespaces"; exit 77; fi
for tool in iperf3 jq; do
    command -v "$tool" >/dev/null ||
        { echo "bench: tcp: skipped: $tool is missing (installer/debian/install-deps.sh)"; exit 77; }
done

tag=kwt$$
state=$(mktemp -d /tmp/keyward-bench-tcp.XXXXXX)
server='' probe='' iperf=''
cleanup() {
    for pid in $probe $iperf $server; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    ip netns del "${tag}s" 2>/dev/null; ip netns del "${tag}c" 2>/dev/null
    rm -rf "$state"
}
trap cleanup EXIT
ns_s="${tag}s" ns_c="${tag}c"
. "$(dirname "$0")/../support/veth-pair.sh"
veth_pair "$tag" 198.19.8.2/24 198.19.8.1/24 || exit 1

ip netns exec "$ns_s" "$bin/keywardd" --foreground --state-dir "$state" --ipc-socket "$state/sock" \
    --listen 198.19.8.1 --tunnel-pool 10.89.0.0/24 --log-level warning >"$state/keywardd.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do [ -S "$state/sock" ] && break; sleep 0.1; done
echo 'Bench-Password-1' | KEYWARD_SOCKET="$state/sock" "$bin/keywardctl" user add bench --password-stdin >/dev/null ||
    { echo "bench: tcp: FAILED: keywardd did not take the test user"; cat "$state/keywardd.log"; exit 1; }
ip netns exec "$ns_s" iperf3 --server --bind 0.0.0.0 >"$state/iperf-server.log" 2>&1 &
iperf=$!

ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
tcp_counters() { ip netns exec "$1" awk '/^Tcp:/ && $2 ~ /^[0-9]/ {print $12, $13}' /proc/net/snmp; }

# Packets a namespace dropped: "TUN-TX VETH-RX GRE-SOCKET" (the TUN devices' transmit
# queue, the veth's receive side, the raw GRE sockets' receive buffers), to say where
# the segments TCP retransmitted were lost.
drop_counters() {
    ip netns exec "$1" sh -c '
        tun=0 veth=0
        for d in /sys/class/net/*; do
            n=${d##*/}
            case "$n" in
            lo) ;;
            kw*) tun=$((tun + $(cat "$d/statistics/tx_dropped"))) ;;
            *) veth=$((veth + $(cat "$d/statistics/rx_dropped"))) ;;
            esac
        done
        raw=$(awk "NR > 1 {s += \$NF} END {print s + 0}" /proc/net/raw)
        echo "$tun $veth $raw"'
}

# run NAME TARGET SENDER-NAMESPACE [-R]: one iperf3 run from the client namespace;
# prints its line and leaves "goodput-bits/s" in $state/NAME.bps.
run() {
    local name=$1 target=$2 sender=$3; shift 3
    local before after s0 s1 k0 k1 p0 p1 t0 t1
    before=$(tcp_counters "$sender")
    local ds0 dc0 ds1 dc1
    ds0=$(drop_counters "$ns_s"); dc0=$(drop_counters "$ns_c")
    k0=$(cpu_ticks "$server"); p0=$( [ -n "$probe" ] && cpu_ticks "$probe" || echo 0)
    t0=$(date +%s.%N)
    ip netns exec "$ns_c" iperf3 --client "$target" --time "$seconds" --json "$@" >"$state/$name.json" 2>&1
    t1=$(date +%s.%N)
    k1=$(cpu_ticks "$server"); p1=$( [ -n "$probe" ] && cpu_ticks "$probe" || echo 0)
    after=$(tcp_counters "$sender")
    ds1=$(drop_counters "$ns_s"); dc1=$(drop_counters "$ns_c")
    local bps iperf_retrans error
    error=$(jq -r '.error // empty' "$state/$name.json" 2>/dev/null)
    bps=$(jq -r '.end.sum_received.bits_per_second // 0' "$state/$name.json" 2>/dev/null || echo 0)
    iperf_retrans=$(jq -r '.end.sum_sent.retransmits // "n/a"' "$state/$name.json" 2>/dev/null || echo n/a)
    echo "${bps:-0}" >"$state/$name.bps"
    [ -n "$error" ] && echo "bench: tcp: $name: iperf3: $error"
    read -r s0 r0 <<<"$before"; read -r s1 r1 <<<"$after"
    awk -v name="$name" -v bps="${bps:-0}" -v base="${BASE_BPS:-0}" -v out=$((s1 - s0)) -v re=$((r1 - r0)) \
        -v ir="$iperf_retrans" -v k=$((k1 - k0)) -v p=$((p1 - p0)) -v hz="$ticks" -v t0="$t0" -v t1="$t1" \
        -v tunnel="${probe:+1}" 'BEGIN {
        wall = t1 - t0
        printf "bench: tcp: %-22s %8.1f Mbit/s", name, bps / 1e6
        if (base > 0) printf " = %5.1f%% of the bare veth", 100 * bps / base
        printf "; retransmitted %d of %d segments = %.3f%% (iperf3: %s)", re, out, out ? 100 * re / out : 0, ir
        verdict = (out > 0 && 100 * re / out < 0.1) ? "met" : "NOT met"
        if (tunnel) printf "; goal < 0.1%%: %s", verdict
        printf "\n"
        if (tunnel && wall > 0) {
            kc = k / hz / wall; pc = p / hz / wall
            kceil = kc > 0 ? bps / kc : 0; pceil = pc > 0 ? bps / pc : 0
            printf "bench: tcp: %-22s keywardd used %.0f%% of a core: one-core ceiling %.1f Mbit/s, goodput/ceiling %.2f;", "", 100 * kc, kceil / 1e6, kc
            printf " keyward-probe %.0f%%: %.1f Mbit/s\n", 100 * pc, pceil / 1e6
        }
    }'
    if [ -n "$probe" ]; then
        read -r st sv sr <<<"$ds0"; read -r st1 sv1 sr1 <<<"$ds1"
        read -r ct cv cr <<<"$dc0"; read -r ct1 cv1 cr1 <<<"$dc1"
        printf "bench: tcp: %-22s dropped: keywardd's TUN %d, its GRE socket %d, its veth %d; keyward-probe's TUN %d, its GRE socket %d, its veth %d\n" \
            "" $((st1 - st)) $((sr1 - sr)) $((sv1 - sv)) $((ct1 - ct)) $((cr1 - cr)) $((cv1 - cv))
    fi
}

echo "bench: tcp: $seconds s per run, MTU of the tunnel 1400, 128-bit stateless MPPE"
run "bare veth ->" 198.19.8.1 "$ns_c"
base_up=$(cat "$state/bare veth ->.bps")
run "bare veth <-" 198.19.8.1 "$ns_s" --reverse
base_down=$(cat "$state/bare veth <-.bps")

echo 'Bench-Password-1' | ip netns exec "$ns_c" "$bin/keyward-probe" --server 198.19.8.1 --user bench \
    --password-stdin --tun kwtcp0 --json >"$state/probe.json" 2>"$state/probe.err" &
probe=$!
tunnel=''
for _ in $(seq 1 300); do
    tunnel=$(sed -n 's/^keyward-probe: kwtcp0 up: .* -> \([0-9.]*\)$/\1/p' "$state/probe.err")
    [ -n "$tunnel" ] && break
    kill -0 "$probe" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$tunnel" ]; then
    echo "bench: tcp: FAILED: the tunnel did not come up"
    cat "$state/probe.err" "$state/keywardd.log"
    exit 1
fi
BASE_BPS=$base_up run "tunnel client->server" "$tunnel" "$ns_c"
up=$(cat "$state/tunnel client->server.bps")
BASE_BPS=$base_down run "tunnel server->client" "$tunnel" "$ns_s" --reverse
down=$(cat "$state/tunnel server->client.bps")

# keywardd's own view of the session: what it queued, dropped (by cause) and found lost.
KEYWARD_SOCKET="$state/sock" "$bin/keywardctl" --json session list 2>/dev/null |
    jq -r '(.sessions // .)[0] | "bench: tcp: keywardd'"'"'s session: \(.packetsQueued // 0) packets queued, \(.windowTimeouts // 0) window timeouts, \(.packetsLost // 0) lost (sequence gaps), \(.packetsDropped // 0) dropped: \(.drops // {} | to_entries | map(select(.value > 0) | "\(.key) \(.value)") | join(", "))"' 2>/dev/null
kill -TERM "$probe"
wait "$probe"
probe_rc=$?
probe=''
jq -r '.results[0] | "bench: tcp: keyward-probe: exit '"$probe_rc"', tunnel \(.tunnel.packetsOut // 0) packets out, \(.tunnel.packetsIn // 0) in; GRE from keywardd: \(.tunnel.greDuplicates // 0) duplicates, \(.tunnel.greOutOfOrder // 0) out of order; \(.tunnel.windowFull // 0) of ours met keywardd'"'"'s full receive window; PPP control retransmissions ours \(.controlRetransmits.ours), keywardd'"'"'s \(.controlRetransmits.server)"' \
    "$state/probe.json" 2>/dev/null || { echo "bench: tcp: keyward-probe exit $probe_rc, no report:"; cat "$state/probe.err"; }

if awk -v a="${up:-0}" -v b="${down:-0}" 'BEGIN { exit !(a > 0 && b > 0) }'; then
    echo "bench: tcp: the tunnel carries TCP both ways"
    exit 0
fi
echo "bench: tcp: FAILED: the tunnel did not carry TCP (client->server ${up:-0} bit/s, server->client ${down:-0} bit/s)"
for f in "$state"/tunnel*.json; do echo "--- $f"; tail -20 "$f"; done
cat "$state/probe.err"
tail -40 "$state/keywardd.log"
exit 1
