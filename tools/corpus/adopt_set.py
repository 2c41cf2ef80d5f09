"""Move a labelled set written in the old layout into this one, and prove nothing changed.

    .venv/bin/python -m tools.corpus.adopt_set blind_k [blind_l ...]

The old layout: the generator at tests/data/<set>/make_blind.py, importing make_corpus after
`sys.path.insert(0, .../tests/data/corpus)`, and the test at tests/unit/test_<set>.py,
importing `tests.unit.blind` (BlindSet) and `tests.unit.test_corpus` (PRACTICE). For each
set this `git mv`s the generator to tools/corpus/<set>.py and the test to
tests/corpus/test_<set>.py, rewrites their imports and the commands their docstrings name
(and both paths in README.md and docs/*.md), formats both with ruff, runs the generator
(`python -m tools.corpus.<set>`) and fails unless tests/data/<set> is byte-identical to git
afterwards. It stops with a message at
anything it does not recognise; then finish that file by hand (tools/corpus/blind_a.py and
tests/corpus/test_blind_a.py show the result). Commit afterwards; nothing is committed here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tools.corpus import ROOT


class AdoptError(Exception):
    pass


def rewrite_generator(text: str, name: str) -> str:
    """The generator's text with package imports instead of sys.path tricks."""
    if "spec_from_file_location" in text:
        raise AdoptError("loads make_corpus with importlib: replace by hand with"
                         " `from tools.corpus import make_corpus as mc`")  # fmt: skip
    here = "HERE = Path(__file__).resolve().parent\n"
    if text.count(here) != 1:
        raise AdoptError(f"expected exactly one line {here.strip()!r}")
    text = text.replace(here, "")
    text = re.sub(r"^CORPUS = HERE\.parent / \"corpus\"\n", "", text, flags=re.MULTILINE)
    text = re.sub(r"^sys\.path\.insert\(0, str\(CORPUS\)\)\n", "", text, flags=re.MULTILINE)
    text = re.sub(
        r"^import make_corpus as mc\b[^\n]*$",
        "from tools.corpus import make_corpus as mc",
        text,
        flags=re.MULTILINE,
    )
    text = re.sub(
        r"^from make_corpus import ([^\n#]*?)\s*(#[^\n]*)?$",
        r"from tools.corpus.make_corpus import \1",
        text,
        flags=re.MULTILINE,
    )
    if re.search(r"^\s*(import make_corpus|from make_corpus )|sys\.path", text, re.MULTILINE):
        raise AdoptError("an import of make_corpus or a sys.path change is left")
    if "CORPUS" in re.sub(r"tests/data/corpus", "", text) and "CORPUS =" not in text:
        raise AdoptError("CORPUS is used but was defined through HERE: define it by hand")
    text = text.replace(f"python tests/data/{name}/make_blind.py", f"python -m tools.corpus.{name}")
    text = text.replace(f"tests/data/{name}/make_blind.py", f"tools/corpus/{name}.py")
    # HERE after the last top-level import (ruff sorts the imports afterwards).
    lines = text.split("\n")
    last = max(
        i
        for i, line in enumerate(lines)
        if line.startswith(("import ", "from ")) and not line.startswith("from __future__")
    )
    lines[last + 1 : last + 1] = [
        "from tools.corpus import data_dir",
        "",
        f'HERE = data_dir("{name}")',
    ]
    return "\n".join(lines)


def rewrite_test(text: str, name: str) -> str:
    """The test's text against tests/corpus/harness.py."""
    text = re.sub(r"^from tests\.unit\.test_corpus import PRACTICE\n", "", text, flags=re.MULTILINE)
    text = re.sub(
        r"^from tests\.unit\.blind import ([^\n]*)$",
        lambda m: (
            "from tests.corpus.harness import "
            + ", ".join(sorted({"PRACTICE", *(n.strip() for n in m.group(1).split(","))}))
        ),
        text,
        flags=re.MULTILINE,
    )
    text = text.replace("tests.unit.test_corpus", "tests.corpus.harness")
    text = text.replace("tests.unit.blind", "tests.corpus.harness")
    text = re.sub(r"\bBlindSet\b", "LabelledSet", text)
    text = text.replace("(made by make_blind.py there", f"(made by `python -m tools.corpus.{name}`")
    text = text.replace(f"tests/data/{name}/make_blind.py", f"tools/corpus/{name}.py")
    text = text.replace("make_blind.py", f"tools/corpus/{name}.py")
    text = text.replace("tests/unit/test_corpus.py", "tests/corpus/harness.py")
    if "tests.unit" in text:
        raise AdoptError("an import from tests.unit is left (see tests/corpus/harness.py)")
    return text


def run(*command: str) -> str:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise AdoptError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def adopt(name: str) -> None:
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise AdoptError(f"{name!r} is not a set name like blind_k")
    old_generator = ROOT / "tests" / "data" / name / "make_blind.py"
    old_test = ROOT / "tests" / "unit" / f"test_{name}.py"
    generator = ROOT / "tools" / "corpus" / f"{name}.py"
    test = ROOT / "tests" / "corpus" / f"test_{name}.py"
    for path in (old_generator, old_test):
        if not path.is_file():
            raise AdoptError(f"missing {path.relative_to(ROOT)}")
    for path in (generator, test):
        if path.exists():
            raise AdoptError(f"{path.relative_to(ROOT)} exists already")
    new_generator = rewrite_generator(old_generator.read_text(encoding="utf-8"), name)
    new_test = rewrite_test(old_test.read_text(encoding="utf-8"), name)
    run("git", "mv", str(old_generator), str(generator))
    run("git", "mv", str(old_test), str(test))
    generator.write_text(new_generator, encoding="utf-8")
    test.write_text(new_test, encoding="utf-8")
    ruff = str(Path(sys.executable).with_name("ruff"))
    run(ruff, "check", "--fix", "--quiet", str(generator), str(test))
    run(ruff, "format", "--quiet", str(generator), str(test))
    print(f"{name}: moved to {generator.relative_to(ROOT)}, {test.relative_to(ROOT)}")
    for doc in (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))):
        text = doc.read_text(encoding="utf-8")
        new = text.replace(f"tests/unit/test_{name}.py", f"tests/corpus/test_{name}.py")
        new = new.replace(f"tests/data/{name}/make_blind.py", f"tools/corpus/{name}.py")
        if new != text:
            doc.write_text(new, encoding="utf-8")
            print(f"{name}: paths updated in {doc.relative_to(ROOT)}")
    run(sys.executable, "-m", f"tools.corpus.{name}")
    changed = run("git", "status", "--porcelain", "--", f"tests/data/{name}")
    changed = "\n".join(line for line in changed.splitlines() if "make_blind.py" not in line)
    if changed:
        raise AdoptError(f"regenerating changed tests/data/{name}:\n{changed}")
    print(f"{name}: python -m tools.corpus.{name} regenerates tests/data/{name} byte-identically")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    for name in argv:
        try:
            adopt(name)
        except AdoptError as error:
            print(f"{name}: {error}", file=sys.stderr)
            return 1
    print("next: .venv/bin/pytest -q tests/corpus -p no:cacheprovider, then commit")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
