// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Outpost {

// The line under a field that says what is wrong with it; invisible while nothing is.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    void showProblem(const QString &text);
    void clearProblem();
    bool hasProblem() const { return !text().isEmpty(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    bool m_applying = false;
};

} // namespace Outpost
