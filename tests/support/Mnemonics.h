// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The mnemonics (Alt+letter) of a window and of its menus, found the way Qt finds them, and
// what is wrong with them: two with the same letter where one Alt press has to choose, or a
// letter the language's keyboard cannot type with Alt.
//
// Qt's namespaces: a window's menu bar titles and its widgets (buttons, check boxes, labels
// with a buddy, group boxes, tab titles) answer one Alt press (all grab a Qt::WindowShortcut);
// the items of one open menu answer a plain letter among themselves (QMenu::keyPressEvent),
// so each menu is its own namespace. A widget hidden for now (the Cc row, "Stop waiting") is
// counted: it may be shown beside the others. A page of a stacked widget or tab widget that
// is not the current one is not (only one page is ever shown): each page is checked in turn.

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringList>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>

#include <functional>

namespace Outpost::Testing {

using namespace Qt::StringLiterals;

struct MnemonicCheck
{
    // "en", "de", "fr", "es", "en_XA": which keys the language's usual keyboard has.
    QString language;
    QStringList problems;

    // The letter Qt gives `text` (QKeySequence::mnemonic: the first "&x" that is not "&&",
    // upper-cased), or a null QChar.
    static QChar letterOf(const QString &text)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return {};
        return QChar(char16_t(key[0].key()));
    }

    // Alt with an ASCII letter is typed the same on every Latin layout (QWERTY, QWERTZ,
    // AZERTY). A letter with an accent only where the language's usual keyboard has a key of
    // its own for it (German Ä Ö Ü; French AZERTY à é è ç ù; Spanish ñ ç): Spanish "í" is a
    // dead key then a vowel, and Alt+´ is no Alt+Í. Digits are typed without Shift on the US,
    // German and Spanish layouts but need Shift on French AZERTY, where Alt+1 reaches Qt as
    // Alt+&.
    bool typeable(QChar c) const
    {
        if (c >= u'A' && c <= u'Z')
            return true;
        if (c >= u'0' && c <= u'9')
            return language != u"fr";
        const QString own = language == u"de" ? u"ÄÖÜ"_s
            : language == u"fr"               ? u"ÀÉÈÇÙ"_s
            : language == u"es"               ? u"ÑÇ"_s
                                              : QString();
        return own.contains(c);
    }

    struct Entry
    {
        QChar letter;
        QString what;
    };

    static QString name(const QObject *o)
    {
        return o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                         : o->objectName();
    }

    // True when `w` is on a page of a stacked widget (a tab widget's too) other than the
    // current one, seen from `top`.
    static bool onHiddenPage(const QWidget *w, const QWidget *top)
    {
        for (const QWidget *child = w, *p = w->parentWidget(); p && child != top;
             child = p, p = p->parentWidget()) {
            if (auto *stack = qobject_cast<const QStackedWidget *>(p);
                stack && stack->currentWidget() != child)
                return true;
        }
        return false;
    }

    // One window's Alt namespace: its menu bar titles and its widgets.
    QList<Entry> windowEntries(QWidget *top)
    {
        QList<Entry> entries;
        auto add = [&](const QString &text, const QString &what) {
            const QChar c = letterOf(text);
            if (!c.isNull())
                entries += Entry {c, what + u" “" + text + u"”"};
        };
        const auto widgets = top->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->window() != top || onHiddenPage(w, top))
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w)) {
                add(b->text(), name(b));
            } else if (auto *l = qobject_cast<QLabel *>(w)) {
                const bool plain = l->textFormat() == Qt::PlainText
                    || (l->textFormat() == Qt::AutoText && !Qt::mightBeRichText(l->text()));
                if (l->buddy())
                    add(l->text(), u"label of "_s + name(l->buddy()));
                else if (plain && !letterOf(l->text()).isNull())
                    problems += u"%1: label “%2” shows its & (no buddy)"_s.arg(
                        top->windowTitle(), l->text());
            } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
                add(g->title(), name(g));
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->isTabVisible(i))
                        add(tabs->tabText(i), u"tab"_s);
                }
            } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
                for (QAction *a : bar->actions()) {
                    if (a->isVisible())
                        add(a->text(), u"menu"_s);
                }
            }
        }
        return entries;
    }

    void judge(const QString &where, const QList<Entry> &entries)
    {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry &e = entries.at(i);
            if (!typeable(e.letter))
                problems += u"%1: Alt+%2 cannot be typed on a %3 keyboard: %4"_s.arg(
                    where, e.letter, language, e.what);
            for (qsizetype j = i + 1; j < entries.size(); ++j) {
                if (entries.at(j).letter == e.letter)
                    problems += u"%1: Alt+%2 twice: %3 and %4"_s.arg(
                        where, e.letter, e.what, entries.at(j).what);
            }
        }
    }

    // One menu's items (a namespace of their own), then its submenus.
    void checkMenu(QMenu *menu, const QString &where)
    {
        Q_EMIT menu->aboutToShow(); // menus filled as they open (Send later, languages)
        QList<Entry> entries;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QChar c = letterOf(a->text());
            if (!c.isNull())
                entries += Entry {c, u"“"_s + a->text() + u"”"};
        }
        const QString here = where + u" ▸ " + menu->title().remove(u'&');
        judge(here, entries);
        for (QAction *a : menu->actions()) {
            if (a->menu() && a->isVisible())
                checkMenu(a->menu(), here);
        }
    }

    // A window, each page of its stacked widgets in turn, and every menu it owns (menu bar,
    // buttons with a menu).
    void checkWindow(QWidget *top, const QString &where)
    {
        QList<QStackedWidget *> stacks;
        for (QStackedWidget *s : top->findChildren<QStackedWidget *>()) {
            if (s->window() == top && s->count() > 1)
                stacks += s;
        }
        int pages = 1;
        for (QStackedWidget *s : stacks)
            pages = std::max(pages, s->count());
        QList<int> kept;
        for (QStackedWidget *s : stacks)
            kept += s->currentIndex();
        for (int page = 0; page < pages; ++page) {
            for (QStackedWidget *s : stacks)
                s->setCurrentIndex(std::min(page, s->count() - 1));
            judge(pages > 1 ? where + u" (page " + QString::number(page + 1) + u')' : where,
                windowEntries(top));
        }
        for (qsizetype i = 0; i < stacks.size(); ++i)
            stacks[i]->setCurrentIndex(kept[i]);
        QList<QMenu *> menus;
        if (auto *bar = top->findChild<QMenuBar *>()) {
            for (QAction *a : bar->actions()) {
                if (a->menu())
                    menus += a->menu();
            }
        }
        for (QAbstractButton *b : top->findChildren<QAbstractButton *>()) {
            if (qobject_cast<QMenuBar *>(b->parentWidget()))
                continue; // the menu bar's overflow button: its menu is the bar's menus
            if (auto *push = qobject_cast<QPushButton *>(b); push && push->menu())
                menus += push->menu();
            else if (auto *tool = qobject_cast<QToolButton *>(b); tool && tool->menu())
                menus += tool->menu();
        }
        for (QMenu *m : menus)
            checkMenu(m, where);
        problems.removeDuplicates();
    }
};

} // namespace Outpost::Testing
