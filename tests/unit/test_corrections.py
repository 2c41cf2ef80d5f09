"""A day the patient takes back in the same mail (rules/corrections.py).

The first tables run whole mails through parse_mail and decide_mail, as the worker does:
the patient has phone appointments on Thursday 14.5. and Thursday 21.5.2026 (or on the
21.5. only), the mail comes from her registered address on the Friday after. Blind Y y09,
y37 are the mails the patterns come from; blind AE (written after them) measured them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest

from rules.corrections import take_back
from rules.decide import decide_mail
from rules.models import MailContext, MailDecision, Quarantine
from rules.parsing import parse_mail
from tests.unit.factories import BERLIN, appointment, patient

ADDRESS = "marie.schulz@web.de"
MARIE = patient(id=1, name="Marie Schulz", emails=(ADDRESS,))
ON_14 = appointment(id=14, patient_id=1, start=datetime(2026, 5, 14, 10, 0, tzinfo=BERLIN))
ON_21 = appointment(id=21, patient_id=1, start=datetime(2026, 5, 21, 10, 0, tzinfo=BERLIN))
SENT = datetime(2026, 5, 22, 9, 30, tzinfo=BERLIN)


def decide(body: str, *, both: bool = False, confirmed_14: bool = False) -> MailDecision:
    message = EmailMessage()
    message["From"] = f"Marie Schulz <{ADDRESS}>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Behandlung"
    message["Date"] = "Fri, 22 May 2026 09:30:00 +0200"
    message["Message-ID"] = "<c1@web.de>"
    message.set_content(body)
    mail = parse_mail(message.as_bytes(), received_at=SENT)
    assert not isinstance(mail, Quarantine)
    context = MailContext(
        practice_address="termine@praxis-impulse.de",
        patient=MARIE,
        appointments=(
            (
                replace(ON_14, confirmed_at=SENT - timedelta(days=7)) if confirmed_14 else ON_14,
                ON_21,
            )
            if both
            else (ON_21,)
        ),
        accept_unauthenticated=True,
    )
    return decide_mail(mail, context, now=SENT + timedelta(minutes=5))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Die Behandlung am 14., nein, am 21. hat stattgefunden.", id="nein"),
        pytest.param(
            "Die Behandlung am 14.5. – sorry, ich meine 21.5. – hat stattgefunden.", id="sorry"
        ),
        pytest.param("Ich bestätige den 14.05., äh, 15.05., äh, 21.05.", id="twice"),
        pytest.param(
            "Der Termin war nicht am 14. sondern am 21. und hat stattgefunden.", id="nicht-sondern"
        ),
        pytest.param(
            "Die Behandlung hat stattgefunden. Es war der 21., nicht der 14.", id="meant-not"
        ),
        # blind Y y37: the day written in an earlier mail called wrong
        pytest.param(
            "ich hatte Ihnen vorhin den 14. Mai geschrieben, das war falsch: es war natürlich "
            "Donnerstag, der 21. Mai. Der Anruf hat stattgefunden.",
            id="called-wrong",
        ),
        # blind Y y09: a list corrected, and the day taken back explained after it
        pytest.param(
            "für Mai: am 14. und am 21. hatte ich Termin - ne stimmt nicht, nicht am 14., "
            "sondern am 21., am 14. war Feiertag. Also der 21. Mai hat stattgefunden.",
            id="list-corrected",
        ),
        pytest.param(
            "THE SESSION ON THE 14TH, SORRY, I MEAN THE 21ST, TOOK PLACE.", id="english-caps"
        ),
        # blind BO bo19: the day taken back ends the sentence with its own full stop
        pytest.param(
            "Korrektur zu meiner Mail eben - die Behandlung war am 21.05., nicht am 14. Hab aufs"
            " falsche Datum geschaut.",
            id="meant-not-sentence-end",
        ),
        # blind BO bo07: a chat-style fix on the next line
        pytest.param("Hat stattgefunden 14.05.\n*21.05. 🙈", id="star-fix"),
    ],
)
def test_the_day_meant_is_recorded_and_the_one_taken_back_is_not(body: str) -> None:
    decision = decide(body)

    assert [c.appointment_id for c in decision.confirmations] == [21]
    assert [str(m.day) for m in decision.dates] == ["2026-05-21"]
    assert not decision.needs_staff, decision.staff_reasons


def test_a_day_taken_back_stays_open() -> None:
    """The patient had a session on the 14th too: it stays unconfirmed, and the follow-up
    asks for it again."""
    decision = decide("Die Behandlung am 14., nein, am 21. hat stattgefunden.", both=True)

    assert [c.appointment_id for c in decision.confirmations] == [21]
    assert not decision.needs_staff, decision.staff_reasons


def test_a_day_taken_back_that_was_confirmed_goes_to_staff() -> None:
    """The 14th was confirmed by an earlier mail: the patient may be taking that back."""
    decision = decide(
        "Die Behandlung am 14., nein, am 21. hat stattgefunden.", both=True, confirmed_14=True
    )

    assert [c.appointment_id for c in decision.confirmations] == [21]
    assert decision.needs_staff
    assert any("14.05.2026 zurück" in reason for reason in decision.staff_reasons)


def test_staff_read_the_patients_own_words() -> None:
    decision = decide("Die Behandlung am 14., nein, am 21. hat stattgefunden.", both=True)

    assert decision.confirmations[0].evidence == (
        "Die Behandlung am 14., nein, am 21. hat stattgefunden."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a list answered day by day: the "nein" denies the 14th
        "14.5. nein, 21.5. ja",
        "14.5. ja, 21.5. nein",
        "Am 14.5. – nein\n21.5. ja",
        # both days, the second added
        "Der Termin hat nicht nur am 14. sondern auch am 21. stattgefunden.",
        "Am 14. hat es geklappt, am 21. auch.",
        "Am 14. hatte ich Termin, nein, am 21. ebenfalls",
        # a denial of its own, not a correction
        "Am 14. war keine Behandlung, das ist falsch in Ihrer Liste, am 21. hat sie stattgefunden.",
        "Am 21. hat es geklappt, nicht am 14.",
        # a time corrected, no day
        "um 10.30 nein 11.00 Uhr",
        # two days on two lines
        "am 14. nein\nam 21. ja",
        # a list with stars for bullets
        "* 14.05.\n* 21.05.",
    ],
)
def test_no_correction_is_read_where_none_is_written(text: str) -> None:
    correction = take_back(text)

    assert correction.rewrite.text == text
    assert correction.taken_back == ()


@pytest.mark.parametrize(
    ("text", "seen", "taken_back"),
    [
        ("am 14., nein, am 21.", "am 21.", "am 14."),
        ("nicht am 14., sondern am 21.", "am 21.", "am 14."),
        ("es war der 21., nicht der 14.", "es war der 21.", "der 14."),
        (
            "Termine am 3.3., 10.3. nein doch 17.3. fanden statt",
            "Termine am 3.3., 17.3. fanden statt",
            "10.3.",
        ),
        ("on the 14th, sorry, I mean the 21st", "on the 21st", "on the 14th"),
        (
            "den 9. Juni geschrieben, das war falsch: es war der 10. Juni",
            "den 10. Juni",
            "den 9. Juni",
        ),
        # blind AE ae07, ae11 (learner's German): the wrong day named as such
        ("ich schreibe falsch datum 8 Juni, richtig ist 9 Juni", "ich schreibe 9 Juni", "8 Juni"),
        (
            "ich habe geschrieben 13.08 das ist falsch, sorry",
            "ich habe geschrieben , sorry",
            "13.08",
        ),
        # blind CH ch23: the day meant, then the one taken back, in the next sentence; the
        # sentence before said it of the day taken back
        (
            "ja hat am Mittwoch stattgefunden. Quatsch, Dienstag natürlich, nicht Mittwoch, bin"
            " noch nicht wach",
            "ja hat am Dienstag stattgefunden. Quatsch, Dienstag, bin noch nicht wach",
            "Mittwoch",
        ),
    ],
)
def test_the_correction_is_read_as_the_day_meant(text: str, seen: str, taken_back: str) -> None:
    correction = take_back(text)

    assert correction.rewrite.text == seen
    [(plain, (start, end))] = correction.taken_back
    assert plain[start:end] == taken_back
    assert correction.rewrite.restore(seen) == text


@pytest.mark.parametrize(
    "body",
    [
        # blind AE ae44: an earlier confirmation taken back, the session moved
        "bitte meine Bestätigung vom 14.05. ignorieren - der Termin wurde auf Donnerstag, den "
        "21.05., verlegt, und an dem Tag hat er dann stattgefunden.",
        "Please disregard my confirmation of the 14th, the session took place on the 21st.",
        "Die Behandlung am 14.05. bitte nicht abrechnen, die hat nicht stattgefunden.",
    ],
)
def test_an_earlier_confirmation_taken_back_records_nothing_for_it(body: str) -> None:
    decision = decide(body, both=True)

    assert 14 not in [c.appointment_id for c in decision.confirmations]
    assert decision.needs_staff


def test_a_denial_is_still_a_denial_after_the_correction() -> None:
    decision = decide("Am 14., nein, Quatsch, am 21. war ich nicht da.", both=True)

    assert decision.confirmations == ()
    assert decision.needs_staff
