"""Quote attribution and dating misses a blind newsroom test found (UX round 21), as general rules,
each on invented cases in other settings, with the negatives that must keep working."""

from __future__ import annotations

from dateline import attribution, quotes
from dateline.model import Speaker

SPEAKERS = (
    Speaker("okonkwo-dahl", "Adaeze Okonkwo-Dahl", ("Okonkwo-Dahl", "Adaeze Okonkwo-Dahl"),
            ("the governor", "the state's governor"), "Governor of the state", "person"),
    Speaker("ferreira", "Tomás Ferreira", ("Ferreira", "Tomás Ferreira"), ("the treasurer",), "State treasurer"),
    Speaker("assembly", "State Assembly", ("the assembly",), (), "", "institution"),
)


def who(body: str) -> list[str]:
    ext = quotes.extract(body)
    return [a.speaker for a in attribution.attribute(body, ext, SPEAKERS)]


def test_role_subject_in_the_pronouns_paragraph_beats_an_earlier_woman() -> None:
    body = ("Governor Adaeze Okonkwo-Dahl on Monday announced a water levy.\n\n"
            "Farmers were furious. Rosalind Achterberg of the Growers' Union said the levy "
            "\"would ruin every orchard in the valley.\"\n\n"
            "The governor also repeated her backing for the dam. \"The dam is built and I stand by it,\" she said.")
    assert who(body) == ["rosalind-achterberg", "okonkwo-dahl"]


def test_role_subject_in_an_earlier_paragraph_does_not_take_the_pronoun() -> None:
    body = ("Governor Adaeze Okonkwo-Dahl on Monday announced a water levy.\n\n"
            "The governor spoke for an hour.\n\n"
            "Rosalind Achterberg of the Growers' Union was not convinced. "
            "\"It would ruin every orchard in the valley,\" she said.")
    assert who(body) == ["rosalind-achterberg"]


def test_named_woman_after_the_role_subject_still_takes_the_pronoun() -> None:
    body = ("Governor Adaeze Okonkwo-Dahl on Monday announced a water levy.\n\n"
            "The governor spoke first. Rosalind Achterberg of the Growers' Union rose next. "
            "\"It would ruin every orchard in the valley,\" she said.")
    assert who(body) == ["rosalind-achterberg"]


def test_the_named_director_in_a_whose_clause_speaks_not_the_body() -> None:
    body = ("Ferreira dismissed objections from the ratepayers' group Fairshare Alliance, whose director, "
            "Bogdan Petrescu, called the levy \"a tax on rain.\" \"They have had a year,\" the treasurer said.")
    assert who(body) == ["bogdan-petrescu", "ferreira"]
    body = ("The levy was opposed by Fairshare Alliance, whose chief executive, Bogdan Petrescu, "
            "said it was \"a tax on rain.\"")
    assert who(body) == ["bogdan-petrescu"]


def test_a_whose_clause_without_a_name_leaves_the_body_speaking() -> None:
    body = ("Fairshare Alliance, whose director resigned in May, called the levy \"a tax on rain.\"")
    assert who(body) == ["fairshare-alliance"]
    body = ("Bogdan Petrescu, speaking for Fairshare Alliance in Perth, called the levy \"a tax on rain.\"")
    assert who(body) == ["bogdan-petrescu"]


_QA = ("{headline}\n\n{byline}\nPublished 4 May 2026\n\n"
       "Adaeze Okonkwo-Dahl has governed the state since 2021. We met in her office by the river.\n\n"
       "Q: The levy passed by one vote. Was that your doing?\n\n"
       "A: The assembly decides. I asked for a study first.\n\n"
       "Q: Will you raise it again?\n\n"
       "A: Not this year.\n")


def test_a_title_case_byline_names_the_interviewer_of_a_q_and_a() -> None:
    body = _QA.format(headline="Interview with the governor", byline="By Sunita Rao, The Evening Ledger")
    assert who(body) == ["sunita-rao", "okonkwo-dahl", "sunita-rao", "okonkwo-dahl"]


def test_without_a_byline_the_questions_stay_unknown() -> None:
    body = _QA.format(headline="Interview with the governor", byline="The Evening Ledger")
    assert who(body) == ["unknown", "okonkwo-dahl", "unknown", "okonkwo-dahl"]


def test_a_quoted_headline_introducing_the_interview_is_the_interviewees() -> None:
    body = _QA.format(headline="\"Water is not free\": an interview with Adaeze Okonkwo-Dahl",
                      byline="By Sunita Rao, The Evening Ledger")
    assert who(body)[:2] == ["okonkwo-dahl", "sunita-rao"]


def test_a_quoted_headline_naming_someone_else_is_not_the_interviewees() -> None:
    body = _QA.format(headline="\"Water is not free\": Tomás Ferreira answers his critics",
                      byline="By Sunita Rao, The Evening Ledger")
    assert who(body)[0] != "okonkwo-dahl"
