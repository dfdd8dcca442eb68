// SPDX-License-Identifier: GPL-3.0-or-later
// The Engagements board and the Sessions editor driven like a user, with undo.
#include "commands/transferedits.h"
#include "core/changenotifier.h"
#include "dialogs/transferdialogs.h"
#include "dialogs/workspacesettingsdialog.h"
#include "render/markdown.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"
#include "support/demowindow.h"
#include "support/scriptedprompter.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/workspacecontroller.h"
#include "views/engagementsview.h"
#include "views/sessionsview.h"
#include "widgets/weekview.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>

using namespace coe;

namespace {

/// Answers like ScriptedPrompter, but first runs @c whileAsking, as when the workspace
/// changes (and the view reloads) while a question is open.
class ReloadingPrompter : public test::ScriptedPrompter
{
public:
    std::function<void()> whileAsking;

    QString text(QWidget* parent, const QString& title, const QString& label, const QString& initial) override
    {
        if (whileAsking)
            whileAsking();
        return ScriptedPrompter::text(parent, title, label, initial);
    }
};

} // namespace

class TestTransferUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;

    Workspace& ws() { return *m_window->controller()->workspace(); }

    int pendingProposals()
    {
        int n = 0;
        const QList<LevelProposal> proposals = PlanRepository(ws()).proposals().take();
        for (const LevelProposal& p : proposals)
            n += p.status == LevelProposal::Pending ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_window = test::demoWindow(m_dir, m_prompter);
        QVERIFY(m_window);
    }

    void cleanup()
    {
        m_window.reset();
        ui::Prompter::install(nullptr);
    }

    void boardDropRecordsPhaseChangeAndBackwardsNeedsAReason()
    {
        QVERIFY(m_window->showView(QStringLiteral("engagements")));
        ui::EngagementsView* view = m_window->engagementsView();
        QListWidget* expert = view->column(Phase::ExpertLeads);
        QVERIFY(expert->count() >= 1);
        const Id id = expert->item(0)->data(Qt::UserRole).toLongLong();
        const int before = int(view->capability(id)->history.size());

        // Drop the card on Pairing; the dialog takes a note and is accepted.
        m_prompter.onDialog = [](QDialog* dialog) {
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("phaseNote"))
                ->setPlainText(QStringLiteral("Ran the drill with the expert watching"));
            return int(QDialog::Accepted);
        };
        QMimeData data;
        data.setData(QStringLiteral("application/x-coe-capability"), QByteArray::number(id));
        QListWidget* pairing = view->column(Phase::Pairing);
        const QPoint at = pairing->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(pairing->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(pairing->viewport(), &drop);
        QCOMPARE(view->capability(id)->phase(), Phase::Pairing);
        QCOMPARE(int(view->capability(id)->history.size()), before + 1);
        QCOMPARE(view->capability(id)->history.last().note, QStringLiteral("Ran the drill with the expert watching"));
        bool onPairing = false;
        for (int i = 0; i < pairing->count(); ++i)
            onPairing = onPairing || pairing->item(i)->data(Qt::UserRole).toLongLong() == id;
        QVERIFY(onPairing);

        // Back to Expert leads: OK stays disabled until a reason is typed.
        bool disabledWithoutReason = false;
        m_prompter.onDialog = [&disabledWithoutReason](QDialog* dialog) {
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            disabledWithoutReason = !ok->isEnabled();
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("phaseNote"))
                ->setPlainText(QStringLiteral("The expert had to step in"));
            return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        QVERIFY(view->moveCapability(id, Phase::ExpertLeads));
        QVERIFY(disabledWithoutReason);
        QCOMPARE(view->capability(id)->phase(), Phase::ExpertLeads);
        ws().undoStack()->undo();
        QCOMPARE(view->capability(id)->phase(), Phase::Pairing);
        ws().undoStack()->undo();
        QCOMPARE(int(view->capability(id)->history.size()), before);
        QVERIFY(view->warningList()->count() >= 1);
    }

    void phaseHistoryWrapsAndCardsAreOutlined()
    {
        QVERIFY(m_window->showView(QStringLiteral("engagements")));
        ui::EngagementsView* view = m_window->engagementsView();
        QListWidget* expert = view->column(Phase::ExpertLeads);
        QVERIFY(expert->count() >= 1);
        view->selectCapability(expert->item(0)->data(Qt::UserRole).toLongLong());
        auto* timeline = view->findChild<QWidget*>(QStringLiteral("phaseTimeline"));
        QVERIFY(timeline && timeline->hasHeightForWidth());
        // Narrow, the lines wrap (taller) instead of being cut.
        QVERIFY(timeline->heightForWidth(140) > timeline->heightForWidth(900));
        // A card has room around its text for its outline.
        const QModelIndex first = expert->model()->index(0, 0);
        QVERIFY(expert->visualRect(first).height() >= expert->fontMetrics().height() * 3 + 12);
    }

    void newEngagementAndCapability()
    {
        QVERIFY(m_window->showView(QStringLiteral("engagements")));
        ui::EngagementsView* view = m_window->engagementsView();
        const int engagements = view->engagementList()->count();
        m_prompter.onDialog = [](QDialog* dialog) {
            auto* d = qobject_cast<ui::EngagementDialog*>(dialog);
            if (!d)
                return int(QDialog::Rejected);
            QPushButton* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            if (ok->isEnabled())
                return int(QDialog::Rejected); // no name and no team yet
            d->nameEdit()->setText(QStringLiteral("Observability with Acme"));
            auto* team = d->findChildren<QComboBox*>().constFirst();
            team->setCurrentIndex(1);
            return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        view->newEngagement();
        QCOMPARE(view->engagementList()->count(), engagements + 1);
        QCOMPARE(view->currentEngagement()->name, QStringLiteral("Observability with Acme"));
        m_prompter.onDialog = [](QDialog* dialog) {
            auto* d = qobject_cast<ui::CapabilityDialog*>(dialog);
            if (!d)
                return int(QDialog::Rejected);
            d->nameEdit()->setText(QStringLiteral("Tune the alert rules"));
            return int(QDialog::Accepted);
        };
        view->newCapability();
        QCOMPARE(view->column(Phase::ExpertLeads)->count(), 1);
        ws().undoStack()->undo();
        QCOMPARE(view->column(Phase::ExpertLeads)->count(), 0);
        ws().undoStack()->undo();
        QCOMPARE(view->engagementList()->count(), engagements);
    }

    void sessionEditorSavesWithUndoAndFollowsThePalette()
    {
        QVERIFY(m_window->showView(QStringLiteral("sessions")));
        ui::SessionsView* view = m_window->sessionsView();
        QVERIFY(view->current());
        const Id id = view->current()->id;
        const QString title = view->current()->title;
        // The preview renders the Learn part with its code block highlighted.
        QTRY_VERIFY(view->partPreview(0)->document()->toPlainText().contains(QLatin1String("terraform")));
        QVERIFY(!view->isDirty());
        view->titleEdit()->setText(QStringLiteral("Terraform state, for real"));
        Q_EMIT view->titleEdit()->textEdited(view->titleEdit()->text());
        view->partEditor(2)->setPlainText(
            QStringLiteral("## Your turn\n\nMove the network stack.\n\n```bash\nterraform init -migrate-state\n```\n"));
        QVERIFY(view->isDirty());
        QVERIFY(view->save());
        QVERIFY(!view->isDirty());
        QCOMPARE(view->current()->title, QStringLiteral("Terraform state, for real"));
        QVERIFY(view->current()->applyMarkdown.contains(QLatin1String("-migrate-state")));
        ws().undoStack()->undo();
        QCOMPARE(view->current()->id, id);
        QCOMPARE(view->current()->title, title);

        // Dark palette: the editor's highlighter switches theme.
        auto* highlighter = view->partEditor(0)->document()->findChild<render::MarkdownHighlighter*>();
        QVERIFY(highlighter);
        QVERIFY(!highlighter->isDark());
        const QString shots = qEnvironmentVariable("COE_SCREENSHOT_DIR"); // for looking at it, not for checking
        view->selectSession(id);
        if (!shots.isEmpty())
            view->grab().save(shots + QStringLiteral("/session-light.png"));
        QPalette dark = view->palette();
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2f, 0x33));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        view->setPalette(dark);
        QVERIFY(highlighter->isDark());
        QVERIFY(!view->isDirty()); // a theme change is not an edit
        if (!shots.isEmpty())
            view->grab().save(shots + QStringLiteral("/session-dark.png"));
    }

    void weekViewTellsTheWholeTitle()
    {
        QVERIFY(m_window->showView(QStringLiteral("sessions")));
        ui::SessionsView* view = m_window->sessionsView();
        QVERIFY(view->current());
        const Session session = *view->current();
        view->selectSession(session.id);
        auto* week = view->findChild<ui::WeekView*>(QStringLiteral("weekView"));
        QVERIFY(week);
        const QRectF block = week->sessionRect(session.id);
        QVERIFY(!block.isEmpty());
        const QString tip = week->toolTipAt(block.center());
        QVERIFY2(tip.contains(session.title) && tip.contains(session.startsAt.toString(QStringLiteral("HH:mm"))),
                 qPrintable(tip));
        QVERIFY(week->toolTipAt(QPointF(1, 1)).isEmpty());
        QHelpEvent help(QEvent::ToolTip, block.center().toPoint(), week->mapToGlobal(block.center().toPoint()));
        QApplication::sendEvent(week, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tip);
        QToolTip::hideText();
    }

    void sessionTimesAreShownInTheUsersZone()
    {
        // A user in New York; the workspace plans its sessions in Berlin.
        const QByteArray tz = qgetenv("TZ");
        const auto restore = qScopeGuard([tz] {
            if (tz.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", tz);
        });
        qputenv("TZ", "America/New_York");
        const QTimeZone berlin("Europe/Berlin");
        const QTimeZone newYork("America/New_York");
        QCOMPARE(QTimeZone::systemTimeZone(), newYork);
        const int steps = ws().undoStack()->index();
        // File ▸ Workspace settings: a zone this system does not know keeps OK disabled and
        // says why; a known one is saved as one undo step, the weights left as they were.
        QString refusedInDialog;
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* settings = qobject_cast<ui::WorkspaceSettingsDialog*>(dialog);
            if (!settings)
                return int(QDialog::Rejected);
            QPushButton* ok = settings->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            settings->zoneBox()->setCurrentText(QStringLiteral("Mars/Olympus"));
            refusedInDialog = ok->isEnabled() ? QStringLiteral("OK enabled") : settings->problem();
            settings->zoneBox()->setCurrentText(QStringLiteral("Europe/Berlin"));
            if (!ok->isEnabled() || !settings->findChild<QLabel*>(QStringLiteral("workspaceZoneNote"))
                                         ->text()
                                         .contains(QStringLiteral("Europe/Berlin")))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        };
        QAction* edit = m_window->findChild<QAction*>(QStringLiteral("actionWorkspaceSettings"));
        QVERIFY(edit && edit->isEnabled());
        edit->trigger();
        m_prompter.onDialog = nullptr;
        QVERIFY2(refusedInDialog.contains(QStringLiteral("“Mars/Olympus” is not a time zone")),
                 qPrintable(refusedInDialog));
        QCOMPARE(ws().undoStack()->index(), steps + 1);
        QCOMPARE(ws().undoStack()->text(steps), QStringLiteral("Set the workspace's time zone to Europe/Berlin"));
        QCOMPARE(PlanRepository(ws()).workspaceZone().take(), berlin);
        auto refused = commands::TransferEdits::setWorkspaceZone(ws(), QStringLiteral("Mars/Olympus"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("“Mars/Olympus” is not a time zone")),
                 qPrintable(refused.error().message));
        QCOMPARE(ws().undoStack()->index(), steps + 1);

        QVERIFY(m_window->showView(QStringLiteral("sessions")));
        ui::SessionsView* view = m_window->sessionsView();
        QVERIFY(view->current());
        const Session session = *view->current();
        QVERIFY(session.timeZone.isEmpty()); // the demo's sessions follow the workspace's zone
        const QDateTime instant(session.startsAt.date(), session.startsAt.time(), berlin);
        const QDateTime here = instant.toTimeZone(newYork);
        const QString wallClock = session.startsAt.toString(QStringLiteral("HH:mm"));
        const QString hereClock = here.toString(QStringLiteral("HH:mm"));
        QVERIFY(wallClock != hereClock);

        // The list: the user's time first, the session's own after it.
        QListWidgetItem* item = nullptr;
        for (int row = 0; row < view->sessionList()->count(); ++row)
            if (view->sessionList()->item(row)->data(Qt::UserRole).toLongLong() == session.id)
                item = view->sessionList()->item(row);
        QVERIFY(item);
        const QString when = QLocale().toString(QDateTime(here.date(), here.time()), QStringLiteral("ddd d MMM HH:mm"));
        QCOMPARE(item->text(), QStringLiteral("%1 ◷  %2  (%3 Europe/Berlin)").arg(when, session.title, wallClock));
        QVERIFY2(item->toolTip().contains(QLatin1String("America/New_York")), qPrintable(item->toolTip()));
        auto* zoneNote = view->findChild<QLabel*>(QStringLiteral("sessionsZone"));
        QVERIFY(zoneNote && !zoneNote->isHidden());
        QVERIFY2(zoneNote->text().contains(QLatin1String("America/New_York")), qPrintable(zoneNote->text()));

        // The calendar: the block at the user's time, marked; its tooltip names the session's zone.
        ui::WeekView* calendar = view->calendar();
        QVERIFY2(calendar->label(session.id).startsWith(hereClock + QStringLiteral("◷ ")),
                 qPrintable(calendar->label(session.id)));
        const QRectF block = calendar->sessionRect(session.id);
        QVERIFY(!block.isEmpty());
        const QString tip = calendar->toolTipAt(block.center());
        QVERIFY2(tip.contains(hereClock) && tip.contains(QStringLiteral("%1 Europe/Berlin").arg(wallClock)),
                 qPrintable(tip));

        // The editor: the start on the zone's clock beside it, and the user's time beneath.
        auto* zone = view->findChild<QComboBox*>(QStringLiteral("sessionZone"));
        auto* start = view->findChild<QDateTimeEdit*>(QStringLiteral("sessionStart"));
        auto* yours = view->findChild<QLabel*>(QStringLiteral("sessionYourTime"));
        QVERIFY(zone && start && yours);
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(start->time(), session.startsAt.time());
        QVERIFY(!yours->isHidden());
        QVERIFY2(yours->text().contains(hereClock) && yours->text().contains(QLatin1String("America/New_York")),
                 qPrintable(yours->text()));
        QVERIFY(zone->completer() && zone->completer()->filterMode() == Qt::MatchContains);
        if (const QString shots = qEnvironmentVariable("COE_SCREENSHOT_DIR"); !shots.isEmpty()) // for looking at it
            view->grab().save(shots + QStringLiteral("/sessions-zones.png"));

        // Another zone: the wall clock stays, the session keeps the zone, and undo takes it back.
        zone->setCurrentText(QStringLiteral("Asia/Tokyo"));
        QVERIFY(view->isDirty());
        QCOMPARE(start->time(), session.startsAt.time());
        QVERIFY(view->save());
        QCOMPARE(view->current()->timeZone, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(view->current()->startsAt, session.startsAt);
        item = view->sessionList()->selectedItems().value(0); // the saved session stays selected
        QVERIFY(item && item->data(Qt::UserRole).toLongLong() == session.id);
        QVERIFY2(item->text().contains(QLatin1String("Asia/Tokyo")), qPrintable(item->text()));
        ws().undoStack()->undo();
        QVERIFY(view->current()->timeZone.isEmpty());
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Berlin"));

        // A zone nobody knows is named as such, and saving it is refused with nothing written.
        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        QVERIFY2(yours->text().contains(QStringLiteral("“Mars/Olympus” is not a time zone")),
                 qPrintable(yours->text()));
        const qsizetype errors = m_prompter.errors.size();
        QVERIFY(!view->save());
        QCOMPARE(m_prompter.errors.size(), errors + 1);
        QVERIFY2(m_prompter.errors.last().contains(QLatin1String("Mars/Olympus")),
                 qPrintable(m_prompter.errors.last()));
        const QList<Session> all = PlanRepository(ws()).sessions().take();
        for (const Session& s : all)
            if (s.id == session.id)
                QVERIFY(s.timeZone.isEmpty());
        view->revert();
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Berlin"));

        // Undoing the workspace's zone: its sessions are in the user's zone again, unmarked.
        ws().undoStack()->undo();
        QCOMPARE(ws().undoStack()->index(), steps);
        QCOMPARE(PlanRepository(ws()).workspaceZone().take(), newYork);
        QVERIFY(zoneNote->isHidden());
        QVERIFY2(calendar->label(session.id).startsWith(wallClock + QLatin1Char(' ')),
                 qPrintable(calendar->label(session.id)));
        QCOMPARE(zone->currentText(), QStringLiteral("America/New_York"));
        QVERIFY(yours->isHidden());
    }

    void suggestAttendeesMarkDoneAcceptReject()
    {
        QVERIFY(m_window->showView(QStringLiteral("sessions")));
        ui::SessionsView* view = m_window->sessionsView();
        const int attendees = view->attendeeList()->count();
        view->addSuggestedAttendees();
        QVERIFY(view->attendeeList()->count() >= attendees);

        view->revert();
        // A due date that is not a date is refused and the cell goes back; a good one is saved.
        QTableWidget* tasks = view->taskTable();
        QVERIFY(tasks->rowCount() >= 1);
        const QString due = tasks->item(0, 2)->text();
        tasks->item(0, 2)->setText(QStringLiteral("next Friday"));
        QCOMPARE(m_prompter.errors.size(), 1);
        QCOMPARE(tasks->item(0, 2)->text(), due);
        QSignalSpy status(view, &ui::SessionsView::statusMessage);
        tasks->item(0, 2)->setText(QStringLiteral("2027-01-15"));
        QVERIFY(m_prompter.errors.size() == 1);
        QCOMPARE(status.size(), 1); // the edit says what it did
        QVERIFY(status.first().first().toString().contains(QLatin1String("Apply task")));
        bool saved = false;
        for (const ApplyTask& t : view->current()->tasks)
            saved = saved || t.dueOn == QDate(2027, 1, 15);
        QVERIFY(saved);
        ws().undoStack()->undo();
        // Finish the first open task: proposals appear in the review queue.
        int row = -1;
        for (int r = 0; r < view->taskTable()->rowCount() && row < 0; ++r)
            if (view->taskTable()->item(r, 3)->text().isEmpty())
                row = r;
        QVERIFY(row >= 0);
        view->taskTable()->setCurrentCell(row, 0);
        const int pending = pendingProposals();
        m_prompter.texts << QStringLiteral("Moved our module registry");
        view->markTaskDone();
        QVERIFY(pendingProposals() > pending);
        QCOMPARE(view->proposalTable()->rowCount(), pendingProposals());

        view->proposalTable()->selectRow(0);
        view->acceptProposal();
        QCOMPARE(pendingProposals(), view->proposalTable()->rowCount());
        const int afterAccept = pendingProposals();
        ws().undoStack()->undo();
        QCOMPARE(pendingProposals(), afterAccept + 1);

        view->proposalTable()->selectRow(0);
        m_prompter.texts << QStringLiteral("One more real change first");
        view->rejectProposal();
        QCOMPARE(pendingProposals(), afterAccept);
        ws().undoStack()->undo();
        QCOMPARE(pendingProposals(), afterAccept + 1);
    }

    void markDoneSurvivesAReloadWhileAsking()
    {
        QVERIFY(m_window->showView(QStringLiteral("sessions")));
        ui::SessionsView* view = m_window->sessionsView();
        int row = -1;
        for (int r = 0; r < view->taskTable()->rowCount() && row < 0; ++r)
            if (view->taskTable()->item(r, 3)->text().isEmpty())
                row = r;
        QVERIFY(row >= 0);
        view->taskTable()->setCurrentCell(row, 0);
        const Id session = view->current()->id;
        const int pending = pendingProposals();
        // The sessions are read again while the outcome is asked for: the session and task
        // the button started from are gone from memory (a dangling pointer under ASan).
        ReloadingPrompter prompter;
        prompter.texts << QStringLiteral("Moved our module registry");
        prompter.whileAsking = [this] {
            ws().notifier()->notify(Entity::Session, Change::Updated, {});
        };
        ui::Prompter::install(&prompter);
        view->markTaskDone();
        ui::Prompter::install(&m_prompter);
        QVERIFY2(prompter.errors.isEmpty(), qPrintable(prompter.errors.join(QLatin1Char('\n'))));
        QVERIFY(pendingProposals() > pending);
        QCOMPARE(view->current()->id, session);
    }

    void proposalsTableAcceptsAndRejectsTheSelectedOnes()
    {
        QVERIFY(m_window->showView(QStringLiteral("sessions")));
        ui::SessionsView* view = m_window->sessionsView();
        view->tabs()->setCurrentIndex(1);
        QTableWidget* table = view->proposalTable();
        QTRY_VERIFY(table->isVisible());
        const int pending = pendingProposals();
        QVERIFY(pending >= 4);
        QCOMPARE(table->rowCount(), pending);
        QCOMPARE(table->columnCount(), 6);
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("From → to"));
        for (int column = 0; column < 6; ++column)
            QVERIFY2(!table->item(0, column)->text().isEmpty(), qPrintable(QString::number(column)));
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("→")));

        // Nothing selected: nothing to accept or reject.
        QPushButton* accept = view->acceptButton();
        QPushButton* reject = view->rejectButton();
        table->clearSelection();
        QVERIFY(!accept->isEnabled());
        QVERIFY(!reject->isEnabled());

        // Click one row, Ctrl+click another: both are accepted as one undo step.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
        QVERIFY(accept->isEnabled() && reject->isEnabled());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualItemRect(table->item(1, 0)).center());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        QCOMPARE(accept->text(), QStringLiteral("Accept 2"));
        QSignalSpy status(view, &ui::SessionsView::statusMessage);
        const int steps = ws().undoStack()->count();
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(pendingProposals(), pending - 2);
        QCOMPARE(table->rowCount(), pending - 2);
        QCOMPARE(ws().undoStack()->count(), steps + 1);
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first().first().toString().startsWith(QLatin1String("Accepted 2 level proposal")),
                 qPrintable(status.first().first().toString()));
        QVERIFY(!accept->isEnabled()); // the accepted rows are gone, and with them the selection
        ws().undoStack()->undo();
        QCOMPARE(pendingProposals(), pending);

        // Click, Shift+click: three rejected with one reason, in one step.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          table->visualItemRect(table->item(2, 0)).center());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
        m_prompter.texts << QStringLiteral("One more real change first");
        QTest::mouseClick(reject, Qt::LeftButton);
        QCOMPARE(pendingProposals(), pending - 3);
        QCOMPARE(ws().undoStack()->count(), steps + 1);
        ws().undoStack()->undo();
        QCOMPARE(pendingProposals(), pending);
        QVERIFY(m_prompter.errors.isEmpty());
    }

    void calendarGivesBlocksReadableWidthAndDistinctTitles()
    {
        QVERIFY(m_window->showView(QStringLiteral("sessions")));
        ui::SessionsView* view = m_window->sessionsView();
        ui::WeekView* calendar = view->calendar();
        QVERIFY(view->current());
        const Session session = *view->current();
        view->selectSession(session.id);
        QCOMPARE(calendar->span(), ui::WeekView::Week);
        // The calendar has the spare width: a day is wide enough for a dozen characters.
        const QRectF block = calendar->sessionRect(session.id);
        QVERIFY(!block.isEmpty());
        const int em = calendar->fontMetrics().averageCharWidth();
        QVERIFY2(block.width() >= 12 * em, qPrintable(QStringLiteral("%1 px").arg(block.width())));
        QVERIFY(calendar->width() >= view->width() * 2 / 5);

        // Every demo title starts "Bite-size:": the blocks show what differs, and no two alike.
        QSet<QString> labels;
        const QList<Session> sessions = PlanRepository(ws()).sessions().take();
        for (const Session& s : sessions) {
            const QString label = calendar->label(s.id);
            QVERIFY2(!label.contains(QLatin1String("Bite-size")), qPrintable(label));
            QVERIFY2(label.startsWith(s.startsAt.toString(QStringLiteral("HH:mm"))), qPrintable(label));
            labels.insert(label.mid(6));
        }
        QCOMPARE(labels.size(), sessions.size());
        const QStringList all{QStringLiteral("Bite-size: Terraform"), QStringLiteral("Bite-size: Helm")};
        QCOMPARE(ui::WeekView::distinctTitle(QStringLiteral("Bite-size: Terraform"), all), QStringLiteral("Terraform"));
        QCOMPARE(ui::WeekView::distinctTitle(QStringLiteral("Kubernetes: operators"), {}), QStringLiteral("operators"));
        QCOMPARE(ui::WeekView::distinctTitle(QStringLiteral("Why it matters: a long story of state"), {}),
                 QStringLiteral("Why it matters: a long story of state").mid(16));
        QCOMPARE(ui::WeekView::distinctTitle(QStringLiteral("Helm"),
                                             {QStringLiteral("Helm"), QStringLiteral("Helm charts")}),
                 QStringLiteral("Helm"));

        // Day: one column, wider still; Month: every session of the month, a day opens its day.
        auto* dayButton = view->findChild<QToolButton*>(QStringLiteral("calendarSpan0"));
        auto* monthButton = view->findChild<QToolButton*>(QStringLiteral("calendarSpan2"));
        QVERIFY(dayButton && monthButton);
        QTest::mouseClick(dayButton, Qt::LeftButton);
        QCOMPARE(calendar->span(), ui::WeekView::Day);
        calendar->setDate(session.startsAt.date());
        QVERIFY(calendar->sessionRect(session.id).width() > 3 * block.width());
        QTest::mouseClick(monthButton, Qt::LeftButton);
        QCOMPARE(calendar->span(), ui::WeekView::Month);
        if (const QString shots = qEnvironmentVariable("COE_SCREENSHOT_DIR"); !shots.isEmpty()) // for looking at it
            view->grab().save(shots + QStringLiteral("/sessions-month.png"));
        const QRectF line = calendar->sessionRect(session.id);
        QVERIFY(!line.isEmpty());
        QVERIFY(calendar->toolTipAt(line.center()).contains(session.title));
        QSignalSpy clicked(calendar, &ui::WeekView::sessionClicked);
        QTest::mouseClick(calendar, Qt::LeftButton, {}, line.center().toPoint());
        QCOMPARE(clicked.size(), 1);
        // Below the session's line in its day: the day opens.
        const QPoint below(int(line.center().x()), int(line.bottom() + (line.height() * 2)));
        if (calendar->toolTipAt(below).isEmpty()) {
            QTest::mouseClick(calendar, Qt::LeftButton, {}, below);
            QCOMPARE(calendar->span(), ui::WeekView::Day);
            QCOMPARE(calendar->date(), session.startsAt.date());
        }
        auto* next = view->findChild<QToolButton*>(QStringLiteral("calendarNext"));
        const QDate before = calendar->date();
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(calendar->date(), before.addDays(1));
    }
};

QTEST_MAIN(TestTransferUi)
#include "tst_transferui.moc"
