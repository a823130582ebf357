"""Template lookup: project over theme, `default:` to extend, strict undefined with file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE, seed_config

from dateline import pipeline, render
from dateline.errors import BuildFailed
from dateline.model import DateInfo, PartialDate


def _project(tmp_path: Path, template: str | None) -> Path:
    project = tmp_path / "project"
    shutil.copytree(EXAMPLE / "content", project / "content")
    (project / "templates").mkdir()
    if template is not None:
        (project / "templates" / "article.html").write_text(template, encoding="utf-8")
    return project


def _build(tmp_path: Path, project: Path) -> Path:
    out = tmp_path / "site"
    cfg = seed_config(EXAMPLE, out, search=False).replace(root=project, content_dir=Path("content"),
                                                        templates_dir=Path("templates"))
    pipeline.build(cfg)
    return out


def test_project_template_overrides_and_extends_default(tmp_path: Path) -> None:
    project = _project(tmp_path, '{% extends "default:article.html" %}\n'
                                 '{% block title %}OVERRIDDEN {{ article.title }}{% endblock %}\n')
    out = _build(tmp_path, project)
    page = next(out.glob("2022/04/17/*/index.html")).read_text(encoding="utf-8")
    assert "<title>OVERRIDDEN Ukraine’s president" in page
    assert 'id="q-' in page, "the shipped body still renders"


def test_template_typo_fails_with_template_file_and_line(tmp_path: Path) -> None:
    project = _project(tmp_path, '{% extends "default:article.html" %}\n{% block title %}\n{{ artcle.title }}\n'
                                 '{% endblock %}\n')
    with pytest.raises(BuildFailed) as info:
        _build(tmp_path, project)
    [problem] = info.value.problems
    assert problem.path.endswith("templates/article.html") and problem.line == 3
    assert "artcle" in problem.message


def test_template_syntax_error_has_line(tmp_path: Path) -> None:
    project = _project(tmp_path, "{% extends 'default:article.html' %}\n\n{% block title %}{% endblok %}\n")
    with pytest.raises(BuildFailed) as info:
        _build(tmp_path, project)
    assert any(p.path.endswith("templates/article.html") and p.line == 3 for p in info.value.problems)


def test_autoescape_is_on() -> None:
    env = render.environment(Path("/nonexistent"))
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"


def test_json_script_cannot_break_out() -> None:
    out = render.json_script({"text": "</script><script>alert(1)</script>"})
    assert "</script>" not in out and "\\u003c/script\\u003e" in out


@pytest.mark.parametrize(("info", "label"), [
    (DateInfo(PartialDate(2022, 7, 7), "high", "x"), "7 July 2022"),
    (DateInfo(PartialDate(2022, 7), "high", "x"), "July 2022"),
    (DateInfo(PartialDate(2025, 10, 28), "low", "x"), "c. 28 October 2025"),
    (DateInfo(PartialDate(2022, 4, 16), "medium", "x", PartialDate(2022, 4, 17)), "16–17 April 2022"),
])
def test_date_labels_keep_precision(info: DateInfo, label: str) -> None:
    assert render.date_label(info) == label


def test_article_page_shows_dates_basis_and_marked_quotes(seed_site: Path) -> None:
    page = next(seed_site.glob("2022/04/17/*/index.html")).read_text(encoding="utf-8")
    assert "Speaking on Friday" in page, "the statement date basis is visible"
    assert '<time datetime="2022-04-15">15 April 2022</time>' in page
    assert page.count('class="quote') >= 3 and 'data-quote-id="' in page
    assert 'rel="next"' in page and "<title>" in page
