// SPDX-License-Identifier: GPL-3.0-or-later
// For the tests that scan source trees (include boundary, layers, app writes): planting files
// in a throw-away tree to show each rule fails when broken.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace coe::test {

/// Writes @p content to @p path, making its folders first.
inline void writeSourceFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

} // namespace coe::test
