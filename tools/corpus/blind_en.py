"""Write blind set EN: a plain, representative inbox of the whole year, 44 mails. Mostly
short replies under our confirmation request in many mail programs, with and without the
date, some new mails naming one or several days, a few late, a few with a question or a
problem beside the yes, some English and learners' German (36 confirmations); and eight
look-alikes: a cancellation, a reschedule, a question about a coming session, a missed and
a not-held session, a cancelled day, a day without appointment and a reply to a reminder.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_en`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vls

HERE = data_dir("blind_en")


def replies() -> None:
    yes("en01_krueger_short_date.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40", re(1003),
        "Ja, hat am 27.1. stattgefunden.\n\nGrüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("en02_krueger_passt.eml", 1, (1004,), (), "2026-02-03 13:02", re(1004),
        "Ja passt alles\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1004", style="iphone",
        note="a yes under our request for 03.02.2026, no day named")  # fmt: skip
    yes("en03_becker_outlook.eml", 2, (1014,), ("2026-02-16",), "2026-02-16 20:15", re(1014),
        "Guten Abend,\n\nhiermit bestätige ich die Behandlung vom 16.02.2026.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook", reply="cr-1014", style="outlook")  # fmt: skip
    yes("en04_demir_lower.eml", 3, (1019,), (), "2026-03-04 10:31", re(1019),
        "ja hat stattgefunden danke",
        client="gmail", reply="cr-1019", style="gmail",
        note="lower-case yes under our request, no day")  # fmt: skip
    yes("en05_demir_day.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 18:47", re(1022),
        "Bestätige 25.3.\nLG Aylin",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    yes("en06_wolff_terse.eml", 4, (1033,), ("2026-02-20",), "2026-02-21 09:12", re(1033),
        "Ja. 20.02.26\nWolff",
        client="tonline", reply="cr-1033", style="tonline")  # fmt: skip
    yes("en07_schulz_thunderbird.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:05", re(1034),
        "Hallo,\n\nja, die Behandlung am 16.04. hat stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("en08_hoffmann_mt_midday.eml", 6, (1043,), ("2026-05-18",), "2026-05-18 15:20", re(1043),
        "Bestätigt – die MT heute Mittag am 18.05. hat stattgefunden.\n\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions that day; the reply under the MT request names the MT")  # fmt: skip
    yes("en09_hoffmann_plain.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 10:02", re(1044),
        "Bestätige den Termin vom 26.05.2026.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1044", style="outlook_classic")  # fmt: skip
    yes("en10_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:30", re(1046),
        "Hallo, ja die Behandlung war am 2 Juni. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("en11_popescu_nodate.eml", 7, (1048,), (), "2026-06-17 08:10", re(1048),
        "ja stattgefunden",
        client="yahoo", reply="cr-1048", style="yahoo",
        note="next-morning yes under our request for 16.06., no day")  # fmt: skip
    yes("en12_richter_thumb.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:11", re(1051),
        "Ja, 3.6. hat stattgefunden 👍\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("en13_brandt_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:30", re(1063),
        "Ja, fand statt am 03.07.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True,
        note="bottom-posted")  # fmt: skip
    yes("en14_brandt_late.eml", 10, (1066,), ("2026-07-24",), "2026-08-20 21:40", re(1066),
        "Sorry für die späte Antwort – ja, der Termin am 24.7. hat stattgefunden.\n\nLukas Brandt",
        client="thunderbird", reply="cr-1066", style="thunderbird",
        note="almost four weeks late")  # fmt: skip
    yes("en15_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:05", re(1069),
        "Hi,\n\nyes, the session on 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("en16_carter_confirmed.eml", 11, (1071,), (), "2026-08-18 07:55", re(1071, "Re"),
        "Confirmed, thanks :)",
        client="gmail", reply="cr-1071", style="gmail_en",
        note="English yes under our request, no day")  # fmt: skip
    yes("en17_yildiz_learner.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:20", re(1075),
        "hallo ja termin 5.8 war gemacht danke\nfatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("en18_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:14", re(1082),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung am 10.09.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Steuerberatung\nKönigsallee 12, 40212 Düsseldorf\nTel. 0211 1234560",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("en19_zimmermann.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 16:44", re(1093),
        "Ja hat geklappt, 5.10.\nGruss Klaus",
        client="plain", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("en20_schaefer_samsung.eml", 16, (1098,), (), "2026-10-07 21:03", re(1098),
        "Ja, Behandlung hat stattgefunden. Lg Birgit",
        client="samsung", reply="cr-1098", style="samsung",
        note="yes under our request from a Samsung phone, no day")  # fmt: skip
    yes("en21_jansen_english.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:30", re(1104, "Re"),
        "Confirming the 22/10 session.\nOle",
        client="gmail", reply="cr-1104", style="gmail_en")  # fmt: skip
    yes("en22_koch_formal.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 10:15", re(1109),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 23.03.2026 hat stattgefunden.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("en23_nowak_short.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:40", re(1116),
        "bestätigt, 06.11.",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("en24_hartmann_smiley.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:22", re(1120),
        "Hallo! Ja hat stattgefunden am 3.11 :)\nLG Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("en25_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:05", re(1130),
        "Hallo, ja Behandlung 19.02 war. Danke\nMehmet Aydin",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("en26_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:02", re(1136, "RE"),
        "Hi,\n\nI confirm that the session on 14 April took place.\n\nBest regards,\nJames O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("en27_berger_may.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:30", re(1142),
        "Guten Tag,\nja, die Behandlung vom 6. Mai hat stattgefunden.\nFreundliche Grüße\nU. Berger",
        client="plain", reply="cr-1142", style="outlook_classic")  # fmt: skip


def new_mails_and_several() -> None:
    yes("en28_becker_two_days.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"), "2026-02-06 08:45",
        "Bestätigung Behandlungen 02.02. und 05.02.",
        "Guten Morgen,\n\nich bestätige die beiden MT-Termine am 02.02. und 05.02., beide haben telefonisch stattgefunden.\n\nGruß\nThomas Becker",
        client="outlook")  # fmt: skip
    yes("en29_wolff_three_late.eml", 4, (1028, 1029, 1030), ("2026-01-16", "2026-01-23", "2026-01-30"),
        "2026-02-04 17:20", "Termine Januar",
        "Guten Tag,\n\ndie Termine am 16.1., 23.1. und 30.1. haben alle stattgefunden (telefonisch).\nEntschuldigung, habe die Mails übersehen.\n\nH.-J. Wolff",
        client="tonline")  # fmt: skip
    yes("en30_neumann_july.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"), "2026-07-09 11:15", re(1057),
        "Ja, die beiden Telefontermine am 7. und 9. Juli haben stattgefunden.\nGisela Neumann",
        client="plain", reply="cr-1057", style="thunderbird",
        note="two days under the request for the second")  # fmt: skip
    yes("en31_lehmann_new_mail.eml", 14, (1087, 1088), ("2026-09-08", "2026-09-15"), "2026-09-15 15:10",
        "Bestätigung 8.9. und 15.9.",
        "Hallo,\n\nhiermit bestätige ich, dass die Videobehandlungen am 8.9. und 15.9. stattgefunden haben.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird")  # fmt: skip
    yes("en32_wagner_january.eml", 21, (1124, 1125, 1126), ("2026-01-12", "2026-01-19", "2026-01-26"),
        "2026-02-10 20:30", "Bestätigung Januar",
        "Hallo zusammen,\n\nich hab ganz vergessen zu antworten: die Termine am 12.1., 19.1. und 26.1. haben alle stattgefunden. Der am 2.2. war ja abgesagt.\n\nLiebe Grüße\nSophie Wagner",
        client="gmail", note="late, three days; the cancelled 2.2. is named as cancelled")  # fmt: skip
    yes("en33_yildiz_august.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 13:25", re(1076),
        "ja 12.8 hat statt gefunden danke",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip


def yes_with_something() -> None:
    yes("en34_schulz_move_question.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 17:10", re(1037),
        "Hallo,\nja, 7.5. hat stattgefunden.\nKurze Frage: könnte ich den Termin am 21.5. eine Stunde später haben? Da hab ich Elternabend.\n\nMarie Schulz",
        client="gmail", reply="cr-1037", style="gmail", staff=True, extra=("reschedule",),
        note="yes plus a reschedule wish for 21.05.")  # fmt: skip
    yes("en35_schaefer_frozen.eml", 16, (1100,), ("2026-10-21",), "2026-10-21 20:35", re(1100),
        "Ja, 21.10. hat stattgefunden, aber das Bild ist ständig eingefroren. Kann man da was machen? Lg Birgit",
        client="samsung", reply="cr-1100", style="samsung", staff=True, extra=("technical",),
        note="yes plus a video problem")  # fmt: skip
    yes("en36_richter_invoice.eml", 8, (1052,), ("2026-06-10",), "2026-06-11 07:45", re(1052),
        "Moin, ja 10.06. war. Könnt ihr mir die Rechnung diesmal an die neue Adresse schicken? Hafenstraße 3, 20359 Hamburg.\n\nJonas",
        client="iphone", reply="cr-1052", style="iphone", staff=True, extra=("question",),
        note="yes plus a new billing address")  # fmt: skip


def look_alikes() -> None:
    no("en37_krueger_sick.eml", 1, ("cancellation",), "2026-03-09 11:20", rem(1009),
       "Ich muss morgen leider absagen, hab Fieber. Melde mich wenn es besser ist.\nSabine Krüger",
       client="webde", reply="rem-1009", style="webde",
       note="cancels the coming session of 10.03.")  # fmt: skip
    no("en38_becker_not_called.eml", 2, ("other",), "2026-03-02 19:30", re(1018),
       "Die Behandlung am 02.03. hat nicht stattgefunden, es hat niemand angerufen. Ich war um 17:30 erreichbar.\n\nT. Becker",
       client="outlook", reply="cr-1018", style="outlook",
       note="the session did not take place")  # fmt: skip
    no("en39_demir_cancelled_day.eml", 3, ("other",), "2026-04-01 12:00", "Termin 1.4.",
       "Hallo, hiermit bestätige ich den Termin am 1.4., hat stattgefunden.\nAylin Demir",
       client="gmail", dates=("2026-04-01",),
       note="confirms 01.04., an appointment that was cancelled")  # fmt: skip
    no("en40_schulz_camera.eml", 5, ("question", "technical"), "2026-05-19 18:00", vls(1038),
       "Hallo, brauche ich für den Videotermin am Donnerstag eine Kamera am Laptop oder geht das auch übers Handy?\nMarie",
       client="gmail", reply="vl-1038", style="gmail",
       note="question about a coming session")  # fmt: skip
    no("en41_vogel_move.eml", 13, ("reschedule",), "2026-10-02 08:30", "Termin 08.10.",
       "Sehr geehrte Damen und Herren,\n\nkönnten wir den Termin am 08.10. auf 9 Uhr verlegen? Ich habe um 7 Uhr einen Flug.\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook")  # fmt: skip
    no("en42_jansen_overslept.eml", 17, ("other",), "2026-11-05 12:40", re(1106, "Re"),
       "Ich war heute leider nicht da, hab den Termin total verpennt. Sorry! Geht nächste Woche normal weiter?\nOle",
       client="gmail", reply="cr-1106", style="gmail",
       note="missed session of 05.11.")  # fmt: skip
    no("en43_hartmann_reminder_thanks.eml", 20, ("other",), "2026-11-23 17:30", rem(1123),
       "Danke für die Erinnerung, bin dabei!",
       client="webde", reply="rem-1123", style="webde", staff=False,
       note="a thank-you under the reminder for a coming session")  # fmt: skip
    no("en44_wolff_no_appointment.eml", 4, ("other",), "2026-02-11 10:00", "Behandlung 10.02.",
       "Guten Tag,\nbestätige die Behandlung am 10.02.2026.\nWolff",
       client="tonline", dates=("2026-02-10",),
       note="no appointment on 10.02. (06.02. and 13.02. are)")  # fmt: skip


def main() -> None:
    load_practice()
    replies()
    new_mails_and_several()
    yes_with_something()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
