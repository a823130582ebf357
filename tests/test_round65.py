"""Blind round 65's general rules (national politics of two federations in English and Canadian French: records of
both chambers, a briefing, a bilingual Hansard, a Rev-style transcript, wires, a release, posts), each on an invented
case in another setting — an Australian state's journal, a Welsh and a New Zealand briefing, a Belgian paper, a Kenyan
release — with a negative beside it. The held-out figures are in tests/test_extraction_corpus.py and
tests/test_import_holdout.py."""

from __future__ import annotations

from datetime import date

from dateline import attribution, quotes
from dateline.dates import article_statement_date, publication_date
from dateline.model import PartialDate, Speaker

SPEAKERS = (
    Speaker("kowalczyk", "Anna Kowalczyk", ("Anna Kowalczyk", "Kowalczyk", "KOWALCZYK", "Ms Kowalczyk"),
            ("Premier", "the premier"), "Premier"),
    Speaker("mbeki", "Thabo Mbeki-Roe", ("Thabo Mbeki-Roe", "Mbeki-Roe", "MBEKI-ROE"), ("Treasurer",), "Treasurer"),
    Speaker("dubois", "Luc Dubois", ("Luc Dubois", "Dubois", "M. Dubois"), ("le bourgmestre",), "Bourgmestre"),
    Speaker("ouma", "Grace Ouma", ("Grace Ouma", "Ouma", "Sen. Grace Ouma"), ("Senator",), "Senator"),
)


def run(body: str) -> list[tuple[str, str, str, bool]]:
    ext = quotes.extract(body)
    attrs = attribution.attribute(body, ext, SPEAKERS)
    return [(q.text, q.kind, a.speaker, a.translated) for q, a in zip(ext.quotes, attrs, strict=True)]


def speakers(body: str) -> list[str]:
    return [s for _, _, s, _ in run(body)]


def texts(body: str) -> list[str]:
    return [t for t, _, _, _ in run(body)]


# ---------------------------------------------------------------- records' labels


def test_a_journals_member_of_a_seat_and_the_chair_pro_tempore_are_full_stop_labels() -> None:
    body = ("Legislative Journal — Tuesday, 3 March 2026\n\n"
            "The PRESIDENT pro tempore. The member for Bendigo has the call.\n\n"
            "Ms. KOWALCZYK of Bendigo. Mr. President, the rail line closed in 1993, and the town said, \"Never "
            "again.\" I move the bill.\n\n"
            "The PRESIDENT pro tempore. The question is that the bill be read a second time.\n\n"
            "Mr. HALVERSON of Mildura. Will the member give way?\n\n"
            "Ms. KOWALCZYK. I will not.")
    got = run(body)
    assert [s for _, _, s, _ in got] == ["unknown", "kowalczyk", "unknown", "halverson", "kowalczyk"]
    assert all(k == "transcript-turn" for _, k, _, _ in got)
    assert got[1][0].endswith("I move the bill.")  # the town's words inside her turn stay in it


def test_a_line_of_prose_opening_with_a_name_of_a_place_is_no_label() -> None:
    body = ("Mr. HALVERSON of Mildura. That is how the ballot paper printed him, and voters noticed.\n\n"
            "\"We never asked for capitals,\" Kowalczyk said.")
    assert run(body) == [("We never asked for capitals,", "direct", "kowalczyk", False)]


def test_a_briefings_spaced_question_is_the_floors_and_a_trailing_stage_direction_after_a_mark_is_cut() -> None:
    body = ("MS. OUMA: Good morning. The Treasurer called this \"a fair deal.\"\n\n"
            "Q    Is it fair to renters?\n\n"
            "MS. OUMA: It's a \"we will see.\" (Laughter.)\n\n"
            "Q    And the deadline?\n\n"
            "MS. OUMA: Friday.")
    got = run(body)
    assert [t for t, _, _, _ in got] == ["Good morning. The Treasurer called this \"a fair deal.\"",
                                         "Is it fair to renters?", "It's a \"we will see.\"", "And the deadline?",
                                         "Friday."]
    assert [s for _, _, s, _ in got] == ["ouma", "unknown", "ouma", "unknown", "ouma"]


def test_a_spaced_q_alone_in_an_article_is_no_turn() -> None:
    body = "Q    sizes run small, the shop warns.\n\n\"Order one up,\" said Kowalczyk."
    assert texts(body) == ["Order one up,"]


def test_a_hansards_generic_floor_and_a_right_honourable_member_with_her_office_in_brackets() -> None:
    body = ("Mr. Peter Nagle (Ballarat, Lib.): Madam Speaker, where is the money?\n\n"
            "Right Hon. Anna Kowalczyk (Premier, Lab.): Madam Speaker, it is in the budget.\n\n"
            "Some hon. members: Hear, hear!\n\n"
            "The Speaker: Order.")
    assert speakers(body) == ["peter-nagle", "kowalczyk", "unknown", "unknown"]


def test_a_bilingual_records_language_notes_mark_translated_turns_and_the_members_words_going_on() -> None:
    body = ("Oral Questions\n\n"
            "[Translation]\n\n"
            "Mr. Luc Dubois (Liège, PS): Madam Speaker, will the Premier fund the port?\n\n"
            "Right Hon. Anna Kowalczyk (Premier, Lab.): Madam Speaker, we will fund it this year.\n\n"
            "[English]\n\n"
            "Madam Speaker, I would add that the member once called the port \"a relic.\" I trust he has changed "
            "his mind.")
    got = run(body)
    assert [(s, tr) for _, _, s, tr in got] == [("dubois", True), ("kowalczyk", True), ("kowalczyk", False)]
    assert got[2][1] == "transcript-turn" and got[2][0].endswith("changed his mind.")


def test_words_after_the_last_turn_with_no_language_note_are_the_records_narration() -> None:
    body = ("Mr. Luc Dubois (Liège, PS): Madam Speaker, will the Premier fund the port?\n\n"
            "Right Hon. Anna Kowalczyk (Premier, Lab.): Madam Speaker, we will fund it this year.\n\n"
            "The House adjourned at 6.02 p.m. and we resume tomorrow.")
    assert len(run(body)) == 2


def test_a_rev_transcripts_labels_with_their_time_codes_stand_over_the_words() -> None:
    body = ("Premier Anna Kowalczyk Press Conference on Rail Transcript\n\n"
            "Speaker 1 (00:00:02):\nPlease welcome the Premier.\n\n"
            "Anna Kowalczyk (00:00:10):\nThank you. A farmer told me, \"Just build it.\" So we will.\n\n"
            "Audience (00:00:40):\nBuild it! Build it!\n\n"
            "Anna Kowalczyk (00:00:45):\nWe will.")
    got = run(body)
    assert [s for _, _, s, _ in got] == ["unknown", "kowalczyk", "unknown", "kowalczyk"]
    assert got[1][0] == "Thank you. A farmer told me, \"Just build it.\" So we will."


def test_one_label_with_a_time_code_in_a_story_is_no_transcript() -> None:
    body = "Update (10:45):\nThe bridge reopened.\n\n\"It was a long night,\" Kowalczyk said."
    assert texts(body) == ["It was a long night,"]


# ---------------------------------------------------------------- terms and tags


def test_a_calling_verbs_word_with_a_label_after_it_is_a_term_not_an_evaluation() -> None:
    body = 'Canberra calls the new levy "temporary", a label exporters dispute.'
    assert texts(body) == []
    body = 'Kowalczyk called the new levy "temporary and unfair," and said she would fight it.'
    assert texts(body) == ["temporary and unfair,"]


def test_a_french_what_one_calls_is_a_name_and_an_impersonal_incise_names_nobody() -> None:
    body = ("Le bourgmestre Luc Dubois a dénoncé ce qu'il appelle « le bétonnage tranquille » du centre-ville.\n\n"
            "« Nous refusons », a-t-il dit.\n\n"
            "« Le dossier avance », dit-on à l'hôtel de ville.")
    assert run(body) == [(" Nous refusons ", "direct", "dubois", False),
                         (" Le dossier avance ", "direct", "unknown", False)]
    # … while an evaluation after a speech verb is his words, and "-on" after no speech verb is none of the tag
    body = "Le bourgmestre Luc Dubois a qualifié le projet de « bétonnage pur et simple »."
    assert run(body) == [(" bétonnage pur et simple ", "partial", "dubois", False)]
    body = "Kowalczyk met the union. \"We hit it head-on,\" she said of the dispute."
    assert speakers(body) == ["kowalczyk"]


def test_a_releases_lead_in_of_the_statement_names_its_speaker() -> None:
    body = ("FOR IMMEDIATE RELEASE\n\nNAIROBI – Sen. Grace Ouma today issued the following statement on the "
            "housing levy:\n\n\"This levy punishes tenants. I will vote against it.\"")
    assert speakers(body) == ["ouma"]
    body = ("NAIROBI – The Senate today released the following figures on the housing levy:\n\n"
            "\"Collections rose by 12 percent in the quarter.\"")
    assert speakers(body) != ["ouma"]


def test_a_headlines_word_of_a_longer_body_quote_is_the_speaker_the_headline_names() -> None:
    body = ("Kowalczyk slams rail 'cowboys' in radio interview\n\n"
            "By Jo Brand\n\n"
            "\"These operators are cowboys, and the public knows it,\" Kowalczyk told ABC Radio.")
    assert run(body)[0] == ("cowboys", "partial", "kowalczyk", False)
    # … not when the headline names someone else before the word
    body = ("Nagle slams rail 'cowboys' in radio interview\n\n"
            "\"These operators are cowboys, and the public knows it,\" Kowalczyk told ABC Radio.")
    assert not [q for q in run(body) if q[0] == "cowboys" and q[2] == "kowalczyk"]


# ---------------------------------------------------------------- dates

TODAY = date(2026, 12, 7)
BODY = "\n\nThe member said the rail link was overdue.\n"


def test_a_periodicals_masthead_and_a_sections_word_date_the_page() -> None:
    found = publication_date("Government Gazette Vol. 44, No. 17 — Monday, May 4, 2026" + BODY, today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2026-05-04"
    found = publication_date("Rail Premier's Speech Transcript\n\nEconomy Nov 30, 2026" + BODY, today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2026-11-30"
    # a sentence's word before a date is no section's
    found = publication_date("Since Nov 30, 2026" + BODY, today=TODAY)
    assert found.info is None or "Since" not in found.info.basis


def test_a_wires_closing_note_of_its_publication_dates_it() -> None:
    text = ("MELBOURNE — The Premier defended the rail plan.\n\n\"We will build it,\" Kowalczyk said Friday.\n\n"
            "This story by Australian Associated Press was first published 4 Dec. 2026.")
    found = publication_date(text, today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2026-12-04" and found.info.confidence == "high"
    # … a note with no year gives none
    found = publication_date(text.replace(" 4 Dec. 2026", " on Friday"), today=TODAY)
    assert found.info is None or found.info.date.iso() != "2026-12-04" or found.info.confidence != "high"


def test_x_clock_first_yearless_stamp_is_the_latest_such_day() -> None:
    text = "Grace Ouma\n@SenGraceOuma\n\nThe levy punishes tenants.\n\n9:41 PM · Nov 30 · 12K Views\n"
    found = publication_date(text, today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2026-11-30" and found.info.confidence == "low"
    found = publication_date(text.replace("Nov 30", "Nov 30, 2025"), today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2025-11-30" and found.info.confidence == "high"


def test_as_one_put_it_and_a_rally_held_on_a_day_date_the_words() -> None:
    lead = ['As the treasurer put it last week, on Nov. 26 in Perth, "We will not blink." Fine.']
    info = article_statement_date(lead, PartialDate(2026, 12, 3), today=TODAY)
    assert info is not None and info.date.iso() == "2026-11-26"
    lead = ["Premier Anna Kowalczyk held a rally in Geelong on December 1, 2026. Read the transcript here.",
            "Anna Kowalczyk (00:00:10):\nThank you, Geelong."]
    info = article_statement_date(lead, PartialDate(2026, 12, 4), today=TODAY)
    assert info is not None and info.date.iso() == "2026-12-01"
    # (a rally of the markets is no occasion of words)
    lead = ["Shares held gains on December 1, 2026, after a rally in bank stocks."]
    info = article_statement_date(lead, PartialDate(2026, 12, 4), today=TODAY)
    assert info is None or info.date.iso() != "2026-12-01"


def test_a_french_demand_and_a_pluperfect_incise_date_the_words_by_their_weekday() -> None:
    lead = ["Le bourgmestre Luc Dubois avait évoqué le dossier devant le conseil.",
            "« Nous ne reculerons pas », avait-il lancé mardi devant les conseillers."]
    info = article_statement_date(lead, PartialDate(2026, 12, 3), today=TODAY)
    assert info is not None and info.date.iso() == "2026-12-01"
    lead = ["L'échevine Marie Lambert a réclamé un audit du chantier lors de son passage à Namur, mercredi.",
            "« Le chantier doit s'arrêter », a-t-elle martelé."]
    info = article_statement_date(lead, PartialDate(2026, 12, 5), today=TODAY)
    assert info is not None and info.date.iso() == "2026-12-02"
