"""Reading appointment files as practices export them (issue 13 "Imports as practices
export them"): encodings, Excel's empty rows and values, duplicate ids, calendar events
named by what they are. `read_bookings` takes bytes and a name and stores nothing."""

from __future__ import annotations

import codecs
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from rules.bookings import BookingError, BookingRequest
from rules.models import TelemedicinePolicy
from worker.adapters.booking_files import BookingFile, decode_text, read_bookings
from worker.errors import ConfigError

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)
HEADER = "external_id;name;email;start;duration;kind;treatment;insurance;new_patient;video_link"
ROW = "T-1;Jürgen Weiß;j.weiss@gmx.de;05.03.2026 11:30;30;phone;KG;private;nein;"


def read(data: bytes, name: str = "termine.csv", encoding: str | None = None) -> BookingFile:
    return read_bookings(
        data, name=name, zone=BERLIN, policy=TelemedicinePolicy(), now=NOW, encoding=encoding
    )


def bookings(result: BookingFile) -> list[BookingRequest]:
    return [r.item for r in result.rows if isinstance(r.item, BookingRequest)]


def refusals(result: BookingFile) -> dict[str, str]:
    return {str(r.ref): str(r.item) for r in result.rows if isinstance(r.item, BookingError)}


# --- encodings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(f"{HEADER}\n{ROW}\n".encode(), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + f"{HEADER}\r\n{ROW}\r\n".encode(), "utf-8", id="utf-8-bom"),
        pytest.param(f"{HEADER}\r\n{ROW}\r\n".encode("cp1252"), "cp1252", id="excel-cp1252"),
        pytest.param(f"{HEADER}\n{ROW}\n".encode("latin-1"), "cp1252", id="latin-1"),
        pytest.param(
            f"{HEADER}\r\n{ROW}\r\n".replace(";", "\t").encode("utf-16"), "utf-16",
            id="excel-unicode-text",
        ),
    ],
)  # fmt: skip
def test_encodings_as_practices_export_them(data: bytes, encoding: str) -> None:
    result = read(data)
    assert result.encoding == encoding
    [booking] = bookings(result)
    assert booking.name == "Jürgen Weiß"


def test_a_cp1252_file_keeps_its_typographic_characters() -> None:
    # 0x80-0x9F: where cp1252 differs from latin-1 (Excel writes „quotes“ and the EUR sign)
    row = ROW.replace("Jürgen Weiß", "Jürgen „Jo“ Weiß")
    [booking] = bookings(read(f"{HEADER}\n{row}\n".encode("cp1252")))
    assert booking.name == "Jürgen „Jo“ Weiß"


def test_an_explicit_encoding_is_used_as_given() -> None:
    data = f"{HEADER}\n{ROW}\n".encode("latin-1")
    assert read(data, encoding="latin-1").encoding == "iso8859-1"
    with pytest.raises(ConfigError, match=r"termine\.csv: not utf-8 text \(byte 0xfc"):
        read(data, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"termine\.csv: unknown encoding 'klingonisch'"):
        read(data, encoding="klingonisch")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"name;email\n\x81\x8d\xe4\n", "neither UTF-8 nor Windows-1252", id="neither"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "an Excel workbook", id="xlsx"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Excel workbook", id="xls"),
        pytest.param(b"n\x00a\x00m\x00e\x00", "not a text file", id="utf-16-without-bom"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_text_is_refused_naming_it(data: bytes, message: str) -> None:
    with pytest.raises(ConfigError, match=rf"^/praxis/termine\.csv: .*{message}"):
        decode_text(data, name="/praxis/termine.csv")


# --- Excel's rows and values -------------------------------------------------------------


def test_excel_empty_rows_are_skipped_and_line_numbers_stay_true() -> None:
    text = "\n".join(
        [
            HEADER + ";;",  # Excel carries empty columns to the right along
            ROW + ";;",
            ";;;;;;;;;;;",
            " ; ;\t;  ;;;;;;;",
            ROW.replace("T-1", "T-2").replace("gmx.de", "gmx") + ";;",
            "",
        ]
    )
    result = read(text.encode("cp1252"))
    assert result.empty_rows == 2
    assert [b.external_id for b in bookings(result)] == ["T-1"]
    assert list(refusals(result)) == ["line 5"]


def test_a_row_with_values_beyond_the_header_is_still_refused() -> None:
    result = read(f"{HEADER}\n{ROW};;surprise\n".encode())
    assert refusals(result) == {"line 2": "more fields than the 10 columns"}


def test_excel_values_wahr_seconds_and_decimal_minutes() -> None:
    row = "T-1;Anna Schmidt;anna@web.de;05.03.2026 11:30:00;45,0;video;KG;gkv;WAHR;"
    iso = "T-2;Ben Berg;ben@web.de;2026-03-06 09:00;30;phone;KG;privat;FALSCH;"
    result = read(f"{HEADER}\n{row}\n{iso}\n".encode())
    first, second = bookings(result)
    assert first.start == datetime(2026, 3, 5, 11, 30, tzinfo=BERLIN)
    assert first.duration_minutes == 45
    assert first.new_patient is True
    assert second.start == datetime(2026, 3, 6, 9, 0, tzinfo=BERLIN)
    assert second.new_patient is False


# --- duplicate external ids --------------------------------------------------------------


def test_a_duplicate_external_id_refuses_both_rows_and_the_rest_goes_on() -> None:
    rows = [
        ROW,
        ROW.replace("T-1", "T-2"),
        ROW.replace("11:30", "12:30"),  # T-1 again, another time: which one is right?
        ROW.replace("T-1", "T-3").replace("KG;private", "MT;gkv"),  # refused on its own
    ]
    result = read("\n".join([HEADER, *rows]).encode())
    assert [b.external_id for b in bookings(result)] == ["T-2"]
    reasons = refusals(result)
    assert set(reasons) == {"line 2", "line 4", "line 5"}
    for line in ("line 2", "line 4"):
        assert reasons[line].startswith('external_id: "T-1" stands on more than one row')
        assert "(lines 2, 4)" in reasons[line]
    assert reasons["line 5"].startswith("treatment:")


def test_an_identical_row_twice_is_a_duplicate_too() -> None:
    result = read(f"{HEADER}\n{ROW}\n{ROW}\n".encode())
    assert bookings(result) == []
    assert len(refusals(result)) == 2


def test_rows_without_external_id_are_not_duplicates() -> None:
    row = ROW.removeprefix("T-1")
    result = read(f"{HEADER}\n{row}\n{row.replace('11:30', '12:30')}\n".encode())
    assert len(bookings(result)) == 2


# --- iCalendar ---------------------------------------------------------------------------


def calendar(*events: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis//DE\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    ).encode()


def event(uid: str, start: str, summary: str = "Anna Schmidt - Telefon KG Privat") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\n"
        "ATTENDEE;CN=Anna Schmidt:mailto:anna@web.de\r\n"
        f"DTSTART{start}\r\nEND:VEVENT\r\n"
    )


def test_an_all_day_event_is_skipped_with_a_notice() -> None:
    result = read(
        calendar(
            event("frei@praxis", ";VALUE=DATE:20260306", "Praxis geschlossen"),
            event("t1@praxis", ";TZID=Europe/Berlin:20260305T113000"),
        ),
        name="kalender.ics",
    )
    assert [b.external_id for b in bookings(result)] == ["t1@praxis"]
    assert refusals(result) == {}
    [(where, reason)] = result.skipped
    assert str(where) == 'event "Praxis geschlossen" (UID frei@praxis, 06.03.2026)'
    assert reason == "an all-day event, not an appointment"


def test_an_all_day_series_is_skipped_once() -> None:
    series = event("urlaub@praxis", ";VALUE=DATE:20260309", "Urlaub").replace(
        "END:VEVENT", "RRULE:FREQ=DAILY;COUNT=5\r\nEND:VEVENT"
    )
    result = read(calendar(series), name="kalender.ics")
    assert result.rows == ()
    assert len(result.skipped) == 1
    assert "all-day series" in result.skipped[0][1]


def test_an_event_refused_is_named_by_summary_uid_and_start() -> None:
    result = read(
        calendar(event("t9@praxis", ":20260305T103000Z", "Ben Berg - Telefon GKV")),
        name="kalender.ics",
    )
    assert refusals(result) == {
        'event "Ben Berg - Telefon GKV" (UID t9@praxis, 05.03.2026 11:30)': (
            "treatment: name KG, MT or KGG in CATEGORIES or SUMMARY"
        )
    }
    [row] = result.rows
    assert row.ref.german() == 'Termin "Ben Berg - Telefon GKV" (UID t9@praxis, 05.03.2026 11:30)'


def test_an_event_without_summary_or_uid_is_still_named() -> None:
    text = calendar("BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20260305T113000\r\nEND:VEVENT\r\n")
    [row] = read(text, name="k.ics").rows
    assert str(row.ref) == 'event "(no SUMMARY)" (no UID, 05.03.2026 11:30)'
    assert row.ref.german() == 'Termin "(ohne SUMMARY)" (ohne UID, 05.03.2026 11:30)'


def test_a_uid_on_two_events_refuses_both() -> None:
    result = read(
        calendar(
            event("t1@praxis", ";TZID=Europe/Berlin:20260305T113000"),
            event("t1@praxis", ";TZID=Europe/Berlin:20260306T113000"),
            event("t2@praxis", ";TZID=Europe/Berlin:20260306T120000"),
        ),
        name="kalender.ics",
    )
    assert [b.external_id for b in bookings(result)] == ["t2@praxis"]
    reasons = refusals(result)
    assert len(reasons) == 2
    for reason in reasons.values():
        assert reason.startswith('UID: "t1@praxis" is used by more than one event')
        assert "05.03.2026 11:30" in reason
        assert "06.03.2026 11:30" in reason


def test_a_calendar_in_cp1252_is_read_too() -> None:
    data = calendar(
        event("t1@praxis", ";TZID=Europe/Berlin:20260305T113000", "Jürgen Weiß - Telefon KG Privat")
    )
    result = read(data.decode().encode("cp1252"), name="kalender.ics")
    assert result.encoding == "cp1252"
    assert refusals(result) == {}


def test_a_series_without_dtend_lasts_the_default_30_minutes() -> None:
    series = event("s1@praxis", ";TZID=Europe/Berlin:20260303T100000").replace(
        "END:VEVENT", "RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT"
    )
    result = read(calendar(series), name="kalender.ics")
    assert refusals(result) == {}
    assert [b.duration_minutes for b in bookings(result)] == [30, 30, 30]


def test_a_series_in_the_hour_the_clocks_skip_is_refused_not_a_crash() -> None:
    # floating local time 02:30 on the last Sunday of March does not exist in Berlin
    series = event("s1@praxis", ":20260322T023000").replace(
        "END:VEVENT", "RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT"
    )
    result = read(calendar(series), name="kalender.ics")
    assert len(bookings(result)) == 2  # 22.03. and 05.04.
    assert refusals(result) == {
        'event "Anna Schmidt - Telefon KG Privat" (UID s1@praxis, 22.03.2026 02:30)': (
            "29.03.2026 02:30 does not exist in Europe/Berlin (clocks jump forward)"
        )
    }
    [series_read] = result.series
    assert series_read.complete is False  # nothing of it is cancelled on such a read


def test_excel_sep_line_names_the_separator_and_lines_stay_true() -> None:
    text = f"sep=;\n{HEADER}\n{ROW}\n{ROW.replace('T-1', 'T-2').replace('private', 'private?')}\n"
    result = read(text.encode())
    assert [b.external_id for b in bookings(result)] == ["T-1"]
    assert list(refusals(result)) == ["line 4"]


def test_comment_lines_before_the_header() -> None:
    text = f"# Export der Praxissoftware\n\n# Stand 01.03.2026\n{HEADER}\n{ROW}\n"
    result = read(text.encode())
    assert [b.external_id for b in bookings(result)] == ["T-1"]
    assert result.empty_rows == 0


def test_a_header_naming_a_column_twice_is_refused_naming_the_file() -> None:
    with pytest.raises(ConfigError, match=r"^termine\.csv: the header names name more than once"):
        read(f"{HEADER};name\n{ROW}\n".encode())


def test_a_csv_the_csv_module_cannot_read_is_refused_naming_the_file() -> None:
    huge = f'"{"x" * 200_000}";a@b.de;2026-12-01 10:00;phone;KG;private'
    with pytest.raises(ConfigError, match=r"^termine\.csv: not a readable CSV file \(field larger"):
        read(f"name;email;start;kind;treatment;insurance\n{huge}\n".encode())
