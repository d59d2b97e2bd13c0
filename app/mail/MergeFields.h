// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Outpost {

// A person as a template's fields see them.
struct MergePerson
{
    QString firstName;
    QString lastName;
    QString email;
};

// What a template's placeholders are filled from. Each part is what Outpost knows when the
// template is used; an empty value is a field that cannot be filled (never an empty string in
// the mail).
struct MergeValues
{
    // The first To recipient's address as typed (empty: no recipient yet), and the platform
    // contact with that address (GET /api/contacts, matched on `email`), when one was found.
    QString recipientAddress;
    std::optional<MergePerson> contact;
    // Why the contact is not known when the instance could not be asked (empty: it was asked).
    QString contactLookupError;
    // The sending mailbox: its address and the name it sends under.
    QString senderEmail;
    QString senderName;
    // The signed-in user.
    MergePerson user;
};

// A placeholder left in the text, and why it could not be filled (a sentence for the user).
struct UnfilledField
{
    QString name; // as written between the braces
    QString reason;
    bool operator==(const UnfilledField &other) const = default;
};

struct MergeResult
{
    QString text;
    QList<UnfilledField> unfilled; // once per name, in order of first appearance
};

// Templates' merge fields: `{{name}}` (spaces inside the braces allowed), as the platform's
// templates write them (api/CONTRACT.md, "Also published": "placeholders like {{firstName}}",
// from docs.tetherai.ca's template pages). Names are matched without regard to case. Known:
//   {{firstName}} {{lastName}} {{email}}   the first To recipient's platform contact ({{email}}
//                                          falls back to the address typed: it is the contact's
//                                          address either way)
//   {{senderEmail}} {{senderName}}         the sending mailbox
//   {{myFirstName}} {{myLastName}} {{myEmail}}   the signed-in user
// Pure functions: no I/O, the values are gathered by the caller.
namespace MergeFields {

// Every known field name, in the spelling above.
QStringList known();
// The placeholder names in `text`, once each, in order.
QStringList placeholders(const QString &text);
// Where each placeholder stands in `text`: (start, length) pairs.
QList<std::pair<qsizetype, qsizetype>> spans(const QString &text);
// `text` with every field that can be filled replaced by its value (HTML-escaped when `html`);
// the others stay as written and are reported with their reason.
MergeResult fill(const QString &text, const MergeValues &values, bool html = false);
// "{{firstName}}": how a name is written back into a sentence.
QString written(const QString &name);

} // namespace MergeFields
} // namespace Outpost
