"""A relative or carer writing from the patient's address for the patient (rules/behalf.py).

The first tables run whole mails through parse_mail and decide_mail, as the worker does:
the patient Klaus Zimmermann has a phone appointment on Monday 2.11.2026, the mail comes
from his registered address on the Thursday after. Blind X x19, x27 and blind Z z03, z13,
z17, z20 are the mails these patterns come from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest

from rules.behalf import as_the_patients_words, signature_name, written_for
from rules.decide import decide_mail
from rules.models import Kind, MailContext, MailDecision, Patient, Quarantine
from rules.parsing import parse_mail
from tests.unit.factories import BERLIN, appointment, patient

ADDRESS = "klaus.zimmermann@arcor.de"
KLAUS = patient(id=1, name="Klaus Zimmermann", emails=(ADDRESS,))
MONDAY = appointment(id=1, patient_id=1, start=datetime(2026, 11, 2, 10, 0, tzinfo=BERLIN))
SENT = datetime(2026, 11, 5, 16, 12, tzinfo=BERLIN)


def decide(
    body: str,
    *,
    sender: str = f"Klaus Zimmermann <{ADDRESS}>",
    household: tuple[Patient, ...] = (),
    kind: Kind = Kind.PHONE,
) -> MailDecision:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Behandlung"
    message["Date"] = "Thu, 05 Nov 2026 16:12:00 +0100"
    message["Message-ID"] = "<b1@arcor.de>"
    message.set_content(body)
    mail = parse_mail(message.as_bytes(), received_at=SENT)
    assert not isinstance(mail, Quarantine)
    context = MailContext(
        practice_address="termine@praxis-impulse.de",
        patient=KLAUS,
        appointments=(replace(MONDAY, kind=kind),),
        household=household,
        accept_unauthenticated=True,
    )
    return decide_mail(mail, context, now=SENT + timedelta(minutes=5))


@pytest.mark.parametrize(
    "body",
    [
        # blind X x19: his wife writes, "er"/"seine Behandlung" are his
        pytest.param(
            "Guten Tag,\n\nich schreibe für meinen Mann Klaus, der kommt mit dem Computer nicht "
            "so zurecht. Er hatte am Montag, den 2. November, seine Behandlung am Telefon. Das "
            "hat stattgefunden, er ist sehr zufrieden.\n\nFreundliche Grüße\nInge Zimmermann",
            id="wife-writes-for-her-husband",
        ),
        # blind Z z03, z20: the relation with his first name in the confirming sentence
        pytest.param(
            "mein Mann Klaus hatte am 2.11. seine Behandlung am Telefon, die hat stattgefunden."
            "\n\nGruß Inge",
            id="my-husband-klaus-had-his-session",
        ),
        # blind X x27: the writer as the patient's relative, then "mein Vater"
        pytest.param(
            "Hallo,\n\nhier schreibt die Tochter von Herrn Zimmermann. Mein Vater hatte am 2.11. "
            "seine Behandlung am Telefon, die hat stattgefunden.\n\nViele Grüße\nSelin",
            id="the-daughter-of-herr-zimmermann",
        ),
        # blind Z z17: a care home handles his mail, from the care records
        pytest.param(
            "Sehr geehrte Damen und Herren,\n\ndie Verwaltung der Seniorenresidenz betreut für "
            "Herrn Zimmermann (Zimmer 114) den E-Mail-Verkehr. Laut Dokumentation unserer "
            "Pflegekräfte hat die telefonische Behandlung am 2.11. stattgefunden.\n\n"
            "i.A. H. Brömmel",
            id="care-home-from-its-records",
        ),
        # blind Z z13: "er sagt" of what the session did for him is no hearsay of it
        pytest.param(
            "ich schreibe für meinen Vater Klaus Zimmermann, er kann nicht so gut Deutsch "
            "schreiben. Die Telefonbehandlung am 2.11. hat stattgefunden, er sagt es hilft ihm "
            "sehr mit dem Rücken.\n\nMfG\nEmre",
            id="son-er-sagt-it-helps",
        ),
        # blind Z z41: "meiner Mutter, Frau ..." with title and full name
        pytest.param(
            "Sehr geehrte Damen und Herren,\n\nnach Rücksprache mit dem Pflegedienst kann ich "
            "Ihnen mitteilen, dass die Behandlung meines Vaters, Herrn Klaus Zimmermann, am "
            "2.11. doch stattgefunden hat. Meine Anfrage vom 3.11. hat sich damit erledigt.\n\n"
            "Mit freundlichen Grüßen\nPetra Kraus",
            id="my-father-herr-klaus-zimmermann",
        ),
        pytest.param(
            "ich schreibe für meinen mann klaus. er hatte am 2.11. seine behandlung, die hat "
            "stattgefunden.\n\ninge",
            id="all-lower-case",
        ),
        pytest.param(
            "Er hatte am 2.11. seine Behandlung, die hat stattgefunden.\n\n"
            "Grüße\nInge Zimmermann (für Klaus Zimmermann)",
            id="for-him-in-the-closing",
        ),
        # the patient himself, his name in a "für" that no writing verb goes before
        pytest.param(
            "Terminbestätigung für Klaus Zimmermann: ich hatte am 2.11. meine Behandlung, die "
            "hat stattgefunden.",
            id="patient-names-himself",
        ),
    ],
)
def test_written_for_the_patient_confirms_his_session(body: str) -> None:
    decision = decide(body)
    assert [c.appointment_id for c in decision.confirmations] == [MONDAY.id]
    assert not decision.needs_staff, decision.staff_reasons


def test_the_evidence_keeps_the_writers_words() -> None:
    decision = decide(
        "mein Mann Klaus hatte am 2.11. seine Behandlung am Telefon, die hat stattgefunden."
    )
    (finding,) = decision.confirmations
    assert finding.evidence == (
        "mein Mann Klaus hatte am 2.11. seine Behandlung am Telefon, die hat stattgefunden."
    )
    assert [m.sentence for m in decision.dates] == [finding.evidence]


def test_staff_read_the_writers_words() -> None:
    decision = decide(
        "Mein Mann Klaus hatte am 2.11. seine Behandlung, die hat vermutlich stattgefunden."
    )
    assert decision.confirmations == ()
    (reason,) = decision.staff_reasons
    assert "„Mein Mann Klaus hatte am 2.11. seine Behandlung, die hat vermutlich" in reason


@pytest.mark.parametrize(
    "body",
    [
        # a relative's treatment, no patient named: someone else's
        pytest.param(
            "mein Mann hatte am 2.11. seine Behandlung beim Orthopäden, die hat stattgefunden.",
            id="husband-unnamed-at-the-orthopaedist",
        ),
        pytest.param(
            "mein Mann Klaus hatte am 2.11. seine Behandlung beim Orthopäden, die hat "
            "stattgefunden.",
            id="husband-named-at-the-orthopaedist",
        ),
        # another relative than the one written for
        pytest.param(
            "ich schreibe für meinen Mann Klaus. Unser Sohn hatte am 2.11. seine Behandlung, die "
            "hat stattgefunden.",
            id="written-for-him-about-our-son",
        ),
        pytest.param(
            "ich schreibe für meinen Mann Klaus. Unser Sohn hatte am 2.11. die Behandlung, die "
            "hat stattgefunden.",
            id="written-for-him-about-our-son-no-pronoun",
        ),
        pytest.param(
            "ich schreibe für meinen Sohn Klaus. Mein Sohn Jan hatte am 2.11. seine Behandlung, "
            "die hat stattgefunden.",
            id="another-son-by-another-name",
        ),
        # the patient signs himself and speaks of his son
        pytest.param(
            "Mein Sohn hatte am 2.11. seine Behandlung, die hat stattgefunden.\n\nViele Grüße\n"
            "Klaus Zimmermann",
            id="patient-signs-my-son-had",
        ),
        # a relative by another first name
        pytest.param(
            "ich schreibe für meinen Mann Peter. Er hatte am 2.11. seine Behandlung, die hat "
            "stattgefunden.",
            id="another-first-name",
        ),
        pytest.param(
            "ich schreibe für meinen Schwiegervater Klaus. Mein Vater hatte am 2.11. die "
            "Behandlung, die hat stattgefunden.",
            id="for-the-father-in-law-about-my-father",
        ),
        # the writer's own session
        pytest.param(
            "ich schreibe für meinen Mann Klaus. Ich hatte am 2.11. meine Behandlung, die hat "
            "stattgefunden.",
            id="the-writers-own-session",
        ),
        pytest.param(
            "ich schreibe für Herrn Zimmermann. Ich hatte am 2.11. meine Behandlung, die hat "
            "stattgefunden.",
            id="the-carers-own-session",
        ),
        # a carer asks, denies, doubts
        pytest.param(
            "ich schreibe für Herrn Zimmermann: hat die Behandlung am 2.11. stattgefunden?",
            id="carer-asks",
        ),
        pytest.param(
            "ich schreibe für meinen Mann Klaus: seine Behandlung am 2.11. ist leider "
            "ausgefallen, er war krank.",
            id="cancelled",
        ),
        pytest.param(
            "ich schreibe für meinen Mann Klaus. Er meint, die Behandlung am 2.11. hätte "
            "stattgefunden.",
            id="he-thinks",
        ),
        pytest.param(
            "ich schreibe für meinen Mann Klaus. Unser Sohn sagt, seine Behandlung am 2.11. hat "
            "stattgefunden.",
            id="our-son-says",
        ),
        pytest.param(
            "ich schreibe für meinen Mann Klaus. Er glaubt, die Behandlung am 2.11. hat "
            "stattgefunden.",
            id="he-believes",
        ),
        pytest.param(
            "Mein Mann Klaus glaubt, die Behandlung am 2.11. hat stattgefunden.",
            id="klaus-believes",
        ),
        # his relative, "meine Mutter" in his words
        pytest.param(
            "ich schreibe für meinen Mann Klaus. Seine Mutter hatte am 2.11. die Behandlung, die "
            "hat stattgefunden.",
            id="his-mother-had-the-session",
        ),
        pytest.param(
            "ich schreibe für meinen Mann Klaus. Der Therapeut hat angerufen, er sagt die "
            "Behandlung am 2.11. hat stattgefunden.",
            id="the-therapist-says",
        ),
        pytest.param(
            "ich schreibe für meinen Mann Klaus Peter. Er hatte am 2.11. seine Behandlung, die "
            "hat stattgefunden.",
            id="another-klaus",
        ),
        # the kind the mail names is not the booked one
        pytest.param(
            "ich schreibe für meinen Mann Klaus. Seine Videobehandlung am 2.11. hat stattgefunden.",
            id="video-for-a-phone-appointment",
        ),
    ],
)
def test_near_misses_record_nothing(body: str) -> None:
    decision = decide(body)
    assert decision.confirmations == ()
    assert decision.needs_staff


def test_a_relative_who_signs_with_her_own_name_writes_for_the_patient() -> None:
    """Blind IM im21 im14 im18: from the patient's address and display name, signed by
    someone else, "mein Mann" is the patient (no name beside the relation needed)."""
    decision = decide(
        "Hallo,\n\nmein Mann hatte am 2.11. seine Behandlung, die hat stattgefunden.\n\n"
        "Viele Grüße\nInge Zimmermann"
    )
    assert [c.appointment_id for c in decision.confirmations] == [1]


@pytest.mark.parametrize(
    "body",
    [
        # two relations: which one is the patient
        "mein Mann hatte am 2.11. seine Behandlung, unser Sohn war auch dabei, die hat "
        "stattgefunden.\n\nViele Grüße\nInge Zimmermann",
        # the relation by another name
        "Mein Sohn Jan hatte am 2.11. seine Behandlung, die hat stattgefunden.\n\nViele Grüße\n"
        "Inge Zimmermann",
        # the writer's own session
        "Ich hatte am 2.11. meine Behandlung, die hat stattgefunden.\n\nViele Grüße\nInge "
        "Zimmermann",
        # a short form of the patient's own name: the patient and his son
        "Mein Sohn hatte am 2.11. seine Behandlung, die hat stattgefunden.\n\nViele Grüße\nKlausi",
    ],
)
def test_signed_by_another_near_misses(body: str) -> None:
    decision = decide(body)
    assert decision.confirmations == ()
    assert decision.needs_staff


def test_a_daughter_with_her_own_record_at_the_address_is_not_the_father() -> None:
    """The parent confirms the child's session: the child is a patient of her own at the
    same address, the day is the father's; whose session it was stays with staff."""
    lea = patient(id=2, name="Lea Zimmermann", emails=(ADDRESS,))
    decision = decide(
        "Meine Tochter Lea hatte am 2.11. ihre Behandlung, die hat stattgefunden.",
        household=(lea,),
    )
    assert decision.confirmations == ()
    assert decision.needs_staff


def test_a_daughter_with_her_own_record_elsewhere_is_someone_else() -> None:
    decision = decide("Meine Tochter Lea hatte am 2.11. ihre Behandlung, die hat stattgefunden.")
    assert decision.confirmations == ()
    assert decision.needs_staff


def test_from_an_address_that_is_no_patients_nothing_is_written_for_anyone() -> None:
    decision = decide(
        "mein Mann Klaus hatte am 2.11. seine Behandlung, die hat stattgefunden.",
        sender="Inge Zimmermann <inge.zimmermann@arcor.de>",
    )
    assert decision.confirmations == ()
    assert decision.needs_staff


# --- the rules alone


@pytest.mark.parametrize(
    ("text", "relations", "sex"),
    [
        ("ich schreibe für meinen Mann Klaus, der kommt", {"mann"}, "m"),
        ("mein Mann Klaus hatte am 2.11. seine Behandlung", {"mann"}, "m"),
        ("hier schreibt die Tochter von Herrn Zimmermann.", {"vater"}, "m"),
        ("ich bin die Ehefrau von Klaus Zimmermann", {"mann"}, "m"),
        ("die Behandlung meines Vaters, Herrn Klaus Zimmermann, am 2.11.", {"vater"}, "m"),
        ("betreut für Herrn Zimmermann (Zimmer 114) den E-Mail-Verkehr", set(), "m"),
        ("Inge Zimmermann (für Klaus Zimmermann)", set(), None),
        ("im Auftrag von Klaus Zimmermann", set(), None),
        ("Mit freundlichen Grüßen\ni.A. Klaus Zimmermann", None, None),  # he signs for others
        ("ich schreibe für meinen Mann K.laus", None, None),  # not his name
        ("ich schreibe für meinen Mann Peter", None, None),
        ("Viele Grüße\nKlaus Zimmermann", None, None),  # a signature names nobody
        ("mein Mann hatte am 2.11. seine Behandlung", None, None),
        ("Klausens Termin", None, None),
    ],
)
def test_written_for(text: str, relations: set[str] | None, sex: str | None) -> None:
    found = written_for(text, (KLAUS,))
    if relations is None:
        assert found is None
        return
    assert found is not None
    assert found.patient == KLAUS
    assert found.relations == relations
    assert found.sex == sex


def test_names_tolerate_dotless_i_and_umlauts_written_out() -> None:
    mehmet = patient(id=3, name="Mehmet Aydın")
    juergen = patient(id=4, name="Hans-Jürgen Wolff")
    assert written_for("für meinen Vater Mehmet Aydin", (mehmet,)) is not None
    assert written_for("die Tochter von Frau Aydın", (mehmet,)) is not None
    assert written_for("mein Mann Hans-Juergen hatte", (juergen,)) is not None
    assert written_for("mein Mann Hans Jürgen hatte", (juergen,)) is not None


def test_a_title_in_the_registered_name_names_nobody() -> None:
    doctor = patient(id=5, name="Dr. Hans Meier")
    assert written_for("ich schreibe für Dr. Müller", (doctor,)) is None
    assert written_for("ich schreibe für meinen Mann Hans", (doctor,)) is not None


def test_a_name_two_patients_of_the_address_share_names_neither() -> None:
    lea = patient(id=2, name="Lea Zimmermann", emails=(ADDRESS,))
    assert written_for("die Verwaltung betreut für Frau Zimmermann", (KLAUS, lea)) is None
    assert written_for("die Verwaltung betreut für Frau Zimmermann", (lea,)) is not None
    assert written_for("für meine Tochter Lea", (KLAUS, lea)) == written_for(
        "für meine Tochter Lea", (lea,)
    )


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "ich schreibe für meinen Mann Klaus. Er hatte am 2.11. seine Behandlung.",
            "ich schreibe für Klaus Zimmermann. Er hatte am 2.11. die Behandlung.",
        ),
        (
            "ich schreibe für meinen Mann Klaus. Unser Sohn hatte am 2.11. seine Behandlung.",
            "ich schreibe für Klaus Zimmermann. Unser Sohn hatte am 2.11. seine Behandlung.",
        ),
        (
            "für meinen Mann Klaus. Die Behandlung hat stattgefunden, er sagt es hilft.",
            "für Klaus Zimmermann. Die Behandlung hat stattgefunden, es hilft.",
        ),
        (
            "für meinen Mann Klaus. Er sagt, es hat ihm gut getan.",
            "für Klaus Zimmermann. Es hat ihm gut getan.",
        ),
        (
            "für meinen Mann Klaus. Laut Pflegedokumentation hat es stattgefunden.",
            "für Klaus Zimmermann. Pflegedokumentation hat es stattgefunden.",
        ),
        (
            "für meinen Mann Klaus. Er glaubt, seine Mutter hatte ihren Termin.",
            "für Klaus Zimmermann. Ich glaube, meine Mutter hatte ihren Termin.",
        ),
        (
            "für meinen mann klaus: mein mann hatte seinen termin.",
            "für klaus zimmermann: klaus zimmermann hatte den termin.",
        ),
    ],
)
def test_as_the_patients_words(text: str, seen: str) -> None:
    behalf = written_for(text, (KLAUS,))
    assert behalf is not None
    rewrite = as_the_patients_words(text, behalf)
    assert rewrite.text == seen
    # every sentence of the rewritten text has the writer's words back
    for new, old in zip(re.split(r"(?<=[.:]) ", seen), re.split(r"(?<=[.:]) ", text), strict=True):
        assert rewrite.restore(new) == old


@pytest.mark.parametrize(
    ("cut_text", "name"),
    [
        ("Viele Grüße\nJulia Brandt\n", "Julia Brandt"),
        # the name on the closing formula's line (blind IV iv07)
        ("LG Derya\n", "Derya"),
        ("Gruß Finn (Enkel von Gisela Neumann)\n", "Finn"),
        # a remark after the name (blind IV iv02)
        ("Liebe Grüße\nLea, die Enkelin\n", "Lea"),
        # no person
        ("Viele Grüße\nIhr Praxisteam\n", ""),
        ("Viele Grüße aus Berlin\n", ""),
        ("Mit freundlichen Grüßen\n", ""),
    ],
)
def test_the_name_a_writer_signs_with(cut_text: str, name: str) -> None:
    assert signature_name(cut_text) == name
