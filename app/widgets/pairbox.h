// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QBoxLayout;

namespace coe::ui {

/// Two panes side by side when both fit at their minimum width, else one above the other,
/// so a narrow window still shows each pane's fields whole.
class PairBox : public QWidget
{
public:
    PairBox(QWidget* first, QWidget* second, QWidget* parent);

    /// Takes the wider pane's minimum width as its own (call once both panes are filled).
    void polish();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QBoxLayout* m_layout;
    QWidget* m_first;
    QWidget* m_second;
};

} // namespace coe::ui
