// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SendOutput.h"

#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Outpost::SendOutput {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::SendCommand)
};
} // namespace

int exitCodeFor(const ServiceError &error)
{
    using namespace CommandLine;
    switch (error.kind) {
    case ServiceError::Kind::Unauthorized:
        return Authentication;
    case ServiceError::Kind::BadRequest:
    case ServiceError::Kind::Forbidden:
    case ServiceError::Kind::NotFound:
    case ServiceError::Kind::Conflict:
    case ServiceError::Kind::TooLarge:
        return Validation;
    case ServiceError::Kind::Cancelled:
        return Software;
    default:
        return Unavailable;
    }
}

QString describe(DraftField field, const QString &message)
{
    const QString name = draftFieldName(field);
    return name.isEmpty() ? Tr::tr("outpost send: %1").arg(message)
                          : Tr::tr("outpost send: %1: %2").arg(name, message);
}

QByteArray receiptJson(const Receipt &r)
{
    QJsonObject o {{QStringLiteral("messageId"), r.messageId},
        {QStringLiteral("conversationId"), r.conversationId},
        {QStringLiteral("threadId"), r.threadId}, {QStringLiteral("status"), r.status}};
    if (!r.rfcMessageId.isEmpty())
        o.insert(QStringLiteral("rfcMessageId"), r.rfcMessageId);
    if (r.createdAt.isValid())
        o.insert(QStringLiteral("createdAt"), r.createdAt.toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Outpost::SendOutput
