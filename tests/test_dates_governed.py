"""A date phrase dates the words it governs, not every quote of the article (ux36 #5, #17, #25).

High confidence means the text ties that date to that quote: a broadcast's date line dates every turn
of its transcript; an interviewer's "in March you said" dates the guest's earlier words, not the
interview; a passive "was promised in December" dates the promise, not the words the story quotes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import dated_quotes

from dateline.dates import article_statement_date
from dateline.load import Data, load_data
from dateline.model import DateInfo, PartialDate

TODAY = date(2026, 11, 23)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _data(tmp_path: Path) -> Data:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "speakers.yaml").write_text(
        "- id: okafor\n  name: Chidi Okafor\n  aliases: [Okafor]\n"
        "- id: lindqvist\n  name: Maja Lindqvist\n  aliases: [Lindqvist]\n", "utf-8")
    return load_data(tmp_path, [])




RADIO = """\
"Harbour Hour" morning programme

Broadcast: Monday 3 March 2025, 8:00 a.m.

Host: Maja Lindqvist.

LINDQVIST: Mayor, in January you said the ferry would be free. Is it?

OKAFOR: Maja, the ferry is free for pensioners from April. The rest will follow.

LINDQVIST: And the bridge?

OKAFOR: Nobody will pay a toll on the bridge while I am mayor.
"""


def test_a_broadcast_date_line_dates_every_turn_at_high(tmp_path: Path) -> None:
    info = article_statement_date(_paragraphs(RADIO), None, today=TODAY)
    assert info is not None and info.date == PartialDate(2025, 3, 3) and info.confidence == "high"
    assert info.basis.startswith("occasion line ‘Broadcast: Monday 3 March 2025")
    front = (f"title: T\ndate: 2025-03-03\ndate_confidence: low\nstatement_date: 2025-03-03\n"
             f"statement_date_basis: \"{info.basis}\"\nstatement_date_confidence: high\n")
    got = dated_quotes(_data(tmp_path), front, RADIO)
    assert got["Maja,"] == ("okafor", "2025-03-03", "high"), "the airing dates the answer, no 'c.' guess"
    assert got["Nobody"] == ("okafor", "2025-03-03", "high")


def test_an_interviewers_in_month_you_said_dates_neither_the_interview_nor_its_answers() -> None:
    text = ("Mayor Chidi Okafor spoke to our reporter about the ferry and the bridge.\n\n"
            "Q: Mayor, in January you said the ferry would be free. Is it?\n\n"
            "A: The ferry is free for pensioners from April.\n")
    assert article_statement_date(_paragraphs(text), PartialDate(2025, 8, 30), today=TODAY) is None
    # the radio host's question, turn by turn: the turn is said on air, not in January
    published = DateInfo(PartialDate(2025, 3, 3), "high", "x")
    from dateline.dates import quote_statement_date
    turn = "LINDQVIST: Mayor, in January you told the council the ferry would be free. Is it?"
    assert quote_statement_date(turn, 11, published, published) == DateInfo(
        PartialDate(2025, 3, 3), "high", "inherits the article’s statement date: x")


def test_a_passive_promise_of_a_month_is_background_a_passive_day_only_a_low_last_resort() -> None:
    promised = ("Police in Port Vell on Friday cleared hundreds of fishermen who had blocked the harbour road for "
                "hours, demanding berths they say were promised in June.\n\n"
                "Speaking later that evening, Mayor Chidi Okafor appealed for calm.\n\n"
                "\"Give us time,\" Okafor said.\n")
    assert article_statement_date(_paragraphs(promised), PartialDate(2025, 9, 12), today=TODAY) is None
    announced = ("The new ferry levy was announced on Tuesday.\n\n"
                 "\"It is fair,\" Okafor told reporters.\n")
    info = article_statement_date(_paragraphs(announced), PartialDate(2025, 9, 12), today=TODAY)
    assert info is not None and info.date == PartialDate(2025, 9, 9) and info.confidence == "low"


EXPLAINER = """\
Few schemes have defined Chidi Okafor's time as mayor as much as the harbour bridge. We went back through what he said.

May 2023: "A bridge for all"

At the ground-breaking on May 4, 2023, Okafor told the crowd: "The bridge is the future of this port."

February 2024: "No tolls, ever"

In his budget speech on February 20, 2024, he told the council: "Nobody will pay a toll on this bridge."

Two months later, on April 18, 2024, the tone changed. "We will pause the works until the ferry is free," he said.

Lindqvist, who runs the ferry union, said the changes left crews unable to plan. "One week the ferry stays, \
the next it goes," Lindqvist said.
"""


def test_an_explainers_quotes_take_the_date_their_paragraph_opens_with_not_the_articles(tmp_path: Path) -> None:
    """The article's statement date came from "on May 4, 2023, Okafor told"; the text reports words of
    other occasions too, so that date is not every quote's: a quote takes the date its own paragraph
    opens with (medium: no verb of saying beside it), and one with none is said by the publication date
    (low: all the text tells), never on the article's first occasion at high."""
    front = ("title: T\ndate: 2024-10-05\ndate_confidence: high\nstatement_date: 2023-05-04\n"
             "statement_date_basis: \"‘on May 4, 2023, Okafor told’ → 2023-05-04, as written\"\n"
             "statement_date_confidence: high\n")
    got = dated_quotes(_data(tmp_path), front, EXPLAINER)
    assert got["A"][1:] == ("2023-05", "medium"), "the heading 'May 2023: “…”'"
    assert got["No"][1:] == ("2024-02", "medium")
    assert got["Nobody"] == ("okafor", "2024-02-20", "high"), "its own sentence's verb of saying"
    assert got["We"] == ("okafor", "2024-04-18", "medium"), "not the ground-breaking's date at high"
    assert got["One"] == ("lindqvist", "2024-10-05", "low"), "nothing dates it: said by publication, review asks"


EXPLAINER_FR = """\
Peu de dossiers ont autant marqué le mandat de Chidi Okafor que le pont du port. Retour sur ses déclarations.

Mai 2023 : « Un pont pour tous »

Le 4 mai 2023, lors de la première pierre, Okafor déclarait à la foule : « Ce pont est l'avenir du port. »

En février 2024, devant le conseil, il affirmait : « Personne ne paiera de péage sur ce pont. »

Le 1er avril 2024, le ton change. « Nous suspendons les travaux tant que le bac n'est pas gratuit », affirme-t-il.
"""


def test_a_french_explainer_reads_its_headings_its_running_dates_and_its_imparfait(tmp_path: Path) -> None:
    """French copy writes its dates in running text with no joining word ("Le 4 mai 2023", "le 1er avril 2024"),
    a month's year right after it ("En février 2024", a heading "Mai 2023 : « … »", the colon after a space),
    and an explainer's verbs of saying in the imparfait ("déclarait", "affirmait"): read as the English ones."""
    paragraphs = _paragraphs(EXPLAINER_FR)
    info = article_statement_date(paragraphs, PartialDate(2024, 10, 5), today=TODAY)
    # (the first of the occasions it looks back on, so low: README)
    assert info is not None and info.date == PartialDate(2023, 5, 4) and info.confidence == "low"
    front = ("title: T\ndate: 2024-10-05\ndate_confidence: high\nstatement_date: 2023-05-04\n"
             f"statement_date_basis: \"{info.basis}\"\nstatement_date_confidence: low\n")
    got = dated_quotes(_data(tmp_path), front, EXPLAINER_FR)
    assert got["Un"][1:] == ("2023-05", "medium"), "the heading 'Mai 2023 : « … »'"
    assert got["Ce"] == ("okafor", "2023-05-04", "high"), "its own sentence's 'Le 4 mai 2023, … déclarait'"
    assert got["Personne"] == ("okafor", "2024-02", "high"), "'En février 2024, … il affirmait'"
    assert got["Nous"] == ("okafor", "2024-04-01", "medium"), "the date its paragraph opens with"


def test_a_french_period_beside_a_verb_of_saying_dates_the_words_to_that_week() -> None:
    """« rappelait encore la semaine dernière que « … » »: French periods ("la semaine dernière", "l'année
    dernière") are read as English's "last week", "last year" beside a verb that reports words."""
    from dateline.dates import quote_statement_date
    published = DateInfo(PartialDate(2025, 3, 12), "high", "date line")
    paragraph = ("Son économiste en chef, Jane Roe, rappelait encore la semaine dernière que « la dette coûtera "
                 "deux points de PIB ».")
    info = quote_statement_date(paragraph, paragraph.index("«") + 2, None, published)
    assert info is not None and (info.date.iso(), info.end and info.end.iso()) == ("2025-03-03", "2025-03-09"), info


def test_an_explainer_of_one_verb_dated_quote_and_scene_dated_others_reports_several_occasions(tmp_path: Path) -> None:
    """Only the first quote's date is tied to a verb of saying; the others' paragraphs open with their own dates
    ("Two months later, on April 18, 2024, the tone changed. “…,” he said"): those scenes are occasions of their
    own, so the quotes take them, not the first occasion's date for every one."""
    body = ("Few schemes have defined Chidi Okafor's time as mayor as much as the harbour bridge.\n\n"
            "At the ground-breaking on May 4, 2023, Okafor told the crowd: \"The bridge is the future of this port.\"\n\n"
            "Two months later, on April 18, 2024, the tone changed. \"We will pause the works until the ferry is "
            "free,\" he said.\n\n"
            "In October 2024, the same turn on the tolls: \"Nobody rides free forever,\" he admitted.\n")
    front = ("title: T\ndate: 2024-12-05\ndate_confidence: high\nstatement_date: 2023-05-04\n"
             "statement_date_basis: \"‘on May 4, 2023, Okafor told’ → 2023-05-04, as written\"\n"
             "statement_date_confidence: low\n")
    got = dated_quotes(_data(tmp_path), front, body)
    assert got["The"] == ("okafor", "2023-05-04", "high")
    assert got["We"] == ("okafor", "2024-04-18", "medium")
    assert got["Nobody"] == ("okafor", "2024-10", "medium")


def test_a_story_of_one_occasion_keeps_its_date_for_every_quote(tmp_path: Path) -> None:
    """A lead that names the day and a paragraph that opens with an older date: one occasion reported,
    so the quotes keep the article's date as they did (the scene rule is for several occasions only)."""
    front = ("title: T\ndate: 2024-10-05\ndate_confidence: high\nstatement_date: 2024-10-04\n"
             "statement_date_basis: \"‘said on Friday’ → 2024-10-04\"\nstatement_date_confidence: medium\n")
    body = ("Mayor Chidi Okafor said on Friday the ferry would stay free.\n\n"
            "In 2019, the ferry was rebuilt at a cost of $2m. \"We will not waste that money,\" Okafor said.\n")
    got = dated_quotes(_data(tmp_path), front, body)
    assert got["We"] == ("okafor", "2024-10-04", "medium")


def test_a_fragment_said_a_year_before_the_articles_occasion_is_counted_back_low(tmp_path: Path) -> None:
    """"came a year after she told the council that the bridge “will be free”": the fragment is the older
    words, not the day the article dates (which made a same-day reversal of the mayor's position)."""
    front = ("title: T\ndate: 2025-06-10\ndate_confidence: high\nstatement_date: 2025-06-08\n"
             "statement_date_basis: \"‘on Sunday declared’ → 2025-06-08\"\nstatement_date_confidence: medium\n")
    body = ("Mayor Maja Lindqvist on Sunday declared the bridge toll back, saying the port could not pay for it.\n\n"
            "\"The toll returns in July,\" Lindqvist told a meeting in the old market.\n\n"
            "Her remarks came a year after she told the council that the bridge \"will stay free for everyone\".\n")
    got = dated_quotes(_data(tmp_path), front, body)
    assert got["The"] == ("lindqvist", "2025-06-08", "medium")
    assert got["will"] == ("lindqvist", "2024-06", "low")


def test_news_of_its_day_keeps_its_date_for_undated_quotes_whatever_older_words_it_recalls(tmp_path: Path) -> None:
    """The lead's day is a day before publication: news. A paragraph quoting what the mayor said in a
    speech a year before is another occasion, but the story's undated quotes are still of its own day."""
    front = ("title: T\ndate: 2024-10-05\ndate_confidence: high\nstatement_date: 2024-10-04\n"
             "statement_date_basis: \"‘said on Friday’ → 2024-10-04\"\nstatement_date_confidence: medium\n")
    body = ("Mayor Chidi Okafor said on Friday the ferry would stay free.\n\n"
            "In a speech on September 12, 2023, he told the council: \"The ferry is a road on water.\"\n\n"
            "\"Nobody will pay to cross,\" Okafor said.\n")
    got = dated_quotes(_data(tmp_path), front, body)
    assert got["The"] == ("okafor", "2023-09-12", "high")
    assert got["Nobody"] == ("okafor", "2024-10-04", "medium")


CHAT = """\
[3/11/25, 9:02 p.m.] Kofi Mensah: The borehole pump at the lorry park broke again this evening

[4/11/25, 7:15 a.m.] Kofi Mensah: As I said yesterday at the assembly, we need a new pump, not repairs

[4/11/25, 7:16 a.m.] Ama Serwaa: ‎<Media omitted>

[4/11/25, 7:20 a.m.] Ama Serwaa: Noted. I will raise it with the district engineer today
"""


def test_a_chat_messages_stamp_dates_its_words_not_a_yesterday_in_another(tmp_path: Path) -> None:
    """A chat export: each message is its sender's words, written when its stamp says. The article's statement
    date came from one message's "said yesterday" and dated every message (ux44 #2); the stamps decide, in the
    one order the export writes them (day first here: the month-first days would be long before the export)."""
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "speakers.yaml").write_text(
        "- id: mensah\n  name: Kofi Mensah\n  aliases: [Mensah]\n- id: serwaa\n  name: Ama Serwaa\n", "utf-8")
    front = ("title: T\ndate: 2025-11-04\ndate_confidence: high\nstatement_date: 2025-11-03\n"
             "statement_date_basis: \"‘said yesterday’ → 2025-11-03\"\nstatement_date_confidence: medium\n")
    got = dated_quotes(load_data(tmp_path, []), front, CHAT)
    assert got["The"] == ("mensah", "2025-11-03", "medium"), got
    assert got["As"] == ("mensah", "2025-11-04", "medium"), "its own stamp, not the 'yesterday' in it"
    assert got["Noted."] == ("serwaa", "2025-11-04", "medium")
    # a part above 12 settles the order, at high; a month-first export reads month first
    got = dated_quotes(load_data(tmp_path, []), front.replace("2025-11-03", "2025-10-29"),
                       CHAT.replace("3/11/25", "10/29/25").replace("4/11/25", "11/4/25"))
    assert got["The"] == ("mensah", "2025-10-29", "high") and got["Noted."] == ("serwaa", "2025-11-04", "high"), got


RECAP_PT = """\
O prefeito Chidi Okafor mudou três vezes de posição sobre a tarifa do barco. Este é o registo.

Em 2023, ainda candidato, disse numa entrevista a este jornal que “subir a tarifa é cobrar duas vezes aos pobres”.

Março de 2024: “As contas mudaram”. Com essa frase, na rádio local, anunciou que apoiaria o aumento.

A 4 de junho de 2024 apresentou os descontos. “O ajuste pagam-no os que mais têm”, afirmou então.

Com os repasses de verbas atrasados, Okafor disse em setembro que “sem o dinheiro não endivido a cidade”.

A vereadora Maja Lindqvist, hoje sua crítica, disse a este jornal na semana passada que “o prefeito muda de ideias \
como muda de gabinete”.
"""


def test_an_explainer_dates_each_old_quote_by_what_its_paragraph_says_never_its_own_day(tmp_path: Path) -> None:
    """An explainer of no statement date of its own re-quotes words of several years: each quote is dated by the
    year, month or day its text gives ("Em 2023 … disse", a heading "Março de 2024:", "afirmou então" after "A 4 de
    junho de 2024", "disse em setembro", "na semana passada"), a year alone at low so review asks for its day —
    never by the explainer's own day of publication (ux44 #10: five quotes of a Spanish recap took it)."""
    front = "title: T\ndate: 2026-11-30\ndate_confidence: high\nlang: pt\n"
    data = _data(tmp_path)
    got = dated_quotes(data, front, RECAP_PT)
    assert got["subir"] == ("okafor", "2023", "low"), got
    assert got["As"] == ("okafor", "2024-03", "medium"), "the heading 'Março de 2024:'"
    assert got["O"] == ("okafor", "2024-06-04", "medium"), "'afirmou então' points back to its paragraph's day"
    assert got["sem"] == ("okafor", "2026-09", "medium"), got
    assert got["o"][0] == "lindqvist" and got["o"][1] != "2026-11-30", got
    # … and so when the import gave the article the lead's year as its statement date: the heading still comes
    # first, before the speaker's other dated sentence ("disse em setembro")
    front += ("statement_date: '2023'\nstatement_date_basis: \"‘Em 2023, ainda candidato, disse’ → 2023\"\n"
              "statement_date_confidence: low\n")
    assert dated_quotes(data, front, RECAP_PT)["As"] == ("okafor", "2024-03", "medium")


RECAP_DE = """\
Bürgermeisterin Maja Lindqvist hat ihre Haltung zur Fährgebühr dreimal geändert. Eine Chronik.

Jänner 2023: „Wir werden die Fähre nie verkaufen.“ Mit diesem Satz stellte sich Maja Lindqvist den Wählern vor.

Mai 2024: „Ein Verkauf ist kein Tabu mehr.“

Mit diesen Worten überraschte Chidi Okafor den Gemeinderat.

Juni 2025: „Die Fähre bleibt.“ Eine Mehrheit fand sich dafür nicht.
"""


def test_an_explainer_in_another_language_dates_a_quote_by_its_month_heading_and_names_its_speaker_after() -> None:
    """A German (Austrian) explainer: a heading of a month and its year before a quote ("Jänner 2023: „…“", CLDR's
    months of every language read, Austria's "Jänner" too) dates it, as "March 2024:" and "Marzo de 2024:" do; the
    sentence after it that opens by pointing back at the words ("Mit diesem Satz stellte sich X …", "Mit diesen
    Worten überraschte X …", in its paragraph or opening the next) names who said them. A usability round's Vienna
    desk read such a quote as unknown and said on the day of publication. A sentence after that names no words
    ("Eine Mehrheit fand sich …") gives no speaker."""
    import tempfile
    front = "title: T\ndate: 2026-11-30\ndate_confidence: high\nlang: de\n"
    got = dated_quotes(_data(Path(tempfile.mkdtemp())), front, RECAP_DE)
    assert got["Wir"] == ("lindqvist", "2023-01", "medium"), got
    assert got["Ein"] == ("okafor", "2024-05", "medium"), got
    assert got["Die"][1:] == ("2025-06", "medium") and got["Die"][0] != "okafor", got
    french = ("Janvier 2024 : « Le bac restera gratuit. » Par ces mots, Chidi Okafor a clos la campagne.\n\n"
              "Octobre 2025 : « Tout se discute. » Avec ces mots, Maja Lindqvist a ouvert le conseil.\n")
    got = dated_quotes(_data(Path(tempfile.mkdtemp())), front.replace("lang: de", "lang: fr"), french)
    assert got["Le"] == ("okafor", "2024-01", "medium") and got["Tout"] == ("lindqvist", "2025-10", "medium"), got


def test_a_period_named_in_the_reported_clause_dates_no_words() -> None:
    """'anunció que las obras terminan en marzo': the month is the clause's, not the saying's; 'en marzo de 2024
    dijo' dates the saying."""
    from dateline.dates import _governed
    assert [c.phrase.text for c in _governed("La alcaldesa de Quito anunció que las obras de la vía terminan en marzo.")] \
        == []
    assert [c.phrase.text for c in _governed("La alcaldesa de Quito dijo en marzo de 2024 que “no habrá peaje”.")] \
        == ["en marzo de 2024"]


def test_a_spanish_interviews_en_dialogo_con_dates_its_words_by_the_day_beside_it() -> None:
    """"En diálogo con X, ayer en su despacho, el intendente hizo un balance": the interview was yesterday, so its
    answers were said then, as "In an interview with X yesterday" dates them (ux44: a printed interview's answers
    took the day of publication)."""
    lead = ["En diálogo con Radio Sur, ayer en su despacho, el intendente de Rosario Tomás Ibarra hizo un balance.",
            "P: ¿Se arrepiente del peaje?", "R: No. Lo volvería a hacer."]
    info = article_statement_date(lead, PartialDate(2025, 4, 9), today=TODAY)
    assert info is not None and info.date.iso() == "2025-04-08", info


def test_a_dialogue_dashs_own_words_never_date_its_saying(tmp_path: Path) -> None:
    """"— A ponte abre em maio — disse a autarca.": the month is in her words (a dash fences them off as marks
    do), so the quote keeps the day the article gives its words, as the answer after it does."""
    front = ("title: T\ndate: 2025-08-17\ndate_confidence: high\nstatement_date: 2025-08-16\n"
             "statement_date_basis: \"‘disse ontem’ → 2025-08-16\"\nstatement_date_confidence: medium\nlang: pt\n")
    body = ("A autarca de Viana, Chidi Okafor, ouviu ontem os pescadores no cais.\n\n"
            "— A ponte abre em maio — disse Okafor.\n\n— Em maio já não há barcos — respondeu Lindqvist.\n")
    got = dated_quotes(_data(tmp_path), front, body)
    assert got["A"] == ("okafor", "2025-08-16", "medium"), got
    assert got["Em"][:2] == ("lindqvist", "2025-08-16"), got
