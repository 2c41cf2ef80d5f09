"""Write blind set BU: a plain, representative inbox of the whole year, leaning towards
November to February (New Year and Christmas greetings, illness, late answers around the
year end). 42 mails: 32 that confirm at least one session (short replies under our request
in many mail programs, with and without the date, new mails with the date in the subject,
several days at once, a few weeks late, a few with a question, a cancellation or a missed
session beside the yes) and 10 look-alikes (a cancellation and a reschedule under our
reminder, a thank-you under a reminder, a question about a coming session, a video-link
question, missed sessions answered under our request, a Christmas thank-you).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bu`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bu")


def winter_confirmations() -> None:
    """January to March: Krüger, Becker, Wolff, Wagner, Aydın."""
    yes("bu01_krueger_27jan_webde.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, der Termin am 27.1. hat stattgefunden.\n\nDanke und viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("bu02_krueger_nodate.eml", 1, (1004,), (), "2026-02-03 15:22", re(1004),
        "Ja hat stattgefunden\n\nLG Sabine",
        client="webde", reply="cr-1004", style="webde",
        note="a yes under our request for 03.02.2026, no day named")  # fmt: skip
    yes("bu03_krueger_two_new_mail.eml", 1, (1005, 1006), ("2026-02-10", "2026-02-17"),
        "2026-02-18 20:47", "Bestätigung Termine Februar",
        "Liebes Praxisteam,\n\nich bin leider nicht dazu gekommen, auf Ihre Mails zu antworten."
        " Die Termine am 10.02. und am 17.02. haben beide stattgefunden.\n\nHerzliche Grüße\n"
        "Sabine Krüger", client="webde")  # fmt: skip
    yes("bu04_becker_formal.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 21:05", re(1010),
        "Guten Abend,\n\nhiermit bestätige ich die Behandlung vom 02.02.2026.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker",
        client="thunderbird", reply="cr-1010", style="thunderbird")  # fmt: skip
    yes("bu05_becker_both_this_week.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-12 20:15", re(1013, "Re"),
        "Beide Termine diese Woche (Mo 9.2. und heute, 12.2.) haben stattgefunden.\n\nGruß\nT. Becker",
        client="thunderbird", reply="cr-1013", style="thunderbird",
        note="Monday and today named with their days")  # fmt: skip
    yes("bu06_wolff_new_year.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:02", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische"
        " Behandlung am 16. Januar 2026 stattgefunden hat.\n\nIhnen allen nachträglich noch ein"
        " gesundes neues Jahr!\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bu07_wolff_two_late.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-03 10:31", "Behandlungen 23.01. und 30.01.",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlungen am Freitag, 23.01., und am Freitag,"
        " 30.01., haben beide stattgefunden. Entschuldigen Sie die Verspätung, ich war ein paar"
        " Tage bei meiner Tochter.\n\nMfG\nH.-J. Wolff", client="tonline")  # fmt: skip
    yes("bu08_wagner_iphone_frohes_neues.eml", 21, (1124,), (), "2026-01-12 13:20", re(1124),
        "Ja, hat stattgefunden 👍 Frohes Neues euch noch!\n\nSophie\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1124", style="iphone",
        note="a yes under our request for 12.01.2026 with New Year wishes")  # fmt: skip
    yes("bu09_wagner_short_date.eml", 21, (1125,), ("2026-01-19",), "2026-01-19 18:44", re(1125),
        "19.1. bestätigt\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1125", style="iphone")  # fmt: skip
    yes("bu10_wagner_question_rezept.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 12:05",
        re(1128),
        "Hallo, ja der Termin am 9.2. war. Kurze Frage noch: ich hab ja nur noch einen Termin"
        " übrig, brauche ich ein neues Rezept vom Arzt oder machen Sie das?\n\nLG Sophie Wagner",
        client="iphone", reply="cr-1128", style="iphone", staff=True, extra=("question",),
        note="confirms 09.02. and asks about a new prescription")  # fmt: skip
    yes("bu11_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:48", re(1130),
        "Hallo\nIch bestätige termin 19.02 ist gemacht. Danke schön\nMehmet Aydın",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("bu12_aydin_nodate.eml", 22, (1131,), (), "2026-02-26 14:10", re(1131),
        "ja stattgefunden danke",
        client="samsung", reply="cr-1131", style="samsung",
        note="a yes under our request for 26.02.2026")  # fmt: skip
    yes("bu13_aydin_one_yes_one_ill.eml", 22, (1133,), ("2026-03-12",), "2026-03-12 16:30",
        re(1133),
        "12.3. ja hat stattgefunden.\nAber am 5.3. ich war nicht da, war krank. Hab damals"
        " angerufen, bitte nicht zählen.\nMehmet",
        client="samsung", reply="cr-1133", style="samsung", staff=True,
        note="12.03. confirmed; 05.03. (still scheduled) did not take place: staff")  # fmt: skip
    yes("bu14_becker_late_march.eml", 2, (1017, 1018), ("2026-02-26", "2026-03-02"),
        "2026-03-20 09:12", "Bestätigung meiner letzten Behandlungen",
        "Hallo,\n\nich sehe gerade, dass ich die letzten beiden Termine noch nicht bestätigt"
        " habe: 26.02. und 02.03. haben stattgefunden.\n\nGruß\nThomas Becker",
        client="thunderbird", note="weeks late, two days in a new mail")  # fmt: skip
    yes("bu15_wolff_pain_question.eml", 4, (1031,), ("2026-02-06",), "2026-02-06 16:40", re(1031),
        "Guten Tag,\n\ndie Behandlung am 6.2. hat stattgefunden. Seitdem zieht es allerdings"
        " wieder stärker im linken Knie. Soll ich damit zum Hausarzt gehen oder die Übungen"
        " erst mal weglassen?\n\nMfG\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1031", style="tonline", staff=True, extra=("question",),
        note="confirms 06.02. and asks about knee pain")  # fmt: skip
    yes("bu16_krueger_yes_and_flu.eml", 1, (1007,), ("2026-02-24",), "2026-02-24 14:02", re(1007),
        "Hallo,\nder Termin am 24.2. hat stattgefunden. Nächste Woche (3.3.) muss ich leider"
        " absagen, mich hat die Grippe erwischt.\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1007", style="webde", staff=True, extra=("cancellation",),
        note="confirms 24.02. and cancels 03.03.")  # fmt: skip


def autumn_confirmations() -> None:
    """October to December: Zimmermann, Schäfer, Jansen, Nowak, Hartmann."""
    yes("bu17_zimmermann_outlook.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 14:25", re(1097),
        "Guten Tag,\n\ndie Behandlung am 2.11. hat stattgefunden.\n\nGruß\nK. Zimmermann",
        client="outlook", reply="cr-1097", style="outlook_classic")  # fmt: skip
    yes("bu18_schaefer_office_signature.eml", 16, (1102,), ("2026-11-04",), "2026-11-05 08:17",
        re(1102),
        "Hallo,\n\nich bestätige den Termin vom 04.11.2026.\n\nViele Grüße\nBirgit Schäfer\n\n--\n"
        "Schäfer Steuerberatung\nBirgit Schäfer, Steuerberaterin\nRingstraße 12, 50667 Köln\n"
        "Tel. 0221 4471230 · Fax 0221 4471239\nBürozeiten: Mo-Do 8-17 Uhr, Fr 8-13 Uhr",
        client="outlook", reply="cr-1102", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        note="from her office address, with a signature full of numbers")  # fmt: skip
    yes("bu19_schaefer_bottom.eml", 16, (1103,), (), "2026-11-11 21:33", re(1103, "Re"),
        "Hat stattgefunden, danke!\nBirgit",
        client="thunderbird", reply="cr-1103", style="thunderbird", bottom=True,
        note="bottom-posted yes, no day named")  # fmt: skip
    yes("bu20_jansen_gestern.eml", 17, (1106,), ("2026-11-05",), "2026-11-06 07:54", re(1106, "Re"),
        "Moin,\n\nder Termin gestern hat stattgefunden.\n\nGruß Ole",
        client="gmail", reply="cr-1106", style="gmail",
        note="'gestern' on 06.11. is 05.11.")  # fmt: skip
    yes("bu21_jansen_spam_folder.eml", 17, (1104, 1105), ("2026-10-22", "2026-10-29"),
        "2026-11-03 19:20", "Bestätigung Oktober",
        "Hi,\n\nsorry, eure Mails sind bei mir im Spam gelandet, hab sie gerade erst gesehen."
        " Die Termine am 22.10. und 29.10. haben beide stattgefunden.\n\nViele Grüße\nOle Jansen",
        client="gmail", note="two October days confirmed late in a new mail")  # fmt: skip
    yes("bu22_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:02", re(1116, "Re"),
        "Bestätigt: MT am 06.11.\n\nGrüße\nD. Nowak\n\nSent with Proton Mail secure email.",
        reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("bu23_nowak_christmas_late.eml", 19, (1119,), ("2026-11-27",), "2026-12-14 18:50",
        re(1119, "Re"),
        "Hallo,\n\nsorry, das ist bei mir untergegangen. Die Behandlung am 27.11. fand statt.\n\n"
        "Frohe Weihnachten an das ganze Team und danke für alles!\nDavid Nowak",
        reply="cr-1119", style="gmail_en", note="confirmed two weeks late, Christmas wishes")  # fmt: skip
    yes("bu24_hartmann_first_session.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:41",
        re(1120),
        "Hallo,\nja, die erste Stunde am 3.11. hat stattgefunden und hat mir schon richtig"
        " geholfen :)\nLiebe Grüße\nLeonie Hartmann",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("bu25_hartmann_guten_rutsch.eml", 20, (1122, 1123), ("2026-11-17", "2026-11-24"),
        "2026-12-22 11:08", "Termine November",
        "Hallo liebes Team,\n\nhiermit bestätige ich noch die Termine vom 17.11. und 24.11.,"
        " das hatte ich ganz vergessen.\n\nSchöne Feiertage und einen guten Rutsch ins neue Jahr!"
        "\nLeonie", client="webde", note="late, two days, holiday greetings")  # fmt: skip


def rest_of_the_year() -> None:
    """Spring and summer: the other patients, briefly."""
    yes("bu26_demir_lowercase.eml", 3, (1019,), (), "2026-03-04 10:15", re(1019, "Re"),
        "ja hat stattgefunden danke",
        client="gmail", reply="cr-1019", style="gmail",
        note="a yes under our request for 04.03.2026")  # fmt: skip
    yes("bu27_koch_mon_wed.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-25 17:55", re(1110),
        "Guten Tag,\n\nbeide Termine diese Woche, Montag 23.3. und heute Mittwoch 25.3., haben"
        " stattgefunden.\n\nMit freundlichem Gruß\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("bu28_hoffmann_same_day_two.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:40",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. (morgens Gerät, mittags MT) haben stattgefunden.\n\n"
        "Beste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    yes("bu29_neumann_phone.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:30", re(1056, "Re"),
        "Sehr geehrtes Praxisteam,\n\ndie Behandlung am Dienstag, den 7.7. hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("bu30_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 13:40",
        re(1069, "Re"),
        "Hi, yes, today's session took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en", note="'today' on 03.08.")  # fmt: skip
    yes("bu31_vogel_one_word.eml", 13, (1082,), (), "2026-09-10 09:05", re(1082),
        "Bestätigt.\n\nMV\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1082", style="iphone",
        note="one word under our request for 10.09.2026")  # fmt: skip
    yes("bu32_popescu_learner_yahoo.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:25",
        re(1046),
        "Buna ziua,\nich bestatige die Therapie am 2 Juni hat stattgefunden.\nMultumesc,\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip


def look_alikes() -> None:
    no("bu33_wagner_cancel_reminder.eml", 21, ("cancellation",), "2026-02-01 18:10",
       "AW: Erinnerung: Ihr Termin am 02.02.2026",
       "Hallo, ich muss den Termin morgen leider absagen, mein Sohn ist krank und ich bin mit"
       " ihm zu Hause. Melde mich wegen Ersatztermin.\nSophie",
       client="iphone", reply="rem-1127", style="iphone",
       note="cancels tomorrow under our reminder")  # fmt: skip
    no("bu34_becker_reminder_thanks.eml", 2, ("other",), "2026-03-01 18:02",
       "Re: Erinnerung: Ihr Termin am 02.03.2026",
       "Danke, passt. Bis morgen!\nT. Becker",
       client="thunderbird", reply="rem-1018", style="thunderbird", staff=False,
       note="acknowledges a reminder for a coming session: nothing to record, nobody needed")  # fmt: skip
    no("bu35_hartmann_video_question.eml", 20, ("technical",), "2026-11-08 20:30",
       "AW: Ihr Videotermin am 10.11.2026",
       "Hallo,\nmuss ich für den Zugangscode eine App runterladen oder geht das auch einfach im"
       " Browser am Handy? Letztes Mal hat es am Laptop geklappt, aber der ist jetzt kaputt.\n"
       "LG Leonie",
       client="webde", reply="vl-1121", style="webde",
       note="asks how to join the coming video session")  # fmt: skip
    no("bu36_zimmermann_missed.eml", 15, ("other",), "2026-10-20 09:15", re(1095),
       "Guten Tag,\n\nam 19.10. hat es leider nicht geklappt, ich war beim Arzt und habe den"
       " Anruf verpasst. Bitte nicht abrechnen.\n\nGruß\nK. Zimmermann",
       client="outlook", reply="cr-1095", style="outlook_classic",
       note="the session did not take place: nothing to record, staff must look")  # fmt: skip
    no("bu37_jansen_reschedule.eml", 17, ("reschedule",), "2026-11-18 11:00",
       "Re: Erinnerung: Ihr Termin am 19.11.2026",
       "Hi, können wir den Termin morgen auf den Nachmittag schieben? Ich hab um 10 spontan"
       " einen Zahnarzttermin bekommen. Ab 14 Uhr ginge es.\nOle",
       client="gmail", reply="rem-1108", style="gmail")  # fmt: skip
    no("bu38_nowak_question_friday.eml", 19, ("question",), "2026-11-18 21:14",
       "Termin Freitag 20.11.",
       "Hallo,\n\nfindet der Termin am Freitag, 20.11., wie gewohnt um 8 Uhr statt? Ich sitze"
       " da evtl. im Zug – ginge es ausnahmsweise auch per Telefon statt Video?\n\nGrüße\n"
       "David Nowak", note="question about a coming session")  # fmt: skip
    no("bu39_krueger_therapist_absent.eml", 1, ("other",), "2026-03-03 11:45", re(1008),
       "Hallo,\n\nder Termin heute hat nicht stattgefunden. Ich war ab 10 Uhr im Videoraum und"
       " habe 20 Minuten gewartet, es kam aber niemand.\n\nGrüße\nSabine Krüger",
       client="webde", reply="cr-1008", style="webde",
       note="answer under our request: the session did not take place")  # fmt: skip
    no("bu40_schaefer_christmas_thanks.eml", 16, ("other",), "2026-12-20 16:30",
       "Frohe Weihnachten",
       "Liebes Team der Praxis Impulse,\n\nvielen Dank für die tolle Betreuung im Herbst, meinem"
       " Rücken geht es viel besser. Ich wünsche Ihnen frohe Weihnachten und ein gesundes"
       " neues Jahr!\n\nHerzliche Grüße\nBirgit Schäfer",
       client="thunderbird", staff=False, note="a thank-you with greetings, nothing to do")  # fmt: skip
    no("bu41_yildiz_holiday_cancel.eml", 12, ("cancellation",), "2026-08-18 11:15",
       "AW: Erinnerung: Ihr Termin am 19.08.2026",
       "Hallo, morgen kann ich nicht, ich bin in Urlaub in Türkei bis 24.8. Nächste Termin"
       " 26.8. ist ok.\nFatma Yıldız",
       client="webde", reply="rem-1077", style="webde")  # fmt: skip
    no("bu42_carter_missed_today.eml", 11, ("reschedule",), "2026-08-24 15:20", re(1072, "Re"),
       "Hi, sorry, I couldn't make it today, I got stuck in a meeting and missed the call."
       " Could we find another slot this week?\n\nEmily",
       client="gmail", reply="cr-1072", style="gmail_en",
       note="missed the session and asks for another slot")  # fmt: skip


def main() -> None:
    load_practice()
    winter_confirmations()
    autumn_confirmations()
    rest_of_the_year()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
