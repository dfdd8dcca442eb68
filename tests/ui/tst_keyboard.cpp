// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard alone, as a person without a mouse works: create a person, assess a skill,
// undo it, then open the command palette and jump to a summit item. Every key goes to the
// widget that has the focus, so a step that leaves the focus nowhere useful fails here.
#include "models/peoplemodel.h"
#include "models/skillmatrixmodel.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"
#include "support/demowindow.h"
#include "ui/commandpalette.h"
#include "ui/viewregistry.h"
#include "views/matrixview.h"
#include "views/peopleview.h"
#include "views/summitview.h"
#include "widgets/timetable.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace coe;

namespace {

/// Presses @p key on whatever has the focus, as the keyboard would.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

void type(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClicks(focus, text);
}

void pressSequence(const QKeySequence& sequence)
{
    QVERIFY(!sequence.isEmpty());
    const QKeyCombination combination = sequence[0];
    press(combination.key(), combination.keyboardModifiers());
}

} // namespace

/// Answers the modal palette by typing into it, as the person would once it is open.
class TypingPrompter : public test::ScriptedPrompter
{
public:
    QString typed;
    bool sawPalette = false;
    QString problem;
    int exec(QDialog* dialog) override
    {
        auto* palette = qobject_cast<ui::CommandPalette*>(dialog);
        if (!palette)
            return ScriptedPrompter::exec(dialog);
        sawPalette = true;
        dialog->show();
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog)) {
            problem = QStringLiteral("the palette did not become the active window");
            return QDialog::Rejected;
        }
        if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == palette->filterEdit(); }, 1000)) {
            problem = QStringLiteral("the palette's field does not have the focus, %1 has")
                          .arg(QApplication::focusWidget()
                                   ? QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()) +
                                         QLatin1Char(' ') + QApplication::focusWidget()->objectName()
                                   : QStringLiteral("nothing"));
            return QDialog::Rejected;
        }
        type(typed);
        press(Qt::Key_Return);
        if (dialog->result() != QDialog::Accepted)
            problem = QStringLiteral("Enter did not choose; %1 row(s) listed").arg(palette->list()->count());
        // As the window system does when a modal dialog closes: its window is active again.
        if (QWidget* parent = dialog->parentWidget()) {
            parent->window()->activateWindow();
            if (!QTest::qWaitForWindowActive(parent->window()))
                problem = QStringLiteral("the main window did not become active again");
        }
        return dialog->result();
    }
};

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void createAssessUndoAndJumpWithoutTheMouse()
    {
        TypingPrompter prompter;
        auto window = test::demoWindow(m_dir, prompter);
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        Workspace& ws = *window->controller()->workspace();

        // People: the view's key adds a person and opens the name for typing.
        pressSequence(ui::ViewRegistry::find(QStringLiteral("people"))->shortcut);
        QVERIFY(window->peopleView()->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Zoe Keyboard"));

        press(Qt::Key_Return);
        PeopleModel* people = window->peopleView()->model();
        const auto findZoe = [people] {
            for (int row = 0; row < people->rowCount(); ++row)
                if (people->index(row, PeopleModel::NameColumn).data().toString() == QLatin1String("Zoe Keyboard"))
                    return people->index(row, 0).data(PeopleModel::IdRole).toLongLong();
            return Id(0);
        };
        QTRY_VERIFY(findZoe() != 0); // the model reloads once the edit is announced
        const Id zoe = findZoe();

        // The matrix: find her, Enter goes to her first cell, a digit sets the level.
        pressSequence(ui::ViewRegistry::find(QStringLiteral("matrix"))->shortcut);
        pressSequence(QKeySequence(QKeySequence::Find));
        type(QStringLiteral("Zoe Keyboard"));
        press(Qt::Key_Return);
        auto* table = qobject_cast<QTableView*>(QApplication::focusWidget());
        QVERIFY2(table, "Enter in the search did not go to the matrix");
        QCOMPARE(table->currentIndex().data(SkillMatrixModel::PersonIdRole).toLongLong(), zoe);
        QVERIFY(!table->currentIndex().data(SkillMatrixModel::LevelRole).isValid());
        const int steps = ws.undoStack()->index();
        press(Qt::Key_3);
        QTRY_COMPARE(table->currentIndex().data(SkillMatrixModel::LevelRole).toInt(), 3);
        QCOMPARE(ws.undoStack()->index(), steps + 1);

        // Undo takes the assessment back.
        pressSequence(QKeySequence(QKeySequence::Undo));
        QTRY_VERIFY(!table->currentIndex().data(SkillMatrixModel::LevelRole).isValid());
        QCOMPARE(ws.undoStack()->index(), steps);

        // The palette finds a scheduled summit item by a few letters of its title.
        const auto summits = PlanRepository(ws).summits();
        QVERIFY(summits && !summits->isEmpty());
        const Summit& summit = summits->first();
        const SummitItem* scheduled = nullptr;
        for (const SummitItem& item : summit.items)
            if (!item.slots.isEmpty() && item.kind != SummitItem::Break && !scheduled)
                scheduled = &item;
        QVERIFY(scheduled);
        prompter.typed = scheduled->title;
        press(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(prompter.sawPalette);
        QVERIFY2(prompter.problem.isEmpty(), qPrintable(prompter.problem));
        ui::SummitView* summitView = window->summitView();
        QVERIFY(summitView);
        QVERIFY(summitView->isVisible()); // the view shown
        QCOMPARE(summitView->timetable()->selectedSlot(), scheduled->slots.first().id);
        // Once the main window is active again, the keys go to the timetable.
        QTRY_VERIFY(summitView->isAncestorOf(QApplication::focusWidget()));
    }

    void paletteMatchesEveryWordInAnyOrder()
    {
        const auto entry = [](ui::PaletteEntry::Kind kind, const QString& text, const QString& detail) {
            ui::PaletteEntry e;
            e.kind = kind;
            e.text = text;
            e.detail = detail;
            return e;
        };
        const QList<ui::PaletteEntry> entries{
            entry(ui::PaletteEntry::Person, QStringLiteral("Ana Lopez"), QStringLiteral("ana@x.org")),
            entry(ui::PaletteEntry::Skill, QStringLiteral("Terraform"), QString()),
            entry(ui::PaletteEntry::SummitItem, QStringLiteral("Terraform state without tears"),
                  QStringLiteral("CoE Summit")),
            entry(ui::PaletteEntry::Action, QStringLiteral("Export skill matrix…"), QStringLiteral("File · Ctrl+E"))};
        ui::CommandPalette palette(entries);
        QCOMPARE(palette.matches(QStringLiteral("terra")), (QList<int>{1, 2}));
        QCOMPARE(palette.matches(QStringLiteral("tears terraform")), QList<int>{2});
        QCOMPARE(palette.matches(QStringLiteral("LOPEZ")), QList<int>{0});
        QCOMPARE(palette.matches(QStringLiteral("ana@")), QList<int>{0}); // the detail counts too
        QCOMPARE(palette.matches(QStringLiteral("matrix")), QList<int>{3});
        QVERIFY(palette.matches(QStringLiteral("kubernetes")).isEmpty());
        QCOMPARE(palette.matches(QString()).size(), entries.size());
        // Typing narrows the list; Down moves in it while the field keeps the focus.
        palette.show();
        QTest::keyClicks(palette.filterEdit(), QStringLiteral("terra"));
        QCOMPARE(palette.list()->count(), 2);
        QCOMPARE(palette.list()->currentRow(), 0);
        QTest::keyClick(palette.filterEdit(), Qt::Key_Down);
        QCOMPARE(palette.list()->currentRow(), 1);
        QTest::keyClick(palette.filterEdit(), Qt::Key_Return);
        QVERIFY(palette.chosen());
        QCOMPARE(palette.chosen()->text, QStringLiteral("Terraform state without tears"));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
