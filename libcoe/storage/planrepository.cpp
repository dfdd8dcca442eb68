// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planrepository.h"

#include "core/timezone.h"
#include "storage/columns.h"
#include "storage/workspace.h"

#include <QHash>

namespace coe {

namespace {

QDate date(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime dateTime(const QVariant& value)
{
    return QDateTime::fromString(value.toString().left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QTime time(const QVariant& value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

Id idOf(const QSqlQuery& q, const char* name)
{
    return field(q, name).toLongLong();
}

QStringList list(const QVariant& value)
{
    QStringList items;
    const QStringList parts = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& item : parts)
        items << item.trimmed();
    return items;
}

/// Runs queries one after another, calling a function for each result row; after the first
/// failure the rest are skipped and error() says why. A repository method reads its rows
/// with one Rows, then returns the error or what it built.
class Rows
{
public:
    explicit Rows(Workspace& ws) : m_ws(ws) {}

    template<typename F> Rows& each(const QString& sql, F&& row)
    {
        if (m_error)
            return *this;
        QSqlQuery q = m_ws.prepare(sql);
        if (auto done = m_ws.exec(q); !done) {
            m_error = done.error();
            return *this;
        }
        while (q.next())
            row(q);
        return *this;
    }

    const std::optional<Error>& error() const { return m_error; }

private:
    Workspace& m_ws;
    std::optional<Error> m_error;
};

} // namespace

QString SummitItem::kindName(Kind kind)
{
    static const char* const names[] = {"talk", "workshop", "lightning", "plenary", "break"};
    return QString::fromLatin1(names[kind]);
}

std::optional<SummitItem::Kind> SummitItem::kindFromName(const QString& name)
{
    for (int k = Talk; k <= Break; ++k) {
        if (kindName(Kind(k)) == name.trimmed().toLower())
            return Kind(k);
    }
    return std::nullopt;
}

Result<QList<Engagement>> PlanRepository::engagements() const
{
    Rows rows(m_workspace);
    QList<Engagement> engagements;
    QHash<Id, int> engagementIndex;
    rows.each(
        QStringLiteral(
            "SELECT id, name, team_id, starts_on, roll_off_on, version FROM engagement ORDER BY roll_off_on, name"),
        [&](QSqlQuery& q) {
            Engagement e;
            e.id = idOf(q, "id");
            e.name = field(q, "name").toString();
            e.teamId = idOf(q, "team_id");
            e.startsOn = date(field(q, "starts_on"));
            e.rollOffOn = date(field(q, "roll_off_on"));
            e.version = field(q, "version").toInt();
            engagementIndex.insert(e.id, int(engagements.size()));
            engagements.append(e);
        });
    rows.each(QStringLiteral("SELECT engagement_id, person_id FROM engagement_consultant ORDER BY person_id"),
              [&](QSqlQuery& q) {
                  if (const Id engagement = idOf(q, "engagement_id"); engagementIndex.contains(engagement))
                      engagements[engagementIndex.value(engagement)].consultantIds << idOf(q, "person_id");
              });
    QHash<Id, std::pair<int, int>> capabilityIndex;
    rows.each(
        QStringLiteral(
            "SELECT id, engagement_id, name, description, owner_id, expert_id, version FROM capability ORDER BY name"),
        [&](QSqlQuery& q) {
            const int e = engagementIndex.value(idOf(q, "engagement_id"), -1);
            if (e < 0)
                return;
            Capability c;
            c.id = idOf(q, "id");
            c.engagementId = idOf(q, "engagement_id");
            c.name = field(q, "name").toString();
            c.description = field(q, "description").toString();
            c.ownerId = idOf(q, "owner_id");
            c.expertId = idOf(q, "expert_id");
            c.version = field(q, "version").toInt();
            capabilityIndex.insert(c.id, {e, int(engagements[e].capabilities.size())});
            engagements[e].capabilities.append(c);
        });
    const auto capability = [&](Id id) -> Capability* {
        if (!capabilityIndex.contains(id))
            return nullptr;
        const auto [e, c] = capabilityIndex.value(id);
        return &engagements[e].capabilities[c];
    };
    rows.each(QStringLiteral("SELECT capability_id, skill_id FROM capability_skill ORDER BY skill_id"),
              [&](QSqlQuery& q) {
                  if (Capability* c = capability(idOf(q, "capability_id")))
                      c->skillIds << idOf(q, "skill_id");
              });
    rows.each(QStringLiteral("SELECT id, capability_id, phase, changed_on, confirmed_by, note FROM capability_phase "
                             "ORDER BY changed_on, id"),
              [&](QSqlQuery& q) {
                  if (Capability* c = capability(idOf(q, "capability_id")))
                      c->history.append({idOf(q, "id"), Phase(field(q, "phase").toInt()), date(field(q, "changed_on")),
                                         idOf(q, "confirmed_by"), field(q, "note").toString()});
              });
    if (rows.error())
        return *rows.error();
    return engagements;
}

Result<QList<Session>> PlanRepository::sessions() const
{
    Rows rows(m_workspace);
    QList<Session> sessions;
    QHash<Id, int> index;
    rows.each(QStringLiteral("SELECT id, title, instructor_id, starts_at, time_zone, duration_min, location, link, "
                             "learn_md, see_md, apply_md, "
                             "version FROM kt_session ORDER BY starts_at, title"),
              [&](QSqlQuery& q) {
                  Session s;
                  s.id = idOf(q, "id");
                  s.title = field(q, "title").toString();
                  s.instructorId = idOf(q, "instructor_id");
                  s.startsAt = dateTime(field(q, "starts_at"));
                  s.timeZone = field(q, "time_zone").toString();
                  s.durationMinutes = field(q, "duration_min").toInt();
                  s.location = field(q, "location").toString();
                  s.link = field(q, "link").toString();
                  s.learnMarkdown = field(q, "learn_md").toString();
                  s.seeMarkdown = field(q, "see_md").toString();
                  s.applyMarkdown = field(q, "apply_md").toString();
                  s.version = field(q, "version").toInt();
                  index.insert(s.id, int(sessions.size()));
                  sessions.append(s);
              });
    const auto session = [&](const QSqlQuery& q) -> Session* {
        const Id id = idOf(q, "session_id");
        return index.contains(id) ? &sessions[index.value(id)] : nullptr;
    };
    rows.each(QStringLiteral("SELECT session_id, skill_id FROM kt_session_skill ORDER BY skill_id"), [&](QSqlQuery& q) {
        if (Session* s = session(q))
            s->skillIds << idOf(q, "skill_id");
    });
    rows.each(QStringLiteral("SELECT session_id, person_id, attended FROM kt_attendee ORDER BY person_id"),
              [&](QSqlQuery& q) {
                  Session* s = session(q);
                  if (!s)
                      return;
                  Attendee a{idOf(q, "person_id"), std::nullopt};
                  if (const QVariant attended = field(q, "attended"); !attended.isNull())
                      a.attended = attended.toInt() != 0;
                  s->attendees << a;
              });
    rows.each(QStringLiteral("SELECT id, session_id, person_id, description, due_on, done_on, outcome, version FROM "
                             "apply_task ORDER BY id"),
              [&](QSqlQuery& q) {
                  if (Session* s = session(q))
                      s->tasks.append({idOf(q, "id"), idOf(q, "session_id"), idOf(q, "person_id"),
                                       field(q, "description").toString(), date(field(q, "due_on")),
                                       date(field(q, "done_on")), field(q, "outcome").toString(),
                                       field(q, "version").toInt()});
              });
    if (rows.error())
        return *rows.error();
    return sessions;
}

Result<QTimeZone> PlanRepository::workspaceZone() const
{
    QSqlQuery q = m_workspace.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'time_zone'"));
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    if (q.next()) {
        const QString id = field(q, "value").toString();
        if (const QTimeZone zone = TimeZones::fromId(id); zone.isValid())
            return zone;
        return Error{
            Error::Invalid,
            tr("The workspace's time zone “%1” is unknown to this system, so its sessions' times cannot be placed. "
               "Update the system's time zone data (tzdata), or open the workspace where that zone is known.")
                .arg(id)};
    }
    return QTimeZone::systemTimeZone();
}

Result<QList<LevelProposal>> PlanRepository::proposals() const
{
    Rows rows(m_workspace);
    QList<LevelProposal> proposals;
    rows.each(QStringLiteral("SELECT id, apply_task_id, skill_id, from_level, to_level, status, reason, decided_on, "
                             "assessment_id, version "
                             "FROM level_proposal ORDER BY id"),
              [&](QSqlQuery& q) {
                  LevelProposal p;
                  p.id = idOf(q, "id");
                  p.applyTaskId = idOf(q, "apply_task_id");
                  p.skillId = idOf(q, "skill_id");
                  if (const QVariant from = field(q, "from_level"); !from.isNull())
                      p.fromLevel = from.toInt();
                  p.toLevel = field(q, "to_level").toInt();
                  const QString status = field(q, "status").toString();
                  p.status = status == QLatin1String("accepted")   ? LevelProposal::Accepted
                             : status == QLatin1String("rejected") ? LevelProposal::Rejected
                                                                   : LevelProposal::Pending;
                  p.reason = field(q, "reason").toString();
                  p.decidedOn = date(field(q, "decided_on"));
                  p.assessmentId = idOf(q, "assessment_id");
                  p.version = field(q, "version").toInt();
                  proposals.append(p);
              });
    if (rows.error())
        return *rows.error();
    return proposals;
}

Result<QList<Summit>> PlanRepository::summits() const
{
    Rows rows(m_workspace);
    QList<Summit> summits;
    QHash<Id, int> index;
    rows.each(
        QStringLiteral(
            "SELECT id, name, venue, time_zone, starts_on, ends_on, day_starts, day_ends, min_speaker_gap_min, version "
            "FROM summit ORDER BY starts_on, name"),
        [&](QSqlQuery& q) {
            Summit s;
            s.id = idOf(q, "id");
            s.name = field(q, "name").toString();
            s.venue = field(q, "venue").toString();
            s.timeZone = field(q, "time_zone").toString();
            s.startsOn = date(field(q, "starts_on"));
            s.endsOn = date(field(q, "ends_on"));
            s.dayStarts = time(field(q, "day_starts"));
            s.dayEnds = time(field(q, "day_ends"));
            s.minSpeakerGapMinutes = field(q, "min_speaker_gap_min").toInt();
            s.version = field(q, "version").toInt();
            index.insert(s.id, int(summits.size()));
            summits.append(s);
        });
    const auto summit = [&](const QSqlQuery& q) -> Summit* {
        const Id id = idOf(q, "summit_id");
        return index.contains(id) ? &summits[index.value(id)] : nullptr;
    };
    rows.each(
        QStringLiteral(
            "SELECT id, summit_id, name, capacity, equipment, position, version FROM room ORDER BY position, name"),
        [&](QSqlQuery& q) {
            if (Summit* s = summit(q))
                s->rooms.append({idOf(q, "id"), field(q, "name").toString(), field(q, "capacity").toInt(),
                                 list(field(q, "equipment")), field(q, "position").toInt(),
                                 field(q, "version").toInt()});
        });
    rows.each(QStringLiteral("SELECT id, summit_id, name, color, version FROM track ORDER BY name"), [&](QSqlQuery& q) {
        if (Summit* s = summit(q))
            s->tracks.append({idOf(q, "id"), field(q, "name").toString(),
                              QColor::fromString(field(q, "color").toString()), field(q, "version").toInt()});
    });
    QHash<Id, std::pair<int, int>> itemIndex;
    rows.each(QStringLiteral("SELECT id, summit_id, kind, title, abstract, track_id, expected_audience, equipment, "
                             "duration_min, guid, frab_id, "
                             "slug, version FROM summit_item ORDER BY id"),
              [&](QSqlQuery& q) {
                  Summit* s = summit(q);
                  if (!s)
                      return;
                  SummitItem item;
                  item.id = idOf(q, "id");
                  item.kind = SummitItem::kindFromName(field(q, "kind").toString()).value_or(SummitItem::Talk);
                  item.title = field(q, "title").toString();
                  item.abstract = field(q, "abstract").toString();
                  item.trackId = idOf(q, "track_id");
                  item.expectedAudience = field(q, "expected_audience").toInt();
                  item.equipment = list(field(q, "equipment"));
                  item.durationMinutes = field(q, "duration_min").toInt();
                  item.guid = field(q, "guid").toString();
                  item.frabId = field(q, "frab_id").toLongLong();
                  item.slug = field(q, "slug").toString();
                  item.version = field(q, "version").toInt();
                  itemIndex.insert(item.id, {index.value(idOf(q, "summit_id")), int(s->items.size())});
                  s->items.append(item);
              });
    const auto item = [&](const QSqlQuery& q) -> SummitItem* {
        const Id id = idOf(q, "item_id");
        if (!itemIndex.contains(id))
            return nullptr;
        const auto [s, i] = itemIndex.value(id);
        return &summits[s].items[i];
    };
    rows.each(QStringLiteral("SELECT item_id, person_id FROM item_speaker ORDER BY person_id"), [&](QSqlQuery& q) {
        if (SummitItem* i = item(q))
            i->speakerIds << idOf(q, "person_id");
    });
    rows.each(QStringLiteral("SELECT item_id, skill_id FROM item_skill ORDER BY skill_id"), [&](QSqlQuery& q) {
        if (SummitItem* i = item(q))
            i->skillIds << idOf(q, "skill_id");
    });
    rows.each(
        QStringLiteral("SELECT id, item_id, room_id, starts_at, ends_at, version FROM slot ORDER BY starts_at, id"),
        [&](QSqlQuery& q) {
            if (SummitItem* i = item(q))
                i->slots.append({idOf(q, "id"), idOf(q, "item_id"), idOf(q, "room_id"), dateTime(field(q, "starts_at")),
                                 dateTime(field(q, "ends_at")), field(q, "version").toInt()});
        });
    rows.each(QStringLiteral("SELECT id, summit_id, person_id, day, available_from, available_to FROM "
                             "speaker_availability ORDER BY day, available_from"),
              [&](QSqlQuery& q) {
                  if (Summit* s = summit(q))
                      s->availability.append({idOf(q, "id"), idOf(q, "person_id"), date(field(q, "day")),
                                              time(field(q, "available_from")), time(field(q, "available_to"))});
              });
    rows.each(QStringLiteral("SELECT summit_id, warning_key, note FROM warning_ack"), [&](QSqlQuery& q) {
        if (Summit* s = summit(q))
            s->acknowledgements.insert(field(q, "warning_key").toString(), field(q, "note").toString());
    });
    if (rows.error())
        return *rows.error();
    return summits;
}

} // namespace coe
