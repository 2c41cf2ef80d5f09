"""Write blind set GD: everyday confirmations whose day is given in words or half in words.

42 mails. 31 confirm at least one session, most of them naming the day only as 'heute',
'gestern', 'am Montag', 'letzten Donnerstag', 'vorgestern und heute', 'die letzten drei',
'Dienstag vor einer Woche', 'beide Termine diese Woche', 'the Friday one', 'Mittwoch vor
Ostern', a weekday with the day of month but no month, a day corrected in the same
sentence; a few name every session plainly with its date. Some of them also carry a second
day that cannot be pinned down (an ambiguous 'Freitag vor zwei Wochen', a 'letzte Woche'
without a session, 'die letzten drei' across a cancelled week), which staff must look at.
11 look like confirmations and are not: a weekday that contradicts the date beside it, a
relative day that falls on no session (a Tuesday for a Monday patient, 'vorgestern' one
day off, Whit Monday for a session moved to Tuesday), a cancelled day, a session not yet
held, a session that did not take place, a cancellation and a phone-number request.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gd`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gd")


def relative_days() -> None:
    """One session named by a word relative to the mail's date."""
    yes("gd01_krueger_heute_vormittag.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:12", re(1003),
        "Ja, heute Vormittag hat stattgefunden.\n\nLG Sabine Krüger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1003", style="iphone",
        note="'heute' under our request for Tue 27.01.")  # fmt: skip
    yes("gd02_becker_am_montag.eml", 2, (1010,), ("2026-02-02",), "2026-02-04 07:48", "Behandlung Montag",
        "Guten Morgen,\n\nhiermit bestätige ich, dass die Behandlung am Montag telefonisch "
        "stattgefunden hat.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="webde", note="new mail on Wed 04.02.: 'am Montag' is Mon 02.02., his only session that week")  # fmt: skip
    yes("gd03_wolff_letzten_drei.eml", 4, (1028, 1029, 1030), (), "2026-01-31 10:20", re(1030),
        "Sehr geehrte Damen und Herren,\n\ndie letzten drei Termine haben alle stattgefunden. "
        "Ich hatte vergessen, jedes Mal zu antworten, entschuldigen Sie bitte.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1030", style="tonline",
        note="the last three Fridays 16., 23., 30.01. (09.01. was confirmed long ago); no day named")  # fmt: skip
    yes("gd04_neumann_dienstag_den_14.eml", 9, (1058,), ("2026-07-14",), "2026-07-15 11:30", "Bestätigung",
        "Guten Tag,\n\nhiermit bestätige ich, dass die Behandlung am Dienstag, den 14. "
        "stattgefunden hat.\n\nMit freundlichen Grüßen\nGisela Neumann",
        note="'Dienstag, den 14.' without month, written on 15.07.: Tue 14.07.")  # fmt: skip
    yes("gd05_neumann_vorgestern_und_heute.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 11:15", re(1057),
        "Hallo,\nja vorgestern und heute hat die Therapie am Telefon stattgefunden.\nGruß G. Neumann",
        client="thunderbird", reply="cr-1057", style="thunderbird", bottom=True,
        note="Thu 09.07.: vorgestern = Tue 07.07., heute = 09.07.")  # fmt: skip
    yes("gd06_nowak_the_friday_one.eml", 19, (1117,), ("2026-11-13",), "2026-11-16 09:02", re(1117, "Re"),
        "Hi,\n\nconfirming the Friday one took place. Sorry for the delay.\n\nDavid",
        reply="cr-1117", style="gmail_en",
        note="under our request for Fri 13.11.")  # fmt: skip
    yes("gd07_carter_last_monday.eml", 11, (1069,), ("2026-08-03",), "2026-08-05 14:20", "Session on Monday",
        "Hi there,\n\njust confirming my session last Monday went ahead as planned.\n\nThanks,\nEmily",
        client="gmail", note="Wed 05.08.: last Monday = 03.08., her first session")  # fmt: skip
    yes("gd08_aydin_letzte_donnerstag.eml", 22, (1132,), ("2026-03-05",), "2026-03-09 18:40", "Bestätigung",
        "Hallo,\nich bestätige Behandlung letzte Donnerstag, war am telefon. Alles gut.\nDanke\n"
        "Mehmet Aydın",
        client="outlook", note="Mon 09.03.: letzten Donnerstag = 05.03.")  # fmt: skip
    yes("gd09_dr_vogel_donnerstag_heute.eml", 13, (1084,), ("2026-09-24",), "2026-09-24 09:00", re(1084),
        "Donnerstag: stattgefunden.\n\nMV\n\n--\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Tel. +49 40 3344 5566",
        client="outlook", reply="cr-1084", style="outlook",
        note="'Donnerstag' written that Thursday, under our request for it")  # fmt: skip
    yes("gd10_schaefer_buero_mittwoch.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 10:30", re(1100),
        "Hallo,\n\nMittwoch war gut, hat stattgefunden.\n\nMit freundlichen Grüßen\nBirgit Schäfer\n"
        "Schäfer Steuerberatung\nTel. 0221 556 770-12",
        client="outlook", reply="cr-1100", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second (office) address; Mittwoch = 21.10.")  # fmt: skip
    yes("gd11_popescu_montag_16_06.eml", 7, (1048,), ("2026-06-16",), "2026-06-17 09:10", re(1048),
        "Hallo,\nich bestatige die Therapie von Montag 16.06. Es war gut.\nDanke\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo",
        note="16.06. was a Tuesday; the date and our request agree and she has no Monday session")  # fmt: skip
    yes("gd12_hartmann_dienstag_17_11.eml", 20, (1122,), ("2026-11-17",), "2026-11-18 07:55", re(1122),
        "Guten Morgen,\nja, hat stattgefunden am Dienstag 17.11.\nLiebe Grüße Leonie",
        client="webde", reply="cr-1122", style="webde")  # fmt: skip


def several_days() -> None:
    """Two or more sessions, in words, half in words or plainly."""
    yes("gd13_becker_gestern_und_montag.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 08:30", re(1013),
        "Hallo,\n\ngestern und am Montag jeweils stattgefunden, beide Male per Telefon.\n\n"
        "Gruß\nT. Becker",
        client="webde", reply="cr-1013", style="webde",
        note="Fri 13.02.: gestern = Thu 12.02., Montag = 09.02.")  # fmt: skip
    yes("gd14_becker_beide_diese_woche.eml", 2, (1014, 1015), (), "2026-02-20 19:05", re(1015),
        "Guten Abend,\n\nbeide Termine diese Woche haben stattgefunden.\n\n"
        "Danke und schönes Wochenende\nThomas Becker",
        client="webde", reply="cr-1015", style="webde",
        note="this week's two sessions, Mon 16.02. and Thu 19.02.; no day named")  # fmt: skip
    yes("gd15_lehmann_dienstag_vor_einer_woche.eml", 14, (1089, 1090), ("2026-09-22", "2026-09-29"),
        "2026-09-30 09:40", re(1090),
        "Hallo,\n\ngestern hat stattgefunden, und der Dienstag vor einer Woche auch (da hatte "
        "ich noch nicht geantwortet).\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1090", style="thunderbird", bottom=True,
        note="Wed 30.09.: gestern = 29.09., Dienstag vor einer Woche = 22.09.")  # fmt: skip
    yes("gd16_koch_drei_daten.eml", 18, (1109, 1110, 1111), ("2026-03-23", "2026-03-25", "2026-03-30"),
        "2026-03-31 16:00", "Bestätigung Behandlungen März",
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die telefonischen Behandlungen am "
        "23.03., 25.03. und 30.03.2026.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("gd17_koch_mittwoch_vor_ostern.eml", 18, (1112, 1113), ("2026-04-01", "2026-04-08"),
        "2026-04-09 09:30", re(1113),
        "Guten Morgen,\n\ndie Behandlungen am Mittwoch vor Ostern und gestern haben beide "
        "stattgefunden.\n\nMfG R. Koch",
        client="tonline", reply="cr-1113", style="tonline",
        note="Easter Sunday is 05.04.2026: Mittwoch vor Ostern = 01.04.; gestern = 08.04.")  # fmt: skip
    yes("gd18_brandt_24_und_31_juli.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"),
        "2026-08-10 21:15", "Offene Bestätigungen Juli",
        "Hallo,\n\nich habe noch zwei offene Bestätigungen: die Termine am 24. und 31. Juli haben "
        "beide stattgefunden.\n\nBeste Grüße\nLukas Brandt",
        note="late, day and month in words")  # fmt: skip
    yes("gd19_oneill_last_two.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"), "2026-04-29 08:15",
        re(1138, "RE"),
        "Hi,\n\nboth of the last two sessions (the 21st and last night) took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1138", style="outlook_en",
        note="Wed 29.04.: the 21st = Tue 21.04., last night = Tue 28.04. 19:30")  # fmt: skip
    yes("gd20_hoffmann_beide_gestern.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 08:00", re(1043),
        "Guten Morgen,\n\nbeide Termine gestern (früh KGG, mittags MT) haben stattgefunden.\n\n"
        "Beste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on Mon 18.05.")  # fmt: skip
    yes("gd21_krueger_drei_daten.eml", 1, (1004, 1005, 1006), ("2026-02-03", "2026-02-10", "2026-02-17"),
        "2026-02-18 19:30", "Bestätigung Termine Februar",
        "Hallo liebes Praxisteam,\n\nhiermit bestätige ich die Videotermine vom 03.02., 10.02. "
        "und 17.02.2026.\n\nViele Grüße\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("gd22_schaefer_4_und_11.eml", 16, (1102, 1103), ("2026-11-04", "2026-11-11"), "2026-11-12 21:10",
        "Termine 4. und 11. November",
        "Hallo,\n\ndie beiden letzten Mittwochstermine (4. und 11.11.) fanden statt.\n\nGruß Birgit",
        client="webde")  # fmt: skip
    yes("gd23_jansen_letzte_woche_donnerstag.eml", 17, (1105, 1106), ("2026-10-29", "2026-11-05"),
        "2026-11-06 07:45", "Bestätigung KGG",
        "Moin,\n\nletzte Woche Donnerstag und gestern, beides hat stattgefunden.\n\nGruß Ole",
        client="gmail", note="Fri 06.11.: letzte Woche Donnerstag = 29.10., gestern = 05.11.")  # fmt: skip
    yes("gd24_richter_mittwoch_den_17.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"),
        "2026-06-25 07:30", re(1054),
        "Hi, Mittwoch den 17. und gestern haben beide stattgefunden 👍\n\nJonas",
        client="iphone", reply="cr-1054", style="iphone")  # fmt: skip


def corrections_and_doubts() -> None:
    """A day corrected, or one clear day beside one that staff must sort out."""
    yes("gd25_krueger_korrektur_heute.eml", 1, (1007,), ("2026-02-24",), "2026-02-24 12:05", re(1007),
        "Hallo,\n\nhiermit bestätige ich den Termin am 17.02. – quatsch, ich meine heute, den "
        "24.02.!\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1007", style="webde",
        note="17.02. taken back in the same sentence; only 24.02.")  # fmt: skip
    yes("gd26_wagner_korrektur_abgesagt.eml", 21, (1128,), ("2026-02-09",), "2026-02-10 08:20", re(1128),
        "Hallo,\n\nder Termin gestern hat stattgefunden. Und der am 2.2. auch – ach nein, der ist "
        "ja ausgefallen, den hatten Sie abgesagt. Also nur gestern.\n\nLG Sophie Wagner",
        client="webde", reply="cr-1128", style="webde",
        note="02.02. (cancelled) taken back by herself; only 09.02.")  # fmt: skip
    yes("gd27_demir_letzten_drei_mit_ausfall.eml", 3, (1024,), (), "2026-04-08 10:20", re(1024),
        "Hi, die letzten drei Termine waren alle okay 👍\nLG Aylin",
        client="gmail", reply="cr-1024", style="gmail", staff=True,
        note="01.04. was cancelled: the other two may be 25.03. and 18.03.; only today's is certain")  # fmt: skip
    yes("gd28_neumann_dienstag_ja_heute_nicht.eml", 9, (1060,), ("2026-07-21",), "2026-07-23 10:10",
        "Behandlungen diese Woche",
        "Guten Morgen,\n\ndie Behandlung am Dienstag hat stattgefunden, das wollte ich noch "
        "bestätigen.\nHeute hat mich leider niemand angerufen, ich habe bis halb zehn am Telefon "
        "gewartet. Ist da etwas schief gegangen?\n\nGruß\nGisela Neumann",
        staff=True, extra=("question",),
        note="Tue 21.07. confirmed; today's 09:00 call did not happen")  # fmt: skip
    yes("gd29_brandt_freitag_vor_zwei_wochen.eml", 10, (1065,), ("2026-07-17",), "2026-07-20 08:10", re(1065),
        "Moin,\n\nletzten Freitag war der Termin ganz normal. Und der Freitag vor zwei Wochen auch, "
        "das hatte ich glaube ich noch nicht bestätigt.\n\nGruß Lukas",
        client="thunderbird", reply="cr-1065", style="thunderbird", bottom=True, staff=True,
        note="Mon 20.07.: letzten Freitag = 17.07.; 'Freitag vor zwei Wochen' is 03.07. or 10.07., both open")  # fmt: skip
    yes("gd30_schulz_gestern_und_letzte_woche.eml", 5, (1038,), ("2026-05-21",), "2026-05-22 09:30", re(1038),
        "Hallo,\n\ndie Termine gestern und letzte Woche haben stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="apple", reply="cr-1038", style="iphone", staff=True,
        note="gestern = 21.05.; she had no session last week (none on 14.05.)")  # fmt: skip
    yes("gd31_yildiz_mittwoch_und_absage.eml", 12, (1078,), ("2026-08-26",), "2026-08-28 11:45", re(1078),
        "Hallo,\nletzte mittwoch war termin, alles gut hat statt gefunden.\nAber nächste Mittwoch "
        "ich kann nicht, habe Arzttermin. Bitte neue Termin geben.\nDanke schön\nFatma Yıldız",
        client="samsung", reply="cr-1078", style="samsung", staff=True, extra=("reschedule",),
        note="Fri 28.08.: letzte Mittwoch = 26.08.; 02.09. to be moved")  # fmt: skip


def look_alikes() -> None:
    """Mails that read like confirmations; nothing may be recorded."""
    no("gd32_becker_montag_der_12.eml", 2, ("confirmation",), "2026-02-13 12:40", "Bestätigung Termin",
       "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlung von Montag, dem 12.02.\n\n"
       "MfG\nThomas Becker",
       client="webde", dates=("2026-02-12",),
       note="12.02. was a Thursday; Mon 09.02. and Thu 12.02. both open: which one?")  # fmt: skip
    no("gd33_wolff_freitag_der_22.eml", 4, ("confirmation",), "2026-01-26 09:15", "Krankengymnastik Freitag",
       "Guten Tag,\n\ndie Krankengymnastik am Freitag, den 22. hat stattgefunden.\n\n"
       "Mit freundlichem Gruß\nH.-J. Wolff",
       client="tonline", dates=("2026-01-22",),
       note="22.01. was a Thursday without session; his Friday was the 23rd")  # fmt: skip
    no("gd34_zimmermann_dienstag_vor_einer_woche.eml", 15, ("confirmation",), "2026-10-15 18:20",
       "Behandlung",
       "Guten Tag,\n\ndie Behandlung Dienstag vor einer Woche war gut und hat stattgefunden.\n\n"
       "Mit freundlichen Grüßen\nKlaus Zimmermann",
       dates=("2026-10-06",),
       note="Tue 06.10.: no session; his are on Mondays (05.10., 12.10.)")  # fmt: skip
    no("gd35_zimmermann_montag_den_26.eml", 15, ("confirmation",), "2026-10-28 11:00", "Bestätigung Montag",
       "Hallo,\n\nich bestätige den Termin am Montag, den 26.\n\nGruß\nK. Zimmermann",
       note="Mon 26.10. was cancelled")  # fmt: skip
    no("gd36_hartmann_vorgestern.eml", 20, ("confirmation",), "2026-11-13 16:40", "Bestätigung",
       "Hallo,\n\nich wollte bestätigen, dass die Stunde vorgestern stattgefunden hat.\n\n"
       "LG Leonie Hartmann",
       client="webde", dates=("2026-11-11",),
       note="Fri 13.11.: vorgestern = Wed 11.11., no session; hers was Tue 10.11.")  # fmt: skip
    no("gd37_hoffmann_pfingstmontag.eml", 6, ("confirmation",), "2026-05-27 07:50", re(1044),
       "Guten Morgen,\n\ndie Behandlung am Montag hat stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
       client="outlook", reply="cr-1044", style="outlook", dates=("2026-05-25",),
       note="Mon 25.05. was Whit Monday, no session; our request is for Tue 26.05.")  # fmt: skip
    no("gd38_berger_mittwoch_im_voraus.eml", 24, ("other",), "2026-05-26 09:40", rem(1145),
       "Guten Morgen,\n\nich bestätige den Termin am Mittwoch um 9, ich bin zu Hause erreichbar.\n\n"
       "Freundliche Grüße\nUrsula Berger",
       reply="rem-1145", style="thunderbird", staff=False,
       note="acknowledges tomorrow's session in advance; nothing to do")  # fmt: skip
    no("gd39_becker_morgen_handy.eml", 2, ("other",), "2026-02-25 18:02", rem(1017),
       "Hallo,\n\nja, morgen um halb sechs passt, bestätige ich hiermit. Bitte rufen Sie mich "
       "diesmal auf dem Handy an: 0171 4456902.\n\nGruß\nT. Becker",
       client="webde", reply="rem-1017", style="webde",
       note="future session; a new phone number for staff")  # fmt: skip
    no("gd40_schaefer_gestern_nicht_geklappt.eml", 16, ("technical",), "2026-10-15 08:00", re(1099),
       "Hallo,\n\ngestern Abend hat es leider nicht geklappt, ich kam nicht in den Videoraum, der "
       "Code wurde nicht angenommen. Nach 10 Minuten habe ich aufgegeben. Bitte nicht abrechnen!\n\n"
       "Gruß Birgit Schäfer",
       client="webde", reply="cr-1099", style="webde",
       note="the session of 14.10. did not take place")  # fmt: skip
    no("gd41_berger_nicht_angerufen.eml", 24, ("other",), "2026-05-14 08:30", re(1143),
       "Hallo,\n\nSie schreiben, ich soll den Termin von gestern bestätigen. Ich bin aber nicht "
       "angerufen worden, ich habe den ganzen Vormittag gewartet. Das kann ich also nicht "
       "bestätigen.\n\nUrsula Berger",
       reply="cr-1143", style="thunderbird",
       note="the call of 13.05. never came")  # fmt: skip
    no("gd42_vogel_donnerstag_absage.eml", 13, ("cancellation",), "2026-10-05 16:25", "Donnerstag",
       "Guten Tag,\n\nden Termin am Donnerstag muss ich leider absagen, ich bin auf Dienstreise.\n\n"
       "Mit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook", note="Thu 08.10. cancelled in advance")  # fmt: skip


def main() -> None:
    load_practice()
    relative_days()
    several_days()
    corrections_and_doubts()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
