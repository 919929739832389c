#!/usr/bin/env bash
# The Swift binding tests: builds libsaathi_ffi for the host (debug) and runs the XCTest
# suite in bindings/swift against it with `swift test`:
# - on macOS, or anywhere `swift` is on PATH: natively;
# - on Debian bookworm (no Swift) as root: in a Debian trixie chroot with swiftlang, made
#   once by scripts/swift-chroot.sh and reused (docs: TOOLCHAIN.md);
# - with neither (not root, or a root that cannot make, enter or mount /proc in the chroot,
#   as in an unprivileged container): fails loudly, unless SAATHI_SKIP_SWIFT=1 says to skip
#   (loudly, exit 0). Failing tests always fail.
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir=$(cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
cargo build --quiet --locked -p saathi-ffi
lib_dir="$target_dir/debug"

if command -v swift >/dev/null 2>&1; then
    cd bindings/swift
    SAATHI_LIB_DIR="$lib_dir" exec swift test
fi

# Swift cannot run on this machine: says so loudly, then skips (exit 0) if SAATHI_SKIP_SWIFT=1
# asks for that, and fails (exit 1) otherwise. The arguments say why, one line each.
cannot_run() {
    {
        echo
        echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
        echo "!! test-swift.sh: THE SWIFT BINDING TESTS CANNOT RUN ON THIS MACHINE."
        local line
        for line in "$@"; do echo "!! $line"; done
        if [ "${SAATHI_SKIP_SWIFT:-}" = 1 ]; then
            echo "!! SAATHI_SKIP_SWIFT=1: SKIPPING THEM. The Swift bindings are NOT tested."
        else
            echo "!! Failing. To skip them knowingly, set SAATHI_SKIP_SWIFT=1."
        fi
        echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
        echo
    } >&2
    [ "${SAATHI_SKIP_SWIFT:-}" = 1 ] && exit 0
    exit 1
}

if [ "$(id -u)" != 0 ]; then
    cannot_run "There is no 'swift' on PATH, and without root the Debian trixie chroot that" \
        "provides Swift cannot be made or entered. Install Swift, or run as root."
fi

# Root is not always enough (an unprivileged container may refuse debootstrap, mount or
# chroot): each of those failing is "cannot run here" too, not a test failure.
if ! root=$(scripts/swift-chroot.sh | tail -n 1) || [ -z "$root" ]; then
    cannot_run "There is no 'swift' on PATH, and scripts/swift-chroot.sh could not make the" \
        "Debian trixie chroot that provides Swift (its messages are above)."
fi
# One run at a time in the chroot (they share its /proc mount and the package's build);
# swift-chroot.sh takes this lock too while it rebuilds the chroot.
exec 8>"$root.run.lock"
flock 8

# /proc in the chroot: mounted for this run and unmounted when it ends, however it ends.
# Holding the lock, no other run is inside the chroot, so a /proc found mounted was left by a
# run that was killed: it is used, and unmounted at the end like our own.
unmount_proc() {
    local tries=0
    # A killed run may have left more than one mount stacked there.
    while mountpoint -q "$root/proc" && [ "$tries" -lt 5 ]; do
        if ! umount "$root/proc" 2>/dev/null && ! umount -l "$root/proc" 2>/dev/null; then
            echo "test-swift.sh: could not unmount $root/proc" >&2
            return
        fi
        tries=$((tries + 1))
    done
}
trap unmount_proc EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

if ! chroot "$root" /bin/true; then
    cannot_run "There is no 'swift' on PATH, and this root cannot enter the Debian trixie chroot" \
        "that provides Swift (chroot $root failed; an unprivileged container?)."
fi
if ! mountpoint -q "$root/proc" && ! mount -t proc proc "$root/proc"; then
    cannot_run "There is no 'swift' on PATH, and this root cannot mount /proc in the Debian" \
        "trixie chroot that provides Swift (an unprivileged container?); without it swift" \
        "cannot find its runtime."
fi

# The package is copied into the chroot (links followed, times kept, so SwiftPM rebuilds
# only what changed); its .build stays there between runs.
work=/root/saathi-swift
pkg="$root$work"
rm -rf "$pkg/Sources" "$pkg/Tests" "$pkg/lib" "$pkg/demo-pack"
mkdir -p "$pkg/lib"
# The repository's signed demo content pack, which the tests install.
cp -Rp content/pack "$pkg/demo-pack"
cp -pL bindings/swift/Package.swift "$pkg/"
cp -RpL bindings/swift/Sources bindings/swift/Tests "$pkg/"
cp -p "$lib_dir/libsaathi_ffi.so" "$pkg/lib/"

# A test failure fails the script (set -e), after the EXIT trap has unmounted /proc.
chroot "$root" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 SAATHI_LIB_DIR="$work/lib" SAATHI_DEMO_PACK="$work/demo-pack" \
    sh -c "cd $work && swift test"
