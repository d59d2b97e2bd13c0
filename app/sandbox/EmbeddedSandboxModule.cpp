// SPDX-License-Identifier: GPL-3.0-or-later
// The outpost_sandboxmodule plugin: the sandbox behind EmbeddedSandbox, for the executable.
#include "sandbox/EmbeddedSandbox.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/oauth/OAuthServers.h"

namespace Outpost::Sandbox {
namespace {

class ServerInModule final : public EmbeddedSandbox
{
public:
    explicit ServerInModule(const SandboxOptions &options) : m_server(options) { }
    bool start(QString *error) override { return m_server.start(error); }
    QUrl url() const override { return m_server.url(); }
    QString dataDir() const override { return m_server.dataDir(); }
    QString demoToken() const override { return m_server.demoToken(); }
    QString demoProviderToken(Provider provider) const override
    {
        return m_server.demoProviderToken(provider);
    }
    QUrl gmailBaseUrl() const override { return m_server.gmailBaseUrl(); }
    QUrl graphBaseUrl() const override { return m_server.graphBaseUrl(); }
    QList<QPair<QByteArray, QString>> oauthEnvironment() const override
    {
        return OAuthServers::environment(m_server.url());
    }

private:
    SandboxServer m_server;
};

} // namespace
} // namespace Outpost::Sandbox

extern "C" __attribute__((visibility("default"))) Outpost::Sandbox::EmbeddedSandbox *
outpostCreateSandbox1(const Outpost::Sandbox::SandboxOptions &options)
{
    return new Outpost::Sandbox::ServerInModule(options);
}
