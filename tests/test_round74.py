"""Blind round 74's general rules (Indian press in English and Hindi: wires, print and web stories, a Vidhan Sabha's
record, a TV debate, a state's press release), each on an invented case in another setting — a Rajasthan-style desert
district, a hill town's municipal board, a port city's fishing co-operative — with a negative beside it. The held-out
figures are in tests/test_extraction_corpus.py and tests/test_import_holdout.py."""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline.dates import article_statement_date, publication_date
from dateline.model import PartialDate, Speaker, slugify

SPEAKERS = (
    Speaker("rathore", "Vikram Singh Rathore", ("Vikram Singh Rathore", "Rathore", "विक्रम सिंह राठौड़", "राठौड़"),
            ("District Collector", "कलेक्टर", "जिला कलेक्टर"), "District Collector, Marupur"),
    Speaker("meghwal", "Kamla Meghwal", ("Kamla Meghwal", "Meghwal", "कमला मेघवाल", "मेघवाल"),
            ("MLA", "विधायक", "मंत्री"), "MLA, Marupur"),
    Speaker("bairwa", "Ramesh Bairwa", ("Ramesh Bairwa", "Bairwa", "रमेश बैरवा", "बैरवा"),
            ("मंत्री", "पंचायती राज मंत्री"), "Minister of Panchayati Raj"),
)


def run(body: str) -> list[tuple[str, str, str]]:
    return attributed(body, SPEAKERS)


def speakers(body: str) -> list[str]:
    return [s for _, _, s in run(body)]


# ---------------------------------------------------------------- ids of names written in Devanagari


def test_a_brahmic_name_is_romanised_with_its_inherent_vowel_as_a_newsroom_spells_it() -> None:
    assert slugify("गोपाल कृष्ण मिश्र") == "gopal-krishna-mishra"  # a conjunct keeps the final "a"
    assert slugify("शालिनी चौहान") == "shalini-chauhan"
    assert slugify("शरद पवार") == "sharad-pawar"  # व before a vowel "a": w (and after a consonant: "dwivedi")
    assert slugify("द्विवेदी") == "dwivedi" and slugify("देवेंद्र") == "devendra"
    assert slugify("छगनलाल") == "chhaganlal"  # छ chh; the schwa between vowel-consonant and consonant-vowel goes
    assert slugify("गुरमीत सिंह") == "gurmit-singh"
    assert slugify("ਗੁਰਮੀਤ ਸਿੰਘ") == "gurmit-singh"  # Gurmukhi: the same letters, the same rule
    assert slugify("હસમુખ પટેલ") == "hasmukh-patel"  # Gujarati
    assert slugify("সুভাষ ঘোষ") == "subhash-ghosh"  # Bengali: the final schwa goes, the medial stays
    # negative: Latin slugs and the other scripts are as they were
    assert slugify("Rajesh Kumar") == "rajesh-kumar"
    assert slugify("Алексей Петров") == "aleksey-petrov"
    assert slugify("王小明") == "wang-xiao-ming"
    assert slugify("สมชาย ใจดี") == "smchay-aichdi"
    assert slugify("२०२६ में") == "2026-men"  # Devanagari digits by their value


# ---------------------------------------------------------------- Hindi tags


def test_a_hindi_tags_subject_before_the_quote_is_the_speaker() -> None:
    body = ("मरुपुर। जिला कलेक्टर विक्रम सिंह राठौड़ ने सोमवार को कहा कि टैंकर समय पर पहुंचेंगे।\n\n"
            "उन्होंने कहा, \"किसी गांव में पानी की कमी नहीं होने दी जाएगी।\"\n\n"
            "विधायक कमला मेघवाल का कहना है, \"टैंकर आधे गांवों तक ही पहुंच रहे हैं।\"\n\n"
            "ढाणी के ग्रामीण भंवरलाल जाट (54) ने बताया, ‘हमारे ऊंट प्यासे हैं। कोई सुनने वाला नहीं।’\n\n"
            "जलदाय विभाग के एक अधिकारी ने नाम न छापने की शर्त पर बताया, \"नई पाइपलाइन अगले साल बनेगी।\"\n\n"
            "मेघवाल जी बोलीं, \"हम धरना देंगे।\"")
    assert speakers(body) == ["rathore", "meghwal", "bhanwarlal-jat", "unknown", "meghwal"]


def test_an_office_of_several_holders_is_the_one_named_last_and_a_bare_name_its_full_form() -> None:
    body = ("मरुपुर। पंचायती राज मंत्री रमेश बैरवा का दौरा रद्द हुआ, जबकि कमला मेघवाल सभा में पहुंचीं।\n\n"
            "मंत्री ने कहा, \"हर ढाणी तक सड़क बनेगी।\"\n\n"
            "सभा में सरपंच गीता कुमावत भी थीं। कुमावत ने कहा, \"सड़क से पहले पानी चाहिए।\"")
    assert speakers(body) == ["meghwal", "gita-kumawat"]


def test_hindi_reported_speech_without_marks_is_no_quote_and_an_untagged_quote_is_no_subjects() -> None:
    assert run("मरुपुर। कलेक्टर राठौड़ ने कहा कि टैंकर समय पर पहुंचेंगे।") == []
    # a term in marks after no verb of saying: the sentence's subject did not say it
    body = "मरुपुर। ग्रामीणों ने \"जल जीवन मिशन\" के तहत नल लगाए जाने की मांग की।"
    assert "rathore" not in speakers(body)


# ---------------------------------------------------------------- a Hindi record's and a broadcast's labels


def test_a_hindi_records_labels_name_the_member_the_minister_and_nobody_for_the_chair() -> None:
    body = ("मरुप्रदेश विधान सभा\n\n"
            "सभापति महोदय: प्रश्न संख्या 7, श्रीमती कमला मेघवाल।\n\n"
            "श्रीमती कमला मेघवाल (मरुपुर): सभापति महोदय, टैंकरों का भुगतान कब होगा?\n\n"
            "जलदाय मंत्री (श्री हरिराम सैनी): सभापति महोदय, भुगतान इसी माह हो जाएगा।\n\n"
            "(व्यवधान)\n\n"
            "श्रीमती कमला मेघवाल (मरुपुर): यह आश्वासन पिछले साल भी दिया गया था।\n\n"
            "सभापति महोदय: सदन की कार्यवाही स्थगित।")
    assert [(s, k) for _, k, s in run(body)] == [
        ("unknown", "transcript-turn"), ("meghwal", "transcript-turn"), ("hariram-saini", "transcript-turn"),
        ("meghwal", "transcript-turn"), ("unknown", "transcript-turn")]


def test_a_broadcasts_anchor_named_once_in_brackets_is_her_bare_label_after() -> None:
    body = ("चर्चा: रेगिस्तान में पानी\n\n"
            "एंकर (पूजा शेखावत): नमस्कार, आज हम पानी की बात करेंगे। मेघवाल जी, पहला सवाल आपसे।\n\n"
            "कमला मेघवाल (विधायक): टैंकर आधे गांवों तक ही पहुंच रहे हैं।\n\n"
            "एंकर: कलेक्टर साहब क्या कहेंगे?")
    assert speakers(body) == ["puja-shekhawat", "meghwal", "puja-shekhawat"]
    # negative: one `X: …` line (a headline) is no transcript
    assert [k for _, k, _ in run("चर्चा: रेगिस्तान में पानी\n\nमरुपुर में टैंकर नहीं पहुंचे।")] == []


# ---------------------------------------------------------------- English copy of Indian outlets


def test_an_originals_gloss_in_round_brackets_before_the_tag_leaves_the_tag_its_speaker() -> None:
    body = ('"Machhli hamari roti hai" (Fish is our bread), said Joseph Fernandes, secretary of the Vasco fishing '
            'co-operative, on Monday.')
    assert run(body) == [("Machhli hamari roti hai", "direct", "joseph-fernandes")]


def test_according_to_lower_case_sources_names_nobody_not_the_clauses_subject() -> None:
    body = ("Collector Vikram Singh Rathore visited the dunes.\n\n"
            'According to officials, the Collector is "unlikely to extend the tanker contract" before March.')
    assert speakers(body) == ["unknown"]
    named = ("Collector Vikram Singh Rathore visited the dunes.\n\n"
             'According to Meghwal, the Collector is "unlikely to extend the tanker contract" before March.')
    assert speakers(named) == ["meghwal"]


# ---------------------------------------------------------------- dates


def test_a_hindi_mastheads_vikram_samvat_and_a_records_saka_date_beside_the_gregorian_one() -> None:
    today = date(2027, 3, 20)
    masthead = publication_date("राजस्थान पत्रिका | मरुपुर\nगुरुवार, 18 मार्च 2027 | चैत्र शुक्ल पक्ष एकादशी, विक्रम "
                                "संवत 2083\n\nसमाचार\n\nमरुपुर में टैंकर पहुंचे।", today=today).info
    assert masthead is not None and masthead.date == PartialDate(2027, 3, 18)
    record = publication_date("मरुप्रदेश विधान सभा\nसोमवार, दिनांक 15 मार्च, 2027 (फाल्गुन 24, शक संवत् 1948)\n\n"
                              "सभापति महोदय: प्रश्नकाल।", today=today).info
    assert record is not None and record.date == PartialDate(2027, 3, 15)


def test_an_ani_dateline_and_a_release_head_with_its_number_and_place() -> None:
    today = date(2027, 3, 20)
    ani = publication_date("Headline\n\nMarupur (Marwar Pradesh) [India], March 18 (ANI): The Collector visited the "
                           "dunes on Thursday.", today=today).info
    assert ani is not None and ani.date == PartialDate(2027, 3, 18)
    release = publication_date("INFORMATION DEPARTMENT\n\nPress Note No. 214/2027                            Marupur, "
                               "18-03-2027\n\nTankers reach dunes\n\nThe Collector said the tankers had come.",
                               today=today).info
    assert release is not None and release.date.iso() in ("2027-03-18", "2027-18-03") and release.date.day == 18


def test_kal_is_yesterday_beside_a_past_verb_and_never_beside_a_future_one() -> None:
    pub = publication_date("शीर्षक\n\nगुरुवार, 18 मार्च 2027\n\nसमाचार", today=date(2027, 3, 20)).info
    assert pub is not None
    said = article_statement_date(["मरुपुर। विधायक कमला मेघवाल ने कल धरने में नाराजगी जताई थी।",
                                   "मेघवाल ने कहा था, \"टैंकर नहीं पहुंचे।\""], published=pub, today=date(2027, 3, 20))
    assert said is not None and said.date == PartialDate(2027, 3, 17)
    tomorrow = article_statement_date(["मरुपुर। विधायक कमला मेघवाल कल धरने में शामिल होंगी और कलेक्टर से मिलेंगी।",
                                       "मेघवाल ने कहा, \"टैंकर नहीं पहुंचे।\""], published=pub, today=date(2027, 3, 20))
    assert tomorrow is None or tomorrow.date != PartialDate(2027, 3, 17)


def test_ki_before_a_whole_sentence_in_marks_is_direct_and_the_writers_words_between_a_partial() -> None:
    body = "मरुपुर। विधायक कमला मेघवाल ने कहा कि \"हमारे टैंकर तीन दिन से नहीं आए। हम धरना देंगे।\""
    assert run(body) == [("हमारे टैंकर तीन दिन से नहीं आए। हम धरना देंगे।", "direct", "meghwal")]
    between = "मरुपुर। मेघवाल ने यह भी कहा कि अधिकारी ‘दफ्तरों में बैठकर पानी बांट रहे हैं’।"
    assert run(between) == [("दफ्तरों में बैठकर पानी बांट रहे हैं", "partial", "meghwal")]
