"""Unit tests of the extraction mechanisms in `dateline.quotes`, plus hypothesis properties.

The fixture corpus (`test_extraction_corpus.py`) judges whole articles; these pin the
individual mechanisms so a regression says which one broke.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline import quotes
from dateline.lexicon import lexicon


def texts(body: str) -> list[str]:
    return [q.text for q in quotes.extract(body).quotes]


def one(body: str) -> quotes.RawQuote:
    found = quotes.extract(body).quotes
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# ---------------------------------------------------------------- pairing and marks


def test_straight_and_curly_pairs() -> None:
    assert texts('"We will not give up," Zelensky said.') == ["We will not give up,"]
    assert texts("“We will not give up,” Zelensky said.") == ["We will not give up,"]


def test_guillemets_keep_inner_quote() -> None:
    assert texts("«He talks about a “just peace”, but no,» Peskov said.") == ["He talks about a “just peace”, but no,"]


def test_japanese_corner_brackets_are_primary_marks() -> None:
    """Japanese copy quotes in 「…」 and tags the quote after it (と述べた); 『…』 inside is an inner quote,
    and 『…』 standing alone is a work's title, never a quote."""
    body = ("青葉市の佐野市長は9日の会見で「『水は足りるのか』と何度も聞かれた。まず説明が先だ」と述べた。\n"
            "市長はまた「来月には結論を出したい」と語った。\n"
            "市が出した報告書『青葉川の百年』も話題になった。")
    assert texts(body) == ["『水は足りるのか』と何度も聞かれた。まず説明が先だ", "来月には結論を出したい"]
    assert [q.kind for q in quotes.extract(body).quotes] == ["direct", "direct"]


def test_japanese_terms_in_corner_brackets_are_no_quotes() -> None:
    """`「…」という言葉` is a term, and a short untagged phrase too; the same phrase tagged with と言った is said."""
    assert texts("町では「水道マネー」という言葉も聞かれる。") == []
    assert texts("住民は「水道マネー」を警戒する。") == []
    assert texts("住民の一人は「もう遅い」と話した。") == ["もう遅い"]
    assert texts("ある職員は「結論は来年になる」との見方を示した。") == ["結論は来年になる"]


def test_guillemets_read_in_the_direction_their_paragraph_sets_them() -> None:
    """German copy opens with » and closes with « (»Zitat«), French and Swiss copy the other way
    («Zitat», « Zitat »): each paragraph's marks say which, by where they stand and which comes first."""
    def reversed_(text: str) -> bool:
        return quotes.guillemets_reversed(text, 0, len(text))

    assert reversed_("»Wir bauen«, sagte sie.")
    assert reversed_("Sie sagte: »Wir bauen.« Dann ging sie.")
    assert reversed_("und wir werden sparen müssen«, sagte er.")  # carried over: the first mark closes
    assert not reversed_("«Wir bauen», sagte sie.")
    assert not reversed_("« Nous construirons », a-t-elle dit.")
    assert not reversed_("«\u00a0Nous construirons\u00a0», a-t-elle dit.")
    assert not reversed_("Start » Politik » Halvern")  # a breadcrumb's separators
    assert texts("»Wir bauen«, sagte sie. »Aber nicht sofort«, fügte sie hinzu.") == ["Wir bauen", "Aber nicht sofort"]
    assert texts("«Wir bauen», sagte sie.\n\n»Wir bauen«, sagte er.") == ["Wir bauen", "Wir bauen"]


def test_low9_opening_closes_with_left_double_mark() -> None:
    assert texts("„Ukraine will not be a buffer zone,“ Zelensky said.") == ["Ukraine will not be a buffer zone,"]


def test_inner_quote_that_never_closes_does_not_break_the_outer_one() -> None:
    q = one("\"They tell us, 'be patient, and we have been patient,\" Zelenskyy said.")
    assert q.text == "They tell us, 'be patient, and we have been patient,"


def test_span_and_marks_recorded() -> None:
    body = 'Intro line.\n\n"Q here," he said.'
    q = one(body)
    assert body[q.start:q.end] == q.text and q.marks == '""' and q.line == 3


# ---------------------------------------------------------------- apostrophes and single marks


def test_apostrophes_are_not_marks_in_single_quoted_text() -> None:
    body = ("Zelensky danced to rock 'n' roll in the '90s.\n"
            "'We can't wait for the allies' decision forever,' Zelensky said. 'Every week costs lives.'")
    assert texts(body) == ["We can't wait for the allies' decision forever,", "Every week costs lives."]


def test_curly_plural_possessive_inside_british_quote() -> None:
    body = "‘We need the allies’ help now,’ the president said."
    assert texts(body) == ["We need the allies’ help now,"]


def test_british_headline_over_double_mark_body() -> None:
    body = "‘Not one village’: Zelensky rejects idea\n\n\"Not one village will be handed over,\" he said."
    assert texts(body) == ["Not one village", "Not one village will be handed over,"]


# ---------------------------------------------------------------- continuation


def test_reopened_paragraph_continues_the_quote() -> None:
    body = 'Zelensky said: "First part.\n\n"Second part."'
    q = one(body)
    assert q.text == 'First part.\n\n"Second part.' and q.parts[0][0] == q.start and q.last_paragraph == 1


def test_closing_in_next_paragraph_without_reopening_is_one_quote() -> None:
    body = 'Quote: "First part.\n\nSecond part."'
    assert one(body).text == "First part.\n\nSecond part."


def test_open_quote_followed_by_markless_paragraph_is_dropped_with_a_warning() -> None:
    body = 'He said: "We will not accept this\n\nThe air force said drones were shot down.\n\n"Later," he said.'
    ext = quotes.extract(body)
    assert [q.text for q in ext.quotes] == ["Later,"]
    assert ext.warnings and ext.warnings[0][0] == 1


# ---------------------------------------------------------------- speech or not


def test_titles_and_terms_are_rejected() -> None:
    body = ('Zelensky starred in the TV series "Servant of the People". Russia\'s "special military operation" '
            'began in 2022. Moscow rejected his so-called "peace formula". Soldiers of the "Azov" brigade spoke.')
    assert texts(body) == []
    assert len(quotes.extract(body).rejected) == 4


def test_scare_quote_is_not_speech_but_short_partial_after_verb_is() -> None:
    assert texts('He has certain "favorites" among the leaders.') == []
    q = one('He said Europe "will not abandon" Ukraine.')
    assert q.partial and q.kind == "partial"


def test_noun_after_any_preposition_is_a_term_even_with_a_speech_verb_later() -> None:
    """A scare-quoted noun after "around"/"behind"/"under" is the writer's word, in British single
    marks too, although "insists" follows in the same sentence."""
    assert texts("The campaign has gathered around 'freedom', but its leader insists it is 'not a party'.") \
        == ["not a party"]
    assert texts('The movement rallied behind "sovereignty" and said nothing more.') == []


def test_quote_after_a_dateline_with_accented_capitals_is_direct() -> None:
    """An upper-case dateline city with a diacritic ("BELÉM, 12 November –") is no writer's clause."""
    q = one('BELÉM, 12 November 2025 – "We will hold the world to every promise," said the minister.')
    assert not q.partial and q.kind == "direct"


def test_evaluative_fragment_after_naming_verb_is_partial() -> None:
    q = one('Zelensky called the idea "absolutely unacceptable" on Monday.')
    assert q.partial


def test_capitalised_fragment_inside_the_writers_sentence_is_partial() -> None:
    """A capital first letter does not make a fragment a whole quote: a proper noun or a
    sentence broken off mid-way is still the writer's sentence around it (issue 18)."""
    for body, text in [
        ('Zelensky said Ukraine would accept only "Security guarantees that actually work" and nothing less.',
         "Security guarantees that actually work"),
        ('Zelensky warned that the front would hold as long as "Europe keeps its word" on air defence.',
         "Europe keeps its word"),
        ('The president said the offer was "Not serious. Not at all." in his evening address.',
         "Not serious. Not at all."),
    ]:
        q = one(body)
        assert (q.text, q.partial, q.kind) == (text, True, "partial"), body


def test_capitalised_whole_sentence_after_said_is_not_partial() -> None:
    q = one('Zelensky said "We will not trade our land." Then he left.')
    assert (q.partial, q.kind) == (False, "direct")
    q = one('"We will not trade our land," Zelensky said.')
    assert (q.partial, q.kind) == (False, "direct")


def test_attribution_tag_makes_a_direct_quote_even_if_short() -> None:
    q = one('Asked about a freeze, Zelensky said: "Maybe."')
    assert not q.partial and q.kind == "direct"


def test_markdown_link_title_and_coordinates_are_not_quotes() -> None:
    assert texts('See [the plan](https://x.example/a%22b "Plan Title") here.') == []
    assert texts("The plant sits at 47°30'30\"N 34°35'10\"E on the river.") == []


# ---------------------------------------------------------------- transcripts


def test_transcript_turns() -> None:
    body = "TAPPER: Mr. President, what do you need?\nZELENSKYY (through translator): Air defense. \"Patriots.\""
    ext = quotes.extract(body)
    assert [(q.turn_name, q.kind) for q in ext.quotes] == [("TAPPER", "transcript-turn"), ("ZELENSKYY", "transcript-turn")]
    assert ext.quotes[1].text == 'Air defense. "Patriots."' and "translator" in ext.quotes[1].turn_note


def test_a_turn_opens_with_a_letter_a_digit_or_a_mark_of_its_label() -> None:
    """`transcript_turns` passes over a paragraph opening with anything else (a quote mark) without trying its
    label patterns: every word a label can open with (a title, an office's article, another language's Q and A)
    opens with a letter, and a label opening with a time code, bold or a bracket is still a turn."""
    lx = lexicon()
    for word in (*lx.honorifics, *lx.office_articles, *lx.question_labels, *lx.answer_labels):
        assert word[:1].isalnum(), word
    body = ("[00:00:12] HOST: Welcome back.\n\n**Ana Costa:** Thank you.\n\n**Host:** Why now?\n\n"
            "**Ana Costa:** Because the river rose.\n\n\"A quote,\" she said.")
    turns = quotes.transcript_turns(body, quotes.paragraphs(body))
    assert sorted(q.turn_name for q in turns.values()) == ["Ana Costa", "Ana Costa", "HOST", "Host"]


def test_a_record_whose_labels_end_in_a_full_stop_and_dash() -> None:
    # a Latin-American chamber's record, translated: `Senator GÓMEZ (Chair).-`, `Mr. TORRES.-`
    body = ("Senator GÓMEZ (Chair).- The session is open.\n\n"
            "Mr. TORRES.- Thank you, Mr. Chair. The dam holds.\n\n"
            "Senator GÓMEZ (Chair).- I offer the floor once more.")
    ext = quotes.extract(body)
    assert [(q.turn_name, q.text) for q in ext.quotes] == [
        ("GÓMEZ", "The session is open."), ("TORRES", "Thank you, Mr. Chair. The dam holds."),
        ("GÓMEZ", "I offer the floor once more.")]
    # a line of prose with a dash after an abbreviation is no turn
    assert texts("The U.S.- Mexico border crossing at Nogales reopened on Monday.") == []


def test_single_label_line_is_not_a_transcript() -> None:
    assert texts("UPDATE: talks resumed on Monday.") == []


# ---------------------------------------------------------------- properties

_ALPHABET = st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "S", "Cc"))
_NEWS_BITS = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", "„", " said", " Zelensky", ": ", ",", ".",
                              "\n", "\n\n", "ZAKARIA: ", " he added", "Quote: ", "—", "(through translator)"])
_BODIES = st.one_of(st.text(_ALPHABET, max_size=300), st.lists(st.one_of(_NEWS_BITS, st.text(max_size=12)),
                                                             max_size=60).map("".join))


@settings(max_examples=300, deadline=None)
@given(_BODIES)
def test_every_quote_is_exact_substring_and_extraction_is_deterministic(body: str) -> None:
    first = quotes.extract(body)
    for q in first.quotes:
        assert body[q.start:q.end] == q.text
        assert all(0 <= s <= e <= len(body) for s, e in q.parts)
    assert quotes.extract(body) == first


_PLAIN = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs"), exclude_characters="\n"),
                 min_size=1, max_size=80).filter(lambda t: t.strip() != "")


@settings(max_examples=200, deadline=None)
@given(_BODIES, _PLAIN)
def test_appending_a_markless_paragraph_changes_nothing_before_it(body: str, extra: str) -> None:
    """A paragraph with no quote marks (and no label colon) cannot alter earlier quotes."""
    before = quotes.extract(body)
    after = quotes.extract(body + "\n\n" + extra)
    assert after.quotes[:len(before.quotes)] == before.quotes
    assert all(q.start >= len(body) for q in after.quotes[len(before.quotes):])


def test_a_dropped_closing_mark_is_repaired_only_where_the_paragraph_shows_the_end() -> None:
    """Issue 19: the words end before the attribution tag; without one, nothing is taken."""
    body = ('Costa was defiant. "We will not retreat, not now and not later, she told reporters on Monday. '
            'Others disagreed.\n\nThe talks resume on Friday.')
    ext = quotes.extract(body)
    assert [(q.text, q.repaired) for q in ext.quotes] == [("We will not retreat, not now and not later,", True)]
    assert any("repaired" in msg for _, msg in ext.warnings)
    body = 'Costa was defiant. "We will not retreat, not now and not later.\n\nThe talks resume on Friday.'
    ext = quotes.extract(body)
    assert ext.quotes == [] and any("never closed" in msg for _, msg in ext.warnings)
    # a tag inside the quoted words that does not end a sentence is not the end
    body = '"They told us, he said, that the deal was done and we believed them\n\nThe talks resume.'
    assert quotes.extract(body).quotes == []


def test_a_headline_takes_the_verdict_the_article_gives_the_same_words() -> None:
    """A headline quotes the article's words without their verb: speech in the body, a fragment in
    the headline; a term in the body ("last week's IT "meltdown""), a term in the headline too."""
    body = ("Reyes ‘open to a deal’ on the levy\n\nGreens leader Tom Reyes says his party is \"open to a deal\" "
            "if rents are frozen.")
    ext = quotes.extract(body)
    assert [(q.text, q.partial) for q in ext.quotes] == [("open to a deal", True), ("open to a deal", True)]
    body = ("Mayor admits IT ‘meltdown’ was ‘entirely our fault’\n\nThe mayor admitted that last week's IT "
            "\"meltdown\" was \"entirely our fault\".")
    assert texts(body) == ["entirely our fault", "entirely our fault"]


def test_what_a_relative_clause_calls_the_thing_is_its_name() -> None:
    """"a network that residents call the "…"": the relative pronoun is named, nobody is quoted."""
    assert texts('She turned on a loose network of suppliers that residents call the "water cartel".') == []


def test_a_translation_in_square_brackets_after_a_quote_is_not_a_second_statement() -> None:
    body = ('"Sou contra a taxa como está", disse Souza aos jornalistas. '
            '[gloss: "I am against the levy as it stands," Souza told journalists.]\n\n'
            '[Editor\'s note: "Ports first, always" was the slogan of the 2019 campaign.]\n')
    ext = quotes.extract(body)
    assert [q.text for q in ext.quotes] == ["Sou contra a taxa como está", "Ports first, always"]
    assert ("I am against the levy as it stands,", "a translation in square brackets of the quote before it") in \
        [(r.text, why) for r, why in ext.rejected]


_LEAD_PIECES = ["said", "said:", "told", "told reporters", "told him,", "saying", "says", "denied", " ", ",", ":", "\n",
                "añadió", "dodał", "x", "Said", "asked by Jo", "According to him", "sagte", "that", "saidx", "  ", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=10))
def test_lead_in_verbs_as_a_trie_match_as_their_list(pieces: list[str]) -> None:
    """The lead-in patterns hold their verbs as a trie (`alternation`), which `re` tries faster than
    the list one verb after another: the same matches as the list, in every pattern that holds it."""
    text = "".join(pieces)
    tag = [v for v in lexicon().tag_verbs if v != "told"]
    near = list(lexicon().near_verbs)
    for rx, trie, flat in ((quotes._ADJ_BEFORE_COLON, quotes.alternation(set(tag)), "|".join(tag)),
                           (quotes._TAG_BEFORE, quotes.alternation(set(tag)), "|".join(tag)),
                           (quotes._SAY_NEAR, quotes.alternation(near), "|".join(near)),
                           (quotes._REPORTED_CLAUSE, quotes.alternation(near), "|".join(near))):
        assert trie in rx.pattern
        listed = re.compile(rx.pattern.replace(trie, flat), rx.flags)
        got, want = rx.search(text), listed.search(text)
        assert (got and got.span()) == (want and want.span()), (rx.pattern[:40], text)


def test_a_dotted_record_label_before_a_colon_does_not_crash_the_extractor() -> None:
    """ux33 P2: a legislature record's `Sr. NAME.- Señor presidente: …` split into an empty word where
    the label's words are checked for capitals (IndexError, and the whole import manifest stopped).
    The label with a lower-case word in it is no name, so no turn starts at its colon."""
    body = ("Acta\n8 de junio de 2023\n\nSra. GUAYMÁS.- Gracias, señor presidente. Vamos a votar en contra.\n\n"
            "Sr. MAMANÍ.- Señor presidente: el ocho por ciento es un número.")
    found = quotes.extract(body)
    assert all(not q.text.startswith("el ocho") for q in found.quotes)


def test_a_header_line_above_title_case_turns_is_no_turn() -> None:
    """A briefing's header ("Briefing: Spokesperson …, date", its label used once, its words no sentence)
    stays a header when the title-case labels under it are read as turns because one of them asks
    ("Question:"; branch de33 made an asking label enough to read title-case labels as turns)."""
    body = ("Briefing: Deputy Spokesperson Tomás Vidal, Ministry of Transport, 3 March 2026\n\n"
            "Spokesperson: Good morning. The ferry timetable stands.\n\n"
            "Question: Will the night crossing return?\n\n"
            "Spokesperson: Not this winter. We will look at it again in spring.\n\n"
            "Question: And the fares? Are they frozen --\n\n"
            "Spokesperson: They are frozen until June.")
    texts = [q.text for q in quotes.extract(body).quotes]
    assert not any(t.startswith("Deputy Spokesperson") for t in texts), texts
    assert "Will the night crossing return?" in texts and "And the fares? Are they frozen --" in texts


def test_an_office_in_capitals_with_its_holder_in_brackets_is_the_holder() -> None:
    """ux33: a chamber record's `Sr. PRESIDENTE (Rivas).-` made a speaker page "presidente" (the office);
    the convention for `The Chairperson (Sen. Doe):` is the named member, in capitals as in title case."""
    body = ("Sr. PRESIDENTE (Ferreira).- Tiene la palabra la señora diputada Olmos.\n\n"
            "Sra. OLMOS.- Gracias, señor presidente. Votaremos en contra.\n\n"
            "Sr. PRESIDENTE (Ferreira).- Se va a votar.\n\n"
            "Sr. PRESIDENTE.- Queda aprobado.")
    names = [q.turn_name for q in quotes.extract(body).quotes]
    assert names[:3] == ["Ferreira", "OLMOS", "Ferreira"], names
    assert names[3:] in ([], ["PRESIDENTE"]), "with no one in brackets, the office stays the office"
