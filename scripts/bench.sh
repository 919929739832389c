#!/usr/bin/env bash
# Runs the tracking benchmarks (criterion, core/app/benches/tracking.rs), the content-pack
# benchmarks (core/packs/benches/verify.rs) and the import's peak-memory check
# (core/app/examples/import_rss.rs) in release, then prints each figure
# against its target. docs/perf.md explains the figures and records the last measurement.
#
#   scripts/bench.sh              # everything (about 2 minutes)
#   scripts/bench.sh summary      # extra arguments go to criterion (here: a filter)
#
# Honours CARGO_TARGET_DIR. Needs only bash, cargo, grep, sed and awk.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${CARGO_TARGET_DIR:-}" ]]; then
    target_dir=$CARGO_TARGET_DIR
else
    target_dir=$(cargo metadata --format-version 1 --no-deps | sed -E 's/.*"target_directory":"([^"]*)".*/\1/')
fi
criterion_dir=${CRITERION_HOME:-$target_dir/criterion}

# Estimates older than this marker are from an earlier run (filtered out this time).
marker=$(mktemp)
trap 'rm -f "$marker"' EXIT

echo "== machine"
echo "nproc: $(nproc)"
lscpu | grep -E '^(Architecture|Model name|CPU\(s\)|Thread\(s\) per core|Hypervisor vendor):' | sed 's/  */ /g'
echo

echo "== cargo bench -p saathi-core --bench tracking $*"
cargo bench -p saathi-core --bench tracking -- "$@"
echo

echo "== cargo bench -p saathi-packs --bench verify $*"
cargo bench -p saathi-packs --bench verify -- "$@"
echo

echo "== peak memory of the two-year import (release)"
rss_line=$(cargo run --quiet --release -p saathi-core --example import_rss)
echo "$rss_line"
echo

# Prints "point lower upper" (nanoseconds) of criterion's median estimate for a benchmark,
# or nothing if it did not run this time.
median() {
    local file="$criterion_dir/$1/new/estimates.json"
    [[ -f $file && $file -nt $marker ]] || return 0
    grep -o '"median":{"confidence_interval":{[^}]*},"point_estimate":[^,}]*' "$file" |
        sed -E 's/.*"lower_bound":([^,}]*).*"upper_bound":([^,}]*).*"point_estimate":([^,}]*).*/\3 \1 \2/'
}

# Formats nanoseconds with a sensible unit.
human() {
    awk -v ns="$1" 'BEGIN {
        if (ns >= 1e9) printf "%.2f s", ns / 1e9;
        else if (ns >= 1e6) printf "%.2f ms", ns / 1e6;
        else if (ns >= 1e3) printf "%.1f us", ns / 1e3;
        else printf "%.0f ns", ns }'
}

# One row: name, benchmark id, target in ns (empty: no target), target as text.
row() {
    local m point lower upper verdict=""
    m=$(median "$2")
    if [[ -z $m ]]; then
        printf '%-34s %-10s %s\n' "$1" "$4" "not run"
        return
    fi
    read -r point lower upper <<<"$m"
    if [[ -n $3 ]]; then
        verdict=$(awk -v p="$point" -v t="$3" 'BEGIN { print (p < t) ? "pass" : "FAIL" }')
    fi
    printf '%-34s %-10s %-34s %s\n' "$1" "$4" \
        "$(human "$point") [$(human "$lower") .. $(human "$upper")]" "$verdict"
}

echo "== summary (criterion medians, [95% confidence interval])"
printf '%-34s %-10s %-34s %s\n' "figure" "target" "measured" "result"
row "log one reading (Session::log)" log_reading/session_log 200e3 "< 200 us"
row "  bare rusqlite insert, same row" log_reading/bare_insert "" "baseline"
session=$(median log_reading/session_log)
bare=$(median log_reading/bare_insert)
if [[ -n $session && -n $bare ]]; then
    awk -v s="${session%% *}" -v b="${bare%% *}" 'BEGIN {
        r = b / s;
        printf "%-34s %-10s %-34s %s\n", "  Session::log / bare throughput", ">= 0.50",
            sprintf("%.3f", r), (r >= 0.5) ? "pass" : "FAIL" }'
fi
row "90-day summary (CGM patient)" summary/90_days 5e6 "< 5 ms"
row "  after a new reading (cold)" summary/90_days_after_new_reading 5e6 "< 5 ms"
row "  after a reading for a past day" summary/90_days_after_late_reading 5e6 "< 5 ms"
row "  nothing kept yet (one-off)" summary/90_days_first_time "" "none"
row "open the two-year database" open/existing_db 20e6 "< 20 ms"
row "import 210,240 CGM readings" import/cgm_730_days 3e9 "< 3 s"
rss_kib=$(sed -E 's/.*peak_rss_kib=([0-9]+).*/\1/' <<<"$rss_line")
# 60 MB = 60,000,000 bytes = 58,593 KiB.
awk -v k="$rss_kib" 'BEGIN {
    printf "%-34s %-10s %-34s %s\n", "  peak RSS of that import", "< 60 MB",
        sprintf("%.1f MB (%d KiB)", k * 1024 / 1e6, k), (k * 1024 < 60e6) ? "pass" : "FAIL" }'
# Throughput of a pack benchmark over its 64 MiB (67,108,864 bytes), against a floor in MB/s.
throughput() {
    local m point lower upper
    m=$(median "$2")
    if [[ -z $m ]]; then
        printf '%-34s %-10s %s\n' "$1" "$4" "not run"
        return
    fi
    read -r point lower upper <<<"$m"
    awk -v p="$point" -v lo="$lower" -v hi="$upper" -v floor="$3" -v name="$1" -v target="$4" 'BEGIN {
        mb = 67108864 / p * 1e3;
        printf "%-34s %-10s %-34s %s\n", name, target,
            sprintf("%.0f MB/s [%.0f .. %.0f]", mb, 67108864 / hi * 1e3, 67108864 / lo * 1e3),
            (floor == "") ? "" : ((mb >= floor) ? "pass" : "FAIL") }'
}
throughput "verify a 64 MiB content pack" pack/verify_dir 200 ">=200 MB/s"
throughput "  install it from its archive" pack/install_tar "" "measured"
