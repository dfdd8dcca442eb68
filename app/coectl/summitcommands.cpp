// SPDX-License-Identifier: GPL-3.0-or-later
// coectl conflicts | ics | frab | import schedule: a summit's warnings, calendar and schedule
// exchange.
#include "coectl/cli.h"
#include "commands/summitedits.h"
#include "core/timezone.h"
#include "io/csv.h"
#include "io/frab.h"
#include "io/ics.h"
#include "io/savefile.h"
#include "models/matrixdata.h"
#include "planning/conflicts.h"
#include "planning/programme.h"
#include "planning/releases.h"
#include "render/agenda.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "storage/schedulereleases.h"
#include "storage/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coe::cli {

namespace {

/// A summit of the workspace with the names of all people, for messages and exports.
struct Loaded
{
    std::unique_ptr<Workspace> workspace;
    Summit summit;
    QHash<Id, QString> people;
};

/// Opens WORKSPACE and finds the summit named @p name (any case); with no name, the only one.
Result<Loaded> loadSummit(const QString& workspace, const QString& name)
{
    auto ws = workspaceArgument(workspace, false);
    if (!ws)
        return ws.error();
    auto summits = PlanRepository(*ws.value()).summits();
    if (!summits)
        return summits.error();
    QStringList names;
    for (const Summit& s : std::as_const(summits.value()))
        names << s.name;
    const Summit* found = nullptr;
    for (const Summit& s : std::as_const(summits.value()))
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            found = &s;
    if (name.isEmpty() && summits->size() == 1)
        found = &summits->first();
    if (!found) {
        if (names.isEmpty())
            return Error{Error::NotFound, QStringLiteral("the workspace has no summits yet")};
        if (name.isEmpty())
            return Error{Error::Invalid, QStringLiteral("name the summit with --summit NAME; the workspace has: %1")
                                             .arg(names.join(QStringLiteral(", ")))};
        return Error{
            Error::NotFound,
            QStringLiteral("no summit named '%1'; the workspace has: %2").arg(name, names.join(QStringLiteral(", ")))};
    }
    Loaded loaded{std::move(ws.value()), *found, {}};
    auto people = Catalog(*loaded.workspace).people();
    if (!people)
        return people.error();
    for (const Person& p : std::as_const(people.value()))
        loaded.people.insert(p.id, p.name);
    return loaded;
}

const QCommandLineOption& summitOption()
{
    static const QCommandLineOption option(QStringLiteral("summit"),
                                           QStringLiteral("The summit (optional when there is only one)"),
                                           QStringLiteral("NAME"));
    return option;
}

class ConflictsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("conflicts"); }
    QString summary() const override
    {
        return QStringLiteral("A summit's clashes: rooms, speakers, capacity, equipment, hours");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Lists a summit's warnings. Exit status 0 when there are none (acknowledged ones do not count), 1 "
            "otherwise.\n"
            "Acknowledge one so it stops nagging: --acknowledge KEY [--note TEXT] (keys are in the output)."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default) or json"),
                                        QStringLiteral("FORMAT"), QStringLiteral("table"));
        const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Also list acknowledged warnings"));
        const QCommandLineOption acknowledge(QStringLiteral("acknowledge"),
                                             QStringLiteral("Acknowledge the warning with this key"),
                                             QStringLiteral("KEY"));
        const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why it is fine (with --acknowledge)"),
                                      QStringLiteral("TEXT"));
        parser.addOptions({summitOption(), format, all, acknowledge, note});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        const QString kind = parser.value(format);
        if (kind != QLatin1String("table") && kind != QLatin1String("json"))
            return usage(io, QStringLiteral("conflicts"),
                         QStringLiteral("--format is table or json, not '%1'").arg(kind));
        auto loaded = loadSummit(parser.positionalArguments().constFirst(), parser.value(summitOption()));
        if (!loaded)
            return fail(io, name(), loaded.error().message);
        QList<SummitWarning> warnings = Conflicts::find(loaded->summit, loaded->people);
        if (parser.isSet(acknowledge)) {
            const QString key = parser.value(acknowledge).trimmed();
            const auto match =
                std::find_if(warnings.begin(), warnings.end(), [&key](const SummitWarning& w) { return w.key == key; });
            if (match == warnings.end())
                return fail(io, name(), QStringLiteral("no current warning has the key '%1'").arg(key));
            if (match->acknowledged)
                return fail(io, name(), QStringLiteral("'%1' is already acknowledged").arg(key));
            if (auto done =
                    commands::SummitEdits::acknowledge(*loaded->workspace, loaded->summit.id, key, parser.value(note));
                !done)
                return fail(io, name(), done.error().message);
            match->acknowledged = true;
            match->note = parser.value(note);
            io.out << QStringLiteral("Acknowledged %1\n").arg(key);
        }
        const bool showAll = parser.isSet(all);
        int open = 0;
        QJsonArray json;
        for (const SummitWarning& w : std::as_const(warnings)) {
            if (!w.acknowledged)
                ++open;
            if (w.acknowledged && !showAll)
                continue;
            if (kind == QLatin1String("json")) {
                QJsonArray items;
                for (Id id : w.itemIds)
                    if (const SummitItem* item = loaded->summit.item(id))
                        items.append(item->title);
                const Room* room = loaded->summit.room(w.roomId);
                QJsonObject o{{QStringLiteral("kind"), SummitWarning::kindName(w.kind)},
                              {QStringLiteral("key"), w.key},
                              {QStringLiteral("message"), w.message},
                              {QStringLiteral("at"), w.at.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                              {QStringLiteral("time_zone"), TimeZones::name(loaded->summit.zone())},
                              {QStringLiteral("room"), room ? room->name : QString()},
                              {QStringLiteral("items"), items},
                              {QStringLiteral("acknowledged"), w.acknowledged}};
                if (w.personId)
                    o.insert(QStringLiteral("person"), loaded->people.value(w.personId));
                if (w.acknowledged)
                    o.insert(QStringLiteral("note"), w.note);
                json.append(o);
            } else if (!parser.isSet(acknowledge)) {
                io.out << QStringLiteral("%1 %2  %3%4\n    key: %5\n")
                              .arg(w.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   TimeZones::name(loaded->summit.zone()),
                                   w.acknowledged ? QStringLiteral("[acknowledged] ") : QString(), w.message, w.key);
                if (w.acknowledged && !w.note.isEmpty())
                    io.out << QStringLiteral("    note: %1\n").arg(w.note);
            }
        }
        if (kind == QLatin1String("json"))
            io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        else if (!parser.isSet(acknowledge))
            io.out << (open == 0 ? QStringLiteral("No warnings for %1.\n").arg(loaded->summit.name)
                                 : QStringLiteral("%1 warning(s) for %2.\n").arg(open).arg(loaded->summit.name));
        return open == 0 ? ExitOk : ExitFailure;
    }
};

class IcsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("ics"); }
    QString summary() const override { return QStringLiteral("A summit's timetable as an iCalendar file"); }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("Writes one event per scheduled item (RFC 5545), in the summit's time zone."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("The .ics file to write"), QStringLiteral("FILE"));
        const QCommandLineOption speaker(QStringLiteral("speaker"), QStringLiteral("Only this speaker's items"),
                                         QStringLiteral("NAME"));
        parser.addOptions({summitOption(), output, speaker});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        if (!parser.isSet(output))
            return usage(io, QStringLiteral("ics"), QStringLiteral("name the file to write with -o FILE.ics"));
        auto loaded = loadSummit(parser.positionalArguments().constFirst(), parser.value(summitOption()));
        if (!loaded)
            return fail(io, name(), loaded.error().message);
        Ics::Options options;
        options.people = loaded->people;
        options.workspaceKey = loaded->workspace->meta(QStringLiteral("created_at"));
        if (parser.isSet(speaker)) {
            const QString wanted = parser.value(speaker).trimmed();
            for (auto it = loaded->people.cbegin(); it != loaded->people.cend(); ++it)
                if (it.value().compare(wanted, Qt::CaseInsensitive) == 0)
                    options.speaker = it.key();
            if (!options.speaker)
                return fail(io, name(), QStringLiteral("nobody is named '%1'").arg(wanted));
        }
        if (auto done = saveFile(parser.value(output), Ics::summitCalendar(loaded->summit, options)); !done)
            return fail(io, name(), done.error().message);
        return ExitOk;
    }
};

class FrabCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("frab"); }
    QString summary() const override { return QStringLiteral("A summit's schedule in the frab format (XML or JSON)"); }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Writes the frab-compatible schedule that pretalx exports and schedule apps read. The format follows\n"
            "the file name: .xml or .json."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("The .xml or .json file to write"), QStringLiteral("FILE"));
        parser.addOptions({summitOption(), output});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        const QString path = parser.value(output);
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (path.isEmpty() || (suffix != QLatin1String("xml") && suffix != QLatin1String("json")))
            return usage(io, QStringLiteral("frab"),
                         QStringLiteral("name the file to write with -o FILE.xml or -o FILE.json"));
        auto loaded = loadSummit(parser.positionalArguments().constFirst(), parser.value(summitOption()));
        if (!loaded)
            return fail(io, name(), loaded.error().message);
        const Frab::Schedule schedule =
            Frab::fromSummit(loaded->summit, loaded->people, loaded->workspace->meta(QStringLiteral("created_at")));
        if (auto done = saveFile(path, suffix == QLatin1String("xml") ? Frab::toXml(schedule) : Frab::toJson(schedule));
            !done)
            return fail(io, name(), done.error().message);
        return ExitOk;
    }
};

class AgendaCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("agenda"); }
    QString summary() const override
    {
        return QStringLiteral("Print a summit: agenda grid, track lists, room signs, run sheets (PDF)");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Writes a PDF of a summit's schedule.\n"
            "  agenda      rooms x time per day, track colours and legend (landscape for more than four rooms)\n"
            "  track       a list per track with times, rooms, speakers and abstracts\n"
            "  room-signs  one page per room per day, in large type\n"
            "  run-sheet   per speaker: their items with room, time and equipment\n"
            "The footer names the latest released version (or says draft)."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("The .pdf file to write"), QStringLiteral("FILE"));
        const QCommandLineOption kind(QStringLiteral("kind"),
                                      QStringLiteral("agenda (default), track, room-signs or run-sheet"),
                                      QStringLiteral("KIND"), QStringLiteral("agenda"));
        const QCommandLineOption paper(QStringLiteral("paper"), QStringLiteral("a4 (default) or letter"),
                                       QStringLiteral("PAPER"), QStringLiteral("a4"));
        const QCommandLineOption day(QStringLiteral("day"), QStringLiteral("Only day N of the summit (1 = first)"),
                                     QStringLiteral("N"));
        parser.addOptions({summitOption(), output, kind, paper, day});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        render::Agenda::Options options;
        const auto chosen = render::Agenda::kindFromName(parser.value(kind));
        if (!chosen)
            return usage(
                io, QStringLiteral("agenda"),
                QStringLiteral("--kind is agenda, track, room-signs or run-sheet, not '%1'").arg(parser.value(kind)));
        options.kind = *chosen;
        const QString paperName = parser.value(paper).toLower();
        if (paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))
            return usage(io, QStringLiteral("agenda"),
                         QStringLiteral("--paper is a4 or letter, not '%1'").arg(parser.value(paper)));
        options.paper = paperName == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter;
        if (parser.isSet(day)) {
            bool ok = false;
            options.day = parser.value(day).toInt(&ok);
            if (!ok || options.day < 1)
                return usage(io, QStringLiteral("agenda"),
                             QStringLiteral("--day takes a day number from 1, not '%1'").arg(parser.value(day)));
        }
        if (!parser.value(output).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return usage(io, QStringLiteral("agenda"), QStringLiteral("name the file to write with -o FILE.pdf"));
        auto loaded = loadSummit(parser.positionalArguments().constFirst(), parser.value(summitOption()));
        if (!loaded)
            return fail(io, name(), loaded.error().message);
        const int days = int(loaded->summit.startsOn.daysTo(loaded->summit.endsOn)) + 1;
        if (options.day > days)
            return fail(io, name(),
                        QStringLiteral("%1 has %2 day(s); there is no day %3")
                            .arg(loaded->summit.name)
                            .arg(days)
                            .arg(options.day));
        options.people = loaded->people;
        auto release = ScheduleReleases::latestNumber(*loaded->workspace, loaded->summit.id);
        if (!release)
            return fail(io, name(), release.error().message);
        options.release = release.value();
        auto pages = render::Agenda::writePdf(loaded->summit, options, parser.value(output));
        if (!pages)
            return fail(io, name(), pages.error().message);
        io.out << QStringLiteral("Wrote %1 (%2 page(s))\n").arg(parser.value(output)).arg(pages.value());
        return ExitOk;
    }
};

QString changeLines(const QList<ScheduleChange>& changes)
{
    QString text;
    for (const ScheduleChange& c : changes) {
        text += QStringLiteral("%1  %2\n").arg(Releases::kindName(c.kind).leftJustified(9), c.title);
        if (!c.before.isEmpty())
            text += QStringLiteral("           was: %1\n").arg(c.before);
        if (!c.after.isEmpty())
            text += QStringLiteral("           now: %1\n").arg(c.after);
    }
    return text;
}

class ReleaseCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("release"); }
    QString summary() const override
    {
        return QStringLiteral("Freeze a summit's schedule as the next numbered version");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Freezes what is scheduled now as the next release and prints what changed since the last one.\n"
            "Printed agendas name the release in their footer."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        parser.addOption(summitOption());
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        auto loaded = loadSummit(parser.positionalArguments().constFirst(), parser.value(summitOption()));
        if (!loaded)
            return fail(io, name(), loaded.error().message);
        auto previous = Releases::list(*loaded->workspace, loaded->summit.id);
        if (!previous)
            return fail(io, name(), previous.error().message);
        auto released = Releases::release(*loaded->workspace, loaded->summit, loaded->people);
        if (!released)
            return fail(io, name(), released.error().message);
        const QList<ScheduleChange> changes =
            Releases::changes(previous->isEmpty() ? QByteArray() : previous->last().snapshot, released->snapshot);
        io.out << QStringLiteral("Released %1, version %2.\n").arg(loaded->summit.name).arg(released->number);
        if (!previous->isEmpty())
            io.out << changeLines(changes);
        return ExitOk;
    }
};

class ChangelogCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("changelog"); }
    QString summary() const override
    {
        return QStringLiteral("What changed between schedule releases (text, CSV, JSON or PDF)");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Lists the items added, moved, changed and cancelled between two releases. By default: from the latest\n"
            "release to the schedule as it is now (what the next release will announce).\n"
            "With -o the format follows the file name: .pdf, .csv, .json or .txt."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption from(QStringLiteral("from"),
                                      QStringLiteral("The earlier release number (default: the latest)"),
                                      QStringLiteral("N"));
        const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The later release number (default: now)"),
                                    QStringLiteral("N"));
        const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("Write to FILE"), QStringLiteral("FILE"));
        const QCommandLineOption paper(QStringLiteral("paper"), QStringLiteral("a4 (default) or letter, for PDF"),
                                       QStringLiteral("PAPER"), QStringLiteral("a4"));
        parser.addOptions({summitOption(), from, to, output, paper});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        auto loaded = loadSummit(parser.positionalArguments().constFirst(), parser.value(summitOption()));
        if (!loaded)
            return fail(io, name(), loaded.error().message);
        auto releases = Releases::list(*loaded->workspace, loaded->summit.id);
        if (!releases)
            return fail(io, name(), releases.error().message);
        const auto find = [&](const QString& text) -> std::optional<ScheduleRelease> {
            for (const ScheduleRelease& r : std::as_const(releases.value()))
                if (QString::number(r.number) == text.trimmed())
                    return r;
            return std::nullopt;
        };
        if (releases->isEmpty() && !parser.isSet(from))
            return fail(
                io, name(),
                QStringLiteral("%1 has no releases yet; release it first (coectl release)").arg(loaded->summit.name));
        std::optional<ScheduleRelease> earlier = parser.isSet(from) ? find(parser.value(from)) : releases->last();
        if (!earlier)
            return fail(io, name(),
                        QStringLiteral("%1 has no release %2").arg(loaded->summit.name, parser.value(from)));
        QByteArray later = Releases::snapshot(loaded->summit, loaded->people);
        QString between = QStringLiteral("release %1 → now").arg(earlier->number);
        if (parser.isSet(to)) {
            const auto chosen = find(parser.value(to));
            if (!chosen)
                return fail(io, name(),
                            QStringLiteral("%1 has no release %2").arg(loaded->summit.name, parser.value(to)));
            later = chosen->snapshot;
            between = QStringLiteral("release %1 → %2").arg(earlier->number).arg(chosen->number);
        }
        const QList<ScheduleChange> changes = Releases::changes(earlier->snapshot, later);
        const QString path = parser.value(output);
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (path.isEmpty()) {
            io.out << QStringLiteral("%1: %2\n").arg(loaded->summit.name, between) << changeLines(changes);
            if (changes.isEmpty())
                io.out << QStringLiteral("No changes.\n");
            return ExitOk;
        }
        if (suffix == QLatin1String("pdf")) {
            render::Agenda::Options options;
            options.paper =
                parser.value(paper).toLower() == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
            options.people = loaded->people;
            options.release = parser.isSet(to) ? parser.value(to).toInt() : 0;
            auto pages = render::Agenda::writeChangelogPdf(loaded->summit, changes, between, options, path);
            if (!pages)
                return fail(io, name(), pages.error().message);
            return ExitOk;
        }
        QByteArray bytes;
        if (suffix == QLatin1String("json")) {
            QJsonArray list;
            for (const ScheduleChange& c : changes)
                list.append(QJsonObject{{QStringLiteral("change"), Releases::kindName(c.kind)},
                                        {QStringLiteral("title"), c.title},
                                        {QStringLiteral("before"), c.before},
                                        {QStringLiteral("after"), c.after}});
            bytes = QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else if (suffix == QLatin1String("csv")) {
            QStringList rows{QStringLiteral("change,title,before,after")};
            for (const ScheduleChange& c : changes)
                rows << QStringList{Releases::kindName(c.kind), CsvTable::quote(c.title), CsvTable::quote(c.before),
                                    CsvTable::quote(c.after)}
                            .join(QLatin1Char(','));
            bytes = rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
        } else if (suffix == QLatin1String("txt")) {
            bytes = (QStringLiteral("%1: %2\n").arg(loaded->summit.name, between) + changeLines(changes)).toUtf8();
        } else {
            return usage(io, QStringLiteral("changelog"), QStringLiteral("-o takes a .pdf, .csv, .json or .txt file"));
        }
        if (auto done = saveFile(path, bytes); !done)
            return fail(io, name(), done.error().message);
        return ExitOk;
    }
};

class SuggestProgrammeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("suggest-programme"); }
    QString summary() const override
    {
        return QStringLiteral("Tracks for the largest skill gaps, and Teachers who could speak");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Proposes tracks for the skill areas with the largest "
                                                        "organisation-wide gaps (target minus level, internal\n"
                                                        "people) and speakers at Teacher level in those skills who are "
                                                        "not speaking at the summit yet, with reasons."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption tracks(QStringLiteral("tracks"), QStringLiteral("How many tracks (default 3)"),
                                        QStringLiteral("N"), QStringLiteral("3"));
        const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default) or json"),
                                        QStringLiteral("FORMAT"), QStringLiteral("table"));
        parser.addOptions({summitOption(), tracks, format});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        bool ok = false;
        const int count = parser.value(tracks).toInt(&ok);
        if (!ok || count < 1 || count > 50)
            return usage(io, QStringLiteral("suggest-programme"),
                         QStringLiteral("--tracks takes 1-50, not '%1'").arg(parser.value(tracks)));
        if (parser.value(format) != QLatin1String("table") && parser.value(format) != QLatin1String("json"))
            return usage(io, QStringLiteral("suggest-programme"),
                         QStringLiteral("--format is table or json, not '%1'").arg(parser.value(format)));
        auto loaded = loadSummit(parser.positionalArguments().constFirst(), parser.value(summitOption()));
        if (!loaded)
            return fail(io, name(), loaded.error().message);
        MatrixData data;
        if (auto done = data.load(*loaded->workspace); !done)
            return fail(io, name(), done.error().message);
        const QList<TrackSuggestion> suggestions = Programme::suggest(data, loaded->summit, count);
        if (parser.value(format) == QLatin1String("json")) {
            QJsonArray list;
            for (const TrackSuggestion& t : suggestions) {
                QJsonArray speakers;
                for (const auto& sp : t.speakers)
                    speakers.append(QJsonObject{{QStringLiteral("name"), sp.name},
                                                {QStringLiteral("skills"), QJsonArray::fromStringList(sp.skills)},
                                                {QStringLiteral("reason"), sp.reason}});
                list.append(QJsonObject{{QStringLiteral("track"), t.track},
                                        {QStringLiteral("gap"), t.gap},
                                        {QStringLiteral("people"), t.people},
                                        {QStringLiteral("skills"), QJsonArray::fromStringList(t.skills)},
                                        {QStringLiteral("existing_track"), t.existingTrack},
                                        {QStringLiteral("reason"), t.reason},
                                        {QStringLiteral("speakers"), speakers}});
            }
            io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        if (suggestions.isEmpty())
            io.out << QStringLiteral("No gaps against targets: nothing to suggest. Set role targets first.\n");
        for (const TrackSuggestion& t : suggestions) {
            io.out << QStringLiteral("%1\n  %2\n").arg(t.track, t.reason);
            if (t.speakers.isEmpty())
                io.out << QStringLiteral(
                    "  No free Teacher in these skills: look outside the organisation, or grow one.\n");
            for (const auto& sp : t.speakers)
                io.out << QStringLiteral("  - %1: %2\n").arg(sp.name, sp.reason);
        }
        return ExitOk;
    }
};

} // namespace

int importSchedule(const QStringList& arguments, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a frab-compatible schedule (XML or JSON, as pretalx, frab or wafer export it) as a new summit named\n"
        "after the conference title. Rooms and tracks are created; speakers are matched to people by email or name,\n"
        "or created. The import is one step: all of it or nothing."));
    parser.addPositionalArgument(QStringLiteral("schedule"), QStringLiteral("The word 'schedule'"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .xml or .json schedule"));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Read and report, write nothing"));
    parser.addOption(dryRun);
    if (int code = parseCommand(parser, arguments, io, 3); code >= 0)
        return code;
    auto schedule = Frab::read(parser.positionalArguments().at(1));
    if (!schedule)
        return fail(io, QStringLiteral("import schedule"), schedule.error().message);
    for (const QString& note : std::as_const(schedule->notes))
        io.err << note << QLatin1Char('\n');
    if (parser.isSet(dryRun)) {
        io.out << QStringLiteral("Would import “%1”: %2 events in %3 rooms, %4 to %5, times in %6.\n")
                      .arg(schedule->title)
                      .arg(schedule->events.size())
                      .arg(schedule->rooms.size())
                      .arg(schedule->start.toString(Qt::ISODate), schedule->end.toString(Qt::ISODate),
                           schedule->timeZone);
        return ExitOk;
    }
    auto ws = workspaceArgument(parser.positionalArguments().at(2), false);
    if (!ws)
        return fail(io, QStringLiteral("import schedule"), ws.error().message);
    auto report = Frab::import(*ws.value(), schedule.value());
    if (!report)
        return fail(io, QStringLiteral("import schedule"), report.error().message);
    io.out << QStringLiteral("Imported “%1”: %2 events, %3 rooms, %4 tracks; %5 speakers matched, %6 people created.\n")
                  .arg(schedule->title)
                  .arg(report->events)
                  .arg(report->rooms)
                  .arg(report->tracks)
                  .arg(report->matchedPeople)
                  .arg(report->createdPeople);
    return ExitOk;
}

void addSummitCommands(Cli& cli)
{
    cli.add(std::make_unique<ConflictsCommand>());
    cli.add(std::make_unique<IcsCommand>());
    cli.add(std::make_unique<FrabCommand>());
    cli.add(std::make_unique<AgendaCommand>());
    cli.add(std::make_unique<ReleaseCommand>());
    cli.add(std::make_unique<ChangelogCommand>());
    cli.add(std::make_unique<SuggestProgrammeCommand>());
}

} // namespace coe::cli
