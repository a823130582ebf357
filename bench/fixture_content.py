"""Content folders made of the texts the tests read, for `analysis_bench.py --dump` diffs of a speed change.

    .venv/bin/python bench/fixture_content.py /tmp/fix
    for d in /tmp/fix/*/content tests/data/*/content; do
        PYTHONPATH=. .venv/bin/python bench/analysis_bench.py --content $d --dump /tmp/after/$(basename $(dirname $d)).txt
    done

One folder per set: the quote fixtures' top-level cases and each language's sub-folder
(`tests/fixtures/quotes/`), the held-out rounds (`tests/fixtures/quotes_holdout/`, each with its own
speakers), and the raw texts of the import held-out rounds (`tests/data/import_holdout*/`). Each case
or file is an article with its set's `_data` (the example project's topics when the set has none),
dated in 2025; every other article has a statement date one to nine days before its date, so the
statement-date passes that only such articles reach (own occasion, recalled words, several occasions)
run too. The synthetic corpus is far more uniform than these (a tenth of its text is in paragraphs
without a quote mark, against a quarter to a half here), so a change must be judged on both.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make(out: Path) -> int:
    """Write the folders under `out` (emptied first); the number of articles written."""
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT))
    from test_extraction_corpus import FIXTURES, HOLDOUT, all_cases

    topics = ROOT / "tests" / "data" / "example_project" / "content" / "_data" / "topics.yaml"
    sets: dict[tuple[str, Path], list[str]] = {}
    for c in all_cases(FIXTURES, "fx/") + all_cases(HOLDOUT, "ho/"):
        top = "fx-top" if c.file.startswith("fx/") else "ho-top"
        key = top if c.data_dir == FIXTURES else c.set
        sets.setdefault((key, c.data_dir), []).append(c.body)
    for p in sorted(ROOT.glob("tests/data/import_holdout*")):
        data = p if (p / "_data").is_dir() else FIXTURES
        sets[("imp-" + p.name, data)] = [f.read_text(encoding="utf-8") for f in sorted(p.rglob("*.txt"))]
    if out.exists():
        shutil.rmtree(out)
    n = 0
    for (key, data_dir), bodies in sets.items():
        d = out / key.replace("/", "_") / "content"
        (d / "articles").mkdir(parents=True)
        shutil.copytree(data_dir / "_data", d / "_data")
        if not (d / "_data" / "topics.yaml").exists():
            shutil.copy(topics, d / "_data" / "topics.yaml")
        for i, body in enumerate(bodies):
            body = body.replace("\r\n", "\n")
            if body.startswith("---"):
                body = "\n" + body  # (a text opening with a rule is no front matter)
            month = 1 + i % 9
            head = ["---", f"title: case {i}", f"date: 2025-0{month}-1{i % 10}"]
            if i % 2:
                head.append(f"statement_date: 2025-0{month}-0{month}")
            (d / "articles" / f"c{i:04d}.md").write_text("\n".join(head) + "\n---\n" + body + "\n", encoding="utf-8")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="folder to write (emptied first)")
    args = ap.parse_args(argv)
    n = make(args.out)
    print(f"{n} articles in {len(list(args.out.iterdir()))} folders under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
