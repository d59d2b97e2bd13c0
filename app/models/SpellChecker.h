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
// is loaded only when a language is chosen, never before the compose window is up.
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
    QString language() const { return m_language; }
    bool isReady() const { return bool(m_hunspell); }

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 8) const;
    // Remembers `word` for good (written to the personal word list at once).
    void addToDictionary(const QString &word);

Q_SIGNALS:
    void languageChanged(const QString &language);
    void dictionaryChanged(); // a word was added: everything must be checked again

private:
    QString pathFor(const QString &language, const char *extension) const;
    QByteArray encode(const QString &word) const;

    QStringList m_dirs;
    QString m_personalPath;
    QString m_language;
    std::unique_ptr<Hunspell> m_hunspell;
    bool m_utf8 = true;
    QSet<QString> m_personal;
};

} // namespace Outpost
