// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/summitreviewdialogs.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coe::ui {

ChangelogDialog::ChangelogDialog(const QList<ScheduleChange>& changes, int sinceRelease, QWidget* parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("changelogDialog"));
    setWindowTitle(tr("Changes since version %1").arg(sinceRelease));
    m_tree->setHeaderLabels({tr("Change"), tr("Item"), tr("Before"), tr("Now")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    const QString kinds[] = {tr("Added"), tr("Moved"), tr("Changed"), tr("Cancelled")};
    for (const ScheduleChange& c : changes)
        new QTreeWidgetItem(m_tree, {kinds[c.kind], c.title, c.before, c.after});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    QPushButton* exportButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printChangelog"));
    exportButton->setObjectName(QStringLiteral("exportChangelog"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, this, &ChangelogDialog::printRequested);
    connect(exportButton, &QPushButton::clicked, this, &ChangelogDialog::exportRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        changes.isEmpty() ? tr("Nothing changed since version %1.").arg(sinceRelease)
                          : tr("%n change(s) since version %1:", nullptr, int(changes.size())).arg(sinceRelease),
        this));
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 24);
}

ProgrammeDialog::ProgrammeDialog(const QList<TrackSuggestion>& suggestions, const QString& summitName, QWidget* parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("programmeDialog"));
    setWindowTitle(tr("Suggested programme for “%1”").arg(summitName));
    m_tree->setHeaderLabels({tr("Track and speakers"), tr("Why")});
    m_tree->setWordWrap(true);
    for (const TrackSuggestion& t : suggestions) {
        auto* top = new QTreeWidgetItem(m_tree, {t.track, t.reason});
        top->setFlags(top->flags() | Qt::ItemIsUserCheckable);
        top->setCheckState(0, t.existingTrack ? Qt::Unchecked : Qt::Checked);
        if (t.existingTrack)
            top->setFlags(top->flags() & ~Qt::ItemIsEnabled);
        for (const auto& sp : t.speakers)
            new QTreeWidgetItem(top, {sp.name, sp.reason});
        if (t.speakers.isEmpty())
            new QTreeWidgetItem(
                top,
                {tr("No free Teacher"),
                 tr("Nobody at Teacher level in these skills is free: invite someone from outside, or grow one.")});
        top->setExpanded(true);
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->addButton(tr("Add checked tracks"), QDialogButtonBox::AcceptRole);
    add->setEnabled(!suggestions.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(suggestions.isEmpty()
                       ? tr("Nobody is below their targets: set role targets in People & teams to get suggestions.")
                       : tr("The skill areas with the largest gaps against targets, and who could teach them:"),
                   this));
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 26);
}

QStringList ProgrammeDialog::checkedTracks() const
{
    QStringList tracks;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = m_tree->topLevelItem(i);
        if (top->checkState(0) == Qt::Checked && (top->flags() & Qt::ItemIsEnabled))
            tracks << top->text(0);
    }
    return tracks;
}

} // namespace coe::ui
