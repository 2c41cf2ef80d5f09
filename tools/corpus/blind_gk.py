"""Write blind set GK: a plain inbox of an ordinary fortnight, nothing themed.

Forty-three mails from the patients in practice.toml as they would really answer: mostly
short replies under our confirmation request from phones and webmail (a yes, a thumbs-up,
a date, a line of thanks), some with the date in the subject only, some new mails naming
one, two or three days, a few a week or more late, two bottom-posted, a few with a
question or a practical matter beside the yes; and eleven look-alikes (cancellations, a
reschedule, questions about a coming session, a missed session, a session cut short, a
cancelled day, thank-yous under a reminder, a broken link).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gk`.
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

HERE = data_dir("blind_gk")


def short_replies() -> None:
    """A yes under our request, from phones and webmail, with or without the day."""
    yes("gk01_krueger_ja_datum.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, die Stunde am 27.01. war, alles gut.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes with the requested day")  # fmt: skip
    yes("gk02_krueger_daumen.eml", 1, (1005,), (), "2026-02-10 12:02", re(1005),
        "👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1005", style="iphone",
        note="a thumbs-up alone under our request for 10.02.")  # fmt: skip
    yes("gk03_demir_ja_danke.eml", 3, (1019,), (), "2026-03-04 10:37", re(1019),
        "ja klar, hat geklappt, danke!",
        client="gmail", reply="cr-1019", style="gmail",
        note="a yes with no day under our request")  # fmt: skip
    yes("gk04_wolff_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:45", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen, dass die telefonische"
        " Behandlung am 16. Januar stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("gk05_popescu_lernerin.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:20", re(1046),
        "Guten Tag,\n\nich bestätige die Termin am 02.06. , es war gut und hat mir geholfen.\n"
        "Danke schön\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("gk06_richter_nur_datum.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 21:03", re(1053),
        "17.6. ✔️",
        client="iphone", reply="cr-1053", style="iphone",
        note="only the day and a tick under our request")  # fmt: skip
    yes("gk07_neumann_unten.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:15", re(1056),
        "Liebe Praxis,\n\ndie Behandlung am Dienstag, 7.7., hat stattgefunden.\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("gk08_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10",
        re(1069, "Re"),
        "Hi,\n\nyes, the session on August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("gk09_yildiz_heute.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:40", re(1075),
        "Hallo ja termin war heute 5.8 alles gut\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("gk10_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:05", re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\n--\nVogel & Partner Rechtsanwälte\n"
        "Hohenzollernring 12, 50672 Köln\nTel. 0221 4567 890",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="signature with address and phone number")  # fmt: skip
    yes("gk11_zimmermann_jo.eml", 15, (1093,), (), "2026-10-05 13:20", re(1093),
        "Jo, passt. Hat alles geklappt.\nGruß Klaus",
        client="plain", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("gk12_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:14", re(1098),
        "Hallo,\n\ndie Behandlung am 07.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 06151 22 33 44",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, the office one")  # fmt: skip
    yes("gk13_schaefer_samsung.eml", 16, (1100,), (), "2026-10-21 21:15", re(1100),
        "Ja war gut 👍",
        client="samsung", reply="cr-1100", style="samsung")  # fmt: skip
    yes("gk14_jansen_smiley.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:48", re(1104),
        "hey, bestätige 22.10. :)\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("gk15_koch_tonline.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:30", re(1109),
        "Guten Tag,\n\ndie Behandlung am 23.3. hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nR. Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("gk16_wagner_gmx.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 12:25", re(1124),
        "Hallo,\nja, am 12.01. haben wir die Stunde gemacht.\nSophie",
        client="webde", reply="cr-1124", style="webde")  # fmt: skip
    yes("gk17_aydin_hotmail.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:45", re(1130),
        "Hallo ja Termin war 19.02 danke",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("gk18_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:50",
        re(1136, "RE"),
        "Hi,\n\nconfirming that the session on 14 April took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("gk19_schulz_unten.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:05", re(1034),
        "Bestätigt, 16.4.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True,
        note="bottom-posted")  # fmt: skip


def new_mails_and_late_ones() -> None:
    """New mails naming one or more days, some late, one with the day in the subject only."""
    yes("gk20_becker_zwei_tage.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 08:15", "Bestätigung",
        "Guten Morgen,\n\ndie Behandlungen am 09.02. und 12.02. haben beide stattgefunden.\n\n"
        "Gruß\nThomas Becker",
        client="plain", note="new mail naming two days")  # fmt: skip
    yes("gk21_demir_betreff.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 11:02",
        "Termin 08.04. bestätigt",
        "Hallo, hiermit bestätigt :)\nAylin",
        client="gmail", note="the day only in the subject of a new mail")  # fmt: skip
    yes("gk22_wolff_nachtrag.eml", 4, (1031, 1032), ("2026-02-06", "2026-02-13"),
        "2026-02-16 10:30", "Termine",
        "Guten Tag,\n\ndie Termine vom 6.2 und 13.2 waren beide, hatte vergessen zu antworten."
        "\n\nGruß H.-J. Wolff",
        client="tonline", note="two days, a few days late")  # fmt: skip
    yes("gk23_popescu_spaet.eml", 7, (1048,), ("2026-06-16",), "2026-06-25 09:40", re(1048),
        "Hallo,\nEntschuldigung fur spät antwort. Termin 16.6 hat stattgefunden.\nElena",
        client="yahoo", reply="cr-1048", style="yahoo",
        note="nine days late, under the old request")  # fmt: skip
    yes("gk24_neumann_zwei.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 08:50", "Behandlungen Juli",
        "Guten Morgen,\n\ndie Telefontermine am 14. und 16. Juli haben wie geplant geklappt.\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="plain")  # fmt: skip
    yes("gk25_lehmann_drei.eml", 14, (1087, 1088, 1089),
        ("2026-09-08", "2026-09-15", "2026-09-22"), "2026-09-25 16:20", re(1089),
        "Hallo,\n\nsorry für die Verspätung – hiermit bestätige ich die Termine am 08.09.,"
        " 15.09. und 22.09.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird",
        note="three days at once under the latest request")  # fmt: skip
    yes("gk26_zimmermann_verschwitzt.eml", 15, (1095, 1097), ("2026-10-19", "2026-11-02"),
        "2026-11-03 09:10", "Bestätigung Termine",
        "Hallo,\n\nwollte noch den 19.10. bestätigen, hab ich verschwitzt. Und gestern der"
        " 2.11. hat auch stattgefunden.\n\nGruß Klaus Zimmermann",
        client="plain", note="one two weeks late, one the day before")  # fmt: skip
    yes("gk27_berger_zwei_wochen.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-15 11:30", "Bestätigung meiner Behandlungen",
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die Telefonbehandlungen am 6. Mai"
        " und am 13. Mai.\n\nFreundliche Grüße\nUrsula Berger",
        client="plain")  # fmt: skip


def yes_with_something_else() -> None:
    """A yes beside a question, a wish or a session that did not take place."""
    yes("gk28_schulz_verschieben.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 18:20", re(1037),
        "Hallo,\n\nder Termin am 7.5. hat stattgefunden. Kann ich den am 21.5. auf 16:30"
        " verschieben? Ich komme da später von der Arbeit.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird", staff=True,
        extra=("reschedule",), note="a yes and a reschedule wish for a coming session")  # fmt: skip
    yes("gk29_hoffmann_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:20",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. (morgens am Gerät, mittags die MT) haben"
        " stattgefunden.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day")  # fmt: skip
    yes("gk30_brandt_rechnung.eml", 10, (1065,), ("2026-07-17",), "2026-07-17 17:55", re(1065),
        "Hi,\n\nTermin vom 17.07. fand statt. Kurze Frage: kommt die Rechnung per Mail oder"
        " per Post?\n\nLukas Brandt",
        client="thunderbird", reply="cr-1065", style="thunderbird", staff=True,
        extra=("question",), note="a yes and a billing question")  # fmt: skip
    yes("gk31_becker_krank.eml", 2, (1014,), ("2026-02-16",), "2026-02-20 09:05",
        "Termine 16.2. / 19.2.",
        "Hallo,\n\nder Termin am 16.2. hat stattgefunden, der am 19.2. nicht – ich lag mit"
        " Fieber im Bett und hab den Anruf nicht mitbekommen. Sorry!\n\nGruß T. Becker",
        client="plain", staff=True, extra=("other",),
        note="one day took place, the other did not")  # fmt: skip
    yes("gk32_hartmann_frage.eml", 20, (1120,), (), "2026-11-03 18:50", re(1120),
        "Ja war super, vielen dank!! Eine Frage noch: muss ich für nächste Woche was"
        " vorbereiten, z.B. ein Theraband besorgen?\n\nLeonie",
        client="iphone", reply="cr-1120", style="iphone", staff=True, extra=("question",),
        note="a yes with no day and a question")  # fmt: skip


def look_alikes() -> None:
    """Mails near a confirmation that confirm nothing."""
    no("gk33_krueger_absage.eml", 1, ("cancellation",), "2026-03-02 18:30", reminder_subject(1008),
       "Hallo,\n\nich muss den Termin morgen leider absagen, mich hat eine Erkältung erwischt."
       "\n\nLG Sabine Krüger",
       client="webde", reply="rem-1008", style="webde",
       note="cancels tomorrow's session under our reminder")  # fmt: skip
    no("gk34_demir_verschieben.eml", 3, ("reschedule",), "2026-04-12 10:05",
       video_link_subject(1025),
       "Hallo, könnte ich den Termin am 15.04. ausnahmsweise auf nachmittags legen? Hab"
       " morgens einen Arzttermin.\nAylin",
       client="gmail", reply="vl-1025", style="gmail",
       note="wants to move a coming session")  # fmt: skip
    no("gk35_schulz_ball.eml", 5, ("question",), "2026-05-19 09:00", video_link_subject(1038),
       "Guten Morgen,\n\nbrauche ich für den Termin am Donnerstag einen Gymnastikball oder"
       " reicht eine Matte?\n\nViele Grüße\nMarie Schulz",
       client="thunderbird", reply="vl-1038", style="thunderbird",
       note="a question about a coming session")  # fmt: skip
    no("gk36_richter_vergessen.eml", 8, ("other", "question"), "2026-06-10 20:05", re(1052),
       "Sorry, ich war heute nicht online, hab den Termin komplett vergessen 🙈 Muss ich das"
       " jetzt bezahlen?\n\nGesendet von meinem iPhone",
       client="iphone", reply="cr-1052", style="iphone",
       note="missed the session; answers our request but confirms nothing")  # fmt: skip
    no("gk37_carter_danke.eml", 11, ("other",), "2026-08-23 12:40",
       reminder_subject(1072, "Re"),
       "Thanks for the reminder, see you tomorrow!",
       client="gmail", reply="rem-1072", style="gmail_en", staff=False,
       note="a thank-you under a reminder")  # fmt: skip
    no("gk38_yildiz_abgesagt.eml", 12, ("other",), "2026-08-19 13:10", re(1077),
       "Hallo der termin am 19.8 war nicht, den hatte ich doch abgesagt wegen Urlaub.\nFatma",
       client="webde", reply="cr-1077", style="webde",
       note="a request for a cancelled day; the patient says it did not take place")  # fmt: skip
    no("gk39_vogel_link.eml", 13, ("technical",), "2026-09-24 06:55", video_link_subject(1084),
       "Guten Morgen,\n\nder Zugangscode wird nicht angenommen. Bitte rufen Sie mich unter"
       " 0171 2345678 an.\n\nDr. M. Vogel\n\nVon meinem iPad gesendet",
       client="apple", reply="vl-1084", style="iphone",
       note="technical problem before the session")  # fmt: skip
    no("gk40_jansen_verlegen.eml", 17, ("reschedule",), "2026-11-08 20:30", "Termin 12.11.",
       "Hi,\n\nkönnen wir den Termin am 12.11. auf Freitag 13.11. verlegen? Gleiche Uhrzeit"
       " wäre super.\n\nOle",
       client="gmail", note="a new mail about a coming session, a date in the subject")  # fmt: skip
    no("gk41_nowak_danke.eml", 19, ("other",), "2026-11-12 08:20", reminder_subject(1117),
       "Danke, bis morgen.",
       client="thunderbird", reply="rem-1117", style="thunderbird", staff=False,
       note="a thank-you under a reminder")  # fmt: skip
    no("gk42_hartmann_abbruch.eml", 20, ("technical", "other"), "2026-11-10 19:10", re(1121),
       "Hallo,\n\ndie Verbindung ist heute nach ca. 10 Minuten abgebrochen und kam nicht"
       " wieder, wir haben also nur einen kleinen Teil geschafft. Wie machen wir das jetzt?"
       "\n\nLG Leonie",
       client="webde", reply="cr-1121", style="webde",
       note="the session did not fully take place")  # fmt: skip
    no("gk43_berger_krankenhaus.eml", 24, ("cancellation",), "2026-06-08 16:45",
       "Absage Termin 10. Juni",
       "Sehr geehrtes Praxisteam,\n\nich muss den Termin am 10. Juni leider absagen, ich"
       " komme morgen ins Krankenhaus. Ich melde mich, wenn ich wieder zu Hause bin.\n\n"
       "Freundliche Grüße\nUrsula Berger",
       client="plain", note="cancels a coming session")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    new_mails_and_late_ones()
    yes_with_something_else()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
