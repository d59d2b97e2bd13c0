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
echo "== MIME: a 30 MB attachment: build + encode, the Gmail path (file + request body), Graph's chunked upload"
"$build/tests/bench/bench_mime" 30

echo
echo "== Typing: keystroke to repaint in a 5,000-line body with spell checking"
xvfb-run -a -s "-screen 0 1280x1024x24" "$build/tests/bench/bench_typing"

echo
echo "== Completion: 10,000 known addresses, debounce end to popup shown (target <= 50 ms)"
xvfb-run -a -s "-screen 0 1280x1024x24" "$build/tests/bench/bench_completion" 10000 50

echo
echo "== Autosave: UI-thread time per burst of 20 keystrokes (target <= 1 ms)"
"$build/tests/bench/bench_autosave" 200 20

echo
echo "== Outbox: sends per second to the sandbox with 8 mails queued"
"$build/tests/bench/bench_outbox" "$build/outpost" 30

echo
echo "== Uploads: ten 45 MB files and one 1 GB file, RSS growth and throughput beside curl"
"$build/tests/bench/bench_upload" "$build/outpost" 10 45 1024

echo
echo "== Threads: picker filtering 10,000 threads, a 500-message conversation, compose opening"
QTWEBENGINE_DISABLE_SANDBOX=1 xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$build/tests/bench/bench_threads" 10

echo
echo "== Picker content search: 2,000 matching messages; local filter per key (target <= 16 ms), search rows after the debounce (target <= 300 ms)"
xvfb-run -a -s "-screen 0 1280x1024x24" "$build/tests/bench/bench_picker_search" 2000 10

echo
echo "== Conversations: click to messages painted, cold (nothing warmed nor read) and warm (the"
echo "   thread chosen 4 s, then 1 s, before the click); memory given back; opened again 3 s"
echo "   after closing (its process gone, what it read kept)"
# In a session bus, as on every desktop: without one, the conversation process's Qt starts
# dbus-launch to look for one, about 50 ms of the two cores during a cold start (stop 40).
for n in 5 50 500; do
    for mode in cold "warm 4000 reopen" "warm 1000"; do
        # shellcheck disable=SC2086 # "warm 1000" is two arguments
        QTWEBENGINE_DISABLE_SANDBOX=1 xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
            "$build/tests/bench/bench_conversation" "$n" $mode
    done
done

QTWEBENGINE_DISABLE_SANDBOX=1 xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
    "$build/tests/bench/bench_conversation" unread

echo
echo "== Cold start to compose window, beside the fastest desktop composers"
"$root/packaging/install-deps.sh" --bench
cp "$build/outpost" "$results/outpost"   # readable by peerbench's unprivileged user
cp "$build/tests/bench/bench_bare_window" "$results/qt6-bare"
chmod 755 "$results" "$results/outpost" "$results/qt6-bare"
# The shared seeds are read-only; the clients must be able to write into their copied profile.
rm -rf "$results/seeds" && cp -r "$peerbench/seeds" "$results/seeds" && chmod -R u+w,a+rX "$results/seeds"
"$peerbench/run.sh" -o "$results/peerbench" --peer-seeds "$results/seeds" --peers sylpheed claws-mail
"$peerbench/run.sh" -o "$results/peerbench" --match pbsubj outpost -- "$results/outpost" 'mailto:a@b.c?subject=pbsubj'
# The floor: a bare Qt 6 window with a menu bar, two line edits and a text edit.
"$peerbench/run.sh" -o "$results/peerbench" --match pbsubj qt6-bare -- "$results/qt6-bare" 'mailto:a@b.c?subject=pbsubj'
"$peerbench/run.sh" -o "$results/peerbench" --summary

echo
echo "== The composer's memory on a desktop (under metacity, which activates windows; peerbench's"
echo "   bare Xvfb never does): 2 s after a mailto: window appears, and with three windows typed in"
"$here/composer_memory.sh" "$build/outpost" 3
