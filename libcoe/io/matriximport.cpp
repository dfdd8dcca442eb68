// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/matriximport.h"

#include "commands/batch.h"
#include "commands/importcommand.h"
#include "io/spreadsheet.h"
#include "storage/catalog.h"
#include "storage/scalelevels.h"
#include "storage/workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

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
    explicit LevelReader(const QList<ScaleLevel>& scale) : m_scale(scale)
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
        // In range first: converting a double outside int's range is undefined.
        if (number && value >= 0 && value < m_scale.size() && value == int(value))
            return int(value);
        const auto found = m_labels.constFind(key(t.toString()));
        return found == m_labels.cend() ? std::nullopt : std::optional<int>(found.value());
    }
    QString expected() const
    {
        return MatrixImport::tr("0 to %1, or a label such as %2")
            .arg(m_scale.size() - 1)
            .arg(m_scale.isEmpty() ? QString() : m_scale.last().label);
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

Result<MatrixImport::Context> MatrixImport::context(Workspace& ws)
{
    Catalog catalog(ws);
    auto people = catalog.people();
    auto skills = catalog.skills();
    auto scale = readScale(ws);
    if (!people || !skills || !scale)
        return !people ? people.error() : !skills ? skills.error() : scale.error();
    // A plan's cells name people and skills in 32 bits.
    const auto tooLarge = [](Id id) {
        return id > std::numeric_limits<qint32>::max();
    };
    if (std::any_of(people->cbegin(), people->cend(), [&](const Person& p) { return tooLarge(p.id); }) ||
        std::any_of(skills->cbegin(), skills->cend(), [&](const Skill& s) { return tooLarge(s.id); }))
        return Error{
            Error::Invalid,
            tr("This workspace numbers its people or skills past 2,147,483,647, which an import cannot address; "
               "copy the workspace to renumber them.")};
    auto stamp = Catalog(ws).planningStamp();
    if (!stamp)
        return stamp.error();
    return Context{people.take(), skills.take(), scale.take(), stamp.take()};
}

namespace {

/// Checks rows as they come and builds the plan: the header first, then each row once.
class Planner
{
public:
    using Plan = MatrixImport::Plan;
    using Options = MatrixImport::Options;
    using Mapping = MatrixImport::Mapping;

    Planner(const MatrixImport::Context& context, const Options& options, SheetReader::Format format,
            const QString& fileName, const QString& sheetName)
        : m_options(options), m_levels(context.scale), m_format(format), m_fileName(fileName), m_sheetName(sheetName),
          m_defaultDay(qint32((options.date.isValid() ? options.date : QDate::currentDate()).toJulianDay()))
    {
        m_plan.fileName = fileName;
        m_plan.stamp = context.stamp;
        for (const Person& p : context.people) {
            if (!p.email.isEmpty())
                m_byEmail.insert(key(p.email), p.id);
            m_byName[key(p.name)].append(p.id);
        }
        for (const Skill& s : context.skills)
            m_skillIds.insert(key(s.name), s.id);
    }

    QString where(int line, int column = -1) const
    {
        return SheetReader::describe(m_format, m_fileName, m_sheetName, line, column);
    }

    /// Reads the header row: which column holds what.
    Result<void> header(const QStringList& header)
    {
        m_header = header;
        m_mapping = m_options.mapping.value_or(MatrixImport::detect(header));
        if (m_mapping.person < 0)
            return Error{Error::Invalid,
                         MatrixImport::tr("%1: no Person (or Name) column in the header row.").arg(where(1))};
        m_plan.longForm = m_mapping.longForm;
        if (m_plan.longForm && (m_mapping.skill < 0 || m_mapping.level < 0))
            return Error{Error::Invalid,
                         MatrixImport::tr("%1: a long file needs a Skill and a Level column.").arg(where(1))};
        if (!m_plan.longForm) {
            // Wide: resolve the skill columns once, from the header.
            for (int c = 0; c < header.size(); ++c) {
                if (c == m_mapping.person || c == m_mapping.email || c == m_mapping.team ||
                    header.at(c).trimmed().isEmpty())
                    continue;
                bool ok = false;
                const qint64 ref = skillRef(header.at(c), 1, c, &ok);
                if (ok)
                    m_skillColumns.append({c, ref});
            }
        }
        return {};
    }

    /// Checks one data row; what is wrong goes to the plan's problems.
    Result<void> row(const CsvTable::Record& row)
    {
        ++m_plan.rows;
        if (m_format == SheetReader::Format::Csv && row.fields.size() != m_header.size()) {
            problem(row.line, -1,
                    MatrixImport::tr("%1 has %2 fields, the header has %3")
                        .arg(where(row.line))
                        .arg(row.fields.size())
                        .arg(m_header.size()));
            return {};
        }
        if (m_plan.longForm)
            longRow(row);
        else
            wideRow(row);
        if (m_plan.cells.size() > MatrixImport::kMaxCells)
            return Error{Error::Invalid, MatrixImport::tr("%1 has more than %2 cells to import; import it in parts.")
                                             .arg(where(row.line))
                                             .arg(MatrixImport::kMaxCells)};
        return {};
    }

    Plan finish()
    {
        if (m_plan.rows == 0)
            problem(1, -1, MatrixImport::tr("%1: a header row but no data rows").arg(where(1)));
        if (m_omitted > 0) {
            m_plan.problems << MatrixImport::tr("… and %n more problem(s)", nullptr, m_omitted);
            m_plan.problemPlaces.push_back({-1, -1});
        }
        return std::move(m_plan);
    }

private:
    /// The plan grows by a quarter at a time, not double: a five-million-cell plan then never
    /// holds twice its size while it moves.
    void add(const MatrixImport::Cell& cell)
    {
        std::vector<MatrixImport::Cell>& cells = m_plan.cells;
        if (cells.size() == cells.capacity())
            cells.reserve(cells.capacity() + cells.capacity() / 4 + 4096);
        cells.push_back(cell);
    }

    /// Problems are listed up to a bound: a file of a million bad cells says how many more.
    void problem(int line, int column, const QString& text)
    {
        if (m_plan.problems.size() < MatrixImport::kMaxProblems) {
            m_plan.problems << text;
            m_plan.problemPlaces.push_back({line, column});
        } else {
            ++m_omitted;
        }
    }

    bool nameTooLong(const QString& name, int line, int column)
    {
        if (name.size() <= kMaxNameLength)
            return false;
        problem(line, column,
                MatrixImport::tr("%1: a name of %2 characters; names are at most %3")
                    .arg(where(line, column))
                    .arg(name.size())
                    .arg(kMaxNameLength));
        return true;
    }

    qint64 skillRef(const QString& name, int line, int column, bool* ok)
    {
        const QString where = this->where(line, column);
        *ok = true;
        if (const auto found = m_skillIds.constFind(key(name)); found != m_skillIds.cend())
            return found.value();
        *ok = false;
        if (nameTooLong(name.trimmed(), line, column))
            return 0;
        if (!m_options.createMissing) {
            problem(
                line, column,
                MatrixImport::tr("%1: no skill named '%2' in this workspace (import with --create-missing to add it)")
                    .arg(where, name));
            return 0;
        }
        *ok = true;
        m_plan.newSkills << name.trimmed();
        const qint64 ref = -qint64(m_plan.newSkills.size());
        m_skillIds.insert(key(name), ref);
        return ref;
    }

    qint64 personRef(const QString& name, const QString& email, const QString& team, int line, int column, bool* ok)
    {
        const QString where = this->where(line, column);
        *ok = true;
        if (!email.isEmpty()) {
            if (const auto found = m_byEmail.constFind(key(email)); found != m_byEmail.cend())
                return found.value();
        }
        const QString identity = email.isEmpty() ? QStringLiteral("name:") + key(name) : key(email);
        if (const auto found = m_newPeople.constFind(identity); found != m_newPeople.cend())
            return found.value();
        if (email.isEmpty()) {
            const QList<Id> matches = m_byName.value(key(name));
            if (matches.size() == 1)
                return matches.first();
            if (matches.size() > 1) {
                problem(line, column,
                        MatrixImport::tr("%1: %2 people are named '%3'; add an Email column to tell them apart")
                            .arg(where)
                            .arg(matches.size())
                            .arg(name));
                *ok = false;
                return 0;
            }
        }
        *ok = false;
        if (nameTooLong(name, line, column) || nameTooLong(team.trimmed(), line, m_mapping.team))
            return 0;
        if (email.size() > kMaxEmailLength) {
            problem(line, m_mapping.email,
                    MatrixImport::tr("%1: an email address of %2 characters; addresses are at most %3")
                        .arg(where)
                        .arg(email.size())
                        .arg(kMaxEmailLength));
            return 0;
        }
        if (!m_options.createMissing) {
            problem(line, column,
                    MatrixImport::tr("%1: no person '%2' in this workspace (import with --create-missing to add them)")
                        .arg(where, email.isEmpty() ? name : email));
            return 0;
        }
        *ok = true;
        m_plan.newPeople.append({name.trimmed(), email.trimmed(), team.trimmed()});
        const qint64 ref = -qint64(m_plan.newPeople.size());
        m_newPeople.insert(identity, ref);
        return ref;
    }

    QString field(const CsvTable::Record& row, int column) const
    {
        return column >= 0 ? row.fields.value(column).trimmed() : QString();
    }

    void wideRow(const CsvTable::Record& row)
    {
        const QString name = field(row, m_mapping.person);
        if (name.isEmpty()) {
            problem(row.line, m_mapping.person,
                    MatrixImport::tr("%1: the person's name is empty").arg(where(row.line, m_mapping.person)));
            return;
        }
        bool ok = false;
        const qint64 person =
            personRef(name, field(row, m_mapping.email), field(row, m_mapping.team), row.line, m_mapping.person, &ok);
        if (!ok)
            return;
        if (m_seenPeople.contains(person)) {
            problem(
                row.line, m_mapping.person,
                MatrixImport::tr("%1: %2 appears on more than one row").arg(where(row.line, m_mapping.person), name));
            return;
        }
        m_seenPeople.insert(person);
        for (const auto& [c, skill] : std::as_const(m_skillColumns)) {
            const QStringView text = c < row.fields.size() ? QStringView(row.fields.at(c)).trimmed() : QStringView();
            if (text.isEmpty())
                continue;
            const auto level = m_levels.read(text);
            if (!level) {
                problem(row.line, c,
                        MatrixImport::tr("%1: '%2' is not a level (%3)")
                            .arg(where(row.line, c), text.toString(), m_levels.expected()));
                continue;
            }
            add({qint32(person), qint32(skill), qint8(*level), quint8(m_options.source), m_defaultDay, -1});
        }
    }

    void longRow(const CsvTable::Record& row)
    {
        const QString name = field(row, m_mapping.person);
        const QString skillName = field(row, m_mapping.skill);
        const QString levelText = field(row, m_mapping.level);
        if (name.isEmpty() || skillName.isEmpty()) {
            problem(row.line, -1, MatrixImport::tr("%1: the person or skill is empty").arg(where(row.line)));
            return;
        }
        bool ok = false;
        const qint64 person =
            personRef(name, field(row, m_mapping.email), field(row, m_mapping.team), row.line, m_mapping.person, &ok);
        if (!ok)
            return;
        const qint64 skill = skillRef(skillName, row.line, m_mapping.skill, &ok);
        if (!ok)
            return;
        const auto level = m_levels.read(levelText);
        if (!level) {
            problem(row.line, m_mapping.level,
                    MatrixImport::tr("%1: '%2' is not a level (%3)")
                        .arg(where(row.line, m_mapping.level), levelText, m_levels.expected()));
            return;
        }
        Source source = m_options.source;
        if (const QString text = field(row, m_mapping.source); !text.isEmpty()) {
            const auto parsed = sourceFromName(text);
            if (!parsed) {
                problem(row.line, m_mapping.source,
                        MatrixImport::tr("%1: the source is self, lead or consultant, not '%2'")
                            .arg(where(row.line, m_mapping.source), text));
                return;
            }
            source = *parsed;
        }
        qint32 day = m_defaultDay;
        if (const QString text = field(row, m_mapping.date); !text.isEmpty()) {
            const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
            if (!date.isValid()) {
                problem(
                    row.line, m_mapping.date,
                    MatrixImport::tr("%1: '%2' is not a date (YYYY-MM-DD)").arg(where(row.line, m_mapping.date), text));
                return;
            }
            day = qint32(date.toJulianDay());
        }
        const QString cellKey = QStringLiteral("%1|%2|%3|%4").arg(person).arg(skill).arg(int(source)).arg(day);
        if (m_seenCells.contains(cellKey)) {
            problem(row.line, -1,
                    MatrixImport::tr("%1: %2 / %3 appears twice for the same source and date")
                        .arg(where(row.line), name, skillName));
            return;
        }
        m_seenCells.insert(cellKey);
        qint32 note = -1;
        if (const QString text = field(row, m_mapping.note); !text.isEmpty()) {
            note = qint32(m_plan.notes.size());
            m_plan.notes << text;
        }
        add({qint32(person), qint32(skill), qint8(*level), quint8(source), day, note});
    }

    const Options& m_options;
    const LevelReader m_levels;
    SheetReader::Format m_format;
    QString m_fileName;
    QString m_sheetName;
    qint32 m_defaultDay;
    Plan m_plan;
    QStringList m_header;
    Mapping m_mapping;
    QHash<QString, Id> m_byEmail;
    QHash<QString, QList<Id>> m_byName;
    QHash<QString, qint64> m_skillIds;
    QHash<QString, qint64> m_newPeople; ///< identity → ref, for people created by this file
    QList<std::pair<int, qint64>> m_skillColumns;
    QSet<qint64> m_seenPeople;
    QSet<QString> m_seenCells;
    int m_omitted = 0;
};

} // namespace

Result<MatrixImport::Plan> MatrixImport::plan(Workspace& ws, const QString& path, const Options& options)
{
    auto ctx = context(ws);
    if (!ctx)
        return ctx.error();
    auto reader = SheetReader::open(path, options.sheet);
    if (!reader)
        return reader.error();
    return plan(ctx.value(), *SheetReader::readAhead(reader.take()), options);
}

Result<MatrixImport::Plan> MatrixImport::plan(const Context& context, SheetReader& reader, const Options& options,
                                              const Progress& progress)
{
    Planner planner(context, options, reader.format(), reader.fileName(), reader.sheetName());
    CsvTable::Record record;
    auto first = reader.next(record);
    if (!first)
        return first.error();
    if (!first.value())
        return Error{Error::Invalid, tr("%1 is empty: expected a header row and data rows.").arg(reader.fileName())};
    if (auto done = planner.header(record.fields); !done)
        return done.error();
    for (int n = 0;; ++n) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        if (auto done = planner.row(record); !done)
            return done.error();
        if (progress && n % 1024 == 0 && !progress(reader.progress()))
            return Error{Error::Failed,
                         tr("The import of %1 was cancelled; nothing was written.").arg(reader.fileName())};
    }
    return planner.finish();
}

Result<MatrixImport::Plan> MatrixImport::plan(Workspace& ws, const Spreadsheet& sheet, const Options& options)
{
    auto ctx = context(ws);
    if (!ctx)
        return ctx.error();
    Planner planner(ctx.value(), options, sheet.format(), sheet.fileName(), sheet.sheetName());
    if (auto done = planner.header(sheet.header()); !done)
        return done.error();
    const QList<CsvTable::Record> rows = sheet.rows();
    for (const CsvTable::Record& row : rows)
        if (auto done = planner.row(row); !done)
            return done.error();
    return planner.finish();
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
