// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/UiLanguage.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace Outpost::UiLanguage {

namespace {
const QString prefix = QStringLiteral("outpost_");
const char *const ownedMarker = "outpostTranslator";
} // namespace

QStringList searchPath()
{
    QStringList dirs;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        dirs << QDir::cleanPath(appDir + u"/../" OUTPOST_INSTALL_DATADIR "/outpost/translations");
    dirs << QStringLiteral(OUTPOST_BUILD_DIR "/translations");
    return dirs;
}

QStringList available()
{
    QStringList languages;
    for (const QString &dir : searchPath()) {
        const auto files = QDir(dir).entryList({prefix + u"*.qm"}, QDir::Files);
        for (const QString &file : files) {
            const QString code = QFileInfo(file).completeBaseName().mid(prefix.size());
            if (!languages.contains(code))
                languages << code;
        }
    }
    languages.sort();
    return languages;
}

QLocale chosen(const QString &override)
{
    return override.isEmpty() ? QLocale::system() : QLocale(override);
}

QString install(QCoreApplication &app, const QString &override)
{
    const auto old = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : old) {
        if (t->property(ownedMarker).toBool()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    const QLocale locale = chosen(override);
    // The pseudo-locale (en_XA, stretched strings) is a QLocale QLocale does not know.
    const QString exact = override.isEmpty() ? QString() : override;
    auto *own = new QTranslator(&app);
    own->setProperty(ownedMarker, true);
    bool loaded = false;
    for (const QString &dir : searchPath()) {
        loaded = (!exact.isEmpty() && own->load(prefix + exact, dir))
            || own->load(locale, QStringLiteral("outpost"), QStringLiteral("_"), dir);
        if (loaded)
            break;
    }
    // No translation for this language: English, with its plural forms ("1 message").
    for (const QString &dir : searchPath()) {
        if (loaded)
            break;
        loaded = own->load(prefix + u"en", dir);
    }
    if (!loaded) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, context menus) in the same language.
    auto *qt = new QTranslator(&app);
    qt->setProperty(ownedMarker, true);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language();
}

QString installFromSettings(QCoreApplication &app, const Settings &settings)
{
    return install(app, settings.uiLanguage());
}

} // namespace Outpost::UiLanguage
