"""The findings of a Nairobi fact-checking desk's blind usability round (ux63): a record's turns dated by its sitting
whatever month a member recalls, a radio transcript's `Recorded:` line over its `Broadcast:` line, a media statement's
lead-in naming its speaker after a title of several words or an honorific, and the review and build messages that
round found missing or misleading.

All inputs are invented, in the styles of other places: a Ghanaian regional assembly, a Ugandan radio station, a
Zambian ministry, a Malawian district council, a Tanzanian county …; the names are no real person's.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from conftest import review_items, small_project

from dateline import attribution, importer, pipeline, quotes
from dateline.cli import main
from dateline.config import load_config
from dateline.dates import article_statement_date, occasion_date
from dateline.model import DateInfo, PartialDate, Speaker

TODAY = date(2026, 12, 7)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _imported(root: Path, name: str, text: str, **opts: object) -> importer.ImportResult:
    into = root / "content" / "articles"
    into.mkdir(parents=True, exist_ok=True)
    (root / "content" / "_data").mkdir(exist_ok=True)
    src = root / name
    src.write_text(text, encoding="utf-8")
    options = dataclasses.replace(importer.ImportOptions(into=into, today=TODAY), **opts)  # type: ignore[arg-type]
    [result] = importer.import_jobs([(src, options)])
    assert result.problem is None, result.problem
    return result


# --- finding 1: a month one member recalls re-dated every turn of the sitting ------------------------------------

SITTING = """\
ASHANTI REGIONAL ASSEMBLY
OFFICIAL REPORT
Thursday, 9th October, 2025

QUESTIONS

Question No. 7: Kumasi Market Roof Repairs

HON. ABENA OWUSU (Manhyia North): Madam Speaker, in June the Regional Minister promised to repair the roof before the \
rains. The rains have come. When will the work start?

MR KWAME BOATENG (Regional Engineer): Madam Speaker, the contract will be signed this month.

MADAM SPEAKER: Next Question.
"""


def test_a_month_a_member_recalls_dates_no_turn_of_the_sitting() -> None:
    published = DateInfo(PartialDate(2025, 10, 9), "high", "date line ‘Thursday, 9th October, 2025’")
    stmt = article_statement_date(_paragraphs(SITTING.split("\n", 3)[3]), published, today=TODAY)
    assert stmt is None or stmt.date.iso() != "2025-06", stmt  # June is the minister's promise, not the sitting


def test_the_sitting_dates_every_turn_at_import(tmp_path: Path) -> None:
    result = _imported(tmp_path, "ashanti-20251009.txt", SITTING)
    assert result.date is not None and result.date.date.iso() == "2025-10-09"
    assert result.statement_date is None or result.statement_date.date.iso() == "2025-10-09", result.statement_date


def test_a_storys_own_sentence_still_dates_its_words() -> None:
    # the negative: prose, no turn label — "said in June" is when the words were said
    published = DateInfo(PartialDate(2025, 10, 9), "high", "date line")
    story = ["The Regional Minister said in June that the roof would be repaired before the rains.",
             "\"The contractor is ready,\" she said."]
    got = article_statement_date(story, published, today=TODAY)
    assert got is not None and got.date.iso() == "2025-06", got


# --- finding 2: a radio transcript's `Broadcast:` line taken over its `Recorded:` line --------------------------

def _radio(first: str, second: str) -> str:
    return (f"RADIO KAMPALA FM\nTRANSCRIPT – MORNING DRIVE, interview with Minister Ruth Nakato\n{first}\n{second}\n"
            "Host: Peter Okello\n\nOKELLO: Minister, welcome. Why is the bridge late?\n\n"
            "NAKATO: The steel came late. The bridge opens in March.\n")


def test_the_recorded_line_dates_the_words_whichever_line_comes_first() -> None:
    for first, second in (("Broadcast: 6 May 2026", "Recorded: 4 May 2026"),
                          ("Recorded: 4 May 2026", "Aired: 6 May 2026")):
        paragraphs = _paragraphs(_radio(first, second))
        stmt = article_statement_date(paragraphs, None, today=TODAY)
        assert stmt is not None and stmt.date.iso() == "2026-05-04" and stmt.confidence == "high", stmt
        assert "recorded" in stmt.basis and "airing" in stmt.basis, stmt.basis  # the basis says which line, and why
        aired = occasion_date(paragraphs)  # the airing made the transcript public: its publication
        assert aired is not None and aired.date.iso() == "2026-05-06", aired


def test_a_broadcast_line_alone_still_dates_the_words(tmp_path: Path) -> None:
    # the negative: with no `Recorded:` line the airing is the only occasion the text gives
    result = _imported(tmp_path, "kampala.txt", _radio("Broadcast: 6 May 2026", "Programme: Morning Drive"))
    assert result.statement_date is not None and result.statement_date.date.iso() == "2026-05-06"
    assert "Broadcast: 6 May 2026" in result.statement_date.basis


def test_the_import_publishes_the_airing_and_dates_the_words_by_the_recording(tmp_path: Path) -> None:
    result = _imported(tmp_path, "kampala.txt", _radio("Broadcast: 6 May 2026", "Recorded: 4 May 2026"))
    assert result.statement_date is not None and result.statement_date.date.iso() == "2026-05-04"
    assert result.date is not None and result.date.date.iso() == "2026-05-06"
    assert "airing" in result.date.basis and "statement date is used" not in result.date.basis, result.date.basis


# --- finding 3: "Quotes attributable to Cabinet Secretary X:", "Comments attributed to H.E. Governor X:" ---------

MINISTRY = (Speaker("banda", "Chanda Banda", aliases=("Chanda Banda", "Banda")),
            Speaker("phiri", "Mutale Phiri", aliases=("Mutale Phiri", "Phiri")))


def _speakers(body: str) -> list[str]:
    ext = quotes.extract(body)
    return [a.speaker for a in attribution.attribute(body, ext, MINISTRY)]


def test_a_title_of_several_words_or_an_honorific_before_a_listed_name_is_a_title() -> None:
    for lead in ("Quotes attributable to Cabinet Secretary Chanda Banda:",
                 "Comments attributed to H.E. Provincial Minister Chanda Banda:",
                 "Comments attributed to His Excellency Chanda Banda:",
                 "Quotes attributable to the Permanent Secretary for Energy Chanda Banda:"):
        release = (f"MINISTRY OF ENERGY\nPRESS STATEMENT\n\nGrid extension reaches Kasama\n\n{lead}\n\n"
                   "\"The grid reaches every district by 2027.\"\n\n\"Tariffs will not rise this year.\"\n")
        assert _speakers(release) == ["banda", "banda"], lead


def test_a_lead_in_naming_someone_unnamed_after_a_lower_case_noun_gives_no_listed_speaker() -> None:
    # the negative: "a spokesperson for Minister Banda" speaks for him; the words are not his
    release = ("PRESS STATEMENT\n\nGrid extension reaches Kasama\n\n"
               "Comments attributed to a spokesperson for Cabinet Secretary Chanda Banda:\n\n"
               "\"The grid reaches every district by 2027.\"\n")
    assert _speakers(release) != ["banda"]


# --- finding 6: a pasted Facebook comment lost when the counts line has no emoji ----------------------------------

def _thread(counts: str) -> str:
    return ("Grace Mwale\nMarch 3, 2026 · 🌎\nLIVE from Zomba District Hospital. The new theatre opens today.\n"
            f"{counts}\n\nJoseph Tembo\nThe theatre is still understaffed, Madam.\n2d  Like  Reply\n")


DISTRICT = (Speaker("mwale", "Grace Mwale", aliases=("Grace Mwale", "Mwale")),
            Speaker("tembo", "Joseph Tembo", aliases=("Joseph Tembo", "Tembo")))


def _said(body: str, speakers: tuple[Speaker, ...]) -> list[tuple[str, str]]:
    ext = quotes.extract(body)
    return [(q.text.split()[0], a.speaker) for q, a in zip(ext.quotes, attribution.attribute(body, ext, speakers),
                                                          strict=True)]


def test_a_comment_under_a_post_whose_counts_line_lost_its_emoji_is_its_writers() -> None:
    for counts in ("1.4K  212 comments  57 shares", "👍❤️ 1.4K    212 comments", "212 comments  57 shares"):
        assert _said(_thread(counts), DISTRICT) == [("LIVE", "mwale"), ("The", "tembo")], counts


def test_a_posts_own_line_opening_with_a_number_stays_in_the_post() -> None:
    # the negative: "2 theatres …" is the post's words, no counts line (no "comments" after a second count)
    body = ("Grace Mwale\nMarch 3, 2026 · 🌎\nLIVE from Zomba District Hospital.\n2 theatres open today, 3 next year.\n"
            "1.4K  212 comments\n")
    [(q, who)] = [(q.text, a.speaker) for q, a in zip(quotes.extract(body).quotes, attribution.attribute(
        body, quotes.extract(body), DISTRICT), strict=True)]
    assert who == "mwale" and "2 theatres open today" in q


# --- finding 7: "Asante Kassim" (thanks) read as the host's name over the programme's `Host:` credit ---------------

RADIO_STAFF = (Speaker("nakato", "Ruth Nakato", aliases=("Ruth Nakato", "Nakato", "NAKATO")),)


def _interview(credit: str, answer: str) -> str:
    return ("RADIO KAMPALA FM\nTRANSCRIPT – MORNING DRIVE, interview with Minister Ruth Nakato\nRecorded: 4 May 2026\n"
            f"{credit}\n\nOKELLO: Minister, welcome. Why is the bridge late?\n\n"
            f"NAKATO: {answer} The steel came late. The bridge opens in March.\n\nOKELLO: Thank you, Minister.\n")


def test_a_credit_line_names_the_holder_of_a_label_that_is_a_word_of_the_name() -> None:
    said = _said(_interview("Host: Okello Mugisha", "Asante Okello."), RADIO_STAFF)
    assert said == [("Minister,", "okello-mugisha"), ("Asante", "nakato"), ("Thank", "okello-mugisha")]


def test_a_greeting_before_the_label_is_no_given_name() -> None:
    for greeting in ("Asante Okello.", "Karibu Okello.", "Thanks Okello."):
        said = _said(_interview("Programme: Morning Drive", greeting), RADIO_STAFF)
        assert [who for _w, who in said] == ["okello", "nakato", "okello"], greeting


def test_a_full_name_said_inside_a_turn_still_names_the_label() -> None:
    # the negative: "my guest is Okello Odongo" — a name, no greeting — stays the label's full name
    body = ("RADIO KAMPALA FM\nRecorded: 4 May 2026\n\nNAKATO: Good morning. My guest is Okello Odongo.\n\n"
            "OKELLO: Thank you. The road is late again.\n")
    assert _said(body, RADIO_STAFF)[-1] == ("Thank", "okello-odongo")


# --- findings 8–10: review's first offers, the op-ed writer's warning at every build --------------------------------

BOARD = ("- id: dube\n  name: Sipho Dube\n  aliases: [Dube, Minister Dube]\n  roles: [the Minister]\n"
         "- id: ngcobo\n  name: Lindiwe Ngcobo\n  aliases: [Ngcobo]\n")


def test_the_name_after_said_the_office_comma_is_the_speaker_even_after_a_plural_possessive() -> None:
    speakers = (Speaker("dube", "Sipho Dube", aliases=("Sipho Dube", "Dube")),)
    for tail in ("said the petitioners' lawyer, Thandi Khumalo.", "said the union's lawyer, Thandi Khumalo."):
        body = ("The High Court on Thursday suspended the toll.\n\n"
                f"\"This is a victory for every taxi driver,\" {tail}\n\n"
                "In a statement on Friday, Transport Minister Sipho Dube said the ministry would obey. "
                "\"We will comply,\" Dube said.\n")
        ext = quotes.extract(body)
        assert [a.speaker for a in attribution.attribute(body, ext, speakers)] == ["thandi-khumalo", "dube"], tail


def test_reviews_first_offer_for_unattributed_words_is_the_name_beside_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_project(tmp_path / "p", BOARD, figures=("dube",))
    # (a name in the words' own paragraph whom attribution could not reach: a list of two after the comma)
    (root / "content" / "articles" / "toll.md").write_text(
        "---\ntitle: Court suspends the toll\ndate: 2026-03-06\n---\n\n"
        "\"This is a victory for every taxi driver\" — the petitioners, through Thandi Khumalo and others.\n\n"
        "In a statement on Friday, Minister Sipho Dube said the ministry would obey. \"We will comply,\" Dube said.\n",
        encoding="utf-8")
    items = [i for i in review_items(root, capsys, monkeypatch) if i["group"] == "unknown"]
    assert items, items
    first = items[0]["fixes"][0]["yaml"]
    assert "speaker: dube" not in first.split("#")[0], first  # never the minister named in the next paragraph


def test_an_op_ed_by_a_speaker_is_theirs_at_every_build_and_review(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.analyse import WRITER_TEXT

    root = small_project(tmp_path / "p", BOARD, figures=("dube",))
    oped = ("THE DAILY HERALD\nOPINION\nWhy I changed my mind on the toll\nBy Sipho Dube\nMonday, March 9, 2026\n\n"
            "In June 2025 I stood before taxi owners in Durban and said: \"The toll will go within a year.\" I meant it.\n\n"
            "Today I say plainly: the toll stays, and every rand will be audited in public.\n")
    result = _imported(root, "oped.txt", oped)
    text = Path(result.target).read_text(encoding="utf-8")
    assert "\nwriter: dube\n" in text
    assert "statement_date:" not in text.split("\n---\n", 1)[0]  # her recalled June dates her quote, not the op-ed
    items = review_items(root, capsys, monkeypatch)
    assert not [i for i in items if i["group"] == "unknown"], items  # "I … said: “…”" is the writer's
    warned = [i for i in items if i["group"] == "warning" and WRITER_TEXT in str(i["title"])]
    assert len(warned) == 1, items
    prep, _site = pipeline.analysed(load_config(root))
    [said] = [q for an in prep.analyses.values() for q in an.quotes]
    assert said.speaker == "dube" and said.statement_date.date.iso() == "2025-06", said
    # the negative: once the passage is added, the warning goes; an article by no speaker never has one
    path = Path(result.target)
    path.write_text(text.replace("writer: dube\n", "writer: dube\nquotes:\n  - add: \"Today I say plainly: the toll "
                                 "stays, and every rand will be audited in public.\"\n    speaker: dube\n", 1),
                    encoding="utf-8")
    items = review_items(root, capsys, monkeypatch)
    assert not [i for i in items if WRITER_TEXT in str(i["title"])], items
    prep, _site = pipeline.analysed(load_config(root))
    added = [q for an in prep.analyses.values() for q in an.quotes if q.text.startswith("Today")]
    assert added and added[0].statement_date.date.iso() == "2026-03-09"  # the op-ed's day


def test_an_op_ed_by_someone_unlisted_gets_no_writer(tmp_path: Path) -> None:
    root = small_project(tmp_path / "p", BOARD)
    result = _imported(root, "letter.txt", "THE DAILY HERALD\nLETTERS\nThe toll must go\nBy Anele Zwane\n"
                                           "Monday, March 9, 2026\n\nI have paid the toll every day for a year.\n")
    assert "writer:" not in Path(result.target).read_text(encoding="utf-8")


def test_a_day_borrowed_from_another_speakers_sentence_is_never_the_first_offer(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_project(tmp_path / "p", BOARD, figures=("dube",))
    (root / "content" / "articles" / "toll.md").write_text(
        "---\ntitle: Minister says toll will be audited first\ndate: 2026-03-12\nstatement_date: 2026-03-09\n"
        "statement_date_basis: ‘told a rally on Monday’ → 2026-03-09\nstatement_date_confidence: medium\n---\n\n"
        "Minister Sipho Dube told a rally on Monday that the toll would be audited first.\n\n"
        "\"Half of the booths are broken,\" said Lindiwe Ngcobo, a taxi owner.\n", encoding="utf-8")
    items = [i for i in review_items(root, capsys, monkeypatch) if i["group"] == "date"]
    [item] = [i for i in items if "2026-03-09" in str(i["title"])]
    labels = [f["label"] for f in item["fixes"]]
    assert "2026-03-12" in labels[0] and not labels[0].startswith("confirm"), labels
    assert any("2026-03-09" in label for label in labels[1:]), labels


# --- finding 11: a reprint's own date line, and the wire's dateline dating its words -------------------------------

REPRINT = ("Republished from Zambia News Agency, March 3, 2026\nFriday, March 6, 2026\n\n"
           "Minister gives contractor thirty days to finish\n\n"
           "KASAMA, Mar 3 (ZANA) – Energy Minister Chanda Banda has given the contractor thirty days to finish the line.\n\n"
           "\"If the line is not finished within thirty days, we will cancel the contract,\" Minister Banda said.\n")


def test_a_reprint_is_published_on_its_own_day_and_its_words_dated_by_the_wires_dateline(tmp_path: Path) -> None:
    result = _imported(tmp_path, "zana-reprint.txt", REPRINT)
    assert result.date is not None and result.date.date.iso() == "2026-03-06", result.date
    assert "first report" in result.date.basis
    assert result.statement_date is not None and result.statement_date.date.iso() == "2026-03-03"
    assert result.statement_date.confidence == "medium", result.statement_date


def test_a_wire_dateline_of_the_pages_own_day_changes_nothing(tmp_path: Path) -> None:
    # the negative: a story filed and published the same day takes its date line's day, as before
    story = REPRINT.split("\n", 2)[2].replace("Friday, March 6, 2026", "").replace("Mar 3 (ZANA)", "Mar 6 (ZANA)")
    result = _imported(tmp_path, "zana.txt", "Friday, March 6, 2026\n" + story)
    assert result.date is not None and result.date.date.iso() == "2026-03-06"
    assert result.statement_date is None or result.statement_date.date.iso() == "2026-03-06", result.statement_date


# --- finding 12: an outlet's bracketed English rendering inside a turn in another language ----------------------

def test_a_turn_holding_the_outlets_bracketed_rendering_is_translated_in_part() -> None:
    speakers = (Speaker("nakato", "Ruth Nakato", aliases=("Ruth Nakato", "Nakato", "NAKATO")),)
    for answer, translated in (
            ("Tutajenga daraja hili mwaka huu. [We will build this bridge this year.] The steel is here.", True),
            ("We will [repay] the loan. [inaudible] The steel is here.", False),  # an editor's brackets in English
            ("Tutajenga daraja hili mwaka huu. [CROSSTALK] Ndiyo.", False)):  # a stage note, no rendering
        body = ("RADIO KAMPALA FM\nRecorded: 4 May 2026\nHost: Okello Mugisha\n\nOKELLO: Minister, welcome.\n\n"
                f"NAKATO: {answer}\n")
        ext = quotes.extract(body)
        said = attribution.attribute(body, ext, speakers)
        assert [(a.speaker, a.translated) for a in said] == [("okello-mugisha", False), ("nakato", translated)], answer


# --- finding 14: `check` told the desk to acknowledge a warning no article holds ---------------------------------

def test_checks_hint_to_acknowledge_is_given_only_for_an_articles_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "site"
    assert main(["new", str(root)]) == 0
    article = root / "content" / "articles" / "toll.md"
    article.write_text("---\ntitle: Minister speaks on the toll\ndate: 2026-03-06\n---\n\n"
                       "\"The toll stays,\" Minister Sipho Dube said on Friday.\n", encoding="utf-8")
    monkeypatch.chdir(root)
    capsys.readouterr()
    assert main(["check"]) == 0
    printed = capsys.readouterr()
    assert "pyproject.toml" in printed.err and "1 warning(s)" in printed.out, printed
    assert "acknowledge the warning in" not in printed.out, printed.out  # its warning says its own fix
    # the negative: an article's warning still gets the hint
    article.write_text(article.read_text(encoding="utf-8").replace("date: 2026-03-06\n",
                                                                   "date: 2026-03-06\ntopics: [tolls]\n"),
                       encoding="utf-8")
    assert main(["check"]) == 0
    assert "acknowledge the warning in" in capsys.readouterr().out


# --- finding 4 (review): a correction notice of another article names a quote's words as wrongly attributed -------

def test_a_correction_in_another_article_puts_the_quote_it_names_in_review_first_fix_its_speaker(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_project(tmp_path / "p", BOARD, figures=("dube",))
    articles = root / "content" / "articles"
    (articles / "tour.md").write_text(
        "---\ntitle: Dube keeps the toll\ndate: 2026-03-06\n---\n\n"
        "Minister Sipho Dube said on Thursday the toll would stay. \"We keep the toll,\" he said.\n\n"
        "\"The booths are empty half the week,\" the Minister added.\n", encoding="utf-8")
    notice = ("---\ntitle: \"Correction, toll story\"\ndate: 2026-03-07\n---\n\n"
              "An article published on March 6, 2026 wrongly attributed the words \"{words}\" to Minister Sipho Dube. "
              "The words were said by councillor Lindiwe Ngcobo during the same visit. We apologise for the error.\n")
    (articles / "correction.md").write_text(notice.format(words="The booths are empty half the week"),
                                            encoding="utf-8")
    items = [i for i in review_items(root, capsys, monkeypatch) if i["group"] == "attribution" and i["risk"] == "high"]
    assert len(items) == 1 and "booths" in str(items[0]["places"]), items
    assert "speaker: ngcobo" in items[0]["fixes"][0]["yaml"]
    # the negative: a correction of other words leaves the quote alone
    (articles / "correction.md").write_text(notice.format(words="The toll was never a tax"), encoding="utf-8")
    items = [i for i in review_items(root, capsys, monkeypatch) if i["group"] == "attribution" and i["risk"] == "high"]
    assert items == [], items
