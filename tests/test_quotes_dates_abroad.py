"""Quote and date rules of German, French and Italian copy found by blind round 55, on invented text in other settings
(an Austrian, a Belgian, a Luxembourg story), each with a negative: what makes a fragment in marks someone's words
('spricht von einem «…»', German reported speech, 'l'ha definita «…»'), which of two twins is the rendering, and the
date words of those languages' pages and leads."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import quotes
from dateline.dates import article_statement_date, publication_date
from dateline.model import PartialDate

TODAY = date(2027, 3, 15)


def kept(body: str) -> dict[str, bool]:
    """Each quote kept, with whether it is partial."""
    return {q.text: q.partial for q in quotes.extract(body).quotes}


def test_speaking_of_a_long_verdict_is_a_partial_a_short_one_a_term() -> None:
    assert kept("Die Bürgermeisterin spricht von einem «schlechten Tag für die ganze Region».") == {
        "schlechten Tag für die ganze Region": True}
    assert kept("Die Bürgermeisterin spricht von einem «schwarzen Tag».") == {}
    assert kept("L'échevine parle d'une « décision prise sans les riverains ».") == {
        " décision prise sans les riverains ": True}
    assert kept("L'échevine parle d'une « crise ».") == {}


def test_german_reported_speech_makes_a_fragment_someones_words() -> None:
    assert kept("Die Sperre sei deshalb «reine Vorsicht».") == {"reine Vorsicht": True}
    # … the indicative reports nobody: the writer's own scare quote
    assert kept("Die Sperre ist deshalb «reine Vorsicht».") == {}


def test_verbs_that_give_a_verdict_in_italian_and_german() -> None:
    assert kept("L'assessore l'ha definita «una scelta obbligata dai conti».") == {
        "una scelta obbligata dai conti": True}
    assert kept("Der Landesrat nannte die Sperre «eine Zumutung für Pendler».") == {
        "eine Zumutung für Pendler": True}
    assert kept("L'assessore ha firmato il decreto «una scelta obbligata dai conti».") == {}


def test_of_two_twins_the_one_in_the_articles_language_is_the_rendering() -> None:
    body = ("Der Termin mit der Kommission war sehr lang. Die Ministerin ist in Brüssel aufgewachsen und hat dort auch "
            "studiert. Sie wechselt ins Französische, wenn "
            "es ernst wird und wenn sie keine Diplomatie mehr will. «On ne cédera pas» («Wir geben nicht nach»), sagt "
            "sie. Danach spricht sie wieder Deutsch, und das ist auch gut so.")
    found = quotes.extract(body).quotes
    roles = quotes.twin_roles(body, found)
    assert [(found[i].text, r) for i, r in sorted(roles.items())] == [
        ("On ne cédera pas", False), ("Wir geben nicht nach", True)]
    # … and in an English story the English one is
    body = ('The minister switched to French when it mattered. "We will not give in" ("Nous ne céderons pas"), she '
            "said, and then went back to English for the rest of the evening.")
    found = quotes.extract(body).quotes
    roles = quotes.twin_roles(body, found)
    assert [(found[i].text, r) for i, r in sorted(roles.items())] == [
        ("We will not give in", True), ("Nous ne céderons pas", False)]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a Swiss or Austrian page's "Publiziert:" is its first publication, not the update below it
        ("Publiziert: 12.03.2027, 09:40\nAktualisiert am 13.3.2027, 17:05 Uhr", "2027-03-12"),
        ("Publiziert: 12.03.2027 um 09:40 Uhr", "2027-03-12"),
        # a record's date line with the part of the day its sitting was held in
        ("Landtag von Tirol\nMittwoch, 10. März 2027, Vormittag", "2027-03-10"),
    ],
)
def test_german_date_lines(header: str, expected: str) -> None:
    found = publication_date(f"Tunnel bleibt gesperrt\n\n{header}\n\nDer Landesrat sagte am Freitag, es gehe nicht.",
                             today=TODAY)
    assert found.info is not None and found.info.date.iso() == expected


def test_a_part_of_the_day_after_words_is_no_date_line() -> None:
    found = publication_date("Tunnel bleibt gesperrt\n\nGespräch am Nachmittag\n\nDer Landesrat sagte es.",
                             today=TODAY)
    assert found.info is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # on a Thursday, "last Thursday" is the week before's, as "last Thursday" (never the day of publication) …
        ("«Wir bleiben dran», sagte die Landesrätin letzten Donnerstag in Innsbruck.", "2027-03-04"),
        # … a bare weekday the latest on or before publication: that day itself
        ("«Wir bleiben dran», sagte die Landesrätin am Donnerstag in Innsbruck.", "2027-03-11"),
        # French "hier" beside its verb of saying: the day before publication
        ("« Nous resterons », a déclaré hier l'échevine devant la presse.", "2027-03-10"),
    ],
)
def test_the_day_the_lead_gives_the_words(paragraph: str, expected: str) -> None:
    info = article_statement_date([paragraph], PartialDate.parse_iso("2027-03-11"), today=TODAY)
    assert info is not None and info.date.iso() == expected
