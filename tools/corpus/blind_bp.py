"""Write blind set BP: a plain, representative inbox of the whole year, 42 mails. Mostly
short replies under our request from phones and webmail, with and without the date, some
new mails, some naming several days at once, a few written weeks late, a few with a
question or a problem beside the yes; patients who write a little more than a yes (the
exercises, the pain, the weather, a thank-you to the therapist). The look-alikes are the
usual ones: cancellations, a reschedule, a question about a coming session, a missed
session, replies to a reminder and a video link, a "confirmation" of a cancelled day, of
a day already confirmed and of a day with no appointment.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bp`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bp")


def winter() -> None:
    yes("bp01_krueger_exercises.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden. Die Übungen für den Nacken "
        "mache ich jetzt jeden Morgen vor dem Frühstück, es wird langsam besser.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("bp02_wolff_three_weeks.eml", 4, (1028, 1029, 1030), ("2026-01-16", "2026-01-23", "2026-01-30"),
        "2026-01-31 09:40", "Bestätigung Behandlungen Januar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen die telefonischen "
        "Behandlungen vom 16.01., 23.01. und 30.01.2026. Ich hatte die Mails immer gesehen, "
        "bin aber nicht zum Antworten gekommen, bitte entschuldigen Sie.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="new mail, three past Fridays at once")  # fmt: skip
    yes("bp03_wagner_two_days_later.eml", 21, (1125,), ("2026-01-19",), "2026-01-21 07:50", re(1125),
        "Guten Morgen,\nsorry, ging unter. Ja, am 19.1. hat die Stunde stattgefunden.\n"
        "Liebe Grüße Sophie",
        client="webde", reply="cr-1125", style="webde")  # fmt: skip
    no("bp04_wagner_reminder_thanks.eml", 21, ("other",), "2026-02-08 10:12",
       "AW: Erinnerung: Ihr Termin am 09.02.2026",
       "Danke für die Erinnerung, ich bin morgen dabei!\nSophie",
       client="webde", reply="rem-1128", style="webde", staff=False,
       note="a thank-you to the reminder for a coming session: nothing to record or do")  # fmt: skip
    yes("bp05_becker_shoulder.eml", 2, (1012,), ("2026-02-09",), "2026-02-09 20:15", re(1012),
        "Bestätige die Behandlung vom 9.2.\nDie Schulter ist schon deutlich beweglicher, "
        "Überkopf geht fast wieder.\n\nGruß\nT. Becker",
        client="thunderbird", reply="cr-1012", style="thunderbird")  # fmt: skip
    yes("bp06_krueger_prescription.eml", 1, (1006,), ("2026-02-17",), "2026-02-17 13:30", re(1006),
        "Hallo liebes Team,\n\nja, 17.02. hat stattgefunden, danke an Frau Möller!\n\n"
        "Eine Frage hätte ich noch: mein Rezept ist ja nach dem 10.03. aufgebraucht. Muss ich "
        "mir beim Hausarzt ein neues holen, oder kümmern Sie sich darum? Ich würde gern "
        "weitermachen.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1006", style="webde", staff=True, extra=("question",),
        note="yes with the date, and a question about the next prescription")  # fmt: skip
    yes("bp07_aydin_short.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 16:00", re(1131),
        "Hallo, Termin am 26.02 hat stattgefunden.\nMfg Mehmet Aydin",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip
    yes("bp08_becker_two_days.eml", 2, (1016, 1017), ("2026-02-23", "2026-02-26"),
        "2026-02-27 07:15", re(1017),
        "Moin,\n\n23.2. und 26.2. beide gehabt, bestätige ich hiermit. War diese Woche etwas "
        "spät dran mit dem Antworten.\n\nThomas Becker",
        client="thunderbird", reply="cr-1017", style="thunderbird",
        note="two days in a reply to the later request")  # fmt: skip


def spring() -> None:
    yes("bp09_demir_no_date.eml", 3, (1020,), (), "2026-03-11 10:25", re(1020),
        "Ja hat stattgefunden, danke!\n\nAylin",
        client="gmail", reply="cr-1020", style="gmail",
        note="a yes under our request that names no day")  # fmt: skip
    no("bp10_aydin_call_cut_short.eml", 22, ("question",), "2026-03-12 15:05", re(1133),
       "Hallo,\n\nich weiß nicht genau ob ich das so bestätigen kann. Der Anruf am 12.03 hat "
       "nur ca. 5 Minuten gedauert, dann musste die Therapeutin auflegen wegen einem Notfall "
       "und hat nicht mehr zurückgerufen. Wie machen wir das jetzt?\n\nMfg\nMehmet Aydin",
       client="outlook", reply="cr-1133", style="outlook",
       note="session broken off after a few minutes; patient does not confirm and asks")  # fmt: skip
    yes("bp11_koch_mon_wed.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:15", re(1110),
        "Guten Tag,\n\nich bestätige die Termine am Montag, 23.3. und Mittwoch, 25.3. Beide "
        "Male hat Herr Brandl pünktlich angerufen, und er erklärt alles sehr geduldig.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("bp12_demir_connection.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 10:40", re(1024),
        "Hallo,\nja am 8.4. hat stattgefunden, aber die Videoverbindung ist nach ca. 10 Minuten "
        "abgebrochen und wir haben dann am Telefon weitergemacht. Ist das so ok oder gibt es da "
        "ein Problem mit der Abrechnung? Nächstes Mal würde ich gern wieder Video machen.\n\n"
        "LG Aylin Demir",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("technical", "question"),
        note="took place in full, finished by phone after the video dropped; patient asks if that is ok")  # fmt: skip
    no("bp13_koch_already_confirmed.eml", 18, ("confirmation",), "2026-04-16 09:05", re(1115),
       "Guten Morgen,\n\nich bestätige nochmal den Termin vom 15.4. Ich hatte gestern Abend "
       "schon geantwortet, weiß aber nicht ob das angekommen ist, mein Computer hat gestreikt.\n\n"
       "Freundliche Grüße\nRenate Koch",
       client="tonline", reply="cr-1115", style="tonline", dates=("2026-04-15",),
       note="15.04. is already confirmed: nothing new to record; she asks whether her first mail arrived")  # fmt: skip
    yes("bp14_oneill_english.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:05",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 21.04.2026",
        "Hi there,\n\nconfirming that my session on 21 April took place. My lower back is a lot "
        "less stiff in the mornings now.\n\nBest,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("bp15_schulz_theraband.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 18:20", re(1035),
        "Ja, fand statt am 23.4. 😊 Liebe Grüße an Frau Möller, die Übungen mit dem Theraband "
        "tun richtig gut!\n\nMarie\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1035", style="iphone")  # fmt: skip
    yes("bp16_schulz_bottom.eml", 5, (1038,), ("2026-05-21",), "2026-05-22 09:00", re(1038),
        "Hallo,\n\nhiermit bestätige ich die Behandlung am 21.05.2026.\n\n"
        "Herzliche Grüße\nMarie Schulz",
        client="apple", reply="cr-1038", style="iphone", bottom=True)  # fmt: skip


def early_summer() -> None:
    yes("bp17_hoffmann_same_day_two.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:00",
        re(1043),
        "Guten Tag,\n\nbeide Termine am 18.05. haben stattgefunden, morgens das Gerätetraining "
        "und mittags die Manuelle Therapie. Bitte beide abrechnen.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="one day, both sessions of that day named (morning KGG and midday MT)")  # fmt: skip
    yes("bp18_berger_late_four.eml", 24, (1142, 1143, 1144, 1145),
        ("2026-05-06", "2026-05-13", "2026-05-20", "2026-05-27"), "2026-06-01 17:30",
        "Behandlungen im Mai",
        "Sehr geehrte Damen und Herren,\n\nich habe erst jetzt gesehen, dass ich Ihre Mails "
        "beantworten soll. Die Behandlungen am 6. Mai, 13. Mai und 20. Mai haben alle "
        "stattgefunden, am 27. Mai auch. Das Telefonieren klappt gut, ich hatte erst Bedenken.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        note="new mail, four past Wednesdays at once")  # fmt: skip
    yes("bp19_popescu_learner.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 13:30", re(1047),
        "Guten Tag,\n\nich bestätige die Termin am 09.06. Es war gut, mein Rücken ist bisschen "
        "besser jetzt. Danke schön!\n\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("bp20_richter_jo.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 21:05", re(1052),
        "Jo, Termin am 10.6. hat stattgefunden. LG Jonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("bp21_hoffmann_after_holiday.eml", 6, (1045,), ("2026-06-01",), "2026-06-20 11:45",
        "AW: Bitte bestätigen Sie Ihre Behandlung vom 01.06.2026",
        "Hallo,\n\nsorry für die späte Rückmeldung, ich war drei Wochen im Urlaub. Die "
        "Behandlung am 1. Juni hat stattgefunden.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1045", style="outlook", note="late: nearly three weeks")  # fmt: skip
    yes("bp22_popescu_thanks_keller.eml", 7, (1049,), (), "2026-06-23 15:40", re(1049),
        "Ja, hat stattgefunden. Vielen Dank an Frau Keller, sie ist sehr geduldig mit mir "
        "und mit mein Deutsch.\n\nElena Popescu",
        client="yahoo", reply="cr-1049", style="yahoo",
        note="a yes under our request that names no day")  # fmt: skip
    no("bp23_richter_coming_session.eml", 8, ("other",), "2026-06-28 16:40",
       "Re: Ihr Videotermin am 01.07.2026",
       "Danke, ich bestätige den Termin am 01.07., bin dabei.\nJonas",
       client="iphone", reply="vl-1055", style="iphone", staff=False,
       note="acknowledges the video link for a coming session: nothing to record or do")  # fmt: skip


def summer() -> None:
    yes("bp24_brandt_bottom.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 18:30", re(1064),
        "Bestätigt, 10.07.2026. Bis nächste Woche.\n\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    yes("bp25_neumann_late_new_mail.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-20 10:00", "Bestätigung",
        "Liebe Praxis Impulse,\n\nich wollte noch bestätigen, dass Frau Berg am 7. Juli und am "
        "9. Juli mit mir telefoniert hat und wir die Übungen zusammen gemacht haben. "
        "Entschuldigung, dass ich mich erst jetzt melde, mein Enkel war zu Besuch und hat mir "
        "das erst gezeigt mit den E-Mails.\n\nHerzliche Grüße\nGisela Neumann",
        note="new mail, two days almost two weeks late")  # fmt: skip
    no("bp26_brandt_reschedule.eml", 10, ("reschedule",), "2026-07-23 16:45",
       "Re: Erinnerung: Ihr Termin am 24.07.2026",
       "Hallo,\n\nkönnten wir den Termin morgen eine Stunde nach hinten schieben, also auf "
       "17 Uhr? Ich komme vorher nicht aus dem Büro raus.\n\nDanke und Gruß\nLukas Brandt",
       client="thunderbird", reply="rem-1066", style="thunderbird")  # fmt: skip
    yes("bp27_carter_prescription.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 16:00",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
        "Hi,\n\nyes, the session on August 10th took place. Many thanks to Julia, my knee "
        "feels so much better already.\n\nQuick question: do I need a new prescription from my "
        "doctor after the six sessions, or can I just book more?\n\nBest wishes,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en", staff=True, extra=("question",),
        note="yes with the date, and a question about the next prescription")  # fmt: skip
    yes("bp28_yildiz_short.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 19:00", re(1076),
        "hallo ja am 12.8 telefon war. danke schön\nFatma",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    yes("bp29_carter_ddmm.eml", 11, (1072,), ("2026-08-24",), "2026-08-25 09:10",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 24.08.2026",
        "Monday's session (24/08) went ahead as planned. Thanks!\n\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip
    no("bp30_yildiz_nobody_called.eml", 12, ("other",), "2026-08-26 13:10", re(1078),
       "Hallo\n\nheute 26.8 hat niemand angerufen, ich habe gewartet bis 11:15. Ist etwas "
       "passiert? Bitte neue Termin geben.\n\nFatma Yildiz",
       client="webde", reply="cr-1078", style="webde",
       note="missed session: nobody called; wants a new appointment")  # fmt: skip


def autumn() -> None:
    yes("bp31_vogel_formal.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:30",
        "AW: Bitte bestätigen Sie Ihre Behandlung vom 10.09.2026",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n\nVogel & Partner "
        "Rechtsanwälte mbB\nKönigsallee 14, 40212 Düsseldorf\nTel. 0211 8765 430\n"
        "Fax 0211 8765 439",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("bp32_lehmann_park.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 17:45", re(1088),
        "Hallo,\n\nja, Termin hat stattgefunden (15.9.). Das Wetter war so schön, dass ich die "
        "Übungen danach gleich nochmal im Park gemacht habe :)\n\nViele Grüße\nAnna",
        client="thunderbird", reply="cr-1088", style="thunderbird")  # fmt: skip
    no("bp33_lehmann_fever.eml", 14, ("cancellation",), "2026-09-28 14:00",
       "Re: Erinnerung: Ihr Termin am 29.09.2026",
       "Hallo,\n\nich muss den Termin morgen leider absagen, ich liege mit Fieber im Bett und "
       "kann kaum aufstehen. Nächste Woche sollte es wieder gehen.\n\nViele Grüße\nAnna Lehmann",
       client="thunderbird", reply="rem-1090", style="thunderbird")  # fmt: skip
    no("bp34_vogel_cancel_court.eml", 13, ("cancellation", "reschedule"), "2026-10-05 18:20",
       "Termin 08.10.",
       "Sehr geehrte Damen und Herren,\n\nden Termin am Donnerstag, 08.10., muss ich wegen "
       "einer kurzfristig angesetzten Verhandlung leider absagen. Ich bitte um einen "
       "Ersatztermin, gern ebenfalls früh morgens.\n\nMit freundlichen Grüßen\n\n"
       "Dr. Michael Vogel\nVogel & Partner Rechtsanwälte mbB\nTel. 0211 8765 430",
       client="outlook")  # fmt: skip
    yes("bp35_zimmermann_no_date.eml", 15, (1094,), (), "2026-10-12 13:20", re(1094),
        "Ja war so. Gruß Klaus",
        client="samsung", reply="cr-1094", style="samsung",
        note="a yes under our request that names no day")  # fmt: skip
    yes("bp36_schaefer_office_address.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:10",
        re(1099),
        "Guten Morgen,\n\nich bestätige hiermit die Videobehandlung vom 14.10., "
        "die Übungen für den unteren Rücken mache ich im Büro zwischendurch.\n\nBeste Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 0761 445 220",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    no("bp37_zimmermann_cancelled_day.eml", 15, ("confirmation",), "2026-10-27 10:30",
       "Behandlung Montag",
       "Hallo,\n\nhiermit bestätige ich, dass die Behandlung am Montag 26.10. stattgefunden "
       "hat.\n\nGruß\nKlaus Zimmermann",
       client="samsung",
       note="26.10. was cancelled: nothing may be recorded, staff must look")  # fmt: skip
    yes("bp38_jansen_gym.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:30", re(1105),
        "Moin,\n\nTermin am 29.10. hat stattgefunden. Die Übungen am Gerät im Fitnessstudio "
        "klappen inzwischen richtig gut, das Knie meckert kaum noch.\n\nOle",
        client="gmail", reply="cr-1105", style="gmail")  # fmt: skip


def late_autumn() -> None:
    yes("bp39_jansen_yesterday.eml", 17, (1106,), ("2026-11-05",), "2026-11-06 08:15", re(1106),
        "Hi, die Behandlung gestern hat stattgefunden, hatte vergessen zu antworten. "
        "Schönes Wochenende!\nOle",
        client="gmail", reply="cr-1106", style="gmail", note="'gestern' = 05.11.")  # fmt: skip
    yes("bp40_hartmann_pain.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 20:30", re(1121),
        "Hallo zusammen,\n\nja, die Stunde am 10.11. war. Meine Schulter zwickt noch ein "
        "bisschen beim Heben, aber es wird von Mal zu Mal besser.\n\nLG Leonie",
        client="webde", reply="cr-1121", style="webde")  # fmt: skip
    yes("bp41_nowak_english.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 11:00", re(1117),
        "Confirmed: the session on 13 Nov took place.\n\nCheers,\nDavid",
        reply="cr-1117", style="gmail_en")  # fmt: skip
    no("bp42_hartmann_browser_question.eml", 20, ("question", "technical"), "2026-11-15 19:25",
       "AW: Ihr Videotermin am 17.11.2026",
       "Hallo,\n\nmuss ich für den Termin am Dienstag eine App installieren, oder geht das "
       "auch im Browser auf dem Handy? Letztes Mal war ich am Laptop, der ist jetzt aber "
       "kaputt.\n\nDanke & LG\nLeonie Hartmann",
       client="webde", reply="vl-1122", style="webde")  # fmt: skip
    no("bp43_nowak_wrong_day.eml", 19, ("confirmation",), "2026-11-21 10:00",
       "Session confirmation",
       "Hi,\n\nconfirming my session on 19 November.\n\nThanks,\nDavid Nowak",
       dates=("2026-11-19",),
       note="new mail, no appointment on 19.11. (his sessions are on Fridays): staff must look")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    early_summer()
    summer()
    autumn()
    late_autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
