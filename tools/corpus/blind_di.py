"""Write blind set DI: a plain inbox of the whole year, mostly written from phones in a
hurry: one-word yeses under our request, emojis, missing capitals and dots, autocorrect
slips, dates typed as "16.4", "05/02", "3 feb", "10 aug", a few in English or learners'
German, a few several days at once and a few weeks late. 45 mails: 37 that mean to confirm
(34 confirm at least one session, some of them with a question, a session that did not
take place or a cancelled day mixed in; three name only a day already confirmed, a day
with no appointment or a session still to come) and 8 look-alikes (a cancellation, a
reschedule, two questions about a coming session, a missed call, a call that never came,
a video that broke off, a yes to a reminder).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_di`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_di")


def quick_yeses() -> None:
    """Short replies under our request, mostly from phones."""
    yes("di01_krueger_ja.eml", 1, (1003,), (), "2026-01-27 12:10", re(1003), "Ja",
        client="webde", reply="cr-1003", style="webde",
        note="a bare yes under our request for 27.01.2026")  # fmt: skip
    yes("di02_becker_passt_thumb.eml", 2, (1010,), (), "2026-02-02 19:02", re(1010),
        "passt 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1010", style="iphone")  # fmt: skip
    yes("di03_demir_jaa.eml", 3, (1019,), (), "2026-03-04 10:15", re(1019),
        "jaa hat stattgefunden danke",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("di08_richter_jo.eml", 8, (1051,), (), "2026-06-03 20:10", re(1051), "Jo passt",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("di10_brandt_bottom.eml", 10, (1063,), (), "2026-07-03 17:48", re(1063),
        "ja, fand statt.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("di11_carter_yes_en.eml", 11, (1069,), (), "2026-08-03 13:52", re(1069, "Re"),
        "yes confirmed, thanks! 🙏\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("di12_yildiz_geklappt.eml", 12, (1075,), (), "2026-08-05 12:40", re(1075),
        "ja hat geklappt, danke 😊",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("di13_vogel_bestaetigt.eml", 13, (1082,), (), "2026-09-10 08:47", re(1082),
        "Bestätigt.\n\nDr. M. Vogel\nVogel & Partner Rechtsanwälte\nTel. 0211 4471230",
        client="outlook", reply="cr-1082", style="outlook",
        note="a yes; the phone number in the signature is no date")  # fmt: skip
    yes("di15_zimmermann_ok.eml", 15, (1093,), (), "2026-10-05 13:01", re(1093), "ok",
        reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("di16_schaefer_office.eml", 16, (1098,), (), "2026-10-08 08:12", re(1098),
        "Guten Morgen,\n\nhiermit bestätigt.\n\nMit freundlichen Grüßen\nBirgit Schäfer\n"
        "Steuerberaterin\nSchäfer Steuerberatung | Lindenstr. 12 | 40210 Düsseldorf",
        client="outlook", reply="cr-1098", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address (office)")  # fmt: skip
    yes("di17_jansen_thumb.eml", 17, (1104,), (), "2026-10-22 12:00", re(1104), "Ja👍",
        client="iphone", reply="cr-1104", style="iphone")  # fmt: skip
    yes("di20_hartmann_lg.eml", 20, (1120,), (), "2026-11-03 19:40", re(1120),
        "ja hat stattgefunden lg",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("di27_demir_autocorrect.eml", 3, (1020,), (), "2026-03-11 10:12", re(1020),
        "Jap hat stadtgefunden, bis nächste Woche!",
        client="gmail", reply="cr-1020", style="gmail",
        note="autocorrect slip 'stadtgefunden'; 'bis nächste Woche' is only a goodbye")  # fmt: skip
    yes("di08b_aydin_danke.eml", 22, (1131,), (), "2026-02-26 14:20", re(1131),
        "ja war gut danke dir",
        client="samsung", reply="cr-1131", style="samsung")  # fmt: skip


def with_a_day() -> None:
    """Replies and new mails that name the day, in the ways people type it."""
    yes("di05_schulz_16_4.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:05", re(1034),
        "Bestätige den 16.4 lg Marie",
        client="samsung", reply="cr-1034", style="samsung")  # fmt: skip
    yes("di07_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:30", re(1046),
        "Hallo,\nja die Therapie war am 2 Juni, ich bestätige das. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("di19_nowak_6nov.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00", re(1116, "Re"),
        "confirming my session on 6 nov, all good\n\nDavid",
        reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("di21_wagner_typo.eml", 21, (1125,), ("2026-01-19",), "2026-01-19 12:00", re(1125),
        "bestätigt, der 19.1 hat stattgefunfen",
        client="gmail", reply="cr-1125", style="gmail",
        note="typo 'stattgefunfen'")  # fmt: skip
    yes("di22_aydin_19_02.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:00", re(1130),
        "Hallo ich bestätige termin 19.02 danke Mehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("di24_berger_formal.eml", 24, (1142,), ("2026-05-06",), "2026-05-07 09:30", re(1142),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung am 6. Mai 2026."
        "\n\nMit freundlichen Grüßen\nU. Berger",
        reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("di28_wolff_late.eml", 4, (1031,), ("2026-02-06",), "2026-03-02 11:00", re(1031),
        "Bestätige 6.2. war im Urlaub deshalb so spät\nGruß HJW",
        client="tonline", reply="cr-1031", style="tonline",
        note="weeks late; the holiday is only the excuse")  # fmt: skip
    yes("di29_hoffmann_1_6.eml", 6, (1045,), ("2026-06-01",), "2026-06-01 09:14", re(1045),
        "Bestätigt. 1.6.\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1045", style="samsung")  # fmt: skip
    yes("di32_carter_aug10.eml", 11, (1070,), ("2026-08-10",), "2026-08-11 09:00", re(1070, "Re"),
        "hi, confirming yesterdays session (10 aug). thx!",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("di18_koch_new_mail.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:00", "Bestätigung",
        "Guten Tag,\n\ndie Telefontermine am 23.03. und 25.03. haben stattgefunden.\n\n"
        "Renate Koch", client="tonline")  # fmt: skip


def several_days() -> None:
    """New mails that confirm a few sessions at once, some of them late."""
    yes("di04_wolff_three.eml", 4, (1028, 1029, 1030), ("2026-01-16", "2026-01-23", "2026-01-30"),
        "2026-01-31 09:20", "Termine",
        "Termine 16.1 23.1 und 30.1 bestätigt\nH.-J. Wolff", client="tonline")  # fmt: skip
    yes("di06_hoffmann_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:00",
        "Bestätigung 18.05.",
        "Hallo,\nich bestätige beide Termine vom 18.5. (morgens Gerät, mittags MT).\n"
        "Gruß P. Hoffmann", client="outlook",
        note="two sessions on one day, both meant")  # fmt: skip
    yes("di09_neumann_three.eml", 9, (1056, 1057, 1058), ("2026-07-07", "2026-07-09", "2026-07-14"),
        "2026-07-15 08:40", "Bestätigung meiner Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen am 7.7., 9.7. "
        "und 14.7.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("di14_lehmann_late_three.eml", 14, (1087, 1088, 1089),
        ("2026-09-08", "2026-09-15", "2026-09-22"), "2026-10-02 22:14", "Bestätigung Termine Sept",
        "Hallo,\nsorry für die späte Rückmeldung – ich bestätige die Videotermine vom 8.9., 15.9. "
        "und 22.9.\nViele Grüße\nAnna", client="thunderbird")  # fmt: skip
    yes("di23_oneill_en.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"), "2026-04-22 09:00",
        "Confirmation",
        "Hi,\n\nI can confirm the calls on 14/04 and 21/04 took place.\n\nCheers,\nJames",
        client="outlook")  # fmt: skip
    yes("di25_krueger_feb.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-11 08:00", "termine", "3 feb und 10 feb bestätigt\nsabine",
        client="webde")  # fmt: skip
    yes("di26_becker_slash.eml", 2, (1011, 1012), ("2026-02-05", "2026-02-09"),
        "2026-02-10 07:30", "MT", "Termine 05/02 + 09/02 ✔️\n\nVon meinem iPhone gesendet",
        client="iphone")  # fmt: skip


def with_a_catch() -> None:
    """Confirmations that also need a person."""
    yes("di30_neumann_question.eml", 9, (1060,), (), "2026-07-21 11:05", re(1060),
        "Ja, hat stattgefunden. Muss ich für die nächste Verordnung wieder zum Arzt?",
        reply="cr-1060", style="thunderbird", staff=True, extra=("question",),
        note="a yes, and a question for staff")  # fmt: skip
    yes("di31_brandt_one_not.eml", 10, (1064,), ("2026-07-10",), "2026-07-18 09:10",
        "Termine Juli",
        "moin, 10.7 ja. 17.7 ist bei mir ausgefallen, hatte keinen link bekommen\nLukas",
        client="thunderbird", staff=True, extra=("technical",),
        note="10.7 confirmed; 17.7 did not take place, staff must look")  # fmt: skip
    yes("di34_wagner_cancelled_day.eml", 21, (1128,), ("2026-02-09",), "2026-02-10 18:30",
        "bestätigung", "hallo, bestätige 2.2. und 9.2.\nlg sophie",
        client="gmail", staff=True,
        note="2.2. was cancelled: only 9.2. may be recorded")  # fmt: skip
    yes("di40_yildiz_no_such_day.eml", 12, (), ("2026-08-20",), "2026-08-21 09:15",
        "Behandlung", "behandlung am 20.8. hat stattgefunden\nFatma",
        client="webde", staff=True,
        note="no appointment on 20.8. (hers are Wednesdays; 19.8. was cancelled)")  # fmt: skip
    yes("di41_vogel_already.eml", 13, (), ("2026-09-03",), "2026-09-05 07:50",
        "Termin 3.9.", "Bestätige Termin 3.9.\n\nDr. M. Vogel",
        client="outlook", staff=True,
        note="3.9. is already confirmed; nothing to record")  # fmt: skip
    yes("di39_hartmann_future.eml", 20, (), (), "2026-11-16 21:00", "Termin morgen",
        "Hallo, bestätige hiermit den 17.11. lg Leonie",
        client="webde", staff=True,
        note="17.11. is still to come: nothing took place yet")  # fmt: skip


def look_alikes() -> None:
    """Mails that look like confirmations and are not."""
    no("di33_schulz_reminder_yes.eml", 5, ("other",), "2026-05-20 18:00", rem(1038),
       "ja passt, bin dabei 👍",
       client="samsung", reply="rem-1038", style="samsung", staff=False,
       note="a yes to the reminder: the session is tomorrow, nothing to record or do")  # fmt: skip
    no("di35_demir_krank.eml", 3, ("cancellation",), "2026-04-06 07:45", "termin mittwoch",
       "hallo muss den termin am 8.4 absagen bin krank 🤒 sorry\naylin", client="gmail",
       note="cancels 8.4.")  # fmt: skip
    no("di36_richter_verschieben.eml", 8, ("reschedule",), "2026-06-23 18:25", rem(1054),
       "können wir den termin morgen 24.6 auf donnerstag verschieben? mittwoch klappt bei mir nicht",
       client="iphone", reply="rem-1054", style="iphone",
       note="wants to move 24.6.")  # fmt: skip
    no("di37_lehmann_link.eml", 14, ("question",), "2026-10-05 20:00", vl(1091),
       "Ist der Link für morgen derselbe wie letzte Woche?",
       client="thunderbird", reply="vl-1091", style="thunderbird",
       note="a question about the coming session")  # fmt: skip
    no("di38_zimmermann_verpasst.eml", 15, ("other",), "2026-10-12 14:00", re(1094),
       "nein, war am 12.10 nicht erreichbar, hab den anruf verpasst. sorry",
       reply="cr-1094", style="thunderbird",
       note="missed the call: the session did not take place")  # fmt: skip
    no("di42_koch_question.eml", 18, ("question",), "2026-04-07 16:20", rem(1113),
       "Rufen Sie mich morgen auf dem Handy oder auf dem Festnetz an?\nR. Koch",
       client="tonline", reply="rem-1113", style="tonline",
       note="a question about tomorrow's call")  # fmt: skip
    no("di43_berger_niemand.eml", 24, ("other",), "2026-05-13 11:00", re(1143),
       "Nein, da hat niemand angerufen! Ich habe extra gewartet.",
       reply="cr-1143", style="thunderbird",
       note="says the call of 13.5. never came")  # fmt: skip
    no("di44_schaefer_abgebrochen.eml", 16, ("technical", "question"), "2026-10-21 20:52", re(1100),
       "video ging nach 5 min nicht mehr, haben dann abgebrochen. zählt das?",
       client="iphone", reply="cr-1100", style="iphone",
       note="the session broke off after five minutes: not confirmed, staff decide")  # fmt: skip


def check_threads() -> None:
    """Every reply is written after the mail it answers."""
    for mail in mc.MAILS:
        text = mail.raw.decode("utf-8", "replace")
        for key, row in mc.OUTBOX.items():
            if f"In-Reply-To: {row.message_id}" in text:
                assert row.sent_at < mail.mail_date, (mail.file, key)


def main() -> None:
    load_practice()
    quick_yeses()
    with_a_day()
    several_days()
    with_a_catch()
    look_alikes()
    check_threads()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
