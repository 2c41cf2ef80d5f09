"""Write blind set GE: days with more than one session and sessions that went differently.

44 mails, 34 that confirm (or mean to confirm) and 10 look-alikes. Peter Hoffmann's Monday
18.05.2026 with KG am Gerät at 07:30 and Manuelle Therapie at 12:30 is answered in many
ways: one session confirmed by kind or time and the other missed or cut short, both
confirmed, the MT moved by a few hours, and a day that is not told apart. Beside it,
sessions switched from video to the phone and finished, sessions that started late or were
moved within the day and were done in full (confirmed), and sessions cut short, broken off
for good or not held (not confirmed, staff), often next to plain confirmations of other days
in the same mail. The look-alikes are replies under our request that report a session cut
short, a connection that dropped for good, or a session that never got going.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ge`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ge")


def double_day() -> None:
    """Peter Hoffmann (private): 18.05.2026 KGG 07:30 (1042) and MT 12:30 (1043)."""
    yes("ge01_hoffmann_mt_yes_kgg_missed.eml", 6, (1043,), ("2026-05-18",), "2026-05-18 15:12", re(1043),
        "Hallo,\n\ndie MT mittags am 18.05. hat stattgefunden, danke.\n"
        "Die KGG am Morgen habe ich leider verpasst, der Wecker hat nicht geklingelt. "
        "Tut mir leid, bitte sagen Sie mir, ob ich die bezahlen muss.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook", extra=("question",), staff=True,
        note="MT confirmed by kind; the KGG the same morning was missed")  # fmt: skip
    yes("ge02_hoffmann_morning_yes_noon_cut.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 19:48", re(1042),
        "Guten Abend,\n\n"
        "bestätige den Termin um 7:30 am 18.5., lief gut.\n"
        "Der um 12:30 ging leider nur ca. 10 Minuten, dann kam ein Kunde rein und ich musste "
        "abbrechen. Den bitte nicht als voll werten.\n\n"
        "P. Hoffmann\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1042", style="iphone", staff=True,
        note="07:30 session confirmed by time; the 12:30 MT was cut short after ten minutes")  # fmt: skip
    yes("ge03_hoffmann_both_named.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 08:05",
        "Bestätigung Termine 18.05.2026",
        "Sehr geehrte Damen und Herren,\n\n"
        "am Montag, den 18.05.2026 hatte ich zwei Behandlungen bei Ihnen: morgens KG am Gerät "
        "und mittags Manuelle Therapie. Beide haben stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", note="both sessions of the day named by kind and confirmed")  # fmt: skip
    yes("ge04_hoffmann_day_not_told_apart.eml", 6, (), ("2026-05-18",), "2026-05-20 21:30",
        "Behandlung 18.5.",
        "Hallo,\n\nich bestätige die Behandlung am 18.5.\n\nVG Hoffmann",
        client="outlook",
        staff=True, note="one treatment on a day with two sessions (KGG and MT); which one is not said")  # fmt: skip
    yes("ge05_hoffmann_both_under_kgg_request.eml", 6, (1042, 1043), (), "2026-05-18 17:40", re(1042),
        "Ja, beide Behandlungen haben stattgefunden, Gerät und MT.\n\nGruß P.H.",
        client="outlook", reply="cr-1042", style="outlook",
        note="a yes under the KGG request that clearly covers both sessions of that day")  # fmt: skip
    yes("ge06_hoffmann_mt_moved_afternoon.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:20", re(1043),
        "Hallo Praxis Impulse,\n\n"
        "die KGG am 18.05. früh hat ganz normal stattgefunden. Die MT hatten wir am selben Tag "
        "von halb eins auf 16 Uhr geschoben, weil ich einen Termin beim Zahnarzt hatte, und "
        "um 16 Uhr dann auch komplett gemacht.\n\n"
        "Viele Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="KGG plain; the MT moved by a few hours the same day and done in full")  # fmt: skip
    yes("ge07_hoffmann_unsure_which_cut.eml", 6, (), ("2026-05-18",), "2026-05-22 12:10",
        "Termine am 18.05.",
        "Hallo,\n\n"
        "kurze Info zu Montag 18.5.: da hatte ich ja zwei Termine. Einer lief komplett, beim "
        "anderen ist nach ein paar Minuten das Video abgestürzt und wir haben es gelassen. "
        "Ich weiß ehrlich gesagt nicht mehr, welcher welcher war, ich glaube das Gerät war "
        "der kaputte? Können Sie bei der Therapeutin nachfragen?\n\n"
        "Peter Hoffmann",
        client="outlook", extra=("question",), staff=True,
        note="one of the two sessions broken off, the patient cannot say which: nothing recorded")  # fmt: skip
    yes("ge08_hoffmann_video_to_phone.eml", 6, (1044,), (), "2026-05-26 09:41", re(1044),
        "Video ging bei mir nicht, die Therapeutin hat dann auf dem Handy angerufen und wir "
        "haben die halbe Stunde am Telefon gemacht. Also ja, hat stattgefunden.\n\nHoffmann",
        client="iphone", reply="cr-1044", style="iphone",
        note="video switched to phone and finished")  # fmt: skip


def went_differently() -> None:
    """Sessions switched to the phone, started late or moved within the day, done in full."""
    yes("ge09_krueger_late_start.eml", 1, (1003,), (), "2026-01-27 13:02", re(1003),
        "Hallo, ja hat stattgefunden. hat zwar 10 min später angefangen als geplant aber wir "
        "haben die ganze zeit gemacht.\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="late start, full session")  # fmt: skip
    yes("ge10_demir_camera_phone.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:47", re(1020),
        "ja am 11.3. war die behandlung. meine kamera ging nicht deswegen haben wir übers telefon "
        "weiter gemacht, hat aber gut geklappt\n\nAylin",
        client="gmail", reply="cr-1020", style="gmail",
        note="video switched to phone, done")  # fmt: skip
    yes("ge11_demir_moved_to_eleven.eml", 3, (1021,), ("2026-03-18",), "2026-03-18 13:15", re(1021),
        "Hat stattgefunden 👍 Am 18.03. wurde es nur auf 11 Uhr verschoben statt halb 9, "
        "war aber komplett.",
        client="iphone", reply="cr-1021", style="iphone", bottom=True,
        note="moved by a few hours on the same day, done in full; bottom-posted")  # fmt: skip
    yes("ge12_wolff_call_late.eml", 4, (1029,), ("2026-01-23",), "2026-01-23 17:05", re(1029),
        "Guten Tag,\n\nich bestätige die Behandlung vom 23.01.2026. Der Anruf kam erst um halb drei, "
        "wir haben dann bis drei Uhr gemacht, also die volle Zeit.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1029", style="tonline",
        note="late call, full half hour")  # fmt: skip
    yes("ge13_schulz_laptop_crash.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 19:02", re(1035),
        "Hallo,\n\nja, am 23.4. war die KG. Lief erst über Video, dann übers Telefon weil mein "
        "Laptop abgestürzt ist. Die Übungen haben wir aber alle fertig gemacht.\n\n"
        "Grüße, Marie Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", bottom=True,
        note="video then phone, finished")  # fmt: skip
    yes("ge14_popescu_learner_phone.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 14:20", re(1047),
        "Buna ziua,\n\nja die Therapie am 9 Juni war. Video war schlecht, dann Telefon. "
        "Alles gemacht, alle Übungen.\n\nDanke\nElena",
        client="yahoo", reply="cr-1047", style="yahoo",
        note="learner's German: video bad, then phone, all done")  # fmt: skip
    yes("ge15_richter_late_full.eml", 8, (1052,), (), "2026-06-10 20:03", re(1052),
        "Jo hat gepasst, ging halt erst 18:20 los aber dafür die volle Zeit 👍",
        client="iphone", reply="cr-1052", style="iphone",
        note="late start, full time")  # fmt: skip
    yes("ge16_richter_two_days_one_switched.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"), "2026-06-25 07:55",
        "MT Juni",
        "Hey,\n\nMT am 17.6. ✔️ und am 24.6. ✔️\n"
        "Am 24. sind wir nach 20 min aufs Telefon umgestiegen weil das Bild eingefroren ist, "
        "haben aber bis zum Ende gemacht.\n\nJonas",
        client="iphone", note="two days, one switched to phone and finished")  # fmt: skip
    yes("ge17_neumann_three_days_one_later.eml", 9, (1056, 1057, 1058), ("2026-07-07", "2026-07-09", "2026-07-14"),
        "2026-07-15 10:12", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich die Behandlungen am Dienstag, 7.7., und Donnerstag, 9.7.\n"
        "Am Dienstag, 14.7. hat die Therapeutin erst um 11 Uhr angerufen statt um 9, das hatten "
        "wir so abgesprochen. Die Behandlung hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", note="three days, the last moved by two hours and held")  # fmt: skip
    yes("ge18_brandt_moved_evening.eml", 10, (1065,), ("2026-07-17",), "2026-07-17 20:10", re(1065, "Re"),
        "Hallo,\n\nBehandlung vom 17.07. bestätigt. Wir hatten sie auf 19 Uhr verlegt, weil ich "
        "noch beim Arzt war, hat dann wie besprochen geklappt.\n\nLukas Brandt",
        client="thunderbird", reply="cr-1065", style="thunderbird",
        note="moved by three hours the same day, held")  # fmt: skip
    yes("ge19_carter_freeze_phone.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 15:31", re(1070, "Re"),
        "Hi,\n\nyes, the session on Aug 10 happened. The video kept freezing so we switched to a "
        "phone call about halfway through, but we did the full 30 minutes.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en",
        note="English: switched to phone, full 30 minutes")  # fmt: skip
    yes("ge20_yildiz_called_late.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 16:40", re(1076),
        "hallo\nja hat stattgefunden am 12.08. die frau hat erst um 12 angerufen wegen verspätung "
        "aber wir haben alles gemacht\nfatma yildiz",
        client="webde", reply="cr-1076", style="webde",
        note="call late, everything done")  # fmt: skip
    yes("ge21_vogel_started_0715.eml", 13, (1083,), ("2026-09-17",), "2026-09-17 09:02", re(1083),
        "Guten Morgen,\n\nBestätigung für den 17.09.2026. Die Sitzung begann wegen technischer "
        "Probleme auf Ihrer Seite erst um 07:15, wurde aber vollständig durchgeführt.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\nVogel & Partner",
        client="outlook", reply="cr-1083", style="outlook",
        note="late start, completed")  # fmt: skip
    yes("ge22_lehmann_moved_afternoon.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 17:30", re(1088),
        "Hallo,\n\nich bestätige den Termin am 15.9. Wir haben ihn auf 15 Uhr verlegt, weil meine "
        "Vorlesung länger ging – hat dann problemlos geklappt.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird",
        note="moved by two hours, held")  # fmt: skip
    yes("ge23_nowak_phone_instead.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:15", re(1117, "Re"),
        "Confirmed for 13.11. Video hat bei mir nicht geladen, haben es per Telefon gemacht, "
        "ganze Sitzung.\n\nDavid",
        client="plain", reply="cr-1117", style="gmail_en",
        note="mixed English/German: phone instead of video, full session")  # fmt: skip
    yes("ge24_hartmann_kita_late.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:20", re(1121),
        "Hallo, Termin am 10.11 hat stattgefunden, haben wegen Kita aber erst um 18 Uhr angefangen. "
        "Alles gut\n\nGesendet von meinem Samsung Galaxy",
        client="samsung", reply="cr-1121", style="samsung",
        note="started an hour late, done")  # fmt: skip
    yes("ge25_aydin_moved_two.eml", 22, (1132,), ("2026-03-05",), "2026-03-05 15:20", re(1132),
        "hallo ja war am 5.3. um 14 uhr statt halb eins, hat die therapeutin so verschoben. "
        "alles gemacht\nmehmet",
        client="outlook", reply="cr-1132", style="outlook",
        note="moved by 90 minutes, done")  # fmt: skip
    yes("ge26_oneill_ran_over.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:10", re(1137, "RE"),
        "Hi,\n\nconfirming 21 April. The call came in about 20 minutes late but the therapist ran "
        "over so we got the full half hour.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en",
        note="late call, full half hour")  # fmt: skip


def mixed_days() -> None:
    """Plain confirmations next to a session cut short, broken off or not held."""
    yes("ge27_becker_four_days_one_late.eml", 2, (1010, 1011, 1012, 1013),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 08:30", "MT Termine Februar",
        "Hallo,\n\nhiermit bestätige ich die MT am 02.02., 05.02., 09.02. und 12.02.\n"
        "Am 12.02. hat das Telefonat erst gegen 18 Uhr angefangen, wurde aber ganz gemacht.\n\n"
        "Gruß Thomas Becker",
        client="webde", note="four days, one started late and was done in full")  # fmt: skip
    yes("ge28_wolff_three_yes_power_cut.eml", 4, (1030, 1031, 1032), ("2026-01-30", "2026-02-06", "2026-02-13"),
        "2026-02-23 10:05", "Bestätigung Behandlungen",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich die Termine vom 30.01., 06.02. und 13.02.2026.\n"
        "Am 20.02. wurde das Telefonat nach zehn Minuten unterbrochen, weil bei mir der Strom "
        "ausgefallen ist. Bitte rufen Sie mich wegen eines Ersatztermins an.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", extra=("reschedule",), staff=True,
        note="three confirmed; 20.02 broken off after ten minutes, replacement wanted")  # fmt: skip
    yes("ge29_schulz_moved_and_no_session.eml", 5, (1037,), ("2026-05-07", "2026-05-14"), "2026-05-15 18:00",
        "KG Mai",
        "Hallo,\n\nam 07.05. hat die KG stattgefunden, wurde nur auf 17 Uhr verschoben. "
        "Die vom 14.05. ebenfalls.\n\nMarie Schulz",
        client="thunderbird", staff=True,
        note="07.05 moved and held; 14.05 matches no appointment")  # fmt: skip
    yes("ge30_brandt_half_then_full.eml", 10, (1067,), ("2026-07-31",), "2026-08-01 11:20", "Behandlungen Juli",
        "Hallo zusammen,\n\n"
        "am 24.7. mussten wir nach der Hälfte aufhören, weil mein Rücken zu sehr wehgetan hat. "
        "Der Termin am 31.7. war dagegen komplett, den kann ich bestätigen.\n\nLukas",
        client="thunderbird", staff=True,
        note="31.07 confirmed; 24.07 stopped halfway")  # fmt: skip
    yes("ge31_schaefer_work_address_short_call.eml", 16, (1098, 1099), ("2026-10-07", "2026-10-14"),
        "2026-10-22 08:45", "Termine Physio",
        "Guten Morgen,\n\nbestätige die Behandlungen vom 07.10. und 14.10.\n"
        "Am 21.10. kam ich nicht in den Videoraum, wir haben dann telefoniert, aber nur kurz "
        "(10 Min.), weil ich noch einen Mandanten hatte.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer", staff=True,
        note="from her second address; two confirmed, 21.10 only a short call")  # fmt: skip
    yes("ge32_koch_three_yes_one_broken.eml", 18, (1109, 1110, 1111), ("2026-03-23", "2026-03-25", "2026-03-30"),
        "2026-04-02 11:00", "Bestätigung",
        "Hallo,\n\nich bestätige die Behandlungen am 23.03., 25.03. und 30.03.\n"
        "Am 01.04. hat die Therapeutin angerufen, musste aber nach 10 Minuten abbrechen und "
        "wollte nochmal zurückrufen, das ist aber nicht passiert.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline", staff=True,
        note="three confirmed; 01.04 broken off, never resumed")  # fmt: skip
    yes("ge33_oneill_two_yes_line_cut.eml", 23, (1138, 1139), ("2026-04-28", "2026-05-05"), "2026-05-13 09:15",
        "Sessions",
        "Hi there,\n\nthe sessions on 28 April and 5 May both went ahead, all good.\n"
        "On 12 May the line kept cutting out and we gave up after ten minutes or so.\n\n"
        "Best,\nJames O'Neill",
        client="outlook", staff=True,
        note="English: two confirmed, 12 May given up after ten minutes")  # fmt: skip
    yes("ge34_berger_late_three_missed_one.eml", 24, (1142, 1143, 1144), ("2026-05-06", "2026-05-13", "2026-05-20"),
        "2026-06-15 16:30", "Termine Mai",
        "Sehr geehrtes Praxisteam,\n\n"
        "ich habe ganz vergessen, die Termine zu bestätigen: 6. Mai, 13. Mai und 20. Mai haben "
        "stattgefunden. Am 27. Mai war ich nicht zu Hause, da ist der Termin ausgefallen.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", staff=True,
        note="weeks late: three confirmed, 27.05 missed")  # fmt: skip


def look_alikes() -> None:
    """Replies that look like confirmations but report a session cut short or not held."""
    no("ge35_becker_cut_short.eml", 2, ("other",), "2026-02-19 20:15", re(1015),
       "Hallo,\n\nder Termin am 19.2. hat zwar angefangen, aber nach einer Viertelstunde musste ich "
       "abbrechen, mein Sohn hat sich verletzt. Bitte melden Sie sich, wie wir das machen.\n\n"
       "Thomas Becker",
       client="webde", reply="cr-1015", style="webde",
       note="cut short after a quarter of an hour: not a confirmation")  # fmt: skip
    no("ge36_krueger_connection_gone.eml", 1, ("technical",), "2026-02-10 12:40", re(1005),
       "Hallo,\ndas Video hing ständig und nach ca. 10 Minuten war die Verbindung ganz weg und kam "
       "nicht wieder. Die Therapeutin wollte zurückrufen, hat aber nicht geklappt.\nLG Sabine",
       client="webde", reply="cr-1005", style="webde",
       note="connection dropped for good")  # fmt: skip
    no("ge37_popescu_internet_gone.eml", 7, ("technical", "question"), "2026-06-23 13:05", re(1049),
       "Hallo,\nam 23.6 wir haben angefangen, aber Internet ist weg nach 5 minuten, nicht mehr "
       "zuruck. Was jetzt? Muss ich das bestätigen?\nElena",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="learner's German: broken off after five minutes")  # fmt: skip
    no("ge38_carter_dropped_reschedule.eml", 11, ("technical", "reschedule"), "2026-08-24 14:02", re(1072, "Re"),
       "Hi,\n\nI'm afraid the session on the 24th didn't really happen - we got about 5 minutes in, "
       "then my connection dropped and I couldn't get back in. Can we do it another time?\n\n"
       "Emily",
       client="gmail", reply="cr-1072", style="gmail_en",
       note="English: connection dropped after five minutes")  # fmt: skip
    no("ge39_yildiz_child_sick.eml", 12, ("other",), "2026-08-26 13:10", re(1078),
       "Guten Tag,\nam 26.8. wurde das Telefonat schon nach paar Minuten beendet weil mein Kind "
       "krank war. Wollte nur Bescheid sagen.\nMfg Fatma Yildiz",
       client="webde", reply="cr-1078", style="webde",
       note="ended after a few minutes")  # fmt: skip
    no("ge40_nowak_dizzy_question.eml", 19, ("question",), "2026-11-27 10:20", re(1119),
       "Hallo,\n\nam 27.11. haben wir nach einer Viertelstunde abgebrochen, mir war schwindelig. "
       "Soll ich das trotzdem bestätigen?\n\nDavid Nowak",
       client="plain", reply="cr-1119", style="thunderbird", bottom=True,
       note="broken off after a quarter of an hour, asks what to do")  # fmt: skip
    no("ge41_aydin_in_car.eml", 22, ("other",), "2026-03-19 15:40", re(1134),
       "Hallo, der Anruf kam, aber ich war im Auto und nach 5 min musste ich auflegen. Wir "
       "wollten nochmal telefonieren, hat nicht geklappt.\nMehmet Aydin",
       client="outlook", reply="cr-1134", style="outlook",
       note="hung up after five minutes, not resumed")  # fmt: skip
    no("ge42_hartmann_waiting_room.eml", 20, ("technical",), "2026-11-17 19:05", re(1122),
       "Hallo,\nich saß 20 Minuten im Warteraum, es ist aber keiner gekommen. Die Behandlung hat "
       "also nicht stattgefunden. Was mach ich jetzt?\nLeonie",
       client="samsung", reply="cr-1122", style="samsung",
       note="session never started")  # fmt: skip
    no("ge43_demir_moved_then_failed.eml", 3, ("reschedule",), "2026-03-25 18:30", re(1022),
       "Hallo,\nder Termin wurde ja auf nachmittags verschoben, hat dann aber doch nicht geklappt "
       "weil ich länger arbeiten musste. Können wir das nachholen?\nAylin",
       client="gmail", reply="cr-1022", style="gmail",
       note="moved within the day and then not held")  # fmt: skip
    no("ge44_jansen_no_picture_stopped.eml", 17, ("technical",), "2026-11-12 12:15", re(1107),
       "Moin,\nkam nicht in den Videoraum, der Therapeut hat dann angerufen, aber nach 10 min haben "
       "wir abgebrochen, weil ich ohne Bild am Gerät nicht wusste, was ich machen soll.\nOle",
       client="gmail", reply="cr-1107", style="gmail",
       note="KGG switched to phone and broken off after ten minutes")  # fmt: skip


def main() -> None:
    load_practice()
    double_day()
    went_differently()
    mixed_days()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
