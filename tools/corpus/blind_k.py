"""Write blind set K: what one ordinary month brings into the practice inbox (70 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_k`.
Written without reading rules/, the canonical table or the earlier blind sets' mails. The
mix is that of an ordinary month (confirmations, short answers, questions, complaints,
forms, an out-of-office reply); the mail dates are spread over the practice snapshot's
year so that every patient's appointments are used. The emphasis: dates that are NOT
treatment days (an invoice, a Zuzahlung bill, a day the patient was ill, a call that broke
off, a doctor's appointment, the day a prescription was issued, a school trip) next to
real confirmations; short answers to our request "Bitte bestätigen Sie die Behandlung vom
..." that only say yes, in many ways; two, three or four sessions confirmed in one
sentence; answers written a week late; patients unsure whether a bad call counted;
replies that quote our whole mail with its date, top- and bottom-posted.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human, pdf

HERE = data_dir("blind_k")


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
       name=None, headers=()):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          extra_headers=headers,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


OLD = "Bitte bestätigen Sie Ihre Behandlung vom "
NEW = "Bitte bestätigen Sie die Behandlung vom "
IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
WEBDE_APP = (
    "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet."
)
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
VOGEL_SIG = """
Mit freundlichen Grüßen

Dr. Michael Vogel
Rechtsanwalt | Fachanwalt für Arbeitsrecht

Vogel & Partner Rechtsanwälte mbB
Königsallee 61 · 40212 Düsseldorf
T +49 211 5580 3312 · F +49 211 5580 3399
m.vogel@vogel-partner.de · www.vogel-partner.de
Partnerschaftsregister AG Essen PR 2417

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail sind nicht gestattet."""
BIRGIT_SIG = """
Freundliche Grüße
Birgit Schäfer
Steuerberaterin

Schäfer Steuerberatung · Lindenstraße 4 · 14467 Potsdam
Tel. 0331 200 41 70 · Fax 0331 200 41 79
Bürozeiten: Mo–Do 8:00–17:00, Fr 8:00–13:00

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten
bestimmt. Steuerliche Auskünfte per E-Mail sind unverbindlich."""
ANNA_SIG = """
--
Anna Lehmann, M.Sc.
Wissenschaftliche Mitarbeiterin
Institut für Sportwissenschaft, Raum 3.14
Universität Beispielstadt · Tel. +49 341 97-31514
Sprechstunde: Di 10–11 Uhr"""


def confirmations() -> None:
    # --- Sabine Krüger (gkv, video Tuesdays 10:00; 13.1. and 20.1. confirmed before) ---
    yes("c01_sabine_ja.eml", 1, (1003,), (), "2026-01-27 14:02", "AW: " + OLD + "27.01.2026",
        "Ja.\n\nS. Krüger", client="webde", reply="cr-1003", style="webde",
        note="a bare yes under our request names the appointment through the thread")  # fmt: skip
    yes("c02_sabine_3_und_10_orthopaede.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-12 09:47", "Behandlungen Februar",
        "Hallo liebes Praxisteam,\n\n"
        "die Termine am 03. und 10. Februar haben beide stattgefunden. Am 6.2. war ich"
        " übrigens beim Orthopäden, er ist zufrieden und meint, ich soll mit den Übungen"
        " weitermachen.\n\nViele Grüße\nSabine Krüger", client="webde",
        note="6.2. is a visit to the orthopaedist, not a treatment")  # fmt: skip
    yes("c03_sabine_week_late.eml", 1, (1006, 1007), ("2026-02-17", "2026-02-24"),
        "2026-02-25 20:15", "AW: " + OLD + "17.02.2026",
        "Entschuldigung, dass ich erst jetzt antworte, die Mail war im Spam gelandet!\n"
        "Ja, die Behandlung am 17.2. hat stattgefunden. Gestern (24.) übrigens auch.\n\n"
        "Sabine Krüger", client="webde", reply="cr-1006", style="webde",
        note="a week late; '(24.)' is the day without month")  # fmt: skip
    yes("c04_sabine_heute.eml", 1, (1009,), ("2026-03-10",), "2026-03-10 13:20",
        "Re: " + NEW + "10.03.2026",
        "heute Behandlung gehabt, alles gut 😊\nLG Sabine" + WEBDE_APP, client="webde",
        reply="cr-1009", style="webde")  # fmt: skip

    # --- Thomas Becker (private, phone MT Mon/Thu 17:30) ---
    yes("c05_thomas_drei_in_einem_satz.eml", 2, (1010, 1011, 1012),
        ("2026-02-02", "2026-02-05", "2026-02-09"), "2026-02-10 07:58",
        "Bestätigung Termine",
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlungen vom 2., 5. und 9. Februar"
        " 2026.\n\nMit freundlichen Grüßen\nThomas Becker\nMobil 0171 4455 902",
        client="gmail")  # fmt: skip
    yes("c06_thomas_jo_passt.eml", 2, (1013,), (), "2026-02-13 07:12",
        "Re: " + OLD + "12.02.2026", "jo passt", client="gmail", reply="cr-1013",
        style="gmail", note="only yes, in the sender's words; the thread names the 12.2.")  # fmt: skip
    yes("c07_thomas_krank_am_montag.eml", 2, (1017,), ("2026-02-26",), "2026-02-27 08:40",
        "Termine",
        "Hallo,\n\nkurze Info: am Montag 23.2. lag ich mit Grippe flach, das hatte ich leider"
        " vergessen abzusagen – sorry dafür. Gestern am 26.2. hat die Behandlung dann wieder"
        " ganz normal stattgefunden.\n\nGruß\nThomas Becker", client="gmail", staff=True,
        note="26.2. took place; 23.2. was missed without cancellation (ill): staff must"
        " handle the scheduled appointment that did not happen")  # fmt: skip
    yes("c08_thomas_rechnung_bezahlt.eml", 2, (1018,), ("2026-03-02",), "2026-03-03 18:05",
        "Re: " + OLD + "02.03.2026",
        "Hallo, Mo 2.3. fand statt. Die Rechnung vom 28.02. habe ich heute überwiesen.\nGruß"
        " T. Becker", client="gmail", reply="cr-1018", style="gmail",
        note="28.02. is the invoice date")  # fmt: skip

    # --- Aylin Demir (gkv, video Wednesdays 08:30; 1.4. cancelled) ---
    yes("c09_aylin_verordnung_ausgestellt.eml", 3, (1022,), ("2026-03-25",),
        "2026-03-26 12:03", "AW: " + NEW + "25.03.2026",
        "Hallo,\n\ndie Behandlung gestern (25.03.) hat stattgefunden. Die neue Verordnung,"
        " ausgestellt am 20.03., hat Ihre Kollegin ja schon bekommen.\n\nLiebe Grüße\nAylin"
        " Demir", client="gmail", reply="cr-1022", style="gmail",
        note="20.03. is the day the prescription was issued; already with the practice,"
        " nothing to do")  # fmt: skip
    yes("c10_aylin_cancelled_day.eml", 3, (), ("2026-04-01",), "2026-04-02 08:12",
        "Behandlung 1.4.",
        "Hallo, die Behandlung am 1.4. hat stattgefunden.\nLG Aylin", client="gmail",
        staff=True, note="the appointment on 1.4. was cancelled: nothing may be recorded, a"
        " person must find out what happened")  # fmt: skip

    # --- Hans-Jürgen Wolff (gkv, phone Fridays 14:00; 9.1. confirmed before) ---
    yes("c11_hj_caps.eml", 4, (1028,), ("2026-01-16",), "2026-01-19 10:22",
        "BEHANDLUNG",
        "SEHR GEEHRTE DAMEN UND HERREN,\n\nDIE BEHANDLUNG AM FREITAG DEN 16.01. HAT"
        " STATTGEFUNDEN.\n\nMFG\nH.-J. WOLFF", client="tonline")  # fmt: skip
    yes("c12_hj_januar_hausaerztin.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-02 09:15", "Bestätigung",
        "Guten Tag,\n\ndie Behandlungen in der KW 4 und 5 haben stattgefunden. Bei meiner"
        " Hausärztin war ich am 28.1., die Blutwerte sind in Ordnung.\n\nMit freundlichen"
        " Grüßen\nHans-Jürgen Wolff\nTel. 030 661 23 48", client="tonline",
        note="KW 4 and KW 5 hold his 23.1. and 30.1.; 28.1. is a doctor's appointment")  # fmt: skip
    yes("c13_hj_in_ordnung.eml", 4, (1033,), (), "2026-02-21 11:30",
        "AW: " + OLD + "20.02.2026", "Ja, war alles in Ordnung.\n\nH.-J. Wolff",
        client="tonline", reply="cr-1033", style="tonline")  # fmt: skip

    # --- Marie Schulz (gkv, video Thursdays; the family address is the mother's) ---
    yes("c14_marie_klassenfahrt.eml", 5, (1036,), ("2026-04-30",), "2026-05-01 16:10",
        "Marie",
        "Hallo,\n\ndie Stunde am 30.4. hat Marie gemacht. Vom 11. bis 15. Mai ist sie auf"
        " Klassenfahrt, aber da ist ja eh kein Termin.\n\nGruß K. Schulz",
        name="Katrin Schulz",
        note="11.–15. Mai is a school trip with no appointment in it; nothing to do")  # fmt: skip

    # --- Peter Hoffmann (private, video KGG Mondays 07:30; MT at 12:30 on 18.5.) ---
    yes("c15_peter_outlook_disclaimer.eml", 6, (1040, 1041), ("2026-05-04", "2026-05-11"),
        "2026-05-12 08:02", "AW: " + OLD + "11.05.2026",
        "Hallo,\n\nbestätige die Sitzungen vom 04.05. und 11.05.2026.\n\nGruß\nP. Hoffmann\n\n"
        "Peter Hoffmann\nGeschäftsführer\nHoffmann Haustechnik GmbH\nTel. 0221 778 20 10\n"
        "Amtsgericht Köln HRB 88213", client="outlook", reply="cr-1041",
        style="outlook_classic")  # fmt: skip
    yes("c16_peter_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 19:40",
        "Termine heute",
        "Beide Termine heute (KGG früh und MT mittags) haben stattgefunden.\n\nPeter Hoffmann",
        client="outlook", note="two sessions on one day, both named")  # fmt: skip

    # --- Elena Popescu (new, gkv, video Tuesdays 11:00) ---
    yes("c17_elena_arzttermin.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-10 15:26", "Behandlung",
        "Hallo,\n\ndie Behandlung am 2. und 9. Juni war gut, hat stattgefunden. Am 12.06 ich"
        " habe Termin bei Hausarzt, dann ich sage was er meint.\n\nVielen Dank\nElena Popescu",
        client="yahoo", note="12.06 is a future doctor's appointment")  # fmt: skip

    # --- Jonas Richter (new, private, video MT Wednesdays 18:00) ---
    yes("c18_jonas_daumen.eml", 8, (1051,), ("2026-06-03",), "2026-06-04 08:17",
        "Re: " + OLD + "03.06.2026", "Hi, gestern hat alles geklappt 👍" + IPHONE,
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("c19_jonas_drei_auf_einmal.eml", 8, (1052, 1053, 1054),
        ("2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-25 22:31", "Termine Juni",
        "Hey, sorry, bin hinterher mit dem Bestätigen: 10., 17. und 24.6. fanden statt.\n\n"
        "Jonas" + IPHONE, client="iphone")  # fmt: skip

    # --- Gisela Neumann (gkv, phone Tue/Thu 09:00) ---
    yes("c20_gisela_formell.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:40", "Bestätigung der Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlungen am"
        " Dienstag, den 7. Juli und am Donnerstag, den 9. Juli 2026 stattgefunden haben.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann\ngeb. 03.05.1941\nAhornweg 12, 12203 Berlin",
        note="the birth date in the signature is not a treatment day")  # fmt: skip
    yes("c21_gisela_dienstag_donnerstag.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-24 09:12", "AW: " + OLD + "21.07.2026",
        "Ja, die am Dienstag hat stattgefunden, die am Donnerstag (gestern) auch.\n\nGisela"
        " Neumann", reply="cr-1060", style="outlook_classic", client="outlook",
        note="'Dienstag' is the 21.7. of the request, 'gestern' the 23.7.")  # fmt: skip

    # --- Lukas Brandt (private, video Fridays 16:00) ---
    yes("c22_lukas_bottom_post.eml", 10, (1063,), ("2026-07-03",), "2026-07-04 11:02",
        "Re: " + OLD + "03.07.2026", "Bestätige hiermit den Termin vom 3.7.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("c23_lukas_vier_termine.eml", 10, (1065, 1066, 1067, 1068),
        ("2026-07-17", "2026-07-24", "2026-07-31", "2026-08-07"), "2026-08-08 12:44",
        "Bestätigung",
        "Hallo,\n\n17.7., 24.7., 31.7. und 7.8. — alle vier Termine haben stattgefunden. Sorry"
        " für die Verspätung, war viel los.\n\nBeste Grüße\nLukas Brandt",
        client="thunderbird")  # fmt: skip

    # --- Emily Carter (private, English, video Mondays 12:00) ---
    yes("c24_emily_third_tenth.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"),
        "2026-08-11 19:03", "Sessions",
        "Hi,\n\nconfirming that my sessions on August 3rd and August 10th took place.\n\n"
        "Thanks,\nEmily", client="gmail")  # fmt: skip
    yes("c25_emily_yes_invoice.eml", 11, (1073,), (), "2026-09-01 08:20",
        "Re: " + OLD + "31.08.2026",
        "Yes, it did. (Got your invoice dated Aug 28 as well, thanks.)\n\nEmily",
        client="gmail", reply="cr-1073", style="gmail_en",
        note="a yes under our request; Aug 28 is an invoice date")  # fmt: skip

    # --- Fatma Yıldız (gkv, phone Wednesdays 10:30; 19.8. cancelled) ---
    yes("c26_fatma_learner.eml", 12, (1075, 1076), ("2026-08-05", "2026-08-12"),
        "2026-08-13 17:55", "behandlung",
        "Hallo ich bestätige das die Behandlung am 5.8 und 12.8 stattgefunden hat. Danke"
        " schön\n\nFatma Yıldız", client="webde")  # fmt: skip
    yes("c27_fatma_abgesagt_erwaehnt.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-09-10 11:14", "Behandlung September",
        "Merhaba, Behandlung 2.9 und 9.9 hat gemacht, alles gut. Am 19.8 war abgesagt ja,"
        " weiß ich.\nFatma", client="webde",
        note="19.8. named as the cancelled appointment, correctly")  # fmt: skip

    # --- Dr. Michael Vogel (private, video MT Thursdays 07:00; 3.9. confirmed before) ---
    yes("c28_vogel_disclaimer.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 07:48", "Sitzungen",
        "Sehr geehrte Damen und Herren,\n\nSitzungen 10.9. und 17.9. bestätigt.\n" + VOGEL_SIG,
        client="outlook")  # fmt: skip
    yes("c29_vogel_bestaetigt.eml", 13, (1085,), (), "2026-10-02 06:51",
        "AW: " + OLD + "01.10.2026", "Bestätigt.\n" + VOGEL_SIG, client="outlook",
        reply="cr-1085", style="outlook")  # fmt: skip

    # --- Anna Lehmann (gkv, video Tuesdays 13:00) ---
    yes("c30_anna_schon_bestaetigt.eml", 14, (1090, 1091, 1092),
        ("2026-09-29", "2026-10-06", "2026-10-13"), "2026-10-14 12:18", "Bestätigung",
        "Hallo,\n\ndie Sitzungen am 29.9., 6.10. und 13.10. haben stattgefunden (die am 22.9."
        " hatte ich ja schon per Mail bestätigt).\n\nViele Grüße\nAnna Lehmann\n" + ANNA_SIG,
        note="22.9. was confirmed in an earlier mail, not by this one: not recorded here,"
        " not a date of this confirmation")  # fmt: skip

    # --- Klaus Zimmermann (gkv, phone Mondays 11:00; 26.10. cancelled) ---
    yes("c31_klaus_jawohl.eml", 15, (1097,), (), "2026-11-03 10:05",
        "AW: " + OLD + "02.11.2026", "Jawohl\nK.Z.", reply="cr-1097", style="webde",
        bottom=True, note="bottom-posted bare yes under the whole quoted request")  # fmt: skip

    # --- Birgit Schäfer (gkv, video Wednesdays 19:00; two registered addresses) ---
    yes("c32_birgit_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:12",
        "Behandlung 14.10.", "Guten Morgen,\n\ndie Behandlung am 14.10. hat stattgefunden.\n"
        + BIRGIT_SIG, client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", note="from her second registered address")  # fmt: skip
    yes("c33_birgit_ton_abgebrochen.eml", 16, (1102, 1103), ("2026-11-04", "2026-11-11"),
        "2026-11-12 21:02", "Behandlungen",
        "Hallo,\n\n4.11. und 11.11. – beide Termine fanden statt. Am 28.10. hatte ich aber"
        " Probleme mit dem Ton, die Behandlung wurde nach ein paar Minuten abgebrochen, das"
        " wollte ich noch sagen.\n\nBirgit" + GMX_APP, staff=True,
        note="28.10. was broken off: not a treatment, staff must decide about it")  # fmt: skip

    # --- Ole Jansen (new, private, video KGG Thursdays 10:00) ---
    yes("c34_ole_rechnung.eml", 17, (1108,), ("2026-11-19",), "2026-11-20 13:37",
        "Re: " + NEW + "19.11.2026",
        "Moin, die letzte Einheit gestern hat stattgefunden. Die Rechnung vom 15.11. hab ich"
        " schon überwiesen.\n\nOle", client="gmail", reply="cr-1108", style="gmail",
        note="15.11. is an invoice date")  # fmt: skip
    yes("c35_ole_daumen.eml", 17, (1106,), (), "2026-11-05 12:02",
        "Re: " + OLD + "05.11.2026", "👍🏽", client="gmail", reply="cr-1106", style="gmail",
        note="a lone thumbs-up (with skin tone) under our request is a yes")  # fmt: skip

    # --- Renate Koch (gkv, phone Mon/Wed 15:00; 15.4. confirmed before) ---
    yes("c36_renate_maerz_april.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 10:47", "WG: " + OLD + "01.04.2026",
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die Behandlungen vom 30. März und"
        " 1. April.\n\nMit freundlichen Grüßen\nRenate Koch", client="outlook",
        fwd="cr-1112", style="forward_outlook",
        note="forwards our request instead of answering it")  # fmt: skip
    yes("c37_renate_schon_erfasst.eml", 18, (1114,), ("2026-04-13", "2026-04-15"),
        "2026-04-16 08:55", "Behandlungen April",
        "Guten Morgen,\n13.4. und 15.4. haben stattgefunden.\nRenate Koch", client="tonline",
        note="15.4. was already confirmed before this mail: nothing new to record for it")  # fmt: skip

    yes("c38_renate_stimmt_so.eml", 18, (1113,), (), "2026-04-09 08:10",
        "AW: " + OLD + "08.04.2026", "Stimmt so.\n\nR. Koch", client="tonline",
        reply="cr-1113", style="tonline")  # fmt: skip

    # --- David Nowak (private, video MT Fridays 08:00) ---
    yes("c39_david_letzten_freitag.eml", 19, (1119,), ("2026-11-27",), "2026-12-01 17:22",
        "Letzte Sitzung",
        "Hallo,\n\nletzten Freitag war die letzte Sitzung – hat stattgefunden."
        " Danke für alles!\n\nDavid")  # fmt: skip

    # --- Leonie Hartmann (new, gkv, video Tuesdays 17:00) ---
    yes("c40_leonie_vergessen.eml", 20, (1123,), ("2026-11-24",), "2026-12-02 19:40",
        "AW: " + OLD + "24.11.2026",
        "Sorry, total vergessen zu antworten! Ja, am 24.11. war die Behandlung.\n\nLeonie",
        client="webde", reply="cr-1123", style="webde", note="eight days late")  # fmt: skip

    # --- Sophie Wagner (gkv, video Mondays 09:30; 2.2. cancelled) ---
    yes("c41_sophie_year_typo.eml", 21, (1124,), ("2026-01-12",), "2026-01-14 18:10",
        "Re: " + OLD + "12.01.2026",
        "Hallo, die Behandlung vom 12.01.2025 hat stattgefunden. Viele Grüße Sophie Wagner",
        client="gmail", reply="cr-1124", style="gmail",
        note="2025 is the old year written by habit in January; the thread and day/month"
        " name the 12.1.2026")  # fmt: skip

    # --- Mehmet Aydın (gkv, phone Thursdays 12:30) ---
    yes("c42_mehmet_learner.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-02-27 12:01", "AW: " + OLD + "26.02.2026",
        "Hallo, Behandlung 19.02 und 26.02 telefon war gut, ich bestätige. Danke\nMehmet"
        " Aydin" + SAMSUNG, client="samsung", reply="cr-1131", style="samsung")  # fmt: skip
    yes("c43_mehmet_arzt.eml", 22, (1134,), ("2026-03-19",), "2026-03-20 08:44",
        "termin",
        "hallo gestern termin war alles gut. am 16.3 ich war bei arzt wegen rücken er sagt"
        " weiter machen\nmehmet" + SAMSUNG, client="samsung",
        note="16.3 is a doctor's appointment")  # fmt: skip

    # --- James O'Neill (private, English, phone MT Tuesdays 19:30) ---
    yes("c44_james_both_calls.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-22 08:10", "Calls",
        "Hi there,\n\nboth calls (14 April and 21 April) went ahead as planned.\n\nCheers,\n"
        "James", client="outlook")  # fmt: skip
    yes("c45_james_fifth_too.eml", 23, (1139, 1140), ("2026-05-05", "2026-05-12"),
        "2026-05-13 07:55", "RE: " + OLD + "12.05.2026",
        "Yes - yesterday's call took place. Sorry, I also owe you a reply for last week:"
        " Tuesday the 5th happened too.\n\nJames", client="outlook", reply="cr-1140",
        style="outlook_en")  # fmt: skip

    # --- Ursula Berger (gkv, phone Wednesdays 09:00) ---
    yes("c46_ursula_woche_spaeter.eml", 24, (1146, 1147), ("2026-06-03", "2026-06-10"),
        "2026-06-11 10:02", "AW: " + OLD + "03.06.2026",
        "Ja, die Behandlung am 3.6. hat stattgefunden – und die gestern auch.\n\nU. Berger",
        reply="cr-1146", style="outlook", client="outlook",
        note="answered a week late; 'gestern' is the 10.6.")  # fmt: skip


def look_alikes() -> None:
    no("n01_thomas_abgebrochen.eml", 2, ("technical",), "2026-02-17 09:30",
       "Telefonat gestern abgebrochen",
       "Hallo,\n\ngestern (16.2.) ist das Telefonat nach zehn Minuten abgebrochen, und"
       " niemand hat zurückgerufen. Das war jetzt schon das zweite Mal. Wie geht das weiter?"
       "\n\nThomas Becker", client="gmail",
       note="a complaint about a call that broke off: no treatment day")  # fmt: skip
    no("n02_sabine_zuzahlung.eml", 1, ("question",), "2026-03-05 11:10",
       "Zuzahlungsrechnung",
       "Hallo,\n\nich habe die Zuzahlungsrechnung vom 02.03.2026 bekommen. Muss ich die"
       " überweisen oder wird das von der Krankenkasse verrechnet?\n\nViele Grüße\nSabine"
       " Krüger", client="webde")  # fmt: skip
    no("n03_hj_krank.eml", 4, ("reschedule",), "2026-02-14 10:05", "Termin Freitag",
       "Guten Tag,\n\nam Freitag, 13.2., war ich krank und hatte Fieber, das Telefon habe ich"
       " nicht gehört. Bitte geben Sie mir einen neuen Termin.\n\nMit freundlichen Grüßen\n"
       "Hans-Jürgen Wolff", client="tonline",
       note="the day he was ill is an appointment that did not take place")  # fmt: skip
    no("n04_aylin_verordnung_gueltig.eml", 3, ("question",), "2026-04-09 17:33",
       "Verordnung",
       "Hallo,\nmeine Verordnung ist vom 20.03.2026. Gilt die noch für die Termine im Mai"
       " oder brauche ich eine neue?\nLG Aylin", client="gmail",
       note="20.03. is the day the prescription was issued")  # fmt: skip
    no("n05_mehmet_hausarzt.eml", 22, ("question",), "2026-03-06 19:20", "frage",
       "Hallo, ich war am 5.3 bei Hausarzt, er sagt ich brauche mehr Therapie. Kann ich mehr"
       " Termine bekommen nach 26.3?\nMehmet" + SAMSUNG, client="samsung",
       note="5.3 is a doctor's appointment, not the phone treatment of that day")  # fmt: skip
    no("n06_gisela_erinnerung_ja.eml", 9, ("other",), "2026-07-13 09:40",
       "AW: Erinnerung: Ihr Termin am 14.07.2026", "Ja, ich bin morgen da.\n\nG. Neumann",
       reply="rem-1058", style="outlook_classic", client="outlook", staff=False,
       note="yes to a reminder: she will be there, nothing took place yet, nothing to do")  # fmt: skip
    no("n07_jonas_zaehlt_das.eml", 8, ("technical", "question"), "2026-07-02 08:05",
       "Re: " + OLD + "01.07.2026",
       "Hi, gestern war die Verbindung echt schlecht, das Bild ist dauernd eingefroren und"
       " wir haben nach 15 Minuten aufgehört. Ich weiß nicht ob das zählt?\n\nJonas" + IPHONE,
       client="iphone", reply="cr-1055", style="iphone",
       note="the patient does not say the treatment took place: staff decide")  # fmt: skip
    no("n08_ursula_termin_bestaetigt.eml", 24, ("other",), "2026-05-19 16:02",
       "AW: Erinnerung: Ihr Termin am 20.05.2026",
       "Hiermit bestätige ich den Termin morgen, 20.05. um 9 Uhr.\n\nU. Berger",
       reply="rem-1144", style="outlook", client="outlook", staff=False,
       note="acknowledges a future appointment")  # fmt: skip
    no("n09_fatma_absage.eml", 12, ("cancellation",), "2026-08-24 20:11", "Termin absagen",
       "Hallo, ich muss Termin 26.8 absagen, meine Mutter ist krank in Türkei, ich fliege"
       " morgen. Nächste Termin 2.9 ist ok.\nFatma", client="webde")  # fmt: skip
    no("n10_lukas_verschieben.eml", 10, ("reschedule",), "2026-07-27 12:30",
       "Termin 31.7.",
       "Hallo,\n\nkönnten wir den Termin am 31.7. auf Donnerstag, den 30.7., vorziehen? Am"
       " Freitag muss ich beruflich nach Hamburg.\n\nLukas Brandt", client="thunderbird")  # fmt: skip
    no("n11_elena_unterlagen.eml", 7, ("forms",), "2026-05-29 18:22",
       "Re: Ihre Unterlagen für die Behandlung",
       "Hallo,\n\nanbei die Unterlagen. Ich habe alles am 28.05.2026 unterschrieben.\n\n"
       "Mit freundlichen Grüßen\nElena Popescu", client="yahoo", reply="fr-7", style="yahoo",
       files=[pdf("Anamnesebogen_Popescu.pdf"), pdf("Datenschutzerklaerung_Popescu.pdf"),
              pdf("Einwilligung_Telebehandlung_Popescu.pdf")],
       forms=("anamnese", "datenschutz", "einwilligung_tele"), staff=False,
       note="28.05. is the day she signed")  # fmt: skip
    no("n12_sophie_findet_statt.eml", 21, ("question",), "2026-02-05 13:00",
       "Termin Montag",
       "Hallo,\nder Termin am 2.2. wurde ja abgesagt. Findet der am 9.2. ganz normal statt?\n"
       "Danke, Sophie", client="gmail")  # fmt: skip
    no("n13_vogel_verschieben.eml", 13, ("reschedule",), "2026-09-23 18:02",
       "AW: Erinnerung: Ihr Termin am 24.09.2026",
       "Könnten wir den Termin morgen ausnahmsweise auf 8:00 Uhr legen? Ich habe um 7 Uhr"
       " eine Telefonkonferenz.\n" + VOGEL_SIG, client="outlook", reply="rem-1084",
       style="outlook")  # fmt: skip
    no("n14_anna_niemand_kam.eml", 14, ("technical",), "2026-09-16 09:12",
       "Videotermin gestern",
       "Hallo,\n\ngestern um 13 Uhr habe ich mich mit dem Zugangscode eingeloggt und eine"
       " halbe Stunde gewartet, aber es kam niemand in den Videoraum. Was ist passiert?\n\n"
       "Viele Grüße\nAnna Lehmann\n" + ANNA_SIG,
       note="the session on 15.9. did not take place")  # fmt: skip
    no("n15_david_rechnung_erhalten.eml", 19, ("other",), "2026-12-03 09:15",
       "Ihre Rechnung",
       "Guten Tag,\n\nich bestätige den Erhalt Ihrer Rechnung vom 01.12.2026. Der Betrag wird"
       " diese Woche überwiesen.\n\nMit freundlichen Grüßen\nDavid Nowak", staff=False,
       note="receipt of an invoice; nothing to do")  # fmt: skip
    no("n16_ole_post.eml", 17, ("question",), "2026-10-20 10:15",
       "Anmeldebogen per Post",
       "Moin,\n\nich habe den Anmeldebogen am 16.10. per Post geschickt. Ist der angekommen?"
       "\n\nOle Jansen", client="gmail")  # fmt: skip
    no("n17_birgit_abwesend.eml", 16, ("auto_reply",), "2026-11-10 19:01",
       "Abwesenheitsnotiz: Erinnerung: Ihr Termin am 11.11.2026",
       "Vielen Dank für Ihre Nachricht. Ich bin vom 09.11. bis einschließlich 13.11.2026"
       " nicht im Büro. In dringenden Fällen wenden Sie sich bitte an kanzlei@"
       "schaefer-steuerberatung.de.\n" + BIRGIT_SIG, client="outlook",
       sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
       reply="rem-1103", staff=False,
       headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))  # fmt: skip
    no("n18_emily_ill.eml", 11, ("reschedule",), "2026-08-25 10:48", "Missed session",
       "Hi,\n\nI was ill yesterday (Aug 24) and missed our call - really sorry! Could we add"
       " a session at the end instead?\n\nEmily", client="gmail")  # fmt: skip
    no("n19_mehmet_zahnarzt.eml", 22, ("cancellation",), "2026-03-11 18:30",
       "morgen termin",
       "Hallo morgen 12.3 ich kann nicht telefonieren, ich habe Zahnarzt um 12 Uhr. Sorry."
       "\nMehmet" + SAMSUNG, client="samsung")  # fmt: skip
    no("n20_ursula_danke_erinnerung.eml", 24, ("other",), "2026-05-26 12:10",
       "AW: Erinnerung: Ihr Termin am 27.05.2026",
       "Danke für die Erinnerung, ich bin am Mittwoch dabei.\n\nHerzliche Grüße\nUrsula"
       " Berger", reply="rem-1145", style="outlook", client="outlook", staff=False)  # fmt: skip
    no("n21_leonie_link.eml", 20, ("question",), "2026-11-16 21:30", "Link",
       "Hallo, ich finde den Link vom 14.11. nicht mehr. Können Sie mir den Code für morgen"
       " nochmal schicken?\nLG Leonie", client="webde")  # fmt: skip
    no("n22_peter_ruckeln.eml", 6, ("technical", "question"), "2026-05-26 08:20",
       "Sitzung heute früh",
       "Guten Morgen,\n\nheute früh hat das Video geruckelt ohne Ende, wir haben uns kaum"
       " verstanden. Ich weiß nicht, ob die Sitzung so zählt – bitte um Rückmeldung.\n\n"
       "P. Hoffmann", client="outlook",
       note="unsure whether the session counted: staff decide")  # fmt: skip
    no("n23_klaus_krankenhaus.eml", 15, ("other",), "2026-10-21 11:45",
       "AW: " + OLD + "19.10.2026",
       "Guten Tag, ich konnte am Montag leider nicht rangehen, ich war vom 18. bis 20.10. im"
       " Krankenhaus. Jetzt bin ich wieder zu Hause.\nKlaus Zimmermann", reply="cr-1095",
       style="webde", note="answers our request with: the treatment did not take place")  # fmt: skip
    no("n24_renate_bescheinigung.eml", 18, ("question",), "2026-04-20 10:30",
       "Bescheinigung",
       "Guten Tag,\n\nkönnten Sie mir bitte eine Bescheinigung über meine Behandlungen für"
       " die Krankenkasse ausstellen? Die hätten gern eine Aufstellung.\n\nMit freundlichen"
       " Grüßen\nRenate Koch", client="tonline")  # fmt: skip
    no("n25_lukas_code_da.eml", 10, ("other",), "2026-08-04 19:02",
       "Re: Ihr Videotermin am 07.08.2026", "Ja danke, Code ist angekommen.\n\nLukas",
       client="thunderbird", reply="vl-1068", style="thunderbird", staff=False,
       note="yes to the video link mail: nothing took place yet")  # fmt: skip


def main() -> None:
    load_practice()
    confirmations()
    look_alikes()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
