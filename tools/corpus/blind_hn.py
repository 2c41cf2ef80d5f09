"""Blind set HN: partial confirmations, written freshly.

Forty patient mails to a telemedicine physiotherapy practice. Each confirmation confirms
some of the patient's sessions and, in the same mail, says of another one that it did not
take place, was cut short, was moved, was someone else's or is doubtful - in the first line,
the middle, a PS, a list, a parenthesis, after "aber", "außer", "bis auf", "except" ... and
naming the day by date, weekday, "gestern", "letzte Woche", "der erste", "der davor".
Ten look-alikes under our request confirm nothing.

Labels: `confirmed` holds only sessions plainly held in full (the patient's own, scheduled,
not yet confirmed); `dates` the days the mail says a session took place (also partly);
`needs_staff` whenever an employee must look or act (a session missed, cut short, doubted,
moved). Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_hn")


def first_line_denials() -> None:
    yes(
        "hn01_krueger_first_line.eml",
        1,
        [1004],
        ["2026-02-03"],
        "2026-02-04 08:12",
        request_subject(1004),
        "Guten Morgen,\n\nden 27.1. hatte ich ja schon am Telefon abgesagt, der hat nicht "
        "stattgefunden. Den Termin am 3.2. bestätige ich hiermit aber gerne.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde",
        reply="cr-1004",
        style="webde",
        staff=True,
        note="27.1. not held (not cancelled in the records)",
    )
    yes(
        "hn02_becker_list.eml",
        2,
        [1010, 1011, 1013],
        ["2026-02-02", "2026-02-05", "2026-02-12"],
        "2026-02-13 07:45",
        "Bestätigung Februar",
        "Hallo zusammen,\n\nzur Abrechnung meine Termine im Februar:\n\n"
        "- Mo 2.2. ja\n- Do 5.2. ja\n- Mo 9.2. nein, da war ich krank und nicht erreichbar\n"
        "- Do 12.2. ja\n\nGruß\nThomas Becker",
        client="gmail",
        staff=True,
        note="9.2. missed",
    )
    yes(
        "hn03_demir_cut_short.eml",
        3,
        [1019],
        ["2026-03-04", "2026-03-11"],
        "2026-03-11 10:05",
        request_subject(1020),
        "Hallo,\n\nheute musste ich nach zehn Minuten abbrechen, mein Sohn "
        "hatte sich in der Kita verletzt und ich musste los. Das zählt dann wohl nicht "
        "als ganze Stunde. Die Sitzung letzte Woche (4.3.) war aber komplett, die "
        "bestätige ich gern.\n\nLG Aylin",
        client="iphone",
        reply="cr-1020",
        style="iphone",
        staff=True,
        note="11.3. cut short: among dates, not confirmed",
    )
    yes(
        "hn04_wolff_stiff.eml",
        4,
        [1029, 1030],
        ["2026-01-23", "2026-01-30"],
        "2026-02-01 18:30",
        "Termine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen "
        "Behandlungen vom 23.01.2026 und 30.01.2026.\n\nDie Behandlung am 16.01.2026 "
        "fand nicht statt, da mich niemand angerufen hat. Ich bitte, dies zu "
        "berücksichtigen.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
        staff=True,
        note="16.1. not held",
    )


def middle_and_clauses() -> None:
    yes(
        "hn05_schulz_ausser.eml",
        5,
        [1034, 1035],
        ["2026-04-16", "2026-04-23"],
        "2026-05-01 21:14",
        "Re: Bestätigung",
        "Hi,\n\nalle Termine im April haben stattgefunden außer dem am 30., da hatte ich "
        "keinen Strom im Haus und bin nicht in den Videocall gekommen. Also 16. und 23. "
        "ja.\n\nMarie",
        client="plain",
        staff=True,
        note="30.4. missed",
    )
    yes(
        "hn06_hoffmann_two_same_day.eml",
        6,
        [1040, 1041, 1042],
        ["2026-05-04", "2026-05-11", "2026-05-18"],
        "2026-05-19 06:50",
        "Bestätigung Mai",
        "Guten Morgen,\n\nich bestätige die Gerätetrainings am 4., 11. und 18. Mai. "
        "Die zweite Sitzung am 18. (die Manuelle Therapie mittags) habe ich verpasst, "
        "ich saß im Meeting fest - bitte nicht abrechnen bzw. bei Bedarf Ausfallgebühr "
        "klären.\n\nBeste Grüße\nPeter Hoffmann\n\n-- \nHoffmann Consulting GmbH\n"
        "Tel. 0171 2345678",
        client="outlook",
        staff=True,
        note="1043 (MT 18.5. midday) missed; KGG that morning held",
    )
    yes(
        "hn07_popescu_learner.eml",
        7,
        [1046],
        ["2026-06-02", "2026-06-09"],
        "2026-06-10 12:22",
        request_subject(1047),
        "Hallo,\n\nich bestätige Termin am 2. Juni, war gut. Am 9. Juni die Verbindung "
        "war sehr schlecht und nach 15 Minuten weg, wir haben nicht fertig gemacht. "
        "Bitte sagen was ich machen soll.\n\nDanke\nElena Popescu",
        client="yahoo",
        reply="cr-1047",
        style="yahoo",
        staff=True,
        extra=("technical",),
        note="9.6. cut short by the connection",
    )
    yes(
        "hn08_richter_parenthesis.eml",
        8,
        [1051, 1053],
        ["2026-06-03", "2026-06-17"],
        "2026-06-18 19:40",
        "Termine Juni",
        "Hey,\n\nkurz zur Bestätigung: 3.6. und 17.6. haben stattgefunden (den 10. hab "
        "ich ja verschwitzt, sorry nochmal). Bis nächste Woche!\n\nJonas",
        client="iphone",
        staff=True,
        note="10.6. missed",
    )
    yes(
        "hn09_neumann_gestern.eml",
        9,
        [1056, 1057, 1058],
        ["2026-07-07", "2026-07-09", "2026-07-14"],
        "2026-07-17 10:15",
        "Telefontermine",
        "Liebe Praxis,\n\ndie Telefonate am Dienstag und Donnerstag letzter Woche und "
        "am Dienstag dieser Woche waren alle in Ordnung, die kann ich bestätigen. "
        "Gestern hat das Telefon zwar geklingelt, aber ich war beim Arzt und habe es "
        "nicht gehört.\n\nHerzliche Grüße\nGisela Neumann",
        client="plain",
        staff=True,
        note="Thu 16.7. ('gestern') missed; 7., 9., 14.7. held",
    )
    yes(
        "hn10_brandt_bis_auf.eml",
        10,
        [1063, 1065, 1066],
        ["2026-07-03", "2026-07-17", "2026-07-24"],
        "2026-07-25 11:02",
        "Juli",
        "Moin,\n\nbis auf den 10. Juli - da bin ich im Urlaub gewesen, das war aber "
        "abgesprochen - kann ich alle Juli-Termine bis einschließlich gestern "
        "bestätigen.\n\nLukas Brandt",
        client="thunderbird",
        staff=True,
        note="10.7. not held; 3., 17., 24.7. held",
    )


def english() -> None:
    yes(
        "hn11_carter_except.eml",
        11,
        [1069, 1071],
        ["2026-08-03", "2026-08-17"],
        "2026-08-18 09:30",
        request_subject(1071),
        "Hi there,\n\nHappy to confirm the sessions on Aug 3 and Aug 17. Everything "
        "except the 10th - I was travelling that week and we never connected.\n\n"
        "Best,\nEmily",
        client="gmail",
        reply="cr-1071",
        style="gmail_en",
        staff=True,
        note="10.8. not held",
    )
    yes(
        "hn12_oneill_cut_short.eml",
        23,
        [1136],
        ["2026-04-14", "2026-04-21"],
        "2026-04-22 08:10",
        request_subject(1137),
        "Morning,\n\nConfirming last Tuesday's call (14th), that was a full session. "
        "Yesterday's one I had to hang up after about ten minutes because of a work "
        "emergency, so please don't count that as a full treatment.\n\nCheers,\n"
        "James O'Neill",
        client="outlook",
        reply="cr-1137",
        style="outlook_en",
        staff=True,
        note="21.4. cut short",
    )
    yes(
        "hn13_carter_apart_from.eml",
        11,
        [1072, 1073],
        ["2026-08-24", "2026-08-31"],
        "2026-09-08 20:05",
        "sessions",
        "hello,\n\napart from yesterday's session which I think was my husband's slot "
        "(he took the call, not me?), the last two Mondays in August both took place "
        "and I can confirm them.\n\nthanks, Emily",
        client="iphone",
        staff=True,
        note="7.9. doubtful / someone else",
    )
    yes(
        "hn14_oneill_ps.eml",
        23,
        [1138, 1139],
        ["2026-04-28", "2026-05-05"],
        "2026-05-06 22:40",
        "Re: confirmation",
        "Hi,\n\nyes, the calls on 28 April and 5 May both happened. Thanks again.\n\n"
        "James\n\nPS: the one on 12 May I will not be able to make, I'm away.",
        client="plain",
        staff=True,
        extra=("cancellation",),
        note="12.5. future absence: not a date, staff",
    )


def doubtful_and_moved() -> None:
    yes(
        "hn15_yildiz_cancelled_known.eml",
        12,
        [1075, 1076, 1078],
        ["2026-08-05", "2026-08-12", "2026-08-26"],
        "2026-08-27 14:18",
        "Bestätigung August",
        "Guten Tag,\n\nich bestätige die Termine am 5., 12. und 26. August. Der am "
        "19. war ja von Ihnen abgesagt worden.\n\nMit freundlichen Grüßen\n"
        "Fatma Yıldız",
        client="webde",
        staff=False,
        note="19.8. cancelled in the records already",
    )
    yes(
        "hn16_vogel_doubt.eml",
        13,
        [1083],
        ["2026-09-17"],
        "2026-09-25 07:50",
        request_subject(1084),
        "Guten Morgen,\n\nden 17.09. bestätige ich. Bei gestern bin ich mir nicht "
        "sicher, ob das überhaupt als Sitzung zählt: ich bin kaum in den Raum gekommen, "
        "das Bild war eingefroren, und Ihre Kollegin meinte, wir holen das nach. Bitte "
        "klären Sie das intern.\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte",
        client="outlook",
        reply="cr-1084",
        style="outlook_classic",
        staff=True,
        note="24.9. doubtful, to be made up: not confirmed, not among dates",
    )
    yes(
        "hn17_lehmann_moved.eml",
        14,
        [1087, 1089],
        ["2026-09-08", "2026-09-22"],
        "2026-09-23 16:30",
        "Termine September",
        "Hallo,\n\nder Termin am 15. wurde doch auf einen anderen Tag verlegt, oder? "
        "Der hat jedenfalls zu der Uhrzeit nicht stattgefunden. Die am 8. und 22. "
        "haben beide stattgefunden, die bestätige ich.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird",
        staff=True,
        extra=("question",),
        note="15.9. moved? not held at its time",
    )
    yes(
        "hn18_zimmermann_known_cancel.eml",
        15,
        [1093, 1094, 1095, 1097],
        ["2026-10-05", "2026-10-12", "2026-10-19", "2026-11-02"],
        "2026-11-02 15:20",
        request_subject(1097),
        "Hallo,\nalle vier Oktober-/Novembertermine bestätigt, nur nicht der 26.10., "
        "den haben Sie ja abgesagt wegen Krankheit der Therapeutin.\nGruß K. Zimmermann",
        client="plain",
        reply="cr-1097",
        style="thunderbird",
        bottom=True,
        staff=False,
        note="26.10. cancelled in the records",
    )
    yes(
        "hn19_schaefer_der_davor.eml",
        16,
        [1101],
        ["2026-10-28"],
        "2026-10-29 08:05",
        request_subject(1101),
        "Guten Morgen,\n\ngestern Abend: ja, hat stattgefunden, danke!\n\nDer davor "
        "(21.10.) ist leider ausgefallen, ich hatte den Link nicht bekommen und "
        "niemand hat sich gemeldet. Bitte nicht berechnen.\n\nBirgit Schäfer",
        client="gmail",
        reply="cr-1101",
        style="gmail",
        staff=True,
        note="21.10. not held",
    )
    yes(
        "hn20_jansen_der_erste.eml",
        17,
        [1105, 1106],
        ["2026-10-22", "2026-10-29", "2026-11-05"],
        "2026-11-06 09:10",
        "Bestätigung Gerätetraining",
        "Hi,\n\nder erste Termin war nur so halb - nach 20 min ist meine Kamera "
        "abgestürzt und wir haben es abgebrochen. Die beiden danach (29.10. und "
        "5.11.) waren vollständig, die bestätige ich.\n\nOle",
        client="apple",
        staff=True,
        note="22.10. (the first) cut short",
    )


def more_german() -> None:
    yes(
        "hn21_koch_alle_anderen.eml",
        18,
        [1109, 1110, 1112, 1113],
        ["2026-03-23", "2026-03-25", "2026-04-01", "2026-04-08"],
        "2026-04-09 11:45",
        "Telefontermine März April",
        "Sehr geehrtes Praxisteam,\n\nam 30. März hat mich niemand angerufen. Alle "
        "anderen Termine bis zum 8. April haben stattgefunden, also 23.3., 25.3., "
        "1.4. und 8.4.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline",
        staff=True,
        note="30.3. not held",
    )
    yes(
        "hn22_nowak_der_am.eml",
        19,
        [1116, 1118],
        ["2026-11-06", "2026-11-20"],
        "2026-11-21 10:30",
        "Re: Termine November",
        "Hallo,\n\nbestätige 6.11. und 20.11. Der am 13. fiel aus, weil ich verschlafen "
        "hab, mein Fehler.\n\nGruß David",
        client="plain",
        staff=True,
        note="13.11. missed",
    )
    yes(
        "hn23_hartmann_aber.eml",
        20,
        [1120, 1121],
        ["2026-11-03", "2026-11-10", "2026-11-17"],
        "2026-11-18 20:12",
        request_subject(1122),
        "Hallo liebes Praxisteam,\n\nich bestätige gern die ersten beiden Termine "
        "(3. und 10. November), aber gestern musste ich leider nach der Hälfte "
        "aufhören, mir war total schwindelig. Hoffe das ist ok.\n\nLiebe Grüße\n"
        "Leonie",
        client="iphone",
        reply="cr-1122",
        style="iphone",
        staff=True,
        note="17.11. cut short",
    )
    yes(
        "hn24_wagner_ausgenommen.eml",
        21,
        [1124, 1125, 1126, 1128],
        ["2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09"],
        "2026-02-10 19:00",
        "Bestätigung",
        "Hallo,\n\nhiermit bestätige ich alle meine Termine seit Januar, ausgenommen "
        "den 2.2., der wurde ja verschoben und ist entfallen. Also 12.1., 19.1., 26.1. "
        "und 9.2.\n\nSophie Wagner",
        client="gmail",
        staff=False,
        note="2.2. cancelled in the records",
    )
    yes(
        "hn25_aydin_learner.eml",
        22,
        [1130, 1132],
        ["2026-02-19", "2026-03-05"],
        "2026-03-06 13:05",
        "Bestatigung termin",
        "Hallo\n\nich bestatige 19.02 und 05.03 Termin. 26.02 war nicht, ich war "
        "arbeiten und konnte nicht telefonieren. Entschuldigung.\n\nMehmet Aydin",
        client="samsung",
        staff=True,
        note="26.2. missed",
    )
    yes(
        "hn26_berger_someone_else.eml",
        24,
        [1142, 1143],
        ["2026-05-06", "2026-05-13"],
        "2026-05-21 09:55",
        request_subject(1144),
        "Guten Tag,\n\ngestern hat meine Tochter das Telefon abgenommen, ich war nicht "
        "da - die Behandlung hat also nicht mit mir stattgefunden. Die beiden Termine "
        "davor am 6. und 13. Mai bestätige ich aber.\n\nMit freundlichen Grüßen\n"
        "Ursula Berger",
        client="plain",
        reply="cr-1144",
        style="tonline",
        staff=True,
        note="20.5. someone else took the call: not held",
    )
    yes(
        "hn27_krueger_bottom.eml",
        1,
        [1006],
        ["2026-02-17", "2026-02-24"],
        "2026-02-24 14:10",
        request_subject(1007),
        "Heute leider nur 15 Minuten, dann ist das WLAN zusammengebrochen. Letzte "
        "Woche war alles gut, die können Sie abrechnen.\nS. Krüger",
        client="webde",
        reply="cr-1007",
        style="thunderbird",
        bottom=True,
        staff=True,
        extra=("technical",),
        note="24.2. cut short; 17.2. held",
    )
    yes(
        "hn28_becker_nur_nicht.eml",
        2,
        [1014, 1016, 1017],
        ["2026-02-16", "2026-02-19", "2026-02-23", "2026-02-26"],
        "2026-02-27 08:00",
        "Re: Abrechnung",
        "Moin,\n\nalles bestätigt für die letzten zwei Wochen, nur nicht Donnerstag "
        "19.2., da haben wir nach der Hälfte aufgehört weil mein Akku leer war.\n\n"
        "T. Becker",
        client="thunderbird",
        staff=True,
        note="19.2. cut short; 16., 23., 26.2. held",
    )
    yes(
        "hn29_demir_after_cancel.eml",
        3,
        [1022, 1024],
        ["2026-03-25", "2026-04-08"],
        "2026-04-09 07:30",
        "termine",
        "hallo, 25.3. und 8.4. hatten wir, die bestätige ich. den am 18.3. hatte ich "
        "vergessen, tut mir leid, falls da was anfällt bitte bescheid geben. aylin",
        client="gmail",
        staff=True,
        note="18.3. missed",
    )
    yes(
        "hn30_schulz_may.eml",
        5,
        [1037, 1039],
        ["2026-05-07", "2026-05-28"],
        "2026-05-29 08:40",
        request_subject(1039),
        "Hallo,\n\ngestern ja, und der 7. Mai auch. Am 21. war ich zwar eingeloggt, "
        "aber da war niemand im Raum und nach 20 Minuten warten habe ich aufgegeben - "
        "das bitte nicht abrechnen.\n\nGrüße, Marie Schulz",
        client="plain",
        reply="cr-1039",
        style="gmail",
        staff=True,
        note="21.5. not held",
    )


def look_alikes() -> None:
    no(
        "hn31_krueger_missed.eml",
        1,
        ("cancellation", "reschedule"),
        "2026-03-03 12:00",
        request_subject(1008),
        "Hallo,\n\nden Termin heute habe ich leider verpasst, bitte nicht bestätigen. "
        "Können wir ihn nachholen?\n\nSabine Krüger",
        client="webde",
        reply="cr-1008",
        style="webde",
        note="asked session missed",
    )
    no(
        "hn32_wolff_cut_short.eml",
        4,
        ("technical",),
        "2026-02-06 16:20",
        request_subject(1031),
        "Sehr geehrte Damen und Herren,\n\ndas Gespräch heute wurde nach wenigen "
        "Minuten unterbrochen und niemand hat zurückgerufen. Eine vollständige "
        "Behandlung war das nicht.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline",
        reply="cr-1031",
        style="tonline",
        dates=("2026-02-06",),
        note="cut short: a date, nothing confirmed",
    )
    no(
        "hn33_popescu_doubt.eml",
        7,
        ("question",),
        "2026-06-17 09:00",
        request_subject(1048),
        "Hallo,\n\nich weiß nicht ob ich das bestätigen kann - war das gestern "
        "wirklich Behandlung oder nur Gespräch wegen Rezept? Bitte erklären.\n\nElena",
        client="yahoo",
        reply="cr-1048",
        style="yahoo",
        note="doubted",
    )
    no(
        "hn34_carter_not_me.eml",
        11,
        ("other",),
        "2026-08-10 18:30",
        request_subject(1070),
        "Hi,\n\nI think this was sent in error - I didn't have a session today, I was "
        "at work all day. Could you check?\n\nEmily",
        client="gmail",
        reply="cr-1070",
        style="gmail_en",
        note="denies the session",
    )
    no(
        "hn35_neumann_cancel.eml",
        9,
        ("cancellation",),
        "2026-07-21 11:00",
        request_subject(1060),
        "Guten Tag,\n\nheute ging es nicht, ich lag mit Fieber im Bett, das hatte ich "
        "auch Ihrer Kollegin am Telefon gesagt. Bitte tragen Sie den Termin als "
        "ausgefallen ein.\n\nGisela Neumann",
        client="plain",
        reply="cr-1060",
        style="thunderbird",
        bottom=True,
        note="asked session did not happen",
    )
    no(
        "hn36_vogel_someone_else.eml",
        13,
        ("other",),
        "2026-10-08 09:15",
        request_subject(1086),
        "Guten Morgen,\n\ndie Sitzung heute früh hat meine Frau wahrgenommen, nicht ich "
        "- sie ist bei Ihnen nicht registriert. Bitte nicht auf mich abrechnen.\n\n"
        "Dr. Michael Vogel",
        client="outlook",
        reply="cr-1086",
        style="outlook_classic",
        note="someone else's session",
    )
    no(
        "hn37_brandt_half.eml",
        10,
        ("other",),
        "2026-07-31 18:10",
        request_subject(1067),
        "Hallo, heute war nur die halbe Zeit, die Therapeutin musste weg. "
        "Bestätigen kann ich das so nicht.\nLukas",
        client="iphone",
        reply="cr-1067",
        style="iphone",
        dates=("2026-07-31",),
        note="cut short",
    )
    no(
        "hn38_lehmann_reschedule.eml",
        14,
        ("reschedule",),
        "2026-10-06 15:05",
        request_subject(1091),
        "Hallo,\n\nwir haben den heutigen Termin doch auf Donnerstag verschoben, "
        "deshalb kann ich heute nichts bestätigen. Bleibt es bei Donnerstag 13 Uhr?\n\n"
        "Anna",
        client="thunderbird",
        reply="cr-1091",
        style="thunderbird",
        bottom=True,
        note="moved, not held",
    )
    no(
        "hn39_oneill_missed.eml",
        23,
        ("cancellation",),
        "2026-05-20 08:30",
        request_subject(1141),
        "Hi,\n\nsorry, I missed last night's call completely - phone was on silent. "
        "So nothing to confirm I'm afraid. Same time next week?\n\nJames",
        client="outlook",
        reply="cr-1141",
        style="outlook_en",
        note="asked session missed",
    )
    no(
        "hn40_jansen_doubt.eml",
        17,
        ("question",),
        "2026-11-20 08:45",
        request_subject(1108),
        "Moin, gestern war ich mir nicht sicher ob wir wirklich angefangen haben - "
        "wir haben nur die Technik getestet und dann war Schluss. Zählt das?\nOle",
        client="apple",
        reply="cr-1108",
        style="iphone",
        note="doubtful",
    )


def main() -> None:
    load_practice()
    first_line_denials()
    middle_and_clauses()
    english()
    doubtful_and_moved()
    more_german()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
