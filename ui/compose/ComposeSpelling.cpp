// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/ComposeSpelling.h"

#include "compose/ComposeController.h"
#include "compose/SpellChecker.h"
#include "ui/compose/BodyEditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QTimer>

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
        connect(a, &QAction::triggered, this, [this, code] {
            m_loadAsked = true;
            stopWatching();
            choose(code, true);
        });
    }
    m_menu->setEnabled(!languages.isEmpty());
    if (languages.isEmpty()) {
        m_check->setEnabled(false);
        m_check->setToolTip(tr("No Hunspell dictionary is installed."));
        return;
    }
    connect(m_spell, &SpellChecker::languageChanged, this, [this] {
        if (m_ready)
            return; // the body's highlighter follows the checker's language itself
        m_ready = true;
        if (m_check->isChecked())
            m_body->setSpellChecker(m_spell);
        Q_EMIT ready();
    });
    // The menu shows the language that will be used before it is loaded.
    const QString language = languageFor(m_currentFrom());
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
    if (m_checkAtStart) {
        load();
        return;
    }
    m_watching = true;
    qApp->installEventFilter(this);
}

QString ComposeSpelling::languageFor(const QString &from) const
{
    const QStringList languages = m_spell->availableLanguages();
    const QString remembered = m_controller->spellingLanguage(from);
    for (const QString &candidate : {remembered, QLocale().name(), u"en_US"_s}) {
        if (languages.contains(candidate))
            return candidate;
    }
    return languages.value(0);
}

void ComposeSpelling::load()
{
    if (!m_spell || m_loadAsked)
        return;
    m_loadAsked = true;
    stopWatching();
    choose(languageFor(m_currentFrom()), false);
}

void ComposeSpelling::checkAtStart()
{
    m_checkAtStart = true;
    if (m_spell)
        load();
}

bool ComposeSpelling::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the application passes here until the first need: the user writing in
    // this window stops the watch. A key, or text from an input method; text dropped or pasted
    // with the middle button into the message. The keyboard merely being in the message (a
    // reply, a link with a subject) is not writing yet.
    const QEvent::Type type = event->type();
    bool writing = type == QEvent::KeyPress || type == QEvent::InputMethod;
    if (!writing && watched == m_body->viewport()) {
        writing = type == QEvent::Drop
            || (type == QEvent::MouseButtonRelease
                && static_cast<QMouseEvent *>(event)->button() == Qt::MiddleButton);
    }
    if (writing) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == m_body->window())
            QTimer::singleShot(0, this, &ComposeSpelling::load);
    }
    return false;
}

void ComposeSpelling::stopWatching()
{
    if (m_watching) {
        qApp->removeEventFilter(this);
        m_watching = false;
    }
}

void ComposeSpelling::followMailbox(const QString &from)
{
    if (!m_spell || !m_loadAsked)
        return;
    const QString language = m_controller->spellingLanguage(from);
    if (!language.isEmpty() && language != m_spell->language())
        choose(language, false);
}

void ComposeSpelling::choose(const QString &language, bool remember)
{
    if (!m_spell || !m_spell->loadLanguageInBackground(language))
        return;
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
    if (remember) // the default for this mailbox from now on
        m_controller->setSpellingLanguage(m_currentFrom(), language);
}

} // namespace Outpost
