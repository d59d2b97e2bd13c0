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

SpellChecker::SpellChecker(QStringList dictionaryDirs, QString personalWordsPath, QObject *parent)
    : QObject(parent)
    , m_dirs(std::move(dictionaryDirs))
    , m_personalPath(std::move(personalWordsPath))
{
    QFile personal(m_personalPath);
    if (personal.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : personal.readAll().split('\n')) {
            const QString word = QString::fromUtf8(line).trimmed();
            if (!word.isEmpty())
                m_personal.insert(word);
        }
    }
}

SpellChecker::~SpellChecker() = default;

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

bool SpellChecker::setLanguage(const QString &language)
{
    if (language == m_language && m_hunspell)
        return true;
    const QString aff = pathFor(language, "aff");
    const QString dic = pathFor(language, "dic");
    if (aff.isEmpty() || dic.isEmpty())
        return false;
    m_loading.clear(); // whatever a worker brings back now comes too late
    install(std::make_unique<Hunspell>(
                QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData()),
        language);
    return true;
}

bool SpellChecker::loadLanguageInBackground(const QString &language)
{
    if ((language == m_language && m_hunspell) || language == m_loading)
        return true;
    const QByteArray aff = QFile::encodeName(pathFor(language, "aff"));
    const QByteArray dic = QFile::encodeName(pathFor(language, "dic"));
    if (aff.isEmpty() || dic.isEmpty())
        return false;
    m_loading = language;
    // Hunspell reads its two files and builds its tables without touching anything shared; the
    // finished object is handed to this thread, where every check runs.
    QThreadPool::globalInstance()->start([self = QPointer<SpellChecker>(this), aff, dic, language] {
        auto loaded = std::make_shared<std::unique_ptr<Hunspell>>(
            std::make_unique<Hunspell>(aff.constData(), dic.constData()));
        // The application outlives the pool's work (it waits for it when it ends); the checker
        // may not, and is looked for on its own thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, loaded, language] {
                if (self && self->m_loading == language) {
                    self->m_loading.clear();
                    self->install(std::move(*loaded), language);
                }
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SpellChecker::install(std::unique_ptr<Hunspell> hunspell, const QString &language)
{
    m_hunspell = std::move(hunspell);
    const QString encoding = QString::fromStdString(m_hunspell->get_dict_encoding());
    m_utf8 = encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0;
    for (const QString &word : std::as_const(m_personal))
        m_hunspell->add(encode(word).toStdString());
    m_language = language;
    Q_EMIT languageChanged(language);
}

QByteArray SpellChecker::encode(const QString &word) const
{
    // Older dictionaries (en_US among them) are in ISO-8859-1.
    return m_utf8 ? word.toUtf8() : word.toLatin1();
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || word.isEmpty() || m_personal.contains(word))
        return true;
    // A word in another script (報告, Привет with an English dictionary) is not a mistake.
    for (QChar c : word) {
        const QChar::Script script = c.script();
        if (script != QChar::Script_Latin && script != QChar::Script_Common
            && script != QChar::Script_Inherited)
            return true;
        if (!m_utf8 && c.unicode() > 0xff)
            return true;
    }
    return m_hunspell->spell(encode(word).toStdString());
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList out;
    if (!m_hunspell)
        return out;
    for (const std::string &s : m_hunspell->suggest(encode(word).toStdString())) {
        const QByteArray bytes = QByteArray::fromStdString(s);
        out += m_utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
        if (out.size() >= max)
            break;
    }
    return out;
}

void SpellChecker::addToDictionary(const QString &word)
{
    if (word.isEmpty() || m_personal.contains(word))
        return;
    m_personal.insert(word);
    if (m_hunspell)
        m_hunspell->add(encode(word).toStdString());
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QSaveFile file(m_personalPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QStringList words(m_personal.cbegin(), m_personal.cend());
        words.sort();
        file.write(words.join(u'\n').toUtf8() + '\n');
        file.commit();
    }
    Q_EMIT dictionaryChanged();
}

} // namespace Outpost
