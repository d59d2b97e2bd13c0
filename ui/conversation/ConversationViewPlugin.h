// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/conversation/ConversationViewInterface.h"

#include <QObject>

namespace Outpost {

class ConversationView;

// The entry point of the outpost_conversationview plugin.
class ConversationViewPlugin : public QObject, public ConversationViewFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OutpostConversationViewFactory_iid)
    Q_INTERFACES(Outpost::ConversationViewFactory)
public:
    ~ConversationViewPlugin() override;
    ConversationViewInterface *create(QWidget *parent) override;
    void warmUp() override;
    void release() override;

private:
    ConversationView *m_warm = nullptr; // hidden, its empty page loaded
};

} // namespace Outpost
