"""Run every corpus generator, each in its own process, then say whether tests/data changed.

    .venv/bin/python -m tools.corpus.regenerate          # all sets
    .venv/bin/python -m tools.corpus.regenerate blind_k  # only these (module names)

The corpus (make_corpus: practice.toml, which every blind set reads) comes first, then the
blind sets (every tools/corpus/blind_*.py, so a new set needs no entry here), the canonical
tables, the yes-forms sample and the hostile corpus. The generated files are checked in: afterwards
`git diff --exit-code tests/data` must be empty unless a generator was changed on purpose.
Exits non-zero if a generator fails or (with --check) if tests/data differs from git.
"""

from __future__ import annotations

import argparse
import pkgutil
import subprocess
import sys

import tools.corpus
from tools.corpus import ROOT


def generators() -> list[str]:
    """Module names in the order they must run."""
    names = {m.name for m in pkgutil.iter_modules(tools.corpus.__path__)}
    blind = sorted(n for n in names if n.startswith("blind_"))
    return ["make_corpus", *blind, "canonical", "yes_forms", "hostile"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="generator modules to run (default: all)")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if tests/data then differs from git"
    )
    args = parser.parse_args(argv)
    known = generators()
    unknown = [name for name in args.only if name not in known]
    if unknown:
        parser.error(f"no such generator: {', '.join(unknown)} (known: {', '.join(known)})")
    for name in args.only or known:
        print(f"== python -m tools.corpus.{name}", flush=True)
        done = subprocess.run([sys.executable, "-m", f"tools.corpus.{name}"], cwd=ROOT, check=False)
        if done.returncode != 0:
            print(f"tools.corpus.{name} failed ({done.returncode})", file=sys.stderr)
            return done.returncode
    if args.check:
        changed = subprocess.run(
            ["git", "diff", "--name-only", "--", "tests/data"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        new = subprocess.run(
            ["git", "ls-files", "--others", "--exclude-standard", "--", "tests/data"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if changed or new:
            print(
                f"tests/data differs from git after regenerating:\n{changed}{new}", file=sys.stderr
            )
            return 1
        print("tests/data: byte-identical to git")
    return 0


if __name__ == "__main__":
    sys.exit(main())
