// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/workspaceedits.h"

#include "commands/batch.h"
#include "core/timezone.h"
#include "storage/rowstore.h"

#include <cmath>

namespace coe::commands {

namespace {

/// Adds to @p batch the step that makes meta key @p key hold @p value.
Result<void> setMeta(Workspace& ws, Batch& batch, const QString& key, const QString& value)
{
    auto rows = RowStore(ws).rowsWhere(QStringLiteral("meta"), QStringLiteral("key"), key);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        batch.insert(QStringLiteral("meta"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    else if (rows->first().value(QStringLiteral("value")).toString() != value)
        batch.updateLink(QStringLiteral("meta"), {{QStringLiteral("key"), key}}, {{QStringLiteral("value"), value}});
    return {};
}

QString weightsText(const ReadinessWeights& w)
{
    return QStringLiteral("%1,%2,%3")
        .arg(QString::number(w.coverage, 'g', 6), QString::number(w.teacher, 'g', 6),
             QString::number(w.handover, 'g', 6));
}

} // namespace

Result<void> WorkspaceEdits::check(const WorkspaceSettings& settings, bool allowNoZone)
{
    const QString id = settings.timeZone.trimmed();
    if (id.isEmpty() && !allowNoZone)
        return Error{Error::Invalid, tr("Name the workspace's time zone, such as Europe/Berlin or UTC+01:00.")};
    if (!id.isEmpty() && !TimeZones::fromId(id).isValid())
        return Error{Error::Invalid, tr("“%1” is not a time zone this system knows: give an IANA name such as "
                                        "Europe/Berlin, or a fixed offset such as UTC+01:00.")
                                         .arg(id)};
    const ReadinessWeights& w = settings.weights;
    for (const double weight : {w.coverage, w.teacher, w.handover})
        if (!(weight >= 0.0 && weight <= 1.0))
            return Error{Error::Invalid, tr("Each readiness weight is from 0 % to 100 %.")};
    const double sum = w.coverage + w.teacher + w.handover;
    if (std::abs(sum - 1.0) > 1e-6)
        return Error{Error::Invalid, tr("The readiness weights add up to %1 %; they must add up to 100 %.")
                                         .arg(QString::number(sum * 100.0, 'f', 0))};
    return {};
}

Result<void> WorkspaceEdits::saveSettings(Workspace& ws, const WorkspaceSettings& before,
                                          const WorkspaceSettings& after)
{
    WorkspaceSettings wanted = after;
    wanted.timeZone = wanted.timeZone.trimmed();
    if (auto valid = check(wanted, before.timeZone.trimmed().isEmpty()); !valid)
        return valid;
    const bool zone = wanted.timeZone != before.timeZone.trimmed();
    const bool weights = wanted.weights != before.weights;
    if (!zone && !weights)
        return {}; // no undo step that changes nothing
    Batch batch(zone && weights ? tr("Change the workspace settings")
                : zone          ? tr("Set the workspace's time zone to %1").arg(wanted.timeZone)
                                : tr("Change the readiness weights"));
    if (zone)
        if (auto added = setMeta(ws, batch, QStringLiteral("time_zone"), wanted.timeZone); !added)
            return added;
    if (weights)
        if (auto added = setMeta(ws, batch, QStringLiteral("readiness.weights"), weightsText(wanted.weights)); !added)
            return added;
    if (batch.isEmpty())
        return {};
    return runBatch(ws, std::move(batch));
}

} // namespace coe::commands
