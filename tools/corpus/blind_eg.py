"""Write blind set EG: a plain, representative inbox of the whole year, nothing themed.

44 mails from the patients in practice.toml: 33 confirm at least one session (mostly short
replies under our request from phones and webmail, with and without the day, a few new
mails naming several days, a few late, a few with a question or a reschedule wish beside
the yes, one confirming a day and reporting a missed one) and 11 look like confirmations
and are not (a cancellation, reschedule wishes, a question about a coming session, a
missed session, a failed video link, replies to reminders and a video link, a "yes" for a
cancelled day and one for a day with no appointment).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_eg`.
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

HERE = data_dir("blind_eg")


def replies_under_request() -> None:
    yes("eg01_krueger_27jan.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:20", re(1003),
        "Hallo,\n\nja die Behandlung am 27.1. hat stattgefunden.\n\nGruß\nS. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("eg02_becker_2feb.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:40", re(1010),
        "Bestätige den Termin vom 2.2., hat alles geklappt.\n\nThomas",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("eg03_demir_no_day.eml", 3, (1019,), (), "2026-03-04 10:15", re(1019),
        "ja hat stattgefunden, danke!",
        client="gmail", reply="cr-1019", style="gmail",
        note="a yes under our request for 04.03.2026, no day named")  # fmt: skip
    yes("eg04_schulz_bottom.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:30", re(1034),
        "Hallo,\n\nja, der Termin am 16.04. fand statt.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True)  # fmt: skip
    yes("eg05_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:05",
        re(1043),
        "Guten Tag,\n\nbeide Termine am 18.05. (morgens Gerät, mittags MT) haben stattgefunden.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook_classic",
        note="both sessions of 18.05.2026 (07:30 KGG and 12:30 MT) named")  # fmt: skip
    yes("eg06_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:10", re(1046),
        "Guten Tag,\nich bestatige das Termin am 2 Juni war.\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("eg07_richter_thumbs.eml", 8, (1051,), (), "2026-06-03 19:50", re(1051),
        "Jo, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone",
        note="a yes under our request for 03.06.2026")  # fmt: skip
    yes("eg08_brandt_formal.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 17:45", re(1063),
        "Hiermit bestätige ich die Behandlung vom 03.07.2026.\n\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("eg09_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:00",
        re(1069, "Re"),
        "Hi,\n\nyes, the session on 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("eg10_yildiz_lower.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:20", re(1075),
        "hallo ja termin 5.8 war, danke",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("eg11_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:40", re(1082),
        "Bestätigt: Behandlung am 10.09.2026 hat stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Dr. Michael Vogel\nVogel & Partner Rechtsanwälte\nTel. 0221 4455667",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("eg12_schaefer_work_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:05",
        re(1098),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom 07.10.2026.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\nSteuerberaterin",
        client="outlook", reply="cr-1098", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("eg13_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:48", re(1104),
        "moin, war gut. bestätige 22.10.\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("eg14_nowak_english.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00", re(1116, "Re"),
        "Confirming the session on Nov 6th.\n\nBest,\nDavid",
        reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("eg15_hartmann_smiley.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:20", re(1120),
        "Hallo!\nJa, Behandlung hat am 3.11. stattgefunden 😊\nLiebe Grüße Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("eg16_wagner_short.eml", 21, (1124,), (), "2026-01-12 11:45", re(1124),
        "Ja, bestätigt.\nSophie",
        client="gmail", reply="cr-1124", style="gmail",
        note="a yes under our request for 12.01.2026")  # fmt: skip
    yes("eg17_aydin_typos.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:30", re(1130),
        "Hallo ich bestetige termin 19.02 es hat stadgefunden\nGruss Mehmet\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("eg18_oneill_next_morning.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:10",
        re(1136, "RE"),
        "Hi there,\n\nhappy to confirm last night's call (14 April) went ahead.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("eg19_krueger_iphone.eml", 1, (1006,), ("2026-02-17",), "2026-02-17 13:00", re(1006),
        "Hat stattgefunden, am 17.2.\nLg Sabine Krüger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1006", style="iphone")  # fmt: skip
    yes("eg20_neumann_dialect.eml", 9, (1060,), ("2026-07-21",), "2026-07-21 11:00", re(1060),
        "Ja freilich hat des stattgfunden am 21. Juli, passt alles.\nGrüße Gisela",
        reply="cr-1060", style="thunderbird")  # fmt: skip
    yes("eg21_koch_no_day_tonline.eml", 18, (1113,), (), "2026-04-08 17:20", re(1113),
        "Ja das hat geklappt. Vielen Dank und schöne Grüße\nRenate Koch",
        client="tonline", reply="cr-1113", style="tonline",
        note="a yes under our request for 08.04.2026")  # fmt: skip
    yes("eg22_berger_bottom_no_day.eml", 24, (1145,), (), "2026-05-27 10:40", re(1145),
        "Ja, Termin war.\n\nU. Berger",
        reply="cr-1145", style="thunderbird", bottom=True,
        note="a yes under our request for 27.05.2026, bottom-posted")  # fmt: skip


def with_something_beside() -> None:
    yes("eg23_lehmann_question.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:30", re(1087),
        "Hallo,\n\nja, hat stattgefunden (08.09.). Eine Frage noch: kann ich die Übungen von "
        "heute auch schriftlich bekommen? Ich vergesse immer die Reihenfolge.\n\nLG Anna",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True,
        staff=True, extra=("question",), note="a yes and a question")  # fmt: skip
    yes("eg24_becker_invoice.eml", 2, (1013,), ("2026-02-12",), "2026-02-13 07:50", re(1013),
        "Hallo,\n\nja, 12.02. fand statt. Bekomme ich die Rechnung für Februar gesammelt oder "
        "für jede Sitzung einzeln?\n\nGruß\nThomas Becker",
        client="outlook", reply="cr-1013", style="outlook",
        staff=True, extra=("question",), note="a yes and a billing question")  # fmt: skip
    yes("eg25_wolff_reschedule.eml", 4, (1031,), ("2026-02-06",), "2026-02-06 16:10", re(1031),
        "Guten Tag,\n\nder Termin am 6.2. hat stattgefunden. Nächsten Freitag kann ich aber erst "
        "ab 15 Uhr, ginge das?\n\nMfG\nH.-J. Wolff",
        client="tonline", reply="cr-1031", style="tonline",
        staff=True, extra=("reschedule",), note="a yes and a wish to move the next session")  # fmt: skip
    yes("eg26_demir_one_missed.eml", 3, (1020,), ("2026-03-11",), "2026-03-19 09:00", re(1021),
        "Hallo,\n\nam 11.03. war der Termin, am 18.03. konnte ich leider nicht, hab es total "
        "vergessen. Tut mir leid!\n\nAylin",
        client="gmail", reply="cr-1021", style="gmail", staff=True,
        note="11.03. confirmed; 18.03. (the requested one) did not take place")  # fmt: skip


def new_mails_and_late() -> None:
    yes("eg27_wolff_three_fridays.eml", 4, (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-02-01 11:02", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen "
        "Behandlungen am 16.01., 23.01. und 30.01.2026.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("eg28_neumann_forgot.eml", 9, (1056, 1057, 1058),
        ("2026-07-07", "2026-07-09", "2026-07-14"), "2026-07-29 20:14", "Termine Juli",
        "Liebe Praxis,\n\nich habe vergessen die Termine zu bestätigen. Es waren der 7.7., 9.7. "
        "und 14.7., alles hat am Telefon gut geklappt.\n\nHerzliche Grüße\nGisela Neumann")  # fmt: skip
    yes("eg29_zimmermann_subject.eml", 15, (1093,), ("2026-10-05",), "2026-10-06 09:12",
        "Termin 05.10.",
        "Guten Tag,\nder Telefontermin am Montag 5.10. hat stattgefunden.\nMfG K. Zimmermann")  # fmt: skip
    yes("eg30_koch_three.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 10:00", "Behandlungen",
        "Guten Tag,\n\ndie Termine am 23.3., 25.3. und 30.3. haben stattgefunden.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("eg31_berger_late_may.eml", 24, (1142, 1143, 1144),
        ("2026-05-06", "2026-05-13", "2026-05-20"), "2026-06-08 16:00", "Bestätigung Mai",
        "Hallo,\n\nhiermit bestätige ich die Behandlungen vom 6. Mai, 13. Mai und 20. Mai. "
        "Entschuldigung, dass es so spät kommt.\n\nUrsula Berger")  # fmt: skip
    yes("eg32_wagner_late_two.eml", 21, (1128, 1129), ("2026-02-09", "2026-02-16"),
        "2026-03-02 18:00", re(1129),
        "Hallo, sorry für die späte Antwort! Die Termine am 9.2. und 16.2. haben beide "
        "stattgefunden.\n\nVG Sophie",
        client="gmail", reply="cr-1129", style="gmail")  # fmt: skip
    yes("eg33_hoffmann_nachtrag.eml", 6, (1040, 1041), ("2026-05-04", "2026-05-11"),
        "2026-06-15 07:10", "Nachtrag Bestätigungen",
        "Guten Tag,\n\nder Vollständigkeit halber: die Termine am 4.5. und 11.5. (jeweils 7:30 "
        "Gerätetraining) haben stattgefunden.\n\nGruß\nP. Hoffmann",
        client="outlook", note="weeks late; 7:30 is a time")  # fmt: skip


def look_alikes() -> None:
    no("eg34_carter_cancel.eml", 11, ("cancellation", "reschedule"), "2026-08-16 13:00",
       reminder_subject(1071),
       "Hi,\n\nsorry, I can't make it tomorrow (17 Aug), something came up at work. Could we "
       "find another slot that week?\n\nEmily",
       client="gmail", reply="rem-1071", style="gmail_en")  # fmt: skip
    no("eg35_schulz_missed.eml", 5, ("technical",), "2026-05-07 17:30", re(1037),
       "Hallo,\n\nder Termin am 7.5. hat leider nicht stattgefunden. Ich war ab halb vier im "
       "Videoraum, aber es kam niemand. Was machen wir jetzt?\n\nMarie Schulz",
       client="thunderbird", reply="cr-1037", style="thunderbird",
       note="the requested session did not take place")  # fmt: skip
    no("eg36_richter_next_week.eml", 8, ("question",), "2026-06-20 10:00", "Termin nächste Woche",
       "Hey,\n\nfindet der Termin am 24.06. wie immer um 18 Uhr statt? Den Link hab ich noch "
       "nicht.\n\nJonas\n\nVon meinem iPhone gesendet",
       client="iphone", note="a question about a coming session")  # fmt: skip
    no("eg37_yildiz_cancelled_day.eml", 12, ("confirmation",), "2026-08-19 13:00", "Termin",
       "Hallo,\nTermin 19.8 war gut. Danke\nFatma",
       client="webde", note="19.08.2026 was cancelled: nothing to record, staff must look")  # fmt: skip
    no("eg38_zimmermann_reminder_ok.eml", 15, ("other",), "2026-11-01 12:00",
       reminder_subject(1097),
       "Ja, ich bin am Montag wie immer unter 0211 556677 erreichbar.\n\nK. Zimmermann",
       reply="rem-1097", style="thunderbird", staff=False,
       note="answers our reminder for a coming session; nothing to do")  # fmt: skip
    no("eg39_schaefer_move.eml", 16, ("reschedule",), "2026-10-27 19:40", reminder_subject(1101),
       "Hallo,\n\nkönnten wir den Termin morgen auf 18 Uhr vorziehen? Ich habe abends einen "
       "Elternabend.\n\nGrüße\nBirgit Schäfer",
       client="gmail", reply="rem-1101", style="gmail", sender="birgit.schaefer@gmx.net")  # fmt: skip
    no("eg40_jansen_link_thanks.eml", 17, ("other",), "2026-10-26 09:00", video_link_subject(1105),
       "Danke für den Link, bis Donnerstag!\nOle",
       client="gmail", reply="vl-1105", style="gmail", staff=False,
       note="a thank-you for the video link")  # fmt: skip
    no("eg41_koch_attend_future.eml", 18, ("other",), "2026-04-12 16:00", reminder_subject(1114),
       "Ich bestätige den Termin am Montag 13.4., bin zu Hause erreichbar.\n\nRenate Koch",
       client="tonline", reply="rem-1114", style="tonline", staff=False,
       note="promises to attend a coming session; nothing took place yet")  # fmt: skip
    no("eg42_brandt_code_invalid.eml", 10, ("technical", "reschedule"), "2026-07-10 17:50",
       re(1064),
       "Hallo,\n\nder Termin am 10.07. kam nicht zustande, der Zugangscode wurde als ungültig "
       "angezeigt. Können wir die Stunde nachholen?\n\nLukas Brandt",
       client="thunderbird", reply="cr-1064", style="thunderbird",
       note="the session did not take place")  # fmt: skip
    no("eg43_hartmann_wrong_day.eml", 20, ("confirmation",), "2026-11-12 20:00",
       "Bestätigung Behandlung",
       "Hallo,\n\ndie Behandlung am Donnerstag, 12.11., hat stattgefunden.\n\nLiebe Grüße\n"
       "Leonie Hartmann",
       client="webde", dates=("2026-11-12",),
       note="no appointment on 12.11.2026 (hers was Tue 10.11.): staff must look")  # fmt: skip
    no("eg44_aydin_sick.eml", 22, ("cancellation",), "2026-03-11 18:30", reminder_subject(1133),
       "Hallo ich bin krank morgen kann nicht. Ich melde mich wieder\nMehmet",
       client="samsung", reply="rem-1133", style="samsung")  # fmt: skip


def main() -> None:
    load_practice()
    replies_under_request()
    with_something_beside()
    new_mails_and_late()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
