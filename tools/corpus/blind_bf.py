"""Write blind set BF: a plain, representative inbox of the whole year, nothing themed.

45 mails from the patients in practice.toml: 33 confirm at least one session (mostly
short replies under our request from phones and webmail, with and without the date, some
new mails, several days at once, a few late, a few with a question, a reschedule wish or
a problem beside the yes) and 12 look-alikes (cancellations, reschedule wishes, questions
about a coming session, missed or cut-off sessions, replies to reminders and video links).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bf`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bf")


def vl(aid: int) -> str:
    return f"AW: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def short_replies() -> None:
    yes("bf01_webde_ja_war_gut.eml", 1, (1003,), (), "2026-01-27 12:05", re(1003),
        "Ja, hat stattgefunden.\n\nGruß S. Krüger", client="webde", reply="cr-1003",
        style="webde", note="a dateless yes under our request for 27.01.2026")  # fmt: skip
    yes("bf02_gmx_bestaetige_datum.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:14",
        re(1010), "Hallo,\n\nbestätige die Behandlung vom 02.02.2026.\n\nMfG\nThomas Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("bf03_gmail_hat_geklappt.eml", 3, (1019,), (), "2026-03-04 10:41", re(1019),
        "ja hat geklappt, danke!", client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("bf04_tonline_am_16_1.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:50",
        re(1028), "Die Behandlung am 16.1. hat stattgefunden.\n\nMit freundlichen Grüßen\n"
        "H.-J. Wolff", client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bf05_mother_for_marie.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:22",
        re(1034), "Hallo,\n\nMarie hatte am Donnerstag, 16.4., ihre Stunde, hat alles gut"
        " geklappt.\n\nLG Katrin Schulz", client="thunderbird", reply="cr-1034",
        style="thunderbird", name="Katrin Schulz",
        note="the mother answers for her daughter from the registered address")  # fmt: skip
    yes("bf06_outlook_hiermit.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:12",
        re(1040), "Guten Tag,\n\nhiermit bestätige ich den Termin vom 04.05.2026.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann", client="outlook", reply="cr-1040",
        style="outlook")  # fmt: skip
    yes("bf07_yahoo_learner.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 15:03",
        re(1047), "Hallo,\nich bestätige das die Therapie am 9 Juni war. Alles gut.\n"
        "Danke schön\nElena Popescu", client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("bf08_iphone_jap.eml", 8, (1051,), (), "2026-06-03 20:31", re(1051),
        "Jap, hat stattgefunden 👍\n\nVon meinem iPhone gesendet", client="iphone",
        reply="cr-1051", style="iphone")  # fmt: skip
    yes("bf09_thunderbird_bottom_moin.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:40",
        re(1063), "Moin,\n\nja, der Termin am 3.7. hat stattgefunden.\n\nGruß\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("bf10_english_gmail.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Hi,\n\nyes, the session on August 3rd took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bf11_webde_lowercase.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:17",
        re(1075), "hallo ja ich hatte termin am 5.8 danke\nfatma", client="webde",
        reply="cr-1075", style="webde")  # fmt: skip
    yes("bf12_outlook_terse_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:55",
        re(1082), "Bestätigt, 10.09.\n\nDr. Michael Vogel\nRechtsanwalt\nVogel & Partner"
        " mbB\nTel. 0221 4471 230", client="outlook", reply="cr-1082",
        style="outlook_classic")  # fmt: skip
    yes("bf13_thunderbird_uni.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:20",
        re(1087), "Hallo,\n\ndie Behandlung am 08.09.2026 fand statt.\n\nViele Grüße\n"
        "Anna Lehmann\n\n--\nInstitut für Sportwissenschaft\nRaum 2.114", client="thunderbird",
        reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("bf14_second_address_outlook.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 07:45",
        re(1098), "Hallo,\n\nTermin vom 07.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer"
        "\n\nSchäfer Steuerberatung\nKaiserstraße 12, 60311 Frankfurt",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, the office one")  # fmt: skip
    yes("bf15_gmail_heute_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:10",
        re(1104), "Moin! Hat heute alles geklappt mit dem Gerätetraining.\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("bf16_english_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:40",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 06.11.2026",
        "Bestätige 06.11., danke!\n\nDavid\n\nSent with Proton Mail secure email.",
        reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("bf17_webde_smiley.eml", 20, (1120,), (), "2026-11-03 19:02", re(1120),
        "Hallo! ja, Termin hat stattgefunden, vielen Dank 😊\nLeonie", client="webde",
        reply="cr-1120", style="webde")  # fmt: skip
    yes("bf18_gmx_wagner.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 13:30", re(1124),
        "Hallo,\ndie Behandlung vom 12.01. hat stattgefunden.\nLG Sophie Wagner",
        client="webde", reply="cr-1124", style="webde")  # fmt: skip
    yes("bf19_hotmail_lower.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 18:05",
        re(1130), "hallo ja termin war am 19.02 telefonisch alles gut\nmfg mehmet aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("bf20_english_outlook.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:10",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
        "Hello,\n\nI confirm that my session on 14 April took place.\n\nBest regards,\n"
        "James O'Neill", client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bf21_samsung_dienstag.eml", 9, (1058,), ("2026-07-14",), "2026-07-14 11:20",
        re(1058), "Ja hat stattgefunden am Dienstag vielen dank\n\nGisela Neumann\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.", client="samsung",
        reply="cr-1058", style="samsung")  # fmt: skip
    yes("bf22_iphone_ok_danke.eml", 24, (1143,), (), "2026-05-13 10:48", re(1143),
        "Ok danke, war alles in Ordnung.\n\nU. Berger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1143", style="iphone")  # fmt: skip


def new_mails_and_several() -> None:
    yes("bf23_new_two_days_july.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 09:35", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die telefonischen Behandlungen am"
        " 7. und 9. Juli.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("bf24_late_three_october.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-11-01 17:25",
        "Bestätigung Behandlungen Oktober",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlungen vom 05.10., 12.10. und"
        " 19.10.2026.\nEntschuldigung das es so spät kommt, hatte es ganz vergessen.\n\n"
        "Klaus Zimmermann", note="late, three days in one new mail")  # fmt: skip
    yes("bf25_two_mondays_march.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:02", re(1110),
        "Hallo,\nja die Behandlung am Montag 23.3. war. Und am Mittwoch 25.3. auch.\n"
        "Gruß R. Koch", client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("bf26_late_three_march_gmail.eml", 3, (1020, 1021, 1022),
        ("2026-03-11", "2026-03-18", "2026-03-25"), "2026-04-05 21:48",
        "Bestätigung Termine März",
        "Hallo,\n\nsorry dass ich mich erst jetzt melde. Die Termine am 11.03., 18.03. und"
        " 25.03. haben alle stattgefunden.\n\nViele Grüße\nAylin Demir", client="gmail",
        note="late, three days")  # fmt: skip
    yes("bf27_subject_date_only.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:15",
        "Behandlung 06.05.2026",
        "Guten Tag,\n\ndie telefonische Behandlung heute um 9 Uhr hat stattgefunden.\n\n"
        "Freundliche Grüße\nUrsula Berger")  # fmt: skip
    yes("bf28_same_day_both.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:02",
        re(1043), "Guten Abend,\n\nbeide Termine am 18.5. haben stattgefunden (morgens"
        " Gerät, mittags MT).\n\nGruß\nP. Hoffmann", client="outlook", reply="cr-1043",
        style="outlook")  # fmt: skip
    yes("bf29_nachtrag_two_sept.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-28 07:52", "Nachtrag Bestätigung",
        "Guten Morgen,\n\n17.9. und 24.9. haben ebenfalls stattgefunden.\n\nMV\n\n"
        "Dr. Michael Vogel\nVogel & Partner mbB", client="outlook")  # fmt: skip


def yes_with_something() -> None:
    yes("bf30_yes_and_prescription.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 13:40",
        re(1004), "Ja, die Behandlung am 3.2. hat stattgefunden.\n\nEine Frage noch: brauche"
        " ich für die weiteren Termine ein neues Rezept? Meins läuft glaub ich bald aus.\n\n"
        "Gruß Sabine Krüger", client="webde", reply="cr-1004", style="webde", staff=True,
        extra=("question",), note="yes plus a question about the prescription")  # fmt: skip
    yes("bf31_yes_and_move_thursday.eml", 2, (1012,), ("2026-02-09",), "2026-02-10 07:58",
        re(1012), "Termin vom 9.2. hat stattgefunden, danke.\n\nDen Donnerstag (12.2.) muss"
        " ich leider verschieben, bin auf Dienstreise. Ginge auch Freitag?\n\nT. Becker",
        client="webde", reply="cr-1012", style="webde", staff=True, extra=("reschedule",),
        note="confirms 9.2., wants to move the coming Thursday")  # fmt: skip
    yes("bf32_one_yes_one_nobody_called.eml", 4, (1029,), ("2026-01-23",),
        "2026-02-01 11:30", "Termine Januar",
        "Guten Tag,\n\nder Termin am 23.1. hat stattgefunden, am 30.1. hat mich aber niemand"
        " angerufen. Ich habe bis halb drei gewartet.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff", client="tonline", staff=True,
        note="23.1. took place; 30.1. did not (nobody called)")  # fmt: skip
    yes("bf33_english_yes_video_froze.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 15:10",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
        "Hi,\n\nyes, the session on 10 August took place. The video froze a few times near"
        " the end though - is there anything I should change on my side?\n\nCheers,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en", staff=True,
        extra=("technical", "question"), note="yes plus a technical question")  # fmt: skip


def look_alikes() -> None:
    no("bf34_cancel_marie_sick.eml", 5, ("cancellation",), "2026-05-06 17:05", rem(1037),
       "Hallo,\n\nMarie ist krank und kann morgen leider nicht. Bitte den Termin absagen.\n\n"
       "LG K. Schulz", client="thunderbird", reply="rem-1037", style="thunderbird",
       name="Katrin Schulz", note="cancels the coming session")  # fmt: skip
    no("bf35_iphone_move_later.eml", 8, ("reschedule",), "2026-06-16 19:10", rem(1053),
       "Hi, kann ich morgen auf 19 Uhr schieben? Schaffe 18 Uhr nicht ganz.\nJonas\n\n"
       "Von meinem iPhone gesendet", client="iphone", reply="rem-1053",
       style="iphone")  # fmt: skip
    no("bf36_question_next_friday.eml", 10, ("question",), "2026-07-21 18:03", vl(1066),
       "Hallo,\n\nbrauche ich für Freitag irgendwas? Matte, Theraband oder so?\n\nDanke\nLukas",
       client="thunderbird", reply="vl-1066", style="thunderbird",
       note="question about a coming session")  # fmt: skip
    no("bf37_nobody_called.eml", 12, ("other",), "2026-08-26 14:02", re(1078),
       "Hallo, am 26.8 hat niemand angerufen. Ich war ganzen Vormittag zu hause. Bitte neue"
       " Termin.\nFatma Yildiz", client="webde", reply="cr-1078", style="webde",
       note="the session did not take place")  # fmt: skip
    no("bf38_reminder_thanks.eml", 14, ("other",), "2026-09-21 14:05", rem(1089),
       "Danke für die Erinnerung, ich bin dabei!\n\nAnna", client="thunderbird",
       reply="rem-1089", style="thunderbird", staff=False,
       note="reply to a reminder: will attend, nothing to do")  # fmt: skip
    no("bf39_move_next_wednesday.eml", 16, ("reschedule",), "2026-10-22 12:40",
       "Termin 28.10.",
       "Hallo,\n\nnächsten Mittwoch (28.10.) schaffe ich 19 Uhr leider nicht. Ginge auch"
       " 18 Uhr?\n\nViele Grüße\nBirgit Schäfer", client="webde")  # fmt: skip
    no("bf40_english_cancel_friday.eml", 19, ("cancellation",), "2026-11-19 08:30",
       "Re: Erinnerung: Ihr Termin am 20.11.2026",
       "Hi,\n\nI need to cancel tomorrow's session, I'm travelling for work. Sorry for the"
       " short notice.\n\nDavid", reply="rem-1118", style="gmail_en")  # fmt: skip
    no("bf41_which_code.eml", 20, ("question", "technical"), "2026-11-08 16:22", vl(1121),
       "Hallo, muss ich den Code vom letzten Mal nehmen oder gilt jetzt der neue?\nLG Leonie",
       client="webde", reply="vl-1121", style="webde")  # fmt: skip
    no("bf42_missed_forgot.eml", 21, ("other",), "2026-02-09 12:15", re(1128),
       "Hallo,\n\nich war heute leider nicht dabei, mein Sohn war krank und ich hab"
       " vergessen abzusagen. Tut mir leid!\n\nSophie Wagner", client="webde",
       reply="cr-1128", style="webde", note="missed the session")  # fmt: skip
    no("bf43_reminder_ja_passt.eml", 24, ("other",), "2026-05-26 10:15", rem(1145),
       "Ja, ich bin morgen um 9 Uhr erreichbar.\n\nGruß U. Berger", client="iphone",
       reply="rem-1145", style="iphone", staff=False,
       note="reply to a reminder about a coming session")  # fmt: skip
    no("bf44_english_cut_off.eml", 23, ("other",), "2026-04-22 09:05",
       "RE: Bitte bestätigen Sie Ihre Behandlung vom 21.04.2026",
       "Hello,\n\nthe call yesterday got cut off after about ten minutes and nobody called"
       " back, so I would not say it took place. Can we sort this out?\n\nJames",
       client="outlook", reply="cr-1137", style="outlook_en",
       note="the session did not fully take place")  # fmt: skip
    no("bf45_when_next.eml", 22, ("question",), "2026-03-06 19:40", "termin",
       "hallo wann ist mein nächster termin? hab den zettel verlegt\nmehmet",
       client="outlook")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    new_mails_and_several()
    yes_with_something()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
