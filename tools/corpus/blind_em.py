"""Write blind set EM: everyday mails where the day of a session is given only in words
(weekdays alone, 'letzte Woche Dienstag', 'vorgestern', 'den davor', 'die beiden letzten',
'gestern und heute', 'the Tuesday one', a day fixed in the next sentence, a weekday and a
date that do not agree) and some where every session is plainly named. 46 mails: 41 meant
as confirmations, 36 of which confirm at least one session and 5 nothing recordable (a
cancelled day, a day with no session, a day already confirmed, a weekday against a date),
and 5 look-alikes (a yes to a future session, sessions that did not happen, a question).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_em`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_em")


def weekdays_alone() -> None:
    yes("em01_krueger_letzte_woche_dienstag.eml", 1, (1004,), ("2026-02-03",), "2026-02-12 08:41", "Behandlung bestätigen",
        "Guten Morgen,\n\nich hab vergessen mich zu melden: letzte Woche Dienstag war die Videostunde, hat alles geklappt.\n\nLG Sabine Krüger",
        client="webde", note="Thursday 12.02.: last week's Tuesday is 03.02.")  # fmt: skip
    yes("em02_krueger_den_davor.eml", 1, (1006, 1005), ("2026-02-17", "2026-02-10"), "2026-02-18 19:22", re(1006),
        "ja Dienstag hat stattgefunden, und den davor auch, da hatte ich nicht geantwortet",
        client="webde", reply="cr-1006", style="webde",
        note="Tuesday 17.02. plus 'den davor' = 10.02.")  # fmt: skip
    yes("em03_krueger_beiden_letzten.eml", 1, (1008, 1009), ("2026-03-03", "2026-03-10"), "2026-03-13 17:05", "Bestätigung",
        "Hallo Praxis Impulse,\n\ndie beiden letzten Dienstage (3. und 10. März) haben beide stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("em04_becker_montag_ja_donnerstag_nicht.eml", 2, (1012,), ("2026-02-09",), "2026-02-13 09:10", "Termine diese Woche",
        "Hallo,\n\nMontag ja, Donnerstag nicht - ich stand im Stau und hab den Anruf verpasst. Bitte nur den Montag abrechnen.\n\nGruß\nThomas Becker",
        client="outlook", staff=True, extra=("other",),
        note="Mon 09.02. took place, Thu 12.02. did not: only the Monday, staff for the missed one")  # fmt: skip
    yes("em05_becker_donnerstag_und_montag.eml", 2, (1013, 1014), ("2026-02-12", "2026-02-16"), "2026-02-18 12:30", "Bestätigung MT",
        "Hallo liebes Praxisteam,\nDonnerstag und Montag haben wir telefoniert, beides hat stattgefunden.\nT. Becker",
        client="outlook", note="written Wed 18.02.: last Thu 12.02. and Mon 16.02.")  # fmt: skip
    yes("em06_becker_gestern_letzte.eml", 2, (1018,), ("2026-03-02",), "2026-03-03 07:55", re(1018),
        "Moin, gestern war die letzte Stunde, fand statt. Danke für alles!",
        client="gmail", reply="cr-1018", style="gmail")  # fmt: skip
    yes("em07_demir_mittwoch.eml", 3, (1020,), ("2026-03-11",), "2026-03-16 21:14", "bestätigung",
        "hallo, mittwoch hat stattgefunden, sorry dass ich so spät schreibe\naylin",
        client="gmail", note="Monday 16.03.: the Wednesday before is 11.03.")  # fmt: skip
    yes("em08_demir_den_mittwoch_davor.eml", 3, (1022,), ("2026-03-25",), "2026-04-02 13:40", "Stunden März/April",
        "Hallo, gestern war ja keine Stunde (abgesagt). Aber den Mittwoch davor hatten wir, der 25.3. ist noch offen glaube ich.\nAylin Demir",
        client="gmail", staff=True,
        note="01.04. was cancelled; 25.03. confirmed; mentions a session that did not take place")  # fmt: skip
    yes("em09_wolff_vorgestern.eml", 4, (1029,), ("2026-01-23",), "2026-01-25 10:02", "Telefon Behandlung",
        "Sehr geehrte Damen und Herren,\n\nvorgestern hat die telefonische Behandlung stattgefunden.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="Sunday 25.01.: vorgestern = Fri 23.01.")  # fmt: skip
    yes("em10_wolff_donnerstag_kein_termin.eml", 4, (), ("2026-01-29",), "2026-01-31 11:20", "Behandlung",
        "Guten Tag,\n\nam Donnerstag hat die Behandlung stattgefunden, bitte eintragen.\n\nMfG H.-J. Wolff",
        client="tonline", staff=True,
        note="he has Fridays only; no session on Thu 29.01. (Fri 30.01. exists): staff must ask")  # fmt: skip
    yes("em11_wolff_freitag_und_davor.eml", 4, (1031, 1030), ("2026-02-06", "2026-01-30"), "2026-02-09 08:15", re(1031),
        "Hat am Freitag stattgefunden. Der Freitag davor ebenfalls, da hatte ich vergessen zu antworten.\n\nMfG Wolff",
        client="tonline", reply="cr-1031", style="tonline")  # fmt: skip
    yes("em12_schulz_die_beiden_letzten.eml", 5, (1035, 1036), ("2026-04-23", "2026-04-30"), "2026-05-02 10:45", "Videotermine",
        "Hallo,\nich bestätige die beiden letzten Termine, die waren beide.\nViele Grüße\nMarie Schulz",
        note="Saturday 02.05.: the two last Thursdays 23.04. and 30.04.")  # fmt: skip
    yes("em13_schulz_gestern.eml", 5, (1038,), ("2026-05-21",), "2026-05-22 08:30", re(1038),
        "Ja, gestern hat geklappt.", reply="cr-1038", style="thunderbird", client="thunderbird")  # fmt: skip
    yes("em14_schulz_feiertag.eml", 5, (1037,), ("2026-05-07",), "2026-05-15 18:02", "Termin 7.5.",
        "Hallo, letzten Donnerstag war ja Feiertag, da war keine Stunde, das ist richtig so. Die Woche davor (7.5.) hatten wir, die ist noch nicht bestätigt.\nGruß Marie",
        client="thunderbird", note="no session on the holiday 14.05.; the one before is 07.05.")  # fmt: skip


def two_and_english() -> None:
    yes("em15_hoffmann_heute_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:10", "Heute",
        "Hallo,\n\nheute beide Termine gehabt, morgens das Gerätetraining und mittags die Manuelle. Beides hat stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook")  # fmt: skip
    yes("em16_hoffmann_gestern_dienstag.eml", 6, (1044,), ("2026-05-26",), "2026-05-27 07:50", re(1044),
        "Gestern (Dienstag wegen Pfingsten) hat stattgefunden.\n\nP. Hoffmann", client="outlook",
        reply="cr-1044", style="outlook")  # fmt: skip
    yes("em17_popescu_dienstag.eml", 7, (1047,), ("2026-06-09",), "2026-06-11 20:33", "Termin",
        "Hallo, dienstag termin war gut, ich bestatige. Danke schön\nElena", client="yahoo")  # fmt: skip
    yes("em18_popescu_gestern_vorige_woche.eml", 7, (1049, 1048), ("2026-06-23", "2026-06-16"), "2026-06-24 09:12", re(1049),
        "guten tag, gestern und vorige woche dienstag beide gemacht, alles ok\nPopescu",
        client="yahoo", reply="cr-1049", style="yahoo")  # fmt: skip
    yes("em19_richter_mittwoch_lief.eml", 8, (1051,), ("2026-06-03",), "2026-06-05 12:01", re(1051),
        "Jo, Mittwoch lief.\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("em20_richter_datum_wochentag.eml", 8, (), ("2026-06-16", "2026-06-17"), "2026-06-18 22:40", "Bestätigung",
        "Hi, Mittwoch, den 16.6. hat stattgefunden.\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", staff=True,
        note="16.06. is a Tuesday (no session), Wednesday was 17.06.: weekday and date disagree")  # fmt: skip
    yes("em21_neumann_gestern_und_heute.eml", 9, (1057,), ("2026-07-08", "2026-07-09"), "2026-07-09 11:05", "Behandlungen",
        "Liebe Praxis,\ngestern und heute hatten wir telefoniert, vielen Dank.\nGisela Neumann",
        staff=True, note="today Thu 09.07. exists; yesterday 08.07. has no session (07.07. does): staff")  # fmt: skip
    yes("em22_neumann_dienstag_16.eml", 9, (), ("2026-07-14", "2026-07-16"), "2026-07-18 10:30", "Termin",
        "Liebe Praxis,\nDienstag, den 16.07. hat die Behandlung stattgefunden.\nGisela Neumann",
        staff=True, note="16.07. is a Thursday; both Tue 14.07. and Thu 16.07. are sessions: which one?")  # fmt: skip
    yes("em23_neumann_diese_woche.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"), "2026-07-24 09:45", "Bestätigung dieser Woche",
        "Liebe Praxis,\nDienstag und Donnerstag diese Woche haben beide stattgefunden.\nHerzliche Grüße\nGisela Neumann")  # fmt: skip
    yes("em24_brandt_freitag.eml", 10, (1064,), ("2026-07-10",), "2026-07-13 08:20", re(1064),
        "passt, Freitag fand statt.\n-- \nLukas", client="thunderbird", reply="cr-1064", style="thunderbird",
        bottom=True)  # fmt: skip
    yes("em25_brandt_zwei_freitage.eml", 10, (1067, 1068), ("2026-07-31", "2026-08-07"), "2026-08-10 19:00", "Bestätigung",
        "Hallo,\ndie letzten zwei Freitage haben beide stattgefunden.\nGruß Lukas Brandt", client="thunderbird")  # fmt: skip
    yes("em26_carter_monday.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 16:45", "Session confirmation",
        "Hi,\n\nMonday's session went ahead as planned. Thanks!\n\nEmily", client="gmail")  # fmt: skip
    yes("em27_carter_yesterday_and_before.eml", 11, (1072, 1071), ("2026-08-24", "2026-08-17"), "2026-08-25 09:03", re(1072, "Re"),
        "Yesterday and the one the week before both happened. Sorry for the delay!\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip
    yes("em28_yildiz_beiden_mittwoche.eml", 12, (1078,), ("2026-08-26",), "2026-08-28 14:20", "Bestätigung",
        "Hallo, die beiden letzten Mittwoche hatte ich Behandlung am Telefon. Danke\nFatma Yıldız",
        client="webde", staff=True,
        note="26.08. yes; 19.08. was cancelled, so 'beide' does not fit: staff")  # fmt: skip


def the_rest() -> None:
    yes("em29_vogel_schon_bestaetigt.eml", 13, (), ("2026-09-03",), "2026-09-04 07:40", "Termin gestern",
        "Guten Morgen,\nder Termin gestern hat stattgefunden.\n\nDr. M. Vogel\nVogel & Partner", client="outlook", staff=True,
        note="03.09. is already confirmed")  # fmt: skip
    yes("em30_vogel_gestrigen.eml", 13, (1082,), ("2026-09-10",), "2026-09-11 07:15", re(1082),
        "Bestätige den gestrigen Termin.\n\nGruß MV", client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("em31_lehmann_also_dienstag.eml", 14, (1088,), ("2026-09-15",), "2026-09-17 12:10", "Stunde diese Woche",
        "Hallo,\ndie Stunde am Mittwoch hat stattgefunden. Also Dienstag, nicht Mittwoch. Bin grad durcheinander mit den Tagen :)\nAnna",
        note="corrected plainly to Tuesday 15.09.")  # fmt: skip
    yes("em32_zimmermann_montag_abgesagt.eml", 15, (), (), "2026-10-28 10:00", re(1096),
        "Montag hat stattgefunden.\nK. Zimmermann", reply="cr-1096", style="gmail", client="gmail", staff=True,
        note="Monday 26.10. was cancelled: nothing recorded")  # fmt: skip
    yes("em33_schaefer_mittwoch_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-16 13:30", "Behandlung Mittwoch",
        "Hallo,\nMittwoch hat stattgefunden.\nBirgit Schäfer", sender="b.schaefer@schaefer-steuerberatung.de",
        client="outlook", note="Friday 16.10.: Wednesday 14.10.; from her office address")  # fmt: skip
    yes("em34_schaefer_gestern_abend.eml", 16, (1102,), ("2026-11-04",), "2026-11-05 06:58", re(1102),
        "Ja, gestern Abend war die Stunde. Gruß B.S.", client="webde", reply="cr-1102", style="webde",
        sender="birgit.schaefer@gmx.net")  # fmt: skip
    yes("em35_jansen_do_letzte_woche.eml", 17, (1107,), ("2026-11-12",), "2026-11-17 21:30", "Gerätetraining",
        "Do. letzte Woche ja, stattgefunden.\nOle", client="gmail")  # fmt: skip
    yes("em36_nowak_freitag_davor_nicht.eml", 19, (1118,), ("2026-11-20",), "2026-11-23 08:40", re(1118),
        "Freitag ja. Den davor nicht, da war ich krank und hatte angerufen.\nDavid", client="thunderbird",
        reply="cr-1118", style="thunderbird", staff=True,
        note="20.11. yes; 13.11. did not take place though still scheduled")  # fmt: skip
    yes("em37_hartmann_gestern.eml", 20, (1123,), ("2026-11-24",), "2026-11-25 18:15", re(1123),
        "gestern war gut danke", client="samsung", reply="cr-1123", style="samsung")  # fmt: skip
    yes("em38_wagner_montag_davor_abgesagt.eml", 21, (1128,), ("2026-02-09",), "2026-02-11 17:50", "Bestätigung",
        "Hallo,\nMontag war gut, und den Montag davor auch.\nSophie", client="gmail", staff=True,
        note="09.02. yes; the Monday before (02.02.) was cancelled")  # fmt: skip
    yes("em39_aydin_ne_donnerstag.eml", 22, (1133,), ("2026-03-12",), "2026-03-13 09:20", re(1133),
        "Hallo Mittwoch war Therapie, ne sorry Donnerstag also gestern. Alles gut.\nMehmet", client="samsung",
        reply="cr-1133", style="samsung", note="corrected plainly to Thursday 12.03.")  # fmt: skip
    yes("em40_oneill_tuesday_one.eml", 23, (1140,), ("2026-05-12",), "2026-05-14 22:05", re(1140, "RE"),
        "Yes, the Tuesday one happened. Cheers, James", client="outlook", reply="cr-1140", style="outlook_en")  # fmt: skip
    yes("em41_berger_vorgestern.eml", 24, (1144,), ("2026-05-20",), "2026-05-22 11:00", "Behandlung",
        "Guten Tag,\nvorgestern war die Behandlung am Telefon, hat stattgefunden.\nU. Berger", client="tonline")  # fmt: skip


def look_alikes() -> None:
    no("em42_hartmann_dienstag_kommt.eml", 20, ("other",), "2026-11-16 19:20", "Re: Erinnerung",
       "Dienstag passt, bin dabei!", client="samsung", reply="rem-1122", style="samsung", staff=False,
       note="a yes to the reminder for a future session")  # fmt: skip
    no("em43_koch_mittwoch_kein_anruf.eml", 18, ("question",), "2026-03-26 09:30", "Mittwoch",
       "Guten Tag,\nwar am Mittwoch überhaupt ein Termin? Mich hat niemand angerufen.\nRenate Koch",
       client="tonline", note="the session 25.03. did not take place")  # fmt: skip
    no("em44_demir_mittwoch_internet.eml", 3, ("technical",), "2026-03-19 10:00", re(1021),
       "Mittwoch konnte ich nicht rein, das Internet ging nicht. Hat also nicht stattgefunden.",
       client="gmail", reply="cr-1021", style="gmail")  # fmt: skip
    no("em45_becker_donnerstag_nicht.eml", 2, ("other",), "2026-02-20 08:05", re(1015),
       "Donnerstag hat leider nicht stattgefunden, mich hat keiner angerufen.\nBecker",
       client="outlook", reply="cr-1015", style="outlook")  # fmt: skip
    no("em46_carter_monday_missed.eml", 11, ("reschedule",), "2026-09-01 10:00", re(1073, "Re"),
       "Sorry, Monday's session didn't happen, I was stuck at work. Could we find another slot this week?",
       client="gmail", reply="cr-1073", style="gmail_en")  # fmt: skip


def main() -> None:
    load_practice()
    weekdays_alone()
    two_and_english()
    the_rest()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
