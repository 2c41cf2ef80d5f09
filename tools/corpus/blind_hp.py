"""Blind set HP: an ordinary inbox of one autumn month (September and October 2026).

Forty mails of seven patients (Emily Carter, Fatma Yıldız, Dr. Michael Vogel, Anna Lehmann,
Klaus Zimmermann, Birgit Schäfer, Ole Jansen): 32 confirmations and 8 look-alikes. Most
confirmations are short replies under our confirmation request (a yes, the date, "hat
stattgefunden", "passt", a thumbs-up), some are new mails naming one to three days, some
come days or weeks late, some from a busy lawyer whose signature carries a company
disclaimer, a few in English and in learners' German, some with a question or a wish to
move a coming session beside the yes, some bottom-posted, one with a session cut short.
The look-alikes: a question what "bestätigen" means, a question about the video link, a
reply to a reminder, a thank-you without a yes, a reschedule, a question about the
invoice, a missed session and a cancellation for illness.

Labels say what a careful practice employee would record: `confirmed` only for the
patient's own scheduled, not yet confirmed appointments plainly confirmed as held in full;
`dates` the days the mail says a session took place; `needs_staff` whenever someone has to
look or act. Each mail is an independent scenario against the same practice snapshot.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_hp")

VOGEL_SIG = """\
Mit freundlichen Grüßen

Dr. Michael Vogel
Rechtsanwalt | Partner

Vogel & Partner Rechtsanwälte mbB
Königsallee 48 | 40212 Düsseldorf
Tel. +49 211 5566 120 | Fax +49 211 5566 199
m.vogel@vogel-partner.de | www.vogel-partner.de

Sitz der Gesellschaft: Düsseldorf, AG Essen PR 2231

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren
sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.

This e-mail may contain confidential and/or privileged information. If you are not the
intended recipient (or have received this e-mail in error) please notify the sender
immediately and destroy this e-mail."""

ANNA_SIG = """\
--
Anna Lehmann, M.Sc.
Wissenschaftliche Mitarbeiterin
Institut für Soziologie, Universität Beispielstadt
Raum 3.114 | Tel. 0341 97-35512"""


def september() -> None:
    no("hp01_yildiz_was_bestaetigen.eml", 12, ("question",), "2026-09-03 09:12",
       request_subject(1079),
       "Guten Tag,\n\nich habe Ihre Mail bekommen aber ich verstehe nicht genau. Was meinen"
       " Sie mit bestätigen? Muss ich etwas unterschreiben oder ein Formular schicken?\n\n"
       "Danke\nFatma Yıldız",
       client="webde", reply="cr-1079", style="webde",
       note="asks what to do; no yes")  # fmt: skip
    yes("hp02_carter_same_day.eml", 11, (1074,), ("2026-09-07",), "2026-09-07 14:03",
        request_subject(1074, "Re"),
        "Hi,\n\nyes, confirmed - today's video session (Sept 7) took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("hp03_yildiz_spaet_2_9.eml", 12, (1079,), ("2026-09-02",), "2026-09-08 20:41",
        request_subject(1079),
        "Hallo,\n\nEntschuldigung für späte Antwort. Die Behandlung am 02.09 hat"
        " stattgefunden, ich bestätige.\n\nMit freundliche Grüße\nFatma Yıldız",
        client="webde", reply="cr-1079", style="webde")  # fmt: skip
    yes("hp04_yildiz_9_9.eml", 12, (1080,), ("2026-09-09",), "2026-09-09 13:27",
        request_subject(1080),
        "Guten Tag\n\nja Termin war heute 9.9 am Telefon, alles gut gemacht.\n\nFatma",
        client="samsung", reply="cr-1080", style="samsung")  # fmt: skip
    yes("hp05_vogel_10_9.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:46",
        request_subject(1082),
        "Bestätigt – Termin 10.09. hat stattgefunden.\n\n" + VOGEL_SIG,
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("hp06_lehmann_15_9.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 15:02",
        request_subject(1088),
        "Hallo,\n\nja, die Videobehandlung am 15.09. hat stattgefunden.\n\nViele Grüße\n"
        "Anna Lehmann\n\n" + ANNA_SIG,
        client="thunderbird", reply="cr-1088", style="thunderbird")  # fmt: skip
    yes("hp07_vogel_17_9_verlegen.eml", 13, (1083,), ("2026-09-17",), "2026-09-17 09:31",
        request_subject(1083),
        "Guten Morgen,\n\nder Termin heute (17.9.) hat stattgefunden.\n\nAm 8.10. habe ich um"
        " 8 Uhr einen Gerichtstermin in Köln – ließe sich die Sitzung an dem Tag auf 6:30"
        " vorziehen? Sonst bitte einen anderen Tag in der Woche vorschlagen.\n\n" + VOGEL_SIG,
        client="outlook", reply="cr-1083", style="outlook", staff=True, extra=("reschedule",),
        note="yes plus a wish to move 1086")  # fmt: skip
    yes("hp08_yildiz_beide_nachtrag.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-09-21 19:15", "Bestätigung Behandlungen",
        "Sehr geehrte Praxis,\n\nmeine Tochter hat gesagt ich muss noch bestätigen. Die"
        " Behandlungen am 2. September und 9. September haben beide stattgefunden am"
        " Telefon.\n\nVielen Dank und schöne Grüße\nFatma Yıldız",
        client="webde")  # fmt: skip
    yes("hp09_lehmann_22_9_unten.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 16:48",
        request_subject(1089),
        "passt, 22.9. war.\n\nAnna",
        client="thunderbird", reply="cr-1089", style="thunderbird", bottom=True)  # fmt: skip
    yes("hp10_vogel_24_9.eml", 13, (1084,), ("2026-09-24",), "2026-09-24 09:12",
        request_subject(1084),
        "Ja, 24.09. stattgefunden.\n\nMfG M. Vogel\n\nVon meinem Samsung Galaxy-Smartphone"
        " gesendet.",
        client="samsung", reply="cr-1084", style="samsung")  # fmt: skip
    yes("hp11_lehmann_daumen.eml", 14, (1090,), (), "2026-09-29 14:51",
        request_subject(1090),
        "Ja, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1090", style="iphone",
        note="a yes under our request for 1090 without the date")  # fmt: skip


def october() -> None:
    yes("hp12_vogel_1_10.eml", 13, (1085,), ("2026-10-01",), "2026-10-01 08:52",
        request_subject(1085),
        "Termin vom 01.10.2026 hat stattgefunden.\n\n" + VOGEL_SIG,
        client="outlook", reply="cr-1085", style="outlook_classic")  # fmt: skip
    yes("hp13_lehmann_8_9_spaet.eml", 14, (1087,), ("2026-09-08",), "2026-10-02 10:20",
        request_subject(1087),
        "Hallo,\n\nsorry, das ist bei mir komplett untergegangen: Ja, der Termin am 08.09."
        " hat stattgefunden.\n\nLG Anna\n\n" + ANNA_SIG,
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("hp14_carter_late.eml", 11, (1074,), ("2026-09-07",), "2026-10-03 11:37",
        request_subject(1074, "Re"),
        "Hello,\n\nSo sorry for the late reply, I was travelling for work. Yes, the video"
        " session on 7 September did take place.\n\nBest wishes,\nEmily Carter",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("hp15_vogel_sammel.eml", 13, (1083, 1084, 1085),
        ("2026-09-17", "2026-09-24", "2026-10-01"), "2026-10-04 21:05",
        "Bestätigung Behandlungstermine September/Oktober",
        "Sehr geehrte Damen und Herren,\n\nmeine Assistentin weist mich darauf hin, dass noch"
        " Bestätigungen fehlen. Hiermit bestätige ich, dass die Videobehandlungen am"
        " 17.09., 24.09. und 01.10.2026 jeweils stattgefunden haben.\n\n" + VOGEL_SIG,
        client="outlook")  # fmt: skip
    yes("hp16_zimmermann_5_10.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 15:40",
        request_subject(1093),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische"
        " Behandlung am 5. Oktober 2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Klaus Zimmermann",
        client="tonline", reply="cr-1093", style="tonline")  # fmt: skip
    no("hp17_schaefer_ipad.eml", 16, ("question", "technical"), "2026-10-05 18:22",
       video_link_subject(1098),
       "Hallo,\n\ndanke für den Code. Geht das auch auf dem iPad oder brauche ich dafür"
       " einen Laptop? Ich habe nur Safari drauf.\n\nGruß\nBirgit Schäfer",
       client="iphone", reply="vl-1098", style="iphone",
       note="reply to the video-link mail, before the session")  # fmt: skip
    yes("hp18_lehmann_6_10_verschieben.eml", 14, (1091,), ("2026-10-06",), "2026-10-06 14:35",
        request_subject(1091),
        "Hi,\n\nja, 6.10. hat stattgefunden.\n\nNächsten Dienstag (13.10.) hab ich um 13 Uhr"
        " leider eine Prüfungsaufsicht. Ginge stattdessen 15 Uhr oder Mittwoch?\n\n"
        "Danke & viele Grüße\nAnna",
        client="gmail", reply="cr-1091", style="gmail", staff=True, extra=("reschedule",),
        note="yes plus a wish to move 1092")  # fmt: skip
    yes("hp19_schaefer_7_10.eml", 16, (1098,), ("2026-10-07",), "2026-10-07 20:52",
        request_subject(1098),
        "Guten Abend,\n\nja die Behandlung am 7.10. hat stattgefunden, hat mit dem iPad"
        " doch prima geklappt. Alles gut!\n\nLG Birgit",
        client="webde", reply="cr-1098", style="webde")  # fmt: skip
    yes("hp20_vogel_abbruch.eml", 13, (), ("2026-10-08",), "2026-10-08 08:41",
        request_subject(1086),
        "Guten Morgen,\n\nheute (08.10.) hat die Sitzung zwar begonnen, aber nach gut zehn"
        " Minuten brach die Verbindung bei mir ab und ich kam nicht mehr in den Raum"
        " zurück. Bitte klären Sie, wie das abgerechnet wird.\n\n" + VOGEL_SIG,
        client="outlook", reply="cr-1086", style="outlook", staff=True, extra=("technical",),
        note="session cut short after ten minutes: not confirmed in full")  # fmt: skip
    yes("hp21_vogel_8_10_iphone.eml", 13, (1086,), ("2026-10-08",), "2026-10-08 09:02",
        request_subject(1086),
        "Bestätigt. 08.10.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1086", style="iphone")  # fmt: skip
    no("hp22_vogel_danke.eml", 13, ("other",), "2026-10-09 18:10",
       "Dank",
       "Sehr geehrte Damen und Herren,\n\nnach den Sitzungen der letzten Wochen ist die"
       " Schulter deutlich beweglicher, ich kann wieder ohne Schmerzen Tennis spielen."
       " Herzlichen Dank an Frau Brandt für die Geduld frühmorgens.\n\n" + VOGEL_SIG,
       client="outlook", staff=False,
       note="a thank-you, no session named as held")  # fmt: skip
    no("hp23_zimmermann_erinnerung.eml", 15, ("other",), "2026-10-11 12:05",
       reminder_subject(1094),
       "Danke für die Erinnerung. Ich bin morgen um 11 Uhr am Festnetz erreichbar.\n\n"
       "Gruß\nKlaus Zimmermann",
       client="tonline", reply="rem-1094", style="tonline", staff=False,
       note="reply to the reminder, before the session")  # fmt: skip
    yes("hp24_zimmermann_12_10.eml", 15, (1094,), ("2026-10-12",), "2026-10-12 13:15",
        request_subject(1094),
        "Ja. Behandlung am 12.10. hat stattgefunden.\nGruß K. Zimmermann",
        client="tonline", reply="cr-1094", style="tonline")  # fmt: skip
    yes("hp25_lehmann_13_10_verordnung.eml", 14, (1092,), ("2026-10-13",), "2026-10-13 14:58",
        request_subject(1092),
        "Hallo,\n\n13.10. hat stattgefunden, danke!\n\nDas war ja jetzt die sechste – brauche"
        " ich eine neue Verordnung vom Orthopäden, wenn ich weitermachen möchte?\n\n"
        "Viele Grüße\nAnna Lehmann\n\n" + ANNA_SIG,
        client="thunderbird", reply="cr-1092", style="thunderbird", staff=True,
        extra=("question",))  # fmt: skip
    yes("hp26_schaefer_14_10.eml", 16, (1099,), ("2026-10-14",), "2026-10-14 21:11",
        request_subject(1099),
        "Ja hat stattgefunden am 14.10 😊",
        client="gmail", reply="cr-1099", style="gmail")  # fmt: skip
    yes("hp27_schaefer_zwei.eml", 16, (1098, 1099), ("2026-10-07", "2026-10-14"),
        "2026-10-15 07:44", "Termine Oktober",
        "Hallo zusammen,\n\nich glaube, ich habe vergessen zu antworten: die Termine am 7."
        " und am 14. Oktober haben beide stattgefunden.\n\nSchönen Tag noch\nBirgit Schäfer",
        client="webde")  # fmt: skip
    yes("hp28_zimmermann_19_10_frage.eml", 15, (1095,), ("2026-10-19",), "2026-10-19 14:30",
        request_subject(1095),
        "Guten Tag,\n\ndie Behandlung vom 19.10. hat stattgefunden.\n\nEine Frage noch: Ruft"
        " mich die Therapeutin am 2. November wieder auf dem Festnetz an? Da bin ich"
        " vormittags erst ab halb zwölf zu Hause.\n\nMit freundlichen Grüßen\n"
        "Klaus Zimmermann",
        client="tonline", reply="cr-1095", style="tonline", staff=True,
        extra=("question",))  # fmt: skip
    no("hp29_schaefer_verschieben.eml", 16, ("reschedule",), "2026-10-19 21:03",
       "Termin 21.10. verschieben?",
       "Hallo,\n\nkönnen wir den Termin am Mittwoch (21.10.) auf Donnerstag verschieben,"
       " gleiche Uhrzeit? Wir haben Elternabend.\n\nDanke und Gruß\nBirgit",
       client="gmail")  # fmt: skip
    yes("hp30_zimmermann_drei.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-20 10:02",
        "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nzur Sicherheit bestätige ich Ihnen noch einmal"
        " alle drei telefonischen Behandlungen: 05.10., 12.10. und 19.10.2026. Alle haben"
        " wie vereinbart stattgefunden.\n\nMit freundlichen Grüßen\nKlaus Zimmermann\n"
        "Lindenstraße 7\n45127 Essen",
        client="tonline")  # fmt: skip
    no("hp31_carter_invoice.eml", 11, ("question",), "2026-10-20 17:26",
       "Question about my invoice",
       "Hello,\n\nI received the invoice for my physiotherapy in September today. My private"
       " insurer asks for the GOÄ/GebüTh item numbers on it - could you send a version that"
       " lists them? Also, is the amount of 62,40 EUR correct for one video session?\n\n"
       "Many thanks,\nEmily Carter",
       client="gmail")  # fmt: skip
    yes("hp32_schaefer_21_10.eml", 16, (1100,), ("2026-10-21",), "2026-10-21 21:20",
        request_subject(1100),
        "Ja, 21.10. hat stattgefunden, war wieder sehr gut.\n\nLiebe Grüße\nBirgit Schäfer",
        client="webde", reply="cr-1100", style="webde")  # fmt: skip
    yes("hp33_jansen_22_10.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:48",
        request_subject(1104),
        "Moin,\n\n22.10. hat stattgefunden.\n\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("hp34_jansen_unten.eml", 17, (1104,), ("2026-10-22",), "2026-10-23 08:15",
        request_subject(1104),
        "Ja, am 22.10. – hat stattgefunden, danke!\n\nOle Jansen",
        client="apple", reply="cr-1104", style="iphone", bottom=True)  # fmt: skip
    no("hp35_zimmermann_krank.eml", 15, ("cancellation",), "2026-10-25 18:34",
       reminder_subject(1096),
       "Guten Abend,\n\nich muss den Termin morgen leider absagen, ich liege mit Fieber im"
       " Bett. Ich melde mich, wenn es mir besser geht.\n\nMit freundlichen Grüßen\n"
       "Klaus Zimmermann",
       client="tonline", reply="rem-1096", style="tonline",
       note="cancellation for illness of 1096")  # fmt: skip
    yes("hp36_schaefer_passt.eml", 16, (1101,), (), "2026-10-28 21:01",
        request_subject(1101),
        "passt 👍",
        client="iphone", reply="cr-1101", style="iphone",
        note="a yes under our request for 1101 without the date")  # fmt: skip
    no("hp37_jansen_verpasst.eml", 17, ("other", "question"), "2026-10-29 12:40",
       request_subject(1105),
       "Hallo,\n\nsorry, ich hab den Termin heute verpasst – war im Zug und hatte kein Netz."
       " Stattgefunden hat er also nicht. Fällt da jetzt eine Gebühr an?\n\nOle",
       client="gmail", reply="cr-1105", style="gmail",
       note="missed session, the reply says it did not take place")  # fmt: skip
    yes("hp38_jansen_english_move.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 13:05",
        request_subject(1105, "Re"),
        "Hi,\n\nconfirmed, today's session (29 Oct) took place.\n\nCould we move next week's"
        " session on 5 November to the afternoon? I have meetings all morning.\n\nCheers,\n"
        "Ole",
        client="gmail", reply="cr-1105", style="gmail_en", staff=True,
        extra=("reschedule",))  # fmt: skip
    yes("hp39_jansen_samsung.eml", 17, (1105,), ("2026-10-29",), "2026-10-30 07:55",
        request_subject(1105),
        "Guten Morgen, Termin am 29.10. hat stattgefunden. Ole Jansen\n\nGesendet von"
        " meinem Galaxy",
        client="samsung", reply="cr-1105", style="samsung")  # fmt: skip
    yes("hp40_schaefer_nachtrag_28_10.eml", 16, (1101,), ("2026-10-28",), "2026-10-31 10:14",
        "Bestätigung Videotermin 28.10.",
        "Hallo,\n\nhiermit bestätige ich den Videotermin vom 28.10.2026, hat stattgefunden."
        "\n\nViele Grüße\nBirgit Schäfer",
        client="outlook")  # fmt: skip


def main() -> None:
    load_practice()
    september()
    october()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
