#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run-fuzzer.sh BINARY CORPUS OUTDIR SECONDS: what ctest runs for each fuzz target. libFuzzer
# first runs every input of the seed corpus, then fuzzes for SECONDS (fixed seed, 2 GB memory
# limit, 30 s per input), adding what it finds to OUTDIR/corpus (the source tree is never
# written). A crash, a failed property, a timeout or an out-of-memory fails the test and leaves
# the input in OUTDIR; the command that replays it is printed.
set -u
binary=$1 corpus=$2 out=$3 seconds=$4
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out"
mkdir -p "$out/corpus"
cd "$out" || exit 1
# GMime's own leaks are fenced (lsan.supp).
LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
if "$binary" -seed=1 -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 \
    -print_final_stats=1 -artifact_prefix="$out/" "$out/corpus" "$corpus"; then
    exit 0
fi
echo
for input in "$out"/crash-* "$out"/timeout-* "$out"/oom-* "$out"/leak-*; do
    [ -e "$input" ] || continue
    echo "The failing input is kept: $input"
    echo "Replay it: $binary $input"
done
exit 1
