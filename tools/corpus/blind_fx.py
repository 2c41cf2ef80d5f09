"""Write blind set FX: a plain, representative inbox of the whole year, 42 mails (31 confirming at least one session, 11 not).

Mostly short replies under our confirmation request from many mail programs (web.de,
Gmail, iPhone, Outlook, Thunderbird, T-Online, Samsung, Yahoo), some with and some
without the day, a few new mails naming one or several days, a few late ones, some in
English or learners' German, a few with a question or a problem beside the yes. The
look-alikes are what such an inbox holds besides: a cancellation, a reschedule wish, a
question about a coming video session, a missed session, an interrupted session, a reply
to a reminder, a "confirmation" of a coming day, of a cancelled day and of a day with no
appointment, and a complaint that a session did not take place.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fx`.
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

HERE = data_dir("blind_fx")


def winter() -> None:
    yes("fx01_krueger_short_yes.eml", 1, (1003,), (), "2026-01-27 12:14", re(1003),
        "Ja, hat stattgefunden.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("fx02_becker_gmail.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:41",
        re(1010, "Re"),
        "Hiermit bestätige ich die Behandlung am 2.2.2026.\n\nGruß\nThomas Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("fx03_becker_three_days.eml", 2, (1013, 1014, 1015),
        ("2026-02-12", "2026-02-16", "2026-02-19"), "2026-02-20 08:15",
        "Bestätigung Manuelle Therapie",
        "Guten Morgen,\n\nkurz gesammelt für die letzten Termine: die Behandlungen am 12.02.,"
        " 16.02. und 19.02. haben alle stattgefunden.\n\nBeste Grüße\nThomas Becker",
        client="gmail", note="a new mail confirming three days at once")  # fmt: skip
    yes("fx04_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:52", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische"
        " Behandlung am Freitag, den 16.01.2026 stattgefunden hat.\n\nMit freundlichem Gruß\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("fx05_wolff_late_three.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-09 10:05",
        "Bestätigung Termine",
        "Guten Tag,\n\nentschuldigen Sie bitte, dass ich erst jetzt schreibe, ich komme mit dem"
        " Computer nicht so gut zurecht. Die Behandlungen am 23.1., 30.1. und 6.2. haben"
        " stattgefunden, jeweils Freitags am Telefon.\n\nMit freundlichen Grüßen\n"
        "H.-J. Wolff",
        client="tonline", note="a late new mail confirming three Fridays")  # fmt: skip
    yes("fx06_wagner_late_two.eml", 21, (1128, 1129), ("2026-02-09", "2026-02-16"),
        "2026-03-06 21:30", "Nachtrag Bestätigung",
        "Hallo liebes Praxisteam,\n\nich hab gemerkt dass ich zwei Mails von euch nie"
        " beantwortet habe, sorry! Die Termine am 9. und 16. Februar haben beide"
        " stattgefunden.\n\nLiebe Grüße\nSophie Wagner",
        client="webde", note="weeks late, two days in one new mail")  # fmt: skip
    yes("fx07_aydin_hotmail.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:10", re(1130),
        "Hallo, ja Termin war am 19.02 alles gut.\nGruss Mehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip


def spring() -> None:
    yes("fx08_demir_heute.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:22",
        re(1019, "Re"), "Ja war heute 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1019", style="iphone",
        note="'heute' under our request for 04.03.2026")  # fmt: skip
    yes("fx09_demir_after_cancelled.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 12:45",
        re(1024, "Re"),
        "Hallo, ich bestätige den 8.4. Letzte Woche war ja ausgefallen, heute hat es aber"
        " geklappt.\nLG Aylin",
        client="iphone", reply="cr-1024", style="iphone",
        note="the cancelled 01.04. is only mentioned as cancelled")  # fmt: skip
    yes("fx10_koch_late.eml", 18, (1109,), ("2026-03-23",), "2026-04-20 09:12", re(1109),
        "Guten Morgen,\nentschuldigen Sie die späte Antwort, die Mail war bei mir"
        " untergegangen. Der Termin am 23. März hat stattgefunden.\nFreundliche Grüße\n"
        "Renate Koch",
        client="tonline", reply="cr-1109", style="tonline", note="four weeks late")  # fmt: skip
    yes("fx11_schulz_thunderbird.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:40",
        re(1034),
        "Hallo,\n\nja, der Termin am 16.4. hat stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("fx12_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 22:05",
        re(1136, "RE"),
        "Confirmed - the session on 14/04 went ahead.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("fx13_oneill_no_day.eml", 23, (1138,), (), "2026-04-29 07:50", re(1138, "RE"),
        "Yes, that one happened. Thanks!\nJames",
        client="outlook", reply="cr-1138", style="outlook_en",
        note="a yes under our request for 28.04.2026, no day named")  # fmt: skip
    yes("fx14_hoffmann_outlook.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:35",
        re(1040),
        "Bestätigt. 04.05.2026, KGG per Video.\n\nP. Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("fx15_hoffmann_both_same_day.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 20:10", "Termine 18.05.",
        "Guten Abend,\n\nbeide Termine heute, am 18.05., haben stattgefunden: morgens das"
        " Gerätetraining und mittags die Manuelle Therapie.\n\nMit freundlichen Grüßen\n"
        "Peter Hoffmann",
        client="outlook", note="two appointments on the same day, both confirmed")  # fmt: skip
    yes("fx16_berger_with_problem.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:20",
        re(1142),
        "Guten Tag,\nja, die Behandlung am 6. Mai hat stattgefunden. Aber das Handy hat"
        " zweimal die Verbindung verloren. Kann die Therapeutin das nächste Mal bitte auf"
        " dem Festnetz anrufen? 030 4412 9087\nMit freundlichen Grüßen\nUrsula Berger",
        client="plain", reply="cr-1142", style="thunderbird", staff=True,
        extra=("question",), note="confirmed, plus a request to call the landline")  # fmt: skip


def summer() -> None:
    yes("fx17_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:30",
        re(1046),
        "Hallo,\nich bestätige das Termin war am 2 Juni. Alles gut gemacht.\nDanke schön\n"
        "Elena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("fx18_richter_jo.eml", 8, (1051,), (), "2026-06-03 20:15", re(1051, "Re"),
        "Jo hat geklappt, danke!",
        client="iphone", reply="cr-1051", style="iphone",
        note="a yes under our request for 03.06.2026, no day named")  # fmt: skip
    yes("fx19_neumann_lower.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:48", re(1056),
        "ja die behandlung am 7.7. war. gruß gisela neumann",
        client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("fx20_brandt_bottom_gmail.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:05",
        re(1063, "Re"), "Bestätigt, 03.07.\n\nLukas",
        client="gmail", reply="cr-1063", style="gmail", bottom=True)  # fmt: skip
    yes("fx21_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:12",
        re(1069, "Re"),
        "Hi,\n\nYes, confirming that my session on August 3rd took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("fx22_carter_with_question.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 16:40",
        re(1071, "Re"),
        "Confirmed for 17 Aug.\n\nQuick question: will I get an invoice for my private"
        " insurance at the end, or after each session?\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",),
        note="confirmed, plus a billing question")  # fmt: skip
    yes("fx23_yildiz_webde.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:02", re(1075),
        "Ja es hat stattgefunden am 5.8. Danke",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("fx24_yildiz_samsung.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 19:44",
        re(1078), "Bestätige 26.08.2026\n\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip


def autumn() -> None:
    yes("fx25_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:05",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 10.09.2026 bestätige ich"
        " hiermit.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n"
        "Vogel & Partner Rechtsanwälte mbB\nKönigsallee 14, 40212 Düsseldorf\n"
        "Tel. +49 211 4478 120 | Fax +49 211 4478 129",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("fx26_lehmann_uni.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:30", re(1087),
        "Hallo,\n\nhiermit bestätige ich den Termin am 08.09.\n\nViele Grüße\nAnna Lehmann\n\n"
        "--\nAnna Lehmann, M.A.\nInstitut für Sozialwissenschaften, Raum 3.14\n"
        "Tel. 0341 97 35612",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("fx27_zimmermann_moin.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:15",
        re(1093), "Moin, war gut heute. Bestätige 5.10.\nKlaus",
        client="plain", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("fx28_schaefer_office.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:31",
        re(1098),
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlung vom 07.10.\n\nMit freundlichen"
        " Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 030 8821 440",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        client="outlook", reply="cr-1098", style="outlook",
        note="from her second registered address, the next morning")  # fmt: skip
    yes("fx29_jansen_ja.eml", 17, (1104,), (), "2026-10-22 12:03", re(1104, "Re"),
        "Ja, bestätige",
        client="gmail", reply="cr-1104", style="gmail",
        note="a yes under our request for 22.10.2026, no day named")  # fmt: skip
    yes("fx30_nowak_english.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:10",
        re(1116, "Re"),
        "Hi, yes the session on 6 Nov happened. Best, David",
        client="plain", reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("fx31_hartmann_lg.eml", 20, (1120,), (), "2026-11-03 19:20", re(1120),
        "Ja hat stattgefunden! LG Leonie",
        client="webde", reply="cr-1120", style="webde",
        note="a yes under our request for 03.11.2026, no day named")  # fmt: skip


def look_alikes() -> None:
    no("fx32_demir_cancel.eml", 3, ("cancellation",), "2026-04-14 09:10",
       reminder_subject(1025, "Re"),
       "Hallo, ich kann morgen leider nicht, mein Sohn ist krank. Bitte absagen. Danke, Aylin",
       client="iphone", reply="rem-1025", style="iphone",
       note="cancels tomorrow's session under our reminder")  # fmt: skip
    no("fx33_becker_reschedule.eml", 2, ("reschedule",), "2026-02-24 09:30",
       "Termin Donnerstag",
       "Hallo,\n\nkönnten wir den Termin am Donnerstag, 26.02., auf 18:30 Uhr schieben? Ich"
       " habe bis 18 Uhr ein Meeting.\n\nGruß\nThomas Becker",
       client="gmail", note="asks to move a coming session")  # fmt: skip
    no("fx34_richter_question.eml", 8, ("question",), "2026-06-08 10:40",
       video_link_subject(1052),
       "Hi, muss ich für die Stunde am Mittwoch irgendwas vorbereiten? Matte, Handtuch?\n"
       "Gruß Jonas",
       client="iphone", reply="vl-1052", style="iphone",
       note="a question about a coming video session")  # fmt: skip
    no("fx35_carter_missed.eml", 11, ("question",), "2026-08-10 15:05", re(1070, "Re"),
       "Hi,\n\nso sorry, I couldn't join today, I was stuck in a meeting and didn't see the"
       " time. Did the therapist wait long? Please let me know if I have to pay for it.\n\n"
       "Emily",
       client="gmail", reply="cr-1070", style="gmail_en",
       note="the session did not take place; a question about paying")  # fmt: skip
    no("fx36_wolff_reminder_ok.eml", 4, ("other",), "2026-02-12 15:20",
       reminder_subject(1032),
       "Ja, ich bin morgen erreichbar.\nGruß Wolff",
       client="tonline", reply="rem-1032", style="tonline", staff=False,
       note="acknowledges the reminder for a coming session; nothing to do")  # fmt: skip
    no("fx37_lehmann_broken_video.eml", 14, ("technical",), "2026-09-22 15:10", re(1089),
       "Hallo,\n\nleider hat das Video heute nicht richtig funktioniert, das Bild ist immer"
       " wieder eingefroren und wir haben nach etwa zehn Minuten abgebrochen. Wie machen wir"
       " das jetzt?\n\nViele Grüße\nAnna Lehmann",
       client="thunderbird", reply="cr-1089", style="thunderbird",
       note="the session was broken off after ten minutes; nothing to confirm")  # fmt: skip
    no("fx38_schulz_not_called.eml", 5, ("other",), "2026-05-07 17:30", re(1037),
       "Hallo,\n\ndas kann ich nicht bestätigen, heute ist niemand in den Videoraum gekommen."
       " Ich habe 20 Minuten gewartet.\n\nGruß\nMarie Schulz",
       client="thunderbird", reply="cr-1037", style="thunderbird",
       note="the session of 07.05. did not take place")  # fmt: skip
    no("fx39_koch_cancel.eml", 18, ("cancellation",), "2026-04-06 18:00",
       "Absage Mittwoch",
       "Guten Abend,\nich muss den Termin am Mittwoch, 8.4., leider absagen, ich bin beim"
       " Arzt.\nFreundliche Grüße\nRenate Koch",
       client="tonline", note="cancels a coming session")  # fmt: skip
    yes("fx40_jansen_future.eml", 17, (), (), "2026-11-04 09:15", "Termin morgen",
        "Hallo, hiermit bestätige ich den Termin morgen am 5.11. um 10 Uhr.\nOle Jansen",
        client="gmail", staff=True,
        note="'confirms' a session that has not happened yet; nothing to record")  # fmt: skip
    yes("fx41_yildiz_cancelled_day.eml", 12, (), (), "2026-08-20 10:00",
        "Bestätigung",
        "Hallo, ich bestätige Termin 19.8.\nFatma Yildiz",
        client="webde", staff=True,
        note="19.08. was cancelled; nothing to record, staff must look")  # fmt: skip
    yes("fx42_zimmermann_no_such_day.eml", 15, (), ("2026-10-13",), "2026-10-14 10:30",
        "Bestätigung",
        "Moin, Behandlung am 13.10. hat stattgefunden. Gruß Klaus Zimmermann",
        client="plain", staff=True,
        note="no appointment on 13.10. (his was Monday 12.10.); staff must look")  # fmt: skip


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
