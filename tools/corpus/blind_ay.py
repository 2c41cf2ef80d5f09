"""Write blind set AY: a plain, representative inbox of September to November, nothing themed.

42 mails from the patients treated in those months (and two late answers about the summer):
mostly short replies under our confirmation request from phones and webmail, with and
without the date, a few new mails naming one or several days, a few late ones, some with a
question or a small wish beside the yes. The look-alikes are the usual ones: a cancellation
and a reschedule under a reminder, a session that broke off, a question about a coming
session, a missed session, a reply to a reminder, a thank-you for a video link with a
question, a note that the patient is running late, and three "confirmations" that cannot be
recorded (a cancelled day, a future day, a day with no appointment).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ay`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ay")


def vl(aid: int, prefix: str = "AW") -> str:
    return f"{prefix}: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def september() -> None:
    yes("ay01_carter_yes_en.eml", 11, (1074,), ("2026-09-07",), "2026-09-07 15:12",
        re(1074, "Re"), "Yes, today's session (Sept 7) took place. Thanks a lot!\n\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("ay02_yildiz_lowercase.eml", 12, (1079,), ("2026-09-02",), "2026-09-02 18:40",
        re(1079, "Aw"), "ja hat stattgefunden am 2.9\ndanke", client="webde", reply="cr-1079",
        style="webde")  # fmt: skip
    yes("ay03_yildiz_termin_war.eml", 12, (1080,), (), "2026-09-10 08:05", re(1080, "Aw"),
        "Hallo,\nja Termin war. Danke schön\n\nFatma Yıldız", client="webde", reply="cr-1080",
        style="webde", note="a yes under our request for 09.09.2026, no day named")  # fmt: skip
    yes("ay04_vogel_outlook_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:14",
        re(1082), "Bestätigt: Behandlung am 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte mbB\n"
        "Königsallee 14, 40212 Düsseldorf\nTel. 0211 556 77-10 | Fax 0211 556 77-99",
        client="outlook", reply="cr-1082", style="outlook",
        note="phone numbers and street number in the signature are no days")  # fmt: skip
    yes("ay05_vogel_iphone_ja.eml", 13, (1083,), (), "2026-09-17 10:02", re(1083, "Re"),
        "Ja.\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1083",
        style="iphone")  # fmt: skip
    yes("ay07_lehmann_hiermit.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:20",
        re(1087, "Re"), "Hallo,\n\nhiermit bestätige ich, dass die Videobehandlung am 08.09."
        " stattgefunden hat.\n\nViele Grüße\nAnna Lehmann", client="thunderbird",
        reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("ay08_lehmann_yes_and_pdf_question.eml", 14, (1089,), (), "2026-09-23 07:50",
        re(1089, "Re"), "Ja, hat stattgefunden.\n\nEine Frage noch: kann ich die Übungen aus"
        " der Stunde irgendwie als PDF bekommen? Ich finde meine Notizen nicht mehr.\n\n"
        "Danke und viele Grüße\nAnna", client="thunderbird", reply="cr-1089",
        style="thunderbird", staff=True, extra=("question",),
        note="yes for 22.09.2026 plus a question about exercise sheets")  # fmt: skip
    yes("ay26_brandt_late_august.eml", 10, (1068,), ("2026-08-07",), "2026-09-14 21:03",
        re(1068, "Re"), "Hallo,\n\nsorry für die späte Rückmeldung, die Mail ist bei mir"
        " untergegangen. Die Stunde am 07.08. hat natürlich stattgefunden.\n\nBeste Grüße\n"
        "Lukas Brandt", client="thunderbird", reply="cr-1068", style="thunderbird",
        note="five weeks late, still a clean confirmation")  # fmt: skip
    yes("ay27_yildiz_forgot_2608.eml", 12, (1078,), ("2026-08-26",), "2026-09-03 09:00",
        "Bestätigung", "Hallo Praxis,\n\nich habe vergessen für 26.08 zu bestätigen. Termin"
        " war da, alles gut.\n\nDanke schön\nFatma", client="webde",
        note="new mail, learner's German")  # fmt: skip
    yes("ay28_carter_two_days_en.eml", 11, (1072, 1073), ("2026-08-24", "2026-08-31"),
        "2026-09-08 19:30", "Missing confirmations", "Hi there,\n\nI just realised I never"
        " confirmed the sessions on August 24th and August 31st - both of them took place."
        " Sorry about that!\n\nBest,\nEmily Carter", client="gmail")  # fmt: skip
    yes("ay30_popescu_late_june.eml", 7, (1050,), ("2026-06-30",), "2026-09-02 20:04",
        re(1050), "Guten Abend,\nich habe gesehen das ich für 30. Juni nicht bestätigt habe."
        " Die Termin hat stattgefunden, es war die letzte. Entschuldigung.\n\n"
        "Mit freundliche Grüße\nElena Popescu", client="yahoo", reply="cr-1050",
        style="yahoo", note="two months late, learner's German")  # fmt: skip
    no("ay42_carter_running_late.eml", 11, ("other",), "2026-09-07 11:40", rem(1074, "Re"),
       "Hi, I'm stuck in a meeting and will be about 10 minutes late for today's session."
       " Sorry!\nEmily", client="gmail", reply="rem-1074", style="gmail_en",
       note="before the session: running late, the therapist should know")  # fmt: skip


def october() -> None:
    yes("ay06_vogel_three_days.eml", 13, (1084, 1085, 1086),
        ("2026-09-24", "2026-10-01", "2026-10-08"), "2026-10-09 18:20",
        "Bestätigung Behandlungen MT",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen (Manuelle"
        " Therapie per Video) am 24.09., 01.10. und 08.10.2026.\n\nMit freundlichen Grüßen\n"
        "Dr. Michael Vogel", client="outlook")  # fmt: skip
    yes("ay09_lehmann_three_forgot.eml", 14, (1090, 1091, 1092),
        ("2026-09-29", "2026-10-06", "2026-10-13"), "2026-10-14 09:31",
        "Bestätigung der letzten Termine",
        "Hallo liebes Praxisteam,\n\nich hab die letzten Wochen total vergessen zu antworten,"
        " sorry! Die Termine am 29.9., 6.10. und 13.10. haben alle stattgefunden.\n\n"
        "Viele Grüße\nAnna Lehmann", client="thunderbird")  # fmt: skip
    yes("ay10_zimmermann_tonline.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 17:45",
        re(1093), "Ja war am 5.10.\n\nGruß K. Zimmermann", reply="cr-1093",
        style="tonline")  # fmt: skip
    yes("ay11_zimmermann_samsung.eml", 15, (1094,), ("2026-10-12",), "2026-10-12 19:02",
        re(1094), "hat statt gefunden 12.10.26\n\n\nVon meinem Samsung Galaxy Smartphone"
        " gesendet.", client="samsung", reply="cr-1094", style="samsung")  # fmt: skip
    yes("ay13_schaefer_gmx_short.eml", 16, (1098,), (), "2026-10-07 21:05", re(1098, "Aw"),
        "Ja, hat stattgefunden.\nLG Birgit Schäfer", client="webde", reply="cr-1098",
        style="webde")  # fmt: skip
    yes("ay14_schaefer_work_address.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:30",
        re(1099), "Guten Morgen,\n\nhiermit bestätige ich den Termin am 14.10.2026.\n\n"
        "Mit freundlichen Grüßen\n\nBirgit Schäfer\nSteuerberaterin\nSchäfer Steuerberatung\n"
        "Holstenstraße 88 · 24103 Kiel\nTel. 0431 98 76 54-0", client="outlook",
        reply="cr-1099", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("ay15_schaefer_bottom_thanks.eml", 16, (1101,), ("2026-10-28",), "2026-10-29 07:10",
        re(1101, "Re"), "Ja, der Termin am 28.10. hat stattgefunden. Ton war diesmal"
        " einwandfrei, danke für den Tipp mit dem anderen Browser!\n\nBirgit",
        client="thunderbird", reply="cr-1101", style="thunderbird", bottom=True,
        note="bottom-posted; the remark about sound is a thank-you, nothing to do")  # fmt: skip
    yes("ay17_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:40",
        re(1104, "Re"), "Moin,\nja hat geklappt, 22.10. bestätigt.\nOle", client="gmail",
        reply="cr-1104", style="gmail")  # fmt: skip
    yes("ay29_vogel_yes_invoice_address.eml", 13, (1085,), (), "2026-10-01 12:10", re(1085),
        "Bestätigt.\n\nBitte schicken Sie die Rechnungen künftig an die Kanzleiadresse"
        " (Königsallee 14, 40212 Düsseldorf), nicht mehr an meine Privatanschrift.\n\n"
        "MfG\nM. Vogel", client="outlook", reply="cr-1085", style="outlook",
        staff=True, extra=("other",),
        note="yes for 01.10.2026 plus a new invoice address for staff")  # fmt: skip
    yes("ay31_schaefer_samsung.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 06:50",
        re(1100), "Ja am 21.10 war Termin.\nGruß B. Schäfer\n\n\nGesendet von meinem Samsung"
        " Galaxy Smartphone.", client="samsung", reply="cr-1100", style="samsung")  # fmt: skip
    no("ay34_zimmermann_cancel_reminder.eml", 15, ("cancellation",), "2026-10-25 15:30",
       rem(1096), "Guten Tag,\n\nmorgen kann ich leider nicht, ich muss zum Augenarzt."
       " Bitte den Termin absagen.\n\nMfG Klaus Zimmermann", reply="rem-1096",
       style="tonline")  # fmt: skip
    yes("ay39_zimmermann_cancelled_day.eml", 15, (), (), "2026-10-27 10:20",
        "Behandlung Montag", "Guten Tag,\n\nhiermit bestätige ich die Behandlung am 26.10.\n\n"
        "Mit freundlichen Grüßen\nKlaus Zimmermann", staff=True,
        note="26.10.2026 was cancelled: nothing to record, staff must look")  # fmt: skip
    no("ay40_vogel_reminder_passt.eml", 13, ("other",), "2026-10-07 07:32", rem(1086),
       "Passt, bin dabei.\n\nVon meinem iPhone gesendet", client="iphone", reply="rem-1086",
       style="iphone", staff=False,
       note="answer to the reminder before the session, nothing to do")  # fmt: skip
    no("ay41_lehmann_camera_question.eml", 14, ("question",), "2026-10-10 16:05",
       vl(1092, "Re"), "Danke für den Code! Kurze Frage: soll ich die Handykamera für die"
       " Übungen seitlich aufstellen oder von vorne?\n\nAnna", client="thunderbird",
       reply="vl-1092", style="thunderbird",
       note="question about the coming session on 13.10.")  # fmt: skip
    yes("ay44_schaefer_wrong_day.eml", 16, (), ("2026-10-15",), "2026-10-16 20:10",
        "Bestätigung", "Hallo,\nich bestätige die Behandlung am 15.10.\nViele Grüße\n"
        "Birgit Schäfer", client="webde", staff=True,
        note="no appointment on 15.10.2026 (hers was 14.10.): staff must check")  # fmt: skip


def november() -> None:
    yes("ay12_zimmermann_yes_makeup.eml", 15, (1097,), ("2026-11-02",), "2026-11-03 10:15",
        re(1097), "Guten Tag,\n\nbestätige den Termin vom 02.11.\nDer am 26. Oktober war ja"
        " abgesagt, wann holen wir den nach?\n\nGruß Klaus Zimmermann", reply="cr-1097",
        style="tonline", staff=True, extra=("reschedule",),
        note="yes for 02.11.2026; 26.10. was cancelled and he asks for a make-up")  # fmt: skip
    yes("ay16_schaefer_two_days.eml", 16, (1102, 1103), ("2026-11-04", "2026-11-11"),
        "2026-11-12 12:04", "Bestätigung 04.11. + 11.11.",
        "Hallo zusammen,\n\ndie Termine am 04.11. und 11.11. haben stattgefunden.\n\n"
        "LG Birgit Schäfer", client="webde")  # fmt: skip
    yes("ay18_jansen_late_ja.eml", 17, (1105,), (), "2026-11-01 20:15", re(1105, "Re"),
        "Ja passt, hat stattgefunden", client="gmail", reply="cr-1105", style="gmail",
        note="a yes under our request for 29.10.2026, three days later")  # fmt: skip
    yes("ay19_jansen_yes_earlier_next.eml", 17, (1107,), ("2026-11-12",), "2026-11-12 13:05",
        re(1107, "Re"), "Bestätige den 12.11.\n\nKönnten wir nächste Woche (19.11.) schon um"
        " 9 anfangen statt um 10? Hab um 11 einen Termin.\n\nGruß Ole", client="gmail",
        reply="cr-1107", style="gmail", staff=True, extra=("reschedule",),
        note="yes for 12.11.2026; 19.11. is a future day he wants moved")  # fmt: skip
    yes("ay20_nowak_confirmed_en.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:45",
        re(1116, "Re"), "Confirmed - session on 6 Nov took place.\n\nBest,\nDavid",
        reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("ay21_nowak_german.eml", 19, (1117,), ("2026-11-13",), "2026-11-16 08:20",
        re(1117, "Re"), "Hallo,\n\nja, die Behandlung am 13.11. fand statt.\n\nGrüße\n"
        "D. Nowak", reply="cr-1117", style="gmail")  # fmt: skip
    yes("ay22_nowak_two_days.eml", 19, (1118, 1119), ("2026-11-20", "2026-11-27"),
        "2026-11-28 10:00", "Bestätigung 20.11. und 27.11.",
        "Hi,\n\nkurz zur Bestätigung: 20.11. und 27.11. haben beide stattgefunden.\n\n"
        "Viele Grüße\nDavid Nowak")  # fmt: skip
    yes("ay23_hartmann_lowercase.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:10",
        re(1120, "Aw"), "ja hat stattgefunden am 3.11\nlg leonie", client="webde",
        reply="cr-1120", style="webde")  # fmt: skip
    yes("ay24_hartmann_iphone_emoji.eml", 20, (1121,), ("2026-11-10",), "2026-11-11 07:30",
        re(1121, "Re"), "Hallo, bestätige den 10.11. 👍 Die Übungen klappen schon viel"
        " besser!\n\nLeonie\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1121",
        style="iphone")  # fmt: skip
    yes("ay32_jansen_bottom_short.eml", 17, (1108,), (), "2026-11-19 14:00", re(1108, "Re"),
        "Bestätigt, danke!", client="gmail", reply="cr-1108", style="gmail", bottom=True,
        note="bottom-posted yes under our request for 19.11.2026")  # fmt: skip
    no("ay35_nowak_move_tomorrow.eml", 19, ("reschedule",), "2026-11-26 09:10",
       rem(1119, "Re"), "Hallo,\n\nkönnen wir morgen auf 9 Uhr verschieben? Um 8 schaffe ich"
       " es leider nicht.\n\nDanke\nDavid", reply="rem-1119", style="gmail")  # fmt: skip
    no("ay36_hartmann_connection_broke.eml", 20, ("technical", "reschedule"),
       "2026-11-24 19:02", re(1123, "Aw"), "hallo,\nheute ist die verbindung nach ein paar"
       " minuten abgebrochen und kam nicht wieder, die behandlung hat also eigentlich nicht"
       " stattgefunden. kann ich einen ersatztermin bekommen?\nlg leonie", client="webde",
       reply="cr-1123", style="webde",
       note="the 24.11. session broke off after minutes: not a confirmation")  # fmt: skip
    no("ay37_jansen_equipment_question.eml", 17, ("question",), "2026-11-02 21:00",
       vl(1106, "Re"), "Hallo,\nmuss ich für Donnerstag irgendwas besorgen? Ich hab zuhause"
       " nur ein Theraband und eine Hantel.\nOle", client="gmail", reply="vl-1106",
       style="gmail", note="question about the coming session on 05.11.")  # fmt: skip
    no("ay38_schaefer_missed_sick.eml", 16, ("other",), "2026-11-05 08:00", re(1102, "Aw"),
       "Guten Morgen,\n\nich war gestern krank und bin nicht in die Sitzung gekommen, hatte"
       " auch vorher angerufen aber niemanden erreicht. Bitte nicht abrechnen.\n\n"
       "Viele Grüße\nBirgit Schäfer", client="webde", reply="cr-1102", style="webde",
       note="the 04.11. session did not take place")  # fmt: skip
    yes("ay43_nowak_future_day.eml", 19, (), (), "2026-11-19 17:00", "Termin 20.11.",
        "Hallo,\n\nhiermit bestätige ich die Behandlung am 20.11.\n\nGruß\nDavid Nowak",
        staff=True, note="written the day before the session: nothing to record")  # fmt: skip


def main() -> None:
    load_practice()
    september()
    october()
    november()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
