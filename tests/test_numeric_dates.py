"""`numeric_dates` in [tool.dateline]: how a project reads a numeric date whose day and month could be
swapped ("03/12/2026"), said once instead of a `--date` per file; derived from a `language` with a
region when that region writes one order; read by the import and by the build. A date the order
cannot read, or whose weekday it contradicts, is still a problem at its path:line. Projects,
outlets and people here are invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline import cli
from dateline.config import load_config, region_order
from dateline.errors import BuildFailed

SPEAKERS = "- id: ruiz\n  name: Ana Ruiz\n  aliases: [Ruiz]\n  roles: [the mayor]\n"
TOPICS = "- id: bridge\n  label: Harbour bridge\n  cues: [bridge, puente]\n"


def _project(root: Path, settings: str = "") -> Path:
    """A project with its own invented data, `settings` added to [tool.dateline]."""
    (root / "content" / "_data").mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "_data" / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    (root / "content" / "_data" / "topics.yaml").write_text(TOPICS, encoding="utf-8")
    (root / "raw").mkdir()
    _settings(root, settings)
    return root


def _settings(root: Path, settings: str) -> None:
    (root / "pyproject.toml").write_text('[tool.dateline]\ntitle = "Puerto Ellis"\nbuild_time = 2026-12-06\n'
                                         + settings, encoding="utf-8")


def _raw(root: Path, name: str, text: str) -> str:
    (root / "raw" / name).write_text(text, encoding="utf-8")
    return f"raw/{name}"


# a Buenos Aires daily's pasted page: a byline in no language that settles anything, the date alone
PORTENO = ("La intendenta defendió el nuevo puente\n\nRedacción Puerto Ellis\n\n03/12/2026 - 10:22\n\n"
           "La intendenta Ana Ruiz dijo ayer que \"el puente se termina en marzo\", ante el concejo.\n")
# a Nairobi weekly's story as pasted: English, the date with dashes
NAIROBI = ("County approves the harbour bridge toll\n\n04-05-2026\n\n"
           "Governor Ana Ruiz said the toll would \"pay for the bridge within ten years\", at the county assembly.\n")


@pytest.mark.parametrize(("settings", "raw", "expected"), [
    ('numeric_dates = "day-first"\n', PORTENO, "2026-12-03"),
    ('numeric_dates = "month-first"\n', PORTENO, "2026-03-12"),
    ('language = "es-AR"\n', PORTENO, "2026-12-03"),                          # the region writes the day first
    ('language = "en-KE"\n', NAIROBI, "2026-05-04"),
    ('language = "en-US"\n', NAIROBI, "2026-04-05"),                          # … and the month first
    ('language = "en-US"\nnumeric_dates = "day-first"\n', NAIROBI, "2026-05-04"),  # the setting wins
])
def test_the_project_order_reads_a_date_line_either_order_could(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        settings: str, raw: str, expected: str) -> None:
    root = _project(tmp_path, settings)
    monkeypatch.chdir(root)
    assert cli.main(["import", _raw(root, "story.txt", raw), "--today", "2026-12-06"]) == 0, capsys.readouterr().err
    article = next((root / "content" / "articles").glob("*.md")).read_text(encoding="utf-8")
    assert f"date: '{expected}'" in article or f"date: {expected}" in article
    order = "day first" if expected.endswith(("-03", "-04")) else "month first"
    assert f"({order}, as " in article and "in pyproject.toml says)" in article  # the basis names the setting


@pytest.mark.parametrize("settings", ["", 'language = "es"\n', 'language = "en-CA"\n',
                                      'language = "es-AR"\nnumeric_dates = "ask"\n'])
def test_without_an_order_the_ambiguous_date_still_asks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str], settings: str) -> None:
    """No setting, a language with no region (Spanish of which country?), a region that writes the year
    first, or `ask` over a region: "03/12/2026" is 3 December or 12 March, and the import asks."""
    root = _project(tmp_path, settings)
    monkeypatch.chdir(root)
    assert cli.main(["import", _raw(root, "story.txt", PORTENO), "--today", "2026-12-06"]) == 1
    err = capsys.readouterr().err
    assert "raw/story.txt:5: the date line ‘03/12/2026 - 10:22’ could be 3 December 2026 (day first" in err
    assert "rerun with --date" in err
    assert not list((root / "content" / "articles").glob("*.md"))


@pytest.mark.parametrize(("raw", "line", "said"), [
    # a Madrid-style weekday before the date: 4 May 2026 is a Monday, but "domingo" is Sunday (5 April read
    # month first: the source writes the other way)
    ("Crónica del pleno\n\nDomingo 04/05/2026\n\nLa alcaldesa Ana Ruiz dijo que \"el puente sigue\".\n", 3,
     "‘04/05/2026’ read day first is 4 May 2026, a Monday, but the line says Sunday"),
    # a US wire page pasted into a day-first project: there is no month 31
    ("Council backs bridge\n\n12/31/2026 4:15 PM EST\n\nMayor Ana Ruiz said \"the bridge opens in spring\".\n", 3,
     "‘12/31/2026’ is no date read day first (no month 31"),
    # a typo: no 31 February in any order
    ("Acta del concejo\n\n31/02/2026\n\nLa intendenta Ana Ruiz dijo que \"el puente sigue\".\n", 3,
     "‘31/02/2026’ is no date read day first (no day 31 in February 2026"),
])
def test_a_date_the_order_cannot_read_stops_at_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str], raw: str, line: int,
                                                       said: str) -> None:
    root = _project(tmp_path, 'numeric_dates = "day-first"\n')
    monkeypatch.chdir(root)
    assert cli.main(["import", _raw(root, "story.txt", raw), "--today", "2026-12-06"]) == 1
    err = capsys.readouterr().err
    assert f"raw/story.txt:{line}: the date line " in err and said in err
    assert 'numeric_dates = "day-first" in pyproject.toml' in err and "rerun with --date" in err


def test_date_and_manifest_dates_are_read_in_the_project_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`--date 03/12/2026` and a manifest's `date: 03/12/2026` are refused as either-way without an
    order (exit 2 and an error at the manifest's line) and read in the project's order with one."""
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    text = "La intendenta Ana Ruiz dijo que \"el puente sigue\", en el concejo.\n"
    raw = _raw(root, "nota.txt", text)
    assert cli.main(["import", raw, "--date", "03/12/2026", "--dry-run"]) == 2
    assert "could be 12 March 2026 or 3 December 2026" in capsys.readouterr().err
    (root / "imports.yaml").write_text(f"- file: {raw}\n  outlet: Diario del Puerto\n  date: 03/12/2026\n",
                                       encoding="utf-8")
    assert cli.main(["import", "--manifest", "imports.yaml", "--dry-run"]) == 1
    assert "imports.yaml:3: date: '03/12/2026' could be" in capsys.readouterr().err
    _settings(root, 'numeric_dates = "day-first"\n')
    assert cli.main(["import", "--manifest", "imports.yaml", "--dry-run"]) == 0
    out = capsys.readouterr()
    assert "date: '2026-12-03'" in out.out and "imports.yaml:3: warning: date: '03/12/2026' is read as 3 December 2026" \
        in out.err
    assert cli.main(["import", raw, "--date", "03/12/2026", "--dry-run"]) == 0
    assert "date: '2026-12-03'" in capsys.readouterr().out
    assert cli.main(["import", raw, "--date", "12/31/2026", "--dry-run"]) == 2
    assert "--date: '12/31/2026' is no date read day first (month 31 out of range" in capsys.readouterr().err


def _article(root: Path, name: str, front: str) -> None:
    (root / "content" / "articles" / name).write_text(
        f"---\ntitle: El puente\n{front}---\n\nLa intendenta Ana Ruiz dijo: \"El puente se termina en marzo\".\n",
        encoding="utf-8")


def test_the_build_reads_front_matter_in_the_project_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Front matter's `date: 03/12/2026` fails the build naming both readings without an order; with
    one the article is dated so (and moves when the order changes, the parse cache notwithstanding);
    a date the order cannot read fails at its line; a correction's statement_date follows the order."""
    root = _project(tmp_path)
    monkeypatch.chdir(root)
    _article(root, "puente.md", "date: 03/12/2026\nquotes:\n  - text: El puente se termina en marzo\n"
                                "    statement_date: 02/12/2026\n")
    assert cli.main(["build", "--no-search"]) == 1
    err = capsys.readouterr().err
    assert "content/articles/puente.md:3: date: '03/12/2026' could be 12 March 2026 or 3 December 2026" in err
    assert "puente.md:5: quotes: statement_date: '02/12/2026' could be" in err
    _settings(root, 'numeric_dates = "day-first"\n')
    assert cli.main(["build", "--no-search"]) == 0
    said = capsys.readouterr()
    assert "puente.md:3: warning: date: '03/12/2026' is read as 3 December 2026" in said.out + said.err
    assert (root / "site" / "2026" / "12" / "03" / "puente" / "index.html").is_file()
    assert '"statement_date": "2026-12-02"' in (root / "site" / "data" / "quotes.json").read_text(encoding="utf-8")
    _settings(root, 'numeric_dates = "month-first"\n')
    assert cli.main(["build", "--no-search"]) == 0, capsys.readouterr().err
    assert (root / "site" / "2026" / "03" / "12" / "puente" / "index.html").is_file()
    assert not (root / "site" / "2026" / "12" / "03" / "puente" / "index.html").is_file() or \
        "refresh" in (root / "site" / "2026" / "12" / "03" / "puente" / "index.html").read_text(encoding="utf-8")
    _settings(root, 'numeric_dates = "day-first"\n')
    _article(root, "puente.md", "date: 12/31/2026\n")
    assert cli.main(["build", "--no-search"]) == 1
    assert ("content/articles/puente.md:3: date: '12/31/2026' is no date read day first (month 31 out of range; "
            'numeric_dates = "day-first" in pyproject.toml)') in capsys.readouterr().err


def test_the_setting_is_checked_and_derived(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\nnumeric_dates = "day-frist"\n', encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        load_config(tmp_path)
    assert "pyproject.toml:2: numeric_dates must be one of 'day-first', 'month-first', 'ask', got 'day-frist': " \
           "did you mean 'day-first'?" in str(failed.value.problems[0])
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\nlanguage = "es-AR"\n', encoding="utf-8")
    order = load_config(tmp_path).numeric_dates
    assert order is not None and order.day_first and order.said == 'language = "es-AR"'
    # a region writes one order (CLDR's short date of the region); a bare language or a year-first region none
    assert [region_order(tag) for tag in ("es-AR", "en-GB", "en-KE", "pt-BR", "de-AT", "en-US", "en-PH")] == \
        [True, True, True, True, True, False, False]
    assert [region_order(tag) for tag in ("en", "es", "fr", "ja-JP", "en-CA", "sv-SE", "zh-CN", "xx-QQ")] == [None] * 8


@pytest.mark.parametrize(("value", "order", "expected"), [
    ("Thursday 03/12/2026", "day-first", "2026-12-03"),
    ("jueves 03/12/2026", "day-first", "2026-12-03"),
    ("Monday 04/05/2026", "", "2026-05-04"),         # no order: the weekday settles it (4 May is the Monday)
    ("lunes, 04-05-2026", "", "2026-05-04"),
    ("Thursday 03/12/2026", "", "could be 12 March 2026 or 3 December 2026 (both a Thursday)"),
    ("Sunday, 04/05/2026", "day-first", "read day first is 4 May 2026, a Monday, not a Sunday"),
    ("Monday 03/12/2026", "", "no reading of '03/12/2026' is a Monday"),
])
def test_a_hand_written_date_after_its_weekday(tmp_path: Path, value: str, order: str, expected: str) -> None:
    """Front matter's `date: Thursday 03/12/2026` (as a newsroom's archive writes it) is read by its weekday
    and the project's order; a weekday the reading contradicts is an error, never a silent month-first read."""
    from dateline import dates

    setting = f'numeric_dates = "{order}"\n' if order else ""
    (tmp_path / "pyproject.toml").write_text(f"[tool.dateline]\n{setting}", encoding="utf-8")
    numeric = load_config(tmp_path).numeric_dates
    if expected[:4].isdigit():
        assert dates.coerce_date(value, numeric).iso() == expected
    else:
        with pytest.raises(ValueError, match=re.escape(expected)):
            dates.coerce_date(value, numeric)


def test_the_new_projects_pyproject_shows_the_setting_commented(tmp_path: Path) -> None:
    """`dateline new` shows every optional setting commented, as eras_label is: uncommented, it reads."""
    from dateline import scaffold

    text = scaffold._starter("pyproject.toml.in", scaffold.starter_values(tmp_path / "site", None)).decode()
    assert '\n# numeric_dates = "day-first"\n' in text
    (tmp_path / "pyproject.toml").write_text(text.replace('# numeric_dates = "day-first"', 'numeric_dates = "day-first"'),
                                             encoding="utf-8")
    order = load_config(tmp_path).numeric_dates
    assert order is not None and order.day_first
