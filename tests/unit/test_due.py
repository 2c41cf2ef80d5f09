"""The due-mail planner as tables over time (practice time Europe/Berlin, region BE)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rules.calendar import is_public_holiday, is_quiet, is_working_day, next_allowed
from rules.due import (
    PlanningInput,
    RecordedConfirmation,
    ScheduleSettings,
    apply_daily_cap,
    missed_reminders,
    plan_due_mail,
)
from rules.models import (
    Appointment,
    AppointmentStatus,
    DueMail,
    FormsPolicy,
    Insurance,
    Kind,
    MailKind,
    Patient,
    Treatment,
)

BERLIN = ZoneInfo("Europe/Berlin")
SETTINGS = ScheduleSettings(reminders_before_hours=(24,), forms_request_days_before=(5, 2))
POLICY = FormsPolicy(names={"datenschutz_video": "Datenschutzinformation Videobehandlung"})

NEW = Patient(id=1, name="Erika Muster", emails=("erika@example.org",), new_patient=True,
              insurance=Insurance.GKV)  # fmt: skip
EXISTING = Patient(id=2, name="Max Beispiel", emails=("max@example.org",), new_patient=False,
                   insurance=Insurance.PRIVATE)  # fmt: skip
ALL_FORMS = frozenset({"anamnese", "datenschutz", "einwilligung_tele", "datenschutz_video"})


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def appt(
    appointment_id: int,
    start: datetime,
    *,
    kind: Kind = Kind.VIDEO,
    patient: Patient = EXISTING,
    booked: datetime | None = None,
    link: str | None = "K7Q-42X",
    link_version: int = 0,
    status: AppointmentStatus = AppointmentStatus.SCHEDULED,
    confirmed_at: datetime | None = None,
) -> Appointment:
    return Appointment(
        id=appointment_id,
        external_id=None,
        patient_id=patient.id,
        start=start,
        end=start + timedelta(minutes=30),
        kind=kind,
        treatment=Treatment.KG,
        status=status,
        video_link=link if kind is Kind.VIDEO else None,
        link_version=link_version,
        created_at=booked if booked is not None else start - timedelta(days=10),
        confirmed_at=confirmed_at,
    )


def plan(
    now: datetime,
    *appointments: Appointment,
    planned: frozenset[str] | set[str] = frozenset(),
    forms: frozenset[str] = ALL_FORMS,
    confirmations: tuple[RecordedConfirmation, ...] = (),
    settings: ScheduleSettings = SETTINGS,
    patients: tuple[Patient, ...] = (NEW, EXISTING),
) -> tuple[DueMail, ...]:
    facts = PlanningInput(
        patients={p.id: p for p in patients},
        appointments=appointments,
        forms_received={p.id: forms for p in patients},
        confirmations=confirmations,
        thread_roots={},
        already_planned=frozenset(planned),
    )
    return plan_due_mail(now=now, settings=settings, forms_policy=POLICY, facts=facts)


def keys(mails: tuple[DueMail, ...]) -> set[str]:
    return {m.dedup_key for m in mails}


# A video appointment of an existing patient, Thursday 16 April 2026 10:00, booked a
# week ahead on Wednesday 8 April 09:00; the video data-protection form is missing.
VIDEO = appt(17, at(4, 16, 10), booked=at(4, 8, 9))
NO_VIDEO_FORM = frozenset({"datenschutz"})
SENT_AT_BOOKING = {"video_link:17:v0", "forms_request:17:booking"}

TIMELINE = [
    pytest.param(at(4, 8, 8, 59), set(), set(), id="before-booking-time-nothing"),
    pytest.param(at(4, 8, 9, 5), set(), SENT_AT_BOOKING, id="at-booking-link-and-forms"),
    pytest.param(at(4, 8, 9, 5), SENT_AT_BOOKING, set(), id="at-booking-already-planned"),
    pytest.param(at(4, 11, 9, 59), SENT_AT_BOOKING, set(), id="5d-forms-not-yet"),
    pytest.param(at(4, 11, 10), SENT_AT_BOOKING, {"forms_request:17:5d"}, id="5d-forms-due"),
    pytest.param(
        at(4, 14, 12), SENT_AT_BOOKING, {"forms_request:17:2d"}, id="down-across-5d-only-2d-sent"
    ),
    pytest.param(
        at(4, 15, 9, 59), SENT_AT_BOOKING | {"forms_request:17:2d"}, set(), id="reminder-not-yet"
    ),
    pytest.param(
        at(4, 15, 10),
        SENT_AT_BOOKING | {"forms_request:17:2d"},
        {"reminder:17:24h"},
        id="reminder-24h-before",
    ),
    pytest.param(
        at(4, 16, 9, 45),
        SENT_AT_BOOKING | {"forms_request:17:2d"},
        {"reminder:17:24h"},
        id="worker-down-across-reminder-still-due-before-start",
    ),
    pytest.param(
        at(4, 16, 10, 1),
        SENT_AT_BOOKING | {"forms_request:17:2d"},
        set(),
        id="worker-down-until-after-start-reminder-expired",
    ),
]


@pytest.mark.parametrize(("now", "planned", "expected"), TIMELINE)
def test_video_appointment_timeline(now: datetime, planned: set[str], expected: set[str]) -> None:
    assert keys(plan(now, VIDEO, planned=planned, forms=NO_VIDEO_FORM)) == expected


def test_video_link_mail_carries_link_and_no_treatment() -> None:
    (link_mail,) = (m for m in plan(at(4, 8, 10), VIDEO) if m.kind is MailKind.VIDEO_LINK)
    assert link_mail.recipient == "max@example.org"
    assert link_mail.template == "video_link"
    assert link_mail.context["video_access"] == "K7Q-42X"
    assert link_mail.context["link_changed"] is False
    assert link_mail.expires_at == VIDEO.end
    assert "KG" not in repr(link_mail.context)


def test_changed_link_is_sent_again_marked_changed() -> None:
    changed = replace(VIDEO, video_link="https://video.redmedical.de/x/NEW", link_version=1)
    mails = plan(at(4, 12, 15), changed, planned={"video_link:17:v0"})
    (mail,) = mails
    assert mail.dedup_key == "video_link:17:v1"
    assert mail.context["link_changed"] is True
    assert mail.context["video_is_url"] is True


def test_no_link_no_link_mail() -> None:
    assert keys(plan(at(4, 8, 10), replace(VIDEO, video_link=None))) == set()


def test_cancelled_appointment_gets_nothing() -> None:
    cancelled = replace(VIDEO, status=AppointmentStatus.CANCELLED)
    for now in (at(4, 8, 10), at(4, 15, 12), at(4, 16, 12)):
        assert plan(now, cancelled, forms=frozenset()) == ()


def test_appointment_on_hold_gets_nothing_not_even_a_missed_reminder_note() -> None:
    # the patient asked to cancel or move it; staff have not dealt with the mail yet
    held = replace(VIDEO, on_hold=True)
    for now in (at(4, 8, 10), at(4, 15, 12), at(4, 16, 12)):
        assert plan(now, held, forms=frozenset()) == ()
    facts = PlanningInput(patients={2: EXISTING}, appointments=(held,))
    assert missed_reminders(now=at(4, 16, 10, 5), settings=SETTINGS, facts=facts) == ()


def test_booked_after_reminder_point_gets_no_reminder_and_no_missed_note() -> None:
    late = appt(18, at(4, 16, 10), booked=at(4, 16, 8))
    assert keys(plan(at(4, 16, 8, 1), late)) == {"video_link:18:v0"}
    assert keys(plan(at(4, 16, 9), late, planned={"video_link:18:v0"})) == set()
    facts = PlanningInput(patients={2: EXISTING}, appointments=(late,))
    assert missed_reminders(now=at(4, 16, 10, 5), settings=SETTINGS, facts=facts) == ()


def test_missed_reminder_reported_after_start() -> None:
    facts = PlanningInput(
        patients={2: EXISTING}, appointments=(VIDEO,), already_planned=frozenset(SENT_AT_BOOKING)
    )
    (missed,) = missed_reminders(now=at(4, 16, 10, 5), settings=SETTINGS, facts=facts)
    assert (missed.dedup_key, missed.appointment_id) == ("reminder_missed:17", 17)
    sent = replace(facts, already_planned=facts.already_planned | {"reminder:17:24h"})
    assert missed_reminders(now=at(4, 16, 10, 5), settings=SETTINGS, facts=sent) == ()


def test_phone_appointment_info_and_reminder() -> None:
    phone = appt(20, at(4, 16, 14), kind=Kind.PHONE, booked=at(4, 9, 11))
    assert keys(plan(at(4, 9, 11, 1), phone)) == {"appointment_info:20:0"}
    (reminder,) = plan(at(4, 15, 14), phone, planned={"appointment_info:20:0"})
    assert (reminder.dedup_key, reminder.template) == ("reminder:20:24h", "reminder_phone")


@pytest.mark.parametrize(
    ("moved_at", "new_start", "now", "expected"),
    [
        # the reminder for Thu 16.04. 14:00 went out on Wed; on Wed 15:00 the practice
        # moves it to Fri 17.04. 14:00: a reminder for the new time is owed on Thu 14:00
        pytest.param(at(4, 15, 15), at(4, 17, 14), at(4, 16, 14),
                     {"reminder:20:24h@20260415T130000Z"}, id="moved-later-reminded-again"),
        pytest.param(at(4, 15, 15), at(4, 17, 14), at(4, 16, 13, 59), set(),
                     id="moved-later-not-yet"),
        # moved on Wed 15:00 to Thu 10:00: the new reminder point (Wed 10:00) lies before
        # the move; the "Termin verlegt" mail has just told the time
        pytest.param(at(4, 15, 15), at(4, 16, 10), at(4, 15, 15, 5), set(),
                     id="moved-inside-reminder-window"),
    ],
)  # fmt: skip
def test_a_moved_appointment_is_reminded_for_its_new_time(
    moved_at: datetime, new_start: datetime, now: datetime, expected: set[str]
) -> None:
    phone = replace(appt(20, new_start, kind=Kind.PHONE, booked=at(4, 9, 11)), moved_at=moved_at)
    sent = {"appointment_info:20:0", "reminder:20:24h"}  # the reminder for the old time
    assert keys(plan(now, phone, planned=sent)) == expected
    assert keys(plan(now, phone, planned=sent | expected)) == set()  # once


def test_a_move_inside_the_reminder_window_is_no_missed_reminder() -> None:
    phone = replace(
        appt(20, at(4, 16, 10), kind=Kind.PHONE, booked=at(4, 9, 11)), moved_at=at(4, 15, 15)
    )
    facts = PlanningInput(
        patients={2: EXISTING},
        appointments=(phone,),
        already_planned=frozenset({"appointment_info:20:0", "reminder:20:24h"}),
    )
    assert missed_reminders(now=at(4, 16, 10, 5), settings=SETTINGS, facts=facts) == ()


def test_several_reminders_only_latest_passed_one() -> None:
    settings = replace(SETTINGS, reminders_before_hours=(24, 2))
    phone = appt(20, at(4, 16, 14), kind=Kind.PHONE, booked=at(4, 9, 11))
    planned = {"appointment_info:20:0"}
    assert keys(plan(at(4, 15, 14), phone, planned=planned, settings=settings)) == {
        "reminder:20:24h"
    }
    assert keys(plan(at(4, 16, 12, 30), phone, planned=planned, settings=settings)) == {
        "reminder:20:2h"
    }


# --- forms --------------------------------------------------------------------------


def test_forms_request_names_exactly_the_missing_forms_of_a_new_patient() -> None:
    phone = appt(30, at(4, 20, 9), kind=Kind.PHONE, patient=NEW, booked=at(4, 9, 11))
    mails = plan(at(4, 9, 11, 1), phone, forms=frozenset({"datenschutz"}))
    (forms,) = (m for m in mails if m.kind is MailKind.FORMS_REQUEST)
    assert forms.dedup_key == "forms_request:30:booking"
    assert forms.context["form_keys"] == ["anamnese", "einwilligung_tele"]
    assert forms.recipient == "erika@example.org"


def test_existing_phone_patient_owes_no_forms() -> None:
    phone = appt(31, at(4, 20, 9), kind=Kind.PHONE, booked=at(4, 9, 11))
    assert keys(plan(at(4, 9, 11, 1), phone, forms=frozenset())) == {"appointment_info:31:0"}


def test_forms_request_stops_once_forms_arrive() -> None:
    assert keys(plan(at(4, 11, 10), VIDEO, planned=SENT_AT_BOOKING, forms=ALL_FORMS)) == set()


def test_forms_request_driven_by_earliest_appointment_that_needs_forms() -> None:
    later = appt(19, at(4, 23, 10), booked=at(4, 8, 9))
    mails = plan(at(4, 8, 9, 5), VIDEO, later, forms=NO_VIDEO_FORM)
    assert keys(mails) == {"video_link:17:v0", "video_link:19:v0", "forms_request:17:booking"}


def test_booked_shortly_before_a_forms_step_skips_it() -> None:
    # Booked 2 days and 5 hours ahead: the "2 days before" request would follow the
    # booking request within hours, so only the booking one goes.
    soon = appt(21, at(4, 16, 10), booked=at(4, 14, 5))
    planned = {"video_link:21:v0", "forms_request:21:booking"}
    assert keys(plan(at(4, 14, 10, 30), soon, planned=planned, forms=NO_VIDEO_FORM)) == set()


# --- confirmation requests ----------------------------------------------------------

HELD = appt(40, at(4, 14, 10), kind=Kind.PHONE, booked=at(4, 1, 9))  # Tuesday
BEFORE = {"appointment_info:40:0", "reminder:40:24h"}


def confirmed(appointment_id: int, day: date, recorded: datetime, message_id: str | None):
    return RecordedConfirmation(
        appointment_id=appointment_id,
        patient_id=EXISTING.id,
        day=day,
        message_id=message_id,
        recorded_at=recorded,
    )


CONFIRMATION_TIMELINE = [
    pytest.param(at(4, 14, 11, 29), set(), (), set(), id="60-min-after-end-not-yet"),
    pytest.param(at(4, 14, 11, 30), set(), (), {"confirmation_request:40:0"}, id="request-due"),
    pytest.param(
        at(4, 17, 11, 29), {"confirmation_request:40:0"}, (), set(), id="follow-up-not-yet"
    ),
    pytest.param(
        at(4, 17, 11, 30),
        {"confirmation_request:40:0"},
        (),
        {"confirmation_request:40:3d"},
        id="follow-up-after-3-days",
    ),
    pytest.param(
        at(4, 17, 11, 30),
        {"confirmation_request:40:0"},
        (confirmed(40, date(2026, 4, 14), at(4, 16, 8), "<reply@example.org>"),),
        {"confirmation_receipt:40:0"},
        id="confirmed-between-requests-no-follow-up-but-receipt",
    ),
    pytest.param(
        at(4, 17, 11, 30),
        {"confirmation_request:40:0"},
        (confirmed(40, date(2026, 4, 14), at(4, 15, 8), "<reply@example.org>"),),
        set(),
        id="receipt-window-passed",
    ),
    pytest.param(
        at(4, 30, 12),
        {"confirmation_request:40:0", "confirmation_request:40:3d"},
        (),
        set(),
        id="after-last-follow-up-nothing-more",
    ),
    pytest.param(at(5, 13, 12), set(), (), set(), id="older-than-lookback-is-staffs"),
]


@pytest.mark.parametrize(("now", "planned", "confirmations", "expected"), CONFIRMATION_TIMELINE)
def test_confirmation_timeline(
    now: datetime,
    planned: set[str],
    confirmations: tuple[RecordedConfirmation, ...],
    expected: set[str],
) -> None:
    mails = plan(now, HELD, planned=planned | BEFORE, confirmations=confirmations)
    assert keys(mails) == expected


def test_follow_up_is_marked_as_such_only_when_first_request_went_out() -> None:
    (follow_up,) = plan(at(4, 17, 12), HELD, planned=BEFORE | {"confirmation_request:40:0"})
    assert follow_up.context["follow_up"] is True
    (late_first,) = plan(at(4, 17, 12), HELD, planned=BEFORE)
    assert late_first.dedup_key == "confirmation_request:40:3d"  # no burst of 0 and 3d
    assert late_first.context["follow_up"] is False


def test_confirmed_appointment_gets_no_request() -> None:
    done = replace(HELD, confirmed_at=at(4, 14, 10, 50))
    assert plan(at(4, 14, 12), done, planned=BEFORE) == ()


def test_one_request_lists_every_open_appointment() -> None:
    second = appt(41, at(4, 16, 10), kind=Kind.PHONE, booked=at(4, 1, 9))
    planned = BEFORE | {"appointment_info:41:0", "reminder:41:24h", "confirmation_request:40:0"}
    (request,) = plan(at(4, 16, 11, 30), HELD, second, planned=planned)
    assert request.dedup_key == "confirmation_request:41:0"
    listed = request.context["appointments"]
    assert isinstance(listed, list)
    assert [a["start"] for a in listed] == [HELD.start, second.start]
    assert request.covers == (HELD.id, second.id)  # a bare "ja" in reply names none of them
    # Three days after the first request: its follow-up is superseded by the newer request.
    planned |= {"confirmation_request:41:0"}
    assert keys(plan(at(4, 17, 11, 30), HELD, second, planned=planned)) == set()


def test_receipt_names_every_date_of_one_reply_and_threads_onto_it() -> None:
    second = appt(41, at(4, 16, 10), kind=Kind.PHONE, booked=at(4, 1, 9))
    reply = "<reply@example.org>"
    confirmations = (
        confirmed(40, date(2026, 4, 14), at(4, 16, 18), reply),
        confirmed(41, date(2026, 4, 16), at(4, 16, 18), reply),
    )
    planned = {
        "appointment_info:40:0", "reminder:40:24h", "confirmation_request:40:0",
        "appointment_info:41:0", "reminder:41:24h", "confirmation_request:41:0",
    }  # fmt: skip
    (receipt,) = plan(at(4, 16, 18, 5), HELD, second, planned=planned, confirmations=confirmations)
    assert receipt.dedup_key == "confirmation_receipt:40:0"
    assert receipt.context["dates"] == [date(2026, 4, 14), date(2026, 4, 16)]
    assert receipt.in_reply_to == reply
    assert receipt.references == (reply,)
    assert receipt.auto_submitted == "auto-replied"
    off = replace(SETTINGS, receipts=False)
    assert plan(at(4, 16, 18, 5), HELD, second, planned=planned, confirmations=confirmations,
                settings=off) == ()  # fmt: skip


def test_follow_ups_thread_onto_the_first_mail() -> None:
    facts = PlanningInput(
        patients={2: EXISTING},
        appointments=(HELD,),
        thread_roots={40: "<pw-root@praxis-impulse.de>"},
        already_planned=frozenset(BEFORE | {"confirmation_request:40:0"}),
    )
    (mail,) = plan_due_mail(now=at(4, 17, 12), settings=SETTINGS, forms_policy=POLICY, facts=facts)
    assert mail.in_reply_to == "<pw-root@praxis-impulse.de>"
    assert mail.references == ("<pw-root@praxis-impulse.de>",)


# --- DST ----------------------------------------------------------------------------

DST = [
    # 48 h are 48 real hours: Saturday 09:00 CET for Monday 10:00 CEST (spring forward).
    pytest.param(at(3, 30, 10), (48,), at(3, 28, 9), id="march-48h-reminder-real-hours"),
    # ... and Saturday 11:00 CEST for Monday 10:00 CET (fall back).
    pytest.param(at(10, 26, 10), (48,), at(10, 24, 11), id="october-48h-reminder-real-hours"),
    pytest.param(at(3, 29, 10), (24,), at(3, 28, 9), id="march-24h-on-the-switch-day"),
]


@pytest.mark.parametrize(("start", "hours", "expected"), DST)
def test_reminders_across_dst_are_real_hours(
    start: datetime, hours: tuple[int, ...], expected: datetime
) -> None:
    settings = replace(SETTINGS, reminders_before_hours=hours)
    phone = appt(50, start, kind=Kind.PHONE, booked=start - timedelta(days=10))
    planned = {"appointment_info:50:0"}
    assert plan(expected - timedelta(minutes=1), phone, planned=planned, settings=settings) == ()
    (reminder,) = plan(expected, phone, planned=planned, settings=settings)
    assert reminder.not_before == expected
    assert reminder.not_before.astimezone(UTC) == start.astimezone(UTC) - timedelta(hours=hours[0])


@pytest.mark.parametrize(
    ("start", "two_days_before"),
    [
        pytest.param(at(3, 30, 10), at(3, 28, 10), id="march-forms-2d-same-wall-time"),
        pytest.param(at(10, 26, 10), at(10, 24, 10), id="october-forms-2d-same-wall-time"),
    ],
)
def test_forms_days_before_keep_the_wall_clock(start: datetime, two_days_before: datetime) -> None:
    video = appt(51, start, booked=start - timedelta(days=20))
    planned = {"video_link:51:v0", "forms_request:51:booking", "forms_request:51:5d"}
    before = two_days_before - timedelta(minutes=1)
    assert plan(before, video, planned=planned, forms=NO_VIDEO_FORM) == ()
    (mail,) = plan(two_days_before, video, planned=planned, forms=NO_VIDEO_FORM)
    assert mail.dedup_key == "forms_request:51:2d"


def test_confirmation_follow_up_across_fall_back_keeps_the_wall_clock() -> None:
    friday = appt(52, at(10, 23, 10), kind=Kind.PHONE, booked=at(10, 1, 9))
    planned = {"appointment_info:52:0", "reminder:52:24h", "confirmation_request:52:0"}
    assert plan(at(10, 26, 11, 29), friday, planned=planned) == ()
    (mail,) = plan(at(10, 26, 11, 30), friday, planned=planned)
    assert mail.dedup_key == "confirmation_request:52:3d"


# --- quiet hours and holidays -------------------------------------------------------


def test_booking_in_quiet_hours_waits_until_seven() -> None:
    phone = appt(60, at(4, 20, 15), kind=Kind.PHONE, booked=at(4, 9, 22, 30))
    assert plan(at(4, 9, 22, 31), phone) == ()
    assert plan(at(4, 10, 6, 59), phone) == ()
    (info,) = plan(at(4, 10, 7), phone)
    assert info.not_before == at(4, 10, 7)


@pytest.mark.parametrize(
    ("start", "due_from", "not_at"),
    [
        pytest.param(at(4, 16, 7, 30), at(4, 16, 7), at(4, 16, 6, 59), id="2h-moves-to-seven"),
        pytest.param(at(4, 16, 7), at(4, 15, 20), at(4, 15, 21), id="2h-pulled-to-evening-before"),
    ],
)
def test_early_reminder_and_quiet_hours(
    start: datetime, due_from: datetime, not_at: datetime
) -> None:
    settings = replace(SETTINGS, reminders_before_hours=(2,))
    phone = appt(61, start, kind=Kind.PHONE, booked=start - timedelta(days=5))
    planned = {"appointment_info:61:0"}
    (reminder,) = plan(due_from, phone, planned=planned, settings=settings)
    assert reminder.dedup_key == "reminder:61:2h"
    assert reminder.not_before == due_from
    assert plan(not_at, phone, planned=planned, settings=settings) == ()
    assert plan(due_from - timedelta(minutes=1), phone, planned=planned, settings=settings) == ()


@pytest.mark.parametrize(
    ("start", "region", "first_allowed"),
    [
        pytest.param(at(4, 30, 20), "BE", at(5, 2, 7), id="1-may-holiday-waits-for-saturday"),
        pytest.param(at(10, 30, 20), "BE", at(10, 31, 7), id="reformationstag-not-in-berlin"),
        pytest.param(at(10, 30, 20), "BB", at(11, 2, 7), id="reformationstag-brandenburg-monday"),
        pytest.param(at(4, 11, 20), "BE", at(4, 13, 7), id="sunday-waits-for-monday"),
    ],
)
def test_confirmation_requests_wait_for_a_working_day(
    start: datetime, region: str, first_allowed: datetime
) -> None:
    settings = replace(SETTINGS, region=region)
    phone = appt(70, start, kind=Kind.PHONE, booked=start - timedelta(days=5))
    planned = {"appointment_info:70:0", "reminder:70:24h"}
    assert (
        plan(first_allowed - timedelta(minutes=1), phone, planned=planned, settings=settings) == ()
    )
    (request,) = plan(first_allowed, phone, planned=planned, settings=settings)
    assert request.not_before == first_allowed


def test_reminders_still_go_on_holidays() -> None:
    saturday = appt(71, at(5, 2, 10), kind=Kind.PHONE, booked=at(4, 20, 9))
    (reminder,) = plan(at(5, 1, 10), saturday, planned={"appointment_info:71:0"})
    assert reminder.dedup_key == "reminder:71:24h"


@pytest.mark.parametrize(
    ("day", "region", "holiday"),
    [
        pytest.param(date(2026, 5, 1), "BE", True, id="1-may"),
        pytest.param(date(2026, 10, 31), "BE", False, id="reformationstag-BE"),
        pytest.param(date(2026, 10, 31), "BB", True, id="reformationstag-BB"),
        pytest.param(date(2026, 3, 8), "BE", True, id="frauentag-BE"),
        pytest.param(date(2026, 3, 8), "BY", False, id="frauentag-BY"),
    ],
)
def test_public_holidays(day: date, region: str, holiday: bool) -> None:
    assert is_public_holiday(day, region) is holiday


def test_calendar_helpers() -> None:
    quiet = (time(21), time(7))
    assert is_quiet(at(4, 9, 21), quiet, BERLIN)
    assert is_quiet(at(4, 9, 6, 59), quiet, BERLIN)
    assert not is_quiet(at(4, 9, 7), quiet, BERLIN)
    assert not is_quiet(at(4, 9, 3), (time(0), time(0)), BERLIN)
    assert not is_working_day(date(2026, 4, 12), "BE")  # Sunday
    assert is_working_day(date(2026, 4, 11), "BE")  # Saturday
    after_easter = next_allowed(
        at(4, 2, 22), quiet_hours=quiet, tz=BERLIN, working_days_only=True, region="BE"
    )
    assert after_easter == at(4, 4, 7)  # Good Friday skipped, Saturday 07:00


# --- addresses and cap --------------------------------------------------------------


def test_undeliverable_address_gets_nothing_and_second_address_is_used() -> None:
    bounced = replace(EXISTING, undeliverable=("max@example.org",))
    assert plan(at(4, 8, 10), VIDEO, patients=(bounced,)) == ()
    spare = replace(bounced, emails=("max@example.org", "max@elsewhere.example"))
    (mail,) = plan(at(4, 8, 10), VIDEO, patients=(spare,))
    assert mail.recipient == "max@elsewhere.example"


def test_daily_cap_lets_time_critical_mail_through_first() -> None:
    phone = appt(80, at(4, 16, 14), kind=Kind.PHONE, patient=NEW, booked=at(4, 15, 13))
    mails = plan(at(4, 15, 14), phone, forms=frozenset())
    assert keys(mails) == {"appointment_info:80:0", "forms_request:80:booking", "reminder:80:24h"}
    send, held = apply_daily_cap(mails, sent_today={"Erika@Example.org": 3}, cap=5)
    assert [m.dedup_key for m in send] == ["reminder:80:24h", "appointment_info:80:0"]
    assert [m.dedup_key for m in held] == ["forms_request:80:booking"]


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        plan(datetime(2026, 4, 8, 10), VIDEO)


def test_an_appointment_in_the_practice_gets_no_mail_at_all() -> None:
    # booked a week ahead for a new patient with nothing on file: a video or phone
    # appointment would get its information, forms request, reminder and confirmation
    # request; in the practice it is signed on the prescription, so none of them
    in_person = appt(30, at(4, 16, 10), kind=Kind.PRAXIS, patient=NEW, booked=at(4, 8, 9))
    phone = replace(in_person, kind=Kind.PHONE)
    moments = (
        at(4, 8, 10),
        at(4, 11, 10),
        at(4, 14, 10),
        at(4, 15, 12),
        at(4, 16, 12),
        at(4, 20, 12),
    )
    assert any(plan(now, phone, forms=frozenset()) for now in moments)  # the same, by phone
    for now in moments:
        assert plan(now, in_person, forms=frozenset()) == ()
    facts = PlanningInput(patients={NEW.id: NEW}, appointments=(in_person,))
    assert missed_reminders(now=at(4, 16, 10, 5), settings=SETTINGS, facts=facts) == ()


def test_a_confirmation_request_lists_no_appointment_in_the_practice() -> None:
    video = appt(31, at(4, 16, 10))
    in_person = appt(32, at(4, 16, 8), kind=Kind.PRAXIS)
    (request,) = [
        m for m in plan(at(4, 16, 12), video, in_person) if m.kind.value == "confirmation_request"
    ]
    assert request.covers == (31,)
