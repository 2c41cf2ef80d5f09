"""Write blind set FD: a plain inbox of the whole year, written mostly by patients whose
first language is not German (Turkish, Polish, Romanian, Russian and English speakers,
and children writing for their parents), 42 mails: 31 that confirm at least one session
(short replies under our request, new mails naming several days, late ones, dates in
the writers' own formats and languages) and 11 look-alikes (a cancellation, two
reschedule wishes, a question before a session, a missed call, a video that failed, a
reply to a reminder, a question under our request, a confirmation of a cancelled day).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fd`.
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

HERE = data_dir("blind_fd")


def turkish_speakers() -> None:
    yes("fd01_demir_ja_heute_termin.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:40", re(1019),
        "Hallo,\nja ich habe Termin gehabt 04.03.2026 mit Video, alles gut.\nDanke schön\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("fd02_demir_iphone_kurz.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 19:02", re(1020),
        "ja hat statt gefunden 11.3\n\niPhone'umdan gönderildi",
        client="iphone", reply="cr-1020", style="iphone",
        note="Turkish 'sent from my iPhone'")  # fmt: skip
    yes("fd03_demir_vergessen_zwei.eml", 3, (1024, 1025), ("2026-04-08", "2026-04-15"),
        "2026-04-16 08:10", "Bestätigung Termine",
        "Guten Morgen,\n\nich bestätige Termine von 8.4 und 15.4, beide haben gemacht mit "
        "Video. Ich habe vergessen zu schreiben, Entschuldigung.\n\nViele Grüße\nAylin Demir",
        client="gmail")  # fmt: skip
    no("fd04_demir_frage_kamera.eml", 3, ("question",), "2026-04-21 09:00", reminder_subject(1026),
       "Hallo, muss ich morgen Kamera an machen oder reicht wenn ich nur Ton habe? "
       "Mein Laptop Kamera ist kaputt.\nAylin",
       client="gmail", reply="rem-1026", style="gmail",
       note="question about tomorrow's video session, nothing has taken place")  # fmt: skip
    yes("fd05_yildiz_tochter_schreibt.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 18:20",
        re(1075),
        "Hallo,\n\nhier schreibt die Tochter von Frau Yıldız. Meine Mutter hatte am 05.08. "
        "die Behandlung am Telefon, sie hat stattgefunden. Sie kann nicht so gut Deutsch "
        "schreiben, deshalb mache ich das für sie.\n\nViele Grüße\nElif Yıldız",
        client="webde", reply="cr-1075", style="webde",
        note="the daughter writes from her mother's address")  # fmt: skip
    yes("fd06_yildiz_ich_bestaetigen.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 09:15",
        re(1078),
        "Sehr geehrte Damen und Herren\nIch bestätigen das Behandlung am 26.08.2026 hat "
        "gemacht.\nMit freundlichen Grüßen\nFatma Yıldız",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    no("fd07_yildiz_absage_sohn_krank.eml", 12, ("cancellation",), "2026-08-17 10:04",
       "Termin absagen",
       "Hallo\nich kann nicht Mittwoch 19.08 Termin, meine Sohn ist krank und ich muss bei "
       "ihm bleiben. Bitte absagen. Nächste Woche wieder normal.\nDanke\nFatma",
       client="webde", note="cancels the session of 19.08")  # fmt: skip
    yes("fd08_aydin_samsung_ja.eml", 22, (1130,), (), "2026-02-19 16:44", re(1130),
        "Hallo ja Telefon Termin war, danke\nMehmet Aydın\n\n\nVon meinem Samsung Galaxy "
        "Smartphone gesendet.",
        client="samsung", reply="cr-1130", style="samsung",
        note="a yes under our request for 19.02.2026 that names no day")  # fmt: skip
    no("fd09_aydin_niemand_angerufen.eml", 22, ("question",), "2026-02-26 14:20", re(1131),
       "Hallo\nheute niemand hat angerufen. Ich habe gewartet von halb eins bis eins, "
       "Telefon war neben mir. Kein Anruf. Was ist passiert?\nMehmet Aydın\n\n\nVon meinem "
       "Samsung Galaxy Smartphone gesendet.",
       client="samsung", reply="cr-1131", style="samsung",
       note="the session of 26.02 did not take place: no call came")  # fmt: skip
    yes("fd10_aydin_sohn_drei_termine.eml", 22, (1132, 1133, 1134),
        ("2026-03-05", "2026-03-12", "2026-03-19"), "2026-03-20 20:10",
        "Termine mein Vater Mehmet Aydın",
        "Guten Abend,\n\nich schreibe für meinen Vater, sein Deutsch ist nicht so gut. Er "
        "hatte Krankengymnastik am Telefon am 5.3., 12.3. und 19.3., alle haben "
        "stattgefunden. Er sagt auch danke an die Therapeutin, der Rücken ist viel besser.\n\n"
        "Gruß\nEmre Aydın", client="outlook",
        note="the son confirms three sessions for his father from the father's address")  # fmt: skip
    yes("fd11_aydin_tamam.eml", 22, (1135,), ("2026-03-26",), "2026-03-26 15:30", re(1135),
        "tamam, ja bestätige 26.03.2026 behandlung gemacht",
        client="samsung", reply="cr-1135", style="samsung")  # fmt: skip


def romanian_and_polish_speakers() -> None:
    yes("fd12_popescu_buna_ziua.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:20", re(1046),
        "Buna ziua / Guten Tag,\n\nich confirm das die Therapie am 2.06.2026 war, per Video. "
        "Erste mal, war sehr gut.\n\nMultumesc / Danke\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("fd13_popescu_unten_uebungen.eml", 7, (1047,), ("2026-06-09",), "2026-06-10 08:05",
        re(1047),
        "Ja, ist gewesen am 09.06. Alles ok, die Übungen mache ich jeden Tag.\nElena",
        client="yahoo", reply="cr-1047", style="yahoo", bottom=True)  # fmt: skip
    yes("fd14_popescu_iunie_spaet.eml", 7, (1049,), ("2026-06-23",), "2026-06-25 21:30", re(1049),
        "Entschuldigung für späte Antwort. Termin 23 iunie hat stattgefunden, mit Video.\nLG "
        "Elena", client="yahoo", reply="cr-1049", style="yahoo",
        note="'iunie' is Romanian for June")  # fmt: skip
    no("fd15_popescu_verschieben.eml", 7, ("reschedule",), "2026-06-29 12:00",
       reminder_subject(1050),
       "Hallo, kann ich Termin von morgen 30.06 verschieben auf Donnerstag? Ich habe "
       "morgen Arbeit, Chef hat Schicht geändert. Multumesc, Elena Popescu",
       client="yahoo", reply="rem-1050", style="yahoo",
       note="wants to move tomorrow's session")  # fmt: skip
    yes("fd16_nowak_dzien_dobry.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:12", re(1116),
        "Dzień dobry,\nbestätige Termin 06.11.2026 MT per Video hat stattgefunden.\n"
        "Pozdrawiam\nDavid Nowak", reply="cr-1116", style="thunderbird")  # fmt: skip
    no("fd17_nowak_code_falsch.eml", 19, ("technical",), "2026-11-13 07:50",
       video_link_subject(1117),
       "Guten Morgen, der Code geht nicht, Seite sagt immer Zugangscode ungültig. In 10 "
       "Minuten ist Termin. Bitte rufen Sie mich an?\nNowak",
       reply="vl-1117", style="thunderbird",
       note="cannot join the video before the session")  # fmt: skip
    yes("fd18_nowak_zwei_letzte.eml", 19, (1118, 1119), ("2026-11-20", "2026-11-27"),
        "2026-11-28 09:00", "Potwierdzenie / Bestätigung 20.11 i 27.11",
        "Hallo,\n\nich bestätige die zwei letzte Termine: 20.11.2026 und 27.11.2026. Beide "
        "waren gut, Schulter ist schon besser.\n\nPozdrawiam\nD. Nowak")  # fmt: skip
    yes("fd19_berger_maja.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 12:00", re(1142),
        "Dzien dobry, ja Termin am 6 maja war am Telefon. Danke schön\nUrszula Berger",
        client="samsung", reply="cr-1142", style="samsung",
        note="'6 maja' is Polish for 6 May; she signs with the Polish form of her name")  # fmt: skip
    no("fd20_berger_nicht_gehoert.eml", 24, ("question",), "2026-05-27 13:00", re(1145),
       "Guten Tag, am 27.05 ich war nicht zu Hause, die Therapeutin hat angerufen aber ich "
       "habe nicht gehört, Handy war in Tasche. Entschuldigung. Muss ich das bezahlen?\n"
       "Berger", client="samsung", reply="cr-1145", style="samsung",
       note="missed the call of 27.05: the session did not take place")  # fmt: skip


def english_speakers() -> None:
    yes("fd21_carter_today_3_aug.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:40",
        re(1069, "Re"),
        "Hi,\n\nyes, confirming my session today (3 Aug) took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("fd22_carter_mein_deutsch.eml", 11, (1070,), ("2026-08-10",), "2026-08-11 09:00",
        re(1070, "Re"),
        "Hallo,\nja, die Behandlung am 10.08. hat stattgefunden. Vielen Dank!\n(Sorry, mein "
        "Deutsch ist noch nicht so gut)\nEmily", client="gmail", reply="cr-1070",
        style="gmail_en")  # fmt: skip
    yes("fd23_carter_us_dates_late.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-09-09 19:00", "my sessions in August",
        "Hello,\n\nI just realised I never replied to your emails for my sessions on 8/17 "
        "and 8/24 - both of them happened as planned. Sorry for the delay!\n\nBest,\n"
        "Emily Carter", client="gmail",
        note="US month/day dates, written weeks later")  # fmt: skip
    no("fd24_carter_video_failed.eml", 11, ("technical", "reschedule"), "2026-08-31 14:00",
       re(1073, "Re"),
       "Hi, sorry but I can't confirm this one - the video never connected today, we tried "
       "for about ten minutes and then gave up. Could we do it another day this week?\n"
       "Emily", client="gmail", reply="cr-1073", style="gmail_en",
       note="the session of 31.08 did not take place")  # fmt: skip
    yes("fd25_oneill_confirming.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:30",
        re(1136, "RE"),
        "Hello,\n\nConfirming the session on 14/04/2026 took place.\n\nKind regards,\n"
        "James O'Neill", client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("fd26_oneill_an_21_april.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 07:50",
        re(1137, "RE"),
        "Guten Morgen,\n\nIch bestätige, dass die Behandlung an 21. April stattgefunden hat.\n\n"
        "Mit freundlichen Grüße\nJames", client="outlook", reply="cr-1137",
        style="outlook_en")  # fmt: skip
    no("fd27_oneill_see_you_tomorrow.eml", 23, ("other",), "2026-05-11 20:00",
       reminder_subject(1140, "RE"),
       "Hi, yes, confirmed - I'll be there tomorrow evening. Thanks, James",
       client="outlook", reply="rem-1140", style="outlook_en", staff=False,
       note="acknowledges the reminder for tomorrow; no session has taken place yet")  # fmt: skip
    yes("fd28_jansen_cheers.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:00",
        re(1104, "Re"),
        "Hi, yes the session on 22.10 happened, all good. Cheers, Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip


def russian_speakers_and_others() -> None:
    yes("fd29_schulz_kyrillisch.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:20", re(1034),
        "Здравствуйте!\n\nBestätige Termin 16.04.2026, war per Video.\n\nСпасибо,\n"
        "Marie Schulz", client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("fd30_koch_tochter_mama.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 20:00", re(1109),
        "Hallo, ich bin Tochter von Renate Koch. Mama sagt Termin 23.03. am Telefon war, "
        "alles gut. Danke, Olga", client="tonline", reply="cr-1109", style="tonline",
        note="the daughter writes from her mother's address")  # fmt: skip
    yes("fd31_koch_drei_termine.eml", 18, (1110, 1111, 1112),
        ("2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 11:00", "Termine",
        "Sehr geehrte Praxis,\n\nich bestätige Termine 25.03, 30.03 und 01.04.2026, alles am "
        "Telefon gemacht.\n\nMit freundlichen Grüßen\nKoch", client="tonline")  # fmt: skip
    yes("fd32_lehmann_spasibo.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 18:10", re(1087),
        "Hallo,\n\nhiermit bestätige ich, dass Behandlung am 08.09.2026 stattgefunden hat.\n\n"
        "Spasibo!\nAnna", client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("fd33_lehmann_datum_g.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 17:00", re(1088),
        "Bestätigung: 15.09.2026г. Behandlung war.\n\nС уважением,\nАнна Леман",
        client="thunderbird", reply="cr-1088", style="thunderbird",
        note="Russian habit: 'г.' (year) after the date")  # fmt: skip
    no("fd34_lehmann_rezept_frage.eml", 14, ("question",), "2026-09-29 16:00", re(1090),
       "Hallo, ich habe Frage: brauche ich neues Rezept nach 6 Termine oder geht weiter? "
       "Mein Arzt hat Urlaub bis Ende Oktober.\nDanke\nAnna Lehmann",
       client="thunderbird", reply="cr-1090", style="thunderbird",
       note="a question under our request; the session of 29.09 is not confirmed")  # fmt: skip
    yes("fd35_wagner_ja_ist.eml", 21, (1124,), (), "2026-01-12 13:00", re(1124),
        "ja, ist stattgefunden. danke", client="iphone", reply="cr-1124", style="iphone",
        note="a yes under our request for 12.01.2026 that names no day")  # fmt: skip
    yes("fd36_wagner_abgesagter_tag.eml", 21, (), ("2026-02-02",), "2026-02-03 09:10",
        "Bestätigung 02.02.2026",
        "Hallo,\nich bestätige Termin vom 02.02.2026, Video war gut.\nGrüße Sophie Wagner",
        client="webde", staff=True,
        note="confirms 02.02, but that appointment is cancelled: nothing to record")  # fmt: skip
    yes("fd37_schaefer_firma.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15", re(1098),
        "Guten Morgen,\n\nTermin vom 07.10. hat stattgefunden.\n\nBeste Grüße\nB. Schäfer",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("fd38_hoffmann_beide_18_05.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:00",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. haben stattgefunden, morgens KG am Gerät und "
        "mittags die Manuelle Therapie.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both appointments of 18.05 confirmed")  # fmt: skip
    yes("fd39_zimmermann_polen.eml", 15, (1095,), ("2026-10-19",), "2026-10-19 15:00", re(1095),
        "Termin 19.10. war gut, danke. Nächste Woche 26.10 ich bin in Polen bei Familie, "
        "geht nicht. Dann wieder 2.11.\nK. Zimmermann", client="samsung", reply="cr-1095",
        style="samsung", staff=True, extra=("cancellation",),
        note="confirms 19.10 and cancels 26.10 (already cancelled in the calendar)")  # fmt: skip
    no("fd40_zimmermann_lieber_12.eml", 15, ("reschedule",), "2026-11-01 14:00",
       reminder_subject(1097),
       "Hallo, morgen ich kann nur 12 Uhr, nicht 11. Geht das? Bitte kurz Bescheid.\n"
       "Zimmermann", client="samsung", reply="rem-1097", style="samsung",
       note="wants tomorrow's session an hour later")  # fmt: skip
    yes("fd41_hartmann_yes_it_was.eml", 20, (1120,), (), "2026-11-03 19:45", re(1120),
        "yes it was, thank you!", client="webde", reply="cr-1120", style="webde",
        note="a yes under our request for 03.11.2026 that names no day")  # fmt: skip
    yes("fd42_hartmann_zukunft_mit.eml", 20, (1122,), ("2026-11-17",), "2026-11-20 18:00",
        "Termine November",
        "Hallo,\nich bestätige die Termine am 17.11. und 24.11., danke!\nLeonie Hartmann",
        client="webde", staff=True,
        note="24.11 is still to come: only 17.11 can be recorded")  # fmt: skip


def main() -> None:
    load_practice()
    turkish_speakers()
    romanian_and_polish_speakers()
    english_speakers()
    russian_speakers_and_others()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
