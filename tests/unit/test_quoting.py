"""split_own_words: what the patient wrote, separated from quotes, signatures, closings."""

from __future__ import annotations

import pytest

from rules.quoting import split_own_words, without_list_marks

# (id, body, expected own words)
CASES: list[tuple[str, str, str]] = [
    (
        "apple-mail-de-quote",
        "Ja, die Behandlung hat stattgefunden.\n\n"
        "> Am 06.04.2020 um 10:15 schrieb Praxis Impulse <termine@praxis-impulse.de>:\n"
        ">\n> Bitte bestätigen Sie den Termin am 06.04.2020.\n",
        "Ja, die Behandlung hat stattgefunden.",
    ),
    (
        "thunderbird-attribution-then-quote",
        "Behandlung am 6.4. erhalten.\n\n"
        "Am 06.04.20 um 10:15 schrieb Praxis Impulse:\n"
        "> Ihr Termin am 09.04.2020 um 11:00 Uhr\n",
        "Behandlung am 6.4. erhalten.",
    ),
    (
        "gmail-attribution-wrapped-over-two-lines",
        "Hat stattgefunden, danke!\n\n"
        "Am Mo., 6. Apr. 2020 um 10:15 Uhr schrieb Praxis Impulse <\n"
        "termine@praxis-impulse.de>:\n\n"
        "> Termin am 9. April\n",
        "Hat stattgefunden, danke!",
    ),
    (
        "gmail-english-on-wrote",
        "I confirm the session on April 6 took place.\n\n"
        "On Mon, Apr 6, 2020 at 10:15 AM Praxis Impulse <termine@praxis-impulse.de> wrote:\n"
        "> Your appointment on April 9\n",
        "I confirm the session on April 6 took place.",
    ),
    (
        "yahoo-folgendes-geschrieben-indented-quote",
        "Hallo, Termin hat stattgefunden. Viele Grüße Ole\n\n"
        "Am Donnerstag, 5. November 2026, 11:30:00 MEZ hat Praxis Impulse "
        "<termine@praxis-impulse.de> Folgendes geschrieben:\n\n"
        "   Ihre Behandlung war für Donnerstag, 05.11.2026 geplant.\n",
        "Hallo, Termin hat stattgefunden. Viele Grüße Ole",
    ),
    (
        "attribution-without-quote-marks-cuts-to-end",
        "Passt.\n\nAm 06.04.2020 um 10:15 schrieb Praxis Impulse:\nIhr Termin am 9.4.\n",
        "Passt.",
    ),
    (
        "outlook-urspruengliche-nachricht",
        "Hiermit bestätige ich die Behandlung vom 6.4.2020.\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Praxis Impulse <termine@praxis-impulse.de>\n"
        "Gesendet: Montag, 6. April 2020 10:15\nAn: patient@web.de\n"
        "Betreff: Termin am 09.04.2020\n\nIhr nächster Termin ist am 9.4.\n",
        "Hiermit bestätige ich die Behandlung vom 6.4.2020.",
    ),
    (
        "outlook-header-block-without-separator",
        "Erledigt.\n\nVon: Praxis Impulse <termine@praxis-impulse.de>\n"
        "Gesendet: Montag, 6. April 2020 10:15\nAn: patient@web.de\nBetreff: Termin 9.4.\n",
        "Erledigt.",
    ),
    (
        "webde-gmx-header-block-starting-with-gesendet",
        "Danke, Code erhalten.\n\nLeonie\n\n\nGesendet: Samstag, 21. November 2026 um 15:00 Uhr\n"
        'Von: "Praxis Impulse" <termine@praxis-impulse.de>\nAn: leonie@web.de\n'
        "Betreff: Ihr Videotermin am 24.11.2026\n\nGuten Tag\n",
        "Danke, Code erhalten.\n\nLeonie",
    ),
    (
        "outlook-english-underscore-separator",
        "Confirmed.\n\n________________________________\nFrom: Praxis\n"
        "Sent: Monday, April 6, 2020 10:15 AM\nTo: me\nSubject: 9 April\n",
        "Confirmed.",
    ),
    (
        "outlook-original-message",
        "Ok\n-----Original Message-----\nFrom: x\nSent: 6 April\nTo: y\n",
        "Ok",
    ),
    (
        "gmail-forwarded-message",
        "Anbei die Bestätigung meines Mannes.\n\n"
        "---------- Forwarded message ---------\nVon: Mann <mann@web.de>\n"
        "Date: Mo., 6. Apr. 2020 um 10:15 Uhr\nSubject: Termin\nTo: <ich@web.de>\n\n"
        "Behandlung am 6.4. hat stattgefunden.\n",
        "Anbei die Bestätigung meines Mannes.",
    ),
    (
        "thunderbird-weitergeleitete-nachricht",
        "Zur Info\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Termin\n",
        "Zur Info",
    ),
    (
        "apple-mail-forward-de",
        "Siehe unten\n\nAnfang der weitergeleiteten Nachricht:\n\nVon: Praxis\n",
        "Siehe unten",
    ),
    (
        "dash-dash-space-signature",
        "Termin am 6.4. hat stattgefunden.\n-- \nAnna Beispiel\nTel. 030 1234567\n",
        "Termin am 6.4. hat stattgefunden.",
    ),
    (
        "iphone-gesendet-von-meinem",
        "Ja hat stattgefunden\n\nGesendet von meinem iPhone\n\n"
        "> Am 06.04.2020 um 10:15 schrieb X:\n",
        "Ja hat stattgefunden",
    ),
    (
        "iphone-von-meinem-gesendet",
        "Bestätige den Termin vom Montag.\n\nVon meinem iPhone gesendet\n",
        "Bestätige den Termin vom Montag.",
    ),
    (
        "sent-from-my-samsung",
        "Received the treatment yesterday.\n\nSent from my Samsung Galaxy smartphone.\n",
        "Received the treatment yesterday.",
    ),
    (
        "mfg-block-with-phone-address-birthdate",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung am 06.04.2020.\n\n"
        "Mit freundlichen Grüßen\nErika Beispiel\ngeb. 12.03.1965\nMusterstraße 12\n"
        "10115 Berlin\nTel.: 030 / 123 456 78\nMobil: +49 171 2345678\n",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung am 06.04.2020.",
    ),
    (
        "viele-gruesse-name",
        "Behandlung erhalten.\n\nViele Grüße\nAnna\n",
        "Behandlung erhalten.",
    ),
    (
        "lg-lowercase-name-same-line",
        "hat stattgefunden am 6.4.\nlg anna\n",
        "hat stattgefunden am 6.4.",
    ),
    (
        "gruss-without-umlaut",
        "Termin war gut.\nGruss\nPeter Beispiel\nBeispielweg 4\n",
        "Termin war gut.",
    ),
    (
        "mfg-abbreviation",
        "Bitte Termin verschieben.\nMfG\nK. Beispiel\n",
        "Bitte Termin verschieben.",
    ),
    (
        "greeting-on-same-line-as-content-is-kept",
        "Die Behandlung am 6.4. war super, viele Grüße Anna",
        "Die Behandlung am 6.4. war super, viele Grüße Anna",
    ),
    (
        "greeting-line-followed-by-content-on-that-line-is-kept",
        "Liebe Grüße und danke, die Behandlung am 6.4. hat stattgefunden.",
        "Liebe Grüße und danke, die Behandlung am 6.4. hat stattgefunden.",
    ),
    (
        "postscript-after-closing-is-kept",
        "Danke für den Termin.\n\nViele Grüße\nAnna\n\n"
        "P.S. Die Behandlung am 6.4. hat stattgefunden.\n",
        "Danke für den Termin.\n\nP.S. Die Behandlung am 6.4. hat stattgefunden.",
    ),
    (
        "english-kind-regards",
        "I confirm the treatment on 6 April.\n\nKind regards,\nJohn Example\n+44 20 7946 0958\n",
        "I confirm the treatment on 6 April.",
    ),
    (
        "trailing-contact-block-without-greeting",
        "Behandlung am 6.4. hat stattgefunden.\n\nErika Beispiel\nMusterstr. 5\n10115 Berlin\n",
        "Behandlung am 6.4. hat stattgefunden.",
    ),
    (
        "lone-name-without-contact-data-stays",
        "Behandlung am 6.4. hat stattgefunden.\nErika\n",
        "Behandlung am 6.4. hat stattgefunden.\nErika",
    ),
    (
        "short-answer-above-contact-block-stays",
        "Ja\n\nErika Beispiel\nTel. 0171 2345678\n",
        "Ja",
    ),
    (
        "inline-birth-date-removed",
        "Patientin Erika Beispiel, geb. 12.03.1965, Behandlung am 6.4. erhalten.",
        "Patientin Erika Beispiel, , Behandlung am 6.4. erhalten.",
    ),
    (
        "bottom-posting-keeps-answer-below-quote",
        "Am 06.04.2020 um 10:15 schrieb Praxis Impulse:\n"
        "> Bitte bestätigen Sie Ihren Termin am 06.04.2020.\n\n"
        "Ja, hat stattgefunden.\n",
        "Ja, hat stattgefunden.",
    ),
    (
        "webde-header-block-bottom-posting-below-our-footer",
        "Gesendet: Donnerstag, 12. Februar 2026 um 19:00 Uhr\n"
        'Von: "Praxis Impulse" <termine@praxis-impulse.de>\nAn: t.becker@gmx.de\n'
        "Betreff: Bitte bestätigen Sie Ihre Behandlung vom 12.02.2026\n\n"
        "Zum Beispiel genügt:\n„Die Behandlung am 12.02.2026 hat stattgefunden.“\n\n"
        "Mit freundlichen Grüßen\nPraxis Impulse\n\n--\n"
        "Diese E-Mail wurde automatisch versandt. Sie können einfach auf sie antworten:\n"
        "Ihre Antwort erreicht das Praxisteam (termine@praxis-impulse.de).\n\n"
        "Bestätigt, danke!\n\nT. Becker\n",
        "Bestätigt, danke!\n\nT. Becker",
    ),
    (
        "outlook-urspruengliche-nachricht-bottom-posting",
        "-----Ursprüngliche Nachricht-----\nVon: Praxis Impulse <termine@praxis-impulse.de>\n"
        "Gesendet: Montag, 6. April 2026 10:15\nAn: patient@web.de\nBetreff: Termin 6.4.\n\n"
        "Ihre Behandlung war für Montag, 06.04.2026 geplant.\n\nMit freundlichen Grüßen\n"
        "Ihr Team der Praxis Impulse\n\nTel. 030 2345 6780\n"
        "Diese Nachricht wurde automatisch erstellt.\n\nJa, hat stattgefunden.\n",
        "Ja, hat stattgefunden.",
    ),
    (
        "yahoo-indented-quote-bottom-posting",
        "Am Dienstag, 9. Juni 2026, 12:30:00 MESZ hat Praxis Impulse "
        "<termine@praxis-impulse.de> Folgendes geschrieben:\n\n"
        "   Ihre Behandlung war für Dienstag, 09.06.2026 geplant.\n\n"
        "   Mit freundlichen Grüßen\n   Ihr Team der Praxis Impulse\n"
        "   Diese Nachricht wurde automatisch erstellt.\nJa, bestätigt.\nElena\n",
        "Ja, bestätigt.\nElena",
    ),
    (
        "english-outlook-bottom-posting",
        "________________________________\nFrom: Praxis Impulse <termine@praxis-impulse.de>\n"
        "Sent: Monday, April 6, 2026 10:15 AM\nTo: me\nSubject: Your session on 6 April\n\n"
        "Your session was planned for 6 April.\n\nKind regards,\nPraxis Impulse\n\n--\n"
        "This e-mail was sent automatically. You can simply reply to it:\n\nConfirmed.\n",
        "Confirmed.",
    ),
    (
        "text-below-a-thread-of-quoted-mails-is-cut",
        "Von: Praxis Impulse <termine@praxis-impulse.de>\nGesendet: Montag, 6. April 2026\n"
        "An: p@web.de\nBetreff: AW: Termin\n\nDanke.\n\n"
        "Von: p@web.de\nGesendet: Sonntag, 5. April 2026\nAn: termine@praxis-impulse.de\n"
        "Betreff: Termin\n\nMit freundlichen Grüßen\nPraxis Impulse\n"
        "Diese Nachricht wurde automatisch erstellt.\n\nDie Behandlung am 3.4. fand statt.\n",
        "",
    ),
    (
        "text-below-a-quoted-mail-without-our-footer-is-cut",
        "Von: Orthopädie <info@ortho.de>\nGesendet: Montag, 6. April 2026\nAn: p@web.de\n"
        "Betreff: Befund\n\nMit freundlichen Grüßen\nIhr Praxisteam\n\n"
        "Befund vom 3.4. anbei.\n",
        "",
    ),
    (
        "automated-notice-above-the-closing-does-not-end-the-quote",
        "Von: Buchung <noreply@buchung.de>\nGesendet: Montag, 6. April 2026\nAn: p@web.de\n"
        "Betreff: Termin\n\nDiese Nachricht wurde automatisch erstellt.\n\n"
        "Ihr Termin am 3.4. hat stattgefunden.\n",
        "",
    ),
    (
        "gruess-gott-opens-the-mail-it-does-not-close-it",
        "Grüß Gott,\n\nmir hend am Freitag telefoniert. Bestätigt.\n\nH.-J. Wolff\n",
        "Grüß Gott,\n\nmir hend am Freitag telefoniert. Bestätigt.\n\nH.-J. Wolff",
    ),
    (
        "griass-di-opens-the-mail",
        "Griaß di\nhod passt heid.\n",
        "Griaß di\nhod passt heid.",
    ),
    (
        "tonline-original-nachricht-with-hyphen",
        "Passt.\n\n-----Original-Nachricht-----\nBetreff: Termin\nDatum: 2026-01-16T15:30\n"
        "Von: Praxis <termine@praxis-impulse.de>\nAn: p@t-online.de\n\nTermin am 16.01.\n",
        "Passt.",
    ),
    (
        "interleaved-answers",
        "> Hat der Termin am 6.4. stattgefunden?\nJa.\n> Haben Sie die Formulare?\nSind anbei.\n",
        "Ja.\nSind anbei.",
    ),
    (
        "nested-quotes",
        "Bestätigt.\n\n>> alt\n> > älter\n",
        "Bestätigt.",
    ),
    (
        "sentence-ending-schrieb-without-date-is-kept",
        "Wie ich schon schrieb:\nDie Behandlung hat stattgefunden.\n",
        "Wie ich schon schrieb:\nDie Behandlung hat stattgefunden.",
    ),
    (
        "hyphen-list-is-not-a-signature",
        "Folgende Termine haben stattgefunden:\n- 6.4.\n- 8.4.\n",
        "Folgende Termine haben stattgefunden:\n- 6.4.\n- 8.4.",
    ),
    (
        "crlf-line-endings",
        "Ja.\r\n\r\n> Am 06.04.2020 um 10:15 schrieb X:\r\n> Termin\r\n",
        "Ja.",
    ),
    ("empty", "", ""),
    ("only-quote", "> Termin am 6.4.\n", ""),
    (
        "besten-dank-und-gruss",
        "Ich komme gern.\nBesten Dank und Gruß\nHerbert\n",
        "Ich komme gern.",
    ),
    (
        "word-bestaetigung-is-not-best-closing",
        "Bestätigung: Behandlung am 6.4. erhalten.",
        "Bestätigung: Behandlung am 6.4. erhalten.",
    ),
    # blind AE ae33: an office signature without greeting and its confidentiality notice
    (
        "confidentiality-notice-and-office-signature",
        "Die MT am 10.09. fand statt.\n\nM. Vogel\n\nDr. med. dent. Michael Vogel\n"
        "Vogel & Partner Zahnärzte\nLindenallee 12, 40474 Düsseldorf\nTel. 0211 455 81-0\n\n"
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn "
        "Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
        "informieren Sie bitte sofort den Absender.\n\nThis e-mail may contain confidential "
        "information. If you are not the intended recipient, please delete it.\n",
        "Die MT am 10.09. fand statt.\n\nM. Vogel\n\nDr. med. dent. Michael Vogel",
    ),
    # blind AG ag07: the answer written below the signature, before the quote
    (
        "nachtrag-after-the-signature",
        "Sehr geehrte Damen und Herren,\n\nMit freundlichen Grüßen\n\nHans-Jürgen Wolff\n"
        "Lindenallee 14\n14467 Potsdam\n\nNachtrag: Ja, die Behandlung am 30. Januar hat "
        "stattgefunden.\n",
        "Sehr geehrte Damen und Herren,\n\nNachtrag: Ja, die Behandlung am 30. Januar hat "
        "stattgefunden.",
    ),
    (
        "a-patients-last-paragraph-is-no-notice",
        "Die MT am 10.09. fand statt.\n\nWenn Sie noch etwas brauchen, melden Sie sich.",
        "Die MT am 10.09. fand statt.\n\nWenn Sie noch etwas brauchen, melden Sie sich.",
    ),
]


@pytest.mark.parametrize(("body", "own"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split_own_words(body: str, own: str) -> None:
    assert split_own_words(body)[0] == own


BODY = {case_id: body for case_id, body, _ in CASES}


@pytest.mark.parametrize(
    ("body", "cut_fragment"),
    [
        pytest.param(
            BODY["apple-mail-de-quote"],
            "Bitte bestätigen Sie den Termin am 06.04.2020.",
            id="quote",
        ),
        pytest.param(
            BODY["mfg-block-with-phone-address-birthdate"], "geb. 12.03.1965", id="birth-date-block"
        ),
        pytest.param(
            BODY["mfg-block-with-phone-address-birthdate"], "+49 171 2345678", id="mobile-number"
        ),
        pytest.param(BODY["inline-birth-date-removed"], "geb. 12.03.1965", id="inline-birth-date"),
        pytest.param(
            BODY["outlook-urspruengliche-nachricht"],
            "-----Ursprüngliche Nachricht-----",
            id="outlook-marker",
        ),
    ],
)
def test_cut_text_keeps_what_was_removed(body: str, cut_fragment: str) -> None:
    own, cut = split_own_words(body)
    assert cut_fragment in cut
    assert cut_fragment not in own


def test_own_and_cut_together_hold_every_nonblank_line() -> None:
    body = BODY["mfg-block-with-phone-address-birthdate"]
    own, cut = split_own_words(body)
    for line in body.splitlines():
        if line.strip():
            assert line.strip() in own or line.strip() in cut


def test_long_text_is_linear() -> None:
    body = ("Die Behandlung hat stattgefunden am 6.4. " * 20 + "\n") * 5000 + "> q\n" * 5000
    own, cut = split_own_words(body)
    assert own.count("\n") == 4999
    assert cut.count("> q") == 5000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind GX gx07 gx30: a numbered list's marks (1, 2, ... in turn) go
        (
            "ich bestätige:\n1. 02.06 - Therapie war gemacht\n2. 09.06 - Therapie war gemacht",
            "ich bestätige:\n02.06 - Therapie war gemacht\n09.06 - Therapie war gemacht",
        ),
        (
            "1) Donnerstag 09.07. ja\n2) Dienstag 14.07. ja",
            "Donnerstag 09.07. ja\nDienstag 14.07. ja",
        ),
        # blind GX gx13: emphasis around dates
        (
            "*15.09.* und *22.09.* haben beide stattgefunden",
            "15.09. und 22.09. haben beide stattgefunden",
        ),
        # kept: days at a line's start, a lone number, a birth date's star, a product
        ("1. März war gut\n2. März auch", "1. März war gut\n2. März auch"),
        ("3. Mal schon", "3. Mal schon"),
        ("2. 09.06 ja\n3. 16.06 ja", "2. 09.06 ja\n3. 16.06 ja"),
        ("* 12.03.1958", "* 12.03.1958"),
        ("2 * 3 * 4", "2 * 3 * 4"),
    ],
)
def test_list_marks_and_emphasis_are_not_read(text: str, expected: str) -> None:
    assert without_list_marks(text) == expected
