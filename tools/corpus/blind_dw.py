"""Write blind set DW: a plain, representative inbox of the whole year, nothing themed.

41 mails from the patients in practice.toml as they would really answer: 31 that confirm
at least one session (mostly short replies under our request in various mail programs,
some with and some without the date, some new mails, several days at once, a few late,
a few with a question, a missed session or a cancellation beside the yes) and 10
look-alikes (a cancellation, a reschedule, questions about a coming session, a missed or
cut-short session, a cancelled day, a future day, a thank-you for a reminder, a doubt).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dw`.
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

HERE = data_dir("blind_dw")


def first_half() -> None:
    yes("dw01_krueger_ja_webde.eml", 1, (1003,), (), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("dw02_krueger_iphone_datum.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 12:40", re(1005),
        "Ja am 10.2. war die Behandlung\nGruß S. Krüger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1005", style="iphone")  # fmt: skip
    yes("dw03_becker_outlook.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:45", re(1010),
        "Guten Abend,\n\nhiermit bestätige ich die Behandlung vom 02.02.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("dw04_becker_drei_tage_neu.eml", 2, (1012, 1013, 1014),
        ("2026-02-09", "2026-02-12", "2026-02-16"), "2026-02-17 08:20",
        "Bestätigung Termine Februar",
        "Guten Morgen,\n\nich bestätige die telefonischen Behandlungen (Manuelle Therapie) am "
        "9.2., 12.2. und 16.2.2026.\nDie einzelnen Mails dazu hatte ich im Spam gefunden, "
        "daher gesammelt.\n\nBeste Grüße\nThomas Becker",
        client="outlook", note="a new mail confirming three days at once")  # fmt: skip
    yes("dw05_demir_kurz_gmail.eml", 3, (1019,), (), "2026-03-04 10:15", re(1019),
        "ja hat stattgefunden danke 😊",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("dw06_demir_ja_und_uhrzeit.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 12:20",
        re(1024),
        "Hallo, ja der Termin am 8.4. hat stattgefunden.\n\nKurze Frage noch: könnten wir "
        "ab nächster Woche auf 9:15 gehen statt 8:30? Ich schaffe es morgens mit der Kita "
        "nicht pünktlich.\n\nLiebe Grüße\nAylin",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("reschedule",),
        note="yes for 08.04. plus a wish to move the coming sessions")  # fmt: skip
    yes("dw07_wolff_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-19 09:12", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am "
        "Freitag, den 16.01.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("dw08_wolff_nachtrag_vier.eml", 4, (1029, 1030, 1031, 1032),
        ("2026-01-23", "2026-01-30", "2026-02-06", "2026-02-13"), "2026-02-21 10:05",
        "Nachtrag Bestätigungen",
        "Sehr geehrte Damen und Herren,\n\nich habe Ihre Mails leider erst jetzt gesehen. "
        "Ich bestätige die Telefonbehandlungen vom 23.1., 30.1., 6.2. und 13.2.\n"
        "Entschuldigen Sie die Verspätung.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", note="a late new mail with four days")  # fmt: skip
    yes("dw09_schulz_unten.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:02", re(1034, "Re"),
        "Hat stattgefunden (16.4.), danke!\n\nGrüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("dw10_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:20",
        re(1043),
        "Guten Tag,\n\nich bestätige beide Termine vom 18.05., morgens das Gerätetraining und "
        "mittags die Manuelle Therapie.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions that day, both confirmed")  # fmt: skip
    yes("dw11_popescu_lernerin.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:05", re(1046),
        "Guten Tag,\nja ich bestätige, die Therapie war heute 2.6. Es war gut, danke schön.\n\n"
        "Elena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("dw12_popescu_rezept_frage.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 16:45",
        re(1048),
        "Hallo,\nja am 16.06 war Termin, alles gut.\nIch habe Frage: brauche ich neue Rezept "
        "wenn ich mehr Termine will? Meine Ärztin fragt mich.\nDanke\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("question",),
        note="yes plus a question about a new prescription")  # fmt: skip
    yes("dw13_richter_jo.eml", 8, (1051,), (), "2026-06-03 20:10", re(1051),
        "Jo passt, hat stattgefunden 👍\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("dw14_richter_zwei_neu.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"),
        "2026-06-25 22:40", "Termine",
        "Hi,\n\nbestätige hiermit 17.6. und 24.6., sorry hab die Mails dazu aus Versehen "
        "gelöscht.\n\nJonas",
        client="apple", note="a new mail with two days")  # fmt: skip
    yes("dw15_neumann_juli.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 14:30", re(1056),
        "Sehr geehrtes Praxisteam,\n\nich bestätige die Behandlung am Dienstag, den 7. Juli.\n"
        "Die Übungen mache ich fleißig.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="outlook", reply="cr-1056", style="outlook_classic")  # fmt: skip
    yes("dw16_brandt_samsung.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:30", re(1063),
        "ja, hat am 3.7. stattgefunden. Gruß Lukas",
        client="samsung", reply="cr-1063", style="samsung")  # fmt: skip


def second_half() -> None:
    yes("dw17_brandt_spaet.eml", 10, (1066,), ("2026-07-24",), "2026-08-20 21:15", re(1066),
        "Hallo,\n\nsorry für die späte Antwort, war im Urlaub. Ja, die Behandlung am 24.07. "
        "hat stattgefunden.\n\nViele Grüße\nLukas Brandt",
        client="thunderbird", reply="cr-1066", style="thunderbird",
        note="nearly four weeks late")  # fmt: skip
    yes("dw18_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:20",
        re(1069, "Re"),
        "Hi,\n\nyes, the session on 3 August took place. Thanks a lot!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("dw19_yildiz_ohne_datum.eml", 12, (1075,), (), "2026-08-05 12:30", re(1075),
        "Hallo ja Termin hat statgefunden danke\nFatma Yildiz",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("dw20_yildiz_datum.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 09:10", re(1078),
        "Guten Morgen ich bestätige Termin 26.08.26 Telefon\nMfg Yıldız",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    yes("dw21_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 11:00", re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\n--\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 12, 40212 Düsseldorf\nTel. 0211 123 45 67 | Fax 0211 123 45 68",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("dw22_lehmann_nachgeholt.eml", 14, (1087, 1088), ("2026-09-08", "2026-09-15"),
        "2026-09-15 16:10", re(1088),
        "Hallo,\n\nbestätige den 08.09. und den 15.09., den ersten hatte ich total vergessen, "
        "sorry!\n\nLG Anna",
        client="gmail", reply="cr-1088", style="gmail",
        note="under the request for 15.09. she also confirms the week before")  # fmt: skip
    yes("dw23_zimmermann_klein.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 17:55", re(1093),
        "ja termin war am montag den 5.10 gruss klaus zimmermann",
        client="plain", reply="cr-1093", style="gmail")  # fmt: skip
    yes("dw24_schaefer_buero.eml", 16, (1098,), (), "2026-10-08 08:15", re(1098),
        "Hallo,\n\nja, hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nLindenstraße 4 · 30159 Hannover\nTel. 0511 987 65 43",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, the office one")  # fmt: skip
    yes("dw25_aydin_einer_fehlt.eml", 22, (1131,), ("2026-02-26",), "2026-03-05 15:00", re(1132),
        "Hallo\nheute 5.3 hat niemand angerufen, ich habe gewartet bis 13 Uhr.\n"
        "Aber 26.02 war Termin, das bestätige ich.\nMehmet Aydin",
        client="outlook", reply="cr-1132", style="outlook", staff=True, extra=("other",),
        note="under the request for 05.03.: that one did not happen, 26.02. confirmed")  # fmt: skip
    yes("dw26_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:45",
        re(1136, "RE"),
        "Hello,\n\nI confirm that my phone session on 14 April took place.\n\nBest regards,\n"
        "James O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("dw27_berger_und_absage.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:00",
        re(1143),
        "Guten Tag,\n\nja, die Behandlung am 13.5. hat stattgefunden.\n\nNächsten Mittwoch, "
        "den 20.5., kann ich leider nicht, da habe ich einen Termin beim Augenarzt. Bitte "
        "absagen oder verlegen.\n\nMfG\nUrsula Berger",
        client="plain", reply="cr-1143", style="thunderbird", staff=True,
        extra=("cancellation",), note="yes for 13.05. plus a cancellation of 20.05.")  # fmt: skip
    yes("dw28_koch_zwei.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 09:30", re(1110),
        "Guten Tag,\n\nich bestätige die Behandlungen vom 23.3. und 25.3.2026.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("dw29_hartmann_webde.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:40", re(1120),
        "Hallo!\nJa, die Behandlung war am 3.11, hat mir echt gut getan :)\nLeonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("dw30_nowak_knapp.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00", re(1116),
        "Bestätigt: MT am 06.11.2026.\n\nD. Nowak",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("dw31_hoffmann_android.eml", 6, (1044,), (), "2026-05-26 09:30", re(1044),
        "Ja, hat stattgefunden.\n\nPeter Hoffmann\n\nOutlook für Android herunterladen",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip


def look_alikes() -> None:
    no("dw32_demir_absage.eml", 3, ("cancellation",), "2026-04-21 09:00", reminder_subject(1026),
       "Hallo,\nich muss den Termin morgen leider absagen, mein Sohn ist krank.\n"
       "Melde mich wegen Ersatz.\nAylin Demir\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1026", style="iphone",
       note="reply to the reminder: cancels the session of 22.04.")  # fmt: skip
    no("dw33_becker_verschieben.eml", 2, ("reschedule",), "2026-03-01 18:00",
       reminder_subject(1018),
       "Hallo,\n\nkönnten wir den Termin morgen auf 18:30 schieben? Ich komme vorher nicht "
       "aus dem Büro.\n\nGruß\nThomas Becker",
       client="outlook", reply="rem-1018", style="outlook",
       note="reply to the reminder for 02.03.: wants another time")  # fmt: skip
    no("dw34_popescu_kamera.eml", 7, ("question",), "2026-06-27 10:00", video_link_subject(1050),
       "Guten Tag,\nich habe Link bekommen. Muss ich Computer mit Kamera haben oder geht auch "
       "mit Handy? Mein Laptop ist kaputt.\nDanke, Elena",
       client="yahoo", reply="vl-1050", style="yahoo",
       note="question about the coming video session")  # fmt: skip
    no("dw35_richter_keiner_da.eml", 8, ("other",), "2026-07-01 19:45", re(1055),
       "Hey, ich war um 18 Uhr im Videoraum, aber es ist keiner gekommen. Hat also nicht "
       "stattgefunden. Wie machen wir das jetzt?\n\nJonas",
       client="iphone", reply="cr-1055", style="iphone",
       note="under our request: the session did not take place")  # fmt: skip
    no("dw36_neumann_danke_erinnerung.eml", 9, ("other",), "2026-07-27 10:00",
       reminder_subject(1062),
       "Danke für die Erinnerung, ich bin morgen da.\nGisela Neumann",
       client="outlook", reply="rem-1062", style="outlook_classic", staff=False,
       note="a thank-you for the reminder, nothing to do")  # fmt: skip
    no("dw37_zimmermann_abgesagt.eml", 15, ("other",), "2026-10-26 14:00", re(1096),
       "der termin heute war doch abgesagt, hab ich letzte woche am telefon gemacht. "
       "also nix bestätigen\nk. zimmermann",
       client="plain", reply="cr-1096", style="gmail",
       note="request for the cancelled 26.10.: says it did not take place")  # fmt: skip
    no("dw38_carter_abgebrochen.eml", 11, ("reschedule",), "2026-09-07 15:10", re(1074, "Re"),
       "Hi,\n\nI had to leave after about ten minutes today because of an emergency at work, "
       "so I don't think this one should count. Could we do a make-up session some time "
       "this week?\n\nSorry about that,\nEmily",
       client="gmail", reply="cr-1074", style="gmail_en",
       note="session of 07.09. cut short, not confirmed; wants a make-up")  # fmt: skip
    no("dw39_hartmann_vorbereiten.eml", 20, ("question",), "2026-11-21 18:20",
       video_link_subject(1123),
       "Danke, bin am 24.11. dabei! Muss ich vorher was vorbereiten, Matte oder so?\n\nLeonie",
       client="webde", reply="vl-1123", style="webde",
       note="question about the coming session of 24.11.")  # fmt: skip
    no("dw40_nowak_zukunft.eml", 19, ("other",), "2026-11-19 20:00", "Bestätigung Termin 20.11.",
       "Hallo,\n\nhiermit bestätige ich meinen Termin morgen, 20.11., um 8 Uhr.\n\n"
       "Gruß\nDavid Nowak",
       client="plain",
       note="'confirms' a session that has not taken place yet")  # fmt: skip
    no("dw41_wolff_unsicher.eml", 4, ("question",), "2026-02-23 10:30", re(1033),
       "Sehr geehrte Damen und Herren,\n\nich weiß nicht genau, was ich hier bestätigen soll. "
       "Am Freitag hat bei mir niemand angerufen, nur am Donnerstag eine Dame wegen des "
       "Rezepts. War das die Behandlung?\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline", reply="cr-1033", style="tonline",
       note="doubt whether the session of 20.02. took place: no yes")  # fmt: skip


def main() -> None:
    load_practice()
    first_half()
    second_half()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
