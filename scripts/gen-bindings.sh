#!/usr/bin/env bash
# Generates the Kotlin and Swift bindings into bindings/generated/ from the built
# saathi-ffi library (unstripped: bindgen reads the library's metadata), with the bindgen
# built from the same uniffi version.
#   scripts/gen-bindings.sh           regenerate (then commit bindings/generated/)
#   scripts/gen-bindings.sh --check   fail if the committed files differ from fresh ones
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-write}"
case "$mode" in write | --check) ;; *) echo "usage: $0 [--check]" >&2; exit 2 ;; esac

target_dir=$(cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
case "$(uname -s)" in Darwin) lib_file=libsaathi_ffi.dylib ;; *) lib_file=libsaathi_ffi.so ;; esac

# Two builds, not one: built together, the bindgen's "cli" feature would reach the library's
# uniffi too, and the library would be compiled a second time for nothing.
cargo build --quiet --locked -p saathi-ffi
cargo build --quiet --locked -p uniffi-bindgen
lib="$target_dir/debug/$lib_file"
bindgen="$target_dir/debug/uniffi-bindgen"

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
# --no-format: the same text on every machine, whether or not ktlint/swiftformat are there.
for language in kotlin swift; do
    "$bindgen" generate --library "$lib" --language "$language" --out-dir "$fresh/$language" --no-format >/dev/null
done

if [ "$mode" = --check ]; then
    if ! diff -r -u bindings/generated "$fresh" >"$fresh.diff" 2>&1; then
        head -40 "$fresh.diff" >&2
        rm -f "$fresh.diff"
        echo "gen-bindings.sh: bindings/generated/ is stale; run scripts/gen-bindings.sh and commit it" >&2
        exit 1
    fi
    rm -f "$fresh.diff"
    echo "bindings/generated/ is up to date"
else
    rm -rf bindings/generated
    mkdir -p bindings/generated
    cp -R "$fresh/kotlin" "$fresh/swift" bindings/generated/
    echo "wrote bindings/generated/{kotlin,swift}"
fi
