// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/charts.h"

#include "core/savefile.h"
#include "domain/scale.h"
#include "render/pdffile.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QImageWriter>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

namespace coe::render {

namespace {

// One palette across the app: the level ramp (ColorBrewer YlGnBu) plus two alert colours.
const QColor kDeep(0x25, 0x34, 0x94);
const QColor kBlue(0x2c, 0x7f, 0xb8);
const QColor kTeal(0x41, 0xb6, 0xc4);
const QColor kGreen(0xa1, 0xda, 0xb4);
const QColor kPale(0xff, 0xff, 0xcc);
const QColor kGrey(0x73, 0x73, 0x73);

QString subtitleFor(const QString& team, const QDate& date)
{
    return team.isEmpty() ? Chart::tr("All teams · data as of %1").arg(QLocale().toString(date, QLocale::LongFormat))
                          : Chart::tr("%1 · data as of %2").arg(team, QLocale().toString(date, QLocale::LongFormat));
}

/// A chart drawn by Qt Charts: a QChart in a private scene.
class QtChart : public Chart
{
public:
    QtChart(QChart* chart, const QString& title, const QString& subtitle) : m_chart(chart)
    {
        m_title = title;
        m_subtitle = subtitle;
        m_scene.addItem(m_chart);
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->setBackgroundRoundness(0);
        m_chart->setLocale(QLocale()); // month names on the time axis in the user's language
        m_chart->setTitle(
            QStringLiteral(
                "<div style='font-size:15pt; font-weight:600'>%1</div><div style='font-size:10pt; color:#555'>%2</div>")
                .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped()));
        QFont legend = m_chart->legend()->font();
        legend.setPointSizeF(10);
        m_chart->legend()->setFont(legend);
    }

    void paint(QPainter* painter, const QRectF& target) const override
    {
        m_chart->resize(target.size());
        m_scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
        m_scene.render(painter, target, m_scene.sceneRect());
    }

private:
    QChart* m_chart; // owned by the scene
    mutable QGraphicsScene m_scene;
};

QValueAxis* percentAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d%"));
    axis->setTitleText(title);
    return axis;
}

std::unique_ptr<Chart> radar(const Readiness& readiness, Id team, const QDate& date, int monthsAgo)
{
    const TeamReadiness now = readiness.compute(team, date, true);
    const TeamReadiness before = readiness.compute(team, date.addMonths(-monthsAgo), true);
    auto* chart = new QPolarChart;
    const int n = int(now.categories.size());
    auto* angular = new QCategoryAxis;
    angular->setRange(0, std::max(1, n));
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < n; ++i)
        angular->append(now.categories.at(i).category, i);
    auto* radial = percentAxis(QString());
    radial->setLabelFormat(QStringLiteral("%d%"));
    // Every point of "Now" carries its value: ring labels would sit on them ("39%" over
    // "40%"). The rings stay as a grid, every 25%; the outer one is the target.
    radial->setLabelsVisible(false);
    radial->setTickCount(5);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    const auto line = [&](const QString& name, const QColor& color, Qt::PenStyle style, qreal width,
                          const std::function<double(int)>& value) {
        auto* series = new QLineSeries;
        series->setName(name);
        for (int i = 0; i <= n; ++i)
            series->append(i, std::round(value(i % std::max(1, n)))); // whole percents read better
        series->setPen(QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin));
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
        return series;
    };
    line(Chart::tr("Target (100%)"), kGrey, Qt::DotLine, 2, [](int) { return 100.0; });
    line(Chart::tr("%1 months ago").arg(monthsAgo), kTeal, Qt::DashLine, 2.5, [&](int i) {
        for (const CategoryCoverage& c : before.categories)
            if (c.category == now.categories.value(i).category)
                return 100.0 * c.coverage;
        return 0.0;
    });
    auto* current = line(Chart::tr("Now"), kDeep, Qt::SolidLine, 3.5,
                         [&](int i) { return 100.0 * now.categories.value(i).coverage; });
    // No dots: the drawn markers covered the lower half of the values above them.
    current->setPointsVisible(false);
    current->setPointLabelsVisible(true);
    current->setPointLabelsFormat(QStringLiteral("@yPoint%"));
    current->setPointLabelsClipping(false);
    QFont labels = current->pointLabelsFont();
    labels.setPointSizeF(9);
    labels.setBold(true);
    current->setPointLabelsFont(labels);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return std::make_unique<QtChart>(chart, Chart::tr("Coverage by skill category"), subtitleFor(now.team, date));
}

std::unique_ptr<Chart> phases(const Readiness& readiness, const QDate& date)
{
    auto* chart = new QChart;
    auto* series = new QHorizontalStackedBarSeries;
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("Chart", "Expert leads"), QT_TRANSLATE_NOOP("Chart", "Pairing"),
        QT_TRANSLATE_NOOP("Chart", "Staff leads"), QT_TRANSLATE_NOOP("Chart", "Handed over")};
    const QColor colors[] = {kPale, kGreen, kTeal, kDeep};
    QList<QBarSet*> sets;
    for (int p = 0; p < 4; ++p) {
        auto* set = new QBarSet(Chart::tr(names[p]));
        set->setColor(colors[p]);
        set->setBorderColor(kGrey);
        set->setLabelColor(p == 3 ? Qt::white : Qt::black);
        sets << set;
    }
    QStringList teams;
    int most = 1;
    const QList<Id> teamIds = readiness.teamIds();
    for (Id team : teamIds) {
        const TeamReadiness r = readiness.compute(team, date, true);
        const int total = r.phases[0] + r.phases[1] + r.phases[2] + r.phases[3];
        if (total == 0)
            continue;
        teams << r.team;
        most = std::max(most, total);
        for (int p = 0; p < 4; ++p)
            sets[p]->append(r.phases[size_t(p)]);
    }
    for (QBarSet* set : std::as_const(sets))
        series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(teams);
    auto* counts = new QValueAxis;
    counts->setRange(0, most);
    counts->setTickCount(std::min(most, 10) + 1);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(Chart::tr("Capabilities"));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return std::make_unique<QtChart>(chart, Chart::tr("Capabilities by hand-over phase"), subtitleFor(QString(), date));
}

std::unique_ptr<Chart> trend(const Readiness& readiness, Id team, const QDate& date)
{
    auto* chart = new QChart;
    const auto points = readiness.trend(team, date, 12);
    const TeamReadiness r = readiness.compute(team, date);
    auto* history = new QLineSeries;
    history->setName(Chart::tr("Readiness index"));
    for (const auto& [day, value] : points)
        history->append(double(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()), value);
    history->setPen(QPen(kDeep, 3.5));
    history->setPointsVisible(true);
    chart->addSeries(history);
    QDate last = date;
    QList<QXYSeries*> forecasts;
    for (const Forecast& f : r.forecasts) {
        if (points.isEmpty())
            break;
        auto* forecast = new QLineSeries;
        forecast->setName(
            Chart::tr("Forecast to roll-off on %1").arg(QLocale().toString(f.rollOff, QLocale::ShortFormat)));
        forecast->append(double(QDateTime(points.last().first, QTime(12, 0)).toMSecsSinceEpoch()),
                         points.last().second);
        forecast->append(double(QDateTime(f.rollOff, QTime(12, 0)).toMSecsSinceEpoch()), f.index);
        forecast->setPen(QPen(kTeal, 2.5, Qt::DashLine));
        chart->addSeries(forecast);
        forecasts << forecast;
        // Only the projected value is labelled, as a whole number beside its point.
        auto* end = new QScatterSeries;
        end->append(double(QDateTime(f.rollOff, QTime(12, 0)).toMSecsSinceEpoch()), std::round(f.index));
        end->setColor(kTeal);
        end->setBorderColor(kTeal);
        end->setMarkerSize(10);
        end->setPointLabelsVisible(true);
        end->setPointLabelsFormat(QStringLiteral("@yPoint"));
        end->setPointLabelsClipping(false);
        QFont labelFont = end->pointLabelsFont();
        labelFont.setBold(true);
        labelFont.setPointSizeF(10);
        end->setPointLabelsFont(labelFont);
        chart->addSeries(end);
        forecasts << end;
        last = std::max(last, f.rollOff);
    }
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yyyy"));
    time->setRange(QDateTime(points.isEmpty() ? date.addMonths(-11) : points.first().first, QTime(0, 0)),
                   QDateTime(last.addDays(10), QTime(0, 0)));
    time->setTickCount(7);
    auto* index = new QValueAxis;
    index->setRange(0, 100);
    index->setTickCount(6);
    index->setLabelFormat(QStringLiteral("%d"));
    index->setTitleText(Chart::tr("Index (0-100)"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(index, Qt::AlignLeft);
    history->attachAxis(time);
    history->attachAxis(index);
    for (QXYSeries* f : std::as_const(forecasts)) {
        f->attachAxis(time);
        f->attachAxis(index);
        if (qobject_cast<QScatterSeries*>(f)) {
            const QList<QLegendMarker*> markers = chart->legend()->markers(f);
            for (QLegendMarker* marker : markers)
                marker->setVisible(false);
        }
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return std::make_unique<QtChart>(chart, Chart::tr("Readiness index by month"), subtitleFor(r.team, date));
}

std::unique_ptr<Chart> coverage(const Readiness& readiness, Id team, const QDate& date)
{
    const TeamReadiness r = readiness.compute(team, date, true);
    auto* chart = new QChart;
    auto* series = new QHorizontalBarSeries;
    auto* have = new QBarSet(Chart::tr("Independent or above"));
    auto* need = new QBarSet(Chart::tr("Required"));
    have->setColor(kBlue);
    have->setLabelColor(Qt::white);
    need->setColor(QColor(0xd9, 0xd9, 0xd9));
    need->setBorderColor(kGrey);
    need->setLabelColor(Qt::black);
    QStringList labels;
    int most = 1;
    // Bars run bottom-up: list the skills in reverse so the first reads at the top.
    for (auto it = r.skills.crbegin(); it != r.skills.crend(); ++it) {
        QString label = it->skill;
        if (it->singlePointOfFailure)
            label += Chart::tr(" — single point of failure");
        else if (it->consultantDependent)
            label += Chart::tr(" — consultant-dependent");
        labels << label;
        have->append(it->independent);
        need->append(it->required);
        most = std::max({most, it->independent, it->required});
    }
    series->append(need);
    series->append(have);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    auto* counts = new QValueAxis;
    counts->setRange(0, most + 1);
    counts->setTickCount(std::min(most + 1, 10) + 1);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(Chart::tr("People"));
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return std::make_unique<QtChart>(chart, Chart::tr("Independent people per required skill"),
                                     subtitleFor(r.team, date));
}

/// Teams × categories as coloured cells with their coverage written in.
class Heatmap : public Chart
{
public:
    Heatmap(const Readiness& readiness, const QDate& date)
    {
        m_title = tr("Coverage by team and skill category");
        m_subtitle = subtitleFor(QString(), date);
        const QList<Id> teamIds = readiness.teamIds();
        for (Id team : teamIds) {
            const TeamReadiness r = readiness.compute(team, date, true);
            QHash<QString, double> row;
            for (const CategoryCoverage& c : r.categories) {
                row.insert(c.category, c.coverage);
                if (!m_categories.contains(c.category))
                    m_categories << c.category;
            }
            m_rows.append({r.team, row});
        }
        // Keep the workspace's category order.
        QStringList ordered;
        const QStringList categoryOrder = readiness.categoryNames();
        for (const QString& c : categoryOrder)
            if (m_categories.contains(c))
                ordered << c;
        m_categories = ordered;
    }

    void paint(QPainter* painter, const QRectF& target) const override
    {
        painter->save();
        painter->fillRect(target, Qt::white);
        painter->setRenderHint(QPainter::Antialiasing);
        QFont font = painter->font();
        font.setPointSizeF(15);
        font.setWeight(QFont::DemiBold);
        painter->setFont(font);
        painter->setPen(Qt::black);
        const qreal margin = 24;
        QRectF titleRect(target.left() + margin, target.top() + 14, target.width() - 2 * margin, 28);
        painter->drawText(titleRect, Qt::AlignHCenter | Qt::AlignVCenter, m_title);
        font.setPointSizeF(10);
        font.setWeight(QFont::Normal);
        painter->setFont(font);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(titleRect.translated(0, 26), Qt::AlignHCenter | Qt::AlignVCenter, m_subtitle);
        if (m_rows.isEmpty() || m_categories.isEmpty()) {
            painter->drawText(target, Qt::AlignCenter, tr("No team has skill requirements yet."));
            painter->restore();
            return;
        }
        const QFontMetricsF metrics(font);
        qreal nameWidth = 0;
        for (const auto& row : m_rows)
            nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.first));
        const qreal headerHeight = std::min<qreal>(
            150, 12 + [&] {
                qreal w = 0;
                for (const QString& c : m_categories)
                    w = std::max(w, metrics.horizontalAdvance(c));
                return w;
            }());
        const QRectF grid(target.left() + margin + nameWidth + 12, target.top() + 80 + headerHeight,
                          target.width() - 2 * margin - nameWidth - 12, target.height() - 80 - headerHeight - 70);
        const qreal cellW = grid.width() / m_categories.size();
        const qreal cellH = std::min<qreal>(56, grid.height() / m_rows.size());
        painter->setPen(Qt::black);
        for (int c = 0; c < m_categories.size(); ++c) {
            painter->save();
            painter->translate(grid.left() + c * cellW + cellW / 2 + metrics.height() / 3, grid.top() - 6);
            painter->rotate(-45);
            painter->drawText(QPointF(0, 0), metrics.elidedText(m_categories.at(c), Qt::ElideRight, 170));
            painter->restore();
        }
        for (int r = 0; r < m_rows.size(); ++r) {
            const qreal y = grid.top() + r * cellH;
            painter->setPen(Qt::black);
            painter->drawText(QRectF(target.left() + margin, y, nameWidth, cellH), Qt::AlignRight | Qt::AlignVCenter,
                              m_rows.at(r).first);
            for (int c = 0; c < m_categories.size(); ++c) {
                const QRectF cell(grid.left() + c * cellW, y, cellW, cellH);
                const auto value = m_rows.at(r).second.constFind(m_categories.at(c));
                if (value == m_rows.at(r).second.cend()) {
                    painter->fillRect(cell.adjusted(1, 1, -1, -1), QColor(0xf2, 0xf2, 0xf2));
                    painter->setPen(kGrey);
                    painter->drawText(cell, Qt::AlignCenter, tr("–"));
                    continue;
                }
                const QColor color = ramp(*value);
                painter->fillRect(cell.adjusted(1, 1, -1, -1), color);
                painter->setPen(Scale::textColorOn(color));
                painter->drawText(cell, Qt::AlignCenter, QStringLiteral("%1%").arg(qRound(*value * 100)));
            }
        }
        // Legend: the ramp with its bands.
        const qreal legendTop = grid.top() + m_rows.size() * cellH + 24;
        const QString bands[] = {QStringLiteral("0-19%"), QStringLiteral("20-39%"), QStringLiteral("40-59%"),
                                 QStringLiteral("60-79%"), QStringLiteral("80-100%")};
        qreal x = grid.left();
        for (int b = 0; b < 5; ++b) {
            const QColor color = ramp(0.2 * b + 0.1);
            painter->fillRect(QRectF(x, legendTop, 22, 16), color);
            painter->setPen(kGrey);
            painter->drawRect(QRectF(x, legendTop, 22, 16));
            painter->setPen(Qt::black);
            painter->drawText(QPointF(x + 28, legendTop + 13), bands[b]);
            x += 40 + metrics.horizontalAdvance(bands[b]);
        }
        painter->restore();
    }

private:
    static QColor ramp(double value)
    {
        const QColor colors[] = {kPale, kGreen, kTeal, kBlue, kDeep};
        return colors[std::clamp(int(value * 5), 0, 4)];
    }

    QStringList m_categories;
    QList<std::pair<QString, QHash<QString, double>>> m_rows;
};

} // namespace

std::optional<ChartKind> chartKind(const QString& name)
{
    for (ChartKind kind :
         {ChartKind::Radar, ChartKind::Heatmap, ChartKind::Phases, ChartKind::Trend, ChartKind::Coverage})
        if (chartKindName(kind) == name.trimmed().toLower())
            return kind;
    return std::nullopt;
}

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Radar:
        return QStringLiteral("radar");
    case ChartKind::Heatmap:
        return QStringLiteral("heatmap");
    case ChartKind::Phases:
        return QStringLiteral("phases");
    case ChartKind::Trend:
        return QStringLiteral("trend");
    case ChartKind::Coverage:
        return QStringLiteral("coverage");
    }
    return {};
}

std::unique_ptr<Chart> Chart::make(ChartKind kind, const Readiness& readiness, Id team, const QDate& date,
                                   int monthsAgo)
{
    switch (kind) {
    case ChartKind::Radar:
        return radar(readiness, team, date, monthsAgo);
    case ChartKind::Heatmap:
        return std::make_unique<Heatmap>(readiness, date);
    case ChartKind::Phases:
        return phases(readiness, date);
    case ChartKind::Trend:
        return trend(readiness, team, date);
    case ChartKind::Coverage:
        return coverage(readiness, team, date);
    }
    return nullptr;
}

Result<void> ChartExport::write(const Chart& chart, const QString& path, const QSize& size, int dpi)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QRectF area(QPointF(0, 0), QSizeF(size));
    // Each format is written through a QSaveFile: a failure (a full disk, say) leaves no half
    // chart under the name and any older file as it was.
    if (suffix == QLatin1String("png")) {
        const qreal scale = std::max(1, dpi) / 96.0;
        QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(std::max(1, dpi) / 0.0254));
        image.setDotsPerMeterY(qRound(std::max(1, dpi) / 0.0254));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(scale, scale);
            chart.paint(&painter, area);
        }
        return saveFile(path, [&](QIODevice& device) -> Result<void> {
            QImageWriter writer(&device, "png");
            if (!writer.write(image))
                return Error{Error::Failed, tr("Cannot write %1: %2").arg(path, writer.errorString())};
            return {};
        });
    }
    if (suffix == QLatin1String("svg")) {
        return saveFile(path, [&](QIODevice& device) -> Result<void> {
            QSvgGenerator svg;
            svg.setOutputDevice(&device);
            svg.setSize(size);
            svg.setViewBox(area);
            svg.setResolution(96);
            svg.setTitle(chart.title());
            svg.setDescription(chart.subtitle());
            QPainter painter;
            if (!painter.begin(&svg))
                return Error{Error::Failed, tr("Cannot write %1.").arg(path)};
            chart.paint(&painter, area);
            painter.end();
            return {};
        });
    }
    if (suffix == QLatin1String("pdf")) {
        const QPageLayout layout(
            QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
        auto pages = writePdfFile(path, chart.title(), layout, 96, [&](QPagedPaintDevice& pdf) {
            QPainter painter;
            if (!painter.begin(&pdf))
                return -1;
            chart.paint(&painter, area);
            painter.end();
            return 1;
        });
        if (!pages)
            return pages.error();
        return {};
    }
    return Error{Error::Invalid,
                 tr("%1: the file name must end in .png, .svg or .pdf.").arg(QFileInfo(path).fileName())};
}

} // namespace coe::render
