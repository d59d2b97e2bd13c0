// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/AddressList.h"

#include <QLocale>
#include <QStringList>

namespace Outpost::PeopleText {

// The one way Outpost names a list of people (the thread picker's rows, a conversation's
// header, the Drafts, Outbox and Sent lists): each by the display name when one is known,
// else by the address; up to three in full, joined as the locale joins a list ("Jamie Lee,
// Robin Hale and Alex Kim"), more as the first two and a count ("Jamie Lee, Robin Hale and
// 2 others"). The same address twice is named once. The tooltip has every address
// (AddressList::toStrings).
QString names(const QList<MailAddress> &people, const QLocale &locale = QLocale());

// The same for entries as the platform and the store keep them ("Jamie Lee <jamie@x.com>",
// a bare address, or a comma-separated list of either), read by GMime; an entry that is not
// an address is shown as it was written.
QString names(const QStringList &people, const QLocale &locale = QLocale());
QList<MailAddress> parse(const QStringList &people);

// One person: "Jamie Lee", else "jamie@x.com".
QString nameOf(const MailAddress &person);

} // namespace Outpost::PeopleText
