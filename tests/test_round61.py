"""The general rules blind round 61 (South Asia in English) asked for, each on an INVENTED case in another setting
(a Malaysian state assembly, a Kenyan county, a Scottish council, a Ghanaian press note …) with a negative beside it.

Quotes: a given name written as an initial before the family name, a sentence's subject after an intro phrase and a
lower-case noun, name words only a woman's name carries, a briefing's floor label with the asker in its bracket,
"termed" and "alleged that", a headline's quote before Title Case words the story never names again, a crowd's
shout, a platform after "on", a correction's misattribution.
Dates: another calendar's date beside the Gregorian one, "the 2nd December", "Updated about an hour ago", a numeric
date line read day first by a day-first country's dateline or word, a numeric date in a sentence whose parts settle
its order, "defended"/"assured" as date cues.
"""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline import attribution, dates
from dateline.model import DateInfo, PartialDate, Speaker

SPEAKERS = (
    Speaker("wanjiru", "Grace Wanjiru", ("Grace Wanjiru", "Wanjiru"), ("Governor", "governor"), "Governor"),
    Speaker("odhiambo", "Peter Odhiambo", ("Peter Odhiambo", "Odhiambo"), ("minister", "Minister"), "Minister"),
    Speaker("press", "County Press Office", ("County Press Office",), (), "", "institution"),
)
TODAY = date(2026, 12, 7)


def who(body: str) -> list[tuple[str, str]]:
    return [(text, speaker) for text, _, speaker in attributed(body, SPEAKERS)]


def speakers(body: str) -> list[str]:
    return [s for _, s in who(body)]


# ---------------------------------------------------------------- quotes


def test_an_initial_before_a_family_name_is_one_name() -> None:
    body = ("Governor Grace Wanjiru opened the clinic on Monday.\n\n"
            "Deputy Speaker R. Balakrishnan, who chaired the sitting, backed her. \"The ward has waited ten years,\" "
            "Mr. Balakrishnan said.\n\n"
            "Ward representative J. K. Mutua said the county had been \"dragging its feet since 2019\".")
    assert speakers(body) == ["r-balakrishnan", "j-k-mutua"]
    # ("M." stays French's Monsieur, a title: "Deputy Speaker M. Balakrishnan" names a lone family name, no one)
    # (a transcript's `Q.` opening its line is no initial: the family name after it is no one the text names)
    qa = "Q. Kamau said the clinic was late. Is that so?\n\nA. \"It opens in March,\" the governor said."
    assert "q-kamau" not in speakers(qa)


def test_a_subject_after_an_intro_phrase_and_a_lower_case_noun() -> None:
    body = ("Governor Grace Wanjiru said the water would be back \"within days\".\n\n"
            "At Gikomba market, trader Amina Begum had heard that before. \"Every year the same promise,\" she said.")
    assert speakers(body) == ["wanjiru", "amina-begum"]
    # a name word only a woman's name carries: "she" skips the man named last
    body = ("Minister Peter Odhiambo spoke first.\n\nSunita Devi, who runs the kiosk, and Mr Odhiambo met later. "
            "\"We were promised water by June,\" she said.")
    assert speakers(body)[-1] == "sunita-devi"
    # (a verb or a function word after the intro phrase's comma is no description of the one named after it)
    assert attribution._Doc._noun_after_intro("At Gikomba market, trader ")
    assert not attribution._Doc._noun_after_intro("At Gikomba market, said ")
    assert not attribution._Doc._noun_after_intro("At Gikomba market, and ")


def test_a_floor_label_names_its_asker_in_its_bracket_only() -> None:
    body = ("County Press Office: Good morning. We will take questions.\n\n"
            "Question (Wambui Karanja, Daily Nation): Governor, when does the water return?\n\n"
            "Governor: Within days.\n\nQuestion: And the clinic?\n\nGovernor: In March.")
    assert speakers(body) == ["press", "wambui-karanja", "wanjiru", "unknown", "wanjiru"]
    # a bracket of one name, the outlet's, names no asker
    outlet = body.replace("(Wambui Karanja, Daily Nation)", "(Daily Nation)")
    assert speakers(outlet)[1] == "unknown"


def test_termed_and_alleged_that_introduce_a_partial() -> None:
    body = ("Water plan row\n\nSenator Njeri Kamau termed the decision \"a cruel joke on the poor\".\n\n"
            "Governor Grace Wanjiru told reporters the plan was final.\n\n"
            "Ward representative Otieno Barasa alleged that the minister had \"signed it in secret\".")
    assert who(body) == [("a cruel joke on the poor", "njeri-kamau"), ("signed it in secret", "otieno-barasa")]
    # a thing "alleging that" carries no one's words: the scare word stays no quote
    post = "Water plan row\n\nA post circulating online alleging that the clinic has been \"sold\" is false."
    assert who(post) == []


def test_a_headline_quote_before_words_the_story_never_names_again() -> None:
    body = ("\"Maji Ni Uhai\": Residents Block Road Near Thika Over Water Cuts\n\n"
            "Hundreds of residents blocked the road on Saturday.\n\n"
            "\"Maji ni uhai,\" said Joseph Kimani, a 60-year-old farmer, meaning water is life.")
    assert speakers(body) == ["joseph-kimani", "joseph-kimani"]
    # a name the story goes on with keeps the headline's words
    named = ("'We will not move': Kimani vows to stay on his farm\n\nJoseph Kimani, a farmer, spoke on Saturday. "
             "He has farmed there since 1980, Kimani said.")
    assert speakers(named) == ["joseph-kimani"]


def test_a_crowds_shout_is_no_quote() -> None:
    body = ("Demonstrators shouted \"Maji kwanza\" (water first) as police looked on.\n\n"
            "\"We want water,\" shouted Joseph Kimani, a farmer.")
    assert who(body) == [("We want water,", "joseph-kimani")]


def test_a_platform_after_on_is_no_subject() -> None:
    body = ("A message circulating on WhatsApp claims: \"The county will cut water to every estate for a month. "
            "Share widely.\"\n\nThe County Press Office said the message was \"false\".")
    assert speakers(body) == ["unknown", "press"]
    # a name on its own before the verb is a subject as before
    assert speakers("Otieno Barasa claims: \"The county will cut water to every estate for a month.\"") == [
        "otieno-barasa"]


def test_a_corrections_misattributed_remark() -> None:
    body = ("CORRECTION\n\nIn a report on December 3, the remark \"The taps will run by Christmas\" was wrongly "
            "attributed to Minister Peter Odhiambo. It was made by Governor Grace Wanjiru. We regret the error.")
    assert who(body) == [("The taps will run by Christmas", "wanjiru")]
    # the correction names no one else: the words are nobody's, never the one they were wrongly given to
    alone = body.replace(" It was made by Governor Grace Wanjiru.", "")
    assert who(alone) == [("The taps will run by Christmas", "unknown")]


# ---------------------------------------------------------------- dates


def test_another_calendars_date_and_an_ordinal_with_its_article() -> None:
    text = ("DEWAN RAKYAT\nMonday, the 30th November, 2026 / 19 Jamadilawal 1448 AH\n\n"
            "Tuan Yang di-Pertua: Order.")
    info = dates.publication_date(text, today=TODAY).info
    assert info is not None and info.date.iso() == "2026-11-30"
    saka = dates.publication_date("LEGISLATIVE ASSEMBLY\nTuesday, December 1, 2026 / Agrahayana 10, 1948 (Saka)\n\n"
                                  "The House met at eleven.", today=TODAY).info
    assert saka is not None and saka.date.iso() == "2026-12-01"
    # the article before an ordinal in a sentence makes no date line of it
    assert dates.publication_date("A headline\n\nThe 2nd December meeting was long.\n", today=TODAY).info is None


def test_updated_about_an_hour_ago_beside_the_published_date() -> None:
    text = "Residents block road\n\nStaff Reporter | Published December 5, 2026 Updated about an hour ago\n\nNAIROBI: …"
    info = dates.publication_date(text, today=TODAY).info
    assert info is not None and info.date.iso() == "2026-12-05" and info.confidence == "high"


def test_a_numeric_date_line_read_day_first_by_a_day_first_countrys_dateline() -> None:
    note = ("COUNTY GOVERNMENT\nPRESS RELEASE\nDated: 04-12-2026\n\nNairobi: The county has directed water "
            "to the estates.")
    info = dates.publication_date(note, today=TODAY).info
    assert info is not None and info.date.iso() == "2026-12-04" and info.confidence == "medium"
    assert "Nairobi" in info.basis
    # … or by a word only a day-first English uses
    word = ("DISTRICT OFFICE\nPRESS NOTE\nDate: 03/12/2026\n\nThe Collector, Smt. Jane Doe, released Rs 2 crore "
            "for the tanks.")
    info = dates.publication_date(word, today=TODAY).info
    assert info is not None and info.date.iso() == "2026-12-03" and info.confidence == "medium"
    # a month-first country's dateline, or none, settles nothing: the import asks
    for other in ("Chicago: The county has directed water to the estates.", "The county has directed water."):
        assert dates.publication_date(note.replace("Nairobi: The county has directed water to the estates.", other),
                                      today=TODAY).info is None


def test_a_numeric_date_in_a_sentence_settled_by_its_own_parts() -> None:
    pub = DateInfo(PartialDate(2026, 11, 29), "medium", "date line")
    lead = ["The dam was first promised on 14/02/2018, when the then minister told a rally: \"Water for all.\""]
    info = dates.article_statement_date(lead, pub, today=TODAY)
    assert info is not None and info.date.iso() == "2018-02-14"
    assert [p.text for p in dates.find_date_phrases("Promised on 02/03/2018 and on 03/14/2018.")] == ["on 03/14/2018"]


def test_defended_and_assured_date_the_words() -> None:
    pub = DateInfo(PartialDate(2026, 12, 6), "high", "date line")
    for lead in ("Minister Peter Odhiambo on Friday defended the water deal signed last month.",
                 "The governor met the traders on Friday and assured them the market would reopen."):
        info = dates.article_statement_date([lead], pub, today=TODAY)
        assert info is not None and info.date.iso() == "2026-12-04", lead
    assert dates.article_statement_date(["The team on Friday won the cup."], pub, today=TODAY) is None
