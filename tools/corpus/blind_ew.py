"""Write blind set EW: a plain inbox of the whole year written mostly by older patients.

Forty mails: thirty-one that mean to confirm (long chatty replies about weather,
grandchildren and exercises, formal letters with "Sehr geehrte Damen und Herren", dates
written as the writers learned them, several answering two of our requests at once, a few
late, one confirming a day that was cancelled), and nine look-alikes: a cancellation, a
reschedule, questions about a coming session, a missed call, a video that never connected,
a reply to a reminder and a promise to attend a future day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ew`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ew")


def wolff() -> None:
    yes("ew01_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:40", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen, dass die telefonische "
        "Krankengymnastik am Freitag, dem 16.1.2026, wie vereinbart stattgefunden hat.\n"
        "Die Übungen für den Nacken mache ich jeden Morgen nach dem Frühstück, meine Frau passt "
        "schon auf dass ich sie nicht vergesse.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("ew02_wolff_two_at_once.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-31 10:15", re(1030),
        "Sehr geehrte Damen und Herren,\n\nich war letzte Woche bei meiner Tochter in Kassel "
        "und bin nicht an den Computer gekommen, daher beantworte ich beide Anfragen auf "
        "einmal: die Behandlungen am 23. Januar und am 30. Januar haben beide stattgefunden, "
        "Ihre Therapeutin hat mich jeweils pünktlich angerufen.\n\nHochachtungsvoll\nH.-J. Wolff",
        client="tonline", reply="cr-1030", style="tonline",
        note="answers the requests for 23.01 and 30.01 in one mail")  # fmt: skip
    yes("ew03_wolff_late.eml", 4, (1031,), ("2026-02-06",), "2026-02-27 09:05",
        "Bestätigung Behandlung 06.02.2026",
        "Sehr geehrte Damen und Herren,\n\nbitte entschuldigen Sie die späte Antwort, Ihre Mail "
        "war im Spam gelandet, mein Enkel hat sie gestern gefunden.\nIch bestätige die "
        "Behandlung per Telefon vom 6. Februar 2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff\n"
        "Tel. 0561 / 44 12 87",
        client="tonline", note="three weeks late, new mail")  # fmt: skip
    yes("ew04_wolff_friday13.eml", 4, (1032,), ("2026-02-13",), "2026-02-13 16:20", re(1032),
        "Freitag der 13. und trotzdem alles gut gegangen :-) Ja, die Behandlung heute am 13.02. "
        "hat stattgefunden.\nGruß Wolff",
        client="tonline", reply="cr-1032", style="tonline")  # fmt: skip
    no("ew05_wolff_reminder_reply.eml", 4, ("other",), "2026-02-19 15:10", reminder_subject(1033),
       "Danke für die Erinnerung, ich bin morgen um 14 Uhr zu Hause am Telefon.\nMfG H.-J. Wolff",
       client="tonline", reply="rem-1033", style="tonline", staff=False,
       note="acknowledges tomorrow's reminder; nothing has taken place, nothing to do")  # fmt: skip


def neumann() -> None:
    yes("ew06_neumann_weather.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 14:30", re(1056),
        "Liebes Praxisteam,\n\nwas für eine Hitze heute, ich sitze mit den Füßen in einer "
        "Schüssel kaltem Wasser und schreibe Ihnen. Ja, die Gymnastik am Dienstag, den "
        "7. Juli, hat stattgefunden, die junge Dame am Telefon war sehr geduldig mit mir. Das "
        "Aufstehen vom Stuhl ohne Hände klappt schon besser.\n\nHerzliche Grüße\n"
        "Ihre Gisela Neumann",
        reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("ew07_neumann_two.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"), "2026-07-14 17:55",
        re(1058),
        "Guten Abend,\n\nich habe Ihre Mail vom Donnerstag noch gar nicht beantwortet, "
        "Entschuldigung. Also: am 9.7. und heute am 14.7. war die Behandlung, beide Male "
        "telefonisch. Meine Enkelin Lea war heute dabei und hat die Übungen mitgemacht, sie "
        "fand das sehr lustig.\n\nViele Grüße\nGisela Neumann",
        reply="cr-1058", style="thunderbird")  # fmt: skip
    yes("ew08_neumann_just_yes.eml", 9, (1059,), (), "2026-07-16 11:20", re(1059),
        "Ja hat stattgefunden.\nLiebe Grüße G. Neumann",
        reply="cr-1059", style="thunderbird", note="a yes under our request for 16.07, no day")  # fmt: skip
    no("ew09_neumann_no_call.eml", 9, ("other",), "2026-07-21 12:40", re(1060),
       "Guten Tag,\n\nSie möchten eine Bestätigung für heute, aber mich hat heute niemand "
       "angerufen. Ich habe ab halb neun neben dem Telefon gesessen bis zehn. Ist da etwas "
       "schief gegangen? Bitte melden Sie sich.\n\nGisela Neumann",
       reply="cr-1060", style="thunderbird",
       note="the session of 21.07 did not take place; the patient asks what happened")  # fmt: skip
    no("ew10_neumann_cancel.eml", 9, ("cancellation",), "2026-07-25 10:00", "Absage 28. Juli",
       "Liebes Team,\n\nam Dienstag, den 28. Juli kann ich leider nicht, da kommen meine "
       "Kinder mit den Enkeln aus Hamburg und wir fahren an die Ostsee. Bitte sagen Sie den "
       "Termin ab.\nDie Übungen nehme ich mit!\n\nHerzlich\nGisela Neumann",
       note="cancels the coming session of 28.07")  # fmt: skip


def zimmermann() -> None:
    yes("ew11_zimmermann_formal.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 15:00", re(1093),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische "
        "Behandlung am 5. Oktober d. J. stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Klaus Zimmermann",
        client="outlook", reply="cr-1093", style="outlook_classic")  # fmt: skip
    yes("ew12_zimmermann_two.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-20 09:30", re(1095),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlungen vom 12.10.26 und vom "
        "19.10.26. Das Knie ist deutlich besser, beim Spaziergang mit dem Hund gestern bin ich "
        "zum ersten Mal wieder die ganze Runde um den See gegangen.\n\nMit freundlichen Grüßen\n"
        "Klaus Zimmermann",
        client="outlook", reply="cr-1095", style="outlook_classic")  # fmt: skip
    yes("ew13_zimmermann_cancelled_day.eml", 15, (), (), "2026-10-27 10:10",
        "Behandlung 26.10.2026",
        "Sehr geehrte Damen und Herren,\n\nder Vollständigkeit halber bestätige ich auch die "
        "Behandlung vom Montag, 26.10.2026.\n\nMit freundlichen Grüßen\nKlaus Zimmermann",
        client="outlook", staff=True,
        note="26.10 was cancelled in our calendar; nothing may be recorded, staff must look")  # fmt: skip
    no("ew14_zimmermann_future.eml", 15, ("question",), "2026-10-30 16:45",
       "Termin 2. November",
       "Sehr geehrte Damen und Herren,\n\nden Termin am Montag, dem 2. November um 11 Uhr "
       "bestätige ich Ihnen hiermit. Rufen Sie mich wieder auf dem Festnetz an oder auf dem "
       "Handy?\n\nMit freundlichen Grüßen\nKlaus Zimmermann",
       client="outlook", note="promises to attend a coming session and asks which phone")  # fmt: skip


def koch() -> None:
    yes("ew15_koch_first.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:45", re(1109),
        "Hallo,\nja ist gewesen, am Montag den 23.03. um 15 Uhr. Hat gut getan.\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("ew16_koch_two.eml", 18, (1110, 1111), ("2026-03-25", "2026-03-30"), "2026-03-31 08:20",
        re(1111),
        "Guten Morgen,\n\nich bestätige den 25.3. und den 30.3., beide Telefonbehandlungen "
        "waren. Bei uns schneit es heute noch mal, dabei blühen schon die Osterglocken.\n\n"
        "Gruß Renate Koch",
        client="tonline", reply="cr-1111", style="tonline")  # fmt: skip
    yes("ew17_koch_april.eml", 18, (1112,), ("2026-04-01",), "2026-04-01 17:10", re(1112),
        "Kein Aprilscherz: die Behandlung am 1. April hat stattgefunden!\nR. Koch",
        client="tonline", reply="cr-1112", style="tonline")  # fmt: skip
    yes("ew18_koch_late_short_year.eml", 18, (1113,), ("2026-04-08",), "2026-04-20 11:00",
        "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich habe vergessen, Ihnen den Termin vom 08.04.26 zu "
        "bestätigen. Er hat stattgefunden.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", note="late, new mail, two-digit year")  # fmt: skip
    no("ew19_koch_reschedule.eml", 18, ("reschedule",), "2026-04-09 09:30", "Termin 13. April",
       "Guten Tag,\n\nkönnen wir den Termin am Montag 13. April auf einen anderen Tag legen? Ich "
       "muss an dem Nachmittag zum Augenarzt. Dienstag oder Donnerstag wäre mir recht.\n\n"
       "Freundliche Grüße\nRenate Koch",
       client="tonline", note="asks to move the coming session of 13.04")  # fmt: skip


def berger() -> None:
    yes("ew20_berger_letter.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 13:15", re(1142),
        "Sehr geehrte Damen und Herren,\n\nauf Ihre Anfrage hin teile ich Ihnen mit, dass die "
        "Behandlung am Mittwoch, dem 6. Mai 2026, telefonisch stattgefunden hat.\n\nIch muss "
        "gestehen, ich war zuerst skeptisch, ob Krankengymnastik am Telefon funktioniert, aber "
        "Ihre Therapeutin erklärt alles so genau, dass ich gut folgen konnte.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("ew21_berger_bottom_yes.eml", 24, (1143,), (), "2026-05-13 12:00", re(1143),
        "Ja.\nMit freundlichem Gruß\nU. Berger",
        reply="cr-1143", style="thunderbird", bottom=True,
        note="a yes under (below) our request for 13.05, no day")  # fmt: skip
    yes("ew22_berger_two.eml", 24, (1144, 1145), ("2026-05-20", "2026-05-27"), "2026-05-28 10:40",
        re(1145),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen am 20.5. und "
        "am 27.5. Die erste Mail hatte ich übersehen, wir hatten Besuch von den Enkeln über "
        "Pfingsten.\n\nMit freundlichen Grüßen\nUrsula Berger",
        reply="cr-1145", style="thunderbird")  # fmt: skip
    no("ew23_berger_question.eml", 24, ("question",), "2026-06-02 10:05", reminder_subject(1146),
       "Sehr geehrte Damen und Herren,\n\nruft mich morgen wieder Frau Albers an? Ich habe "
       "seit letzter Woche eine neue Telefonnummer: 0421 55 83 20. Bitte ändern Sie das bei "
       "sich.\n\nMit freundlichen Grüßen\nUrsula Berger",
       reply="rem-1146", style="thunderbird",
       note="question about tomorrow's session and a new phone number")  # fmt: skip
    yes("ew24_berger_last_and_question.eml", 24, (1147,), ("2026-06-10",), "2026-06-10 11:30",
        re(1147),
        "Sehr geehrte Damen und Herren,\n\ndie letzte Behandlung heute am 10. Juni hat "
        "stattgefunden. Wie geht es nun weiter? Muss ich bei meinem Hausarzt ein neues Rezept "
        "holen, oder melden Sie sich?\n\nMit freundlichen Grüßen\nUrsula Berger",
        reply="cr-1147", style="thunderbird", staff=True, extra=("question",),
        note="confirms 10.06 and asks about a follow-up prescription")  # fmt: skip


def vogel() -> None:
    yes("ew25_vogel_formal.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:50", re(1082),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlung (Manuelle Therapie per "
        "Video) vom 10.09.2026.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\n"
        "Vogel & Partner Rechtsanwälte\nKönigsallee 14, 40212 Düsseldorf\nTel. 0211 86 40 10",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("ew26_vogel_two.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"), "2026-09-25 19:20",
        re(1084),
        "Sehr geehrte Damen und Herren,\n\nbitte notieren Sie die Behandlungen vom 17. und "
        "24. September als erfolgt. Die Rückenschmerzen beim langen Sitzen im Gericht sind "
        "fast verschwunden.\n\nMit freundlichen Grüßen\nDr. M. Vogel",
        client="outlook", reply="cr-1084", style="outlook")  # fmt: skip


def kruger_and_family() -> None:
    yes("ew27_krueger_snow.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 15:40", re(1003),
        "Hallo liebes Team,\n\nja, am 27.1. war die Stunde, trotz Schneechaos hat das Internet "
        "gehalten. Meine Schulter dankt!\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ew28_krueger_two.eml", 1, (1005, 1006), ("2026-02-10", "2026-02-17"), "2026-02-18 20:05",
        re(1006),
        "Hallo,\nich bestätige 10.02. und 17.02., beide per Video, alles gut.\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1006", style="webde")  # fmt: skip
    no("ew29_krueger_video_failed.eml", 1, ("technical",), "2026-02-24 12:15", re(1007),
       "Hallo,\n\nich kann das leider nicht bestätigen, heute kam keine Verbindung zustande. "
       "Ich war ab viertel vor zehn im Raum, aber es kam nur 'Warten auf Teilnehmer'. Nach "
       "zwanzig Minuten habe ich aufgegeben. Können wir das nachholen?\n\nSabine Krüger",
       client="webde", reply="cr-1007", style="webde",
       note="the video session of 24.02 did not take place")  # fmt: skip
    yes("ew30_becker_short.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 21:10", re(1010),
        "Bestätige MT am 2.2.26.\nT. Becker\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1010", style="iphone")  # fmt: skip


def hoffmann_schaefer() -> None:
    yes("ew31_hoffmann_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:00",
        re(1043),
        "Guten Tag,\n\nbeide Termine heute, am 18.5., haben stattgefunden: früh das Gerätetraining "
        "und mittags die Manuelle Therapie. Zwei an einem Tag war anstrengend, aber gut.\n\n"
        "Gruß Peter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    yes("ew32_hoffmann_late.eml", 6, (1040, 1041), ("2026-05-04", "2026-05-11"),
        "2026-06-15 18:30", "Nachtrag Bestätigungen Mai",
        "Guten Tag,\n\nbeim Aufräumen meines Postfachs habe ich gesehen, dass ich zwei Termine "
        "nie bestätigt habe. Hiermit nachträglich: 4. Mai und 11. Mai 2026, jeweils KG am Gerät "
        "per Video, beide haben stattgefunden.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", note="five weeks late, two days in a new mail")  # fmt: skip
    yes("ew33_schaefer_office.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:10", re(1098),
        "Guten Morgen,\n\nich bestätige den Termin gestern Abend, 07.10.2026.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\nSteuerberaterin\nSchäfer Steuerberatung\n"
        "Tel. 06221 77 31 90",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    no("ew34_schaefer_cancel.eml", 16, ("cancellation",), "2026-11-09 07:45",
       "Absage Mittwoch 11.11.",
       "Hallo,\nam Mittwoch, 11.11., muss ich leider absagen, Quartalsabschluss bei einem "
       "Mandanten. Bitte streichen.\nGruß B. Schäfer",
       client="webde", note="cancels the coming session of 11.11")  # fmt: skip


def others() -> None:
    yes("ew35_oneill_two.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"), "2026-04-22 09:15",
        re(1137, "Re"),
        "Dear all,\n\napologies for the delay. I can confirm that both calls, on the 14th and "
        "the 21st of April, took place. The stretches are helping, although my wife says I "
        "groan too loudly.\n\nKind regards,\nJames O'Neill",
        client="gmail", reply="cr-1137", style="gmail_en")  # fmt: skip
    no("ew36_oneill_question.eml", 23, ("question",), "2026-05-15 20:30", "Tuesday's call",
       "Hello,\n\nquick question: will the call next Tuesday, 19 May, be at 7.30pm as usual? "
       "I may be on the train until 7.\n\nBest,\nJames",
       client="gmail", note="question about a coming session")  # fmt: skip
    yes("ew37_yildiz_short.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:20", re(1075),
        "Hallo, ja behandlung war am 5.8. danke schön\nFatma Yildiz",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("ew38_yildiz_two.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"), "2026-08-27 19:00",
        re(1078),
        "Guten Abend\n12.8 und 26.8 telefon therapie war gut beide stattgefunden. "
        "Entschuldigung späte antwort, Kinder Ferien\nFatma",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip
    yes("ew39_aydin_samsung.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:40", re(1130),
        "Hallo ich bestätige termin am 19.02.2026 hat statt gefunden\nMfg Mehmet Aydin\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("ew40_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 18:05",
        re(1069, "Re"),
        "Hi,\nYes, the session on Monday 3 August happened, thank you!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip


def main() -> None:
    load_practice()
    wolff()
    neumann()
    zimmermann()
    koch()
    berger()
    vogel()
    kruger_and_family()
    hoffmann_schaefer()
    others()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
