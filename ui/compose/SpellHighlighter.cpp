// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/SpellHighlighter.h"

#include "compose/SpellChecker.h"

#include <QAction>
#include <QMenu>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace Outpost {

namespace {
template<typename Visit> void forEachWord(const QString &text, Visit visit)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem)
            visit(start, end - start);
        start = end;
    }
}
} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker)
    : QSyntaxHighlighter(document), m_checker(checker)
{
    connect(checker, &SpellChecker::languageChanged, this, &QSyntaxHighlighter::rehighlight);
    connect(checker, &SpellChecker::dictionaryChanged, this, &QSyntaxHighlighter::rehighlight);
}

bool SpellHighlighter::isCheckable(const QString &word)
{
    // Numbers, codes, and words in capitals are not spelled by a dictionary.
    static const QRegularExpression skip(QStringLiteral("\\d|^[\\p{Lu}]{2,}$|_"));
    return word.size() > 1 && !skip.match(word).hasMatch();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker->isReady() || text.startsWith(u'>'))
        return; // no dictionary yet, or quoted from someone else
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(QColor(0xd9, 0x30, 0x25));
    // Addresses and links are not words.
    static const QRegularExpression skipped(QStringLiteral("\\S+@\\S+|\\b\\w+://\\S+|www\\.\\S+"));
    QList<std::pair<qsizetype, qsizetype>> ignored;
    for (auto it = skipped.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        ignored.append({m.capturedStart(), m.capturedEnd()});
    }
    forEachWord(text, [&](qsizetype start, qsizetype length) {
        for (const auto &[from, to] : std::as_const(ignored)) {
            if (start >= from && start < to)
                return;
        }
        const QString word = text.mid(start, length);
        if (isMisspelled(word))
            setFormat(int(start), int(length), wrong);
    });
}

bool SpellHighlighter::isMisspelled(const QString &word) const
{
    return isCheckable(word) && !m_names.contains(word.toLower()) && !m_checker->isCorrect(word);
}

void SpellHighlighter::setNames(const QStringList &names)
{
    QSet<QString> lower;
    for (const QString &name : names) {
        forEachWord(name, [&](qsizetype start, qsizetype length) {
            lower.insert(name.mid(start, length).toLower());
        });
    }
    if (lower == m_names)
        return;
    m_names = lower;
    rehighlight();
}

QTextCursor SpellHighlighter::misspelledWordAt(const QTextCursor &cursor) const
{
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const qsizetype position = cursor.position() - block.position();
    QTextCursor found;
    forEachWord(text, [&](qsizetype start, qsizetype length) {
        if (position < start || position > start + length)
            return;
        const QString word = text.mid(start, length);
        if (isMisspelled(word)) {
            found = QTextCursor(block);
            found.setPosition(block.position() + int(start));
            found.setPosition(block.position() + int(start + length), QTextCursor::KeepAnchor);
        }
    });
    return found;
}

bool SpellHighlighter::addSuggestions(QMenu *menu, const QTextCursor &cursor)
{
    QTextCursor word = misspelledWordAt(cursor);
    if (word.isNull())
        return false;
    const QString misspelled = word.selectedText();
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_checker->suggestions(misspelled);
    QList<QAction *> added;
    for (const QString &s : suggestions) {
        auto *action = new QAction(s, menu);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, menu, [word, s]() mutable { word.insertText(s); });
        added += action;
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        added += none;
    }
    auto *learn = new QAction(tr("Add “%1” to Dictionary").arg(misspelled), menu);
    connect(learn, &QAction::triggered, m_checker,
        [checker = m_checker, misspelled] { checker->addToDictionary(misspelled); });
    added += learn;
    menu->insertActions(first, added);
    menu->insertSeparator(first);
    return true;
}

} // namespace Outpost
