"""A saved interview whose questions the page marks only by bold (`webpage.bold_interview`): the
import writes it as a `Q:`/`A:` interview (in the page's language's labels), so the questions are
the interviewer's turns and the answers the interviewee's, never the other way round. The pages
are invented, in the styles of a WordPress daily, an Arc XP page and a German CMS."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline import importer, webpage
from dateline.load import load_data, read_source, split_front_matter
from dateline.model import Article, DateInfo, PartialDate
from dateline.pipeline import analyse


def _page(lang: str, title: str, body: str, site: str = "Diario del Puerto") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>'
            f'<meta property="og:site_name" content="{site}">'
            '<meta property="article:published_time" content="2026-11-28T09:00:00-03:00"></head><body>'
            '<header><nav><a href="/">Home</a> <a href="/politica">Política</a></nav></header>'
            f'<main><article><h1>{title}</h1><div class="entry-content">{body}</div></article></main>'
            f'<footer><p>© 2026 {site}</p></footer></body></html>')


# WordPress (Gutenberg): <p><strong>…</strong></p> questions, an Argentine daily's interview
PORTENO = _page("es-AR", "Ana Ruiz: “El puente se termina en marzo”", (
    "<p>La intendenta de Puerto Ellis, Ana Ruiz, recibió a este diario en su despacho del palacio municipal "
    "para hablar de la obra que divide a la ciudad desde hace dos años.</p>"
    "<p><strong>¿Cuándo se termina la obra del puente?</strong></p>"
    "<p>En marzo, si el clima acompaña. Los pilotes ya están todos colocados y falta el tablero central.</p>"
    "<p><strong>La oposición dice que el costo se duplicó desde el comienzo.</strong></p>"
    "<p>No es así. Hubo una actualización por inflación, como en toda obra pública del país.</p>"
    "<p>Los números están publicados en el portal de la municipalidad y cualquiera los puede revisar.</p>"
    "<p><strong>El peaje</strong></p>"
    "<p><strong>¿Va a cobrar peaje a los vecinos?</strong></p>"
    "<p>Nunca. Los vecinos de Puerto Ellis no van a pagar por cruzar su propio puerto.</p>"
    "<p><em>Esta entrevista fue editada por razones de extensión.</em></p>"))

# Arc XP: each paragraph a classed <p data-el="text">, the questions in <b>
ARC = _page("en-US", "‘We will never charge residents a toll’: Mayor Ruiz on the bridge", (
    '<p class="c-paragraph" data-el="text">Mayor Ana Ruiz sat down with the Harbour Post on Friday to talk about '
    "the bridge, the toll and the council vote that is still to come.</p>"
    '<p class="c-paragraph" data-el="text"><b>When will the bridge open?</b></p>'
    '<p class="c-paragraph" data-el="text">In the spring. The last span goes in over the winter, weather '
    "permitting, and then we test it for a month.</p>"
    '<p class="c-paragraph" data-el="text"><b>Will residents pay a toll to cross it?</b></p>'
    '<p class="c-paragraph" data-el="text">No. We will never charge residents a toll to cross their own '
    "harbour.</p>"), site="The Harbour Post")

# a German CMS: the question a bold lead-in, the answer after it in the same paragraph
HAFEN = _page("de-DE", "Bürgermeisterin Ruiz: „Die Brücke kommt im März“", (
    "<p>Die Bürgermeisterin von Port Ellis, Ana Ruiz, hat mit unserer Redaktion über den Bau der neuen "
    "Hafenbrücke gesprochen, die die Stadt seit zwei Jahren beschäftigt.</p>"
    "<p><strong>Frau Ruiz, wann ist die Brücke fertig?</strong> Im März, wenn das Wetter mitspielt. Die "
    "Pfeiler stehen alle.</p>"
    "<p><strong>Zahlen die Anwohner eine Maut?</strong> Nein. Die Anwohner zahlen nie für ihre eigene "
    "Brücke.</p>"), site="Hafenbote")

SPEAKERS = "- id: ruiz\n  name: Ana Ruiz\n  aliases: [Ruiz]\n  roles: [the mayor, la intendenta]\n"


def _paragraphs(html: str) -> list[str]:
    return list(webpage.read_page(html).paragraphs)


def test_bold_questions_of_a_wordpress_interview_become_its_turns() -> None:
    paras = _paragraphs(PORTENO)
    assert "P: ¿Cuándo se termina la obra del puente?" in paras  # Spanish labels: es.toml's P and R
    assert "R: En marzo, si el clima acompaña. Los pilotes ya están todos colocados y falta el tablero central." in paras
    # a statement put to the guest is a question too; the answer's second paragraph is hers as well
    assert "P: La oposición dice que el costo se duplicó desde el comienzo." in paras
    assert "R: Los números están publicados en el portal de la municipalidad y cualquiera los puede revisar." in paras
    assert "El peaje" in paras  # a bold subheading is no question
    assert "R: Nunca. Los vecinos de Puerto Ellis no van a pagar por cruzar su propio puerto." in paras
    assert not any(p.startswith(("P: ", "R: ")) for p in paras[:1])  # the introduction is the paper's
    assert all(not p.startswith("R: Esta entrevista") for p in paras)  # the note in italics is no answer


def test_an_arc_page_and_a_bold_lead_in() -> None:
    paras = _paragraphs(ARC)
    assert paras[-4:] == ["Q: When will the bridge open?",
                          "A: In the spring. The last span goes in over the winter, weather permitting, and then we "
                          "test it for a month.",
                          "Q: Will residents pay a toll to cross it?",
                          "A: No. We will never charge residents a toll to cross their own harbour."]
    paras = _paragraphs(HAFEN)
    assert paras[-4:] == ["Frage: Frau Ruiz, wann ist die Brücke fertig?",
                          "Antwort: Im März, wenn das Wetter mitspielt. Die Pfeiler stehen alle.",
                          "Frage: Zahlen die Anwohner eine Maut?",
                          "Antwort: Nein. Die Anwohner zahlen nie für ihre eigene Brücke."]


def test_a_story_with_bold_subheadings_or_marked_turns_is_left_as_it_is() -> None:
    story = _page("en-GB", "Council backs the bridge", (
        "<p>The council voted on Tuesday to back the harbour bridge, after a debate that ran past midnight.</p>"
        "<p><strong>What happens next?</strong></p>"
        "<p>The plans go to the regional authority, which has six weeks to decide whether to call them in.</p>"
        "<p><strong>Who pays</strong></p>"
        "<p>The council will borrow the money and repay it from the toll, the mayor said.</p>"), site="Ellis Echo")
    assert not any(p.startswith(("Q: ", "A: ")) for p in _paragraphs(story))  # one question: an explainer's heading
    dashed = _page("es-AR", "Ruiz: “El puente se termina en marzo”", (
        "<p>La intendenta Ana Ruiz habló con este diario sobre la obra del puente y el peaje.</p>"
        "<p><b>—¿Cuándo se termina la obra?</b></p><p>—En marzo, si el clima acompaña.</p>"
        "<p><b>—¿Va a cobrar peaje?</b></p><p>—Nunca. Los vecinos no van a pagar.</p>"))
    assert "—¿Cuándo se termina la obra?" in _paragraphs(dashed)  # a dialogue's dashes: read as they are
    labelled = dashed.replace("<b>—", "<b>P. ").replace("<p>—", "<p>R. ")
    assert "P. ¿Cuándo se termina la obra?" in _paragraphs(labelled)  # El País's P./R.: as they are
    addressed = dashed.replace("<b>—¿Cuándo", "<b>Sra. Ruiz, ¿cuándo").replace("<b>—", "<b>").replace("<p>—", "<p>")
    assert "P: Sra. Ruiz, ¿cuándo se termina la obra?" in _paragraphs(addressed)  # an address is no label


def test_the_import_gives_the_questions_to_the_interviewer_and_the_answers_to_the_guest(tmp_path: Path) -> None:
    (tmp_path / "content" / "_data").mkdir(parents=True)
    (tmp_path / "content" / "_data" / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    into = tmp_path / "content" / "articles"
    saved = tmp_path / "entrevista.html"
    saved.write_text(PORTENO, encoding="utf-8")
    [result] = importer.import_jobs([(saved, importer.ImportOptions(into=into, today=date(2026, 12, 6)))])
    assert result.problem is None, result.problem
    meta, body, line, _ = split_front_matter(read_source(Path(result.target), result.target))
    assert meta["speakers"] == ["ruiz"]
    article = Article(id="a", path=result.target, slug="a", title=str(meta["title"]),
                      date=DateInfo(PartialDate(2026, 11, 28), "high", "x"), body=body, body_line=line)
    quotes = analyse(article, load_data(tmp_path / "content", [])).quotes
    said = {q.text: q.speaker for q in quotes if q.kind == "transcript-turn"}
    assert said["¿Cuándo se termina la obra del puente?"] != "ruiz"
    assert said["En marzo, si el clima acompaña. Los pilotes ya están todos colocados y falta el tablero central."] \
        == "ruiz"
    assert said["Nunca. Los vecinos de Puerto Ellis no van a pagar por cruzar su propio puerto."] == "ruiz"
