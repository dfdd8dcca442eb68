// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace coe::ui {

class SummitContext;
class SummitFiles;

/// The Summits view's programme and release steps: suggest tracks and speakers from the skill
/// gaps, release the schedule as the next version, and list the changes since the last one.
class SummitReview : public QObject
{
    Q_OBJECT

public:
    /// @p files prints and exports the changelog.
    SummitReview(SummitContext& context, SummitFiles& files, QObject* parent = nullptr);

    void releaseSchedule();
    void showChangelog();
    void suggestProgramme();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    SummitContext& m_context;
    SummitFiles& m_files;
};

} // namespace coe::ui
