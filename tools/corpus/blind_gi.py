"""Write blind set GI: everyday mails that give the day of a session only in words.

Patients write 'am Dienstag', 'gestern Abend', 'vorgestern', 'letzte Woche Mittwoch',
'the Monday one', 'diesen Dienstag', a weekday on the evening before the next session of
that weekday, a weekday that could be last week's or today's, a day corrected in the next
sentence; a few name every session plainly with its date. 42 mails: 32 that confirm at
least one session, and 10 look-alikes (replies to a reminder naming the coming weekday, a
weekday that could be last week's or this week's, a Thursday with no appointment, a
cancelled Wednesday, a session that failed, a question about a cancelled day, a
reschedule wish).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gi`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gi")


def tuesdays_and_mondays() -> None:
    # Sabine Krüger (1): Tuesdays 10:00, video KG.
    yes("gi01_kr_heute_vormittag.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:48", re(1003),
        "Hallo,\n\nja, heute Vormittag war die Stunde, hat alles gut geklappt.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="'heute' under our request, written after the session")  # fmt: skip
    yes("gi02_kr_am_dienstag.eml", 1, (1004,), ("2026-02-03",), "2026-02-05 19:12",
        "Krankengymnastik Dienstag",
        "Guten Abend,\n\nich wollte noch Bescheid geben, dass ich am Dienstag meine KG per Video"
        " hatte. Hat gut getan.\n\nLG Sabine Krüger",
        client="webde", note="written Thursday 05.02: 'am Dienstag' is 03.02")  # fmt: skip
    yes("gi03_kr_dienstag_montagabend.eml", 1, (1005,), ("2026-02-10",), "2026-02-16 20:41",
        "Bestätigung",
        "Hallo zusammen,\nDienstag war ich wie immer um 10 dabei, das wollte ich noch"
        " bestätigen. Morgen dann wieder.\nGruß S. Krüger",
        client="webde",
        note="Monday evening before the next Tuesday: 'war' and 'morgen dann wieder' make it 10.02")  # fmt: skip
    yes("gi04_kr_nachtrag_diesen_dienstag.eml", 1, (1007, 1008, 1009),
        ("2026-02-24", "2026-03-03", "2026-03-10"), "2026-03-12 09:05", "Nachtrag",
        "Hallo,\n\nmir ist aufgefallen, dass ich ein paar Termine nicht zurückgemeldet habe."
        " Folgende Termine fanden statt:\n24.02.\n03.03.\nund diesen Dienstag natürlich auch."
        "\n\nSorry für die Verspätung!\nSabine Krüger",
        client="webde", note="late; 'diesen Dienstag' written Thursday 12.03 is 10.03")  # fmt: skip
    no("gi05_kr_erinnerung_dienstag.eml", 1, ("other",), "2026-02-23 10:37", reminder_subject(1007),
       "Danke, Dienstag passt, bin um 10 online.",
       client="webde", reply="rem-1007", style="webde", staff=False,
       note="reply to the reminder: Tuesday is the coming 24.02, nothing to confirm")  # fmt: skip

    # Thomas Becker (2): Mondays and Thursdays 17:30, phone MT.
    yes("gi06_be_montag_gestern.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 08:14", "Termine diese Woche",
        "Moin,\n\nbeide Telefonate diese Woche haben geklappt, Montag und gestern.\n\nGruß\nThomas Becker",
        client="webde", note="written Friday 06.02: Monday 02.02 and yesterday 05.02")  # fmt: skip
    yes("gi07_be_montag_donnerstag_unklar.eml", 2, (1014,), ("2026-02-16",), "2026-02-19 10:02",
        "Bestätigung MT",
        "Hallo,\n\nhiermit bestätige ich Montag und Donnerstag.\n\nThomas Becker",
        client="webde", staff=True,
        note="Thursday morning: Monday is 16.02; 'Donnerstag' is today's session still to come"
             " or last week's 12.02, unclear")  # fmt: skip
    yes("gi08_be_gestern_abend.eml", 2, (1016,), ("2026-02-23",), "2026-02-24 07:48", re(1016),
        "guten morgen, das telefonat gestern abend lief, danke!",
        client="webde", reply="cr-1016", style="webde")  # fmt: skip
    no("gi09_be_erinnerung_verschieben.eml", 2, ("reschedule",), "2026-03-01 18:05",
       reminder_subject(1018),
       "Hallo,\nMontag geht grundsätzlich, könnten wir aber auf 18:30 schieben? Ich komme vorher"
       " nicht aus dem Büro.\nGruß T. Becker",
       client="webde", reply="rem-1018", style="webde",
       note="reply to the reminder for the coming Monday: a reschedule wish")  # fmt: skip


def wednesdays() -> None:
    # Aylin Demir (3): Wednesdays 08:30, 01.04 cancelled.
    yes("gi10_de_letzte_woche_mittwoch.eml", 3, (1022,), ("2026-03-25",), "2026-04-03 12:20",
        "Termin letzte Woche",
        "Hallo,\n\nletzte Woche Mittwoch hatten wir die Videostunde, das wollte ich noch"
        " bestätigen. Diese Woche war ja abgesagt, also passt das.\n\nLiebe Grüße\nAylin",
        client="gmail", note="written Friday 03.04: last week's Wednesday is 25.03")  # fmt: skip
    no("gi11_de_abgesagt_frage.eml", 3, ("question",), "2026-04-02 08:50", "gestern?",
       "Hi,\nich war gestern um halb neun im Video aber es kam keiner. War der Termin abgesagt?"
       " Ich hab das irgendwie nicht mitbekommen. Und nächsten Mittwoch bleibt es dabei oder?\nAylin",
       client="gmail", note="01.04 was cancelled; no session took place, a question")  # fmt: skip
    yes("gi12_de_heute_letzten_mittwoch.eml", 3, (1025, 1026), ("2026-04-15", "2026-04-22"),
        "2026-04-22 19:31", re(1026, "Re"),
        "Hallo, heute und letzten mittwoch war ich beide male dabei 👍 LG Aylin",
        client="gmail", reply="cr-1026", style="gmail")  # fmt: skip

    # Jonas Richter (8): Wednesdays 18:00, video MT.
    yes("gi13_ri_heute_iphone.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 21:04", re(1051),
        "Hat heute alles geklappt 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("gi14_ri_mittwoch_dienstagabend.eml", 8, (1052,), ("2026-06-10",), "2026-06-16 22:10",
        "Mittwoch",
        "Hi, hab vergessen zu antworten: Mittwoch lief gut, danke nochmal. Morgen wieder um 18"
        " Uhr.\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone",
        note="Tuesday evening before the next Wednesday: 'lief' and 'morgen wieder' make it 10.06")  # fmt: skip
    no("gi15_ri_erinnerung_heute_abend.eml", 8, ("other",), "2026-06-24 09:15", reminder_subject(1054),
       "Bestätige den Termin heute Abend, bin dabei.\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1054", style="iphone", staff=False,
       note="confirms attending tonight's session, which has not taken place yet")  # fmt: skip

    # Fatma Yıldız (12): Wednesdays 10:30 phone, 19.08 cancelled.
    yes("gi16_yi_gestern_halb_elf.eml", 12, (1076,), ("2026-08-12",), "2026-08-13 08:45", re(1076),
        "Hallo,\n\nja gestern um halb elf hat die Therapeutin angerufen, alles gut gelaufen.\n\nLG Fatma Yildiz",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    yes("gi17_yi_mittwoch_abgesagt.eml", 12, (), (), "2026-08-21 17:10", "Bestätigung Mittwoch",
        "Hallo,\n\nich bestätige die Behandlung vom Mittwoch, war wie immer telefonisch.\n\nLG Fatma",
        client="webde", staff=True,
        note="written Friday 21.08: Wednesday 19.08 was cancelled; staff must look")  # fmt: skip

    # Birgit Schäfer (16): Wednesdays 19:00, from her second address.
    yes("gi18_sf_gestern_abend_kanzlei.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 07:35",
        "Videotermin gestern",
        "Guten Morgen,\n\nkurze Info: die Videobehandlung gestern Abend hat stattgefunden.\n\n"
        "Viele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0511 998877",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip


def thursdays_and_fridays() -> None:
    # Hans-Jürgen Wolff (4): Fridays 14:00 phone.
    yes("gi19_wo_vergangenen_freitag.eml", 4, (1028,), ("2026-01-16",), "2026-01-19 09:40", re(1028),
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen hiermit, dass das Telefonat am"
        " vergangenen Freitag durchgeführt wurde.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("gi20_wo_donnerstag_korrigiert.eml", 4, (1030,), ("2026-01-30",), "2026-02-03 11:15",
        "Bestätigung",
        "Guten Tag,\n\ndie Behandlung am Donnerstag hat stattgefunden. Korrektur: Freitag"
        " natürlich, den 30., donnerstags habe ich ja gar keinen Termin.\n\nMfG\nH.-J. Wolff",
        client="tonline", note="Thursday corrected to Friday the 30th in the next sentence")  # fmt: skip
    yes("gi21_wo_drei_daten.eml", 4, (1031, 1032, 1033), ("2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-21 10:30", "Behandlungen Februar",
        "Sehr geehrtes Praxisteam,\n\nfolgende Telefontermine fanden statt:\n- Freitag, 06.02.2026\n"
        "- Freitag, 13.02.2026\n- Freitag, 20.02.2026\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("gi22_wo_freitag_vormittag.eml", 4, (), (), "2026-01-30 10:05", "Termin Freitag",
        "Guten Morgen,\n\nhiermit bestätige ich den Termin am Freitag.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", staff=True,
        note="Friday morning before the 14:00 call: today's (still to come) or last Friday 23.01,"
             " unclear")  # fmt: skip

    # Marie Schulz (5): Thursdays 15:30 video; no session on 14.05.
    yes("gi23_sc_heute_letzten_donnerstag.eml", 5, (1038, 1039), ("2026-05-21", "2026-05-28"),
        "2026-05-28 18:22", re(1039),
        "Hallo,\n\nja, heute war die Stunde. Und letzten Donnerstag auch, da hatte ich vergessen"
        " zu antworten.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1039", style="thunderbird")  # fmt: skip
    yes("gi24_sc_donnerstag_ohne_termin.eml", 5, (), ("2026-05-14",), "2026-05-15 09:10",
        "Bestätigung Donnerstag",
        "Hallo liebes Praxisteam,\n\nhiermit bestätige ich, dass die Videostunde am Donnerstag"
        " war.\n\nGruß\nMarie Schulz",
        client="thunderbird", staff=True,
        note="written Friday 15.05: Thursday 14.05 has no appointment (07.05 and 21.05 do)")  # fmt: skip

    # Gisela Neumann (9): Tuesdays and Thursdays 09:00 phone.
    yes("gi25_ne_dienstag_heute_frueh.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 10:40", "Bestätigung",
        "Liebe Praxis Impulse,\n\ndie Anrufe am Dienstag und heute früh haben beide geklappt, die"
        " Übungen mache ich fleißig.\n\nHerzliche Grüße\nGisela Neumann")  # fmt: skip
    yes("gi26_ne_vorgestern.eml", 9, (1058,), ("2026-07-14",), "2026-07-16 07:50", re(1058),
        "Guten Morgen,\n\nentschuldigen Sie die späte Antwort, vorgestern hat die Frau"
        " Therapeutin angerufen und wir haben die Übungen gemacht.\n\nMit freundlichem Gruß\n"
        "Gisela Neumann",
        client="thunderbird", reply="cr-1058", style="thunderbird",
        note="written Thursday 16.07 before that day's call: 'vorgestern' is 14.07")  # fmt: skip
    yes("gi27_ne_donnerstag_dienstag_nicht.eml", 9, (1061,), ("2026-07-23",), "2026-07-27 15:20",
        re(1061),
        "Guten Tag,\n\nDonnerstag war die Behandlung, das kann ich bestätigen. Am Dienstag davor"
        " hat aber niemand angerufen, ich habe den ganzen Vormittag gewartet. Wird das"
        " nachgeholt?\n\nGrüße\nGisela Neumann",
        client="thunderbird", reply="cr-1061", style="thunderbird", staff=True, extra=("question",),
        note="Thursday 23.07 confirmed; Tuesday 21.07 did not take place")  # fmt: skip

    # Lukas Brandt (10): Fridays 16:00 video.
    yes("gi28_br_letzten_freitag_heute_spaeter.eml", 10, (1064,), ("2026-07-10",), "2026-07-17 11:30",
        "Freitag + heute",
        "Hallo,\n\nkurz zur Bestätigung: letzten Freitag hat stattgefunden. Heute bin ich evtl."
        " 10 Minuten später im Video, sorry schon mal.\n\nLukas",
        client="thunderbird", staff=True, extra=("other",),
        note="last Friday 10.07 confirmed; he will be late today, staff should know")  # fmt: skip
    no("gi29_br_freitag_ausgefallen.eml", 10, ("technical", "reschedule"), "2026-07-26 13:00",
       "Termin Freitag ausgefallen",
       "Hallo,\n\nam Freitag kam leider keine Verbindung zustande, ich saß ab 16 Uhr vor dem"
       " Rechner, aber es ist niemand in den Raum gekommen. Können wir den Termin nachholen?"
       "\n\nGruß Lukas Brandt",
       client="thunderbird", note="Friday 24.07 did not take place")  # fmt: skip

    # Dr. Michael Vogel (13): Thursdays 07:00 video MT.
    yes("gi30_vo_zwei_daten.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"), "2026-09-25 06:50",
        "Bestätigung MT 17.09. und 24.09.",
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlungen vom 17.09.2026 und 24.09.2026"
        " (jeweils Manuelle Therapie per Video).\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n"
        "Vogel & Partner Rechtsanwälte\nTel. 0211 4455 120",
        client="outlook")  # fmt: skip

    # David Nowak (19): Fridays 08:00 video MT.
    yes("gi31_no_letzte_woche_freitag.eml", 19, (1118,), ("2026-11-20",), "2026-11-25 13:05",
        "Bestätigung",
        "Hallo,\n\nletzte Woche Freitag hatten wir die MT per Video, hat alles gepasst.\n\nGruß David Nowak",
        note="written Wednesday 25.11: last week's Friday is 20.11")  # fmt: skip


def other_weekdays() -> None:
    # Peter Hoffmann (6): Mondays 07:30 KGG, 18.05 also 12:30 MT, 26.05 a Tuesday.
    yes("gi32_ho_heute_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 16:45", re(1043),
        "Hallo,\n\nheute beide Einheiten gemacht, früh am Gerät und mittags die Manuelle.\n\nGruß\n"
        "Peter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both of today's sessions, morning KGG and midday MT")  # fmt: skip
    yes("gi33_ho_dienstag_pfingsten.eml", 6, (1044,), ("2026-05-26",), "2026-05-27 07:55", re(1044),
        "Guten Morgen,\n\nTermin am Dienstag hat geklappt (war ja wegen Pfingstmontag"
        " verschoben).\n\nBeste Grüße\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip

    # Elena Popescu (7): Tuesdays 11:00 video, learner's German.
    yes("gi34_po_heute_letzte_dienstag.eml", 7, (1049, 1050), ("2026-06-23", "2026-06-30"),
        "2026-06-30 12:10", video_link_subject(1050),
        "Hallo,\nheute Termin war gut, danke. Und letzte Dienstag auch war Termin, ich habe nicht"
        " geschrieben, sorry.\nElena Popescu",
        client="yahoo", reply="vl-1050", style="yahoo",
        note="under the video-link mail; today 30.06 and last Tuesday 23.06")  # fmt: skip
    yes("gi35_po_dienstag_montagabend.eml", 7, (), (), "2026-06-15 20:30", "Termin Dienstag",
        "Guten Abend,\nich möchte bestätigen Dienstag Termin.\nDanke\nElena",
        client="yahoo", staff=True,
        note="Monday evening, no tense: last Tuesday 09.06 or tomorrow's 16.06, unclear")  # fmt: skip

    # Emily Carter (11): Mondays 12:00 video, English.
    yes("gi36_ca_the_monday_one.eml", 11, (1069,), ("2026-08-03",), "2026-08-05 18:02", re(1069),
        "Hi,\n\nYes - the Monday one happened, all good on my end.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("gi37_ca_last_two_mondays.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-23 20:15", "Confirming sessions",
        "Hello,\n\njust confirming both sessions - last Monday and the one the week before. Both"
        " went fine.\n\nBest,\nEmily Carter",
        client="gmail", note="written Sunday 23.08: 17.08 and 10.08")  # fmt: skip
    no("gi38_ca_reminder_monday.eml", 11, ("other",), "2026-08-30 14:30", reminder_subject(1073),
       "Thanks for the reminder - confirming Monday, I'll be there at 12.\n\nEmily",
       client="gmail", reply="rem-1073", style="gmail_en", staff=False,
       note="confirms attending the coming Monday 31.08")  # fmt: skip

    # Anna Lehmann (14): Tuesdays 13:00 video.
    yes("gi39_le_dienstag_korrigiert.eml", 14, (1090,), ("2026-09-29",), "2026-10-01 12:30",
        "Bestätigung Sitzung",
        "Hallo,\n\ndie Sitzung am Dienstag, 22.09., hat stattgefunden – Moment, falsch, ich meine"
        " den 29.09., also diesen Dienstag.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", note="22.09 taken back in the same sentence; 29.09 meant")  # fmt: skip

    # Klaus Zimmermann (15): Mondays 11:00 phone, 26.10 cancelled.
    yes("gi40_zi_montag_abgesagt_woche_davor.eml", 15, (1095,), ("2026-10-19",), "2026-10-28 11:00",
        "Termine",
        "Hallo\nMontag war ja abgesagt. Die Woche davor hat die Krankengymnastik aber stattgefunden"
        " das wollte ich noch bestätigen\nMfg K. Zimmermann\n\nVon meinem Samsung Galaxy"
        " Smartphone gesendet.",
        client="samsung", note="Monday 26.10 cancelled (known); the Monday before, 19.10, took place")  # fmt: skip

    # Leonie Hartmann (20): Tuesdays 17:00 video.
    yes("gi41_ha_dienstag_woche_spaeter.eml", 20, (1120,), ("2026-11-03",), "2026-11-10 15:45",
        re(1120),
        "Hallo,\nsorry für die späte Antwort, ja Dienstag hat stattgefunden :)\nLG Leonie",
        client="webde", reply="cr-1120", style="webde",
        note="under the request for 03.11, written Tuesday 10.11 before that day's 17:00 session")  # fmt: skip

    # James O'Neill (23): Tuesdays 19:30 phone MT, English.
    yes("gi42_on_last_night.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:40", re(1136, "RE"),
        "Hi,\n\nconfirming last night's session took place.\n\nBest,\nJames O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip


def main() -> None:
    load_practice()
    tuesdays_and_mondays()
    wednesdays()
    thursdays_and_fridays()
    other_weekdays()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
