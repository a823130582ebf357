"""Blind round 72's general rules (dateline's first Turkish text: the Turkish-language press of Türkiye and northern
Cyprus), each on an invented case in another setting — Turkish-language copy of İzmir, Kırcaali (Bulgaria), Prizren
(Kosovo) and Berlin — with a negative beside it. The held-out figures are in tests/test_extraction_corpus.py and
tests/test_import_holdout.py."""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline.dates import article_statement_date, publication_date
from dateline.model import PartialDate, Speaker

SPEAKERS = (
    Speaker("demirtas", "Ayla Demirtaş", ("Ayla Demirtaş", "Demirtaş", "Başkan Demirtaş"), ("Belediye Başkanı", "Başkan"),
            "İzmir Büyükşehir Belediye Başkanı"),
    Speaker("kaya", "Orhan Kaya", ("Orhan Kaya", "Kaya"), ("Milletvekili",), "Milletvekili"),
    Speaker("yavuz", "Selma Yavuz", ("Selma Yavuz", "Yavuz", "Bakan Yavuz"), ("Bakan",), "Tarım Bakanı"),
    Speaker("tarim", "Tarım Bakanlığı", ("Tarım Bakanlığı", "Bakanlık"), ("bakanlık",), "", kind="institution"),
)
TODAY = date(2026, 12, 7)


def run(body: str) -> list[tuple[str, str, str]]:
    return attributed(body, SPEAKERS)


def speakers(body: str) -> list[str]:
    return [s for _, _, s in run(body)]


# ---------------------------------------------------------------- the verb last


def test_the_subject_opening_the_sentence_says_the_quote_its_verb_closes() -> None:
    body = ("İZMİR – Belediye Başkanı Ayla Demirtaş, Karşıyaka'daki metro hattını inceledi.\n\n"
            "Şantiyede konuşan Demirtaş, \"Hat gelecek yıl açılacak. Takvimde gecikme yok.\" dedi.")
    assert run(body) == [("Hat gelecek yıl açılacak. Takvimde gecikme yok.", "direct", "demirtas")]


def test_a_name_with_a_case_ending_is_the_one_replied_to_not_the_speaker() -> None:
    body = ("Milletvekili Orhan Kaya metro ihalesini eleştirdi.\n\n"
            "Kaya'ya yanıt veren Başkan Demirtaş ise, \"İhale kurallara uygun yapıldı\" ifadesini kullandı.")
    assert speakers(body) == ["demirtas"]


def test_the_subject_after_a_participle_tag() -> None:
    body = ("Kırcaali'de tütün üreticileri toplandı.\n\n"
            "\"Bu fiyatla tarla sürülmez\" diyen Orhan Kaya, alım fiyatının artırılmasını istedi.")
    assert run(body) == [("Bu fiyatla tarla sürülmez", "direct", "kaya")]


def test_according_to_a_name_before_the_postposition() -> None:
    body = ("Prizren'de yeni köprü açıldı.\n\nKaya'ya göre, \"Köprü iki mahalleyi yeniden birleştirecek.\"")
    assert speakers(body) == ["kaya"]


def test_the_next_paragraph_gives_the_words_to_their_owner() -> None:
    body = ("«Köprü bitince ilçenin yükü hafifleyecek.»\n\n"
            "Bu sözler, geçen ay Prizren'de konuşan Tarım Bakanı Selma Yavuz'a ait. Ancak köprünün ihalesi yapılmadı.")
    assert speakers(body) == ["yavuz"]


def test_words_only_said_to_be_someone_elses_are_not_given_to_them() -> None:
    # (a correction's wrong attribution: "X'e ait olduğu yazılmıştır" gives the words to nobody by itself)
    body = ("DÜZELTME\n\n\"Alım fiyatı düşmeyecek\" sözlerinin Milletvekili Orhan Kaya'ya ait olduğu yazılmıştır. "
            "Söz konusu ifade Tarım Bakanı Selma Yavuz'a aittir.")
    assert speakers(body) == ["yavuz"]


def test_a_live_blogs_ablative_label_names_the_source() -> None:
    body = ("CANLI | Tütün fiyatları açıklandı\n\n"
            "11:20 Kaya'dan ilk tepki: \"Bu fiyat üreticiyi batırır\"\n"
            "Milletvekili Kaya gazetecilere konuştu.")
    assert speakers(body)[0] == "kaya"


def test_someone_unnamed_before_a_colon_lead_in_is_nobody_and_a_named_one_is_named() -> None:
    unnamed = ("Berlin'de Türk esnafı enerji fiyatlarını konuştu.\n\n"
               "Kreuzberg'de konuştuğum bir fırıncı bana şunu söyledi: \"Faturayı ödeyemiyoruz.\"")
    assert speakers(unnamed) == ["unknown"]
    named = ("Berlin'de Türk esnafı enerji fiyatlarını konuştu.\n\n"
             "Milletvekili Orhan Kaya, Kreuzberg'de şunu söyledi: \"Faturayı ödeyemiyoruz.\"")
    assert speakers(named) == ["kaya"]


def test_a_ministrys_sources_are_unnamed_but_the_ministry_speaks_for_itself() -> None:
    sources = "Bakanlık kaynakları ise \"Taban fiyat değişmeyecek\" açıklamasıyla iddiaları yalanladı."
    assert speakers(sources) == ["unknown"]
    ministry = "Tarım Bakanlığı, \"Taban fiyat değişmeyecek\" açıklamasında bulundu."
    assert speakers(ministry) == ["tarim"]


def test_a_capitalised_quote_before_the_tag_is_whole_and_a_lower_case_one_a_partial() -> None:
    body = ("Milletvekili Orhan Kaya, iddialara ilişkin \"Üretici yalnız bırakıldı\" diye konuştu.\n\n"
            "Kaya, kararı \"geç kalmış bir adım\" olarak nitelendirdi.")
    assert run(body) == [("Üretici yalnız bırakıldı", "direct", "kaya"), ("geç kalmış bir adım", "partial", "kaya")]


def test_an_english_name_with_an_apostrophe_keeps_it() -> None:
    # (no Turkish case ending: "O'Neill", "D'Arcy" are whole names, and an English story pays nothing)
    body = 'Councillor Mary O\'Neill met the mayor. "The bridge is late," O\'Neill said.'
    assert attributed(body, ()) == [("The bridge is late,", "direct", "mary-oneill")]


# ---------------------------------------------------------------- records


def test_a_dash_label_record_the_chair_named_in_its_header_and_an_office_with_a_comma() -> None:
    body = ("İZMİR BÜYÜKŞEHİR BELEDİYE MECLİSİ TUTANAĞI\n12'nci Birleşim\n\n"
            "BAŞKAN: Başkan Vekili Nermin ÖZTÜRK\nKÂTİP ÜYELER: Ali DEMİR (Bornova), Ece KOÇ (Buca)\n\n"
            "BAŞKAN – Sayın üyeler, oturumu açıyorum.\n\n"
            "ORHAN KAYA (Bornova) – Sayın Başkan, üreticinin desteği kesildi.\n\n"
            "CEMAL ARSLAN (Buca) – Doğru değil!\n\n"
            "BAŞKAN – Sayın üyeler, lütfen hatibi dinleyelim.\n\n"
            "TARIM, ORMAN VE KÖYİŞLERİ BAKANI SELMA YAVUZ (Manisa) – Sayın Başkan, destekler sürecek.")
    assert speakers(body) == ["nermin-ozturk", "kaya", "cemal-arslan", "nermin-ozturk", "yavuz"]


def test_a_bare_chair_label_with_no_header_line_is_the_files_holder() -> None:
    body = ("İZMİR BÜYÜKŞEHİR BELEDİYE MECLİSİ TUTANAĞI\n\n"
            "BAŞKAN – Sayın üyeler, oturumu açıyorum.\n\n"
            "ORHAN KAYA (Bornova) – Sayın Başkan, söz istiyorum.\n\n"
            "CEMAL ARSLAN (Buca) – Doğru değil!\n\n"
            "BAŞKAN – Sayın üyeler, lütfen hatibi dinleyelim.")
    assert speakers(body) == ["demirtas", "kaya", "cemal-arslan", "demirtas"]


# ---------------------------------------------------------------- dates


def test_a_prose_date_beside_a_turkish_participle_dates_the_words() -> None:
    text = ("Dosya: Metro hattının on yılı\n\n2 Aralık 2026 Çarşamba\n\n"
            "Hat on yıl önce açıldı.\n\n"
            "Açılıştan bir gün sonra, 14 Mart 2016'da gazetecilere konuşan dönemin Başkanı Orhan Kaya, "
            "\"Bu hat kentin omurgası olacak\" demişti.")
    pub = publication_date(text, today=TODAY)
    assert pub.info is not None and pub.info.date == PartialDate(2026, 12, 2)
    stmt = article_statement_date([p for p in pub.text.split("\n\n") if p.strip()], pub.info, today=TODAY)
    assert stmt is not None and stmt.date == PartialDate(2016, 3, 14)


def test_a_turkish_date_line_with_its_label() -> None:
    text = ("Tütün fiyatları açıklandı\n\nYayınlanma: 04.12.2026 09:30\n\n"
            "Milletvekili Orhan Kaya, \"Fiyat düşük\" dedi.")
    pub = publication_date(text, today=TODAY)
    assert pub.info is not None and pub.info.date == PartialDate(2026, 12, 4)
