// SPDX-License-Identifier: GPL-3.0-or-later
// The summit timetable driven like a user: drag to move, drag the bottom edge to resize,
// drop from the pool, keys, copy to all rooms, warnings and acknowledgement; undo for each.
#include "commands/summitedits.h"
#include "core/changenotifier.h"
#include "core/timezone.h"
#include "dialogs/summititemdialog.h"
#include "dialogs/summitreviewdialogs.h"
#include "dialogs/summitsettingsdialog.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "support/demowindow.h"
#include "support/scriptedprompter.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/workspacecontroller.h"
#include "views/summitview.h"
#include "widgets/namepicker.h"
#include "widgets/timetable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace coe;

namespace {

/// Answers like ScriptedPrompter, but first runs @c whileAsking on a yes/no question or a file
/// to save, as when
/// the workspace changes (and the view reloads) while the question is open.
class ReloadingPrompter : public test::ScriptedPrompter
{
public:
    std::function<void()> whileAsking;

    bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& yesText) override
    {
        if (whileAsking)
            whileAsking();
        return ScriptedPrompter::confirm(parent, title, question, yesText);
    }
    QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter) override
    {
        if (whileAsking)
            whileAsking();
        return ScriptedPrompter::saveFile(parent, title, suggested, filter);
    }
};

struct SlotRow
{
    QString room;
    QString start;
    QString end;
};

} // namespace

class TestSummitView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SummitView* m_view = nullptr;
    ui::TimetableWidget* m_grid = nullptr;

    Workspace& ws() { return *m_window->controller()->workspace(); }

    /// The slots of the item titled @p title: room, start and end, ordered by room.
    QList<SlotRow> slotsOf(const QString& title)
    {
        QSqlQuery q = ws().prepare(
            QStringLiteral("SELECT r.name, s.starts_at, s.ends_at FROM slot s JOIN room r ON r.id = s.room_id "
                           "JOIN summit_item i ON i.id = s.item_id WHERE i.title = :t ORDER BY r.position"));
        q.bindValue(QStringLiteral(":t"), title);
        if (!ws().exec(q))
            return {};
        QList<SlotRow> rows;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString().mid(11, 5), q.value(2).toString().mid(11, 5)});
        return rows;
    }

    Id slotIdOf(const QString& title)
    {
        for (const SummitItem& item : m_view->currentSummit()->items)
            if (item.title == title && !item.slots.isEmpty())
                return item.slots.first().id;
        return 0;
    }

    /// Gives the current summit the zone @p id, as an import or another client would.
    void setSummitZone(const QString& id)
    {
        const Id summit = m_view->currentSummit()->id;
        QSqlQuery q = ws().prepare(QStringLiteral("UPDATE summit SET time_zone = :z WHERE id = :id"));
        q.bindValue(QStringLiteral(":z"), id);
        q.bindValue(QStringLiteral(":id"), summit);
        QVERIFY(ws().exec(q));
        ws().notifier()->notify(Entity::Summit, Change::Updated, {summit});
    }

    /// Drags with the left button from @p from to @p to in small steps.
    void drag(const QPoint& from, const QPoint& to)
    {
        QTest::mousePress(m_grid, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(m_grid, from + (to - from) * step / 4);
        QTest::mouseRelease(m_grid, Qt::LeftButton, {}, to);
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::demoWindow(m_dir, m_prompter);
        QVERIFY(m_window);
        QVERIFY(m_window->showView(QStringLiteral("summits")));
        m_view = m_window->summitView();
        m_grid = m_view->timetable();
        QVERIFY(m_view->currentSummit());
        QCOMPARE(m_view->dayBox()->count(), 2);
        // The demo summit has one warning to resolve: 75 expected in Room Ada's 60 seats.
        QCOMPARE(m_view->warnings().size(), 1);
        QCOMPARE(m_view->warnings().first().kind, SummitWarning::OverCapacity);
        QTest::qWait(10);
    }

    void cleanup()
    {
        m_window.reset();
        ui::Prompter::install(nullptr);
    }

    void dragMovesAcrossRoomsAndUndoRestores()
    {
        const QString title = QStringLiteral("Terraform state without tears"); // Main hall 09:45–10:30
        const Id slot = slotIdOf(title);
        const QRect box = m_grid->slotRect(slot);
        QVERIFY(!box.isEmpty());
        // One column to the right (Room Ada) and 60 minutes later, grabbed in the middle.
        const QPoint from = box.center();
        const int columnWidth = m_grid->slotRect(slot).width() + 6;
        const int hour = m_grid->cellAt(QPoint(from.x(), box.top() + 1))
                                     .second.secsTo(m_grid->cellAt(QPoint(from.x(), box.top() + 200)).second) > 0
                             ? int(std::lround(60 * m_grid->zoom()))
                             : 0;
        QVERIFY(hour > 0);
        QSignalSpy status(m_view, &ui::SummitView::statusMessage);
        drag(from, from + QPoint(columnWidth, hour));
        QCOMPARE(slotsOf(title).size(), 1);
        // The undo text and the status bar name the room it went to.
        QCOMPARE(ws().undoStack()->undoText(), QStringLiteral("Move “%1” to Room Ada at 10:45").arg(title));
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().first().toString(), QStringLiteral("Moved “%1” to Room Ada, 10:45–11:30.").arg(title));
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Room Ada"));
        QCOMPARE(slotsOf(title).constFirst().start, QStringLiteral("10:45"));
        QCOMPARE(slotsOf(title).constFirst().end, QStringLiteral("11:30"));
        QCOMPARE(ws().undoStack()->count(), 1);
        ws().undoStack()->undo();
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Main hall"));
        QCOMPARE(slotsOf(title).constFirst().start, QStringLiteral("09:45"));
        ws().undoStack()->redo();
        QCOMPARE(slotsOf(title).constFirst().start, QStringLiteral("10:45"));
        // A press without a drag changes nothing.
        const QRect moved = m_grid->slotRect(slot);
        QTest::mouseClick(m_grid, Qt::LeftButton, {}, moved.center());
        QCOMPARE(ws().undoStack()->count(), 1);
        QCOMPARE(m_grid->selectedSlot(), slot);
    }

    void dragTheBottomEdgeResizes()
    {
        const QString title = QStringLiteral("Postmortems that change things"); // Main hall 10:45–11:30
        const QRect box = m_grid->slotRect(slotIdOf(title));
        const QPoint edge(box.center().x(), box.bottom() - 2);
        drag(edge, edge + QPoint(0, int(std::lround(30 * m_grid->zoom()))));
        QCOMPARE(slotsOf(title).constFirst().start, QStringLiteral("10:45"));
        QCOMPARE(slotsOf(title).constFirst().end, QStringLiteral("12:00"));
        ws().undoStack()->undo();
        QCOMPARE(slotsOf(title).constFirst().end, QStringLiteral("11:30"));
    }

    void dropFromThePoolSchedulesForTheItemsDuration()
    {
        const QString title = QStringLiteral("Cost management for engineers"); // unscheduled, 30 min
        QCOMPARE(m_view->pool()->count(), 1);
        const Id item = m_view->pool()->item(0)->data(Qt::UserRole).toLongLong();
        QVERIFY(slotsOf(title).isEmpty());
        // Drop into the Lab at about 15:00.
        const QRect restore =
            m_grid->slotRect(slotIdOf(QStringLiteral("Restore drill: the database is gone"))); // Lab 13:00–14:30
        const QPoint at(restore.center().x(), restore.top() + int(std::lround(120 * m_grid->zoom())) + 2);
        QMimeData data;
        data.setData(QString::fromLatin1(ui::TimetableWidget::kItemMimeType), QByteArray::number(item));
        QDragEnterEvent enter(at, Qt::MoveAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(m_grid, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, &data, Qt::LeftButton, {});
        QSignalSpy status(m_view, &ui::SummitView::statusMessage);
        QApplication::sendEvent(m_grid, &drop);
        QCOMPARE(slotsOf(title).size(), 1);
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().first().toString(), QStringLiteral("Scheduled “%1” in Lab, 15:00–15:30.").arg(title));
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Lab"));
        QCOMPARE(slotsOf(title).constFirst().start, QStringLiteral("15:00"));
        QCOMPARE(slotsOf(title).constFirst().end, QStringLiteral("15:30"));
        QCOMPARE(m_view->pool()->count(), 0);
        ws().undoStack()->undo();
        QVERIFY(slotsOf(title).isEmpty());
        QCOMPARE(m_view->pool()->count(), 1);
    }

    void keysNudgeAndUnschedule()
    {
        const QString title = QStringLiteral("SLOs the business understands"); // Room Ada 09:45–10:30
        m_view->timetable()->selectSlot(slotIdOf(title));
        m_grid->setFocus();
        QSignalSpy status(m_view, &ui::SummitView::statusMessage);
        QTest::keyClick(m_grid, Qt::Key_Down);
        QCOMPARE(slotsOf(title).constFirst().start, QStringLiteral("09:50"));
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.last().first().toString(), QStringLiteral("Moved “%1” to 09:50–10:35.").arg(title));
        QCOMPARE(ws().undoStack()->undoText(), QStringLiteral("Move “%1” to 09:50").arg(title));
        QTest::keyClick(m_grid, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(slotsOf(title).constFirst().end, QStringLiteral("10:40"));
        QCOMPARE(status.last().first().toString(), QStringLiteral("“%1” now runs 09:50–10:40.").arg(title));
        QTest::keyClick(m_grid, Qt::Key_Left);
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Main hall"));
        QCOMPARE(ws().undoStack()->undoText(), QStringLiteral("Move “%1” to Main hall at 09:50").arg(title));
        QCOMPARE(status.last().first().toString(), QStringLiteral("Moved “%1” to Main hall, 09:50–10:40.").arg(title));
        QTest::keyClick(m_grid, Qt::Key_Delete);
        QVERIFY(slotsOf(title).isEmpty());
        QCOMPARE(status.last().first().toString(),
                 QStringLiteral("Unscheduled “%1”: it is back in the pool.").arg(title));
        QCOMPARE(status.size(), 4);
        QCOMPARE(m_view->pool()->count(), 2);
        for (int i = 0; i < 4; ++i)
            ws().undoStack()->undo();
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Room Ada"));
        QCOMPARE(slotsOf(title).constFirst().start, QStringLiteral("09:45"));
        QCOMPARE(slotsOf(title).constFirst().end, QStringLiteral("10:30"));
    }

    void copyABreakToAllRooms()
    {
        const QString title = QStringLiteral("Lunch");
        QCOMPARE(slotsOf(title).size(), 1);
        Q_EMIT m_grid->copyToAllRoomsRequested(slotIdOf(title));
        const QList<SlotRow> rows = slotsOf(title);
        QCOMPARE(rows.size(), 3);
        for (const SlotRow& r : rows) {
            QCOMPARE(r.start, QStringLiteral("12:00"));
            QCOMPARE(r.end, QStringLiteral("13:00"));
        }
        ws().undoStack()->undo();
        QCOMPARE(slotsOf(title).size(), 1);
    }

    void warningsAppearAndAcknowledge()
    {
        // Move the 45-minute SLOs talk into the Lab on top of the Helm workshop: a room
        // overlap and too many people for 24 seats.
        const QString title = QStringLiteral("SLOs the business understands");
        const QRect box = m_grid->slotRect(slotIdOf(title));
        const int columnWidth = box.width() + 6;
        drag(box.center(), box.center() + QPoint(columnWidth, 0));
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Lab"));
        QCOMPARE(m_view->warnings().size(), 3);
        QCOMPARE(m_view->warningsList()->count(), 3);
        m_grid->selectSlot(0);
        m_view->warningsList()->setCurrentRow(0);
        QCOMPARE(m_grid->selectedSlot(), m_view->warnings().first().slotIds.first());

        m_prompter.texts << QStringLiteral("Workshop overflow is fine");
        m_view->acknowledgeSelected();
        QCOMPARE(m_view->warningsList()->count(), 2); // acknowledged ones are hidden
        int acknowledged = 0;
        for (const SummitWarning& w : m_view->warnings())
            acknowledged += w.acknowledged ? 1 : 0;
        QCOMPARE(acknowledged, 1);
        ws().undoStack()->undo(); // the acknowledgement
        QCOMPARE(m_view->warningsList()->count(), 3);
        ws().undoStack()->undo(); // the move
        QCOMPARE(m_view->warnings().size(), 1);
    }

    void settingsAreCheckedAndUndoable()
    {
        const Summit before = *m_view->currentSummit();
        QHash<Id, QString> people;
        const QList<Person> all = Catalog(ws()).people().take();
        for (const Person& p : all)
            people.insert(p.id, p.name);
        ui::SummitSettingsDialog dialog(before, people, nullptr);
        QVERIFY(dialog.problem().isEmpty());
        QTableWidget* rooms = dialog.roomsTable();
        rooms->insertRow(rooms->rowCount());
        rooms->setItem(rooms->rowCount() - 1, 0, new QTableWidgetItem(QStringLiteral("lab")));
        QCOMPARE(dialog.problem(), QStringLiteral("Two rooms are called “lab”."));
        rooms->item(rooms->rowCount() - 1, 0)->setText(QStringLiteral("Studio"));
        rooms->setItem(rooms->rowCount() - 1, 1, new QTableWidgetItem(QStringLiteral("many")));
        QVERIFY(dialog.problem().contains(QLatin1String("seats must be a whole number")));
        rooms->item(rooms->rowCount() - 1, 1)->setText(QStringLiteral("40"));
        dialog.nameEdit()->setText(QStringLiteral("Autumn summit"));
        QVERIFY(dialog.problem().isEmpty());
        m_prompter.onDialog = [](QDialog*) {
            return QDialog::Accepted;
        };
        QVERIFY(commands::SummitEdits::saveSettings(ws(), before, dialog.summit()));
        QCOMPARE(m_view->currentSummit()->name, QStringLiteral("Autumn summit"));
        QCOMPARE(m_view->currentSummit()->rooms.size(), 4);
        QCOMPARE(m_view->summitBox()->currentText(), QStringLiteral("Autumn summit"));
        ws().undoStack()->undo();
        QCOMPARE(m_view->currentSummit()->name, before.name);
        QCOMPARE(m_view->currentSummit()->rooms.size(), 3);
    }
    void itemDialogEditsSpeakersAndSkillsAndDeleteUndoes()
    {
        const QString title = QStringLiteral("Cost management for engineers");
        const Id id = m_view->pool()->item(0)->data(Qt::UserRole).toLongLong();
        QString speaker;
        QString skill;
        {
            QSqlQuery q = ws().prepare(QStringLiteral(
                "SELECT (SELECT name FROM person ORDER BY id LIMIT 1), (SELECT name FROM skill ORDER BY id LIMIT 1)"));
            QVERIFY(ws().exec(q) && q.next());
            speaker = q.value(0).toString();
            skill = q.value(1).toString();
        }
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* d = qobject_cast<ui::SummitItemDialog*>(dialog);
            if (!d)
                return int(QDialog::Rejected);
            d->titleEdit()->setText(QStringLiteral("Cost management, hands-on"));
            d->speakers()->edit()->setText(speaker.toUpper()); // any case
            d->speakers()->addTyped();
            d->skills()->edit()->setText(skill);
            d->skills()->addTyped();
            d->skills()->edit()->setText(QStringLiteral("No such skill"));
            if (d->skills()->addTyped())
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        };
        m_view->editItem(id);
        const SummitItem* item = m_view->currentSummit()->item(id);
        QVERIFY(item);
        QCOMPARE(item->title, QStringLiteral("Cost management, hands-on"));
        QCOMPARE(item->skillIds.size(), 1);
        QCOMPARE(item->speakerIds.size(), 2);
        ws().undoStack()->undo();
        QCOMPARE(m_view->currentSummit()->item(id)->title, title);
        QCOMPARE(m_view->currentSummit()->item(id)->skillIds.size(), 0);
        QCOMPARE(m_view->currentSummit()->item(id)->speakerIds.size(), 1);

        m_view->deleteItem(id); // ScriptedPrompter confirms
        QVERIFY(!m_view->currentSummit()->item(id));
        QCOMPARE(m_view->pool()->count(), 0);
        ws().undoStack()->undo();
        QVERIFY(m_view->currentSummit()->item(id));
        QCOMPARE(m_view->pool()->count(), 1);
    }
    void itemDialogPlacesAnItemWithinTheSummitsDaysAndHours()
    {
        const QString title = QStringLiteral("Cost management for engineers"); // unscheduled, 30 min
        const Id id = m_view->pool()->item(0)->data(Qt::UserRole).toLongLong();
        const Summit summit = *m_view->currentSummit();
        QStringList problems;
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* d = qobject_cast<ui::SummitItemDialog*>(dialog);
            if (!d)
                return int(QDialog::Rejected);
            QPushButton* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            auto* day = d->findChild<QComboBox*>(QStringLiteral("itemDay"));
            auto* room = d->findChild<QComboBox*>(QStringLiteral("itemRoom"));
            auto* start = d->findChild<QTimeEdit*>(QStringLiteral("itemStart"));
            if (!day || !room || !start || day->count() != 3 || !ok->isEnabled() || start->isEnabled())
                return int(QDialog::Rejected); // the pool, two days; nothing to check yet
            day->setCurrentIndex(2);
            room->setCurrentIndex(room->findText(QStringLiteral("Lab"), Qt::MatchStartsWith));
            start->setTime(QTime(17, 15)); // ends 17:45, after 17:30
            problems << d->problem();
            if (const QString shots = qEnvironmentVariable("COE_SCREENSHOT_DIR");
                !shots.isEmpty()) { // for looking at it
                d->show();
                d->grab().save(shots + QStringLiteral("/summit-item-dialog.png"));
                d->hide();
            }
            if (ok->isEnabled())
                return int(QDialog::Rejected);
            start->setTime(QTime(8, 30)); // before 09:00
            problems << d->problem();
            if (ok->isEnabled())
                return int(QDialog::Rejected);
            start->setTime(QTime(15, 0));
            return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        QSignalSpy status(m_view, &ui::SummitView::statusMessage);
        const int steps = ws().undoStack()->count();
        m_view->editItem(id);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QLatin1String("17:30")), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QLatin1String("09:00")), qPrintable(problems.at(1)));
        QCOMPARE(slotsOf(title).size(), 1);
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Lab"));
        QCOMPARE(slotsOf(title).constFirst().start, QStringLiteral("15:00"));
        QCOMPARE(slotsOf(title).constFirst().end, QStringLiteral("15:30"));
        QCOMPARE(m_view->currentSummit()->item(id)->slots.first().startsAt.date(), summit.endsOn);
        QCOMPARE(ws().undoStack()->count(), steps + 1);
        QCOMPARE(ws().undoStack()->undoText(), QStringLiteral("Move “%1” to Lab at 15:00").arg(title));
        QCOMPARE(m_view->pool()->count(), 0);
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first().first().toString().contains(QLatin1String("Lab")),
                 qPrintable(status.first().first().toString()));
        QCOMPARE(m_view->dayBox()->currentIndex(), 1); // the grid shows the day it went to

        // Another room and a longer duration, in one step; then back to the pool.
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* d = qobject_cast<ui::SummitItemDialog*>(dialog);
            d->roomBox()->setCurrentIndex(d->roomBox()->findText(QStringLiteral("Room Ada"), Qt::MatchStartsWith));
            d->durationBox()->setValue(45);
            return int(QDialog::Accepted);
        };
        m_view->editItem(id);
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Room Ada"));
        QCOMPARE(slotsOf(title).constFirst().end, QStringLiteral("15:45"));
        QCOMPARE(ws().undoStack()->undoText(), QStringLiteral("Edit “%1”, in Room Ada at 15:00").arg(title));
        m_prompter.onDialog = [&](QDialog* dialog) {
            qobject_cast<ui::SummitItemDialog*>(dialog)->dayBox()->setCurrentIndex(0);
            return int(QDialog::Accepted);
        };
        m_view->editItem(id);
        QVERIFY(slotsOf(title).isEmpty());
        QCOMPARE(m_view->pool()->count(), 1);
        ws().undoStack()->undo();
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Room Ada"));
        ws().undoStack()->undo();
        QCOMPARE(slotsOf(title).constFirst().room, QStringLiteral("Lab"));
        QCOMPARE(m_view->currentSummit()->item(id)->durationMinutes, 30);
        ws().undoStack()->undo();
        QVERIFY(slotsOf(title).isEmpty());
        QVERIFY(m_prompter.errors.isEmpty());
    }

    void aTenMinuteItemReadsAsOneLine()
    {
        const Id slot = slotIdOf(QStringLiteral("Five secrets we leaked (and how)")); // Room Ada, 10 minutes
        QVERIFY(slot);
        const QRect box = m_grid->slotRect(slot);
        QVERIFY(!box.isEmpty());
        QVERIFY2(box.height() >= m_grid->fontMetrics().height(), qPrintable(QString::number(box.height())));
        // The first hour starts below the room names, not under them.
        const QRect first =
            m_grid->slotRect(slotIdOf(QStringLiteral("Welcome: a year of running it ourselves"))); // 09:00
        QVERIFY(first.top() > 44 + m_grid->fontMetrics().height());
    }

    void changelogListsWhatMovedSinceTheRelease()
    {
        m_view->showChangelog(); // not released yet: says so
        QVERIFY2(m_prompter.errors.value(0).contains(QLatin1String("has not been released yet")),
                 qPrintable(m_prompter.errors.value(0)));
        m_view->releaseSchedule();
        const QString title = QStringLiteral("SLOs the business understands");
        m_view->timetable()->selectSlot(slotIdOf(title));
        m_grid->setFocus();
        QTest::keyClick(m_grid, Qt::Key_Down); // 09:45 → 09:50
        QStringList rows;
        bool printAsked = false;
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* changelog = qobject_cast<ui::ChangelogDialog*>(dialog);
            if (!changelog)
                return int(QDialog::Rejected); // the print preview the button opens
            for (int i = 0; i < changelog->tree()->topLevelItemCount(); ++i)
                rows << changelog->tree()->topLevelItem(i)->text(0) + QLatin1Char('|') +
                            changelog->tree()->topLevelItem(i)->text(1);
            printAsked = true;
            changelog->findChild<QPushButton*>(QStringLiteral("printChangelog"))->click();
            return int(QDialog::Rejected);
        };
        m_view->showChangelog();
        QCOMPARE(rows, QStringList{QStringLiteral("Moved|") + title});
        QVERIFY(printAsked);
    }

    void suggestedTracksAreAddedAsOneStep()
    {
        const qsizetype before = m_view->currentSummit()->tracks.size();
        QStringList offered;
        m_prompter.onDialog = [&offered](QDialog* dialog) {
            auto* programme = qobject_cast<ui::ProgrammeDialog*>(dialog);
            if (!programme)
                return int(QDialog::Rejected);
            QTreeWidget* tree = programme->tree();
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                QTreeWidgetItem* top = tree->topLevelItem(i);
                offered << top->text(0);
                if (i > 0)
                    top->setCheckState(0, Qt::Unchecked); // only the first
            }
            return int(QDialog::Accepted);
        };
        m_view->suggestProgramme();
        QVERIFY(!offered.isEmpty());
        const QList<Track> tracks = m_view->currentSummit()->tracks;
        QCOMPARE(tracks.size(), before + 1);
        QVERIFY(std::any_of(tracks.cbegin(), tracks.cend(),
                            [&offered](const Track& t) { return t.name == offered.first(); }));
        QCOMPARE(ws().undoStack()->undoText(), QStringLiteral("Add suggested tracks"));
        ws().undoStack()->undo();
        QCOMPARE(m_view->currentSummit()->tracks.size(), before);
    }

    void suggestAndReleaseSurviveAReloadWhileAsking()
    {
        // The summits are read again while each dialog is open: the summit the action started
        // from is gone from memory (a dangling pointer under ASan).
        const auto reload = [this] {
            ws().notifier()->notify(Entity::Summit, Change::Updated, {});
        };
        const qsizetype before = m_view->currentSummit()->tracks.size();
        m_prompter.onDialog = [&reload](QDialog* dialog) {
            auto* programme = qobject_cast<ui::ProgrammeDialog*>(dialog);
            if (!programme)
                return int(QDialog::Rejected);
            reload();
            QTreeWidget* tree = programme->tree();
            for (int i = 1; i < tree->topLevelItemCount(); ++i)
                tree->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
            return int(QDialog::Accepted);
        };
        m_view->suggestProgramme();
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_view->currentSummit()->tracks.size(), before + 1);

        ReloadingPrompter prompter;
        prompter.whileAsking = reload;
        ui::Prompter::install(&prompter);
        QSignalSpy status(m_view, &ui::SummitView::statusMessage);
        m_view->releaseSchedule();
        ui::Prompter::install(&m_prompter);
        QVERIFY2(prompter.errors.isEmpty(), qPrintable(prompter.errors.join(QLatin1Char('\n'))));
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().first().toString(), QStringLiteral("Released version 1."));

        // The exports ask for a file first.
        for (const QString& name :
             {QStringLiteral("agenda.pdf"), QStringLiteral("summit.ics"), QStringLiteral("summit.xml")})
            prompter.files << m_dir.filePath(name);
        ui::Prompter::install(&prompter);
        m_view->exportPdf(0);
        m_view->exportCalendar();
        m_view->exportSchedule();
        ui::Prompter::install(&m_prompter);
        QVERIFY2(prompter.errors.isEmpty(), qPrintable(prompter.errors.join(QLatin1Char('\n'))));
        for (const QString& name :
             {QStringLiteral("agenda.pdf"), QStringLiteral("summit.ics"), QStringLiteral("summit.xml")})
            QVERIFY2(QFileInfo(m_dir.filePath(name)).size() > 0, qPrintable(name));
    }

    void barNamesTheVenueZoneAndYoursWhenOther()
    {
        auto* zone = m_view->findChild<QLabel*>(QStringLiteral("summitZone"));
        QVERIFY(zone);
        const QTimeZone yours = QTimeZone::systemTimeZone();
        const int offset = yours.offsetFromUtc(QDateTime(m_view->currentSummit()->startsOn, QTime(12, 0), yours));
        const QString other = TimeZones::fixedOffsetId(offset > 0 ? offset - 5 * 3600 : offset + 5 * 3600);
        const Id slot = slotIdOf(QStringLiteral("Terraform state without tears")); // Main hall 09:45
        const QRect box = m_grid->slotRect(slot);
        setSummitZone(other);
        QCOMPARE(zone->text(), QStringLiteral("%1 (yours: %2)").arg(other, TimeZones::name(yours)));
        if (const QString shots = qEnvironmentVariable("COE_SCREENSHOT_DIR"); !shots.isEmpty()) // for looking at it
            m_window->grab().save(shots + QStringLiteral("/summit-zone.png"));
        // The timetable stays in the venue's wall clock.
        QCOMPARE(m_grid->slotRect(slot), box);
        setSummitZone(TimeZones::fixedOffsetId(offset));
        QCOMPARE(zone->text(), TimeZones::fixedOffsetId(offset));
        QVERIFY(zone->toolTip().contains(QLatin1String("also yours")));
        QCOMPARE(m_grid->slotRect(slot), box);
    }

    void printPreviewPaintsEveryKind()
    {
        for (int kind = 0; kind <= 3; ++kind) {
            int pages = -1;
            m_prompter.onDialog = [&pages](QDialog* dialog) {
                auto* preview = dialog->findChild<QPrintPreviewWidget*>();
                if (!preview)
                    return int(QDialog::Rejected);
                preview->updatePreview();
                pages = preview->pageCount();
                return int(QDialog::Rejected);
            };
            m_view->print(kind);
            QVERIFY2(pages >= 1, qPrintable(QStringLiteral("kind %1: %2 pages").arg(kind).arg(pages)));
            if (kind == 0)
                QCOMPARE(pages, 2); // a page per day: three rooms fit portrait
        }
    }
};

QTEST_MAIN(TestSummitView)
#include "tst_summitview.moc"
