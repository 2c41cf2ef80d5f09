"""Write blind set CQ: a plain, representative inbox of the whole year, 43 mails.

33 confirmations from 24 patients as they really answer our request: mostly short replies
under it from phones and webmail (with and without the date), some new mails with the
date in the subject or text, several days at once, a few late ones, a few with a question,
a reschedule wish or a video problem beside the yes, English and learners' German. 10
look-alikes: a cancellation, two reschedule wishes, a question about a coming session,
a session that did not take place (twice), a doubt whether a broken-off session counts,
and three mere acknowledgements of a reminder, a video link and a coming appointment.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cq`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_cq")


def winter() -> None:
    yes("cq01_krueger_short_dated.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cq02_krueger_iphone_thumb.eml", 1, (1004,), (), "2026-02-03 13:02", re(1004),
        "Ja hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1004", style="iphone",
        note="a yes under our request for 03.02.2026, no day named")  # fmt: skip
    yes("cq03_becker_phone_mt.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:15", re(1010),
        "Guten Abend,\n\nhiermit bestätige ich die telefonische Behandlung vom 2.2.2026.\n\n"
        "MfG\nT. Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("cq04_becker_three_days_new_mail.eml", 2, (1013, 1014, 1015),
        ("2026-02-12", "2026-02-16", "2026-02-19"), "2026-02-20 09:10",
        "Bestätigung Termine Februar",
        "Hallo zusammen,\n\nich war die letzten zwei Wochen etwas nachlässig mit dem Antworten, "
        "sorry. Die Telefontermine am 12.02., 16.02. und 19.02. haben alle stattgefunden.\n\n"
        "Beste Grüße\nThomas Becker",
        client="outlook")  # fmt: skip
    yes("cq05_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:10", re(1028),
        "Sehr geehrte Damen und Herren,\n\nich bestätige hiermit, dass die telefonische "
        "Krankengymnastik am Freitag, den 16. Januar 2026 stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cq06_wolff_two_late.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-02 10:25", re(1030),
        "Guten Tag,\n\nentschuldigen Sie die späte Antwort, ich hatte Ihre Mails übersehen. "
        "Die Termine am 23.1. und am 30.1. haben beide stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1030", style="tonline")  # fmt: skip
    yes("cq07_wagner_january_late.eml", 21, (1124, 1125, 1126, 1128),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09"), "2026-02-12 21:47",
        "Bestätigungen Januar",
        "Hallo liebes Praxisteam,\n\nmir ist aufgefallen, dass ich die Bestätigungen für "
        "Januar noch gar nicht geschickt habe. Die Termine am 12.1., 19.1. und 26.1. haben "
        "stattgefunden, und der am 9.2. auch.\n\nLiebe Grüße\nSophie Wagner",
        client="plain")  # fmt: skip
    yes("cq08_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:20", re(1130),
        "Hallo, ja Termin am 19.2 war. Danke\n\nMehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    no("cq09_krueger_cancel_reminder.eml", 1, ("cancellation",), "2026-03-09 11:05", rem(1009),
       "Hallo,\n\nich muss den Termin morgen leider absagen, ich liege mit Fieber im Bett.\n\n"
       "Gruß Sabine Krüger",
       client="webde", reply="rem-1009", style="webde",
       note="cancels the coming session of 10.03., nothing took place")  # fmt: skip


def spring() -> None:
    yes("cq10_demir_gmail_lg.eml", 3, (1019,), (), "2026-03-04 10:31", re(1019),
        "ja hat stattgefunden, danke!\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("cq11_demir_with_reschedule.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 10:45",
        re(1024),
        "Hallo,\n\nder Termin am 8.4. hat stattgefunden. Kurze Frage noch: könnten wir den "
        "Termin am 22.4. auf nachmittags legen? Morgens klappt es da bei mir nicht.\n\n"
        "Danke und LG\nAylin Demir",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("reschedule",),
        note="yes for 08.04. plus a wish to move the coming session of 22.04.")  # fmt: skip
    no("cq12_demir_reminder_ack.eml", 3, ("other",), "2026-04-14 09:12", rem(1025),
       "Ja, bin dabei, bis morgen! 🙂",
       client="iphone", reply="rem-1025", style="iphone", staff=False,
       note="answers the reminder for the coming session of 15.04.; nothing to do")  # fmt: skip
    yes("cq13_koch_with_question.eml", 18, (1109,), (), "2026-03-23 17:40", re(1109),
        "Hallo,\n\nTermin hat stattgefunden. Ich hätte aber noch eine Frage: mein Rezept "
        "läuft ja bald aus, muss ich mir beim Hausarzt ein neues holen oder machen Sie das?\n\n"
        "MfG Renate Koch",
        client="tonline", reply="cr-1109", style="tonline", staff=True, extra=("question",),
        note="yes for 23.03. without a day, plus a question about the prescription")  # fmt: skip
    yes("cq14_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:35", re(1136),
        "Hello,\n\nI confirm that my phone session on 14/04/2026 took place.\n\n"
        "Kind regards,\nJames O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cq15_schulz_thunderbird.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:02",
        re(1034),
        "Hallo,\n\nhiermit bestätige ich den Videotermin vom 16.04.2026.\n\n"
        "Viele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("cq16_schulz_video_dropped.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 17:55",
        re(1037),
        "Hallo,\n\ndie Behandlung am 7.5. hat stattgefunden, allerdings ist das Video nach "
        "ungefähr zehn Minuten abgebrochen und wir haben am Telefon weitergemacht. Ich wollte "
        "das nur sagen, falls das für die Abrechnung wichtig ist. Beim nächsten Mal würde ich "
        "gern vorher den Ton testen, geht das?\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird", staff=True,
        extra=("technical", "question"),
        note="took place (finished by phone), but the video broke off and she asks")  # fmt: skip
    no("cq17_schulz_nobody_came.eml", 5, ("technical",), "2026-05-21 17:20", re(1038),
       "Hallo,\n\nder Termin am 21.5. hat leider nicht stattgefunden. Ich war ab halb vier im "
       "Videoraum, aber es ist niemand gekommen. Können Sie sich bitte bei mir melden?\n\n"
       "Viele Grüße\nMarie Schulz",
       client="thunderbird", reply="cr-1038", style="thunderbird",
       note="under our request, but says the session did not take place")  # fmt: skip
    yes("cq18_berger_plain.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:15", re(1142),
        "Guten Tag,\n\ndie Krankengymnastik am Telefon am 6. Mai hat stattgefunden.\n\n"
        "Freundliche Grüße\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("cq19_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:05",
        re(1043),
        "Guten Tag,\n\nbeide Termine am 18.5. (KG am Gerät früh und die Manuelle Therapie "
        "mittags) haben stattgefunden.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    no("cq20_berger_future_day.eml", 24, ("other",), "2026-06-05 08:40", "Termin 10. Juni",
       "Guten Morgen,\n\nich wollte nur schon mal Bescheid geben, dass der Termin am "
       "10. Juni bei mir klappt, ich bin dabei.\n\nGruß U. Berger",
       client="thunderbird", staff=False,
       note="says she will attend the coming session of 10.06.; no treatment confirmed")  # fmt: skip


def summer() -> None:
    yes("cq21_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:10", re(1046),
        "Hallo,\nich bestätige das die Therapie am 2 Juni war. Danke schön.\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cq22_richter_iphone_hi.eml", 8, (1051,), (), "2026-06-03 20:05", re(1051),
        "Hi, ja hat stattgefunden. Danke!\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("cq23_richter_two_late_subject.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"),
        "2026-06-27 12:30", "Termine 17. + 24.6.",
        "Hallo,\n\nsorry, komme erst jetzt dazu: beide Termine haben stattgefunden.\n\n"
        "Gruß Jonas Richter\n\nVon meinem iPhone gesendet",
        client="iphone", note="the days stand only in his own subject")  # fmt: skip
    yes("cq24_neumann_weekday_and_date.eml", 9, (1056,), ("2026-07-07",), "2026-07-08 09:20",
        re(1056),
        "Guten Tag,\n\nja, die Behandlung am Dienstag, 7. Juli, hat stattgefunden.\n\n"
        "Mit freundlichem Gruß\nGisela Neumann",
        client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("cq25_neumann_three_samsung.eml", 9, (1057, 1058, 1059),
        ("2026-07-09", "2026-07-14", "2026-07-16"), "2026-07-16 14:00", re(1059),
        "Hallo,\nhiermit bestätige ich die Termine vom 9.7., 14.7. und 16.7. Alle drei haben "
        "telefonisch stattgefunden.\nGruß G. Neumann\n\n\nGesendet von meinem Samsung Galaxy "
        "Smartphone.",
        client="samsung", reply="cr-1059", style="samsung")  # fmt: skip
    no("cq26_neumann_move_hour.eml", 9, ("reschedule",), "2026-07-27 10:05", rem(1062),
       "Guten Tag,\n\ngeht der Termin morgen auch eine Stunde später? Ich habe um 9 Uhr "
       "einen Arzttermin.\n\nMit freundlichem Gruß\nGisela Neumann",
       client="plain", reply="rem-1062", style="thunderbird")  # fmt: skip
    yes("cq27_brandt_bottom_post.eml", 10, (1066,), (), "2026-07-24 19:12", re(1066),
        "Ja, bestätigt. Danke\n\nLukas",
        client="gmail", reply="cr-1066", style="gmail", bottom=True,
        note="bottom-posted yes under our request for 24.07.")  # fmt: skip
    yes("cq28_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:22", re(1069),
        "Hi,\n\nyes, I can confirm the session on 3 August took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cq29_carter_invoice_question.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 15:40",
        re(1071),
        "Hi there,\n\nconfirming that the session on Aug 17th happened. Quick question – will "
        "the invoice for August come by post or by email? My insurer needs it by the end of "
        "the month.\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",),
        note="yes for 17.08. plus a question about the invoice")  # fmt: skip
    yes("cq30_yildiz_lowercase.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:48", re(1075),
        "hallo ja die behandlung am 05.08 hat stattgefunden lg fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("cq31_yildiz_recalls_cancelled.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 14:30",
        re(1078),
        "Guten Tag,\nTermin am 26.8 hat statt gefunden. Den am 19.8. hatte ich ja abgesagt, "
        "also ist das richtig so.\nLiebe Grüße\nFatma Yildiz",
        client="webde", reply="cr-1078", style="webde",
        note="confirms 26.08.; 19.08. was cancelled in advance and she only recalls it")  # fmt: skip
    no("cq32_carter_equipment_question.eml", 11, ("question",), "2026-09-03 18:20",
       "Question about Monday's session",
       "Hi,\n\nfor the session on 7 September – do I need any equipment, e.g. a resistance "
       "band or a mat? Just want to be prepared.\n\nThanks,\nEmily",
       client="gmail", note="a question about a coming session")  # fmt: skip


def autumn() -> None:
    yes("cq33_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:14", re(1082),
        "Sehr geehrtes Praxisteam,\n\nich bestätige die Behandlung vom 10.09.2026.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\n"
        "Lindenstraße 12, 10969 Berlin\nTel. 030 6123 4410 · Fax 030 6123 4411",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("cq34_lehmann_weeks_late.eml", 14, (1087,), ("2026-09-08",), "2026-10-02 22:05",
        re(1087),
        "Hallo,\n\nmir ist gerade aufgefallen, dass ich auf diese Mail nie geantwortet habe – "
        "der Termin am 8. September hat natürlich stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird",
        note="answers our request more than three weeks late")  # fmt: skip
    no("cq35_lehmann_videolink_thanks.eml", 14, ("other",), "2026-10-10 12:03", vl(1092),
       "Danke für den Link, bis Dienstag!\n\nAnna",
       client="thunderbird", reply="vl-1092", style="thunderbird", staff=False,
       note="thanks for the video link of the coming session; nothing to do")  # fmt: skip
    yes("cq36_zimmermann_jawohl.eml", 15, (1093,), (), "2026-10-05 14:50", re(1093),
        "jawohl hat stattgefunden\nK. Zimmermann",
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    no("cq37_zimmermann_hospital.eml", 15, ("other", "cancellation"), "2026-10-20 16:30",
       re(1095),
       "Hallo,\n\nder Anruf am Montag hat mich nicht erreicht, ich lag leider im Krankenhaus. "
       "Die Behandlung hat also nicht stattgefunden. Die nächsten Termine bitte erst mal "
       "streichen, ich melde mich wenn ich wieder auf den Beinen bin.\n\nK. Zimmermann",
       client="samsung", reply="cr-1095", style="samsung",
       note="under our request for 19.10., but the session did not take place; cancels on")  # fmt: skip
    yes("cq38_schaefer_office_address.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:12",
        re(1099),
        "Hallo,\n\nich bestätige die Videobehandlung am 14.10.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "--\nSchäfer Steuerberatung\nTel. 0221 987 65 43",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, the next morning")  # fmt: skip
    yes("cq39_jansen_low_german.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:15",
        re(1104),
        "Moin,\n\njo, hett klappt am 22.10., allens goot.\n\nSchöne Grüße\nOle",
        client="gmail", reply="cr-1104", style="gmail",
        note="Low German: the session of 22.10. went fine")  # fmt: skip
    no("cq40_jansen_move_to_friday.eml", 17, ("reschedule",), "2026-11-04 11:20", rem(1106),
       "Moin,\n\nmorgen passt mir leider gar nicht, können wir das auf Freitag schieben? "
       "Gleiche Uhrzeit wäre super.\n\nOle",
       client="gmail", reply="rem-1106", style="gmail")  # fmt: skip
    yes("cq41_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:02", re(1116),
        "Hallo,\n\nBehandlung vom 6.11. hat stattgefunden.\n\nGrüße\nDavid Nowak\n\n"
        "Sent with Proton Mail secure email.",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    no("cq42_nowak_broken_off_doubt.eml", 19, ("question", "technical"), "2026-11-13 10:20",
       re(1117),
       "Hallo,\n\nkann ich das überhaupt so bestätigen? Die Sitzung heute ist nach einer "
       "Viertelstunde abgebrochen, weil die Verbindung auf Ihrer Seite weg war, und es kam "
       "kein neuer Versuch. Wird das trotzdem abgerechnet?\n\nGrüße\nDavid Nowak",
       client="plain", reply="cr-1117", style="thunderbird",
       note="doubts whether a session broken off after 15 minutes counts; no yes")  # fmt: skip
    yes("cq43_hartmann_emoji.eml", 20, (1121,), (), "2026-11-10 19:40", re(1121),
        "Hey, ja hat alles geklappt 😊 Termin hat stattgefunden!\nLG Leonie",
        client="webde", reply="cr-1121", style="webde")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
