"""An imported article's title: the headline at the top, else a short title from the lead.

Pasted and saved articles open with page furniture before the story: navigation
("Skip to main content"), a kicker, a date-time line, a byline, a photo caption, a wire
dateline ("LIMA, December 6. /EFE/."). None of those is a title, and a title made from
one gives a junk page heading and a junk slug forever (the slug is fixed at import).
So: a headline at the top (short, no closing full stop, followed by the story) is the
title and leaves the body, so the page does not show it twice; otherwise the lead's
first sentence, with a dateline prefix taken off, cut at a word to 90 characters.
Pure: paragraphs in, (title, paragraphs) out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from dateline.lexicon import lexicon
from dateline.outlet import KNOWN_MARKER

TITLE_MAX: Final = 90
_HEADLINE_MAX_WORDS: Final = 22
_HEADLINE_MIN_WORDS: Final = 3
_TOP_LINES: Final = 8  # lines of page furniture looked through for a headline

_LEX: Final = lexicon()
NAVIGATION: Final = _LEX.page_navigation
_CAPTION: Final = re.compile(
    r"(?i)^(?:photo|image|picture|pictured|photograph|illustration|file photo|caption|image caption"
    r"|image source|video caption)\b\s*[:|,—–-]"
    r"|(?:photo(?:graph)?|image|picture)\s*(?:by|:|credit)\s*[:\w]"
    r"|\b(?:" + "|".join(re.escape(w) for w in _LEX.photo_credits) + r")\b"
    r"|\b[A-Z]{2,}/[A-Z][a-z]+(?:\s[A-Z][\w.-]+)*\s*$"  # "REUTERS/Gleb Garanich"
    r"|^\(?(?:photo|file)\)?$"
)
_BYLINE: Final = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Ww]ords by)\s+[A-Z][\w.'’-]*\s+(?:[A-Z][\w.'’-]*|and|&)"
    r"(?:[\s,]+(?:and|&|[A-Z][\w.'’-]*))*(?:\s*[,|·•–—-]\s*.{0,60}(?<!\.))?$")
_AUTHOR_ROLE: Final = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s*(?:[,|·•–—-]\s*)"
    r"(?:[\w'’-]+\s+){0,3}"
    r"(?:" + "|".join(re.escape(w) for w in _LEX.byline_roles) + r")s?\s*$", re.IGNORECASE)
# A wire dateline: "LIMA, December 6. /EFE/.", "NAIROBI, Kenya (AP) —", "OSLO, Feb 9 (Reuters) -",
# "WASHINGTON —": an upper-case place, optional region and date, an optional agency, a dash or full stop.
_DATELINE: Final = re.compile(
    r"^[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,3}"  # LIMA, THE HAGUE
    r"(?:,\s*[\w'’-]+\.?(?:\s[\w'’-]+\.?){0,3})*"  # , Kenya, Feb. 9, 2025
    r"(?:\s*/[A-Z][\w-]*/\.?|\s*\([A-Za-z][\w.&' -]{0,30}\))?"  # /TASS/. or (AP)
    r"\s*(?:[—–]+|-{1,2}|(?<=[./)])(?=\s))\s*")
_LABEL: Final = re.compile(r"^(?:Source|Details|Quote|Background|Context|Update|Editor's note)\s*:", re.IGNORECASE)
# A title-case place before a listed agency: "Dakar (AFP) – …".
_KNOWN_DATELINE: Final = re.compile(KNOWN_MARKER.pattern + r"\.?\s*(?:[—–]+|-{1,2}|(?<=[./)])(?=\s))\s*",
                                    re.IGNORECASE)
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")
_CLOCK: Final = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_MONTH: Final = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
_NUMERIC_DATE: Final = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
_DATE_WORDS: Final = re.compile(
    r"(?i)\b(?:published|updated|posted|modified|issued|last updated|first published|ago|min read"
    r"|minutes? read|GMT|UTC|EST|EDT|BST|CET|CEST|EET|EEST|MSK|local time)\b")


def is_furniture(line: str) -> str:
    """Why ``line`` is page furniture and no title ("navigation", "byline"…), or "" when it may be one."""
    text = line.strip()
    bare = text.strip(" .:|·•›»>-–—").casefold()
    if not bare or bare in NAVIGATION:
        return "navigation"
    if _LABEL.match(text):
        return "label"
    if _is_date_line(text):
        return "date line"
    if _BYLINE.match(text) or _AUTHOR_ROLE.match(text):
        return "byline"
    if _CAPTION.search(text):
        return "photo caption"
    m = _DATELINE.match(text)
    if m is not None and len(text[m.end():].split()) < 3:
        return "wire dateline"
    return ""


def _top_furniture(line: str) -> str:
    """`is_furniture`, plus the one- or two-word section labels and kickers pasted above a story
    ("World", "Election 2024"); a title the editor or the page gives may be that short."""
    kind = is_furniture(line)
    if not kind and len(line.split()) <= 2 and not line.rstrip().endswith((".", "!", "?", "”", '"')):
        return "section label"
    return kind


def _is_date_line(text: str) -> bool:
    """A line that only says when: "2025-03-03 14:22", "Updated 10:42 GMT, 3 March 2025", "3 MAR 2025"."""
    if len(text) > 120:
        return False
    dated = bool(_NUMERIC_DATE.search(text) or _MONTH.search(text) or _CLOCK.search(text)
                 or _MONTH.search(text.title()))
    if not dated and not _DATE_WORDS.search(text):
        return False
    rest = _NUMERIC_DATE.sub(" ", text)
    rest = _CLOCK.sub(" ", rest)
    rest = _DATE_WORDS.sub(" ", rest)
    rest = re.sub(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?", " ", rest)
    rest = re.sub(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?", " ", rest)
    rest = re.sub(r"(?i)\b(?:on|at|by|am|pm|a\.m\.|p\.m\.|the|hours?|days?|minutes?|an?|time|date)\b", " ", rest)
    rest = re.sub(r"[\d\s,.:;|·•/()+\-–—]+", " ", rest)
    return len(rest.split()) <= 1


def is_headline(line: str) -> bool:
    """A headline: a few words, no closing full stop, no wire dateline, not furniture."""
    text = line.strip()
    words = text.split()
    if not _HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS or len(text) > 160:
        return False
    if text.endswith((".", ",", ";", ":", "…")) and not text.endswith(("...", "…?")):
        return False
    if text.endswith((".”", '."', ".’")):
        return False
    if _DATELINE.match(text) or _KNOWN_DATELINE.match(text) or is_furniture(text):
        return False
    return not (text[0].islower() or text[0] in "“\"‘'")


def choose_title(paragraphs: Sequence[str], given: str = "", *, trusted: bool = True) -> tuple[str, list[str]]:
    """(title, body paragraphs): the headline leaves the body; the lead gives a title otherwise.

    ``given`` is a title found outside the text (the editor's ``--title``, front matter, a
    page's og:title/<title>/<h1>): it is used unless it is furniture itself, and a paragraph
    repeating it at the top leaves the body.  A page's title (``trusted=False``) that shares
    no word with a story opening with its own headline is the site's name in a logo <h1>
    or a generic <title> ("The Valley Sentinel"): the story's headline wins.
    """
    paras = list(paragraphs)
    own = _text_headline(paras)
    if given and not is_furniture(given):
        if not trusted and own is not None and not _shares_words(given, paras[own:own + 3]):
            return paras[own].strip(), paras[:own] + paras[own + 1:]
        key = _key(given)
        for i, p in enumerate(paras[:_TOP_LINES]):
            if _key(p) == key and len(paras) > 1:
                del paras[i]
                break
        return given, paras
    if own is not None:
        return paras[own].strip(), paras[:own] + paras[own + 1:]
    return lead_title(paras), paras


def _text_headline(paras: Sequence[str]) -> int | None:
    """Index of the headline the text opens with (past furniture), if it has one and a story after it."""
    for i, p in enumerate(paras[:_TOP_LINES]):
        if _top_furniture(p):
            continue
        return i if is_headline(p) and i + 1 < len(paras) else None
    return None


_WORD = re.compile(r"[^\W\d_]{4,}")


def _shares_words(title: str, paras: Sequence[str]) -> bool:
    """Does ``title`` share a word of four letters or more with ``paras``? (case and plural aside)"""
    def stems(text: str) -> set[str]:
        return {w.casefold().rstrip("s") for w in _WORD.findall(text)}

    return bool(stems(title) & stems(" ".join(paras)))


def drop_top_furniture(paragraphs: Sequence[str]) -> list[str]:
    """A web page's body without the navigation, byline and caption lines above its first paragraph.

    Only for pages (a pasted text keeps every line: its date line is evidence); date lines
    stay too, for the same reason.  The story itself is never dropped: at least one
    paragraph remains.
    """
    paras = list(paragraphs)
    while len(paras) > 1 and is_furniture(paras[0]) in ("navigation", "byline", "photo caption"):
        del paras[0]
    return paras


def lead_title(paragraphs: Sequence[str]) -> str:
    """The lead's first sentence, dateline taken off, cut at a word boundary near 90 characters."""
    for p in paragraphs:
        if _top_furniture(p):
            continue
        text = p.strip()
        m = _DATELINE.match(text) or _KNOWN_DATELINE.match(text)
        if m is not None:
            text = text[m.end():]
            text = text[:1].upper() + text[1:]
        first = _SENTENCE_END.split(text, maxsplit=1)[0].strip().rstrip(".")
        if not first:
            continue
        if len(first) > TITLE_MAX:
            first = first[:TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:—– ") + "…"
        return first
    return "Untitled article"


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()
