// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/ComposeController.h"
#include "store/DraftRecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Outpost {

class Clock;
class LocalStore;

// Keeps one compose form's draft in the LocalStore: every change is written within
// `maxDelay` (sooner once typing pauses), at once on saveNow(). The UI thread only takes a
// snapshot of the form; the writing happens on the store's thread. Without a store (a
// controller that only checks input), nothing is written.
class DraftAutosave : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds idleDelay {400};
    static constexpr std::chrono::milliseconds maxDelay {1000};
    // After a save failed (a full disk, a file gone read-only): tried again this often, while
    // the form keeps everything typed.
    static constexpr std::chrono::milliseconds retryDelay {5000};

    DraftAutosave(LocalStore *store, Clock *clock, QObject *parent = nullptr);

    QString draftId() const { return m_record.id; }
    // What the form holds right now (called when a save is due, not on every keystroke).
    void setSource(std::function<ComposeInput()> source) { m_source = std::move(source); }
    ComposeInput current() const { return m_source ? m_source() : ComposeInput(); }
    void setInstance(const QUrl &instance) { m_record.instance = instance; }
    // The attachments the draft keeps (the form's attachment list owns them).
    void setAttachments(const QList<Attachment> &list) { m_record.draft.attachments = list; }

    // Continues a stored draft (restored after a crash, reopened, or back from the outbox):
    // its id, creation time and the fields the form does not show are kept.
    void adopt(const DraftRecord &record);
    // The form as a record: addresses kept as typed, parsed where they parse.
    DraftRecord snapshot(const ComposeInput &input) const;
    static ComposeInput inputOf(const DraftRecord &record);
    static bool hasContent(const ComposeInput &input);
    // Whether the form holds something of the user's (the window knows that an automatic
    // signature is not); hasContent() of the form unless set.
    void setContentCheck(std::function<bool()> check) { m_contentCheck = std::move(check); }
    bool holdsContent() const;
    // Never edited nor adopted: a fresh window that may take a restored draft instead.
    bool isPristine() const { return !m_touched; }
    // What a request filled a new form with (a mailto: link, `outpost compose --to …`) is not
    // the user's work yet, and can be asked for again: changes made between beginFill() and
    // endFill() make the form no longer pristine, but save nothing. From then on, the form is
    // written once it differs from what it was given (a change signal alone is not enough:
    // spelling marks and other redraws signal changes too), and by saveBeforeQuit() and keep()
    // in any case. So opening a mailto: link writes nothing to disk (nor opens the store)
    // until the user changes something.
    void beginFill() { ++m_filling; }
    void endFill();
    // Holds only what a request filled it with, as far as the last save due could tell.
    bool isGiven() const { return m_given; }
    // The form changed by itself (its automatic signature): still only what it was given.
    void givenChanged();
    // The last save did not reach the disk: what the form holds exists only in the window.
    bool failing() const { return m_failing; }
    QString lastError() const { return m_lastError; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; } // tests

    void edited(); // a change in the form
    void chosen(); // a choice the user made in the form (From, its provider): always theirs
    void saveNow(); // focus left, window closing, before the form goes away
    // Outpost ends with the window open (logout, SIGTERM): saved to be reopened at the next
    // start, what a request gave it included.
    void saveBeforeQuit();
    // The draft went into the outbox (which wrote it): nothing to save until resume().
    void suspend();
    void resume();
    // The window closes: the draft stays in Drafts (not reopened at the next start)...
    void keep();
    // ...or is deleted.
    void discard();

Q_SIGNALS:
    void saved(const QString &draftId);
    void saveFailed(const QString &error);

private:
    void write(bool openInWindow);

    LocalStore *m_store;
    Clock *m_clock;
    std::function<ComposeInput()> m_source;
    std::function<bool()> m_contentCheck;
    DraftRecord m_record; // identity and the fields the form does not show
    QTimer m_timer;
    QElapsedTimer m_dirtySince;
    bool m_dirty = false;
    bool m_stored = false; // a row exists (or is on its way)
    bool m_suspended = false;
    bool m_touched = false;
    bool m_given = false; // filled by a request, not changed by the user since
    int m_filling = 0; // inside beginFill()/endFill()
    ComposeInput m_givenInput; // what the form held once filled (m_given)
    QList<Attachment> m_givenAttachments;
    bool m_failing = false;
    QString m_lastError;
    std::chrono::milliseconds m_retryDelay = retryDelay;
};

} // namespace Outpost
