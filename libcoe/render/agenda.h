// SPDX-License-Identifier: GPL-3.0-or-later
// The summit print pack: the agenda grid (rooms × time per day), lists per track, room signs
// and speakers' run sheets. Painted on any paged device, so the same code writes PDFs headless
// (coectl agenda) and feeds the GUI's print preview.
#pragma once

#include "core/result.h"
#include "domain/summit.h"
#include "planning/releases.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>

class QPagedPaintDevice;

namespace coe::render {

class Agenda
{
    Q_DECLARE_TR_FUNCTIONS(coe::render::Agenda)

public:
    enum Kind
    {
        Grid,
        Tracks,
        RoomSigns,
        RunSheet
    };
    struct Options
    {
        Kind kind = Grid;
        QPageSize::PageSizeId paper = QPageSize::A4;
        int day = 0;     ///< 1-based day of the summit; 0: every day
        int release = 0; ///< the released version printed in the footer; 0: draft
        QHash<Id, QString> people;
        QDate printedOn = QDate::currentDate();
    };

    /// agenda, track, room-signs, run-sheet.
    static std::optional<Kind> kindFromName(const QString& name);
    static QString kindName(Kind kind);

    /// The orientation the pack uses: the agenda grid turns landscape for more than four rooms.
    static QPageLayout::Orientation orientation(const Summit& summit, const Options& options);
    /// Paints every page on @p device (already set to the paper and orientation, no margins);
    /// returns the number of pages.
    static int paint(QPagedPaintDevice& device, const Summit& summit, const Options& options);
    /// Writes a PDF with embedded fonts; returns the number of pages.
    static Result<int> writePdf(const Summit& summit, const Options& options, const QString& path);

    /// The changelog between two versions (@p between names them, e.g. "Release 2 → release
    /// 3"): added, moved, changed and cancelled items, each section on the pages in turn.
    static int paintChangelog(QPagedPaintDevice& device, const Summit& summit, const QList<ScheduleChange>& changes,
                              const QString& between, const Options& options);
    static Result<int> writeChangelogPdf(const Summit& summit, const QList<ScheduleChange>& changes,
                                         const QString& between, const Options& options, const QString& path);
};

} // namespace coe::render
