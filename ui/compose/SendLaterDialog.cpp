// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/SendLaterDialog.h"

#include "display/TimeText.h"
#include "mail/Clock.h"
#include "ui/FieldMessage.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Outpost {

SendLaterDialog::SendLaterDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QDateTimeEdit(this))
    , m_problem(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sendLaterDialog"));
    setWindowTitle(tr("Send Later"));
    auto *intro = new QLabel(tr("The message waits in the Outbox and goes out at this time, "
                                "if Outpost is running. If it is not, Outpost asks when it "
                                "next starts."),
        this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Send at:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("sendAtEdit"));
    m_edit->setAccessibleName(tr("Send at"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(TimeText::minuteFormat());
    m_problem->setObjectName(QStringLiteral("sendAtError"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (!m_problem->hasProblem())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &SendLaterDialog::validate);
    const QDateTime inAnHour = systemNow().toLocalTime().addSecs(3600);
    setChosen(QDateTime(inAnHour.date(), QTime(inAnHour.time().hour(), 0)).addSecs(3600));
    // Wide enough for the text, tall enough for it wrapped.
    resize(420, std::max(sizeHint().height(), heightForWidth(420)));
}

QDateTime SendLaterDialog::chosen() const
{
    return m_edit->dateTime().toUTC();
}

void SendLaterDialog::setChosen(const QDateTime &when)
{
    m_edit->setDateTime(when.toLocalTime());
    validate();
}

void SendLaterDialog::validate()
{
    if (m_edit->dateTime() <= systemNow().toLocalTime())
        m_problem->showProblem(tr("That time has passed: choose a time from now on."));
    else
        m_problem->clearProblem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_problem->hasProblem());
}

} // namespace Outpost
