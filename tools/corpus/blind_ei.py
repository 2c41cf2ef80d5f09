"""Write blind set EI: hard look-alikes as real patients write them. 44 mails: 12 that
confirm at least one session of the sender's own (10 plain, 2 that confirm one day and
report a problem with another) and 32 that a hasty reader might take for a confirmation:
a session still to come 'bestätigt', a thank-you for a cancelled session, a confirmation
written for a mother or a neighbour who is also a patient, a visit to the orthopaedist or
another physio, a forwarded or quoted old confirmation, a day already confirmed or with
no appointment, 'hat leider nicht stattgefunden' in many forms, sessions broken off, and
a 'ja' that answers something else (a reminder, a video link, receipt of our mail).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ei`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
Dates label the days of treatments with this practice that the sender says took place
(also for a family member's session); visits elsewhere, future days, quoted text and
sessions that did not take place are left out.
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

HERE = data_dir("blind_ei")


def plain_confirmations() -> None:
    yes("ei01_krueger_yes_2701.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Ja, hat am 27.01. stattgefunden.\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ei02_becker_bestaetige_0202.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:14", re(1010),
        "Hiermit bestätige ich die Behandlung vom 2.2.\n\nMfG\nThomas Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("ei03_wolff_fand_statt.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 09:02", re(1028),
        "Guten Morgen,\nTermin vom 16.1. fand statt, Telefon hat gut geklappt.\nGruß\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("ei04_demir_ja_no_day.eml", 3, (1019,), (), "2026-03-04 11:40", re(1019),
        "ja hat stattgefunden, danke!!",
        client="gmail", reply="cr-1019", style="gmail",
        note="a yes under our request for 04.03.2026, no day named")  # fmt: skip
    yes("ei05_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:22", re(1046),
        "Hallo,\nich bestätige das Behandlung am 02.06 war stattgefunden.\nVielen dank\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ei06_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 18:05", re(1069, "Re"),
        "Hi, yes - my session on Aug 3rd took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ei07_yildiz_two_days.eml", 12, (1075, 1076), ("2026-08-05", "2026-08-12"), "2026-08-13 08:30",
        "Bestätigung",
        "Guten Morgen,\ndie Termine am 5.8. und 12.8. haben beide stattgefunden.\nLiebe Grüße\nFatma Yıldız",
        client="webde")  # fmt: skip
    yes("ei08_lehmann_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:45", re(1087),
        "Hat stattgefunden (08.09.).\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True)  # fmt: skip
    yes("ei09_zimmermann_late.eml", 15, (1093,), ("2026-10-05",), "2026-11-20 10:15", re(1093),
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie die späte Antwort. Die Behandlung am"
        " 05.10. hat stattgefunden.\n\nMit freundlichen Grüßen\nKlaus Zimmermann",
        client="outlook", reply="cr-1093", style="outlook",
        note="six weeks late, still his own unconfirmed session")  # fmt: skip
    yes("ei10_richter_iphone.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 21:02", re(1051),
        "Jo, Termin am 3.6. hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip


def partial_confirmations() -> None:
    yes("ei11_becker_one_yes_one_no_call.eml", 2, (1011,), ("2026-02-05",), "2026-02-10 08:12",
        "Termine letzte Woche",
        "Hallo,\n\nkurze Rückmeldung: am Donnerstag 5.2. hat die Behandlung stattgefunden. Am"
        " Montag den 9.2. hat mich leider niemand angerufen, ich war aber erreichbar.\n\n"
        "Gruß\nThomas Becker",
        client="gmail", staff=True, extra=("other",),
        note="05.02. took place; 09.02. did not (no call) - staff must look")  # fmt: skip
    yes("ei12_berger_second_broken_off.eml", 24, (1142,), ("2026-05-06",), "2026-05-14 10:00", re(1143),
        "Guten Tag,\nam 6.5. war alles gut, das hat stattgefunden. Gestern am 13.5. ist das"
        " Gespräch nach ein paar Minuten abgebrochen und keiner hat zurückgerufen. Das war"
        " also keine richtige Behandlung.\nU. Berger",
        reply="cr-1143", style="thunderbird", staff=True, extra=("technical",),
        note="06.05. confirmed; 13.05. broken off after a few minutes, not confirmed")  # fmt: skip


def future_and_cancelled() -> None:
    no("ei13_krueger_reminder_ack.eml", 1, ("other",), "2026-02-09 10:40", reminder_subject(1005),
       "Ja, ich bestätige den Termin morgen um 10 Uhr. Bis morgen!",
       client="webde", reply="rem-1005", style="webde", staff=False,
       note="'bestätige' answers our reminder for tomorrow; nothing has taken place yet")  # fmt: skip
    no("ei14_hoffmann_next_one.eml", 6, ("other",), "2026-05-04 10:20", re(1040),
       "Guten Morgen,\nbestätige hiermit den nächsten Termin am 11.05. um 7:30.\n\nPeter Hoffmann",
       client="outlook", reply="cr-1040", style="outlook",
       note="under our request for 04.05. he confirms the NEXT appointment (11.05.), not that 04.05. took place")  # fmt: skip
    no("ei15_hartmann_before_session.eml", 20, ("confirmation",), "2026-11-17 09:15",
       "Bestätigung Behandlung 17.11.",
       "Hallo,\nhiermit bestätige ich die Behandlung am 17.11.2026.\nLG Leonie Hartmann",
       client="webde",
       note="written at 09:15, the session is at 17:00 the same day: nothing to confirm yet")  # fmt: skip
    no("ei16_demir_thanks_cancelled.eml", 3, ("other",), "2026-04-01 12:30", "Danke",
       "Hallo liebes Team,\nvielen Dank für heute (1.4.), die neuen Übungen für den Nacken tun"
       " richtig gut!\nLG Aylin",
       client="gmail", dates=("2026-04-01",),
       note="thanks for a session on 01.04., which is cancelled in our records: contradiction")  # fmt: skip
    no("ei17_yildiz_thanks_for_cancelling.eml", 12, ("other",), "2026-08-20 09:10", "Danke",
       "Hallo,\ndanke dass Sie den Termin am 19.8. so kurzfristig abgesagt haben, das hat mir gut"
       " gepasst. Nächste Woche bin ich wieder dabei.\nGrüße Fatma",
       client="webde", staff=False,
       note="a thank-you for the cancellation of 19.08.; nothing took place")  # fmt: skip
    no("ei18_zimmermann_claims_cancelled.eml", 15, ("confirmation",), "2026-10-27 08:40",
       "Termin 26.10.",
       "Hallo,\nder Termin am Montag, 26.10., hat stattgefunden.\nK. Zimmermann",
       dates=("2026-10-26",),
       note="confirms 26.10., which is cancelled in our records: staff")  # fmt: skip
    no("ei19_wagner_thanks_cancel_info.eml", 21, ("other",), "2026-02-03 08:05", "Termin gestern",
       "Hallo,\ngestern war ja leider nichts, weil abgesagt wurde - danke trotzdem für die schnelle"
       " Info! Bis nächsten Montag.\nSophie",
       client="webde", staff=False,
       note="thanks for the notice that 02.02. was cancelled")  # fmt: skip


def did_not_take_place() -> None:
    no("ei20_krueger_nobody_came.eml", 1, ("technical",), "2026-02-03 12:05", re(1004),
       "Hallo, der Termin heute hat leider nicht stattgefunden. Ich war im Videoraum, aber es kam"
       " niemand. Bitte um Rückmeldung.\nSabine Krüger",
       client="webde", reply="cr-1004", style="webde")  # fmt: skip
    no("ei21_becker_nein_leider.eml", 2, ("other",), "2026-02-12 19:40", re(1013),
       "Nein, leider nicht. Bin nicht angerufen worden.",
       client="gmail", reply="cr-1013", style="gmail")  # fmt: skip
    no("ei22_wolff_no_call.eml", 4, ("question",), "2026-01-23 16:00", re(1029),
       "Hat heute nicht geklappt, ich hab um 14 Uhr am Telefon gesessen aber es hat keiner"
       " angerufen. Wie gehts jetzt weiter?\nWolff",
       client="tonline", reply="cr-1029", style="tonline")  # fmt: skip
    no("ei23_neumann_ausfallen.eml", 9, ("cancellation",), "2026-07-08 09:20", re(1056),
       "Guten Tag,\nden Termin am 7.7. musste ich leider ausfallen lassen, ich hatte einen"
       " Arzttermin der länger gedauert hat. Bitte nicht abrechnen.\nMit freundlichen Grüßen\n"
       "Gisela Neumann",
       reply="cr-1056", style="thunderbird")  # fmt: skip
    no("ei24_carter_didnt_happen.eml", 11, ("technical", "reschedule"), "2026-08-10 14:30",
       re(1070, "Re"),
       "Hi,\nunfortunately today's session didn't happen - the video link kept loading and I gave"
       " up after 15 min. Could we rebook?\nEmily",
       client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    no("ei25_aydin_missed_phone.eml", 22, ("reschedule",), "2026-02-19 15:10", re(1130),
       "Hallo\nTermin heute war nicht, ich habe Telefon nicht gehört, sorry. Kann ich neue Termin"
       " bekommen?\nMehmet Aydin",
       client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    no("ei26_koch_nee.eml", 18, ("other",), "2026-03-23 18:02", re(1109),
       "Nee, das war heute nix. Ich hab den Anruf verpasst weil ich beim Einkaufen war. Tut mir"
       " leid!\nR. Koch",
       client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    no("ei27_brandt_no_picture.eml", 10, ("technical",), "2026-07-10 17:50", re(1064),
       "Hallo,\nstattgefunden hat's nicht - bei mir kam kein Bild und kein Ton, nach 20 Minuten"
       " hab ich aufgegeben.\nGruß Lukas Brandt",
       client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    no("ei28_popescu_sick_forgot.eml", 7, ("cancellation",), "2026-06-09 14:00", re(1047),
       "Hallo, ich muss sagen Termin am 9.6 hat nicht stattgefunden, ich war krank."
       " Entschuldigung ich habe vergessen abzusagen.\nElena",
       client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip


def broken_off() -> None:
    no("ei29_vogel_abgebrochen.eml", 13, ("other",), "2026-09-10 09:15", re(1082),
       "Guten Morgen,\n\nwir mussten heute nach ca. zehn Minuten abbrechen (Mandantentermin"
       " vorgezogen). Das ist aus meiner Sicht keine vollständige Behandlung. Bitte entsprechend"
       " berücksichtigen.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\nVogel & Partner"
       " Rechtsanwälte\nTel. 0221 4471 230",
       client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    no("ei30_schaefer_office_connection.eml", 16, ("technical",), "2026-10-08 08:20", re(1098),
       "Guten Morgen,\nzur Behandlung gestern: die Verbindung ist nach etwa 5 Minuten abgebrochen"
       " und kam nicht wieder zustande. Ja, wir haben kurz gesprochen, aber eine Behandlung war"
       " das nicht.\nViele Grüße\nBirgit Schäfer",
       client="outlook", reply="cr-1098", style="outlook",
       sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip
    no("ei31_nowak_battery.eml", 19, ("question",), "2026-11-06 10:30", re(1116),
       "Hi, ja, wir haben angefangen, aber nach der Hälfte war mein Akku leer. Soll ich das"
       " trotzdem bestätigen?\nDavid",
       reply="cr-1116", style="gmail",
       note="session broken off halfway; he asks whether to confirm")  # fmt: skip


def someone_else_or_elsewhere() -> None:
    no("ei32_wagner_for_mother.eml", 21, ("confirmation",), "2026-03-26 09:00",
       "Termin meiner Mutter",
       "Hallo,\nich schreibe für meine Mutter Renate Koch: ihr Telefontermin am Mittwoch, 25.3.,"
       " hat stattgefunden. Sie kommt mit dem Mailen nicht so zurecht.\nViele Grüße\nSophie Wagner",
       client="webde", dates=("2026-03-25",),
       note="confirms her mother's (patient 18) session, not one of her own")  # fmt: skip
    no("ei33_neumann_for_neighbour.eml", 9, ("confirmation",), "2026-05-20 11:30",
       "Frau Berger",
       "Guten Tag,\nFrau Berger von nebenan bat mich, Ihnen zu schreiben, dass ihre Behandlung"
       " heute am 20.05. stattgefunden hat. Sie hat gerade keinen Zugang zu ihrem Computer.\n"
       "Mit freundlichen Grüßen\nGisela Neumann",
       dates=("2026-05-20",),
       note="confirms the neighbour's (patient 24) session; Gisela has no appointment that day")  # fmt: skip
    no("ei34_lehmann_orthopaede.eml", 14, ("question",), "2026-09-15 08:00",
       "Termin beim Orthopäden",
       "Hallo,\nich war gestern (14.9.) beim Orthopäden, Dr. Sommer. Er meint, die KG soll"
       " weiterlaufen, und hat mir ein neues Rezept ausgestellt. Soll ich es Ihnen schicken?\n"
       "Viele Grüße\nAnna Lehmann",
       client="thunderbird", note="a doctor's visit, not a session with us")  # fmt: skip
    no("ei35_jansen_other_physio.eml", 17, ("question",), "2026-11-11 09:00", "Frage wegen morgen",
       "Moin,\nhatte gestern (10.11.) Lymphdrainage bei der Physio bei mir um die Ecke, das hat gut"
       " getan. Ist das ein Problem für unseren Termin morgen?\nOle",
       client="gmail", note="a session at another practice")  # fmt: skip
    no("ei36_hoffmann_doctor_instead.eml", 6, ("other",), "2026-05-11 13:00", re(1041),
       "Hallo, heute früh hatte ich statt der Übungen mit Ihnen das Gespräch mit meinem Hausarzt"
       " per Video, deshalb war ich nicht online. Sorry!\nP. Hoffmann",
       client="outlook", reply="cr-1041", style="outlook",
       note="11.05. did not take place, he saw his GP instead")  # fmt: skip


def quoted_and_known() -> None:
    no("ei37_krueger_forward_old.eml", 1, ("other",), "2026-02-05 18:20", "WG: Bestätigung 13.01.",
       "Hallo, Sie hatten am Telefon gesagt, meine Bestätigung sei nicht angekommen. Hier"
       " nochmal:\n\n-------- Weitergeleitete Nachricht --------\nBetreff: AW: Bitte bestätigen"
       " Sie Ihre Behandlung vom 13.01.2026\nDatum: 13.01.2026 19:38\nVon: Sabine Krüger"
       " <sabine.krueger@web.de>\nAn: termine@praxis-impulse.de\n\nJa, die Behandlung am 13.01."
       " hat stattgefunden.\n\nLG Sabine",
       client="webde",
       note="forwards her old confirmation of 13.01. (already recorded); nothing new")  # fmt: skip
    no("ei38_wolff_schon_bestaetigt.eml", 4, ("other",), "2026-01-30 17:00", re(1030),
       "Das hab ich doch schon bestätigt! Siehe unten.\n\n> Behandlung am 9.1. hat stattgefunden\n"
       "> Gruß Wolff",
       client="tonline", reply="cr-1030", style="tonline",
       note="under our request for 30.01. he points to his old (recorded) confirmation of 09.01.")  # fmt: skip
    no("ei39_koch_already_confirmed.eml", 18, ("confirmation",), "2026-04-17 10:05", "Termin 15.4.",
       "Guten Tag,\nder Termin am 15.4. hat stattgefunden.\nMit freundlichen Grüßen\nRenate Koch",
       client="tonline", dates=("2026-04-15",),
       note="15.04. is already confirmed: nothing to record")  # fmt: skip
    no("ei40_becker_no_appointment_day.eml", 2, ("confirmation",), "2026-02-18 07:50",
       "Behandlung",
       "Hallo,\ndie Behandlung am Dienstag 17.2. hat stattgefunden.\nGruß T. Becker",
       client="gmail", dates=("2026-02-17",),
       note="he has no appointment on 17.02. (Mon 16.02., Thu 19.02.)")  # fmt: skip


def yes_to_something_else() -> None:
    no("ei41_hartmann_videolink_ja.eml", 20, ("other",), "2026-11-01 10:00", video_link_subject(1120),
       "Ja, passt, bin am Dienstag dabei 🙂",
       client="webde", reply="vl-1120", style="webde", staff=False,
       note="a yes to our video link for a future session")  # fmt: skip
    no("ei42_nowak_ja_frage.eml", 19, ("question",), "2026-11-13 12:00", re(1117),
       "Ja, eine Frage noch: brauche ich für die nächsten MT-Termine ein neues Rezept oder reicht"
       " das alte?\nGruß David Nowak",
       reply="cr-1117", style="gmail",
       note="'Ja' leads into a question; the session is not confirmed")  # fmt: skip
    no("ei43_jansen_got_mail.eml", 17, ("other",), "2026-10-29 12:05", re(1105, "Re"),
       "ja hab die mail bekommen, meld mich heut abend nochmal",
       client="gmail", reply="cr-1105", style="gmail", staff=False,
       note="acknowledges our mail; the confirmation is still to come")  # fmt: skip
    no("ei44_zimmermann_reminder_ja.eml", 15, ("other",), "2026-10-11 12:00", reminder_subject(1094),
       "Ja.\n\nK. Zimmermann",
       reply="rem-1094", style="thunderbird", staff=False,
       note="a yes to our reminder for tomorrow")  # fmt: skip


def main() -> None:
    load_practice()
    plain_confirmations()
    partial_confirmations()
    future_and_cancelled()
    did_not_take_place()
    broken_off()
    someone_else_or_elsewhere()
    quoted_and_known()
    yes_to_something_else()
    assert mc.MAILS
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
