// SPDX-License-Identifier: GPL-3.0-or-later
// The skill matrix in memory: people × skills in flat arrays, 6 bytes per cell (three source
// levels, interest with a note flag, last-assessed day), so data() is O(1) and 10,000 × 500
// cells take about 30 MB. Targets come from roles (dense per role) and person overrides
// (sparse).
#pragma once

#include "core/changenotifier.h"
#include "core/result.h"
#include "domain/entities.h"
#include "domain/scale.h"
#include "storage/matrixcache.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <array>
#include <optional>
#include <vector>

namespace coe {

class Workspace;

class MatrixData
{
public:
    static constexpr int kSources = 3;

    struct PersonInfo
    {
        Id id = 0;
        QString name;
        QString email;
        Id teamId = 0;
        Id roleId = 0;
        bool external = false;
    };
    struct SkillInfo
    {
        Id id = 0;
        QString name;
        Id categoryId = 0;
        int categoryIndex = 0; ///< into categories()
    };
    struct CategoryInfo
    {
        Id id = 0;
        QString name;      ///< full path, "Cloud / AWS"
        QList<int> skills; ///< indexes into skills(), in display order
    };

    /// Whether a change of this kind of row can change what load() reads.
    static bool dependsOn(Entity entity);
    /// Reads people, skills (grouped by category in display order), the scale, targets and
    /// the latest assessment per person, skill and source.
    Result<void> load(Workspace& ws);
    /// Whether the last load() read the cells from the matrix cache (see MatrixCache).
    bool loadedFromCache() const { return m_fromCache; }
    /// Re-reads the cells of one person and skill from the database.
    Result<void> reloadCell(Workspace& ws, int person, int skill);

    int personCount() const { return int(m_people.size()); }
    int skillCount() const { return int(m_skills.size()); }
    const QList<PersonInfo>& people() const { return m_people; }
    const QList<SkillInfo>& skills() const { return m_skills; }
    const QList<CategoryInfo>& categories() const { return m_categories; }
    const QList<ScaleLevel>& scale() const { return m_scale; }
    const QHash<Id, QString>& teamNames() const { return m_teamNames; }
    int personIndex(Id id) const { return m_personIndex.value(id, -1); }
    int skillIndex(Id id) const { return m_skillIndex.value(id, -1); }

    std::optional<int> level(int person, int skill, Source source) const;
    /// Lead, else consultant, else self.
    std::optional<int> effectiveLevel(int person, int skill) const;
    std::optional<int> interest(int person, int skill) const;
    bool hasNote(int person, int skill) const;
    QDate lastAssessed(int person, int skill) const;
    /// The person's override, else their role's target.
    std::optional<int> target(int person, int skill) const;
    /// The person's own target for the skill (an override of their role's), if set.
    std::optional<int> personTarget(int person, int skill) const
    {
        const auto found = m_personTargets.constFind(cell(person, skill));
        return found == m_personTargets.cend() ? std::nullopt : std::optional<int>(found.value() - 1);
    }
    /// Target minus effective level when positive (an unassessed cell counts as level 0).
    int gap(int person, int skill) const;
    /// Bytes held by the per-cell arrays.
    qint64 cellBytes() const;

private:
    size_t cell(int person, int skill) const { return size_t(person) * size_t(m_skills.size()) + size_t(skill); }
    /// Days of the latest assessment per source and of the latest interest, while loading.
    struct Latest
    {
        std::array<quint16, kSources> source{};
        quint16 interest = 0;
    };
    /// Applies one assessment row; rows must come in id order (later rows win on equal days).
    void apply(size_t cell, int packed, qint64 julianDay, quint16* sourceDays, quint16* interestDay);
    /// Applies one batch cell (level + 1) of @p source; same order rule as apply().
    void applyLevel(size_t cell, size_t source, quint8 level, quint16 day, quint16* sourceDay)
    {
        if (day >= *sourceDay) {
            *sourceDay = day;
            m_levels[source][cell] = level;
        }
        if (day > m_days[cell])
            m_days[cell] = day;
    }
    /// Every assessment row and batch cell into the cell arrays; returns the rows read.
    Result<qint64> loadAssessments(Workspace& ws, const std::vector<int>& personOf, const std::vector<int>& skillOf);
    /// The cell arrays from the matrix cache plus the rows appended since; false when the
    /// cache cannot serve (then nothing was changed).
    Result<bool> loadFromCache(Workspace& ws, const QString& path, const MatrixCache::Stamp& now,
                               const std::vector<int>& personOf, const std::vector<int>& skillOf);
    void writeCache(const QString& path, const MatrixCache::Stamp& stamp) const;
    /// Person, skill, packed row, Julian day and, with @p withId, the row's id, in id order.
    static QString rowQuery(Workspace& ws, const QString& where, bool withId);

    QList<PersonInfo> m_people;
    QList<SkillInfo> m_skills;
    QList<CategoryInfo> m_categories;
    QList<ScaleLevel> m_scale;
    QHash<Id, QString> m_teamNames;
    QHash<Id, int> m_personIndex;
    QHash<Id, int> m_skillIndex;
    bool m_fromCache = false;
    std::array<std::vector<quint8>, kSources> m_levels; ///< level + 1; 0 = none
    std::vector<quint8> m_interest;                     ///< bits 0-2: interest + 1; bit 7: has note
    std::vector<quint16> m_days;                        ///< days since 2000-01-01 + 1; 0 = never
    QHash<Id, std::vector<quint8>> m_roleTargets;       ///< role → target + 1 per skill
    QHash<quint64, quint8> m_personTargets;             ///< cell → target + 1
};

} // namespace coe
