"""The one configured Markdown renderer, and quote highlighting inside rendered bodies.

Raw HTML is off (a `<script>` in an article is shown as text, never run). Quotes are
found in the *source* text, so their spans are marked with private-use sentinels
before rendering and turned into elements after: markdown-it never sees our HTML
and the highlighted words are exactly the extracted span.
"""

from __future__ import annotations

import html
import re
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
    """Render Markdown to HTML with raw HTML escaped."""
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


def inline_text(text: str) -> str:
    """Escape plain text for HTML (titles and quote texts are never Markdown)."""
    return html.escape(text, quote=True)
