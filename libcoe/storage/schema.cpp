// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include <QHash>
#include <QSet>

namespace coe {

namespace {

ForeignKey fk(const char* child, const char* column, const char* parent, ForeignKey::OnDelete onDelete,
              const char* parentColumn = "id")
{
    return {QString::fromLatin1(child),
            {QString::fromLatin1(column)},
            QString::fromLatin1(parent),
            {QString::fromLatin1(parentColumn)},
            onDelete};
}

} // namespace

const QList<ForeignKey>& Schema::foreignKeys()
{
    using F = ForeignKey;
    static const QList<ForeignKey> keys{
        fk("skill_category", "parent_id", "skill_category", F::Cascade),
        fk("skill", "category_id", "skill_category", F::Cascade),
        fk("role_target", "role_id", "role", F::Cascade),
        fk("role_target", "skill_id", "skill", F::Cascade),
        fk("role_target", "level", "scale_level", F::Restrict, "level"),
        fk("person", "team_id", "team", F::SetNull),
        fk("person", "role_id", "role", F::SetNull),
        fk("person_target", "person_id", "person", F::Cascade),
        fk("person_target", "skill_id", "skill", F::Cascade),
        fk("person_target", "level", "scale_level", F::Restrict, "level"),
        fk("assessment", "person_id", "person", F::Cascade),
        fk("assessment", "skill_id", "skill", F::Cascade),
        fk("assessment", "level", "scale_level", F::Restrict, "level"),
        fk("assessment_batch_person", "batch_id", "assessment_batch", F::Cascade),
        fk("assessment_batch_person", "person_id", "person", F::Cascade),
        fk("assessment_batch_skill", "batch_id", "assessment_batch", F::Cascade),
        fk("assessment_batch_skill", "skill_id", "skill", F::Cascade),
        fk("team_requirement", "team_id", "team", F::Cascade),
        fk("team_requirement", "skill_id", "skill", F::Cascade),
        fk("engagement", "team_id", "team", F::Cascade),
        fk("engagement_consultant", "engagement_id", "engagement", F::Cascade),
        fk("engagement_consultant", "person_id", "person", F::Cascade),
        fk("capability", "engagement_id", "engagement", F::Cascade),
        fk("capability", "owner_id", "person", F::SetNull),
        fk("capability", "expert_id", "person", F::SetNull),
        fk("capability_skill", "capability_id", "capability", F::Cascade),
        fk("capability_skill", "skill_id", "skill", F::Cascade),
        fk("capability_phase", "capability_id", "capability", F::Cascade),
        fk("capability_phase", "confirmed_by", "person", F::SetNull),
        fk("kt_session", "instructor_id", "person", F::SetNull),
        fk("kt_session_skill", "session_id", "kt_session", F::Cascade),
        fk("kt_session_skill", "skill_id", "skill", F::Cascade),
        fk("kt_attendee", "session_id", "kt_session", F::Cascade),
        fk("kt_attendee", "person_id", "person", F::Cascade),
        {QStringLiteral("apply_task"),
         {QStringLiteral("session_id"), QStringLiteral("person_id")},
         QStringLiteral("kt_attendee"),
         {QStringLiteral("session_id"), QStringLiteral("person_id")},
         F::Cascade},
        fk("level_proposal", "apply_task_id", "apply_task", F::Cascade),
        fk("level_proposal", "skill_id", "skill", F::Cascade),
        fk("level_proposal", "from_level", "scale_level", F::Restrict, "level"),
        fk("level_proposal", "to_level", "scale_level", F::Restrict, "level"),
        fk("level_proposal", "assessment_id", "assessment", F::SetNull),
        fk("room", "summit_id", "summit", F::Cascade),
        fk("track", "summit_id", "summit", F::Cascade),
        fk("summit_item", "summit_id", "summit", F::Cascade),
        fk("summit_item", "track_id", "track", F::SetNull),
        fk("item_speaker", "item_id", "summit_item", F::Cascade),
        fk("item_speaker", "person_id", "person", F::Cascade),
        fk("item_skill", "item_id", "summit_item", F::Cascade),
        fk("item_skill", "skill_id", "skill", F::Cascade),
        fk("slot", "item_id", "summit_item", F::Cascade),
        fk("slot", "room_id", "room", F::Cascade),
        fk("speaker_availability", "summit_id", "summit", F::Cascade),
        fk("speaker_availability", "person_id", "person", F::Cascade),
        fk("warning_ack", "summit_id", "summit", F::Cascade),
        fk("schedule_release", "summit_id", "summit", F::Cascade),
    };
    return keys;
}

const QStringList& Schema::tables()
{
    static const QStringList names{
        QStringLiteral("meta"),
        QStringLiteral("scale_level"),
        QStringLiteral("team"),
        QStringLiteral("role"),
        QStringLiteral("skill_category"),
        QStringLiteral("skill"),
        QStringLiteral("role_target"),
        QStringLiteral("person"),
        QStringLiteral("person_target"),
        QStringLiteral("assessment"),
        QStringLiteral("team_requirement"),
        QStringLiteral("engagement"),
        QStringLiteral("engagement_consultant"),
        QStringLiteral("capability"),
        QStringLiteral("capability_skill"),
        QStringLiteral("capability_phase"),
        QStringLiteral("kt_session"),
        QStringLiteral("kt_session_skill"),
        QStringLiteral("kt_attendee"),
        QStringLiteral("apply_task"),
        QStringLiteral("level_proposal"),
        QStringLiteral("summit"),
        QStringLiteral("room"),
        QStringLiteral("track"),
        QStringLiteral("speaker_availability"),
        QStringLiteral("warning_ack"),
        QStringLiteral("schedule_release"),
        QStringLiteral("assessment_batch"),
        QStringLiteral("assessment_batch_person"),
        QStringLiteral("assessment_batch_skill"),
        // Made anew by schema version 4 (no 12-hour cap on items), so created last.
        QStringLiteral("summit_item"),
        QStringLiteral("item_speaker"),
        QStringLiteral("item_skill"),
        QStringLiteral("slot"),
    };
    return names;
}

bool Schema::hasIdColumn(const QString& table)
{
    static const QSet<QString> without{
        QStringLiteral("meta"),
        QStringLiteral("scale_level"),
        QStringLiteral("role_target"),
        QStringLiteral("person_target"),
        QStringLiteral("team_requirement"),
        QStringLiteral("engagement_consultant"),
        QStringLiteral("capability_skill"),
        QStringLiteral("kt_session_skill"),
        QStringLiteral("kt_attendee"),
        QStringLiteral("item_speaker"),
        QStringLiteral("item_skill"),
        QStringLiteral("assessment_batch_person"),
        QStringLiteral("assessment_batch_skill"),
    };
    return tables().contains(table) && !without.contains(table);
}

bool Schema::hasVersionColumn(const QString& table)
{
    static const QSet<QString> versioned{
        QStringLiteral("team"),           QStringLiteral("role"),        QStringLiteral("skill_category"),
        QStringLiteral("skill"),          QStringLiteral("person"),      QStringLiteral("engagement"),
        QStringLiteral("capability"),     QStringLiteral("kt_session"),  QStringLiteral("apply_task"),
        QStringLiteral("level_proposal"), QStringLiteral("summit"),      QStringLiteral("room"),
        QStringLiteral("track"),          QStringLiteral("summit_item"), QStringLiteral("slot"),
    };
    return versioned.contains(table);
}

Entity Schema::entityOf(const QString& table)
{
    static const QHash<QString, Entity> entities{
        {QStringLiteral("meta"), Entity::Everything},
        {QStringLiteral("team"), Entity::Team},
        {QStringLiteral("role"), Entity::Role},
        {QStringLiteral("person"), Entity::Person},
        {QStringLiteral("skill_category"), Entity::SkillCategory},
        {QStringLiteral("skill"), Entity::Skill},
        {QStringLiteral("scale_level"), Entity::ScaleLevel},
        {QStringLiteral("assessment"), Entity::Assessment},
        {QStringLiteral("assessment_batch"), Entity::Assessment},
        {QStringLiteral("assessment_batch_person"), Entity::Assessment},
        {QStringLiteral("assessment_batch_skill"), Entity::Assessment},
        {QStringLiteral("role_target"), Entity::RoleTarget},
        {QStringLiteral("person_target"), Entity::PersonTarget},
        {QStringLiteral("team_requirement"), Entity::TeamRequirement},
        {QStringLiteral("engagement"), Entity::Engagement},
        {QStringLiteral("engagement_consultant"), Entity::Engagement},
        {QStringLiteral("capability"), Entity::Capability},
        {QStringLiteral("capability_skill"), Entity::Capability},
        {QStringLiteral("capability_phase"), Entity::Capability},
        {QStringLiteral("kt_session"), Entity::Session},
        {QStringLiteral("kt_session_skill"), Entity::Session},
        {QStringLiteral("kt_attendee"), Entity::Session},
        {QStringLiteral("apply_task"), Entity::Session},
        {QStringLiteral("level_proposal"), Entity::Session},
    };
    return entities.value(table, Entity::Summit); // the remaining tables are the summit's
}

} // namespace coe
