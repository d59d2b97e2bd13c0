// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAccessibleInterface;
class QObject;
class QString;

namespace Outpost::Accessibility {

// The attachment list as a screen reader meets it (issue 19): a list whose rows read as they
// are painted (name, size, state; the path and any problem as the description) and carry the
// row's painted buttons as actions: Cancel (while uploading), Retry (after a failure) and
// Remove, none while the message is frozen in the undo countdown. Qt 6.4's list view gives its
// rows no actions but Toggle (select), and its interface is private to QtWidgets (nothing to
// extend), so this one replaces it for the attachment list only; it keeps what Qt's gives
// that a screen reader uses: one child per row, in the row order QListView's Focus and
// Selection events name, with the row's state, place and description.
//
// The view marks itself (markAsAttachmentList, before anything can ask for its interface);
// installFactories() returns this interface for it.
void markAsAttachmentList(QObject *view);
QAccessibleInterface *attachmentListAccessible(const QString &className, QObject *object);

} // namespace Outpost::Accessibility
