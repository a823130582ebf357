"""Importing pasted texts: the title (and the slug made from it) and the outlet, end to end.

Each text is written for this test in one outlet's pasted shape; none is copied from a real article.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLE

from dateline import cli, headline, importer

TEXTS = {
    "tass.txt": ("KIEV, December 6, 2024. /TASS/. Ukraine's president said on Friday that talks were not on the "
                 "agenda.\n\"We will not sign anything now,\" he said.\n"),
    "ap.txt": ("KYIV, Ukraine, Feb. 9, 2025 (AP) — Ukraine’s foreign minister said Sunday that a prisoner exchange "
               "was close.\n“We are one step away,” the minister said.\n"),
    "reuters.txt": ("Skip to main content\nWorld\nKremlin says no date set for talks\nBy Jane Porter\n"
                    "March 3, 2025 4:10 PM GMT\nMOSCOW, March 3 (Reuters) - The Kremlin said on Monday that no date "
                    "had been set for talks.\n\"There is no date yet,\" the spokesman said.\n"),
    "afp.txt": ("Published on: 20/02/2025 - 18:32\nKyiv (AFP) – The president said on Thursday that Europe had to be "
                "at the table.\n\"Nothing about us without us,\" he said.\n"),
    "ukrinform.txt": (" date 2025-01-10 The defence minister said the brigade had been re-equipped, Ukrinform "
                      "reports.\n\"The brigade is ready,\" the minister said.\n"),
    "caption.txt": (" date 2025-01-10 The minister at a briefing in the capital. Photo: Press Service\n"
                    "The minister said on Friday that the new air defence systems had arrived.\n"
                    "\"They are already working,\" she said.\n"),
    "numeric.txt": ("05.12.2025 14:32\nPremier: the budget will pass this year\nThe prime minister said on Friday that "
                    "the budget had enough votes.\n\"We will pass it,\" she said.\n"),
}


def _project(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE / "content" / "_data", content / "_data")
    (content / "articles").mkdir()
    return content / "articles"


def _import(tmp_path: Path, name: str, **opts: object) -> tuple[importer.ImportResult, str]:
    into = _project(tmp_path)
    src = tmp_path / name
    src.write_text(TEXTS[name], encoding="utf-8")
    options = dataclasses.replace(importer.ImportOptions(into=into, today=date(2026, 11, 23)), **opts)  # type: ignore[arg-type]
    [result] = importer.import_jobs([(src, options)])
    assert result.problem is None, result.problem
    return result, Path(result.target).read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "title", "slug", "outlet"), [
    ("tass.txt", "Ukraine's president said on Friday that talks were not on the agenda",
     "ukraines-president-said-on-friday-that-talks-were-not", "TASS"),
    ("ap.txt", "Ukraine’s foreign minister said Sunday that a prisoner exchange was close",
     "ukraines-foreign-minister-said-sunday-that-a-prisoner", "AP"),
    ("reuters.txt", "Kremlin says no date set for talks", "kremlin-says-no-date-set-for-talks", "Reuters"),
    ("afp.txt", "The president said on Thursday that Europe had to be at the table",
     "the-president-said-on-thursday-that-europe-had-to-be", "AFP"),
    ("ukrinform.txt", "The defence minister said the brigade had been re-equipped, Ukrinform reports",
     "the-defence-minister-said-the-brigade-had-been-re-equipped", "Ukrinform"),
    ("caption.txt", "The minister said on Friday that the new air defence systems had arrived",
     "the-minister-said-on-friday-that-the-new-air-defence-systems", ""),
    ("numeric.txt", "Premier: the budget will pass this year", "premier-the-budget-will-pass-this-year", ""),
])
def test_title_slug_and_outlet(tmp_path: Path, name: str, title: str, slug: str, outlet: str) -> None:
    result, text = _import(tmp_path, name)
    assert result.title == title and Path(result.target).stem == slug
    assert f"\ntitle: {title}\n" in text or f"\ntitle: '{title}'\n" in text
    if outlet:
        assert f"\noutlet: {outlet}\n" in text and "\noutlet_basis: " in text
    else:
        assert "\noutlet:" not in text
    body = text.split("\n---\n", 1)[1]
    assert body.count(title) <= (0 if name in ("reuters.txt", "numeric.txt") else 1), "a headline is not shown twice"


def test_outlet_option_and_manifest_override_the_text(tmp_path: Path) -> None:
    _, text = _import(tmp_path / "a", "tass.txt", outlet="TASS English")
    assert "\noutlet: TASS English\n" in text and "outlet_basis" not in text
    into = _project(tmp_path / "b")
    (tmp_path / "b" / "ap.txt").write_text(TEXTS["ap.txt"], encoding="utf-8")
    manifest = tmp_path / "b" / "imports.yaml"
    manifest.write_text("- file: ap.txt\n  outlet: The Associated Press\n  today: 2026-11-23\n", encoding="utf-8")
    assert cli.main(["import", "--manifest", str(manifest), "--into", str(into)]) == 0
    [article] = into.glob("*.md")
    assert "\noutlet: The Associated Press\n" in article.read_text(encoding="utf-8")


def test_forced_reimport_keeps_the_editors_outlet_and_its_basis(tmp_path: Path) -> None:
    result, text = _import(tmp_path, "ap.txt")
    target = Path(result.target)
    edited = re.sub(r"(?m)^outlet: AP\noutlet_basis: .*$", "outlet: Associated Press\noutlet_basis: checked by the editor",
                    text)
    assert edited != text
    target.write_text(edited, encoding="utf-8")
    (tmp_path / "ap.txt").write_text(TEXTS["ap.txt"] + "More text.\n", encoding="utf-8")
    [again] = importer.import_jobs([(tmp_path / "ap.txt", importer.ImportOptions(
        into=target.parent, today=date(2026, 11, 23), force=True))])
    assert again.problem is None
    new = target.read_text(encoding="utf-8")
    assert "\noutlet: Associated Press\n" in new and "outlet_basis: checked by the editor" in new


def test_forced_reimport_with_an_outlet_given_adds_no_empty_basis(tmp_path: Path) -> None:
    """Usability round 10: `import --force --outlet X` on an article whose front matter the editor had edited wrote
    `outlet_basis: ''` into it; the outlet given has no basis to write, and the import's old one no longer holds."""
    result, text = _import(tmp_path, "tass.txt", outlet="TASS English")
    target = Path(result.target)
    target.write_text(text.replace("\ntitle: ", "\nnote: checked by the desk\ntitle: ", 1), encoding="utf-8")
    [again] = importer.import_jobs([(tmp_path / "tass.txt", importer.ImportOptions(
        into=target.parent, today=date(2026, 11, 23), force=True, outlet="TASS", typed=True))])
    assert again.problem is None
    new = target.read_text(encoding="utf-8")
    assert "\noutlet: TASS\n" in new and "outlet_basis" not in new and "note: checked by the desk" in new
    result, text = _import(tmp_path / "b", "ap.txt")
    assert "\noutlet_basis: " in text
    [again] = importer.import_jobs([(tmp_path / "b" / "ap.txt", importer.ImportOptions(
        into=Path(result.target).parent, today=date(2026, 11, 23), force=True, outlet="Associated Press", typed=True))])
    new = Path(result.target).read_text(encoding="utf-8")
    assert "\noutlet: Associated Press\n" in new and "outlet_basis" not in new


def test_report_line_names_title_outlet_and_basis(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    into = _project(tmp_path)
    src = tmp_path / "reuters.txt"
    src.write_text(TEXTS["reuters.txt"], encoding="utf-8")
    assert cli.main(["import", str(src), "--into", str(into), "--today", "2026-11-23", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "title: Kremlin says no date set for talks" in out
    assert "outlet: Reuters [wire marker ‘(Reuters)’" in out and "dry run" in out
    assert not list(into.glob("*.md"))


UX25 = Path(__file__).parent / "data" / "import_ux25"


@pytest.mark.parametrize(("name", "outlet", "title"), [
    ("masthead-alone.txt", "Folha", "Senate committee delays vote on port concessions"),  # the paper's name, a section
    ("section-word.txt", "", "Chile e Peru fecham acordo sobre corredor portuário"),  # "Mundo"
    ("section-bar.txt", "", "The harbour cannot wait for the next budget"),  # "Opinion | …": the section leaves
    ("press-release.txt", "", "Cargo through the northern channel rises for a third year, ministry says"),
    ("committee-caps.txt", "", "Public hearing on the port concessions bill"),  # a record's header in capitals
    ("name-and-section.txt", "Diário do Porto", "Minister and union clash over channel figures"),
    ("folha-house-style-en.txt", "Folha de S.Paulo", "Treasury signals it may accept port tax with exemptions"),
])
def test_masthead_and_section_lines_are_never_the_title(tmp_path: Path, name: str, outlet: str, title: str) -> None:
    """A careful reader takes the headline, not the paper's name, its section or the publisher's
    heading above it; and where the outlet is known, says nothing more about it."""
    into = _project(tmp_path)
    options = importer.ImportOptions(into=into, today=date(2026, 11, 23), outlet=outlet, given_date="2024-06-05",
                                     date_basis="the test's")
    [result] = importer.import_jobs([(UX25 / name, options)])
    assert result.problem is None, result.problem
    assert result.title == title
    assert result.warnings == []


def test_a_masthead_told_by_its_shape_alone_is_said_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                                  ) -> None:
    """'Diário do Porto — Economy' with no outlet given is a masthead only by its shape (a title-case
    headline with a dash has it too): the title is the headline below, and the import says so at the
    masthead's line, with how to settle."""
    into = _project(tmp_path)
    assert cli.main(["import", str(UX25 / "name-and-section.txt"), "--into", str(into), "--today", "2026-11-23"]) == 0
    out, err = capsys.readouterr()
    assert "title: Minister and union clash over channel figures" in out
    [warning] = [line for line in err.splitlines() if "name-and-section.txt" in line]
    assert warning.startswith(f"{UX25 / 'name-and-section.txt'}:1: warning: title: ‘Diário do Porto — Economy’")
    assert "‘Minister and union clash over channel figures’" in warning and "--title" in warning


def test_a_pasted_texts_byline_is_its_author_and_leaves_the_body(tmp_path: Path) -> None:
    """ux33 P10: the author of a saved page was reported, a pasted text's "By …" line stayed in its body."""
    TEXTS["byline.txt"] = ("Nordic Herald\nPOLITICS\nFerry line to stay through the winter\nPar Jeanne Martin\n"
                           "March 3, 2025\nThe mayor said on Monday that the ferry would run all winter.\n"
                           "\"The crews are hired,\" she said.\n")
    result, text = _import(tmp_path, "byline.txt", outlet="Nordic Herald")
    assert result.author == "Jeanne Martin" and "author: Jeanne Martin" in result.summary()
    body = text.split("\n---\n", 1)[1]
    assert "Par Jeanne Martin" not in body and "POLITICS" not in body and "Nordic Herald" not in body
    assert result.title == "Ferry line to stay through the winter" and result.date is not None


_ENGLISH_WIRE = ("OSLO, March 3 (Reuters) - The harbour authority said on Monday that it would raise the fee for "
                 "cruise ships from next year, after a summer in which the town's streets were full. \"We have to "
                 "protect the people who live here, and the ships will still come,\" the authority's chair said. "
                 "The cruise lines said they were not consulted and that they would take the matter to the "
                 "ministry if the fee was not changed.\n")
_PORTUGUESE = ("A Câmara do Porto Novo aprovou ontem uma taxa para os navios de cruzeiro, que passa a ser cobrada "
               "no próximo ano. \"Não é contra os turistas, é para quem vive aqui\", disse a presidente da Câmara, "
               "que defendeu a medida com os números do verão. As companhias dizem que não foram ouvidas e que "
               "vão recorrer se a taxa não for alterada até ao fim do mês. Para os comerciantes, a medida é boa.\n")


@pytest.mark.parametrize(("text", "site", "lang"), [(_ENGLISH_WIRE, "de", "en"), (_PORTUGUESE, "en", "pt"),
                                                    (_ENGLISH_WIRE, "en", ""), (_PORTUGUESE, "pt-BR", ""),
                                                    ("\"We stay,\" the mayor said on Monday.\n", "de", "")])
def test_a_pasted_text_in_another_language_than_the_sites_is_given_its_lang(tmp_path: Path, text: str, site: str,
                                                                            lang: str) -> None:
    """ux33 P14: English wire copy pasted into a Spanish site was marked lang="es" with its quotes, since only a
    saved page's <html lang> was written. The import counts each language's function words (the lists
    dateline keeps) and proposes `lang:` when the text is in another language; a short text says nothing."""
    TEXTS["lang.txt"] = text
    result, written = _import(tmp_path, "lang.txt", given_date="2025-03-03", site_language=site)
    head = written.split("\n---\n", 1)[0]
    if lang:
        assert f"\nlang: {lang}\n" in head and result.lang.startswith(f"{lang} [")
        assert f"lang: {lang} [" in result.summary()
    else:
        assert "\nlang:" not in head and not result.lang


def test_language_of_counts_each_function_word_once_so_a_shared_one_decides_nothing() -> None:
    """Spanish says "la" and "que" (French words too) again and again; only it says "el", "los", "para"."""
    from dateline.lexicon import language_of
    spanish = ("La junta de la cooperativa votó la propuesta y la aprobó, aunque la minoría pidió que la votación "
               "se repita. El presidente de la cooperativa dijo que los socios tienen la última palabra y que "
               "la decisión es para todos. La asamblea se reunirá otra vez en la sede de la calle mayor.")
    assert language_of(spanish)[0] == "es"
    assert language_of("La junta votó.") == ("", "")


def test_a_pasted_swahili_story_gives_its_date_author_and_lang(tmp_path: Path) -> None:
    """ux36 P2, P27: a Taifa Leo-style pasted story ("TAIFA …", "HABARI ZA KAUNTI", "Na JUMA HASSAN",
    "Jumatano, Julai 16, 2025") asked for --date, kept its byline and section lines in the body and got no
    `lang:`. Its month-first Swahili date line is the publication date, the byline ("Na", Swahili "by") is the
    author and leaves the body with the section line, and its function words make it `lang: sw`."""
    TEXTS["taifa.txt"] = (
        "PWANI LEO\nHABARI ZA KAUNTI\n\nBandari yaahidi kupunguza msongamano wa malori kabla ya Desemba\n\n"
        "Na JUMA HASSAN\n\nJumatano, Julai 16, 2025\n\n"
        "MKURUGENZI wa Mamlaka ya Bandari ya Pwani Bi Halima Mwanzia ameahidi kuwa msongamano wa malori "
        "utapungua kufikia Desemba, baada ya mashine mpya kuwasili.\n\n"
        "Akizungumza na wanahabari jana, Bi Mwanzia alisema kazi ya upanuzi wa gati itakamilika mwaka ujao.\n\n"
        "\"Tumeongeza mashine mpya tatu za kupakua makontena,\" alisema Bi Mwanzia.\n\n"
        "Hata hivyo, madereva wa malori walisema kuwa ahadi hizo si mpya na kwamba wamesubiri kwa miaka mitano.\n")
    result, text = _import(tmp_path, "taifa.txt", outlet="Pwani Leo")
    head, body = text.split("\n---\n", 1)
    assert result.title == "Bandari yaahidi kupunguza msongamano wa malori kabla ya Desemba"
    assert result.date is not None and result.date.date.iso() == "2025-07-16" and result.date.confidence == "high"
    assert result.author == "JUMA HASSAN" and "Na JUMA HASSAN" not in body and "HABARI ZA KAUNTI" not in body
    assert "\nlang: sw\n" in head
    assert "statement_date: '2025-07-15'" in head  # 'Akizungumza … jana, Bi Mwanzia alisema': the day before


@pytest.mark.parametrize(("top", "title"), [
    # a paper's name on its own line, its section's below, then the headline (pasted from a paper's site)
    (["The Harbour Ledger", "Politics", "Council shelves ferry fare rise after protest", "By Jane Doe"],
     "Council shelves ferry fare rise after protest"),
    (["Coast Mirror Weekly", "NEWS", "Report: island families worse off after the move"],
     "Report: island families worse off after the move"),
    # a ministry's letterhead and page label right above a headline in capitals with a colon: the label
    # is never the title, and a headline in capitals is no transcript turn
    (["MINISTRY OF FISHERIES AND PORTS", "PRESS RELEASE", "HARBOUR DREDGING: STATE TO TAKE OVER THE WORKS"],
     "HARBOUR DREDGING: STATE TO TAKE OVER THE WORKS"),
])
def test_the_masthead_and_page_label_above_a_headline_are_no_title(top: list[str], title: str) -> None:
    """A usability round (a Kenyan newsroom): "The Nairobi Ledger" / "Politics" above the headline gave
    the paper's name as the title, without a word; "PRESS RELEASE" above a headline in capitals was
    taken as a two-word headline (README: a page label is never the title)."""
    lead = "The ministry said on Tuesday that dredging of the northern channel would resume in March."
    got, body = headline.choose_title([*top, lead])
    assert got == title
    assert title not in body and lead in body
    assert headline.title_doubt([*top, lead]) is None or "PRESS RELEASE" not in str(headline.title_doubt([*top, lead]))


def test_a_line_in_capitals_after_a_label_is_a_headline_not_a_turn() -> None:
    assert headline.is_turn("HOST: Welcome back to the programme.")
    assert headline.is_turn("DOE: No.")
    assert not headline.is_turn("HARBOUR DREDGING: STATE TO TAKE OVER THE WORKS")


@pytest.mark.parametrize(("line", "author"), [
    ("By Jane Doe", "Jane Doe"), ("By The Associated Press", "The Associated Press"),
    ("BY H.E. THE GOVERNOR", ""), ("By the Minister of Finance", ""), ("By the Deputy Speaker", "")])
def test_an_office_after_by_is_no_byline(line: str, author: str) -> None:
    """A record's agenda item "STATE OF THE COUNTY ADDRESS / BY H.E. THE GOVERNOR" names who delivers
    it, not the story's writer: the usability round's article had `author: H.E. THE GOVERNOR`."""
    body, got = headline.pasted_top(["ANNUAL ADDRESS", line, "The House met at 2.30 p.m. and the address began."])
    assert got.rstrip(".") == author
    assert (line in body) == (not author)
