// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The compose window's fields as a test types into them (recipient chips, the rich body).

#include "ui/compose/BodyEditor.h"
#include "ui/compose/RecipientEdit.h"

#include <QLineEdit>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QWidget>

namespace Outpost::Testing::ComposeForm {

inline RecipientEdit *recipients(const QWidget *window, const char *name = "toEdit")
{
    auto *edit = window->findChild<RecipientEdit *>(QLatin1String(name));
    Q_ASSERT(edit);
    return edit;
}

// Where a recipient field takes keystrokes (its chips are made from what is typed there).
inline QLineEdit *recipientEntry(const QWidget *window, const char *name = "toEdit")
{
    return recipients(window, name)->lineEdit();
}

// Types `text` into the field and ends it (Tab would move on): it becomes chips.
inline void typeRecipients(const QWidget *window, const QString &text, const char *name = "toEdit")
{
    RecipientEdit *edit = recipients(window, name);
    QTest::keyClicks(edit->lineEdit(), text);
    edit->commitPending();
}

inline BodyEditor *body(const QWidget *window)
{
    auto *editor = window->findChild<BodyEditor *>(QStringLiteral("bodyEdit"));
    Q_ASSERT(editor);
    return editor;
}

// The words of the message's first paragraph marked as misspelled (the red wavy underline).
inline QStringList misspelled(const QWidget *window)
{
    QStringList words;
    const QTextBlock block = body(window)->document()->firstBlock();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            words += block.text().mid(r.start, r.length);
    }
    return words;
}

} // namespace Outpost::Testing::ComposeForm
