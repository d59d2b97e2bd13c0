// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationWindow.h"
#include "ui/conversation/ConversationPreview.h"
#include "ui/conversation/TeamNoteAction.h"

#include "conversation/ConversationLoader.h"
#include "conversation/ConversationRenderer.h"
#include "conversation/ConversationReply.h"
#include "display/PeopleText.h"
#include "mail/Clock.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "ui/conversation/ConversationViewLoader.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Outpost {

ConversationWindow::ConversationWindow(
    ConversationLoader *loader, QList<Mailbox> mailboxes, QWidget *parent)
    : QMainWindow(parent)
    , m_loader(loader)
    , m_mailboxes(std::move(mailboxes))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_preview(new ConversationPreview(this))
    , m_failure(new QWidget(this))
    , m_failureText(new QLabel(m_failure))
    , m_plainTextButton(new QPushButton(tr("Show as &Plain Text"), m_failure))
    , m_renderer(new ConversationRenderer(this))
{
    loader->setParent(this);
    setAttribute(Qt::WA_DeleteOnClose);
    ConversationViewLoader::windowOpened();
    resize(820, 760);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 4, 8, 4);
    m_status->setObjectName(QStringLiteral("conversationStatus"));
    m_status->setWordWrap(true);
    auto *refresh = new QToolButton(this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setText(tr("&Refresh"));
    refresh->setToolTip(tr("Read the conversation from the server again (F5)"));
    // The page shows the subject; the bar says what is happening.
    header->addWidget(m_status, 1);
    // A note about the contact for the team (ui/TeamNoteAction); the page shows it once added.
    auto *note = new QToolButton(this);
    note->setObjectName(QStringLiteral("teamNoteButton"));
    if (loader->isMirror()) {
        // In the conversation process: Outpost, which holds the client, opens the dialog.
        m_noteAction = TeamNoteAction::createBare(this);
        connect(m_noteAction, &QAction::triggered, this, &ConversationWindow::noteAsked);
    } else {
        m_noteAction = TeamNoteAction::create(this, loader->client(), [loader] {
            return TeamNoteAction::About {loader->contactId(), {},
                PeopleText::names(PeopleText::parse(loader->thread().participants))};
        });
    }
    note->setDefaultAction(m_noteAction);
    note->setToolButtonStyle(Qt::ToolButtonTextOnly);
    header->addWidget(note);
    header->addWidget(refresh);
    layout->addLayout(header);
    m_placeholder->setObjectName(QStringLiteral("conversationPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setText(tr("Loading the conversation…"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_preview);
    connect(
        m_preview, &ConversationPreview::answerRequested, this, &ConversationWindow::answerLatest);
    m_failure->setObjectName(QStringLiteral("conversationFailure"));
    m_failureText->setObjectName(QStringLiteral("conversationFailureText"));
    m_failureText->setAlignment(Qt::AlignCenter);
    m_failureText->setWordWrap(true);
    m_plainTextButton->setObjectName(QStringLiteral("plainTextButton"));
    auto *failureLayout = new QVBoxLayout(m_failure);
    failureLayout->setContentsMargins(24, 24, 24, 24);
    failureLayout->addStretch(1);
    failureLayout->addWidget(m_failureText);
    failureLayout->addWidget(m_plainTextButton, 0, Qt::AlignHCenter);
    failureLayout->addStretch(2);
    m_stack->addWidget(m_failure);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(refresh, &QToolButton::clicked, loader, &ConversationLoader::load);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, loader,
        &ConversationLoader::load);
    // Escape too, as it closes the Drafts, Outbox and Sent windows: read, then back to writing.
    for (const QKeySequence &keys :
        {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &QWidget::close);
    // The latest message's Reply, Reply All and Forward from anywhere in the window, with the
    // keys of Thunderbird (Outlook's Ctrl+F would take Find): no Tab through the page.
    const std::pair<QKeySequence, ReplyKind> answers[]
        = {{QKeySequence(Qt::CTRL | Qt::Key_R), ReplyKind::Reply},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), ReplyKind::ReplyAll},
            {QKeySequence(Qt::CTRL | Qt::Key_L), ReplyKind::Forward}};
    for (const auto &[keys, kind] : answers) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this,
            [this, kind = kind] { answerLatest(kind); });
    }
    connect(loader, &ConversationLoader::changed, this, [this] {
        updateHeader();
        updatePreview();
        render();
        if (m_answerWhenRead && m_loader->hasLoaded())
            answerLatest(*std::exchange(m_answerWhenRead, std::nullopt));
    });
    connect(loader, &ConversationLoader::failed, this, [this](const ServiceError &error) {
        m_answerWhenRead.reset(); // nothing read to answer; the window says why
        onFailed(error);
    });
    connect(m_renderer, &ConversationRenderer::ready, this, &ConversationWindow::showPage);
    connect(m_renderer, &ConversationRenderer::failed, this, &ConversationWindow::showFailure);
    connect(m_plainTextButton, &QPushButton::clicked, this, [this] {
        m_plainText = true;
        m_placeholder->setText(tr("Loading the conversation…"));
        m_stack->setCurrentWidget(m_placeholder);
        render();
    });
    connect(loader, &ConversationLoader::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_status->setStyleSheet({});
            m_status->setText(tr("Loading…"));
        } else if (m_status->text() == tr("Loading…")) {
            m_status->clear();
        }
    });
    updateHeader();
}

ConversationWindow::~ConversationWindow()
{
    // The view goes with the window (its renderer process ends); the last window takes the warm
    // view with it.
    ConversationViewLoader::windowClosed();
}

void ConversationWindow::setTrustStore(LocalStore *store)
{
    if (m_trustStore)
        disconnect(m_trustStore, nullptr, this, nullptr);
    m_trustStore = store;
    if (!store)
        return;
    // Removed in Settings, or trusted in another window: this page follows.
    connect(store, &LocalStore::trustedSendersChanged, this, &ConversationWindow::loadTrust);
    loadTrust();
}

void ConversationWindow::loadTrust()
{
    if (!m_trustStore)
        return;
    m_trustStore->loadTrustedSenders(
        m_loader->thread().mailbox, this, [this](const StoreResult<QList<TrustedSender>> &result) {
            if (!result.ok())
                return; // the page keeps what it had; the store said why elsewhere
            QSet<QString> senders;
            for (const TrustedSender &t : result.value)
                senders.insert(t.sender);
            setTrustedSenders(senders);
        });
}

void ConversationWindow::setTrustedSenders(const QSet<QString> &senders)
{
    if (senders == m_imagesFromSenders)
        return;
    m_imagesFromSenders = senders;
    render();
}

void ConversationWindow::setAllImages(bool all)
{
    if (m_allImages == all)
        return;
    m_allImages = all;
    render();
}

void ConversationWindow::setNoteOffer(bool offered, const QString &why)
{
    TeamNoteAction::offer(m_noteAction, offered, why);
}

void ConversationWindow::updateHeader()
{
    const ThreadSummary &t = m_loader->thread();
    setWindowTitle(tr("%1 — Conversation").arg(ConversationDocument::subjectOf(t)));
}

void ConversationWindow::updatePreview()
{
    // Only while nothing else is shown: not over a page, a failure or the plain-text version.
    const QList<ConversationMessage> &messages = m_loader->messages();
    if (!m_preview || messages.isEmpty() || m_plainText || m_viewMissing
        || (m_stack->currentWidget() != m_placeholder && m_stack->currentWidget() != m_preview))
        return;
    m_preview->showMessages(m_loader->thread(), messages, options().dark, firstPageLimit);
    if (m_stack->currentWidget() != m_preview) {
        m_stack->setCurrentWidget(m_preview);
        Q_EMIT previewShown();
    }
}

bool ConversationWindow::event(QEvent *event)
{
    if (event->type() == QEvent::WinIdChange && internalWinId()) {
        Q_EMIT nativeWindowChanged();
    }
    return QMainWindow::event(event);
}

void ConversationWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_viewRequested)
        return;
    m_viewRequested = true;
    if (!m_loader->hasLoaded() && !m_loader->isLoading())
        m_loader->load();
    // The latest message is read and painted first (the preview), then the view is made: cold,
    // QtWebEngine's start holds the GUI thread for 0.3 s or more, and warm, taking the view and
    // building the page still costs the first paint about 90 ms; the read would wait behind
    // either. A read that fails or takes long does not hold the view back further.
    connect(m_preview, &ConversationPreview::painted, this, &ConversationWindow::createViewSoon);
    connect(m_loader, &ConversationLoader::failed, this, &ConversationWindow::createViewSoon);
    QTimer::singleShot(viewWaitMs, this, &ConversationWindow::createViewSoon);
    updatePreview(); // messages the loader already holds (a send shown at once)
}

void ConversationWindow::createViewSoon()
{
    if (std::exchange(m_viewScheduled, true))
        return;
    QTimer::singleShot(0, this, &ConversationWindow::createView);
}

void ConversationWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    updatePreview(); // dark or light, as the page will be
    if (m_view)
        render();
}

void ConversationWindow::createView()
{
    QString error;
    ConversationViewFactory *factory = ConversationViewLoader::factory(&error);
    if (!factory) {
        m_placeholder->setText(
            tr("The conversation view is not installed, so messages cannot be shown here.\n%1")
                .arg(error));
        // Said instead of the latest message alone, which would look like the whole thread.
        m_viewMissing = true;
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_view = factory->create(m_stack);
    m_view->widget()->setObjectName(QStringLiteral("conversationView"));
    m_view->setActionHandler([this](const QUrl &url) { onAction(url); });
    m_view->setLoadHandler([this](bool ok) {
        if (m_pageTimer.isValid())
            m_lastPageMs = m_pageTimer.elapsed();
        if (ok) {
            // From now on only this page's links are honoured.
            m_shownKey = m_loadingKey;
            m_shownEarlierNotShown = m_loadingEarlierNotShown;
            const bool focusInPreview = m_preview && m_preview->isAncestorOf(focusWidget());
            m_stack->setCurrentWidget(m_view->widget());
            if (m_preview) {
                // The page has it all from now on.
                m_stack->removeWidget(m_preview);
                m_preview->deleteLater();
                m_preview = nullptr;
                if (focusInPreview)
                    m_view->widget()->setFocus();
            }
            if (m_shownEarlierNotShown > 0 && !m_wholePageAsked) {
                // The latest message is on screen: now the whole conversation.
                m_wholePageAsked = true;
                QTimer::singleShot(0, this, [this] { render(); });
            }
        } else {
            m_shownKey.clear();
            showFailure({});
        }
        Q_EMIT pageShown(ok);
    });
    m_stack->addWidget(m_view->widget());
    Q_EMIT viewCreated();
    if (m_loader->hasLoaded() || !m_loader->messages().isEmpty())
        render();
}

ConversationDocument::Options ConversationWindow::options() const
{
    ConversationDocument::Options o;
    o.dark = palette().color(QPalette::Window).lightness() < 128;
    o.imagesForMessages = m_imagesForMessages;
    o.imagesFromSenders = m_imagesFromSenders;
    o.allImages = m_allImages.value_or(
        m_settings && m_settings->remoteImages() == Settings::RemoteImages::Load);
    o.plainText = m_plainText;
    return o;
}

QStringList ConversationWindow::actionKeys() const
{
    QStringList keys;
    for (const QString &key : {m_shownKey, m_loadingKey}) {
        if (!key.isEmpty())
            keys += key;
    }
    return keys;
}

void ConversationWindow::render(const QString &anchor)
{
    if (!m_view)
        return;
    m_pageTimer.start();
    ConversationDocument::Options o = options();
    o.actionKey = ConversationDocument::newActionKey(); // this page's, and only its
    // A long conversation's first page is its latest message (what the user opened it for):
    // built and painted in a fraction of the whole page's time (500 messages: about 3 s on two
    // cores), which follows as soon as that page is on screen.
    QList<ConversationMessage> messages = m_loader->messages();
    if (!m_wholePageAsked && messages.size() > firstPageLimit) {
        o.earlierNotShown = int(messages.size()) - 1;
        messages = messages.mid(o.earlierNotShown);
    }
    // Built on a worker thread; shown by showPage() unless a later render supersedes it.
    m_renderer->render(m_loader->thread(), messages, o, anchor);
}

void ConversationWindow::showPage(const ConversationDocument::Page &page, const QString &anchor)
{
    if (!m_view)
        return;
    m_loadingKey = page.actionKey;
    m_loadingEarlierNotShown = page.earlierNotShown;
    m_view->setPage(page.html, page.allowedImages, anchor.isEmpty() ? page.latestAnchor : anchor);
}

void ConversationWindow::showFailure(const QString &reason)
{
    QString text = m_plainText ? tr("The conversation could not be shown, not even as plain text.")
                               : tr("The conversation could not be shown.");
    if (!reason.isEmpty())
        text += u' ' + reason;
    if (!m_plainText)
        text += u' ' + tr("Its plain-text version may still show.");
    m_failureText->setText(text);
    m_plainTextButton->setVisible(!m_plainText);
    m_stack->setCurrentWidget(m_failure);
    if (!m_plainText)
        m_plainTextButton->setFocus();
}

void ConversationWindow::onAction(const QUrl &url)
{
    // Only a link of the page on screen (or the one loading) is ours: a forged link, or one
    // left from an earlier page, carries no key of theirs and does nothing.
    const std::optional<ConversationDocument::Action> a
        = ConversationDocument::actionOf(url, actionKeys());
    if (!a)
        return;
    const QString &id = a->messageId;
    const QString &action = a->name;
    const ConversationMessage *message = m_loader->message(id);
    if (!message)
        return;
    if (action == u"show-images") {
        m_imagesForMessages.insert(id);
        render(ConversationDocument::anchorOf(id));
        return;
    }
    if (action == u"trust-sender") {
        // The message's own sender, whatever the link says; never one that failed the
        // provider's authentication (the page offers no such button, a forged link gets none).
        const QString address = message->trustableSender();
        if (address.isEmpty())
            return;
        m_imagesFromSenders.insert(address);
        Q_EMIT senderTrusted(address);
        if (m_trustStore)
            m_trustStore->trustSender({address, m_loader->thread().mailbox, systemNow()});
        render(ConversationDocument::anchorOf(id));
        return;
    }
    const ReplyKind kind = action == u"reply-all" ? ReplyKind::ReplyAll
        : action == u"forward"                    ? ReplyKind::Forward
                                                  : ReplyKind::Reply;
    if (action != u"reply" && action != u"reply-all" && action != u"forward")
        return;
    answer(kind, *message);
}

void ConversationWindow::answer(ReplyKind kind, const ConversationMessage &message)
{
    Q_EMIT answerAsked(kind, message.id);
    // In the conversation process nobody takes the draft: Outpost builds it from its own copy
    // of the message (the window's has no References).
    if (isSignalConnected(QMetaMethod::fromSignal(&ConversationWindow::composeRequested)))
        Q_EMIT composeRequested(
            ConversationReply::draft(kind, message, m_loader->thread(), m_mailboxes));
}

void ConversationWindow::answerLatest(ReplyKind kind)
{
    if (!m_loader->hasLoaded()) {
        // Pressed while the conversation is still read: answered once it is.
        m_answerWhenRead = kind;
        return;
    }
    const QList<ConversationMessage> &messages = m_loader->messages();
    // A note is never sent: the latest mail is the one answered.
    const auto latest = std::find_if(messages.rbegin(), messages.rend(),
        [](const ConversationMessage &m) { return !m.internal; });
    if (latest == messages.rend())
        return;
    answer(kind, *latest);
}

void ConversationWindow::onFailed(const ServiceError &error)
{
    const QString text = tr("Could not read the conversation: %1").arg(error.message);
    if (m_loader->messages().isEmpty())
        m_placeholder->setText(text);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #d93025; }"));
    m_status->setText(text);
}

} // namespace Outpost
