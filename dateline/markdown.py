"""The one configured Markdown renderer, and quote highlighting inside rendered bodies.

Raw HTML is off (a `<script>` in an article is shown as text, never run). Quotes are
found in the *source* text, so their spans are marked with private-use sentinels
before rendering and turned into elements after: markdown-it never sees our HTML
and the highlighted words are exactly the extracted span.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from markdown_it import MarkdownIt

_OPEN, _MID, _CLOSE = "\ue000", "\ue001", "\ue002"
_SENTINELS = re.compile("[\ue000-\ue002]")
_MARKED = re.compile(f"{_OPEN}(\\d+){_MID}")


@lru_cache(maxsize=1)
def renderer() -> MarkdownIt:
    """CommonMark with raw HTML off and linkify off: what the author typed is what shows."""
    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    md.disable("image")
    return md


def render(text: str) -> str:
    """Render Markdown to HTML with raw HTML escaped, and HTML comments left out: an editor's
    `<!-- not for print … -->` is no text of the article (`unprinted_blanked`), so not shown either."""
    if "<!--" in text:
        text = _COMMENT.sub("", text)
    plain = _plain_paragraphs(text)
    return plain if plain is not None else str(renderer().render(text))


# Plain prose (most news articles: paragraphs of sentences, no Markdown at all) renders to
# `<p>…</p>` per paragraph with `"` escaped; markdown-it's rule machinery costs ~1 ms a body to
# find that out. A text with any character that starts Markdown syntax anywhere (inline:
# escapes, code, emphasis, links, autolinks and raw HTML, entities) or a line that could open a
# block (heading, quote, list, rule, fence, setext underline, indented code, leading or trailing
# whitespace, which CommonMark strips or turns into a hard break) goes to markdown-it; what is
# left has one rendering, and tests/test_markdown.py checks it against markdown-it's.
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]<>&\r\t\x00]")
_BLOCK_START = re.compile(r"[#>+\-*=~_`]|\d{1,9}[.)]")


def _plain_paragraphs(text: str) -> str | None:
    """The HTML markdown-it makes of `text` when it is plain paragraphs, else None."""
    if _INLINE_SYNTAX.search(text):
        return None
    out: list[str] = []
    para: list[str] = []
    for line in text.split("\n"):
        if not line.strip(" "):  # blank (spaces only): the paragraph ends
            if para:
                out.append("<p>" + "\n".join(para) + "</p>\n")
                para = []
            continue
        if line[0].isspace() or line[-1].isspace() or _BLOCK_START.match(line):
            return None
        para.append(line)
    if para:
        out.append("<p>" + "\n".join(para) + "</p>\n")
    return "".join(out).replace('"', "&quot;")


# a closed HTML comment (an unclosed `<!--` is shown as typed: what it would hide is unknown); never across a
# quote's sentinels, which `unprinted_blanked` keeps out of comments
_COMMENT = re.compile(r"<!--[^\ue000-\ue002]*?-->")
# a link reference definition with a title (CommonMark 4.7): `[label]: destination "title"` (or 'title', (title)),
# the title on the definition's line or the next; the destination not opening with a quote mark, so a transcript's
# `[Ana]: "We will go," she said.` is none
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]\n]{1,999}\]:[ \t]*\n?[ \t]*(?:<[^<>\n]*>|[^\s\"'“‘(<][^\s]*)"
                        r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\))[ \t]*$", re.MULTILINE)

# an inline link's title (`[the minutes](https://… "Ruiz said “…”")`): its group 1, the title with its marks
_LINK_TITLE = re.compile(r"\]\([ \t]*(?:<[^<>\n]*>|[^\s()<][^\s()]*)[ \t]+\n?[ \t]*"
                         r"(\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\))[ \t]*\)")


# a character reference as CommonMark reads one (`&ldquo;`, `&#8220;`, `&#x201C;`: with its semicolon)
_REFERENCE_CHAR = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# code where a reference stays as typed: a fenced block, an inline code span (matched backtick runs)
_CODE = re.compile(r"^(`{3,}|~{3,})[^\n]*\n(?:.*?\n)??\1[`~]*[ \t]*$|(`+)[^`](?:(?!\n[ \t]*\n).)*?(?<!`)\2(?!`)",
                   re.MULTILINE | re.DOTALL)


def _plain_character(m: re.Match[str]) -> str:
    ref = m.group()
    ch = html.unescape(ref)
    if ch == ref or ch in ("\ufffd", "") or any(
            (c < "\xa0" and c not in "\"'") or unicodedata.category(c) in ("Cf", "Cc", "Cs", "Co", "Zl", "Zp")
            for c in ch):
        return ref
    return ch


def character_references(body: str) -> str:
    """`body` with the character references that stand for plain characters typed as those characters
    (`&ldquo;Q&rdquo;` → `“Q”`, `&quot;` → `"`, `&nbsp;` → a no-break space), outside code.

    A body pasted from a page's source or a CMS export spells its quotation marks as references: markdown-it
    shows them as marks, but quotes are found in the source text, where `&ldquo;` is no mark, so the
    article's every quote was lost (hostile round 77). Only what has no Markdown meaning is decoded — a
    character from U+00A0 on, or a straight quotation mark or apostrophe; `&lt;`, `&#42;`, `&#35;` stay as
    typed, or they would become markup, emphasis, a heading — and no control, format (bidi overrides),
    private-use or line-breaking character. Each reference is on one line, so every line stays."""
    if "&" not in body or not _REFERENCE_CHAR.search(body):
        return body
    out: list[str] = []
    at = 0
    for m in _CODE.finditer(body) if "`" in body or "~~~" in body else ():
        out.append(_REFERENCE_CHAR.sub(_plain_character, body[at:m.start()]))
        out.append(m.group())
        at = m.end()
    out.append(_REFERENCE_CHAR.sub(_plain_character, body[at:]))
    return "".join(out)


def unprinted_blanked(body: str) -> str:
    """`body` with what Markdown prints as no text of the article blanked (each character a space,
    each line break kept, so every offset and line stays): closed HTML comments (an editor's note "not
    for print", which `render` leaves out) and link reference definitions (`[m]: https://… "title"`:
    its title is a tooltip, yet a quotation inside it was read as a quote, marked inside the `title`
    attribute, and its anchor's id made twice), and an inline link's title alike. Quotes are found and
    attributed in this text."""
    if "<!--" not in body and "]:" not in body and "](" not in body:
        return body

    def blank(m: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", m.group())

    def blank_title(m: re.Match[str]) -> str:
        start, end = m.span(1)
        return m.group()[:start - m.start()] + blank(m)[start - m.start():end - m.start()] + m.group()[end - m.start():]

    return _LINK_TITLE.sub(blank_title, _REFERENCE.sub(blank, _COMMENT.sub(blank, body)))


def render_marked(body: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """Render `body` with each (start, end, opening_tag) span wrapped in that tag.

    `opening_tag` is complete HTML made by the caller (already escaped); the matching
    close is `</span>`. Spans must not overlap (a later one that does is left out); a span
    crossing a paragraph break must be given as one span per paragraph part. A span with
    `start == end` is a point: an empty element there, inside another span or not — the
    anchor of a quote whose words another quote's span already marks.
    """
    clean = _SENTINELS.sub("\ufffd", body)
    cuts: list[tuple[int, int, str]] = []  # (offset, order at that offset, sentinels)
    tags: list[str] = []
    pos = 0
    for start, end, tag in sorted(spans):
        if start == end and 0 <= start <= len(clean):
            cuts.append((start, 1, f"{_OPEN}{len(tags)}{_MID}{_CLOSE}"))
            tags.append(tag)
            continue
        if start < pos or end > len(clean) or start > end:
            continue
        cuts += [(start, 2, f"{_OPEN}{len(tags)}{_MID}"), (end, 0, _CLOSE)]
        tags.append(tag)
        pos = end
    pieces: list[str] = []
    pos = 0
    for at, _order, mark in sorted(cuts, key=lambda c: (c[0], c[1])):
        pieces += [clean[pos:at], mark]
        pos = at
    pieces.append(clean[pos:])
    out = render("".join(pieces))
    out = _MARKED.sub(lambda m: tags[int(m.group(1))], out)
    return out.replace(_CLOSE, "</span>")


# ----------------------------------------------------------------- a long body's page, in parts

PART_BUDGET = 350_000  # what one page part of an article's body may weigh (`weight`): with its frame, far under 1 MB
QUOTE_WEIGHT = 1_600  # what a quotation adds to its page beside its words: its marks, its item in the page's list
_ESCAPED = ((b"<", 3), (b">", 3), (b"&", 4), (b'"', 5))  # what HTML escaping adds to a character
_OPENING_MARKS = tuple(m.encode() for m in "“„«‹‘「『")  # one each quotation opens (a straight '"': two a quotation)
# a transcript's turn ("NAME: …", "[10:02] Ana: …") is a statement with no mark: each colon before a space counts as one
_TURN_COLON = b": "
_UNCOUNTED = bytes(sorted(set(range(256)) - {b for m in (*_OPENING_MARKS, *(c for c, _ in _ESCAPED), _TURN_COLON, b"\n")
                                                  for b in m}))
_SENTENCE_END = re.compile(r"[.!?…]['\"’”»)]*\s")
_SPACE = re.compile(r"\s")


def weight(text: str) -> int:
    """About how many bytes `text` makes on its article's page: its UTF-8, what escaping adds, and
    QUOTE_WEIGHT for each quotation its marks open or a turn's colon may begin (the statements' list
    below the text, their marked words) — an upper bound rather than a count. Read from the text alone,
    by byte counts (~5 µs for a news story), so a page's parts are known when the article is loaded."""
    data = text.encode("utf-8", "surrogatepass")
    # the bytes counted, alone (one C pass; a dozen counts over the whole text were 4 times slower): a mark's
    # bytes may also meet across a dropped character, which only counts one quotation more (an upper bound)
    marks = data.translate(None, _UNCOUNTED)
    size = len(data) + sum(marks.count(c) * extra for c, extra in _ESCAPED)
    quotes = marks.count(b'"') // 2 + sum(marks.count(c) for c in _OPENING_MARKS) + marks.count(_TURN_COLON)
    # … and no more quotations than the text has words: marks nested two thousand deep around one word
    # ("“‘«“‘«…toll…»’”»’”") are one quotation, not a page in 37 parts
    quotes = min(quotes, marks.count(b" ") + marks.count(b"\n") + 1)
    return size + quotes * QUOTE_WEIGHT


def parts(body: str, budget: int = PART_BUDGET) -> tuple[int, ...]:
    """Where the parts of a body too heavy for one page (`weight` over `budget`) begin after the first:
    at paragraph breaks, as many paragraphs to a part as its budget holds; a paragraph heavier than a
    part alone (a 5 MB text on one line) is cut at a sentence's end, else at a space, else where the
    budget ends. () for any body one page holds (nearly all). Deterministic: the text alone decides.
    A quote whose words cross a cut is marked in both parts, its anchor in the first (`render_parts`)."""
    if weight(body) <= budget:
        return ()
    cuts: list[int] = []
    start = 0  # of the part being filled
    used = 0
    pos = 0
    for block in re.split(r"(?<=\n\n)", body):  # each paragraph with the blank line after it
        w = weight(block)
        if used and used + w > budget:
            cuts.append(pos)
            start, used = pos, 0
        if w > budget:  # a paragraph no part holds: cut inside it
            at = pos
            end = pos + len(block)
            while weight(body[at:end]) > budget:
                cut = _cut_inside(body, at, end, budget)
                cuts.append(cut)
                at = cut
            start, used = at, weight(body[at:end])
        else:
            used += w
        pos += len(block)
    del start
    return tuple(c for c in cuts if 0 < c < len(body))


def _cut_inside(body: str, at: int, end: int, budget: int) -> int:
    """Where a part that starts at `at` inside one paragraph ends: the last sentence end, else space,
    in the second half of the stretch that weighs `budget`, else that stretch's end."""
    lo, hi = at + 1, end  # the longest stretch from `at` that fits the budget: binary search on its end
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if weight(body[at:mid]) <= budget:
            lo = mid
        else:
            hi = mid - 1
    fits = lo
    half = at + (fits - at) // 2
    window = body[half:fits]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return half + ends[-1]
    spaces = [m.end() for m in _SPACE.finditer(window)]
    return half + spaces[-1] if spaces else max(fits, at + 1)


def render_parts(body: str, spans: Sequence[tuple[int, int, str]], cuts: Sequence[int]) -> tuple[str, ...]:
    """`render_marked` of each part of `body` (`cuts`: where parts 2, 3 … begin, `parts`): a span is
    given to each part it reaches, clipped to it; in a part after the one it starts in, it marks the
    words without the quote's anchor (`id`, `data-quote-id` become `data-quote-part`), so every anchor
    is on exactly one part, the one its start is in."""
    bounds = [0, *cuts, len(body)]
    out = []
    for lo, hi in itertools.pairwise(bounds):
        mine = []
        for start, end, tag in spans:
            if start == end:
                if lo <= start < hi or (start == hi == len(body)):
                    mine.append((start - lo, end - lo, tag))
            elif start < hi and end > lo:
                if start < lo:
                    tag = _ANCHOR.sub(r'data-quote-part="\1"', tag)
                mine.append((max(start, lo) - lo, min(end, hi) - lo, tag))
        out.append(render_marked(body[lo:hi], mine))
    return tuple(out)


_ANCHOR = re.compile(r'id="q-[^"]*" data-quote-id="([^"]*)"')


def inline_text(text: str) -> str:
    """Escape plain text for HTML (titles and quote texts are never Markdown)."""
    return html.escape(text, quote=True)
