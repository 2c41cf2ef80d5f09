"""Write blind set CD: a plain, representative inbox of the whole year, 44 mails. Mostly
short replies under our request in many mail programs, with and without the date, some new
mails, several days at once, a few late ones; many add one more thing (a thank-you, a
remark about pain or exercises, a question, a wish for another time). Look-alikes: a reply
to a reminder, a cancellation, reschedule wishes, a question about a coming session, a
session that did not take place (twice), a new phone number, a question instead of a yes,
a thank-you for the video code, and a "yes" for a session that was cancelled.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cd`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_cd")

IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\nVon meinem Samsung Galaxy Smartphone gesendet."


def winter() -> None:
    yes("cd01_krueger_27jan_webde.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nLiebe Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cd02_becker_no_date_exercises.eml", 2, (1010,), (), "2026-02-02 19:40", re(1010),
        "Hat stattgefunden, danke. Die Übungen für die Schulter mache ich jetzt jeden Abend,"
        " merke schon einen Unterschied.\n\nGruß\nT. Becker",
        client="gmail", reply="cr-1010", style="gmail",
        note="a yes under our request that names no day, plus a remark on exercises")  # fmt: skip
    yes("cd03_wolff_formal_16jan.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 09:20", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom 16.01.2026.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cd04_wolff_three_fridays_new.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-07 11:00", "Bestätigung Termine",
        "Guten Tag,\n\nich bestätige Ihnen die telefonischen Behandlungen am 23.1., am 30.1. und"
        " am 6.2., alle haben stattgefunden. Entschuldigung, dass ich nicht jedes Mal einzeln"
        " geantwortet habe.\n\nMfG\nH.-J. Wolff",
        client="tonline", note="a new mail naming three past Fridays")  # fmt: skip
    yes("cd05_wagner_three_late_spam.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-02-05 21:15", "Termine Januar",
        "Hallo liebes Praxisteam,\n\nsorry dass ich mich erst jetzt melde, eure Mails sind bei mir"
        " im Spam gelandet. Die Termine am 12.01., 19.01. und 26.01. haben alle stattgefunden.\n\n"
        "Viele Grüße\nSophie",
        client="plain", note="late, new mail, three days")  # fmt: skip
    yes("cd06_becker_5feb_invoice_address.eml", 2, (1011,), ("2026-02-05",), "2026-02-06 08:00",
        re(1011),
        "Guten Morgen,\n\nder Termin am 5.2. hat stattgefunden.\n\nKönnten Sie mir die Rechnung"
        " diesmal bitte an meine neue Adresse schicken? Lindenallee 12, 28209 Bremen.\n\n"
        "Danke und Gruß\nThomas Becker",
        client="gmail", reply="cr-1011", style="gmail", staff=True, extra=("question",),
        note="yes with the date, plus a new invoice address for staff")  # fmt: skip
    yes("cd07_aydin_samsung_19feb.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:00", re(1130),
        "Hallo ja Termin 19.02 war gut. Danke\nMehmet" + SAMSUNG,
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    no("cd08_krueger_reminder_reply.eml", 1, ("other",), "2026-02-16 12:00",
       "AW: Erinnerung: Ihr Termin am 17.02.2026",
       "Danke für die Erinnerung, ich bin morgen wie immer dabei.\n\nSabine Krüger",
       client="webde", reply="rem-1006", style="webde", staff=False,
       note="answers the reminder of a future session; nothing to confirm, nobody needed")  # fmt: skip
    no("cd09_becker_reschedule_reminder.eml", 2, ("reschedule",), "2026-02-15 18:10",
       "Re: Erinnerung: Ihr Termin am 16.02.2026",
       "Hallo,\n\nkönnten wir morgen ausnahmsweise erst um 18:30 telefonieren? Ich stecke bis"
       " 18 Uhr in einem Termin.\n\nGruß Thomas Becker",
       client="gmail", reply="rem-1014", style="gmail",
       note="wants to move tomorrow's session; confirms nothing")  # fmt: skip


def spring() -> None:
    yes("cd10_demir_iphone_4march.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:15", re(1019),
        "ja hat stattgefunden am 4.3 😊 danke an die Therapeutin, hat echt gut getan" + IPHONE,
        client="iphone", reply="cr-1019", style="iphone")  # fmt: skip
    yes("cd11_krueger_two_late_new.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-04-02 20:30", "Nachtrag Bestätigung",
        "Hallo,\n\nbeim Aufräumen im Postfach habe ich gesehen, dass ich den 3.2. und den 10.2."
        " nie bestätigt habe. Beide Termine haben stattgefunden.\n\nLiebe Grüße\nSabine Krüger",
        client="webde", note="weeks late, two days in a new mail")  # fmt: skip
    yes("cd12_koch_23march_knee_pain.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 09:00",
        re(1109),
        "Guten Tag,\n\ndie Behandlung am 23.3. hat stattgefunden. Ich hatte danach am Abend"
        " ziemliche Schmerzen im Knie, ist das normal? Soll ich die Übungen trotzdem weiter"
        " machen?\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline", staff=True, extra=("question",),
        note="yes with the date and a question about pain")  # fmt: skip
    yes("cd13_demir_heut_typo.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 10:30", re(1022),
        "jaa war heut, danke! bis nächste woche",
        client="gmail", reply="cr-1022", style="gmail",
        note="'heut' is the day of the mail and of the session")  # fmt: skip
    yes("cd14_koch_30march_not_1april.eml", 18, (1111,), ("2026-03-30",), "2026-04-01 17:00",
        re(1112),
        "Hallo,\n\nam Montag 30.3. war die Behandlung, das stimmt. Aber heute am 1.4. hat mich"
        " niemand angerufen, ich habe um 15 Uhr extra gewartet.\n\nRenate Koch",
        client="tonline", reply="cr-1112", style="tonline", staff=True, extra=("question",),
        note="confirms 30.3.; the requested 1.4. did not take place")  # fmt: skip
    no("cd15_demir_cancel_sick_child.eml", 3, ("cancellation",), "2026-04-07 09:00",
       "Re: Erinnerung: Ihr Termin am 08.04.2026",
       "Hallo, ich muss den Termin morgen leider absagen, mein Sohn ist krank und ich bin mit"
       " ihm beim Kinderarzt. Tut mir leid!\nAylin" + IPHONE,
       client="iphone", reply="rem-1024", style="iphone")  # fmt: skip
    yes("cd16_oneill_english_14april.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:00",
        re(1136, "RE"),
        "Hello,\n\nI confirm that the treatment on 14/04/2026 took place.\n\nKind regards,\n"
        "James O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cd17_schulz_theraband_question.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:30",
        re(1034),
        "Hallo,\n\nja, die Stunde am 16.04. fand statt.\nEine Frage noch: muss ich für den"
        " nächsten Termin wieder das Theraband bereitlegen oder brauchen wir was anderes?\n\n"
        "Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", staff=True,
        extra=("question",))  # fmt: skip
    yes("cd18_hoffmann_heute_geraet.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:20",
        re(1040),
        "Guten Morgen,\n\nTermin heute 7:30 fand statt. Die Übungen am Gerät gehen schon deutlich"
        " besser als letzte Woche.\n\nViele Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("cd19_berger_later_times_wish.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:00",
        re(1142),
        "Hallo,\n\nTermin vom 06.05. hat stattgefunden.\nIch würde die nächsten Termine gerne"
        " lieber nachmittags haben, morgens klappt es bei mir schlecht. Geht das?\n\n"
        "Gruß U. Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird", staff=True,
        extra=("reschedule",), note="yes plus a wish for other times")  # fmt: skip
    yes("cd20_hoffmann_both_18may.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:00",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.5. (morgens Gerät, mittags Manuelle) haben"
        " stattgefunden.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both named")  # fmt: skip
    no("cd21_hoffmann_code_question.eml", 6, ("question", "technical"), "2026-05-29 08:00",
       "AW: Ihr Videotermin am 01.06.2026",
       "Hallo,\n\nbrauche ich für Montag den neuen Code aus dieser Mail oder geht der von letzter"
       " Woche auch noch? Ich habe beim letzten Mal etwas gebraucht, bis ich drin war.\n\n"
       "Gruß Peter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook",
       note="a question about a coming session")  # fmt: skip


def summer() -> None:
    yes("cd22_popescu_learner_2june.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:00",
        re(1046),
        "Hallo,\nich bestatige das die Behandlung am 02.06 war. Danke schon\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cd23_richter_thumbs.eml", 8, (1051,), (), "2026-06-03 20:00", re(1051),
        "Jep, hat stattgefunden 👍" + IPHONE,
        client="iphone", reply="cr-1051", style="iphone",
        note="a yes under our request that names no day")  # fmt: skip
    no("cd24_popescu_video_did_not_load.eml", 7, ("technical",), "2026-06-09 14:00", re(1047),
       "Hallo,\nich konnte heute nicht in das Video kommen, die Seite hat nicht geladen und dann"
       " war es zu spät. Die Behandlung hat also nicht stattgefunden. Was soll ich machen?\n"
       "Elena Popescu",
       client="yahoo", reply="cr-1047", style="yahoo",
       note="a reply under our request saying the session did not take place")  # fmt: skip
    yes("cd25_neumann_tuesday_new.eml", 9, (1056,), ("2026-07-07",), "2026-07-08 10:00",
        "Bestätigung",
        "Guten Tag,\n\nich war am Dienstag, den 7. Juli, am Telefon zur Krankengymnastik. Das hat"
        " stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain")  # fmt: skip
    yes("cd26_neumann_two_days_reply.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-07-14 11:00", re(1058),
        "Hallo,\n\ndie Termine am 9.7. und heute am 14.7. waren beide. Die Mail vom 9. hatte ich"
        " übersehen.\n\nGruß G. Neumann",
        client="thunderbird", reply="cr-1058", style="thunderbird")  # fmt: skip
    yes("cd27_brandt_moin.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:00", re(1063),
        "Moin,\n\nbestätige den Termin vom 03.07. Hat alles gut geklappt mit dem Video.\n\nLukas",
        client="plain", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("cd28_carter_english_neck.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:00",
        re(1069, "Re"),
        "Hi,\n\nyes, the session on 3 August took place. Thanks a lot, my neck feels much better"
        " already!\n\nBest,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cd29_yildiz_heute_telefon.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00",
        re(1075),
        "hallo ja termin war heute am telefon. danke\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("cd30_carter_move_next_monday.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:20",
        re(1070, "Re"),
        "Confirmed, the session happened today.\n\nQuick question: could we move next Monday's"
        " session to the afternoon? I have a meeting at 12.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en", staff=True, extra=("reschedule",),
        note="yes for today plus a wish to move next week's session")  # fmt: skip
    yes("cd31_yildiz_cancelled_day.eml", 12, (), (), "2026-08-20 09:30", "Termin 19.8.",
        "Hallo, Termin am 19.8. war, danke.\nFatma Yildiz",
        client="webde", staff=True,
        note="confirms 19.08., which was cancelled: nothing may be recorded, staff checks")  # fmt: skip


def autumn() -> None:
    yes("cd32_lehmann_bottom_back.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:00",
        re(1087),
        "Ja, hat stattgefunden (08.09.). Die Übungen für den unteren Rücken mach ich jetzt jeden"
        " Morgen vor der Uni.\n\nAnna",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True)  # fmt: skip
    yes("cd33_vogel_formal_10sept.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:15",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Schillerstraße 14, 60313 Frankfurt am Main\nTel. 069 4471230",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("cd34_vogel_short_bottom.eml", 13, (1083,), (), "2026-09-17 12:00", re(1083),
        "Bestätigt.\nMV" + IPHONE,
        client="iphone", reply="cr-1083", style="iphone", bottom=True,
        note="a one-word yes below our request")  # fmt: skip
    no("cd35_lehmann_sick_forgot.eml", 14, ("other",), "2026-09-23 08:00", re(1089),
       "Hallo,\n\ndie Behandlung am 22.9. hat leider nicht stattgefunden, ich war krank und hab"
       " vergessen abzusagen. Tut mir leid! Nächste Woche bin ich wieder dabei.\n\nAnna Lehmann",
       client="thunderbird", reply="cr-1089", style="thunderbird",
       note="a missed session, not a confirmation")  # fmt: skip
    yes("cd36_zimmermann_montag.eml", 15, (1093,), ("2026-10-05",), "2026-10-06 08:00", re(1093),
        "Jawoll, Termin am Montag war.\nGruß Klaus",
        client="plain", reply="cr-1093", style="thunderbird",
        note="'am Montag' is 05.10., the requested day")  # fmt: skip
    yes("cd37_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 09:00",
        re(1098),
        "Hallo,\n\nhiermit bestätige ich den Termin vom 07.10.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nAm Markt 3 | 49074 Osnabrück\nTel. 0541 2093318",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("cd38_jansen_water_bottle.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:00",
        re(1104),
        "Hi! Ja, hat heute geklappt, danke. Kurze Frage: brauche ich fürs nächste Mal irgendein"
        " Gerät zuhause oder reicht ne Wasserflasche als Gewicht? LG Ole",
        client="gmail", reply="cr-1104", style="gmail", staff=True, extra=("question",))  # fmt: skip
    no("cd39_zimmermann_new_phone.eml", 15, ("other",), "2026-11-01 12:00",
       "AW: Erinnerung: Ihr Termin am 02.11.2026",
       "Hallo,\n\nja passt. Bitte rufen Sie mich morgen aber auf dem Handy an, 0171 2345678,"
       " das Festnetz ist gekündigt.\n\nKlaus Zimmermann",
       client="plain", reply="rem-1097", style="thunderbird",
       note="reply to a reminder with a new phone number; staff must update it")  # fmt: skip
    yes("cd40_hartmann_first_session.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:00",
        re(1120),
        "Hallo,\n\nja die erste Stunde am 3.11. hat stattgefunden, war super! Danke an die"
        " Therapeutin, ich hab mich gut aufgehoben gefühlt.\n\nLeonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("cd41_nowak_english_6nov.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00",
        re(1116, "Re"),
        "Confirming the session on 6 Nov. Thanks\n\nDavid",
        client="plain", reply="cr-1116", style="gmail_en")  # fmt: skip
    no("cd42_hartmann_thanks_code.eml", 20, ("other",), "2026-11-07 16:00",
       "AW: Ihr Videotermin am 10.11.2026",
       "Danke, Code ist angekommen! Bis Dienstag\nLeonie",
       client="webde", reply="vl-1121", style="webde", staff=False,
       note="a thank-you for the video link of a coming session")  # fmt: skip
    no("cd43_jansen_move_tomorrow.eml", 17, ("reschedule",), "2026-11-11 15:00",
       "Re: Erinnerung: Ihr Termin am 12.11.2026",
       "Hey, kann ich den Termin morgen auf 14 Uhr schieben? Vormittags hab ich jetzt Vorlesung."
       "\n\nOle",
       client="gmail", reply="rem-1107", style="gmail")  # fmt: skip
    no("cd44_nowak_asks_duration.eml", 19, ("question",), "2026-11-13 11:00", re(1117, "Re"),
       "Hi,\n\nbefore I reply to this: was today's session booked as 30 or as 45 minutes? My"
       " insurer wants to know for the reimbursement.\n\nDavid",
       client="plain", reply="cr-1117", style="gmail_en",
       note="a question under our request, no confirmation given")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
