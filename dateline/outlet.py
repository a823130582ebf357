"""Which outlet published an article, read from its text: wire markers and "X reports".

A pasted wire story names its agency in the dateline ("LIMA, December 6. /EFE/.",
"NAIROBI, Kenya (AP) —", "OSLO, Feb 9 (Reuters) -", "PARIS (AFP) -") and a rewrite
often closes its lead with "…, the agency Andina reports."  Those markers are the outlet
unless the editor says otherwise (``--outlet``, the manifest, front matter, a web
page's own site name all come first).  Only the opening paragraphs are read: later
"… the Financial Times reported" cites another outlet, it does not name this one.
Pure: paragraphs in, an `OutletGuess` (name and the line that shows it) out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from dateline.lexicon import lexicon

_LEX: Final = lexicon()
# How agencies are written in datelines (upper-cased) → the name to record, from the lexicon.
AGENCY_NAMES: Final = {**{name.upper(): name for name in _LEX.news_agencies}, **_LEX.agency_aliases}
_LEAD_PARAGRAPHS: Final = 3
_DATELINE_AGENCY: Final = re.compile(
    r"^[A-Z][A-Z'’.-]+(?:[\s/][A-Z][A-Z'’.-]+){0,3}"  # LIMA, THE HAGUE, OSLO/STOCKHOLM
    r"(?:,\s*[\w'’-]+\.?(?:\s[\w'’-]+\.?){0,3})*"  # , Kenya, Feb. 9, 2025
    r"\s*(?:/(?P<slash>[A-Z][\w-]{1,24})/|\((?P<paren>[A-Za-z][\w.&' -]{0,30}?)\))")
# A listed agency after any place, upper- or title-case ("Dakar (AFP) –", "Geneva, March 3 (Reuters) -").
KNOWN_MARKER: Final = re.compile(
    r"^[A-Z][\w'’.-]+(?:[\s/][A-Z][\w'’.-]+){0,3}(?:,\s*[\w'’-]+\.?(?:\s[\w'’-]+\.?){0,5})*\s*"
    r"(?:/(?P<slash>" + "|".join(re.escape(k) for k in sorted(AGENCY_NAMES, key=len, reverse=True)) + r")/"
    r"|\((?P<paren>" + "|".join(re.escape(k) for k in sorted(AGENCY_NAMES, key=len, reverse=True)) + r")\))",
    re.IGNORECASE)
_BARE_MARKER: Final = re.compile(r"^\s*\((?P<paren>[A-Za-z][\w.&' -]{0,30}?)\)\s*[—–-]")
# "…, Andina reports." / "El Comercio reports, citing …" / "as Interfax reported".
_REPORTS: Final = re.compile(
    r"(?:^|[,;—–(]\s*|\bas\s+)(?P<name>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|de|la)){0,3})"
    r"\s+(?:reports|reported)(?=\s*(?:[.,;:)]|$|\s+citing\b|\s+on\s+(?:its|their)\b))")
_NOT_OUTLETS: Final = _LEX.not_outlets


@dataclass(frozen=True)
class OutletGuess:
    name: str
    basis: str


def outlet_from_text(paragraphs: Sequence[str]) -> OutletGuess | None:
    """The outlet the opening paragraphs name: a wire marker first, then "X reports"."""
    lead = [p.strip() for p in paragraphs[:_LEAD_PARAGRAPHS + 3] if p.strip()]
    for p in lead[:_LEAD_PARAGRAPHS + 3]:  # a headline, byline or date line may come before the dateline
        m = _DATELINE_AGENCY.match(p) or KNOWN_MARKER.match(p) or _BARE_MARKER.match(p)
        if m is None:
            continue
        raw = (m.groupdict().get("slash") or m.group("paren") or "").strip()
        name = _agency(raw)
        if name:
            marker = f"/{raw}/" if m.groupdict().get("slash") else f"({raw})"
            return OutletGuess(name, f"wire marker ‘{marker}’ in the dateline ‘{_snippet(p, m.end())}’")
    for p in lead[:_LEAD_PARAGRAPHS]:
        for m in _REPORTS.finditer(p):
            name = re.sub(r"^the\s+", "", m.group("name")).strip()
            if name.casefold() in _NOT_OUTLETS or m.group("name").casefold() in _NOT_OUTLETS:
                continue
            name = AGENCY_NAMES.get(name.upper(), name)
            return OutletGuess(name, f"‘{_snippet(p[m.start('name'):], m.end() - m.start('name'))}’ in the lead")
    return None


def _agency(raw: str) -> str:
    """The outlet a dateline marker names; "" for what is not an agency (a region, "(UPDATE 2)")."""
    if raw.upper() in AGENCY_NAMES:
        return AGENCY_NAMES[raw.upper()]
    words = raw.split()
    if not words or len(words) > 3 or any(ch.isdigit() for ch in raw):
        return ""
    if raw.isupper() and 2 <= len(raw) <= 12:  # an agency acronym we do not list: keep as written
        return raw
    if all(w[0].isupper() for w in words) and raw.casefold() not in _NOT_OUTLETS:
        return raw
    return ""


def _snippet(text: str, end: int) -> str:
    return text[:end].strip() if end <= 80 else text[:77].rstrip() + "…"
