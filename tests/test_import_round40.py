"""Importing, the rules usability round 40 asked for (a fact-checker's 25 texts about a legislator): date lines
of a release, a video page, a parliament's record and a bulletin's issue; a parliamentary record's hard-wrapped
floor speech in <pre>; titles that are a contact, a place, a room or a Markdown heading; a social post as its
account's statement; a video's automatic captions; an op-ed's own words; `--force --date`.

Every text here is invented for the test (people, places, outlets), in the shape of a kind of source rather
than of any one outlet's or of the round's own texts; each rule has its negative beside it.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from dateline import dates, importer, quotes
from dateline.errors import Problem
from dateline.load import load_data
from dateline.model import Article, DateInfo, PartialDate
from dateline.pipeline import analyse

SPEAKERS = """\
- id: okafor
  name: Adaeze Okafor
  kind: person
  aliases: [Okafor, OKAFOR]
- id: lindqvist
  name: Per Lindqvist
  kind: person
  aliases: [Lindqvist, LINDQVIST]
- id: moana
  name: Hemi Moana
  kind: person
  aliases: [Moana, "@HemiMoanaNZ"]
"""


def _project(tmp_path: Path) -> Path:
    data = tmp_path / "content" / "_data"
    data.mkdir(parents=True)
    (data / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    (data / "topics.yaml").write_text("[]\n", encoding="utf-8")
    (tmp_path / "content" / "articles").mkdir()
    return tmp_path / "content" / "articles"


def _import(tmp_path: Path, name: str, text: str, **opts: object) -> tuple[importer.ImportResult, str]:
    into = _project(tmp_path) if not (tmp_path / "content" / "articles").is_dir() else tmp_path / "content" / "articles"
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    options = dataclasses.replace(importer.ImportOptions(into=into, today=date(2026, 12, 6)), **opts)  # type: ignore[arg-type]
    [result] = importer.import_jobs([(src, options)])
    assert result.problem is None, result.problem
    return result, Path(result.target).read_text(encoding="utf-8")


def _said(tmp_path: Path, body: str) -> dict[str, str]:
    """{each quote the build reads in ``body``: its speaker's id}."""
    problems: list[Problem] = []
    data = load_data(tmp_path / "content", problems)
    art = Article(id="x", path="x.md", slug="x", title="t", date=DateInfo(PartialDate(2025, 10, 9), "high", "b"),
                  body=body, body_line=1)
    return {q.text: q.speaker for q in analyse(art, data).quotes}


def _who(said: dict[str, str], start: str) -> str | None:
    return next((who for text, who in said.items() if text.startswith(start)), None)


# --- date lines ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "iso"), [
    ("For immediate release: 3 February 2026", "2026-02-03"),
    ("FOR IMMEDIATE RELEASE: June 9, 2025", "2025-06-09"),
    ("2.4K views  Streamed live on Oct 7, 2025", "2025-10-07"),
    ("Premiered Jan 14, 2026", "2026-01-14"),
    ("(House of Assembly - 21 May 2025)", "2025-05-21"),
    ("[Legislative Council - Tuesday, 4 March 2025]", "2025-03-04"),
    ("Issue 7 · March 2026", "2026-03"),
    ("Vol. 12, No. 3 — November 2025", "2025-11"),
])
def test_a_date_line_of_a_release_a_video_a_record_or_an_issue_dates_the_page(line: str, iso: str) -> None:
    found = dates.publication_date(f"{line}\n\nThe harbour board met to set next year's fees.\n",
                                   today=date(2026, 12, 6)).info
    assert found is not None and found.date.iso() == iso and found.confidence == "high", (line, found)


@pytest.mark.parametrize("line", [
    "March 2026",  # a month alone heads anything: no issue's number says it is the bulletin's
    "(The board met on 21 May 2025 to hear the appeal of a fisher from the north shore.)",  # a sentence in brackets
    "1.2K views of the harbour at dawn, 21 May 2025",
])
def test_a_month_or_a_sentence_is_no_date_line(line: str) -> None:
    found = dates.publication_date(f"{line}\n\nThe harbour board met to set next year's fees.\n",
                                   today=date(2026, 12, 6)).info
    assert found is None or found.basis.find("date line") < 0, (line, found)


# --- a parliament's record in <pre>, hard-wrapped ----------------------------------------------------------

_RECORD = """<html lang="en"><head><title>HARBOUR DREDGING | Parliamentary Record | Assembly Online</title></head><body>
<div id="main"><h1>HARBOUR DREDGING</h1>
<p class="subtitle">Parliamentary Record Vol. 88, No. 12<br>(Legislative Council - 9 October 2025)</p>
<pre>
[Pages C412-C413]

                          HARBOUR DREDGING

  Ms. OKAFOR. Madam President, I rise to speak about a harbour that most
of the members of this Council have never seen and that eleven thousand
fishing families cannot work without.

  The dredging contract was signed in 1987. It has been before the courts
twice. And now, without a word to this Council, the ministry is letting
it lapse.

  Let me be plain. I will not vote for any budget that does not fund the
dredging of the northern channel before the winter storms. Not this year,
not the next.

  Some have called the fishers' demand ``a luxury we cannot afford.'' It
is not a luxury. It is their living.

  The PRESIDING OFFICER. The member for Westhaven.

  Mr. LINDQVIST. Madam President, I would only note that Westhaven has no
harbour at all, and I wish the member for the north coast every success.
</pre></div></body></html>
"""


def test_a_hard_wrapped_record_is_read_as_its_paragraphs_turns_and_quotes(tmp_path: Path) -> None:
    result, text = _import(tmp_path, "record.html", _RECORD)
    body = text.split("\n---\n", 1)[1]
    assert result.title == "HARBOUR DREDGING", result.title  # the <h1>, not the volume line under it
    assert result.date is not None and result.date.date.iso() == "2025-10-09"
    # one paragraph for each block of wrapped lines; a ``…'' quotation in curly marks
    assert ("I will not vote for any budget that does not fund the dredging of the northern channel before the "
            "winter storms. Not this year, not the next.") in body
    assert "Some have called the fishers' demand “a luxury we cannot afford.” It is not a luxury." in body
    assert "[Pages C412-C413]\n\nHARBOUR DREDGING" in body  # a short line ends its paragraph
    said = _said(tmp_path, body)
    # every paragraph of her speech is hers, up to the next label; the quotation inside it no statement apart
    assert _who(said, "Madam President, I rise to sp") == "okafor", said
    assert _who(said, "Let me be plain. I will not vo") == "okafor", said
    assert _who(said, "Some have called the fishers' ") == "okafor", said
    assert _who(said, "Madam President, I would only") == "lindqvist", said
    assert not any(t.startswith("a luxury") for t in said), said


def test_lines_that_end_where_the_text_chose_are_not_joined() -> None:
    from dateline import webpage
    turns = "\n".join(f"HOST: Question number {i} about the harbour and the boats?\n\nGUEST: An answer, {i}."
                      for i in range(4))
    verse = "The tide comes in\nthe tide goes out\nand the boats\nstay where they are\n"
    lines = "\n".join("One sentence that the pasted text gives a line of its own, as seeds do." for _ in range(5))
    captions = "\n".join("so um let's get right to it the compact is" for _ in range(6))
    for text in (turns, verse, lines, captions):
        assert webpage.unwrapped_blocks(text) is None, text


def test_an_add_whose_words_the_article_breaks_across_lines_says_so() -> None:
    """The words of an `add:` are there but for a line break (a hard-wrapped source imported before) or a
    typographer's mark: the error names the lines and what differs, not only "not verbatim"."""
    from dateline.analyse import analyse as analyse_one
    from dateline.load import Data
    from dateline.model import QuoteCorrection
    body = ("The member rose.\n\nLet me be plain. I will not vote for any\n\nbudget that does not fund the dredging.\n\n"
            "She said it’s their living.\n")
    adds = ("I will not vote for any budget that does not fund the dredging.", "She said it's their living.",
            "Let me be plain. I will not vote for a different budget", "Words that appear nowhere at all")
    art = Article(id="x", path="x.md", slug="x", title="t", date=DateInfo(PartialDate(2025, 10, 9), "high", "b"),
                  body=body, body_line=8, quote_overrides=tuple(QuoteCorrection("add", t, 5 + i) for i, t in enumerate(adds)))
    said = [p.message for p in analyse_one(art, Data()).problems]
    assert "breaks them across lines 10–12 where you wrote a space" in said[0], said
    assert "with other marks or spacing than yours: 'She said it’s their living.'" in said[1], said
    assert "at line 10, then the article reads 'any budget that does not fund' where you wrote 'a different budget'" in said[2]
    assert said[3].endswith("'Words that appear nowhere at all'"), said


# --- titles ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "title"), [
    # a release: its label, date, contact line, then the headline in capitals and a deck under it
    ("release.txt", "FOR IMMEDIATE RELEASE\n3 February 2026\n\nContact: Mele Tupou +64 4 555 0199\n\n"
                    "OKAFOR TABLES HARBOUR DREDGING BILL\n\nThe bill would fund the northern channel every year\n\n"
                    "WELLINGTON — Adaeze Okafor today tabled a bill to fund the dredging of the northern channel.\n",
     "OKAFOR TABLES HARBOUR DREDGING BILL"),
    # a reprint: the paper's name and its home town above the headline
    ("reprint.txt", "The Westshire Clarion\nPort Ellis, Westshire\n\nFishers win a year of dredging\n\n"
                    "Republished from the Coast Wire, 4 March 2026\n\nPORT ELLIS — Fishers won a year of dredging "
                    "on Tuesday after the ministry relented.\n",
     "Fishers win a year of dredging"),
    # a hearing's transcript: the committee, its subcommittee, the hearing's subject, the day and the room
    ("hearing.txt", "STANDING COMMITTEE ON TRANSPORT\nSUBCOMMITTEE ON PORTS\n\nHEARING ON THE NORTHERN CHANNEL "
                    "DREDGING CONTRACT\n\nThursday, 5 March 2026\nHarbour House, Room 12\n\n[Transcript prepared by "
                    "the Clarion from the committee's video]\n\nCHAIR MOANA: The committee will come to order. "
                    "Minister, you may begin.\n\nMINISTER OKAFOR: Thank you, Chair. The channel will be dredged.\n\n"
                    "CHAIR MOANA: Thank you. We are adjourned.\n",
     "HEARING ON THE NORTHERN CHANNEL DREDGING CONTRACT"),
    # a Markdown bulletin: its first-level heading, without the '#'
    ("bulletin.md", "# Northern Channel Fishers' Cooperative — Members' Letter\n\n**Issue 7 · March 2026**\n\n"
                    "## From the chair\n\nThe cooperative will meet the ministry on 12 March.\n",
     "Northern Channel Fishers' Cooperative — Members' Letter"),
])
def test_a_title_is_no_contact_place_room_or_heading_mark(tmp_path: Path, name: str, text: str, title: str) -> None:
    result, _ = _import(tmp_path, name, text, outlet="The Westshire Clarion" if name == "reprint.txt" else "")
    assert result.title == title, result.title
    assert "#" not in Path(result.target).stem


def test_a_headline_in_capitals_is_still_a_masthead_above_the_contact_line(tmp_path: Path) -> None:
    """The rule that lets a capitals line under the contact line be the headline leaves a capitals masthead
    at the top a masthead: the headline below it is the title."""
    text = ("WESTSHIRE PORTS AUTHORITY\nMedia release\n4 March 2026\n\nContact: press@ports.example\n\n"
            "Dredging of the northern channel to start in April\n\nThe authority said on Wednesday that dredging "
            "would start in April and end before the winter storms.\n")
    result, _ = _import(tmp_path, "authority.txt", text)
    assert result.title == "Dredging of the northern channel to start in April", result.title


# --- social posts: the account's own words are its statement -----------------------------------------------

def _x_page(*posts: tuple[str, str, str, str], title: str) -> str:
    """A saved X page in its markup: each post's name, handle, words and time line."""
    arts = "".join(
        f'<article data-testid="tweet" role="article"><div data-testid="User-Name"><a href="#"><span>{name}</span></a>'
        f'<a href="#"><span>{handle}</span></a></div><div data-testid="tweetText" lang="en"><span>{text}</span></div>'
        f'<div><a href="#"><time datetime="2026-03-04T09:00:00.000Z">{when}</time></a></div>'
        '<div><span>3.1K</span> <span>Views</span></div></article>' for name, handle, text, when in posts)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="og:site_name" content="X (formerly Twitter)">'
            f'<meta property="og:title" content="{title.split(" (")[0]} on X">'
            f'<meta property="og:description" content="{posts[0][2]}"></head><body><main role="main">'
            f'<div aria-label="Home timeline"><h2 role="heading">Post</h2>{arts}</div></main></body></html>')


def test_a_saved_x_page_is_its_accounts_statements_each_post_apart(tmp_path: Path) -> None:
    page = _x_page(("Dr. Hemi Moana", "@HemiMoanaMP", "The dredging bill passed its first reading. Next: the "
                    "committee, and then the channel.", "9:00 PM · Mar 4, 2026"),
                   ("Dr. Hemi Moana", "@HemiMoanaMP", "To everyone who called it a \"pipe dream\": it was not. "
                    "Thank you to the fishers of the north shore.", "9:02 PM · Mar 4, 2026"),
                   title="Dr. Hemi Moana (@HemiMoanaMP) on X")
    result, text = _import(tmp_path, "post.html", page)
    assert result.title == "The dredging bill passed its first reading", result.title  # og:title had no handle
    body = text.split("\n---\n", 1)[1]
    said = _said(tmp_path, body)
    assert _who(said, "The dredging bill passed its first reading") == "moana", said
    assert _who(said, "To everyone who called it") == "moana", said
    assert not any(t.startswith("pipe dream") for t in said), said  # a scare quote inside the post: hers
    assert "3.1K" not in body and "Views" not in body


def test_a_pasted_facebook_post_and_its_comments_are_their_writers_statements(tmp_path: Path) -> None:
    text = ("Hemi Moana – Member for the North Shore\n4 March 2026 · 🌎\n\nToday the dredging bill passed its first "
            "reading. It took two years and more meetings than I can count.\n\n\"The channel is our road.\" I said "
            "that in my first speech and I mean it more today.\n\n👍❤️ 1.4K    212 comments    90 shares\n\n"
            "Most relevant\n\nAdaeze Okafor\nWell done. Now fund it in the budget.\n2d  Like  Reply\n\n"
            "Per Lindqvist\nProud of the crews who kept the boats out all winter.\n2d  Like  Reply\n")
    result, written = _import(tmp_path, "fb.txt", text)
    assert result.title.startswith("Today the dredging bill passed its first reading"), result.title
    said = _said(tmp_path, written.split("\n---\n", 1)[1])
    assert _who(said, "Today the dredging bill passed") == "moana", said
    assert _who(said, "Well done. Now fund it") == "okafor", said
    assert _who(said, "Proud of the crews") == "lindqvist", said
    assert not any(t.startswith("Most relevant") for t in said), said
    # the line she quotes in the post's third paragraph is hers within her post, no quote apart (a page shows
    # one quote per span: a quote inside another would have no anchor of its own)
    assert not any(t.startswith("The channel is our road") for t in said), said


_PHOTO_POST = ("hemimoananz\nŌtāhuhu, Auckland\n\nhemimoananz Walked the new breakwater with the crews this morning. 🌊 "
               "The second berth opens in May, and the ferry fare stays where it is.\n\n#NorthShore #Ferries\n\n"
               "See translation\nView all 38 comments\n2,310 likes\nMarch 3, 2026\n")


def test_a_pasted_photo_post_is_its_accounts_statement_and_its_place_no_title(tmp_path: Path) -> None:
    """A post copied from Instagram: the handle, the location line, the caption opening with the handle again,
    then the page's links, counts and day. The location line was the title and no quote came out (ux44 #13):
    the caption is the account's words, its first sentence the title, the links and counts no one's."""
    result, written = _import(tmp_path, "photo.txt", _PHOTO_POST)
    assert result.title == "Walked the new breakwater with the crews this morning", result.title
    assert result.date is not None and result.date.date.iso() == "2026-03-03"
    body = written.split("\n---\n", 1)[1]
    assert "hemimoananz\n\nŌtāhuhu, Auckland\n\nhemimoananz Walked" in body  # the evidence stays: whose post, where, when
    said = _said(tmp_path, body)
    assert said == {"Walked the new breakwater with the crews this morning. 🌊 The second berth opens in May, and the "
                    "ferry fare stays where it is.\n\n#NorthShore #Ferries": "moana"}, said
    assert "speakers:\n- moana\n" in written


@pytest.mark.parametrize(("foot", "day"), [("Ver tradução\nVer todos os 12 comentários\n3 sem", "2026-11-15"),
                                          ("Edited · 3d\n\n418 likes", "2026-12-03"),
                                          ("5 h\n\n418 likes", "2026-12-06")])
def test_a_photo_post_of_an_unlisted_account_is_nobodys_yet_and_ends_at_its_foot(tmp_path: Path, foot: str,
                                                                                day: str) -> None:
    text = (f"ana.ribeiro.lx\nAlfama, Lisboa\nana.ribeiro.lx O elétrico 28 volta a passar na Graça na segunda-feira.\n"
            f"{foot}\n")
    [turn] = [q for q in quotes.extract(text).quotes]
    assert turn.text == "O elétrico 28 volta a passar na Graça na segunda-feira.", turn.text
    assert turn.turn_name == "@ana.ribeiro.lx"
    _project(tmp_path)
    assert _said(tmp_path, text) == {turn.text: "unknown"}  # a handle is no name: review asks whose it is
    # only its age under it: its day counted back from the import's, low (the page may be older than the import)
    result, _ = _import(tmp_path, "photo.txt", text)
    assert result.date is not None and (result.date.date.iso(), result.date.confidence) == (day, "low"), result.date
    assert result.date.basis.startswith("the post's age ‘"), result.date.basis


def test_a_photo_posts_handle_is_a_lower_case_line_that_opens_its_caption_again() -> None:
    # a brand in mixed case above a sentence opening with it is a headline and a story, no post
    assert quotes.photo_caption("iPhone\nThe review\n\niPhone sales fell by a third, the company said.\n") is None
    # a handle alone, its caption straight under it (no location line): the account's
    assert [q.turn_name for q in quotes.extract("mayor.office\nmayor.office Thanks, all.\nApril 2, 2026\n").quotes] \
        == ["@mayor.office"]


# --- a video's automatic captions: joined by voice, and never silent -----------------------------------------

_CAPTIONS = ("Harbour meeting at the fishers' hall (full video)\nNorth Shore Fishers\n842 views  Streamed live on Feb 9, 2026"
             "\n\nTranscript\n\n0:00\n[Music]\n0:03\nokay thanks everyone for coming down\n0:05\ni know the boats go out "
             "early so\n0:08\nthe channel bill passed its first\n0:11\nreading last night\n0:14\n[Applause]\n0:17\n"
             ">> what about the south wharf we got\n0:20\nnothing from the last one\n0:23\n>> that's fair and it's "
             "next on the list\n0:26\nright after the channel\n")


def test_captions_are_joined_by_voice_and_an_article_of_no_statement_warns(tmp_path: Path) -> None:
    result, text = _import(tmp_path, "captions.txt", _CAPTIONS)
    body = text.split("\n---\n", 1)[1]
    assert "0:03 okay thanks everyone for coming down i know the boats go out early so the channel bill passed its " \
           "first reading last night" in body
    assert "\n\n0:17 >> what about the south wharf we got nothing from the last one\n\n" in body
    assert "\n\n0:14 [Applause]\n\n" in body
    [warning] = [w for w in result.warnings if "no statement found" in w.message]
    assert warning.path.endswith("captions.txt") and warning.line == 1
    assert "automatic captions" in warning.message and "'>>' where the voice changes" in warning.message
    assert result.date is not None and result.date.date.iso() == "2026-02-09"


def test_an_article_with_statements_gets_no_such_warning(tmp_path: Path) -> None:
    result, _ = _import(tmp_path, "story.txt", "Harbour dredging to start in April\n\n4 March 2026\n\n"
                                               "\"The channel is our road,\" Hemi Moana said on Wednesday.\n")
    assert not [w for w in result.warnings if "no statement found" in w.message], result.warnings


# --- an op-ed by a listed person; `--force --date`; `check --out` on no build --------------------------------

def test_an_op_ed_by_a_listed_speaker_says_its_text_is_no_statement(tmp_path: Path) -> None:
    page = ("<html lang='en'><head><title>Opinion: The channel is our road – Westshire Clarion</title>"
            "<meta property='og:site_name' content='Westshire Clarion'><meta name='author' content='Hemi Moana'>"
            "<meta property='article:published_time' content='2026-03-08T06:00:00+13:00'></head><body><main><article>"
            "<h1>The channel is our road</h1><div class='byline'>By Hemi Moana</div>"
            "<p>For eleven years the northern channel has silted up while the ministry promised a plan. The fishers "
            "of the north shore have waited long enough, and so have their families.</p>"
            "<p>I am asking every member of this Parliament to vote for the dredging bill at its second reading. "
            "The boats cannot wait another winter.</p></article></main></body></html>")
    result, text = _import(tmp_path, "oped.html", page)
    [said] = [w for w in result.warnings if "byline's writer" in w.message]
    assert "Hemi Moana" in said.message and "speaker: moana" in said.message and said.line == 1
    assert result.quotes == 0 and "quotes:" not in text.split("\n---\n", 1)[0]  # nothing made up


def test_force_with_the_articles_own_date_keeps_its_basis(tmp_path: Path) -> None:
    story = "Harbour dredging to start in April\n\nThe ministry said the channel would be dredged.\n"
    _ = _import(tmp_path, "story.txt", story, given_date="2026-03-04",
                       date_basis="the ministry's notice of 4 March 2026")
    again, text = _import(tmp_path, "story.txt", story, given_date="2026-03-04", force=True, typed=True)
    assert "date_basis: the ministry's notice of 4 March 2026\n" in text and "date_confidence: high\n" in text, text
    assert any("kept your date_basis" in k for k in again.kept), again.kept
    _, text = _import(tmp_path, "story.txt", story, given_date="2026-03-05", force=True, typed=True)
    assert "date: '2026-03-05'" in text and "date_basis: given with --date at import" in text, text


def test_check_out_on_a_folder_with_no_build_says_what_out_means(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dateline import cli
    _project(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\ntitle = "Harbour"\nbuild_time = "2026-12-06T00:00:00Z"\n',
                                             encoding="utf-8")
    (tmp_path / "content" / "articles" / "a.md").write_text(
        "---\ntitle: Harbour dredging\ndate: 2026-03-04\n---\n\n\"The channel is our road,\" Hemi Moana said.\n",
        encoding="utf-8")
    import os
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        code = cli.main(["check", "--out", "public"])
    finally:
        os.chdir(here)
    out = capsys.readouterr()
    assert code == 1
    assert "verifies a site already built in that folder" in out.out + out.err
    assert "dateline build --out public" in out.out + out.err
