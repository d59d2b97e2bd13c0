// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/DraftAutosave.h"

#include "mail/Clock.h"
#include "store/LocalStore.h"

#include <QUuid>

#include <tuple>
#include <utility>

namespace Outpost {

namespace {
QString joined(const QList<MailAddress> &addresses)
{
    return AddressList::toStrings(addresses).join(QStringLiteral(", "));
}

// What parses of a typed address field; the rest stays in the text.
QList<MailAddress> parsedPart(const QString &text)
{
    return text.trimmed().isEmpty() ? QList<MailAddress>() : AddressList::parse(text).addresses;
}
} // namespace

DraftAutosave::DraftAutosave(LocalStore *store, Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    m_record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::saveNow);
}

void DraftAutosave::adopt(const DraftRecord &record)
{
    m_timer.stop();
    m_dirty = false;
    m_record = record;
    m_stored = true;
    m_suspended = false;
    m_touched = true;
    m_given = false;
}

DraftRecord DraftAutosave::snapshot(const ComposeInput &in) const
{
    DraftRecord r = m_record;
    r.toText = in.to;
    r.ccText = in.cc;
    r.bccText = in.bcc;
    Draft &d = r.draft;
    d.from = in.from.trimmed();
    d.provider = in.provider;
    d.to = parsedPart(in.to);
    d.cc = parsedPart(in.cc);
    d.bcc = parsedPart(in.bcc);
    d.subject = in.subject;
    d.body = in.body;
    d.isHtml = in.isHtml || m_record.draft.isHtml;
    // The form may not show the thread: what the draft had is kept unless the form says.
    if (!in.threadId.isEmpty() || !in.inReplyTo.isEmpty() || !in.references.isEmpty()) {
        d.threadId = in.threadId;
        d.conversationId = in.conversationId;
        d.inReplyTo = in.inReplyTo;
        d.references = in.references;
    }
    r.updatedAt = nowOf(m_clock);
    if (!r.createdAt.isValid())
        r.createdAt = r.updatedAt;
    return r;
}

ComposeInput DraftAutosave::inputOf(const DraftRecord &r)
{
    ComposeInput in;
    in.from = r.draft.from;
    in.provider = r.draft.provider;
    in.to = r.toText.isEmpty() ? joined(r.draft.to) : r.toText;
    in.cc = r.ccText.isEmpty() ? joined(r.draft.cc) : r.ccText;
    in.bcc = r.bccText.isEmpty() ? joined(r.draft.bcc) : r.bccText;
    in.subject = r.draft.subject;
    in.body = r.draft.body;
    in.isHtml = r.draft.isHtml;
    in.threadId = r.draft.threadId;
    in.conversationId = r.draft.conversationId;
    in.inReplyTo = r.draft.inReplyTo;
    in.references = r.draft.references;
    return in;
}

bool DraftAutosave::hasContent(const ComposeInput &in)
{
    for (const QString *s : {&in.to, &in.cc, &in.bcc, &in.subject, &in.body}) {
        if (!s->trimmed().isEmpty())
            return true;
    }
    return false;
}

bool DraftAutosave::holdsContent() const
{
    return m_contentCheck ? m_contentCheck() : hasContent(current());
}

void DraftAutosave::edited()
{
    if (m_filling > 0 && !m_dirty && !m_stored) {
        // Filled with nothing (`outpost` alone): still pristine, a reopened draft may take it.
        m_given = m_given || holdsContent();
        m_touched = m_touched || m_given;
        return;
    }
    m_touched = true;
    if (m_suspended)
        return;
    using namespace std::chrono;
    if (!m_dirty) {
        m_dirty = true;
        m_dirtySince.start();
    }
    // Saved once typing pauses, and at the latest maxDelay after the first unsaved change.
    const qint64 left = maxDelay.count() - m_dirtySince.elapsed();
    m_timer.start(int(std::clamp<qint64>(left, 0, idleDelay.count())));
}

void DraftAutosave::saveNow()
{
    if (!m_dirty || m_suspended)
        return;
    write(true);
}

void DraftAutosave::endFill()
{
    if (--m_filling == 0)
        givenChanged();
}

void DraftAutosave::givenChanged()
{
    if (!m_given || m_dirty)
        return; // a change of the user's may be waiting to be written: it is not absorbed
    m_givenInput = current();
    m_givenAttachments = m_record.draft.attachments;
}

void DraftAutosave::chosen()
{
    if (m_filling == 0)
        m_given = false;
    edited();
}

void DraftAutosave::saveBeforeQuit()
{
    if (std::exchange(m_given, false) && !m_suspended && !m_dirty) {
        m_dirty = true;
        m_dirtySince.start();
    }
    saveNow();
}

void DraftAutosave::write(bool openInWindow)
{
    m_timer.stop();
    m_dirty = false;
    if (!m_source || !m_store)
        return;
    if (m_given) {
        // What the user writes: From and its provider fill in by themselves as the mailboxes
        // load, and a choice made there by hand is said by chosen().
        const ComposeInput now = current();
        const auto written = [](const ComposeInput &in) {
            return std::tie(in.to, in.cc, in.bcc, in.subject, in.body, in.isHtml);
        };
        if (written(now) == written(m_givenInput)
            && m_record.draft.attachments == m_givenAttachments)
            return; // still only what the request gave
        m_given = false;
    }
    if (!holdsContent()) {
        // An empty new window leaves nothing behind; one emptied by hand, nothing either.
        discard();
        return;
    }
    const ComposeInput input = m_source();
    DraftRecord record = snapshot(input);
    record.openInWindow = openInWindow;
    m_record.createdAt = record.createdAt;
    m_stored = true;
    const QString id = record.id;
    m_store->saveDraft(record, this, [this, id](const StoreResult<bool> &result) {
        if (result.ok()) {
            m_failing = false;
            Q_EMIT saved(id);
            return;
        }
        // Nothing is lost while the window is open: the form still holds it all. It is
        // written again soon (and at every change), until the disk takes it.
        m_failing = true;
        m_lastError = result.error;
        if (!m_suspended) {
            if (!m_dirty) {
                m_dirty = true;
                m_dirtySince.start();
            }
            m_timer.start(int(m_retryDelay.count()));
        }
        Q_EMIT saveFailed(result.error);
    });
}

void DraftAutosave::suspend()
{
    m_timer.stop();
    m_dirty = false;
    m_suspended = true;
    m_stored = true; // the outbox wrote it
}

void DraftAutosave::resume()
{
    m_suspended = false;
}

void DraftAutosave::keep()
{
    if (m_suspended)
        return;
    m_given = false; // kept on purpose, as it is
    if (!holdsContent()) {
        discard();
        return;
    }
    m_dirty = true;
    write(false);
}

void DraftAutosave::discard()
{
    m_timer.stop();
    m_dirty = false;
    if (m_suspended || !m_stored || !m_store)
        return;
    m_store->deleteDraft(m_record.id);
    m_stored = false;
}

} // namespace Outpost
