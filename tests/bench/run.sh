#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Outpost's benchmarks and prints their figures (not a pass/fail test).
#   tests/bench/run.sh [BUILD_DIR]      default: build
# Startup is measured with ../shared/peerbench beside Sylpheed and Claws Mail in one sitting
# (installed from Debian by packaging/install-deps.sh --bench).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
peerbench=$(cd "$root/../shared/peerbench" && pwd)
results=$here/results
mkdir -p "$results"

echo "== Send: client time per send (median of 200)"
"$build/tests/bench/bench_send" "$build/outpost" 200

echo
echo "== Cold start to compose window, beside the fastest desktop composers"
"$root/packaging/install-deps.sh" --bench
cp "$build/outpost" "$results/outpost"   # readable by peerbench's unprivileged user
chmod 755 "$results" "$results/outpost"
# The shared seeds are read-only; the clients must be able to write into their copied profile.
rm -rf "$results/seeds" && cp -r "$peerbench/seeds" "$results/seeds" && chmod -R u+w,a+rX "$results/seeds"
"$peerbench/run.sh" -o "$results/peerbench" --peer-seeds "$results/seeds" --peers sylpheed claws-mail
"$peerbench/run.sh" -o "$results/peerbench" --match pbsubj outpost -- "$results/outpost" 'mailto:a@b.c?subject=pbsubj'
"$peerbench/run.sh" -o "$results/peerbench" --summary
