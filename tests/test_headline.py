"""Titles at import: never page furniture; the headline at the top leaves the body; else a short lead title.

The texts are written for these tests in the shapes pasted articles take (wire copy, broadcaster
pages, papers' live pages, agency rewrites); none is copied from a real article.
"""

from __future__ import annotations

import pytest

from dateline import headline

FURNITURE = [
    ("Skip to main content", "navigation"),
    ("Share this article", "navigation"),
    ("Advertisement", "navigation"),
    ("05.12.2025 14:32", "date line"),
    ("2025-03-03 14:22", "date line"),
    ("Updated 10:42 GMT, 3 March 2025", "date line"),
    ("Published On 9 Feb 2025", "date line"),
    ("3 MAR 2025, 14:22", "date line"),
    ("Mon 3 Mar 2025 14.05 GMT", "date line"),
    ("By Anna Lindqvist and Tomas Berg", "byline"),
    ("By Staff Reporter · 2 October 2024", "byline"),
    ("Von Jana Roth und Tim Berg", "byline"),  # a German paper's
    ("Автор: Иван Петров", "byline"),  # a Russian site's
    ("Na HALIMA SAID", "byline"),  # a Swahili paper's ("na": by)
    ("Sofia Marin, Diplomatic correspondent", "byline"),
    ("The president at a press conference in the capital on Monday. Photo: Getty Images", "photo caption"),
    ("REUTERS/Gleb Garanich", "photo caption"),
    ("Image caption, Delegations arrived on Friday morning", "photo caption"),
    ("KIEV, December 6. /TASS/.", "wire dateline"),
    ("Source: an interview with a national broadcaster", "label"),
]


@pytest.mark.parametrize(("line", "kind"), FURNITURE)
def test_furniture_is_never_a_title(line: str, kind: str) -> None:
    assert headline.is_furniture(line) == kind
    assert not headline.is_headline(line)


@pytest.mark.parametrize("line", [
    "By Tuesday, the talks had collapsed and both delegations had gone home.",
    "U.S. officials said on Monday that the talks would resume.",
    "President Volodymyr Zelenskyy has said he is ready to meet.",
    "Kremlin says no date set for new round of talks",
    "Na hivyo, waziri alisema kodi haitapanda mwaka huu.",  # Swahili "and so": no byline
])
def test_story_lines_are_not_furniture(line: str) -> None:
    assert headline.is_furniture(line) == ""


def test_headline_at_the_top_is_the_title_and_leaves_the_body() -> None:
    paras = ["Skip to main content", "World", "Kremlin says talks are possible but no date is set",
             "By Jane Porter", "MOSCOW, Feb 9 (Reuters) - The Kremlin said on Sunday that talks were possible.",
             '"We are open," the spokesman said.']
    title, body = headline.choose_title(paras)
    assert title == "Kremlin says talks are possible but no date is set"
    assert title not in body and body[-1] == '"We are open," the spokesman said.'
    assert "By Jane Porter" in body, "only the headline leaves a pasted text"


def test_dated_line_then_headline() -> None:
    paras = ["05.12.2025 14:32", "Minister: reform bill will pass this year",
             "The finance minister said on Friday that the reform bill had enough votes."]
    title, body = headline.choose_title(paras)
    assert title == "Minister: reform bill will pass this year"
    assert body == ["05.12.2025 14:32", paras[2]]


@pytest.mark.parametrize(("paras", "want"), [
    (["KYIV, Ukraine (AP) — Ukraine’s president said Sunday that his country would not give up land in exchange "
      "for a ceasefire. He spoke in the capital."],
     "Ukraine’s president said Sunday that his country would not give up land in exchange for a…"),
    (["KIEV, December 6. /TASS/. The president said talks had failed. He gave no details."],
     "The president said talks had failed"),
    (["The prime minister speaks in parliament. Photo: Press Office",
      "The prime minister said the budget would be balanced by 2027. Opposition parties disagreed."],
     "The prime minister said the budget would be balanced by 2027"),
    (["By Anna Lindqvist, Northern Broadcasting News",
      "Negotiators resumed talks in Geneva on Friday. The mediator said both sides had shown seriousness."],
     "Negotiators resumed talks in Geneva on Friday"),
    (["Kyiv (AFP) – The president said on Friday that talks must include Europe. He spoke at a briefing."],
     "The president said on Friday that talks must include Europe"),
    (["PARIS (AFP) - France's foreign minister said on Tuesday that Europe must spend more on defence."],
     "France's foreign minister said on Tuesday that Europe must spend more on defence"),
])
def test_lead_title_when_there_is_no_headline(paras: list[str], want: str) -> None:
    title, body = headline.choose_title(paras)
    assert title == want
    assert len(title) <= headline.TITLE_MAX + 1
    assert body == paras, "a lead title leaves the body as it was"


def test_long_lead_is_cut_at_a_word() -> None:
    lead = ("The foreign ministers of the member states agreed late on Thursday to extend the existing measures "
            "by another six months.")
    title = headline.lead_title([lead])
    assert title.endswith("…") and len(title) <= 91 and lead.startswith(title[:-1])
    assert lead[len(title) - 1] == " ", "cut between words"


def test_a_title_found_outside_the_text_is_used_and_its_repeat_removed() -> None:
    paras = ["Talks resume in Geneva", "Negotiators resumed talks on Friday.", "More text."]
    title, body = headline.choose_title(paras, "Talks resume in Geneva")
    assert title == "Talks resume in Geneva" and body == paras[1:]
    title, body = headline.choose_title(paras, "Updated 10:42 GMT, 3 March 2025")
    assert title == "Talks resume in Geneva", "a junk given title falls back to the text"


def test_a_one_line_text_keeps_its_line() -> None:
    title, body = headline.choose_title(["Kremlin says talks are possible"])
    assert body == ["Kremlin says talks are possible"] and title == "Kremlin says talks are possible"


def test_drop_top_furniture_keeps_the_story() -> None:
    assert headline.drop_top_furniture(["Share", "Save", "Sofia Marin, Diplomatic correspondent", "Story.", "Share"]) \
        == ["Story.", "Share"]
    assert headline.drop_top_furniture(["Share"]) == ["Share"]


# German copy (the ux29 round's P7 and P14), on invented texts in the shapes of a city's press release,
# a dpa wire text and a local paper's short headline.


@pytest.mark.parametrize("dated", [True, False])
def test_a_press_releases_letterhead_is_no_title(dated: bool) -> None:
    """Pressemitteilung / the city and its office / (the release's number and date) / headline: the lines
    between the page label and the headline name the issuer, never the story (also once the date line was
    taken off as the publication date)."""
    paras = ["Pressemitteilung", "Stadt Halvern – Der Oberbürgermeister", "Amt für Presse und Kommunikation",
             *(["Nr. 77/2024 – 12.03.2024"] if dated else []), "Zuschuss für das neue Hallenbad bewilligt",
             "Das Land fördert den Neubau des Hallenbads mit 9 Millionen Euro. Den Bescheid überreichte die "
             "Ministerin am Dienstag.",
             "„Heute ist ein guter Tag für den Schwimmsport“, so Oberbürgermeister Jens Hollweg."]
    title, body = headline.choose_title(paras)
    assert title == "Zuschuss für das neue Hallenbad bewilligt"
    assert body[-1] == paras[-1] and title not in body


def test_a_lead_title_is_not_cut_at_an_abbreviation_or_a_german_days_full_stop() -> None:
    paras = ["Halvern (dpa) - Im Streit um die Schließung des St. Marien-Hospitals hat die Stadt einen Umbau "
             "vorgeschlagen. Die Gewerkschaft lehnt das ab."]
    assert headline.lead_title(paras).startswith("Im Streit um die Schließung des St. Marien-Hospitals hat")
    paras = ["Im Rat sagte Hollweg am 12. Oktober 2023: „Das Bad bleibt.“ Die CDU widersprach."]
    assert headline.lead_title(paras) == "Im Rat sagte Hollweg am 12. Oktober 2023: „Das Bad bleibt.“"
    # a day of one digit too (usability round 10: a correction notice's title was cut at "… vom 1")
    paras = ["Im Bericht vom 3. Februar 2025 haben wir einen Satz falsch zugeordnet. Wir bedauern den Fehler."]
    assert headline.lead_title(paras) == "Im Bericht vom 3. Februar 2025 haben wir einen Satz falsch zugeordnet"


def test_a_line_ending_in_a_german_closing_mark_is_a_sentence_not_a_headline() -> None:
    """`… sagte X: „Q.“` under a short kicker is the lead: taken as the headline it left the body, and its
    quote with it."""
    assert not headline.is_headline("Im Rat sagte Hollweg am 12. Oktober 2023: „Das Bad bleibt.“")
    assert not headline.is_headline("Im Rat sagte Hollweg: »Das Bad bleibt.«")
    paras = ["Rückblick Hallenbad", "15. Oktober 2024", "Im Rat sagte Hollweg am 12. Oktober 2023: „Das Bad bleibt.“",
             "„Wir bauen neu“, sagte Lamprecht."]
    _title, body = headline.choose_title(paras)
    assert paras[2] in body


# A headline of two words (a German regional paper's "Bäder schließen", "Sparpaket beschlossen"): the line
# right above the story, after nothing but date lines and bylines, is the headline; a kicker or a section's
# name above a headline, a topic's label with a figure or a wire dateline above the lead never are.
_LEAD = "Der Rat der Stadt Kesselbach hat am Dienstag nach langer Debatte ein Sparpaket beschlossen."


@pytest.mark.parametrize("paras", [
    ["Bäder schließen", _LEAD, "Die Opposition kritisierte den Beschluss."],
    ["Hallenbäder", "Bäder schließen", _LEAD, "Die Opposition kritisierte den Beschluss."],  # a kicker above it
    ["Kommunalpolitik Kesselbach", "Bäder schließen", "12.03.2024, 14:22 Uhr", "Von Jana Roth", _LEAD],
    ["Council relents", "By Jane Doe and John Roe", "The council dropped its pool plan on Tuesday."],
])
def test_a_headline_of_two_words_above_the_story_is_the_title(paras: list[str]) -> None:
    title, body = headline.choose_title(paras)
    assert title in ("Bäder schließen", "Council relents")
    assert title not in body
    doubt = headline.title_doubt(paras)  # the editor is asked to check it: a kicker looks the same
    assert doubt is not None and paras[doubt[0]] == title


@pytest.mark.parametrize(("paras", "want"), [
    # a kicker of two words above a headline of more
    (["Nach Ratsbeschluss", "Stadtrat beschließt Sparpaket", _LEAD], "Stadtrat beschließt Sparpaket"),
    # a kicker of one word or a topic's label with a figure above the lead is no headline
    (["Hallenbäder", _LEAD], _LEAD.rstrip(".")),
    (["Haushalt 2025", _LEAD], _LEAD.rstrip(".")),
    # a wire dateline on its own line, the byline of a German paper
    (["BERLIN (dpa)", _LEAD], _LEAD.rstrip(".")),
    (["Von Jana Roth", _LEAD], _LEAD.rstrip(".")),
])
def test_a_kicker_a_label_a_dateline_or_a_byline_never_becomes_a_short_title(paras: list[str], want: str) -> None:
    assert headline.choose_title(paras)[0] == want


# ---------------------------------------------------------------- titles of pasted copy (ux33 P10)


def test_a_release_whose_headline_opens_with_the_issuers_name_keeps_it_as_the_title() -> None:
    """A company's own release: a page label, then "Acme Lithium announces …". The headline opening with
    the outlet's name was passed over as a masthead, and the label became the title."""
    paras = ["PRESS RELEASE", "Acme Lithium announces a USD 12 million fund for water works in the valley",
             "OSLO, 10 April 2025 - Acme Lithium said today it signed an agreement with the county.",
             "\"This shows that we mean it,\" said Kari Berg, the company's spokeswoman."]
    title, _body = headline.choose_title(paras, outlets=["Acme Lithium (release)"])
    assert title == paras[1] and headline.title_doubt(paras, ["Acme Lithium (release)"]) is None
    assert headline.masthead("Acme Lithium Weekly Edition", ["Acme Lithium"]) == "the outlet's name"


@pytest.mark.parametrize(("lead", "title"), [
    ("SAN TELMO DE LA COSTA, 15 de marzo de 2023 (EFE).- El alcalde Luis Ibarra anunció hoy una tasa portuaria.",
     "El alcalde Luis Ibarra anunció hoy una tasa portuaria"),
    ("PORTO DOS REIS (Lusa).- A prefeita anunciou hoje uma taxa portuária nova.",
     "A prefeita anunciou hoje uma taxa portuária nova"),
    ("ÅLESUND, 3 March (NTB) - The mayor announced a harbour fee on Monday.", "The mayor announced a harbour fee on Monday"),
])
def test_a_wire_leads_dateline_is_no_part_of_the_title(lead: str, title: str) -> None:
    """ux33 P10: every wire story was titled "SAN RAMÓN DE LA PUNA, 15 de marzo de 2023 (ANN).- El …" and its
    slug began with the city: a dateline in any Latin capitals, with a long date and the ".-" of Spanish
    wires, comes off the lead as "LIMA, Dec 6 (AP) —" does."""
    assert headline.choose_title([lead, "\"We will go on,\" he said."])[0] == title


@pytest.mark.parametrize("first", ["—Senhora presidente, porque aprovou o novo cais?", "HOST: Why the new pier now?",
                                   "Q: Why the new pier now?"])
def test_an_interviews_first_question_is_no_title_and_stays_in_the_body(first: str) -> None:
    """ux33 P10: an interview with no headline was titled with its first question, which left the body."""
    paras = ["CITY RADIO 90.1 — Morning interview", first, "—Because the old port cannot take today's ships."]
    title, body = headline.choose_title(paras, outlets=["City Radio 90.1"])
    assert title != first and first in body
    assert title == "CITY RADIO 90.1 — Morning interview" and paras[0] not in body, "the station line, once"


def test_a_headline_may_open_with_its_quote_and_a_story_paragraph_may_not() -> None:
    """ux33 P10: "La Gaceta …" (the masthead) was the title above '"Doce millones no pagan un salar": las
    comunidades rechazan …', a headline opening with its quote, which is common in every language."""
    paras = ["Nordic Herald", "“We will not back down”: mayor vows to keep the ferry",
             "The mayor said on Monday that the ferry would run through the winter."]
    assert headline.choose_title(paras, outlets=["Nordic Herald"])[0] == paras[1]
    assert headline.is_headline("«Non cederemo» — il sindaco difende il traghetto")
    assert not headline.is_headline("“We will not back down,” the mayor said on Monday")


@pytest.mark.parametrize(("byline", "author"), [("By Jane Doe", "Jane Doe"), ("Par Jeanne Martin, à Lyon", "Jeanne Martin"),
                                                ("Por Ana Lima | Política", "Ana Lima"), ("Von Eva Roth", "Eva Roth")])
def test_a_pasted_texts_masthead_section_and_byline_leave_the_body_and_the_byline_names_the_author(
        byline: str, author: str) -> None:
    """ux33 P10: "Diario … / POLÍTICA / … / Por Juan Pérez" stayed the first lines of a pasted text's body, and
    its byline was no author as a saved page's is. A date line stays (it is the date's evidence)."""
    paras = ["Nordic Herald", "POLITICS", "The ferry stays for the winter, the mayor says.", byline, "12 March 2025",
             "The mayor of the harbour town said on Monday that the ferry would run through the winter, "
             "whatever the council decides about the budget next month, and that the crews are hired."]
    body, found = headline.pasted_top(paras, ["Nordic Herald"])
    assert found == author
    assert body == [paras[2], "12 March 2025", paras[5]]
    assert headline.pasted_top(["Por su parte, el ministro habló.", "Von Montag an gilt die Regel."]) == (
        ["Por su parte, el ministro habló.", "Von Montag an gilt die Regel."], ""), "sentences, not bylines"
