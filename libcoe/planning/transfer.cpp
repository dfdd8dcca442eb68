// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/transfer.h"

#include "domain/scale.h"
#include "storage/matrixdata.h"

#include <algorithm>

namespace coe {

namespace {

int meaningLevel(const MatrixData& data, ScaleLevel::Meaning meaning, int fallback)
{
    for (const ScaleLevel& level : data.scale())
        if (level.meaning == meaning)
            return level.level;
    return fallback;
}

QString levelLabel(const MatrixData& data, std::optional<int> level)
{
    if (!level)
        return Transfer::tr("not assessed");
    for (const ScaleLevel& l : data.scale())
        if (l.level == *level)
            return Scale::shown(l.label);
    return QString::number(*level);
}

} // namespace

int Transfer::coachedLevel(const MatrixData& data)
{
    return meaningLevel(data, ScaleLevel::Independent, 3) - 1;
}

QList<TransferWarning> Transfer::warnings(const QList<Engagement>& engagements, const MatrixData& data,
                                          const QDate& today)
{
    QList<TransferWarning> list;
    const int coached = coachedLevel(data);
    for (const Engagement& e : engagements) {
        for (const Capability& c : e.capabilities) {
            const qint64 left = today.daysTo(e.rollOffOn);
            if (c.phase() == Phase::ExpertLeads && e.rollOffOn.isValid() && left <= kRollOffWarningDays)
                list.append({TransferWarning::ExpertLeadsNearRollOff, e.id, c.id, 0,
                             left >= 0 ? tr("%1 is still at Expert leads, %2 days before %3 rolls off.")
                                             .arg(c.name)
                                             .arg(left)
                                             .arg(e.name)
                                       : tr("%1 is still at Expert leads, and %2 rolled off %3 days ago.")
                                             .arg(c.name, e.name)
                                             .arg(-left)});
            const int owner = data.personIndex(c.ownerId);
            if (owner < 0)
                continue;
            for (Id skillId : c.skillIds) {
                const int skill = data.skillIndex(skillId);
                if (skill < 0)
                    continue;
                const std::optional<int> level = data.effectiveLevel(owner, skill);
                if (level.value_or(-1) < coached)
                    list.append({TransferWarning::OwnerBelowCoached, e.id, c.id, skillId,
                                 tr("%1 owns %2 but is %3 in %4 (below Coached).")
                                     .arg(data.people().at(owner).name, c.name, levelLabel(data, level),
                                          data.skills().at(skill).name)});
            }
        }
    }
    return list;
}

QList<PersonSuggestion> Transfer::instructors(const MatrixData& data, const QList<Id>& skills)
{
    const int teacher = meaningLevel(data, ScaleLevel::Teacher, 4);
    const int independent = meaningLevel(data, ScaleLevel::Independent, 3);
    struct Candidate
    {
        int person;
        QStringList teaches;
        QStringList knows;
    };
    QList<Candidate> candidates;
    for (int p = 0; p < data.personCount(); ++p) {
        Candidate c{p, {}, {}};
        for (Id id : skills) {
            const int s = data.skillIndex(id);
            if (s < 0)
                continue;
            const int level = data.effectiveLevel(p, s).value_or(-1);
            if (level >= teacher)
                c.teaches << data.skills().at(s).name;
            else if (level >= independent)
                c.knows << data.skills().at(s).name;
        }
        if (!c.teaches.isEmpty() || !c.knows.isEmpty())
            candidates.append(c);
    }
    std::sort(candidates.begin(), candidates.end(), [&data](const Candidate& a, const Candidate& b) {
        if (a.teaches.size() != b.teaches.size())
            return a.teaches.size() > b.teaches.size();
        if (a.knows.size() != b.knows.size())
            return a.knows.size() > b.knows.size();
        return data.people().at(a.person).name.compare(data.people().at(b.person).name, Qt::CaseInsensitive) < 0;
    });
    QList<PersonSuggestion> list;
    for (const Candidate& c : std::as_const(candidates)) {
        QStringList parts;
        if (!c.teaches.isEmpty())
            parts << tr("Teacher in %1").arg(c.teaches.join(QStringLiteral(", ")));
        if (!c.knows.isEmpty())
            parts << tr("Independent in %1").arg(c.knows.join(QStringLiteral(", ")));
        const MatrixData::PersonInfo& person = data.people().at(c.person);
        QString reason = parts.join(QStringLiteral("; "));
        if (person.external)
            reason += QLatin1Char(' ') + tr("(external)");
        list.append({person.id, person.name, reason});
    }
    return list;
}

QList<PersonSuggestion> Transfer::attendees(const MatrixData& data, const QList<Id>& skills, Id instructor)
{
    const int independent = meaningLevel(data, ScaleLevel::Independent, 3);
    struct Candidate
    {
        int person;
        int gap = 0;
        int interest = -1;
        QStringList why;
    };
    QList<Candidate> candidates;
    for (int p = 0; p < data.personCount(); ++p) {
        const MatrixData::PersonInfo& person = data.people().at(p);
        if (person.external || person.id == instructor)
            continue;
        Candidate c{p, 0, -1, {}};
        for (Id id : skills) {
            const int s = data.skillIndex(id);
            if (s < 0)
                continue;
            const int gap = data.gap(p, s);
            const int interest = data.interest(p, s).value_or(-1);
            const std::optional<int> level = data.effectiveLevel(p, s);
            const bool keen = interest >= 2 && level.value_or(-1) < independent;
            if (gap <= 0 && !keen)
                continue;
            c.gap += std::max(0, gap);
            c.interest = std::max(c.interest, keen ? interest : -1);
            QString why = tr("%1: %2").arg(data.skills().at(s).name, levelLabel(data, level));
            if (gap > 0)
                why += QLatin1Char(' ') + tr("(target %1)").arg(levelLabel(data, data.target(p, s)));
            if (keen)
                why += QStringLiteral(", ") + Interest::label(interest).toLower();
            c.why << why;
        }
        if (!c.why.isEmpty())
            candidates.append(c);
    }
    std::sort(candidates.begin(), candidates.end(), [&data](const Candidate& a, const Candidate& b) {
        if (a.gap != b.gap)
            return a.gap > b.gap;
        if (a.interest != b.interest)
            return a.interest > b.interest;
        return data.people().at(a.person).name.compare(data.people().at(b.person).name, Qt::CaseInsensitive) < 0;
    });
    QList<PersonSuggestion> list;
    for (const Candidate& c : std::as_const(candidates))
        list.append({data.people().at(c.person).id, data.people().at(c.person).name, c.why.join(QStringLiteral("; "))});
    return list;
}

} // namespace coe
