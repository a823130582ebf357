"""A pasted Q&A interview: its guest named only in its headline, its day only in its closing line.

An imported interview's headline ("Ama Boateng: 'The levy stays'") becomes its front-matter title, no line of
its body, so every answer of a Q&A whose introduction names nobody was `unknown`; and the day it was held,
said at its end ("Interview conducted on March 2.", "Entretien réalisé le 2 mars.", "Das Gespräch fand am
2. März statt."), was never read, so its answers were dated by the publication at high. An outlet's date line
with the small words of its name ("Le Journal de Genève, 5 mars 2026", "The Times of Malta, March 5, 2026")
was no date line at all. Every case invented.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline import attribution, importer, quotes
from dateline.dates import article_statement_date
from dateline.model import PartialDate, Speaker

BOATENG = Speaker("ama-boateng", "Ama Boateng", ("Boateng",))


def _guests(body: str, title: str, speakers: list[Speaker]) -> list[tuple[str, str]]:
    ext = quotes.extract(body)
    return [(q.text[:20], a.speaker) for q, a in
            zip(ext.quotes, attribution.attribute(body, ext, speakers, title=title), strict=True)]


QA = ("Q: Will the levy on tourist flats stay?\n\n"
      "A: \"The levy stays, and every cent of it goes to the harbour schools this year.\"\n\n"
      "Q: And the hotels?\n\n"
      "A: \"Hotels pay their share already, and they will keep paying it.\"\n")


@pytest.mark.parametrize("title", ["Ama Boateng: 'The levy stays'", "Boateng: ‘Hotels pay their share’",
                                   "Interview: the levy stays, says Ama Boateng"])
def test_a_listed_guest_named_in_the_title_answers_the_qa(title: str) -> None:
    said = _guests(QA, title, [BOATENG])
    assert [who for _, who in said] == ["unknown", "ama-boateng", "unknown", "ama-boateng"]


def test_an_unlisted_guest_is_read_from_the_title_only_before_its_colon() -> None:
    assert [who for _, who in _guests(QA, "Kofi Mensah: 'The levy stays'", [])][1::2] == ["kofi-mensah"] * 2
    assert [who for _, who in _guests(QA, "Claire Dumas : « La taxe reste »", [])][1::2] == ["claire-dumas"] * 2
    # Title Case capitals are no name; a quote's name in the title is no guest; nor are two people
    assert [who for _, who in _guests(QA, "Harbour Levy Stays For Tourist Flats", [])][1::2] == ["unknown"] * 2
    assert [who for _, who in _guests(QA, "'Kofi Mensah was right': the levy stays", [])][1::2] == ["unknown"] * 2
    two = Speaker("kwame-ofori", "Kwame Ofori", ("Ofori",))
    assert [who for _, who in _guests(QA, "Boateng and Ofori: 'The levy stays'", [BOATENG, two])][1::2] == \
        ["unknown"] * 2


def test_the_introduction_still_names_the_guest_before_the_title() -> None:
    """The title is read only where the introduction names nobody: here it names the guest, whom the title's
    other name does not displace."""
    body = "Kwame Ofori, the harbour master, spoke to us about the levy.\n\n" + QA
    two = Speaker("kwame-ofori", "Kwame Ofori", ("Ofori",))
    assert [who for _, who in _guests(body, "Ama Boateng: 'The levy stays'", [BOATENG, two])][1::2] == \
        ["kwame-ofori"] * 2


FILLER = ["The harbour levy was introduced three years ago and has raised more than expected."] * 4


@pytest.mark.parametrize(("close", "day", "confidence"), [
    ("Interview conducted on March 2. It has been edited for length.", "2026-03-02", "high"),
    ("This interview was conducted on Monday and has been condensed.", "2026-03-02", "medium"),
    ("Propos recueillis par Luc Favre. Entretien réalisé le 2 mars.", "2026-03-02", "high"),
    ("Entrevista realizada el 2 de marzo de 2026.", "2026-03-02", "high"),
    ("Das Interview führte Jana Roth. Das Gespräch fand am 2. März statt.", "2026-03-02", "high"),
])
def test_an_interviews_closing_line_dates_its_answers(close: str, day: str, confidence: str) -> None:
    turns = ["Q: Will the levy stay?", "A: \"The levy stays.\""]
    info = article_statement_date([*FILLER, *turns, close], PartialDate(2026, 3, 6), today=date(2026, 12, 7))
    assert info is not None and (info.date.iso(), info.confidence) == (day, confidence)
    assert info.basis.endswith("the interview's closing line")


@pytest.mark.parametrize("close", ["Interview conducted on March 2.", "Entretien réalisé le 2 mars."])
def test_a_closing_line_dates_nothing_of_a_story_without_turns_or_after_publication(close: str) -> None:
    assert article_statement_date([*FILLER, "The council met again.", close], PartialDate(2026, 3, 6),
                                  today=date(2026, 12, 7)) is None
    later = ["Q: Will the levy stay?", "A: \"The levy stays.\"", "Interview conducted on March 9."]
    info = article_statement_date([*FILLER, *later], PartialDate(2026, 3, 6), today=date(2026, 12, 7))
    assert info is None or info.date.iso() != "2026-03-09"  # (after publication: a plan, never the words' day)


@pytest.mark.parametrize("line", ["Le Journal de Genève, 5 mars 2026", "The Times of Malta, March 5, 2026",
                                  "Diario de Cádiz, 5 de marzo de 2026", "Jornal do Commercio, 5 de março de 2026"])
def test_an_outlets_name_with_its_small_words_opens_a_date_line(tmp_path: Path, line: str) -> None:
    src = tmp_path / "pasted.txt"
    src.write_text(f"Levy stays, minister says\n\n{line}\n\nThe harbour levy stays, the minister said on Tuesday.\n",
                   encoding="utf-8")
    into = tmp_path / "content" / "articles"
    into.mkdir(parents=True)
    (tmp_path / "content" / "_data").mkdir()
    [result] = importer.import_jobs([(src, importer.ImportOptions(into=into, today=date(2026, 12, 7)))])
    assert result.problem is None and result.date is not None and result.date.date.iso() == "2026-03-05"


def test_a_sentence_with_a_date_is_still_no_date_line() -> None:
    from dateline.dates import _header_line_dates

    assert _header_line_dates("He said on Monday, March 5, 2026") == []
    assert _header_line_dates("The minister of finance, March 5, 2026") == []


def test_a_title_edit_reaches_a_cached_analysis_that_read_the_title(tmp_path: Path) -> None:
    """The analysis cache leaves titles out of its key (a title edit re-analyses nothing); an analysis that read
    its title for the guest is taken again only while the title is the same."""
    import json

    from conftest import small_project

    from dateline import pipeline
    from dateline.config import load_config

    project = small_project(tmp_path / "p", "- id: ama-boateng\n  name: Ama Boateng\n")
    page = project / "content" / "articles" / "levy.md"

    def guests(title: str) -> list[str]:
        page.write_text(f"---\ntitle: \"{title}\"\ndate: 2026-03-06\n---\n\n{QA}", encoding="utf-8")
        pipeline.build(load_config(project))
        said = json.loads((project / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
        return [q["speaker"] for q in said]

    assert guests("Ama Boateng: 'The levy stays'") == ["unknown", "ama-boateng", "unknown", "ama-boateng"]
    assert guests("Kofi Mensah: 'The levy stays'") == ["unknown", "kofi-mensah", "unknown", "kofi-mensah"]
    assert guests("The levy stays") == ["unknown"] * 4
