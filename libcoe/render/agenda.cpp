// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/agenda.h"

#include "render/agendapage.h"
#include "render/pdffile.h"

#include <QFileInfo>
#include <QPdfWriter>

namespace coe::render {

namespace {

using namespace detail;

void paintAll(Document& doc, const Summit& summit, const Agenda::Options& options)
{
    switch (options.kind) {
    case Agenda::Grid: {
        int index = 0;
        const QList<QDate> wanted = days(summit, options);
        for (QDate d = summit.startsOn; d.isValid() && d <= summit.endsOn; d = d.addDays(1)) {
            ++index;
            if (wanted.contains(d))
                gridDay(doc, summit, options, index, d);
        }
        break;
    }
    case Agenda::Tracks:
        trackLists(doc, summit, options);
        break;
    case Agenda::RoomSigns:
        roomSigns(doc, summit, options);
        break;
    case Agenda::RunSheet:
        runSheets(doc, summit, options);
        break;
    }
    if (doc.pages() == 0) // e.g. --day beyond the summit: still one page that says so
        doc.newPage(Agenda::tr("No day %1 in this summit").arg(options.day));
}

} // namespace

int Agenda::paintChangelog(QPagedPaintDevice& device, const Summit& summit, const QList<ScheduleChange>& changes,
                           const QString& between, const Options& options)
{
    Options portrait = options;
    portrait.kind = Tracks; // lists are portrait
    Document count(nullptr, summit, portrait, 0);
    changelog(count, changes, between);
    Document doc(&device, summit, portrait, count.pages());
    changelog(doc, changes, between);
    return doc.pages();
}

Result<int> Agenda::writeChangelogPdf(const Summit& summit, const QList<ScheduleChange>& changes,
                                      const QString& between, const Options& options, const QString& path)
{
    return writePdfFile(
        path, tr("%1 — changes · %2").arg(summit.name, between),
        QPageLayout(QPageSize(options.paper), QPageLayout::Portrait, QMarginsF()), 600,
        [&](QPagedPaintDevice& device) { return paintChangelog(device, summit, changes, between, options); });
}

std::optional<Agenda::Kind> Agenda::kindFromName(const QString& name)
{
    for (int k = Grid; k <= RunSheet; ++k)
        if (kindName(Kind(k)) == name.trimmed().toLower())
            return Kind(k);
    return std::nullopt;
}

QString Agenda::kindName(Kind kind)
{
    static const char* const names[] = {"agenda", "track", "room-signs", "run-sheet"};
    return QString::fromLatin1(names[kind]);
}

QPageLayout::Orientation Agenda::orientation(const Summit& summit, const Options& options)
{
    return options.kind == Grid && summit.rooms.size() > 4 ? QPageLayout::Landscape : QPageLayout::Portrait;
}

int Agenda::paint(QPagedPaintDevice& device, const Summit& summit, const Options& options)
{
    Document count(nullptr, summit, options, 0);
    paintAll(count, summit, options);
    Document doc(&device, summit, options, count.pages());
    paintAll(doc, summit, options);
    return doc.pages();
}

Result<int> Agenda::writePdf(const Summit& summit, const Options& options, const QString& path)
{
    return writePdfFile(path, tr("%1 — %2").arg(summit.name, kindName(options.kind)),
                        QPageLayout(QPageSize(options.paper), orientation(summit, options), QMarginsF()), 600,
                        [&](QPagedPaintDevice& device) { return paint(device, summit, options); });
}

} // namespace coe::render
