// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class Hunspell;

namespace Outpost {

// Spelling through Hunspell and the system's dictionaries (/usr/share/hunspell), plus the
// user's own words (a plain word list under the application's data directory). A dictionary
// is loaded only when a language is chosen, never before the compose window is up; a compose
// window loads it in the background when the user first types (about 50 ms and 7.7 MB of heap
// for en_US, which a window nobody types in never pays).
//
// Every checker of the process with the same word list shares what it reads: one copy of a
// language's dictionary however many windows check in it (it goes with the last of them), and
// one list of the user's words, so that a word learnt in one window is known in all of them and
// none writes the list without the others' words.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    explicit SpellChecker(QStringList dictionaryDirs = systemDictionaryDirs(),
        QString personalWordsPath = defaultPersonalWordsPath(), QObject *parent = nullptr);
    ~SpellChecker() override;

    static QStringList systemDictionaryDirs();
    static QString defaultPersonalWordsPath();

    // Language codes with a dictionary on this system, e.g. "en_US", "de_DE".
    QStringList availableLanguages() const;
    // Loads the dictionary; false when there is none for `language`.
    bool setLanguage(const QString &language);
    // The same on a worker thread: checks go on with the current dictionary (or none) until
    // languageChanged; false at once when there is no dictionary for `language`. A later call
    // wins over an earlier one still loading.
    bool loadLanguageInBackground(const QString &language);
    bool isLoading() const { return !m_loading.isEmpty(); }
    QString language() const { return m_language; }
    bool isReady() const { return bool(m_dictionary); }

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 8) const;
    // Remembers `word` for good (written to the personal word list at once).
    void addToDictionary(const QString &word);

Q_SIGNALS:
    void languageChanged(const QString &language);
    void dictionaryChanged(); // a word was added: everything must be checked again

public:
    struct Dictionary; // a language's dictionary as read, shared
    struct PersonalWords; // the user's words, shared

private:
    void install(std::shared_ptr<Dictionary> dictionary, const QString &language);
    void learn(const QString &word);
    // Gives a word of the user's to the dictionary (there must be one), once.
    void teach(const QString &word);
    QString pathFor(const QString &language, const char *extension) const;
    QString dictionaryKey(const QString &dicPath) const;
    QByteArray encode(const QString &word) const;

    QStringList m_dirs;
    QString m_language;
    QString m_loading; // the language a worker is loading, if any
    std::shared_ptr<Dictionary> m_dictionary;
    std::shared_ptr<PersonalWords> m_personal;
};

} // namespace Outpost
