// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/readiness.h"

#include "domain/scale.h"
#include "storage/assessmentbatch.h"
#include "storage/assessmenthistory.h"
#include "storage/catalog.h"
#include "storage/packedassessment.h"
#include "storage/planrepository.h"
#include "storage/scalelevels.h"
#include "storage/workspace.h"
#include "storage/workspacesettings.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace coe {

namespace {

quint64 cellKey(Id person, Id skill)
{
    return (quint64(person) << 32) | quint64(quint32(skill));
}

QDate monthEnd(const QDate& date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

} // namespace

Result<Readiness> Readiness::load(Workspace& ws)
{
    Readiness r;
    r.m_weights = readWorkspaceSettings(ws).weights;
    auto scale = readScale(ws);
    if (!scale)
        return scale.error();
    for (const ScaleLevel& level : std::as_const(scale.value())) {
        r.m_labels << Scale::shown(level.label);
        if (level.meaning == ScaleLevel::Independent)
            r.m_independent = level.level;
        if (level.meaning == ScaleLevel::Teacher)
            r.m_teacher = level.level;
    }
    Catalog catalog(ws);
    auto teams = catalog.teams();
    auto people = catalog.people();
    auto skills = catalog.skills();
    auto requirements = catalog.requirements();
    auto engagements = PlanRepository(ws).engagements();
    if (!teams || !people || !skills || !requirements || !engagements)
        return !teams          ? teams.error()
               : !people       ? people.error()
               : !skills       ? skills.error()
               : !requirements ? requirements.error()
                               : engagements.error();
    for (const Team& t : std::as_const(teams.value()))
        r.m_teams.insert(t.id, t.name);
    for (const Skill& s : std::as_const(skills.value()))
        r.m_skills.insert(s.id, s.name);
    auto categories = catalog.categories();
    if (!categories)
        return categories.error();
    QHash<Id, SkillCategory> byId;
    for (const SkillCategory& c : std::as_const(categories.value()))
        byId.insert(c.id, c);
    for (const SkillCategory& c : std::as_const(categories.value())) {
        if (c.parentId == 0)
            r.m_categoryOrder << c.name;
    }
    for (const Skill& s : std::as_const(skills.value())) {
        Id top = s.categoryId;
        for (int guard = 0; byId.value(top).parentId != 0 && guard < 100; ++guard)
            top = byId.value(top).parentId;
        r.m_skillCategory.insert(s.id, byId.value(top).name);
    }
    for (const Person& p : std::as_const(people.value())) {
        r.m_people.insert(p.id, {p.name, p.teamId, p.external});
        if (p.teamId)
            r.m_members[p.teamId].append(p.id);
    }
    for (const TeamRequirement& q : std::as_const(requirements.value()))
        r.m_requirements[q.teamId].append({q.skillId, q.minIndependent, q.teacherRequired});
    for (auto& list : r.m_requirements)
        std::sort(list.begin(), list.end(), [&r](const Requirement& a, const Requirement& b) {
            return r.m_skills.value(a.skill).compare(r.m_skills.value(b.skill), Qt::CaseInsensitive) < 0;
        });
    for (const Engagement& e : std::as_const(engagements.value())) {
        EngagementInfo info{e.name, e.teamId, e.rollOffOn, e.consultantIds, {}};
        for (const Capability& c : e.capabilities) {
            CapabilityInfo capability{c.name, {}};
            for (const PhaseChange& change : c.history)
                capability.phases.append({int(change.changedOn.toJulianDay()), int(change.phase)});
            info.capabilities.append(capability);
        }
        r.m_engagements.append(info);
    }

    // The history that can matter: members' and engaged consultants' assessments in the skills
    // their team requires, put in (person, skill, id) order here; a row reached twice (a
    // consultant who is also a member) is kept once.
    struct Entry
    {
        quint64 cell;
        qint64 order; ///< AssessmentBatches::rowOrder or batchOrder
        Row row;
    };
    std::vector<Entry> entries;
    auto read = AssessmentHistory(ws).requiredRows([&entries](const AssessmentHistory::Packed& p) {
        const PackedAssessment a = PackedAssessment::decode(int(p.value / 100000000));
        entries.push_back({p.cell, AssessmentBatches::rowOrder(p.id),
                           Row{int(p.value % 100000000), quint8(a.source), qint8(a.level.value_or(-1)),
                               qint8(a.interest.value_or(-1))}});
    });
    if (!read)
        return read.error();
    // Batch cells of the same people and skills.
    auto batches = AssessmentBatches::all(ws);
    if (!batches)
        return batches.error();
    if (!batches->empty()) {
        QHash<Id, QSet<Id>> wanted; // person → the skills their teams require
        for (const auto& [team, members] : std::as_const(r.m_members).asKeyValueRange()) {
            const QList<Requirement> needs = r.m_requirements.value(team);
            for (const Requirement& need : needs)
                for (Id person : members)
                    wanted[person].insert(need.skill);
        }
        for (const EngagementInfo& e : std::as_const(r.m_engagements)) {
            const QList<Requirement> needs = r.m_requirements.value(e.team);
            for (const Requirement& need : needs)
                for (Id person : e.consultants)
                    wanted[person].insert(need.skill);
        }
        for (size_t b = 0; b < batches->size(); ++b) { // in (afterId, id) order
            const AssessmentBatch& batch = batches->at(b);
            const qint64 order = AssessmentBatches::batchOrder(batch.afterId, qsizetype(b));
            QHash<Id, qsizetype> column;
            for (qsizetype s = 0; s < batch.skills.size(); ++s)
                column.insert(batch.skills.at(s), s);
            const int day = int(batch.assessedOn.toJulianDay());
            for (qsizetype p = 0; p < batch.people.size(); ++p) {
                const auto required = wanted.constFind(batch.people.at(p));
                if (required == wanted.cend())
                    continue;
                for (Id skill : *required) {
                    const qsizetype s = column.value(skill, -1);
                    if (s < 0 || !batch.level(p, s))
                        continue;
                    entries.push_back({cellKey(batch.people.at(p), skill), order,
                                       Row{day, quint8(batch.source), qint8(*batch.level(p, s)), -1}});
                }
            }
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return std::tie(a.cell, a.order) < std::tie(b.cell, b.order); });
    r.m_rows.reserve(entries.size());
    r.m_cells.reserve(qsizetype(entries.size() / 2));
    for (size_t i = 0; i < entries.size();) {
        const quint64 cell = entries[i].cell;
        const qsizetype start = qsizetype(r.m_rows.size());
        for (; i < entries.size() && entries[i].cell == cell; ++i) {
            if (i == 0 || entries[i - 1].cell != cell || entries[i - 1].order != entries[i].order)
                r.m_rows.push_back(entries[i].row);
        }
        r.m_cells.insert(cell, {start, qsizetype(r.m_rows.size())});
    }
    return r;
}

QList<Id> Readiness::teamIds() const
{
    QList<Id> ids = m_teams.keys();
    std::sort(ids.begin(), ids.end(),
              [this](Id a, Id b) { return m_teams.value(a).compare(m_teams.value(b), Qt::CaseInsensitive) < 0; });
    return ids;
}

std::optional<Id> Readiness::teamByName(const QString& name) const
{
    for (auto [id, team] : m_teams.asKeyValueRange())
        if (team.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return id;
    return std::nullopt;
}

Readiness::Cell Readiness::cellAt(Id person, Id skill, int day) const
{
    const auto range = m_cells.constFind(cellKey(person, skill));
    if (range == m_cells.cend())
        return {};
    std::array<int, 3> bestDay{-1, -1, -1};
    std::array<int, 3> level{-1, -1, -1};
    int interestDay = -1;
    int interest = -1;
    for (qsizetype i = range->first; i < range->second; ++i) {
        const Row& row = m_rows[size_t(i)];
        if (row.day > day)
            continue;
        if (row.day >= bestDay[size_t(row.source)]) { // rows are in id order: later entries win ties
            bestDay[size_t(row.source)] = row.day;
            level[size_t(row.source)] = row.level;
        }
        if (row.interest >= 0 && row.day >= interestDay) {
            interestDay = row.day;
            interest = row.interest;
        }
    }
    Cell cell;
    for (Source source : {Source::Lead, Source::Consultant, Source::Self}) {
        if (level[size_t(source)] >= 0) {
            cell.level = level[size_t(source)];
            break;
        }
    }
    if (interest >= 0)
        cell.interest = interest;
    return cell;
}

QString Readiness::levelLabel(int level) const
{
    return m_labels.value(level, QString::number(level));
}

std::optional<double> Readiness::combine(const Weights& w, std::optional<double> coverage,
                                         std::optional<double> teacher, std::optional<double> handover)
{
    double sum = 0;
    double weight = 0;
    for (const auto& [value, wt] :
         {std::pair{coverage, w.coverage}, std::pair{teacher, w.teacher}, std::pair{handover, w.handover}}) {
        if (value && wt > 0) {
            sum += wt * *value;
            weight += wt;
        }
    }
    if (weight <= 0)
        return std::nullopt;
    return 100.0 * sum / weight;
}

Readiness::Members Readiness::membersOf(Id team) const
{
    Members members;
    const QList<Id> people = m_members.value(team);
    for (Id person : people) {
        if (m_people.value(person).external)
            members.external.insert(person);
        else
            members.internal.append(person);
    }
    for (const EngagementInfo& e : m_engagements) {
        if (e.team == team)
            for (Id consultant : e.consultants)
                members.external.insert(consultant);
    }
    return members;
}

void Readiness::scoreSkills(Id team, int day, const Members& members, TeamReadiness& result,
                            QHash<Id, QList<Candidate>>* cells) const
{
    const QList<Requirement> requirements = m_requirements.value(team);
    double coverageSum = 0;
    double teacherSum = 0;
    int teacherCount = 0;
    for (const Requirement& requirement : requirements) {
        SkillReadiness s;
        s.skillId = requirement.skill;
        s.skill = m_skills.value(requirement.skill);
        s.required = std::max(1, requirement.minIndependent);
        s.teacherRequired = requirement.teacherRequired;
        QList<Candidate>* candidates = cells ? &(*cells)[requirement.skill] : nullptr; // only next actions need them
        for (Id person : std::as_const(members.internal)) {
            const Cell cell = cellAt(person, requirement.skill, day);
            if (candidates)
                candidates->append({person, cell});
            if (cell.level && *cell.level >= m_independent)
                ++s.independent;
            if (cell.level && *cell.level >= m_teacher)
                s.hasTeacher = true;
        }
        s.coverage = std::min(1.0, double(s.independent) / s.required);
        s.singlePointOfFailure = s.independent == 1;
        if (s.independent == 0) {
            for (Id person : members.external) {
                const Cell cell = cellAt(person, requirement.skill, day);
                if (cell.level && *cell.level >= m_independent) {
                    s.consultantDependent = true;
                    break;
                }
            }
        }
        coverageSum += s.coverage;
        if (s.teacherRequired) {
            teacherSum += s.hasTeacher ? 1 : 0;
            ++teacherCount;
        }
        if (s.singlePointOfFailure)
            result.singlePointsOfFailure << s.skill;
        if (s.consultantDependent)
            result.consultantDependent << s.skill;
        result.skills.append(s);
    }
    if (!requirements.isEmpty())
        result.coverage = coverageSum / requirements.size();
    if (teacherCount > 0)
        result.teacher = teacherSum / teacherCount;
}

QList<Readiness::PhaseNow> Readiness::phasesAt(Id team, int day) const
{
    QList<PhaseNow> phases;
    for (const EngagementInfo& e : m_engagements) {
        if (e.team != team)
            continue;
        for (const CapabilityInfo& c : e.capabilities) {
            int phase = -1;
            for (const auto& [changed, value] : c.phases)
                if (changed <= day)
                    phase = value;
            if (phase >= 0)
                phases.append({c.name, phase});
        }
    }
    return phases;
}

void Readiness::scoreCategoriesAndHandover(const QList<PhaseNow>& phases, TeamReadiness& result) const
{
    for (const PhaseNow& p : phases)
        ++result.phases[size_t(std::clamp(p.phase, 0, 3))];
    for (const QString& category : m_categoryOrder) {
        CategoryCoverage c{category, 0, 0};
        for (const SkillReadiness& s : std::as_const(result.skills)) {
            if (m_skillCategory.value(s.skillId) == category) {
                c.coverage += s.coverage;
                ++c.skills;
            }
        }
        if (c.skills > 0) {
            c.coverage /= c.skills;
            result.categories.append(c);
        }
    }
    if (!phases.isEmpty()) {
        double sum = 0;
        for (const PhaseNow& p : phases)
            sum += p.phase / 3.0;
        result.handover = sum / phases.size();
    }
}

void Readiness::forecast(Id team, const QDate& date, TeamReadiness& result) const
{
    // A line through the last six month-end values, to each roll-off date.
    const auto points = trend(team, date, 6);
    for (const EngagementInfo& e : m_engagements) {
        if (e.team != team || !e.rollOff.isValid())
            continue;
        if (const auto projected = project(points, e.rollOff))
            result.forecasts.append({e.name, e.rollOff, std::clamp(*projected, 0.0, 100.0)});
    }
}

QString Readiness::candidatesText(QList<Candidate> list) const
{
    if (list.isEmpty())
        return tr("nobody in the team yet; look wider or hire");
    std::stable_sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) {
        if (a.cell.level.value_or(-1) != b.cell.level.value_or(-1))
            return a.cell.level.value_or(-1) > b.cell.level.value_or(-1);
        return a.cell.interest.value_or(-1) > b.cell.interest.value_or(-1);
    });
    QStringList names;
    for (int i = 0; i < std::min<qsizetype>(3, list.size()); ++i) {
        const Candidate& c = list.at(i);
        QStringList parts;
        parts << (c.cell.level ? levelLabel(*c.cell.level) : tr("not assessed"));
        if (c.cell.interest && *c.cell.interest >= 2)
            parts << Interest::label(*c.cell.interest).toLower();
        names << QStringLiteral("%1 (%2)").arg(m_people.value(c.person).name.section(QLatin1Char(' '), 0, 0),
                                               parts.join(QStringLiteral(", ")));
    }
    return tr("candidates %1").arg(names.join(QStringLiteral(", ")));
}

QList<NextAction> Readiness::nextActions(const TeamReadiness& result, const QHash<Id, QList<Candidate>>& cells,
                                         const QList<PhaseNow>& phases) const
{
    int teacherCount = 0;
    for (const SkillReadiness& s : result.skills)
        teacherCount += s.teacherRequired ? 1 : 0;
    QList<NextAction> actions;
    const double base = *result.index;
    for (const SkillReadiness& s : result.skills) {
        if (s.independent < s.required) {
            const double coverage =
                *result.coverage +
                (std::min(1.0, double(s.independent + 1) / s.required) - s.coverage) / result.skills.size();
            const double gain = *combine(m_weights, coverage, result.teacher, result.handover) - base;
            QList<Candidate> below;
            const QList<Candidate> candidates = cells.value(s.skillId);
            for (const Candidate& c : candidates)
                if (!c.cell.level || *c.cell.level < m_independent)
                    below.append(c);
            actions.append({tr("%1: one more Independent needed; %2").arg(s.skill, candidatesText(below)), gain});
        }
        if (s.teacherRequired && !s.hasTeacher) {
            const double teacher = *result.teacher + 1.0 / teacherCount;
            const double gain = *combine(m_weights, result.coverage, teacher, result.handover) - base;
            QList<Candidate> ready;
            const QList<Candidate> candidates = cells.value(s.skillId);
            for (const Candidate& c : candidates)
                if (c.cell.level && *c.cell.level >= m_independent && *c.cell.level < m_teacher)
                    ready.append(c);
            actions.append({tr("%1: a Teacher is needed; %2").arg(s.skill, candidatesText(ready)), gain});
        }
    }
    static const char* const phaseNames[] = {QT_TR_NOOP("Expert leads"), QT_TR_NOOP("Pairing"),
                                             QT_TR_NOOP("Staff leads"), QT_TR_NOOP("Handed over")};
    for (const PhaseNow& p : phases) {
        if (p.phase >= 3)
            continue;
        const double handover = *result.handover + (1.0 / 3.0) / phases.size();
        const double gain = *combine(m_weights, result.coverage, result.teacher, handover) - base;
        actions.append(
            {tr("%1: move from %2 to %3").arg(p.name, tr(phaseNames[p.phase]), tr(phaseNames[p.phase + 1])), gain});
    }
    std::stable_sort(actions.begin(), actions.end(),
                     [](const NextAction& a, const NextAction& b) { return a.gain > b.gain; });
    QList<NextAction> best;
    for (const NextAction& a : std::as_const(actions)) {
        if (best.size() == 3)
            break;
        if (a.gain > 1e-9)
            best.append(a);
    }
    return best;
}

TeamReadiness Readiness::compute(Id team, const QDate& date, bool brief) const
{
    TeamReadiness result;
    result.teamId = team;
    result.team = m_teams.value(team);
    result.date = date;
    const int day = int(date.toJulianDay());
    QHash<Id, QList<Candidate>> cells; // skill → internal members' cells, for next actions
    scoreSkills(team, day, membersOf(team), result, brief ? nullptr : &cells);
    const QList<PhaseNow> phases = phasesAt(team, day);
    scoreCategoriesAndHandover(phases, result);
    result.index = combine(m_weights, result.coverage, result.teacher, result.handover);
    if (brief)
        return result;
    forecast(team, date, result);
    if (result.index)
        result.nextActions = nextActions(result, cells, phases); // what raises the index most
    return result;
}

QList<std::pair<QDate, double>> Readiness::trend(Id team, const QDate& end, int months) const
{
    QList<std::pair<QDate, double>> points;
    for (int i = months - 1; i >= 0; --i) {
        const QDate date = std::min(monthEnd(end.addMonths(-i)), end);
        const TeamReadiness r = compute(team, date, true);
        if (r.index)
            points.append({date, *r.index});
    }
    return points;
}

std::optional<double> Readiness::project(const QList<std::pair<QDate, double>>& points, const QDate& at)
{
    if (points.size() < 2)
        return std::nullopt;
    const QDate origin = points.first().first;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto& [date, value] : points) {
        const double x = double(origin.daysTo(date));
        sx += x;
        sy += value;
        sxx += x * x;
        sxy += x * value;
    }
    const double n = double(points.size());
    const double denominator = n * sxx - sx * sx;
    if (std::abs(denominator) < 1e-12)
        return sy / n;
    const double slope = (n * sxy - sx * sy) / denominator;
    const double intercept = (sy - slope * sx) / n;
    return intercept + slope * double(origin.daysTo(at));
}

} // namespace coe
