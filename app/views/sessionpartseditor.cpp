// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SessionsView context (SessionsView::tr), so the translations still apply.
#include "views/sessionpartseditor.h"

#include "render/markdown.h"
#include "views/sessionsview.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>

namespace coe::ui {

namespace {

const char* const kPartTitles[] = {QT_TRANSLATE_NOOP("coe::ui::SessionsView", "Learn"),
                                   QT_TRANSLATE_NOOP("coe::ui::SessionsView", "See it applied"),
                                   QT_TRANSLATE_NOOP("coe::ui::SessionsView", "Apply")};

} // namespace

SessionPartsEditor::SessionPartsEditor(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("sessionParts"));
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    for (int part = 0; part < kParts; ++part) {
        auto* split = new QSplitter(this);
        auto* editor = new QPlainTextEdit(split);
        editor->setObjectName(QStringLiteral("partEditor%1").arg(part));
        QFont mono(QStringLiteral("DejaVu Sans Mono"));
        mono.setStyleHint(QFont::Monospace);
        editor->setFont(mono);
        editor->setTabChangesFocus(false);
        editor->setPlaceholderText(
            SessionsView::tr("Markdown. Fence code with ```yaml, ```hcl, ```dockerfile, ```bash, ```python …"));
        auto* preview = new QTextBrowser(split);
        preview->setObjectName(QStringLiteral("partPreview%1").arg(part));
        preview->setOpenExternalLinks(true);
        split->addWidget(editor);
        split->addWidget(preview);
        addTab(split, SessionsView::tr(kPartTitles[part]));
        m_editors << editor;
        m_previews << preview;
        m_highlighters << new render::MarkdownHighlighter(editor->document(), false);
        connect(editor, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                Q_EMIT changed();
            m_previewTimer->start();
        });
    }
    connect(m_previewTimer, &QTimer::timeout, this, [this] { updatePreview(currentIndex()); });
    connect(this, &QTabWidget::currentChanged, this, &SessionPartsEditor::updatePreview);
}

QPlainTextEdit* SessionPartsEditor::editor(int part) const
{
    return m_editors.value(part);
}

QTextBrowser* SessionPartsEditor::preview(int part) const
{
    return m_previews.value(part);
}

void SessionPartsEditor::setParts(const QString& learn, const QString& see, const QString& apply)
{
    const bool filling = m_filling;
    m_filling = true;
    const QString parts[] = {learn, see, apply};
    for (int part = 0; part < kParts; ++part)
        m_editors.at(part)->setPlainText(parts[part]);
    m_filling = filling;
}

QString SessionPartsEditor::markdown(int part) const
{
    return m_editors.at(part)->toPlainText();
}

void SessionPartsEditor::updatePreviews()
{
    for (int part = 0; part < kParts; ++part)
        updatePreview(part);
}

bool SessionPartsEditor::darkPalette() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void SessionPartsEditor::changeEvent(QEvent* event)
{
    QTabWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_highlighters.isEmpty()) {
        // Re-highlighting changes formats, which QPlainTextEdit reports as a text change.
        const bool filling = m_filling;
        m_filling = true;
        for (render::MarkdownHighlighter* h : std::as_const(m_highlighters))
            h->setDark(darkPalette());
        m_filling = filling;
        updatePreviews();
    }
}

void SessionPartsEditor::updatePreview(int part)
{
    if (part < 0 || part >= m_editors.size())
        return;
    render::MarkdownOptions options;
    options.dark = darkPalette();
    options.pointSize = font().pointSizeF() > 0 ? font().pointSizeF() : 10;
    render::renderMarkdown(m_previews.at(part)->document(), m_editors.at(part)->toPlainText(), options);
}

} // namespace coe::ui
