// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace file of arbitrary bytes, opened as the app and `coectl` open one: Workspace::open
// (which refuses what is not a healthy workspace and upgrades older ones after a backup), then,
// for what opens, the integrity check `coectl check` runs and the matrix view's first read.
#include "fuzzsupport.h"
#include "models/matrixdata.h"
#include "storage/location.h"
#include "storage/workspace.h"

using namespace coe;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A folder of its own each time: an upgrade leaves a backup beside the file.
    QDir folder(fuzz::scratch().filePath(QStringLiteral("ws")));
    folder.removeRecursively();
    if (!QDir().mkpath(folder.path()))
        std::abort();
    const QString path = folder.filePath(QStringLiteral("input.coe"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();
    auto location = WorkspaceLocation::parse(path);
    if (!location)
        std::abort();
    Workspace::Options options;
    options.busyTimeoutMs = 0;
    auto ws = Workspace::open(location.value(), options);
    if (!ws)
        return 0;
    (void)ws.value()->check();
    // What the matrix view reads first: every person, skill and assessment.
    MatrixData matrix;
    (void)matrix.load(*ws.value());
    return 0;
}
