// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/tables.h"

#include <QHash>

namespace coe {

QString Column::typeName() const
{
    switch (type) {
    case Integer:
        return QStringLiteral("integer");
    case Text:
        return QStringLiteral("text");
    case Blob:
        return QStringLiteral("blob");
    }
    return {};
}

bool Table::hasId() const
{
    const QStringList keys = key();
    return keys.size() == 1 && keys.first() == QLatin1String("id");
}

const Column* Table::column(QStringView name) const
{
    for (const Column& c : columns) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

QStringList Table::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const Column& c : columns)
        names << c.nameString();
    return names;
}

QStringList Table::key() const
{
    QStringList names;
    for (const Column& c : columns) {
        if (c.nulls == Column::Key)
            names << c.nameString();
    }
    return names;
}

QList<ForeignKey> Table::foreignKeys() const
{
    QList<ForeignKey> keys;
    for (const Column& c : columns) {
        if (c.references)
            keys.append({nameString(),
                         {c.nameString()},
                         QString::fromLatin1(c.references),
                         {QString::fromLatin1(c.referencedColumn)},
                         c.onDelete});
    }
    return keys + compoundKeys;
}

namespace {

using enum Column::Type;
using enum Column::Nulls;
using enum ForeignKey::OnDelete;

// Every table, parents before children, in the order the migrations leave them (schema
// version 4 made summit_item and the tables below it anew, so they come last).
// clang-format off
const QList<Table> kTables{
    {"meta", Entity::Everything,
     {{"key", Text, Key},
      {"value", Text, NotNull}}},
    {"scale_level", Entity::ScaleLevel,
     {{"level", Integer, Key},
      {"label", Text, NotNull},
      {"description", Text, NotNull},
      {"color", Text, NotNull},
      {"meaning", Text, Null}}},
    {"team", Entity::Team,
     {{"id", Integer, Key},
      {"name", Text, NotNull},
      {"description", Text, NotNull},
      {"version", Integer, NotNull}}},
    {"role", Entity::Role,
     {{"id", Integer, Key},
      {"name", Text, NotNull},
      {"description", Text, NotNull},
      {"version", Integer, NotNull}}},
    {"skill_category", Entity::SkillCategory,
     {{"id", Integer, Key},
      {"parent_id", Integer, Null, "skill_category", Cascade},
      {"name", Text, NotNull},
      {"position", Integer, NotNull},
      {"version", Integer, NotNull}}},
    {"skill", Entity::Skill,
     {{"id", Integer, Key},
      {"category_id", Integer, NotNull, "skill_category", Cascade},
      {"name", Text, NotNull},
      {"description", Text, NotNull},
      {"position", Integer, NotNull},
      {"version", Integer, NotNull}}},
    {"role_target", Entity::RoleTarget,
     {{"role_id", Integer, Key, "role", Cascade},
      {"skill_id", Integer, Key, "skill", Cascade},
      {"level", Integer, NotNull, "scale_level", Restrict, "level"}}},
    {"person", Entity::Person,
     {{"id", Integer, Key},
      {"name", Text, NotNull},
      {"email", Text, Null},
      {"external", Integer, NotNull},
      {"team_id", Integer, Null, "team", SetNull},
      {"role_id", Integer, Null, "role", SetNull},
      {"time_zone", Text, NotNull},
      {"version", Integer, NotNull}}},
    {"person_target", Entity::PersonTarget,
     {{"person_id", Integer, Key, "person", Cascade},
      {"skill_id", Integer, Key, "skill", Cascade},
      {"level", Integer, NotNull, "scale_level", Restrict, "level"}}},
    {"assessment", Entity::Assessment,
     {{"id", Integer, Key},
      {"person_id", Integer, NotNull, "person", Cascade},
      {"skill_id", Integer, NotNull, "skill", Cascade},
      {"source", Text, NotNull},
      {"level", Integer, Null, "scale_level", Restrict, "level"},
      {"interest", Integer, Null},
      {"assessed_on", Text, NotNull},
      {"note", Text, NotNull}}},
    {"team_requirement", Entity::TeamRequirement,
     {{"team_id", Integer, Key, "team", Cascade},
      {"skill_id", Integer, Key, "skill", Cascade},
      {"min_independent", Integer, NotNull},
      {"teacher_required", Integer, NotNull}}},
    {"engagement", Entity::Engagement,
     {{"id", Integer, Key},
      {"name", Text, NotNull},
      {"team_id", Integer, NotNull, "team", Cascade},
      {"starts_on", Text, NotNull},
      {"roll_off_on", Text, NotNull},
      {"version", Integer, NotNull}}},
    {"engagement_consultant", Entity::Engagement,
     {{"engagement_id", Integer, Key, "engagement", Cascade},
      {"person_id", Integer, Key, "person", Cascade}}},
    {"capability", Entity::Capability,
     {{"id", Integer, Key},
      {"engagement_id", Integer, NotNull, "engagement", Cascade},
      {"name", Text, NotNull},
      {"description", Text, NotNull},
      {"owner_id", Integer, Null, "person", SetNull},
      {"expert_id", Integer, Null, "person", SetNull},
      {"version", Integer, NotNull}}},
    {"capability_skill", Entity::Capability,
     {{"capability_id", Integer, Key, "capability", Cascade},
      {"skill_id", Integer, Key, "skill", Cascade}}},
    {"capability_phase", Entity::Capability,
     {{"id", Integer, Key},
      {"capability_id", Integer, NotNull, "capability", Cascade},
      {"phase", Integer, NotNull},
      {"changed_on", Text, NotNull},
      {"confirmed_by", Integer, Null, "person", SetNull},
      {"note", Text, NotNull}}},
    {"kt_session", Entity::Session,
     {{"id", Integer, Key},
      {"title", Text, NotNull},
      {"instructor_id", Integer, Null, "person", SetNull},
      {"starts_at", Text, NotNull},
      {"duration_min", Integer, NotNull},
      {"location", Text, NotNull},
      {"link", Text, NotNull},
      {"learn_md", Text, NotNull},
      {"see_md", Text, NotNull},
      {"apply_md", Text, NotNull},
      {"version", Integer, NotNull},
      {"time_zone", Text, NotNull}}},
    {"kt_session_skill", Entity::Session,
     {{"session_id", Integer, Key, "kt_session", Cascade},
      {"skill_id", Integer, Key, "skill", Cascade}}},
    {"kt_attendee", Entity::Session,
     {{"session_id", Integer, Key, "kt_session", Cascade},
      {"person_id", Integer, Key, "person", Cascade},
      {"attended", Integer, Null}}},
    {"apply_task", Entity::Session,
     {{"id", Integer, Key},
      {"session_id", Integer, NotNull},
      {"person_id", Integer, NotNull},
      {"description", Text, NotNull},
      {"due_on", Text, Null},
      {"done_on", Text, Null},
      {"outcome", Text, NotNull},
      {"version", Integer, NotNull}},
     {{QStringLiteral("apply_task"), {QStringLiteral("session_id"), QStringLiteral("person_id")}, QStringLiteral("kt_attendee"),
       {QStringLiteral("session_id"), QStringLiteral("person_id")}, ForeignKey::Cascade}}},
    {"level_proposal", Entity::Session,
     {{"id", Integer, Key},
      {"apply_task_id", Integer, NotNull, "apply_task", Cascade},
      {"skill_id", Integer, NotNull, "skill", Cascade},
      {"from_level", Integer, Null, "scale_level", Restrict, "level"},
      {"to_level", Integer, NotNull, "scale_level", Restrict, "level"},
      {"status", Text, NotNull},
      {"reason", Text, NotNull},
      {"decided_on", Text, Null},
      {"assessment_id", Integer, Null, "assessment", SetNull},
      {"version", Integer, NotNull}}},
    {"summit", Entity::Summit,
     {{"id", Integer, Key},
      {"name", Text, NotNull},
      {"venue", Text, NotNull},
      {"time_zone", Text, NotNull},
      {"starts_on", Text, NotNull},
      {"ends_on", Text, NotNull},
      {"day_starts", Text, NotNull},
      {"day_ends", Text, NotNull},
      {"min_speaker_gap_min", Integer, NotNull},
      {"version", Integer, NotNull}}},
    {"room", Entity::Summit,
     {{"id", Integer, Key},
      {"summit_id", Integer, NotNull, "summit", Cascade},
      {"name", Text, NotNull},
      {"capacity", Integer, NotNull},
      {"equipment", Text, NotNull},
      {"position", Integer, NotNull},
      {"version", Integer, NotNull}}},
    {"track", Entity::Summit,
     {{"id", Integer, Key},
      {"summit_id", Integer, NotNull, "summit", Cascade},
      {"name", Text, NotNull},
      {"color", Text, NotNull},
      {"version", Integer, NotNull}}},
    {"speaker_availability", Entity::Summit,
     {{"id", Integer, Key},
      {"summit_id", Integer, NotNull, "summit", Cascade},
      {"person_id", Integer, NotNull, "person", Cascade},
      {"day", Text, NotNull},
      {"available_from", Text, NotNull},
      {"available_to", Text, NotNull}}},
    {"warning_ack", Entity::Summit,
     {{"id", Integer, Key},
      {"summit_id", Integer, NotNull, "summit", Cascade},
      {"warning_key", Text, NotNull},
      {"note", Text, NotNull},
      {"acknowledged_at", Text, NotNull}}},
    {"schedule_release", Entity::Summit,
     {{"id", Integer, Key},
      {"summit_id", Integer, NotNull, "summit", Cascade},
      {"number", Integer, NotNull},
      {"released_at", Text, NotNull},
      {"snapshot", Text, NotNull}}},
    {"assessment_batch", Entity::Assessment,
     {{"id", Integer, Key},
      {"after_id", Integer, NotNull},
      {"source", Text, NotNull},
      {"assessed_on", Text, NotNull},
      {"people", Integer, NotNull},
      {"skills", Integer, NotNull},
      {"levels", Blob, NotNull}}},
    {"assessment_batch_person", Entity::Assessment,
     {{"batch_id", Integer, Key, "assessment_batch", Cascade},
      {"position", Integer, Key},
      {"person_id", Integer, NotNull, "person", Cascade}}},
    {"assessment_batch_skill", Entity::Assessment,
     {{"batch_id", Integer, Key, "assessment_batch", Cascade},
      {"position", Integer, Key},
      {"skill_id", Integer, NotNull, "skill", Cascade}}},
    {"summit_item", Entity::Summit,
     {{"id", Integer, Key},
      {"summit_id", Integer, NotNull, "summit", Cascade},
      {"kind", Text, NotNull},
      {"title", Text, NotNull},
      {"abstract", Text, NotNull},
      {"track_id", Integer, Null, "track", SetNull},
      {"expected_audience", Integer, NotNull},
      {"equipment", Text, NotNull},
      {"duration_min", Integer, NotNull},
      {"guid", Text, Null},
      {"frab_id", Integer, Null},
      {"slug", Text, NotNull},
      {"version", Integer, NotNull}}},
    {"item_speaker", Entity::Summit,
     {{"item_id", Integer, Key, "summit_item", Cascade},
      {"person_id", Integer, Key, "person", Cascade}}},
    {"item_skill", Entity::Summit,
     {{"item_id", Integer, Key, "summit_item", Cascade},
      {"skill_id", Integer, Key, "skill", Cascade}}},
    {"slot", Entity::Summit,
     {{"id", Integer, Key},
      {"item_id", Integer, NotNull, "summit_item", Cascade},
      {"room_id", Integer, NotNull, "room", Cascade},
      {"starts_at", Text, NotNull},
      {"ends_at", Text, NotNull},
      {"version", Integer, NotNull}}},
};
// clang-format on

} // namespace

namespace Tables {

const QList<Table>& all()
{
    return kTables;
}

const Table* find(QStringView name)
{
    static const QHash<QString, const Table*> byName = [] {
        QHash<QString, const Table*> index;
        for (const Table& table : all())
            index.insert(table.nameString(), &table);
        return index;
    }();
    return byName.value(name.toString(), nullptr);
}

} // namespace Tables

} // namespace coe
