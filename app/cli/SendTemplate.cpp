// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SendTemplate.h"

#include "mail/AddressList.h"
#include "mail/MergeFields.h"
#include "compose/TemplateLibrary.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QPointer>

namespace Outpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::SendCommand)
};

} // namespace

void applySendTemplate(PlatformClient *client, const QString &name, const QList<Mailbox> &mailboxes,
    ComposeInput input, bool subjectGiven, QObject *context,
    std::function<void(const ComposeInput &, const QStringList &)> done)
{
    // The user's own templates: Outpost's store, read only if no other Outpost holds it (a
    // second store on one file is refused; the instance's templates still work then).
    auto *store = new LocalStore(context);
    store->open(LocalStore::defaultPath());
    auto *library = new TemplateLibrary(store, context);
    auto pending = std::make_shared<QMetaObject::Connection>();
    *pending = QObject::connect(library, &TemplateLibrary::changed, context, [=]() mutable {
        if (!library->isLoaded())
            return;
        QObject::disconnect(*pending);
        const std::optional<MailTemplate> found = library->byName(name);
        if (!found) {
            QStringList known;
            for (const MailTemplate &t : library->templates())
                known += t.name;
            QStringList problems {known.isEmpty()
                    ? Tr::tr("no template is named “%1”, and there are none.").arg(name)
                    : Tr::tr("no template is named “%1”. There are: %2.")
                          .arg(name, known.join(QStringLiteral(", ")))};
            if (!library->instanceNote().isEmpty())
                problems += library->instanceNote();
            done(input, problems);
            return;
        }
        const MergeValues base
            = TemplateLibrary::senderValues(mailboxes, input.from, client->session().userEmail);
        const QList<MailAddress> to = AddressList::parse(input.to).addresses;
        const QString first = to.isEmpty() ? QString() : to.first().address;
        const MailTemplate t = *found;
        TemplateLibrary::gatherValues(
            client, first, base, context, [=](const MergeValues &values) mutable {
                const MergeResult body = MergeFields::fill(t.body, values, input.isHtml);
                QList<UnfilledField> unfilled = body.unfilled;
                input.body = body.text;
                if (!subjectGiven && !t.subject.isEmpty()) {
                    const MergeResult subject = MergeFields::fill(t.subject, values);
                    input.subject = subject.text;
                    for (const UnfilledField &f : subject.unfilled) {
                        if (!unfilled.contains(f))
                            unfilled += f;
                    }
                }
                QStringList problems;
                for (const UnfilledField &f : std::as_const(unfilled))
                    problems += SendRules::placeholderRefusal({f});
                done(input, problems);
            });
    });
    library->setClient(client);
}

} // namespace Outpost
