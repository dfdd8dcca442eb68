// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: the CSV dialect read a record at a time from a 1 MB buffer — records that straddle
// the buffer's edges read as if the file were whole, and each limit refuses as soon as it is
// passed, naming the file and the place.
#include "io/csvreader.h"
#include "io/spreadsheet.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace coe;

namespace {

std::unique_ptr<CsvReader> readerOf(const QByteArray& bytes, const SheetLimits& limits = {})
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return std::make_unique<CsvReader>(std::move(buffer), QStringLiteral("t.csv"), limits);
}

/// Every record, or the error's message as the only "record".
QList<CsvTable::Record> readAll(CsvReader& reader, QString* error = nullptr)
{
    QList<CsvTable::Record> records;
    CsvTable::Record record;
    for (;;) {
        auto more = reader.next(record);
        if (!more) {
            if (error)
                *error = more.error().message;
            return records;
        }
        if (!more.value())
            return records;
        records << record;
    }
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialect()
    {
        auto reader = readerOf("\xef\xbb\xbfName;Note\r\n\"Lima; Ana\";\"said \"\"hi\"\"\nthen left\"\r\n\r\nBo;x\n");
        QString error;
        const auto records = readAll(*reader, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(reader->separator(), QLatin1Char(';'));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, (QStringList{QStringLiteral("Name"), QStringLiteral("Note")}));
        QCOMPARE(records.at(1).fields,
                 (QStringList{QStringLiteral("Lima; Ana"), QStringLiteral("said \"hi\"\nthen left")}));
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).line, 5); // the quoted line break and the blank line count
        QCOMPARE(records.at(2).fields, (QStringList{QStringLiteral("Bo"), QStringLiteral("x")}));
    }

    void recordsAcrossTheBufferEdge_data()
    {
        QTest::addColumn<int>("shift");
        // The reader fills 1 MB at a time: put a doubled quote, a CR LF and a three-byte
        // character on each side of that edge.
        for (int shift : {-2, -1, 0, 1, 2})
            QTest::newRow(qPrintable(QString::number(shift))) << shift;
    }

    void recordsAcrossTheBufferEdge()
    {
        QFETCH(int, shift);
        const int edge = 1 << 20;
        QByteArray bytes = "a,b\n";
        // Short lines up to just before the edge, then the record that straddles it.
        int lines = 1;
        while (bytes.size() + 8 < edge - 6 + shift) {
            bytes += "ff,gg\n";
            ++lines;
        }
        bytes += QByteArray(edge - 6 + shift - bytes.size(), 'f');
        bytes += ",\"x\"\"y\r\n€\"\r\nz,\xe2\x82\xac\r\n";
        auto reader = readerOf(bytes);
        QString error;
        const auto records = readAll(*reader, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), lines + 2);
        QCOMPARE(records.at(lines).fields.value(1), QStringLiteral("x\"y\r\n€"));
        QCOMPARE(records.at(lines + 1).fields, (QStringList{QStringLiteral("z"), QStringLiteral("€")}));
        QCOMPARE(records.at(lines + 1).line, lines + 3);
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("cell") << QByteArray("a,b\n1," + QByteArray(101, 'x') + "\n")
                              << QStringLiteral("t.csv, line 2, column B holds more than 100 characters, the most a "
                                                "cell may hold; nothing was imported.");
        QTest::newRow("quoted cell") << QByteArray("a\n\"" + QByteArray(60, 'x') + "\"\"" + QByteArray(60, 'x') +
                                                   "\"\n")
                                     << QStringLiteral("t.csv, line 2, column A holds more than 100 characters, the "
                                                       "most a cell may hold; nothing was imported.");
        QTest::newRow("columns")
            << QByteArray("a,b,c,d,e,f\n")
            << QStringLiteral(
                   "t.csv, line 1 has more than 5 columns, the most a spreadsheet may have; nothing was imported.");
        QTest::newRow("rows")
            << QByteArray("a\n1\n2\n3\n4\n5\n6\n")
            << QStringLiteral("t.csv has more than 5 rows, the most a spreadsheet may have; nothing was imported.");
        QTest::newRow("row") << QByteArray("a,b,c,d\n" + QByteArray(90, 'x') + ',' + QByteArray(90, 'x') + ',' +
                                           QByteArray(90, 'x') + "\n")
                             << QStringLiteral("t.csv, line 2 holds more than 200 characters in all, more than any "
                                               "skill matrix needs; nothing was imported.");
        QTest::newRow("unclosed quote") << QByteArray("a\n\"open\n")
                                        << QStringLiteral(
                                               "t.csv, line 2: a quoted field is never closed (a \" is missing).");
        QTest::newRow("NUL") << QByteArray("a\n\0", 3)
                             << QStringLiteral("t.csv is not a CSV text file (it contains binary data on line 2).");
        QTest::newRow("UTF-16") << QByteArray("\xff\xfe"
                                              "a\0",
                                              4)
                                << QStringLiteral("t.csv is UTF-16 text. Save it as 'CSV UTF-8' and try again.");
        QTest::newRow("Latin-1") << QByteArray("a\nJos\xe9\n")
                                 << QStringLiteral(
                                        "t.csv is not UTF-8 text (line 2). Save it as 'CSV UTF-8' and try again.");
    }

    void limits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        SheetLimits limits;
        limits.maxCellChars = 100;
        limits.maxColumns = 5;
        limits.maxRows = 5;
        limits.maxRowChars = 200;
        auto reader = readerOf(bytes, limits);
        QString error;
        readAll(*reader, &error);
        QCOMPARE(error, message);
    }

    void anOverlongFieldIsRefusedWithoutReadingItAll()
    {
        // 64 MB in one field: refused at the default limit, long before the end.
        QByteArray bytes = "Person,Terraform\n";
        bytes += QByteArray(64 << 20, 'x');
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        buffer->open(QIODevice::ReadOnly);
        QBuffer* device = buffer.get();
        CsvReader reader(std::move(buffer), QStringLiteral("t.csv"), {});
        QString error;
        readAll(reader, &error);
        QVERIFY(error.contains(QStringLiteral("more than 32767 characters")));
        QVERIFY(device->pos() <= 2 << 20);
    }

    void previewReadsOnlyTheFirstRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Person,Terraform\n");
        for (int i = 0; i < 1000; ++i)
            file.write("P" + QByteArray::number(i) + ",2\n");
        file.write("broken,\"never closed\n");
        file.close();
        // The first rows read without seeing the damage further down.
        auto preview = Spreadsheet::read(path, {}, 10);
        QVERIFY(preview);
        QCOMPARE(preview->rows().size(), 10);
        QVERIFY(!preview->complete());
        QCOMPARE(preview->rows().last().line, 11);
        auto all = Spreadsheet::read(path);
        QVERIFY(!all);
        QVERIFY(all.error().message.contains(QStringLiteral("line 1002: a quoted field is never closed")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
