// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/ConversationDocument.h"

#include "conversation/ConversationHtml.h"
#include "conversation/ConversationText.h"
#include "display/PeopleText.h"
#include "display/TimeText.h"
#include "mail/SendRules.h"
#include "mail/SenderAuthentication.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace Outpost::ConversationDocument {

namespace {
using namespace Qt::StringLiterals;

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ConversationDocument)
};

struct Template
{
    QString page;
    QString style;
};

const Template &pageTemplate()
{
    static const Template t = [] {
        Template loaded;
        QFile html(u":/outpost/conversation/conversation.html"_s);
        QFile css(u":/outpost/conversation/conversation.css"_s);
        if (html.open(QIODevice::ReadOnly))
            loaded.page = QString::fromUtf8(html.readAll());
        if (css.open(QIODevice::ReadOnly))
            loaded.style = QString::fromUtf8(css.readAll());
        return loaded;
    }();
    return t;
}

// The template with each `{{name}}` replaced, in one pass: nothing inserted is read again.
QString filled(const QString &page, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(page.size() + values.value(u"messages"_s).size() + 16384);
    qsizetype at = 0;
    for (;;) {
        const qsizetype open = page.indexOf(u"{{"_s, at);
        const qsizetype close = open < 0 ? -1 : page.indexOf(u"}}"_s, open);
        if (close < 0) {
            out += QStringView(page).mid(at);
            return out;
        }
        out += QStringView(page).mid(at, open - at);
        out += values.value(page.mid(open + 2, close - open - 2));
        at = close + 2;
    }
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

bool senderTrusted(const MailAddress &sender, const Options &options)
{
    return !sender.address.isEmpty()
        && options.imagesFromSenders.contains(sender.address.toLower());
}

bool imagesAllowed(const ConversationMessage &m, const MailAddress &sender,
    const SenderAuthentication &auth, const Options &options)
{
    // Trust in a sender is a claim anyone can write in From: it never holds for a message
    // whose provider says the sender failed authentication.
    return options.allImages || options.imagesForMessages.contains(m.id)
        || (!auth.failed && senderTrusted(sender, options));
}

// The names of the actions a page's links may ask for.
bool isAction(const QString &name)
{
    return name == u"reply"_s || name == u"reply-all"_s || name == u"forward"_s
        || name == u"show-images"_s || name == u"trust-sender"_s;
}

// A real <button> (a screen reader lists it among the page's buttons; Space and Return press
// it) that submits an empty form to `url`, built by actionUrl() alone. Without script, a form
// is the only way a button can lead anywhere; POST keeps the URL's query as actionUrl() wrote
// it (a GET would replace it with the form's fields). The page's CSP lets forms go to
// `outpost-action:` and nowhere else; ConversationViewPage hands the submission to the view.
// `name`: what a screen reader says, which starts with the visible `label` (WCAG 2.5.3, label
// in name: a user who says what they see, by voice control, reaches it).
QString button(const QString &label, const QString &name, const QUrl &url)
{
    return u"<form class=\"action\" method=\"post\" action=\""_s
        + escaped(QString::fromUtf8(url.toEncoded()))
        + u"\"><button class=\"button\" type=\"submit\" aria-label=\""_s + escaped(name) + u"\">"_s
        + escaped(label) + u"</button></form>"_s;
}

QString attachmentsOf(const ConversationMessage &m, const QLocale &locale)
{
    if (m.attachments.isEmpty())
        return {};
    QString out
        = u"<ul class=\"attachments\" aria-label=\""_s + escaped(Tr::tr("Attachments")) + u"\">"_s;
    for (const Attachment &a : m.attachments) {
        const QString name = escaped(a.filename.isEmpty() ? Tr::tr("(unnamed)") : a.filename);
        out += u"<li>📎 "_s;
        if (ConversationHtml::isSafeLink(a.url) && !a.url.startsWith(u"mailto:"_s))
            out += u"<a href=\""_s + escaped(QString::fromUtf8(QUrl(a.url).toEncoded()))
                + u"\" rel=\"noreferrer noopener\">"_s + name + u"</a>"_s;
        else
            out += name;
        if (a.size >= 0)
            out += u"<span class=\"size\">"_s + escaped(SendRules::sizeText(a.size, locale))
                + u"</span>"_s;
        out += u"</li>"_s;
    }
    return out + u"</ul>"_s;
}

// Who wrote a message, as the page shows it (a note may have no author); `sender` is its
// parsed From.
QString authorOf(const ConversationMessage &m, const MailAddress &sender)
{
    if (m.internal && m.from.isEmpty())
        return {};
    return sender.name.trimmed().isEmpty() ? sender.address : sender.name.trimmed();
}

// What a screen reader calls a message: its heading, and the end of its buttons' names
// ("Reply to Jamie Lee, 14 May"). The day, without the year in the current year; with the time
// when the same author wrote twice that day in this thread (`withTime`), so that no two
// messages' buttons have the same name.
QString labelOf(
    const ConversationMessage &m, const QString &author, const Options &options, bool withTime)
{
    const QDateTime local = m.createdAt.toTimeZone(options.zone);
    const bool otherYear
        = local.date().year() != options.now.toTimeZone(options.zone).date().year();
    // Read out, so the month in full ("14 May", "14 September 2025").
    QString day = TimeText::day(local.date(), otherYear, options.locale, QLocale::LongFormat);
    if (withTime)
        day = Tr::tr("%1, %2", "day, time of day")
                  .arg(day, TimeText::timeOfDay(local.time(), options.locale));
    if (m.internal) {
        return author.isEmpty() ? Tr::tr("Internal note, %1").arg(day)
                                : Tr::tr("Internal note by %1, %2").arg(author, day);
    }
    return Tr::tr("%1, %2", "author, day").arg(shownAuthor(author), day);
}

QString messageHtml(const ConversationMessage &m, const MailAddress &sender, const QString &label,
    bool latest, const Options &options, ConversationHtml::Options bodyOptions, Page &page)
{
    const QString shortTime
        = TimeText::forHeader(m.createdAt, options.now, options.locale, options.zone);
    const QString longTime = TimeText::full(m.createdAt, options.locale, options.zone);
    const SenderAuthentication auth = SenderAuthentication::fromHeaders(m.authenticationResults);
    bodyOptions.allowRemoteImages = imagesAllowed(m, sender, auth, options);
    QString body;
    bool blocked = false;
    if (m.isHtml && options.plainText) {
        body = ConversationText::toHtml(ConversationHtml::textOf(m.body), bodyOptions);
    } else if (m.isHtml) {
        const ConversationHtml::Sanitized s = ConversationHtml::sanitize(m.body, bodyOptions);
        body = s.html;
        blocked = s.remoteBlocked;
        if (bodyOptions.allowRemoteImages) {
            for (const QString &url : s.remoteImages)
                page.allowedImages += QUrl::fromEncoded(url.toUtf8());
        }
    } else {
        body = ConversationText::toHtml(m.body, bodyOptions);
    }
    if (blocked)
        ++page.blockedMessages;

    QStringList classes {u"message"_s, m.incoming ? u"incoming"_s : u"outgoing"_s};
    if (m.internal)
        classes += u"internal"_s;
    if (m.pending)
        classes += u"pending"_s;
    // A note has no sender to show: its tag says what it is.
    const QString who = authorOf(m, sender);
    // Each message is an article named by its heading, which a screen reader lists and jumps
    // to (H); the heading is for them only: the summary line shows the same to the eye.
    const QString anchor = anchorOf(m.id);
    const QString headingId = anchor + u"-h"_s;
    QString out = u"<article class=\""_s + classes.join(u' ') + u"\" id=\""_s + escaped(anchor)
        + u"\" aria-labelledby=\""_s + escaped(headingId) + u"\"><h2 class=\"for-readers\" id=\""_s
        + escaped(headingId) + u"\">"_s + escaped(label) + u"</h2>"_s;
    out += u"<details class=\"message-details\""_s + (latest ? u" open"_s : QString()) + u'>';
    out += u"<summary>"_s;
    if (!who.isEmpty() || !m.internal)
        out += u"<span class=\"who\">"_s + escaped(shownAuthor(who)) + u"</span>"_s;
    if (m.internal)
        out += u"<span class=\"tag\">"_s + escaped(internalNoteTag()) + u"</span>"_s;
    out += u"<span class=\"snippet\">"_s + escaped(snippetOf(m)) + u"</span><time datetime=\""_s
        + m.createdAt.toUTC().toString(Qt::ISODate) + u"\" title=\""_s + escaped(longTime)
        + u"\">"_s + escaped(shortTime) + u"</time></summary><div class=\"card\">"_s;
    if (m.internal) {
        out += u"<p class=\"note-badge\" role=\"note\" aria-label=\""_s + escaped(internalNoteTag())
            + u"\">"_s + escaped(internalNoteBadge()) + u"</p>"_s;
    }
    out += u"<dl class=\"headers\">"_s;
    for (const HeaderLine &h : headerLines(m, options.locale, options.zone))
        out += u"<dt>"_s + escaped(h.name) + u"</dt><dd>"_s + escaped(h.value) + u"</dd>"_s;
    out += u"</dl>"_s;
    if (blocked) {
        // A group named by its sentence: a screen reader says why before the buttons.
        const QString reasonId = anchor + u"-images"_s;
        out += u"<div class=\"images-blocked\" role=\"group\" aria-labelledby=\""_s
            + escaped(reasonId) + u"\"><span id=\""_s + escaped(reasonId) + u"\">"_s
            + escaped(Tr::tr("Remote images in this message are hidden to protect your privacy."))
            + u"</span>"_s;
        if (auth.failed) {
            // Said whether or not the sender is trusted: the From line may be forged.
            const QString why = senderTrusted(sender, options)
                ? Tr::tr("You trust %1, but the mail provider reports that this message failed "
                         "the sender check (%2): it may not be from %1, so its images stay "
                         "hidden.")
                : Tr::tr("The mail provider reports that this message failed the sender check "
                         "(%2): it may not be from %1.");
            out += u"<span class=\"auth-failed\">"_s
                + escaped(why.arg(sender.address.toLower(), auth.results.join(u", "_s)))
                + u"</span>"_s;
        }
        out += button(Tr::tr("Show Images"), Tr::tr("Show images in the message of %1").arg(label),
            actionUrl(u"show-images"_s, m.id, page.actionKey));
        if (!sender.address.isEmpty() && !auth.failed) {
            const QString always = Tr::tr("Always show images from %1").arg(sender.address);
            out += button(
                always, always, actionUrl(u"trust-sender"_s, m.id, page.actionKey, sender.address));
        }
        out += u"</div>"_s;
    }
    out += u"<div class=\"body\">"_s + body + u"</div>"_s;
    out += attachmentsOf(m, options.locale);
    if (m.pending) {
        out += u"<p class=\"pending-note\">"_s
            + escaped(Tr::tr("Sent just now; the server has not listed it yet.")) + u"</p>"_s;
    } else if (hasActions(m)) {
        out += u"<nav class=\"actions\" aria-label=\""_s
            + escaped(Tr::tr("Actions on the message of %1").arg(label)) + u"\">"_s
            + button(Tr::tr("Reply"), Tr::tr("Reply to %1").arg(label),
                actionUrl(u"reply"_s, m.id, page.actionKey))
            + button(Tr::tr("Reply All"), Tr::tr("Reply all to %1").arg(label),
                actionUrl(u"reply-all"_s, m.id, page.actionKey))
            + button(Tr::tr("Forward"), Tr::tr("Forward the message of %1").arg(label),
                actionUrl(u"forward"_s, m.id, page.actionKey))
            + u"</nav>"_s;
    }
    return out + u"</div></details></article>\n"_s;
}
} // namespace

QUrl actionUrl(
    const QString &action, const QString &messageId, const QString &key, const QString &address)
{
    QUrl url;
    url.setScheme(actionScheme.toString());
    url.setPath(action);
    QUrlQuery query {{u"message"_s, messageId}};
    if (!address.isEmpty())
        query.addQueryItem(u"address"_s, address);
    query.addQueryItem(u"key"_s, key);
    url.setQuery(query);
    return url;
}

std::optional<Action> actionOf(const QUrl &url, const QStringList &keys)
{
    if (url.scheme() != actionScheme || !url.host().isEmpty() || url.hasFragment())
        return std::nullopt;
    const QUrlQuery query(url);
    const QString key = query.queryItemValue(u"key"_s, QUrl::FullyDecoded);
    // Every item once: a link with two keys or two ids is not one this page wrote.
    for (const QString &name : {u"key"_s, u"message"_s, u"address"_s}) {
        if (query.allQueryItemValues(name).size() > 1)
            return std::nullopt;
    }
    if (key.isEmpty() || !keys.contains(key))
        return std::nullopt;
    Action a;
    a.name = url.path();
    a.messageId = query.queryItemValue(u"message"_s, QUrl::FullyDecoded);
    a.address = query.queryItemValue(u"address"_s, QUrl::FullyDecoded);
    if (!isAction(a.name) || a.messageId.isEmpty())
        return std::nullopt;
    return a;
}

QString newActionKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

QString styleHashSource()
{
    static const QString source = u"'sha256-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(pageTemplate().style.toUtf8(), QCryptographicHash::Sha256)
                .toBase64())
        + u'\'';
    return source;
}

QString anchorOf(const QString &messageId)
{
    return u"m-"_s + messageId;
}

QString subjectOf(const ThreadSummary &thread)
{
    return thread.subject.trimmed().isEmpty() ? Tr::tr("(no subject)") : thread.subject;
}

QString earlierComing(int count)
{
    return Tr::tr("Loading %n earlier message(s)…", nullptr, count);
}

bool hasActions(const ConversationMessage &m)
{
    return !m.internal && !m.pending && !m.id.isEmpty();
}

QString metaLine(const ThreadSummary &thread, int count, const QLocale &locale)
{
    QStringList meta;
    if (!thread.participants.isEmpty())
        meta += PeopleText::names(thread.participants, locale);
    meta += Tr::tr("%n message(s)", nullptr, count);
    if (!thread.mailbox.isEmpty())
        meta += Tr::tr("in %1 (%2)").arg(thread.mailbox, providerDisplayName(thread.provider));
    return meta.join(u" · "_s);
}

QString snippetOf(const ConversationMessage &m)
{
    QString text = m.isHtml ? ConversationHtml::plainTextOf(QStringView(m.body).left(8000))
                            : QStringView(m.body).left(2000).toString();
    // Quoted lines say nothing new.
    QStringList kept;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().startsWith(u'>'))
            kept += line;
    }
    return kept.join(u' ').simplified().left(200);
}

QString authorOf(const ConversationMessage &m)
{
    return authorOf(m, m.sender());
}

QString shownAuthor(const QString &author)
{
    return author.isEmpty() ? Tr::tr("(unknown)") : author;
}

QString internalNoteTag()
{
    return Tr::tr("Internal note");
}

QString internalNoteBadge()
{
    return Tr::tr("Only your team sees this note: it is never sent nor quoted.");
}

QList<HeaderLine> headerLines(
    const ConversationMessage &m, const QLocale &locale, const QTimeZone &zone)
{
    QList<HeaderLine> lines;
    if (!m.from.isEmpty())
        lines += {u"from"_s, Tr::tr("From"), m.from};
    if (!m.to.isEmpty())
        lines += {u"to"_s, Tr::tr("To"), m.to.join(u", "_s)};
    if (!m.cc.isEmpty())
        lines += {u"cc"_s, Tr::tr("Cc"), m.cc.join(u", "_s)};
    lines += {u"date"_s, Tr::tr("Date"), TimeText::full(m.createdAt, locale, zone)};
    return lines;
}

QString colour(QStringView name, bool dark)
{
    // The values are conversation.css's own, read from the two blocks that set them (`:root`
    // and `html.dark`): one place to change a colour, for the page and for the first paint.
    static const auto values = [] {
        std::array<QHash<QString, QString>, 2> found;
        const QString &css = pageTemplate().style;
        static const QRegularExpression block(uR"((:root|html\.dark)\s*\{([^}]*)\})"_s);
        static const QRegularExpression variable(uR"(--([a-z-]+)\s*:\s*([^;]+);)"_s);
        for (auto b = block.globalMatch(css); b.hasNext();) {
            const QRegularExpressionMatch m = b.next();
            auto &into = found[m.captured(1) == u"html.dark"_s ? 1 : 0];
            for (auto v = variable.globalMatch(m.capturedView(2)); v.hasNext();) {
                const QRegularExpressionMatch d = v.next();
                into.insert(d.captured(1), d.captured(2).trimmed());
            }
        }
        return found;
    }();
    const QString key = name.toString();
    return values[dark ? 1 : 0].value(key, values[0].value(key));
}

Page build(
    const ThreadSummary &thread, const QList<ConversationMessage> &messages, const Options &options)
{
    Page page;
    page.actionKey = options.actionKey.isEmpty() ? newActionKey() : options.actionKey;
    ConversationHtml::Options bodyOptions;
    bodyOptions.quoteLabel = Tr::tr("Show quoted text");
    bodyOptions.blockedImageLabel = Tr::tr("Remote image, hidden");
    QString list;
    list.reserve(messages.size() * 2048);
    // Senders parsed once (GMime is not free); an author who wrote twice on one day gets the
    // time in both messages' names.
    QList<MailAddress> senders;
    QStringList authors;
    QStringList labels;
    QHash<QString, int> perDay;
    senders.reserve(messages.size());
    authors.reserve(messages.size());
    labels.reserve(messages.size());
    for (const ConversationMessage &m : messages) {
        senders += m.sender();
        authors += authorOf(m, senders.last());
        labels += labelOf(m, authors.last(), options, false);
        ++perDay[labels.last()];
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const ConversationMessage &m = messages.at(i);
        const QString label = perDay.value(labels.at(i)) > 1
            ? labelOf(m, authors.at(i), options, true)
            : labels.at(i);
        list += messageHtml(
            m, senders.at(i), label, i == messages.size() - 1, options, bodyOptions, page);
    }
    if (messages.isEmpty())
        list = u"<p class=\"meta\">"_s + escaped(Tr::tr("No messages yet.")) + u"</p>"_s;
    else
        page.latestAnchor = anchorOf(messages.last().id);
    page.earlierNotShown = std::max(0, options.earlierNotShown);
    if (page.earlierNotShown > 0) {
        list.prepend(
            u"<p class=\"meta\">"_s + escaped(earlierComing(page.earlierNotShown)) + u"</p>"_s);
    }

    const QString subject = subjectOf(thread);

    // Remote images only as far as the user allowed them (the view lets no other URL out).
    const QString imgSrc = page.allowedImages.isEmpty() ? u"data:"_s : u"data: http: https:"_s;
    const QHash<QString, QString> values {
        {u"lang"_s, escaped(options.locale.bcp47Name())},
        {u"theme"_s, options.dark ? u"dark"_s : u"light"_s},
        {u"color-scheme"_s, options.dark ? u"dark"_s : u"light"_s},
        {u"img-src"_s, imgSrc},
        {u"style-src"_s, styleHashSource()},
        {u"style"_s, pageTemplate().style},
        {u"title"_s, escaped(subject)},
        {u"meta"_s,
            escaped(metaLine(thread, int(messages.size()) + page.earlierNotShown, options.locale))},
        {u"messages"_s, list},
    };
    page.html = filled(pageTemplate().page, values);
    return page;
}

} // namespace Outpost::ConversationDocument
