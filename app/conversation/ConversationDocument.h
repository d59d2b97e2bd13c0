// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Clock.h"
#include "mail/ConversationMessage.h"
#include "mail/ThreadSummary.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace Outpost {

// The conversation view's page, built from the HTML/CSS template in the resources: the
// messages oldest first, the latest expanded and the older ones collapsed to one line, notes
// marked, quoted text folded, attachments listed, and Reply / Reply all / Forward on every
// email. It runs no script: folding is <details>, and the buttons are <button>s of forms
// posted to `outpost-action:` URLs, which the view handles itself. Each URL carries the render's
// action key (a random secret made for that page): a URL without the key of the page on screen
// is not ours and is ignored. For screen readers each message is an article named by a heading
// ("Jamie Lee, 14 May"), and its buttons say which message they act on ("Reply to Jamie Lee,
// 14 May"). Each message body is drawn in a box of its own (CSS containment, clipped, its own
// stacking context): nothing in it paints over another message, a note or the page's controls.
// The page's style sheet is its only one, allowed by its hash in the page's CSP; a message
// keeps its style attributes (style-src-attr), never a <style> element.
namespace ConversationDocument {

struct Options
{
    bool dark = false;
    QLocale locale;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QSet<QString> imagesForMessages; // message ids whose remote images may load
    // Lower-case addresses the user trusts for images in the thread's mailbox (the trust is
    // kept per sender and receiving mailbox, LocalStore): never applied to a message whose
    // sender failed authentication where the provider reports it (SenderAuthentication).
    QSet<QString> imagesFromSenders;
    bool allImages = false; // the settings say: always load remote images
    QDateTime now = systemNow().toLocalTime(); // messages of this year are named without it
    QString actionKey; // this render's secret for its action links (newActionKey())
    bool plainText = false; // HTML bodies shown as their text (when the page failed to show)
    // A first page of a long conversation: `messages` are its latest ones, and this many earlier
    // messages come with the next page (the header counts them; the page says they are coming).
    int earlierNotShown = 0;
};

struct Page
{
    QString html;
    // The only remote URLs the page may load (the images that were allowed).
    QList<QUrl> allowedImages;
    QString latestAnchor; // the latest message's element id
    int blockedMessages = 0; // messages whose remote images are hidden
    QString actionKey; // the key its action links carry (Options::actionKey)
    int earlierNotShown = 0; // Options::earlierNotShown: a first page, the whole one to follow
};

// What an action link asks for.
struct Action
{
    QString name; // reply, reply-all, forward, show-images, trust-sender
    QString messageId;
    QString address; // trust-sender's
};

Page build(const ThreadSummary &thread, const QList<ConversationMessage> &messages,
    const Options &options);

// The link behind a message's button: `outpost-action:reply?message=<id>&key=<actionKey>`
// (and `&address=` for trust-sender). The only place such a URL is built.
QUrl actionUrl(const QString &action, const QString &messageId, const QString &key,
    const QString &address = {});
// The action of a link, if it is one of ours: an outpost-action: URL carrying one of `keys`
// (the page on screen, the page loading). Forged or stale links give nothing.
std::optional<Action> actionOf(const QUrl &url, const QStringList &keys);
// A fresh action key: 128 bits from the system's random source, in hex.
QString newActionKey();
// The CSP source of the page's own style sheet: 'sha256-<base64>'.
QString styleHashSource();
inline constexpr QStringView actionScheme = u"outpost-action";
QString anchorOf(const QString &messageId);

// The parts of the page that the conversation window's first paint (ui/ConversationPreview,
// drawn by Qt's widgets before the page is on screen) shows the same way, so that the page
// replaces it without a jump.
// The subject as the page's header shows it: "(no subject)" for none.
QString subjectOf(const ThreadSummary &thread);
// The line under the subject: the participants, how many messages, the mailbox.
QString metaLine(const ThreadSummary &thread, int count, const QLocale &locale = {});
// What a first page says in place of the `count` earlier messages still to come.
QString earlierComing(int count);
// A folded message's line: its text without quoted lines, at most 200 characters.
QString snippetOf(const ConversationMessage &m);
// Who wrote a message, as the page names it (empty for a note without an author).
QString authorOf(const ConversationMessage &m);
// An author as the page shows it: "(unknown)" for none.
QString shownAuthor(const QString &author);
// The message has Reply, Reply All and Forward (not a note, not a send the server has yet to
// list).
bool hasActions(const ConversationMessage &m);
// A note's tag ("Internal note") and the sentence under it.
QString internalNoteTag();
QString internalNoteBadge();
// A message's header lines as its open card lists them: From, To, Cc (each when there is one),
// Date.
struct HeaderLine
{
    QString key; // from, to, cc, date
    QString name; // as the page shows it ("From")
    QString value;
};
QList<HeaderLine> headerLines(const ConversationMessage &m, const QLocale &locale = {},
    const QTimeZone &zone = QTimeZone::systemTimeZone());
// The page's colour `name` (a `--name` of conversation.css: page, card, text, muted, line,
// note, note-line, note-text, tag-text, outgoing, button, button-hover, accent), light or dark, as
// CSS writes it ("#f4f5f7").
QString colour(QStringView name, bool dark);

} // namespace ConversationDocument
} // namespace Outpost
