// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountsDialog.h"

#include "models/InstanceSession.h"
#include "models/MailboxConnector.h"
#include "models/SessionRegistry.h"
#include "platform/PlatformClient.h"
#include "ui/MailboxIconProxy.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Outpost {

namespace {
constexpr int sessionRole = Qt::UserRole + 1;
} // namespace

AccountsDialog::AccountsDialog(SessionRegistry *sessions, QWidget *parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_connectGmail(new QPushButton(
          MailboxIconProxy::providerIcon(QStringLiteral("gmail")), tr("Connect &Gmail…"), this))
    , m_connectOutlook(new QPushButton(
          MailboxIconProxy::providerIcon(QStringLiteral("outlook")), tr("Connect &Outlook…"), this))
    , m_cancelConnect(new QPushButton(tr("&Stop waiting"), this))
    , m_signIn(new QPushButton(tr("Sign &in to an instance…"), this))
    , m_signOut(new QPushButton(tr("Sign o&ut"), this))
{
    setWindowTitle(tr("Accounts and mailboxes"));
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
    m_connectGmail->setObjectName(QStringLiteral("connectGmail"));
    m_connectOutlook->setObjectName(QStringLiteral("connectOutlook"));
    m_cancelConnect->setObjectName(QStringLiteral("cancelConnect"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_connectGmail->setToolTip(tr("Opens your browser to connect a Gmail mailbox"));
    m_connectOutlook->setToolTip(tr("Opens your browser to connect an Outlook mailbox"));
    m_cancelConnect->setVisible(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_connectGmail);
    actions->addWidget(m_connectOutlook);
    actions->addWidget(m_cancelConnect);
    actions->addStretch(1);
    auto *instanceRow = new QHBoxLayout;
    instanceRow->addWidget(m_signIn);
    instanceRow->addWidget(m_signOut);
    instanceRow->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    instanceRow->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addLayout(instanceRow);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_connectGmail, &QPushButton::clicked, this, [this] { startConnecting(Provider::Gmail); });
    connect(m_connectOutlook, &QPushButton::clicked, this,
        [this] { startConnecting(Provider::Outlook); });
    connect(m_cancelConnect, &QPushButton::clicked, this, [this] {
        if (m_connector)
            m_connector->cancel();
    });
    connect(m_signIn, &QPushButton::clicked, this, &AccountsDialog::signInRequested);
    connect(m_signOut, &QPushButton::clicked, this, &AccountsDialog::signOutSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(sessions, &SessionRegistry::sessionsChanged, this, &AccountsDialog::refresh);
    resize(600, 380);
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
    if (m_sessions->sessions().isEmpty())
        setStatus(tr("Not signed in to any instance. Sign in to connect mailboxes."));
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
    m_connectGmail->setEnabled(any && !waiting);
    m_connectOutlook->setEnabled(any && !waiting);
    m_cancelConnect->setVisible(waiting);
    m_signOut->setEnabled(any && !waiting);
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
