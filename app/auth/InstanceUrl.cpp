// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/InstanceUrl.h"

#include "net/HttpClient.h"

#include <QCoreApplication>

namespace Outpost::InstanceUrl {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::InstanceUrl)
};
} // namespace

bool isLoopback(const QUrl &url)
{
    return HttpClient::isLoopback(url); // the rule every request is held to
}

std::optional<QUrl> parse(const QString &text, QString *error)
{
    QString scratch;
    QString &why = error ? *error : scratch;
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        why = Tr::tr("Enter the address of your instance.");
        return std::nullopt;
    }
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        why = Tr::tr("“%1” is not a web address.").arg(text.trimmed());
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" && !isLoopback(url)) {
        why = Tr::tr("%1 must be reached over https: plain http is allowed only for this "
                     "computer (127.0.0.1 or localhost).")
                  .arg(url.host());
        return std::nullopt;
    }
    if (scheme != u"https" && scheme != u"http") {
        why = Tr::tr("Use an https:// address.");
        return std::nullopt;
    }
    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace Outpost::InstanceUrl
