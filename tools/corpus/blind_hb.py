"""Write blind set HB: a plain inbox of an ordinary summer month (June to August 2026),
41 mails. 31 confirm at least one session: mostly short replies under our request (a yes,
a date, a thumbs-up), some new mails naming one or two days, a few a week or more late,
a few with a question or a reschedule wish beside the yes, some bottom-posted, English and
learners' German. 10 look like confirmations and are not: a cancellation, a reschedule, a
question about a coming session, a missed session, a broken-off session, replies to a
reminder and a video link, a thank-you, and a "confirmation" of a day with no appointment.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_hb`.
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

HERE = data_dir("blind_hb")


def june() -> None:
    yes("hb01_popescu_short_date.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:10", re(1046),
        "Hallo,\nja hat stattgefunden am 2.6.\nDanke und LG\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("hb02_popescu_thumbs.eml", 7, (1047,), (), "2026-06-09 13:31", re(1047), "👍",
        client="iphone", reply="cr-1047", style="iphone",
        note="a thumbs-up under our request for 09.06.")  # fmt: skip
    yes("hb03_popescu_two_late.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"), "2026-06-26 20:15",
        "Bestätigung Behandlung",
        "Guten Abend,\n\nich bestätige die Behandlung am 16.6 und am 23.6, beide waren gut gewesen.\n"
        "Entschuldigung für die späte Antwort, viel Arbeit.\n\nElena Popescu",
        client="yahoo", note="new mail, two days, learners' German")  # fmt: skip
    yes("hb04_popescu_yes_prescription.eml", 7, (1050,), ("2026-06-30",), "2026-06-30 15:02", re(1050),
        "ja, 30.06 war termin, alles ok.\nbekomme ich neue rezept für juli oder muss ich zum arzt gehen?\n\nElena",
        client="yahoo", reply="cr-1050", style="yahoo", staff=True, extra=("question",),
        note="yes plus a question about the next prescription")  # fmt: skip
    yes("hb05_richter_date.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:34", re(1051),
        "Bestätige den Termin vom 03.06.\n\nGruß Jonas",
        client="apple", reply="cr-1051", style="iphone")  # fmt: skip
    yes("hb06_richter_jo.eml", 8, (1052,), (), "2026-06-11 07:45", re(1052), "jo hat gepasst\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("hb07_richter_two_new.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"), "2026-06-25 09:02",
        "Bestätigung 17.6. + 24.6.",
        "Moin,\n\nbeide Termine (17.6. und 24.6.) haben stattgefunden, hatte es vergessen zu schreiben.\n\nJonas Richter",
        client="apple", note="new mail, two days in the subject and text")  # fmt: skip
    yes("hb08_richter_bottom.eml", 8, (1055,), ("2026-07-01",), "2026-07-01 21:10", re(1055),
        "Hat am 1.7. stattgefunden, danke!\nJonas",
        client="gmail", reply="cr-1055", style="gmail", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("hb09_berger_wednesday.eml", 24, (1146,), ("2026-06-03",), "2026-06-03 12:05", re(1146),
        "Hallo,\nja die Stunde am Mittwoch 3.6. hat stattgefunden.\nGruß U. Berger",
        client="thunderbird", reply="cr-1146", style="thunderbird")  # fmt: skip
    yes("hb10_berger_weeks_late.eml", 24, (1147,), (), "2026-07-01 18:40", re(1147),
        "Entschuldigung, das ist bei mir untergegangen. Ja, der Termin war.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1147", style="thunderbird",
        note="three weeks late, a yes under our request for 10.06.")  # fmt: skip
    yes("hb11_hoffmann_outlook.eml", 6, (1045,), ("2026-06-01",), "2026-06-01 09:15", re(1045),
        "Hallo zusammen,\n\nTermin am 01.06. hat stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1045", style="outlook")  # fmt: skip
    yes("hb12_hoffmann_may_late.eml", 6, (1044,), ("2026-05-26",), "2026-06-08 08:20", "Nachtrag Bestätigung",
        "Guten Morgen,\n\nmir ist aufgefallen, dass ich den Termin vom 26. Mai noch gar nicht bestätigt habe. "
        "Der hat ganz normal stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", note="new mail, about two weeks late")  # fmt: skip
    yes("hb13_schulz_late_short.eml", 5, (1039,), (), "2026-06-04 22:12", re(1039), "ja, stattgefunden. sorry für die verspätung\nMarie",
        client="thunderbird", reply="cr-1039", style="thunderbird",
        note="a week late, a yes under our request for 28.05.")  # fmt: skip


def july() -> None:
    yes("hb14_neumann_formal.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:40", re(1056),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische Behandlung am "
        "7. Juli 2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="outlook", reply="cr-1056", style="outlook_classic")  # fmt: skip
    yes("hb15_neumann_thanks.eml", 9, (1057,), (), "2026-07-09 16:20", re(1057),
        "Ja das Telefonat hat statt gefunden. Vielen Dank für die Geduld mit mir, die Übungen klappen schon besser.\n\nG. Neumann",
        client="outlook", reply="cr-1057", style="outlook_classic")  # fmt: skip
    yes("hb16_neumann_two_days.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"), "2026-07-20 10:05", "Bestätigung",
        "Guten Tag,\n\ndie Behandlungen am Dienstag den 14.7. und Donnerstag den 16.7. haben stattgefunden.\n\n"
        "Gruß Gisela Neumann",
        client="outlook", note="new mail, two days named with weekdays")  # fmt: skip
    yes("hb17_neumann_yes_move.eml", 9, (1060,), (), "2026-07-21 11:30", re(1060),
        "Ja, hat stattgefunden.\nKönnte man den Termin am 28. vielleicht auf den Nachmittag legen? "
        "Vormittags habe ich da Arzttermin.\n\nMfG Neumann",
        client="outlook", reply="cr-1060", style="outlook_classic", staff=True, extra=("reschedule",),
        note="yes for 21.07. plus a wish to move the 28th")  # fmt: skip
    yes("hb18_neumann_ja.eml", 9, (1061,), (), "2026-07-23 10:50", re(1061), "Ja.\nMfG Neumann",
        client="outlook", reply="cr-1061", style="outlook_classic")  # fmt: skip
    yes("hb19_brandt_date.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:05", re(1063),
        "Hallo,\n\nja, der Termin am 03.07. hat stattgefunden.\n\nViele Grüße\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("hb20_brandt_passt.eml", 10, (1064,), (), "2026-07-13 08:10", re(1064), "passt, fand statt\n\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird", note="three days late")  # fmt: skip
    yes("hb21_brandt_bottom.eml", 10, (1065,), ("2026-07-17",), "2026-07-17 19:02", re(1065),
        "Bestätigt. 17.07.2026\n\n--\nLukas Brandt",
        client="thunderbird", reply="cr-1065", style="thunderbird", bottom=True)  # fmt: skip
    yes("hb22_brandt_two_new.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"), "2026-08-03 07:55",
        "Termine Juli",
        "Hallo,\n\nkurzer Nachtrag: die Videotermine am 24.7. und 31.7. fanden beide statt.\n\nGruß\nLukas Brandt",
        client="thunderbird", note="new mail, two days, a few days late")  # fmt: skip


def august() -> None:
    yes("hb23_brandt_holiday.eml", 10, (1068,), ("2026-08-07",), "2026-08-07 17:40", re(1068),
        "Termin 7.8. hat stattgefunden, danke und euch einen schönen Urlaub!\nLukas",
        client="thunderbird", reply="cr-1068", style="thunderbird", bottom=True)  # fmt: skip
    yes("hb24_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:30", re(1069, "Re"),
        "Hi,\n\nyes, the session on 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("hb25_carter_confirmed.eml", 11, (1070,), (), "2026-08-10 15:02", re(1070, "Re"), "Confirmed, thank you 🙂",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("hb26_carter_german_invoice.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 13:50", re(1071, "Re"),
        "Hallo,\n\nja die Behandlung am 17.8 hat stattgefunden. Ich habe eine Frage: kann ich die Rechnung "
        "per Email bekommen? Für meine Versicherung.\n\nDanke, Emily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",),
        note="learners' German; yes plus a question about the invoice")  # fmt: skip
    yes("hb27_carter_yes_question.eml", 11, (1072,), ("2026-08-24",), "2026-08-24 16:20", re(1072, "Re"),
        "Yes it took place on the 24th. Quick question: is the session on 31 August still at 12? "
        "I might be a few minutes late.\n\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en", staff=True, extra=("question",))  # fmt: skip
    yes("hb28_carter_yes_move.eml", 11, (1073,), ("2026-08-31",), "2026-08-31 13:40", re(1073, "Re"),
        "Hi, the 31st took place, thanks. Next week I'm away, so I can't do the 7th. "
        "Could we move it to later that week?\n\nBest, Emily",
        client="gmail", reply="cr-1073", style="gmail_en", staff=True, extra=("reschedule",),
        note="yes for 31.08. plus a reschedule wish for 07.09.")  # fmt: skip
    yes("hb29_yildiz_short.eml", 12, (1075,), (), "2026-08-05 13:00", re(1075), "Ja hat stattgefunden danke",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("hb30_yildiz_new.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 15:40", "Termin 12.08",
        "Hallo\nich bestätige Termin 12.08 Telefon ist gemacht.\nDanke schön\nFatma",
        client="webde", note="new mail, learners' German")  # fmt: skip
    yes("hb31_yildiz_samsung.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 09:30", re(1078),
        "Ja, am 26.8. hatten wir telefoniert. Liebe Grüße Fatma Yildiz",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip


def look_alikes() -> None:
    no("hb32_yildiz_cancel.eml", 12, ("cancellation",), "2026-08-18 19:05", reminder_subject(1077),
       "Hallo, ich kann morgen leider nicht, mein Sohn ist krank. Bitte den Termin absagen. Danke Fatma",
       client="webde", reply="rem-1077", style="webde", note="cancels the coming 19.08. under our reminder")  # fmt: skip
    no("hb33_popescu_move.eml", 7, ("reschedule",), "2026-06-22 12:10", reminder_subject(1049),
       "Hallo, kann ich morgen statt 11 Uhr um 14 Uhr? Ich habe Arbeit bis 13 Uhr. Danke Elena",
       client="yahoo", reply="rem-1049", style="yahoo", note="wants to move tomorrow's session")  # fmt: skip
    no("hb34_richter_video_question.eml", 8, ("question",), "2026-06-28 20:00", video_link_subject(1055),
       "Danke für den Link. Brauche ich für die MT am Mittwoch irgendwas, Handtuch oder Rolle?\n\nJonas",
       client="iphone", reply="vl-1055", style="iphone", note="question about the coming session")  # fmt: skip
    no("hb35_brandt_missed.eml", 10, ("other", "question"), "2026-07-10 18:30", re(1064),
       "Hallo, ich war heute leider nicht dabei, hab den Termin komplett verschwitzt. Tut mir leid! "
       "Muss ich den bezahlen?\n\nLukas",
       client="thunderbird", reply="cr-1064", style="thunderbird", note="a missed session, not a confirmation")  # fmt: skip
    no("hb36_neumann_reminder_ack.eml", 9, ("other",), "2026-07-27 10:00", reminder_subject(1062),
       "Ja, ich bin morgen da. Danke für die Erinnerung.\nMfG Neumann",
       client="outlook", reply="rem-1062", style="outlook_classic", staff=False,
       note="acknowledges a reminder for a coming session; nothing to do")  # fmt: skip
    no("hb37_carter_link.eml", 11, ("technical",), "2026-08-08 11:15", video_link_subject(1070),
       "Hi, the link doesn't open on my iPad, it just says the browser is not supported. "
       "What should I use on Monday?\n\nEmily",
       client="gmail", reply="vl-1070", style="gmail_en", note="technical problem before a session")  # fmt: skip
    no("hb38_berger_no_appointment.eml", 24, ("confirmation",), "2026-06-17 11:00", "Bestätigung",
       "Guten Tag,\nhiermit bestätige ich meinen Termin am 17.06.\nGruß U. Berger",
       client="thunderbird", dates=("2026-06-17",),
       note="confirms 17.06., a day with no appointment for her")  # fmt: skip
    no("hb39_hoffmann_thanks.eml", 6, ("other",), "2026-05-31 09:00", reminder_subject(1045),
       "Danke für die Erinnerung, bis Montag!\n\nPeter Hoffmann",
       client="outlook", reply="rem-1045", style="outlook", staff=False, note="a thank-you for a reminder")  # fmt: skip
    no("hb40_popescu_sick.eml", 7, ("cancellation",), "2026-06-29 08:00", "Absage 30.06.",
       "Hallo, ich muss den Termin am 30.6. leider absagen, bin krank geworden.\nGruß Elena Popescu",
       client="yahoo", note="cancels the coming 30.06.")  # fmt: skip
    no("hb41_brandt_broken_off.eml", 10, ("technical", "question"), "2026-07-31 17:52", re(1067),
       "Hallo, der Termin heute ist nach ca. 10 Minuten abgebrochen, die Verbindung war weg und kam nicht wieder. "
       "Zählt das trotzdem?\n\nLukas",
       client="thunderbird", reply="cr-1067", style="thunderbird",
       note="the session did not fully take place")  # fmt: skip


def main() -> None:
    load_practice()
    june()
    july()
    august()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
