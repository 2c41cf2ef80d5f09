"""Write blind set AP: an ordinary inbox of patients who do not answer every request at once.

41 mails. 31 confirm at least one session: batches ("die letzten drei Termine", lists of
days, "alle im Oktober"), new mails instead of replies, a forwarded request, replies to the
reminder or the video-link mail instead of the request, a confirmation with the
Anamnesebogen attached, replies from a patient's second registered address, and prompt
one-line replies; three of the batches hold a day that did not take place (only the others
are labelled, staff). 10 look-alikes: a day confused with another month (twice), a
confirmation of a cancelled day, a question which days are still open, a "schon bestätigt"
note to us, a session that did not take place, one cut off, an "ich bin morgen dabei" under
the reminder, a thank-you for the video code, a question how to confirm.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ap`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_ap")
BIRGIT_OFFICE = "b.schaefer@schaefer-steuerberatung.de"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None, forward=None,
        files=(), forms=()):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          forward=forward, files=files,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      forms=forms, needs_staff=staff, note=note))  # fmt: skip


def re_rem(aid: int, prefix: str = "AW") -> str:
    return f"{prefix}: Erinnerung: Ihr Termin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_vl(aid: int, prefix: str = "Re") -> str:
    return f"{prefix}: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def batches() -> None:
    yes("ap01_kruger_last_three.eml", 1, (1003, 1004, 1005),
        ("2026-01-27", "2026-02-03", "2026-02-10"), "2026-02-11 07:48",
        "Bestätigung Termine",
        "Guten Morgen,\n\nich hinke etwas hinterher, sorry. Die letzten drei Termine haben alle"
        " stattgefunden, also 27.01., 03.02. und gestern den 10.02.\n\nViele Grüße\nSabine Krüger",
        client="webde", note="new mail, three past sessions with their days")  # fmt: skip
    yes("ap02_becker_list_february.eml", 2, (1010, 1011, 1012, 1013),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 08:10",
        "Termine Februar",
        "Hallo Praxis Impulse,\n\nfür die Abrechnung: folgende Termine haben stattgefunden\n\n"
        "02.02.\n05.02.\n09.02.\n12.02.\n\nGruß\nThomas Becker",
        client="webde", note="a list of four days, one per line")  # fmt: skip
    yes("ap03_wolff_january.eml", 4, (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-02-02 09:20",
        "Januar",
        "Guten Tag,\n\nich bestätige Ihnen die Januar Termine am Telefon, das waren der 16. der"
        " 23. und der 30.\nAlles gut gelaufen.\n\nMfG\nHans-Jürgen Wolff",
        client="tonline",
        note="new mail, the three January days written as day numbers")  # fmt: skip
    yes("ap04_demir_videolink_reply.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 09:25",
        re_vl(1020), "Termin hat heute stattgefunden (11.03.), danke!!\n\nAylin",
        client="gmail", reply="vl-1020", style="gmail",
        note="answers the video-link mail instead of the request")  # fmt: skip
    yes("ap05_schulz_reminder_reply.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 17:40",
        re_rem(1035, "Re"),
        "hallo, hat heute gut geklappt, hiermit bestätigt für den 23.4.\nLG Marie",
        client="thunderbird", reply="rem-1035", style="thunderbird",
        note="sent from the patient's mailbox under the reminder")  # fmt: skip
    yes("ap06_schaefer_office_address.eml", 16, (1099,), ("2026-10-14",),
        "2026-10-15 08:32", re(1099),
        "Guten Morgen,\n\ndie Behandlung vom 14.10. hat stattgefunden. Ich schreibe vom Büro aus,"
        " die andere Adresse lese ich unter der Woche kaum.\n\nFreundliche Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 0221 488 1170",
        client="outlook", reply="cr-1099", style="outlook", sender=BIRGIT_OFFICE,
        name="Birgit Schäfer", note="second registered address; phone number in the signature")  # fmt: skip
    yes("ap07_schaefer_all_october.eml", 16, (1098, 1099, 1100, 1101), (), "2026-11-02 12:15",
        "Oktober Termine",
        "Hallo,\n\nkurz und knapp: alle Termine im Oktober haben stattgefunden. Ich hoffe das"
        " reicht Ihnen so.\n\nGruß B. Schäfer",
        client="outlook", sender=BIRGIT_OFFICE, name="Schäfer, Birgit",
        note="second address; 'alle im Oktober' = her four October sessions, no day named")  # fmt: skip
    yes("ap08_neumann_three_calls.eml", 9, (1056, 1057, 1058),
        ("2026-07-07", "2026-07-09", "2026-07-14"), "2026-07-15 10:12",
        "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonischen"
        " Behandlungen am 7. Juli, am 9. Juli und am 14. Juli stattgefunden haben.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        note="new mail, three days written out")  # fmt: skip
    yes("ap09_brandt_late_batch.eml", 10, (1063, 1064, 1065),
        ("2026-07-03", "2026-07-10", "2026-07-17"), "2026-07-20 22:40", re(1063, "Re"),
        "Sorry für die späte Antwort! 03.07. hat stattgefunden, die am 10. und 17. auch.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird",
        note="late answer under the first request, covering the two after it")  # fmt: skip
    yes("ap10_carter_english_two.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"),
        "2026-08-11 08:05", re(1070, "Re"),
        "Hi,\n\nconfirming both of my last sessions, Aug 3rd and Aug 10th - both took place."
        " Sorry I missed the first email.\n\nBest,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ap11_vogel_three_for_billing.eml", 13, (1082, 1083, 1084),
        ("2026-09-10", "2026-09-17", "2026-09-24"), "2026-09-25 07:55",
        "Behandlungen September",
        "Sehr geehrtes Praxisteam,\n\nfür Ihre Abrechnung bestätige ich die Behandlungen am"
        " 10.09., 17.09. und 24.09.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\n"
        "Vogel & Partner Rechtsanwälte\nKönigsallee 14, 40212 Düsseldorf\nTel. 0211 5566 700",
        client="outlook", note="new mail; address and phone in the signature")  # fmt: skip
    yes("ap12_koch_three_calls.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 16:02",
        "Termine",
        "Hallo liebes Praxisteam\n\ndie Termine 23.3. 25.3. und 30.3. haben alle stattgefunden."
        "\nSchöne Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("ap13_wagner_january.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-01-28 21:10", re(1126, "Re"),
        "Hallo! Hab die Mails gesammelt: 12.01., 19.01. und 26.01. haben alle stattgefunden :)\n"
        "Sophie\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1126", style="iphone")  # fmt: skip
    yes("ap14_aydin_learner.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-02-27 09:00", "termin",
        "Hallo\nich bestatige termin 19.02 und 26.02 war telefon alles gut\nDanke\nMehmet Aydin",
        client="outlook", note="learner's German, no dots after the days")  # fmt: skip
    yes("ap15_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:05",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. haben stattgefunden, morgens das Gerätetraining und"
        " mittags die Manuelle Therapie.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="one day, two sessions, both confirmed")  # fmt: skip
    yes("ap16_neumann_one_missed.eml", 9, (1059, 1060), ("2026-07-16", "2026-07-21"),
        "2026-07-24 11:30", "Termine Juli",
        "Sehr geehrte Damen und Herren,\n\nam 16.7. und am 21.7. haben die Behandlungen"
        " stattgefunden. Am 23.7. leider nicht, ich war an dem Morgen beim Hausarzt und habe"
        " den Anruf verpasst. Das tut mir leid.\n\nMit freundlichen Grüßen\nGisela Neumann",
        staff=True, note="batch: 23.7. did not take place, only the other two")  # fmt: skip
    yes("ap17_yildiz_no_call.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-09 15:00", re(1080, "Aw"),
        "Hallo,\n26.08 und 02.09 haben stattgefunden. Aber heute hat mich keiner angerufen, ich"
        " habe gewartet bis 11 Uhr. Was ist passiert?\nFatma Yildiz",
        client="webde", reply="cr-1080", style="webde", extra=("question",),
        staff=True, note="the requested day 9.9. did not take place; the two before did")  # fmt: skip
    yes("ap18_demir_cancelled_in_list.eml", 3, (1021, 1022, 1024),
        ("2026-03-18", "2026-03-25", "2026-04-08"), "2026-04-09 19:44", "Bestätigung",
        "Hallo,\n\nich bestätige die Termine vom 18.3., 25.3., 1.4. und 8.4.\n\nLiebe Grüße\n"
        "Aylin Demir",
        client="gmail", staff=True,
        note="1.4. was cancelled: the other three only, staff looks at the 1.4.")  # fmt: skip
    yes("ap19_schulz_two_new_mail.eml", 5, (1036, 1037), ("2026-04-30", "2026-05-07"),
        "2026-05-08 12:50", "Bestätigung 30.04. und 07.05.",
        "Hallo,\n\nwie im Betreff: die beiden Termine haben stattgefunden.\n\nGrüße\nMarie Schulz",
        client="apple", note="the days are in the subject only")  # fmt: skip


def other_ways() -> None:
    yes("ap20_popescu_form_attached.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:20",
        re(1046, "Re"),
        "Hallo,\n\nich schicke Ihnen den Anamnesebogen, entschuldigung das er so spät ist.\n"
        "Und der Termin am 2.6. war heute, ich bestätige. Es war sehr gut.\n\n"
        "Viele Grüße\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo", extra=("forms",),
        files=(mc.pdf("Anamnesebogen_Popescu.pdf", 2),), forms=("anamnese",),
        note="confirmation with the Anamnesebogen attached")  # fmt: skip
    yes("ap21_jansen_forwarded_request.eml", 17, (1105,), (), "2026-10-30 08:15",
        "Fwd: Bitte bestätigen Sie Ihre Behandlung vom 29.10.2026",
        "Hat stattgefunden, bestätige ich hiermit.\nOle",
        client="gmail", forward="cr-1105", style="forward_gmail",
        note="forwards our request back with a yes; the day is the request's")  # fmt: skip
    yes("ap22_lehmann_videolink_after.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 14:10",
        re_vl(1088, "AW"),
        "Hallo,\ndanke für den Link, es hat alles funktioniert. Behandlung am 15.9. hat"
        " stattgefunden.\nAnna Lehmann",
        client="outlook", reply="vl-1088", style="outlook_classic")  # fmt: skip
    yes("ap23_oneill_reminder_reply.eml", 23, (1137,), ("2026-04-21",), "2026-04-21 21:15",
        re_rem(1137, "RE"),
        "Hi,\n\njust replying here - tonight's session (21 April) went ahead as planned.\n\n"
        "Cheers,\nJames",
        client="outlook", reply="rem-1137", style="outlook_en",
        note="answers the reminder after the session")  # fmt: skip
    yes("ap24_schaefer_office_bottom.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 07:58",
        re(1100), "Hat stattgefunden am 21.10.\n\nB. Schäfer",
        client="thunderbird", reply="cr-1100", style="thunderbird", bottom=True,
        sender=BIRGIT_OFFICE, name="Birgit Schäfer", note="second address, bottom-posted")  # fmt: skip


def prompt_ones() -> None:
    yes("ap25_richter_oneliner.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:05",
        re(1051, "Re"), "Ja, 3.6. hat stattgefunden 👍",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("ap26_yildiz_prompt.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 12:30",
        re(1076, "Aw"), "ja hat stattgefunden am 12.08\n\nFatma",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    yes("ap27_zimmermann_short.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 14:00",
        re(1093), "Bestätige 05.10.2026\nGruß Zimmermann",
        client="tonline", reply="cr-1093", style="tonline")  # fmt: skip
    yes("ap28_nowak_bestaetigt.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:05",
        re(1117, "Re"), "Bestätigt: 13.11.\n\nD. Nowak",
        reply="cr-1117", style="gmail")  # fmt: skip
    yes("ap29_hartmann_first.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:30",
        re(1120, "Aw"),
        "Hallo,\nder Termin am 3.11. hat stattgefunden. War echt hilfreich!\nLG Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("ap30_berger_samsung.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:00",
        re(1142), "ja der termin am 6.5 hat stattgefunden mfg u berger",
        client="samsung", reply="cr-1142", style="samsung")  # fmt: skip
    yes("ap31_becker_ja.eml", 2, (1016,), (), "2026-02-23 19:10", re(1016, "Aw"), "Ja.",
        client="webde", reply="cr-1016", style="webde",
        note="a bare yes under the request for 23.02.")  # fmt: skip


def look_alikes() -> None:
    no("ap32_koch_wrong_month.eml", 18, ("confirmation",), "2026-04-09 09:40",
       "Bestätigung",
       "Hallo,\n\nhiermit bestätige ich den Termin vom 8.3. am Telefon.\n\nGrüße\nRenate Koch",
       client="tonline", dates=("2026-03-08",),
       note="no session on 8.3.; she probably means 8.4. - staff checks, nothing recorded")  # fmt: skip
    no("ap33_aydin_wrong_month_reply.eml", 22, ("confirmation",), "2026-03-05 14:30",
       re(1132), "Hallo termin am 5.2 war gut danke\nMehmet",
       client="outlook", reply="cr-1132", style="outlook", dates=("2026-02-05",),
       note="under the request for 5.3. he writes 5.2., a day without a session")  # fmt: skip
    no("ap34_wagner_cancelled_day.eml", 21, ("confirmation",), "2026-02-03 08:20",
       "Termin 2.2.",
       "Guten Morgen, hiermit bestätige ich den Termin vom 2.2.2026.\nSophie Wagner",
       client="iphone",
       note="the session of 2.2. was cancelled: nothing to record, staff asks")  # fmt: skip
    no("ap35_becker_which_open.eml", 2, ("question",), "2026-03-03 08:45",
       "Welche Termine fehlen noch?",
       "Hallo,\n\nich habe den Überblick verloren, welche Termine ich schon bestätigt habe."
       " Können Sie mir sagen, welche bei Ihnen noch offen sind? Dann bestätige ich die alle"
       " auf einmal.\n\nGruß\nThomas Becker",
       client="webde", note="asks which days are still open; confirms nothing")  # fmt: skip
    no("ap36_wolff_already_confirmed.eml", 4, ("question",), "2026-01-12 10:05",
       re(1027),
       "Guten Tag,\n\ndas hatte ich Ihnen doch schon am Freitag Abend beantwortet. Ist meine"
       " Mail nicht angekommen?\n\nMfG H.-J. Wolff",
       client="tonline", reply="cr-1027", style="tonline",
       note="'schon bestätigt' about 9.1., which is indeed confirmed; a question to us")  # fmt: skip
    no("ap37_jansen_did_not_happen.eml", 17, ("technical",), "2026-11-05 11:45",
       re(1106, "Re"),
       "Hallo, der Termin heute hat NICHT stattgefunden. Ich war ab 9:55 im Videoraum und habe"
       " 20 Minuten gewartet, es kam niemand. Bitte melden Sie sich.\nOle Jansen",
       client="gmail", reply="cr-1106", style="gmail",
       note="the requested session did not take place")  # fmt: skip
    no("ap38_oneill_cut_off.eml", 23, ("technical", "question"), "2026-04-29 08:30",
       re(1138, "RE"),
       "Hello,\n\nabout the session on 28 April: the line dropped after about ten minutes and"
       " I couldn't get back through. Not sure if that counts as a session - can you let me"
       " know?\n\nJames",
       client="outlook", reply="cr-1138", style="outlook_en",
       note="a session cut short: not confirmed, staff decides")  # fmt: skip
    no("ap39_hartmann_tomorrow.eml", 20, ("other",), "2026-11-16 20:10",
       re_rem(1122, "Aw"), "Danke, bin morgen dabei!\nLeonie",
       client="webde", reply="rem-1122", style="webde", staff=False,
       note="says she will attend tomorrow's session; nothing to confirm, nobody needed")  # fmt: skip
    no("ap40_lehmann_code_thanks.eml", 14, ("other",), "2026-09-26 13:00",
       re_vl(1090, "AW"), "Danke, der Code ist angekommen. Bis Dienstag!\nAnna Lehmann",
       client="outlook", reply="vl-1090", style="outlook", staff=False,
       note="a thank-you for the video code before the session")  # fmt: skip
    no("ap41_brandt_how_to_confirm.eml", 10, ("question",), "2026-07-25 09:15",
       re(1066, "Re"),
       "Hi, kurze Frage bevor ich antworte: reicht es, wenn ich am Monatsende alle Termine in"
       " einer Mail bestätige, oder muss das jedes Mal einzeln sein?\n\nLukas",
       client="thunderbird", reply="cr-1066", style="thunderbird",
       note="asks how to confirm; confirms nothing yet")  # fmt: skip


def main() -> None:
    load_practice()
    batches()
    other_ways()
    prompt_ones()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
