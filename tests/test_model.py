"""The nouns: partial-date order and the one statement-date fallback."""

from __future__ import annotations

import pytest

from dateline.model import Article, DateInfo, PartialDate, Quote, Span

PUB = DateInfo(PartialDate(2024, 5, 6), "high", "published")
SAID = DateInfo(PartialDate(2024, 5, 1), "medium", "said on Wednesday")
OWN = DateInfo(PartialDate(2024, 4), "low", "in April")


def _article(statement_date: DateInfo | None) -> Article:
    return Article(id="a", path="a.md", slug="a", title="A", date=PUB, body="", body_line=1,
                   statement_date=statement_date)


def _quote(statement_date: DateInfo | None) -> Quote:
    return Quote(id="q", article="a", text="x", span=Span(0, 1, 1), marks='""', parts=("x",),
                 statement_date=statement_date)


def test_a_quote_is_dated_by_itself_then_its_articles_statement_date_then_publication() -> None:
    assert _quote(OWN).said(_article(SAID)) == OWN
    assert _quote(None).said(_article(SAID)) == SAID
    assert _quote(None).said(_article(None)) == PUB
    assert _article(None).said == PUB and _article(SAID).said == SAID


def test_partial_dates_lead_their_period() -> None:
    assert PartialDate(2022, 7) < PartialDate(2022, 7, 1) < PartialDate(2022, 7, 2) < PartialDate(2022, 8)
    assert PartialDate(2022) < PartialDate(2022, 1)


def test_a_quote_unpickles_equal_with_its_repeated_words_shared() -> None:
    """The cache's quotes come back field for field (`_quick_pickling`'s written-out setstate) and their
    repeated words one string each; a state of another length (another code's cache, read before its
    stamp is checked) is set as far as it goes, never an error."""
    import pickle
    import sys

    words = "".join(["the harbour ", "reopens in May"])  # made at run time: not a constant already interned
    q = Quote(id="q-harbour", article="a", text=words, span=Span(3, 40, 2), marks="«»", parts=(words,),
              statement_date=SAID, speaker="ana-lima", topics=("ports",), stance={"ports": "for"})
    back = pickle.loads(pickle.dumps(q, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == q and back is not q
    assert back.text is sys.intern("the harbour reopens in May")
    other = pickle.loads(pickle.dumps(Quote(id="q-other", article="b", text=words, span=Span(0, 1, 1), marks="«»",
                                            parts=(words,)), protocol=pickle.HIGHEST_PROTOCOL))
    assert other.text is back.text and other != back
    short = object.__new__(Span)
    short.__setstate__((7, 9))  # type: ignore[attr-defined]  # one field fewer: the first two set
    assert (short.start, short.end) == (7, 9)


@pytest.mark.parametrize(("name", "slug"), [
    ("Μαρίνα Ευαγγέλου", "marina-evangelou"),       # ευ before a vowel, γγ
    ("Ευθύμιος Αυγερινός", "efthymios-avgerinos"),  # ευ before θ (voiceless), αυ before γ (voiced)
    ("ΣΟΦΙΑ ΚΟΥΤΣΟΥΚΟΥ", "sofia-koutsoukou"),       # capitals (a transcript's label)
    ("προϋπόθεση", "proypothesi"),                  # the diaeresis keeps ο and ϋ two letters
    ("Σφίγγα Ραύλος", "sfinga-ravlos"),
])
def test_greek_names_take_elot_spellings_of_two_letter_sounds(name: str, slug: str) -> None:
    """Letter by letter, "Παπαδόπουλος" was "papadopoylos" (blind round 80's writer wrote the ids as Greek names are
    written in Latin letters: koutsoukou, evangelou)."""
    from dateline.model import slugify
    assert slugify(name) == slug


def test_a_slug_romanises_other_scripts_and_leaves_every_latin_slug_as_it_was() -> None:
    """A name in Cyrillic, Arabic, Hangul or Chinese had no slug at all (its person published as
    "unknown", its article as "article"): romanised now, a Chinese character or Korean syllable a word."""
    from dateline.model import slugify
    assert slugify("Алексей Петров") == "aleksey-petrov"
    assert slugify("Γιώργος Παπαδόπουλος") == "giorgos-papadopoulos"
    assert slugify("김민수 장관") == "gim-min-su-jang-gwan"
    assert slugify("王小明") == "wang-xiao-ming"
    assert slugify("محمد العلي") == "mhmd-lly"
    assert slugify("٣ ديسمبر") == "3-dysmbr"
    # Latin text: accents, dashes, symbols and modifier letters dropped exactly as before
    assert slugify("€5bn war—peace deal") == "5bn-warpeace-deal"
    assert slugify("Hawaiʻi’s Nguyễn Văn An in Straße") == "hawaiis-nguyen-van-an-in-strasse"
