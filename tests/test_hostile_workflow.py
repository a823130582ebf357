"""The shipped GitHub Pages workflow is what every dateline site runs with a token that can
publish: zizmor (offline) must find nothing in it, and the copy in this repository must be
the one the package ships (and `dateline new` writes)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import REPO

SHIPPED = REPO / "dateline" / "scaffold" / "pages.yml"
WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


def _zizmor() -> str:
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidate = Path(folder) / "zizmor"
        if candidate.exists():
            return str(candidate)
    found = shutil.which("zizmor")
    if found is None:
        pytest.fail("zizmor is missing: it is in the dev extra (pip install -e '.[dev]')")
    return found


def test_repository_workflow_is_the_shipped_one() -> None:
    assert WORKFLOW.read_bytes() == SHIPPED.read_bytes(), (
        "edit dateline/scaffold/pages.yml and copy it to .github/workflows/pages.yml")


@pytest.mark.parametrize("persona", ["regular", "auditor"])
def test_zizmor_finds_nothing_in_the_shipped_workflow(tmp_path: Path, persona: str) -> None:
    # zizmor audits by path: give it the shipped file where a workflow lives.
    target = tmp_path / ".github" / "workflows" / "pages.yml"
    target.parent.mkdir(parents=True)
    shutil.copyfile(SHIPPED, target)
    run = subprocess.run([_zizmor(), "--offline", f"--persona={persona}", "--format=plain", str(target)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No findings" in run.stdout + run.stderr


def test_zizmor_would_catch_a_moving_tag(tmp_path: Path) -> None:
    """The audit is live: the same workflow with one action back on a tag fails."""
    target = tmp_path / ".github" / "workflows" / "pages.yml"
    target.parent.mkdir(parents=True)
    text = SHIPPED.read_text(encoding="utf-8")
    sha = text.split("actions/deploy-pages@", 1)[1].split()[0]
    target.write_text(text.replace(f"actions/deploy-pages@{sha}", "actions/deploy-pages@v5"), encoding="utf-8")
    run = subprocess.run([_zizmor(), "--offline", "--format=plain", str(target)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "unpinned-uses" in run.stdout + run.stderr
