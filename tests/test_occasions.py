"""The same words said on two occasions are two statements (`link.by_occasion`): reports are one
statement only when their statement dates agree (`link.same_occasion`); the later occasion keeps its
own card on its year's page, and the two are cross-linked as the words said again."""

from __future__ import annotations

import json
from pathlib import Path

from dateline import link, pipeline
from dateline.config import load_config
from dateline.model import DateInfo, PartialDate

SPEAKERS = """\
- id: ribeiro
  name: Ana Ribeiro
  role: Mayor of Vale do Sor
  aliases: [Ribeiro, Ana Ribeiro, Mayor Ribeiro]
"""
TOPICS = """\
- id: metro
  label: Metro line
  cues: [metro, line, Alvorada]
  stances:
    - {id: extend, label: Extend it, rank: 0, cues: ["will reach Alvorada"]}
    - {id: stop, label: Stop at the river, rank: 1, cues: ["stop at the river"]}
"""
ARTICLES = {
    # the council meeting, reported the next day and reprinted by a wire two days later: one occasion
    "gazette-2021": ("2021-05-12", "Sor Gazette", "Mayor Ana Ribeiro told the council on Tuesday that the "
                     "extension was funded.\n\n“The metro line will reach Alvorada before the end of the "
                     "decade,” Ribeiro said on Tuesday."),
    "wire-2021": ("2021-05-14", "Iberian Wire", "VALE DO SOR — The city's mayor defended the extension.\n\n"
                  "“The metro line will reach Alvorada before the end of the decade,” Ribeiro said on Tuesday."),
    # three years later, at a campaign rally: the same words, another occasion
    "correio-2024": ("2024-09-20", "Correio do Sor", "At a rally in the old market, the mayor made her "
                     "campaign promise.\n\n“The metro line will reach Alvorada before the end of the decade,” "
                     "Ribeiro said on Thursday."),
}


def _project(root: Path) -> Path:
    (root / "content" / "_data").mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "pyproject.toml").write_text('[tool.dateline]\ntitle = "Ribeiro on the metro"\nfigures = ["ribeiro"]\n'
                                         'build_time = "2026-01-01"\nsearch = false\n', encoding="utf-8")
    (root / "content" / "_data" / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    (root / "content" / "_data" / "topics.yaml").write_text(TOPICS, encoding="utf-8")
    for slug, (day, outlet, body) in ARTICLES.items():
        (root / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: {slug}\ndate: {day}\noutlet: {outlet}\nspeakers: [ribeiro]\n---\n{body}\n", encoding="utf-8")
    return root


def test_the_same_words_years_apart_are_two_statements_linked_as_said_again(tmp_path: Path) -> None:
    project = _project(tmp_path / "metro")
    out = tmp_path / "site"
    pipeline.build(load_config(project).replace(output_dir=out))
    quotes = {q["article"]: q for q in json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))}
    assert {a: q["statement_date"] for a, q in quotes.items()} == {
        "gazette-2021": "2021-05-11", "wire-2021": "2021-05-11", "correio-2024": "2024-09-19"}
    first, reprint, again = (quotes[a]["id"] for a in ("gazette-2021", "wire-2021", "correio-2024"))
    statements = {s["id"]: s for s in json.loads((out / "data" / "statements.json").read_text(encoding="utf-8"))}
    assert statements == {
        first: {"id": first, "quotes": [first, reprint], "outlets": ["Sor Gazette", "Iberian Wire"],
                "first_reported_by": "Sor Gazette", "said_again": [again]},
        again: {"id": again, "quotes": [again], "outlets": ["Correio do Sor"], "first_reported_by": "Correio do Sor",
                "said_again": [first]}}
    assert again in quotes["gazette-2021"]["related"] and first in quotes["correio-2024"]["related"]
    # both occasions on the timeline: a card on each year's page, each pointing at the other
    y2021 = (out / "2021" / "index.html").read_text(encoding="utf-8")
    y2024 = (out / "2024" / "index.html").read_text(encoding="utf-8")
    assert f'id="q-{first}"' in y2021 and f'id="q-{again}"' in y2024
    assert "Same words on another occasion" in y2021 and "Same words on another occasion" in y2024


def _d(year: int, month: int | None = None, day: int | None = None, confidence: str = "high") -> DateInfo:
    return DateInfo(PartialDate(year, month, day), confidence, "x")  # type: ignore[arg-type]


def test_dates_agree_within_their_precision_and_a_few_days() -> None:
    assert link.same_occasion(_d(2023, 6), _d(2023, 6, 22)), "a month-precise date holds every day of it"
    assert link.same_occasion(_d(2023), _d(2023, 11, 2)), "a year-precise one every day of the year"
    assert link.same_occasion(_d(2023, 6, 22), _d(2023, 6, 25)), "wire copy reprinted within the slack"
    assert not link.same_occasion(_d(2023, 6, 22), _d(2023, 6, 22 + link.OCCASION_SLACK + 1))
    assert not link.same_occasion(_d(2023, 6), _d(2023, 8, 1))
    assert not link.same_occasion(_d(2021, 5, 11), _d(2024, 9, 19))
    # a low-confidence date (the publication date, nothing saying when) says only "by then"
    assert link.same_occasion(_d(2021, 5, 11), _d(2024, 9, 19, "low"))
    assert not link.same_occasion(_d(2024, 9, 19), _d(2021, 5, 11, "low")), "not said before it was reported"
    assert link.same_occasion(None, _d(2021, 5, 11))


def test_a_line_said_on_many_occasions_links_each_to_the_ones_just_before_and_after() -> None:
    """Every other occasion on each card made a stock line said 40 times 1,560 links (the 4000-article
    bench's HTML 3.7 times as heavy): each occasion links to its neighbours, a chain through them all."""
    days = {f"q{i}": DateInfo(PartialDate(2020 + i, 3, 1), "high", "") for i in range(5)}
    groups = {"q0": [f"q{i}" for i in range(5)]}
    order = {q: n for n, q in enumerate(days)}
    out, again = link.by_occasion(groups, days.get, lambda q: "We will not sell the port", order)
    assert sorted(out) == sorted(days), "five occasions, five statements"
    assert again == {"q0": ["q1"], "q1": ["q0", "q2"], "q2": ["q1", "q3"], "q3": ["q2", "q4"], "q4": ["q3"]}


def test_the_line_alone_said_again_years_later_is_its_own_statement_not_a_recollection() -> None:
    """The first report printed the pledge with the sentence after it; the rally two years on printed
    the pledge alone. Its words are a run of the first report's, dated firmly on another occasion: the
    line said again (ux36 #19), not a longer quote recalling it, nor a fragment."""
    pledge = "no fisher will lose a mooring without a new berth and a written lease"
    days = {"launch": _d(2022, 3, 7), "rally": _d(2024, 10, 12, "medium"), "echo": _d(2023, 5, 2)}
    words = {"launch": f"{pledge} that is my word to this harbour", "rally": pledge,
             "echo": "a new berth"}  # a fragment: recalled, stays with the statement it quotes
    groups = {"launch": ["launch", "rally", "echo"]}
    order = {q: n for n, q in enumerate(days)}
    out, again = link.by_occasion(groups, days.get, words.__getitem__, order)
    assert out == {"launch": ["launch", "echo"], "rally": ["rally"]}
    assert again == {"launch": ["rally"], "rally": ["launch"]}
