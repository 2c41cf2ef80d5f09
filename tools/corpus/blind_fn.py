"""Write blind set FN: sessions that went differently than planned. 41 mails: 31 that
confirm at least one session (a video switched to the phone half-way and finished, a late
start done in full, another therapist than usual, a session moved by a few hours on the
same day, often beside plain confirmations of other days, some of them with a second day
that was cut short or broken off), and 10 look-alikes that are not confirmations for a
careful employee (a session cut short after minutes, a connection that dropped for good,
a call that never came, a moved session that then did not happen, an "I'll be there"
before the session).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fn`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fn")


def done_in_full() -> None:
    yes("fn01_krueger_video_to_phone.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja die Behandlung am 27.01. hat stattgefunden. Nach ca 10 min ist das Bild"
        " eingefroren, Ihre Kollegin hat mich dann auf dem Handy angerufen und wir haben da"
        " weitergemacht bis zum Schluss. Alles gut also.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="video switched to phone half-way, finished: confirmed")  # fmt: skip
    yes("fn02_demir_late_start.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:41", re(1019),
        "Hallo, bestätige den Termin vom 04.03. Hat zwar ca 20 min später angefangen aber"
        " dann die volle Zeit gemacht, passt also.\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail",
        note="late start, full session: confirmed")  # fmt: skip
    yes("fn03_becker_other_therapist.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:12", re(1010),
        "Guten Abend,\n\ndie Behandlung am 2.2. hat stattgefunden, diesmal hat mich allerdings"
        " ein Herr Sommer angerufen und nicht Frau Lindner wie sonst. War aber völlig in"
        " Ordnung.\n\nGruß\nThomas Becker",
        client="webde", reply="cr-1010", style="webde",
        note="another therapist, session done: confirmed")  # fmt: skip
    yes("fn04_hoffmann_two_same_day_moved.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 16:02",
        re(1043),
        "Hallo zusammen,\n\nich bestätige beide Termine vom 18.05., das Gerätetraining und die"
        " Manuelle Therapie am Mittag. Das Gerätetraining ist auf Wunsch Ihrer Kollegin von"
        " 7:30 auf 9 Uhr gerutscht, hat aber komplett stattgefunden.\n\nBeste Grüße\n"
        "Peter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, the morning one moved by some hours: both confirmed")  # fmt: skip
    yes("fn05_schulz_moved_evening.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:20", re(1034, "Re"),
        "Hallo,\n\nwie am Telefon besprochen haben wir den Termin heute (16.4.) auf 18 Uhr"
        " geschoben. Hat dann geklappt, also hiermit bestätigt.\n\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True,
        note="moved by some hours on the same day, done: confirmed")  # fmt: skip
    yes("fn06_renate_two_days_late.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-04-02 10:05", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen am 23.3."
        " und 25.3.2026. Entschuldigung das es so lange gedauert hat.\n\nMit freundlichen"
        " Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("fn07_carter_froze_phone.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:22", re(1069, "Re"),
        "Hi, yes the session on 3 August took place. My video froze after a few minutes so"
        " the therapist called my mobile and we did the rest over the phone. All done.\n\n"
        "Thanks, Emily",
        client="gmail", reply="cr-1069", style="gmail_en",
        note="video switched to phone, finished: confirmed")  # fmt: skip
    yes("fn08_oneill_late_full.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 22:40", re(1136, "RE"),
        "Hello,\n\nconfirming my session on 14/04. I picked up about 15 min late (sorry!)"
        " but your therapist stayed on and we still did the full half hour.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en",
        note="late start on the patient's side, full session: confirmed")  # fmt: skip
    yes("fn09_neumann_two_days_other_voice.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 11:30", "Behandlungen diese Woche",
        "Guten Tag,\n\nich möchte die Behandlungen vom 7.7. und 9.7. bestätigen. Am Dienstag"
        " hat mich ein anderer Therapeut angerufen, ein junger Mann, aber er hat alles"
        " gemacht wie sonst auch.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("fn10_yildiz_called_later.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 14:03", re(1075),
        "hallo\nbehandlung am 5.8 war. therapeutin hat erst 11 uhr angerufen nicht 10.30 aber"
        " wir haben alles gemacht\ndanke\nFatma Yildiz",
        client="webde", reply="cr-1075", style="webde",
        note="started half an hour late, done: confirmed")  # fmt: skip
    yes("fn11_vogel_moved_noon.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 13:15", re(1082),
        "Sehr geehrtes Praxisteam,\n\nich bestätige die Behandlung vom 10.09.2026. Sie fand"
        " wegen eines Frühtermins meinerseits nicht um 7 Uhr, sondern um 12 Uhr statt, wie"
        " mit Ihnen abgesprochen.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n"
        "Vogel & Partner Rechtsanwälte\nTel. 0211 556677",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="moved from 7 to 12 the same day as agreed, done: confirmed")  # fmt: skip
    yes("fn12_lehmann_no_sound_phone.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:47", re(1087),
        "Hallo,\nam 8.9. ging bei mir der Ton im Video nicht, wir habens dann komplett übers"
        " Handy gemacht. Hat aber stattgefunden :)\nAnna",
        client="thunderbird", reply="cr-1087", style="thunderbird",
        note="done by phone instead of video, in full: confirmed")  # fmt: skip
    yes("fn13_zimmermann_three_late.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-11-09 09:12", "Bestätigung Oktober",
        "Moin,\n\nhiermit die Bestätigung für 5.10., 12.10. und 19.10. Am 19. hat mich die"
        " Vertretung angerufen, das war auch gut.\n\nKlaus Zimmermann")  # fmt: skip
    yes("fn14_schaefer_office_late_start.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:31",
        re(1098),
        "Guten Morgen,\n\nder Termin am 07.10. hat stattgefunden. Wegen Technikproblemen fing"
        " es etwa 10 Minuten später an, wurde dann aber ganz durchgezogen.\n\nFreundliche"
        " Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 06151 40302",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second address; late start, done: confirmed")  # fmt: skip
    yes("fn15_jansen_iphone_switch.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:08", re(1104),
        "Jo 22.10. hat geklappt 👍 Video ging erst nicht, dann halt per Telefon\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1104", style="iphone",
        note="video failed, done by phone: confirmed")  # fmt: skip
    yes("fn16_hartmann_plain_yes.eml", 20, (1120,), (), "2026-11-03 20:15", re(1120),
        "ja, hat stattgefunden. danke!",
        client="webde", reply="cr-1120", style="webde",
        note="a yes under our request that names no day")  # fmt: skip
    yes("fn17_wagner_three_substitute.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-01-27 18:44", "Bestätigung Januar",
        "Hallo liebes Praxisteam,\n\nich bestätige meine Termine am 12.01., 19.01. und"
        " 26.01. Am 19. war es eine andere Therapeutin, weil Frau Brandl krank war, hat aber"
        " super gepasst.\n\nLiebe Grüße\nSophie Wagner",
        client="webde")  # fmt: skip
    yes("fn18_aydin_one_pm.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:30", re(1130),
        "Hallo ich bestatige 19.02 termin, war um 13 uhr statt 12.30 aber alles gemacht\n"
        "Mehmet Aydin",
        client="samsung", reply="cr-1130", style="samsung",
        note="half an hour later the same day, done: confirmed")  # fmt: skip
    yes("fn19_berger_call_dropped_twice.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:40",
        re(1142),
        "Guten Tag,\n\nja, die Behandlung war am 6. Mai. Der Anruf ist am Anfang zweimal"
        " abgebrochen, danach hat es aber gehalten und wir haben alles geschafft.\n\n"
        "Freundliche Grüße\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird", bottom=True,
        note="call dropped twice at the start, then done in full: confirmed")  # fmt: skip
    yes("fn20_popescu_phone_finish.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:25", re(1046),
        "Guten Tag,\nich bestätige Behandlung am 2.6. Video war sehr schlecht, die"
        " Therapeutin hat mich dann mit Telefon angerufen und wir haben fertig gemacht.\n"
        "Danke schön\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo",
        note="video switched to phone, finished: confirmed")  # fmt: skip
    yes("fn21_richter_colleague.eml", 8, (1051,), (), "2026-06-03 20:05", re(1051),
        "Bestätigt. War diesmal bei der Kollegin, passt aber.\n\nJonas",
        client="iphone", reply="cr-1051", style="iphone",
        note="yes under our request without a day; another therapist")  # fmt: skip
    yes("fn22_demir_two_late_in.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-18 10:02", re(1021),
        "Hi, 11.3 und 18.3 haben beide stattgefunden. Am 18. bin ich erst viertel vor neun"
        " reingekommen aber wir haben dann bis viertel nach gemacht.\nLG Aylin Demir",
        client="gmail", reply="cr-1021", style="gmail",
        note="one day started late and ran over: both confirmed")  # fmt: skip
    yes("fn23_hoffmann_late_start.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:44", re(1040),
        "Guten Morgen,\n\nBehandlung am 04.05. hat stattgefunden. Ging zwar erst um 7:50 los,"
        " weil der Termin davor überzogen hat, aber wir hatten die vollen 30 Minuten.\n\n"
        "Gruß Peter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook",
        note="late start, full time: confirmed")  # fmt: skip
    yes("fn24_carter_two_substitute.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 08:15", "Confirming sessions",
        "Hi,\n\nI'd like to confirm my sessions on August 10th and August 17th. On the 17th"
        " it was Markus instead of my usual therapist, which was totally fine.\n\nCheers,\n"
        "Emily Carter",
        client="gmail")  # fmt: skip
    yes("fn25_wolff_moved_two_days.eml", 4, (1030, 1031), ("2026-01-30", "2026-02-06"),
        "2026-02-07 10:20", "Termine",
        "Guten Tag,\n\nder Termin 30.1. war in Ordnung. Am 6.2. wurde ja von 14 auf 16 Uhr"
        " verlegt, hat dann auch so stattgefunden.\n\nMfG\nH.-J. Wolff",
        client="tonline", note="second day moved by two hours, done: both confirmed")  # fmt: skip
    yes("fn26_jansen_second_session_plain.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 13:30",
        re(1106),
        "Hey, Training am 5.11. lief, diesmal auch mit Video ohne Probleme. Danke!\nOle",
        client="gmail", reply="cr-1106", style="gmail")  # fmt: skip


def partly_done() -> None:
    yes("fn27_wolff_second_cut_short.eml", 4, (1028,), ("2026-01-16",), "2026-01-24 09:40",
        "Behandlungen 16. und 23.1.",
        "Guten Tag,\n\ndie Behandlung am 16.1. hat stattgefunden. Am 23.1. mussten wir nach"
        " etwa 10 Minuten aufhören, weil mir schwindelig wurde. Die zählt wohl nicht.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", staff=True,
        note="16.1. done; 23.1. stopped after 10 minutes: not confirmed, staff")  # fmt: skip
    yes("fn28_brandt_second_dropped.eml", 10, (1063,), ("2026-07-03",), "2026-07-10 18:10",
        "Bestätigung 03.07. / Problem 10.07.",
        "Hallo,\n\nden Termin am 03.07. bestätige ich gern. Heute (10.07.) ist die Verbindung"
        " nach gut 5 Minuten abgebrochen und kam nicht wieder, auch ein Rückruf kam nicht."
        " Wie machen wir das?\n\nViele Grüße\nLukas Brandt",
        client="thunderbird", staff=True, extra=("technical", "question"),
        note="03.07. confirmed; 10.07. broken off for good: not confirmed, staff")  # fmt: skip
    yes("fn29_nowak_second_stopped.eml", 19, (1116,), ("2026-11-06",), "2026-11-13 11:05",
        "Termine 6.11. und 13.11.",
        "Hi,\n\n6.11. hat ganz normal stattgefunden. Heute (13.11.) haben wir nach einer"
        " Viertelstunde abgebrochen, weil mein Rücken zu sehr weh tat. Bitte melden Sie sich"
        " wegen eines Ersatztermins.\n\nDavid Nowak",
        client="plain", staff=True, extra=("reschedule",),
        note="13.11. broken off after 15 minutes: only 6.11. confirmed")  # fmt: skip
    yes("fn30_krueger_substitute_question.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-10 14:30", re(1005),
        "Hallo,\n\n03.02. und 10.02. haben beide stattgefunden. Heute war es die Vertretung,"
        " kommt Frau Lindner nächste Woche wieder?\n\nGruß Sabine Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True, extra=("question",),
        note="both confirmed; a question for staff")  # fmt: skip
    yes("fn31_becker_second_battery.eml", 2, (1011,), ("2026-02-05",), "2026-02-10 08:20",
        "Behandlungen letzte Woche / gestern",
        "Guten Morgen,\n\nder Termin am 05.02. hat stattgefunden. Gestern (09.02.) war nach"
        " ca. 10 Minuten mein Akku leer und ich wurde nicht mehr erreicht, die Behandlung ist"
        " also nicht fertig geworden.\n\nGruß\nThomas Becker",
        client="webde", staff=True,
        note="09.02. not finished: only 05.02. confirmed")  # fmt: skip


def not_confirmations() -> None:
    no("fn32_krueger_dropped_for_good.eml", 1, ("technical",), "2026-02-17 12:10", re(1006),
       "Hallo,\n\nheute ist die Verbindung nach 5 Minuten abgebrochen und kam nicht wieder."
       " Ich habe noch 20 Minuten gewartet. Das kann ich so leider nicht bestätigen.\n\n"
       "Gruß Sabine Krüger",
       client="webde", reply="cr-1006", style="webde",
       note="connection lost for good after 5 minutes: not confirmed")  # fmt: skip
    no("fn33_schulz_stopped_early.eml", 5, ("question",), "2026-04-23 18:05", re(1035),
       "Hallo,\n\nwir mussten heute nach ca. 10 Minuten aufhören, weil meine Tochter aus der"
       " Kita abgeholt werden musste. Soll ich das trotzdem bestätigen?\n\nMarie Schulz",
       client="thunderbird", reply="cr-1035", style="thunderbird",
       note="stopped after 10 minutes, asks whether to confirm: staff")  # fmt: skip
    no("fn34_brandt_kept_dropping.eml", 10, ("technical",), "2026-07-17 18:20", re(1065),
       "Hallo,\n\ndie Verbindung ist heute ständig abgebrochen, nach einer Viertelstunde ging"
       " gar nichts mehr. Ich kann daher nicht bestätigen, dass die Behandlung stattgefunden"
       " hat.\n\nLukas Brandt",
       client="thunderbird", reply="cr-1065", style="thunderbird")  # fmt: skip
    no("fn35_carter_dropped_english.eml", 11, ("technical", "reschedule"), "2026-08-24 14:05",
       re(1072, "Re"),
       "Hi, the video dropped after about ten minutes today and we never got it back, so I"
       " don't think I should confirm this one. Could we make it up later this week?\n\nEmily",
       client="gmail", reply="cr-1072", style="gmail_en",
       note="session broken off: not confirmed, wants a make-up session")  # fmt: skip
    no("fn36_aydin_no_call.eml", 22, ("other",), "2026-02-26 14:30", re(1131),
       "Hallo, heute 26.02 hat mich keiner angerufen, ich habe gewartet bis 13 uhr. Bitte"
       " rufen sie mich an\nMehmet",
       client="samsung", reply="cr-1131", style="samsung",
       note="the call never came: no treatment")  # fmt: skip
    no("fn37_schaefer_before_session.eml", 16, ("other",), "2026-11-11 08:15",
       reminder_subject(1103),
       "Danke für die Erinnerung, ich bestätige heute Abend 19 Uhr, bin dabei.\n\nBirgit"
       " Schäfer",
       client="webde", reply="rem-1103", style="webde", staff=False,
       note="an acknowledgement of tonight's session before it took place")  # fmt: skip
    no("fn38_zimmermann_moved_no_call.eml", 15, ("other",), "2026-11-02 17:10", re(1097),
       "Hallo,\n\nder Termin heute wurde ja telefonisch auf 15 Uhr verschoben, dann hat aber"
       " niemand angerufen. Was ist da los?\n\nKlaus Zimmermann",
       client="plain", reply="cr-1097", style="outlook",
       note="moved the same day, then did not take place: staff")  # fmt: skip
    no("fn39_jansen_switch_then_cut.eml", 17, ("reschedule",), "2026-10-29 12:20", re(1105),
       "Hi, Video ging heute nicht, sind dann aufs Telefon, aber nach 10 min musste Ihre"
       " Kollegin weg (Notfall). Sie meinte wir holen das nach, wann geht das?\nOle",
       client="gmail", reply="cr-1105", style="gmail",
       note="switched to phone but cut short after 10 minutes: not confirmed")  # fmt: skip
    no("fn40_richter_no_call_back.eml", 8, ("technical",), "2026-06-10 20:30", re(1052),
       "Hallo, die Sitzung heute hat nur 10 Minuten gedauert, dann war das Video weg. Die"
       " Therapeutin wollte zurückrufen, hat sie aber nicht.\n\nJonas Richter",
       client="iphone", reply="cr-1052", style="iphone",
       note="broken off after 10 minutes, no call back: not confirmed")  # fmt: skip
    no("fn41_lehmann_substitute_short.eml", 14, ("question",), "2026-09-15 15:40", re(1088),
       "Hallo,\n\nheute hat mich eine Vertretung behandelt, die hatte aber nur eine"
       " Viertelstunde Zeit. Zählt das als ganze Behandlung? Ich will nichts falsch"
       " bestätigen.\n\nAnna Lehmann",
       client="thunderbird", reply="cr-1088", style="thunderbird",
       note="only a quarter of an hour: patient unsure, not confirmed")  # fmt: skip


def main() -> None:
    load_practice()
    done_in_full()
    partly_done()
    not_confirmations()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
