"""Write blind set N: the next month of the practice inbox (70 mails, 45 confirm a day).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_n`.
Written without reading rules/, the canonical table or the earlier blind sets' mails. All 24
patients of the practice snapshot write: short yeses under our request "Bitte bestätigen Sie
Ihre Behandlung vom ...", the practice's own sentence and loose everyday ones, several days
at once in every date form (12.1.26, 10/07, 2026-09-15, "23. und 30. April", weekdays,
"vergangene Woche"), confirmations next to days that are not treatments (a doctor's visit,
an invoice or Zuzahlung bill, a cancelled day, a day confirmed before, illness), partial
confirmations and no-shows, relatives writing for a patient, questions, requests and
complaints in the same mail, future sessions acknowledged, forms; German first, some
English, learners (Romanian, Turkish) and elderly writers, every mail program and quote
style make_corpus knows, top- and bottom-posted and forwarded.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

import sys

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human, jpeg, pdf

HERE = data_dir("blind_n")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), forms=(), files=(), note="", sender=None,
        name=None, fwd=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          forward=fwd,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      forms=forms, needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), forms=(), files=(), note="", staff=True, sender=None,
       name=None, fwd=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          forward=fwd,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


# The subject of our request as the outbox sent it; replies keep it after "Re:"/"AW:".
OLD = "Bitte bestätigen Sie Ihre Behandlung vom "
IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
WEBDE_APP = (
    "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet."
)
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
PETER_SIG = (
    "\n\nBeste Grüße\nPeter Hoffmann\n\nHoffmann Consulting GmbH\nGeschäftsführer\n"
    "Kaiserstraße 12 · 60311 Frankfurt am Main\nTel. +49 69 1234 5670\n\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige"
    " Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."
)
VOGEL_SIG = (
    "\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\nPatentanwalt\n\nVogel & Partner"
    " Patentanwälte mbB\nLeopoldstraße 40, 80802 München\nT +49 89 555 0120 | F +49 89 555 0129\n"
    "Sitz: München, AG München PR 1234\n\nVertraulichkeitshinweis: Diese Nachricht ist"
    " ausschließlich für den Adressaten bestimmt."
)
BIRGIT_SIG = (
    "\n\nViele Grüße\nBirgit Schäfer\n\n--\nSchäfer Steuerberatung\nDipl.-Kffr. Birgit Schäfer"
    " · Steuerberaterin\nAm Markt 3 · 49074 Osnabrück · Tel. 0541 77 88 99-0\n"
    "USt-IdNr. DE123456789"
)
ANNA_SIG = (
    "\n\n--\nAnna Lehmann, M.Sc.\nWissenschaftliche Mitarbeiterin\nInstitut für Sportwissenschaft\n"
    "Universität Beispiel · Raum 2.114 · Tel. 0761 203-4471"
)


def confirmations() -> None:
    # --- Sabine Krüger (1): Tuesdays 10:00, video -----------------------------------
    yes("c01_sabine_ja_hat_stattgefunden.eml", 1, (1003,), (), "2026-01-27 13:41",
        "Re: " + OLD + "27.01.2026", "Ja, hat stattgefunden.\n\nLG Sabine",
        client="gmail", reply="cr-1003", style="gmail",
        note="a bare yes under our request for 27.01.: the day is only in the quote")  # fmt: skip
    yes("c02_sabine_praxissatz.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 12:09",
        "AW: " + OLD + "03.02.2026",
        "Guten Tag,\n\nhiermit bestätige ich, dass die Behandlung am 03.02.2026"
        " stattgefunden hat.\n\nMit freundlichen Grüßen\nSabine Krüger",
        client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("c03_sabine_drei_und_hausarzt.eml", 1, (1005, 1006, 1007),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-02-25 09:02",
        "Behandlungen Februar",
        "Hallo zusammen,\n\ndie Termine am 10.2., 17.2. und 24.2. haben alle"
        " stattgefunden. Am 20.2. war ich beim Hausarzt wegen der Schulter, er meint wir"
        " sollen so weitermachen. Schönen Tag noch!\n\nSabine Krüger",
        note="20.2. is a visit to the family doctor, not a treatment")  # fmt: skip

    # --- Thomas Becker (2): phone MT Mon/Thu 17:30 -----------------------------------
    yes("c04_thomas_letzte_woche_bottom.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-16 08:05", "Re: " + OLD + "12.02.2026",
        "Moin,\n\nMontag und Donnerstag letzte Woche (9. und 12.) waren beide ok.\n\n"
        "Gruß\nT. Becker",
        client="thunderbird", reply="cr-1013", style="thunderbird", bottom=True)  # fmt: skip
    yes("c05_thomas_26_und_verschieben.eml", 2, (1017,), ("2026-02-26",), "2026-02-27 07:48",
        "Termin Montag",
        "Hallo,\n\ndie Behandlung gestern (26.2.) war gut, danke. Können wir den Termin"
        " am Montag, 2.3., auf 18:30 schieben? Ich komme vorher nicht aus dem Büro.\n\n"
        "Thomas Becker",
        extra=("reschedule",), staff=True,
        note="confirms 26.2.; 2.3. is a future appointment he wants moved")  # fmt: skip

    # --- Aylin Demir (3): video Wed 08:30 ----------------------------------------------
    yes("c06_aylin_am_mittwoch.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:06",
        "Re: " + OLD + "04.03.2026",
        "Hallo! Ja die Behandlung am Mittwoch hat stattgefunden 😊\n\nLiebe Grüße\nAylin",
        client="gmail", reply="cr-1019", style="gmail",
        note="'am Mittwoch' written on Wednesday 4.3. under the request for that day")  # fmt: skip
    yes("c07_aylin_krank_25.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-26 19:30", "Termine März",
        "Hi,\n\n11.03 und 18.03 bestätige ich. Am 25.03 war ich krank, das hatte ich am"
        " Telefon abgesagt oder? Ich bin mir nicht mehr sicher ob das angekommen ist, bitte"
        " kurz Rückmeldung.\n\nAylin",
        client="gmail", extra=("question",), staff=True,
        note="25.3. is still scheduled; she was ill and is unsure it was cancelled")  # fmt: skip
    yes("c08_aylin_april_ostern.eml", 3, (1024, 1025), ("2026-04-08", "2026-04-15"),
        "2026-04-16 08:10", "April",
        "Guten Morgen,\n\ndie Termine im April: der 8. und der 15. fanden statt, der 1. fiel"
        " ja aus (Ostern). Nächste Woche Mittwoch bin ich wieder dabei.\n\nAylin Demir",
        client="gmail",
        note="1.4. was cancelled by the practice and is not claimed; next Wednesday is future")  # fmt: skip

    # --- Hans-Jürgen Wolff (4): phone Fri 14:00, elderly --------------------------------
    yes("c09_hj_grossbuchstaben.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:12",
        "AW: " + OLD + "16.01.2026",
        "SEHR GEEHRTE DAMEN UND HERREN,\n\nDIE BEHANDLUNG AM FREITAG DEN 16. JANUAR HAT"
        " STATTGEFUNDEN.\n\nMIT FREUNDLICHEN GRUESSEN\nH.-J. WOLFF",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("c10_hj_doppelt_haelt_besser.eml", 4, (1029, 1030),
        ("2026-01-09", "2026-01-23", "2026-01-30"), "2026-01-31 11:20",
        "Bestätigung",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlungen vom 9.1. , 23.1. und 30.1.26 .\n"
        "Den 9. hatte ich Ihnen glaube ich schon bestätigt, doppelt hält besser.\n\n"
        "Hans-Jürgen Wolff",
        client="tonline",
        note="9.1. was confirmed before (appointment 1027): named, nothing new to record")  # fmt: skip
    yes("c11_hj_augenarzt_verpasst.eml", 4, (1031,), ("2026-02-06",), "2026-02-14 09:40",
        "Behandlung",
        "Liebes Praxisteam die Telefonbehandlung am Freitag 6.2 hat statt gefunden.Am Freitag"
        " 13.2. konnte ich nicht ich war beim Augenarzt habe aber vergessen abzusagen tut"
        " mir leid.\nWolff",
        client="tonline", extra=("other",), staff=True,
        note="13.2. did not take place (no-show at an eye doctor's): staff must mark it")  # fmt: skip

    # --- Marie Schulz (5), mother Katrin writes -----------------------------------------
    yes("c12_katrin_fuer_marie.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:22",
        "Re: " + OLD + "16.04.2026",
        "Hallo,\n\nich bestätige für meine Tochter Marie die Behandlung vom 16.04.\n\n"
        "Viele Grüße\nKatrin Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz",
        note="the mother answers for her daughter from the registered address")  # fmt: skip
    yes("c13_katrin_april_feiertag.eml", 5, (1035, 1036), ("2026-04-23", "2026-04-30"),
        "2026-05-01 10:15", "Marie Schulz – Termine",
        "Guten Tag,\n\nMarie hatte am 23. und 30. April Therapie, beides hat gut geklappt.\n"
        "Am 14. Mai ist ja Feiertag, da ist nichts, und am 21. sind wir wieder dabei.\n\n"
        "Viele Grüße\nKatrin Schulz",
        client="thunderbird", name="Katrin Schulz",
        note="14.5. (holiday) and 21.5. are not treatments that took place")  # fmt: skip

    # --- Peter Hoffmann (6): KGG Mon 07:30 and one MT -----------------------------------
    yes("c14_peter_outlook_geschaeftlich.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:31",
        "AW: " + OLD + "04.05.2026",
        "Guten Morgen,\n\nBehandlung vom 04.05.2026 hat stattgefunden." + PETER_SIG,
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("c15_peter_zwei_an_einem_tag.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 14:02", "AW: " + OLD + "18.05.2026",
        "Hallo,\n\nam 18.05. hatte ich ja zwei Termine, morgens KG am Gerät und mittags"
        " Manuelle Therapie – beide haben stattgefunden." + PETER_SIG,
        client="outlook", reply="cr-1043", style="outlook_classic",
        note="two appointments on one day, both confirmed in one sentence")  # fmt: skip
    yes("c16_peter_abgebrochen.eml", 6, (1041,), ("2026-05-11",), "2026-05-27 08:15",
        "Termine Mai",
        "Hallo,\n\nden 11.5. bestätige ich. Den 26.5. (Dienstag wegen Pfingsten) musste ich"
        " nach zehn Minuten abbrechen, Kundentermin. Bitte rechnen Sie den nicht voll ab,"
        " das finde ich sonst nicht fair." + PETER_SIG,
        client="outlook", extra=("other",), staff=True,
        note="26.5. was broken off after ten minutes: staff decide; not a day that took"
             " place in the label's sense")  # fmt: skip

    # --- Elena Popescu (7): new patient, learner's German ---------------------------------
    yes("c17_elena_formulare_und_2juni.eml", 7, (1046,), ("2026-06-02",), "2026-06-03 07:55",
        "Re: Ihre Unterlagen für die Behandlung",
        "Hallo,\n\nich schicke die Formulare, ist alles unterschrieben. Und Therapie am 2."
        " Juni war, ich bestätige.\n\nDanke schön\nElena",
        client="yahoo", reply="fr-7", style="yahoo", extra=("forms",),
        forms=("anamnese", "datenschutz", "einwilligung_tele"),
        files=(pdf("Anamnesebogen_Popescu.pdf", 2), pdf("Datenschutzerklaerung.pdf"),
               pdf("Einwilligung_Telebehandlung.pdf")))  # fmt: skip
    yes("c18_elena_rumaenien.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"),
        "2026-06-24 21:10", "Bestätigung",
        "Guten tag,\n\nich bestätigen die Behandlung von 9.6 und 16.6 . Am 23.6 ich war nicht"
        " da, ich war in Rumänien bei meine Mutter, sorry ich habe vergessen abzusagen.\n\n"
        "Elena Popescu",
        client="yahoo", extra=("other",), staff=True,
        note="23.6. was a no-show: staff must mark it")  # fmt: skip

    # --- Jonas Richter (8): new patient, MT Wed 18:00 -----------------------------------
    yes("c19_jonas_jo.eml", 8, (1051,), (), "2026-06-03 20:02",
        "Re: " + OLD + "03.06.2026", "Jo hat stattgefunden 👍" + IPHONE,
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("c20_jonas_drei_nachgeholt.eml", 8, (1052, 1053, 1054),
        ("2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-26 23:40",
        "Bestätigungen",
        "Hey, hab die letzten Mails verpennt sorry – 10.6., 17.6. und 24.6. waren alle."
        " Bis Mittwoch!\n\nJonas",
        client="apple", note="'Bis Mittwoch' is the future 1.7.")  # fmt: skip

    # --- Gisela Neumann (9): phone Tue/Thu 09:00, elderly; daughter -----------------------
    yes("c21_gisela_vergangene_woche.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-13 08:30", "behandlung",
        "guten tag ich bestätige die behandlung dienstag und donnerstag vergangene woche es"
        " war sehr gut mit freundlichen grüßen gisela neumann",
        note="written Monday 13.7.: last week's Tuesday and Thursday are 7.7. and 9.7.")  # fmt: skip
    yes("c22_sandra_fuer_mutter.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-20 19:04", "Behandlungen meiner Mutter Gisela Neumann",
        "Hallo,\n\nich schreibe für meine Mutter Gisela Neumann, sie kommt mit dem Computer"
        " nicht so gut zurecht. Die Telefontermine am 14.07. und 16.07. haben stattgefunden."
        "\nHeute (20.7.) war sie beim Hausarzt, der hat ein neues Rezept ausgestellt, das"
        " schicken wir Ihnen per Post.\n\nMit freundlichen Grüßen\nSandra Neumann-Kraft",
        name="Sandra Neumann-Kraft",
        note="the daughter writes from her mother's address; 20.7. is a doctor's visit")  # fmt: skip
    yes("c23_gisela_hochachtungsvoll.eml", 9, (1060, 1061, 1062),
        ("2026-07-21", "2026-07-23", "2026-07-28"), "2026-07-29 10:00",
        "AW: " + OLD + "28.07.2026",
        "Sehr geehrte Damen und Herren,\n\nja, die Behandlung am Dienstag, den 28. Juli 2026"
        " hat stattgefunden. Auch die vom 21. und 23. Juli.\n\nHochachtungsvoll\n"
        "Gisela Neumann",
        client="outlook", reply="cr-1062", style="outlook_classic")  # fmt: skip

    # --- Lukas Brandt (10): video Fri 16:00 ---------------------------------------------
    yes("c24_lukas_bottom.eml", 10, (1063,), (), "2026-07-04 09:12",
        "Re: " + OLD + "03.07.2026", "Hallo,\n\nbestätigt, war gut.\n\nGruß\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("c25_lukas_schraegstrich.eml", 10, (1064, 1065, 1066),
        ("2026-07-10", "2026-07-17", "2026-07-24"), "2026-07-30 17:45",
        "Sammelbestätigung Juli",
        "Moin,\n\nkurze Sammelbestätigung für Juli: 10/07, 17/07 und 24/07 fanden statt."
        " Der 31. ist ja erst morgen.\n\nLukas Brandt",
        client="thunderbird", note="31.7. is tomorrow, not confirmed")  # fmt: skip
    yes("c26_lukas_monatswechsel_frage.eml", 10, (1067, 1068), ("2026-07-31", "2026-08-07"),
        "2026-08-08 11:30", "Termine + Frage Rechnung",
        "Hi,\n\nder Termin am 31.07. und der am 07.08. haben stattgefunden.\n\nFrage: bekomme"
        " ich für Juli eine eigene Rechnung oder kommt alles zusammen am Ende?\n\nLukas",
        client="thunderbird", extra=("question",), staff=True)  # fmt: skip

    # --- Emily Carter (11): English, video Mon 12:00 ------------------------------------
    yes("c27_emily_august_3rd.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:31",
        "Re: " + OLD + "03.08.2026",
        "Hi,\n\nyes, the session on August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("c28_emily_invoice_too.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 08:20", "Sessions",
        "Hello,\n\nconfirming my sessions on 10/08 and 17/08 (that's 10 and 17 August, in"
        " case my dates look American). I also got your invoice dated 14 August, I'll pay"
        " it this week.\n\nBest,\nEmily Carter",
        client="gmail", note="14 August is the invoice date, not a treatment")  # fmt: skip

    # --- Fatma Yıldız (12): phone Wed 10:30, learner's German ---------------------------
    yes("c29_fatma_zwei.eml", 12, (1075, 1076), ("2026-08-05", "2026-08-12"),
        "2026-08-13 16:20", "Behandlung",
        "Hallo, ich bestätige Behandlung 05.08 und 12.08 ja war gemacht.\nDanke schön\n"
        "Fatma Yildiz" + WEBDE_APP,
        client="webde")  # fmt: skip
    yes("c30_fatma_abgesagt_frage.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 12:00",
        "AW: " + OLD + "26.08.2026",
        "Guten Tag,\nBehandlung 26.8 war, 19.8 war ja abgesagt von Ihnen. Bitte noch Termine"
        " für Oktober geben? Mein Rezept ist noch 4 mal.\nFatma",
        client="webde", reply="cr-1078", style="webde", extra=("question",), staff=True,
        note="19.8. was cancelled by the practice and is not claimed")  # fmt: skip

    # --- Dr. Michael Vogel (13): MT Thu 07:00 -------------------------------------------
    yes("c31_vogel_hiermit.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 07:40", "Behandlungstermine September",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungstermine vom"
        " 10.09.2026 und 17.09.2026." + VOGEL_SIG,
        client="outlook")  # fmt: skip
    yes("c32_vogel_rechnungsadresse.eml", 13, (1084, 1085), ("2026-09-24", "2026-10-01"),
        "2026-10-02 07:20", "AW: " + OLD + "01.10.2026",
        "Bestätigt: 24.09. / 01.10.\n\nBitte senden Sie die Rechnungen künftig an meine"
        " Kanzleiadresse (s.u.), nicht mehr nach Hause." + VOGEL_SIG,
        client="outlook", reply="cr-1085", style="outlook", extra=("other",), staff=True,
        note="the invoice address must be changed by staff")  # fmt: skip

    # --- Anna Lehmann (14): video Tue 13:00 ----------------------------------------------
    yes("c33_anna_bottom_gmail.eml", 14, (1087,), (), "2026-09-08 15:12",
        "Re: " + OLD + "08.09.2026", "ja hat geklappt, danke!" + ANNA_SIG,
        client="gmail", reply="cr-1087", style="gmail", bottom=True)  # fmt: skip
    yes("c34_anna_iso_weitergeleitet.eml", 14, (1088, 1089, 1090),
        ("2026-09-15", "2026-09-22", "2026-09-29"), "2026-09-30 10:05",
        "Fwd: " + OLD + "29.09.2026",
        "Hallo,\n\nfür Ihre Abrechnung: 2026-09-15, 2026-09-22 und 2026-09-29 haben"
        " stattgefunden.\n\nBeste Grüße, Anna Lehmann" + ANNA_SIG,
        client="gmail", fwd="cr-1090", style="forward_gmail",
        note="she forwards our request instead of answering it")  # fmt: skip

    # --- Klaus Zimmermann (15): phone Mon 11:00 ------------------------------------------
    yes("c35_klaus_orthopaede.eml", 15, (1093,), ("2026-10-05",), "2026-10-09 17:03",
        "Re: " + OLD + "05.10.2026",
        "Hallo,\n\nBehandlung vom 05.10. fand statt. Am 9.10. hatte ich heute meine Kontrolle"
        " beim Orthopäden, der ist zufrieden.\n\nK. Zimmermann",
        client="gmail", reply="cr-1093", style="gmail",
        note="9.10. is the orthopaedist's check-up")  # fmt: skip
    # --- Birgit Schäfer (16): video Wed 19:00, two addresses -----------------------------
    yes("c37_birgit_vom_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:47",
        "Videobehandlung gestern",
        "Hallo Praxis-Team,\n\nvom Büro aus: die Videobehandlung gestern (14.10.) hat"
        " stattgefunden." + BIRGIT_SIG,
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("c38_birgit_verbindung_mies.eml", 16, (1100, 1101), ("2026-10-21", "2026-10-28"),
        "2026-10-29 07:15", "AW: " + OLD + "28.10.2026",
        "die termine am 21. und 28.10 waren beide, am 28. war die verbindung mies aber wir"
        " haben es durchgezogen" + SAMSUNG,
        client="samsung", reply="cr-1101", style="samsung")  # fmt: skip

    # --- Ole Jansen (17): new patient, KGG Thu 10:00 -------------------------------------
    yes("c39_ole_foto_und_erste_stunde.eml", 17, (1104,), ("2026-10-22",), "2026-10-23 12:30",
        "Re: Ihre Unterlagen für die Behandlung",
        "Hi,\n\nanbei der unterschriebene Anamnesebogen als Foto, die Datenschutzerklärung"
        " reiche ich nach. Und ja, die erste Stunde am Donnerstag (22.10.) hat stattgefunden,"
        " war super.\n\nOle",
        client="gmail", reply="fr-17", style="gmail", extra=("forms",), forms=("anamnese",),
        files=(jpeg("Anamnesebogen_Jansen.jpg"),),
        note="two forms still missing, he says he sends them later: nothing to look at yet")  # fmt: skip

    # --- Renate Koch (18): phone Mon/Wed 15:00, elderly ----------------------------------
    yes("c40_renate_montag_mittwoch.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:20", "Bestätigung der Behandlungen",
        "Sehr geehrtes Praxisteam,\n\nich bestätige Ihnen gerne die Behandlungen am Montag,"
        " 23. März und Mittwoch, 25. März. Beide Male hat der Therapeut pünktlich"
        " angerufen.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("c41_renate_zuzahlung.eml", 18, (1111, 1112, 1113),
        ("2026-03-30", "2026-04-01", "2026-04-08"), "2026-04-09 15:55",
        "Re: " + OLD + "08.04.2026",
        "30.3., 1.4. und 8.4. waren, danke. Die Zuzahlungsrechnung vom 2.4. habe ich"
        " bezahlt.\nR. Koch",
        client="tonline", reply="cr-1113", style="tonline",
        note="2.4. is the date of the Zuzahlung bill")  # fmt: skip

    # --- Sophie Wagner (21): video Mon 09:30 ---------------------------------------------
    yes("c42_sophie_jahresanfang.eml", 21, (1124, 1125), ("2026-01-12", "2026-01-19"),
        "2026-01-20 07:35", "Bestätigung",
        "Hallo, 12.1.26 und 19.1.26 bestätigt. LG Sophie" + GMX_APP)  # fmt: skip

    # --- Mehmet Aydın (22): phone Thu 12:30, learner's German -----------------------------
    yes("c43_mehmet_donnerstag.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:02",
        "AW: " + OLD + "19.02.2026",
        "Hallo, Behandlung am Donnerstag war ok ich bestätige.\nMehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("c44_mehmet_drei_und_krank.eml", 22, (1131, 1132, 1133),
        ("2026-02-26", "2026-03-05", "2026-03-12"), "2026-03-13 09:15", "behandlung",
        "Sehr geehrte Praxis ich bestetige 26.2 und 5.3 und 12.3 alle gemacht telefonisch."
        " Aber 19.3 ich bin krank, kann nicht machen. Bitte absagen.\nMehmet Aydin",
        client="outlook", extra=("cancellation",), staff=True,
        note="19.3. is a future session he cancels")  # fmt: skip

    # --- James O'Neill (23): English, phone MT Tue 19:30 ---------------------------------
    yes("c45_james_receipt.eml", 23, (1137, 1138, 1139),
        ("2026-04-21", "2026-04-28", "2026-05-05"), "2026-05-06 08:02",
        "Sessions + receipt",
        "Morning,\n\nquick one: the sessions on the 21st and 28th of April went ahead, and"
        " the one on May 5th as well. Could you send me a receipt for my private insurer"
        " covering all the April sessions?\n\nCheers,\nJames",
        client="outlook", extra=("question",), staff=True)  # fmt: skip

    # --- Ursula Berger (24): phone Wed 09:00, elderly -------------------------------------
    yes("c36_ursula_weitergeleitet.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 16:45", "WG: " + OLD + "20.05.2026",
        "Liebe Praxis,\n\nich habe Ihre Mail bekommen und leite sie Ihnen zurück, ich weiß"
        " nicht wie man antwortet. Ja, die Behandlung am Mittwoch war, und die Woche davor"
        " (13. Mai) auch. Die Therapeutin ist sehr nett.\n\nHerzliche Grüße\n"
        "Ihre Ursula Berger",
        client="outlook", fwd="cr-1144", style="forward_outlook",
        note="forwards our request for 20.5.; 'am Mittwoch' is that Wednesday")  # fmt: skip


def look_alikes() -> None:
    no("n01_sabine_rechnung_angekommen.eml", 1, ("other",), "2026-02-12 18:10",
       "Rechnung", "Hallo,\n\ndie Rechnung vom 10.02. ist angekommen, danke.\n\nSabine Krüger",
       client="webde", staff=False, note="receipt of an invoice; 10.02. is its date")  # fmt: skip
    no("n02_thomas_erinnerung_ja.eml", 2, ("other",), "2026-03-01 18:40",
       "Re: Erinnerung: Ihr Termin am 02.03.2026", "Ja, bin morgen dabei.\n\nT. Becker",
       client="thunderbird", reply="rem-1018", style="thunderbird", staff=False,
       note="yes to a reminder of a future session")  # fmt: skip
    no("n03_aylin_krank_absage.eml", 3, ("cancellation",), "2026-04-20 07:05",
       "Absage 22.04.", "Hallo,\n\nich kann am 22.04. leider nicht, ich bin krank. Bitte"
       " absagen.\n\nAylin", client="gmail")  # fmt: skip
    no("n04_hj_naechster_termin.eml", 4, ("question",), "2026-02-01 10:30",
       "Termin", "WANN IST MEIN NAECHSTER TERMIN? ICH HABE DEN ZETTEL VERLEGT.\nWOLFF",
       client="tonline")  # fmt: skip
    no("n05_katrin_marie_fieber.eml", 5, ("cancellation",), "2026-05-05 07:30",
       "Marie krank", "Guten Morgen,\n\nMarie hat seit gestern Fieber und kann am"
       " Donnerstag (7.5.) nicht zur Videostunde. Bitte absagen.\n\nKatrin Schulz",
       client="thunderbird", name="Katrin Schulz")  # fmt: skip
    no("n06_peter_niemand_da.eml", 6, ("other",), "2026-06-01 08:05",
       "Heute 7:30 – niemand da", "Guten Morgen,\n\nich saß heute um 7:30 im Videoraum und"
       " habe 20 Minuten gewartet, es kam niemand. Das ist jetzt schon das zweite Mal. Bitte"
       " rechnen Sie den heutigen Termin nicht ab." + PETER_SIG,
       client="outlook", note="complaint: 1.6. did not take place")  # fmt: skip
    no("n07_elena_scan_unklar.eml", 7, ("forms",), "2026-05-29 20:10",
       "Re: Ihre Unterlagen für die Behandlung", "Hallo,\n\nhier die Dokumente.\n\nElena",
       client="yahoo", reply="fr-7", style="yahoo", forms=("anamnese", "unclassified"),
       files=(pdf("Anamnesebogen.pdf"), jpeg("IMG_4471.jpg")))  # fmt: skip
    no("n08_jonas_unterlagen.eml", 8, ("forms",), "2026-05-30 12:12",
       "Re: Ihre Unterlagen für die Behandlung", "Anbei alle drei." + IPHONE,
       client="iphone", reply="fr-8", style="iphone", staff=False,
       forms=("anamnese", "datenschutz", "einwilligung_tele"),
       files=(pdf("Anamnese.pdf"), pdf("Datenschutzerklärung.pdf"),
              pdf("Einwilligung Telebehandlung.pdf")))  # fmt: skip
    no("n09_gisela_arzt_verschieben.eml", 9, ("reschedule",), "2026-07-20 08:20",
       "Donnerstag", "guten tag am donnerstag 23.7. habe ich einen arzttermin um 8 uhr"
       " können wir die behandlung auf 11 uhr legen gisela neumann")  # fmt: skip
    no("n10_lukas_code_danke.eml", 10, ("other",), "2026-07-21 19:00",
       "Re: Ihr Videotermin am 24.07.2026", "Danke, Code ist angekommen.\n\nLukas",
       client="thunderbird", reply="vl-1066", style="thunderbird", staff=False)  # fmt: skip
    no("n11_emily_dublin.eml", 11, ("cancellation", "reschedule"), "2026-09-03 21:00",
       "Monday 7th", "Hi,\n\nI need to cancel Monday the 7th of September, I'm flying to"
       " Dublin. Sorry! Could we do a session later that week instead?\n\nEmily",
       client="gmail")  # fmt: skip
    no("n12_fatma_rechnung_19.eml", 12, ("question",), "2026-09-03 11:00",
       "Rechnung", "Hallo ich habe Rechnung bekommen vom 31.08. aber da steht 19.08 auch"
       " drauf, das war doch abgesagt? Bitte prüfen.\nFatma Yildiz" + WEBDE_APP,
       client="webde", note="asks about a cancelled day on an invoice")  # fmt: skip
    no("n13_vogel_muenchen.eml", 13, ("question",), "2026-10-05 07:10",
       "Termin 08.10.", "Sehr geehrte Damen und Herren,\n\nbitte teilen Sie mir mit, ob der"
       " Termin am 8.10. wie gewohnt per Video stattfindet; ich bin an dem Tag in"
       " Hamburg." + VOGEL_SIG, client="outlook")  # fmt: skip
    no("n14_anna_pruefung.eml", 14, ("reschedule",), "2026-10-01 16:40",
       "Termin 6.10.", "Hi,\n\nam 6.10. hab ich eine Prüfung, kann ich auf Donnerstag 8.10."
       " ausweichen?\n\nAnna" + ANNA_SIG, client="gmail")  # fmt: skip
    no("n15_klaus_ersatztermin.eml", 15, ("question",), "2026-10-23 09:30",
       "Ausfall 26.10.", "Hallo,\n\nschade dass der 26.10. ausfällt. Gibt es einen"
       " Ersatztermin?\n\nKlaus Zimmermann")  # fmt: skip
    no("n16_birgit_bestaetige_kuenftigen.eml", 16, ("other",), "2026-11-10 19:20",
       "AW: Erinnerung: Ihr Termin am 11.11.2026",
       "Hiermit bestätige ich den Termin morgen, 11.11. um 19 Uhr." + SAMSUNG,
       client="samsung", reply="rem-1103", style="samsung", staff=False,
       note="'bestätige' a future appointment: nothing took place yet")  # fmt: skip
    no("n17_ole_raum_nicht_gefunden.eml", 17, ("technical", "question"), "2026-10-29 10:25",
       "Video geht nicht", "Hi,\n\ndas Video ging heute nicht, es kam nur \u201eRaum nicht"
       " gefunden\u201c. Die Therapeutin hat dann abgebrochen. Wie machen wir das?\n\nOle",
       client="gmail", note="29.10. did not take place")  # fmt: skip
    no("n18_renate_mann_gestuerzt.eml", 18, ("cancellation",), "2026-04-10 17:50",
       "Absage", "Sehr geehrtes Praxisteam,\n\nmein Mann ist gestürzt und liegt im"
       " Krankenhaus. Ich muss die Termine am 13.4. und 15.4. leider absagen.\n\n"
       "Freundliche Grüße\nRenate Koch", client="tonline")  # fmt: skip
    no("n19_david_rezept.eml", 19, ("question",), "2026-11-05 13:00",
       "Verordnung", "Hallo,\n\nliegt Ihnen die Verordnung vom 29.10. vor? Meine private"
       " Versicherung möchte, dass das Datum auf der Rechnung steht. Morgen um 8 bin ich"
       " dann wie geplant da.\n\nGruß\nDavid Nowak",
       note="29.10. is the prescription date; tomorrow's session is future")  # fmt: skip
    no("n20_leonie_unterlagen.eml", 20, ("forms",), "2026-10-30 18:15",
       "AW: Ihre Unterlagen für die Behandlung", "Hallo :)\n\nanbei meine Unterlagen.\n\n"
       "Liebe Grüße\nLeonie Hartmann" + WEBDE_APP,
       client="webde", reply="fr-20", style="webde", staff=False,
       forms=("anamnese", "datenschutz", "einwilligung_tele"),
       files=(pdf("Fragebogen_Hartmann.pdf"), pdf("DSGVO_unterschrieben.pdf"),
              pdf("Einwilligung_Telemedizin.pdf")))  # fmt: skip
    no("n21_leonie_kein_link.eml", 20, ("question", "technical"), "2026-11-16 20:30",
       "Termin morgen?", "Hallo,\n\nfindet der Termin morgen (17.11.) statt? Ich finde den"
       " Link nicht mehr.\n\nLeonie" + WEBDE_APP, client="webde")  # fmt: skip
    no("n22_sophie_erinnerung_fehlt.eml", 21, ("question",), "2026-02-13 12:00",
       "Termin Montag", "Hi, ist der 16.02. noch aktuell? Ich hab diesmal keine Erinnerung"
       " bekommen. LG Sophie" + GMX_APP)  # fmt: skip
    no("n23_mehmet_nein_nicht_da.eml", 22, ("other",), "2026-03-26 14:10",
       "AW: " + OLD + "26.03.2026", "Nein, am 26.3. ich war nicht da, Telefon war aus."
       " Entschuldigung.\nMehmet",
       client="outlook", reply="cr-1135", style="outlook",
       note="a no under our request: 26.3. did not take place")  # fmt: skip
    no("n24_james_missed_call.eml", 23, ("other", "reschedule"), "2026-05-13 07:45",
       "Missed call", "Hi,\n\nI'm afraid I missed the call yesterday (May 12th) – my phone"
       " was on silent. Can we add a session at the end?\n\nJames",
       client="outlook", reply="cr-1140", style="outlook_en",
       note="12.5. did not take place")  # fmt: skip
    no("n25_ursula_danke_erinnerung.eml", 24, ("other",), "2026-06-02 10:00",
       "AW: Erinnerung: Ihr Termin am 03.06.2026", "Vielen Dank für die Erinnerung, ich bin"
       " am Mittwoch wieder da.\n\nHerzliche Grüße\nIhre Ursula Berger",
       reply="rem-1146", style="outlook_classic", client="outlook", staff=False)  # fmt: skip


def main() -> None:
    load_practice()
    confirmations()
    look_alikes()
    mc.HERE = HERE  # check_labels/write_labels write into the module's HERE
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    labels = HERE / "labels.toml"
    text = labels.read_text(encoding="utf-8")
    labels.write_text(text.replace("make_corpus.py", "tools/corpus/blind_n.py", 1), "utf-8")
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirm", file=sys.stderr)


if __name__ == "__main__":
    main()
