"""Find quoted speech in an article body: pure text in, spans out.

Works on the body *source* so every quote is an exact substring with exact offsets.
Marks handled: straight "…", curly “…”, low „…“, guillemets «…», Japanese 「…」, and single ‘…’ when
an article uses them as its primary marks. The steps, each a function below:

1. split the body into paragraphs (blank lines; single newlines after a full stop,
   as in pasted news text);
2. transcript turns (`ZAKARIA: …`, `MARTINEZ (through translator): …`) become quotes
   of their turn's speaker;
3. pair the primary marks in each paragraph; a quote left open at a paragraph end
   continues if the next paragraph re-opens it or closes it before opening another
   (news style); otherwise it is dropped with a warning, never mis-spanned;
4. decide speech vs. non-speech (titles, scare quotes, terms) from the words around
   the marks, not from length alone; flag partial fragments.

Attribution (who said it) is `attribution.py`'s job.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Final, Literal

from dateline import patterns
from dateline.arabic_tags import BYLINE_LABELS, arabic_speech, arabic_whole, has_arabic
from dateline.lexicon import (
    corner_words,
    date_line_words,
    devanagari_words,
    folds_to_ascii,
    han_words,
    hangul_words,
    language_of,
    lexicon,
    page_line_words,
    sentence_end,
    sentence_start,
)
from dateline.model import QuoteKind

# ---------------------------------------------------------------- paragraphs


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    line: int


def paragraphs(body: str) -> list[Paragraph]:
    """Paragraph spans of `body`.

    A blank line always separates paragraphs. A single newline does too when the line
    before it ends a sentence (pasted news text puts one paragraph per line), or when the
    line after it opens with a transcript's label in capitals (a turn left without a full
    stop), but not inside hard-wrapped prose.
    """
    out: list[Paragraph] = []
    pos = 0
    line = 1
    start: int | None = None
    start_line = 1
    for raw in body.split("\n"):
        stripped = raw.strip()
        end = pos + len(raw)
        if not stripped:
            if start is not None:
                out.append(Paragraph(len(out), start, _rstrip_at(body, start, pos - 1), start_line))
                start = None
        else:
            if start is not None and opens_turn(stripped):  # "…on the air\nCALLER (…): Yes."
                out.append(Paragraph(len(out), start, _rstrip_at(body, start, pos - 1), start_line))
                start = None
            if start is None:
                start = pos + (len(raw) - len(raw.lstrip()))
                start_line = line
            if _ends_sentence(stripped) or _is_heading(stripped):
                out.append(Paragraph(len(out), start, pos + len(raw.rstrip()), start_line))
                start = None
        pos = end + 1
        line += 1
    if start is not None:
        out.append(Paragraph(len(out), start, _rstrip_at(body, start, len(body)), start_line))
    return out


def opens_turn(line: str) -> bool:
    """Does ``line`` open with a transcript turn's capitals label (`HON. JANE DOE (Ward): …`, `DOE: …`)? Its words are
    the labelled speaker's, so a date inside them is one they recall, never the record's (`dates.article_statement_date`)."""
    m = _TURN.match(line)
    return m is not None and m.group("name").strip() == m.group("name").strip().upper() \
        and len(m.group("name").strip()) > 1 and m.group("name").strip().rstrip(".") not in _NOT_TURN_NAMES


def _rstrip_at(body: str, start: int, end: int) -> int:
    while end > start and body[end - 1].isspace():
        end -= 1
    return end


_SENTENCE_END = tuple('.?!:"”’»)—–')


def _ends_sentence(line: str) -> bool:
    # a straight ' ends a sentence only after its stop (`…the timing is not.'`): after a word it
    # may be a plural possessive (`the members'`) in hard-wrapped prose
    # German copy closes its quotes with “ and « (`sagte sie: „Wir kommen.“`, `»Ja.«`): after its stop
    return line.endswith(_SENTENCE_END) or line.endswith((".'", "?'", "!'", ".“", "?“", "!“", ".«", "?«", "!«"))


def _is_heading(line: str) -> bool:
    return line.startswith("#") or bool(_LABEL_ONLY.match(line)) or bool(_STAGE_LINE.fullmatch(line)) \
        or bool(_NUMBERED_HEADING.fullmatch(line))


# minutes' numbered item in capitals on a line of its own (`4. ADJOURNMENT`, `3. PUBLIC COMMENT`): a heading, so the
# chair's `Council President Doe: …` on the next line opens a paragraph (a turn) of its own
_NUMBERED_HEADING = re.compile(r"\d{1,2}[.)][ \t]+[A-Z][A-Z0-9 &'’,/\-]{2,60}")


_LABEL_ONLY = re.compile(r"^[A-Z][A-Za-z ]{1,30}:$")
# a broadcast transcript's stage direction on a line of its own (`[JINGLE]`, `[CROSSTALK]`): the
# line ends there, so the turn on the next line opens a paragraph of its own
_STAGE_LINE = re.compile(r"\[[^\[\]\n]{1,60}\]")

# ---------------------------------------------------------------- marks

DOUBLE_OPEN = "“„«「"
DOUBLE_CLOSE = "”»」"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
_OPEN_CONTEXT = set(" \t\n([{—–-/:;,") | set(DOUBLE_OPEN) | set(SINGLE_OPEN) | {'"', "'", "…"}
# (Arabic: the tatweel of a joined preposition before the words, `بـ"…"`, `لـ"…"`, and the Arabic comma and semicolon)
_OPEN_CONTEXT |= {"\u0640", "،", "؛"}
_WORDCHAR = re.compile(r"\w")


MarkRole = Literal["open", "close", "maybe"]  # maybe: a close or an apostrophe, settled later


@dataclass(frozen=True)
class Mark:
    pos: int
    char: str
    role: MarkRole


def _classify_double(text: str, i: int, lo: int, hi: int, low9: bool = False) -> MarkRole | None:
    """Open or close for one double mark, from the characters either side of it.

    Curly and angle marks say which they are, except “, which closes a „ quote
    (German and East European style) when the paragraph uses „ and it sits after a word.
    """
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch == "“":
        if low9 and not prev.isspace() and (prev not in _OPEN_CONTEXT or prev in ",;:…") and not _WORDCHAR.match(nxt):
            return "close"
        return "open"
    if ch in DOUBLE_OPEN:
        return "open"
    if ch == "”" and prev in _OPEN_CONTEXT and _WORDCHAR.match(nxt):
        return "open"  # Swedish and Finnish ”…”: the same mark opens a word and closes after one
    if ch in DOUBLE_CLOSE:
        return "close"
    # straight "
    if prev in _OPEN_CONTEXT and not nxt.isspace():
        return "open"
    if not prev.isspace() and (nxt.isspace() or not _WORDCHAR.match(nxt) or i + 1 >= hi):
        return "close"
    if "\uac00" <= nxt <= "\ud7a3" and not prev.isspace():
        return "close"  # Korean glues its quoting particle to the mark: "…것"이라고 말했다, "…"고 덧붙였다
    if prev in _OPEN_CONTEXT:
        return "open"
    return None


# (and Dutch elisions: "'s ochtends", "'s-Hertogenbosch", "'t dorp", "'n beetje")
_NOT_OPEN_SINGLE = re.compile(r"'n'|['’]\d0s|['’](?:em|til|cause|tis|twas)\b|['’][stn](?=[\s-])", re.IGNORECASE)


def _classify_single(text: str, i: int, lo: int, hi: int) -> MarkRole | None:
    """Open, close, "maybe" (s’ + word: a plural possessive or a close) or None (apostrophe)."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in "’'" and prev in "\"”" and not nxt.isalnum() and nxt not in "[…":
        return "close"  # 'anyone could call "progress"'.
    if ch in "‘‹'" and prev in _OPEN_CONTEXT and (nxt.isalnum() or nxt in "[…."):
        if _NOT_OPEN_SINGLE.match(text, i):
            return None
        return "open"
    if ch in "’›'" and not prev.isspace() and not _WORDCHAR.match(nxt):
        if ch != "›" and prev in "sS" and nxt == " " and text[i + 2:i + 3].islower():
            return "maybe"
        return "close"
    return None


# ‘ or ' opening a word at the start of the body or after a space, bracket or dash (after a
# colon too before a capital). Written mark first, context in a lookbehind, so that `re` can
# skip to the marks instead of trying every position of the body: "(?:^|[\s(—–])‘\w" alike.
# (`uses_single_primary` asks `opens_single`, defined with the headline patterns below, first)
_SINGLE_OPENING_UPPER = re.compile(r"‘(?<![^\s(—–]‘)\w|'(?<![^\s(—–:]')[A-Z\[]")


def uses_single_primary(body: str) -> bool:
    """British style: the article's quotations open with ‘ (or ') and no double marks are used."""
    if not opens_single(body):
        return False
    doubles = [m.start() for m in _DOUBLE_CHARS.finditer(body)]
    if not doubles:
        return bool(_SINGLE_OPENING_UPPER.search(body))
    # double marks only nested inside single-mark quotes (FT style: 'nothing anyone calls "progress"')
    spans: list[tuple[int, int]] = []
    for p in paragraphs(body):
        start: int | None = None
        for mk in find_marks(body, p.start, p.end, True):
            if mk.role == "open" and start is None:
                start = mk.pos
            elif mk.role == "close" and start is not None:
                spans.append((start, mk.pos))
                start = None
    return bool(spans) and all(any(a < d < b for a, b in spans) for d in doubles)


_DOUBLE_CHARS = re.compile('["“”„«»「」]')
_SINGLE_CHARS = re.compile("[‘’‹›']")


class LiteralLed:
    """The matches of one pattern of several alternatives that each open with a literal character, no
    one able to start inside another's match, as their starts or ends, ascending: by one search an
    alternative. `re` searches a pattern opening with a literal by a scan for that character, and one
    opening with a class (`[—–-]`, holding characters beyond Latin-1) by testing each character of the
    text against the class, two to three times slower over a whole body."""

    def __init__(self, alternatives: Iterable[str]) -> None:
        self._each = tuple(re.compile(a) for a in alternatives)

    def starts(self, text: str, lo: int = 0, hi: int | None = None) -> list[int]:
        hi = len(text) if hi is None else hi
        return sorted(m.start() for rx in self._each for m in rx.finditer(text, lo, hi))

    def ends(self, text: str, lo: int = 0, hi: int | None = None) -> list[int]:
        hi = len(text) if hi is None else hi
        return sorted(m.end() for rx in self._each for m in rx.finditer(text, lo, hi))


def find_marks(text: str, lo: int, hi: int, single: bool) -> list[Mark]:
    """Quote marks in text[lo:hi] with their roles; apostrophes left out."""
    out = []
    if single:
        for m in _SINGLE_CHARS.finditer(text, lo, hi):
            i = m.start()
            role = _classify_single(text, i, lo, hi)
            if role is not None:
                out.append(Mark(i, text[i], role))
        return _settle_maybes(out)
    low9 = text.find("„", lo, hi) >= 0
    german = guillemets_reversed(text, lo, hi)
    for m in _DOUBLE_CHARS.finditer(text, lo, hi):
        i = m.start()
        role = _GERMAN_ROLE.get(text[i]) if german else None
        role = role or _classify_double(text, i, lo, hi, low9)
        if role is not None:
            out.append(Mark(i, text[i], role))
    return out


_GERMAN_ROLE: dict[str, MarkRole] = {"»": "open", "«": "close"}
_GUILLEMET = re.compile("[«»]")
_HUG = re.compile(r"[\w„“‚‘'\"(\[…]")  # what a mark that opens is followed by when it hugs its words


def guillemets_reversed(text: str, lo: int, hi: int) -> bool:
    """German and Austrian copy (and books) set guillemets the other way round: »Zitat« opens with »
    and closes with «, where French and Swiss copy write «Zitat» (« Zitat »). No language setting
    says which: a German site quotes a Swiss paper, an English one a French paper. The marks do.

    Each guillemet of text[lo:hi] votes by where it stands: one that hugs the words after it and
    follows a space or the paragraph's start (`»Die`, `«La`) opens; one that hugs the words before
    it and is followed by a space, punctuation or the end (`kommt«,`, `vient»,`) closes; French
    spacing (`« Q »`) votes French. A tie goes to the first mark: a paragraph's first guillemet
    opens its first quote (one carried over from the paragraph before closes first, but then its
    context votes). Returns True when » opens and « closes."""
    if text.find("«", lo, hi) < 0 and text.find("»", lo, hi) < 0:
        return False  # (no guillemet votes: most paragraphs, found by two C scans, not a regex's)
    german = french = 0
    first = ""
    for m in _GUILLEMET.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        first = first or ch
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        opens = (prev.isspace() or prev in "([{—–-/:;,\"'“„‘") and bool(_HUG.match(nxt))
        closes = not prev.isspace() and prev not in "([{—–/" and (nxt.isspace() or not _WORDCHAR.match(nxt))
        if opens == closes:
            if prev in _PADDING and nxt in _PADDING:
                french += 1  # `« Q »`: French typography's spaces inside both marks
            continue
        if (ch == "»") == opens:
            german += 1
        else:
            french += 1
    return german > french or (german == french and first == "»")


def _settle_maybes(marks: list[Mark]) -> list[Mark]:
    """A "maybe" close is an apostrophe when a real close follows before the next open."""
    out = []
    for k, mk in enumerate(marks):
        if mk.role != "maybe":
            out.append(mk)
            continue
        later_close = False
        for nxt in marks[k + 1:]:
            if nxt.role == "open":
                break
            if nxt.role == "close":
                later_close = True
                break
        if not later_close:
            out.append(Mark(mk.pos, mk.char, "close"))
    return out


# ---------------------------------------------------------------- spans


@dataclass(frozen=True)
class RawQuote:
    """A quoted span before attribution. Offsets are into the article body.

    `start`/`end` bound the text between the outer marks; `parts` are the
    per-paragraph pieces; `paragraph` is the index of the first paragraph.
    """

    start: int
    end: int
    text: str
    marks: str
    parts: tuple[tuple[int, int], ...]
    paragraph: int
    last_paragraph: int
    line: int
    kind: QuoteKind = "direct"
    partial: bool = False
    turn_name: str = ""
    turn_note: str = ""
    turn_title: str = ""  # a title of address before the label's name (`Ms DOE:`): the label is a person
    repaired: bool = False  # the page dropped the closing mark; the end was recovered (see _unclosed)
    asker: bool = False  # a transcript turn of the label whose turns are the questions (see _askers)


@dataclass
class Extraction:
    quotes: list[RawQuote] = field(default_factory=list)
    rejected: list[tuple[RawQuote, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (line, message)
    paragraphs: list[Paragraph] = field(default_factory=list)


# Upper-case letters of the Latin scripts (HRŠAK, INÊS, KNEŽEVIĆ); a label's name must then
# equal its own upper-casing, since the extended ranges hold lower-case letters too.
# (… and Greek's, which a label in capitals writes without its accents but for a diaeresis: ΣΤΑΥΡΙΑΝΟΣ, ΣΚΑΪ)
_UP = "A-ZÀ-ÖØ-ÞĀ-ɏΆΈ-ΊΌΎ-ΡΣ-Ϋ"
# the capitals alone of the Latin scripts, for a pattern that must tell a name's first letter from a
# lower-case one: Polish, Czech, Baltic and Croatian names open with Ł, Ś, Ż, Š, Č, Ž (`(Sen. Jan Łęcki)`)
# (… and of Cyrillic, East Slavic's and the Turkic and other languages' letters written in it: "Петрова", "Әсел",
# "Ұлы", Serbian "Ђорђе")
# (… and of Greek, monotonic and polytonic: "Σταυριανός", "Ἀθῆναι")
CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in (*map(chr, range(0x100, 0x250)), *map(chr, range(0x370, 0x400)),
                                             *map(chr, range(0x400, 0x530)), *map(chr, range(0x1F00, 0x2000)))
                                 if c.isupper())
# a hearing's or a newspaper's transcript writes a title of address in mixed case before the upper-case
# name (`Mr. HWANG (through interpreter):`, `Ms. DOE:`): the title is no part of the label's name
_TURN_TITLE = "|".join(sorted({re.escape(w) for w in lexicon().honorifics if w[1:].islower()},
                             key=lambda w: (-len(w), w)))
# A parliament's office label keeps its article in mixed case (`The SPEAKER:`); its seat and its
# time follow a member's name in brackets (`Ms DOE (Northgate—Minister for Housing) (14:02):`).
_OFFICE_ARTICLE = "|".join(re.escape(w) for w in lexicon().office_articles)
# a label's colon; French typography puts a space before it, often a no-break one (`JANE DOE : …`)
# (or the label alone on its line, the words on the next: a parliament's record as the Dutch Handelingen set it,
# `De voorzitter:` over the chair's words)
_COLON = r"[ \u00a0\u202f]?:(?:[ \t\u00a0\u202f]+|[ \t]*\n(?:[ \t]*\n)?(?=\S))"  # (a blank line: _BROADCAST_LABEL)
# … or a compound title, capitalised, that ends as a title does (lang *.toml title_endings), two titles joined by
# "and" included (`Sjukvårdsminister JANE DOE:`, `Energi- och näringsminister JANE DOE (M):`)
_LOWER = "a-zß-öø-ÿ"
_TURN_COMPOUND = (rf"[{_UP}][{_LOWER}]*(?:[{_LOWER}]-[ ]+(?:{'|'.join(map(re.escape, lexicon().and_words))})"
                  rf"[ ]+[{_LOWER}]+)?(?:{'|'.join(map(re.escape, lexicon().title_endings))})")
# a member's label may go on after the bracket: a word for the kind of turn (`(M) replik:`, lang *.toml turn_kinds) or
# an office after a comma (`JANE DOE (KD), MINISTER:`)
_TURN_KIND = "|".join(map(re.escape, lexicon().turn_kinds)) or "(?!)"
# … or, after the seat in brackets, the member's office in Title Case and its links (a Nigerian or Ghanaian House of
# Assembly's Votes and Proceedings: `HON. JANE DOE (Northtown I), Minority Leader:`, `HON. JOHN ROE (Eastgate),
# Chairman, Committee on Works and Housing:`): capitalised words, lower-case links, commas between them, no verb
_OFFICE_AFTER_NOTE = (rf"(?<=\)),[ ][{CAPITALS}][\w’'\-]*(?:,?[ ](?:[{CAPITALS}][\w’'\-]*|(?:"
                      + "|".join(map(re.escape, lexicon().label_links)) + r")(?![\w’'])))" + "{0,9}")
# a capitals label's word; a Gaelic surname keeps its lower-case `c` there (`LUCY McBRIDE:`, `MacLEOD:`)
_CAPS_START = rf"(?:Ma?c(?=[{_UP}]{{2}})|[{_UP}])"


def _caps_label(name: str) -> bool:
    """A label written in capitals, a Gaelic surname's `Mc`/`Mac` aside (`LUCY McBRIDE`)."""
    return re.sub(rf"\bMa?c(?=[{_UP}]{{2}})", lambda m: m.group(0).upper(), name) == name.upper()


_TURN = re.compile(
    rf"(?:(?P<title>{_TURN_TITLE}|{_OFFICE_ARTICLE}|{_TURN_COMPOUND})\.?[ ]+(?=[{_UP}][{_UP}'’.\-]*[{_UP}]))?"
    rf"(?P<name>(?:{_CAPS_START}[{_UP}'’.\-]*\.?)(?:[ \-]{_CAPS_START}[{_UP}'’.\-]*){{0,3}})"
    rf"(?:/[{_UP}0-9][{_UP}0-9&.\-]*(?:[ ][{_UP}0-9&.\-]+){{0,3}})?"  # a briefing's `NAME/OUTLET:` (the outlet)
    rf"(?:,[ ,A-Za-z0-9À-ɏ'’.\-\"“”]{{1,80}})?"
    r"(?P<note>(?:\s*\((?:[^()\n]{1,60})\)){1,2})?"
    rf"(?:[ ](?:{_TURN_KIND})|,[ ][{_UP}][{_UP} \-]{{1,60}}|{_OFFICE_AFTER_NOTE})?" + _COLON + r"(?P<text>\S.*)$",
    re.DOTALL,
)
# A hearing's record that ends its labels with a full stop (`SEN. DOE. Mr. Chair, …`, `THE CHAIRPERSON
# (Sen. Doe). The hearing …`, `ATTY. DOE. Your Honor …`, a congressional record's `Mr. DOE. Mr. President,
# …` and `The PRESIDING OFFICER. …`): the same capitals as `_TURN`, the full stop for its colon. A line
# of prose can open with capitals and a full stop too, so these count only where the text shows the
# convention (see transcript_turns).
# A congressional record's label may go on after the capitals: the member's state after its link (`Mr. DOE of Ohio.`,
# en.toml label_seat_links) or the office's lower-case tail (`The SPEAKER pro tempore.`, office_tails), neither a name
_DOT_LABEL_TAIL = "|".join(
    [rf"[ ](?:{'|'.join(map(re.escape, lexicon().label_seat_links))})[ ][{CAPITALS}][a-z]+(?:[ ][{CAPITALS}][a-z]+){{0,2}}"]
    * bool(lexicon().label_seat_links)
    + [rf"[ ](?:{'|'.join(map(re.escape, lexicon().office_tails))})"] * bool(lexicon().office_tails)) or "(?!)"
_DOT_TURN = re.compile(
    rf"(?:(?P<title>{_TURN_TITLE}|{_OFFICE_ARTICLE})\.?[ ]+(?=[{_UP}][{_UP}'’.\-]*[{_UP}]))?"
    rf"(?P<name>[{_UP}][{_UP}'’\-]*\.?(?:[ \-][{_UP}][{_UP}'’\-]*\.?){{0,3}})(?:{_DOT_LABEL_TAIL})?"
    # an Italian stenographic record's office after the family name ("DOSSENA, ministro dei trasporti. …",
    # "DOE, Presidente della Giunta. …"): words with no digit, no part of the name
    r"(?:,[ ](?P<office>[^\W\d_][^\n.()\d:;]{1,80}?))?"
    r"(?P<note>[ ]?\([^()\n]{1,60}\))?\.-?[ \t]+(?P<text>\S.*)$",
    re.DOTALL,
)
# A record that ends its labels with a dash (a Turkish or a Greek parliament's minutes in translation: `CHAIR – Dear
# members, …`, `JANE DOE (Northtown) – Minister, …`, `MINISTER OF ENERGY JOHN ROE – Thank you, …`): the capitals of
# `_DOT_TURN`, an office's words before the name (a comma between them: `MINISTER OF ENVIRONMENT, WATER AND
# FORESTS JANE DOE (Seat) –`), a dash for its colon; a wire's dateline opens a line so too
# (`ANKARA – The minister …`), so these count only as a convention of the text, as full-stop labels do
_DASH_LABEL_TURN = re.compile(
    rf"(?:(?P<title>{_TURN_TITLE}|{_OFFICE_ARTICLE})\.?[ ]+(?=[{_UP}][{_UP}'’.\-]*[{_UP}]))?"
    rf"(?P<name>[{_UP}][{_UP}'’\-]*\.?(?:,?[ \-][{_UP}][{_UP}'’\-]*\.?){{0,7}})"
    r"(?P<note>[ ]?\([^()\n]{1,60}\))?[ \t]+[–—][ \t]+(?P<text>\S.*)$",
    re.DOTALL,
)
# A Westminster record's question time labels (lang *.toml question_to, answer_labels_after): the question by who asks
# it and the office it is put to, its number before (`412. Ms J.A. DOE to the Minister for Water:`), the answer by who
# replies (`Mr P.R. ROE replied:`), each on a line of its own over the words (see _standing_turns) or before them on
# its line (New Zealand's `1. JANE DOE (Party—Seat) to the Minister of Finance: Does he …?`). The name in capitals (a
# word of two capitals at least), a title of address in mixed case before it, as `_TURN`'s.
_ADDRESSED_TURN = re.compile(
    rf"(?:\d{{1,4}}\.[ \t]+)?(?:(?P<title>{_TURN_TITLE})\.?[ ]+)?"
    rf"(?P<name>(?=[^\n:]*?[{_UP}]{{2}})[{_UP}][{_UP}'’.\-]*(?:[ \-][{_UP}][{_UP}'’.\-]*){{0,3}})"
    r"(?P<note>[ ]?\([^()\n]{1,60}\))?[ ]+"
    rf"(?:(?:{'|'.join(map(re.escape, lexicon().question_to)) or '(?!)'})[ ]+(?P<to>[{CAPITALS}][^\n:]{{0,80}})"
    rf"|(?:{'|'.join(map(re.escape, lexicon().answer_labels_after)) or '(?!)'}))"
    r"[ \t]*:[ \t]*(?P<text>.*)$", re.DOTALL)


def question_put(line: str, before: str = "") -> bool:
    """Whether `line` is a member's question put to an office (`1. JANE DOE (Party) to the Minister of Finance: Does
    he …?`), or the words under such a label standing alone on `before`, the line above (`412. Ms J.A. DOE to the
    Premier:`): the asker puts others' words to the one who answers ("the Premier's statement on 12 March"), so its
    dates date those, never the record's."""
    if " to " not in line and " to " not in before:  # (most lines: no question label)
        return False
    m = _ADDRESSED_TURN.match(line)
    if m is not None and m.group("to") and m.group("text").strip():
        return True
    m = _ADDRESSED_TURN.fullmatch(before.strip()) if before else None
    return m is not None and bool(m.group("to")) and not m.group("text").strip()


# … the literal test before it: a link or a reply's word before the label's colon (most labels have neither)
_ADDRESSED_WORDS = re.compile("[ ](?:" + "|".join(map(re.escape, (*lexicon().question_to, *lexicon().answer_labels_after)))
                              + ")[ :]") if lexicon().question_to or lexicon().answer_labels_after else re.compile("(?!)")


# the time a record stamps a turn with, between its label and the colon (the Storting's `Jane Doe (H) [10:02:40]:`)
_LABEL_STAMP = r"(?:[ \t]+\[\d{1,2}(?:[:.]\d{2}){1,2}\])?"
# A plain Title Case label (`Jane Doe, Chief Executive Officer:`, `Operator:`, `Honourable members:`):
# an earnings call's or a parliament's. A line of prose can open the same way ("Update: …"), so
# such labels count only as a transcript's turns (see transcript_turns); a text opening with a
# quote mark is a list of quotes (`Jane Doe: "…"`), not a turn.
# (a briefing's questioner may carry the outlet in brackets: `Question (Radio Sur):`; a federal parliament's rapporteur
# the capacity he speaks in after his party and canton: `Doe John (RL, SZ), für die Kommission:`)
_PLAIN_TURN = re.compile(rf"(?P<name>[{CAPITALS}][\w’'.\-]*(?:[ \-][\w’'.\-]+){{0,3}})"
                         r"(?:,[ A-Za-z0-9À-ɏ'’.&\-]{1,60})?(?:[ ](?P<note>\([^()\n:]{1,40}\))(?:,[ ][^\W\d_][\w’' \-]{1,40})?)?"
                         + _LABEL_STAMP + r":(?:[ \t]+|[ \t]*\n)"
                         r"(?P<text>[^\s\"“”‘'«„].*)$", re.DOTALL)
# A Q&A interview's labels: `Q:` / `A:`, bold or not (`**Q:**`, `**Q**:`, `__A:__`); an inquiry's or
# a court's transcript writes them with a full stop (`Q. Did you …` / `A. Yes.`), the same two labels;
# another language's words for them, title case or capitals (de.toml question_labels, answer_labels:
# `Frage:` / `ANTWORT:`; es.toml: El País's `P.` / `R.`, `Pregunta:` / `Respuesta:`), read as Q and A
# (a question's label that is also a briefing's generic one, French `Question :` beside `Réponse :`, fr.toml
# paired_question_labels: a question's only where an answer's label answers it)
_PAIRED_QUESTIONS = frozenset(w.upper() for w in lexicon().paired_question_labels)
_QA_AS = {**{w.upper(): "Q" for w in (*lexicon().question_labels, *lexicon().paired_question_labels)},
          **{w.upper(): "A" for w in lexicon().answer_labels}}
# (French typography sets a space before the colon, often a no-break one: `Réponse : …`; Greek writes its short
# labels' full stop before it: `Ερ.: …` / `Απ.: …`)
_QA_TURN = re.compile(r"(?:\*\*|__)?(?P<name>[QA]" + "".join(
    "|(?i:" + re.escape(w) + ")" for w in sorted(_QA_AS, key=lambda w: (-len(w), w)))
                      + r")(?:\*\*|__)?(?:\.?[ \u00a0\u202f]?:|(?P<dot>\.)(?=[ \t])(?![ \t]+[A-Z]\.))"
                      r"(?:\*\*|__)?[ \t]+(?P<text>\S.*)$", re.DOTALL)
# An interview's bold name labels (`**Ana Costa:** …`, `**Costa**: …`): Title Case, so only in bold
_BOLD_TURN = re.compile(rf"(?:\*\*|__)(?P<name>[{CAPITALS}][\w’'.\-]*(?:[ \-][{CAPITALS}][\w’'.\-]*){{0,3}})(?:\*\*|__)?:"
                        r"(?:\*\*|__)?[ \t]+(?P<text>\S.*)$", re.DOTALL)
# A podcast's or auto-transcript's label in square brackets before the words (`[Jane Doe] Welcome back …`):
# Title Case, so kept only under the same evidence as bold labels (see transcript_turns)
_BRACKET_TURN = re.compile(rf"\[(?P<name>[{CAPITALS}][\w’'.\-]*(?:[ \-][{CAPITALS}][\w’'.\-]*){{0,3}})\][ \t]+"
                           r"(?P<text>\S.*)$", re.DOTALL)
# A briefing's transcript as the White House sets it: the reporter's `Q` and a run of spaces (or a tab) before the
# question, no colon; a turn of the floor's, as `Q:` is, only in a transcript of other labels (see transcript_turns)
_SPACED_Q = re.compile(r"Q(?:[ ]{2,}|\t)[ \t]*(?P<text>\S.*)$", re.DOTALL)
# a time code after a turn's label, in brackets before its colon (a Rev-style transcript's `Jane Doe (00:00:31):` over
# the words, `Speaker 1 (01:02:03):`): a transcript's label, whatever its shape, as after a time code before it
_CLOCKED_LABEL = re.compile(rf"(?P<name>[{CAPITALS}][\w’'.\-]*(?:[ \-][\w’'.\-]+){{0,3}})[ ]\(\d{{1,2}}(?::\d{{2}}){{1,2}}\)"
                            r":(?:[ \t]+|[ \t]*\n)(?P<text>\S.*)$", re.DOTALL)
# a time code before a turn's label (`[00:00:12]`, `(01:05)`, `00:02:03`): hours, minutes, seconds
_TURN_CLOCK = re.compile(r"(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}(?::\d{2}){2})[ \t]+")
# A chat app's export stamps each message with its day and time before the sender's name (WhatsApp on a phone
# `[7/12/26, 8:14 a. m.] Jane Doe: …`, `12/7/26, 20:14 - Jane Doe: …`, `07.12.26, 08:14 - …`): the sender is a
# turn's label in any case or shape (a phone number, a nickname with a digit), since the stamp says it is one
CHAT_STAMP: Final = re.compile(r"\[?(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{2}|\d{4}),?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
                         r"(?:[ \t\u00a0\u202f]*[AaPp]\.?[ \t\u00a0\u202f]?[Mm]\.?)?(?:\][ \t]*|[ \t]+[-–][ \t]+)")
_CHAT_SENDER = re.compile(r"[ \t\u200e\u200f]*(?P<name>[^\s:\[\]][^:\n\[\]]{0,48}?)[ \t]*:[ \t\u200e\u200f]+(?P<text>\S.*)$",
                          re.DOTALL)
_CHAT_WORD = re.compile(r"[^\W\d_]{2,}")


def _chat_turn(body: str, p: Paragraph) -> RawQuote | None:
    """A chat export's message as its sender's turn, else None: the stamp, the sender, a colon, the words. A
    message of fewer than two words is none (a forward's label, "Forwarded"/"Reenviado", the placeholder of
    a photo, `<Media omitted>`): what follows a forward's label is someone else's words, no turn of its sender."""
    stamp = CHAT_STAMP.match(body, p.start, p.end)
    m = None if stamp is None else _CHAT_SENDER.match(body, stamp.end(), p.end)
    if m is None:
        return None
    start = m.start("text")
    end = _rstrip_at(body, start, p.end)
    if len(_CHAT_WORD.findall(re.sub(r"<[^<>\n]*>", " ", body[start:end]))) < 2:
        return None
    return _turn(body, p, start, end, "turn", m.group("name").strip())


# A parliament's label in mixed case with brackets (`The Chairperson (Sen. Doe):`, `Sen. (Dr.) Doe:`,
# `The Cabinet Secretary for Energy (Dr. Doe):`, `Dr Jane Doe (Northtown) (Lab):`): capitalised words,
# the lower-case words of an office's name and bracketed notes; `_house_label` reads its parts.
_HOUSE_WORD = rf"[{CAPITALS}][\w’'.\-]*"
_HOUSE_BRACKET = r"\([^()\n:]{1,60}\)"
_PARTICLE = "(?:" + "|".join(lexicon().name_particles) + r")(?![\w’'])"
_PARTICLES = frozenset(lexicon().name_particles)
_HOUSE_TURN = re.compile(
    rf"(?P<label>{_HOUSE_WORD}(?:[ ]+(?:{_HOUSE_WORD}|(?:{'|'.join(lexicon().label_links)})(?![\w’'])|{_HOUSE_BRACKET}"
    rf"|{_PARTICLE}(?=(?:[ ]+{_PARTICLE})*[ ]+[{CAPITALS}]))"  # a name's particles: `Mr P van der Doe (…):`
    rf"|,[ ]+{_HOUSE_WORD}"  # a portfolio's list: `Minister for Environment, Science and Technology (…):`
    # … a Nordic compound office's list, its parts cut at a hyphen (`Klima-, energi- og forsyningsministeren (…):`)
    rf"|,?[ ]+[{_LOWER}]+-(?=[ ,])|[ ]+[{_LOWER}]+(?:{'|'.join(map(re.escape, lexicon().title_endings))})(?![\w’']))"
    r"{0,14})" + _LABEL_STAMP + _COLON + r"(?P<text>\S.*)$", re.DOTALL)
# A Spanish-language chamber's record (versión taquigráfica, diario de sesiones) ends a label with a full
# stop and a dash (`Sr. Presidente (Doe).- …`, `Sra. Doe.- …`): the dash makes a mixed-case label one, as a
# colon does, when a title of address opens it, or an office with its holder in brackets (capitals: _DOT_TURN)
_RECORD_TURN = re.compile(rf"(?P<label>{_HOUSE_WORD}(?:[ ]+(?:{_HOUSE_WORD}|{_PARTICLE})){{0,5}}?)"
                          rf"(?:[ ]*(?P<note>{_HOUSE_BRACKET}))?\.-[ \t]+(?P<text>\S.*)$", re.DOTALL)
# … and a Mexican chamber's (versión estenográfica) names the member after an article and the office in
# lower case (`La presidenta diputada Jane Doe:`, `El diputado John Roe (desde la curul):`)
_OFFICE_NAMED_TURN = re.compile(
    rf"(?P<title>(?:{_OFFICE_ARTICLE})(?:[ ]+(?:{'|'.join(re.escape(w) for w in lexicon().title_words)})){{1,4}})[ ]+"
    rf"(?P<name>[A-ZÀ-Þ][\w’'\-]+(?:[ ]+(?:{_PARTICLE}[ ]+)*[A-ZÀ-Þ][\w’'\-]+){{0,4}})"
    rf"(?:[ ]*(?P<note>{_HOUSE_BRACKET}))?" + _COLON + r"(?P<text>[^\s\"“”‘'«„].*)$", re.DOTALL)
# … and a Spanish chamber's Diario de Sesiones an article and a courtesy title in lower case before the capitals
# (es.toml label_courtesies): `La señora DOE ROE:` (the member by her family names), `El señor MINISTRO DE HACIENDA Y
# FUNCIÓN PÚBLICA (Doe Roe):` (an office of many words, its holder in brackets), `La señora PRESIDENTA:`
_COURTESY_TURN = re.compile(
    rf"(?P<title>{'|'.join(map(re.escape, lexicon().label_courtesies))})[ ]+"
    rf"(?P<name>[{_UP}][{_UP}'’.\-]*(?:,?[ ][{_UP}][{_UP}'’.\-]*){{0,11}})"  # (a portfolio's list: `DE X, Y Y Z`)
    rf"(?:[ ]*(?P<note>{_HOUSE_BRACKET}))?" + _COLON + r"(?P<text>\S.*)$", re.DOTALL) \
    if lexicon().label_courtesies else None
ADDRESS_TITLE = r"(?i:" + "|".join(sorted(lexicon().address_titles, key=lambda w: (-len(w), w))) + r")\.?(?![\w’'])"
# a bracket of titles alone inside a name (`Sen. (Dr.) Doe`, `Maj. (Rtd) Doe`): part of the name
_TITLE_BRACKET = re.compile(rf"\s*\(\s*{ADDRESS_TITLE}(?:\s+{ADDRESS_TITLE})*\s*\)(?=\s+\w)")
_HEAD_AND_NOTES = re.compile(r"(?P<head>[^()]+?)(?P<note>(?:\s*\([^()]+\))*)")
_OFFICE_WORDS = lexicon().honorifics | lexicon().house_offices
# the holder's name in brackets after an office (`Sr. Presidente (Doe).-`, `Sr. PRESIDENTE (Doe).-`)
_HOLDER_NOTE = re.compile(r"\(\s*[A-ZÀ-Þ][\w’'\-]+(?:\s+[\w’'\-]+){0,3}\s*\)")


def address_titles(words: list[str]) -> int:
    """How many of `words` open a member's name as titles of address (`Sen.`, `SHRI`, `Hon. (Prof.)`):
    0 when none do, or when the word after them is an office (`Mr Speaker`, `Madam Deputy Speaker`)."""
    k = 0
    while k < len(words) - 1 and (words[k].strip("().").lower() in lexicon().address_titles or (
            # a link a record sets before a title (`Right Hon. Jane Doe (Prime Minister, Lib.):`, `Most Hon. …`)
            words[k] in lexicon().address_title_links and k + 2 < len(words)
            and words[k + 1].strip("().").lower() in lexicon().address_titles)):
        k += 1
    return 0 if k < len(words) and words[k].strip(".") in _OFFICE_WORDS else k


def _articled_member(name: str) -> tuple[str, str] | None:
    """(titles, name) of a capitals label after an office's article that opens with a title of address (a Brazilian
    or Portuguese record's `O SR. DEPUTADO JOHN ROE (PS) –`, `A SRA. DEPUTADA JANE DOE (PT) –`): the title and the
    office words before the member's name, then the name; `O SR. PRESIDENTE (…) –`, the office alone, is the office
    (its holder in the bracket) — ("", "PRESIDENTE"). None when no title of address opens it (`The SPEAKER`)."""
    words = name.split()
    if len(words) < 2 or words[0].rstrip(".").lower() not in lexicon().address_titles:
        return None
    k = 1
    while k < len(words) and (words[k].strip(".").title() in _OFFICE_WORDS or words[k].strip(".") in _OFFICE_WORDS):
        k += 1
    if k == len(words):
        return "", " ".join(words[1:])
    return " ".join(words[:k]), " ".join(words[k:])


def _titled_member(name: str) -> bool:
    """`Hon. Jane Doe`, `Sen. (Dr.) John Roe`: titles of address, then a full name (two capitalised
    words or more) — a member's label, not a generic one (`Hon. Members`) nor an office (`Mr Speaker`)."""
    words = _TITLE_BRACKET.sub("", name).split()
    k = address_titles(words)
    rest = words[k:]
    return k > 0 and 2 <= len(rest) <= 4 and all(w[:1].isupper() for w in rest) \
        and not any(w.strip(".") in _OFFICE_WORDS or w in lexicon().generic_turns for w in rest)


def _office_titled(name: str) -> bool:
    """`Mayor Doe`, `Council President Roe`, `Councilmember Doe`: an office's words, then the member's family name
    (a council's verbatim record labels its members so) — not an office alone (`Mr Speaker`, `Council President`)."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].strip(".") in _OFFICE_WORDS:
        k += 1
    rest = words[k:]
    return k > 0 and 1 <= len(rest) <= 3 and all(w[:1].isupper() for w in rest) \
        and not any(w.strip(".") in _OFFICE_WORDS or w.upper() in lexicon().generic_turns for w in rest)


def office_label(name: str) -> bool:
    """`The Speaker`, `Mr Speaker`, `Madam Deputy Chair`: a parliament's office as a label, naming no
    member (its holder speaks: whoever the speakers file gives that role, else nobody known)."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[0] in lexicon().office_articles:
        return any(w.strip(".") in _OFFICE_WORDS for w in words[1:])
    # (an ordinal before the office: `Mr First Deputy Speaker`, `Madam Second Deputy Chair`; another title of address
    # is a member's name going on, `Hon. Dr. J. Doe`, whose "Dr" is no office)
    rest = [w for w in words[1:-1] if w.upper() not in lexicon().generic_turn_qualifiers
            and w.strip("().").lower() not in lexicon().address_titles][:1] or words[-1:]
    return words[0].strip(".").lower() in lexicon().address_titles and rest[0].strip(".") in _OFFICE_WORDS


def _house_label(label: str) -> tuple[str, str, str] | None:
    """(title, name, note) of a parliament's label with brackets, or None when it is not one.

    `Sen. (Dr.) Doe` → ("Sen.", "Doe", ""): a bracket of titles is part of the name. `The
    Chairperson (Sen. Doe)` → ("", "The Chairperson", "(Sen. Doe)"): the office, and the member
    holding it in its bracket (attribution reads who). `Dr Jane Doe (Northtown) (Lab)` → ("Dr",
    "Jane Doe", "(Northtown) (Lab)"): the member, then where they sit. Only a label that carries a
    title of address, or an office with a name in its bracket, is a turn: a list line
    (`Kenya (Nairobi): …`) is not.
    """
    bare = _TITLE_BRACKET.sub("", label)
    m = _HEAD_AND_NOTES.fullmatch(bare.strip())
    if m is None:
        return None
    head, note = m.group("head").strip(), m.group("note").strip()
    words = head.split()
    if not words or not (note or bare != label):
        return None
    # a Portuguese record sets an article before the title (`O Sr. John Roe (PS): —`, `A Sr.ª Jane Doe (BE):`)
    article = len(words) > 2 and words[0] in lexicon().office_articles and address_titles(words[1:]) > 0
    if article:
        words = words[1:]
    k = address_titles(words)
    first = note[1:].split()[:1] if note else []
    titled = k > 0 or bare != label or bool(first and first[0].strip(".").lower() in lexicon().address_titles)
    office = words[0] in lexicon().office_articles or any(w.strip(".") in _OFFICE_WORDS for w in words) \
        or (len(words) > 1 and words[-1].islower() and words[-1].endswith(lexicon().title_endings))
    named_note = bool(re.match(rf"\(\s*[{CAPITALS}][\w’'\-]+\s+[{CAPITALS}]", note))
    if not titled and not (office and named_note):
        return None
    return " ".join(words[:k]), " ".join(words[k:]), note


# a broadcast transcript's header line (`WORLD BUSINESS: EVENING EDITION`): after the colon, words in
# capitals with no sentence's end, where a turn's words are a sentence ("NO! NO!" ends as one); Greek and Cyrillic
# lower case letters too (a Greek question ends with ";": `ΛΑΜΠΡΑΚΗ: Πότε θα έχει νερό το νησί;` is a turn)
_SHOW_HEADER = re.compile(r"[^a-zß-ÿΐά-ώа-џ.!?…\n]*[^a-zß-ÿΐά-ώа-џ.!?…\s]")


def _member_label(label: str) -> tuple[str, str, str] | None:
    """(office, name, note) of a member's label with no title of address: a full name, or an office
    before a name, then the party or seat in brackets (`Jane Doe (Conservative):`, `Prime Minister
    John Doe (Labour):`, a briefing's `Jane Doe (Le Monde):`), or an office with its portfolio before
    the name and no bracket (`Minister of Industry John Doe:`), else None.

    The shape is also a list line's (`Acme Shipping (Oslo): …`), so such labels are turns only where
    the text is a transcript otherwise, or where one of them speaks again (see transcript_turns).
    """
    m = _HEAD_AND_NOTES.fullmatch(label.strip())
    if m is None:
        return None
    words = m.group("head").split()
    k = 0
    # (an office's compound first too: `Bundesministerin für Verkehr …`, [names] title_endings)
    while k < len(words) and (words[k].strip(".") in lexicon().honorifics
                              or (k == 0 and len(words) > 2 and words[0].lower().endswith(lexicon().title_endings))):
        k += 1
    # `Minister of Industry Jane Doe:`, `Secretary of State for Energy John Roe:` (a record in translation
    # writes the office before the name and no party after it): the office runs on through its links, each
    # with a capitalised word, and the member is the last two words, a name's usual length in such records;
    # a portfolio's list runs on after a comma too (`Bundesministerin für Klima, Verkehr und Energie Jane Doe:`)
    linked = k
    while k and linked + 1 < len(words) and (
            (words[linked] in lexicon().label_links and words[linked + 1][:1].isupper() and (step := 2))
            or (linked > k and words[linked - 1].endswith(",") and words[linked][:1].isupper() and (step := 1))):
        linked += step
    if linked > k and len(words) - linked >= 2:
        k = len(words) - 2
    elif not m.group("note").strip():
        return None
    name = words[k:]
    if len(name) < (1 if k else 2) or len(name) > 4 or any(
            not re.fullmatch(rf"[{CAPITALS}](?=[\w’'\-]*[a-zß-ÿ])[\w’'\-]+", w) or w in lexicon().org_words
            or w in lexicon().honorifics or w in lexicon().not_names for w in name):
        return None
    return " ".join(words[:k]), " ".join(name), m.group("note").strip()


# (a bracket that ends a sentence of its own, `[Laughs.]`, is the record's aside in the words, no note on the voice)
_BRACKET_NOTE = re.compile(r"\[([^\[\]\n]{0,59}[^\[\]\n.!?])\]\s*")
_NOT_TURN_NAMES = lexicon().not_turn_names  # "BREAKING:", "LONDON:" open a line, not a turn
_GENERIC_TURN_NAMES = lexicon().generic_turns  # "OPERATOR:", "Honourable members:": a role, not a name


def _generic_turn(name: str) -> bool:
    """A label of a role, not a name, a quantifier or an ordinal before it too ("Some Hon. Members:", "SECOND CALLER:")."""
    up = name.upper()
    if up in _GENERIC_TURN_NAMES:
        return True
    first, _, rest = up.partition(" ")
    return bool(rest) and first in lexicon().generic_turn_qualifiers and rest in _GENERIC_TURN_NAMES


# `Speaker 1:`, `SPEAKER 2:`, `Voice #3:`: an automatic transcript numbers the voices it cannot name
_NUMBERED_VOICE = re.compile(r"(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?) #?\d{1,2}")


def numbered_voice(name: str) -> bool:
    """A label of a voice a transcription service numbers (`Speaker 1`, `Voice 2`): a generic word and a number.
    The label names nobody; the talk under it may (attribution.numbered_voices)."""
    m = _NUMBERED_VOICE.fullmatch(name)
    return m is not None and m.group("label").upper() in _GENERIC_TURN_NAMES


_ASKING_TURN_NAMES = frozenset(lexicon().asking_labels)  # "Host:", "Moderatorin:": whoever asks
_SENTENCE_ENDS = frozenset(".?!…\"”»’)-–—")  # how a turn's words end (or break off) when they are a sentence


_LABEL_DASH = re.compile(r"[—–][ \t\u00a0]+(?=\S)")


def _turn(body: str, p: Paragraph, start: int, end: int, marks: str, name: str,
          note: str = "", title: str = "") -> RawQuote:
    """One transcript turn: the whole of its paragraph after the label is the speaker's words (after the
    dash a Portuguese record sets between label and words, `O Sr. Presidente: — Tem a palavra …`)."""
    dash = _LABEL_DASH.match(body, start, end)
    if dash is not None:
        start = dash.end()
    while body[start:end].rstrip().removesuffix(".")[-1:] in (")", "]") \
            and (stage := _TRAILING_STAGE.search(body, start, end)) is not None:  # (a Diario de Sesiones: `(Risas).`)
        end = stage.start()
    return RawQuote(start=start, end=end, text=body[start:end], marks=marks, parts=((start, end),),
                    paragraph=p.index, last_paragraph=p.index, line=p.line, kind="transcript-turn",
                    turn_name=name, turn_note=note, turn_title=title)


# a record's stage direction on a paragraph of its own: `(Applause)`, `[Laughter]`, `(Loud consultations)`
_STAGE_PARAGRAPH = re.compile(r"[(\[][^()\[\]\n]{1,80}[)\]]")
_SPOKEN_CLOSE = re.compile("[.!?…][\"”’»」]")  # a sentence's stop before a closing mark: words said, not a title
# the record's stage direction closing a turn's words after their sentence's end (`… for two years. (Microphone cut
# off)`, `… und zwar jetzt. (Beifall bei der X.)`, `… [Applause]`, `It's a "the President will look at it." (Laughter.)`,
# the sentence's end inside a closing mark), a heckle the record sets there: `(Beifall bei der X.
# – Abg. Doe: Das stimmt nicht!)`): the record's, and another member's words, never the speaker's — the words end before it
_WORD = re.compile(r"[^\W\d_]{2,}")  # (a word before it: `… (Interruptions)` on its own is a stage direction whole)
_TRAILING_STAGE = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’»]))[ \t]+"
                             r"(?:\([^()\n]{1,200}\)|\[[A-Z][A-Za-z]*(?:[ \-][A-Za-z]+){0,5}\])\.?[ \t]*$")
# the speaker's own voice: a paragraph of a turn goes on in the first or second person ("I want to
# assure this House", "you will see"); a record's narration ("The House rose at 4.12 p.m.") does not
_OWN_VOICE = re.compile(r"(?<![\w’'])(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll)|[Oo]ur|[Uu]s|[Mm]y|[Mm]e"
                        r"|[Yy]ou|[Yy]our)(?![\w’'])")
_SOUNDBITE_OPENERS = frozenset('"“„«')
CONTINUED_RUN = 3  # unlabelled paragraphs at most between two turns that are the first one's speaker going on


def _continued_turns(body: str, paras: list[Paragraph], found: dict[int, RawQuote],
                     record: bool = False) -> dict[int, RawQuote]:
    """Unlabelled paragraphs of a transcript that go on with the turn before them: a record breaks a
    long turn with `(Applause)` and goes on without repeating the label ("Hon. Members, on the
    hospital, I want to assure this House …" after the governor's turn). Such a paragraph is read
    as that speaker's when it lies between two turns (stage directions aside), at most
    CONTINUED_RUN of them, and speaks in the first or second person — the record's own narration
    ("The House rose at …") and headings do not; nor does anything after the last turn.

    A `record` whose labels are its own (`Ms. DOE. Madam President, …`: a congressional record's, see
    transcript_turns) writes a member's speech as paragraphs under one label until the next: each
    paragraph between two turns is the first one's, however many, up to a paragraph that announces
    inserted matter ("… ordered to be printed in the Record, as follows:")."""
    if len(found) < 2:
        return {}
    out: dict[int, RawQuote] = {}
    turns = sorted(found)
    for before, after in pairwise(turns):
        # (a record's heading in capitals between turns, its file number in brackets after it: `— QUESTION OF …?
        # (File 180/000734).`, no one's words: a paragraph with no lower-case letter before its first bracket)
        run = [p for p in paras[before + 1:after]
               if not _STAGE_PARAGRAPH.fullmatch(body, p.start, p.end) and not _is_heading(body[p.start:p.end])
               and _LOWER_BEFORE_BRACKET.match(body, p.start, p.end)]
        turn = found[before]
        if record and not body[turn.start:turn.end].rstrip().endswith(":"):
            for p in run:
                if body[p.start:p.end].rstrip().endswith(":"):
                    break
                out[p.index] = _turn(body, p, p.start, p.end, turn.marks, turn.turn_name, turn.turn_note,
                                     turn.turn_title)
            continue
        if not run or len(run) > CONTINUED_RUN:
            continue
        for p in run:
            # (a paragraph opening with a quote mark is somebody's soundbite the script sets between turns, its
            # speaker on the line below: `"We have modelled a drought year."` / `Jane Doe / Minister of Water`)
            # (or the record annotates it as it does speech, with applause or a heckle after its last sentence, in
            # any language: `Die Kosten trägt der Bund. (Zwischenruf des Abg. Doe.)`)
            # (… its first person outside marks: `Ms. Doe … said: "I've called eleven times."` is the minutes' account)
            if ((_OWN_VOICE.search(_QUOTED_INSIDE.sub(" ", body[p.start:p.end]))
                 and body[p.start:p.end].rstrip()[-1:] in _SENTENCE_ENDS)
                    or ((stage := _TRAILING_STAGE.search(body, p.start, p.end)) is not None
                        and _WORD.search(body, p.start, stage.start()) is not None)) \
                    and body[p.start] not in _SOUNDBITE_OPENERS:
                out[p.index] = _turn(body, p, p.start, p.end, turn.marks, turn.turn_name, turn.turn_note,
                                     turn.turn_title)
    # after the last turn, a bilingual record's language note (`[English]`, `[Translation]`) over unlabelled words: the
    # member before going on in the other language (no narration of the record's follows such a note)
    last = turns[-1]
    tail = paras[last + 1:last + 2 + CONTINUED_RUN]
    if tail and LANGUAGE_NOTE.fullmatch(body, tail[0].start, tail[0].end) is not None:
        turn = found[last]
        for p in tail[1:]:
            if not _OWN_VOICE.search(body, p.start, p.end) or body[p.start:p.end].rstrip()[-1:] not in _SENTENCE_ENDS \
                    or body[p.start] in _SOUNDBITE_OPENERS:
                break
            out[p.index] = _turn(body, p, p.start, p.end, turn.marks, turn.turn_name, turn.turn_note, turn.turn_title)
    return out


# a bilingual record's note of the language of the words below it, on its own line (en.toml record_translation_notes)
_NOTE_WORDS = (*lexicon().record_translation_notes, *lexicon().record_original_notes)
LANGUAGE_NOTE: Final = re.compile(r"\[(?P<word>" + "|".join(map(re.escape, _NOTE_WORDS)) + r")\][ \t]*") \
    if _NOTE_WORDS else re.compile("(?!)")
_LOWER_BEFORE_BRACKET = re.compile(r"[^(\n]*?[a-zß-ÿ]")


def _without_show_title(found: dict[int, RawQuote]) -> dict[int, RawQuote]:
    """The turns without a show's title line above them (`PRIME TIME: WHOSE CITY IS IT?`): a first
    "turn" all in capitals, question mark and all, whose label never speaks again, above turns
    written in lower case and opening the text, is the programme's header.  A transcript all in
    capitals keeps it, and so does a turn below the text's first line ("PROTESTER: NO MORE CUTS!")."""
    if len(found) < 3 or min(found) != 0:
        return found
    first = 0
    head = found[first]
    rest = [q for i, q in found.items() if i != first]
    if any(c.islower() for c in head.text) or not any(any(c.islower() for c in q.text) for q in rest) \
            or any(q.turn_name == head.turn_name for q in rest):
        return found
    return {i: q for i, q in found.items() if i != first}


_HEADING_WORD = re.compile(rf"[(\[]?(?:[{CAPITALS}\d]|(?:{'|'.join(map(re.escape, lexicon().label_links))})\b)")
_TRAILING_BRACKETS = re.compile(r"(?:\s*\([^()\n]{1,60}\))+\s*$")


def heading_text(text: str) -> bool:
    """Whether a "turn's" words are a heading's, not speech: two words or more, each capitalised (a name, a bill's
    title) but the links of an office's name, and no sentence's end once a bracket at the end is set aside (a header's
    `Guest: Jane Doe (by phone)`, `Presenter: John Roe`, an order paper's `SECOND READING: Water Bill, 2025 (HB. 7)`)."""
    bare = _TRAILING_BRACKETS.sub("", text.strip())
    # a programme's title in marks ending it (`WHERE: CNBC's "The Exchange"`): the closing mark after a word ends no
    # sentence, and the opening mark before a word is no word of its own
    bare = _TITLE_CLOSE.sub("", bare)
    words = [w.lstrip(_TITLE_OPENERS) for w in bare.split()]
    return len(words) >= 2 and bare[-1:] not in ".?!…:;\"”»’'" and all(_HEADING_WORD.match(w) for w in words)


_TITLE_OPENERS = "\"“‘'«„"
_TITLE_CLOSE = re.compile(r"(?<=\w)[\"”’'»]$")


def _without_heading_lines(found: dict[int, RawQuote]) -> dict[int, RawQuote]:
    """The turns without header and agenda lines in a label's shape: a programme's `Guest:` / `Presenter:` lines
    naming who takes part, a record's item heading (`CONSIDERATION OF REPORT: Water Bill, 2025`) — words that are
    a name or a title (`heading_text`), no sentence anyone said. The header still names the presenter for the
    turns under it (attribution's _header_holder reads it)."""
    return {i: q for i, q in found.items() if not heading_text(q.text)}


# A line of dialogue in the Spanish, French, Italian or Portuguese way (the "raya"), kept in
# translated copy: a dash opens the line, then the words of whoever speaks next (`— No.`, `—¿Y ahora?`)
_DASH_TURN = re.compile(r"[—―–][ \t]*(?P<text>[^\s—―–\-].*)$", re.DOTALL)


def _dash_dialogue(body: str, paras: list[Paragraph]) -> dict[int, RawQuote]:
    """An interview written as dash dialogue, as `Q`/`A` turns keyed by paragraph index.

    Each dash line is a change of speaker, so the lines of a run alternate between the one who asks
    and the one who answers; the first line says which side opens (a question is the asker's). A list
    of dashed points has the same shape, so a run counts only when it is two or more whole sentences
    and the asker's side holds a question.  Who the sides are comes from the introduction, as for a
    Q&A interview's labels (attribution).
    """
    runs: list[list[tuple[Paragraph, int]]] = []
    for p in paras:
        m = _DASH_TURN.match(body, p.start, p.end)
        if m is None or not _ends_sentence(body[p.start:p.end].rstrip()):
            continue
        if runs and runs[-1][-1][0].index == p.index - 1:
            runs[-1].append((p, m.start("text")))
        else:
            runs.append([(p, m.start("text"))])
    out: dict[int, RawQuote] = {}
    for run in runs:
        texts = [body[start:_rstrip_at(body, start, p.end)] for p, start in run]
        asker = 0 if asks(texts[0]) else 1
        if len(run) < 2 or not any(asks(t) for k, t in enumerate(texts) if k % 2 == asker):
            continue
        for k, (p, start) in enumerate(run):
            out[p.index] = _turn(body, p, start, start + len(texts[k]), "turn", "Q" if k % 2 == asker else "A")
    return out


# A paragraph of Spanish narrative quoting in the raya's way, with the writer's tag between dashes and no
# quote marks (`—No vamos a retroceder —dijo el gobernador—. La obra sigue.`): the speech verb of another
# language right after a dash inside the line makes the line someone's words, as the marks would
_RAYA_TAG = re.compile(r"\s[—―–]\s?(?:(?:" + "|".join(map(re.escape, lexicon().verb_clitics or ("(?!)",)))
                       + r")\s+)?(?:" + "|".join(re.escape(v) for v in sorted(
                           {w for w in date_line_words().speech if " " not in w and len(w) > 3}, key=lambda w: (-len(w), w)))
                       + r")(?![\w’'-])")


def _raya_quotes(body: str, paras: list[Paragraph], taken: set[int], marked: set[int]) -> list[RawQuote]:
    """The paragraphs quoted with a raya and a tag between dashes, outside a dialogue's run (`taken`) and
    with no quote marks of their own (`marked`): the words after the opening dash, a tag inside them
    and all (`—No vamos a retroceder —dijo X—. La obra sigue.`: the tag stands where marks would
    enclose it).  A tag that ends the line (`— A câmara não vai abandonar ninguém — disse o autarca.`,
    `—Eso está por verse —le respondió Ríos.`) is the writer's, as a tag after the closing mark is:
    the words end before its dash."""
    found = []
    for p in paras:
        if p.index in taken or p.index in marked:
            continue
        m = _DASH_TURN.match(body, p.start, p.end)
        tag = None if m is None else _RAYA_TAG.search(body, m.start("text"), p.end)
        if m is None or tag is None:
            continue
        start, end = m.start("text"), _rstrip_at(body, m.start("text"), p.end)
        if not any(c in "—―–" for c in body[tag.end():end]):  # the tag runs to the line's end
            end = _rstrip_at(body, start, tag.start())
        found.append(RawQuote(start, end, body[start:end], "dash", ((start, end),), p.index, p.index, p.line))
    return found


# The dialogue dash of Swedish, Norwegian, Danish and Finnish news (and of a line of dialogue anywhere): a dash
# opens a line of someone's words and nothing closes them; the tag follows after a comma, or right after a
# question's or an exclamation's mark, its verb first (`– Vi ger inte upp, säger hon.`, `– Nødvendig for hvem?
# spør hun.`). Words after the tag's sentence on the same line are the speaker's again (`…, säger X till TT. Vi
# måste bygga nu.`), as a second quote.
_LINE_DASH = re.compile(r"(?:^|(?<=\n))[ \t]*[—–][ \t]+(?=\S)", re.MULTILINE)
_COMMA_TAG = re.compile(r"(?:,|(?<=[?!]))[ \t]+(?:" + "|".join(re.escape(v) for v in sorted(
    {w for w in (*date_line_words().speech, *lexicon().attribution_verbs) if w.isalpha() and w.islower()},
    key=lambda w: (-len(w), w))) + "".join(
    # … or a verb whose particle follows the subject (`– …, legger han til.`, `– …, la statsministeren til.`:
    # date_lines.toml's "legger til", "la til"): the verb, when its particle closes the tag's next words
    rf"|{re.escape(verb)}(?=[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]+{re.escape(particle)}[ \t]*[.!?,\n])"
    for verb, particle in sorted({tuple(w.split()) for w in date_line_words().speech if w.count(" ") == 1
                                  and w.replace(" ", "").isalpha() and w.islower()})) + r")[ \t]+(?=\w)")
_TAG_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[^\W\d_])")


def dash_line_spans(text: str) -> list[tuple[int, int]]:
    """The words of each line a dialogue dash opens, up to its tag (`– Vi ger inte upp, säger hon.`: its first four
    words), in a text that tags such lines (`_COMMA_TAG`); none in any other: the regions a date reader must leave
    to the speaker, as it leaves the words in marks (a date inside them is what was said, not when)."""
    if "–" not in text and "—" not in text:
        return []
    out: list[tuple[int, int]] = []
    tagged = False
    for m in _LINE_DASH.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        tag = _COMMA_TAG.search(text, m.end(), end)
        tagged = tagged or tag is not None
        out.append((m.end(), end if tag is None else tag.start()))
    return out if tagged else []


def _listed(body: str, paras: list[Paragraph], opened: set[int], index: int) -> bool:
    """The paragraph `index`, opened by a dash, is a point of a list: one of two or more such paragraphs in a row
    after a line that ends with a colon (`Los puntos del acuerdo:` / `— Aumento …` / `— Revisión …`)."""
    first, last = index, index
    while first - 1 in opened:
        first -= 1
    while last + 1 in opened:
        last += 1
    return last > first and first > 0 and body[paras[first - 1].start:paras[first - 1].end].rstrip().endswith(":")


def _dash_lines(body: str, paras: list[Paragraph], taken: set[int], marked: list[tuple[int, int]],
                known: list[RawQuote]) -> list[RawQuote]:
    """The lines of a story that quotes by the dialogue dash (see `_COMMA_TAG`), outside a dialogue's run or a
    turn (`taken`), a quote in marks (`marked`) and a raya's quote already read (`known`).

    A tagged line is always someone's words. An untagged one is, when it is a whole sentence (a capital
    first, a stop last) of a story that tags such lines elsewhere, or right after a line that hands over
    to it (a colon: `… säger:`) or asks it (an interview's unmarked question, `Vad svarar du?`). A dash
    line beside other dash lines in one paragraph is a list's point, and a dash inside a line a pause."""
    heads = list(_LINE_DASH.finditer(body)) if "–" in body or "—" in body else []
    if not heads:
        return []
    seen = {q.start for q in known}
    rows = {body.count("\n", 0, m.start()) for m in heads}  # the lines a dash opens
    lines: list[tuple[Paragraph, int, int, int, re.Match[str] | None]] = []
    for p in paras:
        if p.index in taken:
            continue
        for m in _LINE_DASH.finditer(body, p.start, p.end):
            if m.end() in seen or any(lo <= m.end() < hi for lo, hi in marked):
                continue
            end = body.find("\n", m.end(), p.end)
            end = p.end if end < 0 else _rstrip_at(body, m.end(), end)
            tag = _COMMA_TAG.search(body, m.end(), end)
            row = body.count("\n", 0, m.start())
            if tag is None and (row - 1 in rows or row + 1 in rows):  # a list's point, beside another
                continue
            lines.append((p, m.start(), m.end(), end, tag))
    dashed = any(tag is not None for *_, tag in lines)
    opened = {p.index for p in paras if _LINE_DASH.match(body, p.start, p.end)}  # paragraphs a dash opens
    found = []
    for p, dash, start, end, tag in lines:
        if tag is not None:
            stop = _rstrip_at(body, start, tag.start())
            found.append(RawQuote(start, stop, body[start:stop], "dash", ((start, stop),), p.index, p.index,
                                  p.line + body.count("\n", p.start, start)))
            more = _TAG_SENTENCE_END.search(body, tag.end(), end)
            if more is None or not _ends_sentence(body[more.end():end]):
                continue
            start = more.end()
        else:
            before = body[:dash].rstrip()
            if not (body[start].isupper() and body[end - 1] in ".?!"
                    and (dashed or before.endswith((":", "?")))) or _listed(body, paras, opened, p.index):
                continue
        found.append(RawQuote(start, end, body[start:end], "dash", ((start, end),), p.index, p.index,
                              p.line + body.count("\n", p.start, start)))
    return found


# A verbatim record that ends a label in mixed case with a full stop and a spaced dash (a European Parliament's CRE:
# `Jane Doe, Member of the Commission. – Madam President, …`, `John Roe (Group). – …`, the chair's `President. – …`):
# the name (capitalised words, its particles), then its office after a comma or its group in brackets. A line of prose
# seldom opens so, but a label of one word is an office only (`President`), and these count only as the text's
# convention, as full-stop and dash labels do (see transcript_turns); a language's note opening the words (`(PL)`)
# is the record's, no part of them
_STOP_DASH_TURN = re.compile(
    rf"(?P<name>[{CAPITALS}][\w’'\-]+(?:[ ](?:{_PARTICLE}|[{CAPITALS}][\w’'\-]+)){{0,4}})"
    r"(?:,[ ](?P<office>[^\n.()–—:;]{1,80}?)|[ ]?(?P<note>\([^()\n]{1,60}\)))?"
    r"\.[ \t\u00a0]+[–—][ \t\u00a0]+(?:\((?P<tongue>[A-Z]{2})\)[ \t\u00a0]+)?(?P<text>\S.*)$", re.DOTALL)


def _stop_dash_turn(body: str, p: Paragraph, lo: int) -> RawQuote | None:
    """A turn of `_STOP_DASH_TURN`'s shape, else None: a name of two words or more (no word of an organisation's or
    a non-name), or one office's word alone, the chair's (`President. – …` → `The President`, whose holder the
    speakers file may name)."""
    hi = min(p.end, lo + 200)
    if body.find(". –", lo, hi) < 0 and body.find(". —", lo, hi) < 0 and body.find(".\u00a0–", lo, hi) < 0:
        return None  # (the label's full stop and dash: a literal test first, most paragraphs have neither)
    m = _STOP_DASH_TURN.match(body, lo, p.end)
    if m is None:
        return None
    words = m.group("name").split()
    if len(words) == 1:
        if words[0] not in _OFFICE_WORDS or m.group("office") or m.group("note"):
            return None
        name = f"The {words[0]}"
    elif any(w in lexicon().org_words or w in lexicon().not_names or w in _OFFICE_WORDS for w in words):
        return None
    else:
        name = m.group("name")
    note = (m.group("note") or "").strip()
    if m.group("tongue"):
        note = f"{note} ({m.group('tongue')})".strip()
    start = m.start("text")
    return _turn(body, p, start, _rstrip_at(body, start, p.end), "turn", name, note)


def _record_turn(body: str, lo: int, hi: int) -> tuple[int, int, str, str, str, str] | None:
    """(start, end, marks, name, note, title) of a turn of a Spanish-language chamber's record, else None:
    `Sra. Doe.-` is the member (title `Sra.`); `Sr. Presidente (Doe).-`, an office with a name in its
    bracket, the member who holds it; `La presidenta diputada Jane Doe:` the member after the office."""
    m = _RECORD_TURN.match(body, lo, hi)
    if m is not None:
        words = m.group("label").split()
        k = address_titles(words)
        note = (m.group("note") or "").strip()
        if k and len(words) > k and not note:
            name, title = " ".join(words[k:]), " ".join(words[:k])
        elif note and any(w.strip(".") in _OFFICE_WORDS for w in words) and note[1:-1].strip() not in _OFFICE_WORDS \
                and _HOLDER_NOTE.fullmatch(note):
            name, title = note[1:-1].strip(), m.group("label")
        else:  # (a label in capitals is `_DOT_TURN`'s; `SALTA (Agencia).-` is a wire's dateline)
            return None
    else:
        m = _OFFICE_NAMED_TURN.match(body, lo, hi)
        if m is None:
            return None
        name, title, note = m.group("name"), m.group("title"), (m.group("note") or "").strip()
    start = m.start("text")
    return start, _rstrip_at(body, start, hi), "house-turn", name, note, title


# A record's label on a line of its own, the words in the paragraphs under it (a council's minutes: `Intervención
# del concejal Jane Doe:`, `La presidenta:`, `Statement by Cllr John Roe:`, bold or not): see _standing_turns
_STANDING_LABEL = re.compile(r"(?:\*\*|__)?(?P<label>[^\W\d_][^\n:*_]{1,80}?)[ \t\u00a0]*:(?:\*\*|__)?[ \t]*")
_TURN_HEAD = re.compile(r"(?i:" + "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in lexicon().turn_heads)
                        + r"|(?!))(?![\w’'])[ \t]*")
_TITLE_WORDS = frozenset(w.lower() for w in lexicon().title_words) | {w.lower() for w in lexicon().house_offices}
_ARTICLES = frozenset(w.lower() for w in lexicon().articles)


def _standing_label(label: str) -> tuple[str, str] | None:
    """(name, title) of a label standing alone on its line, else None: a heading of a turn and its link
    (`Intervención del`, `Statement by`), an article and an office's words (`la alcaldesa`, `the Mayor`), then
    a name (`Jane Doe`; one capitalised word after a head or an office); or an article and an office alone
    (`La presidenta`, `The Chair`: its holder, as a parliament's `The SPEAKER:`); or a full name alone."""
    head = _TURN_HEAD.match(label)
    words = label[head.end() if head else 0:].split()
    k = 1 if words and words[0].lower() in _ARTICLES else 0
    t = k
    while t < len(words) and words[t].lower() in _TITLE_WORDS:
        t += 1
    name = words[t:]
    if not name:
        return (" ".join(words), "") if k and t > k and not head else None
    if len(name) > 5 or not name[0][:1].isupper() or any(
            not (w[:1].isupper() or w in lexicon().name_particles) or w in lexicon().not_names
            or w in lexicon().org_words for w in name):
        return None
    if len(name) < 2 and t == k and not head and not (name[0].isupper() and len(name[0]) > 2):
        return None  # "Background:" on its line is a subhead
    if " ".join(name).upper() in _NOT_TURN_NAMES:
        return None
    return " ".join(name), " ".join(words[k:t])


def _standing_turns(body: str, paras: list[Paragraph], labelled: frozenset[int] = frozenset()) -> dict[int, RawQuote]:
    """A record's turns whose labels stand on lines of their own (`La presidenta:` / `Se abre la sesión.`;
    `Intervención del concejal Jane Doe:` / her speech), keyed by paragraph index: the paragraphs under a
    label are its speaker's until the next label, stage directions (`(Aplausos)`) aside, and up to the first
    that ends no sentence (the signature under the minutes). A label so alone could be a subhead: two
    labels at least make the convention, and a usability round's council minutes gave no quote without it."""
    labels: list[tuple[int, str, str]] = []
    for p in paras:
        if body[p.end - 1:p.end] not in ":*_" or "\n" in body[p.start:p.end]:
            continue
        if (asked := _ADDRESSED_TURN.fullmatch(body, p.start, p.end)) is not None:  # `Mr P.R. ROE replied:`
            labels.append((p.index, asked.group("name"), asked.group("title") or ""))
            continue
        m = _STANDING_LABEL.fullmatch(body, p.start, p.end)
        if m is not None and (named := _standing_label(m.group("label"))) is not None:
            labels.append((p.index, *named))
    if len(labels) < 2:
        return {}
    out: dict[int, RawQuote] = {}
    ends = [i for i, _, _ in labels[1:]] + [len(paras)]
    for (at, name, title), stop in zip(labels, ends, strict=True):
        for p in paras[at + 1:stop]:
            if p.index in labelled:
                break  # a turn of its own label (`Ms J.A. Doe: It's a discount!`) ends the standing label's run
            line = body[p.start:p.end]
            if _STAGE_PARAGRAPH.fullmatch(line):
                continue
            if not _ends_sentence(line.rstrip()) or line.rstrip().endswith(":"):
                break
            out[p.index] = _turn(body, p, p.start, p.end, "turn", name, title=title)
    return out


# what a turn's label or time code can open with besides a letter or a digit (`**Q:**`, `__A:__`, `[Jane Doe]`,
# `[00:00:12]`, `(01:05)`): a paragraph opening with anything else is no turn, and its ten patterns are not tried
_TURN_OPENERS = "*_[("
# the circle a Korean or Japanese chamber's minutes set before each speaker's label (`○ Chairperson: …`,
# `◯ Jane Doe (Party): …`), kept in their English translations: a record's bullet, no part of the label
_TURN_BULLET = re.compile(r"[○◯◎〇][ \t\u00a0\u3000]*")


# a record's number of the turn before a label alone on its line (`Anf. 12  Statsminister JANE DOE (M):`; lang *.toml
# turn_numbers), or its item's and turn's numbers before a label on the words' line (a bilingual chamber's full record:
# `02.03 Jane Doe (Party): …`, `02.04 John Roe, minister: …`, the item's number alone over its title)
_TURN_NUMBER = re.compile(r"(?:(?:" + ("|".join(map(re.escape, lexicon().turn_numbers)) or "(?!)")
                          + rf")[ \t\u00a0]*\d{{1,4}}|\d{{1,3}}\.\d{{2}}(?=[ \t\u00a0]+[{CAPITALS}]))[ \t\u00a0]+")
# a label alone on its line (`De voorzitter:`, `Minister Jane Doe:`, `De heer Doe (partij):`): a line ending with a colon,
# its bracket holding a name with its titles' and degrees' full stops (`KETUA RAPAT (HJ. JANE DOE, S.H.):`), a title of
# address with its full stop before the name (a Spanish regional chamber's `SR. DOE ROE (PRESIDENTE):`)
_LABEL_LINE = re.compile(rf"(?:{ADDRESS_TITLE}[ ]+)?[{CAPITALS}][^\n:.!?(]{{0,79}}(?:\([^\n:!?()]{{1,60}}\)[^\n:.!?(]{{0,30}}"
                         r"|[ ]\(\d{1,2}(?::\d{2}){1,2}\))?:")  # (… or a time code: a Rev transcript's `Jane Doe (00:01:05):`)


# a broadcast transcript's label of a full name and its role in capitals (`JANE DOE, HOST:`), alone on its paragraph:
# the words under it, past a blank line, are that voice's (a radio transcript's web page sets the host's opening
# so); a heading's capitals (`SUPERS:`, `THE BACKGROUND:`) have no name and role around a comma
_BROADCAST_LABEL = re.compile(rf"[{CAPITALS}][{CAPITALS}'’.\-]*(?:[ ][{CAPITALS}][{CAPITALS}'’.\-]*)+,"
                              rf"[ ][{CAPITALS}][{CAPITALS}'’.\- ]{{0,40}}:")


def _labels_over_words(body: str, paras: list[Paragraph]) -> list[Paragraph]:
    """`paras` with each label alone on its line joined to the paragraph right under it, as one paragraph numbered as
    the words' (a parliament's record as the Dutch Handelingen set it: `De voorzitter:` over the chair's words, which
    `paragraphs` splits apart at the label's colon); the label sieve then reads label and words as one turn. Not when
    the paragraph under it opens with a label of its own. A broadcast's `JANE DOE, HOST:` reaches over a blank line."""
    out: list[Paragraph] = []
    joined = -1
    for k, p in enumerate(paras):
        if p.index == joined:
            continue
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        number = _TURN_NUMBER.match(body, p.start, p.end)  # `Anf. 12  JANE DOE (M):`: the label after the number
        lo = p.start if number is None else number.end()
        gap = body[p.end:nxt.start] if nxt is not None else ""
        if nxt is not None and body[p.end - 1:p.end] == ":" \
                and (gap == "\n" or (gap.strip(" \t") == "\n\n" and _BROADCAST_LABEL.fullmatch(body, lo, p.end))) \
                and _LABEL_LINE.fullmatch(body, lo, p.end) \
                and not _LABEL_LINE.match(body, nxt.start, nxt.end) and not opens_turn(body[nxt.start:nxt.end]):
            out.append(Paragraph(nxt.index, lo, nxt.end, p.line))
            joined = nxt.index
            continue
        out.append(p)
    return out


# an Arabic transcript's label (`رئيس المجلس: …`, `النائبة X: …`, `س: …`, `النهار: …`): Arabic words only, before a colon
_ARABIC_LABEL = re.compile(r"(?P<name>[\u0621-\u064A\u0640](?:[\u0621-\u065F\u0640 ]{0,70}[\u0621-\u064A])?)[ \t]*:[ \t]*(?=\S)")


def arabic_turns(body: str, paras: list[Paragraph]) -> dict[int, RawQuote]:
    """An Arabic transcript's turns (a chamber's record, a س:/ج: interview, a radio show's name labels):
    `transcript_turns` reads labels by their capitals, and Arabic has none. A paragraph opening with Arabic words
    and a colon is a turn when three or more open so and a label speaks again after another (a headline
    `X: …` or a byline `حاورها: X` alone is none; a byline's label never is one, lang/ar.toml byline_labels)."""
    labelled: dict[int, tuple[str, int]] = {}
    for p in paras:
        m = _ARABIC_LABEL.match(body, p.start, p.end)
        if m is not None and len(m.group("name").split()) <= 9 and m.group("name") not in BYLINE_LABELS:
            labelled[p.index] = (m.group("name"), m.end())
    names = [n for n, _ in labelled.values()]
    if len(names) < 3 or len(set(names)) < 2 or len(set(names)) == len(names):
        return {}
    by_index = {p.index: p for p in paras}
    return {i: _turn(body, by_index[i], start, _rstrip_at(body, start, by_index[i].end), "turn", name)
            for i, (name, start) in labelled.items()}


# the commonest Devanagari letters (ka, ra, the vowel sign aa): a body holding none of them is no Hindi
_DEVANAGARI_COMMON = ("\u0915", "\u0930", "\u093e")
DEVANAGARI = re.compile("[\u0900-\u097f]")
# a Hindi record's or broadcast's label (`मुख्यमंत्री (डॉ. X):`, `श्रीमती X (नेता प्रतिपक्ष):`, `अध्यक्ष महोदय:`, `एंकर:`):
# Devanagari words, a bracket of who holds the office or what the member is, a colon
_DEVANAGARI_LABEL = re.compile(r"(?P<name>[\u0900-\u097f][\u0900-\u097f. ]{0,60}?)[ \t]*"
                               r"(?:\((?P<note>[^()\n:]{1,80})\))?[ \t]*:[ \t]*(?=\S)")


def has_devanagari(text: str) -> bool:
    """Whether `text` holds Devanagari: a long text by its commonest letters (string searches, ~free on an English
    body), a short one (a label, a quote) by any letter of the script."""
    if len(text) > 120:
        return any(letter in text for letter in _DEVANAGARI_COMMON)
    return DEVANAGARI.search(text) is not None


def devanagari_turns(body: str, paras: list[Paragraph]) -> dict[int, RawQuote]:
    """A Hindi transcript's turns (a Vidhan Sabha's record, a TV debate): `transcript_turns` reads labels by their
    capitals, and Devanagari has none. As `arabic_turns`: a paragraph opening with Devanagari words (and a bracket)
    and a colon is a turn when three or more open so and a label speaks again after another (a headline `X: …`
    alone is none). The label's bracket is its note (`जल संसाधन मंत्री (श्री X)`: who holds the office)."""
    labelled: dict[int, tuple[str, str, int]] = {}
    for p in paras:
        m = _DEVANAGARI_LABEL.match(body, p.start, p.end)
        if m is not None and len(m.group("name").split()) <= 6:
            labelled[p.index] = (m.group("name").strip(), (m.group("note") or "").strip(), m.end())
    names = [n for n, _, _ in labelled.values()]
    if len(names) < 3 or len(set(names)) < 2 or len(set(names)) == len(names):
        return {}
    # the show's title and its air time over the first turn (`महाबहस: …`, `प्रसारण: …`) are no turns: nothing is
    # before the first label that speaks again, or that a bracket says who is
    first = next(i for i, (name, note, _) in labelled.items() if note or names.count(name) > 1)
    by_index = {p.index: p for p in paras}
    return {i: _turn(body, by_index[i], start, _rstrip_at(body, start, by_index[i].end), "turn", name, note)
            for i, (name, note, start) in labelled.items() if i >= first}


def transcript_turns(body: str, paras: list[Paragraph]) -> dict[int, RawQuote]:
    """Paragraphs that are transcript turns, keyed by paragraph index.

    A turn is `NAME:` in capitals (optionally `(through translator)`); one such line
    could be a label, so two or more are needed before a text counts as a transcript.
    A bare `Q:` (a press-pool reporter's question) is a turn only in such a transcript.
    A Q&A interview (`Q:` and `A:` labels, bold or not) is a transcript too: its turns keep
    the label as their name (`Q`/`A`) and attribution finds who asked and who answered
    from the introduction.
    """
    found: dict[int, RawQuote] = {}
    members: set[int] = set()  # `Jane Doe (Conservative):`: a member's label with no title of address
    questions: set[int] = set()
    qa: dict[int, RawQuote] = {}
    dotted: set[int] = set()  # `Q.`/`A.` lines: an interview only with both labels written so
    dots: set[int] = set()  # `SEN. DOE. …`: labels ended by a full stop, kept only as a convention
    dashed: set[int] = set()  # `CHAIR – …`: labels ended by a dash, the same
    stop_dashed: set[int] = set()  # `Jane Doe, Member of the X. – …`: labels ended by a full stop and a dash, the same
    lettered: set[int] = set()  # `P.`/`R.`: another language's letters for Q and A
    paired: set[int] = set()  # `Question :`: a question's label only beside an answer's (`Réponse :`)
    chats: dict[int, RawQuote] = {}  # a chat export's messages (see _chat_turn)
    clocked: set[int] = set()  # turns after a time code (`[00:00:12] Jane:`): a transcript's, whatever the label
    numbered: set[int] = set()  # turns after the record's number (`02.03 Jane Doe (Party):`, see _TURN_NUMBER)
    for p in _labels_over_words(body, paras):
        lo = p.start
        if body[lo:lo + 1] in "○◯◎〇" and (bullet := _TURN_BULLET.match(body, lo, p.end)) is not None:
            lo = bullet.end()
        if not body[lo:lo + 1].isalnum() and body[lo:lo + 1] not in _TURN_OPENERS:
            continue  # (a paragraph opening with a quote mark: no label, and no time code, opens it)
        if (body[lo:lo + 1] == "[" or body[lo:lo + 1].isdigit()) and (chat := _chat_turn(body, p)) is not None:
            chats[p.index] = chat
            continue
        if body[lo:lo + 1].isdigit() and (number := _TURN_NUMBER.match(body, lo, p.end)) is not None:
            lo = number.end()  # `02.03 Jane Doe (Party): …`: the record's number of the turn, no part of its label
            numbered.add(p.index)
        clock = _TURN_CLOCK.match(body, lo, p.end)
        if clock is not None:  # `[00:00:12] NAME, HOST:`: a broadcast transcript's time code, then the label
            lo = clock.end()
            clocked.add(p.index)
        qm = _QA_TURN.match(body, lo, p.end)
        if qm is not None:
            tstart = qm.start("text")
            tend = _rstrip_at(body, tstart, p.end)
            qa[p.index] = _turn(body, p, tstart, tend, "turn", _QA_AS.get(qm.group("name").upper(), qm.group("name")))
            if qm.group("name").upper() in _PAIRED_QUESTIONS:
                paired.add(p.index)
            if qm.group("name").upper() in _QA_AS:
                lettered.add(p.index)
            if qm.group("dot"):
                dotted.add(p.index)
        if body[lo:lo + 1] == "Q" and (sq := _SPACED_Q.match(body, lo, p.end)) is not None:
            questions.add(p.index)  # a White House transcript's `Q    Does the President …?`: the floor's question
            tstart = sq.start("text")
            found[p.index] = _turn(body, p, tstart, _rstrip_at(body, tstart, p.end), "turn", "Q")
            continue
        if (stop_dash := _stop_dash_turn(body, p, lo)) is not None:  # `Jane Doe, Member of the X. – …` (a CRE)
            found[p.index] = stop_dash
            stop_dashed.add(p.index)
            continue
        # The label sieve: `_TURN`, `_HOUSE_TURN`, `_OFFICE_NAMED_TURN`, `_BOLD_TURN` and `_PLAIN_TURN` end their
        # labels with a colon and `_RECORD_TURN` with ".-", so a paragraph with neither (most of any article's)
        # is not tried for them; the full-stop labels (`_DOT_TURN`, `_QA_TURN`'s `Q.`) and `[Jane Doe]` still are
        colon = body.find(":", lo, p.end) >= 0
        dot = _DOT_TURN.match(body, lo, p.end)  # (asked by up to three tests below: matched once)
        if dot is not None and dot.group("name").rstrip(".").lower() in lexicon().address_titles:
            dot = None  # `A SRA. DEPUTADA JANE DOE (PT) – …`: the full stop of a title of address, no label's end
        if colon and _COURTESY_TURN is not None and (cm := _COURTESY_TURN.match(body, lo, p.end)) is not None:
            # an office's label is the office, its bracket the holder (`El señor MINISTRO DE X (Doe):`); a member's
            # keeps the courtesy title as a title of address (`La señora DOE ROE:`)
            cname, cnote = cm.group("name"), (cm.group("note") or "").strip()
            office = any(w.title() in _OFFICE_WORDS or w.lower() in _TITLE_WORDS for w in cname.split())
            tstart = cm.start("text")
            found[p.index] = _turn(body, p, tstart, _rstrip_at(body, tstart, p.end), "turn", cname, cnote,
                                   "" if office else cm.group("title"))
            continue
        if colon and _ADDRESSED_WORDS.search(body, lo, body.find(":", lo, p.end) + 1) is not None \
                and (am := _ADDRESSED_TURN.match(body, lo, p.end)) is not None and am.group("text").strip():
            # `1. JANE DOE (Party—Seat) to the Minister of Finance: Does he …?`: the member asking, the words after
            tstart = am.start("text")
            found[p.index] = _turn(body, p, tstart, _rstrip_at(body, tstart, p.end), "turn", am.group("name"),
                                   (am.group("note") or "").strip(), am.group("title") or "")
            continue
        m = _TURN.match(body, lo, p.end) if colon else None
        if m is not None and (not _caps_label(m.group("name").strip())
                              or _SHOW_HEADER.fullmatch(body, m.start("text"), _rstrip_at(body, lo, p.end))):
            m = None
        if m is not None and (dm := dot) is not None and dm.group("office") \
                and dm.start("text") < m.start("text"):
            m = None  # 'DOE, direttore del dipartimento. Il Consiglio ha deciso: …': the label ends at its full stop
        house = None
        if m is None and colon and (hm := _HOUSE_TURN.match(body, lo, p.end)) is not None:
            house = _house_label(hm.group("label"))
            if house is None and (house := _member_label(hm.group("label"))) is not None:
                members.add(p.index)
            m = hm if house is not None else None
        if m is None and (colon or body.find(".-", lo, p.end) >= 0) and dot is None \
                and (record := _record_turn(body, lo, p.end)):
            found[p.index] = _turn(body, p, *record)
            continue
        if m is None and colon and body.find("):", lo, p.end) >= 0 \
                and (m := _CLOCKED_LABEL.match(body, lo, p.end)) is not None:
            clocked.add(p.index)
        m = (m or (_BOLD_TURN.match(body, lo, p.end) or _PLAIN_TURN.match(body, lo, p.end) if colon else None)
             or _BRACKET_TURN.match(body, lo, p.end))
        if not m and (dm := dot) is not None and len(dm.group("name")) > 2 \
                and not _SHOW_HEADER.fullmatch(body, dm.start("text"), _rstrip_at(body, lo, p.end)):
            m = dm
            dots.add(p.index)
        if not m and (dm := _DASH_LABEL_TURN.match(body, lo, p.end)) is not None and len(dm.group("name")) > 2 \
                and body[_rstrip_at(body, lo, p.end) - 1] in _SENTENCE_ENDS:
            m = dm
            dashed.add(p.index)
        if not m:
            continue
        if house is not None:
            tstart = m.start("text")
            tend = _rstrip_at(body, tstart, p.end)
            found[p.index] = _turn(body, p, tstart, tend, "member-turn" if p.index in members else "house-turn",
                                   house[1], house[2], house[0])
            continue
        name = m.group("name").strip()
        marks = ("turn" if m.re in (_TURN, _DOT_TURN, _DASH_LABEL_TURN) else "bold-turn" if m.re is _BOLD_TURN
                 else "bracket-turn" if m.re is _BRACKET_TURN else "plain-turn")
        label = name.rstrip(".").upper() if marks == "plain-turn" else name.rstrip(".")
        # ("SOFIA:" opens a wire's line as its dateline, "[00:00:24] Sofia:" a podcast's turn: no place follows a time code)
        if (label in _NOT_TURN_NAMES and p.index not in clocked) or (marks != "turn" and len(name) < 2):
            continue
        if marks == "plain-turn" and not _generic_turn(name) and not office_label(name) \
                and not numbered_voice(name) \
                and not all(w[0].isupper() or w in _PARTICLES
                            for w in re.split(r"[ \-]", name.partition(" ")[0]) + name.split()[1:] if w):
            # "Honourable members:", "Some hon. members:" are generic labels, "De voorzitter:" an office; otherwise a name,
            # every word capitalised but its particles ("Minister Van der Doe:"), the first one's every part ("Follow-up:" is
            # no name; a Korean given name writes its second syllable in lower case, `Lee Dong-hwan:`)
            continue
        if len(name.replace(" ", "")) < 2:
            if name != "Q":
                continue
            questions.add(p.index)
        tstart = m.start("text")
        tend = _rstrip_at(body, tstart, p.end)
        # (a plain generic label's bracket too: a briefing's `Question (Jane Doe, Daily News):` names who asks)
        # (`groupdict`: a plain label's patterns differ in their groups — a briefing's bare `Q    …` has no bracket)
        note = (m.groupdict().get("note") or "").strip() \
            if marks == "turn" or (marks == "plain-turn" and _generic_turn(name)) else ""
        title = (m.group("title") or "") if marks == "turn" else ""
        if title in lexicon().office_articles and (member := _articled_member(name)) is not None:
            title, name = member  # `O SR. DEPUTADO JOHN ROE (PS) –`: the member, his titles no part of the name
        elif title in lexicon().office_articles:  # `The SPEAKER:` is the office, article and all
            name, title = title.upper() + " " + name, ""
        if m.re is _DOT_TURN and note and all(w.strip(".") in _OFFICE_WORDS for w in name.split()) \
                and _HOLDER_NOTE.fullmatch(note) and note[1:-1].strip() not in _OFFICE_WORDS:
            name, title, note = note[1:-1].strip(), name, ""  # `Sr. PRESIDENTE (Rivas).-`: the office's holder
        bracket = _BRACKET_NOTE.match(body, tstart, tend)
        if bracket is not None and bracket.end() < tend \
                and bracket.group(1).strip().lower() not in lexicon().transcript_gaps:  # NPR: "MARTINEZ: [Through interpreter] …"
            note = (note + " " + bracket.group(1)).strip()
            tstart = bracket.end()
        found[p.index] = _turn(body, p, tstart, tend, marks, name, note, title)
    labelled = dict(found)  # (every label's turn, before the sieves below: `_named_answers` reads them)
    # Title Case labels, bold or plain, are an interview only when two people take turns and one
    # speaks again ("**Background:** …" / "**Context:** …" on their own are a layout's subheads),
    # plain ones only when one of them is a full name ("Source:" / "Quote:" alternate as labels);
    # a plain generic label ("Honourable members:") or office ("Mr Speaker:") is also a turn of a
    # transcript in capitals or a parliament's, and a full name (`Jane Doe:`) one of a parliament's,
    # where a minister's later turns drop the office (`The Secretary of State for X (Jane Doe):`)
    # full-stop labels are the text's convention only when at least three take turns, two people
    # alternating (one speaks again after another): an article's capitals and full stop open a line once
    for marked in (dashed, stop_dashed):
        dash_names = [found[i].turn_name for i in sorted(marked) if i in found]
        if len(dash_names) < 3 or not any(n in dash_names[:k - 1] for k, n in enumerate(dash_names)
                                          if k and dash_names[k - 1] != n):
            found = {i: q for i, q in found.items() if i not in marked}
    # (an office's label with its holder in brackets counts as the office: `PRESIDENTE (Jane Doe).` … `PRESIDENTE.`)
    dot_names = [(found[i].turn_title if found[i].turn_title.isupper() else found[i].turn_name).rstrip(".")
                 for i in sorted(dots) if i in found]
    # … or when two people or more speak under labels of the record's own shape, a title of address in mixed
    # case or an office's article before the capitals (a congressional record's `Ms. DOE. Madam President, …`,
    # `The PRESIDING OFFICER. …`, `Mr. ROE. …`, each member once in a short floor speech): prose opens no two
    # lines so
    titled = {found[i].turn_name for i in dots if i in found and (
        found[i].turn_title or found[i].turn_name.split()[0].title() in lexicon().office_articles)}
    if len(dot_names) < 3 or len(set(dot_names)) < 2 or (len(titled) < 2 and not any(
            n in dot_names[:k - 1] for k, n in enumerate(dot_names) if k and dot_names[k - 1] != n)):
        found = {i: q for i, q in found.items() if i not in dots}
        titled = set()
    elif dot_names:  # … and then a capitals label with a colon is the record's header ("PRESENT: Sen. …")
        found = {i: q for i, q in found.items() if i in dots or q.marks != "turn"
                 or q.turn_name.rstrip(".") in dot_names}
    found = _without_section_heads(found)
    caps = sum(q.marks == "turn" for q in found.values())
    houses = sum(q.marks == "house-turn" for q in found.values())  # `The Chairperson (Sen. Doe):`
    # untitled members' labels (`Jane Doe (Conservative):`) and plain generic ones (a briefing's
    # `Spokesperson:` / `Question:`) are a transcript's when one of them speaks again after another
    # speaker, or when the text has turns of surer labels
    generics = [q.turn_name.upper() for q in found.values() if q.marks == "plain-turn"
                and (_generic_turn(q.turn_name) or office_label(q.turn_name))]
    alternate = 2 <= len(set(generics)) < len(generics)
    member_names = [found[i].turn_name for i in members if i in found]
    # (… or a plain full name speaks again: a committee's minutes in translation, `Jane Doe:` twice, the
    # minister once as `Minister of Industry John Roe:`)
    plain_names = [q.turn_name for q in found.values() if q.marks == "plain-turn" and " " in q.turn_name]
    # (… or three members or more speak under an office and their family name, `Mayor Doe:`, `Councilmember Roe:`:
    # a council's verbatim record, each of them once in an excerpt)
    office_titled = {q.turn_name for q in found.values() if q.marks == "plain-turn" and _office_titled(q.turn_name)}
    if not (len(set(member_names)) < len(member_names) or alternate or caps + houses >= 2
            or len(set(plain_names)) < len(plain_names) or len(office_titled) >= 3):
        found = {i: q for i, q in found.items() if i not in members}
        member_names = []
    houses += len(member_names)
    # members' labels of a title and a full name (`Hon. Jane Doe:`, `Sen. John Roe:`), each a different
    # member: a record where each speaks once (a budget debate's movers) is a record all the same when
    # three such members speak, or two and an office's turn (`The Deputy Speaker (Hon. Roe):`)
    titled_members = {q.turn_name for q in found.values() if q.marks == "plain-turn" and _titled_member(q.turn_name)}
    a_record = caps + houses >= 2 or len(titled_members | office_titled) + min(houses, 1) >= 3 or (houses >= 1 and any(
        q.marks == "plain-turn" and office_label(q.turn_name) for q in found.values()))  # … or one and the chair's
    # a record's later label in mixed case of a full name its capitals gave before (`JANE DOE (Party):` …
    # `Jane Doe:`, as a parliament's record names a member after her first question)
    capital_names = {q.turn_name for q in found.values() if q.marks == "turn" and " " in q.turn_name}

    def house_plain(q: RawQuote) -> bool:
        # (a house's office alone, `Clerk:`, is the record's too)
        generic = _generic_turn(q.turn_name) or office_label(q.turn_name) or q.turn_name in lexicon().house_offices
        # … and a member with no office in a parliament's capitals (`Mr Jane Doe: Point of order: …`)
        titled = address_titles(q.turn_name.split()) > 0
        return ((a_record or alternate) and generic) or (a_record and (titled or q.turn_name in office_titled)) \
            or (houses >= 2 and " " in q.turn_name) or (a_record and q.turn_name.upper() in capital_names)

    def answers(i: int, q: RawQuote) -> bool:
        # a full name's label right after another label's question (`SEMANA: ¿Por qué …?` / `Jane Doe: Porque …`,
        # a magazine's interview of one question, its bold lost): the one asked answering, though each speaks once
        asked = found.get(i - 1)
        if " " in q.turn_name and asked is not None and asked.marks == "turn" \
                and asked.turn_name != q.turn_name and asks(asked.text):
            if not asked.turn_title:  # … and the label that asked is whoever asks (an outlet's name: nobody quoted),
                askers.add(i - 1)  # unless a title of address makes it a member asking (`Senator DOE:`, see _askers)
            return True
        return False

    askers: set[int] = set()

    for style in ("bold-turn", "plain-turn", "bracket-turn"):
        styled = {i: q for i, q in found.items() if q.marks == style}
        names_of = {i: q.turn_name.split()[-1].lower() for i, q in styled.items()}
        names = list(names_of.values())
        # … or one of them is whoever asks (`Host:`, `Moderatorin:`) taking turns with one other who speaks again
        full = any((" " in q.turn_name and q.turn_name.upper() not in _GENERIC_TURN_NAMES)
                   or q.turn_name.upper() in _ASKING_TURN_NAMES for q in styled.values())
        # … or the labels follow time codes (a podcast's `[00:00:12] Jane:` / `[00:00:24] John:`, first names alone)
        full = full or sum(i in clocked for i in styled) >= 3
        # … or two labels of one word take turns, each again, one of them the family name of a full name the text
        # gives outside the turns (`Handelsjournal: …` / `Varga: …` under "… Helena Varga defends …": an interview
        # labelled by the outlet and the interviewee's surname)
        asking = _surname_interview(body, paras, styled) if style == "plain-turn" and not full else ""
        if asking:  # (… the other label asks: the outlet's, whose turns are the questions)
            full = True
            askers.update(i for i, q in styled.items() if q.turn_name == asking)
        if styled and (len(set(names)) < 2 or len(names) == len(set(names)) or (style != "bold-turn" and not full)):
            found = {i: q for i, q in found.items() if i not in styled
                     or (style == "plain-turn" and (house_plain(q) or answers(i, q)))}
        elif styled and style == "plain-turn":  # a header above the turns ("Briefing: Spokesperson Jane Doe, 4 May 2026"):
            # the first of them, its label used once, its words no sentence, not a label the house's turns take
            head = min(styled)
            if names.count(names_of[head]) == 1 and not house_plain(styled[head]) \
                    and styled[head].text.rstrip()[-1:] not in _SENTENCE_ENDS:
                del found[head]
    found = {i: replace(q, marks="turn", asker=q.asker or i in askers) for i, q in found.items()}
    found = _without_heading_lines(_without_show_title(found))
    # a record that numbers its members' turns (`02.03 Jane Doe (Party): …`) numbers every one: an unnumbered line
    # opening with a name and a colon is a turn's next paragraph addressing a member (`Herr Doe, ich sage es auch
    # auf Deutsch: …`), the chair's office aside (`De voorzitter: …`, unnumbered there), and the paragraphs between two
    # turns are the first one's, as in a congressional record
    numbered_record = len(numbered & found.keys()) >= 2
    if numbered_record:
        found = {i: q for i, q in found.items()
                 if i in numbered or _generic_turn(q.turn_name) or office_label(q.turn_name)}
    found |= _continued_turns(body, paras, found, record=len(titled) >= 2 or numbered_record)
    if len(chats) >= 2:  # a chat export: two stamped messages or more (one stamp is a line of prose's)
        found |= chats
    if ":" in body:
        found |= {i: q for i, q in _standing_turns(body, paras, frozenset(found)).items() if i not in found}
    if not any(qa[i].turn_name == "Q" and asks(qa[i].text) for i in lettered):
        # `P. Doe said …` / `R. Roe was …` (initials opening paragraphs): an interview's `P.` asks questions
        qa = {i: q for i, q in qa.items() if i not in lettered}
    if {qa[i].turn_name for i in dotted if i in qa} != {"Q", "A"}:
        qa = {i: q for i, q in qa.items() if i not in dotted}
    if paired and not any(q.turn_name == "A" for q in qa.values()):
        qa = {i: q for i, q in qa.items() if i not in paired}
    qa |= _dash_dialogue(body, paras)
    found = _askers(found)
    labels = {q.turn_name for q in qa.values()}
    if labels == {"Q", "A"}:  # both labels: an interview, whatever else the article holds
        return {**(found if len(found) - len(questions) >= 2 else {}), **qa}
    if labels == {"Q"} and (answered := _named_answers(qa, labelled)):
        return {**found, **qa, **answered}
    return found if len(found) - len(questions) >= 2 else {}


# a pair of double quotation marks inside a turn's words, with a word or more between them
_QUOTED_INSIDE = re.compile(r"[\"“„«»][^\"“”„«»\n]{2,}?[\"”“»«]")


def _without_section_heads(found: dict[int, RawQuote]) -> dict[int, RawQuote]:
    """`found` without its capitals labels when they are a newsletter's section heads, not a transcript's speakers
    (`WHAT SHE SAID: "…," the minister told …` / `STEEL CORNER: …` / `BIRTHDAYS: …`, a morning briefing's way): three
    labels or more, none of them used twice, and at least two of them over words holding quotation marks of their own,
    the writer's prose reporting someone's words; or two such labels, both over the writer's prose that tags the words
    it quotes with a verb of saying (`THE ENCAMPMENT FIGHT: … told POLITICO the bill was about "…"`). A transcript's
    speakers take turns again, and their words are theirs, seldom in marks."""
    caps = [q for q in found.values() if q.marks == "turn" and q.turn_name.isupper() and not q.turn_note]
    if len(caps) < 2 or len({q.turn_name for q in caps}) < len(caps) \
            or sum(_QUOTED_INSIDE.search(q.text) is not None for q in caps) < 2:
        return found
    if len(caps) == 2 and not all(_reports_words(q.text) for q in caps):
        return found  # (two heads only when both report someone's words: two speakers' turns may quote a sign)
    heads = {id(q) for q in caps}
    return {i: q for i, q in found.items() if id(q) not in heads}


def _reports_words(text: str) -> bool:
    """Whether `text` is the writer's prose reporting someone's words: words in marks, and a verb of saying outside
    them (`Frost told POLITICO the bill was about "…"`, `he said only: "…"`) and no first or second person, as a
    newsletter's item under its head is written; a speaker's own turn speaks as "I" and "we" ("I walked past, and
    the sign says "Closed""), and seldom tags the words it quotes."""
    outside = _QUOTED_INSIDE.split(text)
    return len(outside) > 1 and any(CUE_RE.search(part) for part in outside) \
        and not any(_OWN_VOICE.search(part) for part in outside)


def _surname_interview(body: str, paras: list[Paragraph], styled: dict[int, RawQuote]) -> str:
    """The asking label of an interview labelled by its outlet and the interviewee's family name, else "": two
    one-word labels alternating, each used twice or more, one of them (the interviewee's) the last word of a full
    name (a capitalised word before it) in a paragraph that is no turn, the other none."""
    order = [styled[i].turn_name for i in sorted(styled)]
    labels = sorted(set(order))
    if len(labels) != 2 or any(" " in n or order.count(n) < 2 for n in labels) \
            or any(a == b for a, b in pairwise(order)):
        return ""
    prose = [body[p.start:p.end] for p in paras if p.index not in styled]
    named = [n for n in labels if any(re.search(rf"[{CAPITALS}][\w’'\-]+[ ]{re.escape(n)}(?![\w’'])", text)
                                      for text in prose)]
    return next(n for n in labels if n not in named) if len(named) == 1 else ""


def _named_answers(qa: dict[int, RawQuote], labelled: dict[int, RawQuote]) -> dict[int, RawQuote]:
    """The answers of an interview that labels its questions `Q:` and its answers by the guest's name (`Q: Is the
    plan dead?` / `Doe: No.`, a translated interview's way): each question, asked, answered on the next paragraph
    under one plain name, twice at least; else nothing. A name's label alone is no turn (`Update:`), a `Q:` with no
    answer under it no interview."""
    asked = sorted(i for i, q in qa.items() if asks(q.text))
    answers = {i + 1: labelled[i + 1] for i in asked if i + 1 in labelled and labelled[i + 1].marks == "plain-turn"}
    if len(asked) < 2 or len(answers) != len(asked) or len({q.turn_name for q in answers.values()}) != 1:
        return {}
    return {i: replace(q, marks="turn") for i, q in answers.items()}


ASKER_SHARE = 0.5  # of its turns, at least this many ask something: the label is the one who asks …
ANSWERER_SHARE = 1 / 3  # … while every other label's turns ask at most this many


# Greek's question mark is a semicolon (U+037E, which Unicode normalises to ";"): after a Greek word it asks
_GREEK_QUESTION = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff][\"'”’»]*[;\u037e]")


def asks(text: str) -> bool:
    """Whether words end with a question: "?" (or its full-width and Arabic forms), or Greek's ";" after a Greek
    word (`Πότε θα έχει νερό το νησί;`), a closing mark aside."""
    bare = text.rstrip().rstrip("\"'”’»")
    return bare.endswith(("?", "？", "؟", "\u037e")) \
        or (bare.endswith(";") and _GREEK_QUESTION.search(bare[-4:]) is not None)


def _asker_turn(text: str) -> bool:
    """A turn that asks: it holds a question mark (the question may follow a greeting or an
    assertion put to the guest: "Good morning, Minister. Why now?"; Greek's `;`)."""
    return "?" in text or _GREEK_QUESTION.search(text) is not None


def _askers(found: dict[int, RawQuote]) -> dict[int, RawQuote]:
    """The turns of the label whose turns are the questions, marked `asker`, in any language.

    A broadcast interview labels its host by a word of the trade in the programme's language
    (`PRESENTER:`, `LOCUTOR:`, `CONDUCTORA:`, `MODERATORIN:`), which no word list holds in full;
    what every language shares is the shape: one label asks, in at least half of its turns, and
    the others answer, asking in at most a third of theirs. Two turns at least are needed to
    see a shape, and a label with a title of address (`Sr. DOE.-`, `Ms DOE:`) is a member with a
    question of their own, never a host. Attribution decides who the asker is (a host's label
    names nobody); the asker's words carry no stance (analyse), as a `PRESENTER:`'s never did."""
    by_label: dict[str, list[RawQuote]] = {}
    for q in found.values():
        if q.kind == "transcript-turn" and q.marks == "turn" and not q.turn_title:
            by_label.setdefault(q.turn_name.rstrip(".").upper(), []).append(q)
    if len(by_label) < 2:
        return found
    share = {label: sum(_asker_turn(q.text) for q in qs) / len(qs) for label, qs in by_label.items()}
    asking = [label for label, qs in by_label.items() if len(qs) >= 2 and share[label] >= ASKER_SHARE]
    if len(asking) != 1 or any(v > ANSWERER_SHARE for label, v in share.items() if label != asking[0]):
        return found
    return {i: replace(q, asker=True) if q.turn_name.rstrip(".").upper() == asking[0] and q.marks == "turn"
            and not q.turn_title else q for i, q in found.items()}


# a live blog entry's time before its headline ("19:20 BRT –", "16:10 –", "10:19 a.m. ET —")
TIMESTAMP = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]*[A-Z]{2,5})?[ \t]*[—–-][ \t]*")


def _single_headline(body: str, lo: int, hi: int) -> bool:
    """A short line with no full stop that opens a single-mark quote: a British headline.

    `'Q' – Rutte`, `Rutte: 'Q'`, `Ministry mocks 'growth plan'` (the last is then judged
    like any other span, and rejected as a term).
    """
    stamp = TIMESTAMP.match(body, lo, hi)
    text = body[stamp.end() if stamp else lo:hi]
    # (the sentences are the headline's own, not those of the words it quotes: "Sheriff on the money: 'We'll take it.
    # We're not changing the policy.'")
    if len(text) > 160 or "\n" in text or _SENTENCE_INSIDE.search(_HEADLINE_QUOTED.sub("''", text)):
        return False
    return opens_single(text)


def _headline_single_marks(body: str, p: Paragraph, marks: list[Mark]) -> list[Mark]:
    """The single marks of the paragraph's British headline lines, read line by line.

    A headline with no full stop runs into the body line below it (`X says water ‘not yet
    safe’` over `X said on Friday …“…”.`): one paragraph, whose double marks are the body's.
    Each of its lines that is a headline with single marks of its own (no double marks, none
    left open above it, its own single marks all closed on it) is read in single marks, as if
    it stood alone (and `extract` judges its spans on that line alone).
    """
    out: list[Mark] = []
    lo = p.start
    while lo < p.end:
        nl = body.find("\n", lo, p.end)
        hi = nl if nl >= 0 else p.end
        above = [mk for mk in marks if mk.pos < lo]
        doubles = [mk for mk in marks if lo <= mk.pos < hi]
        if _balanced(above) and _single_headline(body, lo, _rstrip_at(body, lo, hi)):
            own = find_marks(body, lo, hi, True)
            # double marks on the line only nested inside its single-marked quote
            # (`Whistleblower: ‘They called it “helping the fixture”’`): the headline's own
            if _balanced(own) and (not doubles or _nested_in(doubles, own)):
                out += own
        lo = hi + 1
    return sorted(marks + out, key=lambda mk: mk.pos) if out else marks


def _single_tagged(body: str, p: Paragraph) -> list[Mark]:
    """The single marks of a paragraph of a double-mark body that opens with a single-marked quote, closed in
    it and tagged right after its close (`'Niemand wordt …', zegt X.`): Dutch pages set a whole statement in
    single marks and a partial or a term in „…”, so the body's double marks say nothing of this paragraph's.
    Only a paragraph with no double marks, its single marks balanced and the tag after the first close."""
    own = find_marks(body, p.start, p.end, True)
    if not own or own[0].pos != p.start or own[0].role != "open" or not _balanced(own):
        return []
    close = next((mk for mk in own if mk.role == "close"), None)
    return own if close is not None and _TAG_AFTER_SINGLE.match(body, close.pos + 1, p.end) else []


def _nested_in(inner: list[Mark], outer: list[Mark]) -> bool:
    """Every mark of `inner` lies inside a pair of `outer` (balanced, open/close in order)."""
    pairs, depth, start = [], 0, -1
    for mk in outer:
        if mk.role == "open":
            start = mk.pos if depth == 0 else start
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                pairs.append((start, mk.pos))
    return _balanced(inner) and all(any(s < mk.pos < e for s, e in pairs) for mk in inner)


def _balanced(marks: list[Mark]) -> bool:
    """Every mark that opens is closed, in order: nothing left open at the end."""
    depth = 0
    for mk in marks:
        depth += 1 if mk.role == "open" else -1
        if depth < 0:
            return False
    return depth == 0


def _line_at(body: str, offset: int) -> int:
    return body.count("\n", 0, offset) + 1


# where the words of a quote whose closing mark the page dropped end: at the punctuation before an
# attribution tag that ends its sentence (`"Q, he said.`, `"Q, Jane Doe told reporters.`, `"Q, said Doe.`)
# (another language's article too: `«Q, ha aggiunto il governatore lasciando la sala.`)
_TAG_SUBJECT = (r"(?:he|she|they|(?:(?:" + "|".join(re.escape(a) for a in lexicon().articles if a[-1].isalpha())
                + r")\s+|(?:" + "|".join(re.escape(a) for a in lexicon().articles if not a[-1].isalpha())
                + r"))[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})")
# … a name may carry its appositive between commas (`"Q, Jane Doe, president of the tenants' union, said.`)
_TAG_APPOSITIVE = r"(?:,\s+[^,.;:!?\"“”«»\n]{1,80},)?"
_REPAIR_END = re.compile(
    r"(?P<end>[,?!…])\s+(?:" + _TAG_SUBJECT + r"\s+(?:" + "|".join(lexicon().tag_verbs) + r")|"
    r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}" + _TAG_APPOSITIVE + r"\s+(?:" + "|".join(lexicon().tag_verbs) + r")|"
    r"(?:" + "|".join(lexicon().tag_verbs) + r")\s+" + _TAG_SUBJECT + r")\b[^.!?\"“”«»\n]{0,80}[.:]")


def _unclosed(body: str, pending: tuple[int, str, int, list[tuple[int, int]]], spans: list[RawQuote],
              warnings: list[tuple[int, str]]) -> None:
    """A quote whose closing mark never came. When its own paragraph shows where the words end
    (an attribution tag right after them: `"Q, he said.`), the quote is recovered, flagged
    `repaired` and reported for review; otherwise none is taken (never a mis-spanned quote)."""
    start, char, para, _parts = pending
    line = _line_at(body, start)
    m = _repair_end(body, pending)
    if m is not None:
        end = m.end("end")
        spans.append(RawQuote(start=start, end=end, text=body[start:end], marks=char, parts=((start, end),),
                              paragraph=para, last_paragraph=para, line=line, repaired=True))
        warnings.append((line, "closing quote mark missing; the quote was taken up to its attribution "
                               "(repaired: check it)"))
        return
    warnings.append((line, "quote mark opened and never closed; no quote taken"))


def _repair_end(body: str, pending: tuple[int, str, int, list[tuple[int, int]]]) -> re.Match[str] | None:
    """The attribution tag that ends the words of a quote left open in its own paragraph, if any."""
    start, _char, _para, parts = pending
    if len(parts) != 1:
        return None
    m = _REPAIR_END.search(body, start, parts[0][1])
    return m if m is not None and not re.search(r"[\"“”«»„]", body[start:m.start()]) else None


def pair_spans(body: str, paras: list[Paragraph], skip: set[int], single: bool,
               warnings: list[tuple[int, str]]) -> list[RawQuote]:
    """Pair open/close marks into spans, carrying an open quote into the next paragraph."""
    spans: list[RawQuote] = []
    pending: tuple[int, str, int, list[tuple[int, int]]] | None = None  # (start, open char, para, parts)
    for p in paras:
        if p.index in skip:
            if pending is not None:
                _unclosed(body, pending, spans, warnings)
                pending = None
            continue
        marks = find_marks(body, p.start, p.end, single)
        if not single and _single_headline(body, p.start, p.end):
            own = find_marks(body, p.start, p.end, True)  # a British headline over a double-mark body
            if not marks:
                marks = own
            elif _balanced(own) and _nested_in(marks, own):  # its own double marks nested inside
                marks = sorted(marks + own, key=lambda mk: mk.pos)
        elif not single and "\n" in body[p.start:p.end]:
            marks = _headline_single_marks(body, p, marks)  # …run into the body line below it
        elif not single and not marks and body[p.start:p.start + 1] in "'‘":
            marks = _single_tagged(body, p)  # a Dutch page's 'Q', zegt X. among its „partials”
        depth = 0
        open_at = -1
        open_char = ""
        para_start = p.start
        idx = 0
        if pending is not None and _repair_end(body, pending) is not None:
            # its own paragraph shows where the words end (`"Q, X said in a statement. …`): the next
            # paragraph's opening mark starts a quote of its own, it does not continue this one
            _unclosed(body, pending, spans, warnings)
            pending = None
        if pending is not None:
            first = marks[0] if marks else None
            reopen = first is not None and first.role == "open" and body[p.start:first.pos].strip() == ""
            closes_first = first is not None and first.role == "close"
            if reopen:
                assert first is not None
                idx = 1
                depth, open_at, open_char = 1, pending[0], pending[1]
                para_start = first.pos + 1
            elif closes_first:
                depth, open_at, open_char = 1, pending[0], pending[1]
            else:
                _unclosed(body, pending, spans, warnings)
                pending = None
        parts: list[tuple[int, int]] = list(pending[3]) if pending else []
        first_para = pending[2] if pending else p.index
        pending = None
        while idx < len(marks):
            mk = marks[idx]
            idx += 1
            if mk.role == "open":
                if depth == 0:
                    open_at, open_char, para_start = mk.pos + 1, mk.char, mk.pos + 1
                    parts, first_para = [], p.index
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    parts.append((para_start, mk.pos))
                    start, end = open_at, mk.pos
                    if end > start and body[start:end].strip():
                        spans.append(RawQuote(
                            start=start, end=end, text=body[start:end], marks=open_char + mk.char,
                            parts=tuple(parts), paragraph=first_para, last_paragraph=p.index,
                            line=_line_at(body, start),
                        ))
                    parts = []
        if depth > 0:
            if depth > 1:
                # an inner quote that never closed: the outer one still continues
                pass
            parts.append((para_start, p.end))
            pending = (open_at, open_char, first_para, parts)
    if pending is not None:
        _unclosed(body, pending, spans, warnings)
    return spans


# ---------------------------------------------------------------- speech or not

CUE_VERBS = lexicon().cue_verbs


_Trie = dict[str, "_Trie"]  # a character → the words' continuations; "" marks a word's end


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, factored into a trie.

    Python's `re` tries a flat alternation branch by branch at every position; with a
    few hundred names or verbs that dominated the cost of a whole article. The trie
    form fails on the first character that no word continues with. (Kept between builds by
    `patterns.source`: the same words make the same text.)
    """
    words = tuple(words)
    return patterns.source("alternation", frozenset(words), lambda: _build(_trie(words)) or "(?!)")


def bounded_alternation(words: Iterable[str]) -> str:
    """`\\b` + `alternation(words)`, the same matches, but with the word boundary checked just
    after each first character instead of before it.

    A pattern that opens with a boundary or a lookahead makes `re` try it at every position of
    the text; one that opens with its possible first characters lets `re` skip straight to them
    (the body-wide scans of attribution were most of their cost in those tries).
    """
    words = tuple(words)
    return patterns.source("bounded_alternation", frozenset(words), lambda: _bounded(words))


def _bounded(words: tuple[str, ...]) -> str:
    trie = _trie(words)
    if "" in trie or not trie:
        return r"\b" + alternation(words)
    alts = []
    for ch, sub in sorted(trie.items()):
        # \b before a word character: none before it; before any other character: one before it
        edge = r"(?<!\w[\s\S])" if _WORDCHAR.match(ch) else r"(?<=\w[\s\S])"
        alts.append(re.escape(ch) + edge + _build(sub))
    return "(?:" + "|".join(alts) + ")"


def word_edge(not_after: str = "") -> str:
    """`first_char_alternation`'s edge for `\\b` (and, with `not_after`, none of those characters
    either) before a first character that is a word character.

    (Only worth it for words whose first characters are rare: a speech verb opens with one of
    most lower-case letters, and a `\\b` that fails at once is then cheaper than a skip.)"""
    return rf"(?<![\w{not_after}][\s\S])"


def first_char_alternation(branches: Sequence[tuple[Iterable[str], str, str]]) -> str:
    """`(?:EDGE1 alternation(words1) TAIL1|EDGE2 alternation(words2) TAIL2|…)`, the same
    matches, regrouped by first character so that `re` can skip straight to those.

    Each branch is (words, edge, tail). `edge` is a lookbehind written for the position just
    after the first character (so it sees that character as its last one): `word_edge()` for
    `\\b`, `(?<=\\n[\\s\\S])` for "at a line start". At one position the branches are still
    tried in their order, each its words' trie (longest first) then its tail.
    """
    made = tuple((tuple(words), edge, tail) for words, edge, tail in branches)
    return patterns.source("first_char_alternation", tuple((frozenset(words), edge, tail) for words, edge, tail in made),
                           lambda: _first_char(made))


def _first_char(branches: tuple[tuple[tuple[str, ...], str, str], ...]) -> str:
    tries = [(_trie(words), edge, tail) for words, edge, tail in branches]
    alts = []
    for ch in sorted({c for trie, _e, _t in tries for c in trie if c}):
        inner = [edge + _build(trie[ch]) + tail for trie, edge, tail in tries if ch in trie]
        alts.append(re.escape(ch) + "(?:" + "|".join(inner) + ")")
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def _trie(words: Iterable[str]) -> _Trie:
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


# The order a trie's branches are tried in: `re` tries a node's branches one after the other (each fails on its
# first character at once, but ~40 of them at the top of a few hundred verbs make ~40 tests a position), so the
# letters that stand most often in a text come first. Branches with different first characters never match at one
# place, so the order changes no match — but for those `re.IGNORECASE` takes for one another (S, s, ſ; K, k, K;
# I, i, İ, ı: the only characters outside ASCII it matches with an ASCII letter): they keep their order (by
# code point), being given their letter's rank; every other character comes after the letters, by code point.
_FREQUENT = " etaoinshrdlcumwfgypbvkjxqz"
_RANK: Final = {**{c: k for k, c in enumerate(_FREQUENT)}, **{c.upper(): k for k, c in enumerate(_FREQUENT)},
                "\u0130": _FREQUENT.index("i"), "\u0131": _FREQUENT.index("i"), "\u017f": _FREQUENT.index("s"),
                "\u212a": _FREQUENT.index("k")}


def _branch_order(item: tuple[str, object]) -> tuple[int, str]:
    return _RANK.get(item[0], len(_FREQUENT)), item[0]


def any_of(words: Iterable[str]) -> str:
    """A pattern whose `search` tells whether one of `words` (none empty) stands in a text — not which, nor
    where first: each word is looked for at its rarest letter (by `_FREQUENT`; a character outside it, rarest of
    all), what comes before that letter looked behind for. Why: `re` skips to the characters a pattern can open
    with, and a trie of forty words of a few languages opens with most letters, so it was tried at most positions
    of a text (the dates' first sieve of a paragraph, `dates._any_word`); "week" is now looked for where a "k" is."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        assert w, "an empty word stands in every text"
        i = min(range(len(w)), key=lambda k: (-_RANK.get(w[k], len(_FREQUENT)), k))
        groups.setdefault(w[i], []).append((f"(?<={re.escape(w[:i + 1])})" if i else "") + re.escape(w[i + 1:]))
    alts = [re.escape(c) + "(?:" + "|".join(rests) + ")" for c, rests in sorted(groups.items(), key=_branch_order)]
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def _build(node: _Trie) -> str:
    # (a run of nodes of one character each, most of a trie's ~77,000 nodes at import, written without the
    # sort and the recursion of a branching node: ~0.1 CPU s of a cold build's import, halved; the same text)
    run = []
    while len(node) == 1:
        ((ch, sub),) = node.items()
        if not ch:
            break
        run.append(_escaped(ch))
        node = sub
    alts = [_escaped(ch) + _build(sub) for ch, sub in sorted(node.items(), key=_branch_order) if ch]
    if not alts:
        return "".join(run)
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "".join(run) + ("(?:" + body + ")?" if "" in node else body)


_escaped = lru_cache(maxsize=None)(re.escape)  # (a trie's characters: a few hundred distinct ones)


CUE_ALT = alternation(CUE_VERBS)
CUE_RE = re.compile(r"\b" + CUE_ALT + r"\b")
# a verb form that only reported speech takes (German's Konjunktiv I, lang de.toml reported_forms): its sentence reports
# someone's words, though no verb of saying stands in it
_REPORTED = re.compile(r"(?<![\w’'-])(?:" + alternation(lexicon().reported_forms) + r")(?![\w’'-])") \
    if lexicon().reported_forms else None


# The words a `WordSieve` can find in the lower-cased text exactly where `re.IGNORECASE` finds them: ASCII and
# the Latin letters of U+00C0–U+024F (é, ç, ã, ł, ő…), whose case-blind matches are the letters that
# `str.lower` makes them, but for ı and ſ (which fold to ASCII); and the lower-case Cyrillic letters а–џ, whose only
# further case-blind twins (в/ᲀ, т/ᲄ…) `FOLDS_TO_ASCII` lists, so a text holding one is searched whole; and the
# Greek lower-case letters with no further twin (α, γ, δ, ά …). σ/ς, β/ϐ, θ/ϑ, κ/ϰ, μ/µ, π/ϖ, ρ/ϱ, φ/ϕ, ε/ϵ and ι/ι
# have twins that `str.lower` does not give (a Greek word is sieved by its longest run without them)
LOWERS_AS_RE_FOLDS: Final = re.compile("[\x00-\x7f\u00c0-\u0130\u0132-\u017e\u0180-\u024f\u0430-\u045f’"
                                        "άέήίαγδζηλνξοτυχψωϊϋόύώ]*")


class WordSieve:
    """A first sieve for a case-blind pattern that cannot match without one of a few words: `may_match`
    is False when the text holds none of them (the pattern cannot match there, so it need not be
    searched). Why: a pattern anchored at the end of the words before a quote (`…\\s*$`) is tried by
    `re` at every position of them, ~1 µs a character for `_NAMING_BEFORE`'s dozens of alternatives,
    where one search of a trie of the words in the lower-cased text costs ~0.5 µs a quote.

    `words` must be such that every match of the pattern holds one of them (as the pattern matches
    it: case-blind). A phrase is sieved by its longest word ("a palavra" by "palavra", "com o título"
    by "título"): a match holds that word too, and a phrase opening with an article would send every
    text with an "a " or "o " to the pattern. A word holding another is left out (the shorter one finds
    it). A text with a letter `re.IGNORECASE` folds to ASCII (`FOLDS_TO_ASCII`: İ ı ſ K) is always
    searched. A word with a letter that `re.IGNORECASE` matches otherwise than `str.lower` makes it (ı, Greek
    σ/ς: not `LOWERS_AS_RE_FOLDS`) is sieved by its longest run of the other letters (`_exact_piece`); every
    text is searched when a word has none."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = _shortest({_exact_piece(max(w.split(), key=len)) for w in _shortest({w.lower() for w in words})})
        self.always = "" in self.words
        self._any = re.compile(alternation(self.words))  # (a trie on the lower-cased text: ~0.5 µs a quote)

    def may_match(self, text: str) -> bool:
        """Whether the pattern can match in `text` (False only when it cannot)."""
        return self.may_match_lowered(lowered(text))

    def may_match_lowered(self, low: str | None) -> bool:
        """`may_match` of a text given as `lowered(text)` (lower-cased once for several sieves)."""
        return low is None or self.always or self._any.search(low) is not None


def _exact_piece(word: str) -> str:
    """The longest run of `word`'s letters that `str.lower` finds exactly where `re.IGNORECASE` does
    (`LOWERS_AS_RE_FOLDS`): a match of the word holds it in the lower-cased text. Turkish "adlı" is sieved by
    "adl" — "ADLI" lowers to "adli", which `re` matches with "adlı" but a sieve of "adlı" never finds (round 72's
    naming words turned the naming sieve off for every quote). "" for a word with no such run."""
    if LOWERS_AS_RE_FOLDS.fullmatch(word):
        return word
    return max(re.findall(LOWERS_AS_RE_FOLDS.pattern[:-1] + "+", word), key=len, default="")


def _shortest(words: set[str]) -> tuple[str, ...]:
    """`words` without those holding another of them (the shorter one finds them), sorted."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def lowered(text: str) -> str | None:
    """`text` lower-cased for the sieves (`WordSieve`), or None when it holds a letter `re.IGNORECASE`
    folds to ASCII (`FOLDS_TO_ASCII`; then every sieve lets its pattern be searched)."""
    return None if folds_to_ascii(text) else text.lower()


_NAMING_BEFORE = re.compile(
    r"(?:\bso[- ]called|\bdubbed|\bnicknamed|\btitled|\bentitled|\bcaptioned"
    r"|\bknown(?: (?:to|among|around) [\w ]{1,30}?)? as(?: the| an?)?"
    # "a viewer who identified herself only as "…"": the name someone gave, no words
    r"|\bidentif(?:ied|ies|y|ying) (?:herself|himself|themselves|themself|itself)(?: only| simply)? as"
    r"|\bthe (?:term|word|phrase|slogan|"
    r"motto|hashtag|label|headline|title|banner|caption)|\bwhat (?:\w+ ){0,3}(?:calls?|called|calling|terms?|termed|"
    r"terming|describes? as|described as|describing as|refers? to as|referred to as|referring to as|brands?|branded"
    r"|branding|dubs?|dubbing)(?: (?:it|its|his|her|their|the))?"
    r"(?: \w+(?:['’]s?)?){0,3}(?: an?| the)?|\b(?:calls?|called|brands?|branded|terms?|termed|labels?|labelled|labeled)"
    r" (?:it|its|his|her|their|the (?:invasion|war|operation|campaign|plan|process|conflict)|them)(?: \w+){0,2}"
    r"(?: an?| the| as)?|\bcall(?:ing)? it"
    # "have taken to calling the project the "…"", "are dubbing it the "…"": a name that has caught on, the
    # definite article before it ("called the minister the "worst in a generation"" is one person's evaluation)
    r"|\b(?:calling|branding|terming|dubbing) (?:it|the(?: \w+){1,2}) the"
    # "a network that residents call the "…"": the relative pronoun is what is named
    r"|\b(?:that|which|whom)(?: \w+){1,3}? (?:calls?|called|dubs?|dubbed|terms?|termed|nicknamed?) (?:an?|the)"
    # "what the families came to call "…"": what a name grew to be ("what officials are calling a "…"" above)
    r"|\bwhat (?:\w+ ){0,3}(?:came|come) to call"
    # another language's words that name what follows ("l'esposto intitolato «…»", "la parola «…»"; naming_words),
    # as one trie (`re` tried each of their ~90 phrases, one by one, at every position: ~2 µs a character)
    r"|(?<![\w’'])(?:" + alternation(lexicon().naming_words) + r"))\s*$",
    re.IGNORECASE,
)
# A word every branch of `_NAMING_BEFORE` holds, each in the order of its branches (so-called, dubbed,
# nicknamed, titled/entitled, captioned, known as, the term/word/…/caption, what X calls/terms/describes/
# refers to/brands/dubs, calls/brands/terms/labels it, call it, that X calls/dubs/terms/nicknamed, what X
# came to call; the naming words): where none stands, no name or term is announced and the pattern is
# not searched
_NAMING_SIEVE: Final = WordSieve([
    "called", "dubbed", "nicknamed", "titled", "captioned", "known", "identif",
    "term", "word", "phrase", "slogan", "motto", "hashtag", "label", "headline", "title", "banner", "caption",
    "what", "call", "brand", "dub", "nickname", *lexicon().naming_words])
# "His team calls him "el Viejo," the old man": a name a person goes by, glossed after it (without
# the gloss, "calls him "a liar"" is an evaluation someone said)
# an article and a capitalised word or two, nothing else, in Spanish copy: a name someone goes by
_NICKNAME = re.compile(r"(?:" + "|".join(map(re.escape, lexicon().nickname_articles)) + r")[ ][A-ZÀ-Þ][\w’'\-]*"
                       r"(?:[ ][A-ZÀ-Þ][\w’'\-]*)?") if lexicon().nickname_articles else re.compile(r"(?!)")
_NICKNAME_BEFORE = re.compile(r"\bcalls?\s+(?:him|her)\s*$", re.IGNORECASE)
# the word `_NICKNAME_BEFORE` and `_CALLS_THIS` cannot match without
_CALL_SIEVE: Final = WordSieve(["call"])
_GLOSS_AFTER = re.compile(r",\s*(?:the|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*[,.;]")
_MEDIA_BEFORE = re.compile(
    r"(?:'s|’s|\bon|\bin|\bthe|\bof|\bprogramme|\bprogram|\bshow|\bbook|\bfilm|\bseries|\bnewspaper|\bpaper|"
    r"\bdocumentary|\bpodcast|\bcolumn|\barticle|\bop-ed|\bessay|\breport|\bdoctrine|\bdocument|\bplan|"
    r"\bagreement|\bmemorandum|\btreaty|\bformat|\bdeclaration|\bstrategy|\bsong|\balbum|\bmagazine)\s*$",
)
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "vs",
                "de", "la", "le", "is", "as", "&"}
_ADJ_AFTER = re.compile(
    r"^\s*[,—–-]?\s*(?:(?:[A-Z][\w’'\-.]*|the|a|an|his|her|its|their|[a-z]+['’]s)(?:\s+(?:[A-Z][\w’'\-.]*|"
    r"[a-z][\w\-]*)){0,6}?\s+)?(?:" + CUE_ALT + r")\b"
)
# the verbs that end a lead-in right before a quote ("X said:", "X told reporters,"), as a trie
# (`alternation`: the same words as their list, ~150, which `re` tried one by one at every word of every
# lead-in); "told" with its object
_TAG_VERBS = alternation(set(lexicon().tag_verbs) - {"told"}) + (r"|told \w+" if "told" in lexicon().tag_verbs else "")
# the tag right after a closing single mark: a comma and a speech verb ("', zegt X", "', said X", "', aldus X")
_TAG_AFTER_SINGLE = re.compile(r"[ \t]*,[ \t]*(?:" + _TAG_VERBS + "|" + alternation(lexicon().tag_after_verbs) + r")(?![\w’'-])")
_ADJ_BEFORE_COLON = re.compile(r"(?:[:,]|\b(?:" + _TAG_VERBS + r"|[Aa]sked by [\w .’'\-]{1,40})\s*[:,]?)\s*$")
HEADER_LINE_MAX = 400  # characters a header line (outlet, programme, date) may run to


def _header_title(body: str, line_start: int, open_pos: int, close_pos: int) -> bool:
    """A broadcast's or page's header line that names its programme in marks beside the outlet and the
    date (`TVN24, "Dzień po Dniu", 4 December 2026`): outside the marks no word in lower case but a
    month's name, a year, and no colon (a headline's `X: "Q"`); the words are a title, not a sentence
    (asked only of words in marks with no sentence punctuation: `classify`'s `titled`)."""
    end = body.find("\n", close_pos)
    if (end if end >= 0 else len(body)) - line_start > HEADER_LINE_MAX:
        return False  # (a paragraph of a line, not a header: its words were listed once per quote in it, p08)
    rest = body[line_start:open_pos] + " " + body[close_pos:end if end >= 0 else len(body)]
    if ":" in rest:
        return False
    if not body[line_start:open_pos].strip() and _SHOW_LINE.fullmatch(body[close_pos:end if end >= 0 else len(body)]):
        return True  # a line of only the title and what it is: `"Asubuhi na Mlima" morning show`
    return bool(_YEAR.search(rest)) and all(w in date_line_words().months for w in _LOWER_WORD.findall(rest))


# after a programme's title on a line of its own, what the title is: a word or two and the noun of a
# broadcast or a publication (`"Asubuhi na Mlima" morning show`, `"The Long Road" podcast, episode 4`)
_SHOW_LINE = re.compile(r"[ ,]*(?:[a-z][\w\-]*\s+){0,2}(?:show|programme|program|podcast|bulletin|broadcast|series|"
                        r"documentary|newsletter|column|segment|phone-in)(?:,\s*(?:episode|part|no\.?)\s*\d+)?\s*",
                        re.IGNORECASE)


# (the century first, no digit before it in a lookbehind: `re` skips to a 1 or a 2, not trying every position)
_YEAR = re.compile(r"(?:19|20)(?<!\d[\s\S]{2})\d\d(?!\d)")
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-zß-ÿ][\w’'\-]*")


# a fact-check's label before its own rating, the line opening with it (`VERDICT: "Misleading"`)
_VERDICT_LABEL = re.compile(r"[ \t*_]*(?i:" + alternation(lexicon().verdict_labels) + r")[ \t*_]*:[ \t*_]*")
_LABEL_BEFORE = re.compile(r"^\s*(?:Quote|Quotes|Direct speech|Statement|He said|She said)\s*:\s*$", re.IGNORECASE)


def in_spans(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Is a position inside one of the quote `spans`, their marks included (`any(s - 1 <= i <
    e + 1 …)`)? Worked out once per article as a bisect over the merged intervals, not a loop
    over every span for every full stop of every quote's sentence."""
    merged: list[list[int]] = []
    for lo, hi in sorted((s - 1, e + 1) for s, e in spans):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    starts = [lo for lo, _hi in merged]

    def in_quote(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return k >= 0 and i < merged[k][1]

    return in_quote


def _sentence_bounds(body: str, para: Paragraph, qstart: int, qend: int,
                     spans: list[tuple[int, int]], in_quote: Callable[[int], bool] | None = None) -> tuple[int, int]:
    """Start/end of the sentence around [qstart, qend), ignoring stops inside quotes."""
    if in_quote is None:
        in_quote = in_spans(spans)
    return (sentence_start(body, para.start, qstart - 1, in_quote),
            sentence_end(body, qend + 1, para.end, in_quote))


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def is_headline(text: str) -> bool:
    """A Title Case line with no full stop ("Defiant Builder Hits Back As Union Letter Surfaces"):
    its capitalised words are a headline's, not a name, whatever they look like."""
    if "\n" in text or ":" in text or text.rstrip().endswith((".", "!", "?", "\"", "”", ",")):
        return False
    words = _HEADLINE_WORD.findall(text)
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(words) >= 4 and len(content) >= 4 and all(w[0].isupper() for w in content)


_WORDS = re.compile(r"[\w’'\-]+")
# a text of 21 words or more, as _WORDS finds them (each a whole run: possessive, so none is split in two)
_MORE_THAN_20_WORDS = re.compile(r"(?:[^\w’'\-]*+[\w’'\-]++){21}")
_LATIN_WORDS = re.compile(r"[A-Za-z][\w’'\-]*")
_TOKENS = re.compile(r"[A-Za-z0-9][\w’'\-]*")


def _is_title_case(text: str, limit: int = 8) -> bool:
    """Every content word capitalised, in at most `limit` words (a work's title set off after the
    noun naming the work may run longer: "study, "Fracturing and Water Ingress in …,"")."""
    words = _LATIN_WORDS.findall(text)
    tokens = _TOKENS.findall(text)
    if len(tokens) < 2 or not words or words[0] == "I":
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content) and len(tokens) <= limit


_SENTENCE_PUNCT = re.compile(r"[.!?;:]")
# a phrasal verb's gerund ("sitting on", "covering up", "backing down"): a verb, never the name of a thing
_PHRASAL_GERUND = re.compile(r"[a-z]+ing (?:on|up|off|out|over|down|back|in|away|around|about)")
# a work's subtitle after its colon ("The Lost Lines of Kent: A Railway History, 1887–1957"): the name goes on
_SUBTITLE_COLON = re.compile(r":\s+(?=[A-Z])")


# a live blog's entry time on the line above the quote ("2:10 pm IST\n“Q,” she said"): no clause of the writer's
_TIME_STAMP_LINE = re.compile(r"\s*\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?[ \t]*\n\s*")
# an embedded post's header on the line above its words (`Jane Doe (@janedoe) · Dec 3, 2026`): the post is whole
_POST_HEADER_LINE = re.compile(r"[^\n\"“”«»]{1,80}\(@[\w.]{1,30}\)[^\n\"“”«»]{0,40}\n\s*")
# a quote that opens right after another quote closed on a full stop starts a new sentence:
# Lisbon "has no intention of fighting anyone." "But if they come to us, …," he said.
_AFTER_CLOSED_SENTENCE = re.compile(r"[.!?…][\"”»«“]$")


_CORNER_SENTENCE = re.compile(r"[。！？!?\n]")
_CORNER_PUNCT = re.compile(r"[。、！？!?,.]")
_CORNER_SAID_LEN = 8  # characters: a bracketed phrase this short with no verb after it is a term


@lru_cache(maxsize=1)
def _corner_tags() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The tag after a 「…」 quote (と + a verb of saying, a few characters apart: と記者団に述べた) and the
    term after one (という + 言葉), from lang/ja.toml."""
    words = corner_words()
    particles = "|".join(map(re.escape, words.quote_particles))
    said = re.compile(rf"(?:{particles})[^。「」\n]{{0,24}}?(?:{'|'.join(map(re.escape, words.verbs))})")
    term = re.compile(rf"(?:という|といった|との|など(?:の)?)(?:{'|'.join(map(re.escape, words.term_nouns))})")
    return said, term


HANGUL = re.compile("[\uac00-\ud7a3]")
# the word before a Korean quote's mark that makes it part of the writer's clause: an object (…를 "…"이라고), or a
# subject marked 이/가 after the sentence's topic marked 은/는 (X는 … 부지가 "…"고 했다)
_HANGUL_OBJECT_BEFORE = re.compile("[\uac00-\ud7a3][을를][ \t]$"
                                   "|[\uac00-\ud7a3][은는][ \t][^.?!\"“”\n]*[\uac00-\ud7a3][이가][ \t]$")
HANGUL_GLOSS = re.compile("\\([^()\n]{1,40}\\)(?=[\uac00-\ud7a3])")
_HANGUL_WORDS = re.compile("[\uac00-\ud7a3]+")
_HANGUL_ENDING = re.compile("(?:다|요|까|죠|자|라|니다|오)[.!?…]*$")


def hangul_verdict(body: str, q: RawQuote) -> tuple[str, bool, str] | None:
    """Speech or not for a Korean quote, from the particle glued to its closing mark: Korean tags a quote
    after it ("…"이라고 말했다, "…"고 덧붙였다, "…"며 "…"고 강조했다), and writes a term as "…"라는 말
    ("the word …"). A quote with no particle after it stands at the end of a headline or a caption line
    (정 장관 "…"), or before a subject that says it ("…" 권 지사는 …): words of two or more. Another particle
    ("…"를, "…"로) leaves the quote to the English sieves (a term, most often). None: not Korean copy."""
    close = q.end + 1
    gloss = HANGUL_GLOSS.match(body, close)
    if gloss is not None:  # `"trust before technology"(기술보다 신뢰가 먼저)라고`: the words, glossed, then the tag
        close = gloss.end()
    glued = body[close:close + 8]
    if not HANGUL.match(glued[:1]) and not HANGUL.search(q.text):
        return None
    words = hangul_words()
    for particle in words.tag_particles:
        if glued.startswith(particle):
            if _HANGUL_OBJECT_BEFORE.search(body, max(0, q.start - 200), q.start - 1):
                # `절차를 "졸속 행정의 전형"이라고 비판했다`, `부지가 "확정된 바 없다"고 했다` after the subject's 은/는:
                # the words complete the writer's clause
                return "speech", True, f"words inside the writer's clause (…를 \"…\"{particle})"
            return "speech", False, f"a Korean quote tagged after its mark (\"…\"{particle})"
    for particle in words.noun_particles:
        if glued.startswith(particle):
            rest = glued[len(particle):].lstrip()
            if any(rest.startswith(n) for n in words.term_nouns):  # (before said_nouns: `"…"라는 말` is a term)
                return "reject", False, f"a term in marks (\"…\"{particle} + a noun)"
            if rest.startswith(("게 ", "것이 ", "것은 ")):
                return "speech", False, f"words said, then whose they are (\"…\"{particle} 게 X의 설명이다)"
            if any(rest.startswith(n) for n in words.said_nouns):
                return "speech", True, f"words said, before the noun of them (\"…\"{particle} 발언은)"
            if any(rest.startswith(n) for n in words.term_nouns) or not _HANGUL_ENDING.search(q.text):
                return "reject", False, f"a term in marks (\"…\"{particle} + a noun)"
            return "speech", True, f"words said, before a noun (\"…\"{particle})"
    if HANGUL.match(glued[:1]) or len(_HANGUL_WORDS.findall(q.text)) < 2:
        return None
    return "speech", False, "a Korean quote with no particle: a headline's, a caption's or one before its subject"


# Korean transcripts: a chamber's record (`○위원장 한상우  …`: the circle, the office and the name or the name and
# `위원`, two spaces, no colon), a radio station's (`◇ 송미란 > …`), a labelled script or interview (`기자: …`, `문: …`:
# lang/ko.toml [turns]) and a printed interview's question after a bar (`―…나.`): the interviewer's
_HANGUL_RECORD = re.compile("[○◯](?P<label>[^\\s○◯]{2,20}(?:[ ][^\\s]{2,12})?)[ \t\u3000]{2,}(?P<text>\\S.*)$", re.DOTALL)
_HANGUL_ARROW = re.compile("[◇◆][ \t]*(?P<label>[^\\s>]{2,12})[ \t]*>[ \t]*(?P<text>\\S.*)$", re.DOTALL)
_HANGUL_LABEL = re.compile("(?P<label>[\uac00-\ud7a3]{1,3})[ \t]*:[ \t]*(?P<text>\\S.*)$", re.DOTALL)
_HANGUL_BAR = re.compile("―[ \t]*(?P<text>[\uac00-\ud7a3].*)$", re.DOTALL)
# who a Korean transcript's generic labels are: the reporter its byline or dateline names (`대담=정수현 기자`,
# `(해령=연합뉴스) 윤슬기 기자 =`), the one interviewed (`박 군수와의 일문일답`), an anchor naming herself (`정오의
# 박소연입니다`), the reporter the anchor hands over to (`이지은 기자 연결합니다`, `이지은 기자가 보도합니다`)
_HANGUL_BYLINE = re.compile("(?:대담|진행|인터뷰|정리|글)[ \t]*=[ \t]*([\uac00-\ud7a3]{2,4})[ \t]*기자"
                            "|[)\\]][ \t]*([\uac00-\ud7a3]{2,4})[ \t]*기자[ \t]*=")
_HANGUL_INTERVIEWED = re.compile("([\uac00-\ud7a3]{1,4}(?: [\uac00-\ud7a3]{1,8})?)(?:와|과)의 (?:일문일답|인터뷰|대담)")
_HANGUL_SELF = re.compile("(?:의|뉴스|,)[ \t]([\uac00-\ud7a3]{2,4})입니다")
_HANGUL_HANDOVER = re.compile("([\uac00-\ud7a3]{2,4})[ \t]기자(?:가|를|와|,|[ \t]연결)")


def _hangul_record_name(label: str) -> str:
    """The member a chamber's label names: the word of it that is no office (`위원장 한상우`, `한상우`;
    `윤재석 위원`, `윤재석`; `산업통상자원부장관 정윤호`, `정윤호`), else the label (an office alone)."""
    titles = hangul_words().titles
    words = [w for w in label.split() if not w.endswith(titles)]
    return words[-1] if words else label


def hangul_turns(body: str, paras: list[Paragraph]) -> dict[int, RawQuote]:
    """The turns of a Korean transcript, by paragraph (see _HANGUL_RECORD). A paragraph is tried only when
    its first character is a record's circle, a radio script's diamond, the bar or a syllable: English
    copy pays one character test a paragraph."""
    found: dict[int, RawQuote] = {}
    labels = hangul_words().turn_labels
    byline = _HANGUL_BYLINE.search(body)
    interviewer = next(g for g in byline.groups() if g) if byline is not None else "Q"
    handed: list[tuple[int, str]] = []  # (where, the reporter an anchor's turn hands over to)
    anchor = "ANCHOR"
    for p in paras:
        first = body[p.start:p.start + 1]
        m: re.Match[str] | None = None
        if first in "○◯":
            m = _HANGUL_RECORD.match(body, p.start, p.end)
            if m is not None and HANGUL.search(m.group("label")):
                name = _hangul_record_name(m.group("label"))
                found[p.index] = _turn(body, p, m.start("text"), _rstrip_at(body, m.start("text"), p.end), "turn",
                                       name)
            continue
        if first in "◇◆":
            m = _HANGUL_ARROW.match(body, p.start, p.end)
            if m is not None and HANGUL.search(m.group("label")):
                found[p.index] = _turn(body, p, m.start("text"), _rstrip_at(body, m.start("text"), p.end), "turn",
                                       m.group("label"))
            continue
        if first == "―":
            m = _HANGUL_BAR.match(body, p.start, p.end)
            if m is not None:
                q = _turn(body, p, m.start("text"), _rstrip_at(body, m.start("text"), p.end), "turn", interviewer)
                found[p.index] = replace(q, asker=True)
            continue
        if not HANGUL.match(first) or (m := _HANGUL_LABEL.match(body, p.start, p.end)) is None \
                or m.group("label") not in labels:
            continue
        role = labels[m.group("label")]
        text_at = m.start("text")
        end = _rstrip_at(body, text_at, p.end)
        name = role
        if role == "Q":
            name = interviewer
        elif role == "A":
            named = _HANGUL_INTERVIEWED.search(body, 0, p.start)
            name = named.group(1) if named is not None else role
        elif role in ("ANCHOR", "HOST"):
            own = _HANGUL_SELF.search(body, text_at, end) if anchor == "ANCHOR" else None
            anchor = own.group(1) if own is not None else anchor
            name = anchor
            handed += [(h.start(), h.group(1)) for h in _HANGUL_HANDOVER.finditer(body, text_at, end)]
        elif role == "REPORTER":
            own = _HANGUL_SELF.search(body, text_at, end)
            name = handed[-1][1] if handed else own.group(1) if own is not None else role
        found[p.index] = replace(_turn(body, p, text_at, end, "turn", name), asker=role == "Q")
    return found


# Chinese copy (lang/zh.toml): Han characters, and no kana (a Japanese paragraph always writes some)
HAN = re.compile("[\u4e00-\u9fff]")
KANA = re.compile("[\u3040-\u30ff]")
_HAN_SENTENCE = re.compile("[。！？!?，,；;]")
_HAN_SAID_LEN = 12  # characters: a phrase in marks this short with no stop or comma is a term, unless a verb says it
_HAN_CLAUSE_END = "，,。；;！？!?、」”』\n）)"
_HAN_STOP = re.compile("[。！？!?\n]")
_HAN_CLAUSE = re.compile("[，,；;：:]")
_HAN_SAYING = ("一語", "一语", "一句", "這句話", "这句话", "這番話", "这番话")


def chinese(body: str, para: Paragraph, q: RawQuote) -> bool:
    """Whether `q` is Chinese copy's quote: Han characters in its words, or right before its mark (`說：“We …”`:
    another language's words a Chinese sentence quotes), and no kana in its paragraph."""
    return (HAN.search(q.text) is not None or HAN.search(body, max(para.start, q.start - 3), q.start) is not None) \
        and KANA.search(body, para.start, para.end) is None


def _han_partial(body: str, q: RawQuote, pre: str) -> bool:
    """Whether a Chinese sentence in marks goes on the writer's words in its sentence (`他說，清淤延宕三年，「…」`: a
    partial, as the conventions make words in marks after the writer's own clause), rather than standing after its
    tag's colon or comma (`林振宏指出，「…」`), alone, after a bracket of its own (a rendering) or in a headline."""
    own = pre[max(pre.rfind(ch) for ch in "」”』") + 1:].rstrip(" \t\u3000")
    if not own or own[-1] in "：:（(":
        return False
    bare = own.rstrip("，,")
    if bare != own and bare.endswith(han_words().verbs):
        return False
    line_at = body.rfind("\n", 0, q.start) + 1
    line_end = body.find("\n", q.end)
    rest = body[q.end + 1:line_end if line_end >= 0 else len(body)]
    # (a headline: a short line, no comma before the quote and no stop after it: `專訪X　「…」`)
    return "，" in own or "," in own or "。" in rest or q.start - line_at > 30


def han_verdict(body: str, para: Paragraph, q: RawQuote) -> tuple[str, bool, str]:
    """Speech or not for a Chinese quote (「…」 or “…”). Chinese writes no spaces, so the English sieves that count
    words see one; and no particle tags it, as Japanese と does. A sentence in marks (a stop or a comma of its own,
    or some length) is what someone said; a short phrase is a term or a name (所謂「…」, 「…」的標語) unless it ends
    a clause a verb of saying opens (批評中央「…」, 他認為…是「…」, 形容…为“…”), stands in a headline after `X：`,
    or is the words a correction gives to the one it names (「…」一語係X所說)."""
    words = han_words()
    text = q.text.strip()
    close = q.end + 1
    lo = max(para.start, *(body.rfind(ch, para.start, q.start - 1) + 1 for ch in "。！？!?\n"))
    pre = body[lo:q.start - 1]
    if _HAN_SENTENCE.search(text) or len(text) >= _HAN_SAID_LEN:
        return "speech", _han_partial(body, q, pre), "a sentence in marks in Chinese copy"
    if body.startswith(_HAN_SAYING, close):
        return "speech", True, "words a sentence says someone said (「…」一語係X所說)"
    if any(pre.endswith(w, 0, len(pre)) or w in pre[-6:] for w in words.term_before):
        return "reject", False, "a name in marks (所謂「…」, 稱為「…」)"
    if close < len(body) and body[close] not in _HAN_CLAUSE_END:
        return "reject", False, "a phrase in marks inside the writer's clause (「…」的標語, 「…」雖…)"
    line_at = body.rfind("\n", 0, q.start) + 1
    line_end = body.find("\n", q.end)
    line = body[line_at:line_end if line_end >= 0 else len(body)]
    if "：" in body[line_at:q.start] and "。" not in line:
        return "speech", True, "a phrase in marks in a headline after its speaker (X：…「…」)"
    own = pre[max(pre.rfind(ch) for ch in "」”』") + 1:]  # (a verb before another quote of the sentence tags that one)
    if any(v in own for v in words.verbs if v not in words.single_verbs) \
            or any(c.endswith(tuple(words.single_verbs)) for c in _HAN_CLAUSE.split(own)[:-1]):
        return "speech", True, "a phrase in marks closing a clause a verb of saying opens (批評「…」)"
    return "reject", False, "a short phrase in marks with no verb of saying (Chinese)"


# Chinese transcripts (lang/zh.toml [turns]): a label and a full-width colon opening the paragraph (`問：…`,
# `主播：…`, a record's `林部長振宏：…`, a chamber's `發展局局長：…`, a broadcast's `農民 莊金水：…`)
_HAN_LABEL = re.compile("(?P<label>[\u4e00-\u9fff]{1,10}(?:[ \u3000][\u4e00-\u9fff]{2,4})?)：[ \t\u3000]*(?P<text>\\S.*)$",
                        re.DOTALL)
_HAN_STAGE = re.compile("[ \t\u3000]*（[^（）\n]{1,20}）[ \t\u3000]*$")  # (`（敲槌）`: the record's, not the speaker's)
_HAN_BYLINE = re.compile("記者([\u4e00-\u9fff]{2,3})[／/](?:專訪|专访)|记者([\u4e00-\u9fff]{2,3})[／/]专访")
_HAN_INTERVIEWED = re.compile("(?:專訪|专访)([\u4e00-\u9fff]{2,12})")
_HAN_CHAIR = re.compile("^主[ \t\u3000]*席[ \t\u3000]+(\\S+)[ \t]*$", re.MULTILINE)
_HAN_HANDOVER = re.compile("記者([\u4e00-\u9fff]{2,3})的|记者([\u4e00-\u9fff]{2,3})的")


def han_turns(body: str, paras: list[Paragraph]) -> dict[int, RawQuote]:
    """The turns of a Chinese transcript, by paragraph (see _HAN_LABEL): three such paragraphs at least, a label
    among them taken again (a headline's `X：…` is one). A label ending in a verb of saying (`林部長表示：`) introduces
    a quote, no turn. Tried only in a text holding a full-width colon after a Han character: English pays one test."""
    if "：" not in body or KANA.search(body) is not None:  # (a Japanese transcript's labels are not read so)
        return {}
    words = han_words()
    labelled: dict[int, tuple[str, int, int]] = {}
    for p in paras:
        if not HAN.match(body, p.start):
            continue
        m = _HAN_LABEL.match(body, p.start, p.end)
        if m is None or m.group("text")[:1] in "「“" \
                or (m.group("label") not in words.turn_labels and m.group("label").endswith(words.verbs)):
            continue
        end = _rstrip_at(body, m.start("text"), p.end)
        stage = _HAN_STAGE.search(body, m.start("text"), end)
        labelled[p.index] = (m.group("label"), m.start("text"), stage.start() if stage is not None else end)
    names = [n for n, _, _ in labelled.values()]
    if len(names) < 3 or len(set(names)) == len(names):
        return {}
    byline = _HAN_BYLINE.search(body)
    interviewer = next(g for g in byline.groups() if g) if byline is not None else "Q"
    chair = _HAN_CHAIR.search(body)
    by_index = {p.index: p for p in paras}
    found: dict[int, RawQuote] = {}
    handed = ""
    for i, (label, start, end) in sorted(labelled.items()):
        role = words.turn_labels.get(label, "")
        name = label
        if role == "Q":
            name = interviewer
        elif role == "A":
            named = _HAN_INTERVIEWED.search(body, 0, by_index[i].start)
            name = named.group(1) if named is not None else label
        elif role == "CHAIR" and chair is not None:
            name = chair.group(1)
        elif role in ("ANCHOR", "HOST"):
            name = role
            hand = _HAN_HANDOVER.search(body, start, end)
            handed = next(g for g in hand.groups() if g) if hand is not None else handed
        elif role == "REPORTER":
            name = handed or role
        found[i] = replace(_turn(body, by_index[i], start, end, "turn", name), asker=role == "Q")
    return found


def corner_verdict(body: str, q: RawQuote) -> tuple[str, bool, str]:
    """Speech or not for a Japanese quote in corner brackets, from what follows its closing bracket:
    Japanese tags a quote after it (「…」と述べた: direct, the と-clause is the tag), and writes a term as
    「…」という言葉 ("the word …"). Untagged, a bracket holding a sentence (its own 。 or 、, or some length)
    is what someone said; a short phrase with neither is a term or a name."""
    close = q.end + 1
    stop = _CORNER_SENTENCE.search(body, close)
    post = body[close:stop.start() if stop else len(body)]
    said, term = _corner_tags()
    if term.match(post):
        return "reject", False, "a term in corner brackets (「…」という言葉)"
    if said.match(post):
        return "speech", False, "a quote tagged after its bracket (「…」と述べた)"
    if _CORNER_PUNCT.search(q.text) or len(q.text.strip()) >= _CORNER_SAID_LEN:
        return "speech", False, "a sentence in corner brackets"
    return "reject", False, "a short phrase in corner brackets with no verb of saying after it"


# a sentence opening with hearsay, before the quote in it: "Rumour has it the mayor said: "…"", a chat's forward
# "Dicen que la alcaldesa dijo: "…"" (lang [speech] hearsay). Whoever is named as speaking is only said to have
# spoken, by no one named: a rumour, never a statement of the one named (a usability round's forwarded rumour
# became a mayor's latest statement)
# a story's noun right before the opening mark, no colon or comma between ('En la nota “…”, publicada …', lang
# [speech] story_nouns): the story's title, whatever case it is written in — a correction notice's quote of
# the headline it corrects came out as a statement
_STORY_BEFORE = re.compile(r"(?<![\w’'])(?i:" + alternation(lexicon().story_nouns) + r")\s*$") \
    if lexicon().story_nouns else re.compile(r"(?!)")
_SUBJECTLESS_SPEECH = date_line_words().subjectless_speech
_HEARSAY = re.compile(r"[\s\"'“”«»¿¡(*_—–-]*(?i:" + alternation(w.lower() for w in lexicon().hearsay) + r")(?![\w’'])")


_A_WORD: Final = re.compile(r"[^\W_]")  # a letter or a digit, in any script


def classify(body: str, para: Paragraph, q: RawQuote, all_spans: list[tuple[int, int]],
             in_quote: Callable[[int], bool] | None = None,
             order: tuple[list[tuple[int, int]], list[int]] | None = None) -> tuple[str, bool, str]:
    """Decide ('speech'|'reject', partial, reason) for one span from its surroundings
    (`in_quote`: `in_spans(all_spans)`, when the caller has it already)."""
    if not _A_WORD.search(q.text):  # `"…," she said.`, `"—?!"`: marks around no word say nothing to publish
        return "reject", False, "no word inside the marks (only spaces or punctuation)"
    lo, hi = _sentence_bounds(body, para, q.start, q.end, all_spans, in_quote)
    open_pos = q.start - 1
    close_pos = q.end + 1
    pre = body[lo:open_pos]
    post = body[close_pos:hi] if q.paragraph == q.last_paragraph else body[close_pos:para.end]
    if q.last_paragraph != q.paragraph:
        return "speech", False, "runs over paragraphs"
    if q.marks[:1] in "「“" and chinese(body, para, q):
        return han_verdict(body, para, q)
    if q.marks[:1] == "「":
        if HANGUL.search(q.text):
            return "reject", False, "a title in corner brackets in Korean copy (「…법」: a law's)"
        return corner_verdict(body, q)
    if (HANGUL.match(body, close_pos) or HANGUL.search(q.text) or (body.startswith("(", close_pos)
                                                                  and HANGUL_GLOSS.match(body, close_pos))) \
            and q.marks[:1] not in "‘'‹":
        korean = hangul_verdict(body, q)
        if korean is not None:
            return korean
    # (no sieve below asks of more than 20 words: a longer quote, three in four, is not split into its words)
    many = _MORE_THAN_20_WORDS.match(q.text) is not None
    words = [] if many else _WORDS.findall(q.text)
    n = 21 if many else len(words)  # (21: "more than 20", all that the sieves tell apart)
    stripped_pre = pre.rstrip()
    adjacent_after = bool(_ADJ_AFTER.match(post)) and (q.text.rstrip().endswith((",", "?", "!", ".", "…", "—", "-"))
                                                      or post.lstrip().startswith((",", "—", "–")))
    adj = _ADJ_BEFORE_COLON.search(stripped_pre)
    # a verb with no colon or comma before words in lower case ('si è detto «sereno e a disposizione»', 'ha
    # parlato di «trecento posti a rischio»'): a fragment the sentence goes on with, no whole quote
    adjacent_before = (adj is not None and not (q.text[:1].islower() and adj.group(0).strip()[-1:] not in ":,")) \
        or (":" in pre and bool(_LABEL_BEFORE.match(pre)))
    line_start = body.rfind("\n", 0, open_pos) + 1
    # (`_LABEL_BEFORE` and `_VERDICT_LABEL` end with a colon: a line with none before the mark is not searched)
    colon_before = body.find(":", line_start, open_pos) >= 0
    label_line = colon_before and bool(_LABEL_BEFORE.match(body[line_start:open_pos]))
    # the words before the quote lower-cased once for the first sieves (`WordSieve`) of the case-blind patterns
    # anchored at their end: a pattern whose sieve finds none of its words cannot match, and is not searched
    low_pre = lowered(stripped_pre)
    if _STORY_BEFORE.search(stripped_pre, max(0, len(stripped_pre) - 40)):
        return "reject", False, "a story's title after its noun (in the article \"…\", published …)"
    if _HEARSAY.match(pre):
        return "reject", False, "hearsay: words someone is said to have said, by no one named (rumour has it …)"
    if _NAMING_SIEVE.may_match_lowered(low_pre) and _NAMING_BEFORE.search(stripped_pre) \
            and not _COMPLEMENT_BEFORE.search(stripped_pre) \
            and not (_CALLS_IT.search(stripped_pre) and (_INDEFINITE_START.match(q.text) or n >= 5)) \
            and not (_CALLS_THE.search(stripped_pre) and n >= 5) \
            and not ((n >= 5 or (n >= 3 and _LOWER_PHRASE.fullmatch(q.text)))
                     and _WHAT_ONE_CALLED.search(stripped_pre)):
        return "reject", False, "a name or term (so-called/dubbed/what X calls)"
    if _CALL_SIEVE.may_match_lowered(low_pre) and _CALLS_THIS.search(stripped_pre) and _DEFINITE_START.match(q.text) and n <= 4:
        return "reject", False, "a name given to what was described (calls this \"the debt spiral\")"
    comma_inside = "," if q.text.rstrip().endswith(",") else ""  # American style: "el Viejo," the old man
    if _CALL_SIEVE.may_match_lowered(low_pre) and _NICKNAME_BEFORE.search(stripped_pre) \
            and _GLOSS_AFTER.match(comma_inside + body[close_pos:close_pos + 80]):
        return "reject", False, "a nickname glossed after it (calls him \"el Viejo,\" the old man)"
    if _CALL_SIEVE.may_match_lowered(low_pre) and _NICKNAME_BEFORE.search(stripped_pre) and _NAME_SHAPE.fullmatch(q.text):
        return "reject", False, "a name a person goes by (who call him \"Rocky\")"
    if n <= 6 and stripped_pre.endswith(_MADE_ENDS) and _MADE_BEFORE.search(stripped_pre, len(stripped_pre) - 8) \
            and _OWNED_NOUN_AFTER.match(post):
        return "reject", False, "a term made someone's own (made \"the exit plan\" her mantra)"
    if _NICKNAME.fullmatch(q.text):
        return "reject", False, "a nickname (Ernesto \"el Güero\" Salcido, alias \"la Tía\")"
    if _CARRIER_SIEVE.may_match_lowered(low_pre) and _CARRIER_BEFORE.search(stripped_pre):
        return "reject", False, "the text a thing carries (a motto, a banner, a title)"
    if _CROWD_SIEVE.may_match_lowered(low_pre) and _CROWD_BEFORE.search(stripped_pre):
        return "reject", False, "a crowd's slogan (protesters shouted \"…\")"
    titled = not _SENTENCE_PUNCT.search(q.text.rstrip(" ,"))  # a name runs in no sentences ("Read the statement: "We …."")
    if q.text[:1].isupper() and titled and _PURPOSE_SIEVE.may_match_lowered(low_pre) \
            and _PURPOSE_BEFORE.search(stripped_pre):  # (the cheap tests first)
        return "reject", False, "a body's stated vision or mission (Its vision is \"…\")"
    if _SAYING_SIEVE.may_match_lowered(low_pre) and _SAYING_BEFORE.search(stripped_pre):
        return "reject", False, "a saying's words (as the saying goes, \"…\")"
    if titled and any(w in stripped_pre for w in _READER_WORDS) and _READER_DIRECTION.search(stripped_pre):
        return "reject", False, "the title of a work the reader is sent to (Read our explainer, \"…\")"
    # an Arabic sentence's verb of saying, its و joined ("وأكد", "حذر … من «…»"), no capitals to find it by
    arabic_cue = has_arabic(q.text) and arabic_speech(stripped_pre, q.text)
    if titled and not arabic_cue and _header_title(body, line_start, open_pos, close_pos):  # (most quotes: sentences, not titled)
        return "reject", False, "a programme's title on a header line (OUTLET, \"Show\", 4 December 2026)"
    if colon_before and _VERDICT_LABEL.fullmatch(body, line_start, open_pos):
        return "reject", False, "a fact-check's own rating (VERDICT: \"Misleading\")"
    outside = _outside_quotes(body, lo, hi, all_spans, order)
    # in a Title Case headline every word is capitalised, its verb ("Warns") and a fragment
    # ('For Longer') alike: capitals there are no evidence of a title, and the verb still counts
    headline = is_headline(body[para.start:para.end])
    cue_in_sentence = bool(CUE_RE.search(outside.lower() if headline else outside))
    if not cue_in_sentence and outside.lstrip()[:1].isupper():  # a verb opening its sentence in capitals, its
        first = _WORDS.match(outside.lstrip())  # subject dropped ('Dice que «…»': date_lines.toml's speech verbs)
        cue_in_sentence = first is not None and first.group(0).lower() in _SUBJECTLESS_SPEECH
    if has_arabic(q.text):  # (an Arabic verb counts only as arabic_speech reads it: date_lines.toml's list has no terms)
        cue_in_sentence = arabic_cue
    if not cue_in_sentence and _REPORTED is not None and _REPORTED.search(outside):
        cue_in_sentence = True  # 'Der Ausbau sei deshalb «kein Luxus»': a sentence of reported speech
    attached = adjacent_after or label_line or bool(_TAG_BEFORE.search(stripped_pre))
    # (a list's bullet before the words opens them as a line's start does: `- "Q," X said in a statement.`)
    whole = not stripped_pre.strip(" \t" + _BULLET_MARKS) or adjacent_before or label_line \
        or bool(_DATELINE.fullmatch(stripped_pre)) \
        or bool(_TIME_STAMP_LINE.fullmatch(pre)) or ("(@" in pre and bool(_POST_HEADER_LINE.fullmatch(pre))) \
        or (q.text[:1].isupper() and bool(_AFTER_CLOSED_SENTENCE.search(stripped_pre)))
    # "…, by her own count, "q"": her words, in the writer's clause
    if OWN_WORDS_SIEVE.may_match_lowered(low_pre) and _OWN_WORDS.search(stripped_pre):
        whole, adjacent_before, cue_in_sentence = False, False, True
    embedded = not whole
    if embedded and ((_DOCUMENT_SIEVE.may_match_lowered(low_pre) and _DOCUMENT_BEFORE.search(stripped_pre))
                     or (_IT_DOCUMENT.match(stripped_pre)
                         and _DOCUMENT_NOUN.search(body, max(para.start, lo - 160), lo) is not None)):
        return "reject", False, "a document's wording (its report describes the works as \"…\")"
    if embedded and _MENTION_AFTER.match(post):
        return "reject", False, "words talked about, not said (\"the whistle\" referred to …)"
    if n == 1 and _WORD_GLOSSED_AFTER.match(post):
        return "reject", False, "a word talked about, glossed after it (\"gruba\", from the German Grube)"
    if embedded and n <= 3 and any(w in post[:40] for w in _LABEL_NOUNS) \
            and _LABEL_APPOSITION.match(comma_inside + post) and _CALLING_OBJECT_BEFORE.search(stripped_pre):
        return "reject", False, "a label someone gives, named one after it (calls the duties \"q\", a label …)"
    # (`evaluative`, `governed`, `adverbial` and `ungoverned` are asked only of an embedded span: a whole
    # sentence in marks, most quotes, is spared their searches)
    evaluative = embedded and bool(_EVALUATIVE_BEFORE.search(stripped_pre) or _EVALUATIVE_LONG.search(stripped_pre))
    # the clause the quote sits in: a quoted sentence that closed before it ends another sentence
    clause = _QUOTED_STOP.split(stripped_pre)[-1]
    governed = embedded and _governing_cue(clause)
    if embedded and n <= 3 and not adjacent_after and _CROWD_SAYS.search(clause):
        # "Critics have called the draft a "water grab"", "Some in her party say the reserve is "too generous"",
        # "To everyone who called this a "done deal"": a crowd no one names said a word or two, a scare
        # quote of the writer's, no one's statement (ux40 #17)
        return "reject", False, "a scare quote of a crowd no one names (critics called it a \"q\")"
    # a fragment opening with a preposition ("in due course", "within weeks") is no noun: never
    # the name of a thing, so a determiner or owner before it is no evidence of a term
    # (nor is a verb phrase: "said his client "will prove his innocence"")
    adverbial = embedded and bool(_ADVERBIAL_START.match(q.text) or _AUXILIARY_START.match(q.text)
                                  or _GERUND_OBJECT_START.match(q.text)) and cue_in_sentence
    if embedded and n <= 6 and not adverbial and _POSSESSIVE_BEFORE.search(stripped_pre) \
            and not evaluative:
        return "reject", False, "a name or term owned by someone (the party's \"new deal\")"
    # (a name holds no comma between its words: "a "detailed, mine-by-mine schedule"" lists what a speaker said of it)
    if embedded and n <= 3 and not adverbial and _DETERMINER_BEFORE.search(stripped_pre) \
            and "," not in q.text.rstrip(" ,") \
            and not evaluative and (_ACT_OBJECT_BEFORE.search(stripped_pre) or (
                not _SAY_NEAR.search(stripped_pre) and not (governed and _REPORTED_CLAUSE.search(clause)))):
        return "reject", False, "a term used as a noun (a \"peace summit\")"
    if embedded and n <= 3 and not adverbial and q.text[:1].islower() and q.text[-1:].isalnum() \
            and _DETERMINER_BEFORE.search(stripped_pre) and not evaluative and _AUXILIARY_AFTER.match(post):
        # 'said the "rice cartel" was "alive and well"': a noun phrase in marks as the subject of the
        # reported clause is the thing spoken of, a term, whatever verb reports the clause
        return "reject", False, "a term as the subject of a reported clause (said the \"q\" was …)"
    if embedded and n <= 2 and not adjacent_after and _PREPOSITION_BEFORE.search(stripped_pre) \
            and not evaluative and not (governed and (_SAY_NEAR.search(clause) or _REPORTED_CLAUSE.search(clause))) \
            and not (words and (words[-1].lower().endswith("ing") or _PHRASAL_GERUND.fullmatch(q.text.strip()))
                     and CUE_RE.search(stripped_pre)):
        # ('accused the executive of "hiding"' / 'of "sitting on"': the accusation's own verb, a gerund or a
        # phrasal verb's)
        return "reject", False, "a term after a preposition (the offer of \"peacekeepers\")"
    if embedded and n == 1 and q.text.isalpha() and q.text.islower() and _MODIFIER_SLOT.search(stripped_pre) \
            and (after := _NEXT_WORD_AFTER.match(post)) is not None \
            and after.group(1) not in lexicon().function_words | _VERB_WORDS:
        # 'farmers say the "voluntary" forms were …': one word in marks between an article and its noun
        # qualifies the noun, the writer's doubt about the word, not words anyone is quoted saying
        return "reject", False, "a scare word before its noun (the \"voluntary\" forms)"
    if embedded and n == 1 and q.text[:1].isupper() and not adjacent_after and not _EVALUATIVE_BEFORE.search(stripped_pre):
        return "reject", False, "a single capitalised word: a name, not speech"
    if n <= 16 and _is_title_case(q.text, 16) and _MEDIA_APPOSITION.search(stripped_pre) \
            and (post.lstrip().startswith(",") or q.text.rstrip().endswith(",")):
        return "reject", False, "a title set off after the work it names (her book, \"Title\", argued …)"
    if n <= 8 and _is_title_case(q.text) and not attached and not (headline and cue_in_sentence) and (
            _MEDIA_BEFORE.search(stripped_pre) or not cue_in_sentence or stripped_pre):
        return "reject", False, "a title (Title Case, not attached to a speech verb)"
    if 8 < n <= 20 and embedded and _is_title_case(q.text, 20) and not attached and not headline \
            and not _SENTENCE_PUNCT.search(_SUBTITLE_COLON.sub(" ", q.text.rstrip(" ,"))) \
            and _MEDIA_BEFORE.search(stripped_pre):
        # "published the “Plan for the Renewal of Water Networks in Rural Districts, 2030”": a
        # document's name, however long; speech runs in sentences, with lower-case words
        return "reject", False, "a title (a long Title Case name of a document)"
    if n <= 3 and embedded and not adjacent_after and _CONJUNCTION_BEFORE.search(stripped_pre) \
            and _VERB_AFTER.match(post):
        # "X vows 'no surrender' as 'farmageddon' reaches Paris": the subject of a clause of its own,
        # which the speech verb before the conjunction does not govern
        return "reject", False, "a term as the subject of its own clause (as \"q\" reaches …)"
    # a speech verb only in a clause before the writer's own "as …" governs nothing here
    ungoverned = embedded and CUE_RE.search(clause) and not governed and not _EVALUATIVE_AS.search(clause) \
        and not _EVALUATIVE_LONG.search(clause) and not CUE_RE.search(post)
    if n <= 4 and q.text[:1].islower() and not post.strip() and _HEADLINE_SUBJECT.fullmatch(stripped_pre) \
            and headline_line(body, q.start):
        # a headline's subject and its words, the verb left out ("Commission ‘monitoring closely’",
        # "10:02 – Minister ‘shocked’"): a fragment of what the subject said
        return "speech", True, ""
    if n <= 3 and embedded and not adjacent_after and (not cue_in_sentence or ungoverned
                                                        or _scare_context(stripped_pre)
                                                        or (_SPEAKS_OF is not None and _SPEAKS_OF.search(stripped_pre))):
        return "reject", False, "a scare quote or term (short, no speech verb)"
    if embedded and not adjacent_after and not cue_in_sentence and n < 8 and not (n > 3 and evaluative):
        # ("described the collapse as "an unforeseeable geotechnical event"": what someone called it)
        return "reject", False, "a short phrase with no speech verb in its sentence"
    partial = embedded and (q.text[:1].islower() or not whole) and not (arabic_cue and arabic_whole(stripped_pre))
    if q.text[:1].islower() and stripped_pre and headline_line(body, q.start):
        partial = True  # "X says ‘a lot about who we are’": a headline quotes a fragment of what was said
    if (partial and q.text[:1].isupper() and q.text.rstrip().endswith((".", "?", "!"))
            and stripped_pre.endswith(lexicon().tag_verbs)):
        partial = False
    if partial and q.text[:1].isupper() and _VERB_LAST_AFTER is not None and _VERB_LAST_AFTER.match(post):
        partial = False  # Turkish 'X, iddialara ilişkin "…" diye konuştu.': the verb closing the sentence frames it whole
    if partial and q.text.rstrip().endswith(("।", "?", "!")) and has_devanagari(q.text) \
            and stripped_pre.endswith(tuple(" " + w for w in devanagari_words().quotative)):
        partial = False  # `X ने कहा कि "…।"`: Hindi's कि before a whole sentence in marks sets off direct speech
    if not partial and q.text[:1].islower() and _PUT_IT_ASIDE.search(stripped_pre):
        partial = True  # "ran on a promise to fix the buses and, as she put it, "make …"": the writer's clause goes on
    if not partial and q.text[:1].islower() and _SAID_THAT.search(clause):
        partial = True  # "countered that the scheme was, on its own report, "a storage in all but name"": inside "that …"
    if (partial and q.text[:1].isupper() and headline_line(body, q.start)
            and stripped_pre.lower().endswith(tuple(" " + v for v in lexicon().tag_verbs))):
        partial = False  # "Court Asks X To Explain, Says 'Tribunal's Order Must Be Respected'": the tag frames it
    return "speech", partial, ""


_BULLET_MARKS = "-•*–·▪"
# "… on a promise to fix the buses and, as she put it during the campaign, "make …"": an aside of whose words they
# are, set inside the writer's sentence (a word before it): lower-case words after it go on with the writer's clause
# ("As she put it, "…"" opening the sentence frames the words as a tag does)
_PUT_IT_ASIDE = re.compile(r"\w[\w’']*\s*,?\s+as\s+(?:[\w’'\-]+\s+){1,3}?put\s+it\b[^,.;:!?\"“”]{0,60},\s*$")
# a language that sets its verb last (lang *.toml final_tags, participle_tags: Turkish '"…" dedi', '"…" diyerek'), the
# tag right after the closing mark, or after the outlet's rendering in brackets ('"…" ("…") dedi')
_VERB_LAST_AFTER = re.compile(r"\s*(?:\([^()\n]{1,300}\)\s*)?(?:" + alternation(
    lexicon().final_tags + lexicon().participle_tags) + r")(?![\w’'])") if lexicon().final_tags else None
# a headline of a subject alone before the quote, a live blog's time first: capitalised words only
_HEADLINE_SUBJECT = re.compile(TIMESTAMP.pattern + rf"?(?:The\s+)?[{CAPITALS}][\w’'\-]+(?:\s+[{CAPITALS}][\w’'\-]+){{0,2}}")

# "by her own count, "q"", "in his own words, "q"": the words are the owner's, inside the writer's clause
# "by her own count", "in his words", "in Jane Doe's words", "in the minister's own words": the owner
# (a pronoun, or a name or role before its 's) said the words quoted next
OWN_WORDS = (r"\b(?:by|in)\s+(?:(?P<owner>his|her|their)(?:\s+own)?|(?P<owner_name>(?:the\s+)?[^\W\d_][\w’'\-]*"
             r"(?:\s+[^\W\d_][\w’'\-]*){0,2}?)(?:['’]s|(?<=s)['’])(?:\s+own)?)\s+"
             r"(?:count|account|admission|words|estimate|reckoning)")
_OWN_WORDS = re.compile(OWN_WORDS + r"\s*,?\s*$", re.IGNORECASE)
OWN_WORDS_SIEVE: Final = WordSieve(["count", "account", "admission", "words", "estimate", "reckoning"])  # (its last word)
# "Her 2019 book, "Title", argued …": a Title Case span in commas after the work it names
_MEDIA_APPOSITION = re.compile(r"\b(?:book|memoir|novel|film|documentary|report|essay|column|podcast|series|album|"
                               r"song|paper|article|op-ed|play|programme|program|show|study|manifesto|speech|"
                               r"biography|thesis|poem|review|audit|assessment|evaluation|survey|strategy|"
                               r"handbook|guide)s?"
                               # (… its publication between: `A chamber report released in October, "Title," warned`)
                               r"(?:\s+(?:released|published|issued|commissioned|prepared|out)\b[^\"“”.;:!?,]{0,40})?"
                               r"\s*,$", re.IGNORECASE)
# a reported clause the writer opened ("countered that …"): words quoted inside it are a fragment of it
_SAID_THAT = re.compile(r"\b" + CUE_ALT + r"\s+that\b")
_TAG_BEFORE = re.compile(r"(?::|\b(?:" + _TAG_VERBS + r"|(?:" + alternation(lexicon().according) + r") [\w .’'\-]+)"
                         r"\s*[:,]?)\s*$")
_DATELINE = re.compile(rf"[{CAPITALS}][{CAPITALS} .,'’/\-]*(?:,[^—–\n]{{0,40}})?(?:\([^)]{{0,20}}\))?\s*[—–-]")
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\w['’]s|\w['’]|\b(?:his|her|its|their|our|my|your))(?:\s+(?!(?:is|are|was|were|be|been|would|will|"
    r"had|has|have|not|that|to|as)\b)[\w\-]+)?\s*$", re.IGNORECASE)
# "said it would convene a "round table"", "plans to set up a "task force"": the object of an act to come is
# a thing the act makes, named (a term), however near the speech verb; "would be a "disaster"" is an evaluation
_ACT_OBJECT_BEFORE = re.compile(r"\b(?:would|will|shall|to|can|could|should|must|may|might)\s+(?!(?:be|become|remain|seem|"
                                r"call|describe|label|brand|term|deem|consider)\b)[a-z]+\s+(?:a|an|the)\s*$")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]hose|[Tt]hese|[Ss]uch)(?:\s+[a-z][\w\-]*)?\s*$")
# "called its conduct "unforgivable"": a naming verb, its object, then the quote is the object's
# complement (an evaluation), not the name the owner gives a thing ("calls its "special operation"")
_CALLING = alternation(lexicon().calling_verbs)
_COMPLEMENT_BEFORE = re.compile(r"\b(?:" + _CALLING + r")\s+(?:its|his|her|their)\s+[a-z][\w\-]*\s*$", re.IGNORECASE)
# "called it “a betrayal of every tenant …”": a verdict on the thing, with its own article or a clause
# of its own words, is the speaker's; "calls it a “special operation”" / "calls it “denazification”" name it
# one to three capitalised words and nothing else: a name (`who call him "Rocky"`; "calls him "a liar"" is an evaluation)
_NAME_SHAPE = re.compile(r"[A-ZÀ-Þ][\w’'\-.]*(?: [A-ZÀ-Þ][\w’'\-.]*){0,2}")
# the object of "made" with its complement after it, a possessive and a noun ('made "the exit plan" her mantra',
# 'has made "no new taxes" his slogan'): a phrase someone adopted, named, not words quoted from them
_MADE_BEFORE = re.compile(r"\b(?:made|make|makes|making)$")
_MADE_ENDS = ("made", "make", "makes", "making")  # (the literal test before the pattern: most quotes follow none)
_OWNED_NOUN_AFTER = re.compile(r"[ \t]+(?:his|her|their|its|our|my|your)[ \t]+[a-z][\w\-]*(?:[ \t]+[a-z][\w\-]*)?[ \t]*[,.;:!?]")
_CALLS_IT = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:it|them|this|that)\s*$", re.IGNORECASE)
_INDEFINITE_START = re.compile(r"(?:an?)\s", re.IGNORECASE)
# "called the plan "a betrayal dressed up as an accounting exercise"": a verdict of five words or more on the
# thing called is the speaker's (a name given to it, "calls the war a "special military operation"", is short)
_CALLS_THE = re.compile(r"\bcall(?:s|ed|ing)?\s+the\s+\w+\s*$", re.IGNORECASE)
# "rejected what he called "a deal made in one city and signed in another."": a phrase of five words or more
# that the subject's pronoun called so is that one's own verdict, a partial quote (a name is shorter)
_WHAT_ONE_CALLED = re.compile(r"\bwhat\s+(?:he|she|they)\s+(?:calls|called|termed|described\s+as)\s*$", re.IGNORECASE)
# … and so is a shorter one of three words or more all in lower case opening with an article ("reversed what he
# called "the arbitrary increase"", "what he described as "a jungle of collections""): a name given to a thing
# is capitalised or a term of two words ("what they call "the squeeze"")
_LOWER_PHRASE = re.compile(r"(?:a|an|the)\s+[a-z][a-z\-’']*(?:\s+[a-z][a-z\-’']*){1,}[,.]?")
# "calls this "the debt spiral"": a short definite noun phrase given to what was just described is its name
# (an evaluation, "calls this "a disgrace"" or "called that "unacceptable"", is the speaker's)
_CALLS_THIS = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:this|that)\s*$", re.IGNORECASE)
_DEFINITE_START = re.compile(r"the\s", re.IGNORECASE)
_ADVERBIAL_START = re.compile(r"(?:in|on|at|by|within|without|into|until|from|with|not|never)\b")
# a noun of one or two words right after a preposition is a term or scare quote (the offer of
# "peacekeepers", the demand for "denazification"); a verb form after a speech verb is reported
# speech (accused London of "sabotaging"), but with none before it a coinage ("push for "friend-shoring"").
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|about|with|from|against|into|over|toward|towards|to|on|by|around|behind|"
                                 r"under|beyond|upon|across|through|without|among|amid)\s*$")
_SAY_NEAR = re.compile(r"\b(?:" + alternation(lexicon().near_verbs) + r")\b(?:\W+\w+){0,9}\W*$")
_EVALUATIVE_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|branded|labell?ed|termed|dismissed|"
                                r"denounced|condemned|praised|hailed)\b(?:\s+[\w\-]+){0,3}?\s+(?:as|it|them|this|that)"
                                r"(?:\s+(?:a|an|the))?\s*$|\bas(?:\s+(?:a|an|the))?\s*$|"
                                r"\b(?:" + _CALLING + r")\s+"  # (another language's article too: "califica la medida")
                                r"(?:(?:the|this|that|his|her|their|its|a|an|" + alternation(lexicon().articles)
                                + r")\s+)?[\w\-]+" + (r"(?:\s+(?:" + alternation(lexicon().calling_particles) + r"))?"
                                                        if lexicon().calling_particles else "") + r"\s*$", re.IGNORECASE)


# the slot of a noun's modifier: after an article, a determiner ("the", "these", "such") or "of" ("the days of
# "free" tuition")
_MODIFIER_SLOT = re.compile(r"\b(?:of|[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Ss]uch|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s*$")
_NEXT_WORD_AFTER = re.compile(r"\s+([a-z][a-z\-]*)\b(?![’'])")
_VERB_WORDS = frozenset(lexicon().auxiliaries)
_CONJUNCTION_BEFORE = re.compile(r"\b(?:" + alternation(lexicon().subject_conjunctions) + r")\s*$")
_AUXILIARY_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|have|remains|remained|would|will|could|can|should)\b")
_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|but|of|to|in|on|for|with|as|is|was)\b)[a-z]+(?:s|ed)\b")

# "The Club's motto, "…"", "a banner reading "…"", "Episode 112: "…"": the span is the text a
# thing carries (its motto, its title), whoever the sentence names.
_CARRIER_BEFORE = re.compile(
    r"\b(?:" + alternation(lexicon().carrier_nouns) + r")s?(?:\s+(?:" + alternation(lexicon().carrier_links)
    + r"))?\s*[,:]?\s*$|"
    # the carrier as the subject of "said"/"read" ("Our banners at the mine gate said "…"")
    r"\b(?:" + alternation(lexicon().carrier_nouns) + r")s?(?:\s+(?!(?:as|while|when|and|but|he|she|they|we)\b)"
    r"[a-z][\w\-]*){0,5}\s+(?:said|say|says|read|reads)\s*[,:]?\s*$"
    r"|\b(?:" + alternation(lexicon().numbered_titles) + r")\s+\d+\s*[:—–-]?\s*$"
    # "as it says on the placards at our gate, "…"": the words written on the thing
    r"|\b(?:says|said|reads|read|written|printed)\s+on\s+(?:(?:the|a|an|our|their|his|her|its)\s+)?(?:"
    + alternation(lexicon().carrier_nouns) + r")s?(?:\s+[a-z][\w\-]*){0,4}\s*[,:]?\s*$",
    re.IGNORECASE)
# "Protesters shouted "…"", "the crowd yelled: "…"": many voices' slogan, right before its words (a word or two of
# place between: "Protesters outside shouted")
_CROWD_BEFORE = re.compile(r"\b(?:" + alternation(lexicon().crowd_nouns) + r")(?:\s+[a-z][\w\-]*){0,2}?\s+(?:"
                           + alternation(lexicon().crowd_verbs) + r")\s*[,:]?\s*$", re.IGNORECASE) \
    if lexicon().crowd_nouns else re.compile(r"(?!)")
_CROWD_SIEVE: Final = WordSieve(lexicon().crowd_nouns)
# every branch of `_CARRIER_BEFORE` names a carrier (a motto, a banner) or a numbered title (Episode 112)
_CARRIER_SIEVE: Final = WordSieve([*lexicon().carrier_nouns, *lexicon().numbered_titles])
# "Its preamble describes the plan as "q"", "The note warns of "q"": a paper's wording (en.toml document_nouns, its
# verb right after it, an adverb between), in the clause the quote ends; the paper's noun is its sieve
# (… an aside between the paper and its verb: its publication, its title in marks, `A report released in October,
# "Title: Subtitle," warned of "q"`; or `It` opening the sentence after one naming the paper, `The bill's text is
# blunter. It describes camping as "q"`)
_DOCUMENT_ASIDE = (r"(?:\s+(?:released|published|issued|commissioned|prepared|dated|out)\b[^\"“”.;:!?,]{0,40})?"
                   r"(?:\s*,\s*(?:[\"“][^\"“”\n]{1,120}[\"”]\s*,?|[^\"“”.;:!?,\n]{1,60},))?")
_DOCUMENT_BEFORE = re.compile(r"\b(?:" + alternation(lexicon().document_nouns) + r")s?" + _DOCUMENT_ASIDE
                              + r"\s+(?:(?:also|further|\w+ly)\s+)?"
                              r"(?:" + alternation(lexicon().document_verbs) + r")\b[^.;:!?\"“”«»]*$") \
    if lexicon().document_nouns and lexicon().document_verbs else re.compile(r"(?!)")
_IT_DOCUMENT = re.compile(r"\s*It\s+(?:(?:also|further|\w+ly)\s+)?(?:" + alternation(lexicon().document_verbs)
                          + r")\b[^.;:!?\"“”«»]*$") if lexicon().document_verbs else re.compile(r"(?!)")
_DOCUMENT_NOUN = re.compile(r"\b(?:" + alternation(lexicon().document_nouns) + r")s?(?![\w’'])") \
    if lexicon().document_nouns else re.compile(r"(?!)")
_DOCUMENT_SIEVE: Final = WordSieve(sorted({w.lower() for w in lexicon().document_nouns}))  # ("Constitution")
# "Its vision is "Powering …"": a body's adopted statement of purpose, not words said (a capital opens it;
# "her mission was "to bring the lights back"" quotes what she said her mission was)
_PURPOSE_BEFORE = re.compile(r"\b(?:" + alternation(lexicon().purpose_nouns) + r")\s+(?:is|was)\s*[,:]?\s*$",
                             re.IGNORECASE)
_PURPOSE_SIEVE: Final = WordSieve(lexicon().purpose_nouns)  # (`_PURPOSE_BEFORE` opens with one of them)
# "Read our explainer, "…"", "Watch: "…"": an imperative at the sentence's start sends the reader to a work
_READER_DIRECTION = re.compile(r"(?:^\s*|(?<=[.!?]\s)|(?<=\n))(?:" + alternation(lexicon().reader_directions)
                               + r")\b(?:\s+(?:our|the|this|my|their|his|her|its)\b[^.!?\"“”\n]{0,50})?\s*[,:—–-]?\s*$")
# "as the saying goes, "…"": a proverb the writer (or a speaker) reaches for, everyone's words and no one's
_SAYING_BEFORE = re.compile(r"(?<![\w’'])(?:" + alternation(lexicon().saying_leads) + r")\s*[,:—–-]?\s*$",
                            re.IGNORECASE) if lexicon().saying_leads else re.compile(r"(?!)")
_SAYING_SIEVE: Final = WordSieve(list(lexicon().saying_leads))
# `_READER_DIRECTION` holds one of them as written (it is case-sensitive): where none is, it is not searched
_READER_WORDS: Final = _shortest(set(lexicon().reader_directions))
# ""the whistle" referred to two officials": words talked about as words, not said
# one word in marks, then what it means or where it comes from (say "kopalnia", the standard Polish word for a
# mine; they say "gruba", from the German Grube; "hygge", meaning …): the word is talked about, not said
_WORD_GLOSSED_AFTER = re.compile(r"[,\s]+(?:(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:word|term|name|expression)\s+for\b"
                                 r"|from\s+the\s+[A-Z]\w+\b|meaning\b|literally\b|which\s+means\b)")
# a word or two in marks after a calling verb and its object, then an apposition saying they are a label (`Washington
# calls the proposed duties "reciprocal", a label Canadian officials reject`): a name given to the thing, no words said
# (without it, `called the plan "reckless"` is an evaluation someone said)
_LABEL_NOUNS = ("label", "term", "name", "moniker", "designation")
_LABEL_APPOSITION = re.compile(r"[ \t]*,[ \t]*(?:a|the|an)[ \t]+(?:[a-z][\w\-]*[ \t]+)?(?:" + "|".join(_LABEL_NOUNS)
                               + r")\b(?![’'\-])")
_CALLING_OBJECT_BEFORE = re.compile(r"\b(?:" + alternation(lexicon().calling_verbs) + r")\s+(?:the|its|their|these|those)"
                                    r"(?:\s+[a-z][\w\-]*){1,3}\s*$", re.IGNORECASE)
_MENTION_AFTER = re.compile(r"^\s*(?:" + alternation(lexicon().mention_verbs) + r")\b")
# a verb phrase ("will prove his innocence") is no noun a possessive or article could own
_AUXILIARY_START = re.compile(r"(?:" + alternation(lexicon().auxiliaries) + r")\b", re.IGNORECASE)
# a gerund and its object's determiner ("leave farmers "holding an empty bucket"", "left the town "paying the
# bill""): a verb phrase, the predicate of the writer's clause, never the name of a thing owned ("the party's
# "levelling up" agenda" has no determiner after its gerund)
_GERUND_OBJECT_START = re.compile(r"[a-z]+ing\s+(?:a|an|the|their|his|her|its|our|my|your|every|no|this|that)\s")
# a speech verb whose reported clause the quote sits in ("told the radio on Thursday that the
# government would not intervene "for now"", "said the government had asked … for "full access""):
# the verb and its subject's clause govern the words however far they run
_REPORTED_CLAUSE = re.compile(r"\b(?:" + alternation(lexicon().near_verbs) + r")\b(?:\s+[\w’'\-]+){0,6}?\s+that\b")
_QUOTED_STOP = re.compile(r"[.!?…][\"”»«“’]\s+(?=[A-Z])")
_CLAUSE_CONJUNCTION = re.compile(r"\b(?:" + alternation(lexicon().clause_conjunctions) + r")\b")
# "called the federation's handling of the case "amateurish" and its statement "…"": a verb of
# calling whose object runs several words (an earlier quoted complement included); "describe"
# takes its complement after "as" (_EVALUATIVE_AS), so a span inside its object is a term
_EVALUATIVE_LONG = re.compile(
    r"\b(?:" + _CALLING + r")\s+"
    r"(?:the|this|that|his|her|their|its|our|" + alternation(lexicon().articles)
    + r")(?:\s+(?:[\w’'\-]+|\"[^\"\n]*\"|“[^”\n]*”)){1,10}\s*$",
    re.IGNORECASE)

# "described the latest statements by … as "…"": "as" after an evaluative verb, however long its object
_EVALUATIVE_AS = re.compile(r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|branded|labell?ed|termed|dismiss(?:ed|es)|"
                            r"denounced|condemned|prais(?:ed|es)|hail(?:ed|s)|welcom(?:ed|es)|rejected)\b[^.;:!?]*"
                            r"\bas(?:\s+(?:a|an|the))?\s*$", re.IGNORECASE)


def _governing_cue(pre: str) -> bool:
    """A speech verb before the quote governs it unless a clause of the writer's own opened
    between them ("denies 'any knowledge' of fixed games as 'tapes' circulate")."""
    cues = list(CUE_RE.finditer(pre))
    if not cues:
        return False
    return not _CLAUSE_CONJUNCTION.search(pre, cues[-1].end())


# a crowd the writer leaves unnamed opening the clause (or after "to"/"for"), then its verb of saying or calling
_CROWD_SAYS = re.compile(
    r"(?:^|(?<=\b[Tt]o\s)|(?<=\b[Ff]or\s)|(?<=,\s))(?i:critics|opponents|detractors|sceptics|skeptics|some|others|many|"
    + "|".join(re.escape(w) for w in lexicon().indefinite_people)
    + r")\b(?:\s+[\w’'\-]+){0,5}?\s+(?:who\s+)?(?:(?:have|has|had|also|long|often)\s+)*"
    r"(?:call|calls|called|say|says|said|dub|dubs|dubbed|brand|brands|branded|describe|describes|described|term|termed)\b")


# "sprach von einem „schwarzen Tag“", "parle d'une « crise »": a verb of speaking of something and its article right
# before a fragment of three words or fewer, which names the thing (lang *.toml speaks_of); a longer one is a verdict
_SPEAKS_OF = re.compile(r"\b(?:" + alternation(lexicon().speaks_of) + r")\s*(?:\w{1,2}['’])?[\w\-]*\s*$") \
    if lexicon().speaks_of else None


def _scare_context(pre: str) -> bool:
    return bool(_SCARE_BEFORE.search(pre))


def span_order(spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """`spans` sorted, and the greatest end among each prefix of them: where `_outside_quotes` starts
    (the first span ending at or after `lo` is the first whose prefix reaches `lo`), made once per body."""
    ordered = sorted(spans)
    return ordered, list(itertools.accumulate((e for _s, e in ordered), max))


def _outside_quotes(body: str, lo: int, hi: int, spans: list[tuple[int, int]],
                    order: tuple[list[tuple[int, int]], list[int]] | None = None) -> str:
    """The text of [lo, hi) outside the quote spans (each with its marks), the pieces joined by spaces.
    (`order`: `span_order(spans)`; sorting and walking every span per quote was quadratic: 20,000 quotes
    in one paragraph, hostile round 64, p08.)"""
    ordered, reach = order if order is not None else span_order(spans)
    out = []
    pos = lo
    for s, e in itertools.islice(ordered, bisect_left(reach, lo), None):
        if s > hi:
            break  # sorted: every later span starts after hi too
        if e < lo:
            continue
        out.append(body[pos:max(pos, s - 1)])
        pos = max(pos, e + 1)
    out.append(body[pos:hi])
    return " ".join(out)


# small patterns, compiled once (a module-level re.search looks its pattern up per call)
_STOP_IN_LINE = re.compile(r"[.!?…](?=[\s\"”’»«“]|$)")
_SCARE_BEFORE = re.compile(r"\b(?:certain|some|its|their|so|very|rather|quite|alleged|supposed)\s*$")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
_HEADLINE_QUOTED = re.compile(r"(?<![\w’'])['‘][^\n]*['’](?![\w’'])")  # a headline's words in single marks, whole
# (the mark first, what stands before it checked in a lookbehind: `re` skips to the marks; the
# same texts match, and only whether one does is asked)
# ‘ or ' opening a word after a space, bracket, colon or dash, or at the text's start: one pattern a mark,
# as a pattern opening with a literal is searched at memory speed, one opening with `[‘']` by testing each
# character of the text against the class (a tenth of the speed)
_SINGLE_OPENING_EACH = tuple(re.compile(mark + r"(?<![^\s(:—–]" + mark + r")[\w\[]") for mark in "‘'")


def opens_single(text: str) -> bool:
    """A single mark opens words somewhere in `text` (`_SINGLE_OPENING_EACH`)."""
    return any(rx.search(text) for rx in _SINGLE_OPENING_EACH)


@lru_cache(maxsize=4096)
def headline_line(body: str, pos: int) -> bool:
    """The line holding `pos` is a headline (a live blog entry's or the article's): short, with no
    full stop inside or at its end. (Cached: extraction and several sieves ask it of each quote;
    the body's hash is computed once per string.)"""
    lo = body.rfind("\n", 0, pos) + 1
    hi = body.find("\n", pos)
    line = body[lo:hi if hi >= 0 else len(body)].strip()
    return len(line) <= 160 and not line.endswith((",", ";")) and not _STOP_IN_LINE.search(line)


# a headline that opens by naming who speaks, a colon after one to three capitalised words (`Doe: …`, `Jane Doe: …`)
_SPEAKER_COLON = re.compile(r"[ \t]*[A-ZÀ-Þ][\w’'\-.]*(?:[ ][A-ZÀ-Þ][\w’'\-.]*){0,2}:[ \t]")


@lru_cache(maxsize=16384)
def echo_key(text: str) -> str:
    """A quote's words as a headline and its article both give them: case and closing punctuation aside.
    (Cached: extraction and attribution each ask it of every quote.)"""
    return text.strip().rstrip(".,;:!?…—–- ").strip().casefold()


# a headline that opens with its subject, one to three capitalised words, and a lower-case word after them, its verb
# (`Doe blasts …`, `Jane Doe promet …`), before its quote
_SUBJECT_VERB_HEAD = re.compile(r"[ \t]*(?:[A-ZÀ-Þ][\w’'\-.]*[ ]){0,2}(?P<last>[A-ZÀ-Þ][\w’'\-]*[\w’'])[ ][a-zß-ÿ][\w’'\-]*[ ]")


def _named_beside(body: str, q: RawQuote, name: re.Pattern[str]) -> bool:
    """Whether `name` stands on the lines of `q` outside its marks (the tag or the sentence around the quote)."""
    lo = body.rfind("\n", 0, q.start) + 1
    hi = body.find("\n", q.end)
    return name.search(body, lo, q.start) is not None or name.search(body, q.end, hi if hi >= 0 else len(body)) is not None


def _echo_verdicts(body: str, spans: list[RawQuote],
                   verdicts: dict[int, tuple[str, bool, str]]) -> dict[int, tuple[str, bool, str]]:
    """A headline quotes the article's own words in a few of them and without their verb (`Tran
    'open to a conversation' on cap`); the article's sentence shows whether they were said. So a
    headline span whose words the body quotes too takes the body's verdict: speech there, speech
    here (a fragment); a term there ("last week's IT "meltdown""), a term here."""
    body_verdicts: dict[str, str] = {}
    for q in spans:
        if not headline_line(body, q.start):
            body_verdicts.setdefault(echo_key(q.text), verdicts[q.start][0])
    out = {}
    for q in spans:
        if not headline_line(body, q.start):
            continue
        key = echo_key(q.text)
        echo = body_verdicts.get(key)
        line_start = body.rfind("\n", 0, q.start) + 1
        if echo is None and len(key.split()) <= 2 and verdicts[q.start][0] != "speech" \
                and (head := _SUBJECT_VERB_HEAD.match(body, line_start, q.start)) is not None:
            # `Doe blasts Canada, GOP 'weaklings' in late-night post` over "… total weaklings, …," Doe wrote: a word or
            # two of a longer quote the body judged speech, under a headline whose subject is named beside that quote
            found = re.compile(r"(?<![\w’'])" + re.escape(key) + r"(?![\w’'])")
            subject = re.compile(r"(?<![\w’'])" + re.escape(head.group("last")) + r"(?![\w’'])")
            if any(verdicts[other.start][0] == "speech" and not headline_line(body, other.start)
                   and len(other.text) > len(key) and found.search(other.text.casefold())
                   and _named_beside(body, other, subject) for other in spans):
                out[q.start] = ("speech", True, "")
            continue
        if echo is None and (len(key.split()) >= 3 or (len(key.split()) == 2 and _SPEAKER_COLON.match(
                body, line_start, q.start))):
            # `X: Government 'Will Not Roll Out Red Carpet' for …` over the body's "will not roll out red carpet for
            # anyone": the headline's words open a longer quote the body judged speech, a piece of it; or stand in
            # it further on, under a headline that gives its words to someone by a colon (`Doe: we will send
            # Washington 'a bill'` over "… We are presenting a bill")
            found = re.compile(r"(?<![\w’'])" + re.escape(key) + r"(?![\w’'])")
            longer = next((k for k, v in body_verdicts.items() if v == "speech" and len(k) > len(key)
                           and found.search(k)), None) if verdicts[q.start][0] != "speech" else None
            if longer is not None:
                out[q.start] = ("speech", True, "")
            continue
        if echo is None or echo == verdicts[q.start][0]:
            continue
        out[q.start] = ("speech", q.text[:1].islower(), "") if echo == "speech" else \
            ("reject", False, "a term the article's own sentence treats as one")
    return out


def _judged_in(body: str, para: Paragraph, q: RawQuote, single: bool) -> Paragraph:
    """Where a span is judged: its paragraph, but a single-mark span over a double-mark body only
    on its own headline line (see _headline_single_marks): the body line below it is another
    sentence, whose speech verb is no evidence for the headline's words."""
    if single or q.marks[:1] not in SINGLE_OPEN + "'" or "\n" not in body[para.start:para.end]:
        return para
    lo = max(para.start, body.rfind("\n", para.start, q.start) + 1)
    hi = body.find("\n", q.end, para.end)
    return Paragraph(para.index, lo, _rstrip_at(body, lo, hi if hi >= 0 else para.end), _line_at(body, lo))


_PADDING = " \t\n\u00a0\u202f"  # French typography's spaces inside « », no-break ones included


def shown_span(body: str, start: int, end: int, reopened: bool = False) -> tuple[int, int]:
    """The words of a span without the spaces French typography sets inside its marks (`« Q »`),
    and, for a paragraph a quote runs on into (`reopened`), without the mark that re-opens it there
    (`"So we are opposed …`): what a reader is shown of it. Still a stretch of the body."""
    if reopened:
        while start < end and body[start] in _PADDING:
            start += 1
        if start < end and body[start] in DOUBLE_OPEN + '"»':  # » re-opens a German quote
            start += 1
    while start < end and body[start] in _PADDING:
        start += 1
    while end > start and body[end - 1] in _PADDING:
        end -= 1
    return start, end


def extract(body: str) -> Extraction:
    """All quotes in `body`, in order, with the spans that were rejected and why."""
    result = Extraction()
    paras = paragraphs(body)
    result.paragraphs = paras
    turns = transcript_turns(body, paras)
    turns |= {i: t for i, t in hangul_turns(body, paras).items() if i not in turns}
    turns |= {i: t for i, t in han_turns(body, paras).items() if i not in turns}
    if not turns and has_arabic(body):
        turns = arabic_turns(body, paras)
    if not turns and has_devanagari(body):
        turns = devanagari_turns(body, paras)
    posts = {i: q for i, q in pasted_posts(body, paras).items() if i not in turns}
    turns |= posts
    # every paragraph of a post of several is its account's, marks inside it included: no quote apart
    held = set(turns) | {i for q in posts.values() for i in range(q.paragraph, q.last_paragraph + 1)}
    # … and a transcript's stage direction on a paragraph of its own (`[MUSIC: "Song Title" plays]`): the record's
    # note of what was heard, its marks a title's, nobody's words
    # — not an interpreter's rendering (`(Interpretation: "Mr President, we cannot accept it.")`): words end in their
    # sentence's stop inside the marks, a title does not
    held |= {p.index for p in paras if _STAGE_PARAGRAPH.fullmatch(body, p.start, p.end)
             and not _SPOKEN_CLOSE.search(body, p.start, p.end)} if turns else set()
    single = uses_single_primary(body)
    spans = pair_spans(body, paras, held, single, result.warnings)
    all_spans = [(q.start, q.end) for q in spans]
    by_index = {p.index: p for p in paras}
    found: list[RawQuote] = list(turns.values())
    in_quote = in_spans(all_spans)
    order = span_order(all_spans)
    verdicts = {q.start: classify(body, _judged_in(body, by_index[q.paragraph], q, single), q, all_spans, in_quote,
                                  order) for q in spans}
    echoes = _echo_verdicts(body, spans, verdicts)
    glosses = _bracket_glosses(body, [q for q in spans if (echoes.get(q.start) or verdicts[q.start])[0] != "reject"],
                               spans)
    for q in spans:
        verdict, partial, reason = echoes.get(q.start) or verdicts[q.start]
        if q.start in glosses:
            verdict, reason = "reject", "a translation in square brackets of the quote before it"
        if verdict == "reject":
            result.rejected.append((q, reason))
            continue
        kind: QuoteKind = "partial" if partial else "direct"
        found.append(RawQuote(q.start, q.end, q.text, q.marks, q.parts, q.paragraph, q.last_paragraph,
                              q.line, kind=kind, partial=partial, repaired=q.repaired))
    raya = _raya_quotes(body, paras, held, {p for q in spans for p in range(q.paragraph, q.last_paragraph + 1)})
    found += raya + _dash_lines(body, paras, held, all_spans, raya)
    result.quotes = sorted(found, key=lambda r: r.start)
    for i, j in translation_twins(body, result.quotes):  # the twin is said the way the first one is
        first = result.quotes[i]
        result.quotes[j] = replace(result.quotes[j], kind=first.kind, partial=first.partial)
    return result


# A post copied from X/Twitter or a like network as the page shows it: the account's name, its @handle, maybe
# "Replying to @…", the post's words (no marks: the whole post is the account's), then the time and day line
# ("3:15 PM · Jun 2, 2025"); blank lines between them or none.
# the post's head: the account's name on a line, its @handle on the next (the import reads a text opening so as a thread)
# (a title's full stop inside the name, "Sen. Jane Doe", "Dr. Roe": no sentence's end)
_POST_NAME: Final = r"(?P<name>(?:[^\n@#:.!?]|(?<=\w)\.(?=[ \t]\w)){2,60}?)"
# (a handle of a network of many servers is a domain or a second @: "@jane.bsky.social", "@jane@social.example")
HANDLE: Final = r"@\w{1,30}(?:[.@][\w\-]{1,40}){0,4}"
POST_HEAD: Final = r"[ \t]*" + _POST_NAME + r"[ \t]*\n(?:[ \t]*\n)?[ \t]*" + HANDLE + r"[ \t]*\n"
# … and a post copied from Facebook or a like network, whose account has no @handle: the name on a line, the
# day and the post's audience on the next ("May 1, 2026 · 🌎", "3h · Public"), the words, then the reactions'
# counts ("👍❤️ 2.3K    418 comments") or the comments; the import reads a text opening so as a thread too
_AUDIENCE: Final = r"(?:🌎|🌍|🌏|🌐|👥|🔒|⚙️?|(?i:public|friends|only me))"
FEED_HEAD: Final = (r"[ \t]*" + _POST_NAME + r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<when>[^\n·]{1,40}?\d[^\n·]{0,30}?)"
                    r"[ \t]*·[ \t]*" + _AUDIENCE + r"[ \t]*\n")
_COMMENT_ACTIONS: Final = "|".join(re.escape(w) for w in page_line_words().comment_actions)
# the line under a comment: its age and the actions on it ("3d  Like  Reply", "2 h · Me gusta · Responder")
_COMMENT_AGES: Final = "".join("|" + re.escape(w) for w in page_line_words().comment_ages)  # "3 Tage", "2 Std."
_COMMENT_FOOT: Final = (r"[ \t]*\d{1,3}[ \t]?(?i:[smhdwy]|min|hrs?|wk|yr" + _COMMENT_AGES + r")(?![\w.])[ \t·]+(?i:"
                        + _COMMENT_ACTIONS
                        + r")(?:[ \t·]+(?i:" + _COMMENT_ACTIONS + r"))*[ \t]*$")
# the reactions' counts under a post ("👍❤️ 2.3K", "418 comments"; the reactions' count alone on its line when the
# emoji were lost in the paste, "1.2K", or before the comments' count on its line, "2.1K  148 comments", or a bare
# number over the comments' count)
_REACTIONS: Final = (r"(?:[\U0001F44D\u2764\U0001F606\U0001F62E\U0001F622\U0001F621\U0001F970]"
                     r"|\d[\d.,]*[KkM]?(?:[ \t]+\d[\d.,]*[KkM]?(?=[ \t]+(?i:comments?)))?\s+(?i:comments?|shares?|reactions?)"
                     r"|\d[\d.,]*[KkM][ \t]*$|\d[\d.,]*[ \t]*\n[ \t]*\d[\d.,]*[KkM]?[ \t]+(?i:comments?|shares?))")
_FEED_POST: Final = re.compile(
    r"^" + FEED_HEAD + r"(?:[ \t]*\n)?"
    r"(?P<text>(?:(?![ \t]*" + _REACTIONS + r")[^\n]+\n(?:[ \t]*\n)?){1,20}?)"
    r"(?=[ \t]*" + _REACTIONS + r"|\Z)", re.MULTILINE)
# a line of the page around a post that is nobody's words: its day and audience ("April 4, 2025 · 🌎"), its
# reactions' counts ("142 comments  87 shares") or its action bar ("Like  Comment  Share"). A comment's
# writer and words never hold one: read across them, a comment took in the post above it, its writer's
# name read as the post's account (a usability round's mayor's post came out as the commenter's words)
_FEED_CHROME: Final = (r"[ \t]*(?:[^\n·]{1,40}·[ \t]*" + _AUDIENCE + r"[ \t]*$|" + _REACTIONS
                       + r"|(?i:" + _COMMENT_ACTIONS + r")(?:[ \t·]+(?i:" + _COMMENT_ACTIONS + r"))*[ \t]*$)")
_COMMENT: Final = re.compile(
    rf"^(?!{_FEED_CHROME})[ \t]*(?P<name>[{CAPITALS}][\w'’.-]*(?:[ \t]+[{CAPITALS}][\w'’.-]*){{0,4}})[ \t]*\n"
    r"(?:[ \t]*\n)?(?P<text>(?:(?!" + _COMMENT_FOOT[:-1] + "|" + _FEED_CHROME + r")[^\n]+\n(?:[ \t]*\n)?){1,6}?)"
    + _COMMENT_FOOT, re.MULTILINE)
_POST: Final = re.compile(
    r"^" + POST_HEAD + r"(?:[ \t]*\n)?"
    r"(?:[ \t]*(?i:replying to|en respuesta a|in risposta a|en réponse à|als antwort an)[^\n]*\n(?:[ \t]*\n)?)?"
    r"(?P<text>(?:(?![ \t]*\d{1,2}[:.]\d{2})[^\n]+\n(?:[ \t]*\n)?){1,8}?)"
    r"(?:[ \t]*\d{1,2}[:.]\d{2}(?:[ \t\u00a0\u202f]?[AaPp]\.?[ \t\u00a0\u202f]?[Mm]\.?)?[ \t]*·[ \t]*[^\n]*\d{4}[ \t]*$"
    # … or the day first, then its word before the clock, as Bluesky prints it ("April 8, 2025 at 4:02 PM", "8 avril
    # 2025 à 16:02"; date_lines.toml `at`)
    r"|[ \t]*[^\n]{0,30}?\d{4},?[ \t]+(?:at|" + "|".join(map(re.escape, date_line_words().at)) + r")[ \t]+\d{1,2}[:.h]\d{2}"
    r"(?:[ \t\u00a0\u202f]?[AaPp]\.?[ \t\u00a0\u202f]?[Mm]\.?)?[ \t]*$)",
    re.MULTILINE)

# … and a post copied from Instagram or a like photo network: the account's handle alone on a line (in lower case,
# as such a network writes every handle; a verified mark or "• Follow" may follow it), maybe its location line
# ("Harbour Town, Northshire": no title, no one's words), then the caption, opening with the handle again ("janedoe
# Today we …"), down to the first line the page prints under it (`_caption_foot`)
_PHOTO_MARK: Final = r"(?:[ \t]*[\u2714\u2611\u2713]\ufe0f?)?"
_PHOTO_HEAD: Final = re.compile(
    r"[ \t]*(?P<name>(?=[a-z0-9._]*[a-z])[a-z0-9._]{2,30})" + _PHOTO_MARK + r"(?:[ \t]+[\u2022\u00b7][^\n]{0,30})?[ \t]*\n"
    r"(?:[ \t]*\n)*(?:[ \t]*(?!(?P=name)[ \t])[^\n]{1,80}\n(?:[ \t]*\n)*)?"
    r"[ \t]*(?P=name)" + _PHOTO_MARK + r"[ \t]+(?=\S)")
_CAPTION_FOOT: Final = tuple(w.rstrip("…. ") for w in page_line_words().caption_foot)
_SENTENCE_CLOSE: Final = tuple(".!?:;…\"”»")


def _caption_foot(line: str) -> bool:
    """Is ``line`` one a photo network prints under a caption: its translation link, its comments' and likes'
    links (page_lines.toml `caption_foot`), or a short line with a number and no sentence's end (its counts,
    "1.234 Me gusta", its day, "April 20, 2025", its age, "3 d", "Edited · 3w")?"""
    text = line.strip().lower()
    words = text.split()
    if not words or len(words) > 6:
        return False
    if text.startswith(_CAPTION_FOOT) and any(text == w or not text[len(w):len(w) + 1].isalnum()
                                              for w in _CAPTION_FOOT if text.startswith(w)):
        return True
    return len(words) <= 5 and any(c.isdigit() for c in text) and not text.endswith(_SENTENCE_CLOSE)


_HANDLE_OPENINGS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._ \t")  # what a handle's line opens with


def _photo_posts(body: str, paras: Sequence[Paragraph]) -> list[tuple[str, int, int]]:
    """The captions of posts pasted from a photo network (`_PHOTO_HEAD`), as (the account's handle, the
    caption's start, its end): looked for only at a paragraph opening with a handle alone on its line."""
    out: list[tuple[str, int, int]] = []
    for p in paras:
        if p.end - p.start < 3 or body[p.start] not in _HANDLE_OPENINGS:
            continue  # (most paragraphs: a capital opens them)
        m = _PHOTO_HEAD.match(body, p.start)
        if m is None:
            continue
        start = m.end()
        end = pos = len(body) if (nl := body.find("\n", start)) < 0 else nl  # the caption's first line is its own
        while pos < len(body):  # … and so is each line after it, blank lines between, up to the page's first
            stop = len(body) if (nl := body.find("\n", pos + 1)) < 0 else nl
            line = body[pos + 1:stop]
            if _caption_foot(line) or _COMMENT_ACTIONS_RE.match(line.strip(" \t")):
                break
            if line.strip():
                end = stop
            pos = stop
        out.append((m.group("name"), start, _rstrip_at(body, start, end)))
    return out


def photo_caption(text: str) -> tuple[str, int, int] | None:
    """The account's handle and the span of the caption of a post pasted from a photo network at the top of
    ``text`` (`_PHOTO_HEAD`), else None: the import titles it by the caption's words, never by its location
    line, and dates it by the lines under the caption (its day is there, none above it)."""
    m = _PHOTO_HEAD.match(text, len(text) - len(text.lstrip()))
    if m is None:
        return None
    found = _photo_posts(text, paragraphs(text)[:1])
    return found[0] if found else None


# the first gate of `pasted_posts`: a comment's foot line anywhere (without its leading blanks, which only
# delay it: the search opens on a digit, which `re` skips to, not at every position of the body)
_COMMENT_ACTIONS_RE: Final = re.compile(_COMMENT_FOOT.removeprefix(r"[ \t]*"), re.MULTILINE)
# … searched only in a body with a line ending in an action ("… Like  Reply"), lower-cased (the actions' letters
# are ASCII or Latin, which `str.lower` folds as `re.IGNORECASE` does, but for `FOLDS_TO_ASCII`'s)
_COMMENT_ENDINGS: Final = tuple(sorted({w.lower() for w in page_line_words().comment_actions}))
_COMMENT_ENDING_LEN: Final = max(map(len, _COMMENT_ENDINGS), default=0)


def _comment_foot(body: str) -> bool:
    """Whether a comment's foot line (`_COMMENT_FOOT`: "3d  Like  Reply") stands anywhere in `body`. Its line
    ends with an action: a body with none is not searched (a search of the whole body, ~100 µs, where the
    line ends are read in a few)."""
    if _COMMENT_ENDINGS and not folds_to_ascii(body) and not any(
            line.rstrip(" \t")[-_COMMENT_ENDING_LEN:].lower().endswith(_COMMENT_ENDINGS) for line in body.split("\n")):
        return False
    return _COMMENT_ACTIONS_RE.search(body) is not None


# a thread's numbering opening a post ("1/ …", "2/7 …", "(3/7) …"): the thread's order, no word of the post
_THREAD_NUMBER: Final = re.compile(r"\(?(?P<n>\d{1,2})/(?P<of>\d{1,2})?\)?[ \t]+(?=\S)")


def thread_number(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the words of a post start after its thread's numbering at `start` ("1/ …", "2/7 …", "(3/7) …"), else
    `start`: a post's number of its thread is no word of it nor of a title. A count over a smaller one ("24/7
    service") is a phrase, no numbering."""
    m = _THREAD_NUMBER.match(text, start, len(text) if end is None else end)
    if m is None or (m.group("of") and int(m.group("n")) > int(m.group("of"))) \
            or (m.group(0).startswith("(") != (")" in m.group(0))):
        return start
    return m.end()


def pasted_posts(body: str, paras: Sequence[Paragraph]) -> dict[int, RawQuote]:
    """Posts pasted from a social network's page (see _POST, _FEED_POST), keyed by their first paragraph:
    each post's words are a turn of the account named above its handle ("Jane Doe MP" / "@janedoe") or
    above its day and audience line ("May 1, 2026 · 🌎"), as a transcript's are its label's — a usability
    round's thread of a governor's and an MP's posts gave no quote at all, its words having no marks. A
    comment under a post (its writer's name, its words, then its age and actions: "3d  Like  Reply") is
    a turn of its writer. A photo network's caption (`_photo_posts`) is its account's, named by its handle
    ("@janedoe": the handle is all the page gives, so the speaker only when speakers.yaml lists it).
    Their marks are "post", a transcript's "turn": the card says which (a usability round's X and Facebook
    posts were cards flagged "transcript")."""
    found: list[tuple[str, int, int]] = [("@" + name, start, end) for name, start, end in _photo_posts(body, paras)]
    if "·" in body or _comment_foot(body) or "\n@" in body:  # (a handle on a line of its own: a post, whatever its stamp)
        posts = [*(_POST.finditer(body) if "@" in body else ()), *_FEED_POST.finditer(body)]
        found += [(_account_name(m.group("name")), m.start("text"), _rstrip_at(body, m.start("text"), m.end("text")))
                  for m in [*sorted(posts, key=lambda m: m.start()), *_COMMENT.finditer(body)]]
    if not found:
        return {}
    starts = [p.start for p in paras]
    out: dict[int, RawQuote] = {}
    taken: list[tuple[int, int]] = []
    for name, start, end in found:
        if body[start:start + 1].isdigit() or body[start:start + 1] == "(":
            start = thread_number(body, start, end)
        # one account's words each: a comment read over a post (or a post over another) is not a second quote
        # of the same words, whose anchor the page could not mark (one span a word)
        if end <= start or any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, end - 1) - 1
        if first < 0:
            continue
        parts = tuple((max(p.start, start), min(p.end, end)) for p in paras[first:last + 1])
        out[first] = RawQuote(start=start, end=end, text=body[start:end], marks="post", parts=parts,
                              paragraph=first, last_paragraph=last, line=paras[first].line, kind="transcript-turn",
                              turn_name=name)
    return out


def _account_name(name: str) -> str:
    """An account's display name without what follows the person's name: an office after a spaced dash or
    bar ("Jane Doe – Mayor of Northtown"), a post-nominal or office in capitals ("Jane Doe MP", "John Roe
    MCA") and symbols (flags, "|"), when two words are left."""
    head = re.split(r"\s[–—|·-]\s", name, maxsplit=1)[0]
    words = head.split() if len(head.split()) >= 2 else name.split()
    while len(words) > 2 and (re.fullmatch(r"[A-Z]{2,3}", words[-1]) or not any(c.isalnum() for c in words[-1])):
        words.pop()
    return " ".join(words)


_SQUARE = re.compile(r"\[[^\[\]\n]{3,800}\]")


def _bracket_glosses(body: str, kept: Sequence[RawQuote], spans: Sequence[RawQuote]) -> set[int]:
    """Starts of quotes inside square brackets that follow another quote of their paragraph
    (`"Sou contra o projeto", disse X. [gloss: "I am against the bill," X said.]`): an editor's
    translation of the words before it, not a second statement. Square brackets are the editor's,
    never the speaker's; a quote in brackets with no `kept` quote before it (none, or the original
    words were not taken as speech) is left alone, so the words are counted once, never lost."""
    out: set[int] = set()
    for q in spans:
        if "[" not in body[max(0, q.start - 800):q.start]:
            continue
        for m in _SQUARE.finditer(body, max(0, q.start - 800), min(len(body), q.end + 800)):
            if m.start() < q.start and q.end <= m.end() and any(
                    o.paragraph == q.paragraph and o.end <= m.start() for o in kept):
                if _bracket_twin(body, q, m, kept):
                    break
                out.add(q.start)
                break
    return out


def _bracket_twin(body: str, q: RawQuote, bracket: re.Match[str], kept: Sequence[RawQuote]) -> bool:
    """Is the bracket only this quote, right after the closing mark of a kept quote (`"Tapos na."
    ["It is over."]`)? Then it is the other-language twin of those words, as in parentheses (see
    :func:`translation_twins`), not an editor's gloss retelling the sentence."""
    if body[bracket.start() + 1:q.start - 1].strip() or body[q.end + 1:bracket.end() - 1].strip(" \t.,"):
        return False
    return any(o.end + 1 <= bracket.start() and not body[o.end + 1:bracket.start()].strip() for o in kept)


# what may stand between a quote and its other-language twin: a dash, or the opening of brackets
# ("Número 1 arriba" — "Number one is up"; "…," he wrote ("Today …"); … later. («Si sabían …».))
_TWIN_DASH = re.compile(r"[ \t]*[—–][ \t]*")
_TWIN_PAREN = re.compile(r"[^\n\"“”«»()（）]{0,60}[(（][ \t]*")  # (（: Chinese copy's full-width bracket)
# only a line break between the two, each in marks on a line of its own, one of them written in no Latin letter
# (`"상류 주민의 …"` / `"A cluster built on …"`: a broadcast's soundbite and its subtitle)
_TWIN_LINE = re.compile(r"[ \t]*\n[ \t]*")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TWIN_SQUARE = re.compile(r"[ \t]*\[[ \t]*")  # "Tapos na." ["It is over."]: the bracket holds only the twin
# an editor's bracket of the original words, unquoted, right after the closing mark ("…" [Tres veces …])
ORIGINAL_AFTER = re.compile(r"[ \t]+(?:\[[^\[\]\n]{1,300}\](?=[,;:.]|[ \t]+[—–-]|[ \t]+[a-z])"
                            # … or in round brackets, a sentence of its own before the tag's comma (`"Paani hamara hai"
                            # (The water is ours), said X`)
                            r"|\((?=[A-Z][a-z]*[ ][a-z])[^()\n]{8,300}\)(?=,[ \t]+[a-z]))")
# … or its translation inside the marks, after the original words ("Pagod na kami (We are tired),"): an
# English bracket after words with none of English's small words ("the", "of", "we"); an editor's own
# bracket in English words ("we will [repay] it") leaves them in
_TRANSLATION_INSIDE = re.compile(r"[ \t]+[\[(](?P<tr>[^\[\]()\n]{3,300})[\])][,;:.!?…]*$")
# the original words opening a quote, then their gloss in brackets, then more words (see translation_inside)
# (a greeting's comma inside the original, `"Baba, e ranti wa (Father, remember us). Our women …"`, and the
# sentence's stop after the bracket)
_GLOSS_OPENING = re.compile(r"(?P<orig>[^\[\]()\n.;:!?]{3,60}?)[ \t]+[\[(](?P<tr>[^\[\]()\n]{3,120})[\])][.!?,]?[ \t]+"
                            r"(?=\w)")
_ENGLISH_SMALL = lexicon().clause_openers | set(lexicon().label_links) | {"i", "you", "is", "are", "was", "not"}


# the share of a closing bracket's words the quote before it holds when the bracket restates the quote in standard
# English (see translation_inside): an aside about one thing of the quote shares two or three of its words at most
_RESTATED_SHARE = 0.4


def translation_inside(text: str) -> bool:
    """Whether quoted words end with their English translation in brackets (the words were translated),
    or open with words of another language glossed in brackets before the quote goes on in English
    (`"Szczęść Boże (God bless your work) is what we say …"`: the outlet's rendering around them)."""
    if "(" not in text and "[" not in text:  # both patterns need a bracket: most quotes hold none
        return False
    m = _TRANSLATION_INSIDE.search(text)
    opening = _GLOSS_OPENING.match(text)
    if m is None and opening is not None:
        original = {w.lower() for w in _WORDS.findall(opening.group("orig"))}
        rest = {w.lower() for w in _WORDS.findall(opening.group("tr") + " " + text[opening.end():])}
        english = lexicon().function_words
        return len(original) >= 2 and not original & english and len(rest & english) >= 2
    if m is None:
        return False
    before = [w.lower() for w in _WORDS.findall(text[:m.start()])]
    after = {w.lower() for w in _WORDS.findall(m.group("tr"))}
    if len(before) >= 2 and not _ENGLISH_SMALL & set(before) and bool(_ENGLISH_SMALL & after):
        return True
    # an English-lexified creole or dialect shares English's small words ("Dem fellas in Whitehall never lift a
    # container in dey life (Those men in Whitehall have never lifted a container in their lives)"): the bracket
    # says the same sentence again, many of its words the same, others in their standard forms
    shared = set(before) & after
    return len(before) >= 4 and len(shared) >= 3 and len(shared) >= _RESTATED_SHARE * len(after) \
        and len(after - shared) >= 2 and len(set(before) - shared) >= 2


_SQUARE_GLOSS = re.compile(r"\[(?P<tr>[^\[\]\n]{3,300})\]")
_SENTENCE_BEFORE = re.compile(r"(?:^|(?<=[.!?…])\s+)(?P<s>[^.!?…\[\]]*[.!?…]?)\s*$")


def rendered_inside(text: str) -> bool:
    """Whether a transcript turn renders words of its own in square brackets (`Hatutavunja mkataba huo sasa. [We will
    not break that contract now.] The audit showed …`): a sentence with none of English's small words, then an English
    bracket — the outlet's rendering inside the speaker's words, which the card says are translated in part (ux63
    #12). An editor's bracket inside English words ("we will [repay] it", "[inaudible]") is none."""
    if "[" not in text:  # (most turns hold no bracket)
        return False
    for m in _SQUARE_GLOSS.finditer(text):
        before = _SENTENCE_BEFORE.search(text, 0, m.start())
        said = {w.lower() for w in _WORDS.findall(before.group("s"))} if before is not None else set()
        rendering = {w.lower() for w in _WORDS.findall(m.group("tr"))}
        if len(said) >= 2 and not said & _ENGLISH_SMALL and len(rendering & _ENGLISH_SMALL) >= 2:
            return True
    return False


# the English gloss of quoted original words, in brackets right after the closing mark ("“Paani sabka hai”
# (Water belongs to everyone), Doe said") or closing the quote's paragraph ("“…,” he said. (We will wait.)")
_GLOSS_AFTER_MARK = re.compile(r"[ \t]*\((?P<tr>[^()\n\"“”]{3,300})\)")
_GLOSS_CLOSING = re.compile(r"[^()\n\"“”]*?[.!?][ \t]*\((?P<tr>[^()\n\"“”]{3,300})\)\s*")


def original_glossed(body: str, q: RawQuote, para_end: int) -> bool:
    """Whether quoted words are the speaker's own in another language, glossed in English after them:
    words with none of English's small words, then an English bracket.  They are not a translation,
    whatever the article says of the speaker's other words ("Speaking in Hindi, he added that …")."""
    # the bracket first: a few characters after the quote say whether there is one (most quotes have
    # none), and the set of the quote's words, ten times that cost, is made only when there is
    gloss = _GLOSS_AFTER_MARK.match(body, q.end + 1, para_end) or _GLOSS_CLOSING.fullmatch(body, q.end + 1, para_end)
    if gloss is None:
        return False
    words = {w.lower() for w in _WORDS.findall(q.text)}
    # (a few of English's small words are words of other languages too: Irish "is", "an"; "Is iomaí teorainn atá
    # eadrainn, ach níl teorainn ar bith ar an iarnród" has two in eleven)
    if len(words) < 3 or len(_ENGLISH_SMALL & words) > len(words) // 5 \
            or any(w in gloss.group("tr").lower() for w in ("translat", "interpret")):
        return False  # "(translated from Spanish)" says the opposite
    return bool(_ENGLISH_SMALL & {w.lower() for w in _WORDS.findall(gloss.group("tr"))})


def translation_twins(body: str, found: list[RawQuote]) -> list[tuple[int, int]]:
    """Pairs (i, j) of quotes where j gives i's words in another language, or i gives j's: j
    right after i, after a dash or in brackets of its own that close right after it. Both are
    the same words of the same speaker, so one of them is a translation."""
    out = []
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.kind == "transcript-turn" or b.kind == "transcript-turn":
            continue
        gap_lo, gap_hi = a.end + 1, b.start - 1
        if b.paragraph == a.paragraph + 1 and _TWIN_LINE.fullmatch(body, gap_lo, gap_hi) \
                and (_LATIN_LETTER.search(a.text) is None) != (_LATIN_LETTER.search(b.text) is None):
            out.append((i, i + 1))  # a soundbite in its own script, its subtitle in marks on the line below
            continue
        if a.paragraph != b.paragraph:
            continue
        if _TWIN_DASH.fullmatch(body, gap_lo, gap_hi) or (
                _TWIN_PAREN.fullmatch(body, gap_lo, gap_hi) and re.match(r"[.,。]?[)）]", body[b.end + 1:b.end + 3])) or (
                _TWIN_SQUARE.fullmatch(body, gap_lo, gap_hi) and re.match(r"[.,]?\]", body[b.end + 1:b.end + 3])):
            out.append((i, i + 1))
    return out


# the families of quote marks: a quote in another family than the article's own is in the typography
# of another language ("…" beside «…» or „…")
_MARK_FAMILY = {"\"": "double", "“": "double", "”": "double", "'": "single", "‘": "single", "’": "single",
                "«": "guillemet", "»": "guillemet", "‹": "guillemet", "›": "guillemet", "„": "low", "‚": "low",
                "「": "corner", "『": "corner"}
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ASIDE = re.compile(r"\[[^\[\]\n]*\]|\([^()\n]*\)")
# how much more of one text's words are the article's own than of the other's before that says which
# of the two is in the article's language (below it, short texts sharing "a" or "no" decide nothing)
_LANGUAGE_MARGIN = 0.2


def twin_roles(body: str, found: Sequence[RawQuote]) -> dict[int, bool]:
    """Index → True for a quote that is the outlet's rendering of words given beside it in the speaker's
    own language (translated), False for a quote that is those words (the speaker's own, not translated).

    The same words twice (:func:`translation_twins`), or a quote and an editor's unquoted bracket after it
    (`"…" [Tres veces …]`, `"Hindi kami pulubi" [We are not beggars], she said`): outlets put either
    first, so the order alone does not say which is the original. In turn: the one in another family of
    marks than the article's own (`"We will not give in" («No vamos a ceder»)`) is the original; else the
    one whose words are clearly more the article's own (its prose outside quotes and brackets, and the
    small words of its language in lang/*.toml) is the rendering; else the later one is (an original is
    given first, its rendering after it, in most copy)."""
    pairs = translation_twins(body, list(found))
    after = {k: m for k, q in enumerate(found)
             if q.kind != "transcript-turn" and (m := ORIGINAL_AFTER.match(body, q.end + 1)) is not None}
    if not pairs and not after:
        return {}
    own = article_words(body, found)
    families = [_MARK_FAMILY.get(q.marks[:1], "") for q in found]
    count = {f: families.count(f) for f in set(families)}
    roles: dict[int, bool] = {}
    for i, j in pairs:
        fi, fj = families[i], families[j]
        if fi != fj and count[fi] != count[fj]:
            later_renders = count[fj] > count[fi]
        else:
            later_renders = _renders_later(own_share(found[i].text, own), own_share(found[j].text, own))
        roles[i], roles[j] = not later_renders, later_renders
    for k, m in after.items():
        if k not in roles:
            roles[k] = not _renders_later(own_share(found[k].text, own), own_share(m.group(0), own))
    return roles


def _renders_later(first: float, second: float) -> bool:
    """Whether the later of two texts is the rendering, from the shares of their words that are the
    article's own: the clearly higher share is the article's language; otherwise the later one."""
    return first - second < _LANGUAGE_MARGIN


def article_words(body: str, found: Sequence[RawQuote]) -> frozenset[str]:
    """The words the article writes in its own voice (outside quotes and brackets, which hold what others
    said and in which language), with the small words of its language (lang/*.toml)."""
    prose, k = [], 0
    for q in found:
        prose.append(body[k:max(k, q.start - 1)])
        k = max(k, q.end + 1)
    prose.append(body[k:])
    text = _ASIDE.sub(" ", "".join(prose))
    words = {w.lower() for w in _LETTER_RUN.findall(text)}
    # (the small words of the article's own language when its prose says which: a German story's "nicht", "wir", not
    # English's "on", which a French original beside its German rendering holds)
    code = language_of(text)[0]
    small = date_line_words().language_words.get(code) if code and code != "en" else None
    return frozenset(words | (small or lexicon().function_words))


def own_share(text: str, own: frozenset[str]) -> float:
    """The share of a text's words the article writes itself."""
    words = [w.lower() for w in _LETTER_RUN.findall(text)]
    return sum(w in own for w in words) / len(words) if words else 0.0
