// SPDX-License-Identifier: GPL-3.0-or-later
// The frab XML reader: streaming, bounded, refusing a DTD.
#include "io/frabinternal.h"

#include <QBuffer>
#include <QXmlStreamReader>

namespace coe::frabinternal {

namespace {

/// A QXmlStreamReader over a schedule, read through a device so that the text is decoded a
/// piece at a time, which refuses a DTD (entity expansion, external entities) and nesting
/// deeper than kMaxDepth. Its text() and skip() stand in for QXmlStreamReader's, which read
/// past the depth count.
class ScheduleXml
{
public:
    ScheduleXml(const QByteArray& data, const QString& fileName) : m_fileName(fileName)
    {
        m_buffer.setData(data);
        m_buffer.open(QIODevice::ReadOnly);
        xml.setDevice(&m_buffer);
        xml.setEntityExpansionLimit(16); // a second fence: the DTD that declares them is refused
    }

    /// The next token; false at the end, on a parse error (xml.hasError()) or a refusal (error).
    bool next()
    {
        if (error)
            return false;
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            error = Error{
                Error::Invalid,
                Frab::tr("%1 declares a document type (DTD, line %2), which frab schedules never do and which can hide "
                         "entity expansion or external entities; nothing was imported.")
                    .arg(m_fileName)
                    .arg(xml.lineNumber())};
            return false;
        case QXmlStreamReader::StartElement:
            if (++m_depth > Frab::kMaxDepth) {
                error =
                    Error{Error::Invalid,
                          Frab::tr("%1 nests elements more than %2 deep (line %3); a frab schedule needs about six.")
                              .arg(m_fileName)
                              .arg(Frab::kMaxDepth)
                              .arg(xml.lineNumber())};
                return false;
            }
            return true;
        case QXmlStreamReader::EndElement:
            --m_depth;
            return true;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            return true;
        }
    }

    /// Like QXmlStreamReader::readNextStartElement(): true at a child's start, false at the
    /// end of the current element.
    bool nextStartElement()
    {
        while (next()) {
            if (xml.isStartElement())
                return true;
            if (xml.isEndElement())
                return false;
        }
        return false;
    }

    /// The text of the element that just started and of all inside it, trimmed.
    QString text()
    {
        QString text;
        const int depth = m_depth;
        while (next()) {
            if (xml.isCharacters() || xml.isEntityReference())
                text += xml.text();
            else if (xml.isEndElement() && m_depth < depth)
                break;
        }
        return text.trimmed();
    }

    /// Skips to the end of the element that just started.
    void skip()
    {
        const int depth = m_depth;
        while (next()) {
            if (xml.isEndElement() && m_depth < depth)
                break;
        }
    }

    QXmlStreamReader xml;
    std::optional<Error> error;

private:
    QBuffer m_buffer;
    QString m_fileName;
    int m_depth = 0;
};

} // namespace

Result<Frab::Schedule> parseXml(const QByteArray& data, const QString& fileName)
{
    ScheduleXml reader(data, fileName);
    QXmlStreamReader& xml = reader.xml;
    Frab::Schedule s;
    QList<RawEvent> raw;
    QDate day;
    QString room;
    bool sawSchedule = false;
    const auto readText = [&reader]() {
        return reader.text();
    };
    while (reader.next()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("schedule")) {
            sawSchedule = true;
        } else if (name == QLatin1String("version") && raw.isEmpty()) {
            s.version = readText();
        } else if (name == QLatin1String("conference")) {
            while (reader.nextStartElement()) {
                const auto field = xml.name();
                if (field == QLatin1String("title"))
                    s.title = readText();
                else if (field == QLatin1String("acronym"))
                    s.acronym = readText();
                else if (field == QLatin1String("start"))
                    s.start = QDate::fromString(readText().left(10), Qt::ISODate);
                else if (field == QLatin1String("end"))
                    s.end = QDate::fromString(readText().left(10), Qt::ISODate);
                else if (field == QLatin1String("time_zone_name"))
                    s.timeZone = readText();
                else if (field == QLatin1String("track")) {
                    QString trackName = xml.attributes().value(QStringLiteral("name")).toString();
                    const QColor color = QColor::fromString(xml.attributes().value(QStringLiteral("color")));
                    const QString inner = readText();
                    if (trackName.isEmpty())
                        trackName = inner;
                    if (!trackName.trimmed().isEmpty()) {
                        if (s.tracks.size() >= Frab::kMaxTracks)
                            return tooMany(fileName, Frab::tr("tracks"), Frab::kMaxTracks, xml.lineNumber());
                        s.tracks.append({trackName.trimmed(), color});
                    }
                } else
                    reader.skip();
            }
        } else if (name == QLatin1String("day")) {
            day = QDate::fromString(xml.attributes().value(QStringLiteral("date")).toString().left(10), Qt::ISODate);
        } else if (name == QLatin1String("room")) {
            room = xml.attributes().value(QStringLiteral("name")).toString().trimmed();
            if (!room.isEmpty() && !s.rooms.contains(room)) {
                if (s.rooms.size() >= Frab::kMaxRooms)
                    return tooMany(fileName, Frab::tr("rooms"), Frab::kMaxRooms, xml.lineNumber());
                s.rooms << room;
            }
        } else if (name == QLatin1String("event")) {
            if (raw.size() >= Frab::kMaxEvents)
                return tooMany(fileName, Frab::tr("events"), Frab::kMaxEvents, xml.lineNumber());
            RawEvent r;
            r.event.guid = xml.attributes().value(QStringLiteral("guid")).toString();
            r.event.id = xml.attributes().value(QStringLiteral("id")).toLongLong();
            r.event.room = room;
            r.day = day;
            const qint64 line = xml.lineNumber();
            while (reader.nextStartElement()) {
                const auto field = xml.name();
                if (field == QLatin1String("title"))
                    r.event.title = readText();
                else if (field == QLatin1String("type"))
                    r.event.type = readText();
                else if (field == QLatin1String("slug"))
                    r.event.slug = readText().trimmed();
                else if (field == QLatin1String("track"))
                    r.event.track = readText();
                else if (field == QLatin1String("room")) {
                    const QString inner = readText();
                    if (!inner.isEmpty())
                        r.event.room = inner;
                } else if (field == QLatin1String("abstract"))
                    r.event.abstract = readText();
                else if (field == QLatin1String("description")) {
                    const QString inner = readText();
                    if (r.event.abstract.isEmpty())
                        r.event.abstract = inner;
                } else if (field == QLatin1String("date"))
                    r.date = readText();
                else if (field == QLatin1String("start"))
                    r.start = readText();
                else if (field == QLatin1String("duration"))
                    r.duration = readText();
                else if (field == QLatin1String("persons")) {
                    while (reader.nextStartElement()) {
                        const QString email = xml.attributes().value(QStringLiteral("email")).toString().trimmed();
                        const QString person = readText();
                        if (!person.isEmpty()) {
                            if (r.event.speakers.size() >= Frab::kMaxSpeakers)
                                return Error{Error::Invalid,
                                             Frab::tr("%1: %2 has more than %3 speakers; an event has at most %3.")
                                                 .arg(fileName, eventPlace(r.event.id, r.event.title, line))
                                                 .arg(Frab::kMaxSpeakers)};
                            r.event.speakers << person;
                            r.event.speakerEmails << email;
                        }
                    }
                } else
                    reader.skip();
            }
            r.where = eventPlace(r.event.id, r.event.title, line);
            raw.append(r);
        }
    }
    if (reader.error)
        return *reader.error;
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return Error{Error::Invalid, Frab::tr("%1 is not well-formed XML (line %2, column %3: %4).")
                                         .arg(fileName)
                                         .arg(xml.lineNumber())
                                         .arg(xml.columnNumber())
                                         .arg(xml.errorString())};
    if (!sawSchedule)
        return Error{Error::Invalid,
                     Frab::tr("%1 is XML but not a frab schedule: it has no <schedule> element.").arg(fileName)};
    if (xml.hasError())
        s.notes << Frab::tr("%1 ends early (line %2); read what was there.").arg(fileName).arg(xml.lineNumber());
    return finish(s, raw, fileName);
}

} // namespace coe::frabinternal
