"""The general rules blind round 60 (Norway, Denmark and Sweden in their languages) asked for, each on an INVENTED case
in another setting (a Trøndelag ferry, an Aarhus light rail, a Norrland hospital, a Faroese fishing quota …) with a
negative beside it.

Language: Norwegian and Danish word lists read with English's; `language_of` telling the three Nordic languages apart
(the margin counted over the words only one of the two leading languages holds); `no`/`nn` read as `nb`.
Quotes: a record's time stamp between a label and its colon, a Nordic compound office cut at hyphens with its holder in
brackets, `Q:` answered under the guest's name (and the headline above it the guest's), a dash tag whose particle
follows its subject, "kalder X for »…«", a noun of unnamed people opening a headline, an office after a verb whose
subject Swedish leaves unmarked.
Dates: Nordic date lines ("d. 4/12 2026", "Dato: … | Nr: …", "(D)", "Torsdagen den 3 december", "kl. 10"), a
year-less foreign post stamp, a two-place wire dateline, a sentence-opening day before "og sa: «…»".
"""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline import dates, lexicon
from dateline.model import DateInfo, PartialDate, Speaker

SPEAKERS = (
    Speaker("solheim", "Kari Solheim", ("Kari Solheim", "Solheim"), ("samferdselsminister", "samferdselsministeren"),
            "Samferdselsminister"),
    Speaker("holt", "Jens Holt", ("Jens Holt", "Holt"), ("transportministeren", "ministeren"), "Transportminister"),
    Speaker("brandt", "Mette Brandt", ("Mette Brandt", "Brandt"), ("borgmester", "borgmesteren"), "Borgmester"),
    Speaker("nordin", "Eva Nordin", ("Eva Nordin", "Nordin"), ("regionrådet", "sjukvårdsministern", "ministern"),
            "Sjukvårdsminister"),
    Speaker("lagting", "Lagtinget", ("Lagtinget",), (), "", "institution"),
)
TODAY = date(2026, 12, 7)


def who(body: str) -> list[tuple[str, str]]:
    return [(text, speaker) for text, _, speaker in attributed(body, SPEAKERS)]


# ---------------------------------------------------------------- language

NORWEGIAN = ("Fergen mellom Flakk og Rørvik ble innstilt i går etter at rederiet meldte om motorfeil. Passasjerene "
             "måtte vente i nesten tre timer før en erstatningsbåt kom. – Vi har ikke fått noe svar på hva som skjer "
             "nå, sier en pendler. Fylkeskommunen mener det er for tidlig å si noe om når fergen er tilbake, men "
             "lover at det skal komme mer informasjon i morgen. Det er ikke første gang i høst at sambandet blir "
             "rammet, og mange reisende sier de har mistet tålmodigheten.")
DANISH = ("Letbanen i Aarhus holdt stille i over en time i går, da en strømafbrydelse ramte hele strækningen. "
          "Passagererne blev bedt om at forlade togene, og mange måtte gå det sidste stykke. – Vi har ikke fået nogen "
          "forklaring endnu, siger en pendler. Selskabet oplyser, at fejlen er fundet, og at driften kører normalt "
          "igen. Det er tredje gang i år, at letbanen er ramt af et længere stop, og byrådet har bedt om en "
          "redegørelse hurtigst muligt.")
SWEDISH = ("Akutmottagningen i Sollefteå stängde i natt efter att två läkare blivit sjuka. Patienter hänvisades till "
           "sjukhuset i Sundsvall, nästan tjugo mil bort. – Vi har inte fått något besked om hur länge det här ska "
           "pågå, säger en anhörig. Regionen uppger att man arbetar för att hitta ersättare så snart som möjligt, "
           "men kan inte lova något. Det är inte första gången i år som mottagningen måste stänga.")


def test_norwegian_danish_and_swedish_are_told_apart() -> None:
    assert lexicon.language_of(NORWEGIAN)[0] == "nb"
    assert lexicon.language_of(DANISH)[0] == "da"
    assert lexicon.language_of(SWEDISH)[0] == "sv"
    english = ("The ferry between the two islands was cancelled yesterday after the operator reported an engine "
               "fault. Passengers had to wait for nearly three hours before a replacement boat arrived, and the "
               "county said it was too early to say when the service would return, but promised more information "
               "tomorrow. It is not the first time this autumn that the route has been hit.")
    assert lexicon.language_of(english)[0] == "en"


def test_a_page_tagged_no_or_nn_reads_norwegian_words() -> None:
    assert lexicon.interview_labels("no") == lexicon.interview_labels("nb") == ("Spørsmål", "Svar")
    assert lexicon.interview_labels("nn") == ("Spørsmål", "Svar")
    assert lexicon.interview_labels("da") == ("Spørgsmål", "Svar")
    assert lexicon.interview_labels("xx") == ("Q", "A")  # (no word list: the labels every language reads)


# ---------------------------------------------------------------- quotes


def test_a_records_time_stamp_between_label_and_colon() -> None:
    record = ("Lagtinget – Møte onsdag den 2. desember 2026\n\n"
              "Presidenten: Neste spørsmål er fra representanten Ola Berg.\n\n"
              "Ola Berg (Ap) [11:04:12]: President! Når kommer den nye fergen?\n\n"
              "Samferdselsminister Kari Solheim [11:05:40]: Den kommer til våren, som lovet.\n\n"
              "Ola Berg (Ap) [11:06:55]: Det har vi hørt før.")
    got = who(record)
    assert ("President! Når kommer den nye fergen?", "ola-berg") in got
    assert ("Den kommer til våren, som lovet.", "solheim") in got
    assert ("Det har vi hørt før.", "ola-berg") in got
    # a line of prose with a clock in brackets and a colon is no turn
    assert who("Møtet starter [11:00]: alle er velkomne.") == []


def test_a_compound_office_cut_at_hyphens_is_its_bracketed_holder() -> None:
    record = ("Mette Brandt (V):\nHvornår bliver letbanen forlænget?\n\n"
              "Transport-, bolig- og byministeren (Jens Holt):\nDet sker, når pengene er der.\n\n"
              "Mette Brandt (V):\nDet er ikke et svar.")
    got = who(record)
    assert ("Det sker, når pengene er der.", "holt") in got
    assert ("Det er ikke et svar.", "brandt") in got


def test_q_answered_under_the_guests_name() -> None:
    interview = ('"The quota is not for sale"\n\n'
                 "The Faroese fisheries minister Jens Holt says the islands will not trade their mackerel quota.\n\n"
                 "Q: Will you sign the deal?\n\nHolt: Not in this form.\n\n"
                 "Q: What would change your mind?\n\nHolt: A fair share for our boats.")
    got = who(interview)
    assert ("Not in this form.", "holt") in got and ("A fair share for our boats.", "holt") in got
    assert ("Will you sign the deal?", "unknown") in got
    assert ("The quota is not for sale", "holt") in got  # the headline above the interview: the guest's
    # answers under two names are no interview of one guest: neither label is taken as a turn then
    two = interview.replace("Holt: A fair", "Brandt: A fair")
    assert all(text != "Not in this form." for text, _ in who(two))


def test_a_dash_tag_whose_particle_follows_the_subject() -> None:
    story = ("– Fergen er trygg, sier samferdselsminister Kari Solheim.\n\n"
             "– Vi har sjekket den to ganger, legger hun til.")
    assert who(story)[1] == ("Vi har sjekket den to ganger", "solheim")
    # "la" is no tag verb of its own: the Romance article before a noun stays one ('la sindaca «…»')
    italian = ("Una fonte vicina al sindaco ha confidato che Solheim considera la consigliera «una che cerca "
               "visibilità».")
    assert who(italian) == [("una che cerca visibilità", "unknown")]


def test_calling_something_for_a_verdict_in_marks() -> None:
    assert who("En kilde i byrådet kalder kritikken for »ren symbolpolitik«.") == [("ren symbolpolitik", "unknown")]
    assert who("Borgmester Mette Brandt kalder planen for »et løft for hele byen«.") == [
        ("et løft for hele byen", "brandt")]
    # no verb of calling before the object: a word in marks after "for" is a term, as before
    assert who("Byrådet har sat penge af for »grøn omstilling« i år.") == []


def test_a_headline_opening_with_unnamed_people_names_nobody() -> None:
    story = ("Boende i Ljusdal rasar: ”Ingen lyssnar på oss”\n\n"
             "Anita Ek, 68, har bott vid älven i hela sitt liv.\n\n"
             "– Ingen lyssnar på oss. Vi får läsa om det i tidningen, säger hon.")
    got = who(story)
    assert got[0] == ("Ingen lyssnar på oss", "anita-ek")
    assert all(not s.endswith("ljusdal") for _, s in got)
    alone = "Boende i Ljusdal rasar: ”Ingen lyssnar på oss”\n\nVägen stängs i mars."
    assert all(not s.endswith("ljusdal") for _, s in who(alone))


def test_an_office_after_the_verb_is_the_subject_unnamed() -> None:
    story = ("Sjukvårdsministern har sagt att vården ”ska hålla”. Det löftet har hörts förr.\n\n"
             "När Tromsø byggde sitt sjukhus sade dåvarande hälsoministern att bygget var ”under kontroll”.")
    assert who(story)[1] == ("under kontroll", "unknown")
    own = ("Sjukvårdsministern har sagt att vården ”ska hålla”.\n\n"
           "I våras sade hon att bygget var ”under kontroll”.")
    assert who(own)[1] == ("under kontroll", "nordin")


# ---------------------------------------------------------------- dates


def _line(line: str) -> DateInfo | None:
    return dates.publication_date(line + "\n\nFergen går igjen fra mandag.", today=TODAY).info


def test_nordic_date_lines() -> None:
    updated = _line("Opdateret d. 4/12 2026 kl. 10.12")
    assert updated is not None and updated.date.iso() == "2026-12-04" and updated.confidence == "medium"
    release = _line("Pressemelding | Dato: 03.12.2026 | Nr: 212-26")
    assert release is not None and release.date.iso() == "2026-12-03" and release.confidence == "high"
    sitting = _line("Tirsdag den 1. december 2026 (B)")
    assert sitting is not None and sitting.date.iso() == "2026-12-01"
    meeting = _line("Lagtinget – Møte onsdag den 2. desember 2026 kl. 10")
    assert meeting is not None and meeting.date.iso() == "2026-12-02"
    definite = _line("Onsdagen den 2 december")  # (the weekday pins the year)
    assert definite is not None and definite.date.iso() == "2026-12-02"
    other = _line("Onsdagen den 3 december")  # a Thursday in 2026: the latest year it is a Wednesday, medium
    assert other is not None and other.date.iso() == "2025-12-03" and other.confidence == "medium"
    assert _line("Rapport (B) om 2026") is None  # a series letter alone dates nothing


def test_a_foreign_post_stamp_without_its_year() -> None:
    post = "Jens Holt\n14. november kl. 19:02 · \n\nI dag var vi på havnen i Tórshavn."
    info = dates.publication_date(post, today=TODAY).info
    assert info is not None and info.date.iso() == "2026-11-14" and info.confidence == "low"
    assert dates.publication_date(post.replace(" kl. 19:02 · ", ""), today=TODAY).info is None


def test_a_wire_dateline_of_two_places() -> None:
    text = ("HELSINKI/TALLINN, Nov 26 (Reuters) - Finland and Estonia agreed to study a rail tunnel.\n\n"
            "\"It is a long road,\" the Finnish minister told reporters.")
    info = dates.publication_date(text, today=TODAY).info
    assert info is not None and (info.date.month, info.date.day) == (11, 26)


def test_a_day_opening_its_sentence_dates_the_words_its_verb_hands_over() -> None:
    pub = DateInfo(PartialDate(2026, 11, 29), "high", "date line")
    lead = ["Den 3. juni 2021 stod daværende fiskeriminister Ola Berg på kaien i Bodø og sa: «Kvotene skal "
            "aldri selges.»"]
    info = dates.article_statement_date(lead, pub, today=TODAY)
    assert info is not None and info.date.iso() == "2021-06-03"
    # the verb handing over to no quote (a reported clause after "at"): the day is too far from it to date words
    reported = ["Den 3. juni 2021 stod daværende fiskeriminister Ola Berg på kaien i Bodø og sa at kvotene aldri skal "
                "selges, og mange husker det fortsatt."]
    assert dates.article_statement_date(reported, pub, today=TODAY) is None
