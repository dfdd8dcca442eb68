// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/demo.h"

#include "core/changenotifier.h"
#include "storage/rowstore.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <utility>

namespace coe {

namespace {

/// One prepared INSERT reused for many rows.
class Inserter
{
public:
    Inserter(Workspace& ws, const QString& table, const QStringList& columns, bool returningId)
        : m_ws(ws), m_returning(returningId)
    {
        QStringList binds;
        for (int i = 0; i < columns.size(); ++i)
            binds << QStringLiteral(":v%1").arg(i);
        m_query = ws.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                                 .arg(table, columns.join(QStringLiteral(", ")), binds.join(QStringLiteral(", ")),
                                      returningId ? QStringLiteral(" RETURNING id") : QString()));
    }

    Result<qint64> add(const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, RowStore::bindable(values.at(i)));
        if (auto done = m_ws.exec(m_query); !done)
            return done.error();
        if (!m_returning)
            return qint64(0);
        m_query.next();
        if (m_idColumn < 0)
            m_idColumn = m_query.record().indexOf(QStringLiteral("id"));
        const qint64 id = m_query.value(m_idColumn).toLongLong();
        m_query.finish();
        return id;
    }

private:
    Workspace& m_ws;
    QSqlQuery m_query;
    bool m_returning;
    int m_idColumn = -1; ///< where RETURNING puts the id, found once
};

const QVariant kNullId(QMetaType::fromType<qlonglong>());

struct CategorySeed
{
    const char* name;
    QList<const char*> skills;
};

// The ten DevOps categories with real skills, first the ones a small demo uses.
const QList<CategorySeed>& categorySeeds()
{
    static const QList<CategorySeed> seeds{
        {"CI/CD", {"GitLab CI", "GitHub Actions", "Jenkins", "Argo CD", "Release strategies", "Artifact management"}},
        {"Infrastructure as code", {"Terraform", "Ansible", "Pulumi", "Packer", "Policy as code"}},
        {"Containers", {"Docker", "Container image hardening", "Podman", "Buildkit"}},
        {"Kubernetes", {"Kubernetes operations", "Helm", "Kustomize", "Cluster upgrades", "Service mesh"}},
        {"Observability", {"Prometheus", "Grafana", "OpenTelemetry", "Log pipelines", "Alert design"}},
        {"Cloud", {"AWS", "Azure", "Google Cloud", "Cloud networking", "Cost management"}},
        {"Security", {"Secrets management", "Vulnerability scanning", "Identity and access", "Supply chain security"}},
        {"SRE",
         {"Incident response", "SLOs and error budgets", "Capacity planning", "Chaos engineering", "Postmortems"}},
        {"Databases", {"PostgreSQL", "Backup and restore", "Redis", "Schema migrations"}},
        {"Scripting", {"Bash", "Python", "Go", "PowerShell"}},
    };
    return seeds;
}

const char* const kAspects[] = {
    "troubleshooting", "automation",        "hardening",    "upgrades", "performance tuning",
    "monitoring",      "disaster recovery", "cost control", "testing",  "migration",
    "governance",      "onboarding",        "tooling",      "scaling",  "compliance"};

const char* const kFirstNames[] = {"Ana",   "Bo",    "Chidi",  "Dara",   "Elif",  "Farid",  "Greta", "Hiro",   "Ines",
                                   "Jonas", "Kemal", "Lena",   "Mateo",  "Nadia", "Oskar",  "Priya", "Quinn",  "Rosa",
                                   "Sven",  "Tariq", "Uma",    "Viktor", "Wen",   "Ximena", "Yusuf", "Zofia",  "Amara",
                                   "Bruno", "Carla", "Dmitri", "Esther", "Femi",  "Gustav", "Hana",  "Ivo",    "Julia",
                                   "Kofi",  "Lucia", "Mikael", "Noor",   "Olga",  "Pablo",  "Rania", "Stefan", "Tomoko",
                                   "Ugo",   "Vera",  "Wojtek", "Yara"};
const char* const kLastNames[] = {
    "Lima",    "Berg",     "Okafor",   "Novak",  "Yilmaz",   "Haddad",  "Lindqvist", "Tanaka", "Moreau",
    "Fischer", "Demir",    "Kowalski", "Silva",  "Rahman",   "Nilsson", "Sharma",    "Walsh",  "Romero",
    "Holm",    "Aziz",     "Iyer",     "Petrov", "Zhang",    "Garcia",  "Celik",     "Nowak",  "Mensah",
    "Costa",   "Ferreira", "Ivanova",  "Cohen",  "Adeyemi",  "Larsen",  "Sato",      "Horvat", "Schmidt",
    "Boateng", "Rossi",    "Virtanen", "Khan",   "Sokolova", "Navarro", "Saleh",     "Weber"};
const char* const kTeams[] = {"Platform", "Payments",  "Data", "Identity",  "Checkout", "Search",
                              "Mobile",   "Logistics", "Risk", "Messaging", "Billing",  "Catalog"};
const char* const kZones[] = {"Europe/Berlin", "Europe/Lisbon",    "Europe/Warsaw",
                              "Europe/London", "America/New_York", "Asia/Kolkata"};
struct RoleSeed
{
    const char* name;
    QList<int> categories; ///< indexes into categorySeeds()
};
const RoleSeed kRoles[] = {
    {"Platform engineer", {1, 3, 5, 0}}, {"Site reliability engineer", {7, 4, 3}}, {"Developer", {0, 2, 9}},
    {"Data engineer", {8, 9, 5}},        {"Security engineer", {6, 1, 2}},         {"Engineering lead", {0, 7, 4}}};
const char* const kCapabilities[] = {"Roll back a release",
                                     "Rotate secrets",
                                     "Restore a database from backup",
                                     "Upgrade the Kubernetes cluster",
                                     "Add a new service to the pipeline",
                                     "Respond to a paging alert",
                                     "Provision a new environment",
                                     "Patch a vulnerable base image",
                                     "Scale the cluster for peak load",
                                     "Renew TLS certificates",
                                     "Recover from a failed deployment",
                                     "Onboard a team to observability"};

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

struct DemoSkill
{
    qint64 id;
    int category; ///< index into categorySeeds()
};

struct DemoPerson
{
    qint64 id;
    bool external;
    int team;
    int role;
    QString name;
};

/// One run of DemoGenerator::fill(), a stage per step: what the stages share is the workspace,
/// the options, the one random sequence (the stages run in a fixed order, so a seed always gives
/// the same data) and the rows that earlier stages added and later ones refer to.
struct Demo
{
    Demo(Workspace& workspace, const DemoGenerator::Options& demoOptions)
        : ws(workspace), options(demoOptions), random(demoOptions.seed)
    {}

    Result<void> addSkills();
    Result<void> addTeamsAndRoles();
    Result<void> addPeople();
    Result<void> addAssessments();
    Result<void> addRequirements();
    Result<void> addEngagements();
    Result<void> addSessions();
    Result<void> addSummit();

    bool chance(int percent) { return int(random.bounded(100)) < percent; }

    Workspace& ws;
    const DemoGenerator::Options& options;
    QRandomGenerator random;
    QList<DemoSkill> skills;
    QList<QList<int>> skillsOfCategory; ///< per category: indexes into skills
    QList<qint64> teamIds;
    QList<qint64> roleIds;
    QList<QList<int>> roleSkills; ///< per role: indexes into skills
    QList<DemoPerson> people;
    QList<DemoPerson> externals;
    QList<DemoPerson> internals;
    QHash<qint64, QHash<int, int>> currentLevel; ///< person → skill index → latest lead level
};

Result<void> Demo::addSkills()
{
    // Skill categories and skills: round-robin over the categories so every one is present.
    Inserter categoryInsert(ws, QStringLiteral("skill_category"),
                            {QStringLiteral("name"), QStringLiteral("parent_id"), QStringLiteral("position")}, true);
    Inserter skillInsert(ws, QStringLiteral("skill"),
                         {QStringLiteral("name"), QStringLiteral("category_id"), QStringLiteral("description"),
                          QStringLiteral("position")},
                         true);
    const QList<CategorySeed>& seeds = categorySeeds();
    QList<qint64> categoryIds;
    for (int c = 0; c < seeds.size(); ++c) {
        auto id = categoryInsert.add({QString::fromUtf8(seeds.at(c).name), kNullId, c});
        if (!id)
            return id.error();
        categoryIds << id.value();
    }
    skillsOfCategory = QList<QList<int>>(seeds.size());
    for (int n = 0; n < options.skills; ++n) {
        const int c = n % int(seeds.size());
        const int k = n / int(seeds.size());
        const auto& base = seeds.at(c).skills;
        QString name;
        if (k < base.size()) {
            name = QString::fromUtf8(base.at(k));
        } else {
            const int extra = k - int(base.size());
            const int aspect = extra % int(std::size(kAspects));
            const int round = extra / int(std::size(kAspects));
            name =
                QStringLiteral("%1: %2").arg(QString::fromUtf8(base.at(extra / int(std::size(kAspects)) % base.size())),
                                             QString::fromUtf8(kAspects[aspect]));
            if (round >= base.size())
                name += QStringLiteral(" %1").arg(round / base.size() + 1);
        }
        auto id = skillInsert.add({name, categoryIds.at(c), QString(), n});
        if (!id)
            return id.error();
        skillsOfCategory[c] << int(skills.size());
        skills.append({id.value(), c});
    }
    return {};
}

Result<void> Demo::addTeamsAndRoles()
{
    // Teams and roles with targets.
    Inserter teamInsert(ws, QStringLiteral("team"), {QStringLiteral("name"), QStringLiteral("description")}, true);
    for (int t = 0; t < options.teams; ++t) {
        QString name = QString::fromUtf8(kTeams[t % std::size(kTeams)]);
        if (t >= int(std::size(kTeams)))
            name += QStringLiteral(" %1").arg(t / int(std::size(kTeams)) + 1);
        auto id = teamInsert.add({name, DemoGenerator::tr("Runs the %1 services.").arg(name)});
        if (!id)
            return id.error();
        teamIds << id.value();
    }
    Inserter roleInsert(ws, QStringLiteral("role"), {QStringLiteral("name"), QStringLiteral("description")}, true);
    Inserter targetInsert(ws, QStringLiteral("role_target"),
                          {QStringLiteral("role_id"), QStringLiteral("skill_id"), QStringLiteral("level")}, false);
    for (const RoleSeed& seed : kRoles) {
        auto id = roleInsert.add({QString::fromUtf8(seed.name), QString()});
        if (!id)
            return id.error();
        roleIds << id.value();
        QList<int> chosen;
        for (int c : seed.categories) {
            const QList<int>& pool = skillsOfCategory.value(c);
            for (int i = 0; i < std::min<qsizetype>(pool.size(), 4); ++i)
                chosen << pool.at(i);
        }
        roleSkills << chosen;
        for (int s : std::as_const(chosen)) {
            if (auto done = targetInsert.add({id.value(), skills.at(s).id, 2 + int(random.bounded(2))}); !done)
                return done.error();
        }
    }
    return {};
}

Result<void> Demo::addPeople()
{
    // People: about one in nine is an external consultant.
    Inserter personInsert(ws, QStringLiteral("person"),
                          {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("external"),
                           QStringLiteral("team_id"), QStringLiteral("role_id"), QStringLiteral("time_zone")},
                          true);
    for (int p = 0; p < options.people; ++p) {
        const int firstCount = int(std::size(kFirstNames));
        const QString first = QString::fromUtf8(kFirstNames[p % firstCount]);
        const QString last = QString::fromUtf8(kLastNames[(p * 7 + p / firstCount) % std::size(kLastNames)]);
        const bool external = p % 9 == 4;
        const int team = p % options.teams;
        const int role = external ? 0 : int(random.bounded(int(std::size(kRoles))));
        QString email = QStringLiteral("%1.%2@%3")
                            .arg(first.toLower(), last.toLower(),
                                 external ? QStringLiteral("consult.example.net") : QStringLiteral("example.com"));
        if (p >= int(std::size(kFirstNames)))
            email.insert(email.indexOf(QLatin1Char('@')), QString::number(p));
        const QString fullName = first + QLatin1Char(' ') + last;
        auto id = personInsert.add({fullName, email, external ? 1 : 0, teamIds.at(team),
                                    external ? kNullId : QVariant(roleIds.at(role)),
                                    QString::fromUtf8(kZones[p % std::size(kZones)])});
        if (!id)
            return id.error();
        people.append({id.value(), external, team, role, fullName});
    }
    return {};
}

Result<void> Demo::addAssessments()
{
    // Assessments: each person's role skills plus a random spread, with history.
    Inserter assess(ws, QStringLiteral("assessment"),
                    {QStringLiteral("person_id"), QStringLiteral("skill_id"), QStringLiteral("source"),
                     QStringLiteral("level"), QStringLiteral("interest"), QStringLiteral("assessed_on"),
                     QStringLiteral("note")},
                    false);
    const int extraSkills = std::clamp(options.skills / 8, 3, 40);
    QList<int> monthsAgo;
    for (int step = 3; step >= 0; --step) {
        const int m = options.historyMonths * step / 3;
        if (!monthsAgo.contains(m))
            monthsAgo << m;
    }
    for (const DemoPerson& person : std::as_const(people)) {
        QList<int> chosen = person.external ? QList<int>() : roleSkills.at(person.role);
        for (int i = 0; i < extraSkills; ++i)
            chosen << int(random.bounded(int(skills.size())));
        std::sort(chosen.begin(), chosen.end());
        chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
        for (int s : std::as_const(chosen)) {
            // Staff start low and grow; consultants are the experts.
            static const int kStart[] = {0, 0, 1, 1, 1, 2, 2, 2, 3};
            int level = person.external ? 3 + int(random.bounded(2)) : kStart[random.bounded(int(std::size(kStart)))];
            const int interest = int(random.bounded(4));
            const bool withSelf = chance(70);
            const bool withConsultant = chance(person.external ? 60 : 25);
            for (int h = 0; h < monthsAgo.size(); ++h) {
                const QDate date = options.today.addMonths(-monthsAgo.at(h)).addDays(-int(random.bounded(20)));
                // Up one level now and then: often below Independent, rarely to Teacher.
                if ((h > 0 && level < 3 && chance(35)) || (h > 0 && level == 3 && chance(8)))
                    ++level;
                const QString on = iso(date);
                if (auto done = assess.add(
                        {person.id, skills.at(s).id, QStringLiteral("lead"), level, interest, on, QString()});
                    !done)
                    return done.error();
                if (withSelf) {
                    const int self = std::clamp(level + int(random.bounded(3)) - 1 + (chance(30) ? 1 : 0), 0, 4);
                    if (auto done = assess.add(
                            {person.id, skills.at(s).id, QStringLiteral("self"), self, interest, on, QString()});
                        !done)
                        return done.error();
                }
                if (withConsultant && h % 2 == 1) {
                    const QString note = chance(12) ? DemoGenerator::tr("Observed during pairing.") : QString();
                    if (auto done = assess.add({person.id, skills.at(s).id, QStringLiteral("consultant"), level,
                                                QVariant(QMetaType::fromType<int>()), on, note});
                        !done)
                        return done.error();
                }
            }
            currentLevel[person.id].insert(s, level);
        }
    }
    return {};
}

Result<void> Demo::addRequirements()
{
    // Team requirements: the role skills of each team's members, two to four per category.
    Inserter requirement(ws, QStringLiteral("team_requirement"),
                         {QStringLiteral("team_id"), QStringLiteral("skill_id"), QStringLiteral("min_independent"),
                          QStringLiteral("teacher_required")},
                         false);
    for (int t = 0; t < options.teams; ++t) {
        QList<int> required;
        for (int c : kRoles[t % std::size(kRoles)].categories)
            for (int i = 0; i < std::min<qsizetype>(skillsOfCategory.at(c).size(), 3); ++i)
                required << skillsOfCategory.at(c).at(i);
        std::sort(required.begin(), required.end());
        required.erase(std::unique(required.begin(), required.end()), required.end());
        for (int s : std::as_const(required)) {
            if (auto done =
                    requirement.add({teamIds.at(t), skills.at(s).id, 1 + int(random.bounded(3)), chance(30) ? 1 : 0});
                !done)
                return done.error();
        }
    }
    return {};
}

Result<void> Demo::addEngagements()
{
    // Engagements with capabilities in every phase.
    for (const DemoPerson& p : std::as_const(people))
        (p.external ? externals : internals) << p;
    Inserter engagementInsert(
        ws, QStringLiteral("engagement"),
        {QStringLiteral("name"), QStringLiteral("team_id"), QStringLiteral("starts_on"), QStringLiteral("roll_off_on")},
        true);
    Inserter consultantInsert(ws, QStringLiteral("engagement_consultant"),
                              {QStringLiteral("engagement_id"), QStringLiteral("person_id")}, false);
    Inserter capabilityInsert(ws, QStringLiteral("capability"),
                              {QStringLiteral("engagement_id"), QStringLiteral("name"), QStringLiteral("description"),
                               QStringLiteral("owner_id"), QStringLiteral("expert_id")},
                              true);
    Inserter capabilitySkill(ws, QStringLiteral("capability_skill"),
                             {QStringLiteral("capability_id"), QStringLiteral("skill_id")}, false);
    Inserter phaseInsert(ws, QStringLiteral("capability_phase"),
                         {QStringLiteral("capability_id"), QStringLiteral("phase"), QStringLiteral("changed_on"),
                          QStringLiteral("confirmed_by"), QStringLiteral("note")},
                         false);
    const int engagements = std::min(options.teams, 4);
    for (int e = 0; e < engagements && !externals.isEmpty() && !internals.isEmpty(); ++e) {
        const QDate start = options.today.addMonths(-std::max(options.historyMonths, 3));
        const QDate rollOff = options.today.addDays(20 + 45 * e);
        auto id = engagementInsert.add(
            {DemoGenerator::tr("%1 platform hand-over").arg(QString::fromUtf8(kTeams[e % std::size(kTeams)])),
             teamIds.at(e), iso(start), iso(rollOff)});
        if (!id)
            return id.error();
        const DemoPerson& expert = externals.at(e % externals.size());
        const DemoPerson& second = externals.at((e + 1) % externals.size());
        if (auto done = consultantInsert.add({id.value(), expert.id}); !done)
            return done.error();
        if (second.id != expert.id) {
            if (auto done = consultantInsert.add({id.value(), second.id}); !done)
                return done.error();
        }
        for (int c = 0; c < 5; ++c) {
            const DemoPerson& owner = internals.at((e * 5 + c) % internals.size());
            auto capability = capabilityInsert.add(
                {id.value(), QString::fromUtf8(kCapabilities[(e * 3 + c) % std::size(kCapabilities)]), QString(),
                 owner.id, expert.id});
            if (!capability)
                return capability.error();
            if (auto done = capabilitySkill.add({capability.value(), skills.at((e * 5 + c) % skills.size()).id}); !done)
                return done.error();
            const int finalPhase = (c + e) % 4; // every phase appears
            const qint64 days = start.daysTo(options.today);
            for (int phase = 0; phase <= finalPhase; ++phase) {
                const QDate on = start.addDays(days * phase / 4 + c);
                if (auto done =
                        phaseInsert.add({capability.value(), phase, iso(on), phase == 0 ? kNullId : QVariant(owner.id),
                                         phase == 0 ? DemoGenerator::tr("Expert runs it; staff shadow.") : QString()});
                    !done)
                    return done.error();
            }
        }
    }
    return {};
}

Result<void> Demo::addSessions()
{
    // Bite-sized sessions with material, attendees and apply tasks.
    Inserter sessionInsert(ws, QStringLiteral("kt_session"),
                           {QStringLiteral("title"), QStringLiteral("instructor_id"), QStringLiteral("starts_at"),
                            QStringLiteral("duration_min"), QStringLiteral("location"), QStringLiteral("link"),
                            QStringLiteral("learn_md"), QStringLiteral("see_md"), QStringLiteral("apply_md")},
                           true);
    Inserter sessionSkill(ws, QStringLiteral("kt_session_skill"),
                          {QStringLiteral("session_id"), QStringLiteral("skill_id")}, false);
    Inserter attendee(ws, QStringLiteral("kt_attendee"),
                      {QStringLiteral("session_id"), QStringLiteral("person_id"), QStringLiteral("attended")}, false);
    Inserter task(ws, QStringLiteral("apply_task"),
                  {QStringLiteral("session_id"), QStringLiteral("person_id"), QStringLiteral("description"),
                   QStringLiteral("due_on"), QStringLiteral("done_on"), QStringLiteral("outcome")},
                  true);
    Inserter proposal(ws, QStringLiteral("level_proposal"),
                      {QStringLiteral("apply_task_id"), QStringLiteral("skill_id"), QStringLiteral("from_level"),
                       QStringLiteral("to_level")},
                      false);
    const QString learn = QStringLiteral(
        "## Why state matters\n\nTerraform keeps what it built in *state*. Lose it and Terraform forgets.\n\n"
        "```hcl\nterraform {\n  backend \"s3\" {\n    bucket = \"coe-tf-state\"\n    key    = "
        "\"platform/terraform.tfstate\"\n"
        "    region = \"eu-central-1\"\n  }\n}\n```\n");
    const QString see =
        QStringLiteral("## Watch a plan\n\n```bash\nterraform init\nterraform plan -out plan.bin\n```\n\n"
                       "```yaml\nstages:\n  - plan\nplan:\n  stage: plan\n  script:\n    - terraform plan\n```\n");
    const QString apply = QStringLiteral("## Your turn\n\nMove one module of your team's stack to the remote backend, "
                                         "then open a merge request.\n");
    const int sessions = internals.isEmpty() ? 0 : std::min(8, std::max(1, int(internals.size()) / 3));
    for (int n = 0; n < sessions; ++n) {
        const int s = (n * 3) % int(skills.size());
        // The instructor: an internal person whose latest lead level in the skill is highest.
        const DemoPerson* instructor = &internals.at(n % internals.size());
        for (const DemoPerson& p : std::as_const(internals)) {
            if (currentLevel.value(p.id).value(s, -1) > currentLevel.value(instructor->id).value(s, -1))
                instructor = &p;
        }
        const QDateTime start(options.today.addDays(-14 + 4 * n), QTime(10 + n % 4, n % 2 ? 30 : 0));
        const bool past = start.date() < options.today;
        auto id = sessionInsert.add(
            {DemoGenerator::tr("Bite-size: %1")
                 .arg(QString::fromUtf8(categorySeeds()
                                            .at(skills.at(s).category)
                                            .skills.value(s / int(categorySeeds().size()),
                                                          categorySeeds().at(skills.at(s).category).name))),
             instructor->id, start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")), 30 + 15 * (n % 3),
             n % 2 ? DemoGenerator::tr("Room Ada") : QString(),
             n % 2 ? QString() : QStringLiteral("https://meet.example.com/coe-%1").arg(n), learn, see, apply});
        if (!id)
            return id.error();
        if (auto done = sessionSkill.add({id.value(), skills.at(s).id}); !done)
            return done.error();
        QSet<qint64> attending;
        for (int a = 1; a <= 4; ++a) {
            const DemoPerson& who = internals.at((n * 5 + a * 7) % internals.size());
            if (who.id == instructor->id || attending.contains(who.id))
                continue;
            attending.insert(who.id);
            if (auto added = attendee.add(
                    {id.value(), who.id, past ? QVariant(a == 4 ? 0 : 1) : QVariant(QMetaType::fromType<int>())});
                !added)
                return added.error();
            const bool done = past && a <= 2;
            auto taskId = task.add(
                {id.value(), who.id, DemoGenerator::tr("Apply it to one real change in your team's repository."),
                 iso(start.date().addDays(14)),
                 done ? QVariant(iso(start.date().addDays(7))) : QVariant(QMetaType::fromType<QString>()),
                 done ? DemoGenerator::tr("Done on the payments stack; reviewed by the expert.") : QString()});
            if (!taskId)
                return taskId.error();
            if (done) {
                const int from = currentLevel.value(who.id).value(s, 1);
                if (from < 4 && !proposal.add({taskId.value(), skills.at(s).id, from, from + 1}))
                    return Error{Error::Failed, DemoGenerator::tr("Could not add a level proposal.")};
            }
        }
    }
    return {};
}

Result<void> Demo::addSummit()
{
    // A two-day summit: three rooms, three tracks, talks, workshops, breaks and a plenary.
    const QDate day1 = options.today.addDays(30);
    const QDate day2 = day1.addDays(1);
    Inserter summitInsert(ws, QStringLiteral("summit"),
                          {QStringLiteral("name"), QStringLiteral("venue"), QStringLiteral("time_zone"),
                           QStringLiteral("starts_on"), QStringLiteral("ends_on"), QStringLiteral("day_starts"),
                           QStringLiteral("day_ends")},
                          true);
    auto summit = summitInsert.add({DemoGenerator::tr("CoE Summit %1").arg(day1.year()),
                                    DemoGenerator::tr("Harbour Conference Centre"), QStringLiteral("Europe/Berlin"),
                                    iso(day1), iso(day2), QStringLiteral("09:00"), QStringLiteral("17:30")});
    if (!summit)
        return summit.error();
    Inserter roomInsert(ws, QStringLiteral("room"),
                        {QStringLiteral("summit_id"), QStringLiteral("name"), QStringLiteral("capacity"),
                         QStringLiteral("equipment"), QStringLiteral("position")},
                        true);
    Inserter trackInsert(ws, QStringLiteral("track"),
                         {QStringLiteral("summit_id"), QStringLiteral("name"), QStringLiteral("color")}, true);
    Inserter itemInsert(ws, QStringLiteral("summit_item"),
                        {QStringLiteral("summit_id"), QStringLiteral("kind"), QStringLiteral("title"),
                         QStringLiteral("abstract"), QStringLiteral("track_id"), QStringLiteral("expected_audience"),
                         QStringLiteral("equipment"), QStringLiteral("duration_min")},
                        true);
    Inserter speakerInsert(ws, QStringLiteral("item_speaker"), {QStringLiteral("item_id"), QStringLiteral("person_id")},
                           false);
    Inserter slotInsert(
        ws, QStringLiteral("slot"),
        {QStringLiteral("item_id"), QStringLiteral("room_id"), QStringLiteral("starts_at"), QStringLiteral("ends_at")},
        false);
    Inserter availability(ws, QStringLiteral("speaker_availability"),
                          {QStringLiteral("summit_id"), QStringLiteral("person_id"), QStringLiteral("day"),
                           QStringLiteral("available_from"), QStringLiteral("available_to")},
                          false);
    QList<qint64> rooms;
    const QList<std::tuple<QString, int, QString>> roomSeeds{
        {DemoGenerator::tr("Main hall"), 220, QStringLiteral("projector,microphone,stream")},
        {DemoGenerator::tr("Room Ada"), 60, QStringLiteral("projector,whiteboard")},
        {DemoGenerator::tr("Lab"), 24, QStringLiteral("projector,workstations")}};
    for (int r = 0; r < roomSeeds.size(); ++r) {
        auto room = roomInsert.add({summit.value(), std::get<0>(roomSeeds.at(r)), std::get<1>(roomSeeds.at(r)),
                                    std::get<2>(roomSeeds.at(r)), r});
        if (!room)
            return room.error();
        rooms << room.value();
    }
    QList<qint64> tracks;
    const QList<std::pair<QString, QString>> trackSeeds{{DemoGenerator::tr("Platform"), QStringLiteral("#2c7fb8")},
                                                        {DemoGenerator::tr("Reliability"), QStringLiteral("#41b6c4")},
                                                        {DemoGenerator::tr("Security"), QStringLiteral("#7fcdbb")}};
    for (const auto& [name, color] : trackSeeds) {
        auto track = trackInsert.add({summit.value(), name, color});
        if (!track)
            return track.error();
        tracks << track.value();
    }
    struct ItemSeed
    {
        const char* kind;
        const char* title;
        int track; ///< -1: none
        int audience;
        int minutes;
        int room; ///< -1: unscheduled
        int day;
        const char* start;
    };
    const ItemSeed itemSeeds[] = {
        {"plenary", QT_TRANSLATE_NOOP("DemoGenerator", "Welcome: a year of running it ourselves"), -1, 180, 30, 0, 0,
         "09:00"},
        {"talk", QT_TRANSLATE_NOOP("DemoGenerator", "Terraform state without tears"), 0, 120, 45, 0, 0, "09:45"},
        {"talk", QT_TRANSLATE_NOOP("DemoGenerator", "SLOs the business understands"), 1, 50, 45, 1, 0, "09:45"},
        {"workshop", QT_TRANSLATE_NOOP("DemoGenerator", "Hands-on: Helm charts from scratch"), 0, 22, 90, 2, 0,
         "09:45"},
        {"break", QT_TRANSLATE_NOOP("DemoGenerator", "Coffee"), -1, 0, 15, 0, 0, "10:30"},
        {"talk", QT_TRANSLATE_NOOP("DemoGenerator", "Postmortems that change things"), 1, 110, 45, 0, 0, "10:45"},
        {"lightning", QT_TRANSLATE_NOOP("DemoGenerator", "Five secrets we leaked (and how)"), 2, 45, 10, 1, 0, "10:45"},
        {"break", QT_TRANSLATE_NOOP("DemoGenerator", "Lunch"), -1, 0, 60, 0, 0, "12:00"},
        {"talk", QT_TRANSLATE_NOOP("DemoGenerator", "Supply chain security in our pipelines"), 2, 90, 45, 0, 0,
         "13:00"},
        {"workshop", QT_TRANSLATE_NOOP("DemoGenerator", "Restore drill: the database is gone"), 1, 20, 90, 2, 0,
         "13:00"},
        {"talk", QT_TRANSLATE_NOOP("DemoGenerator", "Cluster upgrades without drama"), 0, 100, 45, 0, 1, "09:30"},
        // Expects more people than Room Ada seats: the demo shows a warning to resolve.
        {"talk", QT_TRANSLATE_NOOP("DemoGenerator", "OpenTelemetry in practice"), 1, 75, 45, 1, 1, "09:30"},
        {"break", QT_TRANSLATE_NOOP("DemoGenerator", "Coffee"), -1, 0, 15, 0, 1, "10:15"},
        {"plenary", QT_TRANSLATE_NOOP("DemoGenerator", "Closing: who runs what next quarter"), -1, 180, 30, 0, 1,
         "16:00"},
        {"talk", QT_TRANSLATE_NOOP("DemoGenerator", "Cost management for engineers"), 0, 40, 30, -1, 0, nullptr},
    };
    int seedIndex = 0;
    for (const ItemSeed& seed : itemSeeds) {
        const QString kind = QString::fromLatin1(seed.kind);
        auto item = itemInsert.add({summit.value(), kind, DemoGenerator::tr(seed.title), QString(),
                                    seed.track < 0 ? kNullId : QVariant(tracks.at(seed.track)), seed.audience,
                                    kind == QLatin1String("workshop") ? QStringLiteral("workstations") : QString(),
                                    seed.minutes});
        if (!item)
            return item.error();
        if (kind != QLatin1String("break") && !internals.isEmpty()) {
            const DemoPerson& speaker = internals.at((seedIndex * 11 + 2) % internals.size());
            if (auto done = speakerInsert.add({item.value(), speaker.id}); !done)
                return done.error();
        }
        if (seed.room >= 0) {
            const QDate day = seed.day == 0 ? day1 : day2;
            const QTime from = QTime::fromString(QString::fromLatin1(seed.start), QStringLiteral("HH:mm"));
            const QDateTime begin(day, from);
            if (auto done = slotInsert.add(
                    {item.value(), rooms.at(seed.room), begin.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                     begin.addSecs(qint64(seed.minutes) * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm"))});
                !done)
                return done.error();
        }
        ++seedIndex;
    }
    if (!internals.isEmpty()) {
        if (auto done = availability.add(
                {summit.value(), internals.first().id, iso(day1), QStringLiteral("09:00"), QStringLiteral("12:00")});
            !done)
            return done.error();
    }
    return {};
}

} // namespace

Result<void> DemoGenerator::fill(Workspace& ws, const Options& o, const std::function<void(const QString&)>& progress)
{
    if (o.people < 1 || o.skills < 1 || o.teams < 1 || o.historyMonths < 0)
        return Error{Error::Invalid, tr("People, skills and teams must be at least 1 and history at least 0 months.")};
    Demo demo(ws, o);
    Transaction transaction(ws);
    if (!transaction.started())
        return transaction.error();
    const std::pair<QString, Result<void> (Demo::*)()> stages[] = {
        {tr("skills"), &Demo::addSkills},
        {tr("teams and roles"), &Demo::addTeamsAndRoles},
        {tr("people"), &Demo::addPeople},
        {tr("assessments"), &Demo::addAssessments},
        {tr("team requirements"), &Demo::addRequirements},
        {tr("engagements"), &Demo::addEngagements},
        {tr("sessions"), &Demo::addSessions},
        {tr("summit"), &Demo::addSummit},
    };
    for (const auto& [stage, add] : stages) {
        if (progress)
            progress(stage);
        if (auto done = (demo.*add)(); !done)
            return done;
    }

    if (progress)
        progress(tr("saving"));
    if (auto done = transaction.commit(); !done)
        return done;
    ws.notifier()->notify(Entity::Everything, Change::Inserted, {});
    return {};
}

} // namespace coe
