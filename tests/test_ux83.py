"""The findings of a US fact-checking desk's blind usability round (ux83: a governor, her husband and a state senator
who share her family name, three fact-checks, a correction notice, a business weekly): a bare family name two people
the story names share, a fact-check's look-back quotes dated from the next sentence or clause, a correction notice
of another article's day, … (each finding's rule below, with a negative beside it).

All inputs are invented, in other settings than the round's (a Portuguese-American mayor and her brother, a Welsh
council, a Canadian province, …): the names are no real person's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import attributed, review_items, small_project

from dateline import attribution, dates
from dateline.model import DateInfo, PartialDate, Speaker

# --- finding 1: a family name two people of the story share -------------------------------------------------------

FAMILY = (
    Speaker("aldana", "Maria Aldana", ("Maria Aldana", "Mayor Maria Aldana"), ("the mayor",), "Mayor of New Bedford"),
    Speaker("jorge-aldana", "Jorge Aldana", ("Jorge Aldana",), ("the mayor's brother",), "Restaurant owner"),
)


def _how(body: str) -> list[tuple[str, str]]:
    from dateline import quotes
    ext = quotes.extract(body)
    return [(a.speaker, a.how) for a in attribution.attribute(body, ext, FAMILY)]


def test_a_shared_family_name_is_the_one_the_paragraph_is_about() -> None:
    body = ("Mayor Maria Aldana defended the budget at Monday's council meeting.\n\n"
            "Her brother, Jorge Aldana, sat in the gallery. \"She did fine,\" he said.\n\n"
            "On the harbor, the mayor was less clear. \"The harbor is our future,\" Aldana said, without giving a date.\n")
    said = _how(body)
    assert [sid for sid, _ in said] == ["jorge-aldana", "aldana"]
    # … and review is told the name was shared: the words as written, whom it was read as, the family's people
    assert attribution.SHARED_FAMILY_MARK in said[1][1] and "“Aldana”" in said[1][1], said
    assert said[1][1].endswith("aldana, jorge-aldana")


def test_a_shared_family_name_after_the_last_one_named_in_full_is_theirs() -> None:
    # the negative: no role of hers in the paragraph: the one named last (round 37's rule) keeps the words
    body = ("Mayor Maria Aldana defended the budget at Monday's council meeting.\n\n"
            "Her brother, Jorge Aldana, sat in the gallery. \"She did fine,\" he said. "
            "\"The harbor is our future,\" Aldana added.\n")
    assert [s for _t, _k, s in attributed(body, FAMILY)] == ["jorge-aldana", "jorge-aldana"]


def test_a_role_as_an_object_or_in_an_earlier_paragraph_does_not_outweigh_a_name() -> None:
    body = ("Mayor Maria Aldana defended the budget at Monday's council meeting.\n\n"
            "The bill's critic, Jorge Aldana, who is not related to the mayor, disagreed. "
            "\"The mayor is wrong on the numbers,\" Aldana said.\n")
    assert [s for _t, _k, s in attributed(body, FAMILY)] == ["jorge-aldana"]
    body = ("Mayor Maria Aldana defended the budget at Monday's council meeting. Her brother Jorge Aldana did not.\n\n"
            "The mayor said the numbers were sound.\n\n"
            "Aldana, who has run a restaurant on the waterfront since 2009, said he would sue. \"It is a bad deal,\" "
            "he said.\n")
    assert [s for _t, _k, s in attributed(body, FAMILY)] == ["jorge-aldana"]


HARBOR = ("- id: aldana\n  name: Maria Aldana\n  aliases: [Maria Aldana, Mayor Maria Aldana]\n  roles: [the mayor]\n"
          "- id: jorge-aldana\n  name: Jorge Aldana\n  aliases: [Jorge Aldana]\n")


def test_review_lists_a_shared_family_name_with_the_other_one_offered(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_project(tmp_path / "p", HARBOR, figures=("aldana",))
    (root / "content" / "articles" / "harbor.md").write_text(
        "---\ntitle: Mayor backs harbor plan\ndate: 2026-03-06\n---\n\n"
        "Mayor Maria Aldana defended the budget at Thursday's council meeting.\n\n"
        "Her brother, Jorge Aldana, sat in the gallery. \"She did fine,\" he said.\n\n"
        "On the harbor, the mayor was less clear. \"The harbor is our future,\" Aldana said.\n", encoding="utf-8")
    items = [i for i in review_items(root, capsys, monkeypatch) if i["group"] == "attribution"
             and "harbor is our future" in str(i["places"])]
    assert len(items) == 1, items
    assert [f["yaml"].rsplit("speaker: ", 1)[1].split()[0] for f in items[0]["fixes"]] == ["aldana", "jorge-aldana"]


# --- finding 2: a fact-check's look-back quotes -------------------------------------------------------------------

FACT_CHECK = DateInfo(PartialDate(2024, 6, 20), "high", "test")


def _dated(paragraph: str, words: str) -> tuple[str, str]:
    info = dates.quote_statement_date(paragraph, paragraph.index(words), None, FACT_CHECK)
    assert info is not None
    return info.date.iso(), info.confidence


def test_a_quote_ending_its_sentence_after_its_tag_is_not_dated_by_the_next_sentence() -> None:
    paragraph = ("At the 2021 hustings, Councillor Gwen Pryce said: \"I will not close a single library.\" "
                 "In March 2023 she voted to close two.")
    assert _dated(paragraph, "I will not close") == ("2021", "low")
    # the negative: a quote whose tag follows it reads on into that tag's date
    paragraph = "\"I will not close a single library.\" Pryce said in March 2023 that she had been wrong."
    assert _dated(paragraph, "I will not close")[0] == "2023-03"


def test_a_date_in_a_later_clause_does_not_date_the_words_before_it() -> None:
    paragraph = ("But in 2021 Pryce also said she would not sell the parks \"for a quick buck,\" and in May 2023 she "
                 "told the Gazette, \"I have not changed my mind.\" That is a full reversal.")
    assert _dated(paragraph, "for a quick buck") == ("2021", "low")
    assert _dated(paragraph, "I have not changed") == ("2023-05", "high")
    # the negative: a date after the quote in its own clause ("… she said in May 2023") dates it
    paragraph = "\"I have not changed my mind,\" Pryce said in May 2023, before the vote."
    assert _dated(paragraph, "I have not changed")[0] == "2023-05"


# --- finding 3: a correction notice of another article's day ------------------------------------------------------

COUNCIL = "- id: pryce\n  name: Gwen Pryce\n  aliases: [Gwen Pryce, Councillor Gwen Pryce, Pryce]\n"


def test_a_correction_notice_of_another_days_story_puts_its_quotes_in_review(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_project(tmp_path / "p", COUNCIL, figures=("pryce",))
    articles = root / "content" / "articles"
    (articles / "libraries.md").write_text(
        "---\ntitle: Pryce vows to keep libraries open\ndate: 2026-05-14\noutlet: Valley Echo\n---\n\n"
        "Councillor Gwen Pryce told a meeting in Aberdare on Thursday that no library would close.\n\n"
        "\"Not one library will close while I lead this council,\" Pryce said.\n", encoding="utf-8")
    notice = ("---\ntitle: \"Correction — 15 May 2026\"\ndate: 2026-05-15\noutlet: Valley Echo\n---\n\n"
              "A story in Thursday's Echo about Councillor Gwen Pryce's remarks on libraries misstated the day of the "
              "meeting. She spoke on {day}, not Thursday.\n")
    (articles / "correction.md").write_text(notice.format(day="Tuesday, May 12"), encoding="utf-8")
    items = [i for i in review_items(root, capsys, monkeypatch) if i["group"] == "date" and i["risk"] == "high"]
    assert len(items) == 1, items
    assert "correction.md" in items[0]["why"] and "Not one library" in str(items[0]["places"])
    assert "statement_date: 2026-05-12" in items[0]["fixes"][0]["yaml"]
    # the negative: a notice that corrects another thing names no day to move
    (articles / "correction.md").write_text(
        notice.replace("She spoke on {day}, not Thursday.", "The meeting was in Aberdare, not Merthyr."),
        encoding="utf-8")
    assert [i for i in review_items(root, capsys, monkeypatch) if i["group"] == "date" and i["risk"] == "high"] == []


def test_a_day_put_right_in_a_news_story_is_no_correction() -> None:
    news = DateInfo(PartialDate(2026, 5, 15), "high", "test")
    assert dates.day_corrections("The vote will now be held on Monday, not Tuesday as planned.", "Vote moved",
                                 news) == []
    found = dates.day_corrections("Correction: She spoke on Tuesday, May 12, not Thursday.", "Pryce story", news)
    assert [(c.right.isoformat(), c.wrong.isoformat()) for c in found] == [("2026-05-12", "2026-05-14")]


# --- finding 4: a quote dated by another person's or another event's sentence --------------------------------------

QUEBEC = DateInfo(PartialDate(2025, 11, 13), "high", "test")  # a Thursday


def _stated(paragraphs: list[str], published: DateInfo = QUEBEC) -> str | None:
    from datetime import date
    info = dates.article_statement_date(paragraphs, published, today=date(2026, 12, 8))
    return info.date.iso() if info is not None else None


def test_a_date_in_a_relative_clause_of_the_speaker_dates_that_clause() -> None:
    lead = ["HALIFAX — Premier Colin Ashby signed the fisheries bill Wednesday.",
            "The Liberal who ran against him in 2021 said he should get some credit."]
    assert _stated(lead) is None
    # the negative: the clause closed, the day after it is the saying's
    assert _stated(["The Liberal who ran against him said on Wednesday he should get some credit."]) == "2025-11-12"


def test_the_ledes_day_beats_a_later_quoted_paragraphs_reply() -> None:
    lead = ["Premier Colin Ashby said Tuesday he would veto the fisheries bill.",
            "\"This bill would gut our harbours,\" the premier said.",
            "The bill's sponsor, Joan Tuck, dismissed the threat on Wednesday. \"We have the votes,\" Tuck said."]
    assert _stated(lead) == "2025-11-11"
    # … while the reply's own paragraph is of its day
    info = dates.quote_statement_date(lead[2], lead[2].index("We have"), None, QUEBEC)
    assert info is not None and info.date.iso() == "2025-11-12"


def test_a_town_halls_night_in_the_lede_dates_it_not_another_speakers_rally() -> None:
    lead = ["SYDNEY MINES — Premier Colin Ashby spent much of a town hall Wednesday night at the legion talking about "
            "his opponent.",
            "\"He said the wharf was finished,\" Ashby said.",
            "Joan Tuck made the remark at an Oct. 30 rally, according to a video posted by her campaign."]
    assert _stated(lead) == "2025-11-12"


def test_last_years_thing_does_not_date_the_words() -> None:
    paragraph = "\"We've heard nice words before,\" said Joan Tuck, the sponsor of last year's vetoed bill."
    assert dates.quote_statement_date(paragraph, 1, None, QUEBEC) is not None
    assert dates.quote_statement_date(paragraph, 1, None, QUEBEC).date.iso() == "2025-11-13"  # type: ignore[union-attr]
    # the negative: at last year's convention, the words were said then
    paragraph = "\"We've heard nice words before,\" Joan Tuck said at last year's convention."
    info = dates.quote_statement_date(paragraph, 1, None, QUEBEC)
    assert info is not None and info.date.iso() == "2024"


def test_a_day_opening_its_sentence_reaches_the_verb_past_a_long_subject() -> None:
    paragraph = ("On Wednesday morning, a spokeswoman for the premier who asked not to be named because she was not "
                 "authorized to discuss internal deliberations said staff were \"reading every letter.\"")
    info = dates.quote_statement_date(paragraph, paragraph.index("reading"), None, QUEBEC)
    assert info is not None and info.date.iso() == "2025-11-12"
    # the negative: a day in the middle of the sentence does not reach so far
    paragraph = ("The union met the premier on Wednesday morning, and a spokeswoman for the premier who asked not to be "
                 "named because she was not authorized to discuss internal deliberations said staff were "
                 "\"reading every letter.\"")
    info = dates.quote_statement_date(paragraph, paragraph.index("reading"), None, QUEBEC)
    assert info is not None and info.date.iso() == "2025-11-13"


# --- finding 5: common date lines that stopped the import; a column's tagline taken for the headline -----------------

def _published(text: str) -> str | None:
    from datetime import date
    found = dates.publication_date(text, today=date(2026, 12, 8))
    return found.info.date.iso() if found.info is not None else None


def test_a_speech_as_prepared_for_delivery_is_dated_by_its_line() -> None:
    assert _published("PREMIER'S OFFICE — PROVINCE OF NOVA SCOTIA\nSpeech from the Throne\nPremier Colin Ashby\n"
                      "As prepared for delivery — October 2, 2025\n\nMr. Speaker, members of the House:\n\n"
                      "Four years ago I stood here.\n") == "2025-10-02"
    # the negative: a sentence about delivery that names a day is no date line
    assert _published("ASHBY SPEECH\n\nThe speech as prepared for delivery on October 2, 2025 ran to forty pages and "
                      "the premier cut half of it.\n\nHe spoke for an hour.\n") is None


def test_a_weeklys_issue_line_and_a_named_transcript_head_date_the_page() -> None:
    assert _published("HALIFAX TRADE JOURNAL\nWeek of Nov. 3, 2025\n\nFishers cheer premier's wharf plan\n\n"
                      "By Ann Muir\n\nPremier Colin Ashby's proposal last Tuesday drew praise.\n") == "2025-11-03"
    assert _published("CBC Radio — Mainstreet\nTranscript: Premier Colin Ashby, Nov. 4, 2025\n\nHost: Jean Laird\n\n"
                      "LAIRD: Premier, where are you on the wharf?\n\nASHBY: We will build it.\n") == "2025-11-04"
    # the negative: a transcript head's words that are a sentence, not a name, date nothing
    assert _published("CBC Radio\nTranscript: the premier said the wharf would open, Nov. 4, 2025\n\n"
                      "LAIRD: Premier, where are you on the wharf?\n") is None


def test_a_columns_tagline_under_its_masthead_is_not_the_headline() -> None:
    from dateline import headline, importer
    text = ("THE TRUTH METER\nChecking Nova Scotia politics\n\nDid Colin Ashby promise a wharf in every town?\n\n"
            "By Ann Muir\nMay 6, 2025\n\nTHE CLAIM: \"A wharf in every town.\"\n")
    assert headline.choose_title(importer._paragraphs(text))[0] == "Did Colin Ashby promise a wharf in every town?"
    # the negative: a headline and its deck (a sentence with its full stop) above the byline: the headline
    text = ("THE HALIFAX LEDGER\nPremier backs wharf\n\nThe premier said the wharf would open in May, a year late.\n\n"
            "By Ann Muir\nMay 6, 2025\n\nPremier Colin Ashby said on Monday the wharf would open in May.\n")
    assert headline.choose_title(importer._paragraphs(text))[0] == "Premier backs wharf"


# --- finding 6: an outlet and a company became speakers ---------------------------------------------------------

UTILITY = (Speaker("okoro", "Ada Okoro", ("Ada Okoro", "Gov. Ada Okoro"), ("the governor",), "Governor"),
           Speaker("lagos-power", "Lagos Power", ("Lagos Power",), (), "Utility", "institution"))


def test_an_unnamed_spokeswoman_for_someone_after_the_words_says_them() -> None:
    body = ("The Harbour Weekly asked the governor's office whether the contract creates a conflict. \"The family has "
            "no interest in the contract,\" a spokeswoman for the governor said in an email.\n")
    assert [s for _t, _k, s in attributed(body, UTILITY)] == ["unknown"]
    # the negative: a named spokeswoman after the words is hers
    body = body.replace("a spokeswoman for the governor", "Bisi Ade, a spokeswoman for the governor,")
    assert [s for _t, _k, s in attributed(body, UTILITY)] == ["bisi-ade"]


def test_a_name_in_apposition_to_an_office_in_the_tag_says_the_words() -> None:
    body = ("Lagos Power has promised a new line for most of the year. \"In the dry season, we will need diesel,\" "
            "the company's engineering lead, Tunde Bello, acknowledged.\n")
    assert [s for _t, _k, s in attributed(body, UTILITY)] == ["tunde-bello"]
    # the negative: the company named in the tag with no person says them itself
    body = ("Lagos Power has promised a new line. \"In the dry season, we will need diesel,\" Lagos Power said in a "
            "statement.\n")
    assert [s for _t, _k, s in attributed(body, UTILITY)] == ["lagos-power"]


# --- finding 7: review's first fix for an unnamed spokeswoman's words ---------------------------------------------

OFFICE = "- id: okoro\n  name: Ada Okoro\n  aliases: [Ada Okoro, Gov. Ada Okoro]\n  roles: [the governor]\n"


def test_reviews_first_offer_for_words_a_spokeswoman_says_after_them_is_to_keep_them_unknown(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_project(tmp_path / "p", OFFICE, figures=("okoro",))
    (root / "content" / "articles" / "farm.md").write_text(
        "---\ntitle: Farm and the contract\ndate: 2026-01-12\n---\n\n"
        "The Harbour Weekly asked Gov. Ada Okoro's office whether the farm creates a conflict. \"The family has no "
        "interest in the contract,\" a spokeswoman for the governor said in an email.\n", encoding="utf-8")
    items = [i for i in review_items(root, capsys, monkeypatch) if i["group"] == "unknown"]
    assert len(items) == 1 and "speaker: unknown" in items[0]["fixes"][0]["yaml"], items


def test_reviews_first_offer_for_a_spokeswomans_words_is_to_keep_them_unknown(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_project(tmp_path / "p", OFFICE, figures=("okoro",))
    article = root / "content" / "articles" / "fair.md"
    text = ("---\ntitle: Governor stands by fair remarks\ndate: 2026-01-12\n---\n\n"
            "Gov. Ada Okoro spoke at the state fair in July.\n\n"
            "{who} said the governor \"stands by every word\" she said at the fair.\n")
    article.write_text(text.format(who="A spokeswoman for the governor"), encoding="utf-8")
    items = [i for i in review_items(root, capsys, monkeypatch) if i["group"] == "unknown"]
    assert len(items) == 1 and "speaker: unknown" in items[0]["fixes"][0]["yaml"], items
    # the negative: the unnamed one spoken to, not saying them: no offer to keep the words nobody's
    article.write_text(text.replace("{who} said the governor", "The governor told a spokeswoman she"), encoding="utf-8")
    items = [i for i in review_items(root, capsys, monkeypatch) if "stands by every word" in str(i["places"])]
    assert not any("speaker: unknown" in i["fixes"][0]["yaml"] for i in items if i["fixes"]), items


# --- smaller finding: a transcript label's speaker shown by the name speakers.yaml gives ---------------------------

def test_a_turn_labelled_by_a_family_name_shows_the_listed_name() -> None:
    from dateline import analyse
    from dateline.load import SourceFile, parse_article
    from dateline.model import Data
    # (a family name two listed people share: the label is read as the id it spells, the premier's)
    data = Data(speakers=(Speaker("ashby", "Colin Ashby", ("Colin Ashby", "Premier Colin Ashby"), ("the premier",)),
                          Speaker("mary-ashby", "Mary Ashby", ("Mary Ashby",))))
    text = ("---\ntitle: Mainstreet, the premier\ndate: 2025-11-04\n---\n\nHost: Jean Laird\n\n"
            "LAIRD: Premier, where are you on the wharf?\n\nASHBY: We will build it, and we will build it this year.\n")
    article, problems = parse_article(SourceFile("content/articles/t.md", text, "x"))
    assert article is not None and not problems
    said = {q.speaker: q.speaker_name for q in analyse.analyse(article, data).quotes}
    assert said["ashby"] == "Colin Ashby"
    # the negative: a speaker speakers.yaml does not list keeps the name the text gives
    assert said["jean-laird"] == "Jean Laird"


# --- finding 2 (the home page): a fact-check's fragment takes no stance from the writer's next sentence ------------

def test_a_fragments_stance_is_read_in_its_own_sentence() -> None:
    from dateline import analyse
    from dateline.load import SourceFile, parse_article
    from dateline.model import Data, Stance, Topic
    wharf = Topic("wharf", "Harbour wharf", ("wharf", "harbour"),
                  (Stance("oppose", "Opposes it", ("will not build",), 0), Stance("back", "Backs it", ("toll",), 1)))
    data = Data(speakers=(Speaker("ashby", "Colin Ashby", ("Colin Ashby", "Ashby")),), topics=(wharf,))
    text = ("---\ntitle: Truth meter\ndate: 2025-05-06\n---\n\n"
            "In 2021 Ashby said he would not spend harbour money \"{words},\" as he told a rally. "
            "The new wharf plan has a toll.\n")

    def stance(words: str) -> dict[str, str]:
        article, problems = parse_article(SourceFile("content/articles/t.md", text.format(words=words), "x"))
        assert article is not None and not problems
        return dict(analyse.analyse(article, data).quotes[0].stance)

    assert stance("on a vanity project") == {}
    # the negative: a cue of the fragment's own sentence still gives it its stance
    text = text.replace("would not spend harbour money", "will not build a wharf with harbour money")
    assert stance("on a vanity project") == {"wharf": "oppose"}


# --- finding 8 (its dates): a pasted thread's later post keeps its own day ----------------------------------------

def test_a_threads_later_post_is_dated_by_its_own_stamp_after_the_pages_day() -> None:
    body = ("Colin Ashby\n\n@ColinAshby\n\nNot one tree of the Common will fall.\n\n9:04 AM · May 12, 2026\n\n"
            "Colin Ashby\n\n@ColinAshby\n\nMy opponent is wrong about the trees.\n\n6:40 PM · May 14, 2026\n")
    page = DateInfo(PartialDate(2026, 5, 12), "high", "date line ‘9:04 AM · May 12, 2026’")
    info = dates.stamp_under(body, body.index("about the trees.") + 16, page)
    assert info is not None and info.date.iso() == "2026-05-14"
    # the negative: a post quoted in a story, its stamp after the story's day, is no day of its words
    story = "Ashby posted on Tuesday.\n\nMy opponent is wrong about the trees.\n\n6:40 PM · May 14, 2026\n"
    assert dates.stamp_under(story, story.index("about the trees.") + 16, page) is None
