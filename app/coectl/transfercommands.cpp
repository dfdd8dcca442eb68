// SPDX-License-Identifier: GPL-3.0-or-later
// coectl sessions | handout: knowledge-transfer sessions as a list, JSON or calendar, and a
// session's printed handout.
#include "coectl/cli.h"
#include "io/ics.h"
#include "render/handout.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coe::cli {

namespace {

struct Names
{
    QHash<Id, Person> people;
    QHash<Id, QString> personNames;
    QHash<Id, QString> skills;
};

Result<Names> names(Workspace& ws)
{
    Catalog catalog(ws);
    auto people = catalog.people();
    auto skills = catalog.skills();
    if (!people || !skills)
        return !people ? people.error() : skills.error();
    Names n;
    for (const Person& p : std::as_const(people.value())) {
        n.people.insert(p.id, p);
        n.personNames.insert(p.id, p.name);
    }
    for (const Skill& s : std::as_const(skills.value()))
        n.skills.insert(s.id, s.name);
    return n;
}

/// The workspace a WORKSPACE argument names, its sessions and the names they use.
struct Loaded
{
    std::unique_ptr<Workspace> workspace;
    QList<Session> sessions;
    Names names;
};

Result<Loaded> loadSessions(const QString& text)
{
    auto ws = workspaceArgument(text, false);
    if (!ws)
        return ws.error();
    auto sessions = PlanRepository(*ws.value()).sessions();
    if (!sessions)
        return sessions.error();
    auto n = names(*ws.value());
    if (!n)
        return n.error();
    return Loaded{ws.take(), sessions.take(), n.take()};
}

class SessionsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sessions"); }
    QString summary() const override
    {
        return QStringLiteral("Knowledge-transfer sessions as a table, JSON or iCalendar");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("Lists the bite-sized sessions that start between --from and --to (both inclusive)."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day"),
                                      QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day"), QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default), json or ics"),
                                        QStringLiteral("FORMAT"), QStringLiteral("table"));
        parser.addOptions({from, to, format});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        const QString kind = parser.value(format);
        if (kind != QLatin1String("table") && kind != QLatin1String("json") && kind != QLatin1String("ics"))
            return usage(io, QStringLiteral("sessions"),
                         QStringLiteral("--format is table, json or ics, not '%1'").arg(kind));
        QDate first;
        QDate last;
        for (const auto& [option, date] : {std::pair{&from, &first}, std::pair{&to, &last}}) {
            if (!parser.isSet(*option))
                continue;
            *date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date->isValid())
                return usage(io, QStringLiteral("sessions"),
                             QStringLiteral("--%1 takes YYYY-MM-DD, not '%2'")
                                 .arg(option->names().constFirst(), parser.value(*option)));
        }
        auto loaded = loadSessions(parser.positionalArguments().constFirst());
        if (!loaded)
            return fail(io, name(), loaded.error().message);
        const Names* n = &loaded->names;
        auto zone = PlanRepository(*loaded->workspace).workspaceZone();
        if (!zone)
            return fail(io, name(), zone.error().message);
        const QTimeZone& workspaceZone = zone.value();
        // --from and --to are the days of each session in its own zone; the order is by instant,
        // so sessions kept in different zones come out as they happen.
        QList<Session> sessions;
        for (const Session& s : std::as_const(loaded->sessions))
            if ((!first.isValid() || s.startsAt.date() >= first) && (!last.isValid() || s.startsAt.date() <= last))
                sessions << s;
        std::sort(sessions.begin(), sessions.end(), [&](const Session& a, const Session& b) {
            return a.startInstant(workspaceZone) < b.startInstant(workspaceZone);
        });
        if (kind == QLatin1String("ics")) {
            io.out << QString::fromUtf8(Ics::sessionsCalendar(sessions, n->people, n->skills,
                                                              loaded->workspace->meta(QStringLiteral("created_at")),
                                                              QDateTime::currentDateTimeUtc(), workspaceZone));
            return ExitOk;
        }
        QJsonArray json;
        for (const Session& s : std::as_const(sessions)) {
            QStringList skills;
            for (Id id : s.skillIds)
                skills << n->skills.value(id);
            QStringList attendees;
            for (const Attendee& a : s.attendees)
                attendees << n->personNames.value(a.personId);
            if (kind == QLatin1String("json")) {
                json.append(QJsonObject{
                    {QStringLiteral("title"), s.title},
                    {QStringLiteral("start"), s.startsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                    {QStringLiteral("zone"), QString::fromUtf8(s.zone(workspaceZone).id())},
                    {QStringLiteral("instant"), s.startInstant(workspaceZone).toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("duration"), s.durationMinutes},
                    {QStringLiteral("instructor"),
                     s.instructorId ? QJsonValue(n->personNames.value(s.instructorId)) : QJsonValue()},
                    {QStringLiteral("skills"), QJsonArray::fromStringList(skills)},
                    {QStringLiteral("attendees"), QJsonArray::fromStringList(attendees)}});
            } else {
                io.out << QStringLiteral("%1 %2  %3 min  %4\n    %5; instructor %6; %7 attendee(s)\n")
                              .arg(s.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   QString::fromUtf8(s.zone(workspaceZone).id()))
                              .arg(s.durationMinutes, 2)
                              .arg(s.title, skills.join(QStringLiteral(", ")),
                                   n->personNames.value(s.instructorId, QStringLiteral("-")))
                              .arg(attendees.size());
            }
        }
        if (kind == QLatin1String("json"))
            io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        else if (sessions.isEmpty())
            io.out << QStringLiteral("No sessions in that period.\n");
        return ExitOk;
    }
};

class HandoutCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("handout"); }
    QString summary() const override { return QStringLiteral("A session's printed handout (PDF)"); }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("Writes the handout of a session: title, skills, instructor, date, the three parts (Learn, "
                           "See it applied,\n"
                           "Apply) with highlighted code and line numbers, and the attendees with their Apply task."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption session(QStringLiteral("session"), QStringLiteral("The session's title"),
                                         QStringLiteral("TITLE"));
        const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("The .pdf file to write"), QStringLiteral("FILE"));
        const QCommandLineOption paper(QStringLiteral("paper"), QStringLiteral("a4 (default) or letter"),
                                       QStringLiteral("PAPER"), QStringLiteral("a4"));
        parser.addOptions({session, output, paper});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        if (!parser.value(output).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) || !parser.isSet(session))
            return usage(io, QStringLiteral("handout"),
                         QStringLiteral("name the session with --session TITLE and the file with -o FILE.pdf"));
        const QString paperName = parser.value(paper).toLower();
        if (paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))
            return usage(io, QStringLiteral("handout"),
                         QStringLiteral("--paper is a4 or letter, not '%1'").arg(parser.value(paper)));
        auto loaded = loadSessions(parser.positionalArguments().constFirst());
        if (!loaded)
            return fail(io, name(), loaded.error().message);
        const Names* n = &loaded->names;
        const QString wanted = parser.value(session).trimmed();
        QList<Session> matches;
        for (const Session& s : std::as_const(loaded->sessions))
            if (s.title.compare(wanted, Qt::CaseInsensitive) == 0)
                matches << s;
        if (matches.isEmpty())
            return fail(io, name(),
                        QStringLiteral("no session is called '%1' (coectl sessions lists them)").arg(wanted));
        if (matches.size() > 1)
            io.err << QStringLiteral("coectl handout: %1 sessions are called '%2'; printing the latest\n")
                          .arg(matches.size())
                          .arg(wanted);
        const Session chosen =
            *std::max_element(matches.cbegin(), matches.cend(),
                              [](const Session& a, const Session& b) { return a.startsAt < b.startsAt; });
        auto zone = PlanRepository(*loaded->workspace).workspaceZone();
        if (!zone)
            return fail(io, name(), zone.error().message);
        render::Handout::Options options;
        options.workspaceZone = zone.value();
        options.paper = paperName == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
        options.people = n->personNames;
        options.skills = n->skills;
        auto pages = render::Handout::writePdf(chosen, options, parser.value(output));
        if (!pages)
            return fail(io, name(), pages.error().message);
        io.out << QStringLiteral("Wrote %1 (%2 page(s))\n").arg(parser.value(output)).arg(pages.value());
        return ExitOk;
    }
};

} // namespace

void addTransferCommands(Cli& cli)
{
    cli.add(std::make_unique<SessionsCommand>());
    cli.add(std::make_unique<HandoutCommand>());
}

} // namespace coe::cli
