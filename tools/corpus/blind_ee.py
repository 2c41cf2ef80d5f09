"""Write blind set EE: a hard set of look-alikes written as real patients write them, 44
mails. 12 confirm at least one session of the sender's own (10 plain, 2 that confirm one
day and say another did not take place); 32 look like confirmations and are not: a session
still to come 'bestätigt' or confirmed in advance, a thank-you around a cancelled session,
a session confirmed for a family member who is also a patient, a visit to the doctor or to
another practice, a forwarded request or an own old confirmation quoted below a new
question, 'hat leider nicht stattgefunden' in its many forms, sessions broken off, and a
yes that answers something else (a reminder, a video link, a forms request, receipt).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ee`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ee")


def plain_confirmations() -> None:
    yes("ee01_krueger_yes_27jan.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:05", re(1003),
        "Ja, hat stattgefunden am 27.01.\nDanke und liebe Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ee02_becker_new_mail_9feb.eml", 2, (1012,), ("2026-02-09",), "2026-02-10 08:15",
        "Bestätigung MT 9.2.",
        "Guten Morgen,\n\nbestätige die Manuelle Therapie gestern Abend (9.2.) am Telefon.\n\n"
        "Grüße\nThomas Becker",
        client="gmail")  # fmt: skip
    yes("ee03_demir_short_yes.eml", 3, (1020,), (), "2026-03-11 10:40", re(1020),
        "ja war heute, alles gut 👍",
        client="iphone", reply="cr-1020", style="iphone",
        note="a yes under our request for 11.03.2026 that names no day")  # fmt: skip
    yes("ee04_wolff_formal.eml", 4, (1029,), ("2026-01-23",), "2026-01-24 10:12",
        "Bestätigung Behandlung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung"
        " am Freitag, den 23.01.2026.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline")  # fmt: skip
    yes("ee05_carter_english.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 09:20", re(1071, "Re"),
        "Hi,\n\nyes, confirming that my session on 17 August took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    yes("ee06_zimmermann_two_mondays.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-20 09:00", "Termine Oktober",
        "Hallo,\ndie Termine am 12.10. und 19.10. waren beide, bestätige ich hiermit.\n"
        "Gruß Klaus Zimmermann")  # fmt: skip
    yes("ee07_nowak_thunderbird.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 11:02", re(1117),
        "Bestätigt: 13.11.2026 hat stattgefunden.\n\nD. Nowak",
        client="thunderbird", reply="cr-1117", style="thunderbird")  # fmt: skip
    yes("ee08_berger_samsung.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 18:44", re(1143),
        "Ja die Behandlung war am Mittwoch den 13.5\nGruß U Berger",
        client="samsung", reply="cr-1143", style="samsung")  # fmt: skip
    yes("ee09_hartmann_bottom.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 21:15", re(1121),
        "hat stattgefunden am 10.11., danke!\nLeonie",
        client="apple", reply="cr-1121", style="iphone", bottom=True)  # fmt: skip
    yes("ee10_jansen_late.eml", 17, (1106,), ("2026-11-05",), "2026-11-26 08:00", re(1106),
        "Hallo,\n\nsorry für die späte Antwort, ist im Postfach untergegangen. Der Termin am"
        " 5.11. hat stattgefunden.\n\nViele Grüße\nOle Jansen",
        client="outlook", reply="cr-1106", style="outlook",
        note="three weeks late, still a plain confirmation")  # fmt: skip


def partly() -> None:
    yes("ee11_becker_one_yes_one_no.eml", 2, (1015,), ("2026-02-19",), "2026-02-24 07:55",
        "Termine letzte Woche",
        "Hallo,\n\nder Termin am 19.02. hat stattgefunden. Gestern (23.02.) hat mich leider"
        " niemand angerufen, ich war ab 17:25 erreichbar.\n\nThomas Becker",
        client="gmail", staff=True,
        note="19.02 confirmed; 23.02 did not take place, staff must look")  # fmt: skip
    yes("ee12_neumann_tue_yes_thu_no.eml", 9, (1058,), ("2026-07-14",), "2026-07-17 10:30", re(1059),
        "Guten Tag\nam Dienstag 14.7. war Behandlung, am Donnerstag 16.7 nicht, da war ich beim"
        " Arzt, hatte ich vergessen abzusagen. Entschuldigung.\nGisela Neumann",
        client="tonline", reply="cr-1059", style="tonline", staff=True,
        note="14.07 confirmed; the requested 16.07 did not take place")  # fmt: skip


def not_yet() -> None:
    no("ee13_krueger_reminder_yes.eml", 1, ("other",), "2026-03-09 10:30", reminder_subject(1009),
       "Ja, bin morgen dabei 👍\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1009", style="iphone", staff=False,
       note="a yes under the reminder for tomorrow: nothing took place yet")  # fmt: skip
    no("ee14_becker_future_day.eml", 2, ("confirmation",), "2026-02-18 21:10",
       "Bestätigung",
       "Hallo Praxis Impulse,\n\ndie Behandlung vom 19.02. hat stattgefunden.\n\nGruß T. Becker",
       client="gmail",
       note="written on 18.02 about the 19.02, a day still to come: nothing to record")  # fmt: skip
    no("ee15_lehmann_confirms_tomorrow.eml", 14, ("other",), "2026-10-12 18:00",
       reminder_subject(1092),
       "Hallo,\nhiermit bestätige ich den Termin morgen um 13 Uhr.\nLG Anna Lehmann",
       client="iphone", reply="rem-1092", style="iphone", staff=False,
       note="confirms that she will come tomorrow, not a session that took place")  # fmt: skip
    no("ee16_vogel_video_link_ok.eml", 13, ("other",), "2026-10-05 07:15",
       video_link_subject(1086, "AW"),
       "Danke, Termin am 08.10. ist bestätigt.\n\nMfG\nDr. M. Vogel",
       client="outlook", reply="vl-1086", style="outlook", staff=False,
       note="acknowledges the video link for a session three days ahead")  # fmt: skip
    no("ee17_jansen_in_advance.eml", 17, ("confirmation",), "2026-11-18 19:40",
       "Bestätigung 19.11.",
       "Hallo,\n\nich bestätige schon mal die Behandlung am Donnerstag, 19.11. – ich bin ab"
       " Freitag im Urlaub und komme sonst nicht dazu.\n\nViele Grüße\nOle",
       client="apple",
       note="confirmed in advance, the day before the session: cannot be recorded")  # fmt: skip


def cancelled_days() -> None:
    no("ee18_demir_thanks_for_cancelling.eml", 3, ("other",), "2026-04-02 08:05",
       "Absage 1.4.",
       "Hallo,\n\ndanke dass das mit der Absage für den 1.4. so schnell geklappt hat. Nächsten"
       " Mittwoch bin ich wieder dabei.\n\nLG Aylin",
       client="gmail", staff=False,
       note="a thank-you for a cancelled session, nothing took place")  # fmt: skip
    no("ee19_wagner_thanks_cancelled.eml", 21, ("other",), "2026-02-03 08:20",
       "gestern",
       "Guten Morgen,\nkein Problem wegen der kurzfristigen Absage gestern, danke für die"
       " Info! Bis nächste Woche\nSophie Wagner",
       client="webde", staff=False,
       note="the 02.02 session was cancelled; a mere thank-you")  # fmt: skip
    no("ee20_zimmermann_thanks_cancelled_monday.eml", 15, ("other",), "2026-10-27 09:30",
       "Danke",
       "Hallo zusammen,\nvielen Dank für die Stunde am Montag, der Rücken ist schon viel besser.\n"
       "Gruß Klaus Zimmermann",
       note="thanks for Monday 26.10, which was cancelled: contradicts the calendar")  # fmt: skip
    no("ee21_yildiz_cancelled_day.eml", 12, ("confirmation",), "2026-08-20 11:15",
       "Termin 19.08",
       "Hallo\nich bestätige den Termin am 19.08.\nFatma Yıldız",
       client="webde",
       note="19.08 was cancelled: nothing to record, staff must look")  # fmt: skip


def someone_else() -> None:
    no("ee22_koch_for_partner.eml", 18, ("confirmation",), "2026-02-20 16:30",
       "Hans-Jürgen Wolff",
       "Guten Tag,\n\nmein Mann Hans-Jürgen Wolff hatte heute um 14 Uhr seinen Telefontermin bei"
       " Ihnen, das hat alles geklappt. Er kommt mit dem Computer nicht zurecht, deswegen"
       " schreibe ich.\n\nFreundliche Grüße\nRenate Koch",
       client="tonline", dates=("2026-02-20",),
       note="confirms another patient's session (Wolff 20.02) from her own address")  # fmt: skip
    no("ee23_demir_for_mother.eml", 3, ("confirmation",), "2026-08-13 12:10",
       "Termin meiner Mutter",
       "Hallo,\n\nmeine Mutter Fatma Yıldız hatte gestern (12.08.) ihren Termin am Telefon, hat"
       " stattgefunden. Ihr Handy ist kaputt deshalb schreibe ich für sie.\n\nLG Aylin Demir",
       client="gmail", dates=("2026-08-12",),
       note="a daughter confirms her mother's session; her own appointments are in spring")  # fmt: skip
    no("ee24_wolff_orthopaede.eml", 4, ("question",), "2026-02-11 09:45",
       "Verordnung",
       "Guten Tag,\n\nam Montag war ich beim Orthopäden Dr. Sander, der Termin war gut. Er hat mir"
       " eine neue Verordnung über 6x KG ausgestellt, soll ich die schicken?\n\nMfG\nWolff",
       client="tonline",
       note="a doctor's visit, not a treatment of ours; a question about the prescription")  # fmt: skip
    no("ee25_lehmann_reha.eml", 14, ("other",), "2026-09-30 08:40", re(1090),
       "Hallo,\n\nam 29. war ich in der Reha-Klinik bei der Physio vor Ort, die Videostunde hatte"
       " ich doch abgesagt?? Bitte nicht abrechnen.\n\nAnna Lehmann",
       client="gmail", reply="cr-1090", style="gmail",
       note="a session at another place; ours did not take place")  # fmt: skip
    no("ee26_vogel_other_practice.eml", 13, ("other",), "2026-09-16 12:30",
       "Bestätigung Behandlung",
       "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 15.09. bei Frau Dr. Kessler (Praxis"
       " am Markt) fand statt; bitte die Rechnung an meine Büroadresse.\n\nMit freundlichen"
       " Grüßen\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte",
       client="outlook",
       note="meant for another practice; no appointment of ours on 15.09")  # fmt: skip


def quoted_or_forwarded() -> None:
    no("ee27_krueger_forwards_old_confirmation.eml", 1, ("question",), "2026-01-22 15:10",
       "WG: Behandlung 13.01.",
       "Hallo, ist das angekommen? Ich habe keine Antwort bekommen.\nSabine Krüger\n\n"
       "-------- Weitergeleitete Nachricht --------\n"
       "Betreff: Behandlung 13.01.\n"
       "Datum: 13.01.2026 19:35\n"
       "Von: sabine.krueger@web.de\n"
       "An: termine@praxis-impulse.de\n\n"
       "Behandlung am 13.01. hat stattgefunden. Gruß Sabine Krüger",
       client="webde",
       note="her own old confirmation forwarded below a question; 13.01 is already confirmed")  # fmt: skip
    mc.human("ee28_hoffmann_forwards_request.eml", sender=6, date="2026-05-20 18:05",
             subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 11.05.2026",
             body="Hallo,\n\ndie hier finde ich noch offen, weiß aber nicht mehr genau ob wir am"
             " 11. trainiert haben oder ob das der Termin war, den wir verschoben hatten. Können"
             " Sie mal nachsehen?\n\nGruß\nPeter Hoffmann",
             client="outlook", forward="cr-1041", quote_style="forward_outlook",
             label=mc.Label(("question",), patient=6, needs_staff=True,
                            note="our request forwarded with a doubt whether 11.05 took place"))  # fmt: skip
    no("ee29_nowak_reschedule_old_thread.eml", 19, ("reschedule",), "2026-11-26 09:10",
       "Re: " + re(1117),
       "Hallo,\n\nkann ich morgen (27.11.) ausnahmsweise um 9 statt um 8? Gruß David\n\n"
       "Am 13.11.26 um 11:02 schrieb David Nowak:\n"
       "> Bestätigt: 13.11.2026 hat stattgefunden.\n"
       ">\n"
       "> D. Nowak\n"
       ">\n"
       "> Am 13.11.26 um 09:30 schrieb Praxis Impulse:\n"
       ">> Guten Tag Herr Nowak,\n"
       ">> Bitte bestätigen Sie uns mit einer kurzen Antwort auf diese Mail...",
       client="thunderbird", reply="cr-1117",
       note="a reschedule wish; the confirmation of 13.11 is only quoted from the old thread")  # fmt: skip


def did_not_take_place() -> None:
    no("ee30_krueger_therapist_absent.eml", 1, ("technical",), "2026-02-10 12:10", re(1005),
       "Hallo,\n\nder Termin hat leider nicht stattgefunden, ich war im Videoraum aber es kam"
       " niemand. Habe 20 Minuten gewartet.\n\nSabine Krüger",
       client="webde", reply="cr-1005", style="webde")  # fmt: skip
    no("ee31_demir_internet_down.eml", 3, ("technical", "reschedule"), "2026-03-18 10:20", re(1021),
       "kam leider nicht zustande, internet war weg. können wir das nachholen?",
       client="iphone", reply="cr-1021", style="iphone")  # fmt: skip
    no("ee32_wolff_no_call.eml", 4, ("other",), "2026-02-06 16:05", re(1031),
       "Sie haben heute nicht angerufen. Ich habe bis 14.30 Uhr am Telefon gewartet.\n\nMfG"
       " Wolff",
       client="tonline", reply="cr-1031", style="tonline")  # fmt: skip
    no("ee33_schulz_was_ill.eml", 5, ("other",), "2026-05-07 19:30", re(1037),
       "Nein war nicht, Marie war krank. Hatte am Mittwoch telefonisch abgesagt.\n"
       "Gruß K. Schulz",
       client="samsung", reply="cr-1037", style="samsung",
       note="a parent writes: the 07.05 session did not take place")  # fmt: skip
    no("ee34_popescu_nobody_came.eml", 7, ("technical",), "2026-06-09 13:00", re(1047),
       "Hallo, ich kann nicht bestätigen, Behandlung war nicht. Ich habe gewartet in Video aber"
       " niemand kommt. Danke\nElena",
       client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    no("ee35_richter_forgot.eml", 8, ("reschedule",), "2026-06-18 08:50", re(1053, "Re"),
       "sorry, hab den termin gestern total verpeilt, war noch im büro. fand also nicht statt 🙈"
       " kann man das nachholen?\n\nJonas",
       client="gmail", reply="cr-1053", style="gmail")  # fmt: skip
    no("ee36_brandt_forgot_fee.eml", 10, ("question",), "2026-07-17 20:45", re(1065, "Re"),
       "Nope, fand nicht statt – hab's komplett vergessen, sorry! Fällt da jetzt ein"
       " Ausfallhonorar an?\n\nLukas",
       client="gmail", reply="cr-1065", style="gmail")  # fmt: skip
    no("ee37_oneill_missed_call.eml", 23, ("reschedule",), "2026-04-29 08:10", re(1138, "RE"),
       "Hi,\n\nI'm afraid the call on Tuesday never happened - my phone was on silent and I only"
       " saw the missed call later. Could we find another slot this week?\n\nBest,\nJames",
       client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip


def broken_off() -> None:
    no("ee38_aydin_line_dropped.eml", 22, ("technical",), "2026-03-12 14:30", re(1133),
       "Hallo\nwir haben angefangen aber nach 10 min war die Verbindung weg und dann kam kein"
       " Anruf mehr. Mehmet",
       client="gmail", reply="cr-1133", style="gmail",
       note="a session broken off after ten minutes")  # fmt: skip
    no("ee39_koch_dizzy.eml", 18, ("question",), "2026-04-08 17:20", re(1113),
       "Guten Tag,\nwir mussten nach einer Viertelstunde aufhören, mir wurde schwindelig. Ich"
       " weiß nicht ob das so zählt.\nR. Koch",
       client="tonline", reply="cr-1113", style="tonline",
       note="a session broken off; she asks whether it counts")  # fmt: skip


def yes_to_something_else() -> None:
    no("ee40_berger_ja_reminder.eml", 24, ("other",), "2026-06-02 09:40", reminder_subject(1146),
       "Ja.",
       client="samsung", reply="rem-1146", style="samsung", staff=False,
       note="a yes under the reminder for tomorrow")  # fmt: skip
    no("ee41_richter_forms_yes.eml", 8, ("other",), "2026-05-29 12:00",
       "AW: Ihre Unterlagen für die Behandlung",
       "Ja, mach ich bis Montag. Danke!",
       client="iphone", reply="fr-8", style="iphone", staff=False,
       note="a yes to our forms request, before any session")  # fmt: skip
    no("ee42_carter_link_received.eml", 11, ("other",), "2026-08-21 10:30",
       video_link_subject(1072),
       "Yes, got it, thanks! See you Monday.\n\nEmily",
       client="gmail", reply="vl-1072", style="gmail_en", staff=False,
       note="a yes to the video link for 24.08, three days ahead")  # fmt: skip
    no("ee43_schaefer_link_works.eml", 16, ("other",), "2026-11-02 20:15",
       video_link_subject(1102, "AW"),
       "Ja, funktioniert jetzt, hab den Code eingegeben und das Testbild gesehen.\n\nBirgit Schäfer",
       client="outlook", reply="vl-1102", style="outlook", staff=False,
       sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
       note="from her office address: the video link works, two days before the session")  # fmt: skip
    no("ee44_zimmermann_got_it.eml", 15, ("other",), "2026-11-02 14:00", re(1097),
       "ja hab ich bekommen danke",
       reply="cr-1097", style="thunderbird",
       note="acknowledges receipt of our request; says nothing about the session")  # fmt: skip


def main() -> None:
    load_practice()
    plain_confirmations()
    partly()
    not_yet()
    cancelled_days()
    someone_else()
    quoted_or_forwarded()
    did_not_take_place()
    broken_off()
    yes_to_something_else()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
