"""Measure the `authres` package against our Authentication-Results table (issue 12.1).

    python -m venv /tmp/authres && /tmp/authres/bin/pip install authres==1.2.0
    PYTHONPATH=. /tmp/authres/bin/python bench/measure_authres.py

Runs every case of tests/unit/authentication_table.py through authres 1.2.0 (the
topmost header of our authserv-id, the same decision on its parsed results as
rules/authentication.py) and through our reader, and prints where each is wrong. A
header authres cannot parse counts as "no pass" (fail closed), like ours.
"""

from __future__ import annotations

import sys

from rules.authentication import MethodResult, _domain, _vouches_for, is_authenticated
from tests.unit.authentication_table import ALL, AuthCase, mail


def authres_verdict(case: AuthCase) -> tuple[bool, str]:
    import authres  # type: ignore[import-not-found]

    if case.sender is None or not case.authserv_id:
        return False, ""
    for value in case.headers:
        try:
            parsed = authres.all_features().parse_value(value)
        except Exception as exc:
            # the topmost header of ours might be the unreadable one: cannot know its id
            if value.strip().lower().startswith(case.authserv_id.lower()):
                return False, f"raised {type(exc).__name__}"
            continue
        if parsed.authserv_id != case.authserv_id.lower():
            continue
        results = tuple(
            MethodResult(
                method=str(r.method).lower(),
                result=str(r.result).lower(),
                properties=tuple(
                    (f"{p.type}.{p.name}".lower(), str(p.value)) for p in r.properties
                ),
            )
            for r in parsed.results
        )
        return _vouches_for(results, _domain(case.sender)), ""
    return False, ""


def main() -> int:
    wrong = {"authres": 0, "ours": 0}
    for name, case in ALL.items():
        theirs, note = authres_verdict(case)
        ours = is_authenticated(mail(case.sender, *case.headers), case.authserv_id)
        for label, verdict in (("authres", theirs), ("ours", ours)):
            if verdict is not case.authenticated:
                wrong[label] += 1
                kind = "FORGERY ACCEPTED" if verdict else "genuine refused"
                print(f"{label:8} {kind:17} {name} {note if label == 'authres' else ''}")
    print(f"cases={len(ALL)} authres_wrong={wrong['authres']} ours_wrong={wrong['ours']}")
    return 1 if wrong["ours"] else 0


if __name__ == "__main__":
    sys.exit(main())
