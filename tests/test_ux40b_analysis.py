"""The analysis-side findings of a fact-checker's blind usability round (ux40): statement dates of the
occasion a story's lede dates by its weekday, of a broadcast line with its hour and place, of a record a
quote's own sentence gives a year, of a signed claim line; speakers behind a place or a pact, a timeline
entry's heading, a possessor, a claim box's dash; words an outlet says it translated.

All inputs are invented, in the styles of news in other countries: New Zealand and Irish local news, a
Polish fact-check and explainer, a Chilean regional paper.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import dated_quotes, small_project

from dateline import attribution, quotes
from dateline.dates import article_statement_date, own_occasion, quote_statement_date
from dateline.load import Data, load_data
from dateline.model import DateInfo, PartialDate, Speaker

TODAY = date(2026, 11, 23)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _speakers(body: str, speakers: tuple[Speaker, ...] = ()) -> dict[str, tuple[str, bool]]:
    """Each quote of ``body`` by its first word: (speaker id, translated)."""
    ext = quotes.extract(body)
    return {q.text.split()[0]: (a.speaker, a.translated)
            for q, a in zip(ext.quotes, attribution.attribute(body, ext, speakers), strict=True)}


def _data(tmp_path: Path, yaml: str) -> Data:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "speakers.yaml").write_text(yaml, "utf-8")
    return load_data(tmp_path, [])


# --- statement dates -------------------------------------------------------------------------------------

def test_a_ledes_bare_weekday_after_its_verb_dates_the_vote_the_words_follow() -> None:
    # American and New Zealand papers write the bare day: "voted Wednesday to …", then "said after the vote"
    lead = _paragraphs(
        "NELSON, N.Z. — The Tasman district council voted Wednesday to close the Motueka pool for the winter.\n\n"
        "Mayor Aroha Tane said the council had no choice. \"The boiler is older than I am,\" Tane said after "
        "the vote.\n")
    info = article_statement_date(lead, PartialDate(2026, 5, 29), today=TODAY)  # a Friday
    assert info is not None and info.date == PartialDate(2026, 5, 27) and info.confidence == "low"
    # … the hall a lede fills "Thursday night for the hearing": the words said at the hearing
    hall = _paragraphs(
        "ENNIS — More than 300 people filled the Temple Gate ballroom Thursday night for the only public "
        "hearing on the quarry.\n\n"
        "\"You cannot drink limestone,\" said farmer Siobhán Keane.\n")
    info = article_statement_date(hall, PartialDate(2026, 9, 12), today=TODAY)  # a Saturday
    assert info is not None and info.date == PartialDate(2026, 9, 10) and info.confidence == "low"
    # a day of a lede with no occasion its words are set at stays the publication's, as before
    march = _paragraphs("Several hundred farmers drove their tractors into the capital on Monday to protest "
                        "against the new diesel levy.\n\n\"We cannot plough with promises,\" union spokesman "
                        "Piet Vos said in a statement.\n")
    assert article_statement_date(march, PartialDate(2025, 3, 7), today=TODAY) is None


def test_asked_on_a_weekday_dates_the_answer() -> None:
    lead = _paragraphs(
        "The operator of the Waihī gold mine no longer promises to treat all of its tailings, according to a "
        "consent application lodged with the council.\n\n"
        "In 2023, Councillor Mereana Ruru praised the project at a jobs expo. Asked Tuesday whether she still "
        "backs it, Ruru was noncommittal.\n\n"
        "\"I backed a mine that cleaned its water,\" Ruru said.\n")
    info = article_statement_date(lead, PartialDate(2025, 10, 15), today=TODAY)  # a Wednesday
    assert info is not None and info.date == PartialDate(2025, 10, 14)


def test_a_broadcast_line_with_its_hour_and_studio_dates_every_turn_as_surely() -> None:
    paragraphs = _paragraphs(
        "Aired: March 4, 2026, 9 p.m., from the studios of Radio Kahu in Nelson.\n\n"
        "HOST (RIA PARATA): Good evening. Mr Tane, will the pool reopen?\n\n"
        "TANE: Not this winter.\n")
    inherited = DateInfo(PartialDate(2026, 3, 4), "high", "‘Aired: March 4, 2026’ → 2026-03-04, as written")
    got = own_occasion(paragraphs, 2, ("Tane",), inherited, inherited)
    assert got == inherited, "the airing line dates every turn, no low 'from another speaker's sentence'"


def test_a_transcript_turns_own_words_never_date_it(tmp_path: Path) -> None:
    body = ("Recorded: January 9, 2026 | Released: January 14, 2026\n\n"
            "HOST: Where do you stand on the quarry?\n\n"
            "SIOBHÁN KEANE: The application they lodged in December dropped the dust limits. So I am against "
            "the quarry as it is written.\n")
    front = ("title: T\ndate: 2026-01-09\ndate_confidence: low\nstatement_date: 2026-01-09\n"
             "statement_date_basis: \"occasion line ‘Recorded: January 9, 2026 | Released: January 14, 2026’ → "
             "2026-01-09\"\nstatement_date_confidence: high\n")
    got = dated_quotes(_data(tmp_path, "- id: keane\n  name: Siobhán Keane\n  aliases: [SIOBHÁN KEANE, Keane]\n"),
                       front, body)
    assert got["The"] == ("keane", "2026-01-09", "high"), "'lodged in December' is what she says, not when"


def test_a_year_a_record_of_the_quotes_own_sentence_names_dates_the_recalled_words() -> None:
    published = DateInfo(PartialDate(2026, 4, 15), "high", "release line")
    para = ("Walsh pointed to a 2024 Clare Champion interview in which Keane called the quarry \"the best thing "
            "to happen to this parish in decades.\"")
    got = quote_statement_date(para, para.index("the best"), None, published)
    assert got is not None and got.date == PartialDate(2024, None, None) and got.confidence == "low"
    # a year of an event, not of a record, dates nothing: the words are of the release's day
    floods = "The 2024 floods were \"the worst in living memory,\" Keane said."
    got = quote_statement_date(floods, floods.index("the worst"), None, published)
    assert got is not None and got.date == PartialDate(2026, 4, 15)


def test_an_explainers_first_occasion_is_its_statement_date_only_at_low() -> None:
    lead = _paragraphs(
        "The Vistula water deal took effect this month. Here is how its makers spoke of it along the way.\n\n"
        "May 2024: Voivode Adam Nowak set expectations low. \"A thin deal beats a fat lawsuit,\" he said at a "
        "farmers' forum in Toruń on May 14, 2024.\n\n"
        "February 2025: Senator Ewa Zielińska came out against the first draft. \"I will not sign a deal "
        "written for lawyers,\" she said on Feb. 11, 2025.\n")
    info = article_statement_date(lead, PartialDate(2026, 8, 20), today=TODAY)
    assert info is not None and info.date == PartialDate(2024, 5, 14) and info.confidence == "low"
    # a news story of one occasion keeps its date's confidence
    news = _paragraphs("Senator Ewa Zielińska said on Feb. 11, 2025, that she would not sign the draft.\n")
    info = article_statement_date(news, PartialDate(2025, 2, 12), today=TODAY)
    assert info is not None and info.confidence != "low"


def test_a_claim_boxs_signature_line_dates_and_names_the_claim() -> None:
    para = ("THE CLAIM: \"Ewa Zielińska has been on three sides of the Vistula deal.\" — Adam Nowak, on Facebook, "
            "June 10, 2026")
    published = DateInfo(PartialDate(2026, 7, 9), "high", "date line")
    got = quote_statement_date(para, para.index("Ewa"), None, published)
    assert got is not None and got.date == PartialDate(2026, 6, 10) and got.confidence == "high"
    body = para + "\n\nOUR RATING: MOSTLY FALSE\n\nWe looked at every statement Zielińska made on the deal.\n"
    assert _speakers(body)["Ewa"][0] == "adam-nowak"


def test_another_languages_weekday_in_the_speakers_own_sentence_dates_their_words() -> None:
    paragraphs = _paragraphs(
        "TALCA.- Rosa Painemal lleva treinta años sembrando trigo en el valle.\n\n"
        "\"Si el embalse nos quita más agua, muchas familias se van a ir\", dijo Painemal el lunes.\n\n"
        "La diputada Carmen Soto visitó el fundo de Painemal el sábado y habló con un grupo de agricultores.\n\n"
        "\"No voy a firmar nada que deje al valle sin agua\", afirmó Soto.\n")
    published = DateInfo(PartialDate(2025, 7, 22), "high", "date line")  # a Tuesday
    inherited = DateInfo(PartialDate(2025, 7, 21), "medium", "‘dijo Painemal el lunes’ → 2025-07-21")
    got = own_occasion(paragraphs, 3, ("Carmen Soto", "Soto"), inherited, published)
    assert got.date == PartialDate(2025, 7, 19) and got.confidence == "low"


# --- speakers ---------------------------------------------------------------------------------------------

def test_a_pact_and_a_place_before_a_farmer_are_never_the_speaker() -> None:
    body = ("The renegotiated Vistula Water Pact took effect this month. Here is how the main players talked "
            "about it.\n\n"
            "May 2024: Before talks even began, Mayor Adam Nowak set expectations low. \"A thin deal beats a "
            "fat lawsuit,\" he said at a farmers' forum.\n\n"
            "Asked this week what he makes of the final deal, Kujawy farmer Tomasz Wrona was brief. \"It is a "
            "number. Now let us see if it is water,\" he said.\n")
    got = _speakers(body)
    assert got["A"][0] == "adam-nowak"
    assert got["It"][0] == "tomasz-wrona"


def test_a_place_name_in_a_speakers_role_shows_no_gender() -> None:
    speakers = (Speaker(id="wrona", name="Tomasz Wrona", role="Wheat farmer, Doña Juana County",
                        aliases=("Wrona",)),)
    body = ("Asked this week about the deal, Kujawy farmer Tomasz Wrona was brief. \"It is a number,\" he said.\n")
    assert _speakers(body, speakers)["It"][0] == "wrona"


def test_a_pronoun_takes_the_one_person_its_sentence_names_as_a_possessor() -> None:
    body = ("In March I stood outside the county hall and said I would not back the quarry.\n\n"
            "When I visited Siobhán Keane's farm in July, she told me, \"Councillor, I do not need a speech, I "
            "need a number.\" The plan now has one.\n")
    assert _speakers(body)["Councillor,"][0] == "siobhan-keane"


def test_the_outlets_word_for_translated_marks_the_words_translated() -> None:
    body = ("Carmen Soto, gerente del canal, explicó que el distrito ya redujo las entregas.\n\n"
            "\"Estamos administrando la escasez\", dijo Soto en inglés; sus palabras fueron traducidas por "
            "El Centro.\n")
    assert _speakers(body)["Estamos"] == ("carmen-soto", True)
    # … and without the outlet's word, said in the article's own language: the speaker's own words
    plain = body.replace(" en inglés; sus palabras fueron traducidas por El Centro", "")
    assert _speakers(plain)["Estamos"] == ("carmen-soto", False)


# --- quotes, topics and stances ---------------------------------------------------------------------------

def test_a_crowd_no_one_names_says_a_scare_quote_no_statement() -> None:
    body = ("Critics have called the quarry plan a \"land grab\" by the county.\n\n"
            "Some in my own party have said the levy is \"too steep.\" Others call it a \"windfall\".\n\n"
            "To everyone who called this a \"done deal\" last year: it was not.\n\n"
            "Councillor Siobhán Keane said the levy was \"too steep for farmers.\"\n")
    kept = [q.text.strip() for q in quotes.extract(body).quotes]
    assert kept == ["too steep for farmers."], "a named person's fragment stays a quote"


def _project(root: Path, articles: dict[str, str]) -> Path:
    small_project(root, "- id: keane\n  name: Siobhán Keane\n  aliases: [Keane, KEANE]\n"
                        "- id: parata\n  name: Ria Parata\n  aliases: [Parata]\n"
                        "- id: walsh\n  name: Declan Walsh\n  aliases: [Walsh, WALSH]\n",
                  "- id: quarry\n  label: Quarry\n  cues: [quarry]\n  stances:\n"
                  "    - id: for-quarry\n      label: Backs the quarry\n      cues: [\"I will vote for it\"]\n"
                  "    - id: against-quarry\n      label: Opposes the quarry\n      cues: [\"not back a quarry\"]\n",
                  figures=("keane",))
    for name, text in articles.items():
        (root / f"content/articles/{name}.md").write_text(text, encoding="utf-8")
    return root


def test_a_fragments_stance_is_never_the_next_quotes_of_its_paragraph(tmp_path: Path) -> None:
    from conftest import assembled
    project = _project(tmp_path / "p", {"check": (
        "---\ntitle: Did Keane flip on the quarry?\ndate: 2026-07-09\noutlet: Clare Checks\n---\n"
        "On Feb. 11, 2025, Keane said she would \"never sign off on a pit that size.\" On June 18, 2025, she "
        "told the Champion, \"If this quarry keeps its dust limits, I will vote for it.\"\n")})
    site = assembled(project)
    by_text = {q.text.split()[0]: q for q in site.quotes}
    assert by_text["never"].stance == {}, "'I will vote for it' is the next quote's stance"
    assert by_text["If"].stance == {"quarry": "for-quarry"}


def test_a_hearing_members_questions_take_no_position(tmp_path: Path) -> None:
    from conftest import assembled
    project = _project(tmp_path / "p", {"hearing": (
        "---\ntitle: Hearing on the quarry\ndate: 2025-05-20\noutlet: Clare Champion\n---\n"
        "CHAIR (PARATA): The committee will come to order. Councillor Keane, you asked for this hearing.\n\n"
        "KEANE: Mr. Walsh, was the parish consulted before the quarry licence was granted?\n\n"
        "WALSH: Councillor, it was not. We read about the quarry in the paper.\n\n"
        "CHAIR (PARATA): Ms. Byrne, you farm beside the pit. Your view?\n\n"
        "BYRNE: The dust is on my hay already, Madam Chair.\n\n"
        "KEANE: Thank you. I will not back a quarry nobody was asked about.\n")})
    site = assembled(project)
    by_text = {q.text.split()[0]: q for q in site.quotes}
    assert by_text["Mr."].topics == () and by_text["Mr."].stance == {}
    assert by_text["Thank"].topics == ("quarry",), "her own statement after the courtesy keeps its topic"


def test_reviews_first_offer_is_who_the_text_puts_behind_the_words(tmp_path: Path) -> None:
    from test_review import group, review_json
    project = _project(tmp_path / "p", {
        "radio": ("---\ntitle: Parish Hour, episode 12 — Councillor Keane on the quarry\ndate: 2026-01-14\n"
                  "outlet: Radio Kahu\n---\n"
                  "HOST: Welcome back to the Parish Hour. I'm Ria Parata. My guest is Councillor Siobhán Keane.\n\n"
                  "KEANE: Thank you, Ria. Good to be back.\n\n"
                  "HOST: And your critics say the dust limits are spin.\n\n"
                  "KEANE: My critics have not read the licence.\n"),
        "bulletin": ("---\ntitle: Ballyvaughan Growers' Bulletin\ndate: 2025-12-05\noutlet: Growers' Bulletin\n---\n"
                     "## From the chair\n\n"
                     "As I told the board on Dec. 3, \"we are planning for a dry year and hoping to be wrong.\"\n\n"
                     "*— Siobhán Keane, chair*\n\n"
                     "## Notes\n\n"
                     "- Meeting with Declan Walsh on Jan. 15.\n")})
    first = {i["places"][0]["text"][:12]: i["fixes"][0]["yaml"]  # type: ignore[index]
             for i in group(review_json(project), "unknown")}
    # the host who introduces herself ("HOST: … I'm Ria Parata."): her turns are hers since round 84, no review item
    # left to offer anyone — and never the guest's whose answers stand either side
    assert "Welcome back" not in first and "And your cri" not in first, first
    assert "speaker: keane" in first["we are plann"], "the one who signs the bulletin"


def test_a_publication_date_a_story_inherits_is_never_high_when_its_lead_names_another_day(tmp_path: Path) -> None:
    body = ("Gardaí arrested twelve people in Eyre Square on Sunday night after a march turned violent.\n\n"
            "\"We will not tolerate this in our city,\" Superintendent Declan Walsh said.\n")
    front = "title: T\ndate: 2026-03-10\ndate_confidence: high\n"  # a Tuesday
    data = _data(tmp_path, "- id: walsh\n  name: Declan Walsh\n  aliases: [Walsh]\n")
    got = dated_quotes(data, front, body)
    assert got["We"] == ("walsh", "2026-03-10", "low"), "review lists it: the words may be Sunday's"
    # a story naming no other day keeps the publication date as sure as it is
    plain = body.replace(" on Sunday night", "")
    got = dated_quotes(data, front, plain)
    assert got["We"] == ("walsh", "2026-03-10", "high")


def test_a_trade_opening_the_sentence_is_no_part_of_the_name() -> None:
    body = ("Beekeeper Aoife Byrne, whose hives stand a mile from the pit, was blunt. \"You cannot make honey from "
            "dust,\" she said.\n\n"
            "Paul Fisher, the quarry's manager, disagreed. \"The dust limits are the strictest in the county,\" "
            "Fisher said.\n")
    got = _speakers(body)
    assert got["You"][0] == "aoife-byrne"
    assert got["The"][0] == "paul-fisher", "a trade that is a common surname stays a surname"
