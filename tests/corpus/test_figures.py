"""The figures tool counts what the blind sets' tests assert (tests/corpus/figures.py)."""

from __future__ import annotations

import importlib

from tests.corpus.figures import figures, set_names


def test_every_blind_set_is_found() -> None:
    names = set_names()
    assert "blind_a" in names
    assert "blind_hb" in names
    assert all(n.startswith("blind_") for n in names)


def test_a_sets_figures_agree_with_its_declared_misses() -> None:
    """HB: every confirmation not declared a known miss is counted exact, and none false or
    silent (the hard tests of every set say the same)."""
    module = importlib.import_module("tests.corpus.test_blind_hb")
    found = figures("blind_hb")
    labels = module.BLIND.labels
    confirming = [label for label in labels if label["confirmed"]]
    declared = [label for label in confirming if label["file"] in module.KNOWN_MISSES]
    assert found.mails == len(labels)
    assert found.confirmations == len(confirming)
    assert len(confirming) - len(declared) <= found.exact <= len(confirming)
    assert found.false == 0
    assert found.silent == 0
    assert found.mails_exact == len(labels) - len(found.misses)
