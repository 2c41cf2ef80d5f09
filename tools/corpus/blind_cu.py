"""Write blind set CU: a plain, representative inbox of the whole year, 44 mails. Mostly
short replies under our confirmation request from phones and webmail (with and without
the day), some new mails with the day in subject or text, some several days at once, a
few late, a few with a question, a reschedule wish or a technical problem beside the yes;
and the usual look-alikes: cancellations, reschedule wishes, questions about a coming
session, missed sessions, replies to reminders, a "confirmation" of a cancelled day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cu`.
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

HERE = data_dir("blind_cu")


def plain_replies() -> None:
    yes("cu01_krueger_reply_with_day.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß\nS. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cu02_becker_iphone_no_day.eml", 2, (1010,), (), "2026-02-02 19:40", re(1010),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1010", style="iphone",
        note="a yes under our request for 02.02.2026, no day named")  # fmt: skip
    yes("cu03_demir_gmail_short_day.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:25", re(1019),
        "Hallo, ich bestätige den Termin vom 4.3.\nLg Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("cu04_wolff_formal_tonline.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:30", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische Behandlung"
        " am 16. Januar 2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cu05_schulz_thunderbird.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:45", re(1034),
        "ja, Termin am 16.04. war.\n\nMarie",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("cu06_hoffmann_outlook.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 10:30", re(1040),
        "Guten Morgen,\n\nbestätige die Sitzung (KG am Gerät) vom 04.05.2026.\n\nBeste Grüße\n"
        "Peter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("cu07_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:05", re(1046),
        "Hallo,\nja die Behandlung war am 2 Juni. Danke schön für die Übungen!\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cu08_richter_thumbs.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:05", re(1051, "Re"),
        "passt, 3.6. war 👍",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("cu09_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:30", re(1069, "Re"),
        "Hi,\n\nyes, the session on August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cu10_yildiz_samsung.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00", re(1075),
        "ja hat stattgefunden am 5.8 danke\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("cu11_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:50", re(1082),
        "Bestätige Termin 10.09.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\n"
        "Vogel & Partner Rechtsanwälte\nKönigsallee 12, 40212 Düsseldorf\nTel. 0211 998877-0",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("cu12_lehmann_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:10", re(1087),
        "Hallo,\n\nja, die Behandlung am 08.09. hat stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True)  # fmt: skip
    yes("cu13_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:40", re(1104),
        "Moin,\njo, Termin am 22.10. hat geklappt.\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("cu14_koch_thanks.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:05", re(1109),
        "Guten Tag,\n\ndie Behandlung am 23.3. hat stattgefunden. Vielen Dank, es geht schon etwas"
        " besser mit dem Knie.\n\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("cu15_nowak_plain.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:15", re(1116),
        "Bestätige den Termin am 6.11. Danke, David",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("cu16_hartmann_lowercase.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 18:40", re(1120),
        "ja termin war heute 3.11 lg leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("cu17_wagner_no_day.eml", 21, (1124,), (), "2026-01-12 11:30", re(1124),
        "Hallo, ja hat stattgefunden, vielen Dank!\nSophie Wagner",
        client="gmail", reply="cr-1124", style="gmail",
        note="a yes under our request for 12.01.2026, no day named")  # fmt: skip
    yes("cu18_aydin_mfg.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:30", re(1130),
        "Hallo\nTermin am 19.02. war ok\nMfg Mehmet Aydin",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("cu19_oneill_english_outlook.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:00", re(1136, "RE"),
        "Hello,\n\nI confirm that the treatment on 14 April took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cu20_zimmermann_bavarian_late.eml", 15, (1093,), ("2026-10-05",), "2026-10-21 10:00", re(1093),
        "Servus,\n\nentschuldigens de späte Antwort, i hab's ganz vergessn. Der Termin am 5. Oktober"
        " hat scho stattg'funden.\n\nGrüß Gott\nKlaus Zimmermann",
        client="plain", reply="cr-1093", style="outlook_classic",
        note="late: a yes for 05.10.2026 sixteen days after")  # fmt: skip
    yes("cu21_schaefer_work_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15", re(1098),
        "Hallo,\n\nbestätige hiermit die KG vom 07.10.\n\nGruß\nBirgit Schäfer\n\n"
        "Steuerberatung Schäfer\nTel. 0221 456789",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="her second registered address")  # fmt: skip
    yes("cu22_richter_with_time.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 20:10", re(1053, "Re"),
        "Termin 17.06. um 18 Uhr hat stattgefunden.\nGruß Jonas",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip


def new_mails_and_several_days() -> None:
    yes("cu23_neumann_new_mail.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:30",
        "Bestätigung Termin 7.7.",
        "Guten Tag,\n\nich möchte bestätigen das die Krankengymnastik am Telefon am 7.7.2026"
        " stattgefunden hat.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("cu24_brandt_two_days.eml", 10, (1063, 1064), ("2026-07-03", "2026-07-10"), "2026-07-11 09:00",
        "Termine Juli",
        "Hallo,\n\nhiermit bestätige ich die Termine vom 03.07. und 10.07.\n\nViele Grüße\nLukas Brandt",
        client="thunderbird")  # fmt: skip
    yes("cu25_berger_three_days_late.eml", 24, (1142, 1143, 1144),
        ("2026-05-06", "2026-05-13", "2026-05-20"), "2026-05-21 10:00", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen am 6.5., 13.5. und"
        " 20.5.2026. Ich hatte vergessen, auf Ihre Mails zu antworten, entschuldigen Sie bitte.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger")  # fmt: skip
    yes("cu26_krueger_two_under_one.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-11 08:20", re(1005),
        "Hallo, 3.2. und 10.2. haben beide stattgefunden. Gruß Sabine Krüger",
        client="webde", reply="cr-1005", style="webde")  # fmt: skip
    yes("cu27_carter_two_english_bottom.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 09:00", re(1071, "Re"),
        "Sorry for the delay - both sessions (10 Aug and 17 Aug) took place.\n\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", bottom=True)  # fmt: skip
    yes("cu28_wolff_january_late.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"), "2026-02-02 16:45",
        "Termine Januar",
        "Guten Tag,\n\ndie Telefontermine am 23.01. und 30.01. haben stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline")  # fmt: skip
    yes("cu29_hoffmann_same_day_two.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:00", re(1043),
        "Hallo,\n\nbeide Termine am 18.5. (morgens Gerät, mittags Manuelle) haben stattgefunden.\n\n"
        "Gruß P. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook")  # fmt: skip


def yes_with_something_beside() -> None:
    yes("cu30_becker_yes_and_invoice.eml", 2, (1012,), ("2026-02-09",), "2026-02-10 08:00", re(1012),
        "Ja, 09.02. hat stattgefunden.\nKurze Frage: kommt die Rechnung per Post oder per Mail?\n\n"
        "T. Becker",
        client="iphone", reply="cr-1012", style="iphone", staff=True, extra=("question",),
        note="yes plus a billing question")  # fmt: skip
    yes("cu31_demir_video_broke.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 11:00", re(1024),
        "Hallo, Termin am 8.4. hat stattgefunden, aber das Video ist nach 10 min abgebrochen und wir"
        " haben dann am Telefon weitergemacht. Nächstes mal bitte gleich anrufen wenns nicht geht.\n"
        "LG Aylin",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("technical",),
        note="took place, partly by phone after the video broke: staff should look")  # fmt: skip
    yes("cu32_popescu_one_yes_one_no.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 15:00", re(1048),
        "Hallo,\nam 16.6 war Behandlung, ja. Am 9.6 ich war nicht da, war krank, Entschuldigung.\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True,
        note="09.06 did not take place (patient sick): only 16.06 confirmed")  # fmt: skip
    yes("cu33_lehmann_yes_and_move.eml", 14, (1089,), (), "2026-09-22 15:00", re(1089),
        "Ja, hat stattgefunden. Kann ich den Termin nächste Woche (29.9.) auf 14 Uhr verschieben?\n\n"
        "Anna",
        client="gmail", reply="cr-1089", style="gmail", staff=True, extra=("reschedule",),
        note="yes under our request for 22.09 without a day; 29.9 is a future day to move")  # fmt: skip


def look_alikes() -> None:
    no("cu34_krueger_cancel.eml", 1, ("cancellation",), "2026-02-15 18:00", "Absage 17.02.",
       "Hallo,\n\nich muss den Termin am 17.2. leider absagen, ich liege mit Fieber im Bett.\n\n"
       "Gruß Sabine Krüger",
       client="webde")  # fmt: skip
    no("cu35_becker_move_tomorrow.eml", 2, ("reschedule",), "2026-02-15 18:00", reminder_subject(1014),
       "Können wir morgen auf 18:30 gehen? Bin vorher noch im Büro.\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1014", style="iphone")  # fmt: skip
    no("cu36_schulz_tablet_question.eml", 5, ("question", "technical"), "2026-04-28 10:00",
       video_link_subject(1036),
       "Hallo, funktioniert der Link auch auf dem iPad oder brauche ich einen Laptop?\nLG Marie",
       client="thunderbird", reply="vl-1036", style="thunderbird")  # fmt: skip
    no("cu37_yildiz_nobody_called.eml", 12, ("other",), "2026-08-12 13:00", re(1076),
       "Hallo, der Termin am 12.8. hat nicht stattgefunden, es hat niemand angerufen. Ich habe"
       " bis 11 Uhr gewartet. Was ist passiert?",
       client="samsung", reply="cr-1076", style="samsung",
       note="missed session under our request: nothing to record")  # fmt: skip
    no("cu38_nowak_reminder_ok.eml", 19, ("other",), "2026-11-19 09:00", reminder_subject(1118),
       "Danke, ich bin morgen dabei.\nDavid",
       client="plain", reply="rem-1118", style="thunderbird", staff=False,
       note="acknowledges a reminder for a coming session; nothing to do")  # fmt: skip
    yes("cu39_wagner_cancelled_day.eml", 21, (), (), "2026-02-02 11:00", "Termin 2.2.",
        "Hallo,\n\nhiermit bestätige ich die Behandlung am 2.2.2026.\n\nSophie Wagner",
        client="gmail", staff=True,
        note="02.02.2026 was cancelled: nothing to record, staff should look")  # fmt: skip
    no("cu40_aydin_what_to_do.eml", 22, ("question",), "2026-02-26 14:30", re(1131),
       "Hallo\nwas muss ich machen bei bestätigen? Ich nicht verstehe genau. Bitte anrufen.\n"
       "Mehmet Aydin",
       client="samsung", reply="cr-1131", style="samsung",
       note="does not understand the request, no yes")  # fmt: skip
    no("cu41_vogel_cancel_trip.eml", 13, ("cancellation",), "2026-09-28 08:00", video_link_subject(1085, "AW"),
       "Guten Morgen,\n\nden Termin am 01.10. muss ich absagen, ich bin auf Dienstreise.\n\n"
       "Mit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook", reply="vl-1085", style="outlook_classic")  # fmt: skip
    no("cu42_hartmann_late_shift.eml", 20, ("reschedule",), "2026-11-18 20:00", "termin 24.11",
       "hallo, kann ich den termin am 24.11 auf einen anderen tag legen? ich hab da spätschicht."
       " lg leonie",
       client="webde")  # fmt: skip
    no("cu43_koch_not_home.eml", 18, ("other",), "2026-04-08 17:00", re(1113),
       "Guten Tag,\n\nich war heute am 8.4. leider nicht zu Hause, als angerufen wurde. Die Behandlung"
       " hat also nicht stattgefunden.\n\nRenate Koch",
       client="tonline", reply="cr-1113", style="tonline",
       note="missed session: nothing to record")  # fmt: skip
    no("cu44_berger_which_phone.eml", 24, ("question",), "2026-06-09 10:00", reminder_subject(1147),
       "Guten Tag,\n\nruft mich die Therapeutin morgen auf dem Festnetz oder auf dem Handy an?"
       " Handy wäre 0171 2345678.\n\nU. Berger",
       client="plain", reply="rem-1147", style="outlook_classic")  # fmt: skip


def main() -> None:
    load_practice()
    plain_replies()
    new_mails_and_several_days()
    yes_with_something_beside()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
