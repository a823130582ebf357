"""Dates in news text: find the written date phrases, then resolve them against a base date.

Why this module exists: a documentary timeline is only as good as its dates, and
the easy tools get news dates wrong.  dateparser's ``search_dates`` turns "We",
"now", "5 months" and "three years" into dates and ignores a weekday that
contradicts the date, and a year-less "July 7" silently becomes *this* year.  So
the spans are found here by a tested, case-sensitive regular grammar ("may" is
not May), resolved by explicit rules that a reader can check (every result
carries a one-line ``basis`` and a ``confidence``), and dateparser is only a
last resort for odd but explicit forms ("7/7/2022").  It is imported lazily
(~0.4 s), always with ``languages=['en']``, ``RELATIVE_BASE`` = the base date and
``PREFER_DATES_FROM='past'``, and cached.  ISO text never reaches it.

Everything works in naive :class:`datetime.date`; time zones never shift a day.

Resolution rules (``base`` = publication date; "anchor" = base, or ``today``
where the rule allows it):

================================  =============================================  ==========
phrase                            resolves to                                    confidence
================================  =============================================  ==========
explicit year                     the date as written, at its precision          high
  "July 7, 2022", "7 July 2022"   (day / month / year)
weekday contradicts explicit      the explicit date; basis names the             medium
  "Thursday, July 8, 2022"        contradiction
weekday + month-day, no year      the latest year (up to 7 back, not after       high (base,
  "Thursday, July 7",             anchor + 1 day) where that day is that         <= 1 year
  "Sunday (Feb 9)"                weekday; anchor = base, else ``today``         back), else
                                                                                 medium
  ... no such year, base given    month-day rule below                           low
  ... no such year, no base       DateUnknown
month-day, no year                the latest such day not after base + 1 day     high if
  "On October 28", "Feb. 9"       (Feb 29 → the latest leap year)                <= 60 days
                                                                                 before base,
                                                                                 else medium
  ... no base                     DateUnknown
weekday "on Friday", "Friday"     the latest such weekday on or before base      medium
"last Friday"                     the latest such weekday strictly before base   medium
weekday in a lead in another      the latest such weekday on or before base;     low
  language, with a reporting      without the verb: base itself                  medium
  verb ("reconoció … el martes")
"this Friday"                     that weekday in base's Monday..Sunday week     low
weekend "over/at/on/during the    Saturday..Sunday of the weekend on or before   medium
  weekend"                        base
"this weekend"                    the coming weekend if base is Mon-Fri, else    medium
                                  the current one
"last weekend"                    the weekend before base's own (Sat/Sun base),  medium
                                  else the latest one
weekend "(October 31 or Nov 1)"   the bracketed days (year nearest the weekend)  medium
"yesterday", "last night"         base - 1 day                                   medium
"the day before yesterday"        base - 2 days                                  medium
"three days ago"                  base - 3 days                                  medium
"a week ago"                      base - 7 days                                  low
"last week"                       Monday..Sunday of the week before base's       low
"earlier this week"               Monday of base's week .. the day before base   low
"this week"                       Monday..Sunday of base's week                  low
"last month"                      the month before base's (month precision)      medium
"this month", "earlier this m."   base's month                                   medium
"last year"                       base's year - 1 (year precision)               medium
"this year", "earlier this y."    base's year                                    medium
"July 2022", "in July 2022"       that month                                     high
"in December", "in early March"   the latest such month not after base (month    medium
                                  precision); no base: DateUnknown
"in 2019", "in early 2019",       that year                                      high
  "2019"
dateline "LIMA, December 6.        the date inside, by the rules above; in        as above;
  /EFE/."                         :func:`publication_date` a year-less dateline  low for a
                                  is resolved against ``today``; its own         year-less
                                  weekday, else one in its paragraph, else one   dateline;
                                  dating the words in the lead, picks the one    medium when
                                  year from the latest year named to today       a weekday
                                  where the day is that weekday; no year named:  picks it;
                                  the latest fit (own weekday: 7 years back;     low for the
                                  another: the past year); else the importer     latest fit
                                  asks (:func:`weekday_year`)                    of several
relative phrase, no base          DateUnknown                                    -
anything else ("We", "now",       None (not a date)                              -
  "5 months", "may", "March on")
================================  =============================================  ==========

A base known only to the month or year (front matter ``date: 2025-10``) is used
as the last day of that period, and every base-dependent result is then capped at
confidence low.  A base given with its own confidence (a publication DateInfo) caps
every result counted from it the same way: an inherited date is never surer than its
source.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final, Literal, get_args

from dateline import quotes
from dateline.arabic_tags import date_reading, date_unread
from dateline.config import NumericOrder
from dateline.lexicon import (
    FOLDS_TO_ASCII,
    date_line_words,
    devanagari_words,
    folds_to_ascii,
    hangul_words,
    language_of,
    lexicon,
)
from dateline.model import Confidence, DateInfo, PartialDate
from dateline.quotes import CAPITALS, alternation, any_of, dash_line_spans, guillemets_reversed

__all__ = [
    "PHRASE_KINDS",
    "DatePhrase",
    "DateRefused",
    "DateUnknown",
    "Publication",
    "article_statement_date",
    "coerce_date",
    "find_date_phrases",
    "in_relative_clause",
    "leading_date_prefix",
    "occasion_weekday_named",
    "publication_date",
    "quote_statement_date",
    "resolve_phrase",
    "weekday_year",
]


class DateUnknown(ValueError):
    """A date phrase was found but cannot be resolved (typically no year knowable).

    It is a ValueError so generic callers still see a bad value, but the importer
    catches it specifically to ask the user for ``--date``.  ``.phrase`` holds the
    phrase text.
    """

    phrase: str

    def __init__(self, phrase: str, reason: str = "") -> None:
        self.phrase = phrase
        message = f"cannot resolve the date ‘{phrase}’"
        if reason:
            message += f": {reason}"
        super().__init__(message)


class DateRefused(ValueError):
    """A numeric date the project's order of numeric dates reads as no date ("12/31/2026" day first)
    or as a day its line's weekday is not: the importer stops at ``.line`` and asks for ``--date``."""

    line: str

    def __init__(self, line: str, why: str) -> None:
        self.line = line
        super().__init__(why)


PhraseKind = Literal[
    "explicit", "month-day", "weekday-date", "weekday", "relative", "range", "month-year", "month", "year", "dateline",
]
PHRASE_KINDS: Final[tuple[PhraseKind, ...]] = get_args(PhraseKind)


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase found in text: ``text == source[start:end]``.

    ``kind`` is one of :data:`PHRASE_KINDS`; it tells a caller what the phrase
    needs to be resolved (a year, a base date) without resolving it.
    """

    text: str
    start: int
    end: int
    kind: PhraseKind


# --------------------------------------------------------------------------
# The grammar.  Month and weekday names are case-sensitive on purpose: "may",
# "march" and "sun" in running text are words, not dates.

_MONTHS: Final[dict[str, int]] = {
    name: number for number, name in enumerate(calendar.month_name) if name
} | {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
_WEEKDAYS: Final[dict[str, int]] = {
    name: number for number, name in enumerate(calendar.day_name)
} | {
    "Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3,
    "Fri": 4, "Sat": 5, "Sun": 6,
}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])"
)
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY = rf"{_DAYNUM}(?:st|nd|rd|th)?(?![\d:A-Za-z])"
_YEAR = r"(?:1\d{3}|20\d\d)(?!\d)"
_MD = rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
# "10 of March", and a document's "10th day of March" ("Dated this 10th day of March, 2026")
_DM = rf"(?<![\w.,]){_DAY}\s+(?:(?:day\s+)?of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"
# German running text writes the day with a full stop before the month, in its own month names or the ones
# spelled as in English ("am 12. September 2023", "am 3. März"; lang/date_lines.toml `prose`, CLDR names,
# capitalised as written): "12. März 2023" is the day, not "März 2023" or a sentence's end
_PROSE_MONTHS: Final = date_line_words().prose_months
_PROSE_MONTH = "(?:" + "|".join(re.escape(m) for m in sorted(_PROSE_MONTHS, key=len, reverse=True)) + r")(?!\w)"
# (a month spelled as in English, year-less, only after a preposition of a date: "am 12. September"; "fell to
# 12. September was …" is an English sentence's end)
# (longest first, ties by text: a set's order, and so the pattern's text, would change with every process's
# hash seed, and the patterns holding it would be compiled again by every build: `patterns.kept`)
_OWN_MONTH = "(?:" + "|".join(re.escape(m) for m in sorted(set(_PROSE_MONTHS) - set(_MONTHS),
                                                         key=lambda m: (-len(m), m))) + r")(?!\w)"
_DATE_PREPOSITION = r"(?<!\w)(?:[Aa]m|[VvZz]om|[Dd]e[nm]|[Bb]is|[Ss]eit)\s+"
_DATE_PREPOSITION_INITIALS = "AaVvZzDdBbSs"  # (where a match of it can begin: `_starting`)
_DM_PROSE = (rf"(?:{_DATE_PREPOSITION}{_DAYNUM}\.\s+{_PROSE_MONTH}(?:\s+{_YEAR})?"
             rf"|(?<![\w.,]){_DAYNUM}\.\s+(?:{_PROSE_MONTH}\s+{_YEAR}|{_OWN_MONTH}(?:\s+{_YEAR})?))"
             ) if _PROSE_MONTHS else r"(?!)"
_DATE = rf"(?:{_MD}|{_DM}|{_DM_PROSE})"
_WD = r"(?<![A-Za-z])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
# a whole word: "Montevideo", "Sunderland" and "Saturn" name no day
_WD_ABBR = r"(?<![A-Za-z])(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)(?![A-Za-z])\.?"
_ON = r"(?:(?<![A-Za-z])[Oo]n\s+(?:the\s+)?)?"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

_DATE_PARTS: Final = re.compile(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAYNUM})(?:st|nd|rd|th)?(?![\d:A-Za-z])(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?<![\w.,])(?P<d2>{_DAYNUM})(?:st|nd|rd|th)?\s+(?:(?:day\s+)?of\s+)?(?P<m2>{_MONTH})"
    rf"(?:,?\s+(?P<y2>{_YEAR}))?"
)
_MONTH_RE: Final = re.compile(_MONTH)
_YEAR_RE: Final = re.compile(rf"(?<!\d){_YEAR}")
_WEEKDAY_RE: Final = re.compile(rf"{_WD}|{_WD_ABBR}")
# … and its weekdays ("am Donnerstag, 22. Juni 2023", "Samstag, den 30. April 2022")
_PROSE_WEEKDAYS: Final = date_line_words().prose_weekdays
_WD_PROSE = ("(?<!\\w)(?:" + "|".join(re.escape(d) for d in sorted(_PROSE_WEEKDAYS, key=len, reverse=True))
             + r")(?!\w)") if _PROSE_WEEKDAYS else r"(?!)"
_WEEKDAY_PROSE_RE: Final = re.compile(_WD_PROSE)
# … alone in a sentence, the part of the day joined to it or not ("sagte X am Freitagabend", "am Montag")
_DAY_PARTS_PROSE = "|".join(re.escape(w) for w in date_line_words().prose_day_parts)
_WD_PROSE_PART = (_WD_PROSE[:-len(r"(?!\w)")] + (rf"(?:{_DAY_PARTS_PROSE})?" if _DAY_PARTS_PROSE else "")
                  + r"(?!\w)") if _PROSE_WEEKDAYS else r"(?!)"
_WEEKDAY_PROSE_PART_RE: Final = re.compile(_WD_PROSE_PART)
_DATE_PARTS_PROSE: Final = re.compile(
    rf"(?<![\w.,])(?P<d>{_DAYNUM})\.\s+(?P<m>{_PROSE_MONTH})(?:\s+(?P<y>{_YEAR}))?")

_AGENCY = (
    r"(?:\s*\((?:dpa|[A-Z][A-Za-z]{1,15}(?:-[A-Z][A-Za-z]{1,15})?)\)|\s*/[A-Z][A-Za-z-]{1,15}/\.?)"  # (ANA-MPA)
)
_DASH = r"(?:\s*[—–]|\s+--?(?!\S))"
# Place names keep their diacritics in either case ("SÃO PAULO", "Malmö", "ÎLE"): the Latin-1
# capitals À–Þ (without ×) and small letters à–ÿ (without ÷).
_UP = r"A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOW = r"a-z\u00df-\u00f6\u00f8-\u00ff"
_REGION = (rf"(?:,\s*[{_UP}][{_UP}{_LOW}.'-]+(?:\s[{_UP}][{_UP}{_LOW}.'-]+)?)?"  # , Peru / , Pará
           # … or in brackets, and the country after it in square ones, as ANI writes them: "Sagarpur (Vindhyanchal
           # Pradesh) [India], December 5 (ANI):"
           rf"(?:\s\([{_UP}][{_UP}{_LOW}.'-]+(?:\s[{_UP}][{_UP}{_LOW}.'-]+){{0,2}}\)\s\[[{_UP}][{_UP}{_LOW}.' -]{{1,30}}\])?")
_DATELINE_BODY = (
    rf"(?P<body>(?:[{_UP}][{_UP}'.-]+(?:[ /-][{_UP}][{_UP}'.-]+)*"  # LIMA, NEW YORK, BELÉM, OSLO/COPENHAGEN
    rf"{_REGION},\s+(?:{_WD},\s+)?{_DATE}\.?"
    # AFP and press releases write the place in title case ("Lisbon, May 24 (AFP) –"): then an
    # agency or a dash must follow, so a sentence that opens "Later, May 3" is not a dateline.
    # (a place's name may hold a lower-case particle: "Santiago de Chile, 3 Dec (EFE).-")
    rf"|[{_UP}][{_LOW}'.-]+(?:[ -](?:(?:de|del|da|do|dos|di|la|el)[ ])?[{_UP}][{_LOW}'.-]+){{0,2}}"
    # (Lusa writes the clock after the date: "Lisboa, 03 dez 2026 09:12 (Lusa) -")
    rf"{_REGION},\s+(?:{_WD},\s+)?{_DATE}\.?(?:\s+(?:[01]?\d|2[0-3]):[0-5]\d)?(?={_AGENCY}|{_DASH})"
    # the agency before the date, the date after the dash ending the line: "ROTTERDAM, Netherlands
    # (AP) — Feb. 20, 2025" (the story starts on the next line)
    rf"|[{_UP}][{_UP}{_LOW}'.-]+(?:[ -][{_UP}][{_UP}{_LOW}'.-]+){{0,2}}"
    rf"{_REGION}{_AGENCY}{_DASH}\s*(?:{_WD},\s+)?{_DATE}\.?(?=[ \t]*(?:\n|\Z)))"
    rf"{_AGENCY}?{_DASH}?)"
)

_WEEKEND = (
    r"(?<![A-Za-z])(?i:over|at|on|during|this|last|past)\s+(?i:the\s+)?(?i:past\s+)?"
    r"(?i:weekend)(?![A-Za-z])"
)
_BRACKETED_DATES = rf"\s*\(\s*{_DATE}(?:\s*(?:or|and|to|-|–|—)\s*{_DATE})?\s*\)"

_NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
_RELATIVE = (
    r"(?<![A-Za-z])(?i:yesterday|the\s+day\s+before\s+yesterday|last\s+(?:night|week|month|year)"
    r"|earlier\s+this\s+(?:week|month|year)|this\s+(?:week|month|year)"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+ago"
    r"|(?:a|one)\s+week\s+ago)(?![A-Za-z])"
)
_WEEKDAY_ALONE = (
    rf"(?:(?<![A-Za-z])(?:[Oo]n|[Ll]ast|[Tt]his|[Pp]ast)\s+)?{_WD}{_PART_OF_DAY}(?![A-Za-z])"
)
_IN_EARLY = r"(?:(?i:early|late|mid)[- ]?)?"
# A part of a month is read as its month: "in the first week of November", "in the last fortnight of
# March 2025" (the month is all the precision a date here has)
_IN_PART = r"(?:(?:the\s+(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|half|days)\s+of\s+)|" + _IN_EARLY + ")"



# an ISO date in running text ("har i yttrande daterat 2026-09-15 anfört att", "in a letter dated 2026-09-15"): a day
# as written, as "15 September 2026" is; not a part of a longer code ("Dnr 551-4321-2025", "2026-09-15-A"), nor a raw
# text's leading "date 2026-09-15" (`_PREFIX`, the importer's)
_ISO_IN_PROSE = r"(?<![\w./-])(?<!date )(?:1\d|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w/-]|[.,]\d)"
_ISO_PARTS: Final = re.compile(r"(?<![\w./-])(?P<y>(?:1\d|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
                               r"(?![\w/-]|[.,]\d)")

# a numeric date in a sentence whose order its own parts settle, a day above 12 ("first announced on 15/08/2019",
# "on 08/15/2019"): the one reading either order gives (one of two parts at 12 or below stays unread here)
# (slashes only: a paragraph's full stops and hyphens are too common a trigger for one more pattern, and a dotted day
# is read day first anyway)
_NUMERIC_IN_SENTENCE = (r"(?<![\w./-])(?:(?P<xd>1[3-9]|2\d|3[01])/(?P<xm>0?[1-9]|1[0-2])"
                        r"|(?P<ym>0?[1-9]|1[0-2])/(?P<yd>1[3-9]|2\d|3[01]))/"
                        r"(?P<ny>(?:19|20)\d\d)(?![\w/-]|[.,]\d)")
_NUMERIC_PARTS: Final = re.compile(_NUMERIC_IN_SENTENCE)


def _starting(letters: Iterable[str], pattern: str) -> str:
    """``pattern``, tried only where one of ``letters`` (every character a match of it can begin with)
    stands: the same matches, but `re` looks at one character per position of a paragraph instead of
    entering the pattern's optional "on"/"in", its look-behinds and its alternatives there first
    (the "day" and "weekday-date" scans were a fifth of the time of finding a paragraph's dates)."""
    return f"(?=[{re.escape(''.join(sorted(set(letters))))}])(?:{pattern})"


# the characters a match can begin with: a written day's digit, a month's (English) initial, the
# initials of "on", "in", "last", "this", "past", the weekdays' and the prose prepositions' ("am", "vom")
_DIGITS = "0123456789"
_MONTH_INITIALS = {m[0] for m in _MONTHS}
_WEEKDAY_INITIALS = {d[0] for d in _WEEKDAYS} | {d[0] for d in _PROSE_WEEKDAYS}
_DATE_INITIALS = {*_DIGITS, *_MONTH_INITIALS, *(_DATE_PREPOSITION_INITIALS if _PROSE_MONTHS else "")}
# Ordered by priority: an earlier pattern's span wins over an overlapping later one.
_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("dateline", re.compile(rf"(?m)^[ \t]*{_DATELINE_BODY}")),
    ("range", re.compile(rf"{_WEEKEND}(?:{_BRACKETED_DATES})?")),
    (
        "weekday-date",
        re.compile(_starting(
            {"O", "o", *_WEEKDAY_INITIALS},
            rf"{_ON}(?:(?:{_WD}(?:,\s*|\s+)(?:the\s+)?|{_WD_ABBR},\s*){_DATE}"
            rf"|{_WD}\s*\(\s*{_DATE}\s*\))"
            rf"|{_WD_PROSE},?\s+(?:den\s+)?{_DM_PROSE}"
        )),
    ),
    ("day", re.compile(_starting({"O", "o", *_DATE_INITIALS}, rf"{_ON}{_DATE}"))),
    ("iso", re.compile(_starting({"O", "o", "1", "2"}, rf"{_ON}{_ISO_IN_PROSE}"))),
    ("numeric", re.compile(_starting({"O", "o", *_DIGITS}, rf"{_ON}{_NUMERIC_IN_SENTENCE}"))),
    ("month-year", re.compile(_starting({"I", "i", *_MONTH_INITIALS},
                                        rf"(?:(?<![A-Za-z])[Ii]n\s+{_IN_PART})?{_MONTH},?\s+{_YEAR}"))),
    ("month", re.compile(_starting("Ii", rf"(?<![A-Za-z])[Ii]n\s+{_IN_PART}{_MONTH}(?![\w-]|\.?,?\s*\d)"))),
    ("relative", re.compile(_RELATIVE)),
    ("weekday", re.compile(_starting({*"OoLlTtPpAa", *_WEEKDAY_INITIALS},
                                     rf"{_WEEKDAY_ALONE}|(?<![A-Za-z])[Aa]m\s+{_WD_PROSE_PART}"))),
    ("year", re.compile(_starting("Ii", rf"(?<![A-Za-z])[Ii]n\s+{_IN_EARLY}{_YEAR}(?!'?s\b|-\d)"))),
)
_BARE_YEAR: Final = re.compile(rf"{_IN_EARLY}{_YEAR}")
_DATELINE_FULL: Final = re.compile(rf"[ \t]*{_DATELINE_BODY}")

# Weekday names that are part of a name, not a date: "Good Friday", "Mail on Sunday".
_WEEKDAY_NAME_BEFORE: Final = re.compile(
    r"(?:Good|Black|Cyber|Super|Holy|Ash|Maundy|Palm|Easter|Bloody|Shrove|Mail|Man|Girl)"
    r"\s+(?:on\s+)?$"
)
_WEEKDAY_NAME_AFTER: Final = re.compile(
    r"^\s+(?:Times|Telegraph|Mirror|Express|Post|People|Herald|Sport|Mail|Star|Independent"
    r"|Observer|Review|School|Night\s+Live|Bloody)\b"
)

_PREFIX: Final = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|(?=[\r\n])|\Z)")


def find_date_phrases(text: str) -> list[DatePhrase]:
    """Return the explicit date phrases in ``text``, sorted by start offset.

    A regular grammar rather than ``search_dates``: it is ~100x faster on a
    paragraph and never mistakes words ("We", "now", "5 months", "May I", "the
    march", "since 2014") for dates.  Spans include a leading "on"/"in" so the
    phrase reads as written ("On October 28"); ``text[p.start:p.end] == p.text``.
    """
    return list(_date_phrases(text))


@lru_cache(maxsize=64)
def _date_phrases(text: str) -> tuple[DatePhrase, ...]:
    """`find_date_phrases`, kept for the last paragraphs asked: an article's lead is read for its
    weekday (`occasion_weekday_named`) and for its quotes' dates, paragraph by paragraph."""
    taken: list[tuple[int, int]] = []
    found: list[DatePhrase] = []
    lower = text.lower()
    if _NAMED_OR_YEAR.search(text) is None:
        # most paragraphs: no month, weekday or year, so only the words of the lower-cased text can trigger
        if " de " not in text and _WORD_OF_DATE.search(lower) is None and _BRACKET_DAY.search(text) is None:
            return ()  # nor these: no pattern group runs (`_triggers`), nothing is joined (`_may_join`)
        triggered = _triggers(text, lower, named=False)
    else:
        triggered = _triggers(text, lower)
    for group, pattern in _PATTERNS:
        if group not in triggered:
            continue
        for m in pattern.finditer(text):
            start, end = m.span("body") if group == "dateline" else m.span()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start or any(s < end and start < e for s, e in taken):
                continue
            phrase = text[start:end]
            kind = _kind_of(group, phrase)
            if kind is None or not _plausible(kind, text, start, end, phrase):
                continue
            taken.append((start, end))
            found.append(DatePhrase(phrase, start, end, kind))
    if _may_join(text, lower):
        found += _joined_phrases(text, taken)
    found.sort(key=lambda p: (p.start, p.end))
    return tuple(found)


# Spanish running text (lang/date_lines.toml `prose_joiner`): "el lunes 3 de marzo de 2025", "el 3 de febrero",
# "el pasado viernes", "el viernes pasado"; each read as its English form is. So is every language's word for
# yesterday or the day before (date_lines.toml `yesterday`, `day_before_yesterday`: "ayer", "anoche", "anteayer",
# "gestern", "wczoraj"), the one rule that reads them: beside a verb that reports words ("zapowiedziała wczoraj",
# "sagte gestern", "declaró anteayer") they date the words as "said yesterday" does. (Japanese writes its own
# with a particle, 昨日の会見で: `_KANJI_DAY` reads it.)
_JOINED: Final = date_line_words()
# (a word for today, "oggi" → 0, names no day before: `_weekday_abroad` reads it beside a verb)
_DAYS_BACK: Final = tuple(sorted(w for w, n in _JOINED.days_back.items() if n > 0 and w[:1] < "\u3040"))


# the months of the languages that join no word (Italian "venerdì 4 dicembre 2026", date_lines.toml `prose_joiner = ""`):
# a text holding one is read for such phrases though it has no " de " (one of three letters, "mai", "mei", "maj", only
# before a year, `_period_year`: as a word's part it stood in a tenth of English paragraphs, "main", "email", "major")
_JOINED_BARE: Final = tuple(sorted(m for m in _JOINED.bare_months if len(m) > 3))
_SHORT_BARE: Final = tuple(sorted(m for m in _JOINED.bare_months if len(m) <= 3))


def _any_word(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose search answers ``any(w in text for w in words)``: of the words, those no other one
    is part of ("ieri", not "ieri sera" too), each looked for at its rarest letter (`quotes.any_of`). Why: the test
    of 42 words by `in` was a third of finding the dates of a paragraph that has none, as most have; their trie
    (`quotes.alternation`), tried at most letters of a paragraph, still ~9 µs a paragraph of the corpus."""
    every = set(words)
    return re.compile(any_of(w for w in every if w and not any(o != w and o in w for o in every)))


# the words (in the lower-cased text) of which a joined phrase needs one, unless the text has " de " or a year after a
# word of a period ("en 2023": `_period_year`). (A month or a period after such a word, "en septiembre", "esta
# semana", is read in a text with " de ", as nearly every sentence of those languages has: their words, opening
# with the commonest letters, made this gate's search three times slower on English text.)
_JOINED_WORD: Final = _any_word([*_DAYS_BACK, *_JOINED.last, *_JOINED_BARE, *_JOINED.suffixed_weekdays])
_BEFORE_YEAR: Final = re.compile(r"(?:^|\W)(?i:" + "|".join(map(re.escape, (*_JOINED.period_in, *_SHORT_BARE)))
                                 + r")\s+\Z") if _JOINED.period_in or _SHORT_BARE else re.compile(r"(?!)")


def _period_year(text: str) -> bool:
    """Does a year in ``text`` follow a word of a period ("en 2023", "em 2023") or a short month ("le 2 mai 2023")?
    (Found from its years, which few paragraphs hold, not by a search for the word, one of the commonest letters'
    pairs.)"""
    return any(_BEFORE_YEAR.search(text, max(0, m.start() - 6), m.start()) for m in _HAS_YEAR.finditer(text))


def _may_join(text: str, lower: str | None = None) -> bool:
    """Can ``text`` (``lower``, lower-cased, when the caller has it) hold a joined phrase (`_joined_phrases`)?"""
    return bool(_JOINED.joiners) and (" de " in text or _JOINED_WORD.search(text.lower() if lower is None else lower)
                                      is not None or _period_year(text) or _BRACKET_DAY.search(text) is not None)


# the bracket of "Selasa (1/12)": found by its opening bracket, which `re` skips to
_BRACKET_DAY: Final = re.compile(r"\(\d{1,2}/\d{1,2}[/)]")


def _joined_alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _capitalised_too(words: Iterable[str]) -> list[str]:
    """A sentence's first word is capitalised ("Ayer, X dijo", "El 3 de febrero"): both forms."""
    return sorted({form for w in words for form in (w, w[:1].upper() + w[1:])})


_JOINED_RE: Final = re.compile(
    # a weekday with its day and month (and year) in brackets, day first ("Selasa (1/12)", "pada Jumat (4/12/2026)"):
    # the Indonesian press's form, read in every joined language's weekdays
    rf"(?<!\w)(?:(?:{_joined_alt(_capitalised_too(_JOINED.day_articles))})\s+)?"
    rf"(?P<wd4>{_joined_alt(_capitalised_too(_JOINED.joined_weekdays))})\s*\((?P<bd>\d{{1,2}})/(?P<bm>\d{{1,2}})"
    rf"(?:/(?P<by>\d{{4}}))?\)"
    rf"|(?<!\w)(?:(?:{_joined_alt(_capitalised_too(_JOINED.day_articles))})\s+)?"
    # (a Nordic day keeps its full stop: "Den 14. mars 2019 sa hun")
    rf"(?:(?P<wd>{_joined_alt(_capitalised_too(_JOINED.joined_weekdays))})\s+)?(?P<d>{_DAYNUM})(?:°|er|\.)?\s+"
    rf"(?:(?P<j>{_joined_alt(_JOINED.joiners)})\s+)?(?P<m>{_joined_alt(_capitalised_too(_JOINED.joined_months))})"
    rf"(?:\s+(?:(?:{_joined_alt(_JOINED.joiners)})l?\s+)?(?P<y>{_YEAR}))?(?!\w)"
    # ("Ayer Street" is a name: a capital after the word)
    # lower case, the adverb whatever follows ("dijo ayer Ruiz"); capitalised, not before a name ("Ayer Street")
    # unless the name is a part of the day ("Gestern Abend sagte sie")
    rf"|(?<!\w)(?P<rel>{_joined_alt(_DAYS_BACK)})(?!\w)"
    rf"|(?<!\w)(?P<relc>{_joined_alt(w[:1].upper() + w[1:] for w in _DAYS_BACK)})"
    rf"(?!\w|[ \t]+(?!(?i:{_DAY_PARTS_PROSE or '(?!)'})(?!\w))[{_UP}])"
    rf"|(?<!\w)(?:{_joined_alt(_capitalised_too(_JOINED.day_articles))})\s+"
    rf"(?:(?P<last1>{_joined_alt(_JOINED.last)})\s+)?(?P<wd2>{_joined_alt(_JOINED.joined_weekdays)})"
    rf"(?:\s+(?P<last2>{_joined_alt(_JOINED.last)}))?(?!\w)"
    # a month and its year, a month alone, a year, after the word of a period or not ("en marzo de 2024", "Marzo de
    # 2024:", "en septiembre", "en 2023"), and a period's phrase ("la semana pasada"): `period_in`, `periods`
    rf"|(?<!\w)(?:(?:{_joined_alt(_capitalised_too(_JOINED.period_in))})\s+)?"
    rf"(?P<mm>{_joined_alt(_capitalised_too(_JOINED.joined_months))})\s+(?:{_joined_alt(_JOINED.joiners)})l?\s+"
    rf"(?P<my>{_YEAR})(?!\w)"
    # (a month and its year with no word between, in the languages that write it so: "en juin 2021", "Juin 2021 :")
    rf"|(?<!\w)(?:(?:{_joined_alt(_capitalised_too(_JOINED.period_in))})\s+)?"
    rf"(?P<mp>{_joined_alt(_capitalised_too(_JOINED.year_months)) or '(?!)'})\s+(?P<yp>{_YEAR})(?!\w)"
    rf"|(?<!\w)(?:{_joined_alt(_capitalised_too(_JOINED.period_in))})\s+(?:(?P<mo>{_joined_alt(_JOINED.joined_months)})"
    rf"(?!\w|\s+(?:{_joined_alt(_JOINED.joiners)})l?\s+\d)|(?P<yo>{_YEAR})(?![\w%-]))"
    rf"|(?<!\w)(?P<per>{_joined_alt(_capitalised_too(_JOINED.periods))})(?!\w)"
    # "i tisdags": the weekday before, in one phrase (date_lines.toml `last_suffix`)
    rf"|(?<!\w)(?P<wd3>{_joined_alt(_capitalised_too(_JOINED.suffixed_weekdays)) or '(?!)'})(?!\w)"
) if _JOINED.joiners else re.compile(r"(?!)")


def _joined_in_english(text: str) -> tuple[str, str] | None:
    """(group, English form) of a Spanish date phrase ("el lunes 3 de marzo de 2025" → "Monday 3 March
    2025", "anoche" → "yesterday", "el pasado viernes" → "last Friday"), else None."""
    m = _JOINED_RE.fullmatch(text)
    if m is None:
        return None
    if m["wd4"]:
        if not (1 <= int(m["bm"]) <= 12 and 1 <= int(m["bd"]) <= 31):
            return None
        return "weekday-date", (f"{calendar.day_name[_JOINED.joined_weekdays[m['wd4'].lower()]]} {int(m['bd'])} "
                                f"{calendar.month_name[int(m['bm'])]}" + (f" {m['by']}" if m["by"] else ""))
    if m["rel"] or m["relc"]:
        before = _JOINED.days_back[m.group(0).lower()] == 2
        return "relative", "the day before yesterday" if before else "yesterday"
    if m["wd2"]:
        name = calendar.day_name[_JOINED.joined_weekdays[m["wd2"]]]
        return "weekday", ("last " if m["last1"] or m["last2"] else "") + name
    if m["mm"]:
        return "month-year", f"{calendar.month_name[_JOINED.joined_months[m['mm'].lower()]]} {m['my']}"
    if m["mp"]:
        return "month-year", f"{calendar.month_name[_JOINED.year_months[m['mp'].lower()]]} {m['yp']}"
    if m["mo"]:
        return "month", f"in {calendar.month_name[_JOINED.joined_months[m['mo']]]}"
    if m["yo"]:
        return "year", f"in {m['yo']}"
    if m["per"]:
        return "relative", _JOINED.periods[m["per"].lower()]
    if m["wd3"]:
        return "weekday", "last " + calendar.day_name[_JOINED.suffixed_weekdays[m["wd3"].lower()]]
    month = calendar.month_name[_JOINED.joined_months[m["m"].lower()]]
    day = f"{m['d']} {month}" + (f" {m['y']}" if m["y"] else "")
    if m["wd"]:
        return "weekday-date", f"{calendar.day_name[_JOINED.joined_weekdays[m['wd'].lower()]]} {day}"
    return "day", day


# a relative pronoun right before the word for yesterday (date_lines.toml `relatives`: "che ieri aveva chiesto")
_RELATIVE_BEFORE: Final = re.compile(r"(?<![\w’'])(?:" + "|".join(map(re.escape, _JOINED.relatives)) + r")\s+$") \
    if _JOINED.relatives else re.compile(r"(?!)")


def _joined_phrases(text: str, taken: list[tuple[int, int]]) -> list[DatePhrase]:
    """The Spanish date phrases of ``text`` not inside a span found already."""
    found = []
    for m in _JOINED_RE.finditer(text):
        start, end = m.span()
        english = _joined_in_english(m.group(0))
        if english is None or any(s < end and start < e for s, e in taken):
            continue
        if m["rel"] and _RELATIVE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "rispondendo al sindaco che ieri aveva chiesto …": the relative clause's own act
        if m["d"] and not m["j"] and not (m["wd"] and m["y"]) and not (m["y"] and m["m"].lower() in _JOINED.bare_months):
            continue  # a day and a month with no joining word: only its year makes it a date ("venerdì 4
            # dicembre 2026", "4 dicembre 2026"); Spanish writes no "3 marzo" (Italian's "il 3 marzo" is left unread)
        kind = _kind_of(english[0], english[1])
        if kind is None or not _plausible(kind, english[1], 0, len(english[1]), english[1]):
            continue
        found.append(DatePhrase(m.group(0), start, end, kind))
    return found


# (and the first three letters of the months and weekdays read in running text: "Mär", "Okt", "Don")
_MONTH_HEADS: Final = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                       *sorted({m[:3] for m in _PROSE_MONTHS})]
_WEEKDAY_HEADS: Final = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", *sorted({d[:3] for d in _PROSE_WEEKDAYS})]
_HAS_MONTH: Final = re.compile("|".join(map(re.escape, _MONTH_HEADS)))
_HAS_WEEKDAY: Final = re.compile("|".join(map(re.escape, _WEEKDAY_HEADS)))
_HAS_YEAR: Final = re.compile(r"(?:1\d|20)\d\d")
_RELATIVE_WORDS: Final = ("yesterday", "last", "earlier", "this", "ago")  # substring tests beat one regex scan
# What `_HAS_MONTH`, `_HAS_WEEKDAY`, `_HAS_YEAR` and `FOLDS_TO_ASCII` find, in one scan: a paragraph without
# any (most) is triggered by the words of its lower-cased text alone. (Every branch opens with a character,
# not a group, so that `re` skips to the characters they can begin with: "(?:1\d|20)\d\d" as the first of
# its branch made the scan five times slower.)
_FOLDING: Final = [c for c in FOLDS_TO_ASCII.pattern if FOLDS_TO_ASCII.fullmatch(c)]  # (its class's characters)
_NAMED_OR_YEAR: Final = re.compile(alternation([*_MONTH_HEADS, *_WEEKDAY_HEADS, *_FOLDING])
                                   .removeprefix("(?:").removesuffix(")") + r"|1\d\d\d|20\d\d")  # (a trie of many)
# … and what the rest needs one of, in the lower-cased text of a paragraph with none of those: "weekend" and the
# relative words (`_relative_words`: "week", "month", "year", "night" with its "last"/"this"), the joined words
# (`_JOINED_WORD`); with " de " in the text, the answers of `_triggers` and `_may_join` for every paragraph
_WORD_OF_DATE: Final = _any_word([*_DAYS_BACK, *_JOINED.last, *_JOINED_BARE, *_JOINED.suffixed_weekdays,
                                  "yesterday", "ago", "week", "month", "year", "night"])


def _relative_words(lower: str) -> bool:
    """Words the relative phrases need (`_RELATIVE`): "yesterday", "… ago", or "last"/"this" with
    "night"/"week"/"month"/"year". Why: "this" and "last" alone are in one paragraph of six, and
    the pattern's scan was the costliest of a paragraph's date patterns."""
    return "yesterday" in lower or "ago" in lower or (("last" in lower or "this" in lower) and (
        "week" in lower or "month" in lower or "year" in lower or "night" in lower))


def _triggers(text: str, lower: str, named: bool = True) -> set[str]:
    """The pattern groups worth running: each needs a word that plain prose mostly lacks.

    A cheap pre-scan, so a paragraph without a month, weekday or relative word
    costs a few substring searches rather than eight full regular-expression scans.
    ``named=False``: the caller found no month, weekday, year or `FOLDS_TO_ASCII` character (`_NAMED_OR_YEAR`).
    """
    groups = set()
    month = named and _HAS_MONTH.search(text) is not None
    weekday = named and _HAS_WEEKDAY.search(text) is not None
    year = named and _HAS_YEAR.search(text) is not None
    if "weekend" in lower:
        groups.add("range")
    if month:  # every date of a dateline names its month
        groups.add("dateline")
        groups.add("day")
        if weekday:
            groups.add("weekday-date")
        if year:
            groups.add("month-year")
        if "in " in text or "In " in text:
            groups.add("month")
    if weekday:
        groups.add("weekday")
    if year:
        groups.add("year")
        if "-" in text:
            groups.add("iso")
        if "/" in text:
            groups.add("numeric")
    if (_relative_words(lower) if not named or not folds_to_ascii(text)
            else any(word in lower for word in _RELATIVE_WORDS)):
        groups.add("relative")
    return groups


def _kind_of(group: str, phrase: str) -> PhraseKind | None:
    """Refine the matching pattern's group into a phrase kind."""
    if group == "day":
        parts = _date_parts(phrase)
        if not parts:
            return None
        return "explicit" if parts[0][2] is not None else "month-day"
    if group == "weekday-date":
        parts = _date_parts(phrase)
        if not parts:
            return None
        return "explicit" if parts[0][2] is not None else "weekday-date"
    if group in ("iso", "numeric"):
        return "explicit"
    return group if group in PHRASE_KINDS else None


def _plausible(kind: str, text: str, start: int, end: int, phrase: str) -> bool:
    """Reject spans the grammar matches but that are not dates here."""
    if kind in ("explicit", "month-day", "weekday-date", "dateline"):
        # "February 30" is never a date; "February 29" is, in leap years.
        return all(_day_exists(m, d, y) for m, d, y in _date_parts(phrase))
    if kind == "weekday":
        if _WEEKDAY_NAME_BEFORE.search(text[max(0, start - 20) : start]):
            return False
        if _WEEKDAY_NAME_AFTER.match(text[end : end + 25]):
            return False
    return True


def _day_exists(month: int, day: int, year: int | None) -> bool:
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1024)
def _date_parts(text: str) -> tuple[tuple[int, int, int | None], ...]:
    """(month, day, year-or-None) for every written day in ``text``. (Cached: a phrase is read for its
    kind, its plausibility and its date, and the same phrases, "on March 3", recur paragraph after
    paragraph.)"""
    found: list[tuple[int, tuple[int, int, int | None]]] = []
    for m in _DATE_PARTS.finditer(text):
        month = m.group("m1") or m.group("m2")
        day = m.group("d1") or m.group("d2")
        year = m.group("y1") or m.group("y2")
        found.append((m.start(), (_MONTHS[month.rstrip(".")], int(day), int(year) if year else None)))
    if "-" in text:  # "2026-09-15" in a sentence (`_ISO_IN_PROSE`)
        found += [(m.start(), (int(m["m"]), int(m["d"]), int(m["y"]))) for m in _ISO_PARTS.finditer(text)]
    if "/" in text:  # "15/08/2019" (`_NUMERIC_IN_SENTENCE`)
        found += [(m.start(), (int(m["xm"] or m["ym"]), int(m["xd"] or m["yd"]), int(m["ny"])))
                  for m in _NUMERIC_PARTS.finditer(text)]
    if _PROSE_MONTHS:
        taken = {start for start, _ in found}
        for m in _DATE_PARTS_PROSE.finditer(text):  # "12. September 2023": the English one read "September 2023"
            found = [f for f in found if not m.start() <= f[0] < m.end()] if m.start() not in taken else found
            found.append((m.start(), (_PROSE_MONTHS[m["m"]], int(m["d"]), int(m["y"]) if m["y"] else None)))
    return tuple(parts for _, parts in sorted(found, key=lambda f: f[0]))


# --------------------------------------------------------------------------
# Resolution


@dataclass(frozen=True)
class _Anchor:
    """The day relative phrases count from, and how to name it in a basis."""

    day: date
    name: str  # "publication" or "today"
    coarse: bool = False  # base known only to the month/year: cap confidence
    cap: Confidence = "high"  # the base's own confidence: a date counted from it is never surer


def resolve_phrase(phrase: str, base: date | None, *, today: date | None = None) -> DateInfo | None:
    """Resolve one date phrase (as found by :func:`find_date_phrases`) against ``base``.

    ``base`` is the publication date; ``today`` is only used to find the year of a
    weekday + month-day phrase when there is no base.  Returns None for text that is
    not a date phrase; raises :class:`DateUnknown` for a date phrase whose date is
    not knowable (no base).  The rules are the table in this module's docstring.
    """
    anchor = _Anchor(base, "publication") if base is not None else None
    return _resolve_cached(phrase, anchor, today, None)


def _resolve_cached(
    phrase: str, anchor: _Anchor | None, today: date | None, label: str | None
) -> DateInfo | None:
    """Resolve with errors from date arithmetic at the calendar's edges turned into None."""
    try:
        return _resolve(phrase, anchor, today, label)
    except DateUnknown:
        raise
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=8192)
def _resolve(
    phrase: str, anchor: _Anchor | None, today: date | None, label: str | None
) -> DateInfo | None:
    text = _clean(phrase)
    shown = _one_line(label if label is not None else text)
    if not text:
        return None
    english = _joined_in_english(text) if _JOINED.joiners else None
    if english is not None:  # "el lunes 3 de marzo" is read as "Monday 3 March", shown as written
        text = english[1]
    for group, pattern in _PATTERNS:
        body = _DATELINE_FULL if group == "dateline" else pattern
        m = body.fullmatch(text) or body.fullmatch(text.rstrip(".,;:"))
        if m is None:
            continue
        kind = _kind_of(group, m.group(0).strip())
        if kind is None or not _plausible(kind, text, 0, len(text), m.group(0)):
            return None
        return _RESOLVERS[kind](m.group(0).strip(), anchor, today, shown)
    if _BARE_YEAR.fullmatch(text):
        return _resolve_year(text, anchor, today, shown)
    return _fallback(text, anchor, shown)


def _clean(phrase: str) -> str:
    return " ".join(phrase.split()).strip()


def _one_line(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _info(
    shown: str,
    start: date | PartialDate,
    confidence: Confidence,
    why: str,
    end: date | None = None,
    anchor: _Anchor | None = None,
) -> DateInfo:
    """Build a DateInfo whose basis reads ‘phrase’ → result, why."""
    first = start if isinstance(start, PartialDate) else PartialDate.from_date(start)
    last = PartialDate.from_date(end) if end is not None and end != start else None
    result = first.iso() if last is None else f"{first.iso()}..{last.iso()}"
    if anchor is not None and anchor.coarse and confidence != "low":
        confidence = "low"
        why += f" (publication known only to {_coarse_label(anchor)})"
    if anchor is not None and _SURENESS[confidence] > _SURENESS[anchor.cap]:
        confidence = anchor.cap
        why += f" (counted from a {anchor.name} date of {anchor.cap} confidence)"
    return DateInfo(first, confidence, f"‘{shown}’ → {result}, {why}", last)


_SURENESS: Final[dict[Confidence, int]] = {"low": 0, "medium": 1, "high": 2}


def _coarse_label(anchor: _Anchor) -> str:
    return f"{anchor.day.year:04d}" if anchor.day.month == 12 and anchor.day.day == 31 else (
        f"{anchor.day.year:04d}-{anchor.day.month:02d}"
    )


def _day_label(month: int, day: int) -> str:
    return f"{day} {calendar.month_name[month]}"


def _need(anchor: _Anchor | None, phrase: str, what: str) -> _Anchor:
    if anchor is None:
        raise DateUnknown(phrase, f"{what} needs a publication date")
    return anchor


def _resolve_explicit(text: str, anchor: _Anchor | None, today: date | None, shown: str) -> DateInfo | None:
    parts = _date_parts(text)
    if not parts or parts[0][2] is None:
        return None
    month, day, year = parts[0]
    assert year is not None
    value = date(year, month, day)
    wd = _weekday_in(text)
    if wd is not None and wd != value.weekday():
        return _info(
            shown, value, "medium",
            f"as written, though {_day_label(month, day)} {year} was a "
            f"{calendar.day_name[value.weekday()]}, not a {calendar.day_name[wd]}",
        )
    return _info(shown, value, "high", "as written")


def _weekday_in(text: str) -> int | None:
    m = _WEEKDAY_RE.search(text)
    if m is None and _PROSE_WEEKDAYS:
        prose = _WEEKDAY_PROSE_PART_RE.search(text)  # "Freitagabend": Friday
        return next((n for d, n in _PROSE_WEEKDAYS.items() if prose.group(0).startswith(d)), None) if prose else None
    return _WEEKDAYS[m.group(0).rstrip(".")] if m else None


def _resolve_weekday_date(
    text: str, anchor: _Anchor | None, today: date | None, shown: str
) -> DateInfo | None:
    parts = _date_parts(text)
    wd = _weekday_in(text)
    if not parts or wd is None:
        return None
    month, day, _ = parts[0]
    if anchor is not None:
        start, from_name = anchor.day, anchor.name
    elif today is not None:
        start, from_name = today, "today"
    else:
        raise DateUnknown(text, "no publication date or today to count back from")
    limit = start + timedelta(days=1)
    for year in range(start.year, start.year - 8, -1):
        if not _day_exists(month, day, year):
            continue
        candidate = date(year, month, day)
        if candidate <= limit and candidate.weekday() == wd:
            why = (
                f"year from weekday: {_day_label(month, day)} was a {calendar.day_name[wd]} "
                f"in {year} (searched back from {from_name}, {start.isoformat()})"
            )
            # From a publication date, a match in the year before it is the normal case;
            # one further back more likely means a wrong weekday or month in the text.
            recent = anchor is not None and (start - candidate).days <= 366
            if anchor is not None and not recent:
                why += f", more than a year before {from_name}"
            return _info(shown, candidate, "high" if recent else "medium", why, anchor=anchor)
    if anchor is None:
        raise DateUnknown(
            text,
            f"{_day_label(month, day)} was not a {calendar.day_name[wd]} in the 7 years "
            f"before today ({start.isoformat()})",
        )
    value, _ = _latest_month_day(month, day, anchor.day)
    why = (
        f"no year in {start.year - 7}–{start.year} has {_day_label(month, day)} on a "
        f"{calendar.day_name[wd]}; took the latest {_day_label(month, day)} not after "
        f"{anchor.name} ({anchor.day.isoformat()})"
    )
    return _info(shown, value, "low", why, anchor=anchor)


def _latest_month_day(month: int, day: int, base: date) -> tuple[date, int]:
    """The latest (month, day) not after base + 1 day, and how many days before base."""
    limit = base + timedelta(days=1)
    for year in range(limit.year, limit.year - 9, -1):
        if _day_exists(month, day, year) and date(year, month, day) <= limit:
            value = date(year, month, day)
            return value, (base - value).days
    raise ValueError(f"no {month}-{day} near {base}")


def _resolve_month_day(
    text: str, anchor: _Anchor | None, today: date | None, shown: str
) -> DateInfo | None:
    parts = _date_parts(text)
    if not parts:
        return None
    month, day, _ = parts[0]
    base = _need(anchor, text, "a date without a year")
    value, before = _latest_month_day(month, day, base.day)
    why = f"the latest {_day_label(month, day)} not after {base.name} ({base.day.isoformat()})"
    return _info(shown, value, "high" if before <= 60 else "medium", why, anchor=base)


def _resolve_weekday(text: str, anchor: _Anchor | None, today: date | None, shown: str) -> DateInfo | None:
    wd = _weekday_in(text)
    if wd is None:
        return None
    base = _need(anchor, text, "a weekday")
    b = base.day
    name = calendar.day_name[wd]
    first = text.split()[0].lower()
    back = (b.weekday() - wd) % 7
    if first == "this":
        value = b - timedelta(days=b.weekday()) + timedelta(days=wd)
        why = f"the {name} of the {base.name} week ({b.isoformat()})"
        return _info(shown, value, "low", why, anchor=base)
    if first in ("last", "past"):
        back = back or 7
        why = f"the {name} before {base.name} ({b.isoformat()})"
    elif back == 0:
        why = f"{base.name} day itself, a {name} ({b.isoformat()})"
    else:
        why = f"the {name} before {base.name} ({b.isoformat()})"
    return _info(shown, b - timedelta(days=back), "medium", why, anchor=base)


def _weekend_saturday(b: date, which: str) -> tuple[date, str]:
    """Saturday of the weekend a weekend phrase points at, with the rule's words."""
    wd = b.weekday()
    current = b - timedelta(days=wd - 5) if wd >= 5 else None
    previous = b - timedelta(days=wd + 2)
    if which == "this":
        if current is not None:
            return current, "the weekend of"
        return b + timedelta(days=5 - wd), "the weekend after"
    if which in ("last", "past") and current is not None:
        return current - timedelta(days=7), "the weekend before the weekend of"
    return current or previous, "the weekend on or before"


def _resolve_range(text: str, anchor: _Anchor | None, today: date | None, shown: str) -> DateInfo | None:
    base = _need(anchor, text, "a weekend")
    which = text.split()[0].lower()
    saturday, rule = _weekend_saturday(base.day, which)
    rule = f"{rule} {base.name} ({base.day.isoformat()})"
    parts = _date_parts(text)
    if parts:
        days = sorted(_nearest(m, d, y, saturday) for m, d, y in parts)
        why = f"the dates in brackets, years taken from {rule}"
        return _info(shown, days[0], "medium", why, end=days[-1], anchor=base)
    return _info(shown, saturday, "medium", rule, end=saturday + timedelta(days=1), anchor=base)


def _nearest(month: int, day: int, year: int | None, near: date) -> date:
    if year is not None:
        return date(year, month, day)
    options = [date(y, month, day) for y in (near.year - 1, near.year, near.year + 1)
               if _day_exists(month, day, y)]
    return min(options, key=lambda d: abs((d - near).days))


def _resolve_relative(text: str, anchor: _Anchor | None, today: date | None, shown: str) -> DateInfo | None:
    words = text.lower().split()
    base = _need(anchor, text, "a relative date")
    b = base.day
    of = f"{base.name} ({b.isoformat()})"
    monday = b - timedelta(days=b.weekday())
    if words[-1] == "ago":
        count = _NUMBER_WORDS[words[0]] if words[0] in _NUMBER_WORDS else int(words[0])
        if words[1].startswith("week"):
            return _info(shown, b - timedelta(days=7 * count), "low", f"a week before {of}", anchor=base)
        return _info(shown, b - timedelta(days=count), "medium", f"{count} day(s) before {of}", anchor=base)
    if words in (["yesterday"], ["last", "night"]):
        return _info(shown, b - timedelta(days=1), "medium", f"the day before {of}", anchor=base)
    if words[:3] == ["the", "day", "before"]:
        return _info(shown, b - timedelta(days=2), "medium", f"two days before {of}", anchor=base)
    unit = words[-1]
    if unit == "week":
        if words[0] == "last":
            start = monday - timedelta(days=7)
            return _info(shown, start, "low", f"Monday to Sunday of the week before {of}",
                         end=start + timedelta(days=6), anchor=base)
        if words[0] == "earlier":
            end = max(monday, b - timedelta(days=1))
            return _info(shown, monday, "low", f"from Monday of the week of {of} to the day before",
                         end=end, anchor=base)
        return _info(shown, monday, "low", f"Monday to Sunday of the week of {of}",
                     end=monday + timedelta(days=6), anchor=base)
    if unit == "month":
        if words[0] == "last":
            first = b.replace(day=1) - timedelta(days=1)
            return _info(shown, PartialDate(first.year, first.month), "medium",
                         f"the month before {of}", anchor=base)
        return _info(shown, PartialDate(b.year, b.month), "medium", f"the month of {of}", anchor=base)
    if unit == "year":
        if words[0] == "last":
            return _info(shown, PartialDate(b.year - 1), "medium", f"the year before {of}", anchor=base)
        return _info(shown, PartialDate(b.year), "medium", f"the year of {of}", anchor=base)
    return None


def _resolve_month_year(text: str, anchor: _Anchor | None, today: date | None, shown: str) -> DateInfo | None:
    m = _MONTH_RE.search(text)
    y = _YEAR_RE.search(text)
    if m is None or y is None:
        return None
    value = PartialDate(int(y.group(0)), _MONTHS[m.group(0).rstrip(".")])
    return _info(shown, value, "high", "as written (month only)")


def _resolve_month(text: str, anchor: _Anchor | None, today: date | None, shown: str) -> DateInfo | None:
    m = _MONTH_RE.search(text)
    if m is None:
        return None
    month = _MONTHS[m.group(0).rstrip(".")]
    base = _need(anchor, text, "a month without a year")
    b = base.day
    year = b.year if month <= b.month else b.year - 1
    why = f"the latest {calendar.month_name[month]} not after {base.name} ({b.isoformat()})"
    return _info(shown, PartialDate(year, month), "medium", why, anchor=base)


def _resolve_year(text: str, anchor: _Anchor | None, today: date | None, shown: str) -> DateInfo | None:
    y = _YEAR_RE.search(text)
    if y is None:
        return None
    return _info(shown, PartialDate(int(y.group(0))), "high", "as written (year only)")


def _resolve_dateline(text: str, anchor: _Anchor | None, today: date | None, shown: str) -> DateInfo | None:
    m = _DATE_PARTS.search(text) or _DATE_PARTS_PROSE.search(text)  # "HALVERN, 12. März 2024 (dpa) -"
    if m is None:
        return None
    # The date (with its weekday, if any) is what the dateline says; reuse its rule.
    inner_start = m.start()
    wd = _WEEKDAY_RE.search(text)
    if wd is not None and wd.start() < inner_start:
        inner_start = wd.start()
    inner = text[inner_start : m.end()]
    kind = _kind_of("weekday-date" if wd is not None else "day", inner)
    if kind is None:
        return None
    return _RESOLVERS[kind](inner, anchor, today, shown)


_Resolver = Callable[[str, _Anchor | None, date | None, str], DateInfo | None]
_RESOLVERS: Final[dict[str, _Resolver]] = {
    "explicit": _resolve_explicit,
    "weekday-date": _resolve_weekday_date,
    "month-day": _resolve_month_day,
    "weekday": _resolve_weekday,
    "range": _resolve_range,
    "relative": _resolve_relative,
    "month-year": _resolve_month_year,
    "month": _resolve_month,
    "year": _resolve_year,
    "dateline": _resolve_dateline,
}

# Odd but explicit forms the grammar does not cover ("7/7/2022", "July the 7th, 2022").
# Only text carrying a written year is handed over: without one dateparser
# invents a year (and a day) from RELATIVE_BASE.
_FALLBACK_OK: Final = re.compile(
    rf"\d{{1,4}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{_MONTH}.{{0,20}}{_YEAR}|{_YEAR}.{{0,20}}{_MONTH}"
)


def _fallback(text: str, anchor: _Anchor | None, shown: str) -> DateInfo | None:
    if len(text) > 40 or not _FALLBACK_OK.search(text):
        return None
    base = anchor.day if anchor is not None else date(2000, 1, 1)
    parsed = _dateparser_parse(text, base)
    if parsed is None:
        return None
    value, period = parsed
    if period == "year":
        result = PartialDate(value.year)
    elif period == "month":
        result = PartialDate(value.year, value.month)
    else:
        result = PartialDate.from_date(value)
    return _info(shown, result, "medium", f"read by dateparser (period: {period})")


@lru_cache(maxsize=64)
def _date_data_parser(base: date) -> Any:
    """One configured DateDataParser per base date; dateparser is imported only here."""
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def _dateparser_parse(text: str, base: date) -> tuple[date, str] | None:
    """dateparser's reading of ``text`` as (day, period), or None; never raises."""
    try:
        data = _date_data_parser(base).get_date_data(text)
    except Exception:
        return None
    value = getattr(data, "date_obj", None)
    period = getattr(data, "period", None) or "day"
    if not isinstance(value, datetime):
        return None
    return value.date(), str(period)


# --------------------------------------------------------------------------
# Front matter and raw text


def coerce_date(value: object, order: NumericOrder | None = None) -> PartialDate:
    """Turn a front-matter ``date`` value into a PartialDate, or raise a readable ValueError.

    YAML already gives ``datetime.date``/``datetime``; ``2022`` is an int; ISO
    strings take a fast path that never imports dateparser (it costs ~0.4 s to
    import and milliseconds a call).  Other text must carry a year: front matter
    has no base date to count from.  ``order``: the project's order of numeric dates
    (`config.NumericOrder`), which reads "03/12/2026" instead of refusing it.
    """
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, date):
        return PartialDate.from_date(value)
    if isinstance(value, int):
        try:
            return PartialDate(value)
        except ValueError as exc:
            raise ValueError(f"not a date: {value!r} ({exc})") from None
    if not isinstance(value, str):
        raise ValueError(
            f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        )
    text = value.strip()
    try:
        iso = PartialDate.parse_iso(text)
    except ValueError as exc:
        raise ValueError(f"not a calendar date: {text!r} ({exc})") from None
    if iso is not None:
        return iso
    try:
        return PartialDate.from_date(datetime.fromisoformat(text).date())
    except ValueError:
        pass
    dotted = _DOTTED_NUMERIC.fullmatch(text)
    if dotted is not None:
        try:
            return PartialDate(int(dotted["y"]), int(dotted["m"]), int(dotted["d"]))
        except ValueError as exc:
            raise ValueError(f"not a calendar date: {text!r} ({exc}; read day first: DD.MM.YYYY)") from None
    if order is not None and _NUMERIC_DATE.fullmatch(text):
        return _in_order(text, order)
    named = _WEEKDAY_NUMERIC.fullmatch(text)
    if named is not None and _weekday_named(named["wd"]) is not None:
        return _on_its_weekday(text, named, order)
    # a month named in another language of the date lines ("10 avril 2024", "le 7 juillet 2022"): the
    # English form; numbers alone ("10/04/2024") stay as they are, their order is no language's to settle
    text = _in_english(text) if _MONTH_ABROAD.search(text) or _MONTH_FIRST_ABROAD.search(text) else text
    try:
        info = resolve_phrase(text, None)
    except DateUnknown as exc:
        raise ValueError(f"{text!r} has no year to go by ({exc}); write e.g. 'July 7, 2022'") from None
    if info is not None and info.end is None:
        _refuse_either_way(text, info.date)
        return info.date
    raise ValueError(
        f"not a date: {text!r} (write YYYY-MM-DD, YYYY-MM, YYYY or e.g. 'July 7, 2022')"
    )


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*")
# "12.03.2024" typed by hand: day first, as in every country that writes dates with dots (Germany,
# Austria, Switzerland, Scandinavia, Turkey …); an American hand writes slashes. (A page's
# date line is another matter: "12.18.2024 10:22" there is read by the date-line rules.)
_DOTTED_NUMERIC = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")


def _in_order(text: str, order: NumericOrder) -> PartialDate:
    """A numeric date written by hand ("03/12/2026", "03-12-2026") read in the project's order; one
    that order cannot read ("12/31/2026" day first: no month 31) is refused, naming the setting, as
    a source that writes the other way would otherwise be read wrong or not at all."""
    m = _NUMERIC_DATE.fullmatch(text)
    assert m is not None
    if len(m.group(3)) == 2:
        raise ValueError(f"{text!r} has a two-digit year: write the year in full, as YYYY-MM-DD")
    a, b = int(m.group(1)), int(m.group(2))
    month, day = (b, a) if order.day_first else (a, b)
    try:
        return PartialDate(int(m.group(3)), month, day)
    except ValueError as exc:
        raise ValueError(f"{text!r} is no date read {order.words} ({exc}; {order.said} in pyproject.toml): "
                         "if this one is written the other way, write it as YYYY-MM-DD") from None


# a numeric date after its weekday ("Thursday 03/12/2026", "jueves, 03-12-2026"): the weekday settles the order
_WEEKDAY_NUMERIC = re.compile(r"\s*(?P<wd>[^\W\d_]+)\.?,?\s+(?P<date>\d{1,2}[/-]\d{1,2}[/-]\d{4})\s*")


def _weekday_named(word: str) -> int | None:
    """The weekday (Monday 0) a word names, in English or a language of the date lines ("jueves")."""
    word = word.rstrip(".")
    found = _WEEKDAYS.get(word.title())
    return found if found is not None else _WEEKDAY_NAMES_ABROAD.get(word.lower())


def _on_its_weekday(text: str, m: re.Match[str], order: NumericOrder | None) -> PartialDate:
    """A numeric date written after its weekday: the reading on that weekday. In the project's ``order``
    the weekday must fit it (else a ValueError: the source writes the other way, or a digit is wrong);
    with none, the weekday settles the order, and a date both readings of which fall on it is refused
    as `_refuse_either_way` refuses one without a weekday."""
    wd = _weekday_named(m["wd"])
    assert wd is not None
    if order is not None:
        read = _in_order(m["date"], order)
        if read.first_day().weekday() != wd:
            raise ValueError(f"{text!r} read {order.words} is {read.label()}, a "
                             f"{calendar.day_name[read.first_day().weekday()]}, not a {calendar.day_name[wd]} "
                             f"({order.said} in pyproject.toml): write it as YYYY-MM-DD")
        return read
    a, b, year = (int(x) for x in re.split(r"[/-]", m["date"]))
    fits = sorted({PartialDate(year, month, day) for month, day in ((b, a), (a, b))
                   if 1 <= month <= 12 and _day_exists(month, day, year)
                   and date(year, month, day).weekday() == wd})
    if len(fits) == 1:
        return fits[0]
    if not fits:
        raise ValueError(f"{text!r}: no reading of {m['date']!r} is a {calendar.day_name[wd]}: "
                         "write it as YYYY-MM-DD")
    raise ValueError(f"{text!r} could be {fits[0].label()} or {fits[1].label()} (both a "
                     f"{calendar.day_name[wd]}): write {fits[0].iso()} or {fits[1].iso()} "
                     "(YYYY-MM-DD, the form no one misreads)")


def _refuse_either_way(text: str, read: PartialDate) -> None:
    """Refuse a hand-written numeric date whose day and month could be swapped ('10/06/2025'; with
    dots, '10.06.2025', it is read day first by `coerce_date`).

    It is 10 June to a Canadian, French or British desk and 6 October to an American one, and
    nothing in the value says which: read either way, it moved articles silently (a warning is
    shown by `check`, not by a preview or a CI build that publishes). One rule for front matter,
    corrections, the import manifest and `--date`, each of which reports it at its own place.
    A two-digit year ('13/04/24', read as 1924 by the parser) is refused the same way."""
    both = _NUMERIC_DATE.fullmatch(text)
    if both is None or read.month is None or read.day is None:
        return
    if len(both.group(3)) == 2:  # '13/04/24' came out as 1924: the century is a guess either way
        raise ValueError(f"{text!r} has a two-digit year: write the year in full, as YYYY-MM-DD")
    if read.month == read.day:
        return
    if int(both.group(1)) > 12 or int(both.group(2)) > 12:
        return
    one, other = sorted((read, PartialDate(read.year, read.day, read.month)))
    raise ValueError(f"{text!r} could be {one.label()} or {other.label()}: write {one.iso()} or {other.iso()} "
                     "(YYYY-MM-DD, the form no one misreads)")


def leading_date_prefix(text: str) -> tuple[PartialDate | None, str]:
    """Split the raw-news seed prefix ``' date YYYY-MM-DD '`` off the start of ``text``.

    Returns (date, rest) with only the prefix removed, or (None, text) when there
    is no prefix.  An impossible date in the prefix ("2022-02-30") raises
    ValueError rather than being silently kept as body text.
    """
    m = _PREFIX.match(text)
    if m is None:
        return None, text
    try:
        value = PartialDate.parse_iso(m.group(1))
    except ValueError as exc:
        raise ValueError(f"date prefix ‘date {m.group(1)}’ is not a calendar date ({exc})") from None
    return value, text[m.end() :]


@dataclass(frozen=True)
class Publication:
    """What :func:`publication_date` found: the date (None: none), the text left to import,
    and whether the year is a guess (a year-less dateline resolved against today), as a
    flag for the importer rather than words in the basis for it to parse."""

    info: DateInfo | None
    text: str
    year_assumed: bool = False
    # when no date was found, each date line whose day/month order nothing settled, as (the line, its
    # readings in words: "9 August 2023 (day first) or 8 September 2023 (month first)"): the importer
    # then says it saw a date it could not read, not that the text has none
    unsettled: tuple[tuple[str, str], ...] = ()


def publication_date(text: str, *, today: date, order: NumericOrder | None = None) -> Publication:
    """Find the publication date of raw news text being imported.

    In order: the seed prefix ``' date YYYY-MM-DD '`` (removed from the returned
    text), a date line among the first lines ("Published Feb. 11, 2025", "Updated
    10:42 GMT, March 3, 2025", "Mon 3 Mar 2025 14.05 GMT", "By … · 2 October 2024",
    "Morning Edition | Posted …", "Brasília, 19/06/2024", numeric dates settled by the
    page's other dates, "Released Sunday, April 6" with the one year its weekday fits
    (medium), "11 March · 6 min read" with the year of an anniversary the text counts
    (medium); high, or medium when only an "Updated" date is given; removed from the
    text; a "Call date:" line dates the words instead and stays for the statement date),
    a dateline at the very start with a year ("LIMA, Peru, Feb. 9, 2025 (AP) —", high),
    a year-less dateline ("LIMA, December 6. /EFE/.") resolved against ``today`` (low,
    and ``year_assumed``: the year is a guess); a year-less dateline in another language ("Lima,
    17 nov (EFE).-") only with the year a weekday of its paragraph gives (low), else no date.  A
    dateline stays in the text: it is part of the article.  No date (None) when none is found.
    ``order``: the project's order of numeric dates (`config.NumericOrder`): it reads "03/12/2026";
    a date it cannot read, or whose weekday it contradicts, raises :class:`DateRefused`.
    """
    reading = date_reading(text)  # (an Arabic text's own digits and Hijri date: read as ASCII digits, blanked)
    if reading is not text:
        found = publication_date(reading, today=today, order=order) if reading != text else None
        if found is not None:
            return replace(found, text=date_unread(text, reading, found.text))
    prefix, rest = leading_date_prefix(text)
    if prefix is not None:
        basis = f"dateline prefix ‘date {prefix.iso()}’"
        return Publication(DateInfo(prefix, "high", basis), rest)
    header = _header_date(text, today, order)
    if isinstance(header, tuple):
        return Publication(*header)
    found = _publication_after_header(text, today, order)
    return replace(found, unsettled=tuple(header or ())) if found.info is None else found


def _publication_after_header(text: str, today: date, order: NumericOrder | None = None) -> Publication:
    """:func:`publication_date` when the text has no header date it can read: a dateline, or a
    document's closing formula."""
    footer = _footer_date(text)
    if footer is not None:
        return Publication(footer, text)
    m = _first_dateline(text)
    if m is None:
        return Publication(_numeric_dateline(text, order) or _chat_export_date(text, today, order)
                           or _day_only_dateline(text, today) or _sign_off_date(text) or _counted_from_capture(text),
                           text)
    line = m.group("body").rstrip()
    parts = _date_parts(line)
    shown = _one_line(f"dateline {line}")
    if parts[0][2] is not None:
        info = _resolve_cached(line, None, today, shown)
    elif m.string is not text:
        # a year-less dateline in another language ("Lima, 4 nov (EFE).-"): the English rules that
        # pick its year (a weekday in the lead, the latest year named outside background) cannot
        # read its text, so only a weekday of its paragraph may, as for a weekday found in an English
        # text (the past year, low); else no date, and the importer asks
        month, day, _ = parts[0]
        wd = _weekday_of_lead_abroad(m.string, m.end())  # the dateline's line, as read in English
        if wd is None:
            wd = _spoken_weekday_after(text, m.string)
        if wd is None:
            return Publication(None, text)
        year, why, confidence = _weekday_fits([], month, day, wd, today, own=False,
                                              source="the weekday of its paragraph")
        if year is None:
            return Publication(None, text)
        value = PartialDate(year, month, day)
        return Publication(DateInfo(value, confidence, f"{shown} → {value.iso()}, year from the weekday: {why}"), text)
    else:
        anchor = _Anchor(today, "today")
        try:
            info = _resolve_cached(line, anchor, today, shown)
        except DateUnknown:
            info = None
        if info is not None and info.confidence != "low":
            return Publication(DateInfo(info.date, "low", info.basis, info.end), text, year_assumed=True)
    return Publication(info, text)


# a saved page's capture line ("Saved page — captured Sunday, December 6, 2026, 8:14 PM PST"), and a post's stamp
# counted back from when the page was seen ("portardmorepeople · 3 days ago", "Posted 2 weeks ago")
_CAPTURE_LINE: Final = re.compile(r"(?im)^[^\n]{0,30}?\b(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().capture_labels, key=len, reverse=True))
    + r")\b:?[ \t]+(?P<date>[^\n]{6,60})$") if lexicon().capture_labels else None
_AGO_STAMP: Final = re.compile(r"(?im)^[^\n]{0,60}?(?:·|\bposted)\s*(?P<n>\d{1,2}|an?|one)\s+(?P<unit>minute|hour|day|week)s?"
                               r"\s+ago[ \t]*$")
_AGO_DAYS: Final = {"minute": 0, "hour": 0, "day": 1, "week": 7}


def _counted_from_capture(text: str) -> DateInfo | None:
    """A post's "3 days ago" on a page saved with its capture line ("captured Sunday, December 6, 2026, 8:14 PM"):
    that many days before the capture (low: the count is rounded, "3 days" is three to four). Hours or minutes ago are
    the capture's day. With no capture line the stamp counts from an unknown moment, and the importer asks."""
    head = text[:1500]
    if _CAPTURE_LINE is None or "ago" not in head:
        return None
    ago = _AGO_STAMP.search(head)
    capture = _CAPTURE_LINE.search(head)
    if ago is None or capture is None:
        return None
    parts = [p for p in _date_parts(capture["date"]) if p[2] is not None]
    if not parts or not _day_exists(*parts[0][:2], parts[0][2]):
        return None
    month, day, year = parts[0]
    saved = date(year or 0, month, day)
    n = 1 if not ago["n"].isdigit() else int(ago["n"])
    value = saved - timedelta(days=n * _AGO_DAYS[ago["unit"].lower()])
    shown = _one_line(ago.group(0).strip(), 40)
    return DateInfo(PartialDate(value.year, value.month, value.day), "low",
                    f"‘{shown}’ counted back from the page's capture line ‘{_one_line(capture.group(0).strip(), 60)}’ "
                    f"→ {value.isoformat()} (a rounded count: low)")


# an agency's dateline with the day alone, its month left to the reader (Europa Press: "MURCIA, 4 (EUROPA PRESS)", on a
# line of its own or before the lead): the place in capitals, a comma, the day, the agency in brackets
_DAY_ONLY_DATELINE: Final = re.compile(
    rf"[ \t]*[{CAPITALS}][{CAPITALS}'’.\- ]{{1,40}}(?:\([^()\n]{{1,30}}\))?,[ \t]*(?P<day>[0-3]?\d)[ \t]*\((?P<agency>"
    + alternation({a.upper() for a in lexicon().news_agencies} | set(lexicon().news_agencies)) + r")\)")


def _day_only_dateline(text: str, today: date) -> DateInfo | None:
    """The date of an agency's dateline that gives the day alone ("MURCIA, 4 (EUROPA PRESS)"): the latest such day not
    after today on the weekday the lead names ("ha asegurado este viernes"), within two months (medium); with no
    weekday, the latest such day not after today (low). A wire filed today or lately writes the day so."""
    m = _DAY_ONLY_DATELINE.match(text)
    if m is None:
        return None
    day = int(m["day"])
    lead, end = m.end(), text.find("\n", m.end())
    if not text[lead:end if end >= 0 else len(text)].strip():
        lead = len(text) - len(text[lead:].lstrip())  # (the dateline on a line of its own: the lead is the next one)
    wd = _weekday_of_lead_abroad(text, lead)
    at = today
    for _ in range(62):
        if at.day == day and (wd is None or at.weekday() == wd):
            value = PartialDate(at.year, at.month, at.day)
            how = (f"the weekday its lead names, {calendar.day_name[wd]}" if wd is not None
                   else "the latest such day, no weekday to confirm it")
            return DateInfo(value, "medium" if wd is not None else "low",
                            f"dateline ‘{_one_line(m.group(0).strip())}’ (the day alone) → {value.iso()}: {how}")
        at -= timedelta(days=1)
    return None


# an agency's dateline with a numeric date ("ATHENS, 04/08/2026 (ANA-MPA) –", "Lisboa, 03.12.2026 (Lusa) -"): the place
# in capitals or title case, the date, then the agency or a dash, as a written dateline has them
_DATELINE_PLACE = (rf"[ \t]*(?:[{_UP}][{_UP}'.-]+(?:[ -][{_UP}][{_UP}'.-]+)*|[{_UP}][{_LOW}'.-]+(?:[ -][{_UP}][{_LOW}'.-]+)"
                   rf"{{0,2}}){_REGION}")
_NUMERIC_DATELINE: Final = re.compile(
    rf"{_DATELINE_PLACE},\s+(?P<date>[0-3]?\d([./-])[0-3]?\d\2(?:19|20)\d\d)(?={_AGENCY}|{_DASH})")
# … and dpa's, the agency and a dash before the date: "Luxemburg (dpa) - 10.04.2024, 22:14 Uhr"
_NUMERIC_AFTER_AGENCY: Final = re.compile(
    rf"{_DATELINE_PLACE}{_AGENCY}{_DASH}\s*(?P<date>[0-3]?\d([./-])[0-3]?\d\2(?:19|20)\d\d)(?![\d./-])")


def _numeric_dateline(text: str, order: NumericOrder | None) -> DateInfo | None:
    """The date of a dateline written in numbers, opening one of the first lines: its two readings settled
    as a header line's are (a part above 12, the page's other dates, the text's own day "today (Tuesday)",
    the project's order; a dotted one read day first), else no date (the importer asks)."""
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_LINES:
            return None
        m = _NUMERIC_DATELINE.match(line) or _NUMERIC_AFTER_AGENCY.match(line)
        if m is None:
            continue
        numeric = _NUMERIC_DAY.fullmatch(m["date"])
        dated = None if numeric is None else _numeric_readings(numeric, m["date"], project=order)
        if dated is None or dated.refused:
            return None
        value, how = _settle_numeric(dated, set(), text)
        if value is None:
            return None
        return DateInfo(value, "high", f"dateline ‘{_one_line(m.group(0).strip())}’ → {value.iso()}{how}")
    return None


def _chat_export_date(text: str, today: date, order: NumericOrder | None) -> DateInfo | None:
    """The day of a chat export's first message (`quotes.CHAT_STAMP`: "[03/12/2025, 07:41] Jane Doe: …"), when two
    lines or more open with such stamps: the export went out then, as a broadcast list's message does. Its stamps
    are all written in one order: a part above 12 says which (high), else the project's order (``numeric_dates``,
    high), else the one order that gives no day after ``today`` (medium); None when both do (the import asks)."""
    stamps = [m for line in text.split("\n") if line[:1] in "[0123456789" and (m := quotes.CHAT_STAMP.match(line))]
    if len(stamps) < 2:
        return None

    def read(m: re.Match[str], day_first: bool) -> PartialDate | None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        day, month = (a, b) if day_first else (b, a)
        year = y + 2000 if y < 100 else y
        if not (1 <= month <= 12 and _day_exists(month, day, year)):
            return None
        value = PartialDate(year, month, day)
        return value if value.first_day() <= today else None

    orders = [o for o in (True, False) if all(read(m, o) is not None for m in stamps)]
    settled = {True for m in stamps if int(m["a"]) > 12} | {False for m in stamps if int(m["b"]) > 12}
    confidence: Confidence = "high"
    if settled:
        orders = [o for o in orders if o in settled]
        why = "a part above 12 says so"
    elif order is not None and order.day_first in orders:
        orders, why = [order.day_first], f"the project's order, {order.said}"
    else:
        why, confidence = "the one order giving no day after today", "medium"
    if len(orders) != 1:
        return None
    value = read(stamps[0], orders[0])
    assert value is not None
    shown = _one_line(stamps[0].group(0).strip(" []-–"))
    return DateInfo(value, confidence, f"the chat export's first stamp ‘{shown}’ → {value.iso()} "
                                       f"({'day' if orders[0] else 'month'} first: {why})")


# "Dated this 10th day of March, 2026.", "Done at Accra this 2nd day of May 2026": a line that opens with
# a closing formula (en.toml sign_off_heads), a place or an office allowed before "this".
_SIGN_OFF: Final = re.compile(
    r"(?im)^[ \t]*(?:" + "|".join(re.escape(w) for w in lexicon().sign_off_heads) + r")\b[^\n]{0,60}?"
    rf"(?<![A-Za-z])this\s+(?P<date>{_DAY}\s+day\s+of\s+{_MONTH},?\s+{_YEAR})"
)


# "This report by The Canadian Press was first published Dec. 3, 2026.": a line of its own (en.toml footer_published)
_FOOTER_PUBLISHED: Final = re.compile(
    r"(?im)^[ \t]*This\s+(?:report|story|article|piece)\b[^\n]{0,60}?\b(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().footer_published)
    + rf")\s+(?:on\s+)?(?P<date>{_MD}|{_DM})\.?[ \t]*$") if lexicon().footer_published else None


def _footer_date(text: str) -> DateInfo | None:
    """The publication date a wire story's closing note gives (high: the outlet's own statement), when it names the
    year; the last such note (a story quoting another's is rare, and the page's own note closes it)."""
    if _FOOTER_PUBLISHED is None or ("ublished" not in text and "appeared" not in text):
        return None
    found = [m for m in _FOOTER_PUBLISHED.finditer(text) if _date_parts(m.group("date"))[0][2] is not None]
    if not found:
        return None
    m = found[-1]
    info = _resolve_cached(m.group("date"), None, None, _one_line(m.group(0).strip()))
    if info is None:
        return None
    return DateInfo(info.date, "high", f"{info.basis}; the story's closing note of its publication", info.end)


def _sign_off_date(text: str) -> DateInfo | None:
    """The date a document gives itself in its closing formula ("Dated this 10th day of March, 2026"),
    when it has no date line or dateline: a communique, a resolution or an order is issued on the
    day it is dated, written out with its year (high).  The last such formula: the document's own
    closing one, after any it quotes."""
    found = list(_SIGN_OFF.finditer(text))
    if not found:
        return None
    m = found[-1]
    shown = _one_line(m.group(0).strip())
    info = _resolve_cached(m.group("date"), None, None, shown)
    if info is None:
        return None
    return DateInfo(info.date, info.confidence, f"{info.basis}; the document's closing formula dates it", info.end)


def weekday_year(text: str, month: int, day: int, today: date) -> tuple[int | None, str, Confidence] | None:
    """The year a weekday gives a year-less dateline, why, and how sure that is.

    Wire copy dates its news by weekday ("SPLIT, Croatia, July 9 — … on Tuesday"): the year is
    one where that day falls on that weekday.  The weekday is the dateline's own ("Frankfurt,
    Thursday, 12 March (dpa) –": it names the dateline's day, so no other weekday of the text
    counts), else one in the dateline's paragraph, else one that dates the words in the next
    paragraphs of the lead ("told reporters on Wednesday").  When the article names a year, the
    year is the one fit from the latest year named (it was written after every year it recalls,
    background included) up to today; none or several (an old article, a weekday that is not
    the dateline's day, two weekdays) → (None, why, "low"), and the importer asks for --date.
    When it names none, the dateline's own weekday gives the latest fit not after today within
    :data:`_FEW_YEARS` back (medium, low when two years fit there); a weekday of the text only a
    fit within the past year (low: it may not be the dateline's day, and an older article would
    have to name its year), else it asks.  None when the lead names no weekday, so other
    evidence may decide.
    """
    phrases = find_date_phrases(text)
    line = next((p for p in phrases if p.kind == "dateline"), None)
    if line is None:
        return None
    own = _weekday_in(line.text)
    if own is not None:
        weekdays: set[int] = {own}
        names = calendar.day_name[own]
        source = "the dateline's own weekday"
        spoken = False
    else:
        end = text.find("\n", line.end)
        end = len(text) if end < 0 else end
        quoted = _quoted_regions(text[line.end : end])
        found = {_weekday_in(p.text) for p in phrases
                 if p.kind == "weekday" and line.end <= p.start < end
                 and not _inside(p.start - line.end, quoted)
                 and p.text.split()[0].lower() not in ("last", "this", "past")}
        # a weekday a speech verb governs ("said on Friday") is the wire's day of the words; one of an
        # event ("voted on Thursday") may be the day before the dateline's
        spoken = bool(found) and any(c.phrase.kind == "weekday" for c in _governed(text[line.end:end]))
        if not found:
            found, spoken = _lead_weekdays(text[end:]), True
        found.discard(None)
        weekdays = {w for w in found if w is not None}
        if not weekdays:
            return None
        names = " and ".join(sorted(calendar.day_name[w] for w in weekdays))
        if len(weekdays) > 1:
            return None, f"the text names {names}", "low"
        source = f"{names} in the text"
    wd = next(iter(weekdays))
    years = [int(y) for p in phrases if p.kind in ("explicit", "month-year", "year")
             for y in re.findall(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", p.text)]
    return _weekday_fits(years, month, day, wd, today, own=own is not None, source=source,
                         event=own is None and not spoken)


def _weekday_fits(named: list[int], month: int, day: int, wd: int, today: date, *, own: bool,
                  source: str, event: bool = False) -> tuple[int | None, str, Confidence]:
    """The year where month/day is weekday `wd`, why, and how sure: the rule of :func:`weekday_year`.

    With years `named`, the one fit from the latest of them to today (medium), else None.  With
    none, the latest fit not after today: within :data:`_FEW_YEARS` back when the weekday is the
    date's own (`own`: on the dateline or the date line itself; medium, low when two years fit),
    within the past year for a weekday found elsewhere in the text (low). `event`: the weekday is of
    an event the dateline's paragraph tells ("voted on Thursday"), not of words: a wire may file it
    the day after, so a year it gives is low, never medium."""
    names = calendar.day_name[wd]
    years = [y for y in named if y <= today.year]
    first = max(years) if years else today.year - _FEW_YEARS
    fits = [y for y in range(first, today.year + 1)
            if _day_exists(month, day, y) and date(y, month, day) <= today and date(y, month, day).weekday() == wd]
    if years:
        span = f"from {first} (the latest year the article names) to today ({today.isoformat()})"
    elif own:
        span = f"in the {_FEW_YEARS} years before today ({today.isoformat()}); the article names no year"
    else:
        # a weekday of the text may be the day before the dateline's (a wire filed on Monday: "anunció este
        # domingo", "said on Sunday"): for a wire of the past week (saved as it came in), the day after that
        # weekday fits too; an older one must be that weekday, within the year before today
        def recent_fit(y: int) -> bool:
            if not _day_exists(month, day, y):
                return False
            days_ago, after_wd = (today - date(y, month, day)).days, (date(y, month, day).weekday() - wd) % 7
            # (… and a wire of the past week may tell of words of up to three days before its own: "ТБИЛИСИ, 5 дек"
            # then "заявил … в четверг"; within a week of today only one year has that day. A weekday further back is
            # more likely a day after the dateline's, which contradicts it: "Lima, 17 nov" a Tuesday, "este miércoles")
            return 0 <= days_ago <= 366 and (after_wd == 0 or (after_wd <= _WIRE_DAYS_BACK and days_ago <= 7))

        fits = [y for y in range(today.year - 1, today.year + 1) if recent_fit(y)]
        span = (f"within the year before today ({today.isoformat()}), and the article names no year to "
                "search further back from")
        if fits and date(fits[-1], month, day).weekday() != wd:
            after = (date(fits[-1], month, day).weekday() - wd) % 7
            return fits[-1], (f"{_day_label(month, day)} {fits[-1]} is {_days_after(after)} a {names} ({source}: the "
                              f"words {_days_after(after, 'before')} the dateline's), the latest such date {span}"), "low"
    if not fits:
        return None, f"{_day_label(month, day)} is not a {names} {'in any year ' if years else ''}{span}", "low"
    if len(fits) > 1 and years:
        found_years = " and ".join(map(str, fits))
        return None, f"{_day_label(month, day)} is a {names} in {found_years}, {span}", "low"
    if years and event:
        # a weekday of the text names the day of its news ("voted on Thursday"), which a wire may file
        # the day after: the year it gives is a guess, said as one (low: review asks)
        return fits[0], (f"{_day_label(month, day)} is a {names} in {fits[0]}, the only such year {span}; "
                         f"but {names} is the text's day of the news ({source}), which may be the day "
                         "before the dateline's"), "low"
    if years:
        return fits[0], f"{_day_label(month, day)} is a {names} in {fits[0]}, the only such year {span}", "medium"
    why = f"{_day_label(month, day)} is a {names} ({source}) in {fits[-1]}, the latest such year {span}"
    return fits[-1], why, "medium" if own and len(fits) == 1 else "low"


_FEW_YEARS: Final = 7  # how far back a weekday alone may place a year-less date
_WIRE_DAYS_BACK: Final = 3  # how many days before a recent wire's own day a weekday of its lead may name


def _days_after(n: int, word: str = "after") -> str:
    """"the day after" for one day, "3 days after" for more (or "before")."""
    return f"the day {word}" if n == 1 else f"{n} days {word}"


def _lead_weekdays(rest: str) -> set[int | None]:
    """Weekdays that date the words in the lead's next paragraphs (after a dateline's paragraph
    that names none): "the prime minister told reporters on Wednesday"."""
    paragraphs = [p for p in rest.split("\n") if p.strip()][: _LEAD_PARAGRAPHS - 1]
    return {_weekday_in(c.phrase.text) for p in paragraphs for c in _governed(p)
            if c.phrase.kind == "weekday" and c.phrase.text.split()[0].lower() not in ("last", "this", "past")}


def _first_dateline(text: str) -> re.Match[str] | None:
    """A dated dateline opening one of the first lines (a headline or byline may come first)."""
    pos = 0
    seen = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        m = _DATELINE_FULL.match(text, start) or _DATELINE_FULL.match(_in_english(line)) \
            or _DATELINE_FULL.match(_MONTH_ABROAD_YEARLESS.sub(_month_in_english, line))
        if m is None and not line[:1].isascii() and line[:1].isupper():
            m = _DATELINE_FULL.match(_MONTH_ABROAD_YEARLESS.sub(_month_in_english, _romanised_place(line)))
        if m is not None and _date_parts(m.group("body")):
            return m
    return None


# a dateline's place in the capitals of another script ("ЕРЕВАН, 3 декабря.", "ΑΘΗΝΑ, 3 Δεκεμβρίου"): its letters,
# spaces and hyphens up to the comma, every letter a capital
_PLACE_ABROAD: Final = re.compile(r"[ \t]*[^\W\d_]+(?:[ -][^\W\d_]+){0,3}(?=,)")


def _romanised_place(line: str) -> str:
    """``line`` with a place in another script's capitals before its comma romanised ("ЕРЕВАН, 3 декабря." → "EREVAN,
    3 декабря."), so the dateline grammar, which reads the capitals of Latin script, reads its date."""
    m = _PLACE_ABROAD.match(line)
    if m is None or not m.group(0).strip().isupper():
        return line
    from anyascii import anyascii

    return anyascii(m.group(0)).upper() + line[m.end():]


def _weekday_of_lead_abroad(text: str, start: int) -> int | None:
    """The one weekday (Monday 0) a paragraph in another language names from ``start`` ("anunció este
    miércoles"), outside quotation marks and not as the start of a state ("desde el martes"); None
    when it names none or several."""
    end = text.find("\n", start)
    paragraph = text[start:] if end < 0 else text[start:end]
    regions = _quoted_regions(paragraph)
    found = {_weekday_abroad_number(m.group(0)) for m in _WEEKDAY_IN_PROSE.finditer(paragraph)
             if not _inside(m.start(), regions)
             and not _SINCE_ABROAD.search(paragraph, max(0, m.start() - 40), m.start())}
    return found.pop() if len(found) == 1 else None


def _spoken_weekday_after(text: str, read: str) -> int | None:
    """The one weekday the next paragraphs of a lead in another language name beside a verb that reports words, after a
    dateline whose own paragraph names none ("ЕРЕВАН, 3 декабря. … согласовали …" then "«…», — сказал министр
    журналистам в четверг"), as English's `_lead_weekdays`; `read` is the dateline's line as it was read in English."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines[:_HEADER_SCAN]) if read in (
        line, _in_english(line), _MONTH_ABROAD_YEARLESS.sub(_month_in_english, line),
        _MONTH_ABROAD_YEARLESS.sub(_month_in_english, _romanised_place(line)))), None)
    if at is None:
        return None
    found: set[int] = set()
    for paragraph in [p for p in lines[at + 1:] if p.strip()][: _LEAD_PARAGRAPHS - 1]:
        if _SPEECH_ABROAD.search(paragraph) is not None:
            wd = _weekday_of_lead_abroad(paragraph, 0)
            if wd is not None:
                found.add(wd)
    return found.pop() if len(found) == 1 else None


# Header date lines: the line of an article page that says when it was published.
_HEADER_LINES: Final = 6
_HEADER_MAX: Final = 160
_PROSE_END: Final = re.compile(r"[.!?…][\"”’)\]]*\s*$")
_HEADER_SCAN: Final = 16  # lines of page furniture looked through when no lede has come yet
_ISO_DAY: Final = re.compile(
    r"(?<![\d-])(?P<y>(?:1\d|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"
    r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)
# a date written year first with slashes or dots, as East Asian outlets and ministries print it ("2026/12/04 (Fri)",
# "2026.12.07 (Mon) 11:00", Korean releases' spaced "2026. 12. 2. (Wed)"): a four-digit year before the month leaves
# one reading, year, month, day — no page writes year, day, month
_YEAR_FIRST_DAY: Final = re.compile(
    r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?:/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)"
    r"|\.\s?(?P<m2>[01]?\d)\.\s?(?P<d2>[0-3]?\d)\.?)(?![\d/]|\.\d)"
)
_ZONES: Final = "|".join(lexicon().time_zones)
_PUBLISHED_LABELS: Final = "|".join(lexicon().published_labels)
_HEADER_NOISE: Final = re.compile(
    r"(?i:\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\b\.?|h(?!\w))?"  # 10:42, 14.05, 7:00 a.m., 08:15h
    r"(?:\s+(?-i:[A-Z]{2,5})\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?"  # its zone, any letters ("05:00 JST")
    r"|\b\d{1,2}\s*[ap]\.?m\b\.?(?:\s+(?-i:[A-Z]{2,5})\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?"  # 4 PM
    rf"|\b\d{{1,2}}\s+(?:{'|'.join(lexicon().clock_words)})\b"  # an hour and its word ("18 Uhr", "saa 3 asubuhi")
    rf"|\b(?:(?-i:{_ZONES}|{'|'.join(lexicon().clock_words)})"  # a zone on its own (IST, JST); "18:40 Uhr"
    r"|(?-i:[A-Z][a-z]+)\s+time|local\s+time)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
    r"|[+-]\d{2}:?\d{2}\b"
    rf"|\b(?:first\s+|last\s+)?(?:{_PUBLISHED_LABELS}|updated?|modified|edited|date|time)\b(?:\s+(?:on|at))?:?"
    # ("Posted 6:14 PM, Dec 03, 2026 and last updated 9:02 AM, Dec 04, 2026": the "and" joins the two labels' dates)
    r"|\band(?=\s+(?:last\s+)?(?:updated?|modified|edited)\b)"
    r"|^\s*(?:story|article|page|transcript|report|video|post|interview|episode)\s+(?=(?:first\s+|last\s+)?"
    rf"(?:{_PUBLISHED_LABELS}|updated|modified)\b)"
    r"|\b\d+\s*(?:min|mins|minute|minutes)\s+read\b|\bread\s+time\b"
    # ("Updated ago": a copy lost its count; "Updated about 5 hours ago")
    r"|\b(?:(?:about\s+|around\s+|over\s+|nearly\s+)?(?:an?|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?ago\b"
    r"|\b\d+\s*(?:min|mins|minutes?|hrs?|hours?)\b"  # an episode's length ("Released … · 52 min")
    r"|\b(?:Vol|Volume)\.?\s*\d+(?:\s*,?\s*(?:No|N°|Nº|Issue)\.?\s*\d+)?"  # a record's issue ("Vol. 47 N° 112")
    r"|(?:\b(?:No|Nr)[.:]|N°|Nº)\s*\d+(?:[/-]\d{2,4})?"  # a release's number ("Nr. 118/2024 – 04.04.2024", "Nr: 187-26")
    r"|\((?-i:[A-Z])\)"  # a record's series letter after its sitting's date (Folketingstidende's "2. december 2026 (D)")
    r"|\b(?:Issue|Edition)\s+(?:No\.?\s*)?\d+\b"  # a bulletin's issue ("Issue 41 · December 2025")
    # a post's or a video page's count ("1.2K views  Streamed live …", "48,2 tn visningar"; en.toml page_counts)
    rf"|\b[\d.,]+\s?(?:{'|'.join(lexicon().count_scales)})?\.?\s+(?:{'|'.join(lexicon().page_counts)})\b"
    # the Hijri date a print masthead sets beside the Gregorian one ("Jumat, 4 Desember 2026 | 23 Jumadil Akhir 1448 H",
    # "Friday, 4 December 2026 | 23 Jumada al-Akhira 1448 AH"): another calendar's day, no date of the page to read
    r"|\b\d{1,2}\s+(?:[A-Z][\w'’-]*\s+){1,3}1[34]\d\d\s*(?-i:H|AH|Hijriah|Hijriyah)\b"
    # … and the Saka (Indian national) or Bikram Sambat date a parliament's record or a Nepali paper sets beside it
    # ("Thursday, December 3, 2026 / Agrahayana 12, 1948 (Saka)", "13 Agrahayana, 1948 (Saka)", "Mangsir 20, 2083 BS")
    r"|(?:\b\d{1,2}\s+)?\b(?:[A-Z][\w'’-]*,?\s+){1,2}(?:\d{1,2},?\s+)?\d{4}\s*(?:\((?-i:Saka|SAKA|Śaka)\)|(?-i:Saka|B\.?S)\b\.?)"
    # … and the Vikram Samvat or Saka date a Hindi masthead or record sets beside it, with its month, fortnight and lunar
    # day ("| मार्गशीर्ष कृष्ण पक्ष सप्तमी, विक्रम संवत 2083", "(अग्रहायण 11, शक संवत् 1948)"), and the word "date" of its
    # line ("बुधवार, दिनांक 2 दिसंबर, 2026")
    r"|(?:[\u0900-\u097f]+,?\s+(?:\d{1,2},?\s+)?){0,5}संवत्?\s*\d{4}|दिनांक"
    r"|\b(?:on|at)\b)"
)
# the article a record's or a letter's date line sets before an ordinal day ("Wednesday, the 2nd December, 2026")
_THE_ORDINAL: Final = re.compile(r"\b[Tt]he\s+(?=\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?[A-Z])")
_GLUED_TIME: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,2}:\d\d)")
_GLUED_LABEL: Final = re.compile(r"(?<=[\da-z])(?=(?:Updated|Published|Posted|Modified)\b)")
# Numeric dates in page headers: day.month.year ("09.02.2025 15:05"), day/month/year
# ("20/02/2025 - 18:32"), day-month-year as South Asian outlets write it ("Updated: 16-11-2026 19:18 IST")
# or month/day/year ("02/14/2025 05:00 PM EST", "04.13.2025 09:41 AM").
# A part above 12 settles the order; otherwise the line's clock (AM/PM or a US zone: month first;
# a European zone or a 24-hour clock past noon: day first), a weekday on the line, another header
# date of certain order or a written date in the text that matches one reading
# (:func:`_settle_numeric`).  Unsettled, a dotted date is read day first (the European form) and a
# slashed one gives no date.
_NUMERIC_DAY: Final = re.compile(
    r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d./-])"
)
# … and in a sentence, where a full stop may follow it ("at its meeting on 14/01/2027.")
_NUMERIC_IN_PROSE: Final = re.compile(
    r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d|[./-]\d)"
)
_US_CLOCK: Final = re.compile(r"(?i:\b\d{1,2}[:.]\d\d\s*[ap]\.?m\b|\b(?:E[SD]T|ET|P[SD]T|PT|C[SD]T|M[SD]T)\b)")
_EU_CLOCK: Final = re.compile(r"\b(?:GMT|BST|CET|CEST|EET|EEST|MSK|WET|WEST|UTC)\b|\b(?:1[3-9]|2[0-3])[:.]\d\d\b")
# A time zone names where the page was dated, and so its custom, before any clock does: an
# Australian, British, European, African or South American zone writes the day first, also beside
# a 12-hour clock ("05/02/2026 4:15pm AEDT"); a North American zone the month first.
_DAY_FIRST_ZONE: Final = re.compile(r"\b(?:GMT|BST|IST|WET|WEST|CET|CEST|MET|MEST|EET|EEST|MSK|TRT|AWST|ACST|ACDT|AEST"
                                    r"|AEDT|NZST|NZDT|SAST|CAT|EAT|WAT|WIB|WITA|SGT|MYT|HKT|BRT|ART|CLT)\b")
_MONTH_FIRST_ZONE: Final = re.compile(r"\b(?:E[SD]T|ET|P[SD]T|PT|C[SD]T|M[SD]T|AKST|AKDT|HST)\b")
_UPPER_MONTH: Final = re.compile(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\b"
)
_UPPER_WEEKDAY: Final = re.compile(r"\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b")
# A section label after the date ("Mar 5, 2025 - World", "12 May 2025 | Politics"), or a print edition's
# number ("4 de dezembro de 2026 | Edição n.º 212", "… | Issue No. 48")
# (a slash between spaces too: a parliament's news page's "04-12-2026 / KOMISI VII", its desk after the date)
_SECTION_TAIL: Final = re.compile(r"\s[-–—|·/]\s*[A-Z][A-Za-z&]*(?:\s[A-Z&][A-Za-z&]*){0,2}\s*$"
                                  r"|\s[-–—|·]\s*[A-Z][^\W\d_]*\s+(?:[Nn]\.?\s?[º°o]|[Nn]o\.|[Nn]r\.)\s*\d{1,6}\s*$")
# A label before it: a programme, paper or section name ("Morning Edition Europe | Posted …",
# "Sport Business Daily | 11 November 2024", "- Health Daily - Tuesday, March 4, 2025"), or the
# place a release is issued from
# ("Brasília, 19/06/2024", "Opatija, 4 April 2025").
# Agencies stack such labels: "EFE | Sierra Gorda (Chile) | 03.04.2025 - 00:41 h" (a place may carry
# its country in brackets). A slash between spaces separates them too ("Daily Nation / 07:45 AM June 9, 2025").
_SECTION_HEAD: Final = re.compile(
    # (first, a bilingual city's two names and its comma, which the labels' slash below would split: "Biel /
    # Bienne, 04.06.2021", "Bozen/Bolzano, 4 giugno 2021", a bilingual government's release)
    r"^\s*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}[ ]?/[ ]?[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2},(?=[\s,]*§)|"
    r"^\s*(?:[-–—]\s+)?(?:[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&)){0,4}(?:\s+\([A-Z][^()|·•]{0,30}\))?"
    r"(?:\s*[|·•]|\s+[-–—/](?=\s))\s*){1,3}"
    # (a place or a body, then its comma, a weekday's comma left after the weekday went: "Bundeskanzleramt, Mittwoch,
    # 13. März 2024", a government's press office above its transcript; a building and its city, "Palácio do Planalto,
    # Brasília, 11 de março de 2025", a transcript's heading: a short link word between its names)
    r"|^\s*(?:[A-Z][^\W\d_]+(?:(?:[ -]|\s[a-zß-ÿ]{1,3}\s)[A-Z][^\W\d_]+){0,3},\s*)?"
    r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2},(?=[\s,]*§)"
    # (… or an outlet's name with its small words, "Le Quotidien de Lyon, 4 février 2026", "The Times of India,
    # February 4, 2026", "Folha de S.Paulo, 4 de fevereiro de 2026": its first and last words capitals)
    r"|^\s*[A-Z][^\W\d_]*(?:(?:[ -](?:of|the|and|de|du|des|la|le|les|di|da|do|dos|das|del|della|van|der|den|von|zu|"
    r"y|e|och|og|en|el))*[ -][A-Z][^\W\d_]*(?:\.[A-Z][^\W\d_]*)?){1,4},(?=[\s,]*§)"
    # … or an agency's message number ("OTS0087, 13. März 2024, 10:14", "APA0312, …": its wire's code, then the day)
    r"|^\s*[A-Z]{2,5}\d{3,5},?(?=\s*§)"
    # … also before the label of its date ("New Delhi, First Published: 1 Dec 2026, 06:45 PM IST")
    rf"|^\s*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){{0,2}},(?=\s*(?i:(?:first\s+|last\s+)?(?:{_PUBLISHED_LABELS}|updated)\b))"
    # … and any label of the page before a separator when a labelled date follows it ("A weekly
    # newsmagazine | Issue dated November 30, 2026"): the date's own label says what the line is; a wire's
    # place and agency stack two or three such labels ("Lyon, Rhône | Agence X | Updated: …")
    rf"|^(?:[^§|·•]{{1,60}}?\s[|·•]\s*){{1,3}}(?=(?i:(?:first\s+|last\s+)?(?:{_PUBLISHED_LABELS}|updated)\b)[^§]{{0,12}}§)"
    # … or a dash, as agencies write their dateline before it ("Belem, Brazil (AFP) - Published 14 November
    # 2025 - 16:05"): the label still says what the line is
    rf"|^[^§|·•]{{1,60}}?\s[-–—]\s+(?=(?i:(?:first\s+|last\s+)?(?:{_PUBLISHED_LABELS}|updated)\b)[^§]{{0,12}}§)"
)
# A reprint's line: its label and the outlet of the first report before the date ("Republished from
# Reuters, March 5, 2023"; en.toml reprint_labels).
_REPRINT_HEAD: Final = re.compile(
    r"(?i:^\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().reprint_labels, key=len,
                                                                               reverse=True)) + r"))"
    r"\s+(?:[A-Z][\w&'’.-]*|of|the|and|&)(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&)){0,5}\s*(?:[,|·•:]|[-–—]|\s(?i:on))?(?=\s*§)"
)
_REPRINT_LINE: Final = re.compile(
    r"(?i:\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().reprint_labels) + r"))\b")
# … in a script without capitals ("नई दिल्ली | 5 दिसंबर 2026"): up to three words of no Latin letter
# before a separator, where the line's date follows (words of a Latin script must be capitalised above)
_UNCASED_WORD: Final = r"[^\sA-Za-z\u00C0-\u024F\d_|·•,:;.!?§()\[\]\"'“”’—–-]+"
_SECTION_HEAD_UNCASED: Final = re.compile(rf"^\s*{_UNCASED_WORD}(?:\s+{_UNCASED_WORD}){{0,2}}\s*[|·•,](?=\s*§)")
# a byline's name with no "By" before the clock of its date ("Jane Doe 05:00, Nov 30 2026", as some New Zealand
# and Pacific outlets print it): two to four capitalised words at the line's start, then the clock
# a news theme's stamp line naming the section the story is filed in after the clock, then the byline (Nigerian
# and other WordPress-run papers: "On 13 February 2025 6:41 am In News by Jane Doe", "… 7:15 pm In Politics"): the
# section's words, no label's
_FILED_IN: Final = re.compile(r"(?<=§)(\s*\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?)\s+In\s+[A-Z][\w&'’-]*"
                              r"(?:\s+[A-Z][\w&'’-]*){0,2}(?=\s+by\s|\s*$)")
# a place's name in capitalised words opening a date line, right before its date ("Murcia 13/11/2026 - 07:30 h", a
# Spanish radio's web page): where the page was filed, no words of a sentence
# (Title Case: a record's head in capitals, "HEARING OF 4 JUNE 2024", is the occasion its words were said on)
# (and a dash or a bar after the date, before its clock: "Version 2025.1.2" is no date line)
_PLACE_BEFORE_DATE: Final = re.compile(r"^\s*[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*(?:\s+[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*){0,1}\s+(?=§\s*[-–—|])")
_NAME_BEFORE_CLOCK: Final = re.compile(r"^\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?=\s+\d{1,2}[:.]\d\d\b)")
# What may not be left of a date line: a Latin letter or a digit, nor more words of another script than a
# label's ("Опубликовано §" is a date line; "मंत्री ने § को कहा कि …" is a sentence with a date in it)
_LATIN_LEFT: Final = re.compile(r"[A-Za-z0-9]")
_LETTER: Final = re.compile(r"[^\W\d_]")
_LABEL_WORDS: Final = 3
# A periodical's masthead before the date of its issue: its name, volume and number ("Congressional Record Vol. 172,
# No. 201 — Thursday, December 3, 2026", "Official Gazette Vol. 12 No. 3, 4 May 2026"): no words of a sentence
_ISSUE_HEAD: Final = re.compile(r"^\s*(?:[A-Z][\w&'’.-]*\s+(?:(?:of|the|and|&)\s+)*){1,6}(?:Vol\.?|Volume)\s*\d{1,4},?\s*"
                                r"(?:No\.?|Number|Issue)\s*\d{1,6}(?:\s*[-–—|·,])*\s*(?=§)")
# … and a section's one word right before the line's date, nothing after it (a transcript site's "Politics Dec 4,
# 2026" under the title), not a word of a sentence's ("Since §", "Until §": function words, clause conjunctions)
_ONE_WORD_HEAD: Final = re.compile(r"^\s*([A-Z][a-z]{2,})\s+(?=§\s*$)")
_HEAD_NOT_SECTION: Final = frozenset(w.lower() for w in (*lexicon().function_words, *lexicon().not_names,
                                                           *lexicon().clause_conjunctions, *lexicon().place_prepositions))
# a record's note in brackets that it is a translation ("Minutes, 2 December 2026 (provisional English translation)"):
# what the text is, not words of a sentence
_TRANSLATION_NOTE: Final = re.compile(r"(?i)\((?:[^()§\n]{0,40}\s)?translat(?:ion|ed)(?:\s[^()§\n]{0,30})?\)")
# A line that opens with its label and date ("Published 14 March 2025 · From the April 2025 issue",
# "Posted 3 May 2024 | Opinion | Comment and analysis") is a date line whatever follows the first
# separator: the tail is page furniture (issue, section, reading time), never a sentence.
_LABELLED_TAIL: Final = re.compile(
    rf"(?i)^(\s*(?:first\s+)?(?:{_PUBLISHED_LABELS}|updated)\b[^§]{{0,12}}§[^·|•]*?)\s[·|•]\s.*$"
)
# … and so is a line that opens with its date, weekday and all, then a separator and a few words of no
# sentence ("Friday 4 December · Updates in local time (CLST)", a live blog's): the date is the line's
# (a podcast's episode line stacks a few such: "DEC 5 · EPISODE 57 · 41 MIN")
_DATE_FIRST_TAIL: Final = re.compile(r"^(\s*§)(?:\s*[·|•]\s*(?:[^\s§.!?·|•]+\s*){1,8}){1,3}$")
# A printed page's running head, set apart by wide gaps: the paper's name before its date and the page's number
# (and a weekly's cover price) after it ("DAILY NEWS      Friday, December 4, 2026      Page 3", "THE WEEKLY STAR
# Saturday 5 – Friday 11 December, 2026      $2.50"). A sentence never leaves two spaces around a date (the
# residue's "§" stands between single spaces of its own, so a gap of three there is one of two in the line).
# (… a release's number in its head, the place it was issued before the date: a state's "Press Release No. 1287/2026
# <wide gap> Vindhyanagar, 05-12-2026")
_PRINT_NAME: Final = re.compile(r"^\s*[A-Z][\w&'’.-]*(?:[ ][A-Z&][\w&'’.-]*){0,5}(?:[ ](?:No|Nr)\.?[ ]?\d+(?:/\d{2,4})?)?"
                                r"(?:\s{3,}|\t\s*)[\s,]*(?:[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2},\s*)?(?=§)")
_PRINT_TAIL: Final = re.compile(r"§(?:(?:\s{3,}|\s*\t\s*)(?:(?i:page|p\.|pg\.?)\s*[A-Z]?\d{1,3}[A-Z]?"
                                r"|[A-Z]{0,3}\s?[$€£¥¢₦₵₹₱]\s?\d{1,4}(?:[.,]\d\d)?))+\s*$")
# … and a portal's credit of the outlet after the date ("Sat, 05 Dec 2026 Source: Evening News"): the line's own label
_SOURCE_TAIL: Final = re.compile(r"§\s*(?:[|·•-]\s*)?(?i:source|credit)s?:\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*$")
# a weekly's issue, the span of days it is on sale: "Saturday 28th November – Friday 4th December, 2026"; the first
# day (its publication) takes the year written once at the span's end
_SPAN_DASH: Final = re.compile(rf"\s*(?:[-–—]|to)\s*(?:(?:{_WD}|{_WD_ABBR}),?\s+)?")
# a whole line in brackets ("(Senate - March 12, 2025)", a record's chamber and day under its heading): read inside
_BRACKETED_LINE: Final = re.compile(r"^\s*[(\[]([^()\[\]]{4,80})[)\]]\s*$")
# an issue's or a volume's number on a line: only such a line is dated by its month alone ("Issue 41 ·
# December 2025", "Vol. 12, No. 3 — March 2025"); a bare "December 2025" may head anything
_ISSUE_LABEL: Final = re.compile(r"\b(?:Issue|Edition|Vol\.?|Volume|No\.)\s*\d+\b")
_MONTH_YEAR_PART: Final = re.compile(rf"(?P<m>{_MONTH})\s+(?P<y>{_YEAR})")
_UPDATED: Final = re.compile(r"(?i:\b(?:updated?|modified|edited)\b)")
_PUBLISHED: Final = re.compile(rf"(?i:\b(?:{_PUBLISHED_LABELS})\b)")
# "Call date: 01.30.2025 09:00 KST": a header line dating the words, not the page (en.toml occasion_labels)
_OCCASION_LABEL: Final = re.compile(
    r"(?i)^\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().occasion_labels, key=len,
                                                                              reverse=True)) + r")\b\s*:?")
# … of which "Broadcast: …", "Aired: …" (en.toml airing_labels) date the airing: the words' day only with no "Recorded: …"
_AIRING_LABEL: Final = re.compile(
    r"(?i)^\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().airing_labels, key=len,
                                                                              reverse=True)) + r")\b\s*:?")
_TRANSCRIPT_HEAD: Final = re.compile(
    r"(?i)^\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().transcript_heads, key=len,
                                                                              reverse=True)) + r")\b\s*:")
# … and a transcript's head naming whom it records before its date ("Transcript: Gov. Jane Doe, Feb. 11, 2025",
# "Full transcript: Premier John Roe, 3 May 2026"): capitalised words of a name and a comma (usability round 83)
_TRANSCRIPT_NAMED: Final = re.compile(
    r"(?i:^\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().transcript_heads, key=len,
                                                                                reverse=True))
    + rf"))\s*:\s*(?:[{CAPITALS}][\w.'’-]*\s+){{0,5}}[{CAPITALS}][\w.'’-]*\s*,\s*(?=§)")
# "Minutes of the ordinary meeting of council held at … on §": the record's header, up to its date (after the
# sitting's ordinal: "31ª SESSÃO ORDINÁRIA – §", "12. Sitzung, §")
_MINUTES_HEAD: Final = re.compile(
    r"(?i)^\s*(?:\d{1,4}(?:ª|º|°|\.)\s*)?(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().minutes_heads, key=len, reverse=True))
    + r")\b[^§]{0,140}?(?=§)")
# … and such a header on a line of its own, its date on the line under it ("MINUTES OF THE REGULAR MEETING" over
# "Monday, November 30, 2026 — 5:00 p.m."): that line is the day of the record's words, as a transcript's is
_MINUTES_HEAD_LINE: Final = re.compile(
    r"(?i)^\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().minutes_heads, key=len,
                                                                               reverse=True))
    + r")\b[^\d\n]{0,100}$")
# … or the body's name and the kind of its record before a dash ("Dáil Éireann debate - §", "Joint Committee on
# Transport and Communications debate - §"): capitalised words (and the links of a body's name), then the kind
_BODY_RECORD_HEAD: Final = re.compile(
    rf"^\s*(?:[{CAPITALS}][\w'’.&-]*\s+(?:(?:of|on|and|the|for|&)\s+)*){{1,8}}(?i:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().record_heads, key=len, reverse=True))
    + r")\s*[-–—]\s*[,\s]*(?=§)")
# … and the kind of record a dash names after its date, in lower-case words with a bracketed note ("Seduta n. 142
# del 1° dicembre 2026 – resoconto integrale (bozza non corretta)", "Minutes of 3 May 2024 – draft (not approved)")
_RECORD_TAIL: Final = re.compile(r"§\s*[-–—]\s*(?:[^\W\d_A-Z][^\W\d_]*\s*){1,4}(?:\([^()§\n]{1,40}\))?\s*$")
# "By Jane Doe", "Edited By: Jane Doe | Updated: …", and after the date (and its clock), in lower case:
# "Posted on May 2, 2026 by the Transcripts Desk", "Posted On: 04 DEC 2026 5:42PM by the Press Office".
_BYLINE: Final = re.compile(
    r"(?:(?:^|(?<=[|·•,]))\s*(?:[A-Z][a-z]+(?:ed|en)\s+)?[Bb]y:?|(?<=§)(?:\s*\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*by)\s+"
    # "Published by the Clerk's Office (council secretariat), 11 December 2023": a bracketed aside
    r"(?:(?:[A-Z][\w.'’-]*|and|&|of|the|in|for|,|\([^()§\n]{1,40}\))\s*){1,10}"
)


@dataclass(frozen=True)
class _HeaderDate:
    """A date on a header line: its rank and its readings.

    Ranks: 0 published, 1 plain, 2 updated, and :data:`_OCCASION` for a "Call date: …" line
    (when the words were said, never the publication).  ``readings`` are (order, date) pairs,
    "dm"/"md" for a numeric date and "" for a written one; more than one means the order is
    not settled by the line itself, and ``fallback`` is then the reading kept if nothing else
    settles it (None: no date).  A year-less date whose weekday picked the year ("Released
    Sunday, April 5") carries ``cap`` (never high: the year is inferred) and ``why``.
    """

    rank: int
    readings: tuple[tuple[str, PartialDate], ...]
    fallback: PartialDate | None = None
    separator: str = ""
    yearless: tuple[int, int, int | None] | None = None  # (month, day, weekday) of "Released Sunday, April 6"
    clock_only: bool = False  # the order read from a 12-hour clock alone ("05/02/2026 4:15pm"): never high
    by_page: bool = False  # the order read from the language of the page's byline or text alone ("Por Redacción"): never high
    by_setting: str = ""  # the order the project's numeric_dates gave (`NumericOrder.because`), the line saying none
    refused: str = ""  # why the project's order reads no date here ("no month 31", a weekday it contradicts)


_NOT_DAY_FIRST: Final = frozenset({"", "en", "ja", "ko"})  # undecided, or a language whose numeric dates are no d/m/y
_OCCASION: Final = 3  # the rank of a "Call date: …" line


def _header_date(text: str, today: date | None = None,
                 order: NumericOrder | None = None) -> tuple[DateInfo, str] | list[tuple[str, str]] | None:
    """A date line among the first lines of ``text`` (its publication date) and the text without it.

    A date line is short and, once its dates, weekdays, times, time zones, labels
    ("Published", "Updated", "min read") and a byline ("By …") are taken out, has
    nothing left: "Published On 9 Feb 2025", "Updated 4:10 PM EST, Thu February 13,
    2025", "Monday, 3 March 2025, 09:15".  A title or lede that names a date does not
    qualify.  A "Published" date beats an "Updated" one; an updated-only date is medium.
    With no date to give, the numeric date lines it could not settle, each with both readings
    (for :attr:`Publication.unsettled`), or None.  A numeric date the project's ``order`` reads as no
    date, or as a day its line's weekday is not, raises :class:`DateRefused`.
    """
    found: list[tuple[_HeaderDate, str, int, int]] = []  # (date, line, line start, line end)
    occasions: set[int] = set()  # starts of the lines that date the words too ("Gravado em … · Publicado em …")
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_HEADER_SCAN]
    # a byline in a language that writes the day first, or a text in one ("NOTA DE IMPRENSA" over a
    # Portuguese release's "03/12/2026"): the page's numeric date reads day first (year-first Japanese and
    # Korean, month-first English excepted)
    abroad = any(_BYLINE_ABROAD.fullmatch(line) for line in lines) or language_of(text)[0] not in _NOT_DAY_FIRST
    pos = 0
    seen = prose = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        # Pasted pages put navigation ("Home", "World", "Share") before the date line: look
        # past short lines, but never beyond the lede.
        if seen > _HEADER_SCAN or (seen > _HEADER_LINES and prose >= 1):
            break
        if _PROSE_END.search(stripped) and len(stripped.split()) >= 8:
            prose += 1
        if len(stripped) > _HEADER_MAX:
            continue
        for dated in _header_line_dates(stripped, abroad, order):
            if dated.refused:
                raise DateRefused(stripped, dated.refused)
            if dated.rank < _OCCASION:  # an occasion line dates the words: article_statement_date reads it
                found.append((dated, stripped, start, start + len(line)))
            else:
                occasions.add(start)
    if not found:
        return None
    certain = {(f[0].separator, f[0].readings[0][0]) for f in found
               if f[0].separator and len(f[0].readings) == 1}
    chosen: list[tuple[int, PartialDate, str, int, str]] = []  # (rank, date, line, start, how)
    guessed: dict[int, Confidence] = {}  # starts of lines whose year a weekday gave (medium at best)
    # the day of a record's words its own date line gives under its heading ("MINUTES OF …" / "Monday, November 30,
    # 2026"): a posting line's numeric date is on it or after it, so a reading before it is none
    recorded = [f[0].readings[0][1] for f in found if len(f[0].readings) == 1 and f[0].yearless is None
                and f[0].readings[0][1].precision == "day" and _under_transcript_head(text, f[2])]
    for dated, line, start, _ in found:
        if dated.yearless is not None:
            value, how, guessed[start] = _yearless_header(dated.yearless, text, today)
        else:
            value, how = _settle_numeric(dated, certain, text)
            if value is None and len(dated.readings) == 2 and len(recorded) == 1:
                after = [r for r in dated.readings if recorded[0].first_day() <= r[1].first_day()
                         and (today is None or r[1].first_day() <= today)]
                if len(after) == 1:
                    value, guessed[start] = after[0][1], "medium"
                    how = (f" (day/month order: the other reading falls before the day the record under its heading"
                           f" dates, {recorded[0].iso()})")
            if dated.clock_only and value is not None and not how:  # Australian, British pages write "4:15pm" too
                guessed[start] = "medium"
                how += " (month first from the 12-hour clock alone)"
            if dated.by_page and value is not None and not how:  # the byline's language, not the line's own
                guessed[start] = "medium"
                how += " (day first: the page's byline or text is in a language that writes it so)"
            if value is None and len(dated.readings) == 2 and (region := _day_first_region(text)):
                # … and last, a text of a country that writes the day first: its dateline's place, or a word only
                # that English uses ("Date: 02/12/2026" over a press note naming "Shri …"): medium
                value, guessed[start] = next(r[1] for r in dated.readings if r[0] == "dm"), "medium"
                how = f" (day first: {region}, of a country that writes it so)"
            if dated.by_setting:
                how += f" ({dated.by_setting})"
            if how.startswith(_WEEKDAY_SETTLED):
                guessed[start] = "medium"
        if value is not None:
            chosen.append((dated.rank, value, line, start, how))
    if not chosen:
        return [(line, _readings_shown(dated)) for dated, line, _, _ in found if len(dated.readings) == 2] or None
    # a reprint's line dates the first report ("Republished from Kenya News Agency, January 27, 2026"): a date line of
    # the page's own beside it ("Friday, January 30, 2026") is the reprint's publication (ux63 #11)
    own = [f for f in chosen if f[0] <= 1 and not _REPRINT_LINE.match(f[2])] \
        if any(_REPRINT_LINE.match(f[2]) for f in chosen) else []
    rank, value, line, start, how = min(own or chosen, key=lambda f: (f[0], f[3]))
    if own and len(own) < len(chosen):
        first = min((f for f in chosen if _REPRINT_LINE.match(f[2])), key=lambda f: f[3])
        how += f" (the reprint's own day; ‘{_one_line(first[2])}’ dates the first report)"
    shown = _one_line(line)
    if start in guessed:
        info = DateInfo(value, guessed[start], f"date line ‘{shown}’ → {value.iso()}{how}")
    elif rank == 2:
        info = DateInfo(value, "medium", f"date line ‘{shown}’ → {value.iso()}{how} (the updated date; "
                                          "first publication may be earlier)")
    else:
        info = DateInfo(value, "high", f"date line ‘{shown}’ → {value.iso()}{how}")
    # Every date line goes: they are page furniture, and the basis quotes the chosen one; but a transcript's own date
    # line under its heading, when a release line dates the page ("Released: November 27" over "TRANSCRIPT: …" /
    # "Thursday, November 26"), stays: the day of the words, which the statement date reads (`_occasion_line`)
    rest = text
    # (… and so does a line that dates the words as well as the page, "Recorded 3 June · Published 5 June": the
    # statement date reads its recording)
    for a, b in sorted({(f[2], f[3]) for f in found if f[2] not in occasions
                        and (f[2] == start or not _under_transcript_head(text, f[2]))}, reverse=True):
        rest = rest[:a] + rest[b + 1 :]
    return info, rest.lstrip("\n")


def _under_transcript_head(text: str, start: int) -> bool:
    """Whether the line at ``start`` comes right after a transcript's heading ("TRANSCRIPT: Post-Cabinet Briefing") or
    a record's ("MINUTES OF THE REGULAR MEETING")."""
    before = text[:start].rstrip("\n")
    return _record_head(before[before.rfind("\n") + 1:])


def _record_head(line: str) -> bool:
    """Whether ``line`` heads a transcript or a record whose date line comes under it (see `_under_transcript_head`)."""
    return _TRANSCRIPT_HEAD.match(line) is not None or _MINUTES_HEAD_LINE.match(line) is not None


def _readings_shown(dated: _HeaderDate) -> str:
    """The two readings of a numeric date in words: "9 August 2023 (day first, 2023-08-09) or
    8 September 2023 (month first, 2023-09-08)"."""
    orders = {"dm": "day first", "md": "month first"}
    return " or ".join(f"{_day_label(value.month or 1, value.day or 1)} {value.year} ({orders[order]}, {value.iso()})"
                       for order, value in sorted(dated.readings))


def _yearless_header(
    month_day: tuple[int, int, int | None], text: str, today: date | None
) -> tuple[PartialDate | None, str, Confidence]:
    """A year-less header date with its weekday ("Released Sunday, April 6"): the one year from the
    latest year the text names to today where that day is that weekday, or with no year named the
    latest such year within a few before today (:func:`_weekday_fits`); else no date (the importer
    then asks).  Without a weekday ("11 March · 6 min read") only an anniversary the text counts
    gives the year (:func:`_anniversary_year`).  Never high: the year is inferred."""
    month, day, wd = month_day
    if today is None:
        return None, "", "low"
    source, on_line = "the weekday on the line", True
    own_day = _OWN_DAY_WEEKDAY.search(text, 0, _SETTLE_REACH) if wd is None else None
    if own_day is not None:  # "Tonight (Friday) I met …": the post's own day, a fit within the past year (low)
        wd, source, on_line = _OWN_DAY_NAMES[own_day.group("wd").casefold()], f"the text's own day, ‘{own_day.group(0)}’", False
    if wd is None:
        counted = _anniversary_year(month, day, text, today)
        if counted is None and (_YEARLESS_STAMP.search(text, 0, _SETTLE_REACH)
                                or _PUBLISHED_YEARLESS.search(text, 0, _SETTLE_REACH) or any(
                _YEARLESS_STAMP.match(_in_english(line)) for line in text[:_SETTLE_REACH].split("\n")[:_HEADER_LINES]
                if _yearless_at_clock(line) and not _PUBLISHED_ABROAD.search(line)
                and not _UPDATED_ABROAD.search(line))):  # (… in another language, a post's with no page's label:
            # "3. december kl. 21:14 ·"; "Publisert 3. desember kl. 09.15" is a page's line that lost its year)
            # "December 4 at 8:15 PM · 🌎": a social post's stamp (or a podcast app's episode line), which writes the
            # year only for posts of earlier years: the latest such day not after today (low: a page saved long ago is
            # of a year before)
            fits = [y for y in (today.year, today.year - 1) if _day_exists(month, day, y) and date(y, month, day) <= today]
            if fits:
                why = (" (year: a post's stamp, or a page's label, writes none for the past year's, the latest "
                       f"{_day_label(month, day)} not after today)")
                return PartialDate(fits[0], month, day), why, "low"
        if counted is None:
            return None, "", "low"
        return PartialDate(counted[0], month, day), f" (year from the text: {counted[1]})", "medium"
    # every year the page names counts, an adjective's too ("last year's record 2024 results")
    named = [int(y) for y in _NAMED_YEAR.findall(text)]
    year, why, confidence = _weekday_fits(named, month, day, wd, today, own=on_line, source=source)
    if year is None:
        return None, "", "low"
    return PartialDate(year, month, day), f" (year from the weekday: {why})", confidence


# a social post's stamp, a day and month with no year and "at" a clock ("December 4 at 8:15 PM", "4 December at 20:15")
# … and a podcast app's episode line, its episode's number after the day, which writes the year only for earlier years'
# episodes too ("DEC 5 · EPISODE 57 · 41 MIN", "Dec 5 · Ep 4"; a page's "Released April 5 · 42 min", a length alone after
# its label, stays undated: test_dates_lines)
# … and X's stamp under a post, its clock first ("8:02 AM · Dec 3 · 1.2M Views"), the year written only for earlier years
_YEARLESS_STAMP: Final = re.compile(rf"(?m)^[^\n]{{0,20}}?(?:(?i:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:\s+at\s+\d{{1,2}}[:.]\d\d"
                                    r"|\s*·\s*(?i:episode|ep\.?)\s*#?\d)"
                                    rf"|\d{{1,2}}:\d\d\s*[AaPp]\.?[Mm]\.?\s*·\s*(?i:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})"
                                    r"(?![\w,])(?!\s+\d{4}))")
# a page's publication label over (or before) a day and month with no year ("Published\n7 December"): a news site
# that writes the year only for earlier years' stories, as a post's stamp does
_PUBLISHED_YEARLESS: Final = re.compile(rf"(?im)^[ \t]*(?:{_PUBLISHED_LABELS})[ \t]*:?[ \t]*\n?[ \t]*"
                                        rf"(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})[ \t]*$")
# the day the text itself is written, its weekday in brackets ("Tonight (Friday) I met …", "Today (Wednesday) I have
# written to …": a post's or a release's first person): the weekday of its year-less date line, in its first lines
# (in every language with `today` words: "Hoje (sexta-feira) estive com …", "Oggi (venerdì) ho incontrato …")
_OWN_DAY_NAMES: Final = {name.casefold(): n for name, n in (*_WEEKDAYS.items(), *date_line_words().weekdays.items())
                         if len(name) > 4}
_OWN_DAY_WEEKDAY: Final = re.compile(
    r"(?<!\w)(?i:today|tonight|this\s+(?:morning|afternoon|evening)|"
    + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w, back in date_line_words().days_back.items()
                       if back == 0), key=len, reverse=True))
    + r")\s*\(\s*(?P<wd>(?i:" + "|".join(sorted(map(re.escape, _OWN_DAY_NAMES), key=len, reverse=True)) + r"))\s*\)")

# "Exactly one year ago tonight, on 11 March 2025": the text counts the years from a dated event
_YEARS_AGO: Final = re.compile(
    rf"(?<![A-Za-z])(?P<n>(?i:{'|'.join(_NUMBER_WORDS)})|\d{{1,2}})\s+(?i:years?\s+ago)(?![A-Za-z])"
)
_ANNIVERSARY_GAP: Final = 60  # characters between "one year ago" and the date it counts from
_ANNIVERSARY_SLACK: Final = 31  # days the header's day may lie from the counted one ("a year ago this month")


def _anniversary_year(month: int, day: int, text: str, today: date) -> tuple[int, str] | None:
    """The year of a year-less header date from an anniversary the text counts: "one year ago
    tonight, on 11 March 2025" beside a header "11 March" dates the page 11 March 2026.  The
    written date and its "N years ago" stand in one sentence; the header's day must fall within a
    month of the counted day and not after today.  None when the text counts no such anniversary."""
    for line in text.split("\n"):
        for ago in _YEARS_AGO.finditer(line):
            word = ago["n"].lower()
            count = _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)
            for phrase in find_date_phrases(line):
                parts = _date_parts(phrase.text)
                if phrase.kind != "explicit" or not parts or parts[0][2] is None:
                    continue
                lo, hi = min(ago.end(), phrase.end), max(ago.start(), phrase.start)
                if hi - lo > _ANNIVERSARY_GAP or re.search(r"[.!?;]\s", line[lo:hi]):
                    continue
                m0, d0, y0 = parts[0]
                assert y0 is not None
                if not _day_exists(m0, d0, y0 + count):
                    continue
                counted = date(y0 + count, m0, d0)
                options = [date(y, month, day) for y in (counted.year - 1, counted.year, counted.year + 1)
                           if _day_exists(month, day, y)]
                best = min(options, key=lambda d: abs((d - counted).days))
                if abs((best - counted).days) <= _ANNIVERSARY_SLACK and best <= today:
                    shown = _one_line(line[min(ago.start(), phrase.start) : max(ago.end(), phrase.end)])
                    why = f"‘{shown}’ counts to {counted.isoformat()}"
                    return best.year, why
    return None


_NAMED_YEAR: Final = re.compile(r"(?<![\d$€£.,:/-])((?:19|20)\d\d)(?![\d%]|[.,:/-]\d)")
_SETTLE_REACH: Final = 1500  # the top of the page: a lede's date, not a background paragraph's


def _settle_numeric(
    dated: _HeaderDate, certain: set[tuple[str, str]], text: str
) -> tuple[PartialDate | None, str]:
    """The reading of a header date whose day/month order its own line leaves open, and why.

    The page's other dates decide: a header date with the same separator whose order is
    certain (a part above 12), else a written date near the top of the text ("Lisbon,
    2 January 2026") that matches exactly one reading, else the weekday the text gives its own
    day ("Today (Wednesday) I have written …") when one reading falls on it.  Otherwise the
    fallback (or no date).
    """
    if len(dated.readings) == 1:
        return dated.readings[0][1], ""
    by_order = [r for r in dated.readings if (dated.separator, r[0]) in certain]
    if len(by_order) == 1:
        return by_order[0][1], " (day/month order from the page's other numeric date)"
    written = {(m, d, y) for m, d, y in _date_parts(text[:_SETTLE_REACH])}
    matching = [r for r in dated.readings
                if any(r[1].month == m and r[1].day == d and y in (None, r[1].year) for m, d, y in written)]
    if len(matching) == 1:
        value = matching[0][1]
        return value, f" (day/month order from the date written in the text, {_day_label(value.month or 1, value.day or 1)})"
    # … or a numeric date the text itself writes with the same separator, a part above 12 ("at its meeting on
    # 14/01/2027"): the outlet writes every date in one order
    orders = {"dm" if int(n["a"]) > 12 else "md" for n in _NUMERIC_IN_PROSE.finditer(text, 0, _SETTLE_REACH)
              if n["sep"] == dated.separator and (int(n["a"]) > 12) != (int(n["b"]) > 12)}
    by_text = [r for r in dated.readings if {r[0]} == orders]
    if len(by_text) == 1:
        return by_text[0][1], " (day/month order from another numeric date the text writes)"
    if dated.separator == ".":
        # dots are day first wherever dates are written with them: a weekday the text names is a day of its news
        # (a Saturday paper's "said on Friday"), no reason to read "12.08.2023" as 8 December
        return dated.fallback, ""
    own_day = _OWN_DAY_WEEKDAY.search(text, 0, _SETTLE_REACH)
    if own_day is not None:  # "2/12/2026" above "Today (Wednesday) I have written …": the reading on that weekday
        on_it = [r for r in dated.readings if r[1].first_day().weekday() == _WEEKDAYS[own_day.group("wd")]]
        if len(on_it) == 1:
            return on_it[0][1], f" (day/month order from the text's own day, ‘{own_day.group(0)}’)"
    # … or the weekdays the text names for its news ("04/12/2026" over "Friday's parade", "12/06/2026" over "seized …
    # on Sunday morning"): a release tells the day it is dated by its weekday, so the one reading on a weekday the text
    # names, when the other is on none (medium: a weekday may be of a day before, as "Tuesday's march" is)
    quoted = _quoted_regions(text[:_SETTLE_REACH])
    named = {_weekday_in(p.text) for p in find_date_phrases(text[:_SETTLE_REACH])
             if p.kind == "weekday" and p.text.split()[0].lower() not in ("last", "next", "this", "past")
             and not _inside(p.start, quoted)}
    on_named = [r for r in dated.readings if r[1].first_day().weekday() in named]
    if len(on_named) == 1:
        value = on_named[0][1]
        return value, f"{_WEEKDAY_SETTLED}, {calendar.day_name[value.first_day().weekday()]})"
    return dated.fallback, ""


_WEEKDAY_SETTLED: Final = " (day/month order from the one reading on a weekday the text names"


def _numeric_readings(m: re.Match[str], line: str, *, day_first: bool = False,
                      page_day_first: bool = False, project: NumericOrder | None = None) -> _HeaderDate | None:
    """The possible (order, date) readings of a numeric date on a header line; ``day_first`` when
    the line's label is in a language that writes the day first ("Publicado 02/12/2026"),
    ``page_day_first`` when the page's byline is ("Por Redacción" above "03/12/2026 - 10:22").
    ``project``: the project's order (`config.NumericOrder`), which reads a date with slashes or dashes
    (dots are day first everywhere) and leaves the line only its weekday to contradict it."""
    if project is not None and m["sep"] != ".":
        return _in_project_order(m, line, project)
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    readings: list[tuple[str, PartialDate]] = []
    for order, month, day in (("dm", b, a), ("md", a, b)):
        if 1 <= month <= 12 and _day_exists(month, day, year):
            readings.append((order, PartialDate(year, month, day)))
    if len(readings) == 2 and a == b:
        readings = readings[:1]
    wd = _weekday_in(line)
    if len(readings) == 2 and wd is not None:
        fits = [r for r in readings if r[1].first_day().weekday() == wd]
        readings = fits or readings
    if len(readings) == 2:
        zone_dm, zone_md = _DAY_FIRST_ZONE.search(line), _MONTH_FIRST_ZONE.search(line)
        if zone_dm and not zone_md:
            readings = [r for r in readings if r[0] == "dm"]
        elif zone_md and not zone_dm:
            readings = [r for r in readings if r[0] == "md"]
    if len(readings) == 2 and day_first:
        readings = [r for r in readings if r[0] == "dm"]
    by_page = False
    if len(readings) == 2 and page_day_first and not _US_CLOCK.search(line):
        readings, by_page = [r for r in readings if r[0] == "dm"], True
    clock_only = False
    if len(readings) == 2:
        us, eu = _US_CLOCK.search(line), _EU_CLOCK.search(line)
        clock_only = bool(us and not eu and not _MONTH_FIRST_ZONE.search(line))
        if us and not eu and not clock_only:
            readings = [r for r in readings if r[0] == "md"]
        elif eu and not us:
            readings = [r for r in readings if r[0] == "dm"]
    if not readings:
        return None
    fallback = readings[0][1] if len(readings) == 2 and m["sep"] == "." else None
    if clock_only:  # a 12-hour clock alone: the text's own dates settle the order first, else month first
        fallback = next(r[1] for r in readings if r[0] == "md")
    return _HeaderDate(0, tuple(readings), fallback, m["sep"], clock_only=clock_only, by_page=by_page)


def _in_project_order(m: re.Match[str], line: str, order: NumericOrder) -> _HeaderDate:
    """A header line's numeric date read in the project's order: the one reading, said to come from
    the setting when the other order was possible too; or, when that order gives no date or a day
    the line's weekday is not, a refusal saying why (`_HeaderDate.refused`)."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    month, day = (b, a) if order.day_first else (a, b)
    shown = m.group(0)
    if not (1 <= month <= 12 and _day_exists(month, day, year)):
        what = f"no month {month}" if not 1 <= month <= 12 else f"no day {day} in {calendar.month_name[month]} {year}"
        return _HeaderDate(0, (), refused=f"‘{shown}’ is no date read {order.words} ({what}; {order.said} in "
                                          "pyproject.toml)")
    value = PartialDate(year, month, day)
    wd = _weekday_in(line)
    if wd is not None and value.first_day().weekday() != wd:
        return _HeaderDate(0, (), refused=f"‘{shown}’ read {order.words} is {value.label()}, a "
                                          f"{calendar.day_name[value.first_day().weekday()]}, but the line says "
                                          f"{calendar.day_name[wd]} ({order.said} in pyproject.toml)")
    settled = a > 12 or b > 12 or a == b
    return _HeaderDate(0, (("dm" if order.day_first else "md", value),), None, m["sep"],
                       by_setting="" if settled else order.because())


_WORDS_ABROAD: Final = date_line_words()
_MONTH_ABROAD: Final = re.compile(
    rf"(?i)(?<![\w.])(?P<d>{_DAYNUM})(?:er|\.|º|°)?\s+(?:de\s+)?(?P<m>"
    + "|".join(re.escape(m) for m in sorted(_WORDS_ABROAD.months, key=len, reverse=True))
    + rf")\.?,?(?:\s+de)?\s+(?P<y>{_YEAR})"  # (a comma before the year: a Hindi record's "2 दिसंबर, 2026")
)

# … the month first, as English writes it ("Jumatano, Julai 16, 2025", Kiswahili papers; "marzo 16, 2025")
_MONTH_FIRST_ABROAD: Final = re.compile(
    r"(?i)(?<![\w.])(?P<m>" + "|".join(re.escape(m) for m in sorted(_WORDS_ABROAD.months, key=len, reverse=True))
    + rf")\.?\s+(?P<d>{_DAYNUM})(?![\d.:])(?:,\s*|\s+)(?P<y>{_YEAR})"
)

# the same without a year ("Publisert torsdag 3. desember kl. 09.15"), read only on a line that has a
# foreign label: the weekday beside it, or the text, gives the year (see _yearless_header)
_MONTH_ABROAD_YEARLESS: Final = re.compile(
    rf"(?i)(?<![\w.])(?P<d>{_DAYNUM})(?:er|\.|º|°)?\s+(?:de\s+)?(?P<m>"
    + "|".join(re.escape(m) for m in sorted(_WORDS_ABROAD.months, key=len, reverse=True))
    + r")(?P<y>)\.?(?![\w.]|\s+(?:de\s+)?\d)"
)


def _labels_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)")


def _weekday_date_abroad() -> re.Pattern[str]:
    """A foreign weekday right before a year-less foreign date ("Viernes 4 de diciembre", "vendredi 4
    décembre"): the weekday makes the line a date line though it has no label, and pins the year."""
    names = "|".join(re.escape(w) for w in sorted(_WORDS_ABROAD.weekdays, key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{names})(?!\w),?\s+(?:(?:el|le|den|il|o)\s+)?" + _MONTH_ABROAD_YEARLESS.pattern[4:])


_PUBLISHED_ABROAD: Final = _labels_re(_WORDS_ABROAD.published)
# a month and a year on a line of their own ("Noviembre de 2024" under a community paper's name, "March 2026"):
# page furniture, never a title; but a month alone heads anything (a bulletin's issue, a timeline's section), so it
# dates no page: the importer asks, naming it (`month_of_issue`)
_BARE_MONTH_YEAR: Final = re.compile(
    r"(?i)(?P<m>" + "|".join(sorted({*(m.lower() for m in calendar.month_name if m), *_WORDS_ABROAD.months},
                                    key=lambda w: (-len(w), w))) + r")\.?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)")
_UPDATED_ABROAD: Final = _labels_re(_WORDS_ABROAD.updated)
_AT_ABROAD: Final = _labels_re(_WORDS_ABROAD.at)
# an update label's age in another language ("Updated há 2 anos" once the label is English): read as "Updated ago"
_UPDATED_AGO_ABROAD: Final = re.compile(r"(?i)\bUpdated\s+(?:" + "|".join(_WORDS_ABROAD.ago_stamps) + r")(?![\w'’-])"
                                        if _WORDS_ABROAD.ago_stamps else r"(?!)")
# a year-less day and month then the little word before a clock ("4 de dezembro às 21:10", "4 de diciembre a las
# 21:10", "4. Dezember um 21:10"): a social post's stamp of this year, its year left to the text's own day
_CLOCK_AFTER: Final = re.compile(r"\s*\d{1,2}[:h.]\d\d")


def _weekday_abroad_number(word: str) -> int:
    """The weekday (0 Monday) of another language's weekday name as prose writes it ("mercredi", "Mittwoch",
    a sentence's "Lunes"): the lead's, the quote's sentence's and the occasion's readers each look it up so."""
    low = word[:1].lower() + word[1:]
    if low in _WORDS_ABROAD.suffixed_weekdays:  # "i tisdags"
        return _WORDS_ABROAD.suffixed_weekdays[low]
    return _WORDS_ABROAD.weekdays.get(word, _WORDS_ABROAD.weekdays.get(low, 0))


def _yearless_at_clock(line: str) -> bool:
    """Does ``line`` hold a year-less day and month of another language, then its word before a clock and the clock?"""
    for m in _MONTH_ABROAD_YEARLESS.finditer(line):
        at = _AT_ABROAD.match(line, m.end() + len(line[m.end():]) - len(line[m.end():].lstrip(" ,")))
        if at is not None and _CLOCK_AFTER.match(line, at.end()):
            return True
    return False
_WEEKDAY_NAMES_ABROAD: Final = {name.lower(): number for name, number in _WORDS_ABROAD.weekdays.items()}
_WEEKDAY_ABROAD: Final = _labels_re(tuple(sorted(_WEEKDAY_NAMES_ABROAD, key=len, reverse=True)))
_WEEKDAY_DATE_ABROAD: Final = _weekday_date_abroad()
# … or before a numeric date ("am Donnerstag, 22.06.2023, 16:00 Uhr", a council's agenda and minutes)
_WEEKDAY_NUMERIC_ABROAD: Final = re.compile(_WEEKDAY_DATE_ABROAD.pattern.split(r"(?!\w)", 1)[0] + r"(?!\w),?\s+"
                                            r"(?:den\s+)?[0-3]?\d(?P<nsep>[./-])[0-3]?\d(?P=nsep)(?:19|20)\d\d(?!\d)")
# the article before a date, once its weekday and month are English ("le 5 Nov 2024", "Le Wednesday 10 …")
_BEFORE_DATE_ABROAD: Final = re.compile(
    r"(?i:(?<!\w)(?:" + "|".join(re.escape(w) for w in _WORDS_ABROAD.before) + r"))\s+(?=(?:"
    + "|".join(calendar.day_name) + r")\b|\d{1,2}\s+(?:" + "|".join(calendar.month_abbr[1:]) + r")(?:\s+\d{4})?\b"
    r"|\d{1,2}[./]\d{1,2}[./ ])"  # (… a year-less one, "den 3 Dec", and a numeric one, Danish "d. 4/12 2026")
) if _WORDS_ABROAD.before else re.compile(r"(?!)")
# a byline in another language ("Por Redacción", "Par Jeanne Dupont"): its word, then a name alone on its line
# a dateline's place at a line's start ("Karachi: The …", "KARACHI, Dec 5 –"), and the words of a day-first English
_PLACE_AT_LINE: Final = re.compile(rf"(?m)^[ \t]*(?P<place>[{_UP}][\w'’.-]+(?:[ -][{_UP}][\w'’.-]+){{0,2}})"
                                   r"(?=[ \t]*(?:[:,(]|[—–-]{1,2}\s))")
_DAY_FIRST_WORDS: Final = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(w) for w in lexicon().day_first_words)
                                     + r")\.?(?![\w’'-])") if lexicon().day_first_words else None


def _day_first_region(text: str) -> str:
    """What shows the text is of a country whose numeric dates run day first, for a date line either order reads
    ("Date: 02/12/2026"): a place at the start of one of its first lines (a dateline, "Karachi: …") that is a country
    or a time zone's city of such a country (CLDR's own short date format says which), else a word only such a
    country's English uses (en.toml day_first_words: "Shri", "lakh"); "" when nothing does."""
    top = text[:_SETTLE_REACH]
    for m in _PLACE_AT_LINE.finditer(top):
        code = _place_regions().get(m["place"].title())
        if code is not None and _region_day_first(code):
            return f"the dateline’s ‘{m['place']}’"
    word = _DAY_FIRST_WORDS.search(top) if _DAY_FIRST_WORDS is not None else None
    return f"‘{word.group(0)}’ in its text" if word is not None else ""


@lru_cache(maxsize=1)
def _place_regions() -> dict[str, str]:
    """A country's or a time zone's city's name (title case, in English) → its region's code (CLDR)."""
    from babel import Locale
    from babel.core import get_global

    out = {zone.rsplit("/", 1)[-1].replace("_", " "): code for zone, code in get_global("zone_territories").items()
           if "/" in zone}
    out.update({name: code for code, name in Locale.parse("en").territories.items() if code.isalpha()})
    return out


@lru_cache(maxsize=64)
def _region_day_first(code: str) -> bool:
    """Whether the region's own short date format (CLDR: English's there, else its likeliest language's) writes
    the day first."""
    from dateline.config import region_order

    order = region_order(f"en-{code}")
    return order if order is not None else bool(region_order(f"und-{code}"))


_BYLINE_ABROAD: Final = re.compile(
    r"(?i:" + "|".join(re.escape(w) for w in _WORDS_ABROAD.by) + rf")\s+[{_UP}][\w.'’-]*(?:\s+[{_UP}][\w.'’-]*){{0,3}}")
# "11h42" (French, Portuguese, Spanish pages): a 24-hour clock written with an h
_H_CLOCK: Final = re.compile(r"(?<![\w:])([01]?\d|2[0-3])\s?h\s?([0-5]\d)(?!\w)")


# Folha's house style ("12.apr.2024 at 18h30", in Portuguese "12.abr.2024 às 18h30"): a day, a
# month's abbreviation and a year joined by dots
# (… or hyphens, as a cricket or a wire site prints its day: "02-Dec-2026")
_DOTTED_MONTH: Final = re.compile(rf"(?<![\w.\-])(?P<d>{_DAYNUM})(?P<sep>[.\-])(?P<m>[^\W\d_]{{3,9}})(?P=sep)(?P<y>{_YEAR})"
                                  r"(?![\w\-])")


def _dotted_in_english(m: re.Match[str]) -> str:
    """One "12.abr.2024" ("02-Dec-2026") as "12 Apr 2024"; left as it was when the middle word is no month."""
    word = m["m"]
    number = _MONTHS.get(word.title()) or _WORDS_ABROAD.months.get(word.lower())
    return m.group(0) if number is None else f"{int(m['d'])} {calendar.month_abbr[number]} {m['y']}"


def _month_in_english(m: re.Match[str]) -> str:
    """One foreign "day month year" in English; a month already written the English way ("9 Oct
    2025", "4 Sept. 2025") is left as it was, so an English line is never rewritten."""
    if _MONTH_RE.fullmatch(m["m"]) or _MONTH_RE.fullmatch(m["m"] + "."):
        # … unless the day is written another language's way: German "2. April 2024", "30. August"
        # (the months spelled alike in English and German) read as "2 April 2024"
        if m.group(0)[m.end("d") - m.start():][:1].isspace():
            return m.group(0)
        return f"{m['d']} {m['m']} {m['y']}".rstrip()
    return f"{m['d']} {calendar.month_abbr[_WORDS_ABROAD.months[m['m'].lower()]]} {m['y']}"


def _month_first_in_english(m: re.Match[str]) -> str:
    """One foreign "month day, year" ("Julai 16, 2025") as "16 Jul 2025"; an English one ("Mar 16, 2025",
    "Sept. 4, 2025") is left as it was."""
    if _MONTH_RE.fullmatch(m["m"].title()) or _MONTH_RE.fullmatch(m["m"].title() + "."):
        return m.group(0)
    return f"{int(m['d'])} {calendar.month_abbr[_WORDS_ABROAD.months[m['m'].lower()]]} {m['y']}"


_YEAR_WORD_ABROAD: Final = re.compile(
    r"(\d{4})\s+(?:" + "|".join(re.escape(w) for w in _WORDS_ABROAD.year_words) + r")(?!\w)"
) if _WORDS_ABROAD.year_words else re.compile(r"(?!)")


def _kanji_date_re() -> re.Pattern[str]:
    """A Japanese, Chinese or Korean date with its units, the year Gregorian or in an era (`2026年12月5日`,
    `令和8年12月2日（水）`, Taiwan's `中華民國115年12月04日`, `2026년 11월 26일(목)`)."""
    eras = "|".join(map(re.escape, _WORDS_ABROAD.eras)) or "(?!)"
    signs = "".join(_WORDS_ABROAD.weekday_signs)
    return re.compile(rf"(?:(?P<era>{eras})\s*(?P<ey>元|\d{{1,3}})|(?<!\d)(?P<y>(?:19|20)\d\d))\s*[年년]\s*(?P<m>[01]?\d)"
                      rf"\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일](?:\s*[（(](?P<wd>[{signs}])(?:曜日?|요일)?[）)]"
                      rf"|\s+(?P<wd2>[{signs}])요일)?")


_KANJI_DATE: Final = _kanji_date_re()
_PRINT_PAGE_KO: Final = re.compile(r"\s+[A-Z]?\d{1,3}면$")
_SPACED_DOTS_KO: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)\.\s*(\d{1,2})\.\s*(\d{1,2})\.\s*\(([월화수목금토일])\)")
_KOREAN_CLOCK: Final = re.compile(r"(오전|오후)\s*(\d{1,2}:\d\d)")
_KANJI_CLOCK: Final = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*時\s*([0-5]?\d)\s*分")


def _kanji_in_english(m: re.Match[str]) -> str:
    """One Japanese or Chinese date as "Saturday 5 Dec 2026": an era's year counted from its first (元年 = 1)."""
    first = 1 if m["ey"] == "元" else int(m["ey"] or 1)  # 元年: an era's first year
    year = _WORDS_ABROAD.eras[m["era"]] + first - 1 if m["era"] else int(m["y"])
    month = int(m["m"])
    if not 1 <= month <= 12:
        return m.group(0)
    sign = m["wd"] or m["wd2"]  # (`2026년 12월 5일 토요일 A30면`: a print edition's weekday in full, no bracket)
    weekday = f"{calendar.day_name[_WORDS_ABROAD.weekday_signs[sign]]} " if sign else ""
    return f" {weekday}{int(m['d'])} {calendar.month_abbr[month]} {year} "


# a broadcaster's short weekday right before a day and its month, once the month is English ("zo 6 Dec 2026 10:12",
# Dutch pages; date_lines.toml `short_weekdays`): CLDR's abbreviations, two letters, so read nowhere else
_SHORT_WEEKDAY_ABROAD: Final = re.compile(
    r"(?i)(?<![\w.])(?P<wd>" + "|".join(re.escape(w) for w in sorted(_WORDS_ABROAD.short_weekdays, key=lambda w: (-len(w), w)))
    + rf")\.?(?=,?\s+{_DAYNUM}\s+{_MONTH})") if _WORDS_ABROAD.short_weekdays else re.compile(r"(?!)")


# the part of the day a record's date line names after the year ("Dienstag, 1. Dezember 2026, Nachmittag": the
# afternoon sitting; date_lines.toml day_parts), no part of the date
_DAY_PART_AFTER = re.compile(r"(\d{4}),?[ \t]+(?i:" + "|".join(re.escape(w) for w in date_line_words().prose_day_parts)
                             + r")[ \t]*$") if date_line_words().prose_day_parts else re.compile(r"(?!)")


# Chinese date lines (date_lines.toml [zh]): the full-width brackets, colon and spaces of the script, its numerals
# (一一五年十二月五日: the year digit by digit, the month and day in tens), the Republic's year in a numeric date
# beside a label (發布日期：115-12-03: 115 = 2026), a clock by the part of the day (上午9時) and a year-less day with
# its weekday (12月2日(週三)): rewritten to the shapes the Japanese and numeric readers know
_HAN_CHAR: Final = re.compile("[\u4e00-\u9fff]")
_KANA_OR_HANGUL: Final = re.compile("[\u3040-\u30ff\uac00-\ud7a3]")  # (Japanese, Korean: their own readers)
_HAN_DIGITS: Final = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_TENS: Final = "[一二三四五六七八九十]{1,3}"
_HAN_NUMERAL_DATE: Final = re.compile(f"([〇零一二三四五六七八九]{{2,4}})年({_HAN_TENS})月({_HAN_TENS})日")
_HAN_ROC_NUMERIC: Final = re.compile(r"(?<![\d/.-])(1[01]\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-])")
_HAN_PART_CLOCK: Final = re.compile(r"(上午|下午|晚上|中午)\s*(\d{1,2})時(?:(\d{1,2})分)?")
_HAN_SPACED: Final = re.compile("(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_HAN_YEARLESS: Final = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日\s*\((?:星期|週|周|礼拜|禮拜)([一二三四五六日天])\)")
_HAN_UPDATE_BRACKET: Final = re.compile("[（(][^（）()\n]{0,30}更新[）)]")
_HAN_FULL_WIDTH: Final = str.maketrans({"（": " (", "）": ") ", "：": ": ", "\u3000": " ", "／": "/"})


def _han_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23 (a month's or a day's number in Chinese numerals)."""
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return _HAN_DIGITS[text]
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[ones] if ones else 0)


def _han_date_line(line: str) -> str:
    """A Chinese date line in the shapes the readers after know (see _HAN_NUMERAL_DATE …)."""
    out = _HAN_NUMERAL_DATE.sub(lambda m: "".join(str(_HAN_DIGITS[c]) for c in m[1])
                                + f"年{_han_number(m[2])}月{_han_number(m[3])}日", line)
    out = _HAN_SPACED.sub("", _HAN_UPDATE_BRACKET.sub("", out))  # (an update's time in brackets: not the issue's)
    if ":" in out or "：" in out:  # (`發布日期：115-12-03`: the Republic's year after a label)
        out = _HAN_ROC_NUMERIC.sub(lambda m: f"{int(m[1]) + 1911}-{m[3]}-{m[4]}", out)
    out = _HAN_PART_CLOCK.sub(lambda m: f" {int(m[2]) % 12 + (12 if m[1] in ('下午', '晚上') else 0)}:{m[3] or '00'} ", out)
    out = out.translate(_HAN_FULL_WIDTH)
    return _HAN_YEARLESS.sub(lambda m: f"{calendar.day_name['一二三四五六日天'.index(m[3]) % 7 if m[3] != '天' else 6]} "
                             f"{int(m[2])} {calendar.month_abbr[int(m[1])]}" if 1 <= int(m[1]) <= 12 else m[0], out)


def _in_english(line: str) -> str:
    """A date line of a page in another language in its English form, so one grammar reads both:
    "Publié le 24 janv. 2025 à 11h42, mis à jour le …" → "Published 24 Jan 2025 at 11:42, Updated …".
    Month names come from CLDR (:func:`dateline.lexicon.date_line_words`); a month is read only
    between a day and a year, and the little word before a clock only on a line that had a
    foreign month or label, so English text is left as it is.  So is a weekday ("Publicado el
    miércoles 12 de marzo de 2025" → "Published Wednesday 12 Mar 2025")."""
    if _HAN_CHAR.search(line) is not None and _KANA_OR_HANGUL.search(line) is None:
        line = _han_date_line(line)
    out = _MONTH_ABROAD.sub(_month_in_english, _DOTTED_MONTH.sub(_dotted_in_english, line))
    out = _MONTH_FIRST_ABROAD.sub(_month_first_in_english, out)
    if out != line:
        out = _SHORT_WEEKDAY_ABROAD.sub(lambda m: calendar.day_abbr[_WORDS_ABROAD.short_weekdays[m["wd"].lower()]], out)
    if ". " in out and any(f"({sign})" in out for sign in "월화수목금토일"):  # a Korean release's `2026. 12. 3.(목)`
        out = _SPACED_DOTS_KO.sub(r"\1년 \2월 \3일(\4)", out)
    if out.endswith("면"):  # a print edition's page after its date (`2026년 12월 5일 토요일 A30면`): no part of it
        out = _PRINT_PAGE_KO.sub("", out)
    if "年" in out or "년" in out:  # Japanese, Korean: "2026年12月5日 20時15分", "令和8年11月30日（月）", "2026년 11월 26일(목)"
        out = _KANJI_CLOCK.sub(r"\1:\2", _KANJI_DATE.sub(_kanji_in_english, out)).strip()
    if "오전" in out or "오후" in out:  # a Korean portal's 12-hour clock: "오후 2:15" is 2:15 PM
        out = _KOREAN_CLOCK.sub(lambda m: f"{m[2]} {'AM' if m[1] == '오전' else 'PM'}", out)
    if out != line:  # "2 Dec 2026 r." (Polish writes "year" after the year): the date ends at its year
        out = _YEAR_WORD_ABROAD.sub(r"\1", out)
    out = _UPDATED_ABROAD.sub("Updated", out)
    if "Updated " in out:  # "Atualizado há 2 anos", as a page prints its last update: its age, no date
        out = _UPDATED_AGO_ABROAD.sub("Updated ago", out)
    out = _PUBLISHED_ABROAD.sub("Published", out)
    if out == line and not _WEEKDAY_DATE_ABROAD.search(line) and not _WEEKDAY_NUMERIC_ABROAD.search(line) \
            and not _yearless_at_clock(line):
        return line
    # a year-less "torsdag 3. desember" beside a foreign label: the weekday may pin its year
    out = _MONTH_ABROAD_YEARLESS.sub(_month_in_english, out)
    out = _WEEKDAY_ABROAD.sub(lambda m: calendar.day_name[_WEEKDAY_NAMES_ABROAD[m.group(0).lower()]], out)
    out = _BEFORE_DATE_ABROAD.sub("", out)  # "Le Wednesday 10 Apr 2024", "QUÉBEC, le 5 Nov 2024 /CNW/"
    out = _DAY_PART_AFTER.sub(r"\1", out)  # a record's sitting: "Dienstag, 1. Dezember 2026, Nachmittag"
    out = _SPACED_YEAR.sub(r"\1/\2/\3", out)  # Danish "d. 4/12 2026": the year after a space
    return _HOUR_ONLY.sub(r"at \1:00", _H_CLOCK.sub(r"\1:\2", _AT_ABROAD.sub("at", out)))


# a numeric day and month, then the year after a space, not a slash ("Opdateret d. 4/12 2026 kl. 10.12"), and an
# hour with no minutes after the word before a clock, closing the line or its part ("Møte … 2026 kl. 10"): read as
# "4/12/2026", "at 10:00"
_SPACED_YEAR: Final = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})\s+((?:19|20)\d\d)(?![\d/])")
_HOUR_ONLY: Final = re.compile(r"(?<!\w)at\s+([01]?\d|2[0-3])(?=\s*(?:$|[,|·–—]))")


# An update's or a publication's time with no day, as `_in_english` reads its line ("Aggiornato alle 09:12" →
# "Updated 09:12", "Aktualisiert um 9.12 Uhr" → "Updated at 9.12 Uhr", "Last updated 9:12 a.m. ET"): a label, at
# most one short word ("a las"'s "las"), the clock, its word or zone
_CLOCK_STAMP: Final = re.compile(
    r"(?i)(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*(?:at\s+|[^\W\d]{1,4}\s+)?"
    r"(?:[01]?\d|2[0-3])[:.]\d\d(?:\s*(?:[ap]\.?m\.?|" + "|".join(re.escape(w) for w in lexicon().clock_words)
    + r"))?(?:\s+[A-Z]{2,5})?\.?")


def clock_stamp_line(line: str) -> bool:
    """Is ``line`` only a label of publication or update and a time, no day ("Aggiornato alle 09:12",
    "Updated 9:12 a.m. ET")? The page's header shows its day on another line; this one dates nothing
    and is no part of the story (a saved page's furniture)."""
    return _CLOCK_STAMP.fullmatch(_in_english(line.strip())) is not None


def is_date_word(word: str) -> bool:
    """True for a month's or a weekday's name or abbreviation, in English or in another language
    the date lines are read in ("Sept", "Tue", "Saturday", "avril", "Dienstag"): a byline's date
    words are not its author's name."""
    word = word.rstrip(".,")
    return (word.title() in _MONTHS or word.title() in _WEEKDAYS
            or word.lower() in _WORDS_ABROAD.months or word.lower() in _WORDS_ABROAD.weekdays)


def is_date_line(line: str) -> bool:
    """Is ``line`` a line of its own that only dates the page or its words ("12.apr.2024 at 18h30",
    "Brasília, 2 de maio de 2024", "Call date: 01.30.2025", a month of issue "Noviembre de 2024")?  Page
    furniture, never a title."""
    text = line.strip()
    return len(text) <= _HEADER_MAX and (bool(_header_line_dates(text)) or _BARE_MONTH_YEAR.fullmatch(text) is not None)


def month_of_issue(text: str) -> tuple[str, PartialDate] | None:
    """A month and a year alone on one of the first lines ("Noviembre de 2024" under a paper's name), with the
    month it names: what the importer suggests when it asks for a date."""
    for line in [line.strip() for line in text.split("\n") if line.strip()][:_HEADER_LINES]:
        m = _BARE_MONTH_YEAR.fullmatch(line)
        if m is not None:
            return line, PartialDate(int(m["y"]), _MONTHS.get(m["m"].title()) or _WORDS_ABROAD.months[m["m"].lower()])
    return None


# a meeting's place after the clock of its date line ("am Donnerstag, 22.06.2023, 16:00 Uhr, Ratssaal des
# Rathauses", the head of a council's minutes): a clock word of another language (en.toml clock_words), then a
# comma and a few words with no stop of a sentence
_VENUE_AFTER_CLOCK: Final = re.compile(r"(\d{1,2}[:.]\d\d\s*(?:" + "|".join(re.escape(w) for w in lexicon().clock_words)
                                       + r")),\s*[^§.!?,;:\n]{1,60}$"
                                       # … or a channel's name after a bare clock ("Sendung vom 13. Juni 2023, 22:00,
                                       # ORF 2"): capitalised words or a channel's number, no sentence's words
                                       r"|(\d{1,2}[:.]\d\d),\s*(?:[A-ZÀ-Þ][\w.&'’-]*|\d{1,2})"
                                       r"(?:\s+(?:[A-ZÀ-Þ][\w.&'’-]*|\d{1,2})){0,3}$")


# a weekend edition's two days on one line ("Saturday 28 and Sunday 29 November 2026", Dutch "ZATERDAG 28 EN ZONDAG 29
# NOVEMBER 2026"): the edition is dated by its first day, the second's weekday and day no other date (a dash between
# them is an issue's span, `_issue_span_year`, whose year may be the second day's only)
_TWO_DAY_EDITION: Final = re.compile(
    rf"(?P<first>{_WD}\s+{_DAYNUM})(?:\s+(?P<m1>{_MONTH}))?\s+(?i:and|&|"
    + "|".join(re.escape(w) for w in lexicon().and_words) + rf")\s+{_WD}\s+{_DAYNUM}\s+(?P<m2>{_MONTH})")
# … and with both days in one span after the two weekdays ("Saturday-Sunday, November 28-29, 2026",
# "Sat/Sun 28-29 November 2026"): its first day too
_WEEKEND_SPAN: Final = re.compile(
    rf"(?P<wd>{_WD}|{_WD_ABBR})\s*[-–/&]\s*(?:{_WD}|{_WD_ABBR}),?\s+(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAYNUM})"
    rf"\s*[-–/&]\s*{_DAYNUM}|(?P<d2>{_DAYNUM})\s*[-–/&]\s*{_DAYNUM}\s+(?P<m2>{_MONTH}))(?![\d/-])")
# a numeric date with a two-digit year, day and month of two digits each, before a 24-hour clock ("05-12-26, 06:00",
# a Dutch tabloid's stamp; "07.12.26 | 23:58", an Israeli portal's): the clock makes the line a page's stamp, so the
# year is this century's
SHORT_YEAR_AT_CLOCK: Final = re.compile(
    r"(?<![\d./-])(?P<a>[0-3]\d)(?P<sep>[./-])(?P<b>[0-3]\d)(?P=sep)(?P<y>\d\d)"
    r"(?=(?:,|\s+\|)?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d))")
SHORT_YEAR_SPELLED: Final = r"\g<a>\g<sep>\g<b>\g<sep>20\g<y>"  # … written with its century


def _header_line_dates(line: str, page_day_first: bool = False,
                       order: NumericOrder | None = None) -> list[_HeaderDate]:
    """The dates of a line that is only a date line, each ranked 0 published, 1 plain, 2 updated,
    :data:`_OCCASION` the occasion of the words ("Call date: …"; never the publication date);
    ``page_day_first`` when the page's byline is in a language that writes the day first;
    ``order`` the project's order of numeric dates."""
    # the label's language, before translation (an update's label too, unless it is English's: "Update:")
    day_first = _PUBLISHED_ABROAD.search(line) is not None or any(
        not m.group(0).lower().startswith("update") for m in _UPDATED_ABROAD.finditer(line))
    line = _in_english(line)
    line = _VENUE_AFTER_CLOCK.sub(lambda m: m.group(1) or m.group(2), line)
    # "February 9, 20253:05 PM GMT+2Updated 2 hours ago", as scraped from some pages
    line = _GLUED_LABEL.sub(" ", _GLUED_TIME.sub(r"\1 \2", line))
    # "3 MAR 2025, 14:22" (some agencies): a whole line of date words, so capitals are safe here
    line = _UPPER_MONTH.sub(lambda m: m.group(0).title(), line)
    line = _UPPER_WEEKDAY.sub(lambda m: m.group(0).title(), line)  # "THURSDAY, MARCH 20"
    line = _TWO_DAY_EDITION.sub(lambda m: f"{m['first']} {m['m1'] or m['m2']}", line)  # (the first day's month)
    line = _WEEKEND_SPAN.sub(lambda m: f"{m['wd']}, {m['m1']} {m['d1']}" if m['m1'] else f"{m['wd']}, {m['d2']} {m['m2']}",
                             line)
    line = SHORT_YEAR_AT_CLOCK.sub(SHORT_YEAR_SPELLED, line)
    line = _BRACKETED_LINE.sub(r"\1", line)  # the Record's "(Senate - March 12, 2025)": the line in brackets
    line = _THE_ORDINAL.sub("", line)  # a record's "Wednesday, the 2nd December, 2026": the day without its article
    spans: list[tuple[int, int, _HeaderDate]] = []
    for m in _NUMERIC_DAY.finditer(line):
        numeric = _numeric_readings(m, line, day_first=day_first, page_day_first=page_day_first, project=order)
        if numeric is not None:
            spans.append((m.start(), m.end(), numeric))
    weekday = _weekday_in(line)
    for m in _DATE_PARTS.finditer(line):
        year = m.group("y1") or m.group("y2")
        month = _MONTHS[(m.group("m1") or m.group("m2")).rstrip(".")]
        day = int(m.group("d1") or m.group("d2"))
        if year is None:
            # "Released Sunday, April 6": the weekday may pin the year, "11 March · 6 min read" the
            # text's "one year ago … on 11 March 2025" (settled in _header_date)
            if _day_exists(month, day, None):
                spans.append((m.start(), m.end(), _HeaderDate(0, (), yearless=(month, day, weekday))))
            continue
        if _day_exists(month, day, int(year)):
            spans.append((m.start(), m.end(), _HeaderDate(0, (("", PartialDate(int(year), month, day)),))))
    for m in (*_ISO_DAY.finditer(line), *_YEAR_FIRST_DAY.finditer(line)):
        try:
            month, day = int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
            spans.append((m.start(), m.end(), _HeaderDate(0, (("", PartialDate(int(m["y"]), month, day)),))))
        except ValueError:
            continue
    if not spans and _ISSUE_LABEL.search(line):
        # a bulletin's or a magazine's issue line dates it by month ("Issue 41 · December 2025"): the
        # month is all it says, so the date is that month, never an invented day
        spans = [(m.start(), m.end(), _HeaderDate(0, (("", PartialDate(int(m["y"]), _MONTHS[m["m"].rstrip(".")])),)))
                 for m in _MONTH_YEAR_PART.finditer(line)]
    if not spans:
        return []
    spans.sort(key=lambda x: x[0])
    spans = _issue_span_year(spans, line)
    residue = line
    for a, b, _ in reversed(spans):
        residue = residue[:a] + " § " + residue[b:]
    occasion = _OCCASION_LABEL.match(residue)
    if occasion is not None:
        residue = residue[occasion.end():]
    minutes = _MINUTES_HEAD.search(residue) is not None or _TRANSCRIPT_NAMED.match(residue) is not None
    residue = _MINUTES_HEAD.sub(" ", _TRANSCRIPT_NAMED.sub(" ", residue))
    residue = _TRANSLATION_NOTE.sub(" ", residue)
    if " In " in residue:
        residue = _FILED_IN.sub(r"\1", residue)
    residue = _NAME_BEFORE_CLOCK.sub(" ", _BYLINE.sub(" ", residue))
    residue = _WEEKDAY_RE.sub(" ", residue)  # first: "Aired Sunday, March 9" has no place named "Sunday"
    residue = _LABELLED_TAIL.sub(r"\1", residue)
    residue = _DATE_FIRST_TAIL.sub(r"\1", residue)
    residue = _REPRINT_HEAD.sub(" ", residue)
    if "  " in line or "\t" in line:  # a printed page's running head is set with wide gaps
        residue = _PRINT_TAIL.sub("§", _PRINT_NAME.sub(" ", residue))
    residue = _SOURCE_TAIL.sub("§", residue)
    residue = _SECTION_HEAD.sub(" ", _ISSUE_HEAD.sub(" ", residue))
    # … a programme's or a body's name before its record's head ("TG3 Liguria – edizione delle 19:30 di §")
    minutes = minutes or _MINUTES_HEAD.search(residue) is not None or _BODY_RECORD_HEAD.search(residue) is not None
    residue = _BODY_RECORD_HEAD.sub(" ", _MINUTES_HEAD.sub(" ", residue))
    if minutes:  # "Seduta n. 142 del § – resoconto integrale (bozza non corretta)": the kind of record after it
        residue = _RECORD_TAIL.sub("§", residue)
    residue = _HEADER_NOISE.sub(" ", residue)
    residue = _PLACE_BEFORE_DATE.sub(" ", residue)  # "Murcia 13/11/2026 - 07:30 h CET": where the page was filed
    # (after the labels are gone: "Posted § | Opinion" keeps its label for the tail's rule above)
    residue = _H_CLOCK.sub(" ", residue)  # "09/08/2023 10h15": a 24-hour clock written with an h
    residue = _SECTION_TAIL.sub(" ", residue)
    residue = _SECTION_HEAD_UNCASED.sub(" ", residue)
    if (head := _ONE_WORD_HEAD.match(residue)) is not None and head.group(1).lower() not in _HEAD_NOT_SECTION \
            and _DATE_PARTS.search(line) is not None:
        # "Politics Dec 4, 2026": a section's word alone before the line's date, its month written ("Version 2025.1.2"
        # is a number's label)
        residue = residue[head.end():]
    if _LATIN_LEFT.search(residue) or sum(1 for w in residue.split() if _LETTER.search(w)) > _LABEL_WORDS:
        return []
    out: list[_HeaderDate] = []
    previous = 0
    for a, b, value in spans:
        label = line[previous:a]
        # (a later date on an occasion's line under a label of its own is the page's: "Enregistré le 3 juin 2021 –
        # mis en ligne le 5 juin 2021", a podcast recorded on the one day and put online on the other)
        rank = (0 if previous and _PUBLISHED.search(label) else _OCCASION) if occasion \
            else 0 if _PUBLISHED.search(label) else 2 if _UPDATED.search(label) else 1
        out.append(replace(value, rank=rank))
        previous = b
    return out


def _issue_span_year(spans: list[tuple[int, int, _HeaderDate]], line: str) -> list[tuple[int, int, _HeaderDate]]:
    """A year-less first day of a span whose last day has the year ("Saturday 28th November – Friday 4th
    December, 2026": a weekly's issue) dated with that year, the year before when its month comes later
    ("28 December – 3 January, 2027"), if its weekday, when it names one, fits."""
    out = list(spans)
    for i in range(len(out) - 1):
        (a, b, first), (c, _, last) = out[i], out[i + 1]
        if first.yearless is None or len(last.readings) != 1 or not _SPAN_DASH.fullmatch(line[b:c]):
            continue
        end = last.readings[0][1]
        month, day, wd = first.yearless
        if end.year is None or end.month is None:
            continue
        year = end.year - 1 if month > end.month else end.year
        if not _day_exists(month, day, year) or (wd is not None and date(year, month, day).weekday() != wd):
            continue
        out[i] = (a, b, _HeaderDate(0, (("", PartialDate(year, month, day)),)))
    return out


# --------------------------------------------------------------------------
# Statement dates: when were the words said?


# any script's letters ("erklärte", "äußerte"), words apart by one space ("press conference", "rueda de prensa")
_PLAIN_CUE: Final = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _by_first_letter(cues: Sequence[str]) -> str:
    """`"|".join(cues)` (each space any white space) for `(?i:…)`, grouped by first letter, each group
    in the cues' order: the same matches (cues with different first letters never match at the same
    place, and in a group the first that matches still wins), but `re` tries a letter's cues only
    where that letter stands, not every cue everywhere (the speech cues were two fifths of
    `_governed`'s time on paragraphs with a date). Cues that are not plain words (a pattern of their own) are
    joined as they are."""
    if not all(_PLAIN_CUE.fullmatch(c) for c in cues):
        return "|".join(c.replace(" ", r"\s+") for c in cues)
    groups: dict[str, list[str]] = {}
    for c in cues:
        groups.setdefault(c[0].lower(), []).append(c[1:].replace(" ", r"\s+"))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_SPEECH_CUE: Final = re.compile(r"(?<![A-Za-z])(?i:" + _by_first_letter(lexicon().date_cues) + r")(?![A-Za-z])")
# Between a cue and a later date phrase, these make the phrase a plan, not the day of speaking.
_FUTURE: Final = re.compile(
    r"(?<![A-Za-z])(?:will|would|shall|[Ii]t'll|to\s+be\s+held|(?:is|are|was|were)\s+(?:due|set|scheduled"
    r"|expected|planned)|plans?\s+to|planning\s+to|intends?\s+to|next|upcoming)(?![A-Za-z])"
)
# A sentence opening on the question put to its subject, and when ("Asked Tuesday whether she still backs it,
# the senator was noncommittal"): the answer that follows was given that day. (Only the participle that opens
# a sentence: "its chair asked on Monday" is the chair's question, which the occasion's own rules date.)
_ASKED_OPENING: Final = re.compile(r"(?<![\w’'-])Asked(?![\w’'-])")
# a sentence's fronted question clause, up to a date phrase inside it ("Asked about remarks the minister made in
# Paris yesterday, she said …"): the day is the remarks', the topic of the question, never the answer's
_ASKED_ABOUT: Final = re.compile(r"[ \t]*(?:Asked|Questioned|Pressed)[ \t]+(?:about|over|whether|if)[ \t]+\S[^,;:.!?\"“”«»\n]*")
# the words `_OCCASION_CUE` needs one of, in the lower-cased text (as `FOLDS_TO_ASCII` tells)
_OCCASION_WORD: Final = _any_word(["sitting", "meeting", "session", "hearing", "meet", "met"])
_CUE_GAP: Final = 60  # characters between a cue and the date phrase it governs
# Occasions of speaking that name their day: a record's "sitting/meeting/hearing of 13 March",
# and the writer meeting the speaker ("When I meet her … last month", "when we met on Friday",
# and in the third person of a magazine's reporter, "When this correspondent met her last week").
_OCCASION_CUE: Final = re.compile(
    r"(?<![A-Za-z])(?i:sitting|meeting|session|hearing)s?\s+(?i:of)(?=\s+(?:the\s+)?\d)"
    # ("f" or "m" looked at before the five looks back: `re` tried them at every position of a paragraph)
    r"|(?=[fm])(?:(?<=(?<![A-Za-z])I )|(?<=(?<![A-Za-z])[Ww]e )|(?<=[Tt]his correspondent )|(?<=[Tt]his reporter )"
    r"|(?<=[Tt]his writer ))(?:first\s+)?(?:meet|met)(?![A-Za-z])"
)
# Within one clause (no comma, colon, dash or bracket between) an occasion reaches further: "When I
# meet her at a small restaurant near the bank's headquarters in Brasília last month".  (After
# "said" the words are what was said, and a far date in them is theirs, not the speaking's.)
_CLAUSE_GAP: Final = 120
# … and a day opening its sentence before a comma reaches its verb past a long subject ("On Wednesday morning, a
# spokeswoman for the governor who asked not to be named because she was not authorized to … said")
_OPENER_GAP: Final = 240
# A clock time before a day ("just after 2am on Saturday", "at 11.30 p.m. on 4 May") pins the
# moment of an act; when that act is a message in any medium ("sent a voice note", "in a video
# posted", "a letter", "phoned"), the day is when its words were said, though no speech verb
# stands near: "sent a voice note to members of the delegation just after 2am on Saturday".
_CLOCK_BEFORE: Final = re.compile(
    r"(?i)(?<![\w.:])(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|o['’]clock|h(?:rs)?)|\d{1,2}[:.]\d\d"
    r"|midnight|midday|noon|dawn)\s*(?:\((?:GMT|UTC|local\s+time)\)|GMT|UTC|local\s+time)?\s+$"
)
_MESSAGE_CUE: Final = re.compile(
    r"(?<![A-Za-z])(?i:sent|sends|messaged|texted|emailed|phoned|rang|voice\s+(?:note|message)s?"
    r"|messages?|recordings?|video|letter|e-?mail)(?![A-Za-z])"
)
# A clause of reason or concession with its own subject between a cue and a date ("telling you that this morning
# because I was told it last night", "said so although they had agreed on Monday"): the date is that clause's
_REASON_CLAUSE: Final = re.compile(r"(?<![\w'’-])(?:because|although|though)\s+(?:I|we|you|he|she|they|it|the|this|that)"
                                   r"(?![\w'’-])")
_CLAUSE_BREAK: Final = re.compile(r"[,;:—–()\[\]\"“”]")
# the word that opens a reported clause in the joined languages ("anunció que …", date_lines.toml `clause_words`): a
# period named after it (a year, a month, "la semana pasada") is the clause's
_CLAUSE_WORD: Final = re.compile(r"(?<!\w)(?i:" + "|".join(map(re.escape, _JOINED.clause_words)) + r")(?!\w)") \
    if _JOINED.clause_words else re.compile(r"(?!)")
_PERIOD_KINDS: Final = frozenset({"year", "month", "month-year", "relative"})
# a sentence's end or a quotation's mark between a date and a verb: no longer one sentence of the writer's
_STOP_OR_MARK: Final = re.compile(r"[.!?\"“”«»„]")
_QUOTE_AFTER_COLON: Final = re.compile(r"[ \t]*:[ \t]*[\"“”«»„]")
# … and so does a speech act whose object is a thing, not words reported ("announced the ballot after a meeting of
# the executive in Dublin on Tuesday night", "raised the issue with the minister in the Assembly on Monday"): its
# object, where and with whom, in words of no verb of their own (no "that", no "would", no past tense, no pronoun
# opening a reported clause: "told the hearing the service did not request a forecast on 2 January")
_ACT_OBJECT: Final = re.compile(
    r"(?:\s+(?!(?:that|who|which|would|will|was|were|is|are|had|has|have|could|should|must|might|can|be|been|to"
    r"|he|she|they|it|we|I|did|does|do|not|[\w'’-]+ed)(?![\w'’-]))[\w'’.&-]+){1,16}\s*")
# The verbs among the message cues: without a clock they name acts of any kind ("troops sent to the
# border on Monday"); the nouns name a medium that carries words ("a voice note", "a letter").
_MESSAGE_VERBS: Final = frozenset({"sent", "sends", "messaged", "texted", "emailed", "e-mailed", "phoned", "rang"})
# A speech verb reporting a clause with its own subject ("said the problem began during a migration
# late on Sunday", "said that …"): a date further on belongs to what the clause reports.
_CLAUSE_VERBS: Final = lexicon().clause_verbs
_INVERTED_BEFORE: Final = re.compile(r"[,\"”’]\s*$")
_REPORTED_CLAUSE: Final = re.compile(rf"\s+(?i:{'|'.join(sorted(lexicon().clause_openers))})\s+\S")
# A participle cue after a comma ("…, observing that", "…, saying") speaks for its sentence's main
# clause, so the main clause's date dates it however long the clause between.
_COMMA_BEFORE: Final = re.compile(r",\s*$")


def _medium_of_words(phrase: DatePhrase, paragraph: str, media_found: Callable[[], list[re.Match[str]]],
                     cues: list[re.Match[str]], sentence: tuple[int, int]) -> re.Match[str] | None:
    """The medium that carries a sentence's reported words and names its day ("In a voice note sent to
    members on Wednesday night, X said: “…”", "In a letter dated 3 May, the mayor told residents …"):
    the noun of a medium before the phrase, in its clause (no comma, colon or bracket between), while a
    speech cue of the same sentence reports the words.  The words are the message's, so its day is
    theirs, though no clock pins it (:data:`_CLOCK_BEFORE`) and no speech verb stands near. (`media_found`:
    the paragraph's media, scanned for only once a sentence with a speech cue asks.)"""
    s_start, s_end = sentence
    if not any(s_start <= c.start() < s_end and c.re is _SPEECH_CUE for c in cues):
        return None
    for m in media_found():
        if (s_start <= m.start() and m.end() <= phrase.start and phrase.start - m.end() <= _CUE_GAP
                and not _CLAUSE_BREAK.search(paragraph, m.end(), phrase.start)
                and not _FUTURE.search(paragraph, m.end(), phrase.start)):
            return m
    return None


def _main_clause_date(phrase: DatePhrase, phrases: list[DatePhrase], paragraph: str, s_start: int) -> bool:
    """Is ``phrase`` its sentence's first date, outside a "since …" phrase (the main clause's day)?"""
    if any(s_start <= p.start < phrase.start and p.kind != "dateline" for p in phrases):
        return False
    return _SINCE.search(paragraph, s_start, phrase.start) is None


def _in_reported_clause(cue: re.Match[str], paragraph: str, phrase_start: int) -> bool:
    """Does the text between a "said"-type cue and a date phrase open the reported clause?

    Not after an inverted attribution ("…," said the minister on Tuesday): there the words came
    first, and what follows "said" is the speaker, not a clause."""
    if cue.group(0).lower() not in _CLAUSE_VERBS or _INVERTED_BEFORE.search(paragraph, 0, cue.start()):
        return False
    return _REPORTED_CLAUSE.match(paragraph, cue.end(), phrase_start) is not None
# A header label, not a speech act: "Posted Tuesday 10 September 2024" dates the page.
_LABEL_CUE: Final = re.compile(r"(?m:^|[|·•]\s*)(?:Posted|Published|POSTED|PUBLISHED)$")
# The speaker's own words recalling what they said ("when we said Croatia could host it"):
# a speech or a transcript answer dates its own telling, not the recalled one.
# (… and their own words promising to say it again, "I said it in March and I will say it again": a turn of a
# sitting, whose own past reference must never date the sitting's other turns, ux41 #1)
_FIRST_PERSON_CUE: Final = re.compile(
    r"(?<![A-Za-z])(?:I|[Ww]e)\s+(?:(?:have|had|first|once|already|always|never|then|will|shall|would|can|could"
    r"|must|want\s+to|am\s+going\s+to|are\s+going\s+to)\s+)?$|(?<![A-Za-z])(?:I|[Ww]e)['’](?:ll|ve|d)\s+$"
)
_RECALLING: Final = frozenset(lexicon().near_verbs)  # verbs that report words, not occasions
# An interviewer's question recalling the guest's earlier words ("Mayor, in January you said the ferry would
# be free"): the date is of those words, never of the question nor of the answers after it (ux36 #5, #17)
_SECOND_PERSON_CUE: Final = re.compile(
    r"(?<![A-Za-z])(?i:you)\s+(?:(?:have|had|first|once|already|always|never|then|also|yourself)\s+)?\Z")
# "When I opposed it in 2023, I was told that …": the subject heard the words (someone else's, at a
# time the sentence recalls), so the passive of a verb of telling dates no words of the writer's.
_HEARD: Final = frozenset({"told", "asked", "assured", "warned", "informed"})
_PASSIVE_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?:was|were|been|being|am|is|are|be|get|got)\s+$")
# ... except the passives of quoting and of a medium carrying the words: "was quoted on Tuesday as saying",
# "the interview was recorded on Thursday", "the statement was released on Monday" date the words themselves
_QUOTED_AS: Final = frozenset({"quoted", "cited", "recorded", "broadcast", "aired", "televised", "filmed", "taped",
                               "streamed", "interviewed", "published", "posted", "released", "issued"})
# ... and a participle with no auxiliary after its noun (a reduced relative clause, the passive all the same):
# with its agent ("the N10bn fund announced by Governor Doe last month"), or after a preposition's noun where a
# verb came earlier in the sentence ("has apologised over the delay in the payment of the grant promised in July"):
# it dates the thing promised, not the story's words. Not "The head of the agency announced on Monday", whose verb
# is the sentence's first.
_AGENT_AFTER: Final = re.compile(r"\s+by\s+(?:the\s+)?[A-ZÀ-Þ]")
_PREP_NOUN_BEFORE: Final = re.compile(
    r"(?<![A-Za-z])(?:of|for|on|over|in|to|with|from|about|under|against)\s+(?:the|a|an|its|his|her|their|this|that)"
    r"\s+(?:[^\s;:!?\"“”]*[^\s,;:.!?\"“”]\s+){0,4}$")
_VERB_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?:has|have|had|is|are|was|were|will|would|[a-z]{3,}ed)(?![A-Za-z])")


# a sentence opened by a participle, then its day and a comma ("Reacting on Monday, X said", "Responding on Friday, …"):
# the participle's subject is the main verb's, so the day is that verb's act
_PARTICIPLE_OPENING: Final = re.compile(r"\s*[A-Z][a-z]+ing\s+")


def _reduced_relative(paragraph: str, cue: re.Match[str], s_start: int) -> bool:
    """Whether a participle cue (`…ed`) stands after its noun as a reduced relative clause, a passive with no
    auxiliary (see _AGENT_AFTER): the date it governs is the background of a thing, not words the story quotes."""
    if not cue.group(0).lower().endswith("ed"):
        return False
    if _AGENT_AFTER.match(paragraph, cue.end()) is not None and paragraph[cue.start() - 1:cue.start()] == " " \
            and paragraph[max(s_start, cue.start() - 2):cue.start() - 1].islower():
        return True
    noun = _PREP_NOUN_BEFORE.search(paragraph, max(s_start, cue.start() - 80), cue.start())
    return noun is not None and _VERB_BEFORE.search(paragraph, s_start, noun.start()) is not None


# A past event the sentence counts from ("the fifth strike since the prime minister announced
# the reform in January 2023"): its date is background, not the day the quotes were said.
_SINCE: Final = re.compile(r"(?<![A-Za-z])[Ss]ince(?![A-Za-z])[^,;:]*$")
# A weekday owning a noun ("Saturday's vote", "Wednesday's decision") dates that event; it dates
# the words only when the event is their occasion ("at Wednesday's hearing", "after Saturday's vote").
_POSSESSIVE: Final = re.compile(r"^['’]s(?![A-Za-z])")
_OCCASION_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?:at|during|after|following|in)\s+$", re.IGNORECASE)
# A day after "to", "until" or "by" is where something is put off to or due by ("The vote has been postponed to
# Tuesday, the Speaker's office says", "talks run until Friday, she said"), and one after "starting", "as of" or
# another language's "from … on" is when something begins ("explicó que el subsidio se aplicará a partir del 1 de
# julio", "à partir du 1er juillet", "a partire dal 1° luglio"): never when the words were said.
# An occasion's schedule in the present tense news writes it in, right before its weekday ("The meeting ends on Friday
# with a communiqué", "the session resumes Monday"): a day to come; what happened, news tells in the past tense.
_SCHEDULED_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?:ends|closes|opens|begins|starts|resumes|concludes|reconvenes)"
                                      r"\s+(?:on\s+)?$")
_TARGET_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:to|until|till|by|starting|effective|as\s+of|a\s+partir\s+(?:del?|de\s+la)|à\s+partir\s+d[eu]"
    r"|a\s+partire\s+d(?:al|alla|a)|ab\s+dem)\s+(?:(?:el|le|the)\s+)?$", re.IGNORECASE)
# A relative clause about the speaker, closed by a comma before the verb, dates its own background
# ("Ortega, who … before being named to the cabinet in 2024, wrote on X that …").
_WHO_CLAUSE: Final = re.compile(r",\s+(?:who|whose|which)(?![A-Za-z])[^,;:.]*$")
# … and one with no comma, that tells who the subject is ("The Republican who ran against her in 2022 said he should
# get some credit"): a date in it before the verb is that clause's, not the saying's (usability round 83)
_WHO_RESTRICTIVE: Final = re.compile(r"[^\s,]\s+(?:who|whose)\s+[a-z][^,;:.\"“”«»]*$")


def in_relative_clause(text: str, start: int, pos: int) -> bool:
    """Does ``pos`` stand in a relative clause opened after ``start`` ("The mine, which opened in
    2014 and …, remains closed")?  Such a clause tells a noun's background: its date is not the
    day of the words (:func:`article_statement_date`) nor the year of the article."""
    return _WHO_CLAUSE.search(text, start, pos) is not None
_LEAD_PARAGRAPHS: Final = 4
_BACKGROUND: Final = re.compile(r"^\s*(?i:background)\s*:")
# Short month and weekday forms do not end a sentence ("Feb. 9", "Thu. night"); full names do
# ("on 1 January. “The law …” he said", "in May. He").
_ABBREVIATIONS: Final = lexicon().abbreviations | {
    name for name in (*_MONTHS, *_WEEKDAYS) if name not in (*calendar.month_name, *calendar.day_name)
}
# (a German „…“, »…« or a French «…» quote opens the next sentence too, as does a capital with an accent)
_BOUNDARY: Final = re.compile(r"[.!?]+[\"”’“»«)\]]*\s+(?=[\"“‘„«»‚(\[]?[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True)
class _Candidate:
    phrase: DatePhrase
    paragraph: int
    snippet: str
    # governed by a speech verb in the passive ("berths they say were promised in June"): it dates
    # what was promised, by whom the sentence does not say — not the words the article quotes
    passive: bool = False


_DOUBLE_MARK: Final = re.compile("[“”\"„«»]")


@lru_cache(maxsize=256)
def _quoted_regions(text: str) -> tuple[tuple[int, int], ...]:
    """Spans inside double quotation marks; an unclosed quote runs to the end. (Cached: a quote's date,
    its sentence, its paragraph's governed phrases and its recalled year each look for them.)"""
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    closers = ""
    # German „…“ and »…« (or «…», as French and Swiss copy set them: the text's marks say which)
    guillemets = ("»", "«") if ("«" in text or "»" in text) and guillemets_reversed(text, 0, len(text)) else ("«", "»")
    for m in _DOUBLE_MARK.finditer(text):  # only the marks change anything: found in C
        i, ch = m.start(), m.group()
        if opened is None and (ch in "“\"„" + guillemets[0] or (  # (Swedish and Finnish ”…” open with their closer)
                ch == "”" and (i == 0 or text[i - 1] in " \t\n([—–:") and text[i + 1:i + 2].strip())):
            opened = i
            closers = "“”\"" if ch == "„" else guillemets[1] if ch == guillemets[0] else "”\""
        elif opened is not None and ch in closers:
            regions.append((opened, i + 1))
            opened = None
        elif opened is not None and ch == "“":
            opened = i
    if opened is not None:
        regions.append((opened, len(text)))
    return tuple(sorted([*regions, *dash_line_spans(text)]))


def _inside(pos: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in regions)


_ORDINAL_DAY: Final = re.compile(rf"(?<![\d.]){_DAYNUM}$")
_PROSE_MONTH_AT: Final = re.compile(_PROSE_MONTH)


@lru_cache(maxsize=256)
def _breaks(text: str) -> tuple[int, ...]:
    """Offsets where a new sentence starts, ignoring breaks inside quotations. (Cached as
    `_quoted_regions`.)"""
    regions = _quoted_regions(text)
    breaks: list[int] = []
    for m in _BOUNDARY.finditer(text):
        if _inside(m.start(), regions) and not _closes_sentence(text, m, regions):
            continue
        if _abbreviated(text, m.start()):
            continue
        if _ORDINAL_DAY.search(text, max(0, m.start() - 3), m.start()) and _PROSE_MONTH_AT.match(text, m.end()):
            continue  # "am 12. September 2023": a German day's full stop, no sentence's
        breaks.append(m.end())
    return tuple(breaks)


_WORD_BEFORE_STOP: Final = re.compile(r"[A-Za-z.]+$")


def _abbreviated(text: str, stop: int) -> bool:
    """Whether the stop at `stop` ends an abbreviation ("Gov.", "Jan.", "U.S.", an initial), not a sentence."""
    word = _WORD_BEFORE_STOP.search(text, max(0, stop - 30), stop)
    token = word.group(0) if word else ""
    return token.rstrip(".") in _ABBREVIATIONS or "." in token or len(token) == 1


# the tag before a quote: a colon or a comma right before its opening mark ('she said: "…', 'told reporters, "…')
_TAG_BEFORE_MARK: Final = re.compile(r"[:,][ \t]*$")


def _closes_sentence(text: str, m: re.Match[str], regions: Sequence[tuple[int, int]]) -> bool:
    """Whether a stop inside a quote ends the writer's sentence too: the quote's own last stop, its closing mark
    in the same run, and its tag before it ('In the 2022 debate, she said: "I will not sign it." In February 2023
    she vowed …'), so nothing after the mark is of its sentence — the next sentence's date is not its date
    (usability round 83). A quote whose tag may follow it ('"I will not." Doe said …') keeps the old reading."""
    region = next(((a, b) for a, b in regions if a <= m.start() < b), None)
    return region is not None and m.start() < region[1] <= m.end() and region[1] - 1 > region[0] \
        and _TAG_BEFORE_MARK.search(text, max(0, region[0] - 4), region[0]) is not None


def _sentence_of(pos: int, breaks: Sequence[int], length: int) -> tuple[int, int]:
    start = max((b for b in breaks if b <= pos), default=0)
    end = min((b for b in breaks if b > pos), default=length)
    return start, end


# (found in C: a paragraph with one has a lower-case letter; an ASCII one without, none)
_ASCII_LOWER: Final = re.compile("[a-z]")


@lru_cache(maxsize=4096)
def _governed(paragraph: str) -> tuple[_Candidate, ...]:
    """Date phrases in ``paragraph`` that a speech cue governs, outside quotations.

    Governed = a cue word ("said", "told", "speaking", "interview", "recorded"…)
    in the same sentence, outside quotation marks, within a few words of the phrase.
    Cached: every quote of a paragraph asks the same question of the same text.
    """
    if _ASCII_LOWER.search(paragraph) is None and (paragraph.isascii() or not any(c.islower() for c in paragraph)):
        # "PLENARY MEETING OF 13 MARCH 2024" (or a transcript turn's paragraph, its words blanked)
        paragraph = _UPPER_MONTH.sub(lambda m: m.group(0).title(), paragraph)
    phrases = find_date_phrases(paragraph)
    if not phrases:
        return ()
    regions = _quoted_regions(paragraph)
    live = [p for p in phrases if p.kind != "dateline" and not _inside(p.start, regions)]
    if not live:  # (the loop below would pass over every phrase)
        return ()
    breaks = _breaks(paragraph)
    # A cue counts only in its phrase's sentence, so only the sentences of phrases are scanned (the
    # cue scans were half of this function's time, over sentences holding no date). The same matches
    # as one scan of the paragraph: a sentence ends after a run of white space that follows a stop or
    # a closing mark, and no cue holds a stop or a closing mark, so none runs across its end.
    windows = sorted({_sentence_of(p.start, breaks, len(paragraph)) for p in live})

    def scan(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        return [m for lo, hi in windows for m in pattern.finditer(paragraph, lo, hi)]

    found = scan(_SPEECH_CUE)
    if _OCCASION_WORD.search(paragraph.lower()) or folds_to_ascii(paragraph):
        found += scan(_OCCASION_CUE)
    if "Asked" in paragraph:
        found += scan(_ASKED_OPENING)
    cues = [m for m in found if not _inside(m.start(), regions)
            and not _LABEL_CUE.search(paragraph[max(0, m.start() - 20) : m.end()])
            and not (m.group(0).lower() in _RECALLING
                     and _FIRST_PERSON_CUE.search(paragraph[max(0, m.start() - 25) : m.start()]))
            and not _SECOND_PERSON_CUE.search(paragraph, max(0, m.start() - 25), m.start())
            and not (m.group(0).lower() in _HEARD and _PASSIVE_BEFORE.search(paragraph, max(0, m.start() - 12),
                                                                              m.start()))]
    # the messages and their media, found once a phrase needs them (most paragraphs' phrases: none)
    messages: list[re.Match[str]] = []
    media: list[re.Match[str]] = []
    scanned = False

    def media_found() -> list[re.Match[str]]:
        nonlocal scanned
        if not scanned:
            scanned = True
            messages.extend(m for m in scan(_MESSAGE_CUE) if not _inside(m.start(), regions))
            media.extend(m for m in messages if m.group(0).lower() not in _MESSAGE_VERBS)
        return media

    out: list[_Candidate] = []
    for phrase in phrases:
        if phrase.kind == "dateline" or _inside(phrase.start, regions):
            continue
        timed = _CLOCK_BEFORE.search(paragraph, max(0, phrase.start - 40), phrase.start) is not None
        # (… and so does a relative day's: "the sponsor of last year's vetoed bill", "yesterday's vote")
        if (phrase.kind in ("weekday", "relative") and _POSSESSIVE.match(paragraph[phrase.end : phrase.end + 3])
                and not _OCCASION_BEFORE.search(paragraph[max(0, phrase.start - 12) : phrase.start])):
            continue
        if _TARGET_BEFORE.search(paragraph, max(0, phrase.start - 20), phrase.start):
            continue
        if phrase.kind == "weekday" and _SCHEDULED_BEFORE.search(paragraph, max(0, phrase.start - 16), phrase.start):
            continue
        s_start, s_end = _sentence_of(phrase.start, breaks, len(paragraph))
        if phrase.kind == "weekday" and _SINCE_ABROAD.search(paragraph, max(s_start, phrase.start - 40), phrase.start):
            continue  # "está cerrado desde el martes": the day a state began, not the day of the words
        if "Asked" in paragraph and _ASKED_ABOUT.fullmatch(paragraph, s_start, phrase.start) is not None \
                and "," in paragraph[phrase.end:s_end]:
            continue  # "Asked about remarks made … yesterday, she said": the remarks' day, not the answer's
        best: re.Match[str] | None = None
        best_gap = _CUE_GAP + 1
        if timed:
            media_found()
        for cue in (*cues, *messages) if timed else cues:
            if not (s_start <= cue.start() < s_end):
                continue
            if cue.end() <= phrase.start and _FUTURE.search(paragraph, cue.end(), phrase.start):
                continue  # "said talks would take place on Tuesday": when they meet, not when he said it
            if cue.end() <= phrase.start and _SINCE.search(paragraph, s_start, cue.start()):
                continue
            if cue.end() < phrase.start and _in_reported_clause(cue, paragraph, phrase.start):
                continue  # "said the problem began … late on Sunday": when the problem began
            if cue.end() < phrase.start and _REASON_CLAUSE.search(paragraph, cue.end(), phrase.start):
                continue  # "I'm telling you this because I was told it last night": when the reason happened
            if (phrase.kind in _PERIOD_KINDS and cue.end() < phrase.start
                    and _CLAUSE_WORD.search(paragraph, cue.end(), phrase.start)):
                continue  # "anunció que las obras terminan en marzo": the reported clause's time, not the saying's
            if (cue.start() >= phrase.end and "," in paragraph[phrase.end : cue.start()]
                    and _WHO_CLAUSE.search(paragraph, s_start, phrase.start)):
                continue  # "X, who … was named to the cabinet in 2024, wrote": the clause's background
            if cue.start() >= phrase.end and not paragraph[phrase.end:cue.start()].strip(" \t") \
                    and _WHO_RESTRICTIVE.search(paragraph, s_start, phrase.start):
                continue  # "The Republican who ran against her in 2022 said": when he ran
            gap = phrase.start - cue.end() if cue.end() <= phrase.start else cue.start() - phrase.end
            if (gap > _CUE_GAP and cue.re in (_OCCASION_CUE, _MESSAGE_CUE) and cue.end() <= phrase.start
                    and gap <= _CLAUSE_GAP and not _CLAUSE_BREAK.search(paragraph, cue.end(), phrase.start)):
                gap = _CUE_GAP  # the scene of the meeting, not reported words: its whole clause
            if (gap > _CUE_GAP and cue.re is _SPEECH_CUE and cue.end() <= phrase.start and gap <= _CLAUSE_GAP
                    and _ACT_OBJECT.fullmatch(paragraph, cue.end(), phrase.start) is not None
                    and not _CLAUSE_BREAK.search(paragraph, cue.end(), phrase.start)):
                gap = _CUE_GAP  # "raised the issue with the minister in the Assembly on Monday": one act, its day
            if (gap > _CUE_GAP and cue.re is _SPEECH_CUE and phrase.end <= cue.start() and gap <= _OPENER_GAP
                    and paragraph[phrase.end:phrase.end + 1] == "," and not paragraph[s_start:phrase.start].strip()
                    and phrase.kind not in _PERIOD_KINDS and not _STOP_OR_MARK.search(paragraph, phrase.end, cue.start())):
                gap = _CUE_GAP  # "Pada 17 Agustus 2023, X, yang …, berjanji: "…"": the day opening the sentence is its verb's
            if (gap > _CUE_GAP and cue.re is _SPEECH_CUE and phrase.end <= cue.start() and gap <= _CLAUSE_GAP
                    and phrase.kind == "explicit" and len(paragraph[s_start:phrase.start].split()) <= 1
                    and _QUOTE_AFTER_COLON.match(paragraph, cue.end()) is not None
                    and not _STOP_OR_MARK.search(paragraph, phrase.end, cue.start())
                    and "," not in paragraph[phrase.end:cue.start()]  # (one clause: "…, and last week she said:")
                    and not any(phrase.end <= other.start < cue.start() for other in phrases)):
                gap = _CUE_GAP  # "Den 14. mars 2019 sto X på talerstolen og sa: «…»": the day opening the sentence dates
                # the words its verb hands over to, with no comma too (a Nordic or German sentence sets its verb second)
            if (gap > _CUE_GAP and cue.re is _SPEECH_CUE and phrase.end <= cue.start() and gap <= _CLAUSE_GAP
                    and _PARTICIPLE_OPENING.fullmatch(paragraph, s_start, phrase.start) is not None
                    and paragraph[phrase.end:phrase.end + 1] == "," and not _STOP_OR_MARK.search(paragraph, phrase.end,
                                                                                               cue.start())):
                gap = _CUE_GAP  # "Reacting on Monday, the Minority Leader, Jane Doe, said": the opener's day, the verb's
            if (gap > _CUE_GAP and cue.re is _SPEECH_CUE and cue.end() <= phrase.start and gap <= _CLAUSE_GAP
                    and _BRACKET_DAY.search(paragraph, phrase.start, phrase.end) is not None):
                gap = _CUE_GAP  # '"…," kata X di Jakarta, Senin (7/12/2026).': the tag's own day, after its place
            if (gap > _CUE_GAP and timed and phrase.end <= cue.start() and gap <= _CLAUSE_GAP
                    and len(paragraph[s_start:phrase.start].split()) <= 3
                    and _main_clause_date(phrase, phrases, paragraph, s_start)):
                gap = _CUE_GAP  # "At 4.12am on Saturday, as the front crossed X, the brigade posted": its clause's day
            if phrase.end <= cue.start() and cue.group(0).endswith("ing") and _COMMA_BEFORE.search(
                    paragraph, max(0, cue.start() - 3), cue.start()):
                # "The court on Tuesday came down on X, observing that …": the main clause's day,
                # not a date just before the comma ("approved by parliament in March, ruling").
                if not _main_clause_date(phrase, phrases, paragraph, s_start):
                    continue
                gap = min(gap, _CUE_GAP)
            if 0 <= gap < best_gap:
                best, best_gap = cue, gap
        if best is None:
            best = _medium_of_words(phrase, paragraph, media_found, cues, (s_start, s_end))
        if best is None:
            continue
        lo, hi = min(best.start(), phrase.start), max(best.end(), phrase.end)
        passive = (best.re is _SPEECH_CUE and best.group(0).lower() not in _QUOTED_AS
                   and (_PASSIVE_BEFORE.search(paragraph, max(0, best.start() - 12), best.start()) is not None
                        or (best.end() <= phrase.start and _reduced_relative(paragraph, best, s_start))))
        out.append(_Candidate(phrase, 0, _one_line(paragraph[lo:hi]), passive))
    return tuple(out)


def _anchor_from(published: PartialDate | DateInfo | None) -> _Anchor | None:
    """The publication date as a base to count from, carrying its confidence as a cap.
    (Cached: every quote of an article asks it of the same date. The same object as the last call's is
    answered at once: the cache's look-up hashes the date's every field, ~3 µs a quote.)"""
    if _LAST_ANCHOR and _LAST_ANCHOR[0][0] is published:
        return _LAST_ANCHOR[0][1]
    anchor = _anchor_of(published)
    _LAST_ANCHOR[:] = [(published, anchor)]  # (held here, so no other object can take its id)
    return anchor


_LAST_ANCHOR: list[tuple[PartialDate | DateInfo | None, _Anchor | None]] = []


@lru_cache(maxsize=256)
def _anchor_of(published: PartialDate | DateInfo | None) -> _Anchor | None:
    if published is None:
        return None
    day, cap = (published.date, published.confidence) if isinstance(published, DateInfo) else (published, "high")
    if day.precision == "day":
        return _Anchor(day.first_day(), "publication", cap=cap)
    month = day.month or 12
    last = calendar.monthrange(day.year, month)[1]
    return _Anchor(date(day.year, month, last), "publication", coarse=True, cap=cap)


def _past_day(text: str, anchor: _Anchor | None, shown: str | None = None) -> DateInfo | None:
    """The date ``text`` names counted from ``anchor`` (its basis quoting ``shown``, else ``text``), None when it
    names none or one after publication: what the readers of a paragraph's earlier date (the lead's weekday, the
    date a paragraph opens with, the date "said then" points back to) and of a post's stamp each take, before
    their own test."""
    try:
        info = _resolve_cached(text, anchor, None, _one_line(text) if shown is None else shown)
    except DateUnknown:
        return None
    return None if info is None or _after_publication(info, anchor) else info


def _after_publication(info: DateInfo, anchor: _Anchor | None) -> bool:
    """Words cannot be said after the article reporting them was published ("announced that,
    from January 2025, …" in a June 2024 release names a plan); a day's grace for time zones."""
    return anchor is not None and (info.date.first_day() - anchor.day).days > 1


def _rank(candidate: _Candidate) -> tuple[int, int, int]:
    """Sort key: a single day first, then ranges (weekend, week), month, year; then text order."""
    kind, text = candidate.phrase.kind, candidate.phrase.text.lower()
    if kind == "range" or (kind == "relative" and "week" in text and "ago" not in text):
        order = 1
    elif kind in ("month-year", "month") or (kind == "relative" and "month" in text):
        order = 2
    elif kind == "year" or (kind == "relative" and "year" in text and "yesterday" not in text):
        order = 3
    else:
        order = 0
    return order, candidate.paragraph, candidate.phrase.start


def _prose_lead(lines: list[str]) -> list[str]:
    """The lines up to the fourth prose paragraph: a headline, byline, "Share" or
    "Europe correspondent" line (no sentence end) does not count."""
    out: list[str] = []
    prose = 0
    for line in lines:
        if prose >= _LEAD_PARAGRAPHS or len(out) >= 5 * _LEAD_PARAGRAPHS:
            break
        out.append(line)
        if _PROSE_END.search(line):
            prose += 1
    return out


# A written date this long before publication is a recollection: "announced the reform in January
# 2023" in a 2025 report of a strike dates the announcement, not the quotes reported now.
_STALE_DAYS: Final = 92
# After a cue, the words themselves follow: "said that", "said he was ready", "told reporters that",
# "said:" or a quotation.
# ... or a reported clause with its own subject ("said the bank would hold"; the date phrase itself
# taken out, so "the reform she announced in January 2023 has defined …" does not qualify).
_INTRODUCES_WORDS: Final = re.compile(
    r"(?:\s+[\w'’.-]+){0,4}?\s+that(?![A-Za-z])|\s*[:“\"‘]|\s+(?:he|she|they|it|we|I|there)(?![A-Za-z])"
    r"|(?:\s+[\w'’.-]+){1,4}?\s+(?:would|will|was|were|is|are|had|has|have|could|should|must|might|can)"
    r"(?![A-Za-z])"
)


# A speech verb in the past perfect just before the phrase ("The mayor had vowed in March 2022 that …",
# "had said in 2019"): background, words said before the story's — they date only the words that sentence
# reports, never the article's nor another sentence's quotes.
_PLUPERFECT_BEFORE: Final = re.compile(
    r"(?<![\w'’-])had\s+(?:(?:already|previously|earlier|once|also|repeatedly|long|publicly|first)\s+)?"
    r"(?:[a-z]+ed|said|told|sworn|spoken|written|made|given|held)(?![\w'’-])[^.;:!?\"“”]{0,60}\Z")


def _quoted_sentence(paragraph: str, pos: int) -> bool:
    """Does the sentence at ``pos`` hold quoted words?"""
    lo, hi = _sentence_of(pos, _breaks(paragraph), len(paragraph))
    return any(lo <= start < hi for start, _ in _quoted_regions(paragraph))


def _pluperfect(paragraph: str, phrase: DatePhrase) -> bool:
    """Is ``phrase`` governed by a past-perfect speech verb (`_PLUPERFECT_BEFORE`)?"""
    return _PLUPERFECT_BEFORE.search(paragraph, max(0, phrase.start - 90), phrase.start) is not None


def _reports_words(paragraph: str, phrase: DatePhrase) -> bool:
    """Does the sentence of ``phrase`` give the words it dates (a quotation, "said that …")? So does one that ends with
    its day after talking to someone, when the words open the next sentence ("X spoke to the station on Aug. 14, 2016.
    "Q," X said."; en.toml interview_cues) — not one naming a thing's day ("The reform she announced in January 2019
    has defined her term. "Q," she says.")."""
    start, end = _sentence_of(phrase.start, _breaks(paragraph), len(paragraph))
    sentence = paragraph[start : phrase.start] + paragraph[phrase.end : end]
    if any(mark in sentence for mark in "“”\"„«»"):
        return True
    if any(_INTRODUCES_WORDS.match(sentence, cue.end()) for cue in _SPEECH_CUE.finditer(sentence)):
        return True
    return paragraph[end:].lstrip()[:1] in ("“", '"', "„", "«") and not paragraph[phrase.end:end].strip(" .") \
        and _INTERVIEW_CUE.search(paragraph, start, phrase.start) is not None


_INTERVIEW_CUE: Final = re.compile(r"(?<![\w’'])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().interview_cues) + r")(?![\w’'])") \
    if lexicon().interview_cues else re.compile("(?!)")


def _words_date(candidate: _Candidate, anchor: _Anchor | None, paragraph: str) -> DateInfo | None:
    """The date a governed phrase gives the words of its paragraph, or None when it gives none they
    can have: unreadable, after the publication, or a recollection of an earlier time (one test for
    the quote's own sentence and for the speaker's sentence elsewhere, so both skip the same dates)."""
    try:
        info = _resolve_cached(candidate.phrase.text, anchor, None, candidate.snippet)
    except DateUnknown:
        return None
    if info is None or _after_publication(info, anchor) or _recollection(candidate, info, paragraph, anchor):
        return None
    return info


def _recollection(candidate: _Candidate, info: DateInfo, paragraph: str, anchor: _Anchor | None,
                  lookback: bool = False) -> bool:
    """A written year-dated phrase that recalls an older event rather than dating the quotes.

    Long before publication (or, with no publication date, any month or year alone), a date
    written with its year counts only where its sentence gives the words it dates (a
    quotation, "said he was ready …"): "a clip from an interview in March 2019, in which he
    said he was ready" dates words; "since she announced the reform in January 2023" does not.
    With ``lookback`` (the article's date, not a quote's own), words given in a time clause recalling an occasion
    ("When he announced the fund on 14 July 2025, Doe promised that "…"") are that sentence's alone: recalled too.
    """
    if candidate.phrase.kind not in ("explicit", "month-year", "year"):
        return False
    if _reports_words(paragraph, candidate.phrase) and not (lookback and _lookback_clause(paragraph, candidate.phrase.start)):
        return False
    if anchor is None:
        return info.date.precision != "day"
    d = info.date
    last = date(d.year, d.month or 12, d.day or calendar.monthrange(d.year, d.month or 12)[1])
    return (anchor.day - last).days > _STALE_DAYS


_LOOKBACK_OPENER: Final = re.compile(
    r"(?i:" + "|".join(map(re.escape, lexicon().lookback_openers)) + r")(?![\w’'])[^,;:\"“”]*$") \
    if lexicon().lookback_openers else re.compile("(?!)")


def _lookback_clause(paragraph: str, pos: int) -> bool:
    """Whether ``pos`` stands in a time clause opening its sentence that recalls an occasion ("When he announced the
    fund on July 14, 2025, the governor promised that "…""), or in the sentence such a clause opens: a stale date
    there is the recalled occasion's, for the words of that sentence alone — never the day of a retrospective's other
    quotes (_recollection)."""
    start = max((m.end() for m in _BOUNDARY.finditer(paragraph, 0, pos)), default=0)
    if _LOOKBACK_OPENER.match(paragraph, start, pos) is not None:
        return True
    # … or the main clause right after such a clause, the date beside its verb ("When prices were last raised, then-
    # minister Jane Doe told Parliament on March 1, 2017, that "…""): the sentence recalls that occasion all through
    comma = paragraph.find(",", start, pos)
    return comma >= 0 and _LOOKBACK_OPENER.match(paragraph, start, comma) is not None


def _recalled_year(candidate: _Candidate, info: DateInfo) -> DateInfo:
    """A year alone never dates the article's words at high: a report gives the day of the words it
    reports, and names only a year where it recalls older ones ("told this committee in 2024 that
    …", "said in 2024 that …"), so the year is kept (it is all the lead gives) but low."""
    if candidate.phrase.kind != "year" or info.confidence == "low":
        return info
    return DateInfo(info.date, "low", f"{info.basis} (a year alone: words recalled, not reported, so low)", info.end)


def _occasion_dated(paragraph: str) -> bool:
    """Is ``paragraph`` a header line dating the words of the whole text ("Broadcast: Monday 3 March
    2025, 8:00 a.m.", "Call date: …"), a line of nothing but its label and date — or its label and
    then at once its date, where the hour and the place follow ("Aired: 4 March 2026, 9 p.m., from
    the studio in Nelson."): the label dates the occasion, whatever the line says after the date?"""
    line = paragraph.strip()
    label = _OCCASION_LABEL.match(line) if "\n" not in line else None
    if label is None:
        return False
    if any(d.rank == _OCCASION for d in _header_line_dates(line)):
        return True
    first = next(iter(find_date_phrases(line)), None)
    return first is not None and not line[label.end():first.start].strip(" ,")


def _occasion_line(lead: list[str], anchor: _Anchor | None, order: NumericOrder | None = None, *,
                   aired: bool = False) -> DateInfo | None:
    """A header line that dates the words themselves ("Call date: 01.30.2025 09:00 KST" above a
    transcript posted the next day): the day they were said, as written (high). A line of the airing
    ("Broadcast: 15 May 2026", en.toml airing_labels) gives way to one of the recording beside it ("Recorded: 14
    May 2026"): the words were said when recorded, the airing made them public — which ``aired`` asks for instead
    (the publication date of a transcript with no other)."""
    found: list[tuple[bool, DateInfo]] = []  # (an airing's line?, its date), in the lead's order
    for k, line in enumerate(lead[:_HEADER_LINES]):
        if k and _record_head(lead[k - 1]) and anchor is not None:
            # "TRANSCRIPT: Post-Cabinet Press Briefing" / "Thursday, November 26, 2026" under "Released: November 27":
            # the record's own date line, the day of the words (the release's line dates the page)
            for dated in _header_line_dates(line.strip(), order=order):
                value, how = _settle_numeric(dated, set(), "\n".join(lead)) if not dated.refused else (None, "")
                if dated.rank == 1 and value is not None and value.precision == "day":
                    info = DateInfo(value, "high", f"the transcript's date line ‘{_one_line(line.strip())}’ → "
                                                   f"{value.iso()}{how}")
                    if not _after_publication(info, anchor):
                        found.append((False, info))
                        break
        if not _OCCASION_LABEL.match(line):
            continue
        for dated in _header_line_dates(line.strip(), order=order):
            if dated.refused:
                raise DateRefused(line.strip(), dated.refused)
            value, how = _settle_numeric(dated, set(), "\n".join(lead))
            sure: Confidence = "high"
            if value is None and len(dated.readings) == 2 and (region := _day_first_region("\n".join(lead))):
                # ("Sitting Date: 4-11-2026" in a record of a country that writes the day first, as a date line is read)
                value, sure = next(r[1] for r in dated.readings if r[0] == "dm"), "medium"
                how = f" (day first: {region}, of a country that writes it so)"
            how += f" ({dated.by_setting})" if dated.by_setting else ""
            if dated.rank == _OCCASION and value is not None:
                info = DateInfo(value, sure, f"occasion line ‘{_one_line(line.strip())}’ → {value.iso()}{how}")
                if not _after_publication(info, anchor):
                    found.append((_AIRING_LABEL.match(line) is not None, info))
                    break
    if not found:
        return None
    pick = next((info for airing, info in found if airing == aired), found[0][1])
    other = next((info for airing, info in found if airing != aired), None)
    if other is None or aired or other.date == pick.date:
        return pick
    return DateInfo(pick.date, pick.confidence, f"{pick.basis}, the day the words were recorded (the "
                                                f"{other.basis.removeprefix('occasion ')} dates their airing)", pick.end)


# a show's own word that it was recorded before it aired ("We recorded this conversation on Thursday, before …",
# "This interview was recorded on 26 November"): its words were said that day, not on the airing's
_RECORDED: Final = re.compile(
    r"(?i:\b(?:recorded|taped)\s+(?:this|the|our)\s+(?:conversation|interview|episode|discussion|podcast|show"
    r"|programme|program|chat)|\b(?:conversation|interview|episode|discussion|podcast|show|programme|program|chat)"
    r"\s+(?:was|were)\s+(?:recorded|taped))\b[^.;!?\n]{0,30}?(?=\b(?:on|yesterday|last)\b)")


def _recorded_before(lead: list[str], aired: DateInfo) -> DateInfo | None:
    """The day a transcript's show says it was recorded, counted back from its airing (``aired``): the day
    its words were said, at the airing's confidence; None when the lead says none before the airing."""
    anchor = _Anchor(aired.date.first_day(), "the airing", cap=aired.confidence) \
        if aired.date.precision == "day" else None
    for line in lead:
        m = _RECORDED.search(line)
        if m is None or anchor is None:
            continue
        phrase = next((p for p in find_date_phrases(line[m.end():m.end() + 60]) if p.start == 0), None)
        if phrase is None:
            continue
        info = _past_day(phrase.text, anchor, _one_line(line[m.start():m.end() + phrase.end]))
        if info is not None and info.date.first_day() <= anchor.day:
            return DateInfo(info.date, info.confidence, f"{info.basis}; the show was recorded before "
                                                        f"it aired ({aired.basis})", info.end)
    return None


# The time stamp a social network prints under a post ("9:14 PM · Apr 26, 2026", "14:05 · 3 Mar 2026"),
# kept when a paper quotes the post in print: the day the post's words were written.
_POST_STAMP: Final = re.compile(
    rf"^\s*\d{{1,2}}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•]\s*(?P<date>{_DATE})\s*(?:[·•].*)?$"
)


# An account's @handle on a line of its own, the head of a post pasted as the network shows it: the lines under it
# are the post's words (`quotes.POST_HEAD`)
_HANDLE_LINE: Final = re.compile(r"[ \t]*@\w{1,30}(?:[.@][\w\-]{1,40}){0,4}[ \t]*$")  # (as `quotes.HANDLE`)


def _post_stamp(lead: list[str], anchor: _Anchor | None, today: date) -> DateInfo | None:
    """The first post time stamp under quoted words in the lead ("…the governor wrote: “Q” /
    9:14 PM · Apr 26, 2026"), or under a pasted post's words (its @handle on a line above them): the
    post's own "Yesterday she announced …" dates what it tells of, never the post (ux41 #5).
    The post is the words, so its stamp is their date, high when it
    gives a year (as written), else the year the publication date gives.  Never a date after
    publication (a day's grace for time zones)."""
    for i, line in enumerate(lead[1:], start=1):
        m = _POST_STAMP.match(line)
        if m is None or not (_DOUBLE_MARK.search(lead[i - 1]) or any(_HANDLE_LINE.match(h) for h in lead[:i])):
            continue
        shown = _one_line(line.strip())
        try:
            info = _resolve_cached(m.group("date"), anchor, today, shown)
        except DateUnknown:
            continue
        if info is None or _after_publication(info, anchor):
            continue
        return DateInfo(info.date, info.confidence, f"{info.basis}; the time stamp of the post quoted above it",
                        info.end)
    return None


def stamp_under(body: str, end: int, published: DateInfo | None) -> DateInfo | None:
    """The time stamp on the line right under a pasted post's words ending at ``end`` in ``body``
    ("9:12 AM · Feb 8, 2024"): the day the post was written, as written (high with its year) — the post is
    its account's statement, so "Yesterday she announced …" in it dates what it tells of, never the post,
    and a thread's later post written on another day keeps its own day (ux41 #5). None when no stamp
    line follows (a transcript's turn), or it is after publication."""
    if body.find("·", end, end + 120) < 0:
        return None  # most turns: no stamp line under them
    nl = body.find("\n", end)
    while nl >= 0 and nl + 1 < len(body) and body[nl + 1] in "\n \t":
        nl += 1
    line = body[nl + 1:body.find("\n", nl + 1) if body.find("\n", nl + 1) >= 0 else len(body)] if nl >= 0 else ""
    m = _POST_STAMP.match(line)
    if m is None:
        return None
    info = _past_day(m.group("date"), _anchor_from(published), _one_line(line.strip()))
    if info is None and _YEAR_IN.search(m.group("date")) and any(
            _POST_STAMP.match(earlier) for earlier in body[:end].split("\n")):
        # a later post of a pasted thread, after the page's own day (its first post's stamp): its own day, as written
        # (usability round 83: the second post took the first one's day, high)
        info = _past_day(m.group("date"), None, _one_line(line.strip()))
    if info is None:
        return None
    return DateInfo(info.date, info.confidence, f"{info.basis}; the time stamp under the post", info.end)


_YEAR_IN: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


# A photo network's age of a post, printed under its caption instead of its day ("3 d", "3w", "5 h", "2 sem",
# "Edited · 3w"): minutes, hours, days or weeks
_POST_AGE: Final = re.compile(r"(?im)^[ \t]*(?:[^\n·•\d]{1,14}[·•][ \t]*)?(?P<n>\d{1,3})[ \t]?(?P<u>min|m|h|hrs?|std|d|j|t"
                              r"|días?|dias?|days?|jours?|w|wk|sem|wo|semanas?|weeks?|semaines?)\.?[ \t]*$")
_AGE_HOURS: Final = frozenset({"min", "m", "h", "hr", "hrs", "std"})
_AGE_WEEKS: Final = frozenset({"w", "wk", "sem", "wo", "semana", "semanas", "week", "weeks", "semaine", "semaines"})


def post_age(text: str, today: date) -> DateInfo | None:
    """The day of a photo network's post whose page prints only its age under the caption (the first age line of
    ``text``, the lines under the caption): counted back from ``today``, the day of the import, low — the page
    may have been copied days before, and "3w" is a week's span. None when no line is an age."""
    m = _POST_AGE.search(text)
    if m is None:
        return None
    unit = m["u"].lower()
    back = 0 if unit in _AGE_HOURS else int(m["n"]) * (7 if unit in _AGE_WEEKS else 1)
    day = today - timedelta(days=back)
    return DateInfo(PartialDate(day.year, day.month, day.day), "low",
                    f"the post's age ‘{_one_line(m.group(0).strip())}’ counted back from the day of the import "
                    f"({today.isoformat()}) → {day.isoformat()}: set date: if the page was copied on another day")


def chat_stamps(body: str, starts: Sequence[int], published: DateInfo | None) -> dict[int, DateInfo]:
    """The day each chat message opening at one of ``starts`` is stamped with (`quotes.CHAT_STAMP`: "[7/12/26,
    8:14 a. m.] Jane Doe: …"), by its start: the message is its sender's words, written then, so its stamp
    dates them — never a "yesterday" in another message (ux44 #2). The export writes every stamp in one order:
    a part above 12 says which; else the order whose latest day comes nearest before the export's own date
    (``published``), medium. Empty when neither order gives days up to that date."""
    parts = {s: m for s in starts if (m := quotes.CHAT_STAMP.match(body, s)) is not None}
    if not parts:
        return {}
    anchor = _anchor_from(published)

    def read(m: re.Match[str], order: str) -> PartialDate | None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        day, month = (a, b) if order == "dm" else (b, a)
        year = y + 2000 if y < 100 else y
        return PartialDate(year, month, day) if 1 <= month <= 12 and _day_exists(month, day, year) else None

    settled = {"dm" for m in parts.values() if int(m["a"]) > 12} | {"md" for m in parts.values() if int(m["b"]) > 12}
    fits: list[tuple[int, str]] = []
    for order in ("dm", "md"):
        days = [read(m, order) for m in parts.values()]
        if (settled and order not in settled) or any(d is None for d in days):
            continue
        gap = 0 if anchor is None else min((anchor.day - d.first_day()).days for d in days if d is not None)
        if gap >= -1:  # (a day's grace for time zones, as for every date before publication)
            fits.append((gap, order))
    if not fits:
        return {}
    gap, order = min(fits)
    why = ("a part above 12 says so" if settled else "the order whose days come nearest before the export's date"
           + (f", {anchor.day.isoformat()}" if anchor is not None else ""))
    out: dict[int, DateInfo] = {}
    for s, m in parts.items():
        value = read(m, order)
        assert value is not None
        out[s] = DateInfo(value, "high" if settled or len(fits) == 1 else "medium",
                          f"the chat message's stamp ‘{_one_line(m.group(0).strip(' []-–'))}’ → {value.iso()} "
                          f"({'day' if order == 'dm' else 'month'} first: {why})")
    return out


_CORRECTION_CUE: Final = re.compile(r"(?<![\w’'-])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().correction_cues, key=len, reverse=True))
    + r")(?![\w’'-])", re.IGNORECASE) if lexicon().correction_cues else re.compile("(?!)")


def _corrected_report(lead: list[str], anchor: _Anchor | None) -> DateInfo | None:
    """A correction notice's date of the report it corrects ("A Feb. 8 article about the bridge misattributed a
    quote. It was X, not Y, who said “…”"): the words it quotes are that report's, said by its date at the
    latest, so that date, low — never the notice's own day at high (ux41 #9). None when no sentence of the lead
    with a correction's words (en.toml [dates] correction_cues) names a date before the notice."""
    for paragraph in lead:
        cue = _CORRECTION_CUE.search(paragraph)
        if cue is None:
            continue
        regions = _quoted_regions(paragraph)
        lo, hi = _sentence_of(cue.start(), _breaks(paragraph), len(paragraph))
        for phrase in find_date_phrases(paragraph[lo:hi]):
            if phrase.kind == "dateline" or _inside(lo + phrase.start, regions):
                continue
            try:
                info = _resolve_cached(phrase.text, anchor, None, _one_line(paragraph[lo:hi]))
            except DateUnknown:
                continue
            if info is None or anchor is None or info.date.first_day() >= anchor.day:
                continue
            return DateInfo(info.date, "low", f"{info.basis}: the date of the report this correction corrects "
                                              f"(‘{cue.group(0)}’), whose words were said by then at the latest",
                            info.end)
    return None


# a transcript's question turn ("Q:", "Question (ERT):", "**Frage:**"): the asker puts others' words to the one who
# answers ("The minister said yesterday that …"), so its dates date those, never the record's words
_QUESTION_TURN: Final = re.compile(
    r"[ \t]*(?:\*\*|__)?(?:Q(?:\*\*|__)?\.(?=[ \t])|(?i:q|question|"
    + "|".join(re.escape(w) for w in sorted(lexicon().question_labels, key=len, reverse=True))
    + r")(?:[ \t]*\([^()\n]{1,40}\))?(?:\*\*|__)?:)")


def _lead_lines(paragraphs: Sequence[str]) -> list[str]:
    """The lines of an article's lead: before a "Background:" label, up to the fourth prose paragraph, the seed
    prefix taken out (it is the publication date, never a statement date)."""
    lead: list[str] = []
    for item in paragraphs:
        for line in item.split("\n"):
            if _BACKGROUND.match(line):
                break
            if line.strip():
                lead.append(line)
        else:
            continue
        break
    lead = _prose_lead(lead)
    if lead:
        lead[0] = _PREFIX.sub("", lead[0], count=1)
    return lead


def occasion_date(paragraphs: Sequence[str], order: NumericOrder | None = None) -> DateInfo | None:
    """The date of the lead's occasion line ("Aired 11/30/2026", "Call date: …") as written: with no page date
    it is the one the transcript was made public by, though its words were recorded earlier
    (:func:`_recorded_before`)."""
    return _occasion_line(_lead_lines(paragraphs), None, order, aired=True)


def article_statement_date(
    paragraphs: Sequence[str], published: PartialDate | DateInfo | None, *, today: date,
    order: NumericOrder | None = None,
) -> DateInfo | None:
    """When were the article's main words said?  :func:`_lead_statement_date`, unless a correction notice after the
    story replaces the day it read ("Correção: … foi dada na quarta-feira (8), e não na terça-feira (7)"): then the
    corrected day (:func:`_corrected_day`)."""
    found = _lead_statement_date(paragraphs, published, today=today, order=order)
    if found is None or not any(_CORRECTION_LABEL.match(p) for p in paragraphs):
        return found
    return _corrected_day(paragraphs, found, _anchor_from(published)) or found


# a correction notice's label opening its paragraph ("Correction:", "Correção:"; lang *.toml [dates] correction_labels)
_CORRECTION_LABEL: Final = re.compile(r"\s*(?:\*\*|__)?(?i:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().correction_labels, key=len, reverse=True))
    + r")(?:\*\*|__)?\s*[:.—–-]") if lexicon().correction_labels else re.compile("(?!)")
_CORRECTION_NOT: Final = re.compile(r",?\s+(?i:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().correction_not, key=len, reverse=True))
    + r")(?![\w’'-])") if lexicon().correction_not else re.compile("(?!)")


def _corrected_day(paragraphs: Sequence[str], found: DateInfo, anchor: _Anchor | None) -> DateInfo | None:
    """The day a correction notice gives in place of ``found``'s: in a notice's sentence, a day, then "not" and the
    day ``found`` read ("… on Wednesday, not Tuesday", "na quarta-feira (8), e não na terça-feira (7)"). Medium: the
    notice says the day outright, though no verb of saying stands beside it. None when no notice replaces it."""
    if anchor is None or found.end is not None or found.date.precision != "day":
        return None
    for paragraph in paragraphs:
        label = _CORRECTION_LABEL.match(paragraph)
        if label is None:
            continue
        for neg in _CORRECTION_NOT.finditer(paragraph, label.end()):
            lo, hi = _sentence_of(neg.start(), _breaks(paragraph), len(paragraph))
            before = _days_named(paragraph, lo, neg.start(), anchor)
            after = _days_named(paragraph, neg.end(), hi, anchor)
            if before and after and after[0][1] == found.date.first_day() and before[-1][1] != after[0][1]:
                shown, day = before[-1]
                notice = _one_line(paragraph[lo:hi])
                return DateInfo(PartialDate(day.year, day.month, day.day), "medium",
                                f"the correction notice ‘{notice}’ gives ‘{shown}’ → {day.isoformat()} in place of "
                                f"{found.date.iso()} ({found.basis})")
    return None


@dataclass(frozen=True)
class DayCorrection:
    """A correction notice's sentence that puts one day in place of another ("She spoke on Wednesday, July 9, not
    Thursday"): where it stands in the text, its words, and the two days as written and resolved."""

    at: int
    sentence: str
    right_shown: str
    right: date
    wrong_shown: str
    wrong: date


def day_corrections(text: str, title: str, published: DateInfo | None) -> list[DayCorrection]:
    """The days a correction notice corrects (`_corrected_day`'s reading, for a notice that is its own article: "A
    story in Thursday's Register … misstated the day she spoke … She spoke on Wednesday, July 9, not Thursday."),
    each resolved against the notice's publication date. Only in a notice: a title or a paragraph opening with a
    correction's label, or a paragraph with a correction's words (lang *.toml correction_labels, correction_cues);
    empty otherwise — "on Monday, not Tuesday as planned" in a news story corrects nothing (usability round 83: a
    notice moving a fair's day from Thursday to Wednesday changed no date and reached no review item)."""
    anchor = _anchor_from(published)
    if anchor is None or _CORRECTION_NOT.search(text) is None:
        return []
    titled = _CORRECTION_LABEL.match(title) is not None
    out: list[DayCorrection] = []
    at = 0
    for paragraph in text.split("\n\n"):
        start, at = at, at + len(paragraph) + 2
        if not (titled or _CORRECTION_LABEL.match(paragraph) or _CORRECTION_CUE.search(paragraph)):
            continue
        for neg in _CORRECTION_NOT.finditer(paragraph):
            lo, hi = _sentence_of(neg.start(), _breaks(paragraph), len(paragraph))
            before = _days_named(paragraph, lo, neg.start(), anchor)
            after = _days_named(paragraph, neg.end(), hi, anchor)
            if before and after and before[-1][1] != after[0][1]:
                out.append(DayCorrection(start + lo, _one_line(paragraph[lo:hi]), before[-1][0], before[-1][1],
                                         after[0][0], after[0][1]))
    return out


def _days_named(paragraph: str, lo: int, hi: int, anchor: _Anchor) -> list[tuple[str, date]]:
    """The days ``paragraph[lo:hi]`` names, in order: its weekdays of another language (with the day of the month in
    brackets, when it agrees: "quarta-feira (8)"), the one on or before the anchor; and its date phrases."""
    out: list[tuple[int, str, date]] = []
    for m in _WEEKDAY_IN_PROSE.finditer(paragraph, lo, hi):
        wd = _weekday_abroad_number(m.group(0))
        day = anchor.day - timedelta(days=(anchor.day.weekday() - wd) % 7)
        bracket = _DAY_IN_BRACKETS.match(paragraph, m.end())
        if bracket is not None and int(bracket.group(1)) != day.day:
            continue
        out.append((m.start(), m.group(0), day))
    for phrase in find_date_phrases(paragraph[lo:hi]):
        try:
            info = _resolve_cached(phrase.text, anchor, None, phrase.text)
        except DateUnknown:
            continue
        if info is not None and info.end is None and info.date.precision == "day":
            out.append((lo + phrase.start, phrase.text, info.date.first_day()))
    return [(shown, day) for _, shown, day in sorted(out)]


def _lead_statement_date(
    paragraphs: Sequence[str], published: PartialDate | DateInfo | None, *, today: date,
    order: NumericOrder | None = None,
) -> DateInfo | None:
    """When were the article's main words said?  None when the lead does not say.

    Looks only at the lead (paragraphs before a "Background:" label, at most the
    first four), because background sections date *earlier* statements.  Only a
    date phrase governed by a speech cue counts ("told CNN ... on Thursday, July
    7", "Speaking on Friday", "said over the weekend").  A day beats a range or a
    month, then the earliest in the text wins; a date after publication is a plan, not
    when words were said, and an older written date counts only where its sentence gives
    the words (:func:`_recollection`).  With none, a weekday of a lead in another language
    (:func:`_weekday_abroad`).  Counted from a publication date given as a DateInfo, a
    result is never more confident than it.  Raises DateUnknown when the chosen
    phrase needs a year that nothing gives (``published`` None, no weekday), so
    the importer can ask for ``--date``; an occasion line's numeric date is read in the
    project's ``order`` (DateRefused as :func:`publication_date`).
    """
    lead = _lead_lines(paragraphs)
    anchor = _anchor_from(published)
    aired = _occasion_line(lead, anchor, order)
    occasion = ((_recorded_before(lead, aired) or aired) if aired is not None else None) \
        or _post_stamp(lead, anchor, today) or _corrected_report(lead, anchor) \
        or _occasion_footer(paragraphs, anchor, today)
    if occasion is not None:
        return occasion
    candidates: list[_Candidate] = []
    passive: list[_Candidate] = []
    told_before: list[_Candidate] = []
    for index, paragraph in enumerate(lead):
        if _QUESTION_TURN.match(paragraph) or quotes.question_put(paragraph, lead[index - 1] if index else "") \
                or quotes.opens_turn(paragraph):
            # "Question (ERT): The minister said yesterday …", a member's question to the Premier: another's words; and
            # any labelled turn of a record ("HON. JANE DOE (Ward): Madam Speaker, in March the Premier promised …"):
            # what its speaker recalls, never when the record's words were said — its date line dates every turn
            continue
        for c in _governed(paragraph):
            if c.passive:  # "was promised in June": after every other reading, and never above low
                passive.append(_Candidate(c.phrase, index, c.snippet, True))
            elif not _pluperfect(paragraph, c.phrase):  # "had vowed in March 2022": background
                candidates.append(_Candidate(c.phrase, index, c.snippet))
            elif _quoted_sentence(paragraph, c.phrase.start):
                told_before.append(_Candidate(c.phrase, index, c.snippet))
    unknown: DateUnknown | None = None
    # of phrases coarser than a day, one dating quoted words ("When he stood up in parliament in March
    # … "Q," he told …") beats one dating a paraphrase ("His office said this week that …")
    quoted = {i for i, paragraph in enumerate(lead) if _quoted_regions(paragraph)}
    # … and the lede's own day is as sure as a quoted paragraph's: "Gov. X said Tuesday she would veto …" is the news
    # of the day, a later "the bill's sponsor dismissed the threat on Wednesday. "…"" another's reply to it
    # (usability round 83)
    lede = next((i for i, line in enumerate(lead) if _PROSE_END.search(line)), None)
    first = quoted | ({lede} if lede is not None else set())
    if told_before and not any(c.paragraph in quoted for c in candidates):
        # the lead's quoted words told in the pluperfect, in the sentence that dates them ("Han had told
        # reporters last Thursday that the party "cannot vote …"", the news of the day unquoted): their day
        candidates += told_before
    # a weekday with its day of the month in brackets beside a verb of saying, earlier in the lead ("respondeu nesta
    # sexta-feira (19)"): the news of the day, as sure as a written date — a later sentence's "disse ontem" of another
    # speaker dates that one's words, not the article's
    bracketed = _bracketed_weekday(lead, anchor) if candidates and anchor is not None else None
    for candidate in sorted(candidates, key=lambda c: (_rank(c)[0] > 0, c.paragraph not in first, _rank(c))):
        if bracketed is not None and bracketed[0] < candidate.paragraph:
            return bracketed[1]
        try:
            info = _resolve_cached(candidate.phrase.text, anchor, today, candidate.snippet)
        except DateUnknown:
            unknown = unknown or DateUnknown(candidate.phrase.text, "no year is knowable")
            continue
        if info is None or _after_publication(info, anchor):
            continue
        # (a look-back clause's day is the article's only where its words are the lead's only quoted ones: an
        # explainer of one recalled quote, not a story quoting people of its own day beside it)
        if not _recollection(candidate, info, lead[candidate.paragraph], anchor,
                             lookback=bool(quoted - {candidate.paragraph})):
            found = _first_of_several(_recalled_year(candidate, info), candidates, lead, anchor, today)
            if found.end is not None or found.date.precision != "day":
                # a day beats a range or a month: the weekday of a lead in another language too, which these phrases
                # do not hold ("« … », a-t-elle déclaré mardi" before "X rappelait la semaine dernière que « … »")
                day = _weekday_abroad(lead, anchor)
                if day is not None and day.end is None and day.date.precision == "day":
                    return day
            return found
    if unknown is not None:
        raise unknown
    return (_filed_before(lead, anchor) or _kanji_day(lead, anchor) or _hangul_day(lead, anchor)
            or _han_day(lead, anchor) or _devanagari_day(lead, anchor) or _weekday_abroad(lead, anchor)
            or _lede_weekday(lead, anchor, today)
            or _occasion_weekday(lead, anchor, today) or _scene_date(lead, anchor, today)
            or _passive_date(passive, lead, anchor, today))


# where one sentence of a closing paragraph ends and the next begins ("Propos recueillis par Marc Olivier. Entretien …")
_SENTENCES: Final = re.compile(r"(?<=[.!?])(?<!\d[.!?])\s+(?=[A-ZÀ-ÞА-Я])")  # (not a German day's "31. Januar")
_FOOTER_PARAGRAPHS: Final = 2  # the closing paragraphs an interview's date line is looked for in


def _occasion_footer(paragraphs: Sequence[str], anchor: _Anchor | None, today: date) -> DateInfo | None:
    """The day an interview's or a transcript's closing line says it was held ("Interview conducted on January 31.",
    "Propos recueillis par Marc Olivier. Entretien réalisé le 31 janvier.", "The interview was conducted on Monday
    and has been condensed."): the header's occasion line (`_occasion_line`), written at the end, where an imported
    interview's words were dated by its publication at high. Only a sentence opening with the label, its date at
    once after it, in the last two paragraphs of a text of turns (`Q:`, `Question :`, a capitals label): a news
    story's closing sentence dates nothing of the whole."""
    if anchor is None:
        return None
    for paragraph in reversed(paragraphs[-_FOOTER_PARAGRAPHS:]):
        if len(paragraph) > 600:  # (a closing line, not a story's paragraph)
            continue
        for sentence in _SENTENCES.split(paragraph.strip()):
            label = _OCCASION_LABEL.match(sentence)
            if label is None:
                continue
            rest = sentence[label.end():label.end() + 80]
            # (a day and month of another language, no year: "Entretien réalisé le 31 janvier" read as "31 Jan")
            rest = _MONTH_ABROAD_YEARLESS.sub(_month_in_english, _in_english(rest))
            phrase = next(iter(find_date_phrases(rest)), None)
            if phrase is None or rest[:phrase.start].strip(" ,:") not in ("", "on", "le", "el", "em", "il", "op", "am"):
                continue
            if not any(_QUESTION_TURN.match(p.replace(" :", ":", 1)) or quotes.opens_turn(p) for p in paragraphs):
                return None  # (French sets a space before its colon: "Question : …")
            try:
                info = _resolve_cached(phrase.text, anchor, today, _one_line(sentence))
            except DateUnknown:
                continue
            if info is None or _after_publication(info, anchor):
                continue
            return DateInfo(info.date, info.confidence, f"{info.basis}: the interview's closing line", info.end)
    return None


# a day of the month in brackets right after a weekday (Brazilian copy's "nesta sexta-feira (19)", "na terça (6)")
_DAY_IN_BRACKETS: Final = re.compile(r"[ \t]*\((\d{1,2})\)")


def _bracketed_weekday(lead: list[str], anchor: _Anchor) -> tuple[int, DateInfo] | None:
    """(paragraph, date) of the lead's first weekday written with its day of the month in brackets ("afirmou nesta
    sexta-feira (19)") beside a verb of saying, outside quotation marks, when that day is the weekday on or before
    the anchor: medium, the weekday and the day agreeing. None when the lead writes none."""
    for index, paragraph in enumerate(lead):
        if "(" not in paragraph:
            continue
        regions = _quoted_regions(paragraph)
        for m in _WEEKDAY_IN_PROSE.finditer(paragraph):
            day_of_month = _DAY_IN_BRACKETS.match(paragraph, m.end())
            if day_of_month is None or _inside(m.start(), regions):
                continue
            wd = _weekday_abroad_number(m.group(0))
            day = anchor.day - timedelta(days=(anchor.day.weekday() - wd) % 7)
            if day.day != int(day_of_month.group(1)):
                continue
            s_start, s_end = _sentence_of(m.start(), _breaks(paragraph), len(paragraph))
            cue = next((c for c in _SPEECH_ABROAD.finditer(paragraph, s_start, s_end)
                        if not _inside(c.start(), regions)), None)
            if cue is None:
                continue
            shown = _one_line(paragraph[min(m.start(), cue.start()):max(day_of_month.end(), cue.end())])
            why = (f"‘{m.group(0)}{day_of_month.group(0)}’ beside ‘{cue.group(0)}’: the {calendar.day_name[wd]} "
                   f"day {day.day}, on or before {anchor.name} ({anchor.day.isoformat()})")
            return index, _info(shown, day, "medium", why, anchor=anchor)
    return None


def _filed_before(lead: list[str], anchor: _Anchor | None) -> DateInfo | None:
    """The day a wire story's dateline names when it is before the page's own ("KIPANDE, Jan 27 (KNA) – …" on a page
    of Friday, January 30, a reprint): the day the report was filed, its words said by then — never the reprint's day
    at its date line's confidence (ux63 #11). Medium: the words may be of the day before the filing."""
    head = "\n".join(lead[:_HEADER_LINES])
    if anchor is None or anchor.coarse or not any(c.isdigit() for c in head):
        return None  # (a dateline with a day holds a digit: many leads have none)
    m = _first_dateline(head)
    if m is None:
        return None
    line = m.group("body").rstrip()
    try:
        info = _resolve_dateline(line, anchor, None, _one_line(f"dateline {line}"))
    except DateUnknown:
        return None
    if info is None or info.end is not None or info.date.precision != "day" or info.date.first_day() >= anchor.day:
        return None
    return DateInfo(info.date, "medium", f"{info.basis}: the day the report was filed, before the page's own "
                                         f"({anchor.day.isoformat()}); its words were said by then")


def _first_of_several(info: DateInfo, candidates: list[_Candidate], lead: list[str], anchor: _Anchor | None,
                      today: date) -> DateInfo:
    """The lead's date of words, at low when it is one occasion of several an article looks back on (an
    explainer, a timeline: "March 2024: … he said on March 14, 2024." / "February 2025: … she said on Feb.
    11, 2025."): over RETROSPECTIVE_DAYS before publication, and another verb of saying in the lead dates
    words of another occasion. The article's statement date is then only its first occasion, which no quote
    takes at high (README; its quotes are dated by their own paragraphs, `other_occasions`), so review
    lists it (ux40 #23); unchanged for news, and for a story of one occasion however often it names it."""
    if anchor is None or info.confidence == "low" or (anchor.day - _days_of(info)[1]).days <= RETROSPECTIVE_DAYS:
        return info
    lo, hi = _occasion_span(info)
    for c in candidates:
        try:
            other = _resolve_cached(c.phrase.text, anchor, today, c.snippet)
        except DateUnknown:
            continue
        if other is None or _after_publication(other, anchor):
            continue
        a, b = _occasion_span(other)
        if b < lo or hi < a:
            return DateInfo(info.date, "low", f"{info.basis} (the first of several occasions the article looks back "
                                              f"on, also ‘{c.phrase.text}’)", info.end)
    return info


def _passive_date(passive: list[_Candidate], lead: list[str], anchor: _Anchor | None,
                  today: date) -> DateInfo | None:
    """The first day a passive speech verb governs ("the plan was announced on Tuesday"), when nothing
    else in the lead dates the words: low, since the sentence does not say whose words it dates. Never
    a month or a year ("berths they say were promised in June"): the time of what was promised,
    background, where the publication date is the better guess for the words the article quotes."""
    for candidate in sorted(passive, key=_rank):
        if _rank(candidate)[0] > 0:
            continue
        try:
            info = _resolve_cached(candidate.phrase.text, anchor, today, candidate.snippet)
        except DateUnknown:
            continue
        if info is None or _after_publication(info, anchor) or _recollection(candidate, info, lead[candidate.paragraph],
                                                                               anchor):
            continue
        return DateInfo(info.date, "low", f"{info.basis} (a passive ‘was …’: whose words it dates, the sentence "
                                          "does not say)", info.end)
    return None


# "X on Wednesday granted …": the day stands between the subject and its verb in the past, the main clause's
# (not "talks could take place on Wednesday, but …", a day inside what was said)
# ("The union yesterday gave …": an irregular past as well, en.toml past_verbs)
_PAST_VERB_NEXT: Final = re.compile(
    r"\s+(?:also\s+)?(?:[a-z]+ed|" + "|".join(sorted(lexicon().past_verbs, key=lambda w: (-len(w), w))) + r")(?![\w'’-])"
)
# ... or the lede's main verb in the past, then in the same clause the day ("Hundreds of residents marched
# to the civic centre on Wednesday to hand over …"): no comma, bracket or quotation from the sentence's
# start, so the verb is the main clause's and the day is its act's; not a passive ("The barrier was closed
# at 6.40am on Sunday"): a state of a thing, not the act of the people the story quotes.
_PAST_VERB_BEFORE: Final = re.compile(
    r"\A[^,;:—–()\[\]\"“”]*?(?<![\w'’-])(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!be\s)"
    r"(?:[a-z]+ed|" + "|".join(sorted(lexicon().past_verbs, key=lambda w: (-len(w), w)))
    + r")(?![\w'’-])[^,;:—–()\[\]\"“”]*\Z"
)
# Words said to those at a gathering ("Zwane told the crowd", "addressed the marchers"): said at it.
_TOLD_GATHERING: Final = re.compile(
    r"(?<![A-Za-z])(?:told|addressed|urged|assured|warned|promised|said\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:"
    + "|".join(sorted(lexicon().gathering_audiences, key=len, reverse=True)) + r")(?![A-Za-z])"
)
# The occasion the lead sets its words at: "after the vote", "at the hearing" anywhere in the lead, or the
# occasion the lede's own sentence names after its day ("filled the hall Thursday night for the hearing")
_OCCASION_NOUN: Final = ("(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
    lexicon().occasion_nouns, key=len, reverse=True)) + r")s?(?![A-Za-z])") if lexicon().occasion_nouns else "(?!)"
_AT_OCCASION: Final = re.compile(r"(?<![A-Za-z])(?i:after|at|during|following)\s+the\s+" + _OCCASION_NOUN)
_NAMES_OCCASION: Final = re.compile(r"(?<![A-Za-z])(?i:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?" + _OCCASION_NOUN)
# A place dateline before the lede's subject ("LAS CRUCES, N.M. — The board voted …", "TROMSØ –"): no part
# of its clause
_PLACE_DATELINE: Final = re.compile(rf"[{_UP}][{_UP}'’. -]+(?:,\s*[{_UP}][{_UP}{_LOW}.'’-]*(?:\s[{_UP}][{_UP}{_LOW}.'’-]*)?)?"
                                    rf"{_DASH}\s*")
# The days a lede may name between its subject and verb: a weekday, or "yesterday" (the house style of
# papers that write "X yesterday said", "the union yesterday gave the government an ultimatum").
_LEDE_DAY: Final = re.compile(r"(?i:yesterday|the\s+day\s+before\s+yesterday)")


def _lede_weekday(lead: list[str], anchor: _Anchor | None, today: date) -> DateInfo | None:
    """The day the lede's main clause names ("The tribunal on Wednesday granted the state four weeks",
    "The union yesterday gave the government an ultimatum"), or after that verb in its clause when the lead's
    words were said to the gathering ("Residents marched to the hall on Wednesday …" / "… told the crowd"),
    when no speech verb dates the words: the news of the story happened then, and the words it quotes
    were most likely said at it, not on the day of publication.  Only a weekday (or "yesterday") before publication,
    the first date of its sentence, outside quotation marks, a relative clause or a plan ("will meet
    on Friday"); never more than low, since no verb says the words were said then."""
    if anchor is None or anchor.coarse:
        return None
    lede = next((p for p in lead if _PROSE_END.search(p) and len(p.split()) >= 8), None)
    if lede is None:
        return None
    regions = _quoted_regions(lede)
    breaks = _breaks(lede)
    phrases = find_date_phrases(lede)
    for phrase in phrases:
        day = phrase.kind == "weekday" or (phrase.kind == "relative" and _LEDE_DAY.fullmatch(phrase.text))
        if not day or _inside(phrase.start, regions) or _POSSESSIVE.match(lede[phrase.end:phrase.end + 3]):
            continue
        s_start, s_end = _sentence_of(phrase.start, breaks, len(lede))
        place = _PLACE_DATELINE.match(lede, s_start) if s_start == 0 else None
        clause = place.end() if place is not None and place.end() <= phrase.start else s_start
        # (never after a speech verb: "said that the system failed on Sunday" dates what was said; and only
        # where the lead's words were said to the gathering: "… told the crowd", or at the occasion the lede
        # dates, "on Monday" or as American news writes it, the bare day: "The board voted Wednesday to cut
        # …" / "… said after the vote", "filled the hall Thursday night for the hearing")
        after_verb = ((phrase.text[:3].lower() == "on " or phrase.text[:1].isupper())
                      and _PAST_VERB_BEFORE.search(lede[clause:phrase.start])
                      and not _SPEECH_CUE.search(lede, clause, phrase.start)
                      and (any(_TOLD_GATHERING.search(p) or _AT_OCCASION.search(p) for p in lead)
                           or _NAMES_OCCASION.search(lede, phrase.end, s_end)))
        if s_start > 0 or not _main_clause_date(phrase, phrases, lede, s_start) \
                or not (_PAST_VERB_NEXT.match(lede, phrase.end) or after_verb) \
                or _FUTURE.search(lede, s_start, phrase.start) or in_relative_clause(lede, s_start, phrase.start):
            return None
        try:
            info = _resolve_cached(phrase.text, anchor, today, _one_line(phrase.text))
        except DateUnknown:
            return None
        if info is None or info.date.first_day() >= anchor.day or _after_publication(info, anchor):
            return None
        why = "the day the lede's main clause names (no speech verb dates the words)"
        return DateInfo(info.date, "low", f"{info.basis}; {why}", info.end)
    return None


# The few words a scene may open with before its time ("On a cold morning in the first week of March,",
# "Late one evening in May,"): no verb, no comma, no quotation.
_SCENE_OPENING: Final = re.compile(r"(?:[A-Za-z’'-]+\s+){0,5}")
_QUOTE_MARKS: Final = re.compile(r"[\"“”]")


def _scene_date(lead: list[str], anchor: _Anchor | None, today: date) -> DateInfo | None:
    """The time a feature's opening scene sets ("On a cold morning in the first week of March, Ana
    Ruiz walked her field …") when the lede or the paragraph after it quotes words with a speech verb
    ("…," she said): a long read opens at the scene where its subject spoke, so the words are of that
    time, at the phrase's precision, not the day of publication.  Only a date phrase in the opening
    words of the lede's first sentence, before its first comma, before publication and not long before
    it (a recollection); low, since no verb says the words were said then."""
    if anchor is None:
        return None
    prose = [i for i, p in enumerate(lead) if _PROSE_END.search(p) and len(p.split()) >= 8]
    for index in prose[:2]:  # the lede, or the one after a standfirst (a headline or byline is no prose)
        lede = lead[index]
        if _SPEECH_CUE.search(lede) and not _QUOTE_MARKS.search(lede):
            return None  # a lede of reported speech: the rules above dated it, or nothing does
        phrase = next(iter(find_date_phrases(lede)), None)
        if phrase is None or phrase.kind in ("dateline", "relative") or not lede.startswith(",", phrase.end) \
                or not _SCENE_OPENING.fullmatch(lede, 0, phrase.start):
            continue
        if not any(_QUOTE_MARKS.search(p) and _SPEECH_CUE.search(p) for p in lead[index : index + 2]):
            return None
        try:
            info = _resolve_cached(phrase.text, anchor, today, _one_line(phrase.text))
        except DateUnknown:
            return None
        if info is None or _after_publication(info, anchor):
            return None
        d = info.date
        last = date(d.year, d.month or 12, d.day or calendar.monthrange(d.year, d.month or 12)[1])
        if (anchor.day - last).days > _STALE_DAYS:
            return None
        why = "the time the opening scene sets, where the words quoted after it were said (no speech verb dates them)"
        return DateInfo(info.date, "low", f"{info.basis}; {why}", info.end)
    return None


# The publication's own meeting with the speaker ("She received us on Thursday", "spoke to us on
# Monday"): "us"/"me" as an object earlier in the weekday's clause.
_MET_US_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?:us|me)(?![A-Za-z])[^,;:.\"“”]{0,60}$")
# … or its visit to the speaker ("was on the porch when we visited on Wednesday", "when The Courier visited on
# Monday, March 2"): "when", the outlet (we, a name of up to three capitalised words, "this reporter"), "visited"
_VISITED_BEFORE: Final = re.compile(r"(?<![A-Za-z])when\s+(?:we|I|(?:this|our|a)\s+(?:reporter|correspondent|writer)"
                                    r"|(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})\s+"
                                    r"(?:visited|called\s+in|dropped\s+(?:in|by))\s+$")
# Inside the occasion, not after it: "during Wednesday's session" sets the words there, "following
# Saturday's protest" only tells what came before them.
_AT_OCCASION_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?:at|during|in)\s+$", re.IGNORECASE)


# a record's label opening a paragraph: an office or a member, a bracket with the holder or the seat, a colon ("The
# Prime Minister (Hon. Jane Doe):", "Mr John Roe (Northtown):"), or a name in capitals ("JANE DOE:")
_RECORD_LABEL: Final = re.compile(r"[ \t]*(?:[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,6}?[ \t]*\([^()\n]{2,60}\)"
                                  r"|[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,4})[ \t]*:[ \t]")


def _occasion_weekday(lead: list[str], anchor: _Anchor | None, today: date) -> DateInfo | None:
    """The weekday of an occasion the lead sets the words at, when no speech verb shares its sentence:
    a session or hearing it owns ("During Wednesday's session of the commission, …"), the day the
    speaker met the publication ("The minister received us on Thursday at her office") or the day the
    publication visited ("… when we visited on Wednesday, November 25", a weekday with its date too).
    An interview or a session story quotes what was said there, not on the day of publication; low,
    since no verb says so.  Only a weekday before publication, outside quotation marks and not in a plan."""
    if anchor is None or anchor.coarse:
        return None
    for paragraph in lead:
        if _RECORD_LABEL.match(paragraph):
            continue  # a member's turn ("The Leader of the Opposition (Mr. Doe): … the Bill before us was circulated on
            # Wednesday"): the member's words, their "us" the House, never the publication met
        regions = _quoted_regions(paragraph)
        breaks = _breaks(paragraph)
        for phrase in find_date_phrases(paragraph):
            if phrase.kind not in ("weekday", "weekday-date") or _inside(phrase.start, regions):
                continue
            s_start, _ = _sentence_of(phrase.start, breaks, len(paragraph))
            before = paragraph[s_start : phrase.start]
            owned = _POSSESSIVE.match(paragraph[phrase.end : phrase.end + 3])
            visit = _VISITED_BEFORE.search(before, max(0, len(before) - 60)) is not None
            if not ((owned and _AT_OCCASION_BEFORE.search(before[-12:])) or visit
                    or (not owned and phrase.kind == "weekday" and _MET_US_BEFORE.search(before))):
                continue
            if _FUTURE.search(paragraph, s_start, phrase.start):
                continue
            try:
                info = _resolve_cached(phrase.text, anchor, today, _one_line(phrase.text))
            except DateUnknown:
                continue
            if info is None or info.date.first_day() >= anchor.day or _after_publication(info, anchor):
                continue
            why = "the day of the occasion the lead sets the words at (no speech verb dates them)"
            return DateInfo(info.date, "low", f"{info.basis}; {why}", info.end)
    return None


# A lead in another language: its weekday as CLDR writes it ("la sesión del martes"), the verbs that
# report words and the words that make a weekday a start ("desde el martes"), from lang/date_lines.toml.
_WEEKDAY_IN_PROSE: Final = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(_WORDS_ABROAD.weekdays, key=len, reverse=True)) + r")(?![\w-])"
    # … capitalised at a sentence's start when its language writes it in lower case, before that language's word
    # for "last" ("Lunedì scorso, durante l'assemblea, X aveva avvertito"): a weekday, not a given name
    + (r"|(?<![\w-])(?:" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(
        (w for w in _WORDS_ABROAD.weekdays if w[:1].islower()), key=len, reverse=True))
       + r")(?=\s+(?:" + "|".join(map(re.escape, _WORDS_ABROAD.last)) + r")(?!\w))" if _WORDS_ABROAD.last else "")
    # … or opening the paragraph or a sentence before a comma ("Vendredi, la ministre a présenté …", "Viernes, el
    # gobernador firmó …"): the day the lead sets, as lower case in a sentence
    + (r"|(?:^|(?<=[.!?]\s))(?:" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(
        (w for w in _WORDS_ABROAD.weekdays if w[:1].islower()), key=len, reverse=True)) + r")(?=,)")
    # … or the weekday before, in one phrase, capitalised or not ("i tisdags", date_lines.toml `last_suffix`)
    + (r"|(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(
        {f for w in _WORDS_ABROAD.suffixed_weekdays for f in (w, w[:1].upper() + w[1:])}, key=lambda w: (-len(w), w)))
       + r")(?![\w-])" if _WORDS_ABROAD.suffixed_weekdays else "")
)
_LAST_AFTER: Final = re.compile(r"\s+(?:" + "|".join(map(re.escape, _WORDS_ABROAD.last)) + r")(?!\w)"
                                if _WORDS_ABROAD.last else "(?!)")
# … and before it, after its article ("defendió el pasado martes"): the same week before, read on a Tuesday
_LAST_BEFORE: Final = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, _WORDS_ABROAD.last)) + r")\s+$"
                                 if _WORDS_ABROAD.last else "(?!)")
_SPEECH_ABROAD: Final = _labels_re(_WORDS_ABROAD.speech)
# a lead's word for yesterday, the day before or today in another language ("wczoraj", "ieri", "oggi"): the
# days back it names (`_weekday_abroad`, beside a verb that reports words)
_DAY_BACK_IN_PROSE: Final = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(_WORDS_ABROAD.days_back, key=len, reverse=True))
    + r")(?![\w-])") if _WORDS_ABROAD.days_back else re.compile(r"(?!)")
_SINCE_ABROAD: Final = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in _WORDS_ABROAD.since) + r")(?:\s+[^\W\d_]+){0,2}\s+$"
)


# a Japanese lead's day ("3日の定例記者会見で", "11月28日（土）に開催した説明会"): a day of the month, its month
# before it or not, a weekday sign after it, then a particle; never the day of a date with its year (2007年…)
# (or its word for yesterday, date_lines.toml [ja] `yesterday`: "昨日の会見で")
_KANJI_DAY: Final = re.compile(r"(?<![\d年月])(?:(?P<m>[01]?\d)月)?(?P<d>[0-3]?\d)日(?:[（(][^）)\n]{1,3}[）)])?"
                               r"(?=[のにはから、])"
                               r"|(?P<back>" + ("|".join(re.escape(w) for w in sorted(
                                   (w for w in _WORDS_ABROAD.days_back if w[:1] >= "\u3040"), key=len, reverse=True))
                                   or "(?!)") + r")(?=[のにはから、])")
_CORNER_REGION: Final = re.compile(r"「[^」\n]*」?")


def _kanji_day(lead: list[str], anchor: _Anchor | None) -> DateInfo | None:
    """The day a Japanese lead gives its quoted words: Japanese dates an act by its day of the month alone
    ("森本委員長は3日の記者会見で「…」と語った": the 3rd, the latest on or before publication) or by month
    and day ("11月28日（土）に開催した説明会 … 町長は「…」と述べました"). The first such day before a 「…」 quote
    of its paragraph, outside the brackets: medium in the quote's own sentence, low in an earlier one (the
    occasion the words were said at). None when it is the publication day itself (that date stands), after
    publication (a plan), or when no paragraph of the lead quotes in 「…」."""
    if anchor is None or anchor.coarse:
        return None
    for paragraph in lead:
        first = paragraph.find("「")
        if first < 0:
            continue
        regions = [m.span() for m in _CORNER_REGION.finditer(paragraph)]
        for m in _KANJI_DAY.finditer(paragraph, 0, first):
            if any(a <= m.start() < b for a, b in regions):
                continue
            if m["back"]:
                said = anchor.day - timedelta(days=_WORDS_ABROAD.days_back[m["back"]])
                return _info(m.group(0), said, "medium", f"a Japanese lead's word for a day before {anchor.name} "
                             f"({anchor.day.isoformat()})", anchor=anchor)
            day = int(m["d"])
            month = int(m["m"]) if m["m"] else anchor.day.month
            year = anchor.day.year
            if not m["m"] and day > anchor.day.day:  # "28日" early in a month: the month before
                month -= 1
            if month > anchor.day.month or (month == anchor.day.month and day > anchor.day.day):
                year -= 1 if m["m"] else 0
            if month < 1:
                month, year = 12, year - 1
            if not _day_exists(month, day, year):
                return None
            said = date(year, month, day)
            if said == anchor.day or said > anchor.day:
                return None
            same = "。" not in paragraph[m.end():first]
            why = (f"a Japanese lead's day {'in the sentence of the words' if same else 'of the occasion before the words'}, "
                   f"the latest on or before {anchor.name} ({anchor.day.isoformat()})")
            return _info(m.group(0), said, "medium" if same else "low", why, anchor=anchor)
    return None


# a Chinese lead's day before the quoted words: a day back with the day of the month in brackets or without
# ("昨（5）日", "昨日（6日）", "前日（4日）", "昨天"), a weekday with it ("周五（4日）") or last week's ("上週五", "上周二")
_HAN_BACK: Final = {"昨": 1, "昨日": 1, "昨天": 1, "昨晚": 1, "前日": 2, "前天": 2}
_HAN_WEEKDAYS: Final = "一二三四五六日"
_HAN_DAY: Final = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)年(?P<m>[01]?\d)月(?P<d>[0-3]?\d)日"
    r"|(?P<back>昨日|昨天|昨晚|前日|前天|昨)(?:[（(](?P<bd>[0-3]?\d)日?[）)]日?)?"
    r"|(?P<last>上)?(?:週|周|星期|禮拜|礼拜)(?P<wd>[一二三四五六日])(?:[（(](?P<wdd>[0-3]?\d)日[）)])?")
_HAN_LEAD_QUOTE: Final = re.compile("[「“][^」”\n]{0,200}[\u4e00-\u9fff]")


def _han_day(lead: list[str], anchor: _Anchor | None) -> DateInfo | None:
    """The day a Chinese lead gives its quoted words: a day back ("昨（5）日", "昨天": the day before publication,
    the bracket's day of the month where one is written), a weekday ("周五（4日）": the latest before publication)
    or last week's ("上周二": that day of the week before publication's, weeks from Monday). The first such word
    before the first quote of the first paragraph quoting in Han characters, outside marks: medium in the quote's
    own sentence, low in an earlier one. None when it names publication day, or none is read."""
    if anchor is None or anchor.coarse:
        return None
    occasion = ""  # a paragraph before the first quoting one, its first day word: the occasion of the words
    for paragraph in lead:
        if _HAN_CHAR.search(paragraph) is None or _KANA_OR_HANGUL.search(paragraph) is not None:
            continue  # (no Han character, or Japanese: one class scan, the cost to other copy)
        first = _HAN_LEAD_QUOTE.search(paragraph)
        if first is None:
            occasion = occasion or (paragraph if _HAN_DAY.search(paragraph) is not None else "")
            continue
        if occasion and _HAN_DAY.search(paragraph, 0, first.start()) is None:
            paragraph = occasion + "。" + paragraph  # (its day read as an earlier sentence's: low)
            first = _HAN_LEAD_QUOTE.search(paragraph, len(occasion)) or first
        regions = _quoted_regions(paragraph)
        for m in _HAN_DAY.finditer(paragraph, 0, first.start()):
            if _inside(m.start(), regions):
                continue
            base = anchor.day
            if m["y"]:  # (`早在2021年3月15日，…坦言：「…」`: a whole date)
                if not _day_exists(int(m["m"]), int(m["d"]), int(m["y"])):
                    continue
                said = date(int(m["y"]), int(m["m"]), int(m["d"]))
            elif m["back"]:
                said = base - timedelta(days=_HAN_BACK[m["back"]])
            else:
                wd = _HAN_WEEKDAYS.index(m["wd"])
                monday = base - timedelta(days=base.weekday())
                said = (monday - timedelta(days=7 - wd) if m["last"]
                        else base - timedelta(days=(base.weekday() - wd) % 7 or 7))
            bracket = m["bd"] or m["wdd"]
            if bracket and int(bracket) != said.day:
                day = int(bracket)
                said = date(base.year, base.month, day) if day < base.day and _day_exists(base.month, day, base.year) \
                    else said
            if said >= base:
                return None
            same = not any(ch in paragraph[m.end():first.start()] for ch in "。！？")
            why = (f"a Chinese lead's day {'in the sentence of the words' if same else 'of the occasion before them'}, "
                   f"counted back from {anchor.name} ({anchor.day.isoformat()})")
            return _info(m.group(0), said, "medium" if same else "low", why, anchor=anchor)
        return None
    return None


# a Korean lead's day before the quoted words ("장관은 3일 "…"", "지난 3일", "전날(6일)", "오늘(2일)", "지난달 20일",
# "2019년 8월 14일"), or its words for the days back ("어제", "그제") and a weekday ("지난 목요일"): lang/ko.toml [dates]
_HANGUL_DAY: Final = re.compile(
    r"(?<![\d년월.])(?:(?P<last_month>지난달)\s*)?(?:(?P<y>\d{4})년\s*)?(?:(?P<m>[01]?\d)월\s*)?(?P<d>[0-3]?\d)일(?![\d가-힣])"
    r"|(?<![가-힣])(?P<back>" + "|".join(map(re.escape, sorted(hangul_words().days_back, key=len, reverse=True)))
    + r")(?:\((?P<bd>[0-3]?\d)일\))?(?![가-힣])"
    r"|(?<![가-힣])(?P<last>지난\s*)?(?P<wd>[월화수목금토일])요일(?![가-힣])")
_HANGUL_QUOTE: Final = re.compile("[\"“][^\"”\n]{0,200}[\uac00-\ud7a3]")


def _hangul_day(lead: list[str], anchor: _Anchor | None) -> DateInfo | None:
    """The day a Korean lead gives its quoted words: Korean dates an act by its day of the month between the
    subject and the quote ("정 장관은 3일 "…"이라고 말했다": the 3rd, the latest on or before publication), a day
    back ("어제", "그제", "전날(6일)": the bracket's day where one is written), a weekday ("지난 목요일": the last
    one before publication) or a whole date ("2019년 8월 14일"). The first such day before the first quote of
    the first paragraph that quotes in Hangul, outside marks: medium in the quote's own sentence, low in an
    earlier one. None when it is the publication day (that date stands), after it (a plan), or none is read."""
    back_words = hangul_words().days_back
    if anchor is None or anchor.coarse or not any("일" in p or any(w in p for w in back_words) for p in lead):
        return None  # (every day it reads holds 일 or a word for a day back: English leads pay a few str scans)
    occasion: re.Match[str] | None = None  # the first day of a sentence with no quote, before the words
    occasion_day = anchor.day
    for paragraph in lead:
        first = _HANGUL_QUOTE.search(paragraph)
        if first is None:
            if occasion is None and (m := _HANGUL_DAY.search(paragraph)) is not None \
                    and (day := _hangul_said(m, anchor.day)) is not None and day < anchor.day:
                occasion, occasion_day = m, day
            continue
        regions = _quoted_regions(paragraph)
        for m in _HANGUL_DAY.finditer(paragraph, 0, first.start()):
            if _inside(m.start(), regions):
                continue
            said = _hangul_said(m, anchor.day)
            if said is None:
                continue
            if said >= anchor.day:
                return None
            same = not any(ch in paragraph[m.end():first.start()] for ch in ".?!")
            why = (f"a Korean lead's day {'in the sentence of the words' if same else 'of the occasion before them'}, "
                   f"the latest on or before {anchor.name} ({anchor.day.isoformat()})")
            return _info(m.group(0), said, "medium" if same else "low", why, anchor=anchor)
        if occasion is not None:  # "주민 300여명이 4일 … 집회를 열었다." ¶ "위원장은 이날 "…"": the occasion's day
            return _info(occasion.group(0), occasion_day, "low", f"a Korean lead's day of the occasion before the "
                         f"words, the latest on or before {anchor.name} ({anchor.day.isoformat()})", anchor=anchor)
    return None


def _devanagari_day(lead: list[str], anchor: _Anchor | None) -> DateInfo | None:
    """The day a Hindi lead's कल gives the words: the day before publication in a sentence whose verb is past (`तिवारी
    ने कल सम्मेलन के दौरान नाराजगी जताई थी।`, the occasion of the words after it), never in one whose verb is future
    (कल is tomorrow too: `कल बैठक होगी`), nor in one of no tense it reads. Medium beside a verb of saying, else low
    (the occasion). None when no lead sentence outside marks names it so (English leads pay a str scan each)."""
    words = devanagari_words()
    if anchor is None or anchor.coarse or not any(w in p for p in lead for w in words.either_day):
        return None
    either = re.compile(r"(?<![\u0900-\u097f])(?:" + "|".join(map(re.escape, words.either_day)) + r")(?![\u0900-\u097f])")
    for paragraph in lead:
        regions = _quoted_regions(paragraph)
        for m in either.finditer(paragraph):
            if _inside(m.start(), regions):
                continue
            lo = paragraph.rfind("।", 0, m.start()) + 1
            hi = paragraph.find("।", m.end())
            sentence = [w.strip(",;:\"'‘’“”") for w in paragraph[lo:hi if hi >= 0 else len(paragraph)].split()]
            if any(w.endswith(words.future_endings) for w in sentence) or not words.past_words & set(sentence):
                continue
            spoken = bool(_SPEECH_ABROAD.search(paragraph, lo, hi if hi >= 0 else len(paragraph)))
            why = f"a Hindi lead's ‘{m.group(0)}’ beside a past verb: the day before {anchor.name} ({anchor.day.isoformat()})"
            return _info(m.group(0), anchor.day - timedelta(days=1), "medium" if spoken else "low", why, anchor=anchor)
    return None


def _hangul_said(m: re.Match[str], base: date) -> date | None:
    """The day one match of _HANGUL_DAY names, counted back from `base`; None when it names none."""
    if m["wd"]:
        wd = "월화수목금토일".index(m["wd"])
        return base - timedelta(days=(base.weekday() - wd) % 7 or (7 if m["last"] else 0))
    if m["back"] and not m["bd"]:
        return base - timedelta(days=hangul_words().days_back[m["back"]])
    day = int(m["bd"] or m["d"])
    year = int(m["y"]) if m["y"] else base.year
    month = int(m["m"]) if m["m"] else base.month
    if m["last_month"] or (not m["m"] and day > base.day):  # "지난달 20일", "28일" early in a month
        month -= 1
    if not m["y"] and m["m"] and (month, day) > (base.month, base.day):
        year -= 1
    if month < 1:
        month, year = 12, year - 1
    return date(year, month, day) if _day_exists(month, day, year) else None


def _words_follow(lead: list[str], paragraph: str, end: int) -> bool:
    """Whether quoted words with a verb that reports them follow `paragraph`'s sentence ending at `end`
    in the lead (the words said at the occasion that sentence dates)."""
    rest = [paragraph[end:], *lead[lead.index(paragraph) + 1:]]
    return any(_quoted_regions(text) and _SPEECH_ABROAD.search(text) for text in rest)


def _last_week(paragraph: str, m: re.Match[str]) -> bool:
    """Is the weekday ``m`` said to be last week's, its language's "last" after or before it ("lunedì scorso",
    "el pasado martes")? On that weekday itself it is a week before, not the day."""
    return bool(_LAST_AFTER.match(paragraph, m.end()) or _LAST_BEFORE.search(paragraph, max(0, m.start() - 12),
                                                                              m.start())
                or m.group(0).lower() in _WORDS_ABROAD.suffixed_weekdays)


def _weekday_abroad(lead: list[str], anchor: _Anchor | None) -> DateInfo | None:
    """The statement date a weekday of a lead in another language gives, which the English rules
    above cannot read.  Beside a verb that reports words in its sentence ("En la sesión del martes
    …, X reconoció que …") it dates them: that weekday on or before publication, low (the rest of
    the sentence is not read).  Named otherwise ("atrapados desde la noche del martes"), it may
    date the words all the same, so the publication date they would inherit is kept but never
    high.  None when the lead names no such weekday outside quotation marks.  The language's word
    for yesterday or the day before beside such a verb ("zapowiedziała wczoraj", "sagte gestern")
    dates the words so, at medium as "said yesterday" does; named with no such verb ("Gli ambientalisti hanno
    depositato ieri sera un esposto", and the words follow), it is the occasion the words were said at, low;
    its word for today beside the verb ("ha detto oggi") leaves the publication date."""
    if anchor is None:
        return None
    unread: str | None = None
    occasion: tuple[str, int] | None = None
    weekday_act: tuple[str, int, bool] | None = None
    for paragraph in lead:
        regions = _quoted_regions(paragraph)
        found = sorted([*_WEEKDAY_IN_PROSE.finditer(paragraph), *_DAY_BACK_IN_PROSE.finditer(paragraph)],
                       key=lambda m: m.start())
        for m in found:
            if _inside(m.start(), regions):
                continue
            s_start, s_end = _sentence_of(m.start(), _breaks(paragraph), len(paragraph))
            cue = next((c for c in _SPEECH_ABROAD.finditer(paragraph, s_start, s_end)
                        if not _inside(c.start(), regions)), None)
            back_days = _WORDS_ABROAD.days_back.get(m.group(0).lower())
            if back_days is not None:
                if cue is None:  # "Gli ambientalisti hanno depositato ieri sera un esposto." before the words
                    if occasion is None and _words_follow(lead, paragraph, s_end):
                        occasion = (m.group(0), back_days)
                    continue
                if back_days == 0:  # "ha detto oggi": the words are the publication day's, whatever else is named
                    return None
                shown = _one_line(paragraph[min(m.start(), cue.start()) : max(m.end(), cue.end())])
                why = (f"‘{m.group(0)}’ beside ‘{cue.group(0)}’ in a lead not in English: {back_days} day(s) "
                       f"before {anchor.name} ({anchor.day.isoformat()})")
                return _info(shown, anchor.day - timedelta(days=back_days), "medium", why, anchor=anchor)
            word = m.group(0)
            wd = _weekday_abroad_number(word)
            if cue is None or _SINCE_ABROAD.search(paragraph, max(s_start, m.start() - 40), m.start()):
                if (cue is None and weekday_act is None and unread is None
                        and not _SINCE_ABROAD.search(paragraph, max(s_start, m.start() - 40), m.start())
                        and _words_follow(lead, paragraph, s_end)):
                    # "Le gouvernement a suspendu mercredi l'appel d'offres." before the words: the act the
                    # lead's first weekday dates is the occasion the words were said at (ux41 #6), as its yesterday's
                    weekday_act = (word, wd, _last_week(paragraph, m))
                unread = unread or word
                continue
            back = (anchor.day.weekday() - wd) % 7
            if back == 0 and _last_week(paragraph, m):  # "lunedì scorso" on a Monday: a week before
                back = 7
            shown = _one_line(paragraph[min(m.start(), cue.start()) : max(m.end(), cue.end())])
            why = (f"‘{word}’ ({calendar.day_name[wd]}) beside ‘{cue.group(0)}’ in a lead not in English: "
                   f"the {calendar.day_name[wd]} on or before {anchor.name} ({anchor.day.isoformat()})")
            return _info(shown, anchor.day - timedelta(days=back), "low", why, anchor=anchor)
    if weekday_act is not None and occasion is None and not anchor.coarse:
        word, wd, last = weekday_act
        back = (anchor.day.weekday() - wd) % 7 or (7 if last else 0)
        which = "last" if last else "one on or"
        why = (f"the lead's act of ‘{word}’ ({calendar.day_name[wd]}, the {which} before {anchor.name}, "
               f"{anchor.day.isoformat()}), where no verb of saying dates the words: the occasion they were said at")
        # (the publication's own weekday: as sure a date as the publication's, so not below medium)
        return _info(word, anchor.day - timedelta(days=back), "medium" if back == 0 else "low", why, anchor=anchor)
    if occasion is not None and occasion[1] > 0:
        why = (f"the lead's act of ‘{occasion[0]}’ ({occasion[1]} day(s) before {anchor.name}, "
               f"{anchor.day.isoformat()}), where no verb of saying dates the words: the occasion they were said at")
        return _info(occasion[0], anchor.day - timedelta(days=occasion[1]), "low", why, anchor=anchor)
    if unread is None:
        return None
    why = (f"the lead names ‘{unread}’, but no verb of saying beside it tells whose words it dates: "
           f"the {anchor.name} date is used, at medium (set statement_date if the words were said that "
           f"{calendar.day_name[_WORDS_ABROAD.weekdays.get(unread, _WORDS_ABROAD.weekdays.get(unread.lower(), 0))]})")
    return _info(unread, anchor.day, "medium", why, anchor=anchor)


_HABITUAL: Final = re.compile(r"(?<![\w’'])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().habitual_cues, key=len, reverse=True))
    + r")(?![\w’'])", re.IGNORECASE)


# a clause of the writer's own opening after a quote: a conjunction right after its closing mark or after a comma or
# semicolon ('"…," and in September she told …', '"…," she said, but on Friday …'), or a semicolon
_NEXT_CLAUSE: Final = re.compile(r"(?:^[\s,]*|[,;]\s*)(?:" + "|".join(sorted(
    (re.escape(w) for w in lexicon().after_quote_conjunctions), key=len, reverse=True)) + r")(?![\w’'-])|;")


def _later_clauses(paragraph: str, offset: int, candidates: Sequence[_Candidate]) -> set[_Candidate]:
    """The date phrases after the quote at `offset` that stand in a later clause than its tag: a conjunction or a
    semicolon between its closing mark and them (usability round 83: a fact-check's "in 2022 X also said she would
    not trade schools "for a campaign slogan," and in September 2023 she told public radio, "…"" dated the 2022
    words September 2023 at high). Empty for a quote whose sentence goes on with no such break ('"…," she said
    Tuesday')."""
    after = [c for c in candidates if c.phrase.start > offset]
    if not after:
        return set()
    regions = _quoted_regions(paragraph)
    region = next(((a, b) for a, b in regions if a <= offset < b), None)
    if region is None:
        return set()
    out: set[_Candidate] = set()
    for c in after:
        if c.phrase.start < region[1]:
            continue
        gap = paragraph[region[1]:c.phrase.start]
        for a, b in regions:  # (other quotes' words are no clause of the writer's)
            if a < c.phrase.start and b > region[1]:
                lo, hi = max(a, region[1]) - region[1], min(b, c.phrase.start) - region[1]
                gap = gap[:lo] + " " * (hi - lo) + gap[hi:]
        if _NEXT_CLAUSE.search(gap):
            out.add(c)
    return out


def quote_statement_date(
    paragraph: str,
    offset: int,
    article_statement: DateInfo | None,
    published: DateInfo | None,
) -> DateInfo | None:
    """The statement date of the quote starting at ``offset`` in ``paragraph``.

    A quote inherits, in order: the nearest cue-governed date phrase of its own
    sentence, else of its paragraph, else the article's statement date, else the
    publication date.  Phrases inside quotation marks are the speaker's words,
    not when they were said, so they never count; nor do plans after publication and
    recollections (the rules of :func:`article_statement_date`).
    """
    anchor = _anchor_from(published)
    signed = _signed_date(paragraph, offset, anchor)
    if signed is not None:
        return signed
    candidates = _governed(paragraph)
    s_start = s_end = 0
    if candidates:  # only then is the sentence split worth its cost
        s_start, s_end = _sentence_of(min(max(offset, 0), len(paragraph)), _breaks(paragraph), len(paragraph))

    def distance(c: _Candidate) -> int:
        return min(abs(c.phrase.start - offset), abs(c.phrase.end - offset))

    # a date after the quote, in another clause than its ("in 2022 she said "…," and in September 2023 she told …"),
    # dates what follows it there, never the words before it
    later = _later_clauses(paragraph, offset, [c for c in candidates if s_start <= c.phrase.start < s_end])
    in_sentence = [c for c in candidates if s_start <= c.phrase.start < s_end and c not in later]
    # background words ("had vowed in March 2022") date the words of their own sentence only
    beside = [c for c in candidates if c not in later and (c in in_sentence or not _pluperfect(paragraph, c.phrase))]
    for scope, pool in (("the quote’s sentence", in_sentence), ("the quote’s paragraph", beside)):
        for c in sorted(pool, key=lambda c: (distance(c), c.phrase.start)):
            info = _words_date(c, anchor, paragraph)
            if info is None:
                continue
            info = _recalled_year(c, info)  # "In 2023 she said “…”": a year alone, so the day is unsure (review asks)
            if info.end is not None and article_statement is not None and article_statement.end is None \
                    and article_statement.basis.startswith(info.basis):
                # the very range the article's statement date was stored from, coarser ("last week"
                # → its month, as front matter holds no range): the same date as the quotes that
                # inherit it, so one interview's words never get two precisions
                return DateInfo(article_statement.date, article_statement.confidence,
                                f"from {scope}: {article_statement.basis}")
            return DateInfo(info.date, info.confidence, f"from {scope}: {info.basis}", info.end)
    inherited = article_statement or published
    older = _older_year(paragraph, offset, inherited) if inherited is not None else None
    if older is not None:
        return older
    record = _record_before(paragraph, offset, anchor) if " it," in paragraph or " it " in paragraph else None
    if record is not None:
        return record
    if article_statement is not None and published is not None and _HABITUAL.search(paragraph):
        regions = _quoted_regions(paragraph)
        breaks = _breaks(paragraph)
        lo, hi = _sentence_of(min(max(offset, 0), len(paragraph)), breaks, len(paragraph))
        habit = _HABITUAL.search(paragraph, lo, hi)
        if habit is not None and not any(a <= habit.start() < b for a, b in regions):
            # "Y likes to say that "…"": a habit has no occasion, so not the day the article's
            # other words were said; what Y says as of publication (never surer than medium)
            conf: Confidence = "medium" if published.confidence == "high" else published.confidence
            return DateInfo(published.date, conf, f"a habit (‘{habit.group(0)}’), said on no one day: "
                                                  f"the publication date, {published.basis}", published.end)
    for label, inherited in (("the article’s statement date", article_statement), ("the publication date", published)):
        if inherited is not None:
            return DateInfo(inherited.date, inherited.confidence, f"inherits {label}: {inherited.basis}", inherited.end)
    return None



# A claim signed on its own line, its date last: "“…” — Jane Doe, on Facebook, June 10, 2026" (a fact-check's
# claim box): the name, at most two short parts (where: "on X", "in a video"), then the date ending the line
_SIGNED_LINE: Final = re.compile(rf"[ \t]*[—–―][ \t]*[^\n\"“”«»,]{{2,60}},(?:[ \t]*[^\n\"“”«»,]{{1,40}},){{0,2}}[ \t]*"
                                 rf"(?P<date>{_DATE})[ \t.]*(?:\n|\Z)")


def _signed_date(paragraph: str, offset: int, anchor: _Anchor | None) -> DateInfo | None:
    """The date of a claim signed on its own line ("“…” — Jane Doe, on Facebook, June 10, 2026"): the day its
    signature gives the words, as written (ux40 #20: a claim box's quote took the fact-check's own day,
    low, with its date beside it). None for any quote not closed by such a line."""
    if "—" not in paragraph and "–" not in paragraph and "―" not in paragraph:
        return None
    region = next(((a, b) for a, b in _quoted_regions(paragraph) if a <= offset <= b), None)
    if region is None:
        return None
    m = _SIGNED_LINE.match(paragraph, region[1])
    return None if m is None else _date_named(m, anchor, "the date of the claim’s signature line")


def _date_named(m: re.Match[str], anchor: _Anchor | None, basis: str) -> DateInfo | None:
    """The day a match's `date` group names, resolved as its line reads (the match itself as the evidence), with
    `basis` before the reading; None when it names no day, or one after publication (a typo, or not this one)."""
    try:
        info = _resolve_cached(m.group("date"), anchor, None, _one_line(m.group(0).strip()))
    except DateUnknown:
        return None
    if info is None or _after_publication(info, anchor):
        return None
    return DateInfo(info.date, info.confidence, f"{basis}: {info.basis}", info.end)


# A year as a record's adjective ("a 2024 Evening Post report in which she called it "…"", "her 2019 interview"),
# the year of the record a sentence quotes from
_YEAR_OF_RECORD: Final = re.compile(
    r"(?<![\w’'-])(?i:a|an|the|her|his|their|its|that)\s+(?P<y>1[89]\d\d|20\d\d)(?![\d\w%-])"
    r"(?:\s+[\w’'.-]+){0,4}?\s+(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        lexicon().record_nouns, key=len, reverse=True)) + r")(?![\w-])") if lexicon().record_nouns else re.compile("(?!)")
_STOP_BEFORE: Final = re.compile(r"[.!?][\"”’)]?\s+(?=\S)")
_ANY_YEAR: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


# a record and its written date ("the press release of July 14, 2025", "its statement dated 3 March 2026"), ending the
# sentence before one that opens by pointing into it ("In it, the governor said: "…"")
_RECORD_OF_DAY: Final = re.compile(
    r"(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon().record_nouns, key=len, reverse=True))
    + r")\s+(?:of|dated|issued\s+on|from)\s+(?P<date>[^.!?\"“”]{4,30}?)[.!?]\s+$") if lexicon().record_nouns \
    else re.compile("(?!)")
_INTO_RECORD: Final = re.compile(r"(?:In|Within)\s+it,\s+")


def _record_before(paragraph: str, offset: int, anchor: _Anchor | None) -> DateInfo | None:
    """The date of the record the sentence before the quote's names with its day, when the quote's sentence opens by
    pointing into it ("… reviewed the government's press release of July 14, 2025. In it, the governor said: "…""):
    the words are the record's, of its day (ux53 #14: a fact-check's re-quote was dated the fact-check's day)."""
    lo, _ = _sentence_of(min(max(offset, 0), len(paragraph)), _breaks(paragraph), len(paragraph))
    if _INTO_RECORD.match(paragraph, lo) is None:
        return None
    m = _RECORD_OF_DAY.search(paragraph, max(0, lo - 160), lo)
    return None if m is None else _date_named(m, anchor, "from the record the sentence before names")


def _older_year(paragraph: str, offset: int, inherited: DateInfo) -> DateInfo | None:
    """The year the quote's own sentence gives the record its words come from, before the quote ("Doe
    pointed to a 2024 Evening Post report in which Roe called the project "…"", "her 2019 interview,
    in which she said "…""), when it is older than the year the quote would inherit: words recalled from that year,
    not said on the day the article is dated (a rival's release quoting an old interview must never date
    it to the release's day at high: ux40 #2). Low, at the year's precision; None for a year that is no
    record's ("since 2013", "the 2019 floods"), inside quotation marks, or not older."""
    if _ANY_YEAR.search(paragraph, 0, offset) is None:
        return None  # most quotes: no year before them at all
    regions = _quoted_regions(paragraph)
    lo, _ = _sentence_of(min(max(offset, 0), len(paragraph)), _breaks(paragraph), len(paragraph))
    # (a quote opening its own sentence: the sentence before it is not the quote's, however the split went)
    lo = max([lo, *(m.end() for m in _STOP_BEFORE.finditer(paragraph, lo, offset) if not _inside(m.start(), regions)
                    and not _abbreviated(paragraph, m.start()))])  # ("In the 2022 debate, Gov. Doe said: "…"")
    found = [(int(m.group("y")), m.group(0), m.start()) for m in _YEAR_OF_RECORD.finditer(paragraph, lo, offset)]
    for year, text, start in sorted(found, key=lambda f: f[2]):
        if _inside(start, regions) or year >= inherited.date.year:
            continue
        return DateInfo(PartialDate(year, None, None), "low",
                        f"‘{_one_line(text)}’ in the quote’s own sentence: words of a {year} record, recalled "
                        f"(not said on the day the article is dated, {inherited.basis})")
    return None


def occasion_weekday_named(paragraphs: Sequence[str], published: DateInfo) -> str | None:
    """A weekday the lead (its first four paragraphs) names outside quotation marks, before publication and in
    no plan ("filled the hall Thursday night", "voted Wednesday"), when the story's words would inherit the
    publication date: they may be of that day, so the publication date is no sure date for them (ux40 #7:
    every quote of a hearing story dated the day of publication at high, out of review's sight). None when
    the lead names none, or names only the publication's own weekday."""
    anchor = _anchor_from(published)
    if anchor is None or anchor.coarse:
        return None
    for paragraph in paragraphs[:4]:
        if _HAS_WEEKDAY.search(paragraph) is None and not _may_join(paragraph):
            continue  # no weekday phrase: none of the weekday pattern's (`_triggers`) nor a joined one
        regions = _quoted_regions(paragraph)
        for phrase in find_date_phrases(paragraph):
            if phrase.kind != "weekday" or _inside(phrase.start, regions) \
                    or _FUTURE.search(paragraph, max(0, phrase.start - 40), phrase.start):
                continue
            info = _past_day(phrase.text, anchor)
            if info is not None and info.date.first_day() < anchor.day:
                return phrase.text
    return None


def other_occasions(paragraphs: Sequence[str], inherited: DateInfo, published: DateInfo | None) -> tuple[str, ...]:
    """The date phrases a verb of saying governs anywhere in the text that date words on another
    occasion than ``inherited``, the article's statement date ("speech on February 20, 2024", "interview
    in June" in an explainer whose statement date came from "on May 4, 2023, he told"): a
    retrospective of several occasions, whose undated quotes no one date ties to (ux36 #17). Empty for
    news, whose occasion lies within RETROSPECTIVE_DAYS of its publication (its undated quotes are of
    that occasion, whatever older words it recalls), and for a story of one occasion, however many
    times it names its day. Recollections, plans and background ("had said in 2023") are not
    occasions (`_words_date`, `_pluperfect`), nor is an interviewer's "you said" (`_governed`)."""
    anchor = _anchor_from(published)
    if anchor is None or (anchor.day - _days_of(inherited)[1]).days <= RETROSPECTIVE_DAYS:
        return ()
    lo, hi = _occasion_span(inherited)
    out: list[str] = []
    for paragraph in paragraphs:
        for c in _governed(paragraph):
            info = _words_date(c, anchor, paragraph)
            if info is None or c.passive or _pluperfect(paragraph, c.phrase):
                continue
            a, b = _occasion_span(info)
            if b < lo or hi < a:
                out.append(c.phrase.text)
        # … and a date a quote's own paragraph opens with ("On June 3, 2024, the tone changed. “…,” she said"), of
        # another occasion: an explainer that ties one date to a verb of saying and sets its other quotes' scenes
        # so reports several occasions as surely (a usability round's explainer: one verb-dated quote, four scenes)
        regions = _quoted_regions(paragraph)
        scene = scene_date(paragraph, regions[0][0], published) if regions else None
        if scene is not None and ((span := _occasion_span(scene))[1] < lo or hi < span[0]):
            out.append(scene.basis.partition("‘")[2].partition("’")[0] or scene.date.iso())
    return tuple(dict.fromkeys(out))


_OCCASION_SLACK: Final = 3  # days two dates of one occasion may lie apart (as `link.OCCASION_SLACK`)
# An article whose statement date lies more days than this before its publication looks back (an explainer,
# an op-ed, a profile) rather than reporting the news of its day
RETROSPECTIVE_DAYS: Final = 7
# the basis of a quote's date taken from another speaker's sentence of its article: review offers the publication
# date before it (`review._guessed_date`)
BORROWED_DATE: Final = "inherits the article’s statement date, from another speaker’s sentence"


def _days_of(info: DateInfo) -> tuple[date, date]:
    """The first and last day a statement date can mean (its range's end included)."""
    last_of = info.end or info.date
    month = last_of.month or 12
    return info.date.first_day(), date(last_of.year, month,
                                       last_of.day or calendar.monthrange(last_of.year, month)[1])


def _occasion_span(info: DateInfo) -> tuple[int, int]:
    """The days a statement date can mean, as ordinals, give or take the slack of one occasion."""
    first, last = _days_of(info)
    return first.toordinal() - _OCCASION_SLACK, last.toordinal() + _OCCASION_SLACK


# A paragraph that heads its quote with a date ("May 2023: “A bridge for all”"), or a sentence
# that opens with one, after at most a few words ("Two months later, on June 3, 2024, the tone changed."):
# the date sets the scene of what the paragraph goes on to quote
_SCENE_LEAD: Final = re.compile(r"(?:[\w’'-]+\s+){0,3}?[\w’'-]*,?\s*\Z")


_FRENCH_COLON_SPACES: Final = (" ", "\u00a0", "\u202f")


# a paragraph that is a date and nothing else, in a heading's or emphasis's marks ("**Thursday 6 April**", "## 4 March
# 2024", "Wednesday, 16 November 2022"): a live page's or a diary's day heading
DAY_HEADING_MAX: Final = 60  # characters: a longer paragraph is never a day heading
_DAY_HEADING_MARKUP = re.compile(r"^[#>*_\s]*(.*?)[*_\s.:]*$", re.DOTALL)


def day_heading(paragraph: str, published: DateInfo | None) -> DateInfo | None:
    """The day a paragraph that is only a date names (a live blog's "**Thursday 6 April**" over the entries written
    after midnight, a diary's "## 4 March 2024"), counted from publication with its day's grace; None for any other
    paragraph and for a day after publication. Medium: a heading dates the entries under it, not words by a verb of
    saying — the quotes under it that no date of their own dates are of that day, not of the day the page was
    first published (blind round 85: a by-election's and a budget vote's entries after midnight)."""
    if len(paragraph) > DAY_HEADING_MAX or not paragraph.strip():
        return None
    text = _DAY_HEADING_MARKUP.match(paragraph).group(1)  # type: ignore[union-attr]
    phrases = find_date_phrases(text)
    if len(phrases) != 1 or phrases[0].start != 0 or phrases[0].end != len(text) \
            or phrases[0].kind not in ("weekday-date", "explicit", "day", "month-day"):
        return None
    anchor = _anchor_from(published)
    info = _past_day(text, anchor)
    if info is None or info.date.precision != "day":
        return None
    if anchor is not None and not re.search(r"\d{4}", text) and (anchor.day - info.date.first_day()).days > 7:
        return None  # a year-less heading is the live page's own day or one of its last week, never a year back
    return DateInfo(info.date, "medium", f"under the day heading ‘{text}’: {info.basis}")


def scene_date(paragraph: str, offset: int, published: DateInfo | None, *, heading: bool = False) -> DateInfo | None:
    """The date a quote's own paragraph sets its scene with, before the quote (`_SCENE_LEAD`), outside
    quotation marks, not after publication: for a quote of an article of several occasions
    (`other_occasions`) with no verb of saying dating it — medium, as no such verb ties the date to
    the words; None when the paragraph opens with no date. ``heading``: only a date heading the paragraph
    ("March 2024: “…”"), which dates its quotes in any article — an explainer of no statement date of its own
    gave such quotes its day of publication (ux44 #10)."""
    if heading and ":" not in paragraph[:60]:
        return None  # most paragraphs: no heading
    phrases = [p for p in find_date_phrases(paragraph) if p.end <= offset and p.kind != "dateline"]
    if not phrases:
        return _month_heading(paragraph, offset, published) if heading else None
    regions = _quoted_regions(paragraph)
    breaks = _breaks(paragraph)
    anchor = _anchor_from(published)
    for phrase in phrases:
        if _inside(phrase.start, regions):
            continue
        s_start, _ = _sentence_of(phrase.start, breaks, len(paragraph))
        mark = paragraph[phrase.end:phrase.end + 1]
        if mark in _FRENCH_COLON_SPACES and paragraph[phrase.end + 1:phrase.end + 2] == ":":
            mark = ":"  # French typography's space before the colon: "Juin 2021 : « … »"
        titled = s_start == 0 and mark == ":"
        if heading:  # the paragraph's first words
            titled = titled and not paragraph[:phrase.start].strip()
        opening = (not heading and _SCENE_LEAD.match(paragraph, s_start, phrase.start) is not None
                   and mark in (",", ":"))
        if not (titled or opening):
            continue
        info = _past_day(phrase.text, anchor)
        if info is None:
            continue
        conf: Confidence = "medium" if info.confidence != "low" else "low"
        return DateInfo(info.date, conf, f"the date its paragraph opens with: {info.basis} (no verb of saying "
                                         "beside it, in an article of words said on several occasions)", info.end)
    return None


# a paragraph headed by a month and its year in the words of a language the project reads ("Jänner 2023: „…“",
# "Janvier 2023 : « … »", "Marzo 2023: «…»", "Januari 2023: ”…”"; CLDR's months, lang/date_lines.toml): a heading
# as "March 2024:" is in English, which `find_date_phrases` reads in running text too, as it does Spanish's "Marzo
# de 2024:"; a month and a year with no joining word are read only so, heading a paragraph
_MONTH_HEADING: Final = re.compile(rf"[ \t]*(?P<m>[^\W\d_]{{3,12}})\.?[ \t]+(?P<y>{_YEAR})[ \t]*:")


def _month_heading(paragraph: str, offset: int, published: DateInfo | None) -> DateInfo | None:
    """`scene_date`'s heading in another language's month, before the quote and not after publication."""
    m = _MONTH_HEADING.match(paragraph)
    month = _WORDS_ABROAD.months.get(m["m"].lower()) if m is not None and m.end() <= offset else None
    if m is None or month is None:
        return None
    info = _past_day(f"{calendar.month_name[month]} {m['y']}", _anchor_from(published), _one_line(m.group(0)[:-1]))
    if info is None:
        return None
    conf: Confidence = "medium" if info.confidence != "low" else "low"
    return DateInfo(info.date, conf, f"the date its paragraph opens with: {info.basis} (no verb of saying "
                                     "beside it, in an article of words said on several occasions)", info.end)


# "Her remarks came a year after she told the council that the bridge “will stay free”": words said that long
# before the occasion the article dates, by the verb of saying right after the span
_SPAN_AFTER: Final = re.compile(
    rf"(?<![A-Za-z])(?P<n>(?i:{'|'.join(_NUMBER_WORDS)})|\d{{1,2}})\s+(?P<unit>(?i:day|week|month|year))s?"
    r"\s+(?i:after|since)\s+(?:[\w’'-]+\s+){0,3}?(?=\S)")
_SUBJECT_ONLY: Final = re.compile(r"(?:[\w’'-]+\s+){1,3}")  # "she ", "the mayor ": the subject of that verb


def recalled_date(paragraph: str, offset: int, inherited: DateInfo) -> DateInfo | None:
    """The date of a quote its own sentence reports as words said a span before the occasion the article
    dates ("… came a year after she told the council that the bridge “will stay free”"): the
    inherited date less that span, low (a span is no date), at a month's precision for months and years.
    None when the verb of saying that reports the quote is not counted back from so (ux36 #17: the
    fragment took the day of the later words, and made a same-day "reversal" of them)."""
    if (paragraph.find(" after ", 0, offset) < 0 and paragraph.find(" since ", 0, offset) < 0) \
            or _SPAN_AFTER.search(paragraph, 0, offset) is None:
        return None  # most quotes: nothing counted back (a build asks it of every undated quote)
    regions = _quoted_regions(paragraph)
    start, _ = _sentence_of(min(max(offset, 0), len(paragraph)), _breaks(paragraph),
                            len(paragraph))
    cues = [c for c in _SPEECH_CUE.finditer(paragraph, start, offset) if not _inside(c.start(), regions)]
    if not cues:
        return None
    cue = cues[-1]
    span = next((m for m in _SPAN_AFTER.finditer(paragraph, start, cue.start()) if m.end() == cue.start()
                 or _SUBJECT_ONLY.fullmatch(paragraph, m.end(), cue.start())), None)
    if span is None:
        return None
    word = span.group("n").lower()
    count = _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)
    unit = span.group("unit").lower()
    base = inherited.date
    if unit in ("year", "month"):
        months = base.year * 12 + (base.month or 1) - 1 - count * (12 if unit == "year" else 1)
        when = PartialDate(months // 12, months % 12 + 1, None)
    else:
        day = base.first_day() - timedelta(days=count * (7 if unit == "week" else 1))
        when = PartialDate(day.year, day.month, day.day)
    text = _one_line(paragraph[span.start():cue.end()])
    return DateInfo(when, "low", f"‘{text}’: words said {count} {unit}{'s' if count > 1 else ''} before those "
                                 f"the article dates ({inherited.basis})")

# A span counted back from the writer's now, in the quote's own sentence ("Two years ago she told the legislature
# that …", "A year ago the premier said …", "last spring she said"): the words are of then, never of the day
# the article (or another paragraph's date) gives
_SPAN_AGO: Final = re.compile(
    rf"(?<![\w’'-])(?:(?P<n>(?i:{'|'.join(_NUMBER_WORDS)})|\d{{1,2}})\s+(?P<unit>(?i:year|month|week))s?\s+(?i:ago)"
    r"|(?i:last)\s+(?P<season>(?i:spring|summer|autumn|fall|winter)))(?![\w’'-])")
_SEASON_GATE: Final = re.compile(r"(?i:last)\s+(?i:spring|summer|autumn|fall|winter)")
# the months each season ends in (the northern hemisphere's: a season is read at its year only, and low)
_SEASON_END: Final = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}
# "…,” she said then.", "She said at the time that …": the words are of the time the paragraph named before
# ("she said then", "at the time", and the other languages' words: "afirmó entonces", "disse na altura", date_lines.toml
# `then`)
_THEN: Final = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ("then", "at the time", *_JOINED.then))
_THEN_AFTER_CUE: Final = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?i:" + _THEN + r")(?![\w’'-])")


_THEN_WORD: Final = re.compile(r"(?<![\w’'-])(?:" + _THEN + r")(?![\w’'-])")
_THEN_GATE: Final = _any_word(("then", "the time", *_JOINED.then))  # (one search of a paragraph, not one per word)


def _cue_in(paragraph: str, lo: int, hi: int, regions: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """The first verb of saying between ``lo`` and ``hi``, outside quotation marks."""
    return next((c for c in _SPEECH_CUE.finditer(paragraph, lo, hi) if not _inside(c.start(), regions)), None)


# … and in the other languages of date_lines.toml ("Il y a deux ans, elle a déclaré …", "due anni fa disse", "rok temu
# powiedziała"): read only for a story in another language (a build asks it of every undated quote)
_SPAN_AGO_ABROAD: Final = tuple(re.compile(p) for p in _WORDS_ABROAD.ago_patterns)


_STOP_BEFORE_QUOTE: Final = re.compile(r"[.!?][\"”’)]?\s+(?=[«„“\"»])")


def _span_abroad(paragraph: str, lo: int, hi: int, regions: Sequence[tuple[int, int]]) -> tuple[re.Match[str], int, str] | None:
    """The first span counted back in another language between ``lo`` and ``hi``, outside quotation marks: the
    match, its count and its unit."""
    found = [m for rx in _SPAN_AGO_ABROAD for m in rx.finditer(paragraph, lo, hi) if not _inside(m.start(), regions)]
    if not found:
        return None
    m = min(found, key=lambda f: f.start())
    count = 1 if m.group("n") is None else (int(m.group("n")) if m.group("n").isdigit()
                                             else _WORDS_ABROAD.ago_numbers.get(m.group("n").lower(), 1))
    return m, count, "year" if m.group("y") else "month" if m.group("m") else "week"


def span_ago(paragraph: str, offset: int, published: DateInfo | None, *, abroad: bool = False) -> DateInfo | None:
    """The date of a quote whose own sentence counts its words back from now ("Two years ago she told the
    legislature that her government “…”", "A year ago the premier said …", "last spring she said"): the
    period that span gives, counted from the publication date — its year for years and seasons, its month
    for months, its day for weeks — at low, since a span is no date (review lists it). Never the day another
    paragraph's date or the publication gives the words at medium or high (ux41 #3, #4). None with no
    such span before the quote in its sentence, inside quotation marks, or with no verb of saying there."""
    if not abroad and paragraph.find(" ago", 0, offset) < 0 and (
            paragraph.find("ast ", 0, offset) < 0 or _SEASON_GATE.search(paragraph, 0, offset) is None):
        return None  # most quotes: no span counted back before them
    anchor = _anchor_from(published)
    if anchor is None:
        return None
    regions = _quoted_regions(paragraph)
    s_start, s_end = _sentence_of(min(max(offset, 0), len(paragraph)), _breaks(paragraph),
                                  len(paragraph))
    # (a quote opening its own sentence with « or „, which the sentence split does not see: the sentence before
    # it is not the quote's)
    s_start = max([s_start, *(m.end() for m in _STOP_BEFORE_QUOTE.finditer(paragraph, s_start, offset + 1)
                              if not _inside(m.start(), regions))])
    span = next((m for m in _SPAN_AGO.finditer(paragraph, s_start, offset) if not _inside(m.start(), regions)), None)
    other = _span_abroad(paragraph, s_start, offset, regions) if abroad and span is None else None
    end = span.end() if span is not None else other[0].end() if other is not None else -1
    if end < 0 or (_cue_in(paragraph, end, s_end, regions) is None
                   and (other is None or not any(not _inside(c.start(), regions)
                                                 for c in _SPEECH_ABROAD.finditer(paragraph, end, s_end)))):
        return None
    b = anchor.day
    of = f"{anchor.name} ({b.isoformat()})"
    if other is not None:
        shown = _one_line(other[0].group(0))
        count, unit = other[1], other[2]
    else:
        assert span is not None
        shown = _one_line(span.group(0))
        if span.group("season"):
            season = span.group("season").lower()
            year = b.year if b.month > _SEASON_END[season] and not (season == "winter" and b.month == 12) else b.year - 1
            return _info(shown, PartialDate(year), "low", f"the {season} before {of}, at its year: a season is no "
                                                            "date (and the hemisphere decides its months)", anchor=anchor)
        word = span.group("n").lower()
        count = _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)
        unit = span.group("unit").lower()
    if unit == "week":
        return _info(shown, b - timedelta(days=7 * count), "low", f"{count} week(s) before {of}: a span, "
                                                                    "no date", anchor=anchor)
    if unit == "month":
        months = b.year * 12 + b.month - 1 - count
        return _info(shown, PartialDate(months // 12, months % 12 + 1), "low",
                     f"{count} month(s) before {of}, at its month: a span, no date", anchor=anchor)
    return _info(shown, PartialDate(b.year - count), "low",
                 f"{count} year(s) before {of}, at its year: a span, no date", anchor=anchor)


def weekday_in_sentence(paragraph: str, offset: int, published: DateInfo | None) -> DateInfo | None:
    """The date a weekday of another language gives a quote in its own sentence, before it ("En entrevue à
    Radio X lundi, la ministre a été plus prudente : « … »"): that weekday on or before publication, medium
    as an English sentence's "on Monday" beside its words is, never the publication's own day while the
    sentence names another (ux41 #6). None with no such weekday, inside quotation marks, or after a word
    making it the start of a state ("depuis lundi")."""
    anchor = _anchor_from(published)
    if anchor is None or anchor.coarse:
        return None
    regions = _quoted_regions(paragraph)
    s_start, _ = _sentence_of(min(max(offset, 0), len(paragraph)), _breaks(paragraph),
                              len(paragraph))
    for m in _WEEKDAY_IN_PROSE.finditer(paragraph, s_start, offset):
        if _inside(m.start(), regions) or _SINCE_ABROAD.search(paragraph, max(s_start, m.start() - 40), m.start()):
            continue
        word = m.group(0)
        wd = _weekday_abroad_number(word)
        back = (anchor.day.weekday() - wd) % 7
        if back == 0 and _LAST_AFTER.match(paragraph, m.end()):
            back = 7
        why = (f"‘{word}’ ({calendar.day_name[wd]}) in the quote’s own sentence: the {calendar.day_name[wd]} on or "
               f"before {anchor.name} ({anchor.day.isoformat()})")
        return _info(_one_line(paragraph[s_start:m.end()]), anchor.day - timedelta(days=back), "medium", why,
                     anchor=anchor)
    return None


def said_then(paragraph: str, offset: int, inherited: DateInfo | None, published: DateInfo | None) -> DateInfo | None:
    """The date of a quote whose verb of saying says "then" or "at the time" ("Doe was categorical. “…,” she
    said then."): the last date the paragraph names before the quote, outside quotation marks — the time
    the writer points back to (medium at most: "then" ties it, no verb of saying governs it); with none,
    the date the quote would inherit, at low, as the words are of an earlier time the text does not date
    (ux41 #8). None when no verb of saying in the quote's sentence says "then"."""
    marks = [m.start() for m in _THEN_WORD.finditer(paragraph)] if _THEN_GATE.search(paragraph) else []
    if not any(_SPEECH_CUE.search(paragraph, max(0, k - 30), k) for k in marks):
        return None  # most quotes: no "then" right after a verb of saying (the split below costs)
    regions = _quoted_regions(paragraph)
    s_start, s_end = _sentence_of(min(max(offset, 0), len(paragraph)), _breaks(paragraph),
                                  len(paragraph))
    said = ""
    for cue in _SPEECH_CUE.finditer(paragraph, s_start, s_end):
        m = _THEN_AFTER_CUE.match(paragraph, cue.end())
        if m is not None and not _inside(cue.start(), regions):
            said = _one_line(paragraph[cue.start():m.end()])
            break
    if not said:
        return None
    anchor = _anchor_from(published)
    for phrase in reversed([p for p in find_date_phrases(paragraph) if p.end <= offset and p.kind != "dateline"
                            and not _inside(p.start, regions)]):
        info = _past_day(phrase.text, anchor)
        if info is None:
            continue
        conf: Confidence = "low" if info.confidence == "low" else "medium"
        return DateInfo(info.date, conf, f"‘{said}’ points back to the date its paragraph names: {info.basis}",
                        info.end)
    if inherited is None:
        return None
    return DateInfo(inherited.date, "low", f"‘{said}’: words of an earlier time the text does not date, so only "
                                           f"said by then ({inherited.basis})", inherited.end)


# a time clause's link, then the verb of saying's subject (up to four words), right before the verb (lang *.toml
# earlier_clause_links: "six weeks after the premier wrote", "ever since she said")
_EARLIER_LINKS: Final = tuple(lexicon().earlier_clause_links)
_EARLIER_BEFORE_CUE: Final = re.compile(r"(?<![\w’'-])(?i:" + "|".join(map(re.escape, _EARLIER_LINKS))
                                        + r")\s+(?:[\w’'-]+\s+){1,4}$") if _EARLIER_LINKS else None
_EARLIER_GATE: Final = re.compile(r"(?i:" + "|".join(map(re.escape, _EARLIER_LINKS)) + r")[ \t\n]") if _EARLIER_LINKS else None


def said_before(paragraph: str, offset: int, inherited: DateInfo | None) -> DateInfo | None:
    """The date of a quote whose verb of saying, before it in its sentence, stands in a time clause pointing back
    ("six weeks after the premier wrote that "every condition will be published""): the words are a re-quote of an
    earlier occasion the text does not date, so only said by then — the date the quote would inherit, at low, and
    the re-quote stays with the statement it repeats (ux58 #6: a re-quote became a new occasion, dated high). None
    when no such clause governs a verb of saying before the quote."""
    if inherited is None or _EARLIER_GATE is None or _EARLIER_BEFORE_CUE is None \
            or _EARLIER_GATE.search(paragraph, 0, max(offset, 0)) is None:
        return None  # (most quotes: no "after" before them)
    regions = _quoted_regions(paragraph)
    s_start, _ = _sentence_of(min(max(offset, 0), len(paragraph)), _breaks(paragraph), len(paragraph))
    for cue in _SPEECH_CUE.finditer(paragraph, s_start, max(s_start, offset)):
        if _inside(cue.start(), regions):
            continue
        link = _EARLIER_BEFORE_CUE.search(paragraph, max(s_start, cue.start() - 60), cue.start())
        if link is not None:
            said = _one_line(paragraph[link.start():cue.end()])
            return DateInfo(inherited.date, "low", f"‘{said}’: words of an earlier occasion the text does not date, "
                                                   f"so only said by then ({inherited.basis})", inherited.end)
    return None


# A live blog's entry opens with its clock time ("21:05 — Governor leaves", "18.30 BST Minister …")
_ENTRY_HEAD: Final = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d:])")
_BASIS_PHRASE: Final = re.compile(r"‘([^’]{3,120})’")


def own_occasion(paragraphs: Sequence[str], at: int, names: Sequence[str], inherited: DateInfo,
                 published: DateInfo | None) -> DateInfo:
    """The statement date of a quote in paragraph ``at`` that has no date phrase of its own and
    would inherit ``inherited``, the article's statement date, found by a phrase of another part
    of the text (its basis quotes it: "‘statement on Friday’ → …").

    That phrase dates the words of whoever its sentence names, in its own live-blog entry. A
    quote of another live-blog entry (a paragraph opening with a clock time before it) was said
    on the page's day, not on the day another entry's "Yesterday" names. A quote of a speaker
    (``names``: the words naming them) whom the phrase's sentence does not name takes the
    phrase of a sentence that does ("Y said on Saturday" in the lead, when the statement date
    came from "X said in a statement on Friday"); with none, the inherited date stays, at low
    confidence, so review asks — unless no verb of saying governs the phrase (a session's date
    line heading its minutes): it names no one's words, and the date stands as inherited.
    Unchanged when the basis quotes no phrase of the text.
    """
    m = _BASIS_PHRASE.search(inherited.basis)
    where = next((i for i, p in enumerate(paragraphs) if m is not None and m.group(1) in p), None)
    if m is None or where is None or where == at:
        return inherited
    entries = [i for i, p in enumerate(paragraphs) if _ENTRY_HEAD.match(p)]
    mine = max((i for i in entries if i <= at), default=None)
    theirs = max((i for i in entries if i <= where), default=None)
    if mine is not None and mine != theirs and published is not None:
        head = paragraphs[mine].strip().split("\n", 1)[0][:40]
        conf: Confidence = "medium" if published.confidence == "high" else published.confidence
        return DateInfo(published.date, conf, f"a live-blog entry of the page’s day (‘{head}’): "
                                              f"the publication date, {published.basis}", published.end)
    words = [n for n in names if n]
    if not words:
        return inherited

    def names_one(text: str) -> bool:
        # (the literal first: most sentences hold none of the words, and the pattern is built per word)
        return any(n in text and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in words)

    def sentence(paragraph: str, pos: int) -> str:
        lo, hi = _sentence_of(pos, _breaks(paragraph), len(paragraph))
        return paragraph[lo:hi]

    source = paragraphs[where]
    if names_one(sentence(source, source.index(m.group(1)))) or _occasion_dated(source):
        # its speaker's own sentence, or a line dating the whole occasion ("Broadcast: Monday 3 March
        # 2025", "Interview date: …" above a transcript): every turn of it was said then, as surely
        return inherited
    anchor = _anchor_from(published)
    for paragraph in paragraphs:
        for c in _governed(paragraph):
            if c.passive or not names_one(sentence(paragraph, c.phrase.start)):
                continue  # ("the grant promised in July": when a thing was promised, none of the words' days)
            info = _words_date(c, anchor, paragraph)
            if info is None:
                continue
            return DateInfo(info.date, info.confidence, f"from the speaker’s own sentence: {info.basis}", info.end)
    if anchor is not None:
        # the weekday of another language's sentence naming the speaker, in the quote's paragraph or the one
        # before ("La senadora X visitó la granja el sábado y habló con …" ¶ "“…”, afirmó X"): their visit's
        # day, not the day another speaker's sentence gives (ux40 #18); low, as no verb ties it to the words
        for i in range(max(0, at - 1), at + 1):
            paragraph = paragraphs[i]
            regions = _quoted_regions(paragraph)
            for wm in _WEEKDAY_IN_PROSE.finditer(paragraph):
                if _inside(wm.start(), regions) or not names_one(sentence(paragraph, wm.start())):
                    continue
                word = wm.group(0)
                wd = _weekday_abroad_number(word)
                back = (anchor.day.weekday() - wd) % 7
                why = (f"‘{word}’ ({calendar.day_name[wd]}) in the speaker’s own sentence: the {calendar.day_name[wd]} "
                       f"on or before {anchor.name} ({anchor.day.isoformat()})")
                return _info(_one_line(sentence(paragraph, wm.start())), anchor.day - timedelta(days=back), "low",
                             why, anchor=anchor)
    lo = source.index(m.group(1))
    hi = lo + len(m.group(1))
    if not any(c.phrase.start < hi and lo < c.phrase.end for c in _governed(source)):
        # no verb of saying governs the phrase ("am Donnerstag, 22.06.2023, 16:00 Uhr" heading minutes,
        # a session's date line): it dates the occasion, not another speaker's words, so every turn
        # of it inherits the date as it stands
        return inherited
    return DateInfo(inherited.date, "low", f"{BORROWED_DATE}: {inherited.basis}", inherited.end)
