// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changenotifier.h"
#include "core/result.h"
#include "domain/scale.h"

#include <QAbstractTableModel>

namespace coe {

class Workspace;

/// The proficiency scale being edited. Edits are staged here (so a scale is only ever saved
/// whole and valid); apply() saves them as one undo step, revert() drops them.
class ScaleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LevelColumn,
        LabelColumn,
        ColorColumn,
        MeaningColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit ScaleModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    const QList<ScaleLevel>& levels() const { return m_levels; }
    bool isModified() const { return m_levels != m_saved; }
    /// Empty when the staged scale is valid, else what is wrong.
    QString problem() const { return Scale::validate(m_levels); }
    bool addLevel();
    bool removeLastLevel();
    void resetToDefault();
    Result<void> apply();
    void revert() override;

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void load();
    void setLevels(const QList<ScaleLevel>& levels);

    Workspace& m_workspace;
    QList<ScaleLevel> m_levels;
    QList<ScaleLevel> m_saved;
};

} // namespace coe
