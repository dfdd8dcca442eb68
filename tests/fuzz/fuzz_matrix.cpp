// SPDX-License-Identifier: GPL-3.0-or-later
// A matrix spreadsheet as the importer reads it: SheetReader::open (which tells CSV, XLSX and
// ODS apart by their content) and MatrixImport::plan against a small workspace's people,
// skills and scale, creating what is missing. Built three times (COE_FUZZ_SUFFIX csv, xlsx,
// ods) so that each format grows a corpus of its own from its own seeds.
#include "domain/scale.h"
#include "fuzzsupport.h"
#include "io/matriximport.h"
#include "io/sheetreader.h"

using namespace coe;

namespace {

const MatrixImport::Context& context()
{
    static const MatrixImport::Context context = [] {
        MatrixImport::Context c;
        c.scale = Scale::defaultLevels();
        const QStringList names{QStringLiteral("Ana Lima"), QStringLiteral("Bo Chen"), QStringLiteral("Cy Diaz")};
        for (int i = 0; i < names.size(); ++i) {
            Person p;
            p.id = i + 1;
            p.name = names.at(i);
            p.email = names.at(i).section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org");
            c.people << p;
        }
        const QStringList skills{QStringLiteral("Terraform"), QStringLiteral("Kubernetes"), QStringLiteral("Ansible")};
        for (int i = 0; i < skills.size(); ++i) {
            Skill s;
            s.id = i + 1;
            s.categoryId = 1;
            s.name = skills.at(i);
            c.skills << s;
        }
        c.stamp = QStringLiteral("fuzz");
        return c;
    }();
    return context;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeInput(data, size, QStringLiteral("matrix." COE_FUZZ_SUFFIX));
    auto reader = SheetReader::open(path);
    if (!reader)
        return 0;
    MatrixImport::Options options;
    options.createMissing = true;
    options.date = QDate(2026, 12, 1);
    const auto plan = MatrixImport::plan(context(), *reader.value(), options);
    if (plan) {
        // What a plan promises the writer: every cell names a known person and skill (by id)
        // or the n-th new one (as -(n+1)), and a level on the scale.
        const auto known = [](qint32 ref, qsizetype existing, qsizetype created) {
            return ref > 0 ? ref <= existing : ref < 0 && -qint64(ref) - 1 < created;
        };
        for (const MatrixImport::Cell& cell : plan->cells) {
            if (cell.level < 0 || cell.level >= context().scale.size() ||
                !known(cell.person, context().people.size(), plan->newPeople.size()) ||
                !known(cell.skill, context().skills.size(), plan->newSkills.size()))
                std::abort();
        }
    }
    return 0;
}
