"""Write blind set BB: a plain, representative inbox of September to November, 42 mails.

31 mails confirm at least one session: mostly short replies under our request from phones
and webmail (web.de/GMX, Gmail, iPhone, Outlook, Thunderbird, Samsung), with and without
the date, some new mails naming the days, a few several days at once, a few weeks late,
a few with a question or a problem beside the yes. 11 look-alikes: cancellations, a
reschedule wish, questions about a coming session, a missed session, a session that did
not happen, a video link that does not work, and replies to reminders and video links.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bb`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_bb")


def re_en(aid: int) -> str:
    return f"Re: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_rem(aid: int) -> str:
    return f"AW: Erinnerung: Ihr Termin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_vl(aid: int) -> str:
    return f"AW: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def september() -> None:
    yes("bb01_carter_yes_sept7.eml", 11, (1074,), ("2026-09-07",), "2026-09-07 14:12",
        re_en(1074), "Yes, the session on Sept 7 took place. Thanks a lot!\n\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("bb02_yildiz_ja_2_9.eml", 12, (1079,), ("2026-09-02",), "2026-09-02 18:40",
        re(1079), "Hallo,\nja der termin am 2.9 hat stattgefunden\nLG Fatma",
        client="webde", reply="cr-1079", style="webde")  # fmt: skip
    yes("bb03_yildiz_samsung_no_date.eml", 12, (1080,), (), "2026-09-09 13:05",
        re(1080), "ja hat stattgefunden danke\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1080", style="samsung",
        note="a yes under our request for 09.09.2026, no day named")  # fmt: skip
    yes("bb04_vogel_outlook_formal.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:47",
        re(1082),
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlung vom 10.09.2026.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 14 · 40212 Düsseldorf\nTel. +49 211 5550 7120 · Fax +49 211 5550 7129",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("bb05_vogel_iphone_bestaetigt.eml", 13, (1083,), (), "2026-09-17 09:31",
        re(1083), "Bestätigt.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1083", style="iphone",
        note="one word under our request for 17.09.2026")  # fmt: skip
    yes("bb06_lehmann_thunderbird_8_9.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:02",
        re(1087),
        "Hallo,\n\nhiermit bestätige ich, dass die Behandlung am 08.09. stattgefunden hat.\n\n"
        "Viele Grüße\nAnna Lehmann\n\n-- \nAnna Lehmann, M.A.\nInstitut für Germanistik\n"
        "Raum 3.112, Tel. 0341 97-37415",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("bb07_lehmann_theraband.eml", 14, (1088,), (), "2026-09-15 17:20",
        re(1088),
        "Ja, hat stattgefunden. Die Übungen mit dem Theraband tun schon richtig gut, "
        "danke an Frau Kessler!\n\nAnna",
        client="thunderbird", reply="cr-1088", style="thunderbird")  # fmt: skip
    yes("bb08_lehmann_plus_time_wish.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 15:10",
        re(1089),
        "Hallo, ich bestätige den 22.9.\n\nKurze Frage noch: könnte ich den Termin am 6.10. "
        "auch um 14 Uhr statt um 13 Uhr haben? Da habe ich eine Sitzung, die länger gehen "
        "könnte.\n\nDanke und viele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird", staff=True,
        extra=("reschedule",),
        note="confirms 22.09.; asks to move the coming session of 06.10.")  # fmt: skip
    yes("bb09_yildiz_late_26_08.eml", 12, (1078,), ("2026-08-26",), "2026-09-14 20:33",
        re(1078),
        "Entschuldigung für spät antwort. Ja die Termin am 26.08 war stattgefunden.\n"
        "Gruß Fatma Yildiz",
        client="webde", reply="cr-1078", style="webde",
        note="learner's German, answered almost three weeks late")  # fmt: skip
    yes("bb10_brandt_late_7_8.eml", 10, (1068,), ("2026-08-07",), "2026-09-03 22:15",
        re(1068), "Hi,\n\nsorry, ist bei mir untergegangen. Ja, 7.8. hat stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1068", style="thunderbird")  # fmt: skip
    human("bb11_carter_late_two_august.eml", sender=11, date="2026-09-05 10:48",
          subject="Confirming my August sessions",
          body="Hi there,\n\nSorry for the late reply, it's been a hectic few weeks. I can "
          "confirm that my video sessions on 24 August and 31 August both took place.\n\n"
          "Best,\nEmily Carter",
          client="apple",
          label=Label(("confirmation",), patient=11, confirmed=(1072, 1073),
                      dates=("2026-08-24", "2026-08-31"),
                      note="a new mail in English confirming two August sessions"))  # fmt: skip
    yes("bb12_vogel_new_mail_two.eml", 13, (1084, 1085), ("2026-09-24", "2026-10-01"),
        "2026-10-01 08:05", "Bestätigung MT 24.09. + 01.10.",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlungen am 24.09. und heute, 01.10., "
        "haben stattgefunden.\n\nMit freundlichen Grüßen\nM. Vogel",
        client="outlook", note="a new mail naming both days")  # fmt: skip
    yes("bb13_lehmann_late_29_9.eml", 14, (1090,), ("2026-09-29",), "2026-10-05 21:40",
        re(1090), "sorry, erst jetzt gesehen - ja, der termin am 29.9 war.\nanna",
        client="iphone", reply="cr-1090", style="iphone", sender="anna.lehmann@uni-beispiel.de")  # fmt: skip


def october() -> None:
    yes("bb14_zimmermann_formal_5_10.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 16:20",
        re(1093),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am Montag, den 5. Oktober hat "
        "stattgefunden.\n\nMit freundlichem Gruß\nKlaus Zimmermann",
        client="thunderbird", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("bb15_zimmermann_alles_gut.eml", 15, (1094,), (), "2026-10-13 09:02",
        re(1094), "Ja alles gut gelaufen.\nK. Zimmermann",
        client="outlook", reply="cr-1094", style="outlook_classic")  # fmt: skip
    yes("bb16_schaefer_work_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:34",
        re(1098),
        "Guten Morgen,\n\nja, die Behandlung vom 07.10. fand statt.\n\nViele Grüße\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nLindenstraße 8 · 34117 Kassel\n"
        "Tel. 0561 7391 40",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        note="from her second registered address")  # fmt: skip
    yes("bb17_schaefer_gmx_short.eml", 16, (1099,), (), "2026-10-14 21:15",
        re(1099), "Hat stattgefunden, danke!\nBirgit",
        client="webde", reply="cr-1099", style="webde")  # fmt: skip
    yes("bb18_schaefer_yes_picture_froze.eml", 16, (1100,), ("2026-10-21",), "2026-10-21 20:50",
        re(1100),
        "Hallo,\nja, am 21.10. hat es geklappt, aber das Bild ist zwischendurch ein paar Mal "
        "eingefroren und der Ton hat gehakt. Liegt das an mir oder an Ihnen? Kann man da was "
        "machen?\nGruß Birgit Schäfer",
        client="webde", reply="cr-1100", style="webde", staff=True,
        extra=("technical", "question"),
        note="confirms, and asks about a video problem")  # fmt: skip
    yes("bb19_schaefer_thumbs_up.eml", 16, (1101,), (), "2026-10-28 20:41",
        re(1101), "Ja 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1101", style="iphone", sender="birgit.schaefer@gmx.net")  # fmt: skip
    yes("bb20_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:52",
        re(1104), "Moin,\n\nTermin am 22.10. hat stattgefunden.\n\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("bb21_zimmermann_new_mail_two.eml", 15, (1095, 1097), ("2026-10-19", "2026-11-02"),
        "2026-11-03 10:15", "Bestätigung Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen, dass die Behandlungen am "
        "19.10. und am 02.11. stattgefunden haben. Am 26.10. war ja abgesagt.\n\n"
        "Mit freundlichem Gruß\nKlaus Zimmermann\nTel. 0231 4471 23",
        client="thunderbird",
        note="two days confirmed; the cancelled 26.10. only mentioned as cancelled")  # fmt: skip

    yes("bb29_vogel_kurz_outlook.eml", 13, (1086,), (), "2026-10-08 09:14",
        re(1086), "Hat stattgefunden. MfG M. Vogel",
        client="outlook", reply="cr-1086", style="outlook")  # fmt: skip


def november() -> None:
    yes("bb22_jansen_two_days.eml", 17, (1105, 1106), ("2026-10-29", "2026-11-05"),
        "2026-11-05 12:30", re(1106),
        "Moin, bestätige 29.10. und 5.11., beide haben stattgefunden. Den vom 29. hatte ich "
        "vergessen, sorry.\n\nOle",
        client="gmail", reply="cr-1106", style="gmail")  # fmt: skip
    yes("bb23_jansen_bottom_post.eml", 17, (1107,), (), "2026-11-12 12:08",
        re(1107), "jo, war gut heute. Danke!",
        client="gmail", reply="cr-1107", style="gmail", bottom=True,
        note="bottom-posted yes under our request for 12.11.2026")  # fmt: skip
    yes("bb24_nowak_formal_6_11.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:05",
        re(1116),
        "Hallo,\n\nich bestätige hiermit die Manuelle Therapie am 06.11.2026.\n\n"
        "Beste Grüße\nDavid Nowak\n\nSent with Proton Mail secure email.",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("bb25_nowak_new_mail_20_27.eml", 19, (1118, 1119), ("2026-11-20", "2026-11-27"),
        "2026-11-29 18:22", "Termine 20. und 27. November",
        "Hallo Praxisteam,\n\nhiermit bestätige ich die Termine vom 20. und 27. November, "
        "beide haben wie geplant stattgefunden.\n\nSchönen Sonntag\nDavid Nowak",
        client="plain")  # fmt: skip
    yes("bb26_hartmann_lowercase.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:12",
        re(1120), "hallo ja der termin am 3.11 hat stattgefunden lg leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("bb27_hartmann_iphone_bis_naechste.eml", 20, (1121,), (), "2026-11-10 18:55",
        re(1121), "Ja hat stattgefunden, danke! Bis nächste Woche 😊\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1121", style="iphone", sender="leonie.hartmann@web.de")  # fmt: skip
    yes("bb28_hartmann_rezept_question.eml", 20, (1122,), ("2026-11-17",), "2026-11-17 19:40",
        re(1122),
        "Hallo,\nich bestätige den 17.11.\nEine Frage noch: Auf meinem Rezept stehen 6 "
        "Behandlungen, brauche ich danach ein neues vom Arzt oder geht das weiter? "
        "Der Rücken ist noch nicht ganz ok.\nLG Leonie Hartmann",
        client="webde", reply="cr-1122", style="webde", staff=True, extra=("question",),
        note="confirms; asks about a follow-up prescription")  # fmt: skip
    yes("bb30_schaefer_two_days_samsung.eml", 16, (1102, 1103), ("2026-11-04", "2026-11-11"),
        "2026-11-12 07:45", re(1103),
        "Hallo, die Termine am 4.11. und 11.11. haben beide stattgefunden. Die Mail vom 4. "
        "hatte ich nicht beantwortet, sorry.\nDanke und viele Grüße, Birgit",
        client="samsung", reply="cr-1103", style="samsung", sender="birgit.schaefer@gmx.net")  # fmt: skip
    yes("bb31_nowak_letzten_freitag.eml", 19, (1117,), ("2026-11-13",), "2026-11-16 08:40",
        re(1117), "Moin, ja, die Behandlung letzten Freitag (13.11.) hat stattgefunden.\nDavid",
        client="plain", reply="cr-1117", style="thunderbird")  # fmt: skip


def look_alikes() -> None:
    no("bb32_lehmann_cancel_tomorrow.eml", 14, ("cancellation",), "2026-10-12 14:05",
       re_rem(1092),
       "Hallo,\n\nich muss den Termin morgen leider absagen, ich liege mit Fieber im Bett.\n"
       "Melde mich wegen eines neuen Termins.\n\nViele Grüße\nAnna Lehmann",
       client="thunderbird", reply="rem-1092", style="thunderbird")  # fmt: skip
    no("bb33_schaefer_move_to_thursday.eml", 16, ("reschedule",), "2026-10-27 19:30",
       re_rem(1101),
       "Hallo, können wir den Termin morgen auf Donnerstag verschieben? Ich habe Mittwoch "
       "abend Elternabend in der Schule. Gleiche Uhrzeit wäre super.\nGruß Birgit",
       client="webde", reply="rem-1101", style="webde", sender="birgit.schaefer@gmx.net")  # fmt: skip
    no("bb34_jansen_what_to_prepare.eml", 17, ("question",), "2026-11-16 20:10",
       re_vl(1108),
       "Moin,\nmuss ich für den Termin am 19.11. irgendwas vorbereiten? Ich hab zuhause nur "
       "eine Hantelbank und ein paar Kurzhanteln, kein richtiges Gerät.\nOle",
       client="gmail", reply="vl-1108", style="gmail")  # fmt: skip
    no("bb35_hartmann_missed_24_11.eml", 20, ("other", "question"), "2026-11-24 21:03",
       re(1123),
       "Hallo, ich war heute leider nicht online, ich hab den Termin total verschwitzt 🙈 "
       "Tut mir echt leid! Was muss ich jetzt machen, kostet das was?\nLG Leonie",
       client="iphone", reply="cr-1123", style="iphone",
       note="the session of 24.11. was missed: nothing to confirm")  # fmt: skip
    no("bb36_vogel_reminder_ack.eml", 13, ("other",), "2026-09-30 07:40",
       re_rem(1085), "Danke, bin dabei.\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1085", style="iphone", staff=False,
       note="acknowledges the reminder before the session; nothing to do")  # fmt: skip
    no("bb37_yildiz_reminder_ja_komme.eml", 12, ("other",), "2026-09-08 12:15",
       re_rem(1080), "Ja ich komme morgen. Danke\nFatma",
       client="samsung", reply="rem-1080", style="samsung", staff=False,
       note="a yes to the reminder, the day before the session")  # fmt: skip
    no("bb38_carter_question_tomorrow.eml", 11, ("question",), "2026-09-06 13:20",
       "Re: Erinnerung: Ihr Termin am 07.09.2026",
       "Hi, quick question about tomorrow's session: will it be with the same therapist as "
       "last time? And should I have a yoga mat ready?\n\nThanks,\nEmily",
       client="gmail", reply="rem-1074", style="gmail_en")  # fmt: skip
    no("bb39_jansen_cancel_19_11.eml", 17, ("cancellation", "reschedule"), "2026-11-17 08:55",
       "Termin Donnerstag 19.11.",
       "Moin,\n\nich muss den Termin am Donnerstag, 19.11., leider absagen, bin beruflich in "
       "Hamburg. Können wir einen Ersatztermin in der Woche danach machen?\n\nGruß\nOle Jansen",
       client="gmail")  # fmt: skip
    no("bb40_schaefer_code_invalid.eml", 16, ("technical",), "2026-10-14 19:03",
       re_vl(1099),
       "Hallo, der Code geht bei mir nicht, es kommt immer nur \u201eZugangscode ungültig\u201c. "
       "Ich sitze vor dem Rechner und warte. Bitte rufen Sie mich an!\nBirgit Schäfer",
       client="webde", reply="vl-1099", style="webde", sender="birgit.schaefer@gmx.net")  # fmt: skip
    no("bb41_lehmann_did_not_happen.eml", 14, ("other",), "2026-10-06 15:25",
       re(1091),
       "Hallo,\n\nnein, die Behandlung heute hat nicht stattgefunden. Ich war ab 12:55 im "
       "Videoraum und habe bis 13:20 gewartet, aber es kam niemand. Was ist da passiert?\n\n"
       "Viele Grüße\nAnna Lehmann",
       client="thunderbird", reply="cr-1091", style="thunderbird",
       note="the session of 06.10. did not take place")  # fmt: skip
    no("bb42_hartmann_link_thanks.eml", 20, ("other",), "2026-11-07 18:30",
       re_vl(1121), "Danke für den Link! Bis Dienstag\nLeonie",
       client="webde", reply="vl-1121", style="webde", staff=False,
       note="a thank-you for the video link before the session")  # fmt: skip


def main() -> None:
    load_practice()
    september()
    october()
    november()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
