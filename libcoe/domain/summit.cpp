// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/summit.h"

#include "core/timezone.h"

#include <QCoreApplication>

namespace coe {

const Room* Summit::room(Id id) const
{
    for (const Room& r : rooms)
        if (r.id == id)
            return &r;
    return nullptr;
}

const Track* Summit::track(Id id) const
{
    for (const Track& t : tracks)
        if (t.id == id)
            return &t;
    return nullptr;
}

const SummitItem* Summit::item(Id id) const
{
    for (const SummitItem& i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

QColor Track::paletteColor(qsizetype index)
{
    static const QRgb colors[] = {0x2c7fb8, 0x41b6c4, 0x7fcdbb, 0xfd8d3c, 0x807dba, 0xe7298a, 0x66a61e, 0xa6761d};
    return QColor::fromRgb(colors[std::abs(index) % 8]);
}

QString SummitItem::kindLabel(Kind kind)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("coe::SummitItem", "Talk"), QT_TRANSLATE_NOOP("coe::SummitItem", "Workshop"),
        QT_TRANSLATE_NOOP("coe::SummitItem", "Lightning talk"), QT_TRANSLATE_NOOP("coe::SummitItem", "Plenary"),
        QT_TRANSLATE_NOOP("coe::SummitItem", "Break")};
    return QCoreApplication::translate("coe::SummitItem", labels[kind]);
}

QTimeZone Summit::zone() const
{
    const QTimeZone tz = TimeZones::fromId(timeZone);
    return tz.isValid() ? tz : QTimeZone(QTimeZone::UTC);
}

QDateTime Summit::instant(const QDateTime& wall) const
{
    return TimeZones::atWallClock(wall, zone());
}

qint64 wallMinutes(const QDateTime& dateTime)
{
    return dateTime.date().toJulianDay() * 1440 + dateTime.time().msecsSinceStartOfDay() / 60000;
}

} // namespace coe
