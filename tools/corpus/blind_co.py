"""Write blind set CO: a plain, representative inbox of the whole year, nothing themed.

47 mails from the patients in practice.toml as they would really answer: mostly short
replies under our confirmation request typed on phones and in webmail (dictation slips,
autocorrect, lower case, a comma or slash as date separator, "Von meinem iPhone
gesendet"), with and without the date, some new mails naming several days, a few late, a
few with a question or a problem beside the yes, some English and learners' German. 35
confirm at least one session; 12 look like confirmations and are not: a "yes" for a
cancelled day, cancellations, a reschedule wish, a question about a coming session, a
session that did not take place, a missed one, an ok to a reminder, a question under our
request.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_co`.
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

HERE = data_dir("blind_co")

IPHONE = "\n\nVon meinem iPhone gesendet"


def winter() -> None:
    """January to March."""
    yes("co01_krueger_iphone_yes.eml", 1, (1003,), (), "2026-01-27 12:41", re(1003),
        "Ja hat stattgefunden" + IPHONE,
        client="iphone", reply="cr-1003", style="iphone",
        note="a bare yes under our request for 27.01.2026")  # fmt: skip
    yes("co02_krueger_webde_date.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 13:15", re(1005),
        "Hallo,\ndie Behandlung am 10.2. hat stattgefunden.\nGrüße S. Krüger\n\n"
        "Gesendet mit der WEB.DE Mail App",
        client="webde", reply="cr-1005", style="webde")  # fmt: skip
    yes("co03_krueger_frozen_video.eml", 1, (1007,), ("2026-02-24",), "2026-02-24 16:02", re(1007),
        "Hallo zusammen,\nja am 24.02. war die Behandlung. Allerdings ist das Bild ständig "
        "eingefroren, wir haben dann die zweite Hälfte nur mit Ton gemacht. Kann man das "
        "beim nächsten Mal irgendwie besser hinkriegen? Muss ich was am Laptop einstellen?\n"
        "Gruß Sabine Krüger",
        client="webde", reply="cr-1007", style="webde",
        staff=True, extra=("technical",),
        note="session held, but a technical problem and a question beside the yes")  # fmt: skip
    yes("co04_becker_short.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:47", re(1010),
        "Bestätige den Termin vom 2.2.26.\nMfG Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("co05_becker_three_days.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 08:02",
        "Bestätigung Behandlungen",
        "Guten Morgen,\n\nich war mit den Bestätigungen etwas nachlässig, daher gesammelt: "
        "die MT-Termine am 05.02., 09.02. und 12.02. haben alle wie geplant telefonisch "
        "stattgefunden.\n\nBeste Grüße\nThomas Becker",
        client="webde", note="a new mail confirming three days")  # fmt: skip
    yes("co06_becker_future_day.eml", 2, (1016,), ("2026-02-23",), "2026-02-25 20:15",
        "Termine", "Hallo,\nhiermit bestätige ich die Termine vom 23.02. und 26.02.\n"
        "Gruß T. Becker",
        client="webde", staff=True,
        note="26.02. is tomorrow, not yet held; only 23.02. may be recorded")  # fmt: skip
    yes("co07_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:32", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am "
        "Freitag, den 16. Januar 2026, telefonisch stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("co08_wolff_two_days_phone_sig.eml", 4, (1030, 1031), ("2026-01-30", "2026-02-06"),
        "2026-02-07 11:20", "Behandlung Wolff",
        "Guten Tag,\n\ndie Termine am 30.1. und am 6.2. haben stattgefunden, ich bitte das "
        "Versäumnis zu entschuldigen, der Computer war beim Enkel zur Reparatur.\n\n"
        "Mit freundlichem Gruß\nH.-J. Wolff\nTel. 0171 2345678",
        client="tonline", note="a new mail naming two days; a phone number in the signature")  # fmt: skip
    yes("co09_wagner_webmail.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 14:05", re(1124),
        "Hallo,\nich bestätige hiermit den Termin vom 12.01.2026.\nLG Sophie Wagner",
        client="webde", reply="cr-1124", style="webde")  # fmt: skip
    yes("co10_aydin_lowercase.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:48", re(1130),
        "hallo termin am 19.2 war ok\ngruss mehmet aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("co11_demir_heute.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:25", re(1019),
        "ja war heute, danke! 😊",
        client="gmail", reply="cr-1019", style="gmail",
        note="'heute' is the day of the requested session")  # fmt: skip
    yes("co12_demir_slashes.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 18:30", re(1022),
        "Hallo,\nhiermit bestätige ich den Termin am 25/03/2026\nLG Aylin",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    yes("co13_koch_tonline.eml", 18, (1109,), (), "2026-03-23 17:40", re(1109),
        "Ja, hat stattgefunden.\nGruß R. Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip


def spring() -> None:
    """April to June."""
    yes("co14_demir_late.eml", 3, (1024,), ("2026-04-08",), "2026-04-29 22:10", re(1024),
        "Sorry für die späte Antwort!! Der Termin am 8.4 hat stattgefunden\nAylin",
        client="gmail", reply="cr-1024", style="gmail", note="three weeks late")  # fmt: skip
    yes("co15_demir_cancelled_day.eml", 3, (), (), "2026-04-02 10:05", "Termin 1.4.",
        "Hallo, wollte nur noch den Termin von gestern (1.4.) bestätigen.\nLG Aylin Demir",
        client="gmail", staff=True,
        note="01.04. is cancelled in our calendar: nothing to record, staff must look")  # fmt: skip
    yes("co16_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:12", re(1136, "RE"),
        "Hi,\n\nconfirming that my session on 14 April went ahead as planned.\n\n"
        "Best,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("co17_schulz_prescription.eml", 5, (1036,), ("2026-04-30",), "2026-04-30 18:20", re(1036),
        "Hallo,\n\nder Termin am 30.4. hat stattgefunden. Eine Frage noch: brauche ich für "
        "die Termine im Mai ein neues Rezept oder gilt das alte noch?\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird",
        staff=True, extra=("question",), note="a yes with a question about the prescription")  # fmt: skip
    no("co18_oneill_cancel.eml", 23, ("cancellation",), "2026-05-11 09:30",
       "Tuesday's session",
       "Hi there,\n\nI'm afraid I need to cancel tomorrow's session (12 May), I have to "
       "travel for work at short notice. Could we do the week after instead?\n\nThanks,\nJames O'Neill",
       client="outlook", note="a cancellation of a coming session")  # fmt: skip
    yes("co19_berger_late_two.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-14 10:45", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich habe ganz vergessen zu bestätigen: die "
        "Behandlungen am 6. Mai und am 13. Mai haben stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        note="a new mail naming two days with the month written out")  # fmt: skip
    yes("co20_hoffmann_both_today.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:10",
        re(1043),
        "Hallo,\nbeide Termine heute (morgens Gerät, mittags MT) haben stattgefunden.\n"
        "Gruß\nPeter Hoffmann\n\nOutlook für iOS herunterladen",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both held")  # fmt: skip
    no("co21_hoffmann_nobody_came.eml", 6, ("other",), "2026-05-26 09:15", re(1044),
       "Guten Morgen,\n\nder Termin heute hat nicht stattgefunden, ich war ab 7:25 im "
       "Videoraum, es kam aber niemand. Bitte nicht abrechnen und wegen eines Ersatztermins "
       "melden.\n\nP. Hoffmann",
       client="outlook", reply="cr-1044", style="outlook",
       note="the requested session did not take place")  # fmt: skip
    yes("co22_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:33", re(1046),
        "Hallo,\nich bestatige das Termin war am 2 Juni. Alles gut gemacht.\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo", note="learner's German")  # fmt: skip
    yes("co23_richter_dictated.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 19:41", re(1052),
        "Ja die Behandlung am 10. Juni hat stattgefunden Punkt danke und bis nächste Woche"
        + IPHONE,
        client="iphone", reply="cr-1052", style="iphone",
        note="dictated; the spoken 'Punkt' left in")  # fmt: skip
    no("co24_richter_missed.eml", 8, ("reschedule",), "2026-06-17 20:05", re(1053),
       "sorry hab den termin heute total verpeilt, war noch im meeting. können wir das "
       "irgendwie nachholen?" + IPHONE,
       client="iphone", reply="cr-1053", style="iphone",
       note="the patient missed the session and wants to make it up")  # fmt: skip
    no("co25_berger_question.eml", 24, ("question",), "2026-06-03 11:02", re(1146),
       "Guten Tag,\nwas muss ich hier jetzt machen? Muss ich da etwas bezahlen?\n"
       "Mit freundlichen Grüßen\nU. Berger",
       client="samsung", reply="cr-1146", style="samsung",
       note="a question under our request, no yes")  # fmt: skip


def summer() -> None:
    """July to September."""
    yes("co26_neumann_two_days.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 09:40", "Bestätigung Telefonbehandlung",
        "Guten Tag,\n\nich bestätige die Telefonbehandlungen vom Dienstag, 7.7., und "
        "Donnerstag, 9.7.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("co27_neumann_comma.eml", 9, (1060,), ("2026-07-21",), "2026-07-21 11:30", re(1060),
        "ja am 21,07 war die behandlung gruß neumann",
        reply="cr-1060", style="thunderbird", note="a comma as date separator")  # fmt: skip
    no("co28_neumann_hospital.eml", 9, ("cancellation",), "2026-07-27 16:00",
       reminder_subject(1062),
       "Guten Tag,\nmorgen kann ich leider nicht, ich muss ins Krankenhaus. Ich melde mich "
       "wenn ich wieder zuhause bin.\nGisela Neumann",
       reply="rem-1062", style="thunderbird", note="a cancellation under our reminder")  # fmt: skip
    yes("co29_brandt_bottom.eml", 10, (1063,), (), "2026-07-03 18:20", re(1063),
        "Hat stattgefunden, danke.\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True,
        note="bottom-posted yes without a date")  # fmt: skip
    yes("co30_brandt_move_next.eml", 10, (1066,), ("2026-07-24",), "2026-07-24 18:55", re(1066),
        "Hi,\nja, 24.7. hat stattgefunden.\nKurze Frage: kann ich den Termin am 7.8. auf 17 "
        "Uhr schieben? Vorher schaffe ich es nicht.\nLukas Brandt",
        client="thunderbird", reply="cr-1066", style="thunderbird",
        staff=True, extra=("reschedule",), note="a yes beside a reschedule wish")  # fmt: skip
    yes("co31_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:02", re(1069, "Re"),
        "Yes, I confirm the session on August 3rd took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    no("co32_carter_cancel.eml", 11, ("cancellation",), "2026-08-27 21:14",
       "Monday's appointment",
       "Hi,\nunfortunately I have to cancel Monday's session (Aug 31), I'll be travelling. "
       "Sorry for the short notice!\nBest, Emily",
       client="gmail", note="a cancellation in English")  # fmt: skip
    yes("co33_yildiz_webde.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 12:20", re(1076),
        "Hallo ja termin hat stattgefunden am 12.08.2026\nLG Fatma Yildiz",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    no("co34_yildiz_sick_son.eml", 12, ("cancellation",), "2026-08-18 14:00",
       reminder_subject(1077),
       "Hallo,\nich kann morgen leider nicht, mein Sohn ist krank und ich muss mit ihm zum "
       "Arzt. Tut mir leid.\nFatma Yildiz",
       client="webde", reply="rem-1077", style="webde", note="cancels under our reminder")  # fmt: skip
    yes("co35_yildiz_samsung.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 13:05", re(1078),
        "Bestätige Behandlung 26.8.\n\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip
    yes("co36_vogel_formal.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:12", re(1082),
        "Sehr geehrtes Praxisteam,\n\ndie Behandlung vom 10.09. fand statt.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\n"
        "Maximilianstraße 12, 80539 München\nTel. +49 89 1234567",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("co37_lehmann_two_late.eml", 14, (1088, 1089), ("2026-09-15", "2026-09-22"),
        "2026-09-23 08:15", re(1089),
        "Hallo,\n\nhiermit bestätige ich die Termine am 15.9. und 22.9. – den vom 15. hatte "
        "ich leider vergessen, sorry!\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird",
        note="one reply confirming the requested day and an earlier one")  # fmt: skip


def autumn() -> None:
    """October to November."""
    yes("co38_lehmann_one_of_two.eml", 14, (1090,), ("2026-09-29",), "2026-10-07 12:30",
        re(1091),
        "Hallo,\nden Termin am 29.9. kann ich bestätigen. Am 6.10. war ich krank und wir "
        "haben nicht telefoniert, der zählt also nicht.\nGruß Anna Lehmann",
        client="outlook", reply="cr-1091", style="outlook", staff=True,
        note="29.09. held; the requested 06.10. did not take place")  # fmt: skip
    yes("co39_zimmermann_gestern.eml", 15, (1093,), ("2026-10-05",), "2026-10-06 07:55",
        re(1093),
        "moin, termin gestern hat geklappt. klaus",
        reply="cr-1093", style="gmail", note="'gestern' is the requested Monday")  # fmt: skip
    no("co40_zimmermann_ok_reminder.eml", 15, ("other",), "2026-11-01 12:30",
       reminder_subject(1097),
       "ok bin da\ngruß klaus zimmermann",
       reply="rem-1097", style="gmail", staff=False,
       note="an ok to the reminder of a coming session; nothing to do")  # fmt: skip
    yes("co41_schaefer_office_address.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:40",
        re(1099),
        "Hallo,\nTermin vom 14.10. hat stattgefunden.\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 0221 987654",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("co42_jansen_thumbs.eml", 17, (1104,), (), "2026-10-22 11:48", re(1104),
        "jup, war gut 👍",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    no("co43_jansen_what_to_prepare.eml", 17, ("question",), "2026-11-03 21:10",
       video_link_subject(1106),
       "Hi, muss ich für Donnerstag irgendwas vorbereiten? Ich hab zuhause keine Geräte, "
       "nur eine Matte.\nGruß Ole",
       client="gmail", reply="vl-1106", style="gmail",
       note="a question about a coming session")  # fmt: skip
    yes("co44_nowak_two_days.eml", 19, (1116, 1117), ("2026-11-06", "2026-11-13"),
        "2026-11-14 10:05", "Bestätigung 6.11. + 13.11.",
        "Hallo,\n\nhiermit bestätige ich beide MT-Termine (6.11. und 13.11.).\n\n"
        "Gruß David Nowak",
        note="date in the subject and in the text")  # fmt: skip
    no("co45_nowak_move.eml", 19, ("reschedule",), "2026-11-16 08:30", "Termin 20.11.",
       "Guten Morgen,\nwäre es möglich, den Termin am Freitag, 20.11., auf den Nachmittag "
       "zu verlegen? Morgens habe ich an dem Tag einen Arzttermin.\nDanke und Gruß\n"
       "David Nowak",
       note="a reschedule wish for a coming session")  # fmt: skip
    yes("co46_hartmann_autocorrect.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:02",
        re(1121),
        "Ja die Behandlung hat am 10.11 Stadt gefunden\nLeonie" + IPHONE,
        client="iphone", reply="cr-1121", style="iphone",
        note="autocorrect made 'stattgefunden' into 'Stadt gefunden'")  # fmt: skip
    no("co47_hartmann_nobody_joined.eml", 20, ("technical",), "2026-11-17 19:30", re(1122),
       "Hallo, nein leider nicht. Ich saß im Warteraum aber es kam keiner rein, hab dann nach "
       "20 min aufgegeben\nLeonie" + IPHONE,
       client="iphone", reply="cr-1122", style="iphone",
       note="the requested session did not take place")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
