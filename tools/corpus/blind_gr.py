"""Write blind set GR: an ordinary inbox from older patients and careful writers.

42 mails: long formal letters ("Sehr geehrte Damen und Herren, hiermit bestätige ich ..."),
full dates with weekday and year, signatures with address, phone number and once a birth
date, remarks about the weather or the therapist; a few written by a husband, a wife, a son
or a mother from the patient's registered address; a few confused about the way to reply
(a new mail instead of a reply, a reply to the reminder or to an older request); most
replies quote our whole mail in the writer's mail program. 31 confirm at least one session
(some several at once, some weeks late, some with a question or a cancellation beside
them); 11 look like confirmations and are not: a cancellation, a reschedule wish, a
question about a coming session, a missed call, a session that broke off, a thank-you
under a reminder, an "I confirm tomorrow's appointment", a question about a cancelled day,
a wrong day under our request and a cancelled day "confirmed".

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gr`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from textwrap import dedent

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gr")


def b(text: str) -> str:
    """A mail body written indented in this file."""
    return dedent(text).strip("\n")


def wolff_and_neumann() -> None:
    # Hans-Jürgen Wolff (4): Fridays 14:00, phone, t-online.
    yes("gr01_wolff_formal_brief.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:42", re(1028),
        b("""
        Sehr geehrte Damen und Herren,

        hiermit bestätige ich Ihnen, dass die telefonische Krankengymnastik am Freitag,
        den 16. Januar 2026, wie vereinbart durchgeführt wurde.

        Die Übungen für die Schulter sind mir inzwischen gut vertraut, vielen Dank.

        Mit freundlichen Grüßen

        Hans-Jürgen Wolff
        Geb. 14.03.1947
        Lindenallee 12
        14469 Potsdam
        Tel. 0331 / 27 18 44
        """),
        client="tonline", reply="cr-1028", style="tonline",
        note="formal yes under our request; birth date and phone in the signature")  # fmt: skip
    yes("gr02_wolff_two_fridays_new_mail.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-02 10:15", "Bestätigung der Behandlungen vom 23.01.2026 und 30.01.2026",
        b("""
        Sehr geehrte Damen und Herren,

        ich bestätige Ihnen hiermit die beiden telefonischen Behandlungen

        - Freitag, 23. Januar 2026, 14.00 Uhr
        - Freitag, 30. Januar 2026, 14.00 Uhr

        Beide Termine haben wie geplant stattgefunden. Ich bitte um Nachsicht, dass ich
        erst heute schreibe, am Wochenende war mein Enkel zu Besuch.

        Mit freundlichen Grüßen
        Hans-Jürgen Wolff
        Lindenallee 12, 14469 Potsdam
        Tel. 0331 / 27 18 44
        """),
        client="tonline", note="a new mail, two Fridays in subject and text, a few days late")  # fmt: skip
    no("gr03_wolff_cancels_friday.eml", 4, ("cancellation",), "2026-02-19 16:05",
       reminder_subject(1033),
       b("""
       Sehr geehrte Damen und Herren,

       vielen Dank für Ihre Erinnerung. Leider muss ich den Termin morgen, Freitag, den
       20. Februar 2026, absagen. Ich muss kurzfristig zu einer Untersuchung ins Klinikum
       und weiß noch nicht, wann ich wieder zu Hause bin.

       Ich melde mich, sobald ich Näheres weiß.

       Mit freundlichen Grüßen
       Hans-Jürgen Wolff
       Tel. 0331 / 27 18 44
       """),
       client="tonline", reply="rem-1033", style="tonline",
       note="cancels tomorrow's session under our reminder")  # fmt: skip
    no("gr04_wolff_wrong_weekday.eml", 4, ("confirmation",), "2026-02-13 17:20", re(1032),
       b("""
       Sehr geehrte Damen und Herren,

       hiermit bestätige ich die Behandlung am Donnerstag, den 12.02.2026.

       Mit freundlichen Grüßen
       H.-J. Wolff
       """),
       client="tonline", reply="cr-1032", style="tonline", dates=("2026-02-12",),
       note="under our request for Friday 13.02. he confirms Thursday 12.02., a day without"
            " an appointment: staff must ask")  # fmt: skip

    # Gisela Neumann (9): Tuesdays and Thursdays 09:00, phone, freenet.
    yes("gr05_neumann_heat_and_thanks.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 12:34",
        re(1056),
        b("""
        Sehr geehrtes Praxisteam,

        gerne bestätige ich Ihnen die Behandlung von heute, Dienstag, dem 7. Juli 2026.
        Ihre Therapeutin war wieder sehr geduldig mit mir und hat mir alles zweimal
        erklärt. Bei dieser Hitze bin ich froh, dass ich dafür nicht mit dem Bus in die
        Stadt fahren muss.

        Mit herzlichen Grüßen
        Gisela Neumann

        Am Anger 3
        06108 Halle (Saale)
        Telefon 0345 / 52 19 07
        """),
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("gr06_neumann_today_and_in_advance.eml", 9, (1058,), ("2026-07-14",), "2026-07-14 11:02",
        re(1058),
        b("""
        Sehr geehrte Damen und Herren,

        hiermit bestätige ich die heutige Behandlung am Dienstag, 14. Juli 2026.

        Da ich ab Donnerstag für eine Woche bei meiner Schwester in Magdeburg bin und dort
        keinen Computer habe, bestätige ich Ihnen den Termin am Donnerstag, 16. Juli, gleich
        mit. Ich nehme das Handy mit, die Therapeutin kann mich dort wie immer um 9 Uhr
        anrufen.

        Mit freundlichen Grüßen
        Gisela Neumann
        """),
        client="thunderbird", reply="cr-1058", style="thunderbird", staff=True,
        note="today is confirmed; Thursday 16.07. is still to come and cannot be confirmed in"
             " advance: staff must tell her")  # fmt: skip
    no("gr07_neumann_who_calls_whom.eml", 9, ("question",), "2026-07-13 10:31",
       reminder_subject(1058),
       b("""
       Sehr geehrte Damen und Herren,

       haben Sie vielen Dank für die Erinnerung an morgen, Dienstag, 14.07.2026.
       Ich bin mir nur nicht sicher: ruft mich die Therapeutin an, oder muss ich bei Ihnen
       anrufen? Und wenn ja, unter welcher Nummer? Beim letzten Mal hat sie mich angerufen,
       aber ich möchte nichts falsch machen.

       Mit freundlichen Grüßen
       Gisela Neumann
       Tel. 0345 / 52 19 07
       """),
       client="thunderbird", reply="rem-1058", style="thunderbird",
       note="a question about tomorrow's session, nothing took place yet")  # fmt: skip
    yes("gr08_neumann_son_writes.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-24 19:48", "Bestätigung Behandlungen Gisela Neumann",
        b("""
        Sehr geehrte Damen und Herren,

        ich schreibe Ihnen im Namen meiner Mutter, Frau Gisela Neumann, von ihrem
        E-Mail-Konto. Sie bittet mich, Ihnen die beiden telefonischen Behandlungen am
        Dienstag, 21.07.2026 und am Donnerstag, 23.07.2026 zu bestätigen. Sie hat beide
        Termine wahrgenommen und ist mit der Behandlung sehr zufrieden.

        Mit freundlichen Grüßen
        Frank Neumann (Sohn)
        """),
        client="thunderbird", note="the son confirms two sessions from his mother's address")  # fmt: skip
    yes("gr09_neumann_bottom_post.eml", 9, (1062,), ("2026-07-28",), "2026-07-28 15:10",
        re(1062),
        b("""
        Ja, die Behandlung am 28.7. war wie immer pünktlich um neun.
        Es war die letzte, ich möchte mich bei allen recht herzlich bedanken.

        Gisela Neumann
        """),
        client="thunderbird", reply="cr-1062", style="thunderbird", bottom=True,
        note="written below our whole quoted mail")  # fmt: skip


def koch_and_berger() -> None:
    # Renate Koch (18): Mondays and Wednesdays 15:00, phone, t-online.
    yes("gr10_koch_first_session.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:07",
        re(1109),
        b("""
        Guten Tag,

        hiermit bestätige ich die Behandlung am Montag, 23.03.2026, um 15 Uhr am Telefon.

        Mit freundlichen Grüßen
        Renate Koch
        """),
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("gr11_koch_husband_writes.eml", 18, (1110, 1111), ("2026-03-25", "2026-03-30"),
        "2026-03-31 09:22", re(1111),
        b("""
        Sehr geehrte Damen und Herren,

        ich schreibe für meine Frau Renate Koch, die mit dem Computer nicht so gut
        zurechtkommt. Sie bestätigt die Telefonbehandlungen vom Mittwoch, 25. März 2026,
        und vom Montag, 30. März 2026. Auf die Mail vom vergangenen Mittwoch hatten wir
        leider noch nicht geantwortet, das holen wir hiermit nach.

        Mit freundlichen Grüßen
        Werner Koch
        Birkenweg 8, 45133 Essen
        Tel. 0201 / 41 22 36
        """),
        client="tonline", reply="cr-1111", style="tonline", name="Werner Koch",
        note="the husband confirms two sessions from her registered address")  # fmt: skip
    yes("gr12_koch_april_fool.eml", 18, (1112,), ("2026-04-01",), "2026-04-01 16:44", re(1112),
        b("""
        Ja die Behandlung heute am 1. April hat stattgefunden, und das ist kein Aprilscherz :-)

        Gruß R. Koch
        """),
        client="tonline", reply="cr-1112", style="tonline")  # fmt: skip
    yes("gr13_koch_answers_old_request.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 17:55",
        re(1109),
        b("""
        Sehr geehrte Damen und Herren,

        die neue Mail finde ich nicht mehr, deshalb antworte ich einfach auf die alte:
        die Behandlung am Mittwoch, 8. April 2026, hat stattgefunden.

        Mit freundlichen Grüßen
        Renate Koch
        """),
        client="tonline", reply="cr-1109", style="tonline",
        note="confirms 08.04. under our older request for 23.03.")  # fmt: skip
    no("gr14_koch_thanks_for_reminder.eml", 18, ("other",), "2026-04-12 17:03",
       reminder_subject(1114),
       b("""
       Vielen Dank für die Erinnerung. Ich bin morgen um 15 Uhr zu Hause und warte auf den
       Anruf.

       Mit freundlichen Grüßen und einen schönen Sonntag
       Renate Koch
       """),
       client="tonline", reply="rem-1114", style="tonline", staff=False,
       note="a thank-you under the reminder, nobody needs to act")  # fmt: skip

    # Ursula Berger (24): Wednesdays 09:00, phone, kabelmail, Outlook.
    yes("gr15_berger_full_letter.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:12",
        re(1142),
        b("""
        Sehr geehrte Damen und Herren,

        hiermit bestätige ich Ihnen, dass die Krankengymnastik per Telefon am Mittwoch,
        den 06. Mai 2026, um 9:00 Uhr durchgeführt worden ist.

        Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

        Mit freundlichen Grüßen

        Ursula Berger
        Am Mühlbach 7
        34117 Kassel
        Tel.: 0561 / 77 34 02
        Mobil: 0160 / 914 27 53
        """),
        client="outlook", reply="cr-1142", style="outlook_classic")  # fmt: skip
    yes("gr16_berger_new_mail_unsure.eml", 24, (1145,), ("2026-05-27",), "2026-05-27 13:40",
        "Bestätigung Behandlung Mittwoch 27.05.2026",
        b("""
        Sehr geehrte Damen und Herren,

        ich weiß nicht genau, ob ich auf Ihre Mail antworten oder eine neue schreiben soll,
        deshalb schreibe ich Ihnen auf diesem Wege: Die telefonische Behandlung am
        Mittwoch, dem 27. Mai 2026, hat heute Vormittag stattgefunden.

        Ich hoffe, so ist es recht.

        Mit freundlichen Grüßen
        Ursula Berger
        Am Mühlbach 7, 34117 Kassel
        """),
        client="outlook", note="a new mail instead of a reply; the day in subject and text")  # fmt: skip
    yes("gr17_berger_weather.eml", 24, (1146,), ("2026-06-03",), "2026-06-03 10:06", re(1146),
        b("""
        Guten Morgen,

        ich bestätige gern die heutige Behandlung am Mittwoch, 3. Juni 2026. Bei diesem
        herrlichen Sonnenschein habe ich die Übungen anschließend gleich noch einmal auf
        dem Balkon gemacht.

        Freundliche Grüße
        Ursula Berger
        """),
        client="outlook", reply="cr-1146", style="outlook_classic")  # fmt: skip
    no("gr18_berger_nobody_called.eml", 24, ("other",), "2026-06-10 11:25", re(1147),
       b("""
       Sehr geehrte Damen und Herren,

       diese Behandlung kann ich Ihnen leider nicht bestätigen. Ich habe heute ab kurz vor
       neun neben dem Telefon gesessen, aber es hat niemand angerufen. Ich nehme an, es
       ist etwas dazwischengekommen. Bitte geben Sie mir Bescheid, wie es weitergeht.

       Mit freundlichen Grüßen
       Ursula Berger
       Tel.: 0561 / 77 34 02
       """),
       client="outlook", reply="cr-1147", style="outlook_classic",
       note="the call of 10.06. did not happen: nothing to confirm, staff must look")  # fmt: skip


def zimmermann_and_vogel() -> None:
    # Klaus Zimmermann (15): Mondays 11:00, phone, arcor, Samsung phone.
    yes("gr19_zimmermann_samsung.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:18",
        re(1093),
        b("""
        Sehr geehrte Damen und Herren

        die Behandlung am Montag 5.10.2026 hat stattgefunden. Herzlichen Dank an den
        Therapeuten, der Rücken ist schon viel besser.

        Mit freundlichem Gruß
        Klaus Zimmermann
        Tel 0171 4455 203
        """),
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    yes("gr20_zimmermann_confirms_and_cancels.eml", 15, (1095,), ("2026-10-19",),
        "2026-10-19 14:33", re(1095),
        b("""
        Sehr geehrte Damen und Herren,

        hiermit bestätige ich die heutige Behandlung vom 19.10.2026.

        Den nächsten Termin am Montag, 26. Oktober, muss ich leider absagen, da meine Frau
        an dem Tag operiert wird und ich sie ins Krankenhaus bringe.

        Mit freundlichem Gruß
        Klaus Zimmermann
        """),
        client="samsung", reply="cr-1095", style="samsung", staff=True,
        extra=("cancellation",), note="confirms 19.10. and cancels 26.10.")  # fmt: skip
    yes("gr21_zimmermann_last_session.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 12:51",
        re(1097),
        b("""
        Sehr geehrte Damen und Herren,

        auch die Behandlung heute, Montag 2. November 2026, fand statt. Es war ja die
        letzte Stunde der Verordnung. Ich möchte mich für die freundliche Betreuung in den
        letzten Wochen bedanken, das hat mir sehr geholfen.

        Mit freundlichem Gruß
        Klaus Zimmermann
        Gartenstraße 21
        38100 Braunschweig
        """),
        client="samsung", reply="cr-1097", style="samsung")  # fmt: skip

    # Dr. Michael Vogel (13): Thursdays 07:00, video, MT, Outlook.
    yes("gr22_vogel_law_office.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:47",
        re(1082),
        b("""
        Sehr geehrte Damen und Herren,

        die Behandlung am 10.09.2026 fand wie geplant statt.

        Mit freundlichen Grüßen

        Dr. Michael Vogel
        Rechtsanwalt

        Vogel & Partner Rechtsanwälte mbB
        Königsallee 20 | 40212 Düsseldorf
        T +49 211 5566 770 | F +49 211 5566 779
        m.vogel@vogel-partner.de

        Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
        enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort
        den Absender und vernichten Sie diese Mail.
        """),
        client="outlook", reply="cr-1082", style="outlook",
        note="a short yes in a law office's signature and disclaimer")  # fmt: skip
    no("gr23_vogel_move_session.eml", 13, ("reschedule",), "2026-10-02 18:10",
       "Termin am Donnerstag, 08.10.2026",
       b("""
       Sehr geehrte Damen und Herren,

       am Donnerstag, dem 8. Oktober 2026, habe ich um 8:30 Uhr einen Gerichtstermin in
       Köln. Wäre es möglich, die Behandlung an diesem Tag auf 6:15 Uhr vorzuziehen oder
       alternativ auf den Freitag, 9. Oktober, zu verlegen?

       Für Ihre Mühe vielen Dank im Voraus.

       Mit freundlichen Grüßen
       Dr. Michael Vogel
       T +49 211 5566 770
       """),
       client="outlook", note="asks to move a coming session")  # fmt: skip


def krueger_and_becker() -> None:
    # Sabine Krüger (1): Tuesdays 10:00, video, web.de.
    yes("gr24_krueger_formal.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:02", re(1003),
        b("""
        Sehr geehrte Damen und Herren,

        hiermit bestätige ich die Behandlung per Video am Dienstag, dem 27.01.2026.
        Die Verbindung war diesmal sehr gut.

        Mit freundlichen Grüßen
        Sabine Krüger
        """),
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("gr25_krueger_short_yes.eml", 1, (1004,), (), "2026-02-03 11:51", re(1004),
        b("""
        Ja, hat stattgefunden. Danke!
        S. Krüger
        """),
        client="webde", reply="cr-1004", style="webde",
        note="a yes under our request for 03.02.2026 without a day")  # fmt: skip
    yes("gr26_krueger_late_three.eml", 1, (1005, 1006, 1007),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-03-12 09:30",
        "Nachträgliche Bestätigung meiner Behandlungen im Februar",
        b("""
        Sehr geehrte Damen und Herren,

        entschuldigen Sie bitte die Verspätung, ich war einige Wochen bei meiner Tochter
        in Freiburg und hatte dort keinen Zugriff auf meine Mails.

        Hiermit bestätige ich nachträglich die Videobehandlungen am

        Dienstag, 10.02.2026
        Dienstag, 17.02.2026
        Dienstag, 24.02.2026

        Die Behandlungen habe ich von Freiburg aus über das Tablet meiner Tochter gemacht.

        Mit freundlichen Grüßen
        Sabine Krüger
        """),
        client="webde", note="three sessions confirmed weeks later in a new mail")  # fmt: skip
    no("gr27_krueger_connection_broke.eml", 1, ("technical",), "2026-03-03 12:14", re(1008),
       b("""
       Sehr geehrte Damen und Herren,

       die Behandlung heute hat zwar angefangen, aber nach etwa zehn Minuten war das Bild
       weg und wir sind nicht wieder in die Sitzung hineingekommen. Ich weiß daher nicht,
       ob ich Ihnen das so bestätigen kann. Bitte sagen Sie mir, wie ich mich verhalten
       soll.

       Mit freundlichen Grüßen
       Sabine Krüger
       """),
       client="webde", reply="cr-1008", style="webde",
       note="the video session of 03.03. broke off after ten minutes: not confirmed")  # fmt: skip

    # Thomas Becker (2): Mondays and Thursdays 17:30, phone, MT, gmx.
    yes("gr28_becker_mt_confirmed.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:12",
        re(1010),
        b("""
        Sehr geehrtes Praxisteam,

        ich bestätige die Behandlung (Manuelle Therapie) vom Montag, 2. Februar 2026.

        Mit freundlichen Grüßen
        Thomas Becker
        Tel. 0151 2233 4455
        """),
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("gr29_becker_wife_writes.eml", 2, (1011,), ("2026-02-05",), "2026-02-06 08:14",
        re(1011),
        b("""
        Guten Morgen,

        mein Mann ist heute früh zu einer Messe nach Nürnberg gefahren und hat mich gebeten,
        Ihnen zu antworten: Die Behandlung am Donnerstag, den 05.02.2026 hat stattgefunden,
        er war um halb sechs pünktlich am Telefon.

        Viele Grüße
        Claudia Becker
        """),
        client="webde", reply="cr-1011", style="webde", name="Claudia Becker",
        note="the wife confirms from his registered address")  # fmt: skip
    yes("gr30_becker_under_reminder.eml", 2, (1013,), ("2026-02-12",), "2026-02-13 09:03",
        reminder_subject(1013),
        b("""
        Hallo,

        Sie hatten mich an den Termin erinnert, deshalb antworte ich hierauf: der Termin am
        Donnerstag, 12. Februar hat gestern wie geplant stattgefunden.

        Gruß
        Thomas Becker
        """),
        client="webde", reply="rem-1013", style="webde",
        note="confirms 12.02. under the reminder instead of our request")  # fmt: skip
    yes("gr31_becker_confirms_asks_post.eml", 2, (1014,), ("2026-02-16",), "2026-02-16 20:31",
        re(1014),
        b("""
        Sehr geehrte Damen und Herren,

        die Behandlung am Montag, 16.02.2026 hat stattgefunden, das bestätige ich gerne.

        Eine Bitte noch: Könnten Sie mir die Rechnungen künftig per Post zusenden? Meine
        Beihilfestelle akzeptiert leider keine ausgedruckten PDF-Rechnungen mehr ohne
        Originalunterschrift.

        Mit freundlichen Grüßen
        Thomas Becker
        Friedrichstraße 88, 70174 Stuttgart
        """),
        client="webde", reply="cr-1014", style="webde", staff=True, extra=("question",),
        note="confirms and asks for invoices by post")  # fmt: skip
    no("gr32_becker_session_cut_short.eml", 2, ("question",), "2026-02-26 20:05", re(1017),
       b("""
       Guten Abend,

       Sie bitten mich, die Behandlung von heute zu bestätigen. Die Therapeutin musste das
       Gespräch aber nach gut zehn Minuten abbrechen, weil bei ihr ein Notfall war. Soll ich
       das trotzdem bestätigen? Ich möchte nicht, dass etwas abgerechnet wird, was nicht
       gemacht wurde.

       Mit freundlichen Grüßen
       Thomas Becker
       """),
       client="webde", reply="cr-1017", style="webde",
       note="the session of 26.02. was cut short after ten minutes: a question, no confirmation")  # fmt: skip


def others() -> None:
    # Marie Schulz (5): Thursdays 15:30, video; the mother writes from k.schulz@posteo.de.
    yes("gr33_schulz_mother_confirms.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:22",
        re(1034, "Re"),
        b("""
        Sehr geehrte Damen und Herren,

        für unsere Tochter Marie bestätige ich die Videobehandlung am Donnerstag, den
        16. April 2026. Marie hat die Stunde sehr gut gefallen.

        Mit freundlichen Grüßen
        Katrin Schulz
        """),
        client="apple", reply="cr-1034", style="iphone", name="Katrin Schulz",
        note="the mother confirms for her daughter from the registered address")  # fmt: skip
    no("gr34_schulz_confirms_tomorrow.eml", 5, ("other",), "2026-05-20 19:04",
       reminder_subject(1038, "Re"),
       b("""
       Guten Abend,

       hiermit bestätigen wir den Termin morgen, Donnerstag, 21. Mai 2026, um 15:30 Uhr.
       Marie wird pünktlich am Laptop sein.

       Viele Grüße
       Katrin Schulz
       """),
       client="iphone", reply="rem-1038", style="iphone", staff=False, name="Katrin Schulz",
       note="confirms she will attend tomorrow: nothing took place yet, nothing to do")  # fmt: skip

    # Peter Hoffmann (6): two sessions on Monday 18.05.
    yes("gr35_hoffmann_both_on_monday.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:12",
        re(1043),
        b("""
        Sehr geehrte Damen und Herren,

        hiermit bestätige ich beide Behandlungen vom Montag, 18. Mai 2026: KG am Gerät um
        7:30 Uhr und Manuelle Therapie um 12:30 Uhr.

        Mit freundlichen Grüßen
        Peter Hoffmann
        Tel. 0170 / 338 41 29
        """),
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of one day, named by time")  # fmt: skip

    # Emily Carter (11) and James O'Neill (23): English.
    yes("gr36_carter_formal_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:05",
        re(1069, "Re"),
        b("""
        Dear Sir or Madam,

        I hereby confirm that my physiotherapy session on Monday, 3 August 2026 took place
        as scheduled. Please do let me know if you require anything further from me.

        Kind regards,
        Emily Carter
        Schillerstraße 14, 10625 Berlin
        +49 170 552 8810
        """),
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("gr37_oneill_next_morning.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:16",
        re(1137, "RE"),
        b("""
        Good morning,

        Confirming that yesterday's session (Tuesday 21 April) went ahead as planned. My
        thanks to the therapist, the neck is a good deal looser today.

        Best regards,
        James O'Neill
        """),
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip

    # Mehmet Aydın (22): learner's German.
    yes("gr38_aydin_learner.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 15:41", re(1131),
        b("""
        Sehr geehrte Damen und Herren,

        ich bestätigen die Behandlung am 26.02.2026 Donnerstag, war am Telefon. Danke schön
        für die Hilfe.

        Mit freundliche Grüße
        Mehmet Aydın
        """),
        client="samsung", reply="cr-1131", style="samsung")  # fmt: skip

    # Fatma Yıldız (12): the son writes.
    yes("gr39_yildiz_son_writes.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 19:02",
        re(1075),
        b("""
        Guten Tag,

        ich schreibe für meine Mutter Fatma Yıldız, sie spricht nicht so gut Deutsch und hat
        mich gebeten, Ihnen zu antworten. Die Behandlung am Mittwoch, 05.08.2026 hat
        stattgefunden, ich war selbst dabei und habe übersetzt.

        Mit freundlichen Grüßen
        Can Yıldız
        """),
        client="webde", reply="cr-1075", style="webde", name="Can Yıldız",
        note="the son confirms from his mother's address")  # fmt: skip
    no("gr40_yildiz_cancelled_day.eml", 12, ("confirmation",), "2026-08-19 14:10",
       "Bestätigung Behandlung 19.08.2026",
       b("""
       Guten Tag,

       meine Mutter Fatma Yıldız bestätigt die Behandlung am Mittwoch, den 19.08.2026.

       Mit freundlichen Grüßen
       Can Yıldız
       """),
       client="webde", name="Can Yıldız",
       note="19.08. was cancelled: nothing can be recorded, staff must clear it up")  # fmt: skip

    # Birgit Schäfer (16): from her second, business address.
    yes("gr41_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:34",
        re(1098),
        b("""
        Sehr geehrte Damen und Herren,

        hiermit bestätige ich die Behandlung vom Mittwoch, 07.10.2026 (19:00 Uhr, per Video).

        Mit freundlichen Grüßen

        Birgit Schäfer
        Steuerberaterin

        Schäfer Steuerberatung
        Hauptstraße 5 · 69117 Heidelberg
        Tel. 06221 / 43 87 10 · Fax 06221 / 43 87 19
        """),
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, the office")  # fmt: skip

    # Sophie Wagner (21): a question about a day the practice cancelled.
    no("gr42_wagner_cancelled_monday.eml", 21, ("question",), "2026-01-30 10:20",
       "Termin am Montag, 02.02.2026",
       b("""
       Sehr geehrte Damen und Herren,

       ich habe gesehen, dass der Termin am Montag, 2. Februar 2026, abgesagt ist. Gibt es
       dafür einen Ersatztermin, oder geht es dann erst am 9. Februar weiter?

       Mit freundlichen Grüßen
       Sophie Wagner
       """),
       client="webde", note="a question about the cancelled session of 02.02.")  # fmt: skip


def main() -> None:
    load_practice()
    wolff_and_neumann()
    koch_and_berger()
    zimmermann_and_vogel()
    krueger_and_becker()
    others()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
