// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/Submission.h"

namespace Outpost {

Submission::~Submission() = default;

void Submission::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Outpost
