"""Date rules found by blind round 51 (Spain in Spanish), on invented text of other places and papers: the held-out
figures are in tests/test_import_holdout.py.

An agency's dateline that gives the day alone ("OVIEDO, 3 (EUROPA PRESS)"), its month and year from the lead's
weekday; a clock with its "h" glued to it ("08:15h"); a place's name before a numeric date line; "Última
actualización:"; a Diario de Sesiones' "celebrada el martes, 3 de noviembre de 2026" under its session's number.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import NumericOrder
from dateline.dates import publication_date

TODAY = date(2026, 12, 7)
DAY_FIRST = NumericOrder(True, 'language = "es-ES"')
LEAD = "\n\nEl consejero ha asegurado este jueves que el puerto no cierra.\n"


@pytest.mark.parametrize(("dateline", "lead", "expected", "confidence"), [
    # the day and the lead's weekday: the latest 3rd not after today that is a Thursday (December 3)
    ("OVIEDO, 3 (EUROPA PRESS)", "El consejero ha asegurado este jueves que el puerto no cierra.", "2026-12-03",
     "medium"),
    # a day after today's is last month's: 30 November 2026 was a Monday
    ("SEVILLA, 30 (EUROPA PRESS)", "La alcaldesa ha anunciado este lunes el nuevo plan.", "2026-11-30", "medium"),
    # no weekday in the lead: the latest such day, low
    ("VIGO, 5 (EUROPA PRESS)", "El alcalde ha pedido una reunión a la Xunta.", "2026-12-05", "low"),
])
def test_agency_dateline_with_the_day_alone(dateline: str, lead: str, expected: str, confidence: str) -> None:
    found = publication_date(f"{dateline}\n\n{lead}\n", today=TODAY)
    assert found.info is not None and found.info.date.iso() == expected and found.info.confidence == confidence


def test_a_day_with_no_agency_is_no_such_dateline() -> None:
    # (negative) a place and a bare number with no agency in brackets: a list's line, not a dateline
    found = publication_date("OVIEDO, 3 (ver mapa)\n\nEl consejero ha asegurado este jueves que no.\n", today=TODAY)
    assert found.info is None


@pytest.mark.parametrize(("line", "expected"), [
    ("03/12/2026 09:40h", "2026-12-03"),  # a clock with its h glued
    ("Almería 13/11/2026 - 07:30 h CET", "2026-11-13"),  # the place the page was filed at, before its date
    ("Última actualización: 04/12/2026 - 18:05", "2026-12-04"),
])
def test_spanish_numeric_date_lines(line: str, expected: str) -> None:
    found = publication_date(f"Un titular de prueba sobre el puerto\n\n{line}{LEAD}", today=TODAY, order=DAY_FIRST)
    assert found.info is not None and found.info.date.iso() == expected


def test_a_record_head_in_capitals_is_no_place() -> None:
    # (negative) a record's head in capitals before its date is the occasion, not a place the page was filed at
    found = publication_date(f"Un titular de prueba\n\nAUDIENCIA DEL 03/12/2026\n{LEAD}", today=TODAY, order=DAY_FIRST)
    assert found.info is None


def test_diario_de_sesiones_session_line() -> None:
    text = ("DIARIO DE SESIONES DEL PARLAMENTO DE CANARIAS\nX LEGISLATURA Núm. 77\n"
            "PRESIDENCIA DEL EXCMO. SR. D. ERNESTO GALVÁN RUIZ\nSesión plenaria núm. 41\n"
            "celebrada el martes, 3 de noviembre de 2026\n\n"
            "El señor PRESIDENTE: Se abre la sesión.\n")
    found = publication_date(text, today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2026-11-03"
