"""Any content, however broken or hostile, gives a build or BuildFailed — never another exception."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE, seed_config
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline import pipeline
from dateline.errors import BuildFailed

PIECES = st.sampled_from([
    "---\n", "title: ", "date: ", "2022-07-07", "2022-13-40", "quotes:\n", "  - add: ", "  - drop: ", "  - id: ",
    "speaker: ", "topics: [", "]", "\"", "“", "”", "«", "»", "‘", "’", "'", ":", "\n", "\n\n", "ZELENSKY: ",
    "Zelensky said", "he added", "<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "\ufeff", "\r\n", "\x00",
    "…", "[W]e", "On October 28", "Thursday, July 7", "# heading", "* list", "`code`", "[link](javascript:x)",
])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(head=st.lists(PIECES, max_size=12), body=st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=30))
def test_random_articles_build_or_fail_cleanly(tmp_path_factory: pytest.TempPathFactory, head: list[str],
                                               body: list[str]) -> None:
    tmp = tmp_path_factory.mktemp("hostile")
    project = tmp / "project"
    (project / "content" / "articles").mkdir(parents=True)
    shutil.copytree(EXAMPLE / "content" / "_data", project / "content" / "_data")
    (project / "content" / "articles" / "x.md").write_text(
        "---\ntitle: Hostile\ndate: 2024-01-02\n" + "".join(head) + "\n---\n" + "".join(body),
        encoding="utf-8", errors="surrogatepass")
    (project / "content" / "articles" / "y.md").write_text("".join(head) + "".join(body), encoding="utf-8",
                                                         errors="surrogatepass")
    cfg = seed_config(EXAMPLE, tmp / "site", search=False).replace(root=project, content_dir=Path("content"))
    try:
        pipeline.build(cfg)
    except BuildFailed as exc:
        assert all(p.path and p.message for p in exc.problems)
        assert not (tmp / "site").exists()
        return
    for page in (tmp / "site").rglob("*.html"):
        assert "<script>alert" not in page.read_text(encoding="utf-8")
