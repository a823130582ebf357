"""Per-article analysis: quotes found, attributed, dated and tagged; front-matter corrections applied."""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLE

from dateline import analyse
from dateline.load import Data, SourceFile, load_data, parse_article


def test_front_matter_corrections_drop_add_and_reattribute(tmp_path: Path) -> None:
    data: Data = load_data(EXAMPLE / "content", [])
    text = ('---\ntitle: T\ndate: 2024-05-06\nquotes:\n'
            '  - drop: "favorites"\n'
            '  - text: "We will hold the line,"\n    speaker: kuleba\n    topics: [territory]\n'
            '  - add: "a just peace"\n    speaker: zelensky\n'
            '  - id: no-such-quote\n'
            '---\n'
            '"We will hold the line," Zelensky said, despite certain "favorites" and his hope for a just peace.\n'
            '"Not a step back," he added.\n')
    article, problems = parse_article(SourceFile("content/articles/t.md", text, "x"))
    assert article is not None and not problems
    result = analyse.analyse(article, data)
    by_text = {q.text: q for q in result.quotes}
    assert "favorites" not in by_text
    assert by_text["We will hold the line,"].speaker == "kuleba"
    assert by_text["We will hold the line,"].topics == ("territory",)
    assert by_text["We will hold the line,"].attribution == "set in front matter"
    assert by_text["a just peace"].kind == "editorial" and by_text["a just peace"].speaker == "zelensky"
    assert by_text["Not a step back,"].speaker == "zelensky"
    [missing] = [p for p in result.problems if "no-such-quote" in p.message]
    assert missing.path == "content/articles/t.md" and missing.line == 11 and missing.severity == "error"


def test_quote_dates_fall_back_to_the_articles_statement_date_then_publication() -> None:
    data = load_data(EXAMPLE / "content", [])
    body = '"We will hold the line," Zelensky said.\n'
    for front, want in (("title: T\ndate: 2024-05-06\nstatement_date: 2024-05-01\n", "2024-05-01"),
                        ("title: T\ndate: 2024-05-06\n", "2024-05-06")):
        article, problems = parse_article(SourceFile("content/articles/t.md", f"---\n{front}---\n{body}", "x"))
        assert article is not None and not problems
        [q] = analyse.analyse(article, data).quotes
        assert q.statement_date is not None and q.statement_date.date.iso() == want
        assert q.said(article) == q.statement_date


def test_a_quote_added_in_front_matter_is_dated_like_the_article() -> None:
    data = load_data(EXAMPLE / "content", [])
    text = ('---\ntitle: T\ndate: 2024-05-06\nstatement_date: 2024-05-02\nquotes:\n  - add: "a just peace"\n---\n'
            'He spoke of his hope for a just peace.\n')
    article, problems = parse_article(SourceFile("content/articles/t.md", text, "x"))
    assert article is not None and not problems
    [q] = analyse.analyse(article, data).quotes
    assert q.kind == "editorial" and q.said(article).date.iso() == "2024-05-02"
