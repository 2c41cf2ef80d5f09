"""The yes-forms matrix (issue 17): plain yeses in every combination, and their mirror.

Run from the repository root: `.venv/bin/python -m tools.corpus.yes_forms` writes the
checked-in sample tests/data/canonical/yes_forms.tsv (run by tests/corpus/test_yes_forms.py);
`--matrix` runs every row through the rules and prints the figures and what fails.

A row is one sentence a patient writes: a subject ("", "die Behandlung", "die Telefonate",
"beide Termine", "meine Stunde", ...) x a list of 1-3 past days in one of the forms patients
use (with and without weekday, the month once at the end) x a predicate ("war", "hat
stattgefunden", "alle gehabt", "✅", "ok", "in Ordnung", "bestätigt", "Bestätige ...") x a
word order (days first, subject first, predicate first), sent as a new mail and as a reply
to our confirmation request for the first day. Expected: exactly those days, nobody needed.
The mirror inserts one blocker (negation, hedge, future, condition, question, cancellation,
someone else, another provider, a document, an earlier mail) into yes rows: it must confirm
nothing, new or reply.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from tools.corpus import data_dir

HERE = data_dir("canonical")
SAMPLE_EVERY = 23  # the checked-in sample: every 23rd yes row and mirror row

GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")  # fmt: skip


@dataclass(frozen=True)
class Case:
    mail: str  # practice time
    days: tuple[date, ...]  # three past Tuesdays; rows use the first 1-3


CASES = (
    Case("2026-02-19 18:00", (date(2026, 2, 3), date(2026, 2, 10), date(2026, 2, 17))),
    Case("2026-10-29 18:00", (date(2026, 10, 6), date(2026, 10, 13), date(2026, 10, 27))),
)


def one(day: date, form: str) -> str:
    """One day in one form."""
    return {
        "d.m.": f"{day.day}.{day.month}.",
        "dd.mm.": f"{day:%d.%m.}",
        "d.m": f"{day.day}.{day.month}",
        "dd.mm.yyyy": f"{day:%d.%m.%Y}",
        "d. Monat": f"{day.day}. {GERMAN_MONTHS[day.month - 1]}",
        "Wt d.m.": f"{GERMAN_WEEKDAYS[day.weekday()][:2]} {day.day}.{day.month}.",
        "Wochentag, d.m.": f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}.{day.month}.",
    }[form]


FORMS = ("d.m.", "dd.mm.", "d.m", "dd.mm.yyyy", "d. Monat", "Wt d.m.", "Wochentag, d.m.")


def day_list(days: tuple[date, ...], form: str) -> str:
    """ "3.2.", "3.2. und 10.2.", "3.2., 10.2. und 17.2."; form "month at end": "3., 10. und
    17.2." (only for days of one month)."""
    if form == "month at end":
        heads = [f"{d.day}." for d in days[:-1]]
        last = f"{days[-1].day}.{days[-1].month}."
    elif form == "month name at end":
        heads = [f"{d.day}." for d in days[:-1]]
        last = f"{days[-1].day}. {GERMAN_MONTHS[days[-1].month - 1]}"
    else:
        heads = [one(d, form) for d in days[:-1]]
        last = one(days[-1], form)
    if not heads:
        return last
    return f"{', '.join(heads)} und {last}"


LIST_FORMS = (*FORMS, "month at end", "month name at end")


def subjects(count: int) -> tuple[tuple[str, bool], ...]:
    """(subject, plural) for a list of `count` days."""
    if count == 1:
        return (
            ("", False),
            ("die Behandlung", False),
            ("der Termin", False),
            ("das Telefonat", False),
            ("meine Stunde", False),
            ("die Videobehandlung", False),
        )
    both = ("beide Termine", True) if count == 2 else ("alle drei Termine", True)
    return (
        ("", True),
        ("die Behandlungen", True),
        ("die Termine", True),
        ("die Telefonate", True),
        both,
        ("meine Stunden", True),
    )


@dataclass(frozen=True)
class Predicate:
    name: str
    days_first: str | None  # "{D} waren" ({V}: war/waren, {H}: hat/haben)
    subject_first: str | None  # "{S} am {D} {V}"
    predicate_first: str | None  # "Bestätigt: {D}"


PREDICATES = (
    Predicate("war", "{D} {V}.", "{S} am {D} {V}.", None),
    Predicate("war alle", "{D} {V} alle.", None, None),
    Predicate(
        "stattgefunden",
        "{D} {H} stattgefunden.",
        "{S} am {D} {H} stattgefunden.",
        "Stattgefunden: {D}",
    ),
    Predicate("alle gehabt", "{D} – alle gehabt.", None, None),
    Predicate("check", "{D} ✅", "{S} am {D} ✅", "✅ {D}"),
    Predicate("ok", "{D} ok", "{S} am {D} ok", "OK: {D}"),
    Predicate("in Ordnung", "{D} {V} in Ordnung.", "{S} am {D} {V} in Ordnung.", None),
    Predicate("bestätigt", "{D} bestätigt.", "{S} am {D} bestätigt.", "Bestätigt: {D}"),
    Predicate("bestätige", None, None, "Bestätige {S} am {D}."),
    Predicate("ich bestätige", None, None, "Ich bestätige {S} am {D}."),
    Predicate("wahrgenommen", None, "{S} am {D} wahrgenommen.", "Wahrgenommen: {D}"),
    # the therapist as the one who acted ("angerufen" is read as a phone session, and the
    # matrix's appointments are video ones: tests/unit/test_plain_yes.py has the calls)
    Predicate("Kollegin geübt", "Am {D} hat Ihre Kollegin pünktlich mit mir geübt.", None, None),
    Predicate("Therapeut geübt", "Der Therapeut hat am {D} mit mir geübt.", None, None),
    Predicate("normal gemacht", "{D} ganz normal gemacht.", None, None),
)


@dataclass(frozen=True)
class Row:
    mail_date: str
    sentence: str
    days: tuple[str, ...]  # ISO
    reply: bool
    blocker: str  # "" for a yes row, else the kind inserted
    pattern: str  # predicate / order / form / subject, for the figures

    @property
    def expect(self) -> str:
        return "none" if self.blocker else "days"


def _sentence(template: str, subject: str, plural: bool, days: str) -> str:
    if not subject:  # "Am 3.2. war.", "Bestätige 3.2."
        template = template.replace("{S} am ", "am " if template.startswith("{S}") else "")
    if template.startswith(("Bestätige", "Ich bestätige")) and subject.startswith("der "):
        subject = "den " + subject[4:]  # the accusative: "Bestätige den Termin am 3.2."
    text = template.format(
        S=subject, D=days, V="waren" if plural else "war", H="haben" if plural else "hat"
    )
    text = text.replace("..", ".")
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class _Yes:
    """One yes sentence and the parts it was made of."""

    mail: str
    days: tuple[date, ...]
    written: str  # the days as written
    subject: str
    plural: bool
    sentence: str
    pattern: str


def _yeses() -> Iterator[_Yes]:
    for case in CASES:
        for count in (1, 2, 3):
            days = case.days[:count]
            for form in LIST_FORMS:
                if count == 1 and form in ("month at end", "month name at end"):
                    continue
                written = day_list(days, form)
                for predicate in PREDICATES:
                    if count == 1 and predicate.name in ("war alle", "alle gehabt"):
                        continue
                    orders = (
                        ("days first", predicate.days_first, (("", count > 1),)),
                        ("subject first", predicate.subject_first, subjects(count)),
                        ("predicate first", predicate.predicate_first, subjects(count)[:3]),
                    )
                    for order, template, subject_list in orders:
                        if template is None:
                            continue
                        for subject, plural in subject_list:
                            yield _Yes(
                                case.mail,
                                days,
                                written,
                                subject,
                                plural,
                                _sentence(template, subject, plural, written),
                                f"{predicate.name} / {order} / {form} / {subject or '-'}",
                            )


def yes_rows() -> Iterator[Row]:
    """Every yes row, new mail and reply."""
    for yes in _yeses():
        for reply in (False, True):
            iso = tuple(d.isoformat() for d in yes.days)
            yield Row(yes.mail, yes.sentence, iso, reply, "", yes.pattern)


def _open(sentence: str) -> str:
    return sentence.rstrip(".!")


def _lower(sentence: str) -> str:
    return sentence if sentence[:2].isupper() else sentence[:1].lower() + sentence[1:]


def _negated(sentence: str) -> str:
    for word, negated in (
        (" waren", " waren nicht"), (" war", " war nicht"), (" stattgefunden", " nicht stattgefunden"),
        (" bestätigt", " nicht bestätigt"), ("Bestätigt:", "Nicht bestätigt:"),
        (" ok", " nicht ok"), ("OK:", "Nicht OK:"), ("✅", "❌ nicht"), ("gehabt", "nicht gehabt"),
        (" wahrgenommen", " nicht wahrgenommen"), ("Wahrgenommen:", "Nicht wahrgenommen:"),
        ("Stattgefunden:", "Nicht stattgefunden:"), ("Ich bestätige", "Ich bestätige nicht"),
        ("Bestätige", "Kann nicht bestätigen:"), (" geübt", " nicht geübt"),
        (" gemacht", " nicht gemacht"),
    ):  # fmt: skip
        if word in sentence:
            return sentence.replace(word, negated, 1)
    return f"Nicht: {sentence}"


def _whose(yes: _Yes, owner: str) -> str:
    """The sessions as someone else's or another provider's: "die Termine meiner Tochter am
    3.2.", "die Ergotherapie am 3.2."."""
    return f"{owner} am {yes.written}"


# One blocker of each kind, made into a yes sentence or built from its parts.
BLOCKERS: dict[str, Callable[[_Yes], str]] = {
    "negation": lambda y: _negated(y.sentence),
    "hedge": lambda y: f"{_open(y.sentence)}, glaube ich.",
    "future": lambda y: f"Ich bestätige erst nächste Woche, ob {_lower(_open(y.sentence))}.",
    "condition": lambda y: f"Falls {_lower(_open(y.sentence))}, bitte kurz melden.",
    "question": lambda y: f"{_open(y.sentence)}?",
    "cancellation": lambda y: f"{_open(y.sentence)} – nein, wurde abgesagt.",
    "someone else": lambda y: (
        f"{_whose(y, 'Die Stunden meiner Tochter' if y.plural else 'Die Stunde meiner Tochter')}"
        f" {'haben' if y.plural else 'hat'} stattgefunden."
    ),
    "another provider": lambda y: (
        f"{_whose(y, 'Die Ergotherapie')} {'waren' if y.plural else 'war'} in Ordnung."
    ),
    "a document": lambda y: f"Die Rechnung für {y.written} ist angekommen, danke.",
    "an earlier mail": lambda y: (
        f"Hatte ich Ihnen bereits in meiner letzten Mail bestätigt: {y.written}."
    ),
}


def mirror_rows() -> Iterator[Row]:
    """Each yes sentence with one kind of blocker (in turn), new mail and reply: confirms
    nothing."""
    for number, yes in enumerate(_yeses()):
        kind = list(BLOCKERS)[number % len(BLOCKERS)]
        sentence = BLOCKERS[kind](yes)
        iso = tuple(d.isoformat() for d in yes.days)
        for reply in (False, True):
            yield Row(yes.mail, sentence, iso, reply, kind, yes.pattern)


def sample() -> list[Row]:
    """The checked-in sample: every SAMPLE_EVERY-th yes and mirror row."""
    return [
        row
        for rows in (list(yes_rows()), list(mirror_rows()))
        for number, row in enumerate(rows)
        if number % SAMPLE_EVERY == 0
    ]


HEADER = ("mail_date", "sentence", "days", "reply", "blocker", "pattern", "known_failure")


def write() -> None:
    """Write the sample, keeping the known_failure of rows that still exist."""
    path = HERE / "yes_forms.tsv"
    known: dict[tuple[str, str, str], str] = {}
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for old in csv.DictReader(fh, delimiter="\t"):
                known[old["mail_date"], old["sentence"], old["reply"]] = old["known_failure"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(HEADER)
        for row in sample():
            reply = "yes" if row.reply else "no"
            out.writerow(
                (
                    row.mail_date,
                    row.sentence,
                    ",".join(row.days),
                    reply,
                    row.blocker,
                    row.pattern,
                    known.get((row.mail_date, row.sentence, reply), ""),
                )
            )


def explore() -> None:
    """Run every row through the rules (tests/corpus/test_yes_forms.py's mail) and print the
    figures, then every failing row: billing bugs first."""
    from tests.corpus.test_yes_forms import outcome

    figures: Counter[str] = Counter()
    failing: list[str] = []
    for rows, kind in ((yes_rows(), "yes"), (mirror_rows(), "mirror")):
        for row in rows:
            result = outcome(row.mail_date, row.sentence, row.days, row.reply, row.blocker)
            figures[f"{kind} rows"] += 1
            figures[f"{kind} {result}"] += 1
            if result != "pass":
                failing.append(f"{result}\t{kind}\t{'reply' if row.reply else 'new'}\t"
                               f"{row.mail_date}\t{row.sentence}\t{row.pattern}")  # fmt: skip
    for key in sorted(figures):
        print(f"{key}: {figures[key]}")
    for line in sorted(failing, key=lambda line: not line.startswith("false")):
        print(line)


def main() -> None:
    if "--matrix" in sys.argv:
        explore()
        return
    write()


if __name__ == "__main__":
    main()
