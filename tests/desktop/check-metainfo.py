#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What appstreamcli cannot check offline: every screenshot URL names a committed screenshot
(resources/screenshots/NAME.png), all in one https URL form; the newest release
is the project's version; the launchable is the desktop file that is installed.

usage: check-metainfo.py METAINFO SCREENSHOT_DIR DESKTOP_FILE VERSION"""
import os
import sys
import xml.etree.ElementTree as ET

metainfo, shots, desktop, version = sys.argv[1:5]
root = ET.parse(metainfo).getroot()
problems = []

prefixes = set()
images = root.findall("./screenshots/screenshot/image")
if not images:
    problems.append("no screenshots")
for image in images:
    url = image.text.strip()
    prefix, _, name = url.rpartition("/")
    prefixes.add(prefix)
    if not url.startswith("https://"):
        problems.append(f"{url}: not https")
    path = os.path.join(shots, name)
    if not os.path.isfile(path):
        problems.append(f"{url}: no {path} in the repository")
        continue
    with open(path, "rb") as f:
        if f.read(8) != b"\x89PNG\r\n\x1a\n":
            problems.append(f"{name}: not a PNG")
if len(prefixes) > 1:
    problems.append(f"screenshot URLs in more than one form: {sorted(prefixes)}")

releases = root.findall("./releases/release")
if not releases or releases[0].get("version") != version:
    problems.append(f"the newest release is not {version}")

launchable = root.findtext("./launchable[@type='desktop-id']")
if launchable != os.path.basename(desktop):
    problems.append(f"launchable {launchable} is not {os.path.basename(desktop)}")
if root.findtext("id") + ".desktop" != launchable:
    problems.append("the component id and the desktop id differ")

for p in problems:
    print("check-metainfo:", p, file=sys.stderr)
print(f"check-metainfo: {len(images)} screenshots, release {version}: "
      + ("FAILED" if problems else "OK"))
sys.exit(1 if problems else 0)
