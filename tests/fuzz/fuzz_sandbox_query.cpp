// SPDX-License-Identifier: GPL-3.0-or-later
// The query languages the sandbox's stand-ins parse from a request: Graph's $filter (OData)
// and $search (KQL), Gmail's q, and the raw RFC 5322 message Gmail's send takes (read by
// GMime). The first byte picks the parser, the rest is the value. Properties: a value is
// either taken (and then matched against messages without failing) or refused with Graph's
// message; a filter names only properties of the message resource.
#include "FuzzSupport.h"

#include "sandbox/gmail/GmailMime.h"
#include "sandbox/gmail/GmailQuery.h"
#include "sandbox/graph/GraphFilter.h"
#include "sandbox/graph/GraphSearch.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Outpost;
using namespace Outpost::Sandbox;

namespace {

// Two Graph message resources, as the stand-in stores them.
const QList<QJsonObject> &graphMessages()
{
    static const QList<QJsonObject> messages = [] {
        const QByteArray json = R"([
 {"id":"m1","subject":"Weekly report","bodyPreview":"numbers attached","isRead":false,
  "importance":"normal","hasAttachments":true,"receivedDateTime":"2026-05-18T12:00:00Z",
  "sentDateTime":"2026-05-18T11:59:00Z","categories":["Blue","Finance"],
  "conversationId":"c1","internetMessageId":"<a@example.com>",
  "body":{"contentType":"html","content":"<p>Hello Jamie</p>"},
  "from":{"emailAddress":{"name":"Jamie Lee","address":"jamie.lee@example.com"}},
  "toRecipients":[{"emailAddress":{"name":"Dana","address":"dana@outlook.example"}}],
  "ccRecipients":[],"flag":{"flagStatus":"notFlagged"}},
 {"id":"m2","subject":"","bodyPreview":"","isRead":true,"receivedDateTime":"2025-01-01T00:00:00Z",
  "categories":[],"from":{"emailAddress":{"name":"","address":"x@y.example"}},
  "toRecipients":[]}])";
        QList<QJsonObject> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
            out += v.toObject();
        return out;
    }();
    return messages;
}

GmailMessage gmailMessage()
{
    GmailMessage m;
    m.id = QStringLiteral("g1");
    m.messageId = QStringLiteral("<a@example.com>");
    m.subject = QStringLiteral("Weekly report");
    m.from = QStringLiteral("Jamie Lee <jamie.lee@example.com>");
    m.to = QStringLiteral("dana.direct@gmail.example");
    m.cc = QStringLiteral("\"Lee, Sam\" <sam@example.com>");
    m.labelIds = {QStringLiteral("SENT"), QStringLiteral("Label_1")};
    m.snippet = QStringLiteral("numbers attached");
    return m;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray raw = Fuzz::bytes(data + 1, size - 1);
    const QString value = QString::fromUtf8(raw);
    switch (data[0] % 4) {
    case 0: {
        QString error;
        QString code;
        const std::optional<GraphFilter> filter = GraphFilter::parse(value, &error, &code);
        FUZZ_CHECK(filter.has_value() == error.isEmpty(), value + u" → " + error);
        if (!filter) {
            FUZZ_CHECK(code == u"BadRequest" || code == u"ErrorInvalidUrlQueryFilter", code);
            break;
        }
        for (const QString &property : filter->properties())
            FUZZ_CHECK(isGraphMessageProperty(property.section(u'/', 0, 0)), property);
        for (const QJsonObject &message : graphMessages())
            (void)filter->matches(message);
        break;
    }
    case 1: {
        QString error;
        const std::optional<GraphSearch> search = GraphSearch::parse(value, &error);
        FUZZ_CHECK(search.has_value() == error.isEmpty(), value + u" → " + error);
        if (search) {
            for (const QJsonObject &message : graphMessages())
                (void)search->matches(message);
        }
        break;
    }
    case 2: {
        const GmailQuery query = GmailQuery::parse(value);
        (void)query.matches(gmailMessage());
        (void)GmailQuery::formValues(value, QStringLiteral("q"));
        break;
    }
    default: {
        (void)GmailMime::parse(raw);
        (void)GmailMime::headers(raw);
        const QByteArray without = GmailMime::withoutHeaders(raw, {"Bcc", "X-Fuzz"});
        FUZZ_CHECK(without.size() <= raw.size(), value);
        (void)GmailMime::messageIds(value);
        break;
    }
    }
    return 0;
}
