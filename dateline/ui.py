"""The interface's words in the site's language: lang/ui.toml, one table per language.

Every word the theme prints about itself (headings, navigation, labels, counts, the chart's key,
dates) comes from here, so a site whose `language` is `fr` reads "Chronologie", "12 avril 2024"
and « … » rather than English around French quotes. English is the fallback of every key: a
language missing one shows it in English, never a blank. What the site is *about* (titles, topic
and stance labels, names) is never here: it comes from the project's files.

Each entry is a format string (`{n}`, `{topic}` …) or, when it counts, a table of plural forms
(`one`, `other`) chosen by the language's rule (French and Brazilian Portuguese count 0 as one; English, German,
Spanish and European Portuguese do not). A country's table (`[pt-BR]`) says only where it differs from its
language's (`[pt]`): `pt-BR` reads it first, then `pt`, then English.
Templates read a plain word as `ui.key` and call the others, `ui("key", n=3, topic=…)`; the arguments are
escaped, the catalogue's text is not HTML (it is escaped too), so a translation can never inject markup.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from markupsafe import Markup, escape

from dateline import patterns
from dateline.model import DateInfo, PartialDate

FALLBACK = "en"
Entry = str | Mapping[str, str]


@cache
def catalogue() -> Mapping[str, Mapping[str, Any]]:
    """lang/ui.toml as read: {language: {key: entry}} (with `months` and `quote_marks` lists)."""
    text = resources.files("dateline").joinpath("lang", "ui.toml").read_text(encoding="utf-8")
    tables = patterns.parsed("ui.toml", text, tomllib.loads)  # (a build's: as an earlier build parsed it)
    return MappingProxyType({lang: MappingProxyType(table) for lang, table in tables.items()})


def base_language(tag: str) -> str:
    """The language of a BCP 47 tag as the catalogue names it: `fr-CA` → `fr`, `DE` → `de`."""
    return tag.split("-")[0].split("_")[0].lower()


@cache
def table_of(tag: str) -> str:
    """The catalogue's table a BCP 47 tag reads first: its country's when ui.toml has one (`pt-br` → `pt-BR`,
    whose few entries say where Brazil's Portuguese differs from the `pt` table's), else its language's."""
    lang = base_language(tag)
    for part in re.split(r"[-_]", tag)[1:]:
        if re.fullmatch(r"[A-Za-z]{2}|[0-9]{3}", part):  # the region subtag (a script, `Latn`, is four letters)
            regional = f"{lang}-{part.upper()}"
            return regional if regional in catalogue() else lang
    return lang


def quote_marks(tag: str) -> tuple[str, str]:
    """How words in the language `tag` are put between quotation marks: “ ” in English, « » (with
    their no-break spaces) in French, „ “ in German, « » in Portugal and “ ” in Brazil. The one rule for every
    place a quote is printed, so a French quote is not « » on its card and “ ” in the feed."""
    marks = _entry(table_of(tag), "quote_marks")
    return str(marks[0]), str(marks[1])


def quoted(text: str, tag: str) -> str:
    """`text` between the marks of its language. The spaces a report set inside « » are the marks'
    own (the no-break space comes with them), so the words' own leading and trailing space goes."""
    opening, closing = quote_marks(tag)
    return f"{opening}{text.strip()}{closing}"


@cache
def month_names(tag: str) -> tuple[str, ...]:
    """The months as the site's country writes them: its table's, with CLDR's word for the country where CLDR
    writes one month otherwise than for the language (`de-AT` and `de-IT`: "Jänner", as Austrian and South
    Tyrolean readers and their newsrooms write January; a usability round's Vienna desk read "Januar" on every
    card). Only a month the table writes as CLDR does for the language is changed, so a table's own choice stays;
    babel is asked only for a tag with a country, and once."""
    months = tuple(str(m) for m in _entry(table_of(tag), "months"))
    region = next((part for part in re.split(r"[-_]", tag)[1:] if re.fullmatch(r"[A-Za-z]{2}|[0-9]{3}", part)), "")
    if not region or base_language(tag) == FALLBACK:
        return months
    from babel import Locale, UnknownLocaleError  # here: only a site with a country in its language tag asks

    try:
        country = Locale.parse(f"{base_language(tag)}_{region.upper()}").months["format"]["wide"]
        language = Locale.parse(base_language(tag)).months["format"]["wide"]
    except (UnknownLocaleError, ValueError):
        return months
    return tuple(str(country[i + 1]) if m.lower() == str(language[i + 1]).lower() != str(country[i + 1]).lower()
                 else m for i, m in enumerate(months))


def _entry(table_name: str, key: str) -> Any:
    """`key` in the table `table_name` (`pt-BR`), else in its language's (`pt`), else in English."""
    table = catalogue().get(table_name, {})
    if key in table:
        return table[key]
    if "-" in table_name:  # a country's table (`pt-BR`, as table_of names it): then its language's
        lang = catalogue().get(table_name.split("-")[0], {})
        if key in lang:
            return lang[key]
    return catalogue()[FALLBACK][key]  # a key English lacks is a theme bug: KeyError, shown as a template error


@dataclass(frozen=True)
class UI:
    """The catalogue of one language, as the templates and the date labels use it."""

    language: str = FALLBACK  # the site's `language` tag, as written (`fr-CA`)
    lang: str = field(init=False)  # its language: `fr`
    table: str = field(init=False)  # the table read first: `fr`, or a country's, `pt-BR`
    # every answer given, by its question: a card asks the same dozen a quote, 130,000 cards a build
    _said: dict[tuple[object, ...], Markup] = field(init=False, repr=False, compare=False)
    # every date's label, by the day(s) and confidence it shows: a site has a few thousand days, and
    # its pages ask for them ~20 times an article (each report's day on cards, pages and lists)
    _labels: dict[tuple[object, ...], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lang", base_language(self.language))
        object.__setattr__(self, "table", table_of(self.language))
        object.__setattr__(self, "_said", {})
        object.__setattr__(self, "_labels", {})
        # every plain word (no count, no blank) as an attribute, escaped once: `{{ ui.flag_translated }}`
        # is an attribute read, a tenth of a call's cost, and a card prints a dozen of them
        for key in catalogue()[FALLBACK]:
            entry = _entry(self.table, key)
            if isinstance(entry, str) and "{" not in entry and not hasattr(type(self), key):
                object.__setattr__(self, key, escape(entry))
        # a date's confidence in words, by its level: `ui.confidence_long[date.confidence]` on every card
        object.__setattr__(self, "confidence_long", {level: self(f"confidence_{level}_long")
                                                     for level in ("high", "medium", "low")})

    def __call__(self, key: str, n: int | None = None, **args: object) -> Markup:
        """The entry `key` in this language, its plural form for `n` chosen, `{…}` filled in (escaped)."""
        question = (key, n, *args.items()) if args else (key, n)
        try:
            said = self._said.get(question)
        except TypeError:  # an unhashable argument: answered, not kept
            return self._say(key, n, args)
        if said is None:
            said = self._said[question] = self._say(key, n, args)
        return said

    def _say(self, key: str, n: int | None, args: dict[str, object]) -> Markup:
        entry = _entry(self.table, key)
        if isinstance(entry, Mapping):
            if n is None:
                raise KeyError(f"interface string {key!r} counts: give it n=")
            entry = entry["one" if self.singular(n) else "other"]
        text = escape(self._elided(str(entry), args))
        return text.format(n=n, **args) if (args or n is not None) else text

    def plain(self, key: str, **args: object) -> str:
        """The entry `key` filled in as plain text (no HTML escaping): for strings the theme prints
        through its own escaping or writes outside HTML (a citation to copy)."""
        return self._elided(str(_entry(self.table, key)), args).format(**args)

    def _elided(self, entry: str, args: Mapping[str, object]) -> str:
        """`entry` with each of the language's `elisions` ("de", "que") before a blank its value
        fills with a vowel elided, as the language writes it: French "déclarations de {name}" says
        "déclarations d’Ingrid" (ux49), never "de Ingrid"; a value opening with a consonant, or "h"
        (aspirated or not: a name does not say), keeps the word whole."""
        words = _entry(self.table, "elisions")
        if not words or not args:
            return entry

        def elide(m: re.Match[str]) -> str:
            value = str(args.get(m.group(2), ""))
            return f"{m.group(1)[:-1]}’{{{m.group(2)}}}" if value[:1] in _VOWELS else m.group(0)

        return _elision_re(tuple(words)).sub(elide, entry)

    def singular(self, n: int) -> bool:
        """The language's plural rule (CLDR's): French and Brazil's Portuguese count 0 and 1 as one, English,
        German and Portugal's Portuguese only 1."""
        return n in (0, 1) if self.table in _ZERO_IS_ONE else n == 1

    @property
    def script(self) -> dict[str, str]:
        """The words the theme's scripts print (search status, copy buttons), for a page of a
        language other than English; English pages carry none and the scripts use their own."""
        if self.lang == FALLBACK or self.lang not in catalogue():
            return {}
        opening, closing = quote_marks(self.language)
        return {**{k: str(_entry(self.table, k)) for k in catalogue()[FALLBACK]["script_keys"]},
                "quote_open": opening, "quote_close": closing, "plural_zero": "one" if self.singular(0) else "other"}

    def how(self, text: str) -> Markup | str:
        """How a quote's speaker was found, in the site's language (ui.toml `how_keys`, as :meth:`basis`)."""
        return self._machine_words(text, "how_keys")

    def basis(self, text: str) -> Markup | str:
        """How a date was found, in the site's language: the words dateline wrote it in (the English
        entries of ui.toml `basis_keys`, "inherits the publication date: …") said in this language's
        ("reprend la date de publication : …"), the basis inside said so in turn; what an editor or an
        outlet wrote (a quoted date line, a --date-basis, a basis no entry reads) stays as written.
        English, and a language with no table, as written (the template escapes it); another, escaped."""
        return self._machine_words(text, "basis_keys")

    def _machine_words(self, text: str, keys: str) -> Markup | str:
        if self.lang == FALLBACK or self.lang not in catalogue():
            return text
        said = self._said.get(("\0" + keys, text))
        if said is None:
            said = self._said[("\0" + keys, text)] = escape(self._translated(text, keys))
        return said

    def _translated(self, text: str, keys: str) -> str:
        for key, pattern in _patterns(keys):
            m = pattern.fullmatch(text)
            if m is not None:
                found = m.groupdict()
                for inner in ("basis", "how"):  # a reason around another: said so in turn
                    if inner in found:
                        found[inner] = self._translated(found[inner], keys)
                return str(_entry(self.table, key)).format(**found)
        evidence = _EVIDENCE.fullmatch(text) if keys == "basis_keys" else None
        if evidence is not None:
            # the importer's reasoning after the words it read is English, and of hundreds of shapes: the words and
            # the day they gave are what a reader checks, said in the site's language (a Vienna desk's German
            # cards read "the lead names ‘Mittwoch’, but no verb of saying …" beside German ones)
            key = "basis_date_line" if _DATE_LINE_WORDS.search(evidence.group("pre")) else "basis_evidence"
            return str(_entry(self.table, key)).format(line=evidence.group("words"), words=evidence.group("words"),
                                                       date=evidence.group("date"))
        return text

    def month(self, month: int) -> str:
        return month_names(self.language)[month - 1]

    def date(self, d: PartialDate) -> str:
        """`2022`, `July 2022`, `7 July 2022` — `juillet 2022`, `7 juillet 2022` — at the known precision."""
        if d.month is None:
            return str(d.year)
        if d.day is None:
            return str(_entry(self.table, "date_month")).format(month=self.month(d.month), year=d.year)
        return self.day(d.day, d.month, d.year)

    def day(self, day: int, month: int, year: int) -> str:
        ordinal = str(_entry(self.table, "first_day")) if day == 1 else str(day)
        return str(_entry(self.table, "date_day")).format(day=ordinal, month=self.month(month), year=year)

    def month_heading(self, year: int, month: int | None) -> str:
        """A timeline's month heading: "July 2022", or "2022, month not known"."""
        if month is None:
            return str(_entry(self.table, "year_month_unknown")).format(year=year)
        return self.date(PartialDate(year, month))

    def date_label(self, info: DateInfo | None) -> str:
        """"7 July 2022", "July 2022", "c. 28 Oct 2025" for low confidence, ranges "16–17 April 2022".
        Made once a date (the same `str` each time it is asked for)."""
        if info is None:
            return str(self("date_unknown"))
        key = (info.date, info.end, info.confidence)
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = self._date_label(info)
        return label

    def _date_label(self, info: DateInfo) -> str:
        label = self.date(info.date)
        if info.end is not None and info.end != info.date:
            a, b = info.date, info.end
            if a.year == b.year and a.month == b.month and a.day and b.day:
                first = str(_entry(self.table, "first_day")) if a.day == 1 else str(a.day)
                label = str(_entry(self.table, "date_range")).format(
                    first=first, last=b.day, month_year=self.date(PartialDate(a.year, a.month)))
            else:
                label = f"{self.date(a)} – {self.date(b)}"
        return (str(self("circa")) if info.confidence == "low" else "") + label


# the tables whose language's CLDR rule counts 0 as one (`one`: i = 0..1). CLDR's `pt` is Brazil's Portuguese;
# ui.toml's [pt] is Portugal's words, read with pt_PT's rule (`one`: i = 1 and v = 0, as English's), as are the
# countries whose CLDR locale descends from pt_PT (Angola, Mozambique, Cape Verde …), which have no table
_ZERO_IS_ONE = frozenset({"fr", "pt-BR"})


# a basis the importer wrote that no entry of `basis_keys` reads: its own English around the words it read, in ‘ ’,
# and the day they gave ("‘Mittwoch’ → 2024-03-13, the lead names …", "the page's visible date line ‘…’ → …")
_EVIDENCE = re.compile(r"(?P<pre>[^‘’]{0,80}?)‘(?P<words>[^‘’\n]{1,200})’ → (?P<date>\d{4}(?:-\d\d){0,2})(?:[ ,;(].*)?",
                       re.DOTALL)
_DATE_LINE_WORDS = re.compile(r"\bdate line\b")


_VOWELS = frozenset("AEIOUÀÂÄÆÉÈÊËÎÏÔÖŒÙÛÜaeiouàâäæéèêëîïôöœùûü")


@cache
def _elision_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of `words` (any case), a space, then a blank: `de {name}`."""
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r") \{(\w+)\}", re.IGNORECASE)


@cache
def _patterns(keys: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each entry's English words of the list `keys` (`basis_keys`, `how_keys`) as a pattern, its blanks as
    named groups (the last one takes the rest: "{basis}" may hold a colon of its own)."""
    found = []
    for key in catalogue()[FALLBACK][keys]:
        parts = re.split(r"\{(\w+)\}", str(catalogue()[FALLBACK][key]))
        source = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+{'?' if i < len(parts) - 2 else ''})"
                         for i, part in enumerate(parts))
        found.append((key, re.compile(source, re.DOTALL)))
    return tuple(found)
ENGLISH = UI()
