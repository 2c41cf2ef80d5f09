"""Blind set HG: one February 2026 inbox of the practice, as its patients write it.

Forty mails from the five patients with February appointments (Sabine Krüger, Thomas
Becker, Hans-Jürgen Wolff, Sophie Wagner, Mehmet Aydın): mostly short replies under our
confirmation request (a yes, the date, "hat stattgefunden", an emoji), some new mails
naming one to four days, late answers, formal letters, lower-case phone replies, English
and learners' German, a question or a thank-you beside the yes, some bottom-posted; and
eight look-alikes (illness cancellation, reschedule, invoice question, a missed call, a
session cut short, replies to a reminder and to a video-link mail, a session that did not
happen). Each mail is an independent scenario against the same practice snapshot.

Labelled by what a careful practice employee would record: `confirmed` only for the
patient's own scheduled, unconfirmed appointments plainly confirmed as held in full;
`dates` the days the mail says a session took place (also partly); `needs_staff` when
someone must look or act.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
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

HERE = data_dir("blind_hg")

KRUEGER, BECKER, WOLFF, WAGNER, AYDIN = 1, 2, 4, 21, 22


def krueger() -> None:
    yes(
        "hg01_krueger_ja.eml",
        KRUEGER,
        [1004],
        ["2026-02-03"],
        "2026-02-03 12:14",
        request_subject(1004),
        "Ja, hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde",
        reply="cr-1004",
        style="webde",
    )
    yes(
        "hg02_krueger_spaet_januar.eml",
        KRUEGER,
        [1003],
        ["2026-01-27"],
        "2026-02-04 20:41",
        request_subject(1003),
        "Hallo,\n\nsorry, die Mail ist bei mir untergegangen. Der Termin am 27.01. hat "
        "natürlich stattgefunden, war wie immer gut.\n\nViele Grüße\nSabine Krüger",
        client="webde",
        reply="cr-1003",
        style="webde",
    )
    yes(
        "hg03_krueger_daumen.eml",
        KRUEGER,
        [1005],
        [],
        "2026-02-10 11:52",
        request_subject(1005),
        "👍\n\nVon meinem iPhone gesendet",
        client="iphone",
        reply="cr-1005",
        style="iphone",
    )
    yes(
        "hg04_krueger_mit_frage.eml",
        KRUEGER,
        [1006],
        ["2026-02-17"],
        "2026-02-17 18:25",
        request_subject(1006),
        "Guten Abend,\n\nich bestätige die Behandlung vom 17.02.2026.\n\nEine Frage noch: "
        "Frau Lorenz meinte, ich soll die Übungen für die Schulter jetzt mit dem roten "
        "Theraband machen. Können Sie mir das Blatt mit den Übungen nochmal schicken? Ich "
        "finde es nicht mehr.\n\nDanke und viele Grüße\nSabine Krüger",
        client="webde",
        reply="cr-1006",
        style="webde",
        staff=True,
        extra=("question",),
    )
    yes(
        "hg05_krueger_zwei_tage.eml",
        KRUEGER,
        [1004, 1005],
        ["2026-02-03", "2026-02-10"],
        "2026-02-11 08:47",
        "Bestätigung Termine",
        "Guten Morgen,\n\nich habe gesehen, dass ich zwei Bestätigungen noch nicht "
        "beantwortet habe. Hiermit bestätige ich die Videotermine am 3.2. und 10.2., beide "
        "haben wie geplant stattgefunden.\n\nSchöne Grüße\nSabine Krüger",
        client="webde",
    )
    no(
        "hg06_krueger_abgebrochen.eml",
        KRUEGER,
        ("technical", "other"),
        "2026-02-24 13:05",
        request_subject(1007),
        "Hallo,\n\ndas kann ich so leider nicht bestätigen. Wir haben zwar angefangen, aber "
        "nach ungefähr zehn Minuten ist das Bild eingefroren und die Verbindung war weg. "
        "Ich habe es noch zweimal über den Link probiert, kam aber nicht mehr rein.\n\n"
        "Wie machen wir das jetzt? \n\nGruß\nSabine Krüger",
        client="webde",
        reply="cr-1007",
        style="webde",
        dates=["2026-02-24"],
        note="session cut short after ten minutes: not held in full",
    )
    no(
        "hg07_krueger_erinnerung.eml",
        KRUEGER,
        ("other",),
        "2026-02-16 10:20",
        reminder_subject(1006),
        "Danke für die Erinnerung, ich bin morgen dabei.\n\nS. Krüger",
        client="webde",
        reply="rem-1006",
        style="webde",
        staff=False,
        note="reply to the reminder, before the session: nothing took place yet",
    )
    yes(
        "hg08_krueger_bottom.eml",
        KRUEGER,
        [1007],
        ["2026-02-24"],
        "2026-02-24 19:33",
        request_subject(1007, "Re"),
        "Ja, der Termin am 24.02. hat stattgefunden. Danke!\nSabine",
        client="thunderbird",
        reply="cr-1007",
        style="thunderbird",
        bottom=True,
    )


def becker() -> None:
    yes(
        "hg09_becker_kurz.eml",
        BECKER,
        [1010],
        [],
        "2026-02-02 19:12",
        request_subject(1010),
        "Bestätigt.\n\nT. Becker",
        client="outlook",
        reply="cr-1010",
        style="outlook",
    )
    yes(
        "hg10_becker_vier_termine.eml",
        BECKER,
        [1010, 1011, 1012, 1013],
        ["2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12"],
        "2026-02-13 07:58",
        "Bestätigung MT-Termine Februar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen "
        "Behandlungen (Manuelle Therapie) vom 02.02., 05.02., 09.02. und 12.02.2026. Alle "
        "vier Termine haben vollständig stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Thomas Becker\n\nBecker Immobilien GmbH\nTel. 0221 4471980",
        client="outlook",
    )
    yes(
        "hg11_becker_english.eml",
        BECKER,
        [1011],
        ["2026-02-05"],
        "2026-02-05 21:40",
        request_subject(1011, "RE"),
        "Hi,\n\nyes, confirmed - the session on Feb 5 took place as planned.\n\nBest,\n"
        "Thomas\n\nSent from my business account, please excuse the English.",
        client="outlook",
        reply="cr-1011",
        style="outlook_en",
    )
    yes(
        "hg12_becker_rechnung_dazu.eml",
        BECKER,
        [1012],
        ["2026-02-09"],
        "2026-02-10 09:15",
        request_subject(1012),
        "Guten Morgen,\n\nja, die Behandlung am 9.2. hat stattgefunden.\n\nKönnten Sie mir "
        "die Rechnung für Februar diesmal bitte auch an meine Frau in Kopie schicken? Die "
        "kümmert sich um die Einreichung bei der Beihilfe.\n\nGruß\nThomas Becker",
        client="outlook",
        reply="cr-1012",
        style="outlook_classic",
        staff=True,
        extra=("question",),
    )
    yes(
        "hg13_becker_handy.eml",
        BECKER,
        [1013],
        [],
        "2026-02-12 19:05",
        request_subject(1013),
        "Ja passt\n\nVon meinem iPhone gesendet",
        client="iphone",
        reply="cr-1013",
        style="iphone",
    )
    yes(
        "hg14_becker_stattgefunden.eml",
        BECKER,
        [1014],
        ["2026-02-16"],
        "2026-02-17 12:30",
        request_subject(1014),
        "Hallo zusammen,\n\nder Termin vom 16.02.2026 hat stattgefunden.\n\nBeste Grüße\n"
        "Thomas Becker",
        client="outlook",
        reply="cr-1014",
        style="outlook",
    )
    no(
        "hg15_becker_verschieben.eml",
        BECKER,
        ("reschedule",),
        "2026-02-20 08:40",
        "Termin Montag 23.02.",
        "Guten Morgen,\n\nich muss am Montag, 23.02., leider kurzfristig zu einem Kunden nach "
        "Hamburg. Können wir den Termin um 17:30 auf Dienstag oder Mittwoch verschieben? "
        "Gerne auch früher am Tag.\n\nDanke und Gruß\nThomas Becker",
        client="outlook",
        note="wish to move a future session",
    )
    yes(
        "hg16_becker_danke.eml",
        BECKER,
        [1015],
        ["2026-02-19"],
        "2026-02-19 20:02",
        request_subject(1015),
        "Ja, 19.02. hat stattgefunden. Vielen Dank an Herrn Kaya, der Nacken ist "
        "deutlich besser geworden!\n\nT. Becker",
        client="outlook",
        reply="cr-1015",
        style="outlook",
        extra=("thanks",),
    )
    yes(
        "hg17_becker_spaet.eml",
        BECKER,
        [1016],
        ["2026-02-23"],
        "2026-03-09 22:11",
        request_subject(1016),
        "Entschuldigung für die späte Rückmeldung, ich war auf Geschäftsreise. Ja, der "
        "Termin am 23. Februar fand statt.\n\nMfG T. Becker",
        client="outlook",
        reply="cr-1016",
        style="outlook_classic",
    )
    no(
        "hg18_becker_rechnung.eml",
        BECKER,
        ("question",),
        "2026-03-03 10:05",
        "Rechnung Januar / Februar",
        "Sehr geehrte Damen und Herren,\n\nbei der Rechnung Nr. 2026-0212 sind acht "
        "Behandlungen à 30 Minuten aufgeführt, meine Verordnung umfasst aber nur sechs. "
        "Können Sie das bitte prüfen und mir ggf. eine korrigierte Rechnung zusenden? Meine "
        "private Krankenversicherung erstattet sonst nicht.\n\nMit freundlichen Grüßen\n"
        "Thomas Becker",
        client="outlook",
        note="invoice question, no session confirmed",
    )
    yes(
        "hg19_becker_knapp.eml",
        BECKER,
        [1017],
        ["2026-02-26"],
        "2026-02-27 07:20",
        request_subject(1017),
        "Bestätige hiermit die Behandlung vom 26.02.\n\nThomas Becker",
        client="outlook",
        reply="cr-1017",
        style="outlook_classic",
    )


def wolff() -> None:
    yes(
        "hg20_wolff_brief.eml",
        WOLFF,
        [1031],
        ["2026-02-06"],
        "2026-02-06 16:48",
        request_subject(1031),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen, dass die "
        "telefonische Krankengymnastik am Freitag, dem 6. Februar 2026, um 14.00 Uhr "
        "ordnungsgemäß stattgefunden hat.\n\nMit freundlichen Grüßen\n\nHans-Jürgen Wolff",
        client="tonline",
        reply="cr-1031",
        style="tonline",
    )
    no(
        "hg21_wolff_verpasst.eml",
        WOLFF,
        ("other", "question"),
        "2026-02-13 17:55",
        request_subject(1032),
        "Sehr geehrte Damen und Herren,\n\nzu meinem Bedauern muss ich Ihnen mitteilen, dass "
        "ich den Anruf heute verpasst habe. Ich war beim Arzt und das Wartezimmer war voll, "
        "das Telefon hatte ich leise gestellt. Eine Behandlung hat also nicht stattgefunden.\n\n"
        "Entstehen mir dadurch Kosten? Bitte um kurze Nachricht.\n\nHochachtungsvoll\n"
        "H.-J. Wolff",
        client="tonline",
        reply="cr-1032",
        style="tonline",
        note="missed session: nothing took place",
    )
    yes(
        "hg22_wolff_zwei_wochen.eml",
        WOLFF,
        [1032, 1033],
        ["2026-02-13", "2026-02-20"],
        "2026-02-21 10:12",
        "Bestätigung meiner Behandlungen",
        "Sehr geehrte Frau Lorenz,\n\nIhre Mails der letzten beiden Wochen habe ich erst "
        "heute gelesen, mein Enkel hat mir das Mailprogramm neu eingerichtet. Ich bestätige "
        "Ihnen hiermit beide Behandlungen, am 13.02. und am 20.02.2026, jeweils um 14 Uhr am "
        "Telefon.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff\nAm Lindenhof 7\n"
        "53117 Bonn",
        client="tonline",
    )
    yes(
        "hg23_wolff_kurz_aelter.eml",
        WOLFF,
        [1033],
        ["2026-02-20"],
        "2026-02-20 15:50",
        request_subject(1033),
        "Guten Tag,\n\nja, die Behandlung vom 20.02. hat stattgefunden. Vielen Dank.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline",
        reply="cr-1033",
        style="tonline",
    )
    yes(
        "hg24_wolff_januar_nachtrag.eml",
        WOLFF,
        [1030, 1031],
        ["2026-01-30", "2026-02-06"],
        "2026-02-07 09:30",
        "Nachtrag",
        "Sehr geehrte Damen und Herren,\n\nich stelle fest, dass ich Ihre Anfrage vom 30. "
        "Januar noch nicht beantwortet habe. Die Behandlungen am 30.01. sowie am 06.02. "
        "haben beide stattgefunden.\n\nIch bitte die Verspätung zu entschuldigen.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
    )


def wagner() -> None:
    yes(
        "hg25_wagner_klein.eml",
        WAGNER,
        [1128],
        [],
        "2026-02-09 11:41",
        request_subject(1128),
        "jaa hat stattgefunden danke",
        client="gmail",
        reply="cr-1128",
        style="gmail",
    )
    no(
        "hg26_wagner_videolink.eml",
        WAGNER,
        ("technical",),
        "2026-02-15 20:17",
        video_link_subject(1129),
        "hallo, bei mir kommt bei dem link nur eine weiße seite, muss ich da was "
        "installieren? will morgen nicht wieder zu spät sein\nsophie",
        client="gmail",
        reply="vl-1129",
        style="gmail",
        note="video link trouble before the session",
    )
    yes(
        "hg27_wagner_emoji_bottom.eml",
        WAGNER,
        [1129],
        ["2026-02-16"],
        "2026-02-16 11:58",
        request_subject(1129),
        "ja am 16.2. war der termin, diesmal hat alles geklappt 🙂",
        client="gmail",
        reply="cr-1129",
        style="gmail",
        bottom=True,
    )
    no(
        "hg28_wagner_nicht_stattgefunden.eml",
        WAGNER,
        ("other", "question"),
        "2026-02-09 12:03",
        request_subject(1128),
        "hallo, ich hab heute morgen im warteraum gesessen bis 9:50 aber es kam niemand. hat "
        "also nicht stattgefunden. war was bei ihnen? lg sophie wagner",
        client="gmail",
        reply="cr-1128",
        style="gmail",
        note="the patient waited, no session took place",
    )
    yes(
        "hg29_wagner_english.eml",
        WAGNER,
        [1129],
        ["2026-02-16"],
        "2026-02-16 14:22",
        request_subject(1129, "Re"),
        "Yes I can confirm the appointment on 16th February happened. Sorry for answering "
        "in English, my keyboard is on English settings at work haha\n\nSophie",
        client="gmail",
        reply="cr-1129",
        style="gmail_en",
    )
    yes(
        "hg30_wagner_zwei.eml",
        WAGNER,
        [1128, 1129],
        ["2026-02-09", "2026-02-16"],
        "2026-02-18 21:34",
        "termine bestätigung",
        "hi, ich bestätige die videotermine vom 9.2. und 16.2. beide haben stattgefunden\n\n"
        "sophie wagner",
        client="gmail",
    )
    yes(
        "hg31_wagner_alles_gut.eml",
        WAGNER,
        [1128],
        [],
        "2026-02-10 07:45",
        request_subject(1128),
        "alles gut, termin war 👌",
        client="iphone",
        reply="cr-1128",
        style="iphone",
    )


def aydin() -> None:
    yes(
        "hg32_aydin_lerner.eml",
        AYDIN,
        [1130],
        ["2026-02-19"],
        "2026-02-19 15:10",
        request_subject(1130),
        "Hallo,\n\nja ich bestätige, Termin am 19.02 war statt gefunden. Danke schön\n\n"
        "Mehmet Aydın",
        client="samsung",
        reply="cr-1130",
        style="samsung",
    )
    no(
        "hg33_aydin_krank.eml",
        AYDIN,
        ("cancellation",),
        "2026-02-25 18:30",
        "Termin morgen absagen",
        "Sehr geehrte Damen und Herren\n\nich bin leider krank geworden, habe Fieber und "
        "Grippe. Deswegen kann ich morgen am 26.02 nicht Telefon Termin machen. Bitte Termin "
        "absagen. Ich melde mich wenn ich wieder gesund bin.\n\nMit freundliche Grüße\n"
        "Mehmet Aydın",
        client="samsung",
        note="illness cancellation of a future session",
    )
    yes(
        "hg34_aydin_frage.eml",
        AYDIN,
        [1131],
        ["2026-02-26"],
        "2026-02-26 16:44",
        request_subject(1131),
        "Guten Tag,\n\nTermin heute 26.02 hat gemacht, alles gut. Ich habe Frage, brauche ich "
        "neue Rezept von Arzt für März oder ist noch gültig? Bitte sagen Sie mir.\n\n"
        "Danke\nMehmet Aydın",
        client="samsung",
        reply="cr-1131",
        style="samsung",
        staff=True,
        extra=("question",),
    )
    yes(
        "hg35_aydin_kurz.eml",
        AYDIN,
        [1131],
        [],
        "2026-02-27 08:05",
        request_subject(1131),
        "Ja stimmt. Danke\nMehmet",
        client="samsung",
        reply="cr-1131",
        style="samsung",
    )
    yes(
        "hg36_aydin_beide.eml",
        AYDIN,
        [1130, 1131],
        ["2026-02-19", "2026-02-26"],
        "2026-03-02 19:20",
        "Bestätigung",
        "Hallo Praxis Impulse,\n\nmeine Tochter sagt ich muss noch bestätigen. Beide "
        "Termine 19. Februar und 26. Februar sind gewesen am Telefon, alles richtig.\n\n"
        "Grüße\nMehmet Aydın",
        client="gmail",
    )


def more() -> None:
    yes(
        "hg37_becker_jo.eml",
        BECKER,
        [1016],
        [],
        "2026-02-23 19:40",
        request_subject(1016),
        "Jo, hat geklappt. Danke\nTB",
        client="iphone",
        reply="cr-1016",
        style="iphone",
    )
    yes(
        "hg38_wolff_weitere.eml",
        WOLFF,
        [1032],
        ["2026-02-13"],
        "2026-02-16 11:00",
        request_subject(1032),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom Freitag, 13.02.2026, hat "
        "stattgefunden. Ich danke Ihnen, die Übungen für das Knie tun mir gut.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
        reply="cr-1032",
        style="tonline",
        extra=("thanks",),
    )
    yes(
        "hg39_krueger_lang.eml",
        KRUEGER,
        [1006, 1007],
        ["2026-02-17", "2026-02-24"],
        "2026-02-25 09:12",
        "Meine Termine im Februar",
        "Liebes Praxisteam,\n\nkurz zur Bestätigung: Die Videobehandlungen am 17.02. und am "
        "24.02. haben beide stattgefunden und waren vollständig. Den Termin am 3. März "
        "nehme ich wie besprochen wahr.\n\nHerzliche Grüße\nSabine Krüger",
        client="webde",
    )
    yes(
        "hg40_becker_drei_letzte.eml",
        BECKER,
        [1014, 1015, 1017],
        ["2026-02-16", "2026-02-19", "2026-02-26"],
        "2026-02-28 11:30",
        "Bestätigungen",
        "Hallo,\n\nfür die Abrechnung: 16.2., 19.2. und 26.2. haben stattgefunden. Den 23.2. "
        "bestätige ich separat, da muss ich noch in meinen Kalender schauen.\n\n"
        "Gruß\nThomas Becker",
        client="outlook",
    )


def main() -> None:
    load_practice()
    krueger()
    becker()
    wolff()
    wagner()
    aydin()
    more()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
