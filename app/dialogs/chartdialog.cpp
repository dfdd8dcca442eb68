// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/chartdialog.h"

#include "ui/prompter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace coe::ui {

namespace {
const QSize kDesign(1200, 800); // charts are laid out for this size, then scaled
}

ChartView::ChartView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartView"));
    setMinimumSize(480, 320);
}

void ChartView::setChart(std::unique_ptr<render::Chart> chart)
{
    m_chart = std::move(chart);
    update();
}

void ChartView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_chart)
        return;
    const qreal scale = std::min(width() / qreal(kDesign.width()), height() / qreal(kDesign.height()));
    const QSizeF size = QSizeF(kDesign) * scale;
    painter.translate((width() - size.width()) / 2, (height() - size.height()) / 2);
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    m_chart->paint(&painter, QRectF(QPointF(0, 0), QSizeF(kDesign)));
}

ChartDialog::ChartDialog(const Readiness& readiness, Id team, const QDate& date, QWidget* parent)
    : QDialog(parent), m_readiness(readiness), m_team(team), m_date(date)
{
    setObjectName(QStringLiteral("chartDialog"));
    setWindowTitle(tr("%1 — readiness charts").arg(readiness.teamName(team)));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_kind->addItem(tr("Coverage by skill category (radar)"), int(render::ChartKind::Radar));
    m_kind->addItem(tr("Independent people per required skill"), int(render::ChartKind::Coverage));
    m_kind->addItem(tr("Readiness index by month, with forecast"), int(render::ChartKind::Trend));
    m_kind->addItem(tr("All teams: coverage by skill category (heatmap)"), int(render::ChartKind::Heatmap));
    m_kind->addItem(tr("All teams: capabilities by hand-over phase"), int(render::ChartKind::Phases));
    m_view = new ChartView(this);
    auto* copyButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("chartCopy"));
    auto* exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("chartExport"));
    auto* printButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("chartPrint"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copyButton, &QPushButton::clicked, this, &ChartDialog::copy);
    connect(exportButton, &QPushButton::clicked, this, &ChartDialog::exportChart);
    connect(printButton, &QPushButton::clicked, this, &ChartDialog::print);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { showKind(render::ChartKind(m_kind->currentData().toInt())); });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Chart:"), this));
    top->addWidget(m_kind, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(copyButton);
    bottom->addWidget(exportButton);
    bottom->addWidget(printButton);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(1060, 780);
    showKind(render::ChartKind::Radar);
}

void ChartDialog::showKind(render::ChartKind kind)
{
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
    m_view->setChart(render::Chart::make(kind, m_readiness, m_team, m_date));
}

void ChartDialog::copy()
{
    QImage image(kDesign * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(2, 2);
        m_view->chart()->paint(&painter, QRectF(QPointF(0, 0), QSizeF(kDesign)));
    }
    QApplication::clipboard()->setImage(image);
}

QString ChartDialog::exportChart()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("%1 %2.png").arg(m_readiness.teamName(m_team), m_view->chart()->title()));
    QString path = Prompter::current()->saveFile(this, tr("Export chart"), suggested,
                                                 tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (auto done = render::ChartExport::write(*m_view->chart(), path, kDesign, 192); !done) {
        Prompter::current()->error(this, tr("CoE Studio"), done.error().message);
        return {};
    }
    return path;
}

void ChartDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(m_view->chart()->title());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print %1").arg(m_view->chart()->title()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        QPainter painter(target);
        const QRectF page = target->pageLayout().paintRectPixels(target->resolution());
        const qreal scale = std::min(page.width() / kDesign.width(), page.height() / kDesign.height());
        painter.scale(scale, scale);
        m_view->chart()->paint(&painter, QRectF(QPointF(0, 0), QSizeF(kDesign)));
    });
    Prompter::current()->exec(&preview);
}

} // namespace coe::ui
