// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SummitView context (SummitView::tr), so the translations still apply.
#include "views/summitreview.h"

#include "commands/summitedits.h"
#include "dialogs/summitreviewdialogs.h"
#include "models/matrixdata.h"
#include "planning/programme.h"
#include "planning/releases.h"
#include "ui/prompter.h"
#include "views/summitcontext.h"
#include "views/summitfiles.h"
#include "views/summitview.h"

#include <QDialog>

namespace coe::ui {

SummitReview::SummitReview(SummitContext& context, SummitFiles& files, QObject* parent)
    : QObject(parent), m_context(context), m_files(files)
{}

void SummitReview::releaseSchedule()
{
    const Summit* current = m_context.current();
    if (!current)
        return;
    // A copy: a reload while the question is open replaces the summit current points to.
    const Summit summit = *current;
    auto since = m_context.sinceRelease(summit, true);
    if (!since) {
        m_context.report(since.error());
        return;
    }
    const QList<SummitWarning>& warnings = m_context.warnings();
    const auto open =
        std::count_if(warnings.cbegin(), warnings.cend(), [](const SummitWarning& w) { return !w.acknowledged; });
    QString question = SummitView::tr("Release version %1 of “%2”? Printed agendas will name it.")
                           .arg(since->number + 1)
                           .arg(summit.name);
    if (since->number > 0)
        question +=
            QLatin1Char('\n') +
            SummitView::tr("%n change(s) since version %1.", nullptr, int(since->changes.size())).arg(since->number);
    if (open > 0)
        question += QLatin1Char('\n') + SummitView::tr("%n warning(s) are still open.", nullptr, int(open));
    if (!Prompter::current()->confirm(m_context.view(), SummitView::tr("Release schedule"), question,
                                      SummitView::tr("Release")))
        return;
    auto released = Releases::release(m_context.workspace(), summit, m_context.people());
    if (!released) {
        m_context.report(released.error());
        return;
    }
    Q_EMIT statusMessage(SummitView::tr("Released version %1.").arg(released->number));
}

void SummitReview::showChangelog()
{
    const Summit* s = m_context.current();
    if (!s)
        return;
    auto since = m_context.sinceRelease(*s, true);
    if (!since || since->number == 0) {
        Prompter::current()->error(
            m_context.view(), SummitView::tr("Changes"),
            since ? SummitView::tr(
                        "“%1” has not been released yet: release it first, then changes are listed against it.")
                        .arg(s->name)
                  : since.error().message);
        return;
    }
    ChangelogDialog dialog(since->changes, since->number, m_context.view());
    connect(&dialog, &ChangelogDialog::printRequested, this, [this] { m_files.print(SummitFiles::Changelog); });
    connect(&dialog, &ChangelogDialog::exportRequested, this, [this] { m_files.exportPdf(SummitFiles::Changelog); });
    Prompter::current()->exec(&dialog);
}

void SummitReview::suggestProgramme()
{
    const Summit* current = m_context.current();
    if (!current)
        return;
    // A copy: a reload while the dialog is open replaces the summit current points to.
    const Summit summit = *current;
    MatrixData data;
    if (!m_context.report(data.load(m_context.workspace())))
        return;
    ProgrammeDialog dialog(Programme::suggest(data, summit, 4), summit.name, m_context.view());
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    const QStringList tracks = dialog.checkedTracks();
    if (tracks.isEmpty())
        return;
    auto added =
        commands::SummitEdits::addTracks(m_context.workspace(), summit, tracks, SummitView::tr("Add suggested tracks"));
    if (!added)
        m_context.report(added.error());
    else
        Q_EMIT statusMessage(SummitView::tr("Added %n track(s).", nullptr, added.value()));
}

} // namespace coe::ui
