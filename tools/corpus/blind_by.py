"""Write blind set BY: a plain, representative inbox of the whole year, nothing themed.

Forty mails from the patients in practice.toml as they really answer: thirty confirmations
(mostly short replies under our request in the usual mail programs, some with and some
without the date, a few new mails with the date in the subject or text, some naming
several days at once, a few late, a few with a question or a problem beside the yes) and
ten look-alikes (a cancellation, reschedule wishes, questions about a coming session, a
missed session on either side, replies to a reminder or video link, a session that
did not take place).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_by`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_by")


def winter() -> None:
    yes("by01_krueger_webde_date.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.1. hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("by02_krueger_iphone_nodate.eml", 1, (1004,), (), "2026-02-03 12:41", re(1004),
        "Ja hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1004", style="iphone",
        note="a yes under our request for 03.02.2026, no day named")  # fmt: skip
    yes("by03_krueger_late_apology.eml", 1, (1005,), ("2026-02-10",), "2026-03-05 20:17",
        re(1005),
        "Liebes Praxisteam,\n\nentschuldigen Sie bitte die späte Antwort, die Mail ist bei mir "
        "untergegangen. Der Termin am 10.2. hat natürlich stattgefunden.\n\nViele Grüße\n"
        "Sabine Krüger",
        client="webde", reply="cr-1005", style="webde",
        note="late answer, three weeks after the session")  # fmt: skip
    yes("by04_becker_three_days_new.eml", 2, (1010, 1011, 1012),
        ("2026-02-02", "2026-02-05", "2026-02-09"), "2026-02-10 08:15",
        "Bestätigung Termine 2.2. / 5.2. / 9.2.",
        "Guten Morgen,\n\nhiermit bestätige ich die telefonischen Termine vom 2.2., 5.2. und "
        "9.2. – die einzelnen Mails hatte ich irgendwie verschlampt.\n\nBeste Grüße\n"
        "Thomas Becker",
        client="plain", note="new mail naming three past sessions")  # fmt: skip
    yes("by05_becker_one_yes_one_missed.eml", 2, (1014,), ("2026-02-16",), "2026-02-20 07:52",
        "Termine diese Woche",
        "Hallo,\n\nder Termin am Montag 16.2. hat stattgefunden. Am Donnerstag (19.2.) hat "
        "mich aber niemand angerufen, ich hab bis kurz nach sechs gewartet. Was ist da "
        "passiert?\n\nGruß T. Becker",
        client="plain", staff=True, extra=("question",),
        note="16.02. confirmed; 19.02. did not take place: staff must look")  # fmt: skip
    yes("by06_wolff_tonline_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:05",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische "
        "Behandlung am 16.01.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("by07_wolff_two_fridays.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-30 16:40", re(1030),
        "Guten Tag,\n\nich bestätige die Telefonbehandlungen vom 23. und vom 30. Januar. Die "
        "Mail von letzter Woche habe ich erst jetzt gesehen.\n\nMfG\nH.-J. Wolff",
        client="tonline", reply="cr-1030", style="tonline",
        note="two Fridays in one reply, one of them from the week before")  # fmt: skip
    yes("by08_wagner_gmx_short.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 14:22",
        re(1124),
        "Guten Tag,\nhiermit bestätige ich den Termin am 12.01.26.\nMfG Sophie Wagner",
        client="webde", reply="cr-1124", style="webde")  # fmt: skip
    yes("by09_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:48", re(1130),
        "Hallo\n\nTermin war am 19.02 Donnerstag, ich bestätige. Danke\n\nMehmet Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip


def spring() -> None:
    yes("by10_demir_gmail_heute.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:31",
        re(1019), "ja war heute, danke! 4.3.\n\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("by11_demir_yes_and_later.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 11:02",
        re(1024),
        "Hallo, ja, der Termin am 8.4. hat stattgefunden.\nKönnte ich nächste Woche "
        "ausnahmsweise um 9 statt halb 9? Muss meinen Kleinen vorher in die Kita bringen.\n\n"
        "LG Aylin Demir",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("reschedule",),
        note="confirms 08.04.; asks to move next week's session")  # fmt: skip
    yes("by12_koch_two_days_new.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-27 09:40", "Bestätigung",
        "Guten Morgen,\n\nich möchte bestätigen, dass die beiden Telefontermine am Montag, "
        "den 23.3. und am Mittwoch, den 25.3. jeweils um 15 Uhr stattgefunden haben.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("by13_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:35",
        re(1136),
        "Hello,\n\nconfirming that my phone session on 14 April took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("by14_schulz_samsung_lower.eml", 5, (1034,), (), "2026-04-16 18:03", re(1034),
        "ja hat statt gefunden\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1034", style="samsung",
        note="a yes under our request for 16.04.2026, no day named")  # fmt: skip
    yes("by15_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:40",
        re(1043),
        "Hallo,\n\nbestätige beide Termine von heute (18.5.), morgens das Gerätetraining und "
        "mittags die Manuelle.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook_classic",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("by16_hoffmann_tuesday.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 10:15",
        re(1044), "Bestätigt, Di 26.5.\n\nP. Hoffmann\n\nGesendet von Outlook für iOS",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip
    yes("by17_berger_plain.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:20", re(1142),
        "Ja, das Telefonat am 6. Mai hat stattgefunden.\n\nMit freundlichen Grüßen\n"
        "U. Berger",
        client="plain", reply="cr-1142", style="thunderbird")  # fmt: skip


def summer() -> None:
    yes("by18_popescu_learner_yahoo.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:55",
        re(1046),
        "Hallo,\nja ich bestätige die Termin am 02.06. war gut, die Übungen mache ich "
        "jeden Tag.\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("by19_richter_iphone_short.eml", 8, (1051,), (), "2026-06-03 20:12", re(1051),
        "Jo, hat geklappt. Danke!\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone",
        note="a yes under our request for 03.06.2026")  # fmt: skip
    yes("by20_neumann_warm.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 16:30", re(1056),
        "Liebe Praxis Impulse,\n\nich bestätige gerne das Telefonat mit der "
        "Krankengymnastik am Dienstag, 7. Juli. Die Schulter ist schon viel beweglicher.\n\n"
        "Herzliche Grüße\nIhre Gisela Neumann",
        client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("by21_neumann_three_days.eml", 9, (1057, 1058, 1059),
        ("2026-07-09", "2026-07-14", "2026-07-16"), "2026-07-17 10:05",
        "Termine 9.7., 14.7. und 16.7.",
        "Guten Tag,\n\ndie Termine am 9.7., 14.7. und 16.7. haben alle stattgefunden. Mein "
        "Enkel hat mir gezeigt, wie man das per Mail schickt.\n\nHerzliche Grüße\n"
        "Gisela Neumann",
        client="plain", note="new mail, three days at once")  # fmt: skip
    yes("by22_brandt_thunderbird_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:48",
        re(1063), "Moin,\n\nbestätigt – 03.07.\n\nGruß Lukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("by23_carter_english_date.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:20",
        re(1069),
        "Hi,\n\nyes, the session on August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("by24_carter_confirmed.eml", 11, (1070,), (), "2026-08-10 19:02", re(1070),
        "Confirmed, thanks :)\n\nSent from my iPhone",
        client="iphone", reply="cr-1070", style="iphone",
        note="an English yes under our request for 10.08.2026")  # fmt: skip
    yes("by25_yildiz_webde_lower.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 17:44",
        re(1075), "hallo ja termin am 5.8 hat statt gefunden lg Fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip


def autumn() -> None:
    yes("by26_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:12",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Hohenzollernring 48, 50672 Köln\nTel. 0221 4471 230 | Fax 0221 4471 239",
        client="outlook", reply="cr-1082", style="outlook",
        note="phone numbers and street number in the signature are not dates")  # fmt: skip
    yes("by27_lehmann_gmail_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:10",
        re(1087), "Bestätigt, Termin am 8.9. hat stattgefunden.\n\nAnna",
        client="gmail", reply="cr-1087", style="gmail", bottom=True)  # fmt: skip
    yes("by28_lehmann_yes_video_trouble.eml", 14, (1091,), ("2026-10-06",), "2026-10-06 15:25",
        re(1091),
        "Hallo,\n\nja, hat stattgefunden (6.10.), aber das Video ist zwischendurch zweimal "
        "eingefroren und wir mussten neu einwählen. Lag das an mir? Falls das nochmal "
        "passiert, können wir dann auch auf Telefon wechseln?\n\nViele Grüße\nAnna Lehmann",
        client="gmail", reply="cr-1091", style="gmail", staff=True,
        extra=("technical", "question"),
        note="confirms 06.10.; a video problem and a question beside the yes")  # fmt: skip
    yes("by29_zimmermann_dialect.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 14:02",
        re(1093), "Hallo,\ndes hat am Mondag 5.10. gut klappt.\nGruß Klaus Zimmermann",
        client="plain", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("by30_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:34",
        re(1098),
        "Hallo,\n\ndie Behandlung gestern Abend (Mi. 7.10.) hat stattgefunden.\n\n"
        "Viele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0611 23 45 67",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, the office one")  # fmt: skip
    yes("by31_jansen_no_date.eml", 17, (1104,), (), "2026-10-22 12:47", re(1104),
        "Hi, ja hat alles geklappt heute, danke!\nOle",
        client="gmail", reply="cr-1104", style="gmail",
        note="a yes under our request for 22.10.2026, 'heute' is no named day")  # fmt: skip
    yes("by32_nowak_plain_date.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 11:03",
        re(1116), "Bestätige den Termin vom 6.11.2026.\n\nD. Nowak",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("by33_hartmann_iphone_first.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 20:30",
        re(1120),
        "Hallo, ja die erste Stunde am 3.11. hat stattgefunden, war echt gut 😊\n\n"
        "Liebe Grüße\nLeonie\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1120", style="iphone")  # fmt: skip


def lookalikes() -> None:
    no("by34_yildiz_cancel_reminder.eml", 12, ("cancellation",), "2026-08-25 11:05",
       "AW: Erinnerung: Ihr Termin am 26.08.2026",
       "Hallo,\nich kann morgen leider nicht, mein Sohn ist krank. Bitte absagen.\n"
       "Danke, Fatma Yıldız",
       client="webde", reply="rem-1078", style="webde",
       note="cancels tomorrow's session under our reminder")  # fmt: skip
    no("by35_zimmermann_reschedule.eml", 15, ("reschedule",), "2026-11-01 12:20",
       "AW: Erinnerung: Ihr Termin am 02.11.2026",
       "Guten Tag,\n\nkönnte man den Termin morgen auf Dienstag verschieben? Ich hab morgen "
       "um 11 einen Arzttermin.\n\nGruß K. Zimmermann",
       client="plain", reply="rem-1097", style="thunderbird")  # fmt: skip
    no("by36_popescu_question_video.eml", 7, ("question", "technical"), "2026-06-13 14:20",
       "AW: Ihr Videotermin am 16.06.2026",
       "Hallo,\nmuss ich für das Video etwas installieren? Geht es auch mit dem Handy oder "
       "brauche ich Laptop?\nDanke\nElena Popescu",
       client="yahoo", reply="vl-1048", style="yahoo",
       note="question about a coming video session")  # fmt: skip
    no("by37_richter_missed.eml", 8, ("question",), "2026-06-18 09:12", re(1053),
       "Hi, ich war gestern leider nicht dabei – hab den Termin komplett verpeilt, sorry! "
       "Fällt da jetzt eine Ausfallgebühr an?\n\nJonas",
       client="iphone", reply="cr-1053", style="iphone",
       note="under our request, but the session of 17.06. did not take place")  # fmt: skip
    no("by38_lehmann_therapist_absent.eml", 14, ("other", "question"), "2026-09-22 15:02",
       re(1089),
       "Hallo,\n\nder Termin heute hat nicht stattgefunden – ich war ab 12:55 im Videoraum und "
       "habe 20 Minuten gewartet, aber es kam niemand. Wie geht es jetzt weiter?\n\n"
       "Viele Grüße\nAnna Lehmann",
       client="gmail", reply="cr-1089", style="gmail",
       note="under our request, the session did not take place")  # fmt: skip
    no("by39_aydin_nobody_called.eml", 22, ("other",), "2026-03-05 14:40", re(1132),
       "Hallo,\nheute hat keiner angerufen. Ich hatte Telefon die ganze Zeit bei mir. Bitte "
       "neue Termin.\nMehmet Aydın",
       client="outlook", reply="cr-1132", style="outlook",
       note="under our request: the phone session of 05.03. did not take place")  # fmt: skip
    no("by40_berger_thanks_reminder.eml", 24, ("other",), "2026-05-12 10:02",
       "AW: Erinnerung: Ihr Termin am 13.05.2026",
       "Danke für die Erinnerung, ich bin morgen um 9 erreichbar.\n\nU. Berger",
       client="plain", reply="rem-1143", style="thunderbird", staff=False,
       note="acknowledges tomorrow's session: nothing to do, nothing to record")  # fmt: skip
    no("by41_carter_reschedule_en.eml", 11, ("reschedule",), "2026-08-23 18:30",
       "Re: Erinnerung: Ihr Termin am 24.08.2026",
       "Hi,\n\nI'm really sorry but I can't make it tomorrow, I'm stuck at a conference in "
       "Hamburg. Could we do Tuesday or Wednesday instead?\n\nThanks,\nEmily",
       client="gmail", reply="rem-1072", style="gmail_en")  # fmt: skip
    no("by42_brandt_question_next.eml", 10, ("question",), "2026-08-06 17:10",
       "AW: Erinnerung: Ihr Termin am 07.08.2026",
       "Moin,\n\nkurze Frage: ist morgen eigentlich der letzte Termin von meinem Rezept? Und "
       "brauche ich ein neues vom Arzt?\n\nGruß Lukas",
       client="thunderbird", reply="rem-1068", style="thunderbird")  # fmt: skip
    no("by43_wagner_attends.eml", 21, ("other",), "2026-02-12 18:45", "Termin Montag",
       "Hallo,\n\nnur kurz zur Info: den Termin am Montag um 9:30 nehme ich wie geplant "
       "wahr.\n\nLG Sophie Wagner",
       client="webde", staff=False,
       note="announces she will attend a coming session: nothing to record or do")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    lookalikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
