"""Blind corpus HR: answers that do not fit the thread they are in.

Patients reply under an old confirmation request to confirm newer sessions, answer a
reminder or a video-link mail with a confirmation of the last session, answer several of
our requests in one mail, forward our request with a line on top, rewrite the subject,
write "wie immer" weeks later, or start a new mail that quotes an old request. Look-alikes
answer only the thread's own business (the time fits, the link works, I will be there) or
ask a question.

Labels are what a careful practice employee would record: `confirmed` holds only the
patient's own scheduled, unconfirmed sessions the mail plainly names as held; a session the
mail does not name is not confirmed, whatever thread the reply sits in. `dates` are the days
the mail names as days a session took place.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_hr")


def krueger() -> None:
    yes("hr01_krueger_old_request_three.eml", 1, (1003, 1004, 1005),
        ("2026-01-27", "2026-02-03", "2026-02-10"), "2026-02-11 08:12", request_subject(1003),
        "Guten Morgen,\n\nich antworte einfach mal hier drauf, sorry dass es so lange gedauert"
        " hat. Die Termine am 27.01., 03.02. und gestern (10.02.) haben alle stattgefunden.\n\n"
        "Viele Grüße\nSabine Krüger", client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("hr02_krueger_reminder_confirms_last.eml", 1, (1006,), ("2026-02-17",),
        "2026-02-23 10:41", reminder_subject(1007),
        "Hallo, morgen um 10 passt. Die Behandlung letzte Woche am 17.2. hat übrigens"
        " stattgefunden, das wollte ich noch bestätigen.\nLG S. Krüger",
        client="iphone", reply="rem-1007", style="iphone")  # fmt: skip
    yes("hr03_krueger_videolink_yesterday.eml", 1, (1008,), ("2026-03-03",),
        "2026-03-04 09:05", video_link_subject(1008),
        "Hallo zusammen,\n\nder Link hat gestern gut funktioniert, die Sitzung am 03.03. hat"
        " also stattgefunden. Hiermit bestätigt.\n\nSabine Krüger",
        client="webde", reply="vl-1008", style="webde")  # fmt: skip


def becker() -> None:
    yes("hr04_becker_three_requests_one_answer.eml", 2, (1010, 1011, 1012),
        ("2026-02-02", "2026-02-05", "2026-02-09"), "2026-02-10 07:55", request_subject(1012),
        "Sehr geehrte Damen und Herren,\n\nda ich Ihre letzten drei Mails nicht beantwortet habe,"
        " hier gesammelt: Die Behandlungen am 02.02., 05.02. und 09.02.2026 haben jeweils"
        " stattgefunden.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook", reply="cr-1012", style="outlook")  # fmt: skip
    human("hr05_becker_forwarded_request.eml", sender=2, date="2026-02-17 08:20",
          subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 16.02.2026",
          body="Hiermit bestätige ich, dass die Behandlung am 16.02.2026 stattgefunden hat.\n\n"
          "T. Becker", client="outlook", forward="cr-1014", quote_style="forward_outlook",
          label=Label(("confirmation",), patient=2, confirmed=(1014,), dates=("2026-02-16",),
                      needs_staff=False, note="forwarded our request with a line on top"))  # fmt: skip
    yes("hr06_becker_rewritten_subject.eml", 2, (1015, 1016), ("2026-02-19", "2026-02-23"),
        "2026-02-24 21:03", "Termine Becker 19.2. + 23.2.",
        "Guten Abend,\n\nbeide Termine (Do 19.2. und Mo 23.2.) haben stattgefunden.\n\nGruß"
        " Becker", client="outlook", reply="cr-1016", style="outlook")  # fmt: skip
    no("hr07_becker_reminder_question.eml", 2, ("question",), "2026-03-01 18:10",
       reminder_subject(1018),
       "Hallo, morgen 17:30 passt. Rufen Sie mich an oder soll ich anrufen? Letztes Mal war"
       " das etwas durcheinander.\nBecker", client="outlook", reply="rem-1018",
       style="outlook")  # fmt: skip


def demir() -> None:
    yes("hr08_demir_wie_immer_weeks_later.eml", 3, (1019, 1020, 1021),
        ("2026-03-04", "2026-03-11", "2026-03-18"), "2026-03-19 20:14", request_subject(1019),
        "hallo! wie immer alles gut 🙂 4.3., 11.3. und gestern der 18.3. haben stattgefunden."
        " sorry für die späte antwort\n\naylin", client="gmail", reply="cr-1019",
        style="gmail")  # fmt: skip
    yes("hr09_demir_reminder_confirms_before_cancel.eml", 3, (1022,), ("2026-03-25",),
        "2026-04-07 09:12", reminder_subject(1024),
        "Hi, morgen 8:30 ist ok. Der Termin am 25.03. hat noch stattgefunden, der 1.4. ist ja"
        " ausgefallen.\n\nAylin Demir", client="gmail", reply="rem-1024", style="gmail")  # fmt: skip
    no("hr10_demir_link_works.eml", 3, ("other",), "2026-04-12 19:30", video_link_subject(1025),
       "Link funktioniert, hab ihn schon getestet. Bin am Mittwoch dabei!\nAylin",
       client="gmail", reply="vl-1025", style="gmail", staff=False)  # fmt: skip


def wolff() -> None:
    yes("hr11_wolff_old_request_newer_and_question.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-07 11:20", request_subject(1028),
        "Guten Tag,\n\nich bestätige die Telefonbehandlungen vom 23.01., 30.01. und 06.02.\n"
        "Den Termin vom 16.01. hatte ich doch schon bestätigt, oder ist das bei Ihnen nicht"
        " angekommen?\n\nMfG\nHans-Jürgen Wolff", client="tonline", reply="cr-1028",
        style="tonline", staff=True, extra=("question",),
        note="16.01. named only as 'already confirmed?'; a question, not a confirmation")  # fmt: skip
    human("hr12_wolff_new_mail_quoting_request.eml", sender=4, date="2026-02-14 10:02",
          subject="Bestätigung",
          body="Sehr geehrte Damen und Herren,\n\ndie Behandlung am Freitag, 13.02.2026, hat"
          " stattgefunden.\n\nMit freundlichen Grüßen\nH.-J. Wolff", client="tonline",
          forward="cr-1032", quote_style="tonline",
          label=Label(("confirmation",), patient=4, confirmed=(1032,), dates=("2026-02-13",),
                      needs_staff=False, note="new mail with the old request pasted below"))  # fmt: skip


def schulz() -> None:
    yes("hr13_schulz_two_sessions.eml", 5, (1034, 1035), ("2026-04-16", "2026-04-23"),
        "2026-04-24 07:30", request_subject(1034),
        "Hallo,\nich bestätige für meine Tochter Marie die Videotermine am 16.4. und 23.4.,"
        " beide haben stattgefunden.\nK. Schulz", client="thunderbird", reply="cr-1034",
        style="thunderbird")  # fmt: skip
    yes("hr14_schulz_reminder_last_week.eml", 5, (1036,), ("2026-04-30",),
        "2026-05-06 16:45", reminder_subject(1037),
        "Morgen klappt. Der Termin am 30.4. hat stattgefunden, das hatte ich noch nicht"
        " bestätigt.\nSchulz", client="thunderbird", reply="rem-1037", style="thunderbird")  # fmt: skip
    no("hr15_schulz_request_question.eml", 5, ("question",), "2026-05-21 17:10",
       request_subject(1038),
       "Hallo, kurze Frage: ist der nächste Termin am 28.5. wieder per Video? Dann brauchen"
       " wir wieder einen neuen Code?\nK. Schulz", client="thunderbird", reply="cr-1038",
       style="thunderbird")  # fmt: skip


def hoffmann() -> None:
    yes("hr16_hoffmann_both_today_and_last_week.eml", 6, (1041, 1042, 1043),
        ("2026-05-11", "2026-05-18"), "2026-05-18 14:02", request_subject(1043),
        "Hallo,\n\nbestätige hiermit beide Termine von heute (7:30 KGG und 12:30 MT) sowie die"
        " Gerätetherapie letzten Montag, 11.05.\n\nBeste Grüße\nPeter Hoffmann\n\nVon meinem"
        " iPhone gesendet", client="iphone", reply="cr-1043", style="iphone")  # fmt: skip
    yes("hr17_hoffmann_videolink_tuesday.eml", 6, (1044,), ("2026-05-26",),
        "2026-05-29 07:40", video_link_subject(1045),
        "Link ok, danke. Nebenbei: die Einheit am Dienstag, 26.05., hat stattgefunden.\n\nP."
        " Hoffmann", client="outlook", reply="vl-1045", style="outlook", bottom=True)  # fmt: skip


def popescu() -> None:
    yes("hr18_popescu_learner_two.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"),
        "2026-06-17 12:15", request_subject(1047),
        "Hallo,\n\nich bestätige Termin am 9.6. und auch gestern 16.6., beide war gut"
        " stattgefunden. Entschuldigung für spät Antwort.\n\nElena Popescu",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    no("hr19_popescu_reminder_towel.eml", 7, ("question",), "2026-06-22 13:00",
       reminder_subject(1049),
       "Guten Tag, ja ich komme morgen. Muss ich Handtuch und Matte haben für die Übungen?\n"
       "Danke\nElena", client="yahoo", reply="rem-1049", style="yahoo")  # fmt: skip


def richter() -> None:
    yes("hr20_richter_same_as_always_en.eml", 8, (1051, 1052, 1053, 1054),
        ("2026-06-03", "2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-25 22:48",
        request_subject(1051, "Re"),
        "Hi, same as always, sorry for the delay: sessions on June 3rd, 10th, 17th and 24th all"
        " took place.\n\nCheers\nJonas", client="iphone", reply="cr-1051", style="iphone")  # fmt: skip


def neumann() -> None:
    yes("hr21_neumann_rewritten_subject_july.eml", 9, (1056, 1057, 1058, 1059),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16"), "2026-07-17 10:05",
        "Behandlungen Juli",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen die Telefonbehandlungen"
        " am 7., 9., 14. und 16. Juli 2026. Sie haben alle stattgefunden.\n\nMit freundlichen"
        " Grüßen\nGisela Neumann", client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    no("hr22_neumann_reminder_at_home.eml", 9, ("other",), "2026-07-22 09:40",
       reminder_subject(1061),
       "Ja, ich bin am Donnerstag um 9 Uhr zuhause am Telefon.\n\nG. Neumann", client="plain",
       reply="rem-1061", style="thunderbird", staff=False)  # fmt: skip


def brandt() -> None:
    yes("hr23_brandt_july_all_under_first.eml", 10, (1063, 1064, 1065, 1066, 1067, 1068),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31", "2026-08-07"),
        "2026-08-08 11:30", request_subject(1063, "Re"),
        "Hallo,\n\nhiermit bestätige ich gesammelt alle Termine im Juli (3., 10., 17., 24. und"
        " 31.) sowie gestern den 7.8. Alle haben stattgefunden.\n\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip


def carter() -> None:
    yes("hr24_carter_reminder_last_monday.eml", 11, (1070,), ("2026-08-10",),
        "2026-08-16 13:20", reminder_subject(1071, "Re"),
        "Thanks, see you tomorrow! Also confirming that last Monday's session (10 Aug) took"
        " place.\n\nEmily", client="gmail", reply="rem-1071", style="gmail_en")  # fmt: skip
    no("hr25_carter_link_works.eml", 11, ("other",), "2026-08-21 18:02",
       video_link_subject(1072),
       "Link works, I tested it this morning. See you Monday!\nEmily", client="gmail",
       reply="vl-1072", style="gmail_en", staff=False)  # fmt: skip
    yes("hr26_carter_rewritten_subject_en.eml", 11, (1069, 1071, 1072),
        ("2026-08-03", "2026-08-17", "2026-08-24"), "2026-08-25 08:50",
        "Confirmation August sessions",
        "Hello,\n\nthe sessions on 3rd, 17th and 24th August took place.\n\nBest regards,\n"
        "Emily Carter", client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip


def yildiz() -> None:
    yes("hr27_yildiz_learner_with_cancelled.eml", 12, (1078, 1079),
        ("2026-08-26", "2026-09-02"), "2026-09-03 10:10", request_subject(1078),
        "Hallo, 26.8 und gestern 2.9 Behandlung war. 19.8 war abgesagt.\nFatma Yildiz",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip
    no("hr28_yildiz_reminder_later.eml", 12, ("reschedule",), "2026-09-08 11:00",
       reminder_subject(1080),
       "Hallo, kann ich morgen um 11 Uhr statt 10:30? Ich muss Kind bringen Schule.\nFatma",
       client="samsung", reply="rem-1080", style="samsung")  # fmt: skip


def vogel() -> None:
    yes("hr29_vogel_under_confirmed_request.eml", 13, (1082, 1083),
        ("2026-09-10", "2026-09-17"), "2026-09-18 06:40", request_subject(1081),
        "Guten Morgen,\n\nzur Ordnung: Die Behandlungen am 10.09. und 17.09. haben"
        " stattgefunden.\n\nDr. M. Vogel\nVogel & Partner Rechtsanwälte",
        client="outlook", reply="cr-1081", style="outlook_classic")  # fmt: skip


def lehmann() -> None:
    human("hr30_lehmann_forward_two.eml", sender=14, date="2026-09-16 12:30",
          subject="Fwd: Bitte bestätigen Sie Ihre Behandlung vom 15.09.2026",
          body="Bestätigt – der Termin am 15.09. hat stattgefunden, der am 08.09. übrigens"
          " auch.\n\nAnna", client="gmail", forward="cr-1088", quote_style="forward_gmail",
          label=Label(("confirmation",), patient=14, confirmed=(1087, 1088),
                      dates=("2026-09-08", "2026-09-15"), needs_staff=False,
                      note="forward of our request with a line on top"))  # fmt: skip
    no("hr31_lehmann_request_invoice.eml", 14, ("question",), "2026-09-23 09:15",
       request_subject(1089),
       "Hallo, können Sie mir bitte eine Übersicht aller Termine für meine Krankenkasse"
       " schicken? Danke, Anna Lehmann", client="gmail", reply="cr-1089", style="gmail")  # fmt: skip


def zimmermann() -> None:
    yes("hr32_zimmermann_reminder_before_cancel.eml", 15, (1095,), ("2026-10-19",),
        "2026-11-01 12:15", reminder_subject(1097),
        "Bin morgen da. Der 19.10. hat noch stattgefunden, der 26. war ja abgesagt.\n"
        "K. Zimmermann", client="plain", reply="rem-1097", style="gmail")  # fmt: skip


def schaefer() -> None:
    yes("hr33_schaefer_second_address_wie_immer.eml", 16, (1099, 1100, 1101, 1102),
        ("2026-10-14", "2026-10-21", "2026-10-28", "2026-11-04"), "2026-11-05 08:05",
        request_subject(1098),
        "Guten Morgen,\n\ngleiches Spiel wie immer: 14.10., 21.10., 28.10. und 04.11. haben"
        " stattgefunden.\n\nBirgit Schäfer\nSchäfer Steuerberatung",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        client="outlook", reply="cr-1098", style="outlook",
        note="07.10. (the request's own session) is not named")  # fmt: skip


def jansen() -> None:
    yes("hr34_jansen_videolink_yesterday.eml", 17, (1105,), ("2026-10-29",),
        "2026-10-30 09:00", video_link_subject(1105),
        "Moin, gestern (29.10.) hat alles geklappt, Termin hat stattgefunden.\nOle",
        client="gmail", reply="vl-1105", style="gmail")  # fmt: skip
    no("hr35_jansen_request_connection.eml", 17, ("technical", "question"),
       "2026-11-05 12:20", request_subject(1106),
       "Moin, die Verbindung war heute immer wieder weg. Ist das normal? Welchen Browser soll"
       " ich nehmen?\nOle", client="gmail", reply="cr-1106", style="gmail",
       dates=("2026-11-05",), note="session today with drop-outs; not confirmed, a question")  # fmt: skip


def koch() -> None:
    yes("hr36_koch_four_under_first.eml", 18, (1109, 1110, 1111, 1112),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 10:30",
        request_subject(1109),
        "Guten Tag,\n\ndie Termine am 23.3., 25.3., 30.3. und gestern 1.4. haben alle"
        " stattgefunden.\n\nMit freundlichen Grüßen\nRenate Koch", client="tonline",
        reply="cr-1109", style="tonline")  # fmt: skip


def nowak() -> None:
    yes("hr37_nowak_reminder_last_friday.eml", 19, (1117,), ("2026-11-13",),
        "2026-11-19 08:30", reminder_subject(1118, "Re"),
        "Passt. Und ja, der 13.11. fand statt.\nD. Nowak", client="plain", reply="rem-1118",
        style="gmail", bottom=True)  # fmt: skip


def hartmann() -> None:
    no("hr38_hartmann_code_fails.eml", 20, ("technical",), "2026-11-08 19:10",
       video_link_subject(1121),
       "Hallo, der Zugangscode funktioniert bei mir nicht, da steht immer ungültig. Was mache"
       " ich falsch?\nLeonie Hartmann", client="webde", reply="vl-1121", style="webde")  # fmt: skip


def wagner() -> None:
    yes("hr39_wagner_old_request_with_cancelled.eml", 21, (1124, 1125, 1126, 1128),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09"), "2026-02-10 19:45",
        request_subject(1124),
        "Hallo,\n\nam 12.1., 19.1., 26.1. und 9.2. war ich dabei. Der 2.2. ist ja ausgefallen.\n\n"
        "Liebe Grüße\nSophie", client="webde", reply="cr-1124", style="webde")  # fmt: skip


def aydin() -> None:
    yes("hr40_aydin_wie_immer_three.eml", 22, (1131, 1132, 1133),
        ("2026-02-26", "2026-03-05", "2026-03-12"), "2026-03-13 07:15", request_subject(1130),
        "Guten Morgen, wie immer alles ok. Die Telefontermine 26.02, 05.03 und 12.03 haben"
        " stattgefunden.\nMehmet Aydin", client="outlook", reply="cr-1130", style="outlook",
        note="19.02. (the request's own session) is not named")  # fmt: skip


def oneill() -> None:
    yes("hr41_oneill_three_requests_en.eml", 23, (1136, 1137, 1138),
        ("2026-04-14", "2026-04-21", "2026-04-28"), "2026-04-29 08:10",
        request_subject(1136, "RE"),
        "Hi,\n\nConfirming the sessions on 14, 21 and 28 April – all took place.\n\nKind"
        " regards,\nJames O'Neill", client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip


def berger() -> None:
    no("hr42_berger_reminder_mobile.eml", 24, ("question",), "2026-05-26 10:00",
       reminder_subject(1145),
       "Ja ich bin erreichbar, aber bitte auf dem Handy anrufen, Festnetz geht gerade nicht."
       " Haben Sie die Nummer?\nU. Berger", client="plain", reply="rem-1145", style="tonline")  # fmt: skip
    yes("hr43_berger_request_two.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 09:50", request_subject(1143),
        "Guten Tag, der 13. und der 20. Mai haben beide stattgefunden.\nUrsula Berger",
        client="plain", reply="cr-1143", style="tonline")  # fmt: skip


def main() -> None:
    load_practice()
    krueger()
    becker()
    demir()
    wolff()
    schulz()
    hoffmann()
    popescu()
    richter()
    neumann()
    brandt()
    carter()
    yildiz()
    vogel()
    lehmann()
    zimmermann()
    schaefer()
    jansen()
    koch()
    nowak()
    hartmann()
    wagner()
    aydin()
    oneill()
    berger()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
