"""Write blind set ES: a plain inbox of the whole year, written mostly by working people in
their thirties to fifties: replies from the office or between meetings, two registered work
addresses, Outlook signatures with titles, phone numbers and disclaimers, some bottom-posting,
a few monthly collections of several sessions, some English. 41 mails: 31 that confirm at
least one session (two of them also with a question or a missed session for staff) and 10
look-alikes (two cancellations, two reschedules, a question about a coming session, two
missed sessions, a broken video session, a reply to a reminder, an invoice question under
our request).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_es`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_es")

BECKER_SIG = """Mit freundlichen Grüßen

Thomas Becker
Senior Consultant
Mobil: +49 171 4432190"""

HOFFMANN_SIG = """Mit freundlichen Grüßen
Peter Hoffmann

Bereichsleiter Einkauf
Tel.: +49 69 55 21 3-140 | Mobil: +49 160 9921 774"""

VOGEL_SIG = """Mit freundlichen Grüßen

Dr. Michael Vogel
Rechtsanwalt | Fachanwalt für Arbeitsrecht
Partner

VOGEL & PARTNER mbB Rechtsanwälte
Friedrichstraße 118, 10117 Berlin
Tel. +49 30 8877 410 | Fax +49 30 8877 419
m.vogel@vogel-partner.de | www.vogel-partner.de

Sitz der Gesellschaft: Berlin, Partnerschaftsregister AG Charlottenburg PR 1182 B

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn
Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,
informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte
Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""

LEHMANN_SIG = """Viele Grüße
Anna Lehmann

--
Anna Lehmann, M.Sc.
Wissenschaftliche Mitarbeiterin
Institut für Sozialwissenschaften, Raum 3.107
Tel. +49 341 97-35512"""

SCHAEFER_SIG = """Mit freundlichen Grüßen

Birgit Schäfer
Steuerberaterin

Schäfer Steuerberatung
Lindenallee 7 | 50968 Köln
Tel. 0221 / 34 09 87-0 | Fax 0221 / 34 09 87-29
b.schaefer@schaefer-steuerberatung.de

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie
nicht der vorgesehene Empfänger sein, bitten wir Sie, den Absender zu unterrichten und die
Nachricht zu löschen. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""

ONEILL_SIG = """Kind regards,
James O'Neill

Senior Product Manager | Northwind Analytics GmbH
M: +49 152 0388 4127"""


def winter() -> None:
    yes("es01_krueger_jan.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß\nS. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("es02_wolff_single.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:20", re(1028),
        "Termin am 16.1. hat stattgefunden.\nMfG H.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("es03_wolff_two_fridays.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-30 18:05", "Bestätigung Telefontermine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Telefontermine vom "
        "23.01.2026 und 30.01.2026. Beide haben wie geplant stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="a new mail collecting two sessions")  # fmt: skip
    yes("es04_becker_february.eml", 2,
        (1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19",
         "2026-02-23", "2026-02-26"),
        "2026-02-27 21:40", "Bestätigung Termine Februar",
        "Hallo zusammen,\n\nwie schon am Telefon angekündigt, schicke ich Ihnen die "
        "Bestätigungen für Februar gesammelt. Folgende Termine (Manuelle Therapie per Telefon) "
        "haben stattgefunden:\n\n- Mo 02.02.\n- Do 05.02.\n- Mo 09.02.\n- Do 12.02.\n"
        "- Mo 16.02.\n- Do 19.02.\n- Mo 23.02.\n- Do 26.02.\n\n"
        "Den März bekommen Sie dann wieder gesammelt zum Monatsende.\n\n" + BECKER_SIG,
        client="outlook", note="end-of-month collection of all eight February sessions")  # fmt: skip
    yes("es05_aylin_between_meetings.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:15",
        re(1019, "Re"), "ja hat stattgefunden, 4.3. danke!",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("es06_renate_two_days.eml", 18, (1110, 1111), ("2026-03-25", "2026-03-30"),
        "2026-03-31 08:05", re(1111),
        "Guten Morgen,\n\ndie Termine am 25.03. und am 30.03. haben beide stattgefunden, den vom "
        "Mittwoch hatte ich noch nicht bestätigt.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1111", style="tonline")  # fmt: skip
    yes("es07_mehmet_lunchbreak.eml", 22, (1130,), (), "2026-02-19 14:25", re(1130),
        "Hallo, passt, hat stattgefunden.\n\nMfg\nMehmet Aydin\n\nVon Outlook für Android "
        "gesendet", client="outlook", reply="cr-1130", style="outlook",
        note="a yes under our request for 19.02.2026 without a date")  # fmt: skip


def spring() -> None:
    yes("es08_aylin_bare_yes.eml", 3, (1024,), (), "2026-04-08 12:30", re(1024, "Re"),
        "Bestätigt.\nLG Aylin", client="gmail", reply="cr-1024", style="gmail",
        note="a bare yes under our request for 08.04.2026")  # fmt: skip
    yes("es09_james_yesterday.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:32",
        re(1136, "RE"),
        "Hi,\n\nI can confirm that yesterday's session (14 April) took place.\n\n" + ONEILL_SIG,
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("es10_marie_phone.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:02", re(1034),
        "Ja, die Videobehandlung am 16.4. hat stattgefunden.\n\nViele Grüße\nMarie Schulz\n\n"
        "Von meinem iPhone gesendet", client="iphone", reply="cr-1034", style="iphone")  # fmt: skip
    yes("es11_peter_office_morning.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:20",
        re(1040),
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlung (KG am Gerät) vom 04.05.2026.\n\n"
        + HOFFMANN_SIG,
        client="outlook", reply="cr-1040", style="outlook_classic")  # fmt: skip
    yes("es12_peter_two_today.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 17:45",
        re(1043),
        "Hallo,\n\nbeide Termine von heute, 18.05. – morgens KG am Gerät und mittags die "
        "Manuelle Therapie – haben stattgefunden.\n\n" + HOFFMANN_SIG,
        client="outlook", reply="cr-1043", style="outlook_classic",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("es13_ursula_one_of_two.eml", 24, (1144,), ("2026-05-20",), "2026-05-28 10:40",
        re(1145),
        "Guten Tag,\n\nder Termin am 20.05. hat stattgefunden, das hatte ich noch nicht "
        "bestätigt. Gestern (27.05.) hat mich aber niemand angerufen, ich war ab kurz vor 9 "
        "erreichbar. Bitte melden Sie sich wegen eines Ersatztermins.\n\nU. Berger",
        client="thunderbird", reply="cr-1145", style="thunderbird", staff=True,
        note="20.05. confirmed; 27.05. (the request) did not take place: staff")  # fmt: skip
    yes("es14_marie_may_collected.eml", 5, (1037, 1038, 1039),
        ("2026-05-07", "2026-05-21", "2026-05-28"), "2026-05-29 08:10",
        "Bestätigung Mai",
        "Hallo liebes Praxisteam,\n\nich bin im Mai nicht zum Antworten gekommen, sorry. "
        "Die Videotermine am 7.5., 21.5. und 28.5. haben alle stattgefunden.\n\n"
        "Schönes Wochenende!\nMarie Schulz", client="gmail")  # fmt: skip
    yes("es15_james_april.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-04-30 17:55", "Sessions in April",
        "Hello,\n\nquick note to confirm my sessions on 21 April and 28 April (both by phone). "
        "Sorry for the late reply, busy month.\n\n" + ONEILL_SIG,
        client="outlook")  # fmt: skip


def summer() -> None:
    yes("es16_elena_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:30", re(1046),
        "Hallo,\nich bestätige Termin am 2 Juni, alles war gut. Danke schön\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("es17_jonas_june.eml", 8, (1052, 1053, 1054), ("2026-06-10", "2026-06-17", "2026-06-24"),
        "2026-06-30 22:04", "Sammelbestätigung Juni",
        "Moin,\n\nfür Juni: 10.6., 17.6. und 24.6. haben stattgefunden, jeweils abends per "
        "Video.\n\nGruß\nJonas\n\nVon meinem iPhone gesendet", client="iphone")  # fmt: skip
    yes("es18_gisela_formal.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:15", re(1056),
        "Sehr geehrte Damen und Herren,\n\ndie telefonische Behandlung am 07.07.2026 hat "
        "stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("es19_lukas_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 17:48", re(1063),
        "Bestätige den Termin vom 03.07., hat stattgefunden.\n\n-- \nLukas Brandt\n"
        "Softwareentwickler | Tel. 0176 22 81 9043",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("es20_lukas_late.eml", 10, (1064, 1065), ("2026-07-10", "2026-07-17"),
        "2026-08-05 20:12", "Nachtrag Bestätigungen Juli",
        "Hallo,\n\nsorry, das ist untergegangen: die Termine am 10. und 17. Juli haben beide "
        "stattgefunden.\n\nViele Grüße\nLukas Brandt",
        client="thunderbird", note="two sessions confirmed weeks later")  # fmt: skip
    yes("es21_emily_first.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10",
        re(1069, "Re"),
        "Hi there,\n\nconfirming that my session on Aug 3 took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("es22_fatma_short.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:40", re(1075),
        "hallo, ja war am 5.8 telefon termin alles ok\ngruß fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("es23_emily_august.eml", 11, (1070, 1071, 1072),
        ("2026-08-10", "2026-08-17", "2026-08-24"), "2026-08-28 16:35",
        "Confirmation August sessions",
        "Hello,\n\nas promised, all my August sessions in one go: 10th, 17th and 24th of August "
        "all happened as planned.\n\nBest,\nEmily Carter", client="gmail")  # fmt: skip


def autumn() -> None:
    yes("es24_vogel_office.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:45", re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 10.09. hat stattgefunden.\n\n"
        + VOGEL_SIG,
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("es25_vogel_two.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-25 13:20", "Behandlungen 17.09. und 24.09.",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlungen am 17.09.2026 und am "
        "24.09.2026.\n\n" + VOGEL_SIG,
        client="outlook", note="work address, date in the subject and the text")  # fmt: skip
    yes("es26_anna_uni.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:05", re(1087),
        "Liebes Praxisteam,\n\nhiermit bestätige ich die Behandlung am 08.09.2026.\n\n"
        + LEHMANN_SIG,
        client="outlook", reply="cr-1087", style="outlook")  # fmt: skip
    yes("es27_anna_question.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 16:50", re(1088),
        "Hallo,\n\nder Termin am 15.09. hat stattgefunden. Kurze Frage noch: meine Verordnung "
        "läuft nach sechs Terminen aus – muss ich mich selbst um eine neue kümmern oder "
        "schreiben Sie die Ärztin an?\n\n" + LEHMANN_SIG,
        client="outlook", reply="cr-1088", style="outlook", staff=True, extra=("question",),
        note="confirmation plus a question about the prescription")  # fmt: skip
    yes("es28_klaus_samsung.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:02", re(1093),
        "termin 05.10 hat stattgefunden gruß klaus",
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    yes("es29_schaefer_work.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:50", re(1098),
        "Guten Morgen,\n\ndie Behandlung von gestern Abend (07.10.) hat stattgefunden.\n\n"
        + SCHAEFER_SIG,
        client="outlook", reply="cr-1098", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her registered work address")  # fmt: skip
    yes("es30_schaefer_october.eml", 16, (1099, 1100, 1101),
        ("2026-10-14", "2026-10-21", "2026-10-28"), "2026-10-30 12:15",
        "Bestätigung Oktober",
        "Sehr geehrte Damen und Herren,\n\nzur Abrechnung bestätige ich die Videotermine vom "
        "14.10., 21.10. und 28.10.2026.\n\n" + SCHAEFER_SIG,
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", note="monthly collection from the work address")  # fmt: skip
    yes("es31_ole_thumb.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:35",
        re(1104, "Re"), "Moin, 22.10. hat stattgefunden 👍",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("es32_nowak_bottom.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 09:45", re(1116),
        "Hallo,\n\nTermin heute (06.11.) hat stattgefunden, danke.\n\nDavid Nowak",
        client="plain", reply="cr-1116", style="thunderbird", bottom=True)  # fmt: skip


def lookalikes() -> None:
    no("es33_mehmet_sick.eml", 22, ("cancellation",), "2026-03-04 13:10", rem(1132),
       "Hallo, ich bin krank und kann morgen leider nicht. Bitte absagen.\nMfg Mehmet Aydin",
       client="outlook", reply="rem-1132", style="outlook",
       note="cancels tomorrow's session (05.03.) under our reminder")  # fmt: skip
    no("es34_becker_invoice.eml", 2, ("question",), "2026-03-02 20:05", re(1018),
       "Hallo,\n\nbevor ich den März wieder gesammelt bestätige: bekomme ich die Rechnung für "
       "Februar per Post oder per Mail? Meine Versicherung will das Original.\n\n"
       + BECKER_SIG,
       client="outlook", reply="cr-1018", style="outlook_classic",
       note="a question under our request, nothing confirmed")  # fmt: skip
    no("es35_james_missed.eml", 23, ("reschedule",), "2026-05-05 21:15", re(1139, "RE"),
       "Hi,\n\nsorry – I missed tonight's call, I was stuck in a customer meeting. Could we "
       "find a make-up slot later this week?\n\n" + ONEILL_SIG,
       client="outlook", reply="cr-1139", style="outlook_en",
       note="the session under our request did not take place; asks for a new slot")  # fmt: skip
    no("es36_peter_reminder_ack.eml", 6, ("other",), "2026-05-31 08:10", rem(1045),
       "Danke für die Erinnerung, ich bin morgen früh dabei.\n\nGesendet von meinem iPhone",
       client="iphone", reply="rem-1045", style="iphone", staff=False,
       note="an acknowledgement of a reminder for a coming session, nothing to do")  # fmt: skip
    no("es37_fatma_no_call.eml", 12, ("other",), "2026-08-12 12:05", re(1076),
       "hallo, heute hat mich keiner angerufen, ich hab bis 11 uhr gewartet. war das "
       "verschoben?\ngruß fatma",
       client="webde", reply="cr-1076", style="webde",
       note="the requested session did not take place")  # fmt: skip
    no("es38_emily_move.eml", 11, ("reschedule",), "2026-08-25 09:40",
       "Session on 31 August",
       "Hi,\n\nI'm travelling for work on Aug 31. Would it be possible to move that session "
       "to Tuesday, Sept 1, same time?\n\nThanks,\nEmily", client="gmail",
       note="asks to move a coming session")  # fmt: skip
    no("es39_anna_connection.eml", 14, ("technical",), "2026-09-22 14:50", re(1089),
       "Hallo,\n\nheute ist die Verbindung nach ca. 10 Minuten abgebrochen und wir haben es "
       "danach nicht mehr hinbekommen. Ich weiß nicht, ob ich das so bestätigen kann – wie "
       "machen wir das?\n\n" + LEHMANN_SIG,
       client="outlook", reply="cr-1089", style="outlook",
       note="the session of 22.09. did not fully take place: no confirmation")  # fmt: skip
    no("es40_klaus_cancel.eml", 15, ("cancellation",), "2026-10-29 07:55",
       "Termin 02.11. absagen",
       "guten morgen, muss den termin am montag 2.11. absagen, bin auf dienstreise. "
       "gruß klaus zimmermann", client="samsung",
       note="cancels a coming session")  # fmt: skip
    no("es41_ole_prepare.eml", 17, ("question",), "2026-11-03 18:30", vl(1106),
       "Hi,\n\nmuss ich für Donnerstag irgendwas vorbereiten? Ich hab zuhause nur ein "
       "Theraband, keine Hanteln.\n\nOle", client="gmail", reply="vl-1106", style="gmail",
       note="a question about a coming session")  # fmt: skip
    no("es42_leonie_later.eml", 20, ("reschedule",), "2026-11-16 18:10", rem(1122),
       "Hallo,\n\nkönnten wir den Termin morgen auf 18 Uhr schieben? Ich sitze bis 17:30 in "
       "einem Meeting.\n\nViele Grüße\nLeonie Hartmann", client="webde", reply="rem-1122",
       style="webde", note="asks to move tomorrow's session")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    lookalikes()
    for mail in mc.MAILS:
        assert mail.label.patient in mc.PATIENTS, mail.file
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
