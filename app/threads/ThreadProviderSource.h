// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/DirectMailbox.h"
#include "threads/ThreadSource.h"

#include <QPointer>

namespace Outpost {

class ProviderHttp;

// Direct mode's threads of one mailbox with the recipients, asked of the provider itself,
// each in its own way (ProviderInfo::listThreads, in the provider's folder).
class ThreadProviderSource : public ThreadSource
{
public:
    ThreadProviderSource(ProviderHttp *http, DirectMailbox mailbox, int maxThreads = 20);

    ThreadOrigin origin() const override { return ThreadOrigin::Provider; }
    void list(const QStringList &recipients, QObject *context, Done done) override;

private:
    QPointer<ProviderHttp> m_http;
    DirectMailbox m_mailbox;
    int m_max;
};

} // namespace Outpost
