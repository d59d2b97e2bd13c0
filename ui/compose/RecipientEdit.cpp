// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/RecipientEdit.h"

#include "compose/RecipientCompleter.h"
#include "ui/Accessibility.h"
#include "ui/FlowLayout.h"
#include "ui/compose/RecipientChip.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>

namespace Outpost {

namespace {
bool hasSeparator(const QString &text)
{
    bool quoted = false;
    int angle = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            ++i; // an escaped character
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'<') {
            ++angle;
        } else if (!quoted && c == u'>') {
            angle = std::max(0, angle - 1);
        } else if (!quoted && angle == 0 && (c == u',' || c == u';')) {
            return true;
        }
    }
    return false;
}
} // namespace

RecipientEdit::RecipientEdit(QWidget *parent)
    : QFrame(parent), m_layout(new FlowLayout(this, 4)), m_entry(new QLineEdit(this))
{
    // Looks and behaves like a line edit: the entry takes the focus for the whole field.
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusProxy(m_entry);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_layout->setContentsMargins(3, 2, 3, 2);
    m_entry->setFrame(false);
    m_entry->setMinimumWidth(120);
    m_entry->installEventFilter(this);
    m_layout->addWidget(m_entry);
    connect(m_entry, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A separator typed (or a list pasted into the entry) ends an address; one inside a
        // quoted display name ("Lee, Jamie") does not.
        if (hasSeparator(text))
            commitPending();
        Q_EMIT changed();
    });
    // With a suggestion highlighted, Enter (and the focus going to the popup) picks it instead.
    connect(m_entry, &QLineEdit::returnPressed, this, [this] {
        if (!completionOpen() || !m_completer->popup()->currentIndex().isValid())
            commitPending();
    });
    connect(m_entry, &QLineEdit::editingFinished, this, [this] {
        if (!completionOpen())
            commitPending();
    });
}

void RecipientEdit::setCompleter(RecipientCompleter *suggestions)
{
    m_suggestions = suggestions;
    m_completer = new QCompleter(suggestions, this);
    m_completer->setWidget(m_entry);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(QStringLiteral("completionPopup"));
    m_completer->popup()->setAccessibleName(tr("Address suggestions"));
    // Tab with suggestions open takes the highlighted one (or what was typed) and moves on,
    // as it does without them; QCompleter alone would only close the list.
    m_completer->popup()->installEventFilter(this);
    connect(m_entry, &QLineEdit::textEdited, suggestions,
        [this] { m_suggestions->search(m_entry->text()); });
    connect(
        suggestions, &RecipientCompleter::suggestionsReady, this, &RecipientEdit::showSuggestions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            m_suggestions->cancel();
            m_entry->setText(index.data(Qt::EditRole).toString());
            commitPending();
        });
}

QAbstractItemView *RecipientEdit::completionPopup() const
{
    return m_completer ? m_completer->popup() : nullptr;
}

bool RecipientEdit::completionOpen() const
{
    return m_completer && m_completer->popup()->isVisible();
}

void RecipientEdit::showSuggestions(const QString &text)
{
    // Only for what is still being typed here.
    if (text != m_entry->text().trimmed() || !isEnabled() || !isVisible())
        return;
    if (m_suggestions->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    const QRect under(0, 0, std::max(width() - m_entry->x(), 280), m_entry->height());
    m_completer->complete(under);
}

int RecipientEdit::invalidChipCount() const
{
    const QList<RecipientChip *> all = chips();
    return int(std::count_if(
        all.cbegin(), all.cend(), [](const RecipientChip *c) { return !c->isValid(); }));
}

RecipientEdit::~RecipientEdit()
{
    // Losing the focus while being destroyed must not commit into a half-gone widget.
    m_entry->disconnect(this);
    m_entry->removeEventFilter(this);
}

QList<RecipientChip *> RecipientEdit::chips() const
{
    QList<RecipientChip *> list;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (auto *chip = qobject_cast<RecipientChip *>(m_layout->itemAt(i)->widget()))
            list += chip;
    }
    return list;
}

int RecipientEdit::chipCount() const
{
    return int(chips().size());
}

QString RecipientEdit::text() const
{
    QStringList parts;
    for (const RecipientChip *chip : chips())
        parts += chip->isValid() ? chip->address().toString() : chip->entry();
    if (!m_entry->text().trimmed().isEmpty())
        parts += m_entry->text().trimmed();
    return parts.join(QStringLiteral(", "));
}

void RecipientEdit::setText(const QString &text)
{
    clear();
    addEntries(text);
}

void RecipientEdit::clear()
{
    for (RecipientChip *chip : chips()) {
        delete m_layout->takeAt(m_layout->indexOf(chip));
        chip->deleteLater();
    }
    m_entry->clear();
    updatePlaceholder();
    Q_EMIT changed();
}

QList<MailAddress> RecipientEdit::addresses() const
{
    return AddressList::parse(text()).addresses;
}

QList<AddressProblem> RecipientEdit::problems() const
{
    return AddressList::parse(text()).problems;
}

void RecipientEdit::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    updatePlaceholder();
}

void RecipientEdit::updatePlaceholder()
{
    m_entry->setPlaceholderText(chips().isEmpty() ? m_placeholder : QString());
    updateAccessibleDetail();
}

void RecipientEdit::commitPending()
{
    const QString pending = m_entry->text();
    if (pending.trimmed().isEmpty()) {
        if (!pending.isEmpty())
            m_entry->clear();
        return;
    }
    m_entry->clear();
    if (m_suggestions)
        m_suggestions->search({});
    if (completionOpen())
        m_completer->popup()->hide();
    addEntries(pending);
}

void RecipientEdit::addEntries(const QString &text)
{
    const AddressParse parsed = AddressList::parse(text);
    const QList<MailAddress> existing = addresses();
    for (const MailAddress &a : parsed.addresses) {
        const bool duplicate = std::any_of(existing.cbegin(), existing.cend(),
            [&](const MailAddress &e) { return AddressList::sameAddress(e.address, a.address); });
        if (!duplicate)
            addChip(a.toString(), a, {});
    }
    for (const AddressProblem &p : parsed.problems)
        addChip(p.input, {}, p.reason);
    updatePlaceholder();
    Q_EMIT changed();
}

void RecipientEdit::addChip(
    const QString &entry, const MailAddress &address, const QString &problem)
{
    auto *chip = new RecipientChip(entry, address, problem, this);
    connect(chip, &RecipientChip::removeRequested, this, [this, chip] { removeChip(chip, false); });
    connect(chip, &RecipientChip::editRequested, this, [this, chip] { removeChip(chip, true); });
    chip->installEventFilter(this); // its keys (chipKey)
    m_layout->insertWidget(m_layout->indexOf(m_entry), chip);
    chip->show();
}

void RecipientEdit::removeChip(RecipientChip *chip, bool editIt)
{
    if (editIt) {
        commitPending();
        m_entry->setText(chip->isValid() ? chip->address().toString() : chip->entry());
    }
    // Removed by keyboard, the focus stays among the chips: on the one that took its place.
    const QList<RecipientChip *> before = chips();
    const qsizetype at = before.indexOf(chip);
    QWidget *next = (!editIt && chip->hasFocus() && at + 1 < before.size())
        ? static_cast<QWidget *>(before.at(at + 1))
        : m_entry;
    delete m_layout->takeAt(m_layout->indexOf(chip));
    chip->deleteLater();
    next->setFocus(Qt::OtherFocusReason);
    updatePlaceholder();
    Q_EMIT changed();
}

bool RecipientEdit::chipKey(RecipientChip *chip, QKeyEvent *key)
{
    const QList<RecipientChip *> all = chips();
    const qsizetype at = all.indexOf(chip);
    const auto focusAt = [this, &all](qsizetype i) {
        if (i >= 0 && i < all.size())
            all.at(i)->setFocus(Qt::OtherFocusReason);
        else if (i >= all.size())
            m_entry->setFocus(Qt::OtherFocusReason);
    };
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    switch (key->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (isEnabled())
            removeChip(chip, false);
        return true;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (isEnabled())
            removeChip(chip, true);
        return true;
    case Qt::Key_Left:
        focusAt(rtl ? at + 1 : std::max<qsizetype>(at - 1, 0));
        return true;
    case Qt::Key_Right:
        focusAt(rtl ? std::max<qsizetype>(at - 1, 0) : at + 1);
        return true;
    case Qt::Key_Home:
        focusAt(0);
        return true;
    case Qt::Key_End:
        focusAt(all.size());
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // A chip is not a tab stop: Tab leaves the field as it does from the entry.
        m_entry->setFocus(Qt::TabFocusReason);
        QCoreApplication::postEvent(
            m_entry, new QKeyEvent(QEvent::KeyPress, key->key(), key->modifiers()));
        return true;
    default:
        return false;
    }
}

void RecipientEdit::updateAccessibleDetail()
{
    // An invalid chip is said where the user types (and read with the field): the entry's
    // description lists what is wrong, as the chips' tooltips do.
    QStringList invalid;
    for (const RecipientChip *chip : chips()) {
        if (!chip->isValid())
            invalid += chip->toolTip();
    }
    Accessibility::setDescriptionPart(
        m_entry, Accessibility::DescriptionPart::Detail, invalid.join(u'\n'));
}

void RecipientEdit::closeSuggestionsForTab()
{
    // The highlighted suggestion, else what was typed, becomes a chip. The list closes first:
    // while it is open QCompleter keeps the focus in the entry.
    if (completionOpen()) {
        const QModelIndex current = m_completer->popup()->currentIndex();
        m_completer->popup()->hide();
        m_suggestions->cancel();
        if (current.isValid())
            m_entry->setText(current.data(Qt::EditRole).toString());
    }
    commitPending();
}

bool RecipientEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (m_completer && watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            closeSuggestionsForTab();
            // The entry is empty now: the same key moves the focus on from there.
            QCoreApplication::postEvent(
                m_entry, new QKeyEvent(QEvent::KeyPress, key->key(), key->modifiers()));
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        if (auto *chip = qobject_cast<RecipientChip *>(watched))
            return chipKey(chip, static_cast<QKeyEvent *>(event));
    }
    if (watched == m_entry && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Left at the start of the entry reaches the chips (Right comes back).
        const Qt::Key towardChips
            = layoutDirection() == Qt::RightToLeft ? Qt::Key_Right : Qt::Key_Left;
        if (key->key() == towardChips && key->modifiers() == Qt::NoModifier
            && m_entry->cursorPosition() == 0 && !m_entry->hasSelectedText()) {
            const QList<RecipientChip *> all = chips();
            if (!all.isEmpty()) {
                all.last()->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
        if (key->matches(QKeySequence::Paste)) {
            // A pasted list becomes chips at once, split the way GMime reads it.
            const QString pasted = QApplication::clipboard()->text();
            if (!pasted.isEmpty()) {
                commitPending();
                addEntries(pasted);
                return true;
            }
        }
        if (key->key() == Qt::Key_Backspace && m_entry->text().isEmpty()
            && m_entry->cursorPosition() == 0) {
            const QList<RecipientChip *> all = chips();
            if (!all.isEmpty()) {
                removeChip(all.last(), true);
                return true;
            }
        }
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && (completionOpen() || !m_entry->text().trimmed().isEmpty()))
            closeSuggestionsForTab(); // and let the focus move on
    }
    return QFrame::eventFilter(watched, event);
}

void RecipientEdit::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        m_entry->setEnabled(isEnabled());
}

} // namespace Outpost
