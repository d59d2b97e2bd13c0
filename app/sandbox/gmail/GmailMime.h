// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// What the sandbox's Gmail needs to know about an RFC 5322 message, read by GMime. Nothing
// outside GmailMime.cpp sees a GLib type.
namespace Outpost::Sandbox::GmailMime {

struct Address
{
    QString name;
    QString address;
};

// One address header: what it lists, and whether it was present and entirely valid.
struct AddressHeader
{
    QList<Address> addresses;
    bool present = false;
    bool valid = true;
};

struct Parsed
{
    AddressHeader from;
    AddressHeader to;
    AddressHeader cc;
    AddressHeader bcc;
    QString subject; // decoded
    QString messageId; // with <>; empty when the message has none
    QStringList inReplyTo; // message ids with <>
    QStringList references;
    QString text; // the body as plain text (HTML reduced to its text), for snippets
};

// Nothing when the bytes are not a message at all.
std::optional<Parsed> parse(const QByteArray &raw);
// Every header in order, names as written, values unfolded and decoded (RFC 2047).
QList<QPair<QString, QString>> headers(const QByteArray &raw);
// The raw bytes without the named headers (continuation lines included); the body untouched.
QByteArray withoutHeaders(const QByteArray &raw, const QList<QByteArray> &names);
// `<a@b> <c@d>` (any separators) → {"<a@b>", "<c@d>"}.
QStringList messageIds(const QString &value);

} // namespace Outpost::Sandbox::GmailMime
