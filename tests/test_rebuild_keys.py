"""What a rebuild after one edit makes again: the keys of the fragments and listing pages name what
each shows, so an edit makes anew the pages whose bytes it changes and (these tests) not the others;
the site stays byte for byte a clean build's."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import DATA, copy_project, digest

from dateline import pipeline, render
from dateline.config import load_config

LISTING = re.compile(r"(topics|speakers)/[^/]+/(page/\d+/)?index\.html")


def _made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    pages: list[str] = []
    real = render._Pages.__call__

    def spy(self: render._Pages, out: str, *args: object, **ctx: object) -> None:
        pages.append(out)
        real(self, out, *args, **ctx)  # type: ignore[arg-type]
    monkeypatch.setattr(render._Pages, "__call__", spy)
    return pages


@pytest.mark.parametrize(("old", "new", "listings_made"), [
    ('title: "', 'title: "Now, ', False),  # the entries name the report by its outlet: no topic or speaker page
    ("outlet: Example Broadcaster", "outlet: Example Radio", True),  # which they do show
])
def test_a_title_edit_makes_no_topic_or_speaker_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str,
                                                     new: str, listings_made: bool) -> None:
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    cfg = load_config(project).replace(search=False)
    pipeline.build(cfg)
    article = project / "content" / "articles" / "ready-to-meet-2025.md"
    text = article.read_text(encoding="utf-8")
    assert old in text
    article.write_text(text.replace(old, new, 1), encoding="utf-8")
    made = _made(monkeypatch)
    pipeline.build(cfg)
    monkeypatch.undo()
    assert any(LISTING.fullmatch(p) for p in made) == listings_made, made
    clean = copy_project(project, tmp_path / "clean")
    shutil.rmtree(clean / ".dateline-cache")
    pipeline.build(load_config(clean).replace(search=False))
    assert digest(project / cfg.output_dir) == digest(clean / cfg.output_dir)


@pytest.mark.parametrize("stored_first", [False, True])
def test_links_made_in_a_child_are_stored_by_it_and_reused_exactly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   stored_first: bool) -> None:
    """From `LINK_APART` quotes linking runs in a process of its own, which sends the links back and then
    stores its memo itself (the build waits for it at the end); from `LINK_STORED_FIRST` it stores the
    memo before it sends the links. Lowered here so the golden project takes those paths: the stored
    memo must be there after the build, and a rebuild after a new quote (an incremental merge from it)
    must equal a clean build byte for byte."""
    monkeypatch.setattr(pipeline, "LINK_APART", 1)
    if stored_first:
        monkeypatch.setattr(pipeline, "LINK_STORED_FIRST", 1)
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    cfg = load_config(project).replace(search=False)
    pipeline.build(cfg)
    stored = {p.name for p in (project / ".dateline-cache").iterdir()}
    assert {"links.pickle", "merge.pickle"} <= stored, stored
    article = project / "content" / "articles" / "ready-to-meet-2025.md"
    article.write_text(article.read_text(encoding="utf-8")
                       + "\n\n“We will keep every channel open,” said Jane Roe, a negotiator.\n", encoding="utf-8")
    pipeline.build(cfg)
    clean = copy_project(project, tmp_path / "clean")
    shutil.rmtree(clean / ".dateline-cache")
    monkeypatch.undo()
    pipeline.build(load_config(clean).replace(search=False))
    assert digest(project / cfg.output_dir) == digest(clean / cfg.output_dir)


def test_a_listing_page_is_made_again_only_when_what_it_shows_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A listing's later pages show no count (the first does, and the chart of every statement):
    each is kept while its own lines or cards, its place and the number of pages are what they were.
    With one card a page, a statement's words edited make its page and the first again, not the
    others of its speaker's listing; the site is a clean build's."""
    from dateline import workers

    monkeypatch.setattr(render, "PAGE_BUDGET", 1)
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    cfg = load_config(project).replace(search=False)
    pipeline.build(cfg)
    site = project / cfg.output_dir
    before = {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "speakers/zelensky").rglob("index.html")}
    assert len(before) >= 4, sorted(before)
    count = re.compile(rb"\d+ quotes? in \d+ articles?")
    assert count.search(before["speakers/zelensky/index.html"])
    assert not count.search(before["speakers/zelensky/page/2/index.html"]), "the count: on the first page only"
    article = project / "content" / "articles" / "no-talks-2022.md"
    text = article.read_text(encoding="utf-8")
    assert "Not one metre." in text
    article.write_text(text.replace("Not one metre.", "Not one metre of it."), encoding="utf-8")
    made = _made(monkeypatch)
    monkeypatch.setattr(workers, "worker_count", lambda: 1)  # every page made in this process, seen by the spy
    pipeline.build(cfg)
    monkeypatch.undo()
    monkeypatch.setattr(render, "PAGE_BUDGET", 1)
    listing = {p for p in made if p.startswith("speakers/zelensky/")}
    after = {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "speakers/zelensky").rglob("index.html")}
    changed = {p for p in after if before.get(p) != after[p]}
    first = "speakers/zelensky/index.html"  # its key: every statement (its chart marks them all)
    assert changed and changed <= listing <= changed | {first}, (listing, changed)
    assert len(listing) <= 2 < len(before), "the other pages of the listing are kept"
    clean = copy_project(project, tmp_path / "clean")
    shutil.rmtree(clean / ".dateline-cache")
    pipeline.build(load_config(clean).replace(search=False))
    assert digest(site) == digest(clean / cfg.output_dir)


def test_a_card_key_names_its_quote_by_the_article_file_and_spells_out_the_rest(tmp_path: Path) -> None:
    """`render._card_key`: what the quote and its article give is named by the article file's digest
    (a title edit changes the digest); an article made without a file (no digest) has those fields
    in its key; what other articles or the links give (a speaker's name from another article, the
    related statements) is in the key either way."""
    from dataclasses import replace

    from dateline.views import Views

    project = copy_project(DATA / "golden_project", tmp_path / "project")
    _, site = pipeline.analysed(load_config(project).replace(search=False))
    views = Views(site)
    v = next(v for v in views.ordered() if v.related)
    key = render._card_key(v, views)
    assert v.article.content_hash and render._card_key(v, views) == key
    name = v.speaker_name
    v.speaker_name = name + " (another article's spelling)"
    assert render._card_key(v, views) != key
    v.speaker_name = name
    assert render._card_key(v, views) == key
    v.related = v.related[:-1]
    assert render._card_key(v, views) != key
    bare = replace(v.article, content_hash="")
    v.article = bare
    without = render._card_key(v, views)
    v.article = replace(bare, title=bare.title + " (edited)")
    assert render._card_key(v, views) != without
