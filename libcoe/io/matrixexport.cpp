// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/matrixexport.h"

#include "core/savefile.h"
#include "io/csv.h"
#include "io/odswriter.h"
#include "storage/catalog.h"
#include "storage/matrixdata.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <filesystem>
#include <system_error>
#include <vector>
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

std::optional<int> levelOf(const MatrixData& data, int person, int skill, const std::optional<Source>& source,
                           Source* from)
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
        if (!options.category.isEmpty() && category.name.compare(options.category, Qt::CaseInsensitive) != 0 &&
            leaf.compare(options.category, Qt::CaseInsensitive) != 0)
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

Result<void> writeCsv(const MatrixData& data, const Selection& sel, const QString& path,
                      const MatrixExport::Options& options)
{
    return saveFile(path, [&](QIODevice& file) -> Result<void> {
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
                    line({person.name, person.email, sel.teams.value(person.teamId), data.skills().at(s).name,
                          QString::number(*level), sourceName(from), data.lastAssessed(p, s).toString(Qt::ISODate)});
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
                if (file.write(text.toUtf8()) < 0)
                    return {}; // saveFile reports the file's error
                text.clear();
            }
        }
        file.write(text.toUtf8()); // saveFile sees a failed write in the file's error
        return {};
    });
}

Result<void> writeJson(const MatrixData& data, const Selection& sel, const QString& name, const QString& path,
                       const MatrixExport::Options& options)
{
    QJsonArray scale;
    for (const ScaleLevel& level : data.scale())
        scale.append(QJsonObject{{QStringLiteral("level"), level.level},
                                 {QStringLiteral("label"), level.label},
                                 {QStringLiteral("color"), level.color.name()}});
    QJsonArray skills;
    for (int s : sel.skills)
        skills.append(
            QJsonObject{{QStringLiteral("skill"), data.skills().at(s).name},
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
    const QJsonObject root{
        {QStringLiteral("workspace"), name},
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

// The largest sheet Excel and LibreOffice Calc open.
constexpr qint64 kMaxRows = 1048576;
constexpr qint64 kMaxColumns = 16384;

const QStringList& longHeader()
{
    static const QStringList header{QStringLiteral("Person"), QStringLiteral("Email"), QStringLiteral("Team"),
                                    QStringLiteral("Skill"),  QStringLiteral("Level"), QStringLiteral("Source"),
                                    QStringLiteral("Date")};
    return header;
}

/// The rows of the Matrix sheet below its header.
qint64 dataRows(const MatrixData& data, const Selection& sel, const MatrixExport::Options& options)
{
    if (!options.longForm)
        return sel.people.size();
    qint64 rows = 0;
    for (int p : sel.people) {
        for (int s : sel.skills) {
            Source from = Source::Lead;
            if (levelOf(data, p, s, options.source, &from))
                ++rows;
        }
    }
    return rows;
}

/// Refuses a matrix larger than a spreadsheet holds, before anything is written.
Result<qint64> checkSize(const MatrixData& data, const Selection& sel, const QString& path,
                         const MatrixExport::Options& options)
{
    const qint64 rows = 1 + dataRows(data, sel, options);
    const qint64 columns = options.longForm ? longHeader().size() : 3 + sel.skills.size();
    if (rows > kMaxRows)
        return Error{Error::Invalid,
                     MatrixExport::tr("Cannot write %1: the matrix needs %L2 rows and a spreadsheet holds at most %L3. "
                                      "Export the wide form, one team or one category, or CSV.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(rows)
                         .arg(kMaxRows)};
    if (columns > kMaxColumns)
        return Error{
            Error::Invalid,
            MatrixExport::tr("Cannot write %1: the matrix needs %L2 columns and a spreadsheet holds at most %L3. "
                             "Export the long form, one category, or CSV.")
                .arg(QDir::toNativeSeparators(path))
                .arg(columns)
                .arg(kMaxColumns)};
    return rows - 1;
}

/// The words of the level drop-down's help and refusal: every level when they fit in Excel's
/// 255 characters, else the first and the last.
QString levelHint(const QList<ScaleLevel>& scale)
{
    QStringList levels;
    for (const ScaleLevel& level : scale)
        levels << QStringLiteral("%1 %2").arg(level.level).arg(level.label);
    QString hint =
        MatrixExport::tr("Pick a level from the list or type its number: %1").arg(levels.join(QStringLiteral(", ")));
    if (hint.size() > 255 && levels.size() > 1)
        hint = MatrixExport::tr("Pick a level from the list or type its number: %1 … %2")
                   .arg(levels.first(), levels.last());
    return hint.left(255);
}

QString levelTitle()
{
    return MatrixExport::tr("Level");
}

/// Where the level cells are (rows and columns from 0): every skill column of the wide sheet
/// below its header, or the Level column of the long one.
struct LevelArea
{
    int firstRow = 1;
    int lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;
    bool isEmpty() const { return lastRow < firstRow || lastColumn < firstColumn; }
};

LevelArea levelArea(const Selection& sel, qint64 rows, const MatrixExport::Options& options)
{
    if (options.longForm)
        return {1, int(rows), 4, 4};
    return {1, int(rows), 3, int(2 + sel.skills.size())};
}

/// Moves a finished temporary file over the target in one step (replacing any old file).
Result<void> moveIntoPlace(const QString& temporary, const QString& path)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        QFile::remove(temporary);
        return Error{Error::Failed, MatrixExport::tr("Cannot write %1: %2")
                                        .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(error.message()))};
    }
    return {};
}

/// One XLSX export through libxlsxwriter, step by step: open the workbook, add the formats,
/// write the Matrix sheet (long or wide), put the level drop-down over its level cells, write
/// the Scale sheet, close and move the file into place. In constant memory a row is final once
/// passed, so the steps run in that order; the first failure of any write is kept for close().
class XlsxExport
{
public:
    XlsxExport(const MatrixData& data, const Selection& sel, const QString& path, const MatrixExport::Options& options)
        : m_data(data), m_sel(sel), m_path(path), m_options(options),
          m_temporary(path + QStringLiteral(".part")) // libxlsxwriter writes the file itself: beside the target
          ,
          m_tmpdir(QFile::encodeName(QDir::tempPath()))
    {}

    Result<void> open()
    {
        const QByteArray native = QFile::encodeName(m_temporary);
        lxw_workbook_options workbookOptions{};
        // Constant memory: each row goes to a temporary file as soon as the next one starts, so
        // memory does not grow with the matrix. Rows must be written in order, and strings are
        // written inline (our reader and every spreadsheet program read them).
        workbookOptions.constant_memory = LXW_TRUE;
        workbookOptions.tmpdir = m_tmpdir.constData();
        m_book = workbook_new_opt(native.constData(), &workbookOptions);
        if (!m_book)
            return Error{Error::ReadOnly, MatrixExport::tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_path))};
        m_sheet = workbook_add_worksheet(m_book, "Matrix");
        m_scaleSheet = workbook_add_worksheet(m_book, "Scale");
        if (!m_sheet || !m_scaleSheet) {
            workbook_close(m_book);
            QFile::remove(m_temporary);
            return Error{Error::Failed,
                         MatrixExport::tr("Cannot write %1: no room for a temporary file in %2.")
                             .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(QDir::tempPath()))};
        }
        return {};
    }

    void addFormats()
    {
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        format_set_bottom(m_bold, LXW_BORDER_THIN);
        m_upright = workbook_add_format(m_book);
        format_set_bold(m_upright);
        format_set_rotation(m_upright, 90);
        format_set_align(m_upright, LXW_ALIGN_CENTER);
        format_set_bottom(m_upright, LXW_BORDER_THIN);
        for (const ScaleLevel& level : m_data.scale()) {
            lxw_format* f = workbook_add_format(m_book);
            format_set_bg_color(f, rgb(level.color));
            format_set_font_color(f, rgb(Scale::textColorOn(level.color)));
            format_set_align(f, LXW_ALIGN_CENTER);
            m_levelFormats << f;
        }
    }

    /// A row per assessed cell: Person, Email, Team, Skill, Level, Source, Date.
    void writeLongSheet()
    {
        const QStringList& header = longHeader();
        worksheet_set_column(m_sheet, 0, 3, 22, nullptr);
        worksheet_freeze_panes(m_sheet, 1, 1);
        for (int c = 0; c < header.size(); ++c)
            str(m_sheet, 0, c, header.at(c), m_bold);
        int row = 1;
        for (int p : m_sel.people) {
            const auto& person = m_data.people().at(p);
            const QString team = m_sel.teams.value(person.teamId);
            for (int s : m_sel.skills) {
                Source from = Source::Lead;
                const auto level = levelOf(m_data, p, s, m_options.source, &from);
                if (!level)
                    continue;
                str(m_sheet, row, 0, person.name, nullptr);
                str(m_sheet, row, 1, person.email, nullptr);
                str(m_sheet, row, 2, team, nullptr);
                str(m_sheet, row, 3, m_data.skills().at(s).name, nullptr);
                check(worksheet_write_number(m_sheet, lxw_row_t(row), 4, *level, m_levelFormats.value(*level)));
                str(m_sheet, row, 5, sourceName(from), nullptr);
                str(m_sheet, row, 6, m_data.lastAssessed(p, s).toString(Qt::ISODate), nullptr);
                ++row;
            }
        }
    }

    /// A row per person: Person, Email, Team, then a column per skill under an upright name.
    void writeWideSheet()
    {
        // Row and column settings first: in constant memory a row is final once passed.
        worksheet_set_row(m_sheet, 0, 130, nullptr);
        worksheet_set_column(m_sheet, 0, 0, 24, nullptr);
        worksheet_set_column(m_sheet, 1, 1, 30, nullptr);
        worksheet_set_column(m_sheet, 2, 2, 14, nullptr);
        if (!m_sel.skills.isEmpty())
            worksheet_set_column(m_sheet, 3, lxw_col_t(2 + m_sel.skills.size()), 4.5, nullptr);
        worksheet_freeze_panes(m_sheet, 1, 3);
        str(m_sheet, 0, 0, QStringLiteral("Person"), m_bold);
        str(m_sheet, 0, 1, QStringLiteral("Email"), m_bold);
        str(m_sheet, 0, 2, QStringLiteral("Team"), m_bold);
        for (int c = 0; c < m_sel.skills.size(); ++c)
            str(m_sheet, 0, 3 + c, m_data.skills().at(m_sel.skills.at(c)).name, m_upright);
        int row = 1;
        for (int p : m_sel.people) {
            const auto& person = m_data.people().at(p);
            str(m_sheet, row, 0, person.name, nullptr);
            str(m_sheet, row, 1, person.email, nullptr);
            str(m_sheet, row, 2, m_sel.teams.value(person.teamId), nullptr);
            for (int c = 0; c < m_sel.skills.size(); ++c) {
                Source from = Source::Lead;
                if (const auto level = levelOf(m_data, p, m_sel.skills.at(c), m_options.source, &from))
                    check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(3 + c), *level,
                                                 m_levelFormats.value(*level)));
            }
            ++row;
        }
    }

    /// The level drop-down over @p rows rows of level cells: the labels, then the numbers
    /// people type; inline when that fits, else the range on the Scale sheet.
    void addLevelValidation(qint64 rows)
    {
        QList<QByteArray> choices;
        for (const ScaleLevel& level : m_data.scale())
            choices << level.label.toUtf8();
        for (const ScaleLevel& level : m_data.scale())
            choices << QByteArray::number(level.level);
        std::vector<const char*> list;
        for (const QByteArray& choice : std::as_const(choices))
            list.push_back(choice.constData());
        list.push_back(nullptr);
        const int scaleRows = int(m_data.scale().size());
        const QByteArray rangeFormula = "=Scale!$E$2:$E$" + QByteArray::number(1 + 2 * scaleRows);
        const QByteArray title = levelTitle().toUtf8();
        const QByteArray hint = levelHint(m_data.scale()).toUtf8();
        const QByteArray errorTitle = MatrixExport::tr("Not a level").toUtf8();
        const LevelArea area = levelArea(m_sel, rows, m_options);
        if (area.isEmpty() || scaleRows == 0)
            return;
        const bool inlineList = levelListFitsInline();
        lxw_data_validation validation{};
        validation.validate = inlineList ? LXW_VALIDATION_TYPE_LIST : LXW_VALIDATION_TYPE_LIST_FORMULA;
        if (inlineList)
            validation.value_list = list.data();
        else
            validation.value_formula = rangeFormula.constData();
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.dropdown = LXW_VALIDATION_ON;
        validation.show_input = LXW_VALIDATION_ON;
        validation.show_error = LXW_VALIDATION_ON;
        validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        validation.input_title = title.constData();
        validation.input_message = hint.constData();
        validation.error_title = errorTitle.constData();
        validation.error_message = hint.constData();
        check(worksheet_data_validation_range(m_sheet, lxw_row_t(area.firstRow), lxw_col_t(area.firstColumn),
                                              lxw_row_t(area.lastRow), lxw_col_t(area.lastColumn), &validation));
    }

    /// The levels with label, description and colour, and (when the drop-down is a range) the
    /// Level list column it points at: the labels, then the numbers.
    void writeScaleSheet()
    {
        const bool inlineList = levelListFitsInline();
        const int scaleRows = int(m_data.scale().size());
        QStringList scaleHeader{QStringLiteral("Level"), QStringLiteral("Label"), QStringLiteral("Description"),
                                QStringLiteral("Colour")};
        if (!inlineList)
            scaleHeader << QStringLiteral("Level list");
        worksheet_set_column(m_scaleSheet, 1, 1, 16, nullptr);
        worksheet_set_column(m_scaleSheet, 2, 2, 50, nullptr);
        if (!inlineList)
            worksheet_set_column(m_scaleSheet, 4, 4, 16, nullptr);
        for (int c = 0; c < scaleHeader.size(); ++c)
            str(m_scaleSheet, 0, c, scaleHeader.at(c), m_bold);
        for (int i = 0; i < (inlineList ? scaleRows : 2 * scaleRows); ++i) {
            if (i < scaleRows) {
                const ScaleLevel& level = m_data.scale().at(i);
                check(worksheet_write_number(m_scaleSheet, lxw_row_t(i + 1), 0, level.level, m_levelFormats.at(i)));
                str(m_scaleSheet, i + 1, 1, level.label, nullptr);
                str(m_scaleSheet, i + 1, 2, level.description, nullptr);
                str(m_scaleSheet, i + 1, 3, level.color.name(), m_levelFormats.at(i));
            }
            if (!inlineList) {
                if (i < scaleRows)
                    str(m_scaleSheet, i + 1, 4, m_data.scale().at(i).label, nullptr);
                else
                    check(worksheet_write_number(m_scaleSheet, lxw_row_t(i + 1), 4,
                                                 m_data.scale().at(i - scaleRows).level, nullptr));
            }
        }
    }

    /// Closes the workbook and moves it over the target; on any failure removes it and says
    /// why (a full disk in those words).
    Result<void> close()
    {
        errno = 0;
        const lxw_error closed = workbook_close(m_book);
        const int closeErrno = errno; // libxlsxwriter says "zip error" where the C library said ENOSPC
        if (m_failed == LXW_NO_ERROR)
            m_failed = closed;
        if (m_failed != LXW_NO_ERROR) {
            QFile::remove(m_temporary);
            if (closed != LXW_NO_ERROR && (closeErrno == ENOSPC || closeErrno == EDQUOT)) {
                if (closed == LXW_ERROR_CREATING_TMPFILE || closed == LXW_ERROR_READING_TMPFILE)
                    return Error{Error::Failed, MatrixExport::tr("Cannot write %1: no room for a temporary file in %2.")
                                                    .arg(QDir::toNativeSeparators(m_path),
                                                         QDir::toNativeSeparators(QDir::tempPath()))};
                return diskFullError(m_path);
            }
            return Error{Error::Failed,
                         MatrixExport::tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(m_failed)))};
        }
        return moveIntoPlace(m_temporary, m_path);
    }

private:
    /// Whether the drop-down can list the levels inline: Excel's 255 characters hold them and
    /// no label is empty or has a comma or a quote.
    bool levelListFitsInline() const
    {
        bool inlineList = true;
        qsizetype listLength = 0;
        for (const ScaleLevel& level : m_data.scale()) {
            listLength += level.label.size() + QString::number(level.level).size() + 2;
            if (level.label.contains(QLatin1Char(',')) || level.label.contains(QLatin1Char('"')) ||
                level.label.isEmpty())
                inlineList = false;
        }
        return inlineList && listLength - 1 <= 255;
    }

    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && m_failed == LXW_NO_ERROR)
            m_failed = e;
    }

    void str(lxw_worksheet* ws, int row, int col, const QString& text, lxw_format* format)
    {
        const QByteArray utf8 = text.toUtf8();
        check(worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format));
    }

    const MatrixData& m_data;
    const Selection& m_sel;
    const QString m_path;
    const MatrixExport::Options& m_options;
    const QString m_temporary;
    const QByteArray m_tmpdir; ///< outlives the workbook, which was given it
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_worksheet* m_scaleSheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_upright = nullptr;
    QList<lxw_format*> m_levelFormats;
    lxw_error m_failed = LXW_NO_ERROR;
};

Result<void> writeXlsx(const MatrixData& data, const Selection& sel, const QString& path,
                       const MatrixExport::Options& options)
{
    const auto rows = checkSize(data, sel, path, options);
    if (!rows)
        return rows.error();
    XlsxExport xlsx(data, sel, path, options);
    if (auto opened = xlsx.open(); !opened)
        return opened;
    xlsx.addFormats();
    if (options.longForm)
        xlsx.writeLongSheet();
    else
        xlsx.writeWideSheet();
    xlsx.addLevelValidation(rows.value());
    xlsx.writeScaleSheet();
    return xlsx.close();
}

Result<void> writeOds(const MatrixData& data, const Selection& sel, const QString& path,
                      const MatrixExport::Options& options)
{
    const auto rows = checkSize(data, sel, path, options);
    if (!rows)
        return rows.error();
    OdsWriter ods(path);
    const int bold = ods.addStyle({QColor(), QColor(), true, false, false, true});
    const int upright = ods.addStyle({QColor(), QColor(), true, true, true, true});
    QList<int> levelStyles;
    for (const ScaleLevel& level : data.scale())
        levelStyles << ods.addStyle({level.color, Scale::textColorOn(level.color), false, false, true, false});
    const auto levelStyle = [&levelStyles](int level) {
        return level >= 0 && level < levelStyles.size() ? levelStyles.at(level) : -1;
    };

    OdsWriter::ListValidation list;
    for (const ScaleLevel& level : data.scale()) {
        list.texts << level.label;
        list.numbers << level.level;
    }
    list.baseCell = options.longForm ? QStringLiteral("Matrix.E2") : QStringLiteral("Matrix.D2");
    list.title = levelTitle();
    list.message = levelHint(data.scale());
    const int validation = data.scale().isEmpty() ? -1 : ods.addValidation(list);

    // Widths as the XLSX export sets them (Excel character widths at about 0.19 cm each).
    const auto width = [](double characters) {
        return characters * 0.1905 + 0.13;
    };
    OdsWriter::Sheet matrix{QStringLiteral("Matrix"), {}, 0, 1, options.longForm ? 1 : 3};
    if (options.longForm) {
        matrix.columns = {{width(22), 4}, {width(9), 3}};
    } else {
        matrix.columns = {{width(24), 1}, {width(30), 1}, {width(14), 1}};
        if (!sel.skills.isEmpty())
            matrix.columns << OdsWriter::Columns{width(4.5), int(sel.skills.size())};
        matrix.firstRowHeightCm = 130 * 2.54 / 72;
    }
    ods.addSheet(matrix);
    ods.addSheet({QStringLiteral("Scale"), {{width(9), 1}, {width(16), 1}, {width(50), 1}, {width(9), 1}}, 0, 1, 0});
    if (auto opened = ods.open(); !opened)
        return opened;

    ods.startSheet();
    ods.startRow();
    if (options.longForm) {
        for (const QString& column : longHeader())
            ods.text(column, bold);
    } else {
        ods.text(QStringLiteral("Person"), bold);
        ods.text(QStringLiteral("Email"), bold);
        ods.text(QStringLiteral("Team"), bold);
        for (int s : sel.skills)
            ods.text(data.skills().at(s).name, upright);
    }
    ods.endRow();
    for (int p : sel.people) {
        const auto& person = data.people().at(p);
        const QString team = sel.teams.value(person.teamId);
        if (options.longForm) {
            for (int s : sel.skills) {
                Source from = Source::Lead;
                const auto level = levelOf(data, p, s, options.source, &from);
                if (!level)
                    continue;
                ods.startRow();
                ods.text(person.name);
                ods.text(person.email);
                ods.text(team);
                ods.text(data.skills().at(s).name);
                ods.number(*level, levelStyle(*level), validation);
                ods.text(sourceName(from));
                ods.text(data.lastAssessed(p, s).toString(Qt::ISODate));
                ods.endRow();
            }
        } else {
            ods.startRow();
            ods.text(person.name);
            ods.text(person.email);
            ods.text(team);
            int blanks = 0;
            for (int s : sel.skills) {
                Source from = Source::Lead;
                const auto level = levelOf(data, p, s, options.source, &from);
                if (!level) {
                    ++blanks;
                    continue;
                }
                ods.empty(blanks, validation);
                blanks = 0;
                ods.number(*level, levelStyle(*level), validation);
            }
            ods.empty(blanks, validation);
            ods.endRow();
        }
    }
    ods.endSheet();

    ods.startSheet();
    ods.startRow();
    for (const char* column : {"Level", "Label", "Description", "Colour"})
        ods.text(QString::fromLatin1(column), bold);
    ods.endRow();
    for (int i = 0; i < data.scale().size(); ++i) {
        const ScaleLevel& level = data.scale().at(i);
        ods.startRow();
        ods.number(level.level, levelStyles.at(i));
        ods.text(level.label);
        ods.text(level.description);
        ods.text(level.color.name(), levelStyles.at(i));
        ods.endRow();
    }
    ods.endSheet();
    return ods.finish();
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
    if (suffix == QLatin1String("ods"))
        return Ods;
    return std::nullopt;
}

Result<void> MatrixExport::write(Workspace& ws, const QString& path, const Options& options)
{
    MatrixData data;
    if (auto loaded = data.load(ws); !loaded)
        return loaded;
    return write(data, ws.location().displayName(), path, options);
}

Result<void> MatrixExport::write(const MatrixData& data, const QString& workspaceName, const QString& path,
                                 const Options& options)
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
    case Ods:
        return writeOds(data, selection.value(), path, options);
    }
    return {};
}

} // namespace coe
