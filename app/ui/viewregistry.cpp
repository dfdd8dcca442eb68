// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewregistry.h"

#include "views/dashboardview.h"
#include "views/engagementsview.h"
#include "views/matrixview.h"
#include "views/peopleview.h"
#include "views/sessionsview.h"
#include "views/skillsview.h"
#include "views/summitview.h"

#include <QCoreApplication>

namespace coe::ui {

namespace {

template<typename View> QWidget* makeView(Workspace& workspace, QWidget* parent, const StatusSink& status)
{
    auto* view = new View(workspace, parent);
    if constexpr (requires { &View::statusMessage; })
        QObject::connect(view, &View::statusMessage, view, status);
    return view;
}

// The titles keep the context of the actions they were first written in, so that the
// translations made for them still apply.
constexpr const char* kTitleContext = "coe::ui::Actions";

} // namespace

QString ViewEntry::menuTitle() const
{
    return QCoreApplication::translate(kTitleContext, title);
}

QString ViewEntry::plainTitle() const
{
    // As QAction::iconText() does: "&" marks a mnemonic, "&&" is a literal "&".
    QString text = menuTitle();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1);
    }
    return text;
}

QString ViewEntry::actionName() const
{
    return QStringLiteral("actionShow") + name.left(1).toUpper() + name.mid(1);
}

const QList<ViewEntry>& ViewRegistry::entries()
{
    static const QList<ViewEntry> views{
        {QStringLiteral("dashboard"), QT_TRANSLATE_NOOP("coe::ui::Actions", "&Dashboard"),
         QStringLiteral("view-statistics"), QKeySequence(Qt::CTRL | Qt::Key_1), &makeView<DashboardView>},
        {QStringLiteral("matrix"), QT_TRANSLATE_NOOP("coe::ui::Actions", "Skill &matrix"), QStringLiteral("view-grid"),
         QKeySequence(Qt::CTRL | Qt::Key_2), &makeView<MatrixView>},
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("coe::ui::Actions", "&People && teams"),
         QStringLiteral("system-users"), QKeySequence(Qt::CTRL | Qt::Key_3), &makeView<PeopleView>},
        {QStringLiteral("skills"), QT_TRANSLATE_NOOP("coe::ui::Actions", "&Skills"), QStringLiteral("view-list-tree"),
         QKeySequence(Qt::CTRL | Qt::Key_4), &makeView<SkillsView>},
        {QStringLiteral("engagements"), QT_TRANSLATE_NOOP("coe::ui::Actions", "&Engagements"),
         QStringLiteral("view-task"), QKeySequence(Qt::CTRL | Qt::Key_5), &makeView<EngagementsView>},
        {QStringLiteral("sessions"), QT_TRANSLATE_NOOP("coe::ui::Actions", "Sess&ions"),
         QStringLiteral("view-calendar-week"), QKeySequence(Qt::CTRL | Qt::Key_6), &makeView<SessionsView>},
        {QStringLiteral("summits"), QT_TRANSLATE_NOOP("coe::ui::Actions", "S&ummits"),
         QStringLiteral("view-calendar-timeline"), QKeySequence(Qt::CTRL | Qt::Key_7), &makeView<SummitView>},
    };
    return views;
}

const ViewEntry* ViewRegistry::find(const QString& name)
{
    for (const ViewEntry& entry : entries()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QStringList ViewRegistry::names()
{
    QStringList names;
    for (const ViewEntry& entry : entries())
        names << entry.name;
    return names;
}

} // namespace coe::ui
