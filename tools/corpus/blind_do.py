"""Write blind set DO: a plain, representative inbox of the whole year, 44 mails. Mostly
short replies under our confirmation request from many mail programs (with and without the
day, top- and bottom-posted), some new mails naming the day(s), several days at once, a few
late ones, four with a question or a problem beside the yes (34 mails that confirm at least
one session); and ten look-alikes: a cancellation, reschedule wishes, a question about a
coming session, missed sessions (patient unreachable, therapist did not call, video that
failed), an answer to a reminder, an "I'll be there" under a video link, a cancellation
written under our request, and a "confirmation" of a cancelled day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_do`.
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

HERE = data_dir("blind_do")


def short_replies() -> None:
    """Replies under our request, the quick kind most patients write."""
    yes("do01_krueger_webde_date.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:05", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("do02_becker_gmail_heute.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:45", re(1010),
        "Hat heute stattgefunden, danke.\nGruß T. Becker",
        client="gmail", reply="cr-1010", style="gmail",
        note="'heute' under the request of 02.02. is that day")  # fmt: skip
    yes("do03_demir_iphone_thumbs.eml", 3, (1019,), (), "2026-03-04 10:02", re(1019),
        "Ja hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1019", style="iphone",
        note="a yes under our request that names no day")  # fmt: skip
    yes("do04_schulz_thunderbird_bottom.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:12",
        re(1034), "Hallo,\n\nja, am 16.4. war die Stunde, alles gut.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True)  # fmt: skip
    yes("do05_hoffmann_outlook_mt.eml", 6, (1043,), ("2026-05-18",), "2026-05-18 15:20", re(1043),
        "Bestätige die Manuelle Therapie vom 18.05.\n\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions that day; the reply is under the MT request and says MT")  # fmt: skip
    yes("do06_popescu_yahoo_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:40",
        re(1046), "Hallo,\nich bestatige die Termin am 2 Juni. Es war gut, danke schön.\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("do07_richter_iphone_english.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:31",
        re(1051), "yes, session took place on June 3rd. cheers Jonas\n\nSent from my iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("do08_brandt_thunderbird_moin.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:05",
        re(1063), "moin,\njo hat geklappt am 3.7.\ngruß lukas",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("do09_carter_gmail_en.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:10", re(1069),
        "Hi,\n\nConfirming that my session on 3 August took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("do10_yildiz_samsung_short.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:48",
        re(1075), "Ja stattgefunden 05.08 danke\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("do11_vogel_outlook_classic.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:31",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am"
        " 10.09.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\n"
        "Vogel & Partner Rechtsanwälte mbB\nTel. 0221 4471203 | Fax 0221 4471209",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("do12_lehmann_gmail_noday.eml", 14, (1087,), (), "2026-09-08 15:02", re(1087),
        "Hallo, ja hat stattgefunden, danke!\nAnna",
        client="gmail", reply="cr-1087", style="gmail")  # fmt: skip
    yes("do13_zimmermann_webde_servus.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:15",
        re(1093), "Servus,\nTermin am Montag 5.10. hat stattgfunden, passt alles.\nGruß Klaus",
        client="webde", reply="cr-1093", style="webde")  # fmt: skip
    yes("do14_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:40",
        re(1098),
        "Hallo,\n\ndie Videostunde am 7.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nHauptstr. 12, 53111 Bonn",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="her second registered address")  # fmt: skip
    yes("do15_jansen_gmail_jap.eml", 17, (1104,), (), "2026-10-22 11:47", re(1104),
        "Jap, hat stattgefunden. LG Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("do16_hartmann_gmail_bottom_lower.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:02",
        re(1120), "hallo ja der termin am 3.11 hat stattgefunden lg leonie",
        client="gmail", reply="cr-1120", style="gmail", bottom=True)  # fmt: skip
    yes("do17_aydin_outlook_ok.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:20", re(1130),
        "Ja war alles gut am 19.02, danke\n\nMehmet Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("do18_oneill_outlook_en_14th.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:35",
        re(1136, "RE"), "Hi there,\n\nyes, the call on the 14th happened.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("do19_wolff_tonline_ja.eml", 4, (1030,), (), "2026-01-30 16:55", re(1030),
        "Ja, hat stattgefunden.\nH.-J. Wolff",
        client="tonline", reply="cr-1030", style="tonline")  # fmt: skip
    yes("do20_zimmermann_samsung_late.eml", 15, (1095,), ("2026-10-19",), "2026-10-22 18:03",
        re(1095), "Bestätige 19.10.\nGruß Klaus Zimmermann",
        client="samsung", reply="cr-1095", style="samsung",
        note="three days late")  # fmt: skip
    yes("do21_koch_tonline_typo.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 17:02", re(1113),
        "Guten Tag,\nja die Behandlung am 08.4 hat statt gefunden.\nMfG Renate Koch",
        client="tonline", reply="cr-1113", style="tonline")  # fmt: skip
    yes("do22_nowak_apple_bottom.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:14", re(1116),
        "Bestätigt: 06.11.2026, MT per Video.\n\nDavid",
        client="apple", reply="cr-1116", style="iphone", bottom=True)  # fmt: skip


def several_days_and_new_mails() -> None:
    """New mails with the day in subject or text, and several days at once."""
    yes("do23_wolff_new_two_days.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-24 09:15", "Bestätigung Krankengymnastik",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen Behandlungen"
        " am 16.01.2026 und am 23.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("do24_hoffmann_new_both_monday.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:04",
        "Termine 18.5.",
        "Hallo zusammen,\n\nbeide Termine am Montag 18.5. (Gerät morgens und MT mittags) haben"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook")  # fmt: skip
    yes("do25_neumann_new_forgot.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-13 10:20", "Telefontermine",
        "Liebe Praxis,\n\nich habe ganz vergessen zu antworten. Die Telefontermine am Dienstag, 7.7.,"
        " und Donnerstag, 9.7., haben beide stattgefunden.\n\nHerzliche Grüße\nGisela Neumann")  # fmt: skip
    yes("do26_koch_reply_plus_monday.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-25 17:30", re(1110),
        "Guten Tag,\n\nja, Mittwoch 25.3. war die Behandlung, und am Montag 23.3. auch, das hatte"
        " ich noch nicht bestätigt.\n\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("do27_wagner_webde_two.eml", 21, (1124, 1125), ("2026-01-12", "2026-01-19"),
        "2026-01-19 14:00", re(1125),
        "Hallo,\n\nich bestätige die Termine am 12.1. und 19.1., den ersten hatte ich vergessen"
        " zu bestätigen.\n\nLG Sophie Wagner",
        client="webde", reply="cr-1125", style="webde")  # fmt: skip
    yes("do28_berger_new_formal.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:30",
        "Behandlung",
        "Guten Tag,\n\nhiermit bestätige ich meine Behandlung am Mittwoch, den 6. Mai 2026.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger")  # fmt: skip
    yes("do29_becker_late_three.eml", 2, (1012, 1013, 1014),
        ("2026-02-09", "2026-02-12", "2026-02-16"), "2026-03-10 08:12", "Bestätigung MT Februar",
        "Hallo,\n\nsorry für die Verspätung – hiermit bestätige ich die MT-Termine vom 9.2.,"
        " 12.2. und 16.2.\n\nThomas Becker",
        client="gmail", note="weeks late, three days at once")  # fmt: skip
    yes("do30_nowak_new_subject_date.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 12:00",
        "Behandlung 13.11.2026 bestätigt",
        "Hallo,\n\nsiehe Betreff.\n\nDavid Nowak")  # fmt: skip


def with_something_beside() -> None:
    """A yes with a question, a problem or a wish beside it: staff must look."""
    yes("do31_krueger_question_rezept.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 12:40",
        re(1004),
        "Hallo,\n\nja, am 3.2. hat die Behandlung stattgefunden.\nEine Frage noch: wie viele"
        " Termine habe ich denn noch auf dem Rezept?\n\nGruß Sabine Krüger",
        client="webde", reply="cr-1004", style="webde", staff=True, extra=("question",))  # fmt: skip
    yes("do32_lehmann_connection_phone.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 14:55",
        re(1088),
        "Hallo,\n\ndie Behandlung am 15.09. hat stattgefunden. Die Verbindung war zwischendurch"
        " etwas wacklig, ging aber. Könnten wir nächstes Mal vielleicht lieber telefonieren?"
        "\n\nAnna Lehmann",
        client="gmail", reply="cr-1088", style="gmail", staff=True, extra=("question",))  # fmt: skip
    yes("do33_demir_one_yes_one_sick.eml", 3, (1020,), ("2026-03-11",), "2026-03-19 18:20",
        "Termine März",
        "Hallo,\n\nam 11.3. hatten wir ganz normal Termin, das passt. Der vom 18.3. hat aber nicht"
        " stattgefunden, ich war krank und hab es vergessen abzusagen. Muss ich den jetzt"
        " bezahlen?\n\nLiebe Grüße\nAylin",
        client="gmail", staff=True, extra=("question",),
        note="18.03. did not take place; only 11.03. confirmed")  # fmt: skip
    yes("do34_carter_move_next.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:05", re(1070),
        "Yes, the session on Aug 10 took place.\n\nCould we move next Monday's session to 2pm?"
        " I have a work thing at noon.\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en", staff=True, extra=("reschedule",))  # fmt: skip


def look_alikes() -> None:
    """Mails that look like confirmations and are not."""
    no("do35_krueger_cancel_reminder.eml", 1, ("cancellation",), "2026-03-09 10:30",
       reminder_subject(1009),
       "Hallo,\n\nich muss den Termin morgen leider absagen, ich liege mit Fieber im Bett.\n\n"
       "Gruß Sabine Krüger",
       client="webde", reply="rem-1009", style="webde")  # fmt: skip
    no("do36_vogel_move_tomorrow.eml", 13, ("reschedule",), "2026-09-30 09:00",
       reminder_subject(1085),
       "Guten Morgen,\n\nkönnten wir den Termin morgen ausnahmsweise auf 8:00 Uhr verschieben?"
       " Ich habe um 7 Uhr einen Gerichtstermin vorzubereiten.\n\nMit freundlichen Grüßen\n"
       "Dr. Michael Vogel",
       client="outlook", reply="rem-1085", style="outlook_classic")  # fmt: skip
    no("do37_jansen_question_coming.eml", 17, ("question",), "2026-10-26 12:00",
       video_link_subject(1105),
       "Hi,\n\nmuss ich für Donnerstag irgendwas vorbereiten? Ich hab zuhause nur ein Theraband"
       " und eine Hantel.\n\nLG Ole",
       client="gmail", reply="vl-1105", style="gmail")  # fmt: skip
    no("do38_yildiz_unreachable.eml", 12, ("reschedule",), "2026-08-12 13:10", re(1076),
       "Hallo,\nich war leider am 12.08 nicht erreichbar, handy war aus. Tut mir leid.\n"
       "Können wir einen neuen Termin machen?\nFatma",
       client="samsung", reply="cr-1076", style="samsung",
       note="the session under our request did not take place")  # fmt: skip
    no("do39_berger_reminder_thanks.eml", 24, ("other",), "2026-05-12 10:05",
       reminder_subject(1143),
       "Danke für die Erinnerung, ich bin morgen um 9 Uhr am Telefon.\n\nU. Berger",
       reply="rem-1143", style="thunderbird", staff=False,
       note="an answer to the reminder: nothing to do")  # fmt: skip
    no("do40_hoffmann_video_failed.eml", 6, ("technical",), "2026-05-26 09:15", re(1044),
       "Hallo,\n\nder Termin heute hat nicht geklappt, der Link ging bei mir nicht, wir haben nach"
       " zehn Minuten aufgegeben. Wie machen wir das jetzt?\n\nPeter Hoffmann",
       client="outlook", reply="cr-1044", style="outlook",
       note="the session of 26.05. did not take place")  # fmt: skip
    no("do41_neumann_no_call.eml", 9, ("other",), "2026-07-14 10:40", re(1058),
       "Guten Tag,\n\ndie Therapeutin hat heute nicht angerufen, ich habe bis halb zehn neben dem"
       " Telefon gewartet. Was ist da los gewesen?\n\nGisela Neumann",
       reply="cr-1058", style="thunderbird",
       note="the therapist did not call: no session to confirm")  # fmt: skip
    no("do42_brandt_cancel_under_request.eml", 10, ("cancellation",), "2026-07-10 18:30",
       re(1064),
       "hi, nächste woche freitag (17.7.) kann ich nicht, bitte absagen. danke lukas",
       client="thunderbird", reply="cr-1064", style="thunderbird",
       note="written under our request for 10.07. but says nothing about that session")  # fmt: skip
    no("do43_richter_will_be_there.eml", 8, ("other",), "2026-06-14 21:10",
       video_link_subject(1053),
       "Passt, bin am Mittwoch dabei.\n\nVon meinem iPhone gesendet",
       client="iphone", reply="vl-1053", style="iphone", staff=False,
       note="an 'I'll be there' for the coming session: nothing to record or do")  # fmt: skip
    no("do44_wagner_cancelled_day.eml", 21, ("confirmation",), "2026-02-04 08:50",
       "Bestätigung",
       "Guten Morgen,\n\nhiermit bestätige ich noch den Termin vom 2.2.\n\nSophie Wagner",
       client="webde",
       note="02.02. was cancelled: nothing may be recorded, staff must look")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    several_days_and_new_mails()
    with_something_beside()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
