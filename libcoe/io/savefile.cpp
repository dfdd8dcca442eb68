// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace coe {

Result<void> saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    const auto error = [&file, &path](Error::Code code) {
        return Error{code, QCoreApplication::translate("MatrixExport", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return error(Error::ReadOnly);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return error(Error::Failed);
    return {};
}

} // namespace coe
