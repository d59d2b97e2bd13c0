// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/AttachmentReminder.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestAttachmentReminder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void promises_data();
    void promises();
};

void TestAttachmentReminder::promises_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("word");
    QTest::newRow("attached") << u"Hi,\nthe report is attached.\n"_s << false << u"attached"_s;
    QTest::newRow("attachment") << u"See the Attachment for details"_s << false << u"Attachment"_s;
    QTest::newRow("I attach") << u"I attach the slides."_s << false << u"attach"_s;
    QTest::newRow("enclosed") << u"Please find enclosed the invoice."_s << false << u"enclosed"_s;
    QTest::newRow("de anbei") << u"Anbei die Rechnung."_s << false << u"Anbei"_s;
    QTest::newRow("de Anhang") << u"Details im Anhang."_s << false << u"Anhang"_s;
    QTest::newRow("fr pièce jointe") << u"Voir la pièce jointe."_s << false << u"pièce jointe"_s;
    QTest::newRow("fr ci-joint") << u"Ci-joint le contrat."_s << false << u"Ci-joint"_s;
    QTest::newRow("es adjunto") << u"Te envío el archivo adjunto."_s << false
                                << u"archivo adjunto"_s;
    QTest::newRow("html") << u"<p>Report <b>attached</b>.</p>"_s << true << u"attached"_s;
    QTest::newRow("nothing") << u"Lunch on Friday?"_s << false << QString();
    QTest::newRow("attacker is not attach") << u"The attacker was caught."_s << false << QString();
    QTest::newRow("quoted only") << u"Thanks!\n> I attached the file\n"_s << false << QString();
    QTest::newRow("html quote only")
        << u"<p>Thanks!</p><blockquote>the file is attached</blockquote>"_s << true << QString();
    QTest::newRow("signature only")
        << u"See you.\n-- \nDana (attachments welcome)\n"_s << false << QString();
}

void TestAttachmentReminder::promises()
{
    QFETCH(QString, body);
    QFETCH(bool, html);
    QFETCH(QString, word);
    QCOMPARE(AttachmentReminder::promisedAttachment(body, html), word);
}

QTEST_GUILESS_MAIN(TestAttachmentReminder)
#include "tst_attachmentreminder.moc"
