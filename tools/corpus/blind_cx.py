"""Write blind set CX: a hard set of look-alikes written as real patients write them.

43 mails: 11 plain confirmations, 4 that confirm one session and say another did not
(fully) take place, and 28 that a hasty reader might take for a confirmation but a careful
employee would not record: a session still to come 'bestätigt', a yes to a reminder, video
link or forms request, thanks for a cancelled or failed session, 'hat leider nicht
stattgefunden' in its many forms, sessions broken off, a confirmation for a family member
who is also a patient, a visit to the doctor or another practice, a forwarded old
confirmation, a day already confirmed, a day with no appointment.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cx`.
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

HERE = data_dir("blind_cx")


def plain_confirmations() -> None:
    yes("cx01_krueger_yes_2701.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.1. hat stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cx02_becker_bare_yes.eml", 2, (1012,), (), "2026-02-10 07:52", re(1012),
        "Ja, hat stattgefunden.\n\nGruß\nThomas Becker",
        client="gmail", reply="cr-1012", style="gmail",
        note="a bare yes under our request for 09.02.2026")  # fmt: skip
    yes("cx03_wolff_dialect.eml", 4, (1029,), ("2026-01-23",), "2026-01-24 10:05", re(1029),
        "Guten Morgen,\n\njo, die Krankengymnastik am Telefon gestern, 23.1., war. Allet jut.\n\n"
        "MfG\nH.-J. Wolff",
        client="tonline", reply="cr-1029", style="tonline")  # fmt: skip
    yes("cx04_carter_english.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:22", re(1070, "Re"),
        "Hi,\n\nYes - confirming my session on 10 August took place.\n\nThanks!\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("cx05_neumann_two_days.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-07-15 10:20", "Bestätigung Krankengymnastik",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlungen am "
        "Donnerstag, den 9. Juli und am Dienstag, den 14. Juli telefonisch stattgefunden "
        "haben.\n\nMit freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("cx06_yildiz_learner.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 13:40", re(1078),
        "Hallo\nja Therapie am 26.08 war, alles gut. Danke schön\nFatma Yildiz",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip
    yes("cx07_lehmann_bottom.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 18:05", re(1089),
        "hallo, bestätige den termin vom 22.09., hat alles geklappt\n\nlg anna",
        client="thunderbird", reply="cr-1089", style="thunderbird", bottom=True)  # fmt: skip
    yes("cx08_jansen_iphone.eml", 17, (1105,), (), "2026-10-29 12:01", re(1105, "Re"),
        "Ja hat stattgefunden, danke!\n\nOle\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1105", style="iphone",
        note="a yes under our request for 29.10.2026")  # fmt: skip
    yes("cx09_aydin_late.eml", 22, (1131,), ("2026-02-26",), "2026-03-20 21:14", "Behandlung 26.02",
        "Hallo,\nsorry hab vergessen zu antworten. Die Behandlung am 26.2. am Telefon hat "
        "stattgefunden.\nGruß Mehmet Aydin",
        note="three weeks late, new mail")  # fmt: skip
    yes("cx10_nowak_outlook_en.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:47",
        re(1117, "RE"),
        "Hello,\n\nConfirming that today's session (13 Nov) took place.\n\nBest regards,\n"
        "David Nowak",
        client="outlook", reply="cr-1117", style="outlook_en")  # fmt: skip
    yes("cx11_hoffmann_both_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:30",
        re(1043),
        "Guten Tag,\n\nbeide Termine heute, 18.05. – morgens KG am Gerät und mittags die "
        "Manuelle Therapie – haben stattgefunden.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05. (07:30 KGG and 12:30 MT)")  # fmt: skip


def one_yes_one_no() -> None:
    yes("cx12_schulz_one_took_place_one_not.eml", 5, (1036,), ("2026-04-30",), "2026-04-30 17:20",
        re(1036, "Re"),
        "Hallo,\n\nheute am 30.4. hat alles gut funktioniert, das bestätige ich gern.\n\n"
        "Die Stunde letzte Woche (23.4.) hat aber leider nicht stattgefunden, da kam niemand "
        "in den Videoraum. Die bitte nicht abrechnen.\n\nViele Grüße\nMarie Schulz",
        client="apple", reply="cr-1036", style="iphone", staff=True, extra=("other",),
        note="30.04. confirmed; 23.04. did not take place: staff")  # fmt: skip
    yes("cx13_wagner_mentions_cancelled.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 12:15",
        re(1128),
        "Hallo,\n\nja, heute (09.02.) hat stattgefunden. Letzte Woche war ja abgesagt, nur "
        "damit da nichts durcheinander kommt.\n\nLG Sophie",
        client="gmail", reply="cr-1128", style="gmail",
        note="the 02.02. she mentions was cancelled, as in our records; nothing to do")  # fmt: skip
    yes("cx14_becker_one_broken_off.eml", 2, (1014,), ("2026-02-16",), "2026-02-20 08:30",
        "Behandlungen 16. und 19.2.",
        "Guten Morgen,\n\nMontag 16.2. hat stattgefunden.\nDonnerstag 19.2. haben wir nach "
        "ca. 10 Minuten abgebrochen, mein Rücken war zu akut und ich musste mich hinlegen. "
        "Keine Ahnung ob man das abrechnen kann, sagen Sie mir bitte Bescheid.\n\nGruß\n"
        "T. Becker",
        client="gmail", staff=True, extra=("question",),
        note="16.02. confirmed; 19.02. broken off after ten minutes: staff")  # fmt: skip
    yes("cx15_vogel_today_broken_off.eml", 13, (1082,), ("2026-09-10",), "2026-09-17 09:10",
        re(1083),
        "Guten Morgen,\n\nzur Klarstellung: Die Sitzung vom 10.09. hat stattgefunden. Die "
        "heutige habe ich nach wenigen Minuten abbrechen müssen (dringender Mandantentermin), "
        "die ist also nicht als durchgeführt zu werten.\n\nMit freundlichen Grüßen\n"
        "Dr. Michael Vogel\nVogel & Partner Rechtsanwälte",
        client="outlook", reply="cr-1083", style="outlook_classic", staff=True, extra=("other",),
        note="under our request for 17.09., which he broke off; confirms 10.09. only")  # fmt: skip


def nothing_to_record() -> None:
    yes("cx16_koch_already_confirmed.eml", 18, (), ("2026-04-15",), "2026-04-20 16:40",
        "Bestätigung 15.04.",
        "Guten Tag,\n\nich bestätige nochmal die Behandlung vom 15.04., falls meine erste Mail "
        "nicht angekommen ist.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline",
        note="15.04. was confirmed before; nothing new to record")  # fmt: skip
    yes("cx17_demir_yes_to_cancelled.eml", 3, (), (), "2026-04-01 11:30", re(1023),
        "Ja danke, bis nächste Woche!\n\nAylin",
        client="gmail", reply="cr-1023", style="gmail", staff=True,
        note="a yes under our request for 01.04., which was cancelled: nothing to record")  # fmt: skip
    yes("cx18_becker_day_without_appointment.eml", 2, (), ("2026-02-10",), "2026-02-11 19:00",
        "Bestätigung",
        "Hallo, hiermit bestätige ich die Behandlung am Dienstag, 10.02.2026.\nT. Becker",
        client="gmail", staff=True,
        note="he has no appointment on Tue 10.02. (Mon 09.02. is one): staff")  # fmt: skip
    yes("cx19_hartmann_confirms_tomorrow.eml", 20, (), (), "2026-11-16 20:10",
        "Behandlung 17.11.2026",
        "Hallo,\n\nich bestätige hiermit schon mal die Behandlung am 17.11.2026, dann "
        "vergesse ich es nicht.\n\nLiebe Grüße\nLeonie Hartmann",
        client="webde", staff=True,
        note="confirms tomorrow's session in advance: cannot be recorded")  # fmt: skip


def yes_to_something_else() -> None:
    no("cx20_popescu_attends_tomorrow.eml", 7, ("other",), "2026-06-15 13:05",
       reminder_subject(1048),
       "Hallo,\nich bestätige den Termin morgen 16.06 um 11 Uhr.\nMulțumesc, Elena Popescu",
       client="yahoo", reply="rem-1048", style="yahoo", staff=False,
       note="under our reminder: she will attend tomorrow; nothing took place yet")  # fmt: skip
    no("cx21_schaefer_yes_to_video_link.eml", 16, ("other",), "2026-10-11 18:30",
       video_link_subject(1099),
       "Ja, passt, ich bin dabei. Danke für den Code!\nBirgit",
       client="gmail", reply="vl-1099", style="gmail", staff=False,
       note="a yes to the video link for 14.10.")  # fmt: skip
    no("cx22_richter_yes_to_reminder.eml", 8, ("other",), "2026-06-23 19:12",
       reminder_subject(1054, "Re"),
       "Ja, bestätigt 👍 bis morgen",
       client="iphone", reply="rem-1054", style="iphone", staff=False,
       note="confirms he will attend on 24.06.")  # fmt: skip
    no("cx23_hartmann_yes_to_forms.eml", 20, ("other",), "2026-10-29 12:00",
       "AW: Ihre Unterlagen für die Behandlung",
       "Ja, mache ich, schicke ich bis Montag.\n\nLeonie",
       client="webde", reply="fr-20", style="webde", staff=False,
       note="a yes to our forms request, nothing attached")  # fmt: skip
    no("cx24_popescu_yes_to_new_time.eml", 7, ("reschedule",), "2026-06-09 13:00", re(1047),
       "Ja, nächste Woche Mittwoch um 10 geht für mich auch, wie wir besprochen. Danke!\n"
       "Elena",
       client="yahoo", reply="cr-1047", style="yahoo",
       note="the yes answers a moved date, not our request")  # fmt: skip


def did_not_take_place() -> None:
    no("cx25_krueger_could_not_join.eml", 1, ("technical",), "2026-02-03 12:10", re(1004, "Re"),
       "Hallo, die Behandlung hat heute leider nicht stattgefunden. Ich kam nicht in den "
       "Videoraum, es stand nur „Warten auf Gastgeber“.\nGruß S. Krüger",
       client="iphone", reply="cr-1004", style="iphone")  # fmt: skip
    no("cx26_wolff_nobody_called.eml", 4, ("other", "reschedule"), "2026-02-06 16:20", re(1031),
       "Guten Tag,\n\nes hat heute keiner angerufen. Ich habe bis 14.45 Uhr am Telefon "
       "gewartet. Bitte das nicht abrechnen und einen neuen Termin geben.\n\nMfG\nWolff",
       client="tonline", reply="cr-1031", style="tonline")  # fmt: skip
    no("cx27_richter_missed_link.eml", 8, ("reschedule",), "2026-06-17 20:30", re(1053, "Re"),
       "Fand heute leider nicht statt, hab den Link nicht rechtzeitig gesehen, war noch im "
       "Büro. Sorry! Können wir das nachholen?\n\nJonas",
       client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    no("cx28_koch_confirms_it_did_not.eml", 18, ("other",), "2026-03-30 18:00", re(1111),
       "Guten Tag,\n\nich bestätige, dass die Behandlung am 30.03. nicht stattgefunden hat. "
       "Ich war zu der Zeit beim Arzt und habe den Anruf verpasst.\n\nMit freundlichen "
       "Grüßen\nRenate Koch",
       client="tonline", reply="cr-1111", style="tonline",
       note="'bestätige' that 30.03. did NOT take place")  # fmt: skip
    no("cx29_berger_no_signal.eml", 24, ("other",), "2026-05-20 11:30", re(1144),
       "Guten Tag,\n\nnein, die Behandlung ist ausgefallen, ich hatte im Garten keinen "
       "Empfang und habe den Anruf erst später gesehen. Tut mir leid.\n\nU. Berger",
       client="outlook", reply="cr-1144", style="outlook")  # fmt: skip
    no("cx30_oneill_did_not_happen.eml", 23, ("other", "reschedule"), "2026-04-29 08:15",
       re(1138, "RE"),
       "Hi,\n\nI can confirm that last night's session (28 April) did NOT happen - nobody "
       "called. Please don't bill it and let me know about a new slot.\n\nCheers,\nJames",
       client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    no("cx31_demir_overslept.eml", 3, ("other",), "2026-03-18 10:20", re(1021),
       "oh nein ich hab verschlafen 🙈 also hat nicht stattgefunden, sorry!! nächste woche "
       "bin ich da",
       client="gmail", reply="cr-1021", style="gmail")  # fmt: skip
    no("cx32_neumann_only_short_call.eml", 9, ("other",), "2026-07-21 11:30", re(1060),
       "Guten Tag,\n\ndie Therapeutin hat heute angerufen, aber ich hatte gerade Besuch vom "
       "Pflegedienst, wir haben nur kurz gesprochen und dann aufgelegt. Eine richtige "
       "Behandlung war das nicht.\n\nMit freundlichen Grüßen\nGisela Neumann",
       reply="cr-1060", style="thunderbird")  # fmt: skip
    no("cx33_hoffmann_thanks_anyway.eml", 6, ("technical",), "2026-05-11 09:30", re(1041),
       "Guten Morgen,\n\ndanke trotzdem für Ihre Geduld heute früh. Schade, dass das mit dem "
       "Video auf dem Tablet nicht geklappt hat – nächste Woche probiere ich es am Laptop.\n\n"
       "Mit freundlichen Grüßen\nPeter Hoffmann",
       client="outlook", reply="cr-1041", style="outlook",
       note="a thank-you for a session the video did not let happen")  # fmt: skip
    no("cx34_yildiz_thanks_for_cancelled.eml", 12, ("other",), "2026-08-19 18:20", "Danke",
       "Hallo\nvielen dank für Therapie heute 19.8, die übungen für nacken mache ich jeden "
       "tag weiter.\nGruß Fatma",
       client="samsung",
       note="thanks for 19.08., which was cancelled: nothing to record, staff to look")  # fmt: skip


def broken_off() -> None:
    no("cx35_brandt_frozen_video.eml", 10, ("technical", "question"), "2026-07-17 18:00",
       re(1065),
       "Hallo,\n\nwir haben heute angefangen, aber nach 5 Minuten ist das Bild eingefroren und "
       "die Verbindung kam nicht wieder. Also eher nicht stattgefunden. Wie machen wir das?"
       "\n\nGruß Lukas",
       client="thunderbird", reply="cr-1065", style="thunderbird")  # fmt: skip
    no("cx36_lehmann_does_it_count.eml", 14, ("question", "technical"), "2026-09-29 16:00",
       re(1090),
       "Hallo,\nangefangen haben wir, aber nach ca. 10 Min ist das Video abgestürzt und ging "
       "nicht mehr. Zählt das trotzdem als Termin?\nLG Anna Lehmann",
       client="thunderbird", reply="cr-1090", style="thunderbird", bottom=True)  # fmt: skip
    no("cx37_schaefer_only_sound.eml", 16, ("question", "technical"), "2026-10-22 07:30",
       re(1100),
       "Guten Morgen,\n\nich bin mir ehrlich gesagt nicht sicher, ob das gestern zählt – ich "
       "war nur mit Ton drin, das Bild ging nicht, und wir haben dann nach einer Viertelstunde "
       "aufgehört. Können Sie das bitte prüfen?\n\nBirgit Schäfer",
       client="outlook", reply="cr-1100", style="outlook",
       sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
       note="from her second registered address; a session broken off, her doubt")  # fmt: skip


def someone_else_or_elsewhere() -> None:
    no("cx38_wagner_for_her_mother.eml", 21, ("other",), "2026-05-13 11:05",
       "Behandlung meiner Mutter Ursula Berger",
       "Hallo,\n\nich schreibe für meine Mutter, Ursula Berger. Sie hatte heute, am 13.5., "
       "um 9 Uhr ihre Behandlung am Telefon und die hat stattgefunden. Sie kommt mit dem "
       "Mailen nicht so gut klar und hat mich gebeten, das zu bestätigen.\n\nViele Grüße\n"
       "Sophie Wagner",
       client="gmail", dates=("2026-05-13",),
       note="confirms her mother's (patient 24) session, not her own: not recorded")  # fmt: skip
    no("cx39_koch_for_her_partner.eml", 18, ("other",), "2026-10-05 15:00",
       "Bestätigung für Klaus Zimmermann",
       "Guten Tag,\n\nmein Lebensgefährte Klaus Zimmermann hatte heute, am 05.10., seine "
       "Krankengymnastik am Telefon. Die hat stattgefunden. Er hat sein Handy nicht dabei, "
       "darum schreibe ich von meiner Adresse.\n\nFreundliche Grüße\nRenate Koch",
       client="tonline", dates=("2026-10-05",),
       note="confirms her partner's (patient 15) session, not her own: not recorded")  # fmt: skip
    no("cx40_aydin_orthopaedist.eml", 22, ("question",), "2026-03-10 17:40", "Termin Orthopäde",
       "Hallo,\nwar gestern 9.3. beim Orthopäden, Termin war gut. Er sagt Krankengymnastik "
       "weiter machen und hat neues Rezept gegeben, 6 mal. Soll ich das per Post schicken "
       "oder reicht ein Foto?\nGruß Mehmet",
       note="a doctor's appointment, not a treatment of ours")  # fmt: skip
    no("cx41_brandt_other_practice.eml", 10, ("other",), "2026-07-14 09:00",
       "Info Behandlung 13.7.",
       "Hallo,\n\nnur zur Info, damit nichts durcheinander kommt: Die Behandlung gestern "
       "(Mo 13.7.) war bei der Physiopraxis hier vor Ort wegen der Schulter, nicht bei Ihnen. "
       "Freitag sehen wir uns wie gewohnt per Video.\n\nGruß\nLukas Brandt",
       client="thunderbird",
       note="a treatment at another practice, not ours")  # fmt: skip
    no("cx42_carter_gp_visit.eml", 11, ("question",), "2026-08-13 09:30",
       "Appointment with Dr. Meyer",
       "Hi there,\n\nJust a quick update - I saw Dr. Meyer (my GP) yesterday, 12 August, and "
       "the appointment went well. She'd like a short report from my physio on the progress "
       "so far. Could you send one to her practice?\n\nThanks,\nEmily",
       client="gmail",
       note="a GP visit, not a session of ours; asks for a report")  # fmt: skip
    no("cx43_krueger_forwards_old_confirmation.eml", 1, ("question",), "2026-01-21 08:45",
       "WG: AW: Bitte bestätigen Sie Ihre Behandlung vom 13.01.2026",
       "Guten Morgen,\n\nich habe die Bestätigung doch schon geschickt, siehe unten. Ist die "
       "nicht angekommen? Bei mir steht sie als gesendet.\n\nGruß Sabine Krüger\n\n\n"
       "-------- Weitergeleitete Nachricht --------\n"
       "Gesendet: Dienstag, 13. Januar 2026 um 19:40 Uhr\n"
       'Von: "Sabine Krüger" <sabine.krueger@web.de>\n'
       "An: termine@praxis-impulse.de\n"
       "Betreff: AW: Bitte bestätigen Sie Ihre Behandlung vom 13.01.2026\n\n"
       "Hallo, ja die Behandlung am 13.01. hat stattgefunden.\nGruß Sabine Krüger",
       client="webde",
       note="forwards her own confirmation of 13.01. (already recorded); asks if it arrived")  # fmt: skip


def main() -> None:
    load_practice()
    plain_confirmations()
    one_yes_one_no()
    nothing_to_record()
    yes_to_something_else()
    did_not_take_place()
    broken_off()
    someone_else_or_elsewhere()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
