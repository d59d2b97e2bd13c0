#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The check run before a release (not in CI: it needs root and the Debian mirror, ~5 min the
# first time): builds Outpost's .deb with CPack, installs it with apt into a clean Debian 12
# (minbase debootstrap in a folder, its dependencies resolved from the mirror) and runs
# `outpost --version` and `outpost send --help` there. Proves that the package's Depends
# (from dpkg-shlibdeps) are complete: a library missing from them fails to load in the root.
#
#   sudo packaging/check-deb.sh [BUILD_DIR]   (default: build-deb, configured if missing)
#
# The debootstrap download is cached as a tarball in $OUTPOST_DEB_CACHE
# (default /var/cache/outpost-check-deb), so reruns only unpack it.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build-deb"}
cache=${OUTPOST_DEB_CACHE:-/var/cache/outpost-check-deb}
mirror=${OUTPOST_DEB_MIRROR:-http://deb.debian.org/debian}
suite=bookworm

if [ "$(id -u)" != 0 ]; then
    echo "check-deb: run as root (debootstrap and chroot need it)" >&2
    exit 2
fi

# 1. The package.
# Any configured build directory will do: CPack's DEB generator installs under /usr whatever
# CMAKE_INSTALL_PREFIX says, and strips the binaries.
if [ ! -f "$build/CMakeCache.txt" ]; then
    launcher=""
    if command -v ccache >/dev/null; then launcher=ccache; fi
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DOUTPOST_BUILD_TESTS=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=$launcher
fi
cmake --build "$build" --target outpost outpost_conversationview outpost_sandboxmodule outpost_icons
rm -f "$build"/outpost_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/outpost_*.deb | head -n 1)
echo "check-deb: built $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

# 2. A clean Debian 12, from the cached tarball when there is one.
mkdir -p "$cache"
tarball="$cache/$suite-minbase.tar.gz"
if [ ! -f "$tarball" ]; then
    work=$(mktemp -d)
    debootstrap --variant=minbase --make-tarball="$tarball.part" "$suite" "$work/root" "$mirror"
    mv "$tarball.part" "$tarball"
    rm -rf "$work"
fi
root=$(mktemp -d /var/tmp/outpost-check-deb.XXXXXX)
chmod 755 "$root" # apt downloads as the _apt user
cleanup() {
    for m in proc dev/pts dev; do umount "$root/$m" 2>/dev/null || true; done
    rm -rf "$root"
}
trap cleanup EXIT
debootstrap --variant=minbase --unpack-tarball="$tarball" "$suite" "$root" "$mirror" >/dev/null
echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
mount --bind /proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
# No services start inside the root (dbus and friends come with the dependencies).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"

# 3. Install the .deb the way a user would (apt resolves its Depends) and run it.
cp "$deb" "$root/tmp/"
chroot "$root" sh -ec "
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/tmp/apt.log 2>&1 ||
        { cat /tmp/apt.log; exit 1; }
    echo \"--- installed with \$(grep -c '^Setting up' /tmp/apt.log) packages from the mirror\"
    echo '--- outpost --version'
    outpost --version
    echo '--- outpost send --help'
    outpost send --help
    echo '--- LANG=de_DE.UTF-8 outpost --help (the first lines)'
    LANG=de_DE.UTF-8 outpost --help | head -n 4
    echo '--- installed files'
    dpkg -L outpost | grep -E 'bin/|applications/|metainfo/|icons/.*/apps/|translations/|lib/' || true
"
echo "check-deb: OK"
