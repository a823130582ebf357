"""Fetch an article page by URL and keep the raw HTML, so an import can be re-run and audited.

One GET with a timeout and a plain user agent (no cookies, no scripts, no retries: a page
that needs more is saved by hand in the browser and imported as a file).  The bytes are
kept as they came in ``content/_sources/`` under a name made from the address, and the
import then reads that file like any saved page; a second import of the same URL reads
the kept copy instead of fetching again, unless ``refresh``.
"""

from __future__ import annotations

import hashlib
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dateline import __version__
from dateline.write import write_whole

USER_AGENT = f"dateline/{__version__} (article import; +https://pypi.org/project/dateline/)"
TIMEOUT = 20.0
MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Fetched:
    url: str
    path: Path
    reused: bool = False


class FetchError(Exception):
    """The page could not be fetched; the message says why in one line."""


def is_url(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def source_name(url: str) -> str:
    """A stable, readable file name for ``url``: host, last path words and a short hash."""
    parts = urlsplit(url)
    host = re.sub(r"^www\.", "", parts.hostname or "page")
    tail = [w for w in re.split(r"[^A-Za-z0-9]+", parts.path) if w and w.lower() not in ("html", "htm", "index")]
    words = "-".join(tail)[-60:].strip("-").lower()
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
    return f"{host}-{words}-{digest}.html" if words else f"{host}-{digest}.html"


def fetch(url: str, sources: Path, *, timeout: float = TIMEOUT, refresh: bool = False) -> Fetched:
    """Save the page at ``url`` into ``sources`` (once) and say where it is."""
    target = sources / source_name(url)
    if target.exists() and not refresh:
        return Fetched(url, target, reused=True)
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise FetchError(f"{url}: not a web page ({kind})")
            data = _read_by(response, deadline, url, timeout)
            charset = response.headers.get_content_charset() or ""
            coding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
            length = response.headers.get("Content-Length")
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"{url}: could not fetch ({reason})") from exc
    if len(data) > MAX_BYTES:
        raise FetchError(f"{url}: larger than {MAX_BYTES // 1_000_000} MB; save it by hand and import the file")
    if length is not None and length.strip().isdigit() and len(data) < int(length):
        # the connection closed early: a page cut off in transit imported whole-seeming (hostile round 71, h04)
        raise FetchError(f"{url}: the page was cut off in transit ({len(data):,} of the {int(length):,} bytes its "
                         "Content-Length announced came): try again, or save the page by hand and import the file")
    data = _decompressed(data, coding, url)
    text = _decode(data, charset)
    sources.mkdir(parents=True, exist_ok=True)
    write_whole(target, text)
    return Fetched(url, target)


def _read_by(response: Any, deadline: float, url: str, timeout: float) -> bytes:
    """The body, up to MAX_BYTES + 1, read by `deadline`: the timeout bounds the whole fetch, not each read
    (a server sending a byte a second never let one time out: an import hung for as long as it sent)."""
    parts: list[bytes] = []
    size = 0
    while size <= MAX_BYTES:
        part = response.read1(min(1 << 16, MAX_BYTES + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
        if time.monotonic() > deadline and size <= MAX_BYTES:
            raise FetchError(f"{url}: not all sent within the timeout ({timeout:g} s, {size:,} bytes came); "
                             "try --timeout with more seconds, or save the page by hand and import the file")
    return b"".join(parts)


_ZLIB_WBITS = {"gzip": 16 + 15, "x-gzip": 16 + 15, "deflate": 15}


def _decompressed(data: bytes, coding: str, url: str) -> bytes:
    """The body a `Content-Encoding: gzip` or `deflate` names, decompressed to at most MAX_BYTES (a page that
    inflates past it, a bomb, is refused, never inflated whole); a body that is not compressed as said (a
    server's wrong header on a plain page) as it came. Sent one despite the request's `identity`, the
    compressed bytes were saved as text and refused as "NUL byte / UTF-16?" (hostile round 71, h10)."""
    import zlib

    if coding in ("", "identity"):
        return data
    wbits = _ZLIB_WBITS.get(coding)
    if wbits is None:
        raise FetchError(f"{url}: the server sent the page compressed as {coding!r}, which dateline does not read; "
                         "save the page in the browser and import the file")
    if coding == "deflate" and data[:1] != b"\x78":
        wbits = -15  # raw deflate, as some servers send it
    elif coding != "deflate" and data[:2] != b"\x1f\x8b":
        return data  # labelled gzip, but plain
    inflate = zlib.decompressobj(wbits)
    try:
        out = inflate.decompress(data, MAX_BYTES + 1)
    except zlib.error as exc:
        raise FetchError(f"{url}: the server's {coding} body is corrupt ({exc}); save the page by hand and "
                         "import the file") from None
    if len(out) > MAX_BYTES or inflate.unconsumed_tail:
        raise FetchError(f"{url}: the page inflates past {MAX_BYTES // 1_000_000} MB from its {coding} body; save "
                         "it by hand and import the file")
    return out


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def _decode(data: bytes, charset: str) -> str:
    """The page as text: the HTTP charset, else the page's <meta charset>, else UTF-8 (lenient)."""
    if not charset:
        m = _META_CHARSET.search(data[:4096])
        charset = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")
