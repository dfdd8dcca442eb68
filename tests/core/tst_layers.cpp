// SPDX-License-Identifier: GPL-3.0-or-later
// The folders of libcoe/ are layers in the order libcoe/LAYERS.md writes down (the only place
// it is written): an include may point to its own folder or down the order, never up it and
// never sideways to a sibling folder of the same layer. This test reads that order from the
// page and scans every source file under libcoe/, beside tst_includeboundary.cpp, which keeps
// Widgets, PrintSupport and Charts out of coe_core.
#include "support/sourcetree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QLatin1String kBegin("<!-- layers, from the bottom up -->");
const QLatin1String kEnd("<!-- end of layers -->");

/// The order of LAYERS.md: each folder's layer (1 at the bottom), or why it could not be read.
struct Layers
{
    QHash<QString, int> layerOf;
    QString problem;
};

/// Reads the numbered list between the markers of @p path ("3. storage — …", siblings as
/// "6. io, planning, analytics — …"); lines that do not start with a number continue the
/// previous item's description.
Layers readLayers(const QString& path)
{
    Layers layers;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        layers.problem = QStringLiteral("%1: cannot read it: %2").arg(path, file.errorString());
        return layers;
    }
    static const QRegularExpression item(QStringLiteral("^(\\d+)\\.\\s+([a-z0-9_, ]+?)\\s+—"));
    static const QRegularExpression numbered(QStringLiteral("^\\d"));
    bool inside = false;
    bool ended = false;
    int lineNumber = 0;
    int expected = 1;
    while (!file.atEnd() && !ended) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line == kBegin) {
            inside = true;
            continue;
        }
        if (line == kEnd) {
            ended = inside;
            continue;
        }
        if (!inside || !numbered.match(line).hasMatch())
            continue;
        const QRegularExpressionMatch match = item.match(line);
        if (!match.hasMatch()) {
            layers.problem = QStringLiteral("%1:%2: expected “N. folder[, folder…] — what it holds”, found “%3”")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(line);
            return layers;
        }
        if (match.captured(1).toInt() != expected) {
            layers.problem = QStringLiteral("%1:%2: layer %3 where layer %4 comes next")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(match.captured(1))
                                 .arg(expected);
            return layers;
        }
        const QStringList folders = match.captured(2).split(QLatin1Char(','));
        for (const QString& folder : folders) {
            const QString name = folder.trimmed();
            if (name.isEmpty() || layers.layerOf.contains(name)) {
                layers.problem =
                    QStringLiteral("%1:%2: folder “%3” is empty or named twice").arg(path).arg(lineNumber).arg(name);
                return layers;
            }
            layers.layerOf.insert(name, expected);
        }
        ++expected;
    }
    if (!ended)
        layers.problem = QStringLiteral("%1: no list between “%2” and “%3”").arg(path, kBegin, kEnd);
    else if (layers.layerOf.isEmpty())
        layers.problem = QStringLiteral("%1: the list between the markers names no folder").arg(path);
    return layers;
}

/// The path an include names, relative to @p root: quoted includes are looked up beside the
/// including file first, as the compiler does, then from the include root (libcoe/).
QString resolve(const QDir& root, const QString& relativeFile, const QString& header, bool quoted)
{
    if (quoted) {
        const QString beside = QDir::cleanPath(QFileInfo(relativeFile).path() + QLatin1Char('/') + header);
        if (header.startsWith(QLatin1String("./")) || header.startsWith(QLatin1String("../")) ||
            QFileInfo::exists(root.filePath(beside)))
            return beside;
    }
    return QDir::cleanPath(header);
}

/// Lists "libcoe/file:line: #include … points …" for every include below @p libcoeDir that
/// points up the order of @p layers or to a sibling, and every source file outside its folders.
QStringList findViolations(const QString& libcoeDir, const Layers& layers)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
    const QDir root(libcoeDir);
    QStringList violations;
    QDirIterator it(libcoeDir,
                    {QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"), QStringLiteral("*.cc")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        const QString folder = relative.section(QLatin1Char('/'), 0, 0);
        const int layer = relative.contains(QLatin1Char('/')) ? layers.layerOf.value(folder) : 0;
        if (layer == 0) {
            violations << QStringLiteral("libcoe/%1: not in a folder that libcoe/LAYERS.md names").arg(relative);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            violations << QStringLiteral("libcoe/%1: cannot read it: %2").arg(relative, file.errorString());
            continue;
        }
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QRegularExpressionMatch match = include.match(QString::fromUtf8(file.readLine()));
            if (!match.hasMatch())
                continue;
            const QString header = match.captured(2);
            const QString target = resolve(root, relative, header, match.captured(1) == QLatin1String("\""));
            if (!target.contains(QLatin1Char('/')))
                continue; // a header of no folder (Qt's <QString>, the standard library's)
            const QString to = target.section(QLatin1Char('/'), 0, 0);
            const int toLayer = layers.layerOf.value(to);
            if (toLayer == 0 || to == folder)
                continue; // outside libcoe (<QtCore/QString>), or its own folder
            const QString named = match.captured(1) == QLatin1String("<") ? QStringLiteral("<%1>").arg(header)
                                                                          : QStringLiteral("\"%1\"").arg(header);
            const QString where = QStringLiteral("libcoe/%1:%2: #include %3").arg(relative).arg(lineNumber).arg(named);
            if (toLayer > layer)
                violations << QStringLiteral("%1 points up from %2 (layer %3) to %4 (layer %5)")
                                  .arg(where, folder)
                                  .arg(layer)
                                  .arg(to)
                                  .arg(toLayer);
            else if (toLayer == layer)
                violations << QStringLiteral("%1 points sideways from %2 to %3, a sibling in layer %4")
                                  .arg(where, folder, to)
                                  .arg(layer);
        }
    }
    violations.sort();
    return violations;
}

const QByteArray kSmallOrder = "# Layers\n\n<!-- layers, from the bottom up -->\n"
                               "1. core — the base\n"
                               "2. storage — reads\n   and more reads\n"
                               "3. io, planning — siblings\n"
                               "<!-- end of layers -->\n\n4. render — after the list: not a layer\n";

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheOrder()
    {
        QTemporaryDir dir;
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("LAYERS.md")), kSmallOrder);
        const Layers layers = readLayers(dir.filePath(QStringLiteral("LAYERS.md")));
        QCOMPARE(layers.problem, QString());
        const QHash<QString, int> expected{{QStringLiteral("core"), 1},
                                           {QStringLiteral("storage"), 2},
                                           {QStringLiteral("io"), 3},
                                           {QStringLiteral("planning"), 3}};
        QCOMPARE(layers.layerOf, expected);
    }

    void refusesAnUnreadableOrder_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no markers") << QByteArray("1. core — base\n") << QStringLiteral("no list between");
        QTest::newRow("unterminated") << QByteArray("<!-- layers, from the bottom up -->\n1. core — base\n")
                                      << QStringLiteral("no list between");
        QTest::newRow("empty") << QByteArray("<!-- layers, from the bottom up -->\n<!-- end of layers -->\n")
                               << QStringLiteral("names no folder");
        QTest::newRow("gap")
            << QByteArray("<!-- layers, from the bottom up -->\n1. core — a\n3. io — b\n<!-- end of layers -->\n")
            << QStringLiteral(":3: layer 3 where layer 2 comes next");
        QTest::newRow("twice")
            << QByteArray("<!-- layers, from the bottom up -->\n1. core — a\n2. io, core — b\n<!-- end of layers -->\n")
            << QStringLiteral(":3: folder “core” is empty or named twice");
        QTest::newRow("no dash") << QByteArray("<!-- layers, from the bottom up -->\n1. core\n<!-- end of layers -->\n")
                                 << QStringLiteral(":2: expected “N. folder[, folder…] — what it holds”");
    }

    void refusesAnUnreadableOrder()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("LAYERS.md")), text);
        const Layers layers = readLayers(dir.filePath(QStringLiteral("LAYERS.md")));
        QVERIFY2(layers.problem.contains(problem), qPrintable(layers.problem));
    }

    void catchesIncludesAgainstTheOrder()
    {
        QTemporaryDir dir;
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("LAYERS.md")), kSmallOrder);
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("core/result.h")),
                                   "#pragma once\n#include <QString>\n#include <QtCore/QList>\n");
        coe::test::writeSourceFile(
            dir.filePath(QStringLiteral("core/bad.cpp")),
            "#include \"core/result.h\"\n#include \"storage/workspace.h\"\n  #  include <io/csv.h>\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("storage/workspace.h")),
                                   "#pragma once\n#include \"core/result.h\"\n#include \"../planning/plan.h\"\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("storage/catalog.cpp")),
                                   "#include \"workspace.h\"\n#include \"result.h\"\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("io/csv.h")),
                                   "#pragma once\n#include \"storage/workspace.h\"\n#include \"planning/plan.h\"\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("planning/plan.h")),
                                   "#pragma once\n#include \"core/result.h\"\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("render/chart.cpp")), "#include \"io/csv.h\"\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("loose.cpp")), "#include \"core/result.h\"\n");
        const Layers layers = readLayers(dir.filePath(QStringLiteral("LAYERS.md")));
        QCOMPARE(layers.problem, QString());
        const QStringList violations = findViolations(dir.path(), layers);
        QCOMPARE(violations,
                 (QStringList{
                     QStringLiteral("libcoe/core/bad.cpp:2: #include \"storage/workspace.h\" points up from core "
                                    "(layer 1) to storage (layer 2)"),
                     QStringLiteral(
                         "libcoe/core/bad.cpp:3: #include <io/csv.h> points up from core (layer 1) to io (layer 3)"),
                     QStringLiteral("libcoe/io/csv.h:3: #include \"planning/plan.h\" points sideways from io to "
                                    "planning, a sibling in layer 3"),
                     QStringLiteral("libcoe/loose.cpp: not in a folder that libcoe/LAYERS.md names"),
                     QStringLiteral("libcoe/render/chart.cpp: not in a folder that libcoe/LAYERS.md names"),
                     QStringLiteral("libcoe/storage/workspace.h:3: #include \"../planning/plan.h\" points up from "
                                    "storage (layer 2) to planning (layer 3)"),
                 }));
    }

    void libcoeIncludesPointDownItsLayers()
    {
        const QString libcoe = QStringLiteral(COE_SOURCE_DIR "/libcoe");
        const Layers layers = readLayers(libcoe + QStringLiteral("/LAYERS.md"));
        QVERIFY2(layers.problem.isEmpty(), qPrintable(layers.problem));
        const QStringList violations = findViolations(libcoe, layers);
        if (!violations.isEmpty())
            qWarning().noquote() << QStringLiteral("These includes go against the order of libcoe/LAYERS.md:\n") +
                                        violations.join(QLatin1Char('\n'));
        QVERIFY(violations.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
