"""Write blind set EB: a plain, representative inbox of the whole year, nothing themed.
44 mails: 34 that confirm at least one session (mostly short replies under our request
from phones and webmail, with and without the date, some new mails, several days at once,
a few late, a few with a question, a reschedule wish or a problem beside the yes) and 10
look-alikes (a cancellation, reschedule wishes, questions about coming sessions, missed
sessions, replies to a reminder or a video link).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_eb`.
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

HERE = data_dir("blind_eb")


def short_replies() -> None:
    yes("eb01_krueger_27jan_webde.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:05", re(1003, "Aw"),
        "Hallo,\nja die Behandlung am 27.1. hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("eb02_becker_0202_outlook.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:10", re(1010),
        "Bestätigt, Termin 02.02.2026 hat stattgefunden.\n\nMfG\nThomas Becker",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("eb03_demir_nodate_gmail.eml", 3, (1019,), (), "2026-03-04 10:12", re(1019, "Re"),
        "ja hat stattgefunden, danke!",
        client="gmail", reply="cr-1019", style="gmail",
        note="a yes under our request for 04.03.2026 without a day")  # fmt: skip
    yes("eb04_schulz_164_iphone.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:25", re(1034, "Re"),
        "Ja, 16.4. war.\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1034", style="iphone")  # fmt: skip
    yes("eb05_hoffmann_two_on_1805.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:20", re(1043),
        "Guten Tag,\n\nbeide Termine am 18.05. (morgens Gerät, mittags die manuelle) haben"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    yes("eb06_popescu_2juni_yahoo.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:40", re(1046),
        "Guten Tag,\nich bestätige, die Therapie am 2 Juni war gemacht.\nVielen dank\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("eb07_richter_36_iphone.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:15", re(1051, "Re"),
        "Passt, Termin am 3.6. hat stattgefunden 👍\n\nJonas",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("eb08_brandt_bottom_thunderbird.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:00", re(1063, "Re"),
        "Hallo,\n\nja, am 03.07. war die Behandlung.\n\nGruß\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("eb09_carter_english_gmail.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10", re(1069, "Re"),
        "Hi,\n\nyes, confirming my session on 3 August took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("eb10_yildiz_0508_samsung.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00", re(1075),
        "Hallo ja termin am 05.08 hat statt gefunden danke\n\n\nVon meinem Samsung Galaxy Smartphone gesendet",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("eb11_vogel_terse_outlook.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:40", re(1082),
        "Bestätige 10.09.\nMV\n\n--\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 14, 40212 Düsseldorf\nTel. 0211 4455 660",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("eb12_lehmann_formal_gmail.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:20", re(1087, "Re"),
        "Hallo,\n\nhiermit bestätige ich, dass die Behandlung am 08.09.2026 stattgefunden hat.\n\n"
        "Viele Grüße\nAnna Lehmann",
        client="gmail", reply="cr-1087", style="gmail")  # fmt: skip
    yes("eb13_zimmermann_heute_plain.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:30", re(1093),
        "jawoll, war heute, 5.10.\nGruß K. Zimmermann",
        client="thunderbird", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("eb14_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-07 21:45", re(1098),
        "Guten Abend,\n\ndie Behandlung am 7.10. hat stattgefunden.\n\nFreundliche Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nLindenstraße 3 · 50674 Köln",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("eb15_jansen_geklappt_iphone.eml", 17, (1104,), (), "2026-10-22 12:00", re(1104, "Re"),
        "jo hat geklappt, danke!",
        client="iphone", reply="cr-1104", style="iphone",
        note="a yes under our request for 22.10.2026 without a day")  # fmt: skip
    yes("eb16_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:15", re(1116, "Re"),
        "Bestätigt: 06.11.2026, MT per Video.\n\nGruß\nD. Nowak\n\nSent with Proton Mail secure email.",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("eb17_hartmann_gestern_webde.eml", 20, (1120,), ("2026-11-03",), "2026-11-04 08:10", re(1120, "Aw"),
        "Hallo!\nJa, die Stunde gestern hat stattgefunden 😊\nLG Leonie",
        client="webde", reply="cr-1120", style="webde",
        note="'gestern' written on 04.11. is the 03.11.")  # fmt: skip
    yes("eb18_wagner_1201_gmail.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:20", re(1124, "Re"),
        "Hi, ja hat stattgefunden am 12.01.\nVG Sophie",
        client="gmail", reply="cr-1124", style="gmail")  # fmt: skip
    yes("eb19_aydin_1902_outlook.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:45", re(1130),
        "Hallo, Termin 19.02 ist gemacht. Danke.\nMehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("eb20_oneill_english_outlook.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:05", re(1136, "RE"),
        "Hello,\n\nI can confirm the phone session on Tuesday 14 April went ahead.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("eb21_berger_6mai_plain.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:30", re(1142),
        "Guten Tag,\n\nja, die Krankengymnastik am Telefon am 6. Mai hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("eb22_yildiz_2608_samsung.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 12:40", re(1078),
        "ja heute 26.08. telefoniert, alles gut",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip
    yes("eb23_zimmermann_ja_iphone.eml", 15, (1094,), (), "2026-10-12 15:00", re(1094, "Re"),
        "Ja.",
        client="iphone", reply="cr-1094", style="iphone",
        note="a bare yes under our request for 12.10.2026")  # fmt: skip


def new_mails_and_several_days() -> None:
    yes("eb24_wolff_two_fridays_tonline.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-25 18:30", "Bestätigung Telefontermine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Telefonbehandlungen vom 16.01."
        " und 23.01.2026. Ich hatte Ihre Mails leider übersehen.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("eb25_neumann_di_do_plain.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 09:30", "Bestätigung",
        "Liebes Praxisteam,\n\ndie Telefontermine am Dienstag 7.7. und Donnerstag 9.7. haben"
        " stattgefunden.\n\nHerzliche Grüße\nGisela Neumann",
        client="plain")  # fmt: skip
    yes("eb26_koch_three_late_tonline.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-04-02 10:00", "Termine März",
        "Sehr geehrtes Praxisteam,\n\nich bestätige die Behandlungen am 23.3., 25.3. und 30.3.\n"
        "Entschuldigen Sie bitte, dass es so spät kommt.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("eb27_krueger_four_february.eml", 1, (1004, 1005, 1006, 1007),
        ("2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24"), "2026-02-26 20:00",
        "Bestätigungen Februar",
        "Hallo,\n\nich hab gemerkt dass ich ein paar Bestätigungen nicht geschickt habe. Die Termine"
        " am 3.2., 10.2., 17.2. und 24.2. haben alle stattgefunden.\n\nLiebe Grüße\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("eb28_richter_two_june_iphone.eml", 8, (1052, 1053), ("2026-06-10", "2026-06-17"),
        "2026-06-18 07:50", "Bestätigung Termine Juni",
        "Hi, 10.6. und 17.6. fanden beide statt.\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone")  # fmt: skip
    yes("eb29_carter_two_aug_gmail.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 21:00", re(1071, "Re"),
        "Hi there,\n\njust catching up on emails - both sessions on Aug 10 and Aug 17 happened.\n\n"
        "Cheers,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    yes("eb30_neumann_juli_late.eml", 9, (1058,), ("2026-07-14",), "2026-09-02 10:00", re(1058),
        "Entschuldigung, das habe ich erst jetzt gesehen. Ja, die Behandlung am 14. Juli hat"
        " stattgefunden.\n\nGisela Neumann",
        client="plain", reply="cr-1058", style="thunderbird",
        note="seven weeks late, a clean confirmation")  # fmt: skip


def yes_with_something_beside() -> None:
    yes("eb31_becker_rechnung_question.eml", 2, (1011,), ("2026-02-05",), "2026-02-05 19:30", re(1011),
        "Ja, 05.02. hat stattgefunden.\n\nKurze Frage: bekomme ich die Rechnung per Post oder per Mail?"
        "\n\nGruß\nT. Becker",
        client="outlook", reply="cr-1011", style="outlook", staff=True, extra=("question",),
        note="confirmed, and a question about the invoice")  # fmt: skip
    yes("eb32_demir_video_hing_gmail.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 11:00", re(1020, "Re"),
        "Hallo, die Behandlung am 11.03. hat stattgefunden, aber das Video ist ständig hängen geblieben,"
        " am Ende haben wir telefoniert. Geht das nächstes Mal besser?\n\nAylin",
        client="gmail", reply="cr-1020", style="gmail", staff=True, extra=("technical",),
        note="took place (finished by phone); a video problem for staff")  # fmt: skip
    yes("eb33_schulz_verschieben_iphone.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 18:00", re(1037, "Re"),
        "Hallo, 7.5. hat stattgefunden. Den nächsten Termin am 21.5. würde ich gern auf Freitag"
        " verschieben, geht das?\nLG Marie\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1037", style="iphone", staff=True, extra=("reschedule",),
        note="confirmed 07.05.; 21.05. is a future session to move")  # fmt: skip
    yes("eb34_brandt_one_yes_one_missed.eml", 10, (1064,), ("2026-07-10",), "2026-07-18 10:00",
        "Termine 10.07. und 17.07.",
        "Hallo,\n\ndie Behandlung am 10.07. hat stattgefunden. Am 17.07. bin ich nicht reingekommen,"
        " der Link ging bei mir nicht - bitte den nicht abrechnen.\n\nGruß\nLukas Brandt",
        client="thunderbird", staff=True, extra=("technical",),
        note="10.07. confirmed; 17.07. did not take place")  # fmt: skip


def look_alikes() -> None:
    no("eb35_zimmermann_absage_rem.eml", 15, ("cancellation",), "2026-11-01 12:00",
       reminder_subject(1097),
       "Guten Tag, ich muss den Termin morgen leider absagen, ich liege mit Grippe im Bett.\n"
       "Gruß K. Zimmermann",
       client="thunderbird", reply="rem-1097", style="thunderbird",
       note="cancels the session of 02.11.")  # fmt: skip
    no("eb36_lehmann_verschieben_rem.eml", 14, ("reschedule",), "2026-10-12 14:00",
       reminder_subject(1092, "Re"),
       "Hallo, könnten wir den Termin morgen auf 15 Uhr schieben? Um 13 Uhr habe ich eine Vorlesung.\n\n"
       "Viele Grüße\nAnna",
       client="gmail", reply="rem-1092", style="gmail")  # fmt: skip
    no("eb37_jansen_frage_videolink.eml", 17, ("question",), "2026-10-26 09:00",
       video_link_subject(1105),
       "Moin, brauche ich für das Gerätetraining am Donnerstag ein Theraband oder reicht ein"
       " Handtuch? Ole",
       client="iphone", reply="vl-1105", style="iphone")  # fmt: skip
    no("eb38_hartmann_nicht_dabei.eml", 20, ("technical",), "2026-11-10 19:30", re(1121, "Aw"),
        "Hallo, ich war heute leider nicht dabei, mein Laptop ist abgestürzt und ich kam nicht mehr"
        " rein. Die Stunde hat also nicht stattgefunden, sorry!\nLeonie",
       client="webde", reply="cr-1121", style="webde",
       note="under our request, but the session of 10.11. did not take place")  # fmt: skip
    no("eb39_berger_danke_erinnerung.eml", 24, ("other",), "2026-05-19 10:00",
       reminder_subject(1144),
       "Danke für die Erinnerung, ich bin morgen da.\nU. Berger",
       client="thunderbird", reply="rem-1144", style="thunderbird", staff=False,
       note="acknowledges a reminder before the session")  # fmt: skip
    no("eb40_wagner_war_doch_abgesagt.eml", 21, ("question",), "2026-02-02 12:00", re(1127, "Re"),
       "Hallo, der Termin heute war doch abgesagt, oder? Warum soll ich den bestätigen?\nSophie",
       client="gmail", reply="cr-1127", style="gmail",
       note="our request for the cancelled 02.02.; nothing took place")  # fmt: skip
    no("eb41_nowak_code_erhalten.eml", 19, ("other",), "2026-11-24 07:00",
       video_link_subject(1119),
       "Danke, Code ist angekommen.\nD. Nowak",
       client="plain", reply="vl-1119", style="thunderbird", staff=False,
       note="acknowledges the video link for 27.11.")  # fmt: skip
    no("eb42_aydin_nicht_angerufen.eml", 22, ("other",), "2026-02-26 14:30", re(1131),
       "Hallo, heute hat mich keiner angerufen. Ich habe um 12:30 gewartet bis 13 Uhr.\nMehmet Aydin",
       client="outlook", reply="cr-1131", style="outlook",
       note="the session of 26.02. did not take place")  # fmt: skip
    no("eb43_hoffmann_frage_montag.eml", 6, ("question",), "2026-05-31 09:00",
       reminder_subject(1045),
       "Guten Morgen, bleibt es morgen bei 7:30 wie gewohnt? Letzte Woche war es ja Dienstag.\n\n"
       "Beste Grüße\nPeter Hoffmann",
       client="outlook", reply="rem-1045", style="outlook")  # fmt: skip
    no("eb44_koch_montag_geht_nicht.eml", 18, ("reschedule",), "2026-04-12 16:00",
       reminder_subject(1114),
       "Guten Tag,\nam Montag geht es bei mir nicht, ich habe einen Arzttermin. Ginge stattdessen"
       " Dienstag Nachmittag?\nMit freundlichen Grüßen\nRenate Koch",
       client="tonline", reply="rem-1114", style="tonline")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    new_mails_and_several_days()
    yes_with_something_beside()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
