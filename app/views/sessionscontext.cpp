// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sessionscontext.h"

#include "core/timezone.h"
#include "models/matrixdata.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"

#include <QLocale>

namespace coe::ui {

SessionsContext::SessionsContext(Workspace& workspace) : m_workspace(workspace)
{}

SessionsContext::~SessionsContext() = default;

bool SessionsContext::read()
{
    auto sessions = PlanRepository(m_workspace).sessions();
    auto proposals = PlanRepository(m_workspace).proposals();
    Catalog catalog(m_workspace);
    auto people = catalog.people();
    auto skills = catalog.skills();
    if (!sessions || !proposals || !people || !skills)
        return false;
    // A zone this system does not know leaves the sessions readable, in the user's zone.
    auto zone = PlanRepository(m_workspace).workspaceZone();
    m_workspaceZone = zone ? zone.value() : userZone();
    m_workspaceZoneProblem = zone ? QString() : zone.error().message;
    m_sessions = sessions.take();
    std::stable_sort(m_sessions.begin(), m_sessions.end(), [this](const Session& a, const Session& b) {
        return a.startInstant(m_workspaceZone) < b.startInstant(m_workspaceZone);
    });
    m_pending.clear();
    for (const LevelProposal& p : std::as_const(proposals.value()))
        if (p.status == LevelProposal::Pending)
            m_pending << p;
    m_people.clear();
    for (const Person& p : std::as_const(people.value()))
        m_people.insert(p.id, p.name);
    m_skillNames.clear();
    for (const Skill& s : std::as_const(skills.value()))
        m_skillNames.insert(s.id, s.name);
    return true;
}

QTimeZone SessionsContext::userZone()
{
    return QTimeZone::systemTimeZone();
}

QDateTime SessionsContext::shownStart(const Session& session) const
{
    return TimeZones::wallClock(session.startInstant(m_workspaceZone), userZone());
}

QString SessionsContext::ownTime(const Session& session) const
{
    const QTimeZone own = session.zone(m_workspaceZone);
    const QDateTime instant = session.startInstant(m_workspaceZone);
    const QTimeZone yours = userZone();
    if (own.offsetFromUtc(instant) == yours.offsetFromUtc(instant))
        return {};
    const QDateTime there = TimeZones::wallClock(instant, own);
    const QDateTime here = TimeZones::wallClock(instant, yours);
    const QLocale locale;
    const QString clock = there.date() == here.date() ? locale.toString(there.time(), QStringLiteral("HH:mm"))
                                                      : locale.toString(there, QStringLiteral("ddd HH:mm"));
    return QStringLiteral("%1 %2").arg(clock, TimeZones::name(own));
}

const MatrixData* SessionsContext::levels()
{
    if (!m_levels) {
        auto data = std::make_unique<MatrixData>();
        if (!data->load(m_workspace))
            return nullptr;
        m_levels = std::move(data);
    }
    return m_levels.get();
}

void SessionsContext::forgetLevels()
{
    m_levels.reset();
}

const Session* SessionsContext::current() const
{
    if (m_currentId == 0)
        return m_draft.title.isEmpty() ? nullptr : &m_draft;
    for (const Session& s : m_sessions)
        if (s.id == m_currentId)
            return &s;
    return nullptr;
}

void SessionsContext::setCurrent(Id id)
{
    m_currentId = id;
    m_draft = Session();
}

void SessionsContext::setDraft(const Session& draft)
{
    m_currentId = 0;
    m_draft = draft;
}

} // namespace coe::ui
