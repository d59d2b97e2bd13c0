// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/AccountApis.h"
#include "sandbox/ProviderControl.h"
#include "sandbox/gmail/GmailApi.h"
#include "sandbox/gmail/GmailUpload.h"
#include "sandbox/graph/GraphApi.h"
#include "sandbox/graph/GraphUpload.h"

namespace Outpost::Sandbox {

// Direct mode in the sandbox: the Gmail API under /gmail-api, Microsoft Graph under /graph
// (upload sessions under /outlook-upload), their demo data and their /_sandbox/ controls.
class ProviderApis
{
public:
    explicit ProviderApis(SandboxContext &context);
    void addRoutes(SandboxRouter &router);
    void addControlRoutes(SandboxRouter &controls);
    // Once the store is open: provider tables and demo data (also for older sandbox files).
    bool prepare(QString *error);
    QString demoToken(Provider provider) const;

private:
    SandboxContext &m_context;
    GmailApi m_gmail;
    GmailUpload m_gmailUpload;
    GraphApi m_graph;
    GraphUpload m_graphUpload;
    ProviderControl m_control;
    AccountApis m_accounts;
};

} // namespace Outpost::Sandbox
