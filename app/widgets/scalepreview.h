// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scale.h"

#include <QWidget>

namespace coe::ui {

/// A strip of the scale's levels as they will look in the matrix: each level's colour with
/// its number and label in the text colour that reads best on it.
class ScalePreview : public QWidget
{
    Q_OBJECT

public:
    explicit ScalePreview(QWidget* parent = nullptr);

    void setLevels(const QList<ScaleLevel>& levels);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<ScaleLevel> m_levels;
};

} // namespace coe::ui
