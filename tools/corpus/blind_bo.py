"""Write blind set BO: corrections inside a mail. 43 mails: 33 in which the patient confirms
(a day named and fixed in the same or the next sentence, a wrong month or year put right, a
second mail minutes later correcting the first, a cancelled day confirmed and taken back, a
subject naming the wrong day and a body naming the right one, some plain confirmations
between them) and 10 look-alikes whose correction ends in no confirmation at all (a
cancelled day taken back, a future day, a duplicate of a confirmed day, a session the
patient then says did not take place).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bo`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bo")


def same_sentence() -> None:
    """A day named and corrected in the same or the next sentence."""
    yes("bo01_krueger_26_nein_27.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:02", re(1003),
        "Hallo,\n\nja, die Behandlung war am 26.1. – nein Quatsch, heute am 27.1. natürlich, "
        "Dienstag.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="26.1. corrected at once to 27.1., the requested day")  # fmt: skip
    yes("bo02_demir_month_fix.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:40", re(1020),
        "Ja hat stattgefunden am 11.02. ähm 11.03. natürlich 😅\n\nAylin",
        client="gmail", reply="cr-1020", style="gmail",
        note="wrong month fixed in the same line")  # fmt: skip
    yes("bo03_schulz_year.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 17:40", re(1035),
        "Behandlung am 23.04.2025 hat stattgefunden.\nKorrektur: 2026 natürlich, "
        "das neue Jahr ist bei mir noch nicht angekommen.\n\nGruß\nMarie Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird",
        note="wrong year put right in the next line")  # fmt: skip
    yes("bo04_richter_swapped_digits.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 20:05",
        re(1052),
        "Ja, hat stattgefunden, 06.10.\nSorry, amerikanisches Datum im Kopf – 10.06. meine ich.\n\n"
        "Grüße Jonas",
        client="iphone", reply="cr-1052", style="iphone",
        note="06.10. is the US order of 10.06.; he says so himself")  # fmt: skip
    yes("bo05_carter_us_order.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:30",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
        "Yes, the session on 08/10 took place – sorry, I mean 10 August, so 10.08. in German "
        "format.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en",
        note="English, date in US order then restated")  # fmt: skip
    yes("bo06_lehmann_next_sentence.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 15:00",
        re(1089),
        "Hallo,\n\nja, die Behandlung am 22.8. hat stattgefunden. Also am 22.9. natürlich, "
        "nicht August.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird", bottom=True,
        note="bottom-posted; month fixed in the next sentence")  # fmt: skip
    yes("bo07_hartmann_asterisk.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 18:52",
        re(1121), "Hat stattgefunden 10.10.\n*10.11. 🙈\n\nLG Leonie",
        client="iphone", reply="cr-1121", style="iphone",
        note="chat-style asterisk correction of the month")  # fmt: skip
    yes("bo08_koch_kalender_verrutscht.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 10:05", "Bestätigung Telefonbehandlungen",
        "Guten Tag,\n\nich bestätige die Telefonbehandlungen am Montag 31.3. und Mittwoch 1.4.\n"
        "Nein, Montag war ja der 30.3., ich bin im Kalender eine Zeile verrutscht.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline",
        note="two days; 31.3. corrected to Monday 30.3.")  # fmt: skip
    yes("bo09_oneill_monday_tuesday.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:00",
        re(1137, "RE"),
        "Hi,\n\nconfirming the call on Monday 20 April – sorry, Tuesday 21 April, the evening "
        "one.\n\nCheers\nJames",
        client="outlook", reply="cr-1137", style="outlook_en",
        note="English, wrong day fixed at once; the requested one")  # fmt: skip


def taken_back() -> None:
    """A cancelled or missed day confirmed and taken back beside a real one."""
    yes("bo10_demir_cancelled_then_right.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 12:00",
        re(1024),
        "Hallo, bestätige den 1.4. – nee warte, der ist ja ausgefallen. Heute 8.4. war die "
        "Stunde, die bestätige ich.\nLG Aylin",
        client="gmail", reply="cr-1024", style="gmail",
        note="cancelled 1.4. taken back by herself; 8.4. confirmed")  # fmt: skip
    yes("bo11_yildiz_19_abgesagt.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 12:40",
        re(1078),
        "Hallo ich bestätige termin 19.8 und 26.8. ah nein 19.8 war abgesagt wegen meine "
        "tochter. nur 26.8.\nDanke\nFatma Yıldız",
        client="webde", reply="cr-1078", style="webde",
        note="cancelled 19.8. taken back; only 26.8.")  # fmt: skip
    yes("bo12_wagner_cancelled_aside.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 11:25",
        re(1128),
        "Hallo,\nja heute 9.2. war. Und letzte Woche 2.2. auch – ach nee, die hatten Sie ja "
        "abgesagt. Passt also.\nSophie",
        client="gmail", reply="cr-1128", style="gmail",
        note="cancelled 2.2. named and taken back")  # fmt: skip
    yes("bo13_neumann_donnerstag_keiner.eml", 9, (1056,), ("2026-07-07",), "2026-07-10 10:00",
        "Bestätigung",
        "Guten Tag,\n\nich wollte bestätigen, dass die Anrufe am Dienstag den 7.7. und "
        "Donnerstag den 9.7. waren. Nee, Moment, am Donnerstag hat ja keiner angerufen, ich "
        "hab bis halb zehn gewartet. Also nur der Dienstag.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        staff=True,
        note="Thursday 9.7. (scheduled) did not take place by her account: a person looks")  # fmt: skip
    yes("bo14_lehmann_abgebrochen.eml", 14, (1091,), ("2026-10-06",), "2026-10-14 09:00",
        "Bestätigung Oktober",
        "Hallo,\n\nBestätigung für 6.10. und 13.10.\nWobei, am 13. hat das Video nicht "
        "funktioniert und wir haben nach 10 Minuten abgebrochen, das zählt wohl nicht?\n\n"
        "Anna",
        client="thunderbird", staff=True, extra=("technical",),
        note="13.10. broken off after 10 minutes, taken back with a question")  # fmt: skip
    yes("bo15_brandt_late_urlaub.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"),
        "2026-08-20 20:00", "Nachtrag Bestätigungen Juli",
        "Hi,\n\nich hab ein paar Bestätigungen verschlampt, sorry. Stattgefunden haben: 24.7. "
        "und 31.7. und 7.8. – halt, am 7.8. war ich im Urlaub, hatte ich den nicht abgesagt? "
        "Bitte checken. Die anderen zwei passen.\n\nLukas Brandt",
        client="thunderbird", staff=True, extra=("question",),
        note="weeks late; 7.8. (still scheduled) put in doubt by himself")  # fmt: skip
    yes("bo16_hoffmann_mt_verschoben.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 13:15",
        re(1042),
        "Hiermit bestätige ich die Termine vom 18.05. (7:30 KG am Gerät und 12:30 Manuelle "
        "Therapie).\nKorrektur: die Manuelle Therapie hatte Ihre Kollegin ja auf morgen "
        "verschoben, also nur die KGG am Morgen.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1042", style="outlook", staff=True,
        note="says the 12:30 MT was moved, but it is still scheduled for 18.05.: a person checks")  # fmt: skip
    yes("bo17_krueger_3_3_beim_arzt.eml", 1, (1006, 1007, 1009),
        ("2026-02-17", "2026-02-24", "2026-03-10"), "2026-03-11 09:00", "Bestätigungen",
        "Hallo,\n\nich bestätige noch die Termine vom 17.2., 24.2. und 3.3.\nKorrektur: nicht "
        "3.3. sondern 10.3. – am 3.3. war ich ja beim Arzt und hab abgesagt.\n\n"
        "LG Sabine Krüger",
        client="webde", staff=True,
        note="3.3. replaced by 10.3.; she says she cancelled 3.3. but it is still scheduled")  # fmt: skip


def second_mail() -> None:
    """Two mails minutes apart, the second correcting the first (each its own scenario)."""
    yes("bo18_becker_17_kein_termin.eml", 2, (), ("2026-02-17",), "2026-02-17 21:15",
        "Bestätigung Behandlung",
        "Guten Abend,\n\nhiermit bestätige ich die Behandlung (Manuelle Therapie per Telefon) "
        "vom 17.02.2026.\n\nViele Grüße\nThomas Becker",
        client="webde", staff=True,
        note="no appointment on 17.02. (Mon 16.02. and Thu 19.02.): a person asks")  # fmt: skip
    yes("bo19_becker_korrektur_16.eml", 2, (1014,), ("2026-02-16",), "2026-02-17 21:22",
        "Korrektur: Bestätigung Behandlung",
        "Korrektur zu meiner Mail eben – die Behandlung war gestern, Montag 16.02., nicht am "
        "17. Hab aufs falsche Datum geschaut.\n\nGruß T. Becker",
        client="webde",
        note="second mail fixing the first; the earlier day matched no appointment")  # fmt: skip
    yes("bo20_wolff_23_erste_mail.eml", 4, (1029,), ("2026-01-23",), "2026-01-30 15:05",
        "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische "
        "Krankengymnastik am 23.01.2026.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline",
        note="read alone: a plain confirmation of an open day")  # fmt: skip
    yes("bo21_wolff_korrektur_30.eml", 4, (1030,), ("2026-01-30",), "2026-01-30 15:11",
        "Korrektur meiner Mail von eben",
        "Sehr geehrte Damen und Herren,\n\nKorrektur zu meiner Mail von eben: es muss heißen "
        "30.01.2026, also heute, nicht 23.01. Den 23. hatte ich meines Wissens schon "
        "bestätigt.\nBitte entschuldigen Sie.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", staff=True,
        note="30.01. meant; the earlier mail named 23.01., which is open though he thinks it "
        "was confirmed: a person checks")  # fmt: skip
    yes("bo22_schaefer_14_erste_mail.eml", 16, (1099,), ("2026-10-14",), "2026-10-22 08:15",
        "Bestätigung Videobehandlung",
        "Guten Morgen,\n\nhiermit bestätige ich die Videobehandlung vom 14.10.\n\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nBirgit Schäfer, Steuerberaterin\n"
        "Tel. 030 8877 6655",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="from her work address; read alone a plain confirmation")  # fmt: skip
    yes("bo23_schaefer_nachtrag_beide.eml", 16, (1099, 1100), ("2026-10-14", "2026-10-21"),
        "2026-10-22 08:19", "AW: Bestätigung Videobehandlung",
        "Nachtrag zu meiner Mail eben: gemeint war eigentlich gestern, der 21.10. – aber der "
        "14. hat ja auch stattgefunden, also gilt beides.\n\nBirgit Schäfer",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="the correction adds 21.10. and keeps 14.10.")  # fmt: skip


def subject_and_body() -> None:
    """A subject naming the wrong day, a body naming the right one."""
    yes("bo24_schulz_feiertag.eml", 5, (1038,), ("2026-05-21",), "2026-05-22 09:00",
        "Bestätigung 14.05.",
        "Hallo,\n\nhiermit bestätige ich den Termin vom 14.5. Moment – am 14. war ja gar "
        "keiner, da war Feiertag. Ich meine den 21.5., gestern.\n\nViele Grüße\nM. Schulz",
        client="thunderbird",
        note="subject and first sentence 14.05. (no appointment, a holiday); 21.5. meant")  # fmt: skip
    yes("bo25_carter_subject_august.eml", 11, (1074,), ("2026-09-07",), "2026-09-08 09:00",
        "Confirmation 7 Aug",
        "Hi,\n\nconfirming yesterday's session, 7 August. Oops, September obviously! "
        "7 September.\n\nBest,\nEmily",
        client="gmail", note="English; subject keeps the wrong month")  # fmt: skip
    yes("bo26_vogel_betreff_17.eml", 13, (1084,), ("2026-09-24",), "2026-09-24 08:10",
        "Bestätigung Behandlung 17.09.2026",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die heutige Behandlung (24.09.2026)."
        "\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte",
        client="outlook", staff=True,
        note="subject names 17.09. (still open), body today 24.09. without a word on it: "
        "reused subject or a second day? a person asks")  # fmt: skip
    yes("bo27_vogel_schon_bestaetigt.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:00",
        re(1082),
        "Sehr geehrtes Team,\n\nhiermit bestätige ich die Behandlung vom 03.09. – Korrektur: "
        "vom 10.09.2026, die vom 3. hatte ich bereits bestätigt.\n\nDr. M. Vogel",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="3.9. (already confirmed) replaced by the requested 10.9.")  # fmt: skip
    yes("bo28_nowak_copy_paste.eml", 19, (1118, 1119), ("2026-11-20", "2026-11-27"),
        "2026-11-27 10:00", re(1119),
        "Hallo,\n\nTermin vom 20.11. hat stattgefunden. Sorry, copy & paste aus der letzten "
        "Mail – heute, 27.11., meine ich. Den 20. hab ich glaube ich gar nicht bestätigt, "
        "der war aber auch.\n\nD. Nowak",
        reply="cr-1119", style="thunderbird",
        note="27.11. meant, and 20.11. also took place by his own words")  # fmt: skip
    yes("bo29_hartmann_unsicher.eml", 20, (), (), "2026-11-25 08:00", "Bestätigung",
        "Hallo,\n\nbestätige hiermit den Termin vom 17.11. oder war es der 24.? Bin grad "
        "unsicher welcher es war, ich hatte ja eine Woche ausgesetzt.\n\nLG Leonie Hartmann",
        client="iphone", staff=True, extra=("question",),
        note="unsure which of two scheduled days took place: nothing recorded")  # fmt: skip
    yes("bo30_berger_6_5_schon.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:15",
        re(1143),
        "Sehr geehrte Damen und Herren,\n\nBestätigung für den 6.5. – Entschuldigung, 13.5. "
        "Den 6.5. hatte ich doch letzte Woche schon bestätigt, oder?\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        reply="cr-1143", style="thunderbird", staff=True, extra=("question",),
        note="asks whether 6.5. is confirmed; it is not: a person answers")  # fmt: skip


def plain() -> None:
    """Plain confirmations between the corrections."""
    yes("bo31_krueger_plain.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 12:10", re(1004),
        "Bestätige 3.2.26\nLG Sabine Krüger",
        client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("bo32_yildiz_zwei_tage.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-09-09 13:00", "Bestätigung",
        "Bestätigung 2.9 und 9.9 telefon Krankengymnastik hat stattgefunden\nFatma\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet",
        client="samsung")  # fmt: skip
    yes("bo33_zimmermann_jo.eml", 15, (1094,), ("2026-10-12",), "2026-10-12 13:00", re(1094),
        "jo war heute 12.10. klappt gut\nZimmermann",
        reply="cr-1094", style="thunderbird")  # fmt: skip


def look_alikes() -> None:
    """Corrections that end in no confirmation at all."""
    no("bo34_demir_abgesagt_zurueck.eml", 3, ("other",), "2026-04-01 18:00", "Termin 1.4.",
       "Hallo, ich bestätige den Termin vom 1.4. – ach nein, den hatte ich ja abgesagt, sorry. "
       "Dann ist ja alles gut.\nLG Aylin",
       client="gmail", staff=False,
       note="the only day named was cancelled, and she takes it back herself")  # fmt: skip
    no("bo35_zimmermann_abgesagt_frage.eml", 15, ("question",), "2026-10-27 10:00",
       "Behandlung gestern",
       "Hallo,\nhiermit bestätige ich die Behandlung von gestern, 26.10.\nAch nein, Mist, den "
       "hatte ich ja abgesagt wegen Zahnarzt. Vergessen Sie das. Nächster Termin ist dann der "
       "2.11. wie immer um 11?\nK. Zimmermann",
       note="cancelled day taken back; asks about the next appointment")  # fmt: skip
    no("bo36_jansen_morgen.eml", 17, ("other",), "2026-11-18 20:00", "Termin morgen",
       "Hi, bestätige schon mal den Termin morgen 19.11. – ne warte, das geht ja erst danach. "
       "Schreib ich morgen nochmal.\nOle",
       client="gmail", staff=False,
       note="a future day, withdrawn by himself")  # fmt: skip
    no("bo37_koch_doppelt.eml", 18, ("other",), "2026-04-16 09:00", "Bestätigung 15.04.",
       "Guten Tag,\n\nbestätige hiermit das Telefonat vom 15.04.\nAch, das hatte ich gestern "
       "Abend schon geschickt, sehe ich gerade. Dann ist die Mail doppelt, bitte ignorieren."
       "\n\nR. Koch",
       client="tonline", staff=False, dates=("2026-04-15",),
       note="15.04. is already confirmed; she calls the mail a duplicate herself")  # fmt: skip
    no("bo38_oneill_missed.eml", 23, ("reschedule",), "2026-05-13 09:00", "Last night",
       "Hello,\n\nI wanted to confirm last night's session (12 May) – actually scratch that, "
       "I missed the call, phone was on silent. Can we reschedule?\n\nJames",
       client="outlook",
       note="the session he starts to confirm did not take place")  # fmt: skip
    no("bo39_berger_morgen_erreichbar.eml", 24, ("other",), "2026-06-02 18:00",
       "Termin Mittwoch",
       "Guten Abend,\nich bestätige den Termin am 10.6. – nein, am 3.6., morgen um 9 Uhr. "
       "Ich bin zu Hause unter der bekannten Nummer erreichbar.\nU. Berger",
       staff=False,
       note="confirms she will attend tomorrow's call; no treatment has taken place")  # fmt: skip
    no("bo40_richter_nicht_stattgefunden.eml", 8, ("reschedule",), "2026-06-17 20:00",
       re(1053),
       "Hallo, die Behandlung vom 17.6. hat stattgefunden – sorry, Korrektur, hat sie nicht, "
       "ich war nicht im Video, hab die Uhrzeit verwechselt. Kann ich das nachholen?\nJonas",
       client="iphone", reply="cr-1053", style="iphone",
       note="the yes is withdrawn: he missed the session")  # fmt: skip
    no("bo41_popescu_nicht_angerufen.eml", 7, ("other",), "2026-06-23 13:05", re(1049),
       "Hallo,\nja 23.6. ... nein, diese Termin war nicht, Therapeutin ist nicht gekommen in "
       "Video? Ich habe gewartet 20 Minuten.\nElena",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="learner's German: the session did not take place by her account")  # fmt: skip
    no("bo42_hoffmann_verschieben.eml", 6, ("reschedule",), "2026-05-31 09:10",
       "AW: Erinnerung: Ihr Termin am 01.06.2026",
       "Bestätige den Termin morgen 1.6. 7:30 – oh, Moment, da bin ich beim Zahnarzt. Dann "
       "bitte auf 8:30 verschieben, geht das?\n\nP. Hoffmann",
       client="outlook", reply="rem-1045", style="outlook",
       note="answers the reminder of a future day and asks to move it")  # fmt: skip
    no("bo43_carter_not_sure.eml", 11, ("question",), "2026-08-26 19:30", "24 Aug",
       "Hi,\n\nconfirming the session on 24 Aug – wait, was that the one I cancelled by phone? "
       "I'm not sure anymore. Could you check?\n\nEmily",
       client="gmail",
       note="24.08. is still scheduled, but she doubts it took place: nothing recorded")  # fmt: skip


def main() -> None:
    load_practice()
    same_sentence()
    taken_back()
    second_mail()
    subject_and_body()
    plain()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
