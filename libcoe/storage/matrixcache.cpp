// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/matrixcache.h"

#include "core/savefile.h"
#include "storage/columns.h"
#include "storage/migrations.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace coe {

namespace {

constexpr quint32 kMagic = 0x434f454d; // "COEM"
constexpr quint32 kFormat = 1;
std::atomic<qint64> s_threshold{500000};

Result<qint64> single(const Workspace& ws, const QString& sql)
{
    QSqlQuery q = ws.prepare(sql);
    if (auto done = ws.exec(q); !done)
        return done.error();
    return q.next() ? field(q, "n").toLongLong() : 0;
}

} // namespace

QString MatrixCache::pathFor(const Workspace& ws)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty())
        return {};
    // A file by its absolute path; a server database by its URL (which never holds the password).
    const QString where =
        ws.location().isFile() ? QFileInfo(ws.location().path()).absoluteFilePath() : ws.location().toString();
    const QByteArray key = QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex();
    return base + QStringLiteral("/coe-studio/matrix/") + QString::fromLatin1(key) + QStringLiteral(".cells");
}

Result<MatrixCache::Stamp> MatrixCache::stamp(const Workspace& ws)
{
    Stamp s;
    s.created = ws.meta(QStringLiteral("created_at"));
    s.schema = ws.schemaVersion();
    // COUNT(*) alone lets SQLite count the smallest index; MAX(id) alone reads one entry.
    const std::pair<qint64*, const char*> queries[] = {
        {&s.rows, "SELECT COUNT(*) AS n FROM assessment"},
        {&s.maxRowId, "SELECT COALESCE(MAX(id), 0) AS n FROM assessment"},
        {&s.batches, "SELECT COUNT(*) AS n FROM assessment_batch"},
        {&s.maxBatchId, "SELECT COALESCE(MAX(id), 0) AS n FROM assessment_batch"},
        {&s.batchPeople, "SELECT COUNT(*) AS n FROM assessment_batch_person"},
        {&s.batchSkills, "SELECT COUNT(*) AS n FROM assessment_batch_skill"},
    };
    for (const auto& [value, sql] : queries) {
        auto v = single(ws, QString::fromLatin1(sql));
        if (!v)
            return v.error();
        *value = v.value();
    }
    return s;
}

std::optional<MatrixCache::Contents> MatrixCache::read(const QString& path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_5);
    quint32 magic = 0, format = 0;
    in >> magic >> format;
    if (magic != kMagic || format != kFormat)
        return std::nullopt;
    Contents c;
    qint32 schema = 0;
    in >> c.stamp.created >> schema >> c.stamp.rows >> c.stamp.maxRowId >> c.stamp.batches >> c.stamp.maxBatchId >>
        c.stamp.batchPeople >> c.stamp.batchSkills;
    c.stamp.schema = schema;
    // Id lists as a count and the ids; a count the file cannot hold means damage, and is
    // refused before anything is sized by it.
    const auto ids = [&in, &file](QList<Id>& list) {
        qint64 count = -1;
        in >> count;
        if (in.status() != QDataStream::Ok || count < 0 || count > (file.size() - file.pos()) / qint64(sizeof(qint64)))
            return false;
        list.resize(count);
        for (Id& id : list)
            in >> id;
        return in.status() == QDataStream::Ok;
    };
    if (in.status() != QDataStream::Ok || !ids(c.people) || !ids(c.skills))
        return std::nullopt;
    const qint64 cells = qint64(c.people.size()) * c.skills.size();
    if (file.size() - file.pos() != cells * 6)
        return std::nullopt;
    const auto fill = [&file](auto& vector, qint64 count) {
        vector.resize(size_t(count));
        const qint64 bytes = count * qint64(sizeof(vector[0]));
        return file.read(reinterpret_cast<char*>(vector.data()), bytes) == bytes;
    };
    for (auto& levels : c.levels)
        if (!fill(levels, cells))
            return std::nullopt;
    if (!fill(c.interest, cells) || !fill(c.days, cells))
        return std::nullopt;
    return c;
}

Result<void> MatrixCache::write(const QString& path, const Contents& c)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_5);
        out << kMagic << kFormat << c.stamp.created << qint32(c.stamp.schema) << c.stamp.rows << c.stamp.maxRowId
            << c.stamp.batches << c.stamp.maxBatchId << c.stamp.batchPeople << c.stamp.batchSkills;
        for (const QList<Id>* list : {&c.people, &c.skills}) {
            out << qint64(list->size());
            for (Id id : *list)
                out << id;
        }
    }
    const auto append = [&bytes](const auto& vector) {
        bytes.append(reinterpret_cast<const char*>(vector.data()),
                     qsizetype(vector.size()) * qsizetype(sizeof(vector[0])));
    };
    for (const auto& levels : c.levels)
        append(levels);
    append(c.interest);
    append(c.days);
    QDir().mkpath(QFileInfo(path).absolutePath()); // else saveFile says what failed
    return saveFile(path, bytes);
}

qint64 MatrixCache::threshold()
{
    return s_threshold;
}

void MatrixCache::setThreshold(qint64 rows)
{
    s_threshold = rows;
}

} // namespace coe
