#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The program was linked with its start-up code side by side (CMakeLists.txt), and the list
# that orders it (cmake/outpost-startup.order) still names the program's functions.
#   check-startup-order.py PROGRAM ORDER_FILE
# Fails when the functions of the list that the program defines are spread over its code
# instead of packed together (linked without the order: each of them then brings its own
# pages into memory at start), or when too many of the list's names are gone (renamed or
# removed code: record the list again with tests/bench/record_startup_order.sh).
import subprocess
import sys

program, order_file = sys.argv[1], sys.argv[2]
RECORD = "tests/bench/record_startup_order.sh"

ordered = [line.strip() for line in open(order_file)
           if line.strip() and not line.startswith("#")]
symbols = {}
nm = subprocess.run(["nm", "--defined-only", "--print-size", program],
                    capture_output=True, text=True, check=True).stdout
for line in nm.splitlines():
    fields = line.split()
    if len(fields) == 4 and fields[2] in "tTwW":
        symbols.setdefault(fields[3], (int(fields[0], 16), int(fields[1], 16)))

present = [symbols[name] for name in ordered if name in symbols]
share = len(present) / len(ordered) if ordered else 0.0
print(f"{len(present)} of the {len(ordered)} functions in {order_file} are in {program}")
if share < 0.85:
    sys.exit(f"FAIL: {len(ordered) - len(present)} of them are gone ({100 * (1 - share):.0f} %): "
             f"record the list again with {RECORD}")

size = sum(s for _, s in present)
start = min(a for a, _ in present)
end = max(a + s for a, s in present)
print(f"their {size / 1024:.0f} KB of code span {(end - start) / 1024:.0f} KB of the program")
# Packed, they fill their span but for alignment padding; in source order they are spread over
# most of the program's 2.4 MB.
if end - start > 1.25 * size + 64 * 1024:
    sys.exit("FAIL: the start-up functions are spread over the program: it was not linked with "
             "its start-up order (lld and --symbol-ordering-file, CMakeLists.txt)")
