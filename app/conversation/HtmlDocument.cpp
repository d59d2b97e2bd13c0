// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/HtmlDocument.h"

#include <QByteArray>

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <chrono>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string_view>
#include <vector>

namespace Outpost {

namespace {

// Beyond this, a body is shown as text without trying to parse it.
constexpr qsizetype maxInput = 32 * 1024 * 1024;

// The parse's budget, linear in the input. gumbo reads ordinary mail at 10-30 MB/s and needs
// 3-25 bytes of memory per byte of it (text, newsletters, 64 attributes a tag); only markup of
// tiny tags or attributes (`<br><br>…`: 60 bytes a byte) or a tree larger than its input
// (re-opened formatting elements) needs more.
constexpr qint64 budgetBaseNs = 200'000'000;
constexpr qint64 budgetPerMbNs = 400'000'000;
constexpr size_t memoryBase = 16 * 1024 * 1024;
constexpr size_t memoryPerByte = 24;

qint64 cpuNowNs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    // This thread's CPU time: a loaded machine does not shrink the budget.
    timespec now {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#endif
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Every block gumbo allocates, in one list, so that the whole tree is freed in one loop (no
// recursion) and an abandoned parse leaks nothing.
struct ParseArena
{
    struct Block
    {
        Block *prev;
        Block *next;
        size_t size;
        size_t unused; // keeps the payload 16-byte aligned
    };

    ParseArena() { head.prev = head.next = &head; }
    ~ParseArena()
    {
        for (Block *b = head.next; b != &head;) {
            Block *next = b->next;
            std::free(b);
            b = next;
        }
    }
    ParseArena(const ParseArena &) = delete;
    ParseArena &operator=(const ParseArena &) = delete;

    Block head {};
    size_t live = 0;
    size_t liveLimit = 0;
    qint64 deadlineNs = 0;
    unsigned calls = 0;
    std::jmp_buf abort {};
    QByteArray input; // gumbo's nodes point into it
};

// What a block costs beyond its size: our header and malloc's (gumbo's blocks are small).
constexpr size_t blockOverhead = sizeof(ParseArena::Block) + 16;

extern "C" {
// gumbo's allocator: over budget (time or memory) or out of memory, the parse is abandoned
// with a longjmp back to parseWithin(); only gumbo's C frames lie in between.
static void *arenaAllocate(void *userdata, size_t size)
{
    auto *arena = static_cast<ParseArena *>(userdata);
    if ((++arena->calls & 0xff) == 0 && cpuNowNs() > arena->deadlineNs)
        std::longjmp(arena->abort, 1);
    const size_t cost = size + blockOverhead;
    if (cost > arena->liveLimit - arena->live)
        std::longjmp(arena->abort, 1);
    auto *block = static_cast<ParseArena::Block *>(std::malloc(sizeof(ParseArena::Block) + size));
    if (!block)
        std::longjmp(arena->abort, 1);
    block->size = size;
    block->prev = &arena->head;
    block->next = arena->head.next;
    arena->head.next->prev = block;
    arena->head.next = block;
    arena->live += cost;
    return block + 1;
}

static void arenaFree(void *userdata, void *pointer)
{
    if (!pointer)
        return;
    auto *arena = static_cast<ParseArena *>(userdata);
    auto *block = static_cast<ParseArena::Block *>(pointer) - 1;
    block->prev->next = block->next;
    block->next->prev = block->prev;
    arena->live -= block->size + blockOverhead;
    std::free(block);
}
}

// The parse under way on this thread, if any (see __assert_fail below).
thread_local ParseArena *t_parsing = nullptr;

// The parse, or null when the budget ran out or gumbo failed an assertion. Nothing here needs
// unwinding.
GumboOutput *parseWithin(ParseArena &arena, const GumboOptions &options)
{
    if (setjmp(arena.abort) != 0) {
        t_parsing = nullptr;
        return nullptr;
    }
    t_parsing = &arena;
    GumboOutput *output
        = gumbo_parse_with_options(&options, arena.input.constData(), size_t(arena.input.size()));
    t_parsing = nullptr;
    return output;
}

// Tag names as the scan below sees them: FNV-1a of the lower-case name.
constexpr quint32 hashBasis = 2166136261u;
constexpr quint32 hashStep(quint32 hash, char c)
{
    return (hash ^ quint8(c)) * 16777619u;
}
constexpr quint32 hashOf(std::string_view name)
{
    quint32 hash = hashBasis;
    for (char c : name)
        hash = hashStep(hash, c);
    return hash;
}

constexpr char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

template<size_t N> constexpr bool isOneOf(quint32 tag, const std::array<quint32, N> &tags)
{
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

bool isVoid(quint32 tag)
{
    static constexpr std::array tags {hashOf("area"), hashOf("base"), hashOf("basefont"),
        hashOf("bgsound"), hashOf("br"), hashOf("col"), hashOf("embed"), hashOf("frame"),
        hashOf("hr"), hashOf("image"), hashOf("img"), hashOf("input"), hashOf("isindex"),
        hashOf("keygen"), hashOf("link"), hashOf("menuitem"), hashOf("meta"), hashOf("param"),
        hashOf("source"), hashOf("track"), hashOf("wbr")};
    return isOneOf(tag, tags);
}

// Their content is text up to their end tag.
bool isRawText(quint32 tag)
{
    static constexpr std::array tags {hashOf("script"), hashOf("style"), hashOf("textarea"),
        hashOf("title"), hashOf("xmp"), hashOf("iframe"), hashOf("noembed"), hashOf("noframes")};
    return isOneOf(tag, tags);
}

// Elements that a start tag of the same group closes (<li> an open <li>, <td> a <td>…), and
// the elements such a search stops at.
int groupOf(quint32 tag)
{
    static constexpr std::array<std::array<quint32, 2>, 8> groups {{{hashOf("p"), hashOf("p")},
        {hashOf("li"), hashOf("li")}, {hashOf("dd"), hashOf("dt")}, {hashOf("td"), hashOf("th")},
        {hashOf("tr"), hashOf("tr")}, {hashOf("tbody"), hashOf("thead")},
        {hashOf("option"), hashOf("optgroup")}, {hashOf("rt"), hashOf("rp")}}};
    if (tag == hashOf("tfoot"))
        return 6;
    for (size_t g = 0; g < groups.size(); ++g) {
        if (isOneOf(tag, groups[g]))
            return int(g) + 1;
    }
    return 0;
}

bool stopsSearch(int group, quint32 tag)
{
    switch (group) {
    case 2:
        return tag == hashOf("ul") || tag == hashOf("ol");
    case 3:
        return tag == hashOf("dl");
    case 4:
        return tag == hashOf("tr") || tag == hashOf("table");
    case 5:
    case 6:
        return tag == hashOf("table");
    default:
        return false;
    }
}

// The nearest element that `matches` (1: it, -1: stop looking), looking `reach` deep: its index,
// or -1.
template<typename Matches>
qsizetype find(const std::vector<quint32> &open, qsizetype reach, Matches matches)
{
    const qsizetype bottom = std::max<qsizetype>(0, qsizetype(open.size()) - reach);
    for (qsizetype at = qsizetype(open.size()) - 1; at >= bottom; --at) {
        const int verdict = matches(open[size_t(at)]);
        if (verdict != 0)
            return verdict > 0 ? at : -1;
    }
    return -1;
}

bool isTablePart(quint32 tag)
{
    static constexpr std::array tags {hashOf("caption"), hashOf("colgroup"), hashOf("tbody"),
        hashOf("thead"), hashOf("tfoot"), hashOf("tr"), hashOf("td"), hashOf("th")};
    return isOneOf(tag, tags);
}

// Just past the `>` ending a tag whose name ends at `i` (quoted attribute values may hold `>`).
qsizetype afterTag(const char *s, qsizetype n, qsizetype i)
{
    bool value = false;
    while (i < n && s[i] != '>') {
        const char c = s[i];
        if (value && (c == '"' || c == '\'')) {
            const void *close = std::memchr(s + i + 1, c, size_t(n - i - 1));
            i = close ? static_cast<const char *>(close) - s + 1 : n;
            value = false;
            continue;
        }
        if (c == '=')
            value = true;
        else if (!isSpace(c))
            value = false;
        ++i;
    }
    return i < n ? i + 1 : n;
}

// Just past the end tag `</name` of a raw-text element, or the end.
qsizetype afterRawText(QByteArrayView s, qsizetype i, QByteArrayView name)
{
    for (;;) {
        const qsizetype at = s.indexOf("</", i);
        if (at < 0 || at + 2 + name.size() > s.size())
            return s.size();
        bool same = true;
        for (qsizetype k = 0; k < name.size() && same; ++k)
            same = lower(s.at(at + 2 + k)) == lower(name.at(k));
        if (same)
            return afterTag(s.data(), s.size(), at + 2 + name.size());
        i = at + 2;
    }
}

// Whether the markup's nesting keeps the tree builder's work linear in its size: a rough scan
// of its tags, deciding effort only (what is shown always comes from the real parse).
bool nestingIsAffordable(QByteArrayView utf8)
{
    const char *s = utf8.data();
    const qsizetype n = utf8.size();
    // About as many steps down the stack as 32 per byte, the parse's own cost of reading.
    const quint64 limit = 32 * quint64(n) + (quint64(1) << 20);
    quint64 work = 0;
    std::vector<quint32> open;
    qsizetype tables = 0; // <table>s in `open`
    const auto popTo = [&](qsizetype at) {
        if (at < 0)
            return;
        for (size_t k = size_t(at); k < open.size(); ++k)
            tables -= open[k] == hashOf("table") ? 1 : 0;
        open.resize(size_t(at));
    };
    qsizetype i = 0;
    while (i < n) {
        const void *lt = std::memchr(s + i, '<', size_t(n - i));
        if (!lt)
            break;
        i = static_cast<const char *>(lt) - s + 1;
        if (i >= n)
            break;
        if (s[i] == '!') {
            const bool comment = i + 2 < n && s[i + 1] == '-' && s[i + 2] == '-';
            const qsizetype close = comment ? utf8.indexOf("-->", i + 1) : utf8.indexOf('>', i);
            if (close < 0)
                break;
            i = close + (comment ? 3 : 1);
            continue;
        }
        const bool end = s[i] == '/';
        if (end)
            ++i;
        if (i >= n || !isAsciiLetter(s[i])) {
            if (i < n && (s[i] == '?' || end)) { // a bogus comment, up to the next `>`
                const qsizetype close = utf8.indexOf('>', i);
                i = close < 0 ? n : close + 1;
            }
            continue;
        }
        const qsizetype nameStart = i;
        quint32 tag = hashBasis;
        while (i < n && !isSpace(s[i]) && s[i] != '/' && s[i] != '>')
            tag = hashStep(tag, lower(s[i++]));
        const QByteArrayView name = utf8.sliced(nameStart, i - nameStart);
        i = afterTag(s, n, i);
        work += open.size();
        if (work > limit)
            return false;
        if (end) {
            popTo(find(open, 64, [tag](quint32 t) { return t == tag ? 1 : 0; }));
            continue;
        }
        if (isVoid(tag) || (tables == 0 && isTablePart(tag))) // outside a table, ignored
            continue;
        if (tag == hashOf("plaintext"))
            break; // the rest is text
        if (isRawText(tag)) {
            i = afterRawText(utf8, i, name);
            continue;
        }
        if (const int group = groupOf(tag)) {
            popTo(find(open, 8, [group](quint32 t) {
                return groupOf(t) == group ? 1 : (stopsSearch(group, t) ? -1 : 0);
            }));
        }
        tables += tag == hashOf("table") ? 1 : 0;
        open.push_back(tag);
    }
    return true;
}

} // namespace

struct HtmlDocument::Arena : ParseArena
{
};

HtmlDocument::HtmlDocument(QByteArrayView utf8) : m_arena(std::make_unique<Arena>())
{
    if (utf8.size() > maxInput || !nestingIsAffordable(utf8))
        return;
    Arena &arena = *m_arena;
    // Parse the body as the conversation page reads it: inside the <body> of a standards-mode
    // document (in quirks mode a <table> would not close an open <p>; before <body>, leading
    // white space would be dropped and <noscript> read as the head's).
    arena.input.reserve(utf8.size() + 24);
    arena.input.append("<!DOCTYPE html><body>").append(utf8);
    arena.liveLimit = memoryBase + memoryPerByte * size_t(utf8.size());
    arena.deadlineNs = cpuNowNs() + budgetBaseNs + budgetPerMbNs * utf8.size() / (1024 * 1024);

    GumboOptions options = kGumboDefaultOptions;
    options.allocator = arenaAllocate;
    options.deallocator = arenaFree;
    options.userdata = static_cast<ParseArena *>(&arena);
    options.max_errors = 0; // each error would copy the stack of open elements
    const GumboOutput *output = parseWithin(arena, options);
    if (!output)
        return;
    m_parsed = true;
    const GumboVector &children = output->root->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY) {
            m_body = child;
            break;
        }
    }
}

HtmlDocument::~HtmlDocument() = default;

} // namespace Outpost

// Debian builds gumbo (0.10.1, no longer maintained) with its assertions on, and a few inputs
// trip them: `<table><svg><desc><![CDATA[c]]> ` aborts in handle_in_table(). A message must not
// take Outpost down, so this definition, which the executable exports in place of glibc's,
// abandons a parse in which an assertion fails, as an exhausted budget does (the arena frees
// what it allocated; gumbo keeps no other state). Anywhere else an assertion fails as usual.
extern "C" void __assert_fail(
    const char *assertion, const char *file, unsigned int line, const char *function) noexcept
{
    if (Outpost::t_parsing)
        std::longjmp(Outpost::t_parsing->abort, 1);
    std::fprintf(stderr, "%s:%u: %s: Assertion `%s' failed.\n", file, line, function, assertion);
    std::abort();
}
