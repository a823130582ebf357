"""Loading: front-matter `quotes:` corrections and `_data/shifts.yaml` verdicts become typed
records once, here, and every wrong shape is a problem at its own `path:line`."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import Problem
from dateline.load import SourceFile, load_data, parse_article
from dateline.model import Article, PartialDate, QuoteCorrection, ShiftVerdict

PATH = "content/articles/budget-vote.md"


def _article(front: str) -> tuple[Article | None, list[Problem]]:
    body = '"We will not raise the levy," the mayor said on Tuesday.\n'
    return parse_article(SourceFile(PATH, f"---\ntitle: Levy frozen\ndate: 2024-03-06\n{front}---\n{body}", "x"))


def test_each_correction_becomes_a_record_with_its_line() -> None:
    article, problems = _article(
        "quotes:\n"
        "  - drop: q-the-levy-1a2b3c\n"                                        # line 5
        "  - add: \"raise the levy\"\n    speaker: okafor\n"                   # line 6
        "  - id: we-will-not-raise-4d5e6f\n    topics: budget\n"               # line 8
        "    stance: {budget: no-rise, levy: frozen}\n"
        "  - text: \"We will not raise the levy,\"\n    partial: false\n"     # line 11
        "    translated: true\n    statement_date: 2024-03\n")
    assert problems == [] and article is not None
    drop, add, by_id, by_text = article.quote_overrides
    assert drop == QuoteCorrection("drop", "q-the-levy-1a2b3c", 5)
    assert add == QuoteCorrection("add", "raise the levy", 6, speaker="okafor")
    assert by_id == QuoteCorrection("set", "we-will-not-raise-4d5e6f", 8, "id", topics=("budget",),
                                    stance=(("budget", "no-rise"), ("levy", "frozen")))
    assert by_text == QuoteCorrection("set", "We will not raise the levy,", 11, "text", partial=False,
                                      translated=True, statement_date=PartialDate(2024, 3))


@pytest.mark.parametrize(("entry", "message"), [
    ("- [drop, x]", "each quotes: entry must be a mapping"),
    ("- delete: x", "quotes: unknown key(s) delete"),
    ("- speaker: okafor", "quotes: entry needs add:, drop:, id: or text:"),
    ("- add: \"the levy\"\n    drop: x", "quotes: an entry does one thing: add:, drop:, id: or text: (this one has add, drop)"),
    ("- id: a\n    text: b", "(this one has id, text)"),
    ("- add: \"  \"", "quotes: add: needs the exact quoted text"),
    ("- id: 12", "quotes: id: needs a quote id or the quote's exact text"),
    ("- drop: x\n    speaker: okafor", "quotes: drop: removes the quote; speaker would do nothing"),
    ("- id: x\n    speaker:", "quotes: speaker must be a speaker id"),
    ("- id: x\n    topics: {budget: yes}", "quotes: topics must be a list of topic ids"),
    ("- id: x\n    stance: [budget, no-rise]", "quotes: stance must map topic → stance id"),
    ("- id: x\n    partial: \"no\"", "quotes: partial must be true or false"),
    ("- id: x\n    translated: 1", "quotes: translated must be true or false"),
    ("- id: x\n    statement_date: 2024-13", "quotes: statement_date:"),
])
def test_a_wrong_correction_is_an_error_at_its_line(entry: str, message: str) -> None:
    article, problems = _article(f"quotes:\n  - id: fine\n  {entry}\n")
    # the article is kept with its good entries (the build fails all the same), so analysis reports an `id:`
    # naming no quote in the same build (hostile round 71, c08)
    assert article is not None and [f.target for f in article.quote_overrides] == ["fine"]
    [problem] = problems
    assert (problem.path, problem.line, problem.severity) == (PATH, 6, "error")
    assert message in problem.message, problem.message


def test_every_wrong_field_of_one_correction_is_reported() -> None:
    _, problems = _article("quotes:\n  - id: x\n    partial: maybe\n    topics: {a: b}\n")
    assert sorted(p.message for p in problems) == ["quotes: partial must be true or false",
                                                   "quotes: topics must be a list of topic ids"]
    assert {p.line for p in problems} == {5}


def _shifts(tmp_path: Path, text: str) -> tuple[tuple[ShiftVerdict, ...], list[Problem]]:
    (tmp_path / "content" / "_data").mkdir(parents=True, exist_ok=True)
    (tmp_path / "content" / "_data" / "shifts.yaml").write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    data = load_data(tmp_path / "content", problems, tmp_path)
    return data.shifts, problems


def test_shift_verdicts_are_records_split_from_their_id(tmp_path: Path) -> None:
    verdicts, problems = _shifts(tmp_path, "# verdicts\n"
                                           "- id: \"budget:we-will-not-1a2b3c:a-small-rise-4d5e6f\"\n"
                                           "  status: dismissed\n  note: same meeting\n"
                                           "- id: \"budget:a-small-rise-4d5e6f:no-rise-this-7a8b9c\"\n")
    assert problems == []
    assert verdicts == (
        ShiftVerdict("budget", "we-will-not-1a2b3c", "a-small-rise-4d5e6f", "dismissed", "same meeting",
                     "content/_data/shifts.yaml", 2),
        ShiftVerdict("budget", "a-small-rise-4d5e6f", "no-rise-this-7a8b9c", "confirmed", "",
                     "content/_data/shifts.yaml", 5),
    )
    assert verdicts[0].id == "budget:we-will-not-1a2b3c:a-small-rise-4d5e6f"


def test_wrong_verdicts_are_reported_at_their_line(tmp_path: Path) -> None:
    verdicts, problems = _shifts(tmp_path, "- id: just-words\n"
                                           "- id: \"budget::b\"\n"
                                           "- id: \"budget:a:b\"\n  status: maybe\n"
                                           "- id: \"budget:a:c\"\n  statu: dismissed\n"
                                           "- id: \"budget:a:d\"\n  status: dismissed\n"
                                           "- id: \"budget:a:d\"\n  status: confirmed\n")
    shown = [str(p) for p in problems]
    assert shown == [
        "content/_data/shifts.yaml:1: warning: shift id 'just-words' must be topic:from-quote:to-quote "
        "(copy it from the review page or data/shifts.json)",
        "content/_data/shifts.yaml:2: warning: shift id 'budget::b' must be topic:from-quote:to-quote "
        "(copy it from the review page or data/shifts.json)",
        "content/_data/shifts.yaml:3: status must be confirmed or dismissed",
        "content/_data/shifts.yaml:6: verdict budget:a:c: unknown key 'statu': did you mean 'status'? "
        "(as written it has no status: rename the key)",
        "content/_data/shifts.yaml:9: warning: a verdict on budget:a:d is already given on line 7: "
        "this later one counts",
    ]
    assert [(v.id, v.status, v.line) for v in verdicts] == [("budget:a:c", "confirmed", 5),
                                                            ("budget:a:d", "confirmed", 9)]


@pytest.mark.parametrize(("date", "said", "warned"), [
    ("2024-03-06", "2024-03-05", False), ("2024-03-06", "2024-03-06", False),
    ("2024-03-06", "2024-03-07", True), ("2024-03-06", "2025-03-05", True),
    ("2024-03", "2024-03-31", False), ("2024", "2024-12", False), ("2024-03", "2024-04", True),
    ("2024-03-06", "2024-03", False),  # the month of publication: possibly earlier that month
])
def test_a_statement_date_after_the_publication_date_is_a_warning(date: str, said: str, warned: bool) -> None:
    """Words are said before they are published: a later statement_date is a typo'd year or
    day (UX-21), said at its line; a partial date is after only when all of it is."""
    text = f"---\ntitle: Levy frozen\ndate: {date}\nstatement_date: {said}\n---\nThe mayor spoke.\n"
    article, problems = parse_article(SourceFile(PATH, text, "x"))
    assert article is not None
    assert [(p.line, p.severity) for p in problems] == ([(4, "warning")] if warned else []), problems


def _harbour_with(tmp_path: Path, speakers: str, front_matter: dict[str, str]) -> list[Problem]:
    """tests/data/ux25_project copied, with its speakers.yaml and some articles' front-matter lines
    replaced, built: the build's warnings."""
    from conftest import DATA, seed_config

    from dateline import pipeline

    config = seed_config(DATA / "ux25_project", tmp_path / "site", search=False)
    content = config.content_path
    (content / "_data" / "speakers.yaml").write_text(speakers, encoding="utf-8")
    for name, (old, new) in front_matter.items():
        path = content / "articles" / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return pipeline.build(config).problems


def test_a_comma_left_out_of_a_flow_list_is_said_at_its_line(tmp_path: Path) -> None:
    """`[a, b c]` is valid YAML: 'b c' becomes one item, and two spellings, speakers or topics go
    unmatched without a word. Said at the item's line with the list as meant — but never of a
    multi-word alias or name ("Minister Varga", "Elena Varga"), which are common."""
    speakers = ("- id: varga\n  name: Elena Varga\n"
                "  aliases: [Varga, Elena Varga, Minister Varga Ministra Varga]\n"
                "- id: albuquerque\n  name: Tomas Albuquerque\n  aliases: [Albuquerque, Tomás Albuquerque]\n")
    problems = _harbour_with(tmp_path, speakers, {
        "hearing-dredging.md": ("speakers: [varga]", "speakers: [varga albuquerque]"),
        "reprint-varga-dredging.md": ("speakers: [varga]", "speakers: [varga]\ntopics: [dredging br-101]"),
    })
    said = {(p.path.rsplit("/", 1)[-1], p.line): p.message for p in problems if "comma missing" in p.message}
    assert said == {
        ("speakers.yaml", 3): "speaker varga: aliases: 'Minister Varga Ministra Varga' is one item of the list but "
                              "reads as 2: Minister Varga, Ministra Varga — a comma missing? (write [Minister Varga, "
                              "Ministra Varga])",
        ("hearing-dredging.md", 6): "speakers: 'varga albuquerque' is one item of the list but reads as 2: "
                                    "varga, albuquerque — a comma missing? (write [varga, albuquerque])",
        ("reprint-varga-dredging.md", 8): "topics: 'dredging br-101' is one item of the list but reads as 2: "
                                          "dredging, br-101 — a comma missing? (write [dredging, br-101])",
    }


def test_stray_files_are_said_and_the_editors_own_names_left_alone(tmp_path: Path) -> None:
    """UX-25: a raw text in articles/, an article in content/ and a folder named `article/` were
    skipped in silence; what starts with `_` or `.` is the editor's and is never mentioned."""
    from dateline.load import stray_files

    content = tmp_path / "content"
    for rel in ("articles/a.md", "articles/sub/b.md", "articles/wire.txt", "articles/page.HTML", "articles/old.markdown",
                "articles/_notes.txt", "articles/.gitkeep", "articles/_drafts/x.txt", "_data/speakers.yaml",
                "_sources/raw.txt", ".git/config", "story.md", "article/c.md", "README.txt"):
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text("x", encoding="utf-8")
    said = {p.path: p.message for p in stray_files(content, tmp_path)}
    assert sorted(said) == ["content/README.txt", "content/article", "content/articles/old.markdown",
                            "content/articles/page.HTML", "content/articles/wire.txt", "content/story.md"]
    assert "dateline import content/articles/wire.txt" in said["content/articles/wire.txt"]
    assert "dateline import content/articles/page.HTML" in said["content/articles/page.HTML"]
    assert "rename it to .md" in said["content/articles/old.markdown"]
    assert "did you mean 'articles'" in said["content/article"]
    assert "move it into content/articles/" in said["content/story.md"]
    assert all(p.severity == "warning" for p in stray_files(content, tmp_path))
