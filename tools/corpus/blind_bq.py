"""Write blind set BQ: a plain, representative inbox of the whole year, 43 mails. Mostly
short replies under our confirmation request from phones and webmail, with and without the
date, some new mails naming several days, a few late, a few with a question, a reschedule
wish or a problem beside the yes; many written by someone else on the patient's address (a
husband, a wife, a mother for her child, a grown-up son or daughter, an assistant) and
several in English or in German mixed with English. Ten look-alikes: a cancellation, a
reschedule, a question about a coming session, missed sessions, replies to a reminder and
to a video link.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bq`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bq")


def winter() -> None:
    yes("bq01_krueger_webde_short.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:41", re(1003, "Aw"),
        "Hallo,\nja der Termin am 27.1. hat stattgefunden.\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("bq02_krueger_husband.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 18:55", re(1004, "Aw"),
        "Guten Abend,\n\nmeine Frau ist heute Abend beim Chor, deshalb antworte ich kurz für sie:"
        " die Behandlung heute, 3.2., hat ganz normal stattgefunden.\n\nGruß\nRainer Krüger",
        client="webde", reply="cr-1004", style="webde", name="Rainer Krüger",
        note="the husband answers from her address for her; her session of 03.02.")  # fmt: skip
    yes("bq03_becker_three_days.eml", 2, (1010, 1011, 1012), ("2026-02-02", "2026-02-05", "2026-02-09"),
        "2026-02-10 07:48", "Bestätigung Termine",
        "Guten Morgen,\n\nhiermit bestätige ich die Telefontermine (MT) am 2.2., 5.2. und 9.2.,"
        " alle drei haben stattgefunden.\n\nViele Grüße\nThomas Becker",
        client="gmail")  # fmt: skip
    yes("bq04_becker_gmail_dateless.eml", 2, (1016,), (), "2026-02-23 19:52", re(1016, "Re"),
        "passt, hat stattgefunden\n\nGruß T. Becker",
        client="gmail", reply="cr-1016", style="gmail")  # fmt: skip
    yes("bq05_wolff_wife_tonline.eml", 4, (1030,), ("2026-01-30",), "2026-01-31 09:17", re(1030),
        "Sehr geehrte Damen und Herren,\n\nmein Mann hatte gestern, Freitag den 30.01., seine"
        " Behandlung am Telefon, das hat gut geklappt. Er selbst schreibt keine E-Mails, darum"
        " antworte ich für ihn.\n\nMit freundlichen Grüßen\nIngrid Wolff",
        client="tonline", reply="cr-1030", style="tonline", name="Ingrid Wolff",
        note="the wife answers for her husband from his t-online address")  # fmt: skip
    yes("bq06_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:05", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung am Freitag den"
        " 16.01.2026.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bq07_wagner_dateless.eml", 21, (1126,), (), "2026-01-26 11:34", re(1126),
        "Ja, der Termin hat stattgefunden. Danke!\n\nSophie\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1126", style="iphone")  # fmt: skip
    yes("bq08_aydin_subject_dates.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-02-27 20:14", "Bestätigung 19.02. + 26.02.",
        "Hallo,\n\nich bestätige die zwei termine, es war gut. Die übungen mache ich jeden tag."
        "\n\nDanke\nMehmet Aydın",
        client="outlook", note="the days stand in the subject only")  # fmt: skip
    no("bq09_becker_cancel.eml", 2, ("cancellation",), "2026-02-25 19:02", "AW: Erinnerung: Ihr Termin am 26.02.2026",
       "Hallo,\n\nich muss den Termin morgen leider absagen, ich liege mit Fieber flach."
       " Melde mich wegen eines neuen Termins.\n\nGruß\nThomas Becker",
       client="outlook", reply="rem-1017", style="outlook",
       note="a cancellation of 26.02. under our reminder")  # fmt: skip


def spring() -> None:
    yes("bq10_demir_mixed.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:22", re(1019, "Re"),
        "Hi! Ja, session on 4.3. took place, alles gut 🙂\n\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("bq11_demir_late_two.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"), "2026-04-06 21:40",
        "Bestätigung März",
        "Hallo zusammen,\n\nsorry for the late reply, ich war im Urlaub. Die Termine am 18. und"
        " 25. März haben beide stattgefunden.\n\nLiebe Grüße\nAylin Demir",
        client="gmail")  # fmt: skip
    no("bq12_krueger_reminder_reply.eml", 1, ("other",), "2026-03-09 10:26", "Aw: Erinnerung: Ihr Termin am 10.03.2026",
       "Danke für die Erinnerung, ich bin morgen um 10 dabei.\nSabine Krüger",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="she will attend tomorrow: a future session, nothing to record or do")  # fmt: skip
    yes("bq13_koch_late_three.eml", 18, (1109, 1110, 1111), ("2026-03-23", "2026-03-25", "2026-03-30"),
        "2026-04-20 16:03", "Termine März",
        "Guten Tag,\n\nich habe ganz vergessen, Ihnen zu antworten. Die Anrufe am 23.3., 25.3. und"
        " 30.3. haben alle stattgefunden.\n\nMit freundlichem Gruß\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("bq14_koch_already_confirmed.eml", 18, (), ("2026-04-15",), "2026-04-16 10:12", re(1115),
        "Guten Tag,\n\nich weiß nicht mehr, ob ich den Termin vom 15.4. schon bestätigt habe."
        " Falls nicht: er hat stattgefunden. Und können Sie mir sagen, wie viele Termine auf"
        " meinem Rezept noch übrig sind?\n\nGruß R. Koch",
        client="tonline", reply="cr-1115", style="tonline", staff=True, extra=("question",),
        note="15.04. is already confirmed; her question needs an answer")  # fmt: skip
    yes("bq15_schulz_mother_today.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:46", re(1034, "Re"),
        "Hallo, Marie hatte heute (16.04.) ihre Stunde, hat alles gut geklappt.\nViele Grüße"
        "\nKatrin Schulz (Mama)\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1034", style="iphone", name="Katrin Schulz",
        note="the mother confirms for her daughter Marie, whose record has the mother's address")  # fmt: skip
    yes("bq16_schulz_mother_two.eml", 5, (1035, 1036), ("2026-04-23", "2026-04-30"), "2026-05-02 09:31",
        "Marie Schulz - Termine",
        "Guten Morgen,\n\nkurze Rückmeldung zu Maries Videoterminen: 23.4 und 30.4 haben beide"
        " stattgefunden.\n\nSchönes Wochenende\nKatrin Schulz",
        client="apple", name="Katrin Schulz")  # fmt: skip
    yes("bq17_oneill_english.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:03", re(1137, "RE"),
        "Hi there,\n\nYes, I can confirm the call on the 21st of April took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    no("bq18_schulz_missed.eml", 5, ("other",), "2026-05-07 18:20", re(1037, "Re"),
        "Hallo,\nMarie konnte heute leider nicht, sie lag mit Bauchweh im Bett und ich habe"
        " vergessen abzusagen. Tut mir leid!\nKatrin Schulz\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1037", style="iphone", name="Katrin Schulz",
        note="the mother says the session of 07.05. did not take place")  # fmt: skip


def summer() -> None:
    yes("bq19_hoffmann_both_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:12", re(1043),
        "Hallo,\n\nbeide Termine am 18.05. haben stattgefunden (morgens Gerät, mittags MT).\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions that day, both confirmed")  # fmt: skip
    yes("bq20_berger_husband.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:40", re(1143),
        "Guten Tag,\n\nmeine Frau Ursula hatte heute am Mittwoch, 13.5., ihre Behandlung am"
        " Telefon. Das ist hiermit bestätigt.\n\nGruß\nWerner Berger",
        client="thunderbird", reply="cr-1143", style="thunderbird", name="Werner Berger")  # fmt: skip
    yes("bq21_popescu_learner.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 13:25", re(1047, "Re"),
        "Hallo,\nich bestätige das Termin am 9 Juni hat statt gefunden.\nDanke schön\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("bq22_popescu_daughter_english.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-24 20:05", "Elena Popescu - sessions",
        "Hello,\n\nI am writing for my mother Elena Popescu, her German is not so good yet. She"
        " had her video therapy on 16 June and 23 June, both sessions took place.\n\nKind regards"
        "\nIoana Popescu",
        client="yahoo", name="Ioana Popescu")  # fmt: skip
    yes("bq23_richter_thumbs.eml", 8, (1052,), (), "2026-06-10 21:03", re(1052, "Re"),
        "Yes, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("bq24_richter_invoice_question.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 20:44", re(1053, "Re"),
        "Termin am 17.6. war gut, danke.\nKurze Frage: bekomme ich die Rechnung per Mail oder"
        " per Post? Meine PKV will das Original.\n\nJonas",
        client="iphone", reply="cr-1053", style="iphone", staff=True, extra=("question",))  # fmt: skip
    no("bq25_richter_phone_question.eml", 8, ("question",), "2026-06-21 18:30", "Re: Ihr Videotermin am 24.06.2026",
       "Hi, kann ich die Session am 24.6. auch vom Handy aus machen? I'm travelling that week"
       " and only have my phone with me.\n\nJonas",
       client="iphone", reply="vl-1054", style="iphone",
       note="a question about a coming session")  # fmt: skip
    no("bq26_aydin_missed.eml", 22, ("other",), "2026-03-26 15:10", re(1135),
       "Hallo, heute war nicht, ich war nicht zu hause, telefon war aus. Entschuldigung.\nMehmet",
       client="outlook", reply="cr-1135", style="outlook",
       note="the session of 26.03. did not take place")  # fmt: skip
    yes("bq27_neumann_son_late.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"), "2026-08-10 19:22",
        re(1059),
        "Guten Tag,\n\nich schreibe im Namen meiner Mutter, Gisela Neumann, und entschuldige mich"
        " für die späte Rückmeldung. Die telefonischen Termine am 14. und 16. Juli haben"
        " stattgefunden.\n\nMit freundlichen Grüßen\nFrank Neumann",
        client="thunderbird", reply="cr-1059", style="thunderbird",
        note="the son answers late for his mother from her address")  # fmt: skip
    yes("bq28_brandt_bottom.eml", 10, (1063,), (), "2026-07-03 18:02", re(1063),
        "Moin, jo hat stattgefunden.\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    no("bq29_brandt_reschedule.eml", 10, ("reschedule",), "2026-08-06 16:40", "AW: Erinnerung: Ihr Termin am 07.08.2026",
       "Hallo, können wir den Termin morgen auf nächste Woche Donnerstag verschieben? Gleiche"
       " Uhrzeit wäre super.\n\nLukas Brandt",
       client="thunderbird", reply="rem-1068", style="thunderbird", bottom=True,
       note="wants to move 07.08.")  # fmt: skip
    yes("bq30_carter_monday.eml", 11, (1069,), ("2026-08-03",), "2026-08-04 09:10", re(1069, "Re"),
        "Hi,\n\nyes, Monday's session went ahead as planned. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en",
        note="'Monday' written on Tuesday 04.08.: 03.08.")  # fmt: skip
    yes("bq31_carter_three_late.eml", 11, (1070, 1071, 1072), ("2026-08-10", "2026-08-17", "2026-08-24"),
        "2026-08-27 22:15", "Confirming my sessions",
        "Hello,\n\nsorry for the delay! I'm confirming my sessions on 10 Aug, 17 Aug and 24 Aug"
        " - all three took place.\n\nBest wishes,\nEmily Carter",
        client="gmail")  # fmt: skip
    no("bq32_carter_missed.eml", 11, ("other", "question"), "2026-08-31 14:05", re(1073, "Re"),
       "Hi,\n\nI'm so sorry, I completely missed today's session - I was stuck in a meeting and"
       " only saw the reminder now. Please let me know if there is a fee.\n\nEmily",
       client="gmail", reply="cr-1073", style="gmail_en",
       note="the session of 31.08. did not take place")  # fmt: skip
    yes("bq33_yildiz_daughter_move.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 18:02", re(1078, "Aw"),
        "Hallo,\n\nich bin die Tochter von Fatma Yıldız. Meine Mutter hatte am 26.08. ihren"
        " Termin am Telefon, hat stattgefunden. Nächste Woche am 2.9. kann sie leider nicht, sie"
        " hat einen Arzttermin. Kann man das verschieben?\n\nViele Grüße\nDilara Yıldız",
        client="webde", reply="cr-1078", style="webde", staff=True, extra=("reschedule",),
        name="Dilara Yıldız")  # fmt: skip


def autumn() -> None:
    yes("bq34_vogel_assistant.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"), "2026-09-25 11:04",
        "Bestätigung Termine Dr. Vogel",
        "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dr. Vogel bestätige ich die"
        " Behandlungstermine vom 17.09.2026 und 24.09.2026.\n\nMit freundlichen Grüßen\n"
        "Sandra Maier\nSekretariat\n\nVogel & Partner Rechtsanwälte\nMaximilianstraße 12,"
        " 80539 München\nTel. +49 89 2100 4410",
        client="outlook", name="Dr. Michael Vogel",
        note="his assistant confirms from his mailbox")  # fmt: skip
    yes("bq35_lehmann_mixed.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 16:20", re(1088),
        "Hi, confirming den Termin vom 15.9. - hat alles geklappt.\nVG Anna",
        client="thunderbird", reply="cr-1088", style="thunderbird", bottom=True)  # fmt: skip
    yes("bq36_lehmann_video_froze.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 15:31", re(1089),
        "Hallo,\n\nder Termin am 22.09. hat stattgefunden, aber das Video ist nach ein paar"
        " Minuten eingefroren und wir haben dann am Telefon weitergemacht. Ist das ok so?\n\n"
        "Viele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird", staff=True,
        extra=("technical",), note="took place, partly by phone instead of video: staff looks")  # fmt: skip
    yes("bq37_zimmermann_wife.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"), "2026-10-20 10:15",
        "Termine Klaus Zimmermann",
        "Hallo,\n\nmein Mann Klaus hatte am 12.10 und 19.10 seine Telefontermine, beide haben"
        " stattgefunden.\n\nLG Monika Zimmermann\n\nGesendet von meinem Samsung Galaxy Smartphone.",
        client="samsung", name="Monika Zimmermann")  # fmt: skip
    no("bq38_zimmermann_nobody_called.eml", 15, ("other",), "2026-11-02 12:48", re(1097),
       "Heute hat niemand angerufen. Ich habe bis halb zwölf gewartet.\n\nKlaus Zimmermann\n\n"
       "Gesendet von meinem Samsung Galaxy Smartphone.",
       client="samsung", reply="cr-1097", style="samsung",
       note="the session of 02.11. did not take place")  # fmt: skip
    yes("bq39_schaefer_work_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:31", re(1098),
        "Hallo,\n\nja, der Termin am 7.10. fand statt.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nLindenallee 4, 50968 Köln",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("bq40_jansen_english.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:07", re(1104, "Re"),
        "Moin! Session on 22nd Oct happened, all good.\n\nCheers\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    no("bq41_jansen_code.eml", 17, ("other",), "2026-11-02 08:40", "Re: Ihr Videotermin am 05.11.2026",
       "Hi, got the code, see you Thursday!\nOle",
       client="gmail", reply="vl-1106", style="gmail", staff=False,
       note="thanks for the video link of a coming session: nothing to do")  # fmt: skip
    no("bq42_nowak_cut_short.eml", 19, ("question",), "2026-11-20 10:02", re(1118, "Re"),
       "Hi,\n\nthe session today was cut short after about ten minutes because my connection"
       " dropped and I couldn't get back in. Not sure whether that counts as a session - could"
       " you let me know?\n\nDavid",
       client="plain", reply="cr-1118", style="gmail_en",
       note="20.11. did not fully take place and he asks: nothing to record")  # fmt: skip
    yes("bq43_hartmann_mother.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:34", re(1121, "Aw"),
        "Hallo,\n\nhier schreibt die Mama von Leonie. Die Stunde am Dienstag (10.11.) hat"
        " stattgefunden, Leonie war ganz begeistert.\n\nLiebe Grüße\nSandra Hartmann",
        client="webde", reply="cr-1121", style="webde", name="Sandra Hartmann",
        note="the mother confirms for her daughter from the daughter's address")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    for mail in mc.MAILS:  # a reply is written after the mail it answers
        assert mail.mail_date > min(
            (r.sent_at for r in mc.OUTBOX.values() if r.message_id.encode() in mail.raw),
            default=mail.mail_date.replace(year=2000),
        ), mail.file
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
