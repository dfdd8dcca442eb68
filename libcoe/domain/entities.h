// SPDX-License-Identifier: GPL-3.0-or-later
// Plain value types for the rows the editors work with. Ids are 0 until stored; version is
// the row version the value was read at (for optimistic concurrency on shared databases).
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace coe {

using Id = qint64;

/// The longest name of a person, team, role, skill or category that an import accepts: far
/// past any real name, short enough that a runaway cell is not taken for one.
constexpr int kMaxNameLength = 200;
constexpr int kMaxEmailLength = 254; ///< RFC 5321's limit for a forward path

struct Team
{
    Id id = 0;
    QString name;
    QString description;
    int version = 0;
};

struct Role
{
    Id id = 0;
    QString name;
    QString description;
    int version = 0;
};

/// Internal staff or an external consultant.
struct Person
{
    Id id = 0;
    QString name;
    QString email;
    bool external = false;
    Id teamId = 0; ///< 0: no team
    Id roleId = 0; ///< 0: no role
    QString timeZone;
    int version = 0;
};

struct SkillCategory
{
    Id id = 0;
    Id parentId = 0; ///< 0: top level
    QString name;
    int position = 0;
    int version = 0;
};

struct Skill
{
    Id id = 0;
    Id categoryId = 0;
    QString name;
    QString description;
    int position = 0;
    int version = 0;
};

/// Who gave an assessment. The effective level prefers Lead, then Consultant, then Self.
enum class Source
{
    Self,       ///< the person about themselves
    Lead,       ///< their lead
    Consultant, ///< an outside expert
};

QString sourceName(Source source); ///< "self", "lead", "consultant"
std::optional<Source> sourceFromName(const QString& name);

/// One entry of the append-only assessment history.
struct Assessment
{
    Id id = 0;
    Id personId = 0;
    Id skillId = 0;
    Source source = Source::Lead;
    std::optional<int> level; ///< empty: the level was cleared
    std::optional<int> interest;
    QDate assessedOn;
    QString note;
};

/// How many internal people a team needs at Independent or above in a skill.
struct TeamRequirement
{
    Id teamId = 0;
    Id skillId = 0;
    int minIndependent = 2;
    bool teacherRequired = false;
};

} // namespace coe
