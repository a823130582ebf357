"""Pelican-style golden test: the whole output of a small fixture project, byte for byte.

Regenerate after an intended change with `pytest tests/test_golden.py --update-golden`
and review the diff like any other code change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from dateline import pipeline
from dateline.config import load_config

PROJECT = Path(__file__).parent / "data" / "golden_project"
EXPECTED = Path(__file__).parent / "data" / "golden_expected"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_whole_site_matches_golden(tmp_path: Path, update_golden: bool) -> None:
    out = tmp_path / "site"
    pipeline.build(load_config(PROJECT).replace(output_dir=out))
    got = _tree(out)
    if update_golden:
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(out, EXPECTED)
    want = _tree(EXPECTED)
    assert sorted(got) == sorted(want), "files added or missing compared with the golden site"
    changed = [name for name in sorted(want) if got[name] != want[name]]
    assert not changed, f"output differs from golden in {changed[:10]} (run with --update-golden if intended)"


def test_golden_site_has_a_topic_page_a_confirmed_shift_and_a_merged_statement() -> None:
    topic = (EXPECTED / "topics" / "negotiations" / "index.html").read_text(encoding="utf-8")
    assert "Reversed (confirmed)" in topic
    index = (EXPECTED / "index.html").read_text(encoding="utf-8")
    assert "confirmed by an editor" in index
    article = (EXPECTED / "2025" / "02" / "16" / "same-words-2025" / "index.html").read_text(encoding="utf-8")
    assert "first reported by Example Broadcaster" in article
    assert "| golden</title>" in article  # project template extended the shipped one via default:
