#!/usr/bin/env bash
# Makes (once) and reuses a Debian trixie chroot with swiftlang, for running the Swift
# binding tests on a Debian bookworm machine, which has no Swift (docs: TOOLCHAIN.md).
# Idempotent: a finished chroot carries a marker file and is reused in seconds; a half-made
# one (interrupted debootstrap or apt) has no marker and is thrown away and rebuilt.
# Needs root. Prints the chroot's path on the last line of stdout.
#   SAATHI_SWIFT_CHROOT  where the chroot lives (default /var/cache/saathi/swift-trixie)
set -euo pipefail

root="${SAATHI_SWIFT_CHROOT:-/var/cache/saathi/swift-trixie}"
marker="$root/.saathi-swift-ready"
# Bump when the package list changes, so old chroots are rebuilt rather than half-fitting.
# ca-certificates: the library's HTTP client (rustls with the OS trust store) cannot be set
# up without a trust store, not even for the tests' plain http on 127.0.0.1.
recipe="trixie minbase; swiftlang libc6-dev ca-certificates; v2"

if [ "$(id -u)" != 0 ]; then
    echo "swift-chroot.sh: needs root (debootstrap and chroot)" >&2
    exit 1
fi

mkdir -p "$(dirname "$root")"
# One builder at a time: two check runs at once must not debootstrap into the same place.
exec 9>"$root.lock"
flock 9

if [ -f "$marker" ] && [ "$(cat "$marker")" = "$recipe" ]; then
    echo "$root"
    exit 0
fi

# Never delete through a live mount: a half-made chroot may still have /proc mounted.
unmount_all() {
    local m
    for m in "$1/proc" "$1/dev/pts" "$1/dev" "$1/sys"; do
        if mountpoint -q "$m" 2>/dev/null; then umount -l "$m"; fi
    done
}

# Never rebuild under a test run that is inside the chroot (test-swift.sh holds this lock
# while it runs there).
exec 8>"$root.run.lock"
flock 8

if [ -e "$root" ]; then
    echo "swift-chroot.sh: $root is incomplete or from an older recipe; rebuilding it" >&2
    unmount_all "$root"
    rm -rf --one-file-system "$root"
fi

start=$(date +%s)
if ! command -v debootstrap >/dev/null 2>&1; then
    echo "swift-chroot.sh: installing debootstrap" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

echo "swift-chroot.sh: debootstrap trixie into $root (once; about a minute)" >&2
debootstrap --variant=minbase trixie "$root" http://deb.debian.org/debian >"$root.log" 2>&1 || {
    echo "swift-chroot.sh: debootstrap failed; see $root.log" >&2
    exit 1
}

echo "swift-chroot.sh: installing swiftlang in the chroot (once; about 530 MB download)" >&2
mount -t proc proc "$root/proc"
trap 'unmount_all "$root"' EXIT
chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive sh -c \
    'apt-get update -qq && apt-get install -y -qq --no-install-recommends swiftlang libc6-dev ca-certificates \
     && apt-get clean' >>"$root.log" 2>&1 || {
    echo "swift-chroot.sh: installing swiftlang failed; see $root.log" >&2
    exit 1
}
chroot "$root" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 swift --version >>"$root.log" 2>&1 || {
    echo "swift-chroot.sh: swift does not run in the chroot; see $root.log" >&2
    exit 1
}
unmount_all "$root"
trap - EXIT

echo "$recipe" >"$marker"
echo "swift-chroot.sh: ready in $(($(date +%s) - start)) s" >&2
echo "$root"
