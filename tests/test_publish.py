"""Publishing: the GitHub Pages workflow, the site crawled under a /repo/ subpath over HTTP, Atom feeds
and sitemap parsed with an XML parser, Quotation JSON-LD parsed and checked, hostile text escaped."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen

import pytest
import yaml
from conftest import EXAMPLE, REPO, SubpathHandler, seed_config, served
from selectolax.lexbor import LexborHTMLParser

from dateline import check, cli, pipeline, search
from dateline.config import load_config

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
BASE_URL = "https://example.github.io/dateline/"
SUBPATH_BASE_URL = "https://example.github.io/repo/"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
HOSTILE = "</script><script>alert(1)</script>"


# --------------------------------------------------------------------------- the workflow

@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _uses(steps: list[dict[str, Any]], action: str) -> dict[str, Any]:
    hits = [s for s in steps if str(s.get("uses", "")).split("@")[0] == action]
    assert len(hits) == 1, f"{action} used {len(hits)} times"
    return hits[0]


def _major(step: dict[str, Any]) -> int:
    """The release an action is pinned to: a full commit SHA, its version in the comment beside it."""
    ref = str(step["uses"]).split("@", 1)[1]
    assert re.fullmatch(r"[0-9a-f]{40}", ref), f"pin a commit SHA, not a moving tag: {step['uses']}"
    line = next(ln for ln in WORKFLOW.read_text(encoding="utf-8").splitlines() if str(step["uses"]) in ln)
    version = re.search(r"#\s*v(\d+)\.\d+\.\d+\s*$", line)
    assert version, f"say which release the SHA is, e.g. `# v5.0.0`: {line.strip()}"
    return int(version.group(1))


def test_workflow_triggers_permissions_concurrency(workflow: dict[Any, Any]) -> None:
    on = workflow.get("on", workflow.get(True))  # PyYAML reads a bare `on:` key as True
    assert "push" in on and "workflow_dispatch" in on
    # Least privilege, per job: the build job reads, only the deploy job may publish.
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_workflow_build_job_steps_in_order(workflow: dict[Any, Any]) -> None:
    steps = workflow["jobs"]["build"]["steps"]
    order = ["actions/checkout", "actions/setup-python", "pip install", "actions/configure-pages", "dateline build",
             "dateline check", "actions/upload-pages-artifact"]
    flat = [str(s.get("uses") or s.get("run")) for s in steps]
    positions = [next(i for i, f in enumerate(flat) if key in f) for key in order]
    assert positions == sorted(positions), flat
    # Current majors at least (actions/* majors as published; older ones run on a deprecated Node).
    assert _major(_uses(steps, "actions/checkout")) >= 4
    assert _major(_uses(steps, "actions/setup-python")) >= 5
    assert _major(_uses(steps, "actions/configure-pages")) >= 5
    assert str(_uses(steps, "actions/setup-python")["with"]["python-version"]) == "3.11"
    assert _uses(steps, "actions/checkout")["with"]["persist-credentials"] is False
    assert _uses(steps, "actions/configure-pages").get("id") == "pages"
    upload = _uses(steps, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "site"
    # v4 drops dot-files (site/.nojekyll) with no way back; v5 keeps them only when asked.
    assert _major(upload) != 4
    if _major(upload) >= 5:
        assert upload["with"].get("include-hidden-files") is True


def test_workflow_deploy_job(workflow: dict[Any, Any]) -> None:
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    step = _uses(deploy["steps"], "actions/deploy-pages")
    assert _major(step) >= 4
    assert deploy["environment"]["url"] == f"${{{{ steps.{step['id']}.outputs.page_url }}}}"


def _run_commands(workflow: dict[Any, Any]) -> list[list[str]]:
    return [shlex.split(s["run"]) for s in workflow["jobs"]["build"]["steps"] if "run" in s]


def test_workflow_commands_are_accepted_by_the_cli(workflow: dict[Any, Any]) -> None:
    base = "https://octo.github.io/repo/"
    commands = []
    for argv in _run_commands(workflow):
        argv = [a.replace("$BASE_URL", base.rstrip("/")) for a in argv]
        if argv[:2] == ["python", "build.py"]:
            commands.append(argv[2:])
        elif argv[:3] == ["python", "-m", "dateline"]:
            commands.append(argv[3:])
    assert [c[0] for c in commands] == ["build", "check"]
    for step in workflow["jobs"]["build"]["steps"]:  # outputs reach the shell as env, never spliced in
        assert "${{" not in step.get("run", ""), step["run"]
        if "$BASE_URL" in step.get("run", ""):
            assert step["env"]["BASE_URL"] == "${{ steps.pages.outputs.base_url }}"
    parser = cli._parser()
    for argv in commands:
        args = parser.parse_args(argv)  # exits (SystemExit) on anything the CLI does not accept
        assert args.base_url == base, "configure-pages' base_url has no trailing slash: the workflow adds one"
    build = parser.parse_args(commands[0])
    assert build.out is None, "build writes site/, the folder uploaded"
    checked = parser.parse_args(commands[1])
    assert checked.out in (None, "site")


# --------------------------------------------------------------------------- feeds, sitemap, JSON-LD

@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("published") / "site"
    pipeline.build(seed_config(EXAMPLE, out, search=False, base_url=BASE_URL))
    return out


def _feeds(site: Path) -> list[Path]:
    return [site / "feed.xml", site / "quotes.xml", *sorted((site / "topics").glob("*/feed.xml"))]


def _text(el: ET.Element, tag: str) -> str:
    child = el.find(ATOM + tag)
    assert child is not None and (child.text or "").strip(), f"missing <{tag}>"
    return (child.text or "").strip()


def _check_atom(path: Path) -> int:
    """Atom (RFC 4287 §4.1) required elements; every URL absolute under BASE_URL. Returns entry count."""
    feed = ET.parse(path).getroot()
    assert feed.tag == ATOM + "feed", path
    assert _text(feed, "id").startswith(BASE_URL)
    _text(feed, "title")
    _text(feed, "updated")
    entries = feed.findall(ATOM + "entry")
    feed_author = feed.find(ATOM + "author")
    assert feed_author is not None or all(e.find(ATOM + "author") is not None for e in entries)
    for link in feed.iter(ATOM + "link"):
        assert link.get("href", "").startswith(BASE_URL), (path, link.get("href"))
    ids = []
    for e in entries:
        ids.append(_text(e, "id"))
        assert ids[-1].startswith(BASE_URL)
        _text(e, "title")
        _text(e, "updated")
        alternates = [lk for lk in e.findall(ATOM + "link") if lk.get("rel", "alternate") == "alternate"]
        assert alternates and alternates[0].get("href", "").startswith(BASE_URL)
    assert len(ids) == len(set(ids)), f"duplicate entry ids in {path}"
    return len(entries)


def test_feeds_have_atoms_required_elements_and_absolute_urls(published: Path) -> None:
    feeds = _feeds(published)
    assert len(feeds) >= 3
    counts = {p.relative_to(published).as_posix(): _check_atom(p) for p in feeds}
    articles = json.loads((published / "data" / "articles.json").read_text(encoding="utf-8"))
    quotes = json.loads((published / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert counts["feed.xml"] == min(len(articles), 200)
    assert counts["quotes.xml"] == min(len(quotes), 200)
    for p in feeds:
        rel = p.relative_to(published).as_posix()
        self_link = [lk for lk in ET.parse(p).getroot().findall(ATOM + "link") if lk.get("rel") == "self"]
        assert self_link[0].get("href") == BASE_URL + rel


def test_sitemap_lists_absolute_urls_of_real_pages(published: Path) -> None:
    root = ET.parse(published / "sitemap.xml").getroot()
    assert root.tag == SITEMAP + "urlset"
    locs = [(u.findtext(SITEMAP + "loc") or "").strip() for u in root.findall(SITEMAP + "url")]
    assert locs and len(locs) == len(set(locs))
    for loc in locs:
        assert loc.startswith(BASE_URL), loc
        rel = loc[len(BASE_URL):]
        assert (published / rel / "index.html").exists() if rel.endswith("/") or not rel else (published / rel).exists()
    robots = (published / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {BASE_URL}sitemap.xml" in robots


def _jsonld(page: Path) -> list[dict[str, Any]]:
    tree = LexborHTMLParser(page.read_bytes())
    return [json.loads(n.text()) for n in tree.css('script[type="application/ld+json"]')]


def test_quotation_jsonld_on_every_article_page(published: Path) -> None:
    quotes = {q["id"]: q for q in json.loads((published / "data" / "quotes.json").read_text(encoding="utf-8"))}
    articles = json.loads((published / "data" / "articles.json").read_text(encoding="utf-8"))
    seen: set[str] = set()
    for a in articles:
        [block] = _jsonld(published / a["url"] / "index.html")
        assert block["@context"] == "https://schema.org"
        nodes = {n["@id"]: n for n in block["@graph"] if "@id" in n}  # each described once, referred to by @id
        items = [n for n in block["@graph"] if n["@type"] == "Quotation"]
        assert len(items) == len(a["quotes"]), a["url"]
        for item in items:
            qid = item["url"].rsplit("#q-", 1)[1]
            assert item["url"] == BASE_URL + quotes[qid]["url"]
            assert item["text"] == quotes[qid]["text"]
            assert nodes[item["creator"]["@id"]]["name"] == quotes[qid]["speaker_name"]
            assert nodes[item["creator"]["@id"]]["@type"] == "Person"
            assert item["dateCreated"] == quotes[qid]["statement_date"]
            news = nodes[item["isBasedOn"]["@id"]]
            assert news["@id"] == BASE_URL + a["url"] + "#article"
            assert news["@type"] == "NewsArticle"
            assert news["headline"] == a["title"]
            if a["outlet"]:
                assert news["publisher"]["name"] == a["outlet"]
            if a["source_url"]:
                assert news["url"] == a["source_url"]
            seen.add(qid)
    assert seen == set(quotes)


def _project(tmp: Path) -> Path:
    """A throwaway copy of the example project (content, templates, pyproject.toml)."""
    root = tmp / "project"
    root.mkdir()
    shutil.copytree(EXAMPLE / "content", root / "content")
    shutil.copy(EXAMPLE / "pyproject.toml", root / "pyproject.toml")
    return root


HOSTILE_ARTICLE = f"""---
title: "Hostile {HOSTILE} & <b>title</b>"
date: 2024-05-01
outlet: "Evil </script> Times"
source_url: https://example.com/a?x=1&y=2
speakers: [zelensky]
topics: [territory]
---

Zelensky said: "We will never cede territory {HOSTILE} to anyone, <!-- not --> ever."

Zelensky said: "A vertical\x0btab and a \x01 control character about territory."
"""


def test_hostile_text_cannot_break_out_of_jsonld_or_feeds(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "content" / "articles" / "hostile.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(root).replace(output_dir=out, search=False, base_url=BASE_URL))
    page = next((out / "2024" / "05" / "01").glob("*/index.html"))
    tree = LexborHTMLParser(page.read_bytes())
    scripts = tree.css("script")
    # Only the page's own scripts: the JSON-LD block and app.js; no script made of article text.
    assert sorted(s.attributes.get("type") or s.attributes.get("src") or "" for s in scripts) == [
        "../../../../static/app.js", "application/ld+json"]
    assert "alert(1)" not in "".join(s.text() for s in scripts if s.attributes.get("src"))
    graph = _jsonld(page)[0]["@graph"]
    texts = [i["text"] for i in graph if i["@type"] == "Quotation"]
    assert any(HOSTILE in t for t in texts), texts
    assert graph[0]["@type"] == "NewsArticle" and graph[0]["publisher"]["name"] == "Evil </script> Times"
    raw = page.read_text(encoding="utf-8")
    assert raw.count("<script") == 2 and raw.count("</script>") == 2
    # Feeds stay well-formed XML (control characters dropped) and carry the text escaped.
    for feed in _feeds(out):
        ET.parse(feed)
    summaries = [e.findtext(ATOM + "summary") or "" for e in ET.parse(out / "quotes.xml").getroot()
                 .iter(ATOM + "entry")]
    assert any(HOSTILE in s for s in summaries)
    assert not any("\x01" in s or "\x0b" in s for s in summaries)


# --------------------------------------------------------------------------- crawl under /repo/

@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("subpath") / "site"
    pipeline.build(seed_config(EXAMPLE, out, search=True, base_url=SUBPATH_BASE_URL), after_write=search.index)
    return out


@pytest.fixture(scope="module")
def subpath_server(subpath_site: Path) -> Iterator[str]:
    with served(subpath_site, SubpathHandler) as url:
        yield url


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def _refs(body: bytes) -> tuple[set[str], list[str]]:
    tree = LexborHTMLParser(body)
    ids = {n.attributes.get("id") or "" for n in tree.css("[id]")}
    refs = [v for n in tree.css("a[href], link[href]") if (v := n.attributes.get("href"))]
    refs += [v for n in tree.css("script[src], img[src]") if (v := n.attributes.get("src"))]
    refs += [v for n in tree.css("form[action]") if (v := n.attributes.get("action"))]
    return ids, refs


@pytest.fixture(scope="module")
def crawl(subpath_server: str) -> dict[str, Any]:
    """Every URL reachable from index.html over HTTP: statuses, page ids, and the anchors asked for."""
    status: dict[str, int] = {}
    ids: dict[str, set[str]] = {}
    anchors: list[tuple[str, str, str]] = []   # (from page, target page, fragment)
    todo = deque([subpath_server])
    status[subpath_server] = 0
    while todo:
        url = todo.popleft()
        code, ctype, body = _get(url)
        status[url] = code
        if code != 200 or "text/html" not in ctype:
            continue
        ids[url], refs = _refs(body)
        for ref in refs:
            absolute, frag = urldefrag(urljoin(url, ref))
            if absolute.startswith(SUBPATH_BASE_URL):  # canonical, feeds: absolute on purpose; fetch them here
                absolute = subpath_server + absolute[len(SUBPATH_BASE_URL):]
            if not absolute.startswith(subpath_server):
                assert urlsplit(absolute).netloc != urlsplit(subpath_server).netloc, f"{url}: {ref} leaves /repo/"
                continue
            if frag:
                anchors.append((url, absolute, frag))
            if absolute not in status:
                status[absolute] = 0
                todo.append(absolute)
    return {"status": status, "ids": ids, "anchors": anchors}


def test_crawl_from_index_every_link_is_200(crawl: dict[str, Any]) -> None:
    bad = {u: c for u, c in crawl["status"].items() if c != 200}
    assert not bad, bad
    assert len(crawl["ids"]) >= 15


def test_crawl_every_anchor_exists_in_its_target(crawl: dict[str, Any]) -> None:
    missing = [(src, dst, frag) for src, dst, frag in crawl["anchors"] if frag not in crawl["ids"].get(dst, set())]
    assert not missing, missing[:10]
    assert any(frag.startswith("q-") for _, _, frag in crawl["anchors"])


def test_crawl_reaches_feeds_data_and_assets(crawl: dict[str, Any], subpath_server: str) -> None:
    for rel in ("static/style.css", "static/app.js", "data/quotes.json", "feed.xml", "quotes.xml", "search/"):
        assert crawl["status"].get(subpath_server + rel) == 200, rel


def test_crawl_reaches_every_page_in_the_sitemap(crawl: dict[str, Any], subpath_server: str,
                                                 subpath_site: Path) -> None:
    root = ET.parse(subpath_site / "sitemap.xml").getroot()
    locs = [(u.findtext(SITEMAP + "loc") or "") for u in root.findall(SITEMAP + "url")]
    unreached = [loc for loc in locs if subpath_server + loc[len(SUBPATH_BASE_URL):] not in crawl["ids"]]
    assert not unreached, unreached


def test_nojekyll_and_no_symlinks(subpath_site: Path) -> None:
    assert (subpath_site / ".nojekyll").is_file()
    assert not [p for p in subpath_site.rglob("*") if p.is_symlink()]


def test_404_page_assets_load_from_a_deep_missing_url(subpath_server: str) -> None:
    missing = subpath_server + "2031/01/01/no-such-article/deeper/"
    code, ctype, body = _get(missing)
    assert code == 404 and "text/html" in ctype
    _, refs = _refs(body)
    assert refs, "the 404 page links somewhere"
    for ref in refs:
        if ref.startswith("#"):
            continue
        url = urljoin(missing, ref)
        assert url.startswith(subpath_server), f"{ref} resolves outside /repo/ at a deep URL"
        assert _get(url)[0] == 200, ref
    css = [r for r in refs if r.endswith(".css")]
    assert css and _get(urljoin(missing, css[0]))[1].startswith("text/css")


def test_check_passes_the_subpath_build(subpath_site: Path) -> None:
    """The published build (search index included) has no problem at all: every page is reachable."""
    result = check.verify(subpath_site, base_path="/repo/")
    html = [p for p in subpath_site.rglob("*.html") if "pagefind" not in p.parts]
    assert result.pages == len(html) and result.quotes > 0
    assert [str(p) for p in result.problems] == []


def test_workflow_restores_and_saves_the_analysis_cache_before_building(workflow: dict[Any, Any]) -> None:
    """CI keeps .dateline-cache/ and the last site/ between runs (a cached build equals a clean one
    byte for byte: tests/test_pipeline.py), keyed by dateline's version
    and the dependency lock: the render cache links unchanged pages from the restored site/."""
    steps = workflow["jobs"]["build"]["steps"]
    uses = [str(s.get("uses", "")) for s in steps]
    at = next(i for i, u in enumerate(uses) if u.startswith("actions/cache@"))
    assert re.fullmatch(r"actions/cache@[0-9a-f]{40}", uses[at]), "pinned to a commit"
    build = next(i for i, s in enumerate(steps) if re.search(r"(build\.py|-m dateline) build", str(s.get("run", ""))))
    assert at < build
    cache = steps[at]["with"]
    assert cache["path"].split() == [".dateline-cache", "site"]
    assert "steps.dateline.outputs.version" in cache["key"] and "hashFiles('pyproject.toml'" in cache["key"]
    version = next(s for s in steps if s.get("id") == "dateline")
    assert "dateline.__version__" in version["run"]
