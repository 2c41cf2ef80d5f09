"""Write blind set GG: a plain, representative inbox of a busy week, 40 mails. Thirty
confirm at least one session: mostly short replies under our request (the same evening,
the next morning, a week or three weeks late), with or without the day, from web.de/GMX,
iPhone, Gmail, Outlook, Thunderbird, T-Online, Samsung and Yahoo, some bottom-posted;
a few new mails naming one or several days (once only in the subject); four that confirm
and ask something practical (a prescription, an invoice, a new time). Ten look-alikes:
a thank-you under a reminder, a cancellation, two reschedule wishes, a question about a
coming session, a video code that does not work, a session that did not take place, one
cut short, one missed because the therapist did not call, and a hospital cancellation.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gg`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gg")


def short_replies() -> None:
    yes("gg01_krueger_same_evening.eml", 1, (1003,), (), "2026-01-27 18:42", re(1003),
        "Hallo,\n\nja, der Termin hat stattgefunden.\n\nViele Grüße\nS. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01., no day of its own")  # fmt: skip
    yes("gg02_krueger_next_morning.eml", 1, (1004,), ("2026-02-03",), "2026-02-04 07:12",
        re(1004),
        "Guten Morgen, ja die Behandlung am 3.2. hat stattgefunden.\n\nLG Sabine Krüger\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1004", style="iphone")  # fmt: skip
    yes("gg03_becker_heutige.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 21:15", re(1010),
        "Guten Abend,\nich bestätige die heutige Behandlung (Manuelle Therapie am Telefon).\n"
        "Gruß\nThomas Becker",
        reply="cr-1010", style="webde",
        note="'heutige' in a mail of 02.02. names that day")  # fmt: skip
    yes("gg05_demir_kurz.eml", 3, (1019,), (), "2026-03-04 12:31", re(1019, "Re"),
        "Ja hat stattgefunden, danke!\n\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("gg06_demir_week_late.eml", 3, (1021,), ("2026-03-18",), "2026-03-26 07:50",
        re(1021, "Re"),
        "Hallo, sorry für die späte Rückmeldung! Der Termin am 18.3. hat stattgefunden.\n"
        "LG Aylin Demir",
        client="gmail", reply="cr-1021", style="gmail",
        note="eight days late; only 18.03. is confirmed, not 25.03.")  # fmt: skip
    yes("gg07_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 09:30", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung "
        "am 16.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("gg09_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:05",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.5. haben stattgefunden, morgens das Gerätetraining und "
        "mittags die Manuelle Therapie.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions that day (KGG 07:30 and MT 12:30), both confirmed")  # fmt: skip
    yes("gg10_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 16:40", re(1046),
        "Guten Tag,\nich bestatige das die Behandlung am 2 Juni stattgefunden hat.\n"
        "Vielen Dank und schöne Tag\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("gg11_richter_jo.eml", 8, (1051,), (), "2026-06-03 21:40", re(1051, "Re"),
        "Jo, hat alles geklappt 👍\n\nJonas",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("gg13_brandt_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:02",
        re(1063, "Re"),
        "Termin am 03.07. hat stattgefunden, danke.\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("gg14_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 17:20",
        re(1069, "Re"),
        "Hi,\n\nYes, the session on August 3rd took place. Thanks!\n\nBest,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("gg16_yildiz_after_gap.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 15:10",
        re(1078),
        "Hallo\nTermin am 26.8 hat statt gefunden\nDanke\nFatma Yildiz",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    yes("gg17_vogel_bestaetigt.eml", 13, (1082,), (), "2026-09-10 08:52", re(1082),
        "Bestätigt.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\n"
        "Vogel & Partner Rechtsanwälte mbB\nKantstraße 12, 10623 Berlin\n"
        "Tel. +49 30 8877 6650",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("gg19_lehmann_signature.eml", 14, (1087,), ("2026-09-08",), "2026-09-09 08:10",
        re(1087),
        "Hallo,\n\ndie Videositzung am 8.9. hat stattgefunden.\n\nViele Grüße\nAnna Lehmann\n\n"
        "-- \nAnna Lehmann, M.Sc.\nInstitut für Sportwissenschaft\nUniversität Beispielstadt\n"
        "Tel. +49 341 97-31520",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("gg21_zimmermann_lowercase.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 19:30",
        re(1093),
        "hallo termin am 5.10 hat stattgefunden\ngruss k. zimmermann",
        client="iphone", reply="cr-1093", style="iphone")  # fmt: skip
    yes("gg23_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15",
        re(1098),
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlung vom 07.10.2026.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\nSteuerberaterin\n\nSchäfer Steuerberatung\n"
        "Tel. 030 6654 2210",
        client="outlook", reply="cr-1098", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("gg24_schaefer_samsung.eml", 16, (1100,), (), "2026-10-21 21:02", re(1100),
        "Ja, hat stattgefunden. Danke und schönen Abend!\nBirgit Schäfer",
        client="samsung", reply="cr-1100", style="samsung")  # fmt: skip
    yes("gg27_hartmann_first_time.eml", 20, (1120,), (), "2026-11-03 19:05", re(1120),
        "Hallo! Ja hat alles gut geklappt beim ersten Mal 😊\nLG Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("gg28_aydin_war.eml", 22, (1130,), ("2026-02-19",), "2026-02-20 12:10", re(1130),
        "Hallo,\nTermin am 19.02 war.\nMfG\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("gg29_oneill_tonight.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:40",
        re(1136, "RE"),
        "Hi,\n\nConfirming tonight's session took place (14/04).\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("gg30_berger_three_weeks_late.eml", 24, (1145,), ("2026-05-27",), "2026-06-16 10:20",
        re(1145),
        "Guten Tag,\n\nentschuldigen Sie bitte, ich hatte Ihre Mail übersehen. Die Behandlung "
        "am 27. Mai hat stattgefunden.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1145", style="thunderbird",
        note="three weeks late; only 27.05. is confirmed")  # fmt: skip


def new_mails() -> None:
    yes("gg04_becker_three_days.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 08:10",
        "Bestätigung Behandlungen 5.2., 9.2. und 12.2.",
        "Hallo Praxis-Team,\n\nich habe die letzten Mails nicht beantwortet, sorry. Hiermit "
        "bestätige ich die Telefontermine vom 05.02., 09.02. und 12.02.\n\nBeste Grüße\n"
        "Thomas Becker",
        client="outlook")  # fmt: skip
    yes("gg12_neumann_two_days.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:15", "Bestätigung",
        "Liebes Team der Praxis Impulse,\n\nich möchte Ihnen bestätigen, dass die "
        "Telefonbehandlungen am Dienstag, den 7. Juli und am Donnerstag, den 9. Juli "
        "stattgefunden haben. Mit dem Antworten auf die Mails komme ich nicht so zurecht, "
        "deshalb schreibe ich so.\n\nHerzliche Grüße\nGisela Neumann")  # fmt: skip
    yes("gg18_vogel_two_late.eml", 13, (1084, 1085), ("2026-09-24", "2026-10-01"),
        "2026-10-02 07:45", "Behandlungen 24.09. und 01.10.",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlungen am 24.09. und 01.10. haben wie "
        "geplant stattgefunden.\n\nMit freundlichen Grüßen\nMichael Vogel",
        client="outlook")  # fmt: skip
    yes("gg22_zimmermann_subject_only.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-20 09:05", "termine 12.10 und 19.10",
        "beide termine haben stattgefunden\nmfg klaus zimmermann",
        note="the days are only in his subject")  # fmt: skip
    yes("gg26_koch_three_days.eml", 18, (1110, 1111, 1112),
        ("2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 11:30",
        "Bestätigung meiner Termine",
        "Guten Tag,\n\nhiermit bestätige ich, dass die telefonischen Behandlungen am 25.03., "
        "30.03. und 01.04. stattgefunden haben.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip


def confirm_and_ask() -> None:
    yes("gg08_wolff_two_and_rezept.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-02 10:20", "Telefontermine Januar",
        "Sehr geehrtes Praxisteam,\n\nich bestätige Ihnen die Behandlungen am Telefon vom "
        "23.01.2026 und 30.01.2026.\n\nEine Frage noch: Meine Verordnung war über 6 "
        "Behandlungen. Muss ich mich um ein neues Rezept kümmern, oder machen Sie das mit "
        "meiner Hausärztin?\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff\nTel. 0331 4455667",
        client="tonline", staff=True, extra=("question",),
        note="two days confirmed and a question about a new prescription")  # fmt: skip
    yes("gg15_carter_invoice.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 08:45",
        re(1071, "Re"),
        "Hi there,\n\nconfirming that Monday's session (17 Aug) happened as planned.\n\n"
        "Quick question: could you send me an invoice for all sessions so far? My insurer "
        "wants them for reimbursement.\n\nThanks,\nEmily Carter",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",),
        note="confirms 17.08. and asks for an invoice")  # fmt: skip
    yes("gg20_lehmann_new_time.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 17:55",
        re(1089),
        "Hallo,\nja, die Sitzung am 22.9. fand statt.\nKönnten wir den Termin nächste Woche "
        "(29.9.) auf 15 Uhr legen? Da habe ich um 13 Uhr ein Seminar.\n"
        "Danke und viele Grüße\nAnna Lehmann",
        client="outlook", reply="cr-1089", style="outlook", staff=True, extra=("reschedule",),
        note="confirms 22.09.; 29.09. is a coming session she wants moved")  # fmt: skip
    yes("gg25_jansen_rechnung.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:40",
        re(1104, "Re"),
        "Moin,\nTermin am 22.10. hat stattgefunden, lief super.\nKurze Frage: Kommt die "
        "Rechnung per Post oder per Mail? Ich reiche das bei meiner Versicherung ein.\n"
        "Gruß Ole",
        client="gmail", reply="cr-1104", style="gmail", staff=True, extra=("question",),
        note="confirms 22.10. and asks how the invoice comes")  # fmt: skip


def look_alikes() -> None:
    no("gg31_krueger_reminder_thanks.eml", 1, ("other",), "2026-03-09 12:40",
       reminder_subject(1009),
       "Danke für die Erinnerung, ich bin morgen dabei.\nLG Sabine Krüger",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="a thank-you under the reminder for 10.03., a session still to come")  # fmt: skip
    no("gg32_becker_krank.eml", 2, ("cancellation",), "2026-03-01 20:10",
       reminder_subject(1018),
       "Hallo,\nich muss den Termin morgen leider absagen, hat mich mit Fieber erwischt.\n"
       "Melde mich wegen eines neuen Termins.\nGruß Thomas Becker",
       reply="rem-1018", style="webde",
       note="cancels 02.03. under the reminder")  # fmt: skip
    no("gg33_demir_later_time.eml", 3, ("reschedule",), "2026-04-16 09:00",
       "Termin nächste Woche",
       "Hallo,\n\nkönnten wir den Termin am 22.4. auf den Nachmittag legen? Morgens muss ich "
       "nächste Woche früher zur Arbeit.\n\nLG Aylin Demir",
       client="gmail", note="a reschedule wish for a coming session")  # fmt: skip
    no("gg34_schulz_not_in.eml", 5, ("technical",), "2026-04-30 18:05", re(1036),
       "Hallo,\n\nich bin heute leider nicht in den Videoraum reingekommen, es kam immer nur "
       "'Verbindung wird hergestellt'. Der Termin hat also nicht stattgefunden. Können wir "
       "das nachholen?\n\nViele Grüße\nMarie Schulz",
       client="iphone", reply="cr-1036", style="iphone",
       note="under our request: the session of 30.04. did not take place")  # fmt: skip
    no("gg35_richter_what_to_prepare.eml", 8, ("question",), "2026-06-14 19:00",
       video_link_subject(1053),
       "Hi, danke für den Link. Soll ich für Mittwoch irgendwas vorbereiten, Matte oder "
       "so? Und reicht das Handy oder lieber Laptop?\n\nJonas",
       client="iphone", reply="vl-1053", style="iphone",
       note="a question about the coming session of 17.06.")  # fmt: skip
    no("gg36_wolff_not_called.eml", 4, ("other",), "2026-02-20 16:10", re(1033),
       "Sehr geehrte Damen und Herren,\n\nder Termin hat heute nicht stattgefunden. Ich habe "
       "bis halb drei am Telefon gewartet, es hat aber niemand angerufen. Bitte melden Sie "
       "sich wegen eines Ersatztermins.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline", reply="cr-1033", style="tonline",
       note="under our request: the therapist did not call, no session on 20.02.")  # fmt: skip
    no("gg37_carter_phone_instead.eml", 11, ("reschedule",), "2026-09-06 14:22",
       reminder_subject(1074, "Re"),
       "Hi,\n\nI'm travelling tomorrow and won't have a proper connection. Could we do "
       "tomorrow's session by phone instead of video, or move it to later in the week?\n\n"
       "Thanks,\nEmily",
       client="gmail", reply="rem-1074", style="gmail_en",
       note="a change wish for the coming session of 07.09.")  # fmt: skip
    no("gg38_hartmann_code.eml", 20, ("technical",), "2026-11-09 20:30",
       video_link_subject(1121),
       "Hallo, ich hab grad mal den Code ausprobiert für morgen, da steht 'ungültiger "
       "Zugangscode'. Letzte Woche ging es noch. Was mache ich falsch?\nLG Leonie",
       client="webde", reply="vl-1121", style="webde",
       note="a technical question before the session of 10.11.")  # fmt: skip
    no("gg39_zimmermann_hospital.eml", 15, ("cancellation",), "2026-11-01 16:45",
       reminder_subject(1097),
       "Guten Tag,\n\nhier schreibt Frau Zimmermann für meinen Mann. Er liegt seit gestern im "
       "Krankenhaus, den Termin morgen kann er nicht wahrnehmen. Wir melden uns, wenn er "
       "wieder zu Hause ist.\n\nMit freundlichen Grüßen\nMonika Zimmermann",
       reply="rem-1097", style="thunderbird",
       note="his wife cancels 02.11. from his address")  # fmt: skip
    no("gg40_vogel_cut_short.eml", 13, ("technical",), "2026-10-08 09:10", re(1086),
       "Guten Morgen,\n\nheute ist die Verbindung nach etwa zehn Minuten abgebrochen und kam "
       "nicht wieder zustande. Eine richtige Behandlung war das nicht. Bitte klären Sie, wie "
       "das abgerechnet wird.\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook", reply="cr-1086", style="outlook",
       note="under our request: the session of 08.10. broke off, not confirmed")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    new_mails()
    confirm_and_ask()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
