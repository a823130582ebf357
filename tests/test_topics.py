"""Topic and stance tagging by the readable rules in topics.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import topics
from dateline.load import load_data

DATA = load_data(Path(__file__).parent / "data" / "golden_project" / "content", [])


@pytest.mark.parametrize(("text", "context", "want_topics", "want_stance"), [
    ("Ukrainians are not ready to give away their land.", "", ("territory",), {"territory": "no-concessions"}),
    ("There will be no talks with Putin.", "", ("negotiations",), {"negotiations": "no-talks-with-putin"}),
    ("I would be prepared for any format of negotiations.", "", ("negotiations",), {"negotiations": "ready-to-talk"}),
    # a partial is tagged with its paragraph's words too (the US and Europe: allies)
    ("will not abandon", "he is ready to meet Putin if the US and Europe will not abandon Ukraine",
     ("negotiations", "security-guarantees", "allies"),
     {"negotiations": "ready-to-talk", "security-guarantees": "guarantees-first"}),
    ("We can't give you NATO in the midst of the conflict – that's fair.", "", ("nato",), {"nato": "nato-later"}),
    # "Russia or Belarus" is a venue stance; no negotiations stance cue is present
    ("The negotiations cannot take place in Russia or Belarus.", "", ("negotiations", "venue"),
     {"venue": "anywhere-but"}),
    ("I think he will.", "", (), {}),
    ("The territorial question is for later.", "", ("territory",), {}),
])
def test_tagging(text: str, context: str, want_topics: tuple[str, ...], want_stance: dict[str, str]) -> None:
    """Exact topics in topics.yaml order (the first is a timeline event's group) and exact stances:
    an extra wrong topic or stance fails too."""
    got_topics, got_stance = topics.tag(text, context, DATA.topics)
    assert tuple(got_topics) == want_topics
    assert dict(got_stance) == want_stance


def test_cue_patterns_are_whole_words_with_wildcards() -> None:
    pattern = topics.cue_pattern(["territor*", "land"])
    assert pattern is not None
    assert pattern.search("territorial integrity") and pattern.search("our land.")
    assert not pattern.search("Finland") and not pattern.search("landmark")


def test_seed_topic_pages_list_quotes_in_time_order(seed_site: Path) -> None:
    import re

    for topic in ("territory", "negotiations"):
        html = (seed_site / "topics" / topic / "index.html").read_text(encoding="utf-8")
        dates = re.findall(r'<time datetime="([0-9-]+)"', html)
        assert dates, topic
        assert dates == sorted(dates)


def test_a_short_term_carries_no_stance_but_a_short_statement_does() -> None:
    """A scare-quoted word is no position (issue 19): its sentence's stance words are the writer's."""
    context = "Critics called the offer of talks with Putin a \"surrender\", but he said he was ready for any format."
    got_topics, got_stance = topics.tag("surrender", context, DATA.topics, partial=True)
    assert "negotiations" in got_topics and got_stance == {}
    assert topics.tag("surrender", context, DATA.topics)[1], "the same words as a whole quote do carry one"
    assert topics.short_term("a missed opportunity", True) and not topics.short_term("will not abandon", True)
    assert not topics.short_term("vigilant", False)
    assert topics.tag("will not abandon", "he is ready to meet Putin if the US and Europe will not abandon Ukraine",
                      DATA.topics, partial=True)[1].get("negotiations") == "ready-to-talk"


def test_the_longest_cue_decides_between_stances_and_the_doubt_is_kept() -> None:
    """A generic cue of a stance listed first ("conditions") no longer beats a specific one listed
    later ("support the levy"); `doubts` names every stance that matched
    and a cue that follows a past tense."""
    from dateline.model import Stance, Topic
    levy = Topic("levy", "Tourist levy", ("levy",), (
        Stance("conditional", "With conditions", ("conditions", "ring-fenced"), 1),
        Stance("for", "For the levy", ("support the levy", "back the levy"), 2),
        Stance("against", "Against the levy", ("against the levy", "scrap the levy"), 0)))
    text = "I support the levy now that the conditions are written into the bylaw."
    assert topics.tag(text, "", [levy]) == (("levy",), {"levy": "for"})
    [doubt] = topics.doubts(text, "", [levy])
    assert doubt.matches == (("for", "support the levy"), ("conditional", "conditions")) and not doubt.past
    assert topics.tag("Ring-fenced, or scrap the levy.", "", [levy])[1] == {"levy": "against"}, "more words win"
    assert topics.tag("The levy: conditions first, ring-fenced.", "", [levy])[1] == {"levy": "conditional"}
    [past] = topics.doubts("We used to be against the levy, I admit.", "", [levy])
    assert past.stance == "against" and past.past == "used to be against the levy" and len(past.matches) == 1
    assert topics.doubts("We are against the levy.", "", [levy]) == []
    assert topics.doubts("The levy was a mistake.", "", [levy]) == [], "no stance, no doubt"


def test_a_stance_cue_puts_a_quote_on_that_stances_topic_only() -> None:
    """"I back the levy as amended" names no cue of the levy topic, but "back the levy" is one of
    its stances: it is on the levy topic with that stance, and on no other topic."""
    from dateline.model import Stance, Topic
    levy = Topic("levy", "Harbour levy", cues=("levy bill", "port charge*"),
                 stances=(Stance("oppose", "Oppose", ("against the levy", "repeal"), 0),
                          Stance("support", "Support", ("back the levy",), 2)))
    dredging = Topic("dredging", "Dredging", cues=("dredg*",), stances=(Stance("more", "More", ("deeper",), 0),))
    assert topics.tag("I back the levy as amended by the committee.", "", [levy, dredging]) == \
        (("levy",), {"levy": "support"})
    assert topics.tag("We will repeal it on day one.", "", [levy, dredging]) == (("levy",), {"levy": "oppose"})
    assert topics.tag("The berth is too shallow.", "", [levy, dredging]) == ((), {})
    # the writer's words around a fragment are not the speaker's: they put it on no topic
    assert topics.tag("a fair deal", "She said she would back the levy, calling it \"a fair deal\".",
                      [levy, dredging], partial=True) == ((), {})


_GATE_CUES = ["land", "territor*", "line of contact", "won't give up", "pro-*", "cease-fire", "no-fly zone",
              "not ready to give*", "eu", "g7", "x*", "snake_case", "front line", "re-negotiat*"]
_GATE_TEXTS = ["our land.", "Finland", "landmark", "the territorial question", "along the line of contact",
               "the line, of contact", "We won’t give up", "won't  give up", "wont give up", "a pro-Kyiv view",
               "pro-", "a ceasefire", "the cease-fire holds", "a no-fly zone", "no fly zone", "not ready to giveaway",
               "the EU's plan", "EUR", "G7.", "g77", "xylophone", "snake_case", "snake case", "front-line troops",
               "frontline", "re-negotiation", "renegotiate", "", "_land_", "land_", "ßland", "Land\nof contact"]


@pytest.mark.parametrize("cue", _GATE_CUES)
def test_a_gate_decides_as_its_pattern_searches(cue: str) -> None:
    """The words of a text decide a lowered cue pattern (a one-word cue, a stem) or let it be
    searched (several words): never another answer than the pattern's own search gives."""
    for cues in ([cue], [cue, "talks"]):
        pattern = topics._lowered_pattern(cues)
        gate = topics._gate(cues)
        assert pattern is not None and gate is not None
        for text in _GATE_TEXTS:
            low = text.lower()
            words = set(topics._RUN.findall(low))
            searched = pattern.search(low) is not None
            assert topics._hit(gate, pattern, low, words, {w[:3] for w in words}) is searched, (cue, text)
            assert gate.state(words, {w[:3] for w in words}) != (0 if searched else 2), (cue, text)


def test_the_index_of_every_gate_gives_each_gate_its_own_state() -> None:
    """`tag` looks a text's words up once in the index of all gates: for each gate, the state its own
    `state` gives (2, 1 or 0), whatever other gates share its words or stems."""
    gates = [g for cues in ([[c] for c in _GATE_CUES] + [_GATE_CUES, ["land", "talks"], ["re-negotiat*", "renegotiat*"]])
             if (g := topics._gate(cues)) is not None]
    index = topics._Index.of(gates)
    for text in [*_GATE_TEXTS, " ".join(_GATE_TEXTS), "talks on land", "we will not give up the line of contact"]:
        words = set(topics._RUN.findall(text.lower()))
        cut = {w[:3] for w in words}
        found = index.states(words)
        assert [topics._state(k, found) for k in range(len(gates))] == [g.state(words, cut) for g in gates], text
    assert topics._state(None, (set(), set())) == 1  # no gate: searched


def test_a_negation_in_the_cues_clause_is_a_doubt_never_one_inside_the_cue() -> None:
    """P21: „Ein Schnellbus ist für mich keine Alternative“ took the stance of its cue
    (`Schnellbus*`) silently; a negation beside a cue is listed for the editor to settle."""
    from dateline.model import Stance, Topic
    line = Topic("tram", "Tram line 4", ("Straßenbahn*", "Linie 4"), (
        Stance("bus", "Express bus instead", ("Schnellbus*",), 0),
        Stance("tram", "Build the tram", ("Straßenbahn bauen",), 2),
        Stance("stop", "Stop the project", ("will not build",), 1)))
    text = "Ein Schnellbus ist für mich keine Alternative, die Stadt braucht Verlässlichkeit."
    assert topics.tag(text, "", [line])[1] == {"tram": "bus"}, "the cue still decides the build"
    [doubt] = topics.doubts(text, "", [line])
    assert doubt.stance == "bus" and doubt.negated == "Ein Schnellbus ist für mich keine Alternative"
    assert topics.doubts("Ein Schnellbus ist die Lösung, nicht jeder fährt Rad.", "", [line]) == [], \
        "a negation in another clause is not the cue's"
    assert topics.doubts("We will not build it this decade.", "", [line]) == [], "the negation is the cue's own"


def test_a_negation_after_a_negated_cue_repeats_it_and_one_before_it_is_a_doubt() -> None:
    """ux33 P12: "No vamos a ceder ni un punto" was listed as "a negation shares its cue's clause"
    though its cue is "no vamos a ceder": "ni" (nor) goes on denying what the cue denies. A
    negation before a negated cue can still turn it, and one beside a plain cue still counts."""
    from dateline.model import Stance, Topic
    harbour = Topic("port", "Port expansion", ("harbour",), (
        Stance("against", "Against the expansion", ("will not approve", "ne céderons pas"), 0),
        Stance("for", "For the expansion", ("approve the expansion",), 1)))
    for text in ("We will not approve it nor any later phase of the harbour works",
                 "Nous ne céderons pas un mètre, ni aujourd'hui ni demain"):
        assert topics.tag(text, "", [harbour])[1] == {"port": "against"}
        assert topics.doubts(text, "", [harbour]) == [], text
    [doubt] = topics.doubts("I never said we will not approve the harbour plan", "", [harbour])
    assert doubt.negated == "I never said we will not approve the harbour plan", "a negation before it may turn it"
    [doubt] = topics.doubts("Nobody should approve the expansion now", "", [harbour])
    assert doubt.stance == "for" and doubt.negated, "a negation beside a plain cue is still a doubt"


def test_a_fragments_own_words_decide_its_stance_before_the_cues_around_it() -> None:
    """A fragment is tagged with its paragraph too, but a cue in its own words beats longer cues in the
    writer's sentences and another quote around it (ux36 #18: "the dam is dead" took "Build the dam"
    from "finished in my first term" two sentences before it); the conflict stays a doubt for review."""
    from dateline.model import Stance, Topic
    tram = Topic("tram", "Tram line", ("tram",), (
        Stance("build", "Build it", ("will be finished in my first term", "go ahead"), 0),
        Stance("pause", "Pause it", ("paused",), 1),
        Stance("stop", "Stop it", ("tram is dead",), 2)))
    context = ("In 2022 the mayor told traders: \"The tram will go ahead, and it will be finished in my first "
               "term.\" In 2023 she paused the works. This spring she told a rally that \"the tram is dead as "
               "long as I am mayor\".")
    text = "the tram is dead as long as I am mayor"
    assert topics.tag(text, context, [tram], partial=True) == (("tram",), {"tram": "stop"})
    [doubt] = topics.doubts(text, context, [tram], partial=True)
    assert doubt.stance == "stop" and {s for s, _ in doubt.matches} == {"build", "pause", "stop"}
    # with no cue of its own, the fragment still takes the context's (a paragraph's words about it)
    assert topics.tag("as long as I am mayor", context, [tram], partial=True)[1] == {"tram": "build"}


def test_a_texts_words_are_its_runs_of_word_characters_however_they_are_split() -> None:
    """`_words` splits an ASCII text (or one ASCII but for its quotation marks and dashes) in C: the very
    runs of `\\w` the regex finds, for every text of the quote fixtures and at the edges (an underscore, a
    combining accent, a Kelvin sign, a German „…“, a dash between words, an apostrophe in a word)."""
    texts = ["snake_case and_", "cafe\u0301 au lait", "WEE\u212aEND", "„Ja“, sagte sie", "east—west", "won’t budge",
             "l’état", "«Non»", "tab\there\nnewline", "", "___", "İstanbul", "a–b"]
    for path in sorted((Path(__file__).parent / "fixtures" / "quotes").rglob("*")):
        if path.is_file() and path.suffix in (".md", ".txt"):
            texts += path.read_text(encoding="utf-8").split("\n\n")
    for text in texts:
        low = text.lower()
        assert topics._words(low) == set(topics._RUN.findall(low)), text
        assert topics._words(text) == set(topics._RUN.findall(text)), text


def test_reading_only_the_routed_topics_tags_as_reading_every_topic() -> None:
    """`tag` reads only the topics whose gates a quote's words reach (`_Routes`): the same topics and
    stances as reading every topic of the file, for every paragraph of the quote fixtures, read as a
    whole quote and as a fragment with its paragraph around it, with the example project's topics."""
    data = load_data(Path(__file__).parent / "data" / "example_project" / "content", [])
    texts = []
    for path in sorted((Path(__file__).parent / "fixtures" / "quotes").rglob("*")):
        if path.is_file() and path.suffix in (".md", ".txt"):
            texts += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert len(texts) > 500
    key = tuple(data.topics)
    compiled, index, _ = topics._compiled(key)
    every = topics._Routes(frozenset(range(len(compiled))), {}, {})
    asked = [(text, "", False) for text in texts] + [(" ".join(t.split()[:3]), t, True) for t in texts]
    try:
        topics._TAGGED.clear()
        routed = [topics.tag(*a[:2], key, a[2]) for a in asked]
        topics._LAST[:] = [(key, (compiled, index, every))]
        topics._TAGGED.clear()
        assert [topics.tag(*a[:2], key, a[2]) for a in asked] == routed
        assert any(tags for tags, _ in routed) and any(stance for _, stance in routed)
    finally:
        topics._LAST.clear()
        topics._TAGGED.clear()
