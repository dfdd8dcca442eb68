// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/skillmatrixmodel.h"

#include "commands/assessmentedits.h"
#include "storage/assessmentbatch.h"
#include "storage/assessmenthistory.h"
#include "storage/workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QStringTokenizer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace coe {

SkillMatrixModel::SkillMatrixModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    reload();
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &SkillMatrixModel::onChanged);
}

void SkillMatrixModel::reload()
{
    beginResetModel();
    const auto loaded = m_data.load(m_workspace);
    rebuildColumns();
    rebuildRows();
    endResetModel();
    if (!loaded)
        Q_EMIT editFailed(loaded.error().message);
}

void SkillMatrixModel::rebuildColumns()
{
    m_columns.clear();
    const auto& categories = m_data.categories();
    for (int c = 0; c < categories.size(); ++c) {
        if (m_filter.categoryId && categories.at(c).id != m_filter.categoryId)
            continue;
        if (m_collapsed.contains(categories.at(c).id)) {
            m_columns.append({-1, c});
            continue;
        }
        for (int skill : categories.at(c).skills)
            m_columns.append({skill, -1});
    }
}

void SkillMatrixModel::rebuildRows()
{
    m_rows.clear();
    const auto& people = m_data.people();
    for (int p = 0; p < people.size(); ++p) {
        const MatrixData::PersonInfo& person = people.at(p);
        if (m_filter.teamId && person.teamId != m_filter.teamId)
            continue;
        if (m_filter.roleId && person.roleId != m_filter.roleId)
            continue;
        if (m_filter.external >= 0 && person.external != (m_filter.external == 1))
            continue;
        if (!m_filter.text.isEmpty() && !person.name.contains(m_filter.text, Qt::CaseInsensitive) &&
            !person.email.contains(m_filter.text, Qt::CaseInsensitive))
            continue;
        if (m_filter.onlyGaps) {
            bool gap = false;
            for (const Column& column : std::as_const(m_columns)) {
                if (column.skill >= 0 && m_data.gap(p, column.skill) > 0) {
                    gap = true;
                    break;
                }
            }
            if (!gap)
                continue;
        }
        m_rows.append(p);
    }
    const int sortSkill = m_sortSkill ? m_data.skillIndex(m_sortSkill) : -1;
    int sortCategory = -1;
    for (int c = 0; sortSkill < 0 && m_sortCategory && c < m_data.categories().size(); ++c) {
        if (m_data.categories().at(c).id == m_sortCategory)
            sortCategory = c;
    }
    if (sortSkill < 0 && sortCategory < 0) {
        if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(m_rows.begin(), m_rows.end()); // people are loaded by name
        return;
    }
    // By the skill or category itself, so the order holds while columns fold and filter.
    const auto key = [this, sortSkill, sortCategory](int p) -> double {
        if (sortSkill >= 0)
            return shownLevel(p, sortSkill).value_or(-1);
        return categoryAverage(p, sortCategory).value_or(-1);
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        return m_sortOrder == Qt::AscendingOrder ? key(a) < key(b) : key(a) > key(b);
    });
}

int SkillMatrixModel::sortColumn() const
{
    const int skill = m_sortSkill ? m_data.skillIndex(m_sortSkill) : -1;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column& column = m_columns.at(c);
        if (skill >= 0 && column.skill == skill)
            return c;
        if (column.skill < 0) {
            const Id category = m_data.categories().at(column.category).id;
            if (category == m_sortCategory ||
                (skill >= 0 && column.category == m_data.skills().at(skill).categoryIndex))
                return c;
        }
    }
    return -1;
}

void SkillMatrixModel::sort(int column, Qt::SortOrder order)
{
    const Column sorted = m_columns.value(column, Column{});
    m_sortSkill = sorted.skill >= 0 ? m_data.skills().at(sorted.skill).id : 0;
    m_sortCategory = sorted.category >= 0 ? m_data.categories().at(sorted.category).id : 0;
    m_sortOrder = order;
    resortRows();
}

void SkillMatrixModel::resortRows()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> persons;
    for (const QModelIndex& index : before)
        persons << m_rows.value(index.row(), -1);
    rebuildRows();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = m_rows.indexOf(persons.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SkillMatrixModel::setFilter(const Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    rebuildColumns();
    rebuildRows();
    endResetModel();
}

void SkillMatrixModel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    if (m_sortSkill || m_sortCategory)
        resortRows(); // the same key under the new view's levels
    if (!m_rows.isEmpty() && !m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SkillMatrixModel::setCategoryCollapsed(Id categoryId, bool collapsed)
{
    if (collapsed == m_collapsed.contains(categoryId))
        return;
    beginResetModel();
    if (collapsed)
        m_collapsed.insert(categoryId);
    else
        m_collapsed.remove(categoryId);
    rebuildColumns();
    rebuildRows();
    endResetModel();
}

Source SkillMatrixModel::editSource() const
{
    switch (m_view) {
    case View::Self:
        return Source::Self;
    case View::Consultant:
        return Source::Consultant;
    default:
        return Source::Lead;
    }
}

std::optional<int> SkillMatrixModel::shownLevel(int person, int skill) const
{
    switch (m_view) {
    case View::Self:
        return m_data.level(person, skill, Source::Self);
    case View::Lead:
    case View::SelfVersusLead:
        return m_data.level(person, skill, Source::Lead);
    case View::Consultant:
        return m_data.level(person, skill, Source::Consultant);
    case View::Effective:
        break;
    }
    return m_data.effectiveLevel(person, skill);
}

std::optional<double> SkillMatrixModel::categoryAverage(int person, int category) const
{
    double sum = 0;
    int count = 0;
    for (int skill : m_data.categories().at(category).skills) {
        if (const auto level = shownLevel(person, skill)) {
            sum += *level;
            ++count;
        }
    }
    return count ? std::optional<double>(sum / count) : std::nullopt;
}

int SkillMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkillMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString SkillMatrixModel::levelLabel(int level) const
{
    return level >= 0 && level < m_data.scale().size() ? Scale::shown(m_data.scale().at(level).label)
                                                       : QString::number(level);
}

QVariant SkillMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const int person = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    if (column.skill < 0) {
        const auto average = categoryAverage(person, column.category);
        switch (role) {
        case Qt::DisplayRole:
            return average ? QVariant(QString::number(*average, 'f', 1)) : QVariant();
        case LevelRole:
            return average ? QVariant(int(std::lround(*average))) : QVariant();
        case IsCategoryRole:
            return true;
        case Qt::ToolTipRole:
            return tr("%1: average %2 over %n skill(s)", nullptr,
                      int(m_data.categories().at(column.category).skills.size()))
                .arg(m_data.categories().at(column.category).name,
                     average ? QLocale().toString(*average, 'f', 1) : tr("none"));
        case Qt::AccessibleTextRole:
            return tr("%1, %2, average %3")
                .arg(m_data.people().at(person).name, m_data.categories().at(column.category).name,
                     average ? QLocale().toString(*average, 'f', 1) : tr("none"));
        case Qt::TextAlignmentRole:
            return Qt::AlignCenter;
        case Qt::BackgroundRole:
            if (average) {
                const int rounded = std::clamp(int(std::lround(*average)), 0, int(m_data.scale().size()) - 1);
                return m_data.scale().at(rounded).color;
            }
            return {};
        case Qt::ForegroundRole:
            if (average) {
                const int rounded = std::clamp(int(std::lround(*average)), 0, int(m_data.scale().size()) - 1);
                return Scale::textColorOn(m_data.scale().at(rounded).color);
            }
            return {};
        default:
            return {};
        }
    }
    const int skill = column.skill;
    const auto shown = shownLevel(person, skill);
    const auto self = m_data.level(person, skill, Source::Self);
    const auto lead = m_data.level(person, skill, Source::Lead);
    const bool disagree = self && lead && std::abs(*self - *lead) >= 2;
    const auto asVariant = [](const std::optional<int>& v) {
        return v ? QVariant(*v) : QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
        if (m_view == View::SelfVersusLead)
            return (self || lead)
                       ? QVariant(QStringLiteral("%1·%2").arg(self ? QString::number(*self) : QStringLiteral("–"),
                                                              lead ? QString::number(*lead) : QStringLiteral("–")))
                       : QVariant();
        return asVariant(shown);
    case Qt::EditRole:
    case LevelRole:
        return asVariant(shown);
    case EffectiveLevelRole:
        return asVariant(m_data.effectiveLevel(person, skill));
    case SelfLevelRole:
        return asVariant(self);
    case LeadLevelRole:
        return asVariant(lead);
    case ConsultantLevelRole:
        return asVariant(m_data.level(person, skill, Source::Consultant));
    case InterestRole:
        return asVariant(m_data.interest(person, skill));
    case TargetRole:
        return asVariant(m_data.target(person, skill));
    case PersonalTargetRole:
        return asVariant(m_data.personTarget(person, skill));
    case GapRole:
        return m_data.gap(person, skill);
    case LastAssessedRole:
        return m_data.lastAssessed(person, skill);
    case HasNoteRole:
        return m_data.hasNote(person, skill);
    case DisagreementRole:
        return disagree;
    case IsCategoryRole:
        return false;
    case PersonIdRole:
        return m_data.people().at(person).id;
    case SkillIdRole:
        return m_data.skills().at(skill).id;
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::BackgroundRole:
        if (m_view == View::SelfVersusLead)
            return disagree ? QVariant(QColor(0xfd, 0xae, 0x61)) : QVariant();
        if (shown && *shown < m_data.scale().size())
            return m_data.scale().at(*shown).color;
        return {};
    case Qt::ForegroundRole:
        if (m_view != View::SelfVersusLead && shown && *shown < m_data.scale().size())
            return Scale::textColorOn(m_data.scale().at(*shown).color);
        return {};
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the cell: "Ana Lopez, Terraform, Coached, target Independent".
        QString text = tr("%1, %2, %3")
                           .arg(m_data.people().at(person).name, m_data.skills().at(skill).name,
                                shown ? levelLabel(*shown) : tr("not assessed"));
        if (const auto target = m_data.target(person, skill))
            text += tr(", target %1").arg(levelLabel(*target));
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines{
            QStringLiteral("<b>%1 — %2</b>")
                .arg(m_data.people().at(person).name.toHtmlEscaped(), m_data.skills().at(skill).name.toHtmlEscaped())};
        const auto describe = [this](const std::optional<int>& level) {
            return level ? QStringLiteral("%1 %2").arg(*level).arg(levelLabel(*level)) : tr("not assessed");
        };
        lines << tr("Lead: %1").arg(describe(lead))
              << tr("Consultant: %1").arg(describe(m_data.level(person, skill, Source::Consultant)))
              << tr("Self: %1").arg(describe(self));
        if (const auto target = m_data.target(person, skill))
            lines << tr("Target: %1%2")
                         .arg(describe(target), m_data.gap(person, skill) > 0
                                                    ? tr(" (gap %1)").arg(m_data.gap(person, skill))
                                                    : QString());
        if (const auto interest = m_data.interest(person, skill))
            lines << tr("Interest: %1").arg(Interest::label(*interest));
        if (const auto written = note(index))
            lines << tr("Note: %1").arg(written->text.toHtmlEscaped());
        const QStringList past = history(index, 6);
        if (!past.isEmpty())
            lines << QString() << tr("History:") << past;
        return lines.join(QStringLiteral("<br>"));
    }
    default:
        return {};
    }
}

QVariant SkillMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const MatrixData::PersonInfo& person = m_data.people().at(m_rows.at(section));
        switch (role) {
        case Qt::DisplayRole:
            return person.name;
        case Qt::ToolTipRole:
            return person.external ? tr("%1 (external consultant)").arg(person.name) : person.name;
        case PersonIdRole:
            return person.id;
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column column = m_columns.at(section);
    const int category = column.skill >= 0 ? m_data.skills().at(column.skill).categoryIndex : column.category;
    switch (role) {
    case Qt::DisplayRole:
        return column.skill >= 0 ? m_data.skills().at(column.skill).name
                                 : tr("%1 (average)").arg(m_data.categories().at(category).name);
    case CategoryNameRole:
        return m_data.categories().at(category).name;
    case IsCategoryRole:
        return column.skill < 0;
    case SkillIdRole:
        return column.skill >= 0 ? m_data.skills().at(column.skill).id : 0;
    case Qt::ToolTipRole:
        return column.skill >= 0 ? QStringLiteral("%1 ▸ %2").arg(m_data.categories().at(category).name,
                                                                 m_data.skills().at(column.skill).name)
                                 : tr("%1: the average of its %n skill(s); click the band to unfold it", nullptr,
                                      int(m_data.categories().at(category).skills.size()))
                                       .arg(m_data.categories().at(category).name);
    default:
        return {};
    }
}

Qt::ItemFlags SkillMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_columns.value(index.column()).skill >= 0 && m_view != View::SelfVersusLead)
        f |= Qt::ItemIsEditable;
    return f;
}

std::optional<int> SkillMatrixModel::parseLevel(const QString& text, bool* ok) const
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    bool number = false;
    int value = t.toInt(&number);
    if (!number) {
        // A whole number written as a decimal, "3.0" as a folded category's average copies.
        const double decimal = t.toDouble(&number);
        number = number && decimal == std::floor(decimal) && std::abs(decimal) < 100;
        value = number ? int(decimal) : -1;
    }
    if (number && value >= 0 && value < m_data.scale().size())
        return value;
    for (const ScaleLevel& level : m_data.scale()) {
        // The label as stored, or as shown in the user's language.
        if (level.label.compare(t, Qt::CaseInsensitive) == 0 ||
            Scale::shown(level.label).compare(t, Qt::CaseInsensitive) == 0)
            return level.level;
    }
    *ok = false;
    return std::nullopt;
}

SkillMatrixModel::PastePlan SkillMatrixModel::planPaste(QStringView text, const QModelIndex& start) const
{
    PastePlan plan;
    if (text.size() > kMaxPasteChars) {
        plan.refusal = PastePlan::Refusal::TooLarge;
        return plan;
    }
    // Trailing blank lines are what a spreadsheet's copy ends with; they are no rows. (Tabs
    // on a last line that holds anything stay: they are empty cells, which clear.)
    while (!text.isEmpty()) {
        const qsizetype newline = text.lastIndexOf(u'\n');
        if (!text.sliced(newline + 1).trimmed().isEmpty())
            break;
        text = text.first(std::max<qsizetype>(newline, 0));
    }
    if (text.isEmpty())
        return plan;
    plan.blockRows = int(std::min<qsizetype>(text.count(u'\n') + 1, std::numeric_limits<int>::max()));
    int r = 0;
    for (QStringView line : QStringTokenizer(text, u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        int c = 0;
        const int values = int(std::min<qsizetype>(line.count(u'\t') + 1, std::numeric_limits<int>::max()));
        for (QStringView raw : QStringTokenizer(line, u'\t')) {
            const QModelIndex index = this->index(start.row() + r, start.column() + c);
            if (!index.isValid()) {
                plan.refusal = PastePlan::Refusal::DoesNotFit;
                plan.blockColumns = values;
                plan.pastLastRow = start.row() + r >= rowCount();
                plan.cells.clear();
                plan.problems.clear();
                plan.problemCount = 0;
                return plan;
            }
            ++c;
            const QString value = raw.trimmed().toString();
            if (!(flags(index) & Qt::ItemIsEditable)) {
                // A folded category's average follows its skills; it is never written.
                if (!value.isEmpty())
                    ++plan.averages;
                continue;
            }
            bool ok = false;
            const auto level = parseLevel(value, &ok);
            if (ok) {
                plan.cells.append({index, level});
                continue;
            }
            bool number = false;
            const double decimal = value.toDouble(&number);
            const bool average = number && decimal >= 0 && decimal < m_data.scale().size();
            if (plan.problems.size() < kMaxPasteProblems)
                plan.problems.append(
                    {average ? PastePlan::ProblemKind::Average : PastePlan::ProblemKind::NotALevel, index, value});
            ++plan.problemCount;
        }
        ++r;
    }
    return plan;
}

bool SkillMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const auto level = value.isNull() ? std::nullopt : parseLevel(value.toString(), &ok);
    if (!value.isNull() && !ok) {
        Q_EMIT editFailed(tr("'%1' is not a level on this scale (0 to %2, or a label such as %3).")
                              .arg(value.toString())
                              .arg(m_data.scale().size() - 1)
                              .arg(levelLabel(int(m_data.scale().size()) - 1)));
        return false;
    }
    const QString text = level ? tr("Set %1 to %2 %3 for %4")
                                     .arg(columnName(index.column()))
                                     .arg(*level)
                                     .arg(levelLabel(*level), personName(index))
                               : tr("Cleared %1 for %2").arg(columnName(index.column()), personName(index));
    return bool(setLevels({{index, level}}, text));
}

QString SkillMatrixModel::personName(const QModelIndex& index) const
{
    return headerData(index.row(), Qt::Vertical, Qt::DisplayRole).toString();
}

QString SkillMatrixModel::columnName(int column) const
{
    return headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

std::optional<Source> SkillMatrixModel::shownSource(const QModelIndex& index) const
{
    if (!index.isValid() || m_columns.value(index.column()).skill < 0)
        return std::nullopt;
    const int person = m_rows.at(index.row());
    const int skill = m_columns.at(index.column()).skill;
    switch (m_view) {
    case View::Self:
        return m_data.level(person, skill, Source::Self) ? std::optional(Source::Self) : std::nullopt;
    case View::Consultant:
        return m_data.level(person, skill, Source::Consultant) ? std::optional(Source::Consultant) : std::nullopt;
    case View::Lead:
    case View::SelfVersusLead:
        return m_data.level(person, skill, Source::Lead) ? std::optional(Source::Lead) : std::nullopt;
    case View::Effective:
        break;
    }
    for (Source source : {Source::Lead, Source::Consultant, Source::Self}) {
        if (m_data.level(person, skill, source))
            return source;
    }
    return std::nullopt;
}

Result<void> SkillMatrixModel::clearSources(const QModelIndexList& cells, const QList<Source>& sources,
                                            const QString& text)
{
    QList<Assessment> cleared;
    for (const QModelIndex& index : cells) {
        if (!(flags(index) & Qt::ItemIsEditable))
            continue;
        const int person = m_rows.at(index.row());
        const int skill = m_columns.at(index.column()).skill;
        for (Source source : sources) {
            if (!m_data.level(person, skill, source))
                continue;
            Assessment a;
            a.personId = m_data.people().at(person).id;
            a.skillId = m_data.skills().at(skill).id;
            a.source = source;
            cleared << a;
        }
    }
    auto done = commands::AssessmentEdits::append(m_workspace, cleared, text);
    if (!done)
        Q_EMIT editFailed(done.error().message);
    return done;
}

Result<void> SkillMatrixModel::addNote(const QModelIndex& index, const QString& note, const QString& text)
{
    if (!(flags(index) & Qt::ItemIsEditable))
        return Error{Error::Invalid, tr("Notes belong to a skill: pick a skill's cell, not a category's average.")};
    if (note.trimmed().isEmpty())
        return Error{Error::Invalid, tr("The note is empty.")};
    const int person = m_rows.at(index.row());
    const int skill = m_columns.at(index.column()).skill;
    // The note goes with an assessment that already holds: the edit source's, else the one shown.
    Source source = editSource();
    if (!m_data.level(person, skill, source))
        source = shownSource(index).value_or(source);
    Assessment a;
    a.personId = m_data.people().at(person).id;
    a.skillId = m_data.skills().at(skill).id;
    a.source = source;
    a.level = m_data.level(person, skill, source);
    a.note = note.trimmed();
    auto done = commands::AssessmentEdits::append(m_workspace, {a}, text);
    if (!done)
        Q_EMIT editFailed(done.error().message);
    return done;
}

std::optional<SkillMatrixModel::Note> SkillMatrixModel::note(const QModelIndex& index) const
{
    if (!index.isValid() || m_columns.value(index.column()).skill < 0 || !index.data(HasNoteRole).toBool())
        return std::nullopt;
    auto latest = AssessmentHistory(m_workspace)
                      .latestNote(m_data.people().at(m_rows.at(index.row())).id,
                                  m_data.skills().at(m_columns.at(index.column()).skill).id);
    if (!latest || !latest.value())
        return std::nullopt;
    const AssessmentHistory::Note& found = *latest.value();
    return Note{found.text, found.source, found.assessedOn};
}

Result<void> SkillMatrixModel::setLevels(const QList<std::pair<QModelIndex, std::optional<int>>>& cells,
                                         const QString& text)
{
    QList<Assessment> changed;
    for (const auto& [index, level] : cells) {
        if (!(flags(index) & Qt::ItemIsEditable))
            continue;
        const int person = m_rows.at(index.row());
        const int skill = m_columns.at(index.column()).skill;
        if (m_data.level(person, skill, editSource()) == level)
            continue; // nothing would change
        Assessment a;
        a.personId = m_data.people().at(person).id;
        a.skillId = m_data.skills().at(skill).id;
        a.source = editSource();
        a.level = level;
        changed << a;
    }
    auto done = commands::AssessmentEdits::append(m_workspace, changed, text);
    if (!done) {
        Q_EMIT editFailed(done.error().message);
        return done.error();
    }
    return {};
}

Result<void> SkillMatrixModel::setPersonalTargets(const QModelIndexList& cells, std::optional<int> level,
                                                  const QString& text)
{
    QList<commands::PersonTargetChange> changes;
    for (const QModelIndex& index : cells) {
        if (!index.isValid() || m_columns.value(index.column()).skill < 0)
            continue;
        const int person = m_rows.at(index.row());
        const int skill = m_columns.at(index.column()).skill;
        const std::optional<int> current = m_data.personTarget(person, skill);
        if (current == level)
            continue;
        changes << commands::PersonTargetChange{m_data.people().at(person).id, m_data.skills().at(skill).id, current,
                                                level};
    }
    auto done = commands::AssessmentEdits::setPersonTargets(m_workspace, changes, text);
    if (!done)
        Q_EMIT editFailed(done.error().message);
    return done;
}

void SkillMatrixModel::onChanged(const Change& change)
{
    switch (change.entity) {
    case Entity::Assessment: {
        if (change.cells.isEmpty()) {
            reload();
            return;
        }
        int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
        for (const auto& [personId, skillId] : change.cells) {
            const int person = m_data.personIndex(personId);
            const int skill = m_data.skillIndex(skillId);
            if (person < 0 || skill < 0)
                continue;
            if (!m_data.reloadCell(m_workspace, person, skill))
                continue;
            const int row = m_rows.indexOf(person);
            if (row < 0)
                continue;
            top = std::min(top, row);
            bottom = std::max(bottom, row);
            for (int c = 0; c < m_columns.size(); ++c) {
                const Column& column = m_columns.at(c);
                if (column.skill == skill ||
                    (column.skill < 0 && m_data.skills().at(skill).categoryIndex == column.category)) {
                    left = std::min(left, c);
                    right = std::max(right, c);
                }
            }
        }
        if (bottom >= 0 && right >= 0)
            Q_EMIT dataChanged(index(top, left), index(bottom, right));
        return;
    }
    case Entity::Person:
    case Entity::Skill:
    case Entity::SkillCategory:
    case Entity::ScaleLevel:
    case Entity::RoleTarget:
    case Entity::PersonTarget:
    case Entity::Role:
    case Entity::Everything:
        reload(); // the rows, columns, colours or targets themselves changed
        return;
    default:
        return;
    }
}

int SkillMatrixModel::personRow(Id personId) const
{
    return int(m_rows.indexOf(m_data.personIndex(personId)));
}

int SkillMatrixModel::skillColumn(Id skillId) const
{
    const int skill = m_data.skillIndex(skillId);
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).skill == skill)
            return c;
    }
    return -1;
}

QStringList SkillMatrixModel::history(const QModelIndex& index, int limit) const
{
    if (!index.isValid() || m_columns.value(index.column()).skill < 0)
        return {};
    const Id person = m_data.people().at(m_rows.at(index.row())).id;
    const Id skill = m_data.skills().at(m_columns.at(index.column()).skill).id;
    // Rows and batch cells, newest first: by date, then by their place in the assessment order.
    struct Entry
    {
        QString date;
        qint64 order; ///< AssessmentBatches::rowOrder or batchOrder
        QString line;
    };
    QList<Entry> entries;
    // The date in the user's format, the source and the level in the user's language.
    const auto shownDate = [](const QString& iso) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
    };
    const auto shownSource = [](Source source) {
        return source == Source::Self ? tr("self") : source == Source::Consultant ? tr("consultant") : tr("lead");
    };
    const auto line = [&](const QString& date, Source source, std::optional<int> level) {
        return QStringLiteral("%1 · %2 · %3")
            .arg(shownDate(date), shownSource(source), level ? levelLabel(*level) : tr("cleared"));
    };
    auto rows = AssessmentHistory(m_workspace).cellRows(person, skill, limit);
    if (!rows)
        return {};
    for (const AssessmentHistory::Entry& row : std::as_const(rows.value())) {
        Entry e{row.assessedOn, AssessmentBatches::rowOrder(row.id),
                line(row.assessedOn, sourceFromName(row.source).value_or(Source::Lead), row.level)};
        if (!row.note.isEmpty()) {
            // A note on a cell without a level of that source records the note, not a clearing.
            if (!row.level)
                e.line = QStringLiteral("%1 · %2 · %3")
                             .arg(shownDate(row.assessedOn),
                                  shownSource(sourceFromName(row.source).value_or(Source::Lead)), tr("note"));
            e.line += QStringLiteral(" — ") + row.note.toHtmlEscaped();
        }
        entries << e;
    }
    if (auto cells = AssessmentBatches::cellHistory(m_workspace, person, skill)) {
        // In (afterId, id) order, as the batches themselves: the place keeps that order.
        for (qsizetype place = 0; place < cells->size(); ++place) {
            const BatchCell& b = cells->at(place);
            const QString date = b.assessedOn.toString(Qt::ISODate);
            entries << Entry{date, AssessmentBatches::batchOrder(b.afterId, place), line(date, b.source, b.level)};
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return std::tie(a.date, a.order) > std::tie(b.date, b.order); });
    QStringList lines;
    for (qsizetype i = 0; i < entries.size() && i < limit; ++i)
        lines << entries.at(i).line;
    return lines;
}

} // namespace coe
