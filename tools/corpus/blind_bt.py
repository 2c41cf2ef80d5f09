"""Write blind set BT: a plain, representative inbox of the whole year, nothing themed.

44 mails from the patients in practice.toml as they really answer, leaning towards statutory
(gkv) patients treated by telephone: mostly short replies under our confirmation request in
many mail programs (web.de, T-Online, Outlook, Thunderbird, iPhone, Gmail, Samsung, Yahoo),
with and without the date, some new mails, some several days at once, a few late, one from a
family address (a mother for her daughter), one from a registered work address, two that
answer our reminder and our request in one go, a few with a question or a wish beside the
yes, one confirming a cancelled day and one naming a day without appointment (34 confirmations,
32 of them recordable). Ten look-alikes: cancellations, reschedule wishes, questions about a
coming session, a missed call, a failed video session, replies to reminders.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bt`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bt")

SCHAEFER_WORK = "b.schaefer@schaefer-steuerberatung.de"


def telephone_gkv() -> None:
    # Hans-Jürgen Wolff (4), T-Online, Fridays 14:00 by phone.
    yes("bt01_wolff_reply_with_date.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:40", re(1028),
        "Ja, hat stattgefunden am 16.1.\n\nGruß\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bt02_wolff_weeks_late.eml", 4, (1033,), ("2026-02-20",), "2026-03-15 11:02", re(1033),
        "Guten Tag,\nleider erst jetzt: die Behandlung am Freitag, den 20. Februar hat"
        " stattgefunden.\nMfG Wolff",
        client="tonline", reply="cr-1033", style="tonline")  # fmt: skip
    no("bt03_wolff_sick_cancels_friday.eml", 4, ("cancellation",), "2026-02-12 16:05",
       "AW: Erinnerung: Ihr Termin am 13.02.2026",
       "Hallo,\nich kann morgen nicht, lieg mit Grippe im Bett. Bitte den Termin absagen.\n"
       "H.-J. Wolff",
       client="tonline", reply="rem-1032", style="tonline",
       note="cancels tomorrow's session (13.02) in reply to the reminder")  # fmt: skip

    # Gisela Neumann (9), freenet, Tuesdays and Thursdays 9:00 by phone.
    yes("bt04_neumann_formal.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:20", re(1056),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung"
        " am 07.07.2026.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("bt05_neumann_dateless.eml", 9, (1058,), (), "2026-07-14 18:05", re(1058),
        "ja, hat geklappt. danke\nG. Neumann",
        client="thunderbird", reply="cr-1058", style="thunderbird")  # fmt: skip
    yes("bt06_neumann_yes_and_see_you_thursday.eml", 9, (1060,), ("2026-07-21",),
        "2026-07-22 09:03", re(1060),
        "Guten Morgen,\ngestern hat alles geklappt, vielen Dank. Ihre Erinnerung für morgen habe"
        " ich auch bekommen, ich bin um 9 Uhr am Telefon.\nFreundliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1060", style="thunderbird",
        note="confirms yesterday (21.07) and acknowledges the reminder for 23.07")  # fmt: skip
    yes("bt07_neumann_reminder_reply_confirms_thursday.eml", 9, (1057,), ("2026-07-09",),
        "2026-07-13 15:40", "AW: Erinnerung: Ihr Termin am 14.07.2026",
        "Hallo,\nja, morgen um 9 bin ich zu Hause. Und den Termin vom Donnerstag, 9.7., kann ich"
        " Ihnen hiermit auch gleich bestätigen, der hat stattgefunden.\nGisela Neumann",
        client="thunderbird", reply="rem-1058", style="thunderbird",
        note="reply to the reminder for 14.07 that confirms 09.07")  # fmt: skip
    no("bt08_neumann_reply_to_reminder.eml", 9, ("other",), "2026-07-27 10:14",
       "Re: Erinnerung: Ihr Termin am 28.07.2026",
       "Danke für die Erinnerung, ich bin morgen erreichbar.\nGisela Neumann",
       client="thunderbird", reply="rem-1062", style="thunderbird", staff=False,
       note="only acknowledges the reminder for tomorrow; nothing to record or do")  # fmt: skip

    # Fatma Yıldız (12), web.de, Wednesdays 10:30 by phone, learner's German.
    yes("bt09_yildiz_learner_today.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:10", re(1075),
        "Hallo\nja Behandlung war heute 5.8 alles gut.\nDanke schön\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("bt10_yildiz_two_forgotten.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-27 08:45", re(1078),
        "Guten Tag\nich habe vergessen zu antworten. Die Termin am 12.08 und 26.08 war beide"
        " gemacht mit telefon. Entschuldigung\nMit freundliche Grüße\nFatma Yildiz",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    yes("bt11_yildiz_cancelled_day.eml", 12, (), (), "2026-08-20 09:30", re(1077),
        "Hallo, ja termin 19.08 hat stattgefunden. Gruß Fatma Yildiz",
        client="webde", reply="cr-1077", style="webde", staff=True,
        note="19.08 is cancelled in our calendar: nothing may be recorded, staff must check")  # fmt: skip

    # Klaus Zimmermann (15), Arcor, Mondays 11:00 by phone.
    yes("bt12_zimmermann_lowercase_heute.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 14:30",
        re(1093, "Re"), "ja war heute. gruß klaus",
        client="plain", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("bt13_zimmermann_two_new_mail.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-28 19:02", "Bestätigung Termine Oktober",
        "Hallo,\n\nhiermit bestätige ich die Telefonbehandlungen vom 12.10. und 19.10.2026."
        " Den 26.10. hatten Sie ja abgesagt.\n\nGruß\nKlaus Zimmermann",
        client="plain",
        note="the 26.10 is mentioned only as cancelled by us; nothing to do")  # fmt: skip
    no("bt14_zimmermann_nobody_called.eml", 15, ("other",), "2026-11-02 12:40", re(1097),
       "Hat NICHT stattgefunden, mich hat heute keiner angerufen. Ich habe bis halb 12 neben dem"
       " Telefon gesessen.\nWas ist da los?\nK. Zimmermann",
       client="plain", reply="cr-1097", style="thunderbird",
       note="missed session, no one called: staff must follow up")  # fmt: skip

    # Renate Koch (18), T-Online, Mondays and Wednesdays 15:00 by phone.
    yes("bt15_koch_three_days.eml", 18, (1110, 1111, 1112), ("2026-03-25", "2026-03-30", "2026-04-01"),
        "2026-04-02 10:00", "Bestätigung",
        "Hallo,\nich bestätige die Termine am 25.3., 30.3. und 1.4., alle haben am Telefon"
        " stattgefunden.\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("bt16_koch_yes_and_prescription_question.eml", 18, (1113,), ("2026-04-08",),
        "2026-04-08 16:50", re(1113),
        "Guten Tag,\nja, am 8.4. hat stattgefunden.\nEine Frage noch: wie viele Termine habe ich"
        " noch auf dem Rezept? Brauche ich ein neues vom Arzt?\nMit freundlichen Grüßen\n"
        "Renate Koch",
        client="tonline", reply="cr-1113", style="tonline", staff=True, extra=("question",),
        note="confirms 08.04 and asks about the prescription")  # fmt: skip

    no("bt17_koch_move_monday.eml", 18, ("reschedule",), "2026-04-09 11:15",
       "Termin Montag 13.4.",
       "Guten Tag,\nkönnen wir den Termin am Montag, 13.4., auf Dienstag verlegen? Ich habe"
       " Montagnachmittag einen Arzttermin, den ich nicht verschieben kann.\n"
       "Mit freundlichen Grüßen\nRenate Koch",
       client="tonline",
       note="wants the 13.04 session moved")  # fmt: skip

    # Mehmet Aydın (22), Hotmail, Thursdays 12:30 by phone.
    yes("bt18_aydin_outlook_short.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:02", re(1130),
        "Hallo,\nTermin 19.02 hat stattgefunden.\nMfG Mehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("bt19_aydin_day_without_appointment.eml", 22, (), ("2026-02-27",), "2026-02-27 09:10", re(1131),
        "Hallo, Termin am 27.02 hat stattgefunden. Gruss Aydin",
        client="outlook", reply="cr-1131", style="outlook", staff=True,
        note="names 27.02 under our request for 26.02: a day without appointment, staff must check")  # fmt: skip
    yes("bt20_aydin_iphone_dateless.eml", 22, (1132,), (), "2026-03-05 14:25", re(1132),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1132", style="iphone")  # fmt: skip
    yes("bt21_aydin_yes_and_reschedule.eml", 22, (1134,), ("2026-03-19",), "2026-03-19 14:40",
        re(1134),
        "Hallo,\n19.3. war ok, danke.\nNächste Woche Donnerstag kann ich nicht um 12:30, ich habe"
        " Spätschicht. Geht auch um 10 Uhr?\nMfG Mehmet Aydin",
        client="outlook", reply="cr-1134", style="outlook", staff=True, extra=("reschedule",),
        note="confirms 19.03 and wants the 26.03 session moved")  # fmt: skip

    # Ursula Berger (24), Kabelmail, Wednesdays 9:00 by phone.
    yes("bt22_berger_signature_phone.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 10:31", re(1142),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die telefonische Behandlung vom"
        " 06.05.2026.\n\nFreundliche Grüße\nUrsula Berger\nTel. 0421 5567890",
        client="plain", reply="cr-1142", style="outlook_classic")  # fmt: skip
    yes("bt23_berger_bottom_posted.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 12:04", re(1143),
        "Hat stattgefunden, 13. Mai.\nU. Berger",
        client="thunderbird", reply="cr-1143", style="thunderbird", bottom=True)  # fmt: skip
    yes("bt24_berger_back_from_holiday.eml", 24, (1144, 1145), ("2026-05-20", "2026-05-27"),
        "2026-06-02 20:15", re(1145),
        "Guten Abend,\nentschuldigen Sie die späte Antwort, ich war ein paar Tage bei meiner"
        " Tochter. Die Termine am 20. und 27. Mai haben beide stattgefunden.\nFreundliche Grüße\n"
        "Ursula Berger",
        client="plain", reply="cr-1145", style="outlook_classic")  # fmt: skip
    no("bt25_berger_question_next_call.eml", 24, ("question",), "2026-06-01 18:30",
       "Termin am Mittwoch",
       "Guten Tag,\nruft mich am Mittwoch wieder dieselbe Therapeutin an? Ich habe seit letzter"
       " Woche eine neue Telefonnummer: 0421 7788112. Bitte ändern.\nFreundliche Grüße\n"
       "Ursula Berger",
       client="plain",
       note="question about the coming session (03.06) and a new phone number")  # fmt: skip


def video_gkv() -> None:
    # Sabine Krüger (1), web.de, Tuesdays 10:00 by video.
    yes("bt26_krueger_heute_with_date.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:05", re(1003),
        "Ja, hat heute stattgefunden (27.01.).\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    no("bt27_krueger_code_not_accepted.eml", 1, ("technical",), "2026-02-17 11:45", re(1006),
       "Hallo,\nheute hat es leider nicht geklappt, ich bin nicht in die Sitzung reingekommen."
       " Der Zugangscode wurde nicht angenommen, ich habe es dreimal versucht.\n"
       "Viele Grüße\nSabine Krüger",
       client="webde", reply="cr-1006", style="webde",
       note="the video session of 17.02 did not take place")  # fmt: skip

    # Aylin Demir (3), Gmail, Wednesdays 8:30 by video.
    yes("bt28_demir_gmail_time.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:20", re(1019),
        "Hi, ja der Termin heute um 8:30 hat stattgefunden :)\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("bt29_demir_old_and_today.eml", 3, (1022, 1024), ("2026-03-25", "2026-04-08"),
        "2026-04-08 10:15", re(1024),
        "Hallo, hab grad gesehen dass ich den vom 25.3. nie bestätigt hab - der hat stattgefunden."
        " Und heute (8.4.) natürlich auch.\nLiebe Grüße\nAylin Demir",
        client="gmail", reply="cr-1024", style="gmail")  # fmt: skip

    # Marie Schulz (5): the family address, her mother writes.
    yes("bt30_schulz_mother_for_daughter.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:20",
        re(1034),
        "Hallo,\n\nhier schreibt Katrin Schulz, die Mutter von Marie. Die Videobehandlung von Marie"
        " am 16.04. hat stattgefunden.\n\nViele Grüße\nKatrin Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz")  # fmt: skip
    yes("bt31_schulz_mother_iphone.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 17:01", re(1037),
        "Ja, Marie hatte heute ihre Stunde. LG Katrin\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1037", style="iphone", name="Katrin Schulz")  # fmt: skip

    # Anna Lehmann (14), university address, Tuesdays 13:00 by video.
    yes("bt32_lehmann_uni_short.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:00", re(1087),
        "Hallo,\nhiermit bestätige ich den Termin vom 8.9.\nViele Grüße\nAnna Lehmann\n\n--\n"
        "Anna Lehmann, M.Sc.\nInstitut für Sportwissenschaft\nRaum 2.114, Tel. +49 551 39-12345",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    no("bt33_lehmann_question_next_week.eml", 14, ("question",), "2026-09-10 08:55",
       "Termin nächste Woche",
       "Hallo,\nist der Termin nächste Woche Dienstag wieder um 13 Uhr? Ich bekomme doch wieder"
       " einen neuen Code, oder?\nViele Grüße\nAnna Lehmann",
       client="thunderbird",
       note="question about the coming session of 15.09")  # fmt: skip

    # Birgit Schäfer (16): work address (registered) and private GMX.
    yes("bt34_schaefer_work_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15", re(1098),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 07.10.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\n\nBirgit Schäfer\nSchäfer Steuerberatung\nHauptstraße 12,"
        " 30159 Hannover\nTel. 0511 123456 | Fax 0511 123457",
        client="outlook", reply="cr-1098", style="outlook_classic",
        sender=SCHAEFER_WORK, name="Birgit Schäfer")  # fmt: skip
    yes("bt35_schaefer_samsung.eml", 16, (1100,), ("2026-10-21",), "2026-10-21 20:32", re(1100),
        "Ja hat stattgefunden am 21.10\n\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1100", style="samsung")  # fmt: skip

    # Sophie Wagner (21), GMX, Mondays 9:30 by video.
    yes("bt36_wagner_no_dot.eml", 21, (1125,), ("2026-01-19",), "2026-01-19 12:00", re(1125),
        "Hallo! Termin vom 19.1 hat stattgefunden. LG Sophie",
        client="webde", reply="cr-1125", style="webde")  # fmt: skip

    # Leonie Hartmann (20), new patient, web.de, Tuesdays 17:00 by video.
    yes("bt37_hartmann_first_session.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 18:40", re(1120),
        "Hallo,\nmein erster Termin heute hat super geklappt, danke! Bestätige hiermit.\n"
        "Leonie Hartmann",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    no("bt38_hartmann_cancels_tuesday.eml", 20, ("cancellation",), "2026-11-23 18:05",
       "AW: Erinnerung: Ihr Termin am 24.11.2026",
       "Hallo,\nich muss den Termin morgen leider absagen, mein Sohn ist krank und ich bin"
       " allein mit ihm.\nSorry für die kurzfristige Absage!\nLeonie Hartmann",
       client="webde", reply="rem-1123", style="webde")  # fmt: skip


def private_and_others() -> None:
    yes("bt39_becker_two_new_mail.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 19:00", "Bestätigung",
        "Guten Abend,\nMo 9.2. und Do 12.2. haben beide stattgefunden.\nGruß T. Becker",
        client="webde")  # fmt: skip
    no("bt40_becker_attends_thursday.eml", 2, ("other",), "2026-02-18 18:10",
       "AW: Erinnerung: Ihr Termin am 19.02.2026",
       "Hiermit bestätige ich den Termin morgen um 17:30. Bin telefonisch erreichbar.\n"
       "Gruß T. Becker",
       client="webde", reply="rem-1015", style="webde", staff=False,
       note="acknowledges the reminder for tomorrow (19.02); no session has taken place yet")  # fmt: skip
    yes("bt41_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:20", re(1069, "Re"),
        "Hi, yes the session on 3 August took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    no("bt42_carter_move_session.eml", 11, ("reschedule",), "2026-08-11 09:12",
       "Moving next Monday",
       "Hi,\ncould we move next Monday's session to Tuesday, same time? I have a dentist"
       " appointment on Monday at noon.\nThanks,\nEmily Carter",
       client="gmail",
       note="wants 17.08 moved")  # fmt: skip
    yes("bt43_vogel_yes_and_invoice_address.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:45",
        re(1082),
        "Guten Morgen,\nTermin 10.09. hat stattgefunden.\nBitte die Rechnungen künftig an die"
        " Kanzleiadresse schicken: Vogel & Partner, Lindenallee 3, 50968 Köln.\n"
        "Dr. M. Vogel",
        client="apple", reply="cr-1082", style="iphone", staff=True, extra=("other",),
        note="confirms 10.09 and gives a new invoice address")  # fmt: skip
    yes("bt44_popescu_yahoo_learner.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 12:48", re(1047),
        "Buna ziua, ja die Behandlung ist heute gewesen, 9 Juni. Vielen dank\nElena Popescu",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip


def main() -> None:
    load_practice()
    telephone_gkv()
    video_gkv()
    private_and_others()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
