// SPDX-License-Identifier: GPL-3.0-or-later
// Result<T>: reading the value of an error is a programming error, which debug builds stop at
// once (Q_ASSERT_X, naming the error that was ignored) instead of reading an empty optional.
//
// An assert aborts the process, so each case runs in a child: this test binary again, with
// --misuse CASE, which reads the value of an error and should never get to return.
#include "core/result.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

using namespace coe;

namespace {

const QString kIgnored = QStringLiteral("no such person (id 42): reload the list and choose again");

Result<int> failed()
{
    return makeError(Error::NotFound, kIgnored);
}

/// Reads the value of an error the way \a how says; returns only when nothing stopped it.
int misuse(const char* how)
{
#ifdef QT_NO_DEBUG
    // Nothing would stop the read here, and reading an empty optional is undefined: do not.
    Q_UNUSED(how)
    return 3;
#else
    Result<int> result = failed();
    const Result<int>& constant = result;
    Result<std::unique_ptr<QString>> pointer = Error{Error::NotFound, kIgnored};
    const auto& constPointer = pointer;
    int read = 0;
    if (std::strcmp(how, "value") == 0)
        read = result.value();
    else if (std::strcmp(how, "constValue") == 0)
        read = constant.value();
    else if (std::strcmp(how, "arrow") == 0)
        read = pointer->get() != nullptr;
    else if (std::strcmp(how, "constArrow") == 0)
        read = constPointer->get() != nullptr;
    else if (std::strcmp(how, "take") == 0)
        read = result.take();
    else
        return 3;
    std::printf("read %d without stopping\n", read);
    return 0;
#endif
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueOfASuccessReads()
    {
        Result<int> result(7);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 7);
        QCOMPARE(std::as_const(result).value(), 7);
        QCOMPARE(result.take(), 7);
        Result<QString> text(QStringLiteral("seven"));
        QCOMPARE(text->size(), qsizetype(5));
        QCOMPARE(std::as_const(text)->size(), qsizetype(5));
    }

    void anErrorCarriesItsMessage()
    {
        const Result<int> result = failed();
        QVERIFY(!result.ok());
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::NotFound);
        QCOMPARE(result.error().message, kIgnored);
    }

    void readingTheValueOfAnErrorAsserts_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("where");
        QTest::newRow("value()") << QStringLiteral("value") << QStringLiteral("coe::Result::value()");
        QTest::newRow("value() const") << QStringLiteral("constValue") << QStringLiteral("coe::Result::value()");
        QTest::newRow("operator->") << QStringLiteral("arrow") << QStringLiteral("coe::Result::operator->()");
        QTest::newRow("operator-> const")
            << QStringLiteral("constArrow") << QStringLiteral("coe::Result::operator->()");
        QTest::newRow("take()") << QStringLiteral("take") << QStringLiteral("coe::Result::take()");
    }

    void readingTheValueOfAnErrorAsserts()
    {
#ifdef QT_NO_DEBUG
        QSKIP("This is a release build (QT_NO_DEBUG): Q_ASSERT is compiled out, so nothing stops a read of an "
              "error's value here. A Debug build (e.g. the sanitizer configuration, build/asan) runs this test.");
#else
        QFETCH(QString, how);
        QFETCH(QString, where);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--misuse"), how});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(
            child.exitStatus() == QProcess::CrashExit,
            qPrintable(
                QStringLiteral("the child was not stopped (exit code %1):\n%2%3").arg(child.exitCode()).arg(out, err)));
        QVERIFY2(!out.contains(QStringLiteral("without stopping")), qPrintable(out));
        // The assert says where, and which error was ignored.
        QVERIFY2(err.contains(QStringLiteral("ASSERT failure in ") + where), qPrintable(err));
        QVERIFY2(err.contains(kIgnored), qPrintable(err));
#endif
    }
};

int main(int argc, char* argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--misuse") == 0)
        return misuse(argv[2]);
    QCoreApplication app(argc, argv);
    TestResult test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_result.moc"
