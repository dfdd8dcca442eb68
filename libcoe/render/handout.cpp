// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/handout.h"

#include "core/timezone.h"
#include "render/markdown.h"
#include "render/pdffile.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>

namespace coe::render {

namespace {

constexpr qreal kMarginMm = 18;
const QColor kAccent(0x2c, 0x7f, 0xb8);
const QColor kGrey(0x66, 0x66, 0x66);

QTextCharFormat text(qreal points, QFont::Weight weight = QFont::Normal, const QColor& color = QColor(0x22, 0x22, 0x22))
{
    QTextCharFormat f;
    f.setFontFamilies({QStringLiteral("DejaVu Sans")});
    f.setFontPointSize(points);
    f.setFontWeight(weight);
    f.setForeground(color);
    return f;
}

void paragraph(QTextCursor& cursor, qreal top = 0, qreal bottom = 4)
{
    QTextBlockFormat block;
    block.setTopMargin(top);
    block.setBottomMargin(bottom);
    cursor.insertBlock(block);
}

} // namespace

std::unique_ptr<QTextDocument> Handout::document(const Session& s, const Options& options)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    doc->setDefaultFont(body);
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc.get());
    cursor.setCharFormat(text(20, QFont::Bold));
    cursor.insertText(s.title);

    QStringList skills;
    for (Id id : s.skillIds)
        skills << options.skills.value(id);
    const QLocale locale;
    static const QRegularExpression kNotBlank(QStringLiteral("\\S"));
    const QDateTime end = s.startsAt.addSecs(qint64(s.durationMinutes) * 60);
    const QList<std::pair<QString, QString>> facts{
        {tr("Skills"), skills.join(QStringLiteral(", "))},
        {tr("Instructor"), options.people.value(s.instructorId, tr("to be named"))},
        {tr("When"),
         tr("%1, %2–%3 (%4 min, %5)")
             .arg(locale.toString(s.startsAt.date(), QLocale::LongFormat),
                  s.startsAt.time().toString(QStringLiteral("HH:mm")), end.time().toString(QStringLiteral("HH:mm")))
             .arg(s.durationMinutes)
             .arg(TimeZones::name(s.zone(options.workspaceZone)))},
        {tr("Where"), QStringList{s.location, s.link}.filter(kNotBlank).join(QStringLiteral(" · "))},
    };
    for (const auto& [label, value] : facts) {
        if (value.trimmed().isEmpty())
            continue;
        paragraph(cursor, 0, 1);
        cursor.insertText(label + QStringLiteral(": "), text(9.5, QFont::DemiBold, kGrey));
        cursor.insertText(value, text(9.5));
    }

    const QList<std::pair<QString, QString>> parts{{tr("1 · Learn"), s.learnMarkdown},
                                                   {tr("2 · See it applied"), s.seeMarkdown},
                                                   {tr("3 · Apply"), s.applyMarkdown}};
    MarkdownOptions markdown;
    markdown.lineNumbers = true;
    for (const auto& [heading, content] : parts) {
        paragraph(cursor, 16, 4);
        cursor.insertText(heading, text(14, QFont::Bold, kAccent));
        paragraph(cursor, 0, 0);
        if (content.trimmed().isEmpty()) {
            cursor.insertText(tr("(nothing written yet)"), text(10, QFont::Normal, kGrey));
            continue;
        }
        QTextDocument part;
        renderMarkdown(&part, content, markdown);
        cursor.insertFragment(QTextDocumentFragment(&part));
    }

    if (!s.attendees.isEmpty()) {
        paragraph(cursor, 16, 4);
        cursor.insertText(tr("Attendees and their Apply task"), text(14, QFont::Bold, kAccent));
        for (const Attendee& a : s.attendees) {
            paragraph(cursor, 0, 2);
            cursor.insertText(QStringLiteral("☐  "), text(10));
            cursor.insertText(options.people.value(a.personId), text(10, QFont::DemiBold));
            for (const ApplyTask& t : s.tasks) {
                if (t.personId != a.personId)
                    continue;
                QString task = t.description;
                if (t.dueOn.isValid())
                    task += QStringLiteral(" — ") + tr("due %1").arg(locale.toString(t.dueOn, QLocale::ShortFormat));
                cursor.insertText(QStringLiteral("   ") + task, text(9.5, QFont::Normal, kGrey));
            }
        }
    }
    return doc;
}

int Handout::paint(QPagedPaintDevice& device, const Session& session, const Options& options)
{
    std::unique_ptr<QTextDocument> doc = document(session, options);
    const qreal dpi = device.logicalDpiY();
    const qreal margin = kMarginMm / 25.4 * dpi;
    const QSizeF page(device.width(), device.height());
    const qreal band = 0.45 * dpi; // header and footer
    const QSizeF body(page.width() - 2 * margin, page.height() - 2 * margin - 2 * band);
    doc->documentLayout()->setPaintDevice(&device);
    doc->setPageSize(body);
    const int pages = doc->pageCount();

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(kGrey);
        const QRectF header(margin, margin, body.width(), band * 0.6);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(small, &device).elidedText(session.title, Qt::ElideRight, body.width() * 0.6));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, tr("CoE Studio · knowledge transfer"));
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), dpi / 144));
        painter.drawLine(QPointF(margin, header.bottom()), QPointF(margin + body.width(), header.bottom()));
        const QRectF footer(margin, page.height() - margin - band * 0.6, body.width(), band * 0.6);
        painter.setPen(kGrey);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(p + 1).arg(pages));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(session.startsAt.date(), QLocale::ShortFormat));

        painter.save();
        painter.translate(margin, margin + band - p * body.height());
        const QRectF clip(0, p * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // The layout never lets a line cross a page break, but a block's margin may reach
        // over it: a hair's inset keeps the last line of a page from being drawn (clipped
        // away, yet still in the PDF's text) at the top of the next.
        const qreal hair = dpi / 144;
        context.clip = clip.adjusted(0, hair, 0, -hair);
        painter.setClipRect(clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

Result<int> Handout::writePdf(const Session& session, const Options& options, const QString& path)
{
    return writePdfFile(path, session.title, QPageLayout(QPageSize(options.paper), QPageLayout::Portrait, QMarginsF()),
                        300, [&](QPagedPaintDevice& device) { return paint(device, session, options); });
}

} // namespace coe::render
