"""The command line run from the wrong folder (UX-24): below the project root a command runs at
the root, as git does; above it, it names the project folder below and leaves nothing behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dateline import cli

GOLDEN = Path(__file__).parent / "data" / "golden_project"


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "harbour"
    shutil.copytree(GOLDEN, root)
    return root


def test_build_from_inside_content_builds_the_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    root = _project(tmp_path)
    monkeypatch.chdir(root / "content" / "articles")
    assert cli.main(["build", "--no-search"]) == 0
    assert f"running in the project at {root}" in capsys.readouterr().err
    assert (root / "site" / "index.html").is_file()
    assert not [p for p in (root / "content").rglob("*") if p.name in (".dateline-cache", "site")]


def test_import_from_inside_content_writes_into_the_projects_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Not into a nested content/articles/content/articles/, and what it imported is seen from there."""
    root = _project(tmp_path)
    raw = root / "raw" / "ferry-2024.txt"
    raw.parent.mkdir()
    raw.write_text(" date 2024-06-03 \"The ferry runs all winter,\" Zelensky said at the quay.\n", encoding="utf-8")
    articles = root / "content" / "articles"
    before = {p.name for p in articles.iterdir()}
    monkeypatch.chdir(articles)
    assert cli.main(["import", "../../raw/ferry-2024.txt", "--today", "2026-01-01"]) == 0
    made = {p.name for p in articles.iterdir()} - before
    assert len(made) == 1 and not (articles / "content").exists()
    monkeypatch.chdir(articles)  # a new command, typed in the same folder
    assert cli.main(["import", "../../raw/ferry-2024.txt", "--today", "2026-01-01"]) == 0
    assert "skipped (already imported" in capsys.readouterr().out
    assert {p.name for p in articles.iterdir()} - before == made


def test_build_above_the_project_names_it_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    _project(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", "--no-search"]) == 1
    err = capsys.readouterr().err
    assert "no dateline project here" in err and "harbour/ is one: cd harbour" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour"], "no .dateline-cache left in the wrong folder"
