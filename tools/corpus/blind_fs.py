"""Write blind set FS: a plain inbox of the whole year, written mostly by working people in
their thirties to fifties (replies from the office or between meetings, a registered work
address, signatures with titles and phone numbers, Outlook habits and disclaimers, month-end
collections of several sessions, a few in English). 42 mails: 32 that confirm at least one
session (three of them with a question, a reschedule wish or a session that did not take
place) and 10 look-alikes (cancellations, a reschedule, questions about coming sessions,
missed sessions, thank-yous to a reminder and a video link).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fs`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fs")

VOGEL_SIG = """Mit freundlichen Grüßen

Dr. Michael Vogel
Rechtsanwalt | Fachanwalt für Arbeitsrecht
Partner

VOGEL & PARTNER Rechtsanwälte mbB
Königsallee 48 | 40212 Düsseldorf
T +49 211 5566 770 | F +49 211 5566 779
m.vogel@vogel-partner.de | www.vogel-partner.de

Sitz der Gesellschaft: Düsseldorf, AG Essen PR 2281

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail ist nicht gestattet."""

SCHAEFER_SIG = """Mit freundlichen Grüßen

Birgit Schäfer
Steuerberaterin

Schäfer Steuerberatung
Am Markt 7 · 34117 Kassel
Tel.: 0561 / 70 98 12-0 · Fax: 0561 / 70 98 12-9
b.schaefer@schaefer-steuerberatung.de

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""

BECKER_SIG = """Mit freundlichen Grüßen
Thomas Becker

Dipl.-Kfm. Thomas Becker
Leiter Controlling
Mobil: 0171 4432 118"""


def first_quarter() -> None:
    yes("fs01_krueger_ja_unter_anfrage.eml", 1, (1003,), (), "2026-01-27 12:41", re(1003),
        "Ja, hat stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("fs02_wolff_hiermit_bestaetige.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:22",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung am"
        " 16.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff\nDipl.-Ing. (FH)\n"
        "Tel. 0231 / 88 41 07",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("fs03_wolff_ende_januar_zwei.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-30 17:05", "Bestätigung Behandlungen Januar",
        "Sehr geehrte Damen und Herren,\n\nder Einfachheit halber in einer Mail: die Termine am"
        " 23.01. und am 30.01. haben beide wie vereinbart telefonisch stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline",
        note="month-end collection, new mail")  # fmt: skip
    yes("fs04_wagner_nachtrag_vier.eml", 21, (1125, 1126, 1128, 1129),
        ("2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"), "2026-02-20 21:13",
        "Nachtrag Bestätigungen",
        "Hallo liebes Praxisteam,\n\nich hab eure Mails im Job total untergehen lassen, sorry!"
        " Hiermit nachträglich: die Videotermine am 19.01., 26.01., 09.02. und 16.02. haben alle"
        " stattgefunden.\n\nLiebe Grüße\nSophie",
        client="webde",
        note="late collection; 02.02. (cancelled) is not named")  # fmt: skip
    yes("fs05_becker_kurz_mit_signatur.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:46",
        re(1010), "Guten Abend,\n\nTermin vom 02.02. bestätige ich gern.\n\n" + BECKER_SIG,
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("fs06_becker_sammel_februar.eml", 2, (1011, 1012, 1013, 1014, 1015, 1016, 1017),
        ("2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19", "2026-02-23",
         "2026-02-26"),
        "2026-02-27 08:12", "Sammelbestätigung Februar – Becker",
        "Guten Morgen,\n\nwie besprochen sammle ich die Bestätigungen zum Monatsende. Folgende"
        " Telefontermine (Manuelle Therapie) haben stattgefunden:\n\n"
        "- Do 05.02.\n- Mo 09.02.\n- Do 12.02.\n- Mo 16.02.\n- Do 19.02.\n- Mo 23.02.\n"
        "- Do 26.02.\n\nDanke und einen guten Start ins Wochenende!\n\n" + BECKER_SIG,
        client="outlook",
        note="month-end list of seven sessions")  # fmt: skip
    yes("fs07_becker_einer_ja_einer_nein.eml", 2, (1018,), ("2026-03-02",), "2026-03-02 19:31",
        re(1018),
        "Hallo,\n\nheute (02.03.) hat stattgefunden, danke.\n\nAber: am Donnerstag, 26.02., hat"
        " mich niemand angerufen – ich saß bis 18:30 am Telefon und hab gewartet. Bitte den Tag"
        " nicht abrechnen bzw. kurz klären.\n\n" + BECKER_SIG,
        client="webde", reply="cr-1018", style="webde", extra=("other",), staff=True,
        note="02.03. confirmed; says 26.02. did not take place, staff must look")  # fmt: skip
    yes("fs08_aydin_hotmail.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:34", re(1130),
        "Hallo\nTermin am 19.02 hat stattgefunden\nMfg\nMehmet Aydın\n\nGesendet von Outlook",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("fs09_demir_gmail_daumen.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:17", re(1019),
        "Hallo, ja die Stunde am 04.03. hat stattgefunden 👍\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip


def spring() -> None:
    yes("fs10_demir_iphone_bestaetigt.eml", 3, (1024,), (), "2026-04-08 10:42", re(1024),
        "Bestätigt ✔️\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1024", style="iphone",
        note="a yes under our request, no day")  # fmt: skip
    yes("fs11_oneill_english_call.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:21",
        re(1136, "RE"),
        "Hi,\n\nYes, the call on 14 April went ahead as planned.\n\nCheers,\nJames\n\n"
        "James O'Neill\nHead of Partnerships, DACH\nM +49 151 2290 4471",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("fs12_schulz_thunderbird.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:12",
        re(1034), "Hallo,\n\nder Termin am 16.4. hat stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("fs13_schulz_spaet_mai.eml", 5, (1037,), ("2026-05-07",), "2026-05-19 22:40", re(1037),
        "Hallo,\n\nentschuldigen Sie die späte Rückmeldung, bei uns im Büro war Quartalsabschluss."
        " Die Sitzung am 7. Mai hat stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird",
        note="twelve days late")  # fmt: skip
    yes("fs14_hoffmann_ios_kurz.eml", 6, (1040,), (), "2026-05-04 09:16", re(1040),
        "Bestätigt. Gruß PH\n\nOutlook für iOS herunterladen<https://aka.ms/o0ukef>",
        client="outlook", reply="cr-1040", style="outlook",
        note="a yes from a phone between meetings, no day")  # fmt: skip
    yes("fs15_hoffmann_beide_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:33",
        re(1043),
        "Hallo Praxisteam,\n\nbeide Termine heute, 18.05. (Gerät morgens, MT mittags), haben"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann\n\nPeter Hoffmann\nSenior Consultant\n"
        "Tel. +49 89 2019 337-12",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05. in one reply")  # fmt: skip
    yes("fs16_hoffmann_plus_verschieben.eml", 6, (1044,), (), "2026-05-26 09:32", re(1044),
        "Moin,\n\nbestätigt, danke.\n\nKönnen wir nächste Woche Montag auf 8:00 statt 7:30 gehen?"
        " Ich habe um 7:30 einen Call mit den USA.\n\nGrüße\nPeter Hoffmann",
        client="outlook", reply="cr-1044", style="outlook", extra=("reschedule",), staff=True,
        note="yes to our request plus a wish to move the next session")  # fmt: skip
    yes("fs17_berger_kabelmail.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 15:04",
        re(1142),
        "Sehr geehrtes Team,\n\nich bestätige den Telefontermin vom 06.05.2026.\n\n"
        "Freundliche Grüße\nUrsula Berger\nSachbearbeiterin Personalwesen",
        client="plain", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("fs18_popescu_yahoo_lerner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 18:05",
        re(1046),
        "Guten Tag,\n\nich bestatige das Termin am 2 Juni war gut, wir haben gemacht die Übungen"
        " per Video.\n\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("fs19_richter_zwei_juni.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"),
        "2026-06-25 07:48", "Bestätigung MT 17.6. + 24.6.",
        "Hi,\n\nbestätige hiermit die beiden MT-Termine am 17.6. und 24.6., war beides per Video"
        " und hat gut funktioniert.\n\nVG\nJonas Richter\n\nVon meinem iPhone gesendet",
        client="iphone")  # fmt: skip


def summer() -> None:
    yes("fs20_neumann_plus_rezept.eml", 9, (1057,), ("2026-07-09",), "2026-07-09 10:48",
        re(1057),
        "Guten Morgen,\n\nheute 9.7. hat stattgefunden.\nEine Frage noch: die Verordnung ist doch"
        " nach dem 6. Termin aufgebraucht, muss ich beim Hausarzt ein neues Rezept holen oder"
        " machen Sie das?\n\nGruß G. Neumann",
        client="plain", reply="cr-1057", style="thunderbird", extra=("question",), staff=True,
        note="confirmation plus a question about the prescription")  # fmt: skip
    yes("fs21_brandt_juli_sammel.eml", 10, (1063, 1064, 1065, 1066, 1067),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"),
        "2026-07-31 18:02", "Termine Juli",
        "Hallo zusammen,\n\nhier wie immer gesammelt zum Monatsende: die Videotermine am 03.07.,"
        " 10.07., 17.07., 24.07. und heute 31.07. haben alle stattgefunden.\n\nSchönes Wochenende"
        "\nLukas Brandt\n\n--\nLukas Brandt | Software Engineer\nTel. 040 3344 1290",
        client="thunderbird",
        note="month-end collection of five sessions")  # fmt: skip
    yes("fs22_carter_english_today.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 13:47",
        re(1069, "Re"),
        "Hi,\n\nConfirming that the session on 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("fs23_carter_two_late.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-25 22:16", "Confirmation of my last two sessions",
        "Hi there,\n\nsorry, I forgot to reply last week - both sessions happened, Aug 17 and"
        " Aug 24.\n\nBest,\nEmily Carter\nSenior Product Manager | Berlin\n+49 176 5581 2093",
        client="gmail")  # fmt: skip
    yes("fs24_yildiz_webde.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:12", re(1075),
        "hallo, ja termin am 05.08 war. lg fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("fs25_vogel_disclaimer.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:52",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlung vom 10.09.2026.\n\n"
        + VOGEL_SIG,
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("fs26_vogel_sammel_drei.eml", 13, (1083, 1084, 1085),
        ("2026-09-17", "2026-09-24", "2026-10-01"), "2026-10-02 12:35",
        "Sammelbestätigung Manuelle Therapie",
        "Sehr geehrte Damen und Herren,\n\nbeim Durchsehen meines Kalenders sehe ich, dass ich die"
        " letzten Anfragen nicht beantwortet habe. Ich bestätige hiermit die Termine vom 17.09.,"
        " 24.09. und 01.10.2026.\n\n" + VOGEL_SIG,
        client="outlook",
        note="collection of three, with a disclaimer")  # fmt: skip
    yes("fs27_lehmann_bottom.eml", 14, (1090,), ("2026-09-29",), "2026-09-29 15:14",
        re(1090), "ja, bestätigt (29.09.)\n\nA. Lehmann",
        client="thunderbird", reply="cr-1090", style="thunderbird", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip


def autumn() -> None:
    yes("fs28_zimmermann_jawoll.eml", 15, (1093,), (), "2026-10-05 13:06", re(1093),
        "Jawoll, hat geklappt. Gruß Klaus",
        client="plain", reply="cr-1093", style="gmail",
        note="a yes under our request, no day")  # fmt: skip
    yes("fs29_schaefer_dienstadresse.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:24",
        re(1098),
        "Guten Morgen,\n\nich bestätige den Videotermin von gestern Abend, 07.10.\n\n"
        + SCHAEFER_SIG,
        client="outlook", reply="cr-1098", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her registered work address")  # fmt: skip
    yes("fs30_schaefer_oktober_drei.eml", 16, (1099, 1100, 1101),
        ("2026-10-14", "2026-10-21", "2026-10-28"), "2026-10-29 07:55", "Oktober-Termine",
        "Hallo,\n\nfür Oktober noch offen: 14.10., 21.10. und 28.10. haben stattgefunden.\n\n"
        "Danke & Gruß\nBirgit Schäfer",
        client="webde")  # fmt: skip
    yes("fs31_hartmann_kleinschrift.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 21:15",
        re(1120), "hallo, ja hat stattgefunden am 3.11 lg leonie",
        client="samsung", reply="cr-1120", style="samsung")  # fmt: skip
    yes("fs32_nowak_english_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:02",
        re(1116, "Re"), "Confirmed - session on 6 Nov took place.\n\nDavid",
        client="plain", reply="cr-1116", style="gmail_en")  # fmt: skip


def look_alikes() -> None:
    no("fs33_krueger_absage_dienstreise.eml", 1, ("cancellation",), "2026-03-02 10:37",
       reminder_subject(1008),
       "Hallo,\n\nich muss den Termin morgen leider absagen, ich bin kurzfristig auf Dienstreise"
       " in Hamburg. Melde mich wegen eines neuen Termins.\n\nViele Grüße\nSabine Krüger",
       client="webde", reply="rem-1008", style="webde",
       note="cancels tomorrow's session in reply to the reminder")  # fmt: skip
    no("fs34_demir_verschieben.eml", 3, ("reschedule",), "2026-04-14 09:05",
       reminder_subject(1025),
       "Hallo,\nkönnten wir morgen auf 10 Uhr schieben? Um halb neun hab ich ein Meeting das"
       " nicht verschiebbar ist.\nLG Aylin",
       client="gmail", reply="rem-1025", style="gmail")  # fmt: skip
    no("fs35_wolff_frage_freitag.eml", 4, ("question",), "2026-02-12 15:10",
       reminder_subject(1032),
       "Sehr geehrte Damen und Herren,\n\nfindet der Termin morgen wie gewohnt telefonisch"
       " statt? Ich bin ab Mittag unter meiner Büronummer 0231 / 55 60 21 erreichbar und nicht"
       " über das Handy.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline", reply="rem-1032", style="tonline",
       note="a question about tomorrow's session")  # fmt: skip
    no("fs36_brandt_verpasst.eml", 10, ("technical",), "2026-08-07 17:52", re(1068),
       "Hallo,\n\nleider hat der Termin heute nicht stattgefunden: der Zugangscode wurde nicht"
       " akzeptiert und ich bin nicht in den Raum gekommen. Bitte nicht abrechnen, können wir"
       " einen Ersatztermin machen?\n\nLukas Brandt",
       client="thunderbird", reply="cr-1068", style="thunderbird",
       note="answers our request: the session did not take place")  # fmt: skip
    no("fs37_carter_reminder_thanks.eml", 11, ("other",), "2026-08-30 12:40",
       reminder_subject(1073, "Re"), "Thanks for the reminder, talk tomorrow!\n\nEmily",
       client="gmail", reply="rem-1073", style="gmail_en", staff=False,
       note="a thank-you for a reminder of a future session")  # fmt: skip
    no("fs38_lehmann_link_danke.eml", 14, ("other",), "2026-10-10 13:20",
       video_link_subject(1092, "AW"),
       "Vielen Dank, der Link hat beim Testen funktioniert. Bis Dienstag!\n\nAnna Lehmann\n\n"
       "--\nAnna Lehmann, M.Sc.\nWissenschaftliche Mitarbeiterin\nInstitut für Geographie\n"
       "Tel. 0341 97-32 514",
       client="outlook", reply="vl-1092", style="outlook", staff=False,
       note="a thank-you for the video link, nothing to do")  # fmt: skip
    no("fs39_vogel_sekretariat_absage.eml", 13, ("cancellation",), "2026-10-07 07:40",
       reminder_subject(1086),
       "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dr. Vogel sage ich den Termin"
       " morgen, 08.10.2026, ab – Herr Dr. Vogel hat einen Gerichtstermin. Er meldet sich zur"
       " Vereinbarung eines neuen Termins.\n\nMit freundlichen Grüßen\ni. A. Carina Heß\n"
       "Sekretariat Dr. Vogel\n\n" + VOGEL_SIG,
       client="outlook", reply="rem-1086", style="outlook_classic",
       note="his secretary cancels tomorrow's session from his address")  # fmt: skip
    no("fs40_koch_anruf_kam_nicht.eml", 18, ("other",), "2026-04-01 17:05", re(1112),
       "Guten Tag,\n\nheute (01.04.) hat mich leider niemand angerufen, ich habe ab 15 Uhr"
       " gewartet. Also hat nichts stattgefunden. Bitte melden Sie sich.\n\nGruss Renate Koch",
       client="tonline", reply="cr-1112", style="tonline",
       note="the session did not take place")  # fmt: skip
    no("fs41_aydin_neuer_termin.eml", 22, ("reschedule",), "2026-03-11 13:15",
       reminder_subject(1133),
       "Hallo,\nmorgen kann ich nicht um 12:30, habe Schicht. Geht Freitag oder nächste Woche"
       " gleiche Zeit?\nMfg Mehmet Aydın\n\nGesendet von Outlook",
       client="outlook", reply="rem-1133", style="outlook")  # fmt: skip
    no("fs42_yildiz_fiel_aus_oder.eml", 12, ("question",), "2026-08-19 11:20",
       "Termin heute",
       "hallo, heute um 10:30 hat keiner angerufen. ist der termin ausgefallen? ich hab keine"
       " mail bekommen. lg fatma yildiz",
       client="webde",
       note="asks about a cancelled session of today; nothing to confirm")  # fmt: skip


def main() -> None:
    load_practice()
    first_quarter()
    spring()
    summer()
    autumn()
    look_alikes()
    assert mc.MAILS
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
