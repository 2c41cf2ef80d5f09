"""The switch from shadow mode to live: what belongs to the time staff worked by hand.

Until the switch (`live_since`) staff answered mail, sent links, reminders and
confirmation requests themselves. The live worker takes over what happens from then on
and repeats none of it.
"""

from __future__ import annotations

from datetime import datetime

from rules.due import MissedReminder
from rules.models import Appointment, DueMail, MailKind

_BOOKING_KINDS = frozenset({MailKind.VIDEO_LINK, MailKind.APPOINTMENT_INFO})


def is_before_cutover(
    mail: DueMail, *, appointment: Appointment | None, live_since: datetime
) -> bool:
    """Whether a planned patient mail is the hand-worked past's business, not ours.

    Practice rule: after the switch no mail goes out about what staff handled by hand
    before it: the booking mail (video link, appointment information, first forms
    request) of an appointment booked before the switch, a reminder or forms request
    whose time came before it, and a confirmation request (or its follow-up) for a
    treatment that ended before it. Receipts and questions answer mail read after the
    switch and always go; so does staff mail.
    """
    if appointment is None or mail.kind in (
        MailKind.CONFIRMATION_RECEIPT,
        MailKind.CLARIFICATION,
        MailKind.STAFF_ALERT,
        MailKind.STAFF_DIGEST,
        MailKind.STAFF_REPLY,
    ):
        return False
    if mail.kind is MailKind.CONFIRMATION_REQUEST:
        return appointment.end < live_since
    booked_before = appointment.created_at is not None and appointment.created_at <= live_since
    if mail.kind in _BOOKING_KINDS or mail.dedup_key.endswith(":booking"):
        return booked_before
    return mail.not_before < live_since


def is_missed_before_cutover(
    missed: MissedReminder, *, appointment: Appointment | None, live_since: datetime
) -> bool:
    """Practice rule: a reminder 'missed' for an appointment booked before the switch was
    staff's to send; no alert for it."""
    return (
        appointment is not None
        and appointment.created_at is not None
        and appointment.created_at <= live_since
    )
