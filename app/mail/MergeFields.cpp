// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MergeFields.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Outpost::MergeFields {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::MergeFields)
};

const QRegularExpression &pattern()
{
    // A name is a letter then letters, digits or underscores: what the platform's examples
    // use ({{firstName}}). Anything else between braces is not a placeholder.
    static const QRegularExpression re(
        QStringLiteral("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\}\\}"));
    return re;
}

// The value of one field, or the reason it has none.
struct Lookup
{
    QString value;
    QString reason;
};

Lookup recipientField(const MergeValues &v, const QString &key)
{
    if (v.recipientAddress.isEmpty())
        return {{}, Tr::tr("there is no recipient yet; add one in To first.")};
    if (key == u"email")
        return {
            v.contact && !v.contact->email.isEmpty() ? v.contact->email : v.recipientAddress, {}};
    if (!v.contact && !v.contactLookupError.isEmpty())
        return {{},
            Tr::tr("the contact %1 could not be looked up: %2")
                .arg(v.recipientAddress, v.contactLookupError)};
    if (!v.contact)
        return {
            {}, Tr::tr("no contact on the instance has the address %1.").arg(v.recipientAddress)};
    const QString value = key == u"firstname" ? v.contact->firstName : v.contact->lastName;
    if (!value.trimmed().isEmpty())
        return {value.trimmed(), {}};
    return {{},
        key == u"firstname" ? Tr::tr("the contact %1 has no first name.").arg(v.recipientAddress)
                            : Tr::tr("the contact %1 has no last name.").arg(v.recipientAddress)};
}

Lookup lookup(const MergeValues &v, const QString &name)
{
    const QString key = name.toLower();
    if (key == u"firstname" || key == u"lastname" || key == u"email")
        return recipientField(v, key);
    if (key == u"senderemail" || key == u"sendername") {
        if (v.senderEmail.isEmpty())
            return {{}, Tr::tr("no mailbox to send from is chosen yet.")};
        if (key == u"senderemail")
            return {v.senderEmail, {}};
        if (!v.senderName.trimmed().isEmpty())
            return {v.senderName.trimmed(), {}};
        return {{}, Tr::tr("the mailbox %1 has no name.").arg(v.senderEmail)};
    }
    if (key == u"myemail") {
        if (!v.user.email.isEmpty())
            return {v.user.email, {}};
        return {{}, Tr::tr("Outpost does not know your address (sign in to an instance).")};
    }
    if (key == u"myfirstname" || key == u"mylastname") {
        const QString value = key == u"myfirstname" ? v.user.firstName : v.user.lastName;
        if (!value.trimmed().isEmpty())
            return {value.trimmed(), {}};
        return {{}, Tr::tr("Outpost does not know your name.")};
    }
    return {{},
        Tr::tr("Outpost knows no field of that name (it knows %1).")
            .arg(QLocale().createSeparatedList([] {
                QStringList out;
                for (const QString &k : known())
                    out += written(k);
                return out;
            }()))};
}
} // namespace

QStringList known()
{
    return {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email"),
        QStringLiteral("senderEmail"), QStringLiteral("senderName"), QStringLiteral("myFirstName"),
        QStringLiteral("myLastName"), QStringLiteral("myEmail")};
}

QString written(const QString &name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

QStringList placeholders(const QString &text)
{
    QStringList names;
    for (auto it = pattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names += name;
    }
    return names;
}

QList<std::pair<qsizetype, qsizetype>> spans(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    // Most bodies hold no placeholder: the expression (PCRE2, about 0.4 MB once compiled and
    // JIT-compiled) is not needed to say so, as a new window opens.
    if (!text.contains(u"{{"))
        return out;
    for (auto it = pattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({m.capturedStart(), m.capturedLength()});
    }
    return out;
}

MergeResult fill(const QString &text, const MergeValues &values, bool html)
{
    MergeResult result;
    qsizetype done = 0;
    for (auto it = pattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result.text += QStringView(text).mid(done, m.capturedStart() - done);
        done = m.capturedEnd();
        const QString name = m.captured(1);
        const Lookup found = lookup(values, name);
        if (!found.value.isEmpty()) {
            result.text += html ? found.value.toHtmlEscaped() : found.value;
            continue;
        }
        result.text += m.captured(0);
        const bool reported = std::any_of(result.unfilled.cbegin(), result.unfilled.cend(),
            [&](const UnfilledField &u) { return u.name == name; });
        if (!reported)
            result.unfilled += {name, found.reason};
    }
    result.text += QStringView(text).mid(done);
    return result;
}

} // namespace Outpost::MergeFields
