// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Outpost {

// A text to start a mail from, with merge fields ({{firstName}}: MergeFields). The user's own
// live in the local store; the instance's come from its templates
// (GET /api/user/sms-templates?type=email, api/CONTRACT.md "Also published").
struct MailTemplate
{
    enum class Origin { Own, Instance };

    QString id; // the store's id, or the instance's _id
    QString name;
    QString subject; // optional: fills an empty subject
    QString body; // plain text
    QString category; // the instance's (empty for one's own)
    Origin origin = Origin::Own;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool operator==(const MailTemplate &other) const = default;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::MailTemplate)
