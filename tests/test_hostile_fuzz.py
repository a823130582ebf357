"""Property fuzzing of the four places where untrusted text first meets code: the loader, the
date finder, the quote extractor and the HTML importer.

The default suite runs a few examples of each (fast); `make fuzz` runs 10,000 of each
(DATELINE_FUZZ_EXAMPLES). Falsifying examples hypothesis found are pinned below with
`@example`, so they are checked on every run, whatever the example count.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dateline import dates, quotes, webpage
from dateline.errors import Problem
from dateline.load import SourceFile, newlines, parse_article, read_source, split_front_matter
from dateline.model import DateInfo, PartialDate

EXAMPLES = int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Pieces of the shapes that matter (fences, keys, quote marks, dates, markup), mixed with anything.
FRONT = st.sampled_from([
    "---\n", "---", "title: ", "date: ", "statement_date: ", "slug: ", "speakers: ", "topics: [", "]", "quotes:\n",
    "  - add: ", "  - drop: ", "  - id: ", "    speaker: ", "draft: ", "true", "2022-07-07", "2023-02-30", "2022-13",
    "99999", "1" + "0" * 30, "&a [x]", "*a", "!!python/object:os.system", "? ", ": ", "- ", "{", "}", "'", '"',
    "\n", "\t", "  ", "#", "|", ">", "\ufeff", "\r\n", "\r", "\x00", "\x85", "\u2028", "\ufffe", "\u202e", "\u200b",
])
TEXTISH = st.one_of(FRONT, st.text(max_size=12))
BODY = st.sampled_from([
    "\"", "“", "”", "‘", "’", "'", "«", "»", "„", " said ", "Zelensky said", "he added", "told reporters", ", ", ".",
    "\n", "\n\n", "ZELENSKY: ", "Q: ", "On Thursday, July 7", "July 7, 2022", "7 July", "last week", "on Monday",
    "in March 2022", "2022", "May", "may", "[W]e", "…", "<script>alert(1)</script>", "&amp;", "`", "*", "#",
])


def _line_ok(p: Problem) -> bool:
    return bool(p.path) and p.line >= 1 and bool(p.message)


@FUZZ
@given(raw=st.one_of(st.binary(max_size=300),
                     st.lists(TEXTISH, max_size=30).map(lambda xs: "".join(xs).encode("utf-8", "surrogatepass"))))
@example(raw=b"---\ntitle: \"a\x00b\"\n---\n")  # NUL in front matter: line 2, not 0 (issue 17)
@example(raw="---\ntitle: x\x85y\ndate: 2022-01-01\n---\n".encode())  # C1 control: YAML reader error without a mark
@example(raw="---\ntitle: x\ufffey\n---\n".encode())  # a noncharacter YAML refuses
@example(raw=b"---\ndate: 2023-02-30\n---\n")  # PyYAML raises ValueError, not YAMLError
@example(raw=b"---\nsummary: 1" + b"0" * 5000 + b"\n---\n")  # int too long to convert: ValueError
@example(raw=b"---\n" + b"[" * 2000 + b"\n---\n")  # nesting depth
@example(raw=b"---\ntitle: a\ntitle: b\n---\n")  # duplicated key
def test_loader_never_raises_and_every_problem_has_a_line(tmp_path_factory: pytest.TempPathFactory, raw: bytes) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzz-article.md"
    path.write_bytes(raw)
    src = read_source(path, "content/articles/fuzz-article.md")
    if isinstance(src, Problem):
        assert _line_ok(src), src
        return
    assert not any(ch in src.text for ch in "\x00\x07\x1b\x85\ufffe\r"), "control characters reach the pipeline"
    article, problems = parse_article(src)
    assert all(_line_ok(p) for p in problems), problems
    if article is None:
        assert any(p.severity == "error" for p in problems)
    else:
        assert article.slug and "/" not in article.slug and ".." not in article.slug
        assert article.url.count("/") == 4


@FUZZ
@given(block=st.lists(TEXTISH, max_size=40).map("".join))
@example(block="title: a\x85b")
@example(block="{\r\r\rtitle: ")
@example(block="{\u2028\u2028title: ")
def test_front_matter_splitter_reports_lines_inside_the_file(block: str) -> None:
    text = newlines(f"---\n{block}\n---\nbody\n")  # as read_source hands it over
    meta, _body, body_line, problems = split_front_matter(SourceFile("x.md", text, ""))
    for p in problems:
        assert 1 <= p.line <= text.count("\n") + 1, p
    if not problems:
        assert isinstance(meta, dict)
        assert text.split("\n")[body_line - 1:] and body_line >= 3


@FUZZ
@given(text=st.lists(st.one_of(BODY, st.text(max_size=8)), max_size=40).map("".join),
       offset=st.integers(-5, 400))
@example(text="On Thursday, July 7 he said “no”.", offset=25)
@example(text="February 30, 2023", offset=0)
@example(text="on Monday" * 50, offset=10**6)
def test_date_finder_spans_are_exact_and_it_never_raises(text: str, offset: int) -> None:
    phrases = dates.find_date_phrases(text)
    assert [p.start for p in phrases] == sorted(p.start for p in phrases)
    for p in phrases:
        assert text[p.start:p.end] == p.text
    published = DateInfo(PartialDate(2022, 7, 10), "high", "test")
    info = dates.quote_statement_date(text, offset, None, published)
    assert info is not None  # falls back to the publication date at worst
    assert 1 <= info.date.year <= 9999


@FUZZ
@given(body=st.lists(st.one_of(BODY, st.text(max_size=8)), max_size=60).map("".join))
@example(body="\"a\n\n\"b\" he said.")
@example(body="“" * 40 + "”" * 3)
@example(body="ZELENSKY: We will\n\nQ: why?\n\nZELENSKY: because")
def test_quote_extractor_spans_are_verbatim(body: str) -> None:
    found = quotes.extract(body)
    for q in found.quotes:
        assert 0 <= q.start <= q.end <= len(body)
        assert body[q.start:q.end] == q.text, (q.start, q.end, q.text)
        assert q.text.strip()
    assert [q.start for q in found.quotes] == sorted(q.start for q in found.quotes)


HTML = st.sampled_from([
    "<html>", "</html>", "<head>", "<title>", "</title>", "<body>", "<article>", "</article>", "<main>", "<p>", "</p>",
    "<h1>", "</h1>", "<script>alert(1)</script>", "<script type=\"application/ld+json\">", "</script>", "<style>",
    '<meta property="article:published_time" content="', '<meta name="date" content="', '">', '"datePublished": "',
    "2022-07-07T23:30:00-04:00", "2023-02-30", "<time datetime=\"", "<!--", "-->", "<![CDATA[", "]]>", "&amp;",
    "&#0;", "&#x202e;", "<li>", "<blockquote>", "“", "”", "\"", " said ", "Zelensky", "\x00", "<svg onload=alert(1)>",
])


@FUZZ
@given(html=st.lists(st.one_of(HTML, st.text(max_size=10)), max_size=60).map("".join))
@example(html='<meta property="article:published_time" content="2023-02-30T00:00:00Z">')
@example(html="<script type=\"application/ld+json\">{\"datePublished\": \"9999-12-31T99:99\"}</script>")
@example(html="<p>&#0;</p>")
@example(html="<svg onload=alert(1)><html>")  # found by `make fuzz`: htmldate/lxml AssertionError inside trafilatura
def test_html_importer_never_raises(html: str) -> None:
    page = webpage.read_page(html)
    assert isinstance(page.title, str) and all(isinstance(p, str) and p for p in page.paragraphs)
    for info in (page.date, webpage.markup_date(html)):
        if info is not None:
            assert 1 <= info.date.year <= 9999
    quotes.extract("\n\n".join(page.paragraphs))  # what the importer hands on is extractable


def test_fuzz_runs_at_least_a_few_examples() -> None:
    assert EXAMPLES >= 10


def test_the_loader_pins_are_real_problems(tmp_path: Path) -> None:
    """The pinned loader examples each give a problem at a real line (not just 'no crash')."""
    cases = {b"---\ntitle: \"a\x00b\"\n---\n": 2, b"---\ndate: 2023-02-30\n---\n": 2,
             b"---\ntitle: a\ntitle: b\n---\n": 3, b"---\nsummary: 1" + b"0" * 5000 + b"\n---\n": 2}
    for raw, line in cases.items():
        path = tmp_path / "a.md"
        path.write_bytes(raw)
        src = read_source(path, "a.md")
        problems = [src] if isinstance(src, Problem) else parse_article(src)[1]
        assert [p.line for p in problems if p.severity == "error"][:1] == [line], (raw[:40], problems)
