// SPDX-License-Identifier: GPL-3.0-or-later
// MailWindows' templates (issue 17, item 2): the one TemplateLibrary every compose window's
// Templates button reads, and the Templates window (View ▸ Templates, Ctrl+Shift+T).
#include "ui/MailWindows.h"

#include "accounts/InstanceSession.h"
#include "accounts/SessionRegistry.h"
#include "compose/TemplateLibrary.h"
#include "submit/Outbox.h"
#include "ui/compose/TemplatesWindow.h"

#include <QAction>
#include <QIcon>

namespace Outpost {

TemplateLibrary *MailWindows::templates()
{
    if (!m_templates) {
        m_templates = new TemplateLibrary(m_store, this);
        m_manageTemplates = new QAction(tr("Manage Templates…"), this);
        m_manageTemplates->setObjectName(QStringLiteral("actionManageTemplates"));
        connect(m_manageTemplates, &QAction::triggered, this, [this] { showTemplates(); });
        if (PlatformClient *client = templatesClient())
            m_templates->setClient(client);
        else
            m_templates->refresh();
    }
    return m_templates;
}

PlatformClient *MailWindows::templatesClient() const
{
    if (m_client)
        return m_client;
    return m_sessions ? m_sessions->firstClient() : nullptr;
}

void MailWindows::setSessions(SessionRegistry *sessions)
{
    m_sessions = sessions;
    const auto follow = [this] {
        PlatformClient *client = templatesClient();
        if (m_templates && client && m_templates->client() != client)
            m_templates->setClient(client);
    };
    connect(sessions, &SessionRegistry::sessionsChanged, this, follow);
    follow();
}

TemplatesWindow *MailWindows::showTemplates()
{
    if (!m_templatesWindow) {
        m_templatesWindow = new TemplatesWindow(templates());
        m_templatesWindow->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
        m_templatesWindow->addAction(quitAction());
        m_templatesWindow->addActions(windowActions());
    }
    m_templatesWindow->show();
    m_templatesWindow->raise();
    m_templatesWindow->activateWindow();
    return m_templatesWindow;
}

} // namespace Outpost
