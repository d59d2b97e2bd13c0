// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/SignatureStore.h"

#include <QSettings>

namespace Outpost {

SignatureStore::SignatureStore(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
}

QString SignatureStore::key(const QString &address)
{
    // Addresses compare case-insensitively; '/' would nest settings groups.
    return QStringLiteral("signatures/") + address.trimmed().toLower().replace(u'/', u'_');
}

Signature SignatureStore::signatureFor(const QString &address) const
{
    const QString k = key(address);
    return {m_settings->value(k + QStringLiteral("/plain")).toString(),
        m_settings->value(k + QStringLiteral("/html")).toString()};
}

void SignatureStore::setSignature(const QString &address, const Signature &signature)
{
    const QString k = key(address);
    m_settings->setValue(k + QStringLiteral("/plain"), signature.plain);
    m_settings->setValue(k + QStringLiteral("/html"), signature.html);
    Q_EMIT changed(address);
}

} // namespace Outpost
