// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dashboardview.h"

#include "core/changenotifier.h"
#include "dialogs/chartdialog.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "widgets/teamcard.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace coe::ui {

DashboardView::DashboardView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setOpenExternalLinks(false);
    m_heading->setWordWrap(true);
    connect(m_heading, &QLabel::linkActivated, this, [this] { showDefinitions(this); });
    m_legend = new QLabel(legend(), this);
    m_legend->setObjectName(QStringLiteral("dashboardLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_gridHost = new QWidget(this);
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setSpacing(fontMetrics().height());
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_gridHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_legend);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this] { m_refresh->start(); });
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

void DashboardView::refresh()
{
    m_dirty = false;
    m_date = QDate::currentDate();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto loaded = Readiness::load(m_workspace);
    QApplication::restoreOverrideCursor();
    qDeleteAll(m_cards);
    m_cards.clear();
    if (!loaded) {
        m_readiness.reset();
        m_empty->setText(loaded.error().message);
        m_empty->show();
        return;
    }
    m_readiness = loaded.take();
    m_heading->setText(
        tr("<h2>Team readiness</h2><p>How ready each team is to run its platform without outside help, as of %1. "
           "Click a team for its charts. <a href=\"#definitions\">How is this computed?</a></p>")
            .arg(QLocale().toString(m_date, QLocale::LongFormat)));
    const QList<Id> teams = m_readiness->teamIds();
    for (Id team : teams) {
        auto* card = new TeamCard(m_readiness->compute(team, m_date), m_readiness->trend(team, m_date, 12), m_gridHost);
        connect(card, &TeamCard::chartsRequested, this, &DashboardView::showCharts);
        m_cards << card;
    }
    m_empty->setVisible(m_cards.isEmpty());
    m_legend->setVisible(!m_cards.isEmpty());
    m_empty->setText(
        tr("No teams yet. Add teams and their people in People & teams; readiness then follows from the skills "
           "each team requires and the capabilities handed over to it."));
    m_columns = 0;
    layoutCards();
}

void DashboardView::layoutCards()
{
    // As many columns as cards of a readable width fit (up to four); the cards share the
    // width, rows keep their height and the space left goes below the last row.
    const int cardWidth = fontMetrics().averageCharWidth() * 58;
    const int columns = std::clamp(width() / std::max(1, cardWidth), 1, kMaxColumns);
    if (columns == m_columns && m_grid->count() == m_cards.size())
        return;
    m_columns = columns;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), i / columns, i % columns, Qt::AlignTop);
    for (int c = 0; c < kMaxColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    m_grid->setRowStretch(int(m_cards.size() + columns - 1) / columns, 1);
}

QString DashboardView::legend()
{
    QStringList bands;
    for (int band = 0; band < 5; ++band)
        bands << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                     .arg(TeamCard::bandColor(band).name(),
                          band == 4 ? tr("80–100") : tr("%1–%2").arg(band * 20).arg(band * 20 + 19));
    return tr("Index colours: %1. Below each index: coverage of required skills, Teachers present and capabilities "
              "handed over; "
              "“–” when the team has none to count.")
        .arg(bands.join(QStringLiteral(" &nbsp; ")));
}

void DashboardView::showCharts(Id team)
{
    if (!m_readiness)
        return;
    ChartDialog dialog(*m_readiness, team, m_date, this);
    Prompter::current()->exec(&dialog);
}

void DashboardView::showDefinitions(QWidget* parent)
{
    QMessageBox box(QMessageBox::Information, tr("How readiness is computed"), definitions(), QMessageBox::Close,
                    parent);
    box.setTextFormat(Qt::RichText);
    Prompter::current()->exec(&box);
}

QString DashboardView::definitions()
{
    return tr(
        "<p>For a team at a date, each person's level is their <b>effective level</b> then: the latest lead's "
        "assessment, "
        "else the consultant's, else their own.</p>"
        "<p>For each skill the team requires (at least <i>n</i> people Independent):</p><ul>"
        "<li><b>coverage</b> = internal members at Independent or above ÷ <i>n</i>, at most 1;</li>"
        "<li><b>teacher</b> = 1 if an internal member is at Teacher, else 0 (where a Teacher is required);</li>"
        "<li>a <b>single point of failure</b> has exactly one internal Independent;</li>"
        "<li>a <b>consultant-dependent</b> skill has none, while an external person is Independent.</li></ul>"
        "<p><b>Hand-over</b> is the mean phase of the team's capabilities: Expert leads 0, Pairing ⅓, Staff leads ⅔, "
        "Handed over 1.</p>"
        "<p><b>Index</b> = 100 × (0.5 × mean coverage + 0.2 × mean teacher + 0.3 × hand-over). A part with nothing to "
        "average drops out and the others are rescaled.</p>"
        "<p>The <b>forecast</b> extends a straight line through the last six month-end values to each engagement's "
        "roll-off date. <b>Next actions</b> are the three changes that raise the index most; candidates are listed "
        "by level, then interest.</p>");
}

} // namespace coe::ui
