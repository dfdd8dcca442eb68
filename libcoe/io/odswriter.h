// SPDX-License-Identifier: GPL-3.0-or-later
// OpenDocument spreadsheets written as a stream: the sheets' cells go into content.xml while
// they are produced, in pieces of about a megabyte, so memory does not grow with the sheet.
// Everything that must precede the cells in the file (cell styles, list validations, column
// widths, frozen panes) is declared before open(). The archive is written through QSaveFile
// (KArchive's own), so the target name only ever holds a complete file.
#pragma once

#include "core/result.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

class KZip;
class QIODevice;
class QSaveFile;

namespace coe {

/// Writes one .ods file: declare styles, validations and sheets, open(), then each sheet's
/// rows in order, then finish(). A write error stops the writing; finish() reports it.
class OdsWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdsWriter)

public:
    /// An automatic cell style.
    struct CellStyle
    {
        QColor background; ///< invalid: none
        QColor text;       ///< invalid: the default
        bool bold = false;
        bool rotated = false; ///< text turned 90° (read bottom to top)
        bool centered = false;
        bool ruled = false; ///< a thin line below
    };
    /// A drop-down of allowed values; cells outside it are refused with a stop message.
    struct ListValidation
    {
        QStringList texts;     ///< offered first, as text
        QList<double> numbers; ///< then these, as numbers
        QString baseCell;      ///< the first cell it applies to, "Matrix.D2"
        QString title;         ///< of the help and the error message
        QString message;       ///< shown when a cell is entered and when a value is refused
    };
    /// A run of columns of one width.
    struct Columns
    {
        double widthCm = 2.3;
        int count = 1;
    };
    struct Sheet
    {
        QString name;
        QList<Columns> columns;
        double firstRowHeightCm = 0; ///< 0: the default height
        int frozenRows = 0;
        int frozenColumns = 0;
    };

    explicit OdsWriter(const QString& path);
    ~OdsWriter();
    OdsWriter(const OdsWriter&) = delete;
    OdsWriter& operator=(const OdsWriter&) = delete;

    /// Before open(): returns the id to pass to text() and number().
    int addStyle(const CellStyle& style);
    /// Before open(): returns the id to pass to number() and empty().
    int addValidation(const ListValidation& validation);
    /// Before open(): sheets are written in the order they are added.
    void addSheet(const Sheet& sheet);

    /// Creates the file and writes everything but the cells.
    Result<void> open();
    /// The next sheet (in addSheet() order).
    void startSheet();
    void startRow();
    void text(const QString& text, int style = -1);
    void number(double value, int style = -1, int validation = -1);
    /// @p count empty cells.
    void empty(int count = 1, int validation = -1);
    void endRow();
    void endSheet();
    /// Completes the file and moves it to its name; on failure nothing is left under it.
    Result<void> finish();

    /// @p text escaped for XML character data or an attribute value; characters XML cannot
    /// hold (most control characters, unpaired surrogates) are dropped.
    static QByteArray escaped(QStringView text);

private:
    void put(const QByteArray& bytes);
    void put(const char* bytes);
    void flush();
    bool writeEntry(const QString& name, const QByteArray& bytes);
    void fail(const QString& reason);
    QByteArray contentHead() const;
    QByteArray settings() const;
    static QByteArray paragraphs(QStringView text);

    QString m_path;
    // Destroyed in reverse order: the archive first, then the device it writes through, then
    // the file, which without commit() leaves nothing behind.
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<KZip> m_zip;
    QHash<quint64, QByteArray> m_cells; ///< number() cells already built, by value, style and validation
    QList<CellStyle> m_styles;
    QList<ListValidation> m_validations;
    QList<Sheet> m_sheets;
    QByteArray m_buffer;
    qint64 m_contentSize = 0;
    int m_sheet = -1;
    int m_row = 0;
    bool m_open = false;
    QString m_error;
};

} // namespace coe
