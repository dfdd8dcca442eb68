// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/agenda.h"

#include <QObject>

class QMenu;

namespace coe::ui {

class SummitContext;

/// What goes out of the Summits view to paper and files, and schedules that come in: print
/// preview and PDF of the print pack (agenda, track lists, room signs, run sheets) and of the
/// changes since the last release, the iCalendar and frab exports, and the frab import.
class SummitFiles : public QObject
{
    Q_OBJECT

public:
    /// Print kinds are render::Agenda::Kind, and Changelog for the changes since the release.
    static constexpr int Changelog = 4;

    SummitFiles(SummitContext& context, QObject* parent = nullptr);

    /// "Agenda", "Track lists", … for a print kind.
    static QString printTitle(int kind);
    /// Adds a print and a PDF entry for each kind of the print pack to @p menu.
    void addPrintActions(QMenu* menu);
    void print(int kind);
    void exportPdf(int kind);
    void exportCalendar();
    void exportSchedule();
    void importSchedule();

Q_SIGNALS:
    /// A schedule was imported as a new summit, now the context's current one.
    void imported();
    void statusMessage(const QString& message);

private:
    /// Print options for one of the four print kinds (the changelog prints in the list layout).
    render::Agenda::Options printOptions(int kind, int release) const;

    SummitContext& m_context;
};

} // namespace coe::ui
