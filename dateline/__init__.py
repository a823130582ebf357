"""dateline: a static-site generator for documentary sites about what public figures said."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

__version__ = "0.1.0"


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """dateline's version and a digest of every file of the package but the theme (its code and its
    language data, lang/*.toml): what every cache in `.dateline-cache/` was made by. Any upgrade or
    code change makes them all stale, and the theme's templates are keyed where they are rendered."""
    package = Path(__file__).parent
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    for p in sorted(package.rglob("*")):
        if p.suffix in (".py", ".toml") and "theme" not in p.relative_to(package).parts:
            h.update(p.relative_to(package).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()
