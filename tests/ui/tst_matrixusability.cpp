// SPDX-License-Identifier: GPL-3.0-or-later
// The skill matrix on a first day (issue #16): category bands, clearing, the level editor,
// notes, visible sort and selection, copy and paste of folded averages, messages without
// modal boxes, whole headers and narrow windows.
#include "models/skillmatrixmodel.h"
#include "support/demowindow.h"
#include "ui/actions.h"
#include "views/matrixview.h"
#include "widgets/matrixheader.h"
#include "widgets/matrixtable.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using namespace coe;

class TestMatrixUsability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::MatrixTable* m_table = nullptr;
    ui::MatrixHeader* m_header = nullptr;
    SkillMatrixModel* m_model = nullptr;

    QString status() const { return m_window->statusBar()->currentMessage(); }

    void select(int top, int left, int bottom, int right)
    {
        m_table->setCurrentIndex(m_model->index(top, left));
        m_table->selectionModel()->select(QItemSelection(m_model->index(top, left), m_model->index(bottom, right)),
                                          QItemSelectionModel::ClearAndSelect);
    }

    /// A skill cell in the effective view whose lead level hides a consultant or self level.
    QModelIndex layeredCell(int fromRow = 0) const
    {
        for (int row = fromRow; row < m_model->rowCount(); ++row) {
            for (int column = 0; column < m_model->columnCount(); ++column) {
                const QModelIndex index = m_model->index(row, column);
                if (index.data(SkillMatrixModel::LeadLevelRole).isValid() &&
                    (index.data(SkillMatrixModel::ConsultantLevelRole).isValid() ||
                     index.data(SkillMatrixModel::SelfLevelRole).isValid()))
                    return index;
            }
        }
        return {};
    }

    /// The category ids in column order.
    QList<Id> categoryIds() const
    {
        QList<Id> ids;
        for (const auto& category : m_model->matrix().categories())
            ids << category.id;
        return ids;
    }

    /// Whether @p rect of @p image holds pixels far from @p background (text, an arrow).
    static int inkPixels(const QImage& image, const QRect& rect, const QColor& background)
    {
        int ink = 0;
        const QRect r = rect.intersected(image.rect());
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.lightness() - background.lightness()) > 60)
                    ++ink;
            }
        return ink;
    }

    void answerClear(const QString& button)
    {
        m_prompter.onDialog = [button](QDialog* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            if (!box)
                return int(QDialog::Rejected);
            if (auto* b = box->findChild<QPushButton*>(button))
                b->click();
            return box->result();
        };
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::demoWindow(m_dir, m_prompter);
        QVERIFY(m_window);
        QVERIFY(m_window->showView(QStringLiteral("matrix")));
        m_table = m_window->findChild<ui::MatrixTable*>(QStringLiteral("matrixTable"));
        m_header = m_window->findChild<ui::MatrixHeader*>(QStringLiteral("matrixHeader"));
        QVERIFY(m_table && m_header);
        m_model = m_table->matrixModel();
        QVERIFY(m_table->isVisible());
        m_table->setFocus();
    }
    void cleanup()
    {
        m_window.reset();
        ui::Prompter::install(nullptr);
    }

    void bandsCarryTheirNamesAtAnyWidth()
    {
        const QFont bold = [this] {
            QFont f = m_header->font();
            f.setWeight(QFont::DemiBold);
            return f;
        }();
        const auto check = [&](const char* where) {
            QCoreApplication::processEvents();
            const QList<ui::MatrixHeader::Band> bands = m_header->visibleBands();
            QVERIFY2(!bands.isEmpty(), where);
            const QImage image = m_header->viewport()->grab().toImage();
            const qreal dpr = image.devicePixelRatio();
            for (const ui::MatrixHeader::Band& band : bands) {
                const QString name =
                    m_model->headerData(band.first, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString();
                QVERIFY2(band.text.endsWith(name),
                         qPrintable(QStringLiteral("%1: band '%2' for %3").arg(QLatin1String(where), band.text, name)));
                const QRect visible = band.rect.intersected(m_header->viewport()->rect());
                if (visible.width() < band.rect.width())
                    continue; // half scrolled out of view
                // The whole name fits its band, and its text is painted there.
                QVERIFY2(
                    QFontMetrics(bold).horizontalAdvance(band.text) <= band.rect.width() - 6,
                    qPrintable(QStringLiteral("%1: '%2' is wider than its band").arg(QLatin1String(where), band.text)));
                const QRect inPixels(QPointF(band.rect.topLeft()).toPoint() * dpr, band.rect.size() * dpr);
                QVERIFY2(inkPixels(image, inPixels.adjusted(3, 3, -3, -3), m_header->palette().window().color()) > 10,
                         qPrintable(
                             QStringLiteral("%1: nothing painted in the band of %2").arg(QLatin1String(where), name)));
            }
        };
        // Wide: every column fits, no horizontal scrollbar (where only the first band was drawn).
        m_window->resize(2400, 1200);
        QTRY_COMPARE(m_table->horizontalScrollBar()->maximum(), 0);
        check("wide");
        QCOMPARE(m_header->visibleBands().size(), m_model->matrix().categories().size());

        // Folded: a band of its own that names the category, over "… (average)".
        const Id first = categoryIds().constFirst();
        const QString name = m_model->matrix().categories().first().name;
        QTest::mouseClick(m_header->viewport(), Qt::LeftButton, {},
                          QPoint(m_header->sectionViewportPosition(0) + 5, 5));
        QVERIFY(m_model->isCategoryCollapsed(first));
        QCOMPARE(m_model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("%1 (average)").arg(name));
        QCOMPARE(m_header->bandText(0), QStringLiteral("▸ %1").arg(name));
        check("wide, folded");
        const QList<Id> ids = categoryIds();
        for (const Id id : ids)
            m_model->setCategoryCollapsed(id, true);
        check("every category folded");
        QCOMPARE(m_header->visibleBands().size(), m_model->matrix().categories().size());
        for (const Id id : ids)
            m_model->setCategoryCollapsed(id, false);

        // Narrow, scrolled: the bands in view still carry their names.
        m_window->resize(1024, 700);
        QTRY_VERIFY(m_table->horizontalScrollBar()->maximum() > 0);
        check("narrow");
        m_table->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->maximum());
        check("narrow, scrolled to the end");
    }

    void skillHeadersShowWholeNames()
    {
        // The upright names get the header's height; each name fits it, and the tooltip names it too.
        QFont italic = m_header->font();
        italic.setItalic(true);
        const int room = m_header->height() - m_header->bandHeight() - m_header->fontMetrics().height();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QString name = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            QVERIFY2(m_header->fontMetrics().horizontalAdvance(name) <= room, qPrintable(name));
            QVERIFY(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().contains(name));
        }
    }

    void deleteInTheEffectiveViewAsksWhatToClear()
    {
        const QModelIndex cell = layeredCell();
        QVERIFY(cell.isValid());
        const QVariant lead = cell.data(SkillMatrixModel::LeadLevelRole);
        m_table->setCurrentIndex(cell);

        // Only the lead's level: the other source shows through, and the status bar says so.
        answerClear(QStringLiteral("clearLeadOnly"));
        QTest::keyClick(m_table, Qt::Key_Delete);
        QVERIFY(!cell.data(SkillMatrixModel::LeadLevelRole).isValid());
        QVERIFY(cell.data(SkillMatrixModel::LevelRole).isValid());
        QVERIFY2(status().startsWith(QStringLiteral("Cleared the lead's level of %1 for %2")
                                         .arg(m_model->columnName(cell.column()), m_model->personName(cell))) ||
                     status().startsWith(QStringLiteral("Cleared the lead's level in ")),
                 qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("still show")), qPrintable(status()));
        m_window->actions()->undo->trigger();
        QCOMPARE(cell.data(SkillMatrixModel::LeadLevelRole), lead);

        // Every source: the cell is empty, as one undo step.
        answerClear(QStringLiteral("clearEverySource"));
        QTest::keyClick(m_table, Qt::Key_Delete);
        QVERIFY(!cell.data(SkillMatrixModel::LevelRole).isValid());
        QVERIFY(!cell.data(SkillMatrixModel::SelfLevelRole).isValid());
        QVERIFY(!cell.data(SkillMatrixModel::ConsultantLevelRole).isValid());
        QVERIFY2(status().startsWith(QStringLiteral("Cleared every source in ")), qPrintable(status()));
        QVERIFY(m_window->actions()->undo->text().startsWith(QStringLiteral("&Undo Clear every source in ")));
        m_window->actions()->undo->trigger();
        QCOMPARE(cell.data(SkillMatrixModel::LeadLevelRole), lead);

        // Cancelled: nothing changes. The context menu offers both without asking.
        answerClear(QStringLiteral("clearCancel"));
        QTest::keyClick(m_table, Qt::Key_Delete);
        QCOMPARE(cell.data(SkillMatrixModel::LeadLevelRole), lead);
        m_prompter.onDialog = nullptr;
        std::unique_ptr<QMenu> menu(m_table->createContextMenu(m_table));
        QAction* every = menu->findChild<QAction*>(QStringLiteral("clearEverySource"));
        QVERIFY(every && every->isEnabled() && menu->findChild<QAction*>(QStringLiteral("clearOwnSource")));
        every->trigger();
        QVERIFY(!cell.data(SkillMatrixModel::LevelRole).isValid());

        // In a single source's view there is nothing to ask.
        m_window->actions()->undo->trigger();
        m_window->findChild<QComboBox*>(QStringLiteral("matrixSource"))->setCurrentIndex(2); // lead's
        m_table->setCurrentIndex(m_model->index(cell.row(), cell.column()));
        bool asked = false;
        m_prompter.onDialog = [&asked](QDialog*) {
            asked = true;
            return int(QDialog::Rejected);
        };
        QTest::keyClick(m_table, Qt::Key_Delete);
        QVERIFY(!asked);
        QVERIFY(!m_model->index(cell.row(), cell.column()).data(SkillMatrixModel::LeadLevelRole).isValid());
        m_prompter.onDialog = nullptr;
    }

    void theCellEditorSetsLevelsAndEnterMovesDown()
    {
        const QModelIndex cell = m_model->index(3, 2);
        m_table->setCurrentIndex(cell);
        QTest::keyClick(m_table, Qt::Key_Return);
        // The level editor while it is open, else null.
        const auto shownEditor = [this]() -> QComboBox* {
            auto* editor = m_table->findChild<QComboBox*>(QStringLiteral("matrixLevelEditor"));
            return editor && editor->isVisible() ? editor : nullptr;
        };
        auto* combo = shownEditor();
        QVERIFY(combo);
        QCOMPARE(combo->count(), int(m_model->matrix().scale().size()) + 1);
        // Arrows on the closed list only move in it; Enter sets the level and moves down.
        const QVariant was = cell.data(SkillMatrixModel::LeadLevelRole);
        QTest::keyClick(combo, Qt::Key_Down);
        QCoreApplication::processEvents();
        QCOMPARE(cell.data(SkillMatrixModel::LeadLevelRole), was);
        QVERIFY(combo->isVisible());
        combo->setCurrentIndex(combo->findData(4));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(cell.data(SkillMatrixModel::LeadLevelRole).toInt(), 4);
        QTRY_COMPARE(m_table->currentIndex(), m_model->index(4, 2));
        QCOMPARE(status(),
                 QStringLiteral("Set %1 to 4 Teacher for %2.").arg(m_model->columnName(2), m_model->personName(cell)));
        QCOMPARE(
            m_window->actions()->undo->text(),
            QStringLiteral("&Undo Set %1 to 4 Teacher for %2").arg(m_model->columnName(2), m_model->personName(cell)));

        // F2 opens it too; Escape leaves the cell as it was.
        const QVariant before = m_model->index(4, 2).data(SkillMatrixModel::LeadLevelRole);
        QTest::keyClick(m_table, Qt::Key_F2);
        QTRY_VERIFY(shownEditor());
        combo = shownEditor();
        QTest::keyClick(combo, Qt::Key_Escape);
        QTRY_VERIFY(!shownEditor());
        QCOMPARE(m_model->index(4, 2).data(SkillMatrixModel::LeadLevelRole), before);

        // A double-click opens the list; a choice sets the level and stays on the cell.
        const QModelIndex other = m_model->index(6, 3);
        const QPoint centre = m_table->visualRect(other).center();
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, centre);
        QTRY_VERIFY(shownEditor());
        combo = shownEditor();
        QTRY_VERIFY(combo->view()->isVisible()); // the list is open
        combo->hidePopup();
        combo->setCurrentIndex(combo->findData(1));
        Q_EMIT combo->activated(combo->currentIndex());
        QTRY_COMPARE(other.data(SkillMatrixModel::LeadLevelRole).toInt(), 1);
        QCOMPARE(m_table->currentIndex(), other);

        // "Set level" in the context menu.
        select(8, 0, 9, 1);
        std::unique_ptr<QMenu> menu(m_table->createContextMenu(m_table));
        auto* set = menu->findChild<QMenu*>(QStringLiteral("setLevelMenu"));
        QVERIFY(set && set->isEnabled());
        set->actions().at(2)->trigger();
        for (int row = 8; row <= 9; ++row)
            for (int column = 0; column <= 1; ++column)
                QCOMPARE(m_model->index(row, column).data(SkillMatrixModel::LeadLevelRole).toInt(), 2);
        QCOMPARE(status(), QStringLiteral("Set 4 cell(s) to 2 Coached."));
    }

    void notesAreWrittenShownAndUndoable()
    {
        QModelIndex cell;
        for (int row = 0; row < m_model->rowCount() && !cell.isValid(); ++row)
            if (!m_model->index(row, 1).data(SkillMatrixModel::HasNoteRole).toBool())
                cell = m_model->index(row, 1);
        QVERIFY(cell.isValid());
        const QVariant level = cell.data(SkillMatrixModel::LevelRole);
        m_table->setCurrentIndex(cell);
        m_prompter.texts << QStringLiteral("Pairs with the platform team on Fridays");
        std::unique_ptr<QMenu> menu(m_table->createContextMenu(m_table));
        QAction* note = menu->findChild<QAction*>(QStringLiteral("matrixNoteAction"));
        QVERIFY(note && note->isEnabled());
        note->trigger();
        QVERIFY(cell.data(SkillMatrixModel::HasNoteRole).toBool());
        QCOMPARE(cell.data(SkillMatrixModel::LevelRole), level); // a note changes no level
        QCOMPARE(m_model->note(cell)->text, QStringLiteral("Pairs with the platform team on Fridays"));
        QVERIFY(
            cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Pairs with the platform team on Fridays")));
        auto* inspector = m_window->findChild<QLabel*>(QStringLiteral("matrixInspector"));
        QTRY_VERIFY(inspector->text().contains(QStringLiteral("Pairs with the platform team on Fridays")));
        const QString what =
            QStringLiteral("a note to %1 for %2").arg(m_model->columnName(1), m_model->personName(cell));
        QCOMPARE(status(), QStringLiteral("Added %1.").arg(what));
        QCOMPARE(m_window->actions()->undo->text(), QStringLiteral("&Undo Add %1").arg(what));

        // Shift+F2 shows the note to edit; a new one is the newest.
        m_prompter.texts << QStringLiteral("Ready to teach it");
        QTest::keyClick(m_table, Qt::Key_F2, Qt::ShiftModifier);
        QCOMPARE(m_model->note(cell)->text, QStringLiteral("Ready to teach it"));
        m_window->actions()->undo->trigger();
        QCOMPARE(m_model->note(cell)->text, QStringLiteral("Pairs with the platform team on Fridays"));
        m_window->actions()->undo->trigger();
        QVERIFY(!cell.data(SkillMatrixModel::HasNoteRole).toBool());
        QCOMPARE(cell.data(SkillMatrixModel::LevelRole), level);
    }

    void sortIsKeptWhenFoldingAndShown()
    {
        // Sort by a skill of the second category.
        const auto& categories = m_model->matrix().categories();
        const int skill = categories.at(1).skills.first();
        const Id skillId = m_model->matrix().skills().at(skill).id;
        int column = m_model->skillColumn(skillId);
        const auto rows = [this] {
            QList<Id> ids;
            for (int row = 0; row < m_model->rowCount(); ++row)
                ids << m_model->headerData(row, Qt::Vertical, SkillMatrixModel::PersonIdRole).toLongLong();
            return ids;
        };
        const QPoint lower(m_header->sectionViewportPosition(column) + m_header->sectionSize(column) / 2,
                           m_header->height() - 10);
        QTest::mouseClick(m_header->viewport(), Qt::LeftButton, {}, lower);
        QCOMPARE(m_model->sortColumn(), column);
        QCOMPARE(m_header->sortIndicatorSection(), column);
        QCOMPARE(m_header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(status(), QStringLiteral("Sorted by %1, strongest first.").arg(m_model->columnName(column)));
        const QList<Id> sorted = rows();

        // The arrow is painted over the sorted column and not over its neighbour.
        const auto arrowInk = [this](int section) {
            const QImage image = m_header->viewport()->grab().toImage();
            const qreal dpr = image.devicePixelRatio();
            const QRect area(m_header->sectionViewportPosition(section) + 2, m_header->bandHeight() + 1,
                             m_header->sectionSize(section) - 4, m_header->fontMetrics().height() / 2 + 4);
            // The section's own fill (highlighted while its column is selected), just below.
            const QColor fill = image.pixelColor(QPoint(area.left(), area.bottom() + 2) * dpr);
            return inkPixels(image, QRect(area.topLeft() * dpr, area.size() * dpr), fill);
        };
        QVERIFY(arrowInk(column) > 3);
        QCOMPARE(arrowInk(column + 1), 0);

        // Folding the first category moves the column; the sort and the arrow follow the skill.
        QTest::mouseClick(m_header->viewport(), Qt::LeftButton, {},
                          QPoint(m_header->sectionViewportPosition(0) + 5, 5));
        QVERIFY(m_model->isCategoryCollapsed(categories.first().id));
        column = m_model->skillColumn(skillId);
        QCOMPARE(m_model->sortColumn(), column);
        QCOMPARE(m_header->sortIndicatorSection(), column);
        QCOMPARE(rows(), sorted);
        QVERIFY(arrowInk(column) > 3);

        // Folding the skill's own category keeps the order and shows the arrow on its average.
        m_model->setCategoryCollapsed(categories.at(1).id, true);
        QCOMPARE(rows(), sorted);
        QCOMPARE(m_header->sortIndicatorSection(), 1);
        m_model->setCategoryCollapsed(categories.at(1).id, false);
        QCOMPARE(m_header->sortIndicatorSection(), m_model->skillColumn(skillId));

        // Clicking again flips the order.
        column = m_model->skillColumn(skillId);
        QTest::mouseClick(m_header->viewport(), Qt::LeftButton, {},
                          QPoint(m_header->sectionViewportPosition(column) + m_header->sectionSize(column) / 2,
                                 m_header->height() - 10));
        QCOMPARE(m_header->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void selectionIsTintedAndTheCurrentCellFramed()
    {
        const QModelIndex cell = m_model->index(2, 2);
        const QRect r = m_table->visualRect(cell);
        const auto pixel = [this](const QPoint& at) {
            const QImage image = m_table->viewport()->grab().toImage();
            return image.pixelColor(at * image.devicePixelRatio());
        };
        m_table->setCurrentIndex(m_model->index(10, 5));
        m_table->selectionModel()->clearSelection();
        const QColor plain = pixel(r.center() + QPoint(r.width() / 4, r.height() / 4));
        select(1, 1, 3, 3); // the block around the cell; current at its top left
        const QColor tinted = pixel(r.center() + QPoint(r.width() / 4, r.height() / 4));
        const QColor highlight = m_table->palette().highlight().color();
        const auto distance = [](const QColor& a, const QColor& b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
        };
        QVERIFY2(distance(plain, tinted) > 60, qPrintable(QStringLiteral("%1 → %2").arg(plain.name(), tinted.name())));
        QVERIFY(distance(tinted, highlight) < distance(plain, highlight));
        // After typing a digit the current cell keeps its frame.
        QTest::keyClick(m_table, Qt::Key_2);
        const QRect current = m_table->visualRect(m_table->currentIndex());
        const QColor frame = m_table->hasFocus() ? highlight.darker(150) : m_table->palette().mid().color().darker(150);
        QCOMPARE(pixel(current.topLeft() + QPoint(1, current.height() / 2)).rgb(), frame.rgb());
    }

    void pasteWhatWasCopiedIncludingFoldedAverages()
    {
        // A block across a folded category's average and two skills.
        const Id first = categoryIds().constFirst();
        QVERIFY(m_model->setLevels({{m_model->index(0, 0), 2}, {m_model->index(1, 0), 3}}, QStringLiteral("Averages")));
        m_model->setCategoryCollapsed(first, true);
        QVERIFY(m_model->index(0, 0).data(SkillMatrixModel::IsCategoryRole).toBool());
        QVERIFY(m_model->setLevels({{m_model->index(0, 1), 3},
                                    {m_model->index(0, 2), std::nullopt},
                                    {m_model->index(1, 1), 1},
                                    {m_model->index(1, 2), 4}},
                                   QStringLiteral("Prepare")));
        select(0, 0, 1, 2);
        QTest::keySequence(m_table, QKeySequence::Copy);
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1Char('.'))); // "3.0"-style averages

        m_table->setCurrentIndex(m_model->index(6, 0));
        QTest::keySequence(m_table, QKeySequence::Paste);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_model->index(6, 1).data(SkillMatrixModel::LeadLevelRole).toInt(), 3);
        QVERIFY(!m_model->index(6, 2).data(SkillMatrixModel::LeadLevelRole).isValid());
        QCOMPARE(m_model->index(7, 1).data(SkillMatrixModel::LeadLevelRole).toInt(), 1);
        QCOMPARE(m_model->index(7, 2).data(SkillMatrixModel::LeadLevelRole).toInt(), 4);
        QVERIFY2(status().startsWith(QStringLiteral("Pasted 4 cell(s) at %1, %2")
                                         .arg(m_model->personName(m_model->index(6, 0)), m_model->columnName(0))),
                 qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("2 category average(s) were left as they are")),
                 qPrintable(status()));
        QCOMPARE(m_window->actions()->undo->text(), QStringLiteral("&Undo Paste 4 cell(s)"));

        // Whole averages land as levels in skills; a fractional one is refused, naming the cell.
        m_table->setCurrentIndex(m_model->index(9, 1));
        QCOMPARE(m_table->paste(QStringLiteral("3.0\t2\n")), QString());
        QCOMPARE(m_model->index(9, 1).data(SkillMatrixModel::LeadLevelRole).toInt(), 3);
        const QString where =
            QStringLiteral("%1, %2").arg(m_model->personName(m_model->index(9, 1)), m_model->columnName(2));
        QCOMPARE(m_table->paste(QStringLiteral("1\t2.5\n")),
                 QStringLiteral("Nothing was pasted: %1: '2.5' is an average, not a level; copy the skills themselves, "
                                "or type a whole level.")
                     .arg(where));
        QCOMPARE(m_table->paste(QStringLiteral("1\texpert\n")),
                 QStringLiteral("Nothing was pasted: %1: 'expert' is not a level (0 to 4 or a label such as Teacher).")
                     .arg(where));
        QCOMPARE(m_model->index(9, 1).data(SkillMatrixModel::LeadLevelRole).toInt(), 3);
    }

    void aBadDigitIsShownWithoutAModal()
    {
        m_table->setCurrentIndex(m_model->index(1, 1));
        const QVariant before = m_model->index(1, 1).data(SkillMatrixModel::LeadLevelRole);
        QTest::keyClick(m_table, Qt::Key_9);
        QVERIFY(m_prompter.errors.isEmpty());
        QCOMPARE(status(), QStringLiteral("9 is not a level: this scale goes from 0 to 4 (Teacher)."));
        QCOMPARE(m_model->index(1, 1).data(SkillMatrixModel::LeadLevelRole), before);
    }

    void everyEditSaysWhatItDid()
    {
        const QModelIndex cell = m_model->index(2, 1);
        m_table->setCurrentIndex(cell);
        QTest::keyClick(m_table, Qt::Key_3);
        QCOMPARE(
            status(),
            QStringLiteral("Set %1 to 3 Independent for %2.").arg(m_model->columnName(1), m_model->personName(cell)));
        QCOMPARE(m_window->actions()->undo->text(), QStringLiteral("&Undo Set %1 to 3 Independent for %2")
                                                        .arg(m_model->columnName(1), m_model->personName(cell)));
        select(1, 1, 2, 3);
        QTest::keyClick(m_table, Qt::Key_1);
        QCOMPARE(status(), QStringLiteral("Set 6 cell(s) to 1 Shadowing."));
        m_window->findChild<QComboBox*>(QStringLiteral("matrixSource"))->setCurrentIndex(1); // self
        select(1, 1, 2, 3);
        QTest::keyClick(m_table, Qt::Key_Delete);
        QVERIFY2(status().startsWith(QStringLiteral("Cleared the self-assessment in 6 cell(s)")) ||
                     status().startsWith(QStringLiteral("Nothing to clear")),
                 qPrintable(status()));
    }

    void narrowWindowsKeepControlsWhole()
    {
        // What holds the main window wider than 1,024 px is another view's minimum; the
        // matrix view itself works in what 1,024 × 700 leaves beside the navigation rail.
        const QList<QStackedWidget*> stacks = m_window->findChildren<QStackedWidget*>();
        for (auto* stack : stacks) {
            for (int page = 0; page < stack->count(); ++page) {
                if (stack->widget(page)->minimumSizeHint().width() > 1024 - 200)
                    qInfo("wide minimum: %s %s %d px", stack->widget(page)->metaObject()->className(),
                          qPrintable(stack->widget(page)->objectName()),
                          stack->widget(page)->minimumSizeHint().width());
            }
        }
        const int rail = m_window->findChild<QWidget*>(QStringLiteral("navigationRail"))->width();
        for (const char* language : {"en", "long"}) {
            ui::MatrixView view(*m_window->controller()->workspace());
            if (QByteArray(language) == "long") {
                // Longer filter choices, as a translation gives them.
                view.findChild<QComboBox*>(QStringLiteral("matrixType"))
                    ->addItem(QStringLiteral("Externe Beraterinnen und Berater"), 1);
            }
            QVERIFY2(view.minimumSizeHint().width() <= 1024 - rail,
                     qPrintable(QString::number(view.minimumSizeHint().width())));
            view.resize(1024 - rail, 700 - 80);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            for (const char* name :
                 {"matrixSource", "matrixTeam", "matrixCategory", "matrixType", "matrixOnlyGaps", "matrixSearch"}) {
                auto* control = view.findChild<QWidget*>(QLatin1String(name));
                QVERIFY(control && control->isVisible());
                const int wanted =
                    qobject_cast<QLineEdit*>(control) ? control->minimumWidth() : control->sizeHint().width();
                QVERIFY2(control->width() >= wanted,
                         qPrintable(
                             QStringLiteral("%1: %2 < %3").arg(QLatin1String(name)).arg(control->width()).arg(wanted)));
                const QRect inView(control->mapTo(&view, QPoint(0, 0)), control->size());
                QVERIFY2(view.rect().contains(inView), name);
            }
            auto* table = view.findChild<ui::MatrixTable*>(QStringLiteral("matrixTable"));
            QVERIFY(table->viewport()->height() > 5 * table->verticalHeader()->defaultSectionSize());
        }
    }
};

QTEST_MAIN(TestMatrixUsability)
#include "tst_matrixusability.moc"
