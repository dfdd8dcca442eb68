// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace coe::ui {

/// Picks several named things (people, skills): a list of the chosen ones and a line edit
/// that completes from all names (any case, any part); Enter adds, Remove drops the selected.
class NamePicker : public QWidget
{
    Q_OBJECT

public:
    NamePicker(const QHash<Id, QString>& names, const QString& placeholder, QWidget* parent = nullptr);

    /// Replaces the names to choose from (chosen entries keep their ids).
    void setNames(const QHash<Id, QString>& names);
    void setChosen(const QList<Id>& ids);
    QList<Id> chosen() const;
    /// Adds the entry whose name is the edit's text; false (and a tooltip) when none is.
    bool addTyped();
    QLineEdit* edit() const { return m_edit; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void changed();

private:
    QHash<Id, QString> m_names;
    QListWidget* m_list = nullptr;
    QLineEdit* m_edit = nullptr;
};

} // namespace coe::ui
