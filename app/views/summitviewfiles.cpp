// SPDX-License-Identifier: GPL-3.0-or-later
// SummitView: what goes out to paper and files, and schedules that come in — print preview
// and PDF of the print pack and the changelog, iCalendar and frab export, frab import.
#include "views/summitview.h"

#include "io/frab.h"
#include "io/ics.h"
#include "io/savefile.h"
#include "render/agenda.h"
#include "storage/workspace.h"
#include "ui/prompter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace coe::ui {

QString SummitView::printTitle(int kind)
{
    switch (kind) {
    case render::Agenda::Grid:
        return tr("Agenda");
    case render::Agenda::Tracks:
        return tr("Track lists");
    case render::Agenda::RoomSigns:
        return tr("Room signs");
    case render::Agenda::RunSheet:
        return tr("Speakers' run sheets");
    default:
        return tr("Changes since the last release");
    }
}

render::Agenda::Options SummitView::printOptions(int kind, int release) const
{
    render::Agenda::Options options;
    options.kind = render::Agenda::Kind(std::min(kind, int(render::Agenda::RunSheet)));
    options.people = m_people;
    options.release = release;
    return options;
}

void SummitView::print(int kind)
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    const Summit summit = *s;
    const auto since = sinceRelease(summit, kind == Changelog);
    if (!since) {
        report(since.error());
        return;
    }
    render::Agenda::Options options = printOptions(kind, since->number);
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(), QPageLayout::Point);
    printer.setPageOrientation(kind == Changelog ? QPageLayout::Portrait : render::Agenda::orientation(summit, options));
    printer.setDocName(QStringLiteral("%1 — %2").arg(summit.name, printTitle(kind)));
    options.paper = QPageSize::id(printer.pageLayout().pageSize().sizePoints(), QPageSize::FuzzyMatch) == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4;
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("summitPrintPreview"));
    preview.setWindowTitle(tr("Print %1").arg(printTitle(kind).toLower()));
    const QString between = since->number > 0 ? tr("version %1 → now").arg(since->number) : QString();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        if (kind == Changelog)
            render::Agenda::paintChangelog(*target, summit, since->changes, between, options);
        else
            render::Agenda::paint(*target, summit, options);
    });
    Prompter::current()->exec(&preview);
}

void SummitView::exportPdf(int kind)
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    QString path = Prompter::current()->saveFile(this, tr("Export %1").arg(printTitle(kind).toLower()),
                                                 QDir::home().filePath(QStringLiteral("%1 — %2.pdf").arg(s->name, printTitle(kind))), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const auto since = sinceRelease(*s, kind == Changelog);
    if (!since) {
        report(since.error());
        return;
    }
    const render::Agenda::Options options = printOptions(kind, since->number);
    Result<int> pages = 0;
    if (kind == Changelog) {
        if (since->number == 0)
            return;
        pages = render::Agenda::writeChangelogPdf(*s, since->changes, tr("version %1 → now").arg(since->number), options, path);
    } else {
        pages = render::Agenda::writePdf(*s, options, path);
    }
    if (!pages)
        report(pages.error());
    else
        Q_EMIT statusMessage(tr("Wrote %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
}

void SummitView::exportCalendar()
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    QString path = Prompter::current()->saveFile(this, tr("Export calendar"), QDir::home().filePath(s->name + QStringLiteral(".ics")),
                                                 tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    Ics::Options options;
    options.people = m_people;
    options.workspaceKey = m_workspace.meta(QStringLiteral("created_at"));
    if (report(saveFile(path, Ics::summitCalendar(*s, options))))
        Q_EMIT statusMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

void SummitView::exportSchedule()
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    QString path = Prompter::current()->saveFile(this, tr("Export schedule"), QDir::home().filePath(s->name + QStringLiteral(".xml")),
                                                 tr("frab XML (*.xml);;frab JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xml");
    const Frab::Schedule schedule = Frab::fromSummit(*s, m_people, m_workspace.meta(QStringLiteral("created_at")));
    const QByteArray bytes = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? Frab::toJson(schedule) : Frab::toXml(schedule);
    if (report(saveFile(path, bytes)))
        Q_EMIT statusMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

void SummitView::importSchedule()
{
    const QString path = Prompter::current()->openFile(this, tr("Import schedule"), tr("frab schedule (*.xml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto schedule = Frab::read(path);
    if (!schedule) {
        report(schedule.error());
        return;
    }
    auto imported = Frab::import(m_workspace, schedule.value());
    if (!imported) {
        report(imported.error());
        return;
    }
    m_summitId = imported->summitId;
    reload();
    QString message = tr("Imported “%1”: %2 events in %3 rooms.").arg(schedule->title).arg(imported->events).arg(imported->rooms);
    if (!schedule->notes.isEmpty())
        message += QLatin1Char(' ') + tr("%n event(s) needed fixing; see the details.", nullptr, int(schedule->notes.size()));
    Q_EMIT statusMessage(message);
    if (!schedule->notes.isEmpty())
        Prompter::current()->error(this, tr("Import schedule"), tr("Imported, with these fixes:\n%1").arg(schedule->notes.join(QLatin1Char('\n'))));
}

} // namespace coe::ui
