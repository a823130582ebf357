"""Configuration: pyproject defaults, CLI overrides, every problem at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline import cli, scaffold
from dateline.config import STARTER_DESCRIPTION, load_config
from dateline.errors import BuildFailed


def test_defaults_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\ntitle = "T"\nbuild_time = "2024-05-06"\n'
                                             'base_url = "https://u.github.io/r"\n', encoding="utf-8")
    cfg = load_config(tmp_path, {"output_dir": "public", "strict": None})
    assert cfg.title == "T" and cfg.build_time == date(2024, 5, 6)
    assert cfg.base_url == "https://u.github.io/r/"
    assert cfg.output_path == tmp_path / "public" and cfg.strict is False


def test_all_invalid_values_reported_together(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\ntitle = 3\nstrict = "yes"\nbase_url = "ftp://x"\n',
                                             encoding="utf-8")
    with pytest.raises(BuildFailed) as info:
        load_config(tmp_path)
    messages = " ".join(p.message for p in info.value.problems)
    assert "title" in messages and "strict" in messages and "base_url" in messages


def test_invalid_toml_has_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\ntitle = "unclosed\n', encoding="utf-8")
    with pytest.raises(BuildFailed) as info:
        load_config(tmp_path)
    assert info.value.problems[0].line == 2


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["build", "--no-such-option"]) == 2
    assert cli.main([]) == 2
    assert cli.main(["--help"]) == 0
    assert "import" in capsys.readouterr().out


def test_each_command_offers_only_the_options_it_uses(capsys: pytest.CaptureFixture[str]) -> None:
    """UX-21: review writes nothing, so --out, --no-search, --base-url, --templates and --strict
    (it reports every warning anyway) mean nothing to it; build and check keep them."""
    assert cli.main(["review", "--help"]) == 0
    said = capsys.readouterr().out
    assert "--content" in said and "--drafts" in said and "--fail-on" in said
    for option in ("--out", "--no-search", "--base-url", "--templates", "--strict"):
        assert option not in said, option
    assert cli.main(["review", "--out", "x"]) == 2
    capsys.readouterr()
    for command in ("build", "check"):
        assert cli.main([command, "--help"]) == 0
        said = capsys.readouterr().out
        assert all(o in said for o in ("--out", "--no-search", "--base-url", "--templates", "--strict")), command


def test_problems_carry_the_pyproject_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.dateline]\ntitle = "T"\n\n'
                                             'strict = "yes"\n"base_url" = "ftp://x"\n', encoding="utf-8")
    with pytest.raises(BuildFailed) as info:
        load_config(tmp_path)
    assert [(p.line, p.message.split()[0]) for p in info.value.problems] == [(7, "strict"), (8, "base_url")]


def test_unknown_keys_are_shown_with_a_suggestion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\ntitle = "T"\nbuil_time = "2024-01-01"\n'
                                             'colour = "red"\n', encoding="utf-8")
    cfg = load_config(tmp_path)
    assert [str(w).split(": ", 1)[1] for w in cfg.warnings] == [
        "warning: [tool.dateline] unknown key 'buil_time': did you mean 'build_time'?",
        "warning: [tool.dateline] unknown key 'colour'",
    ]
    assert [w.line for w in cfg.warnings] == [3, 4]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content" / "articles").mkdir(parents=True)  # an empty content folder is an error (issue 17)
    (tmp_path / "content" / "articles" / "a.md").write_text("---\ntitle: A\ndate: 2024-01-02\n---\nText.\n",
                                                            encoding="utf-8")
    assert cli.main(["build", "--quiet", "--no-search"]) == 0
    assert "pyproject.toml:3: warning: [tool.dateline] unknown key 'buil_time'" in capsys.readouterr().err


def test_a_site_without_a_description_says_its_languages_and_the_starters_english_one_is_warned(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A Spanish site whose pyproject.toml writes no description printed an English sentence under its title
    and in every page's meta description; one that kept `dateline new`'s English sentence is told so."""
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\ntitle = "T"\nlanguage = "es"\n', encoding="utf-8")
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "content" / "articles" / "a.md").write_text(
        '---\ntitle: A\ndate: 2024-01-02\n---\n"Vamos a seguir", dijo Ana Ruiz.\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", "--quiet", "--no-search"]) == 0
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    spanish = "Lo que se dijo, cuándo y dónde cambió la postura."
    assert f'<meta name="description" content="{spanish}">' in home and f'<p class="lede">{spanish} ' in home
    assert "What was said" not in home and "pyproject.toml" not in capsys.readouterr().err
    (tmp_path / "pyproject.toml").write_text(f'[tool.dateline]\ntitle = "T"\ndescription = "{STARTER_DESCRIPTION}"\n'
                                             'language = "es"\n', encoding="utf-8")
    assert [(w.line, w.message.split(",")[0]) for w in load_config(tmp_path).warnings] == [
        (3, "description is `dateline new`'s English sentence")]
    assert not load_config(tmp_path, {"language": "en"}).warnings, "an English site keeps it unwarned"


def test_a_site_set_up_to_follow_figures_is_told_its_description_is_still_the_starters(tmp_path: Path) -> None:
    """A usability round's reporter changed a `description =` of another table and published `dateline new`'s
    sentence under her title: once `figures` names whom the site follows, the starter's sentence is warned at its
    line; before, a new project builds without it. `dateline new` writes one `description =` only."""
    text = f'[tool.dateline]\ntitle = "Harbour watch"\ndescription = "{STARTER_DESCRIPTION}"\nfigures = ["ruiz"]\n'
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert [(w.line, w.severity, w.message.split(",")[0]) for w in load_config(tmp_path).warnings] == [
        (3, "warning", "description is still `dateline new`'s sentence")]
    (tmp_path / "pyproject.toml").write_text(text.replace('["ruiz"]', "[]"), encoding="utf-8")
    assert not load_config(tmp_path).warnings
    (tmp_path / "pyproject.toml").write_text(text.replace(STARTER_DESCRIPTION, "What Mayor Ruiz said of the bridge."),
                                             encoding="utf-8")
    assert not load_config(tmp_path).warnings
    starter = (Path(scaffold.__file__).parent / "scaffold" / "pyproject.toml.in").read_text(encoding="utf-8")
    assert starter.count("description =") == 1, "one description a reporter can edit"


@pytest.mark.parametrize("argv", [
    ["import", "a.txt", "--today", "notadate"],
    ["import", "a.txt", "--date", "2025-13-45"],
    ["import", "a.txt", "--date", "someday"],
    ["build", "--base-url", "ftp://example.org"],
])
def test_bad_option_values_are_usage_errors(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    option = next(a for a in argv if a.startswith("--"))
    assert f"error: {'argument ' if argv[0] == 'import' else ''}{option}" in err and "Traceback" not in err
