"""Write blind set AB: the messy end of a quarter, backlogs cleared before billing (51 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ab`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
36 mails confirm at least one day, 15 look like confirmations and are not. Patients and
their families catch up at the end of March, June, September and December: many days in
one mail in every written form (a list with the month once, 04/03, US 8/17, month
headings, ranges across a month end, "KW 37", weekday names, days without a month,
dotless "27 5"), mothers, daughters, wives and a legal carer writing from the patient's
address, formal letters; in some mails one day among the confirmed ones did not take
place, was cancelled, is still to come or is unsure. Look-alikes: future days listed,
"which days are still open?", a husband's own treatment elsewhere, an invoice query
listing days, a no-show told afterwards, a hospital stay.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_ab")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def iso(*ids: int) -> tuple[str, ...]:
    """The days of these appointments, as labels name them."""
    return tuple(mc.APPOINTMENTS[i].start.date().isoformat() for i in ids)


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def re(aid: int) -> str:
    return f"AW: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
WEBDE_APP = (
    "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet."
)
OUTLOOK_APP = "\n\nHolen Sie sich Outlook für Android<https://aka.ms/AAb9ysg>"


def first_quarter() -> None:
    yes("ab01_krueger_monatsweise.eml", 1, tuple(range(1003, 1010)),
        iso(*range(1003, 1010)), "2026-03-27 21:40", "Meine Termine Januar bis März",
        "Hallo liebes Praxisteam,\n\nich habe gemerkt dass ich Ihnen seit Ende Januar nichts"
        " mehr bestätigt habe, sorry! Jetzt zum Quartalsende alles auf einmal, ich habe in"
        " meinem Kalender nachgesehen:\n\nJanuar:\n- 27.\n\nFebruar:\n- 3.\n- 10.\n- 17.\n"
        "- 24.\n\nMärz:\n- 3.\n- 10.\n\nAlle Videotermine haben stattgefunden, jeweils um 10"
        " Uhr mit Frau Lenz.\n\nViele Grüße\nSabine Krüger\nTel. 0171 2245981",
        client="webde")  # fmt: skip
    yes("ab02_becker_februar_liste.eml", 2, tuple(range(1010, 1019)),
        iso(*range(1010, 1019)), "2026-03-30 08:05",
        "Bestätigung meiner Behandlungen 1. Quartal 2026",
        "Sehr geehrte Damen und Herren,\n\nfür Ihre Abrechnung des ersten Quartals bestätige"
        " ich Ihnen hiermit, dass die telefonischen Behandlungen (Manuelle Therapie) am 2., 5.,"
        " 9., 12., 16., 19., 23. und 26. Februar sowie am 2. März 2026 jeweils um 17:30 Uhr"
        " stattgefunden haben.\n\nDie Rechnung senden Sie bitte wie gewohnt an meine"
        " Privatadresse.\n\nMit freundlichen Grüßen\n\nThomas Becker\nDipl.-Ing. (FH)\n"
        "Lindenallee 14\n50968 Köln\nMobil: +49 172 5540312",
        client="outlook")  # fmt: skip
    yes("ab03_wolff_caps_zwanzigster.eml", 4, tuple(range(1028, 1033)),
        iso(*range(1028, 1033)), "2026-03-26 10:12", "TERMINE",
        "GUTEN TAG\n\nICH HABE DIE TELEFONTERMINE GEHABT AM 16.1  23.1  30.1  6.2 UND 13.2"
        " IMMER FREITAGS UM 14 UHR\nDEN 20.2 HATTE ICH NICHT WEIL ICH BEIM AUGENARZT WAR."
        " HABE MORGENS ANGERUFEN UND ES DER DAME AM TELEFON GESAGT\n\nMFG\nH.J. WOLFF",
        client="tonline", reply="cr-1033", style="tonline",
        staff=True, note="20.2. (1033) did not take place (eye doctor, cancelled by phone"
        " that morning): staff must mark it; the other five days are confirmed")  # fmt: skip
    yes("ab04_wagner_mutter.eml", 21, (1124, 1125, 1126, 1128, 1129),
        iso(1124, 1125, 1126, 1128, 1129), "2026-03-24 19:55",
        "Sophies Termine",
        "Guten Abend,\n\nich bin die Mutter von Sophie und kümmere mich um ihren Papierkram,"
        " sie ist gerade mitten in den Abiturprüfungen. Sophie hatte ihre Krankengymnastik per"
        " Video an allen drei Montagen im Januar (12., 19. und 26.) und dann im Februar am 9."
        " und am 16. Den Termin am 2.2. hatten ja Sie abgesagt, der fehlt also"
        " richtigerweise.\n\nFreundliche Grüße\nMonika Wagner (für Sophie Wagner)" + GMX_APP,
        name="Sophie Wagner",
        note="the mother writes for Sophie from Sophie's address; 2.2. was cancelled by the"
        " practice, as the snapshot says")  # fmt: skip
    yes("ab05_aydin_telefon_kaputt.eml", 22, tuple(range(1130, 1135)),
        iso(*range(1130, 1135)), "2026-03-30 13:47", "termine februar märz",
        "hallo\n\nich habe telefon therapie gemacht 19.2  26.2  5.3  12.3  19.3 alles gut"
        " gemacht mit frau Lenz\n26.3 ich weis nicht ob gemacht, mein handy war kaputt an"
        " diese tag vieleicht sie haben angerufen und ich nicht gehört\n\nmfg\nMehmet Aydın"
        + SAMSUNG,
        client="samsung", reply="cr-1135", style="samsung", staff=True,
        note="26.3. (1135) unsure: the phone was broken, maybe the call never reached him;"
        " the other five days are confirmed")  # fmt: skip
    yes("ab06_demir_schraegstriche.eml", 3, (1019, 1020, 1021, 1022),
        iso(1019, 1020, 1021, 1022), "2026-03-28 09:31", re(1022),
        "Hi, sorry für die späte Antwort! 04/03, 11/03, 18/03 und 25/03 waren alle, jeweils"
        " morgens per Video 🙂\n\nLG Aylin",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    yes("ab07_koch_monatswechsel.eml", 18, tuple(range(1109, 1114)),
        iso(*range(1109, 1114)), "2026-04-10 11:20", "Bestätigung",
        "Liebe Praxis Impulse,\n\nvom 23. März bis zum 8. April haben alle fünf"
        " Telefontermine stattgefunden (23.3., 25.3., 30.3., 1.4. und 8.4.). Die Übungen"
        " mache ich fleißig.\n\nHerzliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("ab08_becker_kalenderwochen.eml", 2, (1010, 1011, 1012, 1013),
        iso(1010, 1011, 1012, 1013), "2026-03-31 22:14", re(1013),
        "In KW 6 und KW 7 jeweils Montag und Donnerstag telefoniert, alle vier Termine"
        " fanden statt.\n\nBecker\n\n" + "Gesendet mit der mobilen Mail App",
        client="outlook", reply="cr-1013", style="outlook", bottom=False,
        note="KW 6 = 2.-8.2.2026, KW 7 = 9.-15.2.: 2.2., 5.2., 9.2., 12.2.")  # fmt: skip
    yes("ab09_krueger_ohne_monat.eml", 1, (1004, 1005, 1006), iso(1004, 1005, 1006),
        "2026-03-30 18:02", re(1006),
        "der 3., 10. und 17. waren alle ok, ich hatte das nur nie beantwortet\n\nSabine",
        client="webde", reply="cr-1006", style="webde",
        note="days without a month, in answer to our request for 17.02.: February")  # fmt: skip
    yes("ab10_wolff_ehefrau.eml", 4, (1028, 1029, 1030), iso(1028, 1029, 1030),
        "2026-03-27 16:40", "Telefontermine meines Mannes",
        "Sehr geehrtes Praxisteam,\n\nich schreibe für meinen Mann, Hans-Jürgen Wolff, der mit"
        " dem Computer nicht zurechtkommt. Er hatte am Freitag, dem 16. und am Freitag, dem 23."
        " Januar seine Krankengymnastik am Telefon, am 30.01. ebenso. Ich saß jedes Mal"
        " daneben.\n\nMit freundlichen Grüßen\nIngrid Wolff",
        client="tonline", name="Hans-Jürgen Wolff")  # fmt: skip
    yes("ab11_becker_zweiter_maerz_unklar.eml", 2, (1014, 1015, 1016, 1017),
        iso(1014, 1015, 1016, 1017), "2026-03-31 07:58", "Nachtrag Termine",
        "Guten Morgen,\n\nnoch ein Nachtrag für Ihre Quartalsabrechnung: 16.02, 19.02, 23.02"
        " und 26.02 habe ich telefonisch gehabt. Beim 02.03 kann ich es Ihnen nicht mehr"
        " sicher sagen, da war ich auf Dienstreise und weiß nicht mehr, ob der Anruf geklappt"
        " hat. Schauen Sie bitte bei sich nach.\n\nGruß\nT. Becker",
        client="outlook", staff=True,
        note="2.3. (1018) unsure (business trip, he does not remember): staff must check;"
        " the four February days are confirmed")  # fmt: skip
    yes("ab12_koch_caps_monatsende.eml", 18, (1111, 1112), iso(1111, 1112),
        "2026-04-02 09:15", "AW: Erinnerung",
        "MONTAG 30.3 UND MITTWOCH 1.4 HAT DIE THERAPEUTIN ANGERUFEN, WIR HABEN ZUSAMMEN"
        " GEÜBT. ALLES IN ORDNUNG\nRENATE KOCH",
        client="tonline", reply="rem-1112", style="tonline")  # fmt: skip


def second_quarter() -> None:
    yes("ab13_schulz_mutter_himmelfahrt.eml", 5, tuple(range(1034, 1040)),
        iso(*range(1034, 1040)), "2026-06-29 20:31", "Termine Marie April-Mai",
        "Hallo,\n\nhier schreibt Katrin Schulz, die Mutter von Marie. Ich muss noch Maries"
        " Termine nachreichen: im April hatte sie am 16., 23. und 30. Videotermin, im Mai am"
        " 7., 21. und 28. Am 14. Mai war Himmelfahrt, da war ja nichts.\nAlles hat geklappt,"
        " Marie macht ihre Übungen sogar freiwillig 😄\n\nViele Grüße\nKatrin Schulz",
        client="apple", name="Marie Schulz",
        note="the mother writes for Marie from the family address")  # fmt: skip
    yes("ab14_hoffmann_brief.eml", 6, tuple(range(1040, 1046)), iso(*range(1040, 1046)),
        "2026-06-29 07:12", "Bestätigung der Behandlungen im Mai/Juni 2026",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass folgende Behandlungen"
        " stattgefunden haben:\n\n  Mo 04.05.2026  07:30  KG am Gerät\n"
        "  Mo 11.05.2026  07:30  KG am Gerät\n  Mo 18.05.2026  07:30  KG am Gerät\n"
        "  Mo 18.05.2026  12:30  Manuelle Therapie\n  Di 26.05.2026  07:30  KG am Gerät"
        " (wegen Pfingstmontag verlegt)\n  Mo 01.06.2026  07:30  KG am Gerät\n\n"
        "Ich bitte um eine Gesamtrechnung für meine Beihilfe.\n\nMit freundlichen Grüßen\n\n"
        "Peter Hoffmann\n\n--\nPeter Hoffmann | Geschäftsführer\nHoffmann Logistik GmbH\n"
        "Hafenstraße 8, 28217 Bremen\nAmtsgericht Bremen HRB 31245\n\nDiese E-Mail enthält"
        " vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren"
        " Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
        client="outlook", extra=("question",), staff=True,
        note="all six sessions confirmed; staff must answer the request for one invoice"
        " for the Beihilfe")  # fmt: skip
    yes("ab15_oneill_airport.eml", 23, tuple(range(1136, 1141)), iso(*range(1136, 1141)),
        "2026-06-26 23:05", "My sessions April/May",
        "Hi there,\n\nCatching up on admin before the end of the quarter. The following phone"
        " sessions took place: April 14, 21 and 28, May 5 and 12.\n\nMay 19 I honestly can't"
        " tell you. I was flying to Dublin that evening and I may have taken the call at the"
        " gate, or I may have missed it completely. Please check on your end.\n\nCheers,\n"
        "James O'Neill\n\nSent from Outlook for iOS",
        client="outlook", reply="cr-1141", style="outlook_en", staff=True,
        note="19 May (1141) unsure (may have missed the call at the airport): staff must"
        " check; the other five days are confirmed")  # fmt: skip
    yes("ab16_berger_tochter_mittwoche.eml", 24, tuple(range(1142, 1148)),
        iso(*range(1142, 1148)), "2026-06-30 17:44", "Termine meiner Mutter Ursula Berger",
        "Guten Tag,\n\nich bin die Tochter von Frau Berger und erledige ihre Post. Meine"
        " Mutter hatte ihre Telefontherapie jeden Mittwoch um 9 Uhr:\n\nMi 6.5.\nMi 13.5.\n"
        "Mi 20.5.\nMi 27.5.\nMi 3.6.\nMi 10.6.\n\nDie haben alle stattgefunden, ich war"
        " meistens dabei.\n\nFreundliche Grüße\nCornelia Berger-Hahn",
        name="Ursula Berger")  # fmt: skip
    yes("ab17_popescu_dreissigster_kommt.eml", 7, (1046, 1047, 1048, 1049),
        iso(1046, 1047, 1048, 1049), "2026-06-26 12:10", "Re: Bitte bestätigen Sie Ihre Behandlung vom 23.06.2026",
        "Guten Tag,\n\nDienstag 2 Juni, 9 Juni, 16 Juni und 23 Juni war Therapie mit Video,"
        " alles gut. Der 30 Juni kommt noch, da bin ich auch da.\n\nVielen Dank\nElena Popescu",
        client="yahoo", reply="cr-1049", style="yahoo",
        note="30 June (1050) is still to come: not a confirmation")  # fmt: skip
    yes("ab18_richter_iphone_kurz.eml", 8, (1051, 1052, 1053, 1054),
        iso(1051, 1052, 1053, 1054), "2026-06-25 07:03", re(1054),
        "3.6/10.6/17.6/24.6 alle gehabt 👍" + IPHONE,
        client="iphone", reply="cr-1054", style="iphone", bottom=True)  # fmt: skip
    yes("ab19_demir_erster_april.eml", 3, (1024, 1025, 1026),
        ("2026-04-01", *iso(1024, 1025, 1026)), "2026-04-27 20:15", "Termine April",
        "Hallo,\n\nim April hatten wir den 1., 8., 15. und 22., alle per Video um halb"
        " neun.\n\nLiebe Grüße\nAylin Demir",
        client="gmail", staff=True,
        note="1.4. (1023) is cancelled in our calendar but she names it as held: staff must"
        " look; 8., 15. and 22.4. are confirmed")  # fmt: skip
    yes("ab20_koch_schon_bestaetigt.eml", 18, (1114,), iso(1114, 1115),
        "2026-06-30 10:02", "Noch offen?",
        "Guten Tag,\n\nich räume gerade meine Mails auf. Den 13. April hatte ich wohl nie"
        " bestätigt, der war aber. Der 15. April auch, den hatte ich Ihnen schon"
        " geschrieben.\n\nGruß R. Koch",
        client="tonline",
        note="15.4. (1115) was confirmed before: only 13.4. (1114) is new")  # fmt: skip
    yes("ab21_richter_monatswechsel.eml", 8, (1054, 1055), iso(1054, 1055),
        "2026-07-02 21:30", re(1055),
        "Hallo,\n\nbeide gemacht, 24.6. und 1.7., danke!\n\nJonas",
        client="thunderbird", reply="cr-1055", style="thunderbird")  # fmt: skip
    yes("ab22_berger_ohne_punkte.eml", 24, (1145, 1146), iso(1145, 1146),
        "2026-06-30 19:20", re(1146),
        "Termine am 27 5 und 3 6 haben stattgefunden\nGruß Berger" + OUTLOOK_APP,
        client="outlook", reply="cr-1146", style="outlook_classic",
        note="dotless days: 27 5 = 27.5., 3 6 = 3.6.")  # fmt: skip


def third_quarter() -> None:
    yes("ab23_neumann_ohne_punkte.eml", 9, tuple(range(1056, 1063)), iso(*range(1056, 1063)),
        "2026-09-28 15:33", "juli",
        "guten tag\ndienstag und donnerstag im juli alles gehabt 7 9 14 16 21 23 und 28 die"
        " dame hat immer pünktlich angerufen\ngruß gisela neumann")  # fmt: skip
    yes("ab24_brandt_urlaub_unsicher.eml", 10, (1063, 1064, 1065, 1066, 1068),
        iso(1063, 1064, 1065, 1066, 1068), "2026-09-29 18:48", "Termine Juli/August",
        "Hallo,\n\nhabe endlich Zeit gefunden: 03.07., 10.07., 17.07., 24.07. und 07.08."
        " hatten wir Video, alles bestens.\n\nDer 31.07. ist mir ein Rätsel – ich war an dem"
        " Wochenende schon an der Ostsee, eigentlich kann ich da nicht vor dem Laptop gesessen"
        " haben. Bitte prüfen Sie das.\n\nBeste Grüße\nLukas Brandt",
        staff=True, note="31.7. (1067) unsure (already on holiday): staff must check")  # fmt: skip
    yes("ab25_carter_us_slashes.eml", 11, tuple(range(1069, 1075)), iso(*range(1069, 1075)),
        "2026-09-25 14:02", "Sessions Aug/Sep",
        "Hello,\n\nfor your records, I attended all my video sessions: 8/3, 8/10, 8/17, 8/24,"
        " 8/31 and 9/7, each Monday at noon.\n\nBest,\nEmily Carter\n\n--\nEmily Carter, PhD\n"
        "Research Fellow",
        client="gmail",
        note="US month/day order: 8/17 can only be August 17, all Mondays")  # fmt: skip
    yes("ab26_yildiz_neunzehnter_abgesagt.eml", 12, (1075, 1076, 1078, 1079, 1080),
        iso(1075, 1076, 1078, 1079, 1080), "2026-09-24 11:11", "termine",
        "Merhaba, guten tag\n\nich habe telefon gemacht am 5.8 12.8 26.8 2.9 und 9.9. Der 19.8"
        " war abgesagt von ihnen.\n\nSağolun\nFatma Yıldız",
        client="webde",
        note="19.8. was cancelled by the practice, as the snapshot says")  # fmt: skip
    yes("ab27_vogel_briefkopf.eml", 13, (1082, 1083, 1084), iso(1082, 1083, 1084),
        "2026-09-29 06:45", "Behandlungstermine September 2026",
        "Sehr geehrte Damen und Herren,\n\nzum Abschluss des Quartals bestätige ich die"
        " Behandlungstermine vom 10.09.2026, 17.09.2026 und 24.09.2026 (jeweils 07:00 Uhr,"
        " Manuelle Therapie per Video). Die Termine am 01.10. und 08.10. werde ich wie geplant"
        " wahrnehmen.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n\n"
        "Vogel & Partner Rechtsanwälte mbB\nKönigsallee 60, 40212 Düsseldorf\n"
        "Tel. +49 211 8823-0 | Fax +49 211 8823-99\n\nDiese Nachricht ist vertraulich und"
        " kann dem Anwaltsgeheimnis unterliegen.",
        client="outlook",
        note="1.10. and 8.10. are still to come; 3.9. was confirmed before and is not"
        " named")  # fmt: skip
    yes("ab28_lehmann_kw_fieber.eml", 14, (1087, 1088, 1089), iso(1087, 1088, 1089),
        "2026-09-30 21:17", "Termine KW 37-40",
        "Liebes Team,\n\nin KW 37, 38 und 39 hatte ich jeweils am Dienstag meine"
        " Videobehandlung, das hat alles geklappt. In KW 40 (29.9.) haben wir nach fünf"
        " Minuten abgebrochen, weil ich Fieber hatte – das zählt wohl nicht als"
        " Behandlung?\n\nViele Grüße\nAnna Lehmann\n\n--\nAnna Lehmann, M.A.\n"
        "Wissenschaftliche Mitarbeiterin\nInstitut für Germanistik\nRaum 3.114",
        client="thunderbird", extra=("question",), staff=True,
        note="KW 37-39 = 8.9., 15.9., 22.9.; 29.9. (1090) broken off after five minutes,"
        " with a question: staff must decide")  # fmt: skip
    yes("ab29_carter_weekday_names.eml", 11, (1073, 1074), iso(1073, 1074),
        "2026-09-08 09:40", "Re: Bitte bestätigen Sie Ihre Behandlung vom 07.09.2026",
        "Both took place - Monday 31 August and Monday 7 September. Thanks!\n\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en", bottom=True)  # fmt: skip
    yes("ab30_neumann_betreuerin.eml", 9, (1058, 1059, 1060, 1062),
        iso(1058, 1059, 1060, 1062), "2026-09-30 11:05", "Frau Neumann – Termine Juli",
        "Sehr geehrte Damen und Herren,\n\nals gesetzliche Betreuerin von Frau Gisela"
        " Neumann bestätige ich Ihnen die Telefonbehandlungen am 14.07., 16.07. und 21.07."
        " sowie am 28.07.2026.\nAm 23.07. lag Frau Neumann im Krankenhaus; dieser Termin"
        " hat nicht stattgefunden.\n\nMit freundlichen Grüßen\ni. A. Heike Sommer\n"
        "Betreuungsbüro Sommer",
        client="outlook", name="Gisela Neumann", staff=True,
        note="the legal carer writes from Frau Neumann's address; 23.7. (1061) did not"
        " take place (hospital): staff must mark it")  # fmt: skip


def fourth_quarter() -> None:
    yes("ab31_zimmermann_oktober.eml", 15, (1093, 1094, 1095, 1097),
        iso(1093, 1094, 1095, 1097), "2026-12-14 10:50", "Termine Oktober November",
        "Hallo Praxis\n\nOktober 5 12 19 und November 2 hatte ich die Telefon Gymnastik den 26"
        " hatten Sie ja abgesagt\n\nKlaus Zimmermann",
        note="26.10. cancelled by the practice, as the snapshot says")  # fmt: skip
    human("ab32_schaefer_buero_mittwoche.eml",
          sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
          date="2026-12-18 17:25", subject="Bestätigung Behandlungen Okt./Nov.",
          body="Guten Tag,\n\nvom 7. Oktober bis zum 11. November hatte ich jeden Mittwoch um"
          " 19 Uhr meine Videobehandlung, also sechs Termine (7.10., 14.10., 21.10., 28.10.,"
          " 4.11., 11.11.). Alle haben stattgefunden.\n\nMit freundlichen Grüßen\nBirgit"
          " Schäfer\nSteuerberaterin\n\nSchäfer Steuerberatung\nMarktplatz 3, 69117"
          " Heidelberg\n\nDiese E-Mail kann vertrauliche Informationen enthalten.",
          client="outlook",
          label=Label(("confirmation",), patient=16, confirmed=tuple(range(1098, 1104)),
                      dates=iso(*range(1098, 1104)),
                      note="from her second registered address (office)"))  # fmt: skip
    yes("ab33_jansen_unsicher_abgesagt.eml", 17, (1104, 1105, 1106, 1107),
        iso(1104, 1105, 1106, 1107), "2026-12-02 08:20", "Gerätetermine",
        "Moin,\n\n22.10 29.10 5.11 12.11 – alles gemacht.\n19.11 war ich krank, hatte ich"
        " das abgesagt? Bin mir nicht sicher ob meine Mail rausgegangen ist.\n\nOle",
        client="gmail", extra=("question",), staff=True,
        note="19.11. (1108) did not take place (ill) and he does not know whether he"
        " cancelled: staff must look")  # fmt: skip
    yes("ab34_nowak_euro_slashes.eml", 19, tuple(range(1116, 1120)), iso(*range(1116, 1120)),
        "2026-12-01 08:55", "Sessions November",
        "Hallo,\n\n6/11, 13/11, 20/11 und 27/11 – all four MT sessions took place, thanks"
        " a lot.\n\nDavid",
        client="plain", note="European day/month slashes")  # fmt: skip
    yes("ab35_hartmann_mutter.eml", 20, tuple(range(1120, 1124)), iso(*range(1120, 1124)),
        "2026-12-10 20:40", "Leonies Termine im November",
        "Sehr geehrte Damen und Herren,\n\nmeine Tochter Leonie (16) hatte im November ihre"
        " Krankengymnastik per Video am 3., 10., 17. und 24.11., jeweils um 17 Uhr. Ich habe"
        " das für sie übernommen, weil sie solche Mails nie beantwortet.\n\nMit freundlichen"
        " Grüßen\nAndrea Hartmann",
        client="webde", name="Leonie Hartmann")  # fmt: skip
    yes("ab36_lehmann_iso.eml", 14, (1091, 1092), iso(1091, 1092),
        "2026-12-21 12:30", "Nachtrag Oktober",
        "Hallo,\n\nzur Vollständigkeit noch meine beiden letzten Sitzungen: 2026-10-06 und"
        " 2026-10-13, beide haben wie geplant stattgefunden.\n\nFrohe Feiertage!\nAnna"
        " Lehmann",
        client="thunderbird")  # fmt: skip


def look_alikes() -> None:
    no("ab37_krueger_kuenftige_tage.eml", 1, ("other",), "2026-02-28 10:05",
       "Termine März",
       "Hallo,\n\nich habe mir die nächsten Termine notiert: 3.3. und 10.3., jeweils 10 Uhr."
       " Ich bin dabei!\n\nLG Sabine",
       client="webde", staff=False,
       note="future days only; nothing to confirm")  # fmt: skip
    no("ab38_zimmermann_welche_offen.eml", 15, ("question",), "2026-12-15 09:12",
       "Welche Termine fehlen noch?",
       "Guten Tag\n\nwelche Termine sind bei mir noch nicht bestätigt? Ich dachte 5.10. und"
       " 12.10. hätte ich Ihnen schon geschrieben aber vielleicht auch nicht. Bitte eine"
       " kurze Liste.\n\nK. Zimmermann",
       note="a question which days are still open, no day said to have taken place")  # fmt: skip
    no("ab39_schaefer_ehemann_woanders.eml", 16, ("question",), "2026-12-17 19:02",
       "Rechnung falsch zugeordnet?",
       "Hallo,\n\nmein Mann Jörg hatte am 14.10. und 21.10. Krankengymnastik in der Praxis am"
       " Markt hier in Heidelberg, nicht bei Ihnen. Ich habe aber ein Schreiben bekommen, in"
       " dem diese Tage auftauchen. Können Sie das prüfen?\n\nBirgit Schäfer",
       client="webde",
       note="the husband's own treatment elsewhere; her own Wednesdays are not"
       " confirmed here")  # fmt: skip
    no("ab40_hoffmann_rechnung.eml", 6, ("question",), "2026-07-03 08:30",
       "Rechnung Nr. 2026-0612",
       "Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung vom 30.06. sind folgende Termine"
       " aufgeführt: 04.05., 11.05., 18.05. (2x), 26.05. und 01.06.2026. Für die Beihilfe"
       " benötige ich die Rechnung zusätzlich mit Angabe der Diagnose. Können Sie mir diese"
       " bitte noch einmal als PDF schicken?\n\nMit freundlichen Grüßen\nPeter Hoffmann",
       client="outlook",
       note="an invoice query listing the invoiced days, not a confirmation")  # fmt: skip
    no("ab41_aydin_nicht_da.eml", 22, ("other",), "2026-03-30 14:05",
       "5.3 und 12.3",
       "hallo\n\nam 5.3 und 12.3 ich war nicht da, ich war krank mit grippe, telefon aus."
       " entschuldigung\n\nMehmet" + SAMSUNG,
       client="samsung",
       note="no-show told after the fact: staff must mark both days")  # fmt: skip
    no("ab42_popescu_urlaub_frage.eml", 7, ("question", "reschedule"), "2026-06-15 18:20",
       "Termine Ende Juni",
       "Guten Tag,\n\nich bin ab 22 Juni im Urlaub in Rumänien. Finden 23 Juni und 30 Juni"
       " noch statt? Kann man verschieben auf Juli?\n\nDanke\nElena Popescu",
       client="yahoo", note="future days, a reschedule question")  # fmt: skip
    no("ab43_oneill_list_request.eml", 23, ("question",), "2026-06-27 10:15",
       "List of my sessions?",
       "Hi,\n\ncould you send me a list of the dates I had sessions this quarter? My insurer"
       " wants it. I think it was every Tuesday from April 14 to May 19 but I'd rather have"
       " it from you.\n\nThanks,\nJames",
       client="outlook", note="asks for a list; 'I think' is no confirmation")  # fmt: skip
    no("ab44_neumann_krankenhaus.eml", 9, ("cancellation",), "2026-07-15 08:10",
       "Termine meiner Mutter",
       "Guten Morgen,\n\nmeine Mutter Gisela Neumann liegt seit dem 5.7. im Krankenhaus."
       " Die Telefontermine am 7.7., 9.7. und 14.7. konnten deshalb nicht stattfinden, und"
       " die nächsten bitte auch erst einmal absagen. Ich melde mich, wenn sie wieder zu"
       " Hause ist.\n\nMit freundlichen Grüßen\nPetra Neumann",
       name="Gisela Neumann",
       note="the daughter reports days that did not take place and cancels the rest")  # fmt: skip
    no("ab45_brandt_kommende.eml", 10, ("other",), "2026-07-20 12:40",
       "Re: Ihr Videotermin",
       "Hallo,\n\nhabe gesehen, dass noch 24.7., 31.7. und 7.8. eingetragen sind – passt"
       " alles, bis dann!\n\nLukas",
       staff=False, note="future days acknowledged; nothing to confirm")  # fmt: skip
    no("ab46_carter_rezept.eml", 11, ("question",), "2026-09-01 16:44",
       "Prescription question",
       "Hi,\n\nmy doctor prescribed six sessions: Aug 3, 10, 17, 24, 31 and Sept 7 are on"
       " your schedule. Will I need a new prescription after Sept 7 or are there sessions"
       " left over?\n\nEmily",
       client="gmail", note="a prescription question listing scheduled days")  # fmt: skip
    no("ab47_vogel_sekretariat.eml", 13, ("question",), "2026-09-30 09:00",
       "Terminübersicht 3. Quartal",
       "Sehr geehrte Damen und Herren,\n\nHerr Dr. Vogel bittet um Übersendung einer"
       " Terminübersicht für das 3. Quartal (3.9., 10.9., 17.9., 24.9.) für seine"
       " Unterlagen.\n\nMit freundlichen Grüßen\ni. A. Sandra Klein\nSekretariat Dr. Vogel\n"
       "Vogel & Partner Rechtsanwälte mbB",
       client="outlook",
       note="the office asks for an overview of the days; no day said to have taken"
       " place")  # fmt: skip
    no("ab48_yildiz_nachholen.eml", 12, ("reschedule",), "2026-08-20 09:30",
       "19.8",
       "hallo\n19.8 termin ist ausgefallen, wann kann ich nachholen? ich kann montag oder"
       " dienstag vormittag\nFatma",
       client="webde", note="asks to make up the cancelled 19.8.")  # fmt: skip
    no("ab49_hartmann_beschwerde.eml", 20, ("question",), "2026-11-26 21:10",
       "Termin 24.11.",
       "Guten Abend,\n\nLeonie sagt, am 24.11. hat sie das Video gar nicht aufbekommen und"
       " niemand hat angerufen. Wird der Termin trotzdem abgerechnet? Das fände ich nicht in"
       " Ordnung.\n\nAndrea Hartmann (Mutter)",
       client="webde", name="Leonie Hartmann",
       note="complaint: 24.11. did not take place")  # fmt: skip
    no("ab50_nowak_dezember.eml", 19, ("other",), "2026-11-30 19:05",
       "Termine Dezember",
       "Hallo,\n\nich bestätige hiermit meine nächsten Termine am 4.12., 11.12. und 18.12.,"
       " jeweils 8 Uhr. Bis Freitag!\n\nDavid Nowak",
       note="future days that are not in our calendar: staff must look")  # fmt: skip
    no("ab51_jansen_frage_19.eml", 17, ("question",), "2026-12-03 10:30",
       "19.11.?",
       "Hallo,\n\nhatten wir am 19.11. eigentlich Termin oder nicht? Ich finde in meinem"
       " Kalender nichts dazu.\n\nGruß Ole",
       client="gmail", note="a question, no day said to have taken place")  # fmt: skip


def write_labels() -> None:
    lines = [
        "# Expected decision per mail; format in tests/data/corpus/README.md."
        " Generated by tools/corpus/blind_ab.py.",
        "",
    ]
    for mail in mc.MAILS:
        lab = mail.label
        lines += [
            "[[mail]]",
            f"file = {mc._toml_str(mail.file)}",
            f"categories = {mc._toml_list(lab.categories)}",
            f"confirmation = {'true' if 'confirmation' in lab.categories else 'false'}",
            f"patient = {lab.patient}",
            f"confirmed = {mc._toml_list(lab.confirmed)}",
            f"dates = {mc._toml_list(lab.dates)}",
            f"forms = {mc._toml_list(lab.forms)}",
            f"needs_staff = {'true' if lab.needs_staff else 'false'}",
        ]
        if lab.note:
            lines.append(f"note = {mc._toml_str(lab.note)}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    load_practice()
    first_quarter()
    second_quarter()
    third_quarter()
    fourth_quarter()
    look_alikes()
    mc.check_labels()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    write_labels()
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirmations")


if __name__ == "__main__":
    main()
