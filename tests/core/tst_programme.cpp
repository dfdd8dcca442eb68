// SPDX-License-Identifier: GPL-3.0-or-later
// "Suggest programme" on a hand-built workspace whose gaps are computed by hand below.
#include "models/matrixdata.h"
#include "planning/programme.h"
#include "support/testbackend.h"

#include <QTest>

using namespace coe;

namespace {

qint64 insert(Workspace& ws, const QString& sql)
{
    return test::insertReturningId(ws, sql);
}

} // namespace

class TestProgramme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tracksAndSpeakersByGap()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        Workspace& w = *ws;
        // Areas: Cloud (with a sub-area AWS: EC2) and Security (Secrets, Threat modelling).
        const qint64 cloud = insert(w, QStringLiteral("INSERT INTO skill_category (name) VALUES ('Cloud')"));
        const qint64 aws =
            insert(w, QStringLiteral("INSERT INTO skill_category (parent_id, name) VALUES (%1, 'AWS')").arg(cloud));
        const qint64 security =
            insert(w, QStringLiteral("INSERT INTO skill_category (name, position) VALUES ('Security', 1)"));
        const qint64 ec2 =
            insert(w, QStringLiteral("INSERT INTO skill (category_id, name) VALUES (%1, 'EC2')").arg(aws));
        const qint64 secrets =
            insert(w, QStringLiteral("INSERT INTO skill (category_id, name) VALUES (%1, 'Secrets')").arg(security));
        const qint64 threat = insert(
            w, QStringLiteral("INSERT INTO skill (category_id, name, position) VALUES (%1, 'Threat modelling', 1)")
                   .arg(security));
        const qint64 role = insert(w, QStringLiteral("INSERT INTO role (name) VALUES ('Engineer')"));
        for (const auto& [skill, level] : {std::pair{ec2, 3}, std::pair{secrets, 3}, std::pair{threat, 2}}) {
            QSqlQuery q =
                w.prepare(QStringLiteral("INSERT INTO role_target (role_id, skill_id, level) VALUES (%1, %2, %3)")
                              .arg(role)
                              .arg(skill)
                              .arg(level));
            QVERIFY(w.exec(q));
        }
        const auto person = [&](const char* name, bool external) {
            return insert(w, QStringLiteral("INSERT INTO person (name, external, role_id) VALUES ('%1', %2, %3)")
                                 .arg(QLatin1String(name))
                                 .arg(external ? 1 : 0)
                                 .arg(role));
        };
        const qint64 ana = person("Ana", false);
        const qint64 bo = person("Bo", false);
        const qint64 cy = person("Cy", true);
        const qint64 di = person("Di", false);
        const QDate on(2026, 5, 1);
        // Teacher is level 4 on the default scale.
        for (const auto& [who, skill, level] :
             {std::tuple{ana, ec2, 4}, std::tuple{ana, secrets, 1}, std::tuple{bo, ec2, 0}, std::tuple{bo, secrets, 4},
              std::tuple{bo, threat, 0}, std::tuple{di, ec2, 1}, std::tuple{di, secrets, 0}, std::tuple{di, threat, 4},
              std::tuple{cy, ec2, 0}, std::tuple{cy, secrets, 4}})
            QVERIFY(test::assess(w, who, skill, Source::Lead, level, on));
        MatrixData data;
        QVERIFY(data.load(w));

        // Gaps (internal people only; unassessed counts as 0):
        //   EC2      target 3: Ana 0, Bo 3, Di 2           = 5
        //   Secrets  target 3: Ana 2, Bo 0, Di 3           = 5
        //   Threat   target 2: Ana 2 (unassessed), Bo 2    = 4   → Security 9 (Ana, Bo, Di), Cloud 5 (Bo, Di)
        Summit summit;
        summit.tracks = {{1, QStringLiteral("security"), QColor(Qt::red), 1}};
        auto s = Programme::suggest(data, summit);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).track, QStringLiteral("Security"));
        QCOMPARE(s.at(0).gap, 9);
        QCOMPARE(s.at(0).people, 3);
        QVERIFY(s.at(0).existingTrack);
        QCOMPARE(s.at(0).skills, (QStringList{QStringLiteral("Secrets"), QStringLiteral("Threat modelling")}));
        QVERIFY2(s.at(0).reason.startsWith(
                     QLatin1String("9 levels short across 3 people; largest gaps in Secrets, Threat modelling.")),
                 qPrintable(s.at(0).reason));
        QCOMPARE(s.at(1).track, QStringLiteral("Cloud"));
        QCOMPARE(s.at(1).gap, 5);
        QCOMPARE(s.at(1).people, 2);
        QVERIFY(!s.at(1).existingTrack);
        // Speakers: Teachers in the area's skills; Bo's skill has the larger gap; Cy is external.
        QCOMPARE(s.at(0).speakers.size(), 2);
        QCOMPARE(s.at(0).speakers.at(0).name, QStringLiteral("Bo"));
        QCOMPARE(s.at(0).speakers.at(0).reason,
                 QStringLiteral("Teacher in Secrets (gaps 5); not speaking at this summit yet."));
        QCOMPARE(s.at(0).speakers.at(1).name, QStringLiteral("Di"));
        QCOMPARE(s.at(1).speakers.size(), 1);
        QCOMPARE(s.at(1).speakers.at(0).name, QStringLiteral("Ana"));

        // Booked speakers are not suggested; one track only when asked.
        SummitItem talk;
        talk.id = 1;
        talk.title = QStringLiteral("Secrets at scale");
        talk.speakerIds = {bo};
        summit.items = {talk};
        s = Programme::suggest(data, summit, 1);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).speakers.size(), 1);
        QCOMPARE(s.at(0).speakers.at(0).name, QStringLiteral("Di"));
    }
};

QTEST_GUILESS_MAIN(TestProgramme)
#include "tst_programme.moc"
