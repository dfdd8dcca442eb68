// SPDX-License-Identifier: GPL-3.0-or-later
// coe-bench's one table: a row per scenario, with the reference tools run beside it.
#pragma once

#include "measure.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace coe::bench {

/// A reference tool run on the same data in the same run.
struct Reference
{
    QString tool;           ///< program name, e.g. "soffice"
    QString step;           ///< what it did, e.g. "soffice: wide CSV to XLSX"
    bool installed = false; ///< on the PATH
    bool run = false;       ///< false: not installed, or --no-references
    Measured measured;
    QString target; ///< the goal for ours / this, e.g. "<= 0.5x"
};

/// One scenario's figures.
struct Row
{
    Row(QString name_, QString step_) : name(std::move(name_)), step(std::move(step_)) {}

    QString name; ///< as --only takes it
    QString step; ///< what was measured
    Measured measured;
    QString note;   ///< a breakdown or the size of the output
    QString target; ///< the goal, e.g. "< 1 s"
    QList<Reference> references;
};

/// What the whole run was about, printed above the table and written into the JSON.
struct RunInfo
{
    int people = 0;
    int skills = 0;
    int teams = 0;
    bool quick = false;
    QString dir;
    double childFloorMB = -1; ///< what proc shows for a child that needs nothing (/bin/true)
    bool spawner = false;     ///< children started from a small helper (else from coe-bench)
};

/// ours / the reference's time, when both ran.
double ratio(const Row& row, const Reference& reference);

void printHeader(const RunInfo& info);
/// Prints one row (and its references) as soon as it was measured.
void printRow(const Row& row);
QJsonObject toJson(const RunInfo& info, const QList<Row>& rows);

} // namespace coe::bench
