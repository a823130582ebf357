"""Template lookup: project over theme, `default:` to extend, strict undefined with file:line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE, copy_project, seed_config

from dateline import pipeline, render
from dateline.config import load_config
from dateline.errors import BuildFailed


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


def test_autoescape_is_on(tmp_path: Path) -> None:
    """A project's own `.html` template file, rendered by a real build, escapes what it prints.

    (`env.from_string` escapes even with autoescape off for `.html` files, so it proves nothing.)"""
    project = copy_project(Path(__file__).parent / "data" / "chronology_project", tmp_path / "project")
    (project / "templates").mkdir()
    (project / "templates" / "article.html").write_text(
        '{% extends "default:article.html" %}\n{% block title %}RAW[{{ article.title }}]{% endblock %}\n',
        encoding="utf-8")
    art = project / "content" / "articles" / "late-interview.md"
    art.write_text(art.read_text(encoding="utf-8").replace(
        'title: "Lind in November: no pension cuts"', 'title: "Lind <em>&</em> the <script>cuts</script>"'),
        encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(project).replace(output_dir=out))
    page = (out / "2024" / "03" / "20" / "late-interview" / "index.html").read_text(encoding="utf-8")
    assert "<title>RAW[Lind &lt;em&gt;&amp;&lt;/em&gt; the &lt;script&gt;cuts&lt;/script&gt;]" in page
    assert "<em>&</em>" not in page and "<script>cuts" not in page


def test_article_page_shows_dates_basis_and_marked_quotes(seed_site: Path) -> None:
    page = next(seed_site.glob("2022/04/17/*/index.html")).read_text(encoding="utf-8")
    assert "Speaking on Friday" in page, "the statement date basis is visible"
    assert '<time datetime="2022-04-15">15 April 2022</time>' in page
    assert page.count('class="quote') >= 3 and 'data-quote-id="' in page
    assert 'rel="next"' in page and "<title>" in page


def test_shipped_templates_stay_short_and_free_of_logic() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((render.THEME / "templates").iterdir())}
    for name, text in texts.items():
        for n, line in enumerate(text.splitlines(), 1):
            assert len(line) <= 160, f"{name}:{n} has {len(line)} characters: wrap it with {{#- #}}"
        assert ".append(" not in text, f"{name} builds a list: compute it in views.py"
    macros = re.findall(r"\{% macro (\w+)", texts["macros.html"])
    imports = " ".join(re.findall(r'\{% from "macros.html" import ([\w, ]+)', " ".join(texts.values())))
    assert macros and all(m in imports.replace(",", " ").split() for m in macros), "a macro nobody imports"
