"""markdown.py: the one renderer, and its shortcut for plain prose, which must render exactly as
markdown-it does whenever it is taken."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from dateline import markdown

DATA = Path(__file__).parent / "data"
# Plain letters and punctuation most of the time, so that many samples take the shortcut; every
# character that means something to CommonMark (or to its whitespace handling) now and then.
PROSE = [*"abcdefghij klmnop, qrstu. vwxyz’“”—'\"", "Zoë", "Kyiv", "2023", "12", " "]
SYNTAX = [*"\\`*_[]<>&!#=+-~|:()0123456789.\t\r\x00\u00a0\u2003\x0b\x0c",
          "  ", "    ", "\n", "\n\n", "1. ", "- ", "> ", "# ", "---", "==="]


def _sample(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 40)):
        r = rng.random()
        parts.append(rng.choice(SYNTAX) if r < 0.08 else "\n" if r < 0.16 else "\n\n" if r < 0.2 else rng.choice(PROSE))
    return "".join(parts)


def test_the_plain_prose_shortcut_renders_what_markdown_it_renders() -> None:
    rng = random.Random(16)
    taken = 0
    for _ in range(20_000):
        text = _sample(rng)
        fast = markdown._plain_paragraphs(text)
        if fast is not None:
            taken += 1
            assert fast == markdown.renderer().render(text), repr(text)
    assert taken > 2000, "the samples exercise the shortcut"


def test_real_bodies_render_the_same_either_way() -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*.md"))]
    bodies = [t.split("\n---\n", 1)[-1] for t in texts]  # past the front matter, or the whole file
    assert sum(markdown._plain_paragraphs(b) is not None for b in bodies) > 10, "some take the shortcut"
    for body in bodies:
        assert markdown.render(body) == markdown.renderer().render(body)


@pytest.mark.parametrize("text", ["*stress*", "a\n---", "# Head", "1. item", "line  \nbreak", " lead", "x &amp; y",
                                  "<b>raw</b>", "[a](b)", "tab\tin", "a\u00a0", "\u00a0a", "> quoted", "    code"])
def test_markdown_syntax_goes_to_markdown_it(text: str) -> None:
    assert markdown._plain_paragraphs(text) is None
    assert markdown.render(text) == markdown.renderer().render(text)


def test_plain_paragraphs_escape_double_quotes_and_keep_soft_breaks() -> None:
    assert markdown.render('He said "no".\nThen left.\n\n  \nNext.') == (
        "<p>He said &quot;no&quot;.\nThen left.</p>\n<p>Next.</p>\n")


def test_character_references_of_plain_characters_are_read_as_typed() -> None:
    """A body pasted from a page's source spells its marks as references: decoded, its quotes are found."""
    body = ("Mayor Lena Brandt said &ldquo;the levy stays,&rdquo; on&nbsp;Monday.\n\n"
            "&#8220;We cannot wait,&#x201D; she said. &quot;Never.&quot; It&#39;s done.")
    assert markdown.character_references(body) == (
        "Mayor Lena Brandt said “the levy stays,” on\u00a0Monday.\n\n"
        "“We cannot wait,” she said. \"Never.\" It's done.")
    # what renders the same either way renders the same
    assert markdown.render(markdown.character_references(body)) == markdown.render(body)


@pytest.mark.parametrize("body", [
    "a &lt;b&gt; tag &amp; more",            # markup characters stay references (else they would be markup)
    "&#42;not emphasis&#42; and &#35; no heading",
    "an override &#8238;here and &#x202E; there, a break &#10; and a &#xE000; private one",
    "no such &madeup; entity, no semicolon &ldquo here",
    "code `&ldquo;x&rdquo;` stays",
    "```\n&ldquo;fenced&rdquo;\n```",
])
def test_references_with_markdown_meaning_or_in_code_stay(body: str) -> None:
    assert markdown.character_references(body) == body


def test_only_the_text_outside_code_is_decoded_and_every_line_stays() -> None:
    body = "&ldquo;One,&rdquo; she said.\n\n```\n&ldquo;two&rdquo;\n```\n\n`&rsquo;` and &rsquo;three&rsquo;"
    got = markdown.character_references(body)
    assert got == "“One,” she said.\n\n```\n&ldquo;two&rdquo;\n```\n\n`&rsquo;` and ’three’"
    assert got.count("\n") == body.count("\n")
