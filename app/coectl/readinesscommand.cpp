// SPDX-License-Identifier: GPL-3.0-or-later
// coectl readiness: team readiness at a date, as a table, CSV or JSON.
#include "analytics/readiness.h"
#include "coectl/cli.h"
#include "io/csv.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coe::cli {

namespace {

QJsonValue optional(const std::optional<double>& value, int decimals = 3)
{
    if (!value)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QString text(const std::optional<double>& value, int decimals, double factor = 1)
{
    return value ? QString::number(*value * factor, 'f', decimals) : QStringLiteral("–");
}

class ReadinessCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("readiness"); }
    QString summary() const override
    {
        return QStringLiteral("Team readiness: coverage, Teachers, hand-over, index, forecast");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "How ready each team is to run its platform without outside help, at a date.\n"
            "index = 100 x (0.5 x mean coverage + 0.2 x mean teacher + 0.3 x hand-over), weights from the\n"
            "workspace; components with nothing to average drop out. See the app's help for every term."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Only this team"), QStringLiteral("NAME"));
        const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("The date (default: today)"),
                                    QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default), csv or json"),
                                        QStringLiteral("FORMAT"), QStringLiteral("table"));
        parser.addOptions({team, at, format});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        const QString kind = parser.value(format);
        if (kind != QLatin1String("table") && kind != QLatin1String("csv") && kind != QLatin1String("json"))
            return usage(io, QStringLiteral("readiness"),
                         QStringLiteral("--format is table, csv or json, not '%1'").arg(kind));
        QDate date = QDate::currentDate();
        if (parser.isSet(at)) {
            date = QDate::fromString(parser.value(at), Qt::ISODate);
            if (!date.isValid())
                return usage(io, QStringLiteral("readiness"),
                             QStringLiteral("--at takes YYYY-MM-DD, not '%1'").arg(parser.value(at)));
        }
        auto ws = workspaceArgument(parser.positionalArguments().constFirst());
        if (!ws)
            return fail(io, QStringLiteral("readiness"), ws.error());
        auto readiness = Readiness::load(*ws.value());
        if (!readiness)
            return fail(io, QStringLiteral("readiness"), readiness.error());
        QList<Id> teams = readiness->teamIds();
        if (parser.isSet(team)) {
            const auto id = readiness->teamByName(parser.value(team));
            if (!id)
                return fail(io, QStringLiteral("readiness"),
                            QStringLiteral("there is no team named '%1'").arg(parser.value(team)));
            teams = {*id};
        }
        QList<TeamReadiness> results;
        for (Id id : std::as_const(teams))
            results.append(readiness->compute(id, date));

        if (kind == QLatin1String("json")) {
            QJsonArray list;
            for (const TeamReadiness& r : results) {
                QJsonArray skills;
                for (const SkillReadiness& s : r.skills)
                    skills.append(
                        QJsonObject{{QStringLiteral("skill"), s.skill},
                                    {QStringLiteral("required"), s.required},
                                    {QStringLiteral("independent"), s.independent},
                                    {QStringLiteral("coverage"), optional(s.coverage)},
                                    {QStringLiteral("teacher"),
                                     s.teacherRequired ? QJsonValue(s.hasTeacher ? 1 : 0) : QJsonValue::Null}});
                QJsonArray forecast;
                for (const Forecast& f : r.forecasts)
                    forecast.append(QJsonObject{{QStringLiteral("engagement"), f.engagement},
                                                {QStringLiteral("roll_off"), f.rollOff.toString(Qt::ISODate)},
                                                {QStringLiteral("index"), optional(f.index, 1)}});
                QJsonArray actions;
                for (const NextAction& a : r.nextActions)
                    actions.append(
                        QJsonObject{{QStringLiteral("action"), a.text}, {QStringLiteral("gain"), optional(a.gain, 1)}});
                list.append(QJsonObject{
                    {QStringLiteral("team"), r.team},
                    {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                    {QStringLiteral("index"), optional(r.index, 1)},
                    {QStringLiteral("coverage"), optional(r.coverage)},
                    {QStringLiteral("teacher"), optional(r.teacher)},
                    {QStringLiteral("handover"), optional(r.handover)},
                    {QStringLiteral("single_points_of_failure"), QJsonArray::fromStringList(r.singlePointsOfFailure)},
                    {QStringLiteral("consultant_dependent"), QJsonArray::fromStringList(r.consultantDependent)},
                    {QStringLiteral("skills"), skills},
                    {QStringLiteral("forecast"), forecast},
                    {QStringLiteral("next_actions"), actions}});
            }
            io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        if (kind == QLatin1String("csv")) {
            io.out << QStringLiteral("team,date,index,coverage,teacher,handover,single_points_of_failure,consultant_"
                                     "dependent,forecast_roll_off,forecast_index\n");
            for (const TeamReadiness& r : results) {
                const QStringList fields{
                    r.team,
                    r.date.toString(Qt::ISODate),
                    text(r.index, 1),
                    text(r.coverage, 3),
                    text(r.teacher, 3),
                    text(r.handover, 3),
                    r.singlePointsOfFailure.join(QStringLiteral("; ")),
                    r.consultantDependent.join(QStringLiteral("; ")),
                    r.forecasts.isEmpty() ? QString() : r.forecasts.first().rollOff.toString(Qt::ISODate),
                    r.forecasts.isEmpty() ? QString() : QString::number(r.forecasts.first().index, 'f', 1)};
                QStringList quoted;
                for (const QString& f : fields)
                    quoted << CsvTable::quote(f == QStringLiteral("–") ? QString() : f);
                io.out << quoted.join(QLatin1Char(',')) << QLatin1Char('\n');
            }
            return ExitOk;
        }
        io.out << QStringLiteral("Readiness at %1 (index 0-100; coverage, teacher, hand-over 0-100%%)\n\n")
                      .arg(date.toString(Qt::ISODate))
                      .replace(QStringLiteral("%%"), QStringLiteral("%"));
        io.out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                      .arg(QStringLiteral("Team").leftJustified(18), QStringLiteral("Index").rightJustified(6),
                           QStringLiteral("Cover").rightJustified(6), QStringLiteral("Teach").rightJustified(6),
                           QStringLiteral("Hand").rightJustified(6), QStringLiteral("Forecast at roll-off"));
        for (const TeamReadiness& r : results) {
            QStringList forecasts;
            for (const Forecast& f : r.forecasts)
                forecasts << QStringLiteral("%1 on %2").arg(f.index, 0, 'f', 0).arg(f.rollOff.toString(Qt::ISODate));
            io.out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                          .arg(r.team.left(18).leftJustified(18), text(r.index, 0).rightJustified(6),
                               text(r.coverage, 0, 100).rightJustified(6), text(r.teacher, 0, 100).rightJustified(6),
                               text(r.handover, 0, 100).rightJustified(6), forecasts.join(QStringLiteral("; ")));
            if (!r.singlePointsOfFailure.isEmpty())
                io.out << QStringLiteral("    single points of failure: %1\n")
                              .arg(r.singlePointsOfFailure.join(QStringLiteral(", ")));
            if (!r.consultantDependent.isEmpty())
                io.out << QStringLiteral("    consultant-dependent: %1\n")
                              .arg(r.consultantDependent.join(QStringLiteral(", ")));
            for (const NextAction& a : r.nextActions)
                io.out << QStringLiteral("    next (+%1): %2\n").arg(a.gain, 0, 'f', 1).arg(a.text);
        }
        return ExitOk;
    }
};

} // namespace

void addReadinessCommands(Cli& cli)
{
    cli.add(std::make_unique<ReadinessCommand>());
}

} // namespace coe::cli
