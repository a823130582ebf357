"""A rebuild after a quote edit relinks from the last build's links and merge decisions (`link.merge_again`,
the related lists no edit reached kept) and stores only what changed (`buildcache.write_links`: the
changes beside the whole links last written). These tests edit quotes of a small project of several
outlets' reports so that a cross-article link appears or goes — another outlet's report of the same words,
the statement before and after on a topic, "then vs now" — and check after each rebuild that the site is
byte for byte a clean build's and that the stored links and merge decisions read back as a clean build's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DATA, copy_project, digest

from dateline import buildcache, link, pipeline
from dateline.config import SiteConfig, load_config
from dateline.model import Site

# Three outlets' reports of a fictional city's mayor and council leader (speakers and topics of the
# design fixture: tests/data/design_project), in their own house styles.
ARTICLES = {
    "wire-toll.md": """---
title: "Mayor rules out bridge toll"
date: 2021-04-12
outlet: Ellery Wire
speakers: [voss]
topics: [bridge]
---
PORT ELLERY, April 12 — The mayor closed the door on a toll for the harbour bridge on Monday.

"We will never accept a toll on the harbour bridge while I am mayor of this city," Voss said at the town hall.
""",
    "gazette-toll.md": """---
title: "Voss: no toll on our bridge"
date: 2021-04-13
outlet: Ellery Gazette
speakers: [voss]
topics: [bridge]
---
Mayor Mara Voss told a packed town hall on Monday that drivers would not pay to cross.

“We will never accept a toll on the harbour bridge while I am mayor of this city,” she said.

Council leader Tomas Reyes said later that the council would study exemptions.

"The council will look at exemptions for every resident who crosses the bridge to work," Reyes said.
""",
    "radio-toll.md": """---
title: "Council leader backs a fair toll"
date: 2022-06-02
outlet: Harbour Radio
speakers: [reyes]
topics: [bridge]
---
The council leader changed course on Thursday.

"I now support the toll, because the toll is fair to the people who never use the bridge," Reyes told Harbour Radio.
""",
    "weekly-budget.md": """---
title: "Budget week: the mayor's line"
date: 2023-10-20
outlet: Ellery Weekly
speakers: [voss]
topics: [budget]
---
The mayor set out her terms for the budget talks on Friday.

"There will be no new taxes in this budget, and the bridge will stay free for everyone," Voss said.
""",
}


def _project(tmp_path: Path) -> SiteConfig:
    project = copy_project(DATA / "design_project", tmp_path / "project")
    for old in (project / "content" / "articles").glob("*.md"):
        old.unlink()
    for name, text in ARTICLES.items():
        (project / "content" / "articles" / name).write_text(text, encoding="utf-8")
    return load_config(project).replace(search=False)


def _edit(cfg: SiteConfig, name: str, old: str, new: str) -> None:
    path = cfg.content_path / "articles" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _clean(cfg: SiteConfig, tmp_path: Path, n: int) -> tuple[Path, Site, link.MergeRecord | None]:
    """A clean build (no cache) of the project as it is now: its site folder, what it linked and the merge
    decisions it stored."""
    clean = copy_project(cfg.root, tmp_path / f"clean-{n}")
    shutil.rmtree(clean / ".dateline-cache", ignore_errors=True)
    clean_cfg = load_config(clean).replace(search=False)
    pipeline.build(clean_cfg)
    return clean / clean_cfg.output_dir, pipeline.analysed(clean_cfg)[1], buildcache.read_merge(clean)


DECISIONS = ("seq", "sig", "home", "roots", "keys", "samples", "by_run", "over", "exact")


def _reports(site: Site, words: str) -> dict[str, str]:
    """Each quote holding `words`, by its article's outlet, with the statement it reports."""
    outlet = {a.id: a.outlet for a in site.articles}
    return {outlet[q.article]: site.links.statement_of[q.id] for q in site.quotes if words in q.text}


TOLL = "We will never accept a toll on the harbour bridge while I am mayor of this city"


def test_a_quote_edit_relinks_what_it_reaches_and_equals_a_clean_build(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Edits in turn: the Gazette's report stops matching the Wire's (its words changed), starts again,
    moves to another speaker (the merge joins one speaker's words only), a new stanced statement goes
    between two on the bridge (its neighbours and "then vs now" change), and a report goes. After each,
    the rebuilt site equals a clean build, and the stored links and merge decisions read back as the clean
    build's.
    The changes are always stored apart from the whole links here (`DELTA_SHARE` 0; a project this small
    changes more than the share after any edit), so the run of rebuilds reads and writes them on top of
    each other; the whole links written every time are the other tests' rebuilds."""
    monkeypatch.setattr(buildcache, "DELTA_SHARE", 0)
    cfg = _project(tmp_path)
    pipeline.build(cfg)
    edits = [
        ("gazette-toll.md", f"“{TOLL},”", "“We will never accept a toll on the harbour bridge, not this year,”"),
        ("gazette-toll.md", "“We will never accept a toll on the harbour bridge, not this year,”", f"“{TOLL},”"),
        ("gazette-toll.md", "she said.", "Reyes said."),
        ("weekly-budget.md", "Voss said.",
         'Voss said.\n\n"I could support the toll if the toll is fair to every driver," Voss added.'),
        ("wire-toll.md", f'"{TOLL}," Voss said', '"We will see," Voss said'),
    ]
    for n, (name, old, new) in enumerate(edits):
        _edit(cfg, name, old, new)
        pipeline.build(cfg)
        clean_out, clean_site, clean_record = _clean(cfg, tmp_path, n)
        assert digest(cfg.output_path) == digest(clean_out), (n, name)
        stored = buildcache.read_links(cfg.root)
        assert stored.links == clean_site.links, n
        record = buildcache.read_merge(cfg.root)
        assert record is not None and clean_record is not None
        assert [getattr(record, f) for f in DECISIONS] == [getattr(clean_record, f) for f in DECISIONS], n
        for name_ in (buildcache.LINKS_DELTA, buildcache.MERGE_DELTA):
            assert (cfg.root / ".dateline-cache" / f"{name_}.pickle").is_file(), name_
        toll = _reports(clean_site, "never accept a toll")
        if n == 1:  # the same words again: one statement, reported by both
            assert toll["Ellery Gazette"] == toll["Ellery Wire"], (n, toll)
        elif n < 4:  # other words; then the same words of another speaker: two statements
            assert toll["Ellery Gazette"] != toll["Ellery Wire"], (n, toll)
        else:  # the Wire's report of them is gone
            assert list(toll) == ["Ellery Gazette"], toll


def test_the_changes_since_the_whole_links_compose() -> None:
    """`delta` of two links and `compose` of two deltas give, applied (`apply_delta`), the later links:
    the store's changes after several rebuilds on top of the whole links last written."""
    from dateline.model import Links, Related, Statement

    def links(n: int, extra: str) -> tuple[Links, dict[str, tuple[str, ...]]]:
        ids = [f"q{i}" for i in range(n)]
        out = Links(statement_of={q: ids[0] for q in ids}, statements={ids[0]: Statement(ids[0], ids)},
                    same_statement={q: [o for o in ids if o != q][:2] for q in ids},
                    topic_prev={(extra, "t"): ids[0]}, related={q: [Related("same words", ids[0])] for q in ids})
        return out, {q: ("t",) if q != extra else () for q in ids}

    first, t1 = links(5, "q1")
    second, t2 = links(4, "q2")
    third, t3 = links(6, "q3")
    one = link.delta(first, t1, second, t2)
    both = link.compose(one, link.delta(second, t2, third, t3))
    got, topics = links(5, "q1")
    link.apply_delta(got, topics, both)
    assert (got, topics) == (third, t3)


STOCK = "the harbour bridge will stay free for every driver"  # in more first reports than the index keeps a run
TAILS = ["while the ferries run", "whatever the budget says", "until the new tunnel opens", "as long as I am mayor",
         "because the port needs its workers", "and the council agrees with me", "this winter and the next",
         "for the fishermen of the north quay"]


def _stock_article(n: int) -> str:
    """An invented Ellery Courier report of the mayor: four statements that share the stock phrase and
    differ in their tails (so each starts a statement of its own)."""
    said = "\n\n".join(f'"We have said it before: {STOCK} {TAILS[(n + k) % len(TAILS)]}, {n * 4 + k} times over," '
                       f"Voss said." for k in range(4))
    return (f'---\ntitle: "Mayor on the bridge, part {n}"\ndate: 2021-05-{n + 1:02d}\noutlet: Ellery Courier\n'
            f"speakers: [voss]\ntopics: [bridge]\n---\nThe mayor spoke at the harbour on day {n}.\n\n{said}\n")


def test_rebuilds_after_a_quote_edit_in_a_stock_phrase_equal_clean_builds(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A phrase the mayor repeats in more first reports than a run's list of the index holds
    (`link.STOCK_PHRASE`). Edits in turn, each rebuilt from the cache and checked byte for byte against a
    clean build, with the stored merge decisions a clean build's: one of the first reports the lists hold
    reworded out of the phrase (decided from the record: the full merge does not run), moved to another
    speaker, another's statement date corrected, the article deleted, then a new article of the phrase added."""
    cfg = _project(tmp_path)
    articles = cfg.content_path / "articles"
    for n in range(12):
        (articles / f"courier-{n:02d}.md").write_text(_stock_article(n), encoding="utf-8")
    pipeline.build(cfg)
    record = buildcache.read_merge(cfg.root)
    assert record is not None and any(record.over.values())  # the phrase's lists are full, and more is beyond
    full_merges: list[int] = []
    merge = link.merge_statements

    def counted(*args: object, **kwargs: object) -> dict[str, list[str]]:
        full_merges.append(1)
        return merge(*args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(link, "merge_statements", counted)
    first = f"{STOCK} {TAILS[1]}, 1 times over"
    edits: list[tuple[str, str, str]] = [
        ("courier-00.md", first, "the bridge toll is a question for another day"),
        ("courier-00.md", f"{TAILS[2]}, 2 times over,\" Voss said", f"{TAILS[2]}, 2 times over,\" Reyes said"),
        ("courier-00.md", "topics: [bridge]\n---", f'topics: [bridge]\nquotes:\n  - text: "We have said it before: '
         f'{STOCK} {TAILS[3]}, 3 times over"\n    statement_date: 2021-04-20\n---'),  # its date, by a correction
        ("courier-01.md", "", ""),  # deleted
        ("courier-12.md", "", _stock_article(12)),  # added
    ]
    for n, (name, old, new) in enumerate(edits):
        path = articles / name
        if not old and not new:
            path.unlink()
        elif not old:
            path.write_text(new, encoding="utf-8")
        else:
            _edit(cfg, name, old, new)
        full_merges.clear()
        pipeline.build(cfg)
        if n == 0:
            assert not full_merges, "a first report reworded out of a full list: decided from the record"
        clean_out, _, clean_record = _clean(cfg, tmp_path, n)
        assert digest(cfg.output_path) == digest(clean_out), (n, name)
        record = buildcache.read_merge(cfg.root)
        assert record is not None and clean_record is not None
        assert [getattr(record, f) for f in DECISIONS] == [getattr(clean_record, f) for f in DECISIONS], n
