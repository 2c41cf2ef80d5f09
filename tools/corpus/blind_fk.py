"""Write blind set FK: a plain, representative inbox of the whole year, 40 mails.

Mostly short replies under our confirmation request from phones and webmail, with and
without the date, some new mails, a few covering several days at once, a few late, a few
with a question, a reschedule wish or a cancellation beside the yes; then the usual
look-alikes: a cancellation, two reschedule wishes, a question about a coming session, a
broken access code, a missed session, a session cut short, a yes to a reminder, a
"confirmation" of a cancelled day and one of a day without an appointment.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fk`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_fk")


def winter() -> None:
    yes("fk01_krueger_short_date.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("fk02_becker_outlook.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:15", re(1010),
        "Guten Abend,\n\nich bestätige den Termin vom 2.2.\n\nBeste Grüße\nThomas Becker",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("fk03_wolff_new_mail_two_days.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-24 09:12", "Bestätigung Behandlungen Januar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen"
        " Behandlungen am 16.01.2026 und am 23.01.2026.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff", client="tonline",
        note="new mail, two days named")  # fmt: skip
    yes("fk04_wagner_late_january.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-02-05 21:04", "Bestätigung Januar",
        "Hallo zusammen,\n\nsorry, dass es so lange gedauert hat! Hier meine Bestätigung für"
        " die Videotermine im Januar: 12.01., 19.01. und 26.01. - alle drei haben"
        " stattgefunden.\n\nLiebe Grüße\nSophie Wagner", client="gmail",
        note="late new mail, three days")  # fmt: skip
    yes("fk05_krueger_one_yes_one_no.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 12:02",
        re(1005),
        "Hallo,\nder Termin heute am 10.02. hat stattgefunden.\nDer vom 3.2. aber nicht, da"
        " kam gar keine Verbindung zustande, das hab ich am Telefon schon gesagt. Bitte den"
        " nicht abrechnen.\n\nGruß S. Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True, extra=("technical",),
        note="10.02. confirmed; 03.02. did not take place")  # fmt: skip
    yes("fk06_becker_apple_two_days.eml", 2, (1013, 1014), ("2026-02-12", "2026-02-16"),
        "2026-02-17 07:48", re(1014),
        "Moin,\n\nhiermit die Termine 12.2. und 16.2. bestätigt, beide haben stattgefunden."
        "\n\nTB", client="apple", reply="cr-1014", style="iphone",
        note="two days under the request for one")  # fmt: skip
    yes("fk07_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:10", re(1130),
        "Hallo\nich bestätige termin 19.02 telefon war gut\nMfg Mehmet Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("fk08_wolff_very_late.eml", 4, (1032,), ("2026-02-13",), "2026-03-20 10:31",
        re(1032),
        "Guten Tag,\n\nNachtrag: die Behandlung vom 13. Februar hat stattgefunden. Ich hatte"
        " Ihre Mail übersehen, entschuldigen Sie bitte.\n\nMit freundlichen Grüßen\n"
        "H.-J. Wolff", client="tonline", reply="cr-1032", style="tonline",
        note="five weeks late")  # fmt: skip
    no("fk09_krueger_cut_short.eml", 1, ("technical", "question"), "2026-02-17 12:20",
       re(1006),
       "Hallo,\n\nheute mussten wir nach ca. 10 Minuten abbrechen, das Bild ist dauernd"
       " eingefroren und dann war die Verbindung ganz weg. Soll ich das trotzdem"
       " bestätigen? Eigentlich war es ja keine richtige Behandlung.\n\nViele Grüße\n"
       "Sabine Krüger", client="webde", reply="cr-1006", style="webde",
       note="session broken off after 10 minutes: not confirmed, staff decides")  # fmt: skip


def spring() -> None:
    yes("fk10_demir_no_date.eml", 3, (1019,), (), "2026-03-04 10:41", re(1019),
        "ja hat stattgefunden, danke!", client="gmail", reply="cr-1019", style="gmail",
        note="a yes under our request without a day")  # fmt: skip
    yes("fk11_koch_three_days.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 09:30", re(1111),
        "Guten Tag,\n\nich bestätige die Behandlungen vom 23.03., 25.03. und 30.03.2026.\n\n"
        "Freundliche Grüße\nRenate Koch", client="tonline", reply="cr-1111",
        style="tonline")  # fmt: skip
    yes("fk12_koch_yes_and_cancel.eml", 18, (1112,), (), "2026-04-01 17:05", re(1112),
        "Ja, danke, das hat geklappt.\n\nAllerdings muss ich die nächsten Termine leider"
        " absagen, ich muss am Montag ins Krankenhaus, Hüfte. Ich melde mich wenn ich wieder"
        " zuhause bin.\n\nR. Koch", client="tonline", reply="cr-1112", style="tonline",
        staff=True, extra=("cancellation",),
        note="yes to the request of 01.04., next sessions cancelled")  # fmt: skip
    yes("fk13_demir_yes_and_later_time.eml", 3, (1024,), ("2026-04-08",),
        "2026-04-08 10:32", re(1024),
        "Guten Morgen, ja die Behandlung vom 08.04. hat stattgefunden 👍\nKönnten wir ab"
        " nächster Woche um 9 statt halb 9 machen? Ich schaff das morgens mit den Kindern"
        " sonst nicht.\nLG Aylin", client="gmail", reply="cr-1024", style="gmail",
        staff=True, extra=("reschedule",))  # fmt: skip
    no("fk14_demir_cancel_tomorrow.eml", 3, ("cancellation",), "2026-04-21 09:10", rem(1026),
       "Hallo,\nich muss den Termin morgen leider absagen, mein Sohn ist krank und ich bin"
       " beim Arzt mit ihm.\nLG Aylin Demir", client="gmail", reply="rem-1026",
       style="gmail", note="cancels 22.04. under the reminder")  # fmt: skip
    yes("fk15_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:35",
        re(1136, "RE"),
        "Hello,\n\nconfirming that my session on 14 April went ahead as planned.\n\nBest,\n"
        "James", client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("fk16_schulz_heute.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:12", re(1034),
        "Ja war heute, danke 🙂\n\nVon meinem iPhone gesendet", client="iphone",
        reply="cr-1034", style="iphone",
        note="'heute' is the requested day")  # fmt: skip
    no("fk17_oneill_move_time.eml", 23, ("reschedule",), "2026-05-18 20:40", rem(1141, "RE"),
       "Hi,\n\nwould it be possible to do 8pm instead of 7:30 tomorrow? I'm stuck at work"
       " until 7.\n\nThanks,\nJames", client="outlook", reply="rem-1141",
       style="outlook_en")  # fmt: skip
    yes("fk18_berger_formal.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:30", re(1142),
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich, dass die Behandlung am Mittwoch,"
        " den 6. Mai stattgefunden hat.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("fk19_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 15:20", re(1043),
        "Guten Tag,\n\nbeide Termine am 18.05. (morgens Gerät, mittags MT) haben"
        " stattgefunden.\n\nGruß\nP. Hoffmann", client="outlook", reply="cr-1043",
        style="outlook", note="two sessions on one day")  # fmt: skip
    no("fk20_schulz_move_tomorrow.eml", 5, ("reschedule",), "2026-05-20 18:03", rem(1038),
       "Hallo,\n\nkönnen wir den Termin morgen auf Freitag verschieben? Ich hab morgen"
       " nachmittag doch einen Arzttermin bekommen.\n\nLG Marie", client="iphone",
       reply="rem-1038", style="iphone")  # fmt: skip
    yes("fk21_hoffmann_no_date.eml", 6, (1044,), (), "2026-05-26 09:45", re(1044),
        "Passt, hat stattgefunden.\n\nP. Hoffmann", client="outlook", reply="cr-1044",
        style="outlook", note="a yes under our request without a day")  # fmt: skip


def summer() -> None:
    yes("fk22_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:30", re(1046),
        "Guten Tag,\nich bestatige die Behandlung am 2 Juni. Es war gut, danke schön.\n"
        "Elena Popescu", client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("fk23_richter_tick.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 21:05", re(1051),
        "Bestätigt ✔️ 03.06.\n\nGesendet von iPhone", client="iphone", reply="cr-1051",
        style="iphone")  # fmt: skip
    no("fk24_richter_question_next.eml", 8, ("question",), "2026-06-15 19:02", vl(1053),
       "Hi,\n\nbrauche ich für Mittwoch irgendwas, Matte oder Handtuch? Und geht das auch"
       " übers Handy oder besser Laptop?\n\nGruß Jonas", client="iphone", reply="vl-1053",
       style="iphone", note="question about the coming session of 17.06.")  # fmt: skip
    yes("fk25_neumann_two_days_late.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-12 11:02", re(1057),
        "Liebes Praxisteam,\n\nich habe Ihre Mails erst jetzt gesehen, mein Enkel hat mir"
        " das eingerichtet. Die Telefonbehandlungen am Dienstag 7.7. und Donnerstag 9.7."
        " hatten wir beide.\n\nHerzliche Grüße\nGisela Neumann", client="thunderbird",
        reply="cr-1057", style="thunderbird")  # fmt: skip
    no("fk26_neumann_nobody_called.eml", 9, ("other",), "2026-07-14 11:34", re(1058),
       "Guten Tag,\n\nSie schreiben, ich soll die Behandlung vom 14.07. bestätigen, aber"
       " heute hat niemand angerufen. Ich habe den ganzen Vormittag am Telefon gewartet."
       "\n\nMit freundlichen Grüßen\nGisela Neumann", client="thunderbird",
       reply="cr-1058", style="thunderbird",
       note="missed session: nothing to confirm")  # fmt: skip
    yes("fk27_brandt_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:10", re(1063),
        "Ja, fand statt am 03.07.\n\nLukas", client="thunderbird", reply="cr-1063",
        style="thunderbird", bottom=True, note="bottom-posted")  # fmt: skip
    yes("fk28_brandt_two_weeks.eml", 10, (1065, 1066), ("2026-07-17", "2026-07-24"),
        "2026-07-25 10:15", re(1066),
        "moin, bestätige 17. und 24.7., beides hat stattgefunden\nlukas",
        client="thunderbird", reply="cr-1066", style="thunderbird")  # fmt: skip
    yes("fk29_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        re(1069, "Re"),
        "Hi,\n\nyes, confirming the session on Aug 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("fk30_yildiz_lowercase.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:01",
        re(1075),
        "hallo ja termin war heute 5.8 alles gut\nlg fatma", client="samsung",
        reply="cr-1075", style="samsung")  # fmt: skip
    yes("fk31_carter_invoice.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 15:40",
        re(1071, "Re"),
        "Hi there,\n\nthe session on 17 August happened, all good. Could you also send me"
        " the invoice for August? My insurance wants it before the end of the"
        " month.\n\nThanks a lot,\nEmily Carter", client="gmail", reply="cr-1071",
        style="gmail_en", staff=True, extra=("question",))  # fmt: skip
    no("fk32_yildiz_cancelled_day.eml", 12, ("confirmation",), "2026-08-20 08:47",
       "Behandlung 19.8",
       "Hallo\ntermin gestern 19.8 hat stattgefunden.\nlg Fatma Yıldız", client="webde",
       note="19.08. was cancelled: nothing recorded, staff looks")  # fmt: skip


def autumn() -> None:
    yes("fk33_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:45",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 10.09.2026 hat stattgefunden."
        "\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\nVogel & Partner"
        " Rechtsanwälte mbB\nKönigsallee 12, 40212 Düsseldorf\nTel. 0211 555 0123",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("fk34_vogel_one_word.eml", 13, (1083,), (), "2026-09-17 09:02", re(1083),
        "Bestätigt.\n\nGesendet von meinem iPhone", client="iphone", reply="cr-1083",
        style="iphone", note="a yes under our request without a day")  # fmt: skip
    yes("fk35_lehmann_yes_question.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:30",
        re(1087),
        "Hallo,\n\nja, die Behandlung am 8.9. hat stattgefunden. Kurze Frage noch: soll ich"
        " die Übungen mit dem Theraband auch an den Tagen ohne Termin machen, oder reicht"
        " das zweimal die Woche?\n\nViele Grüße\nAnna Lehmann", client="gmail",
        reply="cr-1087", style="gmail", staff=True, extra=("question",))  # fmt: skip
    yes("fk36_zimmermann_samsung.eml", 15, (1093,), (), "2026-10-05 13:04", re(1093),
        "Moin, Termin hat stattgefunden. Gruss K. Zimmermann\n\n\n\nVon meinem Samsung"
        " Galaxy Smartphone gesendet.", client="samsung", reply="cr-1093",
        style="samsung", note="a yes under our request without a day")  # fmt: skip
    yes("fk37_schaefer_second_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:10",
        re(1098),
        "Guten Morgen,\n\ndie Videobehandlung gestern Abend am 07.10. hat stattgefunden.\n\n"
        "Viele Grüße\nBirgit Schäfer", client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her office address")  # fmt: skip
    no("fk38_zimmermann_reminder_yes.eml", 15, ("other",), "2026-10-18 12:05", rem(1095),
       "Ja, ich bin dabei.\nGruss K. Zimmermann", client="samsung", reply="rem-1095",
       style="samsung", staff=False,
       note="a yes to the reminder before the session: nothing to do")  # fmt: skip
    no("fk39_schaefer_code_invalid.eml", 16, ("technical",), "2026-10-19 20:14", vl(1100),
       "Guten Abend,\n\nder Zugangscode geht bei mir nicht, es kommt immer \"ungültig\"."
       " Können Sie mir bitte einen neuen schicken? Der Termin ist ja am Mittwoch.\n\n"
       "Danke und Grüße\nBirgit Schäfer", client="gmail", reply="vl-1100", style="gmail",
       note="access code for 21.10. does not work")  # fmt: skip
    yes("fk40_jansen_casual.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:40", re(1104),
        "Hi, jo war gut heute! Bestätige den 22.10.\nGruß Ole", client="gmail",
        reply="cr-1104", style="gmail")  # fmt: skip
    yes("fk41_hartmann_weekday.eml", 20, (1120,), ("2026-11-03",), "2026-11-04 07:52",
        re(1120),
        "Hallo!\n\nja, die erste Stunde am Dienstag hat stattgefunden, hat mir echt geholfen"
        " 🙂\n\nLG Leonie", client="webde", reply="cr-1120", style="webde",
        note="'am Dienstag' is 03.11., the requested day")  # fmt: skip
    yes("fk42_nowak_terse.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00", re(1116),
        "Bestätige: Behandlung am 06.11.2026 fand statt.\nD. Nowak", client="plain",
        reply="cr-1116", style="thunderbird")  # fmt: skip
    no("fk43_nowak_wrong_day.eml", 19, ("confirmation",), "2026-11-16 18:20",
       "Bestätigung Behandlung",
       "Hallo,\n\nhiermit bestätige ich die Behandlung vom 09.11.\n\nD. Nowak",
       client="plain", dates=("2026-11-09",),
       note="no appointment on 09.11. (his are Fridays): staff checks")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
