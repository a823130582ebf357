"""Deterministic synthetic corpus for dateline's benchmarks.

Every sentence here is assembled from this file's own invented templates: no real article
text is used. Each article (~500 words) reports invented diplomatic statements by the
speaker `zelensky`, with direct quotes in curly and straight double quotes, attributions
before and after the quote, pronoun follow-ups ("he added"), partial quotes, occasional
multi-paragraph quotes, other speakers and scare quotes, dated 2019-06 to 2025-12.

Articles are reports of occasions (`Occasion`: a day, a place, 1–3 topics, 7–10 passages said there):
1–6 outlets report each, published 0–3 days after it, quoting the same passages (whole, or cut), so
the reports of one statement carry dates dateline takes for one occasion. Every passage holds that
occasion's particulars (`TAILS`), so different occasions' words do not merge; a campaign line
(`CAMPAIGN_LINES`) is said word for word on ~8 % of the occasions about its topic — the same words
on several occasions, which dateline keeps as one statement per occasion, linked as said again.

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
import bisect
import hashlib
import json
import random
import re
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
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
    "said {when}",
    "insisted",
    "stressed",
    "said in {place}",
)

# What makes one occasion's words its own: every sentence said is a stock claim (QUOTE_CORE, which
# carries the topic's stance cues) followed by a tail of this occasion's particulars, with two counts
# in it. Counts that differ keep two otherwise near-identical sentences two claims (dateline's
# link.one_claim: a claim, a template and its places alike still leave 98 × 98 count pairs), so the
# reports of different occasions rarely merge by their words by accident.
TAILS = (
    "and {n} {group} in {city} have waited {m} days for that answer",
    "as I told the {partner} delegation after {n} hours of talks and {m} drafts",
    "whatever {actor} {verb} in {venue}, and I counted {n} such statements in {m} days",
    "and I repeated it to {n} {leaders} in {city} over {m} meetings",
    "because {n} {group} from {city} have already paid for it in {m} days",
    "which our {body} confirmed after {n} days of debate and {m} votes in {city}",
    "and we have put it in writing for {n} partners in {m} letters, starting with our {partner} friends",
    "even if {actor} {verb} otherwise in {venue} {n} times in {m} weeks",
    "and the {n} {group} I met in {city} said exactly the same {m} times",
    "which is why I called our {partner} colleagues {n} times in {m} days",
)
TAIL_SLOTS: dict[str, tuple[str, ...]] = {
    "group": (
        "families",
        "soldiers",
        "teachers",
        "volunteers",
        "doctors",
        "mayors",
        "farmers",
        "students",
        "engineers",
        "veterans",
        "nurses",
        "miners",
    ),
    "city": (
        "Kharkiv",
        "Sumy",
        "Dnipro",
        "Poltava",
        "Vinnytsia",
        "Zhytomyr",
        "Rivne",
        "Lutsk",
        "Ternopil",
        "Uzhhorod",
        "Chernivtsi",
        "Cherkasy",
        "Chernihiv",
        "Mykolaiv",
        "Irpin",
        "Bucha",
        "Izium",
        "Kryvyi Rih",
    ),
    "partner": (
        "Nordic",
        "Baltic",
        "Canadian",
        "Japanese",
        "Dutch",
        "Spanish",
        "Italian",
        "Czech",
        "Portuguese",
        "Irish",
        "Belgian",
        "Austrian",
        "Danish",
        "Finnish",
        "Swedish",
        "Polish",
    ),
    "actor": (
        "Moscow",
        "the Kremlin",
        "some politicians",
        "certain advisers",
        "a few envoys",
        "their propagandists",
        "some commentators",
        "the other side",
    ),
    "verb": ("said", "wrote", "promised", "demanded", "claimed", "suggested"),
    "venue": (
        "its newspapers",
        "a memorandum",
        "private meetings",
        "its statements",
        "talk shows",
        "closed briefings",
        "leaked drafts",
    ),
    "leaders": ("prime ministers", "presidents", "foreign ministers", "defence ministers", "parliament speakers", "governors"),
    "body": ("parliament", "security council", "government", "general staff", "negotiating team", "legal team"),
}
UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# A line the speaker says on purpose again and again (a campaign line): word for word, on its own,
# on CAMPAIGN_RATE of the occasions about its topic, so the same words on several occasions — one
# statement per occasion, linked as said again — are a feature of the corpus at a modest rate. Not
# one of QUOTE_CORE's claims: a claim is said with its occasion's tail, and those tailed sentences
# hold a bare claim whole (a merge by words would take one for a report of the other).
CAMPAIGN_LINES: dict[str, str] = {
    "territory": "Ukraine is not for sale, not one metre of it and not at any price",
    "negotiations": "we talk to end the war, we do not talk to give the war a pause",
    "ceasefire": "a real ceasefire starts when the shelling stops, not when the paper is signed",
    "security-guarantees": "the only guarantee that has never failed us is our own army",
    "nato": "sooner or later Ukraine will be in the alliance, and everyone knows it",
    "venue": "the table matters less than who sits at it and what they sign",
    "allies": "every package of support is a life saved, and we never forget who helped",
}
CAMPAIGN_RATE = 0.08

# Reports of one occasion: how many outlets report it (weights for 1 to 6 reports) and how many
# days after the occasion each is published (0 to 3: OCCASION_SLACK in dateline's link.py is 3).
REPORTS_WEIGHTS = (15, 20, 22, 18, 13, 12)
DELAY_WEIGHTS = (45, 35, 12, 8)
PASSAGES = (7, 10)  # the occasion's quotable passages, all topics together (min, max; at least 3 a topic)

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


def _number(n: int) -> str:
    """2..99 in words ("forty-two"): a count dateline's link reads as a claim's number."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{UNITS[unit]}" if unit else "")


@dataclass(frozen=True)
class Passage:
    """Words the speaker said on one occasion: an optional opener, then sentences (no final stop)."""

    opener: str
    sentences: tuple[str, ...]
    tail: str = ""  # the first sentence's tail (`_tail`): what a partial quote of the passage quotes
    campaign: bool = False

    def text(self, *, opener: bool = True, last: bool = True) -> str:
        """As one outlet quotes it: with or without the opener, with or without its last sentence
        (a cut a merge by words recognises: the shorter report's word runs are all in the longer)."""
        said = list(self.sentences if last or len(self.sentences) < 2 else self.sentences[:-1])
        first = said[0]
        if opener and self.opener:
            if self.opener.endswith("."):
                said[0] = f"{self.opener} {first[0].upper()}{first[1:]}"
            else:
                said[0] = f"{self.opener} {first}"
        else:
            said[0] = first[0].upper() + first[1:]
        return ". ".join(said)


@dataclass(frozen=True)
class Occasion:
    """One public appearance of the speaker (a briefing, an interview, a summit's remarks): its day,
    place, topics, the outlets that report it and everything quotable said there. Its reports are
    published 0–3 days after it and quote the same passages, so dateline finds one statement per
    passage with a report per outlet — as real coverage of one occasion reads."""

    index: int
    day: date
    topics: tuple[str, ...]
    place: str
    outlets: tuple[str, ...]
    passages: dict[str, tuple[Passage, ...]]
    reactions: tuple[tuple[str, str], ...]  # (another speaker's full name, words)


def _tail(rng: random.Random) -> str:
    template = TAILS[rng.randrange(len(TAILS))]
    slots = {k: v[rng.randrange(len(v))] for k, v in TAIL_SLOTS.items()}
    return template.format(n=_number(rng.randrange(2, 100)), m=_number(rng.randrange(2, 100)), **slots)


def _sentence(rng: random.Random, topic: str) -> tuple[str, str]:
    """A claim on `topic` said with its occasion's particulars: (the sentence, its tail)."""
    core = QUOTE_CORE[topic][rng.randrange(len(QUOTE_CORE[topic]))]
    tail = _tail(rng)
    return f"{core}, {tail}", tail


def make_occasion(j: int, seed: int, reports: int) -> Occasion:
    rng = random.Random(f"{seed}:occasion:{j}")
    span = (LAST_DAY - FIRST_DAY).days
    day = FIRST_DAY + timedelta(days=rng.randrange(span + 1))
    topics = tuple(sorted(rng.sample(TOPICS, rng.randint(1, 3))))
    passages: dict[str, tuple[Passage, ...]] = {}
    total = rng.randint(*PASSAGES)
    for topic in topics:
        said: list[Passage] = []
        if rng.random() < CAMPAIGN_RATE:
            said.append(Passage("", (CAMPAIGN_LINES[topic],), campaign=True))
        while len(said) < max(3, -(-total // len(topics))):
            opener = QUOTE_OPENERS[rng.randrange(len(QUOTE_OPENERS))] if rng.random() < 0.45 else ""
            first, tail = _sentence(rng, topic)
            sentences = [first]
            if rng.random() < 0.3:
                other = _sentence(rng, topics[rng.randrange(len(topics))])[0]
                sentences.append(other[0].upper() + other[1:])
            if rng.random() < 0.35:
                sentences.append(QUOTE_CLOSERS[rng.randrange(len(QUOTE_CLOSERS))].rstrip("."))
            said.append(Passage(opener, tuple(sentences), tail))
        passages[topic] = tuple(said)
    reactions = tuple(
        (OTHERS[rng.randrange(len(OTHERS))][0], f"{OTHER_QUOTES[rng.randrange(len(OTHER_QUOTES))]}, {_tail(rng)}")
        for _ in range(rng.randint(1, 2))
    )
    return Occasion(
        index=j,
        day=day,
        topics=topics,
        place=PLACES[rng.randrange(len(PLACES))],
        outlets=tuple(rng.sample(OUTLETS, reports)),
        passages=passages,
        reactions=reactions,
    )


class _Layout:
    """Which occasion article `index` reports, and as its how-manieth report: occasions one after the
    other, each with 1–6 consecutive articles (REPORTS_WEIGHTS). Independent of the corpus size, so
    article i is the same in every corpus that has it."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.starts: list[int] = [0]
        self.counts: list[int] = []

    def of(self, index: int) -> tuple[int, int, int]:
        """(occasion, report number, reports of the occasion)."""
        while self.starts[-1] <= index:
            rng = random.Random(f"{self.seed}:reports:{len(self.counts)}")
            count = rng.choices(range(1, len(REPORTS_WEIGHTS) + 1), weights=REPORTS_WEIGHTS)[0]
            self.counts.append(count)
            self.starts.append(self.starts[-1] + count)
        j = bisect.bisect_right(self.starts, index) - 1
        return j, index - self.starts[j], self.counts[j]


_LAYOUTS: dict[int, _Layout] = {}


@lru_cache(maxsize=64)
def _occasion(j: int, seed: int, reports: int) -> Occasion:
    return make_occasion(j, seed, reports)


def occasion_of(index: int, seed: int) -> tuple[Occasion, int]:
    """The occasion article `index` reports and its report number among the occasion's reports."""
    j, k, count = _LAYOUTS.setdefault(seed, _Layout(seed)).of(index)
    return _occasion(j, seed, count), k


class _Writer:
    """Builds one report's paragraphs from the templates with its own RNG: the words quoted are
    the occasion's (`Occasion.passages`), every day named is the occasion's day."""

    def __init__(self, rng: random.Random, published: date, occasion: Occasion) -> None:
        self.rng = rng
        self.published = published
        self.occasion = occasion
        self.topics = list(occasion.topics)
        self.curly = rng.random() < 0.5
        # the passages this report has not quoted yet, per topic, in a report's own order
        self.unused: dict[str, list[Passage]] = {}

    def q(self, text: str) -> str:
        return f"“{text}”" if self.curly else f'"{text}"'

    def pick(self, options: Sequence[str]) -> str:
        return options[self.rng.randrange(len(options))]

    def day_phrase(self) -> str:
        """The occasion's day as this report names it ("earlier this week" only when it was)."""
        day = self.occasion.day
        this_week = day < self.published and day.isocalendar()[:2] == self.published.isocalendar()[:2]
        forms = (
            "on " + day.strftime("%A"),
            "on " + day.strftime("%A, %B ") + str(day.day),
            "on " + day.strftime("%B ") + str(day.day),
            "on " + str(day.day) + day.strftime(" %B"),
            "earlier this week" if this_week else "on " + day.strftime("%A"),
            "late on " + day.strftime("%A"),
        )
        return self.pick(forms)

    def fill(self, template: str) -> str:
        return template.format(when=self.day_phrase(), place=self.occasion.place)

    def passage(self, topic: str) -> Passage:
        """A passage of the occasion on `topic` this report has not quoted yet (all again once each
        has been: a long report comes back to what was said)."""
        left = self.unused.get(topic)
        if not left:
            left = self.unused[topic] = list(self.occasion.passages[topic])
        return left.pop(self.rng.randrange(len(left)))

    def quote_text(self, topic: str) -> str:
        """A passage as this outlet quotes it, without its closing punctuation: whole, or without its
        opener, or without its last sentence; a campaign line always word for word."""
        p = self.passage(topic)
        if p.campaign:
            return p.text()
        roll = self.rng.random()
        return p.text(opener=roll >= 0.2, last=roll < 0.2 or roll >= 0.35)

    def fragment(self, topic: str) -> str:
        """Words of one of the occasion's passages on `topic`, quoted inside a sentence: a sentence's
        tail without its first word (its count and every particular with it: a few words around the
        count alone, "after twenty days of", recur on other occasions, and a fragment found inside
        another occasion's words is taken as recalling them), or a campaign line."""
        said = self.occasion.passages[topic]
        p = said[self.rng.randrange(len(said))]
        if p.campaign:  # whole: the first words alone of a line said on several occasions would be
            return p.sentences[0]  # one occasion's report that the line's later occasions "recall"
        return p.tail.split(" ", 1)[1].replace(",", "")

    def direct_after(self, topic: str, subject: str) -> str:
        verb = self.fill(self.pick(SAID_VERBS))
        return f"{self.q(self.quote_text(topic) + ',')} {subject} {verb}."

    def direct_before(self, topic: str, subject: str) -> str:
        lead = self.pick(
            (
                f"{subject} told {self.pick(AUDIENCES)}:",
                f"{subject} said in {self.occasion.place}:",
                f"Speaking to {self.pick(INTERVIEWERS)}, {subject} said:",
                f"{subject} wrote in a statement:",
            )
        )
        return f"{lead} {self.q(self.quote_text(topic) + '.')}"

    def partial(self, topic: str, subject: str) -> str:
        frag = self.fragment(topic)
        subject = subject[0].upper() + subject[1:]
        return self.pick(
            (
                f"{subject} said Kyiv's position was {self.q(frag)} and that it would not change {self.day_phrase()}.",
                f"In {self.occasion.place}, {subject} repeated that Ukraine wanted {self.q(frag)}, a phrase he has used before.",
                f"Asked about the proposal, {subject} described it as {self.q(frag)} but gave no further detail.",
            )
        )

    def multi_paragraph(self, topic: str, subject: str) -> tuple[str, str]:
        open_mark = "“" if self.curly else '"'
        first = f"{subject} said: {open_mark}{self.quote_text(topic)}."
        second = f"{self.q(self.quote_text(self.pick(self.topics)) + '.')}"
        return first, second

    def other_speaker(self, topic: str) -> str:
        reactions = self.occasion.reactions
        full, words = reactions[self.rng.randrange(len(reactions))]
        return f"{self.q(words + ',')} {full} told reporters in {self.pick(PLACES)}."

    def scare(self) -> str:
        return (
            f"{self.pick(NAMES_SHORT)} appeared on the programme {self.q(self.pick(SHOWS))} "
            f"{self.day_phrase()}, where he answered questions from viewers for almost an hour."
        )

    def lede(self, topic: str) -> str:
        name = self.pick(NAMES_FULL)
        frag = self.fragment(topic)
        return self.pick(
            (
                (
                    f"Ukrainian President {name} said {self.day_phrase()} that his country would stand by "
                    f"its position on {topic.replace('-', ' ')}, calling it {self.q(frag)}."
                ),
                (
                    f"President {name} has said Ukraine is ready for diplomacy but insisted on "
                    f"{self.q(frag)}, in remarks made {self.day_phrase()} in {self.occasion.place}."
                ),
                (
                    f"{name} used a meeting with foreign officials {self.day_phrase()} to restate Kyiv's "
                    f"approach, describing it as {self.q(frag)}."
                ),
            )
        )


def make_article(index: int, seed: int) -> SynthArticle:
    """Article `index`: one outlet's report of its occasion (`occasion_of`), published 0–3 days later."""
    rng = random.Random(f"{seed}:{index}")
    occasion, report = occasion_of(index, seed)
    delay = rng.choices(range(len(DELAY_WEIGHTS)), weights=DELAY_WEIGHTS)[0]
    published = min(occasion.day + timedelta(days=delay), LAST_DAY)
    topics = occasion.topics
    w = _Writer(rng, published, occasion)
    main = topics[0]
    short = w.pick(NAMES_SHORT)
    title = w.pick(TITLES).format(
        name=short.removeprefix("Mr ").removeprefix("Mr. "),
        thing=w.pick(TITLE_THINGS),
        other=w.pick(TITLE_OTHERS),
        short=w.pick(TITLE_SHORTS),
        place=occasion.place,
    )
    outlet = occasion.outlets[report]
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
