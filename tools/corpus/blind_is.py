"""Blind set IS: confirmations full of dates and numbers that are not sessions.

Forty patient mails against the corpus practice (tests/data/corpus/practice.toml): thirty
confirmations and ten look-alikes. Every confirmation carries days and numbers that must
not be taken for a treatment: the mail client's quote header of our request, a forwarded
mail, a birth date, the prescription's date, the next appointment, a doctor's appointment,
a vacation, phone, insurance and invoice numbers, a date in a signature or disclaimer,
times like "17.30" and "1.5 Stunden". Some confirm one day and mention others (a session
cut short, one already cancelled, one to cancel or to move); some confirm plainly with only
the session's date, under our request or as a new mail. The look-alikes: a mail whose only
confirmation is in the quoted text, a forwarded old confirmation with a new question, mails
about the next appointment, a bill question naming session dates, a reply to our request
for a cancelled appointment, a session that did not take place, a plain thank-you.

Labels are what a careful practice employee would record: `confirmed` holds only the
patient's own scheduled, not yet confirmed appointments that the mail's own words (not
quoted or forwarded text) plainly confirm as held in full on a clear day; `dates` the days
the patient's own words say a session took place, also partly; `needs_staff` is true for a
question, a wish to move, a cancellation to enter, a new phone number or insurance number,
a session cut short or a doubt.

Written without reading rules/, the canonical table or the earlier blind sets' mails.

    .venv/bin/python -m tools.corpus.blind_is
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_is")


def krueger() -> None:
    yes(
        "is01_krueger_next_tuesday.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:12",
        request_subject(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden. Nächsten Dienstag, 3.2., "
        "bin ich wieder um 10 Uhr dabei.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="web.de quote header (27. Januar 2026 um 11:30 Uhr); 3.2. is the next session",
    )  # fmt: skip
    yes(
        "is02_krueger_prescription_question.eml", 1, (1004, 1005),
        ("2026-02-03", "2026-02-10"), "2026-02-12 08:47",
        "Bestätigung Termine 03.02. und 10.02.",
        "Guten Morgen,\n\nhiermit bestätige ich die Krankengymnastik per Video am 03.02. und "
        "am 10.02.2026, jeweils von 10:00 bis 10:30 Uhr. Ihre Mails dazu sind leider im "
        "Spam gelandet.\n\nEine Frage noch: Auf meiner Verordnung vom 07.01.2026 stehen 8 "
        "Einheiten. Wie viele sind danach noch übrig? Im Kalender habe ich noch den 17.2., "
        "24.2., 3.3. und 10.3.\n\nViele Grüße\nSabine Krüger",
        client="webde", staff=True, extra=("question",),
        note="prescription date and four future sessions are not sessions held",
    )  # fmt: skip
    no(
        "is03_krueger_quoted_confirmation_only.eml", 1, ("question",), "2026-02-04 09:30",
        "AW: Re: AW: Bitte bestätigen Sie Ihre Behandlung vom 20.01.2026",
        "Hallo Frau Albrecht,\n\ndanke! Können Sie mir dann bitte noch eine "
        "Teilnahmebescheinigung für meinen Arbeitgeber ausstellen? Die Personalabteilung "
        "möchte die bis Ende Februar haben.\n\nViele Grüße\nSabine Krüger\n\n\n"
        "Gesendet: Dienstag, 20. Januar 2026 um 14:41 Uhr\n"
        'Von: "Praxis Impulse" <termine@praxis-impulse.de>\n'
        "An: sabine.krueger@web.de\n"
        "Betreff: Re: AW: Bitte bestätigen Sie Ihre Behandlung vom 20.01.2026\n\n"
        "Liebe Frau Krüger,\n\nvielen Dank, wir haben Ihre Bestätigung erhalten.\n\n"
        "Herzliche Grüße\nJana Albrecht\nPraxis Impulse\n\n"
        "> Hallo,\n>\n> die Behandlung vom 20.01.2026 hat stattgefunden.\n>\n"
        "> Viele Grüße\n> Sabine Krüger",
        client="webde",
        note="the only confirmation is her old one, quoted; the new text asks for a certificate",
    )  # fmt: skip


def becker() -> None:
    yes(
        "is04_becker_insurance_number.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 07:55",
        "Bestätigung MT 05.02. / 09.02. / 12.02.",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen "
        "Behandlungen (Manuelle Therapie) am 05.02., 09.02. und 12.02.2026, jeweils 17:30 "
        "Uhr.\n\nFür die Rechnung: meine Versicherungsnummer bei der Debeka ist "
        "4711 0815 22, Tarif BC 30.\n\nMit freundlichen Grüßen\nThomas Becker\n\n--\n"
        "Thomas Becker\nDipl.-Ing. (FH)\nMobil 0172 4456 210",
    )  # fmt: skip
    yes(
        "is05_becker_battery_cut_short.eml", 2, (), ("2026-02-16",), "2026-02-16 19:48",
        request_subject(1014),
        "Guten Abend,\n\nheute (16.02.) hat die Behandlung zwar stattgefunden, aber nach ca. "
        "15 Minuten war mein Handy-Akku leer und ich konnte erst um 18.05 zurückrufen, da "
        "war die Therapeutin schon weg. Also nur die halbe Zeit. Wie rechnen Sie das ab?\n\n"
        "Gruß\nT. Becker",
        reply="cr-1014", style="webde", staff=True, extra=("question",),
        note="session cut short after 15 minutes: not held in full",
    )  # fmt: skip
    no(
        "is06_becker_thanks.eml", 2, ("other",), "2026-03-03 10:15", "Danke!",
        "Hallo liebes Team,\n\ndie Serie ist ja jetzt durch – vielen Dank an Herrn Krause, "
        "mein Nacken ist deutlich besser! Wenn ich eine neue Verordnung bekomme, melde ich "
        "mich wieder.\n\nBeste Grüße\nThomas Becker\nMobil 0172 4456 210",
        staff=False, note="a plain thank-you naming no session",
    )  # fmt: skip


def demir() -> None:
    yes(
        "is07_demir_orthopaedist.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:41",
        request_subject(1019),
        "Hallo,\n\nja, die Behandlung heute am 04.03. hat stattgefunden, danke!\nAm 9.3. hab "
        "ich einen Termin beim Orthopäden, ich sag Ihnen dann Bescheid, was er meint.\n\n"
        "LG Aylin Demir",
        client="gmail", reply="cr-1019", style="gmail",
        note="9.3. is a doctor's appointment",
    )  # fmt: skip
    yes(
        "is08_demir_izmir.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-19 19:20", "Termine März",
        "Hi,\n\nich wollte noch die letzten zwei Termine bestätigen: 11.3. und 18.3., beide "
        "um 8.30 per Video, hat alles geklappt.\n\nVom 28.3. bis 6.4. bin ich in Izmir, "
        "deswegen hatte ich den 1.4. ja schon abgesagt. Am 8.4. bin ich wieder dabei.\n\n"
        "Liebe Grüße\nAylin",
        client="gmail",
        note="vacation, the already cancelled 1.4. and the next session 8.4. are not sessions",
    )  # fmt: skip


def wolff() -> None:
    yes(
        "is09_wolff_birth_date.eml", 4, (1028,), ("2026-01-16",), "2026-01-19 09:03",
        request_subject(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die "
        "Krankengymnastik am Freitag, dem 16. Januar 2026, telefonisch stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff\nLindenstr. 12\n14467 Potsdam\n"
        "Tel. 0331 / 27 14 03\ngeb. 04.11.1949",
        client="tonline", reply="cr-1028", style="tonline",
    )  # fmt: skip
    yes(
        "is10_wolff_yesterday.eml", 4, (1030,), ("2026-01-30",), "2026-01-31 10:20",
        request_subject(1030),
        "Guten Tag,\n\ngestern hat die telefonische Behandlung wie vereinbart stattgefunden. "
        "Die Übungen mache ich jeden Tag, mit Pausen sind das schon 1.5 Stunden, aber es "
        "wird besser.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1030", style="tonline",
        note="'gestern' in a mail of Saturday 31.01. is Friday 30.01.",
    )  # fmt: skip


def schulz() -> None:
    yes(
        "is11_schulz_ascension_question.eml", 5, (1035, 1036), ("2026-04-23", "2026-04-30"),
        "2026-05-02 11:05", request_subject(1036, "Re"),
        "Hallo,\n\nich bestätige beide Termine, den 23.4. und den 30.4. – die Mail zum 23. "
        "hatte ich übersehen, sorry.\n\nFindet am 14.05. (Himmelfahrt) überhaupt ein Termin "
        "statt? In meinem Kalender steht nichts.\n\nViele Grüße\nMarie Schulz\n\n-- \n"
        "Marie Schulz · Illustration & Grafik\nPreisliste gültig ab 01.03.2026\n"
        "Tel. 0221 / 98 44 71 20",
        client="thunderbird", reply="cr-1036", style="thunderbird", staff=True,
        extra=("question",),
    )  # fmt: skip


def hoffmann() -> None:
    yes(
        "is12_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10",
        request_subject(1043),
        "Hallo,\n\nheute, am 18.05., hatte ich ja zwei Termine – morgens um 7:30 KG am "
        "Gerät und mittags um 12:30 die Manuelle Therapie. Beide haben stattgefunden.\n\n"
        "Den nächsten Termin am Dienstag, 26.05. (wegen Pfingstmontag), habe ich mir "
        "notiert.\n\nBeste Grüße\nPeter Hoffmann\n\nPeter Hoffmann | Vertrieb Süd\n"
        "Hoffmann & Söhne GmbH · Leopoldstr. 88 · 80802 München\n"
        "Amtsgericht München HRB 184203 · USt-IdNr. DE 129 874 551\n"
        "Tel. +49 89 4490 2210 · Mobil +49 160 9911 2304",
        client="outlook", reply="cr-1043", style="outlook",
    )  # fmt: skip
    no(
        "is13_hoffmann_bill_question.eml", 6, ("question",), "2026-06-10 09:40",
        "Rechnung PI-R-2026-0219",
        "Sehr geehrte Damen und Herren,\n\nin Ihrer Rechnung Nr. PI-R-2026-0219 vom "
        "05.06.2026 sind für den 18.05. zwei Positionen (KGG und MT) und für den 26.05. eine "
        "Position aufgeführt. Meine Krankenversicherung (Allianz, Vers.-Nr. 4 118 220 731) "
        "fragt nach, ob die zwei Behandlungen am 18.05. so verordnet waren. Können Sie mir "
        "dazu eine kurze Bestätigung oder eine Kopie der Verordnung schicken?\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann\n\nPeter Hoffmann | Vertrieb Süd\n"
        "Hoffmann & Söhne GmbH · Leopoldstr. 88 · 80802 München\n"
        "Tel. +49 89 4490 2210 · Mobil +49 160 9911 2304",
        client="outlook", note="a bill question: the dates are the invoice's, nothing confirmed",
    )  # fmt: skip


def popescu() -> None:
    yes(
        "is14_popescu_insurance_number.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:05",
        request_subject(1046, "Re"),
        "Guten Tag,\n\nich bestätige, das die Therapie am 2 Juni hat stattgefunden. Alles war "
        "gut, vielen dank.\nMeine Versichertennummer ist R482915337, ich habe vergessen in "
        "dem Anamnesebogen zu schreiben.\n\nMit freundliche Grüße\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo", staff=True, extra=("other",),
        note="the missing insurance number must be entered by staff",
    )  # fmt: skip
    yes(
        "is15_popescu_two_and_next.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"),
        "2026-06-17 20:40", "Termine Juni",
        "Hallo Praxis Impulse,\n\nentschuldigung für die späte Antwort. Die Termine am 9.6 "
        "und 16.6 waren beide, ich war dabei per Video.\nNächste Woche 23.6 ist auch um 11 "
        "Uhr? Ich habe um 13.30 einen Termin bei Hausarzt, das passt dann gut.\n\n"
        "Viele Grüße\nElena",
        client="yahoo", staff=True, extra=("question",),
    )  # fmt: skip


def richter() -> None:
    yes(
        "is16_richter_short.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 19:48",
        request_subject(1051),
        "Hat stattgefunden, 3.6. 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone",
    )  # fmt: skip
    no(
        "is17_richter_move_next.eml", 8, ("reschedule",), "2026-06-19 08:15", "Termin 24.06.",
        "Hi, am Mittwoch 24.06. hab ich um 18 Uhr Elternabend in der Kita. Können wir auf "
        "19.30 gehen oder auf Donnerstag? Danke, Jonas\n\nVon meinem iPhone gesendet",
        client="iphone",
    )  # fmt: skip


def neumann() -> None:
    yes(
        "is18_neumann_eye_doctor.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 16:45",
        request_subject(1056),
        "Sehr geehrte Damen und Herren,\nich bestätige hiermit dass die Krankengymnastik am "
        "Dienstag den 7.7.2026 stattgefunden hat, die Therapeutin hat pünktlich um 9 Uhr "
        "angerufen.\nAm Donnerstag den 9.7. habe ich um 8.45 einen Termin beim Augenarzt, "
        "könnten wir die Behandlung an dem Tag auf 11 Uhr legen?\nMit freundlichen Grüßen\n"
        "Gisela Neumann\nTel. 030 / 781 44 29",
        reply="cr-1056", staff=True, extra=("reschedule",),
    )  # fmt: skip
    yes(
        "is19_neumann_three.eml", 9, (1057, 1058, 1059),
        ("2026-07-09", "2026-07-14", "2026-07-16"), "2026-07-17 10:02", "Bestätigung",
        "Guten Tag,\ndie Behandlungen am Dienstag 14.7. und Donnerstag 16.7. haben "
        "stattgefunden. Die am 9.7. auch, das hat dann doch um 9 Uhr geklappt, weil der "
        "Augenarzt meinen Termin auf den 20.7. verschoben hat.\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
    )  # fmt: skip


def brandt() -> None:
    yes(
        "is20_brandt_vacation.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:40",
        request_subject(1063, "Re"),
        "Hallo zusammen,\n\nbestätigt: KG per Video heute, 03.07.2026, 16:00 Uhr.\n\nVom 20. "
        "bis 27. Juli bin ich weg, den Termin am 24.07. müssten wir also verschieben – "
        "ginge stattdessen Mittwoch, der 29.07., am späten Nachmittag?\n\nGruß\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True, staff=True,
        extra=("reschedule",),
    )  # fmt: skip


def carter() -> None:
    yes(
        "is21_carter_quote_header.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        request_subject(1069, "Re"),
        "Hi,\n\nYes, I can confirm that my session on 3 August took place (12:00–12:30, "
        "video).\n\nBest,\nEmily\n\n--\nEmily Carter\nUK: +44 7700 900123 | DE: +49 151 2345 "
        "6789",
        client="gmail", reply="cr-1069", style="gmail_en",
    )  # fmt: skip
    yes(
        "is22_carter_edinburgh.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 09:15", "Sessions in August",
        "Hello,\n\nJust catching up on emails – both sessions, on 10/08 and 17/08, happened "
        "as planned. Thanks!\n\nI'll be in Edinburgh from the 22nd to the 30th, so I'll have "
        "to miss the one on Monday the 24th. Could we move it to the week after? Any day "
        "works for me except before 10.30am.\n\nBest wishes,\nEmily",
        client="gmail", staff=True, extra=("reschedule",),
    )  # fmt: skip


def yildiz() -> None:
    yes(
        "is23_yildiz_prescription_by_post.eml", 12, (1075,), ("2026-08-05",),
        "2026-08-05 14:10", "Termin heute",
        "Hallo,\nTermin heute 05.08.2026 hat stattgefunden. Danke schön.\nRezept von Dr. "
        "Şahin vom 28.07. ich habe mit Post geschickt.\nFatma Yıldız",
        client="webde",
    )  # fmt: skip
    no(
        "is24_yildiz_cancelled_request.eml", 12, ("question",), "2026-08-19 13:20",
        request_subject(1077),
        "Hallo,\nwarum ich bekomme diese Mail? Termin am 19.08 war abgesagt, mein Sohn hat "
        "am 17.08 angerufen. Bitte nicht abrechnen.\nFatma Yıldız",
        client="webde", reply="cr-1077", style="webde",
        note="our request for a cancelled appointment; the patient says it did not take place",
    )  # fmt: skip


VOGEL_SIGNATURE = (
    "Dr. Michael Vogel\nRechtsanwalt | Fachanwalt für Arbeitsrecht\n\n"
    "Vogel & Partner Rechtsanwälte mbB\nKaiserstraße 41 · 60329 Frankfurt am Main\n"
    "Tel. +49 69 9130 4470 · Fax +49 69 9130 4479\nAG Frankfurt am Main PR 2291\n\n"
    "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. "
    "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender "
    "und vernichten Sie diese Mail. Informationen zum Datenschutz finden Sie unter "
    "www.vogel-partner.de/datenschutz (Stand: 25.05.2018)."
)


def vogel() -> None:
    yes(
        "is25_vogel_disclaimer.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 12:14",
        request_subject(1082),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlung (Manuelle Therapie "
        "per Video) vom 10.09.2026.\n\nMit freundlichen Grüßen\n\n" + VOGEL_SIGNATURE,
        client="outlook", reply="cr-1082", style="outlook_classic",
    )  # fmt: skip
    yes(
        "is26_vogel_conference.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-25 07:45", "Behandlungen 17.09./24.09. und Termin 01.10.",
        "Guten Morgen,\n\nzur Ordnung: Die Behandlungen am 17.09. und am 24.09.2026 haben "
        "stattgefunden. Ihre Anfrage zum 17.09. war im Spam-Ordner gelandet.\n\nVom 29.09. "
        "bis 02.10. bin ich auf einer Fachtagung in Hamburg. Den Termin am 01.10. muss ich "
        "daher leider absagen.\n\nMit freundlichen Grüßen\n\n" + VOGEL_SIGNATURE,
        client="outlook", staff=True, extra=("cancellation",),
    )  # fmt: skip


def lehmann() -> None:
    yes(
        "is27_lehmann_bad_connection.eml", 14, (1088, 1089),
        ("2026-09-15", "2026-09-22", "2026-09-29"), "2026-10-01 21:10",
        "Bestätigungen September",
        "Hallo,\n\nich habe ein paar Bestätigungen verpasst, sorry! Am 15.9. und am 22.9. hat "
        "die Behandlung ganz normal stattgefunden.\n\nAm 29.9. war die Verbindung so "
        "schlecht, dass wir nach etwa 10 Minuten aufgehört haben. Die Therapeutin meinte, "
        "sie klärt mit Ihnen, wie das gezählt wird.\n\nViele Grüße\nAnna Lehmann\n\n--\n"
        "Anna Lehmann, M.Sc.\nInstitut für Sportwissenschaft, Raum 2.14\n"
        "Sprechstunde Di 10.00–11.00\nTel. +49 341 97-31614",
        client="thunderbird", staff=True,
        note="29.9. stopped after 10 minutes: took place partly, not confirmed",
    )  # fmt: skip


def zimmermann() -> None:
    no(
        "is28_zimmermann_forwarded_old.eml", 15, ("question",), "2026-10-27 09:30",
        "WG: AW: Bitte bestätigen Sie Ihre Behandlung vom 12.10.2026",
        "Guten Tag,\n\nIhre Kollegin sagte mir gestern am Telefon, für den 12.10. fehle noch "
        "meine Bestätigung. Die hatte ich aber schon geschickt, siehe unten. Ist die nicht "
        "angekommen?\n\nGruß\nKlaus Zimmermann\n\n"
        "-------- Weitergeleitete Nachricht --------\n"
        "Betreff: AW: Bitte bestätigen Sie Ihre Behandlung vom 12.10.2026\n"
        "Datum: Mon, 12 Oct 2026 15:02:11 +0200\n"
        "Von: Klaus Zimmermann <klaus.zimmermann@arcor.de>\n"
        "An: termine@praxis-impulse.de\n\n"
        "Die Behandlung am 12.10. hat stattgefunden.\nK. Zimmermann",
        note="the confirmation is in the forwarded old mail; the new text asks whether it arrived",
    )  # fmt: skip


def schaefer() -> None:
    yes(
        "is29_schaefer_office_signature.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:12",
        request_subject(1098),
        "Guten Morgen,\n\ndie Behandlung gestern Abend (07.10.) hat stattgefunden.\n\n"
        "Viele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatungsgesellschaft mbH\n"
        "Birgit Schäfer, Steuerberaterin\nRingstraße 17 · 50996 Köln\n"
        "Tel. 0221 / 35 66 90-0 · Fax -99\nAmtsgericht Köln HRB 88412 · St.-Nr. "
        "214/5712/0934\n\nBitte beachten Sie: Vom 24.12.2026 bis 01.01.2027 ist unsere "
        "Kanzlei geschlossen.",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address; office closure in the signature",
    )  # fmt: skip


def jansen() -> None:
    yes(
        "is30_jansen_late_join.eml", 17, (1105,), ("2026-10-29", "2026-11-05"),
        "2026-11-05 12:20", request_subject(1106),
        "Hi,\n\n29.10. hat ganz normal stattgefunden, hatte vergessen zu antworten.\n\nHeute "
        "(05.11.) bin ich mir nicht sicher, ob das zählt: ich kam erst um 10.20 in den Raum, "
        "weil der Code nicht ging, und wir haben dann nur noch ca. 10 Minuten gemacht.\n\n"
        "Gruß\nOle",
        client="gmail", reply="cr-1106", style="gmail", staff=True,
        note="05.11. only about 10 minutes: took place partly, not confirmed",
    )  # fmt: skip


def koch() -> None:
    yes(
        "is31_koch_easter.eml", 18, (1110, 1111, 1112, 1113, 1114),
        ("2026-03-25", "2026-03-30", "2026-04-01", "2026-04-08", "2026-04-13"),
        "2026-04-14 17:30", "Meine Termine",
        "Liebes Praxisteam,\n\nich war über Ostern bei meiner Tochter in Freiburg (vom 2.4. "
        "bis 7.4.), deshalb komme ich erst jetzt dazu. Folgende Termine haben stattgefunden: "
        "25.3., 30.3., 1.4., 8.4. und gestern, 13.4. Sie haben immer pünktlich angerufen.\n\n"
        "Am Mittwoch, 15.4., bin ich wie immer um 15 Uhr erreichbar.\n\n"
        "Herzliche Grüße\nRenate Koch",
        client="tonline",
    )  # fmt: skip


PROTON = "\n\nSent with Proton Mail secure email."


def nowak() -> None:
    yes(
        "is32_nowak_beihilfe.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:15",
        request_subject(1116, "Re"),
        "Hallo,\n\nbestätige die MT am 06.11.2026 (8:00–8:30 Uhr, Video).\n\nFür die Beihilfe "
        "bräuchte ich auf den Rechnungen bitte die Diagnose und die GebüTh-Ziffern. Ist das "
        "möglich?\n\nViele Grüße\nDavid Nowak" + PROTON,
        reply="cr-1116", staff=True, extra=("question",),
    )  # fmt: skip
    yes(
        "is33_nowak_checkmarks.eml", 19, (1117, 1118, 1119),
        ("2026-11-13", "2026-11-20", "2026-11-27"), "2026-11-28 16:00", "November",
        "Hallo,\n\nkurz zusammengefasst für November:\n13.11. ✓\n20.11. ✓\n27.11. ✓\nAlle "
        "drei per Video gemacht. Die Verordnung vom 02.11. (6x MT) ist damit bei 4 von 6.\n\n"
        "Gruß\nD. Nowak" + PROTON,
    )  # fmt: skip


def hartmann() -> None:
    no(
        "is34_hartmann_next_time.eml", 20, ("question",), "2026-11-15 10:00",
        video_link_subject(1122, "AW"),
        "Hallo,\n\nkurze Frage: Ist der Termin am Dienstag, 17.11., wieder um 17 Uhr? In "
        "meinem Kalender steht 17.30, in Ihrer Mail 17:00.\n\nDanke und liebe Grüße\n"
        "Leonie Hartmann",
        client="webde", reply="vl-1122", style="webde",
    )  # fmt: skip


def wagner() -> None:
    no(
        "is35_wagner_tomorrow.eml", 21, ("other",), "2026-02-08 12:00",
        reminder_subject(1128),
        "Hallo,\n\nmorgen (9.2.) passt, ich bin um 9.30 online. Letzten Montag war ja "
        "ausgefallen, weil ich krank war – jetzt geht es wieder.\n\nViele Grüße\n"
        "Sophie Wagner\n\nGesendet mit der GMX Mail App",
        reply="rem-1128", style="webde", staff=False,
        note="says yes to tomorrow's appointment; last Monday's was cancelled",
    )  # fmt: skip


def aydin() -> None:
    yes(
        "is36_aydin_new_number.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:30",
        request_subject(1130),
        "Hallo\nTermin heute 19.02 gemacht, alles gut danke.\nMeine Handy Nummer ist neu "
        "0157 3344 1902, bitte nächste mal diese anrufen.\nMehmet Aydın",
        client="samsung", reply="cr-1130", style="samsung", staff=True, extra=("other",),
        note="the new phone number must be entered by staff",
    )  # fmt: skip
    no(
        "is37_aydin_nobody_called.eml", 22, ("question",), "2026-02-26 14:20",
        request_subject(1131),
        "Hallo\nheute 26.02 niemand hat angerufen. Ich habe gewartet bis 13.15 Uhr. Was ist "
        "passiert? Bitte nicht abrechnen.\nMehmet Aydın",
        client="samsung", reply="cr-1131", style="samsung",
        note="the session did not take place",
    )  # fmt: skip


def oneill() -> None:
    yes(
        "is38_oneill_mixed.eml", 23, (1137, 1138, 1139),
        ("2026-04-21", "2026-04-28", "2026-05-05"), "2026-05-06 07:30", "Termine / sessions",
        "Hallo,\n\nich möchte bestätigen die Termine von 21.04, 28.04 und 05.05 – alle drei "
        "am Telefon, alles gut. Sorry for the delay, I was travelling (Dublin, 23/04 to "
        "27/04).\n\nInvoice no. 2026-0413 is paid (transfer on 30/04).\n\n"
        "Kind regards / Viele Grüße\nJames O'Neill",
        client="outlook",
    )  # fmt: skip
    no(
        "is39_oneill_mobile_tomorrow.eml", 23, ("other",), "2026-05-11 20:10",
        reminder_subject(1140, "RE"),
        "Hi,\n\nQuick one re tomorrow (12 May, 7.30pm): could the therapist please call my "
        "mobile, +49 176 2201 4410, instead of the landline? I'll still be at the office "
        "until about 8.\n\nThanks,\nJames",
        client="outlook", reply="rem-1140", style="outlook_en",
    )  # fmt: skip


def berger() -> None:
    yes(
        "is40_berger_grandson_birthday.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 09:00", "Termine Mai",
        "Liebe Praxis,\n\ndie Krankengymnastik am 13. Mai und am 20. Mai hat stattgefunden, "
        "beide Male hat Frau Albrecht pünktlich angerufen.\n\nAm 27. Mai hat mein Enkel "
        "Geburtstag, da bin ich den ganzen Tag in Bremen. Den Termin muss ich leider "
        "absagen.\n\nHerzliche Grüße\nUrsula Berger\n\nVon meinem iPad gesendet",
        client="apple", staff=True, extra=("cancellation",),
    )  # fmt: skip


def main() -> None:
    load_practice()
    krueger()
    becker()
    demir()
    wolff()
    schulz()
    hoffmann()
    popescu()
    richter()
    neumann()
    brandt()
    carter()
    yildiz()
    vogel()
    lehmann()
    zimmermann()
    schaefer()
    jansen()
    koch()
    nowak()
    hartmann()
    wagner()
    aydin()
    oneill()
    berger()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
