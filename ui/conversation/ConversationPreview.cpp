// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationPreview.h"

#include "conversation/ConversationDocument.h"
#include "conversation/ConversationHtml.h"
#include "display/TimeText.h"
#include "mail/Clock.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Outpost {

namespace {

using namespace Qt::StringLiterals;

// The page's sizes are CSS pixels (1/96 inch); a font's points are 1/72 inch.
void setPixels(QWidget *w, qreal px, QFont::Weight weight = QFont::Normal)
{
    QFont f = w->font();
    f.setPointSizeF(px * 72.0 / 96.0);
    f.setWeight(weight);
    w->setFont(f);
}

QColor colour(QStringView name, bool dark)
{
    return QColor::fromString(ConversationDocument::colour(name, dark));
}

// Text the page's colour `role` names: `text` or `muted` (or `note-text`).
void setTextColour(QWidget *w, QStringView role, bool dark)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, colour(role, dark));
    p.setColor(QPalette::Text, colour(role, dark));
    w->setPalette(p);
}

// The page's lines are 1.45 times their text's size (body's line-height): a one-line label gets
// the same height by the margins above and below its text.
void setLineHeight(QWidget *w, qreal px)
{
    const int extra = std::max(0, qRound((px * 1.45 - w->fontMetrics().height()) / 2));
    w->setContentsMargins(0, extra, 0, extra);
}

QLabel *label(QWidget *parent, const char *name, qreal px, QFont::Weight weight = QFont::Normal)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextFormat(Qt::PlainText); // a subject or a name is never markup
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setPixels(l, px, weight);
    setLineHeight(l, px);
    return l;
}

// A message's box as the page draws it (article.message): rounded, bordered, filled by its kind.
class Box : public QWidget
{
public:
    using QWidget::QWidget;
    QColor fill;
    QColor border;
    bool dashed = false;
    std::function<void()> painted;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QPen pen(border, 1);
        if (dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        if (painted)
            painted();
    }
};

// The "Internal note" tag (conversation.css, summary .tag): a pill in the note's line colour.
QString tagStyle(bool dark)
{
    return uR"(QLabel { background: %1; color: %2; border: 1px solid %1;
        border-radius: 8px; padding: 0px 7px; })"_s.arg(
        ConversationDocument::colour(u"note-line", dark),
        ConversationDocument::colour(u"tag-text", dark));
}

void colourBox(Box *box, const ConversationMessage &m, bool dark)
{
    box->fill = colour(m.internal ? u"note" : (m.incoming ? u"card" : u"outgoing"), dark);
    box->border = colour(m.internal ? u"note-line" : u"line", dark);
    box->dashed = m.pending;
    box->update();
}

// One line that ends in "…" when it does not fit (the page's snippet: text-overflow: ellipsis).
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent) : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    void setFullText(const QString &text)
    {
        m_full = text;
        elide();
    }
    const QString &fullText() const { return m_full; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide() { setText(fontMetrics().elidedText(m_full, Qt::ElideRight, width())); }
    QString m_full;
};

} // namespace

ConversationPreview::ConversationPreview(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_subject(label(m_content, "previewSubject", 19, QFont::DemiBold))
    , m_meta(label(m_content, "previewMeta", 12.5))
    , m_earlier(new QWidget(m_content))
    , m_earlierLayout(new QVBoxLayout(m_earlier))
    , m_latest(new Box(m_content))
    , m_sender(label(m_latest, "previewSender", 14, QFont::DemiBold))
    , m_tag(label(m_latest, "previewTag", 11.5, QFont::DemiBold))
    , m_when(label(m_latest, "previewWhen", 12.5))
    , m_noteBadge(label(m_latest, "previewNoteBadge", 12.5))
    , m_headers(new QGridLayout)
    , m_body(label(m_latest, "previewBody", 14))
{
    setObjectName(QStringLiteral("conversationPreview"));
    m_latest->setObjectName(QStringLiteral("previewLatest"));
    // Laid out as conversation.css lays out the page: its margins, gaps and sizes.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);
    m_content->setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(18, 14, 18, 24); // body's padding
    layout->setSpacing(6); // main's gap
    auto *header = new QVBoxLayout;
    header->setContentsMargins(2, 0, 2, 6); // header.thread, and the 12 px under it
    header->setSpacing(2);
    m_subject->setWordWrap(true);
    m_meta->setWordWrap(true);
    header->addWidget(m_subject);
    header->addWidget(m_meta);
    layout->addLayout(header);
    m_earlierLayout->setContentsMargins(0, 0, 0, 0);
    m_earlierLayout->setSpacing(6);
    layout->addWidget(m_earlier);
    layout->addWidget(m_latest);
    layout->addStretch(1);

    // The latest message, open: summary line (8 px 12 px), then the card (0 12 px 10 px).
    static_cast<Box *>(m_latest)->painted = [this] { Q_EMIT painted(); };
    auto *card = new QVBoxLayout(m_latest);
    card->setContentsMargins(12, 8, 12, 10);
    card->setSpacing(0);
    auto *summary = new QHBoxLayout;
    summary->setSpacing(10);
    summary->addWidget(m_sender);
    m_tag->setContentsMargins(0, 0, 0, 0);
    m_tag->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    summary->addWidget(m_tag, 0, Qt::AlignVCenter);
    summary->addStretch(1);
    summary->addWidget(m_when, 0, Qt::AlignRight | Qt::AlignVCenter);
    card->addLayout(summary);
    card->addSpacing(8);
    m_noteBadge->setWordWrap(true);
    m_noteBadge->setContentsMargins(0, 0, 0, 8); // .note-badge's margin
    m_noteBadge->setText(ConversationDocument::internalNoteBadge());
    card->addWidget(m_noteBadge);
    m_headers->setHorizontalSpacing(8);
    m_headers->setVerticalSpacing(1);
    m_headers->setColumnStretch(1, 1);
    card->addLayout(m_headers);
    card->addSpacing(10);
    m_body->setWordWrap(true);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    card->addWidget(m_body);
    // nav.actions: 12 px above, none for a note.
    m_actions = new QWidget(m_latest);
    auto *buttons = new QHBoxLayout(m_actions);
    buttons->setContentsMargins(0, 12, 0, 0);
    buttons->setSpacing(6);
    // Named as the page's buttons are; the window's Ctrl+R, Ctrl+Shift+R and Ctrl+L do the same.
    const std::pair<QString, ReplyKind> answers[] = {{tr("Repl&y"), ReplyKind::Reply},
        {tr("Reply &All"), ReplyKind::ReplyAll}, {tr("For&ward"), ReplyKind::Forward}};
    for (const auto &[text, kind] : answers) {
        auto *b = new QPushButton(text, m_actions);
        b->setAutoDefault(false);
        setPixels(b, 12.5);
        connect(
            b, &QPushButton::clicked, this, [this, kind = kind] { Q_EMIT answerRequested(kind); });
        buttons->addWidget(b);
        m_answers += b;
    }
    // The keys as the desktop writes them ("Strg+Umschalt+R").
    const auto keys
        = [](QKeyCombination k) { return QKeySequence(k).toString(QKeySequence::NativeText); };
    m_answers[0]->setObjectName(QStringLiteral("previewReply"));
    m_answers[0]->setToolTip(
        tr("Reply to the latest message (%1)").arg(keys(Qt::CTRL | Qt::Key_R)));
    m_answers[1]->setObjectName(QStringLiteral("previewReplyAll"));
    m_answers[1]->setToolTip(tr("Reply to everyone on the latest message (%1)")
                                 .arg(keys(Qt::CTRL | Qt::SHIFT | Qt::Key_R)));
    m_answers[2]->setObjectName(QStringLiteral("previewForward"));
    m_answers[2]->setToolTip(tr("Forward the latest message (%1)").arg(keys(Qt::CTRL | Qt::Key_L)));
    buttons->addStretch(1);
    card->addWidget(m_actions);
    setColours(false);
}

void ConversationPreview::showMessages(const ThreadSummary &thread,
    const QList<ConversationMessage> &messages, bool dark, int foldedLimit)
{
    if (messages.isEmpty())
        return;
    setColours(dark);
    const QDateTime now = systemNow();
    const ConversationMessage &latest = messages.last();
    m_subject->setText(ConversationDocument::subjectOf(thread));
    m_meta->setText(ConversationDocument::metaLine(thread, int(messages.size())));

    // The earlier messages as the page shows them: folded, or still to come on a long one.
    while (QLayoutItem *item = m_earlierLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const qsizetype earlier = messages.size() - 1;
    if (earlier > 0 && messages.size() > foldedLimit) {
        QLabel *coming = label(m_earlier, "previewEarlierComing", 12.5);
        coming->setText(ConversationDocument::earlierComing(int(earlier)));
        coming->setContentsMargins(2, 0, 2, 0);
        setTextColour(coming, u"muted", dark);
        m_earlierLayout->addWidget(coming);
    } else {
        for (qsizetype i = 0; i < earlier; ++i) {
            const ConversationMessage &m = messages.at(i);
            auto *row = new Box(m_earlier);
            row->setObjectName(QStringLiteral("previewEarlier"));
            colourBox(row, m, dark);
            auto *line = new QHBoxLayout(row);
            line->setContentsMargins(12, 8, 12, 8);
            line->setSpacing(10);
            const QString who = ConversationDocument::authorOf(m);
            if (!who.isEmpty() || !m.internal) {
                QLabel *name = label(row, "previewEarlierSender", 14, QFont::DemiBold);
                name->setText(ConversationDocument::shownAuthor(who));
                line->addWidget(name);
            }
            if (m.internal) {
                QLabel *tag = label(row, "previewEarlierTag", 11.5, QFont::DemiBold);
                tag->setText(ConversationDocument::internalNoteTag());
                tag->setContentsMargins(0, 0, 0, 0);
                tag->setStyleSheet(tagStyle(dark));
                tag->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
                line->addWidget(tag, 0, Qt::AlignVCenter);
            }
            auto *snippet = new ElidedLabel(row);
            snippet->setObjectName(QStringLiteral("previewEarlierSnippet"));
            setPixels(snippet, 14);
            setLineHeight(snippet, 14);
            setTextColour(snippet, u"muted", dark);
            snippet->setFullText(ConversationDocument::snippetOf(m));
            line->addWidget(snippet, 1);
            QLabel *when = label(row, "previewEarlierWhen", 12.5);
            when->setText(
                m.createdAt.isValid() ? TimeText::forHeader(m.createdAt, now) : QString());
            setTextColour(when, u"muted", dark);
            line->addWidget(when);
            m_earlierLayout->addWidget(row);
        }
    }
    m_earlier->setVisible(earlier > 0);

    // The latest message, open.
    const QString who = ConversationDocument::authorOf(latest);
    m_sender->setText(ConversationDocument::shownAuthor(who));
    m_sender->setVisible(!who.isEmpty() || !latest.internal);
    m_sender->setToolTip(latest.from);
    m_tag->setText(ConversationDocument::internalNoteTag());
    m_tag->setVisible(latest.internal);
    m_noteBadge->setVisible(latest.internal);
    m_when->setText(
        latest.createdAt.isValid() ? TimeText::forHeader(latest.createdAt, now) : QString());
    m_when->setToolTip(latest.createdAt.isValid() ? TimeText::full(latest.createdAt) : QString());
    while (QLayoutItem *item = m_headers->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ConversationDocument::HeaderLine &h : ConversationDocument::headerLines(latest)) {
        // The header's value label is named for tests and screen readers: previewFrom, previewTo…
        addHeader(h.name, h.value, u"preview"_s + h.key.left(1).toUpper() + h.key.mid(1));
    }
    // The text only: an HTML body read without a parser, shown as plain text (never markup).
    QString text
        = latest.isHtml ? ConversationHtml::textOf(latest.body).trimmed() : latest.body.trimmed();
    if (text.size() > maxBodyChars) {
        // Cut at the end of a line when one is near, and say that more follows.
        const qsizetype line = text.lastIndexOf(u'\n', maxBodyChars);
        text = text.left(line > maxBodyChars * 4 / 5 ? line : maxBodyChars) + u'…';
    }
    m_body->setText(text);
    // The box is named as the page names the message's article (its author and time); the
    // body's name stays its text, which a screen reader reads when it takes the focus.
    m_latest->setAccessibleName(m_sender->text() + u", "_s + m_when->text());
    m_actions->setVisible(ConversationDocument::hasActions(latest));
    colourBox(static_cast<Box *>(m_latest), latest, dark);
}

void ConversationPreview::addHeader(
    const QString &name, const QString &value, const QString &objectName)
{
    if (value.isEmpty())
        return;
    const int row = m_headers->rowCount();
    QLabel *dt = label(m_latest, "previewHeaderName", 12.5);
    dt->setText(name);
    dt->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QLabel *dd = label(m_latest, "previewHeaderValue", 12.5);
    dd->setObjectName(objectName);
    dd->setText(value);
    dd->setWordWrap(true);
    setTextColour(dt, u"muted", m_dark);
    setTextColour(dd, u"muted", m_dark);
    m_headers->addWidget(dt, row, 0);
    m_headers->addWidget(dd, row, 1);
}

QString ConversationPreview::messageText() const
{
    return m_body->text();
}

QStringList ConversationPreview::foldedLines() const
{
    QStringList lines;
    const auto rows = m_earlier->findChildren<QWidget *>(
        QStringLiteral("previewEarlier"), Qt::FindDirectChildrenOnly);
    for (const QWidget *row : rows) {
        QStringList parts;
        if (auto *name = row->findChild<QLabel *>(QStringLiteral("previewEarlierSender")))
            parts += name->text();
        if (auto *tag = row->findChild<QLabel *>(QStringLiteral("previewEarlierTag")))
            parts += tag->text();
        if (auto *snippet = dynamic_cast<ElidedLabel *>(
                row->findChild<QLabel *>(QStringLiteral("previewEarlierSnippet"))))
            parts += snippet->fullText();
        if (auto *when = row->findChild<QLabel *>(QStringLiteral("previewEarlierWhen")))
            parts += when->text();
        lines += parts.join(u' ');
    }
    return lines;
}

void ConversationPreview::setColours(bool dark)
{
    m_dark = dark;
    // The page's background and text, not the desktop's window colours.
    QPalette p = m_content->palette();
    p.setColor(QPalette::Window, colour(u"page", dark));
    p.setColor(QPalette::WindowText, colour(u"text", dark));
    p.setColor(QPalette::Text, colour(u"text", dark));
    m_content->setPalette(p);
    m_scroll->setPalette(p);
    for (QLabel *muted : {m_meta, m_when})
        setTextColour(muted, u"muted", dark);
    for (QLabel *text : {m_subject, m_sender, m_body})
        setTextColour(text, u"text", dark);
    // The page's buttons (conversation.css, .button), the keyboard focus drawn as its outline.
    const QString button = uR"(QPushButton { border: 1px solid %1; border-radius: 6px;
        background: %2; color: %3; padding: 3px 12px; }
        QPushButton:hover { background: %4; }
        QPushButton:focus { border: 2px solid %5; padding: 2px 11px; })"_s.arg(
        ConversationDocument::colour(u"line", dark), ConversationDocument::colour(u"button", dark),
        ConversationDocument::colour(u"text", dark),
        ConversationDocument::colour(u"button-hover", dark),
        ConversationDocument::colour(u"accent", dark));
    for (QPushButton *b : std::as_const(m_answers))
        b->setStyleSheet(button);
    m_tag->setStyleSheet(tagStyle(dark));
    setTextColour(m_noteBadge, u"note-text", dark);
}

} // namespace Outpost
