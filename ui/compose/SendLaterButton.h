// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QToolButton>

namespace Outpost {

// "Send later": a few likely times, or a date and time of one's choice.
class SendLaterButton : public QToolButton
{
    Q_OBJECT
public:
    struct Preset
    {
        QString label;
        QDateTime when; // local time
    };

    explicit SendLaterButton(QWidget *parent = nullptr);

    // The menu's choices as of `now` (local time): in an hour, tomorrow morning, Monday morning.
    static QList<Preset> presets(const QDateTime &now);

Q_SIGNALS:
    void chosen(const QDateTime &when); // UTC

private:
    void rebuildMenu();
    void pickDateAndTime();
};

} // namespace Outpost
