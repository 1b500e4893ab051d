#!/usr/bin/env bash
# Makes (once) and caches a clean Debian 12 tree that boots systemd in systemd-nspawn,
# for the package test: minbase plus systemd, dbus and iproute2, and apt's package
# lists. The tree is kept as a tarball keyed by a hash of this file, like the
# interop VM's image; a changed script makes a new one.
#
#   package-root.sh CACHE_DIR    prints the tarball's path (builds it if missing)
set -euo pipefail

cache=${1:?usage: package-root.sh CACHE_DIR}
suite=bookworm
mirror=${KEYWARD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
packages=systemd,systemd-sysv,dbus,iproute2
stamp=$(cat "$0" <(echo "$suite $mirror $packages") | sha256sum | cut -c1-16)
tarball=$cache/root-$stamp.tar

if [ -s "$tarball" ]; then
    echo "$tarball"
    exit 0
fi
mkdir -p "$cache"
root=$(mktemp -d "$cache/root.XXXXXX")
trap 'rm -rf "$root"' EXIT
chmod 0755 "$root" # the tree's /: mktemp's 0700 would lock every system user out
echo "package-root: debootstrap $suite ($packages), a few minutes the first time" >&2
if ! debootstrap --variant=minbase --include="$packages" "$suite" "$root" "$mirror" \
    >"$cache/debootstrap.log" 2>&1; then
    tail -20 "$cache/debootstrap.log" >&2
    exit 1
fi
# A name of its own (debootstrap copies the host's), no login prompt on the console
# to wait for, and apt's lists so that the test only refreshes them.
echo keyward-test >"$root/etc/hostname"
systemd-nspawn -q --register=no --keep-unit -D "$root" \
    sh -c 'apt-get update -qq && systemctl mask console-getty.service >/dev/null 2>&1' >&2
rm -f "$root"/var/cache/apt/archives/*.deb
tar -C "$root" -cf "$tarball.new" .
mv "$tarball.new" "$tarball"
# Older trees of this cache are of no use any more.
find "$cache" -maxdepth 1 -name 'root-*.tar' ! -name "root-$stamp.tar" -delete
echo "$tarball"
