// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationViewPage.h"

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
    const QString scheme = url.scheme();
    // The page's buttons are forms posted to `outpost-action:` (the page's CSP lets forms go
    // nowhere else, and a message's body keeps no form, input nor button).
    if (type == NavigationTypeFormSubmitted) {
        if (scheme == u"outpost-action")
            act(url);
        return false;
    }
    if (type != NavigationTypeLinkClicked) {
        // Only the content the view itself put there (not a redirect, a form, a refresh).
        const bool ours = m_inlined ? type == NavigationTypeTyped && url.scheme() == u"data"
                                    : (type == NavigationTypeTyped || type == NavigationTypeOther)
                && url.adjusted(QUrl::RemoveFragment) == m_expected.adjusted(QUrl::RemoveFragment);
        if (ours && !m_expected.isEmpty())
            m_accepted = url;
        return ours && !m_expected.isEmpty();
    }
    if (scheme == u"outpost-action") {
        act(url);
    } else if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        QDesktopServices::openUrl(url);
    }
    return false;
}

void ConversationViewPage::act(const QUrl &url)
{
    // Handled after the page has finished dispatching the click.
    if (m_onAction)
        QTimer::singleShot(0, this, [this, url] { m_onAction(url); });
}

QWebEnginePage *ConversationViewPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace Outpost
