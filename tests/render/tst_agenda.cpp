// SPDX-License-Identifier: GPL-3.0-or-later
// The summit print pack, read back through Poppler: titles, pages, orientation, fonts, and
// that nothing is split across pages or drawn outside the printable area.
#include "core/timezone.h"
#include "render/agenda.h"
#include "support/summitfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace coe;

namespace {

/// Text without whitespace and with ligatures (ﬁ, ﬀ) spelt out, so a title wrapped over
/// lines still matches.
QString squash(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    text.remove(whitespace);
    return text;
}

struct Read
{
    std::unique_ptr<Poppler::Document> document;
    QStringList pages; ///< each page's text, whitespace simplified
};

Read write(const Summit& summit, const render::Agenda::Options& options, const QString& path, int* pages = nullptr)
{
    auto written = render::Agenda::writePdf(summit, options, path);
    if (!written)
        qFatal("%s", qPrintable(written.error().message));
    if (pages)
        *pages = written.value();
    Read read{Poppler::Document::load(path), {}};
    if (!read.document)
        qFatal("Poppler cannot read %s", qPrintable(path));
    // Poppler's command-line reader in raw (drawing) order keeps each box's lines together;
    // pages are separated by form feeds. (The Qt binding's raw mode returns partial text.)
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    QStringList texts = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char(0x0c));
    if (!texts.isEmpty() && texts.last().trimmed().isEmpty())
        texts.removeLast();
    for (const QString& page : std::as_const(texts))
        read.pages << squash(page);
    return read;
}

/// COE_KEEP_TEST_OUTPUT=1 keeps the PDFs for looking at them.
void keepOnRequest(QTemporaryDir& dir)
{
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("COE_KEEP_TEST_OUTPUT"));
    if (!dir.autoRemove())
        qInfo("output kept in %s", qPrintable(dir.path()));
}

bool has(const QString& page, const QString& text)
{
    return page.contains(squash(text));
}

int pagesWith(const QStringList& pages, const QString& text)
{
    return int(std::count_if(pages.cbegin(), pages.cend(),
                             [wanted = squash(text)](const QString& page) { return page.contains(wanted); }));
}

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agendaGridOfALargeSummit()
    {
        const test::SummitFixture f = test::bigSummit(3, 6, 150);
        QTemporaryDir dir;
        keepOnRequest(dir);
        render::Agenda::Options options;
        options.people = f.people;
        options.release = 3;
        int pages = 0;
        const Read pdf = write(f.summit, options, dir.filePath(QStringLiteral("agenda.pdf")), &pages);
        QCOMPARE(pdf.document->numPages(), pages);
        // Six rooms: landscape A4. Each day needs two pages at a readable scale.
        const QSizeF size = pdf.document->page(0)->pageSizeF();
        QCOMPARE(qRound(size.width()), 842);
        QCOMPARE(qRound(size.height()), 595);
        QCOMPARE(pages, 6);
        for (int p = 0; p < pages; ++p) {
            QVERIFY2(has(pdf.pages.at(p), QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)),
                     qPrintable(pdf.pages.at(p).left(300)));
            QVERIFY(has(pdf.pages.at(p), QStringLiteral("Release 3")));
            QVERIFY(has(pdf.pages.at(p), QStringLiteral("CoE Summit Benchmark")));
            QVERIFY(has(pdf.pages.at(p), QStringLiteral("Day %1").arg(p / 2 + 1)));
            QVERIFY2(has(pdf.pages.at(p), QStringLiteral("times in %1").arg(TimeZones::name(f.summit.zone()))),
                     qPrintable(pdf.pages.at(p).left(300)));
        }
        // Every scheduled title is printed, on exactly one page: no item is split.
        int talks = 0;
        for (const SummitItem& item : f.summit.items) {
            if (item.kind == SummitItem::Break)
                continue;
            ++talks;
            QVERIFY2(pagesWith(pdf.pages, item.title) == 1,
                     qPrintable(item.title + QStringLiteral(" on %1 pages; ").arg(pagesWith(pdf.pages, item.title)) +
                                pdf.pages.first().left(1500)));
        }
        QCOMPARE(talks, 150);
        // Nothing outside the printable area (margins of 34 pt, less a point of tolerance).
        for (int p = 0; p < pages; ++p) {
            for (const auto& box : pdf.document->page(p)->textList()) {
                const QRectF r = box->boundingBox();
                QVERIFY2(r.left() >= 33 && r.right() <= size.width() - 33 && r.top() >= 33 &&
                             r.bottom() <= size.height() - 33,
                         qPrintable(QStringLiteral("page %1: '%2' at %3,%4")
                                        .arg(p + 1)
                                        .arg(box->text())
                                        .arg(r.left())
                                        .arg(r.top())));
            }
        }
        const QList<Poppler::FontInfo> fonts = pdf.document->fonts();
        QVERIFY(!fonts.isEmpty());
        for (const Poppler::FontInfo& font : fonts)
            QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
    }

    void oneDayOnLetterPortrait()
    {
        const test::SummitFixture f = test::bigSummit(2, 3, 40);
        QTemporaryDir dir;
        keepOnRequest(dir);
        render::Agenda::Options options;
        options.people = f.people;
        options.paper = QPageSize::Letter;
        options.day = 2;
        const Read pdf = write(f.summit, options, dir.filePath(QStringLiteral("day2.pdf")));
        const QSizeF size = pdf.document->page(0)->pageSizeF();
        QCOMPARE(qRound(size.width()), 612);
        QCOMPARE(qRound(size.height()), 792);
        QCOMPARE(pdf.document->numPages(), 1); // three rooms, one day: one portrait page
        QVERIFY(has(pdf.pages.first(), QStringLiteral("Day 2")));
        QVERIFY(has(pdf.pages.first(), QStringLiteral("times in %1").arg(TimeZones::name(f.summit.zone()))));
        QVERIFY(has(pdf.pages.first(), QStringLiteral("Draft — not released")));
        for (const SummitItem& item : f.summit.items)
            if (item.kind != SummitItem::Break)
                QCOMPARE(pagesWith(pdf.pages, item.title),
                         item.slots.first().startsAt.date() == f.summit.startsOn.addDays(1) ? 1 : 0);
    }

    void trackListsCarryAbstractsInFull()
    {
        test::SummitFixture f = test::bigSummit(1, 2, 12);
        const QString abstract = QStringLiteral("A long abstract that would never fit into a grid box: ") +
                                 QString(60, QLatin1Char('x')).replace(QLatin1String("xxxxx"), QLatin1String("word "));
        f.summit.items[5].abstract = abstract;
        QTemporaryDir dir;
        keepOnRequest(dir);
        render::Agenda::Options options;
        options.kind = render::Agenda::Tracks;
        options.people = f.people;
        const Read pdf = write(f.summit, options, dir.filePath(QStringLiteral("tracks.pdf")));
        const QString all = pdf.pages.join(QLatin1Char(' '));
        QVERIFY2(has(all, abstract.simplified()),
                 qPrintable(all.mid(all.indexOf(QStringLiteral("Alongabstract")) - 100, 300)));
        for (const Track& t : std::as_const(f.summit.tracks))
            QVERIFY2(has(all, t.name), qPrintable(t.name));
        for (const SummitItem& item : std::as_const(f.summit.items))
            if (item.kind != SummitItem::Break)
                QCOMPARE(pagesWith(pdf.pages, item.title), 1);
    }

    void roomSignsAndRunSheets()
    {
        const test::SummitFixture f = test::bigSummit(2, 3, 30);
        QTemporaryDir dir;
        keepOnRequest(dir);
        render::Agenda::Options options;
        options.people = f.people;
        options.kind = render::Agenda::RoomSigns;
        const Read signs = write(f.summit, options, dir.filePath(QStringLiteral("signs.pdf")));
        QCOMPARE(signs.document->numPages(), 2 * 3); // a page per room per day
        QVERIFY(signs.pages.at(0).startsWith(squash(QStringLiteral("CoE Summit Benchmark"))));
        QVERIFY(has(signs.pages.at(0), QStringLiteral("Main hall")));
        QVERIFY(has(signs.pages.at(4), QStringLiteral("Room Ada")));

        options.kind = render::Agenda::RunSheet;
        const Read sheets = write(f.summit, options, dir.filePath(QStringLiteral("sheets.pdf")));
        QSet<Id> speakers;
        for (const SummitItem& item : f.summit.items)
            for (Id id : item.speakerIds)
                speakers.insert(id);
        QCOMPARE(sheets.document->numPages(), int(speakers.size())); // a page per speaker here
        for (Id id : speakers)
            QVERIFY2(pagesWith(sheets.pages, f.people.value(id)) >= 1, qPrintable(f.people.value(id)));
        QVERIFY(has(sheets.pages.first(), QStringLiteral("Room equipment: projector")));
    }

    void kindNames()
    {
        for (const char* name : {"agenda", "track", "room-signs", "run-sheet"})
            QCOMPARE(render::Agenda::kindName(*render::Agenda::kindFromName(QString::fromLatin1(name))),
                     QString::fromLatin1(name));
        QVERIFY(!render::Agenda::kindFromName(QStringLiteral("poster")));
    }
};

QTEST_MAIN(TestAgenda)
#include "tst_agenda.moc"
