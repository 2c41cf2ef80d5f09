"""Write blind set FH: a plain, representative inbox of the whole year, nothing themed.

43 mails: 32 confirmations (mostly short replies under our request from phones and
webmail, with and without the date, some new mails, several days at once, a few late, a
few with a question or a problem beside the yes) and 11 look-alikes (cancellations, a
reschedule, a question about a coming session, a missed session, a reply to a reminder,
a session that did not happen, a cancelled day and a future day "confirmed", a patient
who does not understand our request).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fh`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_fh")


def short_replies() -> None:
    yes("fh01_krueger_ja_datum.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("fh02_becker_bestaetigt.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:15", re(1010),
        "Bestätigt, Behandlung am 2.2. fand statt.\n\nGruß\nT. Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("fh03_demir_nur_ja.eml", 3, (1019,), (), "2026-03-04 10:40", re(1019),
        "Ja hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1019", style="iphone",
        note="a bare yes under our request, no day named")  # fmt: skip
    yes("fh04_wolff_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 09:40", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung vom"
        " 16.01.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("fh06_schulz_video.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:02", re(1034),
        "Hallo,\n\nja, die Videobehandlung am 16.4. hat stattgefunden. Hat gut geklappt mit"
        " der Verbindung diesmal.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("fh07_hoffmann_kurz.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:20", re(1040),
        "Guten Morgen,\n\nTermin vom 04.05. bestätigt.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("fh08_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:30",
        re(1043),
        "Hallo zusammen,\n\nbeide Termine am 18.5. haben stattgefunden, morgens das Gerätetraining"
        " und mittags die Manuelle.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of the day named")  # fmt: skip
    yes("fh09_popescu_lerner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:30", re(1046),
        "Hallo,\nich bestätige Termin am 2 Juni, war gut. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("fh10_richter_jo.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:11", re(1051),
        "Jo, hat geklappt. 3.6. bestätigt\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("fh12_brandt_unten.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:00", re(1063),
        "Bestätigt: 03.07.2026 hat stattgefunden.\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("fh13_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:00",
        re(1069, "Re"),
        "Hi,\n\nyes, the session on 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("fh14_yildiz_klein.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:40", re(1075),
        "hallo ja der termin am 05.08 hat stattgefunden lg fatma",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("fh15_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:45", re(1082),
        "Bestätigt, 10.09.2026.\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Friedrichstraße 112, 10117 Berlin\nTel. 030 8812 4400 | Fax 030 8812 4401",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("fh16_lehmann_spaet.eml", 14, (1087,), ("2026-09-08",), "2026-09-21 22:10", re(1087),
        "Sorry für die späte Antwort, ging im Semesterstress unter! Ja, die Stunde am 8.9. hat"
        " stattgefunden.\n\nLG Anna",
        client="gmail", reply="cr-1087", style="gmail",
        note="late: almost two weeks after the session")  # fmt: skip
    yes("fh17_zimmermann_klein.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 17:20", re(1093),
        "ja hat stattgefunden am 5.10.\ngruss klaus",
        client="thunderbird", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("fh18_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15", re(1098),
        "Hallo,\n\nder Termin am 07.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 030 445 9920",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        note="from her second registered address, the office one")  # fmt: skip
    yes("fh19_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:00", re(1104),
        "moin, 22.10. war top, danke!\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("fh21_nowak_english.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:30",
        re(1116, "Re"), "Confirmed, the session on 06.11. took place.\n\nDavid",
        reply="cr-1116", style="gmail_en", bottom=True)  # fmt: skip
    yes("fh22_hartmann_smiley.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:30", re(1120),
        "Hallo!\nJa hat alles geklappt, Behandlung am 3.11. hat stattgefunden :)\nLG Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("fh24_aydin_lerner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:00", re(1130),
        "Hallo\nTermin 19.02 war stattgefunden. Danke\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("fh25_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:10",
        re(1136, "RE"),
        "Hello,\n\nI confirm that the session on April 14 took place.\n\nBest,\nJames O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("fh26_berger_brief.eml", 24, (1142,), ("2026-05-06",), "2026-05-07 09:00", re(1142),
        "Sehr geehrtes Praxisteam,\n\nich bestätige Ihnen die Behandlung vom 6. Mai 2026.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("fh30_richter_nur_ja.eml", 8, (1052,), (), "2026-06-10 21:03", re(1052),
        "Ja, hat stattgefunden.",
        client="iphone", reply="cr-1052", style="iphone",
        note="a bare yes under our request, no day named")  # fmt: skip


def new_mails_and_several_days() -> None:
    yes("fh05_wolff_zwei_tage.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 10:00", "Bestätigung Termine",
        "Sehr geehrte Damen und Herren,\n\ndie Telefontermine am 23.1. und 30.1. haben beide"
        " stattgefunden.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline")  # fmt: skip
    yes("fh11_neumann_juli.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 11:00", "Krankengymnastik",
        "Liebe Praxis,\n\nich möchte Ihnen bestätigen, dass die Krankengymnastik am Telefon am"
        " 7. Juli und am 9. Juli stattgefunden hat. Es geht meinem Rücken schon etwas besser.\n\n"
        "Herzliche Grüße\nGisela Neumann")  # fmt: skip
    yes("fh20_koch_maerz.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:00", "Bestätigung",
        "Guten Tag,\n\ndie Behandlungen am 23. und 25. März haben stattgefunden.\n\n"
        "Mit freundlichem Gruß\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("fh27_krueger_nachgeholt.eml", 1, (1004, 1005, 1006),
        ("2026-02-03", "2026-02-10", "2026-02-17"), "2026-02-20 18:00",
        "Bestätigung Februar",
        "Hallo liebes Team,\n\nentschuldigung, ich hab das Bestätigen total vergessen: der 3.2.,"
        " 10.2. und 17.2. haben alle stattgefunden.\n\nLiebe Grüße\nSabine Krüger",
        client="webde", note="three days at once, late")  # fmt: skip
    yes("fh31_zimmermann_oktober.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-11-01 16:45", "termine oktober",
        "hallo, die termine vom 12.10 und 19.10 hatten stattgefunden, sorry für die verspätung\n"
        "k. zimmermann",
        note="late, two days at once")  # fmt: skip


def yes_with_something_else() -> None:
    yes("fh23_wagner_frage.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 12:00", re(1124),
        "Hallo,\n\nja, am 12.01. hat die Behandlung stattgefunden.\n\nKurze Frage: geht das"
        " nächste Mal auch per Telefon statt Video? Meine Kamera am Laptop spinnt.\n\n"
        "Viele Grüße\nSophie Wagner",
        client="webde", reply="cr-1124", style="webde", staff=True, extra=("question",),
        note="yes plus a question about switching to phone")  # fmt: skip
    yes("fh28_becker_rechnung.eml", 2, (1012,), ("2026-02-09",), "2026-02-09 21:30", re(1012),
        "Termin am 9.2. hat stattgefunden.\n\nAndere Sache: die Rechnung für die ersten beiden"
        " Termine habe ich noch nicht bekommen, können Sie die bitte schicken?\n\nGruß\n"
        "Thomas Becker",
        client="gmail", reply="cr-1012", style="gmail", staff=True, extra=("question",),
        note="yes plus a question about the invoice")  # fmt: skip
    yes("fh29_demir_einer_nicht.eml", 3, (1020,), ("2026-03-11",), "2026-03-18 20:00", re(1021),
        "Hallo,\n\nam 11.3. hat die Behandlung stattgefunden. Heute (18.3.) konnte ich leider"
        " nicht, ich war krank und hab heute morgen angerufen und abgesagt.\n\nLG Aylin",
        client="gmail", reply="cr-1021", style="gmail", staff=True,
        note="confirms 11.3.; the requested 18.3. did not take place")  # fmt: skip
    yes("fh32_carter_question.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:00",
        re(1070, "Re"),
        "Yes, the Aug 10 session happened.\n\nQuick question: is next week's session still at"
        " 12? I might be a few minutes late because of a meeting.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en", staff=True, extra=("question",),
        note="yes plus a question about the coming session")  # fmt: skip


def look_alikes() -> None:
    no("fh33_krueger_absage.eml", 1, ("cancellation",), "2026-02-28 09:15",
       "Absage Termin 03.03.",
       "Hallo,\n\nich muss den Termin am 3.3. leider absagen, ich hab da einen Arzttermin, der"
       " sich nicht verschieben lässt.\n\nViele Grüße\nSabine Krüger",
       client="webde")  # fmt: skip
    no("fh34_becker_verschieben.eml", 2, ("reschedule",), "2026-03-01 18:00", rem(1018),
       "Hallo, können wir morgen auf 18:30 schieben? Komme sonst nicht rechtzeitig aus dem"
       " Büro.\nGruß T. Becker",
       client="gmail", reply="rem-1018", style="gmail")  # fmt: skip
    no("fh35_hoffmann_theraband.eml", 6, ("question",), "2026-05-29 19:20", vl(1045),
       "Hallo,\n\nbrauche ich für den Termin am 1.6. das Theraband, oder machen wir nur"
       " Übungen ohne?\n\nGruß\nPeter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook")  # fmt: skip
    no("fh36_popescu_vergessen.eml", 7, ("reschedule",), "2026-06-09 15:10", re(1047),
       "Hallo,\nEntschuldigung, ich war nicht da am 9. Juni, ich habe vergessen. Kann ich"
       " neue Termin bekommen?\nElena",
       client="yahoo", reply="cr-1047", style="yahoo",
       note="missed session under our request; asks for a new one")  # fmt: skip
    no("fh37_neumann_erinnerung.eml", 9, ("other",), "2026-07-13 10:00", rem(1058),
       "Danke für die Erinnerung, ich bin morgen da.\nGisela Neumann",
       reply="rem-1058", style="thunderbird", staff=False,
       note="thanks for the reminder, nothing to do")  # fmt: skip
    no("fh38_yildiz_abgesagter_tag.eml", 12, ("other",), "2026-08-20 11:00", "Termin",
       "hallo, der termin am 19.08. hat stattgefunden\nlg fatma",
       client="samsung",
       note="19.08. was cancelled; the claim contradicts the schedule")  # fmt: skip
    no("fh39_lehmann_im_voraus.eml", 14, ("other",), "2026-09-27 17:00",
       "Bestätigung vorab",
       "Hallo,\n\nich bestätige hiermit schon mal den Termin am 29.9., weil ich am Abend"
       " danach verreise und ein paar Tage nicht an meine Mails komme.\n\nLG Anna Lehmann",
       client="gmail", note="confirms a session in advance, before it took place")  # fmt: skip
    no("fh40_zimmermann_keiner_rief_an.eml", 15, ("other",), "2026-11-02 13:05", re(1097),
       "heute hat niemand angerufen, ich habe bis halb zwölf gewartet. was ist da los?\n"
       "k. zimmermann",
       client="thunderbird", reply="cr-1097", style="thunderbird",
       note="the phone session did not take place")  # fmt: skip
    no("fh41_hartmann_link_kaputt.eml", 20, ("technical", "reschedule"), "2026-11-10 18:50",
       re(1121),
       "Hallo,\n\nder Link hat bei mir heute nicht funktioniert, ich kam einfach nicht rein"
       " (immer nur Warteraum). Die Behandlung hat also nicht stattgefunden. Können wir das"
       " nachholen?\n\nLG Leonie",
       client="webde", reply="cr-1121", style="webde")  # fmt: skip
    no("fh42_oneill_cancel.eml", 23, ("cancellation",), "2026-05-15 08:30",
       "Cancel session May 19",
       "Hello,\n\nI need to cancel my session on May 19, I'm travelling for work that week."
       " Sorry for the short notice.\n\nBest,\nJames",
       client="outlook")  # fmt: skip
    no("fh43_berger_versteht_nicht.eml", 24, ("question",), "2026-05-13 11:20", re(1143),
       "Guten Tag,\n\nwas soll ich denn da bestätigen? Ich verstehe das nicht ganz. Bitte rufen"
       " Sie mich einmal an.\n\nMit freundlichen Grüßen\nU. Berger",
       client="thunderbird", reply="cr-1143", style="thunderbird",
       note="does not understand the request; gives no yes")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    new_mails_and_several_days()
    yes_with_something_else()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
