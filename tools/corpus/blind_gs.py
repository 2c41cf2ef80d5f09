"""Write blind set GS: a plain inbox of a busy autumn (September to November 2026), mostly
written from phones in a hurry. 43 mails: 33 confirm at least one session (short replies
under our request: a yes, 'passt', a thumbs-up, loosely typed days like '3/11', '5 nov';
dictated slips; English and learners' German; several days at once; a few weeks late after
a holiday; some with a question or a reschedule wish beside the confirmation, one naming a
day that did not take place) and 10 look-alikes (a cancellation, a reschedule, questions
about a coming session, missed sessions, replies to a reminder or a video link, a 'yes'
for a session still to come).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gs`.
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

HERE = data_dir("blind_gs")

IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\nGesendet von meinem Samsung Galaxy Smartphone."
OUTLOOK_IOS = "\n\nHolen Sie sich Outlook für iOS"


def september() -> None:
    yes("gs01_lehmann_ja_8_9.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:12", re(1087, "Re"),
        "Ja, hat stattgefunden am 8.9.\nLG Anna", client="gmail", reply="cr-1087", style="gmail",
        note="short yes under our request with the day typed loosely")  # fmt: skip
    yes("gs02_carter_yes_sept7.eml", 11, (1074,), ("2026-09-07",), "2026-09-07 14:41", re(1074, "Re"),
        "Yes, confirmed - session on Sept 7 took place. Thanks!\n\nEmily\nSent from my iPhone",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("gs03_yildiz_zwei_termine.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-09-10 09:16", re(1080, "Aw"),
        "Hallo,\nich bestätige Termin 2.9 und 9.9 , telefon Behandlung war gut. Vielen dank\nFatma Yildiz",
        client="webde", reply="cr-1080", style="webde",
        note="learners' German, two days at once")  # fmt: skip
    yes("gs04_lehmann_daumen.eml", 14, (1088,), (), "2026-09-15 14:52", re(1088, "AW"),
        "👍" + IPHONE, client="iphone", reply="cr-1088", style="iphone",
        note="a thumbs-up under our request for 15.09.: a yes without a day")  # fmt: skip
    yes("gs05_vogel_zwei_bottom.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-24 19:34", re(1084, "AW"),
        "Hiermit bestätige ich die Behandlungen am 17.09. und 24.09.2026.\n\nDr. M. Vogel\n"
        "Vogel & Partner Rechtsanwälte\nKaiserstr. 12, 60311 Frankfurt",
        client="outlook", reply="cr-1084", style="outlook_classic")  # fmt: skip
    yes("gs06_lehmann_passt.eml", 14, (1089,), (), "2026-09-22 16:03", re(1089, "Re"),
        "passt", client="gmail", reply="cr-1089", style="gmail",
        note="'passt' alone under our request for 22.09.")  # fmt: skip
    yes("gs07_lehmann_diktiert.eml", 14, (1090,), ("2026-09-29",), "2026-09-29 17:26", re(1090, "AW"),
        "Hallo ich bestätige die Behandlung vom 29. September Komma die hat stattgefunden Punkt "
        "viele Grüße Anna" + IPHONE, client="iphone", reply="cr-1090", style="iphone",
        note="dictated, punctuation words left in")  # fmt: skip
    yes("gs08_neumann_nach_urlaub.eml", 9, (1056, 1057, 1058, 1059, 1060, 1061, 1062),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23",
         "2026-07-28"),
        "2026-09-03 10:47", "Bestätigung meiner Termine im Juli",
        "Guten Tag,\n\nentschuldigen Sie bitte, dass ich mich erst jetzt melde, wir waren sechs "
        "Wochen bei unserer Tochter in Kanada und ich habe die Mails nicht gelesen.\n\n"
        "Ich bestätige die telefonischen Behandlungen am 7.7., 9.7., 14.7., 16.7., 21.7., "
        "23.7. und 28.7. Die haben alle stattgefunden, es hat mir sehr geholfen.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        note="late after a holiday, a new mail listing all seven July sessions")  # fmt: skip
    yes("gs09_brandt_urlaub.eml", 10, (1067, 1068), ("2026-07-31", "2026-08-07"),
        "2026-09-01 21:05", re(1068, "Re"),
        "Hi,\nsorry, war im Urlaub und hab das erst jetzt gesehen. 31.7. und 7.8. haben beide "
        "stattgefunden.\nGruß Lukas", client="thunderbird", reply="cr-1068", style="thunderbird")  # fmt: skip
    yes("gs10_carter_august_late.eml", 11, (1072, 1073), ("2026-08-24", "2026-08-31"),
        "2026-09-09 08:20", re(1073, "Re"),
        "Hi there,\n\napologies for the delay, I've been away. I can confirm both my sessions "
        "on Aug 24 and Aug 31 took place.\n\nBest,\nEmily", client="gmail", reply="cr-1073",
        style="gmail_en")  # fmt: skip


def october() -> None:
    yes("gs11_vogel_1_10.eml", 13, (1085,), ("2026-10-01",), "2026-10-01 08:52", re(1085, "AW"),
        "1.10. stattgefunden, danke." + OUTLOOK_IOS, client="outlook", reply="cr-1085",
        style="outlook")  # fmt: skip
    yes("gs12_zimmermann_foermlich.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:14",
        re(1093, "AW"),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung am "
        "Montag, den 5. Oktober 2026.\n\nMit freundlichen Grüßen\nKlaus Zimmermann",
        client="tonline", reply="cr-1093", style="tonline")  # fmt: skip
    yes("gs13_lehmann_ja_rezept.eml", 14, (1091,), ("2026-10-06",), "2026-10-06 15:40",
        re(1091, "Re"),
        "Ja, 6.10. hat stattgefunden. Kurze Frage: das Rezept ist doch bald aufgebraucht oder? "
        "Muss ich mich um ein neues kümmern?\nAnna", client="gmail", reply="cr-1091", style="gmail",
        staff=True, extra=("question",), note="confirms 06.10. and asks about a new prescription")  # fmt: skip
    yes("gs14_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 09:31", re(1098, "AW"),
        "Guten Morgen,\n\ndie Behandlung vom 07.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nLindenallee 4 · 50968 Köln\nTel. 0221 398 22 10",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, at work")  # fmt: skip
    yes("gs15_vogel_8_10.eml", 13, (1086,), ("2026-10-08",), "2026-10-08 08:49", re(1086, "AW"),
        "Bestätigt (08.10.)\nMV" + OUTLOOK_IOS, client="outlook", reply="cr-1086", style="outlook")  # fmt: skip
    yes("gs16_lehmann_13_10_daumen.eml", 14, (1092,), ("2026-10-13",), "2026-10-13 14:58",
        re(1092, "Re"), "13.10 👍", client="gmail", reply="cr-1092", style="gmail")  # fmt: skip
    yes("gs17_schaefer_gmx.eml", 16, (1099,), ("2026-10-14",), "2026-10-14 20:37", re(1099, "Aw"),
        "Hat stattgefunden, 14.10\nLG B. Schäfer", client="webde", reply="cr-1099", style="webde")  # fmt: skip
    yes("gs18_zimmermann_zwei_spaet.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-20 10:02", "Bestätigung Termine",
        "Guten Tag,\n\nich bestätige die Termine am 12.10. und 19.10., beide am Telefon. Den 26. "
        "hatten Sie ja abgesagt, das ist in Ordnung.\n\nMfG\nK. Zimmermann",
        client="tonline",
        note="new mail, two days; the cancelled 26.10. is no treatment day and needs nobody")  # fmt: skip
    yes("gs19_jansen_jo.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:48", re(1104, "AW"),
        "jo hat geklappt 22.10 👍" + IPHONE, client="iphone", reply="cr-1104", style="iphone")  # fmt: skip
    yes("gs20_schaefer_zwei.eml", 16, (1100, 1101), ("2026-10-21", "2026-10-28"), "2026-10-29 07:52",
        re(1101, "Aw"), "Hallo, bestätige 21.10. und 28.10.\nLG Birgit", client="webde",
        reply="cr-1101", style="webde")  # fmt: skip
    yes("gs21_jansen_slash.eml", 17, (1105,), ("2026-10-29",), "2026-10-30 18:14", re(1105, "Re"),
        "Bestätige 29/10\nOle", client="gmail", reply="cr-1105", style="gmail")  # fmt: skip


def november() -> None:
    yes("gs22_zimmermann_2_11.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 12:41", re(1097, "AW"),
        "2.11. Behandlung hat stattgefunden.\nGruß K.Z.", client="tonline", reply="cr-1097",
        style="tonline")  # fmt: skip
    yes("gs23_hartmann_3_11.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 18:49", re(1120, "AW"),
        "3/11 ja fand statt" + IPHONE, client="iphone", reply="cr-1120", style="iphone")  # fmt: skip
    yes("gs24_schaefer_ja_samsung.eml", 16, (1102,), (), "2026-11-04 20:33", re(1102, "AW"),
        "ja" + SAMSUNG, client="samsung", reply="cr-1102", style="samsung",
        note="a bare yes under our request for 04.11.")  # fmt: skip
    yes("gs25_jansen_english.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 12:10", re(1106, "Re"),
        "Hi, confirming my session on 5 nov. Cheers, Ole", client="gmail", reply="cr-1106",
        style="gmail_en")  # fmt: skip
    yes("gs26_nowak_bottom.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 09:44", re(1116, "Re"),
        "Bestätigt: 6. Nov, MT per Video hat stattgefunden.\n\nD. Nowak", client="thunderbird",
        reply="cr-1116", style="thunderbird", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("gs27_nowak_und_verschieben.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:20",
        re(1116, "Re"),
        "Moin, 06.11. hat stattgefunden. Können wir den nächsten am 13.11. auf 9 Uhr schieben? "
        "Hab um 8 einen Call.\nDavid", client="thunderbird", reply="cr-1116", style="thunderbird",
        staff=True, extra=("reschedule",), note="confirms 06.11. and wants 13.11. moved")  # fmt: skip
    yes("gs28_hartmann_diktiert.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 18:42", re(1121, "AW"),
        "Hallo hiermit bestätige ich den Termin am zehnten November er hat stattgefunden liebe "
        "Grüße Leonie Hartmann" + IPHONE, client="iphone", reply="cr-1121", style="iphone",
        note="dictated, the day spelled out")  # fmt: skip
    yes("gs29_hartmann_eins_nicht.eml", 20, (1120,), ("2026-11-03",), "2026-11-10 19:05",
        re(1121, "AW"),
        "Hallo, am 3.11 hat alles geklappt. Heute leider nicht, ich bin in den Link rein aber "
        "es kam nur ein schwarzes Bild und dann war ich raus. Können wir das nachholen?\nLeonie"
        + IPHONE, client="iphone", reply="cr-1121", style="iphone", staff=True,
        extra=("technical", "reschedule"),
        note="under the request for 10.11.: confirms 03.11., today's session failed")  # fmt: skip
    yes("gs30_schaefer_11_11.eml", 16, (1103,), ("2026-11-11",), "2026-11-12 08:15", re(1103, "Re"),
        "Guten Morgen, Termin am 11.11. hat stattgefunden 🙂\nViele Grüße Birgit Schäfer",
        client="thunderbird", reply="cr-1103", style="thunderbird")  # fmt: skip
    yes("gs31_jansen_moin_zwei.eml", 17, (1107, 1108), ("2026-11-12", "2026-11-19"),
        "2026-11-19 13:03", re(1108, "AW"),
        "Moin, beide Termine 12.11 und 19.11 bestätigt. Gruß Ole" + IPHONE, client="iphone",
        reply="cr-1108", style="iphone")  # fmt: skip
    yes("gs32_nowak_nach_reise.eml", 19, (1117, 1118, 1119), ("2026-11-13", "2026-11-20", "2026-11-27"),
        "2026-12-14 22:10", "Bestätigung November",
        "Hallo zusammen,\n\nsorry für die Verspätung, war danach zwei Wochen beruflich unterwegs. "
        "Bestätige hiermit die Termine 13.11., 20.11. und 27.11. (alle per Video).\n\nBeste Grüße\n"
        "David Nowak", client="plain", note="a new mail weeks later, three days at once")  # fmt: skip
    yes("gs33_hartmann_zwei_yahoo.eml", 20, (1122, 1123), ("2026-11-17", "2026-11-24"),
        "2026-11-25 07:31", re(1123, "AW"),
        "Hallo,\ndie termine am 17.11 und 24.11 haben stattgefunden\nlg leonie", client="yahoo",
        reply="cr-1123", style="yahoo")  # fmt: skip


def look_alikes() -> None:
    no("gs34_yildiz_kein_anruf.eml", 12, ("question",), "2026-09-09 12:14", re(1080, "Aw"),
        "Hallo,\nich habe heute kein anruf bekommen. Ich habe gewartet um 10:30 bis 11 Uhr. "
        "Was ist passiert? Bitte rufen Sie mich an.\nFatma", client="webde", reply="cr-1080",
        style="webde", note="under our request for 09.09.: the session did not take place")  # fmt: skip
    no("gs35_carter_missed.eml", 11, ("reschedule",), "2026-09-07 15:02", re(1074, "Re"),
        "Hi, I'm afraid I couldn't make it today, work emergency - sorry! Could we add a session "
        "at the end instead?\nEmily", client="gmail", reply="cr-1074", style="gmail_en",
        note="under our request for 07.09.: she missed the session and wants it made up")  # fmt: skip
    no("gs36_lehmann_erinnerung.eml", 14, ("other",), "2026-10-12 14:05", reminder_subject(1092),
        "Ja passt, bis morgen!" + IPHONE, client="iphone", reply="rem-1092", style="iphone",
        staff=False, note="a yes to the reminder for a session still to come")  # fmt: skip
    no("gs37_jansen_frage_rechnung.eml", 17, ("question",), "2026-10-29 12:20", re(1105, "Re"),
        "Hi, kurze Frage bevor ich das bestätige: bekomme ich die Rechnung per Mail? Meine PKV "
        "will die als PDF.\nOle", client="gmail", reply="cr-1105", style="gmail",
        note="asks about the invoice before confirming; no confirmation given")  # fmt: skip
    no("gs38_zimmermann_absage.eml", 15, ("cancellation",), "2026-11-01 12:30",
        reminder_subject(1097),
        "Guten Tag,\n\nmorgen kann ich leider nicht, ich muss ins Krankenhaus zur Untersuchung. "
        "Bitte sagen Sie den Termin ab.\n\nMfG\nKlaus Zimmermann", client="tonline",
        reply="rem-1097", style="tonline")  # fmt: skip
    no("gs39_schaefer_zukunft.eml", 16, ("other",), "2026-11-05 21:10", "Termin 11.11.",
        "Hallo,\nhiermit bestätige ich den Termin am 11.11. um 19 Uhr, ich bin dabei.\n"
        "LG Birgit Schäfer", client="webde", staff=False,
        note="'confirms' a session still to come: attendance, not a treatment that took place")  # fmt: skip
    no("gs40_schaefer_verschieben.eml", 16, ("reschedule",), "2026-11-10 19:40",
        reminder_subject(1103, "Aw"),
        "Hallo, geht es morgen auch schon um 18 Uhr statt 19? Sonst schaffe ich es nicht.\nLG Birgit"
        + SAMSUNG, client="samsung", reply="rem-1103", style="samsung")  # fmt: skip
    no("gs41_jansen_frage_geraete.eml", 17, ("question",), "2026-11-16 09:12",
        video_link_subject(1108),
        "Hi, brauche ich für Donnerstag irgendwas zuhause? Hab keine Hanteln oder so.\nOle"
        + IPHONE, client="iphone", reply="vl-1108", style="iphone",
        note="a question about a coming session, under the video link")  # fmt: skip
    no("gs42_nowak_videolink_daumen.eml", 19, ("other",), "2026-11-24 07:15",
        video_link_subject(1119),
        "Danke, bin dabei 👍", client="thunderbird", reply="vl-1119", style="thunderbird",
        staff=False, note="a thumbs-up to the video link of a session still to come")  # fmt: skip
    no("gs43_hartmann_niemand_kam.eml", 20, ("question",), "2026-11-17 18:55", re(1122, "AW"),
        "Hallo, der Termin heute hat leider nicht stattgefunden, ich war ab 17 Uhr im Videoraum "
        "aber es kam niemand. Um halb hab ich aufgegeben. Wie geht es jetzt weiter?\nLeonie"
        + IPHONE, client="iphone", reply="cr-1122", style="iphone",
        note="under our request for 17.11.: the session did not take place")  # fmt: skip


def main() -> None:
    load_practice()
    september()
    october()
    november()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
