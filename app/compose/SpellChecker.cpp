// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/SpellChecker.h"

#include <hunspell.hxx>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

namespace Outpost {

struct SpellChecker::Dictionary
{
    std::unique_ptr<Hunspell> hunspell;
    bool utf8 = true; // older dictionaries (en_US among them) are in ISO-8859-1
    QSet<QString> learnt; // the user's words already given to this Hunspell
};

struct SpellChecker::PersonalWords
{
    QString path;
    QSet<QString> words;
    QList<SpellChecker *> checkers; // told of each word learnt
};

namespace {

// What the checkers of the process share, on the thread they live on (the GUI's): read
// dictionaries by their files and word list, the word lists by their paths, and the checkers
// waiting for a dictionary a worker is reading. Weak: a dictionary goes with its last checker.
QHash<QString, std::weak_ptr<SpellChecker::Dictionary>> &readDictionaries()
{
    static QHash<QString, std::weak_ptr<SpellChecker::Dictionary>> read;
    return read;
}

QHash<QString, std::weak_ptr<SpellChecker::PersonalWords>> &wordLists()
{
    static QHash<QString, std::weak_ptr<SpellChecker::PersonalWords>> lists;
    return lists;
}

QHash<QString, QList<QPointer<SpellChecker>>> &waitingForDictionary()
{
    static QHash<QString, QList<QPointer<SpellChecker>>> waiting;
    return waiting;
}

std::shared_ptr<SpellChecker::Dictionary> readDictionary(
    const QByteArray &aff, const QByteArray &dic)
{
    auto read = std::make_shared<SpellChecker::Dictionary>();
    read->hunspell = std::make_unique<Hunspell>(aff.constData(), dic.constData());
    const QString encoding = QString::fromStdString(read->hunspell->get_dict_encoding());
    read->utf8 = encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0;
    return read;
}

} // namespace

SpellChecker::SpellChecker(QStringList dictionaryDirs, QString personalWordsPath, QObject *parent)
    : QObject(parent), m_dirs(std::move(dictionaryDirs))
{
    m_personal = wordLists().value(personalWordsPath).lock();
    if (!m_personal) {
        m_personal = std::make_shared<PersonalWords>();
        m_personal->path = personalWordsPath;
        QFile personal(personalWordsPath);
        if (personal.open(QIODevice::ReadOnly | QIODevice::Text)) {
            for (const QByteArray &line : personal.readAll().split('\n')) {
                const QString word = QString::fromUtf8(line).trimmed();
                if (!word.isEmpty())
                    m_personal->words.insert(word);
            }
        }
        wordLists().insert(personalWordsPath, m_personal);
    }
    m_personal->checkers.append(this);
}

SpellChecker::~SpellChecker()
{
    m_personal->checkers.removeOne(this);
}

QStringList SpellChecker::systemDictionaryDirs()
{
    return {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts")};
}

QString SpellChecker::defaultPersonalWordsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/personal-words.txt");
}

QStringList SpellChecker::availableLanguages() const
{
    QStringList languages;
    for (const QString &dir : m_dirs) {
        // Filtered here, not by a QDir name filter: those are regular expressions underneath,
        // and this runs as every compose window starts (PCRE2 would load for it).
        for (const QFileInfo &aff : QDir(dir).entryInfoList(QDir::Files)) {
            if (!aff.fileName().endsWith(QStringLiteral(".aff"), Qt::CaseInsensitive))
                continue;
            const QString code = aff.completeBaseName();
            if (QFile::exists(aff.absolutePath() + u'/' + code + QStringLiteral(".dic"))
                && !languages.contains(code))
                languages += code;
        }
    }
    languages.sort();
    return languages;
}

QString SpellChecker::pathFor(const QString &language, const char *extension) const
{
    for (const QString &dir : m_dirs) {
        const QString path = dir + u'/' + language + u'.' + QLatin1String(extension);
        if (QFile::exists(path))
            return path;
    }
    return {};
}

QString SpellChecker::dictionaryKey(const QString &dicPath) const
{
    return dicPath + u'\n' + m_personal->path;
}

bool SpellChecker::setLanguage(const QString &language)
{
    if (language == m_language && m_dictionary)
        return true;
    const QString aff = pathFor(language, "aff");
    const QString dic = pathFor(language, "dic");
    if (aff.isEmpty() || dic.isEmpty())
        return false;
    m_loading.clear(); // whatever a worker brings back now comes too late
    const QString key = dictionaryKey(dic);
    std::shared_ptr<Dictionary> read = readDictionaries().value(key).lock();
    if (!read) {
        read = readDictionary(QFile::encodeName(aff), QFile::encodeName(dic));
        readDictionaries().insert(key, read);
    }
    install(std::move(read), language);
    return true;
}

bool SpellChecker::loadLanguageInBackground(const QString &language)
{
    if ((language == m_language && m_dictionary) || language == m_loading)
        return true;
    const QString affPath = pathFor(language, "aff");
    const QString dicPath = pathFor(language, "dic");
    if (affPath.isEmpty() || dicPath.isEmpty())
        return false;
    const QString key = dictionaryKey(dicPath);
    // Another window has it: no second copy, and no wait.
    if (std::shared_ptr<Dictionary> read = readDictionaries().value(key).lock()) {
        m_loading.clear();
        install(std::move(read), language);
        return true;
    }
    m_loading = language;
    QList<QPointer<SpellChecker>> &waiting = waitingForDictionary()[key];
    waiting.append(this);
    if (waiting.size() > 1)
        return true; // a worker is reading it already, for another window
    // Hunspell reads its two files and builds its tables without touching anything shared; the
    // finished dictionary is handed to this thread, where every check runs.
    QThreadPool::globalInstance()->start(
        [key, aff = QFile::encodeName(affPath), dic = QFile::encodeName(dicPath)] {
            std::shared_ptr<Dictionary> read = readDictionary(aff, dic);
            // The application outlives the pool's work (it waits for it when it ends); the
            // checkers may not, and are looked for on their own thread.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [key, read] {
                    const QList<QPointer<SpellChecker>> readers = waitingForDictionary().take(key);
                    bool kept = false;
                    for (const QPointer<SpellChecker> &checker : readers) {
                        const QString wanted = checker ? checker->m_loading : QString();
                        if (wanted.isEmpty()
                            || checker->dictionaryKey(checker->pathFor(wanted, "dic")) != key)
                            continue; // gone, or another language was chosen meanwhile
                        if (!kept)
                            readDictionaries().insert(key, read);
                        kept = true;
                        checker->m_loading.clear();
                        checker->install(read, wanted);
                    }
                },
                Qt::QueuedConnection);
        });
    return true;
}

void SpellChecker::install(std::shared_ptr<Dictionary> dictionary, const QString &language)
{
    m_dictionary = std::move(dictionary);
    for (const QString &word : std::as_const(m_personal->words))
        teach(word);
    m_language = language;
    Q_EMIT languageChanged(language);
}

QByteArray SpellChecker::encode(const QString &word) const
{
    return m_dictionary->utf8 ? word.toUtf8() : word.toLatin1();
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_dictionary || word.isEmpty() || m_personal->words.contains(word))
        return true;
    // A word in another script (報告, Привет with an English dictionary) is not a mistake.
    for (QChar c : word) {
        const QChar::Script script = c.script();
        if (script != QChar::Script_Latin && script != QChar::Script_Common
            && script != QChar::Script_Inherited)
            return true;
        if (!m_dictionary->utf8 && c.unicode() > 0xff)
            return true;
    }
    return m_dictionary->hunspell->spell(encode(word).toStdString());
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList out;
    if (!m_dictionary)
        return out;
    for (const std::string &s : m_dictionary->hunspell->suggest(encode(word).toStdString())) {
        const QByteArray bytes = QByteArray::fromStdString(s);
        out += m_dictionary->utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
        if (out.size() >= max)
            break;
    }
    return out;
}

void SpellChecker::addToDictionary(const QString &word)
{
    if (word.isEmpty() || m_personal->words.contains(word))
        return;
    m_personal->words.insert(word);
    QDir().mkpath(QFileInfo(m_personal->path).absolutePath());
    QSaveFile file(m_personal->path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QStringList words(m_personal->words.cbegin(), m_personal->words.cend());
        words.sort();
        file.write(words.join(u'\n').toUtf8() + '\n');
        file.commit();
    }
    // Every window checking with this list marks the word no more.
    const QList<SpellChecker *> checkers = m_personal->checkers;
    for (SpellChecker *checker : checkers)
        checker->learn(word);
}

void SpellChecker::learn(const QString &word)
{
    if (m_dictionary)
        teach(word);
    Q_EMIT dictionaryChanged();
}

void SpellChecker::teach(const QString &word)
{
    // The dictionary is shared: a word another window gave it is there already.
    if (m_dictionary->learnt.contains(word))
        return;
    m_dictionary->hunspell->add(encode(word).toStdString());
    m_dictionary->learnt.insert(word);
}

} // namespace Outpost
