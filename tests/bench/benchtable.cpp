// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchtable.h"

#include <QJsonArray>

#include <cstdio>

namespace coe::bench {

namespace {

constexpr const char* kLine = "%-20s %-46s %13s %8s %8s %8s %8s %7s  %-14s %s\n";

QByteArray time(const Measured& m)
{
    if (!m.ok)
        return "FAILED";
    if (m.seconds < 1)
        return QByteArray::number(m.seconds * 1000, 'f', m.seconds < 0.01 ? 2 : 1) + " ms";
    return QByteArray::number(m.seconds, 'f', 2) + " s";
}

QByteArray megabytes(double mb)
{
    return mb < -0.5 ? QByteArray() : QByteArray::number(mb, 'f', 1);
}

QJsonValue number(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QJsonObject toJson(const Measured& m)
{
    QJsonObject o{{QStringLiteral("ok"), m.ok},
                  {QStringLiteral("seconds"), m.ok ? number(m.seconds) : QJsonValue()},
                  {QStringLiteral("peakAddedMB"), number(m.peakMB)},
                  {QStringLiteral("heldMB"), m.here ? QJsonValue(m.heldMB) : QJsonValue()},
                  {QStringLiteral("anonHeldMB"), m.here ? QJsonValue(m.anonMB) : QJsonValue()},
                  {QStringLiteral("processPeakMB"), number(m.processMB)}};
    if (!m.ok)
        o.insert(QStringLiteral("error"), m.error);
    return o;
}

} // namespace

double ratio(const Row& row, const Reference& reference)
{
    if (!row.measured.ok || !reference.run || !reference.measured.ok || reference.measured.seconds <= 0)
        return -1;
    return row.measured.seconds / reference.measured.seconds;
}

void printHeader(const RunInfo& info)
{
    std::printf("coe-bench: %d people x %d skills (%lld cells)%s, in %s\n", info.people, info.skills,
                qint64(info.people) * info.skills, info.quick ? ", quick run" : "", qPrintable(info.dir));
    std::printf("time: wall clock. Memory in MB, of /proc/self/status for our steps run in this\n"
                "process: +peak = VmHWM (peak resident) after clearing it, less VmRSS before;\n"
                "+held = VmRSS after less VmRSS before (resident growth, with pages of the workspace\n"
                "file SQLite maps); +anon = RssAnon after less before (growth of our own memory).\n"
                "proc = peak resident memory of a child process (wait4's ru_maxrss), for coectl and\n"
                "the reference tools, started from %s (%.1f MB for /bin/true).\n"
                "ratio = our time / the reference tool's time on the same data (below 1: ours is\n"
                "faster).\n\n",
                info.spawner ? "a small helper forked at the start" : "coe-bench itself, so they include its size",
                info.childFloorMB);
    std::printf(kLine, "scenario", "step", "time", "+peak", "+held", "+anon", "proc", "ratio", "target", "note");
    std::fflush(stdout);
}

void printRow(const Row& row)
{
    const Measured& m = row.measured;
    const QString note = m.ok ? row.note : m.error;
    std::printf(kLine, qPrintable(row.name), qPrintable(row.step), time(m).constData(), megabytes(m.peakMB).constData(),
                m.here ? QByteArray::number(m.heldMB, 'f', 1).constData() : "",
                m.here ? QByteArray::number(m.anonMB, 'f', 1).constData() : "", megabytes(m.processMB).constData(), "",
                qPrintable(row.target), qPrintable(note));
    for (const Reference& r : row.references) {
        const double x = ratio(row, r);
        const QByteArray when = r.run         ? time(r.measured)
                                : r.installed ? QByteArray("not run")
                                              : QByteArray("not installed");
        std::printf(kLine, "", qPrintable(QStringLiteral("  vs ") + r.step), when.constData(), "", "", "",
                    r.run ? megabytes(r.measured.processMB).constData() : "",
                    x < 0 ? "" : QByteArray(QByteArray::number(x, 'f', 2) + 'x').constData(), qPrintable(r.target),
                    r.run && !r.measured.ok ? qPrintable(r.measured.error) : "");
    }
    std::fflush(stdout);
}

QJsonObject toJson(const RunInfo& info, const QList<Row>& rows)
{
    QJsonArray scenarios;
    for (const Row& row : rows) {
        QJsonObject o = toJson(row.measured);
        o.insert(QStringLiteral("name"), row.name);
        o.insert(QStringLiteral("step"), row.step);
        o.insert(QStringLiteral("note"), row.note);
        o.insert(QStringLiteral("target"), row.target);
        QJsonArray references;
        for (const Reference& r : row.references) {
            QJsonObject ref = r.run ? toJson(r.measured) : QJsonObject();
            ref.insert(QStringLiteral("tool"), r.tool);
            ref.insert(QStringLiteral("step"), r.step);
            ref.insert(QStringLiteral("installed"), r.installed);
            ref.insert(QStringLiteral("run"), r.run);
            ref.insert(QStringLiteral("target"), r.target);
            ref.insert(QStringLiteral("ratio"), number(ratio(row, r)));
            references.append(ref);
        }
        o.insert(QStringLiteral("references"), references);
        scenarios.append(o);
    }
    return {{QStringLiteral("people"), info.people}, {QStringLiteral("skills"), info.skills},
            {QStringLiteral("teams"), info.teams},   {QStringLiteral("quick"), info.quick},
            {QStringLiteral("dir"), info.dir},       {QStringLiteral("childFloorMB"), info.childFloorMB},
            {QStringLiteral("scenarios"), scenarios}};
}

} // namespace coe::bench
