// SPDX-License-Identifier: GPL-3.0-or-later
// Golden messages: what the MIME builder writes for typical mails, byte for byte (after the
// random multipart boundaries are named in order), against .eml files under
// tests/fixtures/eml/ that a person can open in any mail client. A change to the builder that
// changes what recipients get shows here as a diff. OUTPOST_UPDATE_GOLDEN=1 rewrites them.
#include "mail/AddressList.h"
#include "mail/MimeMessage.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestMimeGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheFixture_data();
    void matchesTheFixture();

private:
    QTemporaryDir m_files;
};

namespace {
QList<MailAddress> addresses(const QString &text)
{
    return AddressList::parse(text).addresses;
}

// Boundaries are random: name them in the order they first appear.
QByteArray normalised(QByteArray bytes)
{
    static const QRegularExpression boundary(uR"re(boundary="([^"]+)")re"_s);
    QStringList seen;
    auto it = boundary.globalMatch(QString::fromLatin1(bytes));
    while (it.hasNext()) {
        const QString b = it.next().captured(1);
        if (!seen.contains(b))
            seen += b;
    }
    for (int i = 0; i < seen.size(); ++i) {
        const QByteArray name = QByteArray("=-boundary-").append(QByteArray::number(i + 1));
        bytes.replace(seen[i].toLatin1(), name);
    }
    return bytes;
}

QString fixture(const QString &name)
{
    return qEnvironmentVariable("OUTPOST_SOURCE_DIR", QStringLiteral(OUTPOST_SOURCE_DIR))
        + u"/tests/fixtures/eml/"_s + name + u".eml"_s;
}
} // namespace

void TestMimeGolden::matchesTheFixture_data()
{
    QTest::addColumn<Draft>("draft");
    QTest::addColumn<QString>("fromName");

    Draft plain;
    plain.from = u"ops@acme.example"_s;
    plain.to = addresses(u"Jamie Lee <jamie.lee@example.com>, pat@example.org"_s);
    plain.cc = addresses(u"\"Doe, Jo\" <jo@example.net>"_s);
    plain.subject = u"Weekly report"_s;
    plain.body = u"Hi Jamie,\n\nthe report is attached.\n\n-- \nOps"_s;
    QTest::newRow("plain") << plain << u"Acme Ops"_s;

    Draft intl = plain;
    intl.to = addresses(u"Zoë Müller <zoe@example.de>"_s);
    intl.cc.clear();
    intl.subject = u"Überweisung für März — 確認"_s;
    intl.body = u"Grüße aus Köln. Ça va ? 你好"_s;
    QTest::newRow("non-ascii") << intl << u"Équipe Acme"_s;

    Draft html = plain;
    html.isHtml = true;
    html.body = u"<p>Hi <b>Jamie</b>,</p><p>see <a href=\"https://acme.example/r\">the "
                u"report</a>.</p><ul><li>one</li><li>two</li></ul>"_s;
    QTest::newRow("html") << html << QString();

    Draft reply = plain;
    reply.subject = u"Re: Weekly report"_s;
    reply.threadId = u"gthread-1902a9f3c4b1e0d5"_s;
    reply.inReplyTo = u"<a1@example.com>"_s;
    reply.references = u"<a0@example.com> <a1@example.com>"_s;
    reply.bcc = addresses(u"audit@acme.example"_s);
    QTest::newRow("reply with bcc") << reply << QString();

    QVERIFY(m_files.isValid());
    const QString odd = m_files.filePath(u"rapport \"final\" été.txt"_s);
    QFile f(odd);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("line one\r\nline two\r\n" + QByteArray(200, 'x'));
    f.close();
    Draft attached = plain;
    Attachment a;
    a.localPath = odd;
    a.filename = u"rapport \"final\" été.txt"_s;
    a.contentType = u"text/plain"_s;
    attached.attachments = {a};
    QTest::newRow("attachment with an odd name") << attached << QString();
}

void TestMimeGolden::matchesTheFixture()
{
    QFETCH(Draft, draft);
    QFETCH(QString, fromName);
    MimeOptions options;
    options.date = QDateTime(QDate(2026, 5, 18), QTime(12, 34, 56), QTimeZone::utc());
    options.messageId = u"<golden-1@acme.example>"_s;
    options.fromName = fromName;
    auto built = MimeMessage::build(draft, options);
    QVERIFY(std::holds_alternative<MimeMessage>(built));
    const QByteArray bytes = normalised(std::get<MimeMessage>(built).toBytes());

    QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString path = fixture(name);
    if (qEnvironmentVariableIsSet("OUTPOST_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        QSKIP("fixture rewritten");
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = golden.readAll();
    if (bytes != expected) {
        const QList<QByteArray> got = bytes.split('\n');
        const QList<QByteArray> want = expected.split('\n');
        for (int i = 0; i < std::max(got.size(), want.size()); ++i) {
            const QByteArray g = got.value(i), w = want.value(i);
            if (g != w)
                QFAIL(qPrintable(u"%1 line %2: built «%3», fixture «%4»"_s.arg(path).arg(i + 1).arg(
                    QString::fromUtf8(g.trimmed()), QString::fromUtf8(w.trimmed()))));
        }
    }
}

QTEST_GUILESS_MAIN(TestMimeGolden)
#include "tst_mimegolden.moc"
