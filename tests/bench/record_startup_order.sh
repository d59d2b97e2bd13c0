#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Records which of Outpost's own functions a compose window runs at start, and writes them to
# cmake/outpost-startup.order: the linker puts those functions side by side at the front of the
# program (CMakeLists.txt), so that starting touches a few pages of its code instead of
# most of them. Run it again after large changes to what a compose window does at start;
# a function missing from the list only costs a page, a name that no longer exists is skipped.
#   tests/bench/record_startup_order.sh [BUILD_DIR]      default: build
# Two starts under valgrind's callgrind (which lists every function that ran), each followed
# until the window has been up for a while: a first start (no account: the peerbench case) and
# a start signed in to an `outpost sandbox` (mailboxes over the network, the store opened).
# Needs valgrind, xvfb-run and xdotool (packaging/install-deps.sh --bench).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
out=$root/cmake/outpost-startup.order
work=$(mktemp -d /tmp/outpost-order-XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

if [ -z "${OUTPOST_ORDER_IN_XVFB:-}" ]; then
    OUTPOST_ORDER_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$build"
fi

# One start of the composer under callgrind, in a fresh HOME; $1 names the output, the rest is
# the command line after the program.
record() {
    local name=$1
    shift
    local home=$work/home-$name
    mkdir -p "$home/run" && chmod 700 "$home/run"
    HOME=$home XDG_RUNTIME_DIR=$home/run valgrind --tool=callgrind --demangle=no \
        --callgrind-out-file="$work/$name.callgrind" "$build/outpost" "$@" \
        >"$work/$name.log" 2>&1 &
    local pid=$!
    for _ in $(seq 240); do
        xdotool search --onlyvisible --name orderprobe >/dev/null 2>&1 && break
        sleep 0.5
    done
    # Under callgrind the program runs some 50 times slower: this covers what the first
    # seconds of a real start do (the mailboxes fetched, drafts restored, first paints).
    sleep 15
    kill -INT "$pid"
    wait "$pid" || true
    echo "recorded $name: $(grep -c '^fn=' "$work/$name.callgrind") functions seen"
}

record first 'mailto:a@b.c?subject=orderprobe'

"$build/outpost" sandbox --json >"$work/sandbox.json" 2>"$work/sandbox.log" &
for _ in $(seq 100); do [ -s "$work/sandbox.json" ] && break; sleep 0.1; done
url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["url"])' "$work/sandbox.json")
token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$work/sandbox.json")
OUTPOST_TOKEN=$token record signed-in --instance "$url" 'mailto:a@b.c?subject=orderprobe'

python3 - "$build/outpost" "$out" "$work"/*.callgrind <<'EOF'
import re, sys
program, out, traces = sys.argv[1], sys.argv[2], sys.argv[3:]
ran = set()
for trace in traces:
    objects, functions, current = {}, {}, None
    for line in open(trace, errors="replace"):
        m = re.match(r"^(ob|fn|cob|cfn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if not m:
            continue
        kind, number, name = m.groups()
        table = objects if kind in ("ob", "cob") else functions
        if name is not None:
            table[number] = name
        if kind == "ob":
            current = objects[number]
        elif kind == "fn" and current == program:
            ran.add(functions[number])
# Symbols only: callgrind names code without one by its address.
names = sorted(n for n in ran if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.$]*", n))
with open(out, "w") as f:
    f.write("# Outpost's functions that a compose window runs at start, written by\n"
            "# tests/bench/record_startup_order.sh; the linker lays them out first (CMakeLists.txt).\n")
    f.write("\n".join(names) + "\n")
print(f"{len(names)} functions written to {out}")
EOF
