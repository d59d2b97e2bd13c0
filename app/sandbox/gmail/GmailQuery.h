// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ProviderStore.h"

namespace Outpost::Sandbox {

// The part of Gmail's search syntax (the `q` parameter) the sandbox understands:
//   from:ADDR  to:ADDR  cc:ADDR  subject:WORD  rfc822msgid:ID  in:sent|inbox  label:NAME
//   free words (subject or snippet), "quoted values", `a OR b`, `{a b}` (any of), and
//   juxtaposition (all of). `to:` matches To and Cc. Comparisons ignore case; an address
//   term matches when it is part of the header (Gmail matches partial addresses too).
class GmailQuery
{
public:
    // Every value of the query parameter `name`, decoded as Google's servers read a query
    // string: application/x-www-form-urlencoded, '+' a space, then percent-decoding (WHATWG
    // URL Standard, "application/x-www-form-urlencoded parsing"; Google's own search URLs
    // write q=a+b for "a b"). A client that leaves '+' raw in jamie+billing@… searches for
    // "jamie billing@…".
    static QStringList formValues(const QString &rawQuery, const QString &name);
    static QString formValue(const QString &rawQuery, const QString &name);

    static GmailQuery parse(const QString &q);
    bool matches(const GmailMessage &message) const;
    bool isEmpty() const { return m_clauses.isEmpty(); }

private:
    struct Term
    {
        QString field; // from, to, cc, subject, rfc822msgid, in, label, or empty: free text
        QString value;
    };
    static bool termMatches(const Term &term, const GmailMessage &message);

    QList<QList<Term>> m_clauses; // all clauses must hold; each holds when any term does
};

} // namespace Outpost::Sandbox
