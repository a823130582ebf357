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
import tomllib
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from string import Template

from dateline import __version__

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
DEFAULT_DESCRIPTION = "What was said, by whom and when: every statement dated, sourced and quoted verbatim."
# [tool.dateline] keys that describe the example's subject: `force` resets them in an existing
# pyproject.toml, so a clone's pages stop speaking about the example (its title, its figures).
SUBJECT_KEYS = ("title", "description", "figures", "eras_label", "search_placeholder")


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


def _starter(name: str | None, values: dict[str, str]) -> bytes:
    if name is None:
        return b""
    text = (STARTER / name).read_text(encoding="utf-8")
    return (Template(text).substitute(values) if name.endswith(".in") else text).encode("utf-8")


def _toml_str(value: str) -> str:
    """A TOML basic string: JSON's escapes are a subset of TOML's (no `\\/` is ever written)."""
    return json.dumps(value, ensure_ascii=False)


def dependency() -> str:
    """The new project's requirement on dateline: where this dateline came from when that was a
    repository (a fork's git URL, pinned to the commit), so `pip install .` in CI gets the same
    tool; by name otherwise."""
    try:
        raw = metadata.distribution("dateline").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        raw = None
    try:
        info = json.loads(raw) if raw else {}
    except ValueError:
        info = {}
    vcs = info.get("vcs_info") if isinstance(info, dict) else None
    url = info.get("url") if isinstance(info, dict) else None
    if isinstance(vcs, dict) and isinstance(url, str) and url.startswith("https://"):
        commit = vcs.get("commit_id")
        return f"dateline @ {vcs.get('vcs', 'git')}+{url}" + (f"@{commit}" if commit else "")
    return f"dateline>={__version__}"


def starter_values(root: Path) -> dict[str, str]:
    """The substitutions of the `.in` starters, TOML-quoted where they land in TOML."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", root.resolve().name).strip("-.") or "site"
    return {"name": _toml_str(name), "title": _toml_str(name), "description": _toml_str(DEFAULT_DESCRIPTION),
            "dependency": _toml_str(dependency())}


def plan(root: Path, *, force: bool = False) -> Plan:
    """Decide what `new` does in `root` (created if missing). Reads, never writes.

    Without `force`, any file already under `content/` refuses the whole plan: that is someone's
    site. With `force`, everything under `content/` is removed and replaced by the starters.
    """
    out = Plan(root)
    if root.exists() and not root.is_dir():
        out.refused.append(f"{root} exists and is not a folder")
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
    values = starter_values(root)
    for rel, name in PROJECT_FILES.items():
        target = root / rel
        if target.exists() or target.is_symlink():
            out.keep.append(rel)
        else:
            out.write[rel] = _starter(name, values)
    for rel, name in CONTENT_FILES.items():
        out.write[rel] = _starter(name, values)
    pyproject = root / "pyproject.toml"
    if force and "pyproject.toml" in out.keep and pyproject.is_file():
        edited, keys = reset_subject_keys(pyproject.read_text(encoding="utf-8"), values)
        if keys:
            out.pyproject, out.reset = edited.encode("utf-8"), keys
    return out


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
