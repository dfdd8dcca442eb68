// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config.h"

#include <QSignalSpy>
#include <QTest>

using coe::Config;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Config::createTemporary(); }

    void defaultsComeFromTheTable()
    {
        QCOMPARE(Config::instance()->get(Config::RecentWorkspaces).toStringList(), QStringList());
        QCOMPARE(Config::instance()->get(Config::LastWorkspace).toString(), QString());
        QCOMPARE(Config::instance()->get(Config::Language).toString(), QString());
        QCOMPARE(Config::instance()->get(Config::Theme).toString(), QStringLiteral("system"));
        QCOMPARE(Config::instance()->get(Config::PaperSize).toString(), QString());
    }

    void preferencesRoundTrip()
    {
        Config::instance()->set(Config::Language, QStringLiteral("es"));
        Config::instance()->set(Config::Theme, QStringLiteral("dark"));
        Config::instance()->set(Config::PaperSize, QStringLiteral("letter"));
        QCOMPARE(Config::instance()->get(Config::Language).toString(), QStringLiteral("es"));
        QCOMPARE(Config::instance()->get(Config::Theme).toString(), QStringLiteral("dark"));
        QCOMPARE(Config::instance()->get(Config::PaperSize).toString(), QStringLiteral("letter"));
        // Back to the default: the stored value goes, the default reads again.
        Config::instance()->reset(Config::Theme);
        QCOMPARE(Config::instance()->get(Config::Theme).toString(), QStringLiteral("system"));
    }

    void setEmitsChangedOnceAndOnlyOnChange()
    {
        QSignalSpy spy(Config::instance(), &Config::changed);
        Config::instance()->set(Config::LastWorkspace, QStringLiteral("/tmp/a.coe"));
        Config::instance()->set(Config::LastWorkspace, QStringLiteral("/tmp/a.coe"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Config::Key>(), Config::LastWorkspace);
        QCOMPARE(Config::instance()->get(Config::LastWorkspace).toString(), QStringLiteral("/tmp/a.coe"));
        Config::instance()->reset(Config::LastWorkspace);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(Config::instance()->get(Config::LastWorkspace).toString(), QString());
    }

    void temporaryInstancesStartEmpty()
    {
        Config::instance()->set(Config::CurrentView, QStringLiteral("skills"));
        Config::createTemporary();
        QCOMPARE(Config::instance()->get(Config::CurrentView).toString(), QString());
    }

    void everyKeyHasAName()
    {
        QSet<QString> names;
        for (int key = 0; key < Config::KeyCount; ++key)
            names.insert(Config::keyName(static_cast<Config::Key>(key)));
        QCOMPARE(names.size(), int(Config::KeyCount));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
