"""Blind set HE: partial confirmations and their look-alikes.

About thirty mails each confirm some sessions of the patient and, in the same mail, say of
another session that it was missed, cancelled, cut short, broken off, moved, still to come
or doubtful; the exception stands before, after, in the middle, in a list, in a subordinate
clause or in "alle außer ...", "bis auf ...", "except", "nur ... nicht". About ten more
replies under our confirmation request confirm nothing: the asked session was missed, cut
short, cancelled, doubted or held for someone else.

Labelled strictly: `confirmed` holds only the patient's own scheduled, not yet confirmed
sessions plainly held in full; a session cut short is among `dates` but not confirmed and
needs staff; missed, cancelled, moved and future sessions are neither.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_he")


def partial_german() -> None:
    yes("he01_krueger_alle_ausser_dritter.eml", 1, (1003, 1004), ("2026-01-27", "2026-02-03"),
        "2026-02-11 08:12", request_subject(1005),
        "Guten Morgen,\n\nich bestätige die Termine vom 27.01. und 03.02., die haben beide "
        "ganz normal stattgefunden. Gestern (10.02.) war ich leider nicht da, ich hatte den "
        "Termin völlig vergessen, tut mir leid. Bitte tragen Sie das entsprechend ein.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True, extra=("cancellation",),
        note="10.02. missed: not a date, not confirmed")  # fmt: skip
    yes("he02_becker_bis_auf_donnerstag.eml", 2, (1010, 1012), ("2026-02-02", "2026-02-09"),
        "2026-02-10 07:45", "Bestätigung Behandlungen",
        "Hallo,\n\nbis auf den Donnerstag (5.2.), den ich ja telefonisch abgesagt hatte, "
        "haben alle Termine stattgefunden: Montag 2.2. und Montag 9.2.\n\nGruß\nT. Becker",
        client="gmail", staff=True, extra=("cancellation",),
        note="5.2. cancelled by phone, still scheduled: staff enters it")  # fmt: skip
    yes("he03_demir_erster_ausfall_bekannt.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-04-02 19:30", request_subject(1022),
        "Hallo liebes Praxisteam,\n\ndie Termine am 18. und 25. März haben stattgefunden, "
        "der am 1. April ist ja ausgefallen (hatten wir so abgesprochen).\n\nLG Aylin",
        client="iphone", reply="cr-1022", style="iphone", staff=False,
        note="1 April is cancelled in the system already: nothing to do")  # fmt: skip
    yes("he04_wolff_abgebrochen.eml", 4, (1028,), ("2026-01-16", "2026-01-23"),
        "2026-01-24 10:05", request_subject(1029),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom "
        "16.01.2026. Die Behandlung am 23.01. wurde nach etwa zehn Minuten abgebrochen, weil "
        "die Telefonverbindung ständig weg war, und wir haben sie nicht fortgesetzt.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1029", style="tonline", staff=True, extra=("technical",),
        note="23.01. broken off and not resumed: a date, not confirmed")  # fmt: skip
    yes("he05_schulz_zweite_nicht.eml", 5, (1034, 1036), ("2026-04-16", "2026-04-30"),
        "2026-05-01 12:20", "Termine April",
        "Hallo,\n\nvon den drei Terminen im April kann ich den ersten (16.4.) und den "
        "dritten (30.4.) bestätigen, der zweite nicht, da war mein Kind krank und ich bin "
        "nicht rangegangen.\n\nMarie Schulz",
        client="thunderbird", staff=True, extra=("cancellation",),
        note="23.4. missed")  # fmt: skip
    yes("he06_hoffmann_gleicher_tag_zwei.eml", 6, (1040, 1041, 1042),
        ("2026-05-04", "2026-05-11", "2026-05-18"), "2026-05-19 06:50", request_subject(1043),
        "Guten Morgen,\n\n4.5., 11.5. und den Frühtermin am 18.5. bestätige ich. Den "
        "zweiten Termin am 18.5. mittags habe ich nur etwa halb geschafft, dann musste ich "
        "in eine Besprechung. Bitte nur die vollen abrechnen.\n\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="18.5. 12:30 cut short: not confirmed; 18.5. is a date anyway")  # fmt: skip
    yes("he07_popescu_lerner.eml", 7, (1046, 1048), ("2026-06-02", "2026-06-16"),
        "2026-06-17 09:10", request_subject(1048),
        "Guten Tag,\n\nich bestatige die Therapie am 2. Juni und am 16 Juni. Am 9 Juni "
        "ich habe kein Internet gehabt, darum nicht Termin. Entschuldigung.\n\n"
        "Mit freundliche Grüße\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("cancellation",),
        note="9 June missed (no internet)")  # fmt: skip
    yes("he08_richter_liste.eml", 8, (1051, 1052, 1054), ("2026-06-03", "2026-06-10", "2026-06-24"),
        "2026-06-25 21:40", "Bestätigung",
        "Hi,\n\nhier meine Bestätigungen:\n- 03.06. ok\n- 10.06. ok\n- 17.06. ausgefallen "
        "(hatte ich per Telefon abgesagt)\n- 24.06. ok\n\nJonas",
        client="apple", staff=True, extra=("cancellation",),
        note="17.06. cancelled by phone, still scheduled")  # fmt: skip
    yes("he09_neumann_unsicher.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-15 16:00", request_subject(1058),
        "Liebe Frau Therapeutin,\n\ndie Behandlungen am Dienstag, dem 7., und am "
        "Donnerstag, dem 9. Juli, haben stattgefunden. Ob wir gestern telefoniert haben, "
        "weiß ich ehrlich gesagt nicht mehr so genau, ich war den ganzen Tag beim Arzt. "
        "Können Sie bitte nachsehen?\n\nHerzliche Grüße\nGisela Neumann",
        client="plain", reply="cr-1058", style="thunderbird", staff=True, extra=("question",),
        note="14.7. (gestern) doubtful: not confirmed, not a date")  # fmt: skip
    yes("he10_brandt_verschoben.eml", 10, (1063, 1065), ("2026-07-03", "2026-07-17"),
        "2026-07-18 11:11", "Re: Termine Juli",
        "Moin,\n\nich bestätige 3.7. und 17.7. Den 10.7. hatten wir ja verschoben, einen "
        "Ersatztermin haben wir aber noch nicht ausgemacht.\n\nLukas Brandt",
        client="thunderbird", staff=True, extra=("reschedule",),
        note="10.7. moved, not held")  # fmt: skip
    yes("he11_yildiz_ausfall.eml", 12, (1075, 1076, 1078), ("2026-08-05", "2026-08-12", "2026-08-26"),
        "2026-08-27 08:30", request_subject(1078),
        "Hallo,\nich bestätige 5.8., 12.8. und 26.8. Am 19.8. war kein Termin, den hatten "
        "Sie ja abgesagt.\nFatma Yıldız",
        client="webde", reply="cr-1078", style="webde", staff=False,
        note="19.8. is cancelled in the system")  # fmt: skip
    yes("he12_vogel_formell_teilweise.eml", 13, (1082,), ("2026-09-10", "2026-09-17"),
        "2026-09-18 07:55", request_subject(1083),
        "Sehr geehrte Damen und Herren,\n\ndie Sitzung vom 10.09. bestätige ich. Die vom "
        "17.09. fand nur teilweise statt, da ich nach ca. 15 Minuten zu einem Notfall in "
        "die Kanzlei gerufen wurde. Ich bitte, dies bei der Abrechnung zu berücksichtigen."
        "\n\nMit freundlichen Grüßen\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Tel. 0211 555 1234",
        client="outlook", reply="cr-1083", style="outlook_classic", staff=True,
        note="17.09. partly held")  # fmt: skip
    yes("he13_lehmann_nur_nicht.eml", 14, (1087, 1089, 1090),
        ("2026-09-08", "2026-09-22", "2026-09-29"), "2026-09-30 13:40", "Termine September",
        "Hallo zusammen,\n\nalle Septembertermine haben stattgefunden, nur der am 15. nicht "
        "– da hatte ich Prüfung und hab vorher Bescheid gesagt (per Telefon, glaube ich "
        "Frau Meier).\n\nBeste Grüße\nAnna",
        client="gmail", staff=True, extra=("cancellation",),
        note="15.9. cancelled by phone")  # fmt: skip
    yes("he14_zimmermann_kurz.eml", 15, (1093, 1094), ("2026-10-05", "2026-10-12"),
        "2026-10-20 10:02", request_subject(1095),
        "5. und 12. Oktober ja. Gestern nicht, ich war nicht zuhause.\nK. Zimmermann",
        client="samsung", reply="cr-1095", style="samsung", staff=True, extra=("cancellation",),
        note="19.10. (gestern) missed")  # fmt: skip
    yes("he15_schaefer_firma.eml", 16, (1098, 1100), ("2026-10-07", "2026-10-21"),
        "2026-10-22 08:15", request_subject(1100),
        "Guten Morgen,\n\nich bestätige den 7. und den 21. Oktober. Der Termin am 14. fiel "
        "bei mir aus wegen Jahresabschluss – hatte ich das gemeldet? Falls nicht, bitte "
        "als abgesagt vermerken.\n\nBirgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", reply="cr-1100", style="outlook", staff=True, extra=("cancellation",),
        sender="b.schaefer@schaefer-steuerberatung.de",
        note="14.10. did not take place")  # fmt: skip
    yes("he16_jansen_ordinal.eml", 17, (1104, 1105), ("2026-10-22", "2026-10-29"),
        "2026-11-06 18:20", request_subject(1106),
        "Hey,\n\nder erste und der zweite Termin (22. und 29.10.) haben geklappt. Der "
        "dritte gestern lief nur zur Hälfte, dann ist mein Laptop abgestürzt und ich kam "
        "nicht mehr rein.\n\nOle",
        client="gmail", reply="cr-1106", style="gmail", staff=True, extra=("technical",),
        note="5.11. cut short: date, not confirmed")  # fmt: skip
    yes("he17_koch_aeltere_dame.eml", 18, (1109, 1110, 1112), ("2026-03-23", "2026-03-25", "2026-04-01"),
        "2026-04-02 10:40", "Behandlungen",
        "Sehr geehrte Damen und Herren\n\nIch bestätige Ihnen das die Behandlungen am "
        "Montag 23.3. Mittwoch 25.3. und Mittwoch 1.4. am Telefon stattgefunden haben. "
        "Am Montag den 30.3. war ich bei meiner Tochter und habe vergessen abzusagen.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", staff=True, extra=("cancellation",),
        note="30.3. missed")  # fmt: skip
    yes("he18_nowak_naechster_kommt.eml", 19, (1116, 1117), ("2026-11-06", "2026-11-13"),
        "2026-11-14 09:00", request_subject(1117),
        "Hallo, 06.11. und 13.11. fanden statt, danke. Die nächste Sitzung am 20.11. steht "
        "ja noch aus, dazu melde ich mich dann.\n\nDavid Nowak",
        client="plain", reply="cr-1117", style="thunderbird", bottom=True, staff=False,
        note="20.11. future: not a date")  # fmt: skip
    yes("he19_wagner_mitte.eml", 21, (1124, 1126), ("2026-01-12", "2026-01-26"),
        "2026-01-27 20:10", request_subject(1126),
        "Hallo,\n\ndie Stunde am 12.1. hat stattgefunden, die am 19.1. leider nicht (ich "
        "hab verschlafen, sorry!!), und die am 26.1. wieder ganz normal.\n\nLG Sophie",
        client="gmail", reply="cr-1126", style="gmail", staff=True, extra=("cancellation",),
        note="19.1. missed")  # fmt: skip
    yes("he20_aydin_lerner.eml", 22, (1130, 1132), ("2026-02-19", "2026-02-26", "2026-03-05"),
        "2026-03-06 13:15", request_subject(1132),
        "Hallo\n\nTermin 19.02 ja gemacht. Termin 26.02 nur 10 minuten weil ich muss zur "
        "arbeit, nicht fertig. Termin 05.03 ja gemacht komplett.\n\nDanke\nMehmet Aydın",
        client="samsung", reply="cr-1132", style="samsung", staff=True,
        note="26.02. cut short")  # fmt: skip
    yes("he21_berger_bis_auf_letzten.eml", 24, (1142, 1143, 1144), ("2026-05-06", "2026-05-13", "2026-05-20"),
        "2026-05-28 09:30", request_subject(1145),
        "Guten Morgen,\n\nich bestätige alle Mai-Termine bis auf den gestrigen – da hat "
        "niemand angerufen, ich habe bis halb zehn gewartet. Also 6., 13. und 20. Mai.\n\n"
        "Ursula Berger",
        client="webde", reply="cr-1145", style="webde", staff=True, extra=("question",),
        note="27.5. not held (no call): staff must look")  # fmt: skip
    yes("he22_krueger_spaeter_nachtrag.eml", 1, (1006, 1008), ("2026-02-17", "2026-03-03"),
        "2026-03-04 17:45", "Nachtrag Bestätigungen",
        "Hallo,\n\nich hänge etwas hinterher, sorry. Folgende Termine haben stattgefunden: "
        "17.2. und 3.3. Am 24.2. war ich im Urlaub, der ist – glaube ich – ausgefallen, bin "
        "mir aber nicht ganz sicher, ob wir ihn nicht doch verlegt hatten.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", staff=True, extra=("question",),
        note="24.2. unclear")  # fmt: skip
    yes("he23_becker_subordinate.eml", 2, (1013, 1015), ("2026-02-12", "2026-02-19"),
        "2026-02-20 18:30", request_subject(1015),
        "Bestätige 12.2. und 19.2., wobei der Montag dazwischen, an dem ich auf "
        "Dienstreise war, natürlich nicht stattfand.\n\nBecker\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1015", style="iphone", staff=True, extra=("cancellation",),
        note="16.2. did not take place")  # fmt: skip
    yes("he24_demir_april.eml", 3, (1024, 1026), ("2026-04-08", "2026-04-22"),
        "2026-04-23 07:10", request_subject(1026),
        "Guten Morgen!\n\n8.4. und 22.4. waren super, danke! Am 15. war ich krank und hab "
        "kurz vorher angerufen, das wisst ihr ja.\n\nAylin",
        client="iphone", reply="cr-1026", style="iphone", staff=True, extra=("cancellation",),
        note="15.4. cancelled by phone, still scheduled")  # fmt: skip
    yes("he25_neumann_woche.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-29 10:15", "Bestätigung letzte Woche",
        "Guten Tag,\n\nDienstag und Donnerstag letzte Woche haben wir telefoniert, das "
        "bestätige ich gern. Gestern musste ich nach zwanzig Minuten auflegen, weil es "
        "an der Tür geklingelt hat, und dann kam kein neuer Anruf mehr.\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="plain", staff=True,
        note="21.7./23.7. held; 28.7. cut short")  # fmt: skip
    yes("he26_brandt_heute.eml", 10, (1066,), ("2026-07-24",),
        "2026-08-07 18:05", request_subject(1068),
        "Hi,\n\nheute war ich nicht online, da hat mich die Arbeit festgehalten – bitte "
        "als ausgefallen eintragen. Den 24.7. kann ich bei der Gelegenheit noch "
        "bestätigen, der 31.7. ist doch ausgefallen wegen Ihrer Krankheit, oder?\n\nLukas",
        client="thunderbird", reply="cr-1068", style="thunderbird", staff=True,
        extra=("cancellation",), note="7.8. missed, 31.7. unclear")  # fmt: skip
    yes("he27_vogel_alle_ausser.eml", 13, (1084, 1086), ("2026-09-24", "2026-10-08"),
        "2026-10-09 06:40", "Bestätigung der Sitzungen",
        "Guten Morgen,\n\ndie Sitzungen seit dem 24.09. kann ich alle bestätigen, "
        "außer der vom 1. Oktober, also 24.09. und 08.10. Am 1.10. bin ich kurz vorher ausgefallen, "
        "das sollte abgesagt werden.\n\nMfG\nM. Vogel",
        client="outlook", staff=True, extra=("cancellation",),
        note="1.10. not held")  # fmt: skip
    yes("he28_hartmann_verlegt.eml", 20, (1120, 1122), ("2026-11-03", "2026-11-17"),
        "2026-11-18 19:05", request_subject(1122),
        "Hallo :)\n\ngestern hat alles geklappt und am 3.11. auch. Den Termin am 10. "
        "hatten wir ja auf einen anderen Tag verlegt, der hat dann aber gar nicht "
        "stattgefunden, glaube ich? Bitte nochmal checken.\n\nLiebe Grüße\nLeonie",
        client="gmail", reply="cr-1122", style="gmail", staff=True, extra=("question",),
        note="10.11. moved, unclear")  # fmt: skip
    yes("he29_berger_juni.eml", 24, (1147,), ("2026-06-10",),
        "2026-06-10 11:30", request_subject(1147),
        "Heute hat es geklappt, vielen Dank. Letzte Woche Mittwoch (3.6.) hatte ich ja "
        "abgesagt, ich hoffe, das ist angekommen.\n\nU. Berger",
        client="webde", reply="cr-1147", style="webde", staff=True, extra=("cancellation",),
        note="3.6. cancelled by patient, still scheduled")  # fmt: skip


def partial_english() -> None:
    yes("he30_carter_except.eml", 11, (1069, 1071), ("2026-08-03", "2026-08-17"),
        "2026-08-18 08:05", request_subject(1071),
        "Hi there,\n\nI can confirm all my sessions so far except the one on 10 August - I "
        "was travelling and couldn't join. So: 3 August and 17 August took place.\n\n"
        "Best,\nEmily",
        client="gmail_en", reply="cr-1071", style="gmail_en", staff=True,
        extra=("cancellation",), note="10 Aug missed")  # fmt: skip
    yes("he31_oneill_cut_short.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21", "2026-04-28"),
        "2026-04-29 08:20", request_subject(1138),
        "Hello,\n\nThe calls on 14th and 21st April went ahead as planned, please take "
        "this as my confirmation. Yesterday's was cut short after about a quarter of an "
        "hour as I had a work emergency, so I don't think that one should count in full.\n\n"
        "Kind regards,\nJames O'Neill",
        client="outlook", reply="cr-1138", style="outlook_en", staff=True,
        note="28 Apr cut short")  # fmt: skip
    yes("he32_carter_second_not.eml", 11, (1072, 1074), ("2026-08-24", "2026-09-07"),
        "2026-09-07 14:00", "sessions",
        "hi, quick one: 24 Aug and today both done. the one in between (31st) didn't "
        "happen, my fault, sorry!\nemily",
        client="iphone", staff=True, extra=("cancellation",),
        note="31 Aug missed")  # fmt: skip
    yes("he33_oneill_list_may.eml", 23, (1139, 1141), ("2026-05-05", "2026-05-19"),
        "2026-05-20 07:50", "Confirmation May sessions",
        "Good morning,\n\nFor your records:\n5 May - held\n12 May - did not take place "
        "(I cancelled by phone that afternoon)\n19 May - held\n\nMany thanks,\nJames",
        client="outlook", staff=True, extra=("cancellation",),
        note="12 May cancelled by phone")  # fmt: skip


def look_alikes() -> None:
    no("he34_krueger_nicht_stattgefunden.eml", 1, ("cancellation",), "2026-02-24 15:30",
       request_subject(1007),
       "Hallo,\n\nden Termin heute kann ich leider nicht bestätigen, ich war nicht "
       "eingeloggt, weil ich im Stau stand. Tut mir leid.\n\nSabine Krüger",
       client="webde", reply="cr-1007", style="webde",
       note="asked session missed")  # fmt: skip
    no("he35_wolff_abgebrochen_nur.eml", 4, ("other",), "2026-02-13 16:00",
       request_subject(1032),
       "Guten Tag,\n\ndie Behandlung heute wurde nach ein paar Minuten beendet, weil ich "
       "starke Schmerzen hatte. Ich bin nicht sicher, ob Sie das so abrechnen können.\n\n"
       "H.-J. Wolff",
       client="tonline", reply="cr-1032", style="tonline", dates=("2026-02-13",),
       note="cut short: a date, no confirmation")  # fmt: skip
    no("he36_schulz_fuer_tochter.eml", 5, ("other",), "2026-05-07 17:30",
       request_subject(1037),
       "Hallo,\n\nkleine Korrektur: heute war eigentlich meine Tochter Marie an der Reihe, "
       "aber es hat sich meine andere Tochter Lena eingeloggt, weil Marie bei einer "
       "Freundin war. Ich weiß nicht, wie Sie das handhaben.\n\nKatrin Schulz",
       client="thunderbird", reply="cr-1037", style="thunderbird", name="Katrin Schulz",
       note="held for someone else")  # fmt: skip
    no("he37_popescu_nicht_sicher.eml", 7, ("question",), "2026-06-25 20:00",
       request_subject(1049),
       "Hallo,\n\nich bin nicht sicher ob war Termin am 23 Juni. Ich habe gewartet aber "
       "Video war schwarz. War das Termin oder nicht?\n\nElena",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="doubtful")  # fmt: skip
    no("he38_jansen_abgesagt.eml", 17, ("cancellation",), "2026-11-12 12:10",
       request_subject(1107),
       "Hi, heute war ich raus, ich konnte leider nicht – Fieber. Den Termin bitte nicht "
       "abrechnen.\nOle",
       client="gmail", reply="cr-1107", style="gmail",
       note="cancels the asked session")  # fmt: skip
    no("he39_zimmermann_telefon.eml", 15, ("cancellation",), "2026-11-03 09:00",
       request_subject(1097),
       "Guten Tag,\n\nich hatte gestern früh angerufen und abgesagt, die Behandlung fand "
       "also nicht statt.\n\nKlaus Zimmermann",
       client="plain", reply="cr-1097", style="thunderbird", bottom=True,
       note="cancelled by phone")  # fmt: skip
    no("he40_carter_half.eml", 11, ("technical",), "2026-08-31 14:25",
       request_subject(1073),
       "Hi,\n\ntoday's session only lasted about ten minutes before the video froze and "
       "we couldn't reconnect. Could we make up the rest some time?\n\nEmily",
       client="gmail_en", reply="cr-1073", style="gmail_en", dates=("2026-08-31",),
       note="cut short")  # fmt: skip
    no("he41_aydin_frau.eml", 22, ("other",), "2026-03-12 15:40",
       request_subject(1133),
       "Hallo\n\nheute nicht ich war am Telefon, meine Frau hat gesprochen mit Therapeut "
       "weil ich war bei Arbeit. Ist das okay?\n\nMehmet",
       client="samsung", reply="cr-1133", style="samsung",
       note="someone else took the call")  # fmt: skip
    no("he42_wagner_vergessen.eml", 21, ("question",), "2026-02-20 22:15",
       request_subject(1129),
       "Hey,\n\nhatten wir am Montag überhaupt Termin? Ich hab irgendwie nichts mitbekommen "
       "und bin mir echt unsicher.\n\nSophie",
       client="gmail", reply="cr-1129", style="gmail",
       note="doubted")  # fmt: skip
    no("he43_schaefer_verschoben.eml", 16, ("reschedule",), "2026-11-05 08:00",
       request_subject(1102),
       "Guten Morgen,\n\nder Termin gestern hat nicht stattgefunden, wir hatten ihn doch "
       "auf Freitag verschoben? Bitte geben Sie mir kurz Bescheid, wann genau.\n\n"
       "Birgit Schäfer",
       client="outlook", reply="cr-1102", style="outlook",
       note="moved, not held")  # fmt: skip


def main() -> None:
    load_practice()
    partial_german()
    partial_english()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
