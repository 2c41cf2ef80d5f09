"""rules.cutover: after the switch from shadow to live, nothing of the hand-worked past."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from rules.cutover import is_before_cutover, is_missed_before_cutover
from rules.due import MissedReminder
from rules.models import Appointment, DueMail, MailKind
from tests.unit.factories import BERLIN, appointment

SWITCH = datetime(2026, 6, 16, 11, 0, tzinfo=BERLIN)
BOOKED_BEFORE = appointment(
    id=1, start=datetime(2026, 6, 18, 10, 0, tzinfo=BERLIN), created_at=SWITCH
)
BOOKED_AFTER = appointment(
    id=2,
    start=datetime(2026, 6, 18, 12, 0, tzinfo=BERLIN),
    created_at=SWITCH + timedelta(hours=2),
)
ENDED_BEFORE = appointment(
    id=3, start=datetime(2026, 6, 15, 9, 0, tzinfo=BERLIN), created_at=SWITCH
)
ENDED_AFTER = appointment(
    id=4, start=datetime(2026, 6, 16, 14, 0, tzinfo=BERLIN), created_at=SWITCH
)


def due(kind: MailKind, variant: str, *, not_before: datetime = SWITCH) -> DueMail:
    return DueMail(
        dedup_key=f"{kind.value}:1:{variant}",
        kind=kind,
        template=kind.value,
        recipient="anna@example.org",
        recipient_name="Anna",
        patient_id=1,
        appointment_id=1,
        not_before=not_before,
        expires_at=None,
    )


LATER = SWITCH + timedelta(hours=1)
EARLIER = SWITCH - timedelta(hours=1)
CASES = [
    pytest.param(due(MailKind.VIDEO_LINK, "v1"), BOOKED_BEFORE, True, id="link-of-a-booking-from-before"),
    pytest.param(due(MailKind.VIDEO_LINK, "v1", not_before=LATER), BOOKED_AFTER, False, id="link-of-a-new-booking"),
    pytest.param(due(MailKind.APPOINTMENT_INFO, "0"), BOOKED_BEFORE, True, id="phone-info-of-a-booking-from-before"),
    pytest.param(due(MailKind.FORMS_REQUEST, "booking"), BOOKED_BEFORE, True, id="booking-forms-request-from-before"),
    pytest.param(due(MailKind.FORMS_REQUEST, "2d", not_before=LATER), BOOKED_BEFORE, False, id="forms-request-due-after-the-switch"),
    pytest.param(due(MailKind.REMINDER, "24h", not_before=EARLIER), BOOKED_BEFORE, True, id="reminder-due-before-the-switch"),
    pytest.param(due(MailKind.REMINDER, "24h", not_before=LATER), BOOKED_BEFORE, False, id="reminder-due-after-the-switch"),
    pytest.param(due(MailKind.CONFIRMATION_REQUEST, "0", not_before=LATER), ENDED_BEFORE, True, id="confirmation-request-for-a-treatment-before"),
    pytest.param(due(MailKind.CONFIRMATION_REQUEST, "3d", not_before=LATER + timedelta(days=3)), ENDED_BEFORE, True, id="its-follow-up-too"),
    pytest.param(due(MailKind.CONFIRMATION_REQUEST, "0", not_before=LATER), ENDED_AFTER, False, id="confirmation-request-for-a-treatment-after"),
    pytest.param(due(MailKind.CONFIRMATION_RECEIPT, "0", not_before=LATER), ENDED_BEFORE, False, id="receipt-for-mail-read-after-the-switch"),
    pytest.param(due(MailKind.CLARIFICATION, "2026-06-16", not_before=LATER), ENDED_BEFORE, False, id="clarifying-question"),
    pytest.param(due(MailKind.REMINDER, "24h", not_before=EARLIER), None, False, id="no-appointment-known"),
]  # fmt: skip


@pytest.mark.parametrize(("mail", "booked", "expected"), CASES)
def test_is_before_cutover(mail: DueMail, booked: Appointment | None, expected: bool) -> None:
    assert is_before_cutover(mail, appointment=booked, live_since=SWITCH) is expected


@pytest.mark.parametrize(
    ("booked", "expected"),
    [
        pytest.param(BOOKED_BEFORE, True, id="booked-before-staff-reminded"),
        pytest.param(BOOKED_AFTER, False, id="booked-after-alert-staff"),
    ],
)
def test_missed_reminders_of_bookings_from_before_need_no_alert(
    booked: Appointment, expected: bool
) -> None:
    missed = MissedReminder(dedup_key="reminder_missed:1", appointment_id=1, patient_id=1)
    assert is_missed_before_cutover(missed, appointment=booked, live_since=SWITCH) is expected
