"""A site about another subject: nothing of the example shows, and the timeline follows its figures.

The fixture (tests/data/other_project) is an invented chancellor on fishing quotas and a grid
link: her positions, a rival who answers her (quoted, not a position), and her words on a
football match (listed apart, not a position).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA
from selectolax.lexbor import LexborHTMLParser

from dateline import cli, pipeline, timeline
from dateline.config import SiteConfig, load_config
from dateline.errors import BuildFailed
from dateline.model import Quote

PROJECT = DATA / "other_project"
# The example's people, places and issue, and the words the theme used to borrow from it.
EXAMPLE_WORDS = re.compile(r"zelensk|ukrain|territor|kyiv|kiev|putin|russia|donbas|crimea|istanbul|\btalks\b",
                           re.IGNORECASE)


@pytest.fixture(scope="module")
def other_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("other")
    project = root / "project"
    shutil.copytree(PROJECT, project)
    out = root / "site"
    pipeline.build(load_config(project).replace(output_dir=out, search=True))  # the search form, no index
    return out


def _quotes(site: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    return data


def _ids(html: str, selector: str) -> list[str]:
    return [n.attributes.get("data-quote-id") or "" for n in LexborHTMLParser(html).css(selector)]


def test_no_page_carries_the_examples_words(other_site: Path) -> None:
    files = [p for p in sorted(other_site.rglob("*")) if p.is_file()]
    assert len([p for p in files if p.suffix == ".html"]) >= 10
    found = {p.relative_to(other_site).as_posix(): m.group(0)
             for p in files if (m := EXAMPLE_WORDS.search(p.read_text(encoding="utf-8", errors="replace")))}
    assert found == {}


def test_the_theme_speaks_of_this_subject(other_site: Path) -> None:
    index = (other_site / "index.html").read_text(encoding="utf-8")
    assert ("4 statements by Maren Holt on the topics below (each once, however many reports carry it), "
            "from 3 articles") in index
    assert "Shaded bands are rounds of the quota dispute: First round, Arbitration." in index
    assert 'placeholder="e.g. Fishing quotas"' in index, "the default placeholder names this site's first topic, as labelled"
    assert "<title>Holt on fishing quotas and the grid link</title>" in index


def _timeline(site: Path) -> str:
    """The year pages in order (each year's first page, then its page/N/): the whole timeline."""
    pages = []
    for year in sorted(site.glob("[0-9][0-9][0-9][0-9]/index.html")):
        more = sorted(year.parent.glob("page/*/index.html"), key=lambda p: int(p.parent.name))
        pages += [year, *more]
    return "\n".join(p.read_text(encoding="utf-8") for p in pages)


def test_the_timeline_follows_the_figure_and_lists_her_other_words_apart(other_site: Path) -> None:
    quotes = _quotes(other_site)
    by_text = {q["text"][:20]: q for q in quotes}
    index = _timeline(other_site)  # the full timeline lives on the year pages
    positions = [q["id"] for q in quotes if q["speaker"] == "holt" and q["topics"]]
    assert len(positions) == 4
    assert _ids(index, ".timeline article[data-quote-id]") == positions
    football = by_text["I watched every minu"]
    assert football["speaker"] == "holt" and football["topics"] == []
    other = (other_site / "other" / "index.html").read_text(encoding="utf-8")
    assert _ids(other, ".other-statements article[data-quote-id]") == [football["id"]]
    assert "Other statements" in (other_site / "index.html").read_text(encoding="utf-8")
    # The rival's words stay on their article and speaker pages, and are no position anywhere
    # (her cards may link to them as related statements: context, not a card of the timeline).
    rival = [q for q in quotes if q["speaker"] == "berg"]
    assert len(rival) == 2 and all(q["topics"] == ["fishing-quotas"] and q["stance"] for q in rival)
    for q in rival:
        assert f'id="q-{q["id"]}"' not in index
        article = (other_site / q["url"].split("#")[0] / "index.html").read_text(encoding="utf-8")
        assert f'id="q-{q["id"]}"' in article
        assert f'id="q-{q["id"]}"' in (other_site / "speakers" / "berg" / "index.html").read_text(encoding="utf-8")
    topic = (other_site / "topics" / "fishing-quotas" / "index.html").read_text(encoding="utf-8")
    assert not any(f'id="q-{q["id"]}"' in topic for q in rival)
    # Shifts are the figure's own: she softened twice; the rival's reversal is no shift here.
    shifts = json.loads((other_site / "data" / "shifts.json").read_text(encoding="utf-8"))
    assert [(s["kind"], s["from_stance"], s["to_stance"]) for s in shifts] == [
        ("softened", "no-cut", "phased-cut"), ("softened", "phased-cut", "full-cut")]
    events = json.loads((other_site / "data" / "timeline.json").read_text(encoding="utf-8"))["events"]
    assert [e["unique_id"] for e in events] == [f"q-{qid}" for qid in positions]


def test_without_figures_every_speaker_is_on_the_timeline(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('figures = ["holt"]\n', ""), encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(project).replace(output_dir=out))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert _ids(_timeline(out), ".timeline article[data-quote-id]") == [q["id"] for q in _quotes(out)]
    assert "Other statements" not in index and " by " not in index.split('class="lede">')[1].split("</p>")[0]


def test_an_unknown_figure_fails_with_did_you_mean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    toml = project / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('figures = ["holt"]', 'figures = ["holtt", "nobody"]'),
                    encoding="utf-8")
    line = toml.read_text(encoding="utf-8").split("\n").index('figures = ["holtt", "nobody"]') + 1
    with pytest.raises(BuildFailed) as info:
        pipeline.build(load_config(project).replace(output_dir=tmp_path / "site"))
    messages = [str(p) for p in info.value.problems]
    assert f"{toml}:{line}: [tool.dateline] figures: 'holtt' is not a speaker id in speakers.yaml: " \
           "did you mean 'holt'?" in messages
    assert any("'nobody' is not a speaker id" in m and "speakers.yaml has berg, holt" in m for m in messages)
    assert not (tmp_path / "site").exists()
    monkeypatch.chdir(project)
    assert cli.main(["build", "--no-search"]) == 1
    assert "did you mean 'holt'?" in capsys.readouterr().err


def test_figures_must_be_a_list_of_ids(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\nfigures = "holt"\n', encoding="utf-8")
    with pytest.raises(BuildFailed) as info:
        load_config(tmp_path)
    assert "figures must be a list of speaker ids" in info.value.problems[0].message
    (tmp_path / "pyproject.toml").write_text('[tool.dateline]\nfigures = ["a", "b", "a"]\n', encoding="utf-8")
    assert load_config(tmp_path).figures == ("a", "b")
    assert SiteConfig().figures == ()


def test_follow_splits_positions_from_other_words() -> None:
    from dateline.model import Span

    def q(qid: str, speaker: str, topics: tuple[str, ...]) -> Quote:
        return Quote(id=qid, article="a", text=qid, span=Span(0, 1, 1), marks="\"", parts=(qid,), speaker=speaker,
                     topics=topics)

    ordered = [q("1", "holt", ("x",)), q("2", "berg", ("x",)), q("3", "holt", ()), q("4", "unknown", ())]
    assert timeline.follow(ordered, ["holt"]) == ([ordered[0]], [ordered[2]])
    assert timeline.follow(ordered, []) == (ordered, [])


def test_a_year_with_only_other_speakers_still_has_its_page(tmp_path: Path) -> None:
    """Speaker pages head each year with a link to the year page, whoever spoke."""
    from dateline import check

    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    (project / "content" / "articles" / "berg-2024.md").write_text(
        "---\ntitle: Opposition leader demands compensation for the fleet\ndate: 2024-02-01\n"
        "outlet: Northern Wire\n---\nPORT ARVEN, Feb 1 (Northern Wire) - Opposition leader Tomas Berg renewed "
        "his demand on Thursday.\n\n\"The fleet must be compensated before any cut,\" Berg said.\n", encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(project).replace(output_dir=out))
    speaker = (out / "speakers" / "berg" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../2024/"' in speaker
    assert "None of the positions the timeline follows dates from 2024" in (out / "2024" / "index.html").read_text(
        encoding="utf-8")
    assert "2024" not in [h.text() for h in LexborHTMLParser((out / "index.html").read_text(encoding="utf-8"))
                          .css(".timeline h2 a")]
    assert [str(p) for p in check.verify(out).problems] == []


def test_the_home_page_and_the_speaker_page_count_the_same_statements(other_site: Path) -> None:
    """The home page counts statements on the topics; the speaker page counts quotes, says how many
    statements they are and how many of those are on the timeline: the two numbers that must agree."""
    index = (other_site / "index.html").read_text(encoding="utf-8")
    speaker = (other_site / "speakers" / "holt" / "index.html").read_text(encoding="utf-8")
    total = re.search(r"(\d+) statements by Maren Holt on the topics below", index)
    quotes = [q for q in _quotes(other_site) if q["speaker"] == "holt"]
    counted = re.search(r"(\d+) quotes in (\d+) articles(?:: (\d+) statements[^;]*)?; (\d+) of the statements", speaker)
    assert total and counted, speaker
    assert int(counted.group(1)) == len(quotes)
    assert int(counted.group(2)) == len({q["article"] for q in quotes})
    assert int(counted.group(4)) == int(total.group(1))
