// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/assessmentedits.h"

#include "commands/batch.h"

namespace coe::commands {

namespace {

QVariant levelOrNull(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

} // namespace

Result<void> AssessmentEdits::append(Workspace& ws, const QList<Assessment>& assessments, const QString& text)
{
    Batch batch(text);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const Assessment& a : assessments) {
        batch.insert(
            QStringLiteral("assessment"),
            {{QStringLiteral("person_id"), a.personId},
             {QStringLiteral("skill_id"), a.skillId},
             {QStringLiteral("source"), sourceName(a.source)},
             {QStringLiteral("level"), levelOrNull(a.level)},
             {QStringLiteral("interest"), levelOrNull(a.interest)},
             {QStringLiteral("assessed_on"), a.assessedOn.isValid() ? a.assessedOn.toString(Qt::ISODate) : today},
             {QStringLiteral("note"), a.note}});
    }
    return runBatch(ws, std::move(batch));
}

Result<void> AssessmentEdits::setPersonTargets(Workspace& ws, const QList<PersonTargetChange>& changes,
                                               const QString& text)
{
    Batch batch(text);
    for (const PersonTargetChange& change : changes) {
        const Row key{{QStringLiteral("person_id"), change.personId}, {QStringLiteral("skill_id"), change.skillId}};
        if (!change.level) {
            batch.removeLink(QStringLiteral("person_target"), key);
        } else if (change.current) {
            batch.updateLink(QStringLiteral("person_target"), key, {{QStringLiteral("level"), *change.level}});
        } else {
            Row row = key;
            row.insert(QStringLiteral("level"), *change.level);
            batch.insert(QStringLiteral("person_target"), row);
        }
    }
    return runBatch(ws, std::move(batch));
}

} // namespace coe::commands
