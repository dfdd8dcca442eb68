// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editrouter.h"

#include "ui/actions.h"
#include "widgets/matrixtable.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace coe::ui {

namespace {

QKeySequence::StandardKey standardKey(EditRouter::Edit edit)
{
    switch (edit) {
    case EditRouter::Edit::Cut:
        return QKeySequence::Cut;
    case EditRouter::Edit::Copy:
        return QKeySequence::Copy;
    case EditRouter::Edit::Paste:
        return QKeySequence::Paste;
    case EditRouter::Edit::Delete:
        return QKeySequence::Delete;
    case EditRouter::Edit::SelectAll:
        return QKeySequence::SelectAll;
    }
    return QKeySequence::UnknownKey;
}

/// The line edit that does the typing in @p widget: itself, or the one in a spin box or an
/// editable combo box.
QLineEdit* lineEditOf(QWidget* widget)
{
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        return edit;
    if (auto* combo = qobject_cast<QComboBox*>(widget))
        return combo->lineEdit();
    if (qobject_cast<QAbstractSpinBox*>(widget))
        return widget->findChild<QLineEdit*>();
    return nullptr;
}

bool clipboardHasText()
{
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    return data && data->hasText();
}

/// An enabled action of @p view (such as a view's own "Delete selected") on the key of @p edit.
bool hasActionFor(const QWidget* view, EditRouter::Edit edit)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(standardKey(edit));
    for (const QAction* action : view->actions()) {
        if (!action->isEnabled())
            continue;
        for (const QKeySequence& key : action->shortcuts()) {
            if (keys.contains(key))
                return true;
        }
    }
    return false;
}

bool canInItemView(QAbstractItemView* view, EditRouter::Edit edit)
{
    if (!view->model() || view->model()->rowCount(view->rootIndex()) == 0)
        return false;
    const bool matrix = qobject_cast<MatrixTable*>(view) != nullptr;
    switch (edit) {
    case EditRouter::Edit::Copy:
        return view->currentIndex().isValid() || hasActionFor(view, edit);
    case EditRouter::Edit::Paste:
        return (matrix && clipboardHasText() && (view->currentIndex().flags() & Qt::ItemIsEditable)) ||
               hasActionFor(view, edit);
    case EditRouter::Edit::Delete:
        return (matrix && view->selectionModel() && view->selectionModel()->hasSelection()) || hasActionFor(view, edit);
    case EditRouter::Edit::Cut:
        return hasActionFor(view, edit);
    case EditRouter::Edit::SelectAll:
        return view->selectionMode() == QAbstractItemView::ExtendedSelection ||
               view->selectionMode() == QAbstractItemView::MultiSelection;
    }
    return false;
}

/// Sends the first key of @p edit to @p target as if typed: its shortcuts, then its keyPressEvent.
void press(QWidget* target, EditRouter::Edit edit)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(standardKey(edit));
    if (keys.isEmpty() || keys.constFirst().isEmpty())
        return;
    const QKeyCombination key = keys.constFirst()[0];
    QKeyEvent down(QEvent::KeyPress, key.key(), key.keyboardModifiers());
    QCoreApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key.key(), key.keyboardModifiers());
    QCoreApplication::sendEvent(target, &up);
}

} // namespace

EditRouter::EditRouter(QWidget* window, Actions* actions)
    : QObject(window), m_window(window), m_edits{{actions->cut, Edit::Cut},
                                                 {actions->copy, Edit::Copy},
                                                 {actions->paste, Edit::Paste},
                                                 {actions->deleteSelection, Edit::Delete},
                                                 {actions->selectAll, Edit::SelectAll}}
{
    for (const auto& [action, edit] : std::as_const(m_edits)) {
        connect(action, &QAction::triggered, this, [this, edit] {
            if (QWidget* widget = target())
                run(widget, edit);
            update();
        });
    }
    connect(qApp, &QApplication::focusChanged, this, &EditRouter::update);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &EditRouter::update);
    update();
}

QWidget* EditRouter::target() const
{
    // The window's focus widget stays the same while a menu is open on it.
    return m_window->focusWidget();
}

bool EditRouter::can(QWidget* target, Edit edit)
{
    if (!target || !target->isEnabled())
        return false;
    if (QLineEdit* line = lineEditOf(target)) {
        const bool writable = !line->isReadOnly();
        switch (edit) {
        case Edit::Cut:
        case Edit::Delete:
            return writable && line->hasSelectedText() && line->echoMode() == QLineEdit::Normal;
        case Edit::Copy:
            return line->hasSelectedText() && line->echoMode() == QLineEdit::Normal;
        case Edit::Paste:
            return writable && clipboardHasText();
        case Edit::SelectAll:
            return !line->text().isEmpty();
        }
        return false;
    }
    const auto textCan = [edit](bool readOnly, bool hasSelection, bool canPaste, bool empty) {
        switch (edit) {
        case Edit::Cut:
        case Edit::Delete:
            return !readOnly && hasSelection;
        case Edit::Copy:
            return hasSelection;
        case Edit::Paste:
            return !readOnly && canPaste;
        case Edit::SelectAll:
            return !empty;
        }
        return false;
    };
    if (auto* text = qobject_cast<QTextEdit*>(target))
        return textCan(text->isReadOnly(), text->textCursor().hasSelection(), text->canPaste(),
                       text->document()->isEmpty());
    if (auto* text = qobject_cast<QPlainTextEdit*>(target))
        return textCan(text->isReadOnly(), text->textCursor().hasSelection(), text->canPaste(),
                       text->document()->isEmpty());
    if (auto* view = qobject_cast<QAbstractItemView*>(target))
        return canInItemView(view, edit);
    return false;
}

void EditRouter::run(QWidget* target, Edit edit)
{
    if (!can(target, edit))
        return;
    if (QLineEdit* line = lineEditOf(target)) {
        switch (edit) {
        case Edit::Cut:
            line->cut();
            break;
        case Edit::Copy:
            line->copy();
            break;
        case Edit::Paste:
            line->paste();
            break;
        case Edit::Delete:
            line->del();
            break;
        case Edit::SelectAll:
            line->selectAll();
            break;
        }
        return;
    }
    const auto textRun = [edit](auto* text) {
        switch (edit) {
        case Edit::Cut:
            text->cut();
            break;
        case Edit::Copy:
            text->copy();
            break;
        case Edit::Paste:
            text->paste();
            break;
        case Edit::Delete: {
            QTextCursor cursor = text->textCursor();
            cursor.removeSelectedText();
            text->setTextCursor(cursor);
            break;
        }
        case Edit::SelectAll:
            text->selectAll();
            break;
        }
    };
    if (auto* text = qobject_cast<QTextEdit*>(target))
        return textRun(text);
    if (auto* text = qobject_cast<QPlainTextEdit*>(target))
        return textRun(text);
    if (auto* view = qobject_cast<QAbstractItemView*>(target)) {
        if (edit == Edit::SelectAll)
            view->selectAll();
        else
            press(view, edit);
    }
}

void EditRouter::update()
{
    QWidget* widget = target();
    for (const auto& [action, edit] : std::as_const(m_edits))
        action->setEnabled(can(widget, edit));
}

} // namespace coe::ui
