"""Write blind set DB: a plain, representative inbox of the whole year, 41 mails.

31 confirm at least one session (mostly short replies under our request in many mail
programs, chat-style with emojis, abbreviations and one-liners, some with and some without
the day, a few new mails, several days at once, a few late ones, an answer split over two
quick mails, a parent writing for her daughter, a second registered address, a few with a
question or a problem beside the yes). 10 look like confirmations and are not: a
cancellation, reschedule wishes, questions about a coming session, a missed session, a
session that did not happen on our side, replies to a reminder and a video link, a bare
thank-you under our request.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_db`.
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

HERE = data_dir("blind_db")


def winter() -> None:
    yes("db01_krueger_ja_lg.eml", 1, (1003,), (), "2026-01-27 13:12", re(1003),
        "ja hat stattgefunden 👍\nLG Sabine",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    no("db02_krueger_absage_krank.eml", 1, ("cancellation",), "2026-03-02 19:55",
       reminder_subject(1008),
       "hallo, muss morgen leider absagen 🤒 hab fieber seit gestern\nmeld mich wenn ich wieder fit bin\nlg sabine",
       client="webde", reply="rem-1008", style="webde",
       note="cancels tomorrow's session (03.03.) under our reminder; nothing took place")  # fmt: skip
    yes("db03_becker_jo.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 21:14", re(1010),
        "jo, MT am 2.2. hat geklappt\nthx\nTom",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    no("db04_becker_verschieben.eml", 2, ("reschedule",), "2026-02-20 12:31",
       "Termin Montag",
       "Hi,\nkönnen wir Mo 23.2. auf Di 24.2. schieben? selbe Uhrzeit wär super\nbin Montag auf Dienstreise\n\nGruß Tom",
       client="gmail", note="reschedule wish for a coming session")  # fmt: skip
    yes("db05_wolff_formell.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:48", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Krankengymnastik am Freitag, den 16.01.2026, telefonisch stattgefunden hat.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("db06_wolff_nachtrag_fuenf.eml", 4, (1029, 1030, 1031, 1032, 1033),
        ("2026-01-23", "2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-25 10:20", "Bestätigung meiner Behandlungstermine",
        "Sehr geehrtes Praxisteam,\n\nentschuldigen Sie bitte, dass ich mich erst jetzt melde. Meine Frau war im Krankenhaus.\nIch bestätige Ihnen die Telefonbehandlungen vom 23.01., 30.01., 06.02., 13.02. und 20.02.2026, sie haben alle stattgefunden.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", note="late new mail, five days at once")  # fmt: skip
    yes("db07_wagner_ja_uebungen_pdf.eml", 21, (1125,), ("2026-01-19",), "2026-01-19 12:05",
        re(1125),
        "ja 19.1 war 👍🏻\nkönnt ihr mir die übungen nochmal als pdf schicken? hab mir nicht alles gemerkt 😅",
        client="gmail", reply="cr-1125", style="gmail", staff=True, extra=("question",),
        note="confirmation plus a request for the exercise sheet")  # fmt: skip
    yes("db08_aydin_bestaetige.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 15:40", re(1131),
        "Hallo ja bestätige 26.02\nMehmet",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip


def spring() -> None:
    yes("db09_demir_jaaa.eml", 3, (1019,), (), "2026-03-04 10:25", re(1019),
        "jaaa hat stattgefunden 🙏🙏 danke!!",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("db10_demir_teil1_ja.eml", 3, (1021,), (), "2026-03-18 10:21", re(1021),
        "Ja 👍",
        client="iphone", reply="cr-1021", style="iphone",
        note="first of two quick mails: the yes")  # fmt: skip
    yes("db11_demir_teil2_datum.eml", 3, (1021,), ("2026-03-18",), "2026-03-18 10:22",
        re(1021),
        "*am 18.03. war ich da, sorry datum vergessen 🙈",
        client="iphone", reply="cr-1021", style="iphone",
        note="second of two quick mails: only the day, meant as the confirmation")  # fmt: skip
    no("db12_demir_verschlafen.eml", 3, ("reschedule",), "2026-03-25 10:40", re(1022),
       "sorry, war heute nicht drin 😬 hab komplett verschlafen\nkann man das nachholen??",
       client="gmail", reply="cr-1022", style="gmail",
       note="answers our request: the session of 25.03. did not take place; wants a new one")  # fmt: skip
    yes("db13_koch_drei_termine.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 09:15", "Termine",
        "Guten Morgen,\nich bestätige die Behandlungen am Telefon vom 23.3., 25.3. und 30.3.\nAlles gut gelaufen.\nMfG Renate Koch",
        client="tonline", note="new mail, three days")  # fmt: skip
    yes("db14_oneill_confirming.eml", 23, (1137,), ("2026-04-21",), "2026-04-21 22:03",
        re(1137, "RE"),
        "Hi,\n\nconfirming the session on 21 April took place.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("db15_schulz_mama.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:30", re(1034),
        "Hallo,\n\nMarie hatte am 16.4. ihre KG per Video, hat alles geklappt.\n\nLG Katrin Schulz (Mama von Marie)",
        client="thunderbird", reply="cr-1034", style="thunderbird",
        note="the mother confirms for her daughter from the registered address")  # fmt: skip
    yes("db16_schulz_ja_frage_14_5.eml", 5, (1037,), (), "2026-05-07 18:02", re(1037),
        "ja war 👍\nnächste woche 14.5. ist frei oder? brückentag 🤔",
        client="samsung", reply="cr-1037", style="samsung", staff=True, extra=("question",),
        note="a yes; plus a question about next week (no session on 14.05.)")  # fmt: skip


def summer() -> None:
    yes("db17_hoffmann_beide_18_5.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 16:45",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. haben stattgefunden (morgens KGG, mittags MT).\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="one day, two sessions, both confirmed")  # fmt: skip
    no("db18_hoffmann_theraband.eml", 6, ("question",), "2026-05-29 20:10",
       video_link_subject(1045, "AW"),
       "Hallo, brauche ich für Montag ein Theraband oder geht auch ohne?\nGruß Peter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook",
       note="question about the coming session of 01.06.")  # fmt: skip
    yes("db19_berger_nachtrag_mai.eml", 24, (1142, 1143, 1144, 1145),
        ("2026-05-06", "2026-05-13", "2026-05-20", "2026-05-27"), "2026-06-02 11:30",
        "Bestätigung Mai",
        "Hallo liebes Praxisteam,\n\nich hab vergessen zu antworten, tut mir leid.\nDie Termine im Mai haben alle stattgefunden: 6.5., 13.5., 20.5. und 27.5.\n\nViele Grüße\nUrsula Berger",
        client="plain", note="late new mail, four days in May")  # fmt: skip
    yes("db20_popescu_juni.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:20", re(1046),
        "Hallo,\nja die Therapie am 2 Juni war gemacht. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo",
        note="learner's German")  # fmt: skip
    yes("db21_richter_jep.eml", 8, (1052,), (), "2026-06-10 20:02", re(1052),
        "Jep, hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    no("db22_richter_nur_danke.eml", 8, ("other",), "2026-06-10 20:03", re(1052),
       "ach und danke nochmal, der Nacken ist schon viel lockerer 😄\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1052", style="iphone", staff=False,
       note="a bare thank-you under our request: confirms nothing, needs nobody")  # fmt: skip
    yes("db23_richter_zwei_neu.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"),
        "2026-06-25 07:50", "Termine",
        "hey, 17. und 24.6. waren beide 👍\nlg jonas\n\nVon meinem iPhone gesendet",
        client="iphone", note="new mail, two days of June")  # fmt: skip
    yes("db24_neumann_di_do.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-16 16:05", re(1059),
        "Di 14.7 und Do 16.7 beide gewesen, bestätigt.\nGruß G. Neumann",
        client="outlook", reply="cr-1059", style="outlook_classic",
        note="under the request for 16.07., confirms that day and 14.07.")  # fmt: skip
    no("db25_neumann_erinnerung_danke.eml", 9, ("other",), "2026-07-20 10:12",
       reminder_subject(1060),
       "Danke für die Erinnerung, ich bin morgen da.\nG. Neumann",
       client="outlook", reply="rem-1060", style="outlook_classic", staff=False,
       note="reply to a reminder: a session still to come, nothing to confirm")  # fmt: skip
    yes("db26_brandt_ton_weg.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:10", re(1063),
        "Hallo,\nbestätige den 3.7. – der Ton war die ersten 10 min weg, danach ging's.\nFalls das nochmal passiert: gibt's eine Nummer, wo ich anrufen kann?\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", staff=True,
        extra=("technical", "question"),
        note="confirmed, with a sound problem and a question")  # fmt: skip
    no("db27_brandt_code_thx.eml", 10, ("other",), "2026-07-21 14:02", video_link_subject(1066),
       "thx, hab den code 👍",
       client="thunderbird", reply="vl-1066", style="thunderbird", staff=False,
       note="acknowledges a video link for a coming session")  # fmt: skip


def autumn() -> None:
    yes("db28_carter_aug3.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:15", re(1069, "Re"),
        "Hi, yes the session on Aug 3 happened, thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("db29_carter_confirmed.eml", 11, (1071,), (), "2026-08-17 13:50", re(1071, "Re"),
        "Confirmed 👍",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    no("db30_carter_nobody_joined.eml", 11, ("technical",), "2026-08-24 13:40",
       re(1072, "Re"),
       "Hi, I was in the video room from 12 to 12:20 today but nobody joined?\nDid I miss something? Please don't bill this one.\nEmily",
       client="gmail", reply="cr-1072", style="gmail_en",
       note="the session of 24.08. did not take place")  # fmt: skip
    yes("db31_yildiz_5_8.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:40", re(1075),
        "hallo ja termin war am 5.8 danke schön\nlg fatma",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("db32_yildiz_spaet.eml", 12, (1078,), ("2026-08-26",), "2026-09-14 21:30", re(1078),
        "entschuldigung spät 🙈 26.08 war termin ja",
        client="samsung", reply="cr-1078", style="samsung",
        note="late yes, weeks after the session")  # fmt: skip
    yes("db33_vogel_bestaetigt.eml", 13, (1082,), (), "2026-09-10 09:05", re(1082),
        "Bestätigt.\nMV\n\n--\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\nKönigsallee 12, 40212 Düsseldorf\nTel. 0211 123 456 78",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("db34_lehmann_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:20", re(1087),
        "Ja, die Behandlung am 08.09. hat stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True)  # fmt: skip
    yes("db35_zimmermann_berlinerisch.eml", 15, (1094,), ("2026-10-12",), "2026-10-12 13:45",
        re(1094),
        "Jo, hat jeklappt am Montach den 12.10.\nJruß Klaus Z.",
        client="webde", reply="cr-1094", style="webde", note="dialect")  # fmt: skip
    yes("db36_schaefer_kanzlei.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:12", re(1099),
        "Guten Morgen,\n\nja, der Termin am 14.10. hat stattgefunden.\n\nBeste Grüße\nB. Schäfer\n\nSchäfer Steuerberatung\nTel. 0221 987 65 43",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("db37_jansen_jo.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:10", re(1104),
        "jo 👍 22.10 passt, war gut",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    no("db38_jansen_naechster.eml", 17, ("question",), "2026-11-01 18:22", "frage",
       "hey wann is nochmal der nächste termin? 🤔 donnerstag?\nole",
       client="gmail", note="question about a coming session")  # fmt: skip
    yes("db39_nowak_nov6.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:02", re(1116, "Re"),
        "confirmed, 6 Nov session took place.\nD.",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("db40_hartmann_super.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:40", re(1120),
        "Hallo ☺️ ja hat stattgefunden am 3.11, war super!!\nlg leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    no("db41_hartmann_verschieben.eml", 20, ("reschedule",), "2026-11-16 17:25",
       reminder_subject(1122),
       "hey, kann ich morgen auf 18 uhr schieben? arbeite länger 😕\nlg leonie",
       client="webde", reply="rem-1122", style="webde",
       note="wants to move tomorrow's session (17.11.)")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
