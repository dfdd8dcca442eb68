// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SessionsView context (SessionsView::tr), so the translations still apply.
#include "views/sessionattendees.h"

#include "views/sessionscontext.h"
#include "views/sessionsview.h"
#include "widgets/flowlayout.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace coe::ui {

SessionAttendees::SessionAttendees(const SessionsContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attendeeList"));
    m_list->setToolTip(SessionsView::tr("Tick those who attended"));
    m_list->setMaximumHeight(fontMetrics().height() * 7);
    auto* name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("attendeeName"));
    name->setPlaceholderText(SessionsView::tr("Add someone by name"));
    const QFontMetrics metrics = fontMetrics();
    name->setMinimumWidth(metrics.horizontalAdvance(name->placeholderText()) + metrics.averageCharWidth() * 3);
    auto* suggest = new QPushButton(SessionsView::tr("Suggest"), this);
    suggest->setObjectName(QStringLiteral("suggestAttendees"));
    suggest->setToolTip(SessionsView::tr("Add the people with the largest gaps in these skills, and the keenest"));
    auto* remove = new QPushButton(SessionsView::tr("Remove"), this);
    // Wraps rather than widening the editor in a wordier language.
    auto* row = new FlowLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(name);
    row->addWidget(suggest);
    row->addWidget(remove);
    layout->addWidget(new QLabel(SessionsView::tr("<b>Attendees</b> (ticked: attended)"), this));
    layout->addWidget(m_list);
    layout->addLayout(row);

    connect(suggest, &QPushButton::clicked, this, &SessionAttendees::suggestRequested);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_list->selectedItems().isEmpty())
            return;
        qDeleteAll(m_list->selectedItems());
        Q_EMIT changed();
    });
    connect(name, &QLineEdit::returnPressed, this, [this, name] {
        const QHash<Id, QString>& people = m_context.people();
        for (auto it = people.cbegin(); it != people.cend(); ++it) {
            if (it.value().compare(name->text().trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            const bool listed = lists(it.key());
            if (!listed)
                addRow(it.value(), it.key());
            name->clear();
            if (!listed)
                Q_EMIT changed();
            return;
        }
        name->selectAll();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
}

bool SessionAttendees::lists(Id person) const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == person)
            return true;
    return false;
}

QListWidgetItem* SessionAttendees::addRow(const QString& name, Id person)
{
    auto* row = new QListWidgetItem(name, m_list);
    row->setData(Qt::UserRole, person);
    row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
    row->setCheckState(Qt::Unchecked);
    return row;
}

void SessionAttendees::setAttendees(const QList<Attendee>& attendees)
{
    const bool filling = m_filling;
    m_filling = true;
    m_list->clear();
    for (const Attendee& a : attendees) {
        auto* row = new QListWidgetItem(m_context.people().value(a.personId), m_list);
        row->setData(Qt::UserRole, a.personId);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(a.attended.value_or(false) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = filling;
}

QList<Attendee> SessionAttendees::attendees(bool past) const
{
    QList<Attendee> attendees;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* row = m_list->item(i);
        const bool ticked = row->checkState() == Qt::Checked;
        attendees.append({row->data(Qt::UserRole).toLongLong(), ticked ? std::optional<bool>(true)
                                                                : past ? std::optional<bool>(false)
                                                                       : std::nullopt});
    }
    return attendees;
}

int SessionAttendees::addSuggestions(const QList<PersonSuggestion>& suggestions)
{
    int added = 0;
    for (const PersonSuggestion& s : suggestions) {
        if (added == 6)
            break;
        if (lists(s.person))
            continue;
        addRow(s.name, s.person)->setToolTip(s.reason);
        ++added;
    }
    return added;
}

} // namespace coe::ui
