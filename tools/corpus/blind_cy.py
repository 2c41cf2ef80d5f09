"""Write blind set CY: a plain, representative inbox of the whole year, nothing themed.

42 mails from the patients in practice.toml: 32 confirmations, mostly short replies under
our request from many mail programs (with and without the date, top- and bottom-posted),
some new mails, several days at once, a few late, a few with a question or a problem beside
the yes; and 10 look-alikes: cancellations, reschedule wishes, a question about a coming
session, sessions that did not (fully) take place, replies to reminders.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cy`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_cy")


def winter() -> None:
    yes("cy01_krueger_27jan_webde.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:12", re(1003),
        "Hallo,\n\nja, die Stunde am 27.1. war, alles gut.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cy02_krueger_dateless_iphone.eml", 1, (1004,), (), "2026-02-03 18:40", re(1004),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1004", style="iphone",
        note="a dateless yes under our request for 03.02.2026")  # fmt: skip
    yes("cy03_krueger_three_weeks_late.eml", 1, (1005, 1006, 1007),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-03-16 20:03",
        "Bestätigung Februar",
        "Liebes Praxisteam,\n\nmir ist gerade aufgefallen, dass ich die Termine im Februar nie "
        "bestätigt habe, sorry! Am 10.2., 17.2. und 24.2. hatte ich jeweils meine Videostunde.\n\n"
        "Viele Grüße\nSabine Krüger", client="webde",
        note="a new mail weeks later, three days at once")  # fmt: skip
    yes("cy04_becker_three_days_thunderbird.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 08:10",
        "Behandlungen 5./9./12. Februar",
        "Hallo zusammen,\n\nhiermit bestätige ich die Behandlungen am 5., 9. und 12. Februar. "
        "Sorry für die Verspätung, war viel los in der Firma.\n\nBeste Grüße\nThomas Becker",
        client="thunderbird", note="a new mail naming three days in one month")  # fmt: skip
    no("cy05_becker_reschedule.eml", 2, ("reschedule",), "2026-02-25 19:20", rem(1017),
       "Hallo,\n\nkönnten wir den Termin am Donnerstag auf Freitag schieben, gleiche Uhrzeit? "
       "Donnerstag hab ich ein Meeting bis 19 Uhr.\n\nDanke\nThomas Becker",
       client="webde", reply="rem-1017", style="webde",
       note="asks to move the coming session of 26.02.")  # fmt: skip
    yes("cy06_wolff_1601_tonline.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:30", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische Behandlung "
        "am Freitag, den 16.01.2026 durchgeführt wurde.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff", client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cy07_wolff_nachtrag.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-04 09:15", "Nachtrag Bestätigung",
        "Guten Morgen,\n\nNachtrag: die Telefontermine am 23.1. und 30.1. haben ebenfalls "
        "stattgefunden. Ich hatte vergessen zu antworten.\n\nMfG\nH.-J. Wolff",
        client="tonline")  # fmt: skip
    no("cy08_wolff_reminder_ok.eml", 4, ("other",), "2026-02-19 15:02", rem(1033),
       "Ja, bin morgen um 14 Uhr am Telefon erreichbar.\n\nMfG H.-J. Wolff",
       client="tonline", reply="rem-1033", style="tonline", staff=False,
       note="a reply to the reminder for 20.02., nothing to do")  # fmt: skip
    yes("cy09_wagner_0902_notes_cancelled.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 13:30",
        re(1128),
        "Hallo,\n\ndie Stunde am 9.2. war. Die am 2.2. war ja abgesagt, nur damit da nix "
        "durcheinander kommt.\n\nLG Sophie Wagner", client="webde", reply="cr-1128", style="webde",
        note="02.02. was cancelled, as she says herself; only 09.02. is confirmed")  # fmt: skip
    yes("cy10_aydin_1902_outlook.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 17:45", re(1130),
        "Hallo\n\nich bestätige Termin 19.02 war mit Telefon. Danke schön\n\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook",
        note="learners' German")  # fmt: skip


def spring() -> None:
    yes("cy11_demir_0403_gmail.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:02", re(1019),
        "Ja, am 4.3. gemacht 👍", client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("cy12_demir_1103_question.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 12:40",
        re(1020),
        "Hallo, ja die Stunde am 11.03. hat geklappt.\n\nKurze Frage: kann ich die Übungen auch "
        "abends machen oder lieber morgens? Morgens bin ich total steif.\n\nLG Aylin",
        client="gmail", reply="cr-1020", style="gmail", staff=True, extra=("question",),
        note="a yes with a question about the exercises")  # fmt: skip
    no("cy13_demir_missed_link.eml", 3, ("technical",), "2026-04-15 10:20", re(1025),
       "Hallo, heute hat es leider nicht geklappt, ich bin nicht in den Raum reingekommen, es "
       "kam immer nur Verbindung wird hergestellt. Die Stunde war also nicht.\n\nAylin Demir",
       client="gmail", reply="cr-1025", style="gmail",
       note="the session of 15.04. did not take place")  # fmt: skip
    yes("cy14_koch_march_late.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-04-02 10:05", "Bestätigung Termine",
        "Sehr geehrtes Praxisteam,\n\nich möchte noch die Termine vom 23., 25. und 30. März "
        "bestätigen. Ihre Mails waren bei mir im Spam gelandet, das habe ich erst heute "
        "gesehen.\n\nMit freundlichen Grüßen\nRenate Koch", client="tonline",
        note="three March days in one new mail, a few days late")  # fmt: skip
    yes("cy15_koch_0804_bottom.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 17:10", re(1113),
        "Ja, das Gespräch am 8.4. hat stattgefunden.\nR. Koch",
        client="tonline", reply="cr-1113", style="thunderbird", bottom=True)  # fmt: skip
    yes("cy16_oneill_14apr_outlook_en.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:35",
        re(1136, "RE"),
        "Hi there,\n\nconfirming that my phone session on 14 April went ahead.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cy17_oneill_dateless_late.eml", 23, (1138,), (), "2026-05-01 08:50", re(1138, "RE"),
        "Yes, that one happened - sorry for the slow reply.\n\nJames",
        client="outlook", reply="cr-1138", style="outlook_en",
        note="a dateless yes under our request for 28.04.2026, three days late")  # fmt: skip
    yes("cy18_schulz_0705_video_dropped.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 19:05",
        re(1037),
        "Hallo,\n\nja die Behandlung am 7.5. war, aber das Video ist zweimal abgebrochen, wir haben "
        "dann am Telefon weitergemacht. Ist das beim nächsten Mal wieder so? Vielleicht liegt es "
        "an meinem Laptop.\n\nGrüße\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird", staff=True,
        extra=("technical",), note="took place (finished by phone); the video problem needs a look")  # fmt: skip
    yes("cy19_hoffmann_two_on_1805.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:30",
        re(1043),
        "Beide Termine am 18.05. (morgens Gerät, mittags MT) haben stattgefunden.\n\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    no("cy20_hoffmann_question_next.eml", 6, ("question",), "2026-05-29 18:10", vl(1045, "AW"),
       "Hallo,\n\nmuss ich für die Gerätestunde am Montag irgendwas vorbereiten? Ich hab zuhause "
       "nur ein Theraband und eine Hantel.\n\nGruß Peter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook",
       note="a question about the coming session of 01.06.")  # fmt: skip
    yes("cy21_berger_swabian.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:00", re(1142),
        "Grüß Gott,\n\ndes hat am Mittwoch, 6. Mai, scho alles g'passt mit dem Telefonat.\n\n"
        "Grüßle\nU. Berger", client="plain", reply="cr-1142", style="gmail",
        note="Swabian")  # fmt: skip
    no("cy22_berger_prescription.eml", 24, ("question",), "2026-06-09 10:15", rem(1147),
       "Guten Tag,\n\nist morgen dann die letzte Stunde vom Rezept? Muss ich beim Doktor ein neues "
       "holen oder machen Sie das?\n\nU. Berger",
       client="plain", reply="rem-1147", style="gmail",
       note="a question before the session of 10.06., nothing confirmed")  # fmt: skip


def summer() -> None:
    yes("cy23_popescu_2june_yahoo.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:40",
        re(1046),
        "Hallo, ich bestätige das die Therapie am 2 Juni war. Danke schön.\nElena",
        client="yahoo", reply="cr-1046", style="yahoo", note="learners' German")  # fmt: skip
    yes("cy24_richter_0306_iphone.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 19:41",
        re(1051),
        "Moin, 03.06. bestätigt, war gut 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("cy25_richter_three_late_apple.eml", 8, (1052, 1053, 1054),
        ("2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-28 11:00", "Bestätigung Juni",
        "Hi,\n\nsorry dass ich erst jetzt schreibe. Die Termine am 10.6., 17.6. und 24.6. haben alle "
        "stattgefunden.\n\nLG Jonas", client="apple")  # fmt: skip
    yes("cy26_neumann_0707_freenet.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:15",
        re(1056),
        "Guten Tag,\n\ndas Telefonat mit der Therapeutin war am Dienstag, den 7. Juli, wie "
        "abgesprochen um 9 Uhr.\n\nFreundliche Grüße\nGisela Neumann",
        client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("cy27_neumann_two_days.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-07-14 10:40", re(1058),
        "Guten Tag,\n\ndie Behandlung heute am 14.7. hat stattgefunden. Die vom Donnerstag, 9.7., "
        "übrigens auch, da hatte ich vergessen zu antworten.\n\nFreundliche Grüße\nG. Neumann",
        client="plain", reply="cr-1058", style="thunderbird",
        note="answers our request for 14.07. and adds 09.07.")  # fmt: skip
    no("cy28_neumann_no_call.eml", 9, ("other",), "2026-07-21 11:30", re(1060),
       "Guten Tag,\n\nheute hat mich leider niemand angerufen, ich habe bis halb zehn neben dem "
       "Telefon gesessen. Wie geht es jetzt weiter?\n\nG. Neumann",
       client="plain", reply="cr-1060", style="thunderbird",
       note="the session of 21.07. did not take place")  # fmt: skip
    yes("cy29_brandt_0307_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:02",
        re(1063),
        "Bestätigt: 03.07.2026, 16 Uhr, Video.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("cy30_carter_3aug_gmail_en.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:10",
        re(1069, "Re"),
        "Hi, yes the session on August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cy31_carter_17aug_invoice.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 14:25",
        re(1071, "Re"),
        "Confirmed - had my session today (17/08).\n\nQuick question: could you send me an invoice "
        "for my insurance at the end of the month?\n\nThanks, Emily Carter",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",),
        note="a yes with a question about an invoice")  # fmt: skip
    no("cy32_carter_cancel_next.eml", 11, ("cancellation",), "2026-08-26 21:40",
       "Session on Monday",
       "Hi,\n\nI'm afraid I need to cancel next Monday's session (Aug 31), I'll be travelling for "
       "work. The one on the 7th should be fine.\n\nBest,\nEmily", client="gmail",
       note="cancels the coming session of 31.08.")  # fmt: skip
    yes("cy33_yildiz_0508_samsung.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:10",
        re(1075),
        "hallo ja termin am 5.8 war danke",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip


def autumn() -> None:
    yes("cy34_vogel_dateless_signature.eml", 13, (1082,), (), "2026-09-10 08:31", re(1082),
        "Bestätigt. MV\n\n--\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 12, 40212 Düsseldorf\nTel. 0211 8765 4320",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="a dateless yes under our request for 10.09.2026; signature numbers are no date")  # fmt: skip
    yes("cy35_lehmann_0809_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:00",
        re(1087),
        "Hallo,\nja, der Termin am 8.9. hat stattgefunden.\nViele Grüße, Anna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True)  # fmt: skip
    no("cy36_zimmermann_cut_short.eml", 15, ("question",), "2026-10-19 12:55", re(1095),
       "Hallo,\n\nich konnte heute leider nur zehn Minuten, dann musste ich weg zum Arzt, das hatte "
       "ich vergessen. Zählt das trotzdem als Termin?\n\nGruß K. Zimmermann",
       client="plain", reply="cr-1095", style="thunderbird",
       note="the session of 19.10. was broken off after ten minutes; staff decides")  # fmt: skip
    yes("cy37_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:05",
        re(1098),
        "Guten Morgen,\n\ndie Behandlung gestern Abend (07.10.) hat stattgefunden.\n\n"
        "Viele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 06221 43 21 0",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, the next morning")  # fmt: skip
    yes("cy38_jansen_2210_gmail.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:52", re(1104),
        "Jo, hat geklappt am 22.10. Danke!", client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("cy39_nowak_0611_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:05",
        re(1116, "Re"),
        "Hi,\n\nbestätige den Termin vom 6.11. - danke!\n\nDavid",
        client="plain", reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("cy40_hartmann_0311_first.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:15",
        re(1120),
        "Hallo!\n\nJa, die erste Stunde am 03.11. hat stattgefunden, war echt angenehm.\n\n"
        "Liebe Grüße\nLeonie", client="webde", reply="cr-1120", style="webde")  # fmt: skip
    no("cy41_hartmann_move.eml", 20, ("reschedule",), "2026-11-20 09:40", "Termin 24.11.",
       "Hallo,\n\nkann ich den Termin am 24.11. eine Stunde später machen, also 18 Uhr? Ich komme "
       "an dem Tag erst spät von der Uni.\n\nLiebe Grüße\nLeonie Hartmann", client="webde",
       note="asks to move the coming session")  # fmt: skip
    no("cy42_aydin_cancel_sick.eml", 22, ("cancellation",), "2026-03-25 18:20", rem(1135),
       "Hallo\n\nmorgen kann ich leider nicht, bin krank mit Fieber. Ich melde mich wieder.\n\n"
       "Mehmet", client="outlook", reply="rem-1135", style="outlook",
       note="cancels the session of 26.03.")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
