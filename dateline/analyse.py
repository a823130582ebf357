"""The per-article steps: quotes → attribution → dates of the quotes → topics, then the
article's own front-matter corrections and the verbatim gate.

Each article's analysis depends only on that article and the `_data` files, so it runs
in forked workers for large corpora and is cached by content hash: on disk between
builds, in memory between `serve` rebuilds (a code change invalidates both).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dateline import code_key, link, patterns
from dateline.errors import BuildFailed, Problem, closest, did_you_mean
from dateline.lexicon import quote_language
from dateline.load import Loaded
from dateline.model import TYPEWRITER_MARKS, Article, Data, DateInfo, Quote, QuoteCorrection, Span, name_of_id
from dateline.workers import in_workers

if TYPE_CHECKING:
    from dateline.quotes import Paragraph, RawQuote


@dataclass(frozen=True, slots=True)
class Analysis:
    """One article's quotes and the problems found while reading them."""

    quotes: tuple[Quote, ...]
    problems: tuple[Problem, ...]
    # (text, reason, offset in the body) of quote marks that were not speech: review lists those beside a
    # figure's name, so a figure's word read as a term is never dropped without the editor seeing it
    rejected: tuple[tuple[str, str, int], ...] = ()
    # the article's title, when an attribution read it (a Q&A interview's guest named only there): `analysed_digest`
    # leaves titles out, so a cached analysis that read one is taken only while the title is the same
    title: str | None = None


def _line_of_offset(article: Article, offset: int) -> int:
    return article.body_line + article.body.count("\n", 0, offset)


# the characters an editor types for a typographer's marks: a difference in these alone is no other text
_PLAIN_MARKS = str.maketrans({**TYPEWRITER_MARKS, "–": "-", "—": "-", "\u00a0": " "})


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of white space one space and typographer's marks plain, and for each of its
    characters the offset it came from in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text.translate(_PLAIN_MARKS)):
        if c.isspace():
            if out and out[-1] == " ":
                continue
            c = " "
        out.append(c)
        where.append(i)
    return "".join(out), where


def _nearest_text(article: Article, text: str) -> str:
    """Why an `add:` text is not in the body, when it nearly is: the same words broken across lines (a
    hard-wrapped record, a paragraph break) or written with other marks (’ for ', “ for "), with the
    article's own words to paste; else where the longest run of its opening words stops matching.
    "" when not even its first words are there."""
    body, where = _folded(article.body)
    want = _folded(text.strip())[0]
    at = body.find(want)
    if at >= 0:
        start, end = where[at], where[at + len(want) - 1] + 1
        first, last = _line_of_offset(article, start), _line_of_offset(article, end)
        own = article.body[start:end]
        if "\n" in own:
            return (f"; the words are there, but the article breaks them across lines {first}–{last} where you wrote "
                    "a space: join those lines into one in the article (a hard-wrapped source, re-imported with "
                    "--force, is joined by the import), then add: them")
        return (f"; the words are there at line {first}, with other marks or spacing than yours: {own[:80]!r} "
                "(paste the article's own)")
    lo, hi = 0, len(want)
    while lo < hi:  # the longest opening of the text that is in the body
        mid = (lo + hi + 1) // 2
        if body.find(want[:mid]) >= 0:
            hi, lo = hi, mid
        else:
            hi = mid - 1
    lo = want.rfind(" ", 0, lo) + 1  # whole words: back to the word the two part at
    if lo < min(20, len(want)):
        return ""
    at = body.find(want[:lo])
    stop = at + lo
    return (f"; its first words are at line {_line_of_offset(article, where[at])}, then the article reads "
            f"{body[stop:stop + 30].strip()!r} where you wrote {want[lo:lo + 30].strip()!r}")


NO_STATEMENT = "no statement found in this article"
# a video's automatic captions: a time code opening each line ("0:36", "1:02:05"; alone on it as the page shows
# them, or before the words of a voice as the import joins them) and ">>" where the voice changes
_CAPTION_CLOCK = re.compile(r"(?m)^[ \t]*\d{1,2}(?::\d{2}){1,2}(?:[ \t]|$)")
_CAPTION_TURN = re.compile(r"(?m)^[ \t]*(?:\d{1,2}(?::\d{2}){1,2}[ \t]+)?>>")


def no_statement(article: Article, rejected: Sequence[str] = ()) -> Problem:
    """The warning for an article of which nothing is a statement, at its first line: a site of statements
    should not hold a page of none without the editor knowing (a video's captions, whose voices no label
    names, gave no quote and no word of it), with how to add one by hand or say it is so. `rejected`: the
    texts in quotation marks read as terms, titles or slogans — said as such, never as "nothing in
    quotation marks" (ux41 #15: a letter with three quoted phrases was told it had none)."""
    body = article.body
    marked = "nothing in quotation marks"
    if rejected:
        shown = "; ".join(f"‘{t[:40]}’" for t in rejected[:3]) + ("; …" if len(rejected) > 3 else "")
        marked = (f"{len(rejected)} phrase(s) in quotation marks read as terms, titles or slogans, not speech "
                  f"({shown})")
    shape = ""
    if len(_CAPTION_CLOCK.findall(body)) >= 3:
        shape = (" — it reads as a video's automatic captions (a time code on each line"
                 + (", '>>' where the voice changes" if _CAPTION_TURN.search(body) else "")
                 + "), which name no speaker")
    return Problem(article.path, article.body_line,
                   f"{NO_STATEMENT}: {marked}, no transcript's `NAME:` turn, no post{shape}; "
                   "add each statement by hand (front matter `quotes:` - add: \"the words as written\", with "
                   "speaker: and statement_date:), or acknowledge this warning if the article has none", "warning")


WRITER_TEXT = "the byline's writer is a speaker of speakers.yaml"


def writer_text(path: str, line: int, writer: str, name: str) -> Problem:
    """The warning for an article written by a speaker (`writer:`, the import's reading of its byline): its text is
    in no quotation marks, so none of it is read as their statement — said at import, at every build and by review
    (ux63 #9: an op-ed's plainest statement was absent, the warning only in an old import log), until the editor adds
    the passages they mean or acknowledges it."""
    return Problem(path, line, f"{WRITER_TEXT} ({name}, writer: {writer}): the text they wrote (an op-ed, a column, a "
                               "letter) is in no quotation marks, so none of it is read as their statement; to record "
                               "what they state in it, add each passage in the article's front matter (quotes: - add: "
                               f"\"the words as written\", speaker: {writer}), the date being the article's — or "
                               "acknowledge this warning if nothing in it is a statement", "warning")


def analyse(article: Article, data: Data) -> Analysis:
    """Extract, attribute, date and tag the quotes of one article; apply its corrections."""
    from dateline import attribution, quotes, topics  # here: a rebuild that analyses nothing never loads them
    from dateline.markdown import unprinted_blanked
    body = unprinted_blanked(article.body)  # (a comment's or a link title's words are no statement: blanked in place)
    ext = quotes.extract(body)
    attrs = attribution.attribute(body, ext, data.speakers, article.speakers, writer=article.writer,
                                  title=article.title)
    problems = [Problem(article.path, article.body_line + line - 1, msg, "warning") for line, msg in ext.warnings]
    listed = next((s.name for s in data.speakers if s.id == article.writer), None) if article.writer else None
    # a writer speakers.yaml does not list is `refs.unknown_ids`' warning alone ("writer: unknown speaker"): this
    # one said the opposite at the same line (hostile round 71, c05), and is said once the id is right
    if listed is not None and not any(fix.kind == "add" and fix.speaker == article.writer
                                      for fix in article.quote_overrides):
        line = next((at for key, _value, at in article.id_lines if key == "writer"), 1)
        problems.append(writer_text(article.path, line, article.writer, listed))
    seen: dict[str, int] = {}
    out: list[Quote] = []
    paras = ext.paragraphs
    # one object per distinct date of the article's quotes (most say "on Friday" alike): ~13,000
    # quotes at 1000 articles carry ~2,000 distinct dates, each pickled and read back per object
    dates: dict[DateInfo, DateInfo] = {}
    texts: list[str] = []  # the paragraphs' texts, made once a quote needs them
    several: tuple[str, ...] | None = None  # `dates.other_occasions`, worked out once a quote needs it
    other_day: list[str | None] = []  # `dates.occasion_weekday_named` of the lead, worked out once a quote needs it
    named: dict[tuple[str, str], tuple[str, ...]] = {}  # `_names` of each speaker (a search of the speakers' table)
    usual = _usual_marks(ext.quotes)
    # a speaker of speakers.yaml is shown by the file's name, however the text labels them (a transcript's `DOE:`
    # turns under "Doe" beside "Jane Doe" read as two people on the chart and the timeline: usability round 83)
    names_listed = {s.id: s.name for s in data.speakers}
    chats: dict[int, DateInfo] | None = None  # `_chat_stamps`, worked out once a chat message asks
    headings: list[tuple[int, DateInfo]] | None = None  # `_day_headings`, worked out once a quote asks
    # the text whose dates date words: a dialogue dash's quote blanked ("— The quota will be revised in March — said
    # the secretary"), as quotation marks fence off the words of every other quote (`_dashes_blanked`)
    read = _dashes_blanked(body, ext.quotes)
    cut: set[int] = set()  # the paragraphs read around each quote only (`_near`): said once each
    for raw, who in zip(ext.quotes, attrs, strict=True):
        para = _near(paras[raw.paragraph], raw)
        if para is not paras[raw.paragraph] and raw.paragraph not in cut:
            cut.add(raw.paragraph)
            whole = paras[raw.paragraph]
            problems.append(Problem(article.path, article.body_line + whole.line - 1, f"a paragraph of "
                                    f"{whole.end - whole.start:,} characters: the dates of its quotes are read within "
                                    f"{PARAGRAPH_REACH:,} characters of each (split it where it changes subject)",
                                    "warning"))
        ptext = body[para.start:para.end]
        dtext = read[para.start:para.end]
        stmt = _quote_date(_turn_masked(ptext, raw.start - para.start, raw.end - para.start)
                           if raw.kind == "transcript-turn" else dtext, raw.start - para.start, article)
        if raw.kind == "transcript-turn":
            stmt = _stamped(body, raw.end, article) or stmt
            if body[para.start:para.start + 1] in _CHAT_OPENINGS:  # a chat export's message: its stamp dates it
                if chats is None:
                    chats = _chat_stamps(body, paras, article)
                stmt = chats.get(para.start, stmt)
        elif not stmt.basis.startswith(_OWN_SENTENCE):
            stmt = _counted_back(dtext, raw.start - para.start, stmt, article)
        if stmt.basis.startswith((_INHERITED, _FROM_PUBLICATION)):  # a date heading its paragraph comes first
            stmt = _headed(dtext, raw.start - para.start, article) or stmt
        if stmt.basis.startswith((_INHERITED, _FROM_PUBLICATION)):  # … then a day heading above it
            if headings is None:
                headings = _day_headings(read, paras, article)
            stmt = next((day for at, day in reversed(headings) if at < raw.paragraph), stmt)
        if stmt.basis.startswith(_INHERITED) and article.statement_date is not None and who.speaker != "unknown":
            texts = texts or [read[p.start:p.end] for p in paras]
            if (who.speaker, who.name) not in named:
                named[who.speaker, who.name] = _names(who.speaker, who.name, data)
            stmt = _own_occasion(texts, raw.paragraph, named[who.speaker, who.name], article)
        if article.statement_date is not None and (stmt is article.statement_date or stmt.basis.startswith(_INHERITED)):
            stmt = _recalled(dtext, raw.start - para.start, stmt)
        if article.statement_date is not None and (stmt is article.statement_date or stmt.basis.startswith(_INHERITED)):
            texts = texts or [read[p.start:p.end] for p in paras]
            if several is None:
                several = _other_occasions(texts, article)
            if several:
                stmt = _of_several(dtext, raw.start - para.start, stmt, several, article)
        if article.statement_date is None and stmt.confidence != "low" and stmt.basis.startswith(_FROM_PUBLICATION):
            texts = texts or [read[p.start:p.end] for p in paras]
            if not other_day:  # the lead's, one answer for every quote of the article
                other_day.append(_lead_other_day(texts, article))
            stmt = _other_day_named(other_day[0], stmt)
        stmt = dates.setdefault(stmt, stmt)
        # (a turn's context is its own paragraph: the positions it reports of another are no stance of its speaker's)
        context = topics.unreported(ptext) if raw.kind == "transcript-turn" \
            else _around(ptext, para.start, raw, ext.quotes) if raw.partial else ""
        tags, stance = topics.tag(raw.text, context, data.topics, raw.partial)
        if raw.kind == "transcript-turn":
            if topics.pleasantry(raw.text):  # "Governor Doe, thank you.": on no topic at all
                tags, stance = (), {}
            # the presenter's, the Q side of an interview (a dash dialogue's too), a host's label: no position
            elif raw.asker or raw.turn_name == "Q" or topics.asker_label(body[para.start:raw.start]):
                stance = {}
            elif topics.only_questions(raw.text):
                # a committee member questioning a witness ("Ms. Doe, were you consulted?"): no position of
                # theirs, so on no topic, never on their position timeline (the asker's keep the topic they set)
                tags, stance = (), {}
        # the words as shown: « Q » without the spaces inside its marks, a run-on paragraph without its
        # re-opening mark (the id is the words', the same either way)
        start, end = quotes.shown_span(body, raw.start, raw.end)
        parts = tuple(body[a:b] for a, b in (quotes.shown_span(body, s, e, reopened=k > 0)
                                             for k, (s, e) in enumerate(raw.parts)))
        q = Quote(
            # (cut from the extraction's own text, so the verbatim gate below still sees what it gave)
            id=link.quote_id(article.slug, raw.text, seen), article=article.id,
            text=raw.text[start - raw.start:len(raw.text) - (raw.end - end)],
            span=Span(start, end, _line_of_offset(article, start)), marks=raw.marks,
            parts=parts, kind=raw.kind,
            partial=raw.partial, speaker=who.speaker, speaker_name=names_listed.get(who.speaker, who.name),
            attribution=who.how, sieve=who.sieve,
            translated=who.translated, topics=tags, stance=stance, statement_date=stmt,
            paragraph=raw.paragraph, repaired=raw.repaired,
            lang=quote_language(raw.text) if raw.marks != usual else "",
        )
        out.append(q)
    rejected = tuple((r.text.strip(), why, r.start + len(r.text) - len(r.text.lstrip())) for r, why in ext.rejected)
    out = _apply_overrides(article, out, seen, data, problems, {text for text, _why, _at in rejected})
    if not out and body.strip():
        problems.append(no_statement(article, [r.text for r, _why in ext.rejected]))
    for q in out:
        if body[q.span.start:q.span.end] != q.text:
            problems.append(Problem(article.path, q.span.line, f"quote is not verbatim in the body: {q.text[:60]!r}"))
    read_title = any(a.how.endswith(attribution.TITLE_GUEST) for a in attrs)
    return Analysis(tuple(out), tuple(problems), rejected, article.title if read_title else None)


def _usual_marks(found: Sequence[RawQuote]) -> str:
    """The marks most of an article's quotes are in (the first of as many): a quote in other marks (a
    bilingual statement's « » under its English "…") is the one whose own language is worth telling
    (`lexicon.quote_language`, ~15 µs a quote: told for every quote it was 0.15 ms of an article's analysis)."""
    counts: dict[str, int] = {}
    for raw in found:
        counts[raw.marks] = counts.get(raw.marks, 0) + 1
    return max(counts, key=lambda m: counts[m]) if counts else ""


def _quote_date(paragraph: str, offset: int, article: Article) -> DateInfo:
    from dateline import dates
    stmt = dates.quote_statement_date(paragraph, offset, article.statement_date, article.date)
    return stmt if stmt is not None else article.said


LONG_PARAGRAPH = 30_000  # characters: a paragraph longer is read around each quote only (prose's run to ~3,000)
PARAGRAPH_REACH = 2_000  # … this far on either side of the quote


def _near(para: Paragraph, raw: RawQuote) -> Paragraph:
    """The quote's paragraph as its date and context are read: all of it, or, in a paragraph longer than
    LONG_PARAGRAPH, PARAGRAPH_REACH characters on either side of the quote. Each quote's date was read
    from its whole paragraph (sliced, gated and scanned per quote), so 20,000 quotes in one paragraph
    took hours (hostile round 64, p08)."""
    if para.end - para.start <= LONG_PARAGRAPH:
        return para
    return replace(para, start=max(para.start, raw.start - PARAGRAPH_REACH), end=min(para.end, raw.end + PARAGRAPH_REACH))


def _stamped(body: str, end: int, article: Article) -> DateInfo | None:
    """A pasted post's own time stamp under its words (`dates.stamp_under`), else None."""
    from dateline import dates
    return dates.stamp_under(body, end, article.date)


# what a chat export's message stamp opens with (`quotes.CHAT_STAMP`)
_CHAT_OPENINGS = frozenset("[0123456789")


def _chat_stamps(body: str, paras: Sequence[Paragraph], article: Article) -> dict[int, DateInfo]:
    """`dates.chat_stamps` of every paragraph of the article: the day each chat message was written."""
    from dateline import dates
    return dates.chat_stamps(body, [p.start for p in paras if body[p.start:p.start + 1] in _CHAT_OPENINGS], article.date)


def _day_headings(body: str, paras: Sequence[Paragraph], article: Article) -> list[tuple[int, DateInfo]]:
    """(paragraph index, day) of each paragraph that is only a day (`dates.day_heading`: a live page's
    "**Thursday 6 April**"), in order: a quote no date of its own dates is of the last one above it."""
    from dateline import dates
    return [(i, day) for i, p in enumerate(paras) if p.end - p.start <= dates.DAY_HEADING_MAX
            and (day := dates.day_heading(body[p.start:p.end], article.date)) is not None]


def _headed(paragraph: str, offset: int, article: Article) -> DateInfo | None:
    """The date heading a quote's paragraph ("March 2024: “…”", `dates.scene_date`), for a quote that would take
    the publication date: an explainer's or a timeline's entry is of that date, never of the day it was published."""
    from dateline import dates
    return dates.scene_date(paragraph, offset, article.date, heading=True)


def _counted_back(paragraph: str, offset: int, stmt: DateInfo, article: Article) -> DateInfo:
    """A quote its own sentence dates by counting back ("Two years ago she told …", `dates.span_ago`) or by
    pointing back ("…,” she said then.", `dates.said_then`), or, in a story in another language, by a weekday
    (`dates.weekday_in_sentence`), else ``stmt``."""
    from dateline import dates
    abroad = article.lang != "" and not article.lang.startswith("en")  # (a weekday's names in other languages)
    return (dates.span_ago(paragraph, offset, article.date, abroad=abroad)
            or (dates.weekday_in_sentence(paragraph, offset, article.date) if abroad else None)
            or dates.said_then(paragraph, offset, stmt, article.date)
            # (a re-quote after its saying, in a story of no statement date: only said by then; with one, "a year
            # after she told …" is counted back from it, `_recalled`)
            or (dates.said_before(paragraph, offset, stmt) if stmt.basis.startswith(_FROM_PUBLICATION) else None)
            or stmt)


_OWN_SENTENCE = "from the quote’s sentence"
_INHERITED = "inherits the article’s statement date"
_FROM_PUBLICATION = "inherits the publication date"


def _lead_other_day(texts: Sequence[str], article: Article) -> str | None:
    """`dates.occasion_weekday_named` of the article's lead: one answer for all its quotes (asked per
    quote, it was a fifth of the analysis of a 1000-article corpus)."""
    from dateline import dates
    return dates.occasion_weekday_named(texts, article.date)


def _other_day_named(day: str | None, inherited: DateInfo) -> DateInfo:
    """A quote inheriting the publication date in a story whose lead names another, earlier day for its
    occasion (`day`, `dates.occasion_weekday_named`): the date kept, at low, so review lists it (ux40 #7)."""
    if day is None:
        return inherited
    return DateInfo(inherited.date, "low", f"{inherited.basis} (the text names ‘{day}’ for its occasion: the words "
                                           "may be of that day)", inherited.end)


def _around(paragraph: str, at: int, raw: RawQuote, found: Sequence[RawQuote]) -> str:
    """The writer's words around a fragment, for its topics and stance: its sentence in its paragraph (starting at
    ``at`` in the body) with every other quote of it blanked — the next quote's "I will vote for it" is that quote's
    stance, never the fragment's "not support a compact …" before it (ux40 #4); nor is the writer's next sentence
    about another plan ("she would not trade schools "for a campaign slogan." … the new plan has revenue triggers":
    no backing of the new plan in 2022, usability round 83)."""
    out = paragraph
    for q in found:
        if q is raw or q.kind == "transcript-turn" or q.end <= at or q.start >= at + len(paragraph):
            continue
        lo, hi = max(0, q.start - at), min(len(paragraph), q.end - at)
        out = out[:lo] + " " * (hi - lo) + out[hi:]
    start, end = raw.start - at, raw.end - at
    lo = max([0, *(m.end() for m in _SENTENCE_END.finditer(out, 0, max(0, start - 1)))])
    stop = _SENTENCE_END.search(out, min(len(out), end + 1))
    return out[lo:stop.start() + 1 if stop is not None else len(out)]


# the end of a writer's sentence: a stop (after a closing mark, or a quote's own) and a capital after its space
_SENTENCE_END = re.compile(r"[.!?][\"”’»)]*\s+(?=[\"“‘«(]?[A-Z])")


def _dashes_blanked(body: str, found: Sequence[RawQuote]) -> str:
    """``body`` with the words of each quote of a dialogue dash blanked (the offsets kept), else ``body`` itself:
    such a quote has no marks to fence its words off from the dates that date words, so "em março" inside "— A
    quota vai ser revista em março — disse o secretário" dated the saying to March."""
    spans = [(q.start, q.end) for q in found if q.marks == "dash"]
    if not spans:
        return body
    out = body
    for a, b in spans:
        out = out[:a] + "".join(c if c == "\n" else " " for c in out[a:b]) + out[b:]
    return out


def _turn_masked(paragraph: str, start: int, end: int) -> str:
    """A transcript turn's paragraph with the turn's own words blanked (the offsets kept): a turn has no
    quotation marks to fence its words off, yet "the permit they filed in December" or "as I said in
    2024" inside it is what the speaker says, never when they said it — the turn is dated by its
    occasion (a "Recorded:" line, the article's date), as every other turn of it (ux40 #8)."""
    blank = "\n".join(" " * len(line) for line in paragraph[start:end].split("\n"))  # (every other character)
    return paragraph[:start] + blank + paragraph[end:]


def _names(speaker: str, found: str, data: Data) -> tuple[str, ...]:
    """The words that name a speaker in a sentence: as the text named them, their name and aliases,
    and the surname of each (the last word, as a lead writes "Caldeira said on Saturday"); and their roles of
    speakers.yaml of two words or more, as written and opening a sentence ("O ministro disse ontem …": the minister's
    own sentence, whose day is his words', not the article's)."""
    known = next((s for s in data.speakers if s.id == speaker), None)
    full = [found, *((known.name, *known.aliases) if known is not None else ())]
    roles = [f for r in (known.roles if known is not None else ()) if " " in r for f in (r, r[:1].upper() + r[1:])]
    return tuple(dict.fromkeys([*(w for n in full if n for w in (n, n.split()[-1]) if len(w) > 2), *roles]))


def _own_occasion(texts: Sequence[str], at: int, names: tuple[str, ...], article: Article) -> DateInfo:
    """A quote inheriting the article's statement date: the speaker's own (`dates.own_occasion`)."""
    from dateline import dates
    assert article.statement_date is not None
    return dates.own_occasion(texts, at, names, article.statement_date, article.date)


def _recalled(paragraph: str, offset: int, inherited: DateInfo) -> DateInfo:
    """`dates.recalled_date` of a quote that would inherit the article's date, else that date."""
    from dateline import dates
    return dates.recalled_date(paragraph, offset, inherited) or inherited


def _other_occasions(texts: Sequence[str], article: Article) -> tuple[str, ...]:
    from dateline import dates
    assert article.statement_date is not None
    return dates.other_occasions(texts, article.statement_date, article.date)


def _of_several(paragraph: str, offset: int, inherited: DateInfo, several: tuple[str, ...],
                article: Article) -> DateInfo:
    """The date of a quote that would inherit the article's statement date in an article that reports
    words of several occasions (an explainer going back through a figure's statements, an op-ed, a
    profile): the date its own paragraph opens with ("Two months later, on June 3, 2024, the tone
    changed. “…,” he said", "May 2023: “…”"), else the publication date at low: all the text says
    is that the words were said by then (what a low date means, `link.same_occasion`), so review asks —
    never the article's date, one occasion of several, at its confidence for every quote (ux36 #17)."""
    from dateline import dates
    scene = dates.scene_date(paragraph, offset, article.date)
    if scene is not None:
        return scene
    shown = ", ".join(f"‘{p}’" for p in several[:3])
    assert article.statement_date is not None
    return DateInfo(article.date.date, "low", f"said by the publication date: the article reports words of "
                                              f"several occasions ({article.statement_date.basis}; {shown}) and "
                                              f"nothing ties this quote to one ({article.date.basis})",
                    article.date.end)


def _matches(q: Quote, key: str) -> bool:
    return key in (q.id, f"q-{q.id}") or link.normalise(key) == link.normalise(q.text)


def quotes_named(quotes: Sequence[Quote], key: str) -> tuple[list[Quote], str]:
    """The quotes a correction names — by id, by whole text, or by the first words of one quote
    (an editor copies the first sentence, not a paragraph-long quote) — and, when it names none,
    what to say instead of nothing: how many quotes the words begin, or the closest quote.
    One rule for the build and for `review`, which counts a quote a correction names as checked."""
    hits = [q for q in quotes if _matches(q, key)]
    words = link.normalise(key)
    if hits or not words:
        return hits, ""
    begun = [q for q in quotes if (link.normalise(q.text) + " ").startswith(words + " ")]
    if len(begun) == 1:
        return begun, ""
    if begun:
        return [], f" (these words begin {len(begun)} quotes: give more of the text)"
    near = closest(words, {link.normalise(q.text)[: len(words) + 20]: q.text for q in quotes}) \
        or _most_words_shared(words, quotes)
    shown = f"{near[:80]}…" if near and len(near) > 80 else near
    return [], (f": give the quote's text or its first words as they stand (the closest quote: {shown!r})"
                if shown else " (has the text changed?)")


def _most_words_shared(words: str, quotes: Sequence[Quote]) -> str | None:
    """The text of the quote that has the most of a correction's (normalised) words, when it has at
    least a third of them and two or more: a quote re-worded at its start ("We will never charge
    residents…" become "Residents will never pay…") is too far for `closest`'s spelling match, and
    the error offered no quote at all, where README promises the closest (hostile round 82, j01)."""
    mine = set(words.split())
    best, text = 0, None
    for q in quotes:
        shared = len(mine & set(link.normalise(q.text).split()))
        if shared > best:
            best, text = shared, q.text
    return text if best >= max(2, len(mine) / 3) else None


def corrected_ids(articles: Sequence[Article], quotes: Sequence[Quote], stance: bool = False) -> set[str]:
    """Quotes an editor already named (by id or text) in a `quotes:` correction: they have been looked
    at, so neither `dateline review` nor the build's count asks about them again. `stance`: only those
    whose correction sets a stance (a `speaker:` fix says nothing of the stance)."""
    ids: set[str] = set()
    texts: list[tuple[str, str]] = []
    for a in articles:
        for fix in a.quote_overrides:
            if fix.kind == "drop" or (stance and fix.stance is None):
                continue
            if fix.named_by == "id":
                ids.add(fix.target.removeprefix("q-"))
            else:
                texts.append((a.id, fix.target))
    if texts:
        of: dict[str, list[Quote]] = {}
        for q in quotes:
            of.setdefault(q.article, []).append(q)
        for aid, key in texts:
            ids.update(q.id for q in quotes_named(of.get(aid, []), key)[0])
    return ids


def _apply_overrides(article: Article, found: list[Quote], seen: dict[str, int], data: Data,
                     problems: list[Problem], terms: Collection[str] = ()) -> list[Quote]:
    """Front-matter `quotes:` corrections (checked by `load`): add (verbatim only), drop,
    re-attribute, re-tag. `terms`: the texts in quotation marks the extraction read as terms — a `drop:`
    of one of them is the editor's "not speech, as read" that settles review's dropped-term item, no
    stale correction. Two entries that undo each other (two speakers for one quote, a drop of a quote
    another entry corrects, one text added twice with two speakers) are an error at the later entry's
    line naming the earlier's: applied in order, the last silently won, and words went out under the
    speaker the editor had corrected away from (hostile round 71, c07)."""
    if not article.quote_overrides:  # most articles: nothing to correct (and no speakers' table to build)
        return sorted(found, key=lambda q: q.span.start)
    from dateline import topics
    known_speakers = {s.id: s.name for s in data.speakers}
    out = list(found)
    claims = _Claims()
    for fix in article.quote_overrides:
        if fix.kind == "drop":
            gone, why = quotes_named(out, fix.target)
            out = [q for q in out if q not in gone]
            for q in gone:
                claims.drop(q, fix.line, article.path, problems)
            if not gone and fix.target not in terms:
                problems.append(claims.dropped_at(fix, article.path) or Problem(
                    article.path, fix.line, f"quotes: drop: no quote matches {fix.target!r}{why}", "warning"))
            continue
        if fix.kind == "add":
            text = fix.target
            pos = article.body.find(text)
            if pos < 0:
                problems.append(Problem(article.path, fix.line,
                                        f"quotes: add: text is not verbatim in the article body: {text[:60]!r}"
                                        f"{_nearest_text(article, text)}"))
                continue
            same = [q for q in out if q.span.start == pos and q.text == text]
            if same:  # already a quote (found, or added by an entry above): the entry corrects it
                target = same[0]
            elif (undone := claims.dropped_at(fix, article.path, pos)) is not None:
                problems.append(undone)
                continue
            else:
                tags, stance = topics.tag(text, "", data.topics)  # tagged by the same cues as extracted quotes
                target = Quote(id=link.quote_id(article.slug, text, seen), article=article.id, text=text,
                               span=Span(pos, pos + len(text), _line_of_offset(article, pos)), marks="",
                               parts=(text,), kind="editorial", topics=tags, stance=stance,
                               statement_date=article.said)
                out.append(target)
        else:
            hits, why = quotes_named(out, fix.target) if fix.named_by == "text" else \
                ([q for q in out if _matches(q, fix.target)], "")
            if not hits:
                hint = did_you_mean(fix.target, [q.id for q in out]) if fix.named_by == "id" else why
                problems.append(claims.dropped_at(fix, article.path) or Problem(
                    article.path, fix.line, f"quotes: no quote with {fix.named_by} "
                    f"{fix.target!r} in this article{hint or ' (has the text changed?)'}"))
                continue
            target = hits[0]
        if not claims.take(target, fix, article.path, problems):
            continue
        changed = _corrected(target, fix, known_speakers)
        if changed is not target:
            out = [changed if q is target else q for q in out]
    return sorted(out, key=lambda q: q.span.start)


_CHANGES = ("speaker", "topics", "stance", "partial", "translated", "statement_date")  # a correction's fields


def _shown(value: object) -> str:
    """A correction's value as the editor wrote it (a date as its ISO form, a list comma-separated)."""
    if isinstance(value, tuple):
        return ", ".join(":".join(v) if isinstance(v, tuple) else str(v) for v in value)
    iso = getattr(value, "iso", None)
    return str(iso()) if callable(iso) else str(value).lower() if isinstance(value, bool) else str(value)


class _Claims:
    """What the `quotes:` entries of one article have done so far, by quote id: which entry first
    named each quote, the value each field was set to and by which line, and which entry dropped it.
    The checks of `_apply_overrides`, so each contradiction names both of its lines."""

    def __init__(self) -> None:
        self.first: dict[str, int] = {}                              # quote id → line of the first entry on it
        self.fields: dict[str, dict[str, tuple[object, int]]] = {}   # quote id → field → (value, line)
        self.dropped: dict[str, tuple[Quote, int]] = {}              # quote id → (quote, line of its drop:)

    def take(self, q: Quote, fix: QuoteCorrection, path: str, problems: list[Problem]) -> bool:
        """Record the entry's changes to `q`; False (and an error) if one contradicts an earlier entry's."""
        mine = self.fields.setdefault(q.id, {})
        changes = [(f, v) for f in _CHANGES if (v := getattr(fix, f)) is not None]
        for field, value in changes:
            if field in mine and mine[field][0] != value:
                old, line = mine[field]
                problems.append(Problem(path, fix.line, f"quotes: contradicts line {line}: that entry sets "
                                        f"{field}: {_shown(old)} for the same quote ({_excerpt(q.text)}), this one "
                                        f"{field}: {_shown(value)}; keep one of the two"))
                return False
        self.first.setdefault(q.id, fix.line)
        for field, value in changes:
            mine.setdefault(field, (value, fix.line))
        return True

    def drop(self, q: Quote, line: int, path: str, problems: list[Problem]) -> None:
        """Record a `drop:` of `q`; an error if an entry above corrects the quote it removes."""
        self.dropped.setdefault(q.id, (q, line))
        if q.id in self.first:
            problems.append(Problem(path, line, f"quotes: drop: removes the quote line {self.first[q.id]} "
                                    f"corrects ({_excerpt(q.text)}); keep one of the two"))

    def dropped_at(self, fix: QuoteCorrection, path: str, pos: int | None = None) -> Problem | None:
        """When the quote `fix` names was dropped by an entry above: an error naming that line (a second
        drop: of it, a warning)."""
        gone = [q for q, _line in self.dropped.values()]
        hits = [q for q in gone if q.span.start == pos and q.text == fix.target] if pos is not None else \
            quotes_named(gone, fix.target)[0] if fix.named_by == "text" else [q for q in gone if _matches(q, fix.target)]
        if not hits:
            return None
        line = self.dropped[hits[0].id][1]
        if fix.kind == "drop":
            return Problem(path, fix.line, f"quotes: drop: line {line} already drops this quote", "warning")
        return Problem(path, fix.line, f"quotes: {fix.kind if fix.kind == 'add' else fix.named_by}: corrects the "
                                       f"quote line {line} drops ({_excerpt(hits[0].text)}); keep one of the two")


def _excerpt(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[:width] + "…")


def _corrected(q: Quote, fix: QuoteCorrection, known_speakers: dict[str, str]) -> Quote:
    """The quote with the fields the correction sets (an unknown speaker id is kept as written:
    refs.unknown_ids warns about it, with a did-you-mean)."""
    if fix.speaker is not None:
        q = replace(q, speaker=fix.speaker, speaker_name=known_speakers.get(fix.speaker) or name_of_id(fix.speaker),
                    attribution="set in front matter", sieve="")
    if fix.topics is not None:
        # a stance is a position on a topic: re-tagged off a topic, the quote keeps none on it (a stale
        # stance on a topic it is no longer on would still make that topic's shifts)
        q = replace(q, topics=fix.topics, stance={t: s for t, s in q.stance.items() if t in fix.topics})
    if fix.stance is not None:
        q = replace(q, stance=dict(fix.stance))
        if fix.topics is None:  # a stance on a topic is about that topic
            q = replace(q, topics=tuple(dict.fromkeys([*q.topics, *(t for t, _s in fix.stance)])))
    if fix.partial is not None:
        q = replace(q, partial=fix.partial)
    if fix.translated is not None:
        q = replace(q, translated=fix.translated)
    if fix.statement_date is not None:
        q = replace(q, statement_date=DateInfo(fix.statement_date, "high", "set in front matter"))
    return q


class ArticleFailed(Exception):
    """A bug in dateline's own reading of one article (not a fault of the article): carried out of a
    worker process with the article's path, so the editor gets `path:line: …` and an untouched site
    instead of a traceback that names no file (ux33 P2: one record line stopped a whole import)."""

    def __init__(self, path: str, what: str) -> None:
        super().__init__(path, what)
        self.path, self.what = path, what

    def problem(self) -> Problem:
        return Problem(self.path, 1, f"dateline could not read this article ({self.what}): a bug in dateline, "
                                     "not a fault of the file; please report it with this file. Until it is "
                                     "fixed, move the file out of the articles folder to build the rest")


def analyse_guarded(article: Article, data: Data) -> Analysis:
    """`analyse`, with any exception it raises turned into `ArticleFailed` naming the article."""
    try:
        return analyse(article, data)
    except Exception as exc:  # a bug of ours on some input: name the file, never a bare traceback
        raise ArticleFailed(article.path, f"{type(exc).__name__}: {exc}") from None


POOL_MIN = 300  # below this many articles to analyse, starting worker processes costs more than it saves
# Articles to analyse from which this process keeps its own analyses pickled until every article is done
# (`in_workers`' `compact`): at 10,000 articles the build process ~14 MB smaller for the rest of the build, where
# its memory is the goal's; at 4000 ~0.2–0.35 CPU s of pickling and unpickling (the unpickling after the
# workers are done, the other core idle) for ~5 MB, where speed is the goal's (perfsteps).
COMPACT_FROM = 6000


def analyse_all(loaded: Loaded, cache: dict[str, tuple[str, Analysis]] | None = None) -> dict[str, Analysis]:
    """Analyse every article, reusing cached analyses whose inputs (content, _data, code) are unchanged."""
    data_key = f"{_data_key(loaded.data)}:{code_key()}"
    out: dict[str, Analysis] = {}
    todo: list[tuple[Article, str]] = []
    for a in loaded.articles:
        key = f"{analysed_digest(a)}:{data_key}:{a.path}"
        hit = cache.get(a.path) if cache is not None else None
        if hit is not None and hit[0] == key and (hit[1].title is None or hit[1].title == a.title):
            out[a.id] = hit[1]
            continue
        todo.append((a, key))
    data = loaded.data
    if len(todo) >= POOL_MIN:  # built once here, inherited by every forked worker
        with patterns.shared_parses():  # (their patterns' tries parsed once: `pipeline._import_analysis`)
            from dateline import attribution, topics
        attribution.index_for(tuple(data.speakers))
        topics.prepare(data.topics)
    try:
        results = in_workers(lambda a: analyse_guarded(a, data), [a for a, _ in todo], at_least=POOL_MIN,
                             compact=len(todo) >= COMPACT_FROM)
    except ArticleFailed as exc:
        raise BuildFailed([exc.problem()]) from None
    for (a, key), result in zip(todo, results, strict=True):
        out[a.id] = result
        if cache is not None:
            cache[a.path] = (key, result)
    return out


def analysed_digest(a: Article) -> str:
    """A digest of what `analyse` reads of an article: its body and where it starts, its id, path,
    dates, speakers and quote corrections; not its title, outlet, links or topics, so editing those
    re-analyses nothing (and a rebuild that analyses nothing never loads the analysis modules).
    The body hashed as it is, the rest as its repr: the repr of every body (escaped, copied, then
    encoded) was most of the ~0.02 CPU s this costs every rebuild at 1000 articles."""
    read = (a.id, a.slug, a.path, len(a.body), a.body_line, a.date, a.statement_date, a.speakers, a.quote_overrides)
    h = hashlib.sha1(repr(read).encode("utf-8", "surrogatepass"))
    h.update(a.body.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _data_key(data: Data) -> str:
    return hashlib.sha1(repr(data).encode()).hexdigest()[:12]



def hand_links(articles: Sequence[Article], quotes: Sequence[Quote]) -> tuple[list[tuple[str, str]], list[Problem]]:
    """The pairs of quotes the editors' `same_as:` corrections make one statement (`link.join_by_hand`), and
    what is wrong with those entries, each an error at its line.

    Why by hand: the merge links reports by their words, so two translations of one occasion (a Commissioner's
    French interview and the wire's English rendering of it) or a paraphrase are never linked; an editor who
    knows they are one statement says so. The entry names its own quote (`id:`/`text:`, in its article) and
    the other by id or by words (the whole quote, or first words that begin only one quote of the corpus).
    An error, never a guess: words or an id that name no quote (with the closest), the quote itself, a quote
    of another speaker (one statement has one speaker), or a second `same_as:` for a quote that an entry
    above already made one with another statement."""
    pairs: list[tuple[str, str]] = []
    problems: list[Problem] = []
    fixes = [(a, fix) for a in articles for fix in a.quote_overrides if fix.same_as is not None and fix.kind != "drop"]
    if not fixes:
        return pairs, problems
    of: dict[str, list[Quote]] = {}
    for q in quotes:
        of.setdefault(q.article, []).append(q)
    by_id = {q.id: q for q in quotes}
    given: dict[str, tuple[str, int, str]] = {}  # quote id → (the quote it was made one with, line, path)
    for a, fix in sorted(fixes, key=lambda af: (af[0].path, af[1].line)):
        other_key = str(fix.same_as)
        mine = [q for q in of.get(a.id, []) if (fix.kind == "add" and q.text == fix.target) or _matches(q, fix.target)]
        if not mine and fix.named_by == "text" and fix.kind != "add":
            mine = quotes_named(of.get(a.id, []), fix.target)[0]
        if not mine:
            continue  # (the entry's own quote is not there: `_apply_overrides` said so at this line)
        q = mine[0]
        key = other_key.removeprefix("q-")
        others = [by_id[key]] if key in by_id else quotes_named(quotes, other_key)[0] if not _looks_like_id(key) else []
        if not others:
            hint = did_you_mean(key, list(by_id)) if _looks_like_id(key) else quotes_named(quotes, other_key)[1]
            problems.append(Problem(a.path, fix.line, f"quotes: same_as: no quote is {other_key!r}"
                                    f"{hint or ' (an id as in data/quotes.json, or the words of a quote)'}"))
            continue
        if len(others) > 1:
            problems.append(Problem(a.path, fix.line, f"quotes: same_as: {other_key!r} names {len(others)} quotes "
                                    f"({', '.join(o.id for o in others[:3])}…): give the id"))
            continue
        other = others[0]
        if other.id == q.id:
            problems.append(Problem(a.path, fix.line, "quotes: same_as: names the quote itself: give the other "
                                    "report of the same statement"))
            continue
        if "unknown" not in (q.speaker, other.speaker) and q.speaker != other.speaker:
            problems.append(Problem(a.path, fix.line, f"quotes: same_as: {other.id} is {other.speaker}'s, this quote "
                                    f"{q.speaker}'s: one statement has one speaker (correct the speaker first)"))
            continue
        was = given.get(q.id)
        if was is not None and was[0] != other.id:
            problems.append(Problem(a.path, fix.line, f"quotes: same_as: contradicts {was[2]}:{was[1]}, which makes "
                                    f"this quote one statement with {was[0]}; keep one of the two"))
            continue
        given[q.id] = (other.id, fix.line, a.path)
        pairs.append((q.id, other.id))
    return pairs, problems


def _looks_like_id(key: str) -> bool:
    """A quote id's shape (`link.quote_id`: first words slugged, a hyphen, six hex digits, maybe `-2`)."""
    return re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{6}(?:-\d+)?", key) is not None
