"""A Spanish-language desk's files import dated and titled (blind usability round 9, a fact-checker working in Spanish;
every text here is invented in other settings: a Peruvian radio, a Chilean council, an Argentine wire, a Mexican
community paper). The round's own findings: "Emisión:"/"Transmitido:"/"Fecha:" lines stopped their imports and became
titles; a community paper's "Noviembre de 2024" the same; a wire's "(Colprensa)." dateline was the title; a year-less
EFE dateline took the year in which its lead's weekday was the dateline's day, a year early; "a partir del 1 de julio"
dated the words; "el pasado martes" in a Tuesday's paper was that same day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline import importer
from dateline.dates import article_statement_date
from dateline.model import PartialDate


def _imported(tmp_path: Path, text: str, today: date = date(2026, 12, 7)) -> importer.ImportResult:
    src = tmp_path / "pasted.txt"
    src.write_text(text, encoding="utf-8")
    into = tmp_path / "content" / "articles"
    into.mkdir(parents=True)
    (tmp_path / "content" / "_data").mkdir()
    [result] = importer.import_jobs([(src, importer.ImportOptions(into=into, today=today))])
    assert result.problem is None, result.problem
    return result


@pytest.mark.parametrize(("line", "expected"), [
    ("Emisión: 14 de marzo de 2025", "2025-03-14"),
    ("Transmitido: viernes 14 de marzo de 2025", "2025-03-14"),
    ("Fecha: viernes 14 de marzo de 2025", "2025-03-14"),  # a council's acta
])
def test_a_spanish_transcripts_or_actas_date_label_dates_it_and_is_no_title(tmp_path: Path, line: str,
                                                                              expected: str) -> None:
    result = _imported(tmp_path, f"Radio Andina 104.5 — \"Primera hora\"\n{line}\nEntrevista al ministro\n\n"
                                 "Periodista: Ministro, ¿habrá peaje en la vía?\n"
                                 "Ministro: No este año. La concesión se revisará en junio.\n")
    assert result.date is not None and result.date.date.iso() == expected
    assert line.split(":")[0] not in result.title and "2025" not in result.title


def test_a_month_of_issue_alone_is_no_title_and_the_import_asks_naming_it(tmp_path: Path) -> None:
    """A community paper's "Marzo de 2025" under its name: a month alone heads anything (a round's decision), so it
    dates nothing by itself; the import asks, with the --date that month would be."""
    src = tmp_path / "pasted.txt"
    src.write_text("EL VECINO — Periódico barrial de Villa Crespo\nMarzo de 2025\n\n«Nos dejaron sin plaza»\n\n"
                   "Los vecinos de la calle Loyola reclamaron por la obra.\n", encoding="utf-8")
    into = tmp_path / "content" / "articles"
    into.mkdir(parents=True)
    [result] = importer.import_jobs([(src, importer.ImportOptions(into=into, today=date(2026, 12, 7)))])
    assert result.problem is not None and "--date 2025-03 --date-basis 'the issue of Marzo de 2025'" in \
        result.problem.message
    [titled] = importer.import_jobs([(src, importer.ImportOptions(into=into, today=date(2026, 12, 7),
                                                                  given_date="2025-03"))])
    assert "Marzo" not in titled.title and titled.date is not None and titled.date.date.iso() == "2025-03"


def test_a_wires_dateline_with_its_agency_in_brackets_is_no_title(tmp_path: Path) -> None:
    result = _imported(tmp_path, "Lima, 3 de marzo de 2025 (Andina). El ministro de Economía, Raúl Quispe, presentó "
                                 "este lunes el presupuesto de obras viales.\n\n“Cada sol está contado”, dijo Quispe.\n")
    assert result.title.startswith("El ministro de Economía, Raúl Quispe, presentó")
    assert result.date is not None and result.date.date.iso() == "2025-03-03"


def test_a_yearless_wire_dateline_whose_lead_names_the_day_before_takes_this_year(tmp_path: Path) -> None:
    """"ROSARIO, 3 mar (EFE).- … anunció este lunes": saved on Tuesday 3 March 2026, the Monday is the day before;
    3 March 2025 was itself a Monday, a year earlier, and is not taken for it."""
    result = _imported(tmp_path, "ROSARIO, 3 mar (EFE).- El intendente de Rosario, Pablo Sosa, anunció este lunes la "
                                 "suspensión del tranvía.\n\n\"No vamos a endeudar a la ciudad\", dijo Sosa.\n",
                       today=date(2026, 3, 3))
    assert result.date is not None and (result.date.date.iso(), result.date.confidence) == ("2026-03-03", "low")


@pytest.mark.parametrize("sentence", [
    "La secretaria explicó que el subsidio se aplicará a partir del 1 de julio.",
    "La ministre a précisé que la taxe s'appliquera à partir du 1er juillet.",
    "The minister said the levy applies starting July 1.",
])
def test_a_day_something_starts_from_is_not_when_the_words_were_said(sentence: str) -> None:
    lead = [sentence, "“Nadie pagará más”, dijo la alcaldesa."]
    info = article_statement_date(lead, PartialDate(2024, 6, 4), today=date(2026, 12, 7))
    assert info is None or info.date.iso() != "2023-07-01", info


def test_el_pasado_martes_in_a_tuesdays_paper_is_the_week_before() -> None:
    lead = ["La gobernadora Julia Ibarra defendió el pasado martes, durante la rendición de cuentas en la plaza central, "
            "el segundo incremento del boleto.", "“Es lo que toca”, dijo Ibarra ante unas 300 personas."]
    info = article_statement_date(lead, PartialDate(2026, 6, 2), today=date(2026, 12, 7))  # a Tuesday
    assert info is not None and info.date.iso() == "2026-05-26"
    lead[0] = lead[0].replace("el pasado martes", "el martes")
    info = article_statement_date(lead, PartialDate(2026, 6, 2), today=date(2026, 12, 7))
    assert info is not None and info.date.iso() == "2026-06-02", "with no 'pasado' it is the day itself"
