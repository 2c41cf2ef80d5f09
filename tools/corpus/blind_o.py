"""Write blind set O: a quiet autumn in the practice inbox (60 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_o`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
40 mails confirm at least one treatment day, 20 are look-alikes; every one of the 24
patients of tests/data/corpus/practice.toml writes. German first, some English, a few
learners and elderly writers; every mail program and quote style of make_corpus.py, top-
and bottom-posted, forwarded. Short yeses under our request, full sentences, several
days at once in every date form (12.1., 2026-07-03, 17/07, "30. März", weekdays,
"gestern"); confirmations next to days that are not treatments (a doctor's visit, an
invoice, a cancelled day, a day confirmed before, illness, a child's school trip);
partial confirmations, relatives writing, questions in the same mail, future sessions
acknowledged. The mail dates follow each patient's appointments through the year.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_o")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None,
        fwd=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, forward=fwd,
          label=Label(("confirmation", *extra), patient=pid, confirmed=tuple(ids),
                      dates=tuple(dates), needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, staff=True, note="", sender=None, name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(tuple(cats), patient=pid, needs_staff=staff, note=note))  # fmt: skip


RE = "AW: Bitte bestätigen Sie Ihre Behandlung vom "
IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
WEBDE_APP = (
    "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet."
)
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
VOGEL_SIG = """
Dr. Michael Vogel
Rechtsanwalt | Fachanwalt für Arbeitsrecht
Vogel & Partner Rechtsanwälte mbB
Königsallee 14, 40212 Düsseldorf
Tel. +49 211 5566 770

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat
sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
"""
SCHAEFER_SIG = """
Mit freundlichen Grüßen

Birgit Schäfer
Steuerberaterin
Schäfer Steuerberatung | Lindenstraße 3 | 48143 Münster
Tel. 0251 / 44 21 90 | Fax 0251 / 44 21 99

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten
Adressaten bestimmt.
"""


def mails() -> None:
    # --- P1 Sabine Krüger (web.de, video KG; 13.1. and 20.1. confirmed before) ---------
    yes("o01_krueger_ja.eml", 1, [1003], [], "2026-01-27 13:02", RE + "27.01.2026",
        "Ja, hat stattgefunden.\n\nLG S. Krüger" + WEBDE_APP,
        client="webde", reply="cr-1003", style="webde",
        note="a bare yes under our request for 27.01.: the request names the day")  # fmt: skip
    yes("o02_krueger_zwei.eml", 1, [1004, 1005], ["2026-02-03", "2026-02-10"],
        "2026-02-12 18:40", "Termine Februar",
        "Hallo liebes Praxisteam,\n\nich wollte noch Bescheid geben, dass die Termine am 3."
        " und 10. Februar stattgefunden haben. Die Verordnung vom 29.01. bringt mein Mann"
        " nächste Woche vorbei.\n\nViele Grüße\nSabine Krüger",
        client="webde", note="29.01. is the prescription's date, not a treatment")  # fmt: skip
    no("o03_krueger_verpasst.eml", 1, ["other"], "2026-02-25 09:12",
       "Termin gestern",
       "Guten Morgen,\n\nden Termin gestern (24.02.) habe ich leider verpasst, die Schule"
       " hat angerufen, mein Sohn hatte sich beim Sport verletzt und ich musste ihn abholen."
       " Tut mir leid!\n\nSabine Krüger",
       client="webde", note="a no-show told after the fact: nothing to record")  # fmt: skip
    no("o04_krueger_nein.eml", 1, ["other"], "2026-03-04 08:05", RE + "03.03.2026",
       "Hallo, die Behandlung gestern hat NICHT stattgefunden, ich hatte am Montag"
       " telefonisch abgesagt. Bitte also nicht bestätigen.\nGruß Krüger",
       client="webde", reply="cr-1008", style="webde",
       note="a no under our request")  # fmt: skip

    # --- P2 Thomas Becker (gmx.de, private, phone MT) --------------------------------------
    yes("o05_becker_verschieben.eml", 2, [1012, 1013], ["2026-02-09", "2026-02-12"],
        "2026-02-13 07:48", RE + "12.02.2026",
        "Guten Morgen,\n\nich bestätige die Behandlungen vom 09.02. und 12.02.2026.\n\n"
        "Eine Frage: könnten wir den Termin am Montag, 16.2., auf 18:30 Uhr legen? Ich"
        " komme vorher nicht aus dem Büro.\n\nBeste Grüße\nThomas Becker",
        client="outlook", reply="cr-1013", style="outlook", staff=True,
        extra=("reschedule",))  # fmt: skip
    no("o06_becker_rechnung.eml", 2, ["question"], "2026-02-20 21:15",
       "Rechnung vom 19.02.",
       "Hallo,\n\nin der Rechnung vom 19.02.2026 sind sechs Sitzungen Manuelle Therapie"
       " aufgeführt, ich komme aber nur auf fünf. Können Sie das bitte prüfen?\n\n"
       "Gruß\nT. Becker",
       client="webde",
       note="19.02. is the invoice's date, although a session was on that day")  # fmt: skip

    # --- P3 Aylin Demir (gmail, video KG; 1.4. cancelled) --------------------------------
    yes("o07_demir_daumen.eml", 3, [1020], ["2026-03-11"], "2026-03-11 10:20",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 11.03.2026",
        "Ja, die Behandlung am 11.03. hat stattgefunden \U0001f44d",
        client="gmail", reply="cr-1020", style="gmail")  # fmt: skip
    yes("o08_demir_abgesagt.eml", 3, [1022, 1024], ["2026-03-25", "2026-04-08"],
        "2026-04-09 19:31", "Bestätigung",
        "hallo ihr lieben, ich bestätige den 25.3. und den 8.4. – am 1.4. war ja von"
        " eurer Seite abgesagt. liebe grüße aylin",
        client="gmail",
        note="1.4. was cancelled by the practice: not a treatment day")  # fmt: skip

    # --- P4 Hans-Jürgen Wolff (t-online, elderly, phone KG; 9.1. confirmed before) --------
    yes("o09_wolff_caps.eml", 4, [1028, 1029], ["2026-01-16", "2026-01-23"],
        "2026-01-24 10:03", "AW: Bitte bestätigen Sie Ihre Behandlung vom 23.01.2026",
        "SEHR GEEHRTE DAMEN UND HERREN,\n\nDIE BEHANDLUNG AM 23.01.2026 HAT STATTGEFUNDEN."
        " DIE VOM 16. JANUAR EBENFALLS.\n\nMFG\nH.-J. WOLFF",
        client="tonline", reply="cr-1029", style="tonline")  # fmt: skip
    yes("o10_wolff_hausarzt.eml", 4, [1030, 1031, 1032, 1033],
        ["2026-01-09", "2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"],
        "2026-02-20 16:45", "Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen die telefonischen"
        " Behandlungen vom 30. Januar, 6. Februar und 13. Februar 2026 sowie die von heute"
        " Nachmittag. Die Behandlung vom 9. Januar hatte ich Ihnen bereits im Januar"
        " bestätigt.\n\nAm Mittwoch, den 18.02., war ich bei meinem Hausarzt Dr. Meier,"
        " er meint die Übungen tun mir gut.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
        note="9.1. took place but was confirmed before; 18.02. is a doctor's visit")  # fmt: skip

    # --- P5 Marie Schulz (posteo; her mother Katrin writes) -------------------------------
    yes("o11_schulz_mutter.eml", 5, [1035], ["2026-04-23"], "2026-04-24 07:10",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 23.04.2026",
        "Hallo,\n\nMarie hatte gestern ihre Stunde, hat alles gut geklappt.\n\n"
        "Viele Grüße\nKatrin Schulz (Mutter)",
        client="thunderbird", reply="cr-1035", style="thunderbird", bottom=True,
        name="Katrin Schulz")  # fmt: skip
    yes("o12_schulz_klassenfahrt.eml", 5, [1036, 1037], ["2026-04-30", "2026-05-07"],
        "2026-05-08 20:02", "Maries Termine",
        "Guten Abend,\n\ndie Termine am 30.4. und 7.5. hat Marie gemacht. Vom 18. bis 22.5."
        " ist sie auf Klassenfahrt, kann sie den Termin am 21.5. dann nachholen? Sagen Sie"
        " mir bitte Bescheid.\n\nKatrin Schulz",
        client="thunderbird", name="Katrin Schulz", staff=True, extra=("reschedule",),
        note="the class trip is a future absence and a request")  # fmt: skip
    no("o13_schulz_krank.eml", 5, ["other"], "2026-05-29 08:30", "Marie krank",
       "Hallo,\n\nMarie ist seit Dienstag krank (Attest vom 26.05. liegt vor) und konnte"
       " gestern nicht an der Stunde teilnehmen. Ich hoffe das ist ok.\n\nKatrin Schulz",
       name="Katrin Schulz", note="28.5. did not take place; 26.05. is a sick note")  # fmt: skip

    # --- P6 Peter Hoffmann (outlook.de, private, video KGG + MT on 18.5.) -----------------
    yes("o14_hoffmann_beide.eml", 6, [1042, 1043], ["2026-05-18"], "2026-05-18 20:05",
        "WG: Bitte bestätigen Sie Ihre Behandlung vom 18.05.2026",
        "Hallo,\n\nheute beide Termine gehabt, morgens Gerät und mittags MT. Hiermit"
        " bestätigt.\n\nP. Hoffmann",
        client="outlook", fwd="cr-1043", style="forward_outlook",
        note="forwarded our request; 'heute' covers both sessions of the 18th")  # fmt: skip
    yes("o15_hoffmann_adresse.eml", 6, [1044], ["2026-05-26"], "2026-05-27 06:50",
        RE + "26.05.2026",
        "Bestätige. Der Dienstagstermin (wegen Pfingstmontag) war okay.\n\nBitte schicken"
        " Sie die nächste Rechnung an meine neue Adresse: Am Kanal 7, 14467 Potsdam.\n\n"
        "Peter Hoffmann",
        client="outlook", reply="cr-1044", style="outlook_classic", staff=True,
        extra=("other",), note="an address change for staff")  # fmt: skip
    no("o16_hoffmann_ueberwiesen.eml", 6, ["other"], "2026-05-05 12:14",
       "Rechnung 2026-0412",
       "Guten Tag,\n\ndie Rechnung vom 04.05.2026 (Nr. 2026-0412) habe ich heute überwiesen."
       "\n\nMit freundlichen Grüßen\nPeter Hoffmann",
       client="outlook", note="04.05. is an invoice date (a session was on that day too)")  # fmt: skip

    # --- P7 Elena Popescu (yahoo, learner, video KG) -------------------------------------
    yes("o17_popescu_letzte_woche.eml", 7, [1046, 1047], ["2026-06-02", "2026-06-09"],
        "2026-06-09 14:40", "Re: Bitte bestätigen Sie Ihre Behandlung vom 09.06.2026",
        "Hallo, ja ich bestatige die Behandlung von heute 09.06 und auch letzte Woche"
        " Dienstag. Danke schön\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    no("o18_popescu_internet.eml", 7, ["technical"], "2026-06-17 09:02",
       "Behandlung gestern",
       "Guten Tag, ich weiss nicht ob Behandlung gestern zählt, Internet war sehr schlecht"
       " und nach 10 Minuten war weg. Ich habe wieder versucht aber ging nicht.\nElena"
       " Popescu",
       client="yahoo", note="the session of 16.6. broke off: staff decide")  # fmt: skip
    yes("o19_popescu_rezept.eml", 7, [1049, 1050], ["2026-06-23", "2026-06-30"],
        "2026-07-01 11:15", "Behandlung",
        "Sehr geehrte Damen und Herren\nich bestätige 23.6 und 30.6 Behandlung. Wie geht"
        " es weiter, brauche ich neues Rezept von Arzt?\nMit freundliche Grüße\nElena"
        " Popescu",
        client="yahoo", staff=True, extra=("question",))  # fmt: skip

    # --- P8 Jonas Richter (icloud, new, video MT) -----------------------------------------
    yes("o20_richter_jo.eml", 8, [1052], [], "2026-06-10 20:31",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.06.2026",
        "Jo hat gepasst" + IPHONE,
        client="iphone", reply="cr-1052", style="iphone",
        note="colloquial yes under our request for 10.06.")  # fmt: skip
    no("o21_richter_schieben.eml", 8, ["reschedule"], "2026-06-04 12:00",
       "Termin nächste Woche",
       "Hey, kann ich den Termin am 10.06. auf 19 Uhr schieben? Hab bis halb 7 Training."
       "\n\nJonas" + IPHONE,
       client="iphone")  # fmt: skip

    # --- P9 Gisela Neumann (freenet, elderly, phone KG) -----------------------------------
    yes("o22_neumann_nett.eml", 9, [1056, 1057], ["2026-07-07", "2026-07-09"],
        "2026-07-10 10:22", "Bestätigung",
        "Liebe Praxis,\n\nich möchte bestätigen das die Behandlungen am Dienstag und"
        " Donnerstag (7. und 9. Juli) stattgefunden haben. Die Frau am Telefon war sehr"
        " nett.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("o23_neumann_niemand.eml", 9, [1060, 1061], ["2026-07-21", "2026-07-23"],
        "2026-07-29 09:40", "Re: Bitte bestätigen Sie Ihre Behandlung vom 28.07.2026",
        "Am 21. und 23. war alles in Ordnung. Aber am 28. hat mich niemand angerufen?? Ich"
        " habe den ganzen Vormittag gewartet.\n\nG. Neumann",
        client="gmail", reply="cr-1062", style="gmail", staff=True, extra=("other",),
        note="partial: the asked-for 28.07. did not take place, a complaint")  # fmt: skip
    no("o24_neumann_enkel.eml", 9, ["cancellation"], "2026-07-15 18:20",
       "Termin Frau Neumann",
       "Hallo, hier schreibt der Enkel von Frau Neumann. Oma ist seit gestern Abend im"
       " Krankenhaus, der Termin morgen (16.7.) fällt deshalb aus. Wir melden uns wenn"
       " sie wieder zuhause ist.\n\nGruß Tim Neumann",
       name="Tim Neumann", note="14.7. is not confirmed by this")  # fmt: skip

    # --- P10 Lukas Brandt (mailbox.org, private, video KG) --------------------------------
    yes("o25_brandt_iso.eml", 10, [1063, 1064], ["2026-07-03", "2026-07-10"],
        "2026-07-11 09:05", "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.07.2026",
        "Bestätigt: 2026-07-03 und 2026-07-10.\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    no("o26_brandt_frage.eml", 10, ["question"], "2026-07-25 11:30",
       "Frage zum 31.7.",
       "Moin,\n\nmuss ich für den Termin am 31.7. irgendwas vorbereiten (Theraband o.ä.)?"
       " Und bekomme ich eine Teilnahmebescheinigung für meinen Arbeitgeber?\n\nLukas",
       client="thunderbird")  # fmt: skip

    # --- P11 Emily Carter (gmail, English, private) --------------------------------------
    yes("o27_carter_yes.eml", 11, [1070], ["2026-08-10"], "2026-08-10 15:02",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
        "Yes, confirmed - the session on August 10 took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("o28_carter_doctor.eml", 11, [1071, 1072], ["2026-08-17", "2026-08-24"],
        "2026-09-01 08:20", "sessions",
        "Hi,\n\njust to confirm my sessions on Aug 17th and Aug 24th. Yesterday's (the"
        " 31st) I had to miss because of a doctor's appointment, sorry about that - could"
        " we add one more at the end?\n\nBest,\nEmily Carter",
        client="gmail", staff=True, extra=("reschedule",),
        note="31.8. missed for a doctor's appointment")  # fmt: skip
    no("o29_carter_calendar.eml", 11, ["question"], "2026-09-08 19:10",
       "next session?",
       "Hello, is there a session on Sept 14? I can't find it in my calendar anymore.\n"
       "Thanks, Emily",
       client="gmail")  # fmt: skip

    # --- P12 Fatma Yıldız (web.de, learner, phone KG; 19.8. cancelled) --------------------
    yes("o30_yildiz_heute.eml", 12, [1076], ["2026-08-12"], "2026-08-12 13:05",
        RE + "12.08.2026",
        "Hallo ja Behandlung war heute, danke\nFatma" + WEBDE_APP,
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    yes("o31_yildiz_sohn.eml", 12, [1078, 1079], ["2026-08-26", "2026-09-02"],
        "2026-09-03 17:48", "Behandlung",
        "Guten Tag, ich bestetige 26.08 und 02.09 Behandlung war. 19.08 war abgesagt von"
        " Ihnen. Mein Sohn hilft beim schreiben.\nFatma Yıldız" + SAMSUNG,
        client="samsung", note="19.08 cancelled by the practice")  # fmt: skip
    no("o32_yildiz_telefon.eml", 12, ["reschedule"], "2026-08-06 09:15", "Termin",
       "Hallo ich habe gestern Anruf nicht bekommen, Telefon war aus. Bitte neue Termin"
       " geben. Entschuldigung\nFatma" + SAMSUNG,
       client="samsung", note="5.8. did not take place")  # fmt: skip

    # --- P13 Dr. Michael Vogel (law firm, private, video MT; 3.9. confirmed before) -------
    yes("o33_vogel_bestaetigt.eml", 13, [1082], [], "2026-09-10 09:30",
        RE + "10.09.2026",
        "Bestätigt.\n" + VOGEL_SIG,
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    no("o34_vogel_gericht.eml", 13, ["reschedule"], "2026-09-25 17:40",
       "Termin 01.10.2026",
       "Sehr geehrte Damen und Herren,\n\nam 01.10. habe ich um 8:30 Uhr einen"
       " Gerichtstermin in Köln. Bitte verlegen Sie die Sitzung auf den Nachmittag oder"
       " auf den Folgetag.\n" + VOGEL_SIG,
       client="outlook")  # fmt: skip

    # --- P14 Anna Lehmann (university, video KG) -----------------------------------------
    yes("o35_lehmann_vergessen.eml", 14, [1087, 1088], ["2026-09-08", "2026-09-15"],
        "2026-09-16 08:55", "Re: Bitte bestätigen Sie Ihre Behandlung vom 15.09.2026",
        "Hallo,\n\nja, am Dienstag hat die Stunde stattgefunden. Die vom 8.9. übrigens auch,"
        " hatte vergessen zu antworten.\n\nLG Anna\n\n--\nAnna Lehmann\nInstitut für"
        " Sportwissenschaft\nRaum 2.114",
        client="apple", reply="cr-1088", style="iphone")  # fmt: skip
    no("o36_lehmann_pruefung.eml", 14, ["cancellation"], "2026-09-21 12:03",
       "Absage morgen",
       "Hallo, ich muss den Termin morgen (22.9.) leider absagen, ich habe eine Prüfung."
       " Nächste Woche bin ich wieder dabei.\n\nAnna Lehmann",
       client="apple")  # fmt: skip
    yes("o37_lehmann_drei.eml", 14, [1090, 1091, 1092],
        ["2026-09-29", "2026-10-06", "2026-10-13"], "2026-10-14 22:10", "Stunden",
        "Hi, kurz zu den letzten Stunden: 29.09., 06.10. und 13.10. – alle gehabt \U0001f642"
        "\n\nAnna",
        client="apple")  # fmt: skip

    # --- P15 Klaus Zimmermann (arcor, phone KG; 26.10. cancelled) ------------------------
    yes("o38_zimmermann_auch.eml", 15, [1093, 1094], ["2026-10-05", "2026-10-12"],
        "2026-10-13 10:10", RE + "12.10.2026",
        "Hallo,\ndie Behandlung am 12.10. hat stattgefunden, die am 5.10. auch.\nGruß"
        " K. Zimmermann",
        client="outlook", reply="cr-1094", style="outlook_classic")  # fmt: skip
    yes("o39_zimmermann_verordnung.eml", 15, [1095, 1097], ["2026-10-19", "2026-11-02"],
        "2026-11-03 09:00", "Behandlungen Oktober/November",
        "Moin,\n\nam 19. Oktober und am 2. November war Behandlung, der 26. fiel ja aus."
        " Brauche ich eine neue Verordnung? Ich habe am 10.11. einen Termin beim Hausarzt,"
        " dann könnte ich die gleich mitbringen.\n\nKlaus Zimmermann",
        staff=True, extra=("question",),
        note="26.10. cancelled; 10.11. is a future doctor's appointment")  # fmt: skip

    # --- P16 Birgit Schäfer (gmx.net and her office address, video KG) --------------------
    yes("o40_schaefer_buero.eml", 16, [1098], ["2026-10-07"], "2026-10-08 08:15",
        "Behandlung gestern",
        "Guten Morgen,\n\ndie Behandlung gestern Abend hat stattgefunden.\n" + SCHAEFER_SIG,
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", note="from her second registered address")  # fmt: skip
    no("o41_schaefer_nicht_da.eml", 16, ["other"], "2026-11-05 08:40",
       "Termin gestern?",
       "Hallo,\n\nich war gestern um 19 Uhr pünktlich im Videoraum, aber es kam niemand."
       " Nach 20 Minuten habe ich aufgegeben. Was ist da passiert?\n\nBirgit Schäfer" + GMX_APP,
       client="webde", note="a complaint: 4.11. did not take place")  # fmt: skip
    no("o42_schaefer_rechnung.eml", 16, ["question"], "2026-11-12 19:55",
       "Rechnung?",
       "Guten Abend,\n\nich habe heute eine Rechnung vom 11.11. bekommen, ich bin doch"
       " gesetzlich versichert? Bitte um kurze Klärung.\n\nBirgit Schäfer",
       client="webde", note="11.11. is the invoice's date")  # fmt: skip

    # --- P17 Ole Jansen (gmail, new, video KGG) ------------------------------------------
    yes("o43_jansen_geklappt.eml", 17, [1104], [], "2026-10-22 12:01",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 22.10.2026",
        "Hat alles geklappt, danke! Bis nächste Woche.\n\nOle",
        client="gmail", reply="cr-1104", style="gmail",
        note="yes under our request; next week is a future session")  # fmt: skip
    yes("o44_jansen_nachtrag.eml", 17, [1105, 1106, 1107, 1108],
        ["2026-10-29", "2026-11-05", "2026-11-12", "2026-11-19"], "2026-11-20 10:30",
        "Bestätigung",
        "Hallo zusammen,\n\nbestätige hiermit 5.11., 12.11. und 19.11. Den 29.10. hab ich"
        " glaube ich noch nicht bestätigt – der hat auch stattgefunden.\n\nGruß Ole",
        client="gmail")  # fmt: skip
    no("o45_jansen_bogen.eml", 17, ["question"], "2026-10-16 14:22", "Anamnesebogen",
       "Hi, muss ich den Anamnesebogen nochmal schicken? Ich habe ihn am 15.10. per Post"
       " losgeschickt.\n\nOle Jansen",
       client="gmail")  # fmt: skip

    # --- P18 Renate Koch (t-online, elderly, phone KG; 15.4. confirmed before) -----------
    yes("o46_koch_montag_mittwoch.eml", 18, [1109, 1110], ["2026-03-23", "2026-03-25"],
        "2026-03-26 11:00", "AW: Bitte bestätigen Sie Ihre Behandlung vom 25.03.2026",
        "Guten Tag,\nja, am Montag und am Mittwoch hat die Therapeutin angerufen, alles"
        " gut.\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("o47_koch_vier.eml", 18, [1111, 1112, 1113, 1114],
        ["2026-03-30", "2026-04-01", "2026-04-08", "2026-04-13", "2026-04-15"],
        "2026-04-16 15:20", "Behandlungen",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlungen am 30. März, 1. April, 8. April"
        " und 13. April haben stattgefunden. Die vom 15. April habe ich gestern schon"
        " bestätigt.\n\nMit freundlichem Gruß\nRenate Koch",
        client="tonline", note="15.4. was confirmed before")  # fmt: skip

    # --- P19 David Nowak (proton, private, video MT) -------------------------------------
    yes("o48_nowak_kurz.eml", 19, [1117], ["2026-11-13"], "2026-11-13 10:12",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 13.11.2026",
        "Bestätigt, 13.11. fand statt.\n\nDavid",
        client="thunderbird", reply="cr-1117", style="thunderbird")  # fmt: skip
    no("o49_nowak_abgebrochen.eml", 19, ["technical", "question"], "2026-11-07 09:30",
       "Verbindung gestern",
       "Hallo,\n\ndie Verbindung gestern hat nicht funktioniert, wir haben nach fünf"
       " Minuten abgebrochen. Wird das trotzdem abgerechnet?\n\nDavid Nowak",
       client="thunderbird", note="6.11. broke off after five minutes")  # fmt: skip

    # --- P20 Leonie Hartmann (web.de, new, video KG) -------------------------------------
    yes("o50_hartmann_erste.eml", 20, [1120, 1121], ["2026-11-03", "2026-11-10"],
        "2026-11-11 21:05", "Meine ersten Termine",
        "Hallo!\n\nMeine ersten beiden Termine (03.11. und 10.11.) haben stattgefunden."
        " Den Anamnesebogen schicke ich nächste Woche nach, sorry!\n\nLeonie" + WEBDE_APP,
        client="webde")  # fmt: skip
    no("o51_hartmann_kita.eml", 20, ["reschedule"], "2026-11-24 08:10", "heute",
       "Guten Morgen, ich kann heute leider nicht, mein Kind ist krank und die Kita hat"
       " zu. Können wir den Termin verschieben?\nLeonie Hartmann" + WEBDE_APP,
       client="webde")  # fmt: skip

    # --- P21 Sophie Wagner (gmx.de, video KG; 2.2. cancelled) ----------------------------
    yes("o52_wagner_auch.eml", 21, [1124, 1125], ["2026-01-12", "2026-01-19"],
        "2026-01-19 12:15", RE + "19.01.2026",
        "Ja, hat heute stattgefunden. Die am 12.01. auch :)\nSophie" + GMX_APP,
        client="webde", reply="cr-1125", style="webde")  # fmt: skip
    yes("o53_wagner_wochentage.eml", 21, [1126, 1128, 1129],
        ["2026-01-26", "2026-02-09", "2026-02-16"], "2026-02-17 19:40", "Termine",
        "Hallo, bestätige Mo 26.1., Mo 9.2. und gestern. LG Sophie" + SAMSUNG,
        client="samsung")  # fmt: skip

    # --- P22 Mehmet Aydın (hotmail, learner, phone KG) -----------------------------------
    yes("o54_aydin_gut.eml", 22, [1130, 1131], ["2026-02-19", "2026-02-26"],
        "2026-02-27 18:00", RE + "26.02.2026",
        "Hallo, ja Behandlung 19.02 und 26.02 war gut gemacht. Danke\nMehmet",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip
    no("o55_aydin_arzt.eml", 22, ["reschedule"], "2026-03-06 10:05", "Termin",
       "Hallo, gestern ich war bei Arzt, Termin 5.3 hat nicht geklappt. Bitte neue Termin"
       " geben. Danke\nMehmet Aydın",
       client="outlook", note="5.3. did not take place")  # fmt: skip
    yes("o56_aydin_wieviele.eml", 22, [1133, 1134, 1135],
        ["2026-03-12", "2026-03-19", "2026-03-26"], "2026-03-27 09:20", "Behandlung März",
        "Sehr geehrte Praxis, Behandlung am 12.3., 19.3. und 26.3. hat stattgefunden. Wie"
        " viele Termine ich habe noch?\nMfG Mehmet Aydın",
        client="outlook", staff=True, extra=("question",))  # fmt: skip

    # --- P23 James O'Neill (outlook.com, English, private, phone MT) ---------------------
    yes("o57_oneill_both.eml", 23, [1136, 1137], ["2026-04-14", "2026-04-21"],
        "2026-04-22 07:45", "RE: Bitte bestätigen Sie Ihre Behandlung vom 21.04.2026",
        "Confirmed - both the 14th and the 21st of April happened as planned.\n\nBest,\n"
        "James",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    no("o58_oneill_missed.eml", 23, ["reschedule"], "2026-05-13 08:05",
       "RE: Bitte bestätigen Sie Ihre Behandlung vom 12.05.2026",
       "Hi, I'm afraid I missed yesterday's call - I was stuck at work. Please don't count"
       " it. Could we add a session at the end instead?\n\nJames",
       client="outlook", reply="cr-1140", style="outlook_en",
       note="an answer under our request saying the session did not happen")  # fmt: skip

    # --- P24 Ursula Berger (kabelmail, elderly, phone KG) --------------------------------
    yes("o59_berger_brief.eml", 24, [1142, 1143], ["2026-05-06", "2026-05-13"],
        "2026-05-14 10:30", "Bestätigung der Behandlungen",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlungen vom 06.05.2026 und"
        " 13.05.2026.\n\nUrsula Berger")  # fmt: skip
    yes("o60_berger_tochter.eml", 24, [1144, 1145, 1146, 1147],
        ["2026-05-20", "2026-05-27", "2026-06-03", "2026-06-10"], "2026-06-11 16:00",
        "Fwd: Bitte bestätigen Sie Ihre Behandlung vom 10.06.2026",
        "Liebe Praxis,\n\nalle Termine im Mai und Juni haben stattgefunden (20.5., 27.5.,"
        " 3.6. und 10.6.). Meine Tochter hilft mir beim Schreiben.\n\nIhre Ursula Berger",
        client="gmail", fwd="cr-1147", style="forward_gmail")  # fmt: skip


def main() -> None:
    load_practice()
    mails()
    mc.HERE = HERE  # write_labels and the label check write into this set's folder
    mc.check_labels()
    HERE.mkdir(exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.write_labels()
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirm, in {HERE}")


if __name__ == "__main__":
    main()
