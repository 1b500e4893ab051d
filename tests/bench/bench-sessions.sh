#!/usr/bin/env bash
# Session set-up rate, keywardd's CPU time per set-up and memory per idle session
# of keywardd with N sessions (default 1000) from keyward-probe, across a veth link
# between two namespaces this script makes. Needs root. CI runs it at 1,000; the
# 10,000-session campaign is
#
#   tests/bench/bench-sessions.sh build/default/bin 10000
#
# Every limit the run needs is raised here, for this run only: open files (the
# probe and keywardd hold a few descriptors per session), keywardd's session and
# admission limits, and a tunnel pool with room for N.
#
#   tests/bench/bench-sessions.sh BIN_DIR [N] [RATE]
# With KEYWARD_BENCH_PERF=FILE, `perf record -g` samples keywardd while the sessions
# are set up (perf report -i FILE). With KEYWARD_BENCH_KEEP=DIR, keywardd's log and
# the probe's report are kept there.
# RATE: sessions the probe starts a second (default 2,000: more than
# keywardd can set up, so that the rate measured is keywardd's).
set -uo pipefail
bin=${1:?usage: bench-sessions.sh BIN_DIR [N] [RATE]}
n=${2:-1000}
rate=${3:-2000}
if [ "$(id -u)" != 0 ]; then echo "bench: sessions: skipped: needs root"; exit 0; fi

# Open files: a control socket per session on each side, and room to spare; at
# least N + 1024 when the hard limit cannot be raised (no CAP_SYS_RESOURCE).
files=$((n * 2 + 4096))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$files" ]; then
    if [ "$(ulimit -Hn)" != unlimited ] && [ "$(ulimit -Hn)" -lt "$files" ]; then
        ulimit -Hn "$files" 2>/dev/null || files=$(ulimit -Hn)
    fi
    if [ "$files" -lt $((n + 1024)) ]; then
        echo "bench: sessions: the open-files limit is $files, $((n + 1024)) are needed"; exit 1
    fi
    ulimit -n "$files" || exit 1
fi
# A tunnel pool with room for N clients and the server's address.
bits=2
while [ $(((1 << bits) - 3)) -lt "$n" ]; do bits=$((bits + 1)); done
[ "$bits" -lt 8 ] && bits=8
pool="10.88.0.0/$((32 - bits))"

min() { echo $(($1 < $2 ? $1 : $2)); }

tag=kwb$$
state=$(mktemp -d /tmp/keyward-bench.XXXXXX)
cleanup() {
    [ -n "${probe:-}" ] && kill "$probe" 2>/dev/null && wait "$probe" 2>/dev/null
    [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    ip netns del "${tag}s" 2>/dev/null; ip netns del "${tag}c" 2>/dev/null
    [ -n "${KEYWARD_BENCH_KEEP:-}" ] && cp "$state/log" "$state/probe.json" "$KEYWARD_BENCH_KEEP/" 2>/dev/null
    rm -rf "$state"
}
trap cleanup EXIT
. "$(dirname "$0")/../support/veth-pair.sh"
veth_pair "$tag" 198.19.7.2/24 198.19.7.1/24 || exit 1
# Room in the accept queue for a burst of N connections.
ip netns exec "${tag}s" sysctl -qw net.core.somaxconn=$((n > 4096 ? n : 4096)) net.ipv4.tcp_max_syn_backlog=$((n > 4096 ? n : 4096))

ip netns exec "${tag}s" "$bin/keywardd" --foreground --state-dir "$state" --ipc-socket "$state/sock" \
    --listen 198.19.7.1 --tunnel-pool "$pool" --max-sessions $((n + 10)) \
    --max-connections-per-source $((n + 10)) --connection-burst "$(min $((n + 10)) 10000)" \
    --connection-rate 10000 --max-handshaking "$(min $((n + 10)) 4096)" \
    --max-callless-connections "$(min $((n + 10)) 4096)" --log-level warning >"$state/log" 2>&1 &
server=$!
for _ in $(seq 1 50); do [ -S "$state/sock" ] && break; sleep 0.1; done
echo 'Bench-Password-1' | KEYWARD_SOCKET="$state/sock" "$bin/keywardctl" user add bench --password-stdin >/dev/null
sleep 1
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
# CPU time (user + system) in clock ticks.
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
count() { KEYWARD_SOCKET="$state/sock" "$bin/keywardctl" --json status 2>/dev/null | awk -F'[:,]' '/"sessions"/ {gsub(/ /, "", $2); print $2}'; }
# Sessions up (IPCP open), from the whole list.
count_up() { KEYWARD_SOCKET="$state/sock" "$bin/keywardctl" --json session list 2>/dev/null | grep -c '"state": "up"'; }
base=$(rss "$server")
cpu0=$(cpu "$server")

if [ -n "${KEYWARD_BENCH_PERF:-}" ]; then
    perf record -F ${KEYWARD_BENCH_PERF_HZ:-499} --call-graph ${KEYWARD_BENCH_PERF_CALLS:-fp} -p "$server" -o "$KEYWARD_BENCH_PERF" >/dev/null 2>&1 &
    perf=$!
    sleep 0.5
fi
start=$(date +%s.%N)
echo 'Bench-Password-1' | ip netns exec "${tag}c" "$bin/keyward-probe" --server 198.19.7.1 --user bench \
    --password-stdin --sessions "$n" --rate "$rate" --duration $((8 + n / 250)) \
    --timeout $((60 + n / 50)) --json >"$state/probe.json" &
probe=$!
# Wait until every session is up. The cheap status count first (it counts calls
# still signing in too), then the list to see that all are up: keywardctl's own
# start-up competes for the same two cores, so it runs as little as it can.
up=0
# When not all come up (a limit or a deadline refused some), the figures are taken
# once the count has stood still for about 5 s, with the sessions that are up.
last=-1
still=0
for _ in $(seq 1 $((600 + n / 10))); do
    c=$(count)
    if [ "${c:-0}" -ge "$n" ]; then
        up=$(count_up)
        [ "$up" -ge "$n" ] && break
    fi
    if [ "${c:-0}" -gt 0 ] && [ "${c:-0}" = "$last" ]; then still=$((still + 1)); else still=0; fi
    last=${c:-0}
    if [ "$still" -ge 30 ]; then
        up=$(count_up)
        break
    fi
    kill -0 "$probe" 2>/dev/null || break
    sleep 0.1
done
all_up=$(date +%s.%N)
cpu1=$(cpu "$server")
pcpu=$(cpu "$probe" 2>/dev/null || echo 0)
[ -n "${perf:-}" ] && kill -INT "$perf" && wait "$perf"
# keywardd's CPU while the N sessions sit idle (no traffic; the probe's sessions
# only answer keywardd's LCP echoes): what the idle sessions cost it by themselves.
idle0=$(cpu "$server")
sleep 4
idle1=$(cpu "$server")
loaded=$(rss "$server")
# session.list with N sessions as keywardd answers it: from the request to the last
# octet of the reply on the admin socket, the median of 5 (ipc-call-time.py), with a
# status call timed the same way as the baseline.
read -r list_ms list_min list_bytes < <(python3 "$(dirname "$0")/ipc-call-time.py" "$state/sock" session.list 5)
read -r status_ms _ _ < <(python3 "$(dirname "$0")/ipc-call-time.py" "$state/sock" status 5)
wait "$probe"
probe_rc=$?
probe=
# The set-up rate the clients saw: from the first session's start to the last one up.
span=$(grep -o '"setupSpanMs": [0-9]*' "$state/probe.json" | grep -o '[0-9]*$')
# PPP control frames either side sent again: each is a lost frame or a late answer.
again_ours=$(grep -o '"controlRetransmitsOurs": [0-9]*' "$state/probe.json" | grep -o '[0-9]*$')
again_server=$(grep -o '"controlRetransmitsServer": [0-9]*' "$state/probe.json" | grep -o '[0-9]*$')
awk -v n="$n" -v up="$up" -v s="$start" -v e="$all_up" -v b="$base" -v l="$loaded" -v rc="$probe_rc" \
    -v c0="$cpu0" -v c1="$cpu1" -v i0="$idle0" -v i1="$idle1" -v pc="$pcpu" -v hz="$(getconf CLK_TCK)" -v rate="$rate" \
    -v ao="${again_ours:-0}" -v as="${again_server:-0}" -v lm="${list_ms:-0}" -v lmin="${list_min:-0}" -v lb="${list_bytes:-0}" -v sm="${status_ms:-0}" -v span="${span:-0}" 'BEGIN {
    t = e - s
    st = span > 0 ? span / 1000 : t
    printf "bench: sessions: %d of %d up in %.2f s from the first client'"'"'s start to the last one up = %.0f sessions/s (offered %d/s; probe exit %d; goal >= 1000/s)\n", up, n, st, up / st, rate, rc
    printf "bench: PPP control frames sent again: %d by the clients, %d by keywardd (goal 0)\n", ao, as
    printf "bench: keywardd CPU: %.2f s for %d set-ups = %.2f ms per session set-up (%.0f%% of one core while setting up)\n", (c1 - c0) / hz, up, (c1 - c0) / hz * 1000 / (up > 0 ? up : 1), (c1 - c0) / hz / t * 100
    printf "bench: keywardd CPU with the %d sessions idle: %.1f%% of one core (over 4 s)\n", up, (i1 - i0) / hz / 4 * 100
    printf "bench: keyward-probe CPU: %.2f s (%.0f%% of one core); the two share this machine'"'"'s cores\n", pc / hz, pc / hz / t * 100
    printf "bench: keywardd memory: %d KiB idle, %d KiB with %d sessions = %.1f KiB per idle session (goal < 32)\n", b, l, up, (l - b) / (up > 0 ? up : 1)
    printf "bench: session.list of %d sessions: %.1f ms as keywardd answers it (median of 5, fastest %.1f ms, %.0f KiB), a status call %.1f ms (baseline): ratio %.1f (goal < 100 ms at 10,000)\n", up, lm, lmin, lb / 1024, sm, (sm > 0 ? lm / sm : 0)
}'
