// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/AddressList.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Outpost {

// One recipient in a RecipientEdit: the name (or address), the full address or what is wrong
// in its tooltip, and a remove button.
class RecipientChip : public QFrame
{
    Q_OBJECT
public:
    RecipientChip(QString entry, MailAddress address, QString problem, QWidget *parent = nullptr);

    const QString &entry() const { return m_entry; }
    const MailAddress &address() const { return m_address; }
    const QString &problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }

Q_SIGNALS:
    void removeRequested();
    void editRequested();

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QString m_entry;
    MailAddress m_address;
    QString m_problem;
    QLabel *m_label;
    QToolButton *m_remove;
    bool m_styling = false;
};

} // namespace Outpost
