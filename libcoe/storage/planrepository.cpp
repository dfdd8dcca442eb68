// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planrepository.h"

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

QStringList list(const QVariant& value)
{
    QStringList items;
    for (const QString& item : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

/// Runs queries one after another, calling a function for each result row; after the first
/// failure the rest are skipped and error() says why. A repository method reads its rows
/// with one Rows, then returns the error or what it built.
class Rows
{
public:
    explicit Rows(Workspace& ws)
        : m_ws(ws)
    {
    }

    template<typename F>
    Rows& each(const QString& sql, F&& row)
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
    rows.each(QStringLiteral("SELECT id, name, team_id, starts_on, roll_off_on, version FROM engagement ORDER BY roll_off_on, name"),
              [&](QSqlQuery& q) {
                  engagementIndex.insert(q.value(0).toLongLong(), int(engagements.size()));
                  engagements.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                      date(q.value(3)), date(q.value(4)), {}, {}, q.value(5).toInt()});
              });
    rows.each(QStringLiteral("SELECT engagement_id, person_id FROM engagement_consultant ORDER BY person_id"), [&](QSqlQuery& q) {
        if (engagementIndex.contains(q.value(0).toLongLong()))
            engagements[engagementIndex.value(q.value(0).toLongLong())].consultantIds << q.value(1).toLongLong();
    });
    QHash<Id, std::pair<int, int>> capabilityIndex;
    rows.each(QStringLiteral("SELECT id, engagement_id, name, description, owner_id, expert_id, version FROM capability ORDER BY name"),
              [&](QSqlQuery& q) {
                  const int e = engagementIndex.value(q.value(1).toLongLong(), -1);
                  if (e < 0)
                      return;
                  Capability c;
                  c.id = q.value(0).toLongLong();
                  c.engagementId = q.value(1).toLongLong();
                  c.name = q.value(2).toString();
                  c.description = q.value(3).toString();
                  c.ownerId = q.value(4).toLongLong();
                  c.expertId = q.value(5).toLongLong();
                  c.version = q.value(6).toInt();
                  capabilityIndex.insert(c.id, {e, int(engagements[e].capabilities.size())});
                  engagements[e].capabilities.append(c);
              });
    const auto capability = [&](Id id) -> Capability* {
        if (!capabilityIndex.contains(id))
            return nullptr;
        const auto [e, c] = capabilityIndex.value(id);
        return &engagements[e].capabilities[c];
    };
    rows.each(QStringLiteral("SELECT capability_id, skill_id FROM capability_skill ORDER BY skill_id"), [&](QSqlQuery& q) {
        if (Capability* c = capability(q.value(0).toLongLong()))
            c->skillIds << q.value(1).toLongLong();
    });
    rows.each(QStringLiteral("SELECT id, capability_id, phase, changed_on, confirmed_by, note FROM capability_phase ORDER BY changed_on, id"),
              [&](QSqlQuery& q) {
                  if (Capability* c = capability(q.value(1).toLongLong()))
                      c->history.append({q.value(0).toLongLong(), Phase(q.value(2).toInt()), date(q.value(3)),
                                         q.value(4).toLongLong(), q.value(5).toString()});
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
    rows.each(QStringLiteral("SELECT id, title, instructor_id, starts_at, duration_min, location, link, learn_md, see_md, apply_md, version "
                             "FROM kt_session ORDER BY starts_at, title"),
              [&](QSqlQuery& q) {
                  Session s;
                  s.id = q.value(0).toLongLong();
                  s.title = q.value(1).toString();
                  s.instructorId = q.value(2).toLongLong();
                  s.startsAt = dateTime(q.value(3));
                  s.durationMinutes = q.value(4).toInt();
                  s.location = q.value(5).toString();
                  s.link = q.value(6).toString();
                  s.learnMarkdown = q.value(7).toString();
                  s.seeMarkdown = q.value(8).toString();
                  s.applyMarkdown = q.value(9).toString();
                  s.version = q.value(10).toInt();
                  index.insert(s.id, int(sessions.size()));
                  sessions.append(s);
              });
    rows.each(QStringLiteral("SELECT session_id, skill_id FROM kt_session_skill ORDER BY skill_id"), [&](QSqlQuery& q) {
        if (index.contains(q.value(0).toLongLong()))
            sessions[index.value(q.value(0).toLongLong())].skillIds << q.value(1).toLongLong();
    });
    rows.each(QStringLiteral("SELECT session_id, person_id, attended FROM kt_attendee ORDER BY person_id"), [&](QSqlQuery& q) {
        if (!index.contains(q.value(0).toLongLong()))
            return;
        Attendee a{q.value(1).toLongLong(), std::nullopt};
        if (!q.value(2).isNull())
            a.attended = q.value(2).toInt() != 0;
        sessions[index.value(q.value(0).toLongLong())].attendees << a;
    });
    rows.each(QStringLiteral("SELECT id, session_id, person_id, description, due_on, done_on, outcome, version FROM apply_task ORDER BY id"),
              [&](QSqlQuery& q) {
                  if (!index.contains(q.value(1).toLongLong()))
                      return;
                  sessions[index.value(q.value(1).toLongLong())].tasks.append(
                      {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                       date(q.value(4)), date(q.value(5)), q.value(6).toString(), q.value(7).toInt()});
              });
    if (rows.error())
        return *rows.error();
    return sessions;
}

Result<QList<LevelProposal>> PlanRepository::proposals() const
{
    Rows rows(m_workspace);
    QList<LevelProposal> proposals;
    rows.each(QStringLiteral("SELECT id, apply_task_id, skill_id, from_level, to_level, status, reason, decided_on, assessment_id, version "
                             "FROM level_proposal ORDER BY id"),
              [&](QSqlQuery& q) {
                  LevelProposal p;
                  p.id = q.value(0).toLongLong();
                  p.applyTaskId = q.value(1).toLongLong();
                  p.skillId = q.value(2).toLongLong();
                  if (!q.value(3).isNull())
                      p.fromLevel = q.value(3).toInt();
                  p.toLevel = q.value(4).toInt();
                  const QString status = q.value(5).toString();
                  p.status = status == QLatin1String("accepted")   ? LevelProposal::Accepted
                             : status == QLatin1String("rejected") ? LevelProposal::Rejected
                                                                   : LevelProposal::Pending;
                  p.reason = q.value(6).toString();
                  p.decidedOn = date(q.value(7));
                  p.assessmentId = q.value(8).toLongLong();
                  p.version = q.value(9).toInt();
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
    rows.each(QStringLiteral("SELECT id, name, venue, time_zone, starts_on, ends_on, day_starts, day_ends, min_speaker_gap_min, version "
                             "FROM summit ORDER BY starts_on, name"),
              [&](QSqlQuery& q) {
                  Summit s;
                  s.id = q.value(0).toLongLong();
                  s.name = q.value(1).toString();
                  s.venue = q.value(2).toString();
                  s.timeZone = q.value(3).toString();
                  s.startsOn = date(q.value(4));
                  s.endsOn = date(q.value(5));
                  s.dayStarts = time(q.value(6));
                  s.dayEnds = time(q.value(7));
                  s.minSpeakerGapMinutes = q.value(8).toInt();
                  s.version = q.value(9).toInt();
                  index.insert(s.id, int(summits.size()));
                  summits.append(s);
              });
    const auto summit = [&](const QVariant& id) -> Summit* {
        return index.contains(id.toLongLong()) ? &summits[index.value(id.toLongLong())] : nullptr;
    };
    rows.each(QStringLiteral("SELECT id, summit_id, name, capacity, equipment, position, version FROM room ORDER BY position, name"),
              [&](QSqlQuery& q) {
                  if (Summit* s = summit(q.value(1)))
                      s->rooms.append({q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toInt(), list(q.value(4)),
                                       q.value(5).toInt(), q.value(6).toInt()});
              });
    rows.each(QStringLiteral("SELECT id, summit_id, name, color, version FROM track ORDER BY name"), [&](QSqlQuery& q) {
        if (Summit* s = summit(q.value(1)))
            s->tracks.append({q.value(0).toLongLong(), q.value(2).toString(), QColor::fromString(q.value(3).toString()), q.value(4).toInt()});
    });
    QHash<Id, std::pair<int, int>> itemIndex;
    rows.each(QStringLiteral("SELECT id, summit_id, kind, title, abstract, track_id, expected_audience, equipment, duration_min, version "
                             "FROM summit_item ORDER BY id"),
              [&](QSqlQuery& q) {
                  Summit* s = summit(q.value(1));
                  if (!s)
                      return;
                  SummitItem item;
                  item.id = q.value(0).toLongLong();
                  item.kind = SummitItem::kindFromName(q.value(2).toString()).value_or(SummitItem::Talk);
                  item.title = q.value(3).toString();
                  item.abstract = q.value(4).toString();
                  item.trackId = q.value(5).toLongLong();
                  item.expectedAudience = q.value(6).toInt();
                  item.equipment = list(q.value(7));
                  item.durationMinutes = q.value(8).toInt();
                  item.version = q.value(9).toInt();
                  itemIndex.insert(item.id, {index.value(q.value(1).toLongLong()), int(s->items.size())});
                  s->items.append(item);
              });
    const auto item = [&](const QVariant& id) -> SummitItem* {
        if (!itemIndex.contains(id.toLongLong()))
            return nullptr;
        const auto [s, i] = itemIndex.value(id.toLongLong());
        return &summits[s].items[i];
    };
    rows.each(QStringLiteral("SELECT item_id, person_id FROM item_speaker ORDER BY person_id"), [&](QSqlQuery& q) {
        if (SummitItem* i = item(q.value(0)))
            i->speakerIds << q.value(1).toLongLong();
    });
    rows.each(QStringLiteral("SELECT item_id, skill_id FROM item_skill ORDER BY skill_id"), [&](QSqlQuery& q) {
        if (SummitItem* i = item(q.value(0)))
            i->skillIds << q.value(1).toLongLong();
    });
    rows.each(QStringLiteral("SELECT id, item_id, room_id, starts_at, ends_at, version FROM slot ORDER BY starts_at, id"), [&](QSqlQuery& q) {
        if (SummitItem* i = item(q.value(1)))
            i->slots.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), dateTime(q.value(3)),
                             dateTime(q.value(4)), q.value(5).toInt()});
    });
    rows.each(QStringLiteral("SELECT id, summit_id, person_id, day, available_from, available_to FROM speaker_availability ORDER BY day, available_from"),
              [&](QSqlQuery& q) {
                  if (Summit* s = summit(q.value(1)))
                      s->availability.append({q.value(0).toLongLong(), q.value(2).toLongLong(), date(q.value(3)), time(q.value(4)), time(q.value(5))});
              });
    rows.each(QStringLiteral("SELECT summit_id, warning_key, note FROM warning_ack"), [&](QSqlQuery& q) {
        if (Summit* s = summit(q.value(0)))
            s->acknowledgements.insert(q.value(1).toString(), q.value(2).toString());
    });
    if (rows.error())
        return *rows.error();
    return summits;
}

} // namespace coe
