// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/GraphFilter.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
const QStringList messageProperties {u"id"_s, u"createdDateTime"_s, u"lastModifiedDateTime"_s,
    u"changeKey"_s, u"categories"_s, u"receivedDateTime"_s, u"sentDateTime"_s, u"hasAttachments"_s,
    u"internetMessageId"_s, u"subject"_s, u"bodyPreview"_s, u"importance"_s, u"parentFolderId"_s,
    u"conversationId"_s, u"conversationIndex"_s, u"isDeliveryReceiptRequested"_s,
    u"isReadReceiptRequested"_s, u"isRead"_s, u"isDraft"_s, u"webLink"_s,
    u"inferenceClassification"_s, u"body"_s, u"uniqueBody"_s, u"sender"_s, u"from"_s,
    u"toRecipients"_s, u"ccRecipients"_s, u"bccRecipients"_s, u"replyTo"_s, u"flag"_s,
    u"internetMessageHeaders"_s};

struct Token
{
    enum Kind { End, Name, Text, Other, Punct } kind = End;
    QString text;
};

QDateTime dateOf(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}
} // namespace

struct GraphFilterNode
{
    enum Kind { And, Or, Not, Compare, Lambda, Function, Path, Literal } kind = Literal;
    QString op; // eq…le, any/all, startswith…
    QString variable; // lambda variable
    QStringList path; // Path: segments; Lambda: the collection's segments
    QJsonValue value; // Literal
    std::vector<std::unique_ptr<GraphFilterNode>> children;
};

namespace {
using Node = GraphFilterNode;
using NodePtr = std::unique_ptr<GraphFilterNode>;
using Bindings = QHash<QString, QJsonValue>;

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) { advance(); }

    NodePtr parse(QStringList *properties, QString *error, QString *code)
    {
        m_properties = properties;
        NodePtr root = orExpr();
        if (m_error.isEmpty() && m_token.kind != Token::End)
            fail(u"Syntax error at position %1 in '%2'."_s.arg(m_pos).arg(m_text));
        *error = m_error;
        if (code)
            *code = m_code;
        return m_error.isEmpty() ? std::move(root) : nullptr;
    }

private:
    void advance()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        m_token = {};
        if (m_pos >= m_text.size())
            return;
        const QChar c = m_text.at(m_pos);
        if (c == u'\'') {
            QString value;
            for (++m_pos; m_pos < m_text.size(); ++m_pos) {
                if (m_text.at(m_pos) == u'\'') {
                    if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\'') {
                        value += u'\'';
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                value += m_text.at(m_pos);
            }
            if (m_pos >= m_text.size())
                fail(u"Unterminated string literal in '%1'."_s.arg(m_text));
            ++m_pos;
            m_token = {Token::Text, value};
        } else if (c.isLetter() || c == u'_' || c == u'@') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()
                && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'
                    || m_text.at(m_pos) == u'.' || m_text.at(m_pos) == u'@'))
                ++m_pos;
            m_token = {Token::Name, m_text.mid(start, m_pos - start)};
        } else if (c.isDigit() || c == u'-') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()
                && (m_text.at(m_pos).isLetterOrNumber()
                    || QStringView(u":.+-").contains(m_text.at(m_pos))))
                ++m_pos;
            m_token = {Token::Other, m_text.mid(start, m_pos - start)};
        } else {
            ++m_pos;
            m_token = {Token::Punct, QString(c)};
        }
    }

    void fail(const QString &message, const QString &code = u"BadRequest"_s)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_code = code;
        }
    }

    bool isWord(const QString &word) const
    {
        return m_token.kind == Token::Name && m_token.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    bool expect(const QString &punct)
    {
        if (m_token.kind == Token::Punct && m_token.text == punct) {
            advance();
            return true;
        }
        fail(u"Invalid filter clause: '%1' expected in '%2'."_s.arg(punct, m_text));
        return false;
    }

    NodePtr combine(Node::Kind kind, NodePtr left, NodePtr right)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        return node;
    }

    NodePtr orExpr()
    {
        NodePtr left = andExpr();
        while (m_error.isEmpty() && isWord(u"or"_s)) {
            advance();
            left = combine(Node::Or, std::move(left), andExpr());
        }
        return left;
    }

    NodePtr andExpr()
    {
        NodePtr left = unary();
        while (m_error.isEmpty() && isWord(u"and"_s)) {
            advance();
            left = combine(Node::And, std::move(left), unary());
        }
        return left;
    }

    NodePtr unary()
    {
        if (isWord(u"not"_s)) {
            advance();
            auto node = std::make_unique<Node>();
            node->kind = Node::Not;
            node->children.push_back(unary());
            return node;
        }
        if (m_token.kind == Token::Punct && m_token.text == u"(") {
            advance();
            NodePtr inner = orExpr();
            expect(u")"_s);
            return inner;
        }
        return comparison();
    }

    NodePtr comparison()
    {
        static const QStringList functions {u"startswith"_s, u"endswith"_s, u"contains"_s};
        for (const QString &f : functions) {
            if (!isWord(f))
                continue;
            auto node = std::make_unique<Node>();
            node->kind = Node::Function;
            node->op = f;
            advance();
            expect(u"("_s);
            node->children.push_back(operand());
            expect(u","_s);
            node->children.push_back(operand());
            expect(u")"_s);
            return node;
        }
        NodePtr left = operand();
        if (!m_error.isEmpty() || left->kind == Node::Lambda)
            return left;
        static const QStringList ops {u"eq"_s, u"ne"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s};
        const QString op = m_token.text.toLower();
        if (m_token.kind != Token::Name || !ops.contains(op)) {
            fail(
                u"Invalid filter clause: a comparison operator is expected in '%1'."_s.arg(m_text));
            return left;
        }
        advance();
        auto node = std::make_unique<Node>();
        node->kind = Node::Compare;
        node->op = op;
        node->children.push_back(std::move(left));
        node->children.push_back(operand());
        return node;
    }

    NodePtr operand()
    {
        auto node = std::make_unique<Node>();
        if (m_token.kind == Token::Text) {
            node->value = m_token.text;
            advance();
            return node;
        }
        if (m_token.kind == Token::Other) {
            const QString text = m_token.text;
            advance();
            if (dateOf(text).isValid()) {
                node->value = text; // compared as a date: see compareGraphValues()
            } else {
                bool ok = false;
                node->value = text.toDouble(&ok);
                if (!ok)
                    fail(u"Invalid filter clause: unrecognized literal '%1'."_s.arg(text));
            }
            return node;
        }
        if (m_token.kind != Token::Name) {
            fail(u"Invalid filter clause: unexpected '%1' in '%2'."_s.arg(m_token.text, m_text));
            return node;
        }
        if (isWord(u"true"_s) || isWord(u"false"_s) || isWord(u"null"_s)) {
            node->value = isWord(u"null"_s) ? QJsonValue() : QJsonValue(isWord(u"true"_s));
            advance();
            return node;
        }
        node->kind = Node::Path;
        node->path += m_token.text;
        advance();
        while (m_token.kind == Token::Punct && m_token.text == u"/") {
            advance();
            if (m_token.kind != Token::Name) {
                fail(u"Invalid filter clause: a property name is expected after '/'."_s);
                return node;
            }
            if (isWord(u"any"_s) || isWord(u"all"_s))
                return lambda(std::move(node));
            node->path += m_token.text;
            advance();
        }
        record(node->path);
        return node;
    }

    NodePtr lambda(NodePtr collection)
    {
        // Graph documents any/all (learn.microsoft.com/graph/filter-query-parameter, "lambda
        // operators") but refuses them on a message's recipient collections: 400
        // ErrorInvalidUrlQueryFilter "The query filter contains one or more invalid nodes."
        // (microsoft-graph-explorer-v4 issue 3957, reproduced by its maintainers; the same
        // answer in microsoft-graph-docs-contrib issue 7747 for a lambda on a contact's
        // addresses). replyTo is not named there; the stand-in refuses it too, the stricter way.
        static const QStringList recipients {
            u"toRecipients"_s, u"ccRecipients"_s, u"bccRecipients"_s, u"replyTo"_s};
        if (!m_variables.contains(collection->path.first())
            && recipients.contains(collection->path.first(), Qt::CaseInsensitive)) {
            fail(u"The query filter contains one or more invalid nodes."_s,
                u"ErrorInvalidUrlQueryFilter"_s);
            return collection;
        }
        record(collection->path);
        auto node = std::make_unique<Node>();
        node->kind = Node::Lambda;
        node->op = m_token.text.toLower();
        node->path = collection->path;
        advance();
        expect(u"("_s);
        if (m_token.kind != Token::Name) {
            fail(u"Invalid filter clause: a lambda variable is expected."_s);
            return node;
        }
        node->variable = m_token.text;
        m_variables += node->variable;
        advance();
        expect(u":"_s);
        node->children.push_back(orExpr());
        expect(u")"_s);
        m_variables.removeLast();
        return node;
    }

    // Properties of the message (not of a lambda variable), checked and remembered in order.
    void record(const QStringList &path)
    {
        if (m_variables.contains(path.first()))
            return;
        if (!messageProperties.contains(path.first(), Qt::CaseInsensitive)) {
            fail(u"Could not find a property named '%1' on type 'microsoft.graph.message'."_s.arg(
                path.first()));
            return;
        }
        m_properties->append(path.join(u'/'));
    }

    QString m_text;
    qsizetype m_pos = 0;
    Token m_token;
    QString m_error;
    QString m_code;
    QStringList m_variables;
    QStringList *m_properties = nullptr;
};

QJsonValue resolve(const Node &path, const QJsonValue &root, const Bindings &bindings)
{
    QStringList segments = path.path;
    QJsonValue base = root;
    if (bindings.contains(segments.first())) {
        base = bindings.value(segments.first());
        segments.removeFirst();
    }
    return graphValueAt(base, segments.join(u'/'));
}

QJsonValue valueOf(const Node &node, const QJsonValue &root, const Bindings &bindings)
{
    return node.kind == Node::Path ? resolve(node, root, bindings) : node.value;
}

bool evaluate(const Node &node, const QJsonValue &root, Bindings &bindings)
{
    switch (node.kind) {
    case Node::And:
        return evaluate(*node.children[0], root, bindings)
            && evaluate(*node.children[1], root, bindings);
    case Node::Or:
        return evaluate(*node.children[0], root, bindings)
            || evaluate(*node.children[1], root, bindings);
    case Node::Not:
        return !evaluate(*node.children[0], root, bindings);
    case Node::Lambda: {
        const QJsonArray items = resolve(node, root, bindings).toArray();
        const bool all = node.op == u"all";
        bool result = all;
        for (const QJsonValue &item : items) {
            bindings.insert(node.variable, item);
            const bool hit = evaluate(*node.children[0], root, bindings);
            bindings.remove(node.variable);
            if (hit != all)
                return hit;
        }
        return result;
    }
    case Node::Function: {
        const QString a = valueOf(*node.children[0], root, bindings).toString();
        const QString b = valueOf(*node.children[1], root, bindings).toString();
        if (node.op == u"startswith")
            return a.startsWith(b, Qt::CaseInsensitive);
        if (node.op == u"endswith")
            return a.endsWith(b, Qt::CaseInsensitive);
        return a.contains(b, Qt::CaseInsensitive);
    }
    case Node::Compare: {
        const QJsonValue a = valueOf(*node.children[0], root, bindings);
        const QJsonValue b = valueOf(*node.children[1], root, bindings);
        if (a.isNull() || a.isUndefined() || b.isNull() || b.isUndefined()) {
            const bool same = (a.isNull() || a.isUndefined()) == (b.isNull() || b.isUndefined());
            return node.op == u"eq" ? same : node.op == u"ne" ? !same : false;
        }
        const int c = compareGraphValues(a, b);
        if (node.op == u"eq")
            return c == 0;
        if (node.op == u"ne")
            return c != 0;
        if (node.op == u"gt")
            return c > 0;
        if (node.op == u"ge")
            return c >= 0;
        if (node.op == u"lt")
            return c < 0;
        return c <= 0;
    }
    case Node::Path:
        return resolve(node, root, bindings).toBool();
    case Node::Literal:
        return node.value.toBool();
    }
    return false;
}
} // namespace

GraphFilter::GraphFilter() = default;
GraphFilter::~GraphFilter() = default;
GraphFilter::GraphFilter(GraphFilter &&) noexcept = default;
GraphFilter &GraphFilter::operator=(GraphFilter &&) noexcept = default;

std::optional<GraphFilter> GraphFilter::parse(const QString &text, QString *error, QString *code)
{
    GraphFilter filter;
    filter.m_root = Parser(text).parse(&filter.m_properties, error, code);
    if (!filter.m_root)
        return std::nullopt;
    return filter;
}

bool GraphFilter::matches(const QJsonObject &message) const
{
    Bindings bindings;
    return m_root && evaluate(*m_root, message, bindings);
}

bool isGraphMessageProperty(const QString &name)
{
    return messageProperties.contains(name, Qt::CaseInsensitive);
}

QJsonValue graphValueAt(const QJsonValue &object, const QString &path)
{
    QJsonValue current = object;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        const QJsonObject o = current.toObject();
        current = QJsonValue(QJsonValue::Undefined);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().compare(segment, Qt::CaseInsensitive) == 0) {
                current = it.value();
                break;
            }
        }
    }
    return current;
}

int compareGraphValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    if (a.isBool() || b.isBool())
        return int(a.toBool()) - int(b.toBool());
    const QString x = a.toString();
    const QString y = b.toString();
    const QDateTime dx = dateOf(x);
    const QDateTime dy = dateOf(y);
    if (dx.isValid() && dy.isValid())
        return dx < dy ? -1 : dx > dy ? 1 : 0;
    return x.compare(y, Qt::CaseInsensitive);
}

} // namespace Outpost::Sandbox
