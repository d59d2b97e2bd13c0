// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailTemplate.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Outpost {

class FieldMessage;
class TemplateLibrary;

// The Templates window (issue 17, item 2; View ▸ Templates in every window): the user's own
// templates listed by name, each edited beside the list (name, optional subject, text with
// {{firstName}}-style fields), created, saved and deleted; "Share with the Team" sends a copy to
// the instance (POST /api/templates: its name and text, the instance's templates have no
// subject). The instance's templates are listed in the compose window's Templates menu, not
// here: the platform publishes no way to change or delete them. Keyboard only: Tab moves through
// list, fields and buttons (Tab leaves the text, it is not typed into it), Esc closes.
class TemplatesWindow : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesWindow(TemplateLibrary *library, QWidget *parent = nullptr);

    // Starts a new template (the list's selection cleared, the name focused).
    void startNew();

private:
    void reload();
    void showCurrent();
    void save();
    void removeCurrent();
    void say(const QString &text, QWidget *field = nullptr);
    void updateButtons();

    TemplateLibrary *m_library;
    QListWidget *m_list;
    QLabel *m_empty;
    QLineEdit *m_name;
    QLineEdit *m_subject;
    QPlainTextEdit *m_text;
    QCheckBox *m_share;
    QLabel *m_fields;
    QLabel *m_status; // what was done
    FieldMessage *m_problem; // what stopped it, under the field concerned
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QString m_editing; // the id of the template in the fields (empty: a new one)
    QString m_select; // the name to select once the list is read again
};

} // namespace Outpost
