"""Write blind set FP: a plain inbox of the whole year written mostly by patients whose
first language is not German (Turkish, Polish, Romanian, Russian and English speakers,
learners' German with wrong word order and articles, words of their own language mixed in,
dates written as at home, children and grandchildren writing for a parent). 43 mails: 34
meant as confirmations, 33 of which confirm at least one session (one confirms a day and
reports a failed video on another, one adds a question); one confirms a cancelled day, and
9 more look-alikes: cancellations, reschedule wishes, questions about a coming session,
missed sessions, replies to reminders and video links.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fp`.
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

HERE = data_dir("blind_fp")


def turkish() -> None:
    # Aylin Demir (3), video KG on Wednesdays 08:30; 01.04 cancelled
    yes("fp01_demir_heute.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:40", re(1019),
        "Hallo,\nja Termin war heute 04.03 hat stattgefunden.\nDanke schön\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("fp02_demir_zwei.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"), "2026-03-19 20:10",
        "Bestätigung Termine",
        "Guten Abend,\n\nich bestätige die Termine 11.03.2026 und 18.03.2026 die beide statt"
        " gefunden haben.\nEntschuldigung für späte Antwort, ich hatte viel Arbeit.\n\n"
        "LG Aylin Demir\n\nVon meinem iPhone gesendet",
        client="iphone")  # fmt: skip
    yes("fp03_demir_kurz.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 10:20", re(1022),
        "merhaba, termin 25.03 war gut, danke!",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    no("fp04_demir_sohn_krank.eml", 3, ("cancellation",), "2026-04-07 09:00",
       reminder_subject(1024),
       "Hallo,\nmorgen ich kann nicht kommen zu Video, mein Sohn ist krank und hat Fieber."
       "\nBitte Termin absagen. Nächste Woche ich bin wieder da.\nAylin Demir",
       client="gmail", reply="rem-1024", style="gmail",
       note="cancels tomorrow's session (08.04) under our reminder")  # fmt: skip

    # Mehmet Aydın (22), phone KG on Thursdays 12:30
    yes("fp05_aydin_tochter.eml", 22, (1130,), ("2026-02-19",), "2026-02-20 18:30", re(1130),
        "Guten Tag,\n\nich schreibe für meinen Vater Mehmet Aydın, er kann nicht so gut Deutsch"
        " schreiben.\nDie Behandlung am Telefon am 19.02.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nElif Aydın",
        client="outlook", reply="cr-1130", style="outlook",
        note="the daughter confirms for her father from his address")  # fmt: skip
    yes("fp06_aydin_tesekkur.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 15:02", re(1131),
        "Merhaba ja 26.2 Telefon termin war. tesekkürler\nMehmet\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1131", style="samsung")  # fmt: skip
    yes("fp07_aydin_beide.eml", 22, (1132, 1133), ("2026-03-05", "2026-03-12"),
        "2026-03-13 08:40", "Termine",
        "Hallo Praxis\ntermin 05.03. und 12.03. beide gemacht am telefon mit frau therapeutin."
        "\ngruss Mehmet Aydin",
        client="samsung")  # fmt: skip
    no("fp08_aydin_niemand_angerufen.eml", 22, ("question",), "2026-03-19 14:20", re(1134),
       "Hallo,\nheute 19.03 telefon hat nicht geklingelt. Ich habe gewartet von 12.30 bis 13"
       " uhr, niemand hat angerufen. Was ist passiert? Bekomme ich neue Termin?\nMehmet Aydın",
       client="samsung", reply="cr-1134", style="samsung",
       note="the session did not take place: nobody called")  # fmt: skip

    # Fatma Yıldız (12), phone KG on Wednesdays 10:30; 19.08 cancelled
    yes("fp09_yildiz_heute.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:30", re(1075),
        "Sehr geehrte Damen und Herren,\n\nheute 05.08.2026 Telefon Therapie hat stattgefunden."
        "\n\nVielen Dank\nFatma Yildiz",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("fp10_yildiz_sohn_uebungen.eml", 12, (1076,), ("2026-08-12",), "2026-08-13 19:20",
        re(1076),
        "Hallo,\n\nhier ist Emre, der Sohn von Fatma Yıldız. Meine Mutter sagt die Behandlung am"
        " Mittwoch 12.8. war gut und hat stattgefunden.\nSie fragt, soll sie die Übungen mit dem"
        " Handtuch jeden Tag machen oder nur 3 mal in der Woche? Ihr Knie tut noch weh"
        " morgens.\n\nDanke und Gruß\nEmre Yıldız",
        client="webde", reply="cr-1076", style="webde", staff=True, extra=("question",),
        note="confirms 12.08 and asks how often to do the exercises")  # fmt: skip
    no("fp11_yildiz_abgesagt.eml", 12, ("question",), "2026-08-19 11:15", "Termin 19.08",
       "Hallo,\nheute 19.08 Termin ist abgesagt oder? Niemand hat angerufen, ich war zu Hause"
       " und gewartet. Bitte sagen Sie mir wann ist nächste Termin.\nFatma Yıldız",
       client="webde",
       note="asks about today's (cancelled) session; nothing took place")  # fmt: skip
    yes("fp12_yildiz_ve.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"), "2026-09-02 14:00",
        "Bestätigung",
        "Merhaba,\n26.08 ve 02.09 Termine haben stattgefunden, beide mit Telefon.\n"
        "Danke schön\nFatma",
        client="webde", note="'ve' is Turkish 'and'")  # fmt: skip


def eastern() -> None:
    # Elena Popescu (7), video KG on Tuesdays 11:00
    yes("fp13_popescu_buna.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:10", re(1046),
        "Buna ziua - sorry, Guten Tag!\n\nIch bestätige dass die Behandlung am 02.06.2026 war."
        " Video hat gut funktioniert, auch mit die Ton.\n\nMultumesc\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("fp14_popescu_iunie.eml", 7, (1047,), ("2026-06-09",), "2026-06-10 07:45", re(1047),
        "Hallo, ja war, 9 iunie. Danke\nElena",
        client="yahoo", reply="cr-1047", style="yahoo", bottom=True,
        note="Romanian month name: 9 June, under our request for 09.06")  # fmt: skip
    no("fp15_popescu_kamera.eml", 7, ("question", "technical"), "2026-06-20 19:00",
       video_link_subject(1049),
       "Hallo,\nich habe eine Frage für Termin am 23.06, ich brauche Kamera von Laptop oder"
       " geht auch mit Handy? Mein Laptop ist kaputt seit gestern.\nDanke\nElena Popescu",
       client="yahoo", reply="vl-1049", style="yahoo",
       note="a question about a coming video session")  # fmt: skip
    yes("fp16_popescu_vergessen.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-29 21:00", "Bestätigung Juni",
        "Hallo,\n\nich habe vergessen zu schreiben. Termine 16.6. und 23.6. waren beide statt."
        "\nEntschuldigung!\n\nElena Popescu",
        client="yahoo")  # fmt: skip
    no("fp17_popescu_arzt.eml", 7, ("reschedule",), "2026-06-29 12:00", reminder_subject(1050),
       "Buna ziua,\n30.06 ich habe Termin bei Frauenarzt um 10.30, das wird knapp. Kann man"
       " machen am 01.07 oder 02.07 gleiche Uhrzeit? Danke\nElena",
       client="yahoo", reply="rem-1050", style="yahoo",
       note="wants to move tomorrow's session")  # fmt: skip

    # David Nowak (19), video MT on Fridays 08:00
    yes("fp18_nowak_pozdrawiam.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:05", re(1116),
        "Dzień dobry / Guten Tag,\n\nBehandlung von 06.11.2026 hat stattgefunden.\n\n"
        "Pozdrawiam / Mit freundlichen Grüßen\nDavid Nowak",
        client="thunderbird", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("fp19_nowak_i.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"), "2026-11-21 09:30",
        "Termine November",
        "Hallo,\n\nbestätige ich die Termine vom 13.11 i 20.11, beide Manuelle Therapie per"
        " Video, alles ok.\n\nDavid",
        client="thunderbird", note="'i' is Polish 'and'")  # fmt: skip
    no("fp20_nowak_verschlafen.eml", 19, ("question",), "2026-11-27 11:00", re(1119),
       "Guten Tag,\nheute 27.11 ich war nicht da beim Video, ich habe verschlafen, przepraszam,"
       " sorry. Muss ich das bezahlen?\nDavid Nowak",
       client="thunderbird", reply="cr-1119", style="thunderbird",
       note="missed the session; asks whether he must pay")  # fmt: skip

    # Gisela Neumann (9), phone KG Tuesdays and Thursdays 09:00
    yes("fp21_neumann_zwei.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 11:30", "Bestätigung",
        "Guten Tag!\n\nIch bestätige Telefon Behandlung 07.07.2026 und 09.07.2026. Alles war"
        " gut, Rücken ist schon bisschen besser.\n\nMit Gruß\nGisela Neumann")  # fmt: skip
    yes("fp22_neumann_enkel.eml", 9, (1058,), ("2026-07-14",), "2026-07-14 17:00", re(1058),
        "Hallo,\n\nich schreibe für meine Oma Gisela Neumann, sie hat kein Handy mit Mail.\n"
        "Die Telefon-Behandlung vom 14.7. hat stattgefunden.\n\nGruß Artjom",
        client="gmail", reply="cr-1058", style="gmail")  # fmt: skip
    yes("fp23_neumann_drei.eml", 9, (1059, 1060, 1061), ("2026-07-16", "2026-07-21",
        "2026-07-23"), "2026-07-24 10:00", "Behandlungen",
        "Guten Tag,\nBehandlungen 16.07., 21.07. und 23.07. waren alle. Nächste Woche 28.07"
        " ich bin auch da am Telefon.\nGisela Neumann",
        note="28.07 is a coming session")  # fmt: skip

    # Sophie Wagner (21), video KG Mondays 09:30; 02.02 cancelled
    yes("fp24_wagner_abgesagter.eml", 21, (), (), "2026-02-03 08:50", "Bestätigung 02.02.2026",
        "Hallo,\n\nhiermit bestätige ich Termin von 02.02.2026.\n\nViele Grüße\nSophie Wagner",
        client="webde", staff=True,
        note="confirms 02.02, which was cancelled: nothing to record")  # fmt: skip


def english() -> None:
    # Emily Carter (11), video KG Mondays 12:00
    yes("fp25_carter_3rd.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:40", re(1069),
        "Hi,\n\nyes the session on 3rd August took place. Sorry my German is not so good yet!"
        "\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("fp26_carter_us_date.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 16:00", re(1070),
        "Hallo! Ich bestätige, die Behandlung am 08/10 hat stattgefunden. (I mean 10 August,"
        " sorry for the American format)\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en",
        note="US date 08/10 explained as 10 August")  # fmt: skip
    yes("fp27_carter_two_late.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-09-01 09:00", "Confirming my sessions",
        "Hi there,\n\nI just realised I never replied for the last two sessions - Aug 17 and"
        " Aug 24 both happened as planned.\n\nBest,\nEmily Carter",
        client="gmail")  # fmt: skip
    no("fp28_carter_move.eml", 11, ("reschedule",), "2026-09-04 12:00", video_link_subject(1074),
       "Hi,\n\ncould we move the session on 7 September to the afternoon? I have a meeting at"
       " noon that I can't skip. Maybe 3pm?\n\nThanks,\nEmily",
       client="gmail", reply="vl-1074", style="gmail_en")  # fmt: skip

    # James O'Neill (23), phone MT Tuesdays 19:30
    yes("fp29_oneill_manual.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:10", re(1136),
        "Hello,\n\nconfirming that my Manual Therapy session on 14/04/2026 took place.\n\n"
        "Kind regards,\nJames O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("fp30_oneill_das_termin.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 07:55",
        re(1137),
        "Hallo,\nja, das Termin hat stattgefunden, am 21. April. Danke schon!\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("fp31_oneill_done.eml", 23, (1138,), (), "2026-04-28 21:45", re(1138),
        "Yes, done. Thanks\n\nSent from my iPhone",
        client="iphone", reply="cr-1138", style="iphone",
        note="a yes under our request for 28.04 with no day of its own")  # fmt: skip
    no("fp32_oneill_dublin.eml", 23, ("cancellation",), "2026-05-11 20:00",
       reminder_subject(1140),
       "Hi,\n\nI won't be able to do tomorrow's session, I'm flying to Dublin for a family"
       " thing. Please cancel it. The week after as normal.\n\nCheers,\nJames",
       client="iphone", reply="rem-1140", style="iphone")  # fmt: skip

    # Ole Jansen (17), video KGG Thursdays 10:00
    yes("fp33_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:00", re(1104),
        "Moin, 22.10 done, thx! Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip


def others() -> None:
    # Thomas Becker (2), phone MT
    yes("fp34_becker_kurz.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:55", re(1010),
        "Hat stattgefunden, 02.02.\nGruß T. Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    # Hans-Jürgen Wolff (4), phone KG Fridays
    yes("fp35_wolff_fand_statt.eml", 4, (1030,), ("2026-01-30",), "2026-01-30 16:30", re(1030),
        "Termin 30.1.26 fand statt.\nH.-J. Wolff",
        client="tonline", reply="cr-1030", style="tonline")  # fmt: skip
    # Renate Koch (18), phone KG
    yes("fp36_koch_23_3.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:30", re(1109),
        "Guten Tag,\ndie Behandlung am 23.3. hat stattgefunden.\nMfG Renate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    # Ursula Berger (24), phone KG
    yes("fp37_berger_ja.eml", 24, (1142,), (), "2026-05-06 11:00", re(1142),
        "ja hat stattgefunden",
        reply="cr-1142", style="thunderbird",
        note="a yes under our request for 06.05")  # fmt: skip
    # Peter Hoffmann (6): two sessions on 18.05
    yes("fp38_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:00",
        "Termine 18.05.",
        "Hallo,\n\nbeide Termine am 18.05. (Gerät früh und MT mittags) haben stattgefunden.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", note="both sessions of 18.05")  # fmt: skip
    # Dr. Michael Vogel (13), video MT
    yes("fp39_vogel_bestaetigt.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:15", re(1082),
        "Bestätigt: 10.09.2026.\n\nDr. M. Vogel\nVogel & Partner",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    # Klaus Zimmermann (15), phone KG
    no("fp40_zimmermann_handy.eml", 15, ("question",), "2026-11-01 12:00",
       reminder_subject(1097),
       "Guten Tag,\n\nruft mich die Therapeutin morgen auf Handy an oder Festnetz? Das"
       " Festnetz ist seit Freitag gestört. Handy: 0171 2345678\n\nK. Zimmermann",
       reply="rem-1097", style="thunderbird",
       note="a question about tomorrow's phone session")  # fmt: skip
    # Birgit Schäfer (16), from her second registered address
    yes("fp41_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15", re(1098),
        "Hallo,\n\nTermin vom 7.10. hat stattgefunden.\n\nVG B. Schäfer",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip
    # Leonie Hartmann (20), video KG Tuesdays 17:00
    yes("fp42_hartmann_link.eml", 20, (1120,), ("2026-11-03",), "2026-11-10 19:00",
        "Termine",
        "Hallo,\n\nTermin 03.11 war gut, danke. Aber heute 10.11 der Link hat nicht funktioniert,"
        " wir haben gewartet aber kein Bild, dann wir haben nicht gemacht.\nWas machen wir jetzt?"
        "\n\nLeonie Hartmann",
        client="webde", staff=True, extra=("technical",),
        note="03.11 confirmed; 10.11 did not take place (link failed)")  # fmt: skip
    # Lukas Brandt (10), video KG Fridays 16:00
    yes("fp43_brandt_iphone.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:20", re(1063),
        "Ja, die Behandlung am 3.7. hat stattgefunden.\n\nLG Lukas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1063", style="iphone")  # fmt: skip


def main() -> None:
    load_practice()
    turkish()
    eastern()
    english()
    others()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
