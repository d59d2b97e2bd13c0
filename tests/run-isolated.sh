#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: run-isolated.sh PREFIX COMMAND [ARGS…]
# Runs COMMAND with a HOME and XDG config, data, cache and runtime folders of its own, made
# fresh in a new folder PREFIX.XXXXXX (ctest gives one PREFIX per test, under the build
# folder): no test reads what another test, another run of the same test, or the user's own
# session left in ~/.config. The folder is removed when the command passes and kept (its path
# printed) when it fails, for a look at what the test left there.
set -eu
prefix=$1
shift
mkdir -p "$(dirname "$prefix")"
home=$(mktemp -d "$prefix.XXXXXX")
export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
export XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# tests/run-with-keyring.sh uses these folders instead of making its own.
export OUTPOST_TEST_HOME="$home"
status=0
"$@" || status=$?
if [ "$status" -eq 0 ]; then
    rm -rf "$home"
else
    echo "run-isolated.sh: the test's HOME is kept in $home" >&2
fi
exit "$status"
