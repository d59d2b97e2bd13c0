// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ComposeSpelling.h"

#include "models/ComposeController.h"
#include "models/SpellChecker.h"
#include "ui/BodyEditor.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>

namespace Outpost {

using namespace Qt::StringLiterals;

ComposeSpelling::ComposeSpelling(ComposeController *controller, BodyEditor *body, QMenu *languages,
    QAction *checkSpelling, std::function<QString()> currentFrom, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_body(body)
    , m_menu(languages)
    , m_check(checkSpelling)
    , m_currentFrom(std::move(currentFrom))
    , m_languages(new QActionGroup(this))
{
    m_languages->setExclusive(true);
    m_menu->setEnabled(false); // the languages are listed once the dictionary is loaded
    m_check->setChecked(true);
    connect(m_check, &QAction::toggled, this, [this](bool on) {
        if (m_spell)
            m_body->setSpellChecker(on && m_spell->isReady() ? m_spell : nullptr);
    });
}

void ComposeSpelling::start()
{
    if (m_spell)
        return;
    m_spell = new SpellChecker(
        SpellChecker::systemDictionaryDirs(), SpellChecker::defaultPersonalWordsPath(), this);
    const QStringList languages = m_spell->availableLanguages();
    for (const QString &code : languages) {
        const QLocale locale(code);
        const QString name = locale.language() == QLocale::C
            ? code
            : tr("%1 (%2)").arg(QLocale::languageToString(locale.language()),
                QLocale::territoryToString(locale.territory()));
        QAction *a = m_menu->addAction(name);
        a->setObjectName(u"spelling_"_s + code);
        a->setData(code);
        a->setCheckable(true);
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { choose(code, true); });
    }
    m_menu->setEnabled(!languages.isEmpty());
    if (languages.isEmpty()) {
        m_check->setEnabled(false);
        m_check->setToolTip(tr("No Hunspell dictionary is installed."));
        return;
    }
    QString language = m_controller->spellingLanguage(m_currentFrom());
    for (const QString &candidate : {language, QLocale().name(), u"en_US"_s, languages.first()}) {
        if (languages.contains(candidate)) {
            language = candidate;
            break;
        }
    }
    choose(language, false);
    if (m_check->isChecked() && m_spell->isReady())
        m_body->setSpellChecker(m_spell);
    Q_EMIT ready();
}

void ComposeSpelling::followMailbox(const QString &from)
{
    if (!m_spell || !m_spell->isReady())
        return;
    const QString language = m_controller->spellingLanguage(from);
    if (!language.isEmpty() && language != m_spell->language())
        choose(language, false);
}

void ComposeSpelling::choose(const QString &language, bool remember)
{
    if (!m_spell || !m_spell->setLanguage(language))
        return;
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
    if (remember) // the default for this mailbox from now on
        m_controller->setSpellingLanguage(m_currentFrom(), language);
}

} // namespace Outpost
