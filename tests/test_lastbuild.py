"""A build whose inputs and site are those of the last build changes nothing and reports the same
(`dateline/lastbuild.py`): every way the site or an input can differ must make a full build whose
site is byte for byte a clean build's, and the warnings are printed every time."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import DATA, copy_project, digest

from dateline import cli, lastbuild, pipeline
from dateline.config import load_config

# An article in the manner of a regional paper's web desk, whose quote mark never closes: a warning.
UNCLOSED = """---
title: Harbour board approves the dredging contract
date: 2024-05-07
outlet: Coastal Courier
---
The harbour board voted on Monday evening to award the dredging contract.

"The channel will be open to the larger ferries by the autumn, the board's chair said after the vote.

Two members abstained.
"""
WARNING = re.compile(r"content/articles/dredging\.md:\d+: warning: .*quote mark.*")


def _project(tmp_path: Path) -> Path:
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    (project / "content" / "articles" / "dredging.md").write_text(UNCLOSED, encoding="utf-8")
    return project


def _build(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[bool, str]:
    """`dateline build` at the command line: (whether the pipeline ran, everything it printed but the time)."""
    ran: list[bool] = []
    real = pipeline.build

    def spy(*args: object, **kwargs: object) -> lastbuild.BuildReport:
        ran.append(True)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.chdir(project)
    monkeypatch.setattr(pipeline, "build", spy)
    assert cli.main(["build", "--no-search"]) == 0
    monkeypatch.setattr(pipeline, "build", real)
    captured = capsys.readouterr()
    # the summary line differs by design (a build that changed nothing says so); every other line,
    # warnings included, must be the same
    return bool(ran), SUMMARY.sub("SUMMARY", captured.out + captured.err)


SUMMARY = re.compile(r"^(built \d+ articles, \d+ quotes, \d+ pages into \S+ in [\d.]+ s \(\d+ files\)"
                     r"|nothing changed since the last build: \S+ left as it was \(\d+ articles, \d+ quotes, "
                     r"\d+ pages; checked in [\d.]+ s\))$", re.M)


def _clean(project: Path, tmp_path: Path) -> dict[str, str]:
    clean = copy_project(project, tmp_path / "clean")
    shutil.rmtree(clean / ".dateline-cache", ignore_errors=True)
    pipeline.build(load_config(clean))
    return digest(clean / "site")


def test_nothing_changed_is_no_build_and_the_same_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    project = _project(tmp_path)
    ran, first = _build(project, monkeypatch, capsys)
    assert ran and WARNING.search(first), first
    site = project / "site"
    inodes = {p: p.stat().st_ino for p in site.rglob("*")}
    monkeypatch.chdir(project)
    assert cli.main(["build", "--no-search"]) == 0
    said = capsys.readouterr().out
    assert re.search(r"^nothing changed since the last build: site left as it was \(\d+ articles", said, re.M), said
    assert "files)" not in said, "a build that wrote nothing claims no files"
    ran, again = _build(project, monkeypatch, capsys)
    assert not ran, "nothing changed: the pipeline is not even imported"
    assert again == first, "the same lines, warnings included"
    assert {p: p.stat().st_ino for p in site.rglob("*")} == inodes, "the site is not touched"
    assert digest(site) == _clean(project, tmp_path)


def _write(page: Path) -> None:
    page.write_bytes(page.read_bytes().replace(b"<h1>", b"<h1>Mine ", 1))


def _same_bytes_and_times(page: Path) -> None:
    """Bytes and mtime put back as they were: only the change time tells."""
    st, data = page.stat(), page.read_bytes()
    page.write_bytes(b"x")
    page.write_bytes(data)
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns))


# what a user may do to the site between two builds
SITE_EDITS: dict[str, Callable[[Path], None]] = {
    "a page edited": lambda site: _write(next(site.glob("20*/*/*/*/index.html"))),
    "a page edited back to its bytes": lambda site: _same_bytes_and_times(site / "index.html"),
    "a page removed": lambda site: (site / "topics" / "index.html").unlink(),
    "a file added": lambda site: (site / "notes.txt").write_text("mine", encoding="utf-8"),
    "a folder removed": lambda site: shutil.rmtree(site / "speakers"),
    "the site removed": lambda site: shutil.rmtree(site),
    "a page made a link": lambda site: (site / "404.html").unlink() or (site / "404.html").symlink_to("index.html"),
}


@pytest.mark.parametrize("change", list(SITE_EDITS))
def test_a_site_changed_since_the_last_build_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str], change: str) -> None:
    project = _project(tmp_path)
    _, first = _build(project, monkeypatch, capsys)
    SITE_EDITS[change](project / "site")
    ran, again = _build(project, monkeypatch, capsys)
    assert ran, "the site is not what the last build left: a full build"
    assert again == first
    assert digest(project / "site") == _clean(project, tmp_path)
    ran, _ = _build(project, monkeypatch, capsys)
    assert not ran, "and the build after it, with nothing changed, is none"


def test_a_site_without_its_marker_is_refused_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    project = _project(tmp_path)
    _build(project, monkeypatch, capsys)
    (project / "site" / ".dateline-site").unlink()
    before = digest(project / "site")
    assert cli.main(["build", "--no-search"]) == 2, "not a build that changed nothing: not ours to replace"
    assert "no .dateline-site marker" in capsys.readouterr().err
    assert digest(project / "site") == before


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# what a user may change in the sources: each is a full build
INPUT_EDITS: dict[str, Callable[[Path], None]] = {
    "the warning's article": lambda p: _edit(p / "content/articles/dredging.md", "Two members", "Three members"),
    "its bytes put back": lambda p: _same_bytes_and_times(p / "content/articles/dredging.md"),
    "another article": lambda p: _edit(p / "content/articles/same-words-2025.md", 'title: "', 'title: "Now, '),
    "a data file": lambda p: _edit(p / "content/_data/speakers.yaml", "name: Volodymyr Zelensky",
                                   "name: Volodymyr Zelenskyy"),
    "a file beside the articles": lambda p: (p / "content" / "notes.txt").write_text("x", encoding="utf-8"),
    "a template": lambda p: _edit(p / "templates/article.html", " | golden", " | edited"),
    "the configuration": lambda p: _edit(p / "pyproject.toml", 'title = "Golden fixture"', 'title = "Golden"'),
}


@pytest.mark.parametrize("change", list(INPUT_EDITS))
def test_a_changed_input_is_built_and_its_warnings_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str], change: str) -> None:
    project = _project(tmp_path)
    _build(project, monkeypatch, capsys)
    INPUT_EDITS[change](project)
    ran, out = _build(project, monkeypatch, capsys)
    assert ran and WARNING.search(out), out
    assert digest(project / "site") == _clean(project, tmp_path)
    ran, again = _build(project, monkeypatch, capsys)
    assert not ran and again == out, "built once, then reported as it was"


def test_the_warning_goes_and_comes_back_with_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    project = _project(tmp_path)
    md = project / "content" / "articles" / "dredging.md"
    _, first = _build(project, monkeypatch, capsys)
    _edit(md, "by the autumn, the board's", 'by the autumn," the board\'s')
    ran, fixed = _build(project, monkeypatch, capsys)
    assert ran and not WARNING.search(fixed), fixed
    md.write_text(UNCLOSED, encoding="utf-8")
    ran, back = _build(project, monkeypatch, capsys)
    assert ran and back == first
    assert digest(project / "site") == _clean(project, tmp_path)


def test_a_failed_build_between_keeps_the_site_and_the_next_is_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    project = _project(tmp_path)
    _, first = _build(project, monkeypatch, capsys)
    before = digest(project / "site")
    broken = project / "content" / "articles" / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    monkeypatch.chdir(project)
    assert cli.main(["build", "--no-search"]) == 1
    capsys.readouterr()
    assert digest(project / "site") == before
    broken.unlink()
    ran, again = _build(project, monkeypatch, capsys)
    assert ran and again == first
    assert digest(project / "site") == before == _clean(project, tmp_path)


def test_a_hook_of_the_caller_runs_on_every_build(tmp_path: Path) -> None:
    """`after_write` may be anything a caller wants done to each new site: never skipped."""
    project = _project(tmp_path)
    cfg = load_config(project)
    calls: list[Path] = []
    pipeline.build(cfg, after_write=calls.append)
    pipeline.build(cfg, after_write=calls.append)
    assert len(calls) == 2
    assert lastbuild.inputs(cfg, calls.append) is None


def test_a_symlink_among_the_sources_is_always_a_full_build(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "content" / "articles" / "linked.md").symlink_to(project / "content" / "articles" / "dredging.md")
    assert lastbuild.inputs(load_config(project), None) is None


def test_a_future_date_warning_does_not_outlive_its_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A date after today warns until that day; the next day's build, inputs unchanged, is a full
    build that no longer says so (the last report is not replayed past its day)."""
    project = _project(tmp_path)
    tomorrow = date.today() + timedelta(days=1)
    _edit(project / "content/articles/dredging.md", "date: 2024-05-07", f"date: {tomorrow.isoformat()}")
    ran, out = _build(project, monkeypatch, capsys)
    assert ran and f"date {tomorrow.isoformat()} is after today" in out, out
    ran, again = _build(project, monkeypatch, capsys)
    assert not ran and again == out

    class NextDay(date):
        @classmethod
        def today(cls) -> NextDay:
            return cls.fromordinal(tomorrow.toordinal())

    monkeypatch.setattr(lastbuild, "date", NextDay)
    monkeypatch.setattr(pipeline, "date", NextDay)
    ran, next_day = _build(project, monkeypatch, capsys)
    assert ran and "is after today" not in next_day, next_day
    assert digest(project / "site") == _clean(project, tmp_path)
