// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/palettesources.h"

#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "ui/mainwindow.h"
#include "views/peopleview.h"
#include "views/sessionsview.h"
#include "views/skillsview.h"
#include "views/summitview.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>

namespace coe::ui {

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text;
}

void addActions(QList<PaletteEntry>& entries, const QMenu* menu, const QString& path,
                const QList<QAction*>& viewActions, const QAction* palette)
{
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->isSeparator() || action == palette || action->text().isEmpty())
            continue;
        if (QMenu* sub = action->menu()) {
            addActions(entries, sub, path + QStringLiteral(" ▸ ") + plain(sub->title()), viewActions, palette);
            continue;
        }
        if (!action->isEnabled() || !action->isVisible())
            continue;
        PaletteEntry e;
        e.kind = viewActions.contains(action) ? PaletteEntry::View : PaletteEntry::Action;
        e.text = plain(action->text());
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        e.detail = keys.isEmpty() ? path : path + QStringLiteral(" · ") + keys;
        e.action = action;
        entries << e;
    }
}

} // namespace

QList<PaletteEntry> paletteEntries(const QMenuBar* menus, const QList<QAction*>& viewActions, const QAction* palette,
                                   Workspace* workspace)
{
    QList<PaletteEntry> entries;
    const QList<QAction*> top = menus->actions();
    for (QAction* action : top)
        if (QMenu* menu = action->menu()) {
            // Menus fill some entries when they open (recent files, a view's own menu).
            Q_EMIT menu->aboutToShow();
            addActions(entries, menu, plain(menu->title()), viewActions, palette);
        }
    if (!workspace)
        return entries;
    // A thing that cannot be read is left out; the views say why when they are shown.
    const Catalog catalog(*workspace);
    if (const auto people = catalog.people())
        for (const Person& p : people.value())
            entries << PaletteEntry{PaletteEntry::Person, p.name, p.email, nullptr, QStringLiteral("people"), p.id};
    if (const auto skills = catalog.skills())
        for (const Skill& s : skills.value())
            entries << PaletteEntry{PaletteEntry::Skill, s.name, QString(), nullptr, QStringLiteral("skills"), s.id};
    const PlanRepository plans(*workspace);
    if (const auto sessions = plans.sessions())
        for (const Session& s : sessions.value())
            entries << PaletteEntry{PaletteEntry::Session,
                                    s.title,
                                    QLocale().toString(s.startsAt.date(), QLocale::ShortFormat),
                                    nullptr,
                                    QStringLiteral("sessions"),
                                    s.id};
    if (const auto summits = plans.summits())
        for (const Summit& summit : summits.value())
            for (const SummitItem& item : summit.items)
                entries << PaletteEntry{PaletteEntry::SummitItem,  item.title, summit.name, nullptr,
                                        QStringLiteral("summits"), item.id,    summit.id};
    return entries;
}

void goTo(MainWindow& window, const PaletteEntry& entry)
{
    if (entry.kind == PaletteEntry::Action || entry.kind == PaletteEntry::View) {
        if (entry.action)
            entry.action->trigger();
        return;
    }
    if (!window.showView(entry.viewName))
        return;
    switch (entry.kind) {
    case PaletteEntry::Person:
        if (PeopleView* view = window.peopleView())
            view->selectPerson(entry.id);
        break;
    case PaletteEntry::Skill:
        if (SkillsView* view = window.skillsView())
            view->selectSkill(entry.id);
        break;
    case PaletteEntry::Session:
        if (SessionsView* view = window.sessionsView())
            view->selectSession(entry.id);
        break;
    case PaletteEntry::SummitItem:
        if (SummitView* view = window.summitView())
            view->revealItem(entry.parentId, entry.id);
        break;
    case PaletteEntry::Action:
    case PaletteEntry::View:
        break;
    }
}

} // namespace coe::ui
