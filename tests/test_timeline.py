"""Timeline order (partial dates lead their period) and stance shifts per speaker and topic."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import seed_config

from dateline import pipeline, timeline
from dateline.errors import BuildFailed
from dateline.model import Article, DateInfo, PartialDate, Quote, ShiftVerdict, Span, Stance, Topic

TOPIC = Topic("negotiations", "Negotiations", (), (Stance("no-talks", "No talks", (), 0),
                                                  Stance("conditions", "Conditions", (), 1),
                                                  Stance("ready", "Ready", (), 2)))


def _a(aid: str, d: PartialDate) -> Article:
    return Article(id=aid, path=f"{aid}.md", slug=aid, title=aid, date=DateInfo(d, "high", "x"), body="", body_line=1)


def _q(qid: str, article: str, speaker: str, stance: str | None, start: int = 0,
       said: PartialDate | None = None) -> Quote:
    return Quote(id=qid, article=article, text=qid, span=Span(start, start + 1, 1), marks='""', parts=(qid,),
                 speaker=speaker, stance={"negotiations": stance} if stance else {},
                 statement_date=DateInfo(said, "high", "x") if said else None)


def test_partial_dates_sort_before_dated_entries_of_their_period() -> None:
    arts = {"m": _a("m", PartialDate(2022, 7)), "d": _a("d", PartialDate(2022, 7, 1)),
            "y": _a("y", PartialDate(2022)), "z": _a("z", PartialDate(2021, 12, 31))}
    ordered = timeline.chronological([_q("d1", "d", "x", None), _q("m1", "m", "x", None),
                                      _q("y1", "y", "x", None), _q("z1", "z", "x", None)], arts)
    assert [q.id for q in ordered] == ["z1", "y1", "m1", "d1"]


def test_shifts_are_per_speaker_and_classified_by_rank() -> None:
    quotes = [_q("z1", "a", "zelensky", "no-talks"), _q("k1", "a", "kremlin", "ready", 2),
              _q("z2", "b", "zelensky", "no-talks"), _q("z3", "c", "zelensky", "ready"),
              _q("z4", "d", "zelensky", "conditions")]
    verdicts = [ShiftVerdict("negotiations", "z2", "z3", "confirmed", "n")]
    shifts = timeline.shifts(quotes, [TOPIC], {}, verdicts)
    assert [(s.from_id, s.to_id, s.kind, s.status) for s in shifts] == [
        ("z1", "z2", "held", "candidate"), ("z2", "z3", "reversed", "confirmed"), ("z3", "z4", "hardened", "candidate")]
    assert all("k1" not in (s.from_id, s.to_id) for s in shifts), "another speaker's stance is not a shift"


def test_a_move_one_rank_towards_conciliation_is_softened() -> None:
    quotes = [_q("z1", "a", "zelensky", "no-talks"), _q("z2", "b", "zelensky", "conditions"),
              _q("z3", "c", "zelensky", "ready"), _q("z4", "d", "zelensky", "conditions"),
              _q("z5", "e", "zelensky", "no-talks")]
    shifts = timeline.shifts(quotes, [TOPIC], {}, [])
    assert [(s.from_id, s.to_id, s.from_stance, s.to_stance, s.kind) for s in shifts] == [
        ("z1", "z2", "no-talks", "conditions", "softened"), ("z2", "z3", "conditions", "ready", "softened"),
        ("z3", "z4", "ready", "conditions", "hardened"), ("z4", "z5", "conditions", "no-talks", "hardened")]


# ---------------------------------------------------------------- a whole build (issue 18)
# chronology_project: `late-interview` was published in March 2024 about words said in November 2023;
# `advance-text` was published in December 2023 about a speech given in February 2024. By publication
# date the two change places, and the stance move between them reads the other way round.

CHRONO = Path(__file__).parent / "data" / "chronology_project"
BY_STATEMENT = ["wire-first", "gazette-third", "herald-second", "post-fourth", "late-interview", "advance-text"]


@pytest.fixture
def chrono_site(tmp_path: Path) -> Path:
    """Built per test (0.1 s): mutmut credits a function only to the tests that call it, and a
    shared fixture would credit the build to the first test alone."""
    out = tmp_path / "site"
    pipeline.build(seed_config(CHRONO, out))
    return out


def _json(site: Path, name: str) -> Any:
    return json.loads((site / "data" / name).read_text(encoding="utf-8"))


def test_fixture_publication_order_differs_from_statement_order(chrono_site: Path) -> None:
    articles = {a["id"]: a for a in _json(chrono_site, "articles.json")}
    by_publication = sorted(BY_STATEMENT, key=lambda a: (articles[a]["date"], a))
    assert by_publication != BY_STATEMENT, "the fixture must be able to tell the two orders apart"
    assert articles["late-interview"]["statement_date"] < articles["late-interview"]["date"]
    assert articles["advance-text"]["statement_date"] > articles["advance-text"]["date"]


def test_quotes_json_and_timeline_follow_statement_date_not_publication(chrono_site: Path) -> None:
    quotes = _json(chrono_site, "quotes.json")
    assert [q["article"] for q in quotes] == BY_STATEMENT
    assert [q["statement_date"] for q in quotes] == sorted(q["statement_date"] for q in quotes)
    article_of = {q["id"]: q["article"] for q in quotes}
    events = [e["unique_id"].removeprefix("q-") for e in _json(chrono_site, "timeline.json")["events"]]
    assert [article_of[e] for e in events] == ["wire-first", "late-interview", "advance-text"]
    years = sorted(chrono_site.glob("[0-9][0-9][0-9][0-9]/index.html"))  # the timeline lives on the year pages
    on_page = [q for y in years for q in re.findall(r'<article class="quote-card[^"]*" id="q-([^"]+)"',
                                                    y.read_text(encoding="utf-8"))]
    # the statement that four outlets carried is one card, its first report's: the reports hang off it
    assert [article_of[q] for q in on_page] == ["wire-first", "late-interview", "advance-text"]


def test_softened_shift_in_statement_order(chrono_site: Path) -> None:
    quotes = {q["article"]: q["id"] for q in _json(chrono_site, "quotes.json")}
    shifts = [(s["topic"], s["from"], s["to"], s["from_stance"], s["to_stance"], s["kind"])
              for s in _json(chrono_site, "shifts.json")]
    assert shifts == [("pensions", quotes["late-interview"], quotes["advance-text"], "no-cuts", "targeted-cuts",
                       "softened")]
    topic = (chrono_site / "topics" / "pensions" / "index.html").read_text(encoding="utf-8")
    assert "Softened" in topic and "Hardened" not in topic


def _with_moves(tmp_path: Path, moves: str) -> Path:
    """The chronology project with `moves` (YAML lines) under its pensions topic; its config's root."""
    out = tmp_path / "site"
    config = seed_config(CHRONO, out)
    topics = config.content_path / "_data" / "topics.yaml"
    text = topics.read_text(encoding="utf-8")
    topics.write_text(text.replace("  cues: [pension*, retirement]\n", "  cues: [pension*, retirement]\n" + moves, 1),
                      encoding="utf-8")
    return out


def test_a_topics_own_words_for_its_moves_replace_softened_everywhere_it_is_shown(tmp_path: Path) -> None:
    # a promise, not a policy line: "softened" would mislead ("Delayed → Shelved" read as "Softened")
    out = _with_moves(tmp_path, "  moves: {softened: Eased <off>, hardened: Tightened}\n")
    report = pipeline.build(seed_config(CHRONO, out))
    assert not [p for p in report.problems if "moves" in p.message]
    shift = _json(out, "shifts.json")[0]
    assert shift["kind"] == "softened"  # the data keeps the move's kind: the words are the site's
    pages = {name: (out / name / "index.html").read_text(encoding="utf-8") for name in ("topics/pensions", "2024", ".")}
    assert "Eased &lt;off&gt;" in pages["topics/pensions"] and "<off>" not in pages["topics/pensions"]  # escaped
    for name, html in pages.items():  # the cards' label, the chart marks' names, the topic's list of moves
        assert "Eased &lt;off&gt;" in html, name
        assert not re.search(r"(?<![-\w])[Ss]oftened", html), name  # (the class shift-softened stays)
    assert "Pensions: Eased &lt;off&gt;" in pages["2024"]  # a card's label: the topic, then its words
    # a topic without moves keeps the site's words
    plain = tmp_path / "plain"
    plain.mkdir()
    pipeline.build(seed_config(CHRONO, plain / "site"))
    assert "Softened on Pensions" in (plain / "site" / "2024" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("moves", "said"), [
    ("  moves: {softend: Eased}\n", "topics.yaml:4: topic pensions: moves: 'softend' is no move; "
                                    "the moves are softened, hardened, reversed, held (did you mean 'softened'?)"),
    ("  moves: {hardened: ''}\n", "topics.yaml:4: topic pensions: moves: hardened must be a few words"),
    ("  moves:\n    held: " + "x" * 41 + "\n", "topics.yaml:5: topic pensions: moves: held must be a few words"),
    ("  moves: [Eased]\n", "topics.yaml:4: topic pensions: moves must be a mapping"),
])
def test_a_move_that_is_no_move_or_words_that_are_no_label_are_errors_at_their_lines(
        tmp_path: Path, moves: str, said: str) -> None:
    out = _with_moves(tmp_path, moves)
    with pytest.raises(BuildFailed) as failed:
        pipeline.build(seed_config(CHRONO, out))
    assert any(said in str(p) for p in failed.value.problems), [str(p) for p in failed.value.problems]


def test_statement_outlets_are_in_report_order(chrono_site: Path) -> None:
    """Earliest report first (statement date, then publication date): not file, name or set order."""
    [carried] = [s for s in _json(chrono_site, "statements.json") if len(s["quotes"]) > 1]
    assert carried["outlets"] == ["Morning Wire", "Valley Gazette", "Evening Herald", "Harbour Post"]
    assert carried["first_reported_by"] == "Morning Wire"
    article_of = {q["id"]: q["article"] for q in _json(chrono_site, "quotes.json")}
    assert [article_of[q] for q in carried["quotes"]] == BY_STATEMENT[:4]


def test_statement_date_orders_before_publication_date() -> None:
    arts = {"late": _a("late", PartialDate(2024, 3, 20)), "early": _a("early", PartialDate(2023, 12, 5)),
            "undated": _a("undated", PartialDate(2024, 1, 1))}
    ordered = timeline.chronological([_q("e", "early", "x", None, said=PartialDate(2024, 2, 10)),
                                      _q("l", "late", "x", None, said=PartialDate(2023, 11, 2)),
                                      _q("u", "undated", "x", None)], arts)
    assert [q.id for q in ordered] == ["l", "u", "e"], "a quote without its own date falls back to its article's"


def test_group_buckets_by_year_and_month_with_year_only_dates_first() -> None:
    dates = [PartialDate(2022), PartialDate(2022, 7), PartialDate(2022, 7, 9), PartialDate(2023, 1, 2)]
    years = timeline.group(dates, lambda d: d)
    assert [(y, [(m.month, m.label, m.anchor, m.items) for m in months]) for y, months in years] == [
        (2022, [(None, "2022, month not known", "y2022-undated", [PartialDate(2022)]),
                (7, "July 2022", "y2022-07", [PartialDate(2022, 7), PartialDate(2022, 7, 9)])]),
        (2023, [(1, "January 2023", "y2023-01", [PartialDate(2023, 1, 2)])])]


def test_shifts_skip_unknown_speakers_repeat_reports_and_unknown_stances() -> None:
    quotes = [_q("u1", "a", "unknown", "no-talks"), _q("u2", "b", "unknown", "ready"),
              _q("z1", "c", "zelensky", "no-talks"),
              _q("z1-again", "d", "zelensky", "ready"),    # a later report of z1's words: not a new statement
              _q("z2", "e", "zelensky", "typo-stance"),    # a stance the topic does not define: ignored
              _q("z3", "f", "zelensky", "conditions")]
    shifts = timeline.shifts(quotes, [TOPIC], {"z1-again": "z1"}, [])
    assert [(s.from_id, s.to_id, s.kind) for s in shifts] == [("z1", "z3", "softened")]


def test_editors_verdicts_confirm_or_dismiss_and_keep_their_note() -> None:
    quotes = [_q("z1", "a", "zelensky", "no-talks"), _q("z2", "b", "zelensky", "conditions"),
              _q("z3", "c", "zelensky", "ready"), _q("z4", "d", "zelensky", "conditions")]
    verdicts = [ShiftVerdict("negotiations", "z1", "z2", "confirmed", "said twice"),
                ShiftVerdict("negotiations", "z2", "z3", "dismissed", "misread"),
                ShiftVerdict("negotiations", "z3", "z4", "confirmed")]  # a verdict without a note
    shifts = timeline.shifts(quotes, [TOPIC], {}, verdicts)
    assert [(s.to_id, s.status, s.confirmed, s.note) for s in shifts] == [
        ("z2", "confirmed", True, "said twice"), ("z3", "dismissed", False, "misread"), ("z4", "confirmed", True, "")]
    assert timeline.shifts(quotes, [TOPIC], {}, [])[0].status == "candidate"


def test_a_short_term_makes_no_shift_even_with_a_stance() -> None:
    """A stance set on a scare-quoted word (by an editor's correction) still makes no shift."""
    from dataclasses import replace
    quotes = [_q("z1", "a", "zelensky", "no-talks"), replace(_q("ready", "b", "zelensky", "ready"), partial=True),
              _q("z3", "c", "zelensky", "no-talks")]
    shifts = timeline.shifts(quotes, [TOPIC], {}, [])
    assert [(s.from_id, s.to_id, s.kind) for s in shifts] == [("z1", "z3", "held")]


def test_a_statement_in_two_reports_is_followed_once() -> None:
    """Two agencies carry the same words: one statement, so one position (its first report), and
    a statement already among the positions is not listed again among the other statements."""
    quotes = [_q("wire-a", "a", "okafor", "ready"), _q("wire-b", "b", "okafor", "ready"),
              _q("alone", "c", "okafor", "no-talks")]
    quotes = [replace(q, topics=("negotiations",)) for q in quotes]
    untagged = replace(_q("recap", "d", "okafor", None), topics=())
    statement_of = {"wire-a": "wire-a", "wire-b": "wire-a", "alone": "alone", "recap": "wire-a"}
    on, off = timeline.follow([*quotes, untagged], ["okafor"], statement_of)
    assert [q.id for q in on] == ["wire-a", "alone"] and off == []
    # where the first report is not among them (another speaker's words), the earliest listed one stands
    on, _ = timeline.follow(quotes[1:], ["okafor"], statement_of)
    assert [q.id for q in on] == ["wire-b", "alone"]
    assert [q.id for q in timeline.follow(quotes, ["okafor"])[0]] == ["wire-a", "wire-b", "alone"], "no links: all"


def test_a_stale_verdict_is_never_pointed_at_a_hold() -> None:
    """A verdict's note is about a move: a held pair sharing a quote with it is no answer, the move
    between the same two positions (one end now a restatement of the held position) is."""
    from dateline.model import Shift
    found = [Shift("levy", "no-again-1a2b3c", "open-4d5e6f", "no", "open", "softened"),
             Shift("levy", "no-first-aaaaaa", "no-again-1a2b3c", "no", "no", "held"),
             Shift("levy", "open-4d5e6f", "open-later-bbbbbb", "open", "open", "held")]
    meant = timeline.likely_meant("levy:no-first-aaaaaa:open-later-bbbbbb", found)
    assert meant is not None and meant.id == "levy:no-again-1a2b3c:open-4d5e6f"
    assert timeline.likely_meant("levy:open-4d5e6f:open-later-cccccc", found[2:]) is None


def test_the_other_language_version_of_one_statement_is_no_shift() -> None:
    """A bilingual release gives the minister's words in French, then in Dutch (usability round 11): the
    cues of each language gave each its own stance, but it is one statement — no shift between them, and the
    next statement is compared with the first version. The same words in one language, or another day's
    statement in the other language, still count."""
    said = PartialDate(2026, 3, 2)
    fr = replace(_q("fr", "a", "peeters", "no-talks", 0, said),
                 text="Nous ne négocierons pas tant que les conditions de la grève ne sont pas levées par les syndicats.")
    nl = replace(_q("nl", "a", "peeters", "ready", 200, said),
                 text="Wij zijn bereid om te onderhandelen zodra de vakbonden de voorwaarden van de staking opheffen.")
    later = replace(_q("later", "b", "peeters", "conditions", 0, PartialDate(2026, 3, 9)),
                    text="We zullen praten als de vakbonden de blokkade van de havens van Antwerpen opheffen.")
    shifts = timeline.shifts([fr, nl, later], [TOPIC], {}, [])
    assert [(s.from_id, s.to_id, s.kind) for s in shifts] == [("fr", "later", "softened")]
    other_day = replace(nl, statement_date=DateInfo(PartialDate(2026, 3, 3), "high", "x"))
    assert [(s.from_id, s.to_id) for s in timeline.shifts([fr, other_day], [TOPIC], {}, [])] == [("fr", "nl")]
    same_language = replace(nl, text="Nous sommes prêts à négocier dès que les syndicats lèvent les conditions de la grève.")
    assert [(s.from_id, s.to_id) for s in timeline.shifts([fr, same_language], [TOPIC], {}, [])] == [("fr", "nl")]
