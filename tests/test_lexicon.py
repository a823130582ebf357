"""The one home of language knowledge: `dateline.lexicon` and its data file `dateline/lang/en.toml`."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline import attribution, lexicon, quotes
from dateline.model import Speaker

PACKAGE = Path(lexicon.__file__).parent


def test_data_file_lists_are_clean_and_loaded_once() -> None:
    data = tomllib.loads((PACKAGE / "lang" / "en.toml").read_text("utf-8"))
    for section in ("speech", "names"):
        for key, words in data[section].items():
            assert words, key
            assert len(words) == len(set(words)), f"{section}.{key} holds a word twice"
            assert all(w == w.strip() and w for w in words), key
    assert lexicon.lexicon() is lexicon.lexicon()  # read once per process


def test_package_knows_no_figure_place_or_topic_of_the_example() -> None:
    example = re.compile(r"zelensk|ukrain|kyiv|kiev|donbas|crimea|russia|putin|trump|moscow|territory|kremlin|"
                         r"zaporizh|jeddah|alaska|donetsk|luhansk|kharkiv|kherson|istanbul|minsk|sybiha|umerov",
                         re.IGNORECASE)
    files = [*PACKAGE.glob("*.py"), *(PACKAGE / "lang").glob("*")]
    hits = [f"{f.name}:{n}" for f in files for n, line in enumerate(f.read_text("utf-8").splitlines(), 1)
            if example.search(line)]
    assert hits == []


def test_places_languages_and_countries_come_from_cldr() -> None:
    lex = lexicon.lexicon()
    assert {"Lisbon", "Peru", "Chile", "Tokyo"} <= lex.places
    assert "Polish" in lex.languages and "English" not in lex.languages
    assert {"Polish", "Latvian", "American"} <= lex.demonyms
    assert lex.countries["Latvian"] == ("Latvia",)  # by stem
    assert lex.countries["Dutch"] == ("Netherlands",)  # irregular: from the data file


@pytest.mark.parametrize(("name", "female"), [
    ("Anna Kowalska", True), ("Kowalska", True), ("Jan Kowalski", False), ("Ms Doe", True), ("Petrova", True),
    ("Ivan Petrov", False), ("", False),
])
def test_female_names_by_given_name_or_surname_ending(name: str, female: bool) -> None:
    assert lexicon.lexicon().is_female_name(name) is female


@pytest.mark.parametrize(("name", "male"), [
    ("Ivo Brandt", True), ("Mr Doe", True), ("Sir Keir Doe", True), ("Jürgen Doe", True),
    ("Ana Costa", False), ("Ellis Varga", False), ("Brandt", False),
])
def test_male_names_by_given_name_or_title(name: str, male: bool) -> None:
    """Only a name or title that shows a man: an unfamiliar given name stays undecided."""
    assert lexicon.lexicon().is_male_name(name) is male


def test_sentences_do_not_end_at_abbreviations_or_inside_quotes() -> None:
    text = 'Gen. Costa spoke on Dec. 5 in the U.S. capital. He said "Stop. Now." and left. Then it rained.'
    never = lambda _i: False  # noqa: E731
    inside = lambda i: text.index('"Stop') <= i <= text.index('Now."') + 4  # noqa: E731
    assert lexicon.sentence_start(text, 0, text.index("capital"), never) == 0
    second = text.index(" He") + 1
    assert lexicon.sentence_start(text, 0, text.index("left"), inside) == second - 1
    assert lexicon.sentence_end(text, second, len(text), inside) == text.index("left.") + 5
    assert lexicon.sentence_end(text, second, len(text), never) == text.index("Stop.") + 5
    assert lexicon.abbreviation_before("Mr.", 2) and not lexicon.abbreviation_before("sir.", 3)


def test_a_secretary_s_short_title_ends_no_sentence() -> None:
    """"Sec. Ana Costa defended …": the title's full stop is no sentence end, so the alias "Sec. Ana
    Costa" stays in the sentence of the verb after it (the participle's subject)."""
    text = "Sec. Ana Costa on Monday defended the grain levy before farmers, saying it would pay."
    assert lexicon.sentence_start(text, 0, text.index("saying"), lambda _i: False) == 0


_SENTENCE_PIECES = ["Gen.", " ", "  ", "\n", "\u2028", "\xa0", "Mr.", "U.S.", "x.", "B.", "?", "!", ".", '"', "“", "said",
                    "Costa", "J.", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=20), st.integers(-2, 60), st.integers(-2, 80),
       st.sets(st.integers(0, 80)))
def test_sentence_start_is_after_the_last_stop_before_a_space(pieces: list[str], lo: int, pos: int,
                                                             quoted: set[int]) -> None:
    """sentence_start looks for stops right to left from `pos` (str.rfind): the same answer as the
    last of all the stops before a space in (lo, pos) that ends a sentence."""
    text = "".join(pieces)
    lo = max(lo, 0)
    in_quote = quoted.__contains__
    want = lo
    for m in re.finditer(r"[.?!](?=\s)", text[:pos + 1] if pos >= 0 else ""):
        i = m.start()
        if lo < i < pos and not in_quote(i) and (not lexicon.abbreviation_before(text, i)
                                                 or re.match(r"\s+[\"“‘«„]", text[i + 1:])):
            want = i + 1
    assert lexicon.sentence_start(text, lo, pos, in_quote) == want


# ---------------------------------------------------------------- the rules that replaced place lists

SPEAKERS = (Speaker("costa", "Ana Costa", ("Ana Costa", "Costa")),)


def who(body: str) -> list[str]:
    ext = quotes.extract(body)
    return [a.speaker for a in attribution.attribute(body, ext, SPEAKERS)]


def test_a_lone_place_is_never_a_speaker() -> None:
    # a CLDR/time-zone place, and a place known only from "in …" in its sentence
    assert who('Lisbon said: "We will not sign."') == ["unknown"]
    assert who('After the talks in Zlatograd, Zlatograd negotiators said: "We will not sign."') == ["unknown"]


def test_words_before_a_title_qualify_the_office_not_the_name() -> None:
    assert who('Zlatograd Mayor Ivo Brandt said: "The bridge stays open."') == ["ivo-brandt"]


def test_a_seat_of_power_after_the_is_an_institution_not_a_person() -> None:
    index = attribution.index_for(SPEAKERS)
    assert [(m.name, m.kind) for m in index.scan("The Belvedere said no.")] == [("Belvedere", attribution.Kind.INSTITUTION)]
    assert [m.kind for m in index.scan("the Polish side said no")] == []  # a nationality is no institution


def test_cldr_locale_data_is_let_go_once_the_lexicon_is_made() -> None:
    # babel keeps every locale it loaded for the life of the process (~25 MB for the date lines' locales): the
    # lexicon and the date-line words are made from them once, and the build holds only what they made
    from babel import Locale, localedata

    assert Locale.parse("de").months["format"]["wide"][3] == "März"  # a locale loaded, as the makers load them
    assert localedata._cache  # babel holds it
    made = lexicon.lexicon.__wrapped__("en")  # made again, not the process's cached one
    assert not localedata._cache and not localedata._dict_cache
    assert made == lexicon.lexicon("en")  # the same values
    words = lexicon.date_line_words.__wrapped__()
    assert not localedata._cache
    assert words == lexicon.date_line_words()
    assert Locale.parse("de").months["format"]["wide"][3] == "März"  # asked again, read again
