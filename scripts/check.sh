#!/usr/bin/env bash
# The one test command: what CI runs (.ci/run) and what every contributor runs before
# pushing. Formatting, lints with warnings denied, every Rust test (unit, property,
# storage on real SQLite files, end-to-end through the real `saathi` binary), and a
# one-pass smoke run of the benchmarks so they keep compiling and working; then the
# bindings: generated files fresh, the shipped library within its size budget, and the
# Kotlin (JVM, Maven) and Swift (native, or a cached Debian trixie chroot) suites against
# the real library. SAATHI_SKIP_SWIFT=1 skips Swift only where it cannot run (it says so).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

need() {
    if ! command -v "$1" >/dev/null 2>&1 && ! cargo "$2" --version >/dev/null 2>&1; then
        echo "check.sh: '$1' is missing; install the Rust toolchain component '$2'." >&2
        exit 1
    fi
}
need cargo-fmt fmt
need cargo-clippy clippy

step "rustfmt"
cargo fmt --all -- --check

step "clippy (warnings are errors)"
# uniffi-bindgen (three lines) is left to gen-bindings.sh: its "cli" feature is slow to build.
cargo clippy --workspace --exclude uniffi-bindgen --all-targets --locked -- -D warnings

step "tests"
cargo test --workspace --exclude uniffi-bindgen --locked

step "benchmarks, one pass each (figures: docs/perf.md)"
cargo test --workspace --exclude uniffi-bindgen --locked --benches

step "generated bindings are fresh (bindings/generated)"
scripts/gen-bindings.sh --check

step "size budget of the shipped library"
scripts/check-size.sh

step "Kotlin binding tests (JVM)"
scripts/test-kotlin.sh

step "Swift binding tests"
scripts/test-swift.sh

step "all checks passed"
