"""Pelican-style golden test: the whole output of a small fixture project, byte for byte.

Regenerate after an intended change with `pytest tests/test_golden.py --update-golden`
and review the diff like any other code change.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from conftest import seed_config

from dateline import pipeline

PROJECT = Path(__file__).parent / "data" / "golden_project"
EXPECTED = Path(__file__).parent / "data" / "golden_expected"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_whole_site_matches_golden(tmp_path: Path, update_golden: bool) -> None:
    out = tmp_path / "site"
    pipeline.build(seed_config(PROJECT, out))
    got = _tree(out)
    if update_golden:
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(out, EXPECTED)
    want = _tree(EXPECTED)
    assert sorted(got) == sorted(want), "files added or missing compared with the golden site"
    changed = [name for name in sorted(want) if got[name] != want[name]]
    assert not changed, (f"output differs from golden in {len(changed)} file(s) (run with --update-golden if "
                         f"intended):\n{first_diffs(want, got, changed)}")


def first_diffs(want: dict[str, bytes], got: dict[str, bytes], changed: list[str], files: int = 3,
                lines: int = 60) -> str:
    """A unified diff of the first few differing files, cut to `lines` lines each."""
    out = []
    for name in changed[:files]:
        a = want[name].decode("utf-8", "replace").splitlines(keepends=True)
        b = got[name].decode("utf-8", "replace").splitlines(keepends=True)
        diff = list(difflib.unified_diff(a, b, f"golden/{name}", f"built/{name}"))
        out.append("".join(diff[:lines]) + (f"… {len(diff) - lines} more diff lines\n" if len(diff) > lines else ""))
    if len(changed) > files:
        out.append(f"… and {len(changed) - files} more: {changed[files:files + 10]}\n")
    return "".join(out)


def test_a_golden_failure_shows_a_unified_diff() -> None:
    want = {"a.html": b"<p>one</p>\n<p>two</p>\n", "b.json": b"[]\n"}
    got = {"a.html": b"<p>one</p>\n<p>2</p>\n", "b.json": b"[1]\n"}
    text = first_diffs(want, got, ["a.html", "b.json"], files=1)
    assert "--- golden/a.html\n+++ built/a.html\n" in text and "-<p>two</p>\n+<p>2</p>\n" in text
    assert "b.json" in text and "--- golden/b.json" not in text, "only the first file is diffed, the rest named"


def test_golden_site_has_a_topic_page_a_confirmed_shift_and_a_merged_statement() -> None:
    topic = (EXPECTED / "topics" / "negotiations" / "index.html").read_text(encoding="utf-8")
    assert "Reversed (confirmed)" in topic
    years = [p.read_text(encoding="utf-8") for p in sorted(EXPECTED.glob("[0-9][0-9][0-9][0-9]/index.html"))]
    assert any("confirmed by an editor" in y for y in years), "the shift marker is on the timeline (year pages)"
    index = (EXPECTED / "index.html").read_text(encoding="utf-8")
    assert "Where the position moved" in index, "the overview names the statements where a position moved"
    article = (EXPECTED / "2025" / "02" / "16" / "same-words-2025" / "index.html").read_text(encoding="utf-8")
    assert ('first reported by <a href="../../../../2025/02/14/ready-to-meet-2025/#s-i-am-ready-to-d0f68d">'
            "Example Broadcaster (14 February 2025)</a>") in article, "a later report links to the first one's item"
    first = (EXPECTED / "2025" / "02" / "14" / "ready-to-meet-2025" / "index.html").read_text(encoding="utf-8")
    assert 'id="s-i-am-ready-to-d0f68d"' in first and "Also quoted in <a" in first, "which lists the others"
    assert "| golden</title>" in article  # project template extended the shipped one via default:
