"""`dateline review`, near-miss names, stale shift verdicts, tagging of hand-added quotes.

The fixture project (tests/data/review_project) holds one of each doubt: a prime minister
spelt with another first letter and a letter dropped ("Calberg" for Kallberg), a woman of
that surname with another first name, an unlisted person, a quote nobody is named for,
a stale verdict in shifts.yaml, a hand-added quote with cue words, a stance given by hand.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, copy_project, small_project

from dateline import names, pipeline
from dateline.cli import main
from dateline.config import load_config
from dateline.errors import BuildFailed
from dateline.model import Quote, Speaker

PROJECT = DATA / "review_project"
PM = Speaker("kallberg", "Henrik Kallberg", ("Kallberg",), ("the prime minister",))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(PROJECT, tmp_path / "p")


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    return subprocess.run([sys.executable, "-m", "dateline", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=120)


def review_json(project: Path) -> list[dict[str, object]]:
    proc = run(project, "review", "--json")
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)["items"]
    assert isinstance(items, list)
    return items


def group(items: list[dict[str, object]], name: str) -> list[dict[str, object]]:
    return [i for i in items if i["group"] == name]


def paste_into_front_matter(path: Path, yaml_text: str) -> None:
    """Paste a review fix into an article's front matter as an editor would (before the closing fence)."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text[4:].partition("\n---\n")
    lines = [ln for ln in yaml_text.split("\n") if not ln.startswith("#")]
    if "quotes:" in head and lines[0] == "quotes:":
        lines = lines[1:]
    path.write_text("---\n" + head + "\n" + "\n".join(lines) + sep + body, encoding="utf-8")


# ---------------------------------------------------------------- names


def test_first_letter_variant_with_a_dropped_letter_is_a_near_miss() -> None:
    best = names.suggestions("Calberg", [PM])
    assert [s.speaker for s in best] == ["kallberg"]
    assert "first letter C/K" in best[0].why and "dropped" in best[0].why
    assert names.same_person("Henrik Calberg", [PM]) is not None
    assert names.same_person("Calberg", [PM]) is not None


def test_near_miss_refused_for_another_first_name_a_tie_or_an_unrelated_first_letter() -> None:
    assert names.same_person("Anna Calberg", [PM]) is None  # another person of a similar name
    twin = Speaker("callberg", "Henrik Callberg", ("Callberg",))
    assert names.suggestions("Calberg", [PM, twin])  # both suggested …
    assert names.same_person("Calberg", [PM, twin]) is None  # … but neither chosen
    assert names.suggestions("Malberg", [PM]) == []  # M/K: no transliteration shares it
    assert names.suggestions("Kal", [PM]) == []  # too short to compare
    holt = Speaker("holt", "Maren Holt", ("Holt",))
    assert names.suggestions("Host", [holt]) == []  # a short word one letter from a name is another word
    assert names.suggestions("Tousk", [Speaker("tusk", "Donald Tusk")])  # but a transliteration is not


def test_transliteration_skeletons() -> None:
    assert names.skeleton("Zelenskyy") == names.skeleton("Zelenskiy") == names.skeleton("Zelenski")
    assert names.skeleton("Khodorkovsky") == names.skeleton("Hodorkovskii")


# ---------------------------------------------------------------- near miss in a build


def test_a_misspelt_prime_minister_is_the_prime_minister_never_a_new_speaker(project: Path) -> None:
    cfg = load_config(project).replace(output_dir=project / "site")
    report = pipeline.build(cfg)
    quotes = json.loads((project / "site/data/quotes.json").read_text())
    by_text = {q["text"]: q for q in quotes}
    pm = by_text["There will be no cuts to hospitals, not this year and not next year,"]
    assert pm["speaker"] == "kallberg" and pm["speaker_name"] == "Henrik Kallberg"
    assert "near-miss spelling “Henrik Calberg”" in pm["attribution"]
    assert not (project / "site/speakers/henrik-calberg").exists()
    assert not (project / "site/speakers/calberg").exists()
    # a different first name is kept apart, with the suggestion in review
    assert by_text["The quay is ready; the cranes are not,"]["speaker"] == "anna-calberg"
    assert "Henrik Calberg" not in report.unknown_speakers


# ---------------------------------------------------------------- the review


def test_review_lists_every_doubt_with_path_line_words_rule_and_fix(project: Path) -> None:
    items = review_json(project)
    near = group(items, "near-miss")
    typo = [i for i in near if i["risk"] == "medium"]  # a same-first-letter typo attribution reads itself
    assert len(typo) == 1 and str(typo[0]["title"]).startswith("“Kalberg” read as Henrik Kallberg")
    assert typo[0]["places"][0]["path"] == "content/articles/kallberg-open-to-savings.md"  # type: ignore[index]
    assert typo[0]["places"][0]["line"] == 11  # type: ignore[index]
    near = [i for i in near if i["risk"] == "high"]
    assert len(near) == 1 and near[0]["suggestion"] == "kallberg"
    assert "did you mean kallberg" in str(near[0]["title"])
    places = near[0]["places"]
    assert isinstance(places, list)
    assert {(p["path"], p["line"]) for p in places} >= {("content/articles/calberg-rules-out-cuts.md", 9)}
    assert "aliases: [Kallberg, Calberg]" in json.dumps(near[0]["fixes"], ensure_ascii=False)

    unknown = group(items, "unknown")
    assert [(p["path"], p["line"], p["text"]) for i in unknown for p in i["places"]] == [  # type: ignore[attr-defined]
        ("content/articles/calberg-rules-out-cuts.md", 16, "Nobody has seen the final tables.")]
    assert unknown[0]["places"][0]["url"].startswith("2024/03/12/calberg-rules-out-cuts/#q-")  # type: ignore[index]

    new = {str(i["title"]).split(" is not")[0]: i for i in group(items, "new-name")}
    assert set(new) == {"Anna Calberg", "Tomas Lind"}
    assert new["Anna Calberg"]["suggestion"] == "kallberg" and "first names differ" in str(new["Anna Calberg"]["why"])
    assert new["Tomas Lind"]["suggestion"] == ""

    stale = group(items, "stale-verdict")
    assert [s["places"] for s in stale] == [
        [{"path": "content/_data/shifts.yaml", "line": n, "text": "", "quote": "", "url": ""}] for n in (1, 4)]
    assert all("delete the verdict" in str(s["fixes"]) for s in stale), "the shift it judged may be gone"
    # the move from the verdict's "no cuts" (said again as "There will be no cuts…") to "open to cuts"
    assert stale[0]["suggestion"] == "budget:there-will-be-no-fb4278:we-will-have-to-763355"
    assert "matches no current shift" in str(stale[0]["why"])
    assert "no quote 'there-will-be-no-aaaaaa'" in str(stale[1]["why"])  # the made-up id's warning, on its item
    assert not [i for i in group(items, "warning") if "shifts.yaml" in str(i["places"])]
    shifts = group(items, "shift")
    assert shifts and "status: confirmed" in json.dumps(shifts[0]["fixes"])
    assert group(items, "date") and group(items, "scare-quote")
    # ranked: every high item before the first medium one within the listing of groups
    assert items[0]["risk"] == "high"


def test_review_text_output_and_exit_codes(project: Path) -> None:
    proc = run(project, "review")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "content/articles/calberg-rules-out-cuts.md:16: “Nobody has seen the final tables.”" in out
    assert "did you mean kallberg?" in out
    assert "content/_data/shifts.yaml:1" in out
    assert re.search(r"review: \d+ item\(s\) to check \(\d+ high", out)
    assert run(project, "review", "--fail-on", "high").returncode == 1
    assert run(project, "review", "--fail-on", "nonsense").returncode == 2


def test_pasting_the_fixes_settles_the_items(project: Path) -> None:
    items = review_json(project)
    unknown = group(items, "unknown")[0]
    fix = unknown["fixes"][0]  # type: ignore[index]
    paste_into_front_matter(project / fix["file"], fix["yaml"])
    near = group(items, "near-miss")[0]
    alias_fix = near["fixes"][0]  # type: ignore[index]
    speakers = project / alias_fix["file"]
    speakers.write_text(speakers.read_text().replace("aliases: [Kallberg]", "aliases: [Kallberg, Calberg]"))
    stale = group(items, "stale-verdict")[0]  # re-pointed; the made-up second verdict deleted
    (project / "content/_data/shifts.yaml").write_text(stale["fixes"][0]["yaml"] + "\n")  # type: ignore[index]
    after = review_json(project)
    assert group(after, "unknown") == [] and group(after, "stale-verdict") == []
    assert [i["title"] for i in group(after, "near-miss")] == [  # Kalberg is still a typo to confirm
        "“Kalberg” read as Henrik Kallberg — did you mean kallberg? (1 mention(s))"]
    quotes = {q.text: q for q in _analysed(project)}
    assert quotes["Nobody has seen the final tables."].speaker == "kallberg"
    how = quotes["There will be no cuts to hospitals, not this year and not next year,"].attribution
    assert how == "“…,” Henrik Kallberg told"  # now a plain alias match: nothing left to check


def _analysed(project: Path) -> list[Quote]:
    prep, _site = pipeline.analysed(load_config(project))
    return [q for an in prep.analyses.values() for q in an.quotes]


def test_review_on_broken_content_fails_with_path_line(project: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    bad = project / "content/articles/broken.md"
    bad.write_text("---\ntitle: [unclosed\n---\nbody\n")
    monkeypatch.chdir(project)
    assert main(["review"]) == 1
    assert re.search(r"^content/articles/broken\.md:\d+: front matter is not valid YAML", capsys.readouterr().err, re.M)


# ---------------------------------------------------------------- shift verdicts


def test_stale_verdict_is_a_warning_with_its_line_and_an_error_with_strict(project: Path) -> None:
    cfg = load_config(project).replace(output_dir=project / "site")
    report = pipeline.build(cfg)
    stale = [p for p in report.problems if "matches no current shift" in p.message]
    assert [(p.path, p.line, p.severity) for p in stale] == [("content/_data/shifts.yaml", 1, "warning")]
    assert "did you mean 'budget:there-will-be-no-fb4278:we-will-have-to-763355'?" in stale[0].message
    made_up = [p for p in report.problems if p.path.endswith("shifts.yaml") and p.line == 4]
    assert made_up and all("matches no current shift" not in p.message for p in made_up)  # refs' warning only
    shifts = project / "content/_data/shifts.yaml"
    shifts.write_text("\n".join(shifts.read_text().split("\n")[:3]) + "\n")  # the stale verdict alone
    with pytest.raises(BuildFailed) as exc:
        pipeline.build(cfg.replace(strict=True))
    assert [(p.path, p.line) for p in exc.value.problems] == [("content/_data/shifts.yaml", 1)]


# ---------------------------------------------------------------- tagging of hand corrections


def test_added_quotes_are_tagged_and_a_stance_counts_as_tagged(project: Path) -> None:
    quotes = {q.text: q for q in _analysed(project)}
    added = quotes["the port authority must find savings in its budget"]
    assert added.kind == "editorial" and added.topics == ("budget", "ports")
    assert added.stance == {"budget": "open-to-cuts"}
    stanced = quotes["Trade comes first"]
    assert stanced.stance == {"budget": "no-cuts"} and "budget" in stanced.topics
    cfg = load_config(project).replace(output_dir=project / "site")
    report = pipeline.build(cfg)
    assert sum(report.untagged.values()) == len(group(review_json(project), "untagged"))


def test_build_summary_points_to_review(project: Path) -> None:
    proc = run(project, "build", "--out", "site")
    assert proc.returncode == 0, proc.stderr
    assert "`dateline review` lists each with path:line" in proc.stdout
    assert "unknown (" not in proc.stdout


def _figure_project(root: Path) -> Path:
    """A site that follows one figure (a mayor), with a chair's procedure and a host's greeting
    on no topic beside her own words on no topic (ux36 #23)."""
    small_project(root, "- id: vasquez\n  name: Elena Vasquez\n  aliases: [Vasquez]\n"
                        "- id: odhiambo\n  name: Peter Odhiambo\n  aliases: [Odhiambo]\n",
                  "- id: water\n  label: Water\n  cues: [water, reservoir*]\n", figures=("vasquez",))
    (root / "content/articles/council-session.md").write_text(
        "---\ntitle: Council session\ndate: 2025-03-04\noutlet: Valley Gazette\n---\n"
        "\"Order, members. The clerk will read the first item,\" Odhiambo said as he opened the sitting.\n\n"
        "\"Good evening and welcome to everyone in the gallery,\" Odhiambo added.\n\n"
        "\"The reservoir will be full by June,\" Vasquez said.\n\n"
        "\"I will not be lectured by anyone about my record,\" Vasquez told the chamber.\n\n"
        "\"Our families deserve better than another summer of excuses,\" Vasquez said later.\n", encoding="utf-8")
    return root


def test_the_build_counts_the_figures_statements_on_no_topic_and_review_lists_them(tmp_path: Path) -> None:
    """ux36 #23: every build printed every quote on no topic, words and all, mostly other people's (a
    chair's procedure, a host's greeting). What an editor must settle is the figures' own words on no
    topic: the build counts them and names the review group, which lists each with path:line."""
    project = _figure_project(tmp_path / "p")
    proc = run(project, "build", "--out", "site")
    assert proc.returncode == 0, proc.stderr
    [line] = [ln for ln in proc.stdout.splitlines() if "on no topic" in ln]
    assert line.startswith("2 statement(s) of Elena Vasquez on no topic"), line
    assert "`dateline review --group untagged`" in line
    for words in ("Order, members", "Good evening", "lectured", "Our families"):
        assert words not in proc.stdout  # counted, never listed: the list is review's
    items = group(review_json(project), "untagged")
    assert sorted((p["path"], p["line"], p["text"][:10]) for i in items for p in i["places"]) == [  # type: ignore[attr-defined]
        ("content/articles/council-session.md", 12, "I will not"), ("content/articles/council-session.md", 14, "Our famili")]
    # a statement a correction has named is settled for both: the count drops with review's list
    path = project / "content/articles/council-session.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "outlet: Valley Gazette\n", "outlet: Valley Gazette\nquotes:\n  - text: \"Our families deserve\"\n"
        "    topics: [water]\n"), encoding="utf-8")
    proc = run(project, "build", "--out", "site")
    assert "1 statement(s) of Elena Vasquez on no topic" in proc.stdout, proc.stdout
    assert len(group(review_json(project), "untagged")) == 1


def test_with_no_figures_every_known_speakers_statements_on_no_topic_are_counted(tmp_path: Path) -> None:
    """A site that follows nobody in particular (no `figures`): every speaker in speakers.yaml is
    followed, so the chair's words on no topic are an editor's question too; still a count, by speaker."""
    project = _figure_project(tmp_path / "p")
    (project / "pyproject.toml").write_text('[tool.dateline]\ntitle = "T"\nbuild_time = "2026-01-01"\n'
                                            'search = false\n', encoding="utf-8")
    proc = run(project, "build", "--out", "site")
    assert proc.returncode == 0, proc.stderr
    assert "4 statement(s) (2 of Elena Vasquez, 2 of Peter Odhiambo) on no topic" in proc.stdout, proc.stdout
    assert len(group(review_json(project), "untagged")) == 4


def test_a_figures_courtesy_turn_in_any_language_is_no_statement_awaiting_a_topic(tmp_path: Path) -> None:
    """ux36 left: a figure's "Asante sana, Mheshimiwa Spika." or "Grazie, sindaca." in a broadcast transcript
    counted as a statement on no topic, an editor's question about a greeting. Courtesies are read in
    every language the site reads, with the lower-case title they are said to; a turn that goes on to
    say something after its thanks is still counted."""
    project = _figure_project(tmp_path / "p")
    (project / "content/articles/radio.md").write_text(
        "---\ntitle: Radio hour\ndate: 2026-03-02\noutlet: Valley Radio\n---\n"
        "TRANSCRIPT\n\n"
        "MTANGAZAJI: Karibu kwenye kipindi, Gavana.\n\n"
        "VASQUEZ: Asante sana, Mheshimiwa Spika.\n\n"
        "CONDUTTRICE: Benvenuta.\n\n"
        "VASQUEZ: Grazie a lei, sindaca.\n\n"
        "VASQUEZ: Merci beaucoup, madame la maire.\n\n"
        "VASQUEZ: Gracias, my friends, the ballot comes first.\n", encoding="utf-8")
    proc = run(project, "build", "--out", "site")
    assert proc.returncode == 0, proc.stderr
    assert "3 statement(s) of Elena Vasquez on no topic" in proc.stdout, proc.stdout
    texts = {p["text"][:12] for i in group(review_json(project), "untagged") for p in i["places"]}  # type: ignore[attr-defined]
    assert "Gracias, my " in texts and not texts & {"Asante sana,", "Grazie a lei", "Merci beauco"}, texts


# ---------------------------------------------------------------- unknown is not a person


def test_an_unidentified_speaker_has_no_page_no_link_and_a_neutral_line(project: Path) -> None:
    cfg = load_config(project).replace(output_dir=project / "site", base_url="https://example.org/r/")
    pipeline.build(cfg)
    site = project / "site"
    assert not (site / "speakers/unknown").exists()
    assert "speakers/unknown" not in "".join(p.read_text() for p in site.rglob("*.html"))
    assert "speakers/unknown" not in (site / "sitemap.xml").read_text()
    quotes = {q["text"]: q for q in json.loads((site / "data/quotes.json").read_text())}
    assert quotes["Nobody has seen the final tables."]["speaker"] == "unknown"
    page = (site / "2024/03/12/calberg-rules-out-cuts/index.html").read_text()
    assert "Speaker not identified" in page
    timeline = (site / "2024" / "index.html").read_text()  # the card of the unknown quote on the timeline (its year)
    card = timeline[timeline.index('id="q-nobody-has-seen-the-825b0c"'):]
    meta = card[card.index('class="meta"'):]
    meta = meta[:meta.index("</p>")]
    assert '<span class="speaker unidentified"><bdi>Speaker not identified</bdi></span>' in meta and "<a " not in meta
    listing = (site / "speakers/index.html").read_text()
    assert "1 quote whose speaker is not identified" in listing
    assert '"Thing"' not in page and '"name": "unknown"' not in page


# ---------------------------------------------------------------- serve's /_review/


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def _wait_for(check: object, seconds: float = 20.0) -> bool:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_serve_shows_the_review_at_underscore_review_never_in_the_site(project: Path, browser: object) -> None:
    from test_browser import axe_violations

    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--port", str(port)], cwd=project, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/"
    try:
        assert _wait_for(lambda: _get(base + "_review/")[0] == 200 if _port_open(port) else False, 60)
        _, page = _get(base + "_review/")
        assert "content/articles/calberg-rules-out-cuts.md:16" in page
        assert "did you mean kallberg?" in page and "content/_data/shifts.yaml:1" in page
        assert "livereload.js" in page  # refreshed by the same live reload as the site
        links = re.findall(r'<a href="\.\./([^"#]+)#q-([^"]+)"', page)
        assert links
        for path, qid in links:  # every item opens its quote in context
            code, target = _get(base + path)
            assert code == 200 and f'id="q-{qid}"' in target
        assert not (project / "site/_review").exists()
        assert _get(base + "_review")[0] == 200  # redirected to the folder form
        code, one = _get(base + "_review/?group=near-miss")  # one group in full
        assert code == 200 and "did you mean kallberg" in one and 'id="rg-unknown"' not in one
        from playwright.sync_api import expect

        context = browser.new_context()  # type: ignore[attr-defined]
        try:
            view = context.new_page()
            view.goto(base + "_review/")
            connected = ("() => !!(window.LiveReload && window.LiveReload.connector"
                         " && window.LiveReload.connector._isSocketConnected())")
            view.wait_for_function(connected, timeout=20000)
            assert axe_violations(view) == []
            unknown = view.locator('section[aria-labelledby="rg-unknown"]')
            expect(unknown).to_contain_text("calberg-rules-out-cuts.md:16")
            # an edit that names the unknown speaker: the rebuild reloads the open review page
            art = project / "content/articles/calberg-rules-out-cuts.md"
            paste_into_front_matter(art, "quotes:\n  - id: nobody-has-seen-the-825b0c\n    speaker: oleksiuk")
            expect(unknown).to_have_count(0, timeout=20000)
            expect(view.locator("h1")).to_have_text("Review: what to check")
            assert "calberg-rules-out-cuts.md:16" not in _get(base + "_review/")[1]
        finally:
            context.close()
        assert not (project / "site/_review").exists()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _port_open(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def test_every_attribution_sieve_has_a_confidence() -> None:
    """A new sieve must say how sure it is, or review could not rank what it decided."""
    from dateline import attribution, review

    assert set(review.SIEVE_CONFIDENCE) == {name for name, _sieve in attribution.SIEVES} | set(attribution.AFTER_SIEVES)


def test_every_fix_is_valid_yaml(project: Path) -> None:
    """What review tells an editor to paste must parse (comments and all), names with YAML syntax included."""
    import textwrap

    import yaml

    speakers = project / "content/_data/speakers.yaml"
    speakers.write_text(speakers.read_text().replace("aliases: [Kallberg]", "aliases: [Kallberg, \"K: Kallberg\"]"))
    items = review_json(project)
    fixes = [f for i in items for f in i["fixes"]]  # type: ignore[attr-defined]
    assert any('"K: Kallberg"' in f["yaml"] for f in fixes)
    for f in fixes:
        body = textwrap.dedent("\n".join(ln for ln in f["yaml"].split("\n") if not ln.startswith("#")))
        parsed = yaml.safe_load(body)
        assert isinstance(parsed, (dict, list)), f["yaml"]


def test_imported_wire_copy_with_a_misspelt_prime_minister(project: Path) -> None:
    """The issue's check, small: raw wire text imported with its date but no outlet; review names the
    misspelling with its suggestion and the quote left unknown, each with path:line; no page for nobody."""
    for old in (project / "content/articles").glob("*.md"):
        old.unlink()
    (project / "content/_data/shifts.yaml").unlink()
    raw = DATA / "review_raw" / "wire-calberg-budget.txt"
    proc = run(project, "import", str(raw), "--date", "2024-10-03", "--date-basis", "wire dateline",
               "--today", "2024-10-04")
    assert proc.returncode == 0, proc.stderr
    path = next((project / "content/articles").glob("*.md")).relative_to(project).as_posix()
    items = review_json(project)
    near = group(items, "near-miss")
    assert [i["suggestion"] for i in near] == ["kallberg"] and "did you mean kallberg" in str(near[0]["title"])
    assert {p["path"] for p in near[0]["places"]} == {path}  # type: ignore[attr-defined]
    unknown = [(p["path"], p["line"], p["text"]) for i in group(items, "unknown") for p in i["places"]]  # type: ignore[attr-defined]
    assert unknown == [(path, 25, "Show us the numbers.")]
    proc = run(project, "build", "--out", "site")
    assert proc.returncode == 0, proc.stderr
    assert not (project / "site/speakers/unknown").exists() and not (project / "site/speakers/henrik-calberg").exists()
    assert (project / "site/speakers/kallberg/index.html").exists()


def test_a_near_miss_kept_apart_by_its_own_speakers_entry(project: Path) -> None:
    near = next(i for i in review_json(project) if i["group"] == "near-miss" and i["risk"] == "high")
    apart = near["fixes"][1]  # type: ignore[index]
    speakers = project / apart["file"]
    speakers.write_text(speakers.read_text() + apart["yaml"] + "\n")
    quotes = {q.text: q for q in _analysed(project)}
    q = quotes["There will be no cuts to hospitals, not this year and not next year,"]
    assert (q.speaker, q.speaker_name) == ("henrik-calberg", "Henrik Calberg")
    assert not [i for i in review_json(project) if i["group"] == "near-miss" and i["risk"] == "high"]


def test_review_is_the_same_under_any_hash_seed(project: Path) -> None:
    outs = set()
    for seed in ("0", "12345"):
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent), PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-m", "dateline", "review", "--json"], cwd=project, env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        outs.add(proc.stdout)
    assert len(outs) == 1


def test_review_page_shows_the_first_items_of_a_large_group_and_links_to_all(project: Path) -> None:
    from dateline import render, review

    cfg = load_config(project)
    items = [review.Item("untagged", "low", f"statement {n}", "no cue", (review.Place("a.md", n, f"words {n}"),))
             for n in range(1, 151)]
    result = review.Review(items)
    page = render.review_page(cfg, result).decode()
    assert page.count('<li class="review-item ') == render.REVIEW_SHOWN
    assert '<a href="?group=untagged">All 150 items of this group</a>' in page
    full = render.review_page(cfg, result, "untagged").decode()
    assert full.count('<li class="review-item ') == 150 and "?group=untagged" not in full


# ---------------------------------------------------------------- stances the cues do not settle

TRAM_TOPICS = """\
- id: tram
  label: Tram line
  cues: [tram*, light rail]
  stances:
    - {id: conditional, label: Only with conditions, rank: 1, cues: ["conditions", "bus lane"]}
    - {id: for, label: For the line, rank: 2, cues: ["back the tram line", "for the tram line"]}
    - {id: against, label: Against the line, rank: 0, cues: ["against the tram line", "no tram line"]}
"""
TRAM_ARTICLE = """\
---
title: Councillor backs the tram line
date: 2024-03-12
outlet: Lakeside Courier
---
Councillor Odile Brennan changed course on Tuesday.

"I back the tram line now, with a bus lane kept beside it," Brennan said.

"I was against the tram line until the depot moved," she added.

On the budget she was less sure. "We will see what the spring brings," Brennan said.
"""


def _tram_project(tmp_path: Path) -> Path:
    p = tmp_path / "tram"
    (p / "content" / "articles").mkdir(parents=True)
    (p / "content" / "_data").mkdir()
    (p / "pyproject.toml").write_text('[tool.dateline]\ntitle = "Tram"\nbuild_time = "2025-01-01"\n'
                                      'search = false\nfigures = ["brennan"]\n', encoding="utf-8")
    (p / "content" / "_data" / "speakers.yaml").write_text(
        "- id: brennan\n  name: Odile Brennan\n  aliases: [Brennan]\n", encoding="utf-8")
    (p / "content" / "_data" / "topics.yaml").write_text(
        TRAM_TOPICS + "- id: budget\n  label: Budget\n  cues: [budget]\n", encoding="utf-8")
    (p / "content" / "articles" / "brennan-backs-tram.md").write_text(TRAM_ARTICLE, encoding="utf-8")
    return p


def test_a_quote_matching_cues_of_two_stances_takes_the_longest_and_reaches_the_editor(tmp_path: Path) -> None:
    """"I back the tram line, with a bus lane": the specific cue wins over the generic one listed
    first, and review says the stance is uncertain, with path:line and the corrections that settle it;
    a retrospective "I was against … until" is flagged too. Pasting a fix settles the item."""
    project = _tram_project(tmp_path)
    quotes = {q["text"][:12]: q for q in json.loads(_built(project, "quotes.json"))}
    assert quotes["I back the t"]["stance"] == {"tram": "for"}
    items = group(review_json(project), "stance")
    by_line = {i["places"][0]["line"]: i for i in items}  # type: ignore[index]
    article = "content/articles/brennan-backs-tram.md"
    both = by_line[8]
    assert both["places"][0]["path"] == article  # type: ignore[index]
    assert "‘back the tram line’ → For the line; ‘bus lane’ → Only with conditions" in str(both["why"])
    assert "The cue of most words won" in str(both["why"])  # the rule topics.tag applies, said as it is
    assert [f["yaml"].split("\n")[-1].strip() for f in both["fixes"]] == [  # type: ignore[union-attr,index]
        "stance: {tram: for}", "stance: {tram: conditional}"]
    past = by_line[10]
    assert "past tense (‘was against the tram line’)" in str(past["why"])
    paste_into_front_matter(project / article, both["fixes"][0]["yaml"])  # confirmed  # type: ignore[index]
    # a correction of the speaker alone says nothing of the stance: that item stays
    paste_into_front_matter(project / article, f"quotes:\n  - id: {past['places'][0]['quote']}\n    speaker: brennan")  # type: ignore[index]
    left = [i["places"][0]["text"] for i in group(review_json(project), "stance")]  # type: ignore[index]
    assert len(left) == 1 and left[0].startswith("I was against the tram line"), left


def test_an_untagged_statement_names_the_cue_around_it_rather_than_deny_it(tmp_path: Path) -> None:
    project = _tram_project(tmp_path)
    [item] = [i for i in group(review_json(project), "untagged") if "spring" in i["places"][0]["text"]]  # type: ignore[index]
    assert "‘budget’, a cue of Budget, occurs in the text around it" in str(item["why"])
    assert "or around it" not in str(item["why"])
    assert "topics: [budget]" in item["fixes"][0]["yaml"]  # type: ignore[index]


def _built(project: Path, name: str) -> str:
    proc = run(project, "build")
    assert proc.returncode == 0, proc.stderr
    return (project / "site" / "data" / name).read_text(encoding="utf-8")


def test_an_unconfirmed_shift_says_so_where_the_home_page_lists_it(tmp_path: Path) -> None:
    """The councillor's "I back the tram line" then "I was against the tram line until …" make a
    candidate shift: the home page's "Where the position moved" must say it is not confirmed, in
    its visible text (not only in the chart's title). A "held" pair is no task: not "(candidate)"."""
    project = _tram_project(tmp_path)
    _built(project, "shifts.json")
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    moved = home.split('id="h-key"')[1].split("</section>")[0]
    assert re.search(r">Reversed on Tram line</span> \(candidate, not confirmed by an editor\)", moved), moved
    topic = (project / "site" / "topics" / "tram" / "index.html").read_text(encoding="utf-8")
    assert "Reversed (candidate, not confirmed):" in topic


def test_an_untagged_statement_is_never_offered_a_topic_nothing_points_to(tmp_path: Path) -> None:
    """Offering the first topic of topics.yaml put statements on a topic they are not on when pasted:
    a topic is offered only when its cues or stance words occur around the quote or in the title;
    otherwise the fix says none matches and leaves the topic to the editor."""
    project = _tram_project(tmp_path)
    (project / "content" / "articles" / "brennan-on-schools.md").write_text(
        "---\ntitle: Councillor speaks at the school fair\ndate: 2024-04-02\noutlet: Lakeside Courier\n---\n"
        "\"Every child deserves a warm classroom,\" Brennan said.\n", encoding="utf-8")
    (project / "content" / "articles" / "brennan-light-rail.md").write_text(
        "---\ntitle: Light rail vote delayed\ndate: 2024-04-09\noutlet: Lakeside Courier\n---\n"
        "\"We will vote when the engineers report,\" Brennan said.\n", encoding="utf-8")
    items = {i["places"][0]["text"][:9]: i for i in group(review_json(project), "untagged")}  # type: ignore[index]
    school = items["Every chi"]
    assert "topics: [TOPIC]   # one of: tram, budget" in school["fixes"][0]["yaml"]  # type: ignore[index]
    assert "none is offered" in str(school["why"])
    rail = items["We will v"]
    assert "topics: [tram]" in rail["fixes"][0]["yaml"]  # type: ignore[index]
    assert "title names ‘Light rail’" in str(rail["why"])


def test_a_stance_named_by_the_quotes_first_words_settles_its_item(tmp_path: Path) -> None:
    """README: a quote an editor names by `id:` or `text:` counts as checked; `text:` takes the first
    words of a quote as the build does, so the item goes as it does for `id:`."""
    project = _tram_project(tmp_path)
    article = project / "content" / "articles" / "brennan-backs-tram.md"
    assert any(i["places"][0]["text"].startswith("I back the tram")  # type: ignore[index]
               for i in group(review_json(project), "stance"))
    paste_into_front_matter(article, 'quotes:\n  - text: "I back the tram line now"\n    stance: {tram: for}')
    left = [i["places"][0]["text"] for i in group(review_json(project), "stance")]  # type: ignore[index]
    assert not any(t.startswith("I back the tram") for t in left), left


def test_a_place_after_the_is_no_typo_of_a_speakers_surname(tmp_path: Path) -> None:
    """"the upper Brennon", "the Brennon valley" name a river, not Odile Brennan: no near-miss item
    (which could only be settled by making the river her alias); "Councillor Brennon" still is one."""
    project = _tram_project(tmp_path)
    (project / "content" / "articles" / "river.md").write_text(
        "---\ntitle: Farmers march\ndate: 2024-04-02\noutlet: Lakeside Courier\n---\n"
        "Farmers from the upper Brennon marched to the depot. In the Brennon valley the wells are dry.\n",
        encoding="utf-8")
    assert not [i for i in group(review_json(project), "near-miss") if "Brennon" in str(i["title"])]
    (project / "content" / "articles" / "typo.md").write_text(
        "---\ntitle: Council notes\ndate: 2024-04-03\noutlet: Lakeside Courier\n---\n"
        "Councillor Brennon chaired the meeting.\n", encoding="utf-8")
    [item] = [i for i in group(review_json(project), "near-miss") if "Brennon" in str(i["title"])]
    assert [p["path"] for p in item["places"]] == ["content/articles/typo.md"]  # type: ignore[index]


# ---------------------------------------------------------------- a role nobody in the article holds


_FERRY = """---
title: Ferry line to reopen in May
date: 2024-04-02
outlet: Nordwire
---
HALLSUND, April 2 /NORDWIRE/ — The ferry line to the outer islands will reopen in May, the
ministry's transport desk confirmed on Tuesday.

"The boats are ready and the crews are hired," the foreign minister said.
"""


def _ferry_project(tmp_path: Path, figures: str = "", extra: str = "") -> Path:
    project = copy_project(PROJECT, tmp_path / "p")
    (project / "content/articles/ferry-line.md").write_text(_FERRY, encoding="utf-8")
    if figures:
        cfg = project / "pyproject.toml"
        cfg.write_text(cfg.read_text(encoding="utf-8") + f"figures = {figures}\n", encoding="utf-8")
    if extra:
        speakers = project / "content/_data/speakers.yaml"
        speakers.write_text(speakers.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return project


def test_a_role_the_article_gives_nobody_is_a_guess_the_editor_settles(tmp_path: Path) -> None:
    """'"…," the foreign minister said' in an article that names no foreign minister: the speakers
    file's one holder is kept, but as a low-confidence guess review lists with path:line and the fix
    that confirms it; pasting the fix settles it."""
    project = _ferry_project(tmp_path)
    quotes = {q.text: q for q in _analysed(project)}
    said = quotes["The boats are ready and the crews are hired,"]
    assert said.speaker == "oleksiuk" and "role holder guessed" in said.attribution
    items = [i for i in group(review_json(project), "attribution") if i["rule"] == "role holder guess"]
    assert len(items) == 1 and items[0]["confidence"] == "low" and items[0]["risk"] == "medium"
    place = items[0]["places"][0]  # type: ignore[index]
    assert (place["path"], place["line"]) == ("content/articles/ferry-line.md", 9)
    assert "the article names no holder of “the foreign minister”" in str(items[0]["why"])
    fix = items[0]["fixes"][0]  # type: ignore[index]
    assert "speaker: oleksiuk" in fix["yaml"]
    paste_into_front_matter(project / fix["file"], fix["yaml"])
    assert not [i for i in group(review_json(project), "attribution") if i["rule"] == "role holder guess"]


def test_a_role_of_the_sites_figure_is_no_guess_and_a_shared_role_is_nobody(tmp_path: Path) -> None:
    """The same role when its holder is one of the site's figures: the office the site is about, not
    listed. Two holders in the speakers file and neither named: no speaker (a coin toss would be a
    wrong speaker half the time), and review's fix names both holders."""
    figure = _ferry_project(tmp_path / "a", figures='["oleksiuk"]')
    assert not [i for i in group(review_json(figure), "attribution") if i["rule"] == "role holder guess"]
    shared = _ferry_project(tmp_path / "b", extra="- id: strand\n  name: Per Strand\n  roles: [the foreign minister]\n")
    quotes = {q.text: q for q in _analysed(shared)}
    assert quotes["The boats are ready and the crews are hired,"].speaker == "unknown"
    [item] = [i for i in group(review_json(shared), "unknown")
              if i["places"][0]["path"] == "content/articles/ferry-line.md"]  # type: ignore[index]
    assert item["places"][0]["line"] == 9  # type: ignore[index]
    name_fix = str(item["fixes"][0]["yaml"])  # type: ignore[index]
    assert "speaker: oleksiuk" in name_fix and "strand" in name_fix


_HARBOUR = """---
title: Harbour talks stall
date: 2024-04-03
outlet: Nordwire
---
HALLSUND, April 3 /NORDWIRE/ — Foreign Minister Per Strand met his predecessor's successor at the
ministry, Foreign Minister Anna Oleksiuk of the island council, on Wednesday to discuss the harbour fees.

Oleksiuk said the council would not lower them before the summer.

"The fees pay for the breakwater, and the breakwater is not finished," the foreign minister said.
{together}
"We will meet again in June," the foreign minister said.
"""


def _harbour_project(tmp_path: Path, together: str = "") -> Path:
    project = _ferry_project(tmp_path, extra="- id: strand\n  name: Per Strand\n  roles: [the foreign minister]\n")
    (project / "content/articles/harbour.md").write_text(_HARBOUR.format(together=together), encoding="utf-8")
    return project


def test_a_role_of_two_named_holders_is_the_one_named_last_and_review_lists_it(tmp_path: Path) -> None:
    """Both holders of "the foreign minister" are named: the role after "Oleksiuk said …" is hers (the
    story goes on with the one it named last), but that is a reader's call, so review lists it at
    path:line with both holders in its fix; when the text then speaks of them together ("Both foreign
    ministers …") the next role may be either: nobody, and review's fix names both."""
    project = _harbour_project(tmp_path)
    quotes = {q.text: q for q in _analysed(project)}
    said = quotes["The fees pay for the breakwater, and the breakwater is not finished,"]
    assert said.speaker == "oleksiuk" and "one of the role's holders named" in said.attribution
    assert quotes["We will meet again in June,"].speaker == "oleksiuk"
    items = [i for i in group(review_json(project), "attribution") if i["rule"] == "role of several holders"
             and i["places"][0]["path"] == "content/articles/harbour.md"]  # type: ignore[index]
    assert [i["places"][0]["line"] for i in items] == [11, 13]  # type: ignore[index]
    assert items[0]["confidence"] == "medium"
    confirm, other = (str(f["yaml"]) for f in items[0]["fixes"])  # type: ignore[attr-defined]
    assert "speaker: oleksiuk" in confirm and "speaker: strand" in other
    paste_into_front_matter(project / items[0]["fixes"][0]["file"], items[0]["fixes"][0]["yaml"])  # type: ignore[index]
    left = [i for i in group(review_json(project), "attribution") if i["rule"] == "role of several holders"
            and i["places"][0]["path"] == "content/articles/harbour.md"]  # type: ignore[index]
    [line] = [i["places"][0]["line"] for i in left]  # type: ignore[index]
    lines = (project / "content/articles/harbour.md").read_text(encoding="utf-8").splitlines()
    assert lines[line - 1].startswith('"We will meet again in June,"')  # the pasted fix settled the first

    apart = _harbour_project(tmp_path / "b", together="\nBoth foreign ministers later signed a note on the fees.\n")
    quotes = {q.text: q for q in _analysed(apart)}
    assert quotes["The fees pay for the breakwater, and the breakwater is not finished,"].speaker == "oleksiuk"
    assert quotes["We will meet again in June,"].speaker == "unknown"
    [item] = [i for i in group(review_json(apart), "unknown")
              if i["places"][0]["path"] == "content/articles/harbour.md"]  # type: ignore[index]
    name_fix = str(item["fixes"][0]["yaml"])  # type: ignore[index]
    assert "oleksiuk" in name_fix and "strand" in name_fix


# ---------------------------------------------------------------- narrowing a long review (P24)

def _narrowed(project: Path, *args: str) -> list[dict[str, object]]:
    proc = run(project, "review", "--json", *args)
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)["items"]
    assert isinstance(items, list)
    return items


def _paths(item: dict[str, object]) -> list[str]:
    return [str(p["path"]) for p in item["places"]]  # type: ignore[attr-defined]


def test_review_is_narrowed_by_path_group_and_risk(project: Path) -> None:
    everything = review_json(project)
    by_article = _narrowed(project, "--path", "oleksiuk-on-ports.md", "--path", "content/_data/")
    assert by_article == [i for i in everything if any(p == "content/articles/oleksiuk-on-ports.md"
                                                       or p.startswith("content/_data/") for p in _paths(i))]
    assert {g["group"] for g in by_article} == {"date", "stale-verdict"}
    assert _narrowed(project, "--path", "calberg-rules-out-cuts") == [
        i for i in everything if "content/articles/calberg-rules-out-cuts.md" in _paths(i)]
    dates_and_shifts = _narrowed(project, "--group", "date", "--group", "shift")
    # two: a stance fix no longer settles a low-confidence date (ux29b), which adds a quote — to the item of the
    # other quote its article's one reading dates alike (one item, two places)
    assert dates_and_shifts == [i for i in everything if i["group"] in ("date", "shift")] and len(dates_and_shifts) == 2
    assert sum(len(i["places"]) for i in dates_and_shifts if i["group"] == "date") == 2  # type: ignore[arg-type]
    high_new_names = _narrowed(project, "--risk", "high", "--group", "new-name")
    assert high_new_names == [i for i in everything if i["group"] == "new-name" and i["risk"] == "high"] != []
    medium_up = _narrowed(project, "--risk", "medium")
    assert medium_up == [i for i in everything if i["risk"] != "low"] and len(medium_up) < len(everything)


def test_review_is_narrowed_to_one_speakers_quotes(project: Path) -> None:
    """A research desk works through its figure's statements first (ux70 #9: 437 items, 300 of them fillers'):
    `--speaker ID` keeps the items whose places are that speaker's quotes, in their ranked order."""
    _, site = pipeline.analysed(load_config(project))
    everything = review_json(project)
    said = {q.id: q.speaker for q in site.quotes}
    speakers = sorted({said[str(p["quote"])] for i in everything for p in i["places"]  # type: ignore[attr-defined]
                       if p["quote"]})
    assert len(speakers) >= 2
    for sid in speakers:
        kept = _narrowed(project, "--speaker", sid)
        assert kept == [i for i in everything if any(said.get(str(p["quote"])) == sid
                                                     for p in i["places"])] != []  # type: ignore[attr-defined]
        assert len(kept) < len(everything)
    both = _narrowed(project, "--speaker", speakers[0], "--speaker", speakers[1], "--risk", "high")
    assert both == [i for i in everything if i["risk"] == "high" and any(
        said.get(str(p["quote"])) in speakers[:2] for p in i["places"])]  # type: ignore[attr-defined]
    wrong = run(project, "review", "--speaker", "no-such-person")
    assert wrong.returncode == 2 and "--speaker no-such-person: no such speaker" in wrong.stderr


def test_review_filters_in_text_help_and_fail_on(project: Path) -> None:
    out = run(project, "review", "--group", "scare-quote").stdout
    assert "== Short quoted terms kept as statements (scare quotes?) (3) [--group scare-quote]" in out
    assert "Quotes whose speaker is not identified" not in out
    assert out.rstrip().endswith("narrowed by --group scare-quote"), out
    assert run(project, "review", "--group", "scare-quote", "--fail-on", "high").returncode == 0, "only what is shown"
    assert run(project, "review", "--path", "calberg-rules-out-cuts.md", "--fail-on", "high").returncode == 1
    wrong = run(project, "review", "--group", "dates")
    assert wrong.returncode == 2 and "--group dates: no such group" in wrong.stderr and "date, shift" in wrong.stderr
    helped = run(project, "review", "--help").stdout
    assert all(option in helped for option in ("--path PATH", "--group GROUP", "--risk RISK", "--json"))


@pytest.mark.parametrize(("language", "heading"), [
    ("de", "Aussagen ohne Thema"), ("fr", "Déclarations sans sujet"), ("en", "Statements matching no topic")])
def test_review_page_names_its_groups_in_the_sites_language(project: Path, language: str, heading: str) -> None:
    """A German newsroom's /_review/ read 'Statements matching no topic' among German words (the group headings
    are lang/ui.toml review_group_<id>; the command line keeps English)."""
    from dataclasses import replace

    from dateline import render, review

    cfg = replace(load_config(project), language=language)
    result = review.Review([review.Item("untagged", "low", "statement", "no cue", (review.Place("a.md", 3, "w"),))])
    page = render.review_page(cfg, result).decode()
    assert f'<h2 id="rg-untagged">{heading} (1)</h2>' in page
    assert review.GROUPS["untagged"] == "Statements matching no topic"


# ---------------------------------------------------------------- who the text names for the words (ux33 P7)


def test_review_offers_the_person_named_beside_the_words_not_the_first_one_in_the_article(tmp_path: Path) -> None:
    """ux33 P7: for '"Es una traición…", dijo el secretario general del SITRAMP, Carlos Sulca' review
    offered `speaker: kessler`, the first person the article named. It offers the one the quote's own
    paragraph names nearest the words, then the rest."""
    project = copy_project(PROJECT, tmp_path / "p")
    speakers = project / "content/_data/speakers.yaml"
    speakers.write_text(speakers.read_text(encoding="utf-8") + "- id: lund\n  name: Per Lund\n  aliases: [Lund]\n",
                        encoding="utf-8")
    (project / "content/articles/dock-strike.md").write_text(
        "---\ntitle: Dockers threaten a strike\ndate: 2024-05-02\noutlet: Harbour Post\n---\n"
        "Prime Minister Henrik Kallberg opened the new terminal on Monday.\n\n"
        "The dockers were not impressed. \"We will strike until the contracts are signed.\" That was the "
        "message of the union leader, Per Lund, to the port board.\n", encoding="utf-8")
    [item] = [i for i in group(review_json(project), "unknown") if "dock-strike" in str(i["places"])]
    fix = str(item["fixes"][0]["yaml"])  # type: ignore[index]
    assert "speaker: lund   # named in this article: lund, kallberg" in fix, fix


def _gazzetta(tmp_path: Path, speakers: str = "") -> Path:
    project = copy_project(PROJECT, tmp_path / "p")
    (project / "content/articles/porto.md").write_text(
        "---\ntitle: Il porto\ndate: 2024-05-02\noutlet: La Gazzetta del Porto (edizione locale)\n---\n"
        "La Gazzetta del Porto\n\n"
        "\"Dodici milioni non pagano un porto\": le comunità respingono l'accordo\n\n"
        "Helena Prado è arrivata ieri in Comune con una cartella di firme.\n", encoding="utf-8")
    if speakers:
        data = project / "content/_data/speakers.yaml"
        data.write_text(data.read_text(encoding="utf-8") + speakers, encoding="utf-8")
    return project


def test_an_outlet_of_the_site_is_no_speaker_and_review_says_why(tmp_path: Path) -> None:
    """ux33 P7: a masthead ("La Gaceta de la Puna") read as the subject before a headline's quote made a
    newspaper a speaker with a public page. A name not in speakers.yaml that is an article's `outlet:`
    (notes in brackets aside) is unknown, and review tells the editor why."""
    project = _gazzetta(tmp_path)
    [quote] = [q for q in _analysed_site(project) if q.article == "porto"]
    assert quote.speaker == "unknown" and "is an outlet of this site, not a person" in quote.attribution
    [item] = [i for i in group(review_json(project), "unknown") if "porto.md" in str(i["places"])]
    assert "‘La Gazzetta del Porto’ is an outlet of this site" in str(item["why"])
    proc = run(project, "build", "--out", "site")
    assert proc.returncode == 0, proc.stderr
    assert not (project / "site/speakers/la-gazzetta-del-porto").exists()


def test_only_an_outlets_whole_name_or_its_first_words_make_a_speaker_no_person() -> None:
    """A name the speakers file lists is kept, a one-word name is no outlet's first word, and an outlet
    named in part ("Radio Norte" of "Radio Norte FM 90.1 (audio)") is one."""
    from dateline.model import Article, DateInfo, PartialDate, Span

    day = DateInfo(PartialDate(2024, 5, 2), "high", "test")
    articles = [Article("a", "content/articles/a.md", "a", "A", day, "", 1, outlet="Radio Norte FM 90.1 (audio)"),
                Article("b", "content/articles/b.md", "b", "B", day, "", 1, outlet="Helena Weekly")]

    def quote(sid: str, name: str) -> Quote:
        return Quote(sid, "a", "words", Span(0, 5, 1), "\"", ("words",), speaker=sid, speaker_name=name,
                     attribution="subject of the paragraph before")

    got = pipeline.no_outlets([quote("radio-norte", "Radio Norte"), quote("helena", "Helena"),
                               quote("helena-weekly", "Helena Weekly"), quote("norte", "Norte")],
                              [Speaker("helena-weekly", "Helena Weekly", kind="institution")], articles)
    assert [q.speaker for q in got] == ["unknown", "helena", "helena-weekly", "norte"]


def _analysed_site(project: Path) -> list[Quote]:
    return list(pipeline.analysed(load_config(project))[1].quotes)


def test_an_article_whose_quotes_mostly_have_no_speaker_is_a_warning_at_its_line(tmp_path: Path) -> None:
    """ux33 P7: `dateline check` passed a site with 0 warnings while a third of its quotes had no speaker.
    An article where two quotes or more, and half of its quotes at least, have none is a warning at
    the first one's path:line (build and check); one unknown quote among several is not; an editor
    who has looked acknowledges it."""
    project = copy_project(PROJECT, tmp_path / "p")
    article = project / "content/articles/harbour-tables.md"
    article.write_text(
        "---\ntitle: Harbour tables\ndate: 2024-05-02\noutlet: Harbour Post\n---\n"
        "The port board met on Monday behind closed doors.\n\n"
        "\"Nobody has seen the final tables.\"\n\n\"The figure is still open.\"\n\n"
        "\"We have the money,\" Kallberg said.\n", encoding="utf-8")
    proc = run(project, "check")
    assert ("content/articles/harbour-tables.md:8: warning: 2 of the 3 quotes of this article have no speaker: "
            "`dateline review --path content/articles/harbour-tables.md`") in proc.stderr, proc.stderr
    assert proc.returncode == 0, "a warning fails only a strict check"
    assert [ln for ln in proc.stderr.splitlines() if "no speaker" in ln] == [
        ln for ln in proc.stderr.splitlines() if "harbour-tables.md:8: warning: 2 of the 3" in ln], \
        "calberg-rules-out-cuts.md: one unknown quote of three is review's to list"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("outlet: Harbour Post\n", "outlet: Harbour Post\nacknowledge:\n"
                                    "  - {warning: \"have no speaker\", reason: \"two anonymous board members\"}\n"),
                       encoding="utf-8")
    proc = run(project, "check")
    assert "have no speaker" not in proc.stderr and "acknowledge: no warning" not in proc.stderr, proc.stderr


def test_a_hosts_turn_is_offered_for_dropping_first(tmp_path: Path) -> None:
    """ux33 P7/P8: review offered a radio host's questions to a person of the article; a turn of the label
    that asks (quotes._askers) is no one's statement: `drop:` first."""
    project = copy_project(PROJECT, tmp_path / "p")
    (project / "content/articles/radio-litoral.md").write_text(
        "---\ntitle: Rádio Litoral\ndate: 2024-05-02\noutlet: Rádio Litoral\n---\n"
        "APRESENTADORA: Bom dia, senhor primeiro-ministro. Porque cortar agora?\n\n"
        "KALLBERG: Porque o orçamento não chega para tudo.\n\n"
        "APRESENTADORA: Os hospitais dizem que vão fechar camas.\n\n"
        "KALLBERG: Nenhuma cama vai fechar este ano.\n", encoding="utf-8")
    items = [i for i in group(review_json(project), "unknown") if "radio-litoral" in str(i["places"])]
    assert len(items) == 2
    assert all("drop:" in str(i["fixes"][0]["yaml"]) for i in items)  # type: ignore[index]


def test_a_handle_listed_with_its_at_sign_is_no_near_miss() -> None:
    """A pasted post's `@JaneDoeMP` line, with "@JaneDoeMP" among her aliases, is her handle as listed: review
    asks nothing of it (a usability round was offered the handle without its @ as a spelling to confirm), nor
    of one its aliases hold in lower case (handles ignore case); a handle the file does not hold is still offered."""
    from types import SimpleNamespace

    from dateline import review
    spk = Speaker("okafor", "Ada Okafor", ("Ada Okafor", "Okafor", "@AdaOkaforMP"), ())
    other = Speaker("mensah", "Kofi Mensah", ("Kofi Mensah", "Mensah", "kofimensahm"), ())
    body = "Ada Okafor\n@AdaOkaforMP\nThe bridge opens in May.\n\nKofi Mensah\n@KofiMensahMP\nIt will not."
    art = SimpleNamespace(body=body, body_line=5, path="content/articles/thread.md")
    items = review._spellings([art], [spk, other], {}, "content/_data")  # type: ignore[list-item]
    assert [i.title.split(" read as")[0] for i in items] == ["“KofiMensahMP”"]


def test_a_body_a_reporters_question_names_is_never_offered_as_its_asker(tmp_path: Path) -> None:
    """Usability round 10: a press conference's `FRAGE:` turn that names a chamber ("…, wie die
    Handelskammer verlangt?") was offered to the chamber. A body asks no question there; a person may."""
    project = small_project(tmp_path / "p", "- id: brunner\n  name: Corinne Brunner\n  aliases: [Brunner]\n"
                            "- id: handelskammer\n  name: Handelskammer Bern\n  kind: institution\n"
                            "  aliases: [Handelskammer Bern, die Handelskammer]\n")
    (project / "content/articles/medienkonferenz.md").write_text(
        "---\ntitle: Medienkonferenz\ndate: 2025-02-06\noutlet: Staatskanzlei\n---\n"
        "BRUNNER: Der Regierungsrat hat heute die Maut beschlossen.\n\n"
        "FRAGE: Gibt es Ausnahmen für das Gewerbe, wie die Handelskammer verlangt?\n\n"
        "BRUNNER: Nein. Die Regeln gelten für alle.\n", encoding="utf-8")
    items = [i for i in group(review_json(project), "unknown") if "medienkonferenz" in str(i["places"])]
    assert len(items) == 1
    offered = " ".join(str(f["yaml"]) for f in items[0]["fixes"])  # type: ignore[attr-defined]
    assert "drop:" in offered and "speaker: handelskammer" not in offered


_LIEGE = """---
title: "Liège : la bourgmestre refuse le plan de mobilité"
date: 2026-11-20
outlet: "Le Quotidien de Liège"
---
LIÈGE — La bourgmestre Ana Costa a quitté la salle du conseil après le vote du projet « inacceptable » de la Région.

Le « plan Mobilité 2030 » a été voté par la majorité régionale. Les commerçants du centre parlent d'un « désastre ».

« Nous irons jusqu'au Conseil d'État », a déclaré Ana Costa à la sortie du conseil.
"""


def test_a_figures_word_read_as_a_term_reaches_review_and_a_correction_settles_it(tmp_path: Path) -> None:
    """« inacceptable » beside the mayor's name is read as a term (no verb of saying), and a figure's word
    dropped unseen would be silent (usability round 11, finding 14): review lists it at path:line with two
    fixes — her words (`add:` as her partial quote) or a term as read (`drop:` of the text, which analyse takes
    without a stale-correction warning). The traders' « désastre », in a paragraph naming no listed speaker,
    and the « plan Mobilité 2030 » title are not listed."""
    project = small_project(tmp_path / "p", "- id: ana-costa\n  name: Ana Costa\n  aliases: [Costa]\n")
    article = project / "content/articles/liege.md"
    article.write_text(_LIEGE, encoding="utf-8")
    [item] = group(review_json(project), "dropped-term")
    place = item["places"][0]  # type: ignore[index]
    assert (place["path"], place["line"], place["text"]) == ("content/articles/liege.md", 6, "inacceptable")
    assert item["risk"] == "low" and "Ana Costa" in str(item["title"])
    add, drop = item["fixes"]  # type: ignore[misc]
    assert "add: \"inacceptable\"" in add["yaml"] and "speaker: ana-costa" in add["yaml"] and "partial: true" in add["yaml"]
    paste_into_front_matter(article, add["yaml"])
    assert not group(review_json(project), "dropped-term")
    said = {q.text: q for q in _analysed(project)}["inacceptable"]
    assert said.speaker == "ana-costa" and said.partial
    article.write_text(_LIEGE, encoding="utf-8")  # the other answer: a term, as read
    paste_into_front_matter(article, drop["yaml"])
    assert not group(review_json(project), "dropped-term")
    proc = run(project, "build")
    assert proc.returncode == 0 and "drop:" not in proc.stderr + proc.stdout, proc.stderr + proc.stdout


def test_a_correction_that_clears_a_figure_offers_no_words_of_theirs(tmp_path: Path) -> None:
    """A correction notice: "we wrongly attributed the words "The fund is exhausted" to Governor X" names the one
    person the words are NOT of (usability round 12) — no dropped-term item offering them as the governor's."""
    project = small_project(tmp_path / "p", "- id: ana-costa\n  name: Ana Costa\n  aliases: [Costa]\n")
    (project / "content/articles/correction.md").write_text(
        "---\ntitle: \"Correction: water story\"\ndate: 2026-04-04\n---\nIn our story of April 2 we wrongly attributed"
        " the words \"The fund is exhausted\" to Mayor Ana Costa.\n\nThey were spoken by an official.\n", encoding="utf-8")
    assert not group(review_json(project), "dropped-term")


def test_a_term_beside_no_followed_figure_is_not_listed(tmp_path: Path) -> None:
    """With `figures` naming someone else, the mayor's « inacceptable » is no item: review follows the figures."""
    project = small_project(tmp_path / "p", "- id: ana-costa\n  name: Ana Costa\n- id: jan-peeters\n  name: Jan Peeters\n",
                            figures=("jan-peeters",))
    (project / "content/articles/liege.md").write_text(_LIEGE, encoding="utf-8")
    assert not group(review_json(project), "dropped-term")


_FLAG_OFF = """---
title: "Governor flags off coastal road"
date: 2026-03-11
outlet: "The Coastal Herald"
---
MOMBASA — Governor Amina Said on Tuesday flagged off the construction of the 40-kilometre coastal road linking Mtwapa and Kilifi.

"This road will be finished in two years. I give you my word," the governor told residents at the ceremony.

"Nobody whose land is on the route will be moved without compensation," she added.

"We will work day and night," Said said.
"""


def test_quotes_one_reading_dates_alike_are_one_item_and_one_paste_settles_them(tmp_path: Path) -> None:
    """The ceremony's three quotes are dated alike by one low-confidence reading (the lede's "on Tuesday" names the
    occasion, no verb of saying dates the words): one review item for the three (usability round 12: 43 of 114
    items were such dates, one per quote), every quote among its places, one fix confirming all three; pasted,
    the item is gone."""
    project = small_project(tmp_path / "p", "- id: amina-said\n  name: Amina Said\n  aliases: [Said]\n"
                                            "  roles: [the governor]\n")
    article = project / "content/articles/road.md"
    article.write_text(_FLAG_OFF, encoding="utf-8")
    dated = group(review_json(project), "date")
    assert len(dated) == 1, dated
    [item] = dated
    day = re.fullmatch(r"3 statements dated (\d{4}-\d\d-\d\d): a low-confidence guess", str(item["title"]))
    assert day is not None, item["title"]
    assert [p["line"] for p in item["places"]] == [8, 10, 12]  # type: ignore[index, union-attr]
    [fix] = item["fixes"]  # type: ignore[misc]
    assert fix["yaml"].count(f"statement_date: {day[1]}") == 3 and fix["label"] == f"confirm all 3 (statement_date: {day[1]})"
    paste_into_front_matter(article, fix["yaml"])
    assert not group(review_json(project), "date")


def _many_alike(root: Path) -> Path:
    """Fourteen invented council stories of one shape: the mayor's words dated by "said on Tuesday" in a story
    dated in its front matter, on no topic, so each article gives a low-confidence date item (but the two
    published on a Tuesday) and an untagged item of one reason each — and one councillor not in speakers.yaml
    quoted in all of them (one item, fourteen drop fixes)."""
    project = small_project(root, "- id: ferreira\n  name: Marta Ferreira\n")
    for n in range(14):
        (project / "content" / "articles" / f"council-{n:02}.md").write_text(
            f"---\ntitle: Council debate {n}\ndate: 2025-03-{n + 10:02}\n---\n\n"
            f"“The budget line for buses stays at {n + 3} million,” Mayor Marta Ferreira said on Tuesday.\n\n"
            f"“We will vote against it in any form, number {n},” said councillor Tomas Weller.\n", encoding="utf-8")
    (project / "content" / "articles" / "council-odd.md").write_text(
        "---\ntitle: Odd one\ndate: 2025-04-02\n---\n\n“We have no plan for trams,” someone said at the meeting.\n",
        encoding="utf-8")
    return project


def test_review_folds_many_items_of_one_reason_and_all_unfolds(tmp_path: Path) -> None:
    """ux70: 300 of 443 items were one filler pattern and 6,600 lines of text; an editor scrolled past the
    unknown speakers to find them. Past 10 items of one kind (reason) the first 3 print and the rest are counted
    with the command that prints them; fixes of one label likewise; --json and --fail-on keep every item."""
    project = _many_alike(tmp_path / "p")
    items = review_json(project)
    dates = group(items, "date")
    assert len(dates) == 12 and len({d["title"] for d in dates}) == 12  # each its own day …
    text = run(project, "review").stdout
    assert text.count("is a low-confidence guess") == 3, text  # … but one reason: three shown
    assert "… and 9 more item(s) of this kind, for the same reason: inherits the publication date" in text
    assert "… and 11 more item(s) of this kind, for the same reason: no cue word of topics.yaml" in text
    assert "(`dateline review --group date --all` prints every one" in text
    assert text.startswith("review: ") and "folded after the first 3 (`dateline review --all`" in text.split("\n")[0]
    weller = [i for i in group(items, "new-name") if "Tomas Weller" in str(i["title"])]
    assert len(weller) == 1 and len(weller[0]["fixes"]) == 15  # type: ignore[arg-type]
    assert text.count("- drop: we-will-vote-against") == 3
    assert "… the same (not statements to publish: drop them) in 11 more file(s)" in text
    assert "“We have no plan for trams,”" in text  # the other kinds are all there
    unfolded = run(project, "review", "--all").stdout
    assert unfolded.count("is a low-confidence guess") == 12 and unfolded.count("- drop: we-will-vote-against") == 14
    assert "more item(s) of this kind" not in unfolded and not unfolded.startswith("review: ")
    narrowed = run(project, "review", "--group", "date").stdout
    assert "(`dateline review --group date --all` prints every one" in narrowed  # not --group date twice
    assert run(project, "review", "--fail-on", "medium").returncode == 1


def test_review_does_not_fold_a_few_alike_or_items_of_other_reasons(project: Path) -> None:
    out = run(project, "review").stdout
    assert "more item(s) of this kind" not in out and not out.startswith("review: ")
    assert out.count("\n[") + out.startswith("[") == len(review_json(project))
