// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/matriximport.h"

#include "commands/batch.h"
#include "commands/importcommand.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

#include <QHash>
#include <QSet>

namespace coe {

namespace {

QString key(const QString& text)
{
    return text.trimmed().toLower();
}

/// Finds a level by number or label.
class LevelReader
{
public:
    explicit LevelReader(const QList<ScaleLevel>& scale)
        : m_scale(scale)
    {
        for (const ScaleLevel& level : scale)
            m_labels.insert(key(level.label), level.level);
    }
    std::optional<int> read(QStringView text) const
    {
        const QStringView t = text.trimmed();
        // Most cells are one digit: no conversion for those.
        if (t.size() == 1 && t.front().unicode() >= u'0' && t.front().unicode() - u'0' < m_scale.size())
            return t.front().unicode() - u'0';
        bool number = false;
        const double value = t.toDouble(&number);
        if (number && value == int(value) && value >= 0 && value < m_scale.size())
            return int(value);
        const auto found = m_labels.constFind(key(t.toString()));
        return found == m_labels.cend() ? std::nullopt : std::optional<int>(found.value());
    }
    QString expected() const
    {
        return MatrixImport::tr("0 to %1, or a label such as %2").arg(m_scale.size() - 1).arg(m_scale.isEmpty() ? QString() : m_scale.last().label);
    }

private:
    QList<ScaleLevel> m_scale;
    QHash<QString, int> m_labels;
};

} // namespace

MatrixImport::Mapping MatrixImport::detect(const QStringList& header)
{
    const auto column = [&header](const QStringList& names) {
        for (int i = 0; i < header.size(); ++i) {
            QString h = key(header.at(i));
            h.remove(QLatin1Char(' '));
            h.remove(QLatin1Char('_'));
            for (const QString& n : names)
                if (h == n)
                    return i;
        }
        return -1;
    };
    Mapping m;
    m.person = column({QStringLiteral("person"), QStringLiteral("name"), QStringLiteral("fullname")});
    m.email = column({QStringLiteral("email"), QStringLiteral("e-mail"), QStringLiteral("mail")});
    m.team = column({QStringLiteral("team")});
    m.skill = column({QStringLiteral("skill")});
    m.level = column({QStringLiteral("level")});
    m.source = column({QStringLiteral("source")});
    m.date = column({QStringLiteral("date"), QStringLiteral("assessedon")});
    m.note = column({QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("comment")});
    m.longForm = m.skill >= 0 && m.level >= 0;
    return m;
}

Result<MatrixImport::Plan> MatrixImport::plan(Workspace& ws, const QString& path, const Options& options)
{
    auto sheet = Spreadsheet::read(path);
    if (!sheet)
        return sheet.error();
    return plan(ws, sheet.value(), options);
}

Result<MatrixImport::Plan> MatrixImport::plan(Workspace& ws, const Spreadsheet& spreadsheet, const Options& options)
{
    const Spreadsheet* sheet = &spreadsheet;
    Plan plan;
    plan.fileName = sheet->fileName();
    const QStringList header = sheet->header();
    const Mapping mapping = options.mapping.value_or(detect(header));
    const int personCol = mapping.person;
    const int emailCol = mapping.email;
    const int teamCol = mapping.team;
    const int skillCol = mapping.skill;
    const int levelCol = mapping.level;
    const int sourceCol = mapping.source;
    const int dateCol = mapping.date;
    const int noteCol = mapping.note;
    if (personCol < 0)
        return Error{Error::Invalid, tr("%1: no Person (or Name) column in the header row.").arg(sheet->where(1))};
    plan.longForm = mapping.longForm;
    if (plan.longForm && (skillCol < 0 || levelCol < 0))
        return Error{Error::Invalid, tr("%1: a long file needs a Skill and a Level column.").arg(sheet->where(1))};

    Catalog catalog(ws);
    auto people = catalog.people();
    auto skills = catalog.skills();
    auto scale = commands::readScale(ws);
    if (!people || !skills || !scale)
        return !people ? people.error() : !skills ? skills.error() : scale.error();
    const LevelReader levels(scale.value());
    QHash<QString, Id> byEmail;
    QHash<QString, QList<Id>> byName;
    for (const Person& p : people.value()) {
        if (!p.email.isEmpty())
            byEmail.insert(key(p.email), p.id);
        byName[key(p.name)].append(p.id);
    }
    QHash<QString, qint64> skillIds;
    for (const Skill& s : skills.value())
        skillIds.insert(key(s.name), s.id);
    const auto skillRef = [&](const QString& name, const QString& where, bool* ok) -> qint64 {
        *ok = true;
        if (skillIds.contains(key(name)))
            return skillIds.value(key(name));
        if (!options.createMissing) {
            plan.problems << tr("%1: no skill named '%2' in this workspace (import with --create-missing to add it)").arg(where, name);
            *ok = false;
            return 0;
        }
        plan.newSkills << name.trimmed();
        const qint64 ref = -qint64(plan.newSkills.size());
        skillIds.insert(key(name), ref);
        return ref;
    };
    QHash<QString, qint64> newPeople; // identity → ref, for people created by this file
    const auto personRef = [&](const QString& name, const QString& email, const QString& team, const QString& where, bool* ok) -> qint64 {
        *ok = true;
        if (!email.isEmpty() && byEmail.contains(key(email)))
            return byEmail.value(key(email));
        const QString identity = email.isEmpty() ? QStringLiteral("name:") + key(name) : key(email);
        if (newPeople.contains(identity))
            return newPeople.value(identity);
        if (email.isEmpty()) {
            const QList<Id> matches = byName.value(key(name));
            if (matches.size() == 1)
                return matches.first();
            if (matches.size() > 1) {
                plan.problems << tr("%1: %2 people are named '%3'; add an Email column to tell them apart").arg(where).arg(matches.size()).arg(name);
                *ok = false;
                return 0;
            }
        }
        if (!options.createMissing) {
            plan.problems << tr("%1: no person '%2' in this workspace (import with --create-missing to add them)").arg(where, email.isEmpty() ? name : email);
            *ok = false;
            return 0;
        }
        plan.newPeople.append({name.trimmed(), email.trimmed(), team.trimmed()});
        const qint64 ref = -qint64(plan.newPeople.size());
        newPeople.insert(identity, ref);
        return ref;
    };

    const QDate defaultDate = options.date.isValid() ? options.date : QDate::currentDate();
    const int width = int(header.size());
    const QList<CsvTable::Record> rows = sheet->rows();
    plan.rows = int(rows.size());
    if (rows.isEmpty())
        plan.problems << tr("%1: a header row but no data rows").arg(sheet->where(1));

    if (!plan.longForm) {
        // Wide: resolve the skill columns once, from the header.
        QList<std::pair<int, qint64>> skillColumns;
        for (int c = 0; c < header.size(); ++c) {
            if (c == personCol || c == emailCol || c == teamCol || header.at(c).trimmed().isEmpty())
                continue;
            bool ok = false;
            const qint64 ref = skillRef(header.at(c), sheet->where(1, c), &ok);
            if (ok)
                skillColumns.append({c, ref});
        }
        QSet<qint64> seen;
        plan.cells.reserve(size_t(rows.size()) * size_t(skillColumns.size()));
        for (const CsvTable::Record& row : rows) {
            if (!sheet->isXlsx() && row.fields.size() != width) {
                plan.problems << tr("%1 has %2 fields, the header has %3").arg(sheet->where(row.line)).arg(row.fields.size()).arg(width);
                continue;
            }
            const QString name = row.fields.value(personCol).trimmed();
            if (name.isEmpty()) {
                plan.problems << tr("%1: the person's name is empty").arg(sheet->where(row.line, personCol));
                continue;
            }
            bool ok = false;
            const qint64 person = personRef(name, emailCol >= 0 ? row.fields.value(emailCol).trimmed() : QString(),
                                            teamCol >= 0 ? row.fields.value(teamCol) : QString(), sheet->where(row.line, personCol), &ok);
            if (!ok)
                continue;
            if (seen.contains(person)) {
                plan.problems << tr("%1: %2 appears on more than one row").arg(sheet->where(row.line, personCol), name);
                continue;
            }
            seen.insert(person);
            for (const auto& [c, skill] : std::as_const(skillColumns)) {
                const QStringView text = c < row.fields.size() ? QStringView(row.fields.at(c)).trimmed() : QStringView();
                if (text.isEmpty())
                    continue;
                const auto level = levels.read(text);
                if (!level) {
                    plan.problems << tr("%1: '%2' is not a level (%3)").arg(sheet->where(row.line, c), text.toString(), levels.expected());
                    continue;
                }
                plan.cells.push_back({person, skill, qint8(*level), quint8(options.source), qint32(defaultDate.toJulianDay()), -1});
            }
        }
        return plan;
    }

    // Long: one cell per row.
    QSet<QString> seenCells;
    for (const CsvTable::Record& row : rows) {
        if (!sheet->isXlsx() && row.fields.size() != width) {
            plan.problems << tr("%1 has %2 fields, the header has %3").arg(sheet->where(row.line)).arg(row.fields.size()).arg(width);
            continue;
        }
        const QString name = row.fields.value(personCol).trimmed();
        const QString skillName = row.fields.value(skillCol).trimmed();
        const QString levelText = row.fields.value(levelCol).trimmed();
        if (name.isEmpty() || skillName.isEmpty()) {
            plan.problems << tr("%1: the person or skill is empty").arg(sheet->where(row.line));
            continue;
        }
        bool ok = false;
        const qint64 person = personRef(name, emailCol >= 0 ? row.fields.value(emailCol).trimmed() : QString(),
                                        teamCol >= 0 ? row.fields.value(teamCol) : QString(), sheet->where(row.line, personCol), &ok);
        if (!ok)
            continue;
        const qint64 skill = skillRef(skillName, sheet->where(row.line, skillCol), &ok);
        if (!ok)
            continue;
        const auto level = levels.read(levelText);
        if (!level) {
            plan.problems << tr("%1: '%2' is not a level (%3)").arg(sheet->where(row.line, levelCol), levelText, levels.expected());
            continue;
        }
        Source source = options.source;
        if (sourceCol >= 0 && !row.fields.value(sourceCol).trimmed().isEmpty()) {
            const auto parsed = sourceFromName(row.fields.value(sourceCol));
            if (!parsed) {
                plan.problems << tr("%1: the source is self, lead or consultant, not '%2'").arg(sheet->where(row.line, sourceCol), row.fields.value(sourceCol).trimmed());
                continue;
            }
            source = *parsed;
        }
        QDate date = defaultDate;
        if (dateCol >= 0 && !row.fields.value(dateCol).trimmed().isEmpty()) {
            date = QDate::fromString(row.fields.value(dateCol).trimmed().left(10), Qt::ISODate);
            if (!date.isValid()) {
                plan.problems << tr("%1: '%2' is not a date (YYYY-MM-DD)").arg(sheet->where(row.line, dateCol), row.fields.value(dateCol).trimmed());
                continue;
            }
        }
        const QString cellKey = QStringLiteral("%1|%2|%3|%4").arg(person).arg(skill).arg(int(source)).arg(date.toJulianDay());
        if (seenCells.contains(cellKey)) {
            plan.problems << tr("%1: %2 / %3 appears twice for the same source and date").arg(sheet->where(row.line), name, skillName);
            continue;
        }
        seenCells.insert(cellKey);
        qint32 note = -1;
        if (noteCol >= 0 && !row.fields.value(noteCol).trimmed().isEmpty()) {
            note = qint32(plan.notes.size());
            plan.notes << row.fields.value(noteCol).trimmed();
        }
        plan.cells.push_back({person, skill, qint8(*level), quint8(source), qint32(date.toJulianDay()), note});
    }
    return plan;
}

Result<void> MatrixImport::apply(Workspace& ws, Plan plan)
{
    return commands::ImportCommand::run(ws, std::move(plan));
}

Result<MatrixImport::Report> MatrixImport::run(Workspace& ws, const QString& path, const Options& options)
{
    auto planned = plan(ws, path, options);
    if (!planned)
        return planned.error();
    Report report{planned.take(), false};
    if ((!report.plan.problems.isEmpty() && !options.skipBad) || options.dryRun || report.plan.cells.empty())
        return report;
    if (auto done = apply(ws, report.plan); !done)
        return done.error();
    report.written = true;
    return report;
}

} // namespace coe
