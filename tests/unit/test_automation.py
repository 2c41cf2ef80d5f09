"""detect_automation / permanent_bounce_addresses on realistic machine and human mail."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rules.automation import (
    TEXT_EVIDENCE,
    detect_automation,
    find_automation,
    permanent_bounce_addresses,
)
from rules.decide import decide_mail
from rules.models import (
    Appointment,
    Category,
    InboundMail,
    Insurance,
    Kind,
    MailContext,
    Patient,
    Treatment,
)
from rules.parsing import parse_mail
from tests.unit.test_parsing import DSN

NOW = datetime(2020, 4, 7, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
PRACTICE = "termine@praxis-impulse.de"

HUMAN_HEADERS = (
    "From: Erika Beispiel <erika.beispiel@web.de>\r\n"
    "To: Praxis Impulse <termine@praxis-impulse.de>\r\n"
    "Date: Tue, 07 Apr 2020 08:15:00 +0200\r\n"
    "Message-ID: <a1b2c3@web.de>\r\n"
    "Return-Path: <erika.beispiel@web.de>\r\n"
    "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
)


def mail(
    extra_headers: str = "",
    *,
    subject: str = "Re: Ihr Termin am 06.04.2020",
    body: str = "Die Behandlung am 6.4. hat stattgefunden.",
    base: str = HUMAN_HEADERS,
) -> InboundMail:
    raw = f"{base}Subject: {subject}\r\n{extra_headers}\r\n{body}\r\n".encode()
    parsed = parse_mail(raw, received_at=NOW)
    assert isinstance(parsed, InboundMail)
    return parsed


def with_from(value: str) -> str:
    return HUMAN_HEADERS.replace("From: Erika Beispiel <erika.beispiel@web.de>", f"From: {value}")


HUMAN_CASES = [
    pytest.param(mail(), id="plain-human-reply"),
    pytest.param(
        mail(
            body="Danke. Ihre Abwesenheitsnotiz kam an.\n"
            "> Auto-Submitted: auto-replied\n> Precedence: bulk\nUnzustellbar war nichts."
        ),
        id="body-quotes-automation-words",
    ),
    pytest.param(mail("Auto-Submitted: no\r\n"), id="auto-submitted-no"),
    pytest.param(mail("Auto-Submitted: No\r\n"), id="auto-submitted-No-any-case"),
    pytest.param(mail(subject="Urlaub - Termin verschieben"), id="subject-urlaub-human"),
    pytest.param(mail(subject="Abwesend am 12.4."), id="subject-abwesend-without-colon"),
    pytest.param(mail(subject="Re: Automatische Terminbestätigung"), id="subject-not-oof"),
    pytest.param(mail("X-Auto-Response-Suppress: All\r\n"), id="outlook-suppress-alone"),
    pytest.param(mail("X-Autoreply: no\r\n"), id="x-autoreply-no"),
    pytest.param(
        mail(base=with_from('"Praxis Impulse" <termine@praxis-impulse.de.evil.io>')),
        id="spoofed-practice-name",
    ),
    pytest.param(
        mail(base=HUMAN_HEADERS.replace("<a1b2c3@web.de>", "<pw-0a1b2c3d@other-praxis.de>")),
        id="pw-message-id-of-another-domain",
    ),
    pytest.param(
        mail("In-Reply-To: <pw-0a1b2c3d@praxis-impulse.de>\r\n"),
        id="reply-to-our-mail-is-human",
    ),
]


@pytest.mark.parametrize("inbound", HUMAN_CASES)
def test_human_mail_is_not_automated(inbound: InboundMail) -> None:
    assert detect_automation(inbound, practice_address=PRACTICE) is None


AUTOMATED_CASES = [
    # auto-replies: headers
    pytest.param(mail("Auto-Submitted: auto-replied\r\n"), Category.AUTO_REPLY, id="rfc3834"),
    pytest.param(
        mail('AUTO-SUBMITTED: Auto-Replied; owner-email="chef@firma.de"\r\n'),
        Category.AUTO_REPLY,
        id="auto-replied-owner-email-any-case",
    ),
    pytest.param(
        mail("Auto-Submitted: auto-replied (zimbra; vacation)\r\n", subject="Urlaub"),
        Category.AUTO_REPLY,
        id="zimbra-vacation",
    ),
    pytest.param(mail("Auto-Submitted: vacation\r\n"), Category.AUTO_REPLY, id="vacation"),
    pytest.param(mail("Auto-Submitted: auto-generated\r\n"), Category.AUTO_REPLY, id="generated"),
    pytest.param(mail("X-Autoreply: yes\r\n"), Category.AUTO_REPLY, id="x-autoreply"),
    pytest.param(mail("X-Autorespond: Urlaub\r\n"), Category.AUTO_REPLY, id="x-autorespond"),
    pytest.param(mail("Precedence: auto_reply\r\n"), Category.AUTO_REPLY, id="precedence-auto"),
    pytest.param(
        mail(
            "X-Auto-Response-Suppress: All\r\nX-MS-Exchange-Inbox-Rules-Loop: chef@firma.de\r\n",
            subject="Automatische Antwort: Ihr Termin",
        ),
        Category.AUTO_REPLY,
        id="exchange-oof",
    ),
    pytest.param(mail("X-Amazon-Auto-Reply: true\r\n"), Category.AUTO_REPLY, id="amazon"),
    pytest.param(mail("Thread-Topic: AutoResponse\r\n"), Category.AUTO_REPLY, id="thread-topic"),
    pytest.param(
        mail("Auto-Submitted: auto-replied\r\nList-Id: <x.list>\r\n"),
        Category.AUTO_REPLY,
        id="auto-reply-wins-over-list",
    ),
    pytest.param(
        mail("Auto-Submitted: auto-replied\r\nReturn-Path: <>\r\n", subject="Unzustellbar"),
        Category.AUTO_REPLY,
        id="auto-reply-header-wins-over-subject-and-null-path",
    ),
    # auto-replies: subject only
    pytest.param(
        mail(subject="Automatische Antwort: Ihr Termin"), Category.AUTO_REPLY, id="subj-de-outlook"
    ),
    pytest.param(mail(subject="Abwesenheitsnotiz: Re: Termin"), Category.AUTO_REPLY, id="subj-abw"),
    pytest.param(mail(subject="Out of Office: Termin"), Category.AUTO_REPLY, id="subj-oof"),
    pytest.param(mail(subject="Automatic reply: Termin"), Category.AUTO_REPLY, id="subj-auto-en"),
    pytest.param(mail(subject="AutoReply: Termin"), Category.AUTO_REPLY, id="subj-autoreply"),
    # bounces
    pytest.param(parse_mail(DSN, received_at=NOW), Category.BOUNCE, id="dsn-report"),
    pytest.param(
        mail(base=with_from("Mail Delivery System <MAILER-DAEMON@mx.web.de>")),
        Category.BOUNCE,
        id="mailer-daemon",
    ),
    pytest.param(mail(base=with_from("MAILER-DAEMON")), Category.BOUNCE, id="mailer-daemon-bare"),
    pytest.param(mail(base=with_from("postmaster@t-online.de")), Category.BOUNCE, id="postmaster"),
    pytest.param(
        mail(base=HUMAN_HEADERS.replace("<erika.beispiel@web.de>\r\nMIME", "<>\r\nMIME")),
        Category.BOUNCE,
        id="null-return-path",
    ),
    pytest.param(mail(base=with_from("")), Category.BOUNCE, id="empty-from"),
    pytest.param(
        mail(base=HUMAN_HEADERS.replace("From: Erika Beispiel <erika.beispiel@web.de>\r\n", "")),
        Category.BOUNCE,
        id="missing-from",
    ),
    pytest.param(
        mail(subject="Unzustellbar: Ihr Termin am 06.04.2020"), Category.BOUNCE, id="subj-unzust"
    ),
    pytest.param(mail(subject="Undeliverable: Termin"), Category.BOUNCE, id="subj-undeliverable"),
    pytest.param(
        mail(subject="Delivery Status Notification (Failure)"), Category.BOUNCE, id="subj-gmail"
    ),
    pytest.param(mail(subject="Mail delivery failed: returning"), Category.BOUNCE, id="subj-exim"),
    pytest.param(
        mail(subject="Returned mail: see transcript"), Category.BOUNCE, id="subj-sendmail"
    ),
    # our own mail
    pytest.param(
        mail(base=HUMAN_HEADERS.replace("<a1b2c3@web.de>", "<pw-0a1b2c3d@praxis-impulse.de>")),
        Category.OWN_MAIL,
        id="own-message-id",
    ),
    pytest.param(
        mail(base=HUMAN_HEADERS.replace("<a1b2c3@web.de>", "<PW-0A1B2C3D@Praxis-Impulse.DE>")),
        Category.OWN_MAIL,
        id="own-message-id-any-case",
    ),
    pytest.param(
        mail(base=with_from("Praxis Impulse <Termine@Praxis-Impulse.de>")),
        Category.OWN_MAIL,
        id="from-practice-address",
    ),
    # bulk
    pytest.param(mail("Precedence: bulk\r\n"), Category.BULK, id="precedence-bulk"),
    pytest.param(mail("Precedence: junk\r\n"), Category.BULK, id="precedence-junk"),
    pytest.param(mail("Precedence: list\r\n"), Category.BULK, id="precedence-list"),
    pytest.param(mail("List-Id: Newsletter <news.example.org>\r\n"), Category.BULK, id="list-id"),
    pytest.param(
        mail("List-Unsubscribe: <mailto:u@example.org>\r\n"), Category.BULK, id="list-unsubscribe"
    ),
    pytest.param(mail("X-Mailing-List: kg@lists.de\r\n"), Category.BULK, id="x-mailing-list"),
    pytest.param(mail("Mailing-List: contact k@lists.de\r\n"), Category.BULK, id="mailing-list"),
    pytest.param(mail("X-ML-Name: therapie\r\n"), Category.BULK, id="x-ml-name"),
    pytest.param(mail("X-Loop: termine@praxis-impulse.de\r\n"), Category.BULK, id="x-loop"),
    pytest.param(mail("X-Ack: no\r\n"), Category.BULK, id="x-ack-no"),
]


@pytest.mark.parametrize(("inbound", "category"), AUTOMATED_CASES)
def test_automated_mail_is_recognised(inbound: InboundMail, category: Category) -> None:
    assert detect_automation(inbound, practice_address=PRACTICE) is category


@pytest.mark.parametrize(
    ("inbound", "header_based"),
    [
        pytest.param(mail(subject="Automatische Antwort: Termin"), False, id="subject-only-oof"),
        pytest.param(mail(subject="Unzustellbar: Termin"), False, id="subject-only-ndr"),
        pytest.param(mail("Auto-Submitted: auto-replied\r\n"), True, id="header"),
        pytest.param(
            mail("X-Autoreply: yes\r\n", subject="Abwesenheitsnotiz"), True, id="header-and-subject"
        ),
    ],
)
def test_subject_only_findings_are_marked(inbound: InboundMail, header_based: bool) -> None:
    finding = find_automation(inbound, practice_address=PRACTICE)
    assert finding is not None
    assert finding.header_based is header_based


# --- which address bounced -------------------------------------------------------------------


def dsn_with(recipients: str) -> InboundMail:
    start = DSN.index(b"Final-Recipient")
    end = DSN.index(b"--R\r\nContent-Type: message/rfc822")
    parsed = parse_mail(DSN[:start] + recipients.encode() + b"\r\n" + DSN[end:], received_at=NOW)
    assert isinstance(parsed, InboundMail)
    return parsed


EXIM_NDR = (
    "This message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of its\n"
    "recipients. This is a permanent error. The following address(es) failed:\n\n"
    "  erika.beispiel@web.de\n    host mx00.web.de [212.227.15.41]\n"
    "    SMTP error from remote mail server after RCPT TO:<erika.beispiel@web.de>:\n"
    "    550 Requested action not taken: mailbox unavailable\n\n"
    "------ This is a copy of the message, including all the headers. ------\n\n"
    "From: termine@praxis-impulse.de\nTo: erika.beispiel@web.de\nCc: other@gmx.de\n"
)
EXCHANGE_NDR_DE = (
    "Ihre Nachricht konnte nicht an einen oder mehrere Empfänger übermittelt werden.\n\n"
    "Empfänger: Hans.Beispiel@firma.de\nBetreff: Ihr Termin\n"
    "Remoteserver hat '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' zurückgegeben\n"
)
POSTFIX_DELAY = (
    "This is the mail system at host mail.praxis-impulse.de.\n\n"
    "####################################################################\n"
    "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
    "####################################################################\n\n"
    "Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 "
    "days old.\n\n<slow@gmx.de>: host mx.gmx.net said: 451 4.3.0 Temporary failure\n"
)


@pytest.mark.parametrize(
    ("inbound", "addresses"),
    [
        pytest.param(parse_mail(DSN, received_at=NOW), ("erika.beispiel@web.de",), id="dsn-5.1.1"),
        pytest.param(
            dsn_with("Final-Recipient: rfc822; a@web.de\r\nAction: failed\r\nStatus: 4.4.7\r\n"),
            (),
            id="dsn-failed-but-4xx",
        ),
        pytest.param(
            dsn_with("Final-Recipient: rfc822; a@web.de\r\nAction: delayed\r\nStatus: 4.4.1\r\n"),
            (),
            id="dsn-delayed",
        ),
        pytest.param(
            dsn_with("Final-Recipient: rfc822; A@Web.de\r\nStatus: 5.0.0\r\n"),
            ("a@web.de",),
            id="dsn-5xx-without-action",
        ),
        pytest.param(
            dsn_with(
                "Original-Recipient: rfc822; b@gmx.de\r\nAction: failed\r\n\r\n"
                "Final-Recipient: rfc822; c@gmx.de\r\nAction: failed\r\nStatus: 5.1.10\r\n"
            ),
            ("b@gmx.de", "c@gmx.de"),
            id="dsn-two-recipients-one-without-final",
        ),
        pytest.param(
            dsn_with("Final-Recipient: rfc822; a@web.de\r\nAction: failed\r\nStatus: 5.2.2\r\n"),
            ("a@web.de",),
            id="dsn-mailbox-full-5xx-is-permanent",
        ),
        pytest.param(
            mail(
                base=with_from("postmaster@freenet.de"),
                subject="Unzustellbar: Erinnerung",
                body="Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: g@freenet.de\n"
                "Grund: Das Postfach des Empfängers ist voll (Quota überschritten).\n",
            ),
            (),
            id="plain-ndr-mailbox-full",
        ),
        pytest.param(
            mail(
                base=with_from("Mail Delivery System <Mailer-Daemon@mail.praxis-impulse.de>"),
                subject="Mail delivery failed: returning message to sender",
                body=EXIM_NDR,
            ),
            ("erika.beispiel@web.de",),
            id="exim-plain-ndr-ignores-returned-copy",
        ),
        pytest.param(
            mail(
                base=with_from("postmaster@firma.de"),
                subject="Unzustellbar: Ihr Termin",
                body=EXCHANGE_NDR_DE,
            ),
            ("hans.beispiel@firma.de",),
            id="exchange-german-ndr",
        ),
        pytest.param(
            mail(
                base=with_from("MAILER-DAEMON@mail.praxis-impulse.de (Mail Delivery System)"),
                subject="Delayed Mail (still being retried)",
                body=POSTFIX_DELAY,
            ),
            (),
            id="postfix-delay-warning",
        ),
        pytest.param(
            mail(body="Meine alte Adresse alt@web.de gibt 550 user unknown zurück."),
            (),
            id="human-mail-mentioning-550",
        ),
    ],
)
def test_permanent_bounce_addresses(inbound: InboundMail, addresses: tuple[str, ...]) -> None:
    assert permanent_bounce_addresses(inbound) == addresses


# --- auto-responders without headers, read receipts (issue 12, point 3) -------------------

AUTO_REPLY_TEXTS = [
    pytest.param(
        "Vielen Dank für Ihre Nachricht. Wir melden uns schnellstmöglich bei Ihnen.",
        id="danke-wir-melden-uns",
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren,\nvielen Dank für Ihre E-Mail zum Termin am 15.06. "
        "Wir werden uns so bald wie möglich bei Ihnen melden.",
        id="danke-mit-datum-werden-uns-melden",
    ),
    pytest.param(
        "Dies ist eine automatisch erzeugte Antwort. Ihre Behandlung am 15.06. hat stattgefunden?",
        id="automatisch-erzeugte-antwort",
    ),
    pytest.param("Diese Nachricht wurde automatisch generiert.", id="wurde-automatisch-generiert"),
    pytest.param(
        "Ihre Anfrage ist bei uns eingegangen und wird unter der Ticketnummer 48213 bearbeitet.",
        id="ticket-eingegangen",
    ),
    pytest.param("[Ticket#2026061612345] Wir haben Ihre Anfrage erhalten.", id="ticket-tag"),
    pytest.param("Hiermit bestätigen wir den Eingang Ihrer Nachricht.", id="bestaetigen-eingang"),
    pytest.param("Bitte antworten Sie nicht auf diese E-Mail.", id="bitte-nicht-antworten"),
    pytest.param(
        "Thank you for your message. We will get back to you as soon as possible.",
        id="english-thanks-get-back",
    ),
    pytest.param("This is an automated response. Your request has been received.", id="en-auto"),
    pytest.param(
        "Ich bin bis zum 20.06. nicht im Büro und ab dem 21.06. wieder erreichbar.",
        id="abwesend-ohne-header",
    ),
]


@pytest.mark.parametrize("body", AUTO_REPLY_TEXTS)
def test_auto_responder_wording_is_an_auto_reply_for_staff(body: str) -> None:
    finding = find_automation(mail(body=body), practice_address=PRACTICE)
    assert finding is not None
    assert finding.category is Category.AUTO_REPLY
    assert finding.header_based is False  # a person looks: never silence
    assert finding.evidence == TEXT_EVIDENCE


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Vielen Dank für Ihre Nachricht. Die Behandlung am 6.4. hat stattgefunden.",
            id="danke-then-confirmation",
        ),
        pytest.param("Danke für die Eingangsbestätigung.", id="thanks-for-our-receipt"),
        pytest.param("Ich melde mich wegen des nächsten Termins.", id="ich-melde-mich"),
        pytest.param(
            "Die Behandlung hat stattgefunden. Ihre Mail habe ich gestern erhalten.",
            id="ihre-mail-erhalten",
        ),
    ],
)
def test_patient_wording_is_not_an_auto_reply(body: str) -> None:
    assert find_automation(mail(body=body), practice_address=PRACTICE) is None


def test_auto_reply_wording_confirms_nothing_and_reaches_staff() -> None:
    """A real confirmation wrapped in auto-responder wording: never recorded, never
    answered, never dropped silently."""
    inbound = mail(
        body="Vielen Dank für Ihre Nachricht, wir melden uns. "
        "Die Behandlung am 6.4. hat stattgefunden."
    )
    patient = Patient(
        id=1,
        name="Erika Beispiel",
        emails=("erika.beispiel@web.de",),
        new_patient=False,
        insurance=Insurance.GKV,
    )
    start = datetime(2020, 4, 6, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    appointment = Appointment(
        id=1, external_id=None, patient_id=1, start=start, end=start + timedelta(minutes=30),
        kind=Kind.PHONE, treatment=Treatment.KG,
    )  # fmt: skip
    context = MailContext(
        practice_address=PRACTICE,
        patient=patient,
        appointments=(appointment,),
        accept_unauthenticated=True,  # else nothing would be recorded for trust alone
    )
    decision = decide_mail(inbound, context, now=NOW)
    assert decision.confirmations == ()
    assert decision.is_automated  # never answered
    assert decision.needs_staff
    assert any("automatischen Antwort" in reason for reason in decision.staff_reasons)


MDN = (
    "From: Erika Beispiel <erika.beispiel@web.de>\r\nTo: termine@praxis-impulse.de\r\n"
    "Subject: Gelesen: Bitte bestätigen Sie Ihren Termin\r\nMessage-ID: <mdn1@web.de>\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/report; report-type="disposition-notification"; boundary="R"\r\n'
    "\r\n--R\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Ihre Nachricht wurde am 16.06.2026 gelesen. Die Behandlung am 15.06. hat stattgefunden.\r\n"
    "--R\r\nContent-Type: message/disposition-notification\r\n\r\n"
    "Final-Recipient: rfc822; erika.beispiel@web.de\r\n"
    "Original-Message-ID: <pw-0a1b2c3d@praxis-impulse.de>\r\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\r\n--R--\r\n"
)


def test_read_receipt_is_an_auto_reply() -> None:
    inbound = parse_mail(MDN.encode(), received_at=NOW)
    assert isinstance(inbound, InboundMail)
    finding = find_automation(inbound, practice_address=PRACTICE)
    assert finding is not None
    assert finding.category is Category.AUTO_REPLY
    assert finding.header_based
    assert finding.evidence == "read receipt (MDN)"


def test_a_disposition_notification_part_elsewhere_is_a_defect() -> None:
    """Inside multipart/mixed the report part cannot be read: a defect (staff, nothing
    recorded), never a human confirmation."""
    raw = MDN.replace('multipart/report; report-type="disposition-notification"', "multipart/mixed")
    inbound = parse_mail(raw.encode(), received_at=NOW)
    assert isinstance(inbound, InboundMail)
    assert any(d.startswith("UndecodableAttachment") for d in inbound.defects)
