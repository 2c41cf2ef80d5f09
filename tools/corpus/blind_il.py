"""Blind set IL: confirmations of the last few sessions with one or two left out.

Patients confirm a run of recent sessions and leave one or two out, not by date but by
position ("die letzten drei, der zweite davon nicht", "alle bis auf den vorletzten", "the
first of the two") or by a weekday with a week word ("nur den Dienstag vorletzte Woche",
"letzte Woche Mittwoch nicht"), sometimes with dates beside the words, the same day up to
three weeks late, under our confirmation request for one of the days or as new mails.
Beside them ten look-alikes: sessions to move or cancel by position or weekday, questions
which sessions are still open, a weekday missed last week, replies to our reminder.

Labelled strictly, as a careful practice employee would record them: `confirmed` holds only
the patient's own scheduled, not yet confirmed sessions that the mail plainly says were held
in full and whose day is clear from the mail's date, its words and the practice file. A
session left out, cut short, cancelled in the file, or whose day is unclear is not confirmed,
and the mail then needs staff. `dates` are the days the patient's words say a session took
place (also partly), resolved against the mail's date and the practice file where the words
pin them down (positions, weekdays with week words, "gestern", "heute"); already confirmed
days count, left-out, missed or unclear days do not.

Written without reading rules/, the canonical table or the earlier blind sets' mails.

    .venv/bin/python -m tools.corpus.blind_il
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_il")


def krueger() -> None:
    yes(
        "il01_krueger_letzte_drei_zweite_nicht.eml", 1, (1004, 1006),
        ("2026-02-03", "2026-02-17"), "2026-02-18 08:47",
        "Bestätigung Termine",
        """Guten Morgen,

ich bin mit den Bestätigungen etwas hinterher, deshalb gesammelt: die letzten drei
Termine haben stattgefunden, der zweite davon nicht – da war ich krank und hatte
morgens in der Praxis angerufen.

Viele Grüße
Sabine Krüger
""",
        client="webde", staff=True,
        note="Last three before 18.02.: 03.02., 10.02., 17.02.; the second (10.02.) not held.",
    )  # fmt: skip
    yes(
        "il02_krueger_heute_und_letzte_woche_nicht_davor.eml", 1, (1009, 1008),
        ("2026-03-10", "2026-03-03"), "2026-03-10 13:05",
        request_subject(1009),
        """Hallo,

heute hat stattgefunden, danke. Letzte Woche Dienstag auch.
In der Woche davor war ich im Urlaub, das hatte ich am Telefon gesagt, bitte also nicht
abrechnen.

Gruß S. Krüger
""",
        client="webde", reply="cr-1009", style="webde", staff=True,
        note="Heute 10.03., letzte Woche Dienstag 03.03.; the week before (24.02.) not held.",
    )  # fmt: skip


def becker() -> None:
    yes(
        "il03_becker_beide_letzte_woche_nur_donnerstag_nicht.eml", 2, (1012,),
        ("2026-02-09",), "2026-02-17 07:40",
        "Termine letzte Woche",
        """Guten Morgen,

beide Termine letzte Woche ja, nur den Donnerstag nicht, da hatte ich mich
kurzfristig abgemeldet (hab Ihnen aufs Band gesprochen).

Beste Grüße
Thomas Becker
""",
        staff=True,
        note="Last week: Mo 09.02. held, Do 12.02. not.",
    )  # fmt: skip
    yes(
        "il04_becker_heute_und_beide_letzte_woche.eml", 2, (1016, 1014, 1015),
        ("2026-02-23", "2026-02-16", "2026-02-19"), "2026-02-23 19:40",
        request_subject(1016),
        """Heute ja. Und die zwei von letzter Woche (Mo + Do) auch, hatte ich vergessen zu
beantworten.

T. Becker
""",
        client="thunderbird", reply="cr-1016", style="thunderbird", bottom=True,
    )  # fmt: skip
    no(
        "il05_becker_zweiten_naechste_woche_verschieben.eml", 2, ("reschedule",),
        "2026-02-20 12:10", "Termin nächste Woche",
        """Hallo Praxis-Team,

nächste Woche bitte den zweiten Termin verschieben, da bin ich auf Dienstreise.
Ginge stattdessen Freitag, gleiche Uhrzeit? Der Montag bleibt wie er ist.

Danke & Gruß
Thomas Becker
""",
        note="Future: Do 26.02. to move, nothing held.",
    )  # fmt: skip


def demir() -> None:
    yes(
        "il06_demir_ersten_beiden_im_maerz.eml", 3, (1019, 1020, 1022),
        ("2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25"), "2026-03-27 10:12",
        "Bestätigung meiner Termine im März",
        """Hallo zusammen,

ich hab gemerkt dass ich auf eure Mails nie geantwortet hab, sorry! Die ersten
beiden im März ja, beim dritten war nach 10 Minuten die Verbindung weg und wir
haben es dann gelassen. Der am Mittwoch war wieder ganz normal.

LG Aylin
""",
        client="gmail", staff=True,
        note="04.03. and 11.03. held, 18.03. cut short, Mittwoch = 25.03. held.",
    )  # fmt: skip
    yes(
        "il07_demir_letzte_drei_mittwoche_einer_abgesagt.eml", 3, (1025, 1024),
        ("2026-04-15", "2026-04-08", "2026-04-01"), "2026-04-16 19:02",
        "Bestätigung",
        """Hallo,

ich hatte die letzten drei Mittwoche jeweils meine Videotherapie und hab noch nichts
bestätigt, hiermit nachgeholt: alle drei haben stattgefunden.

Liebe Grüße
Aylin Demir
""",
        client="gmail", staff=True,
        note="15.04. and 08.04. held; 01.04. is cancelled in the file, so that day needs staff.",
    )  # fmt: skip
    no(
        "il08_demir_welche_noch_offen.eml", 3, ("question",),
        "2026-04-23 21:30", "Frage zu Bestätigungen",
        """Hallo,

welche von meinen letzten Terminen sind eigentlich bei Ihnen noch offen, also nicht
bestätigt? Ich glaube ich habe nicht alle Mails beantwortet und möchte das nachholen.

Danke und viele Grüße
Aylin Demir
""",
        client="gmail",
    )  # fmt: skip


def wolff() -> None:
    yes(
        "il09_wolff_seit_ihrer_mail_alle_bis_auf_den_letzten.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-14 10:30",
        request_subject(1029),
        """Sehr geehrte Damen und Herren,

entschuldigen Sie bitte die späte Antwort. Der Termin am 23.01. hat selbstverständlich
stattgefunden. Von den Terminen seit Ihrer Mail waren alle bis auf den letzten, da
war ich leider nicht erreichbar.

Mit freundlichen Grüßen
Hans-Jürgen Wolff
""",
        client="tonline", reply="cr-1029", style="tonline", staff=True,
        note="Since the request of 23.01.: 30.01., 06.02., 13.02.; the last (13.02.) not held.",
    )  # fmt: skip
    no(
        "il10_wolff_erinnerung_wie_viele_noch.eml", 4, ("question",),
        "2026-02-19 16:10", reminder_subject(1033),
        """Sehr geehrte Damen und Herren,

vielen Dank für die Erinnerung, ich bin morgen um 14 Uhr telefonisch erreichbar.
Wie viele Termine habe ich nach dem morgigen eigentlich noch auf meiner Verordnung?

Mit freundlichen Grüßen
H.-J. Wolff
""",
        client="tonline", reply="rem-1033", style="tonline",
    )  # fmt: skip


def schulz() -> None:
    yes(
        "il11_schulz_donnerstag_vorletzte_woche_verpasst.eml", 5, (1034, 1036, 1037),
        ("2026-04-16", "2026-04-30", "2026-05-07"), "2026-05-08 08:20",
        "Rückmeldung zu meinen Terminen",
        """Hallo,

kurz zu Ihren Bestätigungsmails: nur den Donnerstag vorletzte Woche hab ich verpasst,
die anderen Termine bisher haben alle stattgefunden, auch gestern.

Viele Grüße
Marie Schulz
""",
        staff=True,
        note="Vorletzte Woche Donnerstag = 23.04. missed; 16.04., 30.04., 07.05. held.",
    )  # fmt: skip
    no(
        "il12_schulz_letzte_woche_donnerstag_verpasst.eml", 5, ("cancellation", "question"),
        "2026-06-01 18:45", "Termin verpasst",
        """Hallo,

letzte Woche Donnerstag hab ich den Termin leider verpasst, ich saß im Zug und hatte
kein Netz. Das tut mir leid. Fällt dafür eine Ausfallgebühr an?

Viele Grüße
Marie Schulz
""",
        note="28.05. not held; nothing to confirm.",
    )  # fmt: skip


def hoffmann() -> None:
    yes(
        "il13_hoffmann_gestern_nur_der_erste.eml", 6, (1042,),
        ("2026-05-18",), "2026-05-19 07:05",
        "Termine 18.05.",
        """Guten Morgen,

gestern hatte ich ja zwei Termine. Nur der erste hat stattgefunden, den zweiten
mittags habe ich wegen eines Meetings verpasst.

Gruß
Peter Hoffmann
""",
        client="outlook", staff=True,
        note="18.05. 07:30 KGG held, 12:30 MT missed.",
    )  # fmt: skip
    yes(
        "il14_hoffmann_heute_letzte_woche_und_beide_davor.eml", 6, (1045, 1044, 1042, 1043),
        ("2026-06-01", "2026-05-26", "2026-05-18"), "2026-06-01 09:30",
        request_subject(1045),
        """Heute ja. Letzte Woche Dienstag ebenfalls, und in der Woche davor beide Termine
am Montag.

Gruß
P. Hoffmann
""",
        client="outlook", reply="cr-1045", style="outlook",
    )  # fmt: skip


def popescu() -> None:
    yes(
        "il15_popescu_erste_zwei_dritte_nicht.eml", 7, (1046, 1047),
        ("2026-06-02", "2026-06-09"), "2026-06-17 20:14",
        "Termine bestätigen",
        """Hallo,

ich will bestätigen die Termine. Die erste zwei Termine war gut und hat stattgefunden.
Den dritte gestern ich war nicht da, weil mein Kind ist krank. Entschuldigung.

Viele Grüße
Elena Popescu
""",
        client="yahoo", staff=True,
        note="02.06. and 09.06. held; the third (gestern 16.06.) not.",
    )  # fmt: skip
    no(
        "il16_popescu_diese_woche_dienstag_absagen.eml", 7, ("cancellation",),
        "2026-06-15 18:30", "Termin absagen",
        """Guten Abend,

diese Woche Dienstag ich kann nicht, bitte absagen. Nächste Woche geht wieder normal.

Danke
Elena Popescu
""",
        client="yahoo",
        note="Future 16.06. to cancel.",
    )  # fmt: skip


def richter() -> None:
    yes(
        "il17_richter_alle_ausser_dem_zweiten.eml", 8, (1051, 1053, 1054),
        ("2026-06-03", "2026-06-17", "2026-06-24"), "2026-06-25 08:03",
        "Bestätigungen",
        """Moin,

hab gesehen dass bei mir noch Bestätigungen fehlen. Alle bisherigen Termine haben
stattgefunden außer dem zweiten, da war ich auf Dienstreise (hatte abgesagt).

Jonas

Von meinem iPhone gesendet
""",
        client="iphone", staff=True,
        note="So far 03.06., 10.06., 17.06., 24.06.; the second (10.06.) not held.",
    )  # fmt: skip


def neumann() -> None:
    yes(
        "il18_neumann_dienstag_vorletzte_woche_verpasst.eml", 9, (1059, 1060, 1061),
        ("2026-07-16", "2026-07-21", "2026-07-23"), "2026-07-27 10:02",
        "Termine",
        """Liebes Praxisteam,

die Termine der letzten zwei Wochen haben alle stattgefunden, nur den Dienstag
vorletzte Woche habe ich verpasst, da war ich bei meiner Tochter und habe es
vergessen. Bitte entschuldigen Sie.

Herzliche Grüße
Gisela Neumann
""",
        staff=True,
        note="Vorletzte Woche 14.07./16.07., letzte Woche 21.07./23.07.; Di 14.07. missed.",
    )  # fmt: skip


def brandt() -> None:
    yes(
        "il19_brandt_juli_erste_drei_vierter_abgebrochen.eml", 10, (1063, 1064, 1065, 1067),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"),
        "2026-08-01 11:20",
        "Bestätigung Juli-Termine",
        """Hallo,

für Ihre Abrechnung: Von meinen Juli-Terminen haben die ersten drei regulär
stattgefunden. Am 24.07. mussten wir nach ca. 15 Minuten abbrechen (Internet weg),
der letzte am 31. fand wieder normal statt.

Viele Grüße
Lukas Brandt
""",
        client="thunderbird", staff=True,
        note="03.07., 10.07., 17.07., 31.07. held; 24.07. cut short.",
    )  # fmt: skip


def carter() -> None:
    yes(
        "il20_carter_first_of_the_two_second_cancelled.eml", 11, (1071,),
        ("2026-08-17",), "2026-08-25 09:15",
        "Last two sessions",
        """Hi,

quick note on the last two sessions: the first of the two happened as planned, the
second one (yesterday) I had to cancel last minute - sorry again about that.

Best,
Emily
""",
        client="gmail", staff=True,
        note="Last two before 25.08.: 17.08. held, 24.08. cancelled.",
    )  # fmt: skip
    yes(
        "il21_carter_today_and_august_except_fourth.eml", 11,
        (1074, 1069, 1070, 1071, 1073),
        ("2026-09-07", "2026-08-03", "2026-08-10", "2026-08-17", "2026-08-31"),
        "2026-09-07 14:05",
        request_subject(1074, "Re"),
        """Yes, today's session took place. While I'm at it: all the August ones happened too,
except the fourth one - I was away that week.

Emily
""",
        client="gmail", reply="cr-1074", style="gmail_en", staff=True,
        note="August: 03., 10., 17., 24., 31.; the fourth (24.08.) not held.",
    )  # fmt: skip
    no(
        "il22_carter_which_still_open.eml", 11, ("question",),
        "2026-09-10 17:40", "Open confirmations?",
        """Hello,

could you tell me which of my recent sessions still need confirming? I think I missed
a couple of your emails and want to sort it out before I send the bill to my insurer.

Thanks,
Emily Carter
""",
        client="gmail",
    )  # fmt: skip


def yildiz() -> None:
    yes(
        "il23_yildiz_letzte_drei_einer_abgesagt.eml", 12, (1079, 1078),
        ("2026-09-02", "2026-08-26"), "2026-09-03 09:10",
        "Termine",
        """Hallo

die letzte drei Termine hat stattgefunden. Danke schön

Fatma Yıldız
""",
        client="webde", staff=True,
        note="19.08. is cancelled in the file: the third is 19.08. or 12.08.; only 02.09. "
        "and 26.08. are clear.",
    )  # fmt: skip
    yes(
        "il24_yildiz_heute_und_letzte_woche.eml", 12, (1080, 1079),
        ("2026-09-09", "2026-09-02"), "2026-09-09 12:40",
        request_subject(1080),
        """Ja heute war Termin, danke. Letzte Woche auch war.
Fatma
""",
        client="webde", reply="cr-1080", style="webde",
    )  # fmt: skip


def vogel() -> None:
    yes(
        "il25_vogel_september_alle_oktober_nur_erster.eml", 13, (1082, 1083, 1084, 1085),
        ("2026-09-03", "2026-09-10", "2026-09-17", "2026-09-24", "2026-10-01"),
        "2026-10-09 07:45",
        request_subject(1083, "AW"),
        """Sehr geehrte Damen und Herren,

ich komme erst jetzt dazu: Sämtliche Termine im September haben stattgefunden, im
Oktober nur der erste. Gestern war ich kurzfristig im OP, das hatte meine Assistentin
Ihnen telefonisch mitgeteilt.

Mit freundlichen Grüßen

Dr. med. Michael Vogel
Vogel & Partner
""",
        client="outlook", reply="cr-1083", style="outlook_classic", staff=True,
        note="03.09. already confirmed; 10.09.-01.10. held; 08.10. not held.",
    )  # fmt: skip


def lehmann() -> None:
    yes(
        "il26_lehmann_ersten_und_dritten_mittlerer_ausgefallen.eml", 14, (1088, 1090),
        ("2026-09-15", "2026-09-29"), "2026-09-30 12:02",
        "Bestätigung letzte Termine",
        """Hallo,

von den letzten drei Terminen war ich beim ersten und beim dritten dabei, der
mittlere ist ausgefallen (ich hatte die Verbindung nicht aufbekommen und dann keinen
erreicht).

Viele Grüße
Anna Lehmann
""",
        client="thunderbird", staff=True,
        note="Last three: 15.09., 22.09., 29.09.; the middle one (22.09.) not held.",
    )  # fmt: skip


def zimmermann() -> None:
    yes(
        "il27_zimmermann_oktober_vor_dem_ausgefallenen.eml", 15, (1093, 1094, 1095, 1097),
        ("2026-10-05", "2026-10-12", "2026-10-19", "2026-11-02"), "2026-11-03 10:00",
        "Bestätigung",
        """Guten Tag,

die drei Termine im Oktober vor dem ausgefallenen haben stattgefunden, gestern auch.

Gruß Klaus Zimmermann
""",
    )  # fmt: skip
    no(
        "il28_zimmermann_erinnerung_woche_darauf_absagen.eml", 15, ("cancellation",),
        "2026-10-18 14:00", reminder_subject(1095),
        """Danke, morgen passt. Den Termin in der Woche darauf muss ich leider absagen, da bin
ich zur Kur.

Gruß Zimmermann
""",
        client="thunderbird", reply="rem-1095", style="thunderbird", bottom=True,
        note="Future 26.10. to cancel.",
    )  # fmt: skip


def schaefer() -> None:
    yes(
        "il29_schaefer_letzte_drei_dritter_abgekuerzt.eml", 16, (1099, 1100),
        ("2026-10-14", "2026-10-21", "2026-10-28"), "2026-10-30 08:15",
        "Bestätigung Termine Oktober",
        """Guten Morgen,

zu den letzten drei Mittwochsterminen: der erste ja, der zweite ja, beim dritten
(vorgestern) kam nach 20 Minuten ein Mandant dazwischen, den haben wir abgekürzt.

Freundliche Grüße
Birgit Schäfer

Schäfer Steuerberatung
""",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", staff=True,
        note="Last three: 14.10., 21.10., 28.10.; the third cut short.",
    )  # fmt: skip
    yes(
        "il30_schaefer_gestern_vorletzte_woche_ja_letzte_nicht.eml", 16, (1103, 1101),
        ("2026-11-11", "2026-10-28"), "2026-11-12 07:30",
        request_subject(1103),
        """Gestern Abend: ja. Vorletzte Woche Mittwoch auch, letzte Woche nicht (war krank,
hatte abgesagt).

Birgit
""",
        reply="cr-1103", style="webde", staff=True,
        note="Gestern 11.11., vorletzte Woche Mi 28.10.; letzte Woche 04.11. not held.",
    )  # fmt: skip


def jansen() -> None:
    yes(
        "il31_jansen_ersten_beiden_im_november.eml", 17, (1106, 1107),
        ("2026-11-05", "2026-11-12"), "2026-11-20 09:00",
        "termine november",
        """hi,

die ersten beiden im november ja, den dritten gestern hab ich leider komplett
vergessen, sorry!!

ole
""",
        client="gmail", staff=True,
        note="November: 05.11., 12.11. held; gestern 19.11. not.",
    )  # fmt: skip


def nowak() -> None:
    yes(
        "il32_nowak_alle_drei_zweiter_halbiert.eml", 19, (1116, 1118),
        ("2026-11-06", "2026-11-13", "2026-11-20"), "2026-11-21 07:15",
        "Meine bisherigen Termine",
        """Guten Morgen,

kurz zu den drei Terminen bisher: alle drei haben stattgefunden, aber beim zweiten ist
der Therapeut nach der Hälfte aus der Leitung geflogen und wir haben nicht
weitergemacht.

Gruß
David Nowak
""",
        staff=True,
        note="06.11., 13.11. (half), 20.11.",
    )  # fmt: skip


def hartmann() -> None:
    no(
        "il33_hartmann_von_den_naechsten_zweien_den_zweiten.eml", 20, ("reschedule",),
        "2026-11-12 16:20", "Terminverschiebung",
        """Hallo liebes Praxisteam,

von den nächsten beiden Terminen muss ich den zweiten leider verschieben, da habe ich
eine Klausur. Ginge stattdessen der Donnerstag in der gleichen Woche?

Liebe Grüße
Leonie Hartmann
""",
        client="webde",
        note="Next two: 17.11., 24.11.; 24.11. to move.",
    )  # fmt: skip
    yes(
        "il34_hartmann_letzte_woche_und_der_davor.eml", 20, (1123, 1122),
        ("2026-11-24", "2026-11-17"), "2026-12-01 21:10",
        request_subject(1123),
        """Entschuldigung für die späte Antwort! Ja, der Termin letzte Woche hat
stattgefunden, und der davor auch, da hatte ich glaube ich auch nicht geantwortet.

Liebe Grüße
Leonie
""",
        client="webde", reply="cr-1123", style="webde",
    )  # fmt: skip


def wagner() -> None:
    yes(
        "il35_wagner_januar_und_seit_dem_ausfall.eml", 21, (1124, 1125, 1126, 1128, 1129),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"),
        "2026-02-17 08:30",
        "Bestätigung",
        """Hallo,

kurz zur Bestätigung: alle Termine im Januar haben stattgefunden, und seit dem
ausgefallenen Anfang Februar auch beide.

Viele Grüße
Sophie Wagner
""",
        note="January 12., 19., 26.; after the cancelled 02.02.: 09.02., 16.02.",
    )  # fmt: skip


def aydin() -> None:
    yes(
        "il36_aydin_gestern_ja_woche_davor_nicht.eml", 22, (1133, 1131),
        ("2026-03-12", "2026-02-26"), "2026-03-13 08:10",
        request_subject(1133),
        """hallo,
gestern termin ja. woche davor nicht, war in türkei. davor ja.
mehmet aydin
""",
        client="outlook", reply="cr-1133", style="outlook", staff=True,
        note="Gestern 12.03.; week before (05.03.) not held; before that 26.02.",
    )  # fmt: skip


def oneill() -> None:
    yes(
        "il37_oneill_first_and_last_of_three.eml", 23, (1138, 1140),
        ("2026-04-28", "2026-05-05", "2026-05-12"), "2026-05-13 08:30",
        "Last three calls",
        """Hello,

of the last three calls, the first and the last went ahead as planned. The middle one
we cut short after about ten minutes because of my migraine, as you'll remember.

Kind regards,
James O'Neill
""",
        client="outlook", staff=True,
        note="28.04., 05.05. (cut short), 12.05.",
    )  # fmt: skip
    no(
        "il38_oneill_reminder_push_tomorrow.eml", 23, ("reschedule",),
        "2026-05-18 21:00", reminder_subject(1141, "RE"),
        """Thanks for the reminder - could we push tomorrow's call to 8pm? Same number.

James
""",
        client="outlook", reply="rem-1141", style="outlook_en",
    )  # fmt: skip


def berger() -> None:
    yes(
        "il39_berger_mai_alle_bis_auf_den_vorletzten.eml", 24, (1142, 1143, 1145),
        ("2026-05-06", "2026-05-13", "2026-05-27"), "2026-06-04 10:00",
        "Termine im Mai",
        """Sehr geehrte Damen und Herren,

die Termine im Mai haben alle stattgefunden bis auf den vorletzten, da war ich beim
Zahnarzt und habe vergessen abzusagen.

Mit freundlichen Grüßen
Ursula Berger
""",
        staff=True,
        note="May: 06., 13., 20., 27.; the second to last (20.05.) not held.",
    )  # fmt: skip


def koch() -> None:
    no(
        "il40_koch_erinnerung_montag_naechste_woche.eml", 18, ("reschedule",),
        "2026-03-24 17:30", reminder_subject(1110),
        """Danke für die Erinnerung, morgen passt. Den Montag nächste Woche muss ich aber
verschieben, da habe ich einen Arzttermin.

Mit freundlichen Grüßen
Renate Koch
""",
        client="tonline", reply="rem-1110", style="tonline",
        note="Future 30.03. to move.",
    )  # fmt: skip
    yes(
        "il41_koch_vorletzte_woche_beide_gestern_auch.eml", 18, (1111, 1112, 1114),
        ("2026-03-30", "2026-04-01", "2026-04-13"), "2026-04-14 09:00",
        "Bestätigung der Termine",
        """Guten Morgen,

Montag und Mittwoch vorletzte Woche haben stattgefunden, gestern auch. Letzte Woche
Mittwoch hatte ich ja telefonisch abgesagt.

Mit freundlichen Grüßen
Renate Koch
""",
        client="tonline", staff=True,
        note="Vorletzte Woche 30.03./01.04., gestern 13.04.; 08.04. cancelled by phone.",
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
    nowak()
    hartmann()
    wagner()
    aydin()
    oneill()
    berger()
    koch()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
