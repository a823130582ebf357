"""What the site says to machines: data/*.json, data/quotes.csv, TimelineJS, JSON-LD, citations, sitemap, robots.

These are the contract that tooling outside the repository reads (DESIGN.md, "Output"),
so they are built from the same view models as the pages and escaped so that no text
from an article can break out of a `<script>` or a JSON consumer's HTML.
"""

from __future__ import annotations

import io
import json
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import repeat
from typing import IO, Any

from dateline import markdown
from dateline.model import Article, PartialDate, Quote, Site, year_dir
from dateline.ui import ENGLISH, UI
from dateline.views import UNKNOWN, QuoteBasics, QuoteView, Views, clipped

RecordMemo = dict[str, tuple[tuple[Any, ...], bytes]]  # quote id → (inputs, its quotes.json line as UTF-8)
KeepRecord = Callable[[str, tuple[Any, ...], bytes], None]  # (quote id, inputs, line): where this build's go


def escape_json(text: str) -> str:
    """`<`, `>`, `&` as \\u escapes: the same data, but inert if a page ever inlines it."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# `json.dumps(value, **options)` makes an encoder of the options each call; these are made once.
_COMPACT = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
# The data exports' records are trees of dateline's own lists, dicts and strings (never a cycle), so
# their encoder skips the cycle check: each container's id noted and dropped, a third of a record's cost.
_ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), check_circular=False).encode
# The same encoder's C function, made once: `encode` makes it anew each call (with a closure it does not
# use), a tenth of a quote record's encoding. It keeps nothing between calls without the cycle check.
_ONE_LINE_C: Callable[[object, int], list[str]] | None = (
    None if json.encoder.c_make_encoder is None else  # type: ignore[attr-defined]
    json.encoder.c_make_encoder(  # type: ignore[attr-defined]
        None, json.JSONEncoder().default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True))


def json_script(value: object) -> str:
    """JSON safe inside <script>, compact: `<`, `>`, `&` and line separators escaped."""
    text = escape_json(_COMPACT(value))
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _json(value: object) -> str:
    """One JSON value on one line (the C encoder: `indent` would force the slow Python one)."""
    return escape_json("".join(_ONE_LINE_C(value, 0)) if _ONE_LINE_C is not None else _ONE_LINE(value))


# ----------------------------------------------------------------- data/*.json


def quote_record(v: QuoteView, views: Views) -> dict[str, Any]:
    return {**_record_head(v), "statement": v.statement, "related": [qid for _, qid in v.related],
            **_record_tail(v)}


# A quote's record is its head, then the two fields the links give (`statement`, `related`), then its tail:
# head and tail encoded while a link process works (`Ahead`), the line put together once the links come
# (`_joined_line`), byte for byte what the whole record encodes to.
_STATEMENT, _RELATED, _COMMA = b', "statement": ', b', "related": ', b", "


def _record_head(v: QuoteView) -> dict[str, Any]:
    """The fields of a quote's record before `statement`: none of them depends on the links."""
    q = v.q
    return {
        "id": q.id, "text": q.text, "parts": list(q.parts), "speaker": q.speaker,
        "speaker_name": v.speaker_name, "article": q.article,
        "url": v.url, "statement_date": v.iso, "date_label": v.date_label,
        "date_precision": v.date.precision,
        "date_confidence": v.date.confidence, "date_basis": v.date.basis,
        "date_end": v.date.end.iso() if v.date.end else None, "topics": list(q.topics),
        "stance": dict(sorted(q.stance.items())), "partial": q.partial, "translated": q.translated,
        "kind": q.kind, "marks": q.marks,
    }


def _record_tail(v: QuoteView) -> dict[str, Any]:
    """The fields of a quote's record after `related`: none of them depends on the links."""
    q = v.q
    return {"attribution": q.attribution, "line": q.span.line, "outlet": v.article.outlet}


def _halves(v: QuoteView) -> tuple[bytes, bytes]:
    """A record's head without its closing `}` and its tail without its opening `{`, as UTF-8."""
    return _json(_record_head(v)).encode("utf-8")[:-1], _json(_record_tail(v)).encode("utf-8")[1:]


def _joined_line(v: QuoteView, head: bytes, tail: bytes) -> bytes:
    """`_json(quote_record(v, …))` as UTF-8, from the record's `_halves`."""
    return b"".join((head, _STATEMENT, _json(v.statement).encode("utf-8"), _RELATED,
                     _json([qid for _, qid in v.related]).encode("utf-8"), _COMMA, tail))


class Ahead:
    """What data/quotes.json and data/articles.json say of each quote and article as far as the links
    leave it alone, encoded while a cold build's link process works (`pipeline.while_linking`), when this
    process would otherwise wait: a quote's record but for `statement` and `related` (its `_halves`),
    an article's whole line. Encoding is most of the exports' work (~0.5 CPU s of quotes.json's 0.6 at 4000
    articles), and the exports are made last, by this process alone, after every page.

    Kept in an unnamed temporary file, written and read back in order, not in memory: at 10,000 articles
    the lines are ~150 MB, and the build's memory summed over its processes is near its limit while the
    link process works. The quotes' and articles' order is the site's (`assemble` gives it before linking);
    those left when the links come are encoded by the exports, as without this."""

    def __init__(self) -> None:
        self.file: IO[bytes] | None = None
        self.quotes: Sequence[Quote] = ()  # the site's quotes, the first `len(quote_sizes) // 2` of them encoded
        self.quote_sizes = array("I")  # per quote encoded: its head's and its tail's sizes
        self.articles: Sequence[Article] = ()  # the same for the articles' lines
        self.article_sizes = array("I")

    def make(self, basics: QuoteBasics, articles: Sequence[Article], quotes: Sequence[Quote],
             waiting: Callable[[], bool]) -> None:
        """Encode the quotes' halves, then the articles' lines, in order, while `waiting()`. With no room
        for them in the temporary folder, none: the exports encode them all, as without this."""
        self.close()
        try:
            self._make(basics, articles, quotes, waiting)
            if self.file is not None:
                self.file.flush()  # all on disk now, or none used
        except OSError:
            self.close()

    def _make(self, basics: QuoteBasics, articles: Sequence[Article], quotes: Sequence[Quote],
              waiting: Callable[[], bool]) -> None:
        self.file = out = tempfile.TemporaryFile(buffering=1 << 16)  # noqa: SIM115 - held until `close`
        self.quotes, self.articles = quotes, articles
        sizes, view = self.quote_sizes, basics.view
        for q in quotes:
            if not waiting():
                return
            head, tail = _halves(view(q))
            out.write(head)
            out.write(tail)
            sizes.append(len(head))
            sizes.append(len(tail))
        ids: dict[str, list[str]] = {a.id: [] for a in articles}
        for q in quotes:
            ids[q.article].append(q.id)
        for a in articles:
            if not waiting():
                return
            line = _json(article_record(a, ids[a.id])).encode("utf-8")
            out.write(line)
            self.article_sizes.append(len(line))

    def _reader(self, at: int) -> Callable[[int], bytes]:
        """The file's bytes in order from `at` (`make` wrote and flushed them all): `read(size)`."""
        assert self.file is not None
        self.file.seek(at)
        return self.file.read

    def quote_halves(self, quotes: Iterable[Quote]) -> Iterator[tuple[bytes, bytes] | None]:
        """For each of `quotes` (the site's, in order), its record's halves if they were made, else None."""
        sizes, made = self.quote_sizes, self.quotes[:len(self.quote_sizes) // 2]
        read = self._reader(0) if made else None
        for n, q in enumerate(quotes):
            if read is not None and n < len(made) and made[n] is q:
                yield read(sizes[2 * n]), read(sizes[2 * n + 1])
            else:
                read = None  # not in the order they were made in (never, in a build): none is used past here
                yield None

    def article_lines(self, articles: Iterable[Article]) -> Iterator[bytes | None]:
        """For each of `articles` (the site's, in order), its articles.json line if it was made, else None."""
        sizes, made = self.article_sizes, self.articles[:len(self.article_sizes)]
        read = self._reader(sum(self.quote_sizes)) if made else None
        for n, a in enumerate(articles):
            if read is not None and n < len(made) and made[n] is a:
                yield read(sizes[n])
            else:
                read = None
                yield None

    def close(self) -> None:
        """Let go of the file (removed with it)."""
        if self.file is not None:
            self.file.close()
        self.file = None
        self.quotes, self.articles = (), ()
        self.quote_sizes, self.article_sizes = array("I"), array("I")


def article_record(a: Article, quotes: list[str]) -> dict[str, Any]:
    said = a.said
    return {
        "id": a.id, "title": a.title, "url": a.url, "date": a.date.date.iso(),
        "date_confidence": a.date.confidence, "date_basis": a.date.basis,
        "statement_date": said.date.iso(), "statement_date_basis": said.basis,
        "outlet": a.outlet, "source_url": a.source_url, "archive_url": a.archive_url,
        "speakers": list(a.speakers), "topics": list(a.topics), "path": a.path,
        "quotes": quotes,
    }


def quote_token(v: QuoteView) -> object:
    """What identifies a quote's analysed fields in a memo key, cheaply: its article file's digest and
    path and its id (a Quote is a function of those, the `_data` files and the code, which key the memo
    as a whole: `render.render_scope`); the quote itself where the article has no digest (made in code)."""
    a = v.article
    return (a.content_hash, a.path, v.q.id) if a.content_hash else v.q


def data_files(site: Site, views: Views, records: RecordMemo | None = None,
               ahead: Ahead | None = None) -> dict[str, bytes]:
    """`data/*.json`: the contract tooling outside the repo reads (see `each_data_file`)."""
    return dict(each_data_file(site, views, records, ahead))


def each_data_file(site: Site, views: Views, records: RecordMemo | None = None,
                   ahead: Ahead | None = None) -> Iterator[tuple[str, bytes]]:
    """`data/*.json` one file at a time, each as bytes (`data_streams`' parts joined)."""
    for rel, parts in data_streams(site, views, records, ahead=ahead):
        yield rel, joined(parts)


def joined(parts: Iterable[bytes]) -> bytes:
    """The parts as one bytes, held once: written into one buffer that is handed over without a
    copy (`b"".join` of a generator would hold every part and their join)."""
    buf = io.BytesIO()
    for part in parts:
        buf.write(part)
    return buf.getvalue()


def data_streams(site: Site, views: Views, records: RecordMemo | None = None,
                 keep: KeepRecord | None = None, same: Callable[[str], bool] | None = None,
                 ahead: Ahead | None = None) -> Iterator[tuple[str, Iterator[bytes]]]:
    """`data/*.json` one file at a time, each as the parts of its bytes (a JSON list, one item a
    line), made as they are read: a build writes them to disk as they come, so no file is ever
    held whole (quotes.json is ~150 MB at 10,000 articles, the build's largest peak when it was
    held at its end). Each file's parts are to be read before the next file is asked for.

    quotes.json is made of one JSON text per quote, reused from `records` (the last build's,
    updated in place once the last file is read to its end) while the quote's inputs are unchanged:
    serve rebuilds touch a handful of records, not 50,000; so are articles.json's and statements.json's
    lines. `keep`: where this build's records go as they are made (a CLI build writes them to disk),
    rather than into `records`, which is emptied. `same(quote id)`: the caller knows the quote's inputs
    are the last build's (`reach.Reach.same_record`), so its record is taken without comparing them.
    `ahead`: the quotes' and articles' lines as far as they were encoded while the links were made."""
    fresh: RecordMemo = {}
    yield "data/quotes.json", _json_list(_quote_lines(views, records, keep, fresh, same, ahead))
    by_article: dict[str, list[str]] = {a.id: [] for a in site.articles}
    for q in site.quotes:
        by_article[q.article].append(q.id)
    # an article's line and a statement's are reused as the quotes' are, under keys no quote id takes
    made = ahead.article_lines(site.articles) if ahead is not None else repeat(None, len(site.articles))
    yield "data/articles.json", _json_list(
        _line(records, keep, fresh, f"\0a{a.id}", (a.content_hash, a.path, tuple(by_article[a.id])),
              partial(article_record, a, by_article[a.id]), cached=bool(a.content_hash), made=line)
        for a, line in zip(site.articles, made, strict=True))
    yield "data/shifts.json", _json_lines(
        {"id": s.id, "topic": s.topic, "from": s.from_id, "to": s.to_id, "from_stance": s.from_stance,
         "to_stance": s.to_stance, "kind": s.kind, "confirmed": s.confirmed, "status": s.status,
         "note": s.note} for s in site.shifts)
    yield "data/statements.json", _json_list(_statement_lines(site, views, records, keep, fresh))
    yield "data/timeline.json", _timeline_parts(site, views, records, keep, fresh if records is not None else None, same)
    yield "data/quotes.csv", _csv_rows(site, views)
    if records is not None:  # this build's, in place of the last build's (none: `keep` has them)
        records.clear()
        records.update(fresh)


def _line(records: RecordMemo | None, keep: KeepRecord | None, fresh: RecordMemo, key: str, sig: tuple[Any, ...],
          make: Callable[[], object], *, cached: bool = True, made: bytes | None = None) -> bytes:
    """One item's JSON line, from `records` where its inputs (`sig`) are the last build's, kept for the next
    build as `_quote_lines` keeps a quote's (not when `cached` is false: an article made in code). `made`:
    the line, encoded already (`Ahead`)."""
    old = records.get(key) if records is not None and cached else None
    text = (old[1] if old is not None and old[0] == sig else made if made is not None
            else _json(make()).encode("utf-8"))
    if records is not None and cached:
        if keep is None:
            fresh[key] = (sig, text)
        else:
            keep(key, sig, text)
    return text


def _statement_lines(site: Site, views: Views, records: RecordMemo | None, keep: KeepRecord | None,
                     fresh: RecordMemo) -> Iterator[bytes]:
    """Each statement's statements.json line as UTF-8, in the order of their ids (`_line`'s reuse, its
    record made only when its inputs changed: a rebuild after one edit reuses ~3,900 of them at 1000 articles)."""
    said_again, quotes = site.links.said_again, views.quotes
    for st in sorted(site.links.statements.values(), key=lambda s: s.id):
        outlets = [quotes[q].article.outlet for q in st.quotes]
        again = said_again.get(st.id, [])
        yield _line(records, keep, fresh, f"\0s{st.id}", (tuple(st.quotes), tuple(outlets), tuple(again)),
                    partial(_statement_record, st.id, st.quotes, outlets, again))


def _statement_record(sid: str, quotes: list[str], outlets: list[str], again: list[str]) -> dict[str, Any]:
    return {"id": sid, "quotes": quotes, "outlets": outlets, "first_reported_by": outlets[0], "said_again": again}


def _quote_lines(views: Views, records: RecordMemo | None, keep: KeepRecord | None = None,
                 fresh: RecordMemo | None = None, same: Callable[[str], bool] | None = None,
                 ahead: Ahead | None = None) -> Iterator[bytes]:
    """Each quote's quotes.json line as UTF-8, from `records` where its inputs are unchanged,
    handed to `keep` as it is made (held, they are ~200 MB at 10,000 articles, to the end of a
    build) or else put in `fresh` (this build's records: `data_streams` puts them in `records`).
    From its halves where `ahead` made them."""
    ordered = views.ordered()
    halves = ahead.quote_halves(v.q for v in ordered) if ahead is not None else repeat(None, len(ordered))
    if records is None:
        for v, made in zip(ordered, halves, strict=True):
            yield _joined_line(v, *made) if made is not None else _json(quote_record(v, views)).encode("utf-8")
        return
    fresh = {} if fresh is None else fresh
    for v, made in zip(ordered, halves, strict=True):
        old = records.get(v.id)
        if old is not None and same is not None and same(v.id):
            sig, text = old
        else:
            # `v.url` is its article's url and its id (`Article.url` formats a date each time it is asked)
            sig = (quote_token(v), v.speaker_name, v.statement, tuple(v.related), v.url, v.article.outlet)
            # held as UTF-8: a str with one curly quote takes two bytes a character (~2.5 KB a quote)
            text = (old[1] if old is not None and old[0] == sig else _joined_line(v, *made) if made is not None
                    else _json(quote_record(v, views)).encode("utf-8"))
        if keep is None:
            fresh[v.id] = (sig, text)
        else:
            keep(v.id, sig, text)
        yield text


# data/quotes.csv: one row a quote, the columns a newsroom opens in a spreadsheet (quotes.json's, flattened, with
# its article's title, date and source, and a permalink) — ux76: a fact-checking desk with no programmer had only
# the README's pandas recipe
CSV_COLUMNS = ("id", "statement_date", "date_confidence", "speaker", "speaker_name", "text", "topics", "stances",
               "partial", "translated", "kind", "outlet", "article_title", "published", "source_url", "statement",
               "permalink")
_CSV_CHUNK = 500  # rows a part: the writer takes parts, and one a row cost it more than the rows' bytes


def _csv_rows(site: Site, views: Views) -> Iterator[bytes]:
    """data/quotes.csv as parts of UTF-8, in the timeline's order (quotes.json's). The permalink is absolute when
    the site has a base_url (a journalist pastes it), else the path from the site's root, as quotes.json's `url`.
    RFC 4180 (the `csv` module's dialect, written by hand: `csv.writer` took 22 µs a row, a rebuild's cost at
    1000 articles; the ids, dates, flags and slugs need no quoting, only the words and names are checked)."""
    base = site.config.base_url
    rows = [",".join(CSV_COLUMNS)]
    for n, v in enumerate(views.ordered(), 1):
        q, a = v.q, v.article
        rows.append(",".join((
            q.id, v.iso, v.date.confidence, q.speaker, _cell(v.speaker_name), _cell(q.text), ";".join(q.topics),
            ";".join(f"{t}={st}" for t, st in sorted(q.stance.items())), "yes" if q.partial else "",
            "yes" if q.translated else "", q.kind, _cell(a.outlet), _cell(a.title), a.date.date.iso(),
            _cell(a.source_url), v.statement, _cell(base + v.url if base else v.url))))
        if n % _CSV_CHUNK == 0:
            yield ("\r\n".join(rows) + "\r\n").encode("utf-8")
            rows.clear()
    yield ("\r\n".join(rows) + "\r\n").encode("utf-8") if rows else b""


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet reads a cell opening with as a formula


def _cell(text: str) -> str:
    """A CSV field: in double quotes, its own doubled, when it holds a comma, a quote or a line end.

    A field that opens as a formula would (`=HYPERLINK(…)`, `+1…`, `-…`, `@SUM(…)`: words of a quote, a
    title or an outlet a page supplied) is prefixed with an apostrophe and quoted, as OWASP's "CSV
    injection" advice has it: opened in a spreadsheet it is shown, never run (hostile round 82). Only
    the words and names pass here; ids, dates and flags cannot open so."""
    if text.startswith(_FORMULA_START):
        text = "'" + text
        return '"' + text.replace('"', '""') + '"'
    if '"' in text or "," in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _json_lines(items: Iterable[object]) -> Iterator[bytes]:
    """A JSON list of `items`, one a line (readable in a diff), made item by item as UTF-8."""
    return _json_list(_json(item).encode("utf-8") for item in items)


def _json_list(lines: Iterable[bytes]) -> Iterator[bytes]:
    """The parts of a JSON list written one item a line: `[` and the first line, `,` and each next line,
    `]` (`[]` when empty). One part an item, not two: a rebuild hands ~15,000 of them to the writer at 1000
    articles, and each part costs it more than copying a line's bytes once."""
    sep = b"[\n"
    for line in lines:
        yield sep + line
        sep = b",\n"
    yield b"\n]\n" if sep == b",\n" else b"[]\n"


def _tl_date(d: PartialDate) -> dict[str, str]:
    out = {"year": str(d.year)}
    if d.month:
        out["month"] = str(d.month)
    if d.day:
        out["day"] = str(d.day)
    return out


def timeline_js(site: Site, views: Views) -> dict[str, Any]:
    """The timeline in TimelineJS3's JSON format, for embedding elsewhere."""
    return {"title": _timeline_title(site), "events": list(_timeline_events(views)), "eras": _timeline_eras(site)}


def _timeline_parts(site: Site, views: Views, records: RecordMemo | None = None, keep: KeepRecord | None = None,
                    fresh: RecordMemo | None = None, same: Callable[[str], bool] | None = None) -> Iterator[bytes]:
    """`_json(timeline_js(…))` and a line end, byte for byte, made one event at a time: the whole
    dict and its text were held at once (~50 MB at 10,000 articles, the render phases' peak).

    Each event's encoding is kept as a record (`_quote_lines`' reuse), under a key no quote id takes
    (`\\0t` and the id), with what it shows: its quote's token (id, words, date, topics), speaker's name,
    date and first topic's label. It is taken as it is where those are the last build's, or where its quote's
    record is (`same`: an event shows nothing of its quote that the record does not): in a rebuild after one
    edit ~3,900 events at 1000 articles, each a Markdown rendering of the words and a JSON encoding."""
    yield f'{{"title": {_json(_timeline_title(site))}, "events": ['.encode()
    sep = b""
    for v in views.positions():
        if v.statement != v.id:
            continue
        key = f"\0t{v.id}"
        old = records.get(key) if records is not None else None
        if old is not None and same is not None and same(v.id):
            sig, text = old
        else:
            group = v.topics[0][1] if v.topics else "Other"
            sig = (quote_token(v), v.speaker_name, v.iso, v.date_label, group)
            text = old[1] if old is not None and old[0] == sig else _json(_timeline_event(v)).encode("utf-8")
        if keep is not None:
            keep(key, sig, text)
        elif fresh is not None:  # (a memo in memory: the same records as a build keeps on disk)
            fresh[key] = (sig, text)
        yield sep + text
        sep = b", "
    yield f'], "eras": {_json(_timeline_eras(site))}}}\n'.encode()


def _timeline_title(site: Site) -> dict[str, Any]:
    text = site.config.description or UI(site.config.language)("site_description").unescape()
    return {"text": {"headline": site.config.title, "text": text}}


def _timeline_events(views: Views) -> Iterator[dict[str, Any]]:
    for v in views.positions():
        if v.statement == v.id:
            yield _timeline_event(v)


def _timeline_event(v: QuoteView) -> dict[str, Any]:
    """A statement's TimelineJS event: its date, speaker and words, and its first topic as the group."""
    return {
        "unique_id": f"q-{v.id}", "start_date": _tl_date(v.date.date),
        "text": {"headline": f"{v.speaker_name}: {v.date_label}", "text": markdown.inline_text(v.q.text)},
        "group": v.topics[0][1] if v.topics else "Other",
    }


def _timeline_eras(site: Site) -> list[dict[str, Any]]:
    eras = []
    seen = set()
    for t in site.data.topics:
        for e in t.eras:
            if e.id in seen:
                continue
            seen.add(e.id)
            end = e.end or e.start
            eras.append({"start_date": _tl_date(e.start), "end_date": _tl_date(end),
                         "text": {"headline": e.label}})
    return eras


# ----------------------------------------------------------------- on article pages


def citations(a: Article, quotes: Iterable[QuoteView], site_title: str, base_url: str,
              ui: UI = ENGLISH) -> dict[str, str]:
    """"Cite this statement" for each quote of an article's page, by quote id: who, when, the words,
    and the report they were quoted in (the same report for all of them: said once a page), in the
    site's language (`ui`: a French site's citation says "Cité dans", ux49)."""
    report = " " + ui.plain("cite_quoted_in", outlet=a.outlet or site_title, title=a.title, date=ui.date(a.date.date))
    colon = ui.plain("colon") + " "
    out = {}
    for v in quotes:
        words = v.quoted(clipped(v.q.text.replace("\n", " ").strip()))
        plain = f"{v.speaker_name}, {v.date_label}{colon}{words}{report}"
        url = a.source_url or (base_url + v.url if base_url else "")  # else the statement's anchor here
        out[v.id] = plain + f" {url}" if url else plain
    return out


def article_citation(a: Article, site_title: str, base_url: str) -> dict[str, str]:
    """"Cite this article", once a page (the same for every statement in it): an APA-like
    reference and a Wikipedia {{cite news}} snippet (an editor adds `|quote=`)."""
    url = a.source_url or (base_url + a.url if base_url else "")
    outlet = a.outlet or site_title
    pub = a.date.date
    apa = f"{outlet}. ({pub.iso()}). {a.title}." + (f" {url}" if url else "")
    fields = [f"title={a.title}", f"work={outlet}", f"date={pub.iso()}"]
    if url:
        fields.insert(0, f"url={url}")
    wiki = "{{cite news |" + " |".join(f.replace("|", "{{!}}") for f in fields) + "}}"
    return {"apa": apa, "wiki": wiki}


def quotation_jsonld(a: Article, quotes: Sequence[QuoteView], base_url: str) -> dict[str, Any]:
    """schema.org Quotation objects for an article page, in one graph with the NewsArticle they
    are based on: the article is described once and each quotation points at it by `@id`."""
    news: dict[str, Any] = {"@type": "NewsArticle", "@id": f"{base_url + a.url if base_url else ''}#article",
                            "headline": a.title, "datePublished": a.date.date.iso()}
    if a.outlet:
        news["publisher"] = {"@type": "Organization", "name": a.outlet}
    if a.source_url:
        news["url"] = a.source_url
    graph = [news]
    people: dict[str, str] = {}  # name → @id: each speaker described once
    for v in quotes:
        item: dict[str, Any] = {"@type": "Quotation", "text": clipped(v.q.text), "dateCreated": v.date.date.iso(),
                                "isBasedOn": {"@id": news["@id"]}}
        if v.q.speaker != UNKNOWN:  # an unidentified speaker is no creator at all
            pid = people.get(v.speaker_name)
            if pid is None:
                pid = people[v.speaker_name] = f"{news['@id'][:-len('article')]}person-{len(people) + 1}"
                graph.append({"@type": "Person", "@id": pid, "name": v.speaker_name})
            item["creator"] = {"@id": pid}
        if base_url:
            item["url"] = base_url + v.url
        graph.append(item)
    return {"@context": "https://schema.org", "@graph": graph}


# ----------------------------------------------------------------- for crawlers and feed readers


def sitemap_paths(site: Site, views: Views) -> list[str]:
    """Every page a crawler should know, sorted (site-root-relative directories)."""
    paths = ["", "topics/", "speakers/"] + [a.part_url(n) for a in site.articles for n in range(1, len(a.parts) + 2)]
    paths += [f"topics/{t.id}/" for t in site.data.topics]
    paths += sorted({f"speakers/{q.speaker}/" for q in site.quotes if q.speaker != UNKNOWN})
    paths += sorted({year_dir(v.date.date.year) for v in views.quotes.values()})
    return sorted(paths)


def feeds(site: Site) -> dict[str, tuple[str, str | None]]:
    """The Atom feeds, path → (kind "articles" or "quotes", topic id or None)."""
    out: dict[str, tuple[str, str | None]] = {"feed.xml": ("articles", None), "quotes.xml": ("quotes", None)}
    for t in site.data.topics:
        out[f"topics/{t.id}/feed.xml"] = ("quotes", t.id)
    return out


def robots_txt(base_url: str) -> bytes:
    return ("User-agent: *\nAllow: /\n" + (f"Sitemap: {base_url}sitemap.xml\n" if base_url else "")).encode()
