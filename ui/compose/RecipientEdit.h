// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/AddressList.h"

#include <QFrame>

class QAbstractItemView;
class QCompleter;
class QKeyEvent;
class QLineEdit;

namespace Outpost {

class FlowLayout;
class RecipientChip;
class RecipientCompleter;

// A recipient field: addresses become chips as they are typed (after , ; or Enter) or pasted
// (a whole list, split by GMime); an entry that is not an address stays as a red chip with
// the reason in its tooltip; Backspace in the empty entry takes the last chip back for editing.
// By keyboard: Left at the start of the entry focuses the last chip; Left/Right/Home/End move
// between chips, Delete or Backspace removes the focused one, F2 or Enter edits it.
class RecipientEdit : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed USER true)
public:
    explicit RecipientEdit(QWidget *parent = nullptr);
    ~RecipientEdit() override;

    // Every chip and what is still being typed, as one address list.
    QString text() const;
    void setText(const QString &text);
    QList<MailAddress> addresses() const;
    QList<AddressProblem> problems() const;
    int chipCount() const;
    QLineEdit *lineEdit() const { return m_entry; }
    void setPlaceholderText(const QString &text);
    // Suggests addresses while typing (a popup chosen with the arrows and Enter).
    void setCompleter(RecipientCompleter *suggestions);
    RecipientCompleter *suggestions() const { return m_suggestions; }
    QAbstractItemView *completionPopup() const;
    // The chips whose entry is not an address (their tooltip says why).
    int invalidChipCount() const;

    // Turns what is being typed into chips.
    void commitPending();
    void clear();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addEntries(const QString &text);
    void addChip(const QString &entry, const MailAddress &address, const QString &problem);
    void removeChip(RecipientChip *chip, bool editIt);
    bool chipKey(RecipientChip *chip, QKeyEvent *key);
    void updateAccessibleDetail();
    QList<RecipientChip *> chips() const;
    void updatePlaceholder();
    bool completionOpen() const;
    void showSuggestions(const QString &text);
    void closeSuggestionsForTab();

    FlowLayout *m_layout;
    QLineEdit *m_entry;
    QString m_placeholder;
    RecipientCompleter *m_suggestions = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace Outpost
