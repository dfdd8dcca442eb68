// SPDX-License-Identifier: GPL-3.0-or-later
// The frab schedule format (XML and JSON), as pretalx, frab and wafer export it and mobile
// schedule apps read it. Writing follows the format closely; reading is liberal, because real
// exports are often not strictly schema-valid.
#pragma once

#include "core/result.h"
#include "domain/summit.h"

#include <QByteArray>
#include <QCoreApplication>

namespace coe {

class Workspace;

class Frab
{
    Q_DECLARE_TR_FUNCTIONS(coe::Frab)

public:
    struct Event
    {
        QString guid;  ///< kept from the schedule; made from the workspace, summit and slot for new items
        qint64 id = 0; ///< numeric event id: kept from the schedule, or the slot's id
        QString slug;  ///< kept from the schedule; empty: made from the acronym, id and title
        QString title;
        QString type; ///< talk, workshop, lightning, plenary, break, or what the file said
        QString track;
        QString room;
        QDateTime start; ///< wall clock in the schedule's time zone
        int minutes = 0;
        QString abstract;
        QStringList speakers;
        QStringList speakerEmails; ///< parallel to speakers; empty where unknown
    };
    struct Schedule
    {
        QString title;
        QString acronym;
        QString timeZone; ///< an IANA name or a fixed offset ("UTC+01:00") when the file named none
        QDate start;
        QDate end;
        QList<std::pair<QString, QColor>> tracks;
        QStringList rooms;
        QList<Event> events; ///< by start, then room
        QString version;
        QStringList notes; ///< what a liberal read fixed up, with where
    };

    /// The scheduled slots of @p summit; @p releaseNumber names the version (0: unreleased).
    static Schedule fromSummit(const Summit& summit, const QHash<Id, QString>& people, const QString& workspaceKey,
                               int releaseNumber = 0);
    static QByteArray toXml(const Schedule& schedule);
    static QByteArray toJson(const Schedule& schedule);
    /// Reads XML or JSON (sniffed from the content); @p fileName names the file in messages.
    /// Anything past the limits below is refused with a message naming the file, the place
    /// (line, event) and the limit; nothing is fixed up silently.
    static Result<Schedule> parse(const QByteArray& data, const QString& fileName);
    /// Reads the file at @p path (at most kMaxBytes) and parses it.
    static Result<Schedule> read(const QString& path);

    // What one schedule may hold. Published schedules (pretalx, frab, FOSDEM's) are a few MB
    // and a few thousand events; each limit is far past them and keeps a hostile file to a
    // bounded cost: the parse holds the file, its tree and the text taken from it at once.
    static constexpr qint64 kMaxBytes = qint64(32) << 20;
    static constexpr qint64 kMaxTokenBytes = qint64(1) << 20; ///< one string, or a run of text between markup
    static constexpr int kMaxDepth = 32;                ///< nested elements, arrays and objects (frab uses about ten)
    static constexpr qint64 kMaxJsonValues = 2'000'000; ///< values and keys of a JSON file
    static constexpr int kMaxEvents = 10'000;
    static constexpr int kMaxRooms = 1'000;
    static constexpr int kMaxTracks = 1'000;
    static constexpr int kMaxSpeakers = 100; ///< per event
    static constexpr int kMaxTitleLength =
        500; ///< an event's title (frab stores 255, pretalx 200); other names: kMaxNameLength
    static constexpr int kMaxTextLength = 100'000; ///< an abstract or description
    static constexpr int kMaxDays = 366;           ///< from the first day of the schedule to the last
    /// An event's duration as parsed; an event must also end by the end of the schedule's last day.
    static constexpr int kMaxMinutes = kMaxDays * 24 * 60;

    struct ImportReport
    {
        Id summitId = 0;
        int events = 0;
        int rooms = 0;
        int tracks = 0;
        int matchedPeople = 0;
        int createdPeople = 0;
    };
    /// Writes @p s as a new summit named after its title, as one undo step: rooms and
    /// tracks created, speakers matched to people by email, then by name, or created.
    static Result<ImportReport> import(Workspace& ws, const Schedule& s);
};

} // namespace coe
