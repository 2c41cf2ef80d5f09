"""Write blind set CN: a plain inbox of the whole year, leaning towards patients who write
in English or mix English and German (expats, international staff) with English date
habits (month before day, ordinals, "last Tuesday", 08/10), beside the practice's German
regulars. 44 mails: 34 where the patient means to confirm (short replies under our request
in many mail programs, with and without the date, new mails, several days at once, a few
late, a few with a question beside the yes, one naming a cancelled day, one naming a day
with no appointment, one mixing a held and a cancelled day) and 10 look-alikes (a thank-you
to a reminder, a missed call, a broken video session, a session stopped early, a session
where nobody came, a video-link problem, a cancellation, a reschedule, a question about a
coming session).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cn`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_cn")


def english_speakers() -> None:
    # Emily Carter (11), private, video KG on Mondays in August/September.
    yes("cn01_carter_aug3rd.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 18:40", re(1069, "Re"),
        "Yes, it took place on August 3rd. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cn02_carter_us_slashes.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 09:12", "Sessions 08/10 and 08/17",
        "Hi there,\n\nconfirming my sessions on 08/10 and 08/17 - both happened as planned.\n\n"
        "Best,\nEmily Carter",
        client="gmail",
        note="US month/day: 08/10 and 08/17 are her Mondays 10 and 17 August")  # fmt: skip
    yes("cn03_carter_monday_iphone.eml", 11, (1072,), ("2026-08-24",), "2026-08-24 15:31",
        re(1072, "Re"), "Confirmed, Monday's session (Aug 24) took place\n\nSent from my iPhone",
        client="iphone", reply="cr-1072", style="iphone")  # fmt: skip
    yes("cn04_carter_invoice_question.eml", 11, (1073,), ("2026-08-31",), "2026-09-01 10:03",
        re(1073, "Re"),
        "Hi,\n\nyes, yesterday's session on Aug 31 happened.\n\nQuick question while I'm at it: "
        "my insurance back home (Cigna) wants an itemized invoice in English with the "
        "treatment codes. Is that something you can do?\n\nThanks a lot,\nEmily",
        client="gmail", reply="cr-1073", style="gmail_en", staff=True, extra=("question",),
        note="yes plus a question about an English invoice")  # fmt: skip
    no("cn05_carter_thanks_reminder.eml", 11, ("other",), "2026-09-06 14:22", rem(1074, "Re"),
       "Thanks for the reminder, see you Monday!", client="iphone", reply="rem-1074",
       style="iphone", staff=False,
       note="a thank-you under the reminder for the coming session; nothing to record or do")  # fmt: skip

    # James O'Neill (23), private, phone MT on Tuesday evenings.
    yes("cn06_oneill_the_14th.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:10",
        re(1136, "RE"), "Hi,\n\nYes, the call on the 14th went ahead.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cn07_oneill_two_ordinals.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-04-29 07:45", "Confirmation - April 21st & 28th",
        "Hello,\n\nJust to confirm that my phone sessions on April 21st and April 28th both "
        "took place.\n\nKind regards,\nJames O'Neill",
        client="outlook")  # fmt: skip
    yes("cn08_oneill_last_tuesday.eml", 23, (1139,), ("2026-05-05",), "2026-05-08 12:20",
        re(1139, "RE"), "Yes - last Tuesday's call happened. Sorry for the slow reply.\n\nJames",
        client="outlook", reply="cr-1139", style="outlook_en",
        note="'last Tuesday' written on Friday 8 May = 5 May")  # fmt: skip
    no("cn09_oneill_missed_call.eml", 23, ("reschedule",), "2026-05-13 08:02", re(1140, "RE"),
       "Hi,\n\nSorry, I couldn't take the call on Tuesday the 12th, I was stuck in a meeting "
       "that overran. Could we add one more session at the end of the series instead?\n\n"
       "Apologies,\nJames",
       client="outlook", reply="cr-1140", style="outlook_en",
       note="the session of 12 May did not take place; he asks for a make-up session")  # fmt: skip
    yes("cn10_oneill_weeks_late.eml", 23, (1141,), ("2026-05-19",), "2026-06-15 21:37",
        re(1141, "RE"),
        "Apologies for the very late reply, this got buried in my inbox. Yes, the 19 May "
        "session took place.\n\nJames",
        client="outlook", reply="cr-1141", style="outlook_en")  # fmt: skip

    # Jonas Richter (8), private, video MT, writes English from his iPhone.
    yes("cn11_richter_june_3rd.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 21:10",
        re(1051, "Re"), "yes took place on june 3rd, thx", client="iphone", reply="cr-1051",
        style="iphone")  # fmt: skip
    no("cn12_richter_link_blank.eml", 8, ("technical", "question"), "2026-06-14 20:05",
       vl(1053),
       "Hey,\nthe link just gives me a blank white page on my iPad. Will it work on Wednesday "
       "or can we do it by phone instead?\nJonas\n\nSent from my iPad",
       client="iphone", reply="vl-1053", style="iphone",
       note="a video-link problem before the session of 17 June")  # fmt: skip

    # Anna Lehmann (14), gkv, video KG, works at the university in English.
    yes("cn13_lehmann_sept_8.eml", 14, (1087,), ("2026-09-08",), "2026-09-11 09:15",
        re(1087, "Re"),
        "Hi,\n\nsorry for the delay - yes, the session on Sept. 8 took place.\n\nBest,\nAnna",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    no("cn14_lehmann_phone_instead.eml", 14, ("question",), "2026-09-21 15:10", rem(1089),
       "Hi,\n\ncould we do tomorrow's session by phone instead of video? I'll be on a train "
       "and the connection is usually too weak for video.\n\nThanks,\nAnna",
       client="thunderbird", reply="rem-1089", style="thunderbird",
       note="a question about the coming session of 22 September")  # fmt: skip

    # David Nowak (19), private, video MT on Fridays.
    yes("cn15_nowak_fri_13th_20th.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-23 08:40", "confirming Fri 13th + Fri 20th",
        "Hi,\n\nboth MT sessions, Friday the 13th and Friday the 20th, took place. Thanks!\n\n"
        "David Nowak",
        client="apple")  # fmt: skip
    no("cn16_nowak_thanksgiving.eml", 19, ("cancellation",), "2026-11-20 12:04",
       "Next Friday",
       "Hi,\n\nI won't be able to make it next Friday (the 27th), I'm flying home for "
       "Thanksgiving. Please cancel that one.\n\nThanks,\nDavid",
       client="plain", note="cancels the session of 27 November")  # fmt: skip

    # Dr. Michael Vogel (13), private, early video MT; 1081 already confirmed.
    yes("cn17_vogel_10_september.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:35",
        re(1082, "RE"),
        "Confirmed - session of 10 September took place.\n\nBest regards\nDr. Michael Vogel\n"
        "Vogel & Partner",
        client="outlook", reply="cr-1082", style="outlook_en")  # fmt: skip

    # Ole Jansen (17), private, video KGG.
    yes("cn18_jansen_oct22_done.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:02",
        re(1104, "Re"), "Yep, Oct 22 session done \U0001f44d\n\nOle", client="gmail",
        reply="cr-1104", style="gmail_en")  # fmt: skip
    no("cn19_jansen_stopped_early.eml", 17, ("question",), "2026-11-05 13:00", re(1106, "Re"),
       "Hi,\n\nwe had to stop today after about 10 minutes because my knee was hurting too "
       "much to continue. Does that still count as a session? I'd rather not lose it.\n\nOle",
       client="gmail", reply="cr-1106", style="gmail_en",
       note="the session of 5 November did not fully take place")  # fmt: skip

    # Aylin Demir (3), gkv, mixes German and English.
    yes("cn20_demir_april_8th.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 13:05",
        re(1024),
        "Hi, yes, April 8th took place. Danke!\n\nAylin",
        client="gmail", reply="cr-1024", style="gmail")  # fmt: skip
    yes("cn21_demir_cancelled_day.eml", 3, (), (), "2026-04-02 19:48", "Termin 1.4.",
        "Hallo,\n\nich bestätige den Termin vom 01.04.\n\nLG Aylin",
        client="gmail", staff=True,
        note="1 April was cancelled: nothing to record, staff must look")  # fmt: skip


def german_regulars() -> None:
    # Sabine Krüger (1), gkv, video KG on Tuesdays.
    yes("cn22_krueger_27_1.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:05", re(1003),
        "Ja, hat stattgefunden am 27.1.\n\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cn23_krueger_ja.eml", 1, (1006,), (), "2026-02-17 14:51", re(1006), "ja",
        client="webde", reply="cr-1006", style="webde",
        note="a bare yes under our request for 17.02.2026")  # fmt: skip

    # Thomas Becker (2), private, phone MT.
    yes("cn24_becker_02_02.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:31", re(1010),
        "Hallo,\n\nbestätige die Behandlung vom 02.02.2026.\n\nGruß\nT. Becker",
        client="thunderbird", reply="cr-1010", style="thunderbird")  # fmt: skip
    yes("cn25_becker_three_days.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 07:58", "Termine Februar",
        "Guten Morgen,\n\ndie Termine am 5., 9. und 12. Februar haben stattgefunden.\n\n"
        "Thomas Becker",
        client="thunderbird")  # fmt: skip

    # Aylin Demir (3): a German yes too.
    yes("cn26_demir_4_3.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 11:20", re(1019),
        "Hallo, ja der Termin am 4.3. hat stattgefunden \U0001f44d\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip

    # Hans-Jürgen Wolff (4), gkv, phone KG.
    yes("cn27_wolff_16_01.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:45", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung "
        "vom 16.01.2026.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip

    # Marie Schulz (5), gkv, video KG.
    yes("cn28_schulz_dateless.eml", 5, (1034,), (), "2026-04-16 18:02", re(1034),
        "Ja, hat stattgefunden.\n\nViele Grüße\nMarie",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True)  # fmt: skip
    no("cn29_schulz_connection_broke.eml", 5, ("technical",), "2026-05-07 18:30", re(1037),
       "Hallo,\n\ndie Behandlung heute konnte leider nicht richtig stattfinden, die Verbindung "
       "ist ständig abgebrochen und wir haben nach 5 Minuten aufgehört.\n\nViele Grüße\nMarie "
       "Schulz",
       client="thunderbird", reply="cr-1037", style="thunderbird",
       note="the session of 7 May broke off after 5 minutes")  # fmt: skip

    # Peter Hoffmann (6), private, two video sessions on 18 May.
    yes("cn30_hoffmann_both_today.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:02",
        re(1043),
        "Hallo,\n\nbeide Termine heute (morgens KG am Gerät und mittags MT) haben "
        "stattgefunden, also 18.05. zweimal.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18 May, morning KGG and midday MT")  # fmt: skip

    # Elena Popescu (7), gkv, learner's German.
    yes("cn31_popescu_2_juni.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:00", re(1046),
        "Hallo,\nich bestätige das die Behandlung am 2 Juni war.\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cn32_popescu_exercise_question.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 17:10",
        re(1048),
        "Hallo,\nTermin 16.06 war gut. Ich habe eine Frage: muss ich die Übungen jeden Tag "
        "machen oder nur 3 mal pro Woche? Mein Rücken ist manchmal mehr weh danach.\n"
        "Danke\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("question",),
        note="yes plus a question about the exercises and more pain")  # fmt: skip

    # Gisela Neumann (9), gkv, phone KG twice a week.
    yes("cn33_neumann_two_days.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:00", "Bestätigung",
        "Sehr geehrte Praxis,\n\nhiermit bestätige ich die Telefonbehandlungen am Dienstag, "
        "7.7. und Donnerstag, 9.7.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain")  # fmt: skip
    no("cn34_neumann_cancel.eml", 9, ("cancellation",), "2026-07-17 09:04", "Absage",
       "Sehr geehrte Praxis,\n\nich muss den Termin am Dienstag, 21.7., leider absagen, ich "
       "habe an dem Vormittag einen Arzttermin.\n\nMit freundlichen Grüßen\nGisela Neumann",
       client="plain", note="cancels 21 July")  # fmt: skip

    # Lukas Brandt (10), private, video KG; an international team at work.
    yes("cn35_brandt_moin_bottom.eml", 10, (1063,), (), "2026-07-03 19:34", re(1063),
        "Moin, hat stattgefunden.\nLG Lukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("cn36_brandt_uk_date.eml", 10, (1065,), ("2026-07-17",), "2026-07-20 08:55",
        re(1065), "Hi, confirm 17/07 took place. Cheers, Lukas",
        client="thunderbird", reply="cr-1065", style="thunderbird")  # fmt: skip

    # Fatma Yıldız (12), gkv, phone KG.
    yes("cn37_yildiz_lowercase.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 14:00",
        re(1075), "hallo ja termin war am 5.8 danke", client="samsung", reply="cr-1075",
        style="samsung")  # fmt: skip
    no("cn38_yildiz_later_in_day.eml", 12, ("reschedule",), "2026-08-25 11:40", rem(1078),
       "hallo kann ich morgen den termin auf nachmittag verschieben? vormittags muss ich "
       "arbeiten\nFatma",
       client="samsung", reply="rem-1078", style="samsung",
       note="wants to move the session of 26 August")  # fmt: skip

    # Klaus Zimmermann (15), gkv, phone KG; 26.10 was cancelled.
    yes("cn39_zimmermann_one_cancelled.eml", 15, (1094,), ("2026-10-12",), "2026-10-27 10:15",
        "Termine",
        "Hallo,\n\nbestätige 12.10. und 26.10.\n\nGruß Klaus Zimmermann",
        client="plain", staff=True,
        note="26.10 was cancelled: only 12.10 may be recorded, staff must look at 26.10")  # fmt: skip

    # Birgit Schäfer (16), from her second (office) address.
    yes("cn40_schaefer_office_address.eml", 16, (1098, 1099), ("2026-10-07", "2026-10-14"),
        "2026-10-15 08:31", "Bestätigung Behandlungen",
        "Hallo,\n\nhiermit bestätige ich die Termine vom 07.10. und 14.10.2026.\n\n"
        "Viele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0421 55 66 77",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer")  # fmt: skip

    # Mehmet Aydın (22), gkv, phone KG.
    yes("cn41_aydin_statt_gefunden.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:40",
        re(1130), "Hallo ja hat statt gefunden am 19.02\nMfg Mehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip

    # Sophie Wagner (21), late, three days at once.
    yes("cn42_wagner_forgot_three.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-01-30 21:14", "Bestätigung Januar",
        "Hallo,\n\nich hab vergessen zu bestätigen, sorry: 12.1., 19.1. und 26.1. haben alle "
        "stattgefunden.\n\nLG Sophie",
        client="webde")  # fmt: skip

    # Leonie Hartmann (20), nobody came.
    no("cn43_hartmann_nobody_came.eml", 20, ("other",), "2026-11-10 19:30", re(1121),
       "Hallo,\n\nheute hat das nicht geklappt, ich war im Videoraum und hab 15 Minuten "
       "gewartet, aber es kam niemand. Was ist da los?\n\nLG Leonie",
       client="webde", reply="cr-1121", style="webde",
       note="the session of 10 November did not take place")  # fmt: skip

    # Ursula Berger (24), names a Friday she has no appointment on.
    yes("cn44_berger_no_such_day.eml", 24, (), ("2026-05-15",), "2026-05-16 09:20",
        "Behandlung",
        "Guten Tag,\n\nich bestätige die Behandlung am Freitag, 15.05.\n\nFreundliche Grüße\n"
        "U. Berger",
        client="plain", staff=True,
        note="no appointment on 15 May (hers are on Wednesdays): staff must ask")  # fmt: skip


def main() -> None:
    load_practice()
    english_speakers()
    german_regulars()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
