// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;

namespace Outpost {

class FieldMessage;

// Picks when a message goes out. A time that has passed is marked under the field and
// cannot be accepted.
class SendLaterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendLaterDialog(QWidget *parent = nullptr);

    QDateTime chosen() const; // UTC
    void setChosen(const QDateTime &when);

private:
    void validate();

    QDateTimeEdit *m_edit;
    FieldMessage *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Outpost
