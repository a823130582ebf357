"""A saved web page → its article: main text, title, outlet, canonical URL and publication date.

The field's tools do the hard parts: trafilatura finds the main text (it beat our own
selectolax walk on real pages: F1 0.93 against 0.79) and htmldate finds the original
publication date (not the last-modified one).  What stays ours is what they cannot
know: the page's own publication markup (``article:published_time``, JSON-LD
``datePublished``, the article's first ``<time datetime>``) is read as written, without
a time-zone shift, and wins over htmldate when both speak, because htmldate can move a
late-evening local time to the next day; every date says which signal gave it.
Pure: HTML text in, a `WebPage` out; nothing here reads files or the network.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Final

from dateline.config import LANG_TAG
from dateline.model import TYPEWRITER_MARKS, Confidence, DateInfo, PartialDate, Speaker
from dateline.names import account_holder


@dataclass(frozen=True)
class WebPage:
    """What an article page says about itself, plus how much of it was page furniture."""

    title: str
    paragraphs: tuple[str, ...]
    site_name: str = ""
    site_basis: str = ""
    author: str = ""
    url: str = ""
    archive_url: str = ""  # the web archive's capture the page was saved from, when it was
    description: str = ""
    date: DateInfo | None = None
    page_words: int = 0
    kept_words: int = 0
    header_lines: tuple[str, ...] = field(default=())  # byline/date lines between the headline and the story
    lang: str = ""  # the language the page says it is in (`<html lang>`, else og:locale), as a BCP 47 tag
    account: str = ""  # a social post's account ("Jane Doe (@janedoe)"), the title of its page (`post_page`)
    notes: tuple[str, ...] = ()  # what the reading changed of the page, for the editor (`_shallow`)

    @property
    def boilerplate_words(self) -> int:
        return max(0, self.page_words - self.kept_words)


def read_page(html: str, speakers: Sequence[Speaker] = ()) -> WebPage:
    """The article in ``html``: trafilatura's main text and metadata, the date from `page_date`.
    `speakers` (speakers.yaml's): an embedded post of one of their accounts stays in the text, their
    statement; anyone else's is the platform's card beside the story (`_embedded_posts`)."""
    html, flattened = _shallow(html)
    html, emptied = _without_huge_attributes(html)
    html = _noscript_story(html)
    doc = _extract(html)
    lines = header_lines(html)
    paragraphs = tuple(p for p in (_clean_line(ln) for ln in doc.get("text", "").split("\n")) if p)
    paragraphs = _whole_blocks(paragraphs, html)
    paragraphs = with_lead(without_tail(without_furniture(paragraphs, html, speakers), html), html)
    paragraphs = without_transcript_copy(without_teaser_copy(paragraphs))
    if "<pre" in html:
        paragraphs = unwrapped_pre(paragraphs, html)
    if "application/json" in html:
        paragraphs = json_body(paragraphs, html)
    site = _own_name(_clean_line(doc.get("sitename") or ""), html) or _jsonld_publisher(html)
    if _holds_headline(site, _clean_line(doc.get("title") or "")) and site not in _declared_names(html):
        site = ""  # trafilatura's guess from a <title> of three parts ("Paper - Headline - 05/12/2026")
    capture = _archive_capture(html)
    if capture and site.casefold().removeprefix("www.") == _host(capture):
        site = ""  # the archive's name ("archive.example") for its snapshot: the outlet is the page's
    url = _page_url(html, doc.get("url") or "")
    if site and not url and doc.get("url") and site.casefold().removeprefix("www.") == _host(doc["url"]):
        site = ""  # trafilatura names the site by the host of a <base href> (`_page_url` refused it as the address)
    host_only = ""  # a site name that only repeats the page's host ("mailing.example"): a last resort
    if site and site.casefold().removeprefix("www.") == _host(url):
        host_only, site = site, ""
    site_basis = "the page's site name (og:site_name or the JSON-LD publisher)" if site else ""
    title = _clean_line(doc.get("title") or "")
    brand = edition_outlet(_title_tag(html), site)
    if brand:
        title = strip_outlet_tail(strip_outlet_tail(title, brand), site)
        site, site_basis = brand, f"the page's <title>, whose last part names the outlet whose edition its site name ‘{site}’ is"
    title = strip_outlet_tail(strip_outlet_tail(title, site), _without_edition(site))
    site = _without_edition(site)
    if len(title.split()) < 2:  # "<title>T</title>", or no title at all: the page's <h1> says it
        title = _first_h1(html) or title
    title = headline_in_title(title, html)
    kicker, headline = h1_kicker(html)
    title = headline_as_shown(_without_kicker(title, kicker), html, site)
    paragraphs = after_headline(_kicker_apart(paragraphs, kicker, headline), html, title)
    paragraphs = bold_interview(paragraphs, html, page_language(html))
    account = ""
    summary = _clean_line(doc.get("description") or "")
    # (og:title may name the account without its handle, "Jane Doe on X", where <title> gives it)
    post = post_page(title, paragraphs, summary) or post_page(_clean_line(_title_tag(html)), paragraphs, summary)
    if post is not None:
        account, title, paragraphs = post
        marked = marked_up_posts(html)
        if marked:
            from dateline.headline import lead_title

            title, paragraphs = lead_title(marked[2:3]), marked  # the first post's own first sentence
    channel = channel_posts(html)
    if channel is not None:
        account, paragraphs = channel
    paragraphs = video_description(html) or post_message(html) or paragraphs
    credit = credited_outlet(html, title)
    if credit:
        site, site_basis = credit
    if not site:
        site, site_basis = story_rights_holder(html)
    if not site:
        site = title_outlet(_title_tag(html), title, url, _logo_name(html, url), _home_link_texts(html, url))
        site_basis = f"the rest of the page's <title> beside the headline: ‘{_title_tag(html)}’" if site else ""
    if not site:
        site, site_basis = copyright_outlet(_visible_text(html), url, _logo_name(html, url))
    if not site and host_only:
        site, site_basis = host_only, "the page's site name (og:site_name or the JSON-LD publisher)"
    if not site:
        site, site_basis = address_outlet(url)
    return WebPage(
        title=title,
        paragraphs=paragraphs,
        site_name=site,
        site_basis=site_basis,
        author=page_author(html, _clean_line(doc.get("author") or "")) or account,
        url=url,
        archive_url=capture,
        description=_clean_line(doc.get("description") or ""),
        date=page_date(html, lines, paragraphs[:4]),
        page_words=_visible_words(html),
        kept_words=sum(len(p.split()) for p in paragraphs),
        header_lines=lines,
        notes=tuple(note for note in (flattened, emptied) if note),
        lang=page_language(html),
        account=account,
    )


_TEASER_MAX_PARAGRAPHS = 5  # a paywall's free teaser: the story's first paragraph or few


def without_teaser_copy(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The story once where the page holds its opening twice: a paywalled page's free teaser (its first paragraph or
    few) and then the whole story the page hides from a reader without a subscription, saved with it, from its
    first paragraph again. The run of story paragraphs (`_story_long`) that starts the text and is said again, word
    for word and in order, right where its first paragraph comes back goes once; a paragraph said twice elsewhere (a
    quote the story repeats) is left."""
    start = next((i for i, para in enumerate(paragraphs) if _story_long(para)), None)
    if start is None:
        return paragraphs
    again = next((j for j in range(start + 1, min(len(paragraphs), start + _TEASER_MAX_PARAGRAPHS + 1))
                  if paragraphs[j] == paragraphs[start]), None)
    if again is None or paragraphs[again:2 * again - start] != paragraphs[start:again]:
        return paragraphs
    return paragraphs[:start] + paragraphs[again:]


_TURN_LABEL: Final = re.compile(r"^[^\W\d_a-z][^:：]{0,60}[:：]\s+")  # "HALLIE BRANDT, BYLINE: ", "BRANDT: "
_SAID_AGAIN_WORDS = 6  # a sentence of the story said again in the transcript: this many words or more


def without_transcript_copy(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The story without the broadcast's transcript a radio's or a television's page prints under it: a heading of
    the word lists' ``transcript_heading`` ("Transcript") after the story's paragraphs, and under it the same story a
    second time in the broadcast's words, a sentence of it said again (its speaker's label aside: "WES HALVORSEN: It's
    about keeping a teacher."). The story is the article; its quotes counted twice would be two statements. A page
    that is a transcript only (no story above its heading) and a heading whose lines say nothing of the story above
    it (a second piece, another broadcast) are left whole."""
    headings = _page_lines().transcript_heading
    at = next((i for i, para in enumerate(paragraphs) if _key(para) in headings), None)
    if at is None or sum(1 for para in paragraphs[:at] if _story_long(para)) < 3:
        return paragraphs
    above = [_key(para) for para in paragraphs[:at]]
    for line in paragraphs[at + 1:]:
        said = _key(_TURN_LABEL.sub("", line))
        if len(said.split()) >= _SAID_AGAIN_WORDS and any(said in para for para in above):
            return paragraphs[:at]
    return paragraphs


_HEADLINE_IN_NAME_WORDS = 3  # a headline this long inside a site name: the name is a <title>'s part, not a name


def _declared_names(html: str) -> set[str]:
    """The names the page's markup gives its site: og:site_name and the JSON-LD publisher's."""
    from selectolax.lexbor import LexborHTMLParser

    node = LexborHTMLParser(html).css_first('meta[property="og:site_name"]')
    return {_clean_line(node.attributes.get("content") or "") if node is not None else "", _jsonld_publisher(html)} - {""}


def _holds_headline(site: str, title: str) -> bool:
    """Does the site name hold the whole headline ("Folha de S.Paulo - Metrô de SP testa vagão …")? trafilatura
    names the site by a part of the <title> around a separator when the markup names none (the part with a
    full stop, meant for "example.com"), and a <title> of three parts ("Paper - Headline - 05/12/2026") gives it
    the paper and the headline as one part: no outlet's name, which the rest of the <title> gives (`title_outlet`).
    (A name the markup declares, og:site_name or the JSON-LD publisher, is the outlet's whatever it holds.)"""
    return (bool(site) and len(title.split()) >= _HEADLINE_IN_NAME_WORDS
            and _words(title).casefold() in _words(site).casefold() and _words(title) != _words(site))


# A social post's page names its account, not the post: "Jane Doe (@janedoe) on X", "… en X", "… on Threads",
# "Jane Doe (@jane.bsky.social) — Bluesky", "Jane Doe (@jane@social.example)": a name, its handle in
# brackets, at most the platform after it
_ACCOUNT_TITLE: Final = re.compile(r"(?P<name>[^()@\n]{1,80}?)\s*\((?P<handle>@[\w.]+(?:@[\w.-]+)?)\)"
                                   r"(?:(?:\s+|\s*[-–—|·•/:]\s*)[\w.]+(?:\s+[\w.]+){0,2})?")
# the platform's counts under a post, on one line ("48.2K Views", "312 Replies 1.1K Reposts") or a count
# alone with its word on the next ("4.6K" / "Likes"): no words of the post
_COUNTS_LINE: Final = re.compile(r"(?:[\d.,]+\s?[KkMm]?\s+[^\W\d_]+\s*)+")
_COUNT: Final = re.compile(r"[\d.,]+\s?[KkMm]?")
_POST_START: Final = 40  # characters of the post's summary that find where its text starts


def post_page(title: str, paragraphs: tuple[str, ...],
              summary: str = "") -> tuple[str, str, tuple[str, ...]] | None:
    """(account, title, paragraphs) of a saved social post, whose page title names only the account
    ("Jane Doe (@janedoe) on X"): the title is then the post's own first sentence (`headline.lead_title`,
    cut near 90 characters), the account is kept (the author, and the speaker hint the import
    gives), and the platform's furniture leaves the text: what stands above the post's first words
    (a "Post" heading, the account's name; found by the page's summary, og:description, which is the
    post's text) and its counts. None for any other page."""
    m = _ACCOUNT_TITLE.fullmatch(title.strip())
    if m is None:
        return None
    from dateline.headline import lead_title  # (the dates a headline's rules read: only for such a page)

    account = f"{m['name'].strip()} ({m['handle']})"
    said = _key(summary)
    start = next((i for i, p in enumerate(paragraphs) if _key(p) and (_key(p) in said or said[:_POST_START] in _key(p))),
                 0) if said else 0
    text: list[str] = []
    for i, p in enumerate(paragraphs[start:], start):
        counted = i > 0 and _COUNT.fullmatch(paragraphs[i - 1].strip()) and len(p.split()) == 1
        if not (_COUNTS_LINE.fullmatch(p.strip()) or _COUNT.fullmatch(p.strip()) or counted
                or _key(p) in (_key(m["name"]), _key(account), _key(m["handle"]))):
            text.append(p)
    if not text:
        return None
    return account, lead_title(text), tuple(text)


def marked_up_posts(html: str) -> tuple[str, ...]:
    """The posts of a saved social page whose markup says which element is a post, whose account and which
    its words (X's `article[data-testid=tweet]`, its `User-Name`, `tweetText` and `<time>`), written as a
    post pasted from the page reads: the account's name, its @handle, the words, the time and day line
    ("2:14 PM · Feb 2, 2026"). Read so, each post is a statement of its account (`quotes.pasted_posts`),
    a thread's every post apart, and no post's counts or a reply's furniture are in its words. () when the
    page marks no post so."""
    if 'data-testid="tweet' not in html:
        return ()
    from selectolax.lexbor import LexborHTMLParser

    out: list[str] = []
    for post in LexborHTMLParser(html).css('article[data-testid="tweet"]'):
        user = post.css_first('[data-testid="User-Name"]')
        words = post.css_first('[data-testid="tweetText"]')
        when = post.css_first("time")
        names = [_clean_line(n.text()) for n in user.css("span")] if user is not None else []
        handle = next((n for n in names if n.startswith("@")), "")
        name = next((n for n in names if n and not n.startswith("@")), "")
        text = _clean_line(words.text(separator=" ")) if words is not None else ""
        shown = _clean_line(when.text()) if when is not None else ""
        if not (name and handle and text and "·" in shown):
            return ()  # a post the markup does not give whole: the page is read as text
        out += [name, handle, text, shown]
    return tuple(out)


_BREAKS: Final = re.compile(r"(?i)(?:\s*<br\s*/?>)+")


def channel_posts(html: str) -> tuple[str, tuple[str, ...]] | None:
    """(account, paragraphs) of a saved web preview of a messaging channel (Telegram's t.me/s/…: each post's text in
    a ``tgme_widget_message_text`` element, its lines split by <br>), or None for any other page. The extraction
    kept a post or two and lost the rest; read so, every post is there, oldest first as the page lists them, each
    line of a post a paragraph, and none of the page's furniture: the views under a post, its "edited" mark, the
    card of a link it shares, the channel's description and counters. The account ("Name (@channel)", from the
    channel's card, else the posts' own address) is the one whose words they are, as a social post's page is read
    (`post_page`)."""
    if "tgme_widget_message_text" not in html:
        return None
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    paragraphs: list[str] = []
    for node in tree.css(".tgme_widget_message_text"):
        inside = node.parent
        while inside is not None and not re.search(r"reply|link_preview|forwarded", inside.attributes.get("class") or ""):
            inside = inside.parent
        if inside is not None:
            continue  # the text of the post it answers, or of the page it links: not this post's
        for line in _BREAKS.split(node.html or ""):
            text = _clean_line(LexborHTMLParser(f"<div>{line}</div>").text(separator=""))
            if text:
                paragraphs.append(text)
    if not paragraphs:
        return None
    name_node = tree.css_first(".tgme_channel_info_header_title") or tree.css_first(".tgme_header_title")
    name = _clean_line(name_node.text(separator=" ")) if name_node is not None else ""
    handle_node = tree.css_first(".tgme_channel_info_header_username")
    handle = _clean_line(handle_node.text(separator=" ")) if handle_node is not None else ""
    if not handle.startswith("@"):
        post = tree.css_first("[data-post]")
        handle = "@" + (post.attributes.get("data-post") or "").partition("/")[0] if post is not None else ""
    account = f"{name} ({handle})" if name and len(handle) > 1 else ""
    return account, tuple(paragraphs)


_PLAYER_STATE: Final = re.compile(r"\bytInitialPlayerResponse\s*=\s*")


def video_description(html: str) -> tuple[str, ...]:
    """The paragraphs of a saved video page's description, when the page is a video platform's watch page whose
    player state holds it (YouTube's ``ytInitialPlayerResponse``, ``videoDetails.shortDescription``: the
    uploader's text, whole, line by line); () for any other page. A news channel writes its report there, and the
    extraction read the page around it too: the cookie wall's text, the title line, the "...more"/"Show less"
    buttons glued to its last line. Each line of the description is a paragraph, as a channel's post is read
    (`channel_posts`); its hashtags line and the channel's own lines under the report (where to subscribe and
    follow it, "Facebook: https://…") go as furniture and a tail do (`furniture_line`, `without_tail`)."""
    if "ytInitialPlayerResponse" not in html or (m := _PLAYER_STATE.search(html)) is None:
        return ()
    try:
        state, _ = json.JSONDecoder().raw_decode(html, m.end())
    except ValueError:
        return ()
    details = state.get("videoDetails") if isinstance(state, dict) else None
    text = details.get("shortDescription") if isinstance(details, dict) else None
    if not isinstance(text, str):
        return ()
    lines = (_clean_line(line) for line in text.split("\n"))
    return without_tail(tuple(line for line in lines if line and not furniture_line(line)), html)


# A social network's mark on the element that holds a post's own text (Facebook's "message"), apart from its
# reactions, its comments and the login wall around it
_MESSAGE: Final = '[data-ad-preview="message"], [data-ad-comet-preview="message"]'


def post_message(html: str) -> tuple[str, ...]:
    """The paragraphs of a saved social post whose markup marks its text as the post's message (see `_MESSAGE`),
    each block of it (or each line between its <br>s) a paragraph, its hashtags line aside (`furniture_line`); ()
    for any other page. The extraction read the post with the page around it: the reactions' count, "212
    comments", the action bar, every comment and the author's replies to them, "Write a comment…"; a comment's
    words are the commenter's, never the post's."""
    if "data-ad-preview" not in html and "data-ad-comet-preview" not in html:
        return ()
    from selectolax.lexbor import LexborHTMLParser

    message = LexborHTMLParser(html).css_first(_MESSAGE)
    if message is None:
        return ()
    for button in message.css('[role="button"]'):  # "See more", "See translation"
        button.decompose()
    blocks = [node for node in message.css("div, p") if len(node.css("div, p")) == 1] or [message]  # (itself)
    out: list[str] = []
    for block in blocks:
        for line in _BREAKS.split(block.html or ""):
            text = _clean_line(LexborHTMLParser(f"<div>{line}</div>").text(separator=""))
            if text and not furniture_line(text):
                out.append(text)
    return tuple(out)


def page_author(html: str, found: str) -> str:
    """Who wrote the story, for the front matter's `author:`: the names the page's JSON-LD story
    node gives (`author`, a Person or an Organization, by value or by `@id`), else
    `<meta name="author">`, else trafilatura's reading ``found`` cut to its name. trafilatura reads
    the byline box as one line and splits it at full stops: "By The Canadian Press · Tue., Sept.
    16, 2025" came out as "The Canadian Press · Tue; Sept", and a place the outlet sets beside the
    name in its own element ("Mathieu Fortin <span>Quebec City</span>") was glued to the name."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    named = _jsonld_authors(tree, _page_url(html, ""))
    if named:
        return named
    node = tree.css_first('meta[name="author"]')
    meta = _clean_line(node.attributes.get("content") or "") if node is not None else ""
    if meta and "://" not in meta and not any(ch.isdigit() for ch in meta):
        return _byline_lead().sub("", meta)
    names = [_byline_lead().sub("", _BYLINE_SEPARATOR.split(piece)[0].strip()) for piece in found.split(";")]
    names = [name for name in names if name and not any(ch.isdigit() for ch in name) and not _date_words(name)
             and not _date_label().match(name)]
    names = names[:1] + [name for name in names[1:] if not _ROLE_WORD.search(name)]  # "; Federal political reporter"
    # "Von Jane Doe, Bern", "By Jane Doe, Reuters": one word after a writer's full name is where the writer files
    # from or for whom, never a second writer (a usability round's byline made "Jane Doe and Bern" its author)
    names = names[:1] + [name for name in names[1:] if len(name.split()) > 1 or len(names[0].split()) < 2]
    from dateline.headline import writer_name

    name = _and_list([writer_name(n) for n in names])
    for box in tree.css('[class*="byline"], [class*="author"]'):
        for child in box.iter(include_text=False):
            piece = _clean_line(child.text() or "")
            if (child.tag not in ("a", "strong", "b") and piece and name.endswith(" " + piece)
                    and not re.search(r"(?i)author|name", child.attributes.get("class") or "")):
                return name[: -len(piece)].strip()
    return name


# "·", "•", "|", a spaced dash: what follows the name in a byline is a place, a date or a reading
# time. trafilatura joins what it split (at "and", at full stops) with ";": the pieces are put
# back together with "and", without those that are a date's words ("Saturday", "Tue", "Sept").
_BYLINE_SEPARATOR = re.compile(r"\s*[·•|]\s*|\s+[—–]\s+")
@lru_cache(maxsize=1)
def _byline_lead() -> re.Pattern[str]:
    """"By", "Par", "Von", "Автор:" … (``page_lines.toml`` byline_lead) and a lead-in before it ("Live
    coverage by", "Words by")."""
    from dateline.lexicon import byline_lead_in

    return re.compile(r"^(?:[\w ]{0,30}\s)?" + byline_lead_in())


@lru_cache(maxsize=1)
def _date_label() -> re.Pattern[str]:
    """A piece of a byline that opens with a date's label ("Last Updated: March", what trafilatura leaves of
    "| Last Updated: March 14, 2023" cut at its full stops): no writer's name (it was joined to one as "X and
    Last Updated March")."""
    from dateline.lexicon import lexicon

    labels = "|".join(re.escape(w) for w in (*lexicon().published_labels, "updated", "modified", "edited"))
    return re.compile(rf"(?i)^(?:first\s+|last\s+)?(?:{labels})\b")


# a word a name does not have: lower case and longer than a particle ("van", "de", "bin", "al-")
_ROLE_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")


def _date_words(text: str) -> bool:
    """True when every word of ``text`` names a month or a weekday ("Tue", "Sept", "Saturday")."""
    from dateline.dates import is_date_word

    words = text.replace(".", " ").split()
    return bool(words) and all(is_date_word(word) for word in words)


def _and_list(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _jsonld_authors(tree: Any, page: str = "") -> str:
    """The `author` names of the page's JSON-LD story node ("A", "A and B", "A, B and C"), not of a
    node that describes another page of the site (see `_other_pages_stories`)."""
    for found in _jsonld_scripts(tree):
        nodes = [node for node, _ in found]
        by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
        others = _other_pages_stories(nodes, page)
        for node in nodes:
            if not _STORY_TYPE.search(_jsonld_type(node)) or id(node) in others:
                continue
            given = node.get("author")
            names: list[str] = []
            for item in given if isinstance(given, list) else [given]:
                if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
                    item = by_id.get(item["@id"], item)
                name = item.get("name") if isinstance(item, dict) else item
                if isinstance(name, str) and _clean_line(name) and "://" not in name:
                    names.append(_clean_line(name))
            if names:
                return _and_list(names)
    return ""


def page_language(html: str) -> str:
    """The language a page declares (`<html lang="fr-CA">`, else `og:locale` `fr_CA`), as a tag for
    the article's `lang:` (`config.LANG_TAG`, as front matter checks it): a French story on an English
    site is then marked as French where its words are shown (WCAG 3.1.2, language of parts: a
    screen reader reads it with French rules)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root, locale = tree.css_first("html"), tree.css_first('meta[property="og:locale"]')
    said = [(root.attributes.get("lang") if root is not None else None),
            (locale.attributes.get("content") if locale is not None else None)]
    found = next((m for t in said if t and (m := LANG_TAG.match(t.strip().replace("_", "-")))), None)
    if found is None:
        return ""
    tag = found.group(0)
    first, *rest = tag.split("-")
    return "-".join([first.lower(), *(part.upper() if len(part) == 2 else part for part in rest)])


# A page's record of its own changes ("Updates to this page: 21 October 2026, Added a translation …;
# 14 October 2026, First published"), by its class or id: neither the story nor its date.
_CHANGE_HISTORY = r"published-dates|change-?(?:note|item|log|history|date)|update-?history|revision-?history|page-?history"

# Small page boxes that are never the story, by their class or id: paywall and subscription
# offers, reader-support appeals, newsletter sign-ups (a "boletín", a "boletim") and pitches for the
# outlet's WhatsApp or Telegram channel or its app (not every "call-to-action" box: a government press
# release sets its minister's quote in one), author bios, AI summaries and key-takeaway boxes, comment
# notices, inline "read also" links, lists of more episodes or videos, pull quotes, the page's
# change history, callouts and promotions (a tip-line appeal, a channel's programme note; not
# Drupal's "node--promoted" story), an image's caption outside a <figure> ("img_desc") and the share buttons' box
# with its label ("content--share": "この記事をシェアする", "Share this article"; not "shared-…", "shareholders").  Only
# boxes of a few dozen words count: a CMS may also call the whole story's container "paywall-body".
_FURNITURE_BOX = re.compile(
    r"(?i)paywall|subscri|suscri|assin[ae]|\babo\b|premium|support|donat|membership|regwall|metered"
    r"|newsletter|whatsapp|telegram|app-?download|download-?(?:the-?|our-?)?app|get-?the-?app|app-?(?:promo|banner)"
    r"|author-?(?:bio|box|card|info|desc)|autor|\bbio\b|about-the-author|ai-summary|summary-ai|takeaway"
    r"|key-?points|tldr|comments?-(?:closed|disabled|notice)|read-?(?:also|more|next)|also-?read|interstitial"
    r"|pull-?quote|pull-?out|(?<![\w-])pull(?![\w-])|destacad|zitat|bolet[ií]n|boletim|more-?(?:episodes|videos|podcasts|stories)"
    r"|callout|promo(?!ted)|caption|(?:img|image|photo)[_-]?desc|(?<![a-z])shar(?:e|ing)(?![a-z])|" + _CHANGE_HISTORY
    # … and the pitch of an outlet's paid tier, named with a plus ("krone-plus", "plus-teaser": "Mehr lesen mit X+")
    + r"|(?<![a-z])plus(?![a-z])")
_BOX_MAX_WORDS = 80
# A box of bullets beside the story that sums it up or lists its figures, by its class or id: a summary's bullets
# under the headline ("field--name-field-summary", "story-highlights"), a fact box ("factbox", "At a glance", "key
# facts"). Only a box that holds a list: a standfirst paragraph set in a "summary" box is left to the rules above.
# (a name of its own in the class, not a part of another word: "highLightSearchTarget" marks a story's text)
_LIST_BOX: Final = re.compile(r"(?i)(?<![^\W_])(?:summary|highlights?|bullets|fact-?(?:box|file|sheet)|facts?-?list"
                              r"|key-?facts|fast-?facts|at-?a-?glance|by-?the-?numbers)(?![^\W\d_])")
_LIST_BOX_MAX_CHARS = 600  # … and few characters (a Japanese or Chinese story puts no spaces between its words)
# An embedded social post (X, Threads, Bluesky, Mastodon, Instagram): a <blockquote> the platform's script turns into
# a card, its text then its account's signature, a dash, the name and the @handle in brackets ("— Jane Doe
# (@janedoe) December 5, 2026"), or by the class its platform gives it. The account's card, not the outlet's text.
# (its groups: the account's name and its handle)
_POST_SIGNATURE: Final = re.compile(r"(?m)^\s*[—–-]{1,2}\s*([^\n()\"“”«»]{1,80}?)\s*\((@[\w.]{1,30}(?:@[\w.-]+)?)\)")
_POST_EMBED: Final = re.compile(r"(?i)twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed"
                                r"|threads?-embed|social-?(?:media-?)?embed|embedded-?(?:post|tweet)")
_POST_MAX_WORDS = 150  # a post's text (X's 280 characters, Mastodon's 500) and its signature
# The class of the story's last paragraph before a paywall's overlay, faded out for the reader
# ("paywall-fade", "truncated-para"): a paragraph of the story, saved whole, not the paywall's box.
_FADED: Final = re.compile(r"(?i)fade|truncat")
# Short lines that are furniture in any box: metered-paywall counters, comment notices, a transcript's
# editing note, an AI label; and, from the word lists (`_page_lines`), inline links to other stories
# ("READ |", "Lesen Sie auch:", "Lire aussi |") and lines that only label an advertising slot.
_FURNITURE_LINE = re.compile(
    r"(?i)\byou(?:'ve|’ve| have) read \d+ of \d+\b|\bvocê leu \d+ de \d+|\bhas leído \d+ de \d+|\bsie haben \d+ von \d+"
    r"|^comments? (?:have been|has been|are|is) (?:now )?(?:disabled|closed|only available)"
    # a live blog's status, a pointer to where the coverage goes on after it ("This live page is now closed. You can
    # follow our continuing coverage here.")
    r"|^(?:(?:this|our) (?:live ?)?(?:blog|coverage)|this live ?(?:page|updates|feed))"
    r" (?:has|is|has been) (?:now )?(?:closed|ended)"
    r"(?:\W*$|[.!]\s+[^.!?]*\b(?:follow|continu|latest|here|new live)[^.!?]*[.!]?$)"
    r"|\bcheck against (?:the )?(?:audio|delivery|video|recording)\b"
    # the page's note on its own transcript: "This transcript was generated by a computer and edited …"
    r"|^(?:this|the following) transcript (?:was|has been|is|may have been) (?:\w+ ){0,4}?"
    r"(?:generated|created|produced|transcribed|edited|machine|automated|automatically)\b"
    r"|\bsummary (?:was )?(?:generated|created|written) (?:with|by|using) (?:AI|artificial intelligence)\b"
    # a contact line: a name (or "Email:") and an e-mail address, nothing after it (a reporter's signature)
    r"|^(?:[^\s.!?@]+\s+){0,5}[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"
    # a Chinese page's editor credit ("（责任编辑：李晓峰）", after the bracketed labels of the links beside it:
    # a news agency's "【纠错】 责任编辑：…", its link to report an error) and a photo's credit ending its
    # caption ("…记者 周思远 摄")
    r"|^(?:【[^】\s]{1,6}】\s*)*[(（]?\s*(?:责任编辑|責任編輯|编辑|編輯|审核|校对)\s*[:：]\s*[^\s。！？]{1,12}\s*[)）]?$"
    r"|^[^\n]{0,60}?\s\S{1,8}\s*摄\s*[)）]?$")
_FURNITURE_LINE_MAX_WORDS = 25


_PRINT_NOTE_MAX_WORDS = 60  # "A version of this article appears in print on …, with the headline: …"


@dataclass(frozen=True)
class _PageLines:
    """The patterns made from ``lang/page_lines.toml`` (see `dateline.lexicon.page_line_words`)."""

    read_also: re.Pattern[str]
    print_note: re.Pattern[str]
    ad_label: frozenset[str]
    ad_lead: re.Pattern[str]
    tail: re.Pattern[str]
    own_note: re.Pattern[str]
    contact_heading: frozenset[str]
    story_note: re.Pattern[str]
    credit: re.Pattern[str]
    jump: re.Pattern[str]
    about: re.Pattern[str]
    summary_heading: frozenset[str]
    media_lead: re.Pattern[str]
    part_heading: frozenset[str]
    transcript_heading: frozenset[str]


@lru_cache(maxsize=1)
def _page_lines() -> _PageLines:
    from dateline.lexicon import page_line_words

    words = page_line_words()

    def either(found: tuple[str, ...]) -> str:  # a "*" of the list: up to eight words
        return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\s+\*\s+", r"\s+(?:\S+\s+){0,8}?")
                        for w in found) or "(?!)"

    return _PageLines(
        read_also=re.compile(rf"(?i)^(?:(?:{either(words.read_also)})\s*(?:[|:]|$)"
                             rf"|[\[【＜<〔(（]\s*(?:{either(words.read_also)})\s*[\]】＞>〕)）])"),
        print_note=re.compile(rf"(?i)^(?:{either(words.print_note)})(?!\w)"),
        ad_label=frozenset(" ".join(re.sub(r"[^\w]+", " ", w).split()) for w in words.ad_label),
        ad_lead=re.compile(rf"(?i)^\W{{0,3}}(?:{either(tuple(words.ad_label))})\s*[:|]"),
        tail=re.compile(rf"(?i)(?<!\w)(?:{either(words.tail)})(?!\w)"),
        own_note=re.compile(rf"(?i)(?<!\w)(?:{either(words.own_note)})(?!\w)"),
        contact_heading=frozenset(_key(w) for w in words.contact_heading),
        story_note=re.compile(rf"(?i)^\W{{0,3}}(?:{either(words.story_note)})(?!\w)"),
        credit=re.compile(rf"(?i)^(?:{either(words.credit)})(?:(?<=[:：])|(?!\w))"),
        jump=re.compile(rf"(?i)(?:^|[:—–]\s*)(?:{either(words.jump)})(?!\w)"),
        about=re.compile(rf"(?i:{either(words.about)})\s+(?P<name>[A-Z0-9][^.!?]{{1,60}}?)\s*:?"),
        summary_heading=frozenset(_key(w) for w in words.summary_heading),
        media_lead=re.compile(rf"(?i)^\W{{0,3}}(?:{either(words.media_label)})\s*[:|]\s*(?=\S)"),
        part_heading=frozenset(_key(w) for w in words.part_heading),
        transcript_heading=frozenset(_key(w) for w in words.transcript_heading))


def furniture_line(para: str) -> bool:
    """Is ``para`` a line of page furniture wherever it stands: a "Read also |" link to another
    story (its label in brackets too: "＜関連記事＞…", "[Read more] …"), a metered-paywall counter,
    a comment notice, an editing note, an AI label, the label of an advertising slot
    ("Advertisement", "Publicité") or a text advertisement under it ("TEXT AD: Plots for sale …,
    call …"), a heading that only names a part of the page ("सार", "विस्तार": the summary, the full text), a print
    page's jump line ("See ICE ROAD, Page A6"), a production
    credit of two sentences or more ("Recorded November 30, 2026. Produced by …"), the print
    edition's note ("A version of this article appears in print on …") or its line (`_print_line`:
    "Published in The Courier, December 6th, 2026"), or a line of hashtags only ("#CityNews #Roads", under a
    video's description or a post: labels, no words of it), a line that points to the outlet's audio or
    video (`_media_line`: "Audio: Regionalmagazin, 04.12.2026 19:30 Uhr"), a wire's editors' initials
    (`_INITIALS`: "mm/ par/") or an update's time with no day (`dates.clock_stamp_line`: "Aggiornato alle
    09:12", "Updated 9:12 a.m.": the day is the header's, the time alone dates nothing)?"""
    words = len(para.split())
    lines = _page_lines()
    if "#" in para and _HASHTAGS.fullmatch(para):
        return True
    if words <= _FURNITURE_LINE_MAX_WORDS and (_FURNITURE_LINE.search(para) or lines.read_also.search(para)
                                               or _key(para) in lines.ad_label or lines.ad_lead.match(para)
                                               or _key(para) in lines.part_heading
                                               or _jump_line(para) or _credit_line(para, least=2)
                                               or _source_line(para) or _media_line(para)):
        return True
    if words <= _STAMP_MAX_WORDS and (("/" in para and para.islower() and _INITIALS.fullmatch(para) is not None)
                                      or _clock_stamp(para)):
        return True
    return (words <= _PRINT_NOTE_MAX_WORDS and lines.print_note.search(para) is not None) or _print_line(para)


_SOURCE_NAME_MAX_CHARS = 30  # a name in a script without capitals: "وكالات", "新华社", "연합뉴스"
_SENTENCE_MARK: Final = re.compile(r"[.!?。！？؟]")


def _source_line(para: str) -> bool:
    """A credit line under its label's colon ("Source: Canadian Press", "Fuente: EFE", "Quelle: dpa",
    "来源：新华社"): a credit (`_credit_line`) of one sentence whose opening ends with a colon, or in a script without
    capitals (Arabic, Chinese, Korean) a short name after the label, no sentence's mark in it. Wherever it stands it
    credits the story, and is no sentence of it ("Sources close to the minister said …" has no colon, "Source: the
    ministry said …" goes on in lower case)."""
    if len(para.split()) > _CREDIT_MAX_WORDS or (":" not in para and "：" not in para):
        return False
    text = para.strip()
    m = _page_lines().credit.search(text)
    if m is None or not m.group().rstrip().endswith((":", "：")):
        return False
    rest = text[m.end():].strip()
    uncased = not any(ch.isupper() or ch.islower() for ch in rest)
    return _credit_line(text) or (0 < len(rest) <= _SOURCE_NAME_MAX_CHARS and uncased
                                  and not _SENTENCE_MARK.search(rest))


# A short line alone of another kind: a wire's editors' initials, each closed by a slash ("mm/ par/", the
# sign a Polish agency's story ends with), or an update's time with no day
_STAMP_MAX_WORDS = 6
_INITIALS: Final = re.compile(r"(?:[^\W\d_]{1,5}/\s*)+")
_CLOCK_DIGITS: Final = re.compile(r"\d[:.h]\d\d")


def _clock_stamp(para: str) -> bool:
    """Is ``para`` an update's or a publication's time with no day (`dates.clock_stamp_line`)? Only a line
    with a clock's digits is read."""
    if _CLOCK_DIGITS.search(para) is None:
        return False
    from dateline.dates import clock_stamp_line

    return clock_stamp_line(para)


# the most words of a line that points to the outlet's audio or video: its label, a programme's name, when
_MEDIA_LINE_MAX_WORDS = 14
# … and what makes it a sentence or a quotation instead: a stop before a space or at its end, a quotation mark
_PROSE_MARKS: Final = re.compile(r"[.!?…](?:\s|$)|[\"“”„«»]")


def _media_line(para: str) -> bool:
    """Is ``para`` a broadcaster's pointer to its audio or video of the story: a label of ``media_label``
    (page_lines.toml: "Audio", "Video", "Watch", "Écouter") before a colon or a bar, then the programme's name
    and when it aired, no sentence ("Audio: Regionalmagazin, 04.12.2026 19:30 Uhr", "VIDEO | Flood
    barrier test (1:32)")? A sentence after the label ("Listen: the council has …."), a quotation, stays."""
    m = _page_lines().media_lead.match(para)
    return (m is not None and len(para.split()) <= _MEDIA_LINE_MAX_WORDS
            and _PROSE_MARKS.search(para, m.end()) is None)


# A line of hashtags alone, an emoji before them allowed ("#CityNews #Roads", "🇬🇭 #Roads", read glued: "#A#B")
_HASHTAGS: Final = re.compile(r"[^\w#]*(?:#[^\W_][\w-]*[^\w#]*)+")


# The print edition's line under a story: where it ran and when, nothing else ("Published in Daybreak, December 6th,
# 2026", "Appeared in The Courier on 6 December 2026", "Paru dans Le Soir du 6 décembre 2026", "Erschienen in der
# Tagespost vom 6. Dezember 2026", "Publicado en El Faro, 6 de diciembre de 2026")
_PRINT_LINE: Final = re.compile(r"(?i)^(?:(?:first|originally)\s+)?(?:published|printed|appeared|ran)\s+in\s+"
                                r"|^(?:paru|publié)\s+dans\s+|^erschienen\s+in\s+|^publicado\s+(?:en|em|no|na)\s+"
                                r"|^pubblicato\s+(?:su|in)\s+|^verschenen\s+in\s+")
_PRINT_CUT: Final = re.compile(r",\s*|\s+(?:on|du|vom|del|de|do|of|op|il)\s+")
_PRINT_LINE_MAX_WORDS = 16


def _print_line(para: str) -> bool:
    """A print edition's line (see `_PRINT_LINE`): the paper's name, capitalised words, then a date line alone
    (`dates.is_date_line`). A sentence of the story ("Published in 1998, the report found …") goes on after its
    date, and a study's journal is named in one ("Published in Nature on Monday, the study …")."""
    m = _PRINT_LINE.match(para)
    if m is None or len(para.split()) > _PRINT_LINE_MAX_WORDS:
        return False
    from dateline.dates import is_date_line

    rest = para[m.end():].strip()
    for cut in _PRINT_CUT.finditer(rest):
        name, day = rest[:cut.start()].split(), rest[cut.end():].strip(" .")
        if 0 < len(name) <= 6 and all(_name_word(w) or (w.islower() and len(w) <= 3) for w in name) \
                and any(w[0].isupper() for w in name) and is_date_line(day):
            return True
    return False


# The page a jump line sends the reader to: "Page A6", "página 6", "Seite 4", "p. 12", or a section's
# page alone ("A6", a capital and a number).
_PAGE_REFERENCE = re.compile(r"(?:(?i:\bpage|\bpágina|\bpagina|\bseite|\bp\.|\bpg\.?)\s*[A-Z]?\d{1,3}[A-Z]?"
                             r"|\b[A-Z]\d{1,2})\W*$")
_JUMP_MAX_WORDS = 12


def _jump_line(para: str) -> bool:
    """A print page's jump line: the `jump` words ("See", "Continued from", "Suite page") and, at its
    end, the page ("See ICE ROAD, Page A6", "BUDGET: Continued from Page A1"). An e-paper's text
    view keeps it where the printed story broke; it is no sentence of the story."""
    return (len(para.split()) <= _JUMP_MAX_WORDS and _page_lines().jump.search(para) is not None
            and _PAGE_REFERENCE.search(para) is not None)


_CREDIT_MAX_WORDS = 10  # one sentence of a credit: "Produced by Ellie Varga and Tom Reyes-Walsh."


def _credit_line(para: str, least: int = 1) -> bool:
    """A production credit: ``least`` sentences or more, each short, opening with a `credit` phrase
    and going on with names or a date only ("Recorded November 30, 2026. Produced by Ellie Varga.
    Music by Rootcellar Audio."): the show notes' last line of a podcast or a video, not a sentence
    of the story ("Recorded crime fell 4% last year." goes on in lower case); or a wire's credit, the
    agency as it writes itself ("Mit Informationen von dpa", not "Con información de los vecinos, …")."""
    credit = _page_lines().credit
    text = para.strip()
    if text.startswith(("(", "[")) and text.endswith((")", "]")):
        text = text[1:-1]  # a wire's credit in brackets: "(Reporting by Jane Doe; Editing by John Roe)"
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", text) if s]
    if len(sentences) < least:
        return False
    for sentence in sentences:
        m = credit.search(sentence)
        if m is None or len(sentence.split()) > _CREDIT_MAX_WORDS:
            return False
        if not all(_CREDITED.match(word) or word.strip(".,;:").casefold() in _agencies()
                   for word in sentence[m.end():].split()):
            return False
    return True


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    """The news agencies' names (`lexicon.news_agencies`, one word each), lower case: a credit names them as the
    agency writes itself ("Mit Informationen von dpa")."""
    from dateline.lexicon import lexicon

    return frozenset(a.casefold() for a in lexicon().news_agencies if " " not in a)


@lru_cache(maxsize=1)
def _agency_names() -> frozenset[str]:
    """Every news agency's name (`lexicon.news_agencies` and their other spellings), lower case, of one word or more."""
    from dateline.lexicon import lexicon

    words = lexicon()
    return frozenset(a.casefold() for a in (*words.news_agencies, *words.agency_aliases))


_SIGN_OFF_MAX_WORDS = 6
_SIGN_OFF: Final = re.compile(r"^[\s(\[（—–-]*(?P<names>[^()\[\]（）]+?)[\s)\]）.]*$")
_SIGN_OFF_JOIN: Final = re.compile(r"\s*(?:/|,|&|\+|\band\b|\bwith\b)\s*", re.IGNORECASE)


def _sign_off(para: str) -> bool:
    """Is ``para`` a wire's sign-off on a line of its own: the agencies alone, in brackets or after a dash ("(AFP)",
    "-- Reuters", "— AP/dpa")? It closes a story that ran on the wire, and says nothing of it: a line of the
    tail (`without_tail`). A line that names an agency among other words is the story's."""
    if len(para.split()) > _SIGN_OFF_MAX_WORDS or (m := _SIGN_OFF.match(para)) is None:
        return False
    names = [n.casefold().removeprefix("the ") for n in _SIGN_OFF_JOIN.split(m.group("names")) if n]
    return bool(names) and all(n in _agency_names() for n in names)


# The words after a credit's phrase: names, "and", a date, where a writer filed from ("Ellie Varga and Tom Reyes",
# "November 30, 2026", "Paul Serrano in Brussels")
_CREDITED = re.compile(r"^(?:[A-Z0-9&][\w.,'’&-]*|and|y|et|und|og|och|e|of|the|de|van|von|da|del|la|le|in|\W+)[.,;:]?$")


def with_lead(paragraphs: tuple[str, ...], html: str) -> tuple[str, ...]:
    """The paragraphs with the story's lead put back when the extraction left it out: a CMS that
    splits a story into an intro block and the rest (Joomla's "itemIntroText" before
    "itemFullText", the lead often in bold) sets the lead in a block of its own right before the
    block of the text, and trafilatura keeps only the larger one.

    Only the element right before the block that holds the first paragraph (itself or one of its
    two nearest ancestors), and only when all it holds is one or two paragraphs of the story's kind
    (a dozen words or more, ending like a sentence) that the text does not have: a standfirst named
    so (see `_STANDFIRST`: a "dek", a "chapo", a "subtitle", which sums the story up over it) is passed over,
    and so is a figure, an aside or a caption.  A block named the story's lead or intro ("lead", "article__intro":
    a Polish portal's or a Flemish paper's first paragraph, set in bold in a block of its own) is its opening
    paragraph, no standfirst, and is put back."""
    from selectolax.lexbor import LexborHTMLParser

    if not paragraphs:
        return paragraphs
    tree = LexborHTMLParser(html)
    first = _key(paragraphs[0])
    node = next((p for p in tree.css("p") if _key(p.text(separator=" ")) == first), None)
    keys = {_key(p) for p in paragraphs}
    for _ in range(3):
        if node is None or node.tag in ("body", "html", "article", "main"):
            break
        before = node.prev
        while before is not None and before.tag in ("-text", "-comment"):
            before = before.prev
        if before is not None and before.tag not in ("p", "figure", "aside", "blockquote", "header", "nav", "footer"):
            names = " ".join(f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}"
                             for n in [before, *before.css("[class], [id]")])
            found = [_clean_line(p.text(separator=" ")) for p in before.css("p")] if "caption" not in names else []
            whole = _key(before.text(separator=" "))
            if (found and len(found) <= 2 and not _STANDFIRST.search(_LEAD_NAME.sub(" ", names))
                    and all(map(_is_story, found))
                    and " ".join(_key(f) for f in found) == whole and not any(_key(f) in keys for f in found)):
                return (*found, *paragraphs)
        node = node.parent
    return paragraphs


def without_tail(paragraphs: tuple[str, ...], html: str = "") -> tuple[str, ...]:
    """The paragraphs without the boxes left after the story's last one: a newsletter sign-up, a
    tip-line appeal ("Do you have a story? Email …"), the copyright line, a press release's
    contact block, the outlet's own note asking for support.

    An outlet's own page keeps these in classed boxes that the extraction leaves out; a reader
    view or a plain save keeps only their text, at the end.  A line goes only in the run of
    short lines that ends the text, each holding one of the word list's ``tail`` phrases or
    being furniture anywhere (`furniture_line`); the story's own last sentence, even one about a
    newsletter, stays unless such a line says so.  The outlet's note on the story itself goes in
    that run too (``story_note``: "This story has been updated to correct …", "Saka er oppdatert
    med …", "Originally published by … Copyright …": the story's history, not its text), and so does
    a production credit ("Produced by …").  A contact heading ("Media contact") goes with
    the short lines under it (a name, a title, a telephone number).  A longer paragraph goes in
    that run when it holds an ``own_note`` phrase ("support us", "story ideas") and ``html`` shows
    it set apart from the story (see `_set_apart`) or a tail line heads it ("I hope you appreciated this
    article."): the outlet's note, not a sentence of the story; its button's label under it goes with it.
    A press release's "About …" block before that run goes too (see `_before_about`).
    """
    lines = _page_lines()
    end = next((i for i, para in enumerate(paragraphs) if i > 1 and _END_MARK.match(para)), len(paragraphs))
    heading = next((i for i, para in enumerate(paragraphs[:end]) if i and _key(para) in lines.contact_heading), end)
    if all(len(para.split()) <= _CONTACT_LINE_MAX_WORDS for para in paragraphs[heading + 1:]):
        end = heading
    end = _tail_start(paragraphs, end, html)
    cut = _before_about(paragraphs, end, html)  # a release's "About …" block, then what stands before it
    return paragraphs[:_tail_start(paragraphs, cut, html) if cut != end else end]


# A press release's end mark, a line of its own: "-30-", "- 30 -", "###", "-ENDS-", "– Fin –", "FIN DU COMMUNIQUÉ"
# (newsrooms' copy-end signs): what follows it is the contact block and the boilerplate, never the release.
# A wire's sign-off in brackets ends its story the same way: "(END)", "(FIN)", "（完）" (Chinese wires), "(끝)" (Korean).
_END_MARK: Final = re.compile(r"(?i)^\s*(?:[-–—]\s*30\s*[-–—]|[-–—\s]*(?:#{3}|x{3}|ends?|fin(?: du communiqué)?|ende)[-–—\s]*"
                              r"|[(\[（【]\s*(?:ends?|fin|ende|完|끝)\s*[)\]）】])$")


def _tail_start(paragraphs: tuple[str, ...], end: int, html: str) -> int:
    """Where the run of `without_tail`'s lines that ends ``paragraphs[:end]`` starts. A box's button or link
    under its pitch ("Join now", "Subscribe") is stepped over when a line of the run stands above it (see
    `_button_labels`): the pitch goes, and the label with it."""
    lines = _page_lines()
    apart: set[str] | None = None
    labels: set[str] | None = None
    signed: set[str] | None = None
    ends = end  # the end of the run found so far: labels stepped over count only under a line of the run
    while end > 1:
        para = paragraphs[end - 1]
        words = len(para.split())
        if words <= _FURNITURE_LINE_MAX_WORDS and (lines.tail.search(para) or furniture_line(para)
                                                   or _credit_line(para) or _ADDRESS_END.search(para)
                                                   or _sign_off(para)):
            end = ends = end - 1
            continue
        if html and _name_line(para):
            signed = _signed_apart(html) if signed is None else signed
            if _key(para) in signed:
                end = ends = end - 1  # the writer's name under the story, set apart: "Hoàng Minh", in bold
                continue
        if words <= _NOTE_MAX_WORDS and lines.story_note.search(para):
            end = ends = end - 1  # "This story has been updated to …", "Originally published by … Copyright …"
            continue
        if html and words <= _LABEL_MAX_WORDS and not _SENTENCE_END.search(para):
            labels = _button_labels(html) if labels is None else labels
            if _key(para) in labels:
                end -= 1
                continue
        own = lines.own_note.search(para) is not None
        headed = end > 2 and _appeal_heading(paragraphs[end - 2])
        if words > _NOTE_MAX_WORDS or not html or not (own or headed):
            break
        apart = _set_apart(html) if apart is None else apart
        if not (own and headed) and _key(para) not in apart:
            break
        end = ends = end - (2 if headed else 1)  # (the appeal's heading with its pitch)
    return ends


_NAME_WORD_SHAPE: Final = re.compile(r"[^\W\d_][\w'’.-]*")


def _name_line(para: str) -> bool:
    """Is ``para`` a name only: two to four words, each opening with a capital, no digit, no sentence's mark?"""
    words = para.split()
    return 2 <= len(words) <= 4 and not para.endswith(".") and all(
        w[0].isupper() and _NAME_WORD_SHAPE.fullmatch(w) is not None for w in words)



def _signed_apart(html: str) -> set[str]:
    """The words (`_key`) of the page's paragraphs set apart from the text as a signature is: wholly in bold, or
    set to the right (``style="text-align: right"``, ``align="right"``). A daily that signs its stories under
    their last paragraph (a Vietnamese, a Spanish, an Indonesian one) sets the writer's name so; a name-only
    line that the page sets like the story's paragraphs is left (see `_tail_start`)."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return set()
    found: set[str] = set()
    bold = ".//strong[not(ancestor::strong or ancestor::b)] | .//b[not(ancestor::strong or ancestor::b)]"
    for para in tree.xpath("//body//p | //body//div[not(.//p or .//div)]"):
        key = _key(para.text_content())
        if not key or len(key.split()) > _STAMP_MAX_WORDS:
            continue
        right = re.search(r"(?i)text-align\s*:\s*right", para.get("style") or "") or para.get("align") == "right"
        if right or key == _key(" ".join(node.text_content() for node in para.xpath(bold))):
            found.add(key)
    return found


def _appeal_heading(para: str) -> bool:
    """Is ``para`` a line of the tail's kind ("I hope you appreciated this article.") or a heading that asks for
    support ("Support independent journalism": an `own_note` phrase, a heading's length, no sentence's end): the
    heading of an appeal, which sets the paragraph under it apart from the story as its box would."""
    words = len(para.split())
    lines = _page_lines()
    return (words <= _FURNITURE_LINE_MAX_WORDS and lines.tail.search(para) is not None) or (
        words < _STORY_WORDS and not _SENTENCE_END.search(para) and lines.own_note.search(para) is not None)


# A short line that ends the text with an address after a colon, or is one: where to subscribe or follow
# ("Subscribe to the channel for the latest news: https://…", "Facebook: https://…", a video's description), or
# where to write ("Got a tip? Write to us: tips@…", in any language)
_ADDRESS_END: Final = re.compile(r"(?:^|[:：]\s*)(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")


_LABEL_MAX_WORDS = 4  # a button's or a link's label: "Join now", "Sign up free", "Support the Courier"


def _button_labels(html: str) -> set[str]:
    """The words (`_key`) of the page's buttons and of its links of a few words (see `_LABEL_MAX_WORDS`)."""
    from selectolax.lexbor import LexborHTMLParser

    found = (_key(node.text(separator=" ")) for node in LexborHTMLParser(html).css("a, button"))
    return {key for key in found if key and len(key.split()) <= _LABEL_MAX_WORDS}


_ABOUT_MAX_PARAGRAPHS = 3  # a company's boilerplate: what it does, where, since when


def _before_about(paragraphs: tuple[str, ...], end: int, html: str = "") -> int:
    """Where the text ends before the boilerplate that closes a press release: a heading "About
    <Name>" ("À propos de …", "Über …") and the paragraphs under it to ``end``, one to three, each
    naming the company by the heading's first word ("Corvane Robotics designs …", "Founded in
    2017, Corvane …"); two companies' blocks one after the other go too.  The heading is read in
    the text, or in ``html`` right before those paragraphs when the extraction left it out.  A
    heading that names no one ("About the project") and one followed by text that does not name
    its company stay."""
    lines = _page_lines()
    headings: dict[str, str] = {}  # the key of the paragraph right after an "About …" heading of the page → the name
    if html:
        from selectolax.lexbor import LexborHTMLParser

        for node in LexborHTMLParser(html).css("h2, h3, h4, h5, h6, p, strong, b"):
            found = lines.about.fullmatch(_clean_line(node.text(separator=" ")))
            after = node.next
            while after is not None and after.tag in ("-text", "-comment"):
                after = after.next
            if found is not None and after is not None:
                headings[_key(after.text(separator=" "))] = found.group("name")
    while end > 1:
        block, name, cut = -1, "", end
        for i in range(end - 1, max(1, end - 1 - _ABOUT_MAX_PARAGRAPHS) - 1, -1):
            found = lines.about.fullmatch(paragraphs[i]) if len(paragraphs[i].split()) <= 8 else None
            if found is not None and i < end - 1:
                block, name, cut = i + 1, found.group("name"), i
                break
            if _key(paragraphs[i]) in headings:
                block, name, cut = i, headings[_key(paragraphs[i])], i
                if lines.about.fullmatch(paragraphs[i - 1]):
                    cut = i - 1
                break
        if block < 0 or not all(re.search(rf"(?<!\w){re.escape(name.split()[0])}", para)
                                for para in paragraphs[block:end]):
            return end
        end = cut
    return end


_CONTACT_LINE_MAX_WORDS = 8  # the lines of a contact block: a name, a title, a department, a number
_NOTE_MAX_WORDS = 60  # the outlet's note under a story: two or three sentences


def _set_apart(html: str) -> set[str]:
    """The words (`_key`) of the paragraphs the page sets apart from its story: a paragraph wholly
    in italics (an editor's note: "Follow us on …, send your story ideas to …"), or one after
    the block that holds the story's paragraphs (three or more of a dozen words each), outside it:
    the box a CMS prints under every story.  Neither alone drops a paragraph: see `without_tail`."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return set()
    found: set[str] = set()
    paras = tree.xpath("//body//p")
    for para in paras:
        key = _key(para.text_content())
        marked = para.xpath(".//em[not(ancestor::em or ancestor::i)] | .//i[not(ancestor::em or ancestor::i)]")
        if key and key == _key(" ".join(node.text_content() for node in marked)):
            found.add(key)
    parents: dict[Any, int] = {}
    for para in paras:
        if len(para.text_content().split()) >= _STORY_WORDS and para.getparent() is not None:
            parents[para.getparent()] = parents.get(para.getparent(), 0) + 1
    block = max(parents, key=lambda node: parents[node], default=None)
    if block is None or parents[block] < 3:
        return found
    inside = set(block.iter())
    after = False
    for node in tree.iter():
        if node is block:
            after = True
        elif after and node not in inside and node.tag == "p":
            found.add(_key(node.text_content()))
    return found


def _marked_turn(para: str) -> bool:
    """A question put in bold that a dialogue dash or a label already marks ("—¿…?", "P. ¿…?", "Frage: …",
    "HOST: …"): the extraction reads those as they are (an address, "Sr. Ruiz, ¿…?", is no label)."""
    from dateline.headline import is_turn
    from dateline.lexicon import lexicon

    labels = "|".join(re.escape(w) for w in ("Q", "A", *lexicon().question_labels, *lexicon().answer_labels))
    return is_turn(para) or re.match(rf"(?i:{labels})[.:]\s", para.strip()) is not None


_ASKS: Final = re.compile(r"\?[\s\"”»’')]*$")  # a question, closing marks after the mark allowed
_PROMPT: Final = re.compile(r"[.!…][\s\"”»’')]*$")  # … or a statement put to the guest ("Some say the lake …")
_PROMPT_WORDS = 4  # fewer, unpunctuated or not, is a subheading of the interview ("On the bridge"), no turn


def _bold_paragraphs(html: str) -> tuple[set[str], dict[str, str]]:
    """The page's paragraphs wholly in bold (`_key`), and those that open with a bold question
    before the answer in the same paragraph (`_key` → the question as shown)."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return set(), {}
    whole: set[str] = set()
    leads: dict[str, str] = {}
    bold = ".//strong[not(ancestor::strong or ancestor::b)] | .//b[not(ancestor::strong or ancestor::b)]"
    for para in tree.xpath("//body//p"):
        key = _key(para.text_content())
        marked = para.xpath(bold)
        if not key or not marked:
            continue
        if key == _key(" ".join(node.text_content() for node in marked)):
            whole.add(key)
            continue
        lead = _clean_line(marked[0].text_content())
        if not (para.text or "").strip() and len(para) and para[0] is marked[0] and _ASKS.search(lead):
            leads[key] = lead  # nothing before the bold: it opens the paragraph
    return whole, leads


def bold_interview(paragraphs: tuple[str, ...], html: str, lang: str = "") -> tuple[str, ...]:
    """A printed interview whose questions the page marks only by bold, as the text of a
    `Q:`/`A:` interview: each question after the page's label for it, each paragraph of the
    answer after the answer's (`lexicon.interview_labels` of the page's language: `P:`/`R:` in
    Spanish, `Frage:`/`Antwort:` in German, `Q:`/`A:` otherwise).

    The extraction keeps the words and loses the bold, so the questions came out as paragraphs
    like the answers, and were read as the guest's words (or the answers as nobody's). A
    question is a paragraph wholly in bold (WordPress's `<p><strong>…</strong></p>`, an Arc
    page's `<p><b>…</b></p>`) that asks, or puts a statement of four words or more to the guest
    once the interview has begun; or a bold question opening a paragraph, the answer after it
    (`<p><strong>Why now?</strong> Because …</p>`, split in two). The page is an interview only
    when two questions or more ask and no question is marked already (a label or a dialogue
    dash, which the extraction reads as they are). An answer runs until the next question, a
    bold subheading, or a paragraph the page sets apart (an editor's note in italics)."""
    whole, leads = _bold_paragraphs(html)
    if not whole and not leads:
        return paragraphs
    keys = [_key(p) for p in paragraphs]
    asked = [i for i, k in enumerate(keys) if (k in whole and _ASKS.search(paragraphs[i])) or k in leads]
    if len(asked) < 2 or any(_marked_turn(paragraphs[i]) for i in asked):
        return paragraphs
    from dateline.lexicon import interview_labels

    ask, answer = interview_labels(lang)
    apart = _set_apart(html)
    out = list(paragraphs[:asked[0]])
    answering = False
    for i in range(asked[0], len(paragraphs)):
        para, key = paragraphs[i], keys[i]
        if key in leads and para.startswith(leads[key]) and para[len(leads[key]):].strip():
            out += [f"{ask}: {leads[key]}", f"{answer}: {para[len(leads[key]):].strip()}"]
            answering = True
        elif key in whole and (_ASKS.search(para) or (_PROMPT.search(para) and len(para.split()) >= _PROMPT_WORDS)):
            out.append(f"{ask}: {para}")
            answering = True
        elif key in whole or key in apart:
            out.append(para)
            answering = False
        else:
            out.append(f"{answer}: {para}" if answering else para)
    return tuple(out)


def _key(text: str) -> str:
    """Text for comparing boxes with paragraphs: words only, lower case ("“Nunca vi…”" = "nunca vi…")."""
    return " ".join(re.sub(r"[^\w]+", " ", text).casefold().split())


def without_furniture(paragraphs: tuple[str, ...], html: str, speakers: Sequence[Speaker] = ()) -> tuple[str, ...]:
    """The extracted paragraphs without what the reader sees in the page's furniture boxes.

    trafilatura keeps a box inside the story's container when it holds sentences.  A
    paragraph goes when it lies inside a small box whose class says furniture (see
    `_FURNITURE_BOX`), when it is a short furniture line (`_FURNITURE_LINE`, a "Key
    takeaways" heading and its bullets), or when it is the text of a blockquote, aside or
    figure that only repeats the story: a pull quote, also one that joins two of the
    story's sentences with a dash; or when it is the text of an element of a comment section
    (`_comment_texts`), of an embedded social post (`_embedded_posts`) or of a box of bullets that
    sums the story up or lists its figures (`_LIST_BOX`), or the name of a writer in an element the page marks as
    such (`_AUTHOR_NAME`: a live blog's author over each entry).  A box that holds two of the story's paragraphs is the
    story's own container (a short brief in "premium-content") and drops nothing; nor do
    paragraphs that wear a furniture class by twos or more, each a paragraph of the story
    (``<p class="paywall-hidden">``: the part a metered page hides from a reader over the
    limit, saved whole in the page), nor one story paragraph whose class fades it under the
    paywall's overlay (`_FADED`).
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    keys = [_key(p) for p in paragraphs]
    boxes: list[str] = []
    quotes: set[str] = set()
    marked: dict[str, list[str]] = {}  # the <p>s that wear a furniture class, by that class
    listed: set[str] = set()  # the lines of the summaries' and fact boxes' lists (`_LIST_BOX`)
    authors: set[str] = set()  # the writers' names the page marks as such (`_AUTHOR_NAME`)
    for node in tree.css("[class], [id]"):
        attrs = node.attributes
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if _LIST_BOX.search(names) and _listed_box(node):
            listed.update(_box_keys(node))
        if _AUTHOR_NAME.search(names) and _names_only(node.text(separator=" ")):
            authors.add(_key(node.text(separator=" ")))
        if _FURNITURE_BOX.search(names):
            text = _key(node.text(separator=" "))
            if text and len(text.split()) <= _BOX_MAX_WORDS:
                boxes.append(text)
                if node.tag == "p":
                    marked.setdefault(attrs.get("class") or "", []).append(text)
    comments = _comment_texts(tree, keys) | _chrome_texts(tree, keys) | _teaser_texts(tree, keys) \
        | _link_texts(tree, keys) | _embedded_posts(tree, speakers) | _pitch_boxes(tree, keys) | listed | authors
    hidden = {text for cls, texts in marked.items() if (len(texts) >= 2 or _FADED.search(cls))
              and all(_story_long(t) and t in keys for t in texts) for text in texts}
    boxes = [box for box in boxes if box not in hidden]
    for node in tree.css("blockquote, aside, figure"):
        text = _key(node.text(separator=" "))
        if text and len(text.split()) <= _BOX_MAX_WORDS:
            quotes.add(text)
    boxes = [box for box in boxes if not _story_container(box, keys)]
    labels = _layout_labels(paragraphs, tree)
    out: list[str] = []
    in_summary = False
    for i, (para, key) in enumerate(zip(paragraphs, keys, strict=True)):
        short = len(para.split()) <= _FURNITURE_LINE_MAX_WORDS
        if in_summary and para.startswith(("- ", "• ")):
            continue
        in_summary = bool(short and key in _page_lines().summary_heading)
        if in_summary or furniture_line(para) or para in labels:
            continue
        if key and (key in comments or any(_in_box(para, key, box) for box in boxes)):
            continue
        if key in quotes and _repeats_the_story(para, keys[:i] + keys[i + 1:]):
            continue
        out.append(para)
    return tuple(out) if out else paragraphs


def _layout_labels(paragraphs: tuple[str, ...], tree: Any) -> set[str]:
    """The lines that label the page's layout between the story's paragraphs, in any language: a line of two to
    four words, no sentence's mark and no digit, not a name's or a speaker's heading (every word capitalised),
    said twice or more word for word ("Article content" over each stretch of the story between two advertising
    slots), each time in an element of a class that none of the story's paragraphs wears. A story says no line of
    its own twice; a pull quote or a heading it repeats is longer or capitalised, and a speech's "Thank you" said
    twice stands in a paragraph like the others."""
    seen: dict[str, int] = {}
    for para in paragraphs:
        words = para.split()
        if (2 <= len(words) <= _HEADING_MAX_WORDS and not _SENTENCE_END.search(para) and not _PROSE_MARKS.search(para)
                and not any(ch.isdigit() for ch in para) and not all(w[0].isupper() for w in words)):
            seen[para] = seen.get(para, 0) + 1
    twice = {_key(para): para for para, times in seen.items() if times >= 2}
    if not twice:
        return set()
    story = {_key(para) for para in paragraphs if _story_long(para)}
    story_classes: set[str] = set()
    label_classes: dict[str, set[str]] = {}
    for node in tree.css("p, div, span, li, h2, h3, h4, h5, h6"):
        if not node.attributes.get("class"):
            continue
        key = _key(node.text(separator=" "))
        cls = f"{node.tag} {node.attributes.get('class')}"
        if key in story:
            story_classes.add(cls)
        elif key in twice:
            label_classes.setdefault(key, set()).add(cls)
    return {twice[key] for key, classes in label_classes.items() if not classes & story_classes}


# An element the page marks as the writer's name, by its class or id: the byline over the story ("byline"), a live
# blog's author over each entry ("entry-author"), "autor", "auteur". Its text goes only when it is a name's line
# (`_names_only`), never a sentence of the story a CMS sets in such a box.
_AUTHOR_NAME: Final = re.compile(r"(?i)byline|author|autor|auteur")
_AUTHOR_NAME_MAX_WORDS = 8  # "Mere Tawhiri and Sione Havili", "By Jane Doe, Political Editor"


def _names_only(text: str) -> bool:
    """Is ``text`` (an element's) short and no sentence: a name's or names' line ("Jane Doe and John Roe")?"""
    text = " ".join(text.split())
    return 0 < len(text.split()) <= _AUTHOR_NAME_MAX_WORDS and not _SENTENCE_END.search(text)


def _story_container(box: str, keys: list[str]) -> bool:
    """Is the furniture box ``box`` (its `_key`) the story's own container ("premium-content", "paywall-body")? It
    holds two of the paragraphs of a dozen words or more (``keys``), and the first of them (the lead) or half of
    them: a support appeal's two paragraphs of pitch at the story's end ("Good journalism costs a lot of money. …")
    are paragraphs of that length too, and the box that holds them holds nothing else of the story."""
    long = [key for key in keys if _story_long(key)]
    held = [key for key in long if key in box]
    return len(held) >= 2 and (held[0] == long[0] or 2 * len(held) >= len(long))


def _listed_box(node: Any) -> bool:
    """Is ``node`` a box of bullets only (see `_LIST_BOX`): a list, at most a heading over it, few words, no
    paragraph of the story's length?"""
    text = node.text(separator=" ")
    if node.css_first("li") is None or len(text.split()) > _BOX_MAX_WORDS or len(text) > _LIST_BOX_MAX_CHARS:
        return False
    return not any(_is_story(para.text(separator=" ")) for para in node.css("p"))


def _embedded_posts(tree: Any, speakers: Sequence[Speaker] = ()) -> set[str]:
    """The words (`_key`) of every element of the social posts a page embeds in its story (see `_POST_SIGNATURE`):
    the post's text, its signature and its date. A live blog or a story shows a post as the platform's card; its
    words are the account's, set beside the outlet's text, not a paragraph of it (the outlet's sentence that reports
    it, "The airline said on X that …", stays) — unless the account is one of the site's `speakers`: then the post
    is a statement of theirs the site documents, kept with its signature (the signed-post rule reads it as theirs)."""
    found: set[str] = set()
    for node in tree.css("blockquote"):
        text = node.text(separator="\n")
        if len(text.split()) > _POST_MAX_WORDS:
            continue
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        signed = _POST_SIGNATURE.search(text)
        if signed is not None and speakers and account_holder(signed.groups(), speakers) is not None:
            continue
        if signed is not None or _POST_EMBED.search(names):
            found.update(_box_keys(node, glued=True))
            rest = f" {_key(text)} "  # the signature as a line of its own: the card's words but its paragraphs'
            for para in node.css("p"):
                rest = rest.replace(f" {_key(para.text(separator=' '))} ", " ", 1)
            found.add(rest.strip())
    return found


# A page's comment section, by its class or id, in the languages pages are read in ("comments",
# "commentaires", "comentarios", "kommentarer", "yorumlar", "reacties", "komentarze"); not a
# "commentary" (an opinion column is a story).
# … and a forum of readers' postings under the story (a class "forum", "postings": a Viennese daily's, whose postings
# were read as quotes in a usability round)
_COMMENTS = re.compile(r"(?i)comment(?!ar(?:y|ies))|coment[aá]rio|komment|komentar|yorum|reactie|disqus|dsq-|forum"
                       r"|posting|talk-?back")


def _comment_texts(tree: Any, keys: list[str]) -> set[str]:
    """The words (`_key`) of every element inside the page's comment sections: the section's
    heading ("Yorumlar (14)"), each reader's comment and the outlet's note on them ("Comments are
    the readers' own views …").  trafilatura leaves out the comment sections whose class it knows
    ("comments"), not those named in another language.  A section that holds the headline or the
    story's first paragraph (``keys``, the first of a dozen words or more) is no comment section: a
    page may wrap everything in a "comments-enabled" block."""
    lead = next((key for key in keys if _story_long(key)), "")
    found: set[str] = set()
    for node in tree.css("[class], [id]"):
        attrs = node.attributes
        if node.tag in ("html", "body") or not _COMMENTS.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            continue
        if node.css_first("h1") is not None or (lead and lead in _key(node.text(separator=" "))):
            continue
        found.update(_box_keys(node))
    return found


# An element the page does not show its reader: a form's thank-you note, a layer opened by a button.
_HIDDEN = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")


def _chrome_texts(tree: Any, keys: list[str]) -> set[str]:
    """The words (`_key`) of every element of the site's own header (a <header> outside the story's
    <article> and <main> that holds no story paragraph: a site builder's page sets the site's name
    as an <h1> and its motto as a paragraph there) and of every small element the page hides
    (``display: none``, ``visibility: hidden``, ``hidden``: a sign-up form's "Thanks for
    subscribing!"), and of the sign-up box around an e-mail field (its heading, the publication's
    motto, "Thousands of paid subscribers").  trafilatura keeps them on pages with no <article>.  A box that holds one of
    the story's paragraphs (``keys`` of a dozen words or more) is passed over: a metered page may
    hide the story itself, saved whole."""
    story = [key for key in keys if _story_long(key)]
    found: set[str] = set()
    for node in tree.css("header, [style], [hidden]"):
        if node.tag == "header":
            parent, inside = node.parent, False
            while parent is not None and not inside:
                inside, parent = parent.tag in ("article", "main"), parent.parent
            if inside:
                continue
        elif not (node.attributes.get("hidden") is not None or _HIDDEN.search(node.attributes.get("style") or "")):
            continue
        text = _key(node.text(separator=" "))
        if not text or len(text.split()) > _BOX_MAX_WORDS or any(key in text for key in story):
            continue
        found.update(_box_keys(node))
    for email in tree.css('input[type="email"]'):  # a sign-up box: the largest block around the field
        # that holds no story paragraph and few words ("Discover more from …", its motto); the box's own pitch
        # may be a sentence as long as the story's ("Get our research in your inbox. Sign up for …")
        if email.parent is None:
            continue
        pitch = _key(email.parent.text(separator=" "))
        held = [key for key in story if key in pitch]
        others = [key for key in story if key not in held] if len(held) == 1 else story  # (two: a story's block)
        if _small_box(email.parent, others, ("body", "html")):
            found.update(_box_keys(_grown(email.parent, others, ("body", "html"))))
    return found


def _box_keys(box: Any, *, glued: bool = False) -> set[str]:
    """The words (`_key`) of every element inside ``box``, each also as trafilatura may glue its pieces
    ("…u Veselípřed 2 hodinami": a headline and its time, no space between) when ``glued``."""
    seps = (" ", "") if glued else (" ",)
    return {key for child in box.traverse(include_text=False) for sep in seps if (key := _key(child.text(separator=sep)))}


def _small_box(node: Any, story: list[str], stop: tuple[str, ...]) -> bool:
    """Is ``node`` a box of the page's furniture's size: below ``stop``'s tags, few words, none of ``story``'s
    paragraphs (`_key`s) in it?"""
    text = _key(node.text(separator=" "))
    return node.tag not in stop and len(text.split()) <= _BOX_MAX_WORDS and not any(key in text for key in story)


def _grown(node: Any, story: list[str], stop: tuple[str, ...]) -> Any:
    """The largest block around ``node`` that is still a `_small_box` (``node`` itself when its parent is not)."""
    while node.parent is not None and _small_box(node.parent, story, stop):
        node = node.parent
    return node


def _teaser_texts(tree: Any, keys: list[str]) -> set[str]:
    """The words (`_key`) of every element of a box that sets another story's card inside the
    story: an <article> within the story's <article> that links to its story ("Related news", a
    headline and its date line), with the box around it up to the story's block.  A box that holds
    one of the story's paragraphs (``keys`` of a dozen words or more) is passed over."""
    story = [key for key in keys if _story_long(key)]
    found: set[str] = set()
    for card in tree.css("article article"):
        if card.css_first("a[href]") is None:
            continue
        box = card
        while box.parent is not None and box.parent.tag != "article":
            box = box.parent
        text = _key(box.text(separator=" "))
        if not text or len(text.split()) > _BOX_MAX_WORDS or any(key in text for key in story):
            continue
        found.update(_box_keys(box))
    return found


def _pitch_boxes(tree: Any, keys: list[str]) -> set[str]:
    """The words (`_key`) of every element of a small box set between the story's paragraphs under a heading of its
    own, with a button or a link of a few words (its call: "Sign up here"), whose short line holds a ``tail`` phrase
    of the word lists ("Get the latest news" over "Stay up to date with … our free daily newsletter"): the outlet's
    pitch, wherever it stands, whatever its class. The same line in the story's own paragraphs, set under no heading
    in a box of its own, goes only at the end (`without_tail`); a box that holds another of the story's paragraphs
    (``keys`` of a dozen words or more) is passed over."""
    tail = _page_lines().tail
    story = [key for key in keys if _story_long(key)]
    found: set[str] = set()
    for box in tree.css("div, aside, section"):
        if box.css_first("h2, h3, h4, h5, h6") is None or not any(
                0 < len(_key(node.text(separator=" ")).split()) <= _LABEL_MAX_WORDS for node in box.css("a, button")):
            continue
        text = _key(box.text(separator=" "))
        if not text or len(text.split()) > _BOX_MAX_WORDS:
            continue
        pitches = [line for node in box.css("p, li, span, small, strong")
                   if len((line := _clean_line(node.text(separator=" "))).split()) <= _FURNITURE_LINE_MAX_WORDS
                   and tail.search(line)]
        pitched = {_key(line) for line in pitches}
        if pitches and not any(key in text and key not in pitched for key in story):
            found.update(_box_keys(box))
    return found


_LINK_SHARE = 0.7  # of a paragraph's letters, at least this many inside its links: a link, not a sentence
_LINK_LINE_MAX_WORDS = 25


def _link_texts(tree: Any, keys: list[str]) -> set[str]:
    """The words (`_key`) of what a page sets between the story's paragraphs or beside them to send the
    reader elsewhere, in any language: a paragraph that is all one link but for a short label ("Citește
    și: <a>…</a>", "相关阅读：<a>…</a>", a pager's "<a>Continuation on page 2: …</a>"; each of its pieces too, which a
    <br> inside it sets on lines of their own: "<strong>Read more:</strong><br>* <a>…</a>"), and a list whose every
    item is a link (a "Most read" rail: "Nejčtenější", other stories' headlines and their dates) with the
    small box around it, heading and all. A paragraph or box that holds one of the story's paragraphs
    (``keys`` of a dozen words or more) is passed over; a link inside a sentence leaves it a sentence."""
    story = [key for key in keys if _story_long(key)]
    found: set[str] = set()

    def linked(node: Any) -> bool:  # by letters, not words: a Chinese line has no spaces
        letters: int = sum(c.isalnum() for c in str(node.text(separator=" ")))
        inside: int = sum(c.isalnum() for a in node.css("a[href]") for c in str(a.text(separator=" ")))
        return letters > 0 and inside >= _LINK_SHARE * letters

    for para in tree.css("p"):
        text = _key(para.text(separator=" "))
        if text and len(text.split()) <= _LINK_LINE_MAX_WORDS and para.css_first("a[href]") is not None \
                and linked(para):
            found.update(_box_keys(para))  # (its label and its link too: a <br> between them cuts it in two lines)

    def card(li: Any) -> bool:  # another story's headline as a link, then at most its date or time
        words = len(li.text(separator=" ").split())
        inside = sum(len(a.text(separator=" ").split()) for a in li.css("a[href]"))
        return inside >= _CARD_LINK_WORDS and words - inside <= _CARD_META_WORDS

    for items in tree.css("ul, ol"):
        entries = [li for li in items.iter() if li.tag == "li"]
        if len(entries) < 2 or not all(card(li) for li in entries):
            continue
        listed = _key(items.text(separator=" "))
        others = [key for key in story if key not in listed]  # the story's paragraphs, the list's own lines aside
        box = _grown(items, others, ("body", "html", "article", "main"))
        text = _key(box.text(separator=" "))
        if not text or any(key in text for key in others):
            continue
        # each line as trafilatura may glue it too ("…u Veselípřed 2 hodinami": a headline and its time)
        found.update(_box_keys(box, glued=True))
    return found


_CARD_LINK_WORDS = 3  # a rail's item: a headline of this many words or more as its link …
_CARD_META_WORDS = 4  # … and at most this many besides (its date, "2 hours ago")


def _in_box(para: str, key: str, box: str) -> bool:
    """Is the paragraph ``para`` (``key`` its words) text of the furniture ``box``: the whole box,
    three words or more of it, the box's closing label with no full stop (its button or link:
    "Iscriviti", "Sign up") or its heading ("More Episodes" over a list of other episodes)?  A
    short answer ("No.") is not dropped for a box that only happens to hold the word, even at its end."""
    if key == box or (len(key.split()) >= 3 and f" {key} " in f" {box} "):
        return True
    label = box.endswith(f" {key}") or (box.startswith(f"{key} ") and len(key.split()) <= _HEADING_MAX_WORDS)
    return label and not para.rstrip().endswith((".", "!", "?", "…", "”", '"', "’", "»"))


_HEADING_MAX_WORDS = 4


_PIECES = re.compile(r"\s+[—–-]\s+|…|\.\.\.")


def _repeats_the_story(para: str, others: list[str]) -> bool:
    """Is every piece of ``para`` (split at dashes and ellipses) said in one of the other paragraphs?"""
    pieces = [_key(p) for p in _PIECES.split(para)]
    pieces = [re.sub(r"^(?:and|but|or|so|y|e|und|et)\s+", "", p) for p in pieces if p]
    if not pieces or any(len(p.split()) < 3 for p in pieces):
        return False
    return all(any(piece in other for other in others) for piece in pieces)


def json_body(paragraphs: tuple[str, ...], html: str) -> tuple[str, ...]:
    """The whole story from the page's JSON data (Next.js ``__NEXT_DATA__`` and the like) when the
    visible text is only its teaser.

    Metered pages render the first paragraphs and keep the rest in the script that hydrates
    the page, as a list of text elements, or as the story's body written as HTML in one string
    ("<p>…</p><p>…</p>", a paywalled page's whole body behind the two paragraphs it shows).  That
    list counts as the story only when at least two of the visible paragraphs are its items, in
    order; the visible lines above the first of them stay, its non-text items (ads, newsletter
    boxes, links) are left out, and so are its furniture lines (`furniture_line`: a "READ | …"
    link to another story set in the body as a paragraph of its own).
    """
    from selectolax.lexbor import LexborHTMLParser

    visible = [_key(p) for p in paragraphs]
    for script in LexborHTMLParser(html).css('script[type="application/json"]'):
        try:
            data = json.loads(script.text())
        except ValueError:
            continue
        for texts in _text_lists(data):
            keys = [_key(t) for t in texts]
            shown = [i for i, key in enumerate(visible) if key and key in keys]
            if len(shown) >= 2 and len(texts) > len(shown) and keys.index(visible[shown[0]]) == 0:
                return (*paragraphs[:shown[0]], *(t for t in texts if not furniture_line(t)))
    return paragraphs


_TEXT_TYPES = ("text", "paragraph")


# a story's body as one HTML string in a page's JSON: its paragraphs
_HTML_PARAGRAPH: Final = re.compile(r"(?is)<p\b[^>]*>(.*?)</p\s*>")


def _text_lists(data: Any, depth: int = 0) -> Iterator[list[str]]:
    """Lists of text elements ({"type": "text", "content": "…"}) anywhere in ``data``, and the paragraphs of
    a string that is a body in HTML (three <p>s or more), as clean lines."""
    if depth > 12:
        return
    if isinstance(data, str):
        if "<p" in data:
            texts = [t for t in map(_html_text, _HTML_PARAGRAPH.findall(data)) if t]
            if len(texts) >= 3:
                yield texts
    elif isinstance(data, dict):
        for value in data.values():
            yield from _text_lists(value, depth + 1)
    elif isinstance(data, list):
        texts = [_html_text(item.get("content") or item.get("text") or "") for item in data
                 if isinstance(item, dict) and item.get("type") in _TEXT_TYPES]
        texts = [t for t in texts if t]
        if len(texts) >= 3:
            yield texts
        for item in data:
            if isinstance(item, (dict, list, str)):
                yield from _text_lists(item, depth + 1)


def _html_text(value: Any) -> str:
    """A JSON text element's words: tags dropped, entities decoded, whitespace tidied."""
    if not isinstance(value, str):
        return ""
    return _clean_line(html_lib.unescape(re.sub(r"<[^>]+>", "", value)))


# The format a paper's site is in, after its name ("The Bayfield Record e-Edition", "… - ePaper",
# "… Digital Edition"): the e-paper's reader names itself so, the outlet is the paper.
_EDITION = re.compile(r"(?i)(?<=\w)\s*(?:[-–—|·:]\s*)?\b(?:e-?edition|e-?paper|digital\s+(?:edition|replica)"
                      r"|replica\s+edition|electronic\s+edition|print\s+edition)$")


def _without_edition(site: str) -> str:
    """The site's name without the format after it (see `_EDITION`), when two words or more are left:
    "The Print Edition" is a name."""
    rest = _EDITION.sub("", site)
    return rest if len(rest.split()) >= 2 else site


# Title tails that name the outlet: "Talks stall | Example News", "Talks stall - Example News"; a Japanese, Chinese or
# Korean page's full-width bar, spaced or not ("…一部減便へ｜山陰中央放送 島根のニュース").
_TAIL_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " ｜ ", "｜")


def strip_outlet_tail(title: str, site: str) -> str:
    """The headline without the "| Outlet" tail that page titles carry.

    A tail equal to the site's name goes with any separator; an unknown tail only after
    " | " or " :: " and only when it is short, because " - " also joins the two halves of
    real headlines ("Lima - a city on edge").
    """
    for sep in _TAIL_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if not found or not head.strip():
            continue
        tail = tail.strip()
        if site and tail.casefold() == site.casefold():
            return head.strip()
        if not site and sep in (" | ", " :: ") and len(tail.split()) <= 4:
            return head.strip()
    return title


_NAME_WORD = re.compile(r"[\w.'’&-]+")
_NAME_SMALL_WORDS = frozenset({"of", "the", "de", "la", "do", "da", "dos", "das", "del", "du", "des", "der", "van", "von",
                               "y", "e", "et", "und"})


def _name_word(word: str) -> bool:
    """A word of an outlet's name: capitalised in any cased script ("Prairie", "Βόρειος", "Степной", "Özgür"), a
    figure, "&" or one of the small words names keep in lower case ("of", "de", "do": "Diário do Norte")."""
    return bool(_NAME_WORD.fullmatch(word)) and (word[0].isupper() or word[0].isdigit() or word in _NAME_SMALL_WORDS
                                                 or word == "&")


def edition_outlet(tag: str, site: str) -> str:
    """The outlet whose regional edition or section the page's site name is, when its <title> names
    both ("… | Campinas e Região | Portal Meridiano", og:site_name "Campinas e Região": a portal
    names its edition as the site and itself last), or "".

    Only a short name (up to five capitalised words) after the site name, set off from it by the
    same separator that sets the site name off from the headline."""
    if not tag or not site:
        return ""
    for sep in _TAIL_SEPARATORS:
        head, found, last = tag.rpartition(sep)
        words = last.split()
        if (found and head.casefold().endswith(sep + site.casefold()) and last.strip().casefold() != site.casefold()
                and 0 < len(words) <= 5 and all(_name_word(w) for w in words) and not last.strip().isdigit()
                and any(w[0].isalpha() for w in words)):
            return last.strip()
    return ""


def title_outlet(tag: str, title: str, url: str = "", logo: str = "", home: Sequence[str] = ()) -> str:
    """The outlet a <title> names beside the headline ("Prairie Ledger - Farm income falls"), or "".

    Only when the rest is a short name (up to five capitalised words, or the words of the page's ``logo``
    as it writes them: "Степной вестник", a name in sentence case, or of a link of the page's to its ``home`` page
    that holds no image: "成都地铁… -蜀江在线", a name in a script without capitals, shown as the breadcrumb's first
    link) set off by a separator; a
    rest before the headline that ends in a colon labels it ("Issue 47: …", "Opinion: …") unless
    the page's address spells it (a blog platform's "The Parish Pump: …" on
    parishpump.blogplatform.example, see `spelled_by_address`).
    """
    if not tag or not title or tag == title or title not in tag:
        return ""
    head, _, tail = tag.partition(title)
    for before, rest in ((True, head.strip()), (False, tail.strip())):
        if not rest:
            continue
        if before and rest.endswith(":"):
            name = rest.removesuffix(":").strip()
            return name if url and len(name.split()) <= 6 and spelled_by_address(name, url) else ""
        name = rest.strip("|–—-:·").strip()
        if name == rest or not name:
            return ""  # no separator between the name and the headline
        words = name.split()
        shown = any(_words(name).casefold() == _words(seen).casefold() for seen in (logo, *home) if seen)
        named = all(_name_word(w) for w in words) and not all(w in _NAME_SMALL_WORDS or w == "&" for w in words)
        return name if len(words) <= 5 and (shown or named) else ""
    return ""


# A paper credited in parentheses after the headline in a page title: "…見送り（北陸みなと新聞）",
# "Ferry fares to rise (Harbour Herald)"; a short name, no figures.
_CREDIT_TAIL = re.compile(r"^\s*[(（]\s*(?P<name>[^()（）\d]{2,40}?)\s*[)）]")


def credited_outlet(html: str, title: str) -> tuple[str, str] | None:
    """(outlet, basis) when the page carries another paper's story and says so: its <title> or
    og:title is the headline ``title`` with that paper's name in parentheses after it
    ("…見送り（北陸みなと新聞） - Hoshizora!ニュース"), and the page names the same paper again, as
    the JSON-LD story's author or as the text of a link (to the paper's page on the aggregator).
    A news aggregator's syndication page is the paper's story; the aggregator is its host, and its
    og:site_name is the host's.  A parenthesis the page does not confirm (a "(video)", a place)
    names no outlet."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    node = tree.css_first('meta[property="og:title"]')
    shown = [_title_tag(html), _clean_line(node.attributes.get("content") or "") if node is not None else ""]
    for text in shown:
        at = _words(text).find(_words(title)) if title else -1
        m = _CREDIT_TAIL.match(_words(text)[at + len(_words(title)):]) if at >= 0 else None
        if m is None:
            continue
        name = _clean_line(m.group("name"))
        authors = {a.strip() for a in _jsonld_authors(tree, _page_url(html, "")).replace(" and ", ",").split(",")}
        # a link confirms a name of two words or more (a single word may be a section's: "(Video)")
        links = {_clean_line(a.text(separator=" ")) for a in tree.css("a")} if (
            len(name.split()) >= 2 or len(_CJK.findall(name)) >= 3) else set()
        if name in authors or name in links:
            where = "the JSON-LD story's author" if name in authors else "a link on the page"
            return name, f"the paper the page's title credits after its headline: ‘{m.group(0).strip()}’ (named as {where} too)"
    return None


def _title_tag(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    node = LexborHTMLParser(html).css_first("title")
    return _clean_line(node.text()) if node is not None else ""


def _extract(html: str) -> dict[str, Any]:
    """trafilatura's bare extraction with metadata (settings as shipped: its measured F1).

    A very short page (under trafilatura's 250-character floor) falls back to its
    baseline extractor, which glues every paragraph into one line; then the extraction
    is re-run with a low floor, which keeps the paragraphs.
    """
    out = _bare(html)
    if "\n" not in str(out.get("text") or "").strip():
        again = _bare(html, config=_short_page_config())
        if "\n" in str(again.get("text") or "").strip():
            out = again
    if any(_glued_table_row(line) for line in str(out.get("text") or "").split("\n")):
        flat = _without_layout_tables(html)
        if flat is not None:
            again = _bare(flat)
            if _text_lines(again) > _text_lines(out):
                out = again
    glued = [line[2:] for line in str(out.get("text") or "").split("\n") if _glued_list_item(line)]
    if len(glued) >= 2:
        flat = _without_card_lists(html)
        if flat is not None:
            again = _bare(flat)
            lines = [line for line in str(again.get("text") or "").split("\n") if len(line.split()) >= _STORY_WORDS]
            if all(any(item.endswith(line) for line in lines) for item in glued):
                out = again
    return out


def _text_lines(doc: dict[str, Any]) -> int:
    """Lines of an extraction that hold words (an e-mail's empty layout cells read as "| |" do not)."""
    return sum(bool(re.search(r"\w", line)) for line in str(doc.get("text") or "").split("\n"))


def _glued_list_item(line: str) -> bool:
    """A list item read as one line that is longer than any bullet: a post's heading and text."""
    return line.startswith("- ") and len(line.split()) > _FURNITURE_LINE_MAX_WORDS


def _without_card_lists(html: str) -> str | None:
    """The page with its lists of cards (items that hold a heading, or a paragraph beside other
    blocks) as plain blocks.

    A live blog may lay its posts out as the items of an <ol>, each a time, a heading, a
    paragraph and a share button; trafilatura reads each as one bullet, the heading glued to
    the post's text.  Read as blocks, the posts are paragraphs; the extraction made so is
    used only when every glued item's text comes out as a paragraph of its own.
    """
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for item in tree.xpath("//li[.//h2 or .//h3 or .//h4 or .//h5 or .//h6 or (.//p and count(*) >= 2)]"):
        parent = item.getparent()
        item.tag = "div"
        if parent is not None and parent.tag in ("ol", "ul"):
            parent.tag = "div"
    return str(lxml.html.tostring(tree, encoding="unicode"))


def _bare(html: str, **options: Any) -> dict[str, Any]:
    """One trafilatura extraction with metadata; where its date finder (htmldate, lxml) crashes
    on malformed markup (`<svg onload=…><html>`: an AssertionError, found by fuzzing), the
    text alone: the date then comes from `page_date`'s own markup reading.  The page's zero-width
    joiners are kept (`_joiners_kept`)."""
    import trafilatura

    html, back = _joiners_kept(html)
    try:
        found = _as_dict(trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                     date_extraction_params=_DATE_PARAMS, **options))
    except (AssertionError, ValueError, TypeError, RecursionError):
        found = _as_dict(trafilatura.bare_extraction(html, with_metadata=False, include_comments=False, **options))
    if back:
        for key, value in found.items():
            if isinstance(value, str):
                found[key] = value.translate(back)
    return found


# The zero-width non-joiner and joiner, letters of Persian ("می‌شود", "بهره‌برداری"), Urdu, Kurdish, and of the Indic
# scripts' conjuncts; trafilatura drops every character Python calls unprintable, these two among them, so a quote's
# words came out changed ("میشود"). While it reads the page they stand as symbols it keeps (control pictures, "␁").
# (written as they are or as references: "&zwnj;", "&#8204;", "&#x200C;")
_JOINERS: Final = (("\u200c", re.compile(r"\u200c|&(?:zwnj|#8204|#x0*200c);", re.IGNORECASE)),
                   ("\u200d", re.compile(r"\u200d|&(?:zwj|#8205|#x0*200d);", re.IGNORECASE)))
_JOINER_STANDINS: Final = tuple(chr(c) for c in range(0x2401, 0x2421))


def _joiners_kept(html: str) -> tuple[str, dict[int, str]]:
    """``html`` with its zero-width joiners as printable stand-ins that it does not hold, and the table that puts
    them back; ``html`` as it is and no table when it has no joiner (or holds every stand-in)."""
    held = [(joiner, written) for joiner, written in _JOINERS if written.search(html)]
    if not held:
        return html, {}
    free = [c for c in _JOINER_STANDINS if c not in html][:len(held)]
    if len(free) < len(held):
        return html, {}
    for (_, written), standin in zip(held, free, strict=True):
        html = written.sub(standin, html)
    return html, {ord(standin): joiner for (joiner, _), standin in zip(held, free, strict=True)}


def _glued_table_row(line: str) -> bool:
    """A whole story read as one table cell ("| Headline Posted … The board voted … |")."""
    line = line.strip()
    return line.startswith("| ") and line.endswith(" |") and len(line.split()) >= 40


def _without_layout_tables(html: str) -> str | None:
    """The page with its layout tables (tables whose cells hold headings or paragraphs) as plain blocks.

    Old sites lay pages out in <table>s; trafilatura reads those as data tables and glues
    the story into one "| … |" row.
    """
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for table in tree.xpath("//table[.//p or .//h1 or .//h2 or .//h3]"):
        for node in [table, *table.xpath(".//tbody | .//thead | .//tfoot | .//tr | .//td | .//th")]:
            node.tag = "div"
    return str(lxml.html.tostring(tree, encoding="unicode"))


def _as_dict(doc: Any) -> dict[str, Any]:
    if doc is None:
        return {}
    found = doc.as_dict() if hasattr(doc, "as_dict") else doc
    return dict(found) if isinstance(found, dict) else {}


# trafilatura dates the page too; its date is not used (`page_date` decides), so its search is the fast one.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


@lru_cache(maxsize=1)
def _short_page_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    return config


_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")


# the width a hard-wrapped text keeps its lines under (a terminal's 72 or 80 columns, an e-mail's 76)
_WRAP_MAX = 100
_WRAP_MIN = 60  # … and over this: shorter lines are a caption's or a verse's, not a page's width
_WRAP_SLACK = 22  # a wrapped line ends within this of the width: the next word did not fit
_SENTENCE_END = re.compile(r"""[.!?:;"”’')\]]\s*$""")
_PRE: Final = re.compile(r"(?is)<pre\b[^>]*>(.*?)</pre\s*>")


def unwrapped_blocks(text: str) -> list[str] | None:
    """The paragraphs of a hard-wrapped text (a parliament's record in <pre>, a release or an e-mail
    pasted as 72-column lines): the lines of each block between blank lines joined into one, so a
    sentence the layout broke across lines is one again — a quote read in it, or an `add:` of it, is
    then the sentence as said. None when the text is not hard-wrapped (`_wrap_width`). A line that ends
    well short of the width ends its paragraph too ("[Pages 12-13]" above a heading's line)."""
    width = _wrap_width(text)
    if width is None:
        return None
    return [p for block in _blocks(text) for p in _block_paragraphs(block, width)]


def _blocks(text: str) -> list[list[str]]:
    """The lines of each block of ``text`` between blank lines, trailing spaces off."""
    blocks = [[ln.rstrip() for ln in block.split("\n") if ln.strip()] for block in re.split(r"\n[ \t]*\n", text)]
    return [b for b in blocks if b]


def _wrap_width(text: str) -> int | None:
    """The width ``text`` is hard-wrapped at, or None when its lines ended where it chose (a
    transcript's turns, a poem, a list, one paragraph per line as pasted texts have), which shows as
    lines that end sentences or end well short of the widest line.

    Hard-wrapped: of the lines that another line follows in their block (three or more), at least
    four in five end within :data:`_WRAP_SLACK` characters of the widest of them (itself at most
    :data:`_WRAP_MAX`, at least :data:`_WRAP_MIN`), and at least half end inside a sentence."""
    inner = [ln for b in _blocks(text) for ln in b[:-1]]
    if len(inner) < 3:
        return None
    width = max(len(ln) for ln in inner)  # (a block's last line may run on: a header, a link)
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return None
    full = sum(len(ln) >= width - _WRAP_SLACK for ln in inner)
    open_ = sum(_SENTENCE_END.search(ln) is None for ln in inner)
    if full * 5 < len(inner) * 4 or open_ * 2 < len(inner):
        return None
    return width


def _block_paragraphs(lines: list[str], width: int) -> list[str]:
    """A block's wrapped lines as its paragraphs: joined, a paragraph ending after a line that stops
    well short of the width; a word the layout broke at its hyphen ("water-" / "rights") stays one
    word, hyphen kept."""
    out: list[str] = []
    joined = ""
    for ln in lines:
        ln = ln.strip()
        joined = ln if not joined else joined + ln if joined.endswith("-") and joined[-2:-1].isalpha() \
            else joined + " " + ln
        if len(ln) < width - _WRAP_SLACK:
            out.append(_clean_line(joined))
            joined = ""
    if joined:
        out.append(_clean_line(joined))
    return out


def unwrapped_pre(paragraphs: tuple[str, ...], html: str) -> tuple[str, ...]:
    """The page's paragraphs with each hard-wrapped <pre> block's lines (which the extraction gives one
    paragraph each) joined into the block's paragraphs (`unwrapped_blocks`)."""
    out = list(paragraphs)
    for m in _PRE.finditer(html):
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
        width = _wrap_width(text)
        if width is None:
            continue
        for block in _blocks(text):
            lines = [_clean_line(ln) for ln in block]
            if len(lines) < 2:
                continue
            at = next((i for i in range(len(out) - len(lines) + 1) if out[i:i + len(lines)] == lines), None)
            if at is not None:
                out[at:at + len(lines)] = _block_paragraphs(block, width)
    return tuple(out)


# libxml2 (under trafilatura, lxml) stops reading below 256 levels, and every tree walk pays for each level:
# a saved page of 50,000 nested <div>s ran for 11 minutes and then found no text (hostile round 59, i06)
_MAX_DEPTH = 200
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*>")
# not counted: void elements, and those whose end tag a page may leave out (an unclosed <p> or <li> is closed by
# the next one, never nested in it)
_UNCOUNTED = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "thead", "tbody",
                   "tfoot", "colgroup", "rp", "rt"})
_WRAPPERS = re.compile(r"</?(?:div|span|section|font|center)\b[^>]*>", re.IGNORECASE)
_INLINE = re.compile(r"</?(?:span|font)\b[^>]*>", re.IGNORECASE)
_INLINE_OPEN = re.compile(r"<(?:span|font)\b", re.IGNORECASE)
_MAX_INLINE = 20_000  # <span>/<font> tags past which `_shallow` drops them (a long story's page: a few thousand)


def _depth(html: str) -> int:
    """How deep the page's elements nest, by its tags (an unclosed one counts until its parent closes)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _UNCOUNTED or m.group(0).endswith("/>"):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


# A <noscript> element and its content; a paragraph in it of a story's length (`_STORY_WORDS`)
_NOSCRIPT: Final = re.compile(r"(?is)<noscript\b[^>]*>(.*?)</noscript\s*>")
_NOSCRIPT_PARAGRAPH: Final = re.compile(r"(?is)<p\b[^>]*>(.*?)</p\s*>")


def _noscript_story(html: str) -> str:
    """The page with the story's paragraphs it gives only inside <noscript> set in the page itself, where they stand.

    A page that loads its story's paragraphs by script ("Cargando...", "Loading…" where each would be) may keep
    each in a <noscript> beside its place, for readers and robots without scripts; trafilatura drops every
    <noscript>, and the story lost those paragraphs.  Only a <noscript> holding a paragraph of a story's length is
    opened: its usual content, a tracking pixel or a line asking to turn scripts on, stays out."""
    if "<noscript" not in html and "<NOSCRIPT" not in html:
        return html

    def opened(m: re.Match[str]) -> str:
        story = any(len(_clean_line(re.sub(r"<[^>]*>", " ", p)).split()) >= _STORY_WORDS
                    for p in _NOSCRIPT_PARAGRAPH.findall(m.group(1)))
        return m.group(1) if story else m.group(0)

    return _NOSCRIPT.sub(opened, html)


def _shallow(html: str) -> tuple[str, str]:
    """The page, and '' — or, when it nests deeper than any story does (`_MAX_DEPTH`), the page
    without its wrapper tags (<div>, <span>, <section>, <font>, <center>; their text kept) and a
    note saying so. A page nested that deep is read in seconds instead of minutes, its text found."""
    deep = _depth(html) if html.count("<") > _MAX_DEPTH else 0
    if deep <= _MAX_DEPTH:
        inline = sum(1 for _ in _INLINE_OPEN.finditer(html)) if html.count("<") > _MAX_INLINE else 0
        if inline <= _MAX_INLINE:
            return html, ""
        # trafilatura's cost grows faster than a page's elements (40,000 <span>s in one paragraph: 2.9 CPU s, 160,000:
        # 18.8 s, 400,000 timed the import out: hostile round 71, h06); an inline <span>/<font> carries no text of its
        # own, so past a count no story reaches they are dropped, their text kept in place (0.0 s at 40,000)
        return _INLINE.sub("", html), (f"the page has {inline:,} <span>/<font> tags (a story has a few hundred): they "
                                       "were dropped before reading it, their text kept; check the text against the page")
    flat = _WRAPPERS.sub("\n", html)
    still = _depth(flat)
    note = (f"the page nests its elements {deep} deep (a story needs a few dozen): its <div>/<span>/<section> "
            f"wrappers were dropped before reading it, their text kept; check the text against the page")
    if still > _MAX_DEPTH:
        note += f" (it still nests {still} deep: what lies below {_MAX_DEPTH} levels may be missing)"
    return flat, note


_HUGE_ATTRIBUTE = re.compile(r"""=\s*(?:"[^"]{100000,}"|'[^']{100000,}')""")


def _without_huge_attributes(html: str) -> tuple[str, str]:
    """The page, and '' — or, when an attribute holds 100,000 characters or more (no story's markup does), the page
    with each such value emptied and a note. The parser gives up on a value past 10,000,000 characters and drops
    the tree: a 12 MB `<meta content>` made a page with a headline and a quote "no article text found" (hostile
    round 71, h09)."""
    if len(html) < 100_000:
        return html, ""
    emptied = 0

    def empty(_m: re.Match[str]) -> str:
        nonlocal emptied
        emptied += 1
        return '=""'

    flat = _HUGE_ATTRIBUTE.sub(empty, html)
    if not emptied:
        return html, ""
    return flat, (f"{emptied} attribute value(s) of 100,000 characters or more were emptied before reading the page "
                  "(no story's markup holds one); check the text against the page")


_KEY_SPACE = re.compile(r"\s+")
_WHOLE_BLOCK_RUN = 40  # lines one paragraph's links may have been cut into


def _whole_blocks(paragraphs: tuple[str, ...], html: str) -> tuple[str, ...]:
    """The lines that together are exactly one paragraph of the page joined back into it.

    On a short page trafilatura's fallback cuts a paragraph at each inline link ("…Ruiz said. See" /
    "about" / "and" / "rel" / "."), so a quote holding a link was cut (hostile round 59, i11). A
    run of lines whose letters, spaces aside, are those of one <p> (or <li>, <dd>, <blockquote>
    holding no block of its own, nor a <br>: lines the page itself breaks) is that paragraph."""
    if len(paragraphs) < 2 or "<a" not in html:
        return paragraphs
    from selectolax.lexbor import LexborHTMLParser

    blocks: dict[str, str] = {}
    for node in LexborHTMLParser(html).css("p, li, dd, blockquote"):
        if len(node.css("p, li, div, br, blockquote, ul, ol, table, h1, h2, h3, h4, h5, h6, dd")) > 1:
            continue  # (the match list holds the node itself)
        text = node.text(separator="")
        key = _KEY_SPACE.sub("", text)
        if key:
            blocks.setdefault(key, _clean_line(text))
    if not blocks:
        return paragraphs
    longest = max(map(len, blocks))
    keys = [_KEY_SPACE.sub("", p) for p in paragraphs]
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        run, end = keys[i], 0
        for j in range(i + 1, min(len(paragraphs), i + _WHOLE_BLOCK_RUN)):
            run += keys[j]
            if len(run) > longest:
                break
            if run in blocks:
                end = j + 1
        if end:
            out.append(blocks["".join(keys[i:end])])
            i = end
        else:
            out.append(paragraphs[i])
            i += 1
    return tuple(out)


def _clean_line(text: str) -> str:
    """Whitespace runs become one space; every other character, quotation marks included, is kept."""
    return _SPACE.sub(" ", text).strip()


_HEADER_MAX_LINES = 6
_STORY_WORDS = 12  # a paragraph this long is the story, not its header


def header_lines(html: str) -> tuple[str, ...]:
    """The short lines between the story's <h1> and its first paragraph: byline, visible date (a
    standfirst, by its class, passed over: the byline often comes after it).

    trafilatura leaves them out of the main text, but the date a reader sees there
    ("May 31, 2025 10:30 PM EDT") is the outlet's own, in its own time zone, where the
    markup may carry the UTC time of the next day.  The lines at the top of the block that
    holds the story are read too: a CMS may open the story's own container with them
    (Drupal's "Submitted by … on Wed, 11/04/2026 - 16:05" above the body field).
    """
    from selectolax.lexbor import LexborHTMLParser

    h1 = _headline_node(LexborHTMLParser(html))
    if h1 is None:
        return ()
    lines: list[str] = []
    node = h1
    while node is not None and node.tag not in ("body", "html") and len(lines) < _HEADER_MAX_LINES:
        if _lines_until_story(node.next, lines):
            break
        node = node.parent
    return tuple(lines)


def _headline_node(tree: Any) -> Any:
    """The element that shows the story's headline: the first <h1> of the story's block, else the
    first <h1>, <h2> or <h3> that shows the page's social title or the headline of its <title> (a
    page with no <h1>: a Joomla/K2 "itemTitle", a portal's "title_area"; an <article> that holds the
    story's text and not its headline)."""
    roots = _story_roots(tree) or ([tree.body] if tree.body is not None else [])
    h1 = next((node for root in roots if (node := root.css_first("h1")) is not None), None)
    if h1 is not None or tree.body is None:
        return h1
    node = tree.css_first('meta[property="og:title"]')
    og = _words(node.attributes.get("content") or "") if node is not None else ""
    title = tree.css_first("title")
    tag = _words(title.text()) if title is not None else ""
    node = tree.css_first('meta[property="og:site_name"]')
    site = _words(node.attributes.get("content") or "").casefold() if node is not None else ""
    for heading in tree.body.css("h1, h2, h3"):
        shown = _words(heading.text(separator=" "))
        if shown.casefold() == site:
            continue  # the site's name in its header, which the <title> ends with
        if shown and (shown == og or (len(shown.split()) >= 3 and _set_in(shown, tag))):
            return heading
    return None


_ABOVE_MAX_LINES = 3  # the date line, a kicker, a breadcrumb: a story's header holds no more above its headline
# The page's own header, menu and top bar ("Sunday, 6 December 2026", today's date): above the
# story's header, never part of it.
_SITE_TOP = re.compile(r"(?i)top-?bar|masthead|site-?header|page-?header|global-?header|\bnav|menu")


def lines_above_headline(html: str) -> tuple[str, ...]:
    """The short lines just above the story's headline, nearest first: the date line some pages set
    over the headline (a Greek daily's "Σάββατο, 28 Νοεμβρίου 2026 14:32", a Vietnamese daily's
    "Thứ bảy, 5/12/2026, 19:20 (GMT+7)" beside its breadcrumb).

    Only the story's own header: the walk up from the headline stops at the page's header, menu
    or top bar (which shows today's date), at any block of other stories, and after a few lines.
    """
    from selectolax.lexbor import LexborHTMLParser

    node = _headline_node(LexborHTMLParser(html))
    lines: list[str] = []
    while node is not None and node.tag not in ("body", "html", "article", "main") and len(lines) < _ABOVE_MAX_LINES:
        sibling = node.prev
        while sibling is not None and len(lines) < _ABOVE_MAX_LINES:
            if sibling.tag in ("header", "nav", "aside", "footer"):
                return tuple(lines)
            if sibling.tag not in ("-text", "-comment", "script", "style", "figure", "img"):
                names = " ".join(f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}"
                                 for n in [sibling, *sibling.css("[class], [id]")])
                if _SITE_TOP.search(names) or _NOT_THE_STORY.search(names):
                    return tuple(lines)
                line = " ".join(sibling.text(separator=" ").split())
                if len(line) > 160:
                    return tuple(lines)
                if line:
                    lines.append(line)
            sibling = sibling.prev
        node = node.parent
    return tuple(lines)


def _lines_until_story(first: Any, lines: list[str]) -> bool:
    """Add to ``lines`` the short lines of ``first`` and its next siblings up to the story's first
    paragraph, looking into a block that holds the story for the lines above it; True once the
    story is reached."""
    sibling = first
    while sibling is not None and len(lines) < _HEADER_MAX_LINES:
        if sibling.tag not in ("-text", "-comment", "script", "style", "figure", "img"):
            names = f"{sibling.attributes.get('class') or ''} {sibling.attributes.get('id') or ''}"
            words = len(sibling.text(separator=" ").split())
            if (_STANDFIRST.search(names) and words <= _STANDFIRST_MAX_WORDS) or (_LIST_BOX.search(names)
                                                                                 and _listed_box(sibling)):
                sibling = sibling.next  # the standfirst (a sentence, not the story) or a summary's bullets ("In
                continue  # Summary" over two <li>s): the byline may follow it
            if sibling.tag in ("h2", "h3", "h4", "h5", "h6") or (_BYLINE_BOX.search(names)
                                                                  and words <= _BYLINE_MAX_WORDS):
                pass  # a standfirst is no story paragraph, nor a long byline ending "… 11:30 a.m."
            elif any(_is_story(p.text(separator=" ")) for p in [sibling, *sibling.css("p")]):
                if sibling.tag != "p" and sibling.css_first("p") is not None:
                    _lines_until_story(sibling.child, lines)  # the lines atop the story's own block
                return True
            line = " ".join(sibling.text(separator=" ").split())
            if line and len(line) <= 160:
                lines.append(line)
        sibling = sibling.next
    return False


# The standfirst under a headline, by its class: "dek", "standfirst", "chapo", "lead-paragraph",
# "sapo", "entradilla"…  It reads like a story paragraph, but the byline and date come after it.
# A name's words may be joined by "_" (BEM's "article__intro"), which \b does not split.
_STANDFIRST = re.compile(r"(?i)standfirst|(?<![a-z])(?:dec?k|lede|lead|sapo|intro)(?![a-z])|chap(?:o|eau)\b|lead-?paragraph"
                         r"|sub-?title|sub-?head|bajada|entradilla|sommario|catenaccio|occhiello|excerpt")
# … of which these name the story's own opening paragraph (its lead, "lede", "intro"), not a summary over it
_LEAD_NAME = re.compile(r"(?i)(?<![a-z])(?:lede|lead|intro)(?![a-z])")
# A box so named but longer than these holds more than a standfirst or a byline (the story itself).
_STANDFIRST_MAX_WORDS = 80
_BYLINE_MAX_WORDS = 40
# The byline or date box under a headline, by its class ("author" too: the author's name with the
# date beside it): its line is read even when it is long.
_BYLINE_BOX = re.compile(r"(?i)byline|\bmeta(?:data)?\b|-meta|meta-|dateline|timestamp|\bdates?\b|pubdate|author|autor")


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_STORY_CHARS = 40  # Japanese, Chinese and Korean sentences are counted in characters, not words


def _story_long(text: str) -> bool:
    """Is ``text`` (a paragraph, or its `_key`) of a story paragraph's length: a dozen words, or forty characters of
    Japanese, Chinese or Korean, which put no spaces between words (a box that holds one is no page furniture)?"""
    return len(text.split()) >= _STORY_WORDS or (not text.isascii() and len(_CJK.findall(text)) >= _CJK_STORY_CHARS)


def _is_story(text: str) -> bool:
    """A paragraph of the story: a dozen words or more (forty characters of Japanese, Chinese or
    Korean, which put no spaces between words), ending like a sentence (a byline does not)."""
    text = text.strip()
    if len(_CJK.findall(text)) >= _CJK_STORY_CHARS:
        return text.endswith(("。", "．", "」", "』", ".", "!", "?", "！", "？"))
    return len(text.split()) >= _STORY_WORDS and text.endswith((".", "!", "?", "”", '"', "’", "'", ":"))


def headline_as_shown(title: str, html: str, site: str = "") -> str:
    """The headline as the page shows it to its reader.

    trafilatura's title is the page's social title (og:title) with every run of white space
    made one ASCII space.  Two things are put back.  The spelling: the ideographic space that
    splits a Japanese or Chinese headline's two halves ("…延長へ\u300010月から…") is part of it,
    and so are the curly apostrophes and quotation marks a CMS sets in the <h1> but not in the
    og:title ("traders’" against "traders'"), so the page's own <h1>, og:title or <title> with
    the same words gives the spacing and the marks (the <h1> first: it is what the reader sees).  And the
    words: when the story's <h1> says something else ("Charleston could lose its water taxi in
    weeks. Here's why." for sharing, above "Water taxi operator says harbor service will end in
    April"), the <h1> is the headline if the page confirms it as one, as the JSON-LD story's
    ``headline``, as the <title> before its outlet tail or as the <title> after a label ("Issue
    47: …", a newsletter's number); an <h1> nothing confirms (a logo, a section name) loses to
    the social title, and so does an <h1> that is the outlet's name ``site`` (a site builder's
    header sets it as the <h1> on every page, and the <title> ends with it as its tail).
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    h1 = _first_h1(html)
    node = tree.css_first('meta[property="og:title"]')
    og = _clean_line(node.attributes.get("content") or "") if node is not None else ""
    tag = _title_tag(html)
    long_enough = len(h1.split()) >= 3 or len(_CJK.findall(h1)) >= _CJK_HEADLINE_CHARS
    own = bool(site) and _words(h1).casefold() == _words(site).casefold()
    if h1 and long_enough and not own and _words(h1, marks=True) != _words(title, marks=True) and (
            any(_set_in(h1, shown) for shown in (tag, title)) or _words(h1) in {_words(h) for h in _jsonld_headlines(tree)}):
        return h1
    for shown in (h1, og, tag):
        if shown and shown != title and _words(shown, marks=True) == _words(title, marks=True):
            return shown
    return title


_CJK_HEADLINE_CHARS = 8  # a Japanese or Chinese headline of a few words: as long as three English ones


def headline_in_title(title: str, html: str) -> str:
    """The headline when the title read is the wrong part of a <title> in three parts or more: a parliament's or a
    ministry's page puts the site and the section first ("Parliament of Ruritania - News - Committee visits
    port"), and the extraction took "Parliament of Ruritania - News". The other part is the headline when the page
    shows it as a heading of its own (an <h1>, <h2> or <h3>: such sites set the story's headline as an <h2>).
    ``title`` as it was otherwise."""
    tag = _title_tag(html)
    if not title or title == tag:
        return title
    from selectolax.lexbor import LexborHTMLParser

    headings: set[str] | None = None
    for sep in _TAIL_SEPARATORS:
        pieces = [piece.strip() for piece in tag.split(sep)]
        for k in range(1, len(pieces)):
            for read, rest in ((pieces[:k], pieces[k:]), (pieces[k:], pieces[:k])):
                if _words(sep.join(read)) != _words(title):
                    continue
                if headings is None:
                    headings = {_words(_clean_line(h.text(separator=" ")))
                                for h in LexborHTMLParser(html).css("h1, h2, h3")}
                if _words(sep.join(rest)) in headings and len(sep.join(rest).split()) > len(title.split()):
                    return sep.join(rest)
    return title


def _set_in(h1: str, title: str) -> bool:
    """Is ``title`` the headline ``h1`` set in a page title: alone, before an outlet tail ("… |
    Twin Rivers Public Radio") or after a label that ends in a colon or a separator ("Issue 47: …",
    a podcast's "The Crossing, Ep. 112: …")?"""
    at = title.find(h1)
    if at < 0:
        return False
    before, after = title[:at].rstrip(), title[at + len(h1):]
    return (not before or before.endswith((":", "|", "–", "—", " -", "·"))) and (
        not after.strip() or after.startswith(_TAIL_SEPARATORS))


# Typographic quotation marks and apostrophes as their typewriter forms: a CMS curls them in the
# <h1> it shows ("traders’ warnings") and leaves them straight in the og:title it shares.
_MARKS = str.maketrans({**TYPEWRITER_MARKS, "ʼ": "'"})


def _words(text: str, *, marks: bool = False) -> str:
    """Text with every run of white space, Unicode's included, as one space (for comparing); with
    ``marks``, its quotation marks and apostrophes typewriter-straight too."""
    found = " ".join(text.split())
    return found.translate(_MARKS) if marks else found


def _jsonld_headlines(tree: Any) -> list[str]:
    """The ``headline`` of each JSON-LD story node (an ``Article`` or ``Posting`` type)."""
    found: list[str] = []
    for nodes in _jsonld_scripts(tree):
        for node, _ in nodes:
            if _STORY_TYPE.search(_jsonld_type(node)) and isinstance(node.get("headline"), str):
                found.append(_clean_line(html_lib.unescape(node["headline"])))
    return found


def after_headline(paragraphs: tuple[str, ...], html: str, title: str) -> tuple[str, ...]:
    """The paragraphs without those that open the text but stand above the headline's <h1> on
    the page: an e-mail newsletter's greeting and housekeeping ("Hello readers, quick
    housekeeping before the main event …") come before its story's headline.

    Only when the first <h1> is the headline (the title), only the run at the start of the
    text, and only paragraphs the page shows nowhere after the <h1>.
    """
    import lxml.html

    if not paragraphs or not title:
        return paragraphs
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return paragraphs
    heads = tree.xpath("//body//h1")
    if not heads or _words(heads[0].text_content(), marks=True) != _words(title, marks=True):
        return paragraphs

    def text(nodes: list[Any]) -> str:
        return f" {_key(' '.join(str(t) for t in nodes if t.getparent().tag not in ('script', 'style', 'noscript')))} "

    before = text(heads[0].xpath("preceding::text()[ancestor::body]"))  # not the <title> in <head>
    after = text(heads[0].xpath("following::text()"))
    start = 0
    while start < len(paragraphs) - 1:
        key = _key(paragraphs[start])
        if not key or f" {key} " not in before or f" {key} " in after:
            break
        start += 1
    return paragraphs[start:]


def _first_h1(html: str) -> str:
    """The text of the page's first <h1>, its kicker left off (:func:`h1_kicker`)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    node = tree.css_first("h1")
    if node is None:
        return ""
    kicker, headline = _h1_parts(node, tree)
    return headline if kicker else _clean_line(node.text(separator=" "))


_KICKER_WORDS = 4  # a kicker (a broadcaster's "Dachzeile", a paper's "Spitzmarke") is a topic's word or few


def h1_kicker(html: str) -> tuple[str, str]:
    """(kicker, headline) of a story <h1> set in two parts, or ("", "") for any other.

    Broadcasters and papers set a kicker line above the headline inside the one <h1> ("<h1><span
    class=topline>Haushaltsstreit</span> <span>Stadtrat beschließt Sparpaket</span></h1>"); a stylesheet
    puts it on a line of its own, but the page's text and its social title run the two together
    ("Haushaltsstreit Stadtrat …", "Haushaltsstreit: Stadtrat …"), and the kicker is a topic, never
    part of the headline.  Only an <h1> whose words all stand in child elements, the first a few
    words with no closing stop and the rest a headline of more words: a headline with an
    emphasised word ("Council <em>rejects</em> plan") has bare words beside its children.  And not when
    the story's JSON-LD ``headline`` holds the two parts together ("Bahnstreik im Liveticker: GDL-Streik …"):
    the outlet's own record of its story names the headline so, an intro that belongs to it (the shared
    title alone says nothing: a broadcaster's joins its topic line there too)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    node = tree.css_first("h1")
    return _h1_parts(node, tree) if node is not None else ("", "")


def _h1_parts(h1: Any, tree: Any) -> tuple[str, str]:
    parts: list[str] = []
    for child in h1.iter(include_text=True):
        text = _clean_line(child.text(separator=" ") if child.tag != "-text" else child.text_content or "")
        if not text:
            continue
        if child.tag == "-text":
            return "", ""
        parts.append(text)
    if len(parts) < 2:
        return "", ""
    kicker, headline = parts[0].rstrip(":|–—- ").strip(), " ".join(parts[1:])
    if (not kicker or len(kicker.split()) > _KICKER_WORDS or kicker.endswith((".", "!", "?", ","))
            or len(headline.split()) <= len(kicker.split())):
        return "", ""
    if any(_without_kicker(told, kicker) != told and _words(_without_kicker(told, kicker)) == _words(headline)
           for told in _jsonld_headlines(tree)):
        return "", ""  # the story's own record joins them: one headline
    return kicker, headline


def _without_kicker(title: str, kicker: str) -> str:
    """``title`` without the <h1>'s kicker the social title or <title> sets before the headline
    ("Haushaltsstreit: Stadtrat beschließt Sparpaket" → "Stadtrat beschließt Sparpaket")."""
    if not kicker:
        return title
    m = re.match(re.escape(kicker) + r"\s*(?:[:|–—·-]\s*|\s)(?=\S)", title)
    return title[m.end():] if m is not None else title


def _kicker_apart(paragraphs: tuple[str, ...], kicker: str, headline: str) -> tuple[str, ...]:
    """The text without the <h1>'s kicker at its top, alone or run into the headline's line (which
    stays, the headline alone, for the title's repeat to leave)."""
    if not kicker:
        return paragraphs

    def bare(text: str) -> str:  # the extractor may run the two parts together with no space at all
        return _key(text).replace(" ", "")

    out = list(paragraphs)
    for i, para in enumerate(out[:3]):
        if bare(para) == bare(f"{kicker} {headline}"):
            out[i] = headline
        elif bare(para) == bare(kicker) and i + 1 < len(out):
            out[i] = ""
    return tuple(p for p in out if p)


# A web archive's address of a capture: its own host, a timestamp (with a replay flag: "im_", "id_")
# and the original address ("https://web.archive.org/web/20260412083015/https://…").  Pages saved
# from an archive's replay carry it in their canonical link and og:url, rewritten by the archive.
_ARCHIVED = re.compile(r"^https?://[^/]+/(?:[\w.-]+/){0,3}(?:19|20)\d{6,12}(?:[a-z]{2}_)?/(https?://\S+)$")


def unarchived(url: str) -> str:
    """The original address inside a web archive's capture address, else ``url`` as it is."""
    m = _ARCHIVED.match(url)
    return m.group(1) if m else url


def _page_url(html: str, found: str) -> str:
    """The canonical address: <link rel=canonical>, else og:url, else the address the browser's save
    wrote at the top of the file (`_saved_from`), else what trafilatura found, else the address a reader
    view names above its headline (`_reader_address`); the original one when the page was saved from a
    web archive's capture (`unarchived`)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    snapshot = _snapshot(tree)
    if snapshot is not None:
        return snapshot[1]
    base = tree.css_first("base[href]")
    if base is not None and found.strip() == (base.attributes.get("href") or "").strip():
        # trafilatura reads a <base href> as the page's address; it names where relative links resolve
        # (often the site's root, or another host): the article's source_url pointed there (hostile round 59, i07)
        found = ""
    for value in [*_declared_urls(tree), _saved_from(html), found]:
        if value.startswith(("http://", "https://")):
            return unarchived(value)
    return _reader_address(tree)


# The note a browser's save writes at the top of the file, naming the address it saved: Internet Explorer's and
# Chrome's "Save as … complete" ("<!-- saved from url=(0092)https://… -->", the address's length in brackets),
# SingleFile's header ("<!--\n Page saved with SingleFile \n url: https://… \n saved date: … -->")
_SAVED_FROM: Final = re.compile(r"<!--\s*saved from url=\(\d{1,5}\)(?P<mark>[^\s>]+?)\s*-->"
                                r"|<!--\s*Page saved with SingleFile\s+url:\s*(?P<single>[^\s>]+)", re.IGNORECASE)
_SAVED_FROM_REACH = 2048  # characters of the file's top the note stands in (before or right after <html>)


def _saved_from(html: str) -> str:
    """The address the page was saved from, as the browser's save wrote it above the page (`_SAVED_FROM`), or "".
    A save of a page that declares no address of its own keeps it only there; a save of a local file names no web
    address ("about:internet", "file:///…": not taken)."""
    top = html[:_SAVED_FROM_REACH]
    if "<!--" not in top:
        return ""
    m = _SAVED_FROM.search(top)
    found = (m.group("mark") or m.group("single")) if m is not None else ""
    return found if found.startswith(("http://", "https://")) else ""


def _host(url: str) -> str:
    """The host of ``url`` in lower case, without "www." ("archive.example")."""
    from urllib.parse import urlsplit

    return urlsplit(url).netloc.casefold().removeprefix("www.")


def _snapshot(tree: Any) -> tuple[str, str] | None:
    """(capture, original) when the page is a web archive's snapshot page that names its capture by
    a short address of its own ("https://archive.example/Qx7Vm", no date in it, so `unarchived`
    cannot open it), or None.

    Such a page declares the capture as its canonical address and the archive as its site; what
    gives it away is its links, rewritten to go through the archive ("https://archive.example/o/
    Qx7Vm/https://www.paper.example/news/"), and the box above the page that says where it was
    saved from: an input field holding the original address.
    """
    capture = next((value for value in _declared_urls(tree) if value.startswith(("http://", "https://"))), "")
    host = _host(capture)
    if not host:
        return None
    rewritten = 0
    for node in tree.css("a[href]"):
        href = node.attributes.get("href") or ""
        if _host(href) == host and re.search(r"/https?://", href):
            rewritten += 1
    if rewritten < 2:
        return None
    for node in tree.css("input[value]"):
        value = (node.attributes.get("value") or "").strip()
        if value.startswith(("http://", "https://")) and _host(value) not in ("", host):
            return capture, value
    return None


def _declared_urls(tree: Any) -> list[str]:
    """The addresses a page declares for itself: <link rel=canonical>, then og:url."""
    found = []
    for selector, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        found.append((node.attributes.get(attr) or "").strip() if node is not None else "")
    return found


def _archive_capture(html: str) -> str:
    """The web archive's capture address the page was saved from (its rewritten canonical link or
    og:url), or "": a record that exists, better than one made up from the day."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    snapshot = _snapshot(tree)
    if snapshot is not None:
        return snapshot[0]
    return next((value for value in (*_declared_urls(tree), _saved_from(html))
                 if value.startswith(("http://", "https://")) and unarchived(value) != value), "")


def _reader_address(tree: Any) -> str:
    """The article's address as a browser's reader view or a read-later service's export names it: a link above
    the <h1>, or under it before the story's first paragraph (Instapaper's origin line), whose text is its own host
    ("www.example-paper.com", or without its "www.", as Firefox shows it) and whose address has a path (a logo link
    to the home page names the site, not the article).  Such a page keeps no canonical link."""
    from urllib.parse import urlsplit

    if tree.body is None or tree.css_first("h1") is None:
        return ""
    headline = False
    for node in tree.body.traverse():
        headline = headline or node.tag == "h1"
        if headline and node.tag == "p":
            break
        if node.tag != "a":
            continue
        href = (node.attributes.get("href") or "").strip()
        parts = urlsplit(href)
        if (parts.scheme in ("http", "https") and parts.netloc and parts.path.strip("/")
                and node.text(separator=" ").strip().casefold().removeprefix("www.") == _host(href)):
            return href
    return ""


def _own_name(found: str, html: str) -> str:
    """trafilatura's site name ``found``, or the page's og:site_name when ``found`` is that name with
    more words after it: trafilatura prefers a JSON-LD Organization's ``legalName`` ("Plateau Post
    Inc.", "Plateau Post Pty Ltd"), the company's name, to the one the outlet gives itself.  A
    different og:site_name is not taken: a publishing platform's pages name the platform there
    ("Medium") and the publication in their JSON-LD, unless the page shows only og:site_name to its reader (in its
    <title> or its text): a JSON-LD publisher in another script ("Roznama Sahar" for "روزنامہ سحر") or an older name
    the reader never sees is metadata, the name shown is the outlet's.  The name is spelt as the page shows it to its reader:
    trafilatura title-cases a site name the markup gives in lower case ("nachrichten erstes" → "Nachrichten
    Erstes"), right for an outlet that writes itself "Infoplaza" in its <title> and its text and "infoplaza" only
    in its metadata, wrong for a brand written in lower case wherever the reader sees it (its logo's text, its
    footer: "nachrichten erstes – Impressum"), which keeps that case (see `_shown_spelling`)."""
    from selectolax.lexbor import LexborHTMLParser

    node = LexborHTMLParser(html).css_first('meta[property="og:site_name"]')
    own = _clean_line(node.attributes.get("content") or "") if node is not None else ""
    if own and found.casefold().startswith(own.casefold() + " "):
        return own
    if own and found and own.casefold() != found.casefold() and _shown_to_reader(own, html) \
            and not _shown_to_reader(found, html):
        return own  # the name in the page's own script ("روزنامہ سحر"), not its JSON-LD romanisation ("Roznama Sahar")
    if not found or found != found.title():
        return found  # (trafilatura's title-casing leaves every word capitalised)
    # the name as the metadata writes it: og:site_name, else (a lower-case name in the markup) the JSON-LD publisher's
    written = own if own else _jsonld_publisher(html) if found.lower() in html else ""
    if written == found or written.casefold() != found.casefold():
        return found
    return _shown_spelling(written, found, html)


def _shown_to_reader(name: str, html: str) -> bool:
    """Does the page show ``name`` to its reader, in its <title> or its visible text (any case, as whole words)?"""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    return any(pattern.search(text) for text in (_title_tag(html), _visible_text(html)))


def _shown_spelling(written: str, found: str, html: str) -> str:
    """The site name the metadata gives as ``written`` ("nachrichten erstes", "derStandard") and trafilatura as
    ``found`` (its words capitalised), as the page spells it where its reader sees it, in its <title> or its
    visible text: ``written`` when it stands so there at all (the brand's own spelling), else the spelling seen
    there most often (the outlet's name, which its metadata lower-cased), else ``found``."""
    pattern = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)", re.IGNORECASE)
    seen = [m.group(0) for text in (_title_tag(html), _visible_text(html)) for m in pattern.finditer(text)]
    if written in seen:
        return written
    return max(sorted(set(seen)), key=seen.count) if seen else found


def _jsonld_publisher(html: str) -> str:
    """``publisher.name`` of the page's JSON-LD, when trafilatura found no site name."""
    from selectolax.lexbor import LexborHTMLParser

    for script in LexborHTMLParser(html).css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text())
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            publisher = item.get("publisher") if isinstance(item, dict) else None
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                return _clean_line(publisher["name"])
    return ""


def _visible_text(html: str) -> str:
    """The text a reader sees on the whole page, one space between words."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for sel in ("script", "style", "noscript", "template", "head"):
        for node in tree.css(sel):
            node.decompose()
    body = tree.body
    return " ".join(body.text(separator=" ").split()) if body is not None else ""


def _visible_words(html: str) -> int:
    """Words a reader sees on the whole page: the denominator of "boilerplate removed"."""
    return len(_visible_text(html).split())


# "© The Harbour Herald.", "Copyright © 2026 Harbour Herald Ltd. All rights reserved": the name
# after the sign (and a year), up to six words of a name.
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bCopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
                        r"(?P<name>(?:(?:[A-Z][\w’'&-]*|&|of|the|and)\s+){0,5}[A-Z][\w’'&-]*)")


# The article before an outlet's name, which its address leaves out ("The", "Der", "La", "El", "O"…).
_ARTICLE = re.compile(r"(?i)^(?:the|der|die|das|de|het|le|la|les|el|il|lo|o|a)\s+")


def copyright_outlet(text: str, url: str, logo: str = "") -> tuple[str, str]:
    """(outlet, basis) from the page's copyright line, when its address spells the same name.

    A page with no site name (a reader view, a bare save) may still end with "© The Harbour
    Herald. All rights reserved."; the rights holder is the outlet only when the page's
    address says so too (www.harbourherald.com: the name's letters, an article such as "The" or
    "Der" aside, are a label of its host or its path's first folder; a company suffix after them
    is left off), since a copyright may also belong to a
    parent company or a photo agency.  When the address spells only the name's first words
    ("© 2026 Corvane Robotics, Inc." on corvane.example), the longer name stands if the page's
    ``logo`` (see `_logo_name`) shows it: the company's own name, not a shortening of it.
    """
    for m in _COPYRIGHT.finditer(text):
        full = m.group("name").strip(" .,").split()
        words = list(full)
        while words:  # "Harbour Crier Ltd" on harbourcrier.com is Harbour Crier
            name = " ".join(words)
            if spelled_by_address(name, url):
                basis = f"the page's copyright line ‘{m.group(0).strip()}’, whose name its address ({url}) spells"
                shown = " ".join(full[:len(logo.split())])
                if len(logo.split()) > len(words) and shown.casefold() == logo.casefold():
                    return shown, f"{basis} in part, and its logo in full"
                return name, basis
            words.pop()
    return "", ""


# A copyright line's holder: "Copyright ⓒ 한빛일보. All rights reserved.", "© 2026 Harbour Herald".
_RIGHTS = re.compile(r"^(?:copyright\s*)?[©ⓒ](?:\s*copyright)?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
                     r"(?P<name>[^.,|;:()\d][^.,|;:()]{1,40}?)\s*(?:[.,|;]|all rights|$)", re.IGNORECASE)


def story_rights_holder(html: str) -> tuple[str, str]:
    """(outlet, basis) for a page with no site name that carries another outlet's story (a portal's
    copy of a paper's story): the holder of the copyright line that the story's own block sets
    under it, when that block also shows the holder's logo (an image whose ``alt`` is the name, over
    the headline).  The page's footer names the portal; the story's block names the paper."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    node = _headline_node(tree)
    while node is not None and node.tag not in ("body", "html"):
        for line in node.css("p, div, span, small"):
            if any(child.tag in ("p", "div") for child in line.iter()):
                continue  # a block of lines: its own lines are read
            found = _RIGHTS.match(_clean_line(line.text(separator=" ")))
            if found is None:
                continue
            name = found.group("name").strip()
            logos = {_clean_line(img.attributes.get("alt") or "") for img in node.css("img[alt]")}
            if name in logos:
                return name, f"the copyright line under the story ‘{_clean_line(line.text())[:80]}’ and the logo above it"
            return "", ""
        node = node.parent
    return "", ""


_LANG_HOME: Final = re.compile(r"(?i)[a-z]{2}(?:[-_][a-z]{2})?")  # a language's home folder: "en", "fr-ca", "pt_BR"


def _logo_name(html: str, url: str) -> str:
    """The text of the page's logo: the ``alt`` of the image in a link to the site's home page
    ("/", or the page's own host with no path, or its home in one language, "/en/"), or ""."""
    return next((alt for link in _home_links(html, url) if (image := link.css_first("img[alt]")) is not None
                 and (alt := _clean_line(image.attributes.get("alt") or ""))), "")


def _home_link_texts(html: str, url: str) -> tuple[str, ...]:
    """The texts of the page's links to the site's home page (see `_logo_name`) that hold no image: a name set in
    type, as a breadcrumb's first link ("蜀江在线 > 四川 > 正文") or a logo without a picture shows it, or "Home"."""
    return tuple(text for link in _home_links(html, url) if link.css_first("img") is None
                 and (text := _clean_line(link.text(separator=" "))))


def _home_links(html: str, url: str) -> Iterator[Any]:
    """The page's links to the site's home page: "/", the page's own host with no path, or its home in one
    language ("/en/", "/fr-ca/": a trilingual site's logo)."""
    from urllib.parse import urlsplit

    from selectolax.lexbor import LexborHTMLParser

    host = _host(url)
    for link in LexborHTMLParser(html).css("a[href]"):
        parts = urlsplit(link.attributes.get("href") or "")
        if (parts.path.strip("/") and not _LANG_HOME.fullmatch(parts.path.strip("/"))) or parts.query \
                or (parts.netloc and parts.netloc.casefold().removeprefix("www.") != host):
            continue
        yield link


# The labels of a country's second level under which outlets register ("nzherald.co.nz", "paper.com.ph")
_SECOND_LEVEL: Final = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob", "nic", "in"})
_MASTHEAD_PREFIX_MIN = 4  # letters of the word before the masthead noun: fewer are an abbreviation ("nz", "la", "ny")
# The opening of the basis of an outlet read from the page's address alone (the import asks the editor to check it)
ADDRESS_OUTLET_BASIS: Final = "the page's address read as a name"


def address_outlet(url: str) -> tuple[str, str]:
    """(outlet, basis) read from the address of a page that shows no name of its own (a read-later service's export
    keeps only the story and its link): the label the outlet registered ("visayasinquirer" of
    "newsinfo.visayasinquirer.example") when it is a word of four letters or more followed by a noun outlets' names
    end with (page_lines.toml `masthead_words`): "Visayas Inquirer". Else ("", ""): no word boundary is guessed
    inside "nzherald" or "theatlantic"."""
    from dateline.lexicon import page_line_words

    labels = [label for label in _host(url).split(".")[:-1] if label != "www"]
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    if not labels or not labels[-1].isascii() or not labels[-1].isalpha():
        return "", ""
    label = labels[-1]
    for noun in page_line_words().masthead_words:  # (longest first: "weekly" is read before a shorter tail)
        first = label.removesuffix(noun)
        if first != label and len(first) >= _MASTHEAD_PREFIX_MIN:
            name = f"{first.capitalize()} {noun.capitalize()}"
            return name, f"{ADDRESS_OUTLET_BASIS} (‘{label}’ as ‘{first}’ + ‘{noun}’): the page shows no name of its own"
    return "", ""


def spelled_by_address(name: str, url: str) -> bool:
    """Are the letters of ``name`` (an article such as "The" or "Der" aside, four letters at least)
    a label of the host of ``url`` or its path's first folder?  A mailing or publishing platform's
    address names the publisher in the folder ("mailing.example/harbourcrier/issue-47")."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    labels = {re.sub(r"[^a-z0-9]", "", label)
              for label in [*parts.netloc.casefold().split("."), parts.path.strip("/").split("/")[0].casefold()]}
    letters = re.sub(r"[^a-z0-9]", "", re.sub(_ARTICLE, "", name).casefold())
    return len(letters) >= 4 and letters in labels


# ---------------------------------------------------------------------------------------------
# Publication date

# Where article pages record their publication date, most trusted first.
_HTML_DATE_META: tuple[tuple[str, str], ...] = (
    ('meta[property="article:published_time"]', "content"),
    ('meta[name="article:published_time"]', "content"),
    ('meta[itemprop="datePublished"]', "content"),
    ('[itemprop="datePublished"]', "datetime"),
    ('[itemprop="datePublished"]', "content"),
    ('abbr[itemprop="datePublished"]', "title"),  # microformats' <abbr title="…">19:42</abbr> (Blogger)
    ('meta[property="og:published_time"]', "content"),
    ('meta[name="parsely-pub-date"]', "content"),
    ('meta[name="pubdate"]', "content"),
    ('meta[name="publishdate"]', "content"),
    ('meta[name="publish-date"]', "content"),
    ('meta[name="date"]', "content"),
    ('meta[name="DC.date.issued"]', "content"),
    ('meta[name="dcterms.date"]', "content"),
    ('meta[name="dc.date"]', "content"),
    ("time[pubdate]", "datetime"),
)
_HTML_ISO = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d\d)[\d:.]*(Z|[+-]\d\d:?\d\d)?)?\s*$")
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def placeholder_date(day: PartialDate) -> bool:
    """A CMS's empty value printed as a date (the Unix epoch, 1900-01-01, 0001-01-01, 9999-12-31):
    no news page is that old or that far ahead, so it dates nothing."""
    return day.year < 1980 or day.year >= 2090


@dataclass(frozen=True)
class _Stamp:
    """One publication timestamp in the markup: its day as written, where it was, and its zone."""

    day: PartialDate
    value: str
    where: str
    utc: bool  # written in UTC ("Z", "+00:00"): the outlet's own day may be another one
    zoned: bool  # carries a zone offset at all
    hour: int | None


# English words before a date that make it the update's (other languages': date_lines.toml `updated`)
_UPDATE_LABELS: Final = ("updated", "last updated", "modified", "edited", "last edit", "last update")
_UPDATE_OPENING: Final = re.compile(r"\W*(?:" + "|".join(map(re.escape, _UPDATE_LABELS)) + r")\b")


def _update_stamp(shown: str) -> bool:
    """Does a <time>'s text say it dates an update ("Updated Dec. 5, 2026, 9:41 a.m.", "aktualizováno …")?
    Then its datetime is the update's, not the publication's. The labels are those a date under the
    headline is passed over for (`_visible_dates`)."""
    from dateline.lexicon import date_line_words

    text = shown.strip().casefold()
    return bool(_UPDATE_OPENING.match(text)) or any(text.startswith(w) for w in date_line_words().updated)


_APP_PUBLISHED: Final = ("publishedAt", "datePublished", "publishDate", "publishedDate", "firstPublished",
                         "published_at", "first_published_at")
_APP_STATE_DEPTH: Final = 4


def _app_state_published(tree: Any) -> list[tuple[str, str]]:
    """The publication time a JavaScript app's page state gives its story (Next.js's `__NEXT_DATA__`:
    `props.pageProps.article.publishedAt`), when the page shows only the update's: the object nearest
    the state's top that has a title and a publication time is the page's own story; related stories'
    cards sit deeper, in lists."""
    node = tree.css_first("script#__NEXT_DATA__")
    if node is None:
        return []
    try:
        state = json.loads(node.text())
    except ValueError:
        return []
    level: list[Any] = [state]
    for _ in range(_APP_STATE_DEPTH + 2):
        for item in level:
            if isinstance(item, dict) and any(k in item for k in ("title", "headline")):
                value = next((item[k] for k in _APP_PUBLISHED if isinstance(item.get(k), str)), None)
                if value:
                    return [(value, "the page's app state (__NEXT_DATA__) publishedAt")]
        level = [v for item in level if isinstance(item, dict) for v in item.values() if isinstance(v, dict)]
    return []


def _stamps(html: str) -> list[_Stamp]:
    """Every publication timestamp the markup states, most trusted first; placeholders left out."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    found: list[tuple[str, str]] = []
    for selector, attr in _HTML_DATE_META:
        for node in tree.css(selector):
            value = node.attributes.get(attr)
            if value:
                found.append((value, f"{selector.replace(chr(34), '')} {attr}"))
    found += _jsonld_published(tree, _page_url(html, ""))
    found += _app_state_published(tree)
    story = _story_article(tree)
    first_time = next((node for root in _story_roots(tree) for node in root.css("time[datetime]")
                       if not _in_other_stories(node, story) and not _update_stamp(node.text())), None)
    if first_time is not None and not _against_address(first_time.attributes.get("datetime") or "", html):
        found.append((first_time.attributes.get("datetime") or "", "the article's first <time datetime>"))
    out: list[_Stamp] = []
    era: bool | None = None  # does the page count years in the Buddhist era (asked of the first year past 2500)
    for value, where in found:
        m = _HTML_ISO.match(value)
        if m is None:
            continue
        iso = m.group(1)
        if int(iso[:4]) >= _BUDDHIST_ERA_FROM:
            era = _buddhist_era_page(html) if era is None else era
            if era:  # a Thai CMS's "2569-12-05T14:32:00+07:00" is 2026-12-05
                where = f"{where}, its year of the Buddhist era ({iso[:4]} − {_BUDDHIST_ERA})"
                iso = f"{int(iso[:4]) - _BUDDHIST_ERA}{iso[4:]}"
        try:
            day = PartialDate.parse_iso(iso)
        except ValueError:
            continue
        if day is None or placeholder_date(day):
            continue
        zone = m.group(3) or ""
        utc = zone in ("Z", "+00:00", "+0000", "-00:00")
        out.append(_Stamp(day, value.strip(), where, utc, bool(zone), int(m.group(2)) if m.group(2) else None))
    return out


# A day in a page's address: "/2026/11/21/", "/2026-11-21-", "/20261121/" (the story's slug after it).
_ADDRESS_DAY = re.compile(r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?=[/-])|/((?:19|20)\d\d)([01]\d)([0-3]\d)/")


def address_day(url: str) -> PartialDate | None:
    """The calendar day a story's address spells ("/2026/11/21/", "/2026-11-21-", "/20261121/"), or None:
    written when the story went out, it dates pasted copy whose own date line gives no year."""
    found = _ADDRESS_DAY.search(url)
    if found is None:
        return None
    year, month, day = (int(g) for g in (found.groups()[:3] if found.group(1) else found.groups()[3:]))
    return _real_day(year, month, day)


def _against_address(value: str, html: str) -> bool:
    """Does the <time> value ``value`` fall more than a day from the day the page's address spells?
    A <time> is the weakest of the markup's dates: the first one under the story's block may date
    another thing (a list of other stories, an embedded post) that no class name gives away, and
    the address, written when the story went out, says which day is the story's."""
    m = _HTML_ISO.match(value)
    address = address_day(_page_url(html, ""))
    if m is None or address is None:
        return False
    try:
        shown = PartialDate.parse_iso(m.group(1))
    except ValueError:
        return False
    return shown is not None and abs((shown.first_day() - address.first_day()).days) > 1


# JSON-LD types of the story itself (NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting…),
# against the page around it (WebPage, CollectionPage) and the site (WebSite, Organization).
_STORY_TYPE = re.compile(r"Article|Posting|Report")


def _jsonld_published(tree: Any, page: str = "") -> list[tuple[str, str]]:
    """The JSON-LD ``datePublished`` values, the story's own nodes (an ``Article`` or ``Posting``
    type) first, the outermost first: a ``@graph`` also dates its WebPage node, which a CMS may
    stamp with the draft's creation the evening before the story went out, and a live blog's
    nested updates date themselves, not the story.  A story node that names another page of the
    site as its own (its ``url``, ``@id`` or ``mainEntityOfPage`` an address other than ``page``,
    the page's) dates that other story, when another story node is there (`_other_pages_stories`):
    a CMS may describe the related stories of a page in its @graph too, before the page's own."""
    found: list[tuple[tuple[bool, int, int], str, str]] = []
    scripts: list[list[tuple[dict[str, Any], int]]] = []
    for script in tree.css('script[type="application/ld+json"]'):
        text = script.text()
        try:
            scripts.append(list(_jsonld_nodes(json.loads(text))))
        except ValueError:
            found += [((True, 9, len(found)), hit.group(1), "JSON-LD datePublished")
                      for hit in _JSONLD_PUBLISHED.finditer(text)]
    others = _other_pages_stories([node for nodes in scripts for node, _ in nodes], page)
    for nodes in scripts:
        for node, depth in nodes:
            value = node.get("datePublished")
            if not isinstance(value, str) or id(node) in others:
                continue
            named = _jsonld_type(node)
            story = bool(_STORY_TYPE.search(named))
            found.append(((not story, depth, len(found)), value,
                          "JSON-LD datePublished" + ("" if story or not named else f" of its {named}")))
    return [(value, where) for _, value, where in sorted(found)]


def _other_pages_stories(nodes: list[dict[str, Any]], page: str) -> set[int]:
    """The ``id()`` of the JSON-LD story nodes that name another page of the page's own site as
    theirs ("…/pawhuska-library-board-names-new-director/…#article" on the co-op story's page),
    when at least one story node does not: never the only story the page describes.  An address
    on another host (a wire's, an AMP cache's) says nothing."""
    from urllib.parse import urlsplit

    def where(value: Any) -> str:
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if not isinstance(value, str) or not value.startswith(("http://", "https://")):
            return ""
        parts = urlsplit(unarchived(value))
        return f"{parts.netloc.casefold().removeprefix('www.')}{parts.path.rstrip('/')}"

    own = where(page)
    if not own:
        return set()
    stories = [node for node in nodes if _STORY_TYPE.search(_jsonld_type(node))]
    other: set[int] = set()
    for node in stories:
        named = [found for key in ("url", "@id", "mainEntityOfPage") if (found := where(node.get(key)))]
        if named and all(n != own and n.split("/")[0] == own.split("/")[0] for n in named):
            other.add(id(node))
    return other if len(other) < len(stories) else set()


def _jsonld_type(node: dict[str, Any]) -> str:
    """A JSON-LD node's ``@type`` as one string ("NewsArticle", "WebPage", "Article BlogPosting")."""
    types = node.get("@type")
    return " ".join(t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str))


def _jsonld_scripts(tree: Any) -> Iterator[list[tuple[dict[str, Any], int]]]:
    """Each JSON-LD script's objects with their depths (`_jsonld_nodes`); a script that is no JSON
    is passed over (`_jsonld_published` reads such a one's dates by pattern, and lists them itself)."""
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            yield list(_jsonld_nodes(json.loads(script.text())))
        except ValueError:
            continue


def _jsonld_nodes(data: Any, depth: int = 0) -> Iterator[tuple[dict[str, Any], int]]:
    """Every JSON-LD object in ``data`` with its depth (a ``@graph``'s members are at the top)."""
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_nodes(item, depth)
    elif isinstance(data, dict):
        yield data, depth
        for key, value in data.items():
            if isinstance(value, (dict, list)):
                yield from _jsonld_nodes(value, depth if key == "@graph" else depth + 1)


def markup_date(html: str) -> DateInfo | None:
    """The publication date an HTML page states in its markup, as written (no time-zone shift).

    article:published_time and similar meta tags, JSON-LD ``datePublished``, then the
    first ``<time datetime>`` of the article.  The date part of the ISO value is kept as
    written: converting "2025-07-18T23:30:00-04:00" to UTC would move it a day.  A value
    written in UTC ("…T01:50:00Z") gives way to another of the page's timestamps written
    with the outlet's own offset ("2026-04-07T22:50:00-03:00"): the UTC day is not the
    outlet's day for an evening story west of Greenwich or a morning one east of it.
    Placeholders (the epoch, 1900, 9999) are no dates.
    """
    stamps = _stamps(html)
    if not stamps:
        return None
    best = stamps[0]
    if best.utc:  # the outlet's own offset, else a bare day (a reader's <time datetime="2026-07-14">)
        best = next((s for s in stamps if s.zoned and not s.utc), None) or next(
            (s for s in stamps if s.hour is None and abs((s.day.first_day() - best.day.first_day()).days) == 1), best)
    basis = f"HTML {best.where} ‘{best.value}’ → {best.day.iso()} (date as written)"
    if best is not stamps[0]:
        basis += f"; the outlet's own time zone, where {stamps[0].where} gives UTC ‘{stamps[0].value}’"
    elif best.utc:
        basis += "; a UTC time (the outlet's local day may differ)"
    return DateInfo(best.day, "high", basis)


def _story_roots(tree: Any) -> list[Any]:
    """Where the story's own <time> can be: its <article> or <main>, else the block around its <h1>.

    Never the whole body: a page without <article> keeps its "Latest news" list with
    dated <time> elements beside the story, and those date other stories.
    """
    roots = [node for node in (tree.css_first("article"), tree.css_first("main")) if node is not None]
    if roots:
        return roots
    h1 = tree.css_first("h1")
    return [h1.parent] if h1 is not None and h1.parent is not None else []


def _story_article(tree: Any) -> Any:
    """The <article> that holds the page's <h1> (the story's own), or None."""
    parent = h1.parent if (h1 := tree.css_first("h1")) is not None else None
    while parent is not None and parent.tag not in ("html", "body", "-undef"):
        if parent.tag == "article":
            return parent
        parent = parent.parent
    return None


def _in_other_stories(node: Any, story: Any = None) -> bool:
    """Is ``node`` inside an <aside>/<nav>/<footer> or a related/comment block (see `_NOT_THE_STORY`),
    inside an embedded post (a <blockquote>: a quoted tweet's "November 17, 2026" dates the tweet),
    or inside another <article> than ``story``, the one that holds the headline (a teaser card of
    the "Latest" list that a WordPress theme prints after the story, inside the page's <main>)?"""
    parent = node.parent
    while parent is not None and parent.tag not in ("html", "body", "-undef"):
        attrs = parent.attributes
        if parent.tag in ("aside", "nav", "footer", "blockquote") or _NOT_THE_STORY.search(
                f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            return True
        if parent.tag == "article" and story is not None and parent != story:
            return True
        parent = parent.parent
    return False


# Page regions that date other stories or other people's words: related lists, sidebars, comments,
# and the page's change history (its <time>s date the updates, not the story).
_NOT_THE_STORY = re.compile(
    r"(?i)related|sidebar|side-col|most-?(?:read|viewed|popular)|popular|latest|read-?next|recommend|comment"
    r"|more-on|newsletter|promo|teaser|trending|outbrain|taboola"
    r"|relacionad|correlat|verwandt|weitere|more-(?:news|from|stories|in)|\bcards?\b|card-|collection-list"
    r"|mais-lidas|lo-mas|mas-leid|disqus|dsq-|kommentar|" + _CHANGE_HISTORY)


def _without_other_stories(html: str) -> Any:
    """The page as an lxml tree without <aside>, <nav>, <footer> and related/comment blocks.

    htmldate with ``original_date`` takes the earliest date it finds, and on a page whose
    story has no dated markup that is a related article's <time> in the sidebar.
    """
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    doomed = tree.xpath("//body//aside | //body//nav | //body//footer | //body//header | //body//*[@class or @id]")
    for node in doomed:
        if node.tag == "header" and not node.xpath(".//h1"):
            # the site's masthead (the story's own <header> holds its <h1>): its "Dimanche 6 décembre
            # 2026" is the day the page was saved, which htmldate took for the story's on a page that
            # dates the story only "Il y a 3 heures"
            parent = node.getparent()
            if parent is not None:
                parent.remove(node)
            continue
        if node.tag in ("aside", "nav", "footer") or _NOT_THE_STORY.search(
                f"{node.get('class', '')} {node.get('id', '')}"):
            parent = node.getparent()
            if parent is not None and node.tag not in ("body", "html"):
                parent.remove(node)
    return tree


def htmldate_date(html: str) -> DateInfo | None:
    """htmldate's original publication date (fast mode: markup, URL and page-header patterns).

    ``extensive_search`` is off: on 200 real news pages it added 8 right answers and 6
    wrong ones, and a wrong date is worse than a question (the importer then asks for
    ``--date``).  It reads the page without sidebars, related lists and comments.
    """
    from htmldate import find_date

    tree = _without_other_stories(html)
    if tree is None:
        return None
    try:
        value = find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None
    if not value:
        return None
    try:
        day = PartialDate.parse_iso(str(value))
    except ValueError:
        return None
    if day is None:
        return None
    iso = day.iso()
    y, m, d = iso.split("-")
    url = _page_url(html, "")
    if any(form in url for form in (f"/{y}/{m}/{d}", f"{y}-{m}-{d}", f"{y}{m}{d}", f"{y}/{m}/{int(d)}")):
        return DateInfo(day, "medium", f"htmldate: the date in the page's address ({url}) → {iso}")
    if iso in _modified_dates(html):
        return DateInfo(day, "low", f"htmldate: the page's last-modified date → {iso} (it states no publication "
                                    "date; check it)")
    return DateInfo(day, "medium", f"htmldate: a date in the page's markup (meta, <time> or a dated element) → {iso}")


_MODIFIED = re.compile(r'"dateModified"\s*:\s*"(\d{4}-\d{2}-\d{2})')


def _modified_dates(html: str) -> set[str]:
    """The days a page says it was last modified: htmldate falls back to them when nothing else dates it."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    found = set(_MODIFIED.findall(html))
    for selector in ('meta[property="article:modified_time"]', 'meta[name="article:modified_time"]',
                     'meta[property="og:updated_time"]', 'meta[itemprop="dateModified"]'):
        for node in tree.css(selector):
            value = (node.attributes.get("content") or "")[:10]
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                found.add(value)
    return found


@lru_cache(maxsize=1)
def _visible_dates() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str], dict[str, int], re.Pattern[str]]:
    """The month names (lower case → number), the patterns `visible_date` reads, and the weekday
    names (lower case → Monday 0) with the pattern of one right before a date ("Wed, 11/04/2026"),
    made on first use: English's from :mod:`calendar`, the other languages' from the one list of
    date-line words (:func:`dateline.lexicon.date_line_words`: CLDR's months and weekdays,
    ``lang/date_lines.toml``'s update labels), so a page in a language the importer of pasted text
    reads is read here too."""
    import calendar

    from dateline.lexicon import date_line_words

    words = date_line_words()
    months = {name.lower(): number for names in (calendar.month_name, calendar.month_abbr)
              for number, name in enumerate(names) if name} | {"sept": 9} | dict(words.months)
    name = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    # (a Solar Hijri month as its page spells it: Persian's "ی" and "ک" or Arabic's "ي" and "ك", "ماه" after it or not)
    solar = "|".join(re.escape(m).replace("ی", "[یي]").replace("ک", "[کك]")
                     for m in sorted(words.solar_hijri_months, key=len, reverse=True)) or "(?!)"
    # (a year counted in an era, year first with its units: Japan's "令和8年12月5日", Taiwan's "中華民國115年12月04日")
    eras = "|".join(re.escape(e) for e in sorted(words.eras, key=len, reverse=True)) or "(?!)"
    shown = re.compile(
        rf"(?i)\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th|º|\.)?\s+(?:de\s+)?(?P<m1>{name})\.?(?:\s?[,،])?\s+(?:de\s+)?(?:พ\.ศ\.\s*)?"
        rf"(?P<y1>(?:19|20|25)\d\d)\b"
        rf"|(?<!\d)(?P<d6>[0-3]?\d)\s+(?P<m6>{solar})(?:\u200c?\s?ماه)?(?:\s?[,،])?\s+(?P<y6>1[34]\d\d)(?!\d)"
        rf"|\b(?P<m2>{name})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)\b"
        r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)\b"
        rf"|(?:(?P<era>{eras})\s*(?P<ey>元|\d{{1,3}})|(?<!\d)(?P<y5>(?:19|20)\d\d))\s*[年년]\s*(?P<m5>[01]?\d)\s*[月월]"
        r"\s*(?P<d5>[0-3]?\d)\s*[日일]"
        r"|\b(?P<a4>[0-3]?\d)[./](?P<b4>[01]?\d)[./](?P<y4>(?:19|20)\d\d)\b")
    # Words before a date that make it the update's, not the publication's.
    labels = "|".join(sorted(map(re.escape, (*_UPDATE_LABELS, *words.updated)), key=len, reverse=True))
    updated = re.compile(rf"(?i)(?:{labels})\W*(?:\w+\W+){{0,3}}$")
    days = {name.lower(): number for names in (calendar.day_name, calendar.day_abbr)
            for number, name in enumerate(names)} | {name.lower(): n for name, n in words.weekdays.items()}
    day_names = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    weekday = re.compile(rf"(?i)(?<!\w)(?P<day>{day_names})\.?,?\s*(?:the\s+)?$")
    return months, shown, updated, days, weekday


def visible_date(lines: tuple[str, ...] | list[str], near: PartialDate | None = None,
                 where: str = "under the headline") -> DateInfo | None:
    """The first full date the reader sees in the lines under the headline, in any of the usual
    languages ("7 de abril de 2026 · 22:50", "Publicado em 21/09/2026", "6:48 am on Thursday
    15 October 2026", "2026年8月19日 午前7時40分"), an "Updated …" date passed over.  A numeric date with dots is day first
    (12.05.2026); with slashes it is read day first unless only month first is possible, and
    when both are possible only the weekday written before it ("Wed, 11/04/2026" is 4 November
    2026, a Wednesday) or a ``near`` date (the markup's) settles it."""
    return next((found for found, update, _ in _shown_dates(lines, near, where) if not update), None)


def shown_updates(lines: tuple[str, ...] | list[str], near: PartialDate | None = None) -> list[DateInfo]:
    """The dates the lines under the headline give as the story's update ("Laatste update: 23 mrt.
    2026, 06:05", "Updated on Sep 02, 2026"), in the order shown."""
    return [found for found, update, _ in _shown_dates(lines, near) if update]


def _shown_dates(lines: tuple[str, ...] | list[str], near: PartialDate | None,
                 where: str = "under the headline") -> Iterator[tuple[DateInfo, bool, int | None]]:
    """Every full date of the lines (see `visible_date`), each with whether an update label stands before it and
    the time of day written right beside it, in minutes from midnight (`_clock_beside`), or None."""
    months, shown, updated, weekdays, weekday = _visible_dates()
    for written in lines:
        line, short = written.translate(_DIGITS), set[int]()
        if near is not None:
            line, short = _short_years_spelled(line)
        for m in shown.finditer(line):
            update = updated.search(line[:m.start()][-40:]) is not None
            g = m.groupdict()
            if g["m1"] or g["m2"]:
                year, month, day = int(g["y1"] or g["y2"]), months[(g["m1"] or g["m2"]).lower()], int(g["d1"] or g["d2"])
                year -= _BUDDHIST_ERA if year >= 2500 else 0  # a Thai page's 2569 is 2026
                readings = [(year, month, day)]
            elif g["m6"]:  # a Solar Hijri day ("۱۴ آذر ۱۴۰۵"), counted to its Gregorian one
                solar = solar_hijri_day(int(g["y6"]), _solar_hijri_month(g["m6"]), int(g["d6"]))
                readings = [(solar.year, solar.month, solar.day)] if solar is not None else []
            elif g["y3"] or g["y5"] or g["era"]:  # ISO, or year first with its units ("2026年8月19日", "2026년 8월 19일")
                year = _era_year(g["era"], g["ey"]) if g["era"] else int(g["y3"] or g["y5"])
                readings = [(year, int(g["m3"] or g["m5"]), int(g["d3"] or g["d5"]))]
            else:
                a, b, year = int(g["a4"]), int(g["b4"]), int(g["y4"])
                dotted = "." in m.group(0)  # 12.05.2026 is day first wherever dots are written
                readings = [(year, b, a), (year, a, b)] if a != b and not dotted else [(year, b, a)]
            days = [day for day in (_real_day(*r) for r in readings) if day is not None]
            named = weekday.search(line[:m.start()]) if len(days) > 1 else None
            if named is not None:
                days = [d for d in days if d.first_day().weekday() == weekdays[named.group("day").lower()]]
            if len(days) > 1 or m.start() in short:  # (a year of two digits: only beside the markup's day)
                days = [d for d in days if near is not None and abs((d.first_day() - near.first_day()).days) <= 1]
            if len(days) != 1 or placeholder_date(days[0]):
                continue
            note = f" (the Solar Hijri {g['y6']}-{_solar_hijri_month(g['m6']):02}-{int(g['d6']):02})" if g["m6"] else \
                f" (the year {g['ey']} of the {g['era']} era)" if g["era"] else ""
            yield (DateInfo(days[0], "high", f"date {where} ‘{written[:90]}’{note} → {days[0].iso()}"), update,
                   _clock_beside(line, m.start(), m.end()))


def _short_years_spelled(line: str) -> tuple[str, set[int]]:
    """``line`` with each numeric date of a two-digit year before a clock written with its century ("07.12.26 |
    23:58" → "07.12.2026 | 23:58", see `dates.SHORT_YEAR_AT_CLOCK`), and where each such date starts in it: such a
    date only confirms the markup's day within a day of it (`_shown_dates`), never dates a page alone ("26.12.07"
    may be a year first)."""
    from dateline.dates import SHORT_YEAR_AT_CLOCK, SHORT_YEAR_SPELLED

    starts: set[int] = set()
    out: list[str] = []
    last = 0
    for m in SHORT_YEAR_AT_CLOCK.finditer(line):
        out.append(line[last:m.start()])
        starts.add(sum(map(len, out)))
        out.append(m.expand(SHORT_YEAR_SPELLED))
        last = m.end()
    return "".join(out) + line[last:], starts


# A time of day as a date line writes it: "10:05", "6:10am", "10:48 PM", "19.40" (a 12-hour clock's "am"/"pm" after it)
_CLOCK_TEXT: Final = r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d:])(?:\s?(?P<ap>[ap])\.?m\b\.?)?"
_CLOCK_BEFORE: Final = re.compile(rf"{_CLOCK_TEXT}\W{{0,3}}$", re.IGNORECASE)  # "10:05, Dec 06 2026"
_CLOCK_AFTER: Final = re.compile(rf"\W{{0,3}}(?:[^\W\d]{{1,5}}\.?\s+)?{_CLOCK_TEXT}", re.IGNORECASE)  # "… 2026 at 6:10am"


def _clock_beside(line: str, start: int, end: int) -> int | None:
    """The time of day written right after a date (``line[start:end]``: "05.12.2026, 19:40", "Sat 5 Dec 2026 at
    6:10am", a little word between) or else right before it ("10:05, Dec 06 2026"), in minutes from midnight, or None."""
    m = _CLOCK_AFTER.match(line, end) or _CLOCK_BEFORE.search(line[:start])
    if m is None:
        return None
    hour = int(m["h"])
    if m["ap"]:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    return hour * 60 + int(m["m"])


# The decimal digits of other scripts as 0-9: an Arabic page writes its date line in Arabic-Indic
# digits ("٢ ديسمبر ٢٠٢٦", Persian and Urdu "۲۰۲۶"), a Hindi one in Devanagari ("०३ दिसंबर २०२६"),
# a Bengali, Tamil, Thai or Burmese one in theirs, and the patterns read ASCII digits.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
                0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10)
_DIGITS = str.maketrans({chr(zero + n): str(n) for zero in _DIGIT_ZEROS for n in range(10)})


# years of the Buddhist era (Thai, Lao, Khmer and Sri Lankan dates: "3 ธันวาคม 2569") ahead of the Common Era's
_BUDDHIST_ERA = 543


_BUDDHIST_ERA_FROM = 2500  # a year from here on a page in a language that counts so is of the Buddhist era (1957 on)


def _buddhist_era_page(html: str) -> bool:
    """Is the page in a language whose pages count years in the Buddhist era even in their machine timestamps
    (date_lines.toml `buddhist_era`: Thai)?  Elsewhere a timestamp's year 2569 is a CMS's error, no date."""
    from dateline.lexicon import date_line_words

    return page_language(html).split("-")[0] in date_line_words().buddhist_era


def _era_year(era: str, counted: str) -> int:
    """The Gregorian year of an era's year as a date writes it ("令和" "8" → 2026, "中華民國" "115" → 2026; "元", its
    first: date_lines.toml `eras`)."""
    from dateline.lexicon import date_line_words

    return date_line_words().eras[era] + (1 if counted == "元" else int(counted)) - 1


def _solar_hijri_month(written: str) -> int:
    """The number (1 Farvardin … 12 Esfand) of a Solar Hijri month as a page spells it (Arabic "ي"/"ك" for "ی"/"ک")."""
    from dateline.lexicon import date_line_words

    return date_line_words().solar_hijri_months[written.replace("ي", "ی").replace("ك", "ک")]


# The years at which the Solar Hijri calendar's pattern of 33-year leap cycles breaks, as the standard arithmetic
# counts them (Borkowski's, which the jalaali libraries implement): its 1 Farvardin is the day of the March equinox
# Iran's calendar keeps (before noon in Tehran, or the next day) over the centuries pages are dated in; the arithmetic
# is defined for the years -61 to 3177 only.
_SOLAR_HIJRI_BREAKS: Final = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
                              2324, 2394, 2456, 3178)


def _solar_hijri_year(year: int) -> tuple[int, bool]:
    """(the day of March its 1 Farvardin falls on, whether it is a leap year: Esfand of 30 days) for a Solar
    Hijri year within `_SOLAR_HIJRI_BREAKS`' span (the jalaali library's ``jalCal``, by integer arithmetic)."""
    def div(a: int, b: int) -> int:  # (the arithmetic truncates towards zero, as C and JavaScript do)
        return int(a / b)

    def mod(a: int, b: int) -> int:
        return a - div(a, b) * b

    gregorian = year + 621
    leaps, start, jump = -14, _SOLAR_HIJRI_BREAKS[0], 0
    for end in _SOLAR_HIJRI_BREAKS[1:]:
        jump = end - start
        if year < end:
            break
        leaps += div(jump, 33) * 8 + div(mod(jump, 33), 4)
        start = end
    n = year - start
    leaps += div(n, 33) * 8 + div(mod(n, 33) + 3, 4)
    if mod(jump, 33) == 4 and jump - n == 4:
        leaps += 1
    gregorian_leaps = div(gregorian, 4) - div((div(gregorian, 100) + 1) * 3, 4) - 150
    if jump - n < 6:
        n = n - jump + div(jump + 4, 33) * 33
    leap = mod(mod(n + 1, 33) - 1, 4)
    return 20 + leaps - gregorian_leaps, leap == 0


def solar_hijri_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date (Iran's and Afghanistan's calendar: 14 Azar 1405 is 5 December
    2026), or None for an impossible one (Mehr 31, Esfand 30 of a common year) or a year outside the arithmetic's
    span. Its first six months have 31 days, the next five 30, Esfand 29 (30 in a leap year); its year starts on
    1 Farvardin, the day of the March equinox."""
    if not (_SOLAR_HIJRI_BREAKS[0] <= year < _SOLAR_HIJRI_BREAKS[-1] and 1 <= month <= 12 and day >= 1):
        return None
    march, leap = _solar_hijri_year(year)
    if day > (31 if month <= 6 else 30 if month <= 11 else 30 if leap else 29):
        return None
    before = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return date(year + 621, 3, march) + timedelta(days=before + day - 1)


def _real_day(year: int, month: int, day: int) -> PartialDate | None:
    """The calendar day, or None for an impossible one (month 21, 31 April)."""
    try:
        found = PartialDate(year, month, day)
        found.first_day()
    except ValueError:
        return None
    return found


def _address_across_midnight(html: str, ours: DateInfo) -> DateInfo | None:
    """The day the page's address spells ("/2026/12/05/…"), when the markup's only time is in UTC, near midnight
    (before 09:00 or from 15:00), and the address is the day that time is on the other side of midnight in
    the direction its hour points to: the next day for an evening UTC time (an outlet east of Greenwich, "22:45Z"
    is 00:45 in Harare), the day before for a morning one (west of it). The CMS wrote the address in the
    outlet's own time when the story went out: its day is the outlet's. None otherwise."""
    if "a UTC time" not in ours.basis or (address := address_day(url := _page_url(html, ""))) is None:
        return None
    stamp = _stamps(html)[0]
    if stamp.hour is None or not ours.date.day:
        return None
    step = (address.first_day() - ours.date.first_day()).days
    if not ((step == 1 and stamp.hour >= 15) or (step == -1 and stamp.hour < 9)):
        return None
    return DateInfo(address, "high", f"the day the page's address spells ({url}) → {address.iso()}, the outlet's own "
                                     f"day: its markup gives UTC ‘{stamp.value}’, across midnight from it "
                                     f"({stamp.where})")


_ZONE_STEP = 30  # minutes: the world's time zones are whole or half hours from UTC (a few are 45 minutes off: not read)
_ZONE_SPAN = (-12 * 60, 14 * 60)  # … and lie between UTC−12 and UTC+14
_MODIFIED_STAMP: Final = re.compile(r'"dateModified"\s*:\s*"([^"]{10,40})"')


def _instant(value: str) -> datetime | None:
    """A timestamp with its zone ("2026-12-05T21:05:00Z", "…+05:30") as a UTC datetime without zone, or None."""
    try:
        found = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if found.tzinfo is None:
        return None
    offset = found.utcoffset() or timedelta(0)
    return found.replace(tzinfo=None) - offset


def _update_at_stamp(html: str, lines: tuple[str, ...], ours: DateInfo) -> DateInfo | None:
    """The outlet's own day of the markup's UTC publication time, when the page shows its reader the markup's latest
    instant in its own time, as its update: "Last updated 10:05, Dec 06 2026" under the headline where the JSON-LD
    gives datePublished and dateModified "2026-12-05T21:05:00Z" (a CMS that stamps every story "Last updated", edited
    or not). The shown clock is that instant moved by a time zone's offset (whole or half hours, UTC−12 to UTC+14:
    here +13:00), so the outlet's zone is known, and the publication's UTC time moved by it falls on another day than
    the UTC one. The instant compared is the markup's last modification when it gives one (a story edited later
    shows that edit), else its publication. None otherwise."""
    if "a UTC time" not in ours.basis:
        return None
    from selectolax.lexbor import LexborHTMLParser

    stamp = _stamps(html)[0]
    published = _instant(stamp.value)
    if published is None:
        return None
    written = _MODIFIED_STAMP.findall(html) + [
        node.attributes.get("content") or "" for node in LexborHTMLParser(html).css(
            'meta[property="article:modified_time"], meta[name="article:modified_time"]')]
    modified = [moment for value in written if (moment := _instant(value)) is not None]
    latest = max([published, *modified])
    for found, update, clock in _shown_dates(lines, None):
        if not update or clock is None:
            continue
        local = datetime.combine(found.date.first_day(), time(clock // 60, clock % 60))
        offset = int((local - latest).total_seconds()) // 60
        if offset % _ZONE_STEP or not _ZONE_SPAN[0] <= offset <= _ZONE_SPAN[1] or offset == 0:
            continue
        day = (published + timedelta(minutes=offset)).date()
        if day == ours.date.first_day():
            return None
        sign = "+" if offset > 0 else "−"
        return DateInfo(PartialDate(day.year, day.month, day.day), "high",
                        f"the outlet's own day of its markup's UTC time ‘{stamp.value}’ ({stamp.where}) → {day.isoformat()}: "
                        f"the page shows {'that instant' if latest == published else 'its last modification'} in "
                        f"its own time as its update ({found.basis}), at UTC{sign}{abs(offset) // 60:02}:"
                        f"{abs(offset) % 60:02}")
    return None


def page_date(html: str, lines: tuple[str, ...] | None = None, story: tuple[str, ...] = ()) -> DateInfo | None:
    """The page's publication date: its own markup as written, else the date it shows under the
    headline, else htmldate's; None when none speaks.

    When markup and htmldate agree the basis says so; when they differ the markup wins
    (it is the outlet's own statement, in its own time zone) and the basis names
    htmldate's other answer, so the editor sees the doubt.  A markup time in UTC is checked
    against the date the page shows its reader (``lines``, see `header_lines`): one day
    apart, the shown date is the outlet's own day and wins.  A UTC time near midnight
    with nothing local beside it is kept at medium: the outlet's day may be another, unless the page's
    address spells the day across midnight from it that its hour points to (`_address_across_midnight`:
    "2026-12-04T22:45Z" on a story at "/2026/12/05/…" went out on the 5th, the outlet's day).
    A markup date that the page shows as its update ("Laatste update: 23 mrt. 2026, 06:05"
    beside "22 mrt. 2026, 14:32") is the update's: a CMS that stamps each edit as the
    publication time; the earlier date shown under the headline is the story's.  So is a markup date
    on the day the markup itself gives as the page's last modification (``<meta name="date"
    content="2026-12-06">`` beside ``article:modified_time`` of that day, "Publicado: 02 de diciembre"
    under the headline): the day of the last edit, or of the save, not of the story.  Any other
    disagreement between the markup and the date the reader sees keeps the markup's date at
    medium, the shown one named in the basis: neither is sure without a reason.
    A shown date either order reads ("Post Date:12/02/2026") with no markup date beside it is
    settled by the date the story's own first lines name (``story``: "PORT AUBERT (December 2,
    2026) –"), as a reader settles it; htmldate would pick one order blindly.
    """
    ours = markup_date(html)
    if lines is None:
        lines = header_lines(html)
    near = ours.date if ours is not None else None
    told = visible_date(story, where="in the story's first lines") if near is None and story else None
    if told is not None:
        near = told.date
    shown = visible_date(lines, near) or visible_date(lines_above_headline(html), near, where="above the headline")
    if told is not None and shown is not None and shown.date == told.date and visible_date(lines) is None:
        shown = DateInfo(shown.date, shown.confidence, f"{shown.basis}, either order of its numbers settled by the "
                                                       f"{told.basis}")
    if ours is not None and shown is not None and shown.date != ours.date:
        gap = abs((shown.date.first_day() - ours.date.first_day()).days) if ours.date.day else 9
        if gap == 1 and "UTC" in ours.basis:
            return DateInfo(shown.date, "high", f"the page's visible {shown.basis}; its markup gives "
                                                f"the UTC day {ours.date.iso()} ({ours.basis})")
        update = next((u for u in shown_updates(lines, ours.date) if u.date == ours.date), None)
        if update is not None and shown.date.first_day() < ours.date.first_day():
            return DateInfo(shown.date, "high", f"the page's visible {shown.basis}; the markup's date is "
                                                f"the update the page shows beside it ({ours.basis})")
        if shown.date.first_day() < ours.date.first_day() and ours.date.iso() in _modified_dates(html):
            return DateInfo(shown.date, "high", f"the page's visible {shown.basis}; the markup's date is "
                                                f"the day it says the page was last modified ({ours.basis})")
    theirs = modified = htmldate_date(html)
    if theirs is not None and theirs.confidence == "low":
        theirs = None  # a last-modified date says nothing against a publication date
    if theirs is not None and ours is not None and "gives UTC" in ours.basis and theirs.date == _stamps(html)[0].day:
        theirs = DateInfo(ours.date, theirs.confidence, theirs.basis)  # htmldate read the UTC stamp
    if ours is None:
        if shown is not None:
            if theirs is not None and theirs.date != shown.date:
                return DateInfo(shown.date, "medium", f"the page's visible {shown.basis}; htmldate says "
                                                      f"{theirs.date.iso()}")
            return DateInfo(shown.date, "high", f"the page's visible {shown.basis}")
        return modified
    crossed = (_update_at_stamp(html, lines, ours) or _address_across_midnight(html, ours)) if shown is None else None
    if crossed is not None:
        return crossed
    confidence: Confidence = "high"
    if "a UTC time" in ours.basis and (shown is None or shown.date != ours.date):
        stamps = _stamps(html)
        if (stamps[0].hour is not None and not 9 <= stamps[0].hour < 15
                and not any(s.day == ours.date for s in stamps if not s.utc)):
            confidence = "medium"
    basis = ours.basis
    if shown is not None and shown.date != ours.date:
        confidence, basis = "medium", f"{basis}; the page shows {shown.date.iso()} under its headline"
    if theirs is None:
        return DateInfo(ours.date, confidence, basis)
    if theirs.date == ours.date:
        return DateInfo(ours.date, confidence, f"{basis}; htmldate agrees")
    return DateInfo(ours.date, "medium", f"{basis}; htmldate says {theirs.date.iso()}")
