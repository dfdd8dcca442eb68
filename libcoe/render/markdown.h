// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown with highlighted code: fenced blocks (```yaml, ```hcl, ```dockerfile, ```bash,
// ```python, …) are coloured by KF6 SyntaxHighlighting in the editor (MarkdownHighlighter)
// and in rendered documents (renderMarkdown), with a light or dark theme.
#pragma once

#include <QSyntaxHighlighter>

#include <memory>

class QTextDocument;

namespace KSyntaxHighlighting {
class Definition;
}

namespace coe::render {

class LineHighlighter;

/// The KF6 definition for a fence's language: names (yaml, bash, python), aliases (yml, sh,
/// py, hcl, tf, docker, shell, console) and file extensions; invalid when none matches.
KSyntaxHighlighting::Definition definitionForFence(const QString& language);

/// Highlights a Markdown editor: Markdown itself, and each fenced block in its language.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument* document, bool dark = false);
    ~MarkdownHighlighter() override;
    /// Switches between the light and dark themes and highlights again.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

protected:
    void highlightBlock(const QString& text) override;

private:
    std::unique_ptr<LineHighlighter> m_lines;
    bool m_dark = false;
};

struct MarkdownOptions
{
    bool dark = false;        ///< the dark theme (screens); printing uses light
    bool lineNumbers = false; ///< number the lines of code blocks
    qreal pointSize = 10;     ///< body text
};

/// Renders @p markdown (GitHub dialect) into @p document: body text in DejaVu Sans, code
/// blocks in DejaVu Sans Mono on a tinted background, highlighted in their language.
void renderMarkdown(QTextDocument* document, const QString& markdown, const MarkdownOptions& options);

} // namespace coe::render
