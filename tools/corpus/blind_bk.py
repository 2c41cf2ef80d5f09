"""Write blind set BK: several sessions at once, one of them missed or uncertain.

Patients confirm two, three or four sessions in one mail and mention, somewhere, one that
did not take place, broke off half-way, was cancelled, or that they no longer remember
("ja, alle bis auf den 1.4.", "Montag war ich krank, Donnerstag hat geklappt", a day by
weekday only, a correction in the next sentence); some confirm every session plainly.
34 mails confirm at least one session; 10 look like confirmations and are not (nobody
called, a session that broke off, a cancelled or already confirmed day, upcoming days,
a wife's cancellation, a reschedule with praise for "the last two"); two of these mean to
confirm and are labelled confirmations with nothing to record.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bk`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bk")


def early_in_the_year() -> None:
    # Sabine Krüger, Tuesdays 10:00 video; 13.01 and 20.01 confirmed before.
    yes("bk01_krueger_two_before.eml", 1, (1005, 1003, 1004), ("2026-02-10", "2026-01-27", "2026-02-03"),
        "2026-02-10 15:20", re(1005),
        "Hallo,\n\nja der Termin heute hat stattgefunden. Die beiden davor (27.1. und 3.2.) hatte ich"
        " glaub ich noch nicht bestätigt, die waren aber auch beide.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1005", style="webde",
        note="today plus the two earlier days; 'glaub ich' is about having confirmed, not the sessions")  # fmt: skip
    yes("bk02_krueger_broke_off.eml", 1, (1006, 1007, 1008), ("2026-02-17", "2026-02-24", "2026-03-03"),
        "2026-03-11 08:45", "Bestätigung Termine Februar/März",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlungen am 17.02., 24.02. und 03.03.\n\n"
        "Am 10.03. war die Verbindung so schlecht, dass wir nach ca 10 Minuten abgebrochen haben."
        " Bitte klären Sie ob das zählt.\n\nMit freundlichen Grüßen\nSabine Krüger",
        client="webde", staff=True, extra=("question",),
        note="10.03 broke off after ten minutes: not confirmed, staff decides")  # fmt: skip
    # Thomas Becker, MT by phone Mon/Thu 17:30.
    yes("bk03_becker_monday_sick.eml", 2, (1011,), ("2026-02-05",), "2026-02-06 08:10", re(1011),
        "Moin,\n\nMontag war ich krank, aber Donnerstag hat geklappt.\n\nGruß T. Becker",
        client="webde", reply="cr-1011", style="webde", staff=True,
        note="Thursday 05.02 confirmed; Monday 02.02 did not take place but is still scheduled")  # fmt: skip
    yes("bk04_becker_four_days.eml", 2, (1012, 1013, 1014, 1015),
        ("2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19"), "2026-02-20 07:55", "Termine 9.2. bis 19.2.",
        "Hallo zusammen,\n\nkurz zur Bestätigung: 09.02., 12.02., 16.02. und 19.02. haben alle"
        " stattgefunden, jeweils telefonisch.\n\nGrüße\nThomas Becker",
        client="webde", note="four sessions, all plainly")  # fmt: skip
    yes("bk05_becker_phone_off.eml", 2, (1018, 1017), ("2026-03-02", "2026-02-26"), "2026-03-02 19:40", re(1018),
        "Hallo,\n\nheute (2.3.) ja. Den 23.2. hab ich glaube ich verpasst, da hat keiner angerufen"
        " bzw. ich hatte das Handy aus. Der 26. war ok.\n\nThomas",
        client="webde", reply="cr-1018", style="webde", staff=True,
        note="02.03 and 26.02 confirmed; 23.02 probably missed, staff must look")  # fmt: skip
    no("bk06_becker_stuck_in_traffic.eml", 2, ("other", "question"), "2026-02-23 19:10", re(1016),
       "Hallo,\n\nheute leider nicht, ich stand im Stau und hab den Anruf verpasst. Sorry!"
       " Donnerstag dann wieder wie gewohnt?\n\nGruß Becker",
       client="webde", reply="cr-1016", style="webde",
       note="answers our request: the session of 23.02 did not take place")  # fmt: skip
    # Hans-Jürgen Wolff, Fridays 14:00 by phone; 09.01 confirmed before.
    yes("bk07_wolff_formal_three.eml", 4, (1028, 1029, 1030), ("2026-01-09", "2026-01-16", "2026-01-23", "2026-01-30"),
        "2026-02-02 09:12", "Bestätigung der Termine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonischen"
        " Behandlungen am 16.01.2026, 23.01.2026 und 30.01.2026 stattgefunden haben. Den Termin"
        " am 09.01. hatte ich bereits bestätigt.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="09.01 was confirmed before and is not recorded again")  # fmt: skip
    yes("bk08_wolff_cut_off.eml", 4, (1033, 1031), ("2026-02-20", "2026-02-06"), "2026-02-23 10:15", re(1033),
        "Guten Tag,\n\ndie Behandlung vom 20.02. hat stattgefunden. Am 13.02. musste die Therapeutin"
        " nach der Hälfte abbrechen, weil bei mir das Telefon ausgefallen ist. Wie wird das"
        " abgerechnet? Der 06.02. war normal.\n\nMfG\nH.-J. Wolff",
        client="tonline", reply="cr-1033", style="tonline", staff=True, extra=("question",),
        note="13.02 broke off half-way: not confirmed, staff answers")  # fmt: skip
    no("bk09_wolff_wife_hospital.eml", 4, ("cancellation",), "2026-01-28 18:30", "Termine Herr Wolff",
       "Guten Abend,\n\nhier schreibt die Frau von Herrn Wolff. Mein Mann liegt seit Montag im"
       " Krankenhaus, die Termine am 30.01. und 06.02. kann er daher nicht wahrnehmen. Die"
       " letzten beiden Male hat es ihm gut getan, er meldet sich wenn er wieder zuhause ist.\n\n"
       "Freundliche Grüße\nMonika Wolff",
       client="tonline", note="a cancellation of two upcoming days; 'die letzten beiden Male' confirms nothing")  # fmt: skip
    # Sophie Wagner, Mondays 09:30 video; 02.02 cancelled.
    yes("bk10_wagner_january_too.eml", 21, (1128, 1124, 1125, 1126),
        ("2026-02-09", "2026-01-12", "2026-01-19", "2026-01-26"), "2026-02-09 11:00", re(1128),
        "Hallo,\n\nja heute hat geklappt. Ich glaub ich hab die drei im Januar noch gar nicht"
        " bestätigt - 12., 19. und 26.1. waren auch alle.\n\nLG Sophie",
        client="webde", reply="cr-1128", style="webde")  # fmt: skip
    no("bk11_wagner_cancelled_day.eml", 21, ("confirmation",), "2026-02-12 21:04", "Nachtrag Bestätigung 02.02.",
       "Hallo,\n\nmir ist aufgefallen dass ich den Termin vom 02.02. noch nicht bestätigt habe."
       " Hiermit nachgeholt :)\n\nLG Sophie Wagner",
       client="webde", note="02.02 was cancelled: nothing to record, staff must look")  # fmt: skip
    # Mehmet Aydın, Thursdays 12:30 by phone.
    yes("bk12_aydin_sick_first.eml", 22, (1133, 1131, 1132), ("2026-03-12", "2026-02-26", "2026-03-05"),
        "2026-03-12 15:00", re(1133),
        "Hallo,\nja heute telefon war. Auch letzte 2 woche war, 26.2 und 5.3.\nAber 19.2 ich war"
        " krank, nicht gemacht.\nDanke\nMehmet",
        client="outlook", reply="cr-1133", style="outlook", staff=True,
        note="19.02 did not take place but is still scheduled")  # fmt: skip


def spring() -> None:
    # Aylin Demir, Wednesdays 08:30 video; 01.04 cancelled.
    yes("bk13_demir_all_but_cancelled.eml", 3, (1024, 1021, 1022), ("2026-04-08", "2026-03-18", "2026-03-25"),
        "2026-04-08 11:02", re(1024),
        "Hallo,\n\nja alle bis auf den 1.4., der ist ja ausgefallen. Also 18.3., 25.3. und"
        " heute.\n\nLiebe Grüße\nAylin",
        client="gmail", reply="cr-1024", style="gmail",
        note="01.04 was cancelled by the practice already; the rest is plain")  # fmt: skip
    yes("bk14_demir_corrects_day.eml", 3, (1020, 1019), ("2026-03-11", "2026-03-04"), "2026-03-12 19:30",
        "Bestätigung",
        "Hallo,\n\nich bestätige die Behandlung vom 10.03., ach nein das war ja Mittwoch, also der"
        " 11.03. Und die Woche davor am 04.03. auch.\n\nLG Aylin Demir",
        client="gmail", note="10.03 corrected to 11.03 in the same sentence")  # fmt: skip
    yes("bk15_demir_internet.eml", 3, (1025, 1026), ("2026-04-15", "2026-04-22"), "2026-04-23 07:50", re(1026),
        "Hi,\n\n15.4 und 22.4 beide ja. den davor am 8. weiß ich nicht mehr genau ob wir den gemacht"
        " haben oder ob das der war wo mein internet nicht ging\n\nAylin",
        client="gmail", reply="cr-1026", style="gmail", staff=True,
        note="08.04 uncertain: staff must look")  # fmt: skip
    # Renate Koch, Mon/Wed 15:00 by phone; 15.04 confirmed before.
    yes("bk16_koch_weekdays_and_dates.eml", 18, (1109, 1110, 1111, 1112),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 10:20", "Bestätigung",
        "Hallo,\n\nhiermit bestätige ich die Termine am Montag 23.3., Mittwoch 25.3., Montag 30.3."
        " und gestern Mittwoch 1.4.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("bk17_koch_easter_monday.eml", 18, (1114, 1113), ("2026-04-13", "2026-04-08"), "2026-04-14 09:05", re(1114),
        "Guten Tag,\n\nder Termin am 13.04. hat stattgefunden, ebenso am 8.4. Am Ostermontag war"
        " natürlich nichts.\n\nGruß R. Koch",
        client="tonline", reply="cr-1114", style="tonline",
        note="no appointment on Easter Monday; nothing missed")  # fmt: skip
    no("bk18_koch_already_confirmed.eml", 18, ("confirmation", "question"), "2026-04-16 08:40", re(1115),
       "Hallo,\n\nich hatte gestern doch schon geantwortet, warum kommt jetzt nochmal eine Mail?"
       " Der Termin am 15.4. war jedenfalls.\n\nRenate Koch",
       client="tonline", reply="cr-1115", style="tonline",
       note="15.04 was confirmed already: nothing to record; she asks a question")  # fmt: skip
    # James O'Neill, Tuesdays 19:30 by phone, English.
    yes("bk19_oneill_last_night.eml", 23, (1138, 1136, 1137), ("2026-04-28", "2026-04-14", "2026-04-21"),
        "2026-04-29 08:00", re(1138, "RE"),
        "Hi there,\n\nyes the call last night went ahead. Also confirming the 14th and 21st of"
        " April.\n\nCheers,\nJames",
        client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    yes("bk20_oneill_cut_short.eml", 23, (1139, 1141), ("2026-05-05", "2026-05-19"), "2026-05-20 07:35",
        "sessions in May",
        "Hi,\n\nquick one: 5 May and 19 May both happened. 12 May I had to cut it short after about"
        " 10 minutes because of a work thing - not sure how you want to handle that one.\n\nJames",
        client="outlook", staff=True, extra=("question",),
        note="12.05 cut short after ten minutes: not confirmed, staff decides")  # fmt: skip
    # Marie Schulz, Thursdays 15:30 video.
    yes("bk21_schulz_three_plain.eml", 5, (1035, 1036, 1037), ("2026-04-23", "2026-04-30", "2026-05-07"),
        "2026-05-08 12:10", re(1037),
        "Hallo Praxis-Team,\n\nbestätige hiermit 23.4., 30.4. und 7.5. Alles per Video, hat gut"
        " geklappt.\n\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird")  # fmt: skip
    no("bk22_schulz_frozen.eml", 5, ("technical",), "2026-04-30 17:05", re(1036),
       "Hallo,\n\nwir hatten heute nur 10 Minuten, dann ist das Bild eingefroren und ich kam nicht"
       " mehr rein. Die Therapeutin wollte sich wegen Ersatztermin melden.\n\nViele Grüße\nMarie Schulz",
       client="thunderbird", reply="cr-1036", style="thunderbird",
       note="the session of 30.04 broke off after ten minutes")  # fmt: skip
    # Peter Hoffmann, KGG Mondays 07:30 video.
    yes("bk23_hoffmann_overslept.eml", 6, (1040, 1041, 1044), ("2026-05-04", "2026-05-11", "2026-05-26"),
        "2026-06-02 08:15", "Bestätigung Mai",
        "Guten Morgen,\n\nich bestätige die Termine 04.05., 11.05. und 26.05. (Dienstag wegen"
        " Pfingstmontag). Den 01.06. hab ich verschlafen, tut mir leid - fällt da eine"
        " Ausfallgebühr an?\n\nBeste Grüße\nP. Hoffmann",
        client="outlook", staff=True, extra=("question",),
        note="01.06 missed; he asks about a fee")  # fmt: skip
    # Ursula Berger, Wednesdays 09:00 by phone.
    yes("bk24_berger_not_sure.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"), "2026-05-21 10:30", re(1144),
        "Grüß Gott,\n\nalso der 6. und der 13. Mai hat stattgefunden. Der vom 20. auch, glaub ich -"
        " oder war des der wo Sie mich net erreicht ham? Ich weiß es nimmer.\n\nUrsula Berger",
        client="plain", reply="cr-1144", style="outlook_classic", staff=True,
        note="20.05 uncertain: only 06.05 and 13.05 plainly")  # fmt: skip
    no("bk25_berger_dentist.eml", 24, ("other",), "2026-05-27 11:00", re(1145),
       "Hallo,\n\nheut war ich beim Zahnarzt, hatte ich letzte Woche am Telefon gesagt. Die anderen"
       " passen alle.\n\nGruß Ursula Berger",
       client="plain", reply="cr-1145", style="outlook_classic",
       note="27.05 did not take place; 'die anderen passen' is about the coming days")  # fmt: skip


def summer() -> None:
    # Elena Popescu, Tuesdays 11:00 video, learner's German.
    yes("bk26_popescu_camera.eml", 7, (1048, 1047), ("2026-06-16", "2026-06-09"), "2026-06-17 09:20", re(1048),
        "Guten Tag,\n\nich bestätige Termin 16.06 und auch 09.06, beide war gut. Am 02.06 ich hatte"
        " Problem mit Kamera, wir haben nur kurz telefoniert, ich weiss nicht ob das zählt.\n\n"
        "Danke\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("question",),
        note="02.06 only a short call: uncertain, staff decides")  # fmt: skip
    # Jonas Richter, MT Wednesdays 18:00 video.
    yes("bk27_richter_last_two.eml", 8, (1053,), (), "2026-06-17 20:31", re(1053),
        "Ja hat stattgefunden, die letzten zwei auch \U0001f44d\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone", staff=True,
        note="the requested day is confirmed; 'die letzten zwei' names no day, staff checks which")  # fmt: skip
    yes("bk28_richter_short_one.eml", 8, (1054,), ("2026-06-24",), "2026-07-02 13:14", "Termine",
        "Hi,\n\n24.6. und 1.7. waren beide, wobei der am 1.7. nur 15 min ging weil ich los musste.\n\n"
        "Grüße Jonas\n\nVon meinem iPhone gesendet",
        client="iphone", staff=True,
        note="01.07 lasted 15 of 30 minutes: staff decides")  # fmt: skip
    # Gisela Neumann, Tue/Thu 09:00 by phone.
    yes("bk29_neumann_doctor.eml", 9, (1058, 1059, 1056), ("2026-07-14", "2026-07-16", "2026-07-07"),
        "2026-07-17 16:40", "Termine",
        "Guten Tag,\n\nDienstag und Donnerstag diese Woche hat die Frau am Telefon mit mir die"
        " Übungen gemacht. Letzte Woche Dienstag auch, Donnerstag letzte Woche war ich beim Arzt"
        " da ging es nicht.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", staff=True,
        note="days by weekday only; Thursday 09.07 did not take place")  # fmt: skip
    no("bk30_neumann_nobody_called.eml", 9, ("other",), "2026-07-28 10:30", re(1062),
       "Heute hat niemand angerufen. Ich habe bis halb zehn gewartet.\n\nGisela Neumann",
       client="plain", reply="cr-1062", style="thunderbird")  # fmt: skip
    # Lukas Brandt, Fridays 16:00 video.
    yes("bk31_brandt_bottom_three.eml", 10, (1065, 1063, 1064), ("2026-07-17", "2026-07-03", "2026-07-10"),
        "2026-07-20 08:02", re(1065),
        "Hallo,\n\nbestätige 17.07. Außerdem noch 03.07. und 10.07., die waren auch.\n\nGruß Lukas",
        client="thunderbird", reply="cr-1065", style="thunderbird", bottom=True)  # fmt: skip
    yes("bk32_brandt_holiday.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"), "2026-08-10 09:30",
        "Bestätigung 24.7. / 31.7. / 7.8.",
        "Hallo,\n\n24.7. ja, 31.7. ja, 7.8. nein - da war ich im Urlaub, hatte ich eigentlich"
        " telefonisch abgesagt. Bitte nicht abrechnen.\n\nLukas Brandt",
        client="thunderbird", staff=True,
        note="07.08 did not take place but is still scheduled")  # fmt: skip
    # Emily Carter, Mondays 12:00 video, English.
    yes("bk33_carter_not_sure_third.eml", 11, (1071, 1070), ("2026-08-17", "2026-08-10"), "2026-08-17 14:05",
        re(1071),
        "Hi,\n\nyes today's session happened. Last Monday too (Aug 10). The one on the 3rd I'm not"
        " sure about - I think we moved it?\n\nThanks,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True,
        note="03.08 uncertain")  # fmt: skip
    no("bk34_carter_move_24th.eml", 11, ("reschedule",), "2026-08-19 18:22", "Session on the 24th",
       "Hi,\n\njust to let you know I won't be able to make the session on the 24th - could we move"
       " it to later that week? The last two were great by the way, my shoulder is much better.\n\n"
       "Best,\nEmily Carter",
       client="gmail", note="a reschedule wish; 'the last two were great' names no day")  # fmt: skip
    # Fatma Yıldız, Wednesdays 10:30 by phone; 19.08 cancelled.
    yes("bk35_yildiz_last_week_cancelled.eml", 12, (1078, 1076), ("2026-08-26", "2026-08-12"),
        "2026-08-26 13:00", re(1078),
        "Hallo,\nja heute war Behandlung. Letzte woche war ja abgesagt. Und am 12.8. war auch.\n"
        "Gruss Fatma Yildiz",
        client="webde", reply="cr-1078", style="webde",
        note="19.08 was cancelled by the practice already")  # fmt: skip
    yes("bk36_yildiz_first_unsure.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"), "2026-09-10 17:45",
        "Bestätigung",
        "hallo, ich bestätige 02.09 und 09.09. und 5.8 weiß ich nicht mehr ob das stattgefunden hat,"
        " war der erste termin\n\nFatma",
        client="webde", staff=True, note="05.08 uncertain")  # fmt: skip


def autumn() -> None:
    # Dr. Michael Vogel, MT Thursdays 07:00 video; 03.09 confirmed before.
    no("bk37_vogel_nobody_joined.eml", 13, ("other",), "2026-10-01 11:00", re(1085),
       "Die Behandlung am 01.10. hat nicht stattgefunden. Ich war um 7 Uhr im Videoraum, es kam aber"
       " niemand dazu. Nach 15 Minuten habe ich es aufgegeben. Bitte um Rückmeldung.\n\nM. Vogel\n\n"
       "--\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\nTel. 0211 55 66 77-0",
       client="outlook", reply="cr-1085", style="outlook_classic")  # fmt: skip
    # Anna Lehmann, Tuesdays 13:00 video.
    yes("bk38_lehmann_exam.eml", 14, (1089, 1090), ("2026-09-22", "2026-09-29"), "2026-09-30 12:40", re(1090),
        "Hallo,\n\nhier meine Bestätigung für 22.09. und 29.09. Am 15.09. hatte ich ja abgesagt"
        " (Prüfung) und der 8.9. ist schon bestätigt oder?\n\nViele Grüße\nAnna Lehmann",
        client="apple", reply="cr-1090", style="iphone", staff=True, extra=("question",),
        note="15.09 cancelled by her but still scheduled; 08.09 not confirmed yet, she asks")  # fmt: skip
    # Klaus Zimmermann, Mondays 11:00 by phone; 26.10 cancelled.
    yes("bk39_zimmermann_october.eml", 15, (1097, 1093, 1094, 1095),
        ("2026-11-02", "2026-10-05", "2026-10-12", "2026-10-19"), "2026-11-02 13:10", re(1097),
        "Hallo Ja heute war der Anruf. Den am 26. hatten sie ja abgesagt. die anderen im oktober"
        " 5 12 und 19 waren auch alle\n\nKlaus Zimmermann\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1097", style="samsung",
        note="26.10 was cancelled by the practice; days without dots")  # fmt: skip
    no("bk40_zimmermann_upcoming.eml", 15, ("other",), "2026-10-20 16:00", "Bestätigung",
       "Guten Tag,\n\nhiermit bestätige ich den Termin am 26.10. um 11 Uhr und den am 02.11.\n\n"
       "Mit freundlichem Gruß\nKlaus Zimmermann",
       client="samsung", note="upcoming days, and 26.10 is cancelled: he must be told")  # fmt: skip
    # Birgit Schäfer, Wednesdays 19:00 video, from her office address.
    yes("bk41_schaefer_client_meeting.eml", 16, (1098, 1099, 1100), ("2026-10-07", "2026-10-14", "2026-10-21"),
        "2026-10-29 08:05", "Bestätigung Behandlungen",
        "Guten Morgen,\n\nder Vollständigkeit halber: 07.10., 14.10. und 21.10. haben stattgefunden."
        " Gestern (28.10.) musste ich leider nach 10 Minuten abbrechen, Mandantentermin.\n\n"
        "Beste Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nBirgit Schäfer, Steuerberaterin",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        staff=True, note="28.10 broke off after ten minutes")  # fmt: skip
    # Ole Jansen, KGG Thursdays 10:00 video.
    yes("bk42_jansen_video_failed.eml", 17, (1107,), ("2026-11-12",), "2026-11-20 09:15", re(1108),
        "Moin,\n\nden 12.11. bestätige ich. Am 19. hat das Video nicht funktioniert, wir haben es"
        " nach ein paar Minuten gelassen. Gibts einen Ersatztermin?\n\nOle",
        client="gmail", reply="cr-1108", style="gmail", staff=True, extra=("technical", "reschedule"),
        note="19.11 failed after a few minutes")  # fmt: skip
    # David Nowak, MT Fridays 08:00 video.
    yes("bk43_nowak_hotel.eml", 19, (1116, 1117, 1119), ("2026-11-06", "2026-11-13", "2026-11-27"),
        "2026-11-27 12:00", re(1119),
        "Hallo,\n\nbestätige: 6.11., 13.11., 27.11.\nDen 20.11. weiß ich nicht mehr genau, da war ich"
        " auf Dienstreise, hab ich da vom Hotel aus mitgemacht? Kann das jemand nachsehen?\n\nD. Nowak",
        client="plain", reply="cr-1119", style="gmail", staff=True, extra=("question",),
        note="20.11 uncertain")  # fmt: skip
    # Leonie Hartmann, Tuesdays 17:00 video, new patient.
    yes("bk44_hartmann_enough.eml", 20, (1120, 1121, 1122), ("2026-11-03", "2026-11-10", "2026-11-17"),
        "2026-11-18 20:10", "Frage Bestätigung",
        "Hallo,\n\nich wollte fragen, ob ich die Termine noch extra bestätigen muss? Ich hatte am"
        " 3.11., 10.11. und 17.11. Behandlung, weiß aber nicht ob das reicht wenn ich das so"
        " schreibe.\n\nLiebe Grüße\nLeonie Hartmann",
        client="webde", staff=True, extra=("question",),
        note="three days plainly named; she asks whether that is enough")  # fmt: skip


def main() -> None:
    load_practice()
    early_in_the_year()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
