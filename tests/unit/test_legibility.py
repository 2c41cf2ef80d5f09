"""What a person sees against what we read (issue 12, points 4, 5, 7): invisible
characters, look-alike letters, hidden HTML text, plain and HTML parts that disagree,
damaged encodings, several Reply-To headers, RFC 2231 parameter floods."""

from __future__ import annotations

import base64
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from rules.classify import classify_intent
from rules.legibility import (
    has_hidden_html_text,
    mixed_script_words,
    normalise_text,
    say_different_things,
)
from rules.models import Category, InboundMail, Quarantine
from rules.parsing import describe_defects, parse_mail

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)
HEAD = (
    b"From: Erika Beispiel <erika.beispiel@web.de>\r\nTo: termine@praxis-impulse.de\r\n"
    b"Subject: Re: Termin\r\nMessage-ID: <x@web.de>\r\nMIME-Version: 1.0\r\n"
)


def parsed(raw: bytes) -> InboundMail:
    result = parse_mail(raw, received_at=NOW)
    assert isinstance(result, InboundMail), result
    return result


def plain_and_html(plain: str, html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Erika Beispiel <erika.beispiel@web.de>"
    message["Subject"] = "Re: Termin"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return message.as_bytes()


def html_only(html: str) -> bytes:
    return HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()


def plain_only(text: str) -> bytes:
    return HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + text.encode()


# --- normalising ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("ni\u200bcht", id="zero-width-space"),
        pytest.param("ni\u200ccht", id="zwnj"),
        pytest.param("ni\u200dcht", id="zwj"),
        pytest.param("ni\u2060cht", id="word-joiner"),
        pytest.param("ni\ufeffcht", id="bom"),
        pytest.param("ni\u00adcht", id="soft-hyphen"),
        pytest.param("nic\u0331ht", id="combining-mark-without-precomposed-letter"),
        pytest.param("ｎｉｃｈｔ", id="fullwidth"),
        pytest.param("𝐧𝐢𝐜𝐡𝐭", id="mathematical-bold"),
    ],
)
def test_invisible_and_compatibility_characters_read_as_the_word(written: str) -> None:
    assert normalise_text(f"hat {written} stattgefunden") == "hat nicht stattgefunden"
    mail = parsed(plain_only(f"Die Behandlung am 15.06. hat {written} stattgefunden."))
    assert "hat nicht stattgefunden" in mail.own_text
    folded = classify_intent(subject="", own_text=mail.own_text, has_attachments=False)
    assert Category.CONFIRMATION not in folded


def test_ascii_text_is_returned_unchanged() -> None:
    text = "Die Behandlung am 15.06. hat stattgefunden."
    assert normalise_text(text) is text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        pytest.param("hat n\u0456cht stattgefunden", True, id="cyrillic-i-in-nicht"),
        pytest.param("hat ni\u0441ht stattgefunden", True, id="cyrillic-es-in-nicht"),
        pytest.param("hat nich\u0442 stattgefunden", True, id="cyrillic-te-in-nicht"),
        pytest.param("hat n\u03b9cht stattgefunden", True, id="greek-iota-in-nicht"),
        pytest.param("\u0441\u043e\u0441\u043e", True, id="all-lookalike-cyrillic-word"),
        pytest.param("Grüße aus Düsseldorf, Straße", False, id="german-umlauts"),
        pytest.param("Mit freundlichen Grüßen, Ирина", False, id="cyrillic-name"),
        pytest.param("Danke 👍🏽", False, id="emoji"),
        pytest.param("hat n\u0131cht stattgefunden", True, id="dotless-i-in-nicht"),
        pytest.param("hat n\u00edcht stattgefunden", True, id="accented-i-in-nicht"),
        pytest.param("hat \u1e45icht stattgefunden", True, id="dotted-n-in-nicht"),
        pytest.param(
            "Ich bestätige, hat stattgefunden, Grüße", False, id="umlauts-in-deciding-words"
        ),
        pytest.param("Viele Grüße, Ayşe Yıldız", False, id="turkish-name"),
        pytest.param("Merci, José François", False, id="accented-names"),
    ],
)
def test_mixed_script_words(text: str, flagged: bool) -> None:
    assert bool(mixed_script_words(text)) is flagged


def test_homoglyph_denial_goes_to_staff() -> None:
    mail = parsed(plain_only("Die Behandlung am 15.06. hat n\u0456cht stattgefunden."))
    assert "MixedScriptWords" in mail.defects


# --- HTML ------------------------------------------------------------------------------------


def test_span_inside_a_word_reads_as_one_word() -> None:
    """inscriptis' default profile padded <span> with blanks: "ni cht" hid the denial."""
    mail = parsed(html_only("<p>Die Behandlung am 15.06. hat ni<span>cht</span> stattgefunden</p>"))
    assert "hat nicht stattgefunden" in mail.own_text


@pytest.mark.parametrize(
    ("html", "hidden"),
    [
        pytest.param("<p>hat <span hidden>nicht</span> stattgefunden</p>", True, id="hidden-attr"),
        pytest.param(
            '<p>hat <span style="display: none">nicht</span> stattgefunden</p>', True, id="display"
        ),
        pytest.param(
            '<p>hat <span style="visibility:hidden">nicht</span> stattg.</p>', True, id="visibility"
        ),
        pytest.param(
            '<p>hat <span style="font-size:0px">nicht</span> stattg.</p>', True, id="font-size-0"
        ),
        pytest.param(
            '<p>hat <span style="font-size:0">nicht</span> x</p>', True, id="font-size-0-bare"
        ),
        pytest.param('<p>hat <span style="opacity:0">nicht</span> x</p>', True, id="opacity-0"),
        pytest.param('<p>hat <span style="color:#ffffff">nicht</span> x</p>', True, id="white"),
        pytest.param('<p>hat <font color="white">nicht</font> x</p>', True, id="font-white"),
        pytest.param(
            '<div style="background:#003366"><span style="color:#fff">Praxis</span></div>',
            False,
            id="white-on-dark-background",
        ),
        pytest.param('<p style="font-size:10px">hat stattgefunden</p>', False, id="font-size-10"),
        pytest.param('<div style="display:none"> </div><p>Ja</p>', False, id="hidden-but-empty"),
        pytest.param(
            "<html><head><title>x</title><style>p{color:red}</style></head><p>Ja</p></html>",
            False,
            id="head-and-style",
        ),
        pytest.param("<p>Die Behandlung hat stattgefunden.</p>", False, id="plain-html"),
        pytest.param(
            '<style>.x { display: none }</style><p>hat <span class="a x">nicht</span> x</p>',
            True,
            id="style-block-class",
        ),
        pytest.param(
            '<style>p .y, #z{font-size:0}</style><p>hat <span id="z">nicht</span> x</p>',
            True,
            id="style-block-id-in-a-selector-list",
        ),
        pytest.param(
            "<style>div.WordSection1{page:WordSection1;} .MsoNormal{margin:0cm}</style>"
            '<div class="WordSection1"><p class="MsoNormal">Ja</p></div>',
            False,
            id="outlook-style-block",
        ),
        pytest.param(
            '<style>.x{display:none}</style><p>hat <span class="y">nicht</span> x</p>',
            False,
            id="style-block-other-class",
        ),
        pytest.param(
            '<style>@media all { .x { display:none } }</style><p><span class="x">nicht</span></p>',
            True,
            id="style-block-media-all",
        ),
        pytest.param(
            "<style>@media (max-width:600px){.m{display:none}}</style>"
            '<p><span class="m">Praxis</span></p>',
            False,
            id="responsive-media-query",
        ),
        pytest.param('<p><span style="font-size:1px">nicht</span></p>', True, id="font-size-1px"),
        pytest.param('<p><span style="font-size:11px">Ja</span></p>', False, id="font-size-11px"),
        pytest.param('<p><span style="color:transparent">nicht</span></p>', True, id="transparent"),
        pytest.param(
            '<p><span style="position:absolute;left:-9999px">nicht</span></p>',
            True,
            id="off-screen",
        ),
        pytest.param('<p style="margin-left:-10px">Ja</p>', False, id="small-negative-margin"),
    ],
)
def test_hidden_html_text(html: str, hidden: bool) -> None:
    assert has_hidden_html_text(html) is hidden


def test_hidden_html_text_sends_the_mail_to_staff() -> None:
    mail = parsed(
        html_only(
            '<p>Die Behandlung am 15.06. hat <span style="font-size:0">nicht</span> '
            "stattgefunden.</p>"
        )
    )
    assert "HiddenText" in mail.defects


@pytest.mark.parametrize(
    ("plain", "html", "differ"),
    [
        pytest.param(
            "Die Behandlung am 15.06. hat stattgefunden.",
            "<p>Die Behandlung am 15.06. hat <b>nicht</b> stattgefunden.</p>",
            True,
            id="html-denies",
        ),
        pytest.param(
            "Die Behandlung am 15.06. hat stattgefunden.",
            "<p>Die Behandlung am 16.06. hat stattgefunden.</p>",
            True,
            id="other-day",
        ),
        pytest.param(
            "Kann ich den Termin verschieben?",
            "<p>Die Behandlung am 15.06. hat stattgefunden.</p>",
            True,
            id="other-kind-of-mail",
        ),
        pytest.param(
            "Die Behandlung am 15.06. hat stattgefunden.\nLink: <https://x.de/a?b=12>",
            "<p>Die Behandlung am <b>15.06.</b> hat stattgefunden.</p>"
            '<p><a href="https://x.de/a?b=12">Link</a></p>',
            False,
            id="same-words-other-markup",
        ),
        pytest.param(
            "Die Behandlung am 15.06. hat stattgefunden.\n\nErika",
            "<div>Die Behandlung am 15.06. hat stattgefunden.</div><div><br></div><div>Erika</div>",
            False,
            id="mail-program-alternatives",
        ),
    ],
)
def test_plain_and_html_parts_compared(plain: str, html: str, differ: bool) -> None:
    mail = parsed(plain_and_html(plain, html))
    assert ("AlternativesDisagree" in mail.defects) is differ
    assert mail.own_text.startswith(plain.split("\n")[0])  # the plain part is what is read


def test_say_different_things_with_one_side_empty() -> None:
    assert say_different_things("", "Die Behandlung hat stattgefunden.")
    assert not say_different_things("", "  ")


# --- damaged encodings (point 5) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "body", "defect"),
    [
        pytest.param(
            b"Content-Transfer-Encoding: base64\r\n",
            b"RGllIEJlaGFuZGx1bmcgaGF0IHN0YXR0Z2VmdW5kZW4u@@@!!\r\n",
            "InvalidBase64",
            id="invalid-base64",
        ),
        pytest.param(
            b"Content-Transfer-Encoding: quoted-printable\r\n",
            b"Die Behandlung am 15.06. hat =ZZstattgefunden.\r\n",
            "InvalidQuotedPrintable",
            id="invalid-qp",
        ),
        pytest.param(
            b"Content-Transfer-Encoding: base65\r\n",
            b"Die Behandlung am 15.06. hat stattgefunden.\r\n",
            "UnknownTransferEncoding",
            id="unknown-transfer-encoding",
        ),
    ],
)
def test_damaged_transfer_encodings_are_defects(headers: bytes, body: bytes, defect: str) -> None:
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n" + headers + b"\r\n" + body
    mail = parsed(raw)
    assert any(d.startswith(defect) for d in mail.defects), mail.defects


def test_valid_quoted_printable_is_no_defect() -> None:
    raw = (
        HEAD
        + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
        + b"\r\n\r\nGr=C3=BC=C3=9Fe, die Behandlung hat stattgefunden. Ein sehr langer Satz =\r\n"
        + b"mit weichem Umbruch =  \r\nund Ende=\r\n"
    )
    mail = parsed(raw)
    assert mail.defects == ()
    assert mail.own_text.startswith("Grüße")


def test_undecodable_bytes_are_a_defect() -> None:
    raw = HEAD + b"Content-Type: text/plain; charset=utf-16\r\n\r\nKann ich\xff"
    assert any(d.startswith("UndecodableCharacters") for d in parsed(raw).defects)


def test_describe_defects_names_each_damage_once() -> None:
    assert (
        describe_defects(
            (
                "InvalidBase64CharactersDefect (part 2)",
                "InvalidBase64PaddingDefect (part 3)",
                "UnknownCharset (part 1)",
                "SomethingNew",
            )
        )
        == "ungültige Base64-Kodierung, unbekannter Zeichensatz, fehlerhafter Aufbau"
    )


# --- Reply-To (point 7) ------------------------------------------------------------------------


def test_every_reply_to_header_is_read() -> None:
    raw = plain_only("Ja.").replace(
        b"MIME-Version",
        b"Reply-To: erika.beispiel@web.de\r\nReply-To: Evil <X@Evil.io>\r\nMIME-Version",
    )
    mail = parsed(raw)
    assert mail.reply_to == ("erika.beispiel@web.de", "x@evil.io")
    assert "MultipleReplyTo" in mail.defects


def test_a_repeated_identical_reply_to_is_no_defect() -> None:
    raw = plain_only("Ja.").replace(
        b"MIME-Version",
        b"Reply-To: erika.beispiel@web.de\r\nReply-To: <Erika.Beispiel@web.de>\r\nMIME-Version",
    )
    mail = parsed(raw)
    assert mail.reply_to == ("erika.beispiel@web.de",)
    assert mail.defects == ()


# --- bounded work (point 6) ----------------------------------------------------------------------


def rfc2231_flood(per_header: int, parts: int) -> bytes:
    disposition = b"attachment;" + b"".join(
        b"\r\n filename*%d*=a%%41;" % i for i in range(per_header)
    )
    part = (
        b"--B\r\nContent-Type: application/pdf\r\nContent-Disposition: "
        + disposition
        + b"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"%PDF-1.4 x")
        + b"\r\n"
    )
    return (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
        + b"--B\r\nContent-Type: text/plain\r\n\r\nAnbei\r\n"
        + part * parts
        + b"--B--\r\n"
    )


def test_rfc2231_continuations_are_capped_before_the_stdlib_parser() -> None:
    assert parse_mail(rfc2231_flood(65, 1), received_at=NOW) is Quarantine.HEADER_TOO_LARGE
    assert parse_mail(rfc2231_flood(60, 20), received_at=NOW) is Quarantine.HEADER_TOO_LARGE
    ordinary = parsed(rfc2231_flood(12, 3))
    assert len(ordinary.attachments) == 3
    assert ordinary.attachments[0].filename.startswith("aAaA")


def test_own_text_is_cut_at_the_cap_and_flagged() -> None:
    mail = parsed(plain_only("Die Behandlung hat geklappt. " * 2000))
    assert len(mail.own_text) == 16 * 1024
    assert "OwnTextTooLong" in mail.defects


# Replies as mail programs send them (text/plain beside text/html, our mail quoted): the two
# parts agree, so the alternatives check must not send them to staff.
MAIL_PROGRAM_REPLIES = {
    "gmail": (
        "Die Behandlung am 15.06. hat stattgefunden.\n\nViele Grüße\nErika\n\nAm Di., 16. Juni 2026 um 08:15 Uhr schrieb Praxis Impulse <\ntermine@praxis-impulse.de>:\n\n> Guten Tag Frau Beispiel,\n>\n> bitte bestätigen Sie den Termin am 15.06.2026 um 09:00.\n>\n> Mit freundlichen Grüßen\n> Praxis Impulse\n>\n",
        '<div dir="ltr">Die Behandlung am 15.06. hat stattgefunden.<div><br></div><div>Viele Grüße</div><div>Erika</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Di., 16. Juni 2026 um 08:15 Uhr schrieb Praxis Impulse &lt;<a href="mailto:termine@praxis-impulse.de">termine@praxis-impulse.de</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Guten Tag Frau Beispiel,<br><br>bitte bestätigen Sie den Termin am 15.06.2026 um 09:00.<br><br>Mit freundlichen Grüßen<br>Praxis Impulse<br></blockquote></div>',
    ),
    "outlook": (
        "Die Behandlung am 15.06. hat stattgefunden.\n\nViele Grüße\nErika Beispiel\n\nVon: Praxis Impulse <termine@praxis-impulse.de>\nGesendet: Dienstag, 16. Juni 2026 08:15\nAn: erika.beispiel@web.de\nBetreff: Bitte bestätigen Sie Ihren Termin vom 15.06.2026\n\nbitte bestätigen Sie den Termin am 15.06.2026 um 09:00.\n",
        '<html><head><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} span.E-MailFormatvorlage17{mso-style-type:personal-compose;} .MsoChpDefault{mso-style-type:export-only;} div.WordSection1{page:WordSection1;}</style></head><body lang="DE"><div class="WordSection1"><p class="MsoNormal">Die Behandlung am 15.06. hat stattgefunden.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Viele Grüße<o:p></o:p></p><p class="MsoNormal">Erika Beispiel<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>Von:</b> Praxis Impulse &lt;termine@praxis-impulse.de&gt; <br><b>Gesendet:</b> Dienstag, 16. Juni 2026 08:15<br><b>An:</b> erika.beispiel@web.de<br><b>Betreff:</b> Bitte bestätigen Sie Ihren Termin vom 15.06.2026<o:p></o:p></p></div><p class="MsoNormal">bitte bestätigen Sie den Termin am 15.06.2026 um 09:00.<o:p></o:p></p></div></body></html>',
    ),
    "iphone": (
        "Ja, hat stattgefunden. Danke!\n\nVon meinem iPhone gesendet\n\n> Am 16.06.2026 um 08:15 schrieb Praxis Impulse <termine@praxis-impulse.de>:\n>\n> Guten Tag, bitte bestätigen Sie den Termin am 15.06.2026.\n",
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">Ja, hat stattgefunden. Danke!<br><br><div dir="ltr">Von meinem iPhone gesendet</div><div dir="ltr"><br><blockquote type="cite">Am 16.06.2026 um 08:15 schrieb Praxis Impulse &lt;termine@praxis-impulse.de&gt;:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">Guten Tag, bitte bestätigen Sie den Termin am 15.06.2026.</div></blockquote></body></html>',
    ),
    "thunderbird": (
        "Hallo,\ndie Behandlung am 15.06. hat stattgefunden.\nGruß Erika\n\nAm 16.06.26 um 08:15 schrieb Praxis Impulse:\n> Guten Tag, bitte bestätigen Sie den Termin am 15.06.2026.\n",
        '<html><body><p>Hallo,<br>die Behandlung am 15.06. hat stattgefunden.<br>Gruß Erika<br></p><div class="moz-cite-prefix">Am 16.06.26 um 08:15 schrieb Praxis Impulse:<br></div><blockquote type="cite" cite="mid:pw-1@praxis-impulse.de">Guten Tag, bitte bestätigen Sie den Termin am 15.06.2026.</blockquote></body></html>',
    ),
}


@pytest.mark.parametrize(
    ("plain", "html"), MAIL_PROGRAM_REPLIES.values(), ids=MAIL_PROGRAM_REPLIES.keys()
)
def test_mail_program_alternatives_agree(plain: str, html: str) -> None:
    mail = parsed(plain_and_html(plain, html))
    assert mail.defects == ()
    assert "stattgefunden" in mail.own_text
    assert "15.06.2026" not in mail.own_text  # our quoted mail is cut
