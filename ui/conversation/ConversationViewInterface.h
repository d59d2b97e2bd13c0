// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>

class QWidget;

namespace Outpost {

// What Outpost sees of the conversation view. The view links QtWebEngine, which would slow
// every start when linked into the executable, so it lives in a plugin
// (outpost_conversationview) loaded the first time a conversation is shown.
class ConversationViewInterface
{
public:
    virtual ~ConversationViewInterface() = default;

    virtual QWidget *widget() = 0;
    // Shows a whole page (no script runs in it). Of the remote (http, https) URLs it refers
    // to, only `allowedRemote` may load; every other request is blocked. Scrolled to the
    // element `anchor` when given.
    virtual void setPage(
        const QString &html, const QList<QUrl> &allowedRemote, const QString &anchor)
        = 0;
    // `outpost-action:` links the user clicked (every other link opens in the browser).
    virtual void setActionHandler(std::function<void(const QUrl &url)> handler) = 0;
    // Each page's load ended (true: shown).
    virtual void setLoadHandler(std::function<void(bool ok)> handler) = 0;
};

class ConversationViewFactory
{
public:
    virtual ~ConversationViewFactory() = default;
    // A view (its widget owned by `parent`): the warm one when there is one, else a new one.
    virtual ConversationViewInterface *create(QWidget *parent) = 0;
    // Starts QtWebEngine and one hidden view with an empty page, so that the next create()
    // finds the engine and a renderer process running (a conversation is about to be read).
    virtual void warmUp() = 0;
    // Drops the warm view, if any: its renderer process ends.
    virtual void release() = 0;
};

} // namespace Outpost

#define OutpostConversationViewFactory_iid "org.outpost.ConversationViewFactory/1.1"
Q_DECLARE_INTERFACE(Outpost::ConversationViewFactory, OutpostConversationViewFactory_iid)
