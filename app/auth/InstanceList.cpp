// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/InstanceList.h"

#include <QSettings>
#include <QStandardPaths>

namespace Outpost {

InstanceList::InstanceList(QString file) : m_file(std::move(file)) { }

QString InstanceList::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/instances.ini");
}

namespace {
// "https://x.example", "https://x.example/" and "https://x.example/base/" name one instance
// each way they are written (StripTrailingSlash keeps a lone "/").
QUrl normalized(const QUrl &url)
{
    QUrl n = url.adjusted(QUrl::StripTrailingSlash);
    if (n.path() == u"/")
        n.setPath(QString());
    return n;
}
} // namespace

bool InstanceList::sameInstance(const QUrl &a, const QUrl &b)
{
    return normalized(a).matches(normalized(b), QUrl::None);
}

QList<SignedInAccount> InstanceList::accounts() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    QList<SignedInAccount> result;
    const int n = settings.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QUrl url(settings.value(QStringLiteral("instance")).toString());
        const QString email = settings.value(QStringLiteral("email")).toString();
        if (url.isValid() && !email.isEmpty())
            result += SignedInAccount {url, email};
    }
    settings.endArray();
    return result;
}

QList<SignedInAccount> InstanceList::accountsOf(const QUrl &instance) const
{
    QList<SignedInAccount> result;
    for (const SignedInAccount &a : accounts()) {
        if (sameInstance(a.instance, instance))
            result += a;
    }
    return result;
}

void InstanceList::add(const SignedInAccount &account)
{
    QList<SignedInAccount> list = accounts();
    for (const SignedInAccount &a : std::as_const(list)) {
        if (sameInstance(a.instance, account.instance)
            && a.email.compare(account.email, Qt::CaseInsensitive) == 0)
            return;
    }
    list += account;
    save(list);
}

void InstanceList::remove(const QUrl &instance, const QString &email)
{
    QList<SignedInAccount> list = accounts();
    list.removeIf([&](const SignedInAccount &a) {
        return sameInstance(a.instance, instance)
            && (email.isEmpty() || a.email.compare(email, Qt::CaseInsensitive) == 0);
    });
    save(list);
}

namespace {
// [sendMailboxField] is an array of {instance, field}: a URL cannot be an INI key as it is.
const QString fieldArray = QStringLiteral("sendMailboxField");
} // namespace

QString InstanceList::sendMailboxField(const QUrl &instance) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    QString field;
    const int n = settings.beginReadArray(fieldArray);
    for (int i = 0; i < n && field.isEmpty(); ++i) {
        settings.setArrayIndex(i);
        if (sameInstance(QUrl(settings.value(QStringLiteral("instance")).toString()), instance))
            field = settings.value(QStringLiteral("field")).toString();
    }
    settings.endArray();
    return field;
}

void InstanceList::setSendMailboxField(const QUrl &instance, const QString &field)
{
    QSettings settings(m_file, QSettings::IniFormat);
    QList<QPair<QString, QString>> entries;
    const int n = settings.beginReadArray(fieldArray);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QString url = settings.value(QStringLiteral("instance")).toString();
        if (!sameInstance(QUrl(url), instance))
            entries += {url, settings.value(QStringLiteral("field")).toString()};
    }
    settings.endArray();
    if (!field.isEmpty())
        entries += {normalized(instance).toString(), field};
    settings.remove(fieldArray);
    settings.beginWriteArray(fieldArray, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("instance"), entries.at(i).first);
        settings.setValue(QStringLiteral("field"), entries.at(i).second);
    }
    settings.endArray();
    settings.sync();
}

void InstanceList::save(const QList<SignedInAccount> &accounts)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(QStringLiteral("accounts"));
    settings.beginWriteArray(QStringLiteral("accounts"), int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("instance"), accounts.at(i).instance.toString());
        settings.setValue(QStringLiteral("email"), accounts.at(i).email);
    }
    settings.endArray();
    settings.sync();
}

} // namespace Outpost
