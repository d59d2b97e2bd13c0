#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Outpost needs to build, run, test and benchmark.
# Idempotent; runs `apt-get update` once; downloads nothing from anywhere but Debian.
set -eu

packages="
 cmake ninja-build g++ pkg-config git
 qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
 qt6-webengine-dev qt6-webengine-dev-tools qt6-networkauth-dev qt6-svg-dev
 qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-qpa-plugins
 qtkeychain-qt6-dev libgmime-3.0-dev libhunspell-dev hunspell-en-us libgumbo-dev
 xvfb xauth x11-utils metacity imagemagick gnome-keyring libsecret-tools dbus dbus-x11 openssl
 libgl-dev libxkbcommon-dev fonts-dejavu-core
 python3 python3-xlib locales curl xdotool
 python3-pyatspi at-spi2-core
 clang libclang-rt-14-dev llvm-14 lld
 qt6-translations-l10n desktop-file-utils appstream librsvg2-bin xdg-utils dpkg-dev fakeroot file debootstrap
"

# The interoperability tests (tests/interop): node and npm run oidc-provider, Chromium is the real
# browser of a sign-in. Debian 12's nodejs and npm, unless a node is there already: a node from
# elsewhere (nodesource's nodejs carries its own npm and conflicts with Debian's npm package) is
# used as it is, and so is an npm that is already on the PATH.
packages="$packages chromium"
command -v node >/dev/null 2>&1 || packages="$packages nodejs"
command -v npm >/dev/null 2>&1 || packages="$packages npm"

# The fuzz targets (tests/fuzz, built and run briefly by the ci build): Debian 12's clang is 14;
# its libFuzzer, ASan and UBSan runtimes (libclang_rt.fuzzer/asan/ubsan-x86_64.a) and
# <fuzzer/FuzzedDataProvider.h> are in libclang-rt-14-dev (only a Recommends of clang, which
# --no-install-recommends skips), llvm-symbolizer for readable reports in llvm-14. The issue
# named libfuzzer-15-dev: it would bring a second compiler (clang-15) for the same libFuzzer,
# while clang-14 with its own runtimes builds and runs every target.

# lld links the program with its start-up code first (CMakeLists.txt, cmake/outpost-startup.order).

# --bench adds the peer mail clients the startup benchmark measures Outpost against, and
# valgrind, with which tests/bench/record_startup_order.sh lists the code run at start.
if [ "${1:-}" = "--bench" ]; then
    packages="$packages sylpheed claws-mail valgrind"
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
# The translation test starts Outpost under de_DE.UTF-8.
if ! locale -a 2>/dev/null | grep -qi '^de_DE.utf-\{0,1\}8$'; then
    $SUDO sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
    $SUDO locale-gen >/dev/null
fi
# The startup benchmark runs the clients in en_US.UTF-8 (peerbench's README).
if [ "${1:-}" = "--bench" ] && ! locale -a 2>/dev/null | grep -qi '^en_US.utf-\{0,1\}8$'; then
    $SUDO sed -i 's/^# *en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen
    $SUDO locale-gen >/dev/null
fi
