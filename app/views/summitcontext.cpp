// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/summitcontext.h"

#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "views/summitview.h"

namespace coe::ui {

SummitContext::SummitContext(Workspace& workspace, QWidget* view) : m_workspace(workspace), m_view(view)
{}

Result<void> SummitContext::read()
{
    auto summits = PlanRepository(m_workspace).summits();
    auto people = Catalog(m_workspace).people();
    if (!summits)
        return summits.error();
    if (!people)
        return people.error();
    m_summits = summits.take();
    m_people.clear();
    for (const Person& p : std::as_const(people.value()))
        m_people.insert(p.id, p.name);
    if (!current())
        m_summitId = m_summits.isEmpty() ? 0 : m_summits.first().id;
    return {};
}

const Summit* SummitContext::current() const
{
    for (const Summit& s : m_summits)
        if (s.id == m_summitId)
            return &s;
    return nullptr;
}

void SummitContext::findWarnings()
{
    const Summit* s = current();
    m_warnings = s ? Conflicts::find(*s, m_people) : QList<SummitWarning>();
}

const Slot* SummitContext::slot(Id id) const
{
    if (const Summit* s = current())
        for (const SummitItem& item : s->items)
            for (const Slot& sl : item.slots)
                if (sl.id == id)
                    return &sl;
    return nullptr;
}

QHash<Id, QString> SummitContext::skillNames() const
{
    QHash<Id, QString> names;
    if (auto skills = Catalog(m_workspace).skills())
        for (const Skill& s : std::as_const(skills.value()))
            names.insert(s.id, s.name);
    return names;
}

Result<SummitContext::SinceRelease> SummitContext::sinceRelease(const Summit& summit, bool withChanges) const
{
    auto releases = Releases::list(m_workspace, summit.id);
    if (!releases)
        return releases.error();
    SinceRelease since;
    if (!releases->isEmpty()) {
        since.number = releases->last().number;
        if (withChanges)
            since.changes = Releases::changes(releases->last().snapshot, Releases::snapshot(summit, m_people));
    }
    return since;
}

bool SummitContext::report(const Result<void>& result) const
{
    if (result)
        return true;
    Prompter::current()->error(m_view, SummitView::tr("CoE Studio"), result.error().message);
    return false;
}

} // namespace coe::ui
