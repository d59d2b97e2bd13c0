// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConversationViewPage.h"

#include <QDesktopServices>
#include <QTimer>

namespace Outpost {

ConversationViewPage::ConversationViewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool ConversationViewPage::acceptNavigationRequest(
    const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false; // no frame of a message loads anything
    if (type != NavigationTypeLinkClicked) {
        // Only the content the view itself put there (not a redirect, a form, a refresh).
        const bool ours = m_inlined ? type == NavigationTypeTyped && url.scheme() == u"data"
                                    : (type == NavigationTypeTyped || type == NavigationTypeOther)
                && url.adjusted(QUrl::RemoveFragment) == m_expected.adjusted(QUrl::RemoveFragment);
        if (ours && !m_expected.isEmpty())
            m_accepted = url;
        return ours && !m_expected.isEmpty();
    }
    const QString scheme = url.scheme();
    if (scheme == u"outpost-action") {
        // Handled after the page has finished dispatching the click.
        if (m_onAction)
            QTimer::singleShot(0, this, [this, url] { m_onAction(url); });
    } else if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        QDesktopServices::openUrl(url);
    }
    return false;
}

QWebEnginePage *ConversationViewPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace Outpost
