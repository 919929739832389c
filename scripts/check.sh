#!/usr/bin/env bash
# The one test command: what CI runs (.ci/run) and what every contributor runs before
# pushing. Formatting, lints with warnings denied, every Rust test (unit, property,
# storage on real SQLite files, end-to-end through the real `saathi` binary), and a
# one-pass smoke run of the benchmarks so they keep compiling and working.
# The Kotlin and Swift binding suites join here when bindings/ exists.
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
cargo clippy --workspace --all-targets --locked -- -D warnings

step "tests"
cargo test --workspace --locked

step "benchmarks, one pass each (figures: docs/perf.md)"
cargo test --workspace --locked --benches

step "all checks passed"
