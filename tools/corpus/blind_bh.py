"""Write blind set BH: a plain, representative inbox of the whole year, nothing themed.

43 mails: 33 that confirm at least one session (mostly short replies under our request
from phones and webmail, some with and some without the day, some new mails, some naming
several days, a few late, a few with a question, a reschedule wish or a missed day beside
the yes) and 10 look-alikes (cancellations, a reschedule, questions about a coming
session, a missed session, a video problem, thank-yous to reminders).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bh`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vid

HERE = data_dir("blind_bh")


def winter() -> None:
    yes("bh01_krueger_short.eml", 1, (1003,), (), "2026-01-27 12:40", re(1003),
        "Ja, hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("bh02_krueger_iphone.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 18:20", re(1005),
        "Ja am 10.2. war der Termin 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1005", style="iphone")  # fmt: skip
    yes("bh03_krueger_late.eml", 1, (1007,), ("2026-02-24",), "2026-03-20 21:05", re(1007),
        "Sorry, die Mail ist bei mir untergegangen. 24.02. hat stattgefunden!\nSabine",
        client="webde", reply="cr-1007", style="webde",
        note="almost four weeks late, still a clean yes")  # fmt: skip
    yes("bh04_becker_gmail.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:15", re(1010),
        "Bestätigt, Termin am 02.02. hat stattgefunden.\n\nGruß\nT. Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("bh05_becker_three_days.eml", 2, (1014, 1015, 1016),
        ("2026-02-16", "2026-02-19", "2026-02-23"), "2026-02-24 08:10",
        "Bestätigung Termine Februar",
        "Hallo,\n\nhiermit bestätige ich die Telefontermine am 16.02., 19.02. und 23.02.,"
        " alle drei haben stattgefunden.\n\nViele Grüße\nThomas Becker",
        client="outlook", note="a new mail naming three days")  # fmt: skip
    yes("bh06_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:30", re(1028),
        "Hiermit bestätige ich, dass die Behandlung am 16.01.2026 stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bh07_wolff_nachtrag.eml", 4, (1030, 1031, 1032),
        ("2026-01-30", "2026-02-06", "2026-02-13"), "2026-03-02 10:45", "Nachtrag Termine",
        "Guten Tag,\n\ndie Telefontermine am 30.1., 6.2. und 13.2. haben alle stattgefunden,"
        " ich hatte vergessen zu antworten.\n\nGruß Wolff",
        client="tonline", note="late new mail with three days")  # fmt: skip
    yes("bh08_wagner_iphone.eml", 21, (1125,), ("2026-01-19",), "2026-01-19 12:00", re(1125),
        "ja war am 19.1\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1125", style="iphone")  # fmt: skip
    yes("bh09_aydin_noday.eml", 22, (1130,), (), "2026-02-19 14:30", re(1130),
        "Hallo ja termin hat stattgefunden\nGruss Mehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip


def spring() -> None:
    yes("bh10_demir_jap.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 11:02", re(1019),
        "jap hat geklappt, 4.3. 😊",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("bh11_demir_question.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 13:00", re(1022),
        "Ja, der Termin am 25.03. hat stattgefunden.\nKurze Frage: ist nächste Woche"
        " (1.4.) wirklich abgesagt? Hab dazu keine Mail bekommen.\n\nAylin",
        client="gmail", reply="cr-1022", style="gmail", staff=True, extra=("question",),
        note="a yes plus a question about the coming (cancelled) session")  # fmt: skip
    yes("bh12_koch_late_two.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-04-20 09:10", "Bestätigung",
        "Guten Tag,\n\nich bestätige noch die Termine vom 23. und 25. März, beide haben"
        " stattgefunden. Entschuldigen Sie die Verspätung.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", note="late, two days, month named once")  # fmt: skip
    yes("bh13_oneill_en.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:00",
        re(1136, "RE"),
        "Hi,\n\nconfirming the call on 14 April took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bh14_schulz_short.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:00", re(1034),
        "ja, 16.04. fand statt.\nmarie", name="Marie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("bh15_schulz_bottom.eml", 5, (1038,), (), "2026-05-21 19:00", re(1038),
        "Hat stattgefunden, danke!\n\nMarie",
        client="thunderbird", reply="cr-1038", style="thunderbird", bottom=True,
        note="bottom-posted yes, no day")  # fmt: skip
    yes("bh16_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 15:10", re(1043),
        "Beide Termine am 18.05. (morgens Gerät, mittags MT) haben stattgefunden.\n\n"
        "Gruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of that day confirmed")  # fmt: skip
    yes("bh17_berger_may.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:30", re(1143),
        "Ja, die Behandlung am 13. Mai hat stattgefunden.\n\nFreundliche Grüße\nUrsula Berger",
        client="thunderbird", reply="cr-1143", style="thunderbird")  # fmt: skip


def summer() -> None:
    yes("bh18_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:00",
        re(1046),
        "Guten Tag, ich bestätige die Behandlung am 2 Juni. Danke schön\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("bh19_richter_jo.eml", 8, (1051,), (), "2026-06-03 20:30", re(1051),
        "Jo, hat stattgefunden. Danke!\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("bh20_richter_two.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"),
        "2026-06-26 07:45", "Termine Juni",
        "Hi, 17.6 und 24.6 haben beide stattgefunden. Sorry für die späte Antwort\nJonas",
        client="iphone")  # fmt: skip
    yes("bh21_neumann_formal.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 15:00",
        re(1056),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am Dienstag, 7. Juli, hat"
        " stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("bh22_brandt_short.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:30",
        re(1063, "Re"), "bestätigt: 03.07.2026",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("bh23_brandt_urlaub.eml", 10, (1066,), ("2026-07-24",), "2026-07-24 19:00",
        re(1066, "Re"),
        "Ja, 24.7. hat stattgefunden.\n\nIch bin ab 3.8. zwei Wochen im Urlaub. Können wir"
        " den Termin am 7.8. verschieben oder ausfallen lassen?\n\nLukas",
        client="thunderbird", reply="cr-1066", style="thunderbird", staff=True,
        extra=("reschedule",), note="a yes plus a wish to move the coming 07.08.")  # fmt: skip
    yes("bh24_carter_en.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:00",
        re(1069, "Re"),
        "Yes, confirmed - the session on Aug 3 took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bh25_yildiz_lower.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 16:00",
        re(1075), "hallo ja termin am 5.8 war gut danke\nfatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("bh26_yildiz_pain.eml", 12, (1078,), (), "2026-08-26 18:00", re(1078),
        "Ja hat stattgefunden. Aber mein Rücken tut seit dem wieder mehr weh, soll ich die"
        " Übungen trotzdem weiter machen?\n\nFatma Yildiz",
        client="webde", reply="cr-1078", style="webde", staff=True, extra=("question",),
        note="a yes plus a question about pain")  # fmt: skip


def autumn() -> None:
    yes("bh27_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:30",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom"
        " 10.09.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner"
        " Rechtsanwälte\nKönigsallee 12, 40212 Düsseldorf\nTel. 0211 555 01 23",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("bh28_lehmann_smiley.eml", 14, (1087,), (), "2026-09-08 16:00", re(1087),
        "hallo, ja hat stattgefunden :)\nanna",
        client="gmail", reply="cr-1087", style="gmail")  # fmt: skip
    yes("bh29_lehmann_two.eml", 14, (1089, 1090), ("2026-09-22", "2026-09-29"),
        "2026-09-30 10:00", "Bestätigung 22.9. und 29.9.",
        "Hallo liebes Praxisteam,\n\ndie Videotermine am 22.09. und 29.09. haben beide"
        " stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="gmail")  # fmt: skip
    yes("bh30_zimmermann_missed.eml", 15, (1093,), ("2026-10-05",), "2026-10-13 09:20",
        "Termine Oktober",
        "Hallo,\n\nder Termin am 5.10. hat stattgefunden. Am 12.10. konnte ich leider nicht,"
        " ich lag mit Grippe im Bett und habe das Telefon nicht gehört.\n\nMfG K. Zimmermann",
        client="plain", staff=True,
        note="one day confirmed, the other did not take place")  # fmt: skip
    yes("bh31_schaefer_work.eml", 16, (1099,), ("2026-10-14",), "2026-10-14 21:00",
        re(1099),
        "Guten Abend,\n\nich bestätige die Behandlung vom 14.10.\n\nMit freundlichen Grüßen\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nTel. 089 123 45 67",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, at work")  # fmt: skip
    yes("bh32_jansen_moin.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:30", re(1105),
        "Moin, 29.10. hat stattgefunden 👍",
        client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    yes("bh33_hartmann_samsung.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:30",
        re(1121), "Ja hat stattgefunden am 10.11\n\n\nVon meinem Samsung Galaxy gesendet",
        client="samsung", reply="cr-1121", style="samsung")  # fmt: skip


def look_alikes() -> None:
    no("bh34_krueger_reminder_thanks.eml", 1, ("other",), "2026-03-02 11:00", rem(1008),
       "Danke für die Erinnerung, bin dabei!",
       client="webde", reply="rem-1008", style="webde", staff=False,
       note="a thank-you to a reminder for tomorrow's session")  # fmt: skip
    no("bh35_demir_cancel.eml", 3, ("cancellation",), "2026-04-13 09:00", "Termin 15.4.",
       "Hallo, ich muss den Termin am 15.4. leider absagen, hab an dem Tag eine Prüfung."
       "\nLG Aylin",
       client="gmail", note="cancels a coming session")  # fmt: skip
    no("bh36_schulz_reschedule.eml", 5, ("reschedule",), "2026-05-06 15:40", rem(1037),
       "Können wir morgen auf 17 Uhr schieben? Hab bis halb fünf ein Meeting.\n\nMarie",
       client="thunderbird", reply="rem-1037", style="thunderbird", name="Marie Schulz",
       note="a reschedule wish under the reminder")  # fmt: skip
    no("bh37_neumann_question.eml", 9, ("question",), "2026-07-08 10:00",
       "Frage zum Termin Donnerstag",
       "Guten Tag,\n\nmuss ich für den Termin am Donnerstag irgendetwas vorbereiten, eine"
       " Matte oder ein Handtuch?\n\nMit freundlichen Grüßen\nGisela Neumann",
       note="a question about a coming session")  # fmt: skip
    no("bh38_brandt_missed.eml", 10, ("other", "question"), "2026-07-17 18:00",
       re(1065, "Re"),
       "Nein, leider nicht - ich hab den Termin heute komplett verschwitzt, sorry!"
       " Fällt da jetzt eine Gebühr an?\n\nLukas",
       client="thunderbird", reply="cr-1065", style="thunderbird",
       note="a no under our request: missed session")  # fmt: skip
    no("bh39_carter_code.eml", 11, ("technical",), "2026-08-24 11:50", vid(1072),
       "Hi, the access code doesn't work, it says invalid. Could you send me a new one?"
       " Session starts in 10 min.\n\nEmily",
       client="gmail", reply="vl-1072", style="gmail_en",
       note="video problem before the session")  # fmt: skip
    no("bh40_vogel_no_show.eml", 13, ("other",), "2026-09-17 09:10", re(1083),
       "Der Termin heute hat nicht stattgefunden. Ich war ab 7 Uhr im Videoraum und habe"
       " eine Viertelstunde gewartet, es kam niemand.\n\nDr. Michael Vogel",
       client="outlook", reply="cr-1083", style="outlook_classic",
       note="the session did not take place: therapist absent")  # fmt: skip
    no("bh41_jansen_question.eml", 17, ("question",), "2026-11-06 13:00",
       "Frage Termine",
       "Hi, wie viele Termine hab ich eigentlich noch? Und kommt die Rechnung per Post oder"
       " per Mail?\n\nOle",
       client="gmail", note="questions about the rest of the series and the bill")  # fmt: skip
    no("bh42_nowak_cancel.eml", 19, ("cancellation",), "2026-11-16 07:30",
       "Absage 20.11.",
       "Hallo, den Termin am 20.11. muss ich absagen, bin auf Dienstreise. Am 27. bin ich"
       " wieder dabei.\nDavid",
       note="cancels a coming session")  # fmt: skip
    no("bh43_hartmann_reminder_ok.eml", 20, ("other",), "2026-11-23 17:30", rem(1123),
       "Ok danke, bis morgen!",
       client="samsung", reply="rem-1123", style="samsung", staff=False,
       note="a thank-you to a reminder")  # fmt: skip


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
