#!/usr/bin/env bash
# Session set-up rate and memory per idle session of keywardd with N sessions
# (default 1000) from keyward-probe, across a veth link between two namespaces this
# script makes. Needs root.
#
#   tests/bench/bench-sessions.sh BIN_DIR [N]
set -uo pipefail
bin=${1:?usage: bench-sessions.sh BIN_DIR [N]}
n=${2:-1000}
if [ "$(id -u)" != 0 ]; then echo "bench: sessions: skipped: needs root"; exit 0; fi

tag=kwb$$
state=$(mktemp -d /tmp/keyward-bench.XXXXXX)
cleanup() {
    [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    ip netns del "${tag}s" 2>/dev/null; ip netns del "${tag}c" 2>/dev/null
    rm -rf "$state"
}
trap cleanup EXIT
ip netns add "${tag}s" && ip netns add "${tag}c" || exit 1
ip link add "${tag}v0" netns "${tag}c" type veth peer name "${tag}v1" netns "${tag}s"
ip -n "${tag}c" addr add 198.19.7.2/24 dev "${tag}v0"; ip -n "${tag}s" addr add 198.19.7.1/24 dev "${tag}v1"
for ns in "${tag}c" "${tag}s"; do ip -n "$ns" link set lo up; done
ip -n "${tag}c" link set "${tag}v0" up; ip -n "${tag}s" link set "${tag}v1" up

ip netns exec "${tag}s" "$bin/keywardd" --foreground --state-dir "$state" --ipc-socket "$state/sock" \
    --listen 198.19.7.1 --tunnel-pool 10.88.0.0/20 --max-sessions $((n + 10)) \
    --max-connections-per-source $((n + 10)) --connection-burst $((n + 10)) \
    --max-handshaking $((n + 10)) --max-callless-connections $((n + 10)) --log-level warning >"$state/log" 2>&1 &
server=$!
for _ in $(seq 1 50); do [ -S "$state/sock" ] && break; sleep 0.1; done
echo 'Bench-Password-1' | KEYWARD_SOCKET="$state/sock" "$bin/keywardctl" user add bench --password-stdin >/dev/null
sleep 1
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
base=$(rss)

start=$(date +%s.%N)
echo 'Bench-Password-1' | ip netns exec "${tag}c" "$bin/keyward-probe" --server 198.19.7.1 --user bench \
    --password-stdin --sessions "$n" --duration 8 --timeout 60 --json >"$state/probe.json" &
probe=$!
# Wait until every session is up, then read the memory while they sit idle.
up=0
for _ in $(seq 1 600); do
    up=$(KEYWARD_SOCKET="$state/sock" "$bin/keywardctl" --json session list 2>/dev/null | grep -c '"state": "up"')
    [ "$up" -ge "$n" ] && break
    sleep 0.1
done
all_up=$(date +%s.%N)
sleep 2
loaded=$(rss)
wait "$probe"
probe_rc=$?
awk -v n="$n" -v up="$up" -v s="$start" -v e="$all_up" -v b="$base" -v l="$loaded" -v rc="$probe_rc" 'BEGIN {
    t = e - s
    printf "bench: sessions: %d of %d up in %.2f s = %.0f sessions/s (probe exit %d)\n", up, n, t, up / t, rc
    printf "bench: keywardd memory: %d KiB idle, %d KiB with %d sessions = %.1f KiB per idle session (goal < 64)\n", b, l, up, (l - b) / (up > 0 ? up : 1)
}'
