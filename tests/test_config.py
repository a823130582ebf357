"""Configuration: pyproject defaults, CLI overrides, every problem at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline import cli
from dateline.config import load_config
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
