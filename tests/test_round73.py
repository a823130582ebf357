"""Blind round 73's general rules (Chinese-language press, Traditional and Simplified: Taiwan's wires, web and print
stories, the Legislative Yuan's record, a broadcast script, a printed interview; Hong Kong's LegCo record; Singapore's
and Malaysia's Simplified papers), each on an invented case in another setting — a Tainan metro line, a Macau
ferry pier, a Penang bridge — with a negative beside it. The held-out figures are in tests/test_extraction_corpus.py
and tests/test_import_holdout.py."""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline import attribution, quotes
from dateline.dates import article_statement_date, is_date_line, publication_date
from dateline.model import PartialDate, Speaker

SPEAKERS = (
    Speaker("he", "何秋萍", ("何秋萍", "何部長", "何秋萍部長"), ("交通部長", "部長"), "交通部長"),
    Speaker("su", "蘇文德", ("蘇文德", "蘇市長"), ("臺南市長", "市長"), "臺南市長"),
    Speaker("mot", "交通部", ("交通部",), (), "", kind="institution"),
    Speaker("tan", "陈志强", ("陈志强", "陈首长"), ("首席部长",), "槟城首席部长"),
)


def run(body: str) -> list[tuple[str, str, str]]:
    return attributed(body, SPEAKERS)


def translated(body: str) -> list[bool]:
    return [a.translated for a in attribution.attribute(body, quotes.extract(body), SPEAKERS)]


def speakers(body: str) -> list[str]:
    return [s for _, _, s in run(body)]


# ---------------------------------------------------------------- tags before and after the quote


def test_a_verb_before_the_quote_with_a_colon_or_a_comma_and_one_after_it() -> None:
    body = ('（中央社記者王小明臺南3日電）交通部長何秋萍今天在記者會上表示，捷運延伸線將延後一年通車。\n\n'
            '何秋萍說：「延後不是放棄，是為了把安全做好。」\n\n'
            '「我們等了十年，不差這一年，但請給一個準確日期。」蘇文德受訪時表示。\n\n'
            '蘇市長也指出，「市府已經把配套的公車路線準備好了」，其餘交給中央。')
    assert speakers(body) == ["he", "su", "su"]


def test_a_name_fused_after_its_office_a_surname_with_the_office_and_a_pronoun() -> None:
    # 鄭國棟 is in no speakers file: his name after the office (交通部次長), then 鄭次長, then 他; the ministry before
    # his office is no speaker of his words; a surname with 姓 is nobody
    body = ('交通部次長鄭國棟昨天視察工地時說：「鋼梁的檢測下個月完成。」\n\n'
            '鄭次長強調：「檢測沒過，一天都不會通車。」\n\n'
            '他說：「這是底線。」\n\n'
            '交通部一名林姓官員私下透露：「其實預算早就不夠了。」')
    assert speakers(body) == ["zheng-guo-dong"] * 3 + ["unknown"]


def test_names_and_terms_in_marks_are_no_quotes_and_a_phrase_a_verb_closes_is() -> None:
    body = ('有人把這條線叫做「蝸牛捷運」，也有人舉著寫著「還我通車」的標語到市府陳情。\n\n'
            '所謂「分段通車」，就是先開前五站。市府推出的「捷運嘉年華」活動，效果普通。\n\n'
            '蘇文德則批評中央「只會開空頭支票」。')
    assert run(body) == [("只會開空頭支票", "partial", "su")]


def test_simplified_curly_quotes_a_rendering_in_brackets_and_an_unnamed_resident() -> None:
    body = ('（槟城5日讯）槟城首席部长陈志强今日在记者会上说：“New bridge works will start in March.”'
            '（“新桥工程将在三月动工。”）\n\n'
            '一名住在北海的居民受访时说：“堵车堵了这么多年，终于有消息了。”')
    assert speakers(body) == ["tan", "tan", "unknown"]


# ---------------------------------------------------------------- transcripts


def test_a_legislative_records_labels_and_the_chair_its_header_names() -> None:
    body = ('立法院第11屆交通委員會第5次全體委員會議紀錄\n\n'
            '主　　席　蔡召集委員明哲\n\n'
            '主席：現在開會，請何部長秋萍報告。\n\n'
            '何部長秋萍：主席、各位委員，延伸線的鋼梁檢測下個月完成。\n\n'
            '王委員大同：部長，到底哪一天通車？\n\n'
            '何部長秋萍：要看檢測結果。\n\n'
            '主席：謝謝部長。現在休息。（敲槌）')
    assert run(body) == [("現在開會，請何部長秋萍報告。", "transcript-turn", "cai-ming-zhe"),
                         ("主席、各位委員，延伸線的鋼梁檢測下個月完成。", "transcript-turn", "he"),
                         ("部長，到底哪一天通車？", "transcript-turn", "wang-da-tong"),
                         ("要看檢測結果。", "transcript-turn", "he"),
                         ("謝謝部長。現在休息。", "transcript-turn", "cai-ming-zhe")]


def test_a_printed_interview_and_a_broadcast_script() -> None:
    body = ('專訪交通部長何秋萍\n\n記者李美華／專訪\n\n問：延後通車，您怎麼回應？\n\n答：安全第一。\n\n'
            '問：會再延嗎？\n\n答：不會。')
    assert speakers(body) == ["li-mei-hua", "he", "li-mei-hua", "he"]
    script = ('主播：臺南捷運延伸線又要延後。我們來看記者張家豪的報導。\n\n記者：工地裡的鋼梁還沒裝完。\n\n'
              '市民 劉阿香：等好久了。\n\n記者：交通部表示，下個月完成檢測。')
    assert speakers(script) == ["unknown", "zhang-jia-hao", "liu-a-xiang", "zhang-jia-hao"]


def test_a_headline_after_a_name_and_a_line_introducing_a_quote_are_no_transcript() -> None:
    body = ('延伸線延後 何秋萍：安全第一\n\n發布日期：115-03-05\n\n何部長表示：\n\n「延後是為了安全。」')
    assert run(body) == [("延後是為了安全。", "direct", "he")]


# ---------------------------------------------------------------- dates


def test_a_chinese_leads_day_before_the_quote_dates_the_words() -> None:
    pub = publication_date("標題\n\n2026-03-06 05:40 聯合報／ 記者王小明／臺南報導\n\n本文", today=date(2026, 3, 9)).info
    assert pub is not None and pub.date == PartialDate(2026, 3, 6)  # a Friday
    for lead, day in (("蘇文德昨（5）日說：「等了十年。」", 5), ("蘇文德昨天說：「等了十年。」", 5),
                      ("蘇文德前日（4日）說：「等了十年。」", 4), ("蘇文德周三（4日）說：「等了十年。」", 4),
                      ("陈志强上周二说：“等了十年。”", 24 - 28)):
        said = article_statement_date([lead], published=pub, today=date(2026, 3, 9))
        want = PartialDate(2026, 3, day) if day > 0 else PartialDate(2026, 2, 24)  # last week's Tuesday
        assert said is not None and said.date == want, lead
    same = article_statement_date(["蘇文德今（6）日說：「等了十年。」"], published=pub, today=date(2026, 3, 9))
    assert same is None or same.date == PartialDate(2026, 3, 6)  # the day of publication: that date stands


def test_the_republics_era_numerals_and_a_yearless_day_with_its_weekday() -> None:
    for line, day in (("發布日期：115-03-05", 5), ("中華民國一一五年三月五日　星期四", 5),
                      ("時　　間　中華民國115年3月5日（星期四）上午9時", 5)):
        info = publication_date(f"新聞稿\n\n{line}\n\n本文", today=date(2026, 3, 9)).info
        assert info is not None and info.date == PartialDate(2026, 3, day), line
    assert is_date_line("3月2日(週一)")
    # no label, no era: a number with dashes in a Chinese sentence is no Republic date
    assert not is_date_line("路線編號115-03-05的公車")


def test_words_after_the_writers_own_clause_are_a_partial_and_a_translation_note_covers_the_article() -> None:
    body = ('蘇文德說，延伸線已經延了兩次，「市民的耐心是有限的，中央要給個交代。」\n\n'
            '蘇文德指出，「延後不是問題，沒有日期才是問題。」')
    assert run(body) == [("市民的耐心是有限的，中央要給個交代。", "partial", "su"),
                         ("延後不是問題，沒有日期才是問題。", "direct", "su")]
    noted = ('（本文国会发言译自英文）\n\n首席部长陈志强在州议会说：“新桥工程将在三月动工。”')
    plain = '首席部长陈志强在州议会说：“新桥工程将在三月动工。”'
    assert translated(noted) == [True]
    assert translated(plain) == [False]
