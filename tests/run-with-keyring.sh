#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside its own D-Bus session with an unlocked gnome-keyring (Secret Service),
# in a throwaway HOME, as NOTES-qt64.md describes. Under tests/run-isolated.sh (as ctest runs
# it) the HOME and XDG folders that script made are used; run alone, it makes its own.
set -eu
if [ -n "${OUTPOST_TEST_HOME:-}" ] && [ "${HOME:-}" = "$OUTPOST_TEST_HOME" ]; then
    own=
else
    own=$(mktemp -d /tmp/outpost-keyring-XXXXXX)
    export HOME="$own" XDG_DATA_HOME="$own/.local/share" XDG_CONFIG_HOME="$own/.config" \
           XDG_CACHE_HOME="$own/.cache" XDG_RUNTIME_DIR="$own/run"
fi
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Not exec: the throwaway HOME made here is removed once the test is over.
status=0
dbus-run-session -- sh -c \
    'printf outpost-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@" || status=$?
if [ -n "$own" ]; then
    rm -rf "$own"
fi
exit "$status"
