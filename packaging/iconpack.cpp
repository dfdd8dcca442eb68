// SPDX-License-Identifier: GPL-3.0-or-later
// coe-iconpack: renders the application icon's SVG master into the icon files Windows and
// macOS take, at build time, so they always match the master and are never committed.
//   coe-iconpack MASTER.svg OUT.ico    a Windows icon: 16 to 256 pixels, each entry a PNG
//   coe-iconpack MASTER.svg OUT.icns   a macOS icon: 16 to 1024 pixels, each entry a PNG
// Both formats hold PNG images since Windows Vista and Mac OS X 10.7.
#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>
#include <utility>

namespace {

QByteArray renderPng(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void putLe16(QByteArray& out, quint32 value)
{
    out.append(char(value & 0xff)).append(char((value >> 8) & 0xff));
}

void putLe32(QByteArray& out, quint32 value)
{
    putLe16(out, value & 0xffff);
    putLe16(out, value >> 16);
}

void putBe32(QByteArray& out, quint32 value)
{
    out.append(char((value >> 24) & 0xff)).append(char((value >> 16) & 0xff));
    out.append(char((value >> 8) & 0xff)).append(char(value & 0xff));
}

/// ICONDIR, one ICONDIRENTRY per size (a width or height of 0 means 256), then the PNGs.
QByteArray makeIco(QSvgRenderer& renderer)
{
    const QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (const int size : sizes)
        images.append(renderPng(renderer, size));
    QByteArray out;
    putLe16(out, 0); // reserved
    putLe16(out, 1); // type: icon
    putLe16(out, quint32(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const char side = sizes.at(i) >= 256 ? char(0) : char(sizes.at(i));
        out.append(side).append(side).append(char(0)).append(char(0)); // no palette, reserved
        putLe16(out, 1);                                               // colour planes
        putLe16(out, 32);                                              // bits per pixel
        putLe32(out, quint32(images.at(i).size()));
        putLe32(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray& image : std::as_const(images))
        out.append(image);
    return out;
}

/// "icns", the file length, then one element per type: its OSType, its length, a PNG.
QByteArray makeIcns(QSvgRenderer& renderer)
{
    const QList<std::pair<const char*, int>> types{{"icp4", 16},  {"icp5", 32},  {"icp6", 64},   {"ic07", 128},
                                                   {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}, {"ic11", 32},
                                                   {"ic12", 64},  {"ic13", 256}, {"ic14", 512}};
    QByteArray body;
    for (const auto& [type, size] : types) {
        const QByteArray png = renderPng(renderer, size);
        body.append(type, 4);
        putBe32(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns", 4);
    putBe32(out, quint32(8 + body.size()));
    return out + body;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: coe-iconpack MASTER.svg OUT.ico|OUT.icns\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "coe-iconpack: %s is not a readable SVG file\n", argv[1]);
        return 1;
    }
    const QString output = QString::fromLocal8Bit(argv[2]);
    QByteArray data;
    if (output.endsWith(QLatin1String(".ico"))) {
        data = makeIco(renderer);
    } else if (output.endsWith(QLatin1String(".icns"))) {
        data = makeIcns(renderer);
    } else {
        std::fprintf(stderr, "coe-iconpack: %s ends neither in .ico nor in .icns\n", argv[2]);
        return 2;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "coe-iconpack: cannot write %s: %s\n", argv[2], qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
