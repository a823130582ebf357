"""The nouns of dateline: plain values passed between pipeline steps.

Nothing here reads files or imports a third-party library, so every step can
share these types without pulling in another step's dependencies, and no step
has to import another step to name what it receives (no import cycles).

Every class has `__slots__` (`slots=True`): a build holds one Quote, Span and DateInfo per
quote (~127,000 of each at 10,000 articles, most of them unpickled from the analysis workers or
the cache, which gives a plain instance a full `__dict__`), and slots make each a few dozen
bytes instead of a few hundred. `repr`, equality, hashing and pickling are the same.
"""

from __future__ import annotations

import calendar
import operator
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from sys import intern
from typing import Literal

from anyascii import anyascii

from dateline import brahmic
from dateline.config import SiteConfig

Precision = Literal["year", "month", "day"]
Confidence = Literal["high", "medium", "low"]
CONFIDENCES: tuple[Confidence, ...] = ("high", "medium", "low")

_SLUG_BAD = re.compile(r"[^a-z0-9]+")
_PARTIAL_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def year_dir(year: int) -> str:
    """A year's folder, `2024/`, in four digits as articles' own `YYYY/MM/DD/` are: year 1's page at `1/`
    beside its article at `0001/01/01/…` published one year two ways (hostile round 64, d06)."""
    return f"{year:04d}/"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date that may be known only to the year or month.

    Ordering is chronological with a partial date sorting *before* every
    fuller date inside its period ("2022-07" < "2022-07-01"), which is how the
    timeline wants undated-within-the-month statements shown.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} out of range")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} out of range")
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"day {self.day} out of range for {self.year}-{self.month:02d}")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def sort_key(self) -> tuple[int, int, int]:
        """Chronological key; missing parts are 0 so partial dates lead their period."""
        return (self.year, self.month or 0, self.day or 0)

    # The order is sort_key's (a dataclass order would compare None with int and fail).
    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key() >= other.sort_key()

    def iso(self) -> str:
        """`2022`, `2022-07` or `2022-07-07`: the form used in front matter and JSON."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    def label(self) -> str:
        """Human form at the known precision: `2022`, `July 2022`, `7 July 2022`."""
        if self.month is None:
            return str(self.year)
        month = calendar.month_name[self.month]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"

    def first_day(self) -> date:
        """The earliest calendar day this date can mean (for path building and ranges)."""
        return date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate | None:
        """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; None when the text is not one of them.

        Raises ValueError for a well-formed but impossible date (`2022-02-30`) so the
        caller can report it rather than silently dropping it.
        """
        m = _PARTIAL_ISO.match(text.strip())
        if not m:
            return None
        year, month, day = m.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)


@dataclass(frozen=True, slots=True)
class DateInfo:
    """A resolved date together with how it was found, so a reader can check it.

    `end` is set for ranges ("over the weekend" → Saturday..Sunday); `date` is then
    the range's first day and `precision` of the pair is reported by `precision`.
    """

    date: PartialDate
    confidence: Confidence
    basis: str
    end: PartialDate | None = None

    @property
    def precision(self) -> Precision:
        return self.date.precision


@dataclass(frozen=True, slots=True)
class Span:
    """Where a piece of text sits in an article body: character offsets and 1-based line."""

    start: int
    end: int
    line: int


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    role: str = ""
    kind: Literal["person", "institution"] = "person"
    sort: str = ""  # the words the speakers index files the entry under (names.sort_key); "" = its surname


@dataclass(frozen=True, slots=True)
class Stance:
    id: str
    label: str
    cues: tuple[str, ...] = ()
    rank: int = 0


@dataclass(frozen=True, slots=True)
class Era:
    id: str
    label: str
    start: PartialDate
    end: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    label: str
    cues: tuple[str, ...] = ()
    stances: tuple[Stance, ...] = ()
    eras: tuple[Era, ...] = ()
    # the topic's own words for a move along its scale (`moves:` in topics.yaml): "softened" and "hardened"
    # fit a position on a policy, not a promise to build something ("Pushed back", "Brought forward")
    moves: tuple[tuple[str, str], ...] = ()


QuoteKind = Literal["direct", "partial", "transcript-turn", "label", "editorial"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One stretch of quoted speech, exactly as it stands in its article's body.

    `text` is an exact substring of the body (the verbatim gate checks it);
    `parts` are the per-paragraph pieces of a quote that runs over paragraphs.
    """

    id: str
    article: str
    text: str
    span: Span
    marks: str
    parts: tuple[str, ...]
    kind: QuoteKind = "direct"
    partial: bool = False
    speaker: str = "unknown"
    speaker_name: str = ""
    attribution: str = ""
    sieve: str = ""  # the attribution rule that decided (attribution.SIEVES), "" for none or a hand correction
    translated: bool = False
    topics: tuple[str, ...] = ()
    stance: dict[str, str] = field(default_factory=dict)
    statement_date: DateInfo | None = None
    paragraph: int = 0
    repaired: bool = False  # the page dropped its closing mark; the end was recovered: an editor checks it
    lang: str = ""  # the language its words are in, when they tell (`lexicon.quote_language`): "" when they do not

    def said(self, article: Article) -> DateInfo:
        """When the words were said: the quote's own date, else its article's (see `Article.said`).

        The one statement-date fallback: the timeline's order, the cards, the chart and
        the exports all ask here, so they cannot disagree about a quote's date.
        """
        return self.statement_date if self.statement_date is not None else article.said


CorrectionKind = Literal["add", "drop", "set"]


# A Wayback Machine address at midnight of a day, `https://web.archive.org/web/YYYYMMDD000000/<url>`: a
# lookup (`Article.archive_link`; older imports wrote it as archive_url), answered with the nearest capture
ARCHIVE_LOOKUP = re.compile(r"https?://web\.archive\.org/web/\d{8}000000/")


@dataclass(frozen=True, slots=True)
class QuoteCorrection:
    """One entry of an article's front-matter `quotes:` list, checked by `load`.

    `add` makes a quote of `target` (verbatim body text), `drop` removes the quote whose id
    or text is `target`, `set` changes the quote named by `target` (`id:` or `text:`, as
    `named_by` says). The changes (`speaker` … `statement_date`) apply to an added or set
    quote; None leaves a field as analysis found it. `line` is the entry's front-matter line,
    so whatever goes wrong later (no such quote, not verbatim) is reported there.
    """

    kind: CorrectionKind
    target: str
    line: int
    named_by: Literal["id", "text"] = "text"
    speaker: str | None = None
    topics: tuple[str, ...] | None = None
    stance: tuple[tuple[str, str], ...] | None = None  # (topic, stance id) pairs in the order written
    partial: bool | None = None
    translated: bool | None = None
    statement_date: PartialDate | None = None
    same_as: str | None = None  # another quote (id or words, any article) this one is one statement with


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """An editor's "this warning is known and right": faithful text keeps its oddities.

    From an article's front matter `acknowledge:` list. `warning` is words of the warning's
    message as printed (case-insensitive); `line`, when given, the line it is reported at;
    `at` is the entry's own line, for reporting an acknowledgement that matches nothing.
    `slack` is how many lines the `acknowledge:` block spans: writing it moved every body line
    down by up to that much, so a `line:` copied from the build before the edit still counts.
    """

    warning: str
    reason: str
    line: int | None = None
    at: int = 0
    slack: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    """One content file after loading: front matter values plus the Markdown body."""

    id: str
    path: str
    slug: str
    title: str
    date: DateInfo
    body: str
    body_line: int
    statement_date: DateInfo | None = None
    outlet: str = ""
    source_url: str = ""
    archive_url: str = ""
    lang: str = ""  # the language its text is in (`lang:`, a BCP 47 tag) when the editor or the import said so
    speakers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    # the speakers.yaml id of the byline's writer (`writer:`): an op-ed, a column or a letter of a speaker, whose own
    # text is in no quotation marks — their "I … said: “…”" is theirs, the rest is no statement until added
    writer: str = ""
    draft: bool = False
    quote_overrides: tuple[QuoteCorrection, ...] = ()
    content_hash: str = ""
    acknowledged: tuple[Acknowledgement, ...] = ()
    id_lines: tuple[tuple[str, str, int], ...] = ()  # (key, id, file line) of speakers:/topics: ids, for warnings
    slug_line: int = 1  # the `slug:` line, else the title's: where a clash of slugs is reported
    date_line: int = 1  # the `date:` line: where a date after the day of the build is reported
    import_hash: str = ""  # the digest of the raw file it was imported from: two articles of one source are a copy
    # where the parts of its page after the first begin in `body` (offsets, `markdown.parts`): () for nearly all;
    # a body too long for one page is published at `url`, `url`page/2/ … (`part_url`)
    parts: tuple[int, ...] = ()

    @property
    def archive_lookup(self) -> bool:
        """Is `archive_link` only a Wayback Machine lookup by date (`ARCHIVE_LOOKUP`, an address no one
        fetched) rather than a snapshot someone chose? The page then offers to look up archived
        copies: "archived copy" would tell a fact-check desk that a verified copy exists."""
        return bool(ARCHIVE_LOOKUP.match(self.archive_link))

    @property
    def archive_link(self) -> str:
        """Where a reader finds the source as it was: the editor's `archive_url`, else a Wayback Machine
        lookup of `source_url` as of the publication day (made here, never written into the article:
        front matter that names an archive must name one that exists), else ""."""
        if self.archive_url or not self.source_url or self.date.date.precision != "day":
            return self.archive_url
        return f"https://web.archive.org/web/{self.date.date.first_day().strftime('%Y%m%d')}000000/{self.source_url}"

    @property
    def said(self) -> DateInfo:
        """When the article's quotes were said, unless a quote knows better: the front matter's
        `statement_date`, else the publication date."""
        return self.statement_date if self.statement_date is not None else self.date

    @property
    def url(self) -> str:
        """Site-root-relative directory of the article page: `YYYY/MM/DD/slug/`."""
        d = self.date.date.first_day()
        return f"{d.year:04d}/{d.month:02d}/{d.day:02d}/{self.slug}/"

    def part_of(self, offset: int) -> int:
        """The page part (1, 2 …) that shows the body's text at `offset` (a quote's start: its anchor's page)."""
        return bisect_right(self.parts, offset) + 1 if self.parts else 1

    def part_url(self, part: int) -> str:
        """Site-root-relative directory of part `part` of the article's page: its `url` for the first."""
        return self.url if part <= 1 else f"{self.url}page/{part}/"


@dataclass(frozen=True, slots=True)
class Data:
    """The `_data` folder: who can speak, what they speak about, editors' shift verdicts."""

    speakers: tuple[Speaker, ...] = ()
    topics: tuple[Topic, ...] = ()
    shifts: tuple[ShiftVerdict, ...] = ()
    # the files that could not be read (speakers.yaml with a YAML error): nothing is checked against
    # them, or one error would come back as a second, misleading one ("lists no one")
    unread: tuple[str, ...] = ()


ShiftKind = Literal["held", "softened", "hardened", "reversed"]
ShiftStatus = Literal["candidate", "confirmed", "dismissed"]
Verdict = Literal["confirmed", "dismissed"]


@dataclass(frozen=True, slots=True)
class ShiftVerdict:
    """An editor's verdict on one candidate shift, an entry of `_data/shifts.yaml`.

    The shift is named by its id `topic:from-quote:to-quote` (as in data/shifts.json),
    split by `load`; `path` and `line` say where the entry is written, for the warnings
    about ids that name no topic or quote.
    """

    topic: str
    from_id: str
    to_id: str
    status: Verdict
    note: str = ""
    path: str = ""
    line: int = 0

    @property
    def id(self) -> str:
        """The id of the shift it judges (`Shift.id`)."""
        return f"{self.topic}:{self.from_id}:{self.to_id}"


@dataclass(frozen=True, slots=True)
class Shift:
    """A change (or a hold) of stance on one topic between two consecutive statements."""

    topic: str
    from_id: str
    to_id: str
    from_stance: str
    to_stance: str
    kind: ShiftKind
    status: ShiftStatus = "candidate"
    note: str = ""

    @property
    def id(self) -> str:
        return f"{self.topic}:{self.from_id}:{self.to_id}"

    @property
    def confirmed(self) -> bool:
        return self.status == "confirmed"


@dataclass(slots=True)
class Statement:
    """One set of words carried by one or more articles: the merged record."""

    id: str
    quotes: list[str] = field(default_factory=list)  # quote ids, earliest report first


RelationKind = Literal["same words", "said again", "earlier", "later", "then vs now"]


@dataclass(frozen=True, slots=True)
class Related:
    """One link from a quote to another: the same words elsewhere, the same words said on
    another occasion, the statement before or after it on a topic, or an earlier/later one of
    the same speaker with another stance."""

    kind: RelationKind
    quote: str
    topic: str = ""


@dataclass(slots=True)
class Links:
    """Everything `link` computes: statements and, per quote id, its related quote ids."""

    statement_of: dict[str, str] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    # per quote: the earliest other reports of its statement (at most link.MAX_SAME; the full
    # list is statements[statement_of[q]].quotes)
    same_statement: dict[str, list[str]] = field(default_factory=dict)
    topic_prev: dict[tuple[str, str], str] = field(default_factory=dict)
    topic_next: dict[tuple[str, str], str] = field(default_factory=dict)
    stance_contrast: dict[str, list[str]] = field(default_factory=dict)
    # per statement: the other statements of the same words said on other occasions (`link.same_occasion`:
    # their dates do not agree), earliest first — the speaker saying it again, a position held
    said_again: dict[str, list[str]] = field(default_factory=dict)
    related: dict[str, list[Related]] = field(default_factory=dict)

    def first_report(self, qid: str) -> bool:
        """Is this quote the earliest report of its statement?"""
        st = self.statements.get(self.statement_of.get(qid, qid))
        return st is None or st.quotes[0] == qid


@dataclass(slots=True)
class Site:
    """Everything render needs, computed once per build: the analysed, linked, ordered corpus."""

    config: SiteConfig
    articles: list[Article]  # by publication date
    data: Data
    quotes: list[Quote]  # in timeline order
    links: Links
    shifts: list[Shift]
    positions: list[Quote] = field(default_factory=list)  # what the timeline follows (timeline.follow)
    other_statements: list[Quote] = field(default_factory=list)  # the figures' words on no topic
    # An article's Markdown body, which only its page shows: its own `body`, or where a build set the
    # bodies aside once analysed (`pipeline.bodies_apart`: not held through linking and rendering)
    body: Callable[[Article], str] = operator.attrgetter("body")


# Typographic quotation marks as their typewriter forms: what one source curls another leaves straight
# (a CMS's <h1> and its og:title; an article's ’ and an editor's typed '), compared as one
TYPEWRITER_MARKS = {"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}


# Letters Unicode does not decompose into a plain letter and an accent: without this, "Straße" was
# "strae" in an article's address and "strasse" in a speaker's id on the same site
LETTER_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ẞ": "SS",
                             "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th",
                             "ð": "d", "Ð": "D"})


# a run of characters that are not ASCII (after NFKD): an accent of a Latin letter, a dash, a symbol,
# or a word of another script
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_NOT_ROMAN = re.compile(r"[^A-Za-z0-9 ]+")
# Chinese characters and Korean syllables: each romanised as a word ("wang xiao ming", not "wangxiaoming")
_SYLLABLE_CHARS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]")
_BRAHMIC = re.compile("[\u0900-\u0aff]")  # Devanagari, Bengali, Gurmukhi, Gujarati: `brahmic.romanise`
_WORD_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo", "Nd", "Nl", "No"})


_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# ELOT 743's two-letter spellings, which letter by letter come out wrong ("Παπαδόπουλος" → "papadopoylos",
# "Ευαγγέλου" → "eyaggeloy"): ου is ou; αυ, ευ, ηυ are av, ev, iv before a vowel or a voiced consonant and af, ef,
# if before a voiceless one or at the end; γγ, γξ, γχ are ng, nx, nch. A diaeresis (ϋ) keeps two letters apart.
_GREEK_PAIRS = re.compile("ο[υύ]|([αάεέηή])[υύ](?=([αάεέηήιίοόυύωώϊϋΐΰβγδζλμνρ])?)|γ(?=[γξχ])")


def _greek_pair(m: re.Match[str]) -> str:
    pair = m.group(0)
    if pair[0] in "οό":
        return "ou"
    if pair == "γ":
        return "n"
    return {"α": "a", "ά": "a", "ε": "e", "έ": "e", "η": "i", "ή": "i"}[pair[0]] + ("v" if m.group(2) else "f")


def _greek_digraphs(text: str) -> str:
    """Lower-case Greek with its two-letter spellings romanised as ELOT 743 does (`_GREEK_PAIRS`), the rest left
    to `anyascii`: the ids of a Greek newsroom's people read as their names are written in Latin letters
    ("Γιώργος Παπαδόπουλος" → giorgos-papadopoulos, blind round 80)."""
    return _GREEK_PAIRS.sub(_greek_pair, text)


def _romanise_run(m: re.Match[str]) -> str:
    """A run of non-ASCII characters in Latin letters: a word of another script by its common
    romanisation (`anyascii`: "Петров" → "Petrov", "٣" → "3"; a Chinese character or a Korean
    syllable a word of its own: "김민수" → "gim min su"), its punctuation as spaces. A run of no letter
    or digit of its own (a Latin letter's accent, a dash, "€", a modifier letter like "ʻ") is dropped,
    as ASCII folding always did, so no Latin-script slug changes."""
    run = m.group(0)
    if not any(unicodedata.category(c) in _WORD_CATEGORIES for c in run):
        return ""
    # composed again first: NFKD split "й" and Hangul syllables into parts romanised apart ("и" + breve)
    run = unicodedata.normalize("NFC", "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in run))
    if _BRAHMIC.search(run):  # a consonant's own vowel, which letter-by-letter romanisation drops
        words = brahmic.romanise(run)
    elif _GREEK.search(run):
        words = anyascii(_greek_digraphs(run.lower()))
    else:
        words = "".join(f" {anyascii(c)} " if _SYLLABLE_CHARS.match(c) else anyascii(c) for c in run)
    return _NOT_ROMAN.sub(" ", words.replace("'", "").replace("`", ""))  # hamza, ayn: within a word


def slugify(value: str) -> str:
    """The id form of a name: lowercase ASCII words joined by hyphens, safe in any URL path.

    Article slugs, unknown speakers' ids, quote ids and topic ids all take this form; accents are
    dropped ("ä" → "a") and letters without one spelled out ("ß" → "ss", "ø" → "o"). A word in another
    script is romanised ("Алексей Петров" → "aleksey-petrov"): dropped, a Cyrillic, Arabic or Korean
    name had no id at all, and its person was published as "unknown".
    """
    value = re.sub(r"(?<=\w)['’](?=\w)", "", value).translate(LETTER_FOLD)
    text = unicodedata.normalize("NFKD", value)
    if not text.isascii():
        text = _NON_ASCII_RUN.sub(_romanise_run, text)
    return _SLUG_BAD.sub("-", text.lower()).strip("-")[:80].strip("-")


# names Windows gives its devices: no file or folder may bear one, with any extension ("con.txt"), so a
# site holding `2024/03/08/con/` cannot be checked out or copied there
WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10))})
RESERVED_SUFFIX = "-1"


def reserved_name(segment: str) -> bool:
    """Is `segment` a name Windows reserves for a device (any case, with or without an extension,
    trailing dots or spaces: "CON", "nul.txt", "Lpt1. ")?"""
    return segment.rstrip(". ").split(".", 1)[0].rstrip(" ").lower() in WINDOWS_RESERVED


def path_segment(slug: str) -> str:
    """A slug (`slugify`) as the name of a folder or file of the site or the project: one Windows
    reserves ("con", "lpt1") takes RESERVED_SUFFIX ("con-1"), deterministically; every other slug is
    itself. The one rule for article slugs, imported files' names and the ids of speakers not in
    speakers.yaml (their pages' folders)."""
    return slug + RESERVED_SUFFIX if reserved_name(slug) else slug


def name_of_id(sid: str) -> str:
    """A name for a speaker id that no speakers.yaml entry and no article names ("ingrid-hol" →
    "Ingrid Hol"): a `speaker:` correction with a new id must not show the id as a name — on its
    page, in the build's count and in review's paste-ready speakers.yaml entry alike."""
    return " ".join(w[:1].upper() + w[1:] for w in sid.split("-")) or sid


def _quick_pickling(cls: type, shared: tuple[str, ...] = ()) -> None:
    """A frozen slotted dataclass pickles through `__getstate__`, which `dataclass` writes as a Python loop
    over `fields(self)` per object: three times the time of a plain instance's `__dict__`, for the
    ~500,000 objects of a 10,000-article build sent back by the analysis workers and cached.
    The same state (the fields' values in order), read by one C-level `attrgetter`, and set again
    without asking `fields` for each object.

    `shared`: string fields whose values repeat across objects (a quote's marks, its attribution
    cue, the same words reported by many outlets): interned as they are read back, so that each
    unpickled quote does not hold its own copy of the same text."""
    names = [f.name for f in fields(cls)]
    get = operator.attrgetter(*names)
    # each field's slot descriptor, whose __set__ stores the value in the slot (what
    # object.__setattr__ does after looking the name up in the class: a third of a rebuild's
    # unpickling of quotes went to that lookup)
    slots = tuple(vars(cls)[name].__set__ for name in names)
    interned = frozenset(i for i, name in enumerate(names) if name in shared)

    def state(self: object) -> tuple[object, ...]:
        values = get(self)
        return values if len(names) > 1 else (values,)

    def restore_any(self: object, values: tuple[object, ...]) -> None:
        for i, (put, value) in enumerate(zip(slots, values)):  # noqa: B905 (our own state: a cache of other code is never read)
            put(self, intern(value) if i in interned and type(value) is str else value)
    cls.__getstate__ = state  # type: ignore[method-assign, assignment]
    cls.__setstate__ = _restorer(slots, interned, restore_any)  # type: ignore[attr-defined]


def _restorer(slots: tuple[Callable[[object, object], None], ...], interned: frozenset[int],
              otherwise: Callable[[object, tuple[object, ...]], None]) -> Callable[[object, tuple[object, ...]], None]:
    """`__setstate__` for `_quick_pickling` written out, one statement a field: no loop, no `zip`,
    `enumerate` or membership test per field. A rebuild after one edit at 1000 articles unpickles
    ~10,000 quotes (26 fields each), their spans and dates, the articles and the links' values: the
    loop was ~0.08 CPU s of it. A state of another length (not this code's: a cache of other code is
    never kept, but is read before its stamp is checked) goes to `otherwise`, the loop, as before."""
    lines = ["def restore(self, values):", f"    if len(values) != {len(slots)}:", "        return otherwise(self, values)"]
    for i in range(len(slots)):
        if i in interned:
            lines.append(f"    v = values[{i}]")
            lines.append(f"    put{i}(self, intern(v) if type(v) is str else v)")
        else:
            lines.append(f"    put{i}(self, values[{i}])")
    space: dict[str, object] = {f"put{i}": put for i, put in enumerate(slots)}
    space.update(intern=intern, otherwise=otherwise)
    exec("\n".join(lines), space)  # our own text, made of field positions
    restore = space["restore"]
    assert callable(restore)
    return restore


for _cls in (PartialDate, Span, Speaker, Stance, Era, Topic, QuoteCorrection, Acknowledgement,
             Article, Data, ShiftVerdict, Shift, Related):  # the frozen ones (the others pickle their slots as a dict)
    _quick_pickling(_cls)
_quick_pickling(Quote, ("text", "marks", "kind", "speaker", "speaker_name", "attribution", "sieve"))
_quick_pickling(DateInfo, ("confidence", "basis"))
