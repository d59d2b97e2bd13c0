// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ThreadSource.h"
#include "providers/DirectMailbox.h"

#include <QPointer>

namespace Outpost {

class ProviderHttp;

// Direct mode's threads of one mailbox with the recipients, asked of the provider itself.
// Gmail: `threads.list` with `q=from:… OR to:… OR cc:…`, then `threads.get format=metadata`
// of each (Subject, Message-ID, References of the latest message). Graph: the messages with
// the address among their participants (`$search="participants:…"`; Graph refuses lambda
// filters on recipients), grouped by conversationId and sorted here (the latest message is
// the one createReply answers).
class ThreadProviderSource : public ThreadSource
{
public:
    ThreadProviderSource(ProviderHttp *http, DirectMailbox mailbox, int maxThreads = 20);

    ThreadOrigin origin() const override { return ThreadOrigin::Provider; }
    void list(const QStringList &recipients, QObject *context, Done done) override;

private:
    void listGmail(const QStringList &recipients, QObject *context, Done done);
    void listGraph(const QStringList &recipients, QObject *context, Done done);

    QPointer<ProviderHttp> m_http;
    DirectMailbox m_mailbox;
    int m_max;
};

} // namespace Outpost
