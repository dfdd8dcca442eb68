// SPDX-License-Identifier: GPL-3.0-or-later
// Highlighting is real: the editor colours YAML and HCL keys and values differently, and the
// handout PDF, read back through Poppler, shows its code in more than one colour; a 120-line
// code block paginates without cutting lines.
#include "render/handout.h"
#include "render/markdown.h"

#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <KSyntaxHighlighting/Definition>

#include <poppler-qt6.h>

using namespace coe;

namespace {

/// The format the highlighter gave the character at @p column of @p line (0-based).
QTextCharFormat formatAt(QTextDocument& doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange& r : ranges)
        if (column >= r.start && column < r.start + r.length)
            return r.format;
    return {};
}

Session sampleSession(int codeLines)
{
    Session s;
    s.id = 7;
    s.title = QStringLiteral("Terraform state, safely");
    s.instructorId = 1;
    s.startsAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0));
    s.durationMinutes = 45;
    s.location = QStringLiteral("Room Ada");
    s.skillIds = {11};
    QString code;
    for (int i = 1; i <= codeLines; ++i)
        code += QStringLiteral("resource \"aws_s3_bucket\" \"b%1\" { bucket = \"coe-state-%1\" }\n").arg(i);
    s.learnMarkdown = QStringLiteral("## Why\n\nState is memory.\n\n```hcl\n") + code + QStringLiteral("```\n");
    s.seeMarkdown = QStringLiteral("```yaml\nimage: nginx\nreplicas: 3\n```\n");
    s.applyMarkdown = QStringLiteral("Move one stack to the remote backend.\n");
    s.attendees = {{2, std::nullopt}};
    return s;
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editorHighlightsKeysAndValues_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("keyColumn");
        QTest::addColumn<int>("valueColumn");
        QTest::newRow("yaml") << QStringLiteral("Text\n```yaml\nimage: nginx\n```\n") << 2 << 1 << 9;
        QTest::newRow("hcl") << QStringLiteral("Text\n```hcl\nbucket = \"coe-tf-state\"\n```\n") << 2 << 1 << 12;
    }

    void editorHighlightsKeysAndValues()
    {
        QFETCH(QString, markdown);
        QFETCH(int, line);
        QFETCH(int, keyColumn);
        QFETCH(int, valueColumn);
        for (bool dark : {false, true}) {
            QPlainTextEdit editor;
            render::MarkdownHighlighter highlighter(editor.document(), dark);
            editor.setPlainText(markdown);
            const QTextCharFormat key = formatAt(*editor.document(), line, keyColumn);
            const QTextCharFormat value = formatAt(*editor.document(), line, valueColumn);
            QVERIFY2(key.foreground().color() != value.foreground().color(),
                     qPrintable(QStringLiteral("key %1 value %2")
                                    .arg(key.foreground().color().name(), value.foreground().color().name())));
            QVERIFY(key.fontFixedPitch());
            // The prose line is not code.
            QVERIFY(!formatAt(*editor.document(), 0, 1).fontFixedPitch());
        }
        // Light and dark themes differ.
        QPlainTextEdit light;
        QPlainTextEdit dark;
        render::MarkdownHighlighter l(light.document(), false);
        render::MarkdownHighlighter d(dark.document(), true);
        light.setPlainText(markdown);
        dark.setPlainText(markdown);
        QVERIFY(formatAt(*light.document(), line, valueColumn).foreground().color() !=
                formatAt(*dark.document(), line, valueColumn).foreground().color());
    }

    void unknownLanguagesStayPlain()
    {
        QVERIFY(render::definitionForFence(QStringLiteral("yml")).isValid());
        QVERIFY(render::definitionForFence(QStringLiteral("Dockerfile")).isValid());
        QVERIFY(render::definitionForFence(QStringLiteral("tf")).isValid());
        QVERIFY(!render::definitionForFence(QStringLiteral("no-such-language")).isValid());
    }

    void handoutPaginatesAndPrintsColours()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("handout.pdf"));
        render::Handout::Options options;
        options.people = {{1, QStringLiteral("Bo Chen")}, {2, QStringLiteral("Ana Silva")}};
        options.skills = {{11, QStringLiteral("Terraform")}};
        options.workspaceZone = QTimeZone("America/New_York");
        auto pages = render::Handout::writePdf(sampleSession(120), options, path);
        QVERIFY(pages);
        QVERIFY2(pages.value() >= 3, qPrintable(QString::number(pages.value())));
        auto document = Poppler::Document::load(path);
        QVERIFY(document);
        QCOMPARE(document->numPages(), pages.value());
        QString all;
        for (int p = 0; p < document->numPages(); ++p) {
            const QString text = document->page(p)->text(QRectF());
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.value())),
                     qPrintable(text.right(200)));
            all += text;
        }
        for (const char* expected :
             {"Terraform state, safely", "Skills: Terraform", "Instructor: Bo Chen", "1 · Learn", "2 · See it applied",
              "3 · Apply", "Ana Silva", "coe-state-1\"", "coe-state-120\"", "image: nginx", "min, America/New_York)"})
            QVERIFY2(all.contains(QString::fromUtf8(expected)), expected);
        // Every code line is whole on one page: each "bN" appears exactly once, with its value.
        for (int i = 1; i <= 120; ++i)
            QVERIFY2(
                all.count(QRegularExpression(QStringLiteral("\"b%1\" \\{ bucket = \"coe-state-%1\" \\}").arg(i))) == 1,
                qPrintable(QString::number(i) + QStringLiteral(": ") +
                           QString::number(all.count(QStringLiteral("coe-state-%1\"").arg(i))) +
                           all.mid(all.indexOf(QStringLiteral("\"b%1\"").arg(i - 1)), 300)));
        const QList<Poppler::FontInfo> fonts = document->fonts();
        for (const Poppler::FontInfo& font : fonts)
            QVERIFY2(font.isEmbedded(), qPrintable(font.name()));

        // Colours: on page 1, the keyword "resource" and the string "coe-state-1" are inked
        // differently (sampled from the rendered page).
        auto page = document->page(0);
        const qreal scale = 200.0 / 72.0;
        const QImage image = page->renderToImage(200, 200);
        QVERIFY(!image.isNull());
        const auto inkOf = [&](const QString& word) -> QColor {
            for (const auto& box : page->textList()) {
                if (box->text() != word)
                    continue;
                const QRect r =
                    QRectF(box->boundingBox().topLeft() * scale, box->boundingBox().bottomRight() * scale).toRect();
                // The darkest pixel inside the word is its ink.
                QColor darkest(Qt::white);
                for (int y = r.top(); y <= r.bottom(); ++y)
                    for (int x = r.left(); x <= r.right(); ++x) {
                        const QColor c = image.pixelColor(x, y);
                        if (c.lightness() < darkest.lightness())
                            darkest = c;
                    }
                return darkest;
            }
            return {};
        };
        const QColor keyword = inkOf(QStringLiteral("resource"));
        const QColor string = inkOf(QStringLiteral("\"coe-state-1\""));
        QVERIFY(keyword.isValid() && string.isValid());
        const int distance = std::abs(keyword.red() - string.red()) + std::abs(keyword.green() - string.green()) +
                             std::abs(keyword.blue() - string.blue());
        QVERIFY2(distance > 60, qPrintable(QStringLiteral("%1 vs %2").arg(keyword.name(), string.name())));
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
