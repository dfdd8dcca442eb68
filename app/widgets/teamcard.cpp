// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/teamcard.h"

#include "ui/theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace coe::ui {

namespace {

const QColor kDeep(0x25, 0x34, 0x94);
const QColor kOrange(0xe6, 0x7e, 0x22);
const QColor kRed(0xd7, 0x30, 0x27);

} // namespace

/// Index bands, as on the heatmap ramp.
QColor TeamCard::bandColor(int band)
{
    const QColor colors[] = {QColor(0xd7, 0x30, 0x27), QColor(0xfd, 0xae, 0x61), QColor(0x41, 0xb6, 0xc4),
                             QColor(0x2c, 0x7f, 0xb8), kDeep};
    return colors[std::clamp(band, 0, 4)];
}

namespace {

QColor indexColor(double index)
{
    return TeamCard::bandColor(int(index / 20.0));
}

} // namespace

TeamCard::TeamCard(const TeamReadiness& readiness, const QList<std::pair<QDate, double>>& trend, QWidget* parent)
    : QFrame(parent), m_readiness(readiness), m_trend(trend)
{
    setObjectName(QStringLiteral("teamCard"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setToolTip(tr("Show %1's charts").arg(readiness.team));
    setAccessibleName(
        tr("%1, readiness %2")
            .arg(readiness.team, readiness.index ? QString::number(qRound(*readiness.index)) : tr("not known")));
}

QStringList TeamCard::lines() const
{
    QStringList lines;
    for (const Forecast& f : m_readiness.forecasts)
        lines << tr("Forecast %1 at roll-off on %2")
                     .arg(qRound(f.index))
                     .arg(QLocale().toString(f.rollOff, QLocale::ShortFormat));
    const bool nothing = m_readiness.skills.isEmpty() && !m_readiness.handover;
    if (m_readiness.forecasts.isEmpty() && !nothing)
        lines << QStringLiteral("!note ") + tr("No forecast: no engagement with a roll-off date for this team.");
    if (!m_readiness.handover && !nothing)
        lines << QStringLiteral("!note ") +
                     tr("Hand-over –: no capabilities yet; add them to an engagement for this team.");
    if (!m_readiness.coverage && !nothing)
        lines << QStringLiteral("!note ") + tr("Coverage –: no skill requirements yet; set them in People & teams.");
    if (!m_readiness.singlePointsOfFailure.isEmpty())
        lines << QStringLiteral("!spof ") + tr("Single points of failure: %1")
                                                .arg(m_readiness.singlePointsOfFailure.join(QStringLiteral(", ")));
    if (!m_readiness.consultantDependent.isEmpty())
        lines << QStringLiteral("!cons ") +
                     tr("Consultant-dependent: %1").arg(m_readiness.consultantDependent.join(QStringLiteral(", ")));
    if (!m_readiness.nextActions.isEmpty()) {
        lines << QStringLiteral("!head ") + tr("Next actions");
        for (const NextAction& a : m_readiness.nextActions)
            lines << QStringLiteral("• ") + a.text;
    }
    if (m_readiness.skills.isEmpty() && !m_readiness.handover)
        lines << tr("No skill requirements or capabilities yet: readiness needs one or the other.");
    return lines;
}

QSize TeamCard::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 58;
    return {width, heightForWidth(width)};
}

int TeamCard::heightForWidth(int width) const
{
    const int pad = fontMetrics().height();
    int height = pad + fontMetrics().height() * 4 + pad; // header: name, index, sparkline
    const QRect text(0, 0, width - 2 * pad, 10000);
    const QStringList shown = lines();
    for (const QString& line : shown)
        height += fontMetrics()
                      .boundingRect(text, Qt::TextWordWrap, line.startsWith(QLatin1Char('!')) ? line.mid(6) : line)
                      .height() +
                  3;
    return height + pad;
}

void TeamCard::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath outline;
    outline.addRoundedRect(card, 8, 8);
    p.fillPath(outline, palette().base());
    p.setPen(QPen(hasFocus() ? palette().highlight().color() : palette().mid().color(), hasFocus() ? 2 : 1));
    p.drawPath(outline);

    const int pad = fontMetrics().height();
    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setWeight(QFont::DemiBold);
    p.setFont(nameFont);
    p.setPen(palette().text().color());
    const QRectF header(card.left() + pad, card.top() + pad * 0.8, card.width() - 2 * pad,
                        QFontMetricsF(nameFont).height());
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_readiness.team);

    // The index: a big number with a bar beneath, coloured by band.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setWeight(QFont::Bold);
    const QFontMetricsF bigMetrics(big);
    const QRectF indexRect(card.left() + pad, header.bottom() + 4,
                           bigMetrics.horizontalAdvance(QStringLiteral("100")) + 6, bigMetrics.height());
    p.setFont(big);
    if (m_readiness.index) {
        // Large text: 3:1 on the card, in either theme (the orange and teal bands are paler).
        p.setPen(Theme::readableOn(indexColor(*m_readiness.index), palette().base().color(), 3.0));
        p.drawText(indexRect, Qt::AlignLeft | Qt::AlignVCenter, QString::number(qRound(*m_readiness.index)));
    } else {
        p.setPen(palette().mid().color());
        p.drawText(indexRect, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("–"));
    }
    p.setFont(font());
    p.setPen(palette().placeholderText().color());
    const QString parts =
        tr("coverage %1 · teachers %2 · hand-over %3")
            .arg(m_readiness.coverage ? QStringLiteral("%1%").arg(qRound(*m_readiness.coverage * 100)) : tr("–"),
                 m_readiness.teacher ? QStringLiteral("%1%").arg(qRound(*m_readiness.teacher * 100)) : tr("–"),
                 m_readiness.handover ? QStringLiteral("%1%").arg(qRound(*m_readiness.handover * 100)) : tr("–"));
    p.drawText(QRectF(indexRect.left(), indexRect.bottom(), card.width() - 2 * pad, fontMetrics().height()),
               Qt::AlignLeft, parts);

    // Sparkline: the last twelve month-ends, scaled 0-100, its label above it (below, it ran
    // into the parts line).
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const qreal labelHeight = QFontMetricsF(small).height();
    const QRectF spark(indexRect.right() + pad, indexRect.top() + labelHeight + 2,
                       card.right() - pad - indexRect.right() - pad, indexRect.height() - labelHeight - 6);
    if (m_trend.size() >= 2 && spark.width() > 40) {
        p.setPen(QPen(palette().midlight().color(), 1, Qt::DotLine));
        p.drawLine(spark.bottomLeft(), spark.bottomRight());
        QPainterPath path;
        for (int i = 0; i < m_trend.size(); ++i) {
            const QPointF point(spark.left() + spark.width() * i / (m_trend.size() - 1),
                                spark.bottom() - spark.height() * m_trend.at(i).second / 100.0);
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        const QColor line = Theme::readableOn(kDeep, palette().base().color(), 3.0);
        p.setPen(QPen(line, 2));
        p.drawPath(path);
        p.setBrush(line);
        p.drawEllipse(path.currentPosition(), 3, 3);
        p.setPen(palette().placeholderText().color());
        p.setFont(small);
        p.drawText(QRectF(spark.left(), indexRect.top(), spark.width(), labelHeight), Qt::AlignRight, tr("12 months"));
        p.setFont(font());
    }

    // The details, wrapped.
    qreal y = indexRect.bottom() + fontMetrics().height() + pad * 0.6;
    const qreal width = card.width() - 2 * pad;
    const QStringList shown = lines();
    for (const QString& raw : shown) {
        QString line = raw;
        QColor color = palette().text().color();
        QFont f = font();
        if (raw.startsWith(QLatin1String("!spof "))) {
            color = Theme::readableOn(kOrange, palette().base().color());
            line = raw.mid(6);
        } else if (raw.startsWith(QLatin1String("!cons "))) {
            color = Theme::readableOn(kRed, palette().base().color());
            line = raw.mid(6);
        } else if (raw.startsWith(QLatin1String("!note "))) {
            color = palette().placeholderText().color();
            line = raw.mid(6);
        } else if (raw.startsWith(QLatin1String("!head "))) {
            f.setWeight(QFont::DemiBold);
            line = raw.mid(6);
        }
        p.setFont(f);
        p.setPen(color);
        const QRectF box = p.boundingRect(QRectF(card.left() + pad, y, width, 10000), Qt::TextWordWrap, line);
        p.drawText(QRectF(card.left() + pad, y, width, box.height()), Qt::TextWordWrap, line);
        y += box.height() + 3;
    }
}

void TeamCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT chartsRequested(m_readiness.teamId);
    QFrame::mouseReleaseEvent(event);
}

void TeamCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT chartsRequested(m_readiness.teamId);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace coe::ui
