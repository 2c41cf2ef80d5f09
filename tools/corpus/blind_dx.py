"""Write blind set DX: a plain inbox of the whole year, written mostly by patients whose
first language is not German (Turkish, Polish, Romanian, Russian, Ukrainian, Dutch and
English speakers; learners' German, mixed languages, their own date habits such as
"06.11.2026r.", "23.03.2026 г.", "08/10/2026", "22-10"), some written by a son or daughter
for a parent. 48 mails: 36 confirmations (one of a cancelled day, nothing to record; two
that also ask to move a session) and 12 look-alikes (cancellations, reschedule wishes,
questions about a coming session, missed or broken-off sessions, a reply to a reminder).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dx`.
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

HERE = data_dir("blind_dx")


def turkish_speakers() -> None:
    yes("dx01_aylin_yes_04_03.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:12", re(1019),
        "Hallo,\n\nja ich bestätige, Termin am 04.03.2026 war stattgefunden.\n\nDanke schön\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("dx02_aylin_two_march_days.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-03-27 20:40", "Termine März",
        "Hallo Praxis Impulse,\n\nich habe vergessen zu schreiben, entschuldigung. 18.03 und 25.03"
        " Therapie war, beide mal mit Video. Bestätige ich hiermit.\n\nLG Aylin Demir",
        client="gmail", note="new mail, two days without year")  # fmt: skip
    yes("dx03_aylin_yes_and_new_date.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 11:30",
        re(1024),
        "Termin 8.4. war, danke. Und 1.4. war abgesagt von mir, kann ich dafür neue Termin"
        " bekommen? Vielleicht Freitag morgen?\nAylin",
        client="iphone", reply="cr-1024", style="iphone", staff=True, extra=("reschedule",),
        note="confirms 08.04; the cancelled 01.04 is named but not a treatment; wants a new date")  # fmt: skip
    no("dx04_aylin_cancel_tomorrow.eml", 3, ("cancellation",), "2026-04-21 09:15",
       reminder_subject(1026),
       "Guten Morgen, morgen ich kann nicht, mein Sohn ist krank und ich muss zu Kinderarzt."
       " Bitte Termin absagen. Sorry!!\nAylin Demir",
       client="gmail", reply="rem-1026", style="gmail",
       note="reply to the reminder for 22.04: cancels it")  # fmt: skip

    yes("dx05_fatma_heute_5_8.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:20", re(1075),
        "merhaba, ja therapie hat statt gefunden heute 5.8. mit telefon. tesekkürler\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("dx06_fatma_daughter_writes.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 18:05",
        re(1078),
        "Hallo,\n\nich schreibe für meine Mutter Fatma Yıldız, sie kann nicht so gut Deutsch"
        " schreiben. Die Behandlung am 26.08. per Telefon hat stattgefunden, sie sagt vielen"
        " Dank an die Therapeutin.\n\nViele Grüße\nElif Yıldız",
        client="webde", reply="cr-1078", style="webde",
        note="daughter writes from the mother's registered address")  # fmt: skip
    no("dx07_fatma_call_broke_off.eml", 12, ("technical",), "2026-09-02 12:40", re(1079),
       "Hallo, heute Therapie war nicht richtig. Nach 10 min Telefon war weg und niemand hat"
       " zurück gerufen. Ich habe gewartet. Was soll ich machen? Fatma Yıldız",
       client="webde", reply="cr-1079", style="webde",
       note="session of 02.09 broke off after 10 minutes: not a confirmation")  # fmt: skip
    no("dx08_fatma_ok_tomorrow.eml", 12, ("other",), "2026-09-08 11:05", reminder_subject(1080),
       "Tamam, ich bin morgen da. Danke für Erinnerung",
       client="samsung", reply="rem-1080", style="samsung", staff=False,
       note="acknowledges the reminder for 09.09, a future session; nothing to do")  # fmt: skip

    yes("dx09_mehmet_bestatige.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:02", re(1130),
        "Sehr geehrte Damen und Herren,\n\nich bestatige das behandlung am 19.02.2026 war.\n\n"
        "Mit freundlichen Grüßen\nMehmet Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("dx10_mehmet_three_late.eml", 22, (1131, 1132, 1133),
        ("2026-02-26", "2026-03-05", "2026-03-12"), "2026-03-14 09:47", "Bestätigung",
        "Hallo Praxis,\n\ndie letzte 3 termine ich habe nicht geantwortet, sorry, viel Arbeit."
        " 26.02, 05.03 und 12.03 alle gemacht mit Telefon, alles ok.\n\nGruß Mehmet",
        client="outlook")  # fmt: skip
    no("dx11_mehmet_other_time.eml", 22, ("reschedule",), "2026-03-18 13:10",
       reminder_subject(1134),
       "Hallo, morgen ich habe Arbeit bis 14 Uhr, geht es um 15 Uhr? Oder Freitag? Danke Mehmet",
       client="outlook", reply="rem-1134", style="outlook",
       note="wants to move the session of 19.03")  # fmt: skip


def eastern_european_speakers() -> None:
    yes("dx12_elena_buna_ziua.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:50", re(1046),
        "Buna ziua,\n\nja, ich bestätige die Behandlung von 2.06.2026. Alles gut gelaufen,"
        " vielen dank!\n\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("dx13_elena_16_iunie.eml", 7, (1048,), ("2026-06-16",), "2026-06-17 08:20", re(1048),
        "Hallo, Therapie am 16 iunie hat stattgefunden (sorry, 16. Juni 🙂). Danke\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", note="Romanian month name, corrected")  # fmt: skip
    no("dx14_elena_phone_only.eml", 7, ("question", "technical"), "2026-06-07 19:30",
       video_link_subject(1047),
       "Buna ziua, der Code funktioniert auch mit Handy? Ich habe kein Laptop zu Hause, nur"
       " Samsung Handy. Multumesc, Elena",
       client="yahoo", reply="vl-1047", style="yahoo",
       note="question about the coming video session of 09.06")  # fmt: skip

    yes("dx15_nowak_potwierdzam.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:45",
        re(1116),
        "Dzień dobry,\n\npotwierdzam - ich bestätige die Behandlung vom 06.11.2026r.\n\n"
        "Pozdrawiam\nDavid Nowak",
        client="thunderbird", reply="cr-1116", style="thunderbird",
        note="Polish 'r.' after the year")  # fmt: skip
    yes("dx16_nowak_two_fridays.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-21 10:02", "Potwierdzenie / Bestätigung 13.11 i 20.11",
        "Hallo,\n\nhiermit bestätige ich die Termine 13.11.2026 und 20.11.2026, beide Manuelle"
        " Therapie per Video sind stattgefunden.\n\nGruß\nD. Nowak",
        client="thunderbird")  # fmt: skip
    no("dx17_nowak_nobody_came.eml", 19, ("technical",), "2026-11-27 09:48", re(1119),
       "Dzień dobry, heute ich war im Video um 8 Uhr aber niemand ist gekommen, ich habe 20"
       " Minuten gewartet. Deshalb ich kann nicht bestätigen. Was jetzt?\nD. Nowak",
       client="thunderbird", reply="cr-1119", style="thunderbird",
       note="the session of 27.11 did not take place")  # fmt: skip

    yes("dx18_renate_russian_g.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:40",
        re(1109),
        "Здравствуйте! Ja bestatige, Behandlung 23.03.2026 г. war per Telefon. Спасибо.\nR. Koch",
        client="tonline", reply="cr-1109", style="tonline", note="Russian 'г.' after the year")  # fmt: skip
    yes("dx19_renate_son_two_days.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 19:15", "Bestätigung Termine von Renate Koch",
        "Guten Tag,\n\nich schreibe für meine Mama Renate Koch. Sie hatte am Montag 30.03. und"
        " am Mittwoch 01.04. Telefontermin, beide haben stattgefunden. Mama sagt danke!\n\n"
        "Gruß\nSergej Koch",
        client="tonline", note="son writes from the mother's address")  # fmt: skip
    no("dx20_renate_hospital.eml", 18, ("cancellation",), "2026-04-12 16:30",
       reminder_subject(1114),
       "Guten Tag, Mama ist seit gestern im Krankenhaus. Morgen sie kann nicht telefonieren."
       " Bitte Termin absagen, wir melden uns wenn sie ist zu Hause.\nSergej (Sohn)",
       client="tonline", reply="rem-1114", style="tonline",
       note="son cancels the session of 13.04")  # fmt: skip

    yes("dx21_sophie_ukrainian.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:35", re(1124),
        "Добрий день, ja, Behandlung war heute 12.01. Danke sehr!",
        client="gmail", reply="cr-1124", style="gmail")  # fmt: skip
    yes("dx22_sophie_09_02.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 13:02", re(1128),
        "ich bestätige 09.02 video termin hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1128", style="iphone")  # fmt: skip
    no("dx23_sophie_sick.eml", 21, ("cancellation",), "2026-02-15 10:05",
       reminder_subject(1129),
       "Hallo, ich kann morgen nicht, bin krank mit Fieber. Bitte absagen. Entschuldigung\nSophie",
       client="iphone", reply="rem-1129", style="iphone", note="cancels 16.02")  # fmt: skip

    yes("dx24_becker_russian.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:10", re(1010),
        "Добрый вечер. Behandlung am 02.02. war, ich bestätige.\nThomas",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    no("dx25_becker_nobody_called.eml", 2, ("other",), "2026-02-09 19:25", re(1012),
       "Heute niemand hat angerufen. Ich habe gewartet bis 18 Uhr mit Telefon in Hand. Bitte"
       " nicht abrechnen, Termin war nicht.\nThomas Becker",
       client="webde", reply="cr-1012", style="webde", note="missed session 09.02")  # fmt: skip

    yes("dx26_berger_samsung.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:50", re(1142),
        "Ja, war gut, Therapie am 6.5 gemacht. Danke\nUrsula",
        client="samsung", reply="cr-1142", style="samsung")  # fmt: skip
    yes("dx27_berger_may_two.eml", 24, (1144, 1145), ("2026-05-20", "2026-05-27"),
        "2026-05-28 08:30", "Bestätigung Mai",
        "Guten Tag,\nhiermit ich bestätige Termine von 20. Mai und 27. Mai, beide Telefon.\n"
        "U. Berger",
        client="plain")  # fmt: skip


def english_and_other_speakers() -> None:
    yes("dx28_emily_monday_3_august.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:40",
        re(1069),
        "Hi,\n\nyes, the session on Monday 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("dx29_emily_us_date.eml", 11, (1070,), ("2026-08-10",), "2026-08-11 07:55", re(1070),
        "Hello,\n\nconfirming my appointment 08/10/2026 happened as planned.\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1070", style="gmail_en",
        note="US month/day order: 10 August, as the request asks")  # fmt: skip
    no("dx30_emily_phone_instead.eml", 11, ("question", "technical"), "2026-08-28 17:20",
       "Monday 31st",
       "Hi there,\n\nquick question about Monday the 31st - could we do it by phone instead of"
       " video? My laptop camera stopped working. Sorry for writing in English, mein Deutsch"
       " ist noch nicht so gut.\n\nThanks,\nEmily",
       client="gmail", note="question about the coming session of 31.08")  # fmt: skip

    yes("dx31_james_14th_april.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:30", re(1136),
        "Hiya, ja das war gut, danke. Confirming the session on 14th April.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("dx32_james_two_late.eml", 23, (1138, 1139), ("2026-04-28", "2026-05-05"),
        "2026-05-06 22:05", "Confirmation",
        "Hello,\n\nsorry for the late reply - I can confirm both phone sessions, 28 April and"
        " 5 May, took place. Ich lerne noch Deutsch, Entschuldigung!\n\nJames O'Neill",
        client="outlook")  # fmt: skip
    yes("dx33_james_yes_and_move.eml", 23, (1140,), ("2026-05-12",), "2026-05-13 08:10",
        re(1140),
        "Hi, yes the session on 12 May took place, thank you.\nNext Tuesday I'm travelling"
        " for work though - could we move the 19th to Thursday evening?\nJames",
        client="outlook", reply="cr-1140", style="outlook_en", staff=True,
        extra=("reschedule",), note="confirms 12.05, wants to move 19.05")  # fmt: skip

    yes("dx34_lukas_spanish.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:20", re(1063),
        "Hola, perdón mein Deutsch ist nicht perfekt - die Behandlung am 3.7. hat stattgefunden."
        " ¡Gracias!\nLukas",
        client="apple", reply="cr-1063", style="iphone")  # fmt: skip
    yes("dx35_lukas_late_17_7.eml", 10, (1065,), ("2026-07-17",), "2026-08-20 12:15",
        "Bestätigung 17.7.",
        "Hallo,\n\nich habe gesehen, 17.7. ist noch nicht bestätigt von mir. Die Therapie an"
        " diesem Tag war, ich bestätige es jetzt.\n\nLG Lukas Brandt",
        client="apple", note="a month late")  # fmt: skip

    yes("dx36_ole_dutch_date.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:05", re(1104),
        "Hoi,\n\nja, de behandeling op 22-10 was goed - Behandlung hat stattgefunden.\n\n"
        "Groeten, Ole",
        client="gmail", reply="cr-1104", style="gmail", note="Dutch day-month with a dash")  # fmt: skip
    no("dx37_ole_theraband.eml", 17, ("question",), "2026-11-04 14:30", reminder_subject(1106),
       "Hallo, moet ik... sorry: muss ich morgen das Theraband bereit haben oder die Hanteln?"
       " Groeten Ole",
       client="gmail", reply="rem-1106", style="gmail",
       note="question about the coming session of 05.11")  # fmt: skip

    yes("dx38_leonie_arabic_habit.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:40",
        re(1120),
        "Guten abend, ich bestätige Termin am 3.11 um 17 uhr hat stattgefunden. Danke, Gott"
        " segne euch",
        client="iphone", reply="cr-1120", style="iphone")  # fmt: skip
    no("dx39_leonie_still_valid.eml", 20, ("question",), "2026-11-08 12:00",
       video_link_subject(1121),
       "Hallo, Termin am 10.11 ist noch aktuell? Ich habe zwei mal Mail bekommen und bin nicht"
       " sicher. Danke Leonie",
       client="iphone", reply="vl-1121", style="iphone",
       note="asks about the coming session of 10.11")  # fmt: skip

    yes("dx40_anna_iso_date.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:02", re(1087),
        "Hello,\n\nich bestätige, dass die Behandlung am 2026-09-08 stattgefunden hat.\n\n"
        "Vielen Dank!\nAnna",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("dx41_anna_plain_yes.eml", 14, (1089,), (), "2026-09-22 16:10", re(1089),
        "yes it took place, danke :)",
        client="thunderbird", reply="cr-1089", style="thunderbird", bottom=True,
        note="a yes under our request for 22.09, no day named")  # fmt: skip


def native_writers() -> None:
    yes("dx42_gisela_short.eml", 9, (1056,), (), "2026-07-07 11:20", re(1056),
        "Ja hat stattgefunden.\nGisela Neumann",
        client="plain", reply="cr-1056", style="thunderbird",
        note="a yes under our request for 07.07.2026")  # fmt: skip
    yes("dx43_peter_both_on_18_5.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:10",
        re(1043),
        "Guten Tag, ich bestätigen beide Termine vom 18.05, morgens KG Gerät und mittags"
        " Manuelle. Danke, P. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook_classic",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("dx44_wolff_late_two.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-02-25 10:30", "Nachträgliche Bestätigung",
        "Sehr geehrte Praxis,\n\nich bestätige nachträglich die Termine am 16.1. und 23.1."
        " (Telefon).\n\nMfG\nH.-J. Wolff",
        client="tonline")  # fmt: skip
    yes("dx45_birgit_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:05",
        re(1098),
        "Hiermit bestätigt: Videotermin 07.10.2026 hat stattgefunden.\n\nBirgit Schäfer\n"
        "Schäfer Steuerberatung",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("dx46_marie_mixed.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:30", re(1034),
        "Hi, ja termin 16.04 war ok, thanks!",
        client="apple", reply="cr-1034", style="iphone")  # fmt: skip
    yes("dx47_jonas_emoji.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:15", re(1051),
        "Bestätigt ✅ 03.06.",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("dx48_klaus_cancelled_day.eml", 15, (), (), "2026-10-27 10:00", "Termin 26.10.",
        "Guten Tag, hiermit Bestätigung Termin 26.10.2026 Telefon. Gruß K. Zimmermann",
        client="plain", staff=True,
        note="the session of 26.10 was cancelled: nothing to record, staff must look")  # fmt: skip


def main() -> None:
    load_practice()
    turkish_speakers()
    eastern_european_speakers()
    english_and_other_speakers()
    native_writers()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
