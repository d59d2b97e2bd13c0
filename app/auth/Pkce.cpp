// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Outpost::Pkce {

namespace {
constexpr QByteArray::Base64Options base64url
    = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QByteArray verifier()
{
    static constexpr char alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    QByteArray v(64, Qt::Uninitialized);
    for (char &c : v)
        c = alphabet[QRandomGenerator::system()->bounded(alphabetSize)];
    return v;
}

QByteArray challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64url);
}

QByteArray state()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return random.toBase64(base64url);
}

} // namespace Outpost::Pkce
