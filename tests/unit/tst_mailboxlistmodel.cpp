// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/MailboxListModel.h"
#include "display/Roles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestMailboxListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneRowPerAddress();
};

void TestMailboxListModel::oneRowPerAddress()
{
    MailboxListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMailboxes({{u"4"_s, Provider::Outlook, u"ops@acme.example"_s, u"Acme Ops"_s, true, {}},
        {u"3"_s, Provider::Gmail, u"OPS@acme.example"_s, {}, true, {}},
        {u"2"_s, Provider::Gmail, u"dana@acme.example"_s, u"Dana Demo"_s, true, {}},
        {u"1"_s, Provider::Gmail, u"old@acme.example"_s, {}, false, {}}});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex ops = model.index(0, 0);
    QCOMPARE(ops.data().toString(), u"Acme Ops <ops@acme.example>"_s);
    QCOMPARE(ops.data(Roles::Address).toString(), u"ops@acme.example"_s);
    QCOMPARE(ops.data(Roles::Providers).toStringList(), (QStringList {u"outlook"_s, u"gmail"_s}));
    QCOMPARE(model.index(1, 0).data(Roles::Providers).toStringList(), QStringList {u"gmail"_s});
    QCOMPARE(model.rowOf(u"Dana@Acme.Example"_s), 1);
    QCOMPARE(model.rowOf(u"old@acme.example"_s), -1);
    model.setMailboxes({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestMailboxListModel)
#include "tst_mailboxlistmodel.moc"
