"""The command line run from the wrong folder (UX-24): below the project root a command runs at
the root, as git does; above it, it names the project folder below and leaves nothing behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
    assert cli.main(["build", "--no-search"]) == 2
    err = capsys.readouterr().err
    assert "no dateline project here" in err and "harbour/ is one: cd harbour" in err
    assert "content folder" not in err, "ux29: stops at the hint, no second error sending the user to the settings"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour"], "no .dateline-cache left in the wrong folder"
    shutil.copytree(tmp_path / "harbour", tmp_path / "archive")
    assert cli.main(["check"]) == 2
    assert "archive/ and harbour/ are projects: cd into one of them" in capsys.readouterr().err


def test_ctrl_c_during_a_build_says_site_is_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """UX-24: Ctrl-C exited 130 without a word; now it says what it left, and site/ is unchanged."""
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    assert cli.main(["build", "--no-search", "-q"]) == 0
    before = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    article = root / "content" / "articles" / "no-talks-2022.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    from dateline import pipeline

    def stopped(*_args: object, **_kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "assemble", stopped)  # mid-build: everything read and analysed, nothing written
    assert cli.main(["build", "--no-search"]) == 130
    assert "interrupted: build stopped; site/ is whole, as the last build that finished left it" in \
        capsys.readouterr().err
    after = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    assert after == before


def test_serve_over_a_publish_build_keeps_its_feeds_and_sitemap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """UX-24: `build --base-url …` then `serve` (no base URL configured): serve's rebuilds removed
    sitemap.xml and the feeds, so the next upload of site/ lacked them. serve keeps the URL the
    site was built with, says so, and its rebuild leaves the publish build byte for byte."""
    from dateline import serve

    root = _project(tmp_path)
    toml = root / "pyproject.toml"
    toml.write_text("\n".join(ln for ln in toml.read_text(encoding="utf-8").split("\n")
                              if not ln.startswith("base_url")), encoding="utf-8")
    monkeypatch.chdir(root)
    assert cli.main(["build", "--no-search", "-q", "--base-url", "https://octo.github.io/harbour/"]) == 0
    site = root / "site"
    built = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert "sitemap.xml" in built and "feed.xml" in built

    def one_rebuild(config: object, **_kw: object) -> int:  # the preview's own rebuild, without the server
        rebuild = serve.Rebuilder(config)  # type: ignore[arg-type]
        assert rebuild() and rebuild.error is None
        return 0

    monkeypatch.setattr(serve, "serve", one_rebuild)
    assert cli.main(["serve", "--no-search"]) == 0
    assert "site/ was built with base_url https://octo.github.io/harbour/: kept" in capsys.readouterr().err
    assert {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()} == built


# `cli.run` (the scripts' entry point) ends the process without tearing its objects down (`cli.leave`).

REPO = Path(__file__).resolve().parent.parent


def _python(code: str, cwd: Path | None = None, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


LEAVING = """
import atexit, sys
from dateline.cli import leave
class Held:
    def __del__(self):
        sys.stderr.write("torn down\\n")
held = Held()
atexit.register(lambda: sys.stderr.write("atexit ran\\n"))
print("a line without its end", end="")  # buffered: stdout is a pipe here
"""


def test_leave_runs_what_atexit_holds_flushes_and_skips_the_teardown() -> None:
    left = _python(LEAVING + "leave(3)\n")
    assert left.returncode == 3
    assert left.stdout == "a line without its end"
    assert left.stderr == "atexit ran\n"  # the object the module holds is never freed one by one
    normal = _python(LEAVING + "sys.exit(3)\n")  # what a normal exit does, for the difference
    assert normal.returncode == 3 and normal.stdout == "a line without its end"
    assert "torn down" in normal.stderr


def test_leave_waits_for_a_thread_that_is_not_a_daemon_as_a_normal_exit_does(tmp_path: Path) -> None:
    done = tmp_path / "done.txt"
    left = _python("import sys, threading, time\nfrom pathlib import Path\nfrom dateline.cli import leave\n"
                   "def late():\n    time.sleep(0.3)\n    Path(sys.argv[1]).write_text('written')\n"
                   "threading.Thread(target=late).start()\nleave(4)\n", None, str(done))
    assert left.returncode == 4
    assert done.read_text() == "written"


def test_build_py_builds_and_reports_through_run(tmp_path: Path) -> None:
    """The whole build behind the fast exit: its report on stdout, its site and caches written, and the
    next build (from those caches) makes the same site."""
    root = _project(tmp_path)
    first = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--no-search"], cwd=root,
                           env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True, timeout=600,
                           check=False)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("built "), first.stdout  # stdout is a pipe: flushed before the end
    pages = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    assert (root / ".dateline-cache").is_dir() and pages
    again = subprocess.run([sys.executable, "-m", "dateline", "build", "--no-search"], cwd=root,
                           env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True, timeout=600,
                           check=False)
    assert again.returncode == 0, again.stderr
    assert {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()} == pages
