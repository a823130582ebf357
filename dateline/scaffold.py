"""`dateline new`: start a site of one's own, as a new project or in place of the example.

A new user should not have to guess what to delete or which files a project needs: the
starter files ship inside the package (`dateline/scaffold/`), each `_data` file commented
with one worked example, and this module decides what to write, what to keep and — only
when asked with `force` — which existing content to remove. It never overwrites a file
outside `content/`: an existing README, .gitignore or workflow is kept as it is.

`plan` only looks; `apply` does what a plan says, so the command line can print the plan
(what was removed, written, kept) and tests can check a plan without touching a disk.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

from dateline.config import STARTER_DESCRIPTION
from dateline.errors import Problem

STARTER = Path(str(resources.files("dateline") / "scaffold"))

# Project file → starter file shipped in dateline/scaffold/ (None: an empty file). Files outside
# content/ are written only where missing; content/ is the site's subject and is what `force` replaces.
PROJECT_FILES: dict[str, str | None] = {
    "pyproject.toml": "pyproject.toml.in",
    "README.md": "README.md.in",
    ".gitignore": "gitignore",
    "templates/README.md": "templates-README.md",
    ".github/workflows/pages.yml": "pages.yml",
}
CONTENT_FILES: dict[str, str | None] = {
    "content/_data/speakers.yaml": "speakers.yaml",
    "content/_data/topics.yaml": "topics.yaml",
    "content/_data/shifts.yaml": "shifts.yaml",
    "content/articles/.gitkeep": None,  # git keeps no empty folder
}
# [tool.dateline] keys that describe the example's subject: `force` resets them in an existing
# pyproject.toml, so a clone's pages stop speaking about the example (its title, its figures).
SUBJECT_KEYS = ("title", "description", "figures", "eras_label", "search_placeholder")
NO_REQUIREMENT = """\
# Add dateline, pinned to its repository and a commit (it is not installed by name), e.g.
#   dependencies = ["dateline @ git+https://github.com/<owner>/dateline@<commit>"]
# Until then `pip install .` (the Pages workflow) installs no dateline and the build stops."""


@dataclass
class Plan:
    """What `new` will do in `root`; `refused` non-empty means it does nothing."""

    root: Path
    remove: list[str] = field(default_factory=list)        # what is in content/ now, relative; folders end in "/"
    removed_files: dict[str, list[str]] = field(default_factory=dict)  # folder → the files in it
    write: dict[str, bytes] = field(default_factory=dict)  # relative path → bytes
    keep: list[str] = field(default_factory=list)          # existing files left untouched
    reset: list[str] = field(default_factory=list)         # [tool.dateline] keys reset to starter values
    pyproject: bytes | None = None                          # the edited pyproject.toml, when keys are reset
    refused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)          # what the user still has to do


def _starter(name: str | None, values: dict[str, str]) -> bytes:
    if name is None:
        return b""
    text = (STARTER / name).read_text(encoding="utf-8")
    return (Template(text).substitute(values) if name.endswith(".in") else text).encode("utf-8")


def _toml_str(value: str) -> str:
    """A TOML basic string: JSON's escapes are a subset of TOML's (no `\\/` is ever written)."""
    return json.dumps(value, ensure_ascii=False)


def requirement() -> str | None:
    """The new project's requirement on dateline, pinned to where this dateline came from.

    dateline is installed from its repository, not by name from an index: a bare `dateline`
    in a site's CI would install whatever package took that name. So: the repository and
    commit pip recorded (`pip install git+https://…`), or those of the git checkout this
    dateline was installed from (a clone, `pip install -e .`); None when neither is known.
    """
    from importlib import metadata  # here: every build and check imports this module (`install_problem`)

    try:
        raw = metadata.distribution("dateline").read_text("direct_url.json")
        info = json.loads(raw) if raw else {}
    except (metadata.PackageNotFoundError, ValueError):
        info = {}
    return requirement_from(info if isinstance(info, dict) else {}, git_origin)


def requirement_from(info: dict[str, object], origin: Callable[[Path], tuple[str, str] | None]) -> str | None:
    """`requirement()` from pip's direct_url.json record (PEP 610) and a git look-up."""
    url, vcs = info.get("url"), info.get("vcs_info")
    if isinstance(url, str) and url.startswith("https://") and isinstance(vcs, dict):
        commit = vcs.get("commit_id")
        return f"dateline @ {vcs.get('vcs', 'git')}+{url}" + (f"@{commit}" if isinstance(commit, str) else "")
    if isinstance(url, str) and url.startswith("file://"):
        from urllib.request import url2pathname  # (with `email` and `http`: not for every build)

        found = origin(Path(url2pathname(urlsplit(url).path)))
        if found is not None:
            return f"dateline @ git+{found[0]}@{found[1]}"
    return None


def git_origin(folder: Path) -> tuple[str, str] | None:
    """(https URL of `origin`, HEAD commit) of a git checkout, or None."""
    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=10,
                                  check=False)
        except (OSError, subprocess.SubprocessError):
            return ""
        return done.stdout.strip() if done.returncode == 0 else ""

    url = git("config", "--get", "remote.origin.url")
    scp = re.fullmatch(r"git@([\w.-]+):(.+)", url)  # git@github.com:owner/repo.git
    url = f"https://{scp.group(1)}/{scp.group(2)}" if scp else url
    commit = git("rev-parse", "HEAD")
    return (url, commit) if url.startswith("https://") and re.fullmatch(r"[0-9a-f]{40}", commit) else None


def install_problem(root: Path) -> Problem | None:
    """A warning when the project's Pages workflow would install no dateline.

    The shipped workflow runs `pip install .`: a `dateline new` project whose pyproject.toml
    names no dateline (its origin was unknown) builds here, with the dateline that made it, and
    fails on GitHub at the first `python -m dateline`. Said at every local build and check, at
    the `dependencies` line, until the project names dateline (pinned, never by bare name).
    The dateline repository itself (its project is dateline) has nothing to add.
    """
    workflow = root / ".github" / "workflows" / "pages.yml"
    pyproject = root / "pyproject.toml"
    try:
        steps = workflow.read_text(encoding="utf-8")
        if "pip install ." not in steps:
            return None
        text = pyproject.read_text(encoding="utf-8")
        project = tomllib.loads(text).get("project")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if not isinstance(project, dict) or project.get("name") == "dateline":
        return None
    if f"./{VENDOR}" in steps and (root / VENDOR / "pyproject.toml").is_file():
        return vendor_problem(root)  # the workflow installs the project's copy of dateline
    deps = project.get("dependencies", [])
    named = [str(d) for d in deps if re.match(r"\s*dateline\b", str(d), re.IGNORECASE)] if isinstance(deps, list) else []
    for req in named:
        why = unfetchable(req)
        if why is not None:  # written, but no pin: the same failure on GitHub as none at all
            at = text.find(req)
            if at < 0:
                at = found.start() if (found := re.search(r"(?m)^dependencies\s*=", text)) else 0
            mine = requirement()
            example = mine if mine is not None and unfetchable(mine) is None else PIN_EXAMPLE
            return Problem("pyproject.toml", text.count("\n", 0, at) + 1,
                           f"dateline is not pinned: {why} in {req!r}, so the Pages workflow's `pip install .` "
                           "(.github/workflows/pages.yml) cannot fetch it and fails at its build step: write the "
                           "GitHub repository that holds your dateline (yours or the one you cloned: `git remote "
                           "get-url origin` in its clone) and a commit pushed there (`git rev-parse HEAD`), e.g. "
                           f"dependencies = [{_toml_str(example)}] — or run `dateline vendor` and commit the copy of "
                           "dateline it writes (vendor/dateline), which the workflow installs", "warning")
    if named:
        return None
    found = re.search(r"(?m)^dependencies\s*=", text)
    line = text.count("\n", 0, found.start()) + 1 if found else 1
    return Problem("pyproject.toml", line,
                   "dependencies name no dateline, so the Pages workflow's `pip install .` "
                   "(.github/workflows/pages.yml) installs none and fails at its build step: add dateline pinned "
                   f"to its repository and a commit, e.g. dependencies = [{_toml_str(PIN_EXAMPLE)}] — or run "
                   "`dateline vendor` and commit the copy of dateline it writes (vendor/dateline), which the "
                   "workflow installs", "warning")


PIN_EXAMPLE = "dateline @ git+https://github.com/<owner>/dateline@<commit>"
# A part of a requirement's address that only stands for one (compared lower case, letters and
# digits only): what a README's example or a hurried edit leaves for the user's own name.
_PLACEHOLDERS = frozenset({"owner", "user", "username", "name", "org", "organisation", "organization", "account",
                           "example", "someone", "somebody", "githubuser", "githubusername", "repo", "repository",
                           "project", "foo", "bar"})
_REF_PLACEHOLDERS = frozenset({"commit", "sha", "hash", "commitsha", "commithash", "commitid", "rev", "revision",
                               "ref"})


def _placeholder(part: str, words: frozenset[str]) -> bool:
    """`OWNER`, `YOUR-NAME`, `<owner>`, `{user}`, `example-org`, `xxx`, `...`: a stand-in, not a name."""
    if re.search(r"[<>{}\[\]…]|\.\.\.", part):
        return True
    key = re.sub(r"[^a-z0-9]", "", part.lower())
    return not key or key in words or key.startswith(("your", "example")) or set(key) == {"x"}


def unfetchable(req: str) -> str | None:
    """Why a CI runner could not install this dateline requirement, or None when it names a real
    place (a requirement by name or version is not judged here).

    `dateline @ git+https://github.com/OWNER/dateline@f378539` looks pinned, and so it silenced
    the warning that a project names no dateline, yet `pip install .` on GitHub fails to fetch it:
    an owner, repository, host or commit that is a placeholder, or a path on this machine, is no
    pin at all. Nor is dateline by bare name or version: no package index holds it."""
    name, at, url = req.partition("@")
    url = url.strip().split(";")[0].strip()  # (an environment marker follows a `;`)
    if not at and re.fullmatch(r"\s*dateline\s*(?:\[[^\]]*\])?\s*(?:[<>=!~][^;]*)?(?:;.*)?", req, re.IGNORECASE):
        # `dateline` or `dateline>=1.0`: pip looks for it on PyPI, which holds no dateline (it is
        # installed from its repository), so the runner's install fails as with no pin at all
        return "it names dateline by name only, and no package index holds dateline"
    if not at or not url or not re.fullmatch(r"\s*dateline\s*(?:\[[^\]]*\])?\s*", name, re.IGNORECASE):
        return None
    parts = urlsplit(re.sub(r"^[a-z]+\+", "", url, flags=re.IGNORECASE))  # git+https → https
    if parts.scheme == "file":
        return "its address is a path on this machine, which the GitHub runner does not have"
    if not parts.netloc:
        return "its address is no URL pip can fetch (scheme://host/owner/repository@commit)"
    host = parts.netloc.rpartition("@")[2].lower()
    if any(label == "example" or _placeholder(label, frozenset()) for label in host.split(".")):
        return f"its host ‘{host}’ is a placeholder"
    path, sep, ref = parts.path.rpartition("@")
    path, ref = (path, ref) if sep else (ref, "")
    segments = [seg for seg in path.split("/") if seg]
    for seg in segments[:-1]:
        if _placeholder(seg, _PLACEHOLDERS):
            return f"its owner ‘{seg}’ is a placeholder"
    if segments and _placeholder(segments[-1].removesuffix(".git"), _PLACEHOLDERS):
        return f"its repository ‘{segments[-1]}’ is a placeholder"
    if not segments:
        return "its address names no repository"
    if ref and _placeholder(ref, _REF_PLACEHOLDERS):
        return f"its commit ‘{ref}’ is a placeholder"
    return None


def starter_values(root: Path, dependency: str | None) -> dict[str, str]:
    """The substitutions of the `.in` starters, TOML-quoted where they land in TOML."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", root.resolve().name).strip("-.") or "site"
    note = ("# dateline from the repository and commit this project was started with."
            if dependency else NO_REQUIREMENT)
    # the README says what `pip install -e .` does with this pyproject.toml: with no dependency it
    # installs no dateline, and a README saying "installs dateline" sent users looking for it
    install = ("pip install -e .   # installs dateline, pinned in pyproject.toml (dependencies)" if dependency else
               "# pyproject.toml lists no dateline yet (see the note above its dependencies): until it does,\n"
               "# use the dateline that made this project, or add it there and run: pip install -e .")
    return {"name": _toml_str(name), "title": _toml_str(name), "description": _toml_str(STARTER_DESCRIPTION),
            "dependency": _toml_str(dependency) if dependency else "", "dependency_note": note,
            "heading": root.resolve().name or name, "install": install}


def enclosing_project(root: Path) -> tuple[Path, Path] | None:
    """The dateline project (its folder) and the folder of it that `root` is in or is, when that is its
    `content/` or `templates/`: `dateline new content` in a project wrote a second project's pyproject,
    README and folders among the first one's content, each a stray-file warning on every build (hostile
    round 82, noticed)."""
    here = root.resolve()
    for parent in (here, *here.parents):
        project = parent.parent
        if parent.name in ("content", "templates") and _dateline_project(project):
            return project, parent
    return None


def _dateline_project(folder: Path) -> bool:
    """Whether `folder` holds a dateline project: a pyproject.toml with a [tool.dateline] table."""
    try:
        return "[tool.dateline]" in (folder / "pyproject.toml").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def plan(root: Path, *, force: bool = False) -> Plan:
    """Decide what `new` does in `root` (created if missing). Reads, never writes.

    Without `force`, any file already under `content/` refuses the whole plan: that is someone's
    site. With `force`, everything under `content/` is removed and replaced by the starters.
    """
    out = Plan(root)
    if root.exists() and not root.is_dir():
        out.refused.append(f"{root} exists and is not a folder")
        return out
    outer = enclosing_project(root)
    if outer is not None:
        where = "" if outer[1] == root.resolve() else "inside "
        out.refused.append(f"{root} is {where}{outer[1]}, a folder the dateline project at {outer[0]} reads: "
                           "a project made there would be read as stray files of that one; nothing was changed. "
                           "Make the new project outside it (e.g. next to it)")
        return out
    content = root / "content"
    if content.is_symlink() or (content.exists() and not content.is_dir()):
        out.refused.append(f"{content} is not a plain folder: move it away first")
        return out
    existing = sorted(p for p in content.rglob("*") if p.is_file() or p.is_symlink()) if content.is_dir() else []
    if existing and not force:
        shown = ", ".join(p.relative_to(root).as_posix() for p in existing[:3])
        more = f" and {len(existing) - 3} more" if len(existing) > 3 else ""
        out.refused.append(f"{content.as_posix()}/ already holds a site ({shown}{more}); nothing was changed. "
                           f"`dateline new {root.as_posix()} --force` removes it and starts from the starter files")
        return out
    if content.is_dir():
        for child in sorted(content.iterdir()):
            rel = child.relative_to(root).as_posix()
            if child.is_dir() and not child.is_symlink():
                rel += "/"
                out.removed_files[rel] = [p.relative_to(root).as_posix() for p in sorted(child.rglob("*"))
                                          if p.is_file() or p.is_symlink()]
            out.remove.append(rel)
    new_pyproject = "pyproject.toml" not in existing_project_files(root)
    dependency = requirement() if new_pyproject else None
    values = starter_values(root, dependency)
    if dependency is None and new_pyproject:
        out.notes.append("pyproject.toml names no dateline to install yet: add it to dependencies "
                         "(the comment there shows how) so the Pages workflow can build the site — or run "
                         "`dateline vendor` to put a copy of this dateline in the project (vendor/dateline), "
                         "which the workflow installs")
    kept = existing_project_files(root)
    for rel, name in PROJECT_FILES.items():
        if rel in kept:
            out.keep.append(rel)
        else:
            out.write[rel] = _starter(name, values)
    for rel, name in CONTENT_FILES.items():
        out.write[rel] = _starter(name, values)
    if out.remove and (root / "site" / "index.html").exists():
        out.notes.append("site/ still holds the last build of the removed content: your first build replaces it")
    pyproject = root / "pyproject.toml"
    if force and "pyproject.toml" in out.keep and pyproject.is_file():
        edited, keys = reset_subject_keys(pyproject.read_text(encoding="utf-8"), values)
        if keys:
            out.pyproject, out.reset = edited.encode("utf-8"), keys
    return out


def existing_project_files(root: Path) -> list[str]:
    """The project files (outside content/) already in `root`: `new` keeps them as they are."""
    return [rel for rel in PROJECT_FILES if (root / rel).exists() or (root / rel).is_symlink()]


def reset_subject_keys(text: str, values: dict[str, str]) -> tuple[str, list[str]]:
    """`text` with the subject keys of its `[tool.dateline]` table set to the starter values.

    A line edit (comments and the rest of the file stay as written); the result must still be
    TOML with the intended values, otherwise the file is left alone and nothing is reported.
    """
    lines = text.split("\n")
    starts = [i for i, ln in enumerate(lines) if ln.strip() == "[tool.dateline]"]
    if len(starts) != 1:
        return text, []
    wanted = {"title": values["title"], "description": values["description"], "figures": "[]"}
    out = lines[: starts[0] + 1]
    reset: list[str] = []
    i = starts[0] + 1
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("["):
            out += lines[i:]
            break
        m = re.match(r"\s*([A-Za-z_]+)\s*=\s*(.*)$", line)
        if m is None or m.group(1) not in SUBJECT_KEYS:
            out.append(line)
            i += 1
            continue
        key, value = m.group(1), m.group(2)
        end = i
        if value.startswith("[") and value.count("[") > value.count("]"):  # a list over several lines
            while end + 1 < len(lines) and "]" not in lines[end]:
                end += 1
        elif value.startswith(('"""', "'''")) and value.count(value[:3]) < 2:
            while end + 1 < len(lines) and value[:3] not in lines[end + 1]:
                end += 1
            end += 1
        if key in wanted:
            out.append(f"{key} = {wanted[key]}")
        reset.append(key)
        i = end + 1
    edited = "\n".join(out)
    try:
        table = tomllib.loads(edited).get("tool", {}).get("dateline", {})
    except tomllib.TOMLDecodeError:
        return text, []
    if any(key in table and tomllib.loads(f"v = {wanted[key]}")["v"] != table[key] for key in wanted) or \
            any(key in table for key in SUBJECT_KEYS if key not in wanted):
        return text, []
    return edited, reset


def apply(p: Plan) -> None:
    """Do what the plan says: remove the old content, write the starters and the edited pyproject."""
    if p.refused:
        raise ValueError("; ".join(p.refused))
    for rel in p.remove:
        path = p.root / rel.rstrip("/")
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
    for rel, data in p.write.items():
        target = p.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    if p.pyproject is not None:
        (p.root / "pyproject.toml").write_bytes(p.pyproject)


# ----------------------------------------------------------------------------- a copy inside the project

VENDOR = "vendor/dateline"  # where `dateline vendor` puts the copy the Pages workflow installs
VENDOR_STAMP = "VENDORED.txt"  # its list of files and their digests: the copy is ours to replace, and dated
# the shipped workflow's install step, before and after it learnt to install a vendored copy first
INSTALL_STEP = "        run: python -m pip install .\n"
INSTALL_VENDORED = ("        run: |\n"
                    f"          if [ -f {VENDOR}/pyproject.toml ]; then python -m pip install ./{VENDOR}; fi\n"
                    "          python -m pip install .\n")


@dataclass
class Vendored:
    """What `vendor` did: the files written and removed under vendor/dateline, the workflow edited or not."""

    written: int = 0
    removed: int = 0
    unchanged: int = 0
    workflow: str = ""  # "edited", "ready", "missing" or "own" (a workflow of the user's: told what to add)
    refused: str = ""


def package_files() -> dict[str, bytes]:
    """The running dateline's package as files (path under the package → bytes): its modules and every
    data file it reads (languages, theme, starters), never a compiled cache."""
    root = Path(str(resources.files("dateline")))
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")}


def _package_requirements() -> tuple[str, str]:
    """(version, TOML list of requirements) of the running dateline: what pip records for it, else its
    checkout's pyproject.toml beside the package (a run from a clone with PYTHONPATH); the test and dev
    extras are not the site's."""
    from importlib import metadata

    try:
        version = metadata.version("dateline")
        required = [r for r in metadata.requires("dateline") or [] if "extra ==" not in r]
    except metadata.PackageNotFoundError:
        version, required = "", []
    if not required:
        own = Path(str(resources.files("dateline"))).parent / "pyproject.toml"
        try:
            project = tomllib.loads(own.read_text(encoding="utf-8")).get("project", {})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            project = {}
        version = version or str(project.get("version", "0"))
        required = [str(r) for r in project.get("dependencies", [])]
    return version or "0", "[" + ", ".join(_toml_str(r) for r in required) + "]"


def vendor_files() -> dict[str, bytes]:
    """vendor/dateline's files (relative to it): an installable copy of the running dateline — its package
    and a pyproject.toml naming its requirements — and the stamp listing them with their digests."""
    import hashlib

    version, required = _package_requirements()
    files = {f"dateline/{rel}": data for rel, data in package_files().items()}
    files["pyproject.toml"] = (
        "# A copy of dateline, written by `dateline vendor`: the Pages workflow installs it before the site.\n"
        "# Replace it with `dateline vendor` (never by hand: the build warns when it differs from your dateline).\n"
        '[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n\n'
        f'[project]\nname = "dateline"\nversion = {_toml_str(version)}\nrequires-python = ">=3.11"\n'
        f"dependencies = {required}\n\n"
        '[project.scripts]\ndateline = "dateline.cli:main"\n\n'
        # its data folders (lang, theme, scaffold) found as namespace packages: setuptools warns of folders
        # that are no listed package, and a warning on every Pages run reads as something wrong
        '[tool.setuptools.packages.find]\ninclude = ["dateline", "dateline.*"]\n\n'
        '[tool.setuptools.package-data]\n"*" = ["*"]\n').encode()
    stamp = "".join(f"{hashlib.sha256(data).hexdigest()}  {rel}\n" for rel, data in sorted(files.items()))
    files[VENDOR_STAMP] = stamp.encode("utf-8")
    return files


def vendor(root: Path) -> Vendored:
    """Write (or bring up to date) vendor/dateline: the dateline that runs this, in the project, for a
    Pages workflow that cannot fetch one (no repository of dateline to pin: `requirement()` is None).
    Only a folder this wrote before (its stamp) is replaced — files it listed and no longer has are
    removed, nothing else — and the workflow's install step, when it is the shipped one, installs it."""
    out = Vendored()
    folder = root / VENDOR
    stamp = folder / VENDOR_STAMP
    if folder.exists() and (not folder.is_dir() or (any(folder.iterdir()) and not stamp.is_file())):
        out.refused = f"{VENDOR} exists and was not written by `dateline vendor`: move it away first"
        return out
    old = {line.split("  ", 1)[1] for line in stamp.read_text(encoding="utf-8").splitlines() if "  " in line} \
        if stamp.is_file() else set()
    files = vendor_files()
    for rel, data in files.items():
        target = folder / rel
        if target.is_file() and target.read_bytes() == data:
            out.unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        out.written += 1
    for rel in sorted(old - set(files)):
        gone = folder / rel
        if gone.is_file() and gone.resolve().is_relative_to(folder.resolve()):
            gone.unlink()
            out.removed += 1
    workflow = root / ".github" / "workflows" / "pages.yml"
    try:
        text = workflow.read_text(encoding="utf-8")
    except OSError:
        out.workflow = "missing"
        return out
    if f"./{VENDOR}" in text:
        out.workflow = "ready"
    elif text.count(INSTALL_STEP) == 1:
        workflow.write_text(text.replace(INSTALL_STEP, INSTALL_VENDORED), encoding="utf-8")
        out.workflow = "edited"
    else:
        out.workflow = "own"
    return out


def vendor_problem(root: Path) -> Problem | None:
    """A warning when vendor/dateline is not the dateline that builds here: the site GitHub publishes is
    built by the copy, so a newer dateline's fixes would be seen here and not there."""
    stamp = root / VENDOR / VENDOR_STAMP
    try:
        kept = stamp.read_bytes()
    except OSError:
        return None
    if kept == vendor_files()[VENDOR_STAMP]:
        return None
    return Problem(f"{VENDOR}/{VENDOR_STAMP}", 1, "the copy of dateline the Pages workflow installs is not the "
                   "dateline that builds here (another version or edited): run `dateline vendor` to replace it, "
                   "so the published site is built as this one", "warning")
