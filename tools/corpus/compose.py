"""Write the composition matrix of mixed mails, tests/data/canonical/compose.tsv (issue 17).

Run from the repository root: `.venv/bin/python -m tools.corpus.compose` writes the checked-in
sample; `--matrix` runs every combination through the rules and prints the figures (rows,
exact, false confirmations, by kind of other business) and every failing row (`--quiet`:
the figures only); `--sample` does the same for the sample; `--mark REASON` sets the
sample's `known_failure` to REASON on failing rows and clears it on passing ones.

A mixed mail has two parts: one plainly confirms one to three days (CONFIRMS: a dozen plain
forms in several date forms, short ones like "3.3. und 5.3. waren gut" too), the other is
other business (OTHERS: a question on another topic, a reschedule or cancellation of a FUTURE
day, another day that did not take place, a day confirmed in an earlier mail, a harmless
remark, a complaint). Each pair is written in both orders, with five joiners (". ", a line
break, ", aber ", " – ", "; "), as a new mail and as a reply to our confirmation request for
the confirmation's first day, and (`reply_other`) as a reply to our request for the other
part's day when it says that day did not take place. A careful employee records exactly the confirmation part's
days, and sends the mail to staff whenever the other part needs a person (everything but a
harmless remark); the other part's day is never recorded.

Its mirror (SAME_DAY): the other business touches the confirmation part's own first day
("3.3. war gut. Am 3.3. hat aber niemand angerufen"): that day is never recorded, the mail
goes to staff, the confirmation part's other days still count.

The practice: one patient, the mail written on Thursday 12 March 2026 at 18:00; open
appointments on every day the mail names (the other day Monday 9 March, the future day
Tuesday 17 March) and decoys one week before each confirmed day, so a misread day shows.
`known_failure` (kept on regeneration for rows that still exist) says why a row of the
sample fails today; tests/corpus/test_compose.py runs them as strict xfails, and a row
that records a day not in `expected` is a BILLING BUG whatever its mark.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass

from tools.corpus import data_dir

HERE = data_dir("canonical")
MAIL_DATE = "2026-03-12 18:00"  # a Thursday
OTHER_DAY = "2026-03-09"  # Monday: the day the other business says did not take place
FUTURE_DAY = "2026-03-17"  # Tuesday next week: the day to move or cancel
JOINERS = (". ", "\n", ", aber ", " – ", "; ")
ORDERS = ("confirm_first", "other_first")
MAILS = ("new", "reply")


@dataclass(frozen=True)
class Confirm:
    text: str
    days: tuple[str, ...]  # ISO days it confirms, the first one first
    first: str  # the first day as "3.3.", for the mirror's sentence about the same day


@dataclass(frozen=True)
class Other:
    kind: str  # question, reschedule, cancel, ill, practice_cancelled, holiday, doctor,
    # nobody_called, broke_off, earlier, remark, complaint
    text: str  # "{day}" is the confirmation's first day in the mirror
    staff: bool  # a person must read it
    days: tuple[str, ...] = ()  # the days it names (never recorded)


CONFIRMS = (
    Confirm("Die Behandlung am 10.3. hat stattgefunden.", ("2026-03-10",), "10.3."),
    Confirm("Ich bestätige den Erhalt der Leistung am 5.3.", ("2026-03-05",), "5.3."),
    Confirm("3.3. und 5.3. waren gut.", ("2026-03-03", "2026-03-05"), "3.3."),
    Confirm(
        "Die Termine am 3. März und 10. März haben stattgefunden.",
        ("2026-03-03", "2026-03-10"),
        "3.3.",
    ),
    Confirm(
        "Hiermit bestätige ich die Behandlungen vom 03.03.2026, 05.03.2026 und 10.03.2026.",
        ("2026-03-03", "2026-03-05", "2026-03-10"),
        "3.3.",
    ),
    Confirm("Die Videobehandlung gestern hat gut geklappt.", ("2026-03-11",), "11.3."),
    Confirm(
        "Die Behandlungen am 3., 5. und 10. März haben stattgefunden.",
        ("2026-03-03", "2026-03-05", "2026-03-10"),
        "3.3.",
    ),
    Confirm(
        "Am Dienstag, 10. März, hatte ich meine Behandlung, die hat stattgefunden.",
        ("2026-03-10",),
        "10.3.",
    ),
    Confirm("Ich bestätige die Behandlung vom 05.03.", ("2026-03-05",), "5.3."),
    Confirm("Termin 10.3. hat geklappt, danke.", ("2026-03-10",), "10.3."),
    Confirm(
        "Das Telefonat am 3.3. und das am 5.3. haben stattgefunden.",
        ("2026-03-03", "2026-03-05"),
        "3.3.",
    ),
    Confirm(
        "Letzten Dienstag (10.3.) fand die Therapie statt.",
        ("2026-03-10",),
        "10.3.",
    ),
)

OTHERS = (
    Other(kind="question", text="Können Sie mir die Rechnung für März schicken?", staff=True),
    Other(
        kind="question", text="Brauche ich ein neues Rezept für die nächsten Termine?", staff=True
    ),
    Other(kind="question", text="Wann ist eigentlich mein nächster Termin?", staff=True),
    Other(kind="question", text="Muss ich die Formulare noch einmal ausfüllen?", staff=True),
    Other(
        kind="cancel",
        text="Den Termin am 17.3. muss ich leider absagen.",
        staff=True,
        days=(FUTURE_DAY,),
    ),
    Other(
        kind="cancel",
        text="Nächsten Dienstag kann ich leider nicht kommen.",
        staff=True,
        days=(FUTURE_DAY,),
    ),
    Other(
        kind="reschedule",
        text="Können wir den Termin am 17.3. auf 16 Uhr verschieben?",
        staff=True,
        days=(FUTURE_DAY,),
    ),
    Other(
        kind="reschedule",
        text="Den Termin am Dienstag, 17. März, möchte ich bitte verlegen.",
        staff=True,
        days=(FUTURE_DAY,),
    ),
    Other(kind="ill", text="Am 9.3. war ich krank.", staff=True, days=(OTHER_DAY,)),
    Other(
        kind="practice_cancelled",
        text="Der Termin am 9.3. ist ausgefallen, die Praxis hatte abgesagt.",
        staff=True,
        days=(OTHER_DAY,),
    ),
    Other(kind="holiday", text="Am 9.3. war ich im Urlaub.", staff=True, days=(OTHER_DAY,)),
    Other(
        kind="doctor",
        text="Am 9.3. musste ich zum Arzt, die Behandlung fiel aus.",
        staff=True,
        days=(OTHER_DAY,),
    ),
    Other(
        kind="nobody_called",
        text="Am 9.3. hat niemand angerufen.",
        staff=True,
        days=(OTHER_DAY,),
    ),
    Other(
        kind="broke_off",
        text="Am 9.3. ist der Ton nach zehn Minuten abgebrochen.",
        staff=True,
        days=(OTHER_DAY,),
    ),
    Other(
        kind="earlier",
        text="Den 9.3. hatte ich Ihnen schon bestätigt.",
        staff=True,
        days=(OTHER_DAY,),
    ),
    Other(
        kind="earlier",
        text="Den 9.3. hatte ich Ihnen schon in meiner Mail vom 12.3. früh bestätigt.",
        staff=True,
        days=(OTHER_DAY,),
    ),
    # session 13: absences and sessions cut short in the words of blind sets FB-FN, and a
    # weekday for the other day ("Montag" is 9 March, written on Thursday the 12th)
    Other(
        kind="ill", text="Am Montag konnte ich nicht, ich lag flach.", staff=True, days=(OTHER_DAY,)
    ),
    Other(kind="holiday", text="Am 9.3. war ich noch im Büro.", staff=True, days=(OTHER_DAY,)),
    Other(
        kind="nobody_called", text="Montag hab ich verpennt, sorry.", staff=True, days=(OTHER_DAY,)
    ),
    Other(
        kind="broke_off",
        text="Am 9.3. waren es eher 15 Minuten, ich musste zum Zug.",
        staff=True,
        days=(OTHER_DAY,),
    ),
    Other(
        kind="nobody_called", text="Letzten Montag hab ich verpennt.", staff=True, days=(OTHER_DAY,)
    ),
    Other(
        kind="ill", text="Termin 9.3. hab ich verpasst, war krank.", staff=True, days=(OTHER_DAY,)
    ),
    # session 14: a day excepted in the words of blind set GC ("mit Ausnahme vom" had billed
    # the day excepted beside "sämtliche Termine im Februar")
    Other(
        kind="ill", text="Mit Ausnahme vom 9.3., da war ich krank.", staff=True, days=(OTHER_DAY,)
    ),
    Other(kind="remark", text="Die Therapeutin ist sehr nett.", staff=False),
    Other(kind="remark", text="Mein Sohn hilft mir beim Schreiben.", staff=False),
    Other(kind="remark", text="Vielen Dank für alles!", staff=False),
    Other(
        kind="complaint",
        text="Ich möchte mich über die lange Wartezeit am Telefon beschweren.",
        staff=True,
    ),
    Other(kind="complaint", text="Mit der Terminvergabe bin ich sehr unzufrieden.", staff=True),
)

# The same kinds of business about the confirmation's own first day.
SAME_DAY = (
    Other(kind="ill", text="Am {day} war ich aber krank.", staff=True),
    Other(
        kind="practice_cancelled",
        text="Der Termin am {day} ist ausgefallen, die Praxis hatte abgesagt.",
        staff=True,
    ),
    Other(kind="holiday", text="Am {day} war ich im Urlaub.", staff=True),
    Other(kind="doctor", text="Am {day} musste ich zum Arzt, die Behandlung fiel aus.", staff=True),
    Other(kind="nobody_called", text="Am {day} hat aber niemand angerufen.", staff=True),
    Other(kind="broke_off", text="Am {day} ist der Ton nach zehn Minuten abgebrochen.", staff=True),
    Other(kind="earlier", text="Den {day} hatte ich Ihnen schon bestätigt.", staff=True),
    Other(
        kind="earlier",
        text="Den {day} hatte ich Ihnen schon in meiner Mail vom 12.3. früh bestätigt.",
        staff=True,
    ),
    Other(kind="question", text="Hat der Termin am {day} überhaupt gezählt?", staff=True),
    Other(kind="holiday", text="Am {day} war ich aber noch im Büro.", staff=True),
    Other(kind="nobody_called", text="Den {day} hab ich aber verpennt.", staff=True),
    Other(kind="ill", text="Mit Ausnahme vom {day}, da war ich krank.", staff=True),
    # blind FU fu18
    Other(kind="broke_off", text="Am {day} hatten wir aber nur die halbe Zeit.", staff=True),
    Other(
        kind="broke_off",
        text="Am {day} waren es aber eher 15 Minuten, ich musste zum Zug.",
        staff=True,
    ),
    Other(
        kind="complaint",
        text="Am {day} war die Behandlung aber nur zehn Minuten lang.",
        staff=True,
    ),
)

# Words that open a part and are written in lower case after ", aber ", " – " or "; ".
_LOWER_AFTER_JOIN = frozenset(
    [
        "Die",
        "Der",
        "Den",
        "Das",
        "Am",
        "Ich",
        "Können",
        "Wann",
        "Muss",
        "Brauche",
        "Mein",
        "Mit",
        "Vielen",
        "Nächsten",
        "Hat",
        "Letzten",
        "Hiermit",
        "Termin",
    ]
)
_ENDS_WITH_DATE = re.compile(r"(?<!\d{3})\d\.$")  # "am 5.3." keeps its dot, "2026." not


def join(first: str, second: str, joiner: str) -> str | None:
    """The two parts as one text, or None when the joiner does not fit (a question before
    ", aber")."""
    if joiner in (". ", "\n"):
        return f"{first}{' ' if joiner == '. ' else joiner}{second}"
    if first.endswith(("?", "!")):
        if joiner != " – ":
            return None
    elif first.endswith(".") and not _ENDS_WITH_DATE.search(first):
        first = first[:-1]
    word, _, rest = second.partition(" ")
    if word in _LOWER_AFTER_JOIN:
        second = f"{word.lower()} {rest}"
    return f"{first}{joiner}{second}"


Row = dict[str, str]
HEADER = ("mail", "text", "expected", "forbidden", "needs_staff", "group", "kind", "kinds")


def _row(mail: str, text: str, confirm: Confirm, other: Other, *, mirror: bool) -> Row:
    if mirror:
        expected = confirm.days[1:]
        forbidden = (confirm.days[0], *other.days)
    else:
        expected = confirm.days
        forbidden = other.days
    kind = "phone" if re.search(r"telefon|anruf", confirm.text, re.I) else "video"
    return {
        "mail": mail,
        "text": text,
        "expected": ",".join(expected),
        "forbidden": ",".join(forbidden),
        "needs_staff": "true" if other.staff or mirror else "false",
        "group": "same_day" if mirror else "other_day",
        "kind": other.kind,
        "kinds": kind,
    }


def combinations(confirms: tuple[Confirm, ...] = CONFIRMS, *, every: bool = True) -> list[Row]:
    """Every combination (`every`), or the sample: each other part in every order, joiner
    and mail with the confirmation parts taken round robin."""
    out: list[Row] = []
    turn = 0
    for mirror, others in ((False, OTHERS), (True, SAME_DAY)):
        for other in others:
            for order in ORDERS:
                for joiner in JOINERS:
                    for mail in MAILS:
                        chosen = confirms if every else (confirms[turn % len(confirms)],)
                        turn += 1
                        for confirm in chosen:
                            text = other.text.replace("{day}", confirm.first)
                            parts = (
                                (confirm.text, text)
                                if order == "confirm_first"
                                else (text, confirm.text)
                            )
                            if (joined := join(*parts, joiner)) is not None:
                                out.append(_row(mail, joined, confirm, other, mirror=mirror))
    # answers to our request for the day the other part says did not take place
    turn = 0
    for other in (o for o in OTHERS if o.days == (OTHER_DAY,)):
        for order in ORDERS:
            for joiner in JOINERS:
                chosen = confirms if every else (confirms[turn % len(confirms)],)
                turn += 1
                for confirm in chosen:
                    parts = (
                        (confirm.text, other.text)
                        if order == "confirm_first"
                        else (other.text, confirm.text)
                    )
                    if (joined := join(*parts, joiner)) is not None:
                        out.append(_row("reply_other", joined, confirm, other, mirror=False))
    return out


def write(table: list[Row]) -> None:
    """Write the sample, keeping the known_failure of rows that still exist."""
    path = HERE / "compose.tsv"
    old: dict[tuple[str, str], str] = {}
    if path.exists():
        for row in read():
            old[(row["mail"], row["text"])] = row["known_failure"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow([*HEADER, "known_failure"])
        for row in table:
            known = old.get((row["mail"], row["text"]), "")
            out.writerow([*(row[k].replace("\n", "\\n") for k in HEADER), known])
    print(f"compose.tsv: {len(table)} rows")


def read() -> list[Row]:
    """The checked-in sample (a line break in a text is written as \\n)."""
    with (HERE / "compose.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for row in rows:
        row["text"] = row["text"].replace("\\n", "\n")
    return rows


def outcome(row: Row) -> str:
    """How the rules decide one row: "exact", "staff" (nothing wrong recorded but not
    exactly the expected days, or staff wrongly (not) called), or "false" (a day outside
    `expected` recorded: a billing bug)."""
    from tests.corpus import test_compose as run

    got, wanted, staff = run.decide_row(row)
    if not got <= wanted:
        return "false"
    if got != wanted or staff != (row["needs_staff"] == "true"):
        return "staff"
    return "exact"


def explore(table: list[Row], *, show: bool = True) -> Counter[str]:
    """Run every row and print the figures (and every failing row when `show`)."""
    figures: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    for row in table:
        result = outcome(row)
        figures[result] += 1
        by_kind.setdefault(f"{row['group']}/{row['kind']}", Counter())[result] += 1
        if show and result != "exact":
            flat = row["text"].replace("\n", " / ")
            print(f"{result.upper()}\t{row['mail']}\t{flat}")
    print(
        f"rows {len(table)}: exact {figures['exact']}, staff or not exact {figures['staff']}, "
        f"FALSE CONFIRMATIONS {figures['false']}"
    )
    for key, counts in sorted(by_kind.items()):
        total = sum(counts.values())
        print(f"  {key}: {counts['exact']}/{total} exact, false {counts['false']}")
    return figures


def mark(reason: str) -> None:
    """Set `known_failure` of every failing row of the sample to `reason` (with what it
    decides) and clear it on every passing row; a billing bug is never marked."""
    from tests.corpus import test_compose as run

    table = read()
    for row in table:
        got, wanted, staff = run.decide_row(row)
        if not got <= wanted:
            raise SystemExit(f"BILLING BUG, not marked: {row['text']!r}")
        fine = got == wanted and staff == (row["needs_staff"] == "true")
        row["known_failure"] = "" if fine else f"{reason} (recorded {len(got)}/{len(wanted)})"
    with (HERE / "compose.tsv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow([*HEADER, "known_failure"])
        for row in table:
            out.writerow([*(row[k].replace("\n", "\\n") for k in HEADER), row["known_failure"]])
    print(f"compose.tsv: {sum(bool(r['known_failure']) for r in table)} rows marked")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if "--mark" in args:
        mark(args[args.index("--mark") + 1])
        return
    if "--matrix" in args:
        explore(combinations(), show="--quiet" not in args)
        return
    if "--sample" in args:
        explore(read(), show="--quiet" not in args)
        return
    write(combinations(every=False))


if __name__ == "__main__":
    main()
