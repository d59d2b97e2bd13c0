#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The composer's memory as on a desktop: under a window manager (metacity), which activates
# the window as a desktop does, so the keyboard really is where Outpost puts it. peerbench runs
# on a bare Xvfb, where no window is ever activated: what only an active window loads (stop 38:
# the spelling dictionary, 8.7 MB) never shows there.
#   tests/bench/composer_memory.sh OUTPOST [RUNS]
# Prints, per run, the RSS 2 s after a `mailto:` window appears (fresh HOME, so the sign-in
# dialog is up too, as in peerbench), then the RSS once three link windows are open and each
# was typed in (the first ended its sign-in dialog with Escape). Figures, not a test. The first
# run after metacity starts may find its window not yet given the keyboard (stop 38: its 2 s
# figure was then the bare-Xvfb one): read the later runs.
set -euo pipefail
outpost=$(realpath "$1")
runs=${2:-3}
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display metacity --no-composite --sm-disable >/dev/null 2>&1 &
wm=$!
trap 'kill $wm $xvfb 2>/dev/null || true' EXIT
sleep 1


one_run() {
    local home
    home=$(mktemp -d)
    env -i HOME="$home" USER="${USER:-root}" PATH=/usr/bin:/bin DISPLAY="$display" LANG=C.UTF-8 \
        XDG_RUNTIME_DIR="$home" OUTPOST="$outpost" dbus-run-session -- bash -c '
        rss() { awk "/^VmRSS/ { printf \"%.1f\", \$2 / 1024 }" "/proc/$1/status"; }
        "$OUTPOST" "mailto:a@b.c?subject=pbsubj" 2>/dev/null &
        pid=$!
        # The window, then 2 s.
        for _ in $(seq 50); do xdotool search --name pbsubj >/dev/null 2>&1 && break; sleep 0.1; done
        sleep 2
        at2s=$(rss $pid)
        xdotool key Escape
        sleep 0.5
        for i in 1 2 3; do
            if [ "$i" -gt 1 ]; then
                "$OUTPOST" "mailto:a@b.c?subject=window$i" 2>/dev/null
                sleep 1.5
            fi
            xdotool type --delay 100 "Thsi is "
            sleep 0.5
        done
        sleep 1
        echo "$at2s MB 2 s after the window appears; $(rss $pid) MB with three windows typed in"
        kill $pid
        wait $pid 2>/dev/null || true' 2>/dev/null
    rm -rf "$home"
}

for run in $(seq "$runs"); do
    echo "run $run: $(one_run)"
done
