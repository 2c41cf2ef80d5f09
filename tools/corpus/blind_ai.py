"""Write blind set AI: partial confirmations, a hard set for billing safety (50 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ai`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
Most mails name two to five sessions and at least one of them did NOT take place as
booked: the patient was ill, nobody called, the video room stayed empty, the call broke
off after a few minutes, the patient had cancelled by phone, a substitute only asked
briefly how things were, the patient is not sure about one of them. Said plainly in a
sentence of its own, inside a list ("24.2 ja 3.3 nein"), in a subordinate clause, only
by a hint ("bis auf den einen Donnerstag"), in English or in learner's German.
35 mails confirm at least one day clearly (a day clearly confirmed is confirmed even
beside a denied one; a day in doubt is not, and the mail goes to staff whenever anything
was denied or unclear); 15 look-alikes confirm nothing.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_ai")


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=True, extra=(), note="", sender=None, name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def re_en(aid: int) -> str:
    return f"RE: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
TONLINE_APP = "\n\n--\nGesendet mit der Telekom Mail App"
OUTLOOK_APP = "\n\nHolen Sie sich Outlook für Android"
VOGEL_SIG = (
    "\n\nDr. Michael Vogel\nRechtsanwalt | Partner\nVogel & Partner mbB\n"
    "Königsallee 12, 40212 Düsseldorf\nT +49 211 555 0190\n\n"
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie"
    " nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,"
    " informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."
)
SCHAEFER_SIG = (
    "\n\nMit freundlichen Grüßen\n\nBirgit Schäfer\nSteuerberaterin\n\n"
    "Schäfer Steuerberatung\nLindenstraße 4 · 14467 Potsdam\nTel. 0331 200 41 70\n"
    "b.schaefer@schaefer-steuerberatung.de\n\n"
    "Der Inhalt dieser E-Mail ist ausschließlich für den bezeichneten Adressaten bestimmt."
)


def confirmations() -> None:
    # --- Sabine Krüger, GKV video, Tuesdays -------------------------------------------
    yes("ai01_krueger_heute_ja_letzte_woche_krank.eml", 1, (1005,), ("2026-02-10",),
        "2026-02-10 19:05", re(1005),
        "Hallo,\n\nheute (10.2.) hat alles geklappt, danke an Frau Lindner!\n\n"
        "Letzte Woche Dienstag war ich ja krank und hatte morgens telefonisch abgesagt,"
        " der Termin hat also nicht stattgefunden, falls der bei Ihnen noch offen ist.\n\n"
        "Liebe Grüße\nSabine Krüger", client="gmail", reply="cr-1005", style="gmail",
        note="3.2. (1004) denied: ill and cancelled by phone; only 10.2. confirmed")  # fmt: skip
    yes("ai02_krueger_liste_ja_nein_ja.eml", 1, (1007, 1009), ("2026-02-24", "2026-03-10"),
        "2026-03-11 07:48", "Bestätigung",
        "Guten Morgen\n\n24.2 ja\n3.3 nein (war beim Orthopäden, hatte abgesagt)\n10.3 ja\n\n"
        "Gruß S. Krüger" + IPHONE, client="iphone",
        note="a list: 3.3. (1008) is a no")  # fmt: skip
    yes("ai03_krueger_nachdem_erkaeltung.eml", 1, (1006,), ("2026-02-17",),
        "2026-02-18 08:20", re(1006),
        "Guten Tag,\n\nhiermit bestätige ich die Behandlung am 17.02.2026, nachdem die"
        " Woche davor (10.02.) wegen meiner Erkältung ja leider nicht stattfinden konnte.\n\n"
        "Freundliche Grüße\nSabine Krüger", client="webde", reply="cr-1006", style="webde",
        note="10.2. (1005) did not take place, said in a subordinate clause")  # fmt: skip

    # --- Thomas Becker, private phone MT, Mondays and Thursdays ---------------------------
    yes("ai04_becker_tabelle_niemand_angerufen.eml", 2, (1012, 1013, 1015),
        ("2026-02-09", "2026-02-12", "2026-02-19"), "2026-02-20 08:41",
        "Rückmeldung Telefontermine Februar",
        "Hallo zusammen,\n\nhier meine Rückmeldung zu den letzten Terminen:\n\n"
        "Mo 09.02. - ja\nDo 12.02. - ja\nMo 16.02. - nein, da hat niemand angerufen"
        " (hatte ich Ihnen schon geschrieben)\nDo 19.02. - ja\n\n"
        "Beste Grüße\nThomas Becker", client="outlook",
        note="16.2. (1014): nobody called")  # fmt: skip
    yes("ai05_becker_montage_und_donnerstage.eml", 2,
        (1010, 1011, 1012, 1014, 1016, 1017),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-16", "2026-02-23", "2026-02-26"),
        "2026-03-02 20:10", "Februar",
        "Hallo Frau Sommer,\n\nwie gewünscht für den ganzen Februar auf einmal: die"
        " Montagstermine (2., 9., 16. und 23.) haben alle stattgefunden. Von den"
        " Donnerstagen nur der 5. und der 26., am 12. und 19. war ich auf Montage in"
        " Hamburg und hatte abgesagt.\n\nGruß\nThomas Becker" + OUTLOOK_APP, client="outlook",
        note="12.2. (1013) and 19.2. (1015) denied (away on a job, cancelled)")  # fmt: skip

    # --- Aylin Demir, GKV video, Wednesdays ----------------------------------------------
    yes("ai06_demir_raum_leer.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-19 09:37", re(1021),
        "Hallo,\n\nam 11.03. und gestern war alles gut.\nAm 4. März war der Videoraum"
        " leer, ich habe 20 Minuten gewartet und niemand ist gekommen. Das bitte nicht"
        " abrechnen.\n\nAylin Demir" + IPHONE, client="iphone", reply="cr-1021",
        style="iphone", note="4.3. (1019): the video room stayed empty")  # fmt: skip
    yes("ai07_demir_spanne_ausser.eml", 3, (1024, 1026), ("2026-04-08", "2026-04-22"),
        "2026-04-23 09:02", re(1026),
        "Hi,\nvom 8. bis 22. April alles gemacht außer am 15., da ging die Verbindung"
        " nicht und wir haben es nach ein paar Minuten aufgegeben. Der 1.4. ist ja eh"
        " ausgefallen.\nLG Aylin", client="gmail", reply="cr-1026", style="gmail",
        bottom=True,
        note="range 8.-22.4. holds 1024, 1025, 1026; 15.4. (1025) broke off; 1.4. was"
             " cancelled in the practice's calendar")  # fmt: skip

    # --- Hans-Jürgen Wolff, phone, Fridays --------------------------------------------
    yes("ai08_wolff_caps_niemand_angerufen.eml", 4, (1029, 1031), ("2026-01-23", "2026-02-06"),
        "2026-02-07 10:14", re(1031),
        "SEHR GEEHRTE DAMEN UND HERREN,\n\nDIE BEHANDLUNGEN AM 23.01. UND AM 06.02. HABEN"
        " STATTGEFUNDEN.\nAM 30.01. HAT NIEMAND ANGERUFEN, ICH HABE DEN GANZEN NACHMITTAG"
        " NEBEN DEM TELEFON GESESSEN.\n\nMIT FREUNDLICHEN GRUESSEN\nH.-J. WOLFF",
        client="tonline", reply="cr-1031", style="tonline",
        note="30.1. (1030): nobody called")  # fmt: skip
    yes("ai09_wolff_ehefrau_grippe.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-31 11:05", "Behandlungen meines Mannes",
        "Guten Tag,\n\nich schreibe für meinen Mann, Hans-Jürgen Wolff, er kommt mit dem"
        " Computer nicht so zurecht.\nEr hatte am 16. und am 23. Januar seine Behandlung"
        " am Telefon, das hat gut geklappt. Gestern ist er nicht rangegangen, er lag mit"
        " Grippe im Bett und hat das Telefon nicht gehört. Bitte rufen Sie uns an, ob das"
        " so in Ordnung ist.\n\nMit freundlichen Grüßen\nMonika Wolff" + TONLINE_APP,
        client="tonline", name="Wolff", extra=("question",),
        note="the wife writes from the patient's address, naming him; 30.1. (1030) missed")  # fmt: skip

    # --- Marie Schulz (the mother writes) -----------------------------------------------
    yes("ai10_schulz_mutter_fieber.eml", 5, (1035, 1037), ("2026-04-23", "2026-05-07"),
        "2026-05-08 07:55", "Maries Termine",
        "Liebes Team,\n\nMarie hatte am 23.4. und gestern, 7.5., ihre Stunde bei Herrn"
        " Brückner. Am 30.4. war sie krank (Fieber), da waren wir nicht online – ich hatte"
        " es leider vergessen abzusagen, tut mir leid.\n\nViele Grüße\nKatrin Schulz",
        client="thunderbird", name="Katrin Schulz",
        note="the mother writes for Marie from the family address; 30.4. (1036) ill")  # fmt: skip
    yes("ai11_schulz_beide_nicht_ausgefallen.eml", 5, (1038, 1039), ("2026-05-21", "2026-05-28"),
        "2026-05-28 19:30", re(1039),
        "Hallo,\n\nbeide Termine im Mai nach der Pause, am 21. und heute, sind nicht"
        " ausgefallen, Marie war beide Male dabei. Keine Probleme mit dem Video.\n\n"
        "Gruß Katrin Schulz", client="gmail", name="Katrin Schulz", reply="cr-1039",
        style="gmail", staff=False,
        note="negations only ('nicht ausgefallen', 'keine Probleme'): both confirmed, nothing"
             " for staff")  # fmt: skip

    # --- Peter Hoffmann, private video, two sessions on 18.5. ---------------------------
    yes("ai12_hoffmann_zwei_am_selben_tag.eml", 6, (1042,), ("2026-05-18",),
        "2026-05-19 07:12", re(1042),
        "Guten Morgen,\n\nMontag früh das Gerätetraining (7:30) hat stattgefunden. Die"
        " Manuelle Therapie um 12:30 am selben Tag habe ich nicht geschafft, das Meeting"
        " davor lief über und als ich endlich drin war, war niemand mehr da.\n\n"
        "Peter Hoffmann", client="outlook", reply="cr-1042", style="outlook",
        note="two sessions on 18.5.: KGG 1042 took place, MT 1043 did not")  # fmt: skip
    yes("ai13_hoffmann_pfingsten_verschlafen.eml", 6, (1044,), ("2026-05-26",),
        "2026-06-02 06:58", re(1045),
        "Moin,\n\ndie KGG am Dienstag nach Pfingsten hat stattgefunden. Gestern habe ich"
        " verschlafen, bin erst um acht aufgewacht – sorry! Bitte den Termin nicht"
        " berechnen bzw. sagen Sie mir, was ich für das Versäumnis zahlen muss.\n\nP.H.",
        client="outlook", reply="cr-1045", style="outlook_classic",
        extra=("question",),
        note="'Dienstag nach Pfingsten' = 26.5. (Whit Monday 25.5.); 1.6. (1045) overslept")  # fmt: skip

    # --- Elena Popescu, learner's German -----------------------------------------------
    yes("ai14_popescu_tochter_krank.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-24 12:03", "Termin",
        "Hallo,\n\nich bestatige Termin 16.06 und 23.06 war gut.\nTermin 09.06 ich war"
        " nicht, meine Tochter war krank und ich bin bei Kinderarzt, ich habe angerufen aber"
        " niemand hat genomen.\n\nDanke\nElena Popescu", client="yahoo",
        note="9.6. (1047) missed")  # fmt: skip
    yes("ai15_popescu_monatsende.eml", 7, (1046, 1050), ("2026-06-02", "2026-06-30"),
        "2026-07-01 08:10", re(1050),
        "Guten Tag\nIch bestätige: 2. Juni und 30. Juni Behandlung war.\nDie anderen in"
        " Juni ich weiss nicht mehr genau, ich glaube 16. war nicht, weil Internet kaputt."
        "\nBitte schauen Sie.\nElena", client="yahoo", reply="cr-1050", style="yahoo",
        extra=("question",),
        note="the other June sessions (9., 16., 23.) are in doubt: only the two named days")  # fmt: skip

    # --- Jonas Richter, private video MT, Wednesdays ------------------------------------
    yes("ai16_richter_abgebrochen.eml", 8, (1053,), ("2026-06-17",),
        "2026-06-18 08:31", re(1053),
        "Gestern ja.\nDie Woche davor (10.6.) ist die Verbindung nach ca. 5 Minuten"
        " abgebrochen und kam nicht wieder, das würde ich nicht als Behandlung zählen.\n\n"
        "Jonas" + IPHONE, client="iphone", reply="cr-1053", style="iphone",
        note="10.6. (1052) broke off after five minutes")  # fmt: skip
    yes("ai17_richter_heute_vor_einer_woche.eml", 8, (1055,), ("2026-07-01",),
        "2026-07-01 20:04", re(1055),
        "Heute ja, heute vor einer Woche nein (hatte abgesagt, war in München).\n\nJ. Richter",
        client="thunderbird", reply="cr-1055", style="thunderbird", bottom=True,
        note="24.6. (1054): cancelled by the patient")  # fmt: skip

    # --- Gisela Neumann, phone, Tuesdays and Thursdays ---------------------------------
    yes("ai18_neumann_bis_auf_einen_donnerstag.eml", 9, (1058, 1060),
        ("2026-07-14", "2026-07-21"), "2026-07-24 10:02", "Telefonbehandlungen",
        "Liebe Praxis Impulse,\n\ndie Telefonbehandlungen am 14., 16., 21. und 23. Juli"
        " haben stattgefunden, bis auf den einen Donnerstag, da war ich beim Augenarzt und"
        " hatte vorher abgesagt.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain",
        note="which Thursday (16. or 23.) did not take place is unclear: only the Tuesdays")  # fmt: skip

    # --- Lukas Brandt, private video, Fridays ------------------------------------------
    yes("ai19_brandt_telefonisch_abgesagt.eml", 10, (1066,), ("2026-07-24",),
        "2026-07-25 09:14", re(1066),
        "Hi,\n\nbestätige den 24.7.\nDen 17. hatte ich ja telefonisch abgesagt"
        " (Umzug), der fand also nicht statt.\n\nGruß Lukas", client="gmail",
        reply="cr-1066", style="gmail", bottom=True,
        note="17.7. (1065) cancelled by phone")  # fmt: skip
    yes("ai20_brandt_iso_und_ordinal.eml", 10, (1063, 1067), ("2026-07-03", "2026-07-31"),
        "2026-08-01 11:30", "Bestätigung Juli",
        "Hallo,\n\nkurz für die Abrechnung: 2026-07-03 fand statt, ebenso der"
        " einunddreißigste. Am zehnten war ich im Urlaub, das hatte ich vorher abgesagt. Die übrigen zwei Termine"
        " (17. und 24.) weiß ich gerade nicht mehr.\n\nViele Grüße\nLukas Brandt",
        client="thunderbird",
        note="10.7. (1064) did not take place; 17. and 24. are in doubt")  # fmt: skip

    # --- Emily Carter, English -----------------------------------------------------------
    yes("ai21_carter_airport.eml", 11, (1070, 1072), ("2026-08-10", "2026-08-24"),
        "2026-08-25 09:02", "Confirming sessions",
        "Hi,\n\nconfirming my sessions on August 10th and August 24th.\nI missed the one on"
        " the 17th – I was stuck at the airport and couldn't join. Sorry about that!\n\n"
        "Best,\nEmily", client="gmail",
        note="17.8. (1071) missed")  # fmt: skip
    yes("ai22_carter_us_date_labor_day.eml", 11, (1073,), ("2026-08-31",),
        "2026-09-08 10:05", re_en(1074),
        "Hi there,\n\nConfirming 8/31.\nI didn't dial in yesterday though – I assumed you'd"
        " be closed for Labor Day, my bad. Please let me know if I'll be charged for it.\n\n"
        "Thanks,\nEmily Carter", client="gmail", reply="cr-1074", style="gmail_en",
        extra=("question",),
        note="US date 8/31 (1073); 7.9. (1074) missed")  # fmt: skip

    # --- Fatma Yıldız, phone, learner's German (Turkish) ---------------------------------
    yes("ai23_yildiz_akku_leer.eml", 12, (1078,), ("2026-08-26",),
        "2026-09-03 11:12", "termin",
        "Merhaba\n\nich bestatige 26.8 telefon war gut.\n2.9 auch aber nur 10 minute dann"
        " mein handy kaputt akku leer. bitte sagen mir was ist mit diese termin\n\n"
        "Fatma Yildiz" + SAMSUNG, client="samsung", extra=("question",),
        note="2.9. (1079) broke off after ten minutes")  # fmt: skip

    # --- Dr. Michael Vogel, private video MT --------------------------------------------
    yes("ai24_vogel_vertretung.eml", 13, (1082, 1084), ("2026-09-10", "2026-09-24"),
        "2026-09-25 07:46", "Behandlungen September",
        "Sehr geehrte Damen und Herren,\n\ndie Sitzungen am 10.09. und am 24.09. haben wie"
        " geplant stattgefunden.\nAm 17.09. war eine Vertretung da, die nur kurz nachgefragt"
        " hat, wie es mir geht – das waren vielleicht zehn Minuten, eine Behandlung war das"
        " nicht. Ich bitte, diesen Termin nicht abzurechnen." + VOGEL_SIG,
        client="outlook",
        note="17.9. (1083): a substitute's short check-in, not a treatment")  # fmt: skip

    # --- Anna Lehmann, GKV video, Tuesdays -----------------------------------------------
    yes("ai25_lehmann_nicht_sicher.eml", 14, (1090, 1091), ("2026-09-29", "2026-10-06"),
        "2026-10-07 14:20", re(1091),
        "Hallo,\n\n29.9. und 6.10. bestätigt.\nBeim 22.9. bin ich mir ehrlich gesagt nicht"
        " sicher, ob der überhaupt stattgefunden hat – ich hatte in der Woche Prüfungen und"
        " alles ist ein bisschen verschwommen. Können Sie nachsehen?\n\nAnna",
        client="thunderbird", reply="cr-1091", style="thunderbird",
        extra=("question",), note="22.9. (1089) in doubt")  # fmt: skip
    yes("ai26_lehmann_kw.eml", 14, (1091,), ("2026-10-06",),
        "2026-10-14 09:10", re(1092),
        "KW 41 ja.\nKW 42 nein – gestern war der Raum leer, ich war ab 13 Uhr drin und es"
        " kam niemand.\n\nAnna Lehmann\n\n-- \nAnna Lehmann\nInstitut für Germanistik\n"
        "Universität Beispielstadt", client="thunderbird", reply="cr-1092",
        style="thunderbird",
        note="KW 41 = Tuesday 6.10. (1091); 13.10. (1092) the room stayed empty")  # fmt: skip

    # --- Klaus Zimmermann, phone, Mondays ------------------------------------------------
    yes("ai27_zimmermann_keiner_angerufen.eml", 15, (1094,), ("2026-10-12",),
        "2026-10-20 18:03", "behandlung",
        "guten tag die behandlung am 12.10 war gut am 19.10 hat keiner angerufen mfg"
        " zimmermann", client="plain", note="19.10. (1095): nobody called")  # fmt: skip
    yes("ai28_zimmermann_fuenf_tage.eml", 15, (1093, 1094, 1097),
        ("2026-10-05", "2026-10-12", "2026-11-02"), "2026-11-03 10:00", "Ihre Anfrage",
        "Sehr geehrte Damen und Herren,\n\n5.10. ja\n12.10. ja\n19.10. weiß ich nicht mehr,"
        " ich glaube da war was mit dem Telefon\n26.10. war abgesagt\n2.11. ja\n\n"
        "Mit freundlichem Gruß\nKlaus Zimmermann", client="webde",
        note="19.10. (1095) in doubt; 26.10. cancelled")  # fmt: skip

    # --- Birgit Schäfer, from her office address ---------------------------------------
    yes("ai29_schaefer_dienstreise.eml", 16, (1100, 1101), ("2026-10-21", "2026-10-28"),
        "2026-10-29 08:16", "AW: Bitte bestätigen Sie Ihre Behandlung vom 28.10.2026",
        "Guten Morgen,\n\nam 21.10. und gestern Abend hat die Videobehandlung stattgefunden."
        " Den 14.10. hatte ich kurzfristig abgesagt, da war ich auf Dienstreise in Leipzig."
        + SCHAEFER_SIG, client="outlook", reply="cr-1101", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from the patient's second address; 14.10. (1099) cancelled")  # fmt: skip

    # --- Ole Jansen, private video KGG, new patient --------------------------------------
    yes("ai30_jansen_magen_darm.eml", 17, (1105, 1107), ("2026-10-29", "2026-11-12"),
        "2026-11-13 09:04", re(1107),
        "Moin,\n\nBestätigung für 29.10. und 12.11.\nAm 5.11. hatte ich Magen-Darm und hab"
        " nicht teilgenommen, hatte aber vergessen Bescheid zu geben.\n\nOle",
        client="gmail", reply="cr-1107", style="gmail",
        note="5.11. (1106) missed")  # fmt: skip

    # --- Renate Koch, phone, across the month end -------------------------------------
    yes("ai31_koch_zahnarzt.eml", 18, (1111,), ("2026-03-30",),
        "2026-04-02 09:31", "Behandlung",
        "Sehr geehrte Damen und Herren,\n\nam Montag, den 30. März, hat die Behandlung am"
        " Telefon stattgefunden.\nGestern musste ich leider kurzfristig absagen, weil ich"
        " zum Zahnarzt musste, das wissen Sie ja.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", note="1.4. (1112) cancelled")  # fmt: skip

    # --- David Nowak, learner's German (Russian), late answer at the year end -----------
    yes("ai32_nowak_spaet_therapeut_nicht_gekommen.eml", 19, (1117, 1118),
        ("2026-11-13", "2026-11-20"), "2026-12-28 10:12", "Bestätigung November",
        "Guten Tag,\n\nentschuldigung für späte Antwort. Ich bestätige Behandlung am 13.11"
        " und 20.11.\nAm 6.11 Behandlung war nicht, Therapeut ist nicht gekommen in Video,"
        " ich habe gewartet 15 minut. 27.11 ich weiss nicht mehr.\n\nMit Gruß\nDavid Nowak",
        client="plain",
        note="6.11. (1116) nobody came; 27.11. (1119) in doubt")  # fmt: skip

    # --- Leonie Hartmann, GKV video, new patient ---------------------------------------
    yes("ai33_hartmann_haken.eml", 20, (1121, 1123), ("2026-11-10", "2026-11-24"),
        "2026-12-01 20:40", "Termine November",
        "Hallo!\n\n10.11. + 24.11. ✔\n17.11. ✗ (war krank)\n3.11. bin ich mir nicht mehr"
        " sicher, glaub da war nur das Vorgespräch?\n\nLG Leonie" + GMX_APP,
        client="webde", note="17.11. (1122) ill; 3.11. (1120) in doubt")  # fmt: skip

    # --- Sophie Wagner, January --------------------------------------------------------
    yes("ai34_wagner_bild_schwarz.eml", 21, (1124, 1125), ("2026-01-12", "2026-01-19"),
        "2026-01-27 08:05", re(1126),
        "Guten Morgen,\n\ndie Termine am 12. und 19. Januar haben stattgefunden. Gestern"
        " leider nicht, ich bin nicht reingekommen, das Bild blieb schwarz und nach zehn"
        " Minuten hab ich aufgegeben.\n\nSophie Wagner", client="webde", reply="cr-1126",
        style="webde", note="26.1. (1126) the patient could not get in")  # fmt: skip

    # --- Mehmet Aydın, phone, learner's German (Turkish) --------------------------------
    yes("ai35_aydin_tuerkei.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-06 13:02", "Telefon termin",
        "hallo\n26.02 telefon gemacht ja\n05.03 auch ja\n19.02 nicht gemacht ich war in"
        " Türkei\nMehmet Aydin", client="plain",
        note="19.2. (1130) not done")  # fmt: skip

    # --- James O'Neill, English, phone ----------------------------------------------------
    yes("ai36_oneill_phone_died.eml", 23, (1136, 1138), ("2026-04-14", "2026-04-28"),
        "2026-04-29 08:02", re_en(1138),
        "Hi there,\n\nJust to confirm – the calls on the 14th and 28th April went ahead"
        " fine. The one on the 21st was cut short after about five minutes because my phone"
        " died, so I don't think that one counts.\n\nCheers,\nJames", client="outlook",
        reply="cr-1138", style="outlook_en",
        note="21.4. (1137) cut short after five minutes")  # fmt: skip

    # --- Ursula Berger, elderly, phone ------------------------------------------------
    yes("ai37_berger_krankenhaus.eml", 24, (1143,), ("2026-05-13",),
        "2026-05-21 10:00", "Behandlung",
        "Liebes Praxisteam,\n\nich möchte Ihnen mitteilen dass die Behandlung am 13. Mai"
        " stattgefunden hat am 20. Mai aber nicht weil ich ins Krankenhaus musste.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger", client="plain",
        note="20.5. (1144) did not take place (hospital)")  # fmt: skip


def lookalikes() -> None:
    no("ai38_demir_bis_auf_einen_mittwoch.eml", 3, ("other",), "2026-03-26 09:05",
       "Termine März",
       "Hallo,\n\nalle Termine im März haben stattgefunden bis auf den einen Mittwoch, wo"
       " ich Spätschicht hatte.\n\nAylin", client="gmail",
       note="every March session is on a Wednesday: which one is missing is unknown, so no"
            " day is confirmed")  # fmt: skip
    no("ai39_krueger_nein_krank.eml", 1, ("other",), "2026-03-03 15:10", re(1008),
       "Nein, am 3.3. hat es nicht stattgefunden, ich war krank und hatte abgesagt.\n\nS.K.",
       client="webde", reply="cr-1008", style="webde")  # fmt: skip
    no("ai40_becker_niemand_angerufen.eml", 2, ("other",), "2026-02-16 19:02", re(1014),
       "Heute hat niemand angerufen. Ich habe bis Viertel nach sechs gewartet. Bitte"
       " nicht abrechnen.\n\nT. Becker", client="outlook", reply="cr-1014",
       style="outlook")  # fmt: skip
    no("ai41_richter_abgebrochen_frage.eml", 8, ("technical", "question"), "2026-06-11 08:15",
       re(1052),
       "Die Verbindung ist gestern nach drei Minuten abgebrochen und danach kam ich nicht"
       " mehr rein. Zählt das trotzdem als Termin?" + IPHONE,
       client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    no("ai42_carter_not_sure.eml", 11, ("question",), "2026-08-05 09:30",
       "Session on Aug 3rd?",
       "Hi,\n\nI'm honestly not sure the session on Aug 3rd actually happened – it's in"
       " my calendar but I don't remember it at all, and I was travelling that week. Could"
       " you check on your side before you bill it?\n\nThanks, Emily", client="gmail",
       note="the patient doubts 3.8.: nothing may be recorded")  # fmt: skip
    no("ai43_popescu_vergessen.eml", 7, ("other",), "2026-06-24 09:20", re(1049),
       "Hallo\nich war nicht bei Termin 23.6, ich habe vergessen. Entschuldigung!!"
       "\nNächste Termin 30.6 ich komme sicher.\nElena", client="yahoo",
       reply="cr-1049", style="yahoo",
       note="a no-show told after the fact and a future session acknowledged")  # fmt: skip
    no("ai44_hoffmann_vertretung.eml", 6, ("other",), "2026-05-11 09:10", re(1041),
       "Hallo,\n\nheute war nur eine Vertretung kurz dran, hat gefragt wie es läuft, nach"
       " zehn Minuten war Schluss. Eine Behandlung im eigentlichen Sinne war das nicht.\n\n"
       "Peter Hoffmann", client="outlook", reply="cr-1041", style="outlook",
       note="a substitute's short check-in")  # fmt: skip
    no("ai45_yildiz_niemand_ruft_an.eml", 12, ("reschedule",), "2026-08-13 09:40",
       "telefon",
       "hallo\n12.8 telefon nicht gekommen ich warte 1 stunde niemand ruft an.\n26.8 ich"
       " kann nicht bitte neue termin geben\nFatma" + SAMSUNG, client="samsung")  # fmt: skip
    no("ai46_vogel_raum_leer.eml", 13, ("other",), "2026-10-01 08:35", re(1085),
       "Sehr geehrte Damen und Herren,\n\ndie Sitzung heute Morgen hat nicht"
       " stattgefunden – der Videoraum blieb leer. Ich bitte um Rückruf." + VOGEL_SIG,
       client="outlook", reply="cr-1085", style="outlook_classic")  # fmt: skip
    no("ai47_wagner_abgesagt_und_krank.eml", 21, ("cancellation",), "2026-02-10 08:50",
       re(1128),
       "Hallo,\n\nich habe eine Bestätigungsanfrage für gestern bekommen. An dem Tag war"
       " ich aber gar nicht online, ich hatte am Freitag telefonisch abgesagt. Bitte"
       " nächsten Montag ebenfalls streichen, ich bin noch krankgeschrieben.\n\nSophie Wagner",
       client="webde", reply="cr-1128", style="webde",
       note="9.2. (1128) cancelled by phone; 16.2. to be cancelled")  # fmt: skip
    no("ai48_neumann_kurz_und_gar_nicht.eml", 9, ("other",), "2026-07-10 09:45",
       "Telefon",
       "Sehr geehrte Damen und Herren,\n\nam Dienstag hat niemand angerufen, und am"
       " Donnerstag hat es nur ganz kurz geklappt, dann war die Leitung weg und es kam kein"
       " Anruf mehr.\n\nGisela Neumann", client="plain",
       note="7.7. nobody called; 9.7. broke off")  # fmt: skip
    no("ai49_oneill_driving.eml", 23, ("reschedule",), "2026-05-07 18:20",
       "Next week's call",
       "Hi,\n\nJust a heads up – I won't be able to do the call on the 12th May. This"
       " week's (Tuesday the 5th) didn't really happen either, the therapist rang but I was driving and"
       " we only spoke for a minute. Can we sort out a new slot?\n\nJames",
       client="outlook", note="5.5. (1139) did not take place; 12.5. to be moved")  # fmt: skip
    no("ai50_schaefer_beide_nicht.eml", 16, ("other",), "2026-11-12 07:30",
       "Ihre Bestätigungsanfragen",
       "Guten Morgen,\n\nfür den 4.11. und den 11.11. haben Sie mir Bestätigungsanfragen"
       " geschickt – beide Termine sind aber nicht zustande gekommen: einmal war ich"
       " krank, gestern hatte die Therapeutin kurzfristig abgesagt.\n\nBirgit Schäfer",
       client="gmail")  # fmt: skip
    no("ai51_nowak_nur_zehn_minuten.eml", 19, ("other",), "2026-11-27 10:05", re(1119),
       "Hello,\ni think today was not full session, only 10 minutes, therapist had problem"
       " with camera and then we stop. Please dont bill this.\nDavid", client="plain",
       reply="cr-1119", style="gmail_en")  # fmt: skip
    no("ai52_hartmann_unsicher.eml", 20, ("question",), "2026-11-18 08:00", re(1122),
       "Hallo,\n\nich bin unsicher, ob das gestern überhaupt stattgefunden hat – ich hatte"
       " Fieber und weiß ehrlich nicht mehr, ob ich mich eingewählt habe. Können Sie das"
       " nachsehen?\n\nLeonie", client="webde", reply="cr-1122", style="webde",
       note="the patient doubts 17.11.")  # fmt: skip


def main() -> None:
    load_practice()
    mc.HERE = HERE
    confirmations()
    lookalikes()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirmations")


if __name__ == "__main__":
    main()
