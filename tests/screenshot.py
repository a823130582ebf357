"""Screenshots of a built site in real Chromium: the README image (`make screenshot`) and the
browser tests' artefacts share this one function.

    python tests/screenshot.py docs/timeline.png    # the example site's overview, 1280 px, light
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Browser

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conftest import CHROMIUM, CHROMIUM_ARGS, REPO, seed_config, served  # noqa: E402


def shoot(browser: Browser, url: str, out: Path, width: int, scheme: str, height: int = 900,
          full_page: bool = True) -> Path:
    """`url` at `width` CSS px in the light or dark colour scheme, saved as PNG to `out`."""
    ctx = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme,  # type: ignore[arg-type]
                              reduced_motion="reduce")
    try:
        page = ctx.new_page()
        page.goto(url)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out), full_page=full_page)
    finally:
        ctx.close()
    return out


def readme_image(out: Path) -> Path:
    """The example site's overview (header, chart, first statements) at 1280 px, light scheme."""
    from playwright.sync_api import sync_playwright

    from dateline import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        pipeline.build(seed_config(REPO, site, search=True))
        with served(site) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return shoot(browser, base, out, 1280, "light", height=1180, full_page=False)
            finally:
                browser.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "docs" / "timeline.png")
    print(readme_image(target))
