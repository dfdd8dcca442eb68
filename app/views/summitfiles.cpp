// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SummitView context (SummitView::tr), so the translations still apply.
#include "views/summitfiles.h"

#include "io/frab.h"
#include "io/ics.h"
#include "io/savefile.h"
#include "storage/workspace.h"
#include "ui/paper.h"
#include "ui/prompter.h"
#include "views/summitcontext.h"
#include "views/summitview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPrinter>
#include <QPrintPreviewDialog>

namespace coe::ui {

SummitFiles::SummitFiles(SummitContext& context, QObject* parent) : QObject(parent), m_context(context)
{}

QString SummitFiles::printTitle(int kind)
{
    switch (kind) {
    case render::Agenda::Grid:
        return SummitView::tr("Agenda");
    case render::Agenda::Tracks:
        return SummitView::tr("Track lists");
    case render::Agenda::RoomSigns:
        return SummitView::tr("Room signs");
    case render::Agenda::RunSheet:
        return SummitView::tr("Speakers' run sheets");
    default:
        return SummitView::tr("Changes since the last release");
    }
}

void SummitFiles::addPrintActions(QMenu* menu)
{
    for (int kind = render::Agenda::Grid; kind <= render::Agenda::RunSheet; ++kind)
        menu->addAction(SummitView::tr("%1…").arg(printTitle(kind)), this, [this, kind] { print(kind); });
    menu->addSeparator();
    for (int kind = render::Agenda::Grid; kind <= render::Agenda::RunSheet; ++kind)
        menu->addAction(SummitView::tr("Export %1 as PDF…").arg(printTitle(kind).toLower()), this,
                        [this, kind] { exportPdf(kind); });
}

render::Agenda::Options SummitFiles::printOptions(int kind, int release) const
{
    render::Agenda::Options options;
    options.kind = render::Agenda::Kind(std::min(kind, int(render::Agenda::RunSheet)));
    options.people = m_context.people();
    options.release = release;
    options.paper = preferredPaper();
    return options;
}

void SummitFiles::print(int kind)
{
    const Summit* s = m_context.current();
    if (!s)
        return;
    const Summit summit = *s;
    const auto since = m_context.sinceRelease(summit, kind == Changelog);
    if (!since) {
        m_context.report(since.error());
        return;
    }
    render::Agenda::Options options = printOptions(kind, since->number);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(preferredPaper()));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(), QPageLayout::Point);
    printer.setPageOrientation(kind == Changelog ? QPageLayout::Portrait
                                                 : render::Agenda::orientation(summit, options));
    printer.setDocName(QStringLiteral("%1 — %2").arg(summit.name, printTitle(kind)));
    options.paper =
        QPageSize::id(printer.pageLayout().pageSize().sizePoints(), QPageSize::FuzzyMatch) == QPageSize::Letter
            ? QPageSize::Letter
            : QPageSize::A4;
    QPrintPreviewDialog preview(&printer, m_context.view());
    preview.setObjectName(QStringLiteral("summitPrintPreview"));
    preview.setWindowTitle(SummitView::tr("Print %1").arg(printTitle(kind).toLower()));
    const QString between = since->number > 0 ? SummitView::tr("version %1 → now").arg(since->number) : QString();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        if (kind == Changelog)
            render::Agenda::paintChangelog(*target, summit, since->changes, between, options);
        else
            render::Agenda::paint(*target, summit, options);
    });
    Prompter::current()->exec(&preview);
}

void SummitFiles::exportPdf(int kind)
{
    const Summit* current = m_context.current();
    if (!current)
        return;
    // A copy: a reload while the file dialog is open replaces the summit current points to.
    const Summit summit = *current;
    QString path = Prompter::current()->saveFile(
        m_context.view(), SummitView::tr("Export %1").arg(printTitle(kind).toLower()),
        QDir::home().filePath(QStringLiteral("%1 — %2.pdf").arg(summit.name, printTitle(kind))),
        SummitView::tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const auto since = m_context.sinceRelease(summit, kind == Changelog);
    if (!since) {
        m_context.report(since.error());
        return;
    }
    const render::Agenda::Options options = printOptions(kind, since->number);
    Result<int> pages = 0;
    if (kind == Changelog) {
        if (since->number == 0)
            return;
        pages = render::Agenda::writeChangelogPdf(summit, since->changes,
                                                  SummitView::tr("version %1 → now").arg(since->number), options, path);
    } else {
        pages = render::Agenda::writePdf(summit, options, path);
    }
    if (!pages)
        m_context.report(pages.error());
    else
        Q_EMIT statusMessage(
            SummitView::tr("Wrote %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
}

void SummitFiles::exportCalendar()
{
    const Summit* current = m_context.current();
    if (!current)
        return;
    // A copy: a reload while the file dialog is open replaces the summit current points to.
    const Summit summit = *current;
    QString path = Prompter::current()->saveFile(m_context.view(), SummitView::tr("Export calendar"),
                                                 QDir::home().filePath(summit.name + QStringLiteral(".ics")),
                                                 SummitView::tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    Ics::Options options;
    options.people = m_context.people();
    options.workspaceKey = m_context.workspace().meta(QStringLiteral("created_at"));
    if (m_context.report(saveFile(path, Ics::summitCalendar(summit, options))))
        Q_EMIT statusMessage(SummitView::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

void SummitFiles::exportSchedule()
{
    const Summit* current = m_context.current();
    if (!current)
        return;
    // A copy: a reload while the file dialog is open replaces the summit current points to.
    const Summit summit = *current;
    QString path = Prompter::current()->saveFile(m_context.view(), SummitView::tr("Export schedule"),
                                                 QDir::home().filePath(summit.name + QStringLiteral(".xml")),
                                                 SummitView::tr("frab XML (*.xml);;frab JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xml");
    const Frab::Schedule schedule =
        Frab::fromSummit(summit, m_context.people(), m_context.workspace().meta(QStringLiteral("created_at")));
    const QByteArray bytes = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
                                 ? Frab::toJson(schedule)
                                 : Frab::toXml(schedule);
    if (m_context.report(saveFile(path, bytes)))
        Q_EMIT statusMessage(SummitView::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

void SummitFiles::importSchedule()
{
    const QString path = Prompter::current()->openFile(m_context.view(), SummitView::tr("Import schedule"),
                                                       SummitView::tr("frab schedule (*.xml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto schedule = Frab::read(path);
    if (!schedule) {
        m_context.report(schedule.error());
        return;
    }
    auto imported = Frab::import(m_context.workspace(), schedule.value());
    if (!imported) {
        m_context.report(imported.error());
        return;
    }
    m_context.setCurrent(imported->summitId);
    Q_EMIT this->imported();
    QString message = SummitView::tr("Imported “%1”: %2 events in %3 rooms.")
                          .arg(schedule->title)
                          .arg(imported->events)
                          .arg(imported->rooms);
    if (!schedule->notes.isEmpty())
        message += QLatin1Char(' ') +
                   SummitView::tr("%n event(s) needed fixing; see the details.", nullptr, int(schedule->notes.size()));
    Q_EMIT statusMessage(message);
    if (!schedule->notes.isEmpty())
        Prompter::current()->error(
            m_context.view(), SummitView::tr("Import schedule"),
            SummitView::tr("Imported, with these fixes:\n%1").arg(schedule->notes.join(QLatin1Char('\n'))));
}

} // namespace coe::ui
