"""The statement date an editor gave an article reaches every turn of its minutes, and a correction
of a quote's stance or topics settles nothing about its date (P23 of the ux29 round).

Minutes open with the session's date line ("held on Thursday, 22 June 2023"): no verb of saying
governs it, so it dates the session, not another speaker's words, and each turn inherits the
article's statement date as it stands (`dates.own_occasion`). Where the date does come from another
speaker's sentence ("Munro said on Friday"), the figure's undated words stay a low-confidence guess,
and review keeps asking about that date even after the editor corrected the quote's stance."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FILES = {
    "pyproject.toml": '[tool.dateline]\ntitle = "Fraser on the cottage hospital"\nfigures = ["fraser"]\n'
                      'build_time = "2026-01-01"\nsearch = false\n',
    "content/_data/speakers.yaml": """\
- id: fraser
  name: Isla Fraser
  role: Provost of Kelso
  aliases: [Fraser, Isla Fraser, Provost Fraser]
- id: munro
  name: Callum Munro
  role: Councillor
  aliases: [Munro, Callum Munro, Councillor Munro]
""",
    "content/_data/topics.yaml": """\
- id: hospital
  label: Cottage hospital
  cues: [hospital, wards, health centre]
  stances:
    - {id: keep, label: Keep the wards, rank: 0, cues: ["stay open"]}
    - {id: convert, label: Convert it, rank: 1, cues: ["health centre"]}
""",
    "content/articles/minute.md": """\
---
title: "Minute of Kelso Burgh Council, item 4: the cottage hospital"
date: 2023-06-23
statement_date: 2023-06-22
statement_date_confidence: high
statement_date_basis: "‘Thursday’ → 2023-06-22, the lead names ‘Thursday’, but no verb of saying beside it"
outlet: Kelso Burgh Council (minutes)
speakers: [fraser, munro]
quotes:
  - id: the-minor-injuries-unit-f21772
    topics: [hospital]
---
Minute of the meeting of Kelso Burgh Council

held on Thursday, 22 June 2023, at 4 pm in the Town Hall

Provost Fraser: Members, the cottage hospital cannot keep its wards. It becomes a health centre with a minor injuries unit.

Councillor Munro: The Provost promised the nurses something else last spring, and the town will remember it.

Provost Fraser: The minor injuries unit will be staffed day and night. I say that for the minute.
""",
    "content/articles/answers.md": """\
---
title: Provost answers critics over cottage hospital
date: 2023-07-03
statement_date: 2023-06-30
statement_date_confidence: high
statement_date_basis: "‘said on Friday’ → 2023-06-30"
outlet: Border Telegraph
speakers: [fraser, munro]
quotes:
  - id: we-are-keeping-every-7d5f97
    stance: {hospital: convert}
---
Councillor Callum Munro said on Friday that the council had broken its word to the nurses.

"A health centre is not a hospital, whatever the sign on the door says," Munro said.

"We are keeping every job in the building, and the wards become clinics," Isla Fraser told this newspaper.
""",
}


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    return subprocess.run([sys.executable, "-m", "dateline", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)


def _project(root: Path) -> Path:
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_minutes_date_reaches_every_turn_and_a_stance_fix_settles_no_date(tmp_path: Path) -> None:
    project = _project(tmp_path / "kelso")
    built = _run(project, "build", "--no-search")
    assert built.returncode == 0, built.stderr
    quotes = {q["id"]: q for q in json.loads((project / "site" / "data" / "quotes.json").read_text("utf-8"))}
    turns = [q for q in quotes.values() if q["article"] == "minute"]
    assert len(turns) == 3 and {q["speaker"] for q in turns} == {"fraser", "munro"}
    assert {(q["statement_date"], q["date_confidence"]) for q in turns} == {("2023-06-22", "high")}, \
        "the session's date line dates no other speaker's words: every turn takes the editor's date"
    year = (project / "site" / "2023" / "index.html").read_text(encoding="utf-8")
    assert "c. 22 June 2023" not in year and "22 June 2023" in year

    # Munro's sentence dates Munro's words; Fraser's, undated, stay a guess for review
    fraser = quotes["we-are-keeping-every-7d5f97"]
    assert (fraser["statement_date"], fraser["date_confidence"], fraser["stance"]) == (
        "2023-06-30", "low", {"hospital": "convert"})
    review = _run(project, "review", "--json")
    assert review.returncode == 0, review.stderr
    dated = [i for i in json.loads(review.stdout)["items"] if i["group"] == "date"]
    assert [(p["path"], p["quote"]) for i in dated for p in i["places"]] == [
        ("content/articles/answers.md", "we-are-keeping-every-7d5f97")], "a stance fix is no date check"
    assert "statement_date: 2023-06-30" in json.dumps(dated[0]["fixes"])
