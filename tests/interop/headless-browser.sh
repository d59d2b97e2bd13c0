#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: headless-browser.sh URL
# The web browser of tst_browser_signin: what xdg-open starts for an http(s) address through
# the test's own .desktop file (x-scheme-handler/http), as it would start Firefox or Chromium
# on a desktop. Debian's Chromium, headless, loads the address, follows the authorization
# server's redirect to Outpost's loopback listener as a desktop browser does (resolving
# `localhost` itself), and the page it ends on is written whole to $HOME/browser/page.html
# (through a side file and a rename: the test waits for it to appear), what it said to
# page.log.
set -u
dir="$HOME/browser"
mkdir -p "$dir"
profile=$(mktemp -d "$dir/profile.XXXXXX")
status=0
# --no-sandbox: Chromium's own sandbox cannot start as root, which CI is; the only page it
# loads is the sandbox's authorization server on 127.0.0.1 and Outpost's listener.
"${OUTPOST_TEST_CHROMIUM:-chromium}" --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$profile" --dump-dom "$1" >"$dir/page.part" 2>"$dir/page.log" || status=$?
rm -rf "$profile"
echo "chromium exited with $status" >>"$dir/page.log"
mv "$dir/page.part" "$dir/page.html"
