"""Incremental rebuilds (serve's state): equal to full builds, reading and writing only what changed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import digest, synthetic_article
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
    assert not (tmp_path / "inc" / "2022" / "04").exists(), "the old dated folders went with the page"
    pipeline.build(cfg.replace(output_dir=tmp_path / "full"))
    assert _folders(tmp_path / "inc") == _folders(tmp_path / "full")
