"""Arabic copy (dateline/arabic_tags.py, lang/ar.toml): tag verbs with their joined conjunction, names found with
no capitals, feminine verbs, honorific pronouns, Arabic transcripts, fragments kept or taken for names, and date
lines in Arabic-Indic digits or beside a Hijri date. Every case is invented, in settings other than round 67's
(Egypt, Kuwait, Iraq, Algeria, Sudan), each with a negative beside it."""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline.arabic_tags import date_reading, date_unread, has_arabic
from dateline.dates import publication_date
from dateline.model import Speaker

SPEAKERS = (
    Speaker("haddad", "سميرة الحداد", aliases=("سميرة الحداد", "الحداد", "الدكتورة سميرة الحداد")),
    Speaker("mutairi", "فهد المطيري", aliases=("فهد المطيري", "المطيري")),
    Speaker("jubouri", "حسن الجبوري", aliases=("حسن الجبوري", "الجبوري")),
)


def said(body: str) -> list[tuple[str, str, str]]:
    """(text, speaker, kind) of each quote `body` holds."""
    return [(text, speaker, kind) for text, kind, speaker in attributed(body, SPEAKERS)]


def test_tag_verb_with_joined_and_names_the_alias_after_titles() -> None:
    body = ("القاهرة – قال وزير الري المصري الدكتور فهد المطيري، إن \"السد سيكتمل قبل الصيف\".\n\n"
            "وأضاف المطيري: \"لن نقبل أي تأخير\".")
    assert said(body) == [("السد سيكتمل قبل الصيف", "mutairi", "partial"), ("لن نقبل أي تأخير", "mutairi", "direct")]


def test_bare_feminine_verb_skips_the_man_named_last() -> None:
    body = ("الكويت – رأت الدكتورة سميرة الحداد أن \"الموازنة لا تكفي\".\n\n"
            "وكانت الحداد قد التقت وزير المالية فهد المطيري.\n\n"
            "وقالت: \"طلبنا أرقاما واضحة\".")
    assert said(body)[-1] == ("طلبنا أرقاما واضحة", "haddad", "direct")
    # (negative) the masculine verb goes to the man
    assert said(body.replace("وقالت:", "وقال:"))[-1] == ("طلبنا أرقاما واضحة", "mutairi", "direct")


def test_unlisted_name_after_office_and_surname_later() -> None:
    body = ("بغداد – قال المتحدث باسم وزارة النفط العراقية كريم العبيدي، إن \"الصادرات مستقرة\".\n\n"
            "\"لا نية لخفض الإنتاج\"، قال العبيدي.")
    got = said(body)
    assert [s for _t, s, _k in got] == ["krym-lbydy", "krym-lbydy"]


def test_honorific_pronoun_and_anonymous_source() -> None:
    body = ("الخرطوم – صرح سعادة السفير حسن الجبوري بأن الاتفاق قريب.\n\n"
            "وقال سعادته في تصريح للصحفيين: \"نحن متفائلون\".\n\n"
            "مصدر دبلوماسي، طلب عدم ذكر اسمه، قال للصحيفة: \"المفاوضات صعبة\".")
    assert [s for _t, s, _k in said(body)] == ["jubouri", "unknown"]


def test_according_to_with_joined_preposition_is_a_whole_quote() -> None:
    body = "ووفقا للحداد، فإن \"الأسعار سترتفع في الربيع\"."
    assert said(body) == [("الأسعار سترتفع في الربيع", "haddad", "direct")]


def test_outlet_platform_and_scare_terms_in_guillemets_are_no_quotes() -> None:
    body = ("قالت سميرة الحداد لـ«الوطن» إن الحكومة تأخرت.\n\n"
            "وكتب المطيري على منصة «إكس» أن موارد «صندوق الأجيال» محفوظة، فيما وصفته المعارضة بـ«الهدر المنظم».")
    assert said(body) == []
    # (negative) a fragment after "أن" and a verb of saying is hers
    assert said("وأكدت الحداد أن الوزارة «تدرس كل الخيارات».") == [("تدرس كل الخيارات", "haddad", "partial")]


def test_arabic_transcript_labels_office_name_and_outlet() -> None:
    body = ("محضر جلسة مجلس الأمة برئاسة رئيس المجلس فهد المطيري\n\n"
            "رئيس المجلس: تفتتح الجلسة.\n\n"
            "النائبة نورة العنزي: أطالب بإجابة مكتوبة.\n\n"
            "رئيس المجلس: الكلمة للحكومة.\n\n"
            "النائبة نورة العنزي: شكرا.")
    got = said(body)
    assert [(s, k) for _t, s, k in got] == [("mutairi", "transcript-turn"), ("nwrh-lnzy", "transcript-turn"),
                                            ("mutairi", "transcript-turn"), ("nwrh-lnzy", "transcript-turn")]
    # (negative) one headline-like line with a colon is no transcript
    assert said("المطيري: الموازنة في موعدها\n\nقال المطيري إن الموازنة ستقدم في موعدها.") == []


def test_question_and_answer_labels_follow_the_byline() -> None:
    body = ("الجبوري لـ«الصباح»: النفط ليس كل شيء\n\n"
            "حاوره: علي الساعدي\n\n"
            "س: ما خطتكم؟\n\nج: تنويع الاقتصاد.\n\nس: ومتى؟\n\nج: خلال عامين.")
    got = said(body)
    assert [s for _t, s, _k in got if _t.startswith(("ما", "ومتى"))] == ["ly-lsdy", "ly-lsdy"]
    assert [s for _t, s, _k in got if _t.startswith(("تنويع", "خلال"))] == ["jubouri", "jubouri"]


def test_date_line_in_arabic_indic_digits_and_hijri_beside() -> None:
    text = "الخميس ١٤ جمادى الآخرة ١٤٤٨هـ الموافق ٣ ديسمبر ٢٠٢٦م\n\nقال الوزير إن العمل مستمر حتى ٢٠٣٠."
    found = publication_date(text, today=date(2026, 12, 7))
    assert found.info is not None and found.info.date.iso() == "2026-12-03"
    assert "٢٠٣٠" in found.text  # the text imported keeps its own digits
    # (negative) an English text is read as it is, and no Arabic letter is seen in it
    assert date_reading("Published December 3, 2026") == "Published December 3, 2026"
    assert not has_arabic("Published December 3, 2026. " * 20) and has_arabic("نُشر في " + "x" * 200)
    assert not has_arabic("Published December 3, 2026")


def test_date_unread_maps_cuts_back_to_the_original() -> None:
    text = "السبت ٥ ديسمبر ٢٠٢٦\n\nنص ٣"
    reading = date_reading(text)
    assert reading == "السبت 5 ديسمبر 2026\n\nنص 3"
    assert date_unread(text, reading, "نص 3") == "نص ٣"
