"""Write blind set FV: days given in words. 43 everyday mails in which patients name the day
of a session by weekday ('Montag ja, Donnerstag nicht'), 'letzte Woche Dienstag',
'vorgestern', 'den davor', 'die beiden letzten', 'gestern und heute', 'the Tuesday one', a
day corrected in the next sentence, or a weekday and a date that disagree; 32 confirm at
least one session, 11 look like confirmations and are not (a cancelled or empty day, a
weekday that fits two sessions, a future day, an already confirmed day, a missed call).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fv`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fv")


def weekdays() -> None:
    yes("fv01_becker_montag_ja_donnerstag_nicht.eml", 2, (1010,), ("2026-02-02",), "2026-02-07 10:12",
        re(1011), "Hallo,\n\nMontag ja, Donnerstag nicht. Am Donnerstag hat mich keiner angerufen, ich hab bis kurz nach sechs gewartet.\n\nGruß T. Becker",
        client="gmail", reply="cr-1011", style="gmail", staff=True,
        note="Monday 02.02. confirmed; the requested Thursday 05.02. did not take place")  # fmt: skip
    yes("fv02_neumann_dienstag_und_gestern.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"), "2026-07-10 08:41",
        "Behandlungen diese Woche", "Guten Morgen,\n\nich bestätige Ihnen die beiden Anrufe diese Woche, am Dienstag und gestern. Beide Male hat die Therapeutin pünktlich angerufen.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", note="Friday mail: Tuesday 07.07. and yesterday Thursday 09.07.")  # fmt: skip
    yes("fv03_koch_vorgestern.eml", 18, (1110,), ("2026-03-25",), "2026-03-27 16:30",
        re(1110), "ja das war vorgestern, hat stattgefunden\nR. Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("fv04_hoffmann_beide_gestern.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 07:05",
        re(1043), "Guten Morgen,\nbeide Termine gestern haben stattgefunden, morgens das Gerätetraining und mittags die MT.\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on Monday 18.05., both confirmed")  # fmt: skip
    yes("fv05_oneill_the_tuesday_one.eml", 23, (1137,), ("2026-04-21",), "2026-04-23 21:14",
        re(1137, "Re"), "Hi, confirming the Tuesday one - this week's, not the week before. All good.\nJames",
        client="gmail", reply="cr-1137", style="gmail_en",
        note="Thursday mail: this week's Tuesday 21.04.")  # fmt: skip
    yes("fv06_carter_yesterdays.eml", 11, (1070,), ("2026-08-10",), "2026-08-11 09:02",
        re(1070, "Re"), "Yes, yesterday's session happened. Thanks!\n\nEmily",
        client="iphone", reply="cr-1070", style="iphone")  # fmt: skip
    yes("fv07_krueger_dienstag_nicht_mittwoch.eml", 1, (1004,), ("2026-02-03",), "2026-02-05 19:48",
        "Bestätigung", "Hallo liebes Praxisteam,\n\nhiermit bestätige ich die Behandlung von Mittwoch. Quatsch, das war ja Dienstag, mittwochs hab ich Chor. Also Dienstag, nicht Mittwoch.\n\nLG Sabine Krüger",
        client="webde", note="the patient corrects herself: Tuesday 03.02.")  # fmt: skip
    no("fv08_becker_donnerstag_9_2.eml", 2, ("confirmation",), "2026-02-13 08:15",
       "Termin Donnerstag", "Moin,\nhiermit bestätige ich den Termin Donnerstag, 9.2.\nBecker",
       client="gmail", dates=("2026-02-09",),
       note="9.2. was a Monday; Thursday could be 05.02. or 12.02.; which session is unclear")  # fmt: skip
    no("fv09_becker_letzte_woche_dienstag.eml", 2, ("confirmation",), "2026-02-17 18:40",
       "Behandlung", "Hallo, die Behandlung letzte Woche Dienstag hat stattgefunden. Gruß Thomas Becker",
       client="iphone", dates=("2026-02-10",),
       note="last week's Tuesday 10.02.: no appointment that day (Becker has Mondays and Thursdays)")  # fmt: skip
    yes("fv10_neumann_letzte_woche_di_do.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"), "2026-07-20 10:05",
        "Bestätigung", "Sehr geehrte Damen und Herren,\n\nletzte Woche Dienstag und Donnerstag war die Krankengymnastik am Telefon, beides hat stattgefunden.\n\nFreundliche Grüße\nG. Neumann",
        client="thunderbird", note="Monday mail: last week's Tuesday 14.07. and Thursday 16.07.")  # fmt: skip


def relative() -> None:
    yes("fv11_koch_den_davor.eml", 18, (1113, 1112), (), "2026-04-09 11:20",
        re(1113), "Ja, der hat stattgefunden. Und den davor auch, den hab ich vergessen zu bestätigen, Entschuldigung.\nRenate Koch",
        client="tonline", reply="cr-1113", style="tonline",
        note="the requested 08.04. and the one before, 01.04.")  # fmt: skip
    yes("fv12_zimmermann_die_beiden_letzten.eml", 15, (1097,), (), "2026-11-03 09:30",
        re(1097), "Guten Tag, die beiden letzten Termine haben stattgefunden. K. Zimmermann",
        client="plain", reply="cr-1097", style="thunderbird", staff=True,
        note="the last two include the cancelled 26.10.; only the requested 02.11. is sure")  # fmt: skip
    yes("fv13_wagner_gestern_ja.eml", 21, (1128,), ("2026-02-09",), "2026-02-10 07:55",
        re(1128), "gestern ja :)",
        client="iphone", reply="cr-1128", style="iphone")  # fmt: skip
    no("fv14_wagner_am_montag.eml", 21, ("confirmation", "question"), "2026-02-03 20:10",
       "Termin Montag", "Hallo,\nich wollte die Behandlung am Montag bestätigen. Oder war die abgesagt? Ich bin etwas durcheinander.\nSophie Wagner",
       client="gmail",
       note="Monday 02.02. was cancelled; Monday 26.01. possible; unclear")  # fmt: skip
    yes("fv15_vogel_letzte_beiden_donnerstage.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"), "2026-09-18 06:45",
        "Bestätigung Behandlungen", "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen (Manuelle Therapie per Video) an den letzten beiden Donnerstagen, also am 10. und 17. September.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte",
        client="outlook")  # fmt: skip
    no("fv16_yildiz_gestern_abgesagt.eml", 12, ("confirmation",), "2026-08-20 09:12",
       "termin", "hallo\ngestern termin war ja, alles gut\nfatma yildiz",
       client="webde",
       note="yesterday 19.08. was cancelled; nothing to record")  # fmt: skip
    yes("fv17_yildiz_mittwoch_gemacht.eml", 12, (1076,), ("2026-08-12",), "2026-08-13 14:22",
        re(1076), "Mittwoch gemacht, danke schön",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    yes("fv18_demir_heute_morgen.eml", 3, (1021,), ("2026-03-18",), "2026-03-18 10:20",
        re(1021), "Heute morgen hat gut geklappt, danke!\n\nAylin",
        client="gmail", reply="cr-1021", style="gmail")  # fmt: skip
    yes("fv19_demir_gestern_und_heute.eml", 3, (1022,), ("2026-03-24", "2026-03-25"), "2026-03-25 11:03",
        re(1022), "Hallo, gestern und heute hat stattgefunden.\nLG Aylin Demir",
        client="gmail", reply="cr-1022", style="gmail", staff=True,
        note="today 25.03. sure; yesterday 24.03. has no appointment")  # fmt: skip
    yes("fv20_brandt_freitag.eml", 10, (1065,), ("2026-07-17",), "2026-07-20 12:40",
        re(1065), "Freitag hat stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1065", style="thunderbird")  # fmt: skip


def more() -> None:
    yes("fv21_brandt_letzten_freitag.eml", 10, (1066,), ("2026-07-24",), "2026-07-28 22:10",
        "Bestätigung letzter Freitag", "Hi,\nkurze Bestätigung: letzten Freitag war die Videobehandlung, hat stattgefunden.\nGruß Lukas Brandt",
        client="plain")  # fmt: skip
    yes("fv22_schaefer_mittwoch_buero.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:30",
        re(1100), "Guten Morgen,\nMittwoch hat stattgefunden.\nViele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0421 556 120",
        client="outlook", reply="cr-1100", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip
    yes("fv23_jansen_vorgestern.eml", 17, (1105,), ("2026-10-29",), "2026-10-31 11:15",
        "Termin vorgestern", "Moin, vorgestern das Training am Gerät per Video hat stattgefunden. Ole",
        client="gmail")  # fmt: skip
    yes("fv24_nowak_freitag_der_13.eml", 19, (1117,), ("2026-11-13",), "2026-11-16 08:50",
        re(1117), "Freitag war gut, also der 13. Bestätigt.\nDavid",
        client="plain", reply="cr-1117", style="thunderbird")  # fmt: skip
    yes("fv25_hartmann_dienstag_ja.eml", 20, (1121,), ("2026-11-10",), "2026-11-12 19:30",
        re(1121), "dienstag ja",
        client="samsung", reply="cr-1121", style="samsung")  # fmt: skip
    yes("fv26_hartmann_beiden_letzten_dienstage.eml", 20, (1122, 1123), ("2026-11-17", "2026-11-24"), "2026-11-25 18:02",
        re(1123), "Hallo, die beiden letzten Dienstage haben beide stattgefunden, also gestern und letzte Woche. Liebe Grüße Leonie",
        client="webde", reply="cr-1123", style="webde")  # fmt: skip
    yes("fv27_popescu_dienstag_zwei_wochen.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"), "2026-06-18 13:44",
        "Bestatigung", "Guten Tag,\nich bestatige Dienstag letzte woche und diese woche Dienstag auch, war beide Termin.\nVielen Dank\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("fv28_richter_mittwoch_ja_davor_verpasst.eml", 8, (1053,), ("2026-06-17",), "2026-06-19 07:30",
        re(1053), "Mittwoch ja. Den Termin davor hab ich leider verpasst, war auf Dienstreise, sorry.\nJonas",
        client="iphone", reply="cr-1053", style="iphone", staff=True,
        note="17.06. confirmed; 10.06. missed")  # fmt: skip
    yes("fv29_berger_mittwoch_und_vorgestern.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"), "2026-05-22 10:10",
        "Bestätigung", "Liebe Praxis,\n\nden Termin vom Mittwoch letzter Woche und den von vorgestern kann ich Ihnen bestätigen. Es hat alles gut geklappt am Telefon.\n\nHerzliche Grüße\nUrsula Berger",
        client="tonline", note="Friday mail: Wednesday 13.05. and Wednesday 20.05.")  # fmt: skip
    yes("fv30_berger_donnerstag_27_5.eml", 24, (1145,), ("2026-05-27",), "2026-05-28 09:00",
        re(1145), "Ja, Donnerstag den 27.5. war die Behandlung.\nU. Berger",
        client="tonline", reply="cr-1145", style="tonline",
        note="weekday slip (27.05. was a Wednesday); the date and our request agree")  # fmt: skip


def last() -> None:
    yes("fv31_lehmann_letzte_woche_dienstag.eml", 14, (1088,), ("2026-09-15",), "2026-09-24 17:20",
        "Bestätigung", "Hallo,\nletzte Woche Dienstag hat stattgefunden. Diesen Dienstag war ich krank und bin nicht ins Video gekommen, tut mir leid.\nAnna Lehmann",
        client="apple", staff=True,
        note="15.09. confirmed; 22.09. did not take place")  # fmt: skip
    yes("fv32_aydin_heute_donnerstag.eml", 22, (1133,), ("2026-03-12",), "2026-03-12 20:05",
        re(1133), "heute donnerstag ja gemacht danke",
        client="samsung", reply="cr-1133", style="samsung")  # fmt: skip
    yes("fv33_aydin_gestern_nicht_davor_ja.eml", 22, (1133,), ("2026-03-12",), "2026-03-20 12:15",
        "Termin", "Hallo gestern hat nicht geklappt, mein Handy war kaputt. Donnerstag davor ja war.\nMehmet Aydin",
        client="samsung", staff=True, extra=("technical",),
        note="19.03. did not take place; Thursday before, 12.03., confirmed")  # fmt: skip
    yes("fv34_krueger_die_letzten_drei.eml", 1, (1008, 1007, 1006), (), "2026-03-04 08:10",
        re(1008), "Ja. Und den davor bitte auch und den davor auch, also die letzten drei. Hatte nicht geantwortet.\nSabine",
        client="webde", reply="cr-1008", style="webde",
        note="03.03., 24.02. and 17.02.")  # fmt: skip
    yes("fv35_wolff_gestern_ja.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:30",
        re(1028), "Gestern ja. Den Freitag davor hatte ich ja schon bestätigt.\nMfG H.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("fv36_schulz_gestern_ja.eml", 5, (1037,), ("2026-05-07",), "2026-05-08 12:00",
        re(1037), "gestern ja, hat stattgefunden\nMarie",
        client="plain", reply="cr-1037", style="thunderbird", bottom=True)  # fmt: skip
    no("fv37_carter_missed_monday.eml", 11, ("reschedule",), "2026-08-04 08:30",
       "Monday", "Hi, sorry, I couldn't make it on Monday, could we do Tuesday next week instead?\nEmily",
       client="gmail", note="Monday 03.08. missed; reschedule wish")  # fmt: skip
    no("fv38_hoffmann_morgen_dienstag.eml", 6, ("question",), "2026-05-25 16:00",
       "Termin morgen", "Hallo, ich bestätige den Termin morgen, Dienstag. Bleibt es bei 7:30 Uhr, obwohl heute Feiertag ist?\nP. Hoffmann",
       client="outlook", note="a future session; a question")  # fmt: skip
    no("fv39_zimmermann_montag_abgesagt.eml", 15, ("question",), "2026-10-27 10:00",
       "Montag", "Guten Tag, der Montag war doch abgesagt, oder? Ich habe jedenfalls keinen Anruf bekommen. Zimmermann",
       client="plain", note="26.10. was cancelled; a question")  # fmt: skip
    no("fv40_neumann_dienstag_passt.eml", 9, ("other",), "2026-07-06 09:30",
       "AW: Erinnerung: Ihr Termin am 07.07.2026", "Dienstag passt, ich bin um 9 am Telefon.\nG. Neumann",
       client="thunderbird", reply="rem-1056", style="thunderbird", staff=False,
       note="acknowledges a reminder for a future session")  # fmt: skip
    no("fv41_oneill_missed_tuesday.eml", 23, ("other",), "2026-04-16 08:00",
       re(1136, "Re"), "Sorry, I missed the Tuesday one - phone was on silent. Please bill as you have to.\nJames",
       client="gmail", reply="cr-1136", style="gmail_en",
       note="the requested 14.04. did not take place")  # fmt: skip
    no("fv42_wolff_freitag_schon_bestaetigt.eml", 4, ("confirmation",), "2026-01-12 09:00",
       "Bestätigung Freitag", "Guten Tag, wollte nur noch mal sagen, Freitag hat stattgefunden. MfG Wolff",
       client="tonline", dates=("2026-01-09",),
       note="09.01. is already confirmed; nothing new to record")  # fmt: skip
    no("fv43_schulz_gestern_kein_termin.eml", 5, ("confirmation",), "2026-05-15 11:00",
       "Termin gestern", "Hallo, gestern hat wie immer stattgefunden. Gruß Marie Schulz",
       client="webde", dates=("2026-05-14",),
       note="no appointment on 14.05.")  # fmt: skip


def main() -> None:
    load_practice()
    weekdays()
    relative()
    more()
    last()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
