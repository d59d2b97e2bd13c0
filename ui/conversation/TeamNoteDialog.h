// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/ContactNote.h"
#include "platform/UploadClient.h"

#include <QDialog>
#include <QPlainTextEdit>

class QCompleter;
class QLabel;
class QPushButton;

namespace Outpost {

class Settings;
class TeamNotes;

// The note's text: typing "@" and the start of a colleague's name offers the instance's users
// (a QCompleter over their full names); Up/Down choose, Enter or Tab writes "@Full Name ".
class MentionEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MentionEdit(QWidget *parent = nullptr);
    void setNames(const QStringList &names);
    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void offer();
    void insertName(const QString &name);
    qsizetype mentionStart() const; // the '@' before the cursor being completed, or -1

    QCompleter *m_completer;
};

// "Note for the Team": a note about a contact for colleagues (issue 17, item 3), with
// @mentions and one optional file. It is never part of an email: it goes to the instance's
// contact notes, the file uploaded first. Problems are said in the dialog, under the text.
class TeamNoteDialog : public QDialog
{
    Q_OBJECT
public:
    // About `who`; the contact is `contactId`, or, when that is empty, the contact `address` is.
    TeamNoteDialog(TeamNotes *notes, const QString &contactId, const QString &address,
        const QString &who, QWidget *parent = nullptr);

    // Where "Attach a File…" opens, and remembers the folder (Settings::attachFolder, shared
    // with the compose window's Attach); without one, the home folder.
    void setSettings(Settings *settings) { m_settings = settings; }

    MentionEdit *noteEdit() const { return m_edit; }
    QPushButton *addButton() const { return m_add; }
    QString problemText() const;

Q_SIGNALS:
    void noteAdded(const Outpost::ContactNote &note);

private:
    void chooseFile();
    void submit();
    void setProblem(const QString &text);
    void updateButtons();

    TeamNotes *m_notes;
    Settings *m_settings = nullptr;
    QString m_contactId;
    MentionEdit *m_edit;
    QPushButton *m_attach;
    QLabel *m_file;
    QLabel *m_problem;
    QPushButton *m_add;
    std::optional<UploadSource> m_upload;
    bool m_posting = false;
};

} // namespace Outpost
