// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace Outpost {

class Settings;

// The language of Outpost's windows and messages: Outpost's own translations (the .qm files in
// <prefix>/share/outpost/translations, or the build tree's) and Qt's (buttons of standard
// dialogs), for the system locale unless the settings override it.
namespace UiLanguage {

// Where the .qm files are looked for, first match wins.
QStringList searchPath();
// The languages with a translation, as codes ("de", "es", "fr"), sorted.
QStringList available();
// The language to use: `override` when one is set, else the system locale.
QLocale chosen(const QString &override);
// Replaces the translators installed by an earlier call; returns the language now shown
// ("en" when no translation matched: the source strings are English).
QString install(QCoreApplication &app, const QString &override);
// `install()` with the override from `settings`.
QString installFromSettings(QCoreApplication &app, const Settings &settings);

} // namespace UiLanguage
} // namespace Outpost
