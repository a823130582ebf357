"""Blind round 80's general rules (dateline's first Greek text: the Greek-language press of Greece and Cyprus), each
on an invented case in another setting — a Cretan olive-oil cooperative, a Thessaloniki metro line, a Larnaca
hospital, a Patras port — with a negative beside it. The held-out figures are in tests/test_extraction_corpus.py and
tests/test_import_holdout.py."""

from __future__ import annotations

from datetime import date

from conftest import attributed

from dateline import quotes
from dateline.dates import article_statement_date, publication_date
from dateline.model import PartialDate, Speaker

SPEAKERS = (
    Speaker("markaki", "Ειρήνη Μαρκάκη", ("Ειρήνη Μαρκάκη", "Μαρκάκη", "κα Μαρκάκη"), ("υπουργός", "η υπουργός"),
            "Υπουργός Αγροτικής Ανάπτυξης"),
    Speaker("doukas", "Πέτρος Δούκας", ("Πέτρος Δούκας", "Δούκας", "κ. Δούκας"), ("υπουργός", "δήμαρχος"),
            "Δήμαρχος Πατρέων"),
    Speaker("georgiou", "Λένα Γεωργίου", ("Λένα Γεωργίου", "Γεωργίου", "κα Γεωργίου"), ("υπουργός", "η υπουργός"),
            "Υπουργός Υγείας (Κύπρος)"),
    Speaker("vouli", "Βουλή των Ελλήνων", ("Βουλή των Ελλήνων", "Ένωση Αγροτών Κρήτης"), (), "", kind="institution"),
)
TODAY = date(2026, 12, 8)


def run(body: str) -> list[tuple[str, str, str]]:
    return attributed(body, SPEAKERS)


def speakers(body: str) -> list[str]:
    return [s for _, _, s in run(body)]


# ---------------------------------------------------------------- the tag: verb first, an article, the subject


def test_a_greek_tag_names_the_subject_after_its_verb_and_drops_it_after() -> None:
    body = ("Ηράκλειο, 3 Δεκεμβρίου\n\n"
            "«Η τιμή του λαδιού δεν καλύπτει το κόστος», δήλωσε ο δήμαρχος Πέτρος Δούκας.\n\n"
            "Η κα Μαρκάκη απέφυγε να δώσει αριθμούς. «Θα ανακοινώσουμε τα μέτρα τον Ιανουάριο», είπε.")
    assert speakers(body) == ["doukas", "markaki"]


def test_an_office_before_an_unlisted_name_is_that_persons_title() -> None:
    body = "«Ρωτάμε πότε θα ανοίξει ο σταθμός», είπε ο βουλευτής Στέλιος Παπαδάκης στη Θεσσαλονίκη."
    assert speakers(body) == ["stelios-papadakis"]
    # … a role alone goes to its holder
    assert speakers("«Ο σταθμός ανοίγει τον Μάρτιο», είπε ο δήμαρχος.") == ["doukas"]


def test_the_article_before_an_office_says_its_holders_gender() -> None:
    # the minister named last is a man; "η Υπουργός" is the woman named before him
    body = ("Συναντήθηκαν στη Λάρνακα η Υπουργός Υγείας Λένα Γεωργίου και ο δήμαρχος Πέτρος Δούκας.\n\n"
            "«Το νοσοκομείο θα λειτουργήσει το καλοκαίρι», ανέφερε η Υπουργός.")
    assert speakers(body) == ["georgiou"]
    assert speakers(body.replace("ανέφερε η Υπουργός", "ανέφερε ο Υπουργός")) == ["doukas"]


def test_a_title_of_address_in_lower_case_between_the_verb_and_the_name() -> None:
    body = ("Ο πρόεδρος της Ένωσης Λιμενεργατών Νίκος Σταθόπουλος μίλησε στους δημοσιογράφους.\n\n"
            "Η κυβέρνηση δεν απάντησε.\n\n"
            "«Οι γερανοί της Πάτρας είναι τριάντα ετών», υπογράμμισε ο κ. Σταθόπουλος.")
    # the body's genitive name before the person's is no part of it, and "κ." is his title of address
    assert speakers(body) == ["nikos-stathopoulos"]  # (ELOT: ου → "ou")


def test_a_name_in_the_accusative_is_the_nominative_the_person_goes_by() -> None:
    body = ("Συνέντευξη της υπουργού Ειρήνης Μαρκάκη στον Γιώργο Ανδρεάδη\n\n"
            "Ερ.: Κυρία υπουργέ, πότε θα πληρωθούν οι παραγωγοί;\n\n"
            "Απ.: Μέχρι το τέλος του μήνα. Τα χρήματα είναι εγγεγραμμένα.")
    assert speakers(body) == ["giorgos-andreadis", "markaki"]  # (Γιώργο → Γιώργος, Ανδρεάδη → Ανδρεάδης)
    # a feminine name reads as written: no accusative ending on a given name in -α
    assert speakers(body.replace("στον Γιώργο Ανδρεάδη", "στη Ρένα Ανδρεάδη"))[0] == "rena-andreadi"


# ---------------------------------------------------------------- transcripts in Greek capitals


def test_greek_capitals_labels_and_a_question_ending_in_the_greek_question_mark() -> None:
    body = ("ΑΝΔΡΕΑΔΗΣ: Κυρία υπουργέ, καλησπέρα σας. Τι απαντάτε στους παραγωγούς;\n\n"
            "ΜΑΡΚΑΚΗ: Ότι θα πληρωθούν μέχρι τα Χριστούγεννα.\n\n"
            "ΑΝΔΡΕΑΔΗΣ: Πότε ακριβώς;\n\n"
            "ΜΑΡΚΑΚΗ: Στις είκοσι του μήνα.")
    got = run(body)
    assert [t for t, _, _ in got] == ["Κυρία υπουργέ, καλησπέρα σας. Τι απαντάτε στους παραγωγούς;",
                                      "Ότι θα πληρωθούν μέχρι τα Χριστούγεννα.", "Πότε ακριβώς;",
                                      "Στις είκοσι του μήνα."]
    assert [s for _, _, s in got][1::2] == ["markaki", "markaki"]
    assert quotes.asks("Πότε ακριβώς;") and not quotes.asks("Two points; no more;") and quotes.asks("Why now?")


def test_a_label_in_capitals_finds_the_accented_full_name_above_the_turns() -> None:
    body = ("ΕΡΤ – Απομαγνητοφώνηση συνέντευξης της υπουργού Ειρήνης Μαρκάκη στη Δάφνη Κορρέ\n\n"
            "ΚΟΡΡΕ: Κυρία υπουργέ, πότε πληρώνονται οι αποζημιώσεις;\n\n"
            "ΜΑΡΚΑΚΗ: Την επόμενη εβδομάδα.\n\n"
            "ΚΟΡΡΕ: Όλες;\n\n"
            "ΜΑΡΚΑΚΗ: Όλες.")
    assert speakers(body) == ["dafni-korre", "markaki", "dafni-korre", "markaki"]


def test_printed_interview_labels_with_a_full_stop_before_the_colon() -> None:
    body = ("Η υπουργός Υγείας Λένα Γεωργίου μιλά για το νέο νοσοκομείο. Συνέντευξη στον Άρη Ιωάννου.\n\n"
            "Ερ.: Πότε θα ανοίξει;\n\nΑπ.: Τον Ιούνιο, αν δεν υπάρξουν καθυστερήσεις.\n\n"
            "Ερ.: Και το προσωπικό;\n\nΑπ.: Έχει ήδη προσληφθεί.")
    got = run(body)
    assert [k for _, k, _ in got] == ["transcript-turn"] * 4
    assert [s for _, _, s in got][1::2] == ["georgiou", "georgiou"]
    # (`Ερ:` without the stop was read before too; a heading's "Ερ.:" needs the turns after it)
    assert run("Ερ.: Πότε θα ανοίξει;") == []


# ---------------------------------------------------------------- dates


def test_greek_verbs_of_saying_and_chthes_date_the_words() -> None:
    text = ("Πάτρα, 4 Δεκεμβρίου 2026\n\n"
            "Ο δήμαρχος Πατρέων Πέτρος Δούκας δήλωσε χθες ότι το λιμάνι θα εκσυγχρονιστεί.\n\n"
            "«Οι γερανοί θα αντικατασταθούν μέσα στο 2027», είπε.")
    pub = publication_date(text, today=TODAY)
    assert pub.info is not None and pub.info.date == PartialDate(2026, 12, 4)
    stmt = article_statement_date([p for p in pub.text.split("\n\n") if p.strip()], pub.info, today=TODAY)
    assert stmt is not None and stmt.date == PartialDate(2026, 12, 3)
    # without "χθες" the words are the day's
    pub = publication_date(text.replace(" χθες", ""), today=TODAY)
    stmt = article_statement_date([p for p in pub.text.split("\n\n") if p.strip()], pub.info, today=TODAY)
    assert stmt is None or stmt.date == PartialDate(2026, 12, 4)


def test_a_posts_view_count_in_greek_is_no_part_of_its_stamp() -> None:
    text = ("Πέτρος Δούκας\n@PDoukas\n\nΤο λιμάνι της Πάτρας αλλάζει.\n\n"
            "9:15 π.μ. · 3 Δεκ 2026 · 4,1 χιλ. προβολές")
    pub = publication_date(text, today=TODAY)
    assert pub.info is not None and pub.info.date == PartialDate(2026, 12, 3)
