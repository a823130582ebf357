"""The outlet read from a pasted article's text: wire markers in datelines and "X reports".

Texts written for these tests in the agencies' house styles; none copied from a real article.
"""

from __future__ import annotations

import pytest

from dateline.outlet import outlet_from_text


@pytest.mark.parametrize(("paras", "name", "marker"), [
    (["KIEV, December 6. /TASS/. The president said on Friday that talks had failed."], "TASS", "/TASS/"),
    (["MOSCOW, March 3. /ITAR-TASS/. No date has been set, the spokesman said."], "TASS", "/ITAR-TASS/"),
    (["KYIV, Ukraine (AP) — Ukraine’s president said Sunday that land was not for sale."], "AP", "(AP)"),
    (["THE HAGUE, Netherlands (AP) — Allies agreed a new spending target on Tuesday."], "AP", "(AP)"),
    (["MOSCOW, Feb 9 (Reuters) - The Kremlin said talks were possible."], "Reuters", "(Reuters)"),
    (["KYIV, Ukraine, Feb. 9, 2025 (AP) — Officials said the grid was damaged."], "AP", "(AP)"),
    (["PARIS (AFP) - France's foreign minister said Europe must spend more."], "AFP", "(AFP)"),
    (["BERLIN (dpa) - The chancellor said on Monday the coalition would hold."], "DPA", "(dpa)"),
    (["Talks resume in Geneva", "By Jane Porter", "GENEVA (Reuters) - Negotiators met on Friday."],
     "Reuters", "(Reuters)"),
    (["(Reuters) - The central bank left rates unchanged on Thursday."], "Reuters", "(Reuters)"),
    (["MOSCOW/KYIV, March 18 (Reuters) - The two presidents spoke by phone."], "Reuters", "(Reuters)"),
    (["Kyiv (AFP) – The president said on Friday that talks must include Europe."], "AFP", "(AFP)"),
    (["Geneva, March 3 (Reuters) - Negotiators met again on Monday."], "Reuters", "(Reuters)"),
])
def test_wire_markers(paras: list[str], name: str, marker: str) -> None:
    guess = outlet_from_text(paras)
    assert guess is not None and guess.name == name
    assert marker in guess.basis and "dateline" in guess.basis


@pytest.mark.parametrize(("paras", "name"), [
    (["The president said in his evening address that the front was holding, Ukrinform reports."], "Ukrinform"),
    (["The minister said the talks would continue, Ukrainska Pravda reports, citing a source."], "Ukrainska Pravda"),
    (["Air defence was active over the capital overnight, as Interfax reported."], "Interfax"),
])
def test_x_reports_in_the_lead(paras: list[str], name: str) -> None:
    guess = outlet_from_text(paras)
    assert guess is not None and guess.name == name
    assert "reports" in guess.basis or "reported" in guess.basis


@pytest.mark.parametrize("paras", [
    ["The president said on Friday that talks were possible.", "Other reports suggested a delay."],
    ["The talks failed, local media reports.", "Nothing else."],
    ["First paragraph.", "Second paragraph.", "Third paragraph.", "Later on, The Financial Times reported."],
    ["WASHINGTON — The president said on Wednesday that the alliance was strong."],
    ["NATO (the alliance) said on Monday that its plans were unchanged."],
    ["KYIV (UPDATE 2) - Officials said the grid was damaged."],
    [],
])
def test_no_outlet_is_made_up(paras: list[str]) -> None:
    assert outlet_from_text(paras) is None
