"""One statement reported by many outlets in their own house style, and its re-quotes (ux70 #4, #11, #16).

A reprint of a wire puts its own spelling on it ("25 per cent" for "25 percent", "defence" for "defense",
"a la carte" without its accent) or a word in or out ("A quota that nobody…" / "A quota nobody…"); an op-ed
years later re-quotes a line dated only by its year; two translations of one interview share no words, and
an editor says by hand (`same_as:`) that they are one statement. Reports are compared with the spelling
folded, never their ids (`#q-…` anchors hash the words as printed); a negation or a number edited is
another statement. Every case here is invented, in other settings, with the negative beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import small_project

from dateline import link, pipeline
from dateline.config import load_config
from dateline.errors import BuildFailed
from dateline.model import Article, DateInfo, PartialDate, Quote, Span


def _when(year: int, month: int | None = None, day: int | None = None, confidence: str = "high") -> DateInfo:
    return DateInfo(PartialDate(year, month, day), confidence, "x")  # type: ignore[arg-type]


def _q(qid: str, text: str, said: DateInfo | None, speaker: str = "okafor", partial: bool = False) -> Quote:
    return Quote(id=qid, article=f"art-{qid}", text=text, span=Span(0, len(text), 1), marks='""', parts=(text,),
                 speaker=speaker, partial=partial, statement_date=said)


def _link(quotes: list[Quote]) -> link.Links:
    """`link` of these quotes, their articles published a day apart in the order given."""
    articles = [Article(id=q.article, path=f"{q.id}.md", slug=q.id, title=q.id,
                        date=DateInfo(PartialDate(2026, 1, 1 + n), "high", "x"), body="", body_line=1)
                for n, q in enumerate(quotes)]
    timeline = sorted(quotes, key=lambda q: q.statement_date.date.sort_key() if q.statement_date else (0, 0, 0))
    return link.link(articles, quotes, [q.id for q in timeline])


def _statements(links: link.Links) -> set[frozenset[str]]:
    return {frozenset(st.quotes) for st in links.statements.values()}


ONE = {frozenset({"a", "b"})}
TWO = {frozenset({"a"}), frozenset({"b"})}

# (first report, reprint, one statement?) — a Nigerian finance minister's budget line, a Canadian
# defence minister's, a French prime minister's, all the same day and the same speaker
SPELLINGS = {
    "per cent for percent": ("We will cut the fuel subsidy by 40 percent before the end of the year.",
                             "We will cut the fuel subsidy by 40 per cent before the end of the year.", True),
    "a % sign": ("We will cut the fuel subsidy by 40 per cent before the end of the year.",
                 "We will cut the fuel subsidy by 40% before the end of the year.", True),
    "another number is another claim": ("We will cut the fuel subsidy by 40 per cent before the end of the year.",
                                        "We will cut the fuel subsidy by 45 percent before the end of the year.",
                                        False),
    "British and American spelling": ("The defence budget will be organised around the northern centre.",
                                      "The defense budget will be organized around the northern center.", True),
    "accents dropped by a wire's reprint": ("La réforme des retraites sera présentée au Parlement avant l'été.",
                                            "La reforme des retraites sera presentee au Parlement avant l'ete.", True),
    "a negation is never folded": ("A reforma não será votada antes do verão pelo parlamento.",
                                   "A reforma nao sera votada antes do verao pelo parlamento.", False),
}


@pytest.mark.parametrize("case", sorted(SPELLINGS))
def test_a_reprint_in_another_house_style_is_the_same_statement(case: str) -> None:
    first, reprint, one = SPELLINGS[case]
    quotes = [_q("a", first, _when(2024, 6, 11)), _q("b", reprint, _when(2024, 6, 11))]
    assert _statements(_link(quotes)) == (ONE if one else TWO)


def test_folding_never_moves_an_anchor() -> None:
    """Ids hash the words as printed: the reprint's "per cent" quote keeps its own id, the same as before
    folding existed (`normalise` keeps both words)."""
    seen: dict[str, int] = {}
    assert link.normalise("by 40 per cent") == "by 40 per cent"
    assert link.normalise("by 40%") == "by 40"
    a = link.quote_id("lagos-daily", "We will cut the fuel subsidy by 40 per cent.", seen)
    b = link.quote_id("lagos-daily", "We will cut the fuel subsidy by 40 percent.", seen)
    assert a.startswith("we-will-cut-the-") and b.startswith("we-will-cut-the-") and a != b


# A governor's press release in Kisumu and an agency's copy that drops or adds a word
RELEASE = "We waited three winters for this. A clinic that nobody can reach is not a clinic."
EDITS = {
    "a word dropped": ("A clinic nobody can reach is not a clinic.", True),
    "a word respelt": ("A clinic that nobody can reaches is not a clinic.", True),
    "the negation dropped": ("A clinic that nobody can reach is a clinic.", False),
    "another verb": ("A clinic that nobody can fund is not a clinic.", False),
    "two words dropped": ("A clinic nobody reach is not a clinic.", False),
}


@pytest.mark.parametrize("case", sorted(EDITS))
@pytest.mark.parametrize("release_first", [True, False])
def test_a_reprint_with_a_word_in_or_out_is_the_same_statement(case: str, release_first: bool) -> None:
    reprint, one = EDITS[case]
    quotes = [_q("a", RELEASE, _when(2025, 2, 3)), _q("b", reprint, _when(2025, 2, 3))]
    assert _statements(_link(quotes if release_first else quotes[::-1])) == (ONE if one else TWO)


@pytest.mark.parametrize(("speakers", "why"), [
    (("okafor", "unknown"), "no named speaker for one: the edit could be anyone's words"),
    (("okafor", "mwangi"), "two speakers"),
])
def test_a_word_in_or_out_needs_one_named_speaker(speakers: tuple[str, str], why: str) -> None:
    quotes = [_q("a", RELEASE, _when(2025, 2, 3), speaker=speakers[0]),
              _q("b", "A clinic nobody can reach is not a clinic.", _when(2025, 2, 3), speaker=speakers[1])]
    assert _statements(_link(quotes)) == TWO, why


def test_a_short_quote_needs_its_exact_words() -> None:
    """Under NEAR_WORDS words, a word in or out is too much to be sure of."""
    quotes = [_q("a", "The clinic that nobody reaches closes.", _when(2025, 2, 3)),
              _q("b", "The clinic nobody reaches closes.", _when(2025, 2, 3))]
    assert _statements(_link(quotes)) == TWO
    assert not link.same_words(link.normalise(quotes[1].text).split(), link.normalise(quotes[0].text).split(),
                               near=True)


def test_the_line_with_a_word_left_out_a_year_later_is_said_again() -> None:
    """A Scottish harbour master's pledge repeated a year on without one word: said again, its own
    statement (not a re-quote folded into the first)."""
    quotes = [_q("a", "The harbour stays open to every fishing boat that pays its fees on time.", _when(2021, 5, 3)),
              _q("b", "The harbour stays open to every boat that pays its fees on time.", _when(2022, 5, 9))]
    links = _link(quotes)
    assert _statements(links) == TWO
    assert links.said_again == {"a": ["b"], "b": ["a"]}


# `_held` with a date that is not firm: an op-ed of 2026 recalling "three years ago I said…" is dated 2023
PLEDGE = "The lithium levy stays where it is. Not one mine gets a discount from this government."


@pytest.mark.parametrize(("said", "one", "why"), [
    (_when(2023, confidence="low"), True, "a low year that holds the statement's day"),
    (_when(2023), True, "a year alone that holds it"),
    (_when(2023, 3, confidence="low"), True, "a low month that holds it"),
    (_when(2024, confidence="low"), False, "a year that does not hold it (low: 'by then' is not enough)"),
    (_when(2022), False, "a year before it"),
    (None, False, "no date"),
])
def test_a_re_quote_dated_by_its_year_joins_the_one_statement_of_that_year_holding_it(
        said: DateInfo | None, one: bool, why: str) -> None:
    quotes = [_q("a", PLEDGE, _when(2023, 3, 14), speaker="tan"),
              _q("b", "The lithium levy stays where it is.", said, speaker="tan")]
    assert _statements(_link(quotes)) == (ONE if one else TWO), why


def test_a_year_holding_two_statements_with_the_words_joins_neither() -> None:
    quotes = [_q("a", PLEDGE, _when(2023, 3, 14), speaker="tan"),
              _q("c", "The lithium levy stays where it is, whatever the miners' lobby writes.", _when(2023, 9, 2),
                 speaker="tan"),
              _q("b", "The lithium levy stays where it is.", _when(2023, confidence="low"), speaker="tan")]
    assert frozenset({"b"}) in _statements(_link(quotes))


def test_a_few_words_dated_by_their_year_stay_apart() -> None:
    """Under WIDE_WORDS words a year is too wide: "We will see." could be any answer of it."""
    quotes = [_q("a", "The audit is late and nobody in the ministry answers. We will see.", _when(2023, 3, 14)),
              _q("b", "We will see.", _when(2023, confidence="low"))]
    assert _statements(_link(quotes)) == TWO


# `same_as:` — a Brazilian minister's interview in Portuguese and the agency's English rendering
SPEAKERS = "- id: silva\n  name: Marina Silva\n- id: costa\n  name: Rui Costa\n"
INTERVIEW = ("“A floresta não está à venda, nem hoje nem amanhã”, disse a ministra Marina Silva ao jornal "
             "na segunda-feira.")
WIRE = ("Environment minister Marina Silva said on Monday: “The forest is not for sale, not today and not "
        "tomorrow.”\n\n“We will plant trees on every cleared hectare,” Silva added.")


def _project(tmp_path: Path, fix: str = "") -> Path:
    project = small_project(tmp_path / "p", SPEAKERS)
    articles = project / "content" / "articles"
    (articles / "folha.md").write_text(f"---\ntitle: Entrevista\ndate: 2025-03-04\noutlet: Folha\n{fix}---\n"
                                       f"{INTERVIEW}\n\n“Vamos ver”, disse Rui Costa.\n", encoding="utf-8")
    (articles / "wire.md").write_text(f"---\ntitle: Forest\ndate: 2025-03-04\noutlet: Agency\n---\n{WIRE}\n",
                                      encoding="utf-8")
    return project


def _built(tmp_path: Path, fix: str = "") -> tuple[dict[str, str], list[dict[str, object]]]:
    cfg = load_config(_project(tmp_path, fix)).replace(output_dir=tmp_path / "site")
    pipeline.build(cfg)
    quotes = json.loads((tmp_path / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    statements = json.loads((tmp_path / "site" / "data" / "statements.json").read_text(encoding="utf-8"))
    return {str(q["text"])[:12]: str(q["id"]) for q in quotes}, statements


def test_same_as_makes_two_translations_one_statement(tmp_path: Path) -> None:
    ids, before = _built(tmp_path / "without")
    pt, en = ids["A floresta n"], ids["The forest i"]
    assert all(len(s["quotes"]) == 1 for s in before)  # (the merge never links two languages)
    _ids, after = _built(tmp_path / "with", f"quotes:\n  - text: A floresta não está à venda\n    same_as: {en}\n")
    assert _ids == ids, "a hand link moves no anchor"
    joined = [s for s in after if len(s["quotes"]) > 1]
    assert [sorted(s["quotes"]) for s in joined] == [sorted([pt, en])]
    assert sorted(joined[0]["outlets"]) == ["Agency", "Folha"]
    # by its words, as well as by its id
    _ids, by_words = _built(tmp_path / "words", "quotes:\n  - text: A floresta não está à venda\n"
                                                "    same_as: The forest is not for sale\n")
    assert [sorted(s["quotes"]) for s in by_words if len(s["quotes"]) > 1] == [sorted([pt, en])]


@pytest.mark.parametrize(("fix", "message"), [
    ("  - text: A floresta não está à venda\n    same_as: the-forest-is-not-000000\n", "same_as: no quote is"),
    ("  - text: A floresta não está à venda\n    same_as: A floresta não está à venda\n", "names the quote itself"),
    ("  - text: Vamos ver\n    same_as: The forest is not for sale\n", "one statement has one speaker"),
    ("  - text: A floresta não está à venda\n    same_as: The forest is not for sale\n"
     "  - text: A floresta não está à venda\n    speaker: silva\n    same_as: We will plant trees\n", "contradicts"),
    ("  - text: A floresta não está à venda\n    same_as: ''\n", "same_as: needs another quote"),
])
def test_a_same_as_that_names_no_other_quote_is_an_error_at_its_line(tmp_path: Path, fix: str,
                                                                     message: str) -> None:
    cfg = load_config(_project(tmp_path, f"quotes:\n{fix}")).replace(output_dir=tmp_path / "site")
    with pytest.raises(BuildFailed) as failed:
        pipeline.build(cfg)
    text = str(failed.value)
    assert message in text and "folha.md:" in text, text


# a line said alone a year after the release that ended with it: said again (`link._repeats`)
RELEASE_2021 = "The new bridge opens in spring, paid by the valley school fund. Nobody here will pay a toll."
LINE = "Nobody here will pay a toll."


@pytest.mark.parametrize(("line", "said", "again", "why"), [
    (LINE, _when(2022, 10, 4), True, "the line a year later"),
    (LINE, _when(2021, 4, 12), None, "the same day: one statement"),
    ("The valley school fund.", _when(2022, 10, 4), False, "under LINE_WORDS words: too common a phrase"),
    (LINE, _when(2022, confidence="low"), False, "a guessed date: not known to be another occasion"),
    ("Here will pay a toll.", _when(2022, 10, 4), False, "the negation before it cut off: another claim"),
])
def test_a_line_held_in_a_statement_of_another_occasion_is_said_again(line: str, said: DateInfo, again: bool | None,
                                                                     why: str) -> None:
    quotes = [_q("a", RELEASE_2021, _when(2021, 4, 12), speaker="byrne"), _q("b", line, said, speaker="byrne")]
    links = _link(quotes)
    if again is None:
        assert _statements(links) == ONE, why
        return
    assert _statements(links) == TWO, why
    assert (links.said_again == {"a": ["b"], "b": ["a"]}) is again, why


def test_a_line_said_again_links_where_it_was_first_said() -> None:
    """Held by the release that first said it and by a speech recalling it months later: the line a year
    on links to both, its first occasion among them."""
    quotes = [_q("a", RELEASE_2021, _when(2021, 4, 12), speaker="byrne"),
              _q("c", "Three months ago I told you: nobody here will pay a toll. I stand by it.", _when(2021, 7, 1),
                 speaker="byrne"),
              _q("b", LINE, _when(2022, 10, 4), speaker="byrne")]
    links = _link(quotes)
    assert links.said_again["b"] == ["a", "c"]
