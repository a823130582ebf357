"""The importer on the real seeds and on hostile files."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLE, crash_extractor_on

from dateline import cli, importer, names
from dateline.errors import Problem
from dateline.model import slugify

SEEDS = EXAMPLE / "content" / "_sources"
MANIFEST = EXAMPLE / "content" / "_data" / "imports.yaml"


def _project(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE / "content" / "_data", content / "_data")
    (content / "articles").mkdir()
    return content / "articles"


def _import(jobs: list[tuple[Path, importer.ImportOptions]], into: Path) -> list[importer.ImportResult]:
    return list(importer.import_jobs([(f, dataclasses.replace(o, into=into)) for f, o in jobs]))


def test_importing_the_seeds_reproduces_the_committed_articles(tmp_path: Path) -> None:
    into = _project(tmp_path)
    results = _import(importer.read_manifest(MANIFEST), into)
    assert [r.problem for r in results] == [None] * 4
    committed = sorted((EXAMPLE / "content" / "articles").glob("*.md"))
    made = sorted(into.glob("*.md"))
    assert [p.name for p in made] == [p.name for p in committed]
    for a, b in zip(made, committed, strict=True):
        assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8"), b.name


def test_seed_dates_and_their_basis(tmp_path: Path) -> None:
    into = _project(tmp_path)
    by_name = {r.source.rsplit("/", 1)[-1][:3]: r for r in _import(importer.read_manifest(MANIFEST), into)}
    assert by_name["000"].statement_date is not None
    assert by_name["000"].statement_date.date.iso() == "2022-07-07"
    assert "Thursday" in by_name["000"].statement_date.basis
    assert by_name["003"].date is not None and by_name["003"].date.date.iso() == "2022-04-17"
    assert by_name["003"].statement_date is not None and by_name["003"].statement_date.date.iso() == "2022-04-15"
    assert by_name["001"].date is not None and by_name["001"].date.date.iso() == "2025-02-09"
    assert by_name["002"].date is not None and "--date" in by_name["002"].date.basis
    text = (into / Path(by_name["001"].target).name).read_text(encoding="utf-8")
    assert " date 2025-02-09" not in text, "the date prefix is removed from the body"
    assert "Quote: \"If I had the understanding" in text, "labels are kept as text"


def test_year_less_date_without_publication_date_asks_for_date(tmp_path: Path) -> None:
    into = _project(tmp_path)
    opts = importer.ImportOptions(into=into, today=date(2026, 11, 23))
    [result] = importer.import_jobs([(SEEDS / "002_3ac9d606939cdbae.txt", opts)])
    assert result.problem is not None
    assert "On October 28" in result.problem.message and "--date" in result.problem.message
    assert result.problem.line == 1
    assert not list(into.glob("*.md"))


def test_never_overwrites_without_force_and_keeps_corrections(tmp_path: Path) -> None:
    into = _project(tmp_path)
    raw = tmp_path / "raw.txt"
    raw.write_text(" date 2024-03-01 Zelensky said on Friday that talks were possible.\n"
                   "\"We are ready to talk,\" Zelensky said.\n", encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 1, 1))
    [first] = importer.import_jobs([(raw, opts)])
    assert first.problem is None and first.quotes == 1
    target = Path(first.target)
    edited = target.read_text(encoding="utf-8").replace(
        "---\n\n", "quotes:\n- text: We are ready to talk,\n  speaker: zelensky\n---\n\n", 1)
    target.write_text(edited, encoding="utf-8")
    [again] = importer.import_jobs([(raw, opts)])
    assert again.skipped.startswith("already imported"), "same content hash is skipped"
    raw.write_text(raw.read_text(encoding="utf-8") + "He added nothing.\n", encoding="utf-8")
    [blocked] = importer.import_jobs([(raw, opts)])
    assert blocked.problem is not None and "--force" in blocked.problem.message
    assert target.read_text(encoding="utf-8") == edited
    [forced] = importer.import_jobs([(raw, dataclasses.replace(opts, force=True))])
    assert forced.problem is None
    text = target.read_text(encoding="utf-8")
    assert "speaker: zelensky" in text and "He added nothing." in text


def test_bad_files_are_reported_and_the_others_still_import(tmp_path: Path) -> None:
    into = _project(tmp_path)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-empty.txt").write_text("", encoding="utf-8")
    (src / "b-binary.txt").write_bytes(b"\x00\x01\x02")
    (src / "c-latin1.txt").write_bytes(" date 2024-01-01 Caf\xe9 \"nous\" said.\n".encode("latin-1"))
    (src / "d-good.txt").write_text(" date 2024-01-01 \"We hold,\" Zelensky said.\n", encoding="utf-8")
    (src / "e-page.html").write_text(
        "<html><head><title>T</title><script>x()</script></head><body><article><h1>Talks resume</h1>"
        "<p>KYIV, Ukraine, Feb. 9, 2025 (AP) — \"We are ready,\" Zelensky said.</p></article></body></html>",
        encoding="utf-8")
    results = list(importer.import_jobs([(f, importer.ImportOptions(into=into, today=date(2026, 1, 1)))
                                         for f in importer.expand([src])]))
    problems = {r.source.rsplit("/", 1)[-1]: r.problem for r in results}
    assert problems["a-empty.txt"] is not None and "empty" in problems["a-empty.txt"].message
    assert problems["b-binary.txt"] is not None and "binary" in problems["b-binary.txt"].message
    assert problems["c-latin1.txt"] is not None and "UTF-8" in problems["c-latin1.txt"].message
    assert problems["d-good.txt"] is None and problems["e-page.html"] is None
    html_article = next(r for r in results if r.source.endswith("e-page.html"))
    assert html_article.date is not None and html_article.date.date.iso() == "2025-02-09"
    text = Path(html_article.target).read_text(encoding="utf-8")
    assert "title: Talks resume" in text and "x()" not in text


def test_cli_dry_run_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    into = _project(tmp_path)
    raw = tmp_path / "raw.txt"
    raw.write_text(" date 2024-03-01 \"We are ready to talk,\" Zelensky said.\n", encoding="utf-8")
    assert cli.main(["import", str(raw), "--into", str(into), "--dry-run", "--today", "2026-01-01"]) == 0
    assert "date: '2024-03-01'" in capsys.readouterr().out
    assert not list(into.glob("*.md"))


def test_same_opening_from_different_files_gets_a_numbered_name(tmp_path: Path) -> None:
    into = _project(tmp_path)
    opening = " date 2024-03-01 Zelensky said on Friday that talks were possible."
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(opening + "\n\"We are ready,\" he said.\n", encoding="utf-8")
    b.write_text(opening + "\n\"We are not ready,\" he said.\n", encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 1, 1))
    first, second = importer.import_jobs([(a, opts), (b, opts)])
    assert first.problem is None and second.problem is None
    assert Path(second.target).name == Path(first.target).stem + "-2.md"
    a.write_text(opening + "\n\"We are ready at last,\" he said.\n", encoding="utf-8")
    [again] = importer.import_jobs([(a, opts)])
    assert again.problem is not None and "--force" in again.problem.message, "same source is not duplicated"


@pytest.mark.parametrize(("headline", "name"), [
    ("Harbour board says it cannot dredge the channel yet as shipping companies wait",
     "harbour-board-says-it-cannot-dredge-the-channel-yet.md"),
    ("Le port confirme que le chenal ne sera pas dragué avant la décision du ministère",
     "le-port-confirme-que-le-chenal-ne-sera-pas-drague-avant.md"),
])
def test_a_long_headline_is_cut_to_a_file_name_that_does_not_end_on_a_leading_word(
        tmp_path: Path, headline: str, name: str) -> None:
    into = _project(tmp_path)
    raw = tmp_path / "story.txt"
    raw.write_text(f"{headline}\nPublished March 4, 2024\n\"We will wait,\" the harbour master said.\n",
                   encoding="utf-8")
    [result] = importer.import_jobs([(raw, importer.ImportOptions(into=into, today=date(2026, 1, 1)))])
    assert result.problem is None and Path(result.target).name == name


def test_letters_without_an_accent_to_drop_are_spelled_out_in_file_names_and_ids(tmp_path: Path) -> None:
    """ux29: "Straße" gave "strae" in an article's file name and address but "strasse" in a new
    speaker's id on the same site."""
    into = _project(tmp_path)
    raw = tmp_path / "story.txt"
    raw.write_text("Große Straßenbahn für Łódź und Ørsted\nPublished March 4, 2024\n"
                   "„Wir warten“, sagte Jürgen Weiß.\n", encoding="utf-8")
    [result] = importer.import_jobs([(raw, importer.ImportOptions(into=into, today=date(2026, 1, 1)))])
    assert result.problem is None and Path(result.target).name == "grosse-strassenbahn-fur-lodz-und-orsted.md"
    assert slugify("Jürgen Weiß") == "jurgen-weiss" == names.slug_name("Jürgen Weiß")


def test_a_saved_page_that_declares_its_charset_is_decoded_as_it_says(tmp_path: Path) -> None:
    """ux29: an older CMS's page saved as `charset=iso-8859-1` was refused as "not valid UTF-8";
    browsers read it as windows-1252 (curly quotes included). A text file still gets the hint."""
    into = _project(tmp_path)
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
            "<title>Große Pläne für den Südhafen</title>"
            "<meta property='article:published_time' content='2024-06-03T10:00:00+02:00'></head><body>"
            "<h1>Große Pläne für den Südhafen</h1>"
            + "<p>Der Hafenmeister Jörg Weiß sagte am Montag: „Wir bauen das Becken 2026 aus.“ Das ist der Plan.</p>" * 4
            + "</body></html>")
    raw = tmp_path / "suedhafen.html"
    raw.write_bytes(page.replace("„", "\u201e").encode("cp1252"))
    [result] = importer.import_jobs([(raw, importer.ImportOptions(into=into, today=date(2026, 1, 1)))])
    assert result.problem is None and result.title == "Große Pläne für den Südhafen"
    assert "„Wir bauen das Becken 2026 aus.“" in Path(result.target).read_text(encoding="utf-8")
    text = tmp_path / "suedhafen.txt"
    text.write_bytes("Große Pläne\nPublished June 3, 2024\nDas ist der Plan.\n".encode("cp1252"))
    [refused] = importer.import_jobs([(text, importer.ImportOptions(into=into, today=date(2026, 1, 1)))])
    assert refused.problem is not None and "not valid UTF-8" in refused.problem.message


def test_a_headline_with_no_latin_letters_takes_the_files_name(tmp_path: Path) -> None:
    into = _project(tmp_path)
    raw = tmp_path / "kanazawa-port-dredging.txt"
    raw.write_text("金沢港の浚渫、来年度に延期\nPublished March 4, 2024\n「待つしかない」と港湾局長は述べた。\n",
                   encoding="utf-8")
    [result] = importer.import_jobs([(raw, importer.ImportOptions(into=into, today=date(2026, 1, 1)))])
    assert result.problem is None and Path(result.target).name == "kanazawa-port-dredging.md"


def test_a_headline_in_another_script_with_a_file_name_of_no_words_is_romanised(tmp_path: Path) -> None:
    """A saved page named by its number ("48213.txt") and a Cyrillic headline: the headline romanised
    is the file's name, not the number, nor the "article" that says nothing."""
    into = _project(tmp_path)
    raw = tmp_path / "48213.txt"
    raw.write_text("Тарифы на электроэнергию вырастут\nPublished March 4, 2024\n«Мы не можем ждать», — сказал он.\n",
                   encoding="utf-8")
    [result] = importer.import_jobs([(raw, importer.ImportOptions(into=into, today=date(2026, 1, 1)))])
    assert result.problem is None and Path(result.target).name == "tarify-na-elektroenergiyu-vyrastut.md"


def test_yearless_dateline_takes_the_year_the_text_names_or_asks(tmp_path: Path) -> None:
    into = _project(tmp_path)
    named = tmp_path / "tass.txt"
    named.write_text("KIEV, December 6. /TASS/. Zelensky said that talks held in 2022 had failed "
                     "and that the plans made in 2023 were set.\n\"We will not sign,\" he said.\n", encoding="utf-8")
    # "on Friday" beside the dateline: 6 December fell on a Friday only in 2024 of 2023..today
    weekday = tmp_path / "tass_friday.txt"
    weekday.write_text(named.read_text(encoding="utf-8").replace("said that", "said on Friday that"),
                       encoding="utf-8")
    bare = tmp_path / "bare.txt"
    bare.write_text("MOSCOW, February 9 (Reuters) - Peskov said talks were possible.\n", encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 11, 23))
    ok, pinned, refused = importer.import_jobs([(named, opts), (weekday, opts), (bare, opts)])
    assert ok.problem is None and ok.date is not None
    assert ok.date.date.iso() == "2023-12-06" and ok.date.confidence == "low" and "2023" in ok.date.basis
    assert pinned.problem is None and pinned.date is not None
    assert pinned.date.date.iso() == "2024-12-06" and pinned.date.confidence == "medium"
    assert "Friday" in pinned.date.basis
    assert refused.problem is not None and "--date" in refused.problem.message


def test_a_year_in_a_relative_clause_does_not_date_a_yearless_dateline(tmp_path: Path) -> None:
    """Round 16 (blind): a noun's background ("which opened in 2014") is not the article's year."""
    into = _project(tmp_path)
    clause = tmp_path / "clause.txt"
    clause.write_text("OSLO, Dec 3 (Reuters) - The refinery, which opened in 2014 and employs 900 people, will "
                      "close, its owner said.\n\"It is a sad day,\" the mayor said.\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(clause.read_text(encoding="utf-8").replace(", which opened in 2014 and employs 900 people,",
                                                                " opened in 2014 and"), encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 11, 23))
    asked, dated = importer.import_jobs([(clause, opts), (plain, opts)])
    assert asked.problem is not None and "--date" in asked.problem.message
    assert dated.problem is None and dated.date is not None and dated.date.date.iso() == "2014-12-03"
    assert dated.date.confidence == "low"


def test_a_year_after_a_participle_in_a_prepositions_phrase_does_not_date_a_yearless_dateline(
        tmp_path: Path) -> None:
    """Round 31: "Under a treaty signed in 1944, …" dated a year-less wire story 1944 (and its basis said
    the dateline's day in this year): when the treaty was signed is not when the story ran."""
    into = _project(tmp_path)
    treaty = tmp_path / "treaty.txt"
    treaty.write_text("SKOPJE, Oct 9 (Reuters) - The province will release water from two reservoirs, its "
                      "governor said.\nUnder a pact signed in 1961, the province must deliver water every "
                      "summer.\n\"We will keep our word,\" the governor said.\n", encoding="utf-8")
    named = tmp_path / "named.txt"
    named.write_text(treaty.read_text(encoding="utf-8").replace("every summer.", "every summer. The pact was "
                                                                "renewed in 2023."), encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 11, 23))
    asked, dated = importer.import_jobs([(treaty, opts), (named, opts)])
    assert asked.problem is not None and "--date" in asked.problem.message
    assert dated.problem is None and dated.date is not None and dated.date.date.iso() == "2023-10-09"
    assert dated.date.confidence == "low" and "→ 2023-10-09" in dated.date.basis


def test_a_year_in_an_aside_does_not_date_a_yearless_dateline(tmp_path: Path) -> None:
    """Round 17 (blind): a year set off by commas after a noun ("The previous strike, in 2021,
    lasted …") is when that thing happened, and so are the years of the rest of its paragraph."""
    into = _project(tmp_path)
    aside = tmp_path / "aside.txt"
    aside.write_text("HELSINKI, Oct 8 (Reuters) - Finnish rail workers stopped work at midnight, the union said.\n"
                     "\"We have waited long enough,\" the union chair said.\n"
                     "The previous rail strike, in 2021, lasted a week. A shorter one closed two depots in 2016.\n",
                     encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(aside.read_text(encoding="utf-8").replace("The previous rail strike, in 2021, lasted a week. "
                                                               "A shorter one closed two depots in 2016.",
                                                               "Their agreement expired in 2021."),
                     encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 11, 23))
    asked, dated = importer.import_jobs([(aside, opts), (plain, opts)])
    assert asked.problem is not None and "--date" in asked.problem.message
    assert dated.problem is None and dated.date is not None and dated.date.date.iso() == "2021-10-08"
    assert dated.date.confidence == "low"


def test_a_year_the_next_sentence_counts_on_from_does_not_date_a_yearless_dateline(tmp_path: Path) -> None:
    """Round 26 (blind): "The subsidy was halved in 2023. Fares have since doubled" tells what came after
    2023, so the article is later than that year: no year for the dateline, the importer asks."""
    into = _project(tmp_path)
    since = tmp_path / "since.txt"
    since.write_text("BERGEN, Mar 4 - Islanders blocked the ferry quay for three hours to demand cheaper fares.\n"
                     "The ferry subsidy was halved in 2023. Fares have since doubled on most routes.\n"
                     "\"We are not asking for charity,\" one islander said.\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(since.read_text(encoding="utf-8").replace(" Fares have since doubled on most routes.", ""),
                     encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 11, 23))
    asked, dated = importer.import_jobs([(since, opts), (plain, opts)])
    assert asked.problem is not None and "--date" in asked.problem.message
    assert dated.problem is None and dated.date is not None and dated.date.date.iso() == "2023-03-04"
    assert dated.date.confidence == "low"


def test_the_readmes_manifest_example_reads(tmp_path: Path) -> None:
    """The manifest format as the README documents it (Start your own site, step 3)."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("# imports.yaml — run: dateline import --manifest imports.yaml\n", 1)[1].split("```", 1)[0]
    manifest = tmp_path / "imports.yaml"
    manifest.write_text(block, encoding="utf-8")
    jobs = importer.read_manifest(manifest)
    assert [p.relative_to(tmp_path).as_posix() for p, _ in jobs] == ["raw/herald-2023-03-02.txt",
                                                                     "raw/radio-interview.txt"]
    herald, radio = (o for _, o in jobs)
    assert herald.outlet == "Harbour Herald" and herald.source_url.startswith("https://")
    assert radio.given_date == "2023-05-12" and "episode list" in radio.date_basis
    assert radio.slug == "ruiz-radio-interview" and radio.today == date(2026, 1, 10)
    assert radio.statement_date == "2023-05-10" and "episode notes" in radio.statement_date_basis


def test_a_statement_date_given_at_import_replaces_the_reading_and_says_how_it_is_known(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """ux49: a podcast's episode notes say it was recorded two days before it aired, which the text
    does not; the manifest had no key for it, so the date was typed into each article afterwards.
    `statement_date:` (and `--statement-date`) is the day its words were said, with its basis; one that
    is no date stops the import at its line, as `date:` does."""
    into = _project(tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "episode.txt").write_text(
        "The Harbour Hour — episode 41\nPublished 12 May 2023\n\n"
        "HOST: Welcome back.\n\nMAYOR RUIZ: The toll stays until the bridge is paid for.\n", encoding="utf-8")
    manifest = tmp_path / "imports.yaml"
    manifest.write_text("- file: raw/episode.txt\n  outlet: Port Ellis Radio\n  statement_date: 2023-05-10\n"
                        "  statement_date_basis: recorded two days before it aired (the episode notes)\n",
                        encoding="utf-8")
    [(path, opts)] = importer.read_manifest(manifest)
    [done] = _import([(path, opts)], into)
    assert done.problem is None and done.date is not None and done.date.date.iso() == "2023-05-12"
    text = (into / Path(done.target).name).read_text(encoding="utf-8")
    assert "statement_date: '2023-05-10'" in text or "statement_date: 2023-05-10" in text
    assert "recorded two days before it aired" in text and "statement_date_confidence: high" in text
    monkeypatch.chdir(tmp_path)
    manifest.write_text("- file: raw/episode.txt\n  statement_date: last spring\n", encoding="utf-8")
    assert cli.main(["import", "--manifest", "imports.yaml", "--into", str(into), "--dry-run"]) == 1
    assert "imports.yaml:2: statement_date: " in capsys.readouterr().err
    assert cli.main(["import", "raw/episode.txt", "--statement-date", "2023-05-09", "--into", str(into),
                     "--force", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2023-05-09" in out and "given with --statement-date at import" in out
    assert cli.main(["import", "raw/episode.txt", "--statement-date", "soon", "--into", str(into), "--dry-run"]) == 2


def test_the_readmes_manifest_paths_work_from_content_data(tmp_path: Path) -> None:
    """UX-21: the README says the manifest may live in content/_data/imports.yaml with paths
    relative to it (`../../raw/…`): that form finds the same raw file."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    said = readme.split("in `content/_data/imports.yaml` the same file is `file: ", 1)[1].split("`", 1)[0]
    (tmp_path / "content" / "_data").mkdir(parents=True)
    manifest = tmp_path / "content" / "_data" / "imports.yaml"
    manifest.write_text(f"- file: {said}\n  outlet: Harbour Herald\n", encoding="utf-8")
    [(path, _opts)] = importer.read_manifest(manifest)
    assert path == (tmp_path / "raw" / "herald-2023-03-02.txt").resolve()


def test_a_misspelt_manifest_key_stops_the_import_at_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`source-url:` for `source_url:` would import the file without its URL: an error at its line
    with the key meant; a key of the editor's own is a warning; nothing is written either way."""
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("PORT ELLIS, March 2, 2023 — \"No toll,\" the mayor said.\n",
                                            encoding="utf-8")
    manifest = tmp_path / "imports.yaml"
    manifest.write_text("- file: raw/a.txt\n  outlet: Harbour Herald\n  source-url: https://example.org/a\n"
                        "  checked_by: desk\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["import", "--manifest", "imports.yaml"]) == 1
    err = capsys.readouterr().err
    assert "imports.yaml:3: entry raw/a.txt: unknown key 'source-url': did you mean 'source_url'?" in err, err
    assert "imports.yaml:4: warning: entry raw/a.txt: unknown key 'checked_by' (ignored)" in err, err
    assert not (tmp_path / "content").exists()
    manifest.write_text("- file: raw/a.txt\n  source_url: https://example.org/a\n  checked_by: desk\n", encoding="utf-8")
    warned: list[Problem] = []
    [(_path, opts)] = importer.read_manifest(manifest, warned)
    assert opts.source_url == "https://example.org/a"
    assert [str(p) for p in warned] == [f"{manifest.as_posix()}:3: warning: entry raw/a.txt: unknown key "
                                        "'checked_by' (ignored)"]


def test_force_keeps_every_front_matter_edit_byte_for_byte(tmp_path: Path) -> None:
    """An editor's fixed date, confirmed statement date, a deleted key and comments all
    survive a forced re-import; only the body and the import's bookkeeping are new, and the
    import says where its own reading differs from what it kept."""
    into = _project(tmp_path)
    raw = tmp_path / "harbour.txt"
    raw.write_text(" date 2023-05-12 The mayor spoke at the harbour on Tuesday.\n"
                   "\"The toll will wait,\" Zelensky said on Tuesday.\n", encoding="utf-8")
    opts = importer.ImportOptions(into=into, source_url="https://example.org/harbour/toll", today=date(2026, 1, 1))
    [first] = importer.import_jobs([(raw, opts)])
    assert first.problem is None
    target = Path(first.target)
    text = target.read_text(encoding="utf-8")
    assert "statement_date_basis:" in text and "statement_date: '2023-05-09'" in text
    head, body = text.split("\n---\n", 1)
    lines = [ln for ln in head.split("\n") if not ln.startswith("statement_date_basis:")]
    lines = [("date: 2023-05-13  # checked against the print edition" if ln.startswith("date:") else
              "statement_date_confidence: high" if ln.startswith("statement_date_confidence:") else ln)
             for ln in lines]
    edited_head = "\n".join(lines) + "\nquotes: [{text: The toll will wait, speaker: zelensky}]\n"
    target.write_text(edited_head + "---\n" + body, encoding="utf-8")
    raw.write_text(raw.read_text(encoding="utf-8") + "The council meets in June.\n", encoding="utf-8")
    [forced] = importer.import_jobs([(raw, dataclasses.replace(opts, force=True))])
    assert forced.problem is None
    new_head, new_body = target.read_text(encoding="utf-8").split("\n---\n", 1)
    old_lines = [ln for ln in edited_head.rstrip("\n").split("\n") if not ln.startswith("import_hash:")]
    assert [ln for ln in new_head.split("\n") if not ln.startswith("import_hash:")] == old_lines
    assert "The council meets in June." in new_body
    assert "import_hash: " in new_head and first.front_matter.split("import_hash: ")[1][:40] not in new_head
    said = forced.summary()
    assert "kept your date: 2023-05-13 (the import reads '2023-05-12')" in said
    assert "left out statement_date_basis" in said


def test_force_sets_what_was_typed_on_this_command_line(tmp_path: Path) -> None:
    """UX-25: a re-import with a corrected `--date` was "skipped", then with --force "kept your date"
    — the import's own earlier reading of the mistyped flag. Values typed with this command are
    set (and said); the rest of the front matter is kept; a manifest's values are not typed."""
    into = _project(tmp_path)
    raw = tmp_path / "assembly.txt"
    raw.write_text("\"The toll will wait,\" the minister told the assembly.\n", encoding="utf-8")
    typed = importer.ImportOptions(into=into, given_date="2024-10-04", outlet="Assembly Record",
                                   today=date(2026, 1, 1), typed=True)
    [first] = importer.import_jobs([(raw, typed)])
    target = Path(first.target)
    target.write_text(target.read_text(encoding="utf-8").replace("---\n", "---\nslug: toll-waits  # mine\n", 1),
                      encoding="utf-8")
    fixed = dataclasses.replace(typed, given_date="2024-04-10", date_basis="the record's own date line")
    [skipped] = importer.import_jobs([(raw, fixed)])
    assert "add --force" in skipped.skipped and "date, date_basis, date_confidence" in skipped.skipped
    [forced] = importer.import_jobs([(raw, dataclasses.replace(fixed, force=True))])
    assert forced.problem is None
    head = target.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    assert "date: '2024-04-10'" in head and "date_basis: the record's own date line" in head
    assert "date_confidence: high" in head and "slug: toll-waits  # mine" in head and "outlet: Assembly Record" in head
    assert head.count("\ndate:") == 1
    assert "set date: '2024-04-10' as given (was '2024-10-04')" in forced.summary()
    untyped = dataclasses.replace(fixed, given_date="2023-01-01", force=True, typed=False)
    [manifest] = importer.import_jobs([(raw, untyped)])
    assert "date: '2024-04-10'" in target.read_text(encoding="utf-8")
    assert "kept your date" in manifest.summary()


def test_force_never_replaces_front_matter_it_cannot_read(tmp_path: Path) -> None:
    into = _project(tmp_path)
    raw = tmp_path / "raw.txt"
    raw.write_text(" date 2024-03-01 \"We are ready to talk,\" Zelensky said.\n", encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 1, 1), force=True)
    [first] = importer.import_jobs([(raw, opts)])
    target = Path(first.target)
    broken = target.read_text(encoding="utf-8").replace("title:", "title: [unclosed\nnote:", 1)
    target.write_text(broken, encoding="utf-8")
    [forced] = importer.import_jobs([(raw, opts)])
    assert forced.problem is not None and "not re-imported" in forced.problem.message
    assert forced.problem.path == target.as_posix() and forced.problem.line > 1
    assert target.read_text(encoding="utf-8") == broken


def test_manifest_date_in_an_ambiguous_form_is_said_at_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """UX-24: `date: 09/08/2023` in a manifest was stored as 8 September at high confidence, without
    a word. UX-25: a day and month that could be swapped are refused wherever a date is written by
    hand (manifest, front matter, `--date`), naming both readings; a date that is no date stops at
    its line."""
    into = _project(tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "port-notice.txt").write_text("\"The quay reopens on Monday,\" the harbour master said.\n", encoding="utf-8")
    manifest = tmp_path / "imports.yaml"
    manifest.write_text("- file: raw/port-notice.txt\n  outlet: Port Gazette\n  date: 09/08/2023\n"
                        "  date_basis: the gazette writes the day first\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["import", "--manifest", "imports.yaml", "--into", str(into), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "imports.yaml:3: date: '09/08/2023' could be 9 August 2023 or 8 September 2023: write 2023-08-09 or " \
           "2023-09-08" in err
    assert cli.main(["import", "raw/port-notice.txt", "--outlet", "Port Gazette", "--date", "10/04/2024",
                     "--into", str(into), "--dry-run"]) == 2  # --date: a usage error, as any date it cannot read
    assert "could be 10 April 2024 or 4 October 2024" in capsys.readouterr().err
    manifest.write_text("- file: raw/port-notice.txt\n  date: 2023-08-09\n", encoding="utf-8")
    assert cli.main(["import", "--manifest", "imports.yaml", "--into", str(into), "--dry-run"]) == 0
    assert "warning" not in capsys.readouterr().err
    manifest.write_text("- file: raw/port-notice.txt\n  outlet: Port Gazette\n  date: 9 de agosto\n", encoding="utf-8")
    assert cli.main(["import", "--manifest", "imports.yaml", "--into", str(into)]) == 1
    assert "imports.yaml:3: date: " in capsys.readouterr().err
    assert not list(into.glob("*.md"))


UX25 = Path(__file__).parent / "data" / "import_ux25"


@pytest.mark.parametrize(("name", "published", "shown"), [
    ("afp-published-line.txt", "2025-11-14", "Published 14 November 2025"),  # a dateline, a dash, then the label
    ("folha-house-style-en.txt", "2024-04-12", "12.apr.2024"),  # Folha's dotted date; "Updated" the day after
    ("folha-house-style-pt.txt", "2024-04-12", "12.abr.2024"),  # the same in Portuguese
    ("reprint-line.txt", "2023-03-05", "Republished from Reuters"),  # the reprint's line names the first outlet
])
def test_a_date_line_in_the_text_is_read(tmp_path: Path, name: str, published: str, shown: str) -> None:
    """Each of these texts gives its publication date on a line of its own; reading none, the importer
    said "the text has no publication date" and stopped."""
    into = _project(tmp_path)
    [result] = importer.import_jobs([(UX25 / name, importer.ImportOptions(into=into, today=date(2026, 12, 6)))])
    assert result.problem is None, result.problem
    assert result.date is not None and result.date.date.iso() == published
    assert result.date.confidence == "high" and shown in result.date.basis
    body = (into / Path(result.target).name).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    assert shown not in body, "the date line is page furniture: it leaves the body"


def test_an_ambiguous_numeric_date_line_is_named_with_both_readings(tmp_path: Path) -> None:
    """'09/08/2023 10h15' is 9 August to a Brazilian desk and 8 September to an American one: the import
    stops (nothing in the text settles it), but says it saw that date, both readings, and how to settle,
    never "no publication date"."""
    into = _project(tmp_path)
    opts = importer.ImportOptions(into=into, today=date(2026, 12, 6))
    [result] = importer.import_jobs([(UX25 / "ambiguous-numeric-date.txt", opts)])
    assert result.problem is not None and result.problem.line == 2
    message = result.problem.message
    assert "‘09/08/2023 10h15’" in message and "no publication date" not in message
    assert "9 August 2023 (day first, 2023-08-09)" in message and "8 September 2023 (month first, 2023-09-08)" in message
    assert "--date" in message
    # … and how to settle it once for every source (a usability round's Australian reporter did not know)
    assert 'numeric_dates = "day-first"' in message and '"en-AU"' in message
    assert not list(into.glob("*.md"))
    settled = dataclasses.replace(opts, given_date="2023-08-09", date_basis="Agência Porto writes the day first")
    [again] = importer.import_jobs([(UX25 / "ambiguous-numeric-date.txt", settled)])
    assert again.problem is None and again.date is not None and again.date.date.iso() == "2023-08-09"


def test_a_bug_on_one_file_is_that_files_problem_and_the_others_still_import(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ux33 P2: an IndexError inside the quote extractor on one record line stopped a whole manifest with
    a traceback (files after it never read). Any exception of ours on a file is now that file's problem,
    named by path, and the files after it import."""
    crash_extractor_on(monkeypatch, "TRIPWIRE")
    into = _project(tmp_path)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-crash.txt").write_text(" date 2024-01-01 \"TRIPWIRE words,\" the mayor said.\n", encoding="utf-8")
    (src / "b-good.txt").write_text(" date 2024-01-02 \"We hold,\" the mayor said.\n", encoding="utf-8")
    results = list(importer.import_jobs([(f, importer.ImportOptions(into=into, today=date(2026, 1, 1)))
                                         for f in importer.expand([src])]))
    crash, good = results
    assert crash.problem is not None and crash.problem.path.endswith("a-crash.txt")
    assert "IndexError" in crash.problem.message and "a bug in dateline" in crash.problem.message
    assert good.problem is None and Path(good.target).is_file()


@pytest.mark.parametrize(("url", "want"), [
    ("https://wire.example/world/2023-09-12/port-fees-rise-idUS123", "2023-09-12"),  # the dateline's day: its year
    ("https://wire.example/2023/09/12/port-fees-rise/", "2023-09-12"),
    ("https://wire.example/world/2023-09-14/port-fees-rise-idUS123", None),  # another day settles nothing
    ("https://wire.example/world/port-fees-rise-idUS123", None),
])
def test_a_year_less_dateline_takes_the_year_of_the_day_its_source_address_spells(
        tmp_path: Path, url: str, want: str | None) -> None:
    """ux33 P9: pasted wire copy 'Sept 12 (Reuters)' with no year asked for --date although the manifest's
    source_url held /2023-09-12/; the outlet wrote both the day it went out."""
    into = _project(tmp_path)
    src = tmp_path / "wire.txt"
    src.write_text("LISBON, Sept 12 (Reuters) - The port authority will raise its fees on Tuesday, its chair said.\n\n"
                   "\"We have no other choice,\" Ana Costa told reporters.\n", encoding="utf-8")
    [result] = importer.import_jobs([(src, importer.ImportOptions(into=into, today=date(2026, 12, 6), source_url=url))])
    if want is None:
        assert result.problem is not None and "--date" in result.problem.message
    else:
        assert result.problem is None and result.date is not None
        assert (result.date.date.iso(), result.date.confidence) == (want, "medium")
        assert "source address" in result.date.basis


def test_a_forced_manifest_run_updates_the_file_a_source_was_imported_to(tmp_path: Path) -> None:
    """A usability round (a Kenyan newsroom): a folder imported first, then re-run from a manifest with
    --force that gives `title:` and `outlet:`. The new title made a new file name, so every such
    source was published twice (same import_hash, old file left); where the name stayed, the
    manifest's outlet was "left out (your front matter has none; the import reads …)". A source keeps
    its article's file; a manifest's value replaces what is still the import's own reading (the
    masthead read as the title, no outlet), never a value the editor wrote since."""
    into = _project(tmp_path)
    raw = tmp_path / "ledger.txt"
    raw.write_text("THE HARBOUR LEDGER\n\nCouncil shelves ferry fare rise after protest\n\n"
                   "Published 3 March 2025\n\n\"Nobody on the island was asked,\" said Tomas Wirth of the ferry "
                   "users' group.\n", encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 1, 1))
    [first] = importer.import_jobs([(raw, opts)])
    assert first.problem is None
    target = Path(first.target)
    manifest = dataclasses.replace(opts, force=True, title="Ferry fare rise shelved after island protest",
                                   outlet="Harbour Ledger")
    [again] = importer.import_jobs([(raw, manifest)])
    assert again.problem is None and Path(again.target) == target
    assert [p.name for p in into.glob("*.md")] == [target.name]
    head = target.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    assert "title: Ferry fare rise shelved after island protest" in head and "outlet: Harbour Ledger" in head
    assert "from the manifest" in again.summary()
    # the editor's own title since: kept, and said as the editor's correction
    target.write_text(target.read_text(encoding="utf-8").replace(
        "title: Ferry fare rise shelved after island protest", "title: Island ferry fares frozen"), encoding="utf-8")
    [third] = importer.import_jobs([(raw, dataclasses.replace(manifest, title="Another headline"))])
    assert "title: Island ferry fares frozen" in target.read_text(encoding="utf-8")
    assert "kept your title: Island ferry fares frozen (the manifest gives Another headline" in third.summary()
    assert [p.name for p in into.glob("*.md")] == [target.name]


def test_a_manifest_date_added_later_replaces_the_imports_guess_never_an_editors_date(tmp_path: Path) -> None:
    """ux53 #8 (a Lagos fact desk): a correction imported with a low guess from a body sentence; `date:` added to
    the manifest afterwards did nothing — skipped without a word, and under --force "kept your date" of the
    import's own guess. Invented: a Welsh weekly's correction, its date line unread."""
    into = _project(tmp_path)
    raw = tmp_path / "correction.txt"
    raw.write_text("Correction: harbour levy story\n\nIn our story of Tuesday, 3 March 2026, we wrongly attributed "
                   "remarks to the harbour master. The words were said by Cllr Eluned Price on Wednesday, 4 March "
                   "2026.\n\n\"The levy stays,\" she said.\n", encoding="utf-8")
    opts = importer.ImportOptions(into=into, today=date(2026, 12, 7))
    [first] = importer.import_jobs([(raw, opts)])
    assert first.problem is None and first.date is not None and first.date.confidence != "high"
    guessed = first.date.date.iso()
    target = Path(first.target)
    manifest = dataclasses.replace(opts, given_date="2026-03-06", date_basis="the paper's printed issue date")
    [skipped] = importer.import_jobs([(raw, manifest)])
    assert f"the manifest's date, 2026-03-06, is not the article's ({guessed})" in skipped.summary()
    [again] = importer.import_jobs([(raw, dataclasses.replace(manifest, force=True))])
    head = target.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    assert "date: '2026-03-06'" in head and "date_basis: the paper's printed issue date" in head
    assert "set date: '2026-03-06' from the manifest" in again.summary()
    # … but a date the editor corrected by hand since is theirs: kept, and said so
    target.write_text(target.read_text(encoding="utf-8").replace("date: '2026-03-06'", "date: '2026-03-05'", 1),
                      encoding="utf-8")
    [third] = importer.import_jobs([(raw, dataclasses.replace(manifest, force=True, given_date="2026-03-07"))])
    assert "date: '2026-03-05'" in target.read_text(encoding="utf-8")
    assert "kept your date: '2026-03-05'" in third.summary()


def test_two_articles_of_one_source_are_a_copy(tmp_path: Path) -> None:
    """Two articles with one import_hash (a source imported twice under two file names, the bodies
    differing by a headline line) are one report published twice: a warning at the later path."""
    from dateline.load import duplicate_articles
    from dateline.model import Article, DateInfo, PartialDate
    day = DateInfo(PartialDate(2025, 3, 3), "high", "")
    a = Article(id="a", path="content/articles/a.md", slug="a", title="A", date=day, body="Headline\n\nText.",
                body_line=5, import_hash="f" * 40)
    b = dataclasses.replace(a, id="b", path="content/articles/b.md", slug="b", body="Text.")
    c = dataclasses.replace(a, id="c", path="content/articles/c.md", slug="c", body="Text.", import_hash="e" * 40)
    [warning] = duplicate_articles([a, b, c])
    assert warning.path == "content/articles/b.md" and "same source file as content/articles/a.md" in warning.message


def test_a_folder_import_ends_with_what_stopped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder of several files: the last lines count what was imported, skipped and stopped, and name
    each stopped file again with its reason, after every file's own summary."""
    into = _project(tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Published 3 March 2025\n\n\"The quay reopens on Monday,\" the harbour master said.\n",
                               encoding="utf-8")
    (raw / "b.txt").write_text("Published 4 March 2025\n\n\"Fares stay as they are,\" the operator said.\n",
                               encoding="utf-8")
    (raw / "c.txt").write_text("On Thursday the council met.\n\n\"We will wait,\" the mayor said.\n", encoding="utf-8")
    assert cli.main(["import", str(raw), "--into", str(into), "--today", "2026-01-10"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-2] == "import: 3 files: 2 imported, 0 skipped (imported before), 1 stopped, 0 with warnings"
    assert err[-1].startswith("  stopped: ") and "c.txt:1:" in err[-1] and "--date" in err[-1]


@pytest.mark.parametrize(("handle", "stamp"), [
    ("@ama.owusu.bsky.social", "March 4, 2026 at 9:12 AM"),  # a network whose handles are domains, its day first
    ("@ama@social.example", "4 mars 2026 à 09:12"),  # a handle with its server's, the day and clock in French
])
def test_a_pasted_post_of_a_handle_with_a_domain_is_its_accounts_words(tmp_path: Path, handle: str, stamp: str) -> None:
    """A post copied from a network whose handles hold a domain ("@name.bsky.social", "@name@server"), and whose
    page prints the day before its clock ("March 4, 2026 at 9:12 AM"): the post is its account's words, as an X
    post's are, and stays in the body (a usability round's post became the title, leaving its counts the body)."""
    into = _project(tmp_path)
    raw = tmp_path / "post.txt"
    raw.write_text(f"Ama Owusu-Ansah\n{handle}\n\nThe new market stalls will be allocated by ballot. Every trader "
                   f"gets one chance.\n\n{stamp}\n\n12 reposts 3 quotes 87 likes\n", encoding="utf-8")
    [result] = importer.import_jobs([(raw, importer.ImportOptions(into=into, today=date(2026, 12, 6)))])
    assert result.problem is None and result.quotes == 1
    assert result.title == "The new market stalls will be allocated by ballot"
    body = Path(result.target).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    for line in ("Ama Owusu-Ansah", handle, "Every trader gets one chance.", stamp):
        assert line in body


def test_a_pasted_thread_keeps_whose_post_and_when(tmp_path: Path) -> None:
    """A thread copied from X: the account's name was the title and left the body with its handle and
    time lines, so its posts' words had no speaker (a usability round: 3 posts, 0 quotes). The title
    is the first post's words; every name, handle and time line stays as the evidence; each post is
    its account's quote."""
    into = _project(tmp_path)
    raw = tmp_path / "thread.txt"
    raw.write_text("Ama Owusu-Ansah\n@AmaOwusuAnsah\nThe new market stalls will be allocated by ballot. Every "
                   "trader gets one chance.\n9:12 AM · Mar 4, 2026\n\nKofi Boateng MP\n@KofiBoatengMP\n"
                   "Replying to @AmaOwusuAnsah\nA ballot run by your own office is no ballot.\n10:40 AM · Mar 4, 2026\n",
                   encoding="utf-8")
    [result] = importer.import_jobs([(raw, importer.ImportOptions(into=into, today=date(2026, 12, 6)))])
    assert result.problem is None and result.quotes == 2
    assert result.title == "The new market stalls will be allocated by ballot"
    body = Path(result.target).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    for line in ("Ama Owusu-Ansah", "@AmaOwusuAnsah", "9:12 AM · Mar 4, 2026", "Kofi Boateng MP", "10:40 AM · Mar 4, 2026"):
        assert line in body
