"""The generators of the test corpora in tests/data (checked in; regenerate to change them).

    .venv/bin/python -m tools.corpus.make_corpus   # tests/data/corpus (mails.py holds the mails)
    .venv/bin/python -m tools.corpus.blind_a       # tests/data/blind_a, likewise blind_b ... blind_bh
    .venv/bin/python -m tools.corpus.canonical     # tests/data/canonical (--matrix: explore)
    .venv/bin/python -m tools.corpus.yes_forms     # canonical/yes_forms.tsv (--matrix: figures)
    .venv/bin/python -m tools.corpus.hostile       # tests/data/hostile (--check: verify)
    .venv/bin/python -m tools.corpus.regenerate    # all of them, then compare with git

Each writes into `data_dir(<name>)` and nothing else; the tests that run the corpora live in
tests/corpus. The blind sets' generators share their helpers (the practice snapshot,
`yes`/`no`, our request's subject, writing the set out) from `blind_kit.py`.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def data_dir(name: str) -> Path:
    """tests/data/<name>: where the generator of set `name` writes."""
    return DATA / name
