"""`dateline serve`: build, serve site/ on 127.0.0.1, rebuild on change, reload the browser.

The only importer of livereload. Its pitfalls (../shared/notes/PITFALLS.md) are
handled here: the 3 s reload throttle is switched off, a failed build writes an
error page into the served site instead of leaving a stale page, and one callback
looks at every changed file itself, so a burst of changes is one rebuild.
"""

from __future__ import annotations

import html
import sys
import time
import webbrowser
from pathlib import Path

from dateline import pipeline
from dateline.config import SiteConfig, load_config
from dateline.errors import BuildFailed

ERROR_PAGE = "index.html"


def error_html(problems: list[str]) -> str:
    items = "\n".join(f"<li><code>{html.escape(p)}</code></li>" for p in problems)
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed — dateline</title>"
        "<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2433}h1{color:#8f1d3a}"
        "code{white-space:pre-wrap}</style></head><body><main><h1>Build failed</h1>"
        f"<p>Fix these and save; the page reloads by itself.</p><ul>{items}</ul></main></body></html>\n"
    )


class Rebuilder:
    """Keeps the analysis cache between builds so a rebuild re-reads only changed files."""

    def __init__(self, config: SiteConfig) -> None:
        self.config = config
        self.cache: dict[str, tuple[str, pipeline.Analysis]] = {}
        self.failed = False

    def __call__(self) -> None:
        started = time.perf_counter()
        try:
            self.config = load_config(self.config.root, _keep(self.config))
            report = pipeline.build(self.config, cache=self.cache, incremental=True)
            self.failed = False
            print(f"rebuilt in {time.perf_counter() - started:.3f} s ({report.written} files changed)",
                  file=sys.stderr)
        except BuildFailed as exc:
            self.failed = True
            lines = [str(p) for p in exc.problems]
            for line in lines:
                print(line, file=sys.stderr)
            out = self.config.output_path
            out.mkdir(parents=True, exist_ok=True)
            (out / ERROR_PAGE).write_text(error_html(lines), encoding="utf-8")
        except Exception as exc:  # a bug must not kill the server; show it in the browser
            self.failed = True
            out = self.config.output_path
            out.mkdir(parents=True, exist_ok=True)
            (out / ERROR_PAGE).write_text(error_html([f"internal error: {exc!r}"]), encoding="utf-8")


def _keep(config: SiteConfig) -> dict[str, object]:
    return {"content_dir": config.content_dir, "templates_dir": config.templates_dir,
            "output_dir": config.output_dir, "base_url": config.base_url or None, "search": False,
            "drafts": config.drafts}


def serve(config: SiteConfig, *, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False) -> int:
    from livereload import Server
    from livereload.handlers import LiveReloadHandler

    LiveReloadHandler.DEFAULT_RELOAD_TIME = 0
    config = config.replace(search=False)
    rebuild = Rebuilder(config)
    rebuild()
    server = Server()
    watched = [config.content_path, config.templates_path, config.root / "pyproject.toml"]
    theme = Path(__file__).parent / "theme"
    if theme.is_dir() and "site-packages" not in str(theme):
        watched.append(theme)
    for path in watched:
        if path.exists():
            server.watch(str(path), rebuild, delay=0.0)
    url = f"http://{host}:{port}/"
    print(f"serving {config.output_dir} at {url} (Ctrl+C to stop)", file=sys.stderr)
    if open_browser:
        webbrowser.open(url)
    server.serve(host=host, port=port, root=str(config.output_path), open_url_delay=None, restart_delay=0)
    return 0
