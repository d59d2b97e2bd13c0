// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationView.h"

#include "ui/conversation/ConversationViewGuard.h"
#include "ui/conversation/ConversationViewPage.h"
#include "ui/conversation/ConversationViewScheme.h"

#include <QTimer>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include <utility>

namespace Outpost {

namespace {
// The length of the data: URL that QWebEnginePage::setContent() makes of `bytes`: its
// percent-encoding (QByteArray::toPercentEncoding keeps only A-Z a-z 0-9 - . _ ~), after the
// "data:text/html;charset=utf-8," prefix.
qsizetype dataUrlSize(const QByteArray &bytes)
{
    qsizetype size = 32;
    for (const char c : bytes) {
        const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~';
        size += kept ? 1 : 3;
    }
    return size;
}

// A JavaScript string literal of `text` (an element id we made).
QString jsString(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out + u'\'';
}
} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QWebEngineView(parent)
    , m_profile(new QWebEngineProfile(this)) // off the record: nothing on disk
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_guard = new ConversationViewGuard(
        QString::fromLatin1(ConversationViewScheme::scheme.toByteArray()), m_profile);
    m_profile->setUrlRequestInterceptor(m_guard);
    if (ConversationViewScheme::isRegistered()) {
        m_scheme = new ConversationViewScheme(m_profile);
        m_profile->installUrlSchemeHandler(ConversationViewScheme::scheme.toByteArray(), m_scheme);
    }
    m_page = new ConversationViewPage(m_profile, this);
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::Accelerated2dCanvasEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    QWebEngineView::setPage(m_page);
    // Only what reads or copies the page: no Back, Reload, View source or "open in window".
    for (QWebEnginePage::WebAction a : {QWebEnginePage::Back, QWebEnginePage::Forward,
             QWebEnginePage::Reload, QWebEnginePage::ReloadAndBypassCache, QWebEnginePage::Stop,
             QWebEnginePage::OpenLinkInThisWindow, QWebEnginePage::OpenLinkInNewWindow,
             QWebEnginePage::OpenLinkInNewTab, QWebEnginePage::OpenLinkInNewBackgroundTab,
             QWebEnginePage::DownloadLinkToDisk, QWebEnginePage::DownloadImageToDisk,
             QWebEnginePage::DownloadMediaToDisk, QWebEnginePage::ViewSource,
             QWebEnginePage::SavePage, QWebEnginePage::InspectElement,
             QWebEnginePage::CopyImageUrlToClipboard, QWebEnginePage::CopyImageToClipboard})
        m_page->action(a)->setVisible(false);
    setAcceptDrops(false);
    // A warm-up that never says it ended (its renderer hung) does not hold a page back for long.
    m_warmUpDeadline.setSingleShot(true);
    m_warmUpDeadline.setInterval(warmUpDeadlineMs);
    connect(&m_warmUpDeadline, &QTimer::timeout, this, [this] { warmUpEnded(); });
    connect(
        m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
            const QUrl loaded = info.url().adjusted(QUrl::RemoveFragment);
            if (m_warmUpLoading) {
                // Nothing but the warm-up's page loads until it ends (setPage waits for it).
                if (info.status() != QWebEngineLoadingInfo::LoadStartedStatus)
                    warmUpEnded();
                return;
            }
            if (loaded == m_warmUp)
                return;
            if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus
                || (loaded != m_current && loaded != m_page->acceptedUrl()))
                return;
            if (info.status() == QWebEngineLoadingInfo::LoadStoppedStatus && !m_inlined.isEmpty()
                && m_restarts < 2) {
                // Cut short (ERR_ABORTED): a link the page refused (Show images, Reply…) is
                // cancelled after its action has put the new page in, and can take that page
                // down with it, leaving the old one up. The new page goes in again.
                ++m_restarts;
                m_page->setContent(m_inlined, QStringLiteral("text/html;charset=utf-8"), m_current);
                return;
            }
            const bool ok = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus;
            if (ok && !m_anchor.isEmpty()) {
                // Our own script, in the application's world: the page's scripting stays off.
                m_page->runJavaScript(
                    QStringLiteral("(function(){const e=document.getElementById(%1);"
                                   "if(e)e.scrollIntoView();})()")
                        .arg(jsString(m_anchor)),
                    QWebEngineScript::ApplicationWorld);
            }
            if (m_onLoad)
                m_onLoad(ok);
        });
    // A renderer that dies (crashed, killed, out of memory) takes the page with it: the window
    // is told, as of a page that failed to load.
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
        [this](QWebEnginePage::RenderProcessTerminationStatus status) {
            if (m_warmUpLoading) {
                warmUpEnded(); // the page set meanwhile goes to a new renderer
                return;
            }
            if (status == QWebEnginePage::NormalTerminationStatus || m_current == m_warmUp)
                return;
            m_inlined.clear(); // not to be set again by a late "stopped"
            if (m_onLoad)
                m_onLoad(false);
        });
}

ConversationView::~ConversationView()
{
    // The page goes before the profile it was made with.
    delete m_page;
}

void ConversationView::setPage(
    const QString &html, const QList<QUrl> &allowedRemote, const QString &anchor)
{
    if (m_warmUpLoading) {
        // Put in once the warm-up's empty page has loaded. Set while that page was about to
        // commit, it could be lost without a word: Qt 6.4 reported the empty page's load and
        // never one of this page (seen under load in tst_conversationview), and the window
        // waited for good.
        m_waiting = Waiting {html, allowedRemote, anchor};
        if (!m_warmUpDeadline.isActive())
            m_warmUpDeadline.start();
        return;
    }
    m_guard->setAllowed(allowedRemote);
    m_page->setBackgroundColor(palette().color(QPalette::Window));
    m_anchor = anchor;
    const QByteArray bytes = html.toUtf8();
    // The page's own origin (its scheme is registered, not local: no file is reachable).
    m_current = QUrl(QStringLiteral("%1:page/%2")
                         .arg(QString::fromLatin1(ConversationViewScheme::scheme.toByteArray()))
                         .arg(++m_generation));
    // setContent() percent-encodes the page into a data: URL, which Chromium refuses beyond
    // 2 MB (content::kMaxURLChars) without a word: what counts is the encoded size (a Chinese
    // character, three bytes, takes nine), not the page's. Larger pages come from the scheme.
    const bool fitsInline = dataUrlSize(bytes) < maxDataUrlChars;
    if (!fitsInline && !m_scheme) {
        // Nowhere to serve it from: said at once, never an endless wait.
        m_inlined.clear();
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation && m_onLoad)
                m_onLoad(false);
        });
        return;
    }
    const bool inlined = fitsInline;
    m_page->expect(m_current, inlined);
    m_inlined = inlined ? bytes : QByteArray();
    m_restarts = 0;
    if (inlined) {
        // The fast way in (a data: URL underneath, limited to 2 MB).
        m_page->setContent(bytes, QStringLiteral("text/html;charset=utf-8"), m_current);
    } else {
        m_scheme->setPage(m_current, bytes);
        m_page->load(m_current);
    }
}

void ConversationView::warmUp()
{
    setPage(QStringLiteral("<!DOCTYPE html><html><body></body></html>"), {}, {});
    m_warmUp = m_current;
    m_warmUpLoading = true;
}

void ConversationView::warmUpEnded()
{
    m_warmUpLoading = false;
    m_warmUpDeadline.stop();
    if (const std::optional<Waiting> waiting = std::exchange(m_waiting, std::nullopt))
        setPage(waiting->html, waiting->allowedRemote, waiting->anchor);
}

void ConversationView::setActionHandler(std::function<void(const QUrl &)> handler)
{
    m_page->setActionHandler(std::move(handler));
}

void ConversationView::setLoadHandler(std::function<void(bool ok)> handler)
{
    m_onLoad = std::move(handler);
}

} // namespace Outpost
