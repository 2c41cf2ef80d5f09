"""Write blind set Z: mail written for someone else, and very formal mail (52 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_z`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
36 mails confirm at least one day, 16 look like confirmations and are not. The writers
are mostly not the patient: a legal guardian (Betreuer), a care service nurse, a care
home's office, grown children for an elderly parent, a spouse, a parent for a child, a
secretary with "i.A."; the rest write business letters in Sie-address about what the
therapist did ("Sie haben mich am ... angerufen", "Ihre Kollegin hat am ... mit mir
geübt"), in the passive ("wurde durchgeführt"), with reference lines (Betreff:, Ihr
Zeichen:, Ihre Nachricht vom). Every mail comes from a registered address of the patient
(the family's or the carer's use of the patient's mailbox, or the patient's second,
business address). Look-alikes: a relative reporting their own treatment elsewhere, a
carer asking whether a session took place, formal cancellations and a reschedule, a
complaint that the therapist did not call, a request to certify a session for the
insurer, an acknowledged future appointment.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_z")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None, fwd=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, forward=fwd,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None, fwd=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, forward=fwd,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def re(aid: int) -> str:
    return f"AW: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
VOGEL = (
    "\n\n--\nDr. Michael Vogel\nRechtsanwalt | Fachanwalt für Arbeitsrecht\n"
    "Vogel & Partner Rechtsanwälte PartG mbB\nKönigsallee 12 · 40212 Düsseldorf\n"
    "Tel. +49 211 555 010 · Fax +49 211 555 0199\n\n"
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie"
    " nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,"
    " informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das"
    " unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."
)
SCHAEFER = (
    "\n\nSchäfer Steuerberatung\nBirgit Schäfer, Steuerberaterin\nLindenstraße 4 · 50674 Köln\n"
    "Tel. 0221 987 654-0\nAmtsgericht Köln PR 1234\n\n"
    "Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten"
    " Adressaten bestimmt."
)


def on_behalf() -> None:
    """Relatives, guardians, carers and secretaries who confirm for the patient."""
    yes("z01_neumann_tochter.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 09:12", re(1057),
        "Sehr geehrte Damen und Herren,\n\nich schreibe für meine Mutter, Frau Gisela Neumann,"
        " die selbst nicht mehr gut mit dem Computer zurechtkommt. Die telefonischen"
        " Behandlungen am 07.07. und am 09.07.2026 haben beide stattgefunden. Meine Mutter"
        " war sehr zufrieden.\n\nMit freundlichen Grüßen\nPetra Kraus (Tochter)",
        client="webde", reply="cr-1057", style="webde",
        note="the daughter writes from her mother's registered address and names her")  # fmt: skip
    yes("z02_berger_betreuer.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-15 10:40", "Bestätigung Behandlungen Frau Ursula Berger",
        "Betreff: Krankengymnastik per Telefon\nBetreute: Frau Ursula Berger, geb. 12.03.1938\n"
        "Ihr Zeichen: PI-2026-1142, PI-2026-1143\n\nSehr geehrte Damen und Herren,\n\nals"
        " gesetzlicher Betreuer von Frau Berger verwalte ich auch ihr E-Mail-Postfach. Ich"
        " bestätige hiermit, dass die Behandlung durch Ihre Kollegin am 06.05.2026 sowie am"
        " 13.05.2026 jeweils stattgefunden hat; Frau Berger hat mir beide Anrufe bestätigt."
        "\n\nMit freundlichen Grüßen\n\nRainer Scholz\nBerufsbetreuer\nBetreuungsbüro Scholz,"
        " Hauptstr. 8, 45127 Essen\nTel. 0201 443322", client="outlook",
        note="legal guardian using the patient's mailbox; birth date and ids are not days")  # fmt: skip
    yes("z03_wolff_ehefrau.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-31 11:05", re(1030),
        "Guten Tag,\n\nmein Mann Hans-Jürgen hatte am 23.1. und am 30.1. seine Behandlung am"
        " Telefon. Beide Male hat die Therapeutin pünktlich angerufen und es hat stattgefunden."
        "\n\nFreundliche Grüße\nIngrid Wolff", client="thunderbird", reply="cr-1030",
        style="thunderbird", name="Hans-Jürgen Wolff")  # fmt: skip
    yes("z04_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:22", re(1034),
        "Hallo,\nMarie hatte heute ihre Stunde, hat stattgefunden :) sie hat danach gleich"
        " die Übungen nochmal gemacht\nVG Katrin Schulz (Mama)", client="gmail",
        reply="cr-1034", style="gmail", name="Katrin Schulz",
        note="the mother writes for her daughter Marie from the registered family address")  # fmt: skip
    yes("z05_schulz_zwei.eml", 5, (1035, 1036), ("2026-04-23", "2026-04-30"),
        "2026-05-01 08:47", "Maries Termine im April",
        "Guten Morgen,\n\nIhre Kollegin hat am 23. April und gestern, am 30. April, mit Marie"
        " geübt. Beides hat stattgefunden, ich saß jeweils daneben.\n\nViele Grüße\nKatrin"
        " Schulz" + IPHONE, client="iphone", name="Katrin Schulz")  # fmt: skip
    yes("z06_zimmermann_sohn.eml", 15, (1093, 1094), ("2026-10-05", "2026-10-12"),
        "2026-10-13 07:58", re(1094),
        "Sehr geehrte Damen und Herren,\n\nmein Vater, Herr Klaus Zimmermann, bittet mich, Ihnen"
        " mitzuteilen, dass die telefonischen Behandlungen am 5. und 12. Oktober stattgefunden"
        " haben.\n\nMit freundlichen Grüßen\nStefan Zimmermann", client="outlook",
        reply="cr-1094", style="outlook_classic")  # fmt: skip
    yes("z07_zimmermann_caps.eml", 15, (1095,), ("2026-10-19",), "2026-10-20 09:30", re(1095),
        "BEHANDLUNG AM 19.10.2026 HAT STATTGEFUNDEN. DER SOHN HAT DAS FÜR MICH EINGERICHTET"
        " MIT DER EMAIL\nMFG\nKLAUS ZIMMERMANN", reply="cr-1095", style="yahoo")  # fmt: skip
    yes("z08_zimmermann_jahresende.eml", 15, (1097,), ("2026-11-02",), "2026-12-29 14:12",
        "Nachtrag Behandlung November",
        "Sehr geehrte Damen und Herren,\n\nzwischen den Jahren komme ich endlich dazu, die Post"
        " meines Vaters durchzusehen. Die letzte Behandlung am Montag, den 02.11.2026, hat"
        " stattgefunden; die Bestätigung hatte ich bisher versäumt. Ich bitte dies zu"
        " entschuldigen.\n\nEinen guten Rutsch wünscht\nStefan Zimmermann\n(für Klaus"
        " Zimmermann)", client="outlook")  # fmt: skip
    yes("z09_schaefer_sekretariat.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:20",
        re(1099),
        "Sehr geehrte Damen und Herren,\n\nim Auftrag von Frau Schäfer teile ich Ihnen mit, dass"
        " die Videobehandlung am 14.10.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\ni.A."
        " Jana Krause\nSekretariat" + SCHAEFER, client="outlook", reply="cr-1099",
        style="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="her assistant answers from Frau Schäfer's registered business address, expressly"
        " in her name")  # fmt: skip
    yes("z10_vogel_sekretariat.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-25 11:02", "Ihr Zeichen PI-2026-1083 / PI-2026-1084",
        "Sehr geehrte Damen und Herren,\n\nIhr Zeichen: PI-2026-1083, PI-2026-1084\nUnser"
        " Zeichen: MV/sk\n\nim Auftrag von Herrn Dr. Vogel bestätige ich, dass die Termine am"
        " 17.09.2026 und am 24.09.2026 von Herrn Dr. Vogel wahrgenommen wurden.\n\nMit"
        " freundlichen Grüßen\ni.A. Sandra Keller\nAssistenz Dr. Vogel" + VOGEL,
        client="outlook", name="Dr. Michael Vogel")  # fmt: skip
    yes("z11_becker_ehefrau.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 21:14", re(1011),
        "Sehr geehrtes Praxisteam,\n\nmein Mann Thomas ist diese Woche beruflich unterwegs und"
        " bat mich, Ihnen zu antworten: die Behandlungen am Montag, 02.02., und am Donnerstag,"
        " 05.02., haben stattgefunden (er hat die Anrufe jeweils im Hotel angenommen).\n\n"
        "Viele Grüße\nClaudia Becker", client="gmail", reply="cr-1011", style="gmail",
        name="Thomas Becker")  # fmt: skip
    yes("z12_krueger_ehemann.eml", 1, (1003,), ("2026-01-27",), "2026-01-28 07:35", re(1003),
        "Hallo,\nmeine Frau Sabine lässt ausrichten: die Videobehandlung gestern hat"
        " stattgefunden. Sie kommt selbst gerade nicht an den Rechner.\nGruß Frank Krüger"
        + GMX_APP, client="webde", reply="cr-1003", style="webde", bottom=True)  # fmt: skip
    yes("z13_aydin_sohn.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-02-27 18:03", re(1131),
        "Guten Tag,\n\nich schreibe für meinen Vater Mehmet Aydın, er kann nicht so gut Deutsch"
        " schreiben. Die Telefonbehandlung am 19.02. und am 26.02. hat stattgefunden, er sagt"
        " es hilft ihm sehr mit dem Rücken.\n\nMfG\nEmre Aydın" + SAMSUNG, client="samsung",
        reply="cr-1131", style="samsung")  # fmt: skip
    yes("z14_aydin_selbst.eml", 22, (1132,), ("2026-03-05",), "2026-03-06 10:11", re(1132),
        "Sehr geehrte Frau\nSie hat mich am 5 märz angerufen und übung gemacht alles gut war"
        " stattgefunden danke schön\nMehmet Aydin", client="samsung", reply="cr-1132",
        style="samsung")  # fmt: skip
    yes("z15_neumann_pflegedienst.eml", 9, (1058,), ("2026-07-14",), "2026-07-15 08:05",
        re(1058),
        "Sehr geehrte Damen und Herren,\n\nim Namen von Frau Neumann: die Behandlung am"
        " Dienstag, 14.07., hat stattgefunden, ich war bei dem Telefonat dabei und habe den"
        " Lautsprecher angestellt.\n\nMit freundlichen Grüßen\nSchwester Monika\nAmbulanter"
        " Pflegedienst Sonnenschein, Tel. 0351 778899", client="webde", reply="cr-1058",
        style="webde",
        note="a nurse of the care service writes from the patient's address in her name")  # fmt: skip
    yes("z16_koch_sohn_monatswechsel.eml", 18, (1110, 1111, 1112),
        ("2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 12:30",
        "Behandlungen meiner Mutter Renate Koch",
        "Sehr geehrte Damen und Herren,\n\nfür meine Mutter, Frau Renate Koch, bestätige ich die"
        " telefonischen Behandlungen am 25. und 30. März sowie am 1. April 2026. Alle drei"
        " haben stattgefunden.\n\nBitte richten Sie Rückfragen gern an mich: 0171 2345678.\n\n"
        "Mit freundlichen Grüßen\nMarkus Koch", client="tonline")  # fmt: skip
    yes("z17_berger_heim.eml", 24, (1144, 1145), ("2026-05-20", "2026-05-27"),
        "2026-05-29 13:45", "Frau Ursula Berger, Zimmer 114 - Physiotherapie",
        "Sehr geehrte Damen und Herren,\n\ndie Verwaltung der Seniorenresidenz Am Park betreut"
        " für Frau Berger (Zimmer 114) den E-Mail-Verkehr. Laut Dokumentation unserer"
        " Pflegekräfte haben die telefonischen Behandlungen am Mittwoch, 20.05.2026, und am"
        " Mittwoch, 27.05.2026, jeweils um 9:00 Uhr stattgefunden.\n\nMit freundlichen Grüßen"
        "\nVerwaltung Seniorenresidenz Am Park\ni.A. H. Brömmel\n\nSeniorenresidenz Am Park"
        " gGmbH · Parkallee 3 · 45127 Essen · Geschäftsführer: Dr. K. Lamm",
        client="outlook", name="Ursula Berger",
        note="the care home's office handles the patient's mailbox and writes in her name")  # fmt: skip
    yes("z18_carter_husband.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 20:40", "RE: Bitte bestätigen Sie Ihre Behandlung vom 17.08.2026",
        "Dear Sir or Madam,\n\nI am writing on behalf of my wife, Emily Carter, as she is"
        " travelling. Both of her video sessions, on 10 August and on 17 August, took place"
        " as planned.\n\nKind regards,\nRobert Carter", client="outlook", reply="cr-1071",
        style="outlook_en")  # fmt: skip
    yes("z20_jansen_ehefrau.eml", 17, (1104,), ("2026-10-22",), "2026-10-23 07:12", re(1104),
        "Moin,\nmein Mann Ole hatte gestern (22.10.) die erste Sitzung KG am Gerät per Video,"
        " die hat stattgefunden. Die Unterlagen schickt er noch selbst.\nGruß Wiebke" + IPHONE,
        client="iphone", reply="cr-1104", style="iphone")  # fmt: skip
    yes("z21_hartmann_mutter.eml", 20, (1120, 1121), ("2026-11-03", "2026-11-10"),
        "2026-11-11 18:50", "Fwd: Bitte bestätigen Sie Ihre Behandlung vom 10.11.2026",
        "Sehr geehrte Damen und Herren,\n\nals Mutter von Leonie Hartmann bestätige ich, dass"
        " ihre Videotermine am 3.11. und am 10.11. stattgefunden haben.\n\nMit freundlichen"
        " Grüßen\nSusanne Hartmann", client="gmail", fwd="cr-1121", style="forward_gmail")  # fmt: skip
    yes("z22_hartmann_jahresende.eml", 20, (1123,), ("2026-11-24",), "2026-12-30 16:15",
        "Leonies letzte Stunde",
        "Guten Tag,\n\nvor Weihnachten ist es bei uns untergegangen: Leonies letzte Stunde am"
        " 24. November hat noch stattgefunden. Vielen Dank für alles und ein gutes neues Jahr!"
        "\n\nSusanne Hartmann (Mutter)", client="webde")  # fmt: skip
    yes("z23_oneill_assistant.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-22 09:15", "Mr O'Neill - telephone sessions",
        "Good morning,\n\nOn behalf of Mr O'Neill, please note that his telephone sessions on"
        " Tuesday 14th April and Tuesday 21st April 2026 both took place.\n\nBest regards,\n"
        "Claire Dunne\nPA to James O'Neill", client="outlook")  # fmt: skip


def formal() -> None:
    """Business letters by the patients themselves: Sie-address, passive, reference lines."""
    yes("z25_koch_passiv.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 10:00", re(1109),
        "Sehr geehrte Damen und Herren,\n\nhiermit wird bestätigt, dass die telefonische"
        " Behandlung am 23.03.2026 durchgeführt wurde.\n\nHochachtungsvoll\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("z26_wolff_angerufen.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 09:48", re(1028),
        "Sehr geehrte Damen und Herren,\n\nSie haben mich am Freitag, den 16. Januar 2026, um"
        " 14 Uhr angerufen und die Krankengymnastik mit mir durchgeführt. Dies bestätige ich"
        " Ihnen gern.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff\nGoethestr. 17\n"
        "38100 Braunschweig", client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("z27_schaefer_betreff.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15", re(1098),
        "Betreff: Ihre Anfrage vom 07.10.2026 - Bestätigung der Behandlung\n\nSehr geehrte Damen"
        " und Herren,\n\nhiermit bestätige ich die Durchführung der Videobehandlung am"
        " 07.10.2026 um 19:00 Uhr.\n\nMit freundlichen Grüßen\nBirgit Schäfer" + SCHAEFER,
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        note="from her second registered address; 07.10 is also the date of our request")  # fmt: skip
    yes("z28_vogel_bezug.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 12:00", re(1082),
        "Sehr geehrte Damen und Herren,\n\nunter Bezugnahme auf Ihre E-Mail vom heutigen Tage"
        " bestätige ich, dass die manualtherapeutische Behandlung am 10. September 2026,"
        " 07:00 Uhr, ordnungsgemäß durchgeführt wurde.\n\nMit freundlichen Grüßen\n\nDr."
        " Michael Vogel" + VOGEL, client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("z29_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:00",
        re(1043),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlungen am 18.05.2026 (07:30 Uhr KG am"
        " Gerät und 12:30 Uhr Manuelle Therapie) haben beide stattgefunden.\n\nMit"
        " freundlichen Grüßen\nPeter Hoffmann\nHoffmann Logistik GmbH", client="outlook",
        reply="cr-1043", style="outlook", bottom=True)  # fmt: skip
    yes("z30_becker_liste.eml", 2, (1012, 1013, 1014, 1015),
        ("2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19"), "2026-02-20 08:30",
        "Bestätigung der Behandlungstermine Februar 2026",
        "Sehr geehrte Damen und Herren,\n\nBetreff: Manuelle Therapie, Ihre Zeichen"
        " PI-2026-1012 bis PI-2026-1015\n\nfolgende Behandlungen wurden durchgeführt:\n\n"
        "- Montag, 09.02.2026\n- Donnerstag, 12.02.2026\n- Montag, 16.02.2026\n"
        "- Donnerstag, 19.02.2026\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook")  # fmt: skip
    yes("z31_krueger_zeichen.eml", 1, (1004,), ("2026-02-03",), "2026-02-04 09:10", re(1004),
        "Ihr Zeichen: PI-2026-1004\nIhre Nachricht vom: 03.02.2026\n\nSehr geehrte Damen und"
        " Herren,\n\ndie Behandlung hat am 3. Februar 2026 stattgefunden.\n\nMit freundlichen"
        " Grüßen\nSabine Krüger", client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("z32_demir_durchgefuehrt.eml", 3, (1019, 1020), ("2026-03-04", "2026-03-11"),
        "2026-03-12 07:45", re(1020),
        "Sehr geehrte Damen und Herren,\n\nSie haben am 04.03. und am 11.03. die Videobehandlung"
        " mit mir durchgeführt. Ich bestätige beide Termine.\n\nMit freundlichen Grüßen\nAylin"
        " Demir", client="gmail", reply="cr-1020", style="gmail")  # fmt: skip
    yes("z34_carter_formal.eml", 11, (1069,), ("2026-08-03",), "2026-08-04 08:55", re(1069),
        "Dear Sir or Madam,\n\nI hereby confirm that the session with your colleague on Monday,"
        " 3rd August 2026, took place as scheduled.\n\nYours faithfully,\nEmily Carter",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("z35_lehmann_behandlung_durch.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:02",
        re(1087),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung durch Frau Brandl am 08.09.2026 hat"
        " stattgefunden.\n\nMit freundlichen Grüßen\nAnna Lehmann\n\n--\nAnna Lehmann, M.A.\n"
        "Wissenschaftliche Mitarbeiterin\nInstitut für Germanistik, Universität Beispiel\n"
        "Raum 3.14 · Tel. +49 341 97-37000", client="thunderbird", reply="cr-1087",
        style="thunderbird", bottom=True)  # fmt: skip
    yes("z36_wagner_dm.eml", 21, (1124,), ("2026-01-12",), "2026-01-14 11:11", re(1124),
        "Sehr geehrte Damen und Herren,\n\nbezugnehmend auf Ihr Schreiben bestätige ich die"
        " Videobehandlung am 12. d. M.\n\nMit freundlichen Grüßen\nSophie Wagner",
        client="webde", reply="cr-1124", style="webde",
        note="'am 12. d. M.' (des Monats) is 12 January, our request asks about 12.01.2026")  # fmt: skip
    yes("z37_popescu.eml", 7, (1046,), ("2026-06-02",), "2026-06-03 13:20", re(1046),
        "Guten Tag\n\nich bestätige das Behandlung am 2 Juni war gemacht mit Video. Die Frau"
        " Therapeutin war sehr nett\n\nMit freundlichen Grüßen\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("z38_nowak_monatsende.eml", 19, (1118, 1119), ("2026-11-20", "2026-11-27"),
        "2026-11-30 08:00", "Behandlungen November",
        "Guten Morgen,\n\nhiermit teile ich Ihnen mit, dass die Behandlungen vom 20.11. und"
        " 27.11.2026 stattgefunden haben.\n\nBeste Grüße\nDavid Nowak", client="apple")  # fmt: skip
    yes("z39_hoffmann_teilweise.eml", 6, (1044,), ("2026-05-26",), "2026-06-02 09:40",
        "Termine 26.05. und 01.06.",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 26.05.2026 hat stattgefunden. Am"
        " 01.06.2026 hingegen hat sich niemand in die Videositzung eingewählt; ich habe bis"
        " 07:50 Uhr gewartet. Ich bitte um Klärung.\n\nMit freundlichen Grüßen\nPeter"
        " Hoffmann", client="outlook", staff=True, extra=("other",),
        note="26.05 confirmed; 01.06 a complaint that nobody joined: staff must look")  # fmt: skip
    yes("z40_brandt_rechnung.eml", 10, (1064,), ("2026-07-10",), "2026-07-11 12:00",
        re(1064),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 10.07.2026 fand statt. Darf ich"
        " Sie bitten, mir die Rechnung künftig an meine Firmenanschrift zu senden?\n\nMit"
        " freundlichen Grüßen\nLukas Brandt", client="thunderbird", reply="cr-1064",
        style="thunderbird", staff=True, extra=("question",),
        note="confirmed, plus a question for staff")  # fmt: skip


def look_alikes() -> None:
    """Mails by or for the patient that confirm nothing."""
    no("n01_neumann_tochter_eigene.eml", 9, ("other",), "2026-07-17 19:30",
       "Termin meiner Mutter am 16.07.",
       "Guten Abend,\n\nich bin die Tochter von Frau Neumann. Ich hatte gestern, am 16.07.,"
       " selbst Physiotherapie in der Praxis am Markt und war deshalb nicht bei meiner Mutter."
       " Sie kann sich nicht erinnern, ob Sie angerufen haben. Können Sie bitte nachsehen, ob"
       " die Behandlung stattgefunden hat?\n\nMit freundlichen Grüßen\nPetra Kraus",
       client="webde",
       note="the daughter's own treatment elsewhere; for the patient only a question")  # fmt: skip
    no("n02_berger_betreuer_frage.eml", 24, ("question",), "2026-06-04 09:00",
       "Anfrage Behandlung Frau Berger",
       "Sehr geehrte Damen und Herren,\n\nBetreute: Frau Ursula Berger\nIhr Zeichen:"
       " PI-2026-1146\n\nich bitte um Mitteilung, ob die Behandlung von Frau Berger am"
       " 03.06.2026 stattgefunden hat. Ich war an diesem Tag nicht vor Ort und Frau Berger"
       " konnte es mir nicht sicher sagen.\n\nMit freundlichen Grüßen\nRainer Scholz\n"
       "Berufsbetreuer", client="outlook",
       note="the guardian asks whether a session took place; nothing confirmed")  # fmt: skip
    no("n03_berger_absage.eml", 24, ("cancellation",), "2026-06-08 15:10",
       "Absage Termin 10.06.2026 - Frau Ursula Berger",
       "Sehr geehrte Damen und Herren,\n\nhiermit sage ich den Termin am 10.06.2026 um 9:00"
       " Uhr für Frau Berger ab, da sie sich zur Zeit im Krankenhaus befindet. Ich bitte um"
       " eine kurze Bestätigung der Absage.\n\nMit freundlichen Grüßen\nRainer Scholz\n"
       "Berufsbetreuer", client="outlook", reply="rem-1147", style="outlook_classic")  # fmt: skip
    no("n04_wolff_nicht_angerufen.eml", 4, ("other",), "2026-02-06 15:20",
       "Kein Anruf heute",
       "Sehr geehrte Damen und Herren,\n\nSie haben heute, am Freitag, den 06.02., nicht"
       " angerufen. Mein Mann hat von 14 bis 15 Uhr am Telefon gewartet. Wir bitten um"
       " Rückruf und einen Ersatztermin.\n\nMit freundlichen Grüßen\nIngrid Wolff",
       client="tonline", name="Hans-Jürgen Wolff",
       note="complaint that the therapist did not call: no session took place")  # fmt: skip
    no("n05_schulz_mutter_eigene.eml", 5, ("cancellation",), "2026-05-07 12:40",
       "Marie heute",
       "Hallo,\n\nich hatte heute (7.5.) selbst einen Termin bei meiner Physiotherapeutin in"
       " der Praxis Müller, das hat stattgefunden, aber ich schaffe es nicht rechtzeitig"
       " zurück. Maries Stunde heute um 15:30 müssen wir deshalb leider ausfallen lassen."
       "\n\nViele Grüße\nKatrin Schulz", client="gmail", name="Katrin Schulz",
       note="the mother's own treatment elsewhere took place; Marie's is cancelled")  # fmt: skip
    no("n06_vogel_nicht_stattgefunden.eml", 13, ("other",), "2026-10-01 08:10",
       "Ihr Zeichen PI-2026-1085",
       "Sehr geehrte Damen und Herren,\n\nIhr Zeichen: PI-2026-1085\n\ndie für heute, den"
       " 01.10.2026, 07:00 Uhr, vereinbarte Behandlung hat nicht stattgefunden, da sich der"
       " Therapeut nicht in die Videositzung eingewählt hat. Ich gehe davon aus, dass dieser"
       " Termin nicht berechnet wird.\n\nMit freundlichen Grüßen\nDr. Michael Vogel" + VOGEL,
       client="outlook", reply="vl-1085", style="outlook")  # fmt: skip
    no("n07_schaefer_verlegung.eml", 16, ("reschedule",), "2026-10-26 09:00",
       "Verlegung des Termins vom 28.10.2026",
       "Betreff: Verlegung des Termins vom 28.10.2026\n\nSehr geehrte Damen und Herren,\n\n"
       "wegen eines Mandantentermins kann ich die Behandlung am Mittwoch, 28.10.2026, nicht"
       " wahrnehmen. Ich bitte um Verlegung auf einen Termin in derselben Woche.\n\nMit"
       " freundlichen Grüßen\nBirgit Schäfer" + SCHAEFER, client="outlook",
       sender="b.schaefer@schaefer-steuerberatung.de")  # fmt: skip
    no("n08_hoffmann_bescheinigung.eml", 6, ("question",), "2026-05-13 10:30",
       "Bescheinigung für die PKV",
       "Sehr geehrte Damen und Herren,\n\nHerr Hoffmann bittet um eine schriftliche"
       " Bestätigung, dass die Behandlung am 11.05.2026 stattgefunden hat, zur Vorlage bei"
       " seiner privaten Krankenversicherung.\n\nMit freundlichen Grüßen\ni.A. Melanie Groß\n"
       "Assistenz der Geschäftsführung\nHoffmann Logistik GmbH", client="outlook",
       name="Peter Hoffmann",
       note="asks us to certify the session for the insurer; the writer does not confirm"
       " it")  # fmt: skip
    no("n09_carter_hospital.eml", 11, ("cancellation",), "2026-08-29 18:00",
       "Emily - session on 31 August",
       "Hello,\n\nthis is Robert, Emily's husband. Emily will not be able to attend her session"
       " on Monday 31 August, she is in hospital since yesterday. We will get in touch about"
       " further dates.\n\nRegards,\nRobert Carter", client="gmail")  # fmt: skip
    no("n10_hartmann_link.eml", 20, ("technical",), "2026-11-17 17:40", re(1122),
       "Guten Abend,\n\nLeonie hatte heute Probleme mit dem Zugangscode, die Sitzung ist leider"
       " nicht zustande gekommen. Können wir den Termin nachholen?\n\nSusanne Hartmann",
       client="webde", reply="cr-1122", style="webde")  # fmt: skip
    no("n11_zimmermann_absage_bestaetigen.eml", 15, ("other",), "2026-10-24 10:00",
       "Termin 26.10.",
       "Sehr geehrte Damen und Herren,\n\nder Termin meines Vaters am 26.10. wurde von Ihnen"
       " telefonisch abgesagt. Bitte bestätigen Sie mir die Absage kurz schriftlich.\n\nMit"
       " freundlichen Grüßen\nStefan Zimmermann", client="outlook",
       note="asks us to confirm a cancellation of a cancelled appointment")  # fmt: skip
    no("n12_richter_kenntnis.eml", 8, ("other",), "2026-06-15 08:00", "Ihr Termin am 17.06.",
       "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich den Empfang Ihrer E-Mail vom"
       " 14.06.2026 sowie den Termin am 17.06.2026 um 18:00 Uhr.\n\nMit freundlichen Grüßen\n"
       "Jonas Richter", client="iphone", reply="vl-1053", style="iphone", staff=False,
       note="acknowledges our video link for a future session: nothing to record or do")  # fmt: skip
    no("n13_wagner_kenntnis_absage.eml", 21, ("other",), "2026-01-30 09:00",
       "Ihre Absage vom 02.02.",
       "Sehr geehrte Damen und Herren,\n\nIhre Absage des Termins am 02.02.2026 habe ich zur"
       " Kenntnis genommen. Die Behandlung am 09.02. findet wie geplant statt.\n\nMit"
       " freundlichen Grüßen\nSophie Wagner", client="webde", staff=False,
       note="acknowledges a cancelled and a future session; nothing to do")  # fmt: skip
    no("n14_nowak_verhindert.eml", 19, ("other",), "2026-11-14 10:00", re(1117),
       "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 13.11. hat nicht stattgefunden;"
       " ich war verhindert und hatte am Vortag telefonisch abgesagt. Bitte stellen Sie den"
       " Termin nicht in Rechnung.\n\nMit freundlichen Grüßen\nDavid Nowak", client="apple",
       reply="cr-1117", style="iphone")  # fmt: skip
    no("n15_koch_tochter_orthopaede.eml", 18, ("other",), "2026-04-08 18:30",
       "Telefonat meiner Mutter heute",
       "Sehr geehrte Damen und Herren,\n\nich hatte heute Nachmittag (08.04.) selbst einen"
       " Termin beim Orthopäden, die Behandlung dort hat stattgefunden, deshalb war ich nicht"
       " bei meiner Mutter, Frau Renate Koch. Ob Ihr Anruf um 15 Uhr geklappt hat, weiß ich"
       " nicht; sie geht abends nicht mehr ans Telefon. Bitte teilen Sie mir mit, ob die"
       " Behandlung stattgefunden hat.\n\nMit freundlichen Grüßen\nJulia Koch",
       client="tonline",
       note="the daughter's own treatment; the patient's 08.04 session is unknown")  # fmt: skip
    no("n16_popescu_sohn_frage.eml", 7, ("question",), "2026-06-10 20:15", re(1047),
       "Guten Abend\n\nich bin der Sohn von Elena Popescu. Meine Mutter sagt das Video gestern"
       " hat nicht richtig funktioniert, sie weiss nicht ob die Behandlung am 9. Juni gezählt"
       " hat. Können Sie das bitte prüfen?\n\nDanke\nAndrei Popescu", client="yahoo",
       reply="cr-1047", style="yahoo",
       note="the son does not know whether the session took place")  # fmt: skip


def forwarded() -> None:
    """A guardian forwards our request with his answer on top."""
    yes("z41_neumann_weiterleitung.eml", 9, (1059,), ("2026-07-16",), "2026-07-20 11:00",
        "WG: Bitte bestätigen Sie Ihre Behandlung vom 16.07.2026",
        "Sehr geehrte Damen und Herren,\n\nnach Rücksprache mit dem Pflegedienst kann ich"
        " Ihnen mitteilen, dass die Behandlung meiner Mutter, Frau Gisela Neumann, am"
        " 16.07.2026 doch stattgefunden hat. Meine Anfrage vom 17.07. hat sich damit"
        " erledigt.\n\nMit freundlichen Grüßen\nPetra Kraus", client="outlook",
        fwd="cr-1059", style="forward_outlook",
        note="the daughter forwards our request with her answer from the patient's address;"
        " 17.07 is the day of her earlier mail")  # fmt: skip


def main() -> None:
    load_practice()
    on_behalf()
    formal()
    look_alikes()
    forwarded()
    mc.check_labels()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.HERE = HERE
    mc.write_labels()
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirm, {len(mc.MAILS) - confirming} do not")


if __name__ == "__main__":
    main()
