// SPDX-License-Identifier: GPL-3.0-or-later
// `coectl import matrix` given files made to hurt it: each is refused with a message that names
// the file and what is wrong, the process stays under 300 MB, and the workspace is byte for
// byte as it was.
#include "support/coectlrun.h"
#include "support/hostilefiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

const qint64 kMemoryBoundKiB = test::peakBoundKiB(300);

using Maker = std::function<QString(const QString& dir)>;

} // namespace

class TestCoectlHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.coe"));
        QVERIFY(test::coectlDemo(m_demo));
    }

    void refusedWithinBoundsAndNothingWritten_data()
    {
        QTest::addColumn<Maker>("make");
        QTest::addColumn<QString>("expected"); ///< a part of the message

        using namespace coe::test;
        // CSV
        QTest::newRow("200 MB line") << Maker([](const QString& d) {
            const QByteArray block(1 << 20, 'x');
            return test::writePieces(d, QStringLiteral("long-line.csv"), [&block](int i) {
                return i == 0 ? QByteArrayLiteral("Person,Terraform\n") : i <= 200 ? block : QByteArray();
            });
        }) << QStringLiteral("long-line.csv, line 2, column A holds more than 32767 characters");
        QTest::newRow("a million columns") << Maker([](const QString& d) {
            return test::writePieces(d, QStringLiteral("wide.csv"), [](int i) {
                if (i == 0)
                    return QByteArrayLiteral("Person");
                if (i > 1000)
                    return QByteArray();
                QByteArray part;
                for (int c = 0; c < 1000; ++c)
                    part += ",skill " + QByteArray::number((i - 1) * 1000 + c);
                return part;
            });
        }) << QStringLiteral("wide.csv, line 1 has more than 16384 columns");
        QTest::newRow("invalid UTF-8") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("latin1.csv"), "Person,Terraform\nJos\xe9,2\n");
        }) << QStringLiteral("latin1.csv is not UTF-8 text");
        QTest::newRow("NUL bytes") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("nul.csv"), QByteArray("Person,Terraform\nAna\0Lima,2\n", 27));
        }) << QStringLiteral("nul.csv is not a CSV text file");
        QTest::newRow("UTF-16") << Maker([](const QString& d) {
            const QString text = QStringLiteral("Person,Terraform\nAna Lima,2\n");
            return test::writeFile(d, QStringLiteral("utf16.csv"),
                                   QByteArray("\xff\xfe") +
                                       QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
        }) << QStringLiteral("utf16.csv is UTF-16 text");
        QTest::newRow("a 300-character name") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("name.csv"), "Person,Terraform\n" + QByteArray(300, 'n') + ",2\n");
        }) << QStringLiteral("name.csv, line 2, column A: a name of 300 characters; names are at most 200");
        QTest::newRow("a 300-character skill") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("skill.csv"), "Person," + QByteArray(300, 's') + "\nAna Lima,2\n");
        }) << QStringLiteral("skill.csv, line 1, column B: a name of 300 characters");
        // Workbooks
        QTest::newRow("zip bomb") << Maker([](const QString& d) { return hostile::zipBomb(d); })
                                  << QStringLiteral("bomb.xlsx");
        QTest::newRow("sizes that lie") << Maker([](const QString& d) { return hostile::sizeLie(d); })
                                        << QStringLiteral(".xlsx");
        QTest::newRow("truncated zip") << Maker([](const QString& d) { return hostile::truncatedZip(d); })
                                       << QStringLiteral(".xlsx");
        QTest::newRow("column past XFD") << Maker([](const QString& d) { return hostile::columnPastXfd(d); })
                                         << QStringLiteral("more than 16384 columns");
        QTest::newRow("endless cell") << Maker([](const QString& d) { return hostile::endlessCell(d); })
                                      << QStringLiteral("more than 32767 characters");
        QTest::newRow("entity expansion")
            << Maker([](const QString& d) { return hostile::billionLaughs(d); }) << QStringLiteral(".xlsx");
        QTest::newRow("external entity") << Maker([](const QString& d) { return hostile::externalEntity(d); })
                                         << QStringLiteral(".xlsx");
        QTest::newRow("not XML") << Maker([](const QString& d) { return hostile::notXml(d); })
                                 << QStringLiteral(".xlsx");
        QTest::newRow("password-protected xlsx")
            << Maker([](const QString& d) { return hostile::oleEncrypted(d); }) << QStringLiteral("password-protected");
        QTest::newRow("password-protected ods")
            << Maker([](const QString& d) { return hostile::odsEncrypted(d); }) << QStringLiteral("password-protected");
    }

    void refusedWithinBoundsAndNothingWritten()
    {
        QFETCH(Maker, make);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = make(dir.path());
        QVERIFY(!file.isEmpty());
        const QString ws = dir.filePath(QStringLiteral("ws.coe"));
        QVERIFY(QFile::copy(m_demo, ws));
        const QByteArray before = test::readBytes(ws);

        const auto run = test::coectlMeasured(
            {QStringLiteral("import"), QStringLiteral("matrix"), file, ws, QStringLiteral("--create-missing")});
        qInfo("%s: exit %d in %lld ms, peak %lld MB", QTest::currentDataTag(), run.exitCode, run.milliseconds,
              run.peakKiB / 1024);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QFileInfo(file).fileName()), qPrintable(run.err)); // says which file
        QVERIFY2(run.peakKiB > 0 && run.peakKiB < kMemoryBoundKiB, qPrintable(QString::number(run.peakKiB)));
        QVERIFY(test::readBytes(ws) == before);
    }

    void peopleAndSkillsListsAreBoundedToo_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<Maker>("make");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a 300-character team") << QStringLiteral("people") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("people.csv"),
                                   "name,team\nAna Lima," + QByteArray(300, 't') + "\n");
        }) << QStringLiteral("people.csv, line 2: the team is 300 characters long; at most 200 are allowed");
        QTest::newRow("a 300-character category") << QStringLiteral("skills") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("skills.csv"),
                                   "category,skill\nCloud / " + QByteArray(300, 'c') + ",Terraform\n");
        }) << QStringLiteral("skills.csv, line 2: the category is 300 characters long");
        QTest::newRow("a 100 MB list") << QStringLiteral("people") << Maker([](const QString& d) {
            const QByteArray block = QByteArray("Someone,someone@example.com\n").repeated(37450);
            return test::writePieces(d, QStringLiteral("huge.csv"), [&block](int i) {
                return i == 0 ? QByteArrayLiteral("name,email\n") : i <= 100 ? block : QByteArray();
            });
        }) << QStringLiteral("huge.csv is 100 MB; a people or skills list is at most 64 MB.");
    }

    void peopleAndSkillsListsAreBoundedToo()
    {
        QFETCH(QString, what);
        QFETCH(Maker, make);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = make(dir.path());
        const QString ws = dir.filePath(QStringLiteral("ws.coe"));
        QVERIFY(QFile::copy(m_demo, ws));
        const QByteArray before = test::readBytes(ws);
        const auto run = test::coectlMeasured({QStringLiteral("import"), what, file, ws});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.peakKiB > 0 && run.peakKiB < kMemoryBoundKiB, qPrintable(QString::number(run.peakKiB)));
        QVERIFY(test::readBytes(ws) == before);
    }
};

QTEST_GUILESS_MAIN(TestCoectlHostile)
#include "tst_coectl_hostile.moc"
