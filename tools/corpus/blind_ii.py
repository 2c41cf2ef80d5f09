"""Blind set II: the practice inbox of October 2026, 40 patient mails.

32 confirmations and 8 look-alikes, as they come in over one month: short replies under our
confirmation request on the day of the treatment, new mails naming one or several days,
catch-up replies a week, a month or several months late, confirmations written by a wife,
a son, a daughter, a mother and a doctor's practice manager, two in English and a few in
learners' German, some with a question, a wish to move or a doubt beside the yes (a day
that matches no appointment, a video session cut short). The look-alikes: a prescription
question, a session the therapist did not call for, a session the patient missed, a
technical problem with the video code, a thank-you without a yes, a wish to move, a reply
to a reminder and a cancellation.

Labels: `confirmed` holds the appointments a careful employee records (the patient's own,
scheduled, not yet confirmed, plainly held in full); `dates` the days the patient names in
their own words as days a treatment took place; `needs_staff` is true when someone must
look or act. Written without reading rules/, the canonical table or the earlier blind
sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_ii")


def first_week() -> None:
    yes("ii01_vogel_kurz.eml", 13, (1085,), ("2026-10-01",), "2026-10-01 09:12",
        request_subject(1085, "Re"),
        "Bestätigt, 01.10. hat stattgefunden.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1085", style="iphone")  # fmt: skip

    yes("ii02_yildiz_sohn_august.eml", 12, (1075, 1076, 1078),
        ("2026-08-05", "2026-08-12", "2026-08-26"), "2026-10-01 17:30",
        request_subject(1078, "Aw"),
        "Guten Tag,\n\n"
        "ich bin der Sohn von Frau Yıldız und schreibe für meine Mutter, weil ihr Deutsch "
        "beim Schreiben nicht so gut ist. Sie hat mir Ihre Mails gezeigt.\n\n"
        "Die Behandlungen am Telefon am 5.8., 12.8. und 26.8. haben alle stattgefunden. "
        "Der 19.8. war ja abgesagt, das wissen Sie.\n\n"
        "Mit freundlichen Grüßen\nEmre Yıldız",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip

    yes("ii03_vogel_praxismanagerin.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-10-02 10:05", "Behandlungen Dr. Vogel September",
        "Sehr geehrte Damen und Herren,\n\n"
        "im Auftrag von Herrn Dr. Vogel teile ich Ihnen mit, dass die Behandlungen am "
        "10.09.2026 und am 17.09.2026 stattgefunden haben. Ihre Nachfragen dazu sind in "
        "seinem Postfach leider untergegangen, bitte entschuldigen Sie.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Sandra Kühn\nPraxismanagement\n\n"
        "Vogel & Partner Gemeinschaftspraxis\nKönigsallee 12 · 40212 Düsseldorf\n"
        "Tel. 0211 556677-0",
        client="outlook", name="Dr. Michael Vogel")  # fmt: skip

    yes("ii04_lehmann_spaet_8sep.eml", 14, (1087,), ("2026-09-08",), "2026-10-02 22:40",
        request_subject(1087, "Re"),
        "Hallo,\n\nsorry für die späte Antwort, war mitten in der Klausurenphase 🙈\n"
        "Ja, die Behandlung am 8.9. hat stattgefunden.\n\nLG Anna",
        client="gmail", reply="cr-1087", style="gmail")  # fmt: skip

    yes("ii05_lehmann_spaet_15sep.eml", 14, (1088,), ("2026-09-15",), "2026-10-02 22:43",
        request_subject(1088, "Re"),
        "Und die am 15.9. auch! :)\nAnna",
        client="gmail", reply="cr-1088", style="gmail")  # fmt: skip

    yes("ii06_yildiz_september.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-10-03 11:15", "Termin September",
        "Hallo Praxis Impulse,\n\n"
        "ich möchte sagen das die Therapie am 2.9 und am 9.9 war, beide mit Telefon. "
        "Ich habe vergessen zu antworten, Entschuldigung.\n"
        "Die Übungen ich mache jeden Tag, es ist besser mit Rücken.\n\n"
        "Viele Grüße\nFatma Yıldız",
        client="webde")  # fmt: skip

    yes("ii07_brandt_spam_juli.eml", 10, (1067,), ("2026-07-31",), "2026-10-04 20:02",
        request_subject(1067, "Re"),
        "Hallo,\n\nIhre Mails sind bei mir leider im Spamordner gelandet, das habe ich erst "
        "heute gemerkt. Ja, die Behandlung am 31.07. hat stattgefunden.\n\n"
        "Ist das so spät überhaupt noch in Ordnung für die Abrechnung?\n\nGruß\nLukas Brandt",
        client="thunderbird", reply="cr-1067", style="thunderbird", bottom=True,
        staff=True, extra=("question",))  # fmt: skip

    yes("ii08_brandt_spam_august.eml", 10, (1068,), ("2026-08-07",), "2026-10-04 20:05",
        request_subject(1068, "Re"),
        "Der Termin am 07.08. hat ebenfalls stattgefunden.\n\nLukas Brandt",
        client="thunderbird", reply="cr-1068", style="thunderbird", bottom=True)  # fmt: skip

    yes("ii09_zimmermann_foermlich.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 16:40",
        request_subject(1093, "AW"),
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich, dass die Krankengymnastik am Montag, den 5. Oktober 2026, "
        "telefonisch stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\n\nKlaus Zimmermann",
        client="thunderbird", reply="cr-1093", style="thunderbird")  # fmt: skip

    yes("ii10_lehmann_heute_und_nachtrag.eml", 14, (1089, 1090, 1091),
        ("2026-09-22", "2026-09-29", "2026-10-06"), "2026-10-06 15:02",
        request_subject(1091, "Re"),
        "Ja, hat heute stattgefunden!\n"
        "Und mir ist gerade aufgefallen, dass ich die vom 22.09. und 29.09. nie bestätigt "
        "hab – die haben beide auch stattgefunden.\n\nLG Anna\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1091", style="iphone")  # fmt: skip

    yes("ii11_schaefer_gmx.eml", 16, (1098,), ("2026-10-07",), "2026-10-07 21:15",
        request_subject(1098, "Aw"),
        "Guten Abend,\n\nhiermit bestätige ich die Behandlung vom 07.10.2026.\n\n"
        "Viele Grüße\nBirgit Schäfer",
        reply="cr-1098", style="webde")  # fmt: skip


def second_week() -> None:
    yes("ii12_vogel_signatur.eml", 13, (1086,), ("2026-10-08",), "2026-10-08 12:47",
        request_subject(1086, "AW"),
        "Sehr geehrte Damen und Herren,\n\n"
        "die heutige Behandlung (08.10.) hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\n\nDr. med. Michael Vogel\nFacharzt für Allgemeinmedizin\n\n"
        "Vogel & Partner Gemeinschaftspraxis\nKönigsallee 12 · 40212 Düsseldorf\n"
        "Tel. 0211 556677-0 · Fax 0211 556677-9\nwww.vogel-partner.de",
        client="outlook", reply="cr-1086", style="outlook")  # fmt: skip

    yes("ii13_carter_late_september.eml", 11, (1074,), ("2026-09-07",), "2026-10-08 19:48",
        request_subject(1074, "Re"),
        "Hi there,\n\nso sorry – I've only just seen this, it got buried in my inbox while "
        "I was travelling. Yes, the session on 7 September took place as planned.\n\n"
        "Best,\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip

    no("ii14_zimmermann_rezept.eml", 15, ("question",), "2026-10-09 10:20",
       "Frage wegen Rezept",
       "Guten Tag,\n\n"
       "ich schreibe für meinen Mann Klaus Zimmermann. Sein Hausarzt möchte wissen, wie "
       "viele Behandlungen von der Verordnung noch übrig sind und ob er schon eine "
       "Folgeverordnung ausstellen soll. Können Sie uns das bitte sagen?\n\n"
       "Mit freundlichen Grüßen\nIngrid Zimmermann",
       note="prescription question from the wife, no treatment confirmed")  # fmt: skip

    yes("ii15_koch_april.eml", 18, (1114,), ("2026-04-13",), "2026-10-10 14:33",
        request_subject(1114, "AW"),
        "Liebe Praxis Impulse,\n\n"
        "beim Aufräumen meines Postfachs habe ich gesehen, dass ich Ihnen nie geantwortet "
        "habe. Das tut mir leid! Die Behandlung am 13. April hat selbstverständlich "
        "stattgefunden.\n\nHerzliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1114", style="tonline")  # fmt: skip

    yes("ii16_carter_august_invoice.eml", 11, (1069, 1070, 1071, 1072, 1073),
        ("2026-08-03", "2026-08-10", "2026-08-17", "2026-08-24", "2026-08-31"),
        "2026-10-11 18:05", "August sessions + invoice",
        "Hello,\n\n"
        "I'm doing my paperwork for my insurance and realised I never replied to your "
        "emails from August. I can confirm that all five sessions took place: 3, 10, 17, "
        "24 and 31 August.\n\n"
        "Could you also send me an itemised invoice for August? My (private) insurer "
        "needs it.\n\nThanks so much,\nEmily Carter",
        client="gmail", staff=True, extra=("question",))  # fmt: skip

    no("ii17_zimmermann_kein_anruf.eml", 15, ("other",), "2026-10-12 13:10",
       request_subject(1094, "AW"),
       "Guten Tag,\n\n"
       "heute hat mich niemand angerufen. Ich habe von 11 bis halb zwölf neben dem "
       "Telefon gesessen. Die Behandlung hat also nicht stattgefunden.\n\n"
       "Mit freundlichen Grüßen\nKlaus Zimmermann",
       client="thunderbird", reply="cr-1094", style="thunderbird",
       note="the therapist did not call: nothing took place")  # fmt: skip

    no("ii18_lehmann_verpasst.eml", 14, ("other", "reschedule"), "2026-10-13 17:20",
       request_subject(1092, "Re"),
       "Oh nein, den Termin heute hab ich komplett verpeilt, ich saß noch in der "
       "Vorlesung und mein Handy war aus. Tut mir echt leid!\n"
       "Kann man den irgendwie nachholen? Nächste Woche Dienstag oder Donnerstag "
       "Nachmittag würde bei mir gehen.\n\nAnna",
       client="gmail", reply="cr-1092", style="gmail",
       note="missed session, asks to make it up")  # fmt: skip


def third_week() -> None:
    yes("ii19_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:40",
        request_subject(1099, "AW"),
        "Guten Morgen,\n\n"
        "gern bestätige ich Ihnen, dass die Behandlung gestern Abend, am 14.10., "
        "stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\n\nBirgit Schäfer\nSteuerberaterin\n\n"
        "Schäfer Steuerberatung\nLindenstraße 8 · 10969 Berlin\n"
        "Tel. 030 612 34 50 · Fax 030 612 34 59\n\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der "
        "richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen "
        "Sie diese E-Mail.",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", reply="cr-1099", style="outlook")  # fmt: skip

    yes("ii20_berger_juni.eml", 24, (1146,), ("2026-06-03", "2026-06-11"),
        "2026-10-16 09:30", "Bestätigung Behandlungen Juni",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich muss mich entschuldigen, ich bin nicht so oft am Computer. Sie hatten mich "
        "gebeten, die Behandlungen im Juni zu bestätigen. Die Behandlungen am 3. Juni und "
        "am 11. Juni haben stattgefunden, die Therapeutin hat mich pünktlich angerufen.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        staff=True,
        note="3 June is her appointment; 11 June matches none (she had 10 June)")  # fmt: skip

    yes("ii21_berger_mai.eml", 24, (1145,), (), "2026-10-16 09:48",
        request_subject(1145, "AW"),
        "Ja, die Behandlung hat stattgefunden.\n\nU. Berger",
        client="outlook", reply="cr-1145", style="outlook_classic")  # fmt: skip

    yes("ii22_neumann_tochter.eml", 9, (1060, 1061, 1062),
        ("2026-07-21", "2026-07-23", "2026-07-28"), "2026-10-17 11:00",
        "Behandlungen meiner Mutter im Juli",
        "Hallo liebes Praxisteam,\n\n"
        "ich bin die Tochter von Frau Neumann und helfe ihr mit den E-Mails. Sie hat mich "
        "gebeten, Ihnen zu bestätigen, dass die Telefontermine am 21., 23. und 28. Juli "
        "stattgefunden haben. Die anderen Juli-Termine hat sie, glaube ich, schon am "
        "Telefon bestätigt – falls nicht, geben Sie bitte kurz Bescheid.\n\n"
        "Viele Grüße\nKarin Roth",
        staff=True,
        note="the earlier July sessions are not confirmed here; she asks to be told")  # fmt: skip

    no("ii23_zimmermann_erinnerung.eml", 15, ("other",), "2026-10-18 11:40",
       reminder_subject(1095, "AW"),
       "Danke für die Erinnerung. Ich bin morgen da.\n\nK. Zimmermann",
       client="thunderbird", reply="rem-1095", style="thunderbird", staff=False,
       note="reply to the reminder before the session")  # fmt: skip

    yes("ii24_zimmermann_ehefrau.eml", 15, (1095,), ("2026-10-19",), "2026-10-19 18:20",
        request_subject(1095, "AW"),
        "Guten Abend,\n\n"
        "hier schreibt Ingrid Zimmermann für meinen Mann. Die Krankengymnastik heute, am "
        "19.10., hat stattgefunden, es war wieder sehr gut.\n"
        "Den Termin am 26.10. hatten wir ja schon abgesagt.\n\n"
        "Freundliche Grüße\nI. Zimmermann",
        client="thunderbird", reply="cr-1095", style="thunderbird")  # fmt: skip

    yes("ii25_vogel_nachtrag.eml", 13, (1084,), ("2026-09-24",), "2026-10-20 07:55",
        request_subject(1084, "Re"),
        "Nachtrag: 24.09. hat ebenfalls stattgefunden.\nMV\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1084", style="iphone")  # fmt: skip


def fourth_week() -> None:
    no("ii26_jansen_code.eml", 17, ("technical", "question"), "2026-10-21 20:10",
       video_link_subject(1104, "Re"),
       "Hallo,\n\n"
       "ich wollte den Zugang schon mal testen, aber bei mir kommt nur \"Zugangscode "
       "ungültig\". Habe es in Chrome und Firefox probiert. Wird der Code erst kurz vor "
       "dem Termin freigeschaltet? Ich will morgen nicht zu spät kommen.\n\n"
       "Danke und Gruß\nOle Jansen",
       client="gmail", reply="vl-1104", style="gmail",
       note="video code problem before the first session")  # fmt: skip

    yes("ii27_schaefer_abgebrochen.eml", 16, (), ("2026-10-21",), "2026-10-21 21:02",
        request_subject(1100, "Re"),
        "Hallo,\n\n"
        "wir haben heute angefangen, aber nach ca. 10 Minuten ist bei mir das WLAN "
        "ausgefallen und ich bin nicht mehr reingekommen. Zählt das trotzdem als "
        "Behandlung? Sonst hätte ich gern einen Ersatztermin.\n\n"
        "LG Birgit Schäfer\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1100", style="iphone", staff=True,
        extra=("technical", "question"),
        note="session cut short after ten minutes: not recorded")  # fmt: skip

    yes("ii28_jansen_erste.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:52",
        request_subject(1104, "Re"),
        "Moin,\n\n"
        "hat heute dann doch alles geklappt, danke für den Rückruf gestern Abend! "
        "Die Behandlung am 22.10. hat stattgefunden.\n\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip

    no("ii29_vogel_dank.eml", 13, ("thanks",), "2026-10-22 18:30",
       "Vielen Dank",
       "Sehr geehrtes Team der Praxis Impulse,\n\n"
       "nach Abschluss der Behandlungsserie möchte ich mich für die kompetente und "
       "unkomplizierte Betreuung bedanken. Die Beschwerden in der Schulter sind deutlich "
       "besser, und die Termine am frühen Morgen haben gut in meinen Praxisalltag gepasst.\n\n"
       "Mit freundlichen Grüßen\nMichael Vogel",
       client="outlook", staff=False,
       note="thank-you after the series, no session named")  # fmt: skip

    yes("ii30_richter_juni_juli.eml", 8, (1054, 1055), ("2026-06-24", "2026-07-01"),
        "2026-10-24 10:15", request_subject(1055, "Re"),
        "Hi,\n\nsorry, ich hab eure Mails ewig liegen lassen. Die Termine am 24.6. und "
        "1.7. haben beide stattgefunden.\n\nBeste Grüße\nJonas",
        client="apple", reply="cr-1055", style="iphone")  # fmt: skip

    yes("ii31_popescu_23juni.eml", 7, (1049,), ("2026-06-23",), "2026-10-24 16:40",
        request_subject(1049, "AW"),
        "Guten Tag,\nja, Behandlung am 23.6. war.\nElena",
        client="yahoo", reply="cr-1049", style="yahoo")  # fmt: skip

    yes("ii32_popescu_30juni.eml", 7, (1050,), ("2026-06-30",), "2026-10-24 16:46",
        request_subject(1050, "AW"),
        "Guten Tag,\n\n"
        "Entschuldigung für späte Antwort, ich war im Sommer lange in Rumänien bei meine "
        "Familie. Ja, am 30. Juni ich hatte die Behandlung mit Video, alles hat "
        "funktioniert.\n\nDanke schön\nElena Popescu",
        client="yahoo", reply="cr-1050", style="yahoo")  # fmt: skip

    no("ii33_schaefer_verschieben.eml", 16, ("reschedule",), "2026-10-26 09:05",
       "Termin 4.11. verschieben?",
       "Hallo,\n\n"
       "könnten wir den Termin am Mittwoch, 4.11., verschieben? Ich habe an dem Abend "
       "eine Mandantenbesprechung. Donnerstag, 5.11., ab 18 Uhr würde mir gut passen.\n\n"
       "Viele Grüße\nBirgit Schäfer")  # fmt: skip

    yes("ii34_hoffmann_doppeltermin.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-10-26 21:30", "Bestätigung Behandlungen 18.05.2026",
        "Guten Abend,\n\n"
        "meine Versicherung hat nachgefragt, deshalb hole ich das nach: am 18.05.2026 "
        "haben beide Behandlungen stattgefunden, morgens das Gerätetraining und mittags "
        "die Manuelle Therapie.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook")  # fmt: skip

    yes("ii35_hoffmann_26mai.eml", 6, (1044,), ("2026-05-26",), "2026-10-26 21:34",
        request_subject(1044, "AW"),
        "26.05. – hat stattgefunden.\n\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip

    yes("ii36_schulz_mutter.eml", 5, (1039,), ("2026-05-28",), "2026-10-27 19:10",
        request_subject(1039, "Re"),
        "Hallo,\n\n"
        "hiermit bestätige ich, dass Marie am 28.05. ihre Behandlung hatte. Sorry, das ist "
        "bei uns irgendwie durchgerutscht.\n\n"
        "Viele Grüße\nKatrin Schulz (Mutter)",
        reply="cr-1039", style="thunderbird")  # fmt: skip

    yes("ii37_schaefer_28okt.eml", 16, (1101,), ("2026-10-28",), "2026-10-28 21:05",
        request_subject(1101, "Aw"),
        "Hallo, Termin am 28.10. hat stattgefunden. Gruß B. Schäfer",
        reply="cr-1101", style="webde", bottom=True)  # fmt: skip

    yes("ii38_jansen_uhrzeit.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:20",
        request_subject(1105, "Re"),
        "Hi,\n\nbestätige den 29.10., lief super.\n"
        "Könnten wir die nächsten Termine eine halbe Stunde später legen, also 10:30? "
        "Morgens um 10 wird es bei mir auf der Arbeit gerade eng.\n\nGruß Ole",
        client="gmail", reply="cr-1105", style="gmail", staff=True,
        extra=("reschedule",))  # fmt: skip

    yes("ii39_oneill_may.eml", 23, (1141,), ("2026-05-19",), "2026-10-30 08:15",
        request_subject(1141, "RE"),
        "Hello,\n\n"
        "apologies for the very late reply – I'm catching up on old emails. I can confirm "
        "that my session on 19 May went ahead as planned.\n\n"
        "Kind regards,\nJames O'Neill",
        client="outlook", reply="cr-1141", style="outlook_en")  # fmt: skip

    no("ii40_hartmann_absage.eml", 20, ("cancellation", "reschedule"), "2026-10-30 17:45",
       "Absage Termin 03.11.",
       "Hallo,\n\n"
       "leider muss ich meinen ersten Termin am Dienstag, 03.11., um 17 Uhr absagen – "
       "ich habe an dem Tag kurzfristig eine Prüfung bekommen. Können Sie mir einen "
       "neuen Termin in der Woche danach anbieten?\n\n"
       "Viele Grüße\nLeonie Hartmann",
       client="webde")  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    fourth_week()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
