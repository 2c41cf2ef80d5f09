"""Blind set IA: partial confirmations, written freshly once more.

41 patient mails against the practice snapshot in tests/data/corpus/practice.toml. Thirty
confirm some of the patient's sessions and, in the same mail, say of another of their
sessions that it did not take place, took place only partly, was cut short, was moved to
another day, was someone else's, or is doubtful - at every place of the mail (first line,
middle, PS, a list, a parenthesis, a subordinate clause, after "aber", "außer", "bis auf",
"ausgenommen", "except", "apart from", "nur nicht", "alle anderen schon") and naming the
day every way (date, weekday, "heute", "gestern", "letzte Woche", "der erste", "der
davor"). Eleven look-alikes under our confirmation request confirm nothing: the asked
session was missed, cut short, doubted, already cancelled, or someone else's.

Labelled strictly, as a careful practice employee would record them: `confirmed` holds
only the patient's own scheduled, not yet confirmed sessions the mail plainly names as held
in full; a session cut short is among `dates` but not confirmed and needs staff; a day a
session was moved to is among `dates` and needs staff; days of missed, cancelled,
doubted or other people's sessions are not among `dates`. A mail needs staff whenever it
leaves something to enter, look up or answer; a confirmation whose other session is
already cancelled in the practice's calendar is a plain confirmation.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_ia")


def krueger_and_becker() -> None:
    yes(
        "ia01_krueger_zwei_ja_eins_krank.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-10 18:20", request_subject(1005),
        "Hallo liebes Praxisteam,\n\n"
        "die Behandlung heute am 10.02. hat stattgefunden, die vom 03.02. auch.\n"
        "Nur die am 27.01. nicht, da lag ich mit Fieber im Bett und hab's verschwitzt "
        "abzusagen. Sorry!\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True,
        note="27.01. (1003) did not take place: a no-show to enter",
    )  # fmt: skip
    yes(
        "ia02_krueger_erst_ausfall_dann_ja.eml", 1, (1008,), ("2026-03-03",),
        "2026-03-03 13:05", request_subject(1008),
        "Der Termin letzte Woche ist leider ausgefallen, die Therapeutin kam nicht in den "
        "Raum, ich hab 20 Minuten gewartet und dann aufgegeben.\n"
        "Heute, 3.3., war dafür alles bestens, das bestätige ich gern.\n\n"
        "LG Sabine",
        client="webde", reply="cr-1008", style="webde", staff=True,
        note="denies 24.02. (1007) first, confirms 03.03. after",
    )  # fmt: skip
    yes(
        "ia03_becker_montag_heute_donnerstag_kurz.eml", 2, (1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"),
        "2026-02-12 20:02", request_subject(1013),
        "Guten Abend,\n\n"
        "Montag und heute ja, beide volle Länge. Der am Donnerstag letzte Woche war nach "
        "zehn Minuten vorbei, weil mein Handyakku leer war - den bitte nicht als ganze "
        "Behandlung abrechnen.\n\n"
        "Gruß\nThomas Becker",
        client="gmail", reply="cr-1013", style="gmail", staff=True,
        note="Monday = 09.02., heute = 12.02.; Thursday last week (05.02.) cut short",
    )  # fmt: skip
    no(
        "ia04_becker_niemand_angerufen.eml", 2, ("question",),
        "2026-02-23 19:15", request_subject(1016),
        "Hallo,\n\nheute hat mich niemand angerufen. Ich hatte das Telefon neben mir liegen "
        "und hab bis kurz nach sechs gewartet. Was ist da schiefgelaufen? Bestätigen kann "
        "ich so natürlich nichts.\n\nT. Becker",
        client="gmail", reply="cr-1016", style="gmail",
        note="the asked session (1016) did not take place",
    )  # fmt: skip


def demir_and_wolff() -> None:
    yes(
        "ia05_demir_drei_ja_ostern_abgesagt.eml", 3, (1021, 1022, 1024),
        ("2026-03-18", "2026-03-25", "2026-04-08"),
        "2026-04-08 11:40", request_subject(1024),
        "Hallo,\n\nhiermit bestätige ich die Behandlungen am 18.03., 25.03. und heute am "
        "08.04. Am 1.4. war ja keine (wegen Ostern abgesagt).\n\n"
        "Liebe Grüße\nAylin Demir",
        client="gmail", reply="cr-1024", style="gmail",
        note="01.04. (1023) is cancelled in the calendar already: a plain confirmation",
    )  # fmt: skip
    yes(
        "ia06_demir_kurz_halb.eml", 3, (1026,), ("2026-04-15", "2026-04-22"),
        "2026-04-22 10:12", request_subject(1026),
        "22.4. ja ✓\n15.4. nur halb, Internet weg nach 15 min\n\nAylin\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1026", style="iphone", staff=True,
        note="15.04. (1025) only half: among dates, not confirmed",
    )  # fmt: skip
    yes(
        "ia07_wolff_ausgenommen_der_23.eml", 4, (1028, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"),
        "2026-01-30 17:48", request_subject(1030),
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich die telefonischen Behandlungen vom 16. Januar, 23. Januar "
        "und 30. Januar 2026, ausgenommen den 23., an dem Ihre Therapeutin nach gut der "
        "Hälfte der Zeit abbrechen musste (ein Notfall in der Familie, wie sie sagte).\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1030", style="tonline", staff=True,
        note="23.01. (1029) cut short by the therapist",
    )  # fmt: skip
    no(
        "ia08_wolff_anruf_verpasst.eml", 4, ("other",),
        "2026-02-20 16:30", request_subject(1033),
        "Guten Tag,\n\nden Anruf heute habe ich leider verpasst, ich war noch beim "
        "Hausarzt im Wartezimmer, da hatte ich das Handy leise. Als ich um halb drei drauf "
        "geschaut habe, war es zu spät. Bitte diesen Termin nicht abrechnen.\n\n"
        "Hochachtungsvoll\nH.-J. Wolff",
        client="tonline", reply="cr-1033", style="tonline",
        note="the asked session (1033) was missed",
    )  # fmt: skip


def schulz_and_hoffmann() -> None:
    yes(
        "ia09_schulz_mutter_bis_auf_23.eml", 5, (1034, 1036),
        ("2026-04-16", "2026-04-23", "2026-04-30"),
        "2026-04-30 18:55", request_subject(1036),
        "Hallo,\n\nMarie war am 16.4., am 23.4. und heute dabei, bis auf den 23. jeweils "
        "die ganze Zeit - da ist die Verbindung nach der Hälfte abgebrochen und wir haben "
        "sie nicht mehr hinbekommen.\n\nLG Katrin Schulz (Mama)",
        client="iphone", reply="cr-1036", style="iphone", staff=True, name="K. Schulz",
        note="the mother writes; 23.04. (1035) broke off halfway",
    )  # fmt: skip
    yes(
        "ia10_hoffmann_mittag_ja_frueh_nein.eml", 6, (1043,), ("2026-05-18",),
        "2026-05-18 15:40", request_subject(1043),
        "Guten Tag,\n\ndie MT heute Mittag hat stattgefunden. Die KGG heute früh um 7:30 "
        "dagegen nicht - ich habe schlicht verschlafen, Entschuldigung.\n\n"
        "Beste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="two sessions on 18.05.: MT (1043) held, KGG (1042) missed",
    )  # fmt: skip
    yes(
        "ia11_hoffmann_dienstag_meeting.eml", 6, (1045,), ("2026-05-26", "2026-06-01"),
        "2026-06-01 09:50", request_subject(1045),
        "Hallo,\n\nheute (1.6.) ja.\n\nLetzte Woche Dienstag musste ich nach 20 Minuten in "
        "ein Meeting, das bitte nur anteilig oder gar nicht berechnen, wie Sie das "
        "handhaben.\n\nPeter Hoffmann\nHoffmann Logistik GmbH\nTel. 0211 4471203",
        client="outlook", reply="cr-1045", style="outlook_classic", staff=True,
        note="Tuesday last week = 26.05. (1044), cut short",
    )  # fmt: skip


def popescu_and_richter() -> None:
    yes(
        "ia12_popescu_erste_nur_telefon.eml", 7, (1047, 1048),
        ("2026-06-02", "2026-06-09", "2026-06-16"),
        "2026-06-16 14:25", request_subject(1048),
        "Guten Tag,\n\nich bestatige Behandlung am 16.06. und am 09.06.\n"
        "Die erste am 02.06. war nicht richtig, meine Kamera kaputt, wir haben nur 10 "
        "Minuten telefoniert.\n\nDanke\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True,
        note="learner's German; 02.06. (1046) only ten minutes by phone",
    )  # fmt: skip
    yes(
        "ia13_richter_der_davor_verpennt.eml", 8, (1053,), ("2026-06-17",),
        "2026-06-17 21:10", request_subject(1053),
        "Moin, 17.6. hat geklappt 👍 der davor eher nicht so, Therapeut war da, ich "
        "nicht, hab's verpennt. Sorry!!\n\nJonas",
        client="iphone", reply="cr-1053", style="iphone", staff=True,
        note="der davor = 10.06. (1052), missed",
    )  # fmt: skip
    yes(
        "ia14_richter_ausser_schwindel.eml", 8, (1054,), ("2026-06-24", "2026-07-01"),
        "2026-07-01 20:45", request_subject(1055),
        "Bestätige 24.06. und 01.07. - außer dass wir heute schon nach einer Viertelstunde "
        "aufgehört haben, weil mir schwindlig wurde. Geht inzwischen wieder.\n\n"
        "Gruß Jonas Richter",
        client="apple", reply="cr-1055", style="iphone", bottom=True, staff=True,
        note="bottom posted; 01.07. (1055) stopped after 15 minutes",
    )  # fmt: skip


def neumann_and_brandt() -> None:
    yes(
        "ia15_neumann_alle_anderen_schon.eml", 9, (1056, 1057, 1059, 1060),
        ("2026-07-07", "2026-07-09", "2026-07-16", "2026-07-21"),
        "2026-07-21 11:30", request_subject(1060),
        "Liebe Praxis,\n\nnur am Dienstag, dem 14.7., hat das Telefon nicht geklingelt, "
        "alle anderen schon (7.7., 9.7., 16.7. und heute, 21.7.). Vielleicht hatten Sie an "
        "dem Tag eine falsche Nummer? Ich bin unter 030 5512 887 erreichbar.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", reply="cr-1060", staff=True,
        note="14.07. (1058) did not take place; the others named are confirmed",
    )  # fmt: skip
    yes(
        "ia16_neumann_leitung_schlecht.eml", 9, (1062,), ("2026-07-23", "2026-07-28"),
        "2026-07-28 12:05", request_subject(1062),
        "Guten Tag,\n\nheute ja, das war gut. Am Donnerstag war es ja nicht ganz, da war "
        "die Leitung so schlecht, dass wir nach der Hälfte aufgehört haben, wie Sie "
        "wissen.\n\nGisela Neumann",
        client="plain", reply="cr-1062", style="thunderbird", staff=True,
        note="Thursday = 23.07. (1061), stopped halfway",
    )  # fmt: skip
    yes(
        "ia17_brandt_liste_mit_kreuz.eml", 10, (1063, 1064, 1066),
        ("2026-07-03", "2026-07-10", "2026-07-24"),
        "2026-07-24 19:30", request_subject(1066),
        "Hallo,\n\nzur Sicherheit einmal alle bisherigen:\n\n"
        "- 03.07. ✔\n- 10.07. ✔\n- 17.07. ✘ (von mir telefonisch abgesagt)\n- 24.07. ✔\n\n"
        "Grüße\nLukas Brandt",
        client="thunderbird", reply="cr-1066", style="thunderbird", staff=True,
        note="17.07. (1065) cancelled by phone but still scheduled: to enter",
    )  # fmt: skip


def carter_and_yildiz() -> None:
    yes(
        "ia18_carter_apart_from_the_10th.eml", 11, (1069, 1071),
        ("2026-08-03", "2026-08-10", "2026-08-17"),
        "2026-08-17 16:20", request_subject(1071, "Re"),
        "Hi,\n\nconfirming today's session (17 Aug) and the one on the 3rd. Apart from the "
        "10th - I had to drop off after about 15 minutes because of a work call, so please "
        "don't count that as a full session.\n\nBest,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True,
        note="10.08. (1070) cut short",
    )  # fmt: skip
    no(
        "ia19_carter_nobody_joined.eml", 11, ("question",),
        "2026-08-31 15:05", request_subject(1073, "Re"),
        "Hi there,\n\nI don't think today's session actually happened? I was in the video "
        "room from 12:00 until about 12:20 and nobody joined. Could you check on your end "
        "before anything is billed?\n\nThanks,\nEmily Carter",
        client="gmail", reply="cr-1073", style="gmail_en",
        note="the asked session (1073) did not happen",
    )  # fmt: skip
    yes(
        "ia20_yildiz_letzte_woche_die_davor.eml", 12, (1076, 1078),
        ("2026-08-12", "2026-08-26"),
        "2026-08-26 13:15", request_subject(1078),
        "Hallo,\n\nheute hat geklappt. Letzte Woche war ja abgesagt, und die davor haben "
        "wir auch gemacht.\n\nGrüße\nFatma Yıldız",
        client="webde", reply="cr-1078", style="webde",
        note="heute = 26.08., letzte Woche = 19.08. (1077, cancelled already), "
        "die davor = 12.08.",
    )  # fmt: skip


def vogel_lehmann_zimmermann() -> None:
    yes(
        "ia21_vogel_verlegt_auf_freitag.eml", 13, (1082, 1084),
        ("2026-09-10", "2026-09-18", "2026-09-24"),
        "2026-09-24 09:10", request_subject(1084),
        "Sehr geehrte Damen und Herren,\n\nfür Ihre Unterlagen: Die Termine am 10.09. und "
        "am 24.09. haben stattgefunden. Der Termin am 17.09. wurde auf meinen Wunsch auf "
        "Freitag, 18.09., 7:00 Uhr verlegt und hat dann dort stattgefunden - ich bitte, "
        "das entsprechend zu vermerken.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte",
        client="outlook", reply="cr-1084", style="outlook", staff=True,
        note="17.09. (1083) moved to 18.09., a day with no appointment",
    )  # fmt: skip
    yes(
        "ia22_lehmann_nicht_sicher_am_22.eml", 14, (1087, 1088, 1090),
        ("2026-09-08", "2026-09-15", "2026-09-29"),
        "2026-09-29 16:40", request_subject(1090),
        "Hallo,\n\nja, heute (29.9.) hat stattgefunden. Bei der am 22. bin ich mir ehrlich "
        "gesagt nicht mehr sicher, ob wir die gemacht haben oder ob ich an dem Tag in der "
        "Klausur saß - können Sie das bei sich nachsehen? Die vom 15.9. und 8.9. auf "
        "jeden Fall.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1090", style="thunderbird", staff=True,
        extra=("question",), note="22.09. (1089) doubtful",
    )  # fmt: skip
    no(
        "ia23_lehmann_dachte_verschoben.eml", 14, ("question",),
        "2026-10-13 17:20", request_subject(1092),
        "Hallo,\n\nheute war ich nicht online - der Termin war doch auf Donnerstag "
        "verschoben, oder? So hatte ich das am Telefon jedenfalls verstanden. Bitte kurz "
        "Bescheid geben.\n\nAnna",
        client="thunderbird", reply="cr-1092", style="thunderbird",
        note="the asked session (1092) did not take place; the move is unclear",
    )  # fmt: skip
    yes(
        "ia24_zimmermann_krankenhaus_vergessen.eml", 15, (1093, 1095),
        ("2026-10-05", "2026-10-19"),
        "2026-10-19 14:50", request_subject(1095),
        "Hallo,\n\nbestätige die Termine vom 05.10. und 19.10. Am 12.10. hat es nicht "
        "geklappt (ich war zur Kontrolle im Krankenhaus und hatte vergessen, Bescheid zu "
        "sagen, tut mir leid).\n\nGruß K. Zimmermann",
        client="plain", reply="cr-1095", style="thunderbird", staff=True,
        note="12.10. (1094) missed",
    )  # fmt: skip
    no(
        "ia25_zimmermann_doch_abgesagt.eml", 15, ("question",),
        "2026-10-26 15:30", request_subject(1096),
        "Guten Tag,\n\nSie schreiben, ich soll die Behandlung vom 26.10. bestätigen - die "
        "hatte ich doch letzte Woche abgesagt?! Bitte prüfen Sie das, nicht dass da was "
        "abgerechnet wird.\n\nKlaus Zimmermann",
        client="plain", reply="cr-1096", style="thunderbird",
        note="the asked session (1096) is cancelled",
    )  # fmt: skip
    no(
        "ia26_zimmermann_zehn_minuten.eml", 15, ("other",),
        "2026-11-02 13:10", request_subject(1097),
        "Hallo,\n\nheute waren es nur zehn Minuten, dann musste die Therapeutin auflegen. "
        "Sie wollte zurückrufen, hat sie aber nicht. Als ganze Behandlung kann ich das "
        "nicht bestätigen.\n\nK. Zimmermann",
        client="plain", reply="cr-1097", style="thunderbird", dates=("2026-11-02",),
        note="the asked session (1097) cut short after ten minutes",
    )  # fmt: skip


def schaefer_and_jansen() -> None:
    yes(
        "ia27_schaefer_buero_ps_ausgefallen.eml", 16, (1099, 1101),
        ("2026-10-14", "2026-10-28"),
        "2026-10-29 08:35", request_subject(1101),
        "Guten Morgen,\n\nkurz aus dem Büro: die Termine am 14.10. und gestern Abend haben "
        "stattgefunden.\n\nBirgit Schäfer\n\n"
        "PS: Der 21.10. ist ausgefallen, das hatte ich telefonisch abgesagt, steht bei "
        "Ihnen aber vielleicht noch drin.",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        client="outlook", reply="cr-1101", style="outlook", staff=True,
        note="second registered address; gestern = 28.10.; PS: 21.10. (1100) cancelled "
        "by phone, still scheduled",
    )  # fmt: skip
    yes(
        "ia28_schaefer_gestern_laptop.eml", 16, (1103,), ("2026-11-04", "2026-11-11"),
        "2026-11-12 07:25", request_subject(1103),
        "Hallo,\n\ndie Behandlung gestern hat stattgefunden. Die letzte Woche war nur ein "
        "Teil, weil mein Laptop abgestürzt ist und wir nach ca. 20 min abbrechen mussten.\n\n"
        "VG Birgit Schäfer",
        client="webde", reply="cr-1103", style="webde", staff=True,
        note="gestern = 11.11.; letzte Woche = 04.11. (1102), cut short",
    )  # fmt: skip
    yes(
        "ia29_jansen_nur_die_zwei.eml", 17, (1104, 1106), ("2026-10-22", "2026-11-05"),
        "2026-11-05 12:30", request_subject(1106),
        "Hi,\n\n22.10. und 5.11. fanden statt. Am 29.10. war ich gar nicht da, hatte ich "
        "euch aber vorher per Mail gesagt. Also nur die zwei.\n\nOle",
        client="gmail", reply="cr-1106", style="gmail", staff=True,
        note="29.10. (1105) missed, still scheduled",
    )  # fmt: skip


def koch_and_nowak() -> None:
    yes(
        "ia30_koch_heute_nicht_drei_davor.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"),
        "2026-04-01 18:10", request_subject(1112),
        "Guten Tag,\n\nheute (1.4.) hat es leider nicht geklappt, ich hatte Besuch und habe "
        "das Telefon nicht gehört. Die Behandlungen am Montag 23.3., Mittwoch 25.3. und "
        "Montag 30.3. haben aber stattgefunden.\n\nMfG\nRenate Koch",
        client="tonline", reply="cr-1112", style="tonline", staff=True,
        note="the asked 01.04. (1112) missed; the three before confirmed",
    )  # fmt: skip
    yes(
        "ia31_nowak_frau_hat_link_benutzt.eml", 19, (1116, 1118),
        ("2026-11-06", "2026-11-20"),
        "2026-11-20 10:45", request_subject(1118),
        "hi, 6.11. und heute ja. 13.11. war nicht ich, sondern meine frau hat den link "
        "benutzt (sie hat das gleiche problem mit der schulter) - das müssen wir wohl "
        "noch klären.\n\ngruß david",
        client="plain", reply="cr-1118", style="thunderbird", staff=True,
        note="13.11. (1117) was someone else's session",
    )  # fmt: skip
    no(
        "ia32_nowak_bruder_war_dran.eml", 19, ("other", "question"),
        "2026-11-27 11:00", request_subject(1119),
        "Hallo,\n\ndie Sitzung heute war nicht mit mir, mein Bruder Markus hat den Termin "
        "wahrgenommen, ich lag flach. Er ist auch bei Ihnen in Behandlung. Können Sie das "
        "auf ihn umbuchen?\n\nDavid Nowak",
        client="plain", reply="cr-1119", style="thunderbird",
        note="the asked session (1119) was someone else's",
    )  # fmt: skip


def hartmann_wagner_aydin() -> None:
    yes(
        "ia33_hartmann_der_erste_nur_kennenlernen.eml", 20, (1121, 1122),
        ("2026-11-03", "2026-11-10", "2026-11-17"),
        "2026-11-17 19:40", request_subject(1122),
        "Hallo!\n\nHeute hat super geklappt :) Der am 10. war auch ganz normal. Der erste "
        "zählt aber glaub ich nicht richtig, da hatten wir ja nur ca. 10 Minuten "
        "Kennenlernen und die Formulare besprochen.\n\nLiebe Grüße\nLeonie",
        client="webde", reply="cr-1122", style="webde", staff=True,
        note="der erste = 03.11. (1120), about ten minutes",
    )  # fmt: skip
    yes(
        "ia34_wagner_therapeutin_krank.eml", 21, (1126, 1128, 1129),
        ("2026-01-26", "2026-02-09", "2026-02-16"),
        "2026-02-16 12:20", request_subject(1129),
        "Hallo,\n\nhiermit bestätige ich: 26.01., 09.02. und 16.02.\n"
        "Der Termin am 19.01. hat nicht stattgefunden, weil die Therapeutin krank war (Sie "
        "hatten mir morgens eine SMS geschickt). Der 2.2. war ja sowieso abgesagt.\n\n"
        "Sophie Wagner",
        client="webde", reply="cr-1129", style="webde", staff=True,
        note="19.01. (1125) not held but still scheduled; 02.02. (1127) cancelled",
    )  # fmt: skip
    yes(
        "ia35_aydin_letzte_donnerstag.eml", 22, (1132, 1133),
        ("2026-02-26", "2026-03-05", "2026-03-12"),
        "2026-03-12 16:05", request_subject(1133),
        "Hallo,\n\nTermin heute ok, letzte Donnerstag auch ok. Aber 26.02 war nur kurz "
        "(ich war auf Arbeit, musste auflegen).\n\nMfg Mehmet Aydin",
        client="outlook", reply="cr-1133", style="outlook", staff=True,
        note="letzte Donnerstag = 05.03.; 26.02. (1131) short",
    )  # fmt: skip
    no(
        "ia36_aydin_krank_neuer_termin.eml", 22, ("other", "reschedule"),
        "2026-03-26 18:30", request_subject(1135),
        "Hallo, heute nicht stattgefunden, ich war krank. Nächste Woche bitte neue "
        "Termin.\n\nMehmet",
        client="outlook", reply="cr-1135", style="outlook",
        note="the asked session (1135) missed",
    )  # fmt: skip


def oneill_and_berger() -> None:
    yes(
        "ia37_oneill_except_the_28th.eml", 23, (1137, 1139), ("2026-04-21", "2026-05-05"),
        "2026-05-05 22:15", request_subject(1139, "RE"),
        "Hello,\n\nthe 28th didn't happen - I was travelling and forgot to let you know, "
        "apologies. I can confirm every session since the 21st except that one, i.e. "
        "21 April and tonight (5 May).\n\nKind regards,\nJames O'Neill",
        client="outlook", reply="cr-1139", style="outlook_en", staff=True,
        note="denies 28.04. (1138) first",
    )  # fmt: skip
    no(
        "ia38_oneill_line_dropped.eml", 23, ("other", "reschedule"),
        "2026-05-19 22:40", request_subject(1141, "RE"),
        "Hi,\n\ntonight's call was cut short - we only had about 15 minutes before the line "
        "dropped and I couldn't get back through. Can we make up the rest next week?\n\n"
        "James",
        client="outlook", reply="cr-1141", style="outlook_en", dates=("2026-05-19",),
        note="the asked session (1141) cut short",
    )  # fmt: skip
    yes(
        "ia39_berger_nur_nicht_verschoben.eml", 24, (1143, 1144, 1145),
        ("2026-05-08", "2026-05-13", "2026-05-20", "2026-05-27"),
        "2026-05-27 11:35", request_subject(1145),
        "Guten Tag,\n\ndie Behandlung am 27.05. fand statt, ebenso am 13.05. und 20.05. Nur "
        "nicht am 06.05., den hatte ich mit Ihrer Kollegin auf Freitag, den 08.05., "
        "verschoben, und da fand er dann statt.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="samsung", reply="cr-1145", style="samsung", staff=True,
        note="06.05. (1142) moved to 08.05., a day with no appointment",
    )  # fmt: skip


def late_look_alikes() -> None:
    no(
        "ia40_krueger_kaum_verstanden.eml", 1, ("technical",),
        "2026-02-17 14:10", request_subject(1006),
        "Hallo,\n\nich weiß nicht, ob ich das so bestätigen kann. Wir hatten heute zwar "
        "eine Verbindung, aber die Therapeutin hat mich kaum verstanden und nach ein paar "
        "Minuten haben wir abgebrochen und gesagt, wir machen nächste Woche weiter.\n\n"
        "Sabine Krüger",
        client="webde", reply="cr-1006", style="webde", dates=("2026-02-17",),
        note="the asked session (1006) broken off after a few minutes",
    )  # fmt: skip
    no(
        "ia41_popescu_kind_krank.eml", 7, ("other", "reschedule"),
        "2026-06-30 16:20", request_subject(1050),
        "Hallo, heute Termin ich war nicht da, mein Kind war krank. Entschuldigung. Kann "
        "ich neue Termin haben?\n\nElena",
        client="yahoo", reply="cr-1050", style="yahoo",
        note="learner's German; the asked session (1050) missed",
    )  # fmt: skip


def main() -> None:
    load_practice()
    krueger_and_becker()
    demir_and_wolff()
    schulz_and_hoffmann()
    popescu_and_richter()
    neumann_and_brandt()
    carter_and_yildiz()
    vogel_lehmann_zimmermann()
    schaefer_and_jansen()
    koch_and_nowak()
    hartmann_wagner_aydin()
    oneill_and_berger()
    late_look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
