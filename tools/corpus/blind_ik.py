"""Blind corpus IK: late answers to our confirmation requests.

Patients answer days, weeks or months after the session: under an old request (its date in
the subject), under the newest request while also catching up on older ones, in a new mail
after being told that answers are missing, with the days in every form ("der vom 7.", "die
beiden im Februar", "den letzten Mittwoch im Mai", "yesterday", a January mail with last
year typed), naming sessions already confirmed, mixing in a day they are not sure of, or
answering the wrong request. Look-alikes: late cancellations of sessions long past, "ich
weiß nicht mehr, ob der stattgefunden hat", answers to a request for a session the practice
cancelled, a question which sessions are still open.

Labelled strictly, as a careful practice employee would record them: `confirmed` only
holds the patient's own scheduled, not yet confirmed sessions that the mail's date and words
show plainly as held in full; `dates` the days the mail says a session took place (also
partly, also ones confirmed before); anything doubtful, partial, cancelled or unclear needs
staff.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    request_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_ik")


def january_february() -> None:
    yes("ik01_krueger_old_request.eml", 1, (1003,), ("2026-01-27",), "2026-02-20 21:14",
        request_subject(1003),
        "Guten Abend,\n\nentschuldigen Sie bitte die späte Antwort, die Mail ist bei mir "
        "untergegangen. Ja, die Behandlung am 27.01. hat stattgefunden.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ik02_krueger_newest_and_older.eml", 1, (1004, 1005, 1006),
        ("2026-02-03", "2026-02-10", "2026-02-17"), "2026-02-17 12:02",
        request_subject(1006),
        "Hallo,\n\nheute hat stattgefunden. Und die vom 3. und vom 10. Februar auch, die "
        "hatte ich noch gar nicht bestätigt, sorry!\n\nLG Sabine",
        client="webde", reply="cr-1006", style="webde")  # fmt: skip
    yes("ik03_krueger_already_confirmed.eml", 1, (1007, 1008),
        ("2026-01-13", "2026-01-20", "2026-02-24", "2026-03-03"), "2026-03-06 08:40",
        "Ihre Nachricht wegen fehlender Bestätigungen",
        "Liebes Praxisteam,\n\nSie hatten geschrieben, dass noch Antworten fehlen. Die "
        "Termine am 13. und 20. Januar hatte ich ja schon bestätigt. Die Videotermine am "
        "24. Februar und am 3. März haben ebenfalls ganz normal stattgefunden.\n\n"
        "Herzliche Grüße\nSabine Krüger",
        client="webde",
        note="13.1. and 20.1. were confirmed before; 24.2. and 3.3. are new")  # fmt: skip
    yes("ik04_wagner_year_typo.eml", 21, (1124, 1125), ("2026-01-12", "2026-01-19"),
        "2026-01-21 07:55", request_subject(1124),
        "Guten Morgen,\n\nder Termin am 12.01.2025 hat stattgefunden, der vom 19.01.2025 "
        "ebenfalls. Sorry für die Verspätung!\n\nSophie Wagner",
        client="gmail", reply="cr-1124", style="gmail",
        note="last year typed in January; the days are the 2026 sessions")  # fmt: skip
    yes("ik05_wagner_both_in_february.eml", 21, (1128, 1129), ("2026-02-09", "2026-02-16"),
        "2026-03-10 19:31", "Bestätigung Februar",
        "Hallo zusammen,\n\ndie beiden Termine im Februar haben stattgefunden (der am "
        "2.2. war ja abgesagt).\n\nGruß\nSophie",
        client="gmail",
        note="2.2. was cancelled by the practice; 9.2. and 16.2. held")  # fmt: skip
    yes("ik06_wolff_last_friday_january.eml", 4, (1030,), ("2026-01-30",), "2026-02-11 10:12",
        "Termine Januar",
        "Sehr geehrte Damen und Herren,\n\nden letzten Freitag im Januar haben wir wie "
        "verabredet telefoniert, das kann ich bestätigen.\n"
        "Bei den beiden davor bin ich mir nicht mehr sicher. Am 23. war ich glaube ich beim "
        "Arzt, ob wir da noch telefoniert haben weiß ich nicht mehr.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", staff=True,
        note="30.1. plain; 16.1. and 23.1. unsure")  # fmt: skip
    yes("ik07_wolff_under_old_request.eml", 4, (1028,), ("2026-01-16",), "2026-02-25 16:48",
        request_subject(1028),
        "Ja hat stattgefunden am 16.1.\nGruß Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    no("ik08_wolff_which_open.eml", 4, ("question",), "2026-03-02 09:20",
       "Welche Termine fehlen noch?",
       "Guten Tag,\n\nich bekomme immer wieder Mails, ich soll Termine bestätigen. Welche "
       "sind denn bei mir überhaupt noch offen? Ich dachte ich hätte alles beantwortet.\n\n"
       "Mit freundlichen Grüßen\nH.-J. Wolff",
       client="tonline")  # fmt: skip
    yes("ik09_becker_wrong_request_today.eml", 2, (1013,), ("2026-02-12",), "2026-02-12 19:05",
        request_subject(1011),
        "Hat heute stattgefunden, danke!\n\nThomas Becker",
        client="webde", reply="cr-1011", style="webde",
        note="answered the request of 5.2. but means today, 12.2.; 5.2. stays open")  # fmt: skip
    yes("ik10_becker_catch_up.eml", 2, (1010, 1011, 1012, 1014, 1015, 1017, 1018),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19",
         "2026-02-26", "2026-03-02"), "2026-03-02 19:22", request_subject(1018),
        "Heutiger Termin hat stattgefunden.\n\nWeil ich schon dabei bin, der Februar:\n"
        "2.2. ja\n5.2. ja\n9.2. ja\n12.2. hatte ich schon geantwortet\n16.2. ja\n19.2. ja\n"
        "23.2. nein, da war ich nicht erreichbar, sorry\n26.2. ja\n\nT. Becker",
        client="webde", reply="cr-1018", style="webde", staff=True,
        note="12.2. he says was answered before (not on record); 23.2. missed")  # fmt: skip


def spring() -> None:
    yes("ik11_aydin_learner_not_sure.eml", 22, (1130, 1131, 1132, 1134, 1135),
        ("2026-02-19", "2026-02-26", "2026-03-05", "2026-03-19", "2026-03-26"),
        "2026-04-02 13:40", "Termine",
        "Hallo,\n\nTermin 19.2 und 26.2 und 5.3 stattgefunden. 12.3 ich weiss nicht mehr "
        "genau, ich war arbeiten. 19.3 und 26.3 auch stattgefunden.\n\nMfg Mehmet Aydin",
        client="plain", staff=True)  # fmt: skip
    yes("ik12_demir_newest_and_march.eml", 3, (1019, 1020, 1021, 1022),
        ("2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25"), "2026-03-25 10:15",
        request_subject(1022),
        "Hi, heute war super, danke! Die anderen im März (4., 11. und 18.) haben übrigens "
        "auch alle stattgefunden, hab nur nie geantwortet 🙈\n\nAylin",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    no("ik13_demir_cancelled_request.eml", 3, ("question",), "2026-04-03 18:02",
       request_subject(1023),
       "Hallo,\n\nich soll den Termin am 01.04. bestätigen? Der wurde doch von Ihnen "
       "abgesagt, ich hatte extra eine Mail bekommen. Stimmt da was nicht?\n\nAylin Demir",
       client="gmail", reply="cr-1023", style="gmail",
       note="request for a session the practice cancelled; nothing held")  # fmt: skip
    yes("ik14_koch_partly_and_confirmed.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01", "2026-04-15"),
        "2026-04-20 11:03", "Bestätigung",
        "Guten Tag,\n\ndie Telefontermine vom 23.3., 25.3. und 30.3. waren alle. Am 1.4. "
        "haben wir telefoniert, aber nur kurz, weil mein Enkel vor der Tür stand, da haben "
        "wir nach ein paar Minuten aufgehört.\nDen vom 15. habe ich schon bestätigt.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline", staff=True,
        note="1.4. cut short; 15.4. confirmed before")  # fmt: skip
    yes("ik15_koch_short_old_request.eml", 18, (1113,), ("2026-04-08",), "2026-05-02 09:47",
        request_subject(1113),
        "ja der 8. April war.\nR. Koch",
        client="tonline", reply="cr-1113", style="tonline", bottom=True)  # fmt: skip
    yes("ik16_oneill_all_six.eml", 23, (1136, 1137, 1138, 1139, 1140, 1141),
        ("2026-04-14", "2026-04-21", "2026-04-28", "2026-05-05", "2026-05-12", "2026-05-19"),
        "2026-06-01 22:10", "Confirmation of sessions",
        "Hello,\n\napologies for the radio silence. I can confirm that all six phone "
        "sessions, every Tuesday from 14 April to 19 May, went ahead as planned.\n\n"
        "Best regards,\nJames O'Neill",
        client="outlook")  # fmt: skip
    yes("ik17_schulz_der_vom_7.eml", 5, (1037,), ("2026-05-07",), "2026-05-20 08:05",
        "Bestätigung",
        "Guten Morgen,\nder vom 7. hat stattgefunden, hatte vergessen zu antworten.\n"
        "Viele Grüße\nMarie Schulz",
        client="plain")  # fmt: skip
    yes("ik18_schulz_wrong_request.eml", 5, (1036,), ("2026-04-30",), "2026-05-04 20:30",
        request_subject(1034),
        "Hallo, der Termin vom 30.04. hat stattgefunden.\nMarie",
        client="thunderbird", reply="cr-1034", style="thunderbird",
        note="answered the request of 16.4. naming 30.4.; 16.4. stays open")  # fmt: skip
    yes("ik19_hoffmann_two_same_day.eml", 6, (1042, 1043, 1044),
        ("2026-05-18", "2026-05-26"), "2026-06-15 07:12", "Meine Termine im Mai",
        "Guten Morgen,\n\nnachträglich: Am 18. Mai haben beide Termine stattgefunden, "
        "morgens das Gerätetraining und mittags die Manuelle Therapie. Ebenso der am "
        "Dienstag, 26. Mai.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook")  # fmt: skip
    yes("ik20_hoffmann_which_of_two.eml", 6, (), ("2026-05-18",), "2026-06-22 07:50",
        "Termin 18.5.",
        "Der Termin am 18.5. hat stattgefunden.\n\nP. Hoffmann",
        client="outlook", staff=True,
        note="two sessions on 18.5.; 'der Termin' does not say whether both")  # fmt: skip
    yes("ik21_berger_last_wednesday_may.eml", 24, (1145, 1146, 1147),
        ("2026-05-27", "2026-06-03", "2026-06-10"), "2026-06-12 15:20",
        "Behandlungen",
        "Sehr geehrtes Praxisteam,\n\ndie Behandlung am letzten Mittwoch im Mai hat "
        "stattgefunden, die beiden im Juni (3. und 10.) auch.\n\nMit freundlichen Grüßen\n"
        "Ursula Berger",
        client="plain")  # fmt: skip
    yes("ik22_berger_under_older.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-06-24 10:05", request_subject(1143),
        "Ja, am 13. Mai und am 20. Mai hat die Behandlung stattgefunden.\n\nU. Berger",
        client="plain", reply="cr-1143", style="thunderbird", bottom=True)  # fmt: skip


def summer() -> None:
    yes("ik23_popescu_learner_june.eml", 7, (1047, 1048, 1049, 1050),
        ("2026-06-09", "2026-06-16", "2026-06-23", "2026-06-30"), "2026-07-20 16:44",
        "Termine Juni",
        "Hallo,\n\nentschuldigung ich habe vergessen zu antworten. Die Termine 9.6, 16.6 und "
        "23.6 waren alle stattgefunden. Der 30.6 auch.\n\nVielen Dank\nElena Popescu",
        client="yahoo")  # fmt: skip
    no("ik24_popescu_does_not_remember.eml", 7, ("other",), "2026-08-10 12:30",
       request_subject(1046),
       "Hallo,\n\nSie fragen nach Termin am 2. Juni. Ich weiß nicht mehr, ob der "
       "stattgefunden hat, ich glaube ich war krank in dieser Woche. Es ist lange her, "
       "tut mir leid.\n\nElena",
       client="yahoo", reply="cr-1046", style="yahoo",
       note="does not remember whether 2.6. took place")  # fmt: skip
    yes("ik25_richter_last_wednesday.eml", 8, (1052, 1053, 1054),
        ("2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-26 13:02",
        request_subject(1052),
        "Ja fand statt. Der vom 17. übrigens auch, und letzten Mittwoch ebenso.\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone",
        note="letzten Mittwoch from Friday 26.6. is 24.6.")  # fmt: skip
    no("ik26_richter_which_open.eml", 8, ("question",), "2026-07-08 21:15",
       "Offene Bestätigungen?",
       "Hey, ich hab ehrlich gesagt den Überblick verloren, welche Termine ich schon "
       "bestätigt habe. Können Sie mir kurz sagen, welche noch fehlen? Dann mach ich das "
       "gesammelt.\n\nJonas\n\nVon meinem iPhone gesendet",
       client="iphone")  # fmt: skip
    yes("ik27_neumann_after_reminder.eml", 9, (1056, 1057, 1058, 1059, 1061, 1062),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23",
         "2026-07-28"), "2026-08-12 10:30", "Ihr Schreiben wegen fehlender Bestätigungen",
        "Sehr geehrte Damen und Herren,\n\nauf Ihre Nachricht hin teile ich Ihnen mit, dass "
        "die telefonischen Behandlungen am 7., 9., 14. und 16. Juli stattgefunden haben.\n"
        "Am 21. Juli musste ich das Gespräch nach etwa zehn Minuten abbrechen, da es mir "
        "nicht gut ging.\nAm 23. und 28. Juli fanden die Behandlungen wieder statt.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", staff=True, note="21.7. cut short")  # fmt: skip
    yes("ik28_brandt_two_months_late.eml", 10, (1064,), ("2026-07-10",), "2026-09-14 08:22",
        request_subject(1064),
        "Sorry für die späte Antwort – ja, der 10. Juli hat stattgefunden.\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    no("ik29_brandt_thanks.eml", 10, ("other",), "2026-08-08 11:00",
       "Danke!",
       "Hallo,\n\nnur kurz: vielen Dank für die Betreuung in den letzten Wochen, dem Knie "
       "geht es deutlich besser!\n\nLukas",
       client="thunderbird", staff=False, note="thanks, no session named")  # fmt: skip
    yes("ik30_carter_catch_up_en.eml", 11, (1070, 1071, 1073),
        ("2026-08-10", "2026-08-17", "2026-08-24", "2026-08-31"), "2026-09-01 09:18",
        request_subject(1073, "Re"),
        "Hi,\n\nyes, yesterday's session took place. Also confirming Aug 10 and Aug 17, "
        "which I forgot to answer. On Aug 24 we had to stop after about ten minutes because "
        "my connection died, so not sure how you count that one.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1073", style="gmail_en", staff=True,
        note="24.8. cut short")  # fmt: skip
    no("ik31_carter_late_cancel_en.eml", 11, ("cancellation",), "2026-09-20 17:40",
       "Aug 3 session",
       "Hello,\n\nI just realised I never told you that I couldn't make it on August 3rd, "
       "I was still travelling and didn't log in. Please don't bill that one. Sorry!\n\n"
       "Emily Carter",
       client="gmail", note="late cancellation of a session long past")  # fmt: skip
    yes("ik32_yildiz_august_learner.eml", 12, (1075, 1076, 1078),
        ("2026-08-05", "2026-08-12", "2026-08-26"), "2026-09-03 14:10",
        "Termine August",
        "Guten Tag,\n\nalle Termine in August hat stattgefunden, nur 19. nicht weil Sie "
        "abgesagt haben. Also 5., 12. und 26. August.\n\nFatma Yildiz",
        client="webde")  # fmt: skip
    yes("ik33_yildiz_cancelled_confirmed.eml", 12, (), ("2026-08-19",), "2026-09-07 19:55",
        request_subject(1077),
        "Ja stattgefunden.\nFatma",
        client="samsung", reply="cr-1077", style="samsung", staff=True,
        note="request of a session the practice cancelled; cannot be recorded")  # fmt: skip


def autumn() -> None:
    yes("ik34_vogel_already_confirmed.eml", 13, (1082, 1083, 1084),
        ("2026-09-03", "2026-09-10", "2026-09-17", "2026-09-24"), "2026-09-28 06:50",
        "Bestätigung MT-Termine September",
        "Guten Morgen,\n\nder Termin am 03.09. ist bereits bestätigt. Hiermit bestätige ich "
        "zusätzlich die Behandlungen am 10.09., 17.09. und 24.09.2026.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\n"
        "Tel. 040 555 123 40",
        client="outlook")  # fmt: skip
    yes("ik35_lehmann_doubt_29.eml", 14, (1088, 1089, 1092),
        ("2026-09-15", "2026-09-22", "2026-10-13"), "2026-10-13 15:02",
        request_subject(1092),
        "Hat stattgefunden :)\n\nUnd ganz ehrlich, bei den anderen weiß ich nicht mehr, "
        "welche ich schon bestätigt habe. 15.9. und 22.9. hatten wir auf jeden Fall. War "
        "der 29.9. nicht der, den wir verschieben wollten?\n\nAnna",
        client="thunderbird", reply="cr-1092", style="thunderbird", bottom=True, staff=True,
        note="29.9. in doubt")  # fmt: skip
    no("ik36_lehmann_connection_lost.eml", 14, ("question",), "2026-10-20 12:10",
       request_subject(1091),
       "Hallo,\n\nbevor ich das bestätige: war das am 6.10. nicht der Termin, bei dem die "
       "Verbindung nach fünf Minuten weg war und wir es nicht mehr hinbekommen haben? "
       "Dann hat er ja eigentlich nicht stattgefunden.\n\nAnna Lehmann",
       client="thunderbird", reply="cr-1091", style="thunderbird",
       note="patient thinks 6.10. failed after five minutes; asks")  # fmt: skip
    yes("ik37_zimmermann_two_october.eml", 15, (1093, 1094), ("2026-10-05", "2026-10-12"),
        "2026-10-30 17:25", request_subject(1093),
        "Die Termine vom 5. und 12.10. haben stattgefunden.\nKlaus Zimmermann",
        client="plain", reply="cr-1093", style="outlook_classic")  # fmt: skip
    no("ik38_zimmermann_late_cancel.eml", 15, ("cancellation",), "2026-11-20 09:05",
       "Termin 19. Oktober",
       "Guten Tag,\n\nich muss noch was nachtragen: den Termin am 19. Oktober konnte ich "
       "nicht wahrnehmen, ich war im Krankenhaus und habe vergessen abzusagen. Bitte "
       "entschuldigen Sie.\n\nKlaus Zimmermann",
       client="plain", note="late cancellation of a session long past")  # fmt: skip
    yes("ik39_schaefer_office_address.eml", 16, (1100, 1101, 1102, 1103),
        ("2026-10-21", "2026-10-28", "2026-11-04", "2026-11-11"), "2026-11-12 08:15",
        "Bestätigung Termine",
        "Guten Morgen,\n\nich schreibe aus dem Büro: die Termine am 21.10., 28.10. und "
        "4.11. fanden statt, der gestrige ebenfalls.\n\nMit freundlichen Grüßen\n"
        "Birgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer")  # fmt: skip
    yes("ik40_jansen_all_five.eml", 17, (1104, 1105, 1106, 1107, 1108),
        ("2026-10-22", "2026-10-29", "2026-11-05", "2026-11-12", "2026-11-19"),
        "2026-11-20 11:40", request_subject(1104),
        "Hallo,\n\nich antworte einfach mal hier für alle: 22.10., 29.10., 5.11., 12.11. und "
        "gestern – alle fünf haben stattgefunden.\n\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("ik41_hartmann_november.eml", 20, (1120, 1121, 1122, 1123),
        ("2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24"), "2026-11-25 21:58",
        "Termine",
        "Hallo!\n\nsorry, ich bin echt schlecht mit Mails. Die Termine am 3., 10. und 17. "
        "November haben stattgefunden, gestern auch.\n\nLiebe Grüße\nLeonie",
        client="webde")  # fmt: skip
    no("ik42_nowak_thought_cancelled_en.eml", 19, ("question",), "2026-11-27 10:20",
       request_subject(1119, "Re"),
       "Wait, I thought today's session was cancelled? Nobody showed up in the video room at 8. Can you "
       "check?\n\nDavid",
       client="plain", reply="cr-1119", style="gmail_en",
       note="says today's session did not take place")  # fmt: skip
    yes("ik43_nowak_november_en.eml", 19, (1116, 1117, 1118),
        ("2026-11-06", "2026-11-13", "2026-11-20"), "2026-11-23 18:30",
        request_subject(1116, "Re"),
        "Confirming the sessions on 6 Nov, 13 Nov and last Friday, the 20th. All held.\n\nD. Nowak",
        client="plain", reply="cr-1116", style="gmail_en", bottom=True)  # fmt: skip


def main() -> None:
    load_practice()
    january_february()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
