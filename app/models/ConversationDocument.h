// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "mail/ThreadSummary.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace Outpost {

// The conversation view's page, built from the HTML/CSS template in the resources: the
// messages oldest first, the latest expanded and the older ones collapsed to one line, notes
// marked, quoted text folded, attachments listed, and Reply / Reply all / Forward on every
// email. It runs no script: folding is <details>, and the buttons are `outpost-action:` links
// the view handles itself.
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

// The link behind a message's button: `outpost-action:reply?message=<id>` (and `&address=`
// for trust-sender).
QUrl actionUrl(const QString &action, const QString &messageId, const QString &address = {});
inline constexpr QStringView actionScheme = u"outpost-action";
QString anchorOf(const QString &messageId);

} // namespace ConversationDocument
} // namespace Outpost
