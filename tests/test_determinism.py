"""Output is byte-identical across processes and hash seeds (issue 18).

Building twice in one process cannot see set-order leaks: every set of strings iterates in
the same order within one process. These tests build (and import) in subprocesses with
different `PYTHONHASHSEED`s and compare the trees byte for byte. The fixture projects have
what a set would scramble: a statement carried by four outlets (data/statements.json), a
raw text whose four speakers are quoted once each (import's `speakers:` tie order).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

DATA = Path(__file__).parent / "data"
SEEDS = ("0", "12345", "987654321")
PROJECTS = ("golden_project", "chronology_project")


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _run(args: list[str], cwd: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": seed}
    proc = subprocess.run([sys.executable, "-m", "dateline", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, f"seed {seed}: {args} failed:\n{proc.stdout}\n{proc.stderr}"


def _diff(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


@pytest.mark.parametrize("project", PROJECTS)
def test_build_is_byte_identical_across_hash_seeds(tmp_path: Path, project: str) -> None:
    src = tmp_path / "project"
    shutil.copytree(DATA / project, src, ignore=shutil.ignore_patterns("raw"))
    trees = {}
    for seed in SEEDS:
        out = tmp_path / f"site-{seed}"
        _run(["build", "--out", str(out), "--no-search", "--quiet"], src, seed)
        shutil.rmtree(src / ".dateline-cache", ignore_errors=True)  # each build analyses afresh
        trees[seed] = _tree(out)
    first = trees[SEEDS[0]]
    assert any(k.startswith("data/statements.json") for k in first)
    for seed in SEEDS[1:]:
        assert _diff(first, trees[seed]) == [], f"PYTHONHASHSEED {SEEDS[0]} vs {seed} differ"


def test_import_is_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    outputs = {}
    for seed in SEEDS:
        project = tmp_path / f"project-{seed}"
        shutil.copytree(DATA / "chronology_project", project)
        _run(["import", "raw/four-voices.txt", "--today", "2024-06-01", "--outlet", "Debate Daily",
              "--into", "content/imported"], project, seed)
        [made] = sorted((project / "content" / "imported").glob("*.md"))
        outputs[seed] = made.read_text(encoding="utf-8")
    assert len(set(outputs.values())) == 1, outputs
    # four speakers quoted once each: a tie, broken by id (not by set order)
    text = outputs[SEEDS[0]]
    block = text.split("speakers:", 1)[1].split("\ntopics:", 1)[0]
    assert [line.strip("- ").strip() for line in block.strip().splitlines()] == ["brandt", "kessler", "lind", "varga"]
