"""`dateline new`: a standalone project, or the example replaced in a clone; and the suite's own
independence from content/ (a fork that replaces the example keeps a green `make test`)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLE, REPO

from dateline import cli, scaffold, topics
from dateline.errors import Problem
from dateline.load import load_data

EXAMPLE_WORDS = re.compile(r"zelensk|ukrain|territor|kyiv|kiev|putin|russia|donbas|crimea", re.IGNORECASE)


def _tree(root: Path) -> dict[str, str]:
    """Every file of the project but dateline's own cache (a command run first in its process keeps the
    patterns it compiled there: `patterns.kept`)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and ".dateline-cache" not in p.relative_to(root).parts}


def _uncommented(text: str) -> str:
    """The worked example of a starter file: its `# `-commented YAML entries, uncommented."""
    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("# - id:"))
    return "\n".join(ln[2:] for ln in lines[start:] if ln.startswith("# "))


def test_new_writes_a_project_that_builds_and_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "harbour-watch"
    assert cli.main(["new", str(root)]) == 0
    out = capsys.readouterr().out
    assert sorted(_tree(root)) == sorted([*scaffold.PROJECT_FILES, *scaffold.CONTENT_FILES])
    for rel in [*scaffold.PROJECT_FILES, *scaffold.CONTENT_FILES]:
        assert f"wrote   {rel}" in out
    meta = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    deps = meta["project"]["dependencies"]
    assert deps == [] or (len(deps) == 1 and deps[0].startswith("dateline @ git+https://")), deps
    assert (deps == []) == ("note:   pyproject.toml names no dateline" in out)
    assert meta["tool"]["dateline"]["title"] == "harbour-watch"
    assert meta["tool"]["dateline"]["figures"] == []
    assert "dateline serve" in (root / "README.md").read_text(encoding="utf-8")
    # The worked examples, uncommented, and one article: the new project builds and passes check.
    for name in ("speakers.yaml", "topics.yaml"):
        path = root / "content" / "_data" / name
        path.write_text(_uncommented(path.read_text(encoding="utf-8")), encoding="utf-8")
    (root / "content" / "articles" / "toll.md").write_text(
        "---\ntitle: Mayor rules out a bridge toll\ndate: 2023-03-02\noutlet: Harbour Herald\n---\n"
        "PORT ELLIS — Mayor Ana Ruiz said on Thursday the new crossing would stay free.\n\n"
        "\"We will never charge residents a toll to cross their own harbour,\" Ruiz told the council.\n",
        encoding="utf-8")
    toml = root / "pyproject.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("figures = []", 'figures = ["ruiz"]'), encoding="utf-8")
    monkeypatch.chdir(root)
    assert cli.main(["build", "--no-search"]) == 0
    assert cli.main(["check"]) == 0
    index = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert "1 statement by Ana Ruiz on the topics below (each once, however many reports carry it), from 1 article," \
        in index and "No toll" in index


def test_the_new_project_depends_on_dateline_where_it_came_from(tmp_path: Path) -> None:
    """Never `dateline` by bare name: a site's CI would install whoever took the name on an index."""
    vcs = {"url": "https://github.com/octo/dateline.git", "vcs_info": {"vcs": "git", "commit_id": "a" * 40}}
    assert scaffold.requirement_from(vcs, lambda _: None) == f"dateline @ git+https://github.com/octo/dateline.git@{'a' * 40}"
    checkout = tmp_path / "dateline"
    checkout.mkdir()
    for args in (["init", "-q"], ["remote", "add", "origin", "git@github.com:octo/dateline.git"],
                 ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-m", "x"]):
        subprocess.run(["git", "-C", str(checkout), *args], check=True, capture_output=True)
    head = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], check=True, capture_output=True,
                          text=True).stdout.strip()
    editable = {"url": checkout.as_uri(), "dir_info": {"editable": True}}
    assert scaffold.requirement_from(editable, scaffold.git_origin) == \
        f"dateline @ git+https://github.com/octo/dateline.git@{head}"
    subprocess.run(["git", "-C", str(checkout), "remote", "remove", "origin"], check=True)
    assert scaffold.requirement_from(editable, scaffold.git_origin) is None, "no remote: nothing to pin"
    assert scaffold.requirement_from({}, scaffold.git_origin) is None
    assert scaffold.requirement_from({"url": "http://insecure/x", "vcs_info": {"vcs": "git"}}, lambda _: None) is None
    for dep in (None, "dateline @ git+https://github.com/octo/dateline.git@" + "b" * 40):
        text = scaffold._starter("pyproject.toml.in", scaffold.starter_values(tmp_path / "site", dep)).decode()
        assert tomllib.loads(text)["project"]["dependencies"] == ([dep] if dep else [])
        # UX-21: the README's title is the folder's name (not a TOML string) and it says what
        # `pip install -e .` does with this pyproject.toml: no dependency, no "installs dateline"
        readme = scaffold._starter("README.md.in", scaffold.starter_values(tmp_path / "site", dep)).decode()
        assert readme.startswith("# site\n"), readme[:40]
        assert ("installs dateline" in readme) == (dep is not None), readme


def test_new_writes_the_repositorys_own_workflow_and_templates_readme(tmp_path: Path) -> None:
    scaffold.apply(scaffold.plan(tmp_path / "p"))
    for rel in (".github/workflows/pages.yml", "templates/README.md"):
        assert (tmp_path / "p" / rel).read_bytes() == (REPO / rel).read_bytes(), f"{rel} drifted from the repository's"


def test_starter_files_say_nothing_about_the_example(tmp_path: Path) -> None:
    scaffold.apply(scaffold.plan(tmp_path / "p"))
    for rel in scaffold.CONTENT_FILES:
        text = (tmp_path / "p" / rel).read_text(encoding="utf-8")
        assert not EXAMPLE_WORDS.search(text), rel
    for rel in ("pyproject.toml", "README.md"):
        assert not EXAMPLE_WORDS.search((tmp_path / "p" / rel).read_text(encoding="utf-8")), rel


def test_starter_data_files_are_empty_and_their_worked_examples_are_valid(tmp_path: Path) -> None:
    scaffold.apply(scaffold.plan(tmp_path / "p"))
    content = tmp_path / "p" / "content"
    problems: list[Problem] = []
    data = load_data(content, problems)
    assert problems == [] and data.speakers == () and data.topics == () and data.shifts == ()
    for name in ("speakers.yaml", "topics.yaml", "shifts.yaml"):
        path = content / "_data" / name
        path.write_text(_uncommented(path.read_text(encoding="utf-8")), encoding="utf-8")
    data = load_data(content, problems)
    assert problems == []
    assert [s.id for s in data.speakers] == ["ruiz", "port-ellis-council"]
    assert data.speakers[1].kind == "institution"
    [bridge] = data.topics
    assert [(s.id, s.rank) for s in bridge.stances] == [("no-toll", 0), ("toll-with-exemptions", 1), ("toll", 2)]
    assert [e.id for e in bridge.eras] == ["consultation-2023", "construction"]
    assert data.shifts[0].status == "confirmed" and data.shifts[0].topic == "bridge"
    # The two quotes the topics.yaml comment walks through get the stances it says they get.
    tags, stance = topics.tag("We will never charge residents a toll to cross their own harbour", "", data.topics)
    assert tags == ("bridge",) and stance == {"bridge": "no-toll"}
    tags, stance = topics.tag("A toll with exemptions for residents is the only way to pay for it", "", data.topics)
    assert tags == ("bridge",) and stance == {"bridge": "toll-with-exemptions"}


def _clone(tmp_path: Path) -> Path:
    """A clone of this repository as a user has it: the tool, and the example in content/."""
    root = tmp_path / "clone"
    root.mkdir()
    shutil.copytree(EXAMPLE / "content", root / "content")
    # The repository's pyproject.toml with the example's [tool.dateline] (whatever this clone's says).
    tool = REPO / "pyproject.toml"
    example = (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8")
    table = example[example.index("[tool.dateline]"):]
    (root / "pyproject.toml").write_text(
        re.sub(r"^\[tool\.dateline\]\n(?:(?!\[).*\n)*", lambda _: table + "\n", tool.read_text(encoding="utf-8"),
               count=1, flags=re.MULTILINE), encoding="utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / ".github", root / ".github")
    for name in ("README.md", ".gitignore", "Makefile", "build.py"):
        shutil.copy(REPO / name, root / name)
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("last build", encoding="utf-8")
    return root


def test_new_refuses_to_touch_existing_content_without_force(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    root = _clone(tmp_path)
    before = _tree(root)
    assert cli.main(["new", str(root)]) == 1
    err = capsys.readouterr().err
    assert "already holds a site" in err and "--force" in err and "nothing was changed" in err
    assert _tree(root) == before


def test_new_force_replaces_the_example_and_touches_nothing_else(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = _clone(tmp_path)
    before = _tree(root)
    before_toml = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert EXAMPLE_WORDS.search(before_toml)
    monkeypatch.chdir(root)
    assert cli.main(["new", ".", "--force"]) == 0
    out = capsys.readouterr().out
    after = _tree(root)
    # Listed: every file of the example that was removed.
    for rel in sorted(r for r in before if r.startswith("content/")):
        assert rel in out or f"content/{rel.split('/')[1]}/ (" in out, rel
    assert "content/_data/imports.yaml" in out and "content/_sources/" in out and "content/articles/" in out
    assert sorted(r for r in after if r.startswith("content/")) == sorted(scaffold.CONTENT_FILES)
    # Nothing outside content/ changed but the example's subject keys in [tool.dateline].
    changed = sorted(r for r in set(before) | set(after)
                     if not r.startswith("content/") and before.get(r) != after.get(r))
    assert changed == ["pyproject.toml"]
    assert "reset   pyproject.toml [tool.dateline] title, description" in out
    old = tomllib.loads(before_toml)
    new = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert new["tool"]["dateline"]["title"] == "clone"
    assert new["tool"]["dateline"].get("figures", []) == []
    assert not EXAMPLE_WORDS.search(str(new["tool"]["dateline"]))
    assert {k: v for k, v in new.items() if k != "tool"} == {k: v for k, v in old.items() if k != "tool"}
    assert {k: v for k, v in new["tool"].items() if k != "dateline"} == \
        {k: v for k, v in old["tool"].items() if k != "dateline"}
    assert {k: v for k, v in new["tool"]["dateline"].items() if k not in scaffold.SUBJECT_KEYS} == \
        {k: v for k, v in old["tool"]["dateline"].items() if k not in scaffold.SUBJECT_KEYS}
    assert (root / "site" / "index.html").read_text(encoding="utf-8") == "last build"
    assert "note:   site/ still holds the last build of the removed content" in out
    # The emptied site loads (valid starters) and says what it lacks; a second `new --force`
    # finds only the starters to replace.
    capsys.readouterr()
    assert cli.main(["build", "--no-search", "--out", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.startswith("content/articles: no article to publish")
    assert cli.main(["new", ".", "--force"]) == 0
    assert _tree(root) == after


def test_reset_keeps_comments_and_handles_lists_over_several_lines() -> None:
    text = ('[project]\nname = "x"\n\n[tool.dateline]\n# the site\ntitle = "Old"  # shown everywhere\n'
            'figures = [\n  "a",\n  "b",\n]\neras_label = "eras of old"\nlanguage = "fr"\n\n[tool.other]\ntitle = "keep"\n')
    values = {"title": '"New"', "description": '"D"'}
    edited, keys = scaffold.reset_subject_keys(text, values)
    assert keys == ["title", "figures", "eras_label"]
    data = tomllib.loads(edited)
    assert data["tool"]["dateline"] == {"title": "New", "figures": [], "language": "fr"}
    assert data["tool"]["other"] == {"title": "keep"} and "# the site" in edited
    assert scaffold.reset_subject_keys("[tool.other]\ntitle = 1\n", values) == ("[tool.other]\ntitle = 1\n", [])


def test_new_refuses_a_content_symlink_and_a_file_as_folder(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "keep.md").write_text("x", encoding="utf-8")
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "content").symlink_to(tmp_path / "elsewhere")
    assert scaffold.plan(tmp_path / "p", force=True).refused
    (tmp_path / "f").write_text("x", encoding="utf-8")
    assert scaffold.plan(tmp_path / "f").refused
    with pytest.raises(ValueError):
        scaffold.apply(scaffold.plan(tmp_path / "f"))
    assert (tmp_path / "elsewhere" / "keep.md").exists()


# --------------------------------------------------------------------------- the suite without content/

_READS_REPO_CONTENT = re.compile(
    r"""(REPO|ROOT|parent\.parent)\s*/\s*["']content["']"""  # a path into the repository's content
    r"""|chdir\((REPO|ROOT)\)"""                             # a command run in the repository itself
    r"""|(load_config|seed_config|copy_project|copytree)\(\s*(REPO|ROOT)\s*[,)]""")  # the repository as a project


def test_no_test_reads_the_repositorys_content() -> None:
    """The example the tests need is frozen in tests/data/example_project: a fork's content/ is its own."""
    samples = ('SEEDS = REPO / "content" / "_sources"', "monkeypatch.chdir(REPO)",  # sample, not a read
               "cfg = load_config(REPO)", 'Path(__file__).resolve().parent.parent / "content"')  # sample, not a read
    for old in samples:  # what the suite did before
        assert _READS_REPO_CONTENT.search(old), old
    offenders = []
    for path in [REPO / "tests" / "conftest.py", *sorted((REPO / "tests").glob("test_*.py"))]:
        for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if _READS_REPO_CONTENT.search(line) and "# sample, not a read" not in line:
                offenders.append(f"{path.name}:{n}: {line.strip()}")
    assert offenders == []


def test_frozen_example_is_a_whole_project() -> None:
    assert (EXAMPLE / "pyproject.toml").exists()
    manifest = yaml.safe_load((EXAMPLE / "content" / "_data" / "imports.yaml").read_text(encoding="utf-8"))
    for entry in manifest:
        assert (EXAMPLE / "content" / "_data" / entry["file"]).resolve().is_file()
    assert len(list((EXAMPLE / "content" / "articles").glob("*.md"))) == len(manifest)


def _starter_project(root: Path) -> None:
    """A `dateline new` project whose pyproject.toml names no dateline, with one article."""
    scaffold.apply(scaffold.plan(root))
    toml = root / "pyproject.toml"
    toml.write_text(re.sub(r"(?m)^dependencies = .*$", "dependencies = []", toml.read_text(encoding="utf-8")),
                    encoding="utf-8")
    for name in ("speakers.yaml", "topics.yaml"):
        path = root / "content" / "_data" / name
        path.write_text(_uncommented(path.read_text(encoding="utf-8")), encoding="utf-8")
    (root / "content" / "articles" / "ferry.md").write_text(
        "---\ntitle: Ferry fares frozen\ndate: 2023-04-11\noutlet: Bay Courier\n---\n"
        "\"Fares stay where they are this year,\" Ruiz said at the terminal.\n", encoding="utf-8")


def test_the_readmes_local_publish_commands_run_in_a_new_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """UX-24: the README's "run the same thing locally" step named `python build.py`, which only a
    clone has; its commands must run as written in a project `dateline new` made."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("Run the same thing locally before pushing:", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.replace("https://<user>.github.io/<repo>/", "https://octo.github.io/ferry/").split()
                for line in block.strip().split("\n")]
    assert commands and all(argv[0] == "dateline" for argv in commands), commands
    root = tmp_path / "ferry"
    _starter_project(root)
    monkeypatch.chdir(root)
    for argv in commands:
        assert cli.main([*argv[1:], *(["--no-search"] if argv[1] == "build" else [])]) == 0, argv
    assert (root / "site" / "sitemap.xml").is_file()


def test_a_project_whose_workflow_would_install_no_dateline_is_told_at_pyproject(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """UX-24: the shipped workflow runs `pip install .`; with no dateline in dependencies it fails
    on GitHub. Build and check say so at the dependencies line (check counts it, and `--strict` fails
    on it); a pinned dateline silences it."""
    root = tmp_path / "ferry"
    _starter_project(root)
    monkeypatch.chdir(root)
    toml = root / "pyproject.toml"
    line = toml.read_text(encoding="utf-8").split("\n").index("dependencies = []") + 1
    assert cli.main(["build", "--no-search"]) == 0
    err = capsys.readouterr().err
    assert f"pyproject.toml:{line}: warning: dependencies name no dateline" in err
    assert "pip install ." in err and "dateline @ git+https://" in err
    assert cli.main(["check"]) == 0
    said = capsys.readouterr()
    assert f"pyproject.toml:{line}: warning: dependencies name no dateline" in said.err
    assert said.err.count("dependencies name no dateline") == 1
    assert " 0 error(s), 1 warning(s)" in said.out, "UX-25: check printed it, then counted 0 warnings"
    assert cli.main(["check", "--strict"]) == 1
    capsys.readouterr()
    workflow = (root / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "::error file=pyproject.toml::" in workflow, "the workflow's own first dateline step says it too"
    pinned = '"dateline @ git+https://github.com/octo/dateline@' + "c" * 40 + '"'
    toml.write_text(toml.read_text(encoding="utf-8").replace("dependencies = []", f"dependencies = [{pinned}]"),
                    encoding="utf-8")
    assert cli.main(["build", "--no-search"]) == 0
    assert "dependencies name no dateline" not in capsys.readouterr().err
    assert scaffold.install_problem(REPO) is None, "the dateline repository installs itself"


def test_a_placeholder_pin_is_no_pin_and_is_told_at_its_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """ux36 #35: `dateline @ git+https://github.com/OWNER/dateline@f378539` silenced the warning, yet
    the Pages workflow's `pip install .` cannot fetch it. A placeholder owner, repository, host or
    commit (or a path on this machine) is no pin: warned at the requirement's own line, with what to
    write; `check --strict` fails on it; a real owner and commit silence it."""
    root = tmp_path / "ferry"
    _starter_project(root)
    monkeypatch.chdir(root)
    toml = root / "pyproject.toml"
    placeholder = "dateline @ git+https://github.com/OWNER/dateline@f378539"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "dependencies = []", f'dependencies = [\n    "pyyaml>=6",\n    "{placeholder}",\n]'), encoding="utf-8")
    line = toml.read_text(encoding="utf-8").split("\n").index(f'    "{placeholder}",') + 1
    assert cli.main(["build", "--no-search"]) == 0
    err = capsys.readouterr().err
    assert f"pyproject.toml:{line}: warning: dateline is not pinned: its owner ‘OWNER’ is a placeholder" in err, err
    assert "`pip install .`" in err and "git rev-parse HEAD" in err and "dependencies = [" in err
    assert cli.main(["check", "--strict"]) == 1
    assert "its owner ‘OWNER’ is a placeholder" in capsys.readouterr().err
    real = "dateline @ git+https://github.com/octo-news/dateline@f378539"
    toml.write_text(toml.read_text(encoding="utf-8").replace(placeholder, real), encoding="utf-8")
    assert cli.main(["build", "--no-search"]) == 0
    assert "pyproject.toml" not in capsys.readouterr().err


@pytest.mark.parametrize(("req", "why"), [
    ("dateline @ git+https://github.com/USER/dateline", "its owner ‘USER’ is a placeholder"),
    ("dateline @ git+https://github.com/YOUR-NAME/dateline@abc1234", "its owner ‘YOUR-NAME’ is a placeholder"),
    ("dateline @ git+https://github.com/<owner>/dateline@<commit>", "its owner ‘<owner>’ is a placeholder"),
    ("dateline @ git+https://github.com/example-org/dateline@abc1234", "its owner ‘example-org’ is a placeholder"),
    ("dateline @ git+https://github.com/octo/your-repo@abc1234", "its repository ‘your-repo’ is a placeholder"),
    ("dateline @ git+https://github.com/octo/dateline@COMMIT", "its commit ‘COMMIT’ is a placeholder"),
    ("dateline @ git+https://git.example.com/octo/dateline@abc1234", "its host ‘git.example.com’ is a placeholder"),
    ("dateline @ file:///home/ed/dateline", "its address is a path on this machine"),
    ("dateline @ git+https://github.com/octo/dateline@" + "c" * 40, None),
    ("dateline @ git+https://github.com/octo/dateline.git@v1.2", None),
    ("dateline @ git+ssh://git@github.com/octo/dateline@abc1234", None),
    ("dateline @ git+https://gitlab.com/newsroom/tools/dateline@abc1234", None),
    ("dateline>=1.0", "it names dateline by name only"),
    ("dateline", "it names dateline by name only"),
    ("dateline[search] ; python_version >= '3.11'", "it names dateline by name only"),
    ("datelinex>=1.0", None),
])
def test_unfetchable_tells_a_placeholder_from_a_real_address(req: str, why: str | None) -> None:
    found = scaffold.unfetchable(req)
    assert (found if why is None else (found or "")[:len(why)]) == why, found


def _github_anchor(heading: str) -> str:
    """The id GitHub gives a Markdown heading: lower case, punctuation but `-` and `_` gone, each space a `-`."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_link_inside_the_readme_lands_on_one_of_its_headings() -> None:
    """The README's contents line and its quick table of fixes link its sections (usability round 12: finding
    the correction syntax took reading all 670 lines); a heading renamed must not leave a dead link."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    prose = re.sub(r"```.*?```", "", readme, flags=re.S)
    anchors = {_github_anchor(m) for m in re.findall(r"(?m)^#{1,6} (.+)$", prose)}
    links = re.findall(r"\]\(#([^)]+)\)", readme)
    assert len(links) >= 10, links
    assert [link for link in links if link not in anchors] == [], sorted(anchors)


# --- `dateline vendor`: a copy of dateline in the project, for a Pages workflow with no pin to fetch -------

def test_vendor_puts_this_dateline_in_the_project_and_the_workflow_installs_it_instead_of_a_pin(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """ux58 #14: a reporter whose dateline came from no repository she can pin could not publish alone."""
    root = tmp_path / "ferry"
    _starter_project(root)
    monkeypatch.chdir(root)
    assert cli.main(["build", "--no-search"]) == 0
    assert "dependencies name no dateline" in (said := capsys.readouterr().err) and "dateline vendor" in said
    assert cli.main(["vendor"]) == 0
    out = capsys.readouterr().out
    copy = root / "vendor" / "dateline"
    assert f"vendor/dateline: {len(scaffold.package_files()) + 2} file(s) written" in out
    for rel, data in scaffold.package_files().items():  # the running package, byte for byte, no compiled cache
        assert (copy / "dateline" / rel).read_bytes() == data, rel
    assert not list(copy.rglob("__pycache__"))
    project = tomllib.loads((copy / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "dateline" and "jinja2>=3.1" in project["dependencies"]
    assert not [r for r in project["dependencies"] if "pytest" in r or "extra" in r]  # the site's, not the tests'
    workflow = (root / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert workflow.index("pip install ./vendor/dateline") < workflow.index("python -m pip install .\n")
    assert cli.main(["build", "--no-search"]) == 0
    assert "dateline" not in capsys.readouterr().err  # no pin warning, no stale-copy warning
    # an edited (or older) copy is told at every build, and `vendor` puts it right, removing what it listed
    (copy / "dateline" / "cli.py").write_text("# edited\n", encoding="utf-8")
    stamp = copy / "VENDORED.txt"
    stamp.write_text(stamp.read_text(encoding="utf-8") + "0" * 64 + "  dateline/gone.py\n", encoding="utf-8")
    (copy / "dateline" / "gone.py").write_text("", encoding="utf-8")
    assert cli.main(["build", "--no-search"]) == 0
    assert "vendor/dateline/VENDORED.txt:1: warning: the copy of dateline the Pages workflow installs is not" \
        in capsys.readouterr().err
    assert cli.main(["vendor"]) == 0
    assert "2 file(s) written" in capsys.readouterr().out  # cli.py and the stamp
    assert not (copy / "dateline" / "gone.py").exists()
    assert cli.main(["build", "--no-search"]) == 0
    assert "VENDORED" not in capsys.readouterr().err


def test_vendor_never_replaces_a_folder_it_did_not_write_and_edits_only_the_shipped_install_step(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ferry"
    _starter_project(root)
    mine = root / "vendor" / "dateline" / "notes.txt"
    mine.parent.mkdir(parents=True)
    mine.write_text("my own fork's notes\n", encoding="utf-8")
    assert cli.main(["vendor", str(root)]) == 1
    assert "was not written by `dateline vendor`" in capsys.readouterr().err
    assert [p.name for p in mine.parent.iterdir()] == ["notes.txt"]
    shutil.rmtree(mine.parent)
    # a workflow from before vendoring: its one-line install step learns the copy
    workflow = root / ".github" / "workflows" / "pages.yml"
    workflow.write_text(workflow.read_text(encoding="utf-8").replace(scaffold.INSTALL_VENDORED, scaffold.INSTALL_STEP),
                        encoding="utf-8")
    assert cli.main(["vendor", str(root)]) == 0
    assert "its install step now installs vendor/dateline first" in capsys.readouterr().out
    assert scaffold.INSTALL_VENDORED in workflow.read_text(encoding="utf-8")
    # a workflow of the user's own is left as it is, and told what to add
    workflow.write_text("name: mine\njobs: {}\n", encoding="utf-8")
    assert cli.main(["vendor", str(root)]) == 0
    assert "add the line `python -m pip install ./vendor/dateline`" in capsys.readouterr().out
    assert workflow.read_text(encoding="utf-8") == "name: mine\njobs: {}\n"
    assert cli.main(["vendor", str(tmp_path / "nowhere")]) == 1


def test_the_vendored_copy_installs_with_pip_and_runs(tmp_path: Path) -> None:
    """What the Pages runner does with it: `pip install ./vendor/dateline` (its requirements are this
    environment's already: --no-deps), then dateline runs from the installed copy, not from this tree."""
    root = tmp_path / "ferry"
    _starter_project(root)
    scaffold.vendor(root)
    target = tmp_path / "installed"
    run = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                          str(root / "vendor" / "dateline")], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "absent from the" not in run.stderr  # setuptools finds the data folders: no warning on every run
    installed = {p.relative_to(target / "dateline").as_posix() for p in (target / "dateline").rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
    assert installed == set(scaffold.package_files())
    env = {**os.environ, "PYTHONPATH": str(target)}
    ran = subprocess.run([sys.executable, "-c", "import dateline, sys; print(dateline.__file__)"],
                         capture_output=True, text=True, timeout=120, env=env, cwd=root)
    assert ran.stdout.strip() == str(target / "dateline" / "__init__.py")
    built = subprocess.run([sys.executable, "-m", "dateline", "build", "--no-search"], capture_output=True, text=True,
                           timeout=600, env=env, cwd=root)
    assert built.returncode == 0, built.stderr
    assert (root / "site" / "index.html").is_file()
