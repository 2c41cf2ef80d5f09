"""Write blind set GL: partial confirmations in everyday words, 32 confirmations and 10
look-alikes. Most confirmations say yes for one or more days and, beside it, doubt
another day, name a day the patient missed, cancelled by phone or broke off after a few
minutes, cancel or move a coming session in the same breath, or point to a day "already
confirmed"; some are plain yeses for one or several days. The look-alikes answer our
request or reminder without confirming: a session that did not happen or was broken off,
a coming appointment acknowledged, a day already confirmed, a day the patient doubts.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gl`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gl")


def winter() -> None:
    yes("gl01_krueger_yes_and_already.eml", 1, (1003,), ("2026-01-27", "2026-01-20"), "2026-01-27 19:20", re(1003),
        "Hallo,\n\nja, am 27.1. war die Stunde, alles gut.\nDie vom 20. hab ich doch letzte Woche schon bestätigt oder? Nicht dass das jetzt doppelt ist.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde", staff=True, extra=("question",),
        note="27.01 confirmed; asks whether 20.01 (already confirmed) went through")  # fmt: skip
    yes("gl02_krueger_two_and_cancel.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"), "2026-02-11 08:45", "Termine Februar",
        "Guten Morgen,\n\nhiermit bestätige ich die Termine am 3.2. und 10.2. Den am 17. muss ich leider absagen, da hab ich einen Zahnarzttermin den ich nicht verschieben kann.\n\nViele Grüße\nSabine Krüger",
        client="webde", staff=True, extra=("cancellation",),
        note="two days confirmed, 17.02 cancelled")  # fmt: skip
    yes("gl03_becker_yes_doubt_monday.eml", 2, (1011,), ("2026-02-05",), "2026-02-06 07:50", re(1011),
        "Ja, Do 5.2. hat stattgefunden.\nMontag (2.2.) bin ich mir ehrlich gesagt nicht mehr sicher ob Sie angerufen haben, ich hatte da Spätschicht und das Handy lag im Spind. Können Sie mal nachschauen?\n\nGruß T. Becker",
        client="gmail", reply="cr-1011", style="gmail", staff=True, extra=("question",),
        note="05.02 confirmed; 02.02 doubted")  # fmt: skip
    yes("gl04_becker_three_and_broken_off.eml", 2, (1012, 1013, 1014), ("2026-02-09", "2026-02-12", "2026-02-16"), "2026-02-20 09:30", "Behandlungen MT",
        "Hallo Praxis Impulse,\n\ndie Behandlungen am 9.2., 12.2. und 16.2. haben stattgefunden.\nGestern (19.2.) musste ich nach ca. zehn Minuten aufhören, der Rücken hat zu sehr weh getan. Weiß nicht wie Sie das dann abrechnen.\n\nThomas Becker",
        client="gmail", staff=True,
        note="three days confirmed; 19.02 stopped after ten minutes")  # fmt: skip
    yes("gl05_demir_thumbs.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:41", re(1019),
        "ja hat stattgefunden am 4.3 👍",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("gl06_demir_two_phone_cancel.eml", 3, (1022, 1024), ("2026-03-25", "2026-04-08"), "2026-04-09 20:15", "Bestätigung",
        "Hallo,\n\nich bestätige 25.03. und 08.04.\nAm 1.4. hatte ich ja telefonisch abgesagt, das wisst ihr ja.\n\nLiebe Grüße\nAylin",
        client="gmail",
        note="01.04 cancelled by phone, as the practice has it")  # fmt: skip
    yes("gl07_wolff_two_formal.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"), "2026-01-24 10:15", re(1029),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 23.01.2026 hat stattgefunden. Die vom 16.01. ebenfalls.\n\nMit freundlichem Gruß\nH.-J. Wolff",
        client="tonline", reply="cr-1029", style="tonline")  # fmt: skip
    yes("gl08_wolff_yes_and_claimed_earlier.eml", 4, (1031,), ("2026-02-06", "2026-01-30"), "2026-02-07 09:30", re(1031),
        "Guten Tag,\n\n06.02. ja.\nDen 30.01. hatte ich Ihnen schon vorige Woche bestätigt, falls das nicht angekommen ist bitte melden.\n\nGruß Wolff",
        client="tonline", reply="cr-1031", style="tonline", staff=True,
        note="06.02 confirmed; 30.01 said to be confirmed earlier, but no confirmation is on file")  # fmt: skip
    yes("gl38_wagner_three_overlooked.eml", 21, (1124, 1125, 1126), ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-01-27 08:10", re(1126),
        "Ja, 26.1. war. Und 12.1. und 19.1. auch, da hatte ich eure Mails übersehen, sorry!\n\nSophie",
        client="gmail", reply="cr-1126", style="gmail")  # fmt: skip
    yes("gl39_aydin_yes_and_maybe.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 15:00", re(1131),
        "Hallo,\n26.02 ok hat stattgefunden.\n19.02 auch glaub ich, bin aber nicht mehr ganz sicher ob das der Donnerstag war oder ob wir den verschoben haben.\nMfg Mehmet Aydin",
        client="outlook", reply="cr-1131", style="outlook", staff=True,
        note="26.02 confirmed; 19.02 only 'glaub ich'")  # fmt: skip


def spring() -> None:
    yes("gl09_schulz_yes_cancel_next.eml", 5, (1035,), ("2026-04-23",), "2026-04-24 19:40", re(1035),
        "Hallo,\n\nja der Termin am 23.4. hat stattgefunden, danke! Den am 30. kann ich leider nicht wahrnehmen weil ich verreist bin, bitte absagen.\n\nMarie Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", staff=True, extra=("cancellation",))  # fmt: skip
    yes("gl10_schulz_three_clean.eml", 5, (1034, 1036, 1037), ("2026-04-16", "2026-04-30", "2026-05-07"), "2026-05-08 12:30", "Bestätigung April/Mai",
        "Hallo,\n\nhiermit bestätige ich die Videotermine vom 16.04., 30.04. und 07.05.\n\nLiebe Grüße\nMarie Schulz",
        client="thunderbird")  # fmt: skip
    yes("gl11_hoffmann_mt_yes_kgg_stopped.eml", 6, (1043,), ("2026-05-18",), "2026-05-18 20:10", re(1043),
        "Hallo,\n\ndie MT am Mittag (18.05.) hat stattgefunden. Das Gerätetraining morgens am selben Tag habe ich nach 10 Minuten abgebrochen, das Knie hat nicht mitgespielt. Bitte nur die MT abrechnen.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="MT 12:30 confirmed; KGG 07:30 the same day stopped after ten minutes")  # fmt: skip
    yes("gl34_koch_two_missed_one.eml", 18, (1112, 1113), ("2026-04-01", "2026-04-08"), "2026-04-08 18:20", re(1113),
        "Guten Tag,\n\ndie Behandlungen am 1.4. und 8.4. haben stattgefunden.\nAm 30.3. war ich leider nicht zu Hause als angerufen wurde, das tut mir leid.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1113", style="tonline", staff=True,
        note="30.03 missed")  # fmt: skip
    yes("gl40_oneill_three_one_never.eml", 23, (1137, 1138, 1139), ("2026-04-21", "2026-04-28", "2026-05-05"), "2026-05-06 08:00", "Sessions April/May",
        "Hi,\n\njust to confirm my sessions on 21 April, 28 April and 5 May all went ahead.\nThe 14th April one didn't happen though - I never got the call, I think there was a mix-up with my number.\n\nCheers,\nJames",
        client="outlook", staff=True,
        note="14.04 did not take place")  # fmt: skip
    yes("gl41_berger_two_samsung.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"), "2026-05-13 16:40", re(1143),
        "Ja 13.5. und 6.5. waren beide. Danke\nUrsula Berger\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1143", style="samsung")  # fmt: skip


def summer() -> None:
    yes("gl13_popescu_yes_first_broken.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 14:05", re(1047),
        "Hallo,\nja ich bestätige Termin 9.6. war gut.\nAber am 2.6. ich weiss nicht, Video war nicht gut, kein Ton, nach 10 minuten wir haben aufgehört. Ist das ok so?\nElena",
        client="yahoo", reply="cr-1047", style="yahoo", staff=True, extra=("question",),
        note="09.06 confirmed; 02.06 broken off after ten minutes")  # fmt: skip
    yes("gl15_richter_yes_missed_maybe.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 21:33", re(1052),
        "Jo, 10.6. hat gepasst.\nDen 3. hab ich glaub ich verpasst, sorry - oder war das der wo wir später angefangen haben? Weiß ich echt nicht mehr\n\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone", staff=True,
        note="10.06 confirmed; 03.06 unclear")  # fmt: skip
    yes("gl16_richter_yes_cancel_same_sentence.eml", 8, (1054,), ("2026-06-24",), "2026-06-25 07:45", re(1054),
        "Bestätige den 24.6., den am 1.7. muss ich aber leider absagen, bin auf Dienstreise.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1054", style="iphone", staff=True, extra=("cancellation",))  # fmt: skip
    yes("gl17_neumann_two_and_phone_cancel.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"), "2026-07-15 10:30", "Bestätigung Krankengymnastik",
        "Liebes Praxisteam,\n\nam Dienstag den 7. Juli und Donnerstag den 9. Juli hat die Therapeutin angerufen und wir haben die Übungen gemacht.\nAm Dienstag den 14. war ich beim Arzt, da hatte ich vorher bei Ihnen angerufen und abgesagt.\n\nViele Grüße\nGisela Neumann",
        staff=True,
        note="14.07 cancelled by phone but still scheduled: staff must enter it")  # fmt: skip
    yes("gl18_neumann_short.eml", 9, (1060,), ("2026-07-21",), "2026-07-21 11:15", re(1060),
        "Ja das war am 21.7. Danke\nG. Neumann",
        client="samsung", reply="cr-1060", style="samsung")  # fmt: skip
    yes("gl19_brandt_this_and_last.eml", 10, (1063, 1064), ("2026-07-03", "2026-07-10"), "2026-07-10 18:20", re(1064),
        "Moin,\n\n10.07. hat stattgefunden, und der 03.07. übrigens auch, falls der noch fehlt.\n\nGruß Lukas",
        client="thunderbird", reply="cr-1064", style="thunderbird")  # fmt: skip
    yes("gl20_brandt_two_and_connection.eml", 10, (1065, 1066), ("2026-07-17", "2026-07-24"), "2026-08-01 11:00", "Rückmeldung Juli",
        "Hallo zusammen,\n\nkurze Rückmeldung für Juli: 17.7. und 24.7. ja.\nAm 31.7. war ich zwar drin, aber die Verbindung ist nach ein paar Minuten abgebrochen und wir haben es dann gelassen. Wie machen wir das mit dem Termin?\n\nGruß\nLukas Brandt",
        client="thunderbird", staff=True, extra=("technical",),
        note="31.07 broken off after a few minutes")  # fmt: skip
    yes("gl21_carter_two_english.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"), "2026-08-17 20:05", re(1071),
        "Hi there,\n\nconfirming Monday Aug 10 and today's session (Aug 17), both happened.\n\nThanks!\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    yes("gl22_carter_yes_move_next.eml", 11, (1072,), ("2026-08-24",), "2026-08-25 08:30", re(1072, "Re"),
        "Yes, Aug 24 took place.\nThe one on the 31st I'll have to skip, sorry, I'm flying back to the UK that week. Could we move it?\n\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en", staff=True, extra=("reschedule",))  # fmt: skip


def autumn() -> None:
    yes("gl25_vogel_yes_already_on_file.eml", 13, (1082,), ("2026-09-10", "2026-09-03"), "2026-09-10 09:15", re(1082),
        "Bestätige 10.09. Der 03.09. wurde bereits bestätigt.\n\nBeste Grüße\nM. Vogel",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="03.09 was confirmed before, as on file")  # fmt: skip
    yes("gl26_vogel_two_signature.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"), "2026-09-25 07:55", "Bestätigung Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nich bestätige hiermit die Behandlungen vom 17.09. und 24.09.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\nKönigsallee 14, 40212 Düsseldorf\nTel. 0211 4471 209",
        client="outlook")  # fmt: skip
    yes("gl27_lehmann_yes_ask_about_stopped.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 16:30", re(1089),
        "Hallo,\n\n22.9. hat stattgefunden, danke.\nKurze Frage: am 15.9. hatte ich doch nach 10 Minuten abgebrochen wegen der Vorlesung, wird der trotzdem abgerechnet? Dann müssten wir das korrigieren.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird", staff=True, extra=("question",),
        note="15.09 broken off after ten minutes")  # fmt: skip
    yes("gl29_zimmermann_three_one_cancelled.eml", 15, (1093, 1094, 1095), ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-20 09:10", "Bestätigung",
        "Guten Tag,\n\nhiermit bestätige ich die Telefontermine 5.10., 12.10. und 19.10.\nDen 26.10. hatte ich ja schon telefonisch abgesagt, der 2.11. bleibt.\n\nMfG\nK. Zimmermann",
        note="26.10 cancelled as on file; 02.11 still to come")  # fmt: skip
    yes("gl30_schaefer_office_yes_doubt.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:40", "Videotermine Oktober",
        "Hallo,\n\nTermin 14.10. hat stattgefunden.\nBei dem am 7.10. war ich mir nicht sicher ob der überhaupt zustande kam - die Therapeutin war kurz da, dann war das Bild weg. Bitte prüfen.\n\nGruß\nB. Schäfer\n\nSchäfer Steuerberatung\nTel. 040 6612 873",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer", staff=True, extra=("technical",),
        note="sent from her second address; 07.10 doubtful")  # fmt: skip
    yes("gl31_schaefer_two_gmx.eml", 16, (1100, 1101), ("2026-10-21", "2026-10-28"), "2026-10-28 21:10", re(1101),
        "Hallo!\n21.10 und 28.10 bestätigt, beide gut gelaufen.\nLG Birgit",
        reply="cr-1101", style="webde")  # fmt: skip
    yes("gl32_jansen_yes_and_forgot.eml", 17, (1104, 1105), ("2026-10-22", "2026-10-29"), "2026-10-29 12:20", re(1105),
        "Moin, ja am 29. hat stattgefunden. Und der 22. auch, hab vergessen zu antworten\n\nOle",
        client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    yes("gl33_jansen_first_yes_second_stopped.eml", 17, (1106,), ("2026-11-05",), "2026-11-13 09:00", "Bestätigung",
        "Hi,\n\nBestätigung für 05.11.\nAm 12.11. hab ich nach der Hälfte abgebrochen, Knie hat zu sehr gezwickt. Weiß nicht wie ihr das abrechnet.\n\nOle Jansen",
        client="gmail", staff=True,
        note="12.11 stopped halfway")  # fmt: skip
    yes("gl36_nowak_yes_unsure_earlier.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:05", re(1117),
        "Hallo,\n\n13.11. hat stattgefunden.\nFür den 6.11. muss ich passen - ich weiß ehrlich nicht mehr, ob wir den gemacht haben oder ob der verschoben wurde. Können Sie das nachsehen?\n\nDavid",
        client="apple", reply="cr-1117", style="iphone", staff=True, extra=("question",))  # fmt: skip
    yes("gl37_hartmann_yes_move_next.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:30", re(1121),
        "Hallo, der 10.11. hat stattgefunden 😊 den 17. könnten wir den auf Donnerstag verschieben? Da hab ich Klausur\n\nLeonie",
        client="webde", reply="cr-1121", style="webde", staff=True, extra=("reschedule",))  # fmt: skip


def look_alikes() -> None:
    no("gl50_krueger_already_confirmed.eml", 1, ("question",), "2026-01-21 08:20", re(1002),
       "Hallo, den 20.01. habe ich gestern doch schon bestätigt? Habe Ihre Mail jetzt nochmal bekommen.\n\nSabine Krüger",
       client="webde", reply="cr-1002", style="webde", dates=("2026-01-20",),
       note="20.01 already confirmed; she asks")  # fmt: skip
    no("gl51_demir_reminder_ok.eml", 3, ("other",), "2026-04-07 09:00", reminder_subject(1024),
       "ja passt, bin morgen dabei",
       client="gmail", reply="rem-1024", style="gmail", staff=False,
       note="acknowledges a coming session")  # fmt: skip
    no("gl52_demir_cancelled_day_make_up.eml", 3, ("question", "reschedule"), "2026-04-02 18:30", "Termin 1.4.",
       "Hallo, ich wollte nur sagen dass gestern (1.4.) wie abgesprochen ausgefallen ist, die Stunde holen wir noch nach oder?\n\nAylin",
       client="gmail")  # fmt: skip
    no("gl53_wolff_nobody_called.eml", 4, ("other",), "2026-02-13 16:10", re(1032),
       "Die Behandlung am 13.02. hat NICHT stattgefunden. Es hat niemand angerufen. Ich habe bis 14.30 Uhr gewartet.\n\nWolff",
       client="tonline", reply="cr-1032", style="tonline")  # fmt: skip
    no("gl54_popescu_cancelled_morning.eml", 7, ("cancellation",), "2026-06-30 13:00", re(1050),
       "Hallo,\nich kann nicht bestätigen, ich war krank und habe am Morgen angerufen und abgesagt. Bitte nicht abrechnen.\nElena Popescu",
       client="yahoo", reply="cr-1050", style="yahoo")  # fmt: skip
    no("gl55_becker_stopped_migraine.eml", 2, ("other",), "2026-02-24 07:35", re(1016),
       "Nein, am Montag musste ich nach zehn Minuten abbrechen - Migräne. Bitte nicht als volle Behandlung berechnen. Donnerstag bin ich wieder dabei.\n\nT. Becker",
       client="gmail", reply="cr-1016", style="gmail")  # fmt: skip
    no("gl56_brandt_tomorrow.eml", 10, ("other",), "2026-08-06 17:45", "Termin morgen",
       "Hallo, ich bestätige den Termin morgen 7.8. um 16 Uhr.\nGruß Lukas",
       client="thunderbird", staff=False,
       note="a coming appointment, not a treatment that took place")  # fmt: skip
    no("gl57_carter_missed_airport.eml", 11, ("reschedule",), "2026-08-31 18:20", re(1073, "Re"),
       "Sorry, I couldn't make it today, I was stuck at the airport. I did call this morning and left a message. Can we reschedule?\n\nEmily",
       client="gmail", reply="cr-1073", style="gmail_en")  # fmt: skip
    no("gl58_zimmermann_only_rearranged.eml", 15, ("other",), "2026-11-02 14:00", re(1097),
       "Den Termin am 2.11. gab es so nicht, ich war nicht da als angerufen wurde, wir haben dann später nur kurz telefoniert und einen neuen Termin ausgemacht. Also bitte nicht bestätigen.\n\nK. Zimmermann",
       reply="cr-1097", style="thunderbird")  # fmt: skip
    no("gl59_nowak_moved_doubt.eml", 19, ("question",), "2026-11-20 12:10", re(1118),
       "Moment - ich glaube der 20.11. war doch der, den wir auf nächste Woche verschoben hatten? So kann ich das nicht bestätigen.\n\nDavid",
       client="apple", reply="cr-1118", style="iphone")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
