// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/welcomeview.h"

#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace coe::ui {

WelcomeView::WelcomeView(QWidget* parent)
    : QWidget(parent)
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

    auto* body = new QLabel(
        tr("<p>Keep your Center of Excellence's skill matrices, plan how knowledge moves from the "
           "experts to your staff &mdash; shadow, coach, mentor &mdash; plan CoE Summits and "
           "print their agendas, and chart how ready each team is to run its platform on its "
           "own.</p>"),
        this);
    body->setObjectName(QStringLiteral("welcomeText"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    // A fixed measure keeps the paragraph readable and lets the label compute its height.
    body->setFixedWidth(fontMetrics().averageCharWidth() * 72);
    body->setMinimumHeight(body->heightForWidth(body->width()));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace coe::ui
