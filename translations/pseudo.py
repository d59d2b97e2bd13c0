#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the pseudo-locale en_XA: every source string of a .ts file, accented and lengthened
by 40 % (inside [ ]), placeholders (%1, %n, %L1), accelerators (& and the letter after it, so
that Alt+letter can still be typed), HTML tags and entities kept.
Loaded with the UI language "en_XA", it shows every string that is not translatable (it stays
plain) and every label too narrow for a longer language (it gets clipped).

usage: pseudo.py SOURCE.ts OUTPUT.ts"""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = dict(zip("aceinousyACEINOUSYwWzZ", "áçéîñöüšýÅÇÉÎÑÖÜŠÝŵŴžŽ"))
# Placeholders, tags, entities and escapes pass through untouched.
KEEP = re.compile(r"(%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&&|&[A-Za-z0-9]|\\n|\n)")


def stretch(text):
    if not text.strip():
        return text
    parts = KEEP.split(text)
    out = []
    visible = 0
    for i, part in enumerate(parts):
        if i % 2:  # kept as is
            out.append(part)
        else:
            out.append("".join(ACCENTS.get(c, c) for c in part))
            visible += len(part)
    pad = max(1, round(visible * 0.4) - 2)
    filler = ("·" + "ẋ" * 4) * (pad // 5 + 1)
    # The padding goes before a trailing colon or ellipsis, so "Label:" stays a label.
    body = "".join(out)
    m = re.search(r"(:|…|\.\.\.)?$", body)
    tail = m.group(0) if m else ""
    body = body[: len(body) - len(tail)] if tail else body
    return "[" + body + " " + filler[:pad] + "]" + tail


def main(src, dst):
    tree = ET.parse(src)
    root = tree.getroot()
    root.set("language", "en_XA")
    root.attrib.pop("sourcelanguage", None)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            for _ in range(2):
                form = ET.SubElement(translation, "numerusform")
                form.text = stretch(source)
        else:
            translation.text = stretch(source)
    tree.write(dst, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
