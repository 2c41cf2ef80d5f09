"""Write blind set BX: a plain, representative inbox of the whole year, nothing themed.
42 mails: 32 that confirm at least one session (mostly short replies under our request in
web.de, Gmail, iPhone, Outlook, Thunderbird, T-Online, Samsung and Yahoo style, with and
without the date, one word, an emoji, a date alone, a yes in the subject line, some new
mails naming several days, a few late ones, a few with a question or a problem beside the
yes) and 10 look-alikes (a cancellation, a reschedule, a question about a coming session, a
missed session, a session that did not happen, replies to a reminder).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bx`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bx")


def short_replies() -> None:
    """One word, an emoji, a date alone, a yes in the subject: under our request."""
    yes("bx01_krueger_ja.eml", 1, (1003,), (), "2026-01-27 12:05", re(1003), "Ja",
        client="webde", reply="cr-1003", style="webde",
        note="one word under our request for 27.01.2026")  # fmt: skip
    yes("bx02_becker_bestaetigt_datum.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:40",
        re(1010), "Bestätigt, 2.2.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1010", style="iphone")  # fmt: skip
    yes("bx03_demir_daumen.eml", 3, (1019,), (), "2026-03-04 10:05", re(1019), "👍",
        client="gmail", reply="cr-1019", style="gmail",
        note="a thumbs-up alone under our request for 04.03.2026")  # fmt: skip
    yes("bx04_schulz_hat_stattgefunden.eml", 5, (1034,), (), "2026-04-16 17:45", re(1034),
        "ja hat stattgefunden\nMarie", client="thunderbird", reply="cr-1034",
        style="thunderbird")  # fmt: skip
    yes("bx05_richter_jo_passt.eml", 8, (1051,), (), "2026-06-03 20:15", re(1051),
        "Jo passt 👌", client="iphone", reply="cr-1051", style="iphone",
        note="colloquial yes under our request for 03.06.2026")  # fmt: skip
    yes("bx06_brandt_bottom.eml", 10, (1063,), (), "2026-07-03 18:30", re(1063, "Re"),
        "Ja, fand statt.\n\nLukas", client="thunderbird", reply="cr-1063",
        style="thunderbird", bottom=True, note="bottom-posted yes")  # fmt: skip
    yes("bx07_yildiz_heute.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:40", re(1075),
        "ja war heute, danke schön", client="webde", reply="cr-1075", style="webde",
        note="'heute' names the day of the mail, 05.08.2026")  # fmt: skip
    yes("bx08_zimmermann_betreff.eml", 15, (1093,), (), "2026-10-05 14:00",
        "Ja hat stattgefunden", "", client="samsung", reply="cr-1093", style="samsung",
        note="the yes is only in the subject line, body empty above the quote")  # fmt: skip
    yes("bx09_jansen_jep.eml", 17, (1104,), (), "2026-10-22 12:00", re(1104),
        "jep 👍", client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("bx10_nowak_datum.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00",
        re(1116, "Re"), "Bestätige 06.11.\n\nD. Nowak", reply="cr-1116",
        style="thunderbird")  # fmt: skip
    yes("bx11_oneill_confirmed.eml", 23, (1136,), (), "2026-04-14 21:35",
        re(1136, "RE"), "Confirmed. Thanks,\nJames", client="outlook", reply="cr-1136",
        style="outlook_en")  # fmt: skip
    yes("bx12_berger_nur_datum.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:00",
        re(1143), "13.05.", client="thunderbird", reply="cr-1143", style="thunderbird",
        note="a date alone under our request")  # fmt: skip
    yes("bx13_aydin_termin_war.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:00",
        re(1130), "ja termin am 19.02 war , danke\nmehmet", client="outlook",
        reply="cr-1130", style="outlook")  # fmt: skip
    yes("bx14_schaefer_handy.eml", 16, (1099,), ("2026-10-14",), "2026-10-14 21:30", re(1099),
        "Ja, Termin 14.10. fand statt. LG Birgit\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1099", style="samsung")  # fmt: skip


def longer_replies() -> None:
    """Whole sentences, greetings, signatures; other languages and registers."""
    yes("bx15_hoffmann_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:30",
        re(1043),
        "Hallo,\n\nbeide Termine heute (Gerät morgens und Manuelle mittags) haben"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on 18.05.2026, both confirmed")  # fmt: skip
    yes("bx16_popescu_juni.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:00", re(1046),
        "Hallo,\nja ich bestätige die Behandlung am 2 Juni. Es war sehr gut, mein Rücken ist"
        " schon bisschen besser.\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("bx17_neumann_foermlich.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 15:30",
        re(1056),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am"
        " Dienstag, den 7. Juli stattgefunden hat.\n\nMit freundlichen Grüßen\nGisela Neumann",
        reply="cr-1056", style="thunderbird", bottom=True)  # fmt: skip
    yes("bx18_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10",
        re(1069, "Re"), "Yes, confirmed - the session on Aug 3 took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bx19_hartmann_video_lief.eml", 20, (1120,), (), "2026-11-03 19:10", re(1120),
        "Hallo! Ja hat alles geklappt, das Video lief ohne Probleme 😊\nLG Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("bx20_schaefer_kanzlei.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:45",
        re(1098),
        "Guten Morgen,\n\nder Termin am 07.10. hat stattgefunden.\n\nViele Grüße\nBirgit"
        " Schäfer\n\nSchäfer Steuerberatung\nLindenstraße 12, 10969 Berlin\nTel. 030 6123"
        " 4455",
        client="outlook", reply="cr-1098", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, office signature")  # fmt: skip
    yes("bx21_schulz_uebersehen.eml", 5, (1037,), ("2026-05-07",), "2026-05-20 08:15",
        re(1037),
        "Entschuldigung, hab die Mail übersehen. Ja, am 7. Mai war die Behandlung.\n\nViele"
        " Grüße\nMarie Schulz",
        client="apple", reply="cr-1037", style="iphone",
        note="late: answered 13 days after the session")  # fmt: skip


def several_days() -> None:
    """New mails or late replies naming several days."""
    yes("bx22_wolff_januar.eml", 4, (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-02-01 10:20",
        "Bestätigung Termine Januar",
        "Guten Tag,\n\nhiermit bestätige ich die Telefontermine am 16.1., 23.1. und 30.1.\n\n"
        "Mit freundlichem Gruß\nHans-Jürgen Wolff",
        client="tonline", note="a new mail naming three days")  # fmt: skip
    yes("bx23_vogel_zwei.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 08:10", re(1083, "AW"),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlungen vom 10.09. und"
        " 17.09.2026.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\nVogel &"
        " Partner mbB\nKurfürstendamm 200, 10719 Berlin\nTel. +49 30 8812 3400 | Fax +49 30"
        " 8812 3401",
        client="outlook", reply="cr-1083", style="outlook_classic",
        note="two days under the later request; phone numbers in the signature")  # fmt: skip
    yes("bx24_koch_maerz.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 09:00", "Bestätigung",
        "Guten Tag,\n\nich bestätige die Telefonbehandlungen vom 23.03., 25.03. und"
        " 30.03.2026.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("bx25_wagner_spaet.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-03-02 21:15", re(1126),
        "Sorry für die späte Antwort!! Die Termine am 12.1., 19.1. und 26.1. haben alle"
        " stattgefunden.\n\nLiebe Grüße\nSophie",
        client="webde", reply="cr-1126", style="webde",
        note="late, five weeks after; three January days")  # fmt: skip
    yes("bx26_becker_drei.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 07:50", "Termine Februar",
        "Hallo zusammen,\n\nzur Abrechnung: 05.02., 09.02. und 12.02. - alle drei Telefonate"
        " haben stattgefunden.\n\nGruß\nT. Becker",
        client="webde", note="a new mail naming three days")  # fmt: skip
    yes("bx27_brandt_zwei.eml", 10, (1064, 1065), ("2026-07-10", "2026-07-17"),
        "2026-07-18 09:00", re(1065, "Re"), "10.7. und 17.7. beide bestätigt\n\nLukas",
        client="thunderbird", reply="cr-1065", style="thunderbird")  # fmt: skip


def yes_with_something() -> None:
    """A yes and beside it a question, a wish or a session that did not take place."""
    yes("bx28_krueger_einer_krank.eml", 1, (1004,), ("2026-02-03",), "2026-02-11 09:00",
        re(1005),
        "Hallo,\nam 3.2. war die Behandlung, aber gestern (10.2.) war ich krank und konnte"
        " nicht, das hat also nicht stattgefunden. Hatte vergessen Bescheid zu geben, sorry.\n"
        "Sabine Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True, extra=("other",),
        note="03.02. confirmed; 10.02. (1005) did not take place: staff")  # fmt: skip
    yes("bx29_demir_verschieben.eml", 3, (1020,), (), "2026-03-11 10:30", re(1020),
        "Ja hat stattgefunden. Könnten wir nächsten Mittwoch evtl. um 9 statt 8:30 machen?"
        " Muss meine Tochter zur Kita bringen\n\nAylin",
        client="gmail", reply="cr-1020", style="gmail", staff=True, extra=("reschedule",),
        note="yes to 11.03.2026 plus a wish to move the next session")  # fmt: skip
    yes("bx30_lehmann_uebungen.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:00",
        re(1087),
        "Hallo,\n\nhiermit bestätige ich den Termin vom 08.09.\nKönnten Sie mir die Übungen von"
        " heute noch als PDF schicken? Ich hab mir nicht alles gemerkt.\n\nViele Grüße\nAnna"
        " Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", staff=True,
        extra=("question",))  # fmt: skip
    yes("bx31_yildiz_verordnung.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 13:10",
        re(1078),
        "ja 26.8 hat stattgefunden\nbrauche ich jetzt neue verordnung vom arzt? sind doch nur"
        " noch 2 termine oder",
        client="webde", reply="cr-1078", style="webde", staff=True,
        extra=("question",))  # fmt: skip
    yes("bx32_nowak_rechnung.eml", 19, (1117,), (), "2026-11-13 11:00", re(1117, "Re"),
        "Hat stattgefunden, danke.\nFrage: ist die Rechnung für die Termine bisher schon"
        " raus? Meine Versicherung will sie haben.\n\nDavid",
        reply="cr-1117", style="thunderbird", staff=True,
        extra=("question",))  # fmt: skip


def look_alikes() -> None:
    """Mails that look like confirmations and are not."""
    no("bx33_demir_bis_morgen.eml", 3, ("other",), "2026-04-07 09:00",
       "AW: Erinnerung: Ihr Termin am 08.04.2026", "Ja, bin dabei, bis morgen!",
       client="gmail", reply="rem-1024", style="gmail", staff=False,
       note="reply to the reminder before the session: nothing took place yet")  # fmt: skip
    no("bx34_zimmermann_absage.eml", 15, ("cancellation",), "2026-10-30 18:20",
       "Termin Montag",
       "Hallo,\nden Termin am Montag 2.11. muss ich leider absagen, ich muss ins"
       " Krankenhaus. Ich melde mich wenn ich wieder da bin.\nK. Zimmermann",
       client="samsung", note="cancels a coming session")  # fmt: skip
    no("bx35_jansen_verschieben.eml", 17, ("reschedule",), "2026-11-09 12:00",
       "Re: Ihr Videotermin am 12.11.2026",
       "Hi, können wir den Termin am Donnerstag auf Freitag verschieben? Gleiche Uhrzeit"
       " wäre super.\nOle", client="gmail", reply="vl-1107", style="gmail")  # fmt: skip
    no("bx36_hartmann_vorbereiten.eml", 20, ("question",), "2026-11-08 20:30",
       "AW: Ihr Videotermin am 10.11.2026",
       "Hallo, muss ich für Dienstag irgendwas vorbereiten? Matte, Handtuch oder so? Und"
       " reicht das Handy oder besser Laptop?\nLG Leonie",
       client="webde", reply="vl-1121", style="webde",
       note="question about a coming session")  # fmt: skip
    no("bx37_popescu_nicht_da.eml", 7, ("other",), "2026-06-16 14:00", re(1048),
       "Hallo, ich war nicht da heute, ich hatte Termin bei Arzt und habe vergessen"
       " abzusagen. Entschuldigung!! Nächste Woche bin ich da.\nElena",
       client="yahoo", reply="cr-1048", style="yahoo",
       note="under our request: she missed the session of 16.06.2026")  # fmt: skip
    no("bx38_vogel_niemand_da.eml", 13, ("technical",), "2026-10-08 09:05", re(1086),
       "Sehr geehrte Damen und Herren,\n\ndie Sitzung hat heute nicht stattgefunden. Ich war"
       " ab 6:55 Uhr im Videoraum und habe 20 Minuten gewartet, es kam niemand.\nBitte um"
       " Rückmeldung.\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook", reply="cr-1086", style="outlook_classic",
       note="the session of 08.10.2026 did not take place")  # fmt: skip
    no("bx39_aydin_kein_anruf.eml", 22, ("other",), "2026-02-26 14:30", re(1131),
       "hallo heute hat niemand angeruf bei mir. ich habe gewartet bis 13 uhr. was ist"
       " passiert?\nmehmet aydin", client="outlook", reply="cr-1131", style="outlook",
       note="the phone session of 26.02.2026 did not take place")  # fmt: skip
    no("bx40_berger_neues_rezept.eml", 24, ("question",), "2026-06-11 10:15",
       "Weitere Termine",
       "Servus,\ndie Behandlungen ham mir gut getan. Mein Hausarzt hat mir jetzt a neues"
       " Rezept geschrieben, kriag i da weitere Termine bei Ihnen? Soll ich das Rezept"
       " schicken?\nGruß Ursula Berger",
       client="thunderbird",
       note="praise for past sessions and a question, names no day")  # fmt: skip
    no("bx41_krueger_morgen.eml", 1, ("other",), "2026-03-09 11:00",
       "AW: Erinnerung: Ihr Termin am 10.03.2026",
       "Hallo, ich bestätige den Termin morgen um 10 Uhr, bin dabei.\nSabine",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="'bestätige' a coming session under the reminder: nothing to record")  # fmt: skip
    no("bx42_hoffmann_kurzfristig.eml", 6, ("cancellation",), "2026-05-26 10:00", re(1044),
       "Hallo,\n\nden Termin heute früh musste ich leider kurzfristig ausfallen lassen (habe"
       " um 7 Uhr in der Praxis aufs Band gesprochen). Bitte nicht abrechnen.\n\nGruß\nPeter"
       " Hoffmann",
       client="outlook", reply="cr-1044", style="outlook",
       note="under our request: the session of 26.05.2026 did not take place")  # fmt: skip


def main() -> None:
    load_practice()
    assert mc.APPOINTMENTS
    short_replies()
    longer_replies()
    several_days()
    yes_with_something()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
