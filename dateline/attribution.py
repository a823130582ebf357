"""Who said each quote: ordered sieves over the words around it, most precise first.

Sieves (after Muzny et al. 2017 and CoreNLP's quote attribution), each used only
when the ones before found nothing:

1. transcript turns name their speaker (`ZELENSKYY (through translator):`);
2. `"Q," X said` / `"Q," said X` / `"Q?" asked X` right after the closing mark (but
   not `"Q?", X replied: "A"`, where the verb introduces the next quote);
3. headline forms: `X: "Q"` and `'Q': X rejects …`;
4. a cue verb before the quote in its sentence (`X said: "Q"`, `X said he "will…"`,
   `according to X`, `asked by X`), nearest verb first, its subject found before it
   (skipping appositives set off by commas) or after it (inversion);
5. a lead-in paragraph ending in a colon (`Zelensky … told leaders:`);
6. `Quote:` label lines speak for the last `Source:` line, else the last speaker;
7. a quote standing alone carries over the previous quote's speaker, or continues
   the alternation of a question-and-answer exchange;
8. otherwise `unknown` — never a guess.

Mentions are found once per article (outside quote marks: names inside quoted speech
are never mentions) and mapped to speakers separately: aliases from speakers.yaml, a
small edit distance for transliterations and typos (Zelesnky), roles ("the Ukrainian
leader") to the most recently mentioned speaker holding that role, pronouns to the most
recent gender-compatible speaker or sentence subject. "I"/"we" are never speakers. An
unknown person keeps the fullest form of their name in the article as their id.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dateline import names
from dateline.model import Speaker, slugify
from dateline.quotes import CUE_VERBS, Extraction, Paragraph, RawQuote, alternation

# ---------------------------------------------------------------- vocabulary

_HONORIFIC_WORDS = {
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Prof", "Sir", "Dame", "Lord", "President", "Prime",
    "Minister", "Premier", "Chancellor", "Foreign", "Defense", "Defence", "Secretary", "Spokesman",
    "Spokeswoman", "Spokesperson", "Ambassador", "Envoy", "Special", "Senator", "Congressman",
    "Congresswoman", "Vice", "Pope", "King", "Queen", "General", "Commander", "Mayor", "Governor", "Chief",
    "Head", "Speaker", "Deputy", "Adviser", "Advisor", "Aide", "Anchor", "Host", "Correspondent", "Commissioner",
    "Lieutenant", "Colonel", "Major", "Captain", "Admiral", "Marshal", "Sergeant", "Senior", "Former", "Acting",
    "Economy", "Finance", "Interior", "Justice", "Energy", "Health", "Culture", "Digital", "State", "Affairs",
    "Office", "Press", "Kremlin", "Ministry", "Commission", "European", "National", "Security", "Council",
    "Representative", "Officer", "Director", "Leader", "Opposition", "Party", "Member", "Lawmaker", "Delegation",
}
# Words of an organisation's or a place's name: a capitalised run "Air Force Yuriy Ihnat" or
# "Regional Military Administration Oleh Syniehubov" holds the person's name only after the last one.
_ORG_WORDS = {
    "Air", "Force", "Forces", "Army", "Navy", "Guard", "Military", "Regional", "Oblast", "Region", "District",
    "City", "Municipal", "Administration", "Service", "Services", "Agency", "Bureau", "Committee", "Staff",
    "Armed", "Border", "Intelligence", "Police", "Command", "Brigade", "Battalion", "Regiment", "Corps",
    "Institute", "Centre", "Center", "University", "Foundation", "Fund", "Bank", "Company", "Netherlands",
    "Emergency", "Palace", "Square", "Street", "Hall", "Navy's", "Forces'", "Headquarters", "Directorate",
    "Inspectorate", "Prosecutor", "Prosecutor's",
    "Col", "Lt", "Maj", "Capt", "Sgt", "Adm", "Amb", "Brig", "Cpl", "Pvt",
}
_DEMONYMS = {
    "Ukrainian", "Russian", "American", "British", "French", "German", "Italian", "Polish", "Hungarian",
    "Turkish", "Chinese", "Belarusian", "Moldovan", "Estonian", "Latvian", "Lithuanian", "Finnish", "Swedish",
    "Norwegian", "Danish", "Dutch", "Belgian", "Spanish", "Portuguese", "Czech", "Slovak", "Romanian",
    "Bulgarian", "Greek", "Austrian", "Swiss", "Canadian", "Japanese", "Indian", "Israeli", "Saudi", "Emirati",
    "Qatari", "Iranian", "Georgian", "Armenian", "Azerbaijani", "Kazakh", "Irish", "Scottish", "Welsh", "US",
    "U.S.", "UK", "EU", "NATO", "UN", "Western", "Eastern", "Nordic", "Baltic", "Top",
}
_NOT_NAMES = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "As", "In",
    "On", "At", "By", "For", "From", "With", "After", "Before", "While", "When", "Where", "If", "Though",
    "Although", "Later", "Earlier", "Then", "Now", "Still", "Also", "However", "Meanwhile", "Finally", "Asked",
    "Speaking", "According", "Quote", "Source", "Details", "Background", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Ukraine", "Russia", "Ukrainians", "Russians", "Moscow", "Kyiv",
    "Kiev", "Europe", "America", "Americans", "Washington", "London", "Paris", "Berlin", "Brussels", "CNN",
    "BBC", "ITV", "AP", "Reuters", "TASS", "Donbas", "Donbass", "Crimea", "West", "This", "That", "These",
    "Those", "There", "Here", "What", "Which", "Who", "Why", "How", "Britain", "China", "Belarus", "Hungary",
    "Turkey", "Istanbul", "Geneva", "Minsk", "Normandy", "Donetsk", "Luhansk", "Kharkiv", "Zaporizhzhia",
    "Kherson", "Germany", "France", "Poland", "Arabia", "Jeddah", "Riyadh", "Alaska", "Instagram", "Telegram",
    "Facebook", "Twitter", "Fox", "News", "Times", "Post", "Journal", "Sky", "Politico", "Interfax", "Ukrinform",
    "RIA", "Novosti", "Pravda", "Independent", "Guardian", "Truth", "Social", "Oval", "Congress", "Senate",
    "Associated", "Nation", "Verkhovna", "Rada", "Duma", "Lviv", "Odesa", "Dnipro", "Vilnius", "Tallinn",
    "Warsaw", "Rome", "Madrid", "Munich", "Davos", "Budapest", "Bratislava", "Prague", "Vienna", "Helsinki",
    "Stockholm", "Oslo", "Copenhagen", "Ankara", "Beijing", "Tokyo", "Delhi", "Tehran", "God", "Christmas",
    "Easter", "Independence", "Day", "Victory", "Plan", "Formula", "Summit", "Conference", "Assembly", "Gen",
    "Sunday's", "Monday's", "Tuesday's", "Wednesday's", "Thursday's", "Friday's", "Saturday's", "Today",
    "Yesterday", "Tonight", "Most", "Many", "Some", "All", "Both", "Each", "Every", "Several", "Few", "Officials",
    "Such", "Other", "Others", "Another", "Our", "Their", "His", "Her", "Its", "My", "Your", "No", "Not",
    "Parliament", "Government", "Cabinet", "White", "House", "Pentagon", "Department",
    "English", "Ukrainian", "Russian", "French", "German", "Polish", "Hungarian", "Turkish", "Spanish", "Arabic",
}
_FEMALE_FIRST = {
    "maria", "giorgia", "ursula", "kaja", "kamala", "kate", "laura", "annalena", "olena", "iryna", "yulia",
    "yuliia", "julia", "hillary", "nancy", "angela", "liz", "theresa", "kristi", "tulsi", "karoline", "christiane",
    "christine", "anne", "anna", "victoria", "elise", "olha", "olga", "svetlana", "valentina", "marine",
    "roberta", "mette", "sanna", "ylva", "nikki", "amy", "jen", "jennifer", "susan", "sarah", "emily", "lyse",
    "margarita", "tatiana", "tatyana", "natalia", "natalie", "oksana", "ruslana", "lesia", "ivanna", "elina",
    "ella", "marianna", "mariana", "halyna", "lyudmila", "ludmila", "elvira", "ekaterina", "yekaterina",
    "alina", "kristina", "irina", "elena", "yelena", "helena", "jill", "melania", "michelle", "kelly", "lisa",
    "mary", "margaret", "catherine", "katherine", "elizabeth", "rachel", "rebecca", "claudia", "ilze",
    "evika", "ingrida", "zuzana", "beata", "agnieszka", "frederiksen", "dana", "diana", "martha", "jacinda",
    "samantha", "linda", "barbara", "andrea", "hanna", "hannah", "zelenska", "marta",
    "becky", "erin", "poppy", "lucy", "sophie", "emma", "clarissa", "nina", "vera", "galina", "larisa", "inna",
    "kateryna", "katerina", "viktoriia", "viktoria", "yevheniia", "daria", "dariia", "sofia", "sofiia", "anastasia",
    "anastasiia", "khrystyna", "liudmyla", "nataliia", "tetiana", "yana", "alla", "zoya", "ksenia", "kseniia",
    "yuliya", "mariia", "oleksandra", "ganna", "solomiia", "ulyana", "uliana", "kira", "polina",
    "francine", "leila", "christina", "jane", "joanna", "karen",
}
# "the French head of state", "the head of Ukrainian diplomacy": an office qualified by a nationality
_COUNTRY_OF = {
    "Ukrainian": ("Ukraine",), "Russian": ("Russia",), "French": ("France",), "German": ("Germany",),
    "British": ("Britain", "UK", "United Kingdom"), "American": ("United States", "US", "U.S."),
    "Polish": ("Poland",), "Turkish": ("Turkey", "Türkiye"), "Hungarian": ("Hungary",), "Italian": ("Italy",),
    "Dutch": ("Netherlands",), "Belarusian": ("Belarus",), "Chinese": ("China",), "Finnish": ("Finland",),
    "Estonian": ("Estonia",), "Latvian": ("Latvia",), "Lithuanian": ("Lithuania",), "Czech": ("Czech",),
    "Slovak": ("Slovakia",), "Romanian": ("Romania",), "Moldovan": ("Moldova",), "Spanish": ("Spain",),
    "Swedish": ("Sweden",), "Norwegian": ("Norway",), "Danish": ("Denmark",), "Canadian": ("Canada",),
}
_NAT_HEADS = (r"head of state|head of government|president|leader|prime minister|premier|chancellor|"
              r"foreign minister|defen[cs]e minister|minister|top diplomat|diplomat|envoy|ambassador|"
              r"spokes(?:man|woman|person)|chief negotiator|negotiator|vice president|secretary of state")
_NAT_DEM = "|".join(sorted(_COUNTRY_OF, key=len, reverse=True))
_NAT_ROLE = re.compile(rf"\b[Tt]he\s+(?P<dem>{_NAT_DEM})\s+(?P<head>{_NAT_HEADS})\b|"
                       rf"\b[Tt]he\s+(?:head|chief)\s+of\s+(?P<dem2>{_NAT_DEM})\s+diplomacy\b")
_FEMALE_ROLE = re.compile(r"\b(?:spokeswoman|woman|chairwoman|congresswoman|businesswoman|first lady|queen|"
                          r"mrs|ms|madam|mother|wife|daughter|sister)\b", re.IGNORECASE)
_GENERIC_TURNS = {"UNIDENTIFIED MALE", "UNIDENTIFIED FEMALE", "UNIDENTIFIED", "ANNOUNCER", "NARRATOR", "CROWD",
                  "UNKNOWN", "REPORTER", "QUESTION", "ANSWER", "VOICE", "AUDIENCE", "INTERPRETER", "TRANSLATOR",
                  "MALE", "FEMALE", "GROUP", "PROTESTERS", "CROWD CHANTING", "BEGIN VIDEOTAPE", "END VIDEOTAPE",
                  "Q", "MAN", "WOMAN", "BOY", "GIRL", "CHILD", "RESIDENT", "SOLDIER", "VOLUNTEER", "DOCTOR", "NURSE",
                  "OFFICIAL", "PROTESTER", "STUDENT", "TEACHER", "WITNESS", "PARTICIPANT", "MALE SPEAKER",
                  "FEMALE SPEAKER", "SPEAKER", "UNIDENTIFIED SPEAKER", "UNIDENTIFIED PERSON", "OFF-CAMERA"}

_CAP_WORD = r"[A-Z][\wà-ÿ’'\-.]*[\w’']|[A-Z]"
_PARTICLE = r"(?:de|van|von|der|den|bin|al|da|di|le|la|du|dos|del|ter)"
_NAME_RUN = re.compile(rf"(?:{_CAP_WORD})(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)*(?:{_CAP_WORD})){{0,6}}")
_PRONOUN = re.compile(r"(?=[HhSs])\b(?:[Hh](?:e|im|er)|[Ss]he)\b")
_INSTITUTION = re.compile(
    r"(?=[A-Z]|the\s)\b(?:[Tt]he\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}(?:Ministry(?: of [A-Z]\w+(?: [A-Z]\w+)?)?|Office|Kremlin|"
    r"White House|Pentagon|State Department|Foreign Office|Embassy|Council|Commission|Parliament|Rada|Duma|"
    r"Government|Cabinet|Agency|Service|Department|Staff|Command|Headquarters|Secretariat|Presidency)\b"
)
_ANON = re.compile(
    r"(?=[AaOoTtSsMm])\b(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:officials?|diplomats?|reporters?|journalists?|sources?|persons?|people|aides?|advisers?|advisors?|"
    r"lawmakers?|analysts?|observers?|spokes(?:man|woman|person)|residents?|soldiers?|commanders?|"
    r"negotiators?|participants?|officers?|experts?|insiders?|voices?|members?|critics?|questioners?)|"
    r"[Tt]he (?:presenter|moderator|interviewer|questioner|reporter|journalist|audience))\b"
)
_OFFICE_WORDS = (r"(?:foreign|policy|chief|spokes(?:man|woman|person)|minister|secretary|envoy|adviser|advisor|aide|"
                 r"head|president|commissioner|leader|ambassador|affairs|defen[cs]e|deputy|prime|general|director|"
                 r"negotiator|official|press|special|top|opposition|politician|lawmaker|exiled|former|senior|of)")
_SUBJECT_LEAD = re.compile(r"(?:^|[.?!][\"”’»]?\s+)(?:(?:[A-Z][\w’'\-]*|[Oo]n|[Ii]n)(?:\s+[\w’'\-]+){0,10},\s*)?"
                           r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'\-]*\s+){0,4}(?:" + _OFFICE_WORDS + r"\s+){0,4}"
                           r"(?:[A-Z][\w.’'\-]*\s+){0,2}$")

_TRANSLATED = re.compile(
    r"(?=[tvwusiapTVWUSIAP(])\b(?:through|via|with the help of|using|speaking through|via an?|through an?)\s+"
    r"(?:an?\s+|his\s+|her\s+)?"
    r"(?:translator|interpreter)s?\b|\bin (?:Ukrainian|Russian|Hungarian|Polish|Turkish|French|German)\b|"
    r"\btranslated (?:from|by|into)\b|\((?:through|via) (?:a |an )?(?:translator|interpreter)\)|"
    r"\bas translated\b|\binterpreted\b",
    re.IGNORECASE,
)
_TRANSLATED_HINT = re.compile(r"[Tt]ranslat|[Ii]nterpret|in (?:Ukrainian|Russian|Hungarian|Polish|Turkish|French|German)")
_ENGLISH = re.compile(r"\b(?:in|to|into) English\b")
_SOURCE_LABEL = re.compile(r"\s*(?:Source|Speaker|Who)\s*:", re.IGNORECASE)
_QUOTE_LABEL = re.compile(r"(?:^|\n)\s*(?:Quote|Quotes|Direct speech|Statement)\s*:\s*$", re.IGNORECASE)

_EXTRA_VERBS = ("shot back", "fired back", "hit back", "retorted", "snapped", "interjected", "interrupted",
                "asked by", "Asked by", "According to", "whispered", "joked", "scoffed", "sighed", "pressed",
                "persisted", "followed up", "pushed back")
_ATTR_VERBS = tuple(v for v in CUE_VERBS if not v.startswith(("in ", "on "))) + _EXTRA_VERBS
_SPEECH_ALT = alternation(set(_ATTR_VERBS))
SPEECH_RE = re.compile(r"\b" + _SPEECH_ALT + r"\b")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\w+ly\s+)?$")
_LIGHT_PRONOUN_GAP = re.compile(
    r"\s*(?:(?:also|then|later|again|has|had|have|was|is|would|will|further|previously|once|repeatedly|"
    r"himself|herself|quickly|firmly|flatly|\w+ly|,)\s*)*")


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Attribution:
    speaker: str
    name: str
    how: str
    translated: bool = False


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    speaker: str  # id; "" for an unknown name; "role:<role>"; "pronoun"; "unknown" for anonymous
    name: str
    kind: str  # "alias" | "role" | "fuzzy" | "name" | "institution" | "pronoun" | "anon"
    possessive: bool = False


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                       "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


def slug_name(name: str) -> str:
    """Unknown speakers keep their written name; their id is its slug (ł, ø… folded too)."""
    return slugify(name.translate(_FOLD)) or "unknown"


def _osa(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (Levenshtein + adjacent transposition), capped."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def is_female_name(name: str) -> bool:
    """A small first-name list and Slavic feminine surnames: enough to let "she" skip men."""
    words = [w.strip(".").lower() for w in name.split()]
    if not words:
        return False
    if words[0] in _FEMALE_FIRST or words[0] in {"ms", "mrs", "madam", "dame"}:
        return True
    return len(words) == 1 and words[0].endswith(("ova", "eva", "skaya", "ina")) and len(words[0]) > 5


class SpeakerIndex:
    """Aliases, roles and surnames of the known speakers, compiled once per speakers file."""

    def __init__(self, speakers: Sequence[Speaker]) -> None:
        self.speakers = {s.id: s for s in speakers}
        self.alias_to_id: dict[str, str] = {}
        self.role_to_ids: dict[str, list[str]] = {}
        self.female: set[str] = set()
        for s in speakers:
            if is_female_name(s.name) or _FEMALE_ROLE.search(s.role):
                self.female.add(s.id)
            for alias in (s.name, *s.aliases):
                for form in (alias, alias[:1].upper() + alias[1:] if alias.startswith("the ") else alias):
                    self.alias_to_id.setdefault(form, s.id)
                parts = alias.split()
                last = parts[-1] if parts else alias
                if s.kind == "person" and len(last) >= 4 and last[0].isupper():
                    self.alias_to_id.setdefault(last, s.id)
                    self.alias_to_id.setdefault(last.upper(), s.id)
            for role in s.roles:
                self.role_to_ids.setdefault(role.lower().replace("’", "'"), []).append(s.id)
        roles = set()
        for role in {r for s in speakers for r in s.roles}:
            for form in (role, role.replace("'", "’")):
                titled = form.title().replace("'S ", "'s ").replace("’S ", "’s ").replace(" Of ", " of ")
                roles.update({form, form[:1].upper() + form[1:], form.title(), titled})
                if titled.startswith("The "):
                    roles.add("the " + titled[4:])  # "the Foreign Minister noted"
        self.role_forms = {r: r.lower().replace("’", "'") for r in roles}
        self.alias_re = re.compile(r"\b" + alternation(self.alias_to_id) + r"(?![\w])") if self.alias_to_id else None
        self.role_re = re.compile(r"\b" + alternation(roles) + r"\b") if roles else None
        self.surnames = sorted({a for a in self.alias_to_id if " " not in a and len(a) >= 5 and not a.isupper()})
        self._fuzzy: dict[str, str | None] = {}

    def fuzzy(self, word: str) -> str | None:
        """A typo or transliteration of a known surname (Zelesnky, Zelenskii) → its speaker."""
        if word in self._fuzzy:
            return self._fuzzy[word]
        best: tuple[int, str] | None = None
        if len(word) >= 5:
            limit = 1 if len(word) < 9 else 2
            low = word.lower()
            for name in self.surnames:
                if name[0].lower() != low[0]:
                    continue
                d = _osa(low, name.lower(), limit)
                if d <= limit and (best is None or d < best[0]):
                    best = (d, self.alias_to_id[name])
        self._fuzzy[word] = best[1] if best else None
        return self._fuzzy[word]

    def roles_of(self, sid: str) -> set[str]:
        return {r for r, ids in self.role_to_ids.items() if sid in ids}

    def scan(self, text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
        """Every speaker mention in text[lo:hi], left to right, longest match winning."""
        hi = len(text) if hi is None else hi
        cands: list[tuple[int, int, int, Mention]] = []  # (start, -length, priority, mention)

        def add(m: Mention, prio: int) -> None:
            cands.append((m.start, m.start - m.end, prio, m))

        if self.alias_re is not None:
            for m in self.alias_re.finditer(text, lo, hi):
                sid = self.alias_to_id[m.group(0)]
                add(Mention(m.start(), m.end(), sid, self.speakers[sid].name, "alias", _possessive(text, m.end())), 0)
        if self.role_re is not None:
            for m in self.role_re.finditer(text, lo, hi):
                role = self.role_forms.get(m.group(0), m.group(0).lower().replace("’", "'"))
                add(Mention(m.start(), m.end(), "role:" + role, m.group(0), "role", _possessive(text, m.end())), 1)
        for m in _NAT_ROLE.finditer(text, lo, hi):
            dem = m.group("dem") or m.group("dem2")
            head = (m.group("head") or "foreign minister").lower()
            head = "defence minister" if head.startswith("defen") else head
            add(Mention(m.start(), m.end(), f"natrole:{dem}|{head}", m.group(0), "role",
                        _possessive(text, m.end())), 6)
        for m in _ANON.finditer(text, lo, hi):
            add(Mention(m.start(), m.end(), "unknown", m.group(0), "anon"), 2)
        for m in _INSTITUTION.finditer(text, lo, hi):
            name = re.sub(r"^[Tt]he\s+", "", m.group(0))
            add(Mention(m.start(), m.end(), "", name, "institution", _possessive(text, m.end())), 3)
        for m in _NAME_RUN.finditer(text, lo, hi):
            mention = self._name(text, m.start(), m.group(0))
            if mention is not None:
                add(mention, 4)
        for m in _PRONOUN.finditer(text, lo, hi):
            add(Mention(m.start(), m.end(), "pronoun", m.group(0), "pronoun"), 5)
        cands.sort(key=lambda c: (c[0], c[1], c[2]))
        out: list[Mention] = []
        end = -1
        for start, _neg, _prio, mention in cands:
            if start >= end:
                out.append(mention)
                end = mention.end
        return out

    def _name(self, text: str, start: int, run: str) -> Mention | None:
        """A capitalised run as a person's name: titles and demonyms trimmed off the front."""
        words = run.split()
        offsets = []
        pos = 0
        for w in words:
            pos = run.index(w, pos)
            offsets.append(pos)
            pos += len(w)
        i, j = 0, len(words)
        while i < j and _not_name_start(words[i], i < j - 1):
            i += 1
        while j > i and (words[j - 1] in _NOT_NAMES or words[j - 1] in _HONORIFIC_WORDS):
            j -= 1
        for k in range(j - 2, i - 1, -1):
            if words[k].rstrip(".") in _ORG_WORDS:
                i = k + 1
                break
        if i >= j or (j - i == 1 and words[i].rstrip(".") in _ORG_WORDS):
            return None
        s = start + offsets[i]
        e = start + offsets[j - 1] + len(words[j - 1])
        kept = words[i:j]
        possessive = kept[-1].endswith(("’s", "'s"))
        if possessive:
            kept[-1] = kept[-1][:-2]
            e -= 2
        if not kept[-1] or not kept[-1][0].isupper():
            return None
        name = " ".join(kept)
        sid = self.alias_to_id.get(name) or self.fuzzy(kept[-1])
        if sid is not None:
            return Mention(s, e, sid, self.speakers[sid].name, "fuzzy", possessive)
        if len(kept) == 1 and (len(name) < 3 or name.isupper()):
            return None
        return Mention(s, e, "", name, "name", possessive)


def _not_name_start(word: str, more: bool) -> bool:
    """Words that open a capitalised run without being part of a name (titles, owners, demonyms)."""
    return (word in _NOT_NAMES or (more and word.endswith(("’s", "'s", "s'", "s’"))) or word.rstrip(".") in _HONORIFIC_WORDS
            or word in _DEMONYMS or (word.isupper() and len(word) <= 4))


def _possessive(text: str, end: int) -> bool:
    return text.startswith(("'s", "’s"), end)


@lru_cache(maxsize=8)
def index_for(speakers: tuple[Speaker, ...]) -> SpeakerIndex:
    return SpeakerIndex(speakers)


# ---------------------------------------------------------------- the article


class _Doc:
    """One article's body with its quote spans and mentions, each computed once.

    Every later question ("mentions between here and there", "is this offset inside a
    quote") is a bisect, so attribution costs O(quotes · log n), not a regex scan per
    quote.
    """

    def __init__(self, body: str, extraction: Extraction, index: SpeakerIndex) -> None:
        self.body = body
        self.index = index
        self.paras = extraction.paragraphs
        spans = [(q.start - 1, q.end + 1) for q in extraction.quotes if q.kind != "transcript-turn"]
        spans += [(q.start - 1, q.end + 1) for q, _ in extraction.rejected]
        turns = [(q.start, q.end) for q in extraction.quotes if q.kind == "transcript-turn"]
        self.spans = sorted(spans + turns)
        self.span_starts = [s for s, _ in self.spans]
        self.mentions = [m for m in index.scan(body) if not self.in_quote(m.start)]
        self.mstarts = [m.start for m in self.mentions]
        self.fullest: dict[str, str] = {}
        for m in self.mentions:
            if m.kind == "name":
                self._note_name(m.name)
        for q in extraction.quotes:
            if q.kind == "transcript-turn" and q.turn_name.upper() not in _GENERIC_TURNS:
                self._note_name(q.turn_name.title())

    def subjects(self) -> list[tuple[int, Mention]]:
        """Person mentions that open a sentence (after at most an intro phrase): its subject."""
        out = []
        pstarts = [p.start for p in self.paras]
        for m in self.mentions:
            if m.kind in ("pronoun", "institution", "anon") or m.possessive or not _is_person(self.index, m):
                continue
            if m.kind == "name" and " " not in self.full_name(m.name):
                continue  # a lone capitalised word opening a sentence is too often not a person
            pi = bisect_right(pstarts, m.start) - 1
            if pi < 0:
                continue
            lo = self.paras[pi].start
            if m.start - lo > 300:
                lo = m.start - 300
            if _SUBJECT_LEAD.search(self.body[lo:m.start]):
                out.append((pi, m))
        return out

    def paragraphs_matching(self, rx: re.Pattern[str]) -> set[int]:
        """Indexes of paragraphs where `rx` matches: one scan of the body, not one per quote."""
        if rx is _TRANSLATED and not _TRANSLATED_HINT.search(self.body):
            return set()
        pstarts = [p.start for p in self.paras]
        return {bisect_right(pstarts, m.start()) - 1 for m in rx.finditer(self.body) if not self.in_quote(m.start())}

    def _note_name(self, name: str) -> None:
        key = name.split()[-1].lower()
        if len(name.split()) > len(self.fullest.get(key, "").split()):
            self.fullest[key] = name

    def full_name(self, name: str) -> str:
        parts = name.split()
        return self.fullest.get(parts[-1].lower(), name) if parts else name

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.span_starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]

    def between(self, lo: int, hi: int) -> list[Mention]:
        i = bisect_left(self.mstarts, lo)
        j = bisect_left(self.mstarts, hi)
        return [m for m in self.mentions[i:j] if m.end <= hi]

    def index_of(self, m: Mention) -> int:
        return bisect_left(self.mstarts, m.start)


# ---------------------------------------------------------------- resolution


@dataclass(frozen=True)
class _Event:
    pos: int
    sid: str
    name: str
    female: bool
    joint: bool = False


class _State:
    """What the article has said so far: who spoke and who was the subject, in order."""

    def __init__(self, doc: _Doc, article_speakers: Sequence[str]) -> None:
        self.doc = doc
        self.index = doc.index
        self.article_speakers = list(article_speakers)
        self.history: list[_Event] = []  # persons, in text order
        self.last_quote: tuple[str, str, int] | None = None  # (id, name, paragraph)
        self.quote_log: list[tuple[str, str, bool, int]] = []  # (id, name, is question, paragraph)
        self.source: tuple[str, str] | None = None
        self.last_speaker: tuple[str, str] | None = None

    def resolve(self, m: Mention, at: int | None = None) -> tuple[str, str] | None:
        """The speaker a mention points at, judged at text position `at` (default: the mention)."""
        at = m.start if at is None else at
        if m.kind == "pronoun":
            female = m.name.lower() in ("she", "her")
            for ev in reversed(self.history):
                if ev.pos >= at:
                    continue
                if ev.female == female:
                    return None if ev.joint else (ev.sid, ev.name)
            return None
        if m.kind == "anon":
            return "unknown", ""
        if m.kind == "role":
            return self._role(m)
        if m.speaker:
            return m.speaker, m.name
        if m.kind == "institution":
            return slug_name(m.name), m.name
        full = self.doc.full_name(m.name)
        return slug_name(full), full

    def _nat_role(self, m: Mention) -> tuple[str, str] | None:
        """"the French head of state": the last person named whose office is French."""
        dem, head = m.speaker[8:].split("|", 1)
        key = f"the {dem.lower()} {head}"
        if key in self.index.role_to_ids:
            return self._role(Mention(m.start, m.end, "role:" + key, m.name, "role", m.possessive))
        words = [dem, *_COUNTRY_OF.get(dem, ())]
        rx = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.IGNORECASE)
        doc = self.doc
        for other in reversed(doc.mentions[:doc.index_of(m)]):
            if other.kind in ("role", "pronoun", "anon", "institution") or other.possessive \
                    or _in_relative_clause(doc.body, other):
                continue
            spk = self.index.speakers.get(other.speaker)
            if spk is not None:
                if spk.kind == "person" and rx.search(spk.role + " " + " ".join(spk.roles)):
                    return spk.id, spk.name
            elif other.kind == "name" and " " in doc.full_name(other.name) \
                    and rx.search(doc.body[max(0, other.start - 60):other.start]):
                full = doc.full_name(other.name)
                return slug_name(full), full
        return None

    def _role(self, m: Mention) -> tuple[str, str] | None:
        if m.speaker.startswith("natrole:"):
            return self._nat_role(m)
        ids = self.index.role_to_ids.get(m.speaker[5:], [])
        if not ids:
            return None
        doc = self.doc
        k = doc.index_of(m)
        head = _role_head(m.speaker[5:])
        for other in reversed(doc.mentions[:k]):
            if other.kind == "role" or other.kind == "pronoun" or other.possessive:
                continue
            if other.kind == "anon" and head and re.search(rf"\b{re.escape(head)}$", other.name, re.IGNORECASE):
                return "unknown", ""  # "one EU diplomat said … the diplomat added": still that diplomat
            if other.kind == "name" and head and _titled(doc.body, other, head):
                full = doc.full_name(other.name)  # "Prime Minister Yulia Svyrydenko … the prime minister"
                return slug_name(full), full
            if _in_relative_clause(doc.body, other):
                continue  # "Rutte, who succeeded Stoltenberg, …": Stoltenberg is not the topic
            if other.speaker in ids:
                return other.speaker, self.index.speakers[other.speaker].name
        for sid in self.article_speakers:
            if sid in ids:
                return sid, self.index.speakers[sid].name
        for other in doc.mentions[k + 1:]:
            if other.speaker in ids and not other.possessive:
                return other.speaker, self.index.speakers[other.speaker].name
        return ids[0], self.index.speakers[ids[0]].name

    def female(self, sid: str, name: str) -> bool:
        if sid in self.index.speakers:
            return sid in self.index.female
        return is_female_name(name)

    def saw(self, pos: int, who: tuple[str, str], person: bool = True, joint: bool = False,
            female: bool | None = None) -> None:
        """A person was the subject or speaker at `pos`: pronouns after it may mean them."""
        if not person or who[0] == "unknown":
            return
        fem = self.female(*who) if female is None else female
        self.history.append(_Event(pos, who[0], who[1], fem, joint))


_ROLE_PREFIX = re.compile(r"^(?:the|[\w.]+['’]s|[\w.]+['’])\s+", re.IGNORECASE)


def _role_head(role: str) -> str:
    """The office noun of a role: "the prime minister" / "Ukraine's president" → "prime minister" / "president"."""
    head = _ROLE_PREFIX.sub("", role.strip())
    words = head.split()
    while len(words) > 1 and (words[0].capitalize() in _DEMONYMS or words[0].upper() in _DEMONYMS
                              or words[0].title() in _DEMONYMS):
        words = words[1:]
    return " ".join(words).lower()


def _titled(body: str, m: Mention, head: str) -> bool:
    """An unknown person introduced with that office: "Prime Minister X", "X, Ukraine's prime minister"."""
    before = body[max(0, m.start - 60):m.start]
    if re.search(rf"\b{re.escape(head)}\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$", before, re.IGNORECASE):
        return True
    after = body[m.end:m.end + 60]
    return re.match(rf",\s+(?:the\s+|[\w.]+['’]s\s+)?(?:[\w\-]+\s+){{0,2}}?{re.escape(head)}\b", after,
                    re.IGNORECASE) is not None


def _in_relative_clause(body: str, m: Mention) -> bool:
    """A mention inside a ", who …," clause about someone else."""
    lo = max(0, m.start - 120)
    before = body[lo:m.start]
    k = max(before.rfind(", who "), before.rfind(", whose "))
    if k < 0 or re.search(r"[,.;:?!\"“”«»]", before[k + 2:]):
        return False
    return re.match(r"[^,.;:?!\"“”«»]{0,120},", body[m.end:m.end + 130]) is not None


def _is_person(index: SpeakerIndex, m: Mention) -> bool:
    if m.kind in ("institution", "anon"):
        return False
    if m.kind == "role":
        if m.speaker.startswith("natrole:"):
            return True
        ids = index.role_to_ids.get(m.speaker[5:], [])
        return any(index.speakers[i].kind == "person" for i in ids)
    spk = index.speakers.get(m.speaker)
    return spk is None or spk.kind == "person"


def _subject_before(doc: _Doc, lo: int, verb_start: int) -> tuple[Mention, bool] | None:
    """The subject of a cue verb: the closest mention before it, skipping appositives.

    `Zelensky, addressing the European Council summit, told leaders` skips the Council
    (its gap to the verb ends with a comma it does not open). Returns (mention, joint):
    joint when two people share the verb ("Trump and Zelensky spoke").
    """
    body = doc.body
    ms = doc.between(lo, verb_start)
    participle = re.match(r"\w+ing\b", body[verb_start:verb_start + 20]) is not None
    for k in range(len(ms) - 1, -1, -1):
        m = ms[k]
        gap = body[m.end:verb_start]
        if len(gap) > 160 or re.search(r"[.;]\s", gap):
            return None
        g = gap.strip()
        if m.possessive:
            continue
        if g.endswith(",") and not g.startswith(",") and g.count(",") == 1 and not participle:
            continue  # inside a parenthetical that ends just before the verb
        if g == "," and k > 0 and not participle and "," in body[ms[k - 1].end:m.start] \
                and _is_person(doc.index, ms[k - 1]) and not ms[k - 1].possessive:
            continue  # "Vance, speaking separately in Ohio, said": Ohio sits inside the aside
        if m.kind == "pronoun":
            if m.name.lower() in ("him", "her"):
                return None
            if g and not _LIGHT_PRONOUN_GAP.fullmatch(gap):
                continue
        joint = k > 0 and re.fullmatch(r"\s+and\s+", body[ms[k - 1].end:m.start]) is not None \
            and not ms[k - 1].possessive and ms[k - 1].kind != "pronoun"
        return m, joint
    return None


def _subject_after(doc: _Doc, verb_end: int, hi: int, pronouns: bool = False) -> Mention | None:
    """Inverted attribution: `said Zelensky`, `asked Mr Tapper`, `according to him`."""
    ms = doc.between(verb_end, min(hi, verb_end + 90))
    if not ms:
        return None
    m = ms[0]
    gap = doc.body[verb_end:m.start]
    if m.kind == "pronoun" and not pronouns:
        return None
    if re.fullmatch(r"[\s,]*(?:the\s+)?(?:[A-Z][\w’'\-]*\.?\s+){0,3}(?:[a-z]+\s+){0,2}", gap):
        return m
    return None


# ---------------------------------------------------------------- attribution


def attribute(body: str, extraction: Extraction, speakers: Sequence[Speaker],
              article_speakers: Sequence[str] = ()) -> list[Attribution]:
    """One Attribution per quote in `extraction.quotes`, same order."""
    index = index_for(tuple(speakers))
    doc = _Doc(body, extraction, index)
    state = _State(doc, article_speakers)
    paras = extraction.paragraphs
    translated_ids: set[str] = set()
    translated_paras: set[int] = set()
    english_paras: set[int] = set()
    translated = doc.paragraphs_matching(_TRANSLATED)
    english = doc.paragraphs_matching(_ENGLISH)
    results: list[Attribution] = []
    events = _cue_events(doc) + [(pi, m.start, -1) for pi, m in doc.subjects()]
    events.sort(key=lambda e: (e[1], e[2] == -1))
    ev = 0
    for q in extraction.quotes:
        # let everything said before this quote update who was last the subject
        while ev < len(events) and events[ev][1] < q.start - 1:
            _consume(doc, state, events[ev])
            ev += 1
        para = paras[q.paragraph]
        who, how = _attribute_one(doc, state, para, q)
        question = q.text.rstrip().rstrip("\"'”’»").endswith("?")
        if who is None or who[0] == "unknown":
            results.append(Attribution("unknown", "", how or "no attribution found"))
            state.quote_log.append(("unknown", "", question, q.last_paragraph))
            state.last_quote = ("unknown", "", q.last_paragraph) if who is not None else None
            continue
        sid, name = who
        state.saw(q.start, who, person=_is_person_id(index, sid, how))
        state.last_quote = (sid, name, q.last_paragraph)
        state.last_speaker = who
        state.quote_log.append((sid, name, question, q.last_paragraph))
        if q.kind == "transcript-turn":
            if _TRANSLATED.search(q.turn_note):
                translated_ids.add(sid)
                translated_paras.add(q.paragraph)
        elif q.paragraph in english:
            english_paras.add(q.paragraph)
        elif q.paragraph in translated:
            translated_ids.add(sid)
            translated_paras.add(q.paragraph)
        results.append(Attribution(sid, name, how))
    # translation said anywhere about a speaker applies to all their prose-quoted words
    for p in paras:
        if p.index in translated and not _is_turn_para(extraction, p.index):
            for m in doc.between(p.start, p.end):
                if m.speaker and m.kind in ("alias", "fuzzy"):
                    translated_ids.add(m.speaker)
                    break
    out = []
    for a, q in zip(results, extraction.quotes, strict=True):
        if q.kind == "transcript-turn":
            tr = bool(_TRANSLATED.search(q.turn_note))
        else:
            tr = a.speaker != "unknown" and q.paragraph not in english_paras and (
                a.speaker in translated_ids or q.paragraph in translated_paras)
        out.append(Attribution(a.speaker, a.name, a.how, tr))
    return _near_misses(out, index)


def _near_misses(found: list[Attribution], index: SpeakerIndex) -> list[Attribution]:
    """A name not in speakers.yaml that is a known person misspelt (Cristerson for Kristersson) is
    that person, never a new speaker; the decision is written into `how` for review to list."""
    decided: dict[str, names.Suggestion | None] = {}
    out = []
    for a in found:
        if a.speaker == "unknown" or a.speaker in index.speakers or "institution" in a.how:
            out.append(a)
            continue
        if a.name not in decided:
            decided[a.name] = names.same_person(a.name, tuple(index.speakers.values()))
        best = decided[a.name]
        if best is None:
            out.append(a)
            continue
        known = index.speakers[best.speaker].name
        out.append(Attribution(best.speaker, known, f"{a.how} — {names.NEAR_MISS_MARK} “{a.name}” read as {known} "
                                                    f"({best.why})", a.translated))
    return out



def _is_turn_para(extraction: Extraction, index: int) -> bool:
    return any(q.paragraph == index and q.kind == "transcript-turn" for q in extraction.quotes)


def _is_person_id(index: SpeakerIndex, sid: str, how: str) -> bool:
    spk = index.speakers.get(sid)
    if spk is not None:
        return spk.kind == "person"
    return "institution" not in how


def _cue_events(doc: _Doc) -> list[tuple[int, int, int]]:
    """(paragraph, verb start, verb end) for cue verbs outside quotes, and Source: lines."""
    out = []
    body = doc.body
    for p in doc.paras:
        for m in SPEECH_RE.finditer(body, p.start, p.end):
            if not doc.in_quote(m.start()):
                out.append((p.index, m.start(), m.end()))
        if _SOURCE_LABEL.match(body, p.start):
            out.append((p.index, p.start, p.start))
    return sorted(out, key=lambda e: e[1])


def _consume(doc: _Doc, state: _State, event: tuple[int, int, int]) -> None:
    pidx, vs, ve = event
    p = doc.paras[pidx]
    index = doc.index
    if ve == -1:  # a sentence subject
        k = bisect_left(doc.mstarts, vs)
        subj = doc.mentions[k]
        who = state.resolve(subj)
        if who:
            state.saw(vs, who, _is_person(index, subj))
        return
    if vs == ve:  # Source: line → its first mention speaks for the next Quote:
        ms = [m for m in doc.between(p.start, p.end) if m.kind != "pronoun"]
        if ms:
            who = state.resolve(ms[0])
            if who:
                state.source = who
                state.saw(ms[0].start, who, _is_person(index, ms[0]))
        return
    verb = doc.body[vs:ve]
    if verb.lower() in ("according to", "asked by"):
        m = _subject_after(doc, ve, p.end, pronouns=True)
        if m is not None:
            who = state.resolve(m)
            if who:
                state.saw(m.start, who, _is_person(index, m))
        return
    lo = _clause_start(doc, p.start, vs)
    found = _subject_before(doc, lo, vs)
    if found is None:
        after = _subject_after(doc, ve, p.end)
        found = (after, False) if after is not None else None
    if found is None:
        return
    m, joint = found
    who = state.resolve(m, vs)
    if who:
        state.saw(m.start if m.kind != "pronoun" else vs, who, _is_person(index, m), joint)
    elif m.kind == "pronoun":
        return


_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Jr|Sr|U\.S|U\.K|[A-Z])$")


def _abbrev(body: str, i: int) -> bool:
    return bool(_ABBREV.search(body, max(0, i - 5), i))


def _clause_start(doc: _Doc, lo: int, pos: int) -> int:
    """Start of the sentence holding `pos`, ignoring full stops inside quote marks."""
    body = doc.body
    i = pos - 1
    while i > lo:
        if body[i] in ".?!" and body[i + 1:i + 2].isspace() and not _abbrev(body, i) and not doc.in_quote(i):
            return i + 1
        i -= 1
    return lo


def _next_stop(doc: _Doc, pos: int, hi: int) -> int:
    body = doc.body
    j = pos
    while j < hi:
        ch = body[j]
        if ch in ".?!" and (j + 1 >= hi or body[j + 1].isspace()) and not _abbrev(body, j) and not doc.in_quote(j):
            return j + 1
        if ch in "\"“«„‘'" and j > pos and doc.in_quote(j + 1):
            return j
        j += 1
    return hi


_ASKED_BEFORE = re.compile(r"\b(?:asked|asking|[Aa]sked by\b[^,\"“”«»]{0,60})\s*[:,]?\s*$")
_LIGHT_AFTER_WHO = re.compile(r"\s*(?:,[^,\"“”]{0,80},\s*)?(?:(?:also|then|later|again|has|had|have|would|will|"
                              r"once|repeatedly|\w+ly)\s+)*")
_AFTER_VERB_FIRST = re.compile(r"\s*[,—–-]?\s*(?P<verb>" + _SPEECH_ALT + r")\b\s+")
_AFTER_WHO_FIRST = re.compile(r"\s*[,—–-]?\s*(?P<rest>.{0,80}?)\b(?P<verb>" + _SPEECH_ALT + r")\b",
                              re.DOTALL)


def _attribute_one(doc: _Doc, state: _State, para: Paragraph,
                   q: RawQuote) -> tuple[tuple[str, str] | None, str]:
    index = doc.index
    body = doc.body
    if q.kind == "transcript-turn":
        return _turn_speaker(doc, state, q)
    last = doc.paras[q.last_paragraph]
    close = q.end + 1
    after_hi = _next_stop(doc, close, last.end)
    # 1b. a question right after "asked" / "Asked by X" is the asker's, whatever follows
    question = q.text.rstrip().endswith("?")
    lo = _clause_start(doc, para.start, q.start - 1)
    if question and _ASKED_BEFORE.search(body, lo, q.start - 1):
        found = _pre_verb(doc, state, lo, q.start - 1)
        return found if found is not None else (("unknown", ""), "question from an unnamed asker")
    # 2. "Q," said X / "Q," X said
    m = _AFTER_VERB_FIRST.match(body, close, after_hi)
    if m:
        according = m.group("verb") in ("according to", "According to")
        sub = _subject_after(doc, m.end("verb"), after_hi, pronouns=according)
        if sub is not None:
            who = state.resolve(sub, close)
            if who:
                return who, f"“…,” {m.group('verb')} {sub.name}"
    m2 = _AFTER_WHO_FIRST.match(body, close, after_hi)
    if m2 and not re.search(r"[\"“”«»]", m2.group("rest")) and not body.startswith(":", _skip_ws(body, m2.end())):
        ms = [x for x in doc.between(close, m2.start("verb")) if x.start - close <= 60 and not x.possessive]
        if ms and _LIGHT_AFTER_WHO.fullmatch(body, ms[0].end, m2.start("verb")):
            who = state.resolve(ms[0], close)
            if who:
                return who, f"“…,” {ms[0].name} {m2.group('verb')}"
            if ms[0].kind == "pronoun":
                return None, "undecidable pronoun"
    # 2b. "Q," Air Force spokesperson Yurii Ihnat said / "Q," X, who …, told reporters:
    #     the subject is the name after a run of title words, before a light gap or a who-clause
    m3 = _AFTER_TITLED.match(body, close, min(after_hi, close + 420))
    if m3 is not None:
        found3 = _titled_subject(doc, state, close, m3.start("verb"))
        if found3 is not None:
            return found3, f"“…,” {found3[1]} {m3.group('verb')}"
    # 2c. "Q" — the words of X / a paragraph "Those were the words of X" after the quote
    words = _WORDS_OF_AFTER.match(body, close, last.end)
    if words is None and q.start - 1 == para.start and close >= last.end - 1 and last.index + 1 < len(doc.paras):
        nxt = doc.paras[last.index + 1]
        words = _WORDS_OF_NEXT.match(body, nxt.start, nxt.end)
    if words is not None:
        ms = doc.between(words.end(), words.end() + 80)
        if ms and ms[0].kind not in ("pronoun",) and _TITLE_RUN.fullmatch(body, words.end(), ms[0].start):
            who = state.resolve(ms[0])
            if who:
                return who, f"“…” — the words of {ms[0].name}"
    # 3. headline forms
    line_start = body.rfind("\n", 0, q.start) + 1
    pre_line = body[line_start:q.start - 1]
    label = _QUOTE_FROM.match(pre_line)
    if label is not None:  # Ukrainska Pravda "Quote from Sybiha:"
        ms = [x for x in doc.between(line_start + label.end(), q.start - 1) if x.kind != "pronoun"]
        if ms and ms[0].start == line_start + label.end():
            who = state.resolve(ms[0])
            if who:
                return who, f"Quote from {ms[0].name}:"
    if pre_line.strip().endswith(":") and not _QUOTE_LABEL.search("\n" + pre_line):
        ms = doc.between(line_start, q.start - 1)
        if len(ms) == 1 and re.fullmatch(r"\s*:\s*", body[ms[0].end:q.start - 1]) and \
                not body[line_start:ms[0].start].strip(" \t" + _BULLETS):
            who = state.resolve(ms[0])
            if who:
                return who, f"{ms[0].name}: “…”"
    dash = re.match(r"\s*[—–]\s*", body[close:after_hi])
    if q.start - 1 == para.start and (body.startswith(":", close) or dash):
        ms = doc.between(close, after_hi)
        if ms and ms[0].start - close <= 4 and (not dash or not body[ms[0].end:para.end].strip()):
            who = state.resolve(ms[0])
            if who:
                return who, f"“…”: {ms[0].name}"
    # 4. a cue verb before the quote in its sentence, nearest first
    found = _pre_verb(doc, state, lo, q.start - 1)
    if found is not None:
        return found
    # 4b. a bullet in a list of quotes ("- On Europe: "Q"") under a lead-in line ending in a
    #     colon that names one person ("Key quotes from Vladimir Putin's press conference:")
    if body[line_start:q.start - 1].lstrip()[:1] in _BULLETS and body[line_start:q.start - 1].strip():
        found = _list_lead_in(doc, state, para)
        if found is not None:
            return found
    # 5. a lead-in paragraph ending in a colon
    if q.start - 1 == para.start and para.index > 0:
        prev = doc.paras[para.index - 1]
        if body[prev.start:prev.end].rstrip().endswith(":") and not _QUOTE_LABEL.search(body[prev.start:prev.end]):
            found = _pre_verb(doc, state, _clause_start(doc, prev.start, prev.end - 1), prev.end)
            if found is not None:
                return found
        # 5b. a quote paragraph after a paragraph whose last sentence, free of quotes, is about
        #     one person ("Umerov did not mince words." / "He put it this way:")
        if not body[para.start:q.start - 1].strip():
            cs = _clause_start(doc, prev.start, prev.end - 1)
            k = bisect_left(doc.span_starts, cs)
            if not (k < len(doc.span_starts) and doc.span_starts[k] < prev.end) and \
                    (k == 0 or doc.spans[k - 1][1] <= cs):
                found = _sentence_subject(doc, state, cs, prev.end)
                if found is not None:
                    return found
    # 6. Quote: label lines speak for the last Source: line, else the article's speaker
    if _QUOTE_LABEL.search("\n" + pre_line):
        if state.source is not None:
            return state.source, "Quote: label (Source: line)"
        if state.last_speaker is not None:
            return state.last_speaker, "Quote: label (last speaker)"
        if state.article_speakers and state.article_speakers[0] in index.speakers:
            sid = state.article_speakers[0]
            return (sid, index.speakers[sid].name), "Quote: label (article's speaker)"
    pre_text = body[lo:q.start - 1].strip()
    alone = not pre_text or pre_text[-1:] in "—–-:"
    # 7. a quote standing alone after a sentence about one person in its own paragraph
    #    ("Sybiha was blunt. "Q."") is that person's; after a sentence that itself quotes
    #    someone, carry-over (8) decides
    if alone and lo > para.start:
        for ev in reversed(state.history):
            if ev.pos < para.start:
                break
            if ev.pos < lo:
                cs = _clause_start(doc, para.start, ev.pos)
                k = bisect_left(doc.span_starts, cs)
                if k < len(doc.span_starts) and doc.span_starts[k] < lo:
                    break
                return (None, "two people share the verb") if ev.joint else \
                    ((ev.sid, ev.name), "subject of the sentence before")
    # 8. carry-over: a quote standing alone right after an attributed one
    if state.last_quote is not None and alone and \
            q.paragraph - state.last_quote[2] <= 1 and state.last_quote[0] != "unknown":
        log = state.quote_log
        if len(log) >= 2 and log[-1][0] != log[-2][0] and (log[-1][2] or log[-2][2]) and log[-2][0] != "unknown" \
                and q.paragraph > state.last_quote[2]:
            return (log[-2][0], log[-2][1]), "continues a question-and-answer exchange"
        return (state.last_quote[0], state.last_quote[1]), "carried over from the previous quote"
    # 8b. a press-conference answer standing alone after an unnamed reporter's question: the
    #     person who answered the earlier questions ("another reporter asked." / "Istanbul is possible.")
    log = state.quote_log
    if state.last_quote is not None and alone and state.last_quote[0] == "unknown" and log and log[-1][2] \
            and 0 < q.paragraph - state.last_quote[2] <= 1 and not q.text.rstrip().endswith("?"):
        for sid, name, was_question, _p in reversed(log[:-1]):
            if sid != "unknown" and not was_question:
                return (sid, name), "answers the reporter's question"
    return None, ""


_TITLE_TOKEN = (r"(?:the|The|[A-Z][\w’'.\-]*|[a-z]+['’]s|of|for|" + _OFFICE_WORDS[3:-1] +
                r"|mayor|governor|commander|spokes(?:man|woman|person)|correspondent|analyst|researcher|"
                r"chairman|chairwoman|chair|ceo|founder|expert|member)")
_TITLE_RUN = re.compile(rf"[\s,]*(?:{_TITLE_TOKEN},?\s+){{0,8}}")
_AFTER_TITLED = re.compile(r"\s*,?\s*(?P<rest>[^\"“”«»\n]{0,400}?)\b(?P<verb>" + _SPEECH_ALT + r")\b")
_RELATIVE = re.compile(r"\s*,\s*(?:who|whose)\b[^\"“”«»\n.;]{0,260}?,\s*")
_WORDS_OF_AFTER = re.compile(r"\s*[—–-]+\s*(?:(?:these|those|such)\s+(?:were|are)\s+)?the\s+words\s+of\s+")
_WORDS_OF_NEXT = re.compile(r"\s*(?:These|Those|Such)\s+(?:were|are)\s+the\s+words\s+of\s+")


_COMMA = re.compile(r",\s*")
_QUOTE_FROM = re.compile(r"\s*(?:Quote|Quotes|Statement|Direct speech)\s+(?:from|by|of)\s+", re.IGNORECASE)


def _sentence_subject(doc: _Doc, state: _State, lo: int, hi: int) -> tuple[tuple[str, str], str] | None:
    """The person a sentence is about: its first mention, if that opens the sentence."""
    body = doc.body
    while lo < hi and body[lo].isspace():
        lo += 1
    for m in doc.between(lo, hi):
        if m.possessive or m.kind in ("institution", "anon") or not _is_person(doc.index, m):
            return None
        if m.kind == "name" and " " not in doc.full_name(m.name):
            return None
        if not _TITLE_RUN.fullmatch(body, lo, m.start):
            return None  # only title words before it: "Umerov did not …", "Defence Minister X …"
        who = state.resolve(m, m.start)
        return (who, f"subject of the paragraph before: {m.name}") if who and who[0] != "unknown" else None
    return None


def _titled_subject(doc: _Doc, state: _State, close: int, verb: int) -> tuple[str, str] | None:
    """Sieve 2b: a person named after title words right after the quote, then the cue verb."""
    body = doc.body
    for x in doc.between(close, verb):
        if x.kind in ("pronoun", "institution") or x.possessive:
            continue
        if not _TITLE_RUN.fullmatch(body, close, x.start):
            return None  # "a source close to Zelensky said": not a title before the name
        gap_end = x.end
        rel = _RELATIVE.match(body, gap_end, verb)
        if rel is not None:  # the clause may hold commas of its own: try each closing comma
            ends = [rel.end()] + [c.end() for c in _COMMA.finditer(body, rel.end(), verb)
                                  if not re.search(r"[.;:?!\"“”«»\n]", body[rel.end():c.start()])]
            gap_end = next((e for e in ends if _LIGHT_AFTER_WHO.fullmatch(body, e, verb)), rel.end())
        elif re.match(r",\s", body[gap_end:verb]) and "," in body[close:x.start].strip(" ,"):
            gap_end += 1  # "the city's deputy mayor, Mr Petro Lysenko, said"
        if not _LIGHT_AFTER_WHO.fullmatch(body, gap_end, verb):
            continue
        return state.resolve(x, close)
    return None


_BULLETS = "-•*·–—▪●"


def _list_lead_in(doc: _Doc, state: _State, para: Paragraph) -> tuple[tuple[str, str], str] | None:
    """The one person named in the line that introduces a bulleted list of quotes."""
    body = doc.body
    k = para.index - 1
    while k >= 0 and body[doc.paras[k].start:doc.paras[k].end].lstrip()[:1] in _BULLETS:
        k -= 1
    if k < 0:
        return None
    lead = doc.paras[k]
    if not body[lead.start:lead.end].rstrip().endswith(":"):
        return None
    people = {state.resolve(m) for m in doc.between(lead.start, lead.end)
              if m.kind not in ("pronoun", "institution", "anon") and _is_person(doc.index, m)
              and not (m.kind == "name" and " " not in doc.full_name(m.name))}
    people.discard(None)
    if len(people) != 1:
        return None
    who = people.pop()
    return (who, "named in the list's lead-in") if who is not None and who[0] != "unknown" else None


def _skip_ws(body: str, i: int) -> int:
    while i < len(body) and body[i] in " \t":
        i += 1
    return i


def _pre_verb(doc: _Doc, state: _State, lo: int, hi: int) -> tuple[tuple[str, str], str] | None:
    """Sieve 4: the nearest cue verb before `hi` in the clause from `lo`, with its subject."""
    body = doc.body
    verbs = [v for v in SPEECH_RE.finditer(body, lo, hi) if not doc.in_quote(v.start())]
    for v in reversed(verbs):
        word = v.group(0)
        if word.lower() in ("according to", "asked by"):
            sub = _subject_after(doc, v.end(), hi, pronouns=True)
        else:
            if _PASSIVE.search(body, max(lo, v.start() - 30), v.start()):
                continue  # "Zelensky was asked": the asker is someone else
            found = _subject_before(doc, lo, v.start())
            sub = found[0] if found else _inverted(doc, v.end(), hi)
            if found is not None and found[1]:
                return ("unknown", ""), "two people share the verb"
        if sub is not None:
            who = state.resolve(sub, v.start())
            if who:
                return who, f"{sub.name} {word}"
            if sub.kind == "pronoun":
                return ("unknown", ""), "undecidable pronoun"
    return None


def _inverted(doc: _Doc, verb_end: int, hi: int) -> Mention | None:
    gap = doc.body[verb_end:hi]
    if ":" not in gap and "," not in gap[-3:]:
        return None
    return _subject_after(doc, verb_end, hi)


def _turn_speaker(doc: _Doc, state: _State, q: RawQuote) -> tuple[tuple[str, str] | None, str]:
    label = q.turn_name.strip()
    if label.upper() in _GENERIC_TURNS or label.upper().startswith("UNIDENTIFIED"):
        return ("unknown", ""), "transcript turn (generic label)"
    name = label.title()
    ms = [m for m in doc.index.scan(name) if m.kind not in ("pronoun", "institution", "anon")]
    if ms:
        m = ms[-1]
        if m.kind in ("alias", "fuzzy"):
            return (m.speaker, m.name), "transcript turn"
        if m.kind == "name":
            full = doc.full_name(m.name)
            return (slug_name(full), full), "transcript turn"
    full = doc.full_name(name)
    return (slug_name(full), full), "transcript turn"
