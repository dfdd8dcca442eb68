// SPDX-License-Identifier: GPL-3.0-or-later
// What the frab reader and writer share (libcoe/io/frab*.cpp only): the events as read before
// their times are resolved, the screen every file passes first, the step that resolves and
// checks what a parser found, and the slugs both directions make.
#pragma once

#include "io/frab.h"

#include <QByteArrayView>

namespace coe::frabinternal {

/// One event as read, before times are resolved in the schedule's zone.
struct RawEvent
{
    Frab::Event event;
    QString date;     ///< <date>: ISO date-time, usually with offset
    QDate day;        ///< the enclosing day's date
    QString start;    ///< <start>: HH:MM
    QString duration; ///< <duration>: HH:MM, H:MM:SS or minutes
    QString where;    ///< for messages: "event 12 (“Title”)"
};

/// Lower-case letters and digits joined by single hyphens, at most @p length characters.
QString slugify(const QString& text, qsizetype length = -1);
/// A schedule's acronym made from its title.
QString acronymOf(const QString& title);
/// @p text cut to a length that fits in a message.
QString elided(const QString& text);
/// "event 12 (“Title”, line 40)" or, without a line, "event 12 (“Title”)".
QString eventPlace(qint64 id, const QString& title, qint64 line = 0);
/// "… holds more than 1000 rooms …" for a file past one of Frab's limits.
Error tooMany(const QString& fileName, const QString& what, int limit, qint64 line = 0);
/// The refusal of a UTF-16 file.
Error utf16(const QString& fileName);
/// A byte-order mark of UTF-16, or a NUL in one of the first two bytes but not both.
bool looksUtf16(QByteArrayView data);
/// Refuses what no schedule holds before a parser sees it (see frabread.cpp).
Result<void> screen(QByteArrayView data, const QString& fileName, bool json);
/// Resolves times, fixes what can be fixed (with a note), refuses what is past the limits,
/// and fills in rooms, tracks and dates.
Result<Frab::Schedule> finish(Frab::Schedule s, QList<RawEvent> raw, const QString& fileName);
/// The schedule's zone; UTC for a schedule that names none.
QTimeZone zoneOf(const Frab::Schedule& s);
/// The frab XML reader (frabxml.cpp).
Result<Frab::Schedule> parseXml(const QByteArray& data, const QString& fileName);
/// The frab JSON reader (frabjson.cpp).
Result<Frab::Schedule> parseJson(const QByteArray& data, const QString& fileName);

} // namespace coe::frabinternal
