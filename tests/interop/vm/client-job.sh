#!/bin/bash
# Runs inside Keyward's client VM (keyward-guest-init starts it from the host's job
# folder, /mnt/job): the stock client against the server, set up as an admin would, then
# what the host asked for in /mnt/job/params:
#
#   USER_NAME PASSWORD SERVER   who signs in where
#   TUNNELS   how many pppd tunnels to bring up at once (pptp-linux's call manager
#             carries the second as a second call on the first one's control connection)
#   BULK      bytes of TCP to send each way through the first tunnel with iperf3 (0: none)
#   HOLD      seconds to keep the tunnels up after the checks, then ping again
#   EXTRA     further pppd options (mppe-stateful, ...)
#
# Writes RESULT lines to /mnt/job/result; the host judges them.
. /mnt/job/params
printf '"%s" * "%s" *\n' "$USER_NAME" "$PASSWORD" >/etc/ppp/chap-secrets
chmod 600 /etc/ppp/chap-secrets
mkdir -p /var/run/pptp
start=$(cut -d' ' -f1 /proc/uptime)

# The peer (server) address of pppN once IPCP is up, else nothing.
peer_of() {
    ip -4 -o addr show dev "$1" 2>/dev/null |
        awk '{for (i = 1; i < NF; i++) if ($i == "peer") {sub("/.*", "", $(i + 1)); print $(i + 1)}}'
}
local_of() { ip -4 -o addr show dev "$1" 2>/dev/null | awk '{print $4}' | head -1; }
pings() { ping -c 3 -W 3 -I "$1" "$2" 2>/dev/null | awk '/received/ {print $4}'; }

pids=()
peers=()
for ((unit = 0; unit < ${TUNNELS:-1}; unit++)); do
    log=/mnt/job/pppd.log
    [ "$unit" -gt 0 ] && log=/mnt/job/pppd$unit.log
    pppd pty "pptp $SERVER --nolaunchpppd --loglevel 1" \
        noauth refuse-pap refuse-eap refuse-chap refuse-mschap nobsdcomp nodeflate \
        require-mppe-128 nodefaultroute noipdefault name "$USER_NAME" \
        nodetach debug logfile "$log" unit "$unit" maxfail 1 "${EXTRA[@]}" &
    pids+=($!)
    peer=''
    for _ in $(seq 1 300); do
        peer=$(peer_of "ppp$unit")
        [ -n "$peer" ] && break
        kill -0 "${pids[$unit]}" 2>/dev/null || break
        sleep 0.2
    done
    peers+=("$peer")
    [ "$unit" = 0 ] && up=$(awk -v s="$start" -v e="$(cut -d' ' -f1 /proc/uptime)" 'BEGIN {printf "%.1f", e - s}')
    [ -n "$peer" ] || break
done

{
    echo "RESULT peer=${peers[0]:-none}"
    echo "RESULT mppe=$(grep -o 'MPPE [0-9]*-bit [a-z]* compression enabled' /mnt/job/pppd.log | head -1)"
    echo "RESULT up_after=${up:-0}s"
    # Every tunnel is pinged once all are up: each must carry traffic beside the others.
    for ((unit = 0; unit < ${TUNNELS:-1}; unit++)); do
        name=pings
        [ "$unit" -gt 0 ] && name=pings_$unit
        received=0
        [ -n "${peers[$unit]:-}" ] && received=$(pings "ppp$unit" "${peers[$unit]}")
        echo "RESULT $name=${received:-0}/3"
    done
    # Control connections to TCP 1723 (hex 06BB) open right now.
    echo "RESULT control_connections=$(awk '$3 ~ /:06BB$/ && $4 == "01"' /proc/net/tcp | wc -l)"
} >/mnt/job/result

# Packets the guest's GRE raw sockets (pptp's receive buffer) have dropped so far: a
# sender that outruns pptp shows here, and each drop stalls pptp-linux 0.3 s while it
# waits for the missing number.
gre_socket_drops() { awk '$2 ~ /:002F$/ {n += $NF} END {print n + 0}' /proc/net/raw; }

# The guest's CPU busy share between two "cpu" lines of /proc/stat, in percent.
cpu_busy() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        n = split(a, x, " "); split(b, y, " ")
        for (i = 2; i <= n; i++) { d = y[i] - x[i]; total += d; if (i == 5 || i == 6) idle += d }
        printf "%.0f", (total > 0 ? 100 * (total - idle) / total : 0) }'
}

# Bulk TCP both ways through the first tunnel: kbit/s as iperf3's receiver counted
# it, the GRE packets the guest dropped, and how busy its CPU was meanwhile.
if [ -n "${peers[0]:-}" ] && [ "${BULK:-0}" -gt 0 ]; then
    local_address=$(local_of ppp0)
    local_address=${local_address%/*}
    for direction in up down; do
        flag=''
        [ "$direction" = down ] && flag=-R
        cpu_before=$(head -1 /proc/stat) drops_before=$(gre_socket_drops)
        timeout 120 iperf3 -c "${peers[0]}" -B "$local_address" -n "$BULK" -f k $flag \
            >"/mnt/job/iperf-$direction.log" 2>&1
        kbps=$(awk '/receiver/ {for (i = 1; i < NF; i++) if ($(i + 1) == "Kbits/sec") print $i}' \
            "/mnt/job/iperf-$direction.log" | tail -1)
        {
            echo "RESULT bulk_${direction}_kbps=${kbps:-0}"
            echo "RESULT bulk_${direction}_gre_drops=$(($(gre_socket_drops) - drops_before))"
            echo "RESULT bulk_${direction}_guest_cpu=$(cpu_busy "$cpu_before" "$(head -1 /proc/stat)")"
        } >>/mnt/job/result
    done
fi

if [ -n "${peers[0]:-}" ] && [ "${HOLD:-0}" -gt 0 ]; then
    sleep "$HOLD"
    echo "RESULT pings_after=$(pings ppp0 "${peers[0]}")/3" >>/mnt/job/result
fi
kill "${pids[@]}" 2>/dev/null
wait "${pids[@]}" 2>/dev/null
