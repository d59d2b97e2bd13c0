// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountsDialog.h"

#include "accounts/DirectMailboxes.h"
#include "accounts/InstanceSession.h"
#include "accounts/MailboxConnector.h"
#include "accounts/SessionRegistry.h"
#include "mail/AddressList.h"
#include "platform/PlatformClient.h"
#include "providers/ProviderRegistry.h"
#include "ui/accounts/MailboxIconProxy.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Outpost {

using namespace Qt::StringLiterals;

namespace {
constexpr int sessionRole = Qt::UserRole + 1;
constexpr int directRole = Qt::UserRole + 2; // index in DirectMailboxes::list(), plus one
constexpr int mailboxRole = Qt::UserRole + 3; // a platform mailbox's id
// What "Sync Now" asks for (POST /api/email/messages/sync). The platform publishes no
// defaults or limits for these (api/CONTRACT.md names the fields only); 100 messages over 30
// days is the sandbox's chosen default too (MailboxHousekeeping.h), well inside its limits.
constexpr int syncMaxResults = 100;
constexpr int syncLookbackDays = 30;
constexpr int syncPollMs = 1000;
} // namespace

AccountsDialog::AccountsDialog(SessionRegistry *sessions, QWidget *parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_direct(sessions->direct())
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_cancelConnect(new QPushButton(tr("&Stop Waiting"), this))
    , m_syncNow(new QPushButton(tr("S&ync Now"), this))
    , m_disconnect(new QPushButton(tr("Disco&nnect…"), this))
    , m_signIn(new QPushButton(tr("Sign &In to an Instance…"), this))
    , m_signOut(new QPushButton(tr("Sign O&ut"), this))
    , m_directAddress(new QLineEdit(this))
    , m_directCancel(new QPushButton(tr("Stop &Waiting"), this))
    , m_directRemove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Accounts and Mailboxes"));
    m_tree->setObjectName(QStringLiteral("accountTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Mailbox"), tr("Connected through")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Connected mailboxes"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // The providers' own buttons, from their rows; object names "connectGmail", "directGmail".
    for (const ProviderInfo &row : ProviderRegistry::all()) {
        QString name = row.wireName();
        name[0] = name[0].toUpper();
        const QIcon icon = MailboxIconProxy::providerIcon(row.wireName());
        if (row.platformConnects) {
            auto *connectButton = new QPushButton(icon, tr(row.connectLabel), this);
            connectButton->setObjectName(u"connect"_s + name);
            connectButton->setToolTip(tr(row.connectTip));
            const Provider provider = row.id;
            connect(connectButton, &QPushButton::clicked, this,
                [this, provider] { startConnecting(provider); });
            m_connectButtons += connectButton;
        }
        auto *directButton = new QPushButton(icon, tr(row.directLabel), this);
        directButton->setObjectName(u"direct"_s + name);
        directButton->setToolTip(tr(row.directTip));
        const Provider provider = row.id;
        connect(
            directButton, &QPushButton::clicked, this, [this, provider] { startDirect(provider); });
        m_directButtons += directButton;
    }
    m_cancelConnect->setObjectName(QStringLiteral("cancelConnect"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_cancelConnect->setVisible(false);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_disconnect->setObjectName(QStringLiteral("disconnectMailbox"));
    m_syncNow->setToolTip(tr("Asks the platform to fetch the selected mailbox's recent mail now, "
                             "so that threads written in other programs appear"));
    m_disconnect->setToolTip(tr("Disconnects the selected mailbox from the platform"));
    m_syncPoll.setInterval(syncPollMs);
    m_syncPoll.setSingleShot(true);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : std::as_const(m_connectButtons))
        actions->addWidget(b);
    actions->addWidget(m_cancelConnect);
    actions->addStretch(1);
    actions->addWidget(m_syncNow);
    actions->addWidget(m_disconnect);
    auto *instanceRow = new QHBoxLayout;
    instanceRow->addWidget(m_signIn);
    instanceRow->addWidget(m_signOut);
    instanceRow->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    instanceRow->addWidget(close);

    // Direct mode: Outpost itself signs in to Google or Microsoft and sends through its API.
    auto *direct = new QGroupBox(tr("Send directly, without the platform"), this);
    direct->setObjectName(QStringLiteral("directBox"));
    m_directAddress->setObjectName(QStringLiteral("directAddress"));
    m_directAddress->setPlaceholderText(tr("you@gmail.com or you@outlook.com"));
    m_directAddress->setAccessibleName(tr("Address of the mailbox to add directly"));
    m_directCancel->setObjectName(QStringLiteral("directCancel"));
    m_directRemove->setObjectName(QStringLiteral("directRemove"));
    m_directRemove->setToolTip(tr("Forgets the selected direct mailbox and its sign-in"));
    m_directCancel->setVisible(false);
    auto *addressRow = new QHBoxLayout;
    auto *addressLabel = new QLabel(tr("&Address:"), direct);
    addressLabel->setBuddy(m_directAddress);
    addressRow->addWidget(addressLabel);
    addressRow->addWidget(m_directAddress, 1);
    auto *directRow = new QHBoxLayout;
    for (QPushButton *b : std::as_const(m_directButtons))
        directRow->addWidget(b);
    directRow->addWidget(m_directCancel);
    directRow->addStretch(1);
    directRow->addWidget(m_directRemove);
    auto *directLayout = new QVBoxLayout(direct);
    directLayout->addLayout(addressRow);
    directLayout->addLayout(directRow);
    direct->setVisible(m_direct != nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(actions);
    layout->addWidget(direct);
    layout->addWidget(m_status);
    layout->addLayout(instanceRow);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancelConnect, &QPushButton::clicked, this, [this] {
        if (m_connector)
            m_connector->cancel();
    });
    connect(m_signIn, &QPushButton::clicked, this, &AccountsDialog::signInRequested);
    connect(m_signOut, &QPushButton::clicked, this, &AccountsDialog::signOutSelected);
    connect(m_syncNow, &QPushButton::clicked, this, &AccountsDialog::syncSelected);
    connect(m_disconnect, &QPushButton::clicked, this, &AccountsDialog::disconnectSelected);
    connect(&m_syncPoll, &QTimer::timeout, this, &AccountsDialog::pollSync);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(sessions, &SessionRegistry::sessionsChanged, this, &AccountsDialog::refresh);
    connect(m_directAddress, &QLineEdit::textChanged, this, &AccountsDialog::updateButtons);
    connect(m_directRemove, &QPushButton::clicked, this, &AccountsDialog::removeSelectedDirect);
    if (m_direct) {
        connect(
            m_directCancel, &QPushButton::clicked, m_direct, &DirectMailboxes::cancelConnecting);
        connect(m_direct, &DirectMailboxes::connected, this,
            [this](const DirectMailbox &m, bool inKeychain) {
                setStatus(inKeychain
                        ? tr("%1 is connected directly through %2.")
                              .arg(m.address, providerDisplayName(m.provider))
                        : tr("%1 is connected directly through %2 for this session only: no "
                             "keychain is available to keep its sign-in.")
                              .arg(m.address, providerDisplayName(m.provider)));
                m_directAddress->clear();
                updateButtons();
                Q_EMIT directChanged(m.address);
            });
        connect(m_direct, &DirectMailboxes::connectFailed, this, [this](const QString &message) {
            setStatus(message, true);
            updateButtons();
        });
        // The browser signed in another account than the one asked for: said, not hidden.
        connect(m_direct, &DirectMailboxes::accountDiffers, this,
            [this](const DirectMailbox &, const QString &, const QString &message) {
                setStatus(message, true);
            });
        connect(m_direct, &DirectMailboxes::changed, this, &AccountsDialog::rebuild);
        m_direct->loadIdentities();
    }
    resize(640, 460);
    rebuild();
    refresh();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::refresh()
{
    m_sessions->fetchMailboxes(
        this, [this](const QList<Mailbox> &, const QList<ServiceError> &errors) {
            rebuild();
            if (!errors.isEmpty())
                setStatus(
                    tr("Some mailboxes could not be listed: %1").arg(errors.first().message), true);
        });
}

void AccountsDialog::rebuild()
{
    InstanceSession *selected = selectedSession();
    // A direct mailbox selected stays selected (the list is rebuilt when an account is learned).
    const int direct = selectedDirect();
    const QString selectedAddress = direct >= 0 ? m_direct->list().at(direct).address : QString();
    // (Compared only when an address is selected: selectedAddress is empty otherwise.)
    const Provider selectedProvider
        = direct >= 0 ? m_direct->list().at(direct).provider : Provider {};
    // So does a platform mailbox (the list is rebuilt whenever the instance lists them again).
    const std::optional<Mailbox> selectedPlatform = selectedMailbox();
    QTreeWidgetItem *restore = nullptr;
    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (InstanceSession *s : m_sessions->sessions()) {
        auto *top = new QTreeWidgetItem(m_tree, {s->title()});
        top->setFont(0, bold);
        top->setData(0, sessionRole, QVariant::fromValue<QObject *>(s));
        top->setFirstColumnSpanned(true);
        if (s->mailboxes().isEmpty()) {
            auto *none = new QTreeWidgetItem(top, {tr("No mailbox connected yet")});
            none->setData(0, sessionRole, QVariant::fromValue<QObject *>(s));
            none->setForeground(0, palette().brush(QPalette::PlaceholderText));
        }
        for (const Mailbox &m : s->mailboxes()) {
            // The address is what tells mailboxes apart; the name is in the tooltip.
            auto *item = new QTreeWidgetItem(top, {m.address, providerDisplayName(m.provider)});
            item->setIcon(0, MailboxIconProxy::providerIcon(providerName(m.provider)));
            item->setData(0, sessionRole, QVariant::fromValue<QObject *>(s));
            item->setData(0, mailboxRole, m.id);
            if (selectedPlatform && s == selected && m.id == selectedPlatform->id)
                restore = item;
            item->setData(0, Qt::AccessibleDescriptionRole, m.displayName);
            item->setToolTip(0, m.address);
            item->setToolTip(1,
                m.displayName.isEmpty() ? m.address
                                        : QStringLiteral("%1 <%2>").arg(m.displayName, m.address));
        }
        top->setExpanded(true);
        if (s == selected || !selected)
            m_tree->setCurrentItem(top);
        if (!selected)
            selected = s;
    }
    if (restore)
        m_tree->setCurrentItem(restore);
    if (m_direct && !m_direct->list().isEmpty()) {
        auto *top = new QTreeWidgetItem(m_tree, {tr("Direct (without the platform)")});
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        const QList<DirectMailbox> &list = m_direct->list();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const DirectMailbox &m = list.at(i);
            const QString api = tr(ProviderRegistry::of(m.provider).apiName);
            // Whose mailbox the grant opens, as the provider said (not what was typed).
            const AccountIdentity account = m_direct->identityOf(m);
            const QString signedIn = !account.isKnown() ? tr("%1, account not checked yet").arg(api)
                : account.allows(m.address)
                ? (AddressList::sameAddress(account.address, m.address)
                        ? tr("%1, signed in as %2").arg(api, account.address)
                        : tr("%1, signed in as %2 (%3 is its send-as alias)")
                              .arg(api, account.address, m.address))
                : tr("%1, signed in as %2: cannot send as %3").arg(api, account.address, m.address);
            auto *item = new QTreeWidgetItem(top, {m.address, signedIn});
            item->setIcon(0, MailboxIconProxy::providerIcon(providerName(m.provider)));
            item->setData(0, directRole, int(i + 1));
            item->setToolTip(0, m.address);
            if (AddressList::sameAddress(m.address, selectedAddress)
                && m.provider == selectedProvider)
                m_tree->setCurrentItem(item);
            item->setToolTip(1, m.apiBase.toString());
        }
        top->setExpanded(true);
    }
    if (m_sessions->sessions().isEmpty())
        setStatus(tr("Not signed in to any instance. Sign in to connect mailboxes, or add a "
                     "mailbox directly."));
    updateButtons();
}

InstanceSession *AccountsDialog::selectedSession() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    auto *session = item
        ? qobject_cast<InstanceSession *>(item->data(0, sessionRole).value<QObject *>())
        : nullptr;
    if (session && m_sessions->sessions().contains(session))
        return session;
    return m_sessions->sessions().isEmpty() ? nullptr : m_sessions->sessions().first();
}

void AccountsDialog::updateButtons()
{
    const bool waiting = m_connector && m_connector->isRunning();
    const bool any = selectedSession() != nullptr;
    for (QPushButton *b : std::as_const(m_connectButtons))
        b->setEnabled(any && !waiting);
    m_cancelConnect->setVisible(waiting);
    m_signOut->setEnabled(any && !waiting && selectedDirect() < 0);
    const bool mailbox = selectedMailbox().has_value();
    m_syncNow->setEnabled(mailbox && !m_syncSession);
    m_disconnect->setEnabled(mailbox && !waiting);
    const bool directWaiting = m_direct && m_direct->isConnecting();
    const bool address = !m_directAddress->text().trimmed().isEmpty();
    for (QPushButton *b : std::as_const(m_directButtons))
        b->setEnabled(m_direct && !directWaiting && address);
    m_directCancel->setVisible(directWaiting);
    m_directRemove->setEnabled(!directWaiting && selectedDirect() >= 0);
}

std::optional<Mailbox> AccountsDialog::selectedMailbox() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString id = item ? item->data(0, mailboxRole).toString() : QString();
    InstanceSession *session = id.isEmpty() ? nullptr : selectedSession();
    if (!session)
        return std::nullopt;
    for (const Mailbox &m : session->mailboxes()) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

void AccountsDialog::syncSelected()
{
    const std::optional<Mailbox> mailbox = selectedMailbox();
    InstanceSession *session = selectedSession();
    if (!mailbox || !session || m_syncSession)
        return;
    m_syncSession = session;
    m_syncing = *mailbox;
    setStatus(tr("Asking %1 to sync %2…").arg(session->title(), mailbox->address));
    session->client()->syncMailbox(
        mailbox->id, syncMaxResults, syncLookbackDays, this, [this](const Result<bool> &result) {
            if (!result.ok()) {
                // 404: an instance without the endpoint (older or smaller), or one that no
                // longer knows the mailbox; the two cannot be told apart from here.
                setStatus(result.error().kind == ServiceError::Kind::NotFound
                        ? tr("%1 cannot be synced from Outpost: the instance does not offer it, "
                             "or no longer knows this mailbox.")
                              .arg(m_syncing.address)
                        : tr("%1 was not synced: %2")
                              .arg(m_syncing.address, result.error().message),
                    true);
                m_syncSession = nullptr;
                updateButtons();
                return;
            }
            pollSync();
        });
    updateButtons();
}

// One look at the sync under way, then another a second later until it has ended.
void AccountsDialog::pollSync()
{
    if (!m_syncSession) {
        updateButtons();
        return;
    }
    m_syncSession->client()->mailboxSyncStatus(
        m_syncing.id, this, [this](const Result<MailboxSyncStatus> &result) {
            if (!result.ok()) {
                setStatus(tr("%1 may still be syncing; its progress cannot be read: %2")
                              .arg(m_syncing.address, result.error().message),
                    true);
                m_syncSession = nullptr;
                updateButtons();
                return;
            }
            const MailboxSyncStatus &status = result.value();
            if (status.inProgress) {
                setStatus(status.totalEstimated > 0
                        ? tr("Syncing %1: %2 of %n messages…", nullptr, status.totalEstimated)
                              .arg(m_syncing.address)
                              .arg(status.messagesProcessed)
                        : tr("Syncing %1…").arg(m_syncing.address));
                m_syncPoll.start();
                return;
            }
            const Mailbox synced = m_syncing;
            m_syncSession = nullptr;
            updateButtons();
            if (!status.error.isEmpty()) {
                setStatus(tr("%1 was not synced: %2").arg(synced.address, status.error), true);
                return;
            }
            setStatus(tr("%1 is synced: %n messages fetched.", nullptr, status.messagesProcessed)
                          .arg(synced.address));
            Q_EMIT mailboxSynced(synced);
        });
}

void AccountsDialog::disconnectSelected()
{
    const std::optional<Mailbox> mailbox = selectedMailbox();
    InstanceSession *session = selectedSession();
    if (!mailbox || !session)
        return;
    QMessageBox question(QMessageBox::Question, tr("Disconnect Mailbox"),
        tr("Disconnect %1 from %2?").arg(mailbox->address, session->title()), QMessageBox::NoButton,
        this);
    question.setInformativeText(tr("Outpost and the platform will no longer send from it or list "
                                   "its threads until it is connected again. The mail in the "
                                   "mailbox itself is not touched."));
    QPushButton *disconnect = question.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != disconnect)
        return;
    const Mailbox m = *mailbox;
    setStatus(tr("Disconnecting %1…").arg(m.address));
    session->client()->disconnectMailbox(m.id, this, [this, m](const Result<bool> &result) {
        if (!result.ok()) {
            setStatus(result.error().kind == ServiceError::Kind::NotFound
                    ? tr("%1 cannot be disconnected from Outpost: the instance does not offer "
                         "it, or no longer knows this mailbox.")
                          .arg(m.address)
                    : tr("%1 was not disconnected: %2").arg(m.address, result.error().message),
                true);
            return;
        }
        setStatus(tr("%1 was disconnected.").arg(m.address));
        refresh();
        Q_EMIT mailboxDisconnected(m);
    });
}

int AccountsDialog::selectedDirect() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const int index = item ? item->data(0, directRole).toInt() - 1 : -1;
    return m_direct && index >= 0 && index < m_direct->list().size() ? index : -1;
}

void AccountsDialog::startDirect(Provider provider)
{
    if (!m_direct)
        return;
    const AddressParse parsed = AddressList::parseOne(m_directAddress->text().trimmed());
    if (parsed.addresses.size() != 1 || !parsed.problems.isEmpty()) {
        setStatus(tr("“%1” is not an email address.").arg(m_directAddress->text().trimmed()), true);
        m_directAddress->setFocus();
        return;
    }
    const MailAddress address = parsed.addresses.first();
    setStatus(tr("Sign in to %1 as %2 in your browser. Outpost is waiting for you to come back…")
                  .arg(tr(ProviderRegistry::of(provider).accountOwner), address.address));
    m_direct->connectMailbox(provider, address.address, address.name);
    updateButtons();
}

void AccountsDialog::removeSelectedDirect()
{
    const int index = selectedDirect();
    if (index < 0)
        return;
    const DirectMailbox m = m_direct->list().at(index);
    m_direct->remove(m, this, [this, m](const QString &message) {
        setStatus(message.isEmpty()
                ? tr("%1 was removed; its sign-in was deleted.").arg(m.address)
                : tr("%1 was removed; its sign-in was deleted here, but %2 said: %3")
                      .arg(m.address, providerDisplayName(m.provider), message),
            !message.isEmpty());
    });
    Q_EMIT directChanged(m.address);
}

void AccountsDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    QPalette p = palette();
    if (isError) {
        const bool dark = p.color(QPalette::Window).lightness() < 128;
        p.setColor(
            QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    }
    m_status->setPalette(p);
}

void AccountsDialog::startConnecting(Provider provider)
{
    InstanceSession *session = selectedSession();
    if (!session)
        return;
    if (m_connector)
        m_connector->deleteLater();
    m_connector = new MailboxConnector(session->client(), this);
    connect(
        m_connector, &MailboxConnector::openUrlRequested, this, [this, provider](const QUrl &url) {
            if (!m_openUrl(url)) {
                m_connector->cancel();
                setStatus(tr("No browser could be opened. Open this address yourself: %1")
                              .arg(url.toString()),
                    true);
                return;
            }
            setStatus(tr("Finish connecting your %1 mailbox in the browser. Outpost is waiting for "
                         "it to appear…")
                          .arg(providerDisplayName(provider)));
        });
    connect(m_connector, &MailboxConnector::connected, this, [this](const Mailbox &m) {
        setStatus(
            tr("%1 is connected through %2.").arg(m.address, providerDisplayName(m.provider)));
        updateButtons();
        refresh();
        Q_EMIT mailboxConnected(m);
    });
    connect(m_connector, &MailboxConnector::failed, this, [this](const QString &message) {
        setStatus(message, true);
        updateButtons();
    });
    connect(m_connector, &MailboxConnector::cancelled, this, [this] {
        setStatus(tr("Stopped waiting. Nothing was connected by Outpost."));
        updateButtons();
    });
    setStatus(tr("Asking %1 where to connect…").arg(session->title()));
    m_connector->start(provider);
    updateButtons();
}

void AccountsDialog::signOutSelected()
{
    InstanceSession *session = selectedSession();
    if (!session)
        return;
    const QString title = session->title();
    m_sessions->signOut(session, this, [this, title] {
        setStatus(tr("Signed out of %1; its sign-in was deleted from the keychain.").arg(title));
        Q_EMIT signedOut();
    });
}

} // namespace Outpost
