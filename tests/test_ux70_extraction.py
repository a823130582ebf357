"""The extraction and attribution findings of a German research group's blind usability round (ux70, an EU
Commissioner's record in English, German and French): a verbatim record's `Name, office. – ` turns and its
interpretation notes, a newsletter's capitals section heads, a spokesperson reading out another's words, a French
`Question :` / `Réponse :` interview and one labelled by its outlet and the interviewee's surname, an op-ed writer's
German and French "I said", a date and a name inside a fronted "Asked about …" clause, and titles that were mastheads
or record types.

All inputs are invented, in the styles of other places (a Council of Europe-style assembly, a US statehouse
newsletter, a Swiss canton, an Austrian town): the names are no real person's.
"""

from __future__ import annotations

from datetime import date

from dateline import attribution, dates, headline, quotes
from dateline.model import DateInfo, PartialDate, Speaker


def _said(body: str, speakers: tuple[Speaker, ...] = (), writer: str = "") -> list[tuple[str, str, bool]]:
    ext = quotes.extract(body)
    return [(q.text[:24], a.speaker, a.translated)
            for q, a in zip(ext.quotes, attribution.attribute(body, ext, speakers, writer=writer), strict=True)]


# --- finding 1: a verbatim record's `Name, office. – ` turns ------------------------------------------------------

ASSEMBLY = (Speaker("berger", "Ilse Berger", aliases=("Ilse Berger", "Berger")),)

RECORD = """\
Tuesday, 3 March 2026 - Vienna

7. Water rights in the Danube basin (debate)

President. – The next item is the report on water rights.

Ilse Berger, rapporteur. – Mr President, the basin needs one authority, and it needs it this year.

Tomas Kral (EPP/CD). – (CS) Mr President, we cannot accept a single authority.

(Interpretation: "Mr President, we cannot accept a single authority.")

Ilse Berger, rapporteur. – Mr Kral, the authority would coordinate, not command.
"""


def test_a_verbatim_records_stop_and_dash_labels_are_its_turns() -> None:
    said = _said(RECORD, ASSEMBLY)
    assert [(who, tr) for _t, who, tr in said] == [
        ("unknown", False),  # the chair's office names no one
        ("berger", False), ("tomas-kral", False),
        ("tomas-kral", True),  # the interpreters' rendering of his speech: his words, translated
        ("berger", False)], said
    assert said[2][0].startswith("Mr President, we cannot")  # the language's note `(CS)` is the record's


def test_a_stop_and_dash_opening_prose_is_no_turn() -> None:
    # the negatives: a place's dateline ("Vienna. – ") and two labels, nobody speaking again, are no record's turns
    body = ("Vienna. – The assembly met on Tuesday.\n\nIlse Berger, rapporteur. – Mr President, the basin needs one "
            "authority.\n\nTomas Kral (EPP/CD). – Mr President, we cannot accept it.\n")
    assert quotes.transcript_turns(body, quotes.paragraphs(body)) == {}


# --- finding 2: a newsletter's capitals section heads are no speakers ------------------------------------------

STATEHOUSE = (Speaker("reyes", "Tom Reyes", aliases=("Tom Reyes", "Reyes", "Governor Reyes")),)

NEWSLETTER = """\
GOOD MONDAY MORNING. The budget is late again, and so is your author.

WHAT HE SAID: "The budget will balance. It always does," Governor Tom Reyes told reporters on Sunday. Translation: it won't.

ROAD WATCH: Senator Ada Moss told a town hall on Friday that the bridge money is "gone for good".

SPOTTED: Lobbyists at the Capitol Grill.
"""


def test_a_newsletters_capitals_section_heads_are_no_speakers() -> None:
    said = _said(NEWSLETTER, STATEHOUSE)
    assert [(t, who) for t, who, _tr in said] == [("The budget will balance.", "reyes"),
                                                   ("gone for good", "ada-moss")], said


def test_a_transcripts_capitals_labels_stay_turns_when_one_speaks_again() -> None:
    # the negative: the host asks twice, quoting the governor; the labels are speakers
    body = ("HOST: The governor said “the budget will balance”. Will it?\n\nMOSS: No. It will not.\n\n"
            "HOST: You said “gone for good” about the bridge money.\n\nMOSS: I did, and I meant it.\n")
    assert [q.turn_name for q in quotes.transcript_turns(body, quotes.paragraphs(body)).values()] \
        == ["HOST", "MOSS", "HOST", "MOSS"]


# --- finding 3: a spokesperson reading out another's words -----------------------------------------------------

CANTON = (Speaker("meier", "Lena Meier", aliases=("Lena Meier", "Meier"), roles=("the Chancellor",)),
          Speaker("mertens", "Karl Mertens", aliases=("Karl Mertens", "Mertens")))


def test_words_read_out_are_their_owners() -> None:
    for lead in ("Spokesman Karl Mertens opened the briefing.\n\nHe read out the Chancellor's statement: ",
                 "Spokesman Karl Mertens opened the briefing.\n\nHe recalled the Chancellor's words at the summit: "):
        body = lead + "\"We will not raise taxes this year.\"\n"
        assert [who for _t, who, _tr in _said(body, CANTON)] == ["meier"], lead


def test_a_spokesperson_dismissing_anothers_statement_speaks_himself() -> None:
    # the negative: no verb of giving words again — "dismissed X's statement: "…"" is his own reply
    body = ("Spokesman Karl Mertens opened the briefing.\n\n"
            "Mertens dismissed the opposition's statement: \"It is nonsense.\"\n")
    assert [who for _t, who, _tr in _said(body, CANTON)] == ["mertens"]


# --- finding 5: `Question :` / `Réponse :`, and an interview labelled by outlet and surname --------------------

def test_a_french_interviews_question_and_reponse_labels_are_its_turns() -> None:
    body = ("Propos recueillis par Marc Duval\n\nQuestion : Le tunnel sera-t-il prêt en 2027 ?\n\n"
            "Réponse : Non. Il sera prêt en 2028.\n\nQuestion : Pourquoi ce retard ?\n\n"
            "Réponse : La roche est plus dure que prévu.\n")
    turns = quotes.transcript_turns(body, quotes.paragraphs(body))
    assert [q.turn_name for q in turns.values()] == ["Q", "A", "Q", "A"]


def test_a_briefings_question_label_without_an_answer_label_is_no_interview() -> None:
    # the negative: "Question :" beside a spokesperson's label stays a briefing's generic label, no Q&A
    body = ("Question : Le tunnel sera-t-il prêt en 2027 ?\n\nPorte-parole : Non.\n\n"
            "Question : Pourquoi ?\n\nPorte-parole : La roche est dure.\n")
    assert all(q.turn_name != "Q" for q in quotes.transcript_turns(body, quotes.paragraphs(body)).values())


TOWN = (Speaker("keller", "Anna Keller", aliases=("Anna Keller", "Keller")),)


def test_an_interview_labelled_by_its_outlet_and_the_interviewees_surname() -> None:
    body = ("Bürgermeisterin Anna Keller verteidigt die neue Brücke.\n\n"
            "Landbote: Frau Keller, die Brücke kostet das Doppelte.\n\nKeller: Sie hält dafür hundert Jahre.\n\n"
            "Landbote: Die Anrainer klagen.\n\nKeller: Wir hören ihnen zu.\n")
    assert [who for _t, who, _tr in _said(body, TOWN)] == ["unknown", "keller", "unknown", "keller"]


def test_two_alternating_labels_neither_a_name_in_the_text_are_no_interview() -> None:
    # the negative: a news site's `Source:` / `Quote:` lines alternate too, and name no one the text names
    body = ("The council met on Monday.\n\nSource: city hall press office\n\nQuote: We will build the bridge.\n\n"
            "Source: the opposition\n\nQuote: The bridge is too dear.\n")
    assert not [q for q in quotes.transcript_turns(body, quotes.paragraphs(body)).values()
                if q.turn_name in ("Source", "Quote")]


# --- finding 11: the op-ed writer's own "ich habe … gesagt" / "j'ai dit" ---------------------------------------

def test_an_op_ed_writers_german_and_french_self_quotes_are_theirs() -> None:
    for body in ("Vor zwei Jahren habe ich im Gemeinderat gesagt: „Die Brücke kommt.“ Ich lag richtig.\n",
                 "Il y a deux ans, devant le conseil, j'ai dit : « Le pont viendra. » J'avais raison.\n"):
        assert [who for _t, who, _tr in _said(body, TOWN, writer="keller")] == ["keller"], body


def test_someone_else_quoted_in_an_op_ed_is_not_the_writer() -> None:
    # the negative: the writer remembers another's words; the minister is named before them
    body = "Ich erinnere mich, wie der Minister Paul Roth damals gesagt hat: „Die Brücke kommt nie.“\n"
    assert [who for _t, who, _tr in _said(body, TOWN, writer="keller")] != ["keller"]


# --- finding 12: a fronted "Asked about …" clause ---------------------------------------------------------------

BRIEFING = (Speaker("meier", "Lena Meier", aliases=("Lena Meier", "Meier", "Chancellor Meier")),
            Speaker("lutz", "Eva Lutz", aliases=("Eva Lutz", "Lutz", "Ms Lutz")))
READOUT = ("Deputy spokeswoman Eva Lutz answered questions on the tunnel.\n\n"
           "\"The tunnel is on schedule,\" Ms Lutz said.\n\n"
           "Asked about remarks made by Chancellor Meier in Basel yesterday, she said the Chancellor \"spoke for "
           "the cabinet\".\n")


def test_a_name_in_a_fronted_asked_about_clause_is_not_the_answers_she() -> None:
    assert [who for _t, who, _tr in _said(READOUT, BRIEFING)] == ["lutz", "lutz"]


def test_a_day_in_a_fronted_asked_about_clause_dates_no_answer() -> None:
    published = DateInfo(PartialDate(2026, 3, 10), "high", "date line")
    paras = [p for p in READOUT.split("\n\n") if p.strip()]
    assert dates.article_statement_date(paras, published, today=date(2026, 12, 7)) is None


def test_a_day_the_question_was_asked_still_dates_the_answer() -> None:
    # the negative: "Asked on Monday about the plan, she said" — the day of asking is the day of the answer
    published = DateInfo(PartialDate(2026, 3, 10), "high", "date line")
    stmt = dates.article_statement_date(["Asked on Monday about the tunnel, Eva Lutz said it was \"on schedule\"."],
                                        published, today=date(2026, 12, 7))
    assert stmt is not None and stmt.date.iso() == "2026-03-09", stmt


def test_went_further_dates_its_own_sentences_words() -> None:
    para = ("At a forum on May 2, Ada Moss said the plan had \"run its course\". On Tuesday, at a lunch with donors, "
            "she went further: \"The plan is dead.\"")
    published = DateInfo(PartialDate(2026, 5, 14), "high", "date line")
    stmt = dates.quote_statement_date(para, para.index("The plan is dead"), None, published)
    assert stmt is not None and stmt.date.iso() == "2026-05-12", stmt


# --- finding 15: titles that were mastheads or record types -----------------------------------------------------

def test_a_verbatim_records_title_is_its_item_of_business_and_day() -> None:
    paras = ["Official report of proceedings", "Tuesday, 3 March 2026 - Vienna", "7. Water rights in the Danube basin (debate)",
             "President. – The next item is the report on water rights."]
    title, _body = headline.choose_title(paras, sitting="2026-03-03")
    assert title == "Water rights in the Danube basin (debate) — 2026-03-03"


def test_a_headline_naming_a_debate_stays_the_title() -> None:
    # the negative: a story's headline with "debate" in it and no numbered item under it
    paras = ["Assembly debate on water heats up", "Tuesday, 3 March 2026", "The assembly argued for six hours."]
    assert headline.choose_title(paras, sitting="2026-03-03")[0] == "Assembly debate on water heats up"


def test_a_newsletter_with_no_headline_under_its_masthead_is_titled_with_its_day() -> None:
    paras = ["CAPITOL MORNING", "Monday, March 2, 2026", "By Jane Roe", "GOOD MONDAY. The budget is late again.",
             "WHAT HE SAID: \"It will balance,\" the governor said."]
    assert headline.choose_title(paras, outlets=["Capitol Morning"], sitting="2026-03-02")[0] \
        == "Capitol Morning — 2026-03-02"
    notice = ["Valley Ledger", "Friday, March 6, 2026", "Correction", "An article on March 5 misquoted the mayor."]
    assert headline.choose_title(notice, outlets=["Valley Ledger"], sitting="2026-03-06")[0] == "Correction — 2026-03-06"


def test_a_headline_under_the_masthead_is_still_the_title() -> None:
    # the negatives: a real headline under the masthead, and a quote whole as a headline under a two-word masthead
    paras = ["CAPITOL MORNING", "Budget talks collapse at midnight", "Monday, March 2, 2026", "The talks collapsed."]
    assert headline.choose_title(paras, outlets=["Capitol Morning"], sitting="2026-03-02")[0] \
        == "Budget talks collapse at midnight"
    interview = ["Der Landbote", "„Wir bauen die Brücke“", "12.05.2026", "Bürgermeisterin Anna Keller über die Brücke."]
    assert headline.choose_title(interview, outlets=["Der Landbote"], sitting="2026-05-12")[0] == "„Wir bauen die Brücke“"


def test_a_reply_line_is_furniture_but_a_sentence_replying_is_not() -> None:
    assert headline.is_furniture("Replying to @jane_doe") == "reply line"
    assert headline.is_furniture("Replying to @jane_doe and @john.roe") == "reply line"
    assert headline.is_furniture("Replying to critics, the mayor said the bridge is safe.") == ""


def test_an_asking_first_name_label_whose_full_name_the_credits_give_stays_theirs() -> None:
    # the negative of the outlet's asking label: `JOSEF:` under "Host: Josef Brandl" is the host, never nobody
    body = ("Host: Josef Brandl\nGuest: Mayor Anna Keller\n\nJOSEF: Mayor, welcome. Is the bridge late?\n\n"
            "ANNA: Thanks Josef. It opens in May.\n\nJOSEF: And the cost?\n\nANNA: Within budget.\n")
    assert [who for _t, who, _tr in _said(body, TOWN)] == ["josef-brandl", "keller", "josef-brandl", "keller"]
