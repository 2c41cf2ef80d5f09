"""Write blind set FA: a plain, representative inbox of the whole year, nothing themed.

43 mails from the practice's patients as they would really answer: mostly short replies
under our confirmation request from phones and webmail (with and without the date), some
new mails with the date in the text, a few naming several days at once, a few late, and a
few with a question, a reschedule wish or a problem beside the yes. Eleven look-alikes: a
cancellation and a reschedule under our reminder, a question under a video link, a
session the therapist never joined, a session that broke off, an "I'll be there" under a
reminder, a thank-you, a question about the co-payment, and three "confirmations" that
cannot be recorded (a cancelled day, a day already confirmed, a day with no appointment).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fa`.
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

HERE = data_dir("blind_fa")

IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\nGesendet von meinem Samsung Galaxy Smartphone."


def short_replies() -> None:
    """Short yeses under our request, with and without the date."""
    yes("fa01_krueger_ja.eml", 1, (1003,), (), "2026-01-27 12:47", re(1003, "Aw"),
        "Ja, hat stattgefunden.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("fa02_becker_mt_0902.eml", 2, (1012,), ("2026-02-09",), "2026-02-09 21:14", re(1012, "Aw"),
        "Bestätige MT heute, 09.02., telefonisch.\n\nT. Becker",
        client="webde", reply="cr-1012", style="webde")  # fmt: skip
    yes("fa03_demir_iphone.eml", 3, (1019,), (), "2026-03-04 10:22", re(1019, "Re"),
        "Ja hat stattgefunden 👍" + IPHONE,
        client="iphone", reply="cr-1019", style="iphone",
        note="a yes under our request for 04.03.2026, no day named")  # fmt: skip
    yes("fa05_schulz_1604.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:40", re(1034, "Re"),
        "Hallo,\n\ndie Behandlung am 16.4. hat stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("fa07_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:05", re(1046, "Re"),
        "Hallo,\nja die Therapie am 2 Juni war gemacht, alles gut. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("fa08_richter_jo.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:15", re(1051, "Re"),
        "jo passt, war heute am 3.6. 👍" + IPHONE,
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("fa10_brandt_kurz.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:02", re(1063, "Re"),
        "Bestätigt: 03.07.2026, KG per Video.\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("fa11_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:20", re(1069, "Re"),
        "Hi,\n\nyes, the session on Aug 3 took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("fa12_yildiz_heute.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:41", re(1075, "Aw"),
        "guten tag\nja termin war heute 5.8 telefon hat geklapt\ndanke Fatma Yildiz",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("fa13_vogel_formal.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:52", re(1082, "AW"),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am"
        " 10.09.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\n"
        "Rechtsanwalt\n\nVogel & Partner Rechtsanwälte mbB\nKurfürstendamm 112, 10711 Berlin\n"
        "Tel. +49 30 8891 2040 | Fax +49 30 8891 2049\nm.vogel@vogel-partner.de\n\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige"
        " Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("fa14_lehmann_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 19:03", re(1087, "Re"),
        "Hallo,\n\nja, der Termin vom 8.9. hat stattgefunden.\n\nLG Anna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True)  # fmt: skip
    yes("fa15_zimmermann_ja.eml", 15, (1093,), (), "2026-10-05 13:16", re(1093, "AW"),
        "Ja" + SAMSUNG,
        client="samsung", reply="cr-1093", style="samsung",
        note="a bare yes under our request for 05.10.2026")  # fmt: skip
    yes("fa17_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:10", re(1104, "Re"),
        "Moin,\n\nhat heute gut geklappt, bestätige hiermit den 22.10.\n\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("fa18_koch_tonline.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 09:15", re(1109, "Re"),
        "Guten Morgen\nJa die Behandlung am 23.3.26 war, alles gut gelaufen\nMfG R. Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("fa19_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 09:58", re(1116, "Re"),
        "Bestätigt, Termin am 06.11. hat stattgefunden.\n\nDavid Nowak\n\n"
        "Sent with Proton Mail secure email.",
        reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("fa20_hartmann_lg.eml", 20, (1120,), (), "2026-11-03 21:40", re(1120, "Re"),
        "hallo ja hat stattgefunden\nlg leonie" + IPHONE,
        client="iphone", reply="cr-1120", style="iphone",
        note="a yes under our request for 03.11.2026, no day named")  # fmt: skip
    yes("fa21_wagner_1201.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:34", re(1124, "Aw"),
        "Hallo, bestätige den Termin am 12.1. Gruß Sophie Wagner",
        client="webde", reply="cr-1124", style="webde")  # fmt: skip
    yes("fa22_aydin_outlook.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:20", re(1130, "AW"),
        "Hallo\nIch bestätige die Behandlung von 19.02.2026\nMit freundlichen Grüßen\nMehmet Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("fa23_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:55", re(1136, "RE"),
        "Hi there,\n\nConfirming that my session on 14 April went ahead as planned.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip


def new_mails() -> None:
    """New mails with the day in the text or subject, some several days at once."""
    yes("fa04_wolff_zwei_tage.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-24 09:12", "Bestätigung",
        "Guten Tag,\n\nhiermit bestätige ich die Telefonbehandlungen am 16.01.2026 und am"
        " 23.01.2026.\nHab die letzte Mail wohl übersehen, sorry.\n\nGruß\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("fa06_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:35",
        re(1043, "AW"),
        "Hallo,\n\nich bestätige beide Termine vom 18.05., morgens KG am Gerät und mittags die"
        " Manuelle.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions that day, both confirmed")  # fmt: skip
    yes("fa09_neumann_brief.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:30", "Behandlung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen, dass ich am Dienstag den"
        " 7.7. und am Donnerstag den 9.7. mit der Therapeutin telefoniert habe. Die Übungen"
        " mache ich fleißig jeden Morgen.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("fa16_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 07:45",
        "Termin 07.10.",
        "Guten Morgen,\n\ndie Stunde gestern Abend (07.10.) hat stattgefunden. Ich schreibe vom"
        " Büro aus, die Mail ging an meine private Adresse.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 030 4412 339-0",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("fa24_berger_brief.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:15",
        "Bestätigung Behandlung",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlung vom 06.05.2026.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger")  # fmt: skip
    yes("fa25_becker_nachtrag.eml", 2, (1014, 1015, 1016), ("2026-02-16", "2026-02-19", "2026-02-23"),
        "2026-03-05 20:10", "Bestätigung MT-Termine Februar",
        "Hallo zusammen,\n\nich war etwas nachlässig mit dem Bestätigen, daher gesammelt: die"
        " Termine am 16.2., 19.2. und 23.2. haben alle stattgefunden.\n\nSchönen Abend\n"
        "Thomas Becker",
        client="webde", note="three days at once, late")  # fmt: skip
    yes("fa26_krueger_drei.eml", 1, (1004, 1005, 1006), ("2026-02-03", "2026-02-10", "2026-02-17"),
        "2026-02-17 12:20", re(1006, "Aw"),
        "Hallo,\n\nich bestätige hiermit gleich alle drei: 03.02., 10.02. und heute den 17.02.,"
        " jeweils per Video.\n\nGruß Sabine Krüger",
        client="webde", reply="cr-1006", style="webde")  # fmt: skip
    yes("fa27_lehmann_spaet.eml", 14, (1089,), ("2026-09-22",), "2026-11-02 20:30", re(1089, "AW"),
        "Sorry, ist völlig untergegangen! Ja, der Termin am 22.09. hat stattgefunden.\n\nAnna",
        client="outlook", reply="cr-1089", style="outlook",
        note="six weeks late")  # fmt: skip
    yes("fa28_carter_two.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"), "2026-08-20 22:05",
        "Sessions in August",
        "Hi,\n\njust catching up on emails - both the 10th and the 17th of August sessions"
        " happened, sorry for the delay.\n\nBest,\nEmily Carter",
        client="gmail")  # fmt: skip


def yes_with_more() -> None:
    """A yes with a question, a problem or a wish beside it."""
    yes("fa29_richter_rechnung.eml", 8, (1052,), ("2026-06-10",), "2026-06-11 07:20",
        re(1052, "Re"),
        "Guten Morgen,\n\nja, Termin am 10.06. fand statt.\n\nKurze Frage: bekomme ich die"
        " Rechnung per Mail oder per Post? Brauche sie für meine Versicherung.\n\nDanke, Jonas",
        client="apple", reply="cr-1052", style="iphone", staff=True, extra=("question",),
        note="confirmed, plus a billing question")  # fmt: skip
    yes("fa30_hoffmann_bild.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:40", re(1040, "AW"),
        "Hallo,\n\nder Termin am 4.5. hat stattgefunden. Allerdings ist das Bild zweimal"
        " eingefroren und wir mussten uns neu einwählen. Können Sie mal schauen, ob das an mir"
        " lag? Ich nutze Firefox auf dem Laptop.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook", staff=True, extra=("technical",),
        note="took place, but a video problem and a question")  # fmt: skip
    yes("fa31_schulz_verlegen.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 19:30",
        re(1035, "Re"),
        "Hallo,\n\nja, 23.4. hat stattgefunden.\nDen Termin am 30.4. müsste ich leider"
        " verschieben, ginge stattdessen Freitag, der 1.5.? Sonst auch gern die Woche"
        " danach.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", staff=True,
        extra=("reschedule",), note="confirms 23.04; 30.04 is a future day to move")  # fmt: skip
    yes("fa32_demir_einer_nicht.eml", 3, (1020,), ("2026-03-11",), "2026-03-19 08:05",
        "Termine März",
        "Hallo,\n\nder Termin am 11.3. hat stattgefunden. Der am 18.3. aber nicht, da hatte ich"
        " Fieber und hab morgens angerufen und abgesagt.\n\nLiebe Grüße\nAylin Demir",
        client="gmail", staff=True,
        note="11.03 confirmed; 18.03 did not take place but is still scheduled")  # fmt: skip


def look_alikes() -> None:
    """Mails that look like confirmations and are not."""
    no("fa33_zimmermann_absage.eml", 15, ("cancellation",), "2026-11-01 16:40",
       reminder_subject(1097, "AW"),
       "Guten Tag, ich kann morgen leider nicht, muss zum Arzt. Bitte den Termin absagen."
       " Klaus Zimmermann" + SAMSUNG,
       client="samsung", reply="rem-1097", style="samsung")  # fmt: skip
    no("fa34_nowak_verschieben.eml", 19, ("reschedule",), "2026-11-19 08:30",
       reminder_subject(1118, "Re"),
       "Hallo,\n\nkönnten wir morgen auf 9 Uhr statt 8 gehen? Hab früh noch einen Call.\n\nDavid",
       reply="rem-1118", style="thunderbird")  # fmt: skip
    no("fa35_hartmann_vorbereiten.eml", 20, ("question",), "2026-11-08 10:15",
       video_link_subject(1121),
       "Hallo, muss ich für Dienstag was vorbereiten? Matte, Handtuch oder so? Und reicht das"
       " Handy oder lieber Laptop?\nLG Leonie" + IPHONE,
       client="iphone", reply="vl-1121", style="iphone")  # fmt: skip
    no("fa36_jansen_niemand_kam.eml", 17, ("other",), "2026-11-05 12:02", re(1106, "Re"),
       "Moin,\n\nnee, das hat heute nicht stattgefunden. Ich saß ab kurz vor 10 im Warteraum,"
       " aber es kam niemand dazu. Nach 20 Minuten hab ich aufgegeben.\n\nGruß Ole",
       client="gmail", reply="cr-1106", style="gmail",
       note="a no under our request: the therapist never joined")  # fmt: skip
    no("fa37_wagner_bin_dabei.eml", 21, ("other",), "2026-02-15 10:02",
       reminder_subject(1129, "Aw"),
       "Ja, passt, bin morgen dabei. Gruß Sophie",
       client="webde", reply="rem-1129", style="webde", staff=False,
       note="a yes to our reminder for a session still to come")  # fmt: skip
    no("fa38_demir_abgesagt.eml", 3, ("confirmation",), "2026-04-02 09:10",
       "Bestätigung 01.04.",
       "Hallo,\n\nhiermit bestätige ich den Termin vom 01.04.2026.\n\nLG Aylin Demir",
       client="gmail",
       note="the session of 01.04 is cancelled in the calendar: nothing to record")  # fmt: skip
    no("fa39_wolff_nochmal.eml", 4, ("confirmation", "question"), "2026-01-12 17:45",
       "Termin 9.1.",
       "Hallo,\n\nich bestätige nochmal den Termin vom 9.1., weiß nicht ob meine Mail"
       " angekommen ist. Können Sie mir kurz Bescheid geben?\n\nH.-J. Wolff",
       client="tonline", dates=("2026-01-09",),
       note="09.01 is already confirmed; he asks whether his mail arrived")  # fmt: skip
    no("fa40_aydin_zuzahlung.eml", 22, ("question",), "2026-03-06 18:25", "Zuzahlung",
       "Hallo\nIch habe Brief von Krankenkasse bekommen wegen Zuzahlung. Muss ich bei Ihnen"
       " bezahlen und wieviel? Wohin überweisen?\nMehmet Aydın",
       client="outlook")  # fmt: skip
    no("fa41_berger_falscher_tag.eml", 24, ("confirmation",), "2026-05-15 10:05",
       "Behandlung",
       "Guten Tag,\n\nich bestätige die Behandlung am 14.05.\n\nMit freundlichen Grüßen\n"
       "Ursula Berger",
       dates=("2026-05-14",),
       note="no appointment on 14.05 (there is one on 13.05): staff must ask")  # fmt: skip
    no("fa42_oneill_thanks.eml", 23, ("other",), "2026-05-21 19:40", "Thank you",
       "Hi all,\n\nnow that my treatment is finished I just wanted to say thank you - my"
       " shoulder is so much better. Great team!\n\nAll the best,\nJames O'Neill",
       client="outlook", staff=False, note="a thank-you, confirms no session")  # fmt: skip
    no("fa43_krueger_abgebrochen.eml", 1, ("technical",), "2026-02-24 11:55", re(1007, "Aw"),
       "Hallo,\n\nheute hat es leider nicht richtig geklappt, die Verbindung ist nach ein paar"
       " Minuten abgebrochen und ich kam nicht mehr rein. Also eigentlich hat die Behandlung"
       " nicht stattgefunden.\n\nGruß S. Krüger",
       client="webde", reply="cr-1007", style="webde",
       note="the session broke off after a few minutes")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    new_mails()
    yes_with_more()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
