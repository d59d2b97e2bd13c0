// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/ProviderHttp.h"

#include "providers/AccessTokenSource.h"

namespace Outpost {

namespace {
// No bytes moving for this long: a message of tens of MB goes up on a slow line.
constexpr int transferTimeoutMs = 120'000;
} // namespace

ProviderHttp::ProviderHttp(
    QNetworkAccessManager *network, AccessTokenSource *tokens, ErrorMapper errors, QObject *parent)
    : HttpClient(network, tokens, std::move(errors), parent)
{
    setTimeout(transferTimeoutMs);
    // No API call is redirected; Gmail's 308 "resume incomplete" is an answer, not a redirect.
    setRedirects(Redirects::Answer);
}

} // namespace Outpost
