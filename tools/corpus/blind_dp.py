"""Write blind set DP: a plain inbox of the whole year, written mostly by patients whose
first language is not German (Turkish, Polish, Romanian, Russian-German and English
speakers, some children writing for their parents), with their own word order, articles,
greetings and date habits (13.XI.2026, 8/17, 14/04, "2 iunie"). 44 mails: 33 confirm at
least one session, one "confirms" a cancelled day, and ten look-alikes (cancellations,
reschedule wishes, a question about a coming session, a missed call, a technical problem,
a reply to a reminder, a question under our request).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dp`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_dp")


def turkish() -> None:
    # Aylin Demir (3): video KG Wednesdays 08:30; 01.04 cancelled.
    yes("dp01_demir_merhaba.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:30", re(1019, "Re"),
        "Merhaba,\n\nja der Termin am 04.03 ist statt gefunden. Danke schön\n\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("dp02_demir_two_days.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-19 21:40", "Bestätigung Termine",
        "Hallo Praxis Impulse,\n\nich bestätige die Termine 11.03.2026 und 18.03.2026, beide"
        " hat stattgefunden mit Video.\nEntschuldigung für späte Antwort, Kinder waren krank.\n\n"
        "Liebe Grüße\nAylin Demir",
        client="gmail")  # fmt: skip
    no("dp03_demir_son_sick.eml", 3, ("reschedule",), "2026-04-07 09:00", rem(1024, "Re"),
       "Guten Morgen,\nmorgen ich kann nicht, mein Sohn hat Fieber und ich muss bei ihm"
       " bleiben. Können wir andere Tag machen? Freitag geht vielleicht\n\nAylin",
       client="gmail", reply="rem-1024", style="gmail",
       note="reply to the reminder: asks to move 08.04 elsewhere")  # fmt: skip
    yes("dp04_demir_next_when.eml", 3, (1022,), ("2026-03-25",), "2026-04-02 18:15",
        "Termin 25.03",
        "Hallo,\nich habe vergessen zu schreiben: am 25.03 Behandlung hat stattgefunden.\n"
        "Am 01.04 war abgesagt. Ist der Termin am 8.4 noch normal oder auch abgesagt?\n\n"
        "Danke, Aylin Demir",
        client="gmail", staff=True, extra=("question",),
        note="confirms 25.03; asks whether the coming session stands")  # fmt: skip
    no("dp05_demir_tamam_reminder.eml", 3, ("other",), "2026-04-21 09:30", rem(1026, "Re"),
       "Tamam, ich bin morgen da. Danke für Erinnerung",
       client="gmail", reply="rem-1026", style="gmail", staff=False,
       note="reply to the reminder: will attend, nothing to confirm or do")  # fmt: skip

    yes("dp42_demir_nisan.eml", 3, (1025,), ("2026-04-15",), "2026-04-15 11:40", re(1025, "Re"),
        "Ja 15 Nisan (April) Termin hat stattgefunden, teşekkür ederim\n\nAylin",
        client="gmail", reply="cr-1025", style="gmail", bottom=True,
        note="bottom-posted; Turkish month name")  # fmt: skip

    # Fatma Yıldız (12): phone KG Wednesdays 10:30; 19.08 cancelled; daughter helps.
    yes("dp06_yildiz_daughter.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 16:00",
        re(1075, "Aw"),
        "Hallo,\n\nich schreibe für meine Mutter Fatma Yıldız, sie kann nicht so gut Deutsch"
        " schreiben. Die Behandlung am Telefon am 05.08.2026 hat stattgefunden.\n\n"
        "Viele Grüße\nElif Yıldız (Tochter)",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("dp07_yildiz_tamam.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 13:05", re(1076),
        "tamam ja gemacht 12.08 teşekkürler\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1076", style="samsung")  # fmt: skip
    no("dp08_yildiz_cancelled_day.eml", 12, ("confirmation",), "2026-08-20 11:20",
       "Termin", "Hallo\n19.08 Termin telefon gemacht, bestätige\nFatma Yıldız",
       client="webde", dates=("2026-08-19",),
       note="19.08 was cancelled: claims a session on a cancelled day")  # fmt: skip
    yes("dp09_yildiz_mama_both.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-03 20:10", "Bestätigung für Fatma Yıldız",
        "Guten Abend,\n\nMama sagt beide Termine am 26.8. und 2.9. waren, alles hat"
        " geklappt mit dem Anruf.\n\nLG Elif",
        client="webde")  # fmt: skip

    # Mehmet Aydın (22): phone KG Thursdays 12:30.
    yes("dp10_aydin_formal.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 18:30", re(1130),
        "Sehr geehrte Damen und Herren,\n\nhiermit ich bestätige, das die Behandlung am"
        " 19.02.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nMehmet Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("dp11_aydin_short.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 14:45", re(1131),
        "Ja war gut 26.2 danke",
        client="samsung", reply="cr-1131", style="samsung")  # fmt: skip
    no("dp12_aydin_work.eml", 22, ("reschedule",), "2026-03-11 19:00", rem(1133),
       "Hallo\n\nmorgen 12:30 ich bin noch auf Arbeit, Pause ist erst 13 Uhr. Kann"
       " Therapeut um 13 Uhr anrufen? Sonst bitte andere Termin.\n\nMehmet",
       client="outlook", reply="rem-1133", style="outlook",
       note="asks to move tomorrow's call")  # fmt: skip
    yes("dp13_aydin_late_four.eml", 22, (1132, 1133, 1134, 1135),
        ("2026-03-05", "2026-03-12", "2026-03-19", "2026-03-26"), "2026-04-20 08:50",
        "Bestätigung März",
        "Guten Tag,\n\nich habe vergessen zu bestätigen, Entschuldigung. Termine 5.3, 12.3,"
        " 19.3 und 26.3 waren alle, Therapeut hat jedes Mal angerufen.\n\nMfG Mehmet Aydın",
        client="outlook", note="weeks late, four days at once")  # fmt: skip


def eastern() -> None:
    # David Nowak (19): video MT Fridays 08:00.
    yes("dp14_nowak_potwierdzam.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00",
        re(1116, "Re"),
        "Dzień dobry,\n\npotwierdzam - ja, die Behandlung am 6.11.2026 hat stattgefunden.\n\n"
        "Pozdrawiam\nDavid Nowak",
        client="thunderbird", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("dp15_nowak_roman_month.eml", 19, (1117,), ("2026-11-13",), "2026-11-14 09:10",
        "Termin 13.XI.2026",
        "Guten Tag,\n\nTermin MT am 13.XI.2026 war ok, hat stattgefunden.\n\nD. Nowak",
        client="thunderbird", note="Polish month in Roman numerals")  # fmt: skip
    no("dp16_nowak_business_trip.eml", 19, ("cancellation",), "2026-11-17 07:40",
       "Absage 20.11",
       "Guten Morgen,\n\nam 20.11 ich kann nicht, ich habe Dienstreise nach Warschau."
       " Bitte den Termin absagen. 27.11 bin ich wieder da.\n\nPozdrawiam\nDavid Nowak",
       client="thunderbird", note="cancels a coming session")  # fmt: skip
    yes("dp17_nowak_yes_bottom.eml", 19, (1119,), (), "2026-11-27 12:00", re(1119, "Re"),
        "Yes, it took place. / Ja, hat stattgefunden.\n\nDavid",
        client="thunderbird", reply="cr-1119", style="thunderbird", bottom=True,
        note="bottom-posted yes under our request, no day")  # fmt: skip

    # Elena Popescu (7): video KG Tuesdays 11:00.
    yes("dp18_popescu_iunie.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:00",
        re(1046, "Re"),
        "Buna ziua,\n\nda, die Therapie am 2 iunie (2. Juni) hat stattgefunden, alles gut"
        " mit Video.\n\nMultumesc,\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    no("dp19_popescu_black_screen.eml", 7, ("technical",), "2026-06-09 10:50", vl(1047),
       "Hallo, ich bin in Link aber ich sehe nur schwarze Bild und kein Ton. Was muss ich"
       " machen?? Termin ist in 10 Minuten\nElena",
       client="yahoo", reply="vl-1047", style="yahoo",
       note="video does not work, before the session")  # fmt: skip
    yes("dp43_popescu_camera.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 13:20",
        re(1047, "Re"),
        "Buna ziua,\nja, 09.06.2026 Behandlung war. Am Anfang Kamera ging nicht, dann mit"
        " Handy alles gut, wir haben ganze Zeit gemacht.\nElena",
        client="yahoo", reply="cr-1047", style="yahoo",
        note="early camera trouble, but the session took place in full")  # fmt: skip
    yes("dp20_popescu_two.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-24 08:30", "Bestätigung",
        "Guten Tag,\n\nich bestätige die Behandlung vom 16.06 und vom 23.06.\n\n"
        "Mit freundliche Grüße\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("dp21_popescu_rezept.eml", 7, (1050,), (), "2026-06-30 14:10", re(1050, "Re"),
        "Ja, hat stattgefunden, danke. Brauche ich neue Rezept für weiter? Mein Rücken ist noch nicht"
        " gut. Bitte sagen Sie mir\n\nElena",
        client="yahoo", reply="cr-1050", style="yahoo", staff=True, extra=("question",),
        note="yes under our request, no day, plus a question")  # fmt: skip

    # Ursula Berger (24): phone KG Wednesdays 09:00; Russian-German.
    yes("dp22_berger_s_uvazheniem.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:00",
        re(1142),
        "Guten Tag!\n\nIch bestätige, Behandlung 06.05.2026 war.\n\nС уважением,\n"
        "Ursula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("dp23_berger_son.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 19:30", "Termine von Frau Berger",
        "Hallo,\n\nhier schreibt Sohn von Frau Ursula Berger. Mama hat gesagt, Termine am"
        " 13.05. und 20.05. waren, alles gut, Therapeutin hat angerufen.\n\nGruß\nWaldemar Berger",
        client="thunderbird")  # fmt: skip
    no("dp24_berger_new_number.eml", 24, ("question",), "2026-06-02 10:00", rem(1146),
       "Guten Tag!\n\nWer ruft mich morgen an? Ich habe neue Handynummer: 0176 4412 9087."
       " Bitte auf diese Nummer anrufen, Festnetz ist kaputt.\n\nС уважением,\nU. Berger",
       client="thunderbird", reply="rem-1146", style="thunderbird",
       note="new phone number for tomorrow's call")  # fmt: skip

    yes("dp44_berger_god.eml", 24, (1147,), ("2026-06-10",), "2026-06-11 09:30", re(1147),
        "Guten Tag!\n\nBehandlung am Telefon 10.06.26 г. hat stattgefunden. Vielen Dank"
        " für Ihre Hilfe.\n\nС уважением,\nUrsula Berger",
        client="thunderbird", reply="cr-1147", style="thunderbird",
        note="Russian year abbreviation after the date")  # fmt: skip

    # Renate Koch (18): phone KG Mon/Wed 15:00; 15.04 already confirmed.
    yes("dp25_koch_spasibo.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:20", re(1109),
        "Zdrawstwujte,\nja, Gymnastik am Telefon 23.03 war. Spasibo!\nR. Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("dp26_koch_hospital.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-10 12:00", "Bestätigung",
        "Guten Tag,\n\n30.03 und 01.04 Behandlung war, ich bestätige. 08.04 war nicht, ich"
        " war im Krankenhaus, konnte nicht ans Telefon gehen.\n\nRenate Koch",
        client="tonline", staff=True,
        note="08.04 did not take place; only 30.03 and 01.04 confirmed")  # fmt: skip


def english() -> None:
    # Emily Carter (11): video KG Mondays 12:00.
    yes("dp27_carter_yes.eml", 11, (1069,), (), "2026-08-03 15:20", re(1069, "Re"),
        "Hi,\n\nyes confirmed, the session took place. Thanks so much!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("dp28_carter_us_dates.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 09:45", "sessions 8/10 and 8/17",
        "Hello,\n\njust confirming my sessions on 8/10 and 8/17 both happened.\n\n"
        "Best,\nEmily Carter",
        client="gmail", note="US month/day dates")  # fmt: skip
    yes("dp29_carter_deutsch.eml", 11, (1072,), ("2026-08-24",), "2026-08-25 08:10",
        re(1072, "Re"),
        "Hallo, ich bestätige die Termin von 24. August, er hat stattgefunden. Sorry my German"
        " is not so good :)\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip
    no("dp30_carter_tuesday.eml", 11, ("reschedule",), "2026-09-06 18:00", rem(1074, "Re"),
       "Hi there,\n\nI have a doctor's appointment tomorrow at noon. Could we do the session"
       " on Tuesday Sept 8 instead, same time? Let me know.\n\nThanks,\nEmily",
       client="gmail", reply="rem-1074", style="gmail_en",
       note="asks to move tomorrow's session")  # fmt: skip

    # James O'Neill (23): phone MT Tuesdays 19:30.
    yes("dp31_oneill_british.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:30",
        re(1136, "RE"),
        "Confirmed, 14/04 session went ahead.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en",
        note="British day/month date")  # fmt: skip
    no("dp32_oneill_missed.eml", 23, ("reschedule",), "2026-04-22 09:15", "missed call",
       "Hi,\n\nsorry, I missed the call on the 21st - I was stuck in a meeting and my phone"
       " was on silent. Is it possible to make up the session another evening this week?\n\n"
       "Kind regards,\nJames O'Neill",
       client="outlook", note="21.04 did not take place; asks for a make-up session")  # fmt: skip
    yes("dp33_oneill_two.eml", 23, (1138, 1139), ("2026-04-28", "2026-05-05"),
        "2026-05-06 07:55", "Sessions",
        "Morning,\n\njust to confirm that the sessions on 28th April and 5th May both took"
        " place.\n\nThanks,\nJames",
        client="outlook")  # fmt: skip


def others() -> None:
    # Gisela Neumann (9): phone KG Tue/Thu 09:00; granddaughter writes.
    yes("dp34_neumann_enkelin.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 17:30", "Oma Gisela Neumann",
        "Hallo,\n\nich bin die Enkelin von Gisela Neumann. Oma sagt, die Anrufe am 7.7. und"
        " 9.7. haben stattgefunden und es tut ihr gut.\n\nViele Grüße\nJana",
        client="plain")  # fmt: skip
    no("dp35_neumann_nobody_called.eml", 9, ("other",), "2026-07-21 10:15", "Anruf heute",
       "Guten Tag,\n\nheute um 9 hat keiner angerufen. Ich habe bis halb zehn gewartet."
       " Was ist passiert?\n\nGisela Neumann",
       client="plain", note="session did not take place")  # fmt: skip

    # Anna Lehmann (14): video KG Tuesdays 13:00; does not understand our request.
    no("dp36_lehmann_what_to_do.eml", 14, ("question",), "2026-09-08 19:00", re(1087),
       "Guten Tag,\n\nwas muss ich hier machen? Ich verstehe nicht ganz diese Mail. Bitte"
       " rufen Sie mich an.\n\nAnna Lehmann",
       client="thunderbird", reply="cr-1087", style="thunderbird",
       note="question under our request, no yes")  # fmt: skip

    # Native speakers, as in any inbox.
    yes("dp37_krueger_short.eml", 1, (1003,), (), "2026-01-27 12:05", re(1003, "Aw"),
        "Hallo, ja, fand statt. Grüße S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("dp38_hoffmann_both_may18.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:00",
        "Termine 18.05.",
        "Guten Abend,\n\nbeide Termine am 18.05. (morgens KG am Gerät, mittags Manuelle"
        " Therapie) haben stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook")  # fmt: skip
    yes("dp39_hartmann_thumbs.eml", 20, (1120,), (), "2026-11-03 19:02", re(1120, "Re"),
        "jaa hat geklappt 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1120", style="iphone")  # fmt: skip
    yes("dp40_richter_mittwoch.eml", 8, (1051,), ("2026-06-03",), "2026-06-04 08:00",
        re(1051, "Re"),
        "Guten Morgen,\n\nMT am Mittwoch 3.6. hat stattgefunden.\n\nJonas",
        client="apple", reply="cr-1051", style="iphone")  # fmt: skip
    yes("dp41_wolff_late_three.eml", 4, (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-03-02 10:30",
        "Bestätigung Behandlungen Januar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen"
        " Behandlungen vom 16.01., 23.01. und 30.01.2026. Bitte entschuldigen Sie die"
        " Verspätung.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="weeks late")  # fmt: skip


def main() -> None:
    load_practice()
    turkish()
    eastern()
    english()
    others()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
