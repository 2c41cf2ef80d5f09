"""Write blind set FJ: everyday mails that give the day of a session only in words.

Weekdays alone ('Montag ja, Donnerstag nicht'), 'letzte Woche Dienstag', 'vorgestern',
'den davor', 'die beiden letzten', 'gestern und heute', 'the Tuesday one', a day fixed in
the next sentence, a weekday and a date that do not agree, and some mails that name every
session plainly. 44 mails: 34 meant as confirmations (six of which can record nothing,
because the day is ambiguous, cancelled or has no session) and 10 look-alikes (replies to
reminders and video links, sessions that did not take place, a missed call, a cancellation).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fj`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fj")


def becker() -> None:
    yes("fj01_becker_heute_und_montag.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-12 20:10", re(1013),
        "Heute ja, und Montag auch, das hatte ich noch nicht bestätigt.\n\nGruß T. Becker",
        client="webde", reply="cr-1013", style="webde",
        note="'heute' is Thu 12.02, 'Montag' the Monday of that week, 09.02")  # fmt: skip
    yes("fj02_becker_montag_ja_donnerstag_nicht.eml", 2, (1014,), ("2026-02-16",),
        "2026-02-20 09:04", "Termine diese Woche",
        "Hallo,\n\nMontag ja, Donnerstag nicht - da hab ich den Anruf verpasst, war noch im"
        " Meeting. Kann man den nachholen?\n\nThomas Becker",
        client="webde", staff=True, extra=("reschedule",),
        note="Monday 16.02 took place; Thursday 19.02 missed, wants a new slot")  # fmt: skip
    yes("fj03_becker_die_beiden_letzten.eml", 2, (1016, 1017), ("2026-02-23", "2026-02-26"),
        "2026-02-28 11:20", "Bestätigung",
        "Hallo zusammen,\n\ndie beiden letzten Termine (Montag und Donnerstag) haben beide"
        " stattgefunden.\n\nSchönes Wochenende\nThomas Becker", client="webde",
        note="written on Saturday 28.02: the Monday and Thursday of that week")  # fmt: skip
    yes("fj04_becker_donnerstag_16.eml", 2, (), ("2026-02-16",), "2026-02-21 10:02",
        "Behandlung Donnerstag",
        "Moin, die Behandlung vom Donnerstag, 16.02. hat stattgefunden.\nGruß Becker",
        client="webde", staff=True,
        note="16.02 was a Monday, the Thursday was 19.02; both are his sessions")  # fmt: skip


def krueger() -> None:
    yes("fj05_krueger_vorgestern.eml", 1, (1005,), ("2026-02-10",), "2026-02-12 18:31",
        re(1005), "Ja vorgestern war die Stunde, alles gut.\nLG Sabine", client="webde",
        reply="cr-1005", style="webde",
        note="written Thursday 12.02: vorgestern is Tuesday 10.02")  # fmt: skip
    yes("fj06_krueger_letzte_woche_dienstag.eml", 1, (1006, 1007), ("2026-02-17", "2026-02-24"),
        "2026-02-25 19:45", "Videotermine",
        "Guten Abend,\n\nletzte Woche Dienstag und gestern waren beide per Video, das"
        " bestätige ich hiermit.\n\nSabine Krüger", client="webde")  # fmt: skip
    yes("fj07_krueger_den_davor_auch.eml", 1, (1007, 1008), ("2026-02-24", "2026-03-03"),
        "2026-03-05 07:50", re(1008),
        "Ja hat stattgefunden. Den davor auch, hatte ich glaube ich vergessen zu"
        " bestätigen, sorry!", client="iphone", reply="cr-1008", style="iphone",
        note="under the request for 03.03; 'den davor' is 24.02")  # fmt: skip
    yes("fj08_krueger_dienstag_nicht_mittwoch.eml", 1, (1009,), ("2026-03-10",),
        "2026-03-12 09:10", re(1009),
        "Ja, am Mittwoch hat es stattgefunden. Quatsch, Dienstag natürlich, nicht"
        " Mittwoch. Mittwoch war Zahnarzt 🙈", client="iphone", reply="cr-1009",
        style="iphone", note="corrects herself in the next sentence: Tuesday 10.03")  # fmt: skip
    yes("fj09_krueger_mittwoch_17.eml", 1, (), ("2026-02-17",), "2026-02-19 16:40",
        "Bestätigung Behandlung",
        "Hallo,\nhiermit bestätige ich die Behandlung vom Mittwoch, den 17.02.\nMfG S. Krüger",
        client="webde", staff=True,
        note="17.02 was a Tuesday (her session), the weekday says Wednesday 18.02")  # fmt: skip


def wolff() -> None:
    yes("fj10_wolff_freitag_und_davor.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-26 09:02", re(1029),
        "Guten Morgen,\n\nam Freitag hat die Behandlung stattgefunden. Den Freitag davor"
        " übrigens auch.\n\nMfG\nH.-J. Wolff", client="tonline", reply="cr-1029",
        style="tonline")  # fmt: skip
    yes("fj11_wolff_letzter_vorletzter_freitag.eml", 4, (), (), "2026-02-07 10:15",
        "Telefonbehandlung",
        "Sehr geehrte Damen und Herren,\n\ndie Telefonbehandlungen vom letzten und"
        " vorletzten Freitag haben stattgefunden.\n\nMit freundlichen Grüßen\nWolff",
        client="tonline", staff=True,
        note="written Saturday: 'letzter Freitag' may be yesterday 06.02 or 30.01")  # fmt: skip
    no("fj12_wolff_heute_geht_klar.eml", 4, ("other",), "2026-01-30 08:05",
       "AW: Erinnerung: Ihr Termin am 30.01.2026", "Heute Nachmittag 14 Uhr geht klar.",
       client="tonline", reply="rem-1030", style="tonline", staff=False,
       note="answers the reminder before the session")  # fmt: skip


def wagner() -> None:
    yes("fj13_wagner_gestern_abgesagt.eml", 21, (), (), "2026-02-03 08:40", "Video gestern",
        "Hallo, gestern war die Videostunde, wollte nur kurz Bescheid geben.\nSophie",
        client="webde", staff=True,
        note="Monday 02.02 is cancelled in the calendar")  # fmt: skip
    yes("fj14_wagner_gestern_und_der_19.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-01-27 12:15", re(1126),
        "Ja gestern per Video, passt alles. Und die vom 19. hab ich glaub ich noch nicht"
        " bestätigt, die war auch.\n\nViele Grüße\nSophie Wagner", client="webde",
        reply="cr-1126", style="webde")  # fmt: skip


def carter() -> None:
    yes("fj15_carter_the_monday_one.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 13:20",
        re(1070, "Re"), "Hi, confirming the Monday one took place. Thanks!\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("fj16_carter_the_tuesday_one.eml", 11, (), ("2026-08-18",), "2026-08-27 09:30",
        "confirmation", "Hi there, just confirming the Tuesday one last week. Cheers, Emily",
        client="gmail", staff=True,
        note="her sessions are Mondays; last week's Tuesday 18.08 has none")  # fmt: skip
    no("fj17_carter_see_you_monday.eml", 11, ("other",), "2026-08-16 18:00",
       "Re: Ihr Videotermin am 17.08.2026", "Thanks, see you Monday!", client="gmail",
       reply="vl-1071", style="gmail_en", staff=False)  # fmt: skip


def yildiz() -> None:
    yes("fj18_yildiz_gestern_telefon.eml", 12, (1076,), ("2026-08-12",), "2026-08-13 10:05",
        re(1076), "Hallo gestern telefon war ja, danke schön", client="samsung",
        reply="cr-1076", style="samsung")  # fmt: skip
    no("fj19_yildiz_kein_anruf.eml", 12, ("question",), "2026-08-21 14:10", "termin",
       "Hallo\nMittwoch ich war da aber keine anruf gekommen? was ist passiert\nFatma Yildiz",
       client="samsung", note="Wednesday 19.08 was cancelled; she asks why no call came")  # fmt: skip
    yes("fj20_yildiz_gestern_und_letzte_woche.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-03 09:15", re(1079), "ja gestern und letzte woche mittwoch auch war telefon",
        client="samsung", reply="cr-1079", style="samsung")  # fmt: skip


def vogel_lehmann() -> None:
    yes("fj21_vogel_gestern_7_uhr.eml", 13, (1082,), ("2026-09-10",), "2026-09-11 06:55",
        re(1082), "Bestätigt. Gestern 7 Uhr, wie immer.\n\nDr. M. Vogel", client="outlook",
        reply="cr-1082", style="outlook")  # fmt: skip
    yes("fj22_vogel_die_letzten_drei.eml", 13, (1083, 1084, 1085),
        ("2026-09-17", "2026-09-24", "2026-10-01"), "2026-10-02 18:10", "Bestätigung MT",
        "Guten Tag,\n\ndie letzten drei Donnerstagstermine (17.9., 24.9. und gestern) haben"
        " stattgefunden.\n\nVogel", client="outlook")  # fmt: skip
    yes("fj23_lehmann_gestern_bottom.eml", 14, (1089,), ("2026-09-22",), "2026-09-23 08:20",
        re(1089), "gestern hat stattgefunden, danke!\nAnna", client="thunderbird",
        reply="cr-1089", style="thunderbird", bottom=True)  # fmt: skip
    yes("fj24_lehmann_vor_zwei_wochen.eml", 14, (1089, 1091), ("2026-09-22", "2026-10-06"),
        "2026-10-08 11:00", "Bestätigung",
        "Hallo,\n\nich bestätige Dienstag (6.10.) sowie den Dienstag vor zwei Wochen. Letzte"
        " Woche war ich krank, der Termin hat nicht stattgefunden.\n\nAnna Lehmann",
        client="thunderbird", staff=True,
        note="29.09 did not take place but is still scheduled")  # fmt: skip
    no("fj25_lehmann_verbindung.eml", 14, ("technical", "reschedule"), "2026-09-30 09:30",
       "Termin gestern",
       "Hallo,\ngestern ist leider ausgefallen, die Verbindung kam nicht zustande. Können wir"
       " das nachholen?\nAnna", client="thunderbird")  # fmt: skip


def zimmermann_schaefer() -> None:
    yes("fj26_zimmermann_montag_davor_abgesagt.eml", 15, (1097,), ("2026-11-02",),
        "2026-11-04 15:30", re(1097),
        "Montag war, und den Montag davor hatten wir ja abgesagt.\nK. Zimmermann",
        client="gmail", reply="cr-1097", style="gmail")  # fmt: skip
    yes("fj27_schaefer_gestern_abend.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:45",
        "Behandlung gestern", "Gestern Abend fand die Behandlung statt.\n\nBirgit Schäfer",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer")  # fmt: skip
    yes("fj28_schaefer_den_davor_auch.eml", 16, (1100, 1101), ("2026-10-21", "2026-10-28"),
        "2026-10-29 07:15", re(1101), "Ja. Den davor auch, also 21. und 28.",
        client="webde", reply="cr-1101", style="webde")  # fmt: skip
    yes("fj29_schaefer_mittwoch_ja_davor_nicht.eml", 16, (1103,), ("2026-11-11",),
        "2026-11-13 20:00", "Mittwoch",
        "Mittwoch ja, den Mittwoch davor leider nicht, da hatte ich kein Netz und wir"
        " haben abgebrochen.\nGruß B. Schäfer", client="webde", staff=True,
        note="04.11 did not take place but is still scheduled")  # fmt: skip


def others() -> None:
    yes("fj30_jansen_donnerstag_datum.eml", 17, (1106,), ("2026-11-05",), "2026-11-08 12:00",
        "Donnerstag 5.11.", "Hey, Donnerstag 5.11. war gut, bestätige hiermit 👍\nOle",
        client="iphone")  # fmt: skip
    yes("fj31_jansen_gestern_und_heute.eml", 17, (1107,), ("2026-11-12", "2026-11-13"),
        "2026-11-13 17:30", re(1107), "gestern und heute hat stattgefunden",
        client="iphone", reply="cr-1107", style="iphone", staff=True,
        note="yesterday 12.11 is his session; today 13.11 he has none")  # fmt: skip
    yes("fj32_koch_montag_ja_mittwoch_nicht.eml", 18, (), ("2026-04-06",), "2026-04-09 09:20",
        "Termine",
        "Hallo,\nMontag hat stattgefunden, Mittwoch nicht, da war ich beim Arzt. Bitte einen"
        " neuen Termin.\nR. Koch", client="tonline", staff=True, extra=("reschedule",),
        note="Monday 06.04 (Easter) has no session; Wednesday 08.04 did not take place")  # fmt: skip
    yes("fj33_oneill_tuesday_and_before.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-23 21:10", "Sessions",
        "Hi,\n\njust confirming Tuesday's call went ahead, and the one the week before as"
        " well.\n\nJames", client="outlook")  # fmt: skip
    yes("fj34_berger_vorgestern.eml", 24, (1143,), ("2026-05-13",), "2026-05-15 10:30",
        re(1143), "Vorgestern war die Behandlung, ja.\nU. Berger", client="yahoo",
        reply="cr-1143", style="yahoo")  # fmt: skip
    yes("fj35_hoffmann_beide_gestern.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-19 07:10", re(1042),
        "Beide Termine gestern haben stattgefunden, morgens und mittags.\n\nP. Hoffmann",
        client="outlook", reply="cr-1042", style="outlook")  # fmt: skip
    yes("fj36_neumann_di_und_do_datum.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 10:00", "Anrufe", "Di 14.7. und Do 16.7. waren die Anrufe. Gisela Neumann")  # fmt: skip
    yes("fj37_neumann_nur_donnerstag.eml", 9, (1061,), ("2026-07-23",), "2026-07-25 09:45",
        "Diese Woche",
        "Diese Woche war nur Donnerstag, am Dienstag hat niemand angerufen.\nG. Neumann",
        staff=True, note="Tuesday 21.07 did not take place")  # fmt: skip
    yes("fj38_demir_gestern_abgesagt.eml", 3, (), (), "2026-04-02 12:00", "Stunde gestern",
        "gestern lief die stunde gut, danke!\nAylin", client="gmail", staff=True,
        note="Wednesday 01.04 is cancelled in the calendar")  # fmt: skip
    no("fj39_brandt_stau.eml", 10, ("cancellation",), "2026-07-13 08:30", re(1064, "Re"),
       "Freitag hat leider nicht geklappt, ich stand im Stau. Bitte nicht abrechnen.\nLukas",
       client="thunderbird", reply="cr-1064", style="thunderbird")  # fmt: skip
    no("fj40_nowak_verschieben.eml", 19, ("reschedule",), "2026-11-26 17:00",
       "Termine Freitag",
       "Hallo, morgen und nächste Woche Freitag klappt bei mir nicht, können wir das"
       " verschieben?\nDavid Nowak", client="apple")  # fmt: skip
    no("fj41_richter_link.eml", 8, ("technical",), "2026-06-11 09:00",
       "Re: Ihr Videotermin am 10.06.2026",
       "Gestern kam ich nicht rein, Code ging nicht. Haben dann abgebrochen.\nJonas",
       client="iphone", reply="vl-1052", style="iphone")  # fmt: skip
    no("fj42_berger_anruf_verpasst.eml", 24, ("question",), "2026-05-28 11:00", "Termin",
       "Gestern hatte ich den Anruf verpasst, tut mir leid, war beim Einkaufen. Ist das"
       " schlimm?\nUrsula Berger", client="yahoo")  # fmt: skip
    no("fj43_koch_morgen_geht_klar.eml", 18, ("other",), "2026-03-29 16:10",
       "AW: Erinnerung: Ihr Termin am 30.03.2026",
       "Morgen geht klar, gleiche Nummer wie immer.\nR. Koch", client="tonline",
       reply="rem-1111", style="tonline", staff=False,
       note="answers the reminder the day before the session")  # fmt: skip
    no("fj44_popescu_morgen_absagen.eml", 7, ("cancellation",), "2026-06-15 18:30",
       "AW: Erinnerung: Ihr Termin am 16.06.2026",
       "Ich kann morgen nicht, bitte absagen. Entschuldigung.\nElena Popescu",
       client="yahoo", reply="rem-1048", style="yahoo")  # fmt: skip


def main() -> None:
    load_practice()
    becker()
    krueger()
    wolff()
    wagner()
    carter()
    yildiz()
    vogel_lehmann()
    zimmermann_schaefer()
    others()
    assert all(k in mc.OUTBOX for k in ("cr-1013", "rem-1030", "vl-1071", "vl-1052"))
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
