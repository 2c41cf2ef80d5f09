"""Appointment files as practices export them, re-imported by `run --once` (issue 13):
an Excel CSV in Windows-1252 with empty rows, WAHR/FALSCH, seconds and '30,0'; an old
program's export in cp850 named by a per-source encoding; a duplicate external id; a
calendar series whose session is later dropped (EXDATE) or moved (RECURRENCE-ID), each
told to the patient once, the moved one reminded for its new time. Against the real
Dovecot and aiosmtpd.
"""

from __future__ import annotations

from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import BERLIN, Practice, write_config

pytestmark = pytest.mark.integration


def practice_with(
    root: Path,
    dovecot: DovecotServer,
    smtp: SmtpTestServer,
    sources_toml: str,
    now: datetime,
) -> Practice:
    folder = dovecot.fresh_folder()
    dovecot.create_folder(folder)
    config = write_config(root, dovecot=dovecot, folder=folder, smtp=smtp)
    text = config.read_text(encoding="utf-8").replace("sources = []", sources_toml)
    config.write_text(text, encoding="utf-8")
    return Practice(
        root=root,
        config=config,
        dovecot=dovecot,
        folder=folder,
        processed_folder=f"{folder}_Verarbeitet",
        smtp=smtp,
        state_path=root / "state" / "state.db",
        attachments_dir=root / "state" / "attachments",
        default_now=now.isoformat(),
    )


def mails_to(practice: Practice, address: str, *, since: int = 0) -> list[EmailMessage]:
    found = []
    for m in practice.smtp.messages[since:]:
        if address in m.rcpt_tos:
            message = message_from_bytes(m.content, policy=policy.default)
            assert isinstance(message, EmailMessage)
            found.append(message)
    return found


def subjects_to(practice: Practice, address: str, *, since: int = 0) -> list[str]:
    # a long subject is folded right after "Subject:"; unfolded it starts with a space
    return [str(m["Subject"]).strip() for m in mails_to(practice, address, since=since)]


def body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())  # type: ignore[attr-defined]


# --- CSV as practices export it --------------------------------------------------------

EXCEL_NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)  # a Tuesday morning
EXCEL_CSV = "\r\n".join(
    [
        "external_id;name;email;start;duration;kind;treatment;insurance;new_patient;video_link;;",
        "E-1;Jürgen Weiß;j.weiss@gmx.de;18.06.2026 14:00:00;30,0;phone;KG;private;WAHR;;;",
        ";;;;;;;;;;;",
        "E-2;Änne Groß;aenne@web.de;19.06.2026 09:00:00;45,0;phone;KG;private;FALSCH;;;",
        "E-3;Otto Öztürk;otto@web.de;2026-06-19 11:00;30;phone;KG;privat;FALSCH;;;",
        "E-2;Änne Groß;aenne@web.de;19.06.2026 10:00:00;45,0;phone;KG;private;FALSCH;;;",
        ";;;;;;;;;;;",
        "",
    ]
)
# A DOS-era practice program: cp850, where "ü" is 0x81 (undefined in cp1252) and "ä" is
# 0x84 (a '„' in cp1252): only the encoding named in the config reads it right.
OLD_PROGRAM_CSV = (
    "external_id,name,email,start,kind,treatment,insurance\n"
    "D-1,Käthe Müller,kaethe@web.de,2026-06-18 16:00,phone,KG,private\n"
)


def test_excel_and_old_program_exports_are_imported_as_the_practice_wrote_them(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> None:
    (tmp_path / "Termine.csv").write_bytes(EXCEL_CSV.encode("cp1252"))
    (tmp_path / "altprogramm.csv").write_bytes(OLD_PROGRAM_CSV.encode("cp850"))
    practice = practice_with(
        tmp_path,
        running_dovecot,
        smtp,
        'sources = ["Termine.csv", {path = "altprogramm.csv", encoding = "cp850"}]',
        EXCEL_NOW,
    )
    practice.run_once()
    practice.run_once(now=EXCEL_NOW.replace(minute=5).isoformat())  # again: nothing new

    rows = {r["external_id"]: r for r in practice.json("appointments", "list")}
    assert sorted(rows) == ["D-1", "E-1", "E-3"]
    assert rows["E-1"]["start"] == "2026-06-18T14:00:00+02:00"
    assert rows["E-1"]["name"] == "Jürgen Weiß"
    assert rows["D-1"]["name"] == "Käthe Müller"
    patients = {p["name"]: p for p in practice.json("patients", "list")}
    assert patients["Jürgen Weiß"]["new_patient"] is True  # WAHR
    assert patients["Otto Öztürk"]["new_patient"] is False

    to_juergen = mails_to(practice, "j.weiss@gmx.de")
    assert [str(m["Subject"]) for m in to_juergen].count(
        "Ihr Telefontermin am Donnerstag, 18. Juni 2026, 14:00 Uhr"
    ) == 1
    assert all("Guten Tag Jürgen Weiß" in body(m) for m in to_juergen)
    assert any("Anamnese" in body(m) for m in to_juergen)  # a new patient: forms asked for
    [to_kaethe] = mails_to(practice, "kaethe@web.de")
    assert "Guten Tag Käthe Müller" in body(to_kaethe)
    assert mails_to(practice, "aenne@web.de") == []  # neither of her two rows is taken

    # The duplicate id is for staff, naming both rows; the empty rows are nobody's work.
    alerts = [str(i["reason"]) for i in practice.json("review", "list") if i["kind"] == "alert"]
    assert len(alerts) == 2
    assert any(a.startswith("Termine.csv, Zeile 4: Termin abgelehnt: external_id") for a in alerts)
    assert any(a.startswith("Termine.csv, Zeile 6: Termin abgelehnt: external_id") for a in alerts)
    assert all("(lines 4, 6)" in a for a in alerts)


def test_a_file_that_is_not_text_is_named_for_staff(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> None:
    (tmp_path / "Termine.csv").write_bytes(b"PK\x03\x04" + bytes(200))
    practice = practice_with(
        tmp_path, running_dovecot, smtp, 'sources = ["Termine.csv"]', EXCEL_NOW
    )
    practice.run_once()
    [alert] = [str(i["reason"]) for i in practice.json("review", "list")]
    assert "Termine.csv: is an Excel workbook (.xlsx)" in alert
    assert practice.smtp.messages == [] or all(
        "team@" in ",".join(m.rcpt_tos) for m in practice.smtp.messages
    )


# --- a calendar series over its life -----------------------------------------------------

SERIES_NOW = datetime(2026, 10, 20, 10, 0, tzinfo=BERLIN)  # a Tuesday
PATIENT = "jonas.wolf@example.org"
SERIES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis//DE\r\n"
    "BEGIN:VEVENT\r\nUID:serie-9@praxis\r\nSUMMARY:Jonas Wolf - Telefon KG Privat\r\n"
    "ATTENDEE;CN=Jonas Wolf:mailto:jonas.wolf@example.org\r\n"
    "DTSTART;TZID=Europe/Berlin:20261027T100000\r\nDTEND;TZID=Europe/Berlin:20261027T103000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=4\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)
EXDATE = "EXDATE;TZID=Europe/Berlin:20261103T100000\r\n"
MOVED = (
    "BEGIN:VEVENT\r\nUID:serie-9@praxis\r\nSUMMARY:Jonas Wolf - Telefon KG Privat\r\n"
    "ATTENDEE;CN=Jonas Wolf:mailto:jonas.wolf@example.org\r\n"
    "RECURRENCE-ID;TZID=Europe/Berlin:20261110T100000\r\n"
    "DTSTART;TZID=Europe/Berlin:20261112T090000\r\nDTEND;TZID=Europe/Berlin:20261112T093000\r\n"
    "END:VEVENT\r\n"
)


def at(month: int, day: int, hour: int, minute: int = 0) -> str:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN).isoformat()


def test_a_series_session_dropped_or_moved_later_is_told_once_and_reminded_anew(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> None:
    ics = tmp_path / "kalender.ics"
    ics.write_text(SERIES, encoding="utf-8")
    practice = practice_with(
        tmp_path, running_dovecot, smtp, 'sources = ["kalender.ics"]', SERIES_NOW
    )
    practice.run_once()
    assert len(subjects_to(practice, PATIENT)) == 4  # one booking mail per session

    # The practice takes 3 November out of the series (EXDATE): cancelled, told once.
    ics.write_text(SERIES.replace("RRULE:", EXDATE + "RRULE:"), encoding="utf-8")
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(10, 21, 10))
    practice.run_once(now=at(10, 21, 11))
    assert subjects_to(practice, PATIENT, since=mark) == [
        "Termin abgesagt: Dienstag, 3. November 2026, 10:00 Uhr"
    ]
    status = {r["start"][:10]: r["status"] for r in practice.json("appointments", "list")}
    assert status == {
        "2026-10-27": "scheduled",
        "2026-11-03": "cancelled",
        "2026-11-10": "scheduled",
        "2026-11-17": "scheduled",
    }
    # No reminder for the dropped session the day before it.
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(11, 2, 10, 5))
    assert not any("3. November" in s for s in subjects_to(practice, PATIENT, since=mark))

    # The reminder for 10 November goes out; then the practice moves that session to
    # Thursday 12 November 09:00: "Termin verlegt" once, and a reminder for the new time.
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(11, 9, 10, 5))
    assert subjects_to(practice, PATIENT, since=mark) == [
        "Erinnerung: Ihr Telefontermin am Dienstag, 10. November 2026, 10:00 Uhr"
    ]
    moved = SERIES.replace("RRULE:", EXDATE + "RRULE:").replace(
        "END:VCALENDAR", MOVED + "END:VCALENDAR"
    )
    ics.write_text(moved, encoding="utf-8")
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(11, 9, 12))
    practice.run_once(now=at(11, 9, 13))
    assert subjects_to(practice, PATIENT, since=mark) == [
        "Termin verlegt: jetzt am Donnerstag, 12. November 2026, 09:00 Uhr"
    ]
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(11, 11, 9, 5))
    practice.run_once(now=at(11, 11, 9, 30))
    assert subjects_to(practice, PATIENT, since=mark) == [
        "Erinnerung: Ihr Telefontermin am Donnerstag, 12. November 2026, 09:00 Uhr"
    ]


def test_a_refused_calendar_event_reaches_staff_by_name_an_all_day_one_not_at_all(
    tmp_path: Path, running_dovecot: DovecotServer, smtp: SmtpTestServer
) -> None:
    closed = (
        "BEGIN:VEVENT\r\nUID:zu@praxis\r\nSUMMARY:Praxis geschlossen\r\n"
        "DTSTART;VALUE=DATE:20261030\r\nEND:VEVENT\r\n"
    )
    wrong = (
        "BEGIN:VEVENT\r\nUID:mt-1@praxis\r\nSUMMARY:Jonas Wolf - Telefon MT GKV\r\n"
        "ATTENDEE;CN=Jonas Wolf:mailto:jonas.wolf@example.org\r\n"
        "DTSTART;TZID=Europe/Berlin:20261029T080000\r\nEND:VEVENT\r\n"
    )
    (tmp_path / "kalender.ics").write_text(
        SERIES.replace("END:VCALENDAR", closed + wrong + "END:VCALENDAR"), encoding="utf-8"
    )
    practice = practice_with(
        tmp_path, running_dovecot, smtp, 'sources = ["kalender.ics"]', SERIES_NOW
    )
    practice.run_once()
    practice.run_once(now=at(10, 20, 11))
    assert len(practice.json("appointments", "list")) == 4  # the series; nothing else
    [alert] = [str(i["reason"]) for i in practice.json("review", "list")]
    assert alert.startswith(
        'kalender.ics, Termin "Jonas Wolf - Telefon MT GKV" (UID mt-1@praxis, 29.10.2026'
        " 08:00): Termin abgelehnt: treatment: Manuelle Therapie"
    )
