// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/readinessreport.h"

#include "render/charts.h"
#include "render/pdffile.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace coe::render {

namespace {

constexpr qreal kMarginMm = 15;

/// Lays the report out on pages of the writer's size; draws only when a painter is given,
/// so the same code first counts the pages and then prints "page x of y".
class Layout
{
public:
    Layout(const Readiness& readiness, const ReadinessReport::Options& options, QSizeF page, qreal dpi)
        : m_readiness(readiness), m_options(options), m_page(page), m_dpi(dpi), m_margin(kMarginMm / 25.4 * dpi)
    {}

    int run(QPainter* painter, int totalPages)
    {
        m_painter = painter;
        m_total = totalPages;
        m_pageNumber = 0;
        const QList<Id> teams = m_options.teams.isEmpty() ? m_readiness.teamIds() : m_options.teams;
        for (int i = 0; i < teams.size(); ++i)
            team(teams.at(i));
        return m_pageNumber;
    }

private:
    qreal pt(qreal points) const { return points / 72.0 * m_dpi; }
    QRectF body() const
    {
        return QRectF(m_margin, m_margin + pt(22), m_page.width() - 2 * m_margin,
                      m_page.height() - 2 * m_margin - pt(44));
    }

    QFont font(qreal points, QFont::Weight weight = QFont::Normal) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(qRound(pt(points)));
        f.setWeight(weight);
        return f;
    }

    void newPage()
    {
        if (m_pageNumber > 0 && m_painter)
            static_cast<QPagedPaintDevice*>(m_painter->device())->newPage();
        ++m_pageNumber;
        m_y = body().top();
        if (!m_painter)
            return;
        // Header: what and when. Footer: page x of y.
        m_painter->setPen(QColor(0x55, 0x55, 0x55));
        m_painter->setFont(font(8.5));
        const QRectF header(m_margin, m_margin, m_page.width() - 2 * m_margin, pt(12));
        m_painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                            ReadinessReport::tr("Team readiness · %1").arg(m_options.workspace));
        m_painter->drawText(
            header, Qt::AlignRight | Qt::AlignVCenter,
            ReadinessReport::tr("Data as of %1").arg(QLocale().toString(m_options.date, QLocale::LongFormat)));
        m_painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), pt(0.5)));
        m_painter->drawLine(QPointF(m_margin, header.bottom() + pt(3)),
                            QPointF(m_page.width() - m_margin, header.bottom() + pt(3)));
        const QRectF footer(m_margin, m_page.height() - m_margin - pt(12), m_page.width() - 2 * m_margin, pt(12));
        m_painter->setPen(QColor(0x55, 0x55, 0x55));
        m_painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                            ReadinessReport::tr("Page %1 of %2").arg(m_pageNumber).arg(m_total));
        m_painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, ReadinessReport::tr("CoE Studio"));
    }

    /// Makes room for @p height, starting a new page when it does not fit.
    void need(qreal height)
    {
        if (m_y + height > body().bottom())
            newPage();
    }

    qreal textHeight(const QString& text, const QFont& f, qreal width) const
    {
        return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    void paragraph(const QString& text, const QFont& f, const QColor& color = Qt::black, qreal after = 4)
    {
        const qreal h = textHeight(text, f, body().width());
        need(h);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(color);
            m_painter->drawText(QRectF(body().left(), m_y, body().width(), h), Qt::TextWordWrap, text);
        }
        m_y += h + pt(after);
    }

    void team(Id id)
    {
        const TeamReadiness r = m_readiness.compute(id, m_options.date);
        newPage();
        const auto percent = [](const std::optional<double>& v) {
            return v ? QStringLiteral("%1%").arg(qRound(*v * 100)) : QStringLiteral("–");
        };
        paragraph(r.team, font(20, QFont::Bold), Qt::black, 2);
        paragraph(ReadinessReport::tr("Readiness index %1 of 100")
                      .arg(r.index ? QString::number(qRound(*r.index)) : QStringLiteral("–")),
                  font(13, QFont::DemiBold), QColor(0x25, 0x34, 0x94), 2);
        paragraph(ReadinessReport::tr("Coverage %1 · Teachers %2 · Hand-over %3")
                      .arg(percent(r.coverage), percent(r.teacher), percent(r.handover)),
                  font(10), QColor(0x44, 0x44, 0x44), 2);
        for (const Forecast& f : r.forecasts)
            paragraph(ReadinessReport::tr("Forecast at roll-off of %1 on %2: %3")
                          .arg(f.engagement, QLocale().toString(f.rollOff, QLocale::LongFormat))
                          .arg(qRound(f.index)),
                      font(10), QColor(0x44, 0x44, 0x44), 2);
        m_y += pt(8);

        // The two charts, side by side, drawn as vectors.
        const qreal gap = pt(10);
        const qreal chartWidth = (body().width() - gap) / 2;
        const qreal chartHeight = chartWidth * 0.72;
        need(chartHeight);
        if (m_painter) {
            const ChartKind kinds[] = {ChartKind::Radar, ChartKind::Coverage};
            for (int i = 0; i < 2; ++i) {
                const auto chart = Chart::make(kinds[i], m_readiness, id, m_options.date);
                const QSizeF design(620, 450); // a smaller canvas scales the charts' text up for print
                m_painter->save();
                m_painter->translate(body().left() + i * (chartWidth + gap), m_y);
                m_painter->scale(chartWidth / design.width(), chartHeight / design.height());
                chart->paint(m_painter, QRectF(QPointF(0, 0), design));
                m_painter->restore();
            }
        }
        m_y += chartHeight + pt(10);

        if (!r.singlePointsOfFailure.isEmpty() || !r.consultantDependent.isEmpty()) {
            paragraph(ReadinessReport::tr("Gaps"), font(12, QFont::Bold), Qt::black, 3);
            if (!r.singlePointsOfFailure.isEmpty())
                paragraph(ReadinessReport::tr("Single points of failure (one internal Independent): %1")
                              .arg(r.singlePointsOfFailure.join(QStringLiteral(", "))),
                          font(10), QColor(0xb3, 0x58, 0x06));
            if (!r.consultantDependent.isEmpty())
                paragraph(ReadinessReport::tr("Consultant-dependent (no internal Independent): %1")
                              .arg(r.consultantDependent.join(QStringLiteral(", "))),
                          font(10), QColor(0xb2, 0x18, 0x2b));
            m_y += pt(4);
        }
        if (!r.nextActions.isEmpty()) {
            paragraph(ReadinessReport::tr("Next actions"), font(12, QFont::Bold), Qt::black, 3);
            for (const NextAction& a : r.nextActions)
                paragraph(QStringLiteral("• %1  (+%2)").arg(a.text, QLocale().toString(a.gain, 'f', 1)), font(10),
                          Qt::black, 2);
            m_y += pt(6);
        }
        if (!r.skills.isEmpty())
            table(r);
    }

    void table(const TeamReadiness& r)
    {
        const QStringList headers{ReadinessReport::tr("Required skill"), ReadinessReport::tr("Need"),
                                  ReadinessReport::tr("Have"),           ReadinessReport::tr("Coverage"),
                                  ReadinessReport::tr("Teacher"),        ReadinessReport::tr("Note")};
        const qreal w = body().width();
        const QList<qreal> widths{w * 0.32, w * 0.08, w * 0.13, w * 0.12, w * 0.12, w * 0.23};
        const QFont headFont = font(9.5, QFont::Bold);
        const QFont cellFont = font(9.5);
        const qreal rowHeight = QFontMetricsF(cellFont).height() + pt(6);
        const auto drawRow = [&](const QStringList& cells, const QFont& f, bool shaded) {
            if (m_painter) {
                if (shaded)
                    m_painter->fillRect(QRectF(body().left(), m_y, w, rowHeight), QColor(0xf2, 0xf5, 0xfa));
                m_painter->setFont(f);
                m_painter->setPen(Qt::black);
                qreal x = body().left();
                for (int c = 0; c < cells.size(); ++c) {
                    const QRectF cell(x + pt(4), m_y, widths.at(c) - pt(8), rowHeight);
                    const QString text = QFontMetricsF(f).elidedText(cells.at(c), Qt::ElideRight, cell.width());
                    m_painter->drawText(cell, (c == 0 || c == 5 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                        text);
                    x += widths.at(c);
                }
                m_painter->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), pt(0.4)));
                m_painter->drawLine(QPointF(body().left(), m_y + rowHeight), QPointF(body().right(), m_y + rowHeight));
            }
            m_y += rowHeight;
        };
        paragraph(ReadinessReport::tr("Required skills"), font(12, QFont::Bold), Qt::black, 3);
        need(rowHeight * 2);
        drawRow(headers, headFont, false);
        int row = 0;
        for (const SkillReadiness& s : r.skills) {
            if (m_y + rowHeight > body().bottom()) {
                newPage();
                drawRow(headers, headFont, false); // the header repeats
            }
            const QString note = s.singlePointOfFailure  ? ReadinessReport::tr("single point of failure")
                                 : s.consultantDependent ? ReadinessReport::tr("consultant-dependent")
                                                         : QString();
            drawRow({s.skill, QString::number(s.required), QString::number(s.independent),
                     QStringLiteral("%1%").arg(qRound(s.coverage * 100)),
                     s.teacherRequired ? (s.hasTeacher ? ReadinessReport::tr("yes") : ReadinessReport::tr("missing"))
                                       : QStringLiteral("–"),
                     note},
                    cellFont, row++ % 2 == 1);
        }
    }

    const Readiness& m_readiness;
    const ReadinessReport::Options& m_options;
    QSizeF m_page;
    qreal m_dpi;
    qreal m_margin;
    QPainter* m_painter = nullptr;
    int m_pageNumber = 0;
    int m_total = 0;
    qreal m_y = 0;
};

} // namespace

Result<int> ReadinessReport::write(const Readiness& readiness, const QString& path, const Options& options)
{
    if (readiness.teamIds().isEmpty())
        return Error{Error::Invalid, tr("The workspace has no teams yet, so there is nothing to report.")};
    constexpr int kResolution = 300;
    const QPageLayout pageLayout(QPageSize(options.paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    return writePdfFile(path, tr("Team readiness · %1").arg(options.workspace), pageLayout, kResolution,
                        [&](QPagedPaintDevice& pdf) {
                            const QSizeF page = pdf.pageLayout().fullRectPixels(kResolution).size();
                            Layout layout(readiness, options, page, kResolution);
                            const int pages = layout.run(nullptr, 0); // first pass: count
                            QPainter painter;
                            if (!painter.begin(&pdf))
                                return -1;
                            painter.setRenderHint(QPainter::Antialiasing);
                            layout.run(&painter, pages);
                            painter.end();
                            return pages;
                        });
}

} // namespace coe::render
