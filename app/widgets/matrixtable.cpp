// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/matrixtable.h"

#include "models/skillmatrixmodel.h"
#include "ui/prompter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace coe::ui {

namespace {
/// A colour between @p a and @p b (0 = a, 1 = b).
QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

const char* const kInitialLevel = "coeInitialLevel";

/// The level editor. A closed QComboBox also emits activated() for arrow keys, so it remembers
/// whether its list was open: only a choice from the list sets the level at once.
class LevelCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;
    bool choseFromList() const { return m_listOpen; }
    void showPopup() override
    {
        m_listOpen = true;
        QComboBox::showPopup();
    }
    void hidePopup() override
    {
        QComboBox::hidePopup();
        // activated() follows hidePopup() when an item is picked; forget the list after it.
        QTimer::singleShot(0, this, [this] { m_listOpen = false; });
    }

private:
    bool m_listOpen = false;
};
} // namespace

void MatrixDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const QRect r = opt.rect;
    const QVariant background = index.data(Qt::BackgroundRole);
    QColor fill = background.isValid() ? background.value<QColor>() : opt.palette.base().color();
    const QVariant foreground = index.data(Qt::ForegroundRole);
    QColor ink = foreground.isValid() ? foreground.value<QColor>() : opt.palette.text().color();
    const QColor highlight = opt.palette.highlight().color();
    const bool selected = opt.state & QStyle::State_Selected;
    if (selected) {
        // Tinted as a spreadsheet does, strongly enough to see on the deepest level colour,
        // while the number keeps its contrast.
        fill = mix(fill, highlight, 0.45);
        ink = Scale::textColorOn(fill);
    }
    painter->fillRect(r, fill);
    painter->setPen(ink);
    painter->drawText(r, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());

    if (!index.data(SkillMatrixModel::IsCategoryRole).toBool()) {
        const QColor mark = ink;
        if (index.data(SkillMatrixModel::TargetRole).isValid()) {
            // Target set: a small triangle in the top-right corner.
            QPainterPath corner;
            const int s = std::max(4, r.height() / 4);
            corner.moveTo(r.right() - s, r.top());
            corner.lineTo(r.right(), r.top());
            corner.lineTo(r.right(), r.top() + s);
            corner.closeSubpath();
            painter->fillPath(corner, mark);
        }
        if (index.data(SkillMatrixModel::GapRole).toInt() > 0) {
            // Below target: a bar under the number, longer for bigger gaps.
            const int gap = index.data(SkillMatrixModel::GapRole).toInt();
            const int width = std::min(r.width() - 6, 5 + 5 * gap);
            painter->fillRect(QRect(r.center().x() - width / 2, r.bottom() - 4, width, 2), QColor(0xd7, 0x30, 0x27));
        }
        if (index.data(SkillMatrixModel::HasNoteRole).toBool()) {
            painter->setBrush(mark);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(QPointF(r.left() + 4, r.top() + 4), 1.8, 1.8);
        }
    }
    painter->setPen(opt.palette.mid().color());
    painter->drawLine(r.topRight(), r.bottomRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    const auto* view = qobject_cast<const QAbstractItemView*>(opt.widget);
    if (selected && view && view->selectionModel()) {
        // The block's outline: edges where the neighbour is not selected.
        const QItemSelectionModel* selection = view->selectionModel();
        const auto outside = [&](int dr, int dc) {
            const QModelIndex next = index.sibling(index.row() + dr, index.column() + dc);
            return !next.isValid() || !selection->isSelected(next);
        };
        painter->setPen(QPen(highlight.darker(130), 1));
        if (outside(-1, 0))
            painter->drawLine(r.topLeft(), r.topRight());
        if (outside(1, 0))
            painter->drawLine(r.bottomLeft(), r.bottomRight());
        if (outside(0, -1))
            painter->drawLine(r.topLeft(), r.bottomLeft());
        if (outside(0, 1))
            painter->drawLine(r.topRight(), r.bottomRight());
    }
    if (view && view->currentIndex() == index) {
        // The current cell: a thick frame with a light inner line, readable on any colour.
        const QColor frame = view->hasFocus() ? highlight.darker(150) : opt.palette.mid().color().darker(150);
        painter->setPen(QPen(frame, 2, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(r).adjusted(1, 1, -1, -1));
        painter->setPen(QPen(QColor(255, 255, 255, 200), 1));
        painter->drawRect(r.adjusted(2, 2, -3, -3));
    }
    painter->restore();
}

QWidget* MatrixDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const SkillMatrixModel*>(index.model());
    if (!model)
        return nullptr;
    auto* combo = new LevelCombo(parent);
    combo->setObjectName(QStringLiteral("matrixLevelEditor"));
    combo->addItem(tr("— not assessed"), QVariant());
    for (const ScaleLevel& level : model->matrix().scale())
        combo->addItem(QStringLiteral("%1 · %2").arg(level.level).arg(Scale::shown(level.label)), level.level);
    // A choice from the list sets the level at once; Enter on the closed list does too, and moves down.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        if (!combo->choseFromList())
            return; // arrow keys on the closed list: Enter sets the level, Escape leaves it
        Q_EMIT const_cast<MatrixDelegate*>(this)->commitData(combo);
        Q_EMIT const_cast<MatrixDelegate*>(this)->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    return combo;
}

void MatrixDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const QVariant level = index.data(SkillMatrixModel::LevelRole);
    const int at = level.isValid() ? std::max(0, combo->findData(level.toInt())) : 0;
    combo->setCurrentIndex(at);
    combo->setProperty(kInitialLevel, at);
}

void MatrixDelegate::setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    auto* table = qobject_cast<MatrixTable*>(parent());
    if (!combo || !table || combo->currentIndex() == combo->property(kInitialLevel).toInt())
        return; // nothing chosen: leaving the editor changes nothing
    combo->setProperty(kInitialLevel, combo->currentIndex());
    const QVariant level = combo->currentData();
    table->setLevel(index, level.isValid() ? std::optional<int>(level.toInt()) : std::nullopt);
}

void MatrixDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // Wider than the narrow column, so the labels read.
    QRect r = option.rect;
    r.setWidth(std::max(r.width(), editor->sizeHint().width()));
    r.setHeight(std::max(r.height(), editor->sizeHint().height()));
    if (editor->parentWidget() && r.right() > editor->parentWidget()->width())
        r.moveRight(std::max(r.width() - 1, option.rect.right()));
    editor->setGeometry(r);
}

MatrixTable::MatrixTable(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("matrixTable"));
    setItemDelegate(new MatrixDelegate(this));
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setFixedWidth(fontMetrics().averageCharWidth() * 24);
    setWordWrap(false);
}

SkillMatrixModel* MatrixTable::matrixModel() const
{
    return qobject_cast<SkillMatrixModel*>(model());
}

QString MatrixTable::cellsPhrase(const QModelIndexList& cells) const
{
    if (cells.size() == 1)
        return tr("%1 for %2")
            .arg(matrixModel()->columnName(cells.first().column()), matrixModel()->personName(cells.first()));
    return tr("%n cell(s)", nullptr, int(cells.size()));
}

QString MatrixTable::sourcePhrase(Source source) const
{
    switch (source) {
    case Source::Self:
        return tr("the self-assessment");
    case Source::Consultant:
        return tr("the consultant's level");
    case Source::Lead:
        break;
    }
    return tr("the lead's level");
}

QString MatrixTable::copySelection() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex& index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = model()->index(row, column);
            cells << (selectionModel()->isSelected(index) ? index.data(Qt::DisplayRole).toString() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString MatrixTable::paste(const QString& text)
{
    SkillMatrixModel* m = matrixModel();
    const QModelIndex start = currentIndex();
    if (!m || !start.isValid())
        return tr("Select the cell where the pasted block should start.");
    if (m->view() == SkillMatrixModel::View::SelfVersusLead)
        return tr("Nothing was pasted: “Self against lead” compares two sources; pick one source to paste into.");
    const SkillMatrixModel::PastePlan plan = m->planPaste(text, start);
    using Plan = SkillMatrixModel::PastePlan;
    if (plan.refusal == Plan::Refusal::TooLarge)
        return tr("Nothing was pasted: the clipboard holds more than %L1 characters, more than any matrix has cells "
                  "for.")
            .arg(SkillMatrixModel::kMaxPasteChars);
    if (plan.refusal == Plan::Refusal::DoesNotFit) {
        return tr("Nothing was pasted: the block is %1 × %2 cells and does not fit from %3, %4; "
                  "it would run past the last %5.")
            .arg(plan.blockRows)
            .arg(plan.blockColumns)
            .arg(m->personName(start), m->columnName(start.column()), plan.pastLastRow ? tr("person") : tr("column"));
    }
    const auto& cells = plan.cells;
    const int averages = plan.averages;
    QStringList problems;
    for (const Plan::Problem& problem : plan.problems) {
        const QString where = tr("%1, %2").arg(m->personName(problem.index), m->columnName(problem.index.column()));
        if (problem.kind == Plan::ProblemKind::Average)
            problems << tr("%1: '%2' is an average, not a level; copy the skills themselves, or type a whole level")
                            .arg(where, problem.value);
        else
            problems << tr("%1: '%2' is not a level (0 to %3 or a label such as %4)")
                            .arg(where, problem.value)
                            .arg(m->matrix().scale().size() - 1)
                            .arg(m->levelLabel(int(m->matrix().scale().size()) - 1));
    }
    if (plan.problemCount > problems.size())
        problems << tr("%n more", nullptr, plan.problemCount - int(problems.size()));
    if (!problems.isEmpty())
        return tr("Nothing was pasted: %1.").arg(problems.join(QStringLiteral("; ")));
    const QString where = tr("%1, %2").arg(m->personName(start), m->columnName(start.column()));
    QString done = cells.isEmpty() ? tr("Nothing was pasted at %1").arg(where)
                                   : tr("Pasted %n cell(s) at %1", nullptr, int(cells.size())).arg(where);
    if (averages)
        done += tr("; %n category average(s) were left as they are, since they follow their skills", nullptr, averages);
    if (!cells.isEmpty()) {
        if (auto written = m->setLevels(cells, tr("Paste %n cell(s)", nullptr, int(cells.size()))); !written)
            return written.error().message;
    }
    Q_EMIT message(done + QLatin1Char('.'));
    return {};
}

void MatrixTable::setLevel(const QModelIndex& index, std::optional<int> level)
{
    SkillMatrixModel* m = matrixModel();
    if (!m || !(m->flags(index) & Qt::ItemIsEditable))
        return;
    const QString what = m->columnName(index.column());
    const QString who = m->personName(index);
    const QString text = level ? tr("Set %1 to %2 %3 for %4").arg(what).arg(*level).arg(m->levelLabel(*level), who)
                               : tr("Cleared %1 of %2 for %3").arg(sourcePhrase(m->editSource()), what, who);
    if (auto done = m->setLevels({{index, level}}, text); !done) {
        Q_EMIT problem(done.error().message);
        return;
    }
    QString status = text;
    if (!level) {
        if (const auto still = m->shownSource(index))
            status += tr("; it still shows %1 (%2)")
                          .arg(sourcePhrase(*still), index.data(SkillMatrixModel::LevelRole).toString());
    }
    Q_EMIT message(status + QLatin1Char('.'));
}

void MatrixTable::fillSelection(std::optional<int> level)
{
    SkillMatrixModel* m = matrixModel();
    if (!m)
        return;
    if (!level) {
        clearCells(Clear::Ask);
        return;
    }
    QModelIndexList editable;
    int averages = 0;
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex& index : selected) {
        if (m->flags(index) & Qt::ItemIsEditable)
            editable.append(index);
        else
            ++averages;
    }
    if (editable.isEmpty()) {
        Q_EMIT message(m->view() == SkillMatrixModel::View::SelfVersusLead
                           ? tr("“Self against lead” only compares; pick one source to set levels.")
                           : tr("Category averages follow their skills; unfold the category to set its skills."));
        return;
    }
    if (editable.size() == 1) {
        setLevel(editable.first(), level);
        return;
    }
    QList<std::pair<QModelIndex, std::optional<int>>> cells;
    for (const QModelIndex& index : std::as_const(editable))
        cells.append({index, level});
    const QString text = tr("Set %n cell(s) to %1", nullptr, int(cells.size())).arg(m->levelLabel(*level));
    if (auto done = m->setLevels(cells, text); !done) {
        Q_EMIT problem(done.error().message);
        return;
    }
    QString status = tr("Set %n cell(s) to %1 %2", nullptr, int(cells.size())).arg(*level).arg(m->levelLabel(*level));
    if (averages)
        status += tr("; %n category average(s) left as they are", nullptr, averages);
    Q_EMIT message(status + QLatin1Char('.'));
}

void MatrixTable::clearCells(Clear how)
{
    SkillMatrixModel* m = matrixModel();
    if (!m)
        return;
    QModelIndexList cells;
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex& index : selected) {
        if (m->flags(index) & Qt::ItemIsEditable)
            cells.append(index);
    }
    if (cells.isEmpty()) {
        Q_EMIT message(tr("Nothing to clear here: category averages follow their skills."));
        return;
    }
    const Source own = m->editSource();
    const QList<Source> every{Source::Lead, Source::Consultant, Source::Self};
    // What would still show once the edit source is gone (only the effective view falls back).
    const auto others = [&](const QModelIndex& index) {
        return m->view() == SkillMatrixModel::View::Effective &&
               (index.data(SkillMatrixModel::ConsultantLevelRole).isValid() ||
                index.data(SkillMatrixModel::SelfLevelRole).isValid());
    };
    const qsizetype throughCount = std::count_if(cells.cbegin(), cells.cend(), others);
    if (how == Clear::Ask) {
        how = Clear::EditSource;
        if (throughCount > 0) {
            QMessageBox box(
                QMessageBox::Question, tr("Clear cells"),
                tr("%n of the selected cells also hold a consultant's level or a self-assessment, which the "
                   "effective view shows once the lead's level is gone.",
                   nullptr, int(throughCount)),
                QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("clearCellsQuestion"));
            QPushButton* everyButton = box.addButton(tr("Clear &every source"), QMessageBox::DestructiveRole);
            everyButton->setObjectName(QStringLiteral("clearEverySource"));
            QPushButton* leadButton = box.addButton(tr("Clear the &lead's level only"), QMessageBox::AcceptRole);
            leadButton->setObjectName(QStringLiteral("clearLeadOnly"));
            box.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("clearCancel"));
            box.setDefaultButton(leadButton);
            Prompter::current()->exec(&box);
            if (box.clickedButton() == everyButton)
                how = Clear::EverySource;
            else if (box.clickedButton() != leadButton)
                return;
        }
    }
    const QList<Source> sources = how == Clear::EverySource ? every : QList<Source>{own};
    const QString phrase = how == Clear::EverySource ? tr("every source") : sourcePhrase(own);
    const QString text = tr("Clear %1 in %2").arg(phrase, cellsPhrase(cells));
    qsizetype touched = 0;
    for (const QModelIndex& index : std::as_const(cells)) {
        for (Source source : sources) {
            const int role = source == Source::Lead   ? SkillMatrixModel::LeadLevelRole
                             : source == Source::Self ? SkillMatrixModel::SelfLevelRole
                                                      : SkillMatrixModel::ConsultantLevelRole;
            if (index.data(role).isValid()) {
                ++touched;
                break;
            }
        }
    }
    if (touched == 0) {
        Q_EMIT message(tr("Nothing to clear: %1 has no %2 there.")
                           .arg(cells.size() == 1 ? cellsPhrase(cells) : tr("the selection"), phrase));
        return;
    }
    if (auto done = m->clearSources(cells, sources, text); !done) {
        Q_EMIT problem(done.error().message);
        return;
    }
    QString status = tr("Cleared %1 in %2").arg(phrase, cellsPhrase(cells));
    // What still shows, and why.
    int consultant = 0, self = 0;
    for (const QModelIndex& index : std::as_const(cells)) {
        if (const auto still = m->shownSource(index))
            (*still == Source::Consultant ? consultant : self) += 1;
    }
    if (consultant && self)
        status += tr("; %n still show(s) a consultant's level", nullptr, consultant) +
                  tr(" and %n a self-assessment", nullptr, self);
    else if (consultant)
        status += tr("; %n still show(s) a consultant's level", nullptr, consultant);
    else if (self)
        status += tr("; %n still show(s) a self-assessment", nullptr, self);
    Q_EMIT message(status + QLatin1Char('.'));
}

void MatrixTable::editNote()
{
    SkillMatrixModel* m = matrixModel();
    const QModelIndex index = currentIndex();
    if (!m || !index.isValid())
        return;
    if (!(m->flags(index) & Qt::ItemIsEditable)) {
        Q_EMIT message(tr("Notes belong to a skill: pick a skill's cell, not a category's average."));
        return;
    }
    const QString what = m->columnName(index.column());
    const QString who = m->personName(index);
    const auto current = m->note(index);
    const QString text = Prompter::current()->text(this, tr("Note"), tr("Note on %1 for %2:").arg(what, who),
                                                   current ? current->text : QString());
    if (text.trimmed().isEmpty() || (current && text.trimmed() == current->text))
        return;
    const QString undo = tr("Add a note to %1 for %2").arg(what, who);
    if (auto done = m->addNote(index, text, undo); !done) {
        Q_EMIT problem(done.error().message);
        return;
    }
    Q_EMIT message(tr("Added a note to %1 for %2.").arg(what, who));
}

void MatrixTable::copyToClipboard()
{
    const QString text = copySelection();
    QApplication::clipboard()->setText(text);
    if (!text.isEmpty())
        Q_EMIT message(tr("Copied %n cell(s).", nullptr, int(selectionModel()->selectedIndexes().size())));
}

void MatrixTable::pasteFromClipboard()
{
    if (const QString error = paste(QApplication::clipboard()->text()); !error.isEmpty())
        Q_EMIT problem(error);
}

void MatrixTable::setPersonalTarget(std::optional<int> level)
{
    SkillMatrixModel* m = matrixModel();
    if (!m)
        return;
    const QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return;
    const QString text =
        level ? tr("Set the personal target of %n cell(s) to %1", nullptr, int(cells.size())).arg(m->levelLabel(*level))
              : tr("Clear the personal target of %n cell(s)", nullptr, int(cells.size()));
    if (auto done = m->setPersonalTargets(cells, level, text); !done) {
        Q_EMIT problem(done.error().message);
        return;
    }
    Q_EMIT message(text + QLatin1Char('.'));
}

QMenu* MatrixTable::createContextMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    SkillMatrixModel* m = matrixModel();
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    bool editable = false;
    bool anyPersonal = false;
    for (const QModelIndex& index : selected) {
        editable = editable || (m && (m->flags(index) & Qt::ItemIsEditable));
        anyPersonal = anyPersonal || index.data(SkillMatrixModel::PersonalTargetRole).isValid();
    }
    QMenu* set = menu->addMenu(tr("Set &level"));
    set->setObjectName(QStringLiteral("setLevelMenu"));
    set->setEnabled(editable && m);
    if (m) {
        for (const ScaleLevel& level : m->matrix().scale()) {
            QAction* action = set->addAction(QStringLiteral("%1 · %2").arg(level.level).arg(Scale::shown(level.label)),
                                             this, [this, l = level.level] { fillSelection(l); });
            if (level.level < 10)
                action->setShortcut(QKeySequence(Qt::Key_0 + level.level));
        }
    }
    menu->addSeparator();
    QAction* copy = menu->addAction(tr("&Copy"), this, &MatrixTable::copyToClipboard);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!selected.isEmpty());
    QAction* paste = menu->addAction(tr("&Paste"), this, &MatrixTable::pasteFromClipboard);
    paste->setShortcut(QKeySequence::Paste);
    paste->setEnabled(editable);
    const bool effective = m && m->view() == SkillMatrixModel::View::Effective;
    QAction* clear = menu->addAction(effective ? tr("C&lear the lead's level") : tr("C&lear"), this,
                                     [this] { clearCells(Clear::EditSource); });
    clear->setObjectName(QStringLiteral("clearOwnSource"));
    clear->setShortcut(QKeySequence::Delete);
    clear->setEnabled(editable);
    if (effective) {
        QAction* every = menu->addAction(tr("Clear &every source"), this, [this] { clearCells(Clear::EverySource); });
        every->setObjectName(QStringLiteral("clearEverySource"));
        every->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
        every->setEnabled(editable);
    }
    menu->addSeparator();
    const QModelIndex current = currentIndex();
    const bool hasNote = current.isValid() && current.data(SkillMatrixModel::HasNoteRole).toBool();
    QAction* note = menu->addAction(hasNote ? tr("Edit &note…") : tr("Add &note…"), this, &MatrixTable::editNote);
    note->setObjectName(QStringLiteral("matrixNoteAction"));
    note->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    note->setEnabled(m && current.isValid() && (m->flags(current) & Qt::ItemIsEditable));
    QMenu* target = menu->addMenu(tr("Personal &target"));
    target->setObjectName(QStringLiteral("personalTargetMenu"));
    target->setToolTip(tr("A target for these people alone, instead of the one their role sets"));
    target->setEnabled(editable && m);
    if (m) {
        for (const ScaleLevel& level : m->matrix().scale())
            target->addAction(QStringLiteral("%1 · %2").arg(level.level).arg(Scale::shown(level.label)), this,
                              [this, l = level.level] { setPersonalTarget(l); });
    }
    target->addSeparator();
    QAction* back = target->addAction(tr("&Use the role's target"), this, [this] { setPersonalTarget(std::nullopt); });
    back->setEnabled(anyPersonal);
    return menu;
}

void MatrixTable::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

bool MatrixTable::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    if (!QTableView::edit(index, trigger, event))
        return false;
    // A double-click opens the list at once; from the keyboard it stays closed, so arrows,
    // digits and Enter work as in a spreadsheet.
    if (trigger == DoubleClicked) {
        if (auto* combo = qobject_cast<QComboBox*>(indexWidget(index)))
            QTimer::singleShot(0, combo, &QComboBox::showPopup);
    }
    return true;
}

void MatrixTable::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        // Enter in the editor: on to the cell below, as in a spreadsheet.
        const QModelIndex below = currentIndex().sibling(currentIndex().row() + 1, currentIndex().column());
        if (below.isValid())
            setCurrentIndex(below);
    }
}

void MatrixTable::keyPressEvent(QKeyEvent* event)
{
    if (state() == QAbstractItemView::EditingState &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->accept(); // the editor's own Enter, passed on after it committed
        return;
    }
    if (state() != QAbstractItemView::EditingState && matrixModel()) {
        if (event->matches(QKeySequence::Copy)) {
            copyToClipboard();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteFromClipboard();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearCells(event->modifiers() & Qt::ShiftModifier ? Clear::EverySource : Clear::Ask);
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            !(event->modifiers() & Qt::ControlModifier)) {
            if (currentIndex().isValid() && !QTableView::edit(currentIndex(), EditKeyPressed, event))
                Q_EMIT message(
                    matrixModel()->view() == SkillMatrixModel::View::SelfVersusLead
                        ? tr("“Self against lead” only compares; pick one source to set levels.")
                        : tr("Category averages follow their skills; unfold the category to set its skills."));
            return;
        }
        if (event->key() == Qt::Key_F2 && (event->modifiers() & Qt::ShiftModifier)) {
            editNote();
            return;
        }
        const QString text = event->text();
        if (text.size() == 1 && text.at(0).isDigit() &&
            !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const int level = text.at(0).digitValue();
            if (level < matrixModel()->matrix().scale().size())
                fillSelection(level);
            else
                Q_EMIT message(tr("%1 is not a level: this scale goes from 0 to %2 (%3).")
                                   .arg(level)
                                   .arg(matrixModel()->matrix().scale().size() - 1)
                                   .arg(matrixModel()->levelLabel(int(matrixModel()->matrix().scale().size()) - 1)));
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace coe::ui
