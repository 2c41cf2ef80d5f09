"""Write blind set EJ: sessions that went differently than planned, 44 mails. A video
session switched to the phone and finished, sessions that started late or were moved by
some hours on the same day but were done in full, sessions given by a stand-in therapist
(all confirmed), beside sessions cut short after some minutes, broken off by a dropped
connection or never called (not confirmed, to staff), and mails that confirm one session
and report another as cut short. 31 confirmations, 13 look-alikes.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ej`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ej")


def winter() -> None:
    yes("ej01_krueger_video_to_phone.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 11:50", re(1003),
        "Hallo,\nja hat stattgefunden am 27.1. Das Video ist zwar nach 10 min hängen geblieben, "
        "aber die Therapeutin hat mich dann angerufen und wir haben am Telefon weitergemacht bis zum Schluss.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="switched from video to phone and finished: done in full")  # fmt: skip
    yes("ej02_krueger_late_start_full.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 13:00", re(1004),
        "Bestätige den 3.2. Wir haben etwas später angefangen, so viertel nach, aber die volle halbe Stunde gemacht.\n\nSabine Krüger",
        client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("ej03_krueger_two_days_standin.eml", 1, (1005, 1006), ("2026-02-10", "2026-02-17"), "2026-02-18 09:10",
        "Bestätigung Termine",
        "Hallo,\n\nhiermit bestätige ich die Behandlungen am 10.02. und 17.02. Am 17. hat mich jemand anderes "
        "behandelt weil meine Therapeutin krank war, war aber auch gut.\n\nViele Grüße\nSabine Krüger",
        client="webde", note="a stand-in therapist on 17.02.: still a full session")  # fmt: skip
    no("ej04_becker_cut_short_kita.eml", 2, ("question",), "2026-02-02 19:05", re(1010),
       "Hallo,\nder Termin heute hat zwar angefangen, aber nach ca. 10 Minuten musste ich leider abbrechen, "
       "mein Sohn musste dringend aus der Kita abgeholt werden. Wie machen wir das jetzt?\n\nT. Becker",
       reply="cr-1010", style="webde", note="cut short after 10 minutes: not a full session")  # fmt: skip
    yes("ej05_becker_two_days_late_call.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"), "2026-02-13 08:00",
        "Termine 09.02. und 12.02.",
        "Moin,\ndie Termine 09.02. und 12.02. bestätigt. Am 12. kam der Anruf erst um 18 Uhr statt halb sechs, "
        "hat aber ganz normal geklappt.\nThomas Becker",
        note="late call on 12.02. but done normally")  # fmt: skip
    yes("ej06_becker_colleague.eml", 2, (1014,), ("2026-02-16",), "2026-02-16 19:40", re(1014),
        "Ja, der Termin heute (16.2.) hat stattgefunden. War diesmal bei einem Kollegen statt bei meiner "
        "üblichen Therapeutin, sonst alles normal.\n\nBeste Grüße\nThomas Becker",
        reply="cr-1014", style="webde")  # fmt: skip
    yes("ej07_demir_phone_instead.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:02", re(1019),
        "hallo ja 4.3. hat stattgefunden. video ging bei mir nich, dann haben wir übers handy telefoniert hat gepasst\n\nlg aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    no("ej08_demir_dropped.eml", 3, ("technical", "reschedule"), "2026-03-11 10:40", re(1020),
       "Hallo,\nleider ist die Verbindung heute nach ca 5 Minuten komplett abgebrochen und ich bin nicht mehr "
       "reingekommen. Die Therapeutin hat dann auch nicht mehr angerufen. Also hat das heute nicht wirklich "
       "stattgefunden. Können wir das nachholen?\n\nLG Aylin Demir",
       client="gmail", reply="cr-1020", style="gmail", note="connection dropped for good after 5 minutes")  # fmt: skip
    yes("ej09_demir_two_days_she_was_late.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"), "2026-03-26 19:20",
        "Bestätigung 18.3 und 25.3",
        "Hi,\nbestätige 18.03 und 25.03. Am 25. hab ich mich bisschen verspätet (ca. 10 min), wir haben dann "
        "aber trotzdem alles gemacht und bisschen länger.\nLG Aylin",
        client="gmail")  # fmt: skip
    yes("ej10_wolff_call_later.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 15:45", re(1028),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 16.01.2026 hat stattgefunden. Der Anruf kam etwas "
        "später, ca. 14:20 Uhr, die Behandlung ging dann aber die volle Zeit.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    no("ej11_wolff_dizzy_stopped.eml", 4, ("question",), "2026-01-23 16:10", re(1029),
       "Guten Tag,\n\nam 23.01. wurde die Behandlung nach etwa einer Viertelstunde beendet, weil mir schwindelig "
       "wurde. Die Therapeutin meinte, wir machen nächstes Mal weiter. Bitte klären Sie, ob das so abgerechnet "
       "werden kann.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
       client="tonline", reply="cr-1029", style="tonline", note="broken off after a quarter hour")  # fmt: skip
    yes("ej12_wolff_four_days.eml", 4, (1030, 1031, 1032, 1033), ("2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-21 10:30", "Termine 30.01. 06.02. 13.02. 20.02.",
        "Guten Tag,\n\nich bestätige die Telefontermine am 30.01., 06.02., 13.02. und 20.02. Am 13.02. rief ein "
        "anderer Therapeut an, auch sehr freundlich.\n\nMfG\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip


def spring() -> None:
    yes("ej13_schulz_phone_asks.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:25", re(1034),
        "Hallo,\n\nja, die Behandlung am 16.04. fand statt – wir haben allerdings nach der Hälfte auf Telefon "
        "gewechselt, weil das Bild immer eingefroren ist. Ist das für die Kasse ein Problem?\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", staff=True, extra=("question",),
        note="finished by phone: confirmed, but she asks a question")  # fmt: skip
    no("ej14_schulz_gone.eml", 5, ("technical",), "2026-04-23 17:40", re(1035),
       "Hallo,\n\nheute ist die Verbindung nach ein paar Minuten weggebrochen und kam nicht wieder, ich habe "
       "noch 20 min gewartet. Bitte nicht als stattgefunden werten.\n\nMarie Schulz",
       client="thunderbird", reply="cr-1035", style="thunderbird")  # fmt: skip
    yes("ej15_schulz_moved_same_day.eml", 5, (1036, 1037), ("2026-04-30", "2026-05-07"), "2026-05-08 08:15",
        "Bestätigung",
        "Hallo,\nBestätigung für den 30.4. und 7.5. Am 7.5. wurde der Termin ja kurzfristig auf 17:30 verlegt, "
        "hat dann so stattgefunden.\nGrüße Marie Schulz",
        client="thunderbird", note="moved by two hours on the same day, done")  # fmt: skip
    yes("ej16_hoffmann_kgg_yes_mt_cut.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 14:00", re(1042),
        "Guten Tag,\n\nbestätige die KGG-Einheit heute früh (18.05.). Die MT um 12:30 musste ich leider nach "
        "10 Minuten abbrechen, Kundentermin kam dazwischen. Die bitte nicht abrechnen bzw. kurz Rückmeldung, "
        "wie Sie damit umgehen.\n\nP. Hoffmann",
        client="outlook", reply="cr-1042", style="outlook", staff=True, extra=("question",),
        note="KGG 07:30 done; MT 12:30 same day cut short after 10 minutes")  # fmt: skip
    yes("ej17_hoffmann_late_start.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:10", re(1040),
        "Hat stattgefunden, 04.05., Beginn wegen technischer Probleme erst 07:45, Dauer trotzdem vollständig.\n\nGruß P. Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    no("ej18_hoffmann_ten_minutes.eml", 6, ("question",), "2026-05-11 09:20", re(1041),
       "Moin,\n\nheute hat sich die Therapeutin erst um 7:50 eingewählt und wir waren um 8:00 fertig, weil ich "
       "losmusste. Also nur ca. 10 Min. Wie wird das gehandhabt?\n\nP. Hoffmann",
       client="outlook", reply="cr-1041", style="outlook", note="late and only 10 minutes")  # fmt: skip
    yes("ej19_popescu_phone_to_end.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 12:40", re(1046),
        "Hallo, ja behandlung war heute 2.6. Video war schlecht und dann therapeutin hat mich angerufen auf "
        "handy, wir haben gemacht bis ende.\nDanke, Elena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    no("ej20_popescu_internet.eml", 7, ("technical", "reschedule"), "2026-06-09 13:15", re(1047),
       "Hallo, heute internet ist kaputt, verbindung weg nach 3 minuten, nicht mehr gekommen. Ich warte auf "
       "neuen termin.\nElena",
       client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("ej21_popescu_other_therapist.eml", 7, (1048,), ("2026-06-16",), "2026-06-17 08:05", re(1048),
        "ja, 16.6 war behandlung, andere therapeutin aber gut\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo")  # fmt: skip
    yes("ej22_richter_started_late.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:05", re(1051),
        "Ja, fand statt (03.06.). Ging erst um 18:15 los aber volle Zeit.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    no("ej23_richter_battery.eml", 8, ("technical",), "2026-06-10 21:10", re(1052),
       "Hi, nach ca 10 min ist mein Akku leer gegangen, sorry. Danach nicht mehr reingekommen. Also eher nicht "
       "stattgefunden\n\nJonas\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("ej24_richter_moved_to_eight.eml", 8, (1053,), ("2026-06-17",), "2026-06-20 10:30", re(1053),
        "17.6. bestätigt. Wurde ja auf 20 Uhr geschoben, hat gepasst 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone", note="moved by two hours the same day, done")  # fmt: skip


def summer() -> None:
    yes("ej25_neumann_two_days_other_lady.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"), "2026-07-17 10:00",
        "Behandlungen",
        "Guten Tag,\n\nhiermit bestätige ich die Telefonbehandlungen vom 14.7. und 16.7.2026. Am 16. rief eine "
        "andere Dame an als sonst, die Übungen waren aber dieselben.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    no("ej26_neumann_doorbell.eml", 9, ("question",), "2026-07-21 11:15", re(1060),
       "Sehr geehrte Damen und Herren,\n\ndas Gespräch heute wurde nach wenigen Minuten unterbrochen, es "
       "klingelte an der Tür und danach hat niemand mehr angerufen. Ich weiß nicht, ob das zählt.\n\n"
       "Mit freundlichen Grüßen\nGisela Neumann",
       client="thunderbird", reply="cr-1060", style="thunderbird")  # fmt: skip
    yes("ej27_neumann_late_two_days.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"), "2026-08-20 16:40",
        "Nachtrag Bestätigung",
        "Guten Tag,\n\nich habe vergessen, den 7.7. und den 9.7. zu bestätigen. Beide Behandlungen haben "
        "stattgefunden, am 9.7. wurde die Behandlung auf 11 Uhr gelegt.\n\nMit freundlichen Grüßen\nGisela Neumann",
        note="written six weeks later; 9.7. moved to 11:00, done")  # fmt: skip
    yes("ej28_brandt_bottom_phone_rest.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 17:50", re(1063),
        "Ja, hat am 03.07. stattgefunden. Nach der Hälfte ist das Video eingefroren, den Rest haben wir per "
        "Telefon gemacht.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    no("ej29_brandt_half_missing.eml", 10, ("technical", "question"), "2026-07-10 18:05", re(1064),
       "Leider heute: Verbindung nach ca. 15 Minuten abgebrochen, danach ging gar nichts mehr. Die zweite "
       "Hälfte fehlt also. Wie weiter?\n\nLukas Brandt",
       client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    yes("ej30_carter_switched_to_call.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 13:45", re(1069, "Re"),
        "Hi,\n\nyes, the session on 3 August took place. The video kept freezing so we switched to a phone call "
        "halfway through and finished it that way.\n\nBest,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    no("ej31_carter_therapist_left.eml", 11, ("reschedule",), "2026-08-10 14:00", re(1070, "Re"),
       "Hi,\n\nunfortunately the session today got cut short - the therapist had to leave after about 10 "
       "minutes because of an emergency. Can we make up for it?\n\nEmily",
       client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ej32_carter_two_sessions_cover.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"), "2026-08-25 09:30",
        "Sessions 17 and 24 August",
        "Hi,\n\nconfirming my sessions on Aug 17 and Aug 24. The 24th was with a different therapist (covering) "
        "and started 10 minutes late, but we did the full half hour.\n\nThanks,\nEmily Carter",
        client="gmail")  # fmt: skip
    yes("ej33_yildiz_later_all_done.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:30", re(1075),
        "hallo ja war heute 5.8. telefon, hat spater angefangen aber alles gemacht\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("ej34_yildiz_one_yes_one_short.eml", 12, (1076,), ("2026-08-12",), "2026-08-27 20:10", "Termine",
        "Hallo ich bestätige 12.8 und 26.8. Am 26.8 wir haben nur kurz gesprochen 5 minuten weil mein kind "
        "krank, das bitte nicht zählen.\nFatma Yildiz",
        client="webde", staff=True, note="26.8. only 5 minutes: not confirmed, to staff")  # fmt: skip


def autumn() -> None:
    yes("ej35_lehmann_moved_half_hour.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 15:10", re(1088),
        "Hallo,\n\nbestätige den 15.09. Termin wurde ja auf 13:30 verschoben, hat dann normal stattgefunden.\n\n"
        "Anna Lehmann",
        client="outlook", reply="cr-1088", style="outlook")  # fmt: skip
    yes("ej36_schaefer_work_address_phone.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 07:50", re(1099),
        "Guten Morgen,\n\nbestätige 14.10. Wir sind auf Telefon umgestiegen, weil der Link bei mir im Firmennetz "
        "blockiert war, Behandlung aber komplett.\n\nBirgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", reply="cr-1099", style="outlook_classic", sender="b.schaefer@schaefer-steuerberatung.de")  # fmt: skip
    yes("ej37_koch_one_normal_one_broken.eml", 18, (1111,), ("2026-03-30",), "2026-04-02 09:45",
        "Bestätigung 30.3. und 1.4.",
        "Guten Tag,\n\nam 30.3. war alles normal. Am 1.4. wurde das Telefonat nach der Hälfte unterbrochen und "
        "es kam kein Rückruf mehr.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", staff=True, extra=("technical",),
        note="1.4. broken off half-way: not confirmed")  # fmt: skip
    yes("ej38_oneill_call_at_eight.eml", 23, (1137,), ("2026-04-21",), "2026-04-21 21:20", re(1137, "RE"),
        "Hi,\n\nconfirming tonight's session (21 April). The call came in around 8pm instead of 7:30 but we did "
        "the full session.\n\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    no("ej39_oneill_no_signal.eml", 23, ("technical",), "2026-04-29 08:00", re(1138, "RE"),
       "Hi,\n\njust to let you know: yesterday's call dropped after maybe 5 minutes and we couldn't reconnect, "
       "my phone had no signal. So please don't count 28 April as done.\n\nJames O'Neill",
       client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    yes("ej40_aydin_other_colleague.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 14:25", re(1131),
        "Hallo, Termin heute 26.2 hat stattgefunden, war ein anderer Kollege am Telefon, alles gut.\nGruß Mehmet",
        client="samsung", reply="cr-1131", style="samsung")  # fmt: skip
    no("ej41_aydin_moved_nobody_called.eml", 22, ("question",), "2026-03-05 16:40", re(1132),
       "Hallo, heute Termin wurde auf 16 Uhr gelegt aber keiner hat angerufen um 16 Uhr. Um 12:30 auch nicht. "
       "Also nix stattgefunden ??\nMehmet Aydin",
       client="samsung", reply="cr-1132", style="samsung", note="moved the same day and then not held")  # fmt: skip
    yes("ej42_berger_stand_in.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"), "2026-05-21 11:00",
        "Bestätigung",
        "Guten Tag,\n\ndie Behandlungen am 13.5. und 20.5. haben stattgefunden. Am 20.5. war meine Therapeutin "
        "im Urlaub, die Vertretung hat angerufen.\n\nFreundliche Grüße\nU. Berger")  # fmt: skip
    yes("ej43_wagner_twenty_late.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 11:30", re(1128),
        "Hallo, ja 9.2. hat stattgefunden, wir haben 20 min später angefangen, ging dann bis 10:20, also komplett.\n\nSophie",
        reply="cr-1128", style="webde")  # fmt: skip
    no("ej44_nowak_twenty_of_thirty.eml", 19, ("question",), "2026-11-06 10:00", re(1116),
       "Moin,\n\nSitzung 06.11. - wurde nach ca. 20 von 30 min beendet, weil die Therapeutin zum nächsten "
       "Patienten musste (wir hatten ja 10 min später angefangen). Ich würde sagen, das zählt nur halb?\n\nDavid",
       client="thunderbird", reply="cr-1116", style="thunderbird", note="20 of 30 minutes: not in full")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
