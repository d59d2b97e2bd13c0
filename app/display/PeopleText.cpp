// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/PeopleText.h"

#include <QCoreApplication>

#include <algorithm>

namespace Outpost::PeopleText {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::PeopleText)
};

// Three names still read at a glance; a fourth makes a row too long to scan.
constexpr int shownInFull = 3;
} // namespace

QString nameOf(const MailAddress &person)
{
    const QString name = person.name.simplified();
    return name.isEmpty() ? person.address : name;
}

QString names(const QList<MailAddress> &people, const QLocale &locale)
{
    QStringList shown;
    QStringList seen;
    for (const MailAddress &p : people) {
        const bool twice = std::any_of(seen.cbegin(), seen.cend(),
            [&](const QString &a) { return AddressList::sameAddress(a, p.address); });
        if (twice && !p.address.isEmpty())
            continue;
        seen += p.address;
        const QString name = nameOf(p);
        if (!name.isEmpty())
            shown += name;
    }
    if (shown.size() > shownInFull) {
        const int others = int(shown.size()) - (shownInFull - 1);
        shown.resize(shownInFull - 1);
        //: The end of a list of people: "Jamie Lee, Robin Hale and 2 others" (n is 2 or more).
        shown += Tr::tr("%n others", "always 2 or more", others);
    }
    return locale.createSeparatedList(shown);
}

QList<MailAddress> parse(const QStringList &people)
{
    QList<MailAddress> out;
    for (const QString &entry : people) {
        if (entry.trimmed().isEmpty())
            continue;
        const AddressParse parsed = AddressList::parse(entry);
        out += parsed.addresses;
        for (const AddressProblem &p : parsed.problems)
            out += MailAddress {p.input.trimmed(), {}};
    }
    return out;
}

QString names(const QStringList &people, const QLocale &locale)
{
    return names(parse(people), locale);
}

} // namespace Outpost::PeopleText
