// SPDX-License-Identifier: GPL-3.0-or-later
// The chosen language reaches the whole window: Spanish text, German dates, translated level
// names and sources, complete translations whose placeholders match their sources, menus whose
// accelerators do not clash.
#include "domain/scale.h"
#include "models/scalemodel.h"
#include "models/skillmatrixmodel.h"
#include "support/demowindow.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"
#include "ui/workspacecontroller.h"
#include "views/matrixview.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

/// Takes out every translator the test installed and goes back to the C locale.
void removeTranslations()
{
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

/// The placeholders of @p text (%1…%99, %L1…), sorted; %n is left out, since a singular form
/// may spell the number out.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?[0-9]{1,2}"));
    QStringList found;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

/// The letter after a single "&" in @p text, lower-cased; null when it has none.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class TestLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        coe::ui::Prompter::install(nullptr);
        removeTranslations();
    }

    void translationsAreCompleteAndKeepTheirPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("es") << QStringLiteral("es") << 2;
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("fr") << QStringLiteral("fr") << 2;
    }

    void translationsAreCompleteAndKeepTheirPlaceholders()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFile file(QStringLiteral(COE_SOURCE_DIR "/translations/coe_%1.ts").arg(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList problems;
        QString source;
        bool numerus = false;
        QStringList forms;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                forms.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                ++messages;
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                    problems << QStringLiteral("unfinished: ") + source;
                if (!numerus)
                    forms << xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (forms.size() != (numerus ? pluralForms : 1))
                    problems << QStringLiteral("%1 forms: %2").arg(forms.size()).arg(source);
                for (const QString& form : std::as_const(forms)) {
                    if (form.isEmpty())
                        problems << QStringLiteral("empty: ") + source;
                    else if (placeholders(form) != placeholders(source))
                        problems << QStringLiteral("placeholders: %1 → %2").arg(source, form);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 1000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    void spanishWindowSpeaksSpanish()
    {
        QCOMPARE(coe::ui::installTranslations(qApp, QLocale(QStringLiteral("es_ES"))), QStringLiteral("es"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QTemporaryDir dir;
        coe::test::ScriptedPrompter prompter;
        auto window = coe::test::demoWindow(dir, prompter);
        QVERIFY(window);
        // A menu title...
        QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Archivo"));
        // ...the views' titles on the navigation rail...
        auto* rail = window->findChild<QListWidget*>(QStringLiteral("navigationRail"));
        QVERIFY(rail);
        QStringList titles;
        for (int row = 0; row < rail->count(); ++row)
            titles << rail->item(row)->text();
        QVERIFY2(titles.contains(QStringLiteral("Matriz de habilidades")), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY2(titles.contains(QStringLiteral("Personas y equipos")), qPrintable(titles.join(QLatin1Char('|'))));
        // ...and a view's own text, with a Spanish date in it.
        QVERIFY(window->showView(QStringLiteral("dashboard")));
        auto* heading = window->findChild<QLabel*>(QStringLiteral("dashboardHeading"));
        QVERIFY(heading);
        QVERIFY2(heading->text().contains(QStringLiteral("Preparación de los equipos")), qPrintable(heading->text()));
        const QString month = QLocale(QLocale::Spanish).monthName(QDate::currentDate().month());
        QVERIFY2(heading->text().contains(month), qPrintable(heading->text()));
    }

    void spanishViewsFitA1024PixelScreen()
    {
        // As tst_translations checks for German and French: no Spanish label forces a view wider.
        coe::ui::installTranslations(qApp, QLocale(QStringLiteral("es_ES")));
        QTemporaryDir dir;
        coe::test::ScriptedPrompter prompter;
        auto window = coe::test::demoWindow(dir, prompter);
        QVERIFY(window);
        for (const QString& view :
             {QStringLiteral("dashboard"), QStringLiteral("matrix"), QStringLiteral("people"), QStringLiteral("skills"),
              QStringLiteral("engagements"), QStringLiteral("sessions"), QStringLiteral("summits")}) {
            QVERIFY(window->showView(view));
            window->resize(1024, 700);
            QCoreApplication::processEvents();
            QVERIFY2(window->width() <= 1024 && window->height() <= 700,
                     qPrintable(QStringLiteral("%1: %2 x %3").arg(view).arg(window->width()).arg(window->height())));
        }
    }

    void menusHaveNoClashingAccelerators_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_GB");
        QTest::newRow("es") << QStringLiteral("es_ES");
        QTest::newRow("de") << QStringLiteral("de_DE");
        QTest::newRow("fr") << QStringLiteral("fr_FR");
    }

    void menusHaveNoClashingAccelerators()
    {
        QFETCH(QString, locale);
        coe::ui::installTranslations(qApp, QLocale(locale));
        QTemporaryDir dir;
        coe::test::ScriptedPrompter prompter;
        auto window = coe::test::demoWindow(dir, prompter);
        QVERIFY(window);
        QStringList clashes;
        QHash<QChar, QString> bar;
        const QList<QAction*> menus = window->menuBar()->actions();
        for (QAction* menuAction : menus) {
            const QChar key = mnemonic(menuAction->text());
            if (!key.isNull() && bar.contains(key))
                clashes << bar.value(key) + QStringLiteral(" / ") + menuAction->text();
            bar.insert(key, menuAction->text());
            if (!menuAction->menu())
                continue;
            QHash<QChar, QString> seen;
            const QList<QAction*> actions = menuAction->menu()->actions();
            for (QAction* action : actions) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QChar letter = mnemonic(action->text());
                if (letter.isNull())
                    continue;
                if (seen.contains(letter))
                    clashes
                        << QStringLiteral("%1: %2 / %3").arg(menuAction->text(), seen.value(letter), action->text());
                seen.insert(letter, action->text());
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
    }

    void germanWindowShowsGermanDates()
    {
        coe::ui::installTranslations(qApp, QLocale(QStringLiteral("de_DE")));
        QTemporaryDir dir;
        coe::test::ScriptedPrompter prompter;
        auto window = coe::test::demoWindow(dir, prompter);
        QVERIFY(window);
        QVERIFY(window->showView(QStringLiteral("dashboard")));
        auto* heading = window->findChild<QLabel*>(QStringLiteral("dashboardHeading"));
        QVERIFY(heading);
        // "Stand Tuesday, 1 December 2026" was the bug: the weekday is German now.
        const QDate today = QDate::currentDate();
        const QString german = QLocale(QLocale::German).dayName(today.dayOfWeek());
        const QString english = QLocale(QLocale::English).dayName(today.dayOfWeek());
        QVERIFY2(heading->text().contains(german), qPrintable(heading->text()));
        QVERIFY2(!heading->text().contains(english), qPrintable(heading->text()));
    }

    void germanHistorySaysGermanSourcesLevelsAndDates()
    {
        // "consultant · Teacher" came from a workspace made in English, as coectl makes them.
        QTemporaryDir dir;
        coe::test::ScriptedPrompter prompter;
        auto window = coe::test::demoWindow(dir, prompter);
        QVERIFY(window);
        QVERIFY(window->showView(QStringLiteral("matrix")));
        coe::ui::installTranslations(qApp, QLocale(QStringLiteral("de_DE")));
        coe::SkillMatrixModel* model = window->matrixView()->model();
        // A cell with a few entries of history (the demo assesses with every source).
        QStringList lines;
        for (int row = 0; row < model->rowCount() && lines.size() < 3; ++row) {
            for (int column = 0; column < model->columnCount() && lines.size() < 3; ++column) {
                const QStringList history = model->history(model->index(row, column));
                if (history.size() > lines.size())
                    lines = history;
            }
        }
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('\n'))));
        const QLocale germanLocale(QLocale::German);
        const QStringList english{QStringLiteral("lead"),        QStringLiteral("consultant"),
                                  QStringLiteral("self"),        QStringLiteral("Unaware"),
                                  QStringLiteral("Shadowing"),   QStringLiteral("Coached"),
                                  QStringLiteral("Independent"), QStringLiteral("Teacher")};
        for (const QString& line : std::as_const(lines)) {
            const QStringList parts = line.split(QStringLiteral(" · "));
            QVERIFY2(parts.size() >= 3, qPrintable(line));
            QVERIFY2(germanLocale.toDate(parts.at(0), QLocale::ShortFormat).isValid(), qPrintable(line));
            for (const QString& word : english)
                QVERIFY2(parts.at(1) != word && !parts.at(2).startsWith(word), qPrintable(line));
        }
    }

    void scaleEditorShowsTranslatedWordsAndKeepsTheStoredOnes()
    {
        // A workspace made in English (as coectl makes them), opened in Spanish.
        QTemporaryDir dir;
        coe::test::ScriptedPrompter prompter;
        auto window = coe::test::demoWindow(dir, prompter);
        QVERIFY(window);
        coe::ui::installTranslations(qApp, QLocale(QStringLiteral("es_ES")));
        coe::ScaleModel model(*window->controller()->workspace());
        const QModelIndex teacher = model.index(4, coe::ScaleModel::LabelColumn);
        QCOMPARE(model.levels().at(4).label, QStringLiteral("Teacher"));
        QCOMPARE(teacher.data().toString(), QStringLiteral("Docente"));
        // An editor closed on the shown word changes nothing; a new word is the user's.
        QVERIFY(model.setData(teacher, QStringLiteral("Docente"), Qt::EditRole));
        QVERIFY(!model.isModified());
        QCOMPARE(model.levels().at(4).label, QStringLiteral("Teacher"));
        QVERIFY(model.setData(teacher, QStringLiteral("Mentor"), Qt::EditRole));
        QVERIFY(model.isModified());
        QCOMPARE(teacher.data().toString(), QStringLiteral("Mentor"));
    }

    void defaultScaleWordsAreTranslatedAndOwnWordsKept()
    {
        coe::ui::installTranslations(qApp, QLocale(QStringLiteral("es_ES")));
        QCOMPARE(coe::Scale::shown(QStringLiteral("Teacher")), QStringLiteral("Docente"));
        QCOMPARE(coe::Scale::shown(QStringLiteral("Shadowing")), QStringLiteral("Observación"));
        QCOMPARE(coe::Scale::shown(QStringLiteral("Can teach and mentor others.")),
                 QStringLiteral("Puede enseñar y tutelar a otros."));
        // A workspace's own words stay as they are.
        QCOMPARE(coe::Scale::shown(QStringLiteral("Guru")), QStringLiteral("Guru"));
        QCOMPARE(coe::Scale::shown(QStringLiteral("teacher")), QStringLiteral("teacher"));
    }
};

QTEST_MAIN(TestLocale)
#include "tst_locale.moc"
