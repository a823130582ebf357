"""A rebuild makes again only the keys an edit can reach (`dateline.reach`) and keeps the others from
the last build: these tests edit one thing at a time (a speaker's name, a topic's label, a statement
other quotes relate to, a title, a date, a front-matter correction, a new quote, an article removed)
and check that every key the rebuild kept is the key a build without a baseline makes, that the pages
whose bytes the edit changes were made again and the others kept, and that the site equals a clean
build byte for byte."""

from __future__ import annotations

import pickle
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DATA, copy_project, digest, synthetic_article

from dateline import buildcache, pipeline, reach, render
from dateline.config import SiteConfig, load_config
from dateline.model import Links, Statement

ARTICLE = re.compile(r"\d{4}/\d\d/\d\d/[^/]+/index\.html")
WORDS = ["We will not give up our land", "We are ready for talks in any format",
         "The people will decide in a referendum", "We will not give up our land",
         "Security guarantees must come first", "We are ready for talks in any format"]


def _project(tmp_path: Path) -> tuple[Path, SiteConfig]:
    """The golden project and a dozen short articles whose statements repeat across outlets (so a
    quote's card lists other reports, and its related list reaches other articles)."""
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    articles = project / "content" / "articles"
    for n in range(12):
        (articles / f"statement-{n:02d}.md").write_text(
            synthetic_article(n, 2023 + n % 2, WORDS[n % len(WORDS)]), encoding="utf-8")
    return project, load_config(project).replace(search=False)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _article(project: Path, n: int) -> Path:
    return project / "content" / "articles" / f"statement-{n:02d}.md"


EDITS: dict[str, Callable[[Path], None]] = {
    "speaker name": lambda p: _edit(p / "content" / "_data" / "speakers.yaml", "name: Volodymyr Zelensky",
                                    "name: Volodymyr O. Zelensky"),
    "topic label": lambda p: _edit(p / "content" / "_data" / "topics.yaml", "label: Territory", "label: Land"),
    "related statement": lambda p: _edit(_article(p, 4), "Security guarantees must come first",
                                         "Security guarantees must come before any talks"),
    "title": lambda p: _edit(_article(p, 5), 'title: "', 'title: "Updated: '),
    "outlet": lambda p: _edit(_article(p, 3), "outlet: Outlet 0", "outlet: Outlet 9"),
    "date": lambda p: _edit(_article(p, 2), "date: 2023-03-12", "date: 2024-11-30"),
    "correction": lambda p: _edit(_article(p, 1), "---\n\"", "quotes:\n  - text: \"We are ready for talks in any "
                                  "format.\"\n    stance: {negotiations: conditions}\n---\n\""),
    "new quote": lambda p: _article(p, 6).write_text(
        _article(p, 6).read_text(encoding="utf-8") + "\n\"We will not give up our land,\" Zelensky said.\n",
        encoding="utf-8"),
    "article removed": lambda p: _article(p, 7).unlink(),
}


# Edits after which the article pages made again are exactly those whose bytes changed. Not yet after the
# others: an article page's key holds its own quotes' card keys, and a card lists the other reports of its
# statement by outlet and date, which the page of a later report does not show.
EXACT = ("title", "related statement", "new quote")


def _keys(project: Path) -> reach.Baseline:
    baseline = buildcache.load(project).memo.baseline
    assert baseline is not None
    return baseline


def _without_baseline(project: Path) -> reach.Baseline:
    """The keys of the same inputs made by a build that has no baseline (every key made)."""
    again = copy_project(project, project.parent / "again")
    (again / buildcache.PAGES).unlink()
    pipeline.build(load_config(again).replace(search=False), inputs="no last-build shortcut")
    return _keys(again)


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_rebuild_keeps_exactly_the_keys_a_full_build_makes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              edit: str) -> None:
    project, cfg = _project(tmp_path)
    pipeline.build(cfg)
    before = digest(project / cfg.output_dir)
    EDITS[edit](project)
    made: list[str] = []
    rendered = render._Pages.__call__
    card_key = render._card_key

    def spy(self: render._Pages, out: str, *args: object, **ctx: object) -> None:
        made.append(out)
        rendered(self, out, *args, **ctx)  # type: ignore[arg-type]
    counted: list[str] = []

    def count(v: render.QuoteView, views: render.Views) -> str:
        counted.append(v.id)
        return card_key(v, views)
    monkeypatch.setattr(render._Pages, "__call__", spy)
    monkeypatch.setattr(render, "_card_key", count)
    for pool in ("LISTINGS_IN_WORKERS", "ARTICLES_IN_WORKERS", "CARDS_IN_WORKERS"):  # every page made here, seen
        monkeypatch.setattr(render, pool, 10**9)
    pipeline.build(cfg)
    monkeypatch.undo()
    kept, full = _keys(project), _without_baseline(project)
    assert kept.cards == full.cards
    assert kept.entries == full.entries
    assert kept.pages == full.pages
    if edit in ("title", "outlet", "new quote"):  # the edit reached some quotes, not all
        assert 0 < len(counted) < len(full.cards), (len(counted), len(full.cards))
    after = digest(project / cfg.output_dir)
    changed = {p for p in after if before.get(p) != after[p] and p.endswith("index.html")}
    assert changed <= set(made), sorted(changed - set(made))  # every page the edit changed was made again
    articles = {p for p in made if ARTICLE.fullmatch(p)}
    assert articles & changed  # the edited article's page at least
    if edit in EXACT:  # and no article page whose bytes it did not change
        assert articles <= changed, sorted(articles - changed)
    clean = copy_project(project, tmp_path / "clean")
    shutil.rmtree(clean / ".dateline-cache")
    if (project / buildcache.ADDRESSES).is_file():  # not a cache but a memory: where the pages were, whose
        (clean / buildcache.ADDRESSES).parent.mkdir()  # old addresses a re-dated article leaves a redirect at
        shutil.copy(project / buildcache.ADDRESSES, clean / buildcache.ADDRESSES)
    pipeline.build(load_config(clean).replace(search=False))
    assert after == digest(clean / cfg.output_dir)


def test_a_title_edit_reaches_the_article_and_what_shows_its_quotes_only(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    project, cfg = _project(tmp_path)
    pipeline.build(cfg)
    EDITS["title"](project)
    seen: list[reach.Reach] = []
    made = reach.Reach.__init__

    def spy(self: reach.Reach, *args: object) -> None:
        made(self, *args)  # type: ignore[arg-type]
        seen.append(self)
    monkeypatch.setattr(reach.Reach, "__init__", spy)
    pipeline.build(cfg)
    monkeypatch.undo()
    r = seen[-1]
    assert r.known
    assert len(r.articles) == 1  # the edited file alone
    assert r.links == set() and r.named == set()
    own = {v.id for v in r.views.quotes.values() if v.article.path.endswith("statement-05.md")}
    assert own and own <= r.cards
    # every stale card is the article's own quote, or a report of a statement that one of them reports or
    # that links to one of them (another report, a related link)
    statements = r.site.links.statements
    for qid in r.cards - own:
        v = r.views.quotes[qid]
        assert v.statement in {r.views.quotes[o].statement for o in own} or \
            any(rid in own for o in statements[v.statement].quotes for _, rid in r.views.quotes[o].related), qid


def test_changed_links_names_the_quotes_whose_links_differ() -> None:
    old = Links(statement_of={"a": "a", "b": "a", "c": "c", "d": "d"},
                statements={"a": Statement("a", ["a", "b"]), "c": Statement("c", ["c"]), "d": Statement("d", ["d"])},
                same_statement={"a": ["b"], "b": ["a"], "c": [], "d": []},
                topic_next={("a", "t"): "c"}, topic_prev={("c", "t"): "a"})
    assert reach.changed_links(old, old) == set()
    new = Links(statement_of={"a": "a", "b": "a", "c": "c", "d": "d", "e": "e"},
                statements={"a": Statement("a", ["a", "b"]), "c": Statement("c", ["c"]), "d": Statement("d", ["d"]),
                            "e": Statement("e", ["e"])},
                same_statement={"a": ["b"], "b": ["a"], "c": [], "d": [], "e": []},
                topic_next={("a", "t"): "e", ("e", "t"): "c"}, topic_prev={("e", "t"): "a", ("c", "t"): "e"})
    # e is new; a's next and c's previous statement on the topic changed (b reports a: its related list too)
    assert reach.changed_links(old, new) == {"a", "b", "c", "e"}


def test_records_are_taken_unchecked_only_from_the_file_the_baseline_names(tmp_path: Path) -> None:
    """A quote's quotes.json record is taken as it is (its inputs not compared) only while the records
    files are the ones the baseline's build left: one written since, even with the same bytes, is not."""
    project, cfg = _project(tmp_path)
    pipeline.build(cfg)
    assert buildcache.load(project).memo.baseline.records is not None  # type: ignore[union-attr]
    shard = sorted((project / buildcache.RECORDS).glob("*.pickle"))[0]
    shard.write_bytes(shard.read_bytes())  # another file now (a newer write)
    baseline = buildcache.load(project).memo.baseline
    assert baseline is not None and baseline.records is None
    EDITS["title"](project)
    pipeline.build(cfg)
    clean = copy_project(project, tmp_path / "clean")
    shutil.rmtree(clean / ".dateline-cache")
    pipeline.build(load_config(clean).replace(search=False))
    assert digest(project / cfg.output_dir) == digest(clean / cfg.output_dir)


def test_a_fuller_name_in_a_new_article_reaches_the_quotes_of_the_surname_elsewhere(tmp_path: Path) -> None:
    """An unchanged article's quote by "Okonkwo" (no one in speakers.yaml) becomes Adaeze Okonkwo's
    when a new article names her in full (one id per person across the site, `names`): its card,
    entry and page must be made again though its article did not change."""
    project, cfg = _project(tmp_path)
    articles = project / "content" / "articles"
    (articles / "port-a.md").write_text("---\ntitle: Port stays shut\ndate: 2023-05-02\noutlet: Harbour Wire\n---\n"
                                        "\"The port stays shut until the cranes are safe,\" Okonkwo said.\n",
                                        encoding="utf-8")
    pipeline.build(cfg)
    (articles / "port-b.md").write_text("---\ntitle: Port reopens\ndate: 2023-06-09\noutlet: Coast Daily\n---\n"
                                        "\"We reopen on Monday with two cranes,\" Adaeze Okonkwo said.\n",
                                        encoding="utf-8")
    pipeline.build(cfg)
    clean = copy_project(project, tmp_path / "clean")
    shutil.rmtree(clean / ".dateline-cache")
    pipeline.build(load_config(clean).replace(search=False))
    assert digest(project / cfg.output_dir) == digest(clean / cfg.output_dir)
    assert (project / cfg.output_dir / "speakers" / "adaeze-okonkwo").is_dir()
    assert not (project / cfg.output_dir / "speakers" / "okonkwo").exists(), "one person, one id"


def _baseline(timeline: dict[str, tuple[str, str, bool]], cards: dict[str, str], entries: dict[str, str],
              shown: frozenset[str]) -> reach.Baseline:
    return reach.Baseline(scope="s", links="l", articles={"a": ("d", "content/articles/a.md")}, order=["a"],
                          names={"p": "P"}, shown=shown, shifts={}, timeline=timeline, cards=cards,
                          entries=entries, pages={"2023/01/02/a/index.html": "k"}, records=(("0.pickle", 1, 2, 3),))


@pytest.mark.parametrize("case", ["digests", "texts", "long", "orders", "empty"])
def test_a_baseline_pickles_packed_and_unpickles_as_it_was(case: str) -> None:
    """`Baseline.__reduce__` writes the quote-keyed dicts as a few strings (render keys as bytes): read back,
    every dict is equal, in its order, its values' types kept; whatever the keys and values hold (a key with
    the separator, upper-case, odd-length or very long "digests", other key orders, a shown quote no dict has),
    and empty."""
    ids = [f"we-will-not-{n:03d}" for n in range(40)]
    timeline = {q: (f"{2020 + n % 3}/" + ("page/2/" if n % 5 == 0 else ""), "" if n % 4 else q, n % 3 != 0)
                for n, q in enumerate(ids)}
    cards = {q: f"{n:032x}" for n, q in enumerate(ids)}
    entries = {q: f"{n * 7919:032x}" for n, q in enumerate(ids)}
    shown = frozenset(ids[::3])
    if case == "texts":
        cards[ids[1]] = "0A" * 16              # upper case: not its own hex text
        entries[ids[2]] = "abc"                # another length
        timeline["odd\0key"] = ("2021/", "c\0d", False)
        shown = shown | {"not-in-the-timeline"}
    elif case == "long":
        cards = {q: f"{n:0400x}" for n, q in enumerate(ids)}  # longer than a length byte says
    elif case == "orders":
        cards = dict(reversed(cards.items()))
        del entries[ids[5]]
    elif case == "empty":
        timeline, cards, entries, shown = {}, {}, {}, frozenset()
    before = _baseline(timeline, cards, entries, shown)
    after = pickle.loads(pickle.dumps(before, protocol=pickle.HIGHEST_PROTOCOL))
    assert after == before
    for name in ("timeline", "cards", "entries"):
        assert list(getattr(after, name).items()) == list(getattr(before, name).items())
    assert all(type(on) is bool for _, _, on in after.timeline.values())
