"""The findings of a Perth reporter's blind usability round (ux58): a Westminster record's question time labels
(`412. Ms J.A. DOE to the Premier:` / `Mr P.R. ROE replied:`) and the dates a member's question recalls, a media
statement's "Comments attributed to …:" lead-in, review's first offer for words the text says are not the figure's
(a correction's retracted attribution, an unnamed spokesman, a journalist's turn), and the titles of non-news forms
(a transcript's own heading, a record's sitting, a thread's numbering).

All inputs are invented, in the styles of other parliaments, offices and networks: a Tasmanian House of Assembly,
New Zealand's oral questions, a Canadian city's release, an Irish council story, a Scottish MSP's thread.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from conftest import small_project

from dateline import attribution, quotes
from dateline.dates import article_statement_date
from dateline.headline import choose_title, lead_title
from dateline.model import DateInfo, PartialDate, Speaker

TODAY = date(2026, 12, 7)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _turns(body: str) -> list[tuple[str, str, str]]:
    return [(q.turn_title, q.turn_name, q.text[:20]) for q in quotes.extract(body).quotes if q.kind == "transcript-turn"]


# --- finding 1: question time's labels; finding 2: the dates a member's question recalls -------------------------

RECORD = """\
Parliament of Tasmania
House of Assembly
Tuesday, 9 June 2026

QUESTIONS WITHOUT NOTICE

SALMON FARMING — MACQUARIE HARBOUR

57. Mr T.K. ABARA to the Minister for Primary Industries:

I refer to the minister's statement on 3 March that no new leases would be granted. Why has she granted two?

Ms H.M. VOSS replied:

I thank the member for the question. The two leases replace older ones, and the total area falls.

Mr T.K. Abara: That's two new leases!

The SPEAKER: Order! The member has asked his question.

Ms H.M. VOSS: The harbour's health comes first, and it will.
"""


def test_question_times_labels_standing_over_the_words_are_turns_up_to_the_next_label() -> None:
    assert _turns(RECORD) == [
        ("Mr", "T.K. ABARA", "I refer to the minis"),
        ("Ms", "H.M. VOSS", "I thank the member f"),
        ("", "Mr T.K. Abara", "That's two new lease"),
        ("", "THE SPEAKER", "Order! The member ha"),
        ("Ms", "H.M. VOSS", "The harbour's health"),
    ]


def test_new_zealands_question_on_the_labels_own_line_is_the_askers_turn() -> None:
    record = ("ORAL QUESTIONS\n\nQuestions to Ministers\n\n"
              "1. HANA TUPOU (National—Riverhead) to the Minister of Finance: Does he stand by his statement that the "
              "Budget will be in surplus next year?\n\n"
              "Hon MATIU ROE (Minister of Finance): Yes, on the advice of the Treasury.\n\n"
              "HANA TUPOU: Why did he tell the House in March that it would be in deficit?\n\n"
              "Hon MATIU ROE: Because the forecasts changed, as forecasts do.\n")
    assert [t[1] for t in _turns(record)] == ["HANA TUPOU", "MATIU ROE", "HANA TUPOU", "MATIU ROE"]
    assert _turns(record)[0][2] == "Does he stand by his"  # the label and its office are no words of hers


def test_a_headline_shaped_to_the_in_a_story_is_no_turn() -> None:
    story = ("UK to the EU: we will not pay the bill\n\nThe chancellor said on Monday that Britain would not pay.\n\n"
             "\"We have paid enough,\" she said.\n\nOfficials in Brussels said talks would go on.\n")
    assert _turns(story) == []
    # nor a label whose office is no name (`to the rescue`), nor a reply's verb inside prose
    assert _turns("JANE DOE to the rescue:\n\nShe saved the day.\n\nJOHN ROE replied: nothing.\n") == []


def test_a_members_question_recalling_a_day_dates_not_the_sitting() -> None:
    published = DateInfo(PartialDate(2026, 6, 9), "high", "date line")
    lead = _paragraphs(RECORD.split("\n", 3)[3])
    stmt = article_statement_date(lead, published, today=TODAY)
    assert stmt is None or stmt.date.iso() != "2026-03-03", stmt  # the minister's March statement, not the sitting's
    # a story's own sentence dating the words still dates them
    story = ["The minister said on 3 June that no new leases would be granted.",
             "\"The harbour comes first,\" she said."]
    got = article_statement_date(story, published, today=TODAY)
    assert got is not None and got.date.iso() == "2026-06-03", got


# --- finding 4: a media statement's lead-in line -----------------------------------------------------------------

CITY = (Speaker("okonkwo", "Grace Okonkwo", aliases=("Okonkwo", "Mayor Okonkwo")),
        Speaker("lavoie", "Marc Lavoie", aliases=("Lavoie",)))


def _speakers(body: str) -> dict[str, str]:
    ext = quotes.extract(body)
    return {q.text.split()[0]: a.speaker for q, a in zip(ext.quotes, attribution.attribute(body, ext, CITY),
                                                         strict=True)}


def test_a_statements_comments_attributed_to_lead_in_names_the_speaker_of_the_quotes_under_it() -> None:
    release = ("NEWS RELEASE\n\nCity of Lakeport\n\nMarch 2, 2026\n\nCity freezes transit fares for 2026\n\n"
               "Council voted on Monday to hold fares at their 2025 level.\n\n"
               "Quotes attributable to Mayor Grace Okonkwo:\n\n"
               "\"Families told us the fare was the bill they could not cut.\"\n\n"
               "Comments attributed to Councillor Marc Lavoie:\n\n"
               "\"We will pay for it from the parking reserve, not from service.\"\n")
    assert _speakers(release) == {"Families": "okonkwo", "We": "lavoie"}


def test_a_lead_in_attributing_the_words_to_someone_unnamed_gives_them_to_no_one() -> None:
    release = ("City freezes transit fares for 2026\n\nCouncil voted on Monday to hold fares at their 2025 level, "
               "Mayor Grace Okonkwo announced.\n\nComments attributed to a spokesperson for the mayor:\n\n"
               "\"The freeze is funded for one year.\"\n")
    assert _speakers(release)["The"] != "okonkwo"


# --- finding 3: review's first offer ------------------------------------------------------------------------------

def test_reviews_first_offer_is_never_the_retracted_name_nor_the_one_a_spokesman_speaks_for(tmp_path: Path) -> None:
    root = small_project(tmp_path / "p", "- id: byrne\n  name: Aoife Byrne\n  aliases: [Byrne]\n"
                                         "  roles: [the mayor]\n- id: walsh\n  name: Ciarán Walsh\n"
                                         "  aliases: [Walsh]\n", figures=("byrne",))
    (root / "content" / "articles" / "levy.md").write_text(
        "---\ntitle: What the harbour levy means for Galway\ndate: 2026-05-18\n---\n\n"
        "Correction: An earlier version of this article attributed the comment \"The levy is a tax on tourists and "
        "nothing else\" to Mayor Aoife Byrne. The comment was made by Councillor Ciarán Walsh. We regret the error.\n\n"
        "The levy will raise an estimated €4 million a year, council figures show.\n\n"
        "A spokesman for Ms Byrne said the figures were \"a conservative estimate that leaves room for relief\".\n",
        encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.run([sys.executable, "-m", "dateline", "review", "--json"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    unknown = {i["places"][0]["text"][:12]: i["fixes"] for i in json.loads(proc.stdout)["items"]
               if i["group"] == "unknown"}
    # the correction's words are the one it says made them (ux70: 'The comment was made by X' settles them), and no
    # item offers the retracted name first
    assert set(unknown) == {"a conservati"}, unknown
    levy_items = [i for i in json.loads(proc.stdout)["items"] if i["places"][0]["text"].startswith("The levy is")]
    assert all("speaker: byrne" not in json.dumps(i["fixes"][:1]) for i in levy_items), levy_items
    assert "speaker: unknown" in json.dumps(unknown["a conservati"][0])  # a spokesman's words: nobody named
    # and an editor's `speaker: unknown` is a settled item, no longer listed
    levy = root / "content" / "articles" / "levy.md"
    ident = next(i["places"][0]["quote"] for i in json.loads(proc.stdout)["items"]
                 if i["group"] == "unknown" and i["places"][0]["text"].startswith("a conservati"))
    levy.write_text(levy.read_text("utf-8").replace(
        "date: 2026-05-18\n", f"date: 2026-05-18\nquotes:\n  - id: {ident}\n    speaker: unknown\n"), "utf-8")
    again = subprocess.run([sys.executable, "-m", "dateline", "review", "--json"], cwd=root, env=env,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    left = [i for i in json.loads(again.stdout)["items"] if i["group"] == "unknown"]
    assert left == [], left


# --- finding 8: titles of non-news forms ---------------------------------------------------------------------------

def test_a_transcripts_own_heading_is_its_title_never_the_subjects_line() -> None:
    paras = ["PRIME MINISTER OF AUSTRALIA", "TRANSCRIPT – PRESS CONFERENCE, PARLIAMENT HOUSE",
             "SUBJECTS: Housing; the budget; Pacific visit",
             "PRIME MINISTER: Good morning. Today we open the first of the new homes.",
             "JOURNALIST: Will the budget pay for the rest?", "PRIME MINISTER: It will."]
    assert choose_title(paras, outlets=["Prime Minister of Australia"])[0] == \
        "TRANSCRIPT – PRESS CONFERENCE, PARLIAMENT HOUSE"
    # a wire's dateline in capitals and a dash is still no title
    story = ["CANBERRA – The prime minister opened the first of the new homes on Monday.", "\"Today is a start,\" she said."]
    assert choose_title(story)[0] != "CANBERRA"


def test_a_records_business_title_ends_with_its_sitting_day() -> None:
    paras = ["Parliament of Tasmania", "Legislative Council", "QUESTIONS WITHOUT NOTICE", "SALMON FARMING — LEASES",
             "57. Mr T.K. ABARA to the Minister for Primary Industries:", "Why has she granted two leases?"]
    assert choose_title(paras, sitting="2026-06-09")[0] == "Legislative Council — QUESTIONS WITHOUT NOTICE — 2026-06-09"
    # a story's headline takes no day
    story = ["Second ferry to sail by June, minister says", "The minister said on Tuesday that the ferry would sail."]
    assert choose_title(story, sitting="2026-03-03")[0] == "Second ferry to sail by June, minister says"


def test_a_threads_numbering_is_no_part_of_its_title_nor_of_its_posts_words() -> None:
    assert lead_title(["1/ The council's own figures confirm it: the ferry is two years late. Not one."]) == \
        "The council's own figures confirm it: the ferry is two years late"
    assert lead_title(["(2/5) The pier is still closed."]) == "The pier is still closed"
    assert lead_title(["24/7 care is coming to the islands, the minister said."]).startswith("24/7 care")
    thread = ("Fiona Reid MSP\n@FionaReidMSP\n1/ The council's own figures confirm it: the ferry is two years late.\n"
              "9:12 AM · Mar 4, 2026\n\nFiona Reid MSP\n@FionaReidMSP\n2/ Islanders deserve the truth.\n"
              "9:13 AM · Mar 4, 2026\n")
    posts = [q.text for q in quotes.extract(thread).quotes if q.marks == "post"]
    assert posts == ["The council's own figures confirm it: the ferry is two years late.",
                     "Islanders deserve the truth."], posts


# --- finding 5: a position the speaker's words report of someone else -------------------------------------------

def test_a_critic_quoting_the_figures_promise_holds_no_stance_of_it() -> None:
    from dateline import topics
    from dateline.model import Stance, Topic

    ferry = (Topic("ferry", "The island ferry", cues=("ferry",), stances=(
        Stance("on-time", "Sails by 2027", cues=("by 2027",), rank=0),
        Stance("late", "Delayed", cues=("delayed",), rank=1))),)
    # the MSP reporting the minister's promise: the topic, no stance of hers
    assert topics.tag("He stood on the pier and promised a ferry by 2027. Islanders are still waiting.", "", ferry) == \
        (("ferry",), {})
    assert topics.tag("In March the minister said the ferry would sail by 2027.", "", ferry) == (("ferry",), {})
    # her own words after it still give hers; the speaker's own voice keeps the promise theirs
    assert topics.tag("He promised it by 2027. The ferry is delayed, and he knows it.", "", ferry)[1] == {"ferry": "late"}
    assert topics.tag("We promised a ferry by 2027 and we will deliver it.", "", ferry)[1] == {"ferry": "on-time"}
    assert topics.tag("The ferry will sail by 2027.", "", ferry)[1] == {"ferry": "on-time"}


# --- finding 6: a re-quote of an earlier occasion ------------------------------------------------------------------

def test_words_quoted_in_a_time_clause_after_their_saying_are_only_said_by_then() -> None:
    from dateline import dates

    published = DateInfo(PartialDate(2026, 9, 14), "high", "date line")
    para = ("The ferry has still not sailed, four months after the minister wrote that \"the new boat will be in "
            "service by June\".")
    got = dates.said_before(para, para.index("the new boat"), published)
    assert got is not None and got.confidence == "low" and "after the minister wrote" in got.basis, got
    # words said at the story's own time are no re-quote
    news = "The minister said on Monday that \"the new boat will be in service by June\", after a week of delays."
    assert dates.said_before(news, news.index("the new boat"), published) is None
