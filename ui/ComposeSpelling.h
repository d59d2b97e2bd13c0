// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QActionGroup;
class QMenu;

namespace Outpost {

class BodyEditor;
class ComposeController;
class SpellChecker;

// Spelling in the compose window: the Hunspell dictionary loads once the window is on screen
// (the first paint never waits for it), Tools ▸ Spelling lists the installed languages, the
// language follows the sending mailbox, and a language chosen by hand becomes that mailbox's.
class ComposeSpelling : public QObject
{
    Q_OBJECT
public:
    ComposeSpelling(ComposeController *controller, BodyEditor *body, QMenu *languages,
        QAction *checkSpelling, std::function<QString()> currentFrom, QObject *parent);

    // Loads the dictionary and fills the menu; once.
    void start();
    // The sending mailbox changed: take its language, if it has one.
    void followMailbox(const QString &from);
    SpellChecker *checker() const { return m_spell; }

Q_SIGNALS:
    // The dictionary is loaded and the body checked.
    void ready();

private:
    void choose(const QString &language, bool remember);

    ComposeController *m_controller;
    BodyEditor *m_body;
    QMenu *m_menu;
    QAction *m_check;
    std::function<QString()> m_currentFrom;
    SpellChecker *m_spell = nullptr;
    QActionGroup *m_languages;
};

} // namespace Outpost
