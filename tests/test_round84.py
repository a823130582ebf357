"""The general rules blind round 84 (English coverage of non-politicians: a Senate hearing, an earnings call, football
press conferences and live text, a radio interview, cricket reports) asked for, each on an INVENTED case in another
setting (a Welsh farming programme, a Ghanaian council, a Kenyan rugby club, a Canadian ferry operator …) with a
negative beside it.

A programme's `HOST:` that names itself in the opening turn is that person; an interview given to an outlet ("spoke to
Coast TV") has no named interviewer and its answers are the one who spoke; a bracket of what the voice did (`[LAUGHS]`)
is part of its turn; a stage line's title in marks is no quote, nor a header's programme title in marks a turn; a
sport's or a stage's trade before a name is a title; "has been speaking to …:" is the subject's own talk; a live page's
entry time and an opening phrase ("On the …, ", "Asked whether … "term", ") stand before the sentence's subject.
Dates: a day-month-year with hyphens ("14-Mar-2026") is a date line; a "Published" label over a year-less day is the
latest such day not after today (low).
"""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline import dates
from dateline.model import Speaker

SPEAKERS = (
    Speaker("mensah", "Ama Mensah", ("Ama Mensah", "Mensah"), ("mayor", "the mayor"), "Mayor"),
    Speaker("kiprop", "Daniel Kiprop", ("Daniel Kiprop", "Kiprop"), ("coach", "the coach", "the Kenyan"), "Coach"),
)


def who(body: str) -> list[tuple[str, str]]:
    return [(text, speaker) for text, _, speaker in attributed(body, SPEAKERS)]


def test_a_host_label_that_names_itself_in_the_opening_turn() -> None:
    body = ("Radio Cymru Farming Today\n\n"
            "PRESENTER: Good morning, this is Farming Today, I'm Aled Pryce, and the milk price is our first story.\n\n"
            "MENSAH: Thank you. The price is too low.\n\n"
            "PRESENTER: Why now?\n\n"
            "MENSAH: Because the winter is long.")
    assert [s for _, s in who(body)] == ["aled-pryce", "mensah", "aled-pryce", "mensah"]
    # the opening turn names nobody: the label stays generic
    body = body.replace("I'm Aled Pryce, and the", "and the")
    assert [s for _, s in who(body)] == ["unknown", "mensah", "unknown", "mensah"]
    # a caller who introduces himself is no host: only the label of the talk's opening turn is read so
    body = ("PRESENTER: Good morning, this is the phone-in.\n\n"
            "CALLER: Hi, I'm Kofi Boateng from Tema, and the buses are late.\n\n"
            "PRESENTER: Thanks for calling.")
    assert [s for _, s in who(body)] == ["unknown", "unknown", "unknown"]


def test_an_interview_given_to_an_outlet_has_no_named_interviewer() -> None:
    body = ("Daniel Kiprop spoke to Nakuru TV after Saturday's defeat to Menengai Oilers.\n\n"
            "Q: Coach, a hard afternoon?\n\n"
            "A: Very hard. We did not tackle.\n\n"
            "Q: What next?\n\n"
            "A: Training on Monday.")
    assert [s for _, s in who(body)] == ["unknown", "kiprop", "unknown", "kiprop"]
    # a journalist the introduction names still asks
    body = body.replace("spoke to Nakuru TV", "spoke to Wanjiku Muriuki")
    assert [s for _, s in who(body)][:2] == ["wanjiku-muriuki", "kiprop"]


def test_a_bracket_of_what_the_voice_did_is_part_of_its_turn() -> None:
    body = ("HOST: Were you late again?\n\n"
            "MENSAH: [LAUGHS] Only twice this year.\n\n"
            "HOST: And the bridge?\n\n"
            "MENSAH: [Through interpreter] The bridge opens in June.")
    texts = [t for t, _ in who(body)]
    assert "[LAUGHS] Only twice this year." in texts
    assert "The bridge opens in June." in texts  # (an interpreter's note is still the label's, not her words)


def test_titles_in_a_stage_line_or_a_header_are_no_quotes() -> None:
    body = ("WHERE: Coast FM's \"Morning Drive\"\n\n"
            "HOST: Welcome back.\n\n"
            "MENSAH: Thank you.\n\n"
            "[MUSIC: \"Harbour Lights\" plays]\n\n"
            "HOST: That was lovely.\n\n"
            "MENSAH: I watch \"Morning Drive\"")
    texts = [t for t, _ in who(body)]
    assert "Harbour Lights" not in texts
    assert not any(t.startswith("Coast FM") for t in texts)  # (the header line is no turn)
    assert "I watch \"Morning Drive\"" in texts  # (a sentence under a name's label stays a turn)
    # outside a transcript a bracketed paragraph keeps its quote
    body = "The ferry left late.\n\n(\"We are sorry for the delay,\" Mensah said.)"
    assert who(body) == [("We are sorry for the delay,", "mensah")]


def test_a_trade_before_a_name_and_a_progressive_speech_verb() -> None:
    body = ("Tema boss Kwesi Ankrah has been speaking to Joy Sports:\n\n"
            "\"We were second best. That is all I can say.\"")
    assert who(body) == [("We were second best. That is all I can say.", "kwesi-ankrah")]
    # the passive still names someone else: "was asked" is not his own talk
    body = ("Tema boss Kwesi Ankrah was asked by Joy Sports:\n\n"
            "\"Were you second best?\"")
    assert [s for _, s in who(body)] != ["kwesi-ankrah"]


def test_a_live_entry_time_and_an_opening_phrase_before_the_subject() -> None:
    body = ("Daniel Kiprop is in the room.\n\n"
            "14:05\nOn the criticism after the Eldoret defeat, the Kenyan did not hold back.\n\n"
            "\"We lost one game. We did not lose the season.\"\n\n"
            "14:09\nAsked whether Sunday is \"must-win\", Kiprop laughed.\n\n"
            "\"Every Sunday is must-win.\"")
    assert [s for _, s in who(body)] == ["kiprop", "kiprop"]
    # a sentence whose subject is someone else after the phrase names that one, not the coach
    body = ("Daniel Kiprop is in the room.\n\n"
            "14:05\nOn the criticism after the Eldoret defeat, Ama Mensah did not hold back.\n\n"
            "\"He lost one game. He must not lose the season.\"")
    assert [s for _, s in who(body)] == ["mensah"]


def _published(text: str, today: date = date(2026, 3, 20)) -> tuple[str, str] | None:
    info = dates.publication_date(text, today=today).info
    return None if info is None else (info.date.iso(), info.confidence)


def test_a_hyphenated_day_month_year_is_a_date_line() -> None:
    text = "Kenya win by six wickets\n\nReport by Otieno Were\n14-Mar-2026\n\nThe captain said it was a team effort."
    assert _published(text) == ("2026-03-14", "high")
    # a hyphenated word that is no month is no date
    text = text.replace("14-Mar-2026", "14-Mat-2026")
    assert _published(text) is None


def test_a_published_label_over_a_yearless_day() -> None:
    text = "Ferry fares to rise\n\nPublished\n18 March\n\nThe operator said fares would rise in April."
    assert _published(text) == ("2026-03-18", "low")
    text = text.replace("Published\n18 March", "Published 18 March")
    assert _published(text) == ("2026-03-18", "low")
    # a later day than today is last year's
    assert _published(text.replace("18 March", "25 March")) == ("2025-03-25", "low")
    # with no label the year-less day dates nothing (the importer asks)
    assert _published(text.replace("Published 18 March", "18 March")) is None


def test_a_fan_and_a_media_officer_are_nobody() -> None:
    body = ("Ama Mensah posted the new timetable. \"It is done,\" she wrote.\n\n"
            "The post drew 2,000 replies. One fan commented: \"About time.\"")
    assert who(body) == [("It is done,", "mensah"), ("About time.", "unknown")]
    body = ("MENSAH: The ferry runs at six.\n\nREPORTER: And on Sundays?\n\nMENSAH: At eight.\n\n"
            "MEDIA OFFICER: Last question, please.")
    assert [s for _, s in who(body)] == ["mensah", "unknown", "mensah", "unknown"]
    # a fan who is named speaks
    body = "One fan, Kofi Boateng, commented: \"About time.\""
    assert who(body) == [("About time.", "kofi-boateng")]
