// SPDX-License-Identifier: GPL-3.0-or-later
// "Suggest programme": tracks for the skill areas with the largest organisation-wide gaps,
// and speakers who can teach them and are not booked yet, each with the reason.
#pragma once

#include "domain/summit.h"

#include <QCoreApplication>

namespace coe {

class MatrixData;

struct TrackSuggestion
{
    struct Speaker
    {
        Id person = 0;
        QString name;
        QStringList skills; ///< the area's skills they teach, largest gap first
        QString reason;
    };
    QString track;              ///< the top-level skill category
    int gap = 0;                ///< sum over internal people and the area's skills of target − level
    int people = 0;             ///< internal people with a gap in the area
    QStringList skills;         ///< the area's skills with a gap, largest first
    bool existingTrack = false; ///< the summit already has a track of this name
    QString reason;
    QList<Speaker> speakers;
};

class Programme
{
    Q_DECLARE_TR_FUNCTIONS(coe::Programme)

public:
    /// Up to @p tracks areas by gap (ties by name), each with up to @p speakers speakers:
    /// internal people at the scale's Teacher level in the area's skills who speak at no item
    /// of @p summit and are not suggested for an earlier track, most such skills first, then
    /// the larger gap they would close, then name.
    static QList<TrackSuggestion> suggest(const MatrixData& data, const Summit& summit, int tracks = 3,
                                          int speakers = 3);
};

} // namespace coe
