"""The build, one step after another (DESIGN.md):

    config → load → dates → markdown → quotes → attribution → topics → link → timeline → render → write

`build()` below is the whole of it, on one screen. `load` reads the files (and resolves
the front-matter dates); `analyse` runs the per-article steps (quotes, attribution, the
quotes' dates, topics) and is cached; `assemble` is the cross-article half (link,
timeline); `render` makes every file (Markdown bodies included) and hands each to `write`,
which stages it on disk at once. Everything between `load` and `write` is pure. `serve` keeps its
state between rebuilds in `incremental.py` and calls these same functions.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import jinja2

from dateline import buildcache, exports, lastbuild, lexicon, link, names, patterns, reach, refs, render, timeline, write
from dateline.analyse import Analysis, analyse, analyse_all, corrected_ids, hand_links
from dateline.config import SiteConfig, figure_problems
from dateline.errors import BuildFailed, Problem, errors_in
from dateline.lastbuild import BuildReport
from dateline.load import Loaded, display_path, future_dates, load, nothing_to_publish, settle_stamps
from dateline.model import Acknowledgement, Article, Data, DateInfo, Links, Quote, Site, Speaker
from dateline.topics import awaiting_topic
from dateline.views import QuoteBasics
from dateline.workers import Fresh, collector_off, give_back, in_child, in_process, wait_children

if TYPE_CHECKING:
    from dateline import review

T = TypeVar("T")

__all__ = ["Analysis", "BuildReport", "Prepared", "analyse", "analyse_all", "analysed", "assemble", "build", "gate",
           "report", "review_of"]


def build(config: SiteConfig, *, after_write: Callable[[Path], None] | None = None,
          force: bool = False, inputs: str | None = None) -> BuildReport:
    """A full build into `config.output_path` (a staging folder swapped in). `config` was
    validated by `config.load_config`. Raises BuildFailed with every problem listed; then
    nothing in the output folder has changed. `after_write` (the search indexer) runs on
    the staging folder. `force`: replace an output folder without dateline's marker.
    When nothing changed since the last build (`lastbuild`), its report and nothing else;
    `inputs`: the caller already asked that, and this is `lastbuild.inputs`' answer."""
    try:
        return _build(config, after_write, force, inputs)
    finally:
        wait_children()  # the link child storing the links: never cut short by this process's exit
        gc.unfreeze()  # what `_read` set aside: the caller's collector sees all of it again


def _read(read: Callable[[], T]) -> T:
    """`read()` (a cache of the last build: parses, analyses, links, keys) with the collector off,
    and what it read then set aside for the rest of the build (`gc.freeze`; `build` and `analysed`
    give it back at their end). Tens of thousands of objects that live for the whole build and
    hold no garbage: each collection their allocations set off, and each full one later, scanned
    them all again and freed nothing (a fifth of a rebuild's CPU after one edit at 1000 articles,
    rebuild19). Only around reads: the steps that fork workers (load, analyse, link) keep the
    collector as the caller had it, and their workers with it."""
    with collector_off():
        try:
            return read()
        finally:
            gc.freeze()


def _build(config: SiteConfig, after_write: Callable[[Path], None] | None, force: bool,
           inputs: str | None) -> BuildReport:
    started = time.perf_counter()
    if inputs is None:
        inputs = lastbuild.inputs(config, after_write)     # before anything is read
        unchanged = lastbuild.unchanged(config, inputs)
        if unchanged is not None:
            return unchanged
    parsed_cache = buildcache.Shards(config.root, "load", version=lambda entry: entry[::3])  # (digest, stamp)
    parsed = _read(parsed_cache.read)                        # the last build's parsed files, by their bytes
    stores: list[Callable[[], None]] = []                    # the analyses' store (`analyse_with_disk_cache`)
    try:
        with patterns.kept(config.root), lexicon.kept(config.root):  # (a date in words: the dates module's patterns)
            with patterns.shared_parses():  # the analysis modules, imported while loading: their tries parsed once
                loaded = load(config.content_path, drafts=config.drafts, display_root=config.root, cache=parsed,
                              numeric_dates=config.numeric_dates, while_parsing=_import_analysis)
            analyses = analyse_with_disk_cache(loaded, config.root, stores)  # quotes → attribution → dates → topics
        # a cold build's link process, started now (`workers.Fresh`): it starts while the analyses are checked,
        # the parses stored and linking's inputs made, rather than after; the analyses are stored while it
        # links (`while_linking`: ~0.3 CPU s at 4000 articles before it could start), else now
        ahead = Fresh(_link_apart.__module__) if (sum(len(an.quotes) for an in analyses.values()) >= LINK_APART
                                                   and not buildcache.links_stored(config.root)) else None
        if ahead is None:
            _stored(stores)
        share_equal_values(analyses)                             # held to the end: one object per value
        prep = gate(config, loaded, analyses)                    # every problem at once, or BuildFailed
        settle_stamps(parsed, config.root, config.content_path)  # files too fresh to stamp when read, if settled since
        parsed_cache.write(parsed)                               # the shards of the files that changed
        del parsed, loaded, analyses                             # `prep` holds them, until `_assembled` lets go
        bodies = render.Spill()                                  # the bodies, which only the article pages need,
        lines = exports.Ahead() if ahead is not None else None   # on disk until then (and, in a cold build,
        try:                                                     # rendered while it links, as the exports' lines are encoded)
            return _assembled(config, prep, bodies_apart(prep.loaded, bodies), force, after_write, started, inputs,
                              ahead, render.MarkedBodies(bodies) if ahead is not None else None, lines, stores)
        finally:
            bodies.close()
            if lines is not None:
                lines.close()
    finally:
        _stored(stores)  # before the wait (a failed build's too) or without one: stored all the same


def _stored(stores: list[Callable[[], None]]) -> None:
    """Run the stores not run yet, each once, in order."""
    while stores:
        stores.pop(0)()


def _import_analysis() -> None:
    """Import the analysis modules (`load`'s `while_parsing`: while its workers parse many files, which
    are then most likely analysed too). Importing them compiles their ~740 patterns: in a cold build
    ~0.7 CPU s alone in this process, between parsing and analysis, with the other cores idle."""
    from dateline import attribution, topics  # noqa: F401 - imported for their patterns, inherited by the workers


def _assembled(config: SiteConfig, prep: Prepared, body: Callable[[Article], str], force: bool,
               after_write: Callable[[Path], None] | None, started: float, inputs: str | None,
               ahead: Fresh | None = None, marked: render.MarkedBodies | None = None,
               lines: exports.Ahead | None = None, stores: list[Callable[[], None]] | None = None) -> BuildReport:
    """`build` from its analysed articles on: link, render, write. `ahead`: the link process, if started.
    `marked` and `lines`: where the article bodies and the exports' lines go when they are made while a link
    process works (`while_linking`); `stores`: what it stores then."""
    memo = _read(partial(buildcache.read_links, config.root))  # the last build's links and merge decisions
    memo.store = partial(buildcache.write_links, config.root)  # once changed: true of these inputs whatever happens next
    memo.store_record = partial(buildcache.write_merge, config.root)
    before = memo.digest, memo.links
    env = render.environment(config.templates_path)
    env.bytecode_cache = buildcache.TemplateCache(config.root)  # compiled templates, this build only
    try:  # link → timeline (the merge decisions go to disk); the templates compiled while a link process works
        site = assemble(config, prep, memo, ahead, partial(while_linking, config, env, body, marked, lines,
                                                           stores if stores is not None else []))
    except BaseException:
        env.bytecode_cache = None
        raise
    site.body = body
    linked = reach.Linked(memo.digest, before[0],            # which quotes' links differ from the cache's
                          (memo.changed if memo.changed is not None  # (`link` knows when it relinked)
                           else reach.changed_links(before[1], site.links)) if before[1] is not None else None)
    del before
    link.forget()                                            # a one-shot build keeps no text profiles
    output = write.Output(config.output_path, force=force,  # a staging folder: `site/` untouched until commit
                          spare=config.root / SPARE)        # (the previous site, recycled)
    cache = _read(partial(buildcache.load, config.root))     # the last build's fragments and page keys
    cache.memo.linked = linked
    try:                                                     # pages, feeds, data exports, streamed to disk
        names = render.render_to(site, output.put, cache.memo, cache.reuse(output), output.put_parts, marked, lines)
        for rel, source in render.static_files(config.templates_path).items():
            output.put_file(rel, source)
            names.append(rel)
    except BaseException:
        output.abort()
        raise
    finally:
        env.bytecode_cache = None
    lastbuild.forget(config.root)                            # the site it describes is about to go
    written = output.commit(len(names), after_write, names)
    done = report(prep, site, names, written, started)
    # Nothing reads the site, the articles or the analyses any more: gone before the cache's keys are
    # pickled, whose pickler's memo was the build's peak on top of them (+25 MB at 10,000 articles).
    del site
    prep.loaded.articles.clear()
    prep.analyses.clear()
    give_back()
    buildcache.save(cache, output.out)
    done.seconds = time.perf_counter() - started
    lastbuild.remember(config.root, inputs, output.out, done)
    return done


def while_linking(config: SiteConfig, env: jinja2.Environment, body: Callable[[Article], str],
                  marked: render.MarkedBodies | None, lines: exports.Ahead | None, stores: list[Callable[[], None]],
                  articles: list[Article], quotes: list[Quote], data: Data, waiting: Callable[[], bool]) -> None:
    """What this process does while a link process works (`assemble`'s `meanwhile`) and would otherwise
    wait: the `stores` left to it run (the analyses' shards), the templates compiled (`compile_templates`),
    then, in a cold build (no page or record of an
    earlier build to keep), the exports' lines encoded as far as the links leave them alone
    (`exports.Ahead`: the exports are this process's alone, made after every page) and what the article
    pages show that the links leave alone — their bodies rendered, citations, JSON-LD — made
    (`render.MarkedBodies`: the article pages are shared with the render's workers), each until the links
    come."""
    _stored(stores)
    compile_templates(env)
    # the quotes' link-free views, made once for both and, below VIEWS_KEPT quotes, kept for the render's
    # `Views` (which then only adds the links to them)
    basics = QuoteBasics(config, data, articles, quotes, body, keep=len(quotes) < VIEWS_KEPT)
    if lines is not None:
        lines.make(basics, articles, quotes, waiting)
    if marked is not None:
        marked.make(config, basics, articles, quotes, body, waiting)
    del basics
    # what they made is on disk: the pages their transient records and views took go back before the links
    # come (~10 MB at 10,000 articles, else held by this process to its end, its peak at the cache's save)
    give_back()


def compile_templates(env: jinja2.Environment) -> None:
    """Compile the site's templates now (`assemble`'s `meanwhile`: while the link process works, this
    one waits), not as the render first uses each: ~0.25 CPU s of a cold build's render at any size,
    in this process alone or in each render worker that first needed one. Held by `env` (its template
    cache), as when the render compiles them. A template that fails here is left to the render,
    which reports it where it is used (one no page uses fails nothing)."""
    for name in env.list_templates(filter_func=lambda name: ":" not in name):  # (`default:x` is x once more)
        with suppress(jinja2.TemplateError, OSError, UnicodeError):
            env.get_template(name)


def bodies_apart(loaded: Loaded, spill: render.Spill) -> Callable[[Article], str]:
    """Set the articles' bodies aside in `spill` once they are analysed: `loaded.articles` become the
    same articles without them (`body` ""), and the function returned reads an article's body back
    (for its page, in whichever process renders it). Only an article's page shows its body, and it is
    made last: held from loading to the end, the bodies (~44 MB at 10,000 articles) were in the build
    process beside the link process and through every listing. The parse cache, which keeps them for
    the next build, is written before."""
    where: dict[str, int] = {}
    for n, a in enumerate(loaded.articles):
        where[a.path] = spill.put(a.body.encode("utf-8", "surrogatepass"))
        loaded.articles[n] = replace(a, body="")

    def body(a: Article) -> str:
        ref = where.get(a.path)
        return a.body if ref is None else spill.read(ref).decode("utf-8", "surrogatepass")
    return body


def analyse_with_disk_cache(loaded: Loaded, root: Path, later: list[Callable[[], None]] | None = None
                            ) -> dict[str, Analysis]:
    """`analyse_all` for a full build, with the last build's analyses from `.dateline-cache/analysis/`
    (`buildcache.Shards`): only the shards of articles analysed again, added or removed are written —
    now, or by whoever runs the store appended to `later` (a build: while a link process works)."""
    shards = buildcache.Shards(root, "analysis")
    cache = _read(shards.read)
    # the analysis modules' ~320 patterns from the engine code the last build kept, and its lexicon
    with patterns.kept(root), lexicon.kept(root):
        analyses = analyse_all(loaded, cache)
    live = {a.path for a in loaded.articles}
    store = partial(shards.write, {path: entry for path, entry in cache.items() if path in live})
    if later is None:
        store()
    else:
        later.append(store)
    return analyses


_SET = object.__setattr__  # a frozen Quote's field given an equal value (`share_equal_values`)


def share_equal_values(analyses: Mapping[str, Analysis]) -> None:
    """Make the quotes' equal values one object each, in place: a quote's one part (`parts == (text,)`)
    its own `text`, and the topics, stances and statement dates that many quotes have alike one shared
    tuple, dict and DateInfo. The analyses come unpickled (from the cache's shards or the analysis
    workers), one copy of each value a quote: at 10,000 articles ~1.5 million objects held from
    analysis to the build's end, a tenth of them copies (~40 MB: the part alone repeats the words of
    nearly every quote). The values are equal, so nothing shown or keyed changes; nothing changes
    them after analysis (a correction makes a new Quote)."""
    topics: dict[tuple[str, ...], tuple[str, ...]] = {}
    stances: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
    dates: dict[DateInfo, DateInfo] = {}
    for an in analyses.values():
        for q in an.quotes:
            parts = q.parts
            if len(parts) == 1 and parts[0] is not q.text and parts[0] == q.text:
                _SET(q, "parts", (q.text,))
            shared = topics.setdefault(q.topics, q.topics)
            if shared is not q.topics:
                _SET(q, "topics", shared)
            stance = q.stance
            key = tuple(stance.items())
            same = stances.setdefault(key, stance)
            if same is not stance:
                _SET(q, "stance", same)
            d = q.statement_date
            if d is not None:
                one = dates.setdefault(d, d)
                if one is not d:
                    _SET(q, "statement_date", one)


def analysed(config: SiteConfig) -> tuple[Prepared, Site]:
    """The build up to `assemble`, nothing rendered or written: what `dateline review` looks at."""
    try:
        loaded = load(config.content_path, drafts=config.drafts, display_root=config.root,
                      numeric_dates=config.numeric_dates)
        prep = gate(config, loaded, analyse_with_disk_cache(loaded, config.root))
        return prep, assemble(config, prep)
    finally:
        gc.unfreeze()  # what `_read` set aside


@dataclass
class Prepared:
    """The per-article half of a build: everything read and analysed, no error left."""

    loaded: Loaded
    analyses: dict[str, Analysis]
    problems: list[Problem]  # warnings (errors stop the build)
    acknowledged: list[tuple[Problem, str]] = field(default_factory=list)  # warnings an editor acknowledged, why


def gate(config: SiteConfig, loaded: Loaded, analyses: dict[str, Analysis]) -> Prepared:
    """Collect every problem of loading and analysis; raise BuildFailed once if any is an
    error (with `strict`, if there is any problem at all). Warnings an article acknowledges
    (front matter `acknowledge:`) are set apart first: they fail nothing, strict or not."""
    analyses = _without_outlets(analyses, loaded)
    problems = list(loaded.problems) + check_unique(loaded.articles) + future_dates(loaded.articles, date.today())
    if "speakers.yaml" not in loaded.data.unread:  # else every figure would be "not a speaker id", every quote unknown
        problems += figure_problems(config, [s.id for s in loaded.data.speakers])
        problems += speakerless([q for an in analyses.values() for q in an.quotes], {a.id: a for a in loaded.articles})
    for an in analyses.values():
        problems.extend(an.problems)
    problems += nothing_to_publish(config.content_path, loaded, config.root)
    problems += refs.unknown_ids(loaded.articles, loaded.data, (q.id for an in analyses.values() for q in an.quotes),
                                 {q.speaker for an in analyses.values() for q in an.quotes
                                  if q.attribution != "set in front matter"})
    problems, acknowledged = acknowledge(problems, {a.path: a.acknowledged for a in loaded.articles if a.acknowledged})
    if errors_in(problems) or (config.strict and problems):
        raise BuildFailed(problems if config.strict else errors_in(problems))
    return Prepared(loaded, analyses, problems, acknowledged)


def acknowledge(problems: Sequence[Problem],
                acknowledged: Mapping[str, Sequence[Acknowledgement]]) -> tuple[list[Problem], list[tuple[Problem, str]]]:
    """Split off the warnings an editor acknowledged in the article's front matter.

    `acknowledged` maps an article's path to its `acknowledge:` entries. Each entry takes the
    warnings of that article whose message contains its words (and sit on its `line`, when
    given); errors are never acknowledged. Writing the `acknowledge:` block moves every body
    line below it down, so the line the build printed before that edit is no longer the
    warning's line: an entry whose `line:` matches no warning exactly takes, one warning each
    and in line order, the first warning with its words at most the block's length of lines
    below that line (the editor's very edit, however many entries were added since).
    An entry that takes nothing is itself a warning, so a stale acknowledgement (the text was
    fixed, the warning changed) does not linger.
    Returns (problems still standing, [(acknowledged warning, reason)]).
    """

    def says(a: Acknowledgement, p: Problem) -> bool:
        return p.severity == "warning" and a.warning.lower() in " ".join(p.message.split()).lower()

    hits: dict[int, Acknowledgement] = {}  # index into problems → the entry that takes it
    for n, p in enumerate(problems):
        hit = next((a for a in acknowledged.get(p.path, ()) if says(a, p) and a.line in (None, p.line)), None)
        if hit is not None:
            hits[n] = hit
    exact = {(p.path, a.at) for n, p in enumerate(problems) if (a := hits.get(n)) is not None}
    by_line = sorted(range(len(problems)), key=lambda n: (problems[n].line, n))
    for path, entries in sorted(acknowledged.items()):
        moved = sorted((a for a in entries if a.line is not None and (path, a.at) not in exact),
                       key=lambda a: (a.line or 0, a.at))
        for a in moved:
            below = next((n for n in by_line if n not in hits and (p := problems[n]).path == path and says(a, p)
                          and p.line > a.at and 0 < p.line - (a.line or 0) <= a.slack), None)
            if below is not None:
                hits[below] = a
    kept = [p for n, p in enumerate(problems) if n not in hits]
    taken = [(p, hits[n].reason) for n, p in enumerate(problems) if n in hits]
    used = {(p.path, a.at) for n, p in enumerate(problems) if (a := hits.get(n)) is not None}
    for path, entries in sorted(acknowledged.items()):
        for a in entries:
            if (path, a.at) not in used:
                where = f" at line {a.line}" if a.line is not None else ""
                kept.append(Problem(path, a.at, f"acknowledge: no warning{where} matches {a.warning!r}: "
                                                "remove the entry if the warning is gone", "warning"))
    return kept, taken


def check_unique(articles: list[Article]) -> list[Problem]:
    """Two articles may not share a slug: it is their id, part of every quote id and anchor.

    Reported at the later file's `slug:` line, or at its title when the slug comes from the
    file name: where a different `slug:` would be written."""
    seen: dict[str, Article] = {}
    problems = []
    for a in sorted(articles, key=lambda a: a.path):
        if a.slug in seen:
            problems.append(Problem(a.path, a.slug_line, f"slug {a.slug!r} is already used by "
                                    f"{seen[a.slug].path}: rename the file or set a different slug:"))
        else:
            seen[a.slug] = a
    return problems


SPARE = Path(".dateline-cache") / "site-spare"  # the previous site, this build's staging folder (`write.Output`)
LINK_APART = 5000  # quotes from which linking runs in a child process: its ~5 KB of word runs a quote stay there
# Quotes from which the link child stores its memo before it sends the links rather than after (while this
# process goes on): the memo's pickling is the child's peak, and the links unpickled here meanwhile came on
# top of it, ~150 MB of the build's peak summed over its processes at 10,000 articles (129,000 quotes), for
# the ~4 s this process now waits.
LINK_STORED_FIRST = 100_000
# Quotes below which the views made while a link process works (`QuoteBasics`' `keep`) are kept for the
# render, ~0.2 CPU s of `Views` at 4000 articles done in the wait: held beside the link process they are
# ~300 bytes a quote, ~12 MB at 4000 articles, where the build's peak is elsewhere (the listing pages'
# workers); at 10,000 articles (129,000 quotes) ~40 MB on the link process's peak, 19 MB under 600.
VIEWS_KEPT = 100_000


def assemble(config: SiteConfig, prep: Prepared, memo: link.LinkMemo | None = None, ahead: Fresh | None = None,
             meanwhile: Callable[[list[Article], list[Quote], Data, Callable[[], bool]], None] | None = None) -> Site:
    """The cross-article steps: timeline order, link (statements, related quotes), shifts.
    `memo`: the last build's links (`link.LinkMemo`), reused as far as the inputs allow. `ahead`: a
    process started for linking apart (`_link_apart`), used if it is linked apart (else ended at the build's
    end). `meanwhile`: the caller's work, done while a process of its own links (not called otherwise), given
    the site's articles and quotes as they will be (in its order), its `_data`, and `waiting()`, true until
    the links come (`workers.in_process`)."""
    data = prep.loaded.data
    articles = sorted(prep.loaded.articles, key=lambda a: (a.date.date.sort_key(), a.slug))
    by_id = {a.id: a for a in articles}
    quotes, said = one_id_per_person([q for a in articles for q in prep.analyses[a.id].quotes], data.speakers, by_id)
    prep.problems.extend(p for p in said if p not in prep.problems)
    ordered = timeline.chronological(quotes, by_id)
    ids = [q.id for q in ordered]
    # once, for both questions — asked first only of a memo holding links (are they these inputs'?); else made
    # when needed: by `link`, or by this process while a link process works (`_link_apart` sends no digest)
    digest = link.digest_of(articles, ordered, ids) if memo is not None and memo.links is not None else None
    apart = len(ordered) >= LINK_APART and link.full_merge_ahead(memo, ordered, ids, articles, digest)
    if apart and memo is not None and memo.store is not None:
        # linking's working memory goes with a process of its own (`workers.in_process`: not forked, so it
        # does not count this process's heap again), which sends back the links and then stores the memo
        # it made (`LinkMemo.store`: merge decisions and all, never sent back) while this process goes
        # on; `build` waits for it at its end (`workers.wait_children`). From LINK_STORED_FIRST quotes it
        # stores the memo first and then sends the links, which are unpickled here once it has ended:
        # the links this process unpickles and the child's memory would add up.
        first = len(ordered) >= LINK_STORED_FIRST
        read = link.what_link_reads(articles, ordered)
        digests = [digest] if digest is not None else []

        def wait(waiting: Callable[[], bool]) -> None:  # this process's work while the link process works
            if not digests:  # (~0.15 s at 4000 articles: the link process no longer waits for it to start)
                digests.append(link.digest_of(articles, ordered, ids, keep=False))
            if meanwhile is not None:
                meanwhile(articles, ordered, data, waiting)
        made, packed = in_process(_link_apart, read, ids, memo.digest, digest, memo.store, first,
                                  memo.store_record, ended=first, spent=read, fresh=ahead, meanwhile=wait)
        del read  # (emptied once sent)
        memo.digest = digests[0]
        # holding this process's own quote ids, not copies: the links made here of the statements sent, or
        # the links sent
        links = link.links_of(ordered, ids, *link.unpack_groups(packed, ids)) if made == "statements" \
            else link.unpack(packed, ids)
        del packed
        memo.links, memo.record, memo.recall, memo.topics = links, None, None, None  # (topics: the child's)
    elif apart:
        # the same for a memo held in memory (`serve`); the memo it updated comes back
        links, memo_after = in_child(lambda: _linked(articles, ordered, ids, memo, digest))
        if memo is not None and memo_after is not None:
            memo.digest, memo.links, memo.record = memo_after.digest, memo_after.links, memo_after.record
            memo.topics, memo.changed = memo_after.topics, memo_after.changed
    else:
        links = _linked(articles, ordered, ids, memo, digest)[0]
    pairs, wrong = hand_links(articles, ordered)  # editors' `same_as:`: translations, paraphrases
    if wrong:  # (errors: a hand link that names no quote, or contradicts another, is never left out unseen)
        raise BuildFailed(prep.problems + wrong)
    if pairs:
        links = link.join_by_hand(links, pairs, ordered, ids, link.report_order(articles, ordered, ids))
    positions, others = timeline.follow(ordered, config.figures, links.statement_of)  # whose: [tool.dateline] figures
    shifts = timeline.shifts(positions, data.topics, links.statement_of, data.shifts)
    site = Site(config, articles, data, ordered, links, shifts, positions, others)
    stale = stale_verdict_problems(config, site)  # known only now: a verdict is checked against the shifts
    if stale and config.strict:
        raise BuildFailed(prep.problems + stale)
    prep.problems.extend(p for p in stale if p not in prep.problems)
    return site


_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")


def _outlet_words(outlet: str) -> tuple[str, ...]:
    """An outlet's name as folded words, its bracketed notes left out ("City Radio (audio)")."""
    return tuple(names.fold(_BRACKETED.sub(" ", outlet)).split())


def _without_outlets(analyses: dict[str, Analysis], loaded: Loaded) -> dict[str, Analysis]:
    """The analyses with `no_outlets` applied across the site (the cached analyses stay as they were:
    which names are outlets depends on every article's `outlet:`, not on the article alone)."""
    quotes = [q for an in analyses.values() for q in an.quotes]
    kept = no_outlets(quotes, loaded.data.speakers, loaded.articles)
    if all(a is b for a, b in zip(quotes, kept, strict=True)):
        return analyses
    by_article: dict[str, list[Quote]] = {}
    for q in kept:
        by_article.setdefault(q.article, []).append(q)
    return {aid: replace(an, quotes=tuple(by_article.get(aid, ()))) for aid, an in analyses.items()}


def no_outlets(quotes: list[Quote], speakers: Sequence[Speaker], articles: Sequence[Article]) -> list[Quote]:
    """The quotes with no outlet of the site as their speaker: a name attribution read that is not
    in speakers.yaml and is an article's `outlet:` — the whole name, or its first two words or more
    ("City Radio" of "City Radio FM 90.1") — is a masthead or a paper the story names ("told the
    Daily X"), not a person; it made a speaker page of a newspaper. Such a quote is unknown, and its
    attribution says why, which `dateline review` shows the editor beside the fix. A speaker the
    editor lists in speakers.yaml (a broadcaster that speaks for itself) is theirs to keep."""
    outlets = {w for a in articles if a.outlet for w in (_outlet_words(a.outlet),) if w}
    if not outlets:
        return quotes
    known = {s.id for s in speakers}
    verdict: dict[str, str] = {}  # speaker id → the outlet it names, or ""
    out = []
    for q in quotes:
        if q.speaker == "unknown" or q.speaker in known:
            out.append(q)
            continue
        if q.speaker not in verdict:
            words = tuple(names.fold(q.speaker_name or q.speaker).split())
            verdict[q.speaker] = next((" ".join(o) for o in sorted(outlets) if words == o
                                       or (len(words) >= 2 and o[:len(words)] == words)), "")
        if verdict[q.speaker]:
            name = q.speaker_name or q.speaker
            out.append(replace(q, speaker="unknown", speaker_name="", sieve="",
                               attribution=f"{q.attribution} — but ‘{name}’ is an outlet of this site, not a person"))
        else:
            out.append(q)
    return out


SPEAKERLESS_MIN = 2  # quotes with no speaker an article must hold …
SPEAKERLESS_SHARE = 0.5  # … and this share of its quotes at least, before the build warns


def speakerless(quotes: Sequence[Quote], by_id: Mapping[str, Article]) -> list[Problem]:
    """A warning at the first quote with no speaker of every article where at least two quotes,
    and at least half of its quotes, have none (a transcript's unnamed voices aside: a host's
    questions, a caller's words are nobody's by design, `_nobody_by_design`).

    Attribution that gave up on most of an article is a pattern it does not read (a language's
    own way of attributing, a layout), not a few anonymous sources; one unknown quote among many
    is `dateline review`'s to list. The build passed such a site with 0 warnings while a third
    of its quotes had no speaker; now `build` and `check` name each article at path:line (an
    article of anonymous sources acknowledges it: `acknowledge:`)."""
    per: dict[str, list[Quote]] = {}
    for q in quotes:
        per.setdefault(q.article, []).append(q)
    out = []
    for aid, qs in per.items():
        none = [q for q in qs if q.speaker == "unknown" and not _nobody_by_design(q)]
        if len(none) >= SPEAKERLESS_MIN and len(none) >= SPEAKERLESS_SHARE * len(qs):
            first = min(none, key=lambda q: q.span.start)
            out.append(Problem(by_id[aid].path, first.span.line,
                               f"{len(none)} of the {len(qs)} quotes of this article have no speaker: "
                               f"`dateline review --path {by_id[aid].path}` lists each with the fix that names it",
                               "warning"))
    return sorted(out)


def _nobody_by_design(q: Quote) -> bool:
    """An unknown transcript turn whose label names nobody by design (a generic voice, `CALLER:`; the host's
    label; an unnamed interviewer's `Q:`), as attribution writes it: no attribution gave up on it. An
    interviewee's unknown answer is one it gave up on."""
    if q.kind != "transcript-turn":
        return False  # (before the import: the warnings of a build that analyses nothing never load attribution)
    from dateline.attribution import HOST_LABEL

    return any(mark in q.attribution for mark in ("(generic label)", HOST_LABEL, "Q&A interview: the interviewer"))


def one_id_per_person(quotes: list[Quote], speakers: Sequence[Speaker],
                      by_id: Mapping[str, Article]) -> tuple[list[Quote], list[Problem]]:
    """The quotes with one speaker id per person across the site (`names.one_id_per_person`: a
    surname-only id becomes the one fuller name it is part of, "paranhos" → "dirceu-paranhos"), and a
    warning at the first quote of each surname that several fuller names fit, naming them all: it
    stays an id of its own until an editor says whose it is."""
    known = {s.id for s in speakers}
    people = {q.speaker: q.speaker_name or q.speaker for q in quotes if q.speaker != "unknown" and q.speaker not in known}
    decided = names.one_id_per_person(people, speakers)
    out = [replace(q, speaker=decided.same[q.speaker][0], speaker_name=decided.same[q.speaker][1])
           if q.speaker in decided.same else q for q in quotes]
    problems = []
    for short, fits in decided.open.items():
        first = min((q for q in quotes if q.speaker == short), key=lambda q: (by_id[q.article].path, q.span.line))
        them = " or ".join(f"{name} ({pid})" for pid, name in fits)
        problems.append(Problem(by_id[first.article].path, first.span.line,
                                f"speaker ‘{people[short]}’ may be {them}: its quotes stay apart as {short!r} until "
                                f"you say whose they are (`speaker:` in the article's quotes:, or an alias in "
                                f"speakers.yaml)", "warning"))
    return out, problems


def _link_apart(read: link.Read, ids: list[str], before: str, digest: str | None,
                store: Callable[[link.LinkMemo], None], first: bool,
                store_record: Callable[[link.MergeRecord], None] | None,
                send: Callable[[tuple[str, link.PackedGroups | link.PackedLinks]], None]) -> None:
    """`assemble`'s linking in its own process (`workers.in_process`), from what linking reads of the
    articles and quotes (`link.what_link_reads`), and the memo it made stored. The memo it starts from is
    the last build's without its merge decisions (`link.full_merge_ahead`): only its digest matters.
    `digest`: `link.digest_of` these inputs, if the build process made it before; else `link` makes it
    when it is first needed (the memo's store), and the build process makes it too while it waits (it
    was ~0.15 s at 4000 articles before this process could start).

    Below LINK_STORED_FIRST quotes (not `first`) it `send`s ("statements", the statements and "said
    again" packed, `link.pack_groups`) as soon as they are decided: the build process makes
    their links itself (`link.links_of`), while this process makes them too, packs them (`link.pack`)
    and stores them with the merge decisions. Sending the links packed instead kept the build process
    waiting for their making, packing and unpacking (~0.35 + 0.25 + 0.2 s at 4000 articles) and it made
    them once less. With `first` it stores the memo (its merge decisions as soon as they are made) and
    then sends ("links", the links packed): the links made in the build process would add up
    with this process's memory (10,000 articles)."""
    articles, ordered = link.as_read(read)
    for part in read:  # made into articles and quotes: the tuples go (the caller's call holds `read` to the end)
        part.clear()
    memo = link.LinkMemo(before, store=store, store_record=store_record if first else None)
    sent: list[bool] = []

    def grouped(groups: dict[str, list[str]], again: dict[str, list[str]]) -> None:
        send(("statements", link.pack_groups(groups, again, ids)))
        sent.append(True)
    link.link(articles, ordered, ids, memo, digest, None if first else grouped)
    del articles, ordered
    packed = memo.packed = link.pack(memo.links or Links())
    memo.links = None  # packed: only that is stored and sent
    if first:
        memo.stored_since(before)
        memo.record = None  # on disk now; let go before the links are pickled
    if not sent:
        send(("links", packed))
    if not first:
        memo.stored_since(before)


def _linked(articles: list[Article], ordered: list[Quote], ids: list[str],
            memo: link.LinkMemo | None, digest: str | None = None) -> tuple[Links, link.LinkMemo | None]:
    """`link.link` and the memo it updated, stored (`LinkMemo.store`) when linking changed it: then
    without its merge decisions, which are on disk (and, in a child, never sent back to be held).
    Without the memo's reader of the disk either (not picklable)."""
    before = memo.digest if memo is not None else ""
    links = link.link(articles, ordered, ids, memo, digest)
    if memo is not None:
        memo.stored_since(before)
        if memo.store is not None:  # on disk: not held through the render (the topics, ~130,000 at 10,000 articles)
            memo.record, memo.topics = None, None
        memo.recall = None
    return links, memo


def stale_verdict_problems(config: SiteConfig, site: Site) -> list[Problem]:
    """A verdict in shifts.yaml that matches no current shift is an editor's decision now lost: a warning
    at its line, with the shift it most likely meant (an error with --strict).

    Only for verdicts whose topic and quotes all exist (the two quotes are no longer consecutive
    stanced statements of one speaker: re-dated, re-tagged, re-attributed); an id naming a topic or
    quote that does not exist is already a warning of `refs.unknown_ids`."""
    where = f"{display_path(config.content_path / '_data', config.root)}/shifts.yaml"
    topics = {t.id for t in site.data.topics}
    quotes = {q.id for q in site.quotes}
    out = []
    held = timeline.held_verdicts(site.data.shifts, site.shifts)
    for verdict, meant in timeline.stale_verdicts(site.data.shifts, site.shifts):
        if verdict.topic not in topics or not {verdict.from_id, verdict.to_id} <= quotes:
            continue
        hint = f"; did you mean {meant.id!r}? (`dateline review` shows the fix)" if meant else ""
        same = held.get(verdict.id)
        why = (f"both statements now hold the same stance ({same.to_stance}) on {verdict.topic}, so they are no "
               f"shift: correct a stance (`stance:` in the article's quotes:) or delete the verdict"
               if same is not None else f"its quotes are no longer consecutive stanced statements of one "
               f"speaker on {verdict.topic}")
        out.append(Problem(verdict.path or where, verdict.line,
                           f"shift verdict {verdict.id!r} matches no current shift: {why}{hint}", "warning"))
    return out


def review_of(config: SiteConfig, problems: list[Problem], site: Site,
              analyses: Mapping[str, Analysis] | None = None) -> review.Review:
    """What an editor should check in this corpus (`dateline review`, serve's /_review/); `analyses` (by
    article id) give the phrases the extraction read as terms, for review's dropped-term group."""
    from dateline import review  # here: a build never loads it (nor the attribution it imports)
    problems = list(problems) + [p for p in stale_verdict_problems(config, site) if p not in problems]
    figures = tuple(str(f) for f in getattr(config, "figures", ()) or ())
    rejected = {aid: an.rejected for aid, an in (analyses or {}).items() if an.rejected}
    return review.collect(site.articles, site.quotes, site.data, site.shifts, problems, figures=figures,
                          data_dir=display_path(config.content_path / "_data", config.root), rejected=rejected)


def report(prep: Prepared, site: Site, pages: Collection[str], written: int, started: float) -> BuildReport:
    """What the build did and what an editor may want to look at (unknown speakers, the figures'
    statements on no topic: counted here, listed with path:line by `dateline review`)."""
    out = BuildReport(problems=prep.problems, acknowledged=prep.acknowledged, written=written,
                      articles=len(site.articles),
                      quotes=len(site.quotes), pages=sum(1 for p in pages if p.endswith(".html")))
    known = {s.id for s in site.data.speakers}
    followed = set(site.config.figures) if site.config.figures else None
    corrected = corrected_ids(site.articles, site.quotes)
    for q in site.quotes:
        if q.speaker not in known and not (q.speaker == "unknown" and q.id in corrected):  # (an editor's `unknown`)
            key = q.speaker_name or "unknown"
            out.unknown_speakers[key] = out.unknown_speakers.get(key, 0) + 1
        elif awaiting_topic(q, known, followed, corrected):
            name = q.speaker_name or q.speaker
            out.untagged[name] = out.untagged.get(name, 0) + 1
    for a in site.articles:
        an = prep.analyses[a.id]
        out.per_article.append((a.path, len(an.quotes), sum(q.speaker == "unknown" for q in an.quotes),
                                len(an.rejected)))
    out.seconds = time.perf_counter() - started
    return out
