"""Write blind set CE: a plain, representative inbox of the whole year, nothing themed.

46 mails from the patients in practice.toml as they would really answer: mostly short
replies under our confirmation request from web.de/GMX, Gmail, iPhone, Outlook,
Thunderbird, T-Online, Samsung and Yahoo (some bottom-posted, with and without the date),
some new mails, several days at once, a few late, a few with a question or a problem beside
the yes (34 confirm at least one session). Two more mean to confirm but give nothing that
may be recorded (a cancelled day, a day one off the appointment), and ten look-alikes: a
cancellation, two reschedules, questions about a coming session, a missed session, a
session that did not happen, a yes to a reminder, a thank-you for the video link and a
link problem.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ce`.
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

HERE = data_dir("blind_ce")


def winter() -> None:
    yes("ce01_krueger_short_date.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:05", re(1003),
        "Ja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ce02_becker_passt.eml", 2, (1010,), (), "2026-02-02 19:45", re(1010),
        "passt, Termin hat stattgefunden\n\nTB",
        client="webde", reply="cr-1010", style="webde",
        note="a yes under our request for 02.02.2026, no day named")  # fmt: skip
    yes("ce03_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:02", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung"
        " vom 16.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("ce04_wolff_three_fridays.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-09 10:12",
        "Bestätigung Behandlungen",
        "Guten Morgen,\n\nich bin mit dem Bestätigen etwas hinterher, daher in einem Rutsch:"
        " die Telefontermine am 23.01., 30.01. und 06.02. haben alle stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", note="a new mail confirming three Fridays at once")  # fmt: skip
    yes("ce05_wagner_samsung.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:40", re(1124),
        "Hallo, die Behandlung am 12.01 hat stattgefunden. Gruß Sophie Wagner\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1124", style="samsung")  # fmt: skip
    yes("ce06_becker_yes_and_invoice.eml", 2, (1011,), ("2026-02-05",), "2026-02-06 08:30",
        re(1011),
        "Guten Morgen,\n\nja, 5.2. hat stattgefunden. Kurze Frage nebenbei: kommt die Rechnung"
        " eigentlich per Post oder per Mail? Meine Versicherung will das Original.\n\n"
        "Grüße\nThomas Becker",
        client="webde", reply="cr-1011", style="webde", staff=True, extra=("question",),
        note="a yes plus a question about the invoice")  # fmt: skip
    yes("ce07_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:33", re(1130),
        "Hallo ich bestätige termin 19.02 telefon. danke\nMehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("ce08_krueger_late.eml", 1, (1004,), ("2026-02-03",), "2026-03-01 20:15", re(1004),
        "Entschuldigung, das ist bei mir völlig untergegangen. Ja, am 03.02. war die"
        " Behandlung wie geplant.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1004", style="webde",
        note="a late yes, four weeks after the session")  # fmt: skip
    no("ce09_wolff_reminder_ok.eml", 4, ("other",), "2026-02-19 15:00", reminder_subject(1033),
       "Danke für die Erinnerung, ich bin morgen um 14 Uhr unter der bekannten Nummer"
       " erreichbar.\n\nMfG\nH.-J. Wolff",
       client="tonline", reply="rem-1033", style="tonline", staff=False,
       note="acknowledges the reminder for tomorrow; nothing to record or do")  # fmt: skip
    yes("ce10_wagner_cancelled_day.eml", 21, (), (), "2026-02-03 08:50",
        "Behandlung 02.02.",
        "Hallo liebes Praxisteam,\n\nhiermit bestätige ich die Behandlung vom 02.02.2026.\n\n"
        "Liebe Grüße\nSophie Wagner",
        client="webde", staff=True,
        note="02.02. was cancelled: nothing may be recorded, staff must look")  # fmt: skip


def spring() -> None:
    yes("ce11_demir_gmail.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:25", re(1019),
        "Hallo, ja am 4.3. hatten wir die Stunde. LG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("ce12_demir_one_yes_one_stuck.eml", 3, (1020,), ("2026-03-11",), "2026-03-19 09:05",
        "Rückmeldung Termine März",
        "Hallo,\n\nkurze Rückmeldung: am 11.03. hatte ich meine Stunde ganz normal. Gestern"
        " (18.3.) bin ich aber nicht in den Videoraum reingekommen, da stand die ganze Zeit nur"
        " Warten auf Teilnehmer. Die Stunde war also nicht. Können wir die nachholen?\n\n"
        "Liebe Grüße\nAylin Demir",
        client="gmail", staff=True, extra=("technical", "reschedule"),
        note="11.03. confirmed; 18.03. did not take place (could not join) - staff")  # fmt: skip
    yes("ce13_koch_three_days.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-04-02 11:20", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen die Behandlungen am Telefon vom"
        " 23. März, 25. März und 30. März.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", note="a new mail naming three days")  # fmt: skip
    no("ce14_koch_later_please.eml", 18, ("reschedule",), "2026-04-07 16:10",
       reminder_subject(1113),
       "Guten Tag,\n\nmorgen kann ich erst ab 16 Uhr, ginge der Anruf auch etwas später?\n\n"
       "Renate Koch",
       client="tonline", reply="rem-1113", style="tonline",
       note="reply to a reminder asking to move tomorrow's session")  # fmt: skip
    yes("ce15_aydin_yes_date.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-06 18:02", re(1132),
        "Hallo,\ntermin 26.2 und 5.3 war beide. Entschuldigung für spät.\nMehmet Aydın",
        client="outlook", reply="cr-1132", style="outlook",
        note="two days in learners' German under the request for 05.03.")  # fmt: skip
    yes("ce16_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:50", re(1136),
        "Hi,\n\nconfirming that my session on 14 April went ahead last night.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("ce17_schulz_bottom.eml", 5, (1034,), (), "2026-04-16 18:30", re(1034),
        "Ja, hat stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True,
        note="bottom-posted yes under our request for 16.04.")  # fmt: skip
    no("ce18_schulz_sick.eml", 5, ("cancellation",), "2026-05-20 17:05", reminder_subject(1038),
       "Hallo,\n\nich muss den Termin morgen leider absagen, mich hat eine Grippe erwischt.\n\n"
       "Viele Grüße\nMarie Schulz",
       client="thunderbird", reply="rem-1038", style="thunderbird")  # fmt: skip
    yes("ce19_hoffmann_both_on_one_day.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 18:40", re(1043),
        "Hallo,\n\nbestätige beide Termine vom 18.05. (morgens Gerät, mittags MT).\n\n"
        "Gruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    yes("ce20_berger_two_may.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-15 10:00", "Behandlungen Mai",
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die Behandlungen vom 6. Mai und"
        " vom 13. Mai 2026.\nDie Übungen mache ich fleißig weiter.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="plain")  # fmt: skip
    no("ce21_berger_how_many_left.eml", 24, ("question",), "2026-05-22 09:40",
       "Frage zum Rezept",
       "Guten Tag,\n\nwie viele Termine habe ich eigentlich noch auf meinem Rezept? Muss ich"
       " beim Arzt schon ein neues holen?\n\nMit freundlichen Grüßen\nUrsula Berger",
       client="plain")  # fmt: skip
    no("ce22_oneill_missed.eml", 23, ("reschedule",), "2026-05-20 08:15", re(1141),
       "Hi,\n\nsorry, I couldn't make it yesterday evening - got stuck at work and my phone was"
       " off. Could we do a session later this week instead?\n\nJames",
       client="outlook", reply="cr-1141", style="outlook_en",
       note="the session of 19.05. did not take place; a reschedule wish")  # fmt: skip


def summer() -> None:
    yes("ce23_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:12", re(1046),
        "Guten Tag,\nja ich bestätige die Therapie am 2 Juni, war gut. Vielen dank\n"
        "Elena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ce24_richter_iphone.eml", 8, (1051,), (), "2026-06-03 20:02", re(1051),
        "Jap, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    no("ce25_richter_forgot.eml", 8, ("question",), "2026-06-24 21:10", re(1054),
       "Nein, heute hat es leider nicht stattgefunden, ich hab den Termin komplett verschwitzt."
       " Sorry! Muss ich den jetzt trotzdem zahlen?\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1054", style="iphone",
       note="missed session, with a question about paying for it")  # fmt: skip
    yes("ce26_neumann_warm.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 16:45", re(1056),
        "Liebe Praxis,\n\nich bestätige die Behandlung am Dienstag, den 7. Juli. Es hat am"
        " Telefon besser geklappt als ich dachte.\n\nHerzliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("ce27_brandt_terse.eml", 10, (1063,), ("2026-07-03",), "2026-07-04 09:10", re(1063),
        "Bestätigt: 03.07.2026\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    no("ce28_brandt_later.eml", 10, ("reschedule",), "2026-07-14 18:30", video_link_subject(1065),
       "Hallo,\n\nkönnten wir den Termin am Freitag auf 17 Uhr schieben? Ich komme vorher nicht"
       " aus dem Büro.\n\nDanke\nLukas",
       client="thunderbird", reply="vl-1065", style="thunderbird")  # fmt: skip
    yes("ce29_neumann_bottom_two.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-07-14 11:30", re(1058),
        "Guten Tag,\n\nam 9.7. und heute am 14.7. war die Behandlung. Beides hat"
        " stattgefunden.\n\nGisela Neumann",
        client="thunderbird", reply="cr-1058", style="thunderbird", bottom=True,
        note="bottom-posted, two days, one of them the requested one")  # fmt: skip
    yes("ce30_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:05", re(1069),
        "Hi, yes the session on Aug 3 took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ce31_carter_two_late.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-21 09:00", re(1071),
        "Hi there,\n\nsorry for the slow reply - both sessions, on 10 and 17 August, took"
        " place as planned.\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    yes("ce32_yildiz_lowercase.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:47", re(1075),
        "hallo ja hat stattgefunden am 05.08\nlg fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("ce33_yildiz_cancelled_and_real.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 13:30",
        re(1078),
        "Hallo,\nheute 26.08. hat stattgefunden und letzte woche am 19.08. auch, das hatte ich"
        " noch nicht bestätigt.\nGruß Fatma Yıldız",
        client="webde", reply="cr-1078", style="webde", staff=True,
        note="26.08. confirmed; 19.08. was cancelled, contradiction for staff")  # fmt: skip


def autumn() -> None:
    yes("ce34_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:52", re(1082),
        "Bestätigt, Behandlung am 10.09. hat stattgefunden.\n\nDr. Michael Vogel\n"
        "Vogel & Partner Rechtsanwälte\nKaiserstraße 12, 60311 Frankfurt\n"
        "Tel. 069 123 456 70",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    no("ce35_vogel_link_thanks.eml", 13, ("other",), "2026-09-28 07:15",
       video_link_subject(1085, "AW"),
       "Danke, Link ist angekommen.\n\nDr. M. Vogel",
       client="outlook", reply="vl-1085", style="outlook_classic", staff=False,
       note="a thank-you for the video link before the session")  # fmt: skip
    yes("ce36_lehmann_plain.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:20", re(1087),
        "Hallo,\n\nhiermit bestätige ich den Termin vom 8.9.\n\nBeste Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("ce37_lehmann_frozen.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 16:02", re(1088),
        "Hallo,\n\nder Termin am 15.09 hat stattgefunden, allerdings war das Bild die ersten"
        " zehn Minuten eingefroren und wir haben viel Zeit verloren. Können wir das nächste Mal"
        " lieber telefonieren?\n\nGrüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird", staff=True,
        extra=("technical", "question"),
        note="took place, but a video problem and a wish to switch to phone")  # fmt: skip
    yes("ce38_zimmermann_heute.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:10",
        re(1093),
        "Jo, war heute, alles gut.\nGruß Klaus",
        client="plain", reply="cr-1093", style="outlook",
        note="'heute' is the mail's day, 05.10.")  # fmt: skip
    yes("ce39_zimmermann_wrong_day.eml", 15, (), ("2026-10-13",), "2026-10-14 09:30",
        re(1094),
        "Hallo, die Behandlung am 13.10. hat stattgefunden.\nK. Zimmermann",
        client="plain", reply="cr-1094", style="outlook", staff=True,
        note="names 13.10., his session was 12.10.: matches nothing, staff must look")  # fmt: skip
    yes("ce40_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 07:15",
        re(1098),
        "Hallo,\n\nder Termin vom 07.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 0221 987 65 43",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    no("ce41_schaefer_link_broken.eml", 16, ("technical",), "2026-10-21 18:50",
       video_link_subject(1100, "AW"),
       "Hallo,\n\nbei mir kommt bei dem Code immer 'ungültig'. Was mache ich falsch? Der"
       " Termin ist doch gleich um 19 Uhr.\n\nBirgit Schäfer",
       client="webde", reply="vl-1100", style="webde")  # fmt: skip
    yes("ce42_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:40", re(1104),
        "Moin, jo hat geklappt am 22.10.\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("ce43_jansen_future_too.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 13:00",
        re(1106),
        "Hi,\n\n05.11. hat stattgefunden. Nächste Woche am 12.11. bin ich auch dabei, können Sie"
        " den gleich mit abhaken? Dann muss ich nicht wieder schreiben.\n\nOle",
        client="gmail", reply="cr-1106", style="gmail", staff=True, extra=("question",),
        note="05.11. confirmed; 12.11. is a future day and cannot be confirmed")  # fmt: skip
    yes("ce44_nowak_short.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:04", re(1116),
        "Bestätige den Termin am 06.11.2026.\n\nVG\nD. Nowak",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    no("ce45_hartmann_prepare.eml", 20, ("question",), "2026-11-09 18:00",
       reminder_subject(1121),
       "Hallo, muss ich für morgen irgendwas vorbereiten? Matte, Handtuch oder so? lg Leonie",
       client="iphone", reply="rem-1121", style="iphone",
       note="a question about tomorrow's session")  # fmt: skip
    yes("ce46_hartmann_thanks.eml", 20, (1120,), (), "2026-11-03 19:10", re(1120),
        "Hallo ja hat stattgefunden, danke!! liebe grüße leonie\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1120", style="iphone")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
