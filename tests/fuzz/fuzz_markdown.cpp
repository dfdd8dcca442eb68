// SPDX-License-Identifier: GPL-3.0-or-later
// A session's Markdown as the sessions view shows it: rendered into a QTextDocument (fenced
// code highlighted by KSyntaxHighlighting, line numbers on or off) and highlighted as the
// editor highlights it, then laid out on a page.
#include "fuzzsupport.h"
#include "render/markdown.h"

#include <QTextDocument>

using namespace coe;

namespace {

void renderAndHighlight(const QString& text, std::size_t variant)
{
    render::MarkdownOptions options;
    options.dark = variant % 2;
    options.lineNumbers = variant % 3 == 0;
    QTextDocument preview;
    render::renderMarkdown(&preview, text, options);
    preview.setPageSize(QSizeF(595, 842));
    (void)preview.pageCount();

    QTextDocument editor;
    editor.setPlainText(text);
    render::MarkdownHighlighter highlighter(&editor, options.dark);
    highlighter.rehighlight();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::init(argc, argv, /*gui=*/true);
    // Fonts, shaping and the syntax definitions are loaded on first use and kept for the
    // process (Qt's font and glyph caches, fontconfig's, KSyntaxHighlighting's repository):
    // load them before the first input, so that only what an input leaves behind is a leak.
    for (std::size_t variant = 0; variant < 6; ++variant)
        renderAndHighlight(QStringLiteral("# T\n**b** *i* `c` [l](u)\n\n```cpp\nint x;\n```\n\n```yaml\na: 1\n```\n\n"
                                          "| a | b |\n|---|--:|\n| 1 | 2 |\n\n> q\n- [ ] t\nÄ é ß 漢 😀\n"),
                           variant);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    renderAndHighlight(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)), size);
    return 0;
}
