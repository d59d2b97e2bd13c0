// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Outpost {

class Outbox;

// "Drafts · Outbox (2) · Sent" in a compose window's status bar: the way to those windows,
// and how much mail is still on its way.
class MailStatusLinks : public QLabel
{
    Q_OBJECT
public:
    explicit MailStatusLinks(Outbox *outbox, QWidget *parent = nullptr);

Q_SIGNALS:
    void draftsRequested();
    void outboxRequested();
    void sentRequested();

private:
    void update(int queued);
};

} // namespace Outpost
