#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# With Outpost installed, clicking a mailto: link opens its composer — checked the way the
# desktop does it, through no stand-in:
#  1. `cmake --install` into a temporary prefix; the files a desktop looks for must be there.
#  2. A throwaway HOME whose XDG_DATA_DIRS is only that prefix; `xdg-mime default` makes
#     Outpost's desktop file the mailto: handler, as a user's "default apps" setting does.
#  3. `xdg-email` (the generic, no-desktop-environment path: xdg-open → the desktop file's
#     Exec line with %u replaced) is run with PATH leading to the installed binary.
#  4. The process xdg-email started must be the installed `outpost` with the mailto: URL
#     as its argument (/proc/PID/exe and cmdline), and it must show a compose window: a
#     top-level X window of that process whose title is the subject from the URL — the
#     composer parsed the link (a URL it refused would end the process with exit code 64).
#  5. The desktop file's "New Message" action starts a composer titled "New Message".
# Runs under xvfb-run (LANG=C: English titles).
#
# usage: tst_mailto_handler.sh BUILD_DIR
set -eu

build=$1
tmp=$(mktemp -d)
pids=""
cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# 1. Install.
cmake --install "$build" --prefix "$tmp/usr" >"$tmp/install.log"
id=org.outpost.Outpost
for f in bin/outpost share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$id.svg share/icons/hicolor/16x16/apps/$id.png \
    share/icons/hicolor/48x48/apps/$id.png share/icons/hicolor/256x256/apps/$id.png \
    share/outpost/translations/outpost_de.qm share/outpost/translations/outpost_fr.qm \
    share/outpost/translations/outpost_es.qm; do
    [ -e "$tmp/usr/$f" ] || fail "cmake --install did not install $f"
done
echo "ok: installed binary, desktop file, metainfo, icons and translations"

# 2. A throwaway HOME that knows only this prefix.
export HOME="$tmp/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache" XDG_DATA_DIRS="$tmp/usr/share"
export PATH="$tmp/usr/bin:$PATH" LANG=C LC_ALL=C
# No desktop environment (xdg-utils' generic path) and no session bus of anyone else's.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID BROWSER \
    DBUS_SESSION_BUS_ADDRESS || true
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
xdg-mime default $id.desktop x-scheme-handler/mailto
[ "$(xdg-mime query default x-scheme-handler/mailto)" = "$id.desktop" ] ||
    fail "xdg-mime did not take Outpost as the mailto: handler"
echo "ok: xdg-mime default $id.desktop x-scheme-handler/mailto"

# The installed outpost started with ARG, its pid printed; waits up to 20 s.
wait_for_outpost() {
    i=0
    while [ $i -lt 100 ]; do
        for p in $(pgrep -x outpost || true); do
            exe=$(readlink "/proc/$p/exe" || true)
            # argv[1..] exactly the URL (argv[0] is however xdg-open spelled the binary)
            args=$(tr '\0' '\n' <"/proc/$p/cmdline" | sed 1d || true)
            if [ "$exe" = "$tmp/usr/bin/outpost" ] && [ "$args" = "$1" ]; then
                echo "$p"
                return 0
            fi
        done
        sleep 0.2
        i=$((i + 1))
    done
    return 1
}

# A top-level window of process PID titled TITLE; waits up to 20 s.
wait_for_window() {
    i=0
    while [ $i -lt 100 ]; do
        for w in $(xwininfo -root -tree | sed -n "s/^ *\(0x[0-9a-f]*\) \"$2\": (\"outpost\".*/\1/p"); do
            if xprop -id "$w" _NET_WM_PID 2>/dev/null | grep -q "= $1\$"; then
                return 0
            fi
        done
        sleep 0.2
        i=$((i + 1))
    done
    return 1
}

# 3./4. The link a user clicks, with a subject so the window shows it understood the URL.
xdg-email --subject "Lunch on Friday" jamie@example.com >"$tmp/xdg-email.log" 2>&1 &
pids="$pids $!"
url="mailto:jamie@example.com?subject=Lunch%20on%20Friday"
pid=$(wait_for_outpost "$url") || {
    cat "$tmp/xdg-email.log" >&2
    pgrep -a outpost >&2 || true
    fail "xdg-email did not start $tmp/usr/bin/outpost with $url"
}
pids="$pids $pid"
echo "ok: xdg-email started the installed outpost: $url"
wait_for_window "$pid" "Lunch on Friday" ||
    fail "outpost (pid $pid) showed no compose window titled 'Lunch on Friday'"
echo "ok: its compose window is open with the link's subject"
kill "$pid"

# The bare address, as in the issue: the same handler, the same binary.
xdg-email jamie@example.com >>"$tmp/xdg-email.log" 2>&1 &
pids="$pids $!"
pid=$(wait_for_outpost "mailto:jamie@example.com") ||
    fail "xdg-email jamie@example.com did not start outpost with mailto:jamie@example.com"
pids="$pids $pid"
wait_for_window "$pid" "New Message" ||
    fail "outpost (pid $pid) showed no compose window for mailto:jamie@example.com"
echo "ok: xdg-email jamie@example.com opened a compose window"
kill "$pid"

# 5. The "New Message" action of the installed desktop file.
exec_line=$(sed -n '/^\[Desktop Action new-message\]/,/^\[/s/^Exec=//p' \
    "$tmp/usr/share/applications/$id.desktop")
[ "$exec_line" = "outpost compose" ] || fail "unexpected New Message Exec: $exec_line"
$exec_line >"$tmp/compose.log" 2>&1 &
pid=$!
pids="$pids $pid"
wait_for_window "$pid" "New Message" || {
    cat "$tmp/compose.log" >&2
    fail "'$exec_line' showed no New Message window"
}
echo "ok: the New Message action opened a compose window"
echo "PASS"
