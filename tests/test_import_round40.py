"""Importing, the rules usability round 40 asked for (a fact-checker's 25 texts about a legislator): date lines
of a release, a video page, a parliament's record and a bulletin's issue; a parliamentary record's hard-wrapped
floor speech in <pre>; titles that are a contact, a place, a room or a Markdown heading; a social post as its
account's statement; a video's automatic captions; an op-ed's own words; `--force --date`.

Every text here is invented for the test (people, places, outlets), in the shape of a kind of source rather
than of any one outlet's or of the round's own texts; each rule has its negative beside it.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from dateline import dates, importer

SPEAKERS = """\
- id: okafor
  name: Adaeze Okafor
  kind: person
  aliases: [Okafor, OKAFOR]
- id: lindqvist
  name: Per Lindqvist
  kind: person
  aliases: [Lindqvist, LINDQVIST]
- id: moana
  name: Hemi Moana
  kind: person
  aliases: [Moana]
"""


def _project(tmp_path: Path) -> Path:
    data = tmp_path / "content" / "_data"
    data.mkdir(parents=True)
    (data / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    (data / "topics.yaml").write_text("[]\n", encoding="utf-8")
    (tmp_path / "content" / "articles").mkdir()
    return tmp_path / "content" / "articles"


def _import(tmp_path: Path, name: str, text: str, **opts: object) -> tuple[importer.ImportResult, str]:
    into = _project(tmp_path) if not (tmp_path / "content" / "articles").is_dir() else tmp_path / "content" / "articles"
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    options = dataclasses.replace(importer.ImportOptions(into=into, today=date(2026, 12, 6)), **opts)  # type: ignore[arg-type]
    [result] = importer.import_jobs([(src, options)])
    assert result.problem is None, result.problem
    return result, Path(result.target).read_text(encoding="utf-8")


# --- date lines ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "iso"), [
    ("For immediate release: 3 February 2026", "2026-02-03"),
    ("FOR IMMEDIATE RELEASE: June 9, 2025", "2025-06-09"),
    ("2.4K views  Streamed live on Oct 7, 2025", "2025-10-07"),
    ("Premiered Jan 14, 2026", "2026-01-14"),
    ("(House of Assembly - 21 May 2025)", "2025-05-21"),
    ("[Legislative Council - Tuesday, 4 March 2025]", "2025-03-04"),
    ("Issue 7 · March 2026", "2026-03"),
    ("Vol. 12, No. 3 — November 2025", "2025-11"),
])
def test_a_date_line_of_a_release_a_video_a_record_or_an_issue_dates_the_page(line: str, iso: str) -> None:
    found = dates.publication_date(f"{line}\n\nThe harbour board met to set next year's fees.\n",
                                   today=date(2026, 12, 6)).info
    assert found is not None and found.date.iso() == iso and found.confidence == "high", (line, found)


@pytest.mark.parametrize("line", [
    "March 2026",  # a month alone heads anything: no issue's number says it is the bulletin's
    "(The board met on 21 May 2025 to hear the appeal of a fisher from the north shore.)",  # a sentence in brackets
    "1.2K views of the harbour at dawn, 21 May 2025",
])
def test_a_month_or_a_sentence_is_no_date_line(line: str) -> None:
    found = dates.publication_date(f"{line}\n\nThe harbour board met to set next year's fees.\n",
                                   today=date(2026, 12, 6)).info
    assert found is None or found.basis.find("date line") < 0, (line, found)
