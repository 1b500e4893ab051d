#!/usr/bin/env bash
# Keyward's interop client: a small Debian 12 VM with the stock PPTP client
# (pptp-linux 1.10 + pppd 2.4.9 and the kernel's ppp_mppe). This host's kernel has no
# PPP, so the client runs under qemu (TCG, no KVM needed), on a tap inside a network
# namespace this script makes:
#
#   namespace kwinterop, tap kwtap0 = 192.0.2.1/24  (the server under test binds here)
#   VM eth0                         = 192.0.2.2/24
#
#   client-vm.sh build                      build the VM once into the cache (idempotent)
#   client-vm.sh up | down                  make / remove the namespace and tap
#   client-vm.sh run USER PASSWORD [PPPD-OPTION...]
#       boots the VM, runs pppd with require-mppe-128 against 192.0.2.1, pings the
#       server's tunnel address, and prints RESULT lines; exit 0 tunnel up and every
#       ping answered, 1 not, 2 the VM itself failed. With KEYWARD_VM_HOLD=S the tunnel
#       stays up S more seconds after the pings and is pinged again (RESULT
#       pings_after), for what the server does meanwhile (a rekey). With
#       KEYWARD_VM_TUNNELS=N it brings up N tunnels at once (pptp-linux carries the
#       later ones as further calls on the first one's control connection) and pings
#       through each (RESULT pings_K, control_connections). With KEYWARD_VM_BULK=BYTES
#       it sends BYTES of TCP each way through the first tunnel with iperf3 against an
#       iperf3 server the caller runs in the namespace (RESULT bulk_up_kbps,
#       bulk_down_kbps, and per direction the guest's CPU busy share and the GRE packets
#       its pptp socket dropped). The VM's side of each run is vm/client-job.sh.
#
# Cache: KEYWARD_VM_CACHE (default ~/.cache/keyward-client-vm). Needs root.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${KEYWARD_VM_CACHE:-$HOME/.cache/keyward-client-vm}
ns=kwinterop tap=kwtap0 host_ip=192.0.2.1 vm_ip=192.0.2.2
packages=pptp-linux,ppp,iproute2,iputils-ping,kmod,busybox-static,iperf3

say() { printf '[client-vm %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { say "ERROR: $*"; exit 2; }

host_tools() {
    local missing=()
    for t in qemu-system-x86_64:qemu-system-x86 debootstrap:debootstrap mke2fs:e2fsprogs cpio:cpio; do
        command -v "${t%%:*}" >/dev/null || missing+=("${t#*:}")
    done
    [ ${#missing[@]} -eq 0 ] && return
    say "installing ${missing[*]}"
    apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" ||
        die "cannot install ${missing[*]}"
}

debian_mirror() {
    local m
    m=$(awk '/^URIs:/ {for (i = 2; i <= NF; i++) if ($i !~ /security/) {print $i; exit}}' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null)
    [ -n "$m" ] || m=$(awk '$1 == "deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
    echo "$m"
}

build() {
    host_tools
    local suite kpkg kver stamp root
    suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
    kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
    [ -n "$kpkg" ] || { apt-get update -qq; kpkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/ {print $2; exit}'); }
    [ -n "$kpkg" ] || die "cannot find Debian's kernel package"
    kver=${kpkg#linux-image-}
    stamp=$(cat "$0" "$here/guest-init" "$here/initramfs-init" <(echo "$suite $packages $kpkg") | sha256sum | cut -c1-16)
    if [ "$(cat "$cache/stamp" 2>/dev/null)" = "$stamp" ] && [ -s "$cache/rootfs.img" ]; then
        say "VM image up to date ($kpkg)"
        return 0
    fi
    mkdir -p "$cache"
    root=$cache/rootfs
    if [ "$(cat "$root/.packages" 2>/dev/null)" != "$suite $packages" ]; then
        local mirror; mirror=$(debian_mirror)
        [ -n "$mirror" ] || die "no Debian mirror in /etc/apt"
        say "debootstrap $suite with $packages (about a minute)"
        rm -rf "$root" "$root.new"
        debootstrap --variant=minbase --include="$packages" "$suite" "$root.new" "$mirror" \
            >"$cache/debootstrap.log" 2>&1 || { tail -20 "$cache/debootstrap.log"; die "debootstrap failed"; }
        mv "$root.new" "$root"
        echo "$suite $packages" >"$root/.packages"
    fi
    if [ "$(cat "$root/.kernel" 2>/dev/null)" != "$kpkg" ]; then
        say "fetching $kpkg (unpacked into the VM only)"
        local dl=$cache/dl unpacked=$cache/kernel
        rm -rf "$dl" "$unpacked"; mkdir -p "$dl"
        (cd "$dl" && apt-get download "$kpkg" >/dev/null 2>&1) || die "cannot download $kpkg"
        dpkg-deb -x "$dl"/*.deb "$unpacked"
        rm -rf "$root/usr/lib/modules"; mkdir -p "$root/usr/lib/modules"
        cp -a "$unpacked/lib/modules/." "$root/usr/lib/modules/"
        cp "$unpacked/boot/vmlinuz-$kver" "$cache/vmlinuz"
        # A virtio VM needs none of the hardware drivers: keep the image small.
        rm -rf "$root/usr/lib/modules/$kver/kernel/"{sound,drivers/{gpu,media,infiniband,staging,net/wireless,net/ethernet,bluetooth}}
        chroot "$root" depmod "$kver"
        rm -rf "$dl" "$unpacked"
        echo "$kpkg" >"$root/.kernel"
    fi
    install -m 0755 "$here/guest-init" "$root/sbin/keyward-guest-init"
    mkdir -p "$root/mnt/job"
    rm -rf "$root"/usr/share/{doc,man,info} "$root"/var/cache/apt/archives/*.deb

    say "initramfs"
    local ir=$cache/initramfs
    rm -rf "$ir"; mkdir -p "$ir/bin" "$ir/modules"
    cp "$root/bin/busybox" "$ir/bin/busybox"
    install -m 0755 "$here/initramfs-init" "$ir/init"
    chroot "$root" modprobe --show-depends -S "$kver" -a virtio_pci virtio_blk ext4 crc32c_generic |
        awk '$1 == "insmod" {print $2}' | awk '!seen[$0]++' | while read -r ko; do
            cp "$root$ko" "$ir/modules/" && basename "$ko" >>"$ir/modules/order"
        done
    (cd "$ir" && find . | cpio -o -H newc --quiet | gzip -1) >"$cache/initrd.img"
    rm -rf "$ir"

    say "root image"
    local mb; mb=$(( $(du -sm "$root" | cut -f1) * 13 / 10 + 128 ))
    mke2fs -q -t ext4 -F -E root_owner=0:0 -d "$root" "$cache/rootfs.img.new" "${mb}M" || die "mke2fs failed"
    mv "$cache/rootfs.img.new" "$cache/rootfs.img"
    echo "$stamp" >"$cache/stamp"
    say "VM ready: $kpkg, ${mb} MiB root"
}

up() {
    ip netns list | grep -qw "$ns" || ip netns add "$ns" || die "cannot make namespace $ns"
    ip -n "$ns" link set lo up
    ip -n "$ns" link show "$tap" >/dev/null 2>&1 || ip -n "$ns" tuntap add dev "$tap" mode tap || die "cannot make $tap"
    ip netns exec "$ns" sysctl -qw "net.ipv6.conf.$tap.disable_ipv6=1" 2>/dev/null
    ip -n "$ns" addr replace "$host_ip/24" dev "$tap"
    ip -n "$ns" link set "$tap" up
}

down() { ip netns del "$ns" 2>/dev/null || true; }

run() {
    [ $# -ge 2 ] || die "usage: client-vm.sh run USER PASSWORD [PPPD-OPTION...]"
    [ -s "$cache/rootfs.img" ] || die "no VM image: run client-vm.sh build"
    local user=$1 password=$2; shift 2
    local job; job=$(mktemp -d /tmp/keyward-client-vm.XXXXXX)
    {
        printf 'USER_NAME=%q\nPASSWORD=%q\nSERVER=%q\nHOLD=%q\nTUNNELS=%q\nBULK=%q\n' "$user" "$password" \
            "$host_ip" "${KEYWARD_VM_HOLD:-0}" "${KEYWARD_VM_TUNNELS:-1}" "${KEYWARD_VM_BULK:-0}"
        printf 'EXTRA=('; [ $# -gt 0 ] && printf '%q ' "$@"; printf ')\n'
    } >"$job/params"
    install -m 0755 "$here/client-job.sh" "$job/job.sh"
    up
    say "booting the client VM (TCG, about 20 s)"
    ip netns exec "$ns" timeout 300 qemu-system-x86_64 -machine pc -cpu qemu64 -m 512 -smp 1 \
        -nographic -no-reboot -kernel "$cache/vmlinuz" -initrd "$cache/initrd.img" \
        -append "console=ttyS0 root=/dev/vda quiet panic=-1 keyward.ip=$vm_ip/24" \
        -drive file="$cache/rootfs.img",if=virtio,format=raw,snapshot=on \
        -netdev tap,id=net0,ifname="$tap",script=no,downscript=no \
        -device virtio-net-pci,netdev=net0,mac=52:54:00:4b:57:02 \
        -virtfs local,path="$job",mount_tag=job,security_model=none,id=job \
        >"$job/console.log" 2>&1 </dev/null
    local vm_rc=$?
    if [ ! -f "$job/result" ]; then
        say "the VM did not finish its job (qemu exit $vm_rc); console:"
        tail -30 "$job/console.log" >&2
        rm -rf "$job"; return 2
    fi
    cat "$job"/pppd*.log 2>/dev/null | sed 's/^/pppd: /'
    cat "$job"/iperf-*.log 2>/dev/null | sed 's/^/iperf3: /'
    cat "$job/result"
    local ok=1
    grep -q 'RESULT pings=3/3' "$job/result" && ! grep -q 'peer=none' "$job/result" &&
        ! grep -qE 'RESULT pings_[0-9]+=[0-2]/3' "$job/result" && ok=0
    rm -rf "$job"
    return $ok
}

[ "$(id -u)" = 0 ] || die "needs root (network namespace, tap, chroot)"
case "${1:-}" in
    build) build ;;
    up) up ;;
    down) down ;;
    run) shift; run "$@" ;;
    *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
