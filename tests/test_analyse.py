"""Per-article analysis: quotes found, attributed, dated and tagged; front-matter corrections applied."""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLE, dated_quotes

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


def _harbour_data(tmp_path: Path) -> Data:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "speakers.yaml").write_text(
        "- id: mbeki\n  name: Thandi Mbeki\n- id: okafor\n  name: Chidi Okafor\n", "utf-8")
    return load_data(tmp_path, [])




def test_a_quote_is_dated_by_its_own_speakers_day_not_another_speakers(tmp_path: Path) -> None:
    """The article's statement date came from Okafor's "in a statement on Friday"; Mbeki spoke on
    Saturday (the lead says so): her quotes take her own day, his keep his."""
    data = _harbour_data(tmp_path)
    front = ("title: T\ndate: 2023-06-10\nstatement_date: 2023-06-09\n"
             "statement_date_basis: ‘statement on Friday’ → 2023-06-09\nstatement_date_confidence: medium\n")
    body = ("PORT ELIZABETH, June 10 (Wire) - Harbour minister Thandi Mbeki said on Saturday the port levy "
            "would be scrapped.\n\n"
            "\"Shipping will not pay twice for the same berth,\" Mbeki told reporters.\n\n"
            "\"The levy keeps the dredgers working,\" Okafor said in a statement on Friday.\n\n"
            "\"Ports are built by those who use them,\" Mbeki said.\n")
    got = dated_quotes(data, front, body)
    assert got["Shipping"] == ("mbeki", "2023-06-10", "medium")
    assert got["Ports"] == ("mbeki", "2023-06-10", "medium")
    assert got["The"] == ("okafor", "2023-06-09", "medium")


def test_a_quote_of_another_speaker_with_no_day_of_their_own_is_low(tmp_path: Path) -> None:
    data = _harbour_data(tmp_path)
    front = ("title: T\ndate: 2023-06-10\nstatement_date: 2023-06-09\n"
             "statement_date_basis: ‘statement on Friday’ → 2023-06-09\nstatement_date_confidence: medium\n")
    body = ("\"The levy keeps the dredgers working,\" Okafor said in a statement on Friday.\n\n"
            "\"Shipping will not pay twice,\" Mbeki told reporters.\n")
    got = dated_quotes(data, front, body)
    assert got["Shipping"] == ("mbeki", "2023-06-09", "low"), "review asks: nothing dates her words"


def test_a_live_blog_entry_is_dated_by_its_own_day_not_another_entrys_yesterday(tmp_path: Path) -> None:
    data = _harbour_data(tmp_path)
    front = ("title: T\ndate: 2024-02-20\ndate_confidence: high\nstatement_date: 2024-02-19\n"
             "statement_date_basis: ‘Yesterday, Okafor said’ → 2024-02-19\nstatement_date_confidence: medium\n")
    body = ("20:15 — Okafor leaves the council\n\n"
            "Okafor told reporters on his way out: \"The levy stays until the dredgers are paid for.\"\n\n"
            "08:30 — Good morning\n\n"
            "Welcome to our coverage. Yesterday, Okafor said he would not sign \"until the berths are free\".\n")
    got = dated_quotes(data, front, body)
    assert got["The"] == ("okafor", "2024-02-20", "medium"), "the 20:15 entry: the blog's own day"
    assert got["until"][1] == "2024-02-19", "the entry that says 'Yesterday' keeps it"


def test_french_quotes_are_shown_without_the_spaces_inside_their_guillemets() -> None:
    """« … » (a space, often a no-break one, inside each mark) gives the words without that padding, and a
    quote run on into a second paragraph gives that part without the mark that re-opens it; the id and the
    verbatim span are the words'; a card sets the marks of the quote's language."""
    from dateline.ui import quote_marks
    from dateline.views import QuoteView

    data = load_data(Path(__file__).parent / "fixtures" / "quotes" / "french", [])
    text = ('---\ntitle: T\ndate: 2024-05-06\n---\n'
            '« Nous ne fermerons aucune ligne », a déclaré Olivier Mertens.\n\n'
            '«\u00a0Le calendrier est tenu.\n\n'
            '«\u202fIl n\'y aura pas de report\u202f», a ajouté M. Mertens.\n')
    article, problems = parse_article(SourceFile("content/articles/t.md", text, "x"))
    assert article is not None and not problems
    first, second = analyse.analyse(article, data).quotes
    assert (first.text, first.speaker) == ("Nous ne fermerons aucune ligne", "mertens")
    assert article.body[first.span.start:first.span.end] == first.text
    assert second.parts == ("Le calendrier est tenu.", "Il n'y aura pas de report")
    assert second.text.startswith("Le calendrier") and second.text.endswith("report")
    # printed between the marks of its language (ux26: one rule for every place, tests/test_ui.py), the
    # padding the report set inside « » gone and the marks' own no-break spaces in its place
    view = QuoteView(first, article, "", first.said(article), "", "", [], [], "", marks=quote_marks("fr"))
    assert view.quoted(" " + first.text + "\u202f") == "«\u00a0Nous ne fermerons aucune ligne\u00a0»"


def test_german_guillemets_in_a_lang_de_article_and_french_ones_beside_it() -> None:
    """»…« (German: » opens, « closes) in an article marked `lang: de`, run on into a second paragraph,
    gives the words, not the text between two quotes; a French article's « … » beside it keeps its own
    direction. The marks decide, not the language: the German article reads the same without `lang`."""
    german = load_data(Path(__file__).parent / "fixtures" / "quotes" / "german", [])
    french = load_data(Path(__file__).parent / "fixtures" / "quotes" / "french", [])
    body = ('»Die Stadtbahn kommt«, sagte Hollweg am Dienstag.\n\n'
            'Die Grünen zeigten sich erleichtert. »Wir haben lange gewartet.\n\n'
            '»Jetzt wird gebaut«, sagte Demirci.\n')
    for lang in ("lang: de\n", ""):
        article, problems = parse_article(SourceFile("content/articles/de.md",
                                                     f"---\ntitle: T\ndate: 2024-05-06\n{lang}---\n{body}", "x"))
        assert article is not None and not problems
        first, second = analyse.analyse(article, german).quotes
        assert (first.text, first.speaker) == ("Die Stadtbahn kommt", "hollweg")
        assert second.parts == ("Wir haben lange gewartet.", "Jetzt wird gebaut") and second.speaker == "demirci"
    text = ('---\ntitle: T\ndate: 2024-05-06\nlang: fr\n---\n'
            '« Nous ne fermerons aucune ligne », a déclaré Olivier Mertens.\n\n'
            '«Il n\'y aura pas de report», a ajouté M. Mertens.\n')
    article, problems = parse_article(SourceFile("content/articles/fr.md", text, "x"))
    assert article is not None and not problems
    assert [(q.text, q.speaker) for q in analyse.analyse(article, french).quotes] == [
        ("Nous ne fermerons aucune ligne", "mertens"), ("Il n'y aura pas de report", "mertens")]


def test_a_topics_correction_drops_the_stance_on_a_topic_the_quote_is_no_longer_on(tmp_path: Path) -> None:
    """`topics:` moves a quote off a topic: its stance there goes with it (it made that topic's shifts)."""
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "topics.yaml").write_text(
        "- id: ferry\n  label: Ferry\n  cues: [ferry]\n  stances:\n"
        "    - {id: subsidise, label: Subsidise it, cues: [\"the ministry of finance\"]}\n"
        "- id: bridge\n  label: Bridge\n  cues: [bridge]\n", "utf-8")
    data = load_data(tmp_path, [])
    text = ('---\ntitle: T\ndate: 2024-05-06\nquotes:\n  - text: "The ferry money"\n    topics: [bridge]\n---\n'
            '"The ferry money sits with the ministry of finance," the mayor said.\n')
    article, problems = parse_article(SourceFile("content/articles/t.md", text, "x"))
    assert article is not None and not problems
    [q] = analyse.analyse(article, data).quotes
    assert q.topics == ("bridge",) and q.stance == {}
