// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/welcomeview.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace coe::ui {

WelcomeView::WelcomeView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeView"));

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/coe-studio.svg")).pixmap(size, size));
    icon->setAlignment(Qt::AlignHCenter);

    auto* title = new QLabel(tr("Welcome to CoE Studio"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    const int measure = fontMetrics().averageCharWidth() * 72;
    auto* body = new QLabel(tr("<p>Keep your Center of Excellence's skill matrices, plan how knowledge moves from the "
                               "experts to your staff &mdash; shadow, coach, mentor &mdash; plan CoE Summits and "
                               "print their agendas, and chart how ready each team is to run its platform on its "
                               "own.</p>"),
                            this);
    body->setObjectName(QStringLiteral("welcomeText"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    // A fixed measure keeps the paragraph readable and lets the label compute its height.
    body->setFixedWidth(measure);
    body->setMinimumHeight(body->heightForWidth(measure));

    auto* demo = new QCommandLinkButton(tr("Create demo workspace"),
                                        tr("Explore a sample CoE: teams, skills, history and a summit."), this);
    demo->setObjectName(QStringLiteral("createDemoButton"));
    auto* empty = new QCommandLinkButton(tr("New empty workspace…"),
                                         tr("Start your own: a .coe file with the default proficiency scale."), this);
    empty->setObjectName(QStringLiteral("newWorkspaceButton"));
    auto* open = new QCommandLinkButton(tr("Open…"), tr("Open a .coe workspace file."), this);
    open->setObjectName(QStringLiteral("openWorkspaceButton"));
    connect(demo, &QAbstractButton::clicked, this, &WelcomeView::createDemoRequested);
    connect(empty, &QAbstractButton::clicked, this, &WelcomeView::newRequested);
    connect(open, &QAbstractButton::clicked, this, &WelcomeView::openRequested);

    m_recentBox = new QWidget(this);
    auto* recentLabel = new QLabel(tr("Recent workspaces"), m_recentBox);
    QFont bold = recentLabel->font();
    bold.setWeight(QFont::DemiBold);
    recentLabel->setFont(bold);
    m_recent = new QListWidget(m_recentBox);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(fontMetrics().height() * 7);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString()); });
    auto* recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->addWidget(recentLabel);
    recentLayout->addWidget(m_recent);

    auto* column = new QWidget(this);
    column->setFixedWidth(measure);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(demo);
    columnLayout->addWidget(empty);
    columnLayout->addWidget(open);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(m_recentBox);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setRecent({});
}

void WelcomeView::setRecent(const QStringList& locations)
{
    m_recent->clear();
    for (const QString& location : locations) {
        const bool url = location.contains(QLatin1String("://"));
        auto* item = new QListWidgetItem(url ? location : QFileInfo(location).fileName(), m_recent);
        item->setToolTip(location);
        item->setData(Qt::UserRole, location);
        item->setIcon(
            QIcon::fromTheme(url ? QStringLiteral("network-server-database") : QStringLiteral("document-open-recent")));
    }
    m_recentBox->setVisible(!locations.isEmpty());
}

} // namespace coe::ui
