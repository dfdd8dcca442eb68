// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/programme.h"

#include "domain/scale.h"
#include "storage/matrixdata.h"

#include <QSet>

#include <algorithm>

namespace coe {

QList<TrackSuggestion> Programme::suggest(const MatrixData& data, const Summit& summit, int tracks, int speakers)
{
    int teacher = -1;
    for (const ScaleLevel& level : data.scale())
        if (level.meaning == ScaleLevel::Teacher)
            teacher = level.level;

    // Gaps per skill over internal people, then per top-level area.
    QList<int> skillGap(data.skillCount(), 0);
    QHash<QString, QSet<int>> peopleByArea;
    const auto areaOf = [&data](int skill) {
        return data.categories().at(data.skills().at(skill).categoryIndex).name.section(QStringLiteral(" / "), 0, 0);
    };
    for (int p = 0; p < data.personCount(); ++p) {
        if (data.people().at(p).external)
            continue;
        for (int s = 0; s < data.skillCount(); ++s) {
            if (const int gap = data.gap(p, s); gap > 0) {
                skillGap[s] += gap;
                peopleByArea[areaOf(s)].insert(p);
            }
        }
    }
    QHash<QString, TrackSuggestion> byArea;
    QHash<QString, QList<int>> areaSkills;
    for (int s = 0; s < data.skillCount(); ++s) {
        const QString area = areaOf(s);
        TrackSuggestion& t = byArea[area];
        t.track = area;
        t.gap += skillGap[s];
        areaSkills[area].append(s);
    }
    QList<TrackSuggestion> ranked;
    for (auto it = byArea.begin(); it != byArea.end(); ++it) {
        if (it->gap <= 0)
            continue;
        QList<int>& skills = areaSkills[it.key()];
        std::stable_sort(skills.begin(), skills.end(), [&](int a, int b) { return skillGap[a] > skillGap[b]; });
        for (int s : std::as_const(skills))
            if (skillGap[s] > 0)
                it->skills << data.skills().at(s).name;
        it->people = int(peopleByArea.value(it.key()).size());
        it->existingTrack = std::any_of(summit.tracks.cbegin(), summit.tracks.cend(), [&it](const Track& t) {
            return t.name.compare(it->track, Qt::CaseInsensitive) == 0;
        });
        ranked.append(*it);
    }
    std::sort(ranked.begin(), ranked.end(), [](const TrackSuggestion& a, const TrackSuggestion& b) {
        return a.gap != b.gap ? a.gap > b.gap : a.track.compare(b.track, Qt::CaseInsensitive) < 0;
    });
    ranked = ranked.mid(0, tracks);

    QSet<Id> booked;
    for (const SummitItem& item : summit.items)
        for (Id id : item.speakerIds)
            booked.insert(id);
    QSet<int> suggested;
    for (TrackSuggestion& t : ranked) {
        const QStringList top = t.skills.mid(0, 3);
        t.reason = tr("%1 levels short across %2 people; largest gaps in %3.")
                       .arg(t.gap)
                       .arg(t.people)
                       .arg(top.join(QStringLiteral(", ")));
        if (t.existingTrack)
            t.reason += QLatin1Char(' ') + tr("The summit already has this track: give it more items.");
        if (teacher < 0)
            continue;
        struct Candidate
        {
            int person;
            QList<int> skills;
            int gap = 0;
        };
        QList<Candidate> candidates;
        for (int p = 0; p < data.personCount(); ++p) {
            const MatrixData::PersonInfo& person = data.people().at(p);
            if (person.external || booked.contains(person.id) || suggested.contains(p))
                continue;
            Candidate c{p, {}, 0};
            const QList<int> trackSkills = areaSkills.value(t.track);
            for (int s : trackSkills) {
                if (skillGap[s] > 0 && data.effectiveLevel(p, s).value_or(-1) >= teacher) {
                    c.skills << s;
                    c.gap += skillGap[s];
                }
            }
            if (!c.skills.isEmpty())
                candidates.append(c);
        }
        std::sort(candidates.begin(), candidates.end(), [&data](const Candidate& a, const Candidate& b) {
            if (a.skills.size() != b.skills.size())
                return a.skills.size() > b.skills.size();
            if (a.gap != b.gap)
                return a.gap > b.gap;
            return data.people().at(a.person).name.compare(data.people().at(b.person).name, Qt::CaseInsensitive) < 0;
        });
        const QList<Candidate> chosen = candidates.mid(0, speakers);
        for (const Candidate& c : chosen) {
            TrackSuggestion::Speaker s;
            s.person = data.people().at(c.person).id;
            s.name = data.people().at(c.person).name;
            QStringList gaps;
            for (int skill : c.skills) {
                s.skills << data.skills().at(skill).name;
                gaps << QString::number(skillGap[skill]);
            }
            s.reason = tr("Teacher in %1 (gaps %2); not speaking at this summit yet.")
                           .arg(s.skills.join(QStringLiteral(", ")), gaps.join(QStringLiteral(", ")));
            t.speakers.append(s);
            suggested.insert(c.person);
        }
    }
    return ranked;
}

} // namespace coe
