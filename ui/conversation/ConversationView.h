// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/conversation/ConversationViewInterface.h"

#include <QTimer>
#include <QWebEngineView>

#include <optional>

namespace Outpost {

class ConversationViewGuard;
class ConversationViewPage;
class ConversationViewScheme;

// The conversation view (in the outpost_conversationview plugin): a QWebEngineView on an
// off-the-record profile of its own, JavaScript off, no access to files, every remote request
// blocked but the allowed images, and a page that never navigates away.
class ConversationView : public QWebEngineView, public ConversationViewInterface
{
    Q_OBJECT
public:
    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    QWidget *widget() override { return this; }
    void setPage(
        const QString &html, const QList<QUrl> &allowedRemote, const QString &anchor) override;
    void setActionHandler(std::function<void(const QUrl &url)> handler) override;
    void setLoadHandler(std::function<void(bool ok)> handler) override;
    // Loads an empty page, so that QtWebEngine and a renderer process start; its load is never
    // reported to the load handler (the window that takes this view waits for its own page).
    void warmUp();

private:
    // A page set while the warm-up's page loads, put in when that load ends.
    struct Waiting
    {
        QString html;
        QList<QUrl> allowedRemote;
        QString anchor;
    };
    void warmUpEnded();
    QWebEngineProfile *m_profile;
    ConversationViewPage *m_page;
    ConversationViewGuard *m_guard;
    ConversationViewScheme *m_scheme = nullptr; // null: pages go through setHtml()
    std::function<void(bool)> m_onLoad;
    // Chromium's limit on a URL (content::kMaxURLChars, 2 MiB), with room to spare.
    static constexpr qsizetype maxDataUrlChars = 2 * 1024 * 1024 - 4096;
    QUrl m_current; // the page being shown
    QString m_anchor; // scrolled to once it is shown
    int m_generation = 0;
    QByteArray m_inlined; // the page's content while it loads as a data: URL
    int m_restarts = 0; // of this page, after its load was cut short
    QUrl m_warmUp; // the empty page of warmUp()
    bool m_warmUpLoading = false; // that page is loading: nothing else is set meanwhile
    std::optional<Waiting> m_waiting;
    static constexpr int warmUpDeadlineMs = 5000;
    QTimer m_warmUpDeadline; // from the first page that waits
};

} // namespace Outpost
