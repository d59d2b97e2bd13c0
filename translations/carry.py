#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Carries translations across a move: after lupdate, a message whose text moved to another
# translation context (a class split, a function moved) is new and unfinished; when the same
# source text (and disambiguation) was translated in the earlier file, its translation is
# taken over. So is one whose source changed only in case (a title re-cased, "New message" →
# "New Message": a translation keeps its own language's capitalisation); those are listed for
# a look. Prints what is still unfinished.
# usage: carry.py OLD.ts NEW.ts   (NEW.ts is rewritten in place)
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext('source') or '', message.findtext('comment') or '')


def main(old_path, new_path):
    old = ET.parse(old_path).getroot()
    known = {}
    by_case = {}  # the key with its source in lower case -> translations
    for m in old.iter('message'):
        t = m.find('translation')
        if t is None or t.get('type') in ('unfinished', 'obsolete', 'vanished'):
            continue
        known.setdefault(key(m), t)
        source, comment = key(m)
        by_case.setdefault((source.lower(), comment), t)
    tree = ET.parse(new_path)
    carried = 0
    recased = []
    left = []
    for ctx in tree.getroot().iter('context'):
        for m in ctx.iter('message'):
            t = m.find('translation')
            if t is None or t.get('type') != 'unfinished':
                continue
            found = known.get(key(m))
            exact = found is not None
            if not exact:
                found = by_case.get((key(m)[0].lower(), key(m)[1]))
            if found is None or (len(found) > 0) != (m.get('numerus') == 'yes'):
                left.append(f"{ctx.findtext('name')}: {key(m)[0]}")
                continue
            if not exact:
                recased.append(f"{ctx.findtext('name')}: {key(m)[0]}")
            t.attrib.pop('type')
            t.text = found.text
            for child in list(t):
                t.remove(child)
            for form in found:
                copy = ET.SubElement(t, form.tag)
                copy.text = form.text
            carried += 1
    tree.write(new_path, encoding='utf-8', xml_declaration=True)
    # lupdate's own header style, so that the next lupdate leaves the file as it is.
    with open(new_path, encoding='utf-8') as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(new_path, 'w', encoding='utf-8') as f:
        f.write(text if text.endswith('\n') else text + '\n')
    print(f'{new_path}: {carried} carried ({len(recased)} across a change of case), '
          f'{len(left)} still unfinished')
    for line in recased:
        print('  re-cased: ' + line)
    for line in left:
        print('  ' + line)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
