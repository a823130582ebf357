"""What an editor should check before publishing, each with where it is and the YAML that settles it.

Extraction, attribution, dating and tagging are rules, and rules are sometimes wrong; a
documentary site is only as trustworthy as its editor's last check. This module turns the
analysed corpus into one ranked list of doubts: quotes nobody is named for, names not in
speakers.yaml (with "did you mean …?"), spellings read as a known person, attributions and
dates the rules were not sure of, the figures' statements on no topic, candidate shifts
without a verdict and verdicts that match no shift, short quoted terms kept as speech, and
every build warning. Each item carries `path:line`, the quote's words, which rule decided
(and how sure it is) and the YAML that confirms or fixes it — pasted into the article's
`quotes:` corrections or a `_data` file, after which the item is gone.

Pure: it takes the corpus and returns items. `cli` prints them, `serve` shows them at
`/_review/`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from dateline import names, timeline, topics
from dateline.attribution import (
    GENERIC_LABEL,
    HOST_LABEL,
    ROLE_GUESS_MARK,
    SEVERAL_HOLDERS_MARK,
    SHARED_FAMILY_MARK,
    SHARED_FAMILY_PEOPLE,
    SIGNED,
    SPEECH_RE,
    UNNAMED_MARK,
    Kind,
    index_for,
)
from dateline.errors import Problem
from dateline.lexicon import lexicon
from dateline.model import Article, Data, Quote, Shift, Speaker
from dateline.names import slug_name
from dateline.ui import catalogue as ui_catalogue

Risk = Literal["high", "medium", "low"]
RISKS: tuple[Risk, ...] = ("high", "medium", "low")

# Groups in the order an editor should work through them (within one risk), each with its English heading
# (lang/ui.toml review_group_<id>: the review page says it in the site's language, the command line in English).
GROUPS: dict[str, str] = {gid: str(ui_catalogue()["en"][f"review_group_{gid}"]) for gid in (
    "near-miss", "unknown", "new-name", "stale-verdict", "attribution", "date", "shift", "warning", "inherited-date",
    "stance", "untagged", "scare-quote", "dropped-term")}

SHORT_WORDS = 3  # a quote of this many words or fewer may be a term in scare quotes
DROPPED_WORDS = 4  # a phrase read as a term, of this many words or fewer, beside a figure's name may be their word
# the extraction's reasons that name a thing, not a word anyone may have said: a title, a nickname, a motto …
_NAMED_THING = ("title", "nickname", "programme", "motto", "hearsay", "capitalised word", "rating", "vision")
# a correction notice's words ("wrongly attributed", "misquoted"; lang *.toml [dates] correction_cues), lower-cased
_CORRECTION_CUES = tuple(c.lower() for c in lexicon().correction_cues)


@dataclass(frozen=True)
class Place:
    """Where an item is: a file line, and for a quote its words and its link on the site."""

    path: str
    line: int
    text: str = ""
    quote: str = ""  # quote id
    url: str = ""  # relative to the site root: `2022/07/10/slug/#q-…`

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: “{_clip(self.text)}”" if self.text else where


@dataclass(frozen=True)
class Fix:
    """YAML to paste into `file` that confirms or fixes an item."""

    label: str
    file: str
    yaml: str


@dataclass(frozen=True)
class Item:
    group: str
    risk: Risk
    title: str
    why: str
    places: tuple[Place, ...]
    fixes: tuple[Fix, ...] = ()
    rule: str = ""
    confidence: str = ""
    suggestion: str = ""

    @property
    def kind(self) -> str:
        """What items of one reason share whatever quote, file or date they are about (`Review.folded`)."""
        return f"{self.group}\x00{self.risk}\x00{_SPECIFICS.sub('…', self.title)}\x00{self.why_kind}"

    @property
    def why_kind(self) -> str:
        """The reason with its specifics (quoted words, dates, numbers, weekdays) elided."""
        return _SPECIFICS.sub("…", self.why)

    def as_json(self) -> dict[str, object]:
        return {
            "group": self.group, "risk": self.risk, "title": self.title, "why": self.why, "rule": self.rule,
            "confidence": self.confidence, "suggestion": self.suggestion,
            "places": [{"path": p.path, "line": p.line, "text": p.text, "quote": p.quote, "url": p.url}
                       for p in self.places],
            "fixes": [{"label": f.label, "file": f.file, "yaml": f.yaml} for f in self.fixes],
        }


@dataclass(frozen=True)
class Folded:
    """The items of one kind past the first few, counted: `count` more whose reason is `why`."""

    count: int
    why: str


FOLD_AFTER = 10  # more items than this of one kind in a group are folded …
SHOW_OF_KIND = 3  # … past the first this many
# What differs between items of one kind: the words quoted (‘…’, “…”, "…"), dates, numbers, day and month names.
_SPECIFICS = re.compile(r"‘[^’\n]*’|“[^”\n]*”|\"[^\"\n]*\"|\d+(?:[-–/.:]\d+)*|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                        r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


@dataclass
class Review:
    """The ranked items, and counts per group for a summary line."""

    items: list[Item] = field(default_factory=list)

    def count(self, risk: Risk | None = None) -> int:
        return sum(1 for i in self.items if risk is None or i.risk == risk)

    def at_least(self, risk: Risk) -> list[Item]:
        """Items of this risk or higher (for `--fail-on`)."""
        limit = RISKS.index(risk)
        return [i for i in self.items if RISKS.index(i.risk) <= limit]

    def groups(self) -> list[tuple[str, str, list[Item]]]:
        """(group id, heading, items) in ranked order, empty groups left out."""
        out: list[tuple[str, str, list[Item]]] = []
        for item in self.items:
            if not out or out[-1][0] != item.group:
                out.append((item.group, GROUPS[item.group], []))
            out[-1][2].append(item)
        return out

    def folded(self, every: bool = False) -> list[tuple[str, str, list[Item | Folded]]]:
        """The groups as printed: past FOLD_AFTER items of one kind in a group (the same reason, in other words,
        quotes and dates — `kind`), the first SHOW_OF_KIND are shown and the rest counted in one line. At a
        newsroom's scale one reason repeats hundreds of times (ux70: 300 of 443 items were one filler pattern,
        "inherits the article's statement date from another speaker's sentence"), and the items of other kinds,
        the ones that matter, were lost among 6,600 lines. `every`: no folding (`review --all`); the JSON and
        `--fail-on` always count every item."""
        out: list[tuple[str, str, list[Item | Folded]]] = []
        for gid, heading, items in self.groups():
            kinds: dict[str, list[Item]] = {}
            for item in items:
                kinds.setdefault(item.kind, []).append(item)
            shown: list[Item | Folded] = []
            seen: dict[str, int] = {}
            for item in items:
                same = kinds[item.kind]
                n = seen[item.kind] = seen.get(item.kind, 0) + 1
                if every or len(same) <= FOLD_AFTER or n <= SHOW_OF_KIND:
                    shown.append(item)
                elif n == SHOW_OF_KIND + 1:
                    shown.append(Folded(len(same) - SHOW_OF_KIND, item.why_kind))
            out.append((gid, heading, shown))
        return out

    def to_json(self) -> str:
        return json.dumps({"items": [i.as_json() for i in self.items],
                           "counts": {r: self.count(r) for r in RISKS}}, ensure_ascii=False, indent=2) + "\n"

    def narrowed(self, *, paths: Sequence[str] = (), groups: Collection[str] = (),
                 risk: Risk | None = None, quotes: Collection[str] | None = None) -> Review:
        """Only the items an editor asked for: a review of a newsroom's archive runs to hundreds
        of items, and one works through an article, a group or the high risks at a time.

        `paths`: an item is kept when one of its places is in one of them — a file
        (`content/articles/x.md`, or just `x.md` / `x`), a folder, or an article's slug as in its
        address. `groups`: group ids (GROUPS). `risk`: this risk or higher, as `--fail-on`.
        `quotes`: ids of quotes (`--speaker`'s): an item is kept when one of its places is one of them.
        Empty filters keep everything; the items keep their ranked order."""
        wanted = [p.strip().removeprefix("./").rstrip("/") for p in paths if p.strip()]
        limit = RISKS.index(risk) if risk is not None else len(RISKS)
        return Review([i for i in self.items
                       if (not groups or i.group in groups) and RISKS.index(i.risk) <= limit
                       and (not wanted or any(_within(place, w) for place in i.places for w in wanted))
                       and (quotes is None or any(place.quote in quotes for place in i.places))])


# ------------------------------------------------------------------ rules → confidence

# How sure each attribution sieve is (attribution.SIEVES): the ones that read a cue verb or a label
# naming the speaker are sure; the ones that infer from the paragraph around are not.
SIEVE_CONFIDENCE: dict[str, str] = {
    "transcript_turn": "high", "question_after_asked": "high", "verb_after_quote": "high",
    "corrected_misquote": "high",  # (its verdict is nobody: the words a correction says were never said)
    "corner_subject": "high",  # the subject marked by は/が before a Japanese 「…」 quote
    "hangul_subject": "high",  # the subject marked by 은/는/이/가/도 before a Korean quote tagged after its mark
    "final_tag_subject": "high",  # the nominative subject opening a verb-last sentence (Turkish: X, "…" dedi)
    "devanagari_subject": "high",  # the subject of a Hindi verb of saying before the quote (X ने कहा, X का कहना है)
    "han_tag": "medium",  # the clause before a Chinese verb of saying: no particle marks the subject, so it is read
    "arabic_tag": "medium",  # an Arabic tag read word by word (no capitals): a bare verb carries the last person its gender fits
    "inline_dash_tag": "high",  # the writer's tag between dashes names the speaker at its verb ('—dijo X—')
    "titled_after_quote": "high", "incise_subject": "high", "words_of": "high", "quote_from_label": "high",
    "headline_colon": "high",
    "headline_after": "high", "headline_verb": "high", "verb_before_quote": "high", "institution_it": "medium",
    "headline_role_of": "medium",  # the holder is inferred from the entry under the heading
    "writer_first_person": "medium",  # the writer's "I" is the byline's one author, not a name at the verb
    "relayed_words": "high",  # "read out the minister's statement:": the words' owner named at their noun
    "colon_subject": "medium", "claim_label": "medium", "headline_echo": "medium", "interview_headline": "medium",
    "unmarked_question_answer": "medium",  # the interviewee, from the introduction, as an A: turn's
    "list_lead_in": "medium", "lead_in_colon": "medium", "paragraph_subject": "medium",
    "sentence_subject_before": "medium", "reported_speech": "medium", "headline_echoed": "medium",
    "headline_condensed": "medium",  # a headline's quote the story quotes at more length, no name on it
    "signed_statement": "medium",  # the signature under a statement of untagged paragraphs, not a tag at the words
    "signed_headline": "medium",  # an op-ed's signature under its headline's claim, not a tag at the words
    "final_tag": "medium",  # a cue verb names the speaker, but of the whole sentence, a clause away from the words
    "quote_label": "low",  # high when a `Source:` line names the speaker (see attribution_rule)
    "question_and_answer": "low", "carry_over": "low", "answers_reporter": "low",
    "dropped_subject": "low",  # no one named at the verb: the one the text is about, as a pronoun's referent
}
# a pronoun that named the speaker, English, a French incise's joined one ("“…”, a-t-elle ajouté"), or one
# after a German tag's verb, or an article's job noun there ("“…,” sagte er", "“…,” sagte die SPD-Politikerin")
_INVERTED = "|".join(lexicon().inverted_he + lexicon().inverted_she)
_PRONOUN = re.compile(r"(?:^|“…,” )(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er) |“…”, \S+-(?:t-)?(?:" + _INVERTED + r")\b"
                      r"|“…,” \S+ (?:(?:" + _INVERTED + r")\b|(?:" + "|".join(lexicon().epithet_he + lexicon().epithet_she)
                      + r") \S+$)")


def attribution_rule(q: Quote, figures: Collection[str] = ()) -> tuple[str, str]:
    """(rule, confidence) of a quote's attribution: the sieve that decided, and how sure it is.

    A pronoun resolved to the last person named is less sure than a name; a `Quote:` label is
    sure only when a `Source:` line names the speaker; a near-miss spelling is a guess, and so is
    a role the article gives nobody it names ("the minister said") read as the speakers file's
    holder — unless that holder is one of the site's `figures`, whose office the site is about; a
    role of several holders the article names, read as the one named last, is a reader's call, and so
    is a family name alone that two people the article names share.
    """
    how = q.attribution
    if how == "set in front matter":
        return "front matter", "confirmed"
    if names.NEAR_MISS_MARK in how:
        return "near-miss spelling", "low"
    if ROLE_GUESS_MARK in how and q.speaker not in figures:
        return "role holder guess", "low"
    if SEVERAL_HOLDERS_MARK in how:
        return "role of several holders", "medium"
    if SHARED_FAMILY_MARK in how:
        return "family name of several", "medium"
    rule = q.sieve or "none"
    if rule == "quote_label":
        return rule, "high" if "Source:" in how else "low"
    if _PRONOUN.match(how):
        return f"{rule} (pronoun)", "medium"
    return rule, SIEVE_CONFIDENCE.get(rule, "high" if q.speaker != "unknown" else "none")


# ------------------------------------------------------------------ the review


def collect(articles: Sequence[Article], quotes: Sequence[Quote], data: Data, shifts: Sequence[Shift],
            problems: Sequence[Problem], *, figures: Sequence[str] = (),
            data_dir: str = "content/_data", rejected: Mapping[str, Sequence[tuple[str, str, int]]] | None = None) -> Review:
    """Every item an editor should look at, ranked by risk, then group, then file and line.

    `rejected`: per article id, the phrases in quotation marks the extraction read as terms (text, reason,
    offset in the body; `Analysis.rejected`), for the dropped-term group."""
    by_id = {a.id: a for a in articles}
    by_path = {a.path: a for a in articles}
    speakers = {s.id: s for s in data.speakers}
    from dateline.analyse import corrected_ids  # the build's rule for what a correction names
    confirmed = corrected_ids(articles, quotes)
    stanced = corrected_ids(articles, quotes, stance=True)
    in_article: dict[str, list[Quote]] = {}
    for q in quotes:
        in_article.setdefault(q.article, []).append(q)
    followed = set(figures) if figures else None
    items: list[Item] = []
    new_names: dict[str, list[Quote]] = {}
    near: dict[tuple[str, str], list[Quote]] = {}
    inherited: dict[str, list[Quote]] = {}
    guessed: dict[tuple[str, str, str], list[Quote]] = {}  # (article, date, basis) → the quotes it dates
    for q in quotes:
        a = by_id[q.article]
        place = _place(a, q)
        rule, conf = attribution_rule(q, figures)
        if q.speaker == "unknown":
            if q.id not in confirmed:  # (`speaker: unknown` in a correction: the editor has looked, nobody is named)
                items.append(_unknown(a, q, place, in_article[a.id], speakers))
            continue
        if q.speaker not in speakers:
            new_names.setdefault(q.speaker, []).append(q)
        if q.stance and q.id not in stanced and q.speaker in speakers and (followed is None or q.speaker in followed):
            items += _stance_items(a, q, place, data, data_dir)  # a speaker: fix leaves the stance open
        # a quote named in a correction has been looked at — as to its speaker and tags; its date only
        # when the correction sets one (then it is no guess): a `stance:` fix settles no date
        checked = q.id in confirmed
        if not checked and rule == "near-miss spelling":
            near.setdefault((q.speaker, _written(q)), []).append(q)
        elif not checked and conf in ("low", "medium") and q.speaker in speakers:
            items.append(Item("attribution", "medium" if conf == "low" else "low",
                              f"Attributed to {q.speaker_name or q.speaker} by the {rule} rule",
                              f"{q.attribution} (rule: {rule}, confidence {conf})", (place,),
                              _attribution_fixes(a, q, in_article[a.id], speakers), rule, conf))
        follows = q.speaker in speakers and (followed is None or q.speaker in followed)
        sd = q.statement_date
        if sd is not None and sd.confidence == "low":
            guessed.setdefault((a.id, sd.date.iso(), sd.basis), []).append(q)
        elif follows and a.statement_date is None and sd == a.date:
            inherited.setdefault(a.id, []).append(q)
        if topics.awaiting_topic(q, speakers, followed, confirmed):  # the build counts the same ones
            items.append(_untagged(a, q, place, data))
        if len(q.text.split()) <= SHORT_WORDS and q.kind != "editorial" and q.kind != "transcript-turn" and not checked:
            items.append(Item("scare-quote", "low", "A short quoted term kept as a statement",
                              f"{len(q.text.split())} word(s) in quote marks may be a term, not speech",
                              (place,),
                              (_quote_fix(a, q, "partial: true", "keep as speech"),
                               _drop_fix(a, q)), "quotes extraction", "medium"))
    items += [_guessed_date(by_id[aid], day, basis, qs) for (aid, day, basis), qs in guessed.items()]
    items += _dropped_terms(articles, in_article, rejected or {}, speakers, followed)
    items += _spellings(articles, data.speakers, near, data_dir)
    for (sid, written), qs in sorted(near.items()):
        items.append(_near_miss(written, qs, by_id, speakers[sid], data_dir))
    for sid, qs in sorted(new_names.items()):
        items.append(_new_name(sid, qs, by_id, data.speakers, data_dir))
    for aid, qs in sorted(inherited.items()):
        a = by_id[aid]
        items.append(Item("inherited-date", "low",
                          f"{len(qs)} statement(s) dated by the publication date {a.date.date.iso()}",
                          "no date phrase near the quotes; words reported in an article may be older than it "
                          f"(publication date: {a.date.basis}, confidence {a.date.confidence})",
                          tuple(_place(a, q) for q in qs),
                          (Fix("confirm the date the words were said", a.path,
                               f"statement_date: {a.date.date.iso()}\n"
                               "statement_date_basis: \"checked: said the day it was published\""),),
                          "publication date fallback", a.date.confidence))
    items += _corrected_elsewhere(articles, quotes, by_id, speakers, confirmed)
    items += _corrected_days(articles, quotes, by_id, speakers)
    items += _shift_items(shifts, quotes, by_id, data_dir)
    stale = _stale_items(data, shifts, data_dir)
    at: dict[tuple[str, int], list[str]] = {}
    for p in sorted(set(problems)):
        at.setdefault((p.path, p.line), []).append(p.message)
    shown = {(p.path, p.line) for i in stale for p in i.places}  # a warning about a stale verdict is its item
    items += [replace(i, why="; ".join([*at.get((i.places[0].path, i.places[0].line), []), i.why])) for i in stale]
    for p in sorted(set(problems)):
        if (p.path, p.line) in shown:
            continue
        warned = by_path.get(p.path)
        items.append(Item("warning", "medium" if p.severity == "warning" else "high", p.message,
                          "the build warns about it" if p.severity == "warning" else "the build fails on it",
                          (Place(p.path, p.line),),
                          (_acknowledge_fix(warned, p),) if warned is not None and p.severity == "warning" else ()))
    order = {g: n for n, g in enumerate(GROUPS)}
    rank = {r: n for n, r in enumerate(RISKS)}
    items.sort(key=lambda i: (order[i.group], rank[i.risk],
                              (i.places[0].path, i.places[0].line) if i.places else ("", 0), i.title))
    return Review(items)


def _within(place: Place, wanted: str) -> bool:
    """Whether a place is the file, folder or article `wanted` names (see Review.narrowed)."""
    path = place.path
    stem = path.rsplit("/", 1)[-1].removesuffix(".md")
    return (path == wanted or path.endswith("/" + wanted) or path.startswith(wanted + "/")
            or stem == wanted or f"/{wanted}/" in "/" + place.url.split("#")[0])


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _place(a: Article, q: Quote) -> Place:
    return Place(a.path, q.span.line, q.text, q.id, f"{a.part_url(a.part_of(q.span.start))}#q-{q.id}")


def _yaml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _aliases_fix(spk: Speaker, spelling: str) -> str:
    """The speaker's aliases line with one more spelling, as it is pasted into speakers.yaml."""
    forms = [*spk.aliases, spelling] if spelling not in spk.aliases else list(spk.aliases)
    flow = ", ".join(f if re.fullmatch(r"[^\W\d][\w .’'\-]*", f) and not f.endswith(" ") else _yaml_str(f)
                     for f in forms)
    return f"# under `- id: {spk.id}`:\n  aliases: [{flow}]"


def _quotes_head(a: Article) -> str:
    """What a pasted `quotes:` correction opens with: the list's key, or, when the article has one, a note to
    append to it (a second `quotes:` key would replace the first)."""
    return "quotes:\n" if not a.quote_overrides else "# append to the existing quotes: list\n"


def _quote_fix(a: Article, q: Quote, line: str, label: str) -> Fix:
    """A `quotes:` correction for one quote, as it is pasted into the article's front matter."""
    return Fix(f"{label} ({line.split('#')[0].strip()})", a.path, f"{_quotes_head(a)}  - id: {q.id}\n    {line}")


def _acknowledge_fix(a: Article, p: Problem) -> Fix:
    """An `acknowledge:` entry for one warning of an article, as it is pasted into its front matter.

    The words are the message up to its first colon (what the warning is, not the quoted text
    after it), so a later edit of the sentence keeps the entry; the line is the one printed
    now, which still matches after the block is pasted (`pipeline.acknowledge`)."""
    words = " ".join(re.split(r"[:;(]", p.message)[0].split()[:8]) or p.message
    head = "acknowledge:\n" if not a.acknowledged else "# append to the existing acknowledge: list\n"
    return Fix("acknowledge (the text is right as it is)", a.path,
               f"{head}  - warning: {_yaml_str(words)}\n    line: {p.line}\n"
               "    reason: \"…why the text is right as it is\"")


def _paragraph(a: Article, q: Quote) -> str:
    """The paragraph of the body around a quote: the words `analyse` tags a fragment by."""
    return _paragraph_at(a.body, q.span.start, q.span.end)


def _paragraph_at(body: str, start: int, end: int) -> str:
    """The paragraph of `body` around the span `start`–`end` (blank lines part paragraphs)."""
    first, last = body.rfind("\n\n", 0, start) + 1, body.find("\n\n", end)
    return body[first:last if last >= 0 else len(body)].strip()


def _untagged(a: Article, q: Quote, place: Place, data: Data) -> Item:
    """A followed speaker's statement on no topic. Only a fragment (or a transcript turn) is tagged
    by the text around it; a whole quote by its own words, so a cue in the sentence around it
    ("On housing she is less settled: “…”") is named as a hint, never claimed absent."""
    ids = ", ".join(t.id for t in data.topics) or "none defined in topics.yaml"
    around = "" if q.partial or q.kind == "transcript-turn" else _paragraph(a, q).replace(q.text, " ")
    hint = [(t, m.group(0)) for t in data.topics
            if around and (p := topics.cue_pattern(t.cues)) is not None and (m := p.search(around))]
    hint += [(t, m.group(0)) for t in data.topics for st in t.stances
             if around and (p := topics.cue_pattern(st.cues)) is not None and (m := p.search(around))]
    titled = [(t, m.group(0)) for t in data.topics
              if (p := topics.cue_pattern(t.cues)) is not None and (m := p.search(a.title))]
    if hint:
        t, cue = hint[0]
        why = (f"no cue word of topics.yaml occurs in its own words; ‘{cue}’, a cue of {t.label}, occurs in the "
               "text around it, which tags only quoted fragments: if the statement is on that topic, tag it")
    elif q.partial or q.kind == "transcript-turn":
        why = "no cue word of topics.yaml occurs in it or in the paragraph around it"
    else:
        why = "no cue word of topics.yaml occurs in it (nor in the paragraph around it)"
    if not hint and titled:
        hint = titled
        why += f"; the article's title names ‘{titled[0][1]}’, a cue of {titled[0][0].label}"
    if hint:
        line = f"topics: [{hint[0][0].id}]   # topics: {ids}"
    else:  # never a topic the words give no reason for: the editor picks one, or none (drop it from the timeline)
        why += "; no topic's cues or stance words match, so none is offered: name the one it is on"
        line = f"topics: [TOPIC]   # one of: {ids}"
    return Item("untagged", "low", f"A statement of {q.speaker_name or q.speaker} on no topic", why, (place,),
                (_quote_fix(a, q, line, "tag"),), "topics.yaml cues", "")


def _stance_items(a: Article, q: Quote, place: Place, data: Data, data_dir: str) -> list[Item]:
    """A stance the cues chose while another stance's cue occurs too, or whose cue follows "was" or
    "used to": the build took one reading silently (before, the first stance listed in topics.yaml
    won, so a generic cue beat a specific one); the editor settles it with a `stance:` correction."""
    context = _paragraph(a, q) if q.partial or q.kind == "transcript-turn" else ""
    labels = {(t.id, s.id): s.label for t in data.topics for s in t.stances}
    items = []
    for d in topics.doubts(q.text, context, data.topics, q.partial):
        name = f"{d.topic}: " + labels.get((d.topic, d.stance), d.stance)
        if len(d.matches) > 1:
            cues = "; ".join(f"‘{cue}’ → {labels.get((d.topic, sid), sid)}" for sid, cue in d.matches)
            why = (f"cues of {len(d.matches)} stances occur: {cues}. The cue of most words won (of as many, "
                   f"the longer). Settle it with a "
                   f"`stance:` correction below; if one cue keeps causing this, make it more specific in "
                   f"{data_dir}/topics.yaml")
        else:
            why = ""
        if d.past:
            why += ("; " if why else "") + (f"its cue follows a past tense (‘{d.past}’): a position the speaker "
                                             "may have left; if so, set the stance the words hold now, or drop it")
        if d.negated:
            why += ("; " if why else "") + (f"a negation shares its cue's clause (‘{d.negated}’): the words may "
                                             "reject what the cue names; if so, set the stance they hold")
        others = [sid for sid, _cue in d.matches[1:]]
        fixes = [_quote_fix(a, q, f"stance: {{{d.topic}: {d.stance}}}", "confirm")]
        fixes += [_quote_fix(a, q, f"stance: {{{d.topic}: {sid}}}", "or set") for sid in others[:2]]
        items.append(Item("stance", "medium", f"Stance {name} is uncertain", why, (place,), tuple(fixes),
                          "topics.yaml stance cues", "medium"))
    return items


def _guessed_date(a: Article, day: str, basis: str, qs: Sequence[Quote]) -> Item:
    """One item for the quotes of an article that one low-confidence reading dates alike ("on Tuesday" in a lede
    that names no verb of saying): the editor checks the reading once, not once per quote — usability round 12
    found 43 of 114 items were such dates, most of them right, and the errors that mattered lost among them."""
    title = (f"Statement date {day} is a low-confidence guess" if len(qs) == 1
             else f"{len(qs)} statements dated {day}: a low-confidence guess")
    ids = "".join(f"  - id: {q.id}\n    statement_date: {day}\n" for q in qs).rstrip("\n")
    label = "confirm" if len(qs) == 1 else f"confirm all {len(qs)}"
    fixes = [Fix(f"{label} (statement_date: {day})", a.path, f"{_quotes_head(a)}{ids}")]
    from dateline.dates import BORROWED_DATE  # (review only: the build of a site never loads this module)

    published = a.date.date.iso()
    if published != day:
        # the day the report says the words by: the alternative to a day borrowed from another's sentence, which
        # is never offered first — one click on "confirm" republished another speaker's day (ux63 #10)
        on = "".join(f"  - id: {q.id}\n    statement_date: {published}\n" for q in qs).rstrip("\n")
        if basis.startswith(BORROWED_DATE):
            fixes = [Fix(f"the publication date, said by then (statement_date: {published})", a.path,
                         f"{_quotes_head(a)}{on}"),
                     replace(fixes[0], label=f"or keep the other speaker's day (statement_date: {day})")]
        else:
            fixes.append(Fix(f"or the publication date, said by then (statement_date: {published})", a.path,
                             f"{_quotes_head(a)}{on}"))
    return Item("date", "medium", title, f"{basis} (confidence low)", tuple(_place(a, q) for q in qs),
                tuple(fixes), "statement date", "low")


def _dropped_terms(articles: Sequence[Article], in_article: Mapping[str, Sequence[Quote]],
                   rejected: Mapping[str, Sequence[tuple[str, str, int]]], speakers: Mapping[str, Speaker],
                   followed: Collection[str] | None) -> list[Item]:
    """Short phrases in quotation marks the extraction read as terms, in a paragraph that names a followed
    speaker: "Doe called the plan « inacceptable »" may be the figure's own word, and a word of theirs dropped
    where the editor never sees it would be silent (usability round 11: six of a prime minister's short
    partials gone without a line). Titles, nicknames and mottos are things named, not words said: left out.
    Settled by the article's `quotes:` — `add:` the words (they are speech: a partial quote of that speaker)
    or `drop:` them (a term, as read: analyse takes such a drop without a warning)."""
    items: list[Item] = []
    for a in articles:
        found = rejected.get(a.id, ())
        if not found:
            continue
        settled = {f.target for f in a.quote_overrides if f.kind in ("add", "drop")}
        kept = [(q.span.start, q.span.end) for q in in_article.get(a.id, ())]
        for text, why, at in found:
            if (len(text.split()) > DROPPED_WORDS or text in settled or any(w in why for w in _NAMED_THING)
                    or any(s <= at < e for s, e in kept)):
                continue
            paragraph = _paragraph_at(a.body, at, at + len(text))
            lowered = paragraph.lower()
            if any(cue in lowered for cue in _CORRECTION_CUES):
                continue  # a correction's "we wrongly attributed the words "…" to X": the one name it clears
            who = [s for s in speakers.values() if (followed is None or s.id in followed) and _mentioned(paragraph, s)]
            if not who:
                continue
            line = a.body_line + a.body.count("\n", 0, at)
            names = " or ".join(s.name for s in who[:2])
            fixes = tuple(Fix(f"{s.name}'s words: add them (a partial quote)", a.path,
                              f"{_quotes_head(a)}  - add: {_yaml_str(text)}\n    speaker: {s.id}\n    partial: true")
                          for s in who[:2])
            items.append(Item("dropped-term", "low", f"A quoted word beside {names} read as a term, not a statement",
                              f"read as {why}; if these are {names}'s words, add them",
                              (Place(a.path, line, text, "", a.url),),
                              (*fixes, Fix("a term, as read (settles this)", a.path,
                                           f"{_quotes_head(a)}  - drop: {_yaml_str(text)}")),
                              "quotes extraction", "medium"))
    return items


def _drop_fix(a: Article, q: Quote) -> Fix:
    return Fix("not speech: drop it", a.path, f"{_quotes_head(a)}  - drop: {q.id}")


def _attribution_fixes(a: Article, q: Quote, quotes: Sequence[Quote], speakers: dict[str, Speaker]) -> tuple[Fix, ...]:
    """Confirm the speaker, or give the quote to another holder of the role it was read by (a role of
    several holders), else to another speaker quoted in the same article (`quotes`)."""
    fixes = [_quote_fix(a, q, f"speaker: {q.speaker}", "confirm")]
    other = next((sid for sid in _role_holders(q.attribution) if sid in speakers and sid != q.speaker), None) \
        or next((o.speaker for o in quotes if o.article == q.article and o.speaker in speakers
                 and o.speaker != q.speaker), None)
    if other is not None:
        fixes.append(_quote_fix(a, q, f"speaker: {other}", "or attribute to"))
    return tuple(fixes)


def _nearest_named(a: Article, q: Quote, quotes: Sequence[Quote], speakers: dict[str, Speaker]) -> list[str]:
    """The people the text names for a quote's words, nearest first: those named in its own
    paragraph outside any quote, by distance from the quote (the attribution's words sit beside
    it: '"…", said the union's secretary general, Jane Doe'), then the last one named before
    its paragraph. A role of speakers.yaml counts for its one holder, in any case ("the
    Governor"); a name not in speakers.yaml by the id attribution gives it (its near miss of a known
    person is that person; another name only once it has quotes here). The first person the
    article names is no better a guess than any other, and was the one review offered before."""
    body = a.body
    index = index_for(tuple(speakers.values()))
    quoted = [(o.span.start - 1, o.span.end + 1) for o in quotes]
    outlet = names.fold(a.outlet)
    quoted_ids = {o.speaker for o in quotes}
    lo = body.rfind("\n\n", 0, q.span.start) + 1
    hi = body.find("\n\n", q.span.end)
    hi = len(body) if hi < 0 else hi
    found: list[tuple[int, int, str]] = []  # (start, end, speaker id)
    for m in index.scan(body):
        if m.speaker:
            found.append((m.start, m.end, m.speaker))
        elif m.kind is Kind.NAME and names.fold(m.name) not in outlet:
            # as attribution reads the name: a near miss of a known person is them; another name, an id
            # of its own once attribution gave it a quote here, or a full name of the quote's own paragraph ('"…,"
            # said the petitioners' lawyer, Jane Doe': a `speaker:` fix may name a person the text names, `refs`)
            miss = names.same_person(m.name, list(speakers.values()))
            sid = miss.speaker if miss is not None else slug_name(m.name)
            if sid in speakers or sid in quoted_ids or (lo <= m.start < hi and " " in m.name):
                found.append((m.start, m.end, sid))
    for role, ids in index.role_to_ids.items():
        if len(set(ids)) == 1:
            found += [(r.start(), r.end(), ids[0]) for r in re.finditer(
                rf"(?<![\w’']){re.escape(role).replace(chr(39), '[’' + chr(39) + ']')}(?![\w’'])", body, re.IGNORECASE)]
    found = [f for f in found if not any(s <= f[0] < e for s, e in quoted)]

    def distance(f: tuple[int, int, str]) -> int:
        return f[0] - q.span.end if f[0] >= q.span.end else q.span.start - f[1]

    near = [f[2] for f in sorted((f for f in found if lo <= f[0] < hi), key=lambda f: (distance(f), f[0]))]
    before = [f[2] for f in sorted((f for f in found if f[0] < lo), key=lambda f: -f[0])][:1]
    return list(dict.fromkeys(near + before))


def _unknown(a: Article, q: Quote, place: Place, quotes: Sequence[Quote], speakers: dict[str, Speaker]) -> Item:
    nearest = _nearest_named(a, q, quotes, speakers)
    named = list(dict.fromkeys([*nearest, *(sid for sid in (*(o.speaker for o in quotes), *a.speakers)
                                            if sid in speakers)]))
    named += [s.id for s in speakers.values() if s.id not in named and _mentioned(a.body, s)]
    named += [o.speaker for o in quotes if o.speaker not in speakers and o.speaker != "unknown"
              and o.speaker not in named]  # people named in the article, not (yet) in speakers.yaml
    holders = [sid for sid in _role_holders(q.attribution) if sid in speakers]
    named = [*holders, *(sid for sid in named if sid not in holders)]  # "the minister": one of its holders
    answerer = _answerer(q, quotes)
    own, best = _best_supported(a, q, speakers)
    # (who answers a turn, or speaks either side of it, did not say it: offered last, unless it names itself)
    neighbours = _turn_neighbours(q, quotes) - set(own)
    named = [sid for sid in dict.fromkeys([*own, *best, *named]) if sid != answerer]
    if q.kind == "transcript-turn" and _ASKED.search(q.text):
        # a body the question names ("…, wie die Wirtschaftskammer verlangt?") never asks it at a press conference:
        # a reporter does (a usability round's review offered the chamber first for a reporter's question)
        named = [sid for sid in named if sid not in speakers or speakers[sid].kind == "person"]
    named = [*(sid for sid in named if sid not in neighbours), *(sid for sid in named if sid in neighbours)]
    # (whom the words address or speak of — "Oga Governor, …", "Our governor never promised …" — did not say them:
    # offered last, unless the words name themselves; ux53 #5)
    spoken_to = {sid for sid in named if sid in speakers and sid not in own and _spoken_of(q.text, speakers[sid])}
    # (… and whom a correction notice says the words were wrongly given to: "attributed the comment "…" to X. The
    # comment was made by Y": offering X first would republish the error it retracts; ux58 #3)
    spoken_to |= _retracted(a, q, speakers) - set(own)
    named = [*(sid for sid in named if sid not in spoken_to), *(sid for sid in named if sid in spoken_to)]
    guess = named[0] if named else "SPEAKER_ID"
    others = f"   # named in this article: {', '.join(named)}" if len(named) > 1 else \
        ("" if named else "   # an id from speakers.yaml")
    if answerer:
        others += f"{'   #' if not others else ';'} who asked it ({answerer} answers it)"
    why = q.attribution or "no attribution found"
    name = _quote_fix(a, q, f"speaker: {guess}{others}", "name the speaker")
    drop = _drop_fix(a, q)
    # a question is the asker's, never its answerer's; when nobody else is named, or when it is a
    # host's turn or an unnamed interviewer's, it is no statement of anyone the site follows: drop first
    # (a generic label, "Interjection:", "REPORTER:", "VOICE:", names nobody the site could follow: drop first
    # too, unless the words say who speaks: "HOST: Welcome back. I'm Jane Doe.")
    # … and a claim a fact-check rates ("CLAIM: A viral post claims that X "never promised …""), or words whose every
    # candidate is one they speak of: the first offer is "not speech", never words put in the figure's mouth
    fixes: tuple[Fix, ...] = (drop, name) if (answerer and not named) or HOST_LABEL in q.attribution \
        or "the interviewer" in q.attribution or (GENERIC_LABEL in q.attribution and not own) \
        or _CLAIM_OPENING.match(a.body, a.body.rfind("\n", 0, q.span.start) + 1) is not None \
        or (named and named[0] in spoken_to) else (name, drop)
    # words of someone the text leaves unnamed ("a spokesman for X said", a `JOURNALIST:` or the chair's turn) are no
    # one's the site follows, nor the one they speak for: keeping them unknown is offered first, or after dropping
    # them for a generic label's turn, before any name (ux58 #3: review offered the Premier for his spokesman's words)
    keep = _quote_fix(a, q, "speaker: unknown   # said by someone the text does not name", "keep it unknown")
    if (UNNAMED_MARK in q.attribution or _unnamed_says(a, q, speakers)) and not own:
        fixes = (keep, name, drop)
    elif GENERIC_LABEL in q.attribution and not own:
        fixes = (drop, keep, name)
    return Item("unknown", "high", "No speaker identified", f"{why} (attribution gave up: no rule applied)",
                (place,), fixes, "none", "none")


def _unnamed_says(a: Article, q: Quote, speakers: dict[str, Speaker]) -> bool:
    """Whether the quote's own sentence opens with someone unnamed saying it ("A spokeswoman for the governor said
    the governor "stands by every word" she said at the fair."): an unnamed one and a verb of saying before the
    words, in their sentence — whoever "she" after them is, the words are the spokeswoman's (usability round 83:
    review's first fix gave them to the governor)."""
    body = a.body
    lo = max(body.rfind("\n", 0, q.span.start) + 1, *(body.rfind(stop, 0, q.span.start) + 2
                                                      for stop in (". ", "? ", "! ")))
    before = body[lo:max(lo, q.span.start - 1)]
    index = index_for(tuple(speakers.values()))
    return any(m.kind is Kind.ANON and SPEECH_RE.search(before, m.end) is not None for m in index.scan(before))


def _retracted(a: Article, q: Quote, speakers: dict[str, Speaker]) -> set[str]:
    """Who a correction notice says a quote's words were wrongly given to: the speakers named in the quote's own
    sentence, in a paragraph holding a correction's words ("An earlier version of this article attributed the comment
    "…" to Jane Doe. The comment was made by John Roe."), its other sentences naming the one who said them."""
    body = a.body
    lo, hi = body.rfind("\n\n", 0, q.span.start) + 1, body.find("\n\n", q.span.end)
    hi = len(body) if hi < 0 else hi
    if not any(cue in body[lo:hi].lower() for cue in _CORRECTION_CUES):
        return set()
    start = max(lo, *(body.rfind(stop, lo, q.span.start) + 2 for stop in (". ", "? ", "! ")))
    ends = [e for e in (body.find(stop, q.span.end + 1, hi) for stop in (". ", "? ", "! ")) if e >= 0]
    sentence = body[start:q.span.start] + " " + body[q.span.end:min(ends) if ends else hi]
    return {sid for sid, spk in speakers.items() if _mentioned(sentence, spk)}


_CORRECTED_WORDS = re.compile(r"[\"“]([^\"“”\n]{8,300})[\"”]")
_CORRECTED_WORDS_MIN = 4  # words of a quoted phrase a correction notice names: fewer match too much


def _corrected_elsewhere(articles: Sequence[Article], quotes: Sequence[Quote], by_id: Mapping[str, Article],
                         speakers: dict[str, Speaker], confirmed: Collection[str]) -> list[Item]:
    """Quotes of one article whose words a correction notice of another says were wrongly given to their speaker
    ("An article published on November 6 … wrongly attributed the words "…" to Governor Jane Doe. The words were said
    by Councillor John Roe"): high, with the one the notice names first (ux63 #4: the corpus's own correction
    refuted a quote that review never listed). The notice's words name the wrong speaker in the phrase's sentence and
    the right one in its paragraph's others, as `_retracted` reads a notice inside the article."""
    from dateline.link import normalise  # (review only)

    notices: list[tuple[Article, int, str, set[str], set[str]]] = []  # (article, line, words, wrongly, rightly)
    for a in articles:
        if not any(cue in a.body.lower() for cue in _CORRECTION_CUES):
            continue
        at = 0
        for para in a.body.split("\n\n"):
            start, at = at, at + len(para) + 2
            if not any(cue in para.lower() for cue in _CORRECTION_CUES):
                continue
            for m in _CORRECTED_WORDS.finditer(para):
                words = normalise(m.group(1))
                if len(words.split()) < _CORRECTED_WORDS_MIN:
                    continue
                lo = max(0, *(para.rfind(stop, 0, m.start()) + 2 for stop in (". ", "? ", "! ")))
                ends = [e for e in (para.find(stop, m.end()) for stop in (". ", "? ", "! ")) if e >= 0]
                hi = min(ends) if ends else len(para)
                sentence, rest = para[lo:m.start()] + " " + para[m.end():hi], para[:lo] + " " + para[hi:]
                wrongly = {sid for sid, spk in speakers.items() if _mentioned(sentence, spk)}
                rightly = {sid for sid, spk in speakers.items() if _mentioned(rest, spk)} - wrongly
                if wrongly:
                    notices.append((a, a.body_line + a.body.count("\n", 0, start), words, wrongly, rightly))
    items: list[Item] = []
    for q in quotes if notices else ():
        if q.id in confirmed or q.speaker not in speakers:
            continue
        said = normalise(q.text)
        for notice, line, words, wrongly, rightly in notices:
            if q.article == notice.id or q.speaker not in wrongly or words not in said:
                continue
            a = by_id[q.article]
            fixes = [_quote_fix(a, q, f"speaker: {sid}", "attribute as the correction says") for sid in sorted(rightly)]
            fixes.append(_quote_fix(a, q, f"speaker: {q.speaker}", "keep (the correction is of other words)"))
            items.append(Item("attribution", "high", f"A correction says these words are not {q.speaker_name or q.speaker}'s",
                              f"{notice.path}:{line}: the correction notice names these words as wrongly attributed"
                              + (f" (said by {', '.join(sorted(rightly))})" if rightly else ""),
                              (_place(a, q), Place(notice.path, line)), tuple(fixes), "correction notice", "high"))
            break
    return items


CORRECTION_REACH_DAYS = 31  # a correction notice corrects a story published at most this long before it


def _corrected_days(articles: Sequence[Article], quotes: Sequence[Quote], by_id: Mapping[str, Article],
                    speakers: Mapping[str, Speaker]) -> list[Item]:
    """Quotes that a correction notice published as its own article says were of another day ("A story in Thursday's
    Register … misstated the day she spoke at the fair. She spoke on Wednesday, July 9, not Thursday."): the
    outlet's quotes of the weeks before the notice dated the day it replaces, one high item per corrected article
    naming the notice and offering its day (usability round 83: the notice changed no date and review was silent);
    of a notice that names whose words it dates ("… about Gov. Jane Doe's remarks"), that speaker's quotes only.
    Analysis reads one article at a time, so the date itself stays as read until the editor pastes the fix."""
    from dateline.dates import day_corrections  # (review only)

    items: list[Item] = []
    for notice in articles:
        for fix in day_corrections(notice.body, notice.title, notice.date):
            line = notice.body_line + notice.body.count("\n", 0, fix.at)
            wrong, right = fix.wrong.isoformat(), fix.right.isoformat()
            hit: dict[str, list[Quote]] = {}
            for q in quotes:
                a = by_id[q.article]
                sd = q.statement_date
                if a.id == notice.id or sd is None or sd.date.iso() != wrong or sd.basis == "set in front matter" \
                        or (notice.outlet and a.outlet and a.outlet != notice.outlet):
                    continue  # (a date the editor set is settled: "keep" pasted)
                gap = (notice.date.date.first_day() - a.date.date.first_day()).days
                if 0 <= gap <= CORRECTION_REACH_DAYS:
                    hit.setdefault(a.id, []).append(q)
            named = {sid for sid, spk in speakers.items() if _mentioned(notice.body, spk)}
            for aid, qs in hit.items():
                a = by_id[aid]
                # (the fix moves the words of whom the notice names; the others of that day are listed, to check)
                moved = [q for q in qs if q.speaker in named] or qs
                ids = "".join(f"  - id: {q.id}\n    statement_date: {right}\n" for q in moved).rstrip("\n")
                keep = "".join(f"  - id: {q.id}\n    statement_date: {wrong}\n" for q in moved).rstrip("\n")
                others = "" if len(moved) == len(qs) else \
                    f"; the notice names {', '.join(sorted({q.speaker for q in moved}))}: check the others' day too"
                basis = qs[0].statement_date.basis if qs[0].statement_date is not None else ""
                items.append(Item(
                    "date", "high", f"A correction notice says {fix.right_shown} ({right}), not {fix.wrong_shown} ({wrong})",
                    f"{notice.path}:{line}: ‘{fix.sentence}’ — {len(qs)} statement(s) of this {a.outlet or 'outlet'} "
                    f"story dated {wrong} ({basis}){others}",
                    (*(_place(a, q) for q in qs), Place(notice.path, line)),
                    (Fix(f"date as the correction says (statement_date: {right})", a.path, f"{_quotes_head(a)}{ids}"),
                     Fix(f"keep (the correction is of other words) (statement_date: {wrong})", a.path,
                         f"{_quotes_head(a)}{keep}")),
                    "correction notice", "high"))
    return items


# who a quote says they are ("Welcome back. I'm Jane Doe.", "My name is Jane Doe"); a text's signature line is
# attribution.SIGNED
_SELF_NAMED = re.compile(r"(?<![\w’'])(?:I['’]m|I am|[Mm]y name is|[Tt]his is)\s+"
                         r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})")


def _best_supported(a: Article, q: Quote, speakers: dict[str, Speaker]) -> tuple[list[str], list[str]]:
    """The speakers the text itself puts behind a quote no rule attributed, for review's first offer (ux40
    #10: the first offer was the person named nearest, often the wrong one): who the words say they are
    ("I'm Jane Doe"); then the one who signs the text ("— Jane Doe" on a line of its own, under a bulletin
    written in the first person) and the one its title names (a post titled by its account holder)."""
    own = [s.id for m in _SELF_NAMED.finditer(q.text) for s in speakers.values() if _mentioned(m.group("name"), s)]
    signed = [s.id for m in SIGNED.finditer(a.body.replace("*", " ").replace("_", " "))
              for s in speakers.values() if _mentioned(m.group("name"), s)]
    titled = [s.id for s in speakers.values() if _mentioned(a.title, s) and _titled_by(a.title, s)]
    return list(dict.fromkeys(own)), [sid for sid in dict.fromkeys([*signed, *titled]) if sid not in own]


def _titled_by(title: str, speaker: Speaker) -> bool:
    """A title that is the speaker's name and little else ("Governor Jane Doe", "Sen. Jane Doe on X"): a post or
    a page of theirs, whose unattributed first-person words are theirs; a headline about them ("Doe says the
    levy will stay") is no such title, its other quotes are often others'."""
    rest = title
    for form in sorted((speaker.name, *speaker.aliases), key=len, reverse=True):
        if form:
            rest = re.sub(rf"(?<!\w){re.escape(form)}(?!\w)", " ", rest)
    return len(rest.split()) <= 3


def _turn_neighbours(q: Quote, quotes: Sequence[Quote]) -> set[str]:
    """Who speaks the turns right before and after a transcript turn: not who speaks this one (the host's
    "And your critics say that's spin." is not the guest's, whose answers stand either side of it)."""
    if q.kind != "transcript-turn":
        return set()
    mine = sorted((o for o in quotes if o.article == q.article and o.kind == "transcript-turn"),
                  key=lambda o: o.span.start)
    k = next((i for i, o in enumerate(mine) if o.id == q.id), None)
    if k is None:
        return set()
    return {o.speaker for o in (mine[k - 1] if k > 0 else None, mine[k + 1] if k + 1 < len(mine) else None)
            if o is not None and o.speaker != "unknown"}


def _role_holders(how: str) -> list[str]:
    """The speakers file's holders of a role that matched nobody the article names, or several it
    names, or the people of one family a bare family name may mean (attribution writes them after
    ROLE_GUESS_MARK, SEVERAL_HOLDERS_MARK or SHARED_FAMILY_MARK): the first ids an editor would choose
    between."""
    _, given, ids = how.partition(f"{SHARED_FAMILY_PEOPLE} " if SHARED_FAMILY_MARK in how else "gives it to ")
    mark = ROLE_GUESS_MARK in how or SEVERAL_HOLDERS_MARK in how or SHARED_FAMILY_MARK in how
    return [sid.strip() for sid in ids.split(",") if sid.strip()] if mark and given else []


_ASKED = re.compile(r"\?[\s\"”’»)]*$")


def _answerer(q: Quote, quotes: Sequence[Quote]) -> str:
    """The speaker of the answer to `q` when `q` asks (a question, an interviewer's turn: "Q&A
    interview: the interviewer", or a host's: HOST_LABEL): the next quote's, if someone else's;
    else "". Whoever answers a question did not ask it, so review never offers to give it to them."""
    if not (_ASKED.search(q.text) or "interviewer" in q.attribution or HOST_LABEL in q.attribution):
        return ""
    nxt = min((o for o in quotes if o.article == q.article and o.span.start > q.span.start),
              key=lambda o: o.span.start, default=None)
    return nxt.speaker if nxt is not None and nxt.speaker not in ("unknown", q.speaker) else ""


# a fact-check's label before the claim it rates, opening the quote's paragraph ("CLAIM: …", "The claim: …")
_CLAIM_OPENING = re.compile(r"[ \t*_]*(?i:" + "|".join(map(re.escape, lexicon().claim_labels)) + r")[ \t*_]*:")


def _spoken_of(text: str, speaker: Speaker) -> bool:
    """Whether a quote's own words name the speaker, by name, alias or the office a role of theirs names ("Oga
    Governor, …", "Our governor never promised …"): words said to or about them, so not theirs."""
    if _mentioned(text, speaker):
        return True
    heads = {r.split()[-1].lower() for r in speaker.roles if r.lower().startswith("the ") and len(r.split()) == 2}
    return any(re.search(rf"(?<![\w’'])(?i:{re.escape(h)})(?![\w’'])", text) for h in heads)


def _mentioned(body: str, speaker: Speaker) -> bool:
    """Whether the article names the speaker (name or alias as written, whole words)."""
    return any(form in body and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", body)
               for form in (speaker.name, *speaker.aliases) if form and not form.lower().startswith("the "))


_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]{3,}")
# "the" just before a capitalised word (with at most one lower-case word between: "the lower X"):
# people are not named so; rivers, regions and bodies are, so such a word is no typo of a surname
_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he\s+(?:[a-z]+\s+)?$")


def _spellings(articles: Sequence[Article], speakers: Sequence[Speaker], near: dict[tuple[str, str], list[Quote]],
               data_dir: str) -> list[Item]:
    """Typos of a known surname that attribution reads by edit distance ("Kowlaski"): one item per
    spelling, so an editor confirms it once as an alias (or learns it is someone else).

    Only capitalised words are looked up, each once per corpus (attribution caches the match)."""
    index = index_for(tuple(speakers))
    seen_near = {w.split()[-1] for _sid, w in near if w.split()}
    verdict: dict[str, str | None] = {}
    found: dict[tuple[str, str], list[Place]] = {}
    for a in articles:
        for m in _CAPITALISED.finditer(a.body):
            word = m.group(0).removesuffix("’s").removesuffix("'s")
            if _THE_BEFORE.search(a.body, max(0, m.start() - 24), m.start()):
                continue  # "the upper Vessa", "the Vessa valley": a place or a thing, not a person
            if a.body[m.start() - 1:m.start()] == "@" and ("@" + word in index.alias_to_id
                                                           or word.lower() in index.alias_to_id):
                continue  # "@JaneDoeMP" with "@JaneDoeMP" among her aliases: her handle, written as listed
            if word not in verdict:
                verdict[word] = None if word in index.alias_to_id or word in seen_near else index.fuzzy(word)
            sid = verdict[word]
            if sid is not None:
                line = a.body_line + a.body.count("\n", 0, m.start())
                found.setdefault((sid, word), []).append(Place(a.path, line, word))
    out = []
    by_id = {s.id: s for s in speakers}
    for (sid, last), places in sorted(found.items()):
        spk = by_id[sid]
        hit = names.suggestions(last, [spk])
        why = hit[0].why if hit else "edit distance"
        out.append(Item("near-miss", "medium", f"“{last}” read as {spk.name} — did you mean {sid}? "
                                               f"({len(places)} mention(s))",
                        f"a spelling one or two letters from {spk.name} ({why}); dateline reads it as them",
                        tuple(places),
                        (Fix(f"confirm: {last} is {spk.name} (add the spelling to its aliases)",
                             f"{data_dir}/speakers.yaml",
                             _aliases_fix(spk, last)),),
                        "typo by edit distance", "medium", sid))
    return out


def _written(q: Quote) -> str:
    """The name as the article wrote it, from attribution's near-miss note: … “Henrik Calberg” read as …"""
    return q.attribution.rsplit("“", 1)[-1].split("”")[0] if "“" in q.attribution else q.speaker_name


def _near_miss(written: str, qs: list[Quote], by_id: dict[str, Article], spk: Speaker, data_dir: str) -> Item:
    """One item per misspelling, settled once in speakers.yaml: the spelling is the known person's (an
    alias), or a different person (their own entry: the name then matches exactly, no near miss)."""
    alias = written.split()[-1] if written.split() else written
    fixes = [Fix(f"confirm: {written} is {spk.name} (add the spelling to its aliases)", f"{data_dir}/speakers.yaml",
                 _aliases_fix(spk, alias)),
             Fix(f"a different person: give {written} an entry of their own", f"{data_dir}/speakers.yaml",
                 f"- id: {slug_name(written)}\n  name: {_yaml_str(written)}")]
    why = qs[0].attribution.split(" — ", 1)[-1]
    return Item("near-miss", "high", f"“{written}” read as {spk.name} — did you mean {spk.id}? ({len(qs)} quote(s))",
                f"{why} (rule: near-miss spelling, confidence low)",
                tuple(_place(by_id[q.article], q) for q in qs), tuple(fixes), "near-miss spelling", "low", spk.id)


def _drops(qs: Sequence[Quote], by_id: dict[str, Article], label: str) -> tuple[Fix, ...]:
    """`drop:` entries for these quotes, one paste per article they are in."""
    out: dict[str, list[Quote]] = {}
    for q in qs:
        out.setdefault(q.article, []).append(q)
    fixes = []
    for aid, mine in out.items():
        a = by_id[aid]
        fixes.append(Fix(label, a.path, _quotes_head(a) + "\n".join(f"  - drop: {q.id}" for q in mine)))
    return tuple(fixes)


def _office_turns(qs: Sequence[Quote], by_id: dict[str, Article]) -> bool:
    """Whether every quote is a turn under an office's label naming its holder ("The Speaker (Hon. Jane
    Doe):", "The Chair (Mr. John Roe):"): whoever chairs a sitting calls members, keeps order and
    introduces witnesses; their lines are procedure, seldom a statement the site follows."""
    from dateline.quotes import office_label
    for q in qs:
        body = by_id[q.article].body
        if q.kind != "transcript-turn":
            return False
        label = body[body.rfind("\n", 0, q.span.start) + 1:q.span.start].strip().rstrip(":").strip()
        if not office_label(label.split("(")[0].strip()):
            return False
    return True


def _new_name(sid: str, qs: list[Quote], by_id: dict[str, Article], speakers: Sequence[Speaker],
              data_dir: str) -> Item:
    name = qs[0].speaker_name or sid
    found = names.suggestions(name, speakers)
    places = tuple(_place(by_id[q.article], q) for q in qs)
    new = Fix(f"add {name} to speakers.yaml", f"{data_dir}/speakers.yaml",
              f"- id: {sid}\n  name: {_yaml_str(name)}")
    if not found:
        # their words may be no statement at all (a chair's "Order.", a commenter): the way to drop them too,
        # first when every one is a turn under a chair's office (ux41 #14 offered only the speakers.yaml entry)
        office = _office_turns(qs, by_id)
        drops = _drops(qs, by_id, "the chair's procedure, not statements: drop them" if office
                       else "not statements to publish: drop them")
        return Item("new-name", "medium", f"{name} is not in speakers.yaml ({len(qs)} quote(s))",
                    "a person named in the text; their own page is made from the name as written"
                    + ("; every one is a turn under a chair's office label, most likely procedure" if office else ""),
                    places, (*drops, new) if office else (new, *drops), "unlisted name", "")
    best = found[0]
    spk = next(s for s in speakers if s.id == best.speaker)
    alias = name.split()[-1]
    also = ", ".join(f"{s.speaker} ({s.why})" for s in found[1:3])
    why = (f"close to {best.known} ({best.why}) but kept apart: "
           + ("another known speaker is as close" if len(found) > 1 and found[1].score // 10 == best.score // 10
              else "the first names differ" if not names.first_names_agree(name, spk) else "not decided"))
    return Item("new-name", "high", f"{name} is not in speakers.yaml — did you mean {best.speaker}?",
                why + (f"; also close: {also}" if also else ""), places,
                (Fix(f"it is {spk.name}: add the spelling to its aliases", f"{data_dir}/speakers.yaml",
                     _aliases_fix(spk, alias)), new),
                "unlisted name", "", best.speaker)


def _shift_items(shifts: Sequence[Shift], quotes: Sequence[Quote], by_id: dict[str, Article],
                 data_dir: str) -> list[Item]:
    qmap = {q.id: q for q in quotes}
    out = []
    for s in shifts:
        if s.status != "candidate" or s.kind == "held" or s.to_id not in qmap or s.from_id not in qmap:
            continue
        a, b = qmap[s.from_id], qmap[s.to_id]
        when = (f"{a.statement_date.date.iso() if a.statement_date else '?'} → "
                f"{b.statement_date.date.iso() if b.statement_date else '?'}")
        out.append(Item("shift", "medium",
                        f"{s.topic}: {s.from_stance} → {s.to_stance} ({s.kind}), {b.speaker_name or b.speaker}",
                        f"two consecutive statements with different stances ({when}); stances come from "
                        "topics.yaml cue words", (_place(by_id[a.article], a), _place(by_id[b.article], b)),
                        (Fix("confirm (or dismiss) the shift", f"{data_dir}/shifts.yaml",
                             f"- id: {_yaml_str(s.id)}\n  status: confirmed   # or: dismissed\n  note: \"\""),),
                        "stance cues", "medium"))
    return out


def _stale_items(data: Data, shifts: Sequence[Shift], data_dir: str) -> list[Item]:
    out = []
    held = timeline.held_verdicts(data.shifts, shifts)
    for verdict, meant in timeline.stale_verdicts(data.shifts, shifts):
        fixes: tuple[Fix, ...] = ()
        suggestion = ""
        same = held.get(verdict.id)
        why = (f"its note shows on no page while both statements hold one stance ({same.to_stance})"
               if same is not None else "the quotes it joined were dropped, re-dated or re-worded, or the id was mistyped")
        if meant is not None:
            suggestion = meant.id
            why += f"; most likely meant: {meant.id} ({meant.from_stance} → {meant.to_stance}, {meant.kind})"
            fixes = (Fix("point the verdict at the current shift (if its note fits that shift)",
                         f"{data_dir}/shifts.yaml", f"- id: {_yaml_str(meant.id)}\n  status: {verdict.status}\n"
                         f"  note: {_yaml_str(verdict.note)}"),)
        fixes += (Fix("or delete the verdict: the shift it judged is gone", f"{data_dir}/shifts.yaml",
                      f"# delete these lines at line {verdict.line}:\n- id: {_yaml_str(verdict.id)}"),)
        out.append(Item("stale-verdict", "high", f"Verdict {verdict.id} matches no current shift", why,
                        (Place(verdict.path or f"{data_dir}/shifts.yaml", verdict.line),), fixes, "shifts.yaml", "",
                         suggestion))
    return out
