"""The extraction findings of a Brazilian fact-checking agency's blind usability round (ux76, a state governor and a
federal minister in pt-BR): date lines that stopped the import (a relative update stamp, an upper-case record head,
a building and its city before the date, a podcast's recording line), a Legislative Assembly's taquigráfico turns
(`O SR. DEPUTADO X (PSD) –`, `A SRA. DEPUTADA X (PT) –`, the chair with its holder in brackets), a speech quoting
another's words, an appended correction of the day, "Para X, …" views and a body's name before its leader, an
office's epithet after a governor was named, a reporter's outlet in brackets, another speaker's "ontem", and titles
(an agency's paper masthead, a section's path, the issuing office under a government's masthead, an interview's
kicker, a podcast's episode line).

All inputs are invented, in the styles of other lusophone places (Portugal, Angola, Mozambique, Cape Verde): the
names are no real person's, each rule with a negative beside it.
"""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline import dates, headline, importer
from dateline.config import NumericOrder
from dateline.model import DateInfo, PartialDate, Speaker

TODAY = date(2026, 12, 7)
DAY_FIRST = NumericOrder(True, 'language = "pt-PT"')


def _published(text: str) -> str | None:
    found = dates.publication_date(text, today=TODAY, order=DAY_FIRST)
    return found.info.date.iso() if found.info is not None else None


def _stated(paragraphs: list[str], published: str) -> str | None:
    y, m, d = map(int, published.split("-"))
    info = dates.article_statement_date(paragraphs, DateInfo(PartialDate(y, m, d), "high", "test"), today=TODAY,
                                        order=DAY_FIRST)
    return info.date.iso() if info is not None else None


# --- finding 2: date lines that stopped the import --------------------------------------------------------------

def test_an_update_stamps_age_in_portuguese_leaves_the_date_line_readable() -> None:
    text = ("Jornal de Benguela\n\nGoverno provincial adia obras na marginal\n\n12/03/2025 09h40 Atualizado há 3 horas"
            "\n\nO governador provincial anunciou ontem o adiamento das obras.\n")
    assert _published(text) == "2025-03-12"
    # … in Spanish too ("Actualizado hace 2 días"), the same stamp of another language
    assert _published("Diario del Sur\n\nTítulo de la nota de hoy\n\n12/03/2025 09:40 Actualizado hace 2 días\n\n"
                      "El gobernador anunció ayer el aplazamiento de las obras.\n") == "2025-03-12"


def test_an_update_stamp_alone_dates_nothing() -> None:
    # the negative: the age alone is no date of the page
    assert _published("Jornal de Benguela\n\nGoverno adia obras\n\nAtualizado há 3 horas\n\n"
                      "O governador provincial anunciou o adiamento das obras.\n") is None


def test_an_upper_case_records_head_up_to_its_day_is_its_date_line() -> None:
    text = ("CÂMARA MUNICIPAL DE BRAGA\n\nATA DA 7ª SESSÃO ORDINÁRIA DA ASSEMBLEIA MUNICIPAL, REALIZADA EM 3 DE MAIO DE "
            "2025\n\nO SR. PRESIDENTE (DEPUTADO RUI AMARAL - PS) – Está aberta a sessão.\n")
    assert _published(text) == "2025-05-03"
    # … and a sitting's ordinal before its kind and its date ("15ª SESSÃO ORDINÁRIA – 04/06/2025")
    assert _published("ASSEMBLEIA PROVINCIAL DE TETE\n\n15ª SESSÃO ORDINÁRIA – 04/06/2025\n\n"
                      "O SR. PRESIDENTE – Está aberta a sessão.\n") == "2025-06-04"


def test_a_sentence_in_capitals_naming_a_day_is_no_date_line() -> None:
    # the negative: a line that says something else beside the day keeps its words
    assert _published("A CÂMARA APROVOU EM 3 DE MAIO DE 2025 O ORÇAMENTO DO ANO SEGUINTE E O PLANO\n\n"
                      "O presidente da câmara falou aos jornalistas no fim da reunião.\n") is None


def test_a_building_and_its_city_before_the_date_are_where_the_words_were_said() -> None:
    text = ("TRANSCRIÇÃO – CONFERÊNCIA DE IMPRENSA DO MINISTRO DAS PESCAS\nPalácio do Povo, Luanda, 4 de junho de "
            "2025\n\nMINISTRO JOSÉ KALUNGA: Boa tarde a todos.\n")
    assert _published(text) == "2025-06-04"


def test_a_sentence_naming_a_place_and_a_day_is_no_date_line() -> None:
    # the negative: words of a sentence before the place and the day
    assert dates._header_line_dates("O ministro esteve no Palácio do Povo, Luanda, 4 de junho de 2025") == []


def test_a_podcasts_recording_line_dates_the_words_and_its_published_date_the_page() -> None:
    text = ('Conversas de Domingo — Episódio 12: "O mar que nos une", com Ana Tembe\n\nGravado em 2 de junho de 2025 · '
            "Publicado em 04/06/2025 · 40 min\n\nMARTA LOPES: Ministra, bem-vinda.\n\nANA TEMBE: Obrigada, Marta.\n")
    found = dates.publication_date(text, today=TODAY, order=DAY_FIRST)
    assert found.info is not None and found.info.date.iso() == "2025-06-04"
    assert _stated(importer._paragraphs(found.text), "2025-06-04") == "2025-06-02"


# --- findings 3 and 4: a Legislative Assembly's taquigráfico record ------------------------------------------------

ASSEMBLY = (Speaker("tembe", "Ana Tembe", aliases=("Ana Tembe", "Tembe")),
            Speaker("mabote", "Carlos Mabote", aliases=("Carlos Mabote", "Mabote"), roles=("o governador",)))

SESSION = """\
ASSEMBLEIA PROVINCIAL DE INHAMBANE
NOTAS TAQUIGRÁFICAS

O SR. PRESIDENTE (DEPUTADO LUÍS MONDLANE - MDM) – Está aberta a sessão. Tem a palavra a Deputada Ana Tembe.

A SRA. DEPUTADA ANA TEMBE (RENAMO) – Senhor Presidente, em março o governador disse: "A ponte sai este ano". Onde está a ponte?

O SR. DEPUTADO JOÃO CARLOS MACUÁCUA (FRELIMO) – Senhor Presidente, a ponte está no orçamento. Peço calma à Deputada.

A SRA. DEPUTADA ANA TEMBE (RENAMO) – Calma pede quem tem obra para mostrar.

O SR. PRESIDENTE (DEPUTADO LUÍS MONDLANE - MDM) – Está encerrada a sessão.
"""


def test_a_taquigraficos_turns_are_their_members_and_the_chair_its_holder() -> None:
    said = attributed(SESSION, ASSEMBLY)
    assert [(kind, who) for _t, kind, who in said] == [
        ("transcript-turn", "luis-mondlane"),  # the chair: its holder in the bracket, his own office and party aside
        ("transcript-turn", "tembe"),  # `A SRA. DEPUTADA …`: no label cut at the title's full stop
        ("transcript-turn", "joao-carlos-macuacua"),  # all of his name, "DEPUTADO" no part of it
        ("transcript-turn", "tembe"),
        ("transcript-turn", "luis-mondlane")], said


def test_words_quoted_inside_a_members_speech_are_her_turn_not_the_governors_statement() -> None:
    said = attributed(SESSION, ASSEMBLY)
    assert not any(who == "mabote" for _t, _k, who in said)
    assert said[1][0].startswith("Senhor Presidente, em março o governador disse")


def test_capitals_opening_one_line_with_a_title_are_no_record() -> None:
    # the negative: a wire's lead in capitals, one line, no record of turns
    said = attributed('MAPUTO – A deputada Ana Tembe criticou o governo. "A ponte não sai", disse Tembe.\n', ASSEMBLY)
    assert [(k, who) for _t, k, who in said] == [("direct", "tembe")]


# --- finding 7: speakers ---------------------------------------------------------------------------------------

PEOPLE = (Speaker("mabote", "Carlos Mabote", aliases=("Carlos Mabote", "Mabote"), roles=("o governador",)),
          Speaker("kiala", "Manuel Kiala", aliases=("Manuel Kiala", "Kiala")))


def test_a_view_after_para_and_a_bodys_leader_are_his_not_the_last_speakers() -> None:
    body = ('O governador Carlos Mabote defendeu a nova tarifa. "O passe social continua", disse Mabote.\n\n'
            "Para o presidente da Associação dos Taxistas de Luanda (ATL), Manuel Kiala, a medida é um recuo. "
            '"Quem paga é o trabalhador", afirmou.\n\n'
            'Para a economista Joana Sitoe, da Universidade do Lúrio, "a conta não fecha".\n')
    assert [who for _t, _k, who in attributed(body, PEOPLE)] == ["mabote", "kiala", "joana-sitoe"]


def test_a_sentence_opening_para_leaves_a_tag_after_the_quote_its_own() -> None:
    # the negative: the verb after the words names who said them
    body = 'Para o governo, a decisão é final. "Não há recuo", disse o ministro Rui Semedo.\n'
    assert [who for _t, _k, who in attributed(body, PEOPLE)] == ["rui-semedo"]


def test_an_office_epithet_is_never_the_one_named_under_another_office() -> None:
    # a woman named last, a man's office in the tag: not the governor named before her, whom the gender alone fits
    body = ('Questionada sobre o plano do governador Carlos Mabote, Rita Nhantumbo foi direta. "A estrada é uma '
            'promessa velha", disse o vereador.\n')
    assert [who for _t, _k, who in attributed(body, PEOPLE)] == ["unknown"]
    # … and a man named last is the one it fits
    body = body.replace("Questionada", "Questionado").replace("Rita Nhantumbo foi direta", "Paulo Cossa foi direto")
    assert [who for _t, _k, who in attributed(body, PEOPLE)] == ["paulo-cossa"]


def test_an_office_epithet_still_means_the_last_man_named_with_no_other_office() -> None:
    # the negative: nothing in the text gives him another office
    body = 'Paulo Cossa visitou a obra na sexta-feira. "A estrada é uma promessa velha", disse o vereador.\n'
    assert [who for _t, _k, who in attributed(body, PEOPLE)] == ["paulo-cossa"]


def test_a_reporters_bracket_names_the_outlet_not_a_person() -> None:
    body = ("TRANSCRIÇÃO – CONFERÊNCIA DE IMPRENSA DO GOVERNADOR\n\nGOVERNADOR CARLOS MABOTE: Boa tarde. A ponte sai "
            "este ano.\n\nREPÓRTER (Rádio Praia): E a estrada?\n\nGOVERNADOR CARLOS MABOTE: A estrada também sai.\n")
    assert [who for _t, _k, who in attributed(body, PEOPLE)] == ["mabote", "unknown", "mabote"]


# --- findings 5 and 8: the day of the words --------------------------------------------------------------------

LEAD = ["O governador de Cabo Delgado, Carlos Mabote, respondeu nesta sexta-feira (6) às críticas do ministro.",
        'O ministro disse ontem, em Maputo, que "a estrada não é prioridade".',
        '"Respeito o ministro, mas a estrada é o caminho", afirmou Mabote.']


def test_a_weekday_with_its_day_in_brackets_dates_the_article_not_another_speakers_ontem() -> None:
    assert _stated(LEAD, "2026-11-06") == "2026-11-06"


def test_a_weekday_without_its_day_or_with_another_leaves_the_ontem() -> None:
    # the negatives: no bracketed day, or one that is not that weekday's: the sentence with a verb of saying and its
    # day is read as before
    assert _stated([LEAD[0].replace(" (6)", ""), *LEAD[1:]], "2026-11-06") == "2026-11-05"
    assert _stated([LEAD[0].replace("(6)", "(9)"), *LEAD[1:]], "2026-11-06") == "2026-11-05"


CORRECTED = ["O ministro dos Transportes, Rui Semedo, afirmou nesta segunda-feira (2) que a estrada sai em 2027.",
             '"A estrada sai em 2027", disse Semedo em entrevista à Rádio Moçambique.',
             "Correção: a entrevista do ministro foi dada na terça-feira (3), e não na segunda-feira (2)."]


def test_an_appended_correction_of_the_day_dates_the_words() -> None:
    assert _stated(CORRECTED, "2025-06-04") == "2025-06-03"


def test_a_correction_of_another_day_or_without_its_label_changes_nothing() -> None:
    other = [*CORRECTED[:2], "Correção: a reunião foi na quarta-feira (4), e não na quinta-feira (5)."]
    assert _stated(other, "2025-06-05") == "2025-06-02"
    unlabelled = [*CORRECTED[:2], "A entrevista foi dada na terça-feira (3), e não na segunda-feira (2), diz a nota."]
    assert _stated(unlabelled, "2025-06-04") == "2025-06-02"


# --- finding 9: titles -----------------------------------------------------------------------------------------

def _title(text: str, outlets: list[str]) -> str:
    return headline.choose_title([p for p in text.split("\n\n") if p.strip()], "", outlets=outlets)[0]


def test_a_papers_masthead_over_its_agencys_story_is_no_title() -> None:
    text = ("Diário do Minho\n\nCâmara de Braga aprova novo plano de mobilidade\n\n12.mar.2025 às 10h20\n\n"
            "A câmara aprovou ontem o plano.\n")
    assert _title(text, ["Diáriopress"]) == "Câmara de Braga aprova novo plano de mobilidade"
    # the negative: a headline that opens with the agency's word is a headline
    assert _title("Diários de bordo voltam às bancas\n\nA editora relançou a coleção.\n", ["Diáriopress"]) == \
        "Diários de bordo voltam às bancas"


def test_a_sections_path_after_its_bar_is_no_title() -> None:
    text = ("Opinião | Fórum / Ideias\n\nPor que mudei de ideia sobre o porto\n\nPor Ana Tembe\n\n"
            "Em 2024 prometi que o porto ficaria público.\n")
    assert _title(text, []) == "Por que mudei de ideia sobre o porto"
    # the negative: a headline after the section's bar is the title
    assert _title("Opinião | Lisboa precisa de mais casas\n\nO texto começa aqui.\n", []) == \
        "Lisboa precisa de mais casas"


def test_the_issuing_office_under_a_governments_masthead_is_no_title() -> None:
    text = ("REPÚBLICA DE MOÇAMBIQUE\n\nMinistério dos Transportes e Comunicações (MTC)\n\n"
            "Governo inaugura ponte sobre o rio Save\n\n04/06/2025 - 17h05\n\nO ministro inaugurou a ponte.\n")
    assert _title(text, ["MTC"]) == "Governo inaugura ponte sobre o rio Save"
    # the negative: a headline right under the masthead is the title
    assert _title("REPÚBLICA DE MOÇAMBIQUE\n\nGoverno aprova novo plano de transportes\n\nO conselho aprovou o "
                  "plano.\n", ["MTC"]) == "Governo aprova novo plano de transportes"


def test_an_interviews_kicker_naming_the_interviewee_is_no_title() -> None:
    text = ("Expresso das Ilhas\n\nENTREVISTA | Ana Tembe, ministra da Saúde\n\n'Vamos abrir dez hospitais', diz "
            "ministra\n\n04/06/2025 | 05h00\n\nEm entrevista, a ministra falou dos hospitais.\n")
    assert _title(text, ["Expresso das Ilhas"]) == "'Vamos abrir dez hospitais', diz ministra"
    # the negative: with no headline under it, what follows the bar stays the title
    assert _title("ENTREVISTA | Ana Tembe, ministra da Saúde\n\nEm entrevista, a ministra falou dos hospitais do "
                  "país e do plano.\n", []) == "Ana Tembe, ministra da Saúde"


def test_a_quote_and_its_short_tag_is_a_headline_a_paragraphs_tag_is_not() -> None:
    assert headline.is_headline("'Vamos abrir dez hospitais', diz ministra")
    # the negatives: a paragraph's tag, its article or its pronoun, even with its full stop lost
    assert not headline.is_headline('"Vamos abrir dez hospitais", disse a ministra')
    assert not headline.is_headline('"Vamos abrir dez hospitais", afirmou ela')


def test_a_podcasts_episode_line_is_its_title_and_its_credits_line_none() -> None:
    text = ('Conversas de Domingo — Episódio 12: "O mar que nos une", com Ana Tembe\n\nApresentação: Marta Lopes\n\n'
            "MARTA LOPES: Ministra, bem-vinda.\n\nANA TEMBE: Obrigada, Marta.\n")
    assert _title(text, ["Conversas de Domingo"]) == \
        'Conversas de Domingo — Episódio 12: "O mar que nos une", com Ana Tembe'
    # the negative: the show's name and a section is its masthead
    assert headline.masthead("Conversas de Domingo — Desporto", ["Conversas de Domingo"]) == "the outlet's name"
