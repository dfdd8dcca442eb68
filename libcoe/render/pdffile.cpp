// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdffile.h"

#include "core/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>

namespace coe::render {

Result<int> writePdfFile(const QString& path, const QString& title, const QPageLayout& layout, int resolution,
                         const std::function<int(QPagedPaintDevice&)>& paint)
{
    int pages = 0;
    auto written = saveFile(path, [&](QIODevice& device) -> Result<void> {
        QPdfWriter pdf(&device);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CoE Studio"));
        pdf.setResolution(resolution);
        pdf.setPageLayout(layout);
        pages = paint(pdf);
        if (pages < 0)
            return Error{Error::Failed, QCoreApplication::translate("coe::render::Agenda", "Could not write %1.")
                                            .arg(QDir::toNativeSeparators(path))};
        return {};
    });
    if (!written)
        return written.error();
    return pages;
}

} // namespace coe::render
