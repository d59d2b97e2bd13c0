// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

namespace Outpost {

// The line under a field that says what is wrong with it; invisible while nothing is. Screen
// readers get the problem as the field's description (read when the field takes the focus,
// announced when it already has it); the line itself is named by its text.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    void showProblem(const QString &text);
    void clearProblem();
    bool hasProblem() const { return !text().isEmpty(); }
    // The widget that takes the focus for the field this line speaks of (a recipient field's
    // entry, the subject, the body…): its accessible description carries the problem.
    void setField(QWidget *field);
    QWidget *field() const { return m_field; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    bool m_applying = false;
    QPointer<QWidget> m_field;
};

} // namespace Outpost
