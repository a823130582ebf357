"""Romanisation of the North Indian Brahmic scripts (Devanagari, Bengali, Gurmukhi, Gujarati) for ids.

Letter-by-letter romanisation (`anyascii`) drops the vowel every consonant of these scripts carries
unless a vowel sign or a virama says otherwise: "रघुवीर प्रसाद कोल" was `rghuvir-prsad-kol`, a name no
newsroom writes. Here a consonant carries its "a", and the schwa Hindi does not say goes as a newsroom
spelling drops it — at a word's end ("प्रसाद" → "prasad", but "मिश्र" → "mishra" after a conjunct) and,
in Devanagari, Gurmukhi and Gujarati, in the middle between a vowel-consonant and a consonant-vowel
(Ohala's rule, right to left: "अहिरवार" → "ahirvar", "लखनऊ" → "lakhnau"). The four scripts share one
layout (their Unicode blocks follow ISCII: the same letter at the same offset), so one table serves
them all. Other scripts are not touched here.
"""

from __future__ import annotations

import re

from anyascii import anyascii

# Devanagari U+0900, Bengali U+0980, Gurmukhi U+0A00, Gujarati U+0A80: a word is a run of their letters and marks
BRAHMIC_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f\u0980-\u09e3\u09f0-\u09f1\u0a00-\u0a63\u0a70-\u0a75"
                          r"\u0a80-\u0ae3\u0af9-\u0aff]+")
_HINDI_LIKE = frozenset({0x0900, 0x0A00, 0x0A80})  # the scripts whose medial schwa goes too (not Bengali's)

# consonants by offset in the block (ISCII order)
_CONSONANTS = dict(zip(range(0x15, 0x3A), [
    "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t", "th", "d", "dh", "n",
    "n", "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "l", "v", "sh", "sh", "s", "h"], strict=True))
_CONSONANTS |= {0x58: "q", 0x59: "kh", 0x5A: "gh", 0x5B: "z", 0x5C: "d", 0x5D: "dh", 0x5E: "f", 0x5F: "y",
                0x4E: "t"}  # Devanagari's composed nukta letters; Bengali's khanda ta "ৎ" (a t with no vowel)
_INDEPENDENT_VOWELS = dict(zip(range(0x05, 0x15), [
    "a", "a", "i", "i", "u", "u", "ri", "li", "e", "e", "e", "ai", "o", "o", "o", "au"], strict=True))
_INDEPENDENT_VOWELS |= {0x60: "ri", 0x61: "li", 0x72: "a", 0x73: "u"}  # Gurmukhi's vowel bearers "ੲ", "ੳ"
_VOWEL_SIGNS = dict(zip(range(0x3E, 0x4D), [
    "a", "i", "i", "u", "u", "ri", "ri", "e", "e", "e", "ai", "o", "o", "o", "au"], strict=True))
_VOWEL_SIGNS |= {0x62: "li", 0x63: "li", 0x57: "au"}  # Bengali's au length mark, when written alone
_VIRAMA, _NUKTA, _ANUSVARA, _CANDRABINDU, _VISARGA = 0x4D, 0x3C, 0x02, 0x01, 0x03
_TIPPI, _ADDAK = 0x70, 0x71  # Gurmukhi's nasal and its doubling of the next consonant
# a nukta under a consonant: the Perso-Arabic sounds ("क़" q, "ज़" z, "फ़" f); Gurmukhi writes "ਸ਼" sh with
# it. The flapped "ड़" stays "d", as names spell it ("धाकड़" → "dhakad", "राठौड़" → "rathod")
_NUKTA_SOUND = {"k": "q", "g": "gh", "j": "z", "ph": "f", "s": "sh"}
_LABIALS = frozenset({"p", "ph", "b", "bh", "m"})  # an anusvara before them is "m" ("शंभु" → "shambhu")

_DEVANAGARI_VA = "\u0935"  # "w" inside a word before an "a" or after a consonant: "तिवारी" tiwari, "द्विवेदी" dwivedi

_INHERENT = "\0"  # a consonant's own vowel, until the schwa rule decides


class _Syllable:
    """A consonant (or none, for an independent vowel), its vowel (`_INHERENT`, a sign's, or None under
    a virama), and what follows the vowel (a nasal, a visarga)."""

    __slots__ = ("coda", "consonant", "double", "vowel")

    def __init__(self, consonant: str, vowel: str | None) -> None:
        self.consonant, self.vowel, self.coda, self.double = consonant, vowel, "", False


def _syllables(word: str) -> tuple[list[_Syllable], list[int]]:
    """The word as syllables, and where an anusvara stood (its sound depends on the next consonant)."""
    out: list[_Syllable] = []
    nasals: list[int] = []
    double = False
    for ch in word:
        offset = ord(ch) & 0x7F
        bengali = 0x980 <= ord(ch) < 0xA00
        if (offset in _CONSONANTS and (offset != 0x4E or bengali)) or (bengali and offset in (0x70, 0x71)):
            out.append(_Syllable(_CONSONANTS.get(offset) or ("r" if offset == 0x70 else "w"), _INHERENT))
            out[-1].double, double = double, False
            if ch == _DEVANAGARI_VA and len(out) > 1:
                # after a conjunct's virama "w"; else settled by its vowel once the schwas are known
                out[-1].consonant = "w" if out[-2].vowel is None else "w?"
        elif offset in _INDEPENDENT_VOWELS:
            out.append(_Syllable("", _INDEPENDENT_VOWELS[offset]))
        elif not out:
            continue
        elif offset in _VOWEL_SIGNS:
            out[-1].vowel = _VOWEL_SIGNS[offset]
        elif offset == _VIRAMA:
            out[-1].vowel = None
        elif offset == _NUKTA:
            out[-1].consonant = _NUKTA_SOUND.get(out[-1].consonant, out[-1].consonant)
        elif offset in (_ANUSVARA, _CANDRABINDU) or (offset == _TIPPI and 0xA00 <= ord(ch) < 0xA80):
            out[-1].coda = "n"
            nasals.append(len(out) - 1)
        elif offset == _VISARGA:
            out[-1].coda = "h"
        elif offset == _ADDAK and 0xA00 <= ord(ch) < 0xA80:
            double = True
    return out, nasals


def _drop_schwas(syl: list[_Syllable], medial: bool) -> None:
    """The inherent vowels Hindi does not say, as None: a word's last (not after a conjunct, not in a
    one-consonant word), then, right to left, one between a vowel-consonant and a consonant-vowel."""
    def spoken(s: _Syllable) -> bool:
        return s.vowel is not None
    last = syl[-1]
    if (len(syl) > 1 and last.consonant and last.vowel == _INHERENT and not last.coda
            and spoken(syl[-2])):
        last.vowel = None
    if not medial:
        return
    for i in range(len(syl) - 2, 0, -1):
        s, left, right = syl[i], syl[i - 1], syl[i + 1]
        if (s.vowel == _INHERENT and not s.coda and s.consonant and not s.double and spoken(left)
                and not left.coda and right.consonant and spoken(right) and not right.double):
            s.vowel = None


def romanise_word(word: str) -> str:
    """One word of these scripts in Latin letters, as a newsroom spells a name: "हरिशंकर" → "harishankar",
    "रश्मि" → "rashmi", "सिंह" → "singh". Digits and signs of no sound keep `anyascii`'s reading."""
    syl, nasals = _syllables(word)
    if not syl:
        return anyascii(word)
    _drop_schwas(syl, (ord(word[0]) & ~0x7F) in _HINDI_LIKE)
    for s in syl:
        if s.consonant == "w?":  # Hindi names' "w" before an "a" ("pawar"), else "v" ("devendra", "shivraj")
            s.consonant = "w" if s.vowel in (_INHERENT, "a") else "v"
    for i in nasals:  # the anusvara's sound is the next consonant's place
        following = syl[i + 1] if i + 1 < len(syl) else None
        if following is not None and following.consonant in _LABIALS:
            syl[i].coda = "m"
        elif following is not None and following.consonant == "h" and following.vowel is None:
            syl[i].coda = "ng"  # "सिंह" → "singh"
    parts = []
    for s in syl:
        consonant = s.consonant[:1] + s.consonant if s.double and s.consonant else s.consonant
        vowel = "a" if s.vowel == _INHERENT else s.vowel or ""
        parts.append(consonant + vowel + s.coda)
    return "".join(parts)


def romanise(text: str) -> str:
    """`text` with each word of these scripts romanised (`romanise_word`), the rest by `anyascii`."""
    out, at = [], 0
    for m in BRAHMIC_WORD.finditer(text):
        out.append(anyascii(text[at:m.start()]))
        out.append(" " + romanise_word(m.group(0)) + " ")
        at = m.end()
    out.append(anyascii(text[at:]))
    return "".join(out)
