// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "mail/ThreadSummary.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace Outpost {

// The conversation view's page, built from the HTML/CSS template in the resources: the
// messages oldest first, the latest expanded and the older ones collapsed to one line, notes
// marked, quoted text folded, attachments listed, and Reply / Reply all / Forward on every
// email. It runs no script: folding is <details>, and the buttons are <button>s of forms
// posted to `outpost-action:` URLs, which the view handles itself. For screen readers each
// message is an article named by a heading ("Jamie Lee, 14 May"), and its buttons say which
// message they act on ("Reply to Jamie Lee, 14 May").
namespace ConversationDocument {

struct Options
{
    bool dark = false;
    QLocale locale;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QSet<QString> imagesForMessages; // message ids whose remote images may load
    QSet<QString> imagesFromSenders; // lower-case addresses whose remote images may load
    bool allImages = false; // the settings say: always load remote images
    QDateTime now = QDateTime::currentDateTime(); // messages of this year are named without it
};

struct Page
{
    QString html;
    // The only remote URLs the page may load (the images that were allowed).
    QList<QUrl> allowedImages;
    QString latestAnchor; // the latest message's element id
    int blockedMessages = 0; // messages whose remote images are hidden
};

Page build(const ThreadSummary &thread, const QList<ConversationMessage> &messages,
    const Options &options);

// The URL behind a message's button: `outpost-action:reply?message=<id>` (and `&address=`
// for trust-sender). The only place such a URL is built.
QUrl actionUrl(const QString &action, const QString &messageId, const QString &address = {});
inline constexpr QStringView actionScheme = u"outpost-action";
QString anchorOf(const QString &messageId);

} // namespace ConversationDocument
} // namespace Outpost
