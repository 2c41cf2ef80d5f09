"""Write blind set CB: a plain, representative inbox of the whole year, nothing themed.

42 mails from the patients in practice.toml: 32 that confirm at least one session (mostly
short replies under our request from phones and webmail, with and without the date, some
new mails, several days at once, a few late, a few with a question, a technical problem
or a reschedule wish beside the yes) and 10 look-alikes (a confirmation of a cancelled
day, a day with no appointment, a cancellation, a reschedule, a question about a coming
session, a missed call, a session cut short, a broken video link, a reply to a reminder).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cb`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_cb")


def short_replies() -> None:
    yes("cb01_krueger_ja_datum.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:10", re(1003),
        "Ja, hat am 27.1. stattgefunden.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cb02_becker_bestaetigt.eml", 2, (1010,), (), "2026-02-02 19:45", re(1010),
        "Bestätigt. Danke\n\nT. Becker",
        client="webde", reply="cr-1010", style="webde",
        note="a yes under our request without a day")  # fmt: skip
    yes("cb03_demir_gmail.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:30", re(1019),
        "Hallo,\n\nja die Behandlung am 04.03. hat stattgefunden.\n\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("cb05_schulz_iphone.eml", 5, (1034,), (), "2026-04-16 17:20", re(1034),
        "Ja hat stattgefunden \U0001f44d\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1034", style="iphone")  # fmt: skip
    yes("cb07_popescu_lerner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:05", re(1046),
        "Hallo,\nja ich bestätige Behandlung am 2 Juni. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cb08_richter_jo.eml", 8, (1051,), (), "2026-06-03 20:15", re(1051),
        "Jo hat gepasst, danke!\n\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("cb10_brandt_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:30", re(1063),
        "Hallo,\n\nbestätige hiermit den Termin vom 03.07.2026.\n\nViele Grüße\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("cb11_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:00",
        re(1069, "Re"),
        "Hi,\n\nyes I can confirm the session on August 3rd took place.\n\nBest,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cb12_yildiz_klein.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00", re(1075),
        "ja war am 5.8 telefon termin hat statt gefunden danke",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("cb13_vogel_signatur.eml", 13, (1082,), (), "2026-09-10 08:45", re(1082),
        "Bestätigt.\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\nTel. +49 40 3344 5120\n"
        "Fax +49 40 3344 5129",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="dateless yes; the numbers are the signature's")  # fmt: skip
    yes("cb14_lehmann_gmail.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:05", re(1087),
        "Hallo,\nja, der Termin am 8.9. hat stattgefunden.\nBeste Grüße\nAnna Lehmann",
        client="gmail", reply="cr-1087", style="gmail")  # fmt: skip
    yes("cb15_zimmermann_ja.eml", 15, (1093,), (), "2026-10-05 13:10", re(1093),
        "ja\n\nKlaus Zimmermann",
        client="thunderbird", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("cb16_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15", re(1098),
        "Hallo,\n\ndie Behandlung am 07.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nAm Wall 112, 28195 Bremen\nTel. 0421 98 76 54-0",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, at work the next morning")  # fmt: skip
    yes("cb17_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:00", re(1104),
        "Moin,\nTermin am 22.10. hat stattgefunden, hat gut geklappt mit dem Video.\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("cb19_nowak_english.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00",
        re(1116, "Re"), "Confirmed - session on 6 Nov took place.\n\nDavid",
        reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("cb22_aydin_outlook.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:00", re(1130),
        "Hallo ich bestätige termin 19.02 danke\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("cb24_berger_mfg.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:00", re(1142),
        "Ja, Termin am Mittwoch 6.5. hat stattgefunden.\nMfg U. Berger",
        client="tonline", reply="cr-1142", style="tonline")  # fmt: skip
    yes("cb30_demir_samsung.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:40", re(1020),
        "Ja 11.3 hat stattgefunden\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1020", style="samsung")  # fmt: skip
    yes("cb31_jansen_bottom.eml", 17, (1105,), (), "2026-10-29 13:00", re(1105),
        "Hat stattgefunden, danke! Bis nächste Woche\nOle",
        client="gmail", reply="cr-1105", style="gmail", bottom=True)  # fmt: skip
    yes("cb32_lehmann_apple.eml", 14, (1088,), ("2026-09-15",), "2026-09-16 09:00", re(1088),
        "Ja, Termin am 15.09. hat stattgefunden.\n\nViele Grüße, Anna",
        client="apple", reply="cr-1088", style="iphone")  # fmt: skip


def several_and_new_mails() -> None:
    yes("cb04_wolff_zwei_tage.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-24 09:12", "Bestätigung Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen am 16.01.2026"
        " und 23.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("cb06_hoffmann_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:00",
        re(1043),
        "Hallo,\n\nbestätige die MT am 18.05. mittags. Die KGG früh morgens am selben Tag hat"
        " auch stattgefunden, bitte ebenfalls vermerken.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05. (07:30 KGG and 12:30 MT) confirmed")  # fmt: skip
    yes("cb09_neumann_brief.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:05", "Telefontermine",
        "Guten Tag,\n\nich bestätige, daß die Telefonbehandlungen am Dienstag den 7.7. und"
        " Donnerstag den 9.7. stattgefunden haben.\n\nFreundliche Grüße\nGisela Neumann")  # fmt: skip
    yes("cb18_koch_spaet.eml", 18, (1109, 1110, 1111), ("2026-03-23", "2026-03-25", "2026-03-30"),
        "2026-04-04 11:00", "Bestätigung",
        "Hallo liebe Praxis,\n\nich bestätige die Telefontermine vom 23.3., 25.3. und 30.3.\n"
        "Entschuldigung daß es so spät ist, war bei meiner Tochter.\n\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("cb21_wagner_verpeilt.eml", 21, (1124,), ("2026-01-12",), "2026-02-20 21:40", re(1124),
        "Sorry, hab das total verpeilt. Ja, der Termin am 12.01. war.\nLG Sophie",
        client="webde", reply="cr-1124", style="webde", note="five weeks late")  # fmt: skip
    yes("cb23_oneill_two.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-22 08:30", "Confirmation of sessions",
        "Hello,\n\nI'd like to confirm that my phone sessions on 14 April and 21 April both"
        " took place.\n\nKind regards,\nJames O'Neill",
        client="outlook")  # fmt: skip
    yes("cb25_krueger_nachtrag.eml", 1, (1005, 1004), ("2026-02-10", "2026-02-03"),
        "2026-02-10 12:30", re(1005),
        "Hallo, ja, heute am 10.2. war's. Und den 3.2. hab ich glaub ich auch noch nicht"
        " bestätigt, der war auch.\n\nGruß Sabine Krüger",
        client="webde", reply="cr-1005", style="webde")  # fmt: skip
    yes("cb26_becker_zwei.eml", 2, (1011, 1012), ("2026-02-05", "2026-02-09"),
        "2026-02-10 08:00", "Termine",
        "Hallo,\nTermine am 5.2. und 9.2. haben stattgefunden.\nGruß T. Becker",
        client="webde")  # fmt: skip
    yes("cb29_vogel_nachtraeglich.eml", 13, (1083, 1084, 1085),
        ("2026-09-17", "2026-09-24", "2026-10-01"), "2026-10-20 18:00",
        "Nachträgliche Bestätigung",
        "Sehr geehrtes Praxisteam,\n\nnachträglich bestätige ich die Termine am 17.09., 24.09."
        " und 01.10.2026.\n\nMfG\nM. Vogel",
        client="outlook")  # fmt: skip


def yes_with_something_else() -> None:
    yes("cb20_hartmann_frage.eml", 20, (1120,), (), "2026-11-03 19:30", re(1120),
        "Hallo,\nja der Termin hat stattgefunden. Ich hab noch eine Frage: muss ich für die"
        " Übungen irgendwas besorgen, ein Theraband oder so?\nLG Leonie",
        client="webde", reply="cr-1120", style="webde", staff=True, extra=("question",),
        note="dateless yes plus a question")  # fmt: skip
    yes("cb27_richter_bild.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 21:00", re(1052),
        "Ja, hat stattgefunden am 10.6., aber das Bild ist zwischendurch zweimal eingefroren."
        " Ist das bei euch auch so?\nJonas",
        client="iphone", reply="cr-1052", style="iphone", staff=True, extra=("technical",),
        note="yes plus a video problem and a question")  # fmt: skip
    yes("cb28_carter_move.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 15:00",
        re(1070, "Re"),
        "Yes, confirmed for 10 August.\n\nAlso, could we move next Monday's session to"
        " Tuesday? I have a work trip.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en", staff=True, extra=("reschedule",),
        note="yes plus a wish to move 17.08.")  # fmt: skip


def look_alikes() -> None:
    no("cb33_demir_abgesagt.eml", 3, ("confirmation",), "2026-04-01 12:00", "Termin 1.4.",
       "Hallo,\nhiermit bestätige ich den Termin am 1.4.\nLG Aylin",
       client="gmail", note="01.04. was cancelled: nothing to record, staff must look")  # fmt: skip
    no("cb34_wolff_krank.eml", 4, ("cancellation",), "2026-02-19 16:00",
       "AW: Erinnerung: Ihr Termin am 20.02.2026",
       "Guten Tag,\n\nich muss den Termin morgen leider absagen, bin krank.\n\nMfG\n"
       "H.-J. Wolff", client="tonline", reply="rem-1033", style="tonline")  # fmt: skip
    no("cb35_popescu_verschieben.eml", 7, ("reschedule",), "2026-06-15 12:00",
       "Re: Erinnerung: Ihr Termin am 16.06.2026",
       "Hallo,\nkann ich Termin am 16.6. auf andere Zeit verschieben? Um 11 Uhr ich habe"
       " Arbeit.\nDanke\nElena", client="yahoo", reply="rem-1048", style="yahoo")  # fmt: skip
    no("cb36_brandt_vorbereiten.eml", 10, ("question",), "2026-07-22 09:00",
       "Re: Ihr Videotermin am 24.07.2026",
       "Hi,\nmuss ich für Freitag irgendwas vorbereiten, Matte oder so?\nGruß Lukas",
       client="thunderbird", reply="vl-1066", style="thunderbird")  # fmt: skip
    no("cb37_neumann_kein_anruf.eml", 9, ("other",), "2026-07-14 11:00", re(1058),
       "Guten Tag,\n\nam 14.7. hat mich leider niemand angerufen, ich habe den ganzen Vormittag"
       " gewartet. Bitte melden Sie sich.\n\nG. Neumann", reply="cr-1058", style="thunderbird",
       note="the session did not take place")  # fmt: skip
    no("cb38_zimmermann_erinnerung.eml", 15, ("other",), "2026-11-01 12:00",
       "AW: Erinnerung: Ihr Termin am 02.11.2026", "Ja passt, bis Montag.\nK. Zimmermann",
       client="thunderbird", reply="rem-1097", style="thunderbird", staff=False,
       note="an ok to the reminder for a coming session; nothing to do")  # fmt: skip
    no("cb39_hoffmann_pfingstmontag.eml", 6, ("confirmation",), "2026-05-25 09:00",
       "Bestätigung Termin", "Bestätige Termin vom 25.05.\n\nPeter Hoffmann",
       client="outlook", dates=("2026-05-25",),
       note="no appointment on 25.05. (his is on 26.05., still ahead): staff")  # fmt: skip
    no("cb40_schulz_link.eml", 5, ("technical",), "2026-05-07 15:35",
       "Re: Ihr Videotermin am 07.05.2026",
       "Der Link geht bei mir nicht, kommt nur ein weißer Bildschirm. Was soll ich machen??",
       client="iphone", reply="vl-1037", style="iphone")  # fmt: skip
    no("cb41_koch_abgebrochen.eml", 18, ("technical",), "2026-04-01 17:05", re(1112),
       "Der Termin am 1.4. war nur kurz, nach 10 Minuten war die Verbindung weg und keiner hat"
       " zurückgerufen.\n\nR. Koch", client="tonline", reply="cr-1112", style="tonline",
       note="cut short after ten minutes: not a session that took place")  # fmt: skip
    no("cb42_hartmann_absage.eml", 20, ("cancellation", "reschedule"), "2026-11-23 18:00",
       "AW: Erinnerung: Ihr Termin am 24.11.2026",
       "Hallo, ich kann morgen leider nicht, bin krank. Können wir einen neuen Termin"
       " machen?\nLG Leonie", client="webde", reply="rem-1123", style="webde")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    several_and_new_mails()
    yes_with_something_else()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
