"""Write blind set BV: a plain, representative inbox of the whole year, nothing themed.
44 mails from the patients in practice.toml: 33 that mean to confirm (32 of them confirm
at least one session) - mostly short replies under our request in many mail programs, with
and without the date, some new mails, several days at once, a few late, a few with a
question, a wish to move a session or a problem beside the yes - and 11 look-alikes: a
cancellation, reschedule wishes, a question about a coming session, a missed session, a
session the patient did not attend, a doubt under our request, replies to a reminder and
to a video link.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bv`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bv")


def winter() -> None:
    yes("bv01_krueger_reply_with_day.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40", re(1003),
        "Hallo,\n\nja, am 27.01. war die Stunde per Video, alles bestens.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("bv02_krueger_three_days_new_mail.eml", 1, (1004, 1005, 1006),
        ("2026-02-03", "2026-02-10", "2026-02-17"), "2026-02-18 08:05", "Meine Termine Februar",
        "Guten Morgen,\n\nich bin mit dem Antworten nicht hinterhergekommen, deshalb gesammelt:"
        " die Videotermine am 3.2., 10.2. und 17.2. haben alle wie geplant stattgefunden.\n\n"
        "Schöne Grüße\nSabine Krüger", client="webde",
        note="a new mail naming three past sessions")  # fmt: skip
    yes("bv03_becker_gmail_short.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:15", re(1010, "Re"),
        "Bestätigt für den 02.02.2026.\n\nVG Thomas Becker", client="gmail", reply="cr-1010",
        style="gmail")  # fmt: skip
    yes("bv04_becker_iphone_no_day.eml", 2, (1013,), (), "2026-02-12 20:02", re(1013, "Re"),
        "Ja, hat geklappt 👍\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1013",
        style="iphone", note="a yes under our request for 12.02.2026, no day named")  # fmt: skip
    yes("bv05_becker_four_late.eml", 2, (1014, 1015, 1016, 1017),
        ("2026-02-16", "2026-02-19", "2026-02-23", "2026-02-26"), "2026-03-04 21:30",
        "Nachtrag Bestätigungen",
        "Hallo Praxis-Team,\n\nsorry, ich hab ein paar Ihrer Mails liegen lassen. Die Telefonate"
        " am 16.02., 19.02., 23.02. und 26.02. fanden alle statt.\n\nBeste Grüße\nThomas Becker",
        client="outlook", note="a late new mail naming four sessions")  # fmt: skip
    yes("bv06_demir_gmail_day.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:30", re(1019, "Re"),
        "Hallo, ja am 4.3. hatten wir die Stunde per Video :)\nLG Aylin", client="gmail",
        reply="cr-1019", style="gmail")  # fmt: skip
    yes("bv07_demir_samsung_no_day.eml", 3, (1022,), (), "2026-03-25 17:45", re(1022),
        "Ja war alles gut danke\n\n\n\nGesendet von meinem Galaxy", client="samsung",
        reply="cr-1022", style="samsung", note="a yes under our request for 25.03.2026")  # fmt: skip
    yes("bv08_wolff_tonline_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:20", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit teile ich Ihnen mit, dass die telefonische"
        " Krankengymnastik am 16.01.2026 durchgeführt wurde.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff", client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bv09_wolff_two_weeks_late.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-27 10:10", "Bestätigung 23.1. und 30.1.",
        "Guten Tag,\n\ndie Telefontermine am 23.1. und am 30.1. haben stattgefunden. Ihre Mails"
        " dazu sind bei mir im Spam gelandet, entschuldigen Sie die Verspätung.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff", client="tonline",
        note="four weeks late, two sessions in a new mail")  # fmt: skip
    yes("bv10_sophie_wagner_gmx.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:40", re(1124),
        "Hallo,\nTermin am 12.1. fand statt.\nLG Sophie", client="webde", reply="cr-1124",
        style="webde")  # fmt: skip
    yes("bv11_aydin_samsung_lower_case.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:00",
        re(1130), "hallo ja die behandlung war am 19.02 am telefon\ngruss mehmet", client="samsung",
        reply="cr-1130", style="samsung")  # fmt: skip


def spring() -> None:
    yes("bv12_koch_tonline_next_day.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 09:00", re(1109),
        "Hallo,\n\ndie Behandlung vom 23. März ist erfolgt.\n\nGruß Renate Koch", client="tonline",
        reply="cr-1109", style="tonline")  # fmt: skip
    yes("bv13_oneill_outlook_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:00",
        re(1136, "RE"),
        "Hello,\n\nconfirming that my phone session on April 14th went ahead as planned.\n\n"
        "Best,\nJames", client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bv14_schulz_mother_bottom_post.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:05",
        re(1034, "Re"),
        "Hallo,\n\nja, die Stunde am 16.04. hat Marie mitgemacht.\n\nViele Grüße\n"
        "Katrin Schulz (Mama von Marie)", client="thunderbird", reply="cr-1034",
        style="thunderbird", bottom=True, name="Katrin Schulz",
        note="the mother answers from the registered address, below the quote")  # fmt: skip
    yes("bv15_schulz_yes_and_prescription.eml", 5, (1035,), ("2026-04-23",), "2026-04-24 08:10",
        re(1035, "Re"),
        "Guten Morgen,\n\n23.4. hat stattgefunden. Eine Frage noch: Die Verordnung ist ja bald"
        " aufgebraucht, brauchen wir ein neues Rezept vom Kinderarzt, oder kümmern Sie sich"
        " darum?\n\nViele Grüße\nK. Schulz", client="thunderbird", reply="cr-1035",
        style="thunderbird", staff=True, extra=("question",), name="Katrin Schulz",
        note="a yes with a question about a new prescription")  # fmt: skip
    yes("bv16_hoffmann_classic_no_day.eml", 6, (1040,), (), "2026-05-04 09:30", re(1040),
        "Hat stattgefunden.\n\nMit freundlichen Grüßen\nPeter Hoffmann\n\nHoffmann Immobilien GmbH\n"
        "Königsallee 14, 40212 Düsseldorf\nTel. 0211 4471230", client="outlook", reply="cr-1040",
        style="outlook_classic", note="a yes under our request for 04.05.2026")  # fmt: skip
    yes("bv17_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:10",
        re(1043),
        "Guten Tag,\n\nich bestätige beide Sitzungen vom 18.05., also das Gerätetraining früh und"
        " die Manuelle Therapie mittags.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05.2026, morning KGG and midday MT")  # fmt: skip
    yes("bv18_berger_plain.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:00", re(1143),
        "Guten Morgen,\nich bestätige die Behandlung vom 13.5.26.\nFreundliche Grüße\nUrsula Berger",
        reply="cr-1143", style="outlook_classic")  # fmt: skip
    yes("bv19_popescu_yahoo_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:00", re(1046),
        "Hallo,\n\nich bestätige die Termin am 2 Juni, es war stattgefunden. Danke schön\n\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("bv20_richter_apple.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:45", re(1051),
        "Jap, 3.6. war. Gruß Jonas", client="apple", reply="cr-1051", style="iphone")  # fmt: skip
    yes("bv21_richter_video_dropped.eml", 8, (1054,), ("2026-06-24",), "2026-06-25 07:50", re(1054),
        "Hi,\n\nder Termin am 24.6. hat stattgefunden, aber das Video ist zweimal abgebrochen und"
        " die letzten 10 Minuten haben wir nur telefoniert. Ist das so okay für die Abrechnung?"
        "\n\nGruß Jonas", client="apple", reply="cr-1054", style="iphone", staff=True,
        extra=("technical", "question"),
        note="took place, partly by phone after the video broke off; he asks")  # fmt: skip


def summer_autumn() -> None:
    yes("bv22_neumann_two_days_new_mail.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:00", "Krankengymnastik",
        "Guten Tag,\n\nich bestätige die Anrufe vom Dienstag, 7.7. und Donnerstag, 9.7.\n"
        "Die Übungen mache ich jeden Tag.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("bv23_brandt_two_late_gmail.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"),
        "2026-08-03 08:50", re(1067, "Re"),
        "Hi,\n\nbestätige den 24.07. und den 31.07., beide fanden statt. Sorry für die späte"
        " Rückmeldung, war im Urlaub.\n\nBeste Grüße\nLukas", client="gmail", reply="cr-1067",
        style="gmail", note="under the request for 31.07., also names 24.07.")  # fmt: skip
    yes("bv24_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:20", re(1069, "Re"),
        "Hi, yes - I can confirm my session on 3 August took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bv25_yildiz_yes_and_move.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 13:00", re(1078),
        "Hallo\nBehandlung 26.8. war ok danke. Kann man den nächsten Termin am 2.9. auf nachmittag"
        " legen? Ich muss vormittags arbeiten.\nFatma", client="webde", reply="cr-1078",
        style="webde", staff=True, extra=("reschedule",),
        note="a yes and a wish to move the next session")  # fmt: skip
    yes("bv26_yildiz_day_in_subject.eml", 12, (1080,), ("2026-09-09",), "2026-09-09 14:00",
        "Behandlung 09.09.", "Hat stattgefunden\nGrüße Fatma Yıldız", client="webde",
        note="a new mail, the day only in the subject")  # fmt: skip
    yes("bv27_vogel_outlook_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:15", re(1082),
        "Sehr geehrtes Praxisteam,\n\ndie Sitzung am 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte mbB\n"
        "Tel. +49 89 2154 330 | Fax +49 89 2154 331\nAmtsgericht München PR 1207",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("bv28_lehmann_one_yes_one_missed.eml", 14, (1092,), ("2026-10-13",), "2026-10-13 16:00",
        re(1092, "Re"),
        "Hallo,\n\nder Termin am 13.10. hat stattgefunden. Den am 6.10. hab ich allerdings"
        " verpasst, weil ich in einer Vorlesung festhing - der sollte bitte nicht abgerechnet"
        " werden.\n\nViele Grüße\nAnna Lehmann", client="thunderbird", reply="cr-1092",
        style="thunderbird", staff=True, extra=("other",),
        note="13.10. confirmed; says 06.10. did not take place, staff must mark it")  # fmt: skip
    yes("bv29_zimmermann_just_ja.eml", 15, (1093,), (), "2026-10-05 14:00", re(1093),
        "Ja.\nK. Zimmermann", reply="cr-1093", style="thunderbird",
        note="a bare yes under our request for 05.10.2026")  # fmt: skip
    yes("bv30_schaefer_work_address.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:30", re(1099),
        "Hallo,\n\nhiermit bestätige ich die Behandlung vom 14.10.2026.\n\nViele Grüße\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0521 998 4410",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("bv31_jansen_wrong_day.eml", 17, (), ("2026-10-28",), "2026-10-29 12:15", re(1105, "Re"),
        "Moin, Termin am 28.10. hat stattgefunden. Gruß Ole", client="gmail", reply="cr-1105",
        style="gmail", staff=True,
        note="under the request for 29.10. he names 28.10., a day with no session")  # fmt: skip
    yes("bv32_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00", re(1116, "Re"),
        "Bestätigt: Behandlung am 06.11.2026 fand statt.\n\nD. Nowak", reply="cr-1116",
        style="thunderbird")  # fmt: skip
    yes("bv33_hartmann_webde_happy.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:30", re(1120),
        "Hallo :)\nja die erste Stunde am 3.11 hat stattgefunden, hat mir echt gut getan!\n"
        "LG Leonie", client="webde", reply="cr-1120", style="webde")  # fmt: skip


def look_alikes() -> None:
    no("bv34_krueger_reminder_see_you.eml", 1, ("other",), "2026-03-02 10:20",
       "AW: Erinnerung: Ihr Termin am 03.03.2026", "Danke, bin morgen dabei!\nS. Krüger",
       client="webde", reply="rem-1008", style="webde", staff=False,
       note="a reply to the reminder: she will attend tomorrow, nothing to do")  # fmt: skip
    no("bv35_becker_cancel_tomorrow.eml", 2, ("cancellation",), "2026-03-01 18:00",
       "Re: Erinnerung: Ihr Termin am 02.03.2026",
       "Hallo, den Termin morgen muss ich leider absagen, ich bin kurzfristig auf Dienstreise."
       "\nVG Thomas Becker", client="gmail", reply="rem-1018", style="gmail")  # fmt: skip
    no("bv36_demir_move_session.eml", 3, ("reschedule",), "2026-04-10 19:20", "Termin 15.04.",
       "Hallo,\n\nkönnten wir den Termin am 15.04. auf Donnerstag 16.04. verschieben? Am Mittwoch"
       " habe ich eine Prüfung.\n\nLG Aylin Demir", client="gmail")  # fmt: skip
    no("bv37_wolff_not_reached.eml", 4, ("other", "reschedule"), "2026-02-06 17:00", re(1031),
       "Guten Tag,\n\nheute hat das nicht geklappt, mein Handy war leider aus und ich habe den"
       " Anruf verpasst. Bitte nicht abrechnen. Können wir das nachholen?\n\n"
       "Mit freundlichen Grüßen\nHans-Jürgen Wolff", client="tonline", reply="cr-1031",
       style="tonline", note="under our request: the session of 06.02. did not take place")  # fmt: skip
    no("bv38_schulz_question_next_video.eml", 5, ("question",), "2026-05-05 09:00",
       "Re: Ihr Videotermin am 07.05.2026",
       "Hallo,\n\nmuss Marie für Donnerstag etwas vorbereiten, z. B. eine Matte oder ein Theraband?"
       "\n\nViele Grüße\nK. Schulz", client="thunderbird", reply="vl-1037",
       style="thunderbird", name="Katrin Schulz")  # fmt: skip
    no("bv39_hoffmann_code_not_working.eml", 6, ("technical",), "2026-06-01 07:36",
       "AW: Ihr Videotermin am 01.06.2026",
       "Ich komme nicht rein, der Code wird nicht angenommen. Bitte rufen Sie mich an: 0171 4471230"
       "\nP. Hoffmann", client="outlook", reply="vl-1045", style="outlook")  # fmt: skip
    no("bv40_popescu_was_sick.eml", 7, ("other",), "2026-06-30 15:00", re(1050),
       "Guten Tag,\n\nheute ich war krank und habe nicht teilgenommen. Entschuldigung, ich habe"
       " vergessen abzusagen.\n\nElena Popescu", client="yahoo", reply="cr-1050", style="yahoo",
       note="under our request: she did not attend the session of 30.06.")  # fmt: skip
    no("bv41_carter_will_be_there.eml", 11, ("other",), "2026-09-06 13:00",
       "Re: Erinnerung: Ihr Termin am 07.09.2026",
       "Thanks for the reminder - I'll be there tomorrow at 12.\nEmily", client="gmail",
       reply="rem-1074", style="gmail_en", staff=False,
       note="attendance for a coming session, nothing to record")  # fmt: skip
    no("bv42_yildiz_cancelled_day_waited.eml", 12, ("question",), "2026-08-19 11:15",
       "Termin heute?",
       "Hallo\nich habe heute um halb elf auf den Anruf gewartet aber niemand hat angerufen."
       " War der Termin abgesagt? Mir hat keiner Bescheid gesagt.\nFatma Yıldız",
       client="webde", note="the session of 19.08. was cancelled; she asks, staff answers")  # fmt: skip
    no("bv43_zimmermann_later_hour.eml", 15, ("reschedule",), "2026-11-01 13:00",
       "AW: Erinnerung: Ihr Termin am 02.11.2026",
       "Geht das morgen auch eine Stunde später? Um 11 bin ich beim Hausarzt.\nKlaus Zimmermann",
       reply="rem-1097", style="outlook_classic")  # fmt: skip
    no("bv44_schaefer_doubt_under_request.eml", 16, ("question",), "2026-10-22 07:45", re(1100),
       "Guten Morgen,\n\nbevor ich das bestätige: Wir hatten gestern doch nur kurz gesprochen,"
       " weil meine Kamera nicht ging, und wollten den Termin nachholen? Ich bin mir nicht"
       " sicher, ob das als Behandlung zählt.\n\nViele Grüße\nBirgit Schäfer", client="webde",
       reply="cr-1100", style="webde",
       note="under our request she doubts the session of 21.10. counts: no yes")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer_autumn()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
