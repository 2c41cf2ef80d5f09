"""Write blind set BA: a plain, representative inbox of May to August, nothing themed.

42 mails from the patients treated in those months (Schulz, Hoffmann, Popescu, Richter,
Neumann, Brandt, Carter, Yıldız, O'Neill, Berger): 32 confirm at least one session, mostly
short replies under our request from phones and webmail, with and without the day, some
new mails, several days at once, a few late, a few with a question or a problem beside the
yes, one that confirms one day and reports the next as not held. 10 look like
confirmations and are not: a cancellation, reschedule wishes, a question about a coming
session, a missed session, a session that did not take place, a reply to a reminder, an
invoice question.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ba`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ba")


def re_en(aid: int) -> str:
    return f"Re: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def may() -> None:
    # Marie Schulz (5): video KG on Thursdays, posteo webmail and her phone.
    yes("ba01_schulz_dated.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 18:12", re(1037),
        "Hallo,\n\nja, die Behandlung am 7.5. hat stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird")  # fmt: skip
    yes("ba02_schulz_iphone_bare.eml", 5, (1038,), (), "2026-05-21 17:40", re(1038),
        "Ja hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1038", style="iphone",
        note="a bare yes under our request for 21.05.2026")  # fmt: skip
    yes("ba03_schulz_bottom.eml", 5, (1039,), ("2026-05-28",), "2026-05-28 18:30", re(1039),
        "Hallo zusammen,\nbestätige hiermit den Termin vom 28.05.\nLG Marie",
        client="thunderbird", reply="cr-1039", style="thunderbird", bottom=True)  # fmt: skip

    # Peter Hoffmann (6): private, KG am Gerät early on Mondays, Outlook.
    yes("ba04_hoffmann_outlook.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:15", re(1040),
        "Guten Morgen,\n\nhiermit bestätige ich den Termin vom 04.05.2026 (KG am Gerät).\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("ba05_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:05",
        "Termine 18.05.",
        "Hallo Praxis-Team,\n\nich hatte am 18.5. zwei Termine bei Ihnen, morgens das Gerätetraining"
        " und mittags die Manuelle Therapie. Beide haben stattgefunden.\n\nGruß\nPeter Hoffmann",
        client="outlook", note="a new mail confirming both sessions of 18.05.")  # fmt: skip
    yes("ba06_hoffmann_late_two.eml", 6, (1044, 1045), ("2026-05-26", "2026-06-01"),
        "2026-06-01 19:02", re(1045),
        "Hallo,\n\nsorry, bin etwas hinterher. Die Termine am 26.5. (Dienstag wegen Pfingsten)"
        " und heute am 1.6. haben beide stattgefunden.\n\nVG\nP. Hoffmann",
        client="outlook", reply="cr-1045", style="outlook")  # fmt: skip

    # James O'Neill (23): private MT by phone, Tuesday evenings, English.
    yes("ba07_oneill_english.eml", 23, (1139,), ("2026-05-05",), "2026-05-06 08:30",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 05.05.2026",
        "Hi there,\n\nConfirming that my session on 5 May took place.\n\nKind regards,\nJames",
        client="outlook", reply="cr-1139", style="outlook_en")  # fmt: skip
    yes("ba08_oneill_slash_date.eml", 23, (1140,), ("2026-05-12",), "2026-05-13 07:50",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 12.05.2026",
        "Yes - confirming Tuesday's session (12/05).\n\nCheers,\nJames O'Neill",
        client="outlook", reply="cr-1140", style="outlook_en",
        note="British day/month order")  # fmt: skip

    # Ursula Berger (24): KG by phone on Wednesday mornings, kabelmail webmail.
    yes("ba09_berger_formal.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 15:00", re(1142),
        "Sehr geehrtes Praxisteam,\n\nich bestätige die Behandlung vom 6. Mai.\n\n"
        "Freundliche Grüße\nUrsula Berger",
        reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("ba10_berger_prescription_question.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:45",
        re(1143),
        "Guten Tag,\n\nja, am 13.05. hat die Behandlung stattgefunden.\n\nIch hätte noch eine"
        " Frage: brauche ich für die weiteren Termine ein neues Rezept? Auf dem alten standen"
        " 6 Behandlungen.\n\nFreundliche Grüße\nUrsula Berger",
        reply="cr-1143", style="thunderbird", staff=True, extra=("question",),
        note="yes plus a question about the prescription")  # fmt: skip
    yes("ba11_berger_late_two.eml", 24, (1144, 1145), ("2026-05-20", "2026-05-27"),
        "2026-06-02 10:20", re(1144),
        "Guten Tag,\n\nentschuldigen Sie bitte die späte Antwort. Die Behandlungen am 20. und am"
        " 27. Mai haben beide stattgefunden.\n\nMit freundlichen Grüßen\nU. Berger",
        reply="cr-1144", style="thunderbird")  # fmt: skip


def june() -> None:
    # Elena Popescu (7): new patient, video KG on Tuesdays, Yahoo, learner's German.
    yes("ba12_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:30", re(1046),
        "Hallo,\nja ich bestätige die Behandlung am 02.06.2026 war.\nDanke schön\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ba13_popescu_bare.eml", 7, (1047,), (), "2026-06-09 13:05", re(1047),
        "Ja, stattgefunden. Mulțumesc!\nElena",
        client="yahoo", reply="cr-1047", style="yahoo",
        note="a bare yes under our request for 09.06.2026")  # fmt: skip
    yes("ba14_popescu_forgot_two.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-24 09:40", "Bestätigung",
        "Buna ziua,\n\nich habe vergessen zu schreiben. Termin am 16. Juni und 23. Juni"
        " waren gut, beide stattgefunden.\n\nMit freundliche Grüße\nElena Popescu",
        client="yahoo", note="a new mail confirming two sessions")  # fmt: skip

    # Jonas Richter (8): private MT by video on Wednesday evenings, iPhone and Mac.
    yes("ba15_richter_short.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:10", re(1051),
        "Jo, hat stattgefunden am 3.6. 👍\n\nGesendet von iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("ba16_richter_mac.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 21:30", re(1052),
        "Bestätigt, 10.06. Danke euch!\n\nJonas",
        client="apple", reply="cr-1052", style="iphone")  # fmt: skip
    yes("ba17_richter_later_time.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 22:05", re(1053),
        "Hi,\n\nja, Termin am 17.6. hat stattgefunden.\n\nKurze Frage: könnten wir die nächsten"
        " Termine auf 19 Uhr legen statt 18 Uhr? Ich schaff es sonst kaum rechtzeitig aus dem"
        " Büro.\n\nGruß Jonas",
        client="apple", reply="cr-1053", style="iphone", staff=True, extra=("reschedule",),
        note="yes plus a wish to move later sessions")  # fmt: skip
    yes("ba18_richter_shoulder.eml", 8, (1054,), ("2026-06-24",), "2026-06-24 20:15", re(1054),
        "hey, 24.6. hat stattgefunden, war super. schulter schon viel besser\n\n"
        "Gesendet von iPhone",
        client="iphone", reply="cr-1054", style="iphone")  # fmt: skip


def july() -> None:
    # Gisela Neumann (9): KG by phone Tuesday and Thursday mornings, freenet webmail.
    yes("ba19_neumann_letter.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:20",
        "Bestätigung Behandlung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, daß die telefonische"
        " Behandlung am Dienstag, den 7. Juli 2026 stattgefunden hat.\n\nMit freundlichen"
        " Grüßen\nGisela Neumann",
        note="a new mail with the day written out")  # fmt: skip
    yes("ba20_neumann_reply.eml", 9, (1057,), ("2026-07-09",), "2026-07-09 16:45", re(1057),
        "Ja das Telefonat am 9.7. hat statt gefunden.\nGruß G. Neumann",
        reply="cr-1057", style="webde")  # fmt: skip
    yes("ba21_neumann_two.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"), "2026-07-16 12:00",
        re(1059),
        "Guten Tag,\n\nich bestätige den 14.7. und den 16.7., beide Male wurde ich pünktlich"
        " angerufen.\n\nMfG\nGisela Neumann",
        reply="cr-1059", style="webde")  # fmt: skip
    yes("ba22_neumann_bad_line.eml", 9, (1060,), ("2026-07-21",), "2026-07-21 11:30", re(1060),
        "Guten Tag,\n\ndie Behandlung am 21.07. hat stattgefunden, aber die Verbindung war sehr"
        " schlecht und wir mussten zweimal neu anrufen. Können Sie das nächste Mal bitte auf"
        " meinem Festnetz anrufen statt auf dem Handy?\n\nMfG\nGisela Neumann",
        reply="cr-1060", style="webde", staff=True, extra=("question",),
        note="yes plus a request to call another number")  # fmt: skip
    yes("ba23_neumann_one_not_other.eml", 9, (1061,), ("2026-07-23",), "2026-07-28 12:00",
        re(1062),
        "Guten Tag,\n\ndie Behandlung am 23.7. hat stattgefunden. Heute am 28.7. hat mich aber"
        " niemand angerufen, ich habe bis halb zehn gewartet.\n\nMfG\nGisela Neumann",
        reply="cr-1062", style="webde", staff=True,
        note="confirms 23.07.; the session of 28.07. did not take place")  # fmt: skip

    # Lukas Brandt (10): private KG by video on Friday afternoons, Thunderbird.
    yes("ba24_brandt_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:45", re(1063),
        "Hallo,\n\nbestätigt, Termin am 03.07. hat stattgefunden.\n\nGruß\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("ba25_brandt_lowercase.eml", 10, (1064,), (), "2026-07-11 10:02", re(1064),
        "passt, hat stattgefunden. danke",
        client="thunderbird", reply="cr-1064", style="thunderbird",
        note="a bare yes the next morning under our request for 10.07.2026")  # fmt: skip
    yes("ba26_brandt_late_four.eml", 10, (1065, 1066, 1067, 1068),
        ("2026-07-17", "2026-07-24", "2026-07-31", "2026-08-07"), "2026-08-20 08:55",
        "Bestätigung Termine Juli/August",
        "Hallo,\n\nmir ist aufgefallen, dass ich noch einige Termine nicht bestätigt habe:"
        " 17.07., 24.07. und 31.07. haben stattgefunden, der vom 7. August auch.\n\n"
        "Gruß\nLukas Brandt",
        client="thunderbird", note="a late new mail confirming four sessions")  # fmt: skip


def august() -> None:
    # Emily Carter (11): private KG by video on Mondays, Gmail in English.
    yes("ba27_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:40",
        re_en(1069), "Hi, yes the session on August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ba28_carter_today.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 18:20",
        re_en(1070), "Confirmed - had my session today (10 Aug).\n\nBest,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ba29_carter_german.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 09:10", re(1071),
        "Hallo, ich bestätige den Termin am 17.08. :)\nEmily",
        client="gmail", reply="cr-1071", style="gmail")  # fmt: skip

    # Fatma Yıldız (12): KG by phone on Wednesday mornings, web.de and her Samsung.
    yes("ba30_yildiz_webde.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:10", re(1075),
        "Hallo ja Behandlung war am 5.8 danke\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("ba31_yildiz_samsung.eml", 12, (1076,), (), "2026-08-12 19:55", re(1076),
        "Ja hat statgefunden. Fatma Yildiz\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1076", style="samsung",
        note="a bare yes under our request for 12.08.2026")  # fmt: skip
    yes("ba32_yildiz_after_break.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 14:00",
        re(1078), "Hallo, am 26.08. war die Behandlung, alles gut. Danke und schönen Tag",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip


def look_alikes() -> None:
    no("ba33_schulz_cancel.eml", 5, ("cancellation",), "2026-05-20 16:00",
       "AW: Erinnerung: Ihr Termin am 21.05.2026",
       "Hallo,\n\nich muss den Termin morgen leider absagen, mein Sohn ist krank.\n\n"
       "Viele Grüße\nMarie Schulz",
       client="iphone", reply="rem-1038", style="iphone",
       note="cancels tomorrow's session, under our reminder")  # fmt: skip
    no("ba34_hoffmann_link_failed.eml", 6, ("technical", "reschedule"), "2026-05-11 09:30", re(1041),
       "Hallo,\n\nder Termin heute hat nicht stattgefunden, ich kam mit dem Code nicht in den"
       " Raum, es kam immer nur eine Fehlermeldung. Bitte nicht abrechnen und um einen neuen"
       " Termin bitte.\n\nGruß\nPeter Hoffmann",
       client="outlook", reply="cr-1041", style="outlook",
       note="the session of 11.05. did not take place (video failed)")  # fmt: skip
    no("ba35_hoffmann_move.eml", 6, ("reschedule",), "2026-05-29 12:10",
       "AW: Ihr Videotermin am 01.06.2026",
       "Hallo,\n\nkönnen wir den Termin am Montag auf 8:30 schieben? Um 7:30 habe ich einen"
       " Frühtermin.\n\nVG\nPeter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook")  # fmt: skip
    no("ba36_oneill_no_call.eml", 23, ("other",), "2026-05-20 08:10",
       "RE: Bitte bestätigen Sie Ihre Behandlung vom 19.05.2026",
       "Hi,\n\nactually we didn't have the session yesterday - nobody called me. I waited until"
       " about 8pm. Please advise.\n\nJames",
       client="outlook", reply="cr-1141", style="outlook_en",
       note="reports that the session of 19.05. did not take place")  # fmt: skip
    no("ba37_popescu_prepare.eml", 7, ("question",), "2026-06-28 10:30",
       "AW: Ihr Videotermin am 30.06.2026",
       "Hallo,\nich habe den Link bekommen, danke. Muss ich für Dienstag etwas vorbereiten?"
       " Matte oder so?\nElena",
       client="yahoo", reply="vl-1050", style="yahoo",
       note="a question about the coming session")  # fmt: skip
    no("ba38_richter_missed.eml", 8, ("reschedule",), "2026-07-01 20:30", re(1055),
       "Hi, den Termin heute hab ich leider verpasst, war noch im Meeting. Sorry! Können wir"
       " einen Ersatztermin machen?\n\nGesendet von iPhone",
       client="iphone", reply="cr-1055", style="iphone",
       note="missed the session of 01.07. and asks for another")  # fmt: skip
    no("ba39_neumann_reminder_ok.eml", 9, ("other",), "2026-07-27 10:00",
       "AW: Erinnerung: Ihr Termin am 28.07.2026",
       "Danke, ich bin morgen zu Hause.\nGisela Neumann",
       reply="rem-1062", style="webde", staff=False,
       note="acknowledges our reminder for a coming session; nothing to do")  # fmt: skip
    no("ba40_brandt_invoice.eml", 10, ("question",), "2026-08-02 11:15", "Rechnung Juli",
       "Hallo,\n\nfür meine private Krankenversicherung bräuchte ich eine Rechnung über die"
       " Behandlungen im Juli. Könnt ihr mir die per Mail schicken?\n\nGruß\nLukas Brandt",
       client="thunderbird")  # fmt: skip
    no("ba41_carter_cancel.eml", 11, ("cancellation", "reschedule"), "2026-08-30 17:45",
       "Re: Erinnerung: Ihr Termin am 31.08.2026",
       "Hi,\n\nsorry, I need to cancel tomorrow's session, I'm travelling. Could we do"
       " Wednesday instead?\n\nEmily",
       client="gmail", reply="rem-1073", style="gmail_en")  # fmt: skip
    no("ba42_yildiz_next_week.eml", 12, ("question",), "2026-08-20 09:00", "Termin",
       "Hallo, gestern 19.8. war ja abgesagt. Ist nächste Woche 26.8. normal? Fatma",
       client="webde",
       note="the 19.08. was cancelled; asks about the coming session")  # fmt: skip


def main() -> None:
    load_practice()
    may()
    june()
    july()
    august()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
