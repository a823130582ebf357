"""`dateline check`: the seed site built into a temp folder, then corrupted one way at a time; each
corruption must be reported with the file (and line, where there is one) and a non-zero exit."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import EXAMPLE

from dateline import check, cli
from dateline.config import load_config


def problems(out: Path, **kw: object) -> list[str]:
    return [str(p) for p in check.verify(out, **kw).problems]  # type: ignore[arg-type]


@pytest.fixture
def site(seed_site: Path, tmp_path: Path) -> Path:
    out = tmp_path / "site"
    shutil.copytree(seed_site, out)
    return out


def article(site: Path) -> Path:
    return sorted(site.glob("20[0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html"))[0]


def edit(path: Path, change: Callable[[str], str]) -> None:
    before = path.read_text(encoding="utf-8")
    after = change(before)
    assert after != before, "the corruption changed nothing"
    path.write_text(after, encoding="utf-8")


def rel(site: Path, path: Path) -> str:
    return "site/" + path.relative_to(site).as_posix()


def test_seed_site_has_no_problems_but_the_known_ones(seed_site: Path) -> None:
    result = check.verify(seed_site)
    assert result.pages >= 15 and result.links > 100 and result.quotes > 0
    assert problems(seed_site) == []


def test_seed_site_is_clean(seed_site: Path) -> None:
    assert [str(p) for p in check.verify(seed_site).problems] == []


def test_broken_internal_link(site: Path) -> None:
    page = article(site)
    edit(page, lambda s: s.replace('href="../../../../topics/"', 'href="../../../../topiks/"', 1))
    found = problems(site)
    assert len(found) == 1
    assert re.match(rf"^{re.escape(rel(site, page))}:\d+: broken link '../../../../topiks/': points to a missing file$",
                    found[0]), found


def test_broken_anchor(site: Path) -> None:
    page = article(site)
    edit(page, lambda s: re.sub(r'<a href="#q-[^"]+"', '<a href="#q-nowhere"', s, count=1))
    found = problems(site)
    assert len(found) == 1 and found[0].startswith(rel(site, page) + ":"), found
    assert "no id='q-nowhere'" in found[0]


def test_broken_anchor_on_another_page(site: Path) -> None:
    index = site / "index.html"
    edit(index, lambda s: re.sub(r'(href="20\d\d/\d\d/\d\d/[^"#]+/)#q-[^"]+"', r'\1#q-gone"', s, count=1))
    found = problems(site)
    assert len(found) == 1 and "site/index.html:" in found[0] and "no id='q-gone'" in found[0], found


def test_root_relative_link(site: Path) -> None:
    page = article(site)
    edit(page, lambda s: s.replace("</main>", '<a href="/topics/">topics</a></main>', 1))
    found = problems(site)
    assert len(found) == 1 and "root-relative link '/topics/'" in found[0], found


def test_link_escaping_the_site_root(site: Path) -> None:
    edit(site / "index.html", lambda s: s.replace("</main>", '<a href="../elsewhere/">x</a></main>', 1))
    found = problems(site)
    assert len(found) == 1 and "escapes the site root" in found[0], found


def test_unreachable_page(site: Path) -> None:
    (site / "orphan").mkdir()
    (site / "orphan" / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>Orphan</title></head><body><a href="../">home</a></body></html>',
        encoding="utf-8")
    assert problems(site) == ["site/orphan/index.html: page is not reachable from index.html "
                              "(no chain of links leads here)"]


def test_missing_title_and_lang(site: Path) -> None:
    page = article(site)
    edit(page, lambda s: re.sub(r"<title>.*?</title>", "", s, count=1, flags=re.S))
    edit(site / "topics" / "index.html", lambda s: re.sub(r'<html lang="[^"]*">', "<html>", s, count=1))
    found = problems(site)
    assert any(p.startswith(rel(site, page)) and "no <title>" in p for p in found), found
    assert any(p.startswith("site/topics/index.html:2:") and "no lang" in p for p in found), found
    assert len(found) == 2


def test_image_without_alt_and_duplicate_id(site: Path) -> None:
    edit(site / "index.html", lambda s: s.replace("</main>", '<img src="static/style.css"><p id="main">x</p></main>', 1))
    text = (site / "index.html").read_text(encoding="utf-8")
    img_line = text.count("\n", 0, text.index("<img")) + 1
    id_line = text.count("\n", 0, text.index('id="main"')) + 1
    assert problems(site) == [f"site/index.html:{img_line}: 1 <img> without alt text",
                              f"site/index.html:{id_line}: id 'main' is used more than once (anchors to it are ambiguous)"]


def test_404_links_must_be_absolute_under_the_base_path(site: Path) -> None:
    edit(site / "404.html", lambda s: s.replace('href="/static/style.css"', 'href="static/style.css"'))
    found = problems(site)
    assert len(found) == 1 and found[0].startswith("site/404.html:") and "is relative" in found[0], found
    # With the base path known, an absolute link outside it is wrong too.
    edit(site / "404.html", lambda s: s.replace('href="static/style.css"', 'href="/static/style.css"'))
    assert problems(site, base_path="/") == []
    found = problems(site, base_path="/repo/")
    absolute = set(re.findall(r'(?:href|src)="(/[^"]*)"', (site / "404.html").read_text(encoding="utf-8")))
    assert len(absolute) >= 2 and len(found) == len(absolute), found
    assert {m.group(1) for p in found if (m := re.search(r"^site/404\.html:\d+: 404\.html link '([^']+)' is outside "
                                                     r"the base path /repo/$", p))} == absolute, found


def test_invalid_quote_date_and_missing_quote_anchor(site: Path) -> None:
    path = site / "data" / "quotes.json"
    quotes = json.loads(path.read_text(encoding="utf-8"))
    quotes[0]["statement_date"], quotes[0]["date_precision"] = "2022-02-30", "day"
    quotes[1]["statement_date"], quotes[1]["date_precision"] = "2022-07", "day"
    quotes[2]["url"] = quotes[2]["url"].split("#")[0] + "#q-lost"
    path.write_text(json.dumps(quotes), encoding="utf-8")
    found = problems(site)
    assert len(found) == 3, found
    assert f"quote {quotes[0]['id']}: invalid date '2022-02-30'" in found[0]
    assert f"quote {quotes[1]['id']}: invalid date '2022-07' (precision 'day')" in found[1]
    assert "no id='q-lost'" in found[2]


def test_parallel_and_serial_parsing_agree(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(site / "index.html", lambda s: s.replace("</main>", '<a href="nope/">x</a></main>', 1))
    serial = check.verify(site)
    monkeypatch.setattr(check, "_PARALLEL_FROM", 1)
    parallel = check.verify(site)
    assert [str(p) for p in parallel.problems] == [str(p) for p in serial.problems]
    assert (parallel.pages, parallel.links, parallel.quotes) == (serial.pages, serial.links, serial.quotes)


# --------------------------------------------------------------------------- content problems, end to end

def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(EXAMPLE / "content", root / "content")
    shutil.copy(EXAMPLE / "pyproject.toml", root / "pyproject.toml")
    return root


def first_article(root: Path) -> Path:
    return sorted((root / "content" / "articles").glob("*.md"))[0]


def run_check(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
              *args: str) -> tuple[int, str]:
    monkeypatch.chdir(root)
    code = cli.main(["check", *args])
    return code, capsys.readouterr().err


def test_quote_not_verbatim_fails_check_with_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    md = first_article(root)
    edit(md, lambda s: s.replace("\n---\n", "\nquotes:\n- add: \"words nobody printed\"\n---\n", 1))
    line = md.read_text(encoding="utf-8").splitlines().index('- add: "words nobody printed"') + 1
    code, err = run_check(root, monkeypatch, capsys)
    assert code == 1
    assert f"content/articles/{md.name}:{line}: quotes: add: text is not verbatim" in err, err


def test_invalid_date_fails_check_with_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    md = first_article(root)
    edit(md, lambda s: re.sub(r"^date: .*$", "date: '2022-13-45'", s, count=1, flags=re.M))
    code, err = run_check(root, monkeypatch, capsys)
    assert code == 1
    assert re.search(rf"content/articles/{re.escape(md.name)}:\d+: .*2022-13-45", err), err


def test_check_out_verifies_the_built_folder_without_rebuilding_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    monkeypatch.chdir(root)
    assert cli.main(["build", "--no-search", "-q", "--out", "pub"]) == 0
    marker = root / "pub" / "kept.txt"
    marker.write_text("not from the build", encoding="utf-8")
    edit(root / "pub" / "index.html", lambda s: s.replace("</main>", '<a href="gone/">x</a></main>', 1))
    code, err = run_check(root, monkeypatch, capsys, "--out", "pub")
    assert code == 1 and "pub/index.html:" in err and "broken link 'gone/'" in err, err
    assert marker.exists(), "check --out must not rebuild (and so wipe) the folder it checks"


def test_check_passes_a_good_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    monkeypatch.chdir(root)
    result = check.run(load_config(root))
    assert [str(p) for p in result.problems] == []
    assert result.pages >= 15


def test_a_site_without_the_marker_is_not_a_dateline_build(seed_site: Path, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(seed_site, copy)
    assert not [p for p in check.verify(copy).problems if ".dateline-site" in p.path]
    (copy / ".dateline-site").unlink()
    assert [str(p) for p in check.verify(copy).problems if ".dateline-site" in p.path] == [
        "site/.dateline-site: missing: this folder was not written by a dateline build"]


# --------------------------------------------------------------------------- warnings, --strict, acknowledge

UNCLOSED = """---
title: Minister defends the port budget
date: 2024-03-12
outlet: Example Gazette
---
The minister spoke to reporters outside parliament on Tuesday. The budget is there, she said.

"We will finish the harbour works this year, the minister said before leaving for the airport.

The opposition called the plan late and expensive.
"""


def _with_unclosed(tmp_path: Path, front: str = "") -> tuple[Path, Path, int]:
    root = project(tmp_path)
    md = root / "content" / "articles" / "port-budget.md"
    md.write_text(UNCLOSED.replace("outlet: Example Gazette\n", "outlet: Example Gazette\n" + front), encoding="utf-8")
    line = md.read_text(encoding="utf-8").splitlines().index('"We will finish the harbour works this year, the '
                                                             'minister said before leaving for the airport.') + 1
    return root, md, line


def _quote_mark_warning(err: str) -> tuple[int, str]:
    """(line, message) of the one warning about the quote mark (its wording is quotes.py's)."""
    found = re.findall(r"content/articles/port-budget\.md:(\d+): warning: ((?!acknowledge:).*quote mark.*)", err)
    assert len(found) == 1, err
    return int(found[0][0]), found[0][1]


def test_a_warning_is_printed_and_fails_only_a_strict_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    root, _, line = _with_unclosed(tmp_path)
    code, err = run_check(root, monkeypatch, capsys)
    assert code == 0, err
    assert _quote_mark_warning(err)[0] == line
    code, err = run_check(root, monkeypatch, capsys, "--strict")
    assert code == 1 and f"port-budget.md:{line}: warning:" in err, err


def test_an_acknowledged_warning_passes_strict_and_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    root, md, line = _with_unclosed(tmp_path)
    _, message = _quote_mark_warning(run_check(root, monkeypatch, capsys)[1])
    words = " ".join(message.split()[:4]).upper()  # words of it, in any case
    line += 4  # the front matter grows by four lines
    edit(md, lambda s: s.replace("outlet: Example Gazette\n", "outlet: Example Gazette\nacknowledge:\n"
                                 f"  - warning: {words}\n    line: {line}\n"
                                 "    reason: the outlet's page never closed the quote mark\n", 1))
    monkeypatch.chdir(root)
    assert cli.main(["check", "--strict"]) == 0
    captured = capsys.readouterr()
    assert "port-budget.md" not in captured.err, captured.err
    assert (f"content/articles/port-budget.md:{line}: warning: {message} "
            "(acknowledged: the outlet's page never closed the quote mark)") in captured.out
    assert "0 error(s), 0 warning(s), 1 acknowledged" in captured.out
    assert cli.main(["build", "--strict", "--no-search", "--out", str(tmp_path / "s")]) == 0, "build --strict too"


def test_an_acknowledgement_that_matches_nothing_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    root, _, line = _with_unclosed(tmp_path, "acknowledge:\n  - warning: quote mark\n    line: 99\n"
                                              "    reason: stale\n")
    code, err = run_check(root, monkeypatch, capsys)
    assert code == 0, err
    assert "content/articles/port-budget.md:6: warning: acknowledge: no warning at line 99 matches 'quote mark'" in err
    assert _quote_mark_warning(err)[0] == line, "the real warning is not taken by it"
    code, err = run_check(root, monkeypatch, capsys, "--strict")
    assert code == 1


def test_an_acknowledgement_needs_a_reason_and_never_hides_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    root, md, _ = _with_unclosed(tmp_path, "acknowledge:\n  - warning: quote mark\n")
    code, err = run_check(root, monkeypatch, capsys)
    assert code == 1 and "port-budget.md:6: acknowledge: reason: say why" in err, err
    edit(md, lambda s: s.replace("acknowledge:\n  - warning: quote mark\n",
                                 "acknowledge:\n  - {warning: verbatim, reason: x}\nquotes:\n  - add: not in the text\n"))
    code, err = run_check(root, monkeypatch, capsys)
    assert code == 1 and "quotes: add: text is not verbatim" in err, err


# An interview write-up in a regional weekly's style with two quote marks the page never closed.
TWO_UNCLOSED = """---
title: Harbour master answers the fishermen
date: 2024-05-21
outlet: Coastal Weekly
---
The harbour master met the fishermen's association on Monday evening.

"The dredging starts in June and the channel stays open, Ines Marlow told the meeting.

Members asked about the fees for the winter berths.

"Nobody pays more than last year, she said when the meeting closed.

The association will meet again in the autumn.
"""


def _two_unclosed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                  capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, list[int]]:
    root = tmp_path / "harbour"  # a one-article project: check builds it several times
    (root / "content" / "articles").mkdir(parents=True)
    shutil.copytree(EXAMPLE / "content" / "_data", root / "content" / "_data")
    shutil.copy(EXAMPLE / "pyproject.toml", root / "pyproject.toml")
    md = root / "content" / "articles" / "harbour-master.md"
    md.write_text(TWO_UNCLOSED, encoding="utf-8")
    lines = [int(n) for n in re.findall(r"harbour-master\.md:(\d+): warning: [^\n]*quote mark", run_check(
        root, monkeypatch, capsys)[1])]
    assert len(lines) == 2, lines
    return root, md, lines


def _acknowledged(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.chdir(root)
    code = cli.main(["check", "--strict"])
    captured = capsys.readouterr()
    assert code == 0 and "harbour-master.md" not in captured.err, captured.err
    return captured.out


def test_an_acknowledgement_with_the_line_printed_before_the_block_still_matches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """P18: the editor pastes the lines the build printed; the block itself moves them down."""
    root, md, (first, second) = _two_unclosed(tmp_path, monkeypatch, capsys)
    edit(md, lambda s: s.replace("outlet: Coastal Weekly\n", "outlet: Coastal Weekly\nacknowledge:\n"
                                 f"  - warning: quote mark\n    line: {first}\n    reason: as published\n"
                                 f"  - warning: quote mark\n    line: {second}\n    reason: as published too\n"))
    out = _acknowledged(root, monkeypatch, capsys)
    assert f"harbour-master.md:{first + 7}: warning:" in out and "(acknowledged: as published)" in out
    assert f"harbour-master.md:{second + 7}: warning:" in out and "(acknowledged: as published too)" in out


def test_acknowledgements_added_one_build_at_a_time_match(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Each entry carries the line printed by the build just before it was written."""
    root, md, (first, _) = _two_unclosed(tmp_path, monkeypatch, capsys)
    edit(md, lambda s: s.replace("outlet: Coastal Weekly\n", "outlet: Coastal Weekly\nacknowledge:\n"
                                 f"  - warning: quote mark\n    line: {first}\n    reason: as published\n"))
    code, err = run_check(root, monkeypatch, capsys, "--strict")
    now = [int(n) for n in re.findall(r"harbour-master\.md:(\d+): warning: [^\n]*quote mark", err)]
    assert code == 1 and len(now) == 1 and "acknowledge: no warning" not in err, err
    edit(md, lambda s: s.replace("    reason: as published\n", "    reason: as published\n"
                                 f"  - warning: quote mark\n    line: {now[0]}\n    reason: second one\n"))
    out = _acknowledged(root, monkeypatch, capsys)
    assert "0 error(s), 0 warning(s), 2 acknowledged" in out


def test_a_moved_line_is_taken_only_within_the_block_length(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A line far above the warning (more than the block could have moved it) is still stale."""
    root, md, (first, _) = _two_unclosed(tmp_path, monkeypatch, capsys)
    edit(md, lambda s: s.replace("outlet: Coastal Weekly\n", "outlet: Coastal Weekly\nacknowledge:\n"
                                 f"  - warning: quote mark\n    line: {first - 3}\n    reason: too far up\n"))
    _, err = run_check(root, monkeypatch, capsys)
    assert f"no warning at line {first - 3} matches 'quote mark'" in err, err


def test_review_prints_a_ready_to_paste_acknowledgement_for_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root, md, lines = _two_unclosed(tmp_path, monkeypatch, capsys)
    monkeypatch.chdir(root)
    assert cli.main(["review", "--json"]) == 0
    items = [i for i in json.loads(capsys.readouterr().out)["items"]
             if i["group"] == "warning" and i["places"][0]["path"].endswith("harbour-master.md")]
    assert [i["places"][0]["line"] for i in items] == lines
    fixes = [i["fixes"][0] for i in items]
    assert all(f["file"] == "content/articles/harbour-master.md" for f in fixes)
    block = fixes[0]["yaml"] + "\n" + "\n".join(fixes[1]["yaml"].split("\n")[1:])  # one list, both entries
    edit(md, lambda s: s.replace("outlet: Coastal Weekly\n", "outlet: Coastal Weekly\n"
                                 + block.replace("…why the text is right as it is", "as published") + "\n"))
    assert "0 error(s), 0 warning(s), 2 acknowledged" in _acknowledged(root, monkeypatch, capsys)
