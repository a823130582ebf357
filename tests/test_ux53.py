"""The findings of a fact-checking desk's blind usability round (ux53, a Lagos desk): a House of Assembly's labels
with the seat and the office after the name, header and agenda lines in a label's shape, a reduced relative clause
and a look-back time clause in a lede, an office serving someone before its holder's name, a thing's name in marks,
a page label before a headline, a news theme's stamp line, a programme's credits line, a chat export's stamps, a
name's bracketed note, and review's first offer for words that speak of the figure.

All inputs are invented, in the styles of other countries' papers, records and programmes: a Ghanaian regional
assembly, a Kenyan county's radio, a Welsh council story, an Indian state's release, a Jamaican podcast.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from conftest import dated_quotes, small_project

from dateline import attribution, quotes
from dateline.config import NumericOrder
from dateline.dates import article_statement_date, publication_date
from dateline.headline import choose_title, is_furniture, is_turn
from dateline.load import Data, load_data
from dateline.model import DateInfo, PartialDate, Speaker

TODAY = date(2026, 12, 7)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _turns(body: str) -> list[tuple[str, str]]:
    return [(q.turn_name, q.text[:24]) for q in quotes.extract(body).quotes if q.kind == "transcript-turn"]


def _speakers(body: str, speakers: tuple[Speaker, ...]) -> dict[str, str]:
    """Each quote of ``body`` by its first word: its speaker id."""
    ext = quotes.extract(body)
    return {q.text.split()[0]: a.speaker for q, a in zip(ext.quotes, attribution.attribute(body, ext, speakers),
                                                         strict=True)}


def _data(tmp_path: Path, yaml: str) -> Data:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "speakers.yaml").write_text(yaml, "utf-8")
    return load_data(tmp_path, [])


# --- finding 1: a label's office after the seat's bracket; finding 10: header and agenda lines -------------

def test_a_members_office_after_the_seats_bracket_ends_the_label_not_the_speakers_words() -> None:
    record = ("ASHANTI REGIONAL ASSEMBLY\n\nSECOND READING: Water Levy Bill, 2026 (AB. 12)\n\n"
              "MADAM SPEAKER: Honourable members, the Chairman has the floor.\n\n"
              "HON. KWAME MENSAH (Ejisu West), Chairman, Committee on Works and Housing: Madam Speaker, the "
              "committee asks that the bill be passed.\n\n"
              "HON. ABENA OWUSU (Bekwai North), Minority Whip: Madam Speaker, the levy falls on the poorest.\n\n"
              "MADAM SPEAKER: The question is put.\n")
    turns = _turns(record)
    assert ("HON. KWAME MENSAH", "Madam Speaker, the commi") in turns
    assert ("HON. ABENA OWUSU", "Madam Speaker, the levy ") in turns
    # the agenda line in a label's shape is no turn: its words are a bill's title, no sentence
    assert not any(name.startswith("SECOND READING") for name, _ in turns)
    # … while a turn whose words end a sentence stays one, its label in capitals as before
    assert ("MADAM SPEAKER", "The question is put.") in turns


def test_a_label_after_a_bracket_with_a_sentence_after_the_comma_is_no_office() -> None:
    # a wire's dateline and a sentence after it: lower-case verbs after the comma, so no label's office
    text = ("ACCRA (Reuters), the finance ministry said: the levy stays.\n\n"
            "\"We have no other choice,\" the minister said.\n")
    assert not _turns(text)


def test_a_programmes_credits_lines_are_no_turns_and_name_the_presenter() -> None:
    show = ("Guest: Senator Wanjiru Kamau (by phone)\nPresenter: Otieno Baraka\n\n"
            "PRESENTER: Good morning, Nakuru! Senator, the road is still closed.\n\n"
            "SENATOR KAMAU: It will open in March. I promise you that.\n\n"
            "PRESENTER: Thank you, Senator.\n")
    turns = _turns(show)
    assert [name for name, _ in turns] == ["PRESENTER", "SENATOR KAMAU", "PRESENTER"]
    ext = quotes.extract(show)
    said = attribution.attribute(show, ext, ())
    assert said[0].name == "Otieno Baraka"  # the header's presenter holds the label


def test_credits_and_a_transcripts_note_are_furniture_never_the_title() -> None:
    assert is_furniture("Host: Marcia Grant-Lewis") == "credits line"
    assert is_furniture("Guest: Minister Devon Clarke (by phone)") == "credits line"
    assert is_furniture("Transcript prepared by the newsroom from the station's recording") == "transcript note"
    # a label and a sentence is no credits line; a name after another word is no credits line either
    assert is_furniture("Host: Welcome back to the show.") == ""
    assert is_furniture("Warning: Heavy Rain Expected") == ""
    paras = ["THE KINGSTON BRIEF — Episode 12: \"Water, Roads and Promises\"", "Recorded: May 4, 2026",
             "Host: Marcia Grant-Lewis", "Guest: Minister Devon Clarke",
             "MARCIA: Welcome back. Minister, will the pipes be fixed?", "CLARKE: By June. I give my word."]
    title, body = choose_title(paras)
    assert title.startswith("Episode 12") or title.startswith("THE KINGSTON BRIEF")
    assert "Host: Marcia Grant-Lewis" in body


def test_a_page_label_before_a_headline_is_no_turn() -> None:
    assert not is_turn("CORRECTION: Harbour levy story")
    assert not is_turn("EXCLUSIVE: Minister quits over water deal")
    assert is_turn("MINISTER CLARKE: The pipes will be fixed by June.")


# --- findings 2 and 6: a look-back phrase in the lede dates no quotes of the story --------------------------

def test_a_reduced_relative_in_the_lede_dates_the_promise_not_the_storys_words() -> None:
    lede = _paragraphs(
        "Karnataka's revenue minister, Suresh Gowda, has apologised to farmers over the delay in the payment of the "
        "drought grant promised in March.\n\n"
        "Speaking at a meeting in Tumakuru on Thursday, the minister admitted the state had missed its deadline.\n\n"
        "\"I said sixty days. I take responsibility,\" Gowda said.\n")
    info = article_statement_date(lede, PartialDate(2026, 8, 21), today=TODAY)  # a Friday
    assert info is not None and info.date == PartialDate(2026, 8, 20)
    # … with its agent too: "the scheme announced by X last month" is the scheme's time
    passed = _paragraphs(
        "The Gauteng legislature on Tuesday passed the Water Relief Bill, giving legal backing to the fund "
        "announced by Premier Thandi Nkosi last month.\n\n\"This House will not be rushed,\" the Speaker said.\n")
    info = article_statement_date(passed, PartialDate(2026, 9, 9), today=TODAY)  # a Wednesday
    assert info is not None and info.date == PartialDate(2026, 9, 8)
    # negative: the subject's own verb before the day still dates the words ("The head of the union announced …")
    said = _paragraphs("The head of the dockers' union announced on Monday that the strike is over.\n\n"
                       "\"We have won,\" she said.\n")
    info = article_statement_date(said, PartialDate(2026, 9, 9), today=TODAY)
    assert info is not None and info.date == PartialDate(2026, 9, 7)


def test_a_stale_when_clause_dates_its_own_sentence_not_a_retrospectives_other_quotes(tmp_path: Path) -> None:
    body = ("Records obtained by the Western Mail show that only half of the households flooded in 2025 had been "
            "paid by January.\n\n"
            "When she announced the fund on March 3, 2025, First Minister Eluned Rhys promised that \"every "
            "household will be paid within a month.\"\n\n"
            "\"I applied three times,\" said Gareth Morgan, a farmer in Llanrwst.\n")
    info = article_statement_date(_paragraphs(body), PartialDate(2026, 3, 9), today=TODAY)
    assert info is None or info.date != PartialDate(2025, 3, 3)
    data = _data(tmp_path, "- id: rhys\n  name: Eluned Rhys\n  aliases: [Rhys]\n")
    got = dated_quotes(data, "title: T\ndate: 2026-03-09\n", body)
    assert got["every"][1] == "2025-03-03"  # the recalled words keep their occasion's day
    assert got["I"][1] != "2025-03-03"  # … the farmer's are not of it


# --- finding 3 and 4: who the office serves, the object after the comma, a thing's name ---------------------

GOVERNOR = Speaker("okafor", "Chidi Okafor", ("Okafor",), ("the governor",))
AIDE = Speaker("bassey", "Ekaette Bassey", ("Bassey",), ("the chief press secretary",))


def test_the_object_of_a_verb_after_the_comma_is_not_the_names_office() -> None:
    body = ("A market leader in Uyo, Mr Effiong Udo, asked the governor to name the officials.\n\n"
            "Responding, the governor said: \"Bring me one name and he goes today.\"\n")
    assert _speakers(body, (GOVERNOR,))["Bring"] == "okafor"
    # negative: an office after the comma is the name's ("Mr Udo, the governor's aide, …" is no governor)
    aide = ("Mr Effiong Udo, a former governor of the state, said: \"The road was my project.\"\n")
    assert _speakers(aide, (GOVERNOR,))["The"] != "okafor"


def test_an_office_serving_someone_then_its_holder_gives_the_holder_the_words() -> None:
    body = ("Reacting in a statement, the Chief Press Secretary to the governor, Ekaette Bassey, described the "
            "protest as \"a sponsored show\".\n")
    assert _speakers(body, (GOVERNOR, AIDE))["a"] == "bassey"
    # negative: an aside about the one the office serves still skips it ("Bassey, speaking to the governor, said")
    aside = "Bassey, speaking to the governor on Monday, said: \"The list is clean.\"\n"
    assert _speakers(aside, (GOVERNOR, AIDE))["The"] == "bassey"


def test_a_things_name_after_tagged_is_no_ones_words() -> None:
    body = ("Presenting the plan, tagged \"Budget of Renewal\", the governor said, \"Every road will be done.\"\n")
    found = _speakers(body, (GOVERNOR,))
    assert "Budget" not in found and found["Every"] == "okafor"


def test_a_names_bracketed_note_is_no_aside_before_the_verb() -> None:
    judge = Speaker("achieng", "Grace Achieng", ("Justice Grace Achieng", "Achieng"), ())
    body = "Chair of the Committee, Justice Grace Achieng (rtd), said: \"The list is clean.\"\n"
    assert _speakers(body, (judge,))["The"] == "achieng"


# --- finding 7: a news theme's stamp line; finding 9: a chat export's stamps --------------------------------

def test_a_themes_stamp_line_with_its_section_and_byline_is_a_date_line() -> None:
    for line in ("On 13 February 2026 6:41 am In News by Wanjiku Muthoni", "On March 2, 2026 7:15 pm In Politics"):
        found = publication_date(f"The Standard\n\nLevy shelved\n\n{line}\n\nThe county shelved the levy.\n",
                                 today=TODAY)
        assert found.info is not None and found.info.confidence == "high"
    # negative: a sentence with a date and "In" is no date line
    prose = publication_date("Levy shelved\n\nOn 13 February 2026 at 6:41 am In Nyeri the county met.\n\nText.\n",
                             today=TODAY)
    assert prose.info is None


def test_a_chat_exports_first_stamp_dates_it_in_the_projects_order() -> None:
    chat = ("[04/11/2025, 07:15] County Updates: The clinic opens on Monday.\n"
            "[04/11/2025, 07:40] Mary Atieno: Which clinic?\n")
    assert publication_date(chat, today=TODAY).info is None  # both orders give past days: the import asks
    day_first = NumericOrder(True, 'numeric_dates = "day-first"')
    info = publication_date(chat, today=TODAY, order=day_first).info
    assert info is not None and info.date == PartialDate(2025, 11, 4) and info.confidence == "high"
    settled = chat.replace("[04/11/2025, 07:40]", "[14/11/2025, 07:40]")
    info = publication_date(settled, today=TODAY).info
    assert info is not None and info.date == PartialDate(2025, 11, 4)
    # negative: one stamp is a line of prose's
    assert publication_date("[04/11/2025, 07:15] County Updates: The clinic opens.\n", today=TODAY).info is None


def test_publication_info_is_a_dateinfo() -> None:
    info = publication_date("On April 4, 2026 10:02 am In News\n\nText here.\n", today=TODAY).info
    assert isinstance(info, DateInfo)


# --- finding 5: review's first offer for words that speak of the figure ------------------------------------

def test_reviews_first_offer_is_never_the_one_the_words_speak_of(tmp_path: Path) -> None:
    root = small_project(tmp_path / "p", "- id: okafor\n  name: Chidi Okafor\n  aliases: [Okafor]\n"
                                         "  roles: [the governor]\n- id: bassey\n  name: Ekaette Bassey\n"
                                         "  aliases: [Bassey]\n", figures=("okafor",))
    (root / "content" / "articles" / "check.md").write_text(
        "---\ntitle: Did Governor Okafor promise a 30-day payment?\ndate: 2026-05-18\n---\n\n"
        "CLAIM: A viral post claims that Governor Chidi Okafor \"never set any deadline\" for the grant.\n\n"
        "VERDICT: FALSE. The governor set a 30-day deadline.\n\n"
        "The post, shared by a page, reads: \"Our governor never set any deadline. It is all lies.\"\n\n"
        "Asked about it, Ekaette Bassey said the post did not come from the government.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.run([sys.executable, "-m", "dateline", "review", "--json"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    unknown = [i for i in json.loads(proc.stdout)["items"] if i["group"] == "unknown"]
    assert len(unknown) == 2
    for item in unknown:
        first = item["fixes"][0]
        text = json.dumps(first)
        assert "speaker: okafor" not in text  # never the figure first: the words speak of him, or are a rated claim


# --- findings 13, 14, 17 and the words given through a go-between -----------------------------------------

def test_a_participle_opening_the_sentence_with_its_day_dates_the_reaction(tmp_path: Path) -> None:
    data = _data(tmp_path, "- id: mwangi\n  name: Peter Mwangi\n  aliases: [Mwangi]\n"
                           "- id: njeri\n  name: Alice Njeri\n  aliases: [Njeri]\n")
    body = ("Governor Peter Mwangi, who spoke on Citizen TV on Sunday, said, \"The dam was never due this year.\"\n\n"
            "Reacting on Monday, the Minority Leader of the county assembly, Alice Njeri, said the governor had "
            "\"misled the people of Thika\".\n\n\"He stood in Thika and promised 2026,\" Njeri said.\n")
    # (the statement date as the import reads the lede: the governor's Sunday)
    front = ("title: T\ndate: 2026-06-09\nstatement_date: 2026-06-07\nstatement_date_basis: \"‘spoke on Citizen TV on "
             "Sunday’ → 2026-06-07, the Sunday before publication (2026-06-09)\"\nstatement_date_confidence: medium\n")
    got = dated_quotes(data, front, body)  # a Tuesday
    assert got["The"][1] == "2026-06-07" and got["He"][1] == "2026-06-08"
    # negative: a sentence opening with its day and no participle is the main clause's as before
    plain = ("Governor Peter Mwangi said on Sunday, \"The dam was never due this year.\"\n\n"
             "\"He stood in Thika and promised 2026,\" Njeri said.\n")
    got = dated_quotes(data, front.replace("spoke on Citizen TV on Sunday", "said on Sunday"), plain)
    assert got["He"][1] != "2026-06-08"


def test_words_said_through_a_go_between_are_nobodys_known() -> None:
    body = ("Protesters were told the fund was empty.\n\n"
            "\"The money is finished,\" the governor said through an official.\n")
    assert _speakers(body, (GOVERNOR,))["The"] == "unknown"
    # negative: through an interpreter the words are the speaker's own, translated
    interpreted = "\"The money is safe,\" the governor said through an interpreter.\n"
    assert _speakers(interpreted, (GOVERNOR,))["The"] == "okafor"


def test_in_it_after_a_dated_record_dates_the_words_by_the_record(tmp_path: Path) -> None:
    data = _data(tmp_path, "- id: okafor\n  name: Chidi Okafor\n  aliases: [Okafor]\n  roles: [the governor]\n")
    body = ("CLAIM: A post says the governor set no deadline.\n\n"
            "We reviewed the government's press release of July 14, 2025. In it, the governor said: \"Every "
            "household will be paid in 30 days.\"\n\n"
            "Asked on Friday, Okafor's office said: \"The post is not ours.\"\n")
    got = dated_quotes(data, "title: T\ndate: 2026-05-18\n", body)
    assert got["Every"][1] == "2025-07-14"
    # negative: "In it" with no dated record before it leaves the date as it was
    undated = body.replace("press release of July 14, 2025", "press release")
    assert dated_quotes(data, "title: T\ndate: 2026-05-18\n", undated)["Every"][1] != "2025-07-14"


def test_an_assurance_given_on_a_weekday_dates_the_words() -> None:
    lede = _paragraphs("NAIROBI — Governor Peter Mwangi has assured residents that the dam will be ready by 2027.\n\n"
                       "The governor gave the assurance on Tuesday while touring the site.\n\n"
                       "\"You have my word,\" Mwangi said.\n")
    info = article_statement_date(lede, PartialDate(2025, 2, 13), today=TODAY)  # a Thursday
    assert info is not None and info.date == PartialDate(2025, 2, 11)


def test_a_posts_reaction_count_alone_on_its_line_ends_the_post() -> None:
    post = ("Grace Achieng\nMarch 3, 2026 · 🌎\nToday we opened the Kisumu water kiosk. Every ward will have one by June.\n"
            "1.2K\n342 comments\n88 shares\nLike\nComment\nShare\n")
    [first, *_] = quotes.extract(post).quotes
    assert first.text.rstrip().endswith("by June.")
    # negative: a number inside the post's words stays in them
    kept = post.replace("by June.", "by June.\nWe have built 40 so far.")
    assert quotes.extract(kept).quotes[0].text.rstrip().endswith("40 so far.")
