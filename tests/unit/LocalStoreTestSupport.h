// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the LocalStore tests share (tst_localstore: what the store keeps; tst_storefile: the
// file, its schema and its migrations): a draft with every field set, a store call run to
// completion, a store opened and waited for, and a connection of the test's own to the file.

#include "store/LocalStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <optional>

namespace Outpost::Testing {

using namespace Qt::StringLiterals;

inline const QDateTime t0(QDate(2026, 5, 18), QTime(9, 30, 12, 345), QTimeZone::utc());

inline DraftRecord fullDraft(const QString &id)
{
    DraftRecord r;
    r.id = id;
    r.instance = QUrl(u"https://acme.example"_s);
    Draft &d = r.draft;
    d.from = u"ops@acme.example"_s;
    d.provider = Provider::Outlook;
    d.to = {{u"Lee, Jamie"_s, u"jamie.lee@example.com"_s}, {{}, u"priya@example.org"_s}};
    d.cc = {{u"José Pérez"_s, u"jose@example.es"_s}};
    d.bcc = {{{}, u"audit@acme.example"_s}};
    d.subject = u"Re: Weekly report — ünïcödé, \"quotes\" and 'apostrophes'"_s;
    d.body = u"<p>Line one</p>\n\nLine three with emoji 📬 and a tab\there.\n"_s;
    d.isHtml = true;
    d.threadId = u"gthread-1902a9f3c4b1e0d5"_s;
    d.conversationId = u"66f1c0ffee0000000000beef"_s;
    d.inReplyTo = u"<a1@mail.example>"_s;
    d.references = u"<a0@mail.example> <a1@mail.example>"_s;
    d.attachments = {{u"invoice.pdf"_s, u"application/pdf"_s, u"orgs/1/uploads/invoice.pdf"_s, {},
                         u"/home/dana/invoice.pdf"_s, 184221, t0.addSecs(-3600)},
        {u"big.zip"_s, u"application/zip"_s, {}, u"https://files.example/big.zip"_s, {}, -1, {}}};
    // As typed: the second entry does not parse yet and must come back exactly like this.
    r.toText = u"\"Lee, Jamie\" <jamie.lee@example.com>, priya@example.org, jamie@"_s;
    r.ccText = u"José Pérez <jose@example.es>"_s;
    r.bccText = u"audit@acme.example"_s;
    r.openInWindow = true;
    r.createdAt = t0;
    r.updatedAt = t0.addSecs(90);
    return r;
}

inline QString describe(const DraftRecord &r)
{
    const Draft &d = r.draft;
    QStringList to;
    for (const MailAddress &a : d.to)
        to += a.name + u'|' + a.address;
    return u"%1 %2 from=%3 to=[%4] subj=%5 html=%6 thread=%7/%8/%9 att=%10 text=%11 open=%12 %13 %14"_s
        .arg(r.id, r.instance.toString(), d.from, to.join(u','), d.subject)
        .arg(d.isHtml)
        .arg(d.threadId, d.inReplyTo, d.references)
        .arg(d.attachments.size())
        .arg(r.toText)
        .arg(r.openInWindow)
        .arg(r.createdAt.toString(Qt::ISODateWithMs), r.updatedAt.toString(Qt::ISODateWithMs));
}

// Runs one store call to completion and returns its result.
template<typename T, typename Call> StoreResult<T> await(Call call)
{
    std::optional<StoreResult<T>> result;
    QObject context;
    call(&context, [&](const StoreResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return StoreResult<T>::failure(u"timed out"_s);
    return *result;
}

inline bool openStore(LocalStore &store, const QString &path, QString *error = nullptr)
{
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open(path);
    if (!opened.wait(10000))
        return false;
    if (error)
        *error = opened.first().at(1).toString();
    return opened.first().at(0).toBool();
}

// A connection of the test's own, beside the store's, for looking at the file directly.
struct RawFile
{
    explicit RawFile(const QString &path) : name(u"raw-"_s + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawFile() { QSqlDatabase::removeDatabase(name); }
    QSqlDatabase db() const { return QSqlDatabase::database(name); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q.isActive() || q.lastError().type() == QSqlError::NoError;
    }
    QString name;
};

} // namespace Outpost::Testing
