"""A saved social post (`webpage.post_page`): its page's title names the account ("Jane Doe (@janedoe)
on X"), so the article's title is the post's own first sentence and the account is kept, as the
author and as the speaker hint. The pages, accounts and people are invented, in the shapes of an X
post saved from the browser, a Bluesky post and a Mastodon toot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline import importer, webpage
from dateline.load import read_source, split_front_matter


def _post(title: str, text: str, lang: str = "en", site: str = "X (formerly Twitter)", counts: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{site}"><meta property="og:title" content="{title}">'
            f'<meta property="og:description" content="{text}"></head><body><main role="main">'
            '<div><h2 dir="ltr">Post</h2></div><article data-testid="tweet" role="article">'
            f'<div data-testid="tweetText" lang="{lang}"><span>{text}</span></div>'
            '<time datetime="2026-11-28T23:05:00.000Z">11:05 PM · Nov 28, 2026</time>'
            f'{counts}</article></main></body></html>')


BRIDGE = ("The last span of the harbour bridge went in tonight. It opens in spring, and residents will never pay a "
          "toll to cross their own harbour. Thank you to every crew who worked through the storms.")
PUENTE = ("Hoy firmamos con el gobierno provincial el convenio que financia la segunda etapa del puente sobre el "
          "riacho, la ampliación del muelle y las nuevas defensas costeras del barrio sur de la ciudad, "
          "después de dos años de reclamos. Gracias a todos los vecinos.")
COUNTS = ('<div><span>48.2K</span> <span>Views</span></div>'
          '<div role="group"><span>312</span> Replies <span>1.1K</span> Reposts <span>4.6K</span> Likes</div>')


@pytest.mark.parametrize(("title", "text", "lang", "want", "account"), [
    ("Ana Ruiz (@mayoranaruiz) on X", BRIDGE, "en", "The last span of the harbour bridge went in tonight",
     "Ana Ruiz (@mayoranaruiz)"),
    # X in Spanish; a first sentence past 90 characters is cut at a word, with an ellipsis
    ("Ana Ruiz (@intendentaruiz) en X", PUENTE, "es-AR",
     "Hoy firmamos con el gobierno provincial el convenio que financia la segunda etapa del…",
     "Ana Ruiz (@intendentaruiz)"),
    ("Tomás Ferreyra (@tferreyra.bsky.social) — Bluesky", "Mañana votamos el presupuesto. Vamos a votar en contra.",
     "es", "Mañana votamos el presupuesto", "Tomás Ferreyra (@tferreyra.bsky.social)"),
    ("Kari Nordvik (@kari@sosial.example)", "Vi stemmer nei til bompengene. Punktum.", "nb",
     "Vi stemmer nei til bompengene", "Kari Nordvik (@kari@sosial.example)"),
])
def test_a_posts_title_is_its_first_sentence_and_its_account_is_kept(title: str, text: str, lang: str, want: str,
                                                                     account: str) -> None:
    page = webpage.read_page(_post(title, text, lang, counts=COUNTS))
    assert (page.title, page.account, page.author) == (want, account, account)
    assert page.paragraphs[0].startswith(text[:40])
    assert not any("Views" in p or "Reposts" in p for p in page.paragraphs)  # the platform's counts are no text


@pytest.mark.parametrize("title", [
    "Mayor Ruiz (@mayoranaruiz) says the harbour bridge opens in spring",  # a headline naming a handle
    "Ana Ruiz on X: “The last span of the harbour bridge went in tonight.” / X",  # the post in the title already
])
def test_a_title_that_says_more_than_the_account_is_kept(title: str) -> None:
    page = webpage.read_page(_post(title, BRIDGE))
    assert page.account == ""
    assert page.title != "The last span of the harbour bridge went in tonight"


def test_the_import_names_the_accounts_speaker_and_keeps_a_one_sentence_post(tmp_path: Path) -> None:
    (tmp_path / "content" / "_data").mkdir(parents=True)
    (tmp_path / "content" / "_data" / "speakers.yaml").write_text(
        "- id: ruiz\n  name: Ana Ruiz\n  aliases: [Ruiz, mayoranaruiz]\n", encoding="utf-8")
    saved = tmp_path / "post.html"
    saved.write_text(_post("Mayor Ana (@mayoranaruiz) on X", "The bridge opens in spring.", counts=COUNTS),
                     encoding="utf-8")
    into = tmp_path / "content" / "articles"
    [result] = importer.import_jobs([(saved, importer.ImportOptions(into=into, today=date(2026, 12, 6)))])
    assert result.problem is None, result.problem
    meta, body, _, _ = split_front_matter(read_source(Path(result.target), result.target))
    assert meta["title"] == "The bridge opens in spring"
    assert meta["speakers"] == ["ruiz"]  # the handle is her alias
    assert meta["outlet"] == "X (formerly Twitter)"
    assert body.strip() == "The bridge opens in spring."  # the post itself stays the text under its title
    assert result.author == "Mayor Ana (@mayoranaruiz)"
