// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/summit.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace coe::ui {

/// The unscheduled pool left of the timetable: the summit's items without a slot, to drag onto
/// the grid, to edit (double-click or the context menu) or delete; and New item.
class SummitPool : public QWidget
{
    Q_OBJECT

public:
    explicit SummitPool(QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    /// Lists the items of @p summit that have no slot, their speakers named from @p people.
    void fill(const Summit* summit, const QHash<Id, QString>& people);

Q_SIGNALS:
    void newItemRequested();
    void editRequested(coe::Id item);
    void deleteRequested(coe::Id item);

private:
    QListWidget* m_list = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace coe::ui
