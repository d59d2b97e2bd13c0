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

// Spelling in the compose window. Once the window is on screen, Tools ▸ Spelling lists the
// installed languages; the Hunspell dictionary (7.7 MB of heap for en_US, shared by every window
// of the process: SpellChecker) loads on a worker thread when it is first needed: the user's
// first writing in the window (a key, an input method, a drop), a language chosen, or a
// reopened draft whose message the user wrote. A window nobody writes in never pays for it, even
// with the keyboard in its message, and no keystroke waits for it (the first word is not over
// before the 50 ms load is). The language follows the sending mailbox, and a language chosen by
// hand becomes that mailbox's.
class ComposeSpelling : public QObject
{
    Q_OBJECT
public:
    ComposeSpelling(ComposeController *controller, BodyEditor *body, QMenu *languages,
        QAction *checkSpelling, std::function<QString()> currentFrom, QObject *parent);

    // Fills the menu and waits for the first need of the dictionary; once.
    void start();
    // Loads the dictionary now (in the background); once.
    void load();
    // Loads it as soon as the window is up: its message holds the user's own text.
    void checkAtStart();
    // The sending mailbox changed: take its language, if it has one.
    void followMailbox(const QString &from);
    SpellChecker *checker() const { return m_spell; }

Q_SIGNALS:
    // The dictionary is loaded and the body checked.
    void ready();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void stopWatching();
    QString languageFor(const QString &from) const;
    void choose(const QString &language, bool remember);

    ComposeController *m_controller;
    BodyEditor *m_body;
    QMenu *m_menu;
    QAction *m_check;
    std::function<QString()> m_currentFrom;
    SpellChecker *m_spell = nullptr;
    bool m_watching = false;
    bool m_loadAsked = false;
    bool m_checkAtStart = false;
    bool m_ready = false;
    QActionGroup *m_languages;
};

} // namespace Outpost
