// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commandpalette.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace coe::ui {

namespace {

/// At most this many rows are listed; typing narrows them.
constexpr int kShown = 200;

QString kindName(PaletteEntry::Kind kind)
{
    switch (kind) {
    case PaletteEntry::Action:
        return CommandPalette::tr("Action");
    case PaletteEntry::View:
        return CommandPalette::tr("View");
    case PaletteEntry::Person:
        return CommandPalette::tr("Person");
    case PaletteEntry::Skill:
        return CommandPalette::tr("Skill");
    case PaletteEntry::Session:
        return CommandPalette::tr("Session");
    case PaletteEntry::SummitItem:
        return CommandPalette::tr("Summit item");
    }
    return {};
}

} // namespace

CommandPalette::CommandPalette(QList<PaletteEntry> entries, QWidget* parent)
    : QDialog(parent), m_entries(std::move(entries))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Go to"));
    auto* layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setPlaceholderText(tr("Type an action, a view, a person, a skill, a session or a summit item"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find"));
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Matches"));
    layout->addWidget(m_list, 1);
    auto* hint = new QLabel(tr("↑ ↓ to move · Enter to go · Esc to close"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    resize(std::max(560, fontMetrics().averageCharWidth() * 80), fontMetrics().height() * 24);

    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::choose);
    refilter();
    m_filter->setFocus();
}

QList<int> CommandPalette::matches(const QString& filter) const
{
    const QStringList words = filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<std::pair<int, int>> ranked; // (rank, index): lower ranks first
    for (int i = 0; i < m_entries.size(); ++i) {
        const PaletteEntry& e = m_entries.at(i);
        const QString haystack = e.text + QLatin1Char(' ') + e.detail;
        int rank = 0;
        bool all = true;
        for (const QString& word : words) {
            const qsizetype at = haystack.indexOf(word, 0, Qt::CaseInsensitive);
            if (at < 0) {
                all = false;
                break;
            }
            // A match at the start of the name beats one at a word's start, which beats one inside.
            if (at == 0)
                rank += 0;
            else if (!haystack.at(at - 1).isLetterOrNumber())
                rank += 1;
            else
                rank += 2;
            if (at >= e.text.size())
                rank += 1; // matched only in the detail
        }
        if (all)
            ranked.append({rank, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<int> result;
    for (const auto& [rank, index] : ranked)
        result << index;
    return result;
}

void CommandPalette::refilter()
{
    m_list->clear();
    const QList<int> found = matches(m_filter->text());
    for (int i = 0; i < std::min(int(found.size()), kShown); ++i) {
        const PaletteEntry& e = m_entries.at(found.at(i));
        const QString detail =
            e.detail.isEmpty() ? kindName(e.kind) : kindName(e.kind) + QStringLiteral(" · ") + e.detail;
        auto* row = new QListWidgetItem(QStringLiteral("%1    %2").arg(e.text, detail), m_list);
        row->setData(Qt::UserRole, found.at(i));
        row->setData(Qt::AccessibleTextRole, QStringLiteral("%1, %2").arg(e.text, detail));
        if (e.action && !e.action->icon().isNull())
            row->setIcon(e.action->icon());
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::choose()
{
    QListWidgetItem* row = m_list->currentItem();
    if (!row)
        return;
    m_chosen = row->data(Qt::UserRole).toInt();
    accept();
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    // The list's movement keys work while typing in the field.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace coe::ui
