// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling against the system's en_US dictionary (hunspell-en-us, installed by packaging/).
#include "compose/SpellChecker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestSpellChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsSystemDictionaries();
    void checksAndSuggests();
    void personalWordsPersist();
    void unknownLanguageRefused();
    void loadsInTheBackground();
    void laterChoiceWins();
    void checkerMayGoWhileLoading();
    void windowsShareOneDictionary();
    void aWordLearntInOneWindowIsKnownInAll();

private:
    QTemporaryDir dir;
};

void TestSpellChecker::findsSystemDictionaries()
{
    SpellChecker checker({}, dir.filePath(u"words.txt"_s));
    QVERIFY(checker.availableLanguages().isEmpty());
    SpellChecker system(SpellChecker::systemDictionaryDirs(), dir.filePath(u"words.txt"_s));
    QVERIFY(system.availableLanguages().contains(u"en_US"_s));
    QVERIFY(!system.isReady());
    QVERIFY(system.isCorrect(u"anythingg"_s)); // nothing loaded: no false alarms
}

void TestSpellChecker::checksAndSuggests()
{
    SpellChecker checker(SpellChecker::systemDictionaryDirs(), dir.filePath(u"words.txt"_s));
    QVERIFY(checker.setLanguage(u"en_US"_s));
    QVERIFY(checker.isCorrect(u"report"_s));
    QVERIFY(checker.isCorrect(u"Weekly"_s));
    QVERIFY(!checker.isCorrect(u"reciept"_s));
    QVERIFY(checker.suggestions(u"reciept"_s).contains(u"receipt"_s));
    QVERIFY(checker.isCorrect(u"報告"_s)); // outside the dictionary's charset: not flagged
}

void TestSpellChecker::personalWordsPersist()
{
    const QString words = dir.filePath(u"words.txt"_s);
    {
        SpellChecker checker(SpellChecker::systemDictionaryDirs(), words);
        QVERIFY(checker.setLanguage(u"en_US"_s));
        QVERIFY(!checker.isCorrect(u"Outpost"_s) || !checker.isCorrect(u"Acmeish"_s));
        QSignalSpy changed(&checker, &SpellChecker::dictionaryChanged);
        checker.addToDictionary(u"Acmeish"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(checker.isCorrect(u"Acmeish"_s));
    }
    SpellChecker again(SpellChecker::systemDictionaryDirs(), words);
    QVERIFY(again.setLanguage(u"en_US"_s));
    QVERIFY(again.isCorrect(u"Acmeish"_s));
}

void TestSpellChecker::unknownLanguageRefused()
{
    SpellChecker checker(SpellChecker::systemDictionaryDirs(), dir.filePath(u"words.txt"_s));
    QVERIFY(!checker.setLanguage(u"xx_XX"_s));
    QVERIFY(!checker.isReady());
}

void TestSpellChecker::loadsInTheBackground()
{
    SpellChecker checker(SpellChecker::systemDictionaryDirs(), dir.filePath(u"bg-words.txt"_s));
    checker.addToDictionary(u"Acmeish"_s);
    QSignalSpy changed(&checker, &SpellChecker::languageChanged);
    QVERIFY(checker.loadLanguageInBackground(u"en_US"_s));
    // Until it is there, nothing is flagged.
    QVERIFY(!checker.isReady());
    QVERIFY(checker.isCorrect(u"reciept"_s));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), u"en_US"_s);
    QVERIFY(checker.isReady() && !checker.isLoading());
    QVERIFY(!checker.isCorrect(u"reciept"_s));
    QVERIFY(checker.isCorrect(u"Acmeish"_s)); // the user's own words come with it
    QVERIFY(!checker.loadLanguageInBackground(u"xx_XX"_s));
}

void TestSpellChecker::laterChoiceWins()
{
    // A second language: the system's en_US under another name.
    QTemporaryDir other;
    for (const char *ext : {"aff", "dic"}) {
        QVERIFY(QFile::copy(u"/usr/share/hunspell/en_US."_s + QLatin1String(ext),
            other.filePath(u"en_ZZ."_s + QLatin1String(ext))));
    }
    SpellChecker checker(QStringList {other.path()} + SpellChecker::systemDictionaryDirs(),
        dir.filePath(u"w.txt"_s));
    QSignalSpy changed(&checker, &SpellChecker::languageChanged);
    QVERIFY(checker.loadLanguageInBackground(u"en_US"_s));
    QVERIFY(checker.loadLanguageInBackground(u"en_ZZ"_s));
    QTRY_VERIFY(!checker.isLoading());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(checker.language(), u"en_ZZ"_s);
}

void TestSpellChecker::checkerMayGoWhileLoading()
{
    auto *checker
        = new SpellChecker(SpellChecker::systemDictionaryDirs(), dir.filePath(u"g.txt"_s));
    QVERIFY(checker->loadLanguageInBackground(u"en_US"_s));
    delete checker;
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents(); // the finished load finds no checker, and is dropped
}

void TestSpellChecker::windowsShareOneDictionary()
{
    // Two windows asking for en_US while it is read wait for the same read, and both check
    // with it; a third one opened later has it at once, with no read and no wait.
    const QString words = dir.filePath(u"shared.txt"_s);
    SpellChecker first(SpellChecker::systemDictionaryDirs(), words);
    SpellChecker second(SpellChecker::systemDictionaryDirs(), words);
    QSignalSpy firstReady(&first, &SpellChecker::languageChanged);
    QSignalSpy secondReady(&second, &SpellChecker::languageChanged);
    QVERIFY(first.loadLanguageInBackground(u"en_US"_s));
    QVERIFY(second.loadLanguageInBackground(u"en_US"_s));
    QVERIFY(!first.isReady() && !second.isReady());
    QTRY_COMPARE(firstReady.count(), 1);
    QTRY_COMPARE(secondReady.count(), 1);
    QVERIFY(!first.isCorrect(u"reciept"_s) && !second.isCorrect(u"reciept"_s));
    {
        SpellChecker third(SpellChecker::systemDictionaryDirs(), words);
        QVERIFY(third.loadLanguageInBackground(u"en_US"_s));
        QVERIFY(third.isReady() && !third.isLoading());
        QVERIFY(!third.isCorrect(u"reciept"_s));
    }
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(firstReady.count(), 1);
    QCOMPARE(secondReady.count(), 1);
}

void TestSpellChecker::aWordLearntInOneWindowIsKnownInAll()
{
    // Learnt in one window: known in the other at once, which checks its text again. A word
    // the other learns next is written beside it: neither window's list loses the other's.
    const QString words = dir.filePath(u"learnt.txt"_s);
    SpellChecker one(SpellChecker::systemDictionaryDirs(), words);
    SpellChecker other(SpellChecker::systemDictionaryDirs(), words);
    QVERIFY(one.setLanguage(u"en_US"_s));
    QVERIFY(other.setLanguage(u"en_US"_s));
    QVERIFY(!other.isCorrect(u"Acmeish"_s));
    QSignalSpy otherChecksAgain(&other, &SpellChecker::dictionaryChanged);
    one.addToDictionary(u"Acmeish"_s);
    QCOMPARE(otherChecksAgain.count(), 1);
    QVERIFY(other.isCorrect(u"Acmeish"_s));
    QVERIFY(other.suggestions(u"Acmeesh"_s).contains(u"Acmeish"_s));
    other.addToDictionary(u"Zorbify"_s);
    QVERIFY(one.isCorrect(u"Zorbify"_s));
    QFile list(words);
    QVERIFY(list.open(QIODevice::ReadOnly));
    QCOMPARE(list.readAll(), QByteArray("Acmeish\nZorbify\n"));
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
