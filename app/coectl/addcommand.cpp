// SPDX-License-Identifier: GPL-3.0-or-later
// coectl add engagement|capability|session|summit: what the Engagements, Sessions and
// Summits views create, for scripts. Each goes through the same undoable edits as the GUI,
// so the same rules apply and the messages are the same.
#include "coectl/cli.h"
#include "commands/summitedits.h"
#include "commands/transferedits.h"
#include "core/timezone.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"

#include <QSet>
#include <QTimeZone>

namespace coe::cli {

namespace {

const QString kCommand = QStringLiteral("add");

/// Finds people, teams and skills by the names a person types; says what is missing or
/// ambiguous.
class Names
{
public:
    explicit Names(Workspace& ws) : m_ws(ws) {}

    Result<void> load()
    {
        Catalog catalog(m_ws);
        auto people = catalog.people();
        auto teams = catalog.teams();
        auto skills = catalog.skills();
        if (!people || !teams || !skills)
            return !people ? people.error() : !teams ? teams.error() : skills.error();
        m_people = people.take();
        m_teams = teams.take();
        m_skills = skills.take();
        return {};
    }

    /// A person by email, or by name when only one person has it.
    Result<Id> person(const QString& text) const
    {
        const QString wanted = text.trimmed();
        QList<Id> byName;
        for (const Person& p : m_people) {
            if (!p.email.isEmpty() && p.email.compare(wanted, Qt::CaseInsensitive) == 0)
                return p.id;
            if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
                byName << p.id;
        }
        if (byName.size() == 1)
            return byName.first();
        if (byName.isEmpty())
            return Error{Error::NotFound, QStringLiteral("no person named or with the email '%1'").arg(wanted)};
        return Error{Error::Invalid,
                     QStringLiteral("%1 people are named '%2'; give the email instead").arg(byName.size()).arg(wanted)};
    }

    Result<QList<Id>> people(const QStringList& texts) const
    {
        QList<Id> ids;
        for (const QString& text : texts) {
            auto id = person(text);
            if (!id)
                return id.error();
            if (!ids.contains(id.value()))
                ids << id.value();
        }
        return ids;
    }

    Result<Id> team(const QString& text) const
    {
        for (const Team& t : m_teams)
            if (t.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                return t.id;
        QStringList names;
        for (const Team& t : m_teams)
            names << t.name;
        return Error{Error::NotFound, QStringLiteral("no team named '%1'; the workspace has: %2")
                                          .arg(text.trimmed(), names.join(QStringLiteral(", ")))};
    }

    Result<QList<Id>> skills(const QStringList& texts) const
    {
        QList<Id> ids;
        for (const QString& text : texts) {
            const auto found = std::find_if(m_skills.cbegin(), m_skills.cend(), [&text](const Skill& s) {
                return s.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (found == m_skills.cend())
                return Error{Error::NotFound, QStringLiteral("no skill named '%1'").arg(text.trimmed())};
            if (!ids.contains(found->id))
                ids << found->id;
        }
        return ids;
    }

private:
    Workspace& m_ws;
    QList<Person> m_people;
    QList<Team> m_teams;
    QList<Skill> m_skills;
};

QDate dateOption(const QCommandLineParser& parser, const QString& name, QString* problem)
{
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid())
        *problem = QStringLiteral("--%1 takes YYYY-MM-DD, not '%2'").arg(name, parser.value(name));
    return date;
}

int addEngagement(QCommandLineParser& parser, Workspace& ws, const Names& names, Io& io)
{
    for (const char* required : {"name", "team", "from", "roll-off"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usage(io, kCommand, QStringLiteral("an engagement needs --%1").arg(QString::fromLatin1(required)));
    QString problem;
    Engagement e;
    e.name = parser.value(QStringLiteral("name"));
    e.startsOn = dateOption(parser, QStringLiteral("from"), &problem);
    e.rollOffOn = dateOption(parser, QStringLiteral("roll-off"), &problem);
    if (!problem.isEmpty())
        return usage(io, kCommand, problem);
    auto team = names.team(parser.value(QStringLiteral("team")));
    auto consultants = names.people(parser.values(QStringLiteral("consultant")));
    if (!team || !consultants)
        return fail(io, kCommand, !team ? team.error() : consultants.error());
    e.teamId = team.value();
    e.consultantIds = consultants.value();
    auto id = commands::TransferEdits::saveEngagement(ws, e, nullptr);
    if (!id)
        return fail(io, kCommand, id.error());
    io.out << QStringLiteral("Added engagement “%1” (id %2), rolling off %3.\n")
                  .arg(e.name)
                  .arg(id.value())
                  .arg(e.rollOffOn.toString(Qt::ISODate));
    return ExitOk;
}

int addCapability(QCommandLineParser& parser, Workspace& ws, const Names& names, Io& io)
{
    for (const char* required : {"engagement", "name"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usage(io, kCommand, QStringLiteral("a capability needs --%1").arg(QString::fromLatin1(required)));
    auto engagements = PlanRepository(ws).engagements();
    if (!engagements)
        return fail(io, kCommand, engagements.error());
    const QString wanted = parser.value(QStringLiteral("engagement")).trimmed();
    const auto engagement = std::find_if(engagements->cbegin(), engagements->cend(), [&wanted](const Engagement& e) {
        return e.name.compare(wanted, Qt::CaseInsensitive) == 0;
    });
    if (engagement == engagements->cend())
        return fail(io, kCommand, QStringLiteral("no engagement named '%1'").arg(wanted));
    Capability c;
    c.engagementId = engagement->id;
    c.name = parser.value(QStringLiteral("name"));
    c.description = parser.value(QStringLiteral("description"));
    for (const auto& [option, target] :
         {std::pair{QStringLiteral("owner"), &c.ownerId}, std::pair{QStringLiteral("expert"), &c.expertId}}) {
        if (!parser.isSet(option))
            continue;
        auto person = names.person(parser.value(option));
        if (!person)
            return fail(io, kCommand, person.error());
        *target = person.value();
    }
    auto skills = names.skills(parser.values(QStringLiteral("skill")));
    if (!skills)
        return fail(io, kCommand, skills.error());
    c.skillIds = skills.value();
    auto id = commands::TransferEdits::saveCapability(ws, c, nullptr);
    if (!id)
        return fail(io, kCommand, id.error());
    io.out << QStringLiteral("Added capability “%1” to “%2” (id %3), in phase Expert leads.\n")
                  .arg(c.name, engagement->name)
                  .arg(id.value());
    return ExitOk;
}

int addSession(QCommandLineParser& parser, Workspace& ws, const Names& names, Io& io)
{
    for (const char* required : {"title", "at"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usage(io, kCommand, QStringLiteral("a session needs --%1").arg(QString::fromLatin1(required)));
    Session s;
    s.title = parser.value(QStringLiteral("title"));
    s.startsAt = QDateTime::fromString(parser.value(QStringLiteral("at")), QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!s.startsAt.isValid())
        return usage(io, kCommand,
                     QStringLiteral("--at takes YYYY-MM-DDTHH:MM, not '%1'").arg(parser.value(QStringLiteral("at"))));
    bool ok = true;
    if (parser.isSet(QStringLiteral("minutes")))
        s.durationMinutes = parser.value(QStringLiteral("minutes")).toInt(&ok);
    if (!ok)
        return usage(
            io, kCommand,
            QStringLiteral("--minutes takes a whole number, not '%1'").arg(parser.value(QStringLiteral("minutes"))));
    if (parser.isSet(QStringLiteral("zone"))) {
        s.timeZone = parser.value(QStringLiteral("zone"));
        if (!TimeZones::fromId(s.timeZone).isValid())
            return usage(io, kCommand,
                         QStringLiteral("--zone takes a time zone such as Europe/Berlin or UTC+01:00, not '%1'")
                             .arg(s.timeZone));
    }
    s.location = parser.value(QStringLiteral("location"));
    s.link = parser.value(QStringLiteral("link"));
    if (parser.isSet(QStringLiteral("instructor"))) {
        auto instructor = names.person(parser.value(QStringLiteral("instructor")));
        if (!instructor)
            return fail(io, kCommand, instructor.error());
        s.instructorId = instructor.value();
    }
    auto skills = names.skills(parser.values(QStringLiteral("skill")));
    auto attendees = names.people(parser.values(QStringLiteral("attendee")));
    if (!skills || !attendees)
        return fail(io, kCommand, !skills ? skills.error() : attendees.error());
    s.skillIds = skills.value();
    for (Id person : std::as_const(attendees.value()))
        s.attendees.append({person, std::nullopt});
    auto id = commands::TransferEdits::saveSession(ws, s, nullptr);
    if (!id)
        return fail(io, kCommand, id.error());
    auto zone = PlanRepository(ws).workspaceZone();
    if (!zone)
        return fail(io, kCommand, zone.error());
    io.out << QStringLiteral("Added session “%1” (id %2) on %3 with %4 attendee%5.\n")
                  .arg(s.title)
                  .arg(id.value())
                  .arg(s.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                  .arg(s.attendees.size())
                  .arg(s.attendees.size() == 1 ? QString() : QStringLiteral("s"));
    if (s.timeZone.isEmpty())
        io.out
            << QStringLiteral("Its time is in %1, the workspace's zone.\n").arg(TimeZones::name(s.zone(zone.value())));
    else
        io.out << QStringLiteral("Its time is in %1, its own zone.\n").arg(TimeZones::name(s.zone(zone.value())));
    return ExitOk;
}

int addSummit(QCommandLineParser& parser, Workspace& ws, Io& io)
{
    for (const char* required : {"name", "from", "to"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usage(io, kCommand, QStringLiteral("a summit needs --%1").arg(QString::fromLatin1(required)));
    QString problem;
    Summit after;
    after.name = parser.value(QStringLiteral("name")).trimmed();
    after.startsOn = dateOption(parser, QStringLiteral("from"), &problem);
    after.endsOn = dateOption(parser, QStringLiteral("to"), &problem);
    if (!problem.isEmpty())
        return usage(io, kCommand, problem);
    if (after.name.isEmpty())
        return usage(io, kCommand, QStringLiteral("--name is empty"));
    if (after.endsOn < after.startsOn)
        return usage(io, kCommand, QStringLiteral("--to is before --from"));
    if (parser.isSet(QStringLiteral("zone")) && !TimeZones::fromId(parser.value(QStringLiteral("zone"))).isValid())
        return usage(io, kCommand,
                     QStringLiteral("--zone takes a time zone such as Europe/Berlin, not '%1'")
                         .arg(parser.value(QStringLiteral("zone"))));
    QList<Room> rooms;
    QSet<QString> seen;
    const QStringList roomTexts = parser.values(QStringLiteral("room"));
    for (const QString& text : roomTexts) {
        // NAME or NAME:CAPACITY
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        Room room;
        room.name = (colon < 0 ? text : text.left(colon)).trimmed();
        bool ok = true;
        room.capacity = colon < 0 ? 0 : text.mid(colon + 1).trimmed().toInt(&ok);
        if (room.name.isEmpty() || !ok || room.capacity < 0)
            return usage(io, kCommand, QStringLiteral("--room takes NAME or NAME:SEATS, not '%1'").arg(text));
        if (seen.contains(room.name.toLower()))
            return usage(io, kCommand, QStringLiteral("the room '%1' is given twice").arg(room.name));
        seen.insert(room.name.toLower());
        room.position = int(rooms.size());
        rooms << room;
    }
    auto id = commands::SummitEdits::createSummit(ws, after.name);
    if (!id)
        return fail(io, kCommand, id.error());
    auto summits = PlanRepository(ws).summits();
    if (!summits)
        return fail(io, kCommand, summits.error());
    const auto before =
        std::find_if(summits->cbegin(), summits->cend(), [&id](const Summit& s) { return s.id == id.value(); });
    if (before == summits->cend())
        return fail(io, kCommand, QStringLiteral("the new summit could not be read back"));
    Summit settings = *before;
    settings.startsOn = after.startsOn;
    settings.endsOn = after.endsOn;
    settings.venue = parser.value(QStringLiteral("venue"));
    if (parser.isSet(QStringLiteral("zone")))
        settings.timeZone = parser.value(QStringLiteral("zone"));
    if (!rooms.isEmpty()) {
        rooms.first().id = before->rooms.value(0).id; // the new summit's own room becomes the first
        rooms.first().version = before->rooms.value(0).version;
        settings.rooms = rooms;
    }
    const QStringList trackNames = parser.values(QStringLiteral("track"));
    for (const QString& name : trackNames)
        settings.tracks.append({0, name.trimmed(), Track::paletteColor(settings.tracks.size()), 0});
    if (auto done = commands::SummitEdits::saveSettings(ws, *before, settings); !done)
        return fail(io, kCommand, done.error());
    io.out << QStringLiteral("Added summit “%1” (id %2), %3 to %4, %5 room%6.\n")
                  .arg(settings.name)
                  .arg(id.value())
                  .arg(settings.startsOn.toString(Qt::ISODate), settings.endsOn.toString(Qt::ISODate))
                  .arg(settings.rooms.size())
                  .arg(settings.rooms.size() == 1 ? QString() : QStringLiteral("s"));
    return ExitOk;
}

class AddCommand : public Command
{
public:
    QString name() const override { return kCommand; }
    QString summary() const override
    {
        return QStringLiteral("Add an engagement, capability, knowledge-transfer session or summit");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Add what the Engagements, Sessions and Summits views create; people by email or name,\n"
            "teams, skills and engagements by name. Each is one undo step in the workspace.\n"
            "  engagement --name N --team T --from DATE --roll-off DATE [--consultant P]...\n"
            "  capability --engagement E --name N [--description D] [--owner P] [--expert P] [--skill S]...\n"
            "  session    --title T --at YYYY-MM-DDTHH:MM [--minutes 45] [--instructor P] [--skill S]...\n"
            "             [--attendee P]... [--location L] [--link URL] [--zone Z]\n"
            "  summit     --name N --from DATE --to DATE [--venue V] [--zone Z] [--room NAME[:SEATS]]...\n"
            "             [--track NAME]..."));
        parser.addPositionalArgument(QStringLiteral("KIND"),
                                     QStringLiteral("engagement, capability, session or summit"));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QStringList valued{
            QStringLiteral("name"),        QStringLiteral("team"),       QStringLiteral("from"),
            QStringLiteral("roll-off"),    QStringLiteral("consultant"), QStringLiteral("engagement"),
            QStringLiteral("description"), QStringLiteral("owner"),      QStringLiteral("expert"),
            QStringLiteral("skill"),       QStringLiteral("title"),      QStringLiteral("at"),
            QStringLiteral("minutes"),     QStringLiteral("instructor"), QStringLiteral("attendee"),
            QStringLiteral("location"),    QStringLiteral("link"),       QStringLiteral("to"),
            QStringLiteral("venue"),       QStringLiteral("zone"),       QStringLiteral("room"),
            QStringLiteral("track")};
        for (const QString& option : valued)
            parser.addOption(QCommandLineOption(option, QStringLiteral("see above"), QStringLiteral("VALUE")));
        if (int code = parseCommand(parser, arguments, io, 2); code >= 0)
            return code;
        const QString kind = parser.positionalArguments().at(0);
        const QStringList kinds{QStringLiteral("engagement"), QStringLiteral("capability"), QStringLiteral("session"),
                                QStringLiteral("summit")};
        if (!kinds.contains(kind))
            return usage(io, kCommand,
                         QStringLiteral("KIND is engagement, capability, session or summit, not '%1'").arg(kind));
        auto ws = workspaceArgument(parser.positionalArguments().at(1));
        if (!ws)
            return fail(io, kCommand, ws.error());
        if (kind == QLatin1String("summit"))
            return addSummit(parser, *ws.value(), io);
        Names names(*ws.value());
        if (auto loaded = names.load(); !loaded)
            return fail(io, kCommand, loaded.error());
        if (kind == QLatin1String("engagement"))
            return addEngagement(parser, *ws.value(), names, io);
        if (kind == QLatin1String("capability"))
            return addCapability(parser, *ws.value(), names, io);
        return addSession(parser, *ws.value(), names, io);
    }
};

} // namespace

void addPlanCommands(Cli& cli)
{
    cli.add(std::make_unique<AddCommand>());
}

} // namespace coe::cli
