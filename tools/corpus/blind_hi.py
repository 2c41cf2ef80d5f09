"""Blind set HI: partial and conditional confirmations.

Forty patient mails against the corpus practice: thirty confirmations that each confirm some
sessions and keep others out (bis auf, außer, only the first two, ja/nein and ✓/✗ lists,
corrected days, a stand-in session, sessions cut short), and ten look-alikes that only report
missed or broken-off sessions, cannot confirm, or ask whether a short call counts.

Labels: `confirmed` holds only the patient's own scheduled, unconfirmed appointments the mail
plainly says were held in full; a session cut short is among `dates` but not confirmed and
needs staff; missed, cancelled and future sessions are neither.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_hi")


def early_year() -> None:
    yes(
        "hi01_krueger_bis_auf_3feb.eml",
        1,
        (1003, 1005),
        ("2026-01-27", "2026-02-10"),
        "2026-02-10 14:20",
        request_subject(1005),
        "Hallo liebes Praxisteam,\n\nich habe die letzten Mails nicht beantwortet, deshalb jetzt"
        " alles auf einmal: die Termine am 27.1., 3.2. und heute 10.2. haben stattgefunden, bis"
        " auf den 3.2. – da lag ich mit Grippe im Bett und habe nicht eingeschaltet.\n\n"
        "Liebe Grüße\nSabine Krüger",
        client="webde",
        reply="cr-1005",
        style="webde",
        staff=True,
    )
    yes(
        "hi02_becker_donnerstag_fiel_aus.eml",
        2,
        (1010, 1012),
        ("2026-02-02", "2026-02-09"),
        "2026-02-09 20:10",
        request_subject(1012),
        "Guten Abend,\n\nbestätige die MT am Montag 2.2. und heute, 9.2. Der am Donnerstag"
        " (5.2.) fiel aus, ich war kurzfristig auf Dienstreise in Hamburg.\n\nGruß\nT. Becker",
        client="gmail",
        reply="cr-1012",
        style="gmail",
        staff=True,
    )
    yes(
        "hi03_becker_korrektur_tag.eml",
        2,
        (1013,),
        ("2026-02-12",),
        "2026-02-13 07:45",
        request_subject(1013),
        "Hiermit bestätige ich die Behandlung vom 11.02.\n\nKorrektur, sorry: nicht am 11., "
        "sondern am 12.02. (Donnerstag), hat stattgefunden.\n\nThomas Becker\n\n"
        "Von meinem iPhone gesendet",
        client="iphone",
        reply="cr-1013",
        style="iphone",
    )
    yes(
        "hi04_wolff_alle_bis_auf_den_letzten.eml",
        4,
        (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30", "2026-02-06"),
        "2026-02-06 16:05",
        request_subject(1031),
        "Sehr geehrte Damen und Herren,\n\ndie Termine im Januar (16., 23. und 30.1.) haben alle"
        " stattgefunden. Den letzten heute, 6.2., mussten wir nach ca. 10 Minuten abbrechen, weil"
        " meine Telefonleitung gestört war. Den kann ich also nicht als ganze Behandlung"
        " bestätigen.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
        reply="cr-1031",
        style="tonline",
        staff=True,
    )
    yes(
        "hi05_wagner_halbe_stunde_26jan.eml",
        21,
        (1124, 1125),
        ("2026-01-12", "2026-01-19", "2026-01-26"),
        "2026-01-27 08:00",
        request_subject(1126),
        "guten morgen,\nja 12.1. und 19.1. waren ganz. gestern 26.1. nur etwa 20 min, dann"
        " musste ich mein kind von der kita holen (anruf von der erzieherin). sorry!\n"
        "lg sophie",
        reply="cr-1126",
        style="gmail",
        bottom=True,
        staff=True,
    )
    yes(
        "hi06_aydin_nicht_ganz.eml",
        22,
        (1130, 1131),
        ("2026-02-19", "2026-02-26", "2026-03-05"),
        "2026-03-05 19:00",
        request_subject(1132),
        "Hallo\n\n19.02 ja\n26.02 ja\n05.03 ja aber nicht ganz, nur 10 minuten dann musste ich"
        " zur arbeit, chef hat angerufen\n\nMehmet Aydin",
        reply="cr-1132",
        style="outlook",
        staff=True,
    )
    yes(
        "hi07_krueger_halb_24feb.eml",
        1,
        (1006, 1008),
        ("2026-02-17", "2026-02-24", "2026-03-03"),
        "2026-03-03 11:30",
        request_subject(1008),
        "Hallo,\n17.2. und heute 3.3. waren komplett. Am 24.2. hatte die Therapeutin"
        " Netzprobleme und wir haben nur die Hälfte geschafft.\nGruß S. Krüger\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet",
        client="samsung",
        reply="cr-1008",
        style="samsung",
        staff=True,
    )


def spring() -> None:
    yes(
        "hi08_demir_ja_nein_tabelle.eml",
        3,
        (1019, 1020, 1022),
        ("2026-03-04", "2026-03-11", "2026-03-25"),
        "2026-03-25 12:00",
        "Bestätigung März",
        "Hallo Praxis Impulse,\n\nhier meine Übersicht für März:\n\n"
        "04.03. – ja\n11.03. – ja\n18.03. – nein (krank, hatte angerufen)\n25.03. – ja\n\n"
        "Viele Grüße\nAylin Demir",
        client="gmail",
        staff=True,
    )
    yes(
        "hi09_demir_april_abgesagt_bekannt.eml",
        3,
        (1024, 1025),
        ("2026-04-08", "2026-04-15"),
        "2026-04-15 10:00",
        request_subject(1025),
        "Hi, die Behandlungen am 8.4. und heute am 15.4. haben stattgefunden. (Der 1.4. war ja"
        " von Ihnen abgesagt.)\nAylin",
        client="gmail",
        reply="cr-1025",
        style="gmail",
    )
    yes(
        "hi10_koch_mittwoch_fiel_aus.eml",
        18,
        (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"),
        "2026-04-02 10:00",
        "Behandlungen",
        "Liebe Frau Therapeutin,\n\nich bestätige Ihnen die Behandlungen am Montag 23.3.,"
        " Mittwoch 25.3. und Montag 30.3.\nDer am Mittwoch 1.4. fiel aus, ich war beim"
        " Augenarzt und hatte es vergessen. Entschuldigung.\n\nHerzliche Grüße\nRenate Koch",
        client="tonline",
        staff=True,
    )
    yes(
        "hi11_schulz_video_abgestuerzt.eml",
        5,
        (1034,),
        ("2026-04-16", "2026-04-23"),
        "2026-04-23 17:30",
        request_subject(1035),
        "Hallo,\n\nder Termin am 16.4. war vollständig, das bestätige ich. Heute (23.4.) ist nach"
        " einer Viertelstunde das Video abgestürzt und ich bin nicht mehr reingekommen.\n\n"
        "Marie Schulz",
        reply="cr-1035",
        style="thunderbird",
        client="thunderbird",
        staff=True,
        extra=("technical",),
    )
    yes(
        "hi12_oneill_stand_in_missed.eml",
        23,
        (1136, 1137, 1138),
        ("2026-04-14", "2026-04-21", "2026-04-28"),
        "2026-05-06 08:00",
        "Sessions April",
        "Hi,\n\nI can confirm my sessions on 14 and 21 April. The one on 28 April was done by"
        " your colleague since my usual therapist was ill - full session, no problem. I missed"
        " 5 May, completely forgot, apologies.\n\nBest,\nJames O'Neill",
        client="outlook",
        staff=True,
    )
    yes(
        "hi13_berger_zahnarzt.eml",
        24,
        (1142, 1143),
        ("2026-05-06", "2026-05-13"),
        "2026-05-21 09:00",
        request_subject(1144),
        "Guten Tag\n6.5. und 13.5. gewesen. 20.5. nicht, war beim Zahnarzt, tut mir leid.\n"
        "U. Berger",
        reply="cr-1144",
        style="outlook_classic",
        client="outlook",
        staff=True,
    )
    yes(
        "hi14_hoffmann_mt_mittags_nicht.eml",
        6,
        (1042,),
        ("2026-05-18",),
        "2026-05-18 15:00",
        request_subject(1042),
        "Guten Tag,\n\nden Termin heute Morgen um 7:30 (KGG) bestätige ich. Die MT um 12:30 hat"
        " hingegen nicht stattgefunden, ich bin nicht in den Videoraum gekommen.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
        staff=True,
    )


def summer() -> None:
    yes(
        "hi15_popescu_vertretung.eml",
        7,
        (1046, 1047, 1048),
        ("2026-06-02", "2026-06-09", "2026-06-16"),
        "2026-06-24 09:00",
        request_subject(1049),
        "Guten Tag,\n\nich bestätige Termin 2.6. und 9.6. Am 16.6. war andere Therapeutin,"
        " Vertretung, war gut, ganze Zeit. 23.6. ich war nicht da, ich hatte Arbeit."
        " Entschuldigung.\n\nViele Grüße\nElena Popescu",
        client="yahoo",
        reply="cr-1049",
        style="yahoo",
        staff=True,
    )
    yes(
        "hi16_richter_only_first_two.eml",
        8,
        (1051, 1052),
        ("2026-06-03", "2026-06-10", "2026-06-17"),
        "2026-06-18 08:10",
        request_subject(1053, "Re"),
        "Hi there,\n\nonly the first two took place properly (3 and 10 June). Yesterday,"
        " 17 June, I had to leave after 20 minutes because of a work call.\n\nJonas\n\n"
        "Sent from my iPhone",
        client="iphone",
        reply="cr-1053",
        style="iphone",
        staff=True,
    )
    yes(
        "hi17_neumann_haken_kreuz.eml",
        9,
        (1056, 1057, 1059),
        ("2026-07-07", "2026-07-09", "2026-07-16"),
        "2026-07-17 10:00",
        "Bestätigung Krankengymnastik",
        "Sehr geehrtes Praxisteam,\n\nanbei meine Termine:\n\n"
        "Di. 7.7.  ✓\nDo. 9.7.  ✓\nDi. 14.7. ✗ (Arzttermin)\nDo. 16.7. ✓\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        staff=True,
    )
    yes(
        "hi18_neumann_verschoben_nicht.eml",
        9,
        (1061, 1062),
        ("2026-07-23", "2026-07-28"),
        "2026-07-28 11:00",
        request_subject(1062),
        "Guten Tag,\nam 23.7. und heute, 28.7., hat die Behandlung stattgefunden. Den Termin am"
        " 21.7. wollten wir am Telefon verschieben, der fand nicht statt.\nGisela Neumann",
        reply="cr-1062",
        style="outlook_classic",
        staff=True,
    )
    yes(
        "hi19_brandt_ausser_17jul.eml",
        10,
        (1063, 1064, 1066),
        ("2026-07-03", "2026-07-10", "2026-07-24"),
        "2026-07-24 18:00",
        request_subject(1066),
        "Moin,\n\naußer dem 17.7. (Urlaub, hatte telefonisch abgesagt) haben alle Termine im"
        " Juli stattgefunden: 3.7., 10.7. und heute 24.7.\n\nLukas",
        reply="cr-1066",
        style="thunderbird",
        client="thunderbird",
        staff=True,
    )
    yes(
        "hi20_brandt_knie_abgebrochen.eml",
        10,
        (1067,),
        ("2026-07-31", "2026-08-07"),
        "2026-08-07 17:30",
        request_subject(1068),
        "31.7. ja. Heute (7.8.) auch, allerdings haben wir nach 15 min aufgehört, weil das Knie"
        " zu sehr wehgetan hat. Soll ich damit zum Arzt?\n\nLukas Brandt",
        reply="cr-1068",
        style="gmail",
        bottom=True,
        staff=True,
        extra=("question",),
    )
    yes(
        "hi21_carter_half_session.eml",
        11,
        (1069, 1070),
        ("2026-08-03", "2026-08-10", "2026-08-17"),
        "2026-08-17 14:00",
        request_subject(1071),
        "Hello,\n\nconfirming Aug 3 and Aug 10. Today (Aug 17) we only did about half the"
        " session because my connection kept dropping, so please don't count that one as a"
        " full one.\n\nThanks,\nEmily",
        client="gmail",
        reply="cr-1071",
        style="gmail_en",
        staff=True,
        extra=("technical",),
    )
    yes(
        "hi22_carter_future_not_yet.eml",
        11,
        (1072, 1073),
        ("2026-08-24", "2026-08-31"),
        "2026-09-01 09:00",
        "Re: confirmation",
        "Aug 24 ✓\nAug 31 ✓\nSept 7 - not yet obviously, that's next Monday :)\n\nEmily Carter",
        client="gmail",
    )
    yes(
        "hi23_yildiz_vergessen.eml",
        12,
        (1075, 1076),
        ("2026-08-05", "2026-08-12"),
        "2026-08-27 11:00",
        request_subject(1078),
        "Hallo,\n5.8 ja telefon war. 12.8 auch ja. 26.8 nein, ich habe vergessen, mein"
        " handy war leise. tut mir leid.\nFatma Yildiz",
        client="webde",
        reply="cr-1078",
        style="webde",
        staff=True,
    )


def autumn() -> None:
    yes(
        "hi24_vogel_op_dienst.eml",
        13,
        (1082, 1084),
        ("2026-09-10", "2026-09-24"),
        "2026-09-24 09:00",
        request_subject(1084),
        "Bestätige 10.09. und 24.09. Der 17.09. entfiel meinerseits (OP-Dienst).\n\n"
        "Dr. M. Vogel\nVogel & Partner",
        client="outlook",
        reply="cr-1084",
        style="outlook_classic",
        staff=True,
    )
    yes(
        "hi25_lehmann_frueher_weg.eml",
        14,
        (1087, 1088),
        ("2026-09-08", "2026-09-15", "2026-09-22"),
        "2026-09-22 16:00",
        "Termine September",
        "Hallo zusammen,\n\n8.9. ✓\n15.9. ✓\n22.9. – nur halb, die Therapeutin musste früher"
        " weg (war aber abgesprochen)\n\nBeste Grüße\nAnna Lehmann",
        client="thunderbird",
        staff=True,
    )
    yes(
        "hi26_zimmermann_paket.eml",
        15,
        (1093, 1094),
        ("2026-10-05", "2026-10-12", "2026-10-19"),
        "2026-10-20 09:30",
        request_subject(1095),
        "Guten Morgen,\n\n5.10. und 12.10. ja, das passt. Gestern, am 19.10., haben wir nur kurz"
        " telefoniert, vielleicht 5 Minuten, dann hat der Paketbote geklingelt und danach kam"
        " ich nicht mehr durch.\n\nKlaus Zimmermann",
        reply="cr-1095",
        style="outlook",
        staff=True,
    )
    yes(
        "hi27_schaefer_steuertermin.eml",
        16,
        (1098, 1099),
        ("2026-10-07", "2026-10-14"),
        "2026-10-22 08:15",
        request_subject(1100),
        "Guten Morgen,\n\nMittwoch 7.10. ja, Mittwoch 14.10. ja. Den 21.10. musste ich leider"
        " ausfallen lassen, Mandantentermin ging länger.\n\nMit freundlichen Grüßen\n"
        "Birgit Schäfer\nSchäfer Steuerberatung",
        client="outlook",
        reply="cr-1100",
        style="outlook",
        staff=True,
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
    )
    yes(
        "hi28_jansen_erste_beiden.eml",
        17,
        (1104, 1105),
        ("2026-10-22", "2026-10-29", "2026-11-05"),
        "2026-11-05 13:00",
        request_subject(1106),
        "Hallo,\n\ndie ersten beiden Termine (22.10. und 29.10.) bestätige ich gerne. Den von"
        " heute (5.11.) kann ich nicht bestätigen, da ist die Verbindung nach 10 Minuten"
        " abgebrochen.\n\nOle Jansen",
        client="gmail",
        reply="cr-1106",
        style="gmail",
        staff=True,
    )
    yes(
        "hi29_nowak_liste.eml",
        19,
        (1116, 1117),
        ("2026-11-06", "2026-11-13"),
        "2026-11-21 10:00",
        "Behandlungen November",
        "Hallo,\n\nzur Abrechnung:\n- 06.11. stattgefunden\n- 13.11. stattgefunden (Vertretung,"
        " volle Zeit)\n- 20.11. ausgefallen, ich war nicht erreichbar\n\nDavid Nowak",
        staff=True,
    )
    yes(
        "hi30_hartmann_bus_verpasst.eml",
        20,
        (1120, 1122, 1123),
        ("2026-11-03", "2026-11-17", "2026-11-24"),
        "2026-11-24 18:30",
        request_subject(1123),
        "Hallöchen :)\n\nheute (24.11.) und letzte Woche am 17.11. hat alles stattgefunden, der"
        " allererste am 3.11. natürlich auch. Den 10.11. hab ich leider verpasst, saß im Bus"
        " fest ohne Netz.\n\nLG Leonie",
        client="webde",
        reply="cr-1123",
        style="webde",
        staff=True,
    )


def lookalikes() -> None:
    no(
        "hi31_yildiz_war_nicht_da.eml",
        12,
        ("other",),
        "2026-09-02 14:00",
        request_subject(1079),
        "Hallo,\nich kann nicht bestätigen, ich war nicht da heute. Ich war im krankenhaus mit"
        " meine mutter. Bitte neuer termin.\nFatma",
        client="webde",
        reply="cr-1079",
        style="webde",
    )
    no(
        "hi32_vogel_zaehlt_kurzes_telefonat.eml",
        13,
        ("question",),
        "2026-10-01 10:00",
        request_subject(1085),
        "Guten Morgen,\n\nheute (1.10.) hatten wir nur ein kurzes Telefonat von etwa 5 Minuten,"
        " weil die Videoverbindung nicht zustande kam. Zählt das als Behandlung? Falls ja,"
        " bestätige ich es gern.\n\nM. Vogel",
        client="outlook",
        reply="cr-1085",
        style="outlook",
        dates=("2026-10-01",),
    )
    no(
        "hi33_lehmann_abgebrochen_und_nichts.eml",
        14,
        ("technical",),
        "2026-10-06 14:00",
        "Probleme mit den Terminen",
        "Hallo,\n\nkurze Info: am 29.9. ist die Sitzung nach 10 Minuten abgebrochen (Bild"
        " eingefroren), und heute am 6.10. kam gar keine Verbindung zustande. Was machen wir"
        " da?\n\nAnna Lehmann",
        client="thunderbird",
        dates=("2026-09-29",),
    )
    no(
        "hi34_nowak_fever.eml",
        19,
        ("cancellation",),
        "2026-11-27 12:00",
        request_subject(1119, "Re"),
        "Hello,\n\nI can't confirm today's session (27 Nov), I wasn't there - I had a fever and"
        " stayed in bed. Sorry for not cancelling in time.\n\nDavid",
        reply="cr-1119",
        style="gmail_en",
    )
    no(
        "hi35_jansen_schwindelig.eml",
        17,
        ("other",),
        "2026-11-19 14:00",
        request_subject(1108),
        "Hallo,\n\nheute am 19.11. haben wir nach der Hälfte abgebrochen, mir wurde schwindelig."
        " Bitte nicht als ganze Stunde abrechnen. Geht schon wieder.\n\nOle",
        client="gmail",
        reply="cr-1108",
        style="gmail",
        bottom=True,
        dates=("2026-11-19",),
    )
    no(
        "hi36_aydin_morgen_nicht.eml",
        22,
        ("reschedule",),
        "2026-03-11 18:00",
        "Termin morgen",
        "Hallo, morgen 12.3 kann ich nicht, bitte verschieben auf andere tag diese woche?"
        " 19.3 passt wieder.\nMehmet",
    )
    no(
        "hi37_berger_keiner_angerufen.eml",
        24,
        ("other",),
        "2026-05-27 11:00",
        request_subject(1145),
        "Guten Tag,\n\nich kann den 27.5. nicht bestätigen, da hat keiner angerufen. Ich habe bis"
        " halb zehn neben dem Telefon gewartet.\n\nUrsula Berger",
        reply="cr-1145",
        style="outlook_classic",
    )
    no(
        "hi38_hoffmann_absage_1jun.eml",
        6,
        ("cancellation",),
        "2026-05-29 08:20",
        "Absage 1.6.",
        "Guten Tag,\n\nden Termin am Montag, 1.6., muss ich leider absagen (Geschäftsreise).\n"
        "Können wir stattdessen den Mittwoch, 3.6., nehmen?\n\nP. Hoffmann",
        client="outlook",
    )
    no(
        "hi39_wagner_nicht_gekommen.eml",
        21,
        ("other",),
        "2026-02-16 11:00",
        request_subject(1129),
        "Hallo,\n\nam 9.2. hab ich verschlafen, sorry. Und heute 16.2. kam die Therapeutin nicht"
        " in den Raum, ich hab 20 Minuten gewartet. Also leider beides nicht.\n\nSophie Wagner",
        reply="cr-1129",
        style="gmail",
    )
    no(
        "hi40_richter_both_together.eml",
        8,
        ("other",),
        "2026-06-23 19:00",
        "confirmation",
        "Hi, I'll confirm after tomorrow's session (24 June), both the 17th and 24th together,"
        " is that ok?\nJonas",
        client="iphone",
    )


def main() -> None:
    load_practice()
    early_year()
    spring()
    summer()
    autumn()
    lookalikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    from tools.corpus import blind_hi

    blind_hi.main()
