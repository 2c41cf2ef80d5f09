"""Write blind set CZ: a plain inbox of the whole year, 42 mails from the patients in
practice.toml as they would really answer: 30 that confirm at least one session and 12
look-alikes (four of them meant as a confirmation of nothing recordable). Mostly short replies under our confirmation
request from phones and webmail, with and without the date, some new mails, many patients
answering several of our requests at once under the newest one and naming the older days in
their own words, a few late, a few with a question or a problem beside the yes; and the
usual look-alikes: a cancellation, a reschedule wish, a question about a coming session, a
missed and a half session, a yes to a reminder, a day that matches nothing, a cancelled day,
a day already confirmed, a doubt about the day, a video-code problem.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cz`.
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

HERE = data_dir("blind_cz")


def winter() -> None:
    yes("cz01_krueger_ja_27_01.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja hat stattgefunden am 27.1.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cz02_krueger_drei_auf_einmal.eml", 1, (1005, 1006, 1007),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-02-24 18:40", re(1007),
        "Hallo zusammen,\n\ndie Stunde heute (24.2.) war. Und die zwei davor hatte ich noch gar"
        " nicht bestätigt, sorry – 10.2. und 17.2. haben auch beide stattgefunden.\n\n"
        "Liebe Grüße\nSabine Krüger",
        client="webde", reply="cr-1007", style="webde",
        note="three days at once under the newest request; 03.02. is not named")  # fmt: skip
    yes("cz03_becker_vier_verschlampt.eml", 2, (1010, 1011, 1012, 1013),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-12 20:15", re(1013),
        "Hallo,\n\nhiermit bestätige ich den Termin heute, 12.2.\nDie drei davor hab ich wohl"
        " verschlampt, die haben aber alle stattgefunden (2., 5. und 9.2.).\n\nGruß\nT. Becker",
        client="plain", reply="cr-1013", style="webde")  # fmt: skip
    yes("cz04_becker_kurz_2_3.eml", 2, (1018,), ("2026-03-02",), "2026-03-03 07:55",
        re(1018, "Re"), "Ja. 2.3. war.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1018", style="iphone")  # fmt: skip
    yes("cz05_wolff_zwei_januar.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-26 09:12", re(1029),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 23.01.2026 hat stattgefunden,"
        " ebenso die Behandlung am 16.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1029", style="tonline")  # fmt: skip
    yes("cz06_wagner_letzten_monat_offen.eml", 21, (1124, 1129), ("2026-01-12", "2026-02-16"),
        "2026-02-19 21:05", re(1129),
        "Hallo,\n\nja, 16.2. hat stattgefunden. Die vom letzten Monat hatte ich noch offen, das"
        " war der 12.1., die war auch.\n\nLG Sophie",
        client="plain", reply="cr-1129", style="webde")  # fmt: skip
    yes("cz07_aydin_drei_bitte.eml", 22, (1131, 1132, 1133),
        ("2026-02-26", "2026-03-05", "2026-03-12"), "2026-03-12 15:10", re(1133),
        "Hallo ja Termin heute 12.03 hat stattgefunden. Auch die von 26.02 und 05.03 bitte"
        " bestätigen, war beide.\nmfg Mehmet Aydin",
        client="outlook", reply="cr-1133", style="outlook")  # fmt: skip


def spring() -> None:
    yes("cz08_demir_ja_ohne_datum.eml", 3, (1019,), (), "2026-03-04 11:15", re(1019),
        "ja hat stattgefunden danke!",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("cz09_demir_mit_rezeptfrage.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 12:40",
        re(1022),
        "Hi, ja war gut am 25.3.\nKurze Frage: brauche ich für nach Ostern ein neues Rezept?"
        " Die Termine sind ja bald rum.\nAylin",
        client="gmail", reply="cr-1022", style="gmail", staff=True, extra=("question",),
        note="a yes and a question about a new prescription")  # fmt: skip
    yes("cz10_koch_sechs_nachgereicht.eml", 18, (1109, 1110, 1111, 1112, 1113, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01", "2026-04-08", "2026-04-13"),
        "2026-04-14 09:30", re(1114),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlungen am"
        " 23.3., 25.3., 30.3., 1.4., 8.4. und 13.4. stattgefunden haben. Ich hatte Ihre Mails"
        " leider erst jetzt gesehen.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1114", style="tonline")  # fmt: skip
    yes("cz11_schulz_drei_april.eml", 5, (1034, 1035, 1036),
        ("2026-04-16", "2026-04-23", "2026-04-30"), "2026-04-30 18:20", re(1036, "Re"),
        "Hallo,\n\nja, Termin am 30.04. hat stattgefunden. Die beiden vorher (16. und 23.4.) hab"
        " ich glaub ich auch noch nicht bestätigt, die waren auch.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird")  # fmt: skip
    yes("cz12_hoffmann_bestaetigt.eml", 6, (1040,), (), "2026-05-04 09:50", re(1040),
        "Bestätigt.\n\nGruß\nHoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("cz13_hoffmann_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:20",
        re(1043),
        "Hallo,\n\nbeide Termine heute (18.05., morgens Gerät und mittags MT) haben"
        " stattgefunden.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("cz14_oneill_two_sessions.eml", 23, (1138, 1139), ("2026-04-28", "2026-05-05"),
        "2026-05-06 08:00", re(1139, "RE"),
        "Hi,\n\nconfirming yesterday's session (5 May). Also the one on 28 April - sorry for"
        " the delay.\n\nCheers,\nJames",
        client="outlook", reply="cr-1139", style="outlook_en")  # fmt: skip


def summer() -> None:
    yes("cz15_popescu_lerner.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"),
        "2026-06-16 14:00", re(1048),
        "Hallo,\nja die Therapie am 16.06 war stattgefunden. Auch 9.06 ich habe vergessen zu"
        " schreiben, sorry.\nDanke, Elena",
        client="yahoo", reply="cr-1048", style="yahoo")  # fmt: skip
    yes("cz16_richter_zwei_davor.eml", 8, (1053, 1054, 1055), (), "2026-07-01 20:10",
        re(1055, "Re"),
        "Jo hat stattgefunden. Die zwei davor auch noch, hatte ich vergessen 🙈",
        client="iphone", reply="cr-1055", style="iphone",
        note="no day named: the requested one and the two before it")  # fmt: skip
    yes("cz17_richter_neue_mail.eml", 8, (1051, 1052), ("2026-06-03", "2026-06-10"),
        "2026-06-12 22:30", "Termine",
        "Hi,\n\nbestätige hiermit meine MT-Termine am 3.6. und 10.6.\n\nGruß Jonas",
        client="apple")  # fmt: skip
    yes("cz18_neumann_heute_und_dienstag.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 11:20", re(1057),
        "Guten Tag,\n\nja, das Telefonat heute früh hat stattgefunden, und am Dienstag den 7.7."
        " auch. Es geht mir schon viel besser mit dem Knie.\n\nHerzliche Grüße\nGisela Neumann",
        client="plain", reply="cr-1057", style="outlook_classic")  # fmt: skip
    yes("cz19_neumann_enkel.eml", 9, (1058, 1059, 1060, 1061, 1062),
        ("2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23", "2026-07-28"),
        "2026-08-03 16:45", re(1062),
        "Guten Tag,\n\nich bestätige die Behandlungen vom 14.7., 16.7., 21.7., 23.7. und 28.7.\n"
        "Bitte entschuldigen Sie, mein Enkel hat mir erst jetzt gezeigt wo die Mails sind.\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="plain", reply="cr-1062", style="outlook_classic",
        note="late, five days at once")  # fmt: skip
    yes("cz20_brandt_unten_drei.eml", 10, (1066, 1067, 1068),
        ("2026-07-24", "2026-07-31", "2026-08-07"), "2026-08-07 19:10", re(1068, "Re"),
        "Heute (7.8.) hat stattgefunden, danke. Die vom 24.7. und 31.7. hatte ich noch offen,"
        " die gehen auch klar.\n\nLukas Brandt",
        client="thunderbird", reply="cr-1068", style="thunderbird", bottom=True)  # fmt: skip
    yes("cz21_carter_two_late.eml", 11, (1073, 1074), ("2026-08-31", "2026-09-07"),
        "2026-09-10 19:30", re(1074, "Re"),
        "Hi there,\n\nconfirming the session on 7 September, and also the one on 31 August,"
        " which I think I never answered.\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("cz22_yildiz_heute_und_12.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-26 12:00", re(1078),
        "hallo ja hat stattgefunden heute. 12.8 auch. 19.8 war ja abgesagt\ngruss fatma",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    yes("cz23_berger_einer_nicht.eml", 24, (1147,), ("2026-06-10",), "2026-06-10 11:20", re(1147),
        "Guten Tag,\n\ndie Behandlung heute (10.6.) hat stattgefunden.\nBei der am 3.6. war die"
        " Verbindung nach zehn Minuten weg und die Therapeutin hat nicht mehr zurückgerufen,"
        " die bitte nicht abrechnen.\n\nFreundliche Grüße\nU. Berger",
        client="plain", reply="cr-1147", style="outlook_classic", staff=True, extra=("other",),
        note="03.06. broke off after ten minutes: only 10.06. is confirmed")  # fmt: skip


def autumn() -> None:
    yes("cz24_vogel_zwei.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-17 09:40", re(1083),
        "Termin 17.09. bestätigt. Den vom 10.09. ebenfalls.\n\nMit freundlichen Grüßen\n"
        "Dr. Michael Vogel\nVogel & Partner Rechtsanwälte\nTel. 089 2100 4410",
        client="outlook", reply="cr-1083", style="outlook")  # fmt: skip
    yes("cz25_lehmann_vier.eml", 14, (1087, 1088, 1089, 1090),
        ("2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29"), "2026-09-29 15:10",
        re(1090, "Re"),
        "Hallo,\n\ndie Sitzung heute (29.9.) hat stattgefunden. Die beiden Wochen davor (15. und"
        " 22.9.) ebenfalls – und die ganz erste am 8.9. auch, die ist glaube ich noch offen.\n\n"
        "Viele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1090", style="thunderbird")  # fmt: skip
    yes("cz26_zimmermann_schwaebisch.eml", 15, (1093, 1094), ("2026-10-05", "2026-10-12"),
        "2026-10-12 14:00", re(1094),
        "Hallo, jo des hot stattgfunda am 12.10., und am 5. au scho.\nGrüßle Klaus Zimmermann",
        client="samsung", reply="cr-1094", style="samsung",
        note="Swabian; 'am 5.' is 05.10.")  # fmt: skip
    yes("cz27_schaefer_buero.eml", 16, (1099, 1100), ("2026-10-14", "2026-10-21"),
        "2026-10-22 08:15", re(1100),
        "Guten Morgen,\n\nTermin vom 21.10. hat stattgefunden, ebenso 14.10.\n\nViele Grüße\n"
        "Birgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", reply="cr-1100", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("cz28_jansen_jup.eml", 17, (1106,), (), "2026-11-05 12:40", re(1106),
        "Jup, hat stattgefunden, danke!",
        client="gmail", reply="cr-1106", style="gmail")  # fmt: skip
    yes("cz29_nowak_mit_rechnungsfrage.eml", 19, (1118, 1119), ("2026-11-20", "2026-11-27"),
        "2026-11-27 09:55", re(1119),
        "Bestätige 27.11. sowie die vom 20.11.\nBekomme ich die Rechnung per Post oder per"
        " Mail? Meine Versicherung will das Original.\n\nBeste Grüße\nDavid Nowak",
        client="plain", reply="cr-1119", style="gmail", staff=True, extra=("question",),
        note="two days and a question about the invoice")  # fmt: skip
    yes("cz30_hartmann_klein.eml", 20, (1121, 1122), ("2026-11-10", "2026-11-17"),
        "2026-11-17 19:45", re(1122),
        "hallo, ja hat stattgefunden (17.11) und vom letzten mal 10.11 auch noch. lg leonie",
        client="webde", reply="cr-1122", style="webde")  # fmt: skip


def look_alikes() -> None:
    no("cz31_krueger_erinnerung_dabei.eml", 1, ("other",), "2026-03-09 11:00",
       reminder_subject(1009), "Ja, ich bin morgen dabei. LG Sabine",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="a yes to the reminder for a coming session: nothing took place yet")  # fmt: skip
    no("cz32_demir_absage.eml", 3, ("cancellation",), "2026-04-21 10:15", reminder_subject(1026),
       "Hallo, ich muss morgen (22.4.) leider absagen, ich bin krank. Tut mir leid!\nAylin",
       client="gmail", reply="rem-1026", style="gmail")  # fmt: skip
    no("cz33_hoffmann_verschieben.eml", 6, ("reschedule",), "2026-05-27 17:30",
       "Termin 01.06.",
       "Hallo,\n\nkönnen wir den Termin am Montag, 01.06., auf den Nachmittag verschieben? Ich"
       " habe morgens eine Besprechung.\n\nGruß\nP. Hoffmann",
       client="outlook")  # fmt: skip
    no("cz34_brandt_nicht_dabei.eml", 10, ("technical", "reschedule"), "2026-07-10 17:45",
       re(1064, "Re"),
       "Hallo,\n\nich war heute leider nicht dabei, der Link ging bei mir nicht und danach hatte"
       " ich keine Zeit mehr. Kann man das nachholen?\n\nLukas",
       client="thunderbird", reply="cr-1064", style="thunderbird",
       note="a reply under our request saying the session did not take place")  # fmt: skip
    no("cz35_lehmann_vorbereiten.eml", 14, ("question",), "2026-10-04 20:00",
       video_link_subject(1091),
       "Hallo,\n\nmuss ich für Dienstag etwas vorbereiten? Ich habe kein Theraband zu Hause.\n\n"
       "Viele Grüße\nAnna Lehmann",
       client="thunderbird", reply="vl-1091", style="thunderbird",
       note="a question about a coming session")  # fmt: skip
    no("cz36_aydin_nicht_angerufen.eml", 22, ("other",), "2026-03-19 14:30", re(1134),
       "Hallo, der Termin heute hat nicht stattgefunden, es hat niemand angerufen. Ich war"
       " die ganze Zeit da.\nMehmet Aydin",
       client="outlook", reply="cr-1134", style="outlook",
       note="a missed session under our request")  # fmt: skip
    yes("cz37_yildiz_abgesagter_tag.eml", 12, (), (), "2026-08-21 09:10",
        "Bestätigung", "hallo ich bestätige den termin am 19.08. gruss fatma yildiz",
        client="webde", staff=True,
        note="19.08. was cancelled: nothing to record, staff must ask")  # fmt: skip
    yes("cz38_hartmann_falscher_tag.eml", 20, (), ("2026-11-18",), "2026-11-20 18:10",
        "Behandlung bestätigen",
        "Hallo,\nich bestätige die Behandlung vom 18.11.\nlg Leonie Hartmann",
        client="webde", staff=True,
        note="no appointment on 18.11. (it was 17.11.): staff must ask")  # fmt: skip
    yes("cz39_vogel_schon_bestaetigt.eml", 13, (), ("2026-09-03",), "2026-09-04 07:50", re(1081),
        "Termin 03.09. hat stattgefunden.\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
        client="outlook", reply="cr-1081", style="outlook",
        note="03.09. is already confirmed: nothing new to record, nobody needs to act")  # fmt: skip
    yes("cz40_nowak_nur_viertelstunde.eml", 19, (), (), "2026-11-06 10:20", re(1116),
        "Ja, aber nur eine Viertelstunde, dann ist bei mir das Internet ausgefallen und ich kam"
        " nicht mehr rein.\nDavid Nowak",
        client="plain", reply="cr-1116", style="gmail", staff=True, extra=("technical",),
        note="the session broke off after 15 minutes: not fully held, staff decides")  # fmt: skip
    no("cz41_berger_unsicher.eml", 24, ("question",), "2026-06-05 15:00", re(1146),
       "Guten Tag,\n\nich weiß leider nicht mehr genau, ob das am Mittwoch war. Ich war an dem"
       " Tag auch beim Arzt. Können Sie mir sagen, wann der Anruf war?\n\nFreundliche Grüße\n"
       "U. Berger",
       client="plain", reply="cr-1146", style="outlook_classic",
       note="doubt whether the session took place: no yes")  # fmt: skip
    no("cz42_schulz_code.eml", 5, ("technical",), "2026-05-07 15:35", video_link_subject(1037),
       "Hallo, der Zugangscode geht nicht, es kommt immer \"ungültig\". Was mache ich falsch?\n"
       "Marie Schulz",
       client="thunderbird", reply="vl-1037", style="thunderbird")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
