"""Write blind set BM: a plain, representative inbox of the whole year, 43 mails. Mostly
short replies under our confirmation request from the usual mail programs (T-Online,
web.de/GMX, Outlook, iPhone, Gmail, Yahoo, Samsung, Thunderbird), some naming the day and
some not, a few new mails listing several days, a few weeks late, a few with a question
beside the yes; the patients lean older (typos, odd line breaks, full postal signatures,
a spouse adding a line), some learners' German and English: 33 confirm at least one
session. The ten look-alikes: a reply to a reminder, two cancellations, a reschedule wish,
a question about a coming call, a forms question, a session nobody called for, a session
that broke off, and two the patient missed (one asking to make it up).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bm`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bm")

WOLFF_SIG = """Hans-Jürgen Wolff
Am Rosengarten 7
14469 Potsdam
Tel. 0331 / 29 41 07"""

KOCH_SIG = """Mit freundlichen Grüßen
Renate Koch
Lindenstraße 14
38100 Braunschweig
Telefon 0531 4 48 21"""


def winter() -> None:
    yes("bm01_wolff_16jan.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:40", re(1028),
        f"Guten Tag,\n\nja die Behandlung am 16.1. hat statt gefunden.\n\nMfG\n{WOLFF_SIG}",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bm02_wolff_kurz.eml", 4, (1029,), (), "2026-01-23 15:52", re(1029),
        "Ja hat stattgefunden\nGruß Wolff",
        client="tonline", reply="cr-1029", style="tonline",
        note="a yes under our request for 23.01.2026, no day named")  # fmt: skip
    yes("bm03_wolff_drei_termine.eml", 4, (1030, 1031, 1032),
        ("2026-01-30", "2026-02-06", "2026-02-13"), "2026-02-14 10:12", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen die Telefonbehandlungen "
        "vom 30.01., 06.02. und 13.02.2026.\nDie Mails dazu hatte ich leider im Spam Ordner.\n\n"
        f"Mit freundlichem Gruß\n{WOLFF_SIG}",
        client="tonline", note="a new mail listing three past sessions")  # fmt: skip
    yes("bm04_kruger_27jan.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:41", re(1003),
        "Hallo,\nja, die Videostunde am 27.01. war, hat alles gut geklappt.\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("bm05_kruger_februar_spaet.eml", 1, (1005, 1006, 1007),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-03-01 20:15",
        "Meine Termine im Februar",
        "Hallo zusammen,\n\nich hab Ihre Mails irgendwie übersehen, sorry! Am 10., 17. und 24. "
        "Februar hatte ich jeweils meine Videotermine, die haben alle stattgefunden.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", note="late, three days of February in one sentence")  # fmt: skip
    yes("bm06_becker_2feb.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:31", re(1010),
        "Hallo,\n\nBehandlung (MT) am 02.02. wurde durchgeführt.\n\nGruß\nThomas Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("bm07_becker_zwei.eml", 2, (1013, 1014), ("2026-02-12", "2026-02-16"),
        "2026-02-17 07:48", re(1014),
        "Guten Morgen,\ndie Telefontermine am Do 12.2. und am Mo 16.2. fanden beide statt, den "
        "vom Donnerstag hatte ich noch nicht bestätigt.\nGruß T. Becker",
        client="webde", reply="cr-1014", style="webde",
        note="reply under the request for 16.02 that also gives 12.02")  # fmt: skip
    yes("bm08_wagner_12jan.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:03", re(1124),
        "Ja, Termin am 12.1. war super :)\n\nSophie",
        client="iphone", reply="cr-1124", style="iphone")  # fmt: skip
    yes("bm09_aydin_19feb.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:05", re(1130),
        "Hallo,\nich bestätige Termin 19.02 war gut mit Telefon. Danke schön\nMehmet Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip


def spring() -> None:
    yes("bm10_demir_ja.eml", 3, (1019,), (), "2026-03-04 10:21", re(1019),
        "ja hat stattgefunden 👍",
        client="gmail", reply="cr-1019", style="gmail",
        note="a yes under our request for 04.03.2026, no day named")  # fmt: skip
    no("bm11_demir_absage.eml", 3, ("cancellation",), "2026-04-20 07:14",
       "Termin Mittwoch",
       "Hallo,\n\nich muss den Termin am 22.4. leider absagen, ich liege mit Fieber im Bett.\n"
       "\nAylin Demir",
       client="gmail",
       note="cancels a coming session")  # fmt: skip
    yes("bm12_koch_23maerz.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:02", re(1109),
        f"Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom "
        f"23.03.2026.\n\n{KOCH_SIG}",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("bm13_koch_nach_ostern.eml", 18, (1110, 1111, 1112),
        ("2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-07 09:45", "Bestätigung Termine",
        "Guten Tag,\n\nentschuldigen Sie bitte die Verspätung, wir waren über Ostern bei "
        "unserer Tochter.\nDie Termine am 25.3 , 30.3 und 1.4. haben alle stattgefunden.\n\n"
        f"{KOCH_SIG}\n\nPS von meinem Mann: er lässt auch grüßen!",
        client="tonline", note="late; three sessions, a spouse's greeting")  # fmt: skip
    yes("bm14_koch_iphone.eml", 18, (1113,), (), "2026-04-08 16:48", re(1113),
        "Ja.\nGruß R.Koch\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1113", style="iphone",
        note="a bare yes under our request for 08.04.2026")  # fmt: skip
    no("bm15_koch_verschieben.eml", 18, ("reschedule",), "2026-04-12 15:20",
       "AW: Erinnerung: Ihr Termin am 13.04.2026",
       "Guten Tag,\nam Montag kann ich leider nicht, da hab ich den Augenarzt.\nGeht es auch "
       f"am Dienstag Nachmittag?\n\n{KOCH_SIG}",
       client="tonline", reply="rem-1114", style="tonline")  # fmt: skip
    yes("bm16_oneill_two.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-23 21:10", re(1137, "RE"),
        "Hello,\n\nconfirming both sessions, 14 April and 21 April, both by phone. Apologies "
        "for the delay, busy week.\n\nBest,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("bm17_schulz_mit_mann.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 18:02",
        re(1035),
        "Hallo Praxis Impulse,\nja der Termin am 23.4. war, alles gut.\nMarie Schulz\n\n"
        "--\nKlaus hier, das ist mein Postfach, meine Frau liest hier mit. Grüße K. Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird",
        note="the husband's line only explains the address")  # fmt: skip


def may_june() -> None:
    yes("bm18_berger_6mai.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:15", re(1142),
        "Grüß Gott,\n\nich bestätige den Termin am 6. Mai. Es ging mir danach viel besser "
        "mit dem Knie.\n\nFreundliche Grüße\nUrsula Berger\nKastanienweg 3\n86150 Augsburg\n"
        "Tel. 0821 / 55 30 12",
        client="outlook", reply="cr-1142", style="outlook_classic")  # fmt: skip
    yes("bm19_berger_ohne_brille.eml", 24, (1143,), ("2026-05-13",), "2026-05-14 08:03",
        re(1143),
        "ja die behandlung\nwar am 13.5\n\ngruss u.berger",
        client="outlook", reply="cr-1143", style="outlook_classic")  # fmt: skip
    yes("bm20_berger_zwei_spaet.eml", 24, (1144, 1145), ("2026-05-20", "2026-05-27"),
        "2026-06-02 19:40", "Bestätigung",
        "Guten Abend,\nich habe vergessen die letzten beiden zu bestätigen. 20.5. und 27.5. "
        "waren beide , telefonisch wie immer.\nMorgen bin ich wieder dran.\n\n"
        "Freundliche Grüße\nUrsula Berger",
        client="outlook", note="late, two days; 'morgen' is the coming session")  # fmt: skip
    no("bm21_berger_handynummer.eml", 24, ("question",), "2026-06-09 10:22",
       "AW: Erinnerung: Ihr Termin am 10.06.2026",
       "Guten Tag,\n\nrufen Sie mich morgen bitte auf dem Handy an, nicht auf dem "
       "Festnetz, da sind Handwerker im Haus. 0171 4 98 23 07\n\nFreundliche Grüße\n"
       "Ursula Berger",
       client="outlook", reply="rem-1147", style="outlook_classic",
       note="a wish about the coming phone session")  # fmt: skip
    yes("bm22_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:28",
        re(1043),
        "Beide Termine am 18.5. (früh Gerät, mittags MT) haben stattgefunden.\n\n"
        "Peter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("bm23_popescu_2juni.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:10", re(1046),
        "Buna ziua,\nich bestatige die Behandlung vom 2 Juni, es war sehr gut. Multumesc!\n"
        "Elena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    no("bm24_popescu_formulare.eml", 7, ("question",), "2026-06-05 18:30",
       "Formulare",
       "Hallo,\nich habe die Formulare mit der Post geschickt letzte Woche. Sind die "
       "angekommen? Muss ich für 9. Juni noch etwas machen?\nDanke\nElena Popescu",
       client="yahoo", note="a question about the forms and the coming session")  # fmt: skip
    no("bm25_richter_absage.eml", 8, ("cancellation",), "2026-06-22 08:40",
       "Mittwoch",
       "Hi,\n\nich muss den Termin am Mittwoch (24.6.) leider absagen, bin beruflich in "
       "Hamburg. Den Termin danach nehme ich wahr.\n\nBeste Grüße\nJonas",
       client="iphone")  # fmt: skip


def summer() -> None:
    yes("bm26_neumann_7juli.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:20", re(1056),
        "guten tag\nja das telefonat mit der therapeutin war heute am 7.7\nhat gut geklappt\n"
        "gisela neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("bm27_neumann_mit_mann.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-07-14 18:05", re(1058),
        "Liebe Praxis Impulse,\n\nich bestätige die Termine am Donnerstag 9.7. und heute "
        "Dienstag 14.7., beide\nwaren am Telefon.\n\nGisela Neumann\n\n"
        "Schöne Grüße auch von Herbert!",
        client="thunderbird", reply="cr-1058", style="thunderbird")  # fmt: skip
    yes("bm28_neumann_frage.eml", 9, (1059,), ("2026-07-16",), "2026-07-16 12:30", re(1059),
        "Ja der Termin am 16.7 war.\nKann die Therapeutin mich am Dienstag eine Stunde "
        "später anrufen, um 10? Ich hab vorher Fußpflege.\nG. Neumann",
        client="samsung", reply="cr-1059", style="samsung", staff=True,
        extra=("reschedule",), note="confirms 16.07 and asks to move the next session")  # fmt: skip
    no("bm29_neumann_keiner_rief_an.eml", 9, ("other",), "2026-07-23 10:44", re(1061),
       "Guten Tag,\nheute am 23.7 hat mich niemand angerufen. Ich habe bis halb zehn am "
       "Telefon gewartet.\nWas ist da los?\nGisela Neumann",
       client="samsung", reply="cr-1061", style="samsung",
       note="the session did not take place: nobody called")  # fmt: skip
    yes("bm30_carter_aug3.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:30", re(1069),
        "Hi,\n\nyes, I confirm my session on August 3rd took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    no("bm31_brandt_abgebrochen.eml", 10, ("technical",), "2026-07-24 17:48", re(1066),
       "Hallo,\n\ndie Sitzung heute wurde nach ca. 10 Minuten abgebrochen, das Video hing "
       "und wir kamen nicht mehr rein. Nachgeholt haben wir nichts. Wie machen wir das?\n\n"
       "Gruß\nLukas Brandt",
       client="gmail", reply="cr-1066", style="gmail",
       note="the session of 24.07 broke off after ten minutes: not a confirmation")  # fmt: skip
    yes("bm32_yildiz_5aug.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:02", re(1075),
        "Guten tag\nich habe am 5.8 behandlung gemacht telefon ja.\nVielen Dank\nFatma Yıldız",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("bm33_yildiz_zwei_abgesagt.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-27 10:00", "Termine August",
        "Hallo,\n12.8 und 26.8 hatte ich Behandlung am Telefon. 19.8 war abgesagt von Ihnen, "
        "das weiß ich.\nLiebe Grüße\nFatma",
        client="webde",
        note="two sessions; the cancelled 19.08 is named as cancelled, correctly")  # fmt: skip


def autumn() -> None:
    yes("bm34_vogel_10sep.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:20", re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n\nVogel & Partner "
        "Rechtsanwälte mbB\nKönigsallee 60\n40212 Düsseldorf\nTel. +49 211 8 66 40-0\n"
        "Fax +49 211 8 66 40-99\nwww.vogel-partner.de\n\nDiese E-Mail kann vertrauliche "
        "Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, "
        "informieren Sie bitte den Absender.",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("bm35_vogel_iphone.eml", 13, (1083,), (), "2026-09-17 08:45", re(1083),
        "Bestätigt.\n\nMV\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1083", style="iphone",
        note="a yes under our request for 17.09.2026")  # fmt: skip
    no("bm36_vogel_nicht_da.eml", 13, ("other", "question"), "2026-09-24 12:15", re(1084),
       "Sehr geehrte Damen und Herren,\n\nder Termin heute hat nicht stattgefunden, ich war "
       "kurzfristig bei Gericht und habe es versäumt abzusagen. Wie verfahren Sie in einem "
       "solchen Fall?\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook", reply="cr-1084", style="outlook",
       note="a missed session and a question about the fee")  # fmt: skip
    yes("bm37_lehmann_8sep.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:00", re(1087),
        "Hallo,\n\nja, am 8.9. hatte ich meine Videobehandlung.\n\nViele Grüße\nAnna Lehmann",
        client="apple", reply="cr-1087", style="iphone")  # fmt: skip
    yes("bm38_zimmermann_5okt.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:10",
        re(1093),
        "Moin,\n\nTermin am 05.10. hat geklappt, der Therapeut hat pünktlich angerufen.\n\nGruß\nKlaus Zimmermann",
        client="thunderbird", reply="cr-1093", style="thunderbird", bottom=True)  # fmt: skip
    yes("bm39_zimmermann_rezept.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 12:40",
        re(1097),
        "Moin,\n\nja, am 2.11. war die Behandlung. Mein Rezept ist damit jetzt aufgebraucht "
        "oder? Brauch ich ein neues vom Hausarzt, der Rücken ist noch nicht gut.\n\n"
        "Gruß\nKlaus Zimmermann\nDeichstr. 21, 26721 Emden\nTel 04921 3 17 45",
        client="thunderbird", reply="cr-1097", style="thunderbird", staff=True,
        extra=("question",), note="confirms 02.11 and asks about a new prescription")  # fmt: skip
    yes("bm40_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:31",
        re(1098),
        "Hallo,\n\nhiermit bestätige ich den Termin vom 07.10.2026.\n\nVG\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nMarktplatz 2 | 35037 Marburg\nT 06421 9 12 77-0",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("bm41_schaefer_mittwoch.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 07:55",
        re(1099),
        "Ja, die Stunde am Mittwoch hat stattgefunden.\nLiebe Grüße, auch von meinem Mann\n"
        "Birgit",
        client="webde", reply="cr-1099", style="webde",
        note="'Mittwoch' under the request for Wednesday 14.10")  # fmt: skip
    no("bm42_nowak_verschlafen.eml", 19, ("reschedule",), "2026-11-20 09:52", re(1118),
       "Hi,\n\nsorry, heute hat es bei mir nicht geklappt, ich hab verschlafen. Können wir die "
       "Stunde nachholen, gern nächste Woche am Nachmittag?\n\nDavid",
       client="plain", reply="cr-1118", style="gmail_en",
       note="missed the session of 20.11 and asks for a new one")  # fmt: skip
    no("bm43_wolff_erinnerung.eml", 4, ("other",), "2026-02-19 15:02",
       "AW: Erinnerung: Ihr Termin am 20.02.2026",
       "Danke, ich bin morgen um 14 Uhr am Telefon.\nGruß Wolff",
       client="tonline", reply="rem-1033", style="tonline", staff=False,
       note="answers the reminder for a coming session: nothing to record or do")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    may_june()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
