// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxContext.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

SandboxContext::SandboxContext(SandboxOptions o) : options(std::move(o)) { }

QDateTime SandboxContext::now() const
{
    return options.clock ? options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString randomHex(int bytes)
{
    QByteArray random(bytes, '\0');
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(random.toHex());
}

std::optional<QPair<QString, QString>> SandboxContext::issueTokens(const QString &userId)
{
    const QDateTime issued = now();
    const QString access = u"sbx_at_"_s + randomHex(24);
    const QString refresh = u"sbx_rt_"_s + randomHex(24);
    const bool ok = store.transaction([&] {
        return store.insertToken(
                   access, userId, u"access"_s, issued.addSecs(options.accessTokenLifetimeSecs))
            && store.insertToken(refresh, userId, u"refresh"_s, issued.addDays(30));
    });
    if (!ok)
        return std::nullopt;
    return QPair<QString, QString>(access, refresh);
}

QString SandboxContext::signatureFor(const QString &key) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(
        key.toUtf8(), store.meta(u"fileSecret"_s).toLatin1(), QCryptographicHash::Sha256)
                                   .toHex());
}

QUrl SandboxContext::signedUrl(const QString &key) const
{
    QUrl url = baseUrl;
    url.setPath(u"/sandbox/files/"_s + key, QUrl::DecodedMode);
    url.setQuery(QUrlQuery {{u"signature"_s, signatureFor(key)}});
    return url;
}

} // namespace Outpost::Sandbox
