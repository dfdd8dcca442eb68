// SPDX-License-Identifier: GPL-3.0-or-later
// The German and French translations are complete and are what the window shows.
#include "core/config.h"
#include "support/demowindow.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en plurals") << QStringLiteral("en");
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(COE_SOURCE_DIR "/translations/coe_%1.ts").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                // Plurals hold one <numerusform> per form; all must be filled in.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.isEmpty())
                    missing << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 20);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
    }

    void windowSpeaksTheLocalesLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("&Datei");
        QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("&Fichier");
    }

    void windowSpeaksTheLocalesLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, fileMenu);
        coe::Config::createTemporary();
        const QString language = coe::ui::installTranslations(qApp, QLocale(locale));
        QCOMPARE(language, locale.left(2));
        coe::ui::MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void everyViewFitsA1024PixelScreen_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_GB");
        QTest::newRow("de") << QStringLiteral("de_DE");
        QTest::newRow("fr") << QStringLiteral("fr_FR");
    }

    void everyViewFitsA1024PixelScreen()
    {
        // The window's minimum width is the widest view's: German and French labels made the
        // skills, people and summits views force it past 1,024 px before their rows wrapped.
        QFETCH(QString, locale);
        coe::ui::installTranslations(qApp, QLocale(locale));
        QTemporaryDir dir;
        coe::test::ScriptedPrompter prompter;
        {
            auto window = coe::test::demoWindow(dir, prompter);
            QVERIFY(window);
            // A window asked to be 1,024 x 700 stays wider when a view's minimum forces it.
            for (const QString& view : {QStringLiteral("dashboard"), QStringLiteral("matrix"), QStringLiteral("people"),
                                        QStringLiteral("skills"), QStringLiteral("engagements"),
                                        QStringLiteral("sessions"), QStringLiteral("summits")}) {
                QVERIFY(window->showView(view));
                window->resize(1024, 700);
                QCoreApplication::processEvents();
                QVERIFY2(
                    window->width() <= 1024 && window->height() <= 700,
                    qPrintable(QStringLiteral("%1: %2 x %3").arg(view).arg(window->width()).arg(window->height())));
            }
        }
        coe::ui::Prompter::install(nullptr);
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void englishHasPluralForms()
    {
        QCOMPARE(coe::ui::installTranslations(qApp, QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("coe::ui::SummitView", "<b>%n warning(s)</b>", nullptr, 1),
                 QStringLiteral("<b>1 warning</b>"));
        QCOMPARE(QCoreApplication::translate("coe::ui::SummitView", "<b>%n warning(s)</b>", nullptr, 3),
                 QStringLiteral("<b>3 warnings</b>"));
        QCOMPARE(QCoreApplication::translate("coe::ui::SummitView", "%n warning(s) are still open.", nullptr, 1),
                 QStringLiteral("1 warning is still open."));
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void unknownLocaleFallsBackToEnglish_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("ja_JP") << QLocale(QStringLiteral("ja_JP"));
        QTest::newRow("C") << QLocale::c();
    }

    void unknownLocaleFallsBackToEnglish()
    {
        QFETCH(QLocale, locale);
        QCOMPARE(coe::ui::installTranslations(qApp, locale), QStringLiteral("en"));
        // English plural forms still apply.
        QCOMPARE(QCoreApplication::translate("coe::ui::SummitView", "<b>%n warning(s)</b>", nullptr, 1),
                 QStringLiteral("<b>1 warning</b>"));
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
