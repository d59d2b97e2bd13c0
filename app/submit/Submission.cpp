// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/Submission.h"

#include <QPointer>
#include <QTimer>

namespace Outpost {

Submission::~Submission() = default;

void Submission::findSent(const Draft &, const QString &, const Route &, const QDateTime &,
    const QStringList &, QObject *context, std::function<void(const SentLookup &)> done)
{
    QTimer::singleShot(0, context, [done] { done({SentLookup::Outcome::Unsupported, {}, {}}); });
}

void Submission::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Outpost
