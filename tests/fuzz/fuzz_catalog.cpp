// SPDX-License-Identifier: GPL-3.0-or-later
// A people or skills list (COE_FUZZ_LIST people or skills) checked by CatalogImport against a
// small demo workspace, as `coectl import people|skills --dry-run` does: nothing is written,
// and the workspace must stay healthy whatever the list holds.
#include "fuzzsupport.h"
#include "io/catalogimport.h"
#include "io/demo.h"
#include "storage/location.h"
#include "storage/workspace.h"

#include <QDateTime>
#include <QFileInfo>

#include <tuple>

using namespace coe;

namespace {

std::unique_ptr<Workspace>& workspace()
{
    static std::unique_ptr<Workspace> ws;
    return ws;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::init(argc, argv);
    auto location = WorkspaceLocation::parse(fuzz::scratch().filePath(QStringLiteral("lists.coe")));
    auto ws = location ? Workspace::create(location.value()) : Result<std::unique_ptr<Workspace>>(location.error());
    if (!ws)
        std::abort();
    DemoGenerator::Options demo;
    demo.people = 6;
    demo.skills = 5;
    demo.teams = 2;
    demo.historyMonths = 1;
    demo.today = QDate(2026, 12, 1);
    if (!DemoGenerator::fill(*ws.value(), demo))
        std::abort();
    workspace() = std::move(ws.value());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeInput(data, size, QStringLiteral(COE_FUZZ_LIST ".csv"));
    CatalogImport::Options options;
    options.dryRun = true;
    options.skipBad = size % 2; // both ways of reading problems
    // A dry run must not write: neither the file nor its write-ahead log may change.
    const QString file = workspace()->location().path();
    const auto state = [&file] {
        const QFileInfo db(file);
        const QFileInfo log(file + QStringLiteral("-wal"));
        return std::tuple(db.size(), db.lastModified(), log.exists() ? log.size() : -1,
                          log.exists() ? log.lastModified() : QDateTime());
    };
    const auto before = state();
    const QByteArray list(COE_FUZZ_LIST);
    const auto report = list == "people" ? CatalogImport::importPeople(*workspace(), path, options)
                                         : CatalogImport::importSkills(*workspace(), path, options);
    if ((report && report->written) || state() != before)
        std::abort(); // a dry run wrote
    return 0;
}
