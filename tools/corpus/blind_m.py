"""Write blind set M: a mixed week of the whole practice, all 24 patients (70 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_m`.
Written without reading rules/, the canonical table or the earlier blind sets' mails. Every
patient of the practice snapshot writes: the practice's own sentence and loose everyday
confirmations, replies to our request "Bitte bestätigen Sie Ihre Behandlung vom ..." (top-
and bottom-posted, forwarded back) and new mails; several days at once; a cancelled or
already confirmed day beside a new one; an illness, a doctor's or dentist's day, a school
trip, a hospital stay beside a confirmation; relatives writing (a mother, a wife, a husband,
a son, a secretary); future appointments acknowledged; questions, complaints, reschedules,
forms attached. German above all, some English, a Romanian and two Turkish learners of
German. Every mail program and quote style make_corpus knows is used.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from typing import Any

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human, jpeg, pdf

HERE = data_dir("blind_m")
MEN = {2, 4, 6, 8, 10, 13, 15, 17, 19, 22, 23}


def salutation(p: dict[str, Any]) -> str:
    last = p["name"].split()[-1]
    title = "Herr Dr." if p["name"].startswith("Dr.") else ("Herr" if p["id"] in MEN else "Frau")
    return f"{title} {last}"


def load_practice() -> None:
    data = mc.load_snapshot(salutation)
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
       name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


def re(key: str) -> str:
    """The subject of a reply to our mail `key`."""
    return "AW: " + mc.OUTBOX[key].subject


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
WEBDE_APP = (
    "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet."
)
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
OUTLOOK_IOS = "\n\nHolen Sie sich Outlook für iOS<https://aka.ms/o0ukef>"
VOGEL_SIG = """
Mit freundlichen Grüßen

Dr. Michael Vogel
Rechtsanwalt | Partner

Vogel & Partner mbB
Königsallee 12 · 40212 Düsseldorf
Tel. +49 211 1234560 · Fax +49 211 1234569
www.vogel-partner.de

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail sind nicht gestattet."""
SCHAEFER_SIG = """
Birgit Schäfer
Steuerberaterin

Schäfer Steuerberatung
Lindenstraße 4 · 30159 Hannover
Tel. 0511 9876540
b.schaefer@schaefer-steuerberatung.de

Pflichtangaben gemäß § 35a GmbHG finden Sie unter www.schaefer-steuerberatung.de/impressum"""
LEHMANN_SIG = """
--
Anna Lehmann, M.Sc.
Wissenschaftliche Mitarbeiterin
Institut für Sportwissenschaft
Universität Beispielstadt · Raum 2.114
Tel. 0341 97-31245"""


def sabine() -> None:  # 1, web.de, video Tuesdays; 13.01. and 20.01. confirmed before
    yes("m01_krueger_webde_reply.eml", 1, (1003,), ("2026-01-27", "2026-01-20"),
        "2026-01-27 18:10", re("cr-1003"),
        "Guten Abend,\n\nja, die Behandlung am 27.01. hat stattgefunden. Die vom 20. hatte"
        " ich Ihnen ja schon letzte Woche bestätigt.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="20.01. took place but was confirmed before: only 27.01. is new")  # fmt: skip
    yes("m02_krueger_three_days.eml", 1, (1004, 1005, 1006),
        ("2026-02-03", "2026-02-10", "2026-02-17"), "2026-02-18 08:12",
        "Bestätigung Termine Februar",
        "Hallo liebes Praxisteam,\n\nhiermit bestätige ich die Behandlungen am 03.02., 10.02."
        " und 17.02.2026.\n\nLiebe Grüße\nSabine Krüger" + WEBDE_APP, client="webde")  # fmt: skip
    yes("m03_krueger_ill_phoned.eml", 1, (1007,), ("2026-02-24",), "2026-03-04 09:30",
        "Termine",
        "Hallo,\n\nkurz zur Info: die Stunde am 24.2. hat ganz normal stattgefunden. Am 3.3."
        " lag ich mit Fieber im Bett, das hatte ich morgens telefonisch bei Ihnen abgesagt."
        "\n\nNächsten Dienstag bin ich wieder dabei.\n\nGruß Sabine Krüger",
        client="webde",
        note="03.03. was an illness day, cancelled by phone (nothing left for staff); the"
        " next Tuesday is a future appointment acknowledged")  # fmt: skip


def thomas() -> None:  # 2, gmx.de, private, phone MT Mondays and Thursdays in February
    yes("m04_becker_outlook_classic.eml", 2, (1010,), (), "2026-02-02 19:40", re("cr-1010"),
        "Bestätigt.\n\nGruß\nT. Becker", client="outlook", reply="cr-1010",
        style="outlook_classic",
        note="a bare yes to our request for 02.02.: the thread names the day")  # fmt: skip
    no("m05_becker_invoice_complaint.eml", 2, ("other",), "2026-02-24 21:05",
       "Rechnung Februar - Einwand",
       "Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung vom 20.02. ist die Behandlung"
       " vom 16.02. voll berechnet. Das Gespräch ist an dem Tag aber nach gut zehn Minuten"
       " abgebrochen, weil Ihre Leitung tot war, und es hat sich niemand mehr gemeldet.\n\n"
       "Ich bitte um Korrektur der Rechnung.\n\nMit freundlichen Grüßen\nThomas Becker",
       client="thunderbird",
       note="complaint: 16.02. broke off after ten minutes; the invoice day is no treatment"
       " day")  # fmt: skip


def aylin() -> None:  # 3, gmail, video Wednesdays; 01.04. cancelled
    yes("m06_demir_cancelled_beside.eml", 3, (1022, 1024), ("2026-03-25", "2026-04-08"),
        "2026-04-09 07:48", "Bestätigung",
        "Hallo,\n\nich bestätige den 25.3. und den 8.4. 🙂 Am 1.4. war ja abgesagt wegen"
        " Ostern.\n\nLG Aylin", client="gmail",
        note="01.04. was cancelled and is named as such")  # fmt: skip
    no("m07_demir_phone_instead.eml", 3, ("question",), "2026-04-20 22:14",
       "Termin Mittwoch",
       "Hallo, geht der Termin am 22.04. ausnahmsweise auch per Telefon statt Video? Mein"
       " Laptop ist in Reparatur und am Handy ist der Bildschirm so klein.\n\nDanke!\nAylin"
       " Demir", client="gmail")  # fmt: skip


def wolff() -> None:  # 4, t-online, phone Fridays; 09.01. confirmed before
    yes("m08_wolff_caps.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:02",
        re("cr-1028"),
        "HIERMIT BESTAETIGE ICH DIE BEHANDLUNG VOM 16.01.2026\n\nMFG\nH.J. WOLFF",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    no("m09_wolff_wife_hospital.eml", 4, ("cancellation",), "2026-02-11 10:20",
       "Termin Freitag Hans-Jürgen Wolff",
       "Guten Tag,\n\nmein Mann liegt seit Dienstag im Krankenhaus (Hüfte). Den Termin am"
       " Freitag, 13.02., kann er deshalb nicht wahrnehmen. Wie es danach weitergeht, melde"
       " ich mich.\n\nMit freundlichen Grüßen\nIngrid Wolff", name="Ingrid Wolff",
       client="tonline", note="his wife cancels a future appointment")  # fmt: skip
    yes("m10_wolff_wife_after.eml", 4, (1031,), ("2026-02-06",), "2026-02-21 09:40",
        "Behandlungen meines Mannes",
        "Guten Tag,\n\nSie hatten nach den Terminen meines Mannes gefragt: am 6. Februar"
        " hat er noch mit Ihnen telefoniert, die Behandlung hat stattgefunden. Am 13. und"
        " am 20. war er im Krankenhaus, da ging nichts. Er ist seit gestern wieder zu Hause."
        "\n\nFreundliche Grüße\nIngrid Wolff", name="Ingrid Wolff", client="tonline",
        staff=True,
        note="the wife confirms 06.02. for him; 20.02. did not take place and nobody"
        " cancelled it: staff must look")  # fmt: skip


def marie() -> None:  # 5, k.schulz@posteo.de: the mother writes; video Thursdays
    yes("m11_schulz_mother.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 08:30",
        "Marie Schulz",
        "Hallo,\n\nMarie hatte gestern, am Donnerstag 16.4., ihre Stunde, es hat alles"
        " geklappt und sie hat die Übungen heute früh schon gemacht.\n\nViele Grüße\nKatrin"
        " Schulz" + IPHONE, name="Katrin Schulz", client="apple",
        note="the mother confirms for her daughter")  # fmt: skip
    no("m12_schulz_school_trip.eml", 5, ("reschedule",), "2026-04-24 19:05",
       "Klassenfahrt",
       "Hallo,\n\nMarie ist vom 28.4. bis 1.5. auf Klassenfahrt. Können wir den Termin am"
       " 30.4. auf die Woche danach verschieben, gern auch an einem anderen Tag?\n\nDanke"
       " und Gruß\nKatrin Schulz", name="Katrin Schulz", client="apple")  # fmt: skip
    yes("m13_schulz_two_and_moved.eml", 5, (1035, 1037), ("2026-04-23", "2026-05-07"),
        "2026-05-08 12:15", "Bestätigung Marie",
        "Hallo,\n\ndie Termine am 23.04. und 07.05. haben stattgefunden. Der 30.04. war ja"
        " wegen der Klassenfahrt verschoben.\n\nGruß Katrin Schulz", name="Katrin Schulz",
        client="apple",
        note="30.04. was moved (school trip) and is not confirmed")  # fmt: skip


def peter() -> None:  # 6, outlook.de, private, video Mondays 07:30 (18.05. twice)
    yes("m14_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 18:00", "Termine heute",
        "Guten Abend,\n\nbestätige hiermit beide Termine vom 18.05. (KG am Gerät früh und"
        " die Manuelle Therapie mittags).\n\nGruß\nPeter Hoffmann", client="outlook",
        note="two appointments on one day, both named")  # fmt: skip
    no("m15_hoffmann_whitsun.eml", 6, ("question",), "2026-05-20 07:05",
       "Termin nächste Woche / Rechnung",
       "Hallo,\n\nder Termin nächste Woche ist am Dienstag, 26.05., wegen Pfingstmontag,"
       " richtig? Und kommt die Rechnung für Mai per Post oder per Mail?\n\nPeter Hoffmann"
       + OUTLOOK_IOS, client="outlook")  # fmt: skip
    yes("m16_hoffmann_three.eml", 6, (1041, 1044, 1045),
        ("2026-05-11", "2026-05-26", "2026-06-01"), "2026-06-01 19:00", "Bestätigung",
        "Bestätige 11.5., 26.5. und heute 1.6.\n\nP. Hoffmann" + OUTLOOK_IOS,
        client="outlook")  # fmt: skip


def elena() -> None:  # 7, yahoo, new patient, video Tuesdays in June; Romanian
    no("m17_popescu_forms.eml", 7, ("forms",), "2026-05-29 20:10", re("fr-7"),
       "Guten Tag,\n\nanbei die Unterlagen unterschrieben. Ich hoffe ist so richtig.\n\n"
       "Mit freundlichen Grüßen\nElena Popescu",
       client="yahoo", reply="fr-7", style="yahoo", staff=False,
       files=(pdf("Anamnesebogen_Popescu.pdf", 2), pdf("Datenschutzerklaerung_Popescu.pdf"),
              pdf("Einwilligung_Telebehandlung_Popescu.pdf")),
       forms=("anamnese", "datenschutz", "einwilligung_tele"))  # fmt: skip
    yes("m18_popescu_yahoo_reply.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:00",
        re("cr-1046"),
        "Hallo, ich bestätige das Behandlung war am 2 Juni. Alles gut, danke schön.\n\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("m19_popescu_today_doctor.eml", 7, (1049,), ("2026-06-23",), "2026-06-23 13:00",
        "Behandlung und nächste Woche",
        "Guten Tag,\n\nheute Behandlung hat stattgefunden, danke. Aber am 30.06 ich habe"
        " Termin bei Frauenarzt um 11 Uhr, kann ich andere Zeit bekommen? Vielleicht"
        " Nachmittag.\n\nMit freundlichen Grüßen\nElena Popescu", client="yahoo",
        extra=("reschedule",), staff=True,
        note="today (23.06.) confirmed; 30.06. is a future doctor's day, a reschedule")  # fmt: skip


def jonas() -> None:  # 8, icloud, new patient, private, video MT Wednesdays 18:00
    no("m20_richter_photos.eml", 8, ("forms",), "2026-05-30 22:41", re("fr-8"),
       "Hier die Bögen als Foto, hoffe man kann alles lesen. Drucker ist kaputt" + IPHONE,
       client="iphone", reply="fr-8", style="iphone",
       files=(jpeg("IMG_4471.jpeg"), jpeg("IMG_4472.jpeg")),
       forms=("unclassified", "unclassified"),
       note="photos without telling names: staff must see which form is which")  # fmt: skip
    yes("m21_richter_thumbs.eml", 8, (1052,), (), "2026-06-10 20:05", re("cr-1052"),
        "Jo passt, hat stattgefunden 👍" + IPHONE, client="iphone", reply="cr-1052",
        style="iphone")  # fmt: skip
    yes("m22_richter_forgot_first.eml", 8, (1051, 1053), ("2026-06-03", "2026-06-17"),
        "2026-06-18 09:12", "Nachtrag",
        "Moin,\n\nhatte ganz vergessen: die erste Stunde am 3.6. hat natürlich auch"
        " stattgefunden. Und gestern (17.6.) auch.\n\nJonas" + IPHONE, client="iphone")  # fmt: skip
    no("m23_richter_nobody_came.eml", 8, ("technical", "other"), "2026-06-25 08:30",
       "Termin gestern",
       "Hallo,\n\ngestern am 24.06. saß ich ab 17:55 vor dem Rechner im Videoraum, es kam"
       " aber niemand. Um 18:20 hab ich aufgegeben. Das wird hoffentlich nicht berechnet?"
       "\n\nGruß Jonas Richter" + IPHONE, client="iphone",
       note="24.06. did not take place: no confirmation")  # fmt: skip


def gisela() -> None:  # 9, freenet, phone Tuesdays and Thursdays in July
    yes("m24_neumann_lowercase.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 15:20",
        "behandlung",
        "guten tag ich bestätige die behandlung vom 7 juli es war sehr angenehm mit"
        " freundlichen grüßen gisela neumann")  # fmt: skip
    yes("m25_neumann_eye_doctor.eml", 9, (1057, 1058),
        ("2026-07-09", "2026-07-14", "2026-07-16"), "2026-07-17 10:00", "Anrufe",
        "Liebe Praxis,\n\ndie Anrufe am Donnerstag den 9. und Dienstag den 14. Juli waren"
        " beide da und haben mir gut getan.\nAm Donnerstag den 16. hatte ich früh einen"
        " Termin beim Augenarzt, das hatte ich der Therapeutin aber vorher gesagt, sie hat"
        " mich dann am Nachmittag angerufen und wir haben die Übungen nachgeholt. Ich weiß"
        " nicht ob das so in Ordnung ist.\n\nHerzliche Grüße\nGisela Neumann",
        staff=True,
        note="16.07. was held in the afternoon instead of 09:00: staff must decide whether"
        " it counts as that appointment")  # fmt: skip
    yes("m26_neumann_bottom.eml", 9, (1060,), ("2026-07-21",), "2026-07-21 11:30",
        re("cr-1060"), "Ja, am 21.7. hat stattgefunden.\n\nGisela Neumann",
        client="thunderbird", reply="cr-1060", style="thunderbird", bottom=True)  # fmt: skip
    no("m27_neumann_daughter_question.eml", 9, ("question",), "2026-07-24 18:45",
       "Weitere Behandlung",
       "Guten Tag,\n\nmeine Tochter fragt, ob man nach dem 28.7. weitermachen kann. Der"
       " Hausarzt hat am 20.07. ein neues Rezept ausgestellt, soll ich das schicken?\n\n"
       "Mit freundlichen Grüßen\nGisela Neumann",
       note="20.07. is the prescription day, 28.07. a future appointment")  # fmt: skip


def lukas() -> None:  # 10, mailbox.org, private, video Fridays 16:00
    yes("m28_brandt_late_bottom.eml", 10, (1064, 1065, 1066),
        ("2026-07-10", "2026-07-17", "2026-07-24"), "2026-07-25 09:00", re("cr-1066"),
        "Ja, fand statt. Die Woche davor (17.07.) und der 10.07. übrigens auch, hatte"
        " vergessen zu antworten. Also 10., 17. und 24.07. alle gehabt.\n\nLukas",
        client="thunderbird", reply="cr-1066", style="thunderbird", bottom=True)  # fmt: skip
    no("m29_brandt_did_not_happen.eml", 10, ("other",), "2026-07-31 16:45", re("cr-1067"),
       "Nein, hat NICHT stattgefunden. Ich war pünktlich im Videoraum und habe 20 Minuten"
       " gewartet, es kam niemand. Bitte nicht abrechnen und mir einen Ersatztermin"
       " anbieten.\n\nLukas Brandt", client="thunderbird", reply="cr-1067",
       style="thunderbird",
       note="an answer to our request for 31.07. that says no")  # fmt: skip


def emily() -> None:  # 11, gmail, English, private, video Mondays 12:00
    yes("m30_carter_two_and_travel.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 09:10", "Sessions + next week",
        "Hello,\n\nconfirming my sessions on Aug 10 and Aug 17. I'm travelling on the 24th"
        " so I won't be able to make it - could we move that one to later in the week?\n\n"
        "Best,\nEmily Carter", client="gmail", extra=("reschedule",), staff=True)  # fmt: skip
    no("m31_carter_had_cancelled.eml", 11, ("other",), "2026-08-31 14:00",
       "Re: " + mc.OUTBOX["cr-1073"].subject,
       "Hi there,\n\nI got this email asking me to confirm the treatment of 31/08, but I"
       " cancelled that one by phone on Friday - could you please check your records?\n\n"
       "Thanks,\nEmily", client="gmail", reply="cr-1073", style="gmail_en",
       note="31.08. did not take place (cancelled by phone)")  # fmt: skip


def fatma() -> None:  # 12, web.de, phone Wednesdays 10:30; 19.08. cancelled; Turkish
    yes("m32_yildiz_son_ill.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-27 21:30", "Termin",
        "Guten Tag,\n12.08 und 26.08 Termin war, 19.08 war abgesagt wegen mein Sohn krank."
        "\nGruß Fatma Yildiz" + SAMSUNG, client="samsung",
        note="19.08. was cancelled and is named as such")  # fmt: skip
    no("m33_yildiz_zuzahlung.eml", 12, ("question",), "2026-09-03 16:40", "Brief Zuzahlung",
       "Hallo,\nich habe Brief bekommen, Zuzahlung 10 Euro für Rezept vom 28.07. Muss ich"
       " bezahlen an Sie oder an Krankenkasse? Ich verstehe nicht.\nDanke\nFatma" + SAMSUNG,
       client="samsung")  # fmt: skip
    yes("m34_yildiz_short_call.eml", 12, (1079,), ("2026-09-02", "2026-09-09"),
        "2026-09-10 08:50", "Bestätigung",
        "Hallo,\nich bestätige 02.09 und 09.09, aber 9.9 war nur 15 Minuten weil Handy Akku"
        " leer. Ist das ok so?\nFatma" + WEBDE_APP, client="webde",
        extra=("question",), staff=True,
        note="09.09. broke off after 15 minutes: staff decides, only 02.09. is plain")  # fmt: skip


def vogel() -> None:  # 13, own firm, private, video Thursdays 07:00; 03.09. confirmed before
    yes("m35_vogel_disclaimer.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:05",
        re("cr-1082"),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom"
        " 10.09.2026.\n" + VOGEL_SIG, client="outlook", reply="cr-1082",
        style="outlook")  # fmt: skip
    yes("m36_vogel_two_and_earlier.eml", 13, (1083, 1084),
        ("2026-09-17", "2026-09-24", "2026-09-03"), "2026-09-25 07:45",
        "Bestätigung Behandlungen September",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlungen vom 17.09. und 24.09. haben"
        " stattgefunden. Die Sitzung vom 03.09. hatte ich bereits bestätigt.\n" + VOGEL_SIG,
        client="outlook",
        note="03.09. was confirmed before")  # fmt: skip
    no("m37_vogel_secretary.eml", 13, ("reschedule",), "2026-10-02 11:10",
       "Termin Dr. Vogel 08.10.",
       "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dr. Vogel: Herr Dr. Vogel"
       " bittet darum, den Termin am 08.10. auf 18:00 Uhr zu verlegen, morgens hat er"
       " Gericht.\n\nMit freundlichen Grüßen\ni. A. Sandra Keller\nSekretariat\n\nVogel &"
       " Partner mbB", name="Vogel & Partner | Sekretariat", client="outlook")  # fmt: skip
    yes("m38_vogel_forward.eml", 13, (1085,), ("2026-10-01",), "2026-10-01 09:00",
        "WG: " + mc.OUTBOX["cr-1085"].subject,
        "Termin am 1.10. hat stattgefunden.\n\nMfG\nVogel", client="outlook",
        fwd="cr-1085", style="forward_outlook",
        note="our request forwarded back to us with the confirmation on top")  # fmt: skip


def anna() -> None:  # 14, university, video Tuesdays 13:00
    yes("m39_lehmann_three_late.eml", 14, (1088, 1089, 1090),
        ("2026-09-15", "2026-09-22", "2026-09-29"), "2026-10-01 11:00", "Sitzungen September",
        "Hallo zusammen,\n\nsorry für die späte Rückmeldung - die Sitzungen am 15., 22. und"
        " 29.9. haben alle stattgefunden.\n\nBeste Grüße\nAnna Lehmann\n" + LEHMANN_SIG,
        client="thunderbird")  # fmt: skip
    no("m40_lehmann_link_broken.eml", 14, ("technical",), "2026-10-13 12:40",
       re("vl-1092"),
       "Hallo,\n\nder Zugangscode für heute (13.10.) funktioniert bei mir nicht, es kommt"
       " 'Zugangscode ungültig'. Können Sie mir schnell einen neuen schicken?\n\nAnna"
       " Lehmann", client="thunderbird", reply="vl-1092", style="thunderbird")  # fmt: skip
    yes("m41_lehmann_one_not_other.eml", 14, (1091,), ("2026-10-06",), "2026-10-13 18:00",
        re("cr-1092"),
        "Hallo,\n\nder 6.10. hat stattgefunden, heute der 13.10. leider nicht, weil der"
        " Code nicht ging (siehe meine Mail von heute Mittag). Können wir das nachholen?"
        "\n\nAnna\n" + LEHMANN_SIG, client="thunderbird", reply="cr-1092",
        style="thunderbird", extra=("reschedule",), staff=True,
        note="a reply to our request for 13.10. that says 13.10. did NOT take place; only"
        " 06.10. is confirmed")  # fmt: skip


def klaus() -> None:  # 15, arcor, phone Mondays 11:00; 26.10. cancelled
    yes("m42_zimmermann_short.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 14:30",
        re("cr-1093"),
        "Guten Tag,\nich bestätige die Behandlung vom 05.10.26.\nMfG\nK. Zimmermann",
        client="outlook", reply="cr-1093", style="outlook_classic")  # fmt: skip
    yes("m43_zimmermann_gmail_quote.eml", 15, (1094, 1095, 1097),
        ("2026-11-02", "2026-10-12", "2026-10-19"), "2026-11-02 13:40", re("cr-1097"),
        "Ja. Am 2.11. hat die Behandlung stattgefunden. Der 26.10. war ja von Ihnen"
        " abgesagt worden. Den 12. und 19.10. hatte ich noch nicht bestätigt, die waren auch."
        "\n\nK. Zimmermann", client="gmail", reply="cr-1097", style="gmail",
        note="26.10. was cancelled by the practice")  # fmt: skip
    no("m44_zimmermann_new_prescription.eml", 15, ("question",), "2026-11-04 10:05",
       "neues Rezept",
       "Guten Tag,\nmein Orthopäde hat mir am 03.11. ein neues Rezept über 6x KG"
       " ausgestellt. Geht es dann am Montag 9.11. gleich weiter? Bitte um kurze"
       " Bestätigung.\nMfG\nK. Zimmermann", client="gmail",
       note="asks us to confirm; 03.11. is the prescription day, 09.11. has no appointment")  # fmt: skip


def birgit() -> None:  # 16, two addresses, video Wednesdays 19:00
    yes("m45_schaefer_office.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:30",
        "Behandlung gestern",
        "Hallo,\n\ndie Behandlung am Mittwoch, den 07.10.2026 hat stattgefunden.\n\nViele"
        " Grüße\n" + SCHAEFER_SIG, sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", client="outlook",
        note="from her second registered address (the office)")  # fmt: skip
    yes("m46_schaefer_gmx_forgot.eml", 16, (1099, 1100), ("2026-10-21", "2026-10-14"),
        "2026-10-22 07:10", re("cr-1100"),
        "Hallo,\n\nja, der 21. hat stattgefunden, und auch der 14.10., den hatte ich"
        " vergessen zu bestätigen.\n\nLG Birgit" + GMX_APP, client="webde", reply="cr-1100",
        style="webde")  # fmt: skip
    yes("m47_schaefer_cancel_next.eml", 16, (1101, 1102), ("2026-10-28", "2026-11-04"),
        "2026-11-09 20:15", "Termine + Absage",
        "Guten Abend,\n\n28.10. und 4.11. fanden statt. Den Termin am 11.11. muss ich leider"
        " absagen, da ist Elternabend.\n\nViele Grüße\nBirgit Schäfer",
        client="webde", extra=("cancellation",), staff=True)  # fmt: skip
    no("m48_schaefer_reminder_yes.eml", 16, ("other",), "2026-11-10 19:30", re("rem-1103"),
       "Ja, ich bin dabei! Dann doch, der Elternabend wurde verlegt.\n\nBirgit",
       client="webde", reply="rem-1103", style="webde",
       note="yes to the reminder of a future appointment; also withdraws a cancellation:"
       " staff must see that")  # fmt: skip


def ole() -> None:  # 17, gmail, new patient, private, video KGG Thursdays
    no("m49_jansen_forms_scan.eml", 17, ("forms",), "2026-10-18 21:00", re("fr-17"),
       "Hallo,\n\nanbei die Unterlagen. Die Einwilligung habe ich mit dem Handy gescannt,"
       " deswegen heißt die Datei so komisch.\n\nGruß\nOle Jansen", client="gmail",
       reply="fr-17", style="gmail",
       files=(pdf("Anamnesebogen_Jansen.pdf", 2), pdf("Datenschutzerklaerung_Jansen.pdf"),
              pdf("Scan_20261018_210344.pdf")),
       forms=("anamnese", "datenschutz", "unclassified"),
       note="the third file has no telling name")  # fmt: skip
    yes("m50_jansen_three_thursdays.eml", 17, (1105, 1106, 1107),
        ("2026-10-29", "2026-11-05", "2026-11-12"), "2026-11-12 18:00", "Bestätigung",
        "Hallo,\n\nhiermit die Bestätigung für Do 29.10., Do 5.11. und Do 12.11. - alles"
        " hat stattgefunden.\n\nOle", client="gmail")  # fmt: skip
    no("m51_jansen_orthopedist.eml", 17, ("question",), "2026-11-20 08:10",
       "Frage wegen Orthopäde",
       "Moin,\n\nich habe am 25.11. einen Termin beim Orthopäden (MRT-Besprechung). Soll ich"
       " den Termin am 26.11. trotzdem wahrnehmen oder lieber erst danach weitermachen?\n\n"
       "Ole", client="gmail", note="25.11. doctor's day, 26.11. has no appointment")  # fmt: skip


def renate() -> None:  # 18, t-online, phone Mondays/Wednesdays; 15.04. confirmed before
    yes("m52_koch_dentist.eml", 18, (1110, 1111, 1112),
        ("2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-09 10:20", "Bestätigung",
        "Hallo,\n\nhiermit Bestätigung für 25.3., 30.3. und 1.4. (Mittwoch).\nAm 8.4."
        " musste ich zum Zahnarzt, deshalb ist der ausgefallen, ich hatte aber angerufen."
        "\n\nRenate Koch", client="tonline",
        note="08.04. dentist's day, cancelled by phone")  # fmt: skip
    yes("m53_koch_why_again.eml", 18, (1114,), ("2026-04-15", "2026-04-13"),
        "2026-04-16 09:00", re("cr-1115"),
        "Guten Tag,\n\ndie Behandlung vom 15.04. hatte ich doch gestern schon bestätigt,"
        " warum bekomme ich noch eine Mail? Den 13.04. bestätige ich hiermit auch gleich.\n\n"
        "Renate Koch", client="tonline", reply="cr-1115", style="tonline",
        extra=("question",), staff=True,
        note="15.04. was confirmed before; 13.04. is new; the question needs an answer")  # fmt: skip


def david() -> None:  # 19, proton, private, video MT Fridays 08:00
    yes("m54_nowak_bottom_gmail.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00",
        "Re: " + mc.OUTBOX["cr-1116"].subject,
        "Bestätigt: 06.11.2026, 08:00-08:30, Manuelle Therapie.\n\nD. Nowak",
        reply="cr-1116", style="gmail", bottom=True)  # fmt: skip
    yes("m55_nowak_forward_gmail.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-21 09:00", "Fwd: " + mc.OUTBOX["cr-1118"].subject,
        "Guten Morgen,\n\n13.11. und 20.11. fanden statt. Die Rechnung bitte wie immer an"
        " die Adresse in Hamburg.\n\nGrüße\nD. Nowak", fwd="cr-1118",
        style="forward_gmail")  # fmt: skip
    no("m56_nowak_sick_note.eml", 19, ("other", "forms"), "2026-11-28 11:30",
       re("cr-1119"),
       "Hallo,\n\nam 27.11. konnte ich nicht, ich war morgens beim Arzt, Krankschreibung"
       " anbei. Bitte nicht berechnen.\n\nDavid Nowak" + SAMSUNG, client="samsung",
       reply="cr-1119", style="samsung",
       files=(pdf("AU_Nowak_27112026.pdf"),), forms=("unclassified",),
       note="a no to our request for 27.11.; the sick note is no form of ours")  # fmt: skip


def leonie() -> None:  # 20, web.de, new patient, video Tuesdays 17:00
    yes("m57_hartmann_first_with_form.eml", 20, (1120,), ("2026-11-03",),
        "2026-11-03 19:30", re("cr-1120"),
        "Hallo,\n\ndie erste Stunde am 3.11. hat stattgefunden, war echt gut! Anbei noch die"
        " Einwilligung, die hatte ich vergessen.\n\nLeonie", client="webde",
        reply="cr-1120", style="webde", extra=("forms",),
        files=(pdf("Einwilligung_Telemedizin_Hartmann.pdf"),),
        forms=("einwilligung_tele",))  # fmt: skip
    yes("m58_hartmann_checkmarks.eml", 20, (1121, 1122), ("2026-11-10", "2026-11-17"),
        "2026-11-18 07:30", "Termine",
        "Hey,\n\n10.11 ✅\n17.11 ✅\n\nLG Leonie" + WEBDE_APP, client="webde")  # fmt: skip
    no("m59_hartmann_thursdays.eml", 20, ("reschedule",), "2026-11-25 21:50",
       "Termine ab Dezember",
       "Hallo,\n\nkann ich die Termine ab Dezember auf Donnerstag legen? Dienstags habe ich"
       " ab dem 1.12. ein Seminar bis 18 Uhr.\n\nDanke und LG\nLeonie Hartmann",
       client="webde")  # fmt: skip


def sophie() -> None:  # 21, gmx.de, video Mondays 09:30; 02.02. cancelled
    yes("m60_wagner_two_short_year.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-01-27 19:00", "Bestätigung",
        "Hallo,\n\nich bestätige 12.1., 19.1. und 26.1.26.\n\nLG Sophie Wagner" + GMX_APP,
        client="webde")  # fmt: skip
    no("m61_wagner_cancelled_sure.eml", 21, ("question",), "2026-01-30 12:10",
       "Termin 2.2.",
       "Guten Tag,\n\nder Termin am 2.2. fällt aus, oder? Ich habe eine Nachricht bekommen,"
       " wollte nur sichergehen. Am 9.2. bin ich dann wieder dabei.\n\nGruß\nSophie Wagner",
       client="webde")  # fmt: skip
    yes("m62_wagner_ill_next.eml", 21, (1128,), ("2026-02-09",), "2026-02-13 18:20",
        "Krankmeldung",
        "Hallo,\n\nder 9.2. hat stattgefunden, der 2.2. war ja ausgefallen. Den Termin am"
        " Montag, 16.2., muss ich absagen, ich bin seit gestern krankgeschrieben.\n\nSophie",
        client="webde", extra=("cancellation",), staff=True)  # fmt: skip


def mehmet() -> None:  # 22, hotmail, phone Thursdays 12:30; Turkish
    yes("m63_aydin_outlook_reply.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:00",
        re("cr-1130"),
        "Merhaba,\nBehandlung heute 19.02 war gut, ich bestätige.\nMehmet", client="outlook",
        reply="cr-1130", style="outlook")  # fmt: skip
    yes("m64_aydin_two.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-06 17:45", "Behandlung",
        "Sehr geehrte Damen und Herren,\nam 26.02 und 05.03 ich hatte Telefon Behandlung."
        " Beide OK.\nMit freundlichen Grüßen\nMehmet Aydin" + SAMSUNG,
        client="samsung")  # fmt: skip
    no("m65_aydin_son_missed.eml", 22, ("reschedule",), "2026-03-12 15:00",
       "Termin von meinem Vater",
       "Hallo,\n\nhier ist der Sohn von Mehmet Aydın. Mein Vater hat heute (12.03.) den Anruf"
       " verpasst, weil er zur Untersuchung im Krankenhaus war. Können Sie ihm einen neuen"
       " Termin geben? Er versteht am Telefon nicht alles, am besten schreiben Sie mir.\n\n"
       "Emre Aydın", name="Emre Aydın", client="outlook",
       note="the son writes: 12.03. did not take place")  # fmt: skip


def james() -> None:  # 23, outlook.com, English, private, phone MT Tuesdays 19:30
    yes("m66_oneill_outlook_en.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:00",
        "RE: " + mc.OUTBOX["cr-1136"].subject,
        "Yes, confirmed - the call on 14 April went ahead.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    no("m67_oneill_dublin.eml", 23, ("reschedule",), "2026-05-08 13:25",
       "Tuesday's session",
       "Hi,\n\nI need to cancel Tuesday's session (12/05) - work trip to Dublin. Could we do"
       " Thursday evening instead?\n\nThanks,\nJames O'Neill", client="outlook")  # fmt: skip


def ursula() -> None:  # 24, kabelmail, phone Wednesdays 09:00
    no("m68_berger_husband.eml", 24, ("cancellation",), "2026-05-18 08:15",
       "Termin meiner Frau",
       "Guten Tag,\n\nmeine Frau ist gestern gestürzt und kann am Mittwoch, 20. Mai, nicht"
       " telefonieren. Bitte sagen Sie den Termin ab.\n\nGruß\nWerner Berger",
       name="Werner Berger")  # fmt: skip
    yes("m69_berger_fall.eml", 24, (1143, 1145), ("2026-05-13", "2026-05-27"),
        "2026-05-28 10:40", "Telefonbehandlungen Mai",
        "Guten Tag,\n\ndie Telefonbehandlungen am 13.05. und 27.05. haben stattgefunden. Am"
        " 20.05. fiel sie aus wegen meinem Sturz, mein Mann hatte Ihnen ja geschrieben.\n\n"
        "Viele Grüße\nU. Berger",
        note="20.05. cancelled by her husband")  # fmt: skip
    no("m70_berger_prescription.eml", 24, ("question",), "2026-06-04 16:00", "Rezept",
       "Guten Tag,\n\nbrauche ich für Juni ein neues Rezept? Die Ärztin hat am 02.06."
       " geschrieben, dass sie noch eine Verordnung ausstellen kann.\n\nMit freundlichen"
       " Grüßen\nUrsula Berger", note="02.06. is the day the doctor wrote")  # fmt: skip


def write_mails() -> None:
    for person in (sabine, thomas, aylin, wolff, marie, peter, elena, jonas, gisela, lukas,
                   emily, fatma, vogel, anna, klaus, birgit, ole, renate, david, leonie,
                   sophie, mehmet, james, ursula):  # fmt: skip
        person()


def main() -> None:
    load_practice()
    write_mails()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE  # write_labels writes into make_corpus's folder
    mc.write_labels()
    labels = HERE / "labels.toml"
    text = labels.read_text(encoding="utf-8")
    labels.write_text(text.replace("make_corpus.py", "tools/corpus/blind_m.py", 1), "utf-8")
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirm, {len(mc.MAILS) - confirming} do not")


if __name__ == "__main__":
    main()
