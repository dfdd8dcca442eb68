// SPDX-License-Identifier: GPL-3.0-or-later
// coe_core must build with Qt Core, Gui and Sql only: no file in libcoe/ outside libcoe/render/
// may include a Qt Widgets, PrintSupport or Charts header. The header names come from the Qt
// installation itself (see tests/CMakeLists.txt), so `#include <QPushButton>` is caught as
// surely as `#include <QtWidgets/QPushButton>`.
#include "support/sourcetree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Rules
{
    QSet<QString> modules; ///< forbidden module folders, e.g. "QtWidgets"
    QSet<QString> headers; ///< forbidden bare header names, e.g. "QPushButton"
};

QStringList headersOfModule(const QString& module, const QStringList& includeDirs)
{
    QStringList names;
    for (const QString& dir : includeDirs) {
        const QDir d(dir);
        if (d.dirName() == module || dir.endsWith(module + QStringLiteral(".framework/Headers")))
            names += d.entryList(QDir::Files);
    }
    return names;
}

Rules loadRules()
{
    QFile file(QStringLiteral(COE_QT_MODULE_INCLUDES));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", COE_QT_MODULE_INCLUDES);
    Rules rules;
    QSet<QString> allowed;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() < 3)
            continue;
        const QStringList dirs = parts.mid(2).join(QLatin1Char(' ')).split(QLatin1Char(';'));
        const QStringList names = headersOfModule(parts.at(1), dirs);
        if (parts.at(0) == QLatin1String("forbidden")) {
            rules.modules.insert(parts.at(1));
            for (const QString& name : names)
                rules.headers.insert(name);
        } else {
            for (const QString& name : names)
                allowed.insert(name);
        }
    }
    // A name that Core, Gui or Sql also provides is not a forbidden include on its own.
    rules.headers.subtract(allowed);
    return rules;
}

/// Lists "file:line: include" for every forbidden include below @p libcoeDir, except render/.
QStringList findViolations(const QString& libcoeDir, const Rules& rules)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    const QDir root(libcoeDir);
    QStringList violations;
    QDirIterator it(libcoeDir,
                    {QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"), QStringLiteral("*.cc")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative.startsWith(QLatin1String("render/")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromUtf8(file.readLine());
            const QRegularExpressionMatch match = include.match(line);
            if (!match.hasMatch())
                continue;
            const QString header = match.captured(1);
            const QString first = header.section(QLatin1Char('/'), 0, 0);
            const bool bad = header.contains(QLatin1Char('/'))
                                 ? rules.modules.contains(first)
                                 : rules.modules.contains(header) || rules.headers.contains(header);
            if (bad)
                violations << QStringLiteral("libcoe/%1:%2: %3").arg(relative).arg(lineNumber).arg(header);
        }
    }
    violations.sort();
    return violations;
}

} // namespace

class TestIncludeBoundary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesKnowTheQtModules()
    {
        const Rules rules = loadRules();
        QVERIFY(rules.headers.contains(QStringLiteral("QPushButton")));
        QVERIFY(rules.headers.contains(QStringLiteral("QPrinter")));
        QVERIFY(rules.headers.contains(QStringLiteral("QChart")));
        QVERIFY(!rules.headers.contains(QStringLiteral("QString")));
        QVERIFY(!rules.headers.contains(QStringLiteral("QColor")));
    }

    void catchesForbiddenIncludes()
    {
        QTemporaryDir dir;
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("storage/bad.cpp")),
                                   "#include <QString>\n#include <QPushButton>\n  #  include \"QtCharts/QChart\"\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("models/bad.h")),
                                   "#pragma once\n#include <QtPrintSupport>\n#include <QtGui/QColor>\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("render/fine.cpp")),
                                   "#include <QPrinter>\n#include <QtCharts/QChartView>\n");
        const QStringList violations = findViolations(dir.path(), loadRules());
        QCOMPARE(violations, (QStringList{QStringLiteral("libcoe/models/bad.h:2: QtPrintSupport"),
                                          QStringLiteral("libcoe/storage/bad.cpp:2: QPushButton"),
                                          QStringLiteral("libcoe/storage/bad.cpp:3: QtCharts/QChart")}));
    }

    void libcoeStaysOffWidgetsPrintSupportAndCharts()
    {
        const QStringList violations = findViolations(QStringLiteral(COE_SOURCE_DIR "/libcoe"), loadRules());
        if (!violations.isEmpty())
            qWarning().noquote() << QStringLiteral("coe_core must not include these:\n") +
                                        violations.join(QLatin1Char('\n'));
        QVERIFY(violations.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIncludeBoundary)
#include "tst_includeboundary.moc"
