"""Write blind set BG: a plain, representative inbox of the whole year, 43 mails. Most are
short replies under our confirmation request from phones and webmail, with and without the
day; some new mails naming one or several days, a few late ones, a few with a question or
a problem beside the yes; many from older patients and from relatives who write for them
(a wife, a daughter, a grandson, a son, a mother for her child). The ten look-alikes are a
cancellation, two reschedule wishes, a question about a coming session, a code problem
before a session, a session nobody called for, a session that did not take place, a video
session that broke off, a reply to a reminder and an advance "I will be there".

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bg`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bg")


def winter() -> None:
    yes("bg01_krueger_webde_dateless.eml", 1, (1003,), (), "2026-01-27 12:10", re(1003),
        "Ja, hat stattgefunden.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("bg02_wolff_tonline_date.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:20", re(1028),
        "Hallo,\n\ndie Behandlung am 16.01. hat stattgefunden.\n\nMfG\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bg03_wolff_wife_two_days.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-31 10:12", "Behandlungen meines Mannes",
        "Sehr geehrte Damen und Herren,\n\nmein Mann hatte am 23.1. und am 30.1. seine"
        " Krankengymnastik am Telefon. Beides hat stattgefunden, er ist sehr zufrieden.\n"
        "Er selber kommt mit dem Computer nicht klar, deshalb schreibe ich.\n\n"
        "Mit freundlichen Grüßen\nIngrid Wolff",
        client="tonline", name="Ingrid Wolff",
        note="the wife writes a new mail from his address for two Fridays")  # fmt: skip
    yes("bg04_becker_gmail_short.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:40", re(1010),
        "Bestätigt, 02.02. fand statt.\nT. Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("bg05_becker_outlook_three_late.eml", 2, (1012, 1013, 1014),
        ("2026-02-09", "2026-02-12", "2026-02-16"), "2026-02-17 08:15", "Bestätigung Termine Februar",
        "Guten Morgen,\n\nich bin etwas hinterher: die Termine am 9., 12. und 16. Februar haben"
        " alle stattgefunden.\n\nBeste Grüße\nThomas Becker\n\nVon meinem iPhone gesendet",
        client="outlook")  # fmt: skip
    yes("bg06_wagner_iphone_dateless.eml", 21, (1124,), (), "2026-01-12 11:30", re(1124),
        "Ja hat stattgefunden\n\nLG Sophie\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1124", style="iphone")  # fmt: skip
    yes("bg07_wagner_yes_and_prescription.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 13:00",
        re(1128),
        "Hallo,\nja, am 9.2. war die Stunde.\nKurze Frage noch: brauche ich für die weiteren"
        " Termine ein neues Rezept? Ich glaube meins ist bald aufgebraucht.\n\nDanke und Gruß\n"
        "Sophie Wagner",
        client="gmail", reply="cr-1128", style="gmail", staff=True, extra=("question",),
        note="confirms 09.02. and asks about a new prescription")  # fmt: skip
    yes("bg08_krueger_two_late.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-03-05 19:45", "Termine im Februar",
        "Liebes Praxisteam,\n\nbeim Aufräumen meiner Mails habe ich gesehen dass ich die Termine"
        " vom 3.2. und 10.2. nie bestätigt habe, tut mir leid. Beide haben stattgefunden.\n\n"
        "Herzliche Grüße\nSabine Krüger",
        client="webde", note="a month late, two Tuesdays")  # fmt: skip
    yes("bg09_aydin_samsung.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:05", re(1130),
        "Hallo ja der termin am 19.2 hat statt gefunden\n\nMehmet Aydin",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip


def spring() -> None:
    yes("bg10_demir_gmail_bottom.eml", 3, (1019,), (), "2026-03-04 10:30", re(1019),
        "hat stattgefunden, danke!",
        client="gmail", reply="cr-1019", style="gmail", bottom=True,
        note="bottom-posted yes under our request for 04.03.2026")  # fmt: skip
    yes("bg11_demir_samsung_next_morning.eml", 3, (1022,), ("2026-03-25",), "2026-03-26 07:50",
        re(1022), "Ja am 25.3 war Termin. Gruß Aylin",
        client="samsung", reply="cr-1022", style="samsung")  # fmt: skip
    yes("bg12_koch_daughter_two.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-25 18:30", "Renate Koch - Bestätigung",
        "Hallo,\n\nich schreibe für meine Mutter Renate Koch (über ihre Adresse). Sie hatte am"
        " Montag, 23.03. und am Mittwoch, 25.03. jeweils ihre Behandlung am Telefon. Beide"
        " haben stattgefunden.\n\nViele Grüße\nPetra Meier (Tochter)",
        client="tonline", name="Renate Koch",
        note="the daughter writes from her mother's address")  # fmt: skip
    yes("bg13_koch_lowercase.eml", 18, (1111,), ("2026-03-30",), "2026-03-30 17:20", re(1111),
        "ja war alles gut am 30.3\ngruss renate koch",
        client="tonline", reply="cr-1111", style="tonline")  # fmt: skip
    yes("bg14_koch_bad_line.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 18:05", re(1113),
        "Guten Abend,\n\ndie Behandlung am 8.4. hat stattgefunden. Aber die Verbindung war"
        " schlecht, ich habe vieles nicht verstanden. Kann die Therapeutin beim nächsten Mal"
        " etwas lauter sprechen? Ich höre nicht mehr so gut.\n\nMit freundlichen Grüßen\n"
        "Renate Koch",
        client="tonline", reply="cr-1113", style="tonline", staff=True, extra=("question",),
        note="confirms 08.04. but asks for a louder call next time")  # fmt: skip
    yes("bg15_schulz_mother_for_child.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:10",
        re(1034),
        "Hallo,\n\nMarie hatte am 16.4. ihre Stunde, hat gut geklappt.\n\nViele Grüße\n"
        "Katrin Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz",
        note="the mother confirms for her daughter")  # fmt: skip
    yes("bg16_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:02",
        re(1136, "RE"),
        "Hi,\n\nYes, the session on 14 April took place.\n\nThanks,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bg17_berger_formal.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 14:00", re(1142),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom"
        " 06.05.2026.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("bg18_berger_grandson_two.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-24 20:10", "Oma Berger",
        "Hallo,\n\nmeine Oma (Ursula Berger) hat mich gebeten Ihnen zu schreiben, dass die"
        " Anrufe am 13. und 20. Mai beide stattgefunden haben. Sie kommt mit der Mail nicht"
        " so zurecht.\n\nLG Tim",
        client="plain", note="the grandson writes late from her address for two days")  # fmt: skip
    yes("bg19_hoffmann_both_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. haben stattgefunden, morgens das Gerätetraining und"
        " mittags die Manuelle.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of the day, KGG and MT")  # fmt: skip
    yes("bg20_hoffmann_bestaetigt.eml", 6, (1044,), (), "2026-05-26 09:30", re(1044),
        "Bestätigt.\nP. Hoffmann\n\nOutlook für Android herunterladen",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip


def summer() -> None:
    yes("bg21_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:00", re(1046),
        "Hallo,\nich bestätige die Termin am 2 Juni, es war gut. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("bg22_neumann_heute.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:00", re(1056),
        "Guten Tag,\n\nja, ich bin heute angerufen worden, die Behandlung hat stattgefunden.\n\n"
        "Freundliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("bg23_neumann_week_two.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-16 15:00", "Bestätigung",
        "Guten Tag,\n\ndie beiden Termine diese Woche, Dienstag 14.7. und Donnerstag 16.7.,"
        " haben stattgefunden.\n\nFreundliche Grüße\nGisela Neumann",
        client="thunderbird")  # fmt: skip
    yes("bg24_neumann_three_late.eml", 9, (1060, 1061, 1062),
        ("2026-07-21", "2026-07-23", "2026-07-28"), "2026-08-10 10:25", "Nachtrag Juli",
        "Guten Tag,\n\nEntschuldigung, dass ich mich so spät melde, ich war zwei Wochen bei"
        " meiner Tochter in Kassel. Die Behandlungen am 21., 23. und 28. Juli haben alle"
        " stattgefunden.\n\nFreundliche Grüße\nGisela Neumann",
        client="thunderbird", note="late, three days of July")  # fmt: skip
    yes("bg25_brandt_iphone_jo.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 18:02", re(1064),
        "jo, 10.7. hat stattgefunden\n\nGesendet von iPhone",
        client="iphone", reply="cr-1064", style="iphone")  # fmt: skip
    yes("bg26_carter_english_today.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:30",
        re(1070, "Re"),
        "Confirmed - had my session today (Aug 10th). Cheers, Emily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("bg27_yildiz_webde.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00", re(1075),
        "hallo ja termin war am 05.08 danke",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("bg28_yildiz_son.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 19:00", re(1078),
        "Hallo,\nich bin der Sohn von Frau Yıldız. Meine Mutter hatte am 26.08. ihren"
        " Telefontermin, der hat stattgefunden.\nMfg Emre Yıldız",
        client="webde", reply="cr-1078", style="webde", name="Fatma Yıldız",
        note="the son writes for his mother from her address")  # fmt: skip


def autumn() -> None:
    yes("bg29_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:15", re(1082),
        "Hiermit bestätige ich die Behandlung vom 10.09.2026.\n\nMit freundlichen Grüßen\n\n"
        "Dr. Michael Vogel\nVogel & Partner Rechtsanwälte\nHohenzollernring 12, 50672 Köln\n"
        "Tel. 0221 123 45 67",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("bg30_lehmann_apple.eml", 14, (1088,), (), "2026-09-15 15:00", re(1088),
        "Ja, die Behandlung hat stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="apple", reply="cr-1088", style="iphone")  # fmt: skip
    yes("bg31_zimmermann_moin.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:00", re(1093),
        "Moin,\nTermin am 5.10. hat stattgefunden.\nGruß Klaus",
        client="thunderbird", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("bg32_zimmermann_and_question.eml", 15, (1095,), ("2026-10-19",), "2026-10-20 09:00",
        re(1095),
        "Moin,\n19.10. war. Nächste Woche fällt ja aus, bleibt es dann beim 2.11. um 11?\n"
        "Gruß Klaus Zimmermann",
        client="thunderbird", reply="cr-1095", style="thunderbird", staff=True,
        extra=("question",), note="confirms 19.10. and asks whether 02.11. stays")  # fmt: skip
    yes("bg33_schaefer_work_address.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:40",
        re(1099),
        "Guten Morgen,\n\ndie Behandlung gestern Abend hat stattgefunden.\n\nViele Grüße\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0511 98 76 54-0",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, 'gestern Abend' = 14.10.")  # fmt: skip
    yes("bg34_nowak_english_late_two.eml", 19, (1116, 1117), ("2026-11-06", "2026-11-13"),
        "2026-11-25 21:40", "Confirmation",
        "Hi,\n\nsorry for the delay - confirming that my sessions on 6.11. and 13.11. both"
        " took place.\n\nBest\nDavid",
        client="plain", note="late, two Fridays, English with German day format")  # fmt: skip


def look_alikes() -> None:
    no("bg35_demir_cancel.eml", 3, ("cancellation",), "2026-04-20 07:40",
       "Absage Termin 22.04.",
       "Guten Morgen,\nich muss den Termin am Mittwoch 22.04. leider absagen, ich liege mit"
       " Fieber im Bett.\nLiebe Grüße\nAylin Demir",
       client="gmail", note="cancels a coming session")  # fmt: skip
    no("bg36_becker_reminder_move.eml", 2, ("reschedule",), "2026-02-25 18:00", rem(1017),
       "Hallo, können wir morgen auf 18:30 gehen? Ich schaffe es vorher nicht nach Hause.\n"
       "Gruß T. Becker",
       client="gmail", reply="rem-1017", style="gmail",
       note="reply to a reminder asking to move tomorrow's session")  # fmt: skip
    no("bg37_richter_camera_question.eml", 8, ("question",), "2026-05-31 20:15",
       "AW: Ihr Videotermin am 03.06.2026",
       "Hallo,\nbrauche ich für den Termin am Mittwoch eine Kamera am Laptop oder geht das"
       " auch übers Handy?\nDanke, Jonas",
       client="iphone", reply="vl-1051", style="iphone",
       note="question about a coming video session")  # fmt: skip
    no("bg38_berger_nobody_called.eml", 24, ("other",), "2026-05-27 12:30", re(1145),
       "Sehr geehrte Damen und Herren,\n\nbei mir hat heute niemand angerufen. Ich habe den"
       " ganzen Vormittag am Telefon gewartet.\n\nMit freundlichen Grüßen\nUrsula Berger",
       client="thunderbird", reply="cr-1145", style="thunderbird",
       note="the session of 27.05. did not take place: nobody called")  # fmt: skip
    no("bg39_koch_reminder_ok.eml", 18, ("other",), "2026-04-12 16:00", rem(1114),
       "Ja, ich bin am Montag um 15 Uhr zu Hause und erreichbar.\nGruß R. Koch",
       client="tonline", reply="rem-1114", style="tonline", staff=False,
       note="acknowledges a reminder for a coming session; nothing to do")  # fmt: skip
    no("bg40_neumann_did_not_take_place.eml", 9, ("other",), "2026-07-09 11:30", re(1057),
       "Guten Tag,\n\ndie Behandlung hat leider nicht stattgefunden, ich war beim Augenarzt und"
       " habe vergessen abzusagen. Entschuldigung!\n\nFreundliche Grüße\nGisela Neumann",
       client="thunderbird", reply="cr-1057", style="thunderbird",
       note="says the session of 09.07. did not take place")  # fmt: skip
    no("bg41_jansen_code_invalid.eml", 17, ("technical",), "2026-10-22 10:04",
       "AW: Ihr Videotermin am 22.10.2026",
       "Hallo, der Zugangscode geht nicht, da steht 'ungültig'. Ich warte im Browser.\nOle",
       client="gmail", reply="vl-1104", style="gmail",
       note="cannot join the running session")  # fmt: skip
    no("bg42_hartmann_child_sick.eml", 20, ("cancellation",), "2026-11-16 18:00", rem(1122),
       "Hallo, ich kann morgen leider nicht, mein Sohn ist krank. Bitte absagen, danke!\n"
       "Leonie Hartmann",
       client="webde", reply="rem-1122", style="webde",
       note="cancels tomorrow's session in a reply to the reminder")  # fmt: skip
    no("bg43_krueger_video_broke_off.eml", 1, ("technical", "question"), "2026-03-10 12:00",
       re(1009),
       "Hallo,\n\nheute hat es nicht richtig geklappt, nach ungefähr 10 Minuten ist das Video"
       " abgebrochen und kam nicht wieder. Wie wird das jetzt gemacht, bekomme ich einen neuen"
       " Termin?\n\nGruß Sabine Krüger",
       client="webde", reply="cr-1009", style="webde",
       note="the session of 10.03. broke off after 10 minutes: not a confirmation")  # fmt: skip
    no("bg44_aydin_move_thursday.eml", 22, ("reschedule",), "2026-03-10 08:20",
       "Termin Donnerstag",
       "Hallo,\nkann man den Termin am Donnerstag 12.3. auf Freitag verschieben? Ich muss"
       " arbeiten.\nMehmet Aydin",
       client="samsung", note="asks to move a coming session")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
