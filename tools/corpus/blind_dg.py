"""Write blind set DG: a plain, representative inbox of the whole year, 42 mails.

32 confirmations (short replies under our request in many mail programs, with and without
the date, new mails with the date in subject or text, several days at once, a few late
ones, a few with a question, a technical problem, a reschedule wish or a cancelled day
beside the yes) and 10 look-alikes (two cancellations under reminders, a reschedule wish, a
question about a coming video session, missed and broken-off sessions under our request,
a plain "I'll be there" under a reminder, a question about the next appointment, a
patient disputing a day she had cancelled).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dg`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

import re as regex

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_dg")


def short_replies() -> None:
    yes("dg01_krueger_webde_dated.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.1. hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("dg02_becker_iphone_bare_yes.eml", 2, (1010,), (), "2026-02-02 19:45", re(1010),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1010", style="iphone",
        note="a bare yes under our request for 02.02.2026")  # fmt: skip
    yes("dg03_demir_gmail.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:40", re(1019),
        "Hallo,\nja der Termin am 04.03. hat stattgefunden.\nDanke und liebe Grüße\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("dg04_schulz_thunderbird_lower.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:02", re(1034, "Re"),
        "hat stattgefunden, 16.4.\nvielen dank\nMarie",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("dg05_hoffmann_outlook_midday_mt.eml", 6, (1043,), ("2026-05-18",), "2026-05-18 15:20", re(1043),
        "Hallo,\n\nbestätige die MT heute Mittag (18.05.).\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions that day; the reply answers the request for the 12:30 MT and says Mittag")  # fmt: skip
    yes("dg06_popescu_yahoo_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:30", re(1046),
        "Hallo,\nja ich bestetige die Behandlung am 2 Juni, war gut.\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("dg07_neumann_outlook_classic_formal.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 14:00", re(1056),
        "Sehr geehrte Damen und Herren,\n\ndie telefonische Behandlung am Dienstag, den 7.7., hat"
        " stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="outlook", reply="cr-1056", style="outlook_classic")  # fmt: skip
    yes("dg08_brandt_bottom_post.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:10", re(1063, "Re"),
        "Bestätigt, 03.07.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("dg09_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:20", re(1069, "Re"),
        "Hi,\n\nyes, the session on 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("dg10_yildiz_webde_nodots.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00", re(1075),
        "Hallo ja termin war heute 5.8 alles gut\nGruß Fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("dg11_vogel_signature_phone.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:05", re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 10.09.2026 fand statt.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 14, 40212 Düsseldorf\nTel. 0211 4477 120",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("dg12_lehmann_gmail_lower.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:40", re(1087),
        "ja hat geklappt am 8.9.! lg anna",
        client="gmail", reply="cr-1087", style="gmail")  # fmt: skip
    yes("dg13_zimmermann_samsung.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:30", re(1093),
        "Ja Termin am 05.10 war.\nGruss Zimmermann\n\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    yes("dg14_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:30", re(1098),
        "Hallo,\n\ndie Stunde am 7.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nLindenstraße 3, 50674 Köln",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("dg15_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:10", re(1104),
        "Moin, ja hat stattgefunden am 22.10.\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("dg16_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:15", re(1116, "Re"),
        "Bestätige hiermit den Termin am 06.11.2026 (MT per Video).\n\nDavid Nowak",
        reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("dg17_hartmann_emoji.eml", 20, (1120,), (), "2026-11-03 19:05", re(1120),
        "Ja hat stattgefunden 😊\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1120", style="iphone",
        note="a yes without a day under our request for 03.11.2026")  # fmt: skip
    yes("dg18_aydin_hotmail.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:00", re(1130),
        "Hallo ja termin am 19.02 hat stattgefunden\nmfg Mehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("dg19_oneill_english_outlook.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:20", re(1136, "RE"),
        "Hello,\n\nconfirming that my session on 14 April took place.\n\nBest regards,\nJames O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("dg20_berger_formal_long_date.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 14:30", re(1142),
        "Sehr geehrte Damen und Herren,\n\nich bestätige, dass die Behandlung am Mittwoch, 6. Mai"
        " 2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="tonline", reply="cr-1142", style="tonline")  # fmt: skip
    yes("dg21_wolff_late_bare_yes.eml", 4, (1031,), (), "2026-03-02 17:45", re(1031),
        "Ja, hat stattgefunden. Entschuldigung, hatte die Mail übersehen.\n\nH.-J. Wolff",
        client="tonline", reply="cr-1031", style="tonline",
        note="weeks late, a yes without a day under our request for 06.02.2026")  # fmt: skip


def new_mails_and_several_days() -> None:
    yes("dg22_wolff_three_days.eml", 4, (1028, 1029, 1030), ("2026-01-16", "2026-01-23", "2026-01-30"),
        "2026-01-31 10:12", "Bestätigung Termine Januar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen Behandlungen am"
        " 16.01., 23.01. und 30.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("dg23_richter_two_days.eml", 8, (1051, 1052), ("2026-06-03", "2026-06-10"),
        "2026-06-11 08:15", "Termine",
        "Hi,\n\nwollte noch die letzten beiden Termine bestätigen: 3.6. und 10.6., beide haben"
        " stattgefunden.\n\nGrüße\nJonas",
        client="iphone")  # fmt: skip
    yes("dg24_koch_late_two_days.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-04-02 11:00", "Bestätigung",
        "Guten Tag,\n\nich habe vergessen, die Termine zu bestätigen. Am 23. März und am 25. März"
        " hatte ich Telefontermine, die haben beide stattgefunden.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("dg25_wagner_three_under_one.eml", 21, (1124, 1125, 1126), ("2026-01-12", "2026-01-19", "2026-01-26"),
        "2026-01-28 21:00", re(1126),
        "Hallo,\n\nhiermit bestätige ich die Termine vom 12.01., 19.01. und 26.01.\nSorry für die"
        " Verspätung!\n\nSophie Wagner",
        client="webde", reply="cr-1126", style="webde")  # fmt: skip
    yes("dg26_carter_two_late_english.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-20 09:00", "confirming sessions",
        "Hi there,\n\njust realised I never confirmed my last two sessions - Aug 10 and Aug 17,"
        " both happened.\n\nCheers,\nEmily",
        client="gmail")  # fmt: skip
    yes("dg27_lehmann_date_in_subject.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 16:00",
        "Bestätigung 15.09.",
        "Hallo,\n\nhiermit bestätige ich meinen Termin von heute.\n\nViele Grüße\nAnna Lehmann",
        client="gmail", note="the day stands only in the subject")  # fmt: skip


def yes_with_something_else() -> None:
    yes("dg28_krueger_yes_and_prescription.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 12:30", re(1005),
        "Hallo,\nja, Termin am 10.02. war.\nKurze Frage: brauche ich für die nächsten Termine ein"
        " neues Rezept? Auf dem alten standen nur 6 Einheiten.\nGruß Sabine Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True, extra=("question",),
        note="yes plus a question about the prescription")  # fmt: skip
    yes("dg29_demir_yes_video_froze.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:30", re(1020),
        "Ja am 11.3. hat stattgefunden, aber das Bild hat die ganze Zeit gehangen. Können wir"
        " nächstes Mal lieber telefonieren?\n\nAylin",
        client="gmail", reply="cr-1020", style="gmail", staff=True, extra=("technical", "question"),
        note="confirmed, with a video problem and a wish to switch to phone")  # fmt: skip
    yes("dg30_schulz_yes_and_holiday_question.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 17:30", re(1037, "Re"),
        "Bestätige den 7.5., danke.\nNächste Woche ist ja Himmelfahrt, da ist frei, oder? Dann sehen"
        " wir uns am 21.\n\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird", staff=True, extra=("question",),
        note="21. is a coming session, not a confirmed one")  # fmt: skip
    yes("dg31_yildiz_cancelled_day_too.eml", 12, (1076,), ("2026-08-12",), "2026-08-27 10:00",
        "Termine August",
        "Hallo,\ndie Termine am 12.8. und 19.8. haben stattgefunden.\nGruß Fatma Yildiz",
        client="webde", staff=True,
        note="19.08. is cancelled in our records: only 12.08. may be recorded, staff must look")  # fmt: skip
    yes("dg32_jansen_yes_and_reschedule.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:30", re(1105),
        "Hi,\nTermin am 29.10 hat stattgefunden. Könnten wir den am 5.11. auf nachmittags"
        " verschieben? Vormittags klappt bei mir nicht mehr.\nDanke, Ole",
        client="gmail", reply="cr-1105", style="gmail", staff=True, extra=("reschedule",))  # fmt: skip


def look_alikes() -> None:
    no("dg33_krueger_cancels_tomorrow.eml", 1, ("cancellation",), "2026-03-02 11:00", reminder_subject(1008),
       "Hallo,\nich muss den Termin morgen leider absagen, bin krank.\nGruß Sabine Krüger",
       client="webde", reply="rem-1008", style="webde")  # fmt: skip
    no("dg34_hoffmann_move_session.eml", 6, ("reschedule",), "2026-05-20 09:00", "Termin 26.05.",
       "Guten Morgen,\n\nkönnen wir den Termin am 26.05. auf 8:30 schieben? Ich habe um 7:30"
       " einen Call.\n\nBeste Grüße\nPeter Hoffmann",
       client="outlook")  # fmt: skip
    no("dg35_popescu_video_question.eml", 7, ("question", "technical"), "2026-06-06 10:00", video_link_subject(1047),
       "Hallo,\nmuss ich für das Video ein Programm installieren? Oder geht mit Handy?\nDanke\nElena",
       client="yahoo", reply="vl-1047", style="yahoo")  # fmt: skip
    no("dg36_richter_missed.eml", 8, ("other",), "2026-06-17 21:30", re(1053),
       "Hi, sorry, der Termin heute hat nicht stattgefunden - ich hing noch im Meeting fest und"
       " hab's verpasst. Kann man den nachholen?\n\nJonas",
       client="iphone", reply="cr-1053", style="iphone",
       note="missed session under our request: nothing to record")  # fmt: skip
    no("dg37_koch_will_be_there.eml", 18, ("other",), "2026-04-07 16:00", reminder_subject(1113),
       "Danke für die Erinnerung, ich bin morgen da.\nFreundliche Grüße\nRenate Koch",
       client="tonline", reply="rem-1113", style="tonline", staff=False,
       note="acknowledges a coming appointment; nothing took place yet")  # fmt: skip
    no("dg38_zimmermann_no_call.eml", 15, ("other",), "2026-10-19 14:10", re(1095),
       "Der Termin am 19.10. hat nicht stattgefunden, es hat niemand angerufen. Ich war den ganzen"
       " Vormittag zu Hause.\nZimmermann\n\n\nGesendet von meinem Galaxy",
       client="samsung", reply="cr-1095", style="samsung",
       note="the patient says the session did not take place")  # fmt: skip
    no("dg39_aydin_next_session.eml", 22, ("question",), "2026-02-27 09:00", "nächster Termin",
       "Hallo,\nist mein nächster Termin am 5.3. um 12:30? Muss ich anrufen oder ruft ihr mich an?\n"
       "mfg Mehmet Aydin",
       client="outlook")  # fmt: skip
    no("dg40_nowak_broken_off.eml", 19, ("technical", "other"), "2026-11-13 10:00", re(1117, "Re"),
       "Die Sitzung am 13.11. ist nach ca. 10 Minuten abgebrochen, danach kam keine Verbindung mehr"
       " zustande. Bitte so nicht abrechnen, lieber einen Ersatztermin.\n\nDavid Nowak",
       reply="cr-1117", style="gmail_en",
       note="the session did not fully take place; the patient asks not to bill it")  # fmt: skip
    no("dg41_hartmann_cancel_reminder.eml", 20, ("cancellation", "reschedule"), "2026-11-16 17:40",
       reminder_subject(1122),
       "Hallo, ich kann morgen leider nicht, mein Kind ist krank. Können wir einen Ersatztermin"
       " machen?\nLG Leonie\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1122", style="iphone")  # fmt: skip
    no("dg42_schaefer_disputes_day.eml", 16, ("question",), "2026-10-29 08:15", re(1101),
       "Hallo,\n\nden Termin am 28.10. hatte ich doch telefonisch abgesagt?? Ich war an dem Abend"
       " gar nicht zu Hause.\n\nViele Grüße\nBirgit Schäfer",
       client="webde", reply="cr-1101", style="webde",
       note="she says the session did not take place")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    new_mails_and_several_days()
    yes_with_something_else()
    look_alikes()
    sent = {row.message_id: row.sent_at for row in mc.OUTBOX.values()}
    for mail in mc.MAILS:  # a reply is written after the mail it answers
        found = regex.search(rb"In-Reply-To: (<[^>]+>)", mail.raw)
        if found:
            assert sent[found.group(1).decode()] < mail.mail_date, mail.file
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
