"""Blind round 68's general rules (South Korean press in Korean: wires, web and print stories, broadcast scripts, a
radio transcript, the National Assembly's record, a ministry's release), each on an invented case in another setting —
a Jeju ferry port, a Busan district council, a Gangwon dam, a Daejeon research park — with a negative beside it. The
held-out figures are in tests/test_extraction_corpus.py and tests/test_import_holdout.py."""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline.dates import article_statement_date, publication_date
from dateline.model import PartialDate, Speaker

SPEAKERS = (
    Speaker("oh", "오세린", ("오세린", "오 지사", "오세린 지사"), ("지사", "제주지사"), "제주특별자치도지사"),
    Speaker("moon", "문태호", ("문태호", "문 청장", "문태호 청장"), ("청장", "해양수산청장"), "제주지방해양수산청장"),
    Speaker("ha", "하지원", ("하지원", "하 위원장", "하지원 위원장"), ("위원장",), "항만대책위원장"),
    Speaker("yang", "양동민", ("양동민", "양 위원장", "양동민 위원장"), ("위원장",), "도의회 농수축경제위원장"),
    Speaker("port", "제주항만공사", ("제주항만공사", "항만공사"), ("공사",), "", kind="institution"),
)


def run(body: str) -> list[tuple[str, str, str]]:
    return attributed(body, SPEAKERS)


def speakers(body: str) -> list[str]:
    return [s for _, _, s in run(body)]


# ---------------------------------------------------------------- quotes and their particles


def test_a_quote_tagged_by_the_particle_glued_to_its_mark_is_the_subjects() -> None:
    body = ('(제주=연합뉴스) 강민철 기자 = 오세린 제주지사는 5일 "여객선 증편은 내년 봄에 끝낼 것"이라고 말했다.\n\n'
            '오 지사는 "항만 혼잡은 더 미룰 수 없다"며 "도민 불편을 먼저 풀겠다"고 강조했다.')
    assert run(body) == [("여객선 증편은 내년 봄에 끝낼 것", "direct", "oh"),
                         ("항만 혼잡은 더 미룰 수 없다", "direct", "oh"),
                         ("도민 불편을 먼저 풀겠다", "direct", "oh")]


def test_a_term_in_marks_single_marks_and_a_laws_title_are_no_quotes() -> None:
    body = ('오 지사는 이른바 "제주형 항만"이라는 말을 자주 쓴다. 도청은 이를 ‘섬 물류 혁신’이라고 불렀다.\n\n'
            '「항만법 시행령」 개정안은 다음 달 시행된다.')
    assert run(body) == []


def test_a_quote_inside_the_writers_clause_is_a_partial_and_words_then_whose_they_are_direct() -> None:
    body = ('문태호 해양수산청장은 6일 도의회에서 항만공사의 계획을 "탁상행정의 표본"이라고 비판했다.\n\n'
            '"부두를 늘리지 않으면 답이 없다"는 게 문 청장의 설명이다.')
    assert run(body) == [("탁상행정의 표본", "partial", "moon"), ("부두를 늘리지 않으면 답이 없다", "direct", "moon")]


# ---------------------------------------------------------------- subjects


def test_surname_and_title_and_a_role_of_several_holders() -> None:
    # 하 위원장 is the file's 하지원; 한 관계자 is "one official" (no one), though 한 is a family name too
    body = ('하지원 항만대책위원장은 "주민 설명회를 다시 열어야 한다"고 말했다.\n\n'
            '하 위원장은 "공사는 그 뒤에 하라"고 덧붙였다.\n\n'
            '해양수산청 한 관계자는 "일정은 바뀌지 않는다"고 전했다.\n\n'
            '위원장은 "끝까지 지켜보겠다"고 했다.')
    assert speakers(body) == ["ha", "ha", "unknown", "unknown"]


def test_a_name_not_in_the_file_before_its_title_and_the_surname_with_씨_after() -> None:
    body = ('[서귀포=뉴시스] 고은비 기자 = 이 자리에서 어민 현상철(64)씨는 "배가 들어올 자리가 없다"고 말했다.\n\n'
            '현씨는 "작년에도 같은 말을 들었다"고 덧붙였다.\n\n'
            '그는 "이번엔 다르길 바란다"고 했다.')
    assert speakers(body) == ["hyeon-sang-cheol"] * 3


def test_the_speaker_after_the_quote_and_as_x_said() -> None:
    body = ('"섬의 물류는 바다가 전부입니다." 오세린 지사는 7일 도청에서 기자들과 만나 이렇게 말했다.\n\n'
            '사설이 옳다. 문태호 청장의 말처럼 "부두는 하루아침에 생기지 않는다".')
    assert speakers(body) == ["oh", "moon"]


def test_a_correction_gives_the_words_to_the_one_after_아니라() -> None:
    body = ('[바로잡습니다]\n\n본지 기사에서 “부두를 늘리지 않으면 답이 없다”는 발언은 오세린 지사가 아니라 '
            '문태호 청장의 발언이기에 바로잡습니다.')
    assert run(body) == [("부두를 늘리지 않으면 답이 없다", "partial", "moon")]


# ---------------------------------------------------------------- transcripts


def test_a_chambers_record_without_colons_and_a_radio_scripts_diamonds() -> None:
    body = ('제412회 제주특별자치도의회 회의록\n\n'
            '○위원장 양동민  회의를 시작하겠습니다.\n\n'
            '○제주지방해양수산청장 문태호  부두 증설안을 보고드리겠습니다.\n\n'
            '○강은혜 위원  청장님, 예산은 확보됐습니까?')
    assert speakers(body) == ["yang", "moon", "gang-eun-hye"]
    radio = ('■ 진행 : 백나래 앵커\n\n◇ 백나래 > 지사님, 증편 계획부터 듣겠습니다.\n\n'
             '◆ 오세린 > 내년 봄까지 하루 네 편으로 늘립니다.')
    assert speakers(radio) == ["baeg-na-lae", "oh"]


def test_labelled_turns_and_a_printed_interviews_bar_questions() -> None:
    body = ('(제주=연합뉴스) 강민철 기자 = 다음은 오 지사와의 일문일답.\n\n문: 증편은 언제 끝나나.\n\n'
            '답: 내년 봄입니다.')
    assert speakers(body) == ["gang-min-cheol", "oh"]
    printed = ('오세린 제주지사 “섬 물류, 바다가 전부”\n\n대담=임소라 기자\n\n―항만이 붐빈다.\n\n'
               '“부두를 늘리는 게 먼저입니다.”')
    assert speakers(printed) == ["oh", "im-so-la", "oh"]
    # a bare label no list holds (a release's 문의: line) is no turn
    assert run("문의: 항만정책과(064-000-0000)") == []


# ---------------------------------------------------------------- dates


def test_a_korean_leads_day_before_the_quote_dates_the_words() -> None:
    pub = publication_date("제목\n\n입력 2026.03.06. 09:10\n\n본문", today=date(2026, 3, 9)).info
    assert pub is not None and pub.date == PartialDate(2026, 3, 6)
    said = article_statement_date(
        ["오세린 제주지사는 지난 4일 도청에서 \"증편은 내년 봄\"이라고 말했다."], published=pub, today=date(2026, 3, 9))
    assert said is not None and said.date == PartialDate(2026, 3, 4) and said.confidence == "medium"
    same = article_statement_date(["오세린 제주지사는 6일 \"증편은 내년 봄\"이라고 말했다."], published=pub,
                                  today=date(2026, 3, 9))
    assert same is None or same.date == PartialDate(2026, 3, 6)  # the day of publication: that date stands
    week = article_statement_date(["오 지사는 지난 목요일 \"증편은 내년 봄\"이라고 말했다."], published=pub,
                                  today=date(2026, 3, 9))
    assert week is not None and week.date == PartialDate(2026, 3, 5)  # 2026-03-06 is a Friday: the Thursday before
    friday = article_statement_date(["오 지사는 지난 금요일 \"증편은 내년 봄\"이라고 말했다."], published=pub,
                                    today=date(2026, 3, 9))
    assert friday is not None and friday.date == PartialDate(2026, 2, 27)  # "지난" on that weekday: a week before


def test_a_releases_spaced_date_and_a_print_editions_weekday_in_full() -> None:
    release = publication_date("보도자료\n\n보도시점 2026. 3. 5.(목) 12:00\n\n본문", today=date(2026, 3, 9)).info
    assert release is not None and release.date == PartialDate(2026, 3, 5)
    printed = publication_date("칼럼\n\n2026년 3월 7일 토요일 A26면\n\n본문", today=date(2026, 3, 9)).info
    assert printed is not None and printed.date == PartialDate(2026, 3, 7)
