// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCursor>

class QMenu;

namespace Outpost {

class SpellChecker;

// A wavy red underline under the words the SpellChecker does not know. Only the blocks that
// change are checked again, so typing in a long message stays instant.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpellHighlighter(QTextDocument *document, SpellChecker *checker);

    // The misspelled word under `cursor` (selected in the returned cursor), if any.
    QTextCursor misspelledWordAt(const QTextCursor &cursor) const;
    // Adds "suggestion…" entries and "Add to dictionary" for the word under `cursor` to the
    // top of `menu`; false when that word is spelled correctly.
    bool addSuggestions(QMenu *menu, const QTextCursor &cursor);
    // The people's names of this message (its recipients' and its sender's): their words,
    // found as the body's are, are not marked, though no dictionary knows them ("Hi Priya,").
    // Any case.
    void setNames(const QStringList &names);

protected:
    void highlightBlock(const QString &text) override;

private:
    static bool isCheckable(const QString &word);
    bool isMisspelled(const QString &word) const;
    SpellChecker *m_checker;
    QSet<QString> m_names; // lower case
};

} // namespace Outpost
