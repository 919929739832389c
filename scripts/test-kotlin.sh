#!/usr/bin/env bash
# The Kotlin binding tests: builds libsaathi_ffi for the host (debug) and runs the JUnit
# suite in bindings/kotlin on the JVM against it. Maven downloads its dependencies into
# ~/.m2 once; later runs are offline-fast.
#   scripts/test-kotlin.sh          the tests
#   scripts/test-kotlin.sh --bench  the micro-measurement of call costs (prints medians),
#                                   against the library as shipped (profile mobile-release)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v mvn >/dev/null 2>&1; then
    echo "test-kotlin.sh: Maven is missing; installing it (Debian's maven package)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null
fi

target_dir=$(cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
if [ "${1:-}" = --bench ]; then
    cargo rustc --quiet --locked -p saathi-ffi --profile mobile-release --crate-type cdylib
    args=(-q -B -Dsaathi.lib.dir="$target_dir/mobile-release" -Dexcluded.groups=none -Dgroups=bench)
else
    cargo build --quiet --locked -p saathi-ffi
    args=(-B --no-transfer-progress -Dsaathi.lib.dir="$target_dir/debug")
fi
cd bindings/kotlin
mvn "${args[@]}" test
