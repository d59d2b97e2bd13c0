// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QWidget>

class QLabel;
class QMimeData;

namespace Outpost {

class AttachmentListModel;
class AttachmentListView;
class FieldMessage;
class Settings;

// The attachments of the compose window: one row per file or link (icon by MIME type, name,
// size, upload progress, state, Cancel/Retry and Remove). Files and https links are dropped
// on it (several at once) or pasted into it; a clipboard image is attached as PNG; rows are
// dragged to reorder; a double-click opens the file with the default application. What is
// refused is said below the list, naming the file.
class AttachmentList : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentList(QWidget *parent = nullptr);

    void setModel(AttachmentListModel *model);
    AttachmentListModel *model() const { return m_model; }
    QListView *view() const;
    QLabel *messageLabel() const;

    // What a drop or a paste brings: file URLs, https links (as URLs or as text), an image.
    static bool canAttach(const QMimeData *mime);
    // Attaches what `mime` carries; false when it carried nothing attachable.
    bool attach(const QMimeData *mime);
    // Frozen while the message waits to go (the undo countdown, issue 15 item 4): the rows stay
    // readable, but no Remove, Cancel, Retry, drop, paste or reorder changes them.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The file dialog (Ctrl+Shift+A in the compose window), opened where files were last
    // attached from (`settings`, which outlives the list; none: the home folder).
    void chooseFiles();
    void setSettings(Settings *settings) { m_settings = settings; }
    // Pasting into `editor` attaches a clipboard image instead of dropping it.
    void attachImagesPastedInto(QWidget *editor);

    // Where a row's Cancel/Retry and Remove buttons are, in the view's viewport (invalid when
    // the row has no such button).
    QRect actionButtonRect(int row) const;
    QRect removeButtonRect(int row) const;

    // What was refused, or a problem found on Send (under the list).
    FieldMessage *problemLabel() const { return m_message; }
    void showMessage(const QString &text);
    void clearMessage();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibility();
    void onRowsAdded();

    AttachmentListModel *m_model = nullptr;
    AttachmentListView *m_view;
    FieldMessage *m_message;
    QStringList m_messages;
    Settings *m_settings = nullptr;
    bool m_readOnly = false;
};

} // namespace Outpost
