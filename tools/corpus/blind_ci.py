"""Write blind set CI: a plain, representative inbox of the whole year, 42 mails.

32 confirmations from the patients in practice.toml as they really answer: mostly short
replies under our request from phones and webmail (with and without the day), some new
mails with the days in the text or subject, several days at once, a few late ones, and a
few with a question, a reschedule or cancellation wish or a technical problem beside the
yes. 10 look-alikes: a cancellation, a reschedule, questions about a coming session, a
missed call, a session cut short, a thank-you for the video code, a reply to a reminder.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ci`.
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

HERE = data_dir("blind_ci")


def replies() -> None:
    yes("ci01_krueger_webde_date.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ci02_becker_iphone_dateless.eml", 2, (1011,), (), "2026-02-05 20:02", re(1011),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1011", style="iphone",
        note="a yes under our request for 05.02.2026")  # fmt: skip
    yes("ci03_demir_gmail_short_date.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:15", re(1019),
        "Hallo,\nich bestätige den Termin vom 4.3. , lief alles gut :)\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("ci05_schulz_mother_heute.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:40", re(1034),
        "Hallo,\n\nMarie hatte heute ihre Stunde, hat alles gut geklappt.\n\n"
        "Viele Grüße\nKatrin Schulz (Mutter)",
        client="thunderbird", reply="cr-1034", style="thunderbird", name="K. Schulz",
        note="the mother confirms her daughter's session of today")  # fmt: skip
    yes("ci06_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 16:05",
        re(1043),
        "Guten Tag,\n\nbeide Termine am 18.05. haben stattgefunden (morgens das Gerätetraining,"
        " mittags die Manuelle).\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05. named: morning KGG and midday MT")  # fmt: skip
    yes("ci07_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:30", re(1046),
        "Hallo,\nja ich hatte die Therapie am 2 Juni , alles gut war. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ci08_richter_iphone_thumbs.eml", 8, (1052,), (), "2026-06-10 21:47", re(1052),
        "Jo, hat stattgefunden 👍\n\nGesendet von iPhone",
        client="iphone", reply="cr-1052", style="iphone",
        note="a yes under our request for 10.06.2026")  # fmt: skip
    yes("ci10_brandt_thunderbird_full.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 18:12",
        re(1064), "Hallo,\n\nbestätige hiermit den Termin am 10.07.2026.\n\nBeste Grüße\nLukas Brandt",
        client="thunderbird", reply="cr-1064", style="thunderbird")  # fmt: skip
    yes("ci11_carter_english.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:30", re(1070, "Re"),
        "Hi,\n\nyes, the session on 10 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ci12_yildiz_lowercase.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00", re(1075),
        "ja hat stattgefunden am 5.8 danke\nfatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("ci13_vogel_corporate.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:40", re(1082),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlung vom 10.09.2026.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt | Fachanwalt für Arbeitsrecht\n"
        "Vogel & Partner Rechtsanwälte mbB\nKönigsallee 48, 40212 Düsseldorf\n"
        "Tel. +49 211 4455 210 | Fax +49 211 4455 299\n\n"
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat"
        " sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("ci15_zimmermann_ja.eml", 15, (1093,), (), "2026-10-06 09:02", re(1093),
        "Ja.\nGruß K. Zimmermann",
        client="plain", reply="cr-1093", style="thunderbird",
        note="a yes under our request for 05.10.2026, a day later")  # fmt: skip
    yes("ci16_schaefer_work_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15", re(1098),
        "Hallo,\n\nder Termin am 07.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "--\nSchäfer Steuerberatung\nLindenstr. 12, 50674 Köln\nTel. 0221 998877-0",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        note="from her second registered address")  # fmt: skip
    yes("ci17_jansen_yes_and_question.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:40",
        re(1104),
        "Hi,\n\nja, der Termin am 22.10. hat stattgefunden.\nKurze Frage noch: muss ich für das"
        " Training zuhause irgendwas besorgen, Theraband oder so? Mein Physio sagte was von"
        " Gewichten.\n\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail", staff=True, extra=("question",),
        note="yes plus a question about equipment")  # fmt: skip
    yes("ci19_nowak_bottom_english.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:20",
        re(1116, "Re"), "Confirmed - the session on Friday 6 Nov took place.\n\nDavid",
        client="plain", reply="cr-1116", style="gmail_en", bottom=True)  # fmt: skip
    yes("ci20_hartmann_yes_video_froze.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:10",
        re(1120),
        "Hallo,\n\nja die Stunde am 3.11. hat stattgefunden. Aber das Bild ist am Anfang"
        " ständig eingefroren, ich hab die Therapeutin kaum gesehen. Liegt das an mir? Kann man"
        " da was einstellen?\n\nLiebe Grüße\nLeonie Hartmann",
        client="webde", reply="cr-1120", style="webde", staff=True, extra=("technical",),
        note="yes, and a video problem to look at")  # fmt: skip
    yes("ci21_wagner_samsung.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:45", re(1124),
        "Hallo ja hat statt gefunden am 12.1.\nLg Sophie\n\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1124", style="samsung")  # fmt: skip
    yes("ci22_aydin_weekday_date.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:00", re(1130),
        "Guten Tag\n\nich bestätige das die Behandlung am Donnerstag 19.02 stattgefunden hat\n\n"
        "MfG\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("ci23_oneill_ordinal.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:10",
        re(1137, "RE"), "Yes, confirmed - had my session on the 21st.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("ci25_krueger_iphone_next_day.eml", 1, (1006,), (), "2026-02-18 07:55", re(1006),
        "Ja hat stattgefunden, Grüße\nS. Krüger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1006", style="iphone",
        note="a yes under our request for 17.02.2026")  # fmt: skip
    yes("ci27_demir_yes_and_reschedule.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 10:40",
        re(1024),
        "ja war heute, danke!\nKönnten wir ab nächster Woche auf 9 Uhr gehen statt halb"
        " neun? Muss die Kleine vorher in die Kita bringen\n\nLG Aylin",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("reschedule",),
        note="yes for today plus a wish to move the later sessions")  # fmt: skip
    yes("ci28_neumann_late_reply.eml", 9, (1062,), ("2026-07-28",), "2026-08-25 10:05", re(1062),
        "Guten Tag,\n\nja, am 28. Juli war die Behandlung. Entschuldigen Sie, dass ich"
        " erst jetzt antworte.\n\nMit freundlichem Gruß\nGisela Neumann",
        client="thunderbird", reply="cr-1062", style="thunderbird",
        note="four weeks late")  # fmt: skip
    yes("ci29_hoffmann_weekday_only.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 11:00",
        re(1044), "Bestätigt, Dienstag hat stattgefunden.\n\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook",
        note="Dienstag = the requested 26.05.2026, written the same day")  # fmt: skip
    yes("ci30_carter_bottom_dateless.eml", 11, (1072,), (), "2026-08-24 17:00", re(1072, "Re"),
        "Yes, it happened, thank you!\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en", bottom=True,
        note="a yes under our request for 24.08.2026")  # fmt: skip
    yes("ci31_lehmann_yes_prescription.eml", 14, (1091,), (), "2026-10-06 18:20", re(1091),
        "Ja, hat stattgefunden, danke.\nDas war aber glaube ich die letzte auf meinem Rezept."
        " Brauche ich für weitere Termine ein neues, und schicke ich das Ihnen per Post?\n\n"
        "Viele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1091", style="thunderbird", staff=True,
        extra=("question",), note="dateless yes under our request plus a prescription question")  # fmt: skip
    yes("ci32_wagner_yes_and_cancel.eml", 21, (1126,), ("2026-01-26",), "2026-01-26 12:00", re(1126),
        "Ja, 26.1. war.\nNächsten Montag kann ich leider nicht, hab Spätschicht. Bitte absagen,"
        " danke!\nSophie",
        client="samsung", reply="cr-1126", style="samsung", staff=True, extra=("cancellation",),
        note="yes for 26.01. plus a cancellation of the next Monday")  # fmt: skip


def new_mails() -> None:
    yes("ci04_wolff_three_days_new.eml", 4, (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-02-01 11:20", "Bestätigung Termine Januar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen Behandlungen"
        " am 16.01., 23.01. und 30.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("ci09_neumann_two_days_late.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-20 10:00", "Behandlungen",
        "Guten Tag,\n\nich wollte noch bestätigen, dass die Behandlungen am 7. und 9. Juli"
        " stattgefunden haben. Entschuldigung für die Verspätung, ich war bei meiner Tochter"
        " in Hamburg.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", note="two days confirmed eleven days later")  # fmt: skip
    yes("ci14_lehmann_date_in_subject.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 19:00",
        "Bestätigung 15.09.",
        "Hallo liebes Praxisteam,\n\ndie Videositzung heute hat stattgefunden, danke!\n\nAnna",
        client="gmail", note="the day in the subject, 'heute' in the text")  # fmt: skip
    yes("ci18_koch_two_days.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 09:30", "Termine",
        "Hallo,\nbestätige die Termine vom 23.3. und 25.3.\nGruß Renate Koch",
        client="tonline")  # fmt: skip
    yes("ci24_berger_three_days_weeks_late.eml", 24, (1142, 1143, 1144),
        ("2026-05-06", "2026-05-13", "2026-05-20"), "2026-06-15 10:00", "Bestätigung",
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich, dass ich am 6. Mai, 13. Mai und"
        " 20. Mai 2026 telefonisch behandelt wurde.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="plain", note="three May sessions, weeks later")  # fmt: skip
    yes("ci26_becker_three_days_billing.eml", 2, (1014, 1015, 1016),
        ("2026-02-16", "2026-02-19", "2026-02-23"), "2026-02-24 08:00", "MT Februar",
        "Hallo,\n\nfür die Abrechnung: MT am 16.02., 19.02. und 23.02. haben stattgefunden.\n\n"
        "Gruß T. Becker",
        client="webde")  # fmt: skip


def look_alikes() -> None:
    no("ci33_wagner_sick_reminder.eml", 21, ("cancellation",), "2026-02-08 18:00",
       reminder_subject(1128),
       "Hallo, ich bin leider krank geworden und muss morgen absagen. Melde mich wegen neuem"
       " Termin.\nLg Sophie",
       client="samsung", reply="rem-1128", style="samsung",
       note="cancels the session of 09.02. in reply to the reminder")  # fmt: skip
    no("ci34_zimmermann_nobody_called.eml", 15, ("other",), "2026-10-19 13:30", re(1095),
       "Da hat heute keiner angerufen. Ich war den ganzen Vormittag zu Hause am Telefon.\n"
       "K. Zimmermann",
       client="plain", reply="cr-1095", style="thunderbird",
       note="the phone session of 19.10. did not take place")  # fmt: skip
    no("ci35_richter_thanks_code.eml", 8, ("other",), "2026-06-14 17:00", video_link_subject(1053),
       "Danke, Code ist angekommen. Bis Mittwoch!\n\nGesendet von iPhone",
       client="iphone", reply="vl-1053", style="iphone", staff=False,
       note="a thank-you for the video code before the session")  # fmt: skip
    no("ci36_yildiz_phone_or_video.eml", 12, ("question",), "2026-08-30 19:15", "Termin 2.9.",
       "Hallo, findet der Termin am 2.9. wieder per Telefon statt oder jetzt per Video? Und"
       " rufen Sie mich auf dem Handy an?\nDanke Fatma Yildiz",
       client="webde", note="a question about a coming session")  # fmt: skip
    no("ci37_jansen_move_tomorrow.eml", 17, ("reschedule",), "2026-11-04 11:00",
       reminder_subject(1106),
       "Hallo,\n\nkönnen wir den Termin morgen auf Freitag verschieben? Hab kurzfristig einen"
       " Arzttermin bekommen.\n\nGruß Ole",
       client="gmail", reply="rem-1106", style="gmail")  # fmt: skip
    no("ci38_aydin_missed_call.eml", 22, ("other",), "2026-03-12 16:00", re(1133),
       "Nein, der Termin hat heute nicht stattgefunden, ich hatte mein Handy nicht dabei und"
       " habe den Anruf verpasst. Entschuldigung.\nMehmet Aydin",
       client="outlook", reply="cr-1133", style="outlook",
       note="a missed session, not a confirmation")  # fmt: skip
    no("ci39_berger_reminder_ja.eml", 24, ("other",), "2026-06-02 10:30", reminder_subject(1146),
       "Ja, ich bin morgen um 9 Uhr erreichbar.\nU. Berger",
       client="plain", reply="rem-1146", style="thunderbird", staff=False,
       note="says she will be there tomorrow; nothing took place yet, nothing to do")  # fmt: skip
    no("ci40_vogel_cancel_thursday.eml", 13, ("cancellation",), "2026-09-21 07:45",
       "Absage Termin 24.09.",
       "Sehr geehrte Damen und Herren,\n\nden Termin am Donnerstag, 24.09., muss ich leider"
       " absagen (Gerichtstermin).\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n"
       "Vogel & Partner Rechtsanwälte mbB",
       client="outlook")  # fmt: skip
    no("ci41_schaefer_cut_short.eml", 16, ("question", "technical"), "2026-10-28 21:00",
       re(1101),
       "Hallo,\n\nder Termin heute ging nur ca. 10 Minuten, dann ist die Verbindung abgebrochen"
       " und ich bin nicht mehr reingekommen. Soll ich das trotzdem bestätigen?\n\n"
       "Viele Grüße\nBirgit Schäfer",
       client="webde", reply="cr-1101", style="webde",
       note="the session of 28.10. broke off after ten minutes; staff decide")  # fmt: skip
    no("ci42_popescu_app_question.eml", 7, ("question",), "2026-06-13 12:00",
       video_link_subject(1048),
       "Hallo,\nmuss ich für den Termin am 16.6. eine App runterladen oder geht es so im"
       " Handy? Danke\nElena Popescu",
       client="yahoo", reply="vl-1048", style="yahoo",
       note="a question before the coming video session")  # fmt: skip


def main() -> None:
    load_practice()
    replies()
    new_mails()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
