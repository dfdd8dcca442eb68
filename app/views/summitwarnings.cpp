// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SummitView context (SummitView::tr), so the translations still apply.
#include "views/summitwarnings.h"

#include "views/summitview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace coe::ui {

SummitWarnings::SummitWarnings(QWidget* parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("warningTitle"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("warningsList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_showAcknowledged = new QCheckBox(SummitView::tr("Show acknowledged"), this);
    m_acknowledge = new QPushButton(SummitView::tr("Acknowledge…"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setToolTip(SummitView::tr("Mark the selected warning as fine, with a note, so it stops nagging"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showAcknowledged);
    buttons->addStretch();
    buttons->addWidget(m_acknowledge);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SummitWarnings::warningSelected);
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &SummitWarnings::refresh);
    connect(m_acknowledge, &QPushButton::clicked, this, &SummitWarnings::acknowledgeRequested);
}

void SummitWarnings::setWarnings(const QList<SummitWarning>* warnings)
{
    m_warnings = warnings;
    refresh();
}

const SummitWarning* SummitWarnings::warningAt(int row) const
{
    const QListWidgetItem* item = m_list->item(row);
    if (!item || !m_warnings)
        return nullptr;
    return &m_warnings->at(item->data(Qt::UserRole).toInt());
}

const SummitWarning* SummitWarnings::selectedOrFirst() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        item = m_list->item(0);
    if (!item || !m_warnings)
        return nullptr;
    return &m_warnings->at(item->data(Qt::UserRole).toInt());
}

void SummitWarnings::refresh()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int open = 0;
    const QList<SummitWarning> none;
    const QList<SummitWarning>& warnings = m_warnings ? *m_warnings : none;
    for (int i = 0; i < warnings.size(); ++i) {
        const SummitWarning& w = warnings.at(i);
        if (!w.acknowledged)
            ++open;
        if (w.acknowledged && !m_showAcknowledged->isChecked())
            continue;
        auto* row = new QListWidgetItem(
            w.acknowledged ? SummitView::tr("%1\nAcknowledged: %2")
                                 .arg(w.message, w.note.isEmpty() ? SummitView::tr("(no note)") : w.note)
                           : w.message,
            m_list);
        row->setData(Qt::UserRole, i);
        row->setToolTip(w.key);
        if (w.acknowledged) {
            QFont f = row->font();
            f.setItalic(true);
            row->setFont(f);
            row->setForeground(palette().color(QPalette::PlaceholderText));
        } else {
            row->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    m_title->setText(open == 0 ? SummitView::tr("<b>No warnings</b>")
                               : SummitView::tr("<b>%n warning(s)</b>", nullptr, open));
    m_acknowledge->setEnabled(open > 0);
}

} // namespace coe::ui
