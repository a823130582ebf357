"""Deterministic synthetic corpus for dateline's benchmarks.

Every sentence here is assembled from this file's own invented templates: no real article
text is used. Each article (~500 words) reports invented diplomatic statements by the
speaker `zelensky`, with direct quotes in curly and straight double quotes, attributions
before and after the quote, pronoun follow-ups ("he added"), partial quotes, occasional
multi-paragraph quotes, other speakers and scare quotes, dated 2019-06 to 2025-12.

The same seed and N give byte-identical output. Outputs, for the same N articles:

  OUT/content/   dateline project: articles/<slug>.md (+ _data/speakers.yaml, topics.yaml)
  OUT/hugo/      Hugo site: hugo.toml, content/posts/*.md, layouts/_default/{baseof,single,list}.html
  OUT/eleventy/  Eleventy site: posts/*.md, posts/posts.json, _includes/*.njk, index.njk
  OUT/raw/       (--raw) raw news .txt files in the seeds' format, for `dateline import`

Usage:
  python bench/corpus.py --articles 4000 --out bench/corpus/build-4000
  python bench/corpus.py --articles 1000 --out bench/corpus/raw-1000 --raw
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
DEFAULT_SEED = 20220707
FIRST_DAY = date(2019, 6, 1)
LAST_DAY = date(2025, 12, 31)
TARGET_WORDS = 500
ALL_TARGETS = ("content", "hugo", "eleventy")

# --------------------------------------------------------------------------------------
# Invented vocabulary. Nothing below is quoted from any real article.
# --------------------------------------------------------------------------------------

OUTLETS: tuple[str, ...] = (
    "The Meridian Ledger",
    "Harbour Evening Post",
    "Continental Wire",
    "Riverside Tribune",
    "Northgate Dispatch",
    "The Lantern Review",
    "Eastbridge Times",
    "Pinecrest Herald",
    "Atlas World Desk",
    "The Quayside Journal",
)

TOPICS: tuple[str, ...] = (
    "territory",
    "negotiations",
    "ceasefire",
    "security-guarantees",
    "nato",
    "venue",
    "allies",
)

NAMES_FULL = ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy")
NAMES_SHORT = ("Zelensky", "Zelenskyy", "Zelenskiy", "Mr Zelensky", "Mr. Zelenskyy")
ROLES = (
    "the Ukrainian president",
    "Ukraine's president",
    "Ukraine’s president",
    "the Ukrainian leader",
)
PLACES = (
    "Kyiv",
    "Lviv",
    "Odesa",
    "Brussels",
    "Geneva",
    "Vilnius",
    "Warsaw",
    "Copenhagen",
    "Helsinki",
    "Madrid",
    "Lisbon",
    "Ottawa",
    "Oslo",
    "Tallinn",
    "Bratislava",
)
AUDIENCES = (
    "reporters",
    "journalists",
    "a press conference",
    "lawmakers",
    "students",
    "a group of foreign correspondents",
    "a televised briefing",
    "the national parliament",
)
INTERVIEWERS = (
    "an evening news programme",
    "a public broadcaster",
    "a morning radio show",
    "a current affairs podcast",
    "a weekly magazine",
    "a panel of editors",
)
OTHERS = (
    ("Kremlin spokesman Dmitry Peskov", "Peskov"),
    ("French President Emmanuel Macron", "Macron"),
    ("Foreign Minister Dmytro Kuleba", "Kuleba"),
    ("presidential chief of staff Andriy Yermak", "Yermak"),
)
OTHER_QUOTES = (
    "We have seen the statement and we will study it carefully before responding",
    "Any settlement has to reflect the situation as it is, not as Kyiv would like it to be",
    "Europe will stay at the table for as long as it takes",
    "We are not going to comment on every remark made on television",
    "The next meeting will depend on what comes out of the working groups",
)
SHOWS = (
    "Open Line",
    "The Long Table",
    "Evening Frontier",
    "Straight Answers",
    "World in Focus",
)

QUOTE_CORE: dict[str, tuple[str, ...]] = {
    "territory": (
        "we will not give away a single village, because these are our people and our land",
        "no map drawn in another capital will decide where Ukraine's border runs",
        "land is not a currency and our citizens are not change to be counted out",
        "the occupied territories remain Ukrainian, whatever anyone writes in a memorandum",
        "we may return some regions by diplomatic means, but we will never sign them away",
        "a line of contact is not a border, and freezing it would only postpone the next war",
        "nobody in this office has the right to cede territory that belongs to the whole nation",
        "if anyone wants us to trade land for a pause, the answer is no",
    ),
    "negotiations": (
        "we are ready for talks in any format that leads to a just peace",
        "negotiations are possible, but only with a partner who keeps his word",
        "I am prepared to meet if there is a real plan on the table and not a show",
        "diplomacy is not surrender, and talks are not a favour we do for the aggressor",
        "we want the next meeting to produce documents, not photographs",
        "a dialogue must begin with prisoners coming home and the guns falling silent",
        "I have said many times that I will sit at the table, but not with a gun to my head",
        "the peace plan we proposed is still there for anyone who reads it honestly",
    ),
    "ceasefire": (
        "a ceasefire without guarantees is just a break for the other side to reload",
        "we support a full ceasefire in the sky and at sea as a first step",
        "silence on the front line must be verified, not promised",
        "we will not accept a pause that leaves our people under occupation indefinitely",
        "if the shelling stops for thirty days, we will answer with the same",
    ),
    "security-guarantees": (
        "security guarantees must be written down and signed by those who can enforce them",
        "without guarantees every agreement is a piece of paper that burns easily",
        "we need guarantees that work on the first day, not after another invasion",
        "our partners know that guarantees are the foundation of any durable peace",
        "an air defence umbrella is the kind of guarantee that ordinary families understand",
    ),
    "nato": (
        "membership in the alliance remains our strategic goal and it is written in our constitution",
        "if the alliance cannot invite us today, it should say clearly when it will",
        "we are already defending the alliance's eastern flank with our own people",
        "the door is open, they tell us, but we would like to see the threshold",
    ),
    "venue": (
        "the place is less important than the result, but it must be a neutral country",
        "we are ready to meet in any capital that can guarantee the talks are serious",
        "I will not travel to a city where the outcome has been decided in advance",
    ),
    "allies": (
        "our partners have been with us from the first day and we are grateful",
        "the support of our allies is not charity, it is an investment in common security",
        "we need decisions about air defence now, not at the next summit",
        "I thank every country that stands with us, and I ask them not to grow tired",
        "Europe understands that if Ukraine falls, the danger moves closer to its own homes",
    ),
}

QUOTE_OPENERS = (
    "Let me be very clear:",
    "I want everyone to hear this.",
    "Honestly,",
    "Today I repeat that",
    "We have discussed this with our partners, and",
    "This is our position:",
    "Look,",
    "I understand the pressure, but",
    "As I told our people,",
)
QUOTE_CLOSERS = (
    "This is not my personal view, it is the will of our people.",
    "Nobody should have illusions about that.",
    "We have paid too high a price to pretend otherwise.",
    "That is the only honest answer I can give.",
    "Our soldiers know this better than any diplomat.",
    "I think history will judge everyone by what they do now.",
    "We will keep saying it until it is understood.",
)
PARTIALS: dict[str, tuple[str, ...]] = {
    "territory": (
        "will not trade land for a pause",
        "not a single village",
        "our land, not a bargaining chip",
    ),
    "negotiations": (
        "ready for talks in any format",
        "documents, not photographs",
        "a just peace",
    ),
    "ceasefire": ("a break for the other side to reload", "verified, not promised"),
    "security-guarantees": (
        "written down and signed",
        "guarantees that work on the first day",
    ),
    "nato": ("strategic goal", "see the threshold"),
    "venue": ("a neutral country", "decided in advance"),
    "allies": ("not charity", "not to grow tired"),
}
CONTEXT = (
    "The remarks came {when}, after several days of consultations between foreign ministers in {place}.",
    "Officials in {place} described the meeting as long and at times tense, according to two people briefed on the discussions.",
    "Diplomats said a draft framework had circulated among delegations for weeks without agreement on its central points.",
    "The comments were the clearest statement yet of Kyiv's position before the next round of consultations in {place}.",
    "Analysts noted that the wording had shifted slightly compared with statements made earlier in the year.",
    "The foreign ministry later published a summary of the conversation, which did not mention any timetable.",
    "Several governments welcomed the statement, while others said they would wait for a written proposal.",
    "A spokesperson for the presidential office declined to say whether further meetings had been scheduled.",
    "The exchange took place against the backdrop of renewed shelling along the eastern front line.",
    "Negotiators from both sides last met in {place}, where talks ended without a joint communique.",
    "The statement followed a phone call with European leaders that lasted more than an hour, officials said.",
    "Opinion surveys published in {place} suggest a majority of respondents oppose any territorial compromise.",
    "The president also discussed energy supplies and the reconstruction of damaged power plants.",
    "Observers cautioned that similar promises had been made before without producing a lasting agreement.",
)
TITLES = (
    "{name} rules out {thing}",
    "{name} says Ukraine is ready for {other}",
    "{name}: {short} will decide the next step",
    "Ukraine's president sets out terms for {other}",
    "{name} calls for {other} before any deal",
    "{name} rejects {thing} after {place} meeting",
    "{name} tells allies {short} matter more than promises",
)
TITLE_THINGS = (
    "territorial concessions",
    "a frozen conflict",
    "talks under pressure",
    "a land-for-peace deal",
    "a pause without guarantees",
)
TITLE_OTHERS = (
    "talks in a neutral country",
    "a verified ceasefire",
    "written security guarantees",
    "a meeting of leaders",
    "an air defence umbrella",
    "a prisoner exchange",
)
TITLE_SHORTS = ("guarantees", "allies", "the people", "facts on the ground", "results")
SAID_VERBS = (
    "said",
    "told reporters",
    "added",
    "said on {day}",
    "insisted",
    "stressed",
    "said in {place}",
)

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SynthArticle:
    index: int
    slug: str
    title: str
    published: date
    outlet: str
    source_url: str
    topics: tuple[str, ...]
    paragraphs: tuple[str, ...]
    labelled: tuple[tuple[str, str], ...]  # (label, paragraph) for the raw "Quote:" style

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


def slugify(text: str) -> str:
    text = text.lower().replace("’", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class _Writer:
    """Builds one article's paragraphs from the templates with its own RNG."""

    def __init__(self, rng: random.Random, published: date, topics: Sequence[str]) -> None:
        self.rng = rng
        self.published = published
        self.topics = list(topics)
        self.curly = rng.random() < 0.5

    def q(self, text: str) -> str:
        return f"“{text}”" if self.curly else f'"{text}"'

    def pick(self, options: Sequence[str]) -> str:
        return options[self.rng.randrange(len(options))]

    def day_phrase(self) -> str:
        back = self.rng.randrange(0, 6)
        day = self.published - timedelta(days=back)
        forms = (
            "on " + day.strftime("%A"),
            "on " + day.strftime("%A, %B ") + str(day.day),
            "on " + day.strftime("%B ") + str(day.day),
            "on " + str(day.day) + day.strftime(" %B"),
            "earlier this week",
            "late on " + day.strftime("%A"),
        )
        return self.pick(forms)

    def fill(self, template: str) -> str:
        return template.format(when=self.day_phrase(), place=self.pick(PLACES), day=self.day_phrase()[3:])

    def quote_text(self, topic: str) -> str:
        """A quote of one to three sentences, without its closing punctuation."""
        core = self.pick(QUOTE_CORE[topic])
        parts: list[str] = []
        if self.rng.random() < 0.45:
            opener = self.pick(QUOTE_OPENERS)
            if opener.endswith("."):
                parts.append(opener + " " + core[0].upper() + core[1:])
            else:
                parts.append(opener + " " + core)
        else:
            parts.append(core[0].upper() + core[1:])
        if self.rng.random() < 0.5:
            parts[-1] += "."
            other = self.pick(QUOTE_CORE[self.pick(self.topics)])
            parts.append(other[0].upper() + other[1:])
        if self.rng.random() < 0.4:
            parts[-1] += "."
            parts.append(self.pick(QUOTE_CLOSERS).rstrip("."))
        return " ".join(parts)

    def direct_after(self, topic: str, subject: str) -> str:
        verb = self.fill(self.pick(SAID_VERBS))
        return f"{self.q(self.quote_text(topic) + ',')} {subject} {verb}."

    def direct_before(self, topic: str, subject: str) -> str:
        lead = self.pick(
            (
                f"{subject} told {self.pick(AUDIENCES)}:",
                f"{subject} said in {self.pick(PLACES)}:",
                f"Speaking to {self.pick(INTERVIEWERS)}, {subject} said:",
                f"{subject} wrote in a statement:",
            )
        )
        return f"{lead} {self.q(self.quote_text(topic) + '.')}"

    def partial(self, topic: str, subject: str) -> str:
        frag = self.pick(PARTIALS[topic])
        return self.pick(
            (
                f"{subject} said Kyiv's position was {self.q(frag)} and that it would not change {self.day_phrase()}.",
                f"In {self.pick(PLACES)}, {subject} repeated that Ukraine wanted {self.q(frag)}, a phrase he has used before.",
                f"Asked about the proposal, {subject} described it as {self.q(frag)} but gave no further detail.",
            )
        )

    def multi_paragraph(self, topic: str, subject: str) -> tuple[str, str]:
        open_mark = "“" if self.curly else '"'
        first = f"{subject} said: {open_mark}{self.quote_text(topic)}."
        second = f"{self.q(self.quote_text(self.pick(self.topics)) + '.')}"
        return first, second

    def other_speaker(self, topic: str) -> str:
        full, _short = self.pick(OTHERS)
        return f"{self.q(self.pick(OTHER_QUOTES) + ',')} {full} told reporters in {self.pick(PLACES)}."

    def scare(self) -> str:
        return (
            f"{self.pick(NAMES_SHORT)} appeared on the programme {self.q(self.pick(SHOWS))} "
            f"{self.day_phrase()}, where he answered questions from viewers for almost an hour."
        )

    def lede(self, topic: str) -> str:
        name = self.pick(NAMES_FULL)
        frag = self.pick(PARTIALS[topic])
        return self.pick(
            (
                (
                    f"Ukrainian President {name} said {self.day_phrase()} that his country would stand by "
                    f"its position on {topic.replace('-', ' ')}, calling it {self.q(frag)}."
                ),
                (
                    f"President {name} has said Ukraine is ready for diplomacy but insisted on "
                    f"{self.q(frag)}, in remarks made {self.day_phrase()} in {self.pick(PLACES)}."
                ),
                (
                    f"{name} used a meeting with foreign officials {self.day_phrase()} to restate Kyiv's "
                    f"approach, describing it as {self.q(frag)}."
                ),
            )
        )


def make_article(index: int, seed: int) -> SynthArticle:
    rng = random.Random(f"{seed}:{index}")
    span = (LAST_DAY - FIRST_DAY).days
    published = FIRST_DAY + timedelta(days=rng.randrange(span + 1))
    topics = tuple(sorted(rng.sample(TOPICS, rng.randint(1, 3))))
    w = _Writer(rng, published, topics)
    main = topics[0]
    short = w.pick(NAMES_SHORT)
    title = w.pick(TITLES).format(
        name=short.removeprefix("Mr ").removeprefix("Mr. "),
        thing=w.pick(TITLE_THINGS),
        other=w.pick(TITLE_OTHERS),
        short=w.pick(TITLE_SHORTS),
        place=w.pick(PLACES),
    )
    outlet = w.pick(OUTLETS)
    slug = f"{slugify(title)[:60].strip('-')}-{index:05d}"
    source_url = f"https://{slugify(outlet)}.example/{published:%Y/%m/%d}/{slug}"

    paras: list[str] = [w.lede(main)]
    labelled: list[tuple[str, str]] = [("", paras[0])]
    words = len(paras[0].split())
    kinds = (
        "after",
        "before",
        "he",
        "partial",
        "context",
        "context",
        "after",
        "before",
    )
    while words < TARGET_WORDS - 30:
        topic = w.pick(topics)
        kind = w.pick(kinds)
        roll = rng.random()
        new: list[tuple[str, str]]
        if roll < 0.06:
            a, b = w.multi_paragraph(topic, w.pick(NAMES_SHORT))
            new = [("Quote", a), ("", b)]
        elif roll < 0.11:
            new = [("Background", w.other_speaker(topic))]
        elif roll < 0.14:
            new = [("Details", w.scare())]
        elif kind == "after":
            new = [("Quote", w.direct_after(topic, w.pick(NAMES_SHORT + ROLES)))]
        elif kind == "before":
            new = [("Quote", w.direct_before(topic, w.pick(NAMES_SHORT)))]
        elif kind == "he":
            new = [("Quote", w.direct_after(topic, "he"))]
        elif kind == "partial":
            new = [("Details", w.partial(topic, w.pick(NAMES_SHORT + ROLES)))]
        else:
            new = [("Details", w.fill(w.pick(CONTEXT)))]
        for label, text in new:
            paras.append(text)
            labelled.append((label, text))
            words += len(text.split())
    return SynthArticle(
        index=index,
        slug=slug,
        title=title,
        published=published,
        outlet=outlet,
        source_url=source_url,
        topics=topics,
        paragraphs=tuple(paras),
        labelled=tuple(labelled),
    )


def make_articles(n: int, seed: int = DEFAULT_SEED) -> list[SynthArticle]:
    return [make_article(i, seed) for i in range(n)]


# --------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------


def _ystr(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _body(a: SynthArticle) -> str:
    return "\n\n".join(a.paragraphs) + "\n"


def dateline_markdown(a: SynthArticle) -> str:
    topics = ", ".join(a.topics)
    return (
        "---\n"
        f"title: {_ystr(a.title)}\n"
        f"date: {a.published.isoformat()}\n"
        f"outlet: {_ystr(a.outlet)}\n"
        f"source_url: {_ystr(a.source_url)}\n"
        "speakers: [zelensky]\n"
        f"topics: [{topics}]\n"
        "---\n\n" + _body(a)
    )


def hugo_markdown(a: SynthArticle) -> str:
    tags = ", ".join(_ystr(t) for t in a.topics)
    return (
        "---\n"
        f"title: {_ystr(a.title)}\n"
        f"date: {a.published.isoformat()}\n"
        f"slug: {_ystr(a.slug)}\n"
        f"outlet: {_ystr(a.outlet)}\n"
        f"source_url: {_ystr(a.source_url)}\n"
        f"tags: [{tags}]\n"
        "---\n\n" + _body(a)
    )


def eleventy_markdown(a: SynthArticle) -> str:
    topics = ", ".join(_ystr(t) for t in a.topics)
    return (
        "---\n"
        f"title: {_ystr(a.title)}\n"
        f"date: {a.published.isoformat()}\n"
        f"outlet: {_ystr(a.outlet)}\n"
        f"source_url: {_ystr(a.source_url)}\n"
        f"topics: [{topics}]\n"
        "---\n\n" + _body(a)
    )


def raw_text(a: SynthArticle, salt: int = 0) -> str:
    """The seeds' shape: no title, optional ' date YYYY-MM-DD ' prefix, labels sometimes.

    Without the prefix, a wire-style dateline ("KYIV, March 3, 2023 — ") gives the year.
    A non-zero `salt` always uses such a dateline (see `write_raw`).
    """
    rng = random.Random(f"raw:{a.index}:{a.slug}:{salt}")
    if rng.random() < 0.6 and not salt:
        prefix = f" date {a.published.isoformat()} "
    else:  # no prefix: a wire-style dateline gives the year, as an importer would need
        place = PLACES[rng.randrange(len(PLACES))].upper()
        prefix = f"{place}, {a.published:%B} {a.published.day}, {a.published.year} — "
    if rng.random() < 0.35:
        parts = []
        for label, text in a.labelled:
            if label == "Quote" and rng.random() < 0.5:
                parts.append(f"Quote: {text}")
            elif label and label != "Quote" and rng.random() < 0.4:
                parts.append(f"{label}: {text}")
            else:
                parts.append(text)
        parts.insert(1, f"Source: {a.outlet}")
        sep = "\n\n"
    else:
        parts = list(a.paragraphs)
        sep = "\n\n" if rng.random() < 0.5 else "\n"
    return prefix + sep.join(parts) + "\n"


def _data_files() -> dict[str, str]:
    """speakers.yaml / topics.yaml: the project's own if present, else minimal ones."""
    out: dict[str, str] = {}
    src = REPO_DIR / "content" / "_data"
    for name in ("speakers.yaml", "topics.yaml"):
        path = src / name
        if path.is_file():
            out[name] = path.read_text(encoding="utf-8")
    out.setdefault(
        "speakers.yaml",
        "- id: zelensky\n  name: Volodymyr Zelensky\n"
        "  aliases: [Zelensky, Zelenskyy, Zelenskiy, Volodymyr Zelensky, Volodymyr Zelenskyy]\n"
        "  roles: [the Ukrainian president, Ukraine's president, Ukraine’s president, the Ukrainian leader]\n",
    )
    out.setdefault(
        "topics.yaml",
        "".join(f"- id: {t}\n  label: {t.replace('-', ' ').title()}\n  cues: [{t.split('-')[0]}*]\n" for t in TOPICS),
    )
    return out


HUGO_CONFIG = """\
baseURL = "https://bench.example/"
languageCode = "en"
title = "dateline bench (Hugo)"
disableHugoGeneratorInject = true
enableRobotsTXT = true

[permalinks]
  posts = "/:year/:month/:day/:slug/"

[taxonomies]
  tag = "tags"
"""

HUGO_BASEOF = """\
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""

HUGO_SINGLE = """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
 · {{ .Params.outlet }} · <a href="{{ .Params.source_url }}">source</a></p>
{{ .Content }}
<p>{{ range .Params.tags }}<a href="{{ printf "/tags/%s/" . | relURL }}">{{ . }}</a> {{ end }}</p>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
</article>
{{ end }}
"""

HUGO_LIST = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end }}
<ul>
{{ range $pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>
{{ end }}</ul>
{{ end }}
"""

ELEVENTY_BASE = """\
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }} | dateline bench (Eleventy)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><a href="/">dateline bench (Eleventy)</a></header>
<main>{{ content | safe }}</main>
</body>
</html>
"""

ELEVENTY_POST = """\
---
layout: base.njk
---
<article>
<h1>{{ title }}</h1>
<p><time datetime="{{ page.date.toISOString().slice(0, 10) }}">{{ page.date.toDateString() }}</time>
 · {{ outlet }} · <a href="{{ source_url }}">source</a></p>
{{ content | safe }}
<p>{% for t in topics %}<span>{{ t }}</span> {% endfor %}</p>
</article>
"""

ELEVENTY_INDEX = """\
---
layout: base.njk
title: All articles
---
<h1>All articles</h1>
<ul>
{% for post in collections.posts | reverse %}<li><a href="{{ post.url }}">{{ post.data.title }}</a>
 <time>{{ post.date.toISOString().slice(0, 10) }}</time></li>
{% endfor %}</ul>
"""

ELEVENTY_DIRDATA = {"layout": "post.njk", "tags": "posts"}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def write_content(articles: Iterable[SynthArticle], out: Path) -> None:
    for name, text in _data_files().items():
        _write(out / "content" / "_data" / name, text)
    for a in articles:
        _write(out / "content" / "articles" / f"{a.slug}.md", dateline_markdown(a))


def write_hugo(articles: Iterable[SynthArticle], out: Path) -> None:
    root = out / "hugo"
    _write(root / "hugo.toml", HUGO_CONFIG)
    layouts = root / "layouts" / "_default"
    _write(layouts / "baseof.html", HUGO_BASEOF)
    _write(layouts / "single.html", HUGO_SINGLE)
    _write(layouts / "list.html", HUGO_LIST)
    for a in articles:
        _write(root / "content" / "posts" / f"{a.slug}.md", hugo_markdown(a))


def write_eleventy(articles: Iterable[SynthArticle], out: Path) -> None:
    root = out / "eleventy"
    _write(root / "_includes" / "base.njk", ELEVENTY_BASE)
    _write(root / "_includes" / "post.njk", ELEVENTY_POST)
    _write(root / "index.njk", ELEVENTY_INDEX)
    _write(root / "posts" / "posts.json", json.dumps(ELEVENTY_DIRDATA) + "\n")
    for a in articles:
        _write(root / "posts" / f"{a.slug}.md", eleventy_markdown(a))


def _lede_key(text: str) -> str:
    """Roughly what an importer proposes as title/slug: the first sentence's first 60 chars."""
    text = re.sub(r"^ date \d{4}-\d{2}-\d{2} ", "", text)
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    key = ""
    for word in slugify(first).split("-"):
        if len(key) + len(word) + 1 > 50:  # a little shorter than a 60-char slug, to be safe
            break
        key = f"{key}-{word}" if key else word
    return key


def write_raw(articles: Iterable[SynthArticle], out: Path) -> None:
    """Raw files whose opening sentences all differ, so an import of all of them writes
    every file (templated ledes would otherwise propose the same slug for two files)."""
    seen: set[str] = set()
    for a in articles:
        salt = 0
        text = raw_text(a)
        while _lede_key(text) in seen and salt < 50:
            salt += 1
            text = raw_text(a, salt)
        seen.add(_lede_key(text))
        digest = hashlib.sha256(a.slug.encode()).hexdigest()[:16]
        _write(out / "raw" / f"{a.index:05d}_{digest}.txt", text)


def generator_fingerprint() -> str:
    """Changes whenever this file changes, so cached corpora are regenerated."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def generate(
    n: int,
    out: Path,
    *,
    seed: int = DEFAULT_SEED,
    targets: Sequence[str] = ALL_TARGETS,
    raw: bool = False,
) -> None:
    articles = make_articles(n, seed)
    if raw:
        write_raw(articles, out)
    else:
        writers = {
            "content": write_content,
            "hugo": write_hugo,
            "eleventy": write_eleventy,
        }
        for target in targets:
            writers[target](articles, out)


def ensure_corpus(n: int, out: Path, *, seed: int = DEFAULT_SEED, raw: bool = False) -> Path:
    """Generate into `out` unless an identical corpus (same N, seed, generator) is there."""
    stamp = out / ".stamp.json"
    want = {
        "articles": n,
        "seed": seed,
        "raw": raw,
        "generator": generator_fingerprint(),
    }
    if stamp.is_file():
        try:
            if json.loads(stamp.read_text(encoding="utf-8")) == want:
                return out
        except ValueError:
            pass
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    generate(n, out, seed=seed, raw=raw)
    stamp.write_text(json.dumps(want) + "\n", encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", "-n", type=int, required=True, help="number of articles")
    p.add_argument("--out", type=Path, required=True, help="output directory")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--raw", action="store_true", help="write raw .txt files (import benchmark)")
    p.add_argument(
        "--only",
        choices=ALL_TARGETS,
        action="append",
        help="write only this target (repeatable); default all three",
    )
    args = p.parse_args(argv)
    if args.articles < 1:
        p.error("--articles must be positive")
    generate(
        args.articles,
        args.out,
        seed=args.seed,
        targets=args.only or ALL_TARGETS,
        raw=args.raw,
    )
    kind = "raw files" if args.raw else "articles"
    print(f"wrote {args.articles} {kind} to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
