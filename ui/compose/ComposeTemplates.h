// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/MailTemplate.h"
#include "mail/MergeFields.h"

#include <QHash>
#include <QObject>
#include <QAction>
#include <QPointer>

#include <functional>

class QCompleter;
class QLineEdit;
class QMenu;
class QStringListModel;
class QToolButton;

namespace Outpost {

class BodyEditor;
class ComposeController;
class FieldMessage;
class TemplateLibrary;

// Templates in one compose window (issue 17, item 2): the Templates button beside Send (a menu
// of the user's own and the instance's, and Manage Templates…), the quick insert (`;;` then
// letters of a name at the start of a word: a completer; Enter inserts), the fields filled for
// the first To recipient, and the placeholders that could not be filled highlighted in the body.
// Why `;;`: two semicolons almost never begin a word in prose or in a pasted path or URL (`/`
// does: "and/or", "/home"), every keyboard types them without a dead key, and typing ahead by
// name is how TextExpander-style snippets and Outlook's Quick Parts (name, then F3) work; Gmail
// has no trigger at all. The send rule itself (SendRules) blocks a placeholder left; this only
// adds why each could not be filled to what the body's message says.
class ComposeTemplates : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        ComposeController *controller = nullptr;
        BodyEditor *body = nullptr;
        QLineEdit *subject = nullptr;
        FieldMessage *bodyMessage = nullptr;
        std::function<QString()> from; // the sending mailbox's address
        std::function<QString()> firstRecipient; // the first To address (empty: none)
    };
    ComposeTemplates(TemplateLibrary *library, Parts parts, QWidget *window);

    QToolButton *button() const { return m_button; }
    // Manage Templates… in the button's menu.
    void setManageAction(QAction *manage);
    // Puts the template in at the caret (its fields filled first), its subject into an empty
    // Subject. The fields that stay are highlighted and said under the body.
    void insert(const MailTemplate &t);
    // A problem of the send rules, with the reason of each placeholder this window filled in.
    QString explain(const DraftProblem &problem) const;

Q_SIGNALS:
    // A template went in (its fields filled as far as they could be).
    void inserted(const QString &name, const QList<Outpost::UnfilledField> &unfilled);

private:
    void rebuildMenu();
    void onBodyChanged();
    void highlight();
    void complete(const QString &name);

    TemplateLibrary *m_library;
    Parts m_parts;
    QToolButton *m_button;
    QMenu *m_menu;
    QPointer<QAction> m_manage;
    QCompleter *m_completer;
    QStringListModel *m_names;
    QHash<QString, QString> m_reasons; // placeholder name → why it could not be filled
};

} // namespace Outpost
