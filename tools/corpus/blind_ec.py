"""Write blind set EC: a plain inbox of the whole year, written mostly by working people
in their thirties to fifties (replies from the office or between meetings, one registered
work address, Outlook signatures with titles, phone numbers and disclaimers, month-end
collections of several sessions, some English). 43 mails: 34 meant as confirmations (one
naming only a day without an appointment, one naming a cancelled day beside a real one,
some with a question or a cancellation beside the yes) and 9 look-alikes: a cancellation,
a reschedule wish, questions about a coming session, a missed session, two sessions that
did not take place for technical reasons, and a thank-you for a reminder.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ec`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ec")

VOGEL_SIG = """Mit freundlichen Grüßen

Dr. Michael Vogel
Rechtsanwalt | Fachanwalt für Arbeitsrecht | Partner

Vogel & Partner Rechtsanwälte mbB
Königsallee 61 | 40212 Düsseldorf
T +49 211 8765 430 | F +49 211 8765 439
m.vogel@vogel-partner.de | www.vogel-partner.de

Sitz der Gesellschaft: Düsseldorf | AG Essen PR 2231

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail ist nicht gestattet."""

SCHAEFER_SIG = """Mit freundlichen Grüßen

Birgit Schäfer
Steuerberaterin

Schäfer Steuerberatung
Niederwall 23 · 33602 Bielefeld
Telefon 0521 557 880-12 · Telefax 0521 557 880-99
b.schaefer@schaefer-steuerberatung.de

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt."""

OFFICE_SCHAEFER = "b.schaefer@schaefer-steuerberatung.de"


def office() -> None:
    """Replies from the office, between meetings, with signatures and disclaimers."""
    yes("ec01_becker_outlook_signature.eml", 2, (1010,), ("2026-02-02",), "2026-02-03 08:12",
        re(1010), "Hallo,\n\nja, die Behandlung am 02.02. hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker\n\nMobil: 0171 4432 918",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("ec02_becker_month_end_february.eml", 2,
        (1011, 1012, 1013, 1014, 1015, 1016, 1017),
        ("2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19", "2026-02-23",
         "2026-02-26"),
        "2026-02-27 18:40", "Bestätigung Behandlungen Februar",
        "Guten Abend,\n\nich sammle das mal für den ganzen Monat, sorry für die Verspätung:\n"
        "Die Termine (Manuelle Therapie, Telefon) am 5.2., 9.2., 12.2., 16.2., 19.2., 23.2. "
        "und gestern am 26.2. haben alle stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker",
        client="outlook",
        note="month-end collection of seven sessions; 02.02. is not among them")  # fmt: skip
    yes("ec03_hoffmann_iphone_between_meetings.eml", 6, (1040,), ("2026-05-04",),
        "2026-05-04 09:41", re(1040), "Bestätige 04.05.\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1040", style="iphone")  # fmt: skip
    yes("ec04_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:20",
        "Termine 18.05.",
        "Hallo Praxisteam,\n\nkurz zur Bestätigung: heute (18.05.) hatte ich zwei Termine, "
        "morgens KG am Gerät und mittags die Manuelle Therapie. Beide haben stattgefunden.\n\n"
        "Viele Grüße\nPeter Hoffmann\n\n"
        "Peter Hoffmann\nLeiter Einkauf\nTel. +49 89 2019 334-210",
        client="outlook", note="two sessions on one day, both confirmed")  # fmt: skip
    yes("ec05_hoffmann_yes_and_invoice_question.eml", 6, (1041,), ("2026-05-11",),
        "2026-05-11 10:05", re(1041),
        "Guten Morgen,\n\nTermin 11.05. hat stattgefunden.\n\nKurze Frage nebenbei: kann ich die "
        "Rechnung künftig auf meine Firmenadresse bekommen? Die Adresse schicke ich gerne.\n\n"
        "Gruß\nP. Hoffmann",
        client="outlook", reply="cr-1041", style="outlook", staff=True, extra=("question",),
        note="clean yes plus a billing question")  # fmt: skip
    yes("ec06_vogel_formal_disclaimer.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:15",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom 10.09.2026."
        "\n\n" + VOGEL_SIG,
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("ec07_vogel_two_sessions.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-30 19:02", "Behandlungen 17.09. und 24.09.",
        "Sehr geehrte Damen und Herren,\n\nich komme erst jetzt dazu: Die Termine am 17.09. und "
        "24.09. haben jeweils wie geplant stattgefunden.\n\n" + VOGEL_SIG,
        client="outlook")  # fmt: skip
    yes("ec08_schaefer_work_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:47",
        re(1098), "Guten Morgen,\n\nich bestätige die Behandlung am 07.10.2026.\n\n" + SCHAEFER_SIG,
        client="outlook", reply="cr-1098", style="outlook", sender=OFFICE_SCHAEFER,
        name="Birgit Schäfer", note="from her registered work address")  # fmt: skip
    yes("ec09_schaefer_october_collected.eml", 16, (1099, 1100, 1101),
        ("2026-10-14", "2026-10-21", "2026-10-28"), "2026-10-30 21:15", "Bestätigung Oktober",
        "Hallo liebes Praxisteam,\n\nich hab das im Oktober etwas schleifen lassen, daher "
        "gesammelt: 14.10., 21.10. und 28.10. haben stattgefunden, jeweils abends per Video.\n\n"
        "Schönes Wochenende\nBirgit Schäfer",
        client="webde")  # fmt: skip
    no("ec10_schaefer_cancel_tomorrow.eml", 16, ("cancellation", "reschedule"),
       "2026-11-10 21:05", rem(1103),
       "Hallo,\n\nmorgen Abend muss ich leider absagen, die Jahresabschlussbesprechung mit einem "
       "Mandanten zieht sich. Ginge stattdessen Donnerstag oder Freitag?\n\n" + SCHAEFER_SIG,
       client="outlook", reply="rem-1103", style="outlook", sender=OFFICE_SCHAEFER,
       name="Birgit Schäfer", note="cancels 11.11. and asks for another day")  # fmt: skip


def university() -> None:
    sig = ("--\nDr. Anna Lehmann\nWissenschaftliche Mitarbeiterin\nInstitut für Soziologie\n"
           "Universität Beispielstadt\nRaum 3.142 | Tel. +49 521 106-4417")  # fmt: skip
    yes("ec11_lehmann_today.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:02", re(1087),
        "Hallo,\n\nja, hat heute stattgefunden (08.09.).\n\nViele Grüße\nAnna Lehmann\n\n" + sig,
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    no("ec12_lehmann_missed.eml", 14, ("other", "reschedule"), "2026-09-29 16:30", re(1090),
       "Hallo,\n\nich war heute leider nicht dabei, die Institutssitzung ist überzogen und ich "
       "habe den Termin schlicht verpasst. Tut mir leid! Kann man den nachholen?\n\n"
       "Viele Grüße\nAnna Lehmann\n\n" + sig,
       client="thunderbird", reply="cr-1090", style="thunderbird",
       note="missed the session of 29.09.; nothing to confirm")  # fmt: skip
    yes("ec13_lehmann_bottom_post.eml", 14, (1091,), ("2026-10-06",), "2026-10-07 09:10",
        re(1091), "Bestätige den Termin vom 6.10.\n\nA. Lehmann\n\n" + sig,
        client="thunderbird", reply="cr-1091", style="thunderbird", bottom=True)  # fmt: skip


def private_and_english() -> None:
    yes("ec14_brandt_jo.eml", 10, (1063,), (), "2026-07-03 17:45", re(1063),
        "Jo, hat stattgefunden. Danke!\n\nLukas", client="gmail", reply="cr-1063",
        style="gmail", note="a yes under our request for 03.07.")  # fmt: skip
    yes("ec15_brandt_july.eml", 10, (1064, 1065, 1066, 1067),
        ("2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"), "2026-07-31 20:10",
        "Sammelbestätigung Juli",
        "Hi,\n\nSammelbestätigung für Juli: 10.7., 17.7., 24.7. und heute 31.7. - alles per "
        "Video, alles stattgefunden.\n\nSchönes WE\nLukas Brandt",
        client="gmail")  # fmt: skip
    yes("ec16_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:30",
        re(1069, "Re"),
        "Hi,\n\nyes, I can confirm that the session on 3 August took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    no("ec17_carter_video_failed.eml", 11, ("technical", "reschedule"), "2026-08-24 15:10",
       re(1072, "Re"),
       "Hi,\n\nI'm afraid today's session didn't really happen - the video kept freezing and after "
       "about ten minutes we gave up. Could we schedule a make-up session?\n\nBest,\nEmily",
       client="gmail", reply="cr-1072", style="gmail_en",
       note="session of 24.08. broke off after ten minutes")  # fmt: skip
    yes("ec18_carter_two_english.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 08:55", "Confirming sessions",
        "Hi there,\n\njust confirming that my sessions on Aug 10 and Aug 17 both took place.\n\n"
        "Best regards,\nEmily Carter\nSenior Product Manager | Berlin\n+49 30 8890 1123",
        client="gmail")  # fmt: skip
    yes("ec19_oneill_outlook_en.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:05",
        re(1136, "RE"),
        "Confirmed - the call on 14 April went ahead.\n\nRegards,\nJames\n\nJames O'Neill\n"
        "Head of Finance EMEA\nM +49 151 2277 4410",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("ec20_oneill_late_one_cut_short.eml", 23, (1137, 1138, 1139, 1140),
        ("2026-04-21", "2026-04-28", "2026-05-05", "2026-05-12"), "2026-05-22 12:30",
        "Session confirmations",
        "Hi,\n\nsorry for being slow with these. I can confirm the phone sessions on 21/04, "
        "28/04, 05/05 and 12/05.\n\nThe one on 19 May I had to cut short after about ten minutes "
        "because of a call from the US office - please check with the therapist how you want to "
        "handle that one.\n\nRegards,\nJames O'Neill",
        client="outlook", staff=True,
        note="four confirmed; 19.05. cut short, for staff")  # fmt: skip
    yes("ec21_nowak_short.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:20", re(1116),
        "Bestätigt: 06.11.2026, MT per Video.\n\nBeste Grüße\nDavid Nowak",
        reply="cr-1116", style="thunderbird")  # fmt: skip
    no("ec22_nowak_hotel_question.eml", 19, ("question",), "2026-11-26 12:00", rem(1119),
       "Hallo,\n\nmorgen bin ich auf Dienstreise in München. Kann ich den Termin einfach vom "
       "Hotel aus machen? Das WLAN dort ist meistens ok. Brauche ich dafür einen anderen "
       "Zugangscode?\n\nDanke und Gruß\nDavid Nowak",
       reply="rem-1119", style="thunderbird",
       note="question about the coming session of 27.11.")  # fmt: skip
    no("ec23_hoffmann_pfingsten_question.eml", 6, ("question",), "2026-05-25 08:00", rem(1044),
       "Passt, bin dabei. Ist wegen Pfingstmontag erst Dienstag, richtig? Gleiche Uhrzeit?\n\n"
       "Gesendet von meinem iPhone",
       client="iphone", reply="rem-1044", style="iphone",
       note="question about the coming session of 26.05.")  # fmt: skip


def everyday() -> None:
    yes("ec24_demir_lowercase.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:40", re(1019),
        "hat stattgefunden, 4.3.\n\nlg aylin", client="gmail", reply="cr-1019",
        style="gmail")  # fmt: skip
    yes("ec25_demir_cancelled_day_too.eml", 3, (1024,), ("2026-04-01", "2026-04-08"),
        "2026-04-09 07:55", "Bestätigung",
        "Hallo, ich wollte noch die Termine am 1.4. und 8.4. bestätigen.\n\nLG Aylin Demir",
        client="gmail", staff=True,
        note="01.04. was cancelled in the practice's records; only 08.04. recorded")  # fmt: skip
    yes("ec26_aydin_samsung.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:10", re(1130),
        "Ja telefon termin heute 19.02 war ok. Danke\n\nMehmet Aydın\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("ec27_wagner_gmx.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:30", re(1124),
        "Hallo,\nbestätige hiermit den Termin vom 12.01..\nVG Sophie Wagner",
        client="webde", reply="cr-1124", style="webde")  # fmt: skip
    yes("ec28_wagner_late_four.eml", 21, (1125, 1126, 1128, 1129),
        ("2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"), "2026-02-20 13:15",
        "Bestätigung Termine Januar/Februar",
        "Hallo zusammen,\n\nmir ist aufgefallen, dass ich ein paar Bestätigungen nicht "
        "geschickt habe. Stattgefunden haben: 19.01., 26.01., 09.02. und 16.02. Der 02.02. ist "
        "ja ausgefallen.\n\nVG Sophie Wagner",
        client="webde",
        note="four confirmed; the cancelled 02.02. named as cancelled")  # fmt: skip
    yes("ec29_yildiz_webde.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00", re(1075),
        "Guten Tag,\nich bestätige Telefon Termin am 5.8.2026.\nMit freundlichen Grüßen\n"
        "Fatma Yıldız",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    no("ec30_yildiz_start_on_time.eml", 12, ("question",), "2026-08-25 12:00", rem(1078),
       "Hallo, ich kann morgen nur bis 10:45, dann muss ich zur Arbeit. Ist es okay wenn wir "
       "pünktlich anfangen und etwas früher aufhören?\nDanke Fatma",
       client="webde", reply="rem-1078", style="webde",
       note="question about the coming session of 26.08.")  # fmt: skip
    yes("ec31_richter_thumbs.eml", 8, (1051,), (), "2026-06-03 19:40", re(1051),
        "Ja hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone",
        note="a yes under our request for 03.06.")  # fmt: skip
    yes("ec32_richter_forgot_one.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"),
        "2026-06-25 07:35", re(1054),
        "Bestätige 17.6. und 24.6., den vom 17. hatte ich vergessen\n\nJonas",
        client="iphone", reply="cr-1054", style="iphone")  # fmt: skip
    yes("ec33_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:40", re(1104),
        "Moin,\n\nja, Termin am 22.10. hat stattgefunden.\n\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    no("ec34_jansen_code_invalid.eml", 17, ("technical",), "2026-11-05 12:00", re(1106),
       "Moin,\n\nheute hat's leider nicht geklappt, ich bin gar nicht in die Sitzung "
       "reingekommen (Code ungültig?). Hab 15 Minuten gewartet und dann aufgegeben. Was nun?\n\n"
       "Ole",
       client="gmail", reply="cr-1106", style="gmail",
       note="session of 05.11. did not take place")  # fmt: skip
    yes("ec35_hartmann_yesterday.eml", 20, (1120,), ("2026-11-03",), "2026-11-04 07:50",
        re(1120),
        "Guten Morgen,\n\ndie Behandlung gestern, 03.11., hat stattgefunden.\n\nLG Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    no("ec36_hartmann_later_time.eml", 20, ("reschedule",), "2026-11-16 17:30", rem(1122),
       "Hallo,\n\ngeht der Termin morgen ausnahmsweise auch um 18 Uhr statt 17 Uhr? Ich komme "
       "sonst nicht rechtzeitig aus dem Büro.\n\nLG Leonie Hartmann",
       client="webde", reply="rem-1122", style="webde",
       note="asks to move 17.11. by an hour")  # fmt: skip
    yes("ec37_schulz_bottom.eml", 5, (1035,), ("2026-04-23",), "2026-04-24 08:20", re(1035),
        "Hiermit bestätigt (23.04.).\n\nMarie Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", bottom=True)  # fmt: skip
    yes("ec38_schulz_holiday_no_appointment.eml", 5, (), ("2026-05-14",), "2026-05-15 09:10",
        "Bestätigung Behandlung",
        "Hallo,\n\nich bestätige die Behandlung von gestern, 14.05.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", staff=True,
        note="no appointment on 14.05. (Himmelfahrt); her sessions are 07.05. and 21.05.")  # fmt: skip
    yes("ec39_wolff_tonline.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:30", re(1028),
        "Guten Tag,\n\nich bestätige, dass die Behandlung am Freitag, den 16. Januar "
        "stattgefunden hat.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    no("ec40_koch_thanks_reminder.eml", 18, ("other",), "2026-04-07 16:10", rem(1113),
       "Danke für die Erinnerung, ich bin da.\n\nRenate Koch",
       client="tonline", reply="rem-1113", style="tonline", staff=False,
       note="a thank-you under our reminder; nothing to do")  # fmt: skip
    yes("ec41_berger_yes_and_holiday.eml", 24, (1144,), ("2026-05-20",), "2026-05-21 10:15",
        "Behandlung 20.05. / Urlaub",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlung vom 20.05.\n\nAm 03.06. bin ich "
        "leider im Urlaub, bitte den Termin absagen.\n\nMit freundlichen Grüßen\nUrsula Berger",
        staff=True, extra=("cancellation",),
        note="confirms 20.05. and cancels 03.06.")  # fmt: skip
    yes("ec42_zimmermann_arcor.eml", 15, (1095,), ("2026-10-19",), "2026-10-19 14:00",
        re(1095), "Hallo, Behandlung vom 19.10. hat stattgefunden.\nGruß K. Zimmermann",
        client="thunderbird", reply="cr-1095", style="thunderbird")  # fmt: skip
    yes("ec43_popescu_yahoo_learner.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 14:25",
        re(1047), "Hallo,\ndie Behandlung am 9 Juni war gemacht, alles gut.\nDanke schön\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip


def main() -> None:
    load_practice()
    office()
    university()
    private_and_english()
    everyday()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
