// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timezone.h"

#include <QRegularExpression>

namespace coe {

QTimeZone TimeZones::fromId(const QString& id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed == QLatin1String("UTC"))
        return QTimeZone(QTimeZone::UTC);
    static const QRegularExpression offset(QStringLiteral("^UTC([+-])(\\d\\d):(\\d\\d)$"));
    if (const QRegularExpressionMatch m = offset.match(trimmed); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return {};
        const int seconds = (hours * 3600 + minutes * 60) * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        return QTimeZone::fromSecondsAheadOfUtc(seconds);
    }
    const QTimeZone zone(trimmed.toUtf8());
    return zone.isValid() ? zone : QTimeZone();
}

QString TimeZones::fixedOffsetId(int secondsEastOfUtc)
{
    if (secondsEastOfUtc == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(secondsEastOfUtc) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(secondsEastOfUtc < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool TimeZones::isFixedOffset(const QString& id)
{
    static const QRegularExpression offset(QStringLiteral("^UTC[+-]\\d\\d:\\d\\d$"));
    return offset.match(id.trimmed()).hasMatch();
}

QDateTime TimeZones::atWallClock(const QDateTime& wall, const QTimeZone& zone)
{
    return QDateTime(wall.date(), wall.time(), zone.isValid() ? zone : QTimeZone(QTimeZone::UTC));
}

QDateTime TimeZones::wallClock(const QDateTime& instant, const QTimeZone& zone)
{
    const QDateTime there = instant.toTimeZone(zone.isValid() ? zone : QTimeZone(QTimeZone::UTC));
    return QDateTime(there.date(), there.time());
}

QString TimeZones::name(const QTimeZone& zone)
{
    if (!zone.isValid())
        return QStringLiteral("UTC");
    if (zone.timeSpec() == Qt::OffsetFromUTC || zone.timeSpec() == Qt::UTC)
        return fixedOffsetId(zone.fixedSecondsAheadOfUtc());
    return QString::fromUtf8(zone.id());
}

QString TimeZones::format(const QDateTime& instant, const QTimeZone& zone, const QString& pattern)
{
    return instant.toTimeZone(zone.isValid() ? zone : QTimeZone(QTimeZone::UTC)).toString(pattern);
}

QString TimeZones::shownInNote(const QTimeZone& shown, const QTimeZone& planned, Source source, const QDateTime& when)
{
    if (name(shown) == name(planned) || shown.offsetFromUtc(when) == planned.offsetFromUtc(when))
        return {};
    return source == Source::Summit
               ? tr("Times are shown in your zone (%1); the summit's is %2.").arg(name(shown), name(planned))
               : tr("Times are shown in your zone (%1); the session's is %2.").arg(name(shown), name(planned));
}

} // namespace coe
