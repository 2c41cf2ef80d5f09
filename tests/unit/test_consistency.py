"""A confirming sentence that names another kind or time than the matched appointment.

The rows are read by rules/consistency.py alone; the last tests run the whole decision
through parse_mail and decide_mail, as the worker would.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest

from rules.consistency import contradiction
from rules.decide import decide_mail
from rules.models import Appointment, Kind, MailContext, MailDecision, Quarantine
from rules.parsing import parse_mail
from tests.unit.factories import BERLIN, appointment, patient

VIDEO_AT_9 = appointment(kind=Kind.VIDEO, start=datetime(2026, 4, 6, 9, 0, tzinfo=BERLIN))
PHONE_AT_15 = appointment(kind=Kind.PHONE, start=datetime(2026, 4, 6, 15, 0, tzinfo=BERLIN))


@pytest.mark.parametrize(
    ("sentence", "booked", "contradicts"),
    [
        # nothing said about kind or time: nothing against it
        ("Die Behandlung am 6.4. hat stattgefunden.", VIDEO_AT_9, False),
        ("Ich bestätige den Erhalt der Leistung am 6.4.", PHONE_AT_15, False),
        # the kind
        ("Das Telefonat am 6.4. hat stattgefunden.", VIDEO_AT_9, True),
        ("Sie haben mich am 6.4. angerufen, danke.", VIDEO_AT_9, True),
        ("The phone call on 6 April took place.", VIDEO_AT_9, True),
        ("Die Videobehandlung am 6.4. hat stattgefunden.", PHONE_AT_15, True),
        ("Das Videotelefonat am 6.4. hat stattgefunden.", VIDEO_AT_9, False),
        ("Der Videoanruf am 6.4. war gut.", VIDEO_AT_9, False),
        ("The video call on 6 April took place.", VIDEO_AT_9, False),
        ("Das Telefonat am 6.4. hat stattgefunden.", PHONE_AT_15, False),
        ("Die Video-Telefonie am 6.4. hat geklappt.", PHONE_AT_15, True),  # video, hyphen or not
        ("Video oder Telefon, egal: am 6.4. hat es geklappt.", PHONE_AT_15, False),  # both
        # the time of day
        ("Die Behandlung am 6.4. um 9 Uhr hat stattgefunden.", VIDEO_AT_9, False),
        ("Die Behandlung am 6.4. um 9:40 hat stattgefunden.", VIDEO_AT_9, False),  # late start
        ("Die Behandlung am 06.04. um 15 Uhr hat stattgefunden.", VIDEO_AT_9, True),
        ("Die Behandlung am 6.4. um 3 Uhr hat stattgefunden.", PHONE_AT_15, False),  # 15:00
        ("Die Behandlung am 6.4. um 11.30 Uhr hat stattgefunden.", PHONE_AT_15, True),
        ("The session on April 6 at 3 pm took place.", PHONE_AT_15, False),
        ("The session on April 6 at 3 am took place.", PHONE_AT_15, True),
        ("The session on April 6 at 10:30 took place.", VIDEO_AT_9, False),  # an hour late
        ("The session on April 6 at 11:00 took place.", VIDEO_AT_9, True),
        ("Am 6.4. um 10 hat es geklappt.", VIDEO_AT_9, False),  # "um 10" alone: too weak
        ("Die Behandlung am 06.04.2026 hat stattgefunden.", VIDEO_AT_9, False),  # a date only
        # blind V v12: "am" before a word is German, no "8 am"
        ("ja termin war am 6.4 am video alles gut gemacht", VIDEO_AT_9, False),
        ("The session on 6.4 at 8 am. took place.", PHONE_AT_15, True),
        # a call that arranged something or did not come is no kind (blind DJ dj01, dj09)
        ("Am 6.4. war, den 8.4. hatte ich am Telefon abgesagt.", VIDEO_AT_9, False),
        ("Am 6.4. war, am 8.4. hab ich den Anruf nicht mitbekommen.", VIDEO_AT_9, False),
        ("Am 6.4. hat mich niemand angerufen.", VIDEO_AT_9, False),
        ("Am 6.4. hat mich Ihre Kollegin angerufen.", VIDEO_AT_9, True),
        # the call that cancelled another (blind IR ir07)
        (
            "6.4. ja, den 8.4. hab ich abgesagt (hatte ich morgens angerufen).",
            VIDEO_AT_9,
            False,
        ),
        ("6.4. ja, am 8.4. hab ich angerufen, um abzusagen.", VIDEO_AT_9, False),
        # the kind it was instead of the one booked (blind IX ix27)
        ("Am 6.4. haben wir statt Video telefoniert.", VIDEO_AT_9, True),
        ("Am 6.4. haben wir statt Telefon per Video gemacht.", VIDEO_AT_9, False),
        # someone else's call that broke the session off (blind IX ix01 ix07)
        (
            "Am 6.4. mussten wir nach der Hälfte aufhören, weil die Schule angerufen hat.",
            VIDEO_AT_9,
            False,
        ),
        ("On 6 April we had to stop early because my daughter's school called.", VIDEO_AT_9, False),
        # a call that helped into the video (blind IT it27)
        (
            "Die Stunde am 6.4. hat stattgefunden, nachdem die Therapeutin angerufen und den "
            "Code nochmal durchgegeben hat.",
            VIDEO_AT_9,
            False,
        ),
        # a number or a call that was not the session (blind HL hl19, HI hi16)
        (
            "New phone number: 0157 3382. And yes, the session on 6 April took place.",
            VIDEO_AT_9,
            False,
        ),
        ("Meine Telefonnummer hat sich geändert, der Termin am 6.4. war gut.", VIDEO_AT_9, False),
        ("On 6 April I had to leave after 20 minutes because of a work call.", VIDEO_AT_9, False),
        # the video that failed is not the kind it was held in (blind JE je27 billed it)
        (
            "On 6 April it was done over the phone because the video link wouldn't load.",
            VIDEO_AT_9,
            True,
        ),
        ("Am 6.4. ging das Video nicht, wir haben telefoniert.", VIDEO_AT_9, True),
        # ... but a call that only finished it is (blind AS as15)
        (
            "Am 6.4. ist das Video abgestürzt, wir haben per Telefon zu Ende gemacht.",
            VIDEO_AT_9,
            False,
        ),
        # an arrangement on the phone (blind IX ix23)
        (
            "The 6 April one was moved to 1 pm (Jana kindly agreed on the phone), full half hour.",
            VIDEO_AT_9,
            False,
        ),
    ],
)
def test_contradiction(sentence: str, booked: Appointment, contradicts: bool) -> None:
    assert (contradiction(sentence, booked, timezone="Europe/Berlin") is not None) is contradicts


def _decide(body: str, booked: Appointment) -> MailDecision:
    message = EmailMessage()
    message["From"] = "Jan Berger <jan.berger@web.de>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Behandlung"
    message["Date"] = "Tue, 07 Apr 2026 08:00:00 +0200"
    message["Message-ID"] = "<c1@web.de>"
    message.set_content(body)
    received = datetime(2026, 4, 7, 8, 5, tzinfo=BERLIN)
    mail = parse_mail(message.as_bytes(), received_at=received)
    assert not isinstance(mail, Quarantine)
    context = MailContext(
        practice_address="termine@praxis-impulse.de",
        patient=patient(emails=("jan.berger@web.de",)),
        appointments=(booked,),
        accept_unauthenticated=True,
    )
    return decide_mail(mail, context, now=received + timedelta(minutes=5))


def test_parent_confirming_the_childs_call_does_not_bill_the_parents_video_session() -> None:
    decision = _decide(
        "Hallo, das Telefonat meiner Tochter am 6.4. um 15 Uhr hat stattgefunden.\nJan Berger",
        VIDEO_AT_9,
    )
    assert decision.confirmations == ()
    assert any("Telefonat" in r for r in decision.staff_reasons)


def test_a_fitting_sentence_still_confirms() -> None:
    decision = _decide(
        "Hallo, die Videobehandlung am 6.4. um 9 Uhr hat stattgefunden.\nJan Berger", VIDEO_AT_9
    )
    assert [c.appointment_id for c in decision.confirmations] == [VIDEO_AT_9.id]


def test_a_time_of_another_session_the_mail_confirms_is_no_contradiction() -> None:
    """Blind V v06: "beide Termine heute, der frühe um 9 und der um 15 Uhr": each time is
    one of the two sessions the mail confirms."""
    sentence = "Beide Termine am 6.4., der frühe um 9:00 und der um 15:00, haben stattgefunden."
    for booked, other in ((VIDEO_AT_9, PHONE_AT_15), (PHONE_AT_15, VIDEO_AT_9)):
        assert contradiction(sentence, booked, timezone="Europe/Berlin")  # alone: another time
        assert (
            contradiction(sentence, booked, timezone="Europe/Berlin", also_confirmed=(other,))
            is None
        )
