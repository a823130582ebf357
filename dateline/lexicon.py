"""Language knowledge, one copy: the word lists of ``dateline/lang/<language>.toml``.

Extraction, attribution and dating all need to know the same things about English
(speech verbs, titles, words that are never names, abbreviations that do not end a
sentence). Kept in code they drifted apart and picked up words of one corpus; kept here
they are data, read once and cached, and the modules build their patterns from them.

Place, country and language names are not a list of ours: they come from CLDR (through
babel) and the time-zone database, so a figure from anywhere is treated alike.
"""

from __future__ import annotations

import copyreg
import importlib.util
import os
import pickle
import re
import tomllib
import unicodedata
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, TypeVar

from dateline import code_key
from dateline.write import cache_loads

T = TypeVar("T")

# The only letters outside ASCII that `re.IGNORECASE` matches with an ASCII letter (İ ı ſ K): in a text
# without them, a case-blind pattern of ASCII words finds a word only where the lower-cased text has it, so
# a pass may be gated by a substring test of the lowered text (dates' relative words, topics' cues, quotes'
# word sieves).
# (… and the old Cyrillic letter forms U+1C80–U+1C88, which fold case-blind to в, д, о, с, т, ъ, ѣ, ꙋ without being
# them lower-cased: a Cyrillic word of a sieve is found in the lowered text only where the text has none of them)
_ODD_FOLDS = "\u0130\u0131\u017f\u212a" + "".join(map(chr, range(0x1C80, 0x1C89)))
FOLDS_TO_ASCII = re.compile(f"[{_ODD_FOLDS}]")


def folds_to_ascii(text: str) -> bool:
    """`FOLDS_TO_ASCII` is found in `text`: by `in` tests, each a scan at memory speed, where `re` tests
    each character against a class of letters beyond Latin-1 (~15 ns a character); none in an ASCII text."""
    return not text.isascii() and any(c in text for c in _ODD_FOLDS)
_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_STEM = 4  # letters a demonym and its country's name must share ("Latv|ian" → "Latv|ia")


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one language, as immutable sets and tuples."""

    cue_verbs: tuple[str, ...]
    attribution_verbs: tuple[str, ...]
    tag_after_verbs: tuple[str, ...]  # verbs that attribute only as the tag right after a quote ("he repeated")
    told_openers: tuple[str, ...]  # "a la", "al": the one told, between a speech verb and its subject (Spanish)
    verb_clitics: tuple[str, ...]  # "le", "les": an object pronoun before a speech verb ('"…", le dijo X')
    interview_asks: tuple[str, ...]  # "asks" of "The son asks, the father answers.": the asking side's verb
    interview_answers: tuple[str, ...]  # "answers": the answering side's
    interview_by: tuple[str, ...]  # "Entrevista de": another language's "Interview by" before the interviewer's name
    place_openers: tuple[str, ...]  # "San", "Saint": a name opening with a saint's title is a place or a church
    # "Te", "Ngā": a Polynesian article that opens a body's or a place's name ("Te Ohu Kaimoana"), where another
    # language read with English has the same word as a pronoun of its not_names (Polish "Te", "these")
    name_articles: frozenset[str]
    # "en", "dans", "nel": another language's "in" before a capitalised name makes it a place ("lideresa en Villa X")
    place_prepositions: tuple[str, ...]
    genitive_articles: tuple[str, ...]  # "la=della": an article and its form fused with "of" before a role
    proxy_nouns: tuple[str, ...]  # "said through the official": who delivers words for someone
    naming_words: tuple[str, ...]  # "intitolato", "la parola": the words in marks after them are a name or a word
    and_words: tuple[str, ...]  # "e", "y": another language's "and" joining two subjects
    role_articles: tuple[str, ...]  # "la" of "ha assicurato la ministra": an article before a gendered office
    speaks_of: tuple[str, ...]  # "spricht von": a verb of saying whose short fragment after it is a scare quote
    reported_forms: tuple[str, ...]  # "sei" of 'Der Ausbau sei «kein Luxus»': a verb form of reported speech
    verbless_tags: tuple[str, ...]  # "Così" of '«…». Così la ministra X, ieri a Y.': a tag with no verb
    possessive_determiners: tuple[str, ...]  # "sa" of '«…», a précisé sa directrice Jane Doe': whose office it is
    resumptive: tuple[str, ...]  # "Lo" of '«…». Lo ha detto X': the pronoun that takes the quoted words up again
    office_links: tuple[str, ...]  # "de": an office's domain after it ('dijo el ministro de Economía'), no subject
    # "wa", "ya": Swahili joins an office to its domain and writes the holder's name right after, with no
    # comma ("Waziri wa Maji Jane Doe"): the domain's capitalised words open the run, the name ends it
    domain_links: tuple[str, ...]
    intro_openers: tuple[str, ...]  # "Akizungumza", "Hata hivyo": a phrase before the subject and its comma
    demonstratives: tuple[str, ...]  # "huyo" of 'alisema gavana huyo': that governor, the one titled so
    nickname_articles: tuple[str, ...]  # "el": '"el Güero"', an article and a capitalised word, is a nickname
    pronouns_he: tuple[str, ...]  # "él": a free-standing pronoun of a man in another language ("según él")
    pronouns_she: tuple[str, ...]  # "ella": … of a woman ("Según ella, «…»")
    # a printed interview's word labels of the question and the answer, read as "Q" and "A" ([speech]:
    # Spanish "P" / "R" of "P. ¿…?" / "R. …", German "Frage" / "Antwort")
    question_labels: tuple[str, ...]
    answer_labels: tuple[str, ...]
    # … a question's label that is also a generic one elsewhere (French "Question", an English briefing's too): a
    # question's only in a text whose answers carry an answer's label ("Réponse")
    paired_question_labels: tuple[str, ...]
    according: tuple[str, ...]  # "according to", "selon": the words are the account of the one named after
    # "read out", "recalled": a verb of giving another's words again, before their owner's words and a colon ("He read
    # out the minister's statement: "…"", a spokesperson's briefing): the words are the owner's, not the reader's
    relay_verbs: tuple[str, ...]
    # the writer's own "I" ("ich", "je", "j'") before their speech verb in an op-ed's narration, and the participles
    # of that verb the cue verbs leave out ("habe ich … gesagt: „…“", "j'ai dit : « … »"): the byline's writer speaks
    writer_pronouns: tuple[str, ...]
    writer_said: tuple[str, ...]
    attributed_lead_ins: tuple[str, ...]  # "attributed to": a media statement's lead-in line before whose quotes follow
    # "Dat zegt", "So says": a paragraph opening so after a quote paragraph names whose words they were
    words_said_by: tuple[str, ...]
    # "With those words, X opened …", "Mit diesem Satz stellte sich X …": a sentence after a quote opening with a
    # reference to its words names who said them
    words_reference: tuple[str, ...]
    # "heißt es" of '„…“, heißt es in einer Mitteilung der Stadt': an impersonal tag after a quote, the one who
    # said it named later in its sentence, as the owner of the message its words are in
    impersonal_tags: tuple[str, ...]
    # "heeft" of "X heeft het plan van Y omschreven als „…”": an auxiliary whose participle closes the clause,
    # the subject before the auxiliary, not before the participle (Dutch, German word order)
    perfect_auxiliaries: tuple[str, ...]
    # "dat" of "zei Jane Doe dat …": the conjunction after a subject a language sets after its speech verb when the
    # sentence opens with something else (Dutch); the name between is the subject, never an object
    inverted_that: tuple[str, ...]
    # Dutch V2: a sentence opening with a phrase of these words ("Over de regeling wilde de premier weinig kwijt")
    # sets its subject right after its finite verb (`fronted_verbs`): the subject the next "hij" reaches
    fronting_words: tuple[str, ...]
    fronted_verbs: tuple[str, ...]
    # "rumour has it", "dicen que": a sentence opening so tells what someone is said to have said, no one's words
    hearsay: tuple[str, ...]
    articles: tuple[str, ...]  # "the", "la": may open a subject after its verb ("said the minister")
    function_words: frozenset[str]  # "the", "of", "we": a quote of four words with none is in another language
    inverted_he: tuple[str, ...]  # "il" of "», a-t-il affirmé": a pronoun joined to the verb of an incise
    inverted_impersonal: tuple[str, ...]  # "on" of "», dit-on au cabinet": a joined pronoun naming nobody
    inverted_she: tuple[str, ...]  # "elle" of "», dit-elle"
    # a language that sets its verb last (Turkish 'X, "…" dedi.'): the tags closing a quote's sentence, whose subject
    # opens it; the participles after a quote whose subject follows them ('"…" diyen X'); the postposition after a
    # name that makes the words its account ("X'a göre, "…""); the words that give words to the name before them
    # ("Bu sözler X'e ait."); the case endings after a name's apostrophe that make it a source ("X'ten ilk tepki:")
    final_tags: tuple[str, ...]
    participle_tags: tuple[str, ...]
    according_after: tuple[str, ...]
    owner_words: tuple[str, ...]
    source_endings: tuple[str, ...]
    # "'a", "'dan", "'ın": the case endings Turkish writes after a name's apostrophe ("Ilgaz'a", "Aktepe'nin"): no
    # part of the name, and a name so ended is no subject (an object, a possessor, a place)
    case_endings: frozenset[str]
    verbs_he: frozenset[str]  # "dodał" of "„…” – dodał": a verb whose ending says a man spoke (Polish)
    verbs_she: frozenset[str]  # "powiedziała": … a woman
    he_pronouns: tuple[str, ...]  # "he", "him", German "er": a man named before
    reported_position_verbs: tuple[str, ...]  # "said", "promised": another's position reported inside a quote
    own_voice: tuple[str, ...]  # "I", "we", "my": a sentence in the speaker's own voice
    she_pronouns: tuple[str, ...]  # "she", "her", German "sie": a woman named before
    party_members: tuple[str, ...]  # "Democrat" of "said the Democrat": a member named by the party
    epithet_he: tuple[str, ...]  # "der" of "sagte der Grünen-Fraktionschef": an article before a man's job noun
    epithet_she: tuple[str, ...]  # "die" of "sagte die SPD-Politikerin"
    representing_phrases: tuple[str, ...]  # "spoke for": a speech verb saying whom someone represents
    both: tuple[str, ...]  # "both", "the two": before an office's plural, its holders spoken of together
    tag_verbs: tuple[str, ...]
    claim_labels: tuple[str, ...]  # fact-check labels before a claim in marks, lower case
    claimant_labels: tuple[str, ...]  # "Who made it:": the label before the claimant's name, lower case
    verdict_labels: tuple[str, ...]  # fact-check labels before the outlet's own rating in marks ("verdict")
    near_verbs: tuple[str, ...]
    subject_followers: frozenset[str]  # auxiliaries/adverbs between a subject and its verb
    past_markers: tuple[str, ...]  # "was", "used to" just before a stance cue: a position left behind
    pleasantries: tuple[str, ...]  # "thank you", "for your time": a turn of only these is no position
    asking_labels: tuple[str, ...]  # "PRESENTER", "Q": a transcript label of whoever asks
    correspondent_labels: tuple[str, ...]  # "REPORTER": a broadcast report's label of whoever files it
    report_handoffs: tuple[str, ...]  # "reports", "has more": an anchor's words handing over to that one
    auxiliaries: tuple[str, ...]  # finite verbs opening a verb phrase ("will", "has")
    carrier_nouns: tuple[str, ...]  # things whose own text follows them ("motto", "banner")
    document_nouns: tuple[str, ...]  # "report", "preamble": a paper whose wording, not anyone's speech, is quoted
    document_verbs: tuple[str, ...]  # "describes", "warns": what such a paper does with the words after it
    crowd_nouns: tuple[str, ...]  # many voices whose shout is a slogan ("protesters", "the crowd")
    crowd_verbs: tuple[str, ...]  # … and the shout ("shouted", "raised")
    carrier_links: tuple[str, ...]  # "a banner reading", "the title of"
    # "la nota", "o artigo": a story's noun right before marks, which hold its title in sentence case
    story_nouns: tuple[str, ...]
    purpose_nouns: tuple[str, ...]  # "vision", "mission": a body's adopted statement after "is"
    reader_directions: tuple[str, ...]  # "Read", "Watch": imperatives before a work's title
    saying_leads: tuple[str, ...]  # "as the saying goes": a proverb's words follow, nobody's statement
    numbered_titles: tuple[str, ...]  # "Episode 112:"
    mention_verbs: tuple[str, ...]  # "referred to": the quoted words talked about, not said
    clause_conjunctions: tuple[str, ...]  # "as", "while": a clause of the writer's own begins
    subject_conjunctions: tuple[str, ...]  # "as 'q' reaches": a quoted term as its clause's subject
    after_quote_conjunctions: tuple[str, ...]  # '"…", while X has …': another clause after the quote
    calling_verbs: tuple[str, ...]  # "called", "branded": a verdict on their object follows
    calling_particles: tuple[str, ...]  # Danish "kalder planen for »…«": the word between the object and the verdict
    date_cues: tuple[str, ...]
    clause_verbs: frozenset[str]  # said-verbs whose reported clause a later date phrase may belong to
    clause_openers: frozenset[str]  # words opening that clause's subject ("the", "it", "that")
    day_first_words: tuple[str, ...]  # words of a day-first country's English ("Shri", "lakh")
    published_labels: tuple[str, ...]  # "Published", "Released" before a page's date
    minutes_heads: tuple[str, ...]  # "Minutes of", "Meeting held": a header line dating a meeting's record
    record_heads: tuple[str, ...]  # "debate", "sitting": after a body's name and before a dash, a record's head
    reprint_labels: tuple[str, ...]  # "Republished from": a reprint's date line names the first report's outlet
    habitual_cues: tuple[str, ...]  # "likes to say": words of a habit, said on no one day
    time_zones: tuple[str, ...]  # "JST", "MST" after a clock on a date line
    clock_words: tuple[str, ...]  # "18:40 Uhr"
    page_counts: tuple[str, ...]  # "48.2K Views", "48,2 tn visningar": a post's or a video's count on its stamp line
    count_scales: tuple[str, ...]  # the count's "K", "tn" (tusen): a thousand, a million
    past_verbs: frozenset[str]  # irregular past tenses ("gave", "met"): a lede's "X yesterday gave …"
    gathering_audiences: tuple[str, ...]  # "told the crowd": words said at the gathering the lede dates
    occasion_nouns: tuple[str, ...]  # "after the vote", "for the hearing": the occasion a lede's day dates
    record_nouns: tuple[str, ...]  # "a 2024 … report": a record whose words are of the year it names
    lookback_openers: tuple[str, ...]  # "When he announced it on 3 May 2024, …": a time clause recalling an occasion
    sign_off_heads: tuple[str, ...]  # "dated this", "done at": a document's own closing date formula
    footer_published: tuple[str, ...]  # "was first published": a wire story's closing note of its publication date
    # "misattributed", "attribuée par erreur": a correction notice's words for the earlier report it corrects
    correction_cues: tuple[str, ...]
    # "Correction:", "Correção:": the label of a correction notice set after the story, and the words that say which
    # reading it replaces ("Wednesday, not Tuesday", "quarta-feira (8), e não na terça-feira (7)")
    correction_labels: tuple[str, ...]
    correction_not: tuple[str, ...]
    earlier_clause_links: tuple[str, ...]  # "after": a time clause making a verb of saying's words earlier ones
    interview_cues: tuple[str, ...]  # "spoke to": a sentence ending "spoke to X on <day>." dates the quote after it
    honorifics: frozenset[str]
    org_words: frozenset[str]
    org_openers: frozenset[str]  # "Universidad", "Fundación": a capitalised run opening with one is a body
    seat_links: tuple[str, ...]  # "por", "en el": before a member's seat or chamber, the holder's name after it
    domain_articles: tuple[str, ...]  # "de la", "para la": before the name of an office's domain or a place, no person's
    thing_words: frozenset[str]  # a capitalised run ending in one names a thing ("the Official Cash Rate")
    title_words: tuple[str, ...]  # lower-case job-title words before a name
    title_endings: tuple[str, ...]  # "…chefin", "…sekretär": a German compound that is a title ("Betriebsratschefin")
    demonyms: frozenset[str]
    not_names: frozenset[str]
    greetings: frozenset[str]  # "Thanks", "Asante": said before a name, never a given name of it
    places: frozenset[str]  # single-word country and city names (CLDR, time zones)
    languages: tuple[str, ...]  # language names other than the lexicon's own ("in Polish")
    female_first: frozenset[str]
    female_roles: tuple[str, ...]
    female_titles: frozenset[str]
    female_name_words: frozenset[str]
    female_surname_endings: tuple[str, ...]
    male_surname_endings: tuple[str, ...]  # "ов" of "Иванов": a man's surname in a full name of another script
    patronymic_endings: tuple[str, ...]  # "вич", "вна": a patronymic between a given name and a surname
    # Greek "Νίκο" of "στον Νίκο Doe": a given name's ending only its accusative has, and each ending of that case
    # with its nominative's ("ο=ος"): a full name so written is read back in the nominative a person goes by
    accusative_given_endings: tuple[str, ...]
    accusative_endings: tuple[tuple[str, str], ...]
    male_first: frozenset[str]
    unnamed_people: tuple[str, ...]  # singular nouns of people who stay unnamed ("a nurse")
    indefinite_people: tuple[str, ...]  # "someone", "nobody": a person nobody names
    message_nouns: tuple[str, ...]  # "post", "reply": what a person said, after their possessive
    issuing_verbs: tuple[str, ...]  # "released", "issued": a press release's "X today released the following statement:"
    remark_nouns: tuple[str, ...]  # "remark", "claim": X's remark that … "q" reports X's words
    demand_nouns: tuple[str, ...]  # "demand", "call": X's demand for "q" gives X's words
    answering_occasions: tuple[str, ...]  # "press conference": X's … is where X answered the questions
    definite_unnamed: tuple[str, ...]  # … even after "the" ("the moderator", "the source")
    bare_unnamed: tuple[str, ...]  # … with no article in the singular ("counsel for the State")
    office_initials: Mapping[str, str]  # "CFO" → "chief financial officer"
    unlisted_offices: tuple[str, ...]  # "prime minister": "the prime minister" is whom the article titled so
    male_roles: tuple[str, ...]  # also the titles that open a man's name ("Mr", "Sir")
    generic_turns: frozenset[str]
    generic_turn_qualifiers: frozenset[str]  # "FIRST", "ANOTHER": "FIRST CALLER:" is still a generic label
    not_turn_names: frozenset[str]
    post_nominals: frozenset[str]  # "SC", "QC", "MP" after a name: honours and offices, no part of it
    examination_stages: tuple[str, ...]  # "CROSS-EXAMINATION" (BY MR DOE): who asks a transcript's Q. lines
    witness_oaths: tuple[str, ...]  # "affirmed", "called and sworn": the witness who answers its A. lines
    office_articles: tuple[str, ...]  # "The" of a mixed-case office label ("The SPEAKER:")
    address_titles: frozenset[str]  # "Sen", "Shri": titles before a member's name in a label, lower case
    house_offices: frozenset[str]  # "Chairperson": offices a label names besides the honorifics
    label_courtesies: tuple[str, ...]  # "La señora": an article and a courtesy title before a record's label
    chair_heads: tuple[str, ...]  # "PRESIDENCIA DE LA": a record's header line naming who holds the chair
    chair_lines: tuple[str, ...]  # "Présidence": a record's Title Case header line naming who holds the chair
    chair_offices: frozenset[str]  # "PRESIDENTA": the labels of the office that header line names the holder of
    # an office and the titles that introduce its holder by another word ("Justice X" for "the judge")
    office_titles: tuple[tuple[str, tuple[str, ...]], ...]
    label_links: tuple[str, ...]  # "of", "for": lower-case words inside an office's label
    address_title_links: tuple[str, ...]  # "Most", "the": words between titles of address ("Dr the Hon.")
    # "Anf.": a record's number of the turn before its label, on the label's line (`Anf. 12  Jane DOE (M):`)
    turn_numbers: tuple[str, ...]
    # "replik": a record's word for the kind of turn after the member's bracket (`JANE DOE (M) replik:`, a reply)
    turn_kinds: tuple[str, ...]
    label_seat_links: tuple[str, ...]  # "of": a record's member label names the state after it (`Mr. DOE of Ohio.`)
    office_tails: tuple[str, ...]  # "pro tempore": lower-case words after an office in a record's label
    record_translation_notes: tuple[str, ...]  # "Translation": a bilingual record's `[Translation]` over rendered words
    record_original_notes: tuple[str, ...]  # "English": its `[English]` over words as spoken (no rendering)
    # "inaudible": a transcript's bracket for words it could not hear (`[inaudible] the budget?`), part of the turn's
    # words where they stand, never a note about the speaker as `[Through interpreter]` is
    transcript_gaps: frozenset[str]
    # "Intervention by", "Intervención del": a record's heading of a turn, on a line of its own above the words,
    # before whoever speaks (the link and an article after it included)
    turn_heads: tuple[str, ...]
    # "to the": the link between a member's label and the office a question is put to (`Ms J.A. DOE to the Premier:`)
    question_to: tuple[str, ...]
    # "replied": the word after a member's label that makes it the answer's (`Mr P.R. ROE replied:`)
    answer_labels_after: tuple[str, ...]
    name_particles: tuple[str, ...]  # "van", "der": lower-case words inside a person's name
    countries: Mapping[str, tuple[str, ...]]
    abbreviations: frozenset[str]
    news_agencies: tuple[str, ...]  # as they are spelt ("AP", "Reuters", "TASS")
    agency_aliases: Mapping[str, str]  # other spellings, upper-cased → a news_agencies entry
    page_navigation: frozenset[str]
    header_labels: frozenset[str]  # "press release", "opinion": a top line of these labels the page
    release_labels: frozenset[str]  # "press release", "Pressemitteilung": the label above an issuer's letterhead
    photo_credits: tuple[str, ...]
    byline_roles: tuple[str, ...]
    not_outlets: frozenset[str]
    occasion_labels: tuple[str, ...]  # header labels dating the words, not the page ("call date")
    airing_labels: tuple[str, ...]  # … of them, those of the airing ("broadcast"): a "recorded" line beside wins
    transcript_heads: tuple[str, ...]  # "TRANSCRIPT:": a heading whose next line dates the words it records
    capture_labels: tuple[str, ...]  # "captured": a saved page's note of when it was saved, what "3 days ago" counts from
    # a kind of body → the nouns a story calls it by, every language read ("the company", "la société")
    bodies: Mapping[str, tuple[str, ...]]

    def is_female_name(self, name: str) -> bool:
        """A woman's given name first, or a lone feminine surname: enough to let "she" skip men."""
        words = [_fold(w.strip(".").lower()) for w in name.split()]
        if not words:
            return False
        if words[0] in self.female_titles or (words[0] in self.female_first and words[0] not in self.male_first):
            return True  # (a given name both lists hold, Andrea, Simone, is a woman's in one language, a man's in another)
        if len(words) > 1 and any(w in self.female_name_words for w in words):
            return True  # "Rashida Begum", "Harpreet Kaur": a word only a woman's name carries
        if len(words) > 1 and _cyrillic(words[-1]) and words[-1].endswith(self.female_surname_endings):
            return True  # a name in another script whose surname is a woman's form ("Анна Петрова")
        return len(words) == 1 and words[0].endswith(self.female_surname_endings) and len(words[0]) > 5

    def is_male_name(self, name: str) -> bool:
        """A man's given name or title first ("Ivo Brandt", "Mr Doe"): "she" never means him."""
        words = [_fold(w.strip(".").lower()) for w in name.split()]
        return bool(words) and ((words[0] in self.male_first and words[0] not in self.female_first)
                                or words[0] in self.male_roles
                                # (a name in another script whose surname is a man's form: "Иван Иванов")
                                or (len(words) > 1 and _cyrillic(words[-1])
                                    and words[-1].endswith(self.male_surname_endings)))


def _fold(word: str) -> str:
    """A word without its diacritics (inês → ines), as the name lists spell them."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _cyrillic(word: str) -> bool:
    """A word written in Cyrillic (its first letter), as East Slavic, Kazakh or Serbian names are."""
    return "\u0400" <= word[:1] <= "\u052f"


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("a word list must be a list of strings")
    return tuple(value)


def _single_words(names: Iterable[str]) -> set[str]:
    return {n for n in names if n.isalpha() and n[:1].isupper()}


# Languages whose copy is read with English's rules, their words added to English's lists: one
# site quotes a francophone outlet next to an English wire story, and no article says its language.
_READ_WITH = {"en": ("fr", "de", "pl", "es", "sw", "it", "pt", "nl", "sv", "nb", "da", "id", "ru", "tr", "el")}
# Tags that name a language whose words live under another code: Norwegian is tagged `no` (the macrolanguage) or `nn`
# (nynorsk) as often as `nb` (bokmål), and one word list reads the three (nb.toml)
LANGUAGE_ALIASES: Final = MappingProxyType({"no": "nb", "nn": "nb"})


def _read(language: str) -> dict[str, Any]:
    language = LANGUAGE_ALIASES.get(language, language)
    return tomllib.loads(resources.files("dateline").joinpath("lang", f"{language}.toml").read_text("utf-8"))


@cache
def _table(language: str) -> dict[str, Any]:
    """`lang/<language>.toml`, parsed once per process, with the lists of the languages read
    along with it (`_READ_WITH`) added to its lists of the same name."""
    data = _read(language)
    for other in _READ_WITH.get(language, ()):
        for section, words in _read(other).items():
            mine = data.setdefault(section, {})
            for key, value in words.items():
                mine[key] = [*mine.get(key, []), *(w for w in _strings(value) if w not in mine.get(key, []))]
    return data


@cache
def interview_labels(language: str) -> tuple[str, str]:
    """The labels a printed interview in `language` (a tag: "es-AR" is Spanish) writes before its
    questions and its answers: `[speech]` question_labels and answer_labels of its own word list
    ("P"/"R" in Spanish, "Frage"/"Antwort" in German), else "Q"/"A", which the quote extractor reads
    in any language. What the import writes where a saved page marked the questions only by bold."""
    code = language.split("-")[0].lower()
    try:
        speech = _read(code).get("speech", {}) if code.isalpha() else {}
    except FileNotFoundError:
        speech = {}
    asks, answers = _strings(speech.get("question_labels", [])), _strings(speech.get("answer_labels", []))
    return (asks[0], answers[0]) if asks and answers else ("Q", "A")


@cache
def predicate_words(language: str = "en") -> frozenset[str]:
    """The words that make a short quoted fragment a statement (`topics.short_term`). Apart from
    `lexicon`, which also loads CLDR's names through babel and lists the time zones (a tenth of a
    second): the timeline asks this of every build, even one that analyses nothing. Inside `kept`, the
    kept set (parsing the TOML lists for it was ~0.04 s of such a build)."""
    return _value(f"predicate_words:{language}", frozenset,
                  lambda: frozenset(_strings(_table(language)["speech"]["predicate_words"])))


@dataclass(frozen=True)
class PolarityWords:
    """Words whose difference makes two quotes two claims (``lang/polarity.toml``, every
    language together, as normalised quote words): ``negations`` turn a statement into its
    opposite ("not", "não", "nie"), ``numbers`` name a count ("two", "três"; any word holding
    a digit is one too)."""

    negations: frozenset[str]
    numbers: frozenset[str]


@cache
def polarity_words() -> PolarityWords:
    """Read once: what `link` needs to tell "we cut it by 40%" from "we did not cut it by 15%".
    All languages at once, as a quote's language is not known; a reprint shares its first report's.
    Inside `kept`, the kept words."""
    return _value("polarity_words", PolarityWords, _polarity_words)


def _polarity_words() -> PolarityWords:
    data = tomllib.loads(resources.files("dateline").joinpath("lang", "polarity.toml").read_text("utf-8"))
    negations = {w for section in data.values() for w in _strings(section.get("negations", []))}
    numbers = {w for section in data.values() for w in _strings(section.get("numbers", []))}
    return PolarityWords(frozenset(negations), frozenset(numbers))


@dataclass(frozen=True)
class SpellingFolds:
    """House-style spellings that make no difference to whether two reports are one statement
    (``lang/spellings.toml``, every language together, as normalised quote words): ``words`` maps a
    variant word to the form compared, ``suffixes`` a variant ending (after at least ``stem`` letters) to
    the ending compared, ``percent`` holds every way of writing "per cent" as a tuple of words."""

    words: Mapping[str, str]
    suffixes: tuple[tuple[str, str], ...]
    stem: int
    percent: tuple[tuple[str, ...], ...]


@cache
def spelling_folds() -> SpellingFolds:
    """Read once: what `link` folds before it compares two quotes (never their ids)."""
    return _value("spelling_folds", SpellingFolds, _spelling_folds)


def _spelling_folds() -> SpellingFolds:
    data = tomllib.loads(resources.files("dateline").joinpath("lang", "spellings.toml").read_text("utf-8"))
    words: dict[str, str] = {}
    suffixes: list[tuple[str, str]] = []
    percent: list[tuple[str, ...]] = []
    stem = 4
    for section in data.values():
        for pair in section.get("words", []):
            words[str(pair[0]).lower()] = str(pair[1]).lower()
        suffixes += [(str(a).lower(), str(b).lower()) for a, b in section.get("suffixes", [])]
        percent += [tuple(str(p).lower().split()) for p in _strings(section.get("percent", []))]
        stem = int(section.get("stem", stem))
    words.update((form[0], "percent") for form in percent if len(form) == 1 and form[0] != "percent")
    # the longest ending first: "isations" before "ise"
    suffixes.sort(key=lambda pair: -len(pair[0]))
    return SpellingFolds(MappingProxyType(words), tuple(suffixes), stem, tuple(dict.fromkeys(percent)))


@dataclass(frozen=True)
class CornerWords:
    """How Japanese copy tags its 「…」 quotes (``lang/ja.toml``): after the closing bracket, a particle
    (``と``, ``との``) and a verb of saying (``述べた``, ``語った``), or ``という`` and a noun that makes the
    words a term (``言葉``); before the quote, a subject marked by ``は`` or ``が``."""

    quote_particles: tuple[str, ...]
    verbs: tuple[str, ...]
    term_nouns: tuple[str, ...]
    subject_particles: tuple[str, ...]


@cache
def corner_words() -> CornerWords:
    """Read once: Japanese's own tag words. Apart from `lexicon`, whose lists are read with English's:
    these are matched with no word boundaries (Japanese writes none), so they are kept to themselves."""
    speech = _read("ja")["speech"]
    return CornerWords(_strings(speech["quote_particles"]), _strings(speech["corner_verbs"]),
                       _strings(speech["term_nouns"]), _strings(speech["subject_particles"]))


@cache
def lexicon(language: str = "en") -> Lexicon:
    """The lexicon of `language`, read from the package data once per process (inside `kept`: the
    one the last build made, when the package data, babel and the time zones are the same)."""
    return _value(f"lexicon:{language}", Lexicon, lambda: _cldr_let_go(_lexicon(language)))


def _cldr_let_go(made: T) -> T:
    """`made`, once babel's caches of the CLDR locale data it was made from are emptied. Babel keeps
    every locale it loaded for the life of the process (~25 MB for `date_line_words`' ~35 locales,
    merged with their parents), though dateline reads each once, into values of its own: kept, they
    were held to the end of every build, in the build process and again in each worker forked from it
    (the 10,000-article build's peak is its build process at the end). Emptied, the space is reused
    by what the build makes next. A locale asked again is read again (~1–10 ms)."""
    from babel import localedata

    localedata.clear_caches()
    return made


def _lexicon(language: str) -> Lexicon:
    from babel import Locale  # here: a build that analyses nothing never loads CLDR

    data = _table(language)
    speech, names, pages, dating = data["speech"], data["names"], data["pages"], data["dates"]
    agencies = _strings(names["news_agencies"])
    cldr = Locale.parse(language)
    regions = {n for code, n in cldr.territories.items() if code.isalpha()}  # CLDR: countries and regions
    cities = {z.rsplit("/", 1)[-1].replace("_", " ") for z in zoneinfo.available_timezones() if "/" in z}
    places = frozenset(_single_words(regions | cities))
    own = cldr.get_language_name(language) or ""
    languages = tuple(sorted((_single_words(n for code, n in cldr.languages.items() if len(code) == 2)
                              | set(_strings(names.get("languages", [])))) - {own}))
    demonyms = frozenset(_strings(names["demonyms"])) | set(languages) | ({own} if own else set())
    countries: dict[str, tuple[str, ...]] = {k: _strings(v) for k, v in data["countries"].items()}
    for dem in sorted(demonyms):
        if dem not in countries and dem.isalpha():
            found = tuple(sorted(t for t in regions if t[:_STEM].lower() == dem[:_STEM].lower()
                                 and len(dem) > _STEM and " " not in t))
            if found:
                countries[dem] = found
    # the speech verbs other languages' leads use ("disse", "afirmou", "dijo"; lang/date_lines.toml):
    # a quote in the original language is attributed by its own verb ('"…", disse Souza'), one-word
    # verbs of three letters or more only (a shorter one, "sa", is too often another word), and
    # the compound tenses of a press attribution, whole ('«…», a déclaré X', '"…", ha detto X'): the
    # phrase is no word of English
    abroad = tuple(sorted({v for v in date_line_words().speech if len(v) >= 3 and all(
        w.isalpha() for w in v.split()) and (" " in v or v.isalpha())}))
    return Lexicon(
        cue_verbs=_strings(speech["cue_verbs"]) + abroad + _strings(speech.get("according", []))
        + _strings(speech.get("speaks_of", [])),
        attribution_verbs=_strings(speech["attribution_verbs"]),
        tag_after_verbs=_strings(speech.get("tag_after_verbs", [])),
        told_openers=_strings(speech.get("told_openers", [])),
        verb_clitics=_strings(speech.get("verb_clitics", [])),
        resumptive=_strings(speech.get("resumptive", [])),
        possessive_determiners=_strings(speech.get("possessive_determiners", [])),
        verbless_tags=_strings(speech.get("verbless_tags", [])),
        reported_forms=_strings(speech.get("reported_forms", [])),
        speaks_of=_strings(speech.get("speaks_of", [])),
        role_articles=_strings(speech.get("role_articles", [])),
        and_words=_strings(speech.get("and_words", [])),
        naming_words=_strings(speech.get("naming_words", [])),
        proxy_nouns=_strings(speech.get("proxy_nouns", [])),
        genitive_articles=_strings(speech.get("genitive_articles", [])),
        place_openers=_strings(names.get("place_openers", [])),
        name_articles=frozenset(_strings(names.get("name_articles", []))),
        place_prepositions=_strings(names.get("place_prepositions", [])),
        interview_asks=_strings(speech.get("interview_asks", [])),
        interview_answers=_strings(speech.get("interview_answers", [])),
        interview_by=_strings(speech.get("interview_by", [])),
        office_links=_strings(speech.get("office_links", [])),
        domain_links=_strings(names.get("domain_links", [])),
        intro_openers=_strings(speech.get("intro_openers", [])),
        demonstratives=_strings(speech.get("demonstratives", [])),
        nickname_articles=_strings(speech.get("nickname_articles", [])),
        pronouns_he=_strings(speech.get("pronouns_he", [])),
        pronouns_she=_strings(speech.get("pronouns_she", [])),
        question_labels=_strings(speech.get("question_labels", [])),
        answer_labels=_strings(speech.get("answer_labels", [])),
        paired_question_labels=_strings(speech.get("paired_question_labels", [])),
        according=_strings(speech.get("according", [])),
        relay_verbs=_strings(speech.get("relay_verbs", [])),
        writer_pronouns=_strings(speech.get("writer_pronouns", [])),
        writer_said=_strings(speech.get("writer_said", [])),
        attributed_lead_ins=_strings(speech.get("attributed_lead_ins", [])),
        words_said_by=_strings(speech.get("words_said_by", [])),
        words_reference=_strings(speech.get("words_reference", [])),
        impersonal_tags=_strings(speech.get("impersonal_tags", [])),
        perfect_auxiliaries=_strings(speech.get("perfect_auxiliaries", [])),
        inverted_that=_strings(speech.get("inverted_that", [])),
        fronting_words=_strings(speech.get("fronting_words", [])),
        fronted_verbs=_strings(speech.get("fronted_verbs", [])),
        hearsay=_strings(speech.get("hearsay", [])),
        articles=_strings(speech.get("articles", [])),
        function_words=frozenset(_strings(speech.get("function_words", []))),
        inverted_he=_strings(speech.get("inverted_he", [])),
        inverted_impersonal=_strings(speech.get("inverted_impersonal", [])),
        inverted_she=_strings(speech.get("inverted_she", [])),
        final_tags=_strings(speech.get("final_tags", [])),
        participle_tags=_strings(speech.get("participle_tags", [])),
        according_after=_strings(speech.get("according_after", [])),
        owner_words=_strings(speech.get("owner_words", [])),
        source_endings=_strings(speech.get("source_endings", [])),
        case_endings=frozenset(_strings(names.get("case_endings", []))),
        verbs_he=frozenset(_strings(speech.get("verbs_he", []))),
        verbs_she=frozenset(_strings(speech.get("verbs_she", []))),
        he_pronouns=_strings(speech["he_pronouns"]),
        reported_position_verbs=_strings(speech.get("reported_position_verbs", [])),
        own_voice=_strings(speech.get("own_voice", [])),
        party_members=_strings(speech.get("party_members", [])),
        she_pronouns=_strings(speech["she_pronouns"]),
        epithet_he=_strings(speech.get("epithet_he", [])),
        epithet_she=_strings(speech.get("epithet_she", [])),
        representing_phrases=_strings(speech.get("representing_phrases", [])),
        both=_strings(speech.get("both", [])),
        tag_verbs=_strings(speech["tag_verbs"]) + abroad,
        claim_labels=_strings(speech["claim_labels"]),
        claimant_labels=_strings(speech["claimant_labels"]),
        verdict_labels=_strings(speech.get("verdict_labels", [])),
        near_verbs=_strings(speech["near_verbs"]),
        subject_followers=frozenset(_strings(speech["subject_followers"])),
        past_markers=_strings(speech["past_markers"]),
        pleasantries=_strings(speech["pleasantries"]),
        asking_labels=_strings(speech["asking_labels"]),
        correspondent_labels=_strings(speech.get("correspondent_labels", [])),
        report_handoffs=_strings(speech.get("report_handoffs", [])),
        auxiliaries=_strings(speech["auxiliaries"]),
        carrier_nouns=_strings(speech["carrier_nouns"]),
        document_nouns=_strings(speech.get("document_nouns", [])),
        document_verbs=_strings(speech.get("document_verbs", [])),
        crowd_nouns=_strings(speech.get("crowd_nouns", [])),
        crowd_verbs=_strings(speech.get("crowd_verbs", [])),
        carrier_links=_strings(speech["carrier_links"]),
        story_nouns=_strings(speech.get("story_nouns", [])),
        purpose_nouns=_strings(speech["purpose_nouns"]),
        reader_directions=_strings(speech["reader_directions"]),
        saying_leads=_strings(speech.get("saying_leads", [])),
        numbered_titles=_strings(speech["numbered_titles"]),
        mention_verbs=_strings(speech["mention_verbs"]),
        clause_conjunctions=_strings(speech["clause_conjunctions"]),
        subject_conjunctions=_strings(speech["subject_conjunctions"]),
        after_quote_conjunctions=_strings(speech["after_quote_conjunctions"]),
        calling_verbs=_strings(speech["calling_verbs"]),
        calling_particles=_strings(speech.get("calling_particles", [])),
        date_cues=_strings(speech["date_cues"]),
        clause_verbs=frozenset(_strings(dating["clause_verbs"])),
        clause_openers=frozenset(_strings(dating["clause_openers"])),
        published_labels=_strings(dating["published_labels"]),
        day_first_words=_strings(dating.get("day_first_words", [])),
        minutes_heads=_strings(dating["minutes_heads"]),
        record_heads=_strings(dating["record_heads"]),
        reprint_labels=_strings(dating["reprint_labels"]),
        habitual_cues=_strings(dating["habitual_cues"]),
        time_zones=_strings(dating["time_zones"]),
        clock_words=_strings(dating["clock_words"]),
        page_counts=_strings(dating.get("page_counts", [])),
        count_scales=_strings(dating.get("count_scales", [])),
        past_verbs=frozenset(_strings(dating["past_verbs"])),
        gathering_audiences=_strings(dating["gathering_audiences"]),
        occasion_nouns=_strings(dating.get("occasion_nouns", [])),
        record_nouns=_strings(dating.get("record_nouns", [])),
        lookback_openers=_strings(dating.get("lookback_openers", [])),
        sign_off_heads=_strings(dating["sign_off_heads"]),
        footer_published=_strings(dating.get("footer_published", [])),
        correction_cues=_strings(dating.get("correction_cues", [])),
        correction_labels=_strings(dating.get("correction_labels", [])),
        correction_not=_strings(dating.get("correction_not", [])),
        earlier_clause_links=_strings(dating.get("earlier_clause_links", [])),
        interview_cues=_strings(dating.get("interview_cues", [])),
        honorifics=frozenset(_strings(names["honorifics"])),
        title_endings=tuple(sorted(set(_strings(names.get("title_endings", []))), key=lambda w: (-len(w), w))),
        org_words=frozenset(_strings(names["org_words"])),
        org_openers=frozenset(_strings(names.get("org_openers", []))),
        domain_articles=_strings(names.get("domain_articles", [])),
        seat_links=_strings(names.get("seat_links", [])),
        thing_words=frozenset(_strings(names.get("thing_words", []))),
        title_words=_strings(names["title_words"]),
        demonyms=demonyms,
        not_names=frozenset(_strings(names["not_names"]) + agencies),
        greetings=frozenset(_strings(names.get("greetings", []))),
        places=places,
        languages=languages,
        female_first=frozenset(_strings(names["female_first"])),
        female_roles=_strings(names["female_roles"]),
        female_titles=frozenset(_strings(names["female_titles"])),
        female_name_words=frozenset(_strings(names.get("female_name_words", []))),
        female_surname_endings=_strings(names["female_surname_endings"]),
        male_surname_endings=_strings(names.get("male_surname_endings", [])),
        patronymic_endings=_strings(names.get("patronymic_endings", [])),
        accusative_given_endings=_strings(names.get("accusative_given_endings", [])),
        accusative_endings=tuple((a, b) for a, _eq, b in (w.partition("=")
                                                          for w in _strings(names.get("accusative_endings", [])))),
        male_first=frozenset(_strings(names["male_first"])),
        unnamed_people=_strings(names["unnamed_people"]),
        indefinite_people=_strings(names["indefinite_people"]),
        message_nouns=_strings(names["message_nouns"]),
        issuing_verbs=_strings(names.get("issuing_verbs", [])),
        remark_nouns=_strings(names["remark_nouns"]),
        demand_nouns=_strings(names.get("demand_nouns", [])),
        answering_occasions=_strings(names["answering_occasions"]),
        definite_unnamed=_strings(names["definite_unnamed"]),
        bare_unnamed=_strings(names["bare_unnamed"]),
        office_initials=MappingProxyType({k.strip(): v.strip() for k, _eq, v in
                                          (e.partition("=") for e in _strings(names["office_initials"]))}),
        unlisted_offices=_strings(names.get("unlisted_offices", [])),
        male_roles=_strings(names["male_roles"]),
        generic_turns=frozenset(_strings(names["generic_turns"])),
        generic_turn_qualifiers=frozenset(_strings(names["generic_turn_qualifiers"])),
        not_turn_names=frozenset(_strings(names["not_turn_names"])) | {w.upper() for w in places | set(agencies)},
        post_nominals=frozenset(_strings(names["post_nominals"])),
        examination_stages=_strings(names["examination_stages"]),
        witness_oaths=_strings(names["witness_oaths"]),
        office_articles=_strings(names["office_articles"]),
        address_titles=frozenset(w.lower() for w in _strings(names["address_titles"])),
        house_offices=frozenset(_strings(names["house_offices"])),
        label_courtesies=_strings(names.get("label_courtesies", [])),
        chair_heads=_strings(names.get("chair_heads", [])),
        chair_offices=frozenset(_strings(names.get("chair_offices", []))),
        chair_lines=_strings(names.get("chair_lines", [])),
        turn_numbers=_strings(names.get("turn_numbers", [])),
        turn_kinds=_strings(names.get("turn_kinds", [])),
        label_seat_links=_strings(names.get("label_seat_links", [])),
        office_tails=_strings(names.get("office_tails", [])),
        record_translation_notes=_strings(names.get("record_translation_notes", [])),
        record_original_notes=_strings(names.get("record_original_notes", [])),
        transcript_gaps=frozenset(w.lower() for w in _strings(names.get("transcript_gaps", []))),
        office_titles=tuple(sorted((office.lower(), tuple(_strings(titles)))
                                   for office, titles in names.get("office_titles", {}).items())),
        turn_heads=tuple(sorted(set(_strings(names.get("turn_heads", []))), key=lambda w: (-len(w), w))),
        question_to=_strings(names.get("question_to", [])),
        answer_labels_after=_strings(names.get("answer_labels_after", [])),
        label_links=_strings(names["label_links"]),
        address_title_links=_strings(names.get("address_title_links", [])),
        name_particles=_strings(names["name_particles"]),
        countries=MappingProxyType(countries),
        abbreviations=frozenset(_strings(data["abbreviations"]["words"])) | set(_SHORT_MONTHS),
        news_agencies=agencies,
        agency_aliases=MappingProxyType({str(k).upper(): str(v) for k, v in pages["agency_aliases"].items()}),
        page_navigation=frozenset(_strings(pages["navigation"])),
        header_labels=frozenset(_strings(pages["header_labels"])),
        release_labels=frozenset(_strings(pages.get("release_labels", []))),
        photo_credits=_strings(pages["photo_credits"]),
        byline_roles=_strings(pages["byline_roles"]),
        not_outlets=frozenset(_strings(pages["not_outlets"])),
        occasion_labels=_strings(pages["occasion_labels"]),
        airing_labels=_strings(pages.get("airing_labels", [])),
        transcript_heads=_strings(pages.get("transcript_heads", [])),
        capture_labels=_strings(pages.get("capture_labels", [])),
        bodies=MappingProxyType({k: _strings(v) for k, v in data.get("bodies", {}).items()}),
    )


@cache
def _abbreviation_re(language: str) -> re.Pattern[str]:
    words = sorted(lexicon(language).abbreviations, key=lambda w: (-len(w), w))  # a set: ties in one order
    return re.compile(r"(?:\b(?:" + "|".join(re.escape(w) for w in words) + r")|\b[A-Z])$")


def abbreviation_before(text: str, i: int, language: str = "en") -> bool:
    """Is the full stop at `i` the end of an abbreviation ("Mr.", "Gen.", "U.S.", "J.")?"""
    return _abbreviation_re(language).search(text, max(0, i - 6), i) is not None


SENTENCE_REACH = 3000  # characters a sentence is looked back over for its start (prose's longest are ~1,000)


def sentence_start(text: str, lo: int, pos: int, in_quote: Callable[[int], bool]) -> int:
    """Start of the sentence holding `pos` (not before `lo`): after the last ".?!" and a space
    that is neither an abbreviation nor inside quote marks."""
    # the stops before a space in (lo, pos), right to left, each found by `str.rfind` (C) from the last
    # one: the sentence's own stop is nearly always the first, so the paragraph before it is not scanned
    # (a regex scan of all of it for every quote of a long paragraph was ~4 % of the analysis)
    # (at most SENTENCE_REACH back: a "sentence" of 50,000 "X said that Y said" with no stop made every verb's
    # look-back scan the paragraph, quadratic: hostile round 64, p02; prose's sentences are far shorter)
    lo = max(lo, pos - SENTENCE_REACH)
    if pos <= lo + 1:
        return lo  # no room for a stop and a space after lo (and no negative end for rfind)
    i = pos
    while True:
        i = max(text.rfind(".", lo + 1, i), text.rfind("?", lo + 1, i), text.rfind("!", lo + 1, i))
        if i < 0:
            return lo
        if i + 1 < len(text) and text[i + 1].isspace() and not in_quote(i) \
                and (not abbreviation_before(text, i) or _QUOTE_NEXT.match(text, i + 1)):
            return i + 1  # "no plan B. "Q"": an initial is followed by a name, never by a quotation
_STOP_BEFORE_SPACE_OR_END = re.compile(r"[.?!](?=\s|\Z)")  # \Z: the end of the searched range


_QUOTE_NEXT = re.compile(r"\s+[\"“‘«„]")


def sentence_end(text: str, pos: int, hi: int, in_quote: Callable[[int], bool]) -> int:
    """End of the sentence holding `pos` (at most `hi`), by the same rule as :func:`sentence_start`."""
    for m in _STOP_BEFORE_SPACE_OR_END.finditer(text, pos, hi):
        j = m.start()
        if not in_quote(j) and not abbreviation_before(text, j):
            return j + 1
    return hi


@dataclass(frozen=True)
class DateLineWords:
    """The words of page date lines in other languages (``lang/date_lines.toml`` + CLDR months).

    ``months`` maps a lower-cased month name or short form (without its full stop) to its
    number; a form that names different months in two languages is left out, so it is never
    read as either.  ``weekdays`` maps CLDR's full weekday names, as CLDR writes them ("martes",
    "Dienstag"), to Monday = 0 … Sunday = 6.  Labels and words are lower case, longest first:
    ``speech`` the verbs that report words ("reconoció", "a déclaré"), ``since`` the words that
    make a weekday after them the start of a state ("desde el martes"), not the day of an act.
    """

    months: Mapping[str, int]
    published: tuple[str, ...]
    updated: tuple[str, ...]
    at: tuple[str, ...]
    weekdays: Mapping[str, int]
    speech: tuple[str, ...]
    since: tuple[str, ...]
    by: tuple[str, ...] = ()  # a byline's word ("por", "par"): the header's language writes the day first
    before: tuple[str, ...] = ()  # the article before a date ("le 5 novembre 2024"): no label, no place
    function_words: frozenset[str] = frozenset()  # "nous", "est": words of those languages' sentences, not English's
    # the languages whose copy writes its dates in running text so too (`prose = true`: German "sagte sie am
    # 12. März 2023"): their full month and weekday names as CLDR writes them, capitalised ("März", "Jänner",
    # "Donnerstag"), read in sentences as well as on date lines
    prose_months: Mapping[str, int] = field(default_factory=dict)
    prose_weekdays: Mapping[str, int] = field(default_factory=dict)
    prose_day_parts: tuple[str, ...] = ()  # "abend" of "Freitagabend": a weekday joined to its part of the day
    # "wczoraj", "gestern", "ayer" → 1, "przedwczoraj", "vorgestern", "anteayer" → 2: the days before publication
    # a lead's word for yesterday names (lower case; date_lines.toml `yesterday`, `day_before_yesterday`), read
    # as date phrases by one rule (dates._JOINED_RE); "oggi" → 0 (`today`)
    days_back: Mapping[str, int] = field(default_factory=dict)
    year_words: tuple[str, ...] = ()  # "r." of "2 grudnia 2026 r.": a word for "year" after a date's year
    # the speech verbs of the languages that drop a known subject (`subject_dropped = true`: Spanish '"…",
    # sostuvo en diálogo con una radio' is the one the sentence before named), and the indefinite articles
    # that open an unnamed subject after them ('"…", dijo un vocero': nobody named)
    subjectless_speech: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()
    # the languages that join a day, its month and its year with a word in running text (`prose_joiner`: Spanish
    # "el lunes 3 de marzo de 2025"): their lower-case CLDR month and weekday names, the joining words, and
    # their word for "last" ("el pasado viernes"); their words for yesterday are every language's `days_back`
    joined_months: Mapping[str, int] = field(default_factory=dict)
    joined_weekdays: Mapping[str, int] = field(default_factory=dict)
    joiners: tuple[str, ...] = ()
    day_articles: tuple[str, ...] = ()
    last: tuple[str, ...] = ()
    bare_months: frozenset[str] = frozenset()  # the months of a language joining no word ("4 dicembre 2026")
    relatives: tuple[str, ...] = ()  # "che" of "il sindaco che ieri aveva chiesto": a relative clause's own day
    # each language's `function_words` by its code: `language_of` counts them in a pasted text
    language_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Japanese era names and the Gregorian year of their first year ("令和" → 2019: 令和8年 is 2026), and the
    # one-character weekday signs of a date's bracket ("（土）"), Monday first (date_lines.toml `eras`, `weekday_signs`)
    eras: Mapping[str, int] = field(default_factory=dict)
    weekday_signs: Mapping[str, int] = field(default_factory=dict)
    # "en anglais", "auf Englisch", "em inglês": a language's word for speaking in another one (date_lines.toml
    # `spoken_in`, with CLDR's names of the other languages in that language): the words quoted were said in it
    # and printed in the story's own, so they are a translation, as "she said in Spanish" (ux41 #6)
    spoken_in: tuple[str, ...] = ()
    # a span counted back from now in those languages (date_lines.toml `ago_before`, `ago_after`, `ago_units`,
    # `ago_numbers`): one pattern per language, with groups n (the count, absent for one), y, m or w (its unit),
    # and the counts' words ("deux" → 2, "zwei" → 2)
    ago_patterns: tuple[str, ...] = ()
    ago_numbers: Mapping[str, int] = field(default_factory=dict)
    # … and a page's stamp of its last update in any unit ("Atualizado há 2 anos", "Actualizado hace 3 horas", "Mis à
    # jour il y a 5 minutes"): one pattern per language, no groups, read only right after an update label
    ago_stamps: tuple[str, ...] = ()
    # CLDR's abbreviated weekdays of the languages whose broadcasters' pages write them before a date (`short_weekdays
    # = true`: Dutch "zo 6 dec 2026 10:12"), lower case → Monday = 0 …: read only right before a day and its month
    short_weekdays: Mapping[str, int] = field(default_factory=dict)
    # "in het Nederlands": a language's words for speaking in itself (date_lines.toml `own_tongue`), which its stories
    # write of words said in the story's own language, as English "in English": those words are no translation
    own_tongue: tuple[str, ...] = ()
    # the joined languages' word before a year or a month ("en 2023", "en marzo de 2024": `period_in`), their phrases
    # for a period by publication ("la semana pasada" → "last week": `periods`), and every language's words that
    # point back to the time a paragraph names after a verb of saying ("afirmó entonces": `then`), lower case
    period_in: tuple[str, ...] = ()
    periods: Mapping[str, str] = field(default_factory=dict)
    then: tuple[str, ...] = ()
    clause_words: tuple[str, ...] = ()  # "que" of "anunció que …": a reported clause opens (`clause_words`)
    # "i tisdags", "i lördags": a weekday with a word before it and an ending after it that make it the one before
    # (date_lines.toml `last_suffix`, "i=s": Swedish, Norwegian and Danish), the phrase lower case → Monday = 0 …
    suffixed_weekdays: Mapping[str, int] = field(default_factory=dict)
    # the months of the languages that write a month's year right after it, no word between ("en juin 2021", a
    # retrospective's heading "Juin 2021 : « … »"; date_lines.toml `month_year = true`), lower case → 1 … 12
    year_months: Mapping[str, int] = field(default_factory=dict)
    # the months of the Solar Hijri calendar (Iran's and Afghanistan's: "۱۴ آذر ۱۴۰۵"; date_lines.toml
    # `solar_hijri_months`, forms of one month joined by "|"), each form → 1 (Farvardin) … 12 (Esfand)
    solar_hijri_months: Mapping[str, int] = field(default_factory=dict)
    # the languages whose pages count years in the Buddhist era even in their markup's ISO timestamps (date_lines.toml
    # `buddhist_era = true`: Thai "2569-12-05T14:32:00+07:00" is 2026-12-05)
    buddhist_era: frozenset[str] = frozenset()


@cache
def date_line_words() -> DateLineWords:
    """`_date_line_words`, once per process (inside `kept`: the last build's, as `lexicon`)."""
    return _value("date_line_words", DateLineWords, lambda: _cldr_let_go(_date_line_words()))


def _date_line_words() -> DateLineWords:
    """Read once: the labels of ``lang/date_lines.toml`` and, for each of its locales, CLDR's month
    names in every width and context (babel), so "24 janv. 2025" or "3. März 2025" is a date, and
    its full weekday names, so "miércoles 12 de marzo" and "la sesión del martes" are read."""
    from babel import Locale

    text = resources.files("dateline").joinpath("lang", "date_lines.toml").read_text("utf-8")
    data = tomllib.loads(text)
    found: dict[str, set[int]] = {}
    weekdays: dict[str, set[int]] = {}
    published: set[str] = set()
    updated: set[str] = set()
    at: set[str] = set()
    speech: set[str] = set()
    since: set[str] = set()
    by: set[str] = set()
    before: set[str] = set()
    function: set[str] = set()
    prose_months: dict[str, int] = {}
    prose_weekdays: dict[str, int] = {}
    day_parts: set[str] = set()
    days_back: dict[str, int] = {}
    year_words: set[str] = set()
    subjectless: set[str] = set()
    indefinite: set[str] = set()
    joined_months: dict[str, int] = {}
    joined_weekdays: dict[str, int] = {}
    joined: dict[str, set[str]] = {k: set() for k in ("joiners", "day_articles", "last")}
    by_language: dict[str, frozenset[str]] = {}
    bare_months: set[str] = set()
    relatives: set[str] = set()
    eras: dict[str, int] = {}
    signs: dict[str, int] = {}
    spoken_in: set[str] = set()
    english_names = Locale.parse("en").languages
    ago_patterns: list[str] = []
    ago_stamps: list[str] = []
    ago_numbers: dict[str, int] = {}
    short_weekdays: dict[str, int] = {}
    own_tongue: set[str] = set()
    period_in: set[str] = set()
    periods: dict[str, str] = {}
    then: set[str] = set()
    clause_words: set[str] = set()
    suffixed: dict[str, int] = {}
    year_months: dict[str, int] = {}
    solar_hijri: dict[str, int] = {}
    buddhist_era: set[str] = set()
    for code, words in sorted(data.items()):
        if words.get("buddhist_era") is True:
            buddhist_era.add(code)
        solar_hijri.update((form, number) for number, forms in enumerate(_strings(words.get("solar_hijri_months", [])), 1)
                           for form in forms.split("|"))
        if words.get("month_year") is True:
            year_months.update((str(n).lower(), int(i)) for i, n in Locale.parse(code).months["format"]["wide"].items())
        then.update(w.lower() for w in _strings(words.get("then", [])))
        if isinstance(words.get("prose_joiner"), str):
            period_in.update(w.lower() for w in _strings(words.get("period_in", [])))
            clause_words.update(w.lower() for w in _strings(words.get("clause_words", [])))
            periods.update((k.lower(), v) for k, _, v in (w.partition("=") for w in _strings(words.get("periods", []))))
        own_tongue.update(_strings(words.get("own_tongue", [])))
        for form in _strings(words.get("last_suffix", [])):  # "i=s": "i tisdags"
            word, _, ending = form.partition("=")
            suffixed.update((f"{word} {str(n).lower()}{ending}", int(i))
                            for i, n in Locale.parse(code).days["format"]["wide"].items())
        if words.get("short_weekdays") is True:
            short_weekdays.update((str(n).lower().rstrip("."), int(i))
                                  for i, n in Locale.parse(code).days["format"]["abbreviated"].items())
        if isinstance(words.get("ago_units"), dict):
            numbers = [n.split("|") for n in _strings(words.get("ago_numbers", []))]
            ago_numbers.update((w.lower(), i) for i, forms in enumerate(numbers, start=1) for w in forms)
            counts = "|".join(re.escape(w) for forms in numbers for w in forms)
            units = words["ago_units"]
            unit = "|".join(f"(?P<{k[0]}>" + "|".join(re.escape(w) for w in sorted(
                _strings(units.get(k, [])), key=len, reverse=True)) + ")" for k in ("year", "month", "week"))
            ahead = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _strings(words.get("ago_before", [])))
            behind = "|".join(re.escape(w) for w in _strings(words.get("ago_after", [])))
            ago_patterns.append(r"(?i)(?<![\w'’-])" + (rf"(?:{ahead})\s+" if ahead else "")
                                + rf"(?:(?P<n>{counts}|\d{{1,2}})\s+)?(?:{unit})"
                                + (rf"\s+(?:{behind})" if behind else "") + r"(?![\w'’-])")
            ago_stamps.append((rf"(?:{ahead})\s+" if ahead else "") + rf"(?:{counts}|\d{{1,3}})\s+[^\W\d_]+"
                              + (rf"\s+(?:{behind})" if behind else ""))
        for word in _strings(words.get("spoken_in", [])):
            own_names = Locale.parse(code).languages
            # (not a name English writes alike, "in Hindi": English's own rule reads that, original or not)
            spoken_in.update(f"{word} {name}" for lc, name in own_names.items()
                             if len(lc) == 2 and lc != code and " " not in str(name)
                             and str(name).lower() != str(english_names.get(lc, "")).lower())
        year_words.update(_strings(words.get("year_words", [])))
        for era in _strings(words.get("eras", [])):  # "令和=2019"
            name, _, first = era.partition("=")
            eras[name] = int(first)
        signs.update((w, i) for i, w in enumerate(_strings(words.get("weekday_signs", []))))
        days_back.update((w.lower(), 1) for w in _strings(words.get("yesterday", [])))
        days_back.update((w.lower(), 2) for w in _strings(words.get("day_before_yesterday", [])))
        days_back.update((w.lower(), 0) for w in _strings(words.get("today", [])))
        joined["last"].update(_strings(words.get("last", [])))  # "el pasado viernes", "lunedì scorso"
        relatives.update(_strings(words.get("relatives", [])))
        if isinstance(words.get("prose_joiner"), str):
            if words["prose_joiner"]:
                joined["joiners"].add(str(words["prose_joiner"]))
            else:  # Italian "4 dicembre 2026": no word between a day and its month, read when a month is named
                bare_months.update(str(n).lower() for n in Locale.parse(code).months["format"]["wide"].values())
            for key in ("day_articles",):
                joined[key].update(_strings(words.get(key, [])))
            here = Locale.parse(code)
            joined_weekdays.update((str(n).lower(), int(i)) for i, n in here.days["format"]["wide"].items())
            for months in [here.months, *(Locale(code, r).months for r in _strings(words.get("regions", [])))]:
                joined_months.update((str(n).lower(), int(i)) for i, n in months["format"]["wide"].items())
        if words.get("subject_dropped") is True:
            subjectless.update(w.lower() for w in _strings(words["speech"]))
            indefinite.update(w.lower() for w in _strings(words.get("indefinite", [])))
        function.update(w.lower() for w in _strings(words.get("function_words", [])))
        if words.get("function_words"):
            by_language[code] = frozenset(w.lower() for w in _strings(words["function_words"]))
        by.update(w.lower() for w in _strings(words.get("by", [])))
        before.update(w.lower() for w in _strings(words.get("before", [])))
        published.update(w.lower() for w in _strings(words["published"]))
        updated.update(w.lower() for w in _strings(words["updated"]))
        at.update(w.lower() for w in _strings(words["at"]))
        speech.update(w.lower() for w in _strings(words["speech"]))
        since.update(w.lower() for w in _strings(words["since"]))
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for number, name in locale.days[context]["wide"].items():
                weekdays.setdefault(str(name), set()).add(int(number))
                # (a weekday's definite form, which a Nordic record's header writes: "Torsdagen den 3 december")
                for ending in _strings(words.get("weekday_endings", [])):
                    weekdays.setdefault(str(name) + ending, set()).add(int(number))
        for form in _strings(words.get("weekday_forms", [])):  # "среду=2": a case form CLDR does not hold
            name, _, number = form.partition("=")
            weekdays.setdefault(name, set()).add(int(number))
        if words.get("prose") is True:
            day_parts.update(_strings(words.get("day_parts", [])))
            prose_weekdays.update((str(name), int(n)) for n, name in locale.days["format"]["wide"].items())
            for months in [locale.months, *(Locale(code, r).months for r in _strings(words.get("regions", [])))]:
                prose_months.update((str(name), int(n)) for n, name in months["format"]["wide"].items())
        for months in [locale.months, *(Locale(code, region).months for region in _strings(words.get("regions", [])))]:
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in months[context][width].items():
                        found.setdefault(str(name).lower().rstrip("."), set()).add(int(number))
                        if words.get("plain_forms") is True:  # "Disemba" for CLDR's "Disẹ́mba": print drops tones
                            found.setdefault(_without_marks(str(name)).lower().rstrip("."), set()).add(int(number))
    # Forms spelled like English ones ("oct", "mar", "nov" in Spanish and Italian) stay: a wire
    # dateline writes them in lower case ("9 oct 2025 (EFE)"), which the English grammar, case-
    # sensitive on purpose, does not read; :func:`dateline.dates._in_english` leaves a form
    # written the English way as it is, so English lines are never rewritten.
    # (two letters of a Latin script are too often a word, "ma", "no"; a month of another script,
    # the Hindi "मई", is two code points and no such word; "8月" and "8월", a number with its unit,
    # are no month name at all)
    months_map = {name: next(iter(numbers)) for name, numbers in found.items()
                  if len(numbers) == 1 and (len(name) >= 3 or (not name.isascii() and name.isalpha()))}

    def longest_first(words: set[str]) -> tuple[str, ...]:
        return tuple(sorted(words, key=lambda w: (-len(w), w)))

    days_map = {name: next(iter(numbers)) for name, numbers in weekdays.items() if len(numbers) == 1}
    return DateLineWords(MappingProxyType(dict(sorted(months_map.items()))), longest_first(published),
                         longest_first(updated), longest_first(at), MappingProxyType(dict(sorted(days_map.items()))),
                         longest_first(speech), longest_first(since), longest_first(by), longest_first(before),
                         frozenset(function), MappingProxyType(dict(sorted(prose_months.items()))),
                         MappingProxyType(dict(sorted(prose_weekdays.items()))), longest_first(day_parts),
                         MappingProxyType(dict(sorted(days_back.items()))), longest_first(year_words),
                         frozenset(subjectless), frozenset(indefinite),
                         MappingProxyType(dict(sorted(joined_months.items()))),
                         MappingProxyType(dict(sorted(joined_weekdays.items()))),
                         joiners=longest_first(joined["joiners"]), day_articles=longest_first(joined["day_articles"]),
                         last=longest_first(joined["last"]), bare_months=frozenset(bare_months),
                         relatives=longest_first(relatives), language_words=MappingProxyType(by_language),
                         eras=MappingProxyType(dict(sorted(eras.items()))),
                         weekday_signs=MappingProxyType(dict(sorted(signs.items()))),
                         spoken_in=longest_first(spoken_in), ago_patterns=tuple(ago_patterns),
                         ago_stamps=tuple(ago_stamps),
                         ago_numbers=MappingProxyType(dict(sorted(ago_numbers.items()))),
                         short_weekdays=MappingProxyType(dict(sorted(short_weekdays.items()))),
                         own_tongue=longest_first(own_tongue), period_in=longest_first(period_in),
                         periods=MappingProxyType(dict(sorted(periods.items()))), then=longest_first(then),
                         clause_words=longest_first(clause_words),
                         suffixed_weekdays=MappingProxyType(dict(sorted(suffixed.items()))),
                         year_months=MappingProxyType(dict(sorted(year_months.items()))),
                         solar_hijri_months=MappingProxyType(dict(sorted(solar_hijri.items()))),
                         buddhist_era=frozenset(buddhist_era))


def _without_marks(word: str) -> str:
    """A word without its combining marks (tones, dots below): "Disẹ́mba" → "Disemba"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


LANGUAGE_MIN_WORDS = 40  # words of running text below which a text's language is not guessed
LANGUAGE_MIN_KINDS = 6  # different function words of the winning language the text must hold …
LANGUAGE_MARGIN = 2.0  # … and at least this many times as many as the next language's


def language_of(text: str) -> tuple[str, str]:
    """(language code, how it was told) of a pasted text, or ("", "") when its words do not tell.

    Which of each language's function words occur (`function_words`: en.toml's for English, each of
    date_lines.toml's languages' own, none of which English sentences hold), each word once: the
    winner must have LANGUAGE_MIN_KINDS of them and LANGUAGE_MARGIN times the runner-up's. Words
    are counted once, not each time, because two languages share some ("la", "que"): a Spanish
    text says "la" thirty times, but only it says "el", "los", "del", "para" and "una" as well. A
    short or mixed text stays undecided, and the editor's `lang:` is the answer. No statistical
    model: the lists are data dateline keeps, and every answer can be said in words."""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text)}
    if len(re.findall(r"[^\W\d_]+", text)) < LANGUAGE_MIN_WORDS:
        return "", ""
    return _winner(words, LANGUAGE_MIN_KINDS)


def _winner(words: set[str], least: int) -> tuple[str, str]:
    """(code, how) of the language whose function words ``words`` hold most kinds of, ``least`` of them at the
    least and LANGUAGE_MARGIN times the runner-up's; ("", "") when none is (`language_of`, `quote_language`).
    Counted a word at a time: each word's languages looked up once (`_languages_of_word`)."""
    langs = _languages_of_word()
    counts = dict.fromkeys(_function_word_lists(), 0)
    for w in words:
        for code in langs.get(w, ()):
            counts[code] += 1
    ranked = sorted(((n, code) for code, n in counts.items()), reverse=True)
    (best, code), (second, other) = ranked[0], ranked[1]
    # a word both lists hold tells the two apart no more than it tells either from a third: the margin is counted over
    # the words one of them holds alone (Norwegian, Danish and Swedish share most of their small words, "det", "som",
    # "på", which each list keeps since they tell the three from every other language)
    shared = sum(1 for w in words if code in langs.get(w, ()) and other in langs.get(w, ())) if second else 0
    if best < least or best - shared < LANGUAGE_MARGIN * (second - shared) or (shared and best - shared < 2):
        return "", ""
    return code, f"{best} different {code} function words in its text (next: {other}, {second})"


QUOTE_LANGUAGE_MIN_WORDS = 12  # a quote's words below which its language is not told apart from its article's
QUOTE_LANGUAGE_MIN_KINDS = 4  # different function words of the winning language it must hold (and LANGUAGE_MARGIN)


def quote_language(text: str) -> str:
    """The language of one quote's words, or "" when they do not tell: `language_of`'s count of function
    words, for the few dozen words of a quote (QUOTE_LANGUAGE_MIN_WORDS, QUOTE_LANGUAGE_MIN_KINDS). A
    statement given in two languages in one article (a bilingual release's French paragraph under its
    English one) is shown in its own language's marks and `lang`, the article's being the other's."""
    if text.count(" ") < QUOTE_LANGUAGE_MIN_WORDS - 1:
        return ""
    return _winner(set(_WORD.findall(text.casefold())), QUOTE_LANGUAGE_MIN_KINDS)[0]


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Each function word (`_function_word_lists`) → the languages it is one of."""
    out: dict[str, list[str]] = {}
    for code, words in sorted(_function_word_lists().items()):
        for w in words:
            out.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in out.items()}


@cache
def _function_word_lists() -> dict[str, frozenset[str]]:
    """Each language's function words as `language_of` counts them (English's of three letters or more)."""
    return {"en": frozenset(w for w in lexicon().function_words if len(w) > 2), **date_line_words().language_words}


@dataclass(frozen=True)
class PageLineWords:
    """Lines of a saved page that stand in the story's text and are never the story
    (``lang/page_lines.toml``, every language's words together, lower case, longest first):
    ``read_also`` labels of an inline link to another story, ``print_note`` openings of the
    printed edition's note, ``ad_label`` lines that only label an advertising slot, ``tail``
    phrases of the sign-up, tip-line and copyright boxes left after the story, ``own_note`` phrases
    of the outlet's own note set apart under it, ``contact_heading`` headings of a press release's
    closing contact block, ``story_note`` openings of the outlet's note on the story's update or
    first publication, ``credit`` openings of a production credit's sentences, ``jump`` words of a
    print page's jump line, ``about`` the word before a company's name in the heading of a press
    release's closing boilerplate ("About …"), ``byline_lead`` the words a byline opens with before the
    writer's name, ``contact_label`` the labels of a release's contact line ("Contact: …"), headings included,
    ``comment_actions`` the actions under a comment pasted from a social network ("Like", "Reply"),
    ``caption_foot`` the openings of the lines a photo network prints under a caption ("See translation"),
    ``comment_ages`` the units of the comment's age before them beside English's ("3 Tage", "2 Std."),
    ``email_labels`` the labels of a pasted email's header lines and ``email_subject`` its subject's,
    ``transcript_note`` the openings of a transcript's note on who made it ("Transcript prepared by …"),
    ``summary_heading`` the headings of a box of bullets that sums the story up ("Key takeaways", "Ce qu'il faut
    retenir"), ``media_label`` the labels of a line that points to the outlet's audio or video ("Audio: …"),
    ``reply_label`` the words a social network's reply line opens with before the handles it answers ("Replying to
    @jane"), ``part_heading`` the headings that only name a part of the story's page ("सार", "विस्तार": its summary,
    its full text), ``masthead_words`` the nouns an outlet's name ends with ("Inquirer", "Times"), ``transcript_heading``
    the headings of a broadcast's transcript printed under the story written from it ("Transcript")."""

    read_also: tuple[str, ...]
    print_note: tuple[str, ...]
    ad_label: frozenset[str]
    tail: tuple[str, ...]
    own_note: tuple[str, ...]
    contact_heading: frozenset[str]
    story_note: tuple[str, ...] = ()
    credit: tuple[str, ...] = ()
    jump: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    byline_lead: tuple[str, ...] = ()
    contact_label: tuple[str, ...] = ()
    comment_actions: tuple[str, ...] = ()
    email_labels: tuple[str, ...] = ()
    email_subject: tuple[str, ...] = ()
    caption_foot: tuple[str, ...] = ()
    comment_ages: tuple[str, ...] = ()
    transcript_note: tuple[str, ...] = ()
    summary_heading: frozenset[str] = frozenset()
    media_label: tuple[str, ...] = ()
    reply_label: tuple[str, ...] = ()
    part_heading: frozenset[str] = frozenset()
    masthead_words: tuple[str, ...] = ()
    transcript_heading: frozenset[str] = frozenset()


@cache
def page_line_words() -> PageLineWords:
    """Read once: the furniture lines of ``lang/page_lines.toml`` in all its languages, since a
    page's language is not known before it is read (and an English page quotes others)."""
    data = tomllib.loads(resources.files("dateline").joinpath("lang", "page_lines.toml").read_text("utf-8"))

    def words(key: str) -> tuple[str, ...]:
        found = {w.lower() for section in data.values() for w in _strings(section.get(key, []))}
        return tuple(sorted(found, key=lambda w: (-len(w), w)))

    return PageLineWords(words("read_also"), words("print_note"), frozenset(words("ad_label")), words("tail"),
                         words("own_note"), frozenset(words("contact_heading")), words("story_note"),
                         words("credit"), words("jump"), words("about"), words("byline_lead"),
                         tuple(sorted({*words("contact_label"), *words("contact_heading")}, key=lambda w: (-len(w), w))),
                         words("comment_actions"), words("email_labels"), words("email_subject"),
                         words("caption_foot"), words("comment_ages"), words("transcript_note"),
                         frozenset(words("summary_heading")), words("media_label"), words("reply_label"),
                         frozenset(words("part_heading")), words("masthead_words"),
                         frozenset(words("transcript_heading")))


@cache
def byline_lead_in() -> str:
    """A regular expression's source for a byline's lead-in before the writer's name ("By ", "Von ",
    "Автор: "), in every language of ``page_lines.toml``, case aside.  Not before a name's particle:
    "Von der Leyen", "Di Maio" are names, no lead-in and a surname."""
    leads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in page_line_words().byline_lead)
    particles = "|".join(re.escape(w) for w in sorted(lexicon().name_particles, key=lambda w: (-len(w), w)))
    return rf"(?i:{leads})\s*:?\s+(?!(?i:{particles})\s)"


# The lexicon and the date-line words kept between builds. Made from the TOML lists, CLDR (babel:
# ~40 locale files read and merged) and the time-zone folders, they cost 0.08 s CPU, a fifth of what
# analysing one edited article cost a rebuild (1000 articles, rebuild21), for values that change
# only with dateline's code and data, babel or the time-zone database: `kept` keeps them in
# `.dateline-cache/lexicon.pickle` under a stamp of those three.
KEPT = Path(".dateline-cache") / "lexicon.pickle"


class _Kept:
    """The file's values, read at the first one asked (a build that analyses nothing reads nothing)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stored: dict[str, object] | None = None
        self.new: dict[str, object] = {}

    def value(self, name: str, kind: type[T], make: Callable[[], T]) -> T:
        if self.stored is None:
            self.stored = self._read()
        found = self.stored.get(name)
        if isinstance(found, kind):
            return found
        made = make()
        self.new[name] = made
        return made

    def _read(self) -> dict[str, object]:
        try:
            data = cache_loads(self.path.read_bytes())  # (one that would run code: not read)
        except Exception:  # any damage: no baseline, the values are made again
            return {}
        if not (isinstance(data, dict) and data.get("stamp") == _stamp() and isinstance(data.get("values"), dict)):
            return {}
        values: dict[str, object] = data["values"]
        return values

    def write(self) -> None:
        if not self.new:
            return
        values = {**(self.stored or {}), **self.new}
        with suppress(OSError, pickle.PicklingError, TypeError):
            self.path.parent.mkdir(exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _proxy_reduced}
                pickler.dump({"stamp": _stamp(), "values": values})
            tmp.replace(self.path)


def _proxy(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


def _proxy_reduced(proxy: MappingProxyType[Any, Any]) -> tuple[Callable[..., Any], tuple[dict[Any, Any]]]:
    return _proxy, (dict(proxy),)


def _stamp() -> tuple[object, ...]:
    """What the kept values are made from: dateline's code and lists (`code_key`), the installed babel
    (its package file by stat) and the time-zone folders (`zoneinfo.TZPATH`, tzdata) by stat."""
    def stat(path: str | None) -> tuple[object, ...]:
        try:
            st = os.stat(path) if path else None
        except OSError:
            st = None
        return (path, st.st_size, st.st_mtime_ns, st.st_ino) if st else (path,)
    origins = []
    for name in ("babel", "tzdata"):
        with suppress(ImportError, ValueError):
            spec = importlib.util.find_spec(name)
            origins.append(spec.origin if spec else None)
    return (code_key(), *(stat(o) for o in origins), *(stat(p) for p in zoneinfo.TZPATH))


_kept: list[_Kept] = []  # the `kept` in force (one at a time)


def _value(name: str, kind: type[T], make: Callable[[], T]) -> T:
    return _kept[0].value(name, kind, make) if _kept else make()


@contextmanager
def kept(root: Path) -> Iterator[None]:
    """While inside, `lexicon` and `date_line_words` (when not made yet in this process) are the ones
    an earlier build of the project at `root` kept, if made from the same code, lists, babel and time
    zones; any made new is kept at the end. Inside another `kept`: that one's. A forked worker
    leaves the file to the process that began."""
    if _kept:
        yield
        return
    _kept.append(_Kept(root / KEPT))
    pid = os.getpid()
    try:
        yield
    finally:
        here = _kept.pop()
        if os.getpid() == pid:
            here.write()


@dataclass(frozen=True)
class HangulWords:
    """How Korean copy tags its quotes (``lang/ko.toml``): a particle glued to the closing mark (``"…"고``,
    ``"…"이라고``) and the verb after; before the quote, a subject marked by ``은``/``는``/``이``/``가``/``도``,
    a name before its title (``정 장관``, ``박씨``)."""

    tag_particles: tuple[str, ...]
    noun_particles: tuple[str, ...]
    term_nouns: tuple[str, ...]
    subject_particles: tuple[str, ...]
    pronouns: tuple[str, ...]
    anonymous: tuple[str, ...]
    titles: tuple[str, ...]
    said_nouns: tuple[str, ...]
    thus_words: tuple[str, ...]
    surnames: frozenset[str]
    days_back: dict[str, int]  # a lead's word for a day back from publication (`어제`: 1)
    turn_labels: dict[str, str]  # a transcript's label (`문`, `기자`) → its English ("Q", "REPORTER")


@cache
def hangul_words() -> HangulWords:
    """Read once: Korean's own tag words, kept apart from `lexicon` as Japanese's are (matched glued to a
    mark or a word, with no word boundaries)."""
    table = _read("ko")
    speech = table["speech"]

    def longest(key: str) -> tuple[str, ...]:  # (tried longest first: 이라고 before 고)
        return tuple(sorted(_strings(speech[key]), key=len, reverse=True))
    return HangulWords(longest("tag_particles"), longest("noun_particles"), _strings(speech["term_nouns"]),
                       longest("subject_particles"), _strings(speech["pronouns"]), _strings(speech["anonymous"]),
                       longest("titles"), _strings(speech["said_nouns"]),
                       _strings(speech["thus_words"]), frozenset(_strings(speech["surnames"])),
                       {str(k): int(v) for k, v in table["dates"]["days_back"].items()},
                       {str(k): str(v) for k, v in table["turns"]["labels"].items()})


@dataclass(frozen=True)
class DevanagariWords:
    """How Hindi copy tags its quotes (``lang/hi.toml``): the subject before the quote, marked by the agent
    postposition ने before a verb of saying (``X ने कहा, "…"``) or bare before an intransitive one (``X बोलीं``),
    or owning the words (``X का कहना है``); the name after its descriptors, honorifics and जी no part of it."""

    agent: str
    verbs: tuple[str, ...]
    said_nouns: tuple[str, ...]
    pronouns: frozenset[str]
    honorifics: frozenset[str]
    after_name: frozenset[str]
    descriptors: frozenset[str]
    postpositions: frozenset[str]
    anonymous: tuple[str, ...]
    chair: frozenset[str]
    turn_labels: dict[str, str]  # a transcript's label (`एंकर`, `प्रश्न`) → its English ("ANCHOR", "Q")
    quotative: tuple[str, ...]  # `X ने कहा कि "…।"`: the word before a whole sentence in marks that is direct speech
    either_day: tuple[str, ...]  # कल: yesterday or tomorrow, as its sentence's tense says
    past_words: frozenset[str]
    future_endings: tuple[str, ...]


@cache
def devanagari_words() -> DevanagariWords:
    """Read once: Hindi's own tag words, kept apart from `lexicon` as Korean's are (a script with no capitals,
    read by its own sieve, `attribution.devanagari_subject`)."""
    table = _read("hi")
    speech, turns, dates = table["speech"], table["turns"], table["dates"]
    return DevanagariWords(str(speech["agent"]), tuple(sorted(_strings(speech["verbs"]), key=len, reverse=True)),
                           tuple(sorted(_strings(speech["said_nouns"]), key=len, reverse=True)),
                           frozenset(_strings(speech["pronouns"])), frozenset(_strings(speech["honorifics"])),
                           frozenset(_strings(speech["after_name"])), frozenset(_strings(speech["descriptors"])),
                           frozenset(_strings(speech["postpositions"])), _strings(speech["anonymous"]),
                           frozenset(_strings(turns["chair"])),
                           {str(k): str(v) for k, v in turns["labels"].items()}, _strings(speech["quotative"]),
                           _strings(dates["either_day"]), frozenset(_strings(dates["past_words"])),
                           _strings(dates["future_endings"]))


@dataclass(frozen=True)
class ArabicWords:
    """How Arabic copy tags its quotes (``lang/ar.toml``): a verb of saying whose ending gives the speaker's
    gender, the subject after it (titles, then the name), and the words that end that subject."""

    verbs_he: frozenset[str]
    verbs_she: frozenset[str]
    according: frozenset[str]
    he_honorifics: frozenset[str]
    she_honorifics: frozenset[str]
    stops: frozenset[str]
    anonymous: frozenset[str]
    byline_labels: frozenset[str]
    interviewer_verbs: frozenset[str]
    question_labels: frozenset[str]
    answer_labels: frozenset[str]
    term_nouns: frozenset[str]
    scare_words: frozenset[str]
    titles_he: frozenset[str]
    titles_she: frozenset[str]
    office_words: frozenset[str]
    particles: frozenset[str]
    hijri_months: tuple[str, ...]
    corresponding: tuple[str, ...]


@cache
def arabic_words() -> ArabicWords:
    """Read once: Arabic's own tag words. Apart from `lexicon`, whose lists are read with English's: these are
    compared with whole Arabic words once their joined conjunction or preposition is stripped."""
    data = _read("ar")
    words = {k: frozenset(_strings(v)) for section in ("speech", "names") for k, v in data[section].items()}
    return ArabicWords(**{f.name: words[f.name] for f in fields(ArabicWords) if f.name in words},
                       hijri_months=_strings(data["dates"]["hijri_months"]),
                       corresponding=_strings(data["dates"]["corresponding"]))


@dataclass(frozen=True)
class HanWords:
    """How Chinese copy tags its quotes (``lang/zh.toml``): a verb of saying before the quote (``說：「…」``) or
    after it (``「…」X表示``), no particle marking the subject; a name fused after its office (``部長林振宏``)."""

    verbs: tuple[str, ...]
    single_verbs: frozenset[str]
    term_before: tuple[str, ...]
    titles: tuple[str, ...]
    anonymous: tuple[str, ...]
    pronouns: tuple[str, ...]
    surnames: frozenset[str]
    turn_labels: dict[str, str]  # a transcript's label (`問`, `主播`) → its English ("Q", "ANCHOR")


@cache
def han_words() -> HanWords:
    """Read once: Chinese's own tag words, kept apart from `lexicon` as Japanese's and Korean's are (matched
    with no word boundaries: Chinese writes none)."""
    table = _read("zh")
    speech = table["speech"]

    def longest(key: str) -> tuple[str, ...]:  # (tried longest first: 行政議員 before 議員)
        return tuple(sorted(set(_strings(speech[key])), key=len, reverse=True))
    return HanWords(longest("verbs"), frozenset(_strings(speech["single_verbs"])), longest("term_before"),
                    longest("titles"), longest("anonymous"), _strings(speech["pronouns"]),
                    frozenset(_strings(speech["surnames"])),
                    {str(k): str(v) for k, v in table["turns"]["labels"].items()})
