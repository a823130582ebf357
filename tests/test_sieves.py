"""The first sieves of the extraction (`quotes.WordSieve`, the label sieve of `transcript_turns`) are
superset tests: wherever the pattern they guard matches, the sieve lets it be searched. Checked on
the words before every quote mark and every paragraph opening of the quote fixtures and held-out
rounds (real shapes, many languages), on a line per branch of each pattern, and on generated text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline import quotes
from dateline.lexicon import FOLDS_TO_ASCII, lexicon

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))

# (sieve, pattern) as `quotes.classify` pairs them
GUARDED: list[tuple[quotes.WordSieve, re.Pattern[str]]] = [
    (quotes._NAMING_SIEVE, quotes._NAMING_BEFORE),
    (quotes._CALL_SIEVE, quotes._CALLS_THIS),
    (quotes._CALL_SIEVE, quotes._NICKNAME_BEFORE),
    (quotes._CARRIER_SIEVE, quotes._CARRIER_BEFORE),
    (quotes._PURPOSE_SIEVE, quotes._PURPOSE_BEFORE),
    (quotes.OWN_WORDS_SIEVE, quotes._OWN_WORDS),
]

# one text per branch of the guarded patterns (each must match its pattern: the test says so)
BRANCHES = [
    "the so-called", "the So Called", "a plan DUBBED", "a man nicknamed", "a report titled", "an essay Entitled",
    "a photo captioned", "known among voters as the", "the phrase", "the HASHTAG", "the caption",
    "what the minister calls", "what she describes as", "what officials refer to as an", "what they dub",
    "calls it the", "branded them", "labelled the war a", "calling it", "a network that residents call the",
    "what the families came to call", "l'esposto intitolato", "la parola", "il termine", "cosiddetto",
    "a palavra", "Com o Título", "o que chamou", "aquilo a que chama",
    "call this", "CALLED THAT", "calls him", "Calls her",
    "The Club's motto,", "a banner reading", "Our banners at the mine gate said", "Episode 112:",
    "as it says on the placards at our gate,", "Its vision is", "the mission statement was:",
    "by her own count,", "in the minister's own words,", "In his words", "by their own admission",
]


def _ok(text: str) -> None:
    low = quotes.lowered(text)
    for sieve, pattern in GUARDED:
        if pattern.search(text) is not None:
            assert sieve.may_match(text) and sieve.may_match_lowered(low), (pattern.pattern[:40], text)


def test_every_branch_line_matches_and_passes_its_sieve() -> None:
    for text in BRANCHES:
        assert any(p.search(text) for _s, p in GUARDED), text
        _ok(text)


def test_letters_folding_to_ascii_are_always_searched() -> None:
    # re.IGNORECASE matches "ſ" with "s" and "İ" with "i"; str.lower does not make them so
    for text in ("the ſlogan", "a report tİtled", "what they dubbed the"):
        _ok(text)
    assert quotes._NAMING_SIEVE.may_match("the ſlogan") and quotes.lowered("tİtled") is None


def test_every_naming_word_passes_the_naming_sieve() -> None:
    # each language's naming phrase, as written and in capitals, is sieved by its longest word
    for word in lexicon().naming_words:
        for text in (f"the report {word}", f"O relatório {word.upper()}", word.capitalize()):
            assert quotes._NAMING_BEFORE.search(text), text
            _ok(text)


def test_sieves_are_not_opened_by_articles() -> None:
    # a phrase opening with an article ("a palavra", "o livro") is sieved by its other word: a sentence of
    # articles and no naming word is not searched, nor is one of accented words (the sieve is exact for them)
    assert not any(s.always for s, _p in GUARDED)
    for text in ("a ministra disse o que pensa", "o governo e a oposição", "Él dijo que sí, à la fin"):
        assert not quotes._NAMING_SIEVE.may_match(text), text
    assert quotes._NAMING_SIEVE.may_match("a Palavra") and quotes._NAMING_SIEVE.may_match("sob o TÍTULO")


def test_sieve_letters_match_case_blind_only_as_lowered() -> None:
    # `WordSieve` finds a word in the lower-cased text; `re.IGNORECASE` finds it where each of its letters
    # matches case-blind. The two agree for every letter of every sieve's words: no character but those of
    # FOLDS_TO_ASCII matches a word's letter case-blind without lower-casing to it
    letters = {c for s, _p in GUARDED for w in s.words for c in w if not c.isascii()}
    assert letters  # (é, ç, ã…: the Portuguese and Italian naming words)
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    for c in sorted(letters):
        twins = set(re.findall(re.escape(c), every, re.IGNORECASE))
        assert {t for t in twins if t.lower() != c} <= set("\u0130\u0131\u017f\u212a\u1c80\u1c81\u1c82\u1c83"
                                                            "\u1c84\u1c85\u1c86\u1c87\u1c88"), c
        assert all(FOLDS_TO_ASCII.fullmatch(t) for t in twins if t.lower() != c), c  # (texts searched whole)


def test_sieves_on_every_fixture_text() -> None:
    for path in FIXTURES:
        body = path.read_text(encoding="utf-8")
        for m in re.finditer(r"[\"“„«‘「]|(?<=\s)'", body):  # the words before each opening mark, from
            # their sentence's start (what `classify` reads)
            line = body.rfind("\n", 0, m.start()) + 1
            stop = max(body.rfind(". ", line, m.start()), body.rfind("? ", line, m.start()))
            _ok(body[stop + 2 if stop >= 0 else line:m.start()].rstrip())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*BRANCHES, "the", "said", " ", ",", ":", "Jane Doe", "12", "ſ", "K", "\n"]),
                max_size=8))
def test_sieves_on_generated_text(parts: list[str]) -> None:
    _ok(" ".join(parts))
    _ok("".join(parts))


def test_label_sieve_on_every_fixture_paragraph() -> None:
    # transcript_turns tries the colon-ended labels only where a colon is, a record's `.-` only where `.-` is
    colon_ended = (quotes._TURN, quotes._HOUSE_TURN, quotes._OFFICE_NAMED_TURN, quotes._BOLD_TURN, quotes._PLAIN_TURN)
    for path in FIXTURES:
        body = path.read_text(encoding="utf-8")
        for p in quotes.paragraphs(body):
            if body.find(":", p.start, p.end) < 0:
                assert not any(pattern.match(body, p.start, p.end) for pattern in colon_ended), body[p.start:p.end]
                if body.find(".-", p.start, p.end) < 0:
                    assert quotes._record_turn(body, p.start, p.end) is None, body[p.start:p.end]
    for label in ("JANE DOE: Yes.", "The Chairperson (Sen. Doe): Order.", "**Ana Costa:** Yes.", "Operator: Next.",
                  "El diputado John Roe (desde la curul): Sí.", "Sra. Doe.- Gracias."):
        assert any(pattern.match(label) for pattern in (*colon_ended, quotes._RECORD_TURN)), label


FEET = ["3d  Like  Reply", "2 h · Me gusta · Responder", "1w Like Reply Share  ", "12 min · J’aime · Répondre",
        "5h  Gefällt mir  Antworten\t", "3 Tage  Gefällt mir  Antworten", "2 Std. · Gefällt mir", "4d  LIKE  REPLY",
        "3d  Li\u212ae  Reply", "2 h  Edited", "7y Share"]


def test_comment_foot_gate_agrees_with_its_pattern() -> None:
    # `pasted_posts`' first gate reads the line ends before searching the whole body: the same answers
    for path in FIXTURES:
        body = path.read_text(encoding="utf-8")
        assert quotes._comment_foot(body) == (quotes._COMMENT_ACTIONS_RE.search(body) is not None), path
    for foot in FEET:
        for body in (f"Jane Doe\nGreat work.\n{foot}\n", f"Jane Doe\nGreat work.\n{foot}", f"I like it. {foot} now"):
            assert quotes._comment_foot(body) == (quotes._COMMENT_ACTIONS_RE.search(body) is not None), body
    assert quotes._comment_foot("Jane Doe\nGreat work.\n3d  Like  Reply\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*FEET, "Jane Doe", "I like it", "reply", "\n", " ", "\t", "3", "d", "·", "ſ"]),
                max_size=10))
def test_comment_foot_gate_on_generated_text(parts: list[str]) -> None:
    for body in ("".join(parts), " ".join(parts)):
        assert quotes._comment_foot(body) == (quotes._COMMENT_ACTIONS_RE.search(body) is not None), body


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0129 \n:a", max_size=12))
def test_year_pattern_opens_on_its_century(text: str) -> None:
    # `_YEAR` checks for a digit before the century after it (so that `re` skips to the century): the same matches
    want = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)
    got = quotes._YEAR.search(text)
    assert (got and got.span()) == (want and want.span())


def test_reader_direction_holds_one_of_its_words() -> None:
    for text in ("Read our explainer,", "Also read:", "Watch", "Listen to the episode:", "Read more —"):
        assert quotes._READER_DIRECTION.search(text) and any(w in text for w in quotes._READER_WORDS), text


# -- perfana: faster forms of patterns, each the same answer as the form it replaced


def _sorted_trie(words: list[str]) -> str:
    """`quotes.alternation` as it was built before its branches were ordered by letter frequency (by code point)."""
    trie: quotes._Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: quotes._Trie) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


# words whose first letters `re.IGNORECASE` takes for one another, and whose continuations differ: which
# branch is tried first decides the match, so those keep their order
TWINS = ["Said", "said so", "ſaid it", "Kai", "kai tak", "\u212aai", "Iris", "iris eye", "\u0130ris", "\u0131ris x",
         "told", "Told them", "über", "Über alles", "at", "a", "an", "another", "Éire", "éire x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*TWINS, " ", "x", ",", "ſ", "K", "İ", "ı", "\n"]), max_size=8))
def test_trie_order_keeps_every_match(parts: list[str]) -> None:
    words = [*TWINS, *lexicon().cue_verbs]
    for flags in (0, re.IGNORECASE):
        now, before = re.compile(quotes.alternation(words), flags), re.compile(_sorted_trie(words), flags)
        for text in ("".join(parts), " ".join(parts)):
            assert [m.span() for m in now.finditer(text)] == [m.span() for m in before.finditer(text)], text


def test_trie_order_keeps_every_match_on_fixture_texts() -> None:
    words = [*TWINS, *lexicon().cue_verbs, *lexicon().tag_verbs]
    pairs = [(re.compile(quotes.alternation(words), f), re.compile(_sorted_trie(words), f)) for f in (0, re.IGNORECASE)]
    for path in FIXTURES[::3]:
        body = path.read_text(encoding="utf-8")
        for now, before in pairs:
            assert [m.span() for m in now.finditer(body)] == [m.span() for m in before.finditer(body)], path


def _recursive_build(node: quotes._Trie) -> str:
    """`quotes._build` as it was before it wrote a run of one-character nodes in one loop (perfcold)."""
    alts = [re.escape(ch) + _recursive_build(sub) for ch, sub in sorted(node.items(), key=quotes._branch_order) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in node else body


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abSsſ .-é\\(", max_size=6), max_size=12))
def test_trie_text_is_the_recursive_builds(words: list[str]) -> None:
    # the same text, not only the same matches: a kept pattern (`patterns.kept`) is looked up by its text
    trie = quotes._trie(words)
    assert quotes._build(trie) == _recursive_build(trie)


def test_trie_text_is_the_recursive_builds_for_the_lexicons_lists() -> None:
    for words in (lexicon().cue_verbs, lexicon().tag_verbs, lexicon().honorifics, [*TWINS, *lexicon().attribution_verbs]):
        trie = quotes._trie(words)
        assert quotes._build(trie) == _recursive_build(trie)


ANY_WORDS = [["yesterday", "ago", "week", "month", "year", "night", "jl.", "ieri", "ayer", "wczoraj", "él"],
             ["sitting", "meeting", "session", "hearing", "meet", "met"], ["k", "kk", "zz"]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="yesterdaygowkmnthijl. rzcéł\n", max_size=30))
def test_any_of_tells_whether_a_word_stands_in_the_text(text: str) -> None:
    for words in ANY_WORDS:
        assert (re.search(quotes.any_of(words), text) is not None) == any(w in text for w in words), (words, text)


def test_any_of_on_fixture_paragraphs() -> None:
    patterns = [(re.compile(quotes.any_of(words)), words) for words in ANY_WORDS]
    for path in FIXTURES:
        for line in path.read_text(encoding="utf-8").lower().split("\n"):
            for rx, words in patterns:
                assert (rx.search(line) is not None) == any(w in line for w in words), line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab’'- ,.\n-", max_size=70))
def test_more_than_20_words_counts_as_words_does(text: str) -> None:
    assert (quotes._MORE_THAN_20_WORDS.match(text) is not None) == (len(quotes._WORDS.findall(text)) > 20), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Go", "Byung-chul", "Oh", "Seung-min", " ", ".", "’", "x", "-", "\n", "A"]), max_size=8))
def test_short_family_opens_on_its_capital(parts: list[str]) -> None:
    # `_SHORT_FAMILY` looks behind its capital after matching it (so that `re` skips to capitals): the same matches
    from dateline import attribution
    before = re.compile(r"(?<![\w’'.])([A-Z][a-z])[ ][A-Z][a-z]+-[a-z]+(?![\w’'-])")
    for text in ("".join(parts), " ".join(parts)):
        assert [m.span(1) for m in attribution._SHORT_FAMILY.finditer(text)] == \
            [m.span(1) for m in before.finditer(text)], text


def test_translation_note_holds_its_gate_word() -> None:
    # every branch of `_TRANSLATED_NOTE` holds "ranslat": a text without it is not searched
    from dateline import attribution
    notes = ["Translated from Swedish.", "[Unofficial translation of the Norwegian record]", "A translation of the Tamil",
             "Unofficial English translation of the record", "(Official translation)\n"]
    for note in notes:
        body = f"{note}\nThe minister said: \"We will.\""
        assert attribution._TRANSLATED_NOTE.search(body) is not None, note
        assert attribution._translation_note(body, len(body)) is not None, note
    for path in FIXTURES:
        body = path.read_text(encoding="utf-8")
        if "ranslat" not in body:
            assert attribution._TRANSLATED_NOTE.search(body) is None, path
