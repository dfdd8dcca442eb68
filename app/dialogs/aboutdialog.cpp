// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/aboutdialog.h"

#include "core/buildinfo.h"
#include "render/renderinfo.h"
#include "storage/sqlitelibrary.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace coe::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CoE Studio"));

    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/coe-studio.svg")).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto* label = new QLabel(text(), this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString AboutDialog::text()
{
    const QString sqlite = SqliteLibrary::version();
    return QStringLiteral("<h2>CoE Studio %1</h2><p>%2</p><table>"
                          "<tr><td>Qt</td><td>&nbsp;%3</td></tr>"
                          "<tr><td>KF6 SyntaxHighlighting</td><td>&nbsp;%4</td></tr>"
                          "<tr><td>SQLite</td><td>&nbsp;%5</td></tr></table><p>%6</p>")
        .arg(BuildInfo::appVersion(),
             tr("Skill matrices, knowledge transfer, summits and team readiness for the lead of a "
                "DevOps Center of Excellence."),
             BuildInfo::qtVersion(), render::syntaxHighlightingVersion(),
             sqlite.isEmpty() ? tr("driver missing") : sqlite,
             tr("Licensed under the GNU General Public License, version 3 or later."));
}

} // namespace coe::ui
