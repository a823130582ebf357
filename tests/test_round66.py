"""Blind round 66's general rules (dateline's first Russian text: the Russian-language press of Central Asia, the
Baltic states and Moldova), each on an invented case in another setting — Russian-language copy of Armenia, Georgia,
Belarus and Israel — with a negative beside it. The held-out figures are in tests/test_extraction_corpus.py and
tests/test_import_holdout.py."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import attributed

from dateline.dates import article_statement_date, publication_date
from dateline.lexicon import lexicon
from dateline.model import PartialDate, Speaker

SPEAKERS = (
    Speaker("harutyunyan", "Ануш Арутюнян", ("Ануш Арутюнян", "Арутюнян"), ("министр экономики",), "Министр"),
    Speaker("beridze", "Гиорги Беридзе", ("Гиорги Беридзе", "Беридзе"), ("мэр Батуми", "мэр"), "Мэр"),
    Speaker("melnikova", "Ольга Мельникова", ("Ольга Мельникова", "Мельникова", "Мельникова О.В.", "МЕЛЬНИКОВА О.В."),
            ("депутат",), "Депутат"),
    Speaker("levin", "Давид Левин", ("Давид Левин", "Левин", "Левину", "Левина"), ("глава горсовета",), "Глава горсовета"),
)
TODAY = date(2026, 12, 7)


def run(body: str) -> list[tuple[str, str, str]]:
    return attributed(body, SPEAKERS)


def speakers(body: str) -> list[str]:
    return [s for _, _, s in run(body)]


# ---------------------------------------------------------------- tags


def test_the_tag_after_a_comma_and_a_dash_names_the_speaker() -> None:
    body = ("ЕРЕВАН. Министр экономики Армении провела встречу с фермерами.\n\n"
            "«Цены на удобрения мы сдерживать не будем», — сказала Арутюнян журналистам.")
    assert run(body) == [("Цены на удобрения мы сдерживать не будем", "direct", "harutyunyan")]


@pytest.mark.xfail(strict=True, reason="a tag with a plural verb and no subject ('— уточнили в пресс-службе мэрии') "
                   "after a paragraph naming one man is given to him (round 66's own case, after two people, passes)")
def test_an_unnamed_press_office_after_the_dash_is_nobody() -> None:
    body = ("Мэр Батуми Гиорги Беридзе открыл набережную.\n\n"
            "«Стройка шла три года», — уточнили в пресс-службе мэрии.")
    assert speakers(body) == ["unknown"]


def test_the_pronoun_after_the_incise_verb_is_the_one_named_before_of_that_sex() -> None:
    body = ("Депутат Ольга Мельникова встретилась с мэром Батуми Гиорги Беридзе.\n\n"
            "«Порт должен работать круглый год», — заявила депутат.\n\n"
            "«Мы это обсудим весной», — добавила она.\n\n"
            "Мэр Батуми Гиорги Беридзе в ответ напомнил о бюджете. «Денег на порт пока нет», — сказал он.")
    assert speakers(body) == ["melnikova", "melnikova", "beridze"]


def test_a_cyrillic_name_not_listed_is_a_name_and_its_surname_gives_the_sex() -> None:
    body = ("Экономист Тбилисского университета Нино Абашидзе считает, что курс лари устоит.\n\n"
            "«Паники на рынке нет», — пояснила Абашидзе.\n\n"
            "Председатель нацбанка Тамаз Гогиашвили с ней согласен. «Резервы достаточны», — сказал он.")
    assert speakers(body) == ["nino-abashidze", "tamaz-gogiashvili"]
    assert lexicon().is_female_name("Анна Петрова") and not lexicon().is_female_name("Иван Петров")
    assert lexicon().is_male_name("Иван Петров") and not lexicon().is_male_name("Анна Петрова")
    assert not lexicon().is_female_name("Carlos Medina")  # (a Latin name's ending is read as before: alone only)


def test_a_word_before_a_given_name_and_a_surname_is_no_part_of_the_name() -> None:
    body = ("Заместитель министра финансов Беларуси Павел Сидоренко заявил, что бюджет сбалансирован.\n\n"
            "«Дефицита не будет», — отметил Сидоренко.")
    assert speakers(body) == ["pavel-sidorenko"]
    # … a patronymic between them keeps all three
    body = ("Глава комитета Павел Андреевич Сидоренко заявил, что бюджет сбалансирован.\n\n"
            "«Дефицита не будет», — отметил Сидоренко.")
    assert speakers(body) == ["pavel-andreevich-sidorenko"]


def test_two_listed_names_run_together_are_the_speaker_and_the_one_told() -> None:
    body = "«Бюджет города не резиновый», — сказал Беридзе Левину на встрече в мэрии."
    assert speakers(body) == ["beridze"]
    body = "«Бюджет города не резиновый», — сказал Давид Левин на встрече в мэрии."
    assert speakers(body) == ["levin"]  # (one listed name: the name)


# ---------------------------------------------------------------- names in marks, records, a later sentence


def test_a_programme_or_a_company_in_marks_is_a_name_not_a_quote() -> None:
    body = ("Мэрия Хайфы запустила программу «Чистый берег». Подрядчиком стала компания «Ям Тихон».\n\n"
            "«Пляжи откроются в мае», — сказал Левин.")
    assert run(body) == [("Пляжи откроются в мае", "direct", "levin")]


def test_the_chairs_label_with_no_holder_is_nobodys_and_a_members_label_is_hers() -> None:
    body = ("СТЕНОГРАММА\nзаседания Палаты представителей\n2 декабря 2026 года\n\n"
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Слово предоставляется депутату Мельниковой.\n\n"
            "МЕЛЬНИКОВА О.В.: Уважаемые коллеги! Закон о портах нужно принять до весны.\n\n"
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Спасибо. Переходим к голосованию.")
    got = run(body)
    assert [(k, s) for _, k, s in got] == [("transcript-turn", "unknown"), ("transcript-turn", "melnikova"),
                                         ("transcript-turn", "unknown")]


def test_a_quote_that_is_its_paragraph_is_the_one_the_next_paragraph_names() -> None:
    body = ("Горсовет Хайфы: парковки подорожают\n\n"
            "«С 1 марта час парковки в центре будет стоить 12 шекелей».\n\n"
            "Об этом сообщил глава горсовета Давид Левин на пресс-конференции.")
    assert speakers(body) == ["levin"]
    # … not when the next paragraph does not take the words up
    body = ("Парковки в Хайфе подорожают\n\n"
            "«С 1 марта час парковки в центре будет стоить 12 шекелей».\n\n"
            "Глава горсовета Давид Левин на пресс-конференции говорил о пляжах.")
    assert speakers(body) == ["unknown"]


# ---------------------------------------------------------------- dates


def test_a_russian_date_line_and_yesterday_date_the_page_and_the_words() -> None:
    text = ("Минск отложил повышение тарифов\n\nОпубликовано 03.12.2026 10:40\n\n"
            "Вчера заместитель министра Павел Сидоренко заявил, что тарифы не изменятся до лета.\n\n"
            "«Решение принято», — сказал Сидоренко.")
    pub = publication_date(text, today=TODAY)
    assert pub.info is not None and pub.info.date == PartialDate(2026, 12, 3)
    stmt = article_statement_date([p for p in pub.text.split("\n\n") if p.strip()], pub.info, today=TODAY)
    assert stmt is not None and stmt.date == PartialDate(2026, 12, 2)


def test_a_year_less_dateline_in_cyrillic_capitals_takes_its_year_from_a_weekday_of_reported_words() -> None:
    text = ("ТБИЛИСИ, 4 декабря. Правительство утвердило план ремонта дорог.\n\n"
            "«Работы начнутся в марте», — сказал министр журналистам в пятницу.")
    pub = publication_date(text, today=TODAY)
    assert pub.info is not None and pub.info.date == PartialDate(2026, 12, 4) and pub.info.confidence == "low"
    # … a wire of the past week whose words are of a weekday before its own day
    text = ("ЕРЕВАН, 5 дек – Арменпресс. Министр экономики в четверг заявил, что цены на хлеб не вырастут.\n\n"
            "«Запасов хватит», — сказал он.")
    pub = publication_date(text, today=TODAY)
    assert pub.info is not None and pub.info.date == PartialDate(2026, 12, 5)
    # … and no weekday at all: the importer asks
    text = "ЕРЕВАН, 5 дек – Арменпресс. Министр экономики заявил, что цены на хлеб не вырастут."
    assert publication_date(text, today=TODAY).info is None


def test_a_record_dated_with_its_year_word_and_ot() -> None:
    text = ("Палата представителей Национального собрания\nСтенограмма заседания от 2 декабря 2026 года\n\n"
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Начинаем.")
    pub = publication_date(text, today=TODAY)
    assert pub.info is not None and pub.info.date == PartialDate(2026, 12, 2)
