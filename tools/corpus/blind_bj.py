"""Write blind set BJ: a plain, representative inbox of the whole year, leaning towards
patients whose German is a second language (Turkish, Polish, Romanian speakers) and a few
who write in English. 47 mails: 34 that confirm at least one session (mostly short replies
under our request in many mail programs, some with and some without the date, some new
mails naming several days, a few late, a few with a question, a reschedule wish or a
cancelled day beside the yes) and 13 look-alikes (a cancellation, reschedules, a question
about a coming session, missed or cut-short sessions, a reply to a reminder, a day with no
appointment, a repeat of a day already confirmed, a future day confirmed in advance, a
cancelled day confirmed).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bj`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bj")


def turkish() -> None:
    yes("bj01_fatma_heute_5_8.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:10", re(1075),
        "Hallo,\nja Termin war heute 5.8 alles gut.\nDanke schön\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("bj02_fatma_daughter_writes.eml", 12, (1079,), ("2026-09-02",), "2026-09-02 18:25",
        re(1079),
        "Hallo,\n\nich schreibe für meine Mutter Fatma Yıldız, ihr Deutsch ist nicht so gut.\n"
        "Sie hatte heute ihren Termin am Telefon und der hat stattgefunden.\n\n"
        "Danke und schönen Abend\nElif Yıldız",
        client="webde", reply="cr-1079", style="webde",
        note="the daughter confirms for her mother from the mother's address; 'heute' is 02.09.")  # fmt: skip
    no("bj03_fatma_reminder_reply.eml", 12, ("other",), "2026-08-25 10:50",
       "AW: Erinnerung: Ihr Termin am 26.08.2026",
       "Hallo ok ich bin morgen da, mein handy ist an.\nDanke für erinnerung",
       client="webde", reply="rem-1078", style="webde", staff=False,
       note="acknowledges tomorrow's reminder; nothing took place yet, nothing to do")  # fmt: skip
    yes("bj04_mehmet_bestetige.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:02",
        re(1130, "AW"),
        "Hallo ich bestetige termin 19.02.\n\nMfg\nMehmet Aydin\n\nVon meinem Handy gesendet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("bj05_mehmet_three_days.eml", 22, (1132, 1133, 1134),
        ("2026-03-05", "2026-03-12", "2026-03-19"), "2026-03-20 21:14", "Termine März",
        "Sehr geehrte Damen und Herren,\n\nich habe die termine 5.3 , 12.3 und 19.3 gemacht, "
        "alle mit telefon. Sorry das ich erst jetzt schreibe, viel arbeit.\n\n"
        "Mit freundliche Grüße\nMehmet Aydın",
        client="outlook", note="a new mail naming three Thursdays in March")  # fmt: skip
    no("bj06_mehmet_battery_ten_minutes.eml", 22, ("technical",), "2026-02-26 15:30",
       re(1131),
       "Hallo\ntermin war heute aber nur 10 minuten weil mein handy akku war leer, dann "
       "konnte ich nicht mehr anrufen. Tut mir leid. Kann man das nachholen?\nMehmet",
       client="outlook", reply="cr-1131", style="outlook",
       note="the session broke off after ten minutes: not fully taken place, staff decide")  # fmt: skip
    yes("bj07_aylin_thumbs_up.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:41", re(1019),
        "Hallo, ja Termin am 04.03. hat stattgefunden 👍\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("bj08_aylin_iphone_heute.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 11:02",
        re(1024, "Re"), "Ja war heute, danke 🙏\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1024", style="iphone")  # fmt: skip
    yes("bj09_aylin_cancelled_day_too.eml", 3, (1024,), ("2026-04-08",), "2026-04-09 19:20",
        "Bestätigung",
        "Hallo,\nich wollte noch sagen die termine am 1.4 und 8.4 haben beide stattgefunden.\n"
        "Liebe Grüße\nAylin Demir",
        client="gmail", staff=True,
        note="01.04. was cancelled in our calendar; only 08.04. may be recorded, staff check 01.04.")  # fmt: skip
    no("bj10_aylin_sick_child.eml", 3, ("cancellation",), "2026-04-21 07:15",
       "Termin morgen",
       "Hallo,\nich kann morgen 22.04 nicht, mein Sohn ist krank und ich muss zuhause "
       "bleiben mit ihm. Bitte absagen.\nSorry\nAylin",
       client="gmail")  # fmt: skip


def english() -> None:
    yes("bj11_james_14_april.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:12",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
        "Hi,\n\nyes, the session on 14 April took place.\n\nThanks,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bj12_james_last_night.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 07:50",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 21.04.2026",
        "Confirmed - had the call last night, all good. Cheers, James",
        client="outlook", reply="cr-1137", style="outlook_en",
        note="'last night' in a mail of 22.04. is 21.04.")  # fmt: skip
    yes("bj13_james_two_late.eml", 23, (1139, 1140), ("2026-05-05", "2026-05-12"),
        "2026-05-13 12:30", "Confirming my sessions",
        "Hello,\n\nSorry, I forgot to reply last week. Both sessions happened - Tuesday 5th "
        "May and yesterday (12 May).\n\nBest,\nJames O'Neill",
        client="outlook")  # fmt: skip
    no("bj14_james_missed_call.eml", 23, ("reschedule",), "2026-05-20 09:05",
       "Missed session yesterday",
       "Hi there,\n\nsorry, I was not able to take the call yesterday evening, I was stuck "
       "at the office and my phone was on silent. Could we add an extra session next week "
       "to make up for it?\n\nApologies again,\nJames",
       client="outlook", note="19.05. did not take place; a make-up session is asked for")  # fmt: skip
    yes("bj15_emily_today.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:30",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Yes, it happened today, thank you!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bj16_emily_invoice_question.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 09:40",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 17.08.2026",
        "Yes, confirming 17/08.\n\nQuick question - will the invoice come from you or do I "
        "have to claim it from my insurance myself? Never had private physio before.\n\n"
        "Thanks,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",))  # fmt: skip
    no("bj17_emily_move_tomorrow.eml", 11, ("reschedule",), "2026-08-30 19:10",
       "Re: Erinnerung: Ihr Termin am 31.08.2026",
       "Hi, could we move tomorrow's session to later in the afternoon? I've got a work "
       "meeting at 12 that I can't skip. Anytime after 3 works. Thanks, Emily",
       client="gmail", reply="rem-1073", style="gmail_en")  # fmt: skip


def east_europe() -> None:
    yes("bj18_elena_video_gut.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:45",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 02.06.2026",
        "Buna ziua,\nich bestätige die Behandlung von 2.6.2026. Alles gut gegangen mit Video, "
        "nur am Anfang ton war leise.\nViele Grüße\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("bj19_elena_bottom_heute.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 14:03",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 16.06.2026",
        "Ja, hat stattgefunden heute. Danke schön",
        client="yahoo", reply="cr-1048", style="yahoo", bottom=True)  # fmt: skip
    no("bj20_elena_nobody_came.eml", 7, ("other",), "2026-06-23 13:10",
       "Re: Bitte bestätigen Sie Ihre Behandlung vom 23.06.2026",
       "Hallo,\nheute ich war in Video Raum um 11 Uhr aber niemand ist gekommen, ich habe 20 "
       "minuten gewartet. Darum ich kann nicht bestätigen. Was ist passiert?\nElena",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="the session did not take place; she asks what happened")  # fmt: skip
    yes("bj21_david_polish_mixed.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:20",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 06.11.2026",
        "Dzień dobry,\n\nich bestätige, Behandlung am 06.11. hat stattgefunden.\n\n"
        "Pozdrawiam\nD. Nowak",
        client="thunderbird", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("bj22_david_two_bad_line.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-23 08:35", "Bestätigung Termine",
        "Hallo,\n\nbestätige Termine 13.11 und 20.11 (beide Manuelle Therapie mit Video). Am "
        "20. Verbindung war schlecht paar Minuten, aber wir haben fertig gemacht, alles ok.\n\n"
        "Gruß\nDavid Nowak",
        client="thunderbird",
        note="the bad line on 20.11. did not stop the session: both took place")  # fmt: skip
    no("bj23_david_link_tomorrow.eml", 19, ("question", "technical"), "2026-11-26 17:45",
       "Termin morgen 27.11",
       "Hallo,\nmorgen 27.11 ist Video oder Telefon? Ich habe diesmal keinen Code bekommen, "
       "vielleicht in Spam aber finde nichts.\nDanke\nDavid",
       client="thunderbird", note="about the coming session; nothing took place yet")  # fmt: skip


def german_everyday() -> None:
    yes("bj24_sabine_dateless.eml", 1, (1003,), (), "2026-01-27 13:20", re(1003),
        "Ja, hat stattgefunden.\n\nViele Grüße\nS. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("bj25_sabine_how_many_left.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 17:55",
        re(1004),
        "Hallo,\nja, der Termin am 3.2. fand statt.\nWie viele Termine habe ich eigentlich "
        "noch auf meinem Rezept? Muss ich beim Arzt ein neues holen?\nGruß Sabine Krüger",
        client="webde", reply="cr-1004", style="webde", staff=True, extra=("question",))  # fmt: skip
    yes("bj26_sabine_repeat_confirmed.eml", 1, (), ("2026-01-20",), "2026-01-21 08:30",
        "Bestätigung 20.01.",
        "Guten Morgen,\nhiermit bestätige ich den Termin vom 20.01.2026.\nSabine Krüger",
        client="webde",
        note="20.01. was already confirmed the day before; nothing new to record or do")  # fmt: skip
    yes("bj27_becker_mo_do.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 07:20", "Termine diese Woche",
        "Hallo,\nMontag 9.2 und Donnerstag 12.2 haben beide stattgefunden.\nThomas Becker",
        client="webde")  # fmt: skip
    no("bj28_becker_nobody_called.eml", 2, ("other",), "2026-03-02 19:40", re(1018),
       "Heute hat leider niemand angerufen, ich war ab kurz vor halb sechs erreichbar. "
       "Bitte kurz melden.\nBecker",
       client="webde", reply="cr-1018", style="webde",
       note="02.03. did not take place")  # fmt: skip
    yes("bj29_wolff_two_fridays.eml", 4, (1031, 1032), ("2026-02-06", "2026-02-13"),
        "2026-02-14 10:12", "Termine",
        "Moin,\ndie Termine Fr 6.2. und Fr 13.2. haben stattgefunden (Telefon).\nH-J Wolff",
        client="tonline")  # fmt: skip
    yes("bj30_ursula_forgot_two.eml", 24, (1144, 1145), ("2026-05-20", "2026-05-27"),
        "2026-06-02 16:48", "Bestätigung",
        "Guten Tag,\n\nich habe vergessen, die beiden letzten Termine zu bestätigen. Am "
        "20.5. und am 27.5. hat mich die Therapeutin angerufen, es ist alles in Ordnung.\n\n"
        "MfG\nU. Berger",
        client="outlook")  # fmt: skip
    yes("bj31_sophie_weeks_late.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-02-20 22:10", "Nachtrag Bestätigungen",
        "Hallo ihr Lieben,\nsorry, ich bin total hinterher: der 19.1. und der 26.1. haben "
        "natürlich stattgefunden! Der 2.2. war ja abgesagt, das wisst ihr.\nLG Sophie",
        client="webde",
        note="weeks late; the cancelled 02.02. is named as cancelled, nothing to do")  # fmt: skip
    yes("bj32_renate_monday_today.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-25 18:02", re(1110),
        "Guten Tag, am Montag 23.3. und heute 25.3. war Behandlung. Gruss R. Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("bj33_hoffmann_later_time.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 10:15",
        re(1040),
        "Hallo,\nTermin am 04.05. hat stattgefunden.\nKönnten wir die nächsten Termine auf "
        "8 Uhr schieben? 7:30 ist mit den Kindern morgens schwierig.\nGruß P. Hoffmann",
        client="outlook", reply="cr-1040", style="outlook", staff=True, extra=("reschedule",))  # fmt: skip
    yes("bj34_hoffmann_both_today.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:00",
        re(1043),
        "Beide Termine heute (morgens Gerät, mittags MT) haben stattgefunden.\n\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on 18.05.")  # fmt: skip
    no("bj35_gisela_future.eml", 9, ("other",), "2026-07-13 09:30",
       "Termin Dienstag",
       "Liebes Praxisteam,\n\nhiermit bestätige ich auch den Termin am Dienstag, 14. Juli, "
       "da bin ich zu Hause und gehe ans Telefon.\n\nHerzliche Grüße\nGisela Neumann",
       client="thunderbird",
       note="confirms a coming session in advance; nothing to record, she should confirm "
       "afterwards")  # fmt: skip
    yes("bj36_gisela_7_juli.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 12:10", re(1056),
        "Liebes Praxisteam,\n\ndie Krankengymnastik am Dienstag, den 7. Juli hat "
        "stattgefunden.\n\nHerzliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("bj37_lukas_bestaetige.eml", 10, (1063,), (), "2026-07-03 19:05",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.07.2026", "Bestätige. LG Lukas",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("bj38_vogel_signature_phone.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 11:45",
        re(1082),
        "Guten Tag,\n\ndie Behandlung vom 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 12, 40212 Düsseldorf\nTel. 0211 123 45 67",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    no("bj39_anna_no_appointment_day.eml", 14, ("confirmation",), "2026-09-17 08:20",
       "Sitzung",
       "Hallo,\nhiermit bestätige ich die Sitzung am 16.9.\nDanke!\nAnna Lehmann",
       client="thunderbird", dates=("2026-09-16",),
       note="no appointment on 16.09. (hers was Tuesday 15.09.); staff must check")  # fmt: skip
    yes("bj40_zimmermann_lower.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 14:40",
        re(1093), "bestätige termin 05.10.2026 mfg zimmermann",
        client="outlook", reply="cr-1093", style="outlook_classic")  # fmt: skip
    no("bj41_zimmermann_cancelled_day.eml", 15, ("confirmation",), "2026-10-27 10:00",
       "Termin 26.10.",
       "Hallo,\nbestätige den Termin vom 26.10.\nMfG Klaus Zimmermann",
       client="outlook", dates=("2026-10-26",),
       note="26.10. was cancelled; nothing may be recorded, staff must look")  # fmt: skip
    yes("bj42_birgit_work_address.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:05",
        re(1099),
        "Hallo,\n\nhiermit bestätige ich meinen Termin vom 14.10.\n\nViele Grüße\n"
        "Birgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de")  # fmt: skip
    yes("bj43_ole_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:15", re(1104),
        "Moin, Termin 22.10 hat stattgefunden, Gerät lief gut. Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("bj44_leonie_iphone.eml", 20, (1120,), (), "2026-11-03 19:30", re(1120),
        "Ja hat geklappt 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1120", style="iphone")  # fmt: skip
    yes("bj45_schulz_mother.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:20", re(1034),
        "Hallo,\n\nMarie hatte heute ihre Stunde per Video, hat alles gut geklappt.\n\n"
        "Viele Grüße\nKatrin Schulz",
        client="apple", reply="cr-1034", style="iphone",
        note="the mother confirms her daughter's session; 'heute' is 16.04.")  # fmt: skip
    yes("bj46_jonas_check.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:10", re(1051),
        "Bestätigt ✅ 03.06.", client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    no("bj47_birgit_business_trip.eml", 16, ("cancellation",), "2026-10-30 12:00",
       "Absage 4.11.",
       "Hallo,\n\nich muss den Termin am Mittwoch, 4.11., leider absagen, ich bin auf "
       "Dienstreise in Hamburg. Der 11.11. bleibt.\n\nViele Grüße\nBirgit Schäfer",
       client="outlook", sender="birgit.schaefer@gmx.net")  # fmt: skip


def main() -> None:
    load_practice()
    turkish()
    english()
    east_europe()
    german_everyday()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
