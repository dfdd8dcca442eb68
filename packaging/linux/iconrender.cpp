// SPDX-License-Identifier: GPL-3.0-or-later
// coe-iconrender: renders the application icon's SVG master into the PNG sizes of a hicolor
// icon theme, at build time, so the PNGs always match the master and are never committed.
//   coe-iconrender MASTER.svg OUTDIR NAME SIZE...  writes OUTDIR/SIZExSIZE/apps/NAME.png
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: coe-iconrender MASTER.svg OUTDIR NAME SIZE...\n");
        return 2;
    }
    const QString master = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer renderer(master);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "coe-iconrender: %s is not a readable SVG file\n", argv[1]);
        return 1;
    }
    const QString name = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "coe-iconrender: the size '%s' is not a number from 1 to 4096\n", argv[i]);
            return 2;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "coe-iconrender: cannot create the folder %s\n", qPrintable(dir));
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!image.save(path, "PNG")) {
            std::fprintf(stderr, "coe-iconrender: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
