"""An imported article's title: the headline at the top, else a short title from the lead.

Pasted and saved articles open with page furniture before the story: navigation
("Skip to main content"), a kicker, a date-time line, a byline, a photo caption, a wire
dateline ("LIMA, December 6. /EFE/."). None of those is a title, and a title made from
one gives a junk page heading and a junk slug forever (the slug is fixed at import).
So: a headline at the top (short, no closing full stop, followed by the story) is the
title and leaves the body, so the page does not show it twice; otherwise the lead's
first sentence, with a dateline prefix taken off, cut at a word to 90 characters.
Pure: paragraphs in, (title, paragraphs) out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final

from dateline.dates import is_date_line
from dateline.lexicon import abbreviation_before, byline_lead_in, date_line_words, lexicon, page_line_words
from dateline.outlet import KNOWN_MARKER
from dateline.quotes import thread_number

TITLE_MAX: Final = 90
_HEADLINE_MAX_WORDS: Final = 22
_HEADLINE_MIN_WORDS: Final = 3
_TOP_LINES: Final = 8  # lines of page furniture looked through for a headline

_LEX: Final = lexicon()
NAVIGATION: Final = _LEX.page_navigation
_CAPTION: Final = re.compile(
    r"(?i)^(?:photo|image|picture|pictured|photograph|illustration|file photo|caption|image caption"
    r"|image source|video caption)\b\s*[:|,—–-]"
    r"|(?:photo(?:graph)?|image|picture)\s*(?:by|:|credit)\s*[:\w]"
    r"|\b(?:" + "|".join(re.escape(w) for w in _LEX.photo_credits) + r")\b"
    r"|\b[A-Z]{2,}/[A-Z][a-z]+(?:\s[A-Z][\w.-]+)*\s*$"  # "REUTERS/Gleb Garanich"
    r"|^\(?(?:photo|file)\)?$"
)
# "By Jane Doe", "Von Jana Roth und Tim Berg", "Автор: Иван Петров", "Por Ana Lima*" (the lead-ins of
# page_lines.toml), then two capitalised words at least; "Por su parte, …" or "Von Montag an …" are sentences
_CAPITAL: Final = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*"
_AND: Final = r"and|und|et|y|e|i|и|&"
_BYLINE: Final = re.compile(
    rf"^(?P<by>(?:(?i:written|reporting|words)\s+)?{byline_lead_in()})(?P<name>{_CAPITAL}\s+(?:{_CAPITAL}|{_AND})"
    rf"(?:[\s,]+(?:{_AND}|{_CAPITAL}))*)\**(?:\s*[,|·•–—-]\s*.{{0,60}}(?<!\.))?$")  # "Por X*": a note
def byline(text: str) -> re.Match[str] | None:
    """The byline `text` is ("By Jane Doe", "Por Juan Pérez"), or None — also for an office after
    "By" ("BY H.E. THE GOVERNOR" under a record's agenda item, "By the Minister of Finance"): who
    delivers an address, not who wrote the story."""
    m = _BYLINE.match(text)
    if m is None:
        return None
    words = [w.strip(".,").casefold() for w in m["name"].split()]
    while words and (words[0] in _LEX.address_titles or "." in words[0] or len(words[0]) <= 2):
        words.pop(0)  # "H.E.", "Hon.", "Dr": titles before the office
    offices = {w.casefold() for w in _LEX.honorifics | _LEX.house_offices}
    if len(words) < 2 or words[0] not in ("the", *(a.casefold() for a in _LEX.office_articles)):
        return m
    office = words[2] if words[1] in _OFFICE_PREFIXES and len(words) > 2 else words[1]
    return None if office in offices else m


_OFFICE_PREFIXES: Final = ("deputy", "vice", "prime", "chief", "acting", "first")  # "the Deputy Speaker"
_DESK_AFTER: Final = re.compile(r"(?i:" + "|".join(re.escape(w) for w in _LEX.byline_roles) + r")s?")


def writer_name(name: str) -> str:
    """A byline's name without the desk a page sets after it with no separator ("Jane Doe-Roe Harbour Bureau",
    "John Doe Politics Desk": en.toml's byline_roles end it): the name's first two words, a third when the
    second is a name's particle ("Anna van Dijk"). A usability round's author came out with the desk in it."""
    words = name.split()
    if len(words) < 3 or not _DESK_AFTER.fullmatch(words[-1]):
        return name
    keep = 3 if words[1] in _LEX.name_particles and len(words) > 3 else 2
    return " ".join(words[:keep])


_AUTHOR_ROLE: Final = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s*(?:[,|·•–—-]\s*)"
    r"(?:[\w'’-]+\s+){0,3}"
    r"(?:" + "|".join(re.escape(w) for w in _LEX.byline_roles) + r")s?\s*$", re.IGNORECASE)
# A wire dateline: "LIMA, December 6. /EFE/.", "NAIROBI, Kenya (AP) —", "OSLO, Feb 9 (Reuters) -",
# "WASHINGTON —": an upper-case place, optional region and date, an optional agency, a dash or full stop.
_DATELINE: Final = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,5}"  # LIMA, THE HAGUE, SAN TELMO DE LA COSTA
    r"(?:,\s*[\w'’-]+\.?(?:\s[\w'’-]+\.?){0,5})*"  # , Kenya, Feb. 9, 2025 / , 15 de marzo de 2023
    r"(?:\s*/[A-Z][\w-]*/\.?|\s*\([A-Za-z][\w.&' -]{0,30}\))?"  # /TASS/. or (AP)
    # a dash, or the Spanish wires' ".-"; a hyphen joined to the next word is a compound's ("OKAFOR-LACHANCE:", a
    # turn's label, was cut at its hyphen as a dateline and titled "LACHANCE: …")
    r"\s*(?:\.-{1,2}|-{1,2}(?![^\W\d_])|[—–]+|(?<=[./)])(?=\s))\s*")
_BYLINE_TAIL: Final = re.compile(r"\s*[,|·•–—]\s*|\s+-\s+")  # "Jane Doe, Oslo", "Juan Pérez | Política"; never a hyphen in a name
_LABEL: Final = re.compile(r"^(?:Source|Details|Quote|Background|Context|Update|Editor's note)\s*:", re.IGNORECASE)
# A title-case place before a listed agency: "Dakar (AFP) – …".
_KNOWN_DATELINE: Final = re.compile(KNOWN_MARKER.pattern + r"\.?\s*(?:[—–]+|-{1,2}|(?<=[./)])(?=\s))\s*",
                                    re.IGNORECASE)
# (an emoji between two sentences of a post's caption, "… this morning. 🌊 The second …", ends the first too)
_SENTENCE_END: Final = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”“\"»«’]))\s+"
                                  r"(?:[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+\s+)?(?=[A-ZÄÖÜ“„»«\"‘'])")
_CLOCK: Final = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_MONTH: Final = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
_NUMERIC_DATE: Final = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
# Lines at the top of a pasted text that name the paper, the publisher or the section, never the
# story: "Folha de S.Paulo — Environment", "Estadão — Politics", "MINISTRY OF THE ENVIRONMENT",
# "PRESS RELEASE — For immediate release".  Parts of such a line are split at a spaced dash, bar or dot.
# (… and a section's path, "Opinião | Tendências / Debates": a slash between spaces)
_PARTS: Final = re.compile(r"\s+[—–|·•/]\s+|\s+-\s+")
# a name's word: capitalised ("Government", "S.Paulo", "(CMA)"), or a short word of no capital between
# them ("de", "of", "the", "and")
_NAME_WORD: Final = re.compile(r"\(?[^\W\d_a-z\u00df-\u00ff][\w.'’&-]*\)?|[a-z\u00df-\u00ff]{1,3}")
_NAME_WORDS_MAX: Final = 6
_FAMILY_PREFIX: Final = 4  # letters of a paper's first word an agency named after it opens with ("Folha" of "Folhapress")
_QUOTED_TITLE: Final = re.compile(r"[\"“«‘'][^\"”»’']{3,}[\"”»’']")
_OUTLET_EXTRA_WORDS: Final = 3  # words after an outlet's name on its masthead line ("AM 820", "Edición digital")
_HEADER_LABELS: Final = _LEX.header_labels
# "Opinion | The Amazon cannot wait for the next election": a section's one or two words before a bar
_SECTION_PREFIX: Final = re.compile(r"^(?P<section>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?)\s+[|·•]\s+(?P<rest>\S.*)$")
_DATE_WORDS: Final = re.compile(
    r"(?i)\b(?:published|updated|posted|modified|issued|last updated|first published|ago|min read"
    r"|minutes? read|GMT|UTC|EST|EDT|BST|CET|CEST|EET|EEST|MSK|local time)\b")


# a release's contact line at its top ("Contact: Jane Doe (555) 010-0143", "Kontakt: …"; page_lines.toml
# contact_label), or a short line that gives a telephone number or an e-mail address
_CONTACT: Final = re.compile(
    r"(?i)^(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in page_line_words().contact_label) + r")\s*:"
    r"|^(?!.*[.!?]$)(?=(?:\S+\s+){0,11}\S+$).*(?:\(\d{2,4}\)\s?\d{3}[ .-]\d{4}|\+\d{1,3}[ .-]?\d[\d .-]{6,}\d"
    r"|\b\d{3}[.-]\d{3}[.-]\d{4}\b|[\w.+-]+@[\w-]+\.[\w.-]+)")
# an address line: a building's name and its room, suite or floor with its number ("Hall of the Assembly,
# Room 4", "Harbour House, Suite 210"): where, never what
_ADDRESS: Final = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|de|la|du))*,\s+[A-Z][a-z]+\s+\d+[A-Z]?$")


# a transcript's note on who made it ("Transcript prepared by the desk from the station's recording"; page_lines.toml)
_TRANSCRIPT_NOTE: Final = re.compile(r"(?i)^[\[(]?\s*(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in page_line_words().transcript_note) + r")(?!\w)") \
    if page_line_words().transcript_note else re.compile("(?!)")
_CREDITS_LABEL: Final = re.compile(r"^(?P<label>[^\W\d_a-z][^\W\d_]+)\s*:\s*(?P<rest>\S.*)$")


# a social network's reply line above a post's words ("Replying to @jane and @john"; page_lines.toml reply_label)
_REPLY_LINE: Final = re.compile(r"(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in page_line_words().reply_label)
                                + r")\s+@[\w.]+(?:(?:,|\s+\w{1,3})\s+@[\w.]+)*") \
    if page_line_words().reply_label else re.compile("(?!)")


def _credits_line(text: str) -> bool:
    """A programme's credits line naming who takes part ("Host: Jane Doe", "Guest: Governor John Roe (by phone)",
    "PRESENTER: Jane Doe"): a role's label a transcript's turns use, then a name, no sentence — the header the
    turns' speakers are read from, never the title (a usability round's podcast was titled "Host: …")."""
    m = _CREDITS_LABEL.match(text) if ":" in text[:20] else None
    if m is None or m["label"].upper() not in _LEX.generic_turns:
        return False
    from dateline.quotes import heading_text
    return heading_text(m["rest"])


def is_furniture(line: str) -> str:
    """Why ``line`` is page furniture and no title ("navigation", "byline"…), or "" when it may be one."""
    text = line.strip()
    bare = text.strip(" .:|·•›»>-–—").casefold()
    if not bare or bare in NAVIGATION:
        return "navigation"
    if _LABEL.match(text):
        return "label"
    if _CONTACT.search(text):
        return "contact line"
    if _TRANSCRIPT_NOTE.match(text):
        return "transcript note"
    if _REPLY_LINE.fullmatch(text):
        return "reply line"
    if _credits_line(text):
        return "credits line"
    if _ADDRESS.match(text):
        return "address line"
    if _is_date_line(text):
        return "date line"
    if byline(text) or _AUTHOR_ROLE.match(text):
        return "byline"
    if _CAPTION.search(text):
        return "photo caption"
    m = _DATELINE.match(text)
    if m is not None and len(text[m.end():].split()) < 3:
        return "wire dateline"
    return ""


def _key_words(text: str) -> str:
    return " ".join(re.sub(r"\([^()]*\)", " ", text).replace(".", " ").casefold().split())


def masthead(line: str, outlets: Sequence[str] = ()) -> str:
    """Why a line at the top of a pasted text names the paper or its section rather than the story
    ("the outlet's name", "a page label", "capitals", "a name and a section"), or "" when it may be
    a headline.  The first two are sure; the last two are the shape of a masthead, which a headline
    in capitals or in title case may share: the caller takes them only when a headline follows."""
    text = line.strip()
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if not parts:
        return ""
    head = _key_words(parts[0])
    # (a show's line with its episode's own title in marks after the show's name, "Talk of the Town — Episode 12: 'The
    # long road', with Jane Doe": this page's headline, not the show's masthead)
    episode = len(parts) > 1 and any(_QUOTED_TITLE.search(p) for p in parts[1:])
    first = head.split()[:1]
    for outlet in ([] if episode else outlets):
        name = _key_words(outlet)
        # the name, part of it, or the name and a few words more ("Radio X AM 820"); a headline that
        # opens with the outlet's name ("Acme Lithium announces …" in Acme's own release) is a headline
        if name and (head == name or name.startswith(head + " ") or (
                head.startswith(name + " ") and len(head.split()) - len(name.split()) <= _OUTLET_EXTRA_WORDS)):
            return "the outlet's name"
        # … or its paper's name, an agency being named after the paper it serves ("Folha de S.Paulo" over a
        # Folhapress story, "Jornal X" over "Xpress"): a name's line whose first word opens the outlet's one word
        if first and len(first[0]) >= _FAMILY_PREFIX and " " not in name and name != first[0] \
                and name.startswith(first[0]) and len(parts) == 1 and _is_name(text):
            return "the outlet's name"
    if all(_key_words(p) in _HEADER_LABELS for p in parts):
        return "a page label"
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "capitals"
    if len(parts) >= 2 and all(_is_name(p) for p in parts):
        return "a name and a section"
    return ""


def _is_name(part: str) -> bool:
    """A proper name or a section's name: a few capitalised words, short little words between."""
    words = part.split()
    return (0 < len(words) <= _NAME_WORDS_MAX and words[0][:1].isupper()
            and all(_NAME_WORD.fullmatch(w) for w in words))


def section_prefix(line: str) -> str:
    """The headline of a line that opens with its section's name and a bar ("Opinion | The Amazon
    cannot wait for the next election" → "The Amazon cannot wait for the next election"), or ""."""
    m = _SECTION_PREFIX.match(line.strip())
    if m is None or not _is_name(m["section"]) or _PARTS.search(m["rest"]) or not is_headline(m["rest"]):
        return ""
    return m["rest"]


def _top_furniture(line: str) -> str:
    """`is_furniture`, plus the one- or two-word section labels and kickers pasted above a story
    ("World", "Election 2024"), and any line the publication-date grammar reads as a date line
    ("12.apr.2024 at 18h30", "Brasília, 2 de maio de 2024"), which stays in a text imported with
    ``--date``; a title the editor or the page gives may be that short."""
    kind = is_furniture(line)
    if not kind and is_date_line(line):
        return "date line"
    if not kind and word_count(line) <= 2 and not line.rstrip().endswith((".", "!", "?", "”", '"', "。", "」")):
        return "section label"
    return kind


def _is_date_line(text: str) -> bool:
    """A line that only says when: "2025-03-03 14:22", "Updated 10:42 GMT, 3 March 2025", "3 MAR 2025"."""
    if len(text) > 120:
        return False
    dated = bool(_NUMERIC_DATE.search(text) or _MONTH.search(text) or _CLOCK.search(text)
                 or _MONTH.search(text.title()))
    if not dated and not _DATE_WORDS.search(text):
        return False
    rest = _NUMERIC_DATE.sub(" ", text)
    rest = _CLOCK.sub(" ", rest)
    rest = _DATE_WORDS.sub(" ", rest)
    rest = re.sub(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?", " ", rest)
    rest = re.sub(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?", " ", rest)
    rest = re.sub(r"(?i)\b(?:on|at|by|am|pm|a\.m\.|p\.m\.|the|hours?|days?|minutes?|an?|time|date)\b", " ", rest)
    rest = re.sub(r"[\d\s,.:;|·•/()+\-–—]+", " ", rest)
    return len(rest.split()) <= 1


# Chinese characters and Japanese kana: a line in them has no spaces between its words
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def word_count(text: str) -> int:
    """Words of ``text``, a run of Chinese or Japanese characters counted as a word per two characters
    (their words are one to three characters long): "金沢港の浚渫、来年度に延期" is a headline of six
    words, not a one-word section label."""
    unspaced = sum(len(run) for run in _UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    return len(_UNSPACED.sub(" ", text).split()) + (unspaced + 1) // 2


def is_headline(line: str, least: int = _HEADLINE_MIN_WORDS) -> bool:
    """A headline: a few words (``least`` or more), no closing full stop, no wire dateline, not furniture."""
    text = line.strip()
    if not least <= word_count(text) <= _HEADLINE_MAX_WORDS or len(text) > 160:
        return False
    if text.endswith((".", ",", ";", ":", "…", "。", "、")) and not text.endswith(("...", "…?")):
        return False
    if text.endswith((".”", '."', ".’", ".“", ".«", "!“", "!«", "?“", "?«")):  # German „…“ and »…« close so
        return False
    if _DATELINE.match(text) or _KNOWN_DATELINE.match(text) or is_furniture(text) or is_turn(text):
        return False
    if text[0] in _OPENING_MARKS:
        # (… or a quote whole, a German or French interview's headline: „Wir bleiben hart“, « C'est fini »)
        return _QUOTE_HEADLINE.match(text) is not None or _WHOLE_QUOTE.fullmatch(text) is not None \
            or _tagged_quote(text)
    if text[0] == "[" and text[-1] == "]":
        return False  # an editor's note in brackets ("[Unofficial transcript prepared by …]")
    return not text[0].islower()


# A transcript's or an interview's turn: a dialogue dash opening the line ("—Governor, why now?"), a
# label in capitals and a colon ("HOST: Why now?", "SEN. DOE.- …"), or Q:/A:. A turn is never the
# headline, however short: an interview's first question made titles and slugs of its words.
_TURN_LINE: Final = re.compile(r"^(?:[—―–]\s*\S|(?:\*\*)?[QA](?:\*\*)?[:.]\s"
                               r"|[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,4}(?:\s\([^()]{1,40}\))?(?::|\.-)\s)")
_OPENING_MARKS: Final = "“\"‘'«„»"
# a headline that opens with its quote, then a colon or a dash: "“We will not back down”: mayor vows …"
# (a story's paragraph opening with a quote goes on with a comma: "“…,” she said.")
# a headline that is a quote whole, no stop inside its closing mark ("„Solidarität hat viele Formen“")
_WHOLE_QUOTE: Final = re.compile(r"[“\"„«»][^“”\"„«»\n]{2,}[^.!?,;:“”\"„«»\s][”“\"»«]")
_QUOTE_HEADLINE: Final = re.compile(r"^[“\"‘'«„»][^“”\"‘’'«»„\n]{2,}[”\"’'»«“]\s*(?::|\s[—–-])\s*\S")
# … or a comma and a headline's short tag, no article, no pronoun, no stop ("'Suspender foi a
# decisão certa', diz ministro", "'We will rebuild,' says mayor"): a paragraph's tag reads "…,” the mayor said."
_QUOTE_TAGGED: Final = re.compile(r"^[“\"‘'«„»][^“”\"‘’'«»„\n]{2,}(?:[”\"’'»«“]\s*,|,[”\"’'»«“])\s+"
                                  r"(?P<tag>[^\W\d_][^\n.!?,;:]{0,60})$")
_TAG_WORDS_MAX: Final = 4
_NOT_TAG_OPENERS: Final = frozenset(w.casefold() for w in (*_LEX.articles, *_LEX.pronouns_he, *_LEX.pronouns_she,
                                                           "he", "she", "they", "we", "i", "it"))


def _tagged_quote(text: str) -> bool:
    """A headline of a quote and its short tag after a comma (`'…', diz ministro`), no paragraph's tag."""
    m = _QUOTE_TAGGED.match(text)
    if m is None:
        return False
    words = m["tag"].split()
    return len(words) <= _TAG_WORDS_MAX and not any(w.casefold() in _NOT_TAG_OPENERS for w in words)


@cache  # made once, on the first line with a colon (it reads quotes' titles of address)
def _record_turn_line() -> re.Pattern[str]:
    """A parliament's record's turn in mixed case: a title of address and a name, its riding or office in
    brackets ("Ms. Jane Roe (Northport): …", "Hon. John Doe: …"), or an office naming its holder ("The
    Speaker (Hon. Jane Roe): …") — a record's first question made a title ("Ms. … (…): When will …")."""
    from dateline.quotes import ADDRESS_TITLE
    name = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,4}"
    return re.compile(rf"^(?:(?:{ADDRESS_TITLE}\s+)+{name}(?:\s\([^()]{{1,60}}\))?"
                      rf"|The\s+[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*)?\s\((?:{ADDRESS_TITLE}\s+)+{name}\)):\s+\S")


def is_turn(line: str) -> bool:
    """A line that is a turn of a transcript or an interview (see _TURN_LINE, _record_turn_line). A line all
    in capitals after its "label", with no sentence's end, is a headline in capitals ("DAM PROJECT: STATE TO
    TAKE OVER WORKS") or a show's header, as quotes._SHOW_HEADER reads it: a turn's words are a sentence."""
    text = line.strip()
    if ":" in text[:90] and _record_turn_line().match(text):
        return True
    m = _TURN_LINE.match(text)
    if m is None:
        return False
    if text[:m.end()].rstrip(" :.-").upper() in _LEX.not_turn_names:
        return False  # "CORRECTION: Flood relief story", "EXCLUSIVE: …": a page's label before its headline, no turn
    rest = text[m.end():]
    return any(c.islower() for c in rest) or rest.rstrip()[-1:] in ".?!…\"”»’)"


_EMAIL_HEADER: Final = re.compile(r"(?i)^\s*(?P<label>" + "|".join(re.escape(w) for w in page_line_words().email_labels)
                                  + r")\s*:[ \t]*(?P<value>\S.*?)\s*$")
_EMAIL_SUBJECT: Final = frozenset(page_line_words().email_subject)
_REPLY_PREFIX: Final = re.compile(r"(?i)^(?:(?:re|fwd?|tr|wg|aw|rv)\s*:\s*)+")


def email_subject(paragraphs: Sequence[str]) -> str:
    """The subject of a pasted email ("Subject: TRANSCRIPT – Mayor's briefing, 3 March"), "" for another text:
    the text opens with two or more header lines ("From:", "Sent:", "To:", "Subject:", lang/page_lines.toml's
    email_labels) and one is its subject, whose value ("RE:"/"FW:" aside) is what the email is about. A header
    line is never the title itself (a usability round's emailed transcript was titled "To: Press Gallery List",
    and its address made of it)."""
    headers: dict[str, str] = {}
    for p in paragraphs[:_TOP_LINES]:
        for line in p.split("\n"):
            m = _EMAIL_HEADER.match(line)
            if m is None:
                return _subject_of(headers)
            headers.setdefault(m["label"].lower(), m["value"])
    return _subject_of(headers)


def _subject_of(headers: dict[str, str]) -> str:
    if len(headers) < 2:
        return ""
    subject = next((v for k, v in headers.items() if k in _EMAIL_SUBJECT), "")
    return _REPLY_PREFIX.sub("", subject).strip()


def choose_title(paragraphs: Sequence[str], given: str = "", *, trusted: bool = True,
                 outlets: Sequence[str] = (), sitting: str = "") -> tuple[str, list[str]]:
    """(title, body paragraphs): the headline leaves the body; the lead gives a title otherwise.

    ``given`` is a title found outside the text (the editor's ``--title``, front matter, a
    page's og:title/<title>/<h1>): it is used unless it is furniture itself, and a paragraph
    repeating it at the top leaves the body.  A page's title (``trusted=False``) that shares
    no word with a story opening with its own headline is the site's name in a logo <h1>
    or a generic <title> ("The Valley Sentinel"): the story's headline wins.  ``outlets`` are the
    names the article is known to be from: a top line naming one is the masthead (:func:`masthead`).
    ``sitting`` is the text's day (YYYY-MM-DD), which a record's title of its business and subject ends with.
    """
    paras = list(paragraphs)
    subject = "" if given else email_subject(paras)
    if subject:
        return subject, paras  # (the header lines stay: they say who sent it, and when)
    own = _text_headline(paras, outlets).index
    if given and not is_furniture(given):
        # (… unless the page's title is a line above that headline: the page's own <h1> at the top, a
        # record's subject line over its volume line, "Vol. 171, No. 45")
        if not trusted and own is not None and not _shares_words(given, paras[own:own + 3]) \
                and not any(_key(p) == _key(given) for p in paras[:own]):
            return paras[own].strip(), paras[:own] + paras[own + 1:]
        key = _key(given)
        for i, p in enumerate(paras[:_TOP_LINES]):
            if _key(p) == key and len(paras) > 1:
                del paras[i]
                break
        return given, paras
    if own is not None and sitting and (item := _record_item(paras, own)):
        # a verbatim record titled by its type ("Verbatim report of proceedings") over its item of business
        # ("5. Pact on X: Y (debate)"): the item and the sitting's day, as a record of business and subject
        return f"{item} — {sitting}", paras[:own] + paras[own + 1:]
    if own is not None:
        subject = _subject_heading(paras, own)
        if subject:  # a record's business and its subject: both name the page ("ORAL QUESTIONS — FERRIES") …
            # … and its sitting's day: every sitting's record has the same business, and its address would be the
            # business and a number (`questions-without-notice-2`), alike in every list
            return " — ".join(filter(None, (paras[own].strip(), subject, sitting))), paras[:own] + paras[own + 1:]
        return section_prefix(paras[own]) or paras[own].strip(), paras[:own] + paras[own + 1:]
    issue = _masthead_issue(paras, outlets, sitting)
    if issue:  # a newsletter's issue, a correction notice: no headline under the outlet's masthead
        return issue, paras
    title = lead_title(paras)
    # a masthead line taken for want of a headline (the station and programme above a transcript's
    # turns) is not shown twice; a lead's first sentence stays the lead
    return title, [p for i, p in enumerate(paras) if not (i < _TOP_LINES and p.strip() == title
                                                          and masthead(p, outlets))]


# a record's item of business, numbered ("5. Pact on X: Y (debate)", "12. Safeguard measures (debate)")
_RECORD_ITEM: Final = re.compile(r"\d{1,3}\.[ \t]+(?P<item>[^\W\d_][^\n]{4,150}?)[ \t]*")
_RECORD_HEAD_WORDS: Final = frozenset(w for h in _LEX.record_heads for w in h.split())


def _record_item(paras: Sequence[str], own: int) -> str:
    """The numbered item of business under a headline that only names the record's type ("Verbatim report of
    proceedings", "Official Report"), within the three lines under it, else ""."""
    words = {w.casefold() for w in _WORD.findall(paras[own])}
    if not words & _RECORD_HEAD_WORDS or word_count(paras[own]) > 6:
        return ""
    for p in paras[own + 1:own + 4]:
        m = _RECORD_ITEM.fullmatch(p.strip())
        if m is not None and not m["item"].rstrip().endswith((".", "!", "?")):
            return m["item"].strip()
    return ""


def _masthead_issue(paras: Sequence[str], outlets: Sequence[str], day: str) -> str:
    """The title of a text with no headline under its outlet's masthead (a newsletter's issue, a correction notice):
    the section label right above the story ("Correction"), else the masthead, and the day ("Morning Brief —
    2024-04-11"): the lead's first sentence is each issue's greeting, the masthead alone every issue's title. ""
    when the top has no masthead naming one of `outlets`, or no day is known."""
    if not day or not outlets:
        return ""
    label = ""
    for p in paras[:_TOP_LINES]:
        text = p.strip()
        if not label and masthead(text, outlets) == "the outlet's name" and not _PROSE_LINE.search(text):
            label = text.title() if text.isupper() else text
            continue
        kind = _top_furniture(text)
        if label and kind == "section label" and not is_date_line(text):
            label = text
            continue
        if kind or not label:
            if not label and not kind:
                return ""
            continue
        return f"{label} — {day}"
    return ""


def pasted_top(paragraphs: Sequence[str], outlets: Sequence[str] = ()) -> tuple[list[str], str]:
    """(body, author) of a pasted text: the lines above its story that name the paper (its name, a page
    label), a section ("POLÍTICA", "World") or the writer ("By Jane Doe", "Por Juan Pérez", "Par …")
    are no story text and leave the body; the byline's name is the author, as a saved page's is.
    A date line stays: it is the evidence of the date. The top ends at the first paragraph longer
    than a headline, or after _TOP_LINES lines; a section label counts only above every other line."""
    paras = list(paragraphs)
    author = ""
    keep: list[str] = []
    story = False
    for i, p in enumerate(paras):
        if story or i >= _TOP_LINES or word_count(p) > _HEADLINE_MAX_WORDS:
            story = True
            keep.append(p)
            continue
        text = p.strip()
        by = byline(text)
        if by is not None:
            author = author or writer_name(_BYLINE_TAIL.split(by["name"])[0].strip())
            continue
        if masthead(text, outlets) in ("the outlet's name", "a page label") and not _PROSE_LINE.search(text):
            continue
        if not keep and _top_furniture(text) == "section label" and not is_date_line(text):
            continue
        keep.append(p)
    return (keep if keep else paras), author


@dataclass(frozen=True)
class _Headline:
    """The headline a text opens with (``index``, None: none) and the top lines passed over as a
    masthead or section line, each (index, why) as :func:`masthead` says."""

    index: int | None
    passed: tuple[tuple[int, str], ...] = ()


def _text_headline(paras: Sequence[str], outlets: Sequence[str] = ()) -> _Headline:
    """The headline the text opens with, past furniture and masthead lines, if it has one and a story
    after it.  A line of a masthead's shape only ("capitals", "a name and a section") is the headline
    after all when no headline follows it before the story."""
    passed: list[tuple[int, str]] = []
    letterhead = _letterhead(paras)
    short: int | None = None  # the last short headline above the story, if no longer one comes
    below = False  # past the release's own lines (its contact line, its byline): a masthead stands above them
    for i, p in enumerate(paras[:_TOP_LINES]):
        if i < letterhead:
            if not _top_furniture(p):
                passed.append((i, "the issuer's letterhead"))
            continue
        if _TRANSCRIPT_TITLE.match(p) and i + 1 < len(paras):
            return _Headline(i, tuple(passed))  # "TRANSCRIPT – DOORSTOP, KWINANA": the record's own heading
        kind = _top_furniture(p)
        if kind:
            below = below or kind in ("contact line", "byline")
            if _short_headline(p) and masthead(p, outlets) != "the outlet's name":
                short = i
            continue
        why = masthead(p, outlets) or _masthead_over_section(paras, i) or _masthead_place(paras, i, passed) \
            or _masthead_office(paras, i, passed) or _interviewee_kicker(paras, i)
        if why == "capitals" and below and is_headline(p) and i + 1 < len(paras):
            why = ""  # a headline in capitals under the release's contact line ("CONTACT: … / MAYOR OPENS …")
        if why:
            passed.append((i, why))
            continue
        if (is_headline(p) or section_prefix(p)) and i + 1 < len(paras):
            if _tagline(paras, i):
                return _Headline(i + 1, (*passed, (i, _TAGLINE)))
            return _Headline(i, tuple(passed))
        if short is not None:
            return _Headline(short, (*passed, (short, _SHORT)))
        break
    shaped = [i for i, why in passed if why in _SHAPE_ONLY and is_headline(paras[i]) and i + 1 < len(paras)]
    # … of several lines in capitals (a committee, its subcommittee, the hearing's subject), the longest: a
    # body's name is shorter than what its document is about
    return _Headline(max(shaped, key=lambda i: (word_count(paras[i]), -i)) if shaped else None, tuple(passed))


_TAGLINE: Final = "the masthead's tagline"
_TAGLINE_WORDS: Final = 5


def _tagline(paras: Sequence[str], i: int) -> bool:
    """Whether the headline-shaped line `i` is the tagline under a masthead ("THE CHECKPOINT" / "Fact-checking
    Northmark politics" / "Flip-O-Meter: X on the income tax" / "By Jane Doe"): right under a line in capitals or a
    section label, short, and followed by a longer headline with no stop that stands right above the byline — that one
    is the story's headline (usability round 83: three fact-checks titled by their column's tagline; a question's
    mark ends a headline too). A deck under a headline ends with a full stop, and a headline above a byline is the
    headline."""
    if i == 0 or i + 2 >= len(paras) or word_count(paras[i]) > _TAGLINE_WORDS:
        return False
    above, below = paras[i - 1].strip(), paras[i + 1].strip()
    return (above.isupper() or _top_furniture(above) == "section label") and is_headline(below) \
        and word_count(below) > word_count(paras[i]) and not below.endswith((".", "…")) \
        and _top_furniture(paras[i + 2]) == "byline"


# a transcript's own heading naming the occasion it records ("TRANSCRIPT – DOORSTOP, NORTHPORT", "Transcript: Press
# conference, Parliament House"; lang *.toml transcript_heads): the title, never the "SUBJECTS: …" line under it, nor a
# wire's dateline, which its capitals and dash look like
_TRANSCRIPT_TITLE: Final = re.compile(r"(?i)^\s*(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_LEX.transcript_heads, key=len, reverse=True))
    + r")\s*(?::|[–—-])\s*\S[^\n]{0,100}$") if _LEX.transcript_heads else re.compile("(?!)")


def _masthead_over_section(paras: Sequence[str], i: int) -> str:
    """_ABOVE_SECTION for a paper's name on a line of its own with its section's name on the
    next ("The Harbour Ledger" / "Politics", "Daily Mirror" / "NEWS"), the shape a page pasted from a
    paper's site opens with, the story's headline below: the name is no headline. "" otherwise."""
    if i + 2 >= len(paras) or not _is_name(paras[i].strip()) or any(c.isdigit() for c in paras[i]):
        return ""
    return _ABOVE_SECTION if _top_furniture(paras[i + 1]) == "section label" else ""


def _masthead_place(paras: Sequence[str], i: int, passed: Sequence[tuple[int, str]]) -> str:
    """_PLACE for a paper's home town under its name ("The Harbour Ledger" / "Port Ellis, Westshire"): a
    place and its region, a comma between, on the line right under a line passed as the masthead."""
    if not passed or passed[-1][0] != i - 1 or passed[-1][1] not in ("the outlet's name", "capitals"):
        return ""
    parts = [p.strip() for p in paras[i].split(",")]
    return _PLACE if len(parts) == 2 and all(_is_name(p) and len(p.split()) <= 3 for p in parts) else ""


def _masthead_office(paras: Sequence[str], i: int, passed: Sequence[tuple[int, str]]) -> str:
    """_OFFICE for the issuing office's name under a government's masthead ("GOVERNMENT OF X" / "Department of
    Communication (DoC)", "GOVERNO DO ESTADO DE X" / "Secretaria de Estado de Comunicação (Secom)"): a name whose
    first word opens a body's name (lang *.toml org_openers) or which ends with its acronym in brackets, right
    under a line passed as the masthead, a line after it: the issuer, never the release's headline."""
    if not passed or passed[-1][0] != i - 1 or passed[-1][1] not in ("the outlet's name", "capitals") \
            or i + 1 >= len(paras):
        return ""
    text = paras[i].strip()
    if not _is_name(text) or not (text.split()[0] in _LEX.org_openers or _ACRONYM_END.search(text)):
        return ""
    return _OFFICE


def _interviewee_kicker(paras: Sequence[str], i: int) -> str:
    """_KICKER for an interview's kicker over its headline ("INTERVIEW | Jane Doe, minister of transport" /
    "'We will rebuild the line', says minister"): a section's label and a bar, then a name and a lower-case office
    after its comma — who is interviewed, not what the page says — with a headline and a story under it."""
    rest = section_prefix(paras[i])
    if not rest or not _NAME_AND_OFFICE.fullmatch(rest) or i + 2 >= len(paras) or not is_headline(paras[i + 1]):
        return ""
    return _KICKER


# a body's acronym in brackets closing its name ("… (Secom)", "… (DoC)"); a name, a comma, an office in lower case
_ACRONYM_END: Final = re.compile(r"\([A-Z][A-Za-z-]{1,11}\)$")
_NAME_AND_OFFICE: Final = re.compile(r"[^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){1,3},\s+[a-zà-ÿ][^\n]{2,80}")
_OFFICE: Final = "the issuing office under the masthead"
_KICKER: Final = "a kicker naming the interviewee"


def _subject_heading(paras: Sequence[str], at: int) -> str:
    """The subject heading in capitals right under a short heading taken as the title, when the story
    follows it ("ORAL QUESTIONS" / "HIGHWAY 450" / the first member's turn): a parliament's record heads
    each exchange with its business and its subject, and the business alone titled every sitting alike
    (three addresses `oral-questions`, `-2`, `-3`). "" when the line under is no such heading."""
    if (at, _SHORT) not in _text_headline(paras).passed or at + 2 >= len(paras):
        return ""
    line = paras[at + 1].strip()
    if not (line.isupper() and 1 <= word_count(line) <= 6 and line[-1:] not in ".!?…:" and not is_date_line(line)
            and not is_turn(line)):
        return ""
    return line


_PLACE: Final = "the masthead's place"
_ABOVE_SECTION: Final = "a name above its section"
_SHAPE_ONLY: Final = ("capitals", "a name and a section", _ABOVE_SECTION)
_SHORT: Final = "two words"


def _short_headline(line: str) -> bool:
    """A headline of two words ("Bäder schließen", "Council relents"): a short line above a kicker or a
    section's name is read as one of those (`_top_furniture`), but one standing right above the story,
    after nothing but date lines and bylines, is the story's headline.  A line with a figure in it
    ("Election 2024", "Haushalt 2025") is a topic's label, and a wire dateline ("BERLIN (dpa)") or a line
    ending in a stop is none, as for any headline."""
    text = line.strip()
    return (word_count(text) == _HEADLINE_MIN_WORDS - 1 and not any(c.isdigit() for c in text)
            and _key_words(text) not in _HEADER_LABELS and _key_words(text) not in _LEX.release_labels
            and not is_furniture(text) and not is_date_line(text) and not KNOWN_MARKER.match(text)
            and is_headline(text, least=1))
_LETTERHEAD_LINES: Final = 4


def _letterhead(paras: Sequence[str]) -> int:
    """Where a press release's headline may start: after the issuer's letterhead, which runs from a page
    label ("Pressemitteilung", "PRESS RELEASE") down to the release's date line ("Nr. 118/2024 –
    04.04.2024", "12 March 2025"): the lines between name the office that issued it ("Presse- und
    Informationsamt", "Stadt X – Der Oberbürgermeister"), never the story.  0 when the top has no such block."""
    for i, p in enumerate(paras[:_TOP_LINES]):
        if _key_words(p) not in _LEX.release_labels:
            continue
        for j in range(i + 1, min(len(paras), i + 2 + _LETTERHEAD_LINES)):
            if is_date_line(paras[j]) or _is_date_line(paras[j].strip()):
                return j + 1 if j > i + 1 else 0
            if _PROSE_LINE.search(paras[j]):
                # the lead: the release's headline is the line right above it (its date line was
                # taken off as the publication date, or it has none)
                return j - 1 if j - 1 >= i + 1 and is_headline(paras[j - 1]) else 0
        return 0
    return 0


# "am 12. Oktober 2023": a German day's full stop before its month ends no sentence
_ORDINAL_DATE: Final = re.compile(r"(?<!\d)\d{1,2}\.\s+(?=[^\W\d_]+)(?:" + "|".join(
    re.escape(m) for m in sorted(date_line_words().prose_months, key=len, reverse=True)) + r")\b")
_PROSE_LINE: Final = re.compile(r"[.!?][\"”’“«»]?\s*$")


def title_doubt(paragraphs: Sequence[str], outlets: Sequence[str] = ()) -> tuple[int, str] | None:
    """Where a careful reader should check the title :func:`choose_title` took from the text, and why:
    (index of the paragraph in doubt, the doubt in words), or None when the choice is plain.

    In doubt: a line of a masthead's shape only was passed over for a later headline (a headline in
    title case may look like "Name — Section"), or was taken as the headline for want of another."""
    if email_subject(paragraphs):
        return None
    found = _text_headline(paragraphs, outlets)
    if found.index is not None and (found.index, _SHORT) in found.passed:
        if _subject_heading(paragraphs, found.index):
            return found.index, ("taken as the title with the subject heading under it, a record's business and "
                                 "its subject, though a kicker or a section's name looks the same")
        return found.index, ("taken as the title, a headline of two words right above the story, though a "
                             "kicker or a section's name looks the same")
    if found.index is not None and any(i == found.index for i, _ in found.passed):
        return found.index, ("taken as the title for want of a headline below it, though it reads like a "
                             "masthead or section line")
    shaped = [(i, why) for i, why in found.passed if why == "a name and a section"]
    if found.index is not None and shaped:
        i, _ = shaped[0]
        return i, (f"passed over as a masthead or section line (a name and a section) for the title "
                   f"‘{section_prefix(paragraphs[found.index]) or paragraphs[found.index].strip()}’")
    return None


_WORD = re.compile(r"[^\W\d_]{4,}")


def _shares_words(title: str, paras: Sequence[str]) -> bool:
    """Does ``title`` share a word of four letters or more with ``paras``? (case and plural aside)"""
    def stems(text: str) -> set[str]:
        return {w.casefold().rstrip("s") for w in _WORD.findall(text)}

    return bool(stems(title) & stems(" ".join(paras)))


def drop_top_furniture(paragraphs: Sequence[str]) -> list[str]:
    """A web page's body without the navigation, byline and caption lines above its first paragraph.

    Only for pages (a pasted text keeps every line: its date line is evidence); date lines
    stay too, for the same reason.  The story itself is never dropped: at least one
    paragraph remains.
    """
    paras = list(paragraphs)
    while len(paras) > 1 and is_furniture(paras[0]) in ("navigation", "byline", "photo caption"):
        del paras[0]
    return paras


def lead_title(paragraphs: Sequence[str]) -> str:
    """The lead's first sentence, dateline taken off, cut at a word boundary near 90 characters; for a text of
    nothing but turns (a transcript under its show's line), that top line — a programme's name is a title, and
    "Untitled article" would be every such transcript's address."""
    shown = ""
    for p in paragraphs:
        if _top_furniture(p) or (is_turn(p) and not (_DATELINE.match(p) or _KNOWN_DATELINE.match(p))):
            if not shown and _top_furniture(p) in ("wire dateline", "") and word_count(p) >= 2 and not is_turn(p):
                shown = p.strip()
            continue  # (a wire dateline "LIMA.- …" has a turn's shape: its lead gives the title)
        text = p.strip()
        m = _DATELINE.match(text) or _KNOWN_DATELINE.match(text)
        cut = m.end() if m is not None else thread_number(text)
        if cut:  # (a wire's dateline, a thread's "1/": no part of the title)
            text = text[cut:]
            text = text[:1].upper() + text[1:]
        stop = next((m for m in _SENTENCE_END.finditer(text) if not abbreviation_before(text, _stop_at(text, m.start()))
                     and not _ordinal_date_before(text, m.start())), None)
        first = (text[:stop.start()] if stop else text).strip().rstrip(".")  # "St. Barbara": no sentence's end
        if not first:
            continue
        if len(first) > TITLE_MAX:
            first = first[:TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:—– ") + "…"
        return first
    return shown[:TITLE_MAX] if shown else "Untitled article"


def _ordinal_date_before(text: str, at: int) -> bool:
    """Whether the full stop before `at` is a German day's ("am 12. März", "vom 1. Dezember"), no sentence's end:
    the day of one digit too (a correction notice's title was cut at "… vom 1")."""
    return any(_ORDINAL_DATE.match(text, i) for i in (max(0, at - 3), max(0, at - 2)))


def _stop_at(text: str, end: int) -> int:
    """The full stop (or ? !) of a sentence ending at ``end``, before a closing mark if one follows it."""
    return end - 1 if text[end - 1] in ".!?" else end - 2


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()
