// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/transfer.h"

#include <QCoreApplication>
#include <QPageSize>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace coe::render {

/// A session's printed handout: title, skills, instructor, date and place; the three parts
/// (Learn, See it applied, Apply) with highlighted code and line numbers in colours that print;
/// the attendees and their Apply task; page x of y in the footer. Lines of code are never cut
/// in two across a page break.
class Handout
{
    Q_DECLARE_TR_FUNCTIONS(coe::render::Handout)

public:
    struct Options
    {
        QPageSize::PageSizeId paper = QPageSize::A4;
        QHash<Id, QString> people;
        QHash<Id, QString> skills;
        QTimeZone workspaceZone = QTimeZone::systemTimeZone(); ///< for a session that names no zone
    };

    /// The handout's content as a document (no page furniture).
    static std::unique_ptr<QTextDocument> document(const Session& session, const Options& options);
    /// Paints every page on @p device (no margins set; the handout keeps its own).
    static int paint(QPagedPaintDevice& device, const Session& session, const Options& options);
    static Result<int> writePdf(const Session& session, const Options& options, const QString& path);
};

} // namespace coe::render
