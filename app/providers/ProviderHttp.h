// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpClient.h"

namespace Outpost {

class AccessTokenSource;

// HTTP for a provider's REST API (Gmail, Graph): the HTTP core (net/HttpClient.h) with a bearer
// token from an AccessTokenSource (one new token and one retry after a 401), errors mapped by
// the provider's own rules, redirects never followed and a longer timeout for large mail.
class ProviderHttp : public HttpClient
{
    Q_OBJECT
public:
    ProviderHttp(QNetworkAccessManager *network, AccessTokenSource *tokens, ErrorMapper errors,
        QObject *parent = nullptr);
};

} // namespace Outpost
