"""Incremental rebuilds (serve's state): equal to full builds, reading and writing only what changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_project, digest, synthetic_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline import incremental, pipeline
from dateline.config import load_config

GOLDEN = Path(__file__).parent / "data" / "golden_project"


EDIT = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 5), st.sampled_from(["We will not give up our land",
                                                                  "We are ready to meet Putin",
                                                                  "No talks with Putin"])),
    st.tuples(st.just("edit"), st.integers(0, 5), st.sampled_from(["A ceasefire first", "Security guarantees now"])),
    st.tuples(st.just("delete"), st.integers(0, 5), st.just("")),
    st.tuples(st.just("rename"), st.integers(0, 5), st.just("")),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(EDIT, min_size=1, max_size=6))
def test_incremental_rebuild_equals_full_build(tmp_path_factory: pytest.TempPathFactory,
                                               edits: list[tuple[str, int, str]]) -> None:
    tmp = tmp_path_factory.mktemp("inc")
    project = tmp / "project"
    shutil.copytree(GOLDEN, project)
    arts = project / "content" / "articles"
    cfg = load_config(project).replace(output_dir=tmp / "inc")
    corpus = incremental.Corpus(cfg)
    corpus.rebuild()
    for i, (op, n, text) in enumerate(edits):
        path = arts / f"gen-{n}.md"
        if op == "add" or (op == "edit" and not path.exists()):
            path.write_text(synthetic_article(n, 2022 + n % 4, text or "Default words"), encoding="utf-8")
        elif op == "edit":
            path.write_text(path.read_text(encoding="utf-8").replace("said on Monday", f"said {text} {i}"),
                            encoding="utf-8")
        elif op == "delete" and path.exists():
            path.unlink()
        elif op == "rename" and path.exists():
            path.rename(arts / f"gen-{n}-renamed-{i}.md")
        os.utime(arts, None)
        corpus.rebuild()
    full = tmp / "full"
    pipeline.build(cfg.replace(output_dir=full))
    assert digest(tmp / "inc") == digest(full)


def test_incremental_rebuild_rereads_only_changed_files(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    cfg = load_config(project).replace(output_dir=tmp_path / "site")
    corpus = incremental.Corpus(cfg)
    corpus.rebuild()
    before = {p: entry.article for p, entry in corpus.files.items()}
    target = sorted(corpus.files)[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    report = corpus.rebuild()
    after = {p: entry.article for p, entry in corpus.files.items()}
    assert [p for p in after if after[p] is not before[p]] == [target]
    assert 0 < report.written < 15, "only pages that depend on the edited article are rewritten"


def _folders(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir() and not p.name.startswith(".")}


def test_a_redated_article_leaves_no_empty_folder_behind(tmp_path: Path) -> None:
    """ux25 step 7: serve's rebuild moved an article whose `date:` was edited to its new dated folder
    and left the old one (`2022/04/05/<slug>/`) behind, empty, until the next full build."""
    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    article = project / "content" / "articles" / "no-talks-2022.md"
    cfg = load_config(project).replace(output_dir=tmp_path / "inc")
    corpus = incremental.Corpus(cfg)
    corpus.rebuild()
    assert (tmp_path / "inc" / "2022" / "04" / "05").is_dir()
    article.write_text(article.read_text(encoding="utf-8").replace("date: 2022-04-05", "date: 2022-06-07"),
                       encoding="utf-8")
    os.utime(article.parent, None)
    corpus.rebuild()
    assert (tmp_path / "inc" / "2022" / "06" / "07").is_dir()
    # the old dated folder now holds only the redirect to the new address (ux29c, P9): never empty
    left = [p for p in (tmp_path / "inc" / "2022" / "04").rglob("*") if p.is_file()]
    assert [p.name for p in left] == ["index.html"], left
    assert 'http-equiv="refresh"' in left[0].read_text(encoding="utf-8") and "2022/06/07/" in left[0].read_text(
        encoding="utf-8")
    assert all(any(d.iterdir()) for d in (tmp_path / "inc" / "2022" / "04").rglob("*") if d.is_dir())
    pipeline.build(cfg.replace(output_dir=tmp_path / "full"))
    assert _folders(tmp_path / "inc") == _folders(tmp_path / "full")


_CLI_BUILD = ("import sys\nfrom dateline import cli\nrc = cli.main(['build', '--no-search'])\n"
              "print(rc, 'dateline.attribution' in sys.modules)\n")


def _cli_build_in_new_process(project: Path) -> tuple[str, str]:
    """`dateline build` as the CLI runs it, in a new process: its exit status and whether it imported attribution."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", _CLI_BUILD], cwd=project, env=env, check=True,
                          capture_output=True, text=True)
    rc, imported = done.stdout.split()[-2:]
    return rc, imported


def test_a_title_edit_rebuilds_without_the_analysis_modules_and_equals_a_clean_build(tmp_path: Path) -> None:
    """A rebuild that analyses nothing (a title edited: not an input of the analysis) never imports the
    analysis modules, even where a quote has no speaker (the gate's count of speakerless articles asked
    attribution for one of its labels, ~0.15 CPU s of such a rebuild); its site is a clean build's."""
    project = copy_project(GOLDEN, tmp_path / "project")
    article = project / "content" / "articles" / "harbour-2023.md"
    article.write_text('---\ntitle: "Harbour works resume"\ndate: 2023-03-02\noutlet: Example Wire\n'
                       "source_url: https://example.org/wire/2023/03/02/harbour\n---\n"
                       "ODESA — Work on the harbour wall resumed on Thursday after a two-week pause.\n\n"
                       '"Nobody can say when the ships will come back," one crane operator said.\n', encoding="utf-8")
    assert _cli_build_in_new_process(project) == ("0", "True")
    out = project / load_config(project).output_dir
    assert '"speaker": "unknown"' in (out / "data" / "quotes.json").read_text(encoding="utf-8")
    article.write_text(article.read_text(encoding="utf-8").replace("Harbour works resume", "Harbour works begin again"),
                       encoding="utf-8")
    assert _cli_build_in_new_process(project) == ("0", "False")
    assert "Harbour works begin again" in (out / "data" / "articles.json").read_text(encoding="utf-8")
    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns(out.name, ".dateline-cache"))
    assert _cli_build_in_new_process(clean)[0] == "0"
    assert digest(out) == digest(clean / out.name)
