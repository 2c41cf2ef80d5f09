"""Write blind set GO: a plain, representative inbox of an ordinary month, nothing themed.

45 mails from the patients in practice.toml as they really answer: 35 that confirm at
least one session (mostly short replies under our request, a yes, a date, a thank-you or
an emoji, some the same evening, some days or weeks later; some new mails naming one or
several days; a few with a practical question or a reschedule wish beside the yes; one
that confirms one day and reports the next as not held; bottom-posted and full-thread
quotes; phones with typos, dialect, learners' German, some English) and 10 look-alikes
(a cancellation, a reschedule, a question about a coming session, a missed session, a
session that broke off, a call that never came, a note on a cancelled day, replies to a
reminder and a video link for a session still to come, a technical question).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_go`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_go")


def short_replies() -> None:
    """Short answers under our request, most the same day."""
    yes("go01_krueger_ja_datum.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:41", re(1003),
        "Ja, hat am 27.01. stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("go02_becker_bestaetigt.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:26", re(1010),
        "Bestätigt – 02.02.2026, Telefon MT.\n\nT. Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("go03_demir_daumen.eml", 3, (1019,), (), "2026-03-04 10:14", re(1019),
        "ja 👍",
        client="gmail", reply="cr-1019", style="gmail",
        note="a thumbs-up yes under our request for 04.03.2026, no day named")  # fmt: skip
    yes("go04_demir_iphone.eml", 3, (1021,), ("2026-03-18",), "2026-03-18 12:03", re(1021),
        "Hallo, ja der Termin am 18.3 hat stattgefunden\nLG Aylin\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1021", style="iphone")  # fmt: skip
    yes("go05_wolff_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:02", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische "
        "Behandlung vom 16. Januar 2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("go06_schulz_thunderbird.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:20", re(1034),
        "Hallo,\n\nja, am 16.04. war die Behandlung, lief gut.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("go07_hoffmann_outlook.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:41",
        re(1040, "AW"),
        "Bestätige den Termin vom 04.05.2026 (Gerätetraining).\n\nGruß\nP. Hoffmann\n\n"
        "Peter Hoffmann\nHoffmann Logistik GmbH\nMobil 0171 2233445",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("go08_popescu_lernerin.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:05", re(1046),
        "Guten Tag,\n\nich bestätige das Termin am 2 Juni war. Die Übungen sind gut, danke schön.\n\n"
        "Elena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("go09_richter_abends.eml", 8, (1052,), (), "2026-06-10 20:02", re(1052, "Re"),
        "Jo passt, hat stattgefunden 👍\n\nGesendet von iPhone",
        client="iphone", reply="cr-1052", style="iphone",
        note="a yes the same evening under our request for 10.06.2026, no day named")  # fmt: skip
    yes("go10_neumann_telefon.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:32", re(1056),
        "Guten Tag,\n\nja die Behandlung am Dienstag den 7.7. hat am Telefon statt gefunden,"
        " es war sehr angenehm mit der jungen Dame.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("go11_brandt_bottom.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 18:04", re(1064, "Re"),
        "Bestätigt, 10.07. – danke!\n\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True,
        note="bottom-posted under the full quote")  # fmt: skip
    yes("go12_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:12",
        re(1069, "Re"),
        "Hi,\n\nyes, confirming that my session on 3 August took place. Thanks a lot!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("go13_yildiz_tippfehler.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 13:15", re(1076),
        "ja hat stadtgefunden 12.08 danke",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    yes("go14_vogel_signatur.eml", 13, (1082,), (), "2026-09-10 09:02", re(1082, "AW"),
        "Bestätigt.\n\nDr. M. Vogel\n\nVogel & Partner Rechtsanwälte\nKönigsallee 12, 40212 "
        "Düsseldorf\nTel. 0211 4455 6677 | Fax 0211 4455 6678",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="a one-word yes under our request for 10.09.2026; the numbers are in the signature")  # fmt: skip
    yes("go15_zimmermann_klein.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:40", re(1093),
        "ja war heute 5.10 alles gut gruss klaus",
        client="plain", reply="cr-1093")  # fmt: skip
    yes("go16_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:31",
        re(1099, "AW"),
        "Guten Morgen,\n\nder Termin vom 14.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer"
        "\n\nSteuerberatung Schäfer\nRingstraße 4 · 50996 Köln\nTel. 0221 987 65 40",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, the office")  # fmt: skip
    yes("go17_jansen_emoji.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:52", re(1104, "Re"),
        "Bestätige hiermit den Termin am 22.10. 💪\n\nOle",
        client="iphone", reply="cr-1104", style="iphone")  # fmt: skip
    yes("go18_koch_ganzer_faden.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:05", re(1109),
        "Guten Tag,\n\nJa, die Behandlung am 23.3. hat stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Renate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("go19_nowak_kurz.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:20", re(1116, "Re"),
        "Confirmed – 06.11., danke\n\nDavid",
        client="plain", reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("go20_hartmann_neu.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:07", re(1120),
        "Hallo,\n\nich bestätige die Behandlung vom 03.11.2026. Hat alles gut geklappt mit dem "
        "Video.\n\nLiebe Grüße\nLeonie Hartmann",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("go21_wagner_smiley.eml", 21, (1124,), (), "2026-01-12 11:33", re(1124),
        "Ja 🙂",
        client="gmail", reply="cr-1124", style="gmail",
        note="a smiley yes under our request for 12.01.2026")  # fmt: skip
    yes("go22_aydin_lerner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:10", re(1130, "AW"),
        "Hallo\nich bestätige termin 19.02 war gut. Danke\nMehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("go23_zimmermann_samsung.eml", 15, (1095,), ("2026-10-19",), "2026-10-19 14:02",
        re(1095),
        "Hallo hiermit bestätige ich die Behandlung vom 19.10.26\nGruß Zimmermann\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1095", style="samsung")  # fmt: skip


def several_and_late() -> None:
    """New mails naming one or several days, and answers days or weeks late."""
    yes("go24_becker_zwei_tage.eml", 2, (1013, 1015), ("2026-02-12", "2026-02-19"),
        "2026-02-20 08:10", "Bestätigung Termine",
        "Hallo,\n\nhiermit bestätige ich die Termine am 12.2. und 19.2. (jeweils Telefon).\n\n"
        "Mit freundlichen Grüßen\nThomas Becker",
        client="webde")  # fmt: skip
    yes("go25_wolff_nachtrag.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-04 10:25", "Bestätigung Termine 23.01. und 30.01.",
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie bitte die Verspätung. Die Termine "
        "am 23.01. und am 30.01. haben beide stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("go26_hoffmann_zweimal.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:22",
        re(1043, "AW"),
        "Hallo,\n\nbeide Termine am 18.05. (morgens Gerät, mittags MT) haben stattgefunden.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("go27_neumann_zwei.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 09:20", "Behandlungen Juli",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlungen vom 14. und 16. Juli.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain")  # fmt: skip
    yes("go28_carter_late.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-27 21:03", re(1072, "Re"),
        "Hi,\n\nsorry for the delay – both sessions, Aug 17 and Aug 24, happened.\n\nBest,\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip
    yes("go29_schaefer_vergessen.eml", 16, (1100, 1101, 1102),
        ("2026-10-21", "2026-10-28", "2026-11-04"), "2026-11-09 20:48",
        "Bestätigung meiner Termine",
        "Hallo zusammen,\n\nich habe ganz vergessen zu bestätigen: 21.10., 28.10. und 4.11. haben "
        "alle stattgefunden.\n\nViele Grüße\nBirgit Schäfer",
        client="webde")  # fmt: skip
    yes("go30_oneill_two.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-22 08:15", re(1137, "RE"),
        "Hi there,\n\nconfirming that the sessions on 14 April and 21 April both took place.\n\n"
        "Best regards,\nJames O'Neill",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("go31_berger_dialekt.eml", 24, (1144,), ("2026-05-20",), "2026-06-15 16:40",
        "Behandlung 20.05.",
        "Grüß Gott,\n\ndie Behandlung vom 20. Mai hat scho stattgfunden, hab's ganz vergessen "
        "zum schreiben.\n\nPfiat Eahna\nU. Berger",
        client="plain",
        note="almost four weeks late")  # fmt: skip


def yes_with_more() -> None:
    """A yes with a practical question, a wish, or a day that did not take place."""
    yes("go32_schulz_feiertag.eml", 5, (1036,), ("2026-04-30",), "2026-04-30 17:24", re(1036),
        "Hallo,\n\nja, heute (30.4.) hat stattgefunden.\n\nKurze Frage: fällt der Termin am "
        "14.5. wegen Himmelfahrt aus oder verschiebt sich der?\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird", staff=True,
        extra=("question",),
        note="yes for 30.04. plus a question about Ascension Day; 14.05. is not a session")  # fmt: skip
    yes("go33_lehmann_bescheinigung.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 16:02",
        re(1088),
        "Hallo,\n\nhiermit bestätige ich den Termin am 15.09.\n\nKönnten Sie mir eine "
        "Teilnahmebescheinigung für die Uni schicken? Ich musste dafür ein Seminar verlassen.\n\n"
        "Liebe Grüße\nAnna Lehmann",
        client="gmail", reply="cr-1088", style="gmail", staff=True, extra=("question",),
        note="yes plus a request for a certificate")  # fmt: skip
    yes("go34_wagner_verlegen.eml", 21, (1126,), ("2026-01-26",), "2026-01-26 12:10", re(1126),
        "Ja, 26.01. hat stattgefunden.\n\nKönnten wir den Termin am 9.2. auf nachmittags "
        "verlegen? Vormittags habe ich jetzt Schule.\n\nSophie",
        client="gmail", reply="cr-1126", style="gmail", staff=True, extra=("reschedule",),
        note="yes for 26.01. plus a reschedule wish for 09.02.")  # fmt: skip
    yes("go35_koch_einer_nicht.eml", 18, (1111,), ("2026-03-30",), "2026-04-02 10:15",
        "Behandlungen",
        "Guten Tag,\n\ndie Behandlung am 30.3. hat stattgefunden. Am Mittwoch den 1.4. hat mich "
        "aber niemand angerufen, ich saß den ganzen Nachmittag am Telefon.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", staff=True,
        note="30.03. confirmed; 01.04. did not take place, staff must look")  # fmt: skip


def look_alikes() -> None:
    """Mails that look like confirmations to a hurried reader and are not."""
    no("go36_demir_absage.eml", 3, ("cancellation",), "2026-03-31 09:10", rem(1023),
       "Hallo,\n\nich muss den Termin morgen leider absagen, mein Sohn ist krank.\n\nLG Aylin",
       client="gmail", reply="rem-1023", style="gmail",
       note="cancels tomorrow's session under our reminder")  # fmt: skip
    no("go37_yildiz_abgesagt.eml", 12, ("other",), "2026-08-19 12:35", re(1077),
       "Hallo der termin am 19.8 war nicht, ich hatte doch abgesagt. bitte nicht abrechnen",
       client="webde", reply="cr-1077", style="webde",
       note="the cancelled day did not take place; our request went out anyway")  # fmt: skip
    no("go38_zimmermann_erinnerung.eml", 15, ("other",), "2026-11-01 12:04", rem(1097),
       "ja bin morgen da gruss klaus",
       client="plain", reply="rem-1097", staff=False,
       note="an ok to the reminder for 02.11., a session still to come: nothing to do")  # fmt: skip
    no("go39_jansen_ipad.eml", 17, ("technical",), "2026-11-02 20:15", vl(1106),
       "Hi, danke für den Code. Muss ich für Donnerstag eine App installieren oder geht das "
       "auch im Browser auf dem iPad?\n\nOle\n\nVon meinem iPad gesendet",
       client="iphone", reply="vl-1106", style="iphone",
       note="a technical question about the coming session on 05.11.")  # fmt: skip
    no("go40_becker_verschieben.eml", 2, ("reschedule",), "2026-02-13 20:05",
       "Termin Montag",
       "Hallo,\n\nkönnen wir den Termin am Montag (16.2.) auf Dienstag zur gleichen Zeit "
       "verschieben? Ich habe Montag einen Kundentermin.\n\nGruß\nThomas Becker",
       client="webde")  # fmt: skip
    no("go41_lehmann_verpasst.eml", 14, ("other",), "2026-09-29 15:12", re(1090),
       "Hallo,\n\nich war heute leider nicht online, ich habe den Termin total vergessen. Tut "
       "mir leid! Kann ich das irgendwie nachholen?\n\nAnna",
       client="gmail", reply="cr-1090", style="gmail",
       note="session of 29.09. missed")  # fmt: skip
    no("go42_brandt_abbruch.eml", 10, ("technical",), "2026-07-24 18:10", re(1066, "Re"),
       "Hallo,\n\ndie Verbindung ist heute nach ca. 10 Minuten abgebrochen und wir haben sie "
       "nicht wieder hinbekommen. Die Behandlung war also nur zum Teil.\n\nGruß Lukas",
       client="thunderbird", reply="cr-1066", style="thunderbird",
       note="24.07. broke off after ten minutes: not fully held")  # fmt: skip
    no("go43_aydin_niemand.eml", 22, ("question",), "2026-03-12 14:25", re(1133, "AW"),
       "Hallo\nheute hat niemand angerufen. Ich habe gewartet bis 13:30. Was ist passiert?\n"
       "Mehmet",
       client="outlook", reply="cr-1133", style="outlook",
       note="the call of 12.03. never came")  # fmt: skip
    no("go44_richter_zug.eml", 8, ("question",), "2026-06-15 09:40", "Termin Mittwoch",
       "Hallo, findet der Termin am Mittwoch, 17.06., wie geplant statt? Ich sitze da "
       "eventuell noch im Zug, geht das dann auch per Handy?\n\nJonas",
       client="iphone",
       note="a question about a coming session")  # fmt: skip
    no("go45_vogel_link.eml", 13, ("other",), "2026-09-28 06:12", vl(1085, "AW"),
       "Danke, Code erhalten.\n\nDr. M. Vogel",
       client="outlook", reply="vl-1085", style="outlook_classic", staff=False,
       note="thanks for the video link of a session still to come: nothing to do")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    several_and_late()
    yes_with_more()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
