"""The confirmation matching rules as a table: which named day confirms which appointment."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rules.dates import extract_dates
from rules.matching import match_confirmations, may_mean_the_coming_one
from rules.models import (
    Appointment,
    AppointmentStatus,
    DateMention,
    Kind,
    OutboxRef,
    Treatment,
)

BERLIN = ZoneInfo("Europe/Berlin")
MAIL_DATE = datetime(2026, 4, 9, 18, 30, tzinfo=BERLIN)  # Thursday evening


def appointment(
    appointment_id: int,
    start: datetime,
    *,
    status: AppointmentStatus = AppointmentStatus.SCHEDULED,
    confirmed: bool = False,
    patient_id: int = 7,
) -> Appointment:
    return Appointment(
        id=appointment_id,
        external_id=f"EXT-{appointment_id}",
        patient_id=patient_id,
        start=start,
        end=start + timedelta(minutes=30),
        kind=Kind.VIDEO,
        treatment=Treatment.KG,
        status=status,
        confirmed_at=start + timedelta(hours=5) if confirmed else None,
        confirmed_by_message_id="<earlier@web.de>" if confirmed else None,
    )


def at(day: int, hour: int, minute: int = 0, month: int = 4) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def mention(day: date, *, ambiguous: bool = False) -> DateMention:
    return DateMention(day=day, sentence=f"Termin am {day:%d.%m.} war gut.", ambiguous=ambiguous)


def request_for(appointment_id: int) -> OutboxRef:
    return OutboxRef(
        message_id=f"<pw-cr-{appointment_id}@praxis-impulse.de>",
        kind="confirmation_request",
        patient_id=7,
        appointment_id=appointment_id,
    )


MONDAY = date(2026, 4, 6)
TUESDAY = date(2026, 4, 7)
WEDNESDAY = date(2026, 4, 8)
THURSDAY = date(2026, 4, 9)
FRIDAY = date(2026, 4, 10)


@dataclass(frozen=True)
class Case:
    mentions: tuple[DateMention, ...]
    appointments: tuple[Appointment, ...]
    confirmed: tuple[int, ...]
    staff: bool
    thread: tuple[OutboxRef, ...] = ()
    dateless: bool = False
    reason_contains: tuple[str, ...] = field(default=())


CASES = {
    "one-date-one-appointment": Case(
        mentions=(mention(MONDAY),),
        appointments=(appointment(1, at(6, 10)), appointment(2, at(13, 10))),
        confirmed=(1,),
        staff=False,
    ),
    "three-dates-three-appointments": Case(
        mentions=(mention(MONDAY), mention(TUESDAY), mention(WEDNESDAY)),
        appointments=(appointment(1, at(6, 9)), appointment(2, at(7, 9)), appointment(3, at(8, 9))),
        confirmed=(1, 2, 3),
        staff=False,
    ),
    "same-day-named-twice-confirms-once": Case(
        mentions=(mention(MONDAY), mention(MONDAY)),
        appointments=(appointment(1, at(6, 10)),),
        confirmed=(1,),
        staff=False,
    ),
    "appointment-earlier-the-same-day-as-mail": Case(
        mentions=(mention(THURSDAY),),
        appointments=(appointment(1, at(9, 16)),),
        confirmed=(1,),
        staff=False,
    ),
    "appointment-later-the-same-day-is-future": Case(
        mentions=(mention(THURSDAY),),
        appointments=(appointment(1, at(9, 19)),),
        confirmed=(),
        staff=True,
        reason_contains=("noch nicht begonnen",),
    ),
    "future-appointment-never-confirmed": Case(
        mentions=(mention(FRIDAY),),
        appointments=(appointment(1, at(10, 10)),),
        confirmed=(),
        staff=True,
    ),
    "no-appointment-that-day": Case(
        mentions=(mention(TUESDAY),),
        appointments=(appointment(1, at(6, 10)),),
        confirmed=(),
        staff=True,
        reason_contains=("07.04.2026", "keinen offenen Termin"),
    ),
    "two-appointments-same-day": Case(
        mentions=(mention(MONDAY),),
        appointments=(appointment(1, at(6, 9)), appointment(2, at(6, 15))),
        confirmed=(),
        staff=True,
        reason_contains=("mehrere",),
    ),
    "two-same-day-one-cancelled": Case(
        mentions=(mention(MONDAY),),
        appointments=(
            appointment(1, at(6, 9), status=AppointmentStatus.CANCELLED),
            appointment(2, at(6, 15)),
        ),
        confirmed=(2,),
        staff=False,
    ),
    "two-same-day-one-already-confirmed": Case(
        mentions=(mention(MONDAY),),
        appointments=(appointment(1, at(6, 9), confirmed=True), appointment(2, at(6, 15))),
        confirmed=(2,),
        staff=False,
    ),
    "already-confirmed-is-silent": Case(
        mentions=(mention(MONDAY),),
        appointments=(appointment(1, at(6, 10), confirmed=True),),
        confirmed=(),
        staff=False,
    ),
    "cancelled-appointment-to-staff": Case(
        mentions=(mention(MONDAY),),
        appointments=(appointment(1, at(6, 10), status=AppointmentStatus.CANCELLED),),
        confirmed=(),
        staff=True,
        reason_contains=("abgesagt",),
    ),
    "ambiguous-mention-to-staff": Case(
        mentions=(mention(MONDAY, ambiguous=True),),
        appointments=(appointment(1, at(6, 10)),),
        confirmed=(),
        staff=True,
        reason_contains=("Unklare",),
    ),
    # an uncertain day that is the one session our request asked about is that session
    # ("Mittwoch hat geklappt" written on the Wednesday of the session asked about)
    "ambiguous-rescued-by-the-one-asked": Case(
        mentions=(DateMention(day=MONDAY, sentence="Montag hat geklappt.", ambiguous=True),),
        appointments=(appointment(1, at(6, 10)),),
        thread=(request_for(1),),
        dateless=True,
        confirmed=(1,),
        staff=False,
    ),
    # a weekday and a written date that disagree: uncertain whatever was asked
    "ambiguous-written-date-not-rescued": Case(
        mentions=(mention(MONDAY, ambiguous=True),),
        appointments=(appointment(1, at(6, 10)),),
        thread=(request_for(1),),
        dateless=True,
        confirmed=(),
        staff=True,
    ),
    "ambiguous-not-rescued-by-another-asked": Case(
        mentions=(mention(MONDAY, ambiguous=True),),
        appointments=(appointment(1, at(6, 10)), appointment(2, at(7, 10))),
        thread=(request_for(2),),
        dateless=True,
        confirmed=(),
        staff=True,
    ),
    "one-good-one-unknown-date": Case(
        mentions=(mention(MONDAY), mention(TUESDAY)),
        appointments=(appointment(1, at(6, 10)),),
        confirmed=(1,),
        staff=True,
    ),
    "no-appointments-at-all": Case(
        mentions=(mention(MONDAY),),
        appointments=(),
        confirmed=(),
        staff=True,
    ),
    "dateless-reply-to-request-confirms-it": Case(
        mentions=(),
        appointments=(appointment(1, at(6, 10)), appointment(2, at(8, 10))),
        thread=(request_for(1),),
        dateless=True,
        confirmed=(1,),
        staff=False,
    ),
    "dateless-without-request-to-staff": Case(
        mentions=(),
        appointments=(appointment(1, at(6, 10)),),
        dateless=True,
        confirmed=(),
        staff=True,
        reason_contains=("ohne Datum",),
    ),
    "dateless-reply-to-reminder-is-not-a-request": Case(
        mentions=(),
        appointments=(appointment(1, at(6, 10)),),
        thread=(
            OutboxRef(
                message_id="<pw-rem-1@praxis-impulse.de>",
                kind="reminder",
                patient_id=7,
                appointment_id=1,
            ),
        ),
        dateless=True,
        confirmed=(),
        staff=True,
    ),
    "dateless-request-for-other-patients-appointment": Case(
        mentions=(),
        appointments=(appointment(1, at(6, 10)),),
        thread=(request_for(99),),
        dateless=True,
        confirmed=(),
        staff=True,
    ),
    "dateless-request-already-confirmed": Case(
        mentions=(),
        appointments=(appointment(1, at(6, 10), confirmed=True),),
        thread=(request_for(1),),
        dateless=True,
        confirmed=(),
        staff=False,
    ),
    "dateless-request-cancelled": Case(
        mentions=(),
        appointments=(appointment(1, at(6, 10), status=AppointmentStatus.CANCELLED),),
        thread=(request_for(1),),
        dateless=True,
        confirmed=(),
        staff=True,
    ),
    "dateless-request-not-started": Case(
        mentions=(),
        appointments=(appointment(1, at(10, 10)),),
        thread=(request_for(1),),
        dateless=True,
        confirmed=(),
        staff=True,
    ),
    "dateless-two-requests-to-staff": Case(
        mentions=(),
        appointments=(appointment(1, at(6, 10)), appointment(2, at(8, 10))),
        thread=(request_for(1), request_for(2)),
        dateless=True,
        confirmed=(),
        staff=True,
    ),
    "dated-reply-matches-by-date-not-thread": Case(
        mentions=(mention(WEDNESDAY),),
        appointments=(appointment(1, at(6, 10)), appointment(2, at(8, 10))),
        thread=(request_for(1),),
        dateless=False,
        confirmed=(2,),
        staff=False,
    ),
    "no-dates-no-confirmation-intent-is-nothing": Case(
        mentions=(),
        appointments=(appointment(1, at(6, 10)),),
        thread=(request_for(1),),
        dateless=False,
        confirmed=(),
        staff=False,
    ),
    "dst-sunday-night-local-day": Case(
        # 00:30 on Monday 30 March in Berlin (summer time) is still Sunday in UTC:
        # the practice's local day decides.
        mentions=(mention(date(2026, 3, 30)),),
        appointments=(appointment(1, datetime(2026, 3, 29, 22, 30, tzinfo=UTC)),),
        confirmed=(1,),
        staff=False,
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_match_confirmations(case: Case) -> None:
    findings, reasons = match_confirmations(
        mentions=case.mentions,
        appointments=case.appointments,
        thread=case.thread,
        mail_date=MAIL_DATE,
        timezone="Europe/Berlin",
        dateless_confirmation=case.dateless,
    )
    assert tuple(f.appointment_id for f in findings) == case.confirmed
    assert bool(reasons) is case.staff, reasons
    for fragment in case.reason_contains:
        assert any(fragment in reason for reason in reasons), reasons


def test_finding_carries_the_sentence_as_evidence() -> None:
    named = DateMention(day=MONDAY, sentence="Die Behandlung am 6.4. hat stattgefunden.")
    findings, _ = match_confirmations(
        mentions=(named,),
        appointments=(appointment(1, at(6, 10)),),
        thread=(),
        mail_date=MAIL_DATE,
        timezone="Europe/Berlin",
        dateless_confirmation=False,
    )
    assert findings[0].evidence == named.sentence
    assert findings[0].day == MONDAY


def test_dateless_finding_carries_the_local_day() -> None:
    late = appointment(1, datetime(2026, 4, 5, 22, 15, tzinfo=UTC))  # 00:15 in Berlin
    findings, _ = match_confirmations(
        mentions=(),
        appointments=(late,),
        thread=(request_for(1),),
        mail_date=MAIL_DATE,
        timezone="Europe/Berlin",
        dateless_confirmation=True,
    )
    assert findings[0].day == MONDAY


def request_listing(*appointment_ids: int) -> OutboxRef:
    return replace(request_for(appointment_ids[-1]), appointment_ids=appointment_ids)


@pytest.mark.parametrize(
    ("appointments", "confirmed", "staff"),
    [
        pytest.param(
            (appointment(1, at(6, 10)), appointment(2, at(8, 10))),
            (),
            True,
            id="request-listed-two-open-appointments",
        ),
        pytest.param(
            (appointment(1, at(6, 10), confirmed=True), appointment(2, at(8, 10))),
            (2,),
            False,
            id="one-of-the-two-confirmed-since",
        ),
        pytest.param(
            (appointment(1, at(6, 10)), appointment(2, at(8, 10), confirmed=True)),
            (1,),
            False,
            id="the-older-one-still-open",
        ),
        pytest.param(
            (appointment(1, at(6, 10), confirmed=True), appointment(2, at(8, 10), confirmed=True)),
            (),
            False,
            id="both-confirmed-already-a-repeat",
        ),
    ],
)
def test_dateless_yes_to_a_request_listing_several_appointments(
    appointments: tuple[Appointment, ...], confirmed: tuple[int, ...], staff: bool
) -> None:
    """A bare "ja" confirms only when exactly one listed appointment still waits."""
    findings, reasons = match_confirmations(
        mentions=(),
        appointments=appointments,
        thread=(request_listing(1, 2),),
        mail_date=MAIL_DATE,
        timezone="Europe/Berlin",
        dateless_confirmation=True,
    )
    assert tuple(f.appointment_id for f in findings) == confirmed
    assert bool(reasons) is staff, reasons


# --- properties: whatever the dates and the calendar, billing stays safe -----------------


DAYS = st.dates(min_value=date(2026, 3, 20), max_value=date(2026, 4, 20))
STARTS = st.builds(
    lambda d, h, m: datetime(d.year, d.month, d.day, h, m, tzinfo=BERLIN),
    DAYS,
    st.integers(min_value=0, max_value=23),
    st.sampled_from([0, 15, 30, 45]),
)
APPOINTMENTS = st.lists(
    st.builds(
        lambda start, status, confirmed, patient: appointment(
            0, start, status=status, confirmed=confirmed, patient_id=patient
        ),
        STARTS,
        st.sampled_from(list(AppointmentStatus)),
        st.booleans(),
        st.sampled_from([7, 7, 7, 8]),
    ),
    max_size=8,
).map(lambda items: tuple(replace_id(a, i) for i, a in enumerate(items, start=1)))


def replace_id(item: Appointment, new_id: int) -> Appointment:
    return replace(item, id=new_id)


@settings(max_examples=300, deadline=None)
@given(
    days=st.lists(st.tuples(DAYS, st.booleans()), max_size=4),
    appointments=APPOINTMENTS,
    requested=st.one_of(st.none(), st.integers(min_value=1, max_value=9)),
    dateless=st.booleans(),
)
def test_never_confirms_what_is_not_open_begun_and_named(
    days: list[tuple[date, bool]],
    appointments: tuple[Appointment, ...],
    requested: int | None,
    dateless: bool,
) -> None:
    own = tuple(a for a in appointments if a.patient_id == 7)
    thread = (request_for(requested),) if requested is not None else ()
    mentions = tuple(mention(d, ambiguous=amb) for d, amb in days)
    findings, reasons = match_confirmations(
        mentions=mentions,
        appointments=own,
        thread=thread,
        mail_date=MAIL_DATE,
        timezone="Europe/Berlin",
        dateless_confirmation=dateless,
    )
    by_id = {a.id: a for a in own}
    named = {d for d, amb in days if not amb}
    assert len({f.appointment_id for f in findings}) == len(findings)
    for finding in findings:
        confirmed = by_id[finding.appointment_id]  # only the sender's own appointments
        assert confirmed.is_held
        assert confirmed.confirmed_at is None
        assert confirmed.start < MAIL_DATE
        local_day = confirmed.start.astimezone(BERLIN).date()
        if mentions:
            assert local_day in named
        else:
            assert dateless
            assert finding.appointment_id == requested
    if mentions and not findings:
        open_named = [
            a
            for a in own
            if a.start.astimezone(BERLIN).date() in named and a.confirmed_at is None and a.is_held
        ]
        assert reasons or not open_named or any(amb for _, amb in days)


# Two sessions on one day, confirmed together only when the sentence counts every one.
TWO_ON_THE_NINTH = (appointment(31, at(9, 9)), appointment(32, at(9, 13)))


@pytest.mark.parametrize(
    ("sentence", "confirmed"),
    [
        pytest.param(
            "heute waren es zwei Termine (morgens und mittags), beide haben stattgefunden.",
            [31, 32],
            id="zwei-termine-beide",
        ),
        pytest.param("Beide Termine heute haben stattgefunden.", [31, 32], id="beide-termine"),
        pytest.param("Both sessions today took place.", [31, 32], id="both-sessions"),
        pytest.param("Die Behandlung heute hat stattgefunden.", [], id="one-of-two-uncounted"),
        pytest.param(
            "heute waren es zwei Termine, einer hat stattgefunden.", [], id="two-but-one-held"
        ),
        pytest.param(
            "alle drei Termine heute haben stattgefunden.", [], id="counts-three-there-are-two"
        ),
        pytest.param("zwei Termine heute haben stattgefunden.", [], id="count-without-every-one"),
    ],
)
def test_two_sessions_on_one_day_need_a_count_of_every_one(
    sentence: str, confirmed: list[int]
) -> None:
    findings, reasons = match_confirmations(
        mentions=(DateMention(day=date(2026, 4, 9), sentence=sentence),),
        appointments=TWO_ON_THE_NINTH,
        thread=(),
        mail_date=MAIL_DATE,
        timezone="Europe/Berlin",
        dateless_confirmation=False,
    )
    assert sorted(f.appointment_id for f in findings) == confirmed
    assert bool(reasons) is not bool(confirmed)


# blind R r33, blind P p11: two sessions on one day (9:00 and 13:00 on 9 April) told
# apart by the times written beside the day, or counted ("zweimal")
@pytest.mark.parametrize(
    ("mentions", "confirmed"),
    [
        pytest.param(
            [("09.04.", "Am 9.4. um 9:00 hat die Behandlung stattgefunden.")], [31], id="one-time"
        ),
        pytest.param(
            [("09.04.", "Die Behandlung am 9.4. um 13 Uhr hat stattgefunden.")],
            [32],
            id="time-with-uhr",
        ),
        pytest.param(
            [("09.04.", "Ich bestätige den Termin am 9.4. um 13:00.")],
            [32],
            id="time-ending-the-sentence",
        ),
        pytest.param(
            [("09.04.", "Ich bestätige den Termin am 9.4. um 13.04.")], [], id="um-before-a-date"
        ),
        pytest.param(
            [("09.04.", "Do 09.04. 09:00 KG erhalten Do 09.04. 13:00 KG erhalten")],
            [31, 32],
            id="table-rows-one-line",
        ),
        pytest.param(
            [
                (
                    "08.04.",
                    "Am 8.4. um 13:00 und am 9.4. um 9:00 hat die Behandlung stattgefunden.",
                ),
                (
                    "09.04.",
                    "Am 8.4. um 13:00 und am 9.4. um 9:00 hat die Behandlung stattgefunden.",
                ),
            ],
            [31],
            id="each-day-its-own-time",
        ),
        pytest.param(
            [
                (
                    "08.04.",
                    "Um 13:00 am 8.4. und um 9:00 am 9.4. hat die Behandlung stattgefunden.",
                ),
                (
                    "09.04.",
                    "Um 13:00 am 8.4. und um 9:00 am 9.4. hat die Behandlung stattgefunden.",
                ),
            ],
            [],
            id="time-before-date-cannot-be-told",
        ),
        pytest.param(
            [("09.04.", "Am 9.4. um 11:00 hat die Behandlung stattgefunden.")],
            [],
            id="time-of-no-session",
        ),
        pytest.param(
            [("09.04.", "Am 9.4. um 9:00 hat die Behandlung nicht stattgefunden.")],
            [],
            id="denied",
        ),
        pytest.param(
            [("09.04.", "Bestätige hiermit 09.04.2026 zweimal.")], [31, 32], id="counted-zweimal"
        ),
    ],
)
def test_two_sessions_on_one_day_told_apart_by_time(
    mentions: list[tuple[str, str]], confirmed: list[int]
) -> None:
    findings, _ = match_confirmations(
        mentions=tuple(
            DateMention(day=date(2026, int(d[3:5]), int(d[:2])), sentence=s) for d, s in mentions
        ),
        appointments=TWO_ON_THE_NINTH,
        thread=(),
        mail_date=MAIL_DATE,
        timezone="Europe/Berlin",
        dateless_confirmation=False,
    )
    assert sorted(f.appointment_id for f in findings if f.day == date(2026, 4, 9)) == confirmed


# Blind AH ah16: a private patient's KGG in the morning and MT at noon on the same day.
KGG_AND_MT_ON_THE_NINTH = (
    replace(appointment(41, at(9, 7, 30)), treatment=Treatment.KGG),
    replace(appointment(42, at(9, 12, 30)), treatment=Treatment.MT),
)


@pytest.mark.parametrize(
    ("sentences", "confirmed"),
    [
        pytest.param(["Die Manuelle Therapie am 9.4. hat stattgefunden."], [42], id="mt-named"),
        pytest.param(["Das Gerätetraining am 9.4. hat stattgefunden."], [41], id="kgg-named"),
        pytest.param(["KGG am 9.4. erhalten."], [41], id="kgg-abbreviated"),
        pytest.param(["Die Behandlung am 9.4. hat stattgefunden."], [], id="no-kind"),
        pytest.param(["MT und KGG am 9.4. haben stattgefunden."], [], id="both-kinds-need-a-count"),
        pytest.param(
            ["Die Manuelle Therapie am 9.4. hat stattgefunden.", "KGG am 9.4. erhalten."],
            [],
            id="a-kind-each-in-two-sentences",
        ),
        pytest.param(
            ["Die Krankengymnastik am 9.4. hat stattgefunden."], [], id="kind-of-no-session"
        ),
    ],
)
def test_two_sessions_on_one_day_told_apart_by_kind(
    sentences: list[str], confirmed: list[int]
) -> None:
    first, *others = sentences
    findings, _ = match_confirmations(
        mentions=(
            DateMention(day=date(2026, 4, 9), sentence=first, other_sentences=tuple(others)),
        ),
        appointments=KGG_AND_MT_ON_THE_NINTH,
        thread=(),
        mail_date=MAIL_DATE,
        timezone="Europe/Berlin",
        dateless_confirmation=False,
    )
    assert sorted(f.appointment_id for f in findings) == confirmed


# Blind GD gd38: "ich bestätige den Termin am Mittwoch um 9", written on Tuesday 26.05. under
# our reminder for Wednesday 27.05., billed last Wednesday's open session.
WEDNESDAYS = (appointment(51, at(20, 9, month=5)), appointment(52, at(27, 9, month=5)))
TUESDAY_MORNING = at(26, 9, 40, month=5)


@pytest.mark.parametrize(
    ("sentence", "thread", "appointments", "confirmed"),
    [
        pytest.param(
            "Ich bestätige den Termin am Mittwoch.", (), WEDNESDAYS, [], id="a-session-to-come"
        ),
        pytest.param(
            "Ich bestätige den Termin diesen Mittwoch.", (), WEDNESDAYS, [], id="diesen-mittwoch"
        ),
        pytest.param(
            "Der Termin am Mittwoch hat stattgefunden.",
            (),
            WEDNESDAYS,
            [51],
            id="told-as-past",
        ),
        pytest.param(
            "Ich bestätige den Termin vom Mittwoch.", (), WEDNESDAYS, [51], id="vom-is-past"
        ),
        pytest.param(
            "Ich bestätige den Termin am Mittwoch.",
            (request_for(51),),
            WEDNESDAYS,
            [51],
            id="our-request-for-that-wednesday",
        ),
        pytest.param(
            "Ich bestätige den Termin am Mittwoch.",
            (),
            WEDNESDAYS[:1],
            [51],
            id="nothing-to-come-that-day",
        ),
    ],
)
def test_a_weekday_alone_may_mean_the_coming_session(
    sentence: str,
    thread: tuple[OutboxRef, ...],
    appointments: tuple[Appointment, ...],
    confirmed: list[int],
) -> None:
    findings, reasons = match_confirmations(
        mentions=(DateMention(day=date(2026, 5, 20), sentence=sentence, weekday_alone=True),),
        appointments=appointments,
        thread=thread,
        mail_date=TUESDAY_MORNING,
        timezone="Europe/Berlin",
        dateless_confirmation=False,
    )
    assert sorted(f.appointment_id for f in findings) == confirmed
    assert bool(reasons) == (not confirmed)


def test_a_weekday_named_alone_is_marked_so() -> None:
    mail_date = TUESDAY_MORNING
    alone, dated, last = (
        extract_dates(text, mail_date=mail_date, timezone="Europe/Berlin")
        for text in (
            "Ich bestätige den Termin am Mittwoch.",
            "Ich bestätige den Termin am Mittwoch, 20.5.",
            "Ich bestätige den Termin letzten Mittwoch.",
        )
    )
    assert [(m.day, m.weekday_alone) for m in alone] == [(date(2026, 5, 20), True)]
    assert [(m.day, m.weekday_alone) for m in dated] == [(date(2026, 5, 20), False)]
    assert [(m.day, m.weekday_alone) for m in last] == [(date(2026, 5, 20), False)]


@pytest.mark.parametrize(
    ("mail_date", "confirmed"),
    [
        pytest.param(at(22, 18, month=5), [51], id="friday-the-last-is-nearer"),
        pytest.param(at(24, 18, month=5), [], id="sunday-the-coming-is-nearer"),
    ],
)
def test_a_weekday_alone_is_the_nearer_one(mail_date: datetime, confirmed: list[int]) -> None:
    findings, _ = match_confirmations(
        mentions=(
            DateMention(
                day=date(2026, 5, 20),
                sentence="Ich bestätige den Termin am Mittwoch.",
                weekday_alone=True,
            ),
        ),
        appointments=WEDNESDAYS,
        thread=(),
        mail_date=mail_date,
        timezone="Europe/Berlin",
        dateless_confirmation=False,
    )
    assert sorted(f.appointment_id for f in findings) == confirmed


# Blind GI gi41: "ja Dienstag hat stattgefunden", written on a Tuesday afternoon before that
# day's 17:00 session, under our request for the Tuesday before.
TUESDAYS = (appointment(61, at(3, 17, month=11)), appointment(62, at(10, 17, month=11)))


@pytest.mark.parametrize(
    ("sentence", "written", "confirmed"),
    [
        pytest.param(
            "Ja, Dienstag hat stattgefunden.", at(10, 15, 45, month=11), [61], id="before-todays"
        ),
        pytest.param(
            "Ja, Dienstag hat stattgefunden.", at(10, 18, 45, month=11), [], id="after-todays-began"
        ),
        pytest.param("Ja, Dienstag passt.", at(10, 15, 45, month=11), [], id="not-told-as-past"),
    ],
)
def test_the_mails_own_weekday_before_its_session_is_a_week_ago(
    sentence: str, written: datetime, confirmed: list[int]
) -> None:
    findings, _ = match_confirmations(
        mentions=(
            DateMention(
                day=date(2026, 11, 10), sentence=sentence, ambiguous=True, weekday_alone=True
            ),
        ),
        appointments=TUESDAYS,
        thread=(),
        mail_date=written,
        timezone="Europe/Berlin",
        dateless_confirmation=False,
    )
    assert sorted(f.appointment_id for f in findings) == confirmed


# Blind GZ gz41: "Montag hat stattgefunden", written on Wednesday 25.02. under our request
# for Monday 16.02., billed Monday 23.02.
MONDAYS = (appointment(61, at(16, 10, month=2)), appointment(62, at(23, 10, month=2)))


@pytest.mark.parametrize(
    ("mentions", "confirmed"),
    [
        pytest.param(
            (
                DateMention(
                    day=date(2026, 2, 23), sentence="Montag hat stattgefunden.", weekday_alone=True
                ),
            ),
            [],
            id="that-monday-or-the-last",
        ),
        # the mail names the asked day too: the weekday alone is another day
        pytest.param(
            (
                DateMention(day=date(2026, 2, 16), sentence="Der 16. hat stattgefunden."),
                DateMention(
                    day=date(2026, 2, 23),
                    sentence="Und diese Woche Montag auch.",
                    weekday_alone=True,
                ),
            ),
            [61, 62],
            id="the-asked-day-named-too",
        ),
        # blind HH hh24: "letzten Montag" is no surer than the weekday alone (it billed the
        # later Monday)
        pytest.param(
            (
                DateMention(
                    day=date(2026, 2, 23),
                    sentence="sorry, ging unter: ja, letzten Montag hat stattgefunden.",
                ),
            ),
            [],
            id="last-monday-or-the-one-asked",
        ),
        # the mirror: the day written as a date is the day
        pytest.param(
            (DateMention(day=date(2026, 2, 23), sentence="Montag, 23.2., hat stattgefunden."),),
            [62],
            id="a-monday-with-its-date",
        ),
    ],
)
def test_a_weekday_alone_under_our_request_for_an_earlier_one(
    mentions: tuple[DateMention, ...], confirmed: list[int]
) -> None:
    findings, reasons = match_confirmations(
        mentions=mentions,
        appointments=MONDAYS,
        thread=(request_for(61),),
        mail_date=at(25, 21, month=2),
        timezone="Europe/Berlin",
        dateless_confirmation=False,
    )
    assert sorted(f.appointment_id for f in findings) == confirmed
    assert bool(reasons) == (not confirmed)


# Blind HA ha05 ha40, GV gv14: "am 30." under our request for 30 January, written in April.
JANUARY_AND_MARCH = (appointment(71, at(30, 10, month=1)), appointment(72, at(30, 10, month=3)))


@pytest.mark.parametrize(
    ("sentence", "appointments", "confirmed"),
    [
        pytest.param(
            "Die Behandlung am 30. hat stattgefunden.",
            JANUARY_AND_MARCH[:1],
            [71],
            id="the-asked-30th",
        ),
        pytest.param("Yes, the 30th took place.", JANUARY_AND_MARCH[:1], [71], id="english"),
        # written with its month, or a session of its own on the last 30th: that day
        pytest.param(
            "Die Behandlung am 30.3. hat stattgefunden.", JANUARY_AND_MARCH[:1], [], id="with-month"
        ),
        pytest.param(
            "Die Behandlung am 30. hat stattgefunden.",
            JANUARY_AND_MARCH,
            [72],
            id="the-last-30th-held",
        ),
    ],
)
def test_a_day_of_the_month_alone_under_our_request(
    sentence: str, appointments: tuple[Appointment, ...], confirmed: list[int]
) -> None:
    findings, _ = match_confirmations(
        mentions=(DateMention(day=date(2026, 3, 30), sentence=sentence),),
        appointments=appointments,
        thread=(request_for(71),),
        mail_date=at(9, 10, month=4),
        timezone="Europe/Berlin",
        dateless_confirmation=False,
    )
    assert sorted(f.appointment_id for f in findings) == confirmed


# Blind HQ hq42: "Dienstag passt mir, ich bin um 17 Uhr online." written on Monday under our
# request for the Tuesday before, with a session tomorrow: it billed the asked one.
@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        ("Montag passt mir, ich bin um 17 Uhr online.", date(2026, 2, 23)),
        # told as past: the last one
        ("Montag war gut, danke.", None),
    ],
)
def test_a_weekday_that_may_mean_the_coming_session(sentence: str, coming: date | None) -> None:
    found = may_mean_the_coming_one(
        date(2026, 2, 16), sentence, MONDAYS, at(22, 18, month=2), "Europe/Berlin"
    )
    assert found == coming
