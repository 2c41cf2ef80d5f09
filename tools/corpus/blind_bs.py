"""Write blind set BS: a plain, representative inbox of the whole year, nothing themed.
44 mails from the patients in practice.toml: mostly short replies under our request from
phones and webmail (with and without the day), some new mails, several days at once, a few
weeks late, a few with a question or a problem beside the yes; and the usual look-alikes
(a cancellation, a reschedule, questions about a coming session, a missed session, replies
to a reminder, a yes for a cancelled day and one for a day with no appointment).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bs`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bs")


def short_replies() -> None:
    """Short yeses under our request, most without a day, from the everyday programs."""
    yes("bs01_krueger_ja.eml", 1, (1003,), (), "2026-01-27 13:42", re(1003, "Re"),
        "Ja, hat stattgefunden.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("bs02_demir_iphone.eml", 3, (1019,), (), "2026-03-04 10:12", re(1019, "Re"),
        "ja hat stattgefunden 😊\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1019", style="iphone")  # fmt: skip
    yes("bs03_richter_jep.eml", 8, (1052,), (), "2026-06-10 20:31", re(1052, "Re"),
        "Jep, hat geklappt. Danke!\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("bs04_lehmann_klein.eml", 14, (1088,), (), "2026-09-15 15:20", re(1088, "Re"),
        "hallo, ja hat stattgefunden, danke!\nanna",
        client="gmail", reply="cr-1088", style="gmail")  # fmt: skip
    yes("bs05_jansen_daumen.eml", 17, (1104,), (), "2026-10-22 12:03", re(1104, "Re"),
        "Hi, ja war alles gut 👍\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("bs06_neumann_bottom.eml", 9, (1058,), (), "2026-07-14 11:47", re(1058),
        "Ja. Die Behandlung hat stattgefunden.\n\nMit freundlichen Grüßen\nG. Neumann",
        client="thunderbird", reply="cr-1058", style="thunderbird", bottom=True,
        note="bottom-posted yes under our request for 14.07.2026")  # fmt: skip
    yes("bs07_schulz_bottom.eml", 5, (1034,), (), "2026-04-16 18:05", re(1034),
        "Ja, fand statt, vielen Dank.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True)  # fmt: skip
    yes("bs08_brandt_letzte.eml", 10, (1068,), (), "2026-08-07 18:20", re(1068),
        "Hat stattgefunden, war ja die letzte Stunde – vielen Dank für alles, mein Knie "
        "ist wieder ganz gut dabei!\n\nLukas",
        client="thunderbird", reply="cr-1068", style="thunderbird")  # fmt: skip
    yes("bs09_hartmann_erste.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:02",
        re(1120, "Re"),
        "Hallo liebes Praxis-Team,\n\ndie erste Stunde heute hat super geklappt, danke! "
        "Hiermit bestätige ich den Termin am 3.11.\n\nLiebe Grüße\nLeonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip


def with_the_day() -> None:
    """Replies that name the day themselves, in many forms and languages."""
    yes("bs10_becker_kurz.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:16",
        re(1010, "Re"),
        "Bestätige die Behandlung am 2.2.\n\nBeste Grüße\nThomas Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("bs11_wolff_tonline.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:52",
        re(1028, "Re"),
        "Guten Tag,\n\ndie Behandlung am 16.01.2026 hat stattgefunden.\n\n"
        "Mit freundlichem Gruß\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bs12_wagner_heute.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:14",
        re(1124, "Re"),
        "Hallo,\nja, der Termin heute (12.1.) hat stattgefunden.\nLG Sophie",
        client="gmail", reply="cr-1124", style="gmail")  # fmt: skip
    yes("bs13_aydin_samsung.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:40",
        re(1130),
        "Hallo\nich bestätige termin 19.02 war gut\nDanke\nMehmet Aydin\n\n\n"
        "Gesendet von meinem Galaxy",
        client="samsung", reply="cr-1130", style="samsung",
        note="learner's German, day without year")  # fmt: skip
    yes("bs14_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:05",
        re(1136, "RE"),
        "Hi,\n\nyes, the session on 14 April took place. Thanks a lot.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bs15_berger_formell.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 16:30",
        re(1142),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische "
        "Behandlung am Mittwoch, den 6. Mai stattgefunden hat.\n\nFreundliche Grüße\n"
        "Ursula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("bs16_hoffmann_zwei_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:10",
        re(1043, "AW"),
        "Hallo,\n\nbeide Termine heute (18.05., morgens Gerät und mittags die MT) haben "
        "stattgefunden.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    yes("bs17_popescu_yahoo.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:48",
        re(1046, "Re"),
        "Guten Tag,\n\nich bestetige das die Therapie am 2 Juni stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("bs18_brandt_moin.eml", 10, (1065,), ("2026-07-17",), "2026-07-18 09:12",
        re(1065),
        "Moin,\n\nTermin vom 17.07. hat stattgefunden.\n\nGruß Lukas",
        client="thunderbird", reply="cr-1065", style="thunderbird")  # fmt: skip
    yes("bs19_carter_today.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        re(1069, "Re"),
        "Hi there,\n\nconfirming that today's session (Aug 3) took place.\n\nBest,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bs20_yildiz_heute.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:40",
        re(1075, "Re"),
        "Hallo ja war heute termin alles gut\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("bs21_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:03",
        re(1082, "AW"),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlung vom 10.09.2026.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n\nVogel & Partner "
        "Rechtsanwälte PartG mbB\nHohenzollernring 12, 50672 Köln\nTel. 0221 4401 230 | "
        "Fax 0221 4401 239\nm.vogel@vogel-partner.de",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="signature holds phone numbers and an address")  # fmt: skip
    yes("bs22_zimmermann_knapp.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 17:58",
        re(1093, "AW"),
        "Behandlung am 5.10. fand statt.\nK. Zimmermann",
        client="outlook", reply="cr-1093", style="outlook_classic")  # fmt: skip
    yes("bs23_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:11",
        re(1099, "AW"),
        "Guten Morgen,\n\ndie Behandlung gestern Abend (14.10.) hat stattgefunden.\n\n"
        "Viele Grüße\nBirgit Schäfer\n\n--\nSchäfer Steuerberatung\nLindenstraße 4, "
        "30159 Hannover\nTel. 0511 889 20 0",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, at the office next morning")  # fmt: skip
    yes("bs24_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:15",
        re(1116, "Re"),
        "Bestätigt – Termin am 06.11. hat stattgefunden.\n\nDavid Nowak\n\n"
        "Sent with Proton Mail secure email.",
        reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("bs25_yildiz_samsung.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 13:05",
        re(1078),
        "Termin am 26.8 war, danke\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip
    yes("bs26_lehmann_heute_und.eml", 14, (1091, 1092), ("2026-10-06", "2026-10-13"),
        "2026-10-13 16:01", re(1092, "Re"),
        "Ja, heute hat stattgefunden, und der 6.10. übrigens auch – hatte vergessen "
        "zu antworten, sorry!\nanna",
        client="gmail", reply="cr-1092", style="gmail",
        note="today and a forgotten earlier week")  # fmt: skip


def several_and_late() -> None:
    """New mails naming several days, some weeks late."""
    yes("bs27_neumann_zwei.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:04", "Bestätigung Termine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen am "
        "Telefon am 7.7. und 9.7.2026.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("bs28_koch_nachtrag.eml", 18, (1109, 1110, 1111, 1112, 1113),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01", "2026-04-08"),
        "2026-04-10 09:30", "Bestätigung meiner Termine",
        "Guten Tag,\n\nich habe Ihre Mails leider nicht gleich gesehen. Die Termine am "
        "23.3., 25.3., 30.3. und 1.4. haben alle stattgefunden. Am 8.4. auch.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline", note="five phone sessions in one new mail")  # fmt: skip
    yes("bs29_krueger_spaet.eml", 1, (1004, 1005, 1006, 1007, 1008, 1009),
        ("2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24", "2026-03-03", "2026-03-10"),
        "2026-03-20 20:15", "Termine Februar/März",
        "Hallo,\n\nich hab gerade gemerkt dass ich auf einige Mails nicht geantwortet habe. "
        "Die Termine am 3.2., 10.2., 17.2. und 24.2. haben alle stattgefunden, ebenso am 3. "
        "und 10. März.\n\nViele Grüße\nSabine Krüger",
        client="webde", note="six sessions named, weeks late")  # fmt: skip
    yes("bs30_carter_late.eml", 11, (1070, 1071, 1072, 1073, 1074),
        ("2026-08-10", "2026-08-17", "2026-08-24", "2026-08-31", "2026-09-07"),
        "2026-09-21 19:40", "Confirming my sessions",
        "Hello,\n\nsorry, I forgot to reply to a few of your emails. The sessions on "
        "August 10, 17, 24 and 31 all took place, as did the last one on September 7.\n\n"
        "Thanks for everything!\nEmily Carter",
        client="gmail", note="English, five days, two weeks late")  # fmt: skip


def yes_with_something() -> None:
    """A yes with a question or a problem beside it: recorded, and staff must look."""
    yes("bs31_becker_rechnung.eml", 2, (1012,), ("2026-02-09",), "2026-02-09 19:30",
        re(1012, "Re"),
        "Ja, hat stattgefunden (9.2.).\n\nKurze Frage: kann ich die Rechnung gesammelt am "
        "Ende der Serie bekommen? Wegen der Beihilfe wäre mir das lieber.\n\nGruß T. Becker",
        client="gmail", reply="cr-1012", style="gmail", staff=True, extra=("question",),
        note="yes plus a billing question")  # fmt: skip
    yes("bs32_demir_bild.eml", 3, (1024,), (), "2026-04-08 10:02", re(1024, "Re"),
        "Ja hat stattgefunden, aber das Bild hat die ganze Zeit gehangen, war echt "
        "mühsam. Können wir nächstes Mal lieber telefonieren?\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1024", style="iphone", staff=True,
        extra=("technical", "question"),
        note="yes under our request, plus a video problem and a wish for phone")  # fmt: skip
    yes("bs33_aydin_keiner.eml", 22, (1133,), ("2026-03-12",), "2026-03-19 13:35",
        re(1133),
        "Hallo\n12.3. war termin ja.\naber heute 19.3. hat keiner angerufen ich habe "
        "gewartet. bitte melden\nMehmet Aydin",
        client="samsung", reply="cr-1133", style="samsung", staff=True,
        extra=("other",),
        note="12.03 confirmed; 19.03 did not take place, so it is neither recorded nor "
             "a date")  # fmt: skip


def look_alikes() -> None:
    """Mail that reads like a confirmation and is not one."""
    no("bs34_wagner_absage.eml", 21, ("cancellation",), "2026-01-30 07:55",
       "Absage Montag",
       "Hallo,\n\nich muss den Termin am Montag (2.2.) leider absagen, ich liege mit "
       "Grippe flach.\n\nLG Sophie Wagner",
       client="gmail", note="cancels a coming session")  # fmt: skip
    no("bs35_schulz_spaeter.eml", 5, ("reschedule",), "2026-05-06 17:10",
       "Re: Erinnerung: Ihr Termin am 07.05.2026",
       "Hallo,\ngeht es morgen auch eine Stunde später? Ich schaffe es sonst nicht "
       "rechtzeitig von der Arbeit nach Hause.\nViele Grüße\nMarie Schulz",
       client="thunderbird", reply="rem-1037", style="thunderbird",
       note="reply to a reminder asking to move tomorrow's session")  # fmt: skip
    no("bs36_richter_matte.eml", 8, ("question",), "2026-06-15 21:10",
       "Re: Ihr Videotermin am 17.06.2026",
       "Hi, kurze Frage: muss ich für die MT am Mittwoch irgendwas vorbereiten? Matte, "
       "Handtuch oder so?\nJonas\n\nVon meinem iPhone gesendet",
       client="iphone", reply="vl-1053", style="iphone",
       note="question about a coming session")  # fmt: skip
    no("bs37_jansen_niemand.eml", 17, ("technical",), "2026-11-05 11:45",
       re(1106, "Re"),
       "Hallo,\n\nder Termin heute hat leider nicht stattgefunden. Ich war ab 9:55 im "
       "Raum, aber es kam niemand dazu. Wie machen wir das jetzt?\n\nGruß Ole",
       client="gmail", reply="cr-1106", style="gmail",
       note="reply under our request: the session did not take place")  # fmt: skip
    yes("bs38_zimmermann_abgesagt.eml", 15, (), (), "2026-10-27 10:02",
        "Bestätigung Behandlung",
        "Hiermit bestätige ich die Behandlung vom 26.10.\n\nK. Zimmermann",
        client="outlook", staff=True,
        note="26.10 was cancelled: nothing to record, staff must look")  # fmt: skip
    no("bs39_nowak_danke.eml", 19, ("other",), "2026-11-19 08:40",
       "Re: Erinnerung: Ihr Termin am 20.11.2026",
       "Danke, passt. Bis morgen!\n\nDavid\n\nSent with Proton Mail secure email.",
       reply="rem-1118", style="gmail_en", staff=False,
       note="a thank-you to a reminder; nobody needs to do anything")  # fmt: skip
    no("bs40_hoffmann_dienstag.eml", 6, ("question",), "2026-05-20 07:58",
       "Termin nächste Woche",
       "Guten Morgen,\n\nich bestätige den Termin am Dienstag 26.05. um 7:30, passt mir. "
       "Wegen Pfingstmontag ist der auf Dienstag gerutscht, oder? Dann ist der 1.6. "
       "wieder normal Montag?\n\nGruß\nPeter Hoffmann",
       client="outlook",
       note="agrees to a coming session and asks about the next one; no treatment "
            "confirmed")  # fmt: skip
    no("bs41_oneill_move.eml", 23, ("reschedule",), "2026-05-11 20:05",
       "RE: Erinnerung: Ihr Termin am 12.05.2026",
       "Hi,\n\nsomething came up at work tomorrow evening – could we move the session to "
       "Wednesday or Thursday, same time?\n\nThanks,\nJames",
       client="outlook", reply="rem-1140", style="outlook_en")  # fmt: skip
    no("bs42_berger_nicht.eml", 24, ("other",), "2026-06-10 11:05", re(1147),
       "Guten Tag,\n\ndie Behandlung heute hat nicht stattgefunden, ich war beim Arzt und "
       "hatte ja vorher angerufen. Bitte nicht abrechnen.\n\nFreundliche Grüße\n"
       "Ursula Berger",
       client="thunderbird", reply="cr-1147", style="thunderbird",
       note="under our request: the session did not take place")  # fmt: skip
    yes("bs43_popescu_falscher_tag.eml", 7, (), ("2026-06-24",), "2026-06-24 16:10",
        re(1049, "Re"),
        "Hallo,\n\nja die Behandlung am 24.6. war.\n\nMit freundlichen Grüßen\n"
        "Elena Popescu",
        client="yahoo", reply="cr-1049", style="yahoo", staff=True,
        note="under our request for 23.06 she names 24.06, a day with no appointment: "
             "contradicts, staff must look")  # fmt: skip
    no("bs44_wolff_nummer.eml", 4, ("question",), "2026-02-19 14:30",
       "Re: Erinnerung: Ihr Termin am 20.02.2026",
       "Guten Tag,\n\nruft mich die Therapeutin morgen an oder muss ich anrufen? Meine "
       "Nummer hat sich geändert, neu ist 0171 5551234.\n\nMit freundlichem Gruß\n"
       "H.-J. Wolff",
       client="tonline", reply="rem-1033", style="tonline",
       note="question about a coming phone session, new phone number")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    with_the_day()
    several_and_late()
    yes_with_something()
    look_alikes()
    for mail in mc.MAILS:  # a reply is written after the mail of ours it answers
        for row in mc.OUTBOX.values():
            if row.message_id.encode() in mail.raw:
                assert row.sent_at < mail.mail_date, mail.file
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
