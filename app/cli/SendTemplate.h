// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"
#include "mail/SendRules.h"

#include <QObject>

#include <functional>

namespace Outpost {

class PlatformClient;

// `outpost send --template NAME`: the template (the user's own, in Outpost's store, else the
// instance's) filled for the first To recipient's platform contact, the --from mailbox and the
// signed-in user; --subject, when given, wins over the template's. `done` gets the input to
// send, or the sentences that stop it (exit 65): the template is unknown, or a field could not be
// filled (each named with its reason). A template's placeholder never reaches a recipient.
void applySendTemplate(PlatformClient *client, const QString &name, const QList<Mailbox> &mailboxes,
    ComposeInput input, bool subjectGiven, QObject *context,
    std::function<void(const ComposeInput &input, const QStringList &problems)> done);

} // namespace Outpost
