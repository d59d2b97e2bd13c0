// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ConversationViewInterface.h"

#include <QObject>

namespace Outpost {

// The entry point of the outpost_conversationview plugin.
class ConversationViewPlugin : public QObject, public ConversationViewFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OutpostConversationViewFactory_iid)
    Q_INTERFACES(Outpost::ConversationViewFactory)
public:
    ConversationViewInterface *create(QWidget *parent) override;
};

} // namespace Outpost
