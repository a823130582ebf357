"""A confirmed shift verdict whose two statements are re-tagged to the same stance is stale: the pair
is held, no shift, so the verdict's note shows on no page. The build warns at its shifts.yaml line
with the way out, review lists it, and data/shifts.json never calls a held pair confirmed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import DATA, copy_project

SHIFT = "fishing-quotas:on-the-quota-we-08bf99:we-accept-the-full-4578d3"
VERDICTS = f"""\
# the editor's verdict on the chancellor's move
- id: "{SHIFT}"
  status: confirmed
  note: "Accepted the arbitration ruling in full."
"""


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    return subprocess.run([sys.executable, "-m", "dateline", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)


def _shift(project: Path) -> dict[str, object]:
    shifts = json.loads((project / "site" / "data" / "shifts.json").read_text(encoding="utf-8"))
    return next(s for s in shifts if s["id"] == SHIFT)


def test_a_confirmed_verdict_on_a_pair_now_held_is_stale_and_not_exported_confirmed(tmp_path: Path) -> None:
    project = copy_project(DATA / "other_project", tmp_path / "estria")
    (project / "content" / "_data" / "shifts.yaml").write_text(VERDICTS, encoding="utf-8")
    first = _run(project, "build", "--no-search")
    assert first.returncode == 0, first.stderr
    assert "shifts.yaml" not in first.stdout + first.stderr, "a current shift: nothing to say"
    assert _shift(project)["confirmed"] is True
    assert "Accepted the arbitration ruling in full." in (project / "site" / "2023" / "index.html").read_text("utf-8")

    # re-tagging the later statement: both now hold a phased cut
    article = project / "content" / "articles" / "holt-accepts-arbitration.md"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("speakers: [holt, berg]\n", "speakers: [holt, berg]\nquotes:\n"
                                    "  - id: we-accept-the-full-4578d3\n    stance: {fishing-quotas: phased-cut}\n", 1),
                       encoding="utf-8")
    second = _run(project, "build", "--no-search")
    assert second.returncode == 0, second.stderr
    said = second.stdout + second.stderr
    assert f"content/_data/shifts.yaml:2: warning: shift verdict '{SHIFT}' matches no current shift" in said
    assert "now hold the same stance (phased-cut)" in said and "delete the verdict" in said
    exported = _shift(project)
    assert (exported["kind"], exported["confirmed"], exported["status"], exported["note"]) == ("held", False, "candidate", "")

    strict = _run(project, "build", "--no-search", "--strict")
    assert strict.returncode == 1 and "shifts.yaml:2" in strict.stdout + strict.stderr

    review = _run(project, "review", "--json")
    assert review.returncode == 0, review.stderr
    stale = [i for i in json.loads(review.stdout)["items"] if i["group"] == "stale-verdict"]
    assert len(stale) == 1 and stale[0]["risk"] == "high"
    assert stale[0]["places"][0]["path"] == "content/_data/shifts.yaml" and stale[0]["places"][0]["line"] == 2
    assert "same stance (phased-cut)" in stale[0]["why"]
