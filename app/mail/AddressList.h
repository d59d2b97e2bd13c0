// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Outpost {

// One mailbox of an address list: an optional display name and an addr-spec.
struct MailAddress
{
    QString name;
    QString address;

    // RFC 5322 form for a header or the platform API: `"Lee, Jamie" <jamie@x.com>` or bare.
    QString toString() const;
    bool operator==(const MailAddress &other) const = default;
};

// An entry the user wrote that is not an address, with the reason in words.
struct AddressProblem
{
    QString input;
    QString reason;
    bool operator==(const AddressProblem &other) const = default;
};

struct AddressParse
{
    QList<MailAddress> addresses;
    QList<AddressProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// RFC 5322 address lists, parsed and printed by GMime. The only place in Outpost that
// knows about GMime's address API: nothing outside sees a GLib type.
namespace AddressList {

// Splits a pasted or typed list (separated by commas, semicolons or line breaks; quotes,
// comments and angle brackets respected) and parses each entry.
AddressParse parse(const QString &text);

// Parses exactly one mailbox (`a@b.c` or `Name <a@b.c>`); anything else is a problem.
AddressParse parseOne(const QString &text);

// Whether a bare addr-spec is a deliverable-looking address (for `from`).
bool isAddrSpec(const QString &address, QString *reason = nullptr);

// Case-insensitive comparison of whole addresses, as the platform does.
inline bool sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QStringList toStrings(const QList<MailAddress> &addresses);

} // namespace AddressList
} // namespace Outpost
