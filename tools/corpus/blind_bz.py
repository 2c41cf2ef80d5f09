"""Write blind set BZ: a plain, representative inbox of the whole year, nothing themed. 41
mails from the practice's patients: 31 confirmations (mostly short replies under our
request from web.de/GMX, Gmail, iPhone, Outlook, Thunderbird, T-Online, Yahoo and Samsung,
written late in the evening or at the weekend, often days after the session and naming the
day in words - "vorgestern", "am Dienstag", "letzten Donnerstag" - some without a day, some
several days at once, a few late, a few with a question or a wish beside the yes, one that
"confirms" a cancelled day) and 10 look-alikes: replies to reminders and video links, a
cancellation, reschedule wishes, missed sessions, a call that broke off, a question about a
coming session.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bz`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bz")


def winter() -> None:
    # Sabine Krüger (1), Tuesdays 10:00 video; 1001/1002 confirmed before.
    yes("bz01_krueger_am_dienstag.eml", 1, (1003,), ("2026-01-27",), "2026-01-31 21:40", re(1003),
        "Hallo,\n\nja, die Behandlung am Dienstag hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="Saturday 31.01.: 'am Dienstag' is 27.01.")  # fmt: skip
    yes("bz02_krueger_two_tuesdays.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-15 20:05", "Bestätigung",
        "Guten Abend,\n\nich hab ganz vergessen die letzten beiden Dienstage zu bestätigen, also"
        " den 3. und den 10. Februar. Beide Termine haben stattgefunden, alles gut.\n\n"
        "Schönen Sonntag noch\nSabine Krüger",
        client="webde")  # fmt: skip
    # Thomas Becker (2), private, MT by phone Mon/Thu 17:30.
    yes("bz03_becker_vorgestern.eml", 2, (1010,), ("2026-02-02",), "2026-02-04 22:15", re(1010),
        "vorgestern hat stattgefunden, danke\n\nT. Becker",
        client="webde", reply="cr-1010", style="webde",
        note="Wednesday 04.02.: 'vorgestern' is Monday 02.02.")  # fmt: skip
    yes("bz04_becker_two_weeks.eml", 2, (1014, 1015, 1016, 1017),
        ("2026-02-16", "2026-02-19", "2026-02-23", "2026-02-26"), "2026-02-27 08:10", re(1017),
        "Guten Morgen,\n\nsorry, bin etwas hinterher. Für die letzten zwei Wochen: Mo 16.2.,"
        " Do 19.2., Mo 23.2. und gestern. Alle Telefonate haben stattgefunden.\n\n"
        "Gruß\nThomas Becker",
        client="webde", reply="cr-1017", style="webde",
        note="'gestern' on Friday 27.02. is Thursday 26.02.")  # fmt: skip
    # Hans-Jürgen Wolff (4), Fridays 14:00 by phone; 1027 confirmed before.
    yes("bz05_wolff_vergangenen_freitag.eml", 4, (1028,), ("2026-01-16",), "2026-01-19 08:50",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung"
        " vom vergangenen Freitag.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline",
        note="Monday 19.01.: 'vergangenen Freitag' is 16.01.")  # fmt: skip
    yes("bz06_wolff_nachtrag_three.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-08 17:20", "Nachtrag Bestätigung",
        "Guten Tag,\n\nmeine Frau hat mich darauf aufmerksam gemacht dass ich die letzten"
        " Termine gar nicht bestätigt habe. Das hole ich hiermit nach: die Anrufe am 23. Januar,"
        " 30. Januar und 6. Februar haben alle stattgefunden.\n\nMit freundlichen Grüßen\n"
        "H.-J. Wolff",
        client="tonline")  # fmt: skip
    no("bz07_wolff_reply_to_reminder.eml", 4, ("other",), "2026-02-19 16:30",
       "AW: Erinnerung: Ihr Termin am 20.02.2026",
       "Geht in Ordnung, ich bin morgen um 14 Uhr am Telefon.\n\nGruß Wolff",
       client="tonline", reply="rem-1033", style="tonline", staff=False,
       note="a reply to the reminder: the session is tomorrow, nothing to confirm or do")  # fmt: skip
    # Sophie Wagner (21), Mondays 9:30 video; 1127 cancelled.
    yes("bz08_wagner_untergegangen.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-01-31 23:12", re(1124),
        "Ups, Ihre Mail ist bei mir total untergegangen 🙈 Die Termine am 12., 19. und 26."
        " Januar waren alle, jeweils per Video.\n\nViele Grüße\nSophie",
        client="webde", reply="cr-1124", style="webde",
        note="late answer under the first request, naming all three Mondays")  # fmt: skip
    # Mehmet Aydın (22), Thursdays 12:30 phone.
    yes("bz09_aydin_donnerstag.eml", 22, (1130,), ("2026-02-19",), "2026-02-21 19:48", re(1130),
        "Hallo\nDonnerstag telefon termin war. Danke\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook",
        note="Saturday 21.02.: 'Donnerstag' is 19.02.")  # fmt: skip


def spring() -> None:
    # Aylin Demir (3), Wednesdays 8:30 video; 1023 cancelled.
    yes("bz10_demir_hat_geklappt.eml", 3, (1019,), (), "2026-03-07 23:05", re(1019),
        "ja hat geklappt 👍",
        client="gmail", reply="cr-1019", style="gmail",
        note="a bare yes under our request for 04.03.")  # fmt: skip
    yes("bz11_demir_and_later_time.eml", 3, (1024,), ("2026-04-08",), "2026-04-10 19:30",
        re(1024),
        "Hallo, ja der Termin am Mittwoch war. Ich hab ab nächster Woche mittwochs"
        " Frühschicht, kann man die letzten zwei Termine auf nachmittags legen? Ab 15 Uhr"
        " ginge es.\n\nLG Aylin",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("reschedule",),
        note="yes for Wednesday 08.04. plus a wish to move 15.04./22.04.")  # fmt: skip
    # Renate Koch (18), phone Mon/Wed 15:00; 1115 confirmed before.
    yes("bz12_koch_montag_und_gestern.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:15", re(1110),
        "Guten Tag,\n\nich bestätige Montag und gestern.\n\nMit freundlichem Gruß\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline",
        note="Thursday 26.03.: Monday 23.03. and yesterday 25.03.")  # fmt: skip
    # James O'Neill (23), Tuesday evenings 19:30 MT by phone, English.
    yes("bz13_oneill_tonight.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 22:50", re(1136),
        "Confirmed - tonight's call took place. Cheers, James",
        client="outlook", reply="cr-1136", style="outlook_en",
        note="'tonight' written the same evening: 14.04.")  # fmt: skip
    # Marie Schulz (5), Thursdays 15:30 video; the mother writes from k.schulz@.
    yes("bz14_schulz_mother_donnerstag.eml", 5, (1034,), ("2026-04-16",), "2026-04-18 20:30",
        re(1034),
        "Guten Abend,\n\ndie Stunde von Marie am Donnerstag hat stattgefunden.\n\n"
        "Viele Grüße\nKatrin Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz",
        note="the mother confirms her daughter's Thursday, 16.04.")  # fmt: skip
    no("bz15_schulz_sick_next_thursday.eml", 5, ("cancellation",), "2026-05-27 18:40",
       "AW: Erinnerung: Ihr Termin am 28.05.2026",
       "Hallo, Marie hat seit gestern Fieber, morgen wird das leider nichts. Bitte absagen.\n\n"
       "Gruß K. Schulz",
       client="thunderbird", reply="rem-1039", style="thunderbird", name="Katrin Schulz",
       note="cancels tomorrow's session under the reminder")  # fmt: skip
    # Ursula Berger (24), Wednesdays 9:00 by phone.
    yes("bz16_berger_am_mittwoch.eml", 24, (1142,), ("2026-05-06",), "2026-05-08 21:05",
        re(1142),
        "Sehr geehrte Damen und Herren,\n\nam Mittwoch fand die Behandlung statt.\n\n"
        "Mit freundlichen Grüßen\nU. Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird",
        note="Friday 08.05.: 'am Mittwoch' is 06.05.")  # fmt: skip


def summer() -> None:
    # Peter Hoffmann (6), private, KGG Mondays 7:30 video; two sessions on 18.05.
    yes("bz17_hoffmann_both_yesterday.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 21:10",
        re(1043),
        "Hallo,\nbestätige beide Termine von gestern (früh am Gerät und mittags die MT).\n\n"
        "Gruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on Monday 18.05., both confirmed with 'gestern'")  # fmt: skip
    no("bz18_hoffmann_nobody_came.eml", 6, ("other",), "2026-06-01 09:40", re(1045),
       "Guten Morgen,\n\nich kann das so nicht bestätigen. Ich war heute ab 7:25 im Videoraum"
       " und habe eine Viertelstunde gewartet, es kam aber niemand. Bitte um Rückmeldung.\n\n"
       "P. Hoffmann",
       client="outlook", reply="cr-1045", style="outlook",
       note="the session of 01.06. did not take place: nothing to record, staff must look")  # fmt: skip
    # Elena Popescu (7), new patient, Tuesdays 11:00 video, learner German.
    yes("bz19_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-04 22:30", re(1046),
        "Guten Abend,\nja ich bestätige, die Therapie am Dienstag hat stattfinden. Danke schön!"
        "\nElena",
        client="yahoo", reply="cr-1046", style="yahoo",
        note="Thursday 04.06.: 'am Dienstag' is 02.06.")  # fmt: skip
    no("bz20_popescu_other_day.eml", 7, ("reschedule",), "2026-06-29 12:10",
       "AW: Erinnerung: Ihr Termin am 30.06.2026",
       "Hallo,\nmorgen ich kann nicht, ich habe Termin bei Arzt um 11 Uhr. Kann ich andere Tag"
       " haben, vielleicht Mittwoch oder Donnerstag?\nDanke\nElena Popescu",
       client="yahoo", reply="rem-1050", style="yahoo",
       note="wants another day for 30.06.")  # fmt: skip
    # Jonas Richter (8), new patient, MT Wednesdays 18:00 video.
    yes("bz21_richter_iphone_bare.eml", 8, (1051,), (), "2026-06-03 23:48", re(1051),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone",
        note="a bare yes under the request for the same day")  # fmt: skip
    yes("bz22_richter_mittwoch_bottom.eml", 8, (1053,), ("2026-06-17",), "2026-06-21 11:20",
        re(1053),
        "Moin, Mittwoch hat gepasst, danke!\nJonas",
        client="apple", reply="cr-1053", style="iphone", bottom=True,
        note="bottom-posted; Sunday 21.06.: 'Mittwoch' is 17.06.")  # fmt: skip
    no("bz23_richter_verpennt.eml", 8, ("other", "question"), "2026-06-25 08:15", re(1054),
       "Sorry, den hab ich komplett verpennt, war gestern nicht online. Wird der jetzt"
       " berechnet?\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1054", style="iphone",
       note="missed the session of 24.06. and asks whether it is charged")  # fmt: skip
    # Gisela Neumann (9), phone Tue/Thu 9:00.
    yes("bz24_neumann_lowercase_two.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-11 17:02", re(1057),
        "guten tag ich bestätige die beiden anrufe vom dienstag und donnerstag diese woche es"
        " hat mir gut getan\ngruß gisela neumann",
        client="plain", reply="cr-1057", style="thunderbird",
        note="Saturday 11.07.: Tuesday 07.07. and Thursday 09.07.")  # fmt: skip
    no("bz25_neumann_broke_off.eml", 9, ("other",), "2026-07-16 19:20", re(1058),
       "Guten Abend, vorgestern hat die Therapeutin zwar angerufen, aber nach ungefähr"
       " 10 Minuten war die Verbindung weg und es hat dann keiner mehr zurückgerufen. Ich"
       " weiß nicht ob ich das so bestätigen soll.\nGisela Neumann",
       client="plain", reply="cr-1058", style="thunderbird",
       note="the call of 14.07. broke off after ten minutes: not a full session, staff decides")  # fmt: skip
    yes("bz26_neumann_juli_last.eml", 9, (1060, 1061, 1062),
        ("2026-07-21", "2026-07-23", "2026-07-28"), "2026-07-31 20:40", "Bestätigung Juli",
        "Guten Abend,\n\ndie telefonischen Behandlungen am 21., 23. und 28. Juli haben"
        " stattgefunden. Das war ja nun die letzte, vielen Dank für alles, der Rücken ist viel"
        " besser!\n\nGisela Neumann",
        client="plain")  # fmt: skip
    # Lukas Brandt (10), private, Fridays 16:00 video.
    yes("bz27_brandt_bottom_posted.eml", 10, (1063,), ("2026-07-03",), "2026-07-05 22:10",
        re(1063),
        "Hat stattgefunden, 3.7.\n\nGruß Lukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("bz28_brandt_theraband.eml", 10, (1065,), ("2026-07-17",), "2026-07-20 21:45",
        re(1065),
        "Hallo,\n\nja, Freitag war gut. Kurze Frage noch: kann ich die Übungen mit dem"
        " Theraband auch jeden Tag machen oder besser nur jeden zweiten?\n\nGruß Lukas Brandt",
        client="thunderbird", reply="cr-1065", style="thunderbird", staff=True,
        extra=("question",), note="yes for Friday 17.07. plus a question about exercises")  # fmt: skip
    no("bz29_brandt_urlaub.eml", 10, ("cancellation",), "2026-08-02 21:30",
       "Termin 7.8. Urlaub",
       "Hallo zusammen,\n\nich fahre am Mittwoch in den Urlaub, den Termin am Freitag 7.8."
       " muss ich daher leider absagen. Nach dem Urlaub melde ich mich wegen neuer"
       " Termine.\n\nViele Grüße\nLukas Brandt",
       client="thunderbird", note="cancels the coming 07.08.")  # fmt: skip
    # Emily Carter (11), private, Mondays 12:00 video, English.
    yes("bz30_carter_on_monday.eml", 11, (1069,), ("2026-08-03",), "2026-08-05 21:15",
        re(1069),
        "Hi,\n\nyes, the session on Monday took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en",
        note="Wednesday 05.08.: 'on Monday' is 03.08.")  # fmt: skip
    yes("bz31_carter_17th_24th.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-29 10:40", re(1072),
        "Sorry for the late reply! Both the 17th and the 24th happened, all good on my end.\n\n"
        "Best,\nEmily Carter",
        client="gmail", reply="cr-1072", style="gmail_en",
        note="two Mondays of August by ordinal")  # fmt: skip
    no("bz32_carter_ipad_question.eml", 11, ("question", "technical"), "2026-09-06 19:05",
       "Re: Ihr Videotermin am 07.09.2026",
       "Hi, quick question before tomorrow: do I need to install an app on my iPad for the"
       " video call or does it work in Safari? Last time I was on my laptop.\n\nThanks,\nEmily",
       client="gmail", reply="vl-1074", style="gmail_en",
       note="a question about the coming session of 07.09.")  # fmt: skip
    # Fatma Yıldız (12), Wednesdays 10:30 by phone; 1077 cancelled.
    yes("bz33_yildiz_cancelled_day.eml", 12, (), (), "2026-08-22 11:30", "Termin bestätigen",
        "Hallo,\nich bestätige meine Termin von Mittwoch 19.08. Telefon.\nDanke\nFatma Yildiz",
        client="webde", staff=True,
        note="19.08. was cancelled: nothing to record, staff must look")  # fmt: skip
    yes("bz34_yildiz_samsung_two.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-04 21:00", re(1079),
        "Beide Termine 26.8 und 2.9 hat stattgefunden. Danke\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1079", style="samsung",
        note="two Wednesdays in digits without a final dot")  # fmt: skip


def autumn() -> None:
    # Dr. Michael Vogel (13), private, MT Thursdays 7:00 video; 1081 confirmed before.
    yes("bz35_vogel_heute_frueh.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 21:55",
        re(1082),
        "Bestätigt, der Termin heute früh hat stattgefunden.\n\n"
        "Dr. Michael Vogel\nRechtsanwalt\nVogel & Partner Rechtsanwälte mbB\n"
        "Tel. 0221 4711 230 | Fax 0221 4711 239",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="'heute früh' written the evening of 10.09.")  # fmt: skip
    # Anna Lehmann (14), Tuesdays 13:00 video.
    yes("bz36_lehmann_gestern.eml", 14, (1087,), ("2026-09-08",), "2026-09-09 23:10", re(1087),
        "Hallo,\n\nja, gestern hat stattgefunden.\n\nBeste Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird",
        note="Wednesday 09.09.: 'gestern' is 08.09.")  # fmt: skip
    yes("bz37_lehmann_rezept.eml", 14, (1089,), ("2026-09-22",), "2026-09-26 16:25", re(1089),
        "Hallo,\n\nder Termin am Dienstag hat stattgefunden. Eine Frage: mein Rezept ist ja"
        " nach dem 13.10. aufgebraucht, brauche ich für weitere Stunden ein neues vom"
        " Orthopäden oder kann das auch die Hausärztin ausstellen?\n\nBeste Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird", staff=True,
        extra=("question",), note="yes for Tuesday 22.09. plus a prescription question")  # fmt: skip
    # Klaus Zimmermann (15), Mondays 11:00 by phone; 1096 cancelled.
    no("bz38_zimmermann_dienstag_statt_montag.eml", 15, ("reschedule",), "2026-11-01 18:20",
       "AW: Erinnerung: Ihr Termin am 02.11.2026",
       "Moin,\nmorgen passt mir leider nicht, ich muss zum Zahnarzt. Geht auch Dienstag um"
       " die Zeit?\nGruß Klaus Zimmermann",
       client="plain", reply="rem-1097", style="outlook",
       note="wants to move 02.11. to a Tuesday")  # fmt: skip
    # Birgit Schäfer (16), Wednesdays 19:00 video; writes from her office address too.
    yes("bz39_schaefer_office_mittwochabend.eml", 16, (1099,), ("2026-10-14",),
        "2026-10-16 22:45", re(1099),
        "Hallo,\nja, Mittwochabend hat stattgefunden.\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 0711 885 442 0",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address; Friday 16.10.: Wednesday 14.10.")  # fmt: skip
    # Ole Jansen (17), new patient, KGG Thursdays 10:00 video.
    yes("bz40_jansen_donnerstag.eml", 17, (1104,), ("2026-10-22",), "2026-10-24 12:30",
        re(1104),
        "Hi, Donnerstag lief super, bestätige ich hiermit 👍\nOle",
        client="gmail", reply="cr-1104", style="gmail",
        note="Saturday 24.10.: 'Donnerstag' is 22.10.")  # fmt: skip
    yes("bz41_jansen_letzten_donnerstag.eml", 17, (1106,), ("2026-11-05",), "2026-11-09 22:05",
        re(1106),
        "Sorry, bisschen spät: letzten Donnerstag hat stattgefunden.\n\nOle Jansen",
        client="gmail", reply="cr-1106", style="gmail",
        note="Monday 09.11.: 'letzten Donnerstag' is 05.11.")  # fmt: skip
    # Leonie Hartmann (20), new patient, Tuesdays 17:00 video.
    yes("bz42_hartmann_dienstag.eml", 20, (1120,), ("2026-11-03",), "2026-11-05 20:10",
        re(1120),
        "Hallo, das war am Dienstag, hat gut geklappt :)\nLG Leonie",
        client="webde", reply="cr-1120", style="webde",
        note="Thursday 05.11.: 'am Dienstag' is 03.11.")  # fmt: skip
    no("bz43_hartmann_same_code.eml", 20, ("question",), "2026-11-22 21:15",
       "AW: Ihr Videotermin am 24.11.2026",
       "Hallo, muss ich am Dienstag wieder den gleichen Code eingeben wie letzte Woche oder"
       " den neuen aus dieser Mail?\nLG Leonie Hartmann",
       client="webde", reply="vl-1123", style="webde",
       note="a question about the coming session of 24.11.")  # fmt: skip
    # David Nowak (19), private, MT Fridays 8:00 video.
    yes("bz44_nowak_vorgestern_und_davor.eml", 19, (1116, 1117), ("2026-11-06", "2026-11-13"),
        "2026-11-15 22:30", re(1117),
        "Hallo,\n\nbestätige vorgestern und den Freitag davor, beide Sitzungen fanden"
        " statt.\n\nDavid Nowak",
        client="plain", reply="cr-1117", style="thunderbird",
        note="Sunday 15.11.: 'vorgestern' is 13.11., the Friday before 06.11.")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
