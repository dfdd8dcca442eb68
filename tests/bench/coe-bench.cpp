// SPDX-License-Identifier: GPL-3.0-or-later
// coe-bench: one table of timed scenarios on a people x skills workspace (default 10,000 x
// 500), each with its resident memory, beside the reference tools people would use instead,
// run on the same data in the same run. Not a test: it asserts nothing about speed; it exits
// 1 when one of our scenarios failed.
//
//   coe-bench [--quick] [--only NAME[,NAME]] [--json FILE] [--dir DIR] [--no-references]
#include "models/matrixcache.h"
#include "scenarios.h"
#include "spawner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace coe;
using namespace coe::bench;

namespace {

QStringList scenarioNames()
{
    QStringList names;
    for (const Scenario& s : scenarios())
        names << QString::fromLatin1(s.name);
    return names;
}

struct Options
{
    Settings settings;
    bool quick = false;
    QStringList only;
    QString json;
    QString dir; ///< empty: a temporary folder
};

/// Parses the command line; exits on --help or a wrong value.
Options parse(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times CoE Studio's scenarios beside reference "
                                                    "tools and prints one table.\nScenarios: ") +
                                     scenarioNames().join(QStringLiteral(", ")));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A smoke run: 1,000 people x 100 skills unless told otherwise"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only these scenarios (comma-separated)"),
                                  QStringLiteral("NAME[,NAME]"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the table as JSON to FILE"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("People (rows), default 10000"),
                                    QStringLiteral("N"));
    const QCommandLineOption skills(QStringLiteral("skills"), QStringLiteral("Skills (columns), default 500"),
                                    QStringLiteral("M"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Working folder (default: a temporary one)"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption noReferences(QStringLiteral("no-references"),
                                          QStringLiteral("Do not run the reference tools"));
    parser.addOptions({quick, only, json, people, skills, dir, noReferences});
    parser.process(app);

    Options o;
    o.quick = parser.isSet(quick);
    o.json = parser.value(json);
    o.settings.people = parser.isSet(people) ? parser.value(people).toInt() : o.quick ? 1000 : 10000;
    o.settings.skills = parser.isSet(skills) ? parser.value(skills).toInt() : o.quick ? 100 : 500;
    o.settings.references = !parser.isSet(noReferences);
    o.dir = parser.value(dir);
    o.settings.coectl = QStringLiteral(COECTL_PATH);
    if (o.settings.people < 1 || o.settings.skills < 1) {
        std::fprintf(stderr, "coe-bench: --people and --skills take a whole number of at least 1\n");
        std::exit(2);
    }
    const QStringList chosen = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : chosen) {
        if (!scenarioNames().contains(name.trimmed())) {
            std::fprintf(stderr, "coe-bench: no scenario '%s'; there are: %s\n", qPrintable(name),
                         qPrintable(scenarioNames().join(QStringLiteral(", "))));
            std::exit(2);
        }
        o.only << name.trimmed();
    }
    return o;
}

/// Qt's offscreen platform warns on every window shown that it cannot propagate size hints;
/// that says nothing about the figures and would break up the table.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

bool writeJson(const QString& path, const RunInfo& info, const QList<Row>& rows)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(toJson(info, rows)).toJson()) > 0 && file.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietOffscreen);
    // Before anything large exists: children's peaks are measured from this small copy.
    const bool spawner = startSpawner();
    QApplication app(argc, argv);
    Options options = parse(app);
    QTemporaryDir temporary;
    options.settings.dir.setPath(options.dir.isEmpty() ? temporary.path() : options.dir);
    if (!options.settings.dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "coe-bench: cannot make %s\n", qPrintable(options.settings.dir.path()));
        return 1;
    }
    options.settings.dir.makeAbsolute();
    // The matrix cache goes beside the data, so that a cold open is cold and nothing is left
    // in the user's cache folder; a quick run caches its small matrices too.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(options.settings.dir.filePath(QStringLiteral("cache"))));
    if (options.quick)
        MatrixCache::setThreshold(0);

    Data data(options.settings);
    const RunInfo info{options.settings.people,
                       options.settings.skills,
                       options.settings.teams,
                       options.quick,
                       options.settings.dir.path(),
                       floorMB(),
                       spawner};
    printHeader(info);
    QList<Row> rows;
    bool allOk = true;
    for (const Scenario& scenario : scenarios()) {
        if (!options.only.isEmpty() && !options.only.contains(QString::fromLatin1(scenario.name)))
            continue;
        rows << scenario.run(data);
        printRow(rows.last());
        allOk = allOk && rows.last().measured.ok;
    }
    if (!options.json.isEmpty() && !writeJson(options.json, info, rows)) {
        std::fprintf(stderr, "coe-bench: cannot write %s\n", qPrintable(options.json));
        return 1;
    }
    return allOk ? 0 : 1;
}
