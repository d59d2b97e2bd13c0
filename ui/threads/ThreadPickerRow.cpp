// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/threads/ThreadPickerRow.h"

#include "ui/conversation/ConversationViewLoader.h"

#include "accounts/DirectMailboxes.h"
#include "accounts/MailboxListModel.h"
#include "compose/ComposeController.h"
#include "conversation/ConversationLoader.h"
#include "conversation/ConversationReadAhead.h"
#include "mail/SubjectLine.h"
#include "submit/Outbox.h"
#include "threads/ThreadChoice.h"
#include "threads/ThreadLister.h"
#include "threads/ThreadSources.h"
#include "ui/threads/ThreadPicker.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace Outpost {

ThreadPickerRow::ThreadPickerRow(
    ComposeController *controller, std::function<QString()> recipients, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_recipients(std::move(recipients))
    , m_lister(new ThreadLister(this))
    , m_label(new QLabel(this))
    , m_choose(new QToolButton(this))
    , m_show(new QToolButton(this))
    , m_readAhead(new ConversationReadAhead(controller->outbox(), this))
{
    m_label->setObjectName(QStringLiteral("threadChoice"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_choose->setObjectName(QStringLiteral("chooseThreadButton"));
    m_choose->setText(tr("Choose…"));
    m_choose->setToolTip(tr("Continue one of the threads with the recipients (Ctrl+T)"));
    m_choose->setAccessibleName(tr("Choose the thread"));
    m_show->setObjectName(QStringLiteral("showConversationButton"));
    m_show->setText(tr("Conversation"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_show);
    connect(m_choose, &QToolButton::clicked, this, &ThreadPickerRow::openPicker);
    connect(m_show, &QToolButton::clicked, this, &ThreadPickerRow::showConversation);
    // Typing on either button goes on to the mail (passTypingTo); the pointer or the keyboard on
    // Conversation reads a restored draft's thread ahead (anticipateConversation).
    m_choose->installEventFilter(this);
    m_show->installEventFilter(this);
    // A restored draft's platform is known once the mailboxes are (the From list's).
    connect(controller, &ComposeController::mailboxesLoaded, this, &ThreadPickerRow::updateLabel);
    updateLabel();
}

ThreadPickerRow::~ThreadPickerRow() = default;

ConversationLoader *ThreadPickerRow::readAhead() const
{
    return m_readAhead->pending();
}

void ThreadPickerRow::showThread(const ComposeInput &draft)
{
    if (draft.threadId == m_thread.threadId)
        return;
    m_thread = ThreadSummary();
    m_thread.threadId = draft.threadId;
    m_thread.conversationId = draft.conversationId;
    m_thread.subject = SubjectLine::withoutReplyPrefixes(draft.subject);
    m_thread.mailbox = draft.from.trimmed();
    m_thread.provider = draft.provider.value_or(Provider::Gmail);
    m_draftProvider = draft.provider;
    m_client.clear();
    // Not read ahead: restored drafts open at start, where nothing is read that the user may
    // never ask for. The pointer or the keyboard on Conversation starts the read, and
    // QtWebEngine, in the moment before the click (anticipateConversation).
    warmUpConversation();
    updateLabel();
}

PlatformClient *ThreadPickerRow::client() const
{
    if (m_client)
        return m_client;
    if (m_thread.conversationId.isEmpty())
        return nullptr;
    return m_controller->conversationClient(m_thread.mailbox, m_draftProvider);
}

std::optional<Provider> ThreadPickerRow::provider() const
{
    if (m_client)
        return m_thread.provider;
    const MailboxResolution r = m_controller->resolve(m_thread.mailbox, m_draftProvider);
    if (r.kind == MailboxResolution::Kind::Resolved)
        return r.mailbox.provider;
    return m_draftProvider;
}

void ThreadPickerRow::openPicker()
{
    if (!m_picker) {
        m_picker = new ThreadPicker(m_lister, this);
        connect(m_picker, &ThreadPicker::threadChosen, this, &ThreadPickerRow::choose);
        connect(m_picker, &ThreadPicker::newThreadChosen, this, &ThreadPickerRow::clearThread);
        connect(m_picker, &ThreadPicker::closed, m_choose, [this](bool byKeyboard) {
            // Closed by a key (Ctrl+T, then Esc or Return), the keyboard is back on Choose…
            // and shown there, as after Tab: the window's style draws a focus frame only
            // once the keyboard has moved the focus in it, which Ctrl+T alone had not.
            if (byKeyboard)
                window()->setAttribute(Qt::WA_KeyboardFocusChange);
            m_choose->setFocus(Qt::PopupFocusReason);
        });
        // Given up once the picker has closed and its choice (which may keep the view warm
        // for itself) is made: it closes first, then says what was chosen.
        connect(m_picker, &ThreadPicker::closed, this, [this] {
            QTimer::singleShot(0, m_picker,
                [picker = m_picker] { ConversationViewLoader::warmUpNoLongerNeeded(picker); });
        });
    }
    // A conversation is likely to be read once a thread is chosen: its view starts warming
    // while the user looks through the list. Only where it warms in the conversation process:
    // Outpost's GUI thread merely starts that process (in this one, each step of QtWebEngine's
    // start holds it a quarter of a second, and waits for the thread to be chosen).
    if (ConversationProcess::isUsed())
        ConversationViewLoader::warmUpSoon(m_picker);
    QStringList addresses;
    for (const MailAddress &a :
        AddressList::parse(m_recipients ? m_recipients() : QString()).addresses)
        addresses += a.address;
    m_lister->setSources(ThreadSources::of(m_controller));
    m_lister->refresh(addresses);
    m_picker->popup(this, m_thread.threadId);
}

void ThreadPickerRow::choose(const ThreadSummary &thread, PlatformClient *client)
{
    m_thread = thread;
    m_client = client;
    m_draftProvider.reset();
    ThreadChoice::choose(m_controller, thread);
    updateLabel();
    Q_EMIT threadChanged(m_thread);
    warmUpConversation();
}

void ThreadPickerRow::clearThread()
{
    m_thread = ThreadSummary();
    m_client.clear();
    m_draftProvider.reset();
    warmUpConversation(); // a new thread has no conversation: none
    ThreadChoice::clear(m_controller);
    updateLabel();
    Q_EMIT threadChanged(m_thread);
}

void ThreadPickerRow::warmUpConversation()
{
    // The warm view is dropped with this row (its compose window), or when its thread changes
    // to one without a conversation to read.
    if (m_thread.conversationId.isEmpty() || !m_client) {
        ConversationViewLoader::warmUpNoLongerNeeded(this);
        m_readAhead->drop();
        return;
    }
    ConversationViewLoader::warmUpSoon(this);
    // Its messages are read now (their JSON is read off the GUI thread): a click on
    // Conversation shows them at once. A long thread's answer takes the platform a while
    // (500 messages: 6.8 MB, about 0.3 s from the sandbox), which the click would wait for.
    const bool open = m_conversation
        && m_conversation->loader()->thread().conversationId == m_thread.conversationId;
    if (!open)
        m_readAhead->read(m_client, m_thread);
}

void ThreadPickerRow::showConversation()
{
    PlatformClient *client = this->client();
    if (m_thread.conversationId.isEmpty() || !client)
        return;
    // Open already (from this row, a reply's own conversation, the Sent window): that window
    // comes up, not a second one.
    if (ConversationHandle *open = ConversationHandle::openFor(client, m_thread.conversationId)) {
        open->show();
        return;
    }
    if (m_conversation) {
        m_conversation->keepLoaderIn(nullptr); // another conversation takes its place
        m_conversation->close();
    }
    // What was read ahead when the thread was chosen, if it is this thread's; else read now.
    m_thread.provider = provider().value_or(m_thread.provider);
    ConversationLoader *loader = m_readAhead->take(client, m_thread);
    // A window of its own, closing with the compose window it belongs to.
    m_conversation
        = new ConversationHandle(loader, m_controller->mailboxes()->mailboxes(), window());
    m_conversation->setSettings(&m_controller->settings());
    m_conversation->setTrustStore(
        m_controller->outbox() ? m_controller->outbox()->store() : nullptr);
    m_conversation->setWindowIcon(window()->windowIcon());
    connect(m_conversation, &ConversationHandle::composeRequested, m_controller,
        &ComposeController::requestCompose);
    // Closed, its process ends (the memory back) but what it read is kept a while: opened
    // again, it is not read again.
    m_conversation->keepLoaderIn(m_readAhead);
    connect(
        m_conversation, &ConversationHandle::closed, this, [this, handle = m_conversation.data()] {
            if (m_conversation == handle)
                m_conversation = nullptr;
        });
    m_conversation->show();
}

void ThreadPickerRow::passTypingTo(std::function<QWidget *()> next)
{
    m_typingNext = std::move(next);
}

void ThreadPickerRow::anticipateConversation()
{
    // Only a restored draft's thread gets here unread (a chosen one was read when chosen, and
    // has m_client): nothing was read at start (showThread).
    if (m_client || !m_show->isEnabled() || m_readAhead->pending())
        return;
    PlatformClient *client = this->client();
    if (!client || ConversationHandle::openFor(client, m_thread.conversationId))
        return;
    // Warmed in the conversation process only: in this one, QtWebEngine's start would hold the
    // GUI thread as the user clicks (as for the picker, openPicker).
    if (ConversationProcess::isUsed())
        ConversationViewLoader::warmUpSoon(this);
    ThreadSummary thread = m_thread;
    thread.provider = provider().value_or(thread.provider);
    m_readAhead->read(client, thread);
    // Not clicked within the read-ahead's minute (the pointer only passed by): QtWebEngine is
    // given up with what was read, unless a thread was chosen meanwhile (which keeps it).
    QTimer::singleShot(ConversationReadAhead::kept, this, [this] {
        if (!m_client)
            ConversationViewLoader::warmUpNoLongerNeeded(this);
    });
}

bool ThreadPickerRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_show && (event->type() == QEvent::Enter || event->type() == QEvent::FocusIn))
        anticipateConversation();
    if (event->type() != QEvent::KeyPress || !m_typingNext
        || (watched != m_choose && watched != m_show))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const QString text = key->text();
    // Letters, digits and punctuation, as typed (Shift included); not Space, which presses
    // the button, nor shortcuts and mnemonics (Ctrl, Alt, Meta).
    const bool typing = !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()
        && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!typing)
        return QWidget::eventFilter(watched, event);
    QWidget *field = m_typingNext();
    if (!field)
        return QWidget::eventFilter(watched, event);
    QCoreApplication::sendEvent(field, key);
    return true;
}

bool ThreadPickerRow::canShowConversation() const
{
    return !m_thread.threadId.isEmpty() && !m_thread.conversationId.isEmpty() && client();
}

void ThreadPickerRow::updateLabel()
{
    const bool known = !m_thread.threadId.isEmpty();
    const bool readable = canShowConversation();
    m_show->setEnabled(readable);
    // Greyed out with a thread of a mailbox Outpost sends through itself: the platform never
    // sees its messages. Said where the user looks for them (a greyed button shows its tooltip
    // too).
    const MailboxResolution resolved = known && !readable
        ? m_controller->resolve(m_thread.mailbox, m_draftProvider)
        : MailboxResolution {};
    const QString why = resolved.kind == MailboxResolution::Kind::Resolved
            && DirectMailboxes::isDirectId(resolved.mailbox.id)
        ? tr("This thread is in %1, a mailbox Outpost sends through %2 itself: its messages "
             "are not on the platform. Read them in %2.")
              .arg(m_thread.mailbox, providerDisplayName(resolved.mailbox.provider))
        : QString();
    m_show->setToolTip(why.isEmpty() ? tr("Read the chosen thread's messages") : why);
    m_show->setAccessibleDescription(why);
    if (!known) {
        m_label->setText(tr("New thread"));
        m_label->setToolTip(tr("This message starts a new thread."));
        return;
    }
    QString text = m_thread.subject.trimmed().isEmpty() ? tr("(no subject)") : m_thread.subject;
    if (const std::optional<Provider> provider = this->provider(); !m_thread.mailbox.isEmpty())
        text += provider ? tr(" · %1 (%2)").arg(m_thread.mailbox, providerDisplayName(*provider))
                         : tr(" · %1").arg(m_thread.mailbox);
    m_label->setText(text);
    m_label->setToolTip(tr("Continues the thread %1").arg(m_thread.threadId));
}

} // namespace Outpost
