// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdffile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>

namespace coe::render {

Result<int> writePdfFile(const QString& path, const QString& title, const QPageLayout& layout, int resolution,
                         const std::function<int(QPagedPaintDevice&)>& paint)
{
    const QString partial = path + QStringLiteral(".part");
    int pages = 0;
    {
        QPdfWriter pdf(partial);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CoE Studio"));
        pdf.setResolution(resolution);
        pdf.setPageLayout(layout);
        pages = paint(pdf);
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error{Error::Failed, QCoreApplication::translate("coe::render::Agenda", "Could not write %1.").arg(QFileInfo(path).absoluteFilePath())};
    }
    return pages;
}

} // namespace coe::render
