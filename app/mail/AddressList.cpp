// SPDX-License-Identifier: GPL-3.0-or-later
#include <gmime/gmime.h>

#include "mail/AddressList.h"
#include "mail/GMimeInit.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace Outpost {
namespace {

using Internal::ensureGMime;

struct GObjectDeleter
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
using ListPtr = std::unique_ptr<InternetAddressList, GObjectDeleter>;

GMimeParserOptions *strictOptions()
{
    static GMimeParserOptions *options = [] {
        ensureGMime();
        GMimeParserOptions *o = g_mime_parser_options_new();
        g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_STRICT);
        return o;
    }();
    return options;
}

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::AddressList)
};

// Splits at top-level separators only: a comma inside "Lee, Jamie" or (a, comment) stays.
QStringList splitEntries(const QString &text)
{
    QStringList entries;
    QString current;
    bool inQuotes = false;
    int commentDepth = 0;
    bool inAngle = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            current += c;
            if (c == u'\\' && i + 1 < text.size())
                current += text.at(++i);
            else if (c == u'"')
                inQuotes = false;
            continue;
        }
        if (c == u'"' && commentDepth == 0) {
            inQuotes = true;
        } else if (c == u'(') {
            ++commentDepth;
        } else if (c == u')' && commentDepth > 0) {
            --commentDepth;
        } else if (c == u'<' && commentDepth == 0) {
            inAngle = true;
        } else if (c == u'>' && commentDepth == 0) {
            inAngle = false;
        } else if (commentDepth == 0 && !inAngle
            && (c == u',' || c == u';' || c == u'\n' || c == u'\r')) {
            entries += current;
            current.clear();
            continue;
        }
        current += c;
    }
    entries += current;
    QStringList trimmed;
    for (const QString &entry : std::as_const(entries)) {
        const QString t = entry.trimmed();
        if (!t.isEmpty())
            trimmed += t;
    }
    return trimmed;
}

// A domain's label: letters and digits of any script, hyphens inside (LDH, RFC 1035 2.3.1,
// with RFC 6531's internationalised labels as typed). A character class, checked per code
// point: no regular expression, whose engine (PCRE2, JIT-compiled) would load at every start
// to check the address of a mailto: link.
bool validLabel(const QString &label)
{
    const QList<uint> points = label.toUcs4();
    if (points.isEmpty())
        return false;
    const auto letterOrDigit = [](uint c) { return QChar::isLetterOrNumber(char32_t(c)); };
    if (!letterOrDigit(points.first()) || !letterOrDigit(points.last()))
        return false;
    return std::all_of(
        points.cbegin(), points.cend(), [&](uint c) { return c == u'-' || letterOrDigit(c); });
}

// ASCII whitespace (what PCRE2 matched as \s here), or what separates or brackets addresses:
// never in a bare address.
bool hasSpaceOrSeparator(const QString &text, bool spaceOnly)
{
    const QStringView separators = spaceOnly ? u" \t\n\v\f\r" : u" \t\n\v\f\r<>,;";
    return std::any_of(
        text.cbegin(), text.cend(), [separators](QChar c) { return separators.contains(c); });
}

bool validDomain(const QString &domain, QString *reason)
{
    if (domain.startsWith(u'[') && domain.endsWith(u']'))
        return true; // an address literal: GMime has checked its syntax
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2) {
        *reason = Tr::tr("the domain “%1” is incomplete (no dot)").arg(domain);
        return false;
    }
    for (const QString &l : labels) {
        if (!validLabel(l)) {
            *reason = Tr::tr("the domain “%1” is not valid").arg(domain);
            return false;
        }
    }
    return true;
}

// Words for why GMime refused an entry: the user needs to know what to fix.
QString diagnose(const QString &entry)
{
    if (entry.count(u'"') % 2 != 0)
        return Tr::tr("a quotation mark is not closed");
    if (entry.count(u'<') != entry.count(u'>'))
        return Tr::tr("an angle bracket is not closed");
    QString spec = entry;
    const qsizetype lt = entry.lastIndexOf(u'<');
    if (lt >= 0)
        spec = entry.mid(lt + 1).section(u'>', 0, 0).trimmed();
    if (!spec.contains(u'@'))
        return Tr::tr("there is no @ in it");
    const qsizetype at = spec.lastIndexOf(u'@');
    if (at == 0)
        return Tr::tr("nothing stands before the @");
    if (at == spec.size() - 1)
        return Tr::tr("nothing stands after the @");
    if (lt < 0 && hasSpaceOrSeparator(spec, true))
        return Tr::tr("it contains a space; put a name before <address>");
    if (spec.contains(QStringLiteral("..")))
        return Tr::tr("it contains two dots in a row");
    return Tr::tr("it is not an email address");
}

} // namespace

QString MailAddress::toString() const
{
    ensureGMime();
    // GMime 3.2 prints a name holding `"`, `\` or a control character unquoted (`Lee "JL"
    // Jamie <j@x.com>` reads back as `Lee JL Jamie`; `a\b <j@x.com>` not at all): such a name
    // is written here as an RFC 5322 quoted-string, the address still printed by GMime. Found
    // by fuzz_addresses.
    const bool quoteName = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        return c == u'"' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f;
    });
    const QByteArray n = name.toUtf8();
    const QByteArray a = address.toUtf8();
    InternetAddress *mailbox = internet_address_mailbox_new(
        name.isEmpty() || quoteName ? nullptr : n.constData(), a.constData());
    gchar *text = internet_address_to_string(mailbox, nullptr, FALSE);
    QString result = QString::fromUtf8(text);
    g_free(text);
    g_object_unref(mailbox);
    if (quoteName) {
        QString quoted = name;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        result = u'"' + quoted + QStringLiteral("\" <") + result + u'>';
    }
    return result;
}

namespace AddressList {

// The address as it comes back from the wire: GMime writes an internationalised domain in
// its ASCII form (IDNA, with its mapping: `ᾗ` becomes `ἧι`, capitals become small) and reads
// it back in Unicode. Keeping that form means the address the user sees is the one that is
// sent. Found by fuzz_addresses.
static QString wireForm(const QString &address)
{
    const QByteArray utf8 = address.toUtf8();
    InternetAddress *typed = internet_address_mailbox_new(nullptr, utf8.constData());
    const QByteArray idn = internet_address_mailbox_get_idn_addr(INTERNET_ADDRESS_MAILBOX(typed));
    g_object_unref(typed);
    InternetAddress *read = internet_address_mailbox_new(nullptr, idn.constData());
    QString result
        = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(read)));
    g_object_unref(read);
    return result;
}

static bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

static void parseEntry(const QString &entry, AddressParse &result)
{
    const QByteArray utf8 = entry.toUtf8();
    ListPtr list(internet_address_list_parse(strictOptions(), utf8.constData()));
    const int count = list ? internet_address_list_length(list.get()) : 0;
    if (count == 0) {
        result.problems += {entry, diagnose(entry)};
        return;
    }
    for (int i = 0; i < count; ++i) {
        InternetAddress *ia = internet_address_list_get_address(list.get(), i);
        if (!INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            result.problems
                += {entry, Tr::tr("address groups are not supported; list the addresses")};
            continue;
        }
        auto *mailbox = INTERNET_ADDRESS_MAILBOX(ia);
        MailAddress address {QString::fromUtf8(internet_address_get_name(ia)),
            QString::fromUtf8(internet_address_mailbox_get_addr(mailbox))};
        QString reason;
        if (!isAddrSpec(address.address, &reason)) {
            result.problems += {entry, reason};
            continue;
        }
        if (!isAscii(address.address)) {
            const QString sent = wireForm(address.address);
            if (sent.isEmpty() || wireForm(sent) != sent || !isAddrSpec(sent)) {
                result.problems += {
                    entry, Tr::tr("the domain cannot be written in the form mail servers read")};
                continue;
            }
            address.address = sent;
        }
        result.addresses += address;
    }
}

AddressParse parse(const QString &text)
{
    AddressParse result;
    for (const QString &entry : splitEntries(text))
        parseEntry(entry, result);
    return result;
}

AddressParse parseOne(const QString &text)
{
    AddressParse result;
    const QString entry = text.trimmed();
    if (entry.isEmpty()) {
        result.problems += {text, Tr::tr("it is empty")};
        return result;
    }
    parseEntry(entry, result);
    if (result.ok() && result.addresses.size() != 1) {
        result.problems += {entry, Tr::tr("it holds more than one address")};
        result.addresses.clear();
    }
    return result;
}

bool isAddrSpec(const QString &address, QString *reason)
{
    QString scratch;
    QString &why = reason ? *reason : scratch;
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1) {
        why = diagnose(address);
        return false;
    }
    if (hasSpaceOrSeparator(address, false) && !address.startsWith(u'"')) {
        why = diagnose(address);
        return false;
    }
    const QByteArray utf8 = address.toUtf8();
    ListPtr list(internet_address_list_parse(strictOptions(), utf8.constData()));
    if (!list || internet_address_list_length(list.get()) != 1) {
        why = diagnose(address);
        return false;
    }
    return validDomain(address.mid(at + 1), &why);
}

QStringList toStrings(const QList<MailAddress> &addresses)
{
    QStringList out;
    out.reserve(addresses.size());
    for (const MailAddress &a : addresses)
        out += a.toString();
    return out;
}

} // namespace AddressList
} // namespace Outpost
