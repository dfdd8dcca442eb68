// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/summit.h"

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

QTimeZone Summit::zone() const
{
    const QTimeZone tz(timeZone.toUtf8());
    return tz.isValid() ? tz : QTimeZone(QTimeZone::UTC);
}

qint64 wallMinutes(const QDateTime& dateTime)
{
    return dateTime.date().toJulianDay() * 1440 + dateTime.time().msecsSinceStartOfDay() / 60000;
}

} // namespace coe
