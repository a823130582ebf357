"""The speed-ups of branch perfattr give what the patterns they stand for give: a scan led by a literal
(`quotes.LiteralLed`, `quotes.opens_single`) finds what the class-led pattern found, a first sieve
(`lexicon.folds_to_ascii`, the nickname, rendering and own-words sieves of attribution, `_TRANSLATED`'s lowered
"in <language>") lets its pattern be searched wherever it matches, or answers as it would, and
`attribution._office_before` reads back what its end-anchored pattern found. Checked on
every fixture text (real shapes, many languages), on lines written for each pattern, and on generated text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline import attribution, quotes
from dateline.lexicon import FOLDS_TO_ASCII, folds_to_ascii

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))]

# the patterns as they were before the literal scans
SINGLE_OPENING = re.compile(r"[‘'](?<![^\s(:—–][‘'])[\w\[]")
DASH_GAP = re.compile(r"[—–-][ \t]")
HEADLINE_ROLE_AT = re.compile(r"[\n—–\-’”:](?:(?<=\n)|(?<=[—–-]) |(?<=[’”]), |(?<=:) )")
OFFICE_BEFORE = re.compile(r"\b(?P<office>[a-z]+),?\s+$")

LINES = [
    "Oscar \"El Turco\" Haddad said", "Senator Jane “JJ” Doe, who", "Ana ‘La Jefa’ Ruiz", "the ‘Peace’ plan",
    "The host translated it for listeners as: ", "She rendered his remarks, in short, as ", "interpreted them as:",
    "“Hoy el Salar respira”. In English: ", "a line.\nTranslation: ", "Translated: ", "it said", "It also has ",
    "He spoke in Ukrainian.", "IN UKRAINIAN", "in Māori and in volapük", "in Ukrainians", "xin Ukrainian",
    "LIMA - The", "Rail link: MLA says", "‘Q’, minister says", "“Q”, council calls", "— Mayor says", "a\t–\tb",
    "by her own count, ", "In Jane Doe's OWN WORDS", "by their own reckoning,",
    "the union's spokeswoman, ", "the spokesman ", "Xavier ", "_spokesman ", "9spokesman ", "said,\n", "word ,  ",
    "İn Ukrainian", "tranſlated by", "K Street", "'Tis", "‘Yes’", "(‘Q’)", ":'Q'", "—‘Q’",
]
TEXTS_ALL = TEXTS + LINES

_alphabet = st.sampled_from(["a", "spokeswoman", "X", "_", "9", "\u00a0",
                             "In", "in", " ", "\n", "\t", ",", ":", "-", "—", "–", "’", "”", "\"", "“", "‘",
                             "'", "(", "Q", "Doe", "El", "Ukrainian", "translated", "it", "It", "as", "English",
                             "Translation", "İ", "ſ", "É", "é"])


def _check_scans(text: str) -> None:
    assert quotes.opens_single(text) == (SINGLE_OPENING.search(text) is not None), text
    assert attribution._DASH_GAPS.starts(text) == [m.start() for m in DASH_GAP.finditer(text)], text
    assert attribution._HEADLINE_ROLE_AFTER.ends(text) == [m.end() for m in HEADLINE_ROLE_AT.finditer(text)], text
    for lo in range(0, len(text), max(1, len(text) // 7)):
        assert attribution._HEADLINE_ROLE_AFTER.ends(text, 0, lo) == [m.end() for m in HEADLINE_ROLE_AT.finditer(text, 0, lo)]


def _check_sieves(text: str) -> None:
    assert folds_to_ascii(text) == (FOLDS_TO_ASCII.search(text) is not None), text
    if attribution._OWN_WORDS_BEFORE.search(text):
        assert quotes.OWN_WORDS_SIEVE.may_match(text), text
    if attribution._NICKNAMED.search(text):
        assert any(rx.search(text) for rx in attribution._NICKNAME_IN_NAME), text
    for hi in range(len(text) + 1):
        lo = max(0, hi - 120)
        assert attribution._rendered_as(text, lo, hi) == (attribution._RENDERED_AS.search(text, lo, hi) is not None)
        assert attribution._rendering_label(text, hi) == (
            attribution._RENDERING_LABEL.search(text, max(0, hi - 23), hi) is not None)
        for lo in (max(0, hi - 40), max(0, hi - 3)):
            found = OFFICE_BEFORE.search(text, lo, hi)
            assert attribution._office_before(text, lo, hi) == (found.group("office") if found else None), (text, lo, hi)
        if attribution._IT_BEFORE.search(text, max(0, hi - 40), hi):
            assert "it" in text[max(0, hi - 40):hi] or "It" in text[max(0, hi - 40):hi]
    low = attribution._Lowered.of(text, 0, len(text))
    rx = attribution._IN_LANGUAGE_LOWERED
    if rx is not None and low is not None and not folds_to_ascii(text) \
            and not any(w in low.text for w in attribution._TRANSLATED_STEMS):
        assert [m.start() for m in rx.finditer(low.text)] == [m.start() for m in attribution._TRANSLATED.finditer(text)]


def test_written_lines_reach_each_pattern() -> None:
    # (each pattern stood for matches at least one line, so the checks below are not vacuous)
    joined = "\n".join(LINES)
    for rx in (SINGLE_OPENING, DASH_GAP, HEADLINE_ROLE_AT, attribution._NICKNAMED, attribution._TRANSLATED):
        assert rx.search(joined), rx.pattern[:40]
    assert any(OFFICE_BEFORE.search(t) for t in LINES)
    assert any(attribution._OWN_WORDS_BEFORE.search(t) for t in LINES)
    assert any(attribution._RENDERED_AS.search(t) for t in LINES)
    assert any(attribution._RENDERING_LABEL.search(t) for t in LINES)


def test_literal_scans_on_every_text() -> None:
    for text in TEXTS_ALL:
        _check_scans(text)


def test_sieves_on_written_lines() -> None:
    for text in LINES:
        _check_sieves(text)


def test_sieves_on_every_fixture_paragraph() -> None:
    for text in TEXTS:
        for para in text.split("\n\n"):
            _check_sieves(para[:600])


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=40))
def test_scans_and_sieves_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    _check_scans(text)
    _check_sieves(text)
