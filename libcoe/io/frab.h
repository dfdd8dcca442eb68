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
        QString guid;
        qint64 id = 0; ///< numeric event id (the slot's id on export)
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
        QString timeZone = QStringLiteral("UTC");
        QDate start;
        QDate end;
        QList<std::pair<QString, QColor>> tracks;
        QStringList rooms;
        QList<Event> events; ///< by start, then room
        QString version;
        QStringList notes; ///< what a liberal read fixed up, with where
    };

    /// The scheduled slots of @p summit; @p releaseNumber names the version (0: unreleased).
    static Schedule fromSummit(const Summit& summit, const QHash<Id, QString>& people, const QString& workspaceKey, int releaseNumber = 0);
    static QByteArray toXml(const Schedule& schedule);
    static QByteArray toJson(const Schedule& schedule);
    /// Reads XML or JSON (sniffed from the content); @p fileName names the file in messages.
    static Result<Schedule> parse(const QByteArray& data, const QString& fileName);

    struct ImportReport
    {
        Id summitId = 0;
        int events = 0;
        int rooms = 0;
        int tracks = 0;
        int matchedPeople = 0;
        int createdPeople = 0;
    };
    /// Writes @p schedule as a new summit named after its title, as one undo step: rooms and
    /// tracks created, speakers matched to people by email, then by name, or created.
    static Result<ImportReport> import(Workspace& workspace, const Schedule& schedule);
};

} // namespace coe
