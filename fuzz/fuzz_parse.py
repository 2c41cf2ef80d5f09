"""Atheris target for the mail entry point (RELIABILITY.md P22).

The property is the one tests/unit/test_fuzz_props.py checks with Hypothesis: for any
bytes, `parse_mail` returns an InboundMail or a Quarantine, every field of it reads and
keeps its invariants (file names, subjects, addresses, hashes), and `decide_mail` takes
the result without raising and confirms nothing for a sender who is not the patient.

    .venv/bin/python fuzz/fuzz_parse.py -max_total_time=60 \
        /tmp/fuzz-parse tests/data/hostile tests/data/corpus

(libFuzzer writes new inputs into the first directory: keep it outside the repository)

feeds raw bytes (so the two mail corpora seed it); `fuzz_one_input` is the Hypothesis
version of the same property (as in python/library-fuzzers zipfile_hypothesis.py), for
harnesses that drive Hypothesis' byte stream. Not collected by pytest (outside tests/).
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports():
    from rules.decide import decide_mail
    from rules.models import InboundMail, Quarantine
    from rules.parsing import parse_mail
    from tests.unit.test_fuzz_props import NOW, assert_safe, context_for, read_everything


def check(raw: bytes) -> None:
    mail = parse_mail(raw, received_at=NOW)
    if not isinstance(mail, InboundMail | Quarantine):
        raise AssertionError(f"parse_mail returned {type(mail).__name__}")
    read_everything(mail)
    assert_safe(mail, decide_mail(mail, context_for(mail), now=NOW))


@settings(database=None, deadline=None)
@given(st.binary(max_size=64 * 1024))
def hypothesis_property(raw: bytes) -> None:
    check(raw)


fuzz_one_input = hypothesis_property.hypothesis.fuzz_one_input


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
