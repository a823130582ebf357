"""Attribution in the shapes of a federal state's records and its several languages' copy (blind round 55's general
rules), each on an invented case in another setting — an Austrian, a Belgian, a Luxembourg or an invented canton's
text — with a negative beside it."""

from __future__ import annotations

from dateline import attribution, quotes
from dateline.lexicon import lexicon
from dateline.model import Speaker

SPEAKERS = (
    Speaker("oberhuber", "Katharina Oberhuber", ("Katharina Oberhuber", "Oberhuber"), ("Landeshauptfrau",),
            "Landeshauptfrau"),
    Speaker("wallner", "Andrea Wallner", ("Andrea Wallner", "Wallner"), (), "Landesrat, Verkehr"),
    Speaker("peeters", "Luc Peeters", ("Luc Peeters", "Peeters"), ("le ministre de la mobilité",)),
    Speaker("regierung", "Landesregierung", ("Landesregierung",), (), "", "institution"),
    Speaker("stadtrat", "Stadtrat von Lienz", ("Stadtrat",), (), "", "institution"),
    Speaker("moretti", "Silvia Moretti", ("Silvia Moretti", "Moretti"), ("la sindaca",)),
)


def who(body: str) -> list[str]:
    ext = quotes.extract(body)
    return [a.speaker for a in attribution.attribute(body, ext, SPEAKERS)]


def texts(body: str) -> list[str]:
    return [q.text for q in quotes.extract(body).quotes]


def test_a_record_writing_the_family_name_first_names_the_member_given_name_first() -> None:
    body = ("Landtag – Frühjahrssitzung – 12.03.27\n\n"
            "Gruber Monika (Grüne): Wir stimmen zu. Der Tunnel ist überfällig.\n\n"
            "Oberhuber Katharina, Landeshauptfrau: Danke. Das Land zahlt seinen Teil.\n\n"
            "Gruber Monika (Grüne): Dann bitte bis Ende Jahr.")
    assert who(body) == ["monika-gruber", "oberhuber", "monika-gruber"]
    # … but a record in capitals writes the given name first already (a surname that is also a given name, Paul)
    body = ("AUGUSTINE PAUL (Labour): We support the bill.\n\nMARIA SANTOS (Greens): We do not.\n\n"
            "AUGUSTINE PAUL (Labour): Then we vote.")
    assert who(body)[0] == "augustine-paul"


def test_a_compound_title_before_a_name_is_no_part_of_it() -> None:
    body = ("Pressekonferenz der Landesregierung – Transkript\n\n"
            "Landesamtsdirektorin Erika Pfeifer: Guten Morgen. Die Landeshauptfrau beginnt.\n\n"
            "Oberhuber Katharina, Landeshauptfrau: Danke. Der Tunnel kommt.\n\n"
            "Landesamtsdirektorin Erika Pfeifer: Danke. Fragen bitte.")
    assert who(body) == ["erika-pfeifer", "oberhuber", "erika-pfeifer"]
    body = 'Die Kärntner Landtagsabgeordnete Erika Pfeifer sah es anders. «Der Hang ist nicht sicher», sagte Pfeifer.'
    assert who(body) == ["erika-pfeifer"]


def test_a_german_compound_title_shows_the_gender_an_ambiguous_given_name_does_not() -> None:
    body = ("Landesrat Andrea Wallner und Bürgermeisterin Ines Kofler besichtigten die Baustelle.\n\n"
            "«Wir liegen im Plan», sagte er.")
    assert who(body) == ["wallner"]
    assert attribution._compound_gender("Landesrätin") == "f" and attribution._compound_gender("Bergführer") == "m"
    # (an English title is of either gender, and "Democrat" of no office: no gender)
    assert attribution._compound_gender("Minister") == "" and attribution._compound_gender("Democrat") == ""
    assert not lexicon().is_female_name("Andrea Wallner") and not lexicon().is_male_name("Andrea Wallner")


def test_an_outlets_label_asks_for_the_interviewer_its_byline_names() -> None:
    body = ("Luc Peeters : « La gare ne fermera pas »\n\nPropos recueillis par Maxime Dujardin\n\n"
            "La Libre: Monsieur le ministre, la gare ferme-t-elle?\n\nLuc Peeters: Non. Elle reste ouverte.\n\n"
            "La Libre: Et les guichets?\n\nLuc Peeters: Ils restent aussi.")
    assert who(body)[1:] == ["maxime-dujardin", "peeters", "maxime-dujardin", "peeters"]
    # … with no byline naming anyone, the label stays the outlet's own
    body = ("La Libre: Monsieur le ministre, la gare ferme-t-elle?\n\nLuc Peeters: Non. Elle reste ouverte.\n\n"
            "La Libre: Et les guichets?\n\nLuc Peeters: Ils restent aussi.")
    assert who(body)[0] != "maxime-dujardin"


def test_an_inverted_subject_after_when_and_where() -> None:
    body = "«Il ponte riapre a marzo». Lo ha detto ieri a Varese la sindaca Silvia Moretti."
    assert who(body) == ["moretti"]
    body = "«Il ponte riapre a marzo». Lo ha detto ieri a Varese un tecnico del Comune."
    assert who(body) != ["moretti"]


def test_a_possessive_before_an_office_in_an_incise() -> None:
    body = ("Le port et la Région ont signé. « Nous paierons notre part », a précisé son ministre fédéral Luc Peeters.")
    assert who(body) == ["peeters"]


def test_a_bodys_name_as_the_title_of_its_member() -> None:
    body = "«Wir zahlen nicht alles», ergänzt Stadtrat Peter Wallner."
    assert who(body) == ["peter-wallner"]
    body = "«Wir zahlen nicht alles», erklärte die Landesregierung."
    assert who(body) == ["regierung"]


def test_an_italian_verbless_tag() -> None:
    body = "«Il ponte riapre a marzo». Così la sindaca Silvia Moretti, ieri sera in consiglio comunale."
    assert who(body) == ["moretti"]
    body = "«Il ponte riapre a marzo». Così recita il cartello all'ingresso del cantiere."
    assert who(body) != ["moretti"]


def test_a_records_header_line_names_the_chair() -> None:
    body = ("GRAND CONSEIL – Séance du 3 mars 2027\nPrésidence: Mme Véronique Delvaux\n\n"
            "La présidente: La séance est ouverte.\n\nM. Luc Peeters: Merci, Madame la présidente.\n\n"
            "La présidente: La parole est à M. Peeters.")
    assert who(body) == ["veronique-delvaux", "peeters", "veronique-delvaux"]
    body = ("GRAND CONSEIL – Séance du 3 mars 2027\n\n"
            "La présidente: La séance est ouverte.\n\nM. Luc Peeters: Merci, Madame la présidente.\n\n"
            "La présidente: La parole est à M. Peeters.")
    assert who(body)[0] == "unknown"


def test_full_stop_labels_whose_office_speaks_again_under_its_bare_label() -> None:
    body = ("VERBALE DELLA SEDUTA\n\nPRESIDENTE (Silvia Moretti). Apro la seduta.\n\n"
            "ROSSI (Verdi). Grazie, signora Presidente.\n\nPRESIDENTE. Chiedo silenzio.")
    found = quotes.extract(body).quotes
    assert [q.kind for q in found] == ["transcript-turn"] * 3
    assert who(body) == ["moretti", "rossi", "moretti"]
    # … three capitals lines that never alternate are no record's convention
    assert not texts("ROMA. Il sindaco ha parlato.\n\nMILANO. Nessuna novità.\n\nTORINO. Piove.")


def test_german_reported_speech_goes_on_with_the_sentence_before() -> None:
    body = ("Die Strasse sei sicher, sagte die Landeshauptfrau. Die Sperre sei deshalb «reine Vorsicht».")
    assert who(body) == ["oberhuber"]
    # … a sentence with a subject of its own is that subject's business, not the sentence before's
    body = ("Die Strasse sei sicher, sagte die Landeshauptfrau. Gemeinderat Ulrich Moser sagte, die Sperre sei "
            "«reine Vorsicht».")
    assert who(body) == ["ulrich-moser"]


def test_a_german_indefinite_person_is_nobody_named() -> None:
    body = ("Die Landeshauptfrau postete ein Foto. «Frühling im Tal», schrieb Oberhuber.\n\n"
            "«Das ist doch der falsche Ort», schrieb ein User.")
    assert who(body) == ["oberhuber", "unknown"]
