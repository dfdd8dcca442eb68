// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SummitView context (SummitView::tr), so the translations still apply.
#include "views/summitpool.h"

#include "views/summitview.h"
#include "widgets/timetable.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace coe::ui {

namespace {

/// The unscheduled pool: its rows can be dragged onto the timetable.
class PoolList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(TimetableWidget::kItemMimeType)}; }
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto* data = new QMimeData;
        data->setData(QString::fromLatin1(TimetableWidget::kItemMimeType),
                      QByteArray::number(items.first()->data(Qt::UserRole).toLongLong()));
        data->setText(items.first()->text());
        return data;
    }
};

} // namespace

SummitPool::SummitPool(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(SummitView::tr("<b>Unscheduled</b>"), this);
    m_list = new PoolList(this);
    m_list->setObjectName(QStringLiteral("unscheduledPool"));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setWordWrap(true);
    m_hint = new QLabel(SummitView::tr("Drag an item onto the timetable to schedule it."), this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto* add = new QPushButton(SummitView::tr("New item…"), this);
    add->setObjectName(QStringLiteral("newItemButton"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(add);

    connect(add, &QPushButton::clicked, this, &SummitPool::newItemRequested);
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* row) { Q_EMIT editRequested(row->data(Qt::UserRole).toLongLong()); });
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* edit = new QAction(SummitView::tr("Edit item…"), m_list);
    auto* remove = new QAction(SummitView::tr("Delete item"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addActions({edit, remove});
    connect(edit, &QAction::triggered, this, [this] {
        if (QListWidgetItem* row = m_list->currentItem())
            Q_EMIT editRequested(row->data(Qt::UserRole).toLongLong());
    });
    connect(remove, &QAction::triggered, this, [this] {
        if (QListWidgetItem* row = m_list->currentItem())
            Q_EMIT deleteRequested(row->data(Qt::UserRole).toLongLong());
    });
}

void SummitPool::fill(const Summit* s, const QHash<Id, QString>& people)
{
    m_list->clear();
    if (!s)
        return;
    for (const SummitItem& item : s->items) {
        if (!item.slots.isEmpty())
            continue;
        QStringList speakers;
        for (Id id : item.speakerIds)
            speakers << people.value(id);
        auto* row = new QListWidgetItem(
            QStringLiteral("%1\n%2 · %3 min%4")
                .arg(item.title, SummitItem::kindLabel(item.kind))
                .arg(item.durationMinutes)
                .arg(speakers.isEmpty() ? QString() : QStringLiteral(" · ") + speakers.join(QStringLiteral(", "))),
            m_list);
        row->setData(Qt::UserRole, item.id);
        if (const Track* t = s->track(item.trackId)) {
            QPixmap swatch(10, 28);
            swatch.fill(t->color);
            row->setIcon(QIcon(swatch));
        }
    }
    m_hint->setText(m_list->count() == 0
                        ? SummitView::tr("Everything is scheduled. New items land here first.")
                        : SummitView::tr("Drag an item onto the timetable to schedule it; double-click to edit."));
}

} // namespace coe::ui
