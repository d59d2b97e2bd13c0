# SPDX-License-Identifier: GPL-3.0-or-later
"""The language a check asks Outpost to speak, and Outpost's words in it.

A check finds a window or a control by what a user of that language reads: "the Drafts window"
is the window titled with the translation of "Drafts". The words come from the translations
Outpost ships (translations/outpost_<code>.ts, Qt Linguist's XML, read with Python's XML
parser), so a check in German fails where the German user would meet English.

Outpost takes its language from the system locale (app/models/UiLanguage.cpp: QLocale::system(),
whose uiLanguages() reads LANGUAGE first, as gettext programs do), unless one is chosen in its
settings (the isolated HOME has none): the child gets LANGUAGE=<code>, as a user's session sets it.
"""

import os
import xml.etree.ElementTree as ElementTree

TRANSLATIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                            "translations")
SHIPPED = ("en", "de", "fr", "es")


def strip_mnemonic(text):
    """A text as an accessible name reads it: Qt drops a mnemonic's '&' ('&&' is one '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Language:
    def __init__(self, code):
        if code not in SHIPPED:
            raise ValueError(f"Outpost ships no language “{code}”: {', '.join(SHIPPED)}")
        self.code = code
        self._by_context = {}  # (context, source) -> translation
        self._by_source = {}  # source -> {translations}
        self._translations = set()
        self._english = {}  # a source as a name reads it -> its translations (no placeholders)
        if code == "en":  # Outpost's sources are English (outpost_en.ts holds plurals only)
            return
        root = ElementTree.parse(os.path.join(TRANSLATIONS, f"outpost_{code}.ts")).getroot()
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if (source is None or translation is None or message.get("numerus") == "yes"
                        or translation.get("type") in ("unfinished", "vanished", "obsolete")
                        or not translation.text):
                    continue
                self._by_context[(name, source)] = translation.text
                self._by_source.setdefault(source, set()).add(translation.text)
                self._translations.add(strip_mnemonic(translation.text))
                if "%" not in source:
                    self._english.setdefault(strip_mnemonic(source), set()).add(
                        strip_mnemonic(translation.text))

    def environment(self):
        """What the child's environment says to choose this language."""
        return {"LANGUAGE": self.code}

    def tr(self, source, context=None):
        """The translation of `source` (in `context`, where one source reads differently in
        two contexts); the source itself in English."""
        if self.code == "en":
            return source
        if context is not None:
            found = self._by_context.get((context, source))
            if found is None:
                raise KeyError(f"no {self.code} translation of “{source}” in {context}")
            return found
        found = self._by_source.get(source, set())
        if len(found) != 1:
            raise KeyError(f"“{source}” has {len(found) or 'no'} {self.code} translations "
                           f"{sorted(found)}: name its context")
        return next(iter(found))

    def untranslated(self, name):
        """Whether `name` is one of Outpost's English strings, shown as it is in a language
        that translates it differently: a word the user of this language cannot read. (A
        name that is also a translation, like « Conversation », or a string with placeholders,
        filled in, is never taken for one.)"""
        if self.code == "en" or not name or name in self._translations:
            return False
        return any(t != name for t in self._english.get(name, ()))
