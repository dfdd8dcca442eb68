// SPDX-License-Identifier: GPL-3.0-or-later
// Text pasted into the skill matrix (SkillMatrixModel::planPaste, which the matrix's Ctrl+V
// words and writes): tab-separated levels, numbers or labels, from any cell of a small demo
// matrix. The plan must only name editable cells inside the matrix, with levels on the scale.
#include "fuzzsupport.h"
#include "io/demo.h"
#include "models/skillmatrixmodel.h"
#include "storage/location.h"
#include "storage/workspace.h"

using namespace coe;

namespace {

struct Matrix
{
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<SkillMatrixModel> model;
};

Matrix& matrix()
{
    static Matrix m;
    return m;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::init(argc, argv);
    auto location = WorkspaceLocation::parse(fuzz::scratch().filePath(QStringLiteral("paste.coe")));
    auto ws = location ? Workspace::create(location.value()) : Result<std::unique_ptr<Workspace>>(location.error());
    if (!ws)
        std::abort();
    DemoGenerator::Options demo;
    demo.people = 8;
    demo.skills = 6;
    demo.teams = 2;
    demo.historyMonths = 1;
    demo.today = QDate(2026, 12, 1);
    if (!DemoGenerator::fill(*ws.value(), demo))
        std::abort();
    matrix().ws = std::move(ws.value());
    matrix().model = std::make_unique<SkillMatrixModel>(*matrix().ws);
    if (matrix().model->rowCount() == 0 || matrix().model->columnCount() == 0)
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const SkillMatrixModel& model = *matrix().model;
    // The first two bytes choose the cell the block starts at.
    const QModelIndex start = model.index(data[0] % model.rowCount(), data[1] % model.columnCount());
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    const SkillMatrixModel::PastePlan plan = model.planPaste(text, start);
    const int levels = int(model.matrix().scale().size());
    for (const auto& [index, level] : plan.cells) {
        if (!index.isValid() || !(model.flags(index) & Qt::ItemIsEditable) ||
            (level && (*level < 0 || *level >= levels)))
            std::abort();
    }
    if (plan.problems.size() > SkillMatrixModel::kMaxPasteProblems || plan.problemCount < plan.problems.size())
        std::abort();
    if (plan.refusal != SkillMatrixModel::PastePlan::Refusal::None && !plan.cells.isEmpty())
        std::abort();
    return 0;
}
