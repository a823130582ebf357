"""Who said a quote in Arabic copy: the tag's verb and the subject after it.

Arabic writes no capital letters, so attribution's name finder (runs of capitals) sees no name in an Arabic
story, and its conjunctions and prepositions are joined to the next word ("وقالت", "للعمري"), so a tag verb
is no whole word for a `\\b` pattern. This module reads an Arabic story's tags on their own terms, word by word
(lang/ar.toml): a verb of saying ("قال", "وأضافت", "قائلا") or "according to" ("وفقا للعمري"), then the subject
after it up to a stop word or a comma — a known speaker's alias anywhere in it, else the name after the titles
("وزير الطاقة والمياه وليد حمادة" → "وليد حمادة"), else a title alone ("قال الوزير": the last one named with
it), a surname alone (the full name the story gave it before), an honorific pronoun ("سعادته"). A verb with no
subject after it ("وقالت: …", "«…»، أضافت.") is the last person named before it whose gender the verb's
ending fits, unless its own sentence names one before the verb ("مصدر حكومي … قال:": nobody). Every person the
story names (after a verb or a title, or by a known alias) is a `Named` event, in text order, that these look
back over. Only an article with Arabic letters builds one (`has_arabic`): other stories pay a single search.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from dateline.lexicon import arabic_words
from dateline.model import Speaker
from dateline.names import slug_name

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_COMMON_LETTERS = ("ا", "ل", "ي", "و", "ن", "م")
# a word: a run of Arabic letters with its marks and the tatweel of "لـ"
_WORD = re.compile(r"[\u0621-\u065F\u0670-\u06D3\u0640]+")
# what ends a tag's subject besides a stop word: a comma, a colon, a full stop, a quote mark, a bracket, a line
_SUBJECT_END = re.compile(r"[،,:;.!?؟«»\"“”()\n–—-]")
_SENTENCE_END = re.compile(r"[.!?؟\n:]")
_WORDS = arabic_words()
_VERBS = _WORDS.verbs_he | _WORDS.verbs_she | _WORDS.according
_TITLES = _WORDS.titles_he | _WORDS.titles_she
_PRONOUNS = _WORDS.he_honorifics | _WORDS.she_honorifics
BYLINE_LABELS = _WORDS.byline_labels
# an interview's byline or intro naming who asks: "حاورها: X", "يحاوره الصحفي X", "أجرت الحوار: X"
_INTERVIEWER = re.compile("(?<![\u0621-\u064A])(?:" + "|".join(sorted(map(re.escape, _WORDS.interviewer_verbs),
                                                                      key=lambda w: (-len(w), w))) + ")[ \t]*:?[ \t]*")


def has_arabic(text: str) -> bool:
    """Whether `text` holds an Arabic letter: the cheap gate before any of this module's work. A text of more
    than a line is Arabic only with one of its six commonest letters in it (alef and lam, the article "ال" of
    nearly every sentence, ya, waw, nun, mim), which a string search finds ~15-400 times faster than a
    character class scans a whole English body (0.2 ms of 6 KB, three times an article); a short one (a
    quote's words, an alias) is scanned."""
    if len(text) > 120:
        return any(letter in text for letter in _COMMON_LETTERS)
    return _ARABIC_LETTER.search(text) is not None


def _bare(word: str) -> list[str]:
    """The forms a written word may be of a listed one: itself, without a joined "و"/"ف" (and), "ب"/"ل"
    (with, to), with "لل" read as "ال" ("للعمري" → "العمري"), and "لـ" cut ("لـالغد")."""
    forms = [word]
    w = word
    if w[:1] in "وف" and len(w) > 2:
        w = w[1:]
        forms.append(w)
    if w.startswith("لل") and len(w) > 3:
        forms.append("ال" + w[2:])
    elif w.startswith("لـ"):
        forms.append(w[2:])
    elif w[:1] in "بل" and len(w) > 3:
        forms.append(w[1:])
    return forms


def _verb(word: str) -> str:
    """The gender a verb of saying gives ("f", "m", "" for "according to"), or None when `word` is none."""
    for form in _bare(word)[:2]:  # only a joined "and" before a verb: "وقالت", "فأضاف"
        if form in _WORDS.verbs_she:
            return "f"
        if form in _WORDS.verbs_he:
            return "m"
        if form in _WORDS.according:
            return "a"
    return ""


def arabic_speech(before: str, quoted: str) -> bool:
    """Whether the words `quoted` are said, by their sentence before them (`before`): it holds an Arabic verb of
    saying or "according to", and neither the word just before the mark nor the quote's first word is a noun
    that makes them a name ("على منصة «…»", "لـ«الغد»", "«صندوق …»"), nor is the sentence the writer's scare
    quote ("ما وصفته النقابة بـ«…»")."""
    words = _WORD.findall(before)
    if not any(_verb(w) for w in words):
        return False
    last = words[-1] if words else ""
    if last in ("ل", "لـ") or before.rstrip().endswith("لـ"):
        return False  # "لـ«الغد»": the outlet told
    first = _WORD.match(quoted.lstrip())
    # (a noun in construct, no article: "منصة «…»"; "المشروع «الأهم …»" is the object of what is said of it)
    if any(f in _WORDS.term_nouns for w in (last, first.group() if first else "") for f in _bare(w)):
        return False
    return not any(f in _WORDS.scare_words for w in words[-4:] for f in _bare(w))


def arabic_whole(before: str) -> bool:
    """Whether words in marks after `before` (their sentence up to the mark) are a whole quote, not a fragment: they
    follow "according to X," with its comma or "فإن" ("ووفقا للعمري، فإن «…»", "وبحسب الخصاونة، «…»"); Arabic has no
    capital to show a sentence opening."""
    words = _WORD.findall(before)
    if not any(_verb(w) == "a" for w in words[:4]):
        return False
    return before.rstrip().endswith(("،", ",")) or (bool(words) and words[-1] in ("فإن", "إن"))


class Named(NamedTuple):
    """A person the story names, where it does: their id, name as written in full, gender ("f", "m", "") and
    the titles written before the name ("وزير المياه والري")."""

    pos: int
    id: str
    name: str
    gender: str
    titles: str


class Said(NamedTuple):
    """A tag's answer: the speaker's id and name ("unknown" and "" for someone unnamed) and why."""

    id: str
    name: str
    how: str


class ArabicTags:
    """One Arabic article's tag verbs and the people it names (built once per article, on first ask)."""

    def __init__(self, body: str, in_quote: Callable[[int], bool], speakers: Sequence[Speaker]) -> None:
        self.body = body
        self.in_quote = in_quote
        self.aliases: dict[str, tuple[str, str]] = {}  # an Arabic alias → (id, the speaker's name)
        for s in speakers:
            for alias in (s.name, *s.aliases):
                if has_arabic(alias):
                    self.aliases.setdefault(alias, (s.id, s.name))
        self.longest = max((len(a.split()) for a in self.aliases), default=1)
        self.words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(body) if not in_quote(m.start())]
        self.starts = [w[0] for w in self.words]
        self.named: list[Named] = []
        self._collect()
        self.gender_of: dict[str, str] = {}
        for n in self.named:
            if n.gender and n.id not in self.gender_of:
                self.gender_of[n.id] = n.gender

    # -- reading the words -------------------------------------------------------------------------------
    def _subject(self, i: int, frm: int) -> list[tuple[int, int, str]]:
        """The words of a subject from word index `i` (the text from `frm`, the verb's end, on): up to a stop
        word or a comma, colon, mark or line end."""
        run: list[tuple[int, int, str]] = []
        while i < len(self.words):
            s, e, w = self.words[i]
            if _SUBJECT_END.search(self.body, run[-1][1] if run else frm, s):
                break
            if w in _WORDS.stops or (run and (_verb(w) or w in _PRONOUNS)) or len(run) >= 9:
                break
            if w.startswith("لـ") or (w.startswith("لل") and not self._alias_at([(s, e, w)], 0)):
                break  # "لـ«الغد»", "للوكالة": to whom, not who
            run.append((s, e, w))
            i += 1
        return run

    def _alias_at(self, run: Sequence[tuple[int, int, str]], k: int) -> tuple[str, str, int] | None:
        """The known speaker whose alias starts at run[k] (the longest), with how many words it takes."""
        for n in range(min(self.longest, len(run) - k), 0, -1):
            rest = " ".join(w for _s, _e, w in run[k + 1:k + n])
            for first in _bare(run[k][2]):
                hit = self.aliases.get(f"{first} {rest}" if rest else first)
                if hit is not None:
                    return hit[0], hit[1], n
        return None

    def _read(self, run: Sequence[tuple[int, int, str]], gender: str) -> Named | None:
        """The person a subject's words name: a known alias in them, else the name after the titles."""
        if not run or any(f in _PRONOUNS for f in _bare(run[0][2])):
            return None  # "وقال سعادته": the one named before, not a name
        pos = run[0][0]
        for k in range(len(run)):
            hit = self._alias_at(run, k)
            if hit is not None:
                titles = " ".join(w for _s, _e, w in run[:k])
                return Named(pos, hit[0], hit[1], gender or self._title_gender(run[:k]), titles)
        words = [w for _s, _e, w in run]
        if any(w in _WORDS.anonymous or w.removeprefix("ال") in _WORDS.anonymous for w in words):
            return Named(pos, "unknown", "", gender, "")
        # the name: the words after the last title or office word, two at most, with the word a particle joins
        # ("عبد الإله", "أبو محمد", "سالم بن حمد")
        k = len(words)
        while k > 0 and words[k - 1] not in _TITLES and words[k - 1] not in _WORDS.office_words:
            k -= 1
        if k == len(words) and k >= 2 and words[-2] not in _TITLES and words[-2] not in _WORDS.office_words:
            k -= 2  # "كارين سعادة": a family name that is also a title, after a given name
        name = words[k:]
        # a name's word never opens with a preposition or "and" joined to the article: the words before the last
        # such one are an office's ("ممثلة البنك الدولي بالمغرب X", "المكلف بالعلاقات": no name after them)
        cut = [j for j, w in enumerate(name) if w.startswith(("بال", "لل", "وال", "كال", "فال"))]
        if cut:
            name = name[cut[-1] + 1:]
        if not name:
            return Named(pos, "", "", gender or self._title_gender(run), " ".join(words))
        keep = name[-2:]
        j = len(name) - len(keep)
        while j > 0 and (name[j - 1] in _WORDS.particles or (j < len(name) and name[j] in _WORDS.particles)):
            j -= 1
            keep = name[j:]
        titles = " ".join(words[:len(words) - len(keep)])
        return Named(pos, "", " ".join(keep), gender or self._title_gender(run[:len(words) - len(keep)]), titles)

    @staticmethod
    def _title_gender(run: Sequence[tuple[int, int, str]]) -> str:
        for _s, _e, w in run:
            for form in _bare(w):
                if form in _WORDS.titles_she:
                    return "f"
                if form in _WORDS.titles_he:
                    return "m"
        return ""

    def _collect(self) -> None:
        """Every person the story names, in text order: after a verb, after a title, or by a known alias."""
        seen: set[int] = set()
        for i, (s, _e, w) in enumerate(self.words):
            if i in seen:
                continue
            gender = _verb(w)
            titled = any(f in _TITLES for f in _bare(w))
            if titled and i > 0 and "،" in self.body[self.words[i - 1][1]:s] \
                    and (named := self._apposed(i)) is not None:
                self.named.append(self._resolved(named))  # "يقف X، سائق سيارة أجرة": X is the driver
                continue
            if gender or titled:
                run = self._subject(i + 1, _e) if gender else self._subject(i, s)
                named = self._read(run, "" if gender == "a" else gender)
                if named is not None and (named.id or named.name):
                    self.named.append(self._resolved(named))
                    seen.update(range(i, i + 1 + len(run)))
                continue
            hit = self._alias_at(self.words[i:i + self.longest], 0)
            if hit is not None:
                self.named.append(Named(s, hit[0], hit[1], "", ""))
                seen.update(range(i, i + hit[2]))

    def _apposed(self, i: int) -> Named | None:
        """The name a title after a comma stands in apposition to ("منير X، سائق …", "عبد الإله X، الكاتب
        العام"): the two words before the comma (three with a particle), none of them a verb or a stop word."""
        keep: list[tuple[int, int, str]] = []
        k = i - 1
        while k >= 0 and len(keep) < 4:
            w = self.words[k][2]
            if _verb(w) or w in _WORDS.stops or w in _TITLES or w in _WORDS.office_words or (
                    keep and _SUBJECT_END.search(self.body, self.words[k][1], keep[0][0])):
                break
            if len(keep) >= 2 and self.words[k + 1][2] not in _WORDS.particles and w not in _WORDS.particles:
                break
            keep.insert(0, self.words[k])
            k -= 1
        if len(keep) < 2:
            return None
        named = self._read(keep, "")
        if named is None or not (named.id or named.name):
            return None
        title = self.words[i][2]
        return named._replace(gender=named.gender or self._title_gender([self.words[i]]),
                              titles=f"{named.titles} {title}".strip())

    def _resolved(self, n: Named) -> Named:
        """A name read off the words, as a speaker: a surname alone is the full name the story gave it before."""
        if n.id or not n.name:
            return n
        if " " not in n.name:
            for earlier in reversed(self.named):
                if earlier.name.split(" ")[-1] == n.name and earlier.id:
                    return n._replace(id=earlier.id, name=earlier.name, gender=n.gender or earlier.gender)
        return n._replace(id=slug_name(n.name))

    # -- answering a quote --------------------------------------------------------------------------------
    def _last(self, at: int, gender: str, title: str = "") -> Named | None:
        """The last person named before `at` whom a verb of `gender` or the title `title` may mean."""
        for n in reversed(self.named[:bisect_left([x.pos for x in self.named], at)]):
            if not n.id or n.id == "unknown":
                continue
            g = n.gender or self.gender_of.get(n.id, "")
            if gender and g and g != gender:
                continue
            if title and title not in n.titles.replace("ال", " ").split() and title not in n.titles.split():
                continue
            return n
        return None

    def _answer(self, i: int, gender: str, at: int) -> Said | None:
        """The speaker of a tag whose verb is word `i` (of `gender`): its subject, else the one it carries."""
        run = self._subject(i + 1, self.words[i][1])
        if len(run) == 1 and run[0][2][:1] == "ل" and self._alias_at(run, 0) is None:
            run = []  # "قال لهسبريس:": to whom he said it
        if len(run) == 1 and any(f in _PRONOUNS for f in _bare(run[0][2])):
            g = "f" if any(f in _WORDS.she_honorifics for f in _bare(run[0][2])) else "m"
            n = self._last(at, g)
            return Said(n.id, n.name, f"Arabic tag: {run[0][2]}") if n else None
        named = self._read(run, "" if gender == "a" else gender)
        if named is not None:
            if named.id == "unknown":
                return Said("unknown", "", "Arabic tag: someone unnamed")
            if named.id or named.name:
                n = self._resolved(named)
                return Said(n.id, n.name, f"Arabic tag: {self.words[i][2]} {n.name}")
            title = next((w.removeprefix("ال") for w in named.titles.split() if w in _TITLES), "")
            apposed = self._alias_after(i, at)  # "أكد الوزير المنتدب …، الناطق …، X، …": the name further on
            if apposed is not None:
                return apposed
            if title:
                n = self._last(at, named.gender or gender, title)
                return Said(n.id, n.name, f"Arabic tag: {named.titles} = {n.name}") if n else None
            return None
        # no subject after the verb: one named before it in its own sentence, else the last one it fits
        s = self.words[i][0]
        lo = max((m.end() for m in _SENTENCE_END.finditer(self.body, max(0, s - 400), s)), default=max(0, s - 400))
        before = [w for w in self.words[bisect_left(self.starts, lo):i]]
        for k in range(len(before)):
            if before[k][2] in _WORDS.anonymous or before[k][2].removeprefix("ال") in _WORDS.anonymous:
                return Said("unknown", "", "Arabic tag: someone unnamed")
            hit = self._alias_at(before, k)
            if hit is not None:
                return Said(hit[0], hit[1], f"Arabic tag: {hit[1]} … {self.words[i][2]}")
        n = self._last(s, "" if gender == "a" else gender)
        return Said(n.id, n.name, f"Arabic tag: {self.words[i][2]} (the last named: {n.name})") if n else None

    def _alias_after(self, i: int, at: int) -> Said | None:
        """A known speaker named after a tag's titles and their commas, before "أن" or the quote (`at`)."""
        run: list[tuple[int, int, str]] = []
        for s, e, w in self.words[i + 1:bisect_left(self.starts, at)]:
            if w in ("أن", "إن", "بأن") or (run and _SENTENCE_END.search(self.body, run[-1][1], s)):
                break
            run.append((s, e, w))
        for k in range(len(run)):
            hit = self._alias_at(run, k)
            if hit is not None:
                return Said(hit[0], hit[1], f"Arabic tag: {self.words[i][2]} … {hit[1]}")
        return None

    def before(self, lo: int, opening: int) -> Said | None:
        """The tag before a quote whose opening mark is at `opening`: the last verb of saying between `lo`
        (its paragraph's start) and the mark, with nothing but its subject and a phrase between."""
        k = bisect_left(self.starts, opening) - 1
        floor = bisect_left(self.starts, lo)
        while k >= floor:
            gender = _verb(self.words[k][2])
            if gender:
                return self._answer(k, gender, opening)
            k -= 1
        return None

    def after(self, close: int, hi: int) -> Said | None:
        """The tag after a quote's closing mark ("«…»، قالت X", "«…»، أضافت."): a comma, then the verb."""
        m = re.compile(r"[\s»”\"]*[،,]\s*").match(self.body, close, hi)
        if m is None:
            return None
        k = bisect_left(self.starts, m.end())
        if k >= len(self.words) or self.words[k][0] != m.end():
            return None
        gender = _verb(self.words[k][2])
        return self._answer(k, gender, close) if gender else None

    def _interviewer(self) -> Said | None:
        """Who asks in an interview: the one its byline or intro names after "حاورها:", "يحاوره الصحفي"."""
        m = _INTERVIEWER.search(self.body)
        if m is None:
            return None
        k = bisect_left(self.starts, m.end())
        named = self._read(self._subject(k, m.end()), "")
        if named is None or not (named.id or named.name) or named.id == "unknown":
            return None
        n = self._resolved(named)
        return Said(n.id, n.name, f"Arabic interview: asked by {n.name} ({m.group().strip(' :')})")

    def turn(self, label: str, at: int, first_turn: int) -> Said | None:
        """The speaker of an Arabic transcript's turn under `label` (`arabic_turns`): the question's label is who
        the byline says asks, the answer's the one the story named before its first turn; an office alone
        (`رئيس المجلس:`) is the one the header named with it; a title and a name (`النائب X:`) the name; a label
        that names nobody (an outlet's, `النهار:`) the interviewer."""
        words = [(0, len(w), w) for w in label.split()]
        if label in _WORDS.question_labels:
            return self._interviewer()
        if label in _WORDS.answer_labels:
            asker = self._interviewer()
            for n in self.named:
                if n.pos >= first_turn:
                    break
                if n.id and n.id != "unknown" and (asker is None or n.id != asker.id):
                    return Said(n.id, n.name, f"Arabic interview: answered by {n.name}, named before")
            return None
        hit = self._alias_at(words, 0) if len(words) <= self.longest else None
        if hit is not None and hit[2] == len(words):
            return Said(hit[0], hit[1], f"Arabic turn: {label}")
        for k in range(len(words)):
            hit = self._alias_at(words, k)
            if hit is not None:
                return Said(hit[0], hit[1], f"Arabic turn: {label}")
        for n in reversed(self.named[:bisect_left([x.pos for x in self.named], at)]):
            if n.id and n.id != "unknown" and (n.titles == label or n.titles.endswith(" " + label)
                                               or n.titles.startswith(label + " ") or f" {label} " in n.titles):
                return Said(n.id, n.name, f"Arabic turn: {label} = {n.name}, named with it before")
        named = self._read(words, "")
        if named is not None and named.name and (len(words) > 1 or any(
                x.name.split(" ")[-1] == label for x in self.named if x.id)):
            n = self._resolved(named)
            if n.id:
                return Said(n.id, n.name, f"Arabic turn: {label}")
        if named is not None and not named.name and named.titles:
            title = next((w.removeprefix("ال") for w in named.titles.split() if w in _TITLES), "")
            holder = self._last(at, named.gender, title) if title else None
            if holder is not None:
                return Said(holder.id, holder.name, f"Arabic turn: {label} = {holder.name}")
        return self._interviewer()  # an outlet's label (`النهار:`): the one who asks for it


# Arabic-Indic and Persian digits as 0-9, one character for one (offsets hold)
_EASTERN_DIGITS = str.maketrans({chr(zero + n): str(n) for zero in (0x0660, 0x06F0) for n in range(10)})
_HIJRI = re.compile(r"\d{1,2}[ \t]+(?:" + "|".join(map(re.escape, _WORDS.hijri_months)) + r")[ \t]+\d{3,4}[ \t]*هـ?"
                    r"(?:[ \t]*(?:" + "|".join(map(re.escape, sorted(_WORDS.corresponding, key=len, reverse=True)))
                    + r"))?")
_COMMON_ERA = re.compile(r"(?<=\d{4})م(?![\u0621-\u064A])")


def date_reading(text: str) -> str:
    """`text` as the date readers read it, of the same length (every offset holds): Arabic-Indic digits as 0-9, a
    Hijri date beside the Gregorian one blanked ("25 جمادى الآخرة 1448 هـ الموافق"), the Common Era's "م" after a
    year cut. `text` itself when it has none of these (an English text: one search)."""
    if not has_arabic(text):  # (Arabic-Indic digits stand in Arabic copy: a text with none of its letters is left)
        return text
    read = text.translate(_EASTERN_DIGITS)
    read = _HIJRI.sub(lambda m: " " * len(m.group()), read)
    return _COMMON_ERA.sub(" ", read)


def date_unread(text: str, reading: str, result: str) -> str:
    """`result` — `reading` with parts cut (a header's date line) — as the same cuts of `text` (`date_reading`
    keeps every offset, so each kept character of `reading` is one of `text`)."""
    if result == reading:
        return text
    from difflib import SequenceMatcher

    blocks = SequenceMatcher(None, reading, result, autojunk=False).get_matching_blocks()
    out = [""] * len(result)
    for a, b, size in blocks:
        out[b:b + size] = text[a:a + size]
    return "".join(out) if all(out) or not result else result
