// SPDX-License-Identifier: GPL-3.0-or-later
// Team readiness: how ready a team is to run its platform without outside help.
//
// For team T at date D, each person's level in a skill is their effective level at D: per
// source the latest assessment dated on or before D, then the lead's, else the consultant's,
// else their own. The scale marks which level means Independent and which Teacher.
//
// - Members of T are the people whose team is T; internal ones are not external. External
//   people of T are its external members plus the consultants of T's engagements.
// - For each skill s that T requires (n = min_independent, default 2):
//     independent(s) = internal members at Independent or above
//     coverage(s)    = min(1, independent(s) / n)
//     teacher(s)     = 1 if an internal member is at Teacher, else 0 (only where required)
//     s is a single point of failure when independent(s) = 1, and consultant-dependent when
//     independent(s) = 0 while an external person of T is at Independent or above.
// - handover = mean over T's capabilities (existing at D) of the phase weight at D:
//   Expert leads 0, Pairing 1/3, Staff leads 2/3, Handed over 1.
// - index = 100 × (wc × mean coverage + wt × mean teacher + wh × handover), weights from the
//   workspace (default 0.5, 0.2, 0.3); a component with nothing to average drops out and the
//   remaining weights are scaled to sum to 1. With no component at all there is no index.
// - Trend: the index at the end of each month. Forecast: the least-squares line through the
//   last six monthly values, extended to each of T's engagements' roll-off dates.
// - Next actions: the three changes that raise the index most (one more Independent in a
//   skill, a Teacher where one is required, a capability one phase further), ranked by gain;
//   candidates ordered by level, then interest.
#pragma once

#include "core/result.h"
#include "domain/entities.h"
#include "domain/workspacesettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <array>
#include <optional>
#include <vector>

namespace coe {

class Workspace;

struct SkillReadiness
{
    Id skillId = 0;
    QString skill;
    int required = 2; ///< min_independent
    bool teacherRequired = false;
    int independent = 0;
    double coverage = 0;
    bool hasTeacher = false;
    bool singlePointOfFailure = false;
    bool consultantDependent = false;
};

struct NextAction
{
    QString text;
    double gain = 0; ///< index points
};

struct Forecast
{
    QString engagement;
    QDate rollOff;
    double index = 0; ///< projected, clamped to 0-100
};

/// Mean coverage of a team's required skills in one top-level skill category.
struct CategoryCoverage
{
    QString category;
    double coverage = 0;
    int skills = 0;
};

struct TeamReadiness
{
    Id teamId = 0;
    QString team;
    QDate date;
    std::optional<double> index;    ///< 0-100
    std::optional<double> coverage; ///< mean over required skills, 0-1
    std::optional<double> teacher;  ///< mean over skills that require a Teacher, 0-1
    std::optional<double> handover; ///< mean phase weight, 0-1
    QList<SkillReadiness> skills;
    QStringList singlePointsOfFailure;
    QStringList consultantDependent;
    QList<Forecast> forecasts;
    QList<NextAction> nextActions;
    QList<CategoryCoverage> categories; ///< in the workspace's category order
    std::array<int, 4> phases{};        ///< capabilities per phase (Expert leads … Handed over)
};

class Readiness
{
    Q_DECLARE_TR_FUNCTIONS(Readiness)

public:
    using Weights = ReadinessWeights;

    /// Reads everything readiness needs once; computing afterwards touches no database.
    static Result<Readiness> load(Workspace& ws);

    QList<Id> teamIds() const;
    std::optional<Id> teamByName(const QString& name) const;
    /// Readiness of @p team at @p date, without forecast and next actions when @p brief.
    TeamReadiness compute(Id team, const QDate& date, bool brief = false) const;
    /// The index at the end of each of the @p months months up to @p end (oldest first);
    /// months without an index are left out.
    QList<std::pair<QDate, double>> trend(Id team, const QDate& end, int months) const;
    /// The least-squares line through @p points (x: days), evaluated at @p at.
    static std::optional<double> project(const QList<std::pair<QDate, double>>& points, const QDate& at);

    Weights weights() const { return m_weights; }
    QString teamName(Id team) const { return m_teams.value(team); }
    /// Top-level skill categories in display order.
    QStringList categoryNames() const { return m_categoryOrder; }

private:
    struct Row
    {
        int day = 0;         ///< Julian day
        quint8 source = 0;   ///< Source: 0, 1 or 2, an index into the per-source arrays
        qint8 level = -1;    ///< -1: cleared
        qint8 interest = -1; ///< -1: none
    };
    struct Cell
    {
        std::optional<int> level;
        std::optional<int> interest;
    };
    struct PersonInfo
    {
        QString name;
        Id team = 0;
        bool external = false;
    };
    struct Requirement
    {
        Id skill = 0;
        int minIndependent = 2;
        bool teacherRequired = false;
    };
    struct CapabilityInfo
    {
        QString name;
        QList<std::pair<int, int>> phases; ///< (Julian day, phase), in order
    };
    struct EngagementInfo
    {
        QString name;
        Id team = 0;
        QDate rollOff;
        QList<Id> consultants;
        QList<CapabilityInfo> capabilities;
    };

    /// A team's internal people, and the externals who count for consultant dependency (its
    /// external members and its engagements' consultants).
    struct Members
    {
        QList<Id> internal;
        QSet<Id> external;
    };
    /// An internal member's cell in a required skill: who could close a gap.
    struct Candidate
    {
        Id person;
        Cell cell;
    };
    /// A capability's phase at the date of a computation.
    struct PhaseNow
    {
        QString name;
        int phase;
    };

    // The steps of compute(), in order.
    Members membersOf(Id team) const;
    /// Each required skill's coverage and Teachers, and the team's coverage and Teacher score;
    /// fills @p cells (skill → candidates) unless it is null.
    void scoreSkills(Id team, int day, const Members& members, TeamReadiness& result,
                     QHash<Id, QList<Candidate>>* cells) const;
    QList<PhaseNow> phasesAt(Id team, int day) const;
    void scoreCategoriesAndHandover(const QList<PhaseNow>& phases, TeamReadiness& result) const;
    void forecast(Id team, const QDate& date, TeamReadiness& result) const;
    /// Up to three actions that raise the index most, each with its candidates.
    QList<NextAction> nextActions(const TeamReadiness& result, const QHash<Id, QList<Candidate>>& cells,
                                  const QList<PhaseNow>& phases) const;
    /// "candidates Ana (Coached, keen), …" for the best three of @p list, or that there is nobody.
    QString candidatesText(QList<Candidate> list) const;

    Cell cellAt(Id person, Id skill, int day) const;
    QString levelLabel(int level) const;
    static std::optional<double> combine(const Weights& w, std::optional<double> coverage,
                                         std::optional<double> teacher, std::optional<double> handover);

    Weights m_weights;
    int m_independent = 3;
    int m_teacher = 4;
    QStringList m_labels;
    QHash<Id, QString> m_teams;
    QHash<Id, QString> m_skills;
    QHash<Id, QString> m_skillCategory; ///< skill → top-level category name
    QStringList m_categoryOrder;
    QHash<Id, PersonInfo> m_people;
    QHash<Id, QList<Id>> m_members; ///< team → people
    QHash<Id, QList<Requirement>> m_requirements;
    QList<EngagementInfo> m_engagements;
    std::vector<Row> m_rows;                                 ///< grouped by (person, skill), in id order
    QHash<quint64, std::pair<qsizetype, qsizetype>> m_cells; ///< (person, skill) → [first, end) of m_rows
};

} // namespace coe
