"""Words a text dates by counting or pointing back, and texts whose own shape dates their words (ux41).

A span counted back from the writer's now ("Two years ago she told the council …", "A year ago the
governor said …", "last summer") dates the words it reports at that period, low — never the day
another paragraph or the publication gives them at medium or high. "…," she said then" points back
to the date its paragraph named. A sitting's turn recalling "I said it in May and I will say it
again" dates no turn; a pasted post is dated by its own time stamp, not by the "Yesterday" it tells
of; a correction notice's quotes are the corrected report's; a weekday of a French lead or of the
quote's own sentence dates the words as an English one does, and "en néerlandais" marks them
translated. Invented cases: a Wellington regional council, a Flemish city, a Kenyan county."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import dated_quotes

from dateline import dates
from dateline.dates import article_statement_date
from dateline.load import Data, load_data
from dateline.model import DateInfo, PartialDate

TODAY = date(2026, 11, 23)


def _data(tmp_path: Path) -> Data:
    (tmp_path / "_data").mkdir(parents=True)
    (tmp_path / "_data" / "speakers.yaml").write_text(
        "- id: tawhiri\n  name: Mere Tawhiri\n  aliases: [Tawhiri]\n  roles: [the chair, la présidente]\n"
        "- id: ngata\n  name: Aroha Ngata\n  aliases: [Ngata]\n"
        "- id: verhaegen\n  name: Luc Verhaegen\n  aliases: [Verhaegen]\n  roles: [le bourgmestre]\n"
        "- id: wanjiru\n  name: Grace Wanjiru\n  aliases: [Wanjiru]\n  roles: [the governor]\n", "utf-8")
    return load_data(tmp_path, [])


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


SITTING = """\
No. 12 · Tuesday 9 June 2026

Hon. Aroha Ngata (Ōtaki): My question is for the chair. Will the levy rise this year?

Hon. Mere Tawhiri: Madam Speaker, I said it in May and I will say it again: the levy will not rise.

Hon. Aroha Ngata (Ōtaki): Then publish the figures this afternoon.
"""


def test_a_turn_recalling_what_its_speaker_said_dates_no_turn_of_the_sitting(tmp_path: Path) -> None:
    """ux41 #1: "I said it in May and I will say it again" is the speaker's own words; it re-dated every turn."""
    published = DateInfo(PartialDate(2026, 6, 9), "high", "date line ‘No. 12 · Tuesday 9 June 2026’")
    assert article_statement_date(_paragraphs(SITTING), published, today=TODAY) is None
    got = dated_quotes(_data(tmp_path), "title: T\ndate: 2026-06-09\n", SITTING)
    assert {v[1:] for v in got.values()} == {("2026-06-09", "high")}


THREAD = """\
Aroha Ngata

@arohangata

A year ago the chair promised the pool would stay open. Yesterday she voted to close it.

9:05 PM · Mar 4, 2026

Aroha Ngata

@arohangata

Who decided this behind closed doors? Ratepayers deserve the minutes.

7:40 AM · Mar 5, 2026
"""


def test_a_pasted_post_is_dated_by_its_own_stamp_not_by_its_yesterday(tmp_path: Path) -> None:
    """ux41 #5: the post's "Yesterday she voted" dates the vote; the post's words are of its stamp's day, and a
    thread's next post, written the next morning, keeps its own."""
    published = DateInfo(PartialDate(2026, 3, 5), "high", "date line")
    info = article_statement_date(_paragraphs(THREAD), published, today=TODAY)
    assert info is not None and info.date == PartialDate(2026, 3, 4) and info.confidence == "high"
    front = f"title: T\ndate: 2026-03-05\nstatement_date: 2026-03-04\nstatement_date_basis: \"{info.basis}\"\n"
    got = dated_quotes(_data(tmp_path), front, THREAD)
    assert got["A"] == ("ngata", "2026-03-04", "high")
    assert got["Who"] == ("ngata", "2026-03-05", "high")


OPED = """\
When Governor Grace Wanjiru announced the port levy in April, she said "a levy is not a tax."

Two years ago she told the county assembly that the port "will never be sold." A year later she called it a burden.
"""


def test_a_span_counted_back_in_the_quotes_sentence_dates_it_at_that_period_low(tmp_path: Path) -> None:
    """ux41 #3: "Two years ago she told …" took the April of the paragraph before, at medium."""
    front = ("title: T\ndate: 2026-05-12\nstatement_date: 2026-04\n"
             "statement_date_basis: \"‘in April, she said’ → 2026-04\"\nstatement_date_confidence: medium\n")
    got = dated_quotes(_data(tmp_path), front, OPED)
    assert got["a"] == ("wanjiru", "2026-04", "medium")
    assert got["will"] == ("wanjiru", "2024", "low")


def test_spans_and_seasons_give_their_period_at_its_precision() -> None:
    """ux41 #4: "A year ago the governor said …" given the article's day; each span at the precision it has."""
    published = DateInfo(PartialDate(2026, 2, 8), "high", "date line")

    def said(text: str) -> DateInfo | None:
        return dates.span_ago(text, text.index('"'), published)

    a_year = said('A year ago the governor said the port was "not for sale."')
    assert a_year is not None and (a_year.date, a_year.confidence) == (PartialDate(2025), "low")
    assert "a span, no date" in a_year.basis
    months = said('18 months ago she said "no."')
    assert months is not None and months.date == PartialDate(2024, 8) and months.confidence == "low"
    season = said('Last summer the governor told residents "the ferry stays."')
    assert season is not None and season.date == PartialDate(2025) and season.confidence == "low"
    weeks = said('Three weeks ago she told reporters "we are ready."')
    assert weeks is not None and weeks.date == PartialDate(2026, 1, 18) and weeks.confidence == "low"
    # another sentence's span, one inside the quote, or one with no verb of saying: not the words' date
    assert said('Two years ago the plant closed. Now "we are hopeful," she said.') is None
    assert said('"Two years ago we said no," she said on Monday.') is None
    assert said('A year ago the plant closed and "we lost everything" was all anyone heard.') is None


EXPLAINER = """\
In a March 3, 2024 interview with Radio Rift's Otieno Kamau, Wanjiru was blunt. \
"The port is not for sale. Not now, not ever," she said then.

"We will listen to every bid," she said at the time.
"""


def test_said_then_points_back_to_the_date_its_paragraph_names(tmp_path: Path) -> None:
    """ux41 #8: "X was blunt. "…," she said then" came out with no speaker and the explainer's own day."""
    got = dated_quotes(_data(tmp_path), "title: T\ndate: 2026-01-20\n", EXPLAINER)
    assert got["The"] == ("wanjiru", "2024-03-03", "medium")
    # "at the time" with no date in its paragraph: an earlier time the text does not date, so only low
    assert got["We"][1:] == ("2026-01-20", "low")


CORRECTION = """\
CORRECTION

Thursday, June 11, 2026

A June 9 story about the harbour misattributed a quote. It was Councillor Mere Tawhiri, not Aroha Ngata, \
who said "The wharf will reopen by spring." The Gazette regrets the error.
"""


def test_a_correction_notice_dates_its_quote_by_the_report_it_corrects_low() -> None:
    """ux41 #9: the corrected quote took the notice's own day at high; its words were said by June 9."""
    published = DateInfo(PartialDate(2026, 6, 11), "high", "date line")
    info = article_statement_date(_paragraphs(CORRECTION)[2:], published, today=TODAY)
    assert info is not None and info.date == PartialDate(2026, 6, 9) and info.confidence == "low"
    assert "the report this correction corrects" in info.basis
    for abroad in ("En un artículo del 9 de junio, una cita fue atribuida erróneamente a la concejala.",
                   "In einem Artikel vom 9. Juni 2026 wurde ein Zitat fälschlicherweise zugeschrieben."):
        got = article_statement_date([abroad], published, today=TODAY)
        assert got is not None and got.date == PartialDate(2026, 6, 9) and got.confidence == "low", abroad
    plain = ["A story about the harbour quoted the mayor. \"The wharf will reopen,\" she said."]
    assert article_statement_date(plain, published, today=TODAY) is None


WIRE_FR = """\
BRUXELLES — Le bourgmestre Luc Verhaegen a suspendu mardi le chantier du tram, qui devait traverser le parc.

« Un arrêt n'est pas un abandon », a précisé le bourgmestre en néerlandais lors d'un point de presse.

En entrevue à la radio lundi, la présidente Mere Tawhiri a été plus prudente : « Nous verrons en septembre. »
"""


def test_a_french_lead_and_sentence_date_their_words_by_weekday_and_en_neerlandais_marks_a_translation(
        tmp_path: Path) -> None:
    """ux41 #6: "a suspendu mardi" and "En entrevue … lundi" were read as the Wednesday paper's day, and the
    words said in Dutch, printed in French, were not marked translated."""
    published = DateInfo(PartialDate(2026, 6, 10), "high", "date line")  # a Wednesday
    info = article_statement_date(_paragraphs(WIRE_FR), published, today=TODAY)
    assert info is not None and info.date == PartialDate(2026, 6, 9) and info.confidence == "low"
    front = (f"title: T\ndate: 2026-06-10\nlang: fr\nstatement_date: 2026-06-09\nstatement_date_basis: \"{info.basis}\"\n"
             "statement_date_confidence: low\n")
    got = dated_quotes(_data(tmp_path), front, WIRE_FR)
    assert got["Un"] == ("verhaegen", "2026-06-09", "low")
    assert got["Nous"] == ("tawhiri", "2026-06-08", "medium")
    from dateline import analyse
    from dateline.load import SourceFile, parse_article
    article, _ = parse_article(SourceFile("content/articles/t.md", f"---\n{front}---\n{WIRE_FR}", "x"))
    assert article is not None
    translated = {q.text.split()[0]: q.translated for q in analyse.analyse(article, _data(tmp_path / "b")).quotes}
    assert translated == {"Un": True, "Nous": False}


def test_a_span_counted_back_in_another_language_dates_the_words_low() -> None:
    """The same rule in the languages date_lines.toml reads (`ago_before`, `ago_after`): "Il y a deux ans",
    "Hace un año", "Vor zwei Jahren", "Due anni fa", "Rok temu"; read only for a story in another language."""
    published = DateInfo(PartialDate(2026, 5, 12), "high", "date line")

    def said(text: str, abroad: bool = True) -> DateInfo | None:
        return dates.span_ago(text, min(text.index(c) for c in "«„\"" if c in text), published, abroad=abroad)

    for text, year in (("Il y a deux ans, la gouverneure a déclaré que le port « ne sera jamais vendu ».", 2024),
                       ("Hace un año, la gobernadora dijo que el puerto « no está en venta ».", 2025),
                       ("Vor zwei Jahren sagte die Gouverneurin: „Der Hafen bleibt.“", 2024),
                       ("Due anni fa la governatrice ha detto: «Il porto resta».", 2024),
                       ("Rok temu gubernator powiedziała: „Port nie jest na sprzedaż”.", 2025)):
        got = said(text)
        assert got is not None and (got.date, got.confidence) == (PartialDate(year), "low"), text
    months = said("Il y a trois mois, elle a déclaré : « Nous verrons. »")
    assert months is not None and months.date == PartialDate(2026, 2)
    assert said("Il y a deux ans, le port a fermé. « Nous espérons », a-t-elle dit.") is None
    assert said("Hace un año, la gobernadora dijo que el puerto « no está en venta ».", abroad=False) is None
