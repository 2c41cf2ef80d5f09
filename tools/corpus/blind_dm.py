"""Write blind set DM: a plain inbox of the whole year, written mostly by working people in
their thirties to fifties: short replies from the office or between meetings, some from a
registered work address, Outlook habits (signature blocks with titles and phone numbers,
disclaimers, "Mit freundlichen Grüßen"), a few who collect the month's sessions in one mail,
a few in English. 43 mails: 33 confirmations (one also naming a cancelled day, one naming
a day without an appointment, which records nothing) and 10 look-alikes (a cancellation, reschedule wishes, a
question about a coming session, missed sessions, a session cut short, replies to a
reminder and a video link, an out-of-office reply).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dm`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_dm")

SCHAEFER_WORK = "b.schaefer@schaefer-steuerberatung.de"

VOGEL_SIG = """Mit freundlichen Grüßen

Dr. Michael Vogel
Rechtsanwalt | Partner

VOGEL & PARTNER mbB Rechtsanwälte
Friedrichstraße 118 | 10117 Berlin
T +49 30 8891 4420 | F +49 30 8891 4429
m.vogel@vogel-partner.de | www.vogel-partner.de

Amtsgericht Charlottenburg PR 1187 B
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet."""

SCHAEFER_SIG = """Mit freundlichen Grüßen

Birgit Schäfer
Steuerberaterin

Schäfer Steuerberatung
Kantstraße 54, 10627 Berlin
Tel.: 030 / 31 80 77-0
Fax: 030 / 31 80 77-19
b.schaefer@schaefer-steuerberatung.de

Bitte beachten Sie: Unsere Kanzlei ist vom 24.12. bis 02.01. geschlossen.
Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt."""

HOFFMANN_SIG = """Mit freundlichen Grüßen / Best regards

Peter Hoffmann
Teamleiter Controlling

Nordwerk Logistik GmbH
Am Borsigturm 12 | 13507 Berlin
Tel. +49 30 4309 2215 | Mobil +49 171 5520 378

Geschäftsführer: Jens Albrecht, Katrin Sommer | HRB 204511 B
Please consider the environment before printing this e-mail."""

ONEILL_SIG = """Kind regards,

James O'Neill
Senior Consultant | Digital Transformation
Brightline Advisory GmbH
M: +49 152 0934 7781
james.oneill@outlook.com"""

BECKER_SIG = """Mit freundlichen Grüßen
Thomas Becker

Dipl.-Ing. Thomas Becker
Vertriebsingenieur Region Ost
Tel. 0341 / 22 71 905
Mobil 0160 / 94 33 12 07"""

LEHMANN_SIG = (
    "-- \n"
    + """Dr. Anna Lehmann
Wissenschaftliche Mitarbeiterin
Institut für Sozialwissenschaften, Raum 3.112
Tel. +49 30 2093 66 412"""
)


def winter() -> None:
    """January to March."""
    yes("dm01_krueger_reply_with_day.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:41",
        re(1003), "Hallo,\n\nich bestätige die Behandlung heute, 27.01.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("dm02_wagner_samsung_short.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:58",
        re(1124), "Hallo! Ja der Termin am 12.1. hat stattgefunden\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1124", style="samsung")  # fmt: skip
    yes("dm03_wagner_confirm_and_move.eml", 21, (1125,), ("2026-01-19",), "2026-01-19 12:20",
        re(1125),
        "Hallo zusammen,\n\n19.01. hat stattgefunden, danke.\n\nKurze Frage: kann ich nächsten"
        " Montag (26.01.) statt um 9:30 erst um 11 Uhr? Ich hab morgens ein Teammeeting das"
        " ich nicht verschieben kann.\n\nGrüße\nSophie Wagner",
        client="gmail", reply="cr-1125", style="gmail", staff=True, extra=("reschedule",),
        note="confirms the 19th and asks to move the 26th")  # fmt: skip
    yes("dm04_wolff_two_late.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-04 19:22", "Bestätigung Termine",
        "Guten Abend,\n\nentschuldigen Sie bitte die Verspätung, die letzten Wochen waren auf"
        " der Arbeit sehr voll. Die Telefontermine am Freitag 23.01. und Freitag 30.01. haben"
        " beide stattgefunden.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("dm05_becker_outlook_signature.eml", 2, (1010,), ("2026-02-02",), "2026-02-03 08:47",
        re(1010), "Guten Morgen,\n\nich bestätige die Behandlung am 02.02.2026.\n\n" + BECKER_SIG,
        client="outlook", reply="cr-1010", style="outlook_classic")  # fmt: skip
    yes("dm06_becker_month_collected.eml", 2,
        (1011, 1012, 1013, 1014, 1015, 1016, 1017),
        ("2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19", "2026-02-23",
         "2026-02-26"),
        "2026-02-27 21:14", "Bestätigung Behandlungen Februar",
        "Hallo Praxis-Team,\n\nwie am Telefon besprochen hier gesammelt für Februar. Folgende"
        " Termine (Manuelle Therapie, telefonisch) haben stattgefunden:\n\n"
        "- Do 05.02.\n- Mo 09.02.\n- Do 12.02.\n- Mo 16.02.\n- Do 19.02.\n- Mo 23.02.\n"
        "- Do 26.02.\n\n" + BECKER_SIG,
        client="outlook")  # fmt: skip
    yes("dm07_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:31",
        re(1130), "Hallo,\nich bestätige Termin von heute 19.02.2026 ist gemacht.\nMit freundliche"
        " Grüße\nMehmet Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("dm08_demir_lowercase.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:13",
        re(1019, "Re"), "hat stattgefunden am 4.3., danke!\nlg aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("dm09_demir_no_day.eml", 3, (1021,), (), "2026-03-18 12:07",
        re(1021, "Re"), "Ja, fand statt. Danke und viele Grüße\nAylin Demir",
        client="iphone", reply="cr-1021", style="iphone",
        note="a yes under our request for 18.03.2026")  # fmt: skip
    yes("dm10_koch_monday.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:40",
        re(1109), "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die"
        " Krankengymnastik am Montag, 23.3. telefonisch stattgefunden hat.\n\nMfg\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip


def spring() -> None:
    """April to June."""
    yes("dm11_demir_after_easter.eml", 3, (1024, 1025), ("2026-04-08", "2026-04-15"),
        "2026-04-20 21:48", "Bestätigung",
        "Hallo liebes Praxisteam,\n\nsorry, bin nicht früher dazugekommen. 08.04. und 15.04."
        " haben beide stattgefunden (der 01.04. war ja abgesagt).\n\nLG Aylin",
        client="gmail",
        note="the cancelled 1st is named as cancelled, not as a session")  # fmt: skip
    yes("dm12_oneill_english_yesterday.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:05",
        re(1136, "RE"), "Hi there,\n\nHappy to confirm that yesterday's session (14 April) took"
        " place as planned.\n\n" + ONEILL_SIG,
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("dm13_oneill_month_end.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-04-30 17:55", "Confirmation of April sessions",
        "Hello,\n\nquick one between two calls: the phone sessions on 21 and 28 April both"
        " happened.\n\nThanks!\n\n" + ONEILL_SIG,
        client="outlook")  # fmt: skip
    yes("dm14_schulz_apple.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:02",
        re(1034), "Hallo,\n\nbestätige hiermit die Behandlung vom 16.04.2026.\n\nViele Grüße\n"
        "Marie Schulz",
        client="apple", reply="cr-1034", style="iphone")  # fmt: skip
    yes("dm15_schulz_holiday.eml", 5, (), ("2026-05-14",), "2026-05-15 12:30",
        "Bestätigung Termin", "Hallo,\n\nhiermit bestätige ich die Videobehandlung vom"
        " 14.05.2026.\n\nViele Grüße\nMarie Schulz",
        client="apple", staff=True,
        note="no appointment on 14.05. (Ascension Day); the 7th or the 21st? staff asks")  # fmt: skip
    yes("dm16_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:12",
        re(1043), "Hallo,\n\nbeide Termine heute am 18.05. (früh KG am Gerät und mittags die"
        " Manuelle Therapie) haben stattgefunden.\n\n" + HOFFMANN_SIG,
        client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("dm17_berger_yahoo.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 13:44",
        re(1142), "Guten Tag,\n\ndie Behandlung vom 06.05. hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="yahoo", reply="cr-1142", style="yahoo")  # fmt: skip
    yes("dm18_berger_no_day.eml", 24, (1144,), (), "2026-05-20 10:58",
        re(1144), "Ja, hat geklappt. Danke!\n\nU. Berger",
        client="yahoo", reply="cr-1144", style="yahoo",
        note="a yes under our request for 20.05.2026")  # fmt: skip
    yes("dm19_richter_iphone.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:31",
        re(1051), "Bestätigt, 3.6. hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip


def summer() -> None:
    """July to September."""
    yes("dm20_popescu_late.eml", 7, (1046,), ("2026-06-02",), "2026-07-14 16:20",
        re(1046), "Hallo,\n\nEntschuldigung für die späte Antwort, ich habe Ihre Mail erst jetzt"
        " gefunden. Die Behandlung am 2. Juni hat stattgefunden.\n\nViele Grüße\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("dm21_neumann_one_yes_one_no.eml", 9, (1056,), ("2026-07-07",), "2026-07-10 08:35",
        "Termine diese Woche",
        "Guten Morgen,\n\nam Dienstag den 7.7. hat die Behandlung stattgefunden. Am Donnerstag"
        " hat mich aber niemand angerufen, ich habe extra bis halb zehn gewartet. Was war"
        " da los?\n\nMit freundlichen Grüßen\nGisela Neumann",
        staff=True, extra=("question",),
        note="the 9th did not take place: only the 7th, and staff answers")  # fmt: skip
    yes("dm22_brandt_bottom_post.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:02",
        re(1063), "Hat stattgefunden, 03.07.2026.\n\nBeste Grüße\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("dm23_brandt_july_collected.eml", 10, (1064, 1065, 1066, 1067),
        ("2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"), "2026-07-31 19:48",
        "Sammelbestätigung Juli",
        "Hallo,\n\nich sammle das mal zum Monatsende: die Videotermine am 10., 17., 24. und"
        " 31. Juli haben alle stattgefunden.\n\nSchönes Wochenende\nLukas Brandt",
        client="thunderbird")  # fmt: skip
    yes("dm24_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        re(1069, "Re"), "Hi,\n\nconfirming that my session on August 3rd took place.\n\nBest,\n"
        "Emily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("dm25_yildiz_cancelled_day_in.eml", 12, (1078,), ("2026-08-26",), "2026-08-28 20:05",
        "Termine August",
        "Hallo,\n\nich bestätige die Termine am 19.08. und 26.08.\n\nLG Fatma Yıldız",
        client="webde", staff=True,
        note="the 19th was cancelled in our calendar: only the 26th, staff checks")  # fmt: skip
    yes("dm26_vogel_office.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:03",
        re(1082), "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom"
        " 10.09.2026.\n\n" + VOGEL_SIG,
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("dm27_vogel_two_late_night.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-30 22:41", "Behandlungen September",
        "Guten Abend,\n\nnachträglich: die Termine am 17. und 24.09. haben wie geplant"
        " stattgefunden. Bitte entschuldigen Sie die Verzögerung.\n\n" + VOGEL_SIG,
        client="outlook")  # fmt: skip
    yes("dm28_lehmann_uni.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:26",
        re(1087), "Liebes Praxisteam,\n\ndie Sitzung am 8.9. hat stattgefunden.\n\nViele Grüße\n"
        "Anna Lehmann\n\n" + LEHMANN_SIG,
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip


def autumn() -> None:
    """October and November."""
    yes("dm29_zimmermann_typos.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:17",
        re(1093), "termin 5.10 hat statt gefunden\ngruß klaus zimmermann",
        reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("dm30_schaefer_work_yesterday.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:12",
        re(1098), "Guten Morgen,\n\ndie Behandlung gestern Abend (07.10.) hat stattgefunden.\n\n"
        + SCHAEFER_SIG,
        client="outlook", reply="cr-1098", style="outlook", sender=SCHAEFER_WORK,
        name="Birgit Schäfer")  # fmt: skip
    yes("dm31_schaefer_october_collected.eml", 16, (1098, 1099, 1100, 1101),
        ("2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"), "2026-10-30 17:36",
        "Bestätigung Oktober",
        "Hallo zusammen,\n\nzum Monatsende gesammelt: die Videotermine am 07.10., 14.10., 21.10."
        " und 28.10. haben stattgefunden.\n\n" + SCHAEFER_SIG,
        client="outlook", sender=SCHAEFER_WORK, name="Birgit Schäfer")  # fmt: skip
    yes("dm32_hartmann_first.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:05",
        re(1120), "Hallo,\n\nja, die erste Stunde am 3.11. hat stattgefunden, war sehr"
        " hilfreich!\n\nLiebe Grüße\nLeonie Hartmann",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("dm33_nowak_two_english.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-23 08:30", "Sessions 13 and 20 Nov",
        "Hi,\n\nconfirming the sessions on Nov 13 and Nov 20, both took place.\n\nCheers,\nDavid",
        client="plain")  # fmt: skip


def look_alikes() -> None:
    no("dm34_lehmann_cancel.eml", 14, ("cancellation",), "2026-09-17 16:40",
       "Absage Termin 22.09.",
       "Liebes Praxisteam,\n\nich muss den Termin am Dienstag, 22.09., leider absagen – ich bin"
       " auf Dienstreise in Hamburg. Der Termin am 29.09. bleibt wie geplant.\n\nViele Grüße\n"
       "Anna Lehmann\n\n" + LEHMANN_SIG,
       client="thunderbird")  # fmt: skip
    no("dm35_vogel_move_tomorrow.eml", 13, ("reschedule",), "2026-09-30 07:45",
       rem(1085), "Guten Morgen,\n\nkönnen wir den Termin morgen auf 8:00 Uhr verschieben? Ich"
       " habe um 7 Uhr kurzfristig einen Call mit einem Mandanten.\n\n" + VOGEL_SIG,
       client="outlook", reply="rem-1085", style="outlook")  # fmt: skip
    no("dm36_jansen_question_video.eml", 17, ("question",), "2026-10-26 12:15",
       vl(1105), "Hallo,\n\nmuss ich für KG am Gerät am Donnerstag irgendwas vorbereiten? Ich"
       " habe zuhause nur ein Theraband und eine Hantel.\n\nGruß Ole",
       client="gmail", reply="vl-1105", style="gmail")  # fmt: skip
    no("dm37_carter_missed.eml", 11, ("reschedule",), "2026-08-24 14:10",
       re(1072, "Re"), "Hi,\n\nsorry, I completely missed today's session, I got stuck in a"
       " meeting that ran over. So it did not take place. Could we find another slot this"
       " week?\n\nApologies,\nEmily",
       client="gmail", reply="cr-1072", style="gmail_en",
       note="the session was missed: nothing to confirm")  # fmt: skip
    no("dm38_becker_missed_call.eml", 2, ("other",), "2026-03-02 19:25",
       re(1018), "Hallo,\n\nden Termin heute kann ich leider nicht bestätigen, ich saß noch im"
       " Kundentermin und habe Ihren Anruf verpasst. Bitte nicht abrechnen.\n\n" + BECKER_SIG,
       client="outlook", reply="cr-1018", style="outlook_classic",
       note="missed call on 02.03.: not confirmed")  # fmt: skip
    no("dm39_wolff_cut_short.eml", 4, ("technical",), "2026-02-20 16:02",
       re(1033), "Guten Tag,\n\nbevor ich das bestätige: der Anruf heute ist nach ca. 10"
       " Minuten abgebrochen und es hat niemand zurückgerufen. Wie wird das gehandhabt?\n\n"
       "MfG\nH.-J. Wolff",
       client="tonline", reply="cr-1033", style="tonline",
       note="session of 20.02. only partly took place: no confirmation")  # fmt: skip
    no("dm40_berger_reminder_thanks.eml", 24, ("other",), "2026-05-12 10:20",
       rem(1143), "Danke für die Erinnerung, ich bin morgen dabei.\n\nU. Berger",
       client="yahoo", reply="rem-1143", style="yahoo", staff=False,
       note="acknowledges tomorrow's appointment; nothing to do")  # fmt: skip
    no("dm41_hartmann_reminder_question.eml", 20, ("question",), "2026-11-23 18:30",
       rem(1123), "Hallo,\n\nich bestätige den Termin morgen um 17 Uhr. Kann ich auch vom"
       " Handy aus teilnehmen? Ich bin dann evtl. noch unterwegs.\n\nLG Leonie",
       client="webde", reply="rem-1123", style="webde",
       note="'bestätige' is about tomorrow's appointment; a question")  # fmt: skip
    no("dm42_schulz_reschedule.eml", 5, ("reschedule",), "2026-05-22 11:05",
       "Termin 28.05.",
       "Hallo,\n\nkönnten wir den Termin am 28.05. auf 17 Uhr verlegen? Ich habe um 15:30 eine"
       " Teambesprechung.\n\nViele Grüße\nMarie Schulz",
       client="apple")  # fmt: skip
    mc.human(
        "dm43_vogel_out_of_office.eml", sender=13, date="2026-10-08 08:31",
        subject="Automatische Antwort: " + re(1086, "").removeprefix(": "),
        body="Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.10.2026 nicht im"
        " Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen"
        " wenden Sie sich bitte an mein Sekretariat unter +49 30 8891 4420.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel",
        client="outlook", reply_to="cr-1086",
        extra_headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        label=mc.Label(("auto_reply",), patient=13, needs_staff=False,
                       note="out-of-office reply to our request, no confirmation"),
    )  # fmt: skip


def check_replies() -> None:
    """Every reply is written after the mail it answers."""
    for mail in mc.MAILS:
        head = mail.raw.split(b"\r\n\r\n", 1)[0]
        for row in mc.OUTBOX.values():
            if row.message_id.encode() in head:
                assert row.sent_at < mail.mail_date, mail.file


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    look_alikes()
    check_replies()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
