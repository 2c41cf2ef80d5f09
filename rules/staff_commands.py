"""Commands staff send by mail: "erledigt 12", "formular 12 anamnese", "bestätigt 12 am
16.03.", "abgesagt 7" — one per line, answered by one reply.

Parsing is pure and strict: a line is a command only when it is exactly one of the
forms below (case, umlaut spelling, a trailing full stop and extra blanks do not
matter); everything else is reported back as not understood, never guessed at. Which
mail is a command mail at all (`is_staff_command_mail`) and whether a command may run
(`refuse_confirmation`, `refuse_cancellation`) are decided here too; the shell executes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from rules.addresses import is_among
from rules.automation import find_automation
from rules.calendar import local_date
from rules.models import Appointment, InboundMail

MAX_COMMANDS = 20  # lines read per mail; the rest is reported as not read
MAX_LINE = 200  # a longer line is no command
MAX_ID_DIGITS = 9


class Verb(StrEnum):
    RESOLVE = "erledigt"
    ASSIGN_FORM = "formular"
    CONFIRM = "bestätigt"
    CANCEL = "abgesagt"


@dataclass(frozen=True, slots=True, kw_only=True)
class StaffCommand:
    verb: Verb
    number: int  # review item (erledigt, formular) or appointment (bestätigt, abgesagt)
    line: str  # as written, for the reply
    form_key: str = ""  # formular
    day: int = 0  # bestätigt: day and month as written; year only if written
    month: int = 0
    year: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class NotUnderstood:
    line: str
    hint: str = ""  # what was wrong, when the verb was recognised


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedCommands:
    commands: tuple[StaffCommand, ...]
    not_understood: tuple[NotUnderstood, ...]
    skipped_lines: int = 0  # beyond MAX_COMMANDS

    @property
    def needs_help(self) -> bool:
        return bool(self.not_understood) or not self.commands


_NUMBER = rf"#?(?P<number>[0-9]{{1,{MAX_ID_DIGITS}}})"
_FORMS = {
    Verb.RESOLVE: re.compile(rf"^erledigt\s+{_NUMBER}$"),
    Verb.ASSIGN_FORM: re.compile(rf"^formular\s+{_NUMBER}\s+(?P<key>[a-z][a-z0-9_]{{0,40}})$"),
    Verb.CONFIRM: re.compile(
        rf"^bestaetigt\s+{_NUMBER}\s+am\s+(?P<day>[0-9]{{1,2}})\.(?P<month>[0-9]{{1,2}})"
        r"(?:\.(?P<year>[0-9]{4}|[0-9]{2}))?$"
    ),
    Verb.CANCEL: re.compile(rf"^abgesagt\s+{_NUMBER}$"),
}
_VERB_WORDS = {
    "erledigt": Verb.RESOLVE,
    "formular": Verb.ASSIGN_FORM,
    "bestaetigt": Verb.CONFIRM,
    "abgesagt": Verb.CANCEL,
}
_HINTS = {
    Verb.RESOLVE: "so: erledigt 12",
    Verb.ASSIGN_FORM: "so: formular 12 anamnese",
    Verb.CONFIRM: "so: bestätigt 12 am 16.03.",
    Verb.CANCEL: "so: abgesagt 7",
}
# Greetings and closings staff write around their commands: neither run nor reported.
_POLITE = re.compile(
    r"^(hallo|hi|moin|guten (morgen|tag|abend)|liebe[sr]? [a-z ]+|danke( schoen| sehr)?"
    r"|vielen dank|(viele |beste |liebe |freundliche )?gruesse|gruss|lg|vg|mfg"
    r"|mit freundlichen gruessen)[ ,!.]*$"
)
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e]")


def _normal(line: str) -> str:
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", line)).casefold()
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return " ".join(text.split()).rstrip(".!")  # "abgesagt 7." / "am 16.03." end the same


def parse_staff_commands(text: str) -> ParsedCommands:
    """The commands in the staff's own text (quotes and signature already removed).

    Practice rule: one command per line; a blank line, a greeting or a closing ("Hallo",
    "Danke", "Viele Grüße") is nothing; any other line that is not exactly a command is
    not understood and nothing of it runs. At most MAX_COMMANDS
    lines are read: the rest is reported, not run.
    """
    commands: list[StaffCommand] = []
    not_understood: list[NotUnderstood] = []
    lines = [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not _POLITE.match(_normal(line[:MAX_LINE]))
    ]
    for line in lines[:MAX_COMMANDS]:
        parsed = _parse_line(line)
        if isinstance(parsed, StaffCommand):
            commands.append(parsed)
        else:
            not_understood.append(parsed)
    return ParsedCommands(
        commands=tuple(commands),
        not_understood=tuple(not_understood),
        skipped_lines=max(0, len(lines) - MAX_COMMANDS),
    )


def _parse_line(line: str) -> StaffCommand | NotUnderstood:
    shown = line[:80] + ("…" if len(line) > 80 else "")
    if len(line) > MAX_LINE:
        return NotUnderstood(line=shown)
    text = _normal(line)
    verb = _VERB_WORDS.get(text.split(" ", 1)[0]) if text else None
    if verb is None:
        return NotUnderstood(line=shown)
    match = _FORMS[verb].match(text)
    if match is None:
        return NotUnderstood(line=shown, hint=_HINTS[verb])
    number = int(match.group("number"))
    if verb is Verb.ASSIGN_FORM:
        return StaffCommand(verb=verb, number=number, line=shown, form_key=match.group("key"))
    if verb is Verb.CONFIRM:
        day, month = int(match.group("day")), int(match.group("month"))
        year_text = match.group("year")
        year = None if year_text is None else int(year_text) + (2000 if len(year_text) == 2 else 0)
        if not _is_real_day(day, month, year):
            return NotUnderstood(line=shown, hint="kein gültiges Datum")
        return StaffCommand(verb=verb, number=number, line=shown, day=day, month=month, year=year)
    return StaffCommand(verb=verb, number=number, line=shown)


def _is_real_day(day: int, month: int, year: int | None) -> bool:
    try:
        date(year or 2024, month, day)  # 2024: a leap year, so 29.02. without a year passes
    except ValueError:
        return False
    return True


def is_staff_sender(mail: InboundMail, staff: Iterable[str]) -> bool:
    """The mail's From is one of the configured staff addresses (rules/addresses.py)."""
    return is_among(mail.sender, staff)


def is_staff_command_mail(
    mail: InboundMail, *, staff: Sequence[str], practice_address: str
) -> bool:
    """A mail to be read as staff commands, never as a patient's mail.

    Practice rule: it comes from a configured staff address and is written by a person:
    an auto-reply, bounce or list mail from a staff address (an out-of-office note
    answering our alert) is automated mail as any other, never answered.
    """
    return (
        is_staff_sender(mail, staff)
        and find_automation(mail, practice_address=practice_address) is None
    )


def refuse_confirmation(
    command: StaffCommand,
    appointment: Appointment | None,
    *,
    already_confirmed: bool,
    now: datetime,
    zone: ZoneInfo,
) -> str | None:
    """Why a confirmation given by phone cannot be recorded, or None when it can.

    Practice rule: staff record what the patient told them on the phone for one held
    appointment that has begun and is not confirmed yet; the day they write must be the
    appointment's day (the year may be left out). An appointment in the practice is
    signed on the prescription and never confirmed. Anything else records nothing.
    """
    if appointment is None:
        return f"Termin {command.number} gibt es nicht."
    if not appointment.is_held:
        return f"Termin {command.number} ist abgesagt."
    if not appointment.kind.is_remote:
        return (
            f"Termin {command.number} ist eine Behandlung in der Praxis: sie wird auf der"
            " Verordnung unterschrieben, nicht bestätigt."
        )
    if already_confirmed or appointment.confirmed_at is not None:
        return f"Termin {command.number} ist schon bestätigt."
    if appointment.start > now:
        return f"Termin {command.number} hat noch nicht begonnen."
    held_on = local_date(appointment.start, zone)
    if (command.day, command.month) != (held_on.day, held_on.month) or (
        command.year is not None and command.year != held_on.year
    ):
        return f"Termin {command.number} war am {held_on:%d.%m.%Y}, nicht am genannten Tag."
    return None


def refuse_cancellation(
    command: StaffCommand, appointment: Appointment | None, *, already_confirmed: bool
) -> str | None:
    """Why an appointment cannot be cancelled by mail, or None when it can.

    Practice rule: a scheduled appointment is cancelled; a confirmed one is billed on
    and stays as it is.
    """
    if appointment is None:
        return f"Termin {command.number} gibt es nicht."
    if not appointment.is_held:
        return f"Termin {command.number} war schon abgesagt."
    if already_confirmed or appointment.confirmed_at is not None:
        return f"Termin {command.number} ist bestätigt und bleibt bestehen."
    return None


def confirmation_day(command: StaffCommand, appointment: Appointment, zone: ZoneInfo) -> date:
    """The day recorded: the appointment's day (checked by refuse_confirmation)."""
    return local_date(appointment.start, zone)


HELP_LINES = (
    "Befehle (einer pro Zeile, die Nummern stehen im Tagesbericht und in den Hinweisen):",
    "  erledigt 12                – Prüfpunkt 12 ist erledigt",
    "  formular 12 anamnese       – die unklaren Anhänge der Mail zu Prüfpunkt 12 sind der "
    "Anamnesebogen (Kürzel wie im Tagesbericht)",
    "  bestätigt 12 am 16.03.     – Patient hat Termin 12 am Telefon bestätigt",
    "  abgesagt 7                 – Termin 7 ist abgesagt",
)
