// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/matrixexport.h"

#include "io/savefile.h"

#include "io/csv.h"
#include "models/matrixdata.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace coe {

namespace {

/// What to write: the chosen people and skills, and how to read a cell.
struct Selection
{
    QList<int> people;
    QList<int> skills;
    QHash<Id, QString> teams;
};

std::optional<int> levelOf(const MatrixData& data, int person, int skill, const std::optional<Source>& source, Source* from)
{
    if (source) {
        *from = *source;
        return data.level(person, skill, *source);
    }
    for (Source s : {Source::Lead, Source::Consultant, Source::Self}) {
        if (auto level = data.level(person, skill, s)) {
            *from = s;
            return level;
        }
    }
    return std::nullopt;
}

Result<Selection> select(const MatrixData& data, const QHash<Id, QString>& teams, const MatrixExport::Options& options)
{
    Selection selection;
    selection.teams = teams;
    Id team = 0;
    if (!options.team.isEmpty()) {
        for (auto [id, name] : teams.asKeyValueRange())
            if (name.compare(options.team, Qt::CaseInsensitive) == 0)
                team = id;
        if (!team)
            return Error{Error::NotFound, MatrixExport::tr("There is no team named '%1'.").arg(options.team)};
    }
    for (int p = 0; p < data.personCount(); ++p) {
        if (!team || data.people().at(p).teamId == team)
            selection.people << p;
    }
    bool categoryFound = options.category.isEmpty();
    for (const auto& category : data.categories()) {
        const QString leaf = category.name.section(QStringLiteral(" / "), -1);
        if (!options.category.isEmpty() && category.name.compare(options.category, Qt::CaseInsensitive) != 0
            && leaf.compare(options.category, Qt::CaseInsensitive) != 0)
            continue;
        categoryFound = true;
        selection.skills += category.skills;
    }
    if (!categoryFound)
        return Error{Error::NotFound, MatrixExport::tr("There is no skill category named '%1'.").arg(options.category)};
    return selection;
}

QString textLevel(const std::optional<int>& level)
{
    return level ? QString::number(*level) : QString();
}

Result<void> writeCsv(const MatrixData& data, const Selection& sel, const QString& path, const MatrixExport::Options& options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::ReadOnly, MatrixExport::tr("Cannot write %1: %2").arg(path, file.errorString())};
    QString text;
    const auto line = [&text](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << CsvTable::quote(f);
        text += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    if (options.longForm) {
        line({QStringLiteral("Person"), QStringLiteral("Email"), QStringLiteral("Team"), QStringLiteral("Skill"),
              QStringLiteral("Level"), QStringLiteral("Source"), QStringLiteral("Date")});
    } else {
        QStringList header{QStringLiteral("Person"), QStringLiteral("Email"), QStringLiteral("Team")};
        for (int s : sel.skills)
            header << data.skills().at(s).name;
        line(header);
    }
    for (int p : sel.people) {
        const auto& person = data.people().at(p);
        if (options.longForm) {
            for (int s : sel.skills) {
                Source from = Source::Lead;
                const auto level = levelOf(data, p, s, options.source, &from);
                if (!level)
                    continue;
                line({person.name, person.email, sel.teams.value(person.teamId), data.skills().at(s).name, QString::number(*level),
                      sourceName(from), data.lastAssessed(p, s).toString(Qt::ISODate)});
            }
        } else {
            QStringList fields{person.name, person.email, sel.teams.value(person.teamId)};
            for (int s : sel.skills) {
                Source from = Source::Lead;
                fields << textLevel(levelOf(data, p, s, options.source, &from));
            }
            line(fields);
        }
        if (text.size() > (1 << 22)) { // stream in 4 MB pieces
            file.write(text.toUtf8());
            text.clear();
        }
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return Error{Error::Failed, MatrixExport::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Result<void> writeJson(const MatrixData& data, const Selection& sel, const QString& name, const QString& path,
                       const MatrixExport::Options& options)
{
    QJsonArray scale;
    for (const ScaleLevel& level : data.scale())
        scale.append(QJsonObject{{QStringLiteral("level"), level.level}, {QStringLiteral("label"), level.label},
                                 {QStringLiteral("color"), level.color.name()}});
    QJsonArray skills;
    for (int s : sel.skills)
        skills.append(QJsonObject{{QStringLiteral("skill"), data.skills().at(s).name},
                                  {QStringLiteral("category"), data.categories().at(data.skills().at(s).categoryIndex).name}});
    QJsonArray people;
    for (int p : sel.people) {
        const auto& person = data.people().at(p);
        QJsonObject levels;
        for (int s : sel.skills) {
            Source from = Source::Lead;
            if (const auto level = levelOf(data, p, s, options.source, &from))
                levels.insert(data.skills().at(s).name, *level);
        }
        people.append(QJsonObject{{QStringLiteral("person"), person.name},
                                  {QStringLiteral("email"), person.email},
                                  {QStringLiteral("team"), sel.teams.value(person.teamId)},
                                  {QStringLiteral("external"), person.external},
                                  {QStringLiteral("levels"), levels}});
    }
    const QJsonObject root{{QStringLiteral("workspace"), name},
                           {QStringLiteral("source"), options.source ? sourceName(*options.source) : QStringLiteral("effective")},
                           {QStringLiteral("scale"), scale},
                           {QStringLiteral("skills"), skills},
                           {QStringLiteral("people"), people}};
    return saveFile(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

quint32 rgb(const QColor& color)
{
    return quint32(color.rgb() & 0xffffff);
}

Result<void> writeXlsx(const MatrixData& data, const Selection& sel, const QString& path, const MatrixExport::Options& options)
{
    // libxlsxwriter writes the file itself: write next to the target, then move into place.
    const QString temporary = path + QStringLiteral(".part");
    const QByteArray native = QFile::encodeName(temporary);
    lxw_workbook_options workbookOptions{};
    // Not constant_memory: it writes inline strings, which freexl (our import) cannot read,
    // so an export would no longer import. Cells are held in memory until the file is closed.
    workbookOptions.constant_memory = LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(native.constData(), &workbookOptions);
    if (!book)
        return Error{Error::ReadOnly, MatrixExport::tr("Cannot write %1.").arg(path)};
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Matrix");
    lxw_worksheet* scaleSheet = workbook_add_worksheet(book, "Scale");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format* upright = workbook_add_format(book);
    format_set_bold(upright);
    format_set_rotation(upright, 90);
    format_set_align(upright, LXW_ALIGN_CENTER);
    format_set_bottom(upright, LXW_BORDER_THIN);
    QList<lxw_format*> levelFormats;
    for (const ScaleLevel& level : data.scale()) {
        lxw_format* f = workbook_add_format(book);
        format_set_bg_color(f, rgb(level.color));
        format_set_font_color(f, rgb(Scale::textColorOn(level.color)));
        format_set_align(f, LXW_ALIGN_CENTER);
        levelFormats << f;
    }
    const auto str = [](lxw_worksheet* ws, int row, int col, const QString& text, lxw_format* format) {
        const QByteArray utf8 = text.toUtf8();
        worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format);
    };

    if (options.longForm) {
        const QStringList header{QStringLiteral("Person"), QStringLiteral("Email"), QStringLiteral("Team"), QStringLiteral("Skill"),
                                 QStringLiteral("Level"), QStringLiteral("Source"), QStringLiteral("Date")};
        for (int c = 0; c < header.size(); ++c)
            str(sheet, 0, c, header.at(c), bold);
        int row = 1;
        for (int p : sel.people) {
            const auto& person = data.people().at(p);
            for (int s : sel.skills) {
                Source from = Source::Lead;
                const auto level = levelOf(data, p, s, options.source, &from);
                if (!level)
                    continue;
                str(sheet, row, 0, person.name, nullptr);
                str(sheet, row, 1, person.email, nullptr);
                str(sheet, row, 2, sel.teams.value(person.teamId), nullptr);
                str(sheet, row, 3, data.skills().at(s).name, nullptr);
                worksheet_write_number(sheet, lxw_row_t(row), 4, *level, levelFormats.value(*level));
                str(sheet, row, 5, sourceName(from), nullptr);
                str(sheet, row, 6, data.lastAssessed(p, s).toString(Qt::ISODate), nullptr);
                ++row;
            }
        }
        worksheet_set_column(sheet, 0, 3, 22, nullptr);
        worksheet_freeze_panes(sheet, 1, 1);
    } else {
        str(sheet, 0, 0, QStringLiteral("Person"), bold);
        str(sheet, 0, 1, QStringLiteral("Email"), bold);
        str(sheet, 0, 2, QStringLiteral("Team"), bold);
        for (int c = 0; c < sel.skills.size(); ++c)
            str(sheet, 0, 3 + c, data.skills().at(sel.skills.at(c)).name, upright);
        worksheet_set_row(sheet, 0, 130, nullptr);
        worksheet_set_column(sheet, 0, 0, 24, nullptr);
        worksheet_set_column(sheet, 1, 1, 30, nullptr);
        worksheet_set_column(sheet, 2, 2, 14, nullptr);
        if (!sel.skills.isEmpty())
            worksheet_set_column(sheet, 3, lxw_col_t(2 + sel.skills.size()), 4.5, nullptr);
        worksheet_freeze_panes(sheet, 1, 3);
        int row = 1;
        for (int p : sel.people) {
            const auto& person = data.people().at(p);
            str(sheet, row, 0, person.name, nullptr);
            str(sheet, row, 1, person.email, nullptr);
            str(sheet, row, 2, sel.teams.value(person.teamId), nullptr);
            for (int c = 0; c < sel.skills.size(); ++c) {
                Source from = Source::Lead;
                if (const auto level = levelOf(data, p, sel.skills.at(c), options.source, &from))
                    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(3 + c), *level, levelFormats.value(*level));
            }
            ++row;
        }
    }
    const QStringList scaleHeader{QStringLiteral("Level"), QStringLiteral("Label"), QStringLiteral("Description"), QStringLiteral("Colour")};
    for (int c = 0; c < scaleHeader.size(); ++c)
        str(scaleSheet, 0, c, scaleHeader.at(c), bold);
    for (int i = 0; i < data.scale().size(); ++i) {
        const ScaleLevel& level = data.scale().at(i);
        worksheet_write_number(scaleSheet, lxw_row_t(i + 1), 0, level.level, levelFormats.at(i));
        str(scaleSheet, i + 1, 1, level.label, nullptr);
        str(scaleSheet, i + 1, 2, level.description, nullptr);
        str(scaleSheet, i + 1, 3, level.color.name(), levelFormats.at(i));
    }
    worksheet_set_column(scaleSheet, 1, 1, 16, nullptr);
    worksheet_set_column(scaleSheet, 2, 2, 50, nullptr);
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Error{Error::Failed, MatrixExport::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)))};
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error{Error::Failed, MatrixExport::tr("Cannot write %1.").arg(path)};
    }
    return {};
}

} // namespace

std::optional<MatrixExport::Format> MatrixExport::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Csv;
    if (suffix == QLatin1String("xlsx"))
        return Xlsx;
    if (suffix == QLatin1String("json"))
        return Json;
    return std::nullopt;
}

Result<void> MatrixExport::write(Workspace& ws, const QString& path, const Options& options)
{
    MatrixData data;
    if (auto loaded = data.load(ws); !loaded)
        return loaded;
    return write(data, ws.location().displayName(), path, options);
}

Result<void> MatrixExport::write(const MatrixData& data, const QString& workspaceName, const QString& path, const Options& options)
{
    const QHash<Id, QString>& teams = data.teamNames();
    auto selection = select(data, teams, options);
    if (!selection)
        return selection.error();
    switch (options.format) {
    case Csv:
        return writeCsv(data, selection.value(), path, options);
    case Json:
        return writeJson(data, selection.value(), workspaceName, path, options);
    case Xlsx:
        return writeXlsx(data, selection.value(), path, options);
    }
    return {};
}

} // namespace coe
