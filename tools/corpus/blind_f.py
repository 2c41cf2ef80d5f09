"""Write blind set F: 50 mails from registered patients that test the billing rule.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_f`.
25 genuine confirmations in wordings a rule-writer may not foresee (dialect, very formal,
English, buried in long mails, written by a parent or child from the registered address,
days in words) and 25 mails that name the day of an open appointment together with words
such as Termin, Behandlung, stattgefunden or bestätigen but must NOT be recorded
(misunderstandings, complaints, partial sessions, another family member's or another
practice's appointment, "Leider nein" above our quoted request, a draft sent by mistake).
The practice (patients, appointments, our outbox) is read from tests/data/corpus/practice.toml;
envelopes and quoting styles come from the corpus helpers in make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_f")


def load_practice() -> None:
    """Rebuild the corpus practice from practice.toml so our outbox Message-IDs match."""
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def confirmed(pid: int, ids: tuple[int, ...], dates: tuple[str, ...], note: str = "",
              extra: tuple[str, ...] = (), staff: bool = False) -> Label:  # fmt: skip
    return Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                 needs_staff=staff, note=note)  # fmt: skip


def not_recorded(pid: int, categories: tuple[str, ...], note: str,
                 dates: tuple[str, ...] = ()) -> Label:  # fmt: skip
    return Label(categories, patient=pid, dates=dates, needs_staff=True, note=note)


def genuine_confirmations() -> None:
    human(
        "c01_bairisch_7_juli.eml",
        sender=9,
        date="2026-07-07 11:40",
        subject="Telefontermin",
        client="tonline",
        body="""
Griaß Eana,

i wollt nur Bscheid gem: da Telefontermin am Dienstag, 7. Juli hod stattgfundn,
hod ma guad do.

Pfiat Eana
G. Neumann
""",
        label=confirmed(9, (1056,), ("2026-07-07",), "Bavarian"),
    )
    human(
        "c02_schwaebisch_reply.eml",
        sender=4,
        date="2026-01-23 16:40",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 23.01.2026",
        client="tonline",
        reply_to="cr-1029",
        quote_style="tonline",
        body="""
Hajo, des hot g'klappt am Freidig, 23. Januar. Basst scho.

Gruß
Wolff
""",
        label=confirmed(4, (1029,), ("2026-01-23",), "Swabian, 'Freidig'"),
    )
    human(
        "c03_formal_zehnten_september.eml",
        sender=13,
        date="2026-09-10 09:15",
        subject="Bestätigung der Behandlung",
        client="outlook",
        body="""
Sehr geehrte Damen und Herren,

hiermit bestätige ich Ihnen, dass die Behandlung (Manuelle Therapie per Video) am
Donnerstag, dem zehnten September 2026, ordnungsgemäß durchgeführt wurde.

Mit vorzüglicher Hochachtung

Dr. Michael Vogel
Vogel & Partner Rechtsanwälte mbB
Königsallee 12, 40212 Düsseldorf
Tel. +49 211 555 01-0
""",
        label=confirmed(13, (1082,), ("2026-09-10",), "day as an ordinal word"),
    )
    human(
        "c04_english_august_10th.eml",
        sender=11,
        date="2026-08-10 14:05",
        subject="Session today",
        client="gmail",
        body="""
Hi,

just confirming that my video session on Monday, August 10th went ahead as planned.

Thanks,
Emily
""",
        label=confirmed(11, (1070,), ("2026-08-10",)),
    )
    human(
        "c05_english_21st_of_april.eml",
        sender=23,
        date="2026-04-22 08:10",
        subject="Phone session",
        client="outlook",
        body="""
Dear Sir or Madam,

I can confirm that the phone session on the 21st of April took place.

Kind regards,
James O'Neill
""",
        label=confirmed(23, (1137,), ("2026-04-21",)),
    )
    human(
        "c06_long_mail_moving_embedded.eml",
        sender=21,
        date="2026-01-20 20:10",
        subject="Umzug, neue Kasse und Termin",
        client="gmail",
        body="""
Liebes Praxisteam,

ich melde mich mit ein paar Dingen auf einmal, sorry für die lange Mail.

Erstens ziehe ich zum 1. Februar um, die neue Adresse ist Lindenstraße 8, 10969 Berlin.
Die Telefonnummer bleibt gleich.

Zweitens wechsle ich zum 1. März die Krankenkasse (von der AOK zur TK). Muss ich Ihnen
dafür eine neue Verordnung oder eine Kopie der Karte schicken?

Ach ja, und bevor ich es vergesse: die Videobehandlung am Montag, 19. Januar hat
stattgefunden, vielen Dank nochmal, die Übungen helfen schon.

Drittens: Mein Laptop macht bei Zoom manchmal Probleme mit dem Mikro, bei Ihnen ging es
aber, also alles gut.

Viele Grüße
Sophie Wagner
""",
        label=confirmed(
            21,
            (1125,),
            ("2026-01-19",),
            "confirmation in a long mail with a"
            " question; future 1. Februar / 1. März are no treatment days",
            extra=("question",),
            staff=True,
        ),
    )
    human(
        "c07_mother_for_daughter.eml",
        sender=5,
        name="Katrin Schulz",
        date="2026-04-16 17:10",
        subject="Marie Videostunde",
        client="iphone",
        body="""
Hallo,

Marie hatte am Donnerstag, den 16. April ihre Videostunde, hat gut geklappt.

Liebe Grüße
Katrin Schulz (Mama von Marie)

Von meinem iPhone gesendet
""",
        label=confirmed(5, (1034,), ("2026-04-16",), "parent writes for the patient (child)"),
    )
    human(
        "c08_daughter_for_mother.eml",
        sender=24,
        name="Ursula Berger",
        date="2026-05-13 12:00",
        subject="Behandlung meiner Mutter",
        client="plain",
        body="""
Guten Tag,

ich schreibe im Namen meiner Mutter, Frau Ursula Berger, die selbst kein E-Mail nutzt
(ich verwalte ihr Postfach). Sie hatte am Mittwoch, 13. Mai um 9 Uhr das Telefonat mit
Ihrer Therapeutin, es hat stattgefunden, und sie war sehr zufrieden.

Freundliche Grüße
Claudia Berger-Stein
""",
        label=confirmed(
            24, (1143,), ("2026-05-13",), "daughter writes from the registered address"
        ),
    )
    human(
        "c09_am_3_maerz.eml",
        sender=1,
        date="2026-03-03 13:00",
        subject="Behandlung",
        client="webde",
        body="""
Guten Tag,

die Behandlung am 3. März hat stattgefunden.

Grüße
S. Krüger
""",
        label=confirmed(1, (1008,), ("2026-03-03",)),
    )
    human(
        "c10_anfang_der_woche_dienstag.eml",
        sender=1,
        date="2026-03-12 19:30",
        subject="Videotermin diese Woche",
        client="webde",
        body="""
Hallo,

ich wollte noch nachreichen: die Videostunde Anfang der Woche am Dienstag hat
stattgefunden, war alles gut.

Grüße
Sabine Krüger
""",
        label=confirmed(
            1,
            (1009,),
            ("2026-03-10",),
            "'Anfang der Woche am Dienstag' written"
            " Thursday 12.3. = Tuesday 10.3., her only appointment that week",
        ),
    )
    human(
        "c11_plattdeutsch.eml",
        sender=17,
        date="2026-10-22 12:00",
        subject="Termin",
        client="gmail",
        body="""
Moin!

Dat hett allns klappt an'n Dunnersdag, 22. Oktober. De Behandlung hett stattfunnen.

Schöön Dank un beste Gröten
Ole
""",
        label=confirmed(17, (1104,), ("2026-10-22",), "Low German"),
    )
    human(
        "c12_koelsch.eml",
        sender=10,
        date="2026-07-17 18:00",
        subject="Video",
        client="plain",
        body="""
Hallo zesamme,

dat Video am Freitach, 17.7. hätt jut jeklappt, Behandlung hät stattjefunge.

Jrööß
Lukas
""",
        label=confirmed(10, (1065,), ("2026-07-17",), "Cologne dialect"),
    )
    human(
        "c13_berlinerisch.eml",
        sender=14,
        date="2026-09-15 15:00",
        subject="Termin heute",
        client="plain",
        body="""
Hallöchen,

Termin am Dienstag 15.9. war jut, hat allet jeklappt mit dem Video.

Anna
""",
        label=confirmed(14, (1088,), ("2026-09-15",), "Berlin dialect"),
    )
    human(
        "c14_formal_two_dates_reply.eml",
        sender=2,
        date="2026-02-06 08:30",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 05.02.2026",
        client="outlook",
        reply_to="cr-1011",
        quote_style="outlook",
        body="""
Sehr geehrte Damen und Herren,

ich bestätige hiermit die Durchführung der telefonischen Behandlungen am 2. Februar
sowie am 5. Februar 2026.

Mit freundlichen Grüßen
Thomas Becker
""",
        label=confirmed(
            2,
            (1010, 1011),
            ("2026-02-02", "2026-02-05"),
            "two days, the earlier one not the thread's",
        ),
    )
    human(
        "c15_english_invoice_question_two_dates.eml",
        sender=11,
        date="2026-08-25 09:00",
        subject="Invoice + sessions",
        client="gmail",
        body="""
Hi there,

quick one - my insurer asked me for an itemised invoice, could you send me one?

Also, the sessions on 17 August and 24 August both happened, all good.

Best,
Emily
""",
        label=confirmed(
            11, (1071, 1072), ("2026-08-17", "2026-08-24"), extra=("question",), staff=True
        ),
    )
    human(
        "c16_reply_heute_frueh.eml",
        sender=3,
        date="2026-03-11 10:00",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 11.03.2026",
        client="gmail",
        reply_to="cr-1020",
        quote_style="gmail",
        body="""
Jep, hat heute früh gut geklappt 👍

Aylin
""",
        label=confirmed(3, (1020,), ("2026-03-11",), "reply to the request about one appointment"),
    )
    human(
        "c17_second_address_office_signature.eml",
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        date="2026-10-22 08:00",
        subject="Videobehandlung",
        client="outlook",
        body="""
Guten Morgen,

kurz zur Info: die Videobehandlung am Mittwoch, 21.10. hat stattgefunden (Ton war am
Anfang etwas verzögert, dann aber gut).

Beste Grüße
Birgit Schäfer

Schäfer Steuerberatung
Am Wall 140, 28195 Bremen
Tel. 0421 33 44 55-0 · Fax 0421 33 44 55-99
Steuernummer 60/123/45678 · USt-IdNr. DE 123456789
Sitz Bremen, Amtsgericht Bremen PR 12.05.2009
""",
        label=confirmed(
            16, (1100,), ("2026-10-21",), "second registered address; numbers in the signature"
        ),
    )
    human(
        "c18_father_for_son.eml",
        sender=8,
        name="Jonas Richter",
        date="2026-06-10 19:30",
        subject="Stunde von Jonas",
        client="apple",
        body="""
Hallo,

hier ist der Vater von Jonas. Jonas hatte am Mittwoch den 10. Juni seine Stunde
(Manuelle Therapie per Video), die hat stattgefunden.

Gruß
Frank Richter
""",
        label=confirmed(8, (1052,), ("2026-06-10",), "parent writes from the patient's address"),
    )
    human(
        "c19_formal_erfolgt.eml",
        sender=18,
        date="2026-03-24 10:00",
        subject="Ihre Anfrage",
        client="tonline",
        body="""
Sehr geehrte Damen und Herren,

hiermit teile ich Ihnen mit, dass das Telefonat mit Ihrer Physiotherapeutin am Montag,
den 23. März 2026, wie vereinbart erfolgt ist.

Hochachtungsvoll
Renate Koch
""",
        label=confirmed(18, (1109,), ("2026-03-23",), "'erfolgt' instead of 'stattgefunden'"),
    )
    human(
        "c20_schweizerdeutsch.eml",
        sender=15,
        date="2026-10-05 14:00",
        subject="Therapie",
        client="plain",
        body="""
Grüezi

D Therapie am Mäntig 5. Oktober het stattgfunde.

Merci vielmal
Klaus
""",
        label=confirmed(15, (1093,), ("2026-10-05",), "Swiss German 'Mäntig'"),
    )
    human(
        "c21_bottom_post_6_november.eml",
        sender=19,
        date="2026-11-06 10:00",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 06.11.2026",
        client="gmail",
        reply_to="cr-1116",
        quote_style="gmail",
        bottom_post=True,
        body="""
Bestätigt – Termin vom 6. November hat stattgefunden.

David
""",
        label=confirmed(19, (1116,), ("2026-11-06",), "bottom-posted below our request"),
    )
    human(
        "c22_english_reply_no_date.eml",
        sender=23,
        date="2026-05-06 07:50",
        subject="RE: Bitte bestätigen Sie Ihre Behandlung vom 05.05.2026",
        client="outlook",
        reply_to="cr-1139",
        quote_style="outlook_en",
        body="""
Yes, that took place.

Cheers,
James
""",
        label=confirmed(23, (1139,), (), "English reply to the request about one appointment"),
    )
    human(
        "c23_long_thanks_last_session.eml",
        sender=7,
        date="2026-06-30 15:00",
        subject="Danke!",
        client="yahoo",
        body="""
Liebes Team der Praxis Impulse,

die Stunde am Dienstag, 30. Juni war die letzte meiner Verordnung, und auch sie hat wie
alle anderen stattgefunden. Ich möchte mich ganz herzlich bedanken: Ich hatte anfangs
große Zweifel, ob Physiotherapie am Bildschirm überhaupt etwas bringt, aber mein Rücken
ist so gut wie lange nicht. Die Übungen mache ich weiter jeden Morgen.

Alles Gute und viele Grüße
Elena Popescu
""",
        label=confirmed(7, (1050,), ("2026-06-30",), "confirmation inside a long thank-you"),
    )
    human(
        "c24_statt_gefunden_typo.eml",
        sender=20,
        date="2026-11-10 18:20",
        subject="stunde",
        client="webde",
        body="""
hallo, am 10.11 war die stunde, hat statt gefunden danke!!

lg leonie
""",
        label=confirmed(
            20, (1121,), ("2026-11-10",), "'10.11' without trailing dot, 'statt gefunden'"
        ),
    )
    human(
        "c25_date_only_in_subject.eml",
        sender=12,
        date="2026-08-12 13:00",
        subject="Behandlung 12. August stattgefunden",
        client="webde",
        body="""
Hallo, siehe Betreff.

Danke, Fatma
""",
        label=confirmed(12, (1076,), ("2026-08-12",), "everything is in the subject"),
    )


def must_not_be_recorded() -> None:
    human(
        "n01_leider_nein_above_quote.eml",
        sender=1,
        date="2026-02-10 14:00",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 10.02.2026",
        client="webde",
        reply_to="cr-1005",
        quote_style="webde",
        body="""
Leider nein. Ich war am 10.02. krank und habe heute früh angerufen, bitte nicht abrechnen.

S. Krüger
""",
        label=not_recorded(1, ("other",), "'Leider nein' above our quoted request"),
    )
    human(
        "n02_video_dropped_after_5_minutes.eml",
        sender=3,
        date="2026-03-18 09:20",
        subject="Videobehandlung abgebrochen",
        client="gmail",
        body="""
Hallo,

die Videobehandlung am Mittwoch 18.3. ist nach 5 Minuten abgebrochen, die Verbindung war
weg und niemand hat sich mehr gemeldet. Hat das so überhaupt als Behandlung
stattgefunden? Bitte nicht voll abrechnen.

Aylin Demir
""",
        label=not_recorded(3, ("technical", "question"), "partial session, 5 minutes"),
    )
    human(
        "n03_never_called_complaint.eml",
        sender=2,
        date="2026-02-09 18:30",
        subject="Termin heute",
        client="outlook",
        body="""
Sehr geehrte Damen und Herren,

ich habe heute, am Montag, 9. Februar, um 17:30 Uhr vergeblich auf Ihren Anruf gewartet.
Die Behandlung hat also NICHT stattgefunden. Ich bitte um Rückmeldung, wie es weitergeht.

Mit freundlichen Grüßen
Thomas Becker
""",
        label=not_recorded(2, ("other",), "complaint: the practice never called"),
    )
    human(
        "n04_draft_todo_sent_by_mistake.eml",
        sender=1,
        date="2026-03-03 12:10",
        subject="Entwurf",
        client="webde",
        body="""
Behandlung am 3.3. - hat sie stattgefunden?? erst mit Tim klären, dann bestätigen!
""",
        label=not_recorded(1, ("other",), "a note to herself sent by mistake"),
    )
    human(
        "n05_other_practice_appointment.eml",
        sender=4,
        date="2026-01-30 17:00",
        subject="Bestätigung Behandlung",
        client="tonline",
        body="""
Sehr geehrte Damen und Herren,

hiermit bestätige ich, dass die Behandlung am 30.01.2026 in der Praxis Dr. Sommer
(Orthopädie, Hauptstraße 5) stattgefunden hat. Ihren Anruf um 14 Uhr konnte ich deshalb
leider nicht annehmen.

Mit freundlichen Grüßen
H.-J. Wolff
""",
        label=not_recorded(4, ("other",), "another practice's treatment; ours was missed"),
    )
    human(
        "n06_written_before_the_session.eml",
        sender=6,
        date="2026-05-11 06:40",
        subject="Behandlung 11.05.",
        client="outlook",
        body="""
Guten Morgen,

die Behandlung am Montag, 11. Mai hat stattgefunden.

[Entwurf - erst nach dem Termin abschicken]

Peter Hoffmann
""",
        label=not_recorded(6, ("other",), "sent 50 minutes before the 07:30 session"),
    )
    human(
        "n07_reply_code_invalid.eml",
        sender=21,
        date="2026-02-16 11:00",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 16.02.2026",
        client="iphone",
        reply_to="cr-1129",
        quote_style="iphone",
        body="""
Hat leider nicht geklappt, ich kam am 16.2. nicht in den Videoraum (Zugangscode
ungültig). Können wir den Termin nachholen?

Von meinem iPhone gesendet
""",
        label=not_recorded(21, ("technical", "reschedule"), "reply to our request: it failed"),
    )
    human(
        "n08_future_bestaetigen_attendance.eml",
        sender=14,
        date="2026-10-04 10:00",
        subject="Termin Dienstag",
        client="plain",
        body="""
Hallo,

findet die Behandlung am Dienstag, 6. Oktober statt, oder ist die Praxis in den
Herbstferien geschlossen? Ich möchte bestätigen, dass ich kann.

Anna Lehmann
""",
        label=not_recorded(14, ("question",), "attendance of a future appointment"),
    )
    human(
        "n09_not_sure_it_took_place.eml",
        sender=10,
        date="2026-07-30 21:00",
        subject="Termin 24.07.",
        client="plain",
        body="""
Hallo,

ich bin mir nicht sicher, ob der Termin am 24.07. überhaupt stattgefunden hat - ich war
im Urlaub und habe vielleicht vergessen abzusagen. Hatte ich das schon bestätigt?

Lukas Brandt
""",
        label=not_recorded(10, ("question",), "doubt, not a confirmation"),
    )
    human(
        "n10_overslept.eml",
        sender=9,
        date="2026-07-09 11:00",
        subject="Entschuldigung",
        client="tonline",
        body="""
Guten Tag,

ich habe den Termin am Donnerstag, 9. Juli leider verschlafen. Ihre Therapeutin hat
angerufen, aber ich bin nicht drangegangen. Die Behandlung hat also nicht stattgefunden.
Entschuldigung! Wird das berechnet?

Gisela Neumann
""",
        label=not_recorded(9, ("question",), "missed appointment"),
    )
    human(
        "n11_therapist_cancelled.eml",
        sender=12,
        date="2026-08-27 09:00",
        subject="Termin 26.8.",
        client="webde",
        body="""
Hallo,

Ihre Kollegin hat den Termin am 26.8. kurzfristig abgesagt, die Behandlung hat also
nicht stattgefunden. Wir haben noch keinen neuen Termin. Wann geht es weiter?

Fatma Yıldız
""",
        label=not_recorded(12, ("reschedule",), "therapist cancelled"),
    )
    human(
        "n12_english_did_not_take_place.eml",
        sender=11,
        date="2026-08-31 13:00",
        subject="Today's session",
        client="gmail",
        body="""
Hi,

I'm afraid the session on Monday 31 August did not take place - the link never worked
for me. Can we rebook?

Emily
""",
        label=not_recorded(11, ("technical", "reschedule"), "English 'did not take place'"),
    )
    human(
        "n13_english_confirm_upcoming.eml",
        sender=23,
        date="2026-05-11 20:00",
        subject="RE: Erinnerung: Ihr Termin am 12.05.2026",
        client="outlook",
        reply_to="rem-1140",
        quote_style="outlook_en",
        body="""
Thanks, I confirm the appointment on 12 May at 7:30pm.

James
""",
        label=not_recorded(23, ("other",), "confirms attendance of tomorrow's session"),
    )
    human(
        "n14_only_10_minutes.eml",
        sender=22,
        date="2026-03-05 14:00",
        subject="Termin heute",
        client="plain",
        body="""
Hallo,

Termin am 5.3. hat nur 10 Minuten gedauert weil Therapeut Notfall hatte, er hat gesagt
wir machen neuen Termin. Bitte nicht als ganze Behandlung rechnen.

Mehmet Aydın
""",
        label=not_recorded(22, ("reschedule",), "partial session, 10 minutes"),
    )
    human(
        "n15_reply_names_future_day.eml",
        sender=15,
        date="2026-10-12 13:00",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 12.10.2026",
        client="tonline",
        reply_to="cr-1094",
        quote_style="tonline",
        body="""
Ja, die Behandlung am 19.10. hat stattgefunden.

Klaus Zimmermann
""",
        label=not_recorded(
            15,
            ("other",),
            "answers our request about 12.10. but names the future 19.10.: contradiction for staff",
        ),
    )
    human(
        "n16_invoice_dispute_second_session.eml",
        sender=6,
        date="2026-06-05 09:00",
        subject="Rechnung",
        client="outlook",
        body="""
Guten Tag,

in Ihrer Rechnung stehen zwei Behandlungen am 18.05. Ich hatte an dem Tag aber nur
einen Termin, der zweite hat meines Wissens nicht stattgefunden. Bitte prüfen Sie das.

Mit freundlichen Grüßen
Peter Hoffmann
""",
        label=not_recorded(6, ("question",), "which of the two on 18.05. took place is unsaid"),
    )
    human(
        "n17_forwarded_request_dont_understand.eml",
        sender=16,
        date="2026-10-29 08:00",
        subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 28.10.2026",
        client="plain",
        forward="cr-1101",
        quote_style="forward_outlook",
        body="""
Hallo,

was soll ich hier machen? Ich verstehe die Mail nicht, welche Behandlung am 28.10.? Ich
dachte, der Termin wäre verschoben worden.

Birgit Schäfer
""",
        label=not_recorded(16, ("question",), "forwards our request back asking what it is"),
    )
    human(
        "n18_employer_certificate.eml",
        sender=20,
        date="2026-11-16 12:00",
        subject="Bescheinigung",
        client="webde",
        body="""
Hallo,

können Sie mir bitte schriftlich bestätigen, dass ich am 10.11. um 17 Uhr einen Termin
bei Ihnen hatte? Mein Arbeitgeber braucht eine Bescheinigung für die Gleitzeit.

Leonie Hartmann
""",
        label=not_recorded(20, ("question",), "asks US to confirm"),
    )
    human(
        "n19_reply_nein_only.eml",
        sender=13,
        date="2026-09-17 10:00",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 17.09.2026",
        client="outlook",
        reply_to="cr-1083",
        quote_style="outlook",
        body="""
Nein.

Dr. M. Vogel
""",
        label=not_recorded(13, ("other",), "a bare 'Nein' above our request"),
    )
    human(
        "n20_conditional_which_one.eml",
        sender=17,
        date="2026-11-06 09:00",
        subject="Termine",
        client="gmail",
        body="""
Moin,

wenn der Termin am Donnerstag, 29.10. stattgefunden hat, bestätige ich das gerne - ich
bin mir nur nicht sicher, ob das der war, bei dem die Verbindung abbrach, oder der davor.

Ole
""",
        label=not_recorded(17, ("question",), "conditional"),
    )
    human(
        "n21_mother_own_onsite_session.eml",
        sender=5,
        name="Katrin Schulz",
        date="2026-04-23 18:00",
        subject="Termin 23.4.",
        client="iphone",
        body="""
Hallo,

ich (Katrin, die Mama von Marie) hatte heute, am 23.4., selbst eine Behandlung bei Ihnen
in der Praxis vor Ort - die hat stattgefunden. Marie konnte heute leider nicht, ihr
Videotermin ist ausgefallen.

LG Katrin Schulz

Von meinem iPhone gesendet
""",
        label=not_recorded(5, ("other",), "the mother's own treatment; the patient's failed"),
    )
    human(
        "n22_someone_called_unsure.eml",
        sender=24,
        date="2026-05-20 15:00",
        subject="Anruf heute",
        client="plain",
        body="""
Guten Tag,

am 20. Mai hat mich jemand angerufen, aber ich weiß nicht, ob das Ihre Therapeutin war -
es war nur kurz und ich hatte keine Zeit. Soll ich die Behandlung jetzt bestätigen?

Ursula Berger
""",
        label=not_recorded(24, ("question",), "doubt"),
    )
    human(
        "n23_english_osteopath_instead.eml",
        sender=23,
        date="2026-04-29 09:00",
        subject="Yesterday",
        client="outlook",
        body="""
Hi,

I had my treatment with my osteopath on the 28th of April, so I couldn't take your call
at 19:30 - I believe I'd told your colleague. Please don't bill that session.

James
""",
        label=not_recorded(23, ("other",), "another practice's treatment; ours missed"),
    )
    human(
        "n24_beihilfe_asks_us.eml",
        sender=19,
        date="2026-11-25 10:00",
        subject="Beihilfe",
        client="plain",
        body="""
Sehr geehrtes Praxisteam,

die Beihilfestelle hat mir geschrieben. Sie fragt, ob die Behandlungen am 13. und 20.
November stattgefunden haben und möchte dafür eine Bestätigung der Praxis mit Stempel.
Außerdem braucht sie die Diagnose und die Verordnung in Kopie. Können Sie mir das
zusammen per Post schicken? Die Frist ist der 15. Dezember.

Mit freundlichen Grüßen
David Nowak
""",
        label=not_recorded(19, ("question",), "the Beihilfe asks; the patient does not confirm"),
    )
    human(
        "n25_husband_appointment.eml",
        sender=16,
        date="2026-11-04 20:30",
        subject="Termin meines Mannes",
        client="plain",
        body="""
Hallo,

mein Mann Jörg ist bei Ihnen ebenfalls in Behandlung; sein Termin am Mittwoch,
4. November hat stattgefunden. Er hat keine eigene Mail-Adresse bei Ihnen hinterlegt.
Meiner heute Abend ist ausgefallen, ich melde mich wegen eines neuen.

Birgit Schäfer
""",
        label=not_recorded(16, ("other",), "the husband's appointment; hers did not happen"),
    )


def main() -> None:
    load_practice()
    genuine_confirmations()
    must_not_be_recorded()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE  # write_labels writes into tests/data/corpus otherwise
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
