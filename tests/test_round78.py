"""The general rules blind round 78 (English news: AP, BBC, Guardian, CBC, ABC, RTÉ, Rappler, RNZ …) asked for,
each on an INVENTED case in another setting (a Kenyan county, a Scottish council, a Welsh port, a Fijian ministry …)
with a negative beside it.

An undersecretary's title written in full; a Māori body's name opening with its article "Te"/"Ngā"; an answer's
pronoun right after a question is the one the question was put to; a paper's wording after "describes … as" or
"warns of" is no one's speech; a gerund with its object's determiner after a possessive is a verb phrase, not a term.
"""

from __future__ import annotations

from conftest import attributed

from dateline.model import Speaker

SPEAKERS = (
    Speaker("wanjiru", "Grace Wanjiru", ("Grace Wanjiru", "Wanjiru"), ("Governor", "governor"), "Governor"),
    Speaker("odhiambo", "Peter Odhiambo", ("Peter Odhiambo", "Odhiambo"), ("minister", "Minister"), "Minister"),
)


def who(body: str) -> list[tuple[str, str]]:
    return [(text, speaker) for text, _, speaker in attributed(body, SPEAKERS)]


def test_undersecretary_in_full_is_a_title() -> None:
    body = ("Energy Undersecretary Lucia Ferraro said the tender would reopen \"by the end of March\".\n\n"
            "\"We have nothing to hide from this committee,\" Ferraro told senators.")
    assert [s for _, s in who(body)] == ["lucia-ferraro", "lucia-ferraro"]
    # (the office after the name, in lower case, is no part of it either)
    body = "Lucia Ferraro, an energy undersecretary, said the tender would reopen \"by the end of March\"."
    assert [s for _, s in who(body)] == ["lucia-ferraro"]


def test_a_maori_article_opens_a_body_name() -> None:
    body = ("The Health Minister announced the change on Tuesday. In a statement, Te Whatu Pai said it "
            "\"welcomed the extra funding\" but wanted detail.")
    assert who(body) == [("welcomed the extra funding", "te-whatu-pai")]
    body = "Ngā Tai Moana, the iwi trust, said it was \"not consulted at all\"."
    assert who(body) == [("not consulted at all", "nga-tai-moana")]
    # a capitalised word of another language read with English that opens no name keeps being trimmed
    # ("W piątek Jan Kowalski powiedział": "W" stays no part of his name)
    body = "W piątek Jan Kowalski powiedział: „Nie zgadzamy się”."
    assert [s for _, s in who(body)] == ["jan-kowalski"]


def test_an_answer_after_a_question_is_the_one_it_was_put_to() -> None:
    # the chief quoted before the exchange has a given name that shows no gender: "he" does not reach back to her
    body = ("Chief Imogen Tavita of the Nadroga district said the village had not been asked. \"They sent us a "
            "letter and a map,\" Tavita said.\n\n"
            "On Radio Pasifika's morning show, host Selina Rokotuivuna pressed Minister Peter Odhiambo on whether the "
            "road would go ahead.\n\n"
            "\"Will you halt the works until the village agrees?\" Rokotuivuna asked.\n\n"
            "\"No. We will talk, but the road is going ahead,\" he replied.")
    assert who(body)[-1] == ("No. We will talk, but the road is going ahead,", "odhiambo")
    # no one named as the one asked: the pronoun keeps its usual reading (the chief, the last who fits "he")
    body = ("Chief Imogen Tavita of the Nadroga district said the village had not been asked. \"They sent us a "
            "letter and a map,\" Tavita said.\n\n"
            "On Radio Pasifika's morning show, host Selina Rokotuivuna took calls about the road.\n\n"
            "\"Will anyone halt the works until the village agrees?\" Rokotuivuna asked.\n\n"
            "\"No. We will talk, but the road is going ahead,\" he replied.")
    assert who(body)[-1][1] != "odhiambo"
    # the one the question was put to is a woman and the pronoun is "he": not her
    body = ("Minister Peter Odhiambo spoke first.\n\nHost Selina Rokotuivuna asked Governor Grace Wanjiru whether "
            "the road would go ahead.\n\n\"Will you halt the works?\" Rokotuivuna asked.\n\n"
            "\"Not while I am minister,\" he replied.")
    assert who(body)[-1][1] != "wanjiru"


def test_a_papers_wording_is_no_quote() -> None:
    body = ("The Kisumu County audit was tabled on Monday. The auditor's report describes the clinics as having "
            "\"no evidence of construction.\" Its preamble calls the programme a priority. A leaked note warns of "
            "\"serious exposure to litigation\" for the county.")
    assert who(body) == []
    # the paper's issuer who "said" it, or a person who describes, is speech (the negatives beside it)
    body = ("The auditor said in its report that the clinics showed \"no evidence of construction.\"\n\n"
            "Governor Grace Wanjiru described the audit as \"a hatchet job by people who never visited\".")
    assert [t for t, _ in who(body)] == ["no evidence of construction.", "a hatchet job by people who never visited"]


def test_a_gerund_with_its_object_after_a_possessive_is_a_partial() -> None:
    body = ("CARDIFF (PA) — Port chiefs on Tuesday criticised the dredging plan, saying it would leave the "
            "town's fishermen \"paying the whole bill\" next year.")
    assert [t for t, _ in who(body)] == ["paying the whole bill"]
    # a gerund that names the owner's programme, no determiner after it, stays a term
    body = "The council's \"levelling up\" fund, the minister said, would not cover the harbour."
    assert who(body) == []
