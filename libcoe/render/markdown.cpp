// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/markdown.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace coe::render {

namespace {

KSyntaxHighlighting::Repository& repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Theme themeFor(bool dark)
{
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

/// What the editor remembers per line: inside which fence, and the highlighter's state.
class BlockData : public QTextBlockUserData
{
public:
    QString fence; ///< the open fence's language; empty outside a fence
    bool inFence = false;
    KSyntaxHighlighting::State state;
};

} // namespace

/// Highlights one line at a time with a definition, collecting formatted runs.
class LineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Run
    {
        int offset;
        int length;
        QTextCharFormat format;
    };
    QList<Run> runs;

    KSyntaxHighlighting::State line(QStringView text, const KSyntaxHighlighting::State& state)
    {
        runs.clear();
        return highlightLine(text, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.hasBackgroundColor(theme()))
            f.setBackground(format.backgroundColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        if (format.isUnderline(theme()))
            f.setFontUnderline(true);
        runs.append({offset, length, f});
    }
};

KSyntaxHighlighting::Definition definitionForFence(const QString& language)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("hcl"), QStringLiteral("Terraform")},
        {QStringLiteral("tf"), QStringLiteral("Terraform")},
        {QStringLiteral("terraform"), QStringLiteral("Terraform")},
        {QStringLiteral("docker"), QStringLiteral("Dockerfile")},
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("console"), QStringLiteral("Bash")},
        {QStringLiteral("zsh"), QStringLiteral("Zsh")},
        {QStringLiteral("py"), QStringLiteral("Python")},
        {QStringLiteral("js"), QStringLiteral("JavaScript")},
        {QStringLiteral("ts"), QStringLiteral("TypeScript")},
        {QStringLiteral("ps1"), QStringLiteral("PowerShell")},
        {QStringLiteral("powershell"), QStringLiteral("PowerShell")},
        {QStringLiteral("golang"), QStringLiteral("Go")},
        {QStringLiteral("md"), QStringLiteral("Markdown")},
    };
    const QString key = language.trimmed().toLower();
    if (key.isEmpty())
        return {};
    KSyntaxHighlighting::Repository& repo = repository();
    if (const auto alias = aliases.constFind(key); alias != aliases.cend())
        return repo.definitionForName(alias.value());
    const QList<KSyntaxHighlighting::Definition> definitions = repo.definitions();
    for (const KSyntaxHighlighting::Definition& d : definitions)
        if (d.name().compare(key, Qt::CaseInsensitive) == 0)
            return d;
    return repo.definitionForFileName(QStringLiteral("file.") + key);
}

MarkdownHighlighter::MarkdownHighlighter(QTextDocument* document, bool dark)
    : QSyntaxHighlighter(document), m_lines(std::make_unique<LineHighlighter>()), m_dark(dark)
{
    m_lines->setTheme(themeFor(dark));
}

MarkdownHighlighter::~MarkdownHighlighter() = default;

void MarkdownHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_lines->setTheme(themeFor(dark));
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString& text)
{
    const auto* previous = static_cast<const BlockData*>(currentBlock().previous().userData());
    auto* data = new BlockData;
    const QString trimmed = text.trimmed();
    const QColor muted = m_dark ? QColor(0x8a, 0x93, 0x9b) : QColor(0x6a, 0x73, 0x7d);
    QTextCharFormat mono;
    mono.setFontFixedPitch(true);
    mono.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    if (previous && previous->inFence) {
        if (trimmed.startsWith(QLatin1String("```"))) { // the closing fence
            QTextCharFormat fence = mono;
            fence.setForeground(muted);
            setFormat(0, int(text.size()), fence);
        } else {
            data->inFence = true;
            data->fence = previous->fence;
            setFormat(0, int(text.size()), mono);
            const KSyntaxHighlighting::Definition definition = definitionForFence(previous->fence);
            if (definition.isValid()) {
                m_lines->setDefinition(definition);
                data->state = m_lines->line(text, previous->state);
                for (const auto& run : std::as_const(m_lines->runs)) {
                    QTextCharFormat f = mono;
                    f.merge(run.format);
                    setFormat(run.offset, run.length, f);
                }
            }
        }
    } else if (trimmed.startsWith(QLatin1String("```"))) { // an opening fence
        data->inFence = true;
        data->fence = trimmed.mid(3).section(QLatin1Char(' '), 0, 0).trimmed();
        QTextCharFormat fence = mono;
        fence.setForeground(muted);
        setFormat(0, int(text.size()), fence);
    } else {
        static const KSyntaxHighlighting::Definition markdown =
            repository().definitionForName(QStringLiteral("Markdown"));
        m_lines->setDefinition(markdown);
        data->state =
            m_lines->line(text, previous && !previous->inFence ? previous->state : KSyntaxHighlighting::State());
        for (const auto& run : std::as_const(m_lines->runs))
            setFormat(run.offset, run.length, run.format);
    }
    // The block state tells Qt when the next line must be highlighted again.
    setCurrentBlockState(data->inFence ? int(qHash(data->fence) & 0x3fffffff) + 1 : 0);
    setCurrentBlockUserData(data);
}

void renderMarkdown(QTextDocument* document, const QString& markdown, const MarkdownOptions& options)
{
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(options.pointSize);
    document->setDefaultFont(body);
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    LineHighlighter lines;
    lines.setTheme(themeFor(options.dark));
    const QColor codeBackground = options.dark ? QColor(0x23, 0x27, 0x2e) : QColor(0xf4, 0xf6, 0xf8);
    const QColor numbers = options.dark ? QColor(0x6e, 0x76, 0x81) : QColor(0x9a, 0xa0, 0xa6);
    QTextCharFormat mono;
    mono.setFontFamilies({QStringLiteral("DejaVu Sans Mono")});
    mono.setFontFixedPitch(true);
    mono.setFontPointSize(options.pointSize * 0.9);
    if (options.dark)
        mono.setForeground(QColor(0xcf, 0xd6, 0xdd));

    // Count each fence's lines first, so line numbers line up.
    QTextBlock block = document->begin();
    while (block.isValid()) {
        if (!block.blockFormat().hasProperty(QTextFormat::BlockCodeFence) &&
            block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage).isEmpty() &&
            !block.blockFormat().nonBreakableLines()) {
            block = block.next();
            continue;
        }
        const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        const KSyntaxHighlighting::Definition definition = definitionForFence(language);
        if (definition.isValid())
            lines.setDefinition(definition);
        QList<QTextBlock> fence;
        for (QTextBlock b = block;
             b.isValid() && b.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage) == language &&
             (b.blockFormat().hasProperty(QTextFormat::BlockCodeFence) || b.blockFormat().nonBreakableLines());
             b = b.next())
            fence << b;
        const int width = int(QString::number(fence.size()).size());
        KSyntaxHighlighting::State state;
        for (qsizetype i = 0; i < fence.size(); ++i) {
            const QTextBlock& b = fence.at(i);
            const QString text = b.text();
            QTextCursor cursor(b);
            QTextBlockFormat format = b.blockFormat();
            format.setBackground(codeBackground);
            format.setLeftMargin(6);
            format.setRightMargin(6);
            format.setTopMargin(i == 0 ? 4 : 0);
            format.setBottomMargin(i + 1 == fence.size() ? 6 : 0);
            cursor.setBlockFormat(format);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.setCharFormat(mono);
            if (definition.isValid()) {
                state = lines.line(text, state);
                for (const auto& run : std::as_const(lines.runs)) {
                    QTextCursor range(b);
                    range.setPosition(b.position() + run.offset);
                    range.setPosition(b.position() + run.offset + run.length, QTextCursor::KeepAnchor);
                    range.mergeCharFormat(run.format);
                }
            }
            if (options.lineNumbers) {
                QTextCharFormat number = mono;
                number.setForeground(numbers);
                QTextCursor start(b);
                start.insertText(QStringLiteral("%1  ").arg(i + 1, width), number);
            }
        }
        block = fence.last().next();
    }
}

} // namespace coe::render
