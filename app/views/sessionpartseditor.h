// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace coe::render {
class MarkdownHighlighter;
}

namespace coe::ui {

/// A session's three parts — Learn, See it applied, Apply — one tab each: Markdown with its
/// code blocks highlighted beside a live preview, both in the palette's light or dark theme.
class SessionPartsEditor : public QTabWidget
{
    Q_OBJECT

public:
    static constexpr int kParts = 3;

    explicit SessionPartsEditor(QWidget* parent = nullptr);

    QPlainTextEdit* editor(int part) const;
    QTextBrowser* preview(int part) const;
    /// Shows the parts' Markdown without counting it as an edit; the previews follow later.
    void setParts(const QString& learn, const QString& see, const QString& apply);
    QString markdown(int part) const;
    /// Renders the preview of every part now.
    void updatePreviews();

Q_SIGNALS:
    /// The user changed a part's text.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updatePreview(int part);
    bool darkPalette() const;

    QList<QPlainTextEdit*> m_editors;
    QList<QTextBrowser*> m_previews;
    QList<render::MarkdownHighlighter*> m_highlighters;
    QTimer* m_previewTimer = nullptr;
    bool m_filling = false;
};

} // namespace coe::ui
