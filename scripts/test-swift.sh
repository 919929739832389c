#!/usr/bin/env bash
# The Swift binding tests: builds libsaathi_ffi for the host (debug) and runs the XCTest
# suite in bindings/swift against it with `swift test`:
# - on macOS, or anywhere `swift` is on PATH: natively;
# - on Debian bookworm (no Swift) as root: in a Debian trixie chroot with swiftlang, made
#   once by scripts/swift-chroot.sh and reused (docs: TOOLCHAIN.md);
# - with neither: fails loudly, unless SAATHI_SKIP_SWIFT=1 says to skip.
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

if [ "$(id -u)" != 0 ]; then
    {
        echo
        echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
        echo "!! test-swift.sh: THE SWIFT BINDING TESTS CANNOT RUN ON THIS MACHINE."
        echo "!! There is no 'swift' on PATH, and without root the Debian trixie chroot that"
        echo "!! provides Swift cannot be made or entered. Install Swift, or run as root."
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
fi

root=$(scripts/swift-chroot.sh | tail -n 1)
# One run at a time in the chroot (they share its /proc mount and the package's build).
exec 8>"$root.run.lock"
flock 8

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

mounted=0
if ! mountpoint -q "$root/proc"; then
    mount -t proc proc "$root/proc"
    mounted=1
fi
cleanup() { if [ "$mounted" = 1 ]; then umount "$root/proc" || umount -l "$root/proc"; fi; }
trap cleanup EXIT

chroot "$root" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 SAATHI_LIB_DIR="$work/lib" SAATHI_DEMO_PACK="$work/demo-pack" \
    sh -c "cd $work && swift test"
