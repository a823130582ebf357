"""Template lookup: project over theme, `default:` to extend, strict undefined with file:line."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path
from typing import Any

import jinja2
import pytest
from conftest import DATA, EXAMPLE, copy_project, seed_config, small_project
from markupsafe import Markup

from dateline import pipeline, render
from dateline.config import load_config
from dateline.errors import BuildFailed
from dateline.views import QuoteBasics


def _project(tmp_path: Path, template: str | None) -> Path:
    project = tmp_path / "project"
    shutil.copytree(EXAMPLE / "content", project / "content")
    (project / "templates").mkdir()
    if template is not None:
        (project / "templates" / "article.html").write_text(template, encoding="utf-8")
    return project


def _build(tmp_path: Path, project: Path) -> Path:
    out = tmp_path / "site"
    cfg = seed_config(EXAMPLE, out, search=False).replace(root=project, content_dir=Path("content"),
                                                        templates_dir=Path("templates"))
    pipeline.build(cfg)
    return out


def test_project_template_overrides_and_extends_default(tmp_path: Path) -> None:
    project = _project(tmp_path, '{% extends "default:article.html" %}\n'
                                 '{% block title %}OVERRIDDEN {{ article.title }}{% endblock %}\n')
    out = _build(tmp_path, project)
    page = next(out.glob("2022/04/17/*/index.html")).read_text(encoding="utf-8")
    assert "<title>OVERRIDDEN Ukraine’s president" in page
    assert 'id="q-' in page, "the shipped body still renders"


def test_template_typo_fails_with_template_file_and_line(tmp_path: Path) -> None:
    project = _project(tmp_path, '{% extends "default:article.html" %}\n{% block title %}\n{{ artcle.title }}\n'
                                 '{% endblock %}\n')
    with pytest.raises(BuildFailed) as info:
        _build(tmp_path, project)
    [problem] = info.value.problems
    assert problem.path.endswith("templates/article.html") and problem.line == 3
    assert "artcle" in problem.message


def test_template_syntax_error_has_line(tmp_path: Path) -> None:
    project = _project(tmp_path, "{% extends 'default:article.html' %}\n\n{% block title %}{% endblok %}\n")
    with pytest.raises(BuildFailed) as info:
        _build(tmp_path, project)
    assert any(p.path.endswith("templates/article.html") and p.line == 3 for p in info.value.problems)


@pytest.mark.parametrize("name", ["card.html", "chips.html", "entry.html"])
def test_fragment_template_errors_have_file_and_line(tmp_path: Path, name: str) -> None:
    """Cards and topic/speaker entries are rendered once per quote, outside any page: a typo in a
    project's copy still fails the build with that file and line, never a half-made listing."""
    project = _project(tmp_path, None)
    (project / "templates" / name).write_text("<p>\n{{ v.nosuch.attr }}\n</p>\n", encoding="utf-8")
    with pytest.raises(BuildFailed) as info:
        _build(tmp_path, project)
    assert any(p.path.endswith(f"templates/{name}") and p.line == 2 for p in info.value.problems), \
        info.value.problems


def test_autoescape_is_on(tmp_path: Path) -> None:
    """A project's own `.html` template file, rendered by a real build, escapes what it prints.

    (`env.from_string` escapes even with autoescape off for `.html` files, so it proves nothing.)"""
    project = copy_project(Path(__file__).parent / "data" / "chronology_project", tmp_path / "project")
    (project / "templates").mkdir()
    (project / "templates" / "article.html").write_text(
        '{% extends "default:article.html" %}\n{% block title %}RAW[{{ article.title }}]{% endblock %}\n',
        encoding="utf-8")
    art = project / "content" / "articles" / "late-interview.md"
    art.write_text(art.read_text(encoding="utf-8").replace(
        'title: "Lind in November: no pension cuts"', 'title: "Lind <em>&</em> the <script>cuts</script>"'),
        encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(project).replace(output_dir=out))
    page = (out / "2024" / "03" / "20" / "late-interview" / "index.html").read_text(encoding="utf-8")
    assert "<title>RAW[Lind &lt;em&gt;&amp;&lt;/em&gt; the &lt;script&gt;cuts&lt;/script&gt;]" in page
    assert "<em>&</em>" not in page and "<script>cuts" not in page


def test_article_page_shows_dates_basis_and_marked_quotes(seed_site: Path) -> None:
    page = next(seed_site.glob("2022/04/17/*/index.html")).read_text(encoding="utf-8")
    assert "Speaking on Friday" in page, "the statement date basis is visible"
    assert '<time datetime="2022-04-15">15 April 2022</time>' in page
    assert page.count('class="quote') >= 3 and 'data-quote-id="' in page
    assert 'rel="next"' in page and "<title>" in page


def test_shipped_templates_stay_short_and_free_of_logic() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((render.THEME / "templates").iterdir())}
    for name, text in texts.items():
        for n, line in enumerate(text.splitlines(), 1):
            assert len(line) <= 160, f"{name}:{n} has {len(line)} characters: wrap it with {{#- #}}"
        assert ".append(" not in text, f"{name} builds a list: compute it in views.py"
    macros = re.findall(r"\{% macro (\w+)", texts["macros.html"])
    imports = " ".join(re.findall(r'\{% from "macros.html" import ([\w, ]+)', " ".join(texts.values())))
    assert macros and all(m in imports.replace(",", " ").split() for m in macros), "a macro nobody imports"


# ----------------------------------------------------------------- small pages at any size (issue 16)

def _build_paginated(tmp_path: Path, budget: int) -> Path:
    """The golden fixture project built with a listing budget so small that pages must split."""
    from conftest import DATA, copy_project

    from dateline import pipeline
    from dateline.config import load_config

    project = copy_project(DATA / "golden_project", tmp_path / "project")
    old = render.PAGE_BUDGET, render.CHART_MARKS, render.LISTING_CHART_MARKS
    render.PAGE_BUDGET = budget
    render.CHART_MARKS = render.LISTING_CHART_MARKS = 1  # charts folded to the year: their links too must land
    try:
        pipeline.build(load_config(project).replace(output_dir=tmp_path / "site", search=False))
    finally:
        render.PAGE_BUDGET, render.CHART_MARKS, render.LISTING_CHART_MARKS = old
    return tmp_path / "site"


def _quote_ids(html: str) -> list[str]:
    return re.findall(r'id="q-([^"]+)" data-quote-id="\1"', html)


def test_every_quote_on_exactly_one_timeline_page_and_pages_chain(tmp_path: Path) -> None:
    from dateline import check

    out = _build_paginated(tmp_path, budget=1).resolve()  # one card a page
    quotes = json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))
    timeline = sorted(p for p in out.glob("[0-9][0-9][0-9][0-9]/**/index.html")
                      if re.fullmatch(r"\d{4}/(page/\d+/)?index.html", p.relative_to(out).as_posix()))
    assert any("/page/" in p.as_posix() for p in timeline), "a one-card budget must paginate the years"
    cards: list[str] = []
    seen: list[str] = []
    for p in timeline:
        html = p.read_text(encoding="utf-8")
        ids = re.findall(r'<article class="quote-card[^"]*" id="q-([^"]+)" data-quote-id="\1"', html)
        assert len(ids) <= 1, f"{p}: one card a page with this budget"
        cards += ids
        seen += _quote_ids(html)
    # each statement on exactly one timeline page, by one card; the other reports of the same
    # words are not cards of their own there (one statement, not two) but are listed on that card,
    # each with its id: every quote's `id="q-…"` is on exactly one timeline page (DESIGN)
    assert sorted(cards) == sorted({q["statement"] for q in quotes}), "each statement on exactly one timeline page"
    assert sorted(seen) == sorted(q["id"] for q in quotes), "each quote's id on exactly one timeline page"
    assert any(q["statement"] != q["id"] for q in quotes), "the fixture must carry a statement in two reports"
    # rel=next from each year's first page walks every page of the year, in order, and back by rel=prev
    for first in sorted(out.glob("[0-9][0-9][0-9][0-9]/index.html")):
        walked, page = [], first
        while True:
            walked.append(page)
            m = re.search(r'<link rel="next" href="([^"]+)">', page.read_text(encoding="utf-8"))
            if not m:
                break
            page = (page.parent / m.group(1) / "index.html").resolve()
        year = first.parent.name
        assert [w.relative_to(out).as_posix() for w in walked[1:]] == \
            [f"{year}/page/{n}/index.html" for n in range(2, len(walked) + 1)]
        assert 'rel="prev"' not in first.read_text(encoding="utf-8")
    # topic pages paginate too, and the whole site still checks clean (links, #anchors, reachability)
    assert list(out.glob("topics/*/page/2/index.html"))
    result = check.verify(out)
    assert result.problems == []


def test_home_page_is_an_overview_without_cards(tmp_path: Path) -> None:
    out = _build_paginated(tmp_path, budget=1)
    home = (out / "index.html").read_text(encoding="utf-8")
    assert _quote_ids(home) == [] and 'class="quote-card' not in home, "the home page repeats no card"
    years = re.findall(r'<li><a href="(\d{4})/">', home)
    assert years and all((out / y / "index.html").exists() for y in years)
    # the latest statements link to the timeline page that holds their card
    for href in re.findall(r'<p class="said"><a href="([^"#]+)#q-([^"]+)"', home):
        assert f'id="q-{href[1]}"' in (out / href[0] / "index.html").read_text(encoding="utf-8")


def test_paginate_fills_pages_in_order_within_the_budget(golden_site: object) -> None:
    from dateline.views import Views

    views = Views(golden_site)  # type: ignore[arg-type]
    items = views.ordered()
    cards = {v.id: b"x" * 10 for v in items}
    pages = render.paginate("t/", items, cards, budget=25)
    assert [p.path for p in pages][:2] == ["t/", "t/page/2/"]
    assert [v for p in pages for v in p.items] == items
    assert all(1 <= len(p.items) <= 2 for p in pages)
    assert render.paginate("t/", [], cards)[0].items == []


def test_topic_page_lists_the_latest_shifts_and_counts_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "SHIFTS_LISTED", 0)
    out = tmp_path / "site"
    pipeline.build(seed_config(DATA / "golden_project", out, search=False))
    page = (out / "topics" / "negotiations" / "index.html").read_text(encoding="utf-8")
    assert 'class="shift-' not in page.split('id="h-shifts"')[-1].split("</section>")[0]
    assert "earlier one" in page and 'href="../../data/shifts.json"' in page


def _listing_cards_and_entries(out: Path) -> tuple[dict[str, list[str]], list[tuple[str, str, str]]]:
    """Where each quote's card is (quote id → listing pages holding it, article pages left out),
    and every one-line entry of the topic and speaker pages: (page, quote id, link)."""
    cards: dict[str, list[str]] = {}
    entries = []
    for p in sorted(out.rglob("*.html")):
        rel = p.relative_to(out).as_posix()
        if re.fullmatch(r"\d{4}/\d\d/\d\d/[^/]+/index.html", rel):
            continue
        html = p.read_text(encoding="utf-8")
        for qid in re.findall(r'<article class="quote-card[^"]*" id="q-([^"]+)" data-quote-id="\1"', html):
            cards.setdefault(qid, []).append(rel)
        for qid, href in re.findall(r'<li class="entry" id="q-[^"]+" data-quote-id="([^"]+)"[^>]*>'
                                    r'<p class="said"><a href="([^"]+)"', html):
            entries.append((rel, qid, href))
    return cards, entries


@pytest.mark.parametrize("budget", [render.PAGE_BUDGET, 1])
def test_topic_and_speaker_pages_list_lines_that_link_to_the_one_card(tmp_path: Path, budget: int) -> None:
    out = _build_paginated(tmp_path, budget)
    quotes = json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))
    cards, entries = _listing_cards_and_entries(out)
    statement_of = {q["id"]: q["statement"] for q in quotes}
    assert sorted(cards) == sorted(set(statement_of.values())), "every statement has a card on a listing page"
    assert all(len(pages) == 1 for pages in cards.values()), "and on one only"
    assert all(re.fullmatch(r"\d{4}/(page/\d+/)?index.html", pages[0]) for pages in cards.values())
    listed = {qid for _, qid, _ in entries}
    assert {q["id"] for q in quotes if q["topics"]} <= listed, "each statement on a topic is a line of its topic page"
    for page, qid, href in entries:
        assert page.startswith(("topics/", "speakers/")), page
        target, anchor = href.split("#")
        holder = (out / page).parent.joinpath(target, "index.html").resolve().relative_to(out.resolve()).as_posix()
        card = statement_of[qid]  # another report of a statement links to the statement's one card
        assert anchor == f"q-{card}" and cards[card] == [holder], f"{page}: the line of {qid} links to {href}"
    assert {qid for _, qid, _ in entries if statement_of[qid] != qid}, "a later report is a line on its pages"


def test_a_speaker_the_timeline_does_not_follow_keeps_the_cards_on_their_page(seed_site: Path) -> None:
    quotes = json.loads((seed_site / "data" / "quotes.json").read_text(encoding="utf-8"))
    figures = set(load_config(EXAMPLE).figures)
    cards, entries = _listing_cards_and_entries(seed_site)
    others = [q for q in quotes if q["speaker"] not in figures and q["speaker"] != "unknown"]
    assert others, "the example quotes people besides its figures"
    for q in others:
        assert cards.get(q["id"]) == [f"speakers/{q['speaker']}/index.html"], q["id"]
    assert not [e for e in entries if e[1] in {q["id"] for q in others}]


@pytest.mark.parametrize("name", ["golden_project", "review_project", "design_project"])
def test_render_to_without_a_memo_makes_what_render_site_makes(name: str, tmp_path: Path) -> None:
    """`render_to` with no memo (no last build to reuse) hands over every file `render_site` makes,
    byte for byte: the listing pages' reuse keys must not be asked of a memo that is not there."""
    from conftest import DATA
    config = seed_config(DATA / name, tmp_path / "site", search=False)
    _, site = pipeline.analysed(config)
    # a sink on disk, as a build's: forked workers hand their pages to it (a dict would stay in the worker)
    out = tmp_path / "streamed"

    def sink(rel: str, data: bytes) -> None:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    names = render.render_to(site, sink)
    streamed = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert site.shifts, "the project must list position shifts on its topic pages"
    assert streamed == render.render_site(site)
    assert sorted(names) == sorted(streamed)


class _Awkward:
    """Values whose printing goes past the inline fast paths of render's code generator."""

    def __init__(self) -> None:
        self.text = 'a "quoted" <b>&'
        self.safe = Markup("<em>kept</em>")
        self.number = 7
        self.flag = True
        self.nothing = None
        self.items = {"key": "<from item>"}

    @property
    def broken(self) -> str:
        raise AttributeError("a property that fails")

    def __getitem__(self, name: str) -> str:
        return f"<item {name}>"

    def __html__(self) -> str:
        return "<awkward/>"


class _Text(str):
    """A str subclass: not the exact `str` the inline escape takes."""


def test_lean_code_generator_prints_what_jinjas_own_prints() -> None:
    """The environment's code generator writes attribute access and escaping inline; every value
    (str, Markup, int, bool, None, str subclass, an object with __html__, a property raising
    AttributeError that falls back to item access, a dict key through a dot, macro and call
    blocks, loops with filters, `{% set %}` blocks, autoescape off) prints the same bytes as with
    Jinja's stock generator, and a missing attribute still fails the strict way."""
    source = (
        "{{ o.text }}|{{ o.safe }}|{{ o.number }}|{{ o.flag }}|{{ o.nothing }}|{{ t }}|{{ o }}|{{ o.broken }}|"
        "{{ o.items.key }}|{{ o.text ~ o.safe }}|{{ o.number + 1 }}|{{ o.text|upper }}|{{ 'lit<' }}|\n"
        "{% macro m(x) %}<{{ x.text }}>{% if caller is defined %}{{ caller() }}{% endif %}{% endmacro %}"
        "{{ m(o) }}{% call m(o) %}{{ o.safe }}{% endcall %}|{% set block %}{{ o.text }}{{ o.safe }}{% endset %}{{ block }}|"
        "{% for c in o.text if c != '&' %}{{ c }}{% endfor %}|"
        "{% autoescape false %}{{ o.text }}{{ o.safe }}{% endautoescape %}\n")
    values = {"o": _Awkward(), "t": _Text("<sub>")}
    lean = render.environment(Path("/nonexistent")).from_string(source)
    stock_env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                                   lstrip_blocks=True, keep_trailing_newline=True)
    stock = stock_env.from_string(source)
    assert "ESCAPE_STR" in render.environment(Path("/nonexistent")).compile(source, raw=True)
    assert lean.render(**values) == stock.render(**values)
    assert "&lt;sub&gt;" in lean.render(**values) and "<em>kept</em>" in lean.render(**values)
    missing = render.environment(Path("/nonexistent")).from_string("{{ o.nope }}")
    with pytest.raises(jinja2.UndefinedError):
        missing.render(o=object())


def _stops() -> str:
    raise StopIteration


@jinja2.pass_context
def _named_in(context: Any, key: str) -> str:
    return f"<{context[key]}>"


def test_lean_code_generator_calls_what_jinja_calls_the_same_way() -> None:
    """Calls in a template: dateline's own functions, methods and callable objects (`plain_call`) are
    called directly, everything else through `Context.call`, and each prints what Jinja's stock
    generator prints: keyword and starred arguments, calls nested in arguments and in loops, a
    function marked pass_context, one raising StopIteration (an undefined value, not an error), a
    macro, and a missing callee failing the strict way."""
    from dateline.ui import UI
    from dateline.views import excerpt

    ui = UI("en")
    assert render.plain_call(ui) and render.plain_call(ui.how) and render.plain_call(excerpt)
    assert not render.plain_call(_stops) and not render.plain_call(_named_in) and not render.plain_call(len)
    source = (
        "{{ ui('n_statements', n=2) }}|{{ ui.how(o.text) }}|{{ cut(o.text * 30, length=12) }}|"
        "{{ cut(*args) }}|{{ ui('and_n_more', **{'n': len(o.text)}) }}|{{ stops() is defined }}|"
        "{{ named('who') }}|{% for c in 'ab' %}{{ cut(c ~ ui.how(c)) }}{% endfor %}|"
        "{% macro m(x) %}[{{ cut(x) }}]{% endmacro %}{{ m(ui('n_statements', n=len(o.text))) }}\n")
    values = {"o": _Awkward(), "ui": ui, "cut": excerpt, "args": ["<many words here>", 5], "stops": _stops,
              "named": _named_in, "who": "<me>", "len": len}
    lean = render.environment(Path("/nonexistent")).from_string(source)
    assert "plain_call(" in render.environment(Path("/nonexistent")).compile(source, raw=True)
    stock = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                               lstrip_blocks=True, keep_trailing_newline=True).from_string(source)
    assert lean.render(**values) == stock.render(**values)
    with pytest.raises(jinja2.UndefinedError):
        render.environment(Path("/nonexistent")).from_string("{{ nothing(1) }}").render()


def test_lean_code_generators_fast_pass_calls_nothing_of_a_project_twice() -> None:
    """Output runs and `if` tests are written twice (plain attributes, then Jinja's way when one is
    missing): a project's function in a run that also reads a dict's key through a dot is called
    once, a Python keyword as an attribute name works, and every run prints what Jinja prints."""
    from dateline.ui import UI

    calls: list[object] = []

    def count(x: object) -> object:
        calls.append(x)
        return x
    source = ("{{ count(1) }}{{ d.key }}|{% if d.key %}{{ d.key ~ count(2) }}{% else %}no{% endif %}|"
              "{% if o.text %}{{ ui.how(o.text) }}{{ o.text }}{{ d.class }}{% endif %}|{{ ui('n_statements', n=d.n) }}\n")
    values = {"count": count, "d": {"key": "<k>", "class": "c", "n": 2}, "o": _Awkward(), "ui": UI("en")}
    env = render.environment(Path("/nonexistent"))  # as card.html: a template written twice
    assert "except AttributeError:" in env.compile(source, name="card.html", raw=True)
    lean = env.template_class.from_code(env, env.compile(source, name="card.html"), env.globals)
    stock = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                               lstrip_blocks=True, keep_trailing_newline=True).from_string(source)
    expected = stock.render(**values)
    assert calls == [1, 2]
    calls.clear()
    assert lean.render(**values) == expected
    assert calls == [1, 2]


def test_a_killed_builds_fragment_folder_is_removed_by_the_next_build(tmp_path: Path) -> None:
    """A build killed before `Spill.close` leaves its folder of fragments; the next build's Spill
    removes the folders whose process is gone and keeps a live process's and anything not ours."""
    import os
    import subprocess
    import sys

    from dateline.render import Spill

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    dead = tmp_path / f"{Spill.PREFIX}{gone}-abc"
    live = tmp_path / f"{Spill.PREFIX}{os.getpid()}-def"
    other = tmp_path / f"{Spill.PREFIX}notapid"
    for folder in (dead, live, other):
        folder.mkdir()
        (folder / "1").write_bytes(b"fragment")
    Spill.prune(str(tmp_path))
    assert not dead.exists()
    assert live.exists() and other.exists()


def test_spilled_fragments_read_back_as_written_with_their_size_known_without_a_read() -> None:
    """A fragment spilled by this process and by a forked one (each its own file, each its
    references as one int) reads back byte for byte; its size is known without reading it."""
    import ast
    import os

    from dateline.render import Fragments, Spill

    spill = Spill()
    try:
        made = {f"q-{i}": ("“" * (i % 7) + "x" * (i * 37 % 1000)).encode() for i in range(200)}
        made["q-empty"] = b""
        made["q-large"] = os.urandom(3_000_000)
        held: dict[str, bytes | int] = {qid: spill.put(data) for qid, data in made.items()}
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # a worker: its own file, its references sent back
            refs = [spill.put(b"from the worker"), spill.put(b"and again")]
            os.write(write, repr(refs).encode())
            os._exit(0)
        os.close(write)
        os.waitpid(pid, 0)
        with os.fdopen(read) as fh:
            from_worker = ast.literal_eval(fh.read())
        held["q-w1"], held["q-w2"] = from_worker
        made["q-w1"], made["q-w2"] = b"from the worker", b"and again"
        fragments = Fragments(spill, held)
        assert {qid: fragments[qid] for qid in fragments} == made
        assert all(fragments.size(qid) == len(data) for qid, data in made.items())
    finally:
        spill.close()


def test_a_statement_card_names_its_first_reports_and_counts_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement re-quoted thousands of times made one card 850 KB (10,000-article bench): the
    card lists its first REPORTS_ON_CARD other reports with their anchors and counts the rest;
    every report's anchor is still on its speaker's page (an entry line with its id)."""
    from dateline import views as views_module

    monkeypatch.setattr(views_module, "REPORTS_ON_CARD", 0)
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    out = tmp_path / "site"
    pipeline.build(load_config(project).replace(output_dir=out, search=False))
    quotes = json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))
    later = [q for q in quotes if q["statement"] != q["id"]]
    assert later, "the fixture must carry a statement in two reports"
    for q in later:
        first = next(f for f in quotes if f["id"] == q["statement"])
        year = (out / first["statement_date"][:4] / "index.html").read_text(encoding="utf-8")
        card = year[year.index(f'id="q-{q["statement"]}"'):]
        card = card[:card.index("</article>")]
        assert f'id="q-{q["id"]}"' not in card and "and 1 more</li>" in card
        speaker = (out / "speakers" / q["speaker"] / "index.html").read_text(encoding="utf-8")
        assert f'id="q-{q["id"]}" data-quote-id="{q["id"]}"' in speaker


def test_the_views_and_the_render_memo_go_when_let_go_without_the_collector(tmp_path: Path) -> None:
    """No reference cycle keeps a build's views (and the site behind them) or its render memo's store:
    they are freed when the build lets go of them, not at the next full collection (at a CLI build's
    exit that collection scanned ~300,000 objects). The memo's `store` is called once and dropped, and
    its `keep_record` dropped once every record is kept."""
    import gc
    import weakref

    from dateline.views import Views

    _, site = pipeline.analysed(seed_config(DATA / "golden_project", tmp_path / "site", search=False))
    stored: list[str] = []
    records: list[str] = []

    class Store:  # stands for the disk cache, whose bound methods `store` and `keep_record` are (it holds the memo)
        def __init__(self) -> None:
            self.memo = render.RenderMemo(store=self.keep, keep_record=self.record)

        def keep(self, scope: str, cards: render.Made, entries: render.Made) -> None:
            stored.append(scope)

        def record(self, qid: str, sig: tuple[object, ...], text: bytes) -> None:
            records.append(qid)

    was = gc.isenabled()
    gc.disable()
    try:
        views = Views(site)
        gone = weakref.ref(views)
        del views
        assert gone() is None, "the views are in a reference cycle"
        cache = Store()
        render.render_site(site, cache.memo)
        assert stored == [cache.memo.scope] and cache.memo.store is None
        quoted = sorted(r for r in records if not r.startswith("\0"))  # (besides articles' and statements' lines)
        assert quoted == sorted(q.id for q in site.quotes), "every quote's record handed over"
        assert cache.memo.keep_record is None
        left = weakref.ref(cache)
        del cache
        assert left() is None, "the memo still holds its store, which holds the memo"
    finally:
        if was:
            gc.enable()


def test_an_article_in_another_language_is_marked_where_its_words_are_shown(tmp_path: Path) -> None:
    """UX-25 (WCAG 3.1.2, language of parts): a French article on an English site was read by screen
    readers with English rules. Its `lang:` marks its page's story and each card and entry of its
    quotes; other articles' words carry no lang of their own."""
    project = _project(tmp_path, None)
    [first, *others] = sorted((project / "content" / "articles").glob("*.md"))
    first.write_text(first.read_text(encoding="utf-8").replace("---\n", "---\nlang: fr-CA\n", 1), encoding="utf-8")
    out = _build(tmp_path, project)
    pages = {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in out.rglob("*.html")}
    [story] = [t for t in pages.values() if '<article class="story" data-pagefind-body lang="fr-CA">' in t]
    assert story.count('lang="fr-CA"') >= 1
    cards = [t for p, t in pages.items() if '<blockquote lang="fr-CA">' in t]
    assert cards, "the timeline's cards of its quotes are marked"
    assert any('<p class="said" lang="fr-CA">' in t for t in pages.values()), "and its entries on topic/speaker pages"
    assert sum(t.count('<article class="story" data-pagefind-body>') for t in pages.values()) == len(others)
    assert all(t.count("<blockquote lang=") <= t.count("<blockquote") for t in pages.values())


def test_a_lang_that_is_no_language_tag_is_an_error_at_its_line(tmp_path: Path) -> None:
    project = _project(tmp_path, None)
    first = sorted((project / "content" / "articles").glob("*.md"))[0]
    first.write_text(first.read_text(encoding="utf-8").replace("---\n", "---\nlang: French language\n", 1),
                     encoding="utf-8")
    with pytest.raises(BuildFailed) as err:
        _build(tmp_path, project)
    assert f"{first.name}:2: lang must be a language tag such as en, fr or pt-BR" in str(err.value)


def test_a_feed_is_never_older_than_its_newest_entry(tmp_path: Path) -> None:
    """UX-25: with the pinned build_time before the newest article, the feed said it was last updated
    before its own entries (feed readers take that as unchanged)."""
    from datetime import date

    out = tmp_path / "site"
    pipeline.build(seed_config(EXAMPLE, out, search=False, build_time=date(2020, 1, 1)))
    for feed in out.rglob("*.xml"):
        text = feed.read_text(encoding="utf-8")
        if "<feed" not in text:
            continue
        [head] = re.findall(r"^  <updated>(\S+)</updated>", text, re.M)
        entries = re.findall(r"^    <updated>(\S+)</updated>", text, re.M)
        assert entries and head == max(entries), feed


def test_a_topic_label_keeps_its_capitals_in_running_text(harbour_built: tuple[object, Path]) -> None:
    """'BR-101 highway' is a road's name and 'Dredging bill' a label as its editor wrote it: the topic
    page's sentence and the search box's example print them so, never lower-cased ('br-101 highway')."""
    _, site = harbour_built
    road = (site / "topics" / "br-101" / "index.html").read_text(encoding="utf-8")
    assert "statement on BR-101 highway, oldest first." in road
    assert "br-101 highway" not in road
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'placeholder="e.g. Dredging bill"' in index


# ------------------------------------------------------------------ a corrected date leaves a redirect (P9)

def _redate(md: Path, old: str, new: str) -> None:
    text = md.read_text(encoding="utf-8")
    assert f"\ndate: {old}\n" in text
    md.write_text(text.replace(f"\ndate: {old}\n", f"\ndate: {new}\n", 1), encoding="utf-8")


def _refresh_target(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    refresh = re.search(r'<meta http-equiv="refresh" content="0; url=([^"]+)">', html)
    assert refresh, html
    assert f'<a href="{refresh.group(1)}">' in html and 'name="robots" content="noindex"' in html
    assert "data-pagefind-body" not in html, "never searched"
    return refresh.group(1)


def test_a_corrected_date_leaves_a_redirect_at_the_old_address(tmp_path: Path) -> None:
    from dateline import check

    project = copy_project(DATA / "other_project", tmp_path / "p")
    cfg = load_config(project).replace(output_dir=tmp_path / "site", base_url="https://example.org/estria/")
    md = project / "content" / "articles" / "holt-rejects-quota-cut.md"
    site = tmp_path / "site"
    first, second, third = (f"2021/04/{d}/holt-rejects-quota-cut/" for d in ("08", "09", "12"))
    pipeline.build(cfg)
    assert (site / first / "index.html").is_file()
    _redate(md, "2021-04-08", "2021-04-09")
    pipeline.build(cfg)
    old = site / first / "index.html"
    assert _refresh_target(old) == "../../../../" + second
    assert f'<link rel="canonical" href="https://example.org/estria/{second}">' in old.read_text(encoding="utf-8")
    for listing in ("sitemap.xml", "feed.xml", "data/articles.json", "data/quotes.json"):
        assert first not in (site / listing).read_text(encoding="utf-8"), listing
    result = check.verify(site)
    assert not result.errors, result.errors
    _redate(md, "2021-04-09", "2021-04-12")  # corrected again: both earlier addresses lead to the page
    pipeline.build(cfg)
    assert _refresh_target(site / first / "index.html") == "../../../../" + third
    assert _refresh_target(site / second / "index.html") == "../../../../" + third
    _redate(md, "2021-04-12", "2021-04-08")  # back where it was: a page again, never a redirect to itself
    pipeline.build(cfg)
    assert "data-pagefind-body" in (site / first / "index.html").read_text(encoding="utf-8")
    assert _refresh_target(site / third / "index.html") == "../../../../" + first
    md.unlink()  # a deleted article's old addresses are gone with it
    pipeline.build(cfg)
    assert not (site / second).exists() and not (site / third).exists()


def test_serve_leaves_a_redirect_where_the_open_page_was(tmp_path: Path) -> None:
    from dateline import incremental

    project = copy_project(DATA / "other_project", tmp_path / "p")
    cfg = load_config(project).replace(output_dir=tmp_path / "site")
    pipeline.build(cfg)  # serve starts from a build
    corpus = incremental.Corpus(cfg)
    corpus.rebuild()
    _redate(project / "content" / "articles" / "holt-accepts-arbitration.md", "2023-06-14", "2023-06-15")
    corpus.rebuild()
    page = tmp_path / "site" / "2023/06/14/holt-accepts-arbitration/index.html"
    assert _refresh_target(page) == "../../../../2023/06/15/holt-accepts-arbitration/"
    assert (tmp_path / "site" / "2023/06/15/holt-accepts-arbitration/index.html").is_file()


def test_the_speakers_list_is_in_surname_order(tmp_path: Path) -> None:
    project = copy_project(DATA / "other_project", tmp_path / "p")
    data = project / "content" / "_data" / "speakers.yaml"
    data.write_text(data.read_text(encoding="utf-8").replace("name: Maren Holt", "name: Dr. Maren Zorn"),
                    encoding="utf-8")
    pages = render.render_site(pipeline.analysed(load_config(project))[1])
    listing = pages["speakers/index.html"].decode("utf-8")
    assert 0 < listing.index("Tomas Berg") < listing.index("Dr. Maren Zorn"), "Berg before Zorn, not under D"


def test_the_speakers_list_files_a_compound_surname_and_a_sort_key_where_the_editor_says(tmp_path: Path) -> None:
    """ux33 P13: "Maren Holt Zorn" is filed under Z (the last word), after Tomas Nyberg; with an alias
    "Holt Zorn" (a double surname) under H, before him; with `sort: Aalto` first of all."""
    project = copy_project(DATA / "other_project", tmp_path / "p")
    data = project / "content" / "_data" / "speakers.yaml"
    base = data.read_text(encoding="utf-8").replace("name: Maren Holt", "name: Maren Holt Zorn").replace(
        "name: Tomas Berg", "name: Tomas Nyberg")

    def order(speakers: str) -> bool:
        """Whether Holt Zorn comes before Nyberg in the speakers index."""
        data.write_text(speakers, encoding="utf-8")
        page = render.render_site(pipeline.analysed(load_config(project))[1])["speakers/index.html"].decode("utf-8")
        return 0 < page.index("Maren Holt Zorn") < page.index("Tomas Nyberg")

    assert not order(base), "the last word: Z, after N"
    assert order(base.replace("aliases: [Holt,", "aliases: [Holt Zorn, Holt,")), "the double surname: H"
    assert order(base.replace("  name: Tomas Nyberg\n", "  name: Tomas Nyberg\n  sort: Zygmunt\n")), "sort: decides"


def _home_section(out: Path, heading: str) -> str:
    home = (out / "index.html").read_text(encoding="utf-8")
    return home.split(f'id="{heading}"')[1].split("</section>")[0]


def test_the_home_page_lists_a_fragment_only_when_nothing_fuller_was_said_that_day(tmp_path: Path) -> None:
    """ux36 #29: "before Christmas", two words of a longer report, stood under "Latest statements".
    A partial of a few words is no statement a reader can read apart from its article: the home
    page shows it only on a day its speaker said nothing fuller (here "within days", the only words of
    1 June), and otherwise the next readable statement takes its place."""
    project = tmp_path / "p"
    (project / "content/articles").mkdir(parents=True)
    (project / "content/_data").mkdir()
    (project / "pyproject.toml").write_text('[tool.dateline]\ntitle = "T"\nbuild_time = "2026-01-01"\n'
                                            'search = false\nfigures = ["vasquez"]\n', encoding="utf-8")
    (project / "content/_data/speakers.yaml").write_text("- id: vasquez\n  name: Elena Vasquez\n"
                                                         "  aliases: [Vasquez]\n", encoding="utf-8")
    (project / "content/_data/topics.yaml").write_text("- id: water\n  label: Water\n  cues: [water, reservoir*, pump*]\n",
                                                       encoding="utf-8")
    articles = {
        "2025-03-02": "\"The reservoir is our first task this year,\" Vasquez said.\n",
        "2025-05-10": "\"The reservoir will be full by June, whatever the weather does,\" Vasquez said.\n\n"
                      "She promised the pumps would be repaired \"before the rains\" and took no questions.\n",
        "2025-06-01": "Vasquez said the water pumps would run again \"within days\" at the latest.\n",
    }
    for day, body in articles.items():
        (project / f"content/articles/valley-{day}.md").write_text(
            f"---\ntitle: Water {day}\ndate: {day}\noutlet: Valley Gazette\n---\n{body}", encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(project).replace(output_dir=out))
    quotes = {q["text"]: q for q in json.loads((out / "data/quotes.json").read_text(encoding="utf-8"))}
    assert quotes["before the rains"]["partial"] and quotes["within days"]["partial"]
    assert all(q["topics"] == ["water"] for q in quotes.values()), quotes
    latest = re.findall(r'<p class="said"><a [^>]*>“([^”]*)”', _home_section(out, "h-latest"))
    assert latest == ["within days", "The reservoir will be full by June, whatever the weather does,",
                      "The reservoir is our first task this year,"], latest


OKAFOR = "- id: okafor\n  name: Ada Okafor\n  aliases: [Okafor]\n"


def test_a_hold_within_one_day_is_no_step_on_the_topic_page(tmp_path: Path) -> None:
    """ux36 #28: two answers of one interview with the same stance were listed as "Held: 19 June 2025 →
    19 June 2025" under "Where the position held or moved": no step a reader can follow. A hold
    across days is listed; one within a day is not (data/shifts.json still has every pair)."""
    root = small_project(tmp_path / "levy", OKAFOR, "- id: water\n  label: Water levy\n  cues: [levy]\n  stances:\n"
                           "    - {id: against, label: Against the levy, rank: 0, cues: [scrap the levy]}\n"
                           "    - {id: for, label: For the levy, rank: 1, cues: [keep the levy]}\n")
    (root / "content" / "articles" / "radio.md").write_text(
        "---\ntitle: Radio hour\ndate: 2025-06-19\noutlet: Valley Radio\n---\nTRANSCRIPT\n\n"
        "HOST: Will you scrap the levy?\n\nOKAFOR: No. We will keep the levy.\n\n"
        "HOST: Even for small farms?\n\nOKAFOR: We keep the levy for everyone, small farms too.\n", encoding="utf-8")
    (root / "content" / "articles" / "later.md").write_text(
        "---\ntitle: Levy stays\ndate: 2025-09-02\noutlet: Valley Gazette\n---\n"
        "\"I said it in June and I say it now: we keep the levy,\" Okafor said on Tuesday.\n", encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(root).replace(output_dir=out))
    page = (out / "topics" / "water" / "index.html").read_text(encoding="utf-8")
    steps = [" ".join(re.sub(r"<[^>]+>", "", s).split()) for s in re.findall(r'<li class="shift-[^"]+">.*?</li>', page, re.S)]
    assert steps == ["Held: 19 June 2025, For the levy → 2 September 2025, For the levy"], steps
    shifts = json.loads((out / "data" / "shifts.json").read_text(encoding="utf-8"))
    assert len([s for s in shifts if s["topic"] == "water"]) == 2, shifts


def test_a_statement_dated_only_by_its_year_passes_check(tmp_path: Path) -> None:
    """ux40 #1: an honest `statement_date: 2024` (a report names the year, no month) built, but the
    year's heading and the "2024, month not known" heading under it had one id (`h-y2024`), so
    `dateline check` — the Pages workflow's step — failed on the year, speaker and topic pages: the
    only way to publish was to invent a month. The undated months have an id of their own, and the
    year page's month index links to it."""
    from dateline import check
    root = small_project(tmp_path / "mine", OKAFOR, "- id: mine\n  label: The mine\n  cues: [mine]\n")
    (root / "content" / "articles" / "release.md").write_text(
        "---\ntitle: Rival's release\ndate: 2026-04-15\noutlet: Campaign\nquotes:\n"
        "  - text: \"The mine is the investment\"\n    statement_date: 2024\n---\n"
        "In a 2024 interview, Okafor said: \"The mine is the investment this valley has waited for.\"\n\n"
        "\"I will not sign off on the mine as it stands,\" Okafor said on Tuesday.\n\n"
        "In 2024 she also said the mine would \"bring back the young\".\n", encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(root).replace(output_dir=out))
    year = (out / "2024" / "index.html").read_text(encoding="utf-8")
    assert 'id="h-y2024"' in year and 'id="h-y2024-undated"' in year and "#h-y2024-undated" in year
    assert [str(p) for p in check.verify(out).problems] == []


def _streamed(site: Any, out: Path, marked: render.MarkedBodies | None = None) -> dict[str, bytes]:
    """Every file `render_to` hands over for `site`, from a sink on disk (as a build's)."""
    def sink(rel: str, data: bytes) -> None:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    render.render_to(site, sink, marked=marked)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", ["golden_project", "review_project", "design_project", "example_project"])
@pytest.mark.parametrize("made", [None, 1])
@pytest.mark.parametrize("keep", [False, True])
def test_article_bodies_rendered_while_linking_make_the_same_pages(name: str, made: int | None, keep: bool,
                                                                   tmp_path: Path) -> None:
    """A cold build renders its article bodies, with the rest of the article pages' link-free parts, while
    the link process works (`MarkedBodies`, from the quotes' link-free views as the site will hold them,
    before there are links); its pages are byte for byte those the render makes alone, also when the links
    come after the first body (`made`: the others are left to their pages), and when the views made then
    are kept for the render's `Views` (`keep`: all of them, or those of the first article's quotes)."""
    config = seed_config(DATA / name, tmp_path / "site", search=False)
    _, site = pipeline.analysed(config)
    if name == "example_project":  # an article in another language than the site's: its quotes' marks
        site.articles[0] = dataclasses.replace(site.articles[0], lang="fr-CA")
    spill = render.Spill()
    try:
        marked = render.MarkedBodies(spill)
        asked = iter(range(10**6))
        basics = QuoteBasics(site.config, site.data, site.articles, site.quotes, site.body, keep=keep)
        marked.make(site.config, basics, site.articles, site.quotes, site.body,
                    lambda: made is None or next(asked) < made)
        assert len(marked.where) == (len(site.articles) if made is None else made)
        assert (marked.basics is basics) is keep and len(basics.kept or ()) == keep * (
            len(site.quotes) if made is None else sum(q.article == site.articles[0].id for q in site.quotes))
        assert marked.get(site.articles[0]) is not None
        assert _streamed(site, tmp_path / "marked", marked) == _streamed(site, tmp_path / "alone")
    finally:
        spill.close()


def test_a_project_article_template_sees_the_same_context_when_made_while_linking(tmp_path: Path) -> None:
    """A project's article.html reads the page's link-free parts as values (the JSON-LD graph as a dict, its
    keys in order, the citations, when the words were said): made in the link wait (`MarkedBodies`) they are
    the values the page makes alone, and `tojson_safe` of the graph the same text."""
    project = _project(tmp_path, '{% extends "default:article.html" %}\n{% block head %}{{ super() }}'
                                 '<!-- {{ jsonld.items()|list }} {{ jsonld|tojson }} {{ jsonld|tojson_safe }}'
                                 ' {{ jsonld["@graph"]|length }} {{ cite.items()|list }} {{ article_cite.items()|list }}'
                                 ' {{ said }} {{ body|length }} -->{% endblock %}\n')
    _, site = pipeline.analysed(load_config(project).replace(output_dir=tmp_path / "site",
                                                             base_url="https://example.org/"))
    spill = render.Spill()
    try:
        marked = render.MarkedBodies(spill)
        marked.make(site.config, QuoteBasics(site.config, site.data, site.articles, site.quotes, site.body),
                    site.articles, site.quotes, site.body, lambda: True)
        pages = _streamed(site, tmp_path / "marked", marked)
        assert pages == _streamed(site, tmp_path / "alone")
        page = next(v for k, v in pages.items() if k.startswith("2022/04/17/")).decode("utf-8")
        assert "<!-- [(&#39;@context&#39;, &#39;https://schema.org&#39;), (&#39;@graph&#39;" in page
        assert "DateInfo(" in page and "https://example.org/2022/04/17/" in page
    finally:
        spill.close()


def test_render_keys_are_equal_exactly_for_equal_values() -> None:
    """`_key` by marshal: equal inputs, whatever their objects' identity, give one key; values that
    differ only in type (a tuple and a list, a str and its `Markup`, 1 and True) give different keys;
    what marshal does not take (a dataclass) still has a key, by its repr."""
    words = "".join(["sai", "d"])
    assert render._key("said", ("said", "said")) == render._key(words, (words, "said"))
    assert render._key(("a",)) != render._key(["a"])
    assert render._key("a") != render._key(Markup("a"))
    assert render._key(1) != render._key(True)
    from dateline.model import PartialDate
    assert render._key(PartialDate(2022, 7)) == render._key(PartialDate(2022, 7)) != render._key(PartialDate(2022, 8))


def test_the_search_example_is_one_the_box_shows_whole() -> None:
    """The default placeholder is "e.g. <first topic's label>" while it fits the box (`PLACEHOLDER_ROOM`), else the
    topic's first plain cue (a pattern such as "toll*" is no example), else the shortest label; never cut (ux44 #16)."""
    from dateline.model import Topic
    from dateline.render import search_placeholder
    from dateline.ui import UI
    pt = UI("pt-BR")
    long = Topic("onibus", "Tarifa de ônibus e financiamento do corredor BRT", cues=("tarif*", "corredor BRT", "ônibus"))
    assert search_placeholder("", [long], pt) == "ex.: corredor BRT"
    assert search_placeholder("", [Topic("agua", "Água"), long], pt) == "ex.: Água"
    assert search_placeholder("", [long, Topic("x", "Saneamento")], pt) == "ex.: corredor BRT"
    assert search_placeholder("", [Topic("t", "Reforma tributária e federalismo fiscal"), Topic("s", "Saúde")], pt) \
        == "ex.: Saúde"
    ja = UI("ja")
    assert search_placeholder("", [Topic("t", "領土問題と停戦交渉の行方について")], ja) == ""  # a wide script counts twice
    assert search_placeholder("Busque: tarifa zero", [long], pt) == "Busque: tarifa zero"  # the project's own, as given
    assert search_placeholder("", [], pt) == ""
    assert search_placeholder("", [Topic("f", "Fish & chips")], UI("en")) == "e.g. Fish &amp; chips"  # escaped once


def test_the_render_gives_back_what_it_set_aside_from_the_collector(tmp_path: Path) -> None:
    """The render sets the site and its views aside from the cyclic collector (`gc.freeze`): in a process
    that had nothing set aside (`serve`'s rebuilds, one after another) it gives them back at its end, so a
    rebuild's garbage cycles are collected and nothing of it stays frozen; a caller's set-aside objects
    (a build's cache reads) stay so for that caller to give back."""
    import gc
    config = seed_config(DATA / "golden_project", tmp_path / "site", search=False)
    _, site = pipeline.analysed(config)
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    render.render_site(site)
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        render.render_site(site)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_pasted_posts_card_is_flagged_a_post_and_a_transcripts_turn_a_transcript(tmp_path: Path) -> None:
    """A post copied from a social network is its account's turn, as a transcript's turn is its label's; but
    its card says "post", not "transcript" (a Lagos desk's usability round: X and Facebook posts' cards read
    "transcript", which sent the reader looking for a broadcast)."""
    root = small_project(tmp_path / "posts", OKAFOR, figures=("okafor",), build_time="2026-12-01")
    (root / "content" / "articles" / "feed.md").write_text(
        "---\ntitle: Her page\ndate: 2026-03-04\noutlet: Facebook\n---\nAda Okafor – Member for Valley North\n"
        "4 March 2026 · 🌎\n\nThe levy stays for one more year and not a day longer.\n\n👍❤️ 1.4K    212 comments\n",
        encoding="utf-8")
    (root / "content" / "articles" / "radio.md").write_text(
        "---\ntitle: Radio hour\ndate: 2026-03-05\noutlet: Valley Radio\n---\nTRANSCRIPT\n\n"
        "HOST: Will the toll road be built?\n\nOKAFOR: The toll road waits until the bridge is paid for.\n",
        encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(root).replace(output_dir=out))
    page = (out / "other" / "index.html").read_text(encoding="utf-8")  # cards of statements on no topic
    cards = re.findall(r'<article class="quote-card.*?</article>', page, re.S)
    flags = {" ".join(re.sub(r"<[^>]+>", "", re.findall(r"<p>(.*?)</p>", c, re.S)[0]).split()[1:3]):
             re.findall(r'<span class="flag">([^<]+)</span>', c) for c in cards}
    assert flags == {"levy stays": ["post"], "toll road": ["transcript"]}, flags
    # a report whose name says it is a transcript is not flagged so again ("… (transcript) transcript")
    radio = root / "content" / "articles" / "radio.md"
    radio.write_text(radio.read_text(encoding="utf-8").replace("outlet: Valley Radio", "outlet: Valley Radio (Transcript)"),
                     encoding="utf-8")
    pipeline.build(load_config(root).replace(output_dir=out))
    page = (out / "other" / "index.html").read_text(encoding="utf-8")
    assert "Valley Radio (Transcript)</a>" in page
    assert re.findall(r'<span class="flag">([^<]+)</span>', page) == ["post"]
    posted = [q for q in json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))
              if q["text"].startswith("The levy stays")]
    assert [(q["speaker"], q["marks"]) for q in posted] == [("okafor", "post")], posted


def test_a_run_on_quotes_excerpt_in_the_lists_has_no_reopening_mark_inside(tmp_path: Path) -> None:
    """A quote over two paragraphs, the second re-opened by its mark (as news copy writes it), is one quote:
    the lists' excerpt of it runs its paragraphs on without that mark (a usability round's home page printed
    “… not a handout. "If the price …”), as its card shows each paragraph between its own marks."""
    root = small_project(tmp_path / "runon", OKAFOR, figures=("okafor",), build_time="2026-12-01")
    (root / "content" / "articles" / "statement.md").write_text(
        "---\ntitle: Relief with conditions\ndate: 2026-08-04\noutlet: Valley Gazette\n---\n"
        "\"This is temporary relief with conditions, not a handout.\n\n"
        "\"If the price recovers, the relief stops,\" Okafor said.\n", encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(root).replace(output_dir=out, base_url="https://example.org/valley/"))
    speaker = (out / "speakers" / "okafor" / "index.html").read_text(encoding="utf-8")
    said = re.findall(r'<p class="said"><a [^>]*>(.*?)</a>', speaker)
    assert said == ["“This is temporary relief with conditions, not a handout. If the price recovers, the relief "
                    "stops,”"], said
    article = next(out.glob("2026/08/04/*/index.html")).read_text(encoding="utf-8")
    assert "handout. If the price" in article and 'handout. "If' not in article and "handout. &#34;If" not in article
    feeds = [p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.xml")) if "<entry>" in p.read_text("utf-8")]
    titles = [t for f in feeds for t in re.findall(r"<title>([^<]*handout[^<]*)</title>", f)]
    assert titles and all("handout. If the price" in t for t in titles), titles


@pytest.mark.parametrize(("figures", "where"), [
    (("okafor",), "1 quote whose speaker is not identified is listed on its article's page, not here."),
    ((), "1 quote whose speaker is not identified is listed on the timeline and their articles, not here."),
])
def test_the_speakers_page_says_where_the_unidentified_quotes_are(tmp_path: Path, figures: tuple[str, ...],
                                                                  where: str) -> None:
    """A site that follows figures shows only theirs on the timeline: its speakers page said the quotes of no
    known speaker were there too (a usability round's reporter looked for a spokesperson's reply in vain)."""
    root = small_project(tmp_path / "who", OKAFOR, figures=figures, build_time="2026-12-01")
    (root / "content" / "articles" / "reply.md").write_text(
        "---\ntitle: Levy reply\ndate: 2026-08-04\noutlet: Valley Gazette\n---\n"
        "\"We will keep the levy for one more year,\" Okafor said on Tuesday.\n\n"
        "\"The minister's office will respond in due course,\" a spokesperson wrote in an email.\n",
        encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(root).replace(output_dir=out))
    page = (out / "speakers" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<p class="note">(.*?)</p>', page) == [where.replace("'", "&#39;")], page
    timeline = (out / "2026" / "index.html").read_text(encoding="utf-8")
    assert ("respond in due course" in timeline) == (not figures)
