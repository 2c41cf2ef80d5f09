"""Write blind set AO: an ordinary inbox of the private patients (KG, MT "Manuelle
Therapie", KGG "KG am Gerät") and of those who write for them: formal letters, a wife, an
assistant and a law firm's secretary writing, a patient abroad in business English, Swiss and
Austrian German, several sessions (of different kinds) in one mail, confirmations together
with a question about an invoice or a prescription. 42 mails: 31 that confirm at least one
session, one that confirms a day with no appointment, and 10 look-alikes (a session still
ahead, sessions cut short, a session of another kind than booked, a phone call instead of
the video session, a missed session, a call that never came, questions whether sessions
were billed).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ao`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

import sys

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, write_set
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_ao")
REPLIES: list[tuple[str, str, str]] = []  # (file, outbox key, mail date): checked in main()


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None):  # fmt: skip
    if reply:
        REPLIES.append((file, reply, date))
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None):  # fmt: skip
    if reply:
        REPLIES.append((file, reply, date))
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def re_en(aid: int) -> str:
    return f"RE: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def becker() -> None:
    """Thomas Becker (2): private, Manuelle Therapie by phone, Mon/Thu 17:30 in February."""
    yes("ao01_becker_mt_0202.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:12", re(1010),
        "Guten Abend,\n\nja, die Manuelle Therapie heute (2.2.) hat stattgefunden.\n\n"
        "Gruß\nThomas Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("ao02_becker_wife_0502.eml", 2, (1011,), ("2026-02-05",), "2026-02-06 08:47", re(1011),
        "Guten Morgen,\n\nich schreibe für meinen Mann, er ist diese Woche auf Montage und "
        "kommt nicht an seine Mails. Das Telefonat mit Ihrer Therapeutin am Donnerstag, "
        "05.02., hat wie geplant stattgefunden, er hat es mir gestern Abend noch erzählt.\n\n"
        "Freundliche Grüße\nKarin Becker",
        client="webde", reply="cr-1011", style="webde", name="Karin Becker",
        note="the wife confirms for her husband from his address")  # fmt: skip
    yes("ao03_becker_three_days.eml", 2, (1012, 1013, 1014),
        ("2026-02-09", "2026-02-12", "2026-02-16"), "2026-02-17 07:55",
        "Bestätigung meiner Termine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen die Behandlungen "
        "(Manuelle Therapie per Telefon) vom 09.02., 12.02. und 16.02.2026. Ich bin in den "
        "letzten Tagen leider nicht zum Antworten gekommen.\n\nMit freundlichen Grüßen\n"
        "Thomas Becker\nMobil 0171 4456 902",
        client="thunderbird")  # fmt: skip
    yes("ao04_becker_beihilfe.eml", 2, (1017,), ("2026-02-26",), "2026-02-27 18:20", re(1017),
        "Hallo,\n\nbestätige die Behandlung vom Donnerstag, 26.2.\n\nNoch eine Frage zur "
        "Rechnung: Meine Beihilfestelle verlangt, dass auf der Rechnung die Diagnose und die "
        "Verordnung vom Arzt mit Datum stehen. Auf der Januar-Rechnung fehlte beides. Können "
        "Sie die Rechnung für Februar so ausstellen?\n\nDanke und Gruß\nT. Becker",
        client="outlook", reply="cr-1017", style="outlook_classic", staff=True,
        extra=("question",), note="confirmation plus a question about the invoice")  # fmt: skip
    yes("ao05_becker_short_0203.eml", 2, (1018,), ("2026-03-02",), "2026-03-02 19:31", re(1018),
        "Bestätige 2.3. Danke\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1018", style="iphone")  # fmt: skip
    no("ao06_becker_cut_short.eml", 2, ("technical",), "2026-02-19 19:40", re(1015),
        "Hallo,\n\ndas kann ich so leider nicht bestätigen. Heute ist das Gespräch nach "
        "ungefähr zehn Minuten abgebrochen, mein Handy hatte im Zug kein Netz mehr und als ich "
        "zurückgerufen habe, ging keiner mehr ran. Bitte nicht die volle Behandlung "
        "berechnen.\n\nThomas Becker",
        client="gmail", reply="cr-1015", style="gmail",
        note="session of 19.02. cut short after ten minutes; staff decides")  # fmt: skip
    no("ao07_becker_nobody_called.eml", 2, ("other",), "2026-02-23 20:05", re(1016),
        "Guten Abend,\n\nheute hat mich niemand angerufen. Ich habe ab 17.25 Uhr neben dem "
        "Telefon gesessen, bis kurz nach sechs. Bitte prüfen Sie das, bestätigen kann ich da "
        "nichts.\n\nMfG Becker",
        client="webde", reply="cr-1016", style="webde",
        note="the session of 23.02. did not take place")  # fmt: skip
    no("ao08_becker_billed_question.eml", 2, ("question",), "2026-03-10 11:14",
        "Abrechnung Februar",
        "Sehr geehrte Damen und Herren,\n\nmeine private Krankenversicherung fragt nach, ob "
        "die Termine aus dem Februar schon alle abgerechnet sind oder ob noch eine Rechnung "
        "kommt. Können Sie mir das kurz sagen? Ich möchte alles zusammen einreichen.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker",
        client="thunderbird",
        note="asks whether February was billed; confirms nothing")  # fmt: skip


def hoffmann() -> None:
    """Peter Hoffmann (6): private, KG am Gerät by video Mondays 07:30, one MT on 18.05."""
    yes("ao09_hoffmann_formal_0405.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 10:02",
        re(1040),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung "
        "(KG am Gerät per Video) am 04.05.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Peter Hoffmann\n\nHoffmann Logistik GmbH\nGeschäftsführer\nIndustriestraße 12, "
        "14482 Potsdam",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("ao10_hoffmann_assistant_two_kinds.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-19 09:26", "Ihre Termine mit Herrn Hoffmann am 18.05.",
        "Sehr geehrtes Team der Praxis Impulse,\n\nim Auftrag von Herrn Hoffmann bestätige "
        "ich Ihnen, dass gestern, am 18.05.2026, beide Termine stattgefunden haben: um 7:30 "
        "Uhr KG am Gerät und um 12:30 Uhr die Manuelle Therapie, jeweils per Video.\n\n"
        "Mit freundlichen Grüßen\ni. A. Sandra Kühn\nAssistenz der Geschäftsführung\n"
        "Hoffmann Logistik GmbH",
        client="outlook", name="Peter Hoffmann",
        note="his assistant confirms both sessions of 18.05. from his mailbox")  # fmt: skip
    yes("ao11_hoffmann_iphone_2605.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 09:15",
        re(1044),
        "Bestätigt – Dienstag 26.5. hat stattgefunden.\n\nPH\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1044", style="iphone")  # fmt: skip
    no("ao12_hoffmann_cut_short.eml", 6, ("other",), "2026-05-11 12:40", re(1041),
        "Guten Tag,\n\nzur Sitzung heute früh: wir haben nach gut einer Viertelstunde "
        "aufgehört, weil mein Rücken bei den Übungen an der Rudermaschine zugemacht hat. Ihre "
        "Kollegin meinte, wir sprechen noch darüber, wie das abgerechnet wird. Bitte melden "
        "Sie sich dazu.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1041", style="outlook",
        note="session of 11.05. stopped after a quarter of an hour")  # fmt: skip
    no("ao13_hoffmann_link_see_you.eml", 6, ("other",), "2026-05-29 16:48",
        "AW: Ihr Videotermin am 01.06.2026",
        "Danke für den Code, Termin am Montag 1.6. um 7:30 ist bestätigt, ich bin dabei.\n\n"
        "P. Hoffmann",
        client="outlook", reply="vl-1045", style="outlook", staff=False,
        note="confirms he will attend a session still ahead; nothing to record")  # fmt: skip


def richter() -> None:
    """Jonas Richter (8): private, new patient, Manuelle Therapie by video Wednesdays 18:00."""
    yes("ao14_richter_lower_0306.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 21:33",
        re(1051), "ja hat stattgefunden am 3.6 danke",
        client="samsung", reply="cr-1051", style="samsung")  # fmt: skip
    yes("ao15_richter_bottom_1006.eml", 8, (1052,), ("2026-06-10",), "2026-06-11 07:12",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.06.2026",
        "Hallo,\n\nich bestätige die Behandlung vom 10.06.2026.\n\nViele Grüße\nJonas Richter",
        client="thunderbird", reply="cr-1052", style="thunderbird", bottom=True)  # fmt: skip
    yes("ao16_richter_invoice_how.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 20:50",
        re(1053),
        "Hi,\n\nTermin am 17.6. war gut und hat stattgefunden 👍\n\nKurze Frage: kriege ich "
        "die Rechnung per Post oder per Mail? Meine Versicherung (Debeka) will angeblich das "
        "Original sehen, und die Verordnung vom Orthopäden hab ich auch nur als Foto. Reicht "
        "das?\n\nLG Jonas",
        client="gmail", reply="cr-1053", style="gmail", staff=True, extra=("question",),
        note="confirmation plus questions about invoice and prescription")  # fmt: skip
    yes("ao17_richter_late_two.eml", 8, (1054, 1055), ("2026-06-24", "2026-07-01"),
        "2026-07-09 13:05", "Bestätigung 24.06. und 01.07.",
        "Hallo zusammen,\n\nsorry für die Verspätung, war zwei Wochen auf Dienstreise. Die "
        "Termine am 24.06. und 01.07. haben beide stattgefunden, jeweils Manuelle per Video."
        "\n\nViele Grüße\nJonas Richter",
        client="apple")  # fmt: skip


def brandt() -> None:
    """Lukas Brandt (10): private, Krankengymnastik by video Fridays 16:00 in July/August."""
    yes("ao18_brandt_gmail_0307.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:02",
        re(1063), "Hallo, ja die KG am 3.7. hat stattgefunden.\nLG Lukas",
        client="gmail", reply="cr-1063", style="gmail")  # fmt: skip
    yes("ao19_brandt_swiss_1007.eml", 10, (1064,), ("2026-07-10",), "2026-07-11 10:20",
        re(1064),
        "Grüezi mitenand\n\nGerne bestätige ich Ihnen die Therapie vom Freitag, 10. Juli. Sie "
        "hat stattgefunden, und es geht dem Knie schon merklich besser.\n\nFreundliche Grüsse "
        "aus Basel\nLukas Brandt",
        client="apple", reply="cr-1064", style="iphone")  # fmt: skip
    yes("ao20_brandt_two_days.eml", 10, (1065, 1066), ("2026-07-17", "2026-07-24"),
        "2026-07-25 09:41", "Termine 17.07. + 24.07.",
        "Hallo,\n\nbestätige hiermit die beiden Termine am 17.07. und am 24.07.2026.\n\n"
        "Gruß\nLukas Brandt",
        client="plain")  # fmt: skip
    yes("ao21_brandt_prescription.eml", 10, (1067,), ("2026-07-31",), "2026-07-31 19:15",
        re(1067),
        "Hallo,\n\ndie Behandlung am 31.7. hat stattgefunden, danke.\n\nMein Rezept war über "
        "6x KG, nächste Woche ist dann der letzte Termin. Soll ich mir beim Arzt gleich eine "
        "neue Verordnung holen, oder schreibt Ihre Therapeutin einen Bericht an den Arzt? Ich "
        "würde gern weitermachen.\n\nGruß Lukas",
        client="gmail", reply="cr-1067", style="gmail", staff=True, extra=("question",),
        note="confirmation plus a question about a follow-up prescription")  # fmt: skip
    no("ao22_brandt_in_advance.eml", 10, ("other",), "2026-08-05 22:10",
        "Bestätigung Termin 07.08.",
        "Hallo,\n\nda ich ab Samstag drei Wochen in Kanada bin und dort kaum Mails lese, "
        "bestätige ich Ihnen schon jetzt die Behandlung vom Freitag, 07.08.2026.\n\nViele "
        "Grüße\nLukas Brandt",
        client="plain",
        note="'confirms' on 05.08. a session still ahead (07.08.); nothing to record yet")  # fmt: skip


def carter() -> None:
    """Emily Carter (11): private, English, Krankengymnastik by video Mondays 12:00."""
    yes("ao23_carter_gmail_en_0308.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:25",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Hi,\n\nyes, the session on August 3rd took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ao24_carter_business_1008.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 16:03",
        "Confirmation of treatment 10 August 2026",
        "Dear Sir or Madam,\n\nI hereby confirm that the physiotherapy session on 10 August "
        "2026 took place as scheduled.\n\nKind regards,\nEmily Carter\n\nSent from my iPad",
        client="apple")  # fmt: skip
    yes("ao25_carter_itemised_invoice.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-24 18:40", re_en(1072),
        "Hello,\n\nconfirming both sessions, Monday 17 Aug and Monday 24 Aug - sorry I missed "
        "your email last week.\n\nOne more thing: my insurer (Allianz Care, international plan) "
        "needs an itemised invoice in English with the treatment codes. Is that something you "
        "can provide?\n\nBest,\nEmily Carter",
        client="outlook", reply="cr-1072", style="outlook_en", staff=True, extra=("question",),
        note="two sessions confirmed plus an invoice question")  # fmt: skip
    yes("ao26_carter_3108.eml", 11, (1073,), ("2026-08-31",), "2026-08-31 13:58", re_en(1073),
        "Confirmed - 31/08 session happened. Thank you!\n\nEmily",
        client="outlook", reply="cr-1073", style="outlook_en")  # fmt: skip
    no("ao27_carter_billed_question.eml", 11, ("question",), "2026-09-15 09:30",
        "Invoice August",
        "Hello,\n\ncould you let me know whether my sessions in August have already been "
        "invoiced? I am leaving Germany at the end of the month and would like to settle "
        "everything before I go. I have not received anything so far.\n\nMany thanks,\n"
        "Emily Carter",
        client="gmail", note="asks whether sessions were billed; confirms nothing")  # fmt: skip


def vogel() -> None:
    """Dr. Michael Vogel (13): private, Manuelle Therapie by video Thursdays 07:00
    (03.09. already confirmed)."""
    yes("ao28_vogel_secretary_1009.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 11:45",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\nHerr Dr. Vogel bittet mich, Ihnen mitzuteilen, dass "
        "die Behandlung am 10.09.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Petra Lindner\nSekretariat Dr. Vogel\n\nVogel & Partner Rechtsanwälte mbB\n"
        "Tel. 030 8812 3400 | Fax 030 8812 3499",
        client="outlook", reply="cr-1082", style="outlook_classic",
        name="Sekretariat Dr. Vogel",
        note="the secretary confirms for him from his mailbox")  # fmt: skip
    yes("ao29_vogel_two_formal.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-24 08:52", re(1084),
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die Behandlungen vom 17.09. und "
        "24.09.2026. Die Anfrage zum 17.09. war mir durchgerutscht.\n\nMit freundlichen "
        "Grüßen\nDr. Michael Vogel",
        client="outlook", reply="cr-1084", style="outlook_classic")  # fmt: skip
    yes("ao30_vogel_invoice_address.eml", 13, (1085,), ("2026-10-01",), "2026-10-01 09:10",
        re(1085),
        "Guten Morgen,\n\ndie Behandlung am 01.10. hat stattgefunden.\n\nBitte senden Sie "
        "die Rechnungen künftig nicht mehr an meine Privatanschrift, sondern an die Kanzlei: "
        "Vogel & Partner, Kurfürstendamm 201, 10719 Berlin. Geht das auch rückwirkend für "
        "die Septemberrechnung?\n\nMit freundlichen Grüßen\nM. Vogel",
        client="outlook", reply="cr-1085", style="outlook", staff=True, extra=("question",),
        note="confirmation plus a change of invoice address")  # fmt: skip
    no("ao31_vogel_other_kind.eml", 13, ("question",), "2026-10-08 12:30", re(1086),
        "Sehr geehrte Damen und Herren,\n\nbevor ich das bestätige: Am 8.10. haben wir keine "
        "Manuelle Therapie gemacht, sondern wegen der gereizten Schulter nur "
        "krankengymnastische Übungen vor der Kamera. Welche Behandlung soll ich Ihnen denn nun "
        "bestätigen, und wie wird das abgerechnet?\n\nMit freundlichen Grüßen\nDr. Michael "
        "Vogel",
        client="outlook", reply="cr-1086", style="outlook", dates=("2026-10-08",),
        note="on 08.10. a session of another kind than the booked MT; staff decides")  # fmt: skip


def jansen() -> None:
    """Ole Jansen (17): private, new patient, KG am Gerät by video Thursdays 10:00."""
    yes("ao32_jansen_moin_2210.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:17",
        re(1104), "Moin,\n\nja, KG am Gerät am 22.10. hat geklappt.\n\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("ao33_jansen_two_yahoo.eml", 17, (1105, 1106), ("2026-10-29", "2026-11-05"),
        "2026-11-05 17:44", re(1106),
        "Hallo,\n\nbeide Termine, 29.10. und 5.11., haben stattgefunden. Hatte letzte Woche "
        "vergessen zu antworten.\n\nOle Jansen",
        client="yahoo", reply="cr-1106", style="yahoo")  # fmt: skip
    no("ao34_jansen_missed.eml", 17, ("reschedule",), "2026-11-19 12:02", re(1108),
        "hallo, hab den termin heute total verschwitzt, sorry!! war beim zahnarzt und hab "
        "nicht mehr dran gedacht. können wir das nachholen? nächste woche donnerstag oder "
        "freitag ginge.\nole",
        client="samsung", reply="cr-1108", style="samsung",
        note="missed the session of 19.11.; wants a new date")  # fmt: skip


def nowak() -> None:
    """David Nowak (19): private, Manuelle Therapie by video Fridays 08:00 in November."""
    yes("ao35_nowak_austrian_0611.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:05",
        re(1116),
        "Grüß Gott,\n\nich bestätige Ihnen gerne die Einheit vom 6. November, die Therapie "
        "hat stattgefunden. Passt alles.\n\nLiebe Grüße aus Wien\nDavid Nowak",
        client="gmail", reply="cr-1116", style="gmail")  # fmt: skip
    yes("ao36_nowak_bare_yes.eml", 19, (1117,), (), "2026-11-13 10:31", re(1117),
        "Ja, bestätigt.\n\nD. Nowak",
        client="iphone", reply="cr-1117", style="iphone",
        note="a yes under our request for 13.11.2026")  # fmt: skip
    yes("ao37_nowak_factor_question.eml", 19, (1118,), ("2026-11-20",), "2026-11-21 09:02",
        re(1118),
        "Servus,\n\ndie Behandlung vom 20.11. hat stattgefunden.\n\nEine Frage hätt ich "
        "noch: Mit welchem Steigerungssatz rechnen Sie die Manuelle Therapie ab? Meine "
        "Versicherung zahlt nur bis zum 1,8-fachen, den Rest müsste ich selbst tragen. Dann "
        "würde ich das gern vorher wissen.\n\nBeste Grüße\nDavid",
        client="gmail", reply="cr-1118", style="gmail", staff=True, extra=("question",),
        note="confirmation plus a billing question")  # fmt: skip
    no("ao38_nowak_phone_instead.eml", 19, ("other",), "2026-11-27 11:20", re(1119),
        "Hallo,\n\nheute hat leider keine richtige Behandlung stattgefunden: das Video ging "
        "bei mir nicht, wir haben dann nur kurz telefoniert (vielleicht zehn Minuten) und "
        "besprochen, welche Übungen ich machen soll. Ich weiß nicht, ob man das als Termin "
        "zählen kann.\n\nLG David Nowak",
        client="gmail", reply="cr-1119", style="gmail",
        note="a short phone call instead of the video session of 27.11.")  # fmt: skip


def oneill() -> None:
    """James O'Neill (23): private, English, Manuelle Therapie by phone Tuesdays 19:30."""
    yes("ao39_oneill_business_1404.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:12",
        re_en(1136),
        "Dear Praxis Impulse team,\n\nplease accept this email as confirmation that my "
        "telephone session on Tuesday, 14 April 2026 took place as scheduled. I am currently "
        "in Dublin on business and took the call from my hotel.\n\nBest regards,\n"
        "James O'Neill\nSenior Account Director, EMEA",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("ao40_oneill_two_en.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-04-29 07:40", "Sessions 21/04 and 28/04",
        "Hi,\n\nquick note to confirm my sessions on 21/04 and 28/04 - both took place.\n\n"
        "Cheers,\nJames",
        client="outlook")  # fmt: skip
    yes("ao41_oneill_learner_0505.eml", 23, (1139,), ("2026-05-05",), "2026-05-05 21:48",
        re(1139),
        "Hallo,\n\nich bestätige die Behandlung am 5. Mai. Es war sehr hilfreich, danke schön!"
        "\n\nViele Grüße\nJames",
        client="gmail", reply="cr-1139", style="gmail")  # fmt: skip
    yes("ao42_oneill_no_such_day.eml", 23, (), ("2026-04-23",), "2026-04-24 09:15",
        "Confirmation Thursday session",
        "Hello,\n\nI would like to confirm my session on Thursday 23 April, which took place "
        "by phone.\n\nKind regards,\nJames O'Neill",
        client="outlook", staff=True,
        note="no appointment on 23.04. (his sessions are on Tuesdays); staff checks")  # fmt: skip


def main() -> None:
    load_practice()
    becker()
    hoffmann()
    richter()
    brandt()
    carter()
    vogel()
    jansen()
    nowak()
    oneill()
    for file, key, date in REPLIES:
        if mc.OUTBOX[key].sent_at >= mc.local(date):
            sys.exit(f"{file}: answers {key} before it was sent")
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
