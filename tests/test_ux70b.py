"""Blind usability round ux70 (a research group's corpus of an invented commissioner's statements): the integrator's
share of the findings — a correction notice that names the words inside its sentence ("attributed the remark "…" to X.
It was made by Y."), and the dpa/dotted date lines (tests/test_dates.py), review --speaker (tests/test_review.py)."""

from __future__ import annotations

from dateline import attribution, quotes
from dateline.model import Speaker

SPEAKERS = (
    Speaker("lopes", "Ana Lopes", ("Ana Lopes", "Lopes"), ("Mayor", "mayor"), "Mayor"),
    Speaker("matos", "Rui Matos", ("Rui Matos", "Matos"), ("port director",), "Port director"),
)


def who(body: str) -> list[tuple[str, str]]:
    ext = quotes.extract(body)
    return [(q.text, a.speaker) for q, a in zip(ext.quotes, attribution.attribute(body, ext, SPEAKERS), strict=True)]


def test_a_correction_naming_the_words_inside_its_sentence_gives_them_to_the_one_it_names_next() -> None:
    body = ("Correction\n\nAn article on May 2 (\"Harbour dues frozen\") attributed the remark \"The harbour dues will not "
            "rise this year\" to Mayor Ana Lopes. It was made by the port director, Rui Matos, at Monday's board "
            "meeting. We apologise for the error.")
    assert who(body) == [("The harbour dues will not rise this year", "matos")]
    # no sentence naming who made it: the words are not the mayor's either
    alone = body.replace(" It was made by the port director, Rui Matos, at Monday's board meeting.", "")
    assert who(alone) != [("The harbour dues will not rise this year", "lopes")]
    # an outlet's "attributed … to" with no correction after it is ordinary reporting
    plain = ("Protesters attributed the slogan \"Dues are theft\" to a group of dockers. Mayor Ana Lopes said "
             "nothing.")
    assert who(plain) != [("Dues are theft", "lopes")]
