"""Write blind set CH: everyday mails in which the day of a session is given only in words.

Weekdays alone ('Montag ja, Donnerstag nicht'), 'letzte Woche Dienstag', 'vorgestern',
'den davor', 'die beiden letzten', 'heute beide', 'the Tuesday one', a day corrected in the
next sentence, a weekday and a date that do not agree, and some mails where every session
is plainly named. 44 mails: 34 that mean to confirm (30 of them with at least one session
that may be recorded; four name a cancelled day, a day without an appointment or a weekday
and date that disagree) and 10 look-alikes: answers to reminders and video links about the
coming day, missed or broken-off sessions, a cancellation, reschedule wishes and questions.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ch`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vid

HERE = data_dir("blind_ch")


def weekdays_alone() -> None:
    yes("ch01_becker_montag_ja_donnerstag_nicht.eml", 2, (1012,), ("2026-02-09",), "2026-02-13 09:10",
        re(1013),
        "Hallo,\n\nMontag ja, Donnerstag nicht. Ich stand gestern im Stau auf der A3 und hab den "
        "Anruf verpasst, tut mir leid.\nKann man das nachholen?\n\nGruß\nThomas Becker",
        client="webde", reply="cr-1013", style="webde", staff=True, extra=("reschedule",),
        note="Monday 09.02. took place; Thursday 12.02. (the requested one) did not")  # fmt: skip
    yes("ch02_wolff_freitag.eml", 4, (1032,), ("2026-02-13",), "2026-02-14 10:02", re(1032),
        "Ja. Freitag Telefonat hat stattgefunden.\n\nGruß HJ Wolff",
        client="tonline", reply="cr-1032", style="tonline")  # fmt: skip
    yes("ch03_popescu_gestern.eml", 7, (1048,), ("2026-06-16",), "2026-06-17 08:44", re(1048),
        "Hallo,\nja gestern Therapie war, alles gut gemacht. Danke schön\nElena",
        client="yahoo", reply="cr-1048", style="yahoo")  # fmt: skip
    yes("ch04_richter_mittwoch.eml", 8, (1052,), ("2026-06-10",), "2026-06-11 07:12", re(1052),
        "Mittwoch hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("ch05_berger_mittwoch.eml", 24, (1144,), ("2026-05-20",), "2026-05-22 16:20", re(1144),
        "Guten Tag,\n\ndie Behandlung am Mittwoch hat stattgefunden.\n\nMfG\nU. Berger",
        client="thunderbird", reply="cr-1144", style="thunderbird")  # fmt: skip
    yes("ch06_lehmann_gestern_unten.eml", 14, (1090,), ("2026-09-29",), "2026-09-30 12:48", re(1090),
        "Ja, gestern hat stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1090", style="thunderbird", bottom=True)  # fmt: skip
    yes("ch07_zimmermann_heute.eml", 15, (1094,), ("2026-10-12",), "2026-10-12 14:03", re(1094),
        "jo hat heute geklappt\nKlaus",
        client="samsung", reply="cr-1094", style="samsung")  # fmt: skip
    yes("ch08_oneill_the_tuesday_one.eml", 23, (1137,), ("2026-04-21",), "2026-04-23 10:05",
        re(1137, "RE"),
        "Hi,\n\njust confirming the Tuesday one took place - sorry, I'm a bit behind with my "
        "emails this week.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("ch09_schaefer_mittwochabend_buero.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:34",
        "Bestätigung KG",
        "Guten Morgen,\n\nkurze Bestätigung: die Video-KG gestern (Mittwochabend) hat "
        "stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\n"
        "Tel. 06151 4471230",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address; gestern = Wednesday 21.10.")  # fmt: skip


def relative_days() -> None:
    yes("ch10_krueger_letzte_woche_dienstag.eml", 1, (1005,), ("2026-02-10",), "2026-02-16 08:30",
        "Bestätigung",
        "guten morgen,\n\nhiermit bestätige ich die Behandlung von letzter Woche Dienstag, hab "
        "eure Mail irgendwie übersehen.\n\nLG Sabine Krüger",
        client="webde")  # fmt: skip
    yes("ch11_neumann_vorgestern.eml", 9, (1058,), ("2026-07-14",), "2026-07-16 08:15", re(1058),
        "Guten Tag,\n\nja, die Behandlung vorgestern hat stattgefunden. Entschuldigen Sie die "
        "späte Antwort.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1058", style="thunderbird")  # fmt: skip
    yes("ch12_koch_den_davor.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"), "2026-04-02 10:00",
        re(1112),
        "Guten Tag,\n\nja, der Termin am Mittwoch war, und den davor am Montag auch, den hatte "
        "ich noch nicht bestätigt.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1112", style="tonline")  # fmt: skip
    yes("ch13_aydin_die_beiden_letzten.eml", 22, (1132, 1133), ("2026-03-05", "2026-03-12"),
        "2026-03-13 19:02", "Bestätigung Termine",
        "Hallo,\n\nich bestätige die beiden letzten Termine, die haben beide stattgefunden.\n\n"
        "Gruß\nMehmet Aydın",
        client="outlook",
        note="the two latest sessions before the mail: Thursdays 05.03. and 12.03.")  # fmt: skip
    yes("ch14_hoffmann_heute_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10",
        re(1043),
        "Hallo,\n\nbeide Termine heute haben stattgefunden, morgens am Gerät und mittags die MT.\n\n"
        "Gruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("ch15_neumann_vorgestern_und_heute.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 18:40", re(1057),
        "Guten Abend,\n\ndie Behandlungen vorgestern und heute haben beide stattgefunden, "
        "vielen Dank an Frau Berg.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1057", style="thunderbird")  # fmt: skip
    yes("ch16_wolff_letzte_drei_freitage.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-09 09:20", "Bestätigung Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nich bestätige hiermit die Telefonbehandlungen an den "
        "letzten drei Freitagen.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
        note="the last three Fridays before Monday 09.02.: 23.01., 30.01., 06.02.")  # fmt: skip
    yes("ch17_schulz_donnerstag_letzte_und_diese_woche.eml", 5, (1036, 1037),
        ("2026-04-30", "2026-05-07"), "2026-05-08 20:15", "Termine",
        "Hallo zusammen,\n\ndie Termine am Donnerstag letzte Woche und gestern haben "
        "stattgefunden.\n\nLiebe Grüße\nMarie Schulz",
        client="plain")  # fmt: skip
    yes("ch18_popescu_dienstag_und_davor.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-25 13:30", "Bestätigung",
        "Guten Tag,\nich bestätige Therapie am Dienstag und auch Dienstag davor, ich habe "
        "vergessen zu schreiben. Entschuldigung\n\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("ch19_brandt_letzte_beiden_freitage.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"),
        "2026-08-01 11:05", "Bestätigung",
        "Hi,\n\nhiermit bestätige ich die letzten beiden Freitage (gestern und den davor).\n\n"
        "Lukas Brandt",
        client="thunderbird")  # fmt: skip
    yes("ch20_carter_yesterday.eml", 11, (1070,), ("2026-08-10",), "2026-08-11 09:02", re(1070, "Re"),
        "Yes, yesterday's session happened. Thanks!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ch21_vogel_zwei_donnerstage.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 07:45", "Bestätigung Behandlungstermine",
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die Behandlungen vom Donnerstag, "
        "10.09., und Donnerstag, 17.09.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\n"
        "Vogel & Partner Rechtsanwälte\nTel. 089 2231 5500",
        client="outlook")  # fmt: skip
    yes("ch22_jansen_donnerstag_und_den_davor.eml", 17, (1105, 1106), ("2026-10-29", "2026-11-05"),
        "2026-11-09 21:30", "Bestätigung",
        "Hey,\n\nDonnerstag und den davor kann ich bestätigen, beide haben stattgefunden. "
        "Sorry für die Verspätung\n\nOle",
        client="gmail")  # fmt: skip


def days_corrected() -> None:
    yes("ch23_hartmann_mittwoch_also_dienstag.eml", 20, (1121,), ("2026-11-10",), "2026-11-11 07:40",
        re(1121),
        "Hallo, ja hat am Mittwoch stattgefunden. Quatsch, Dienstag natürlich, nicht Mittwoch, "
        "bin noch nicht ganz wach 😅\n\nLG Leonie",
        client="webde", reply="cr-1121", style="webde",
        note="the patient corrects herself: Tuesday 10.11., the requested one")  # fmt: skip
    yes("ch24_schaefer_dienstag_also_mittwoch.eml", 16, (1101,), ("2026-10-28",), "2026-10-29 12:15",
        re(1101),
        "Ja, die Behandlung am Dienstag hat stattgefunden. Also Mittwoch, nicht Dienstag - die "
        "Woche ist bei mir total durcheinander 🙈\n\nVG Birgit",
        client="webde", reply="cr-1101", style="webde",
        note="corrected in the next sentence to Wednesday 28.10., the requested one")  # fmt: skip


def uncertain_days() -> None:
    yes("ch25_neumann_gestern_und_vorgestern.eml", 9, (1059,), ("2026-07-15", "2026-07-16"),
        "2026-07-17 09:05", "Behandlungen diese Woche",
        "Guten Tag,\n\ndie Behandlungen gestern und vorgestern haben stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", staff=True,
        note="gestern = Thursday 16.07. is hers; vorgestern (Wednesday 15.07.) has no appointment, "
             "she probably means Tuesday 14.07. - staff asks")  # fmt: skip
    yes("ch26_lehmann_dienstag_16_9.eml", 14, (), ("2026-09-16",), "2026-09-17 11:25", re(1088),
        "Hallo,\n\nja, Dienstag 16.9. hat stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="apple", reply="cr-1088", style="iphone", staff=True,
        note="weekday (Tuesday 15.09.) and date (16.09., a Wednesday) disagree; staff checks")  # fmt: skip
    yes("ch27_becker_donnerstag_10_02.eml", 2, (), ("2026-02-10",), "2026-02-14 11:40",
        "Bestätigung Behandlung",
        "Hallo,\n\nhiermit bestätige ich die Behandlung von Donnerstag den 10.02.\n\n"
        "Gruß T. Becker",
        client="webde", staff=True,
        note="10.02. is a Tuesday without appointment; Thursday was 12.02., Monday 09.02.")  # fmt: skip
    yes("ch28_schulz_gestern_kein_termin.eml", 5, (), ("2026-05-14",), "2026-05-15 10:20", "Termin",
        "Hallo,\n\ndie Behandlung gestern hat stattgefunden.\n\nLiebe Grüße\nMarie Schulz",
        client="plain", staff=True,
        note="no appointment on Thursday 14.05. (the series skips that week)")  # fmt: skip
    yes("ch29_yildiz_gestern_abgesagt.eml", 12, (), (), "2026-08-20 09:15", "Behandlung",
        "hallo\ngestern behandlung hat stattgefunden am telefon\ngruß fatma",
        client="webde", staff=True,
        note="gestern = Wednesday 19.08., a cancelled appointment")  # fmt: skip
    yes("ch30_zimmermann_letzter_und_vorletzter_montag.eml", 15, (1095,), ("2026-10-19",),
        "2026-10-28 17:50", "Bestätigung",
        "Hallo,\n\nich bestätige den letzten und den vorletzten Montag.\n\nGruß\n"
        "Klaus Zimmermann",
        client="plain", staff=True,
        note="last Monday 26.10. was cancelled; only 19.10. may be recorded")  # fmt: skip
    yes("ch31_wagner_die_beiden_letzten.eml", 21, (1128,), ("2026-02-09",), "2026-02-10 07:55",
        "Bestätigung",
        "Hallo,\n\ndie beiden letzten Termine haben stattgefunden.\n\nLG Sophie",
        client="webde", staff=True,
        note="the latest is 09.02.; the one before was cancelled (02.02.), so the second is unclear")  # fmt: skip
    yes("ch32_richter_letzten_mittwoch_frage.eml", 8, (1053,), ("2026-06-17",), "2026-06-22 19:20",
        "Bestätigung",
        "Hi,\n\nden vom letzten Mittwoch bestätige ich hiermit. Den vorletzten hab ich doch schon "
        "bestätigt, oder?\n\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", staff=True, extra=("question",),
        note="last Wednesday 17.06.; the question about 10.06. needs an answer")  # fmt: skip
    yes("ch33_nowak_freitag_ja_davor_frage.eml", 19, (1118,), ("2026-11-20",), "2026-11-24 08:05",
        re(1118),
        "Moin,\n\nFreitag ja. Den Freitag davor hatten wir doch verschoben, oder? Der steht bei "
        "mir noch offen.\n\nDavid",
        client="plain", reply="cr-1118", style="thunderbird", staff=True, extra=("question",),
        note="Friday 20.11. confirmed; question about 13.11.")  # fmt: skip
    yes("ch34_carter_monday_not_the_one_before.eml", 11, (1072,), ("2026-08-24",), "2026-08-26 18:30",
        "Session confirmation",
        "Hi,\n\nconfirming Monday's session (the 24th). The one the week before I had to skip "
        "because I was ill - I think I rang you about it, but just in case.\n\nBest,\nEmily",
        client="gmail", staff=True,
        note="17.08. did not take place but is still scheduled: staff must look")  # fmt: skip


def look_alikes() -> None:
    no("ch35_becker_montag_passt.eml", 2, ("other",), "2026-02-15 18:20", rem(1014),
       "Montag passt, bin erreichbar.\n\nGruß T. Becker",
       client="webde", reply="rem-1014", style="webde", staff=False,
       note="answers the reminder for the coming Monday; nothing took place yet")  # fmt: skip
    no("ch36_demir_mittwoch_klappt.eml", 3, ("other",), "2026-03-09 20:11", vid(1020),
       "Mittwoch klappt, danke für den Link!\n\nAylin",
       client="gmail", reply="vl-1020", style="gmail", staff=False,
       note="answers the video link for the coming Wednesday")  # fmt: skip
    no("ch37_aydin_donnerstag_ist_gut.eml", 22, ("other",), "2026-03-18 13:05", rem(1134),
       "Ja, Donnerstag ist gut, ich bin auf dem Handy erreichbar.\n\nMehmet",
       client="outlook", reply="rem-1134", style="outlook", staff=False,
       note="a yes to the reminder for tomorrow, no treatment confirmed")  # fmt: skip
    no("ch38_neumann_heute_nicht_erreicht.eml", 9, ("reschedule",), "2026-07-21 14:10", re(1060),
       "Guten Tag,\n\nheute hat es leider nicht geklappt, Sie haben mich nicht erreicht, mein "
       "Telefon war aus. Können wir den Termin nachholen?\n\nMit freundlichen Grüßen\n"
       "Gisela Neumann",
       client="thunderbird", reply="cr-1060", style="thunderbird",
       note="the requested session did not take place")  # fmt: skip
    no("ch39_hoffmann_heute_nur_die_haelfte.eml", 6, ("technical", "question"), "2026-05-26 09:40",
       re(1044),
       "Hallo,\n\nheute ging nur die Hälfte, nach zehn Minuten ist die Verbindung abgebrochen "
       "und kam nicht wieder. Wie wird das abgerechnet?\n\nGruß\nP. Hoffmann",
       client="outlook", reply="cr-1044", style="outlook",
       note="the session did not fully take place")  # fmt: skip
    no("ch40_jansen_donnerstag_zahnarzt.eml", 17, ("reschedule",), "2026-11-11 12:30", rem(1107),
       "Hi, Donnerstag vormittag bin ich leider beim Zahnarzt. Geht auch Freitag?\n\nOle",
       client="gmail", reply="rem-1107", style="gmail")  # fmt: skip
    no("ch41_wagner_montag_absagen.eml", 21, ("cancellation",), "2026-02-15 19:45", rem(1129),
       "Hallo,\n\nMontag muss ich leider absagen, mein Sohn ist krank.\n\nLG Sophie Wagner",
       client="webde", reply="rem-1129", style="webde")  # fmt: skip
    no("ch42_yildiz_heute_krankenhaus.eml", 12, ("reschedule",), "2026-09-02 13:02", re(1079),
       "hallo, heute nicht stattgefunden, ich war im krankenhaus. nächste woche mittwoch wieder "
       "ok?\nfatma",
       client="webde", reply="cr-1079", style="webde",
       note="the requested session did not take place")  # fmt: skip
    no("ch43_krueger_dienstag_nicht_da.eml", 1, ("question",), "2026-02-26 17:35", re(1007),
       "Hallo,\n\nDienstag war ich leider nicht da, hab's total verschwitzt. Den Dienstag davor "
       "hatte ich bestätigt, oder?\n\nLG Sabine",
       client="webde", reply="cr-1007", style="webde",
       note="24.02. missed; asks about 17.02.")  # fmt: skip
    no("ch44_vogel_bescheinigung.eml", 13, ("question",), "2026-10-02 08:10",
       "Bescheinigung Behandlungen",
       "Sehr geehrte Damen und Herren,\n\nkönnten Sie mir bitte die Behandlungen der letzten "
       "Donnerstage schriftlich bestätigen? Meine Versicherung möchte eine Aufstellung.\n\n"
       "Mit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook",
       note="asks us to confirm for his insurer; he confirms nothing")  # fmt: skip


def main() -> None:
    load_practice()
    weekdays_alone()
    relative_days()
    days_corrected()
    uncertain_days()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
