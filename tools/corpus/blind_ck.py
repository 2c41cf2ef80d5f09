"""Write blind set CK: a plain, representative inbox of the whole year, 42 mails. Most are
short replies under our confirmation request from phones and webmail, with and without the
day; many patients answer the wrong mail of ours (the reminder or the video-link mail,
written after the session, or an old request naming a newer day) or write a new mail whose
subject carries the day while the text does not; some confirm several days at once, a few
late, a few with a question, a cancellation or a problem beside the yes. Ten look-alikes:
a cancellation, reschedule wishes, a question about a coming session, missed or cut-short
sessions, a thank-you for the link and an "I'll be there" under a reminder.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ck`.
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

HERE = data_dir("blind_ck")


def winter() -> None:
    """January to March: Krüger, Becker, Wolff, Wagner, Demir, Aydın."""
    yes("ck01_krueger_ja_ohne_datum.eml", 1, (1003,), (), "2026-01-27 12:10", re(1003),
        "Hallo,\nja, der Termin hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("ck02_krueger_ja_und_absage.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 13:25",
        re(1004),
        "Hallo liebes Praxis-Team,\n\nder Termin am 3.2. hat stattgefunden, danke.\n"
        "Den Termin am 17.2. muss ich leider absagen, da hab ich einen Arzttermin den ich "
        "nicht verschieben kann.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1004", style="webde", staff=True, extra=("cancellation",),
        note="confirms 03.02., cancels the coming 17.02.")  # fmt: skip
    no("ck03_krueger_erinnerung_bin_dabei.eml", 1, ("other",), "2026-03-09 14:02",
       reminder_subject(1009),
       "Danke für die Erinnerung, ich bin morgen dabei!\nSabine",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="answers the reminder before the session: nothing took place yet, nothing to do")  # fmt: skip
    yes("ck04_becker_ja_datum.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:02", re(1010),
        "Bestätige die Behandlung am 02.02.2026.\n\nGruß\nT. Becker",
        client="plain", reply="cr-1010", style="webde")  # fmt: skip
    yes("ck05_becker_drei_tage_neue_mail.eml", 2, (1013, 1014, 1015),
        ("2026-02-12", "2026-02-16", "2026-02-19"), "2026-02-20 08:15", "Bestätigung Termine",
        "Guten Morgen,\n\nich bin mit dem Bestätigen etwas hinterher. Hiermit bestätige ich "
        "die Behandlungen am 12.2., 16.2. und 19.2., alle drei telefonisch wie vereinbart.\n\n"
        "Beste Grüße\nThomas Becker",
        client="plain", note="new mail, three days at once")  # fmt: skip
    no("ck06_becker_absage_morgen.eml", 2, ("cancellation",), "2026-03-01 18:40",
       reminder_subject(1018),
       "Hallo,\nich muss den Termin morgen leider absagen, hab mir was eingefangen und liege "
       "flach. Melde mich wegen eines neuen Termins.\nGruß Becker",
       client="plain", reply="rem-1018", style="webde",
       note="cancels 02.03. under the reminder")  # fmt: skip
    yes("ck07_wolff_ja_freitag.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:30", re(1028),
        "Guten Tag,\n\ndie Behandlung am Freitag, den 16.01., hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    no("ck08_wolff_anruf_kam_nicht.eml", 4, ("other",), "2026-01-31 09:12", re(1030),
       "Sehr geehrte Damen und Herren,\n\nder Anruf gestern kam nicht. Ich habe bis halb drei "
       "am Telefon gesessen. Bitte rechnen Sie das nicht ab und rufen Sie mich wegen eines "
       "Ersatztermins an.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline", reply="cr-1030", style="tonline",
       note="the session of 30.01. did not take place")  # fmt: skip
    yes("ck09_wolff_alte_anfrage_neuer_tag.eml", 4, (1031,), ("2026-02-06",),
        "2026-02-07 11:05", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Telefonbehandlung vom "
        "6. Februar.\n\nMfG\nWolff",
        client="tonline", reply="cr-1028", style="tonline",
        note="answers the old request for 16.01. but names 06.02.")  # fmt: skip
    yes("ck10_wagner_ja_191.eml", 21, (1125,), ("2026-01-19",), "2026-01-19 11:48", re(1125),
        "ja termin am 19.1 hat stattgefunden\nlg sophie",
        client="plain", reply="cr-1125", style="webde")  # fmt: skip
    yes("ck11_demir_videolink_danach.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:02",
        video_link_subject(1019),
        "Hat super geklappt heute morgen, danke!! Den Termin vom 4.3. bestätige ich hiermit 🙂\n\n"
        "Aylin",
        client="gmail", reply="vl-1019", style="gmail",
        note="answers the video-link mail after the session")  # fmt: skip
    yes("ck12_demir_erinnerung_heute.eml", 3, (1021,), ("2026-03-18",), "2026-03-18 09:40",
        reminder_subject(1021),
        "war gut heute, danke. ist hiermit bestätigt\n\nGesendet von Android",
        client="gmail", reply="rem-1021", style="gmail",
        note="answers the reminder after the session; 'heute' is the 18.03.")  # fmt: skip
    no("ck13_demir_keiner_kam.eml", 3, ("technical",), "2026-04-08 09:05",
       video_link_subject(1024),
       "Hallo, ich war heute um halb 9 im Link aber es kam niemand?? Hab 20 min gewartet. "
       "Ist der Termin ausgefallen?\n\nAylin Demir",
       client="gmail", reply="vl-1024", style="gmail",
       note="nobody joined on 08.04.: no session took place")  # fmt: skip
    yes("ck14_aydin_ja_262.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 16:20", re(1131),
        "Hallo,\n\nTermin am 26.2 hat stattgefunden.\n\nMit freundlichen Grüßen\nMehmet Aydin",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip


def spring() -> None:
    """March to June: Koch, Schulz, O'Neill, Hoffmann, Berger, Popescu, Richter."""
    yes("ck15_koch_spaet_zwei_tage.eml", 18, (1113, 1114), ("2026-04-08", "2026-04-13"),
        "2026-04-20 17:30", re(1113),
        "Liebe Praxis,\n\nentschuldigen Sie die späte Antwort. Ich bestätige die Behandlungen "
        "vom 8. April und vom 13. April, beide Male hat die Therapeutin pünktlich angerufen.\n\n"
        "Herzliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1113", style="tonline",
        note="under the request for 08.04., also names the newer 13.04.")  # fmt: skip
    yes("ck16_schulz_betreff_tag.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 17:20",
        "Termin 23.04.",
        "Hallo,\n\ndie Stunde hat wie geplant stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", note="new mail; the day is only in the subject")  # fmt: skip
    no("ck17_schulz_verschieben.eml", 5, ("reschedule",), "2026-05-20 16:10",
       reminder_subject(1038),
       "Hallo,\nkönnten wir den Termin morgen auf 17 Uhr schieben? Ich komme sonst nicht "
       "rechtzeitig von der Arbeit heim.\nDanke und Grüße, Marie",
       client="thunderbird", reply="rem-1038", style="thunderbird",
       note="wants to move 21.05.")  # fmt: skip
    yes("ck18_oneill_reminder_after.eml", 23, (1137,), ("2026-04-21",), "2026-04-21 21:05",
        reminder_subject(1137),
        "Hi there,\n\njust to let you know tonight's call on 21 April went ahead as planned.\n\n"
        "Cheers,\nJames",
        client="outlook", reply="rem-1137", style="outlook_en",
        note="answers the reminder after the session")  # fmt: skip
    yes("ck19_hoffmann_beide_termine.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:00",
        re(1042),
        "Hallo,\n\nbestätige beide Termine von heute, 18.05. - morgens KG am Gerät und "
        "mittags die Manuelle.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1042", style="outlook",
        note="two sessions that day, both confirmed by name")  # fmt: skip
    yes("ck20_hoffmann_videolink_danach.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 09:15",
        video_link_subject(1044, "AW"),
        "Termin heute (26.5.) hat stattgefunden, Verbindung war diesmal stabil.\n\nP. Hoffmann",
        client="outlook", reply="vl-1044", style="outlook",
        note="answers the video-link mail after the session")  # fmt: skip
    no("ck21_hoffmann_frage_naechster.eml", 6, ("question",), "2026-05-29 12:40",
       "Termin 01.06.",
       "Hallo,\n\nbrauche ich für die Gerätestunde am Montag die Kurzhanteln oder reicht das "
       "Theraband? Mein Hantelset ist gerade bei meinem Sohn.\n\nGruß\nPeter Hoffmann",
       client="outlook", note="question about the coming 01.06.; subject names a future day")  # fmt: skip
    yes("ck22_berger_betreff_zwei_tage.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 10:05", "Bestätigung 13.05.2026 und 20.05.2026",
        "Guten Tag,\n\nbeide Telefontermine haben stattgefunden.\n\nMfG\nU. Berger",
        client="plain", note="new mail; both days only in the subject")  # fmt: skip
    yes("ck23_popescu_ja_2_juni.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:30", re(1046),
        "Guten Tag,\n\nich bestätige das die Behandlung am 2 Juni war.\n\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ck24_popescu_spaet_vier_tage.eml", 7, (1047, 1048, 1049, 1050),
        ("2026-06-09", "2026-06-16", "2026-06-23", "2026-06-30"), "2026-07-06 20:15",
        "Bestätigung",
        "Hallo,\n\nich habe vergessen zu schreiben, Entschuldigung. Die Termine 9.6, 16.6 und "
        "23.6 waren alle, ich war da bei Video. Und 30.6 auch.\n\nMit freundlichen Grüßen\n"
        "Elena Popescu",
        client="yahoo", note="late new mail, four days")  # fmt: skip
    yes("ck25_richter_daumen.eml", 8, (1051,), (), "2026-06-03 19:35", re(1051),
        "Passt, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone",
        note="a yes under our request for 03.06.2026, no day named")  # fmt: skip
    yes("ck26_richter_erinnerung_danach.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 20:10",
        reminder_subject(1053),
        "Termin am 17.6. war, danke!\n\nVon meinem iPhone gesendet",
        client="iphone", reply="rem-1053", style="iphone",
        note="answers the reminder after the session")  # fmt: skip


def summer() -> None:
    """July to September: Neumann, Brandt, Carter, Yıldız, Vogel, Lehmann."""
    yes("ck27_neumann_betreff_tag.eml", 9, (1057,), ("2026-07-09",), "2026-07-09 11:00",
        "Telefonbehandlung 09.07.2026",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung "
        "stattgefunden hat.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", note="new mail; the day is only in the subject")  # fmt: skip
    yes("ck28_neumann_ja_und_rezept.eml", 9, (1058,), ("2026-07-14",), "2026-07-14 10:30",
        re(1058),
        "Ja, die Behandlung am 14.7. war.\n\nIch hätte noch eine Frage: brauche ich für die "
        "nächste Verordnung wieder ein neues Rezept vom Hausarzt, oder macht das die Praxis?\n\n"
        "Gruß G. Neumann",
        client="plain", reply="cr-1058", style="thunderbird", staff=True, extra=("question",),
        note="confirms 14.07. and asks about the prescription")  # fmt: skip
    yes("ck29_neumann_einer_fehlt.eml", 9, (1060,), ("2026-07-21",), "2026-07-24 08:50",
        "Behandlungen diese Woche",
        "Guten Morgen,\n\ndie Behandlung am Dienstag, 21.07., hat stattgefunden. Am Donnerstag "
        "23.07. hat mich aber niemand angerufen, ich war den ganzen Vormittag zuhause.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", staff=True, extra=("other",),
        note="confirms 21.07.; the call of 23.07. did not come")  # fmt: skip
    yes("ck30_brandt_unten.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:00", re(1063),
        "Bestätigt, 03.07. hat stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("ck31_brandt_alte_anfrage_zwei.eml", 10, (1065, 1066), ("2026-07-17", "2026-07-24"),
        "2026-07-24 18:40", re(1064),
        "Moin,\n\nich antworte einfach mal hier drauf: 17.07. und 24.07. haben beide "
        "stattgefunden.\n\nLukas Brandt",
        client="thunderbird", reply="cr-1064", style="thunderbird",
        note="under the old request for 10.07., names two newer days only")  # fmt: skip
    yes("ck32_carter_today.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 13:40", re(1069, "Re"),
        "Hi,\n\nyes, confirming that today's session on Aug 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    no("ck33_carter_cut_short.eml", 11, ("technical", "reschedule"), "2026-08-10 15:00",
       re(1070, "Re"),
       "Hi,\n\nthe session today got cut off after about 10 minutes because my internet died "
       "and I couldn't get back in. Could we make up the rest some time this week?\n\n"
       "Sorry about that,\nEmily",
       client="gmail", reply="cr-1070", style="gmail_en",
       note="the session of 10.08. did not fully take place")  # fmt: skip
    yes("ck34_carter_late_three.eml", 11, (1071, 1072, 1073),
        ("2026-08-17", "2026-08-24", "2026-08-31"), "2026-09-01 21:10", re(1071, "Re"),
        "Sorry for the delay! Confirming the sessions on 17 August, 24 August and 31 August - "
        "all took place as planned.\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1071", style="gmail_en",
        note="late, under the request for 17.08., also names two newer days")  # fmt: skip
    yes("ck35_yildiz_abgesagt_erwaehnt.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 09:30",
        "Termin",
        "Hallo,\nder Termin am 26.08 hat stattgefunden. Am 19.08 war ja keine Termin weil "
        "abgesagt.\nGruss Fatma",
        client="webde", note="confirms 26.08.; mentions the cancelled 19.08. as not held")  # fmt: skip
    yes("ck36_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:05", re(1082),
        "Bestätigt. Behandlung 10.09.2026 hat stattgefunden.\n\nDr. M. Vogel\n"
        "Vogel & Partner Rechtsanwälte\nKönigsallee 12, 40212 Düsseldorf\nTel. 0211 5550123",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("ck37_lehmann_videolink_danach.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 14:20",
        video_link_subject(1088, "AW"),
        "Hallo,\n\nkurze Rückmeldung: die Videobehandlung am 15.09. hat stattgefunden.\n\n"
        "Viele Grüße\nAnna Lehmann",
        client="thunderbird", reply="vl-1088", style="thunderbird",
        note="answers the video-link mail after the session")  # fmt: skip


def autumn() -> None:
    """October and November: Zimmermann, Schäfer, Jansen, Hartmann, Nowak."""
    yes("ck38_zimmermann_samsung.eml", 15, (1094,), (), "2026-10-12 12:10", re(1094),
        "Ja hat geklappt. Gruß Klaus\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1094", style="samsung",
        note="a yes under our request for 12.10.2026, no day named")  # fmt: skip
    no("ck39_zimmermann_frage_naechster.eml", 15, ("question",), "2026-10-27 10:15", re(1095),
       "Der Termin gestern ist ja ausgefallen. Kommt der nächste am 2.11. wie geplant?\n"
       "Gruß Klaus Zimmermann\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
       client="samsung", reply="cr-1095", style="samsung",
       note="under the old request; asks about the coming 02.11., the 26.10. was cancelled")  # fmt: skip
    yes("ck40_schaefer_bueroadresse.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:30",
        re(1099),
        "Guten Morgen,\n\ndie Behandlung am 14.10. fand statt.\n\nBeste Grüße\nBirgit Schäfer\n"
        "Schäfer Steuerberatung",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        note="from her second registered address")  # fmt: skip
    no("ck41_schaefer_danke_link.eml", 16, ("other",), "2026-11-02 20:05",
       video_link_subject(1102),
       "Danke für den Link! Bis Mittwoch.\nBirgit",
       client="plain", reply="vl-1102", style="gmail", staff=False,
       note="a thank-you for the link before the session")  # fmt: skip
    yes("ck42_jansen_betreff_tag.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 11:30",
        "Termin 29.10.",
        "moin, war alles gut, bestätige hiermit.\nole",
        client="gmail", note="new mail; the day is only in the subject")  # fmt: skip
    yes("ck43_hartmann_bild_eingefroren.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 18:20",
        re(1121),
        "Hallo,\n\nja, der Termin am 10.11. hat stattgefunden, aber das Bild ist nach 10 Minuten "
        "eingefroren und wir haben dann am Telefon weitergemacht. Ist das so in Ordnung oder "
        "muss ich beim nächsten Mal was anders einstellen?\n\nLiebe Grüße\nLeonie",
        client="webde", reply="cr-1121", style="webde", staff=True,
        extra=("technical", "question"),
        note="confirms 10.11., finished by phone, asks about it")  # fmt: skip
    no("ck44_nowak_verschieben.eml", 19, ("reschedule",), "2026-11-19 09:30",
       reminder_subject(1118),
       "Hallo,\n\nich bin morgen leider auf Dienstreise. Können wir auf Montag, 23.11., "
       "verschieben, gleiche Uhrzeit?\n\nGrüße\nD. Nowak",
       client="plain", reply="rem-1118", style="thunderbird",
       note="wants to move 20.11.")  # fmt: skip
    yes("ck45_nowak_kurz.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 09:10", re(1117),
        "Bestätige 13.11., MT per Video.\n\nGrüße\nD. Nowak",
        client="plain", reply="cr-1117", style="thunderbird")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
