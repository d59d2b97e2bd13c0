// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DraftRecord.h"

#include <QWidget>

#include <functional>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class DraftsWindow;
}

namespace Outpost {

class DraftListModel;
class LocalStore;

// Every draft not yet sent: open one to continue it, or discard it. A draft that is open in
// a compose window is marked so and is discarded from there.
class DraftsWindow : public QWidget
{
    Q_OBJECT
public:
    DraftsWindow(DraftListModel *model, LocalStore *store, QWidget *parent = nullptr);
    ~DraftsWindow() override;

    // Whether a compose window holds this draft now.
    void setOpenCheck(std::function<bool(const QString &draftId)> isOpen);
    QString currentDraftId() const;
    void selectDraft(const QString &draftId);

Q_SIGNALS:
    void openRequested(const Outpost::DraftRecord &record);

private:
    void openCurrent();
    void discardCurrent();
    void updateState();

    std::unique_ptr<Ui::DraftsWindow> ui;
    DraftListModel *m_model;
    LocalStore *m_store;
    QSortFilterProxyModel *m_sorted;
    std::function<bool(const QString &)> m_isOpen;
};

} // namespace Outpost
