// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

#include <functional>

namespace Outpost {

// The conversation view's page never navigates away from its own content: `outpost-action:`
// links and the page's buttons (forms posted there) go to the view's handler, http(s) and mailto
// links to the system browser, anything else nowhere. No window opens from it.
class ConversationViewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    ConversationViewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setActionHandler(std::function<void(const QUrl &)> handler)
    {
        m_onAction = std::move(handler);
    }
    // The next main-frame load of `url` is the page's own content; `inlined`: it comes as the
    // data: URL of setContent() (then acceptedUrl() is that URL).
    void expect(const QUrl &url, bool inlined)
    {
        m_expected = url;
        m_inlined = inlined;
    }
    QUrl acceptedUrl() const { return m_accepted; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void act(const QUrl &url);

    std::function<void(const QUrl &)> m_onAction;
    QUrl m_expected;
    QUrl m_accepted;
    bool m_inlined = false;
};

} // namespace Outpost
