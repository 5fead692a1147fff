"""Build examples/cases.jsonl, the bundled examples, from the project's oracle cases in tests/cases.

Every case of every ``tests/cases/*.jsonl`` file, files in name order and cases in file
order, each ``id`` prefixed with its file's module (``fees:month-37-renewal-free``) so
ids stay unique across modules; nothing else of a case changes.  A new case file (a new
module's) is picked up on the next run.  Pure standard library and deterministic: the
same case files always give the same bytes.  ``tests/test_cases.py`` checks that the
committed examples are what this script builds, so the two cannot drift::

    python scripts/build_examples.py           # rewrite examples/cases.jsonl
    python scripts/build_examples.py --check   # exit 1 if it is not up to date
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
CASES_DIR = ROOT / "tests" / "cases"
EXAMPLES = ROOT / "examples" / "cases.jsonl"


def _prefixed(case: dict[str, object], module: str, where: str) -> dict[str, object]:
    cid = case.get("id")
    if not isinstance(cid, str) or not cid:
        raise ValueError(f"{where}: a project case needs a non-empty string id")
    return {k: (f"{module}:{cid}" if k == "id" else v) for k, v in case.items()}


def build(cases_dir: pathlib.Path = CASES_DIR) -> str:
    """The text of examples/cases.jsonl for the case files in ``cases_dir``."""
    lines: list[str] = []
    seen: dict[str, str] = {}
    for path in sorted(cases_dir.glob("*.jsonl"), key=lambda p: p.name):
        module = path.stem
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                case = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: not JSON: {exc}") from None
            if not isinstance(case, dict):
                raise ValueError(f"{where}: a case is a JSON object")
            out = _prefixed(case, module, where)
            key = str(out["id"])
            if key in seen:
                raise ValueError(f"{where}: id {key!r} repeats {seen[key]}")
            seen[key] = where
            lines.append(json.dumps(out, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the examples are stale")
    args = parser.parse_args(argv)
    try:
        text = build()
    except ValueError as exc:
        print(f"build_examples: {exc}", file=sys.stderr)
        return 2
    current = EXAMPLES.read_text(encoding="utf-8") if EXAMPLES.exists() else None
    count = text.count("\n")
    if args.check:
        if current != text:
            print(f"{EXAMPLES.relative_to(ROOT)} is stale: run python scripts/build_examples.py", file=sys.stderr)
            return 1
        print(f"{EXAMPLES.relative_to(ROOT)} is up to date ({count} cases)")
        return 0
    if current != text:
        with EXAMPLES.open("w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print(f"{EXAMPLES.relative_to(ROOT)}: {count} cases from {CASES_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
