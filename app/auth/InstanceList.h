// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Outpost {

// One user signed in to one instance. No secret: the tokens are in the TokenStore.
struct SignedInAccount
{
    QUrl instance;
    QString email;
    bool operator==(const SignedInAccount &other) const = default;
};

// Which instances and users are signed in, kept in an INI file (Outpost's config folder):
// URLs and email addresses only, never a token.
class InstanceList
{
public:
    explicit InstanceList(QString file = defaultFile());

    static QString defaultFile(); // <config>/Outpost/instances.ini

    QList<SignedInAccount> accounts() const;
    QList<SignedInAccount> accountsOf(const QUrl &instance) const;
    void add(const SignedInAccount &account);
    // Every user of the instance when `email` is empty.
    void remove(const QUrl &instance, const QString &email = {});

    static bool sameInstance(const QUrl &a, const QUrl &b);

    // How the instance's send endpoint names the sending mailbox, once an instance has shown
    // that it differs from today's send page: "accountId" (an older page version: the
    // mailbox's _id) or empty (the page's `from`, the default). Kept per instance URL.
    QString sendMailboxField(const QUrl &instance) const;
    void setSendMailboxField(const QUrl &instance, const QString &field);

private:
    void save(const QList<SignedInAccount> &accounts);

    QString m_file;
};

} // namespace Outpost
