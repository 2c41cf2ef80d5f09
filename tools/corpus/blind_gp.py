"""Write blind set GP: everyday confirmations that name, beside the sessions, other dates
that are no sessions: the date of the prescription (Verordnung/Rezept vom ...), a doctor's
or specialist's appointment, a sick-note period, a holiday absence, a birthday, an invoice
date or number, the date of an earlier mail, a wish for the next appointment, a session
still to come; and some that name only sessions. 42 mails: 32 written as confirmations (one
of them confirms a cancelled day and so records nothing) and 10 look-alikes (a reply under
our request that reports a doctor's visit instead, a session that did not take place, a
"yes" to a reminder for a coming session, a question about an invoice or an overview).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gp`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gp")


def prescriptions_and_doctors() -> None:
    """Sessions confirmed beside the day of the prescription or a doctor's visit."""
    yes("gp01_krueger_verordnung_post.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 18:40",
        re(1003, "Aw"),
        "Hallo,\n\nja die Behandlung am 27.01. hat stattgefunden.\n"
        "Die neue Verordnung vom 22.01. schicke ich Ihnen diese Woche per Post.\n\n"
        "LG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="22.01. is the prescription's date; posting it needs nobody now")  # fmt: skip
    yes("gp02_krueger_zwei_termine_orthopaede.eml", 1, (1004, 1005),
        ("2026-02-03", "2026-02-10"), "2026-02-11 08:15", "Bestätigung Termine",
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlungen am 3.2. und 10.2.2026.\n"
        "Am 5.2. war ich beim Orthopäden (Dr. Lenz), der ist mit dem Verlauf zufrieden.\n\n"
        "Viele Grüße\nS. Krüger",
        client="webde",
        note="5.2. is a doctor's visit, not a session")  # fmt: skip
    yes("gp03_demir_rezept_28_tage.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:10",
        re(1019, "Re"),
        "Hallo,\nja, der Termin am 4.3. hat stattgefunden 👍\n"
        "Das Rezept ist vom 26.02., passt das noch mit den 28 Tagen oder brauch ich ein neues?\n\n"
        "LG Aylin",
        client="gmail", reply="cr-1019", style="gmail", staff=True, extra=("question",),
        note="26.02. is the prescription's date; she asks whether it is still valid")  # fmt: skip
    yes("gp04_schulz_verordnung_bottom.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:45",
        re(1034, "Re"),
        "Hallo,\n\nbestätige die Behandlung vom 16.04.2026.\n"
        "Die Verordnung vom 09.04. hatte ich Ihnen ja schon per Post geschickt.\n\n"
        "Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True,
        note="bottom-posted; 09.04. is the prescription's date")  # fmt: skip
    yes("gp05_neumann_rezept_frage.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 11:20", "Telefon Behandlung",
        "Liebes Praxisteam,\n\ndie Behandlungen am Dienstag 14.7. und Donnerstag 16.7. haben"
        " statt gefunden.\nMein Rezept ist vom 1.7.2026 von Dr. Albers, 6 mal, wieviele"
        " sind denn da jetzt noch übrig??\n\nMit freundlichen Grüßen\nGisela Neumann",
        staff=True, extra=("question",),
        note="1.7. is the prescription; she asks how many sessions are left")  # fmt: skip
    yes("gp06_koch_drei_termine_hausarzt.eml", 18, (1111, 1112, 1113),
        ("2026-03-30", "2026-04-01", "2026-04-08"), "2026-04-09 14:00",
        "Bestätigung Krankengymnastik",
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die Behandlungen am 30.03.,"
        " 01.04. und 08.04.2026.\nMeine Verordnung vom 16.03.2026 über 6x KG ist damit bald"
        " aufgebraucht, einen Termin beim Hausarzt habe ich am 14.04.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline",
        note="16.03. prescription, 14.04. a future doctor's appointment")  # fmt: skip
    yes("gp07_carter_gp_appointment.eml", 11, (1072,), ("2026-08-24",), "2026-08-25 08:40",
        re(1072, "Re"),
        "Confirming the session on Aug 24.\nMy GP appointment is on Sept 1st, I'll send you"
        " the new prescription after that.\n\nBest,\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en",
        note="Sept 1st is a coming doctor's appointment")  # fmt: skip
    yes("gp08_vogel_rechnung_kanzlei.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:45",
        re(1082),
        "Bestätigt: MT am 10.09.2026.\nDie Behandlung am 03.09. hatte ich bereits bestätigt.\n"
        "Bitte die Rechnung Nr. 2026-0903 an die Kanzleiadresse senden, nicht nach Hause.\n\n"
        "Dr. M. Vogel\nVogel & Partner Rechtsanwälte\nKönigsallee 12, 40212 Düsseldorf\n"
        "Tel. 0211 8765 430",
        client="outlook", reply="cr-1082", style="outlook_classic", staff=True, extra=("other",),
        note="03.09. was confirmed before; the invoice address must be changed")  # fmt: skip


def sick_notes_and_holidays() -> None:
    """Sessions confirmed beside a sick-note period or a holiday absence."""
    yes("gp09_wolff_krank_13_02.eml", 4, (1029, 1030, 1031, 1033),
        ("2026-01-23", "2026-01-30", "2026-02-06", "2026-02-20"), "2026-02-25 16:00",
        "Termine Januar/Februar",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlungen am 23.1., 30.1. und"
        " 6.2.\nAm 13.2. war ich krank (Krankschreibung vom 11.02. bis 15.02.2026), da hat die"
        " Behandlung nicht stattgefunden. Die am 20.2. war dann wieder in Ordnung.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", staff=True,
        note="the 13.2. session did not take place; the sick note is no session")  # fmt: skip
    yes("gp10_schulz_urlaub_ohne_termin.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 19:02",
        re(1037, "Re"),
        "Guten Abend,\n\nTermin am 7.5. hat stattgefunden.\nVom 11. bis 18. Mai bin ich im"
        " Urlaub, der 21.05. passt dann wieder.\n\nMarie",
        client="thunderbird", reply="cr-1037", style="thunderbird",
        note="the holiday falls between her sessions: nothing to move")  # fmt: skip
    yes("gp11_richter_dienstreise.eml", 8, (1053,), ("2026-06-17",), "2026-06-18 07:30",
        re(1053, "Re"),
        "Bestätige 17.06.\nBin vom 22. bis 28.6. auf Dienstreise, der Termin am 24. muss"
        " leider ausfallen.\n\nGruß Jonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone", staff=True, extra=("cancellation",),
        note="the business trip cancels the 24.06. session")  # fmt: skip
    yes("gp12_carter_holiday.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 19:15",
        re(1069, "Re"),
        "Hi,\n\nyes I confirm the session on 3 August took place.\nJust FYI I'm away on"
        " holiday from August 14 to August 23, so I'll miss the one on the 17th - could we"
        " move it?\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en", staff=True, extra=("reschedule",),
        note="holiday covers the 17.08. session, she asks to move it")  # fmt: skip
    yes("gp13_yildiz_krankmeldung.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-03 09:10", "bestätigung",
        "Guten morgen,\n\nich bestätige die telefonische Behandlung vom 26.08. und 02.09.\n"
        "Krankmeldung vom 24.08. bis 28.08. hab ich beim Arbeitgeber abgegeben.\n\n"
        "mfg Fatma Yıldız",
        client="webde",
        note="the sick-note period is no session")  # fmt: skip
    yes("gp14_vogel_betreff_urlaub.eml", 13, (1083, 1084, 1085, 1086),
        ("2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08"), "2026-10-09 07:50",
        "MT 17.09., 24.09., 01.10., 08.10.",
        "Guten Morgen,\n\ndie vier Termine im Betreff haben alle stattgefunden.\n"
        "Ab dem 12.10. bin ich zwei Wochen in Urlaub; weitere Termine sind ja ohnehin noch"
        " nicht vereinbart.\n\nMit freundlichen Grüßen\nVogel",
        client="outlook",
        note="the sessions are named only in the subject; no sessions after 08.10.")  # fmt: skip
    yes("gp15_zimmermann_kur.eml", 15, (1095,), ("2026-10-19",), "2026-10-20 09:00",
        re(1095),
        "19.10. ok.\nAm 26.10. bin ich ja nicht da, Kur bis 31.10.\n\nGruß K. Zimmermann",
        client="samsung", reply="cr-1095", style="samsung",
        note="26.10. is already cancelled; the stay at the spa is no session")  # fmt: skip
    yes("gp16_aydin_au.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 18:00", re(1131),
        "Hallo bestätige den Termin vom 26.2 .\nAU vom 16.02-20.02 schick ich an Krankenkasse"
        " selber.\nGruss Mehmet",
        client="outlook", reply="cr-1131", style="outlook",
        note="the sick-note period is no session, and he says nothing of 19.02.")  # fmt: skip
    yes("gp17_demir_1_4_abgesagt.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-03-26 19:30", "Bestätigung",
        "Hallo liebes Praxisteam,\n\nich bestätige die Videotermine vom 18.03. und"
        " 25.03.2026.\nAm 1.4. bin ich nicht da, das hatte ich ja schon abgesagt.\n\n"
        "Liebe Grüße\nAylin Demir",
        client="gmail",
        note="1.4. is already cancelled")  # fmt: skip


def invoices_birthdays_mails() -> None:
    """Sessions confirmed beside an invoice, a birthday or the date of an earlier mail."""
    yes("gp18_becker_rechnung.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:05",
        re(1010, "Aw"),
        "Hallo,\n\nBehandlung heute (02.02.) hat stattgefunden.\nMeine Rechnung vom 30.01."
        " (Nr. 2026-0117) habe ich gestern überwiesen.\n\nGruß\nT. Becker",
        client="webde", reply="cr-1010", style="webde",
        note="the invoice date and number are no session")  # fmt: skip
    yes("gp19_wolff_geburtsdatum.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:12",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung"
        " vom 16.01.2026.\nMein Geburtsdatum ist übrigens der 12.03.1951, falls Sie das für"
        " die Krankenkasse brauchen.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline",
        note="the birth date is no session")  # fmt: skip
    yes("gp20_hoffmann_beide_18_05.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:20",
        re(1043),
        "Guten Tag,\n\nich bestätige beide Termine am 18.05. (KGG morgens und MT mittags).\n"
        "Die Rechnung für April (RE-2026-0412) ist angewiesen.\n\nPeter Hoffmann\n"
        "Mobil 0171 4456 2031",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day; invoice number and phone are no dates")  # fmt: skip
    yes("gp21_popescu_dokumente.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:30",
        re(1046, "Re"),
        "Hallo,\nich bestatige das Termin am 02.06 war gut.\nIhre Mail vom 28.05. ich habe"
        " bekommen, die Dokumente ich schicke morgen.\nDanke, Elena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo",
        note="28.05. is the date of our forms mail; the forms are announced")  # fmt: skip
    yes("gp22_richter_mail_vom.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:01",
        re(1051, "Re"),
        "Hi, ja Termin am 3.6. hat stattgefunden.\nDie unterschriebenen Unterlagen kommen"
        " noch, hab die Mail vom 29.05. erst jetzt gesehen.\n\nGruß Jonas\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone",
        note="29.05. is the date of our forms mail; the forms are announced")  # fmt: skip
    yes("gp23_neumann_geburtstag.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 13:40", re(1057),
        "Ja die Behandlung am 9.7. hat stattgefunden, und die am Dienstag den 7.7. auch, da"
        " hatte ich Geburtstag und habe vergessen zu antworten.\nGruß G. Neumann",
        client="samsung", reply="cr-1057", style="samsung",
        note="her birthday is the day of the first session")  # fmt: skip
    yes("gp24_brandt_beihilfe_bottom.eml", 10, (1065,), ("2026-07-17",), "2026-07-17 18:30",
        re(1065, "Re"),
        "Hallo,\n\nhiermit bestätige ich die Sitzung vom 17.07.2026.\nWegen der Rechnung vom"
        " 03.07.: die Beihilfe braucht die Diagnose mit drauf, können Sie mir eine korrigierte"
        " schicken?\n\nViele Grüße\nLukas Brandt",
        client="thunderbird", reply="cr-1065", style="thunderbird", bottom=True, staff=True,
        extra=("question",),
        note="bottom-posted; he asks for a corrected invoice of 03.07.")  # fmt: skip
    yes("gp25_oneill_invoice.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:00",
        re(1137, "RE"),
        "Hi,\n\nconfirming last night's session (21/04). Also, I've paid invoice no."
        " 2026-0414 dated 14/04 today.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en",
        note="the invoice date 14/04 is no session")  # fmt: skip
    yes("gp26_schaefer_buero_signatur.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:05",
        re(1099),
        "Guten Morgen,\n\ndie Videobehandlung am 14.10. hat stattgefunden.\n\n"
        "Herzliche Grüße\nBirgit Schäfer\n\n--\nSchäfer Steuerberatung\nTel. 040 5566 7710\n"
        "Bitte beachten Sie: Unser Büro ist vom 24.12.2026 bis 02.01.2027 geschlossen.",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her office address; the closing days in the signature are no sessions")  # fmt: skip


def next_appointments() -> None:
    """Sessions confirmed beside a wish for the next appointment or a session to come."""
    yes("gp27_becker_bis_montag.eml", 2, (1014, 1015), ("2026-02-16", "2026-02-19"),
        "2026-02-20 07:50", "MT 16.02. und 19.02.",
        "Moin,\n\nbestätige hiermit die beiden Termine Manuelle Therapie am 16. und 19.02.\n"
        "Bis Montag, 23.02., dann wieder um 17:30.\n\nThomas Becker",
        client="webde",
        note="23.02. is a coming session")  # fmt: skip
    yes("gp28_hoffmann_kardiologe.eml", 6, (1044,), ("2026-05-26",), "2026-05-27 07:10",
        re(1044),
        "Hallo,\n\nKGG am Dienstag 26.5. hat stattgefunden.\nAm 01.06. habe ich um 8 Uhr einen"
        " Termin beim Kardiologen, können wir die Stunde am Montag auf 7:00 vorziehen oder"
        " auf den Nachmittag legen?\n\nGruß P. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook", staff=True, extra=("reschedule",),
        note="the cardiologist's appointment collides with the 01.06. session")  # fmt: skip
    yes("gp29_popescu_hausarzt.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-24 09:00", "Bestätigung 16.6 und 23.6",
        "Guten Tag,\n\nich möchte bestätigen die Behandlung von 16.06 und 23.06.\nAm 30.06"
        " ich habe Termin bei Hausarzt um 11 Uhr, das ist gleiche Zeit. Kann ich anderen Tag"
        " haben?\n\nVielen Dank\nElena",
        client="yahoo", staff=True, extra=("reschedule",),
        note="learner's German; the doctor's appointment collides with 30.06.")  # fmt: skip
    yes("gp30_lehmann_pruefung.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 15:30",
        re(1088, "Re"),
        "Hallo,\n\ndie Sitzung am 15.9. hat stattgefunden.\nNächste Woche (22.9.) habe ich um"
        " 13 Uhr eine Prüfung, ginge da auch 15 Uhr?\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird", staff=True,
        extra=("reschedule",),
        note="she asks to move the 22.09. session")  # fmt: skip
    yes("gp31_hartmann_nur_termin.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:20",
        re(1121, "Aw"),
        "Hey, Termin am 10.11 hat stattgefunden 🙂\nlg Leonie",
        client="webde", reply="cr-1121", style="webde",
        note="only the session is named")  # fmt: skip
    yes("gp32_demir_abgesagter_tag.eml", 3, (), (), "2026-04-02 08:00", "Videotermin",
        "Hallo,\n\nhiermit bestätige ich den Videotermin vom 01.04.2026.\n\n"
        "LG Aylin Demir",
        client="gmail", staff=True,
        note="01.04. was cancelled: nothing may be recorded, staff must look")  # fmt: skip


def look_alikes() -> None:
    """Mails that look like confirmations and confirm nothing."""
    no("gp33_krueger_krank_17_02.eml", 1, ("other",), "2026-02-17 14:00", re(1006, "Aw"),
       "Hallo,\n\ndie Behandlung am 17.02. hat leider nicht stattgefunden, ich lag mit Fieber"
       " im Bett (krankgeschrieben 16.–20.02.).\nIch hoffe das ist kein Problem.\n\n"
       "LG Sabine Krüger",
       client="webde", reply="cr-1006", style="webde",
       note="the session did not take place")  # fmt: skip
    no("gp34_becker_erinnerung_ja.eml", 2, ("other",), "2026-02-25 18:20", rem(1017, "Aw"),
       "Ja, passt, ich bin am 26.02. um 17:30 erreichbar.\n\nT. Becker",
       client="webde", reply="rem-1017", style="webde", staff=False,
       note="a yes to the reminder for a session still to come")  # fmt: skip
    no("gp35_neumann_orthopaede_statt.eml", 9, ("question",), "2026-07-21 15:00", re(1060),
       "Heute war ich beim Orthopäden, Dr. Sommer, der sagt ich soll weiter machen und"
       " schreibt ein neues Rezept.\nAm Donnerstag rufen Sie mich wieder an?\n\n"
       "Gruß G. Neumann",
       client="samsung", reply="cr-1060", style="samsung",
       note="reports a doctor's visit under our request, says nothing of the session")  # fmt: skip
    no("gp36_carter_nobody_joined.eml", 11, ("reschedule",), "2026-09-01 09:00",
       re(1073, "Re"),
       "Hi,\n\njust to let you know, the session on 31 August didn't happen - I waited in the"
       " video room from 12:00 until 12:20 but nobody joined. Can we reschedule?\n\nEmily",
       client="gmail", reply="cr-1073", style="gmail_en",
       note="the session did not take place")  # fmt: skip
    no("gp37_schaefer_zuzahlung.eml", 16, ("question",), "2026-10-28 22:00", re(1101, "Re"),
       "Hallo,\n\neine Frage zur Rechnung vom 15.10. über die Zuzahlung für die Verordnung"
       " vom 01.10.: muss ich die jetzt schon bezahlen oder erst am Ende?\n\n"
       "Grüße Birgit Schäfer",
       client="iphone", reply="cr-1101", style="iphone",
       note="a question about the co-payment under our request, no confirmation")  # fmt: skip
    no("gp38_koch_erinnerung_morgen.eml", 18, ("other",), "2026-04-12 17:00", rem(1114),
       "Ich bestätige den Termin morgen, 13.04., um 15 Uhr.\n\n"
       "Mit freundlichen Grüßen\nR. Koch",
       client="tonline", reply="rem-1114", style="tonline", staff=False,
       note="confirms attending a coming session, not one that took place")  # fmt: skip
    no("gp39_berger_uebersicht.eml", 24, ("question",), "2026-06-03 11:00", re(1146),
       "Guten Tag,\n\nbitte schicken Sie mir eine Terminübersicht für die Krankenkasse, alle"
       " Termine seit dem 06.05.\n\nDanke\nUrsula Berger",
       client="apple", reply="cr-1146", style="iphone",
       note="asks for an overview since 06.05., confirms nothing")  # fmt: skip
    no("gp40_wagner_ausfall_02_02.eml", 21, ("question",), "2026-02-03 10:30", "Termin 02.02.",
       "Hallo,\n\nwie am Telefon am 29.01. besprochen fällt der Termin am 02.02. aus. Wann ist"
       " dann der nächste?\n\nLG Sophie Wagner",
       client="webde",
       note="the cancelled day and a phone call, a question")  # fmt: skip
    no("gp41_aydin_anruf_verpasst.eml", 22, ("reschedule",), "2026-03-20 08:30", re(1134),
       "Hallo, gestern hatte mein Sohn Geburtstag, ich hab den Anruf verpasst. Können wir"
       " nachholen?\nMehmet",
       client="outlook", reply="cr-1134", style="outlook",
       note="the 19.03. session did not take place")  # fmt: skip
    no("gp42_oneill_cut_short.eml", 23, ("question",), "2026-05-13 07:45", re(1140, "RE"),
       "Hi,\n\nthe session on 12 May was cut short after 10 min because of my bad connection,"
       " so I'm not sure it counts. My next physician appointment is on 20 May, anyway.\n"
       "Let me know.\n\nJames",
       client="outlook", reply="cr-1140", style="outlook_en",
       note="the session did not fully take place and he doubts it counts")  # fmt: skip


def main() -> None:
    load_practice()
    prescriptions_and_doctors()
    sick_notes_and_holidays()
    invoices_birthdays_mails()
    next_appointments()
    look_alikes()
    for mail in mc.MAILS:  # every reply is written after the mail it answers
        assert "In-Reply-To" not in mail.raw.decode() or mail.mail_date > min(
            o.sent_at for o in mc.OUTBOX.values() if o.message_id.encode() in mail.raw
        ), mail.file
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
