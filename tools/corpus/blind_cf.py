"""Write blind set CF: a plain inbox of the whole year, 43 mails, leaning towards mail
written by or for someone else. Spouses, grown-up children, a parent, a care service, an
office assistant and a son-in-law-like helper write for the patient, from the patient's
registered (shared) address or from their own address with the patient in copy; a few
patients write from an address the practice does not know. 32 mails confirm at least one
session (short replies under our request in many mail programs, with and without the date,
several days at once, a few late, a few with a question or a problem beside the yes); 11
look alike and are not: a cancellation, reschedule wishes, questions about a coming
session, missed or broken-off sessions, replies to a reminder.

A confirmation written from an address the practice does not know is labelled with what it
confirms and `needs_staff`: a person checks who wrote before it is billed.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cf`.
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

HERE = data_dir("blind_cf")
# The writer labelled these with the sessions they confirm; nothing may be recorded from an
# address not registered for the patient (DESIGN: a confirmation counts only from the
# patient's own registered addresses), so the lead relabelled them as blind A a17, AK ak42.
UNKNOWN = (
    "an address not registered for the patient: nothing may be recorded, staff checks who wrote"
)


def yes_cc(file, pid, ids, dates, date, subject, body, *, sender, name, client="plain",
           reply=None, style=None, staff=True, extra=(), note=UNKNOWN):  # fmt: skip
    """A confirmation someone sends from their own address with the patient in copy."""
    mc.human(file, sender=sender, name=name, date=date, subject=subject, body=body,
             client=client, reply_to=reply, quote_style=style,
             extra_headers=(("Cc", mc.PATIENTS[pid].emails[0]),),
             label=mc.Label(("confirmation", *extra), patient=pid, dates=dates, needs_staff=True,
                            note=note))  # fmt: skip


def winter() -> None:
    yes("cf01_krueger_yes_dated.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:20", re(1003),
        "Hallo,\n\nja hat stattgefunden am 27.1.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes_cc("cf02_krueger_husband.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 19:45", re(1005),
           "Guten Abend,\n\nmeine Frau Sabine Krüger hat mich gebeten zu antworten, sie kommt mit"
           " dem neuen Handy noch nicht klar. Die Behandlung am 10.2. hat stattgefunden.\n\n"
           "Mit freundlichen Grüßen\nRolf Krüger",
           sender="rolf.krueger61@gmail.com", name="Rolf Krüger", client="gmail", reply="cr-1005",
           style="gmail")  # fmt: skip
    yes("cf03_becker_six_days.eml", 2, (1010, 1011, 1012, 1013, 1014, 1015),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19"),
        "2026-02-20 08:15", "Bestätigung Behandlungen Februar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen"
        " Behandlungen (Manuelle Therapie) an folgenden Tagen:\n\n02.02.\n05.02.\n09.02.\n"
        "12.02.\n16.02.\n19.02.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="thunderbird")  # fmt: skip
    yes("cf04_becker_wife_shared.eml", 2, (1016,), ("2026-02-23",), "2026-02-24 07:50", re(1016),
        "Hallo, hier schreibt Claudia Becker, Thomas ist schon unterwegs. Er hatte gestern Abend"
        " sein Telefonat mit der Therapeutin, hat stattgefunden.\nViele Grüße\nClaudia",
        client="webde", reply="cr-1016", style="webde",
        note="the wife writes from the shared registered address; 'gestern' is 23.02.")  # fmt: skip
    mc.human("cf05_wolff_daughter_three.eml", sender="petra.lindner@posteo.de",
             name="Petra Wolff-Lindner", date="2026-02-02 11:30",
             subject="Bestätigung für Hans-Jürgen Wolff",
             body="Sehr geehrte Damen und Herren,\n\nich schreibe für meinen Vater Hans-Jürgen"
             " Wolff, der seine E-Mails kaum noch selbst liest. Er hat die Telefontermine am"
             " 16.1., 23.1. und 30.1. wahrgenommen und sagt, es tut ihm gut.\n\n"
             "Mit freundlichen Grüßen\nPetra Wolff-Lindner",
             client="thunderbird", extra_headers=(("Cc", "hj.wolff@t-online.de"),),
             label=mc.Label(("confirmation",), patient=4,
                            dates=("2026-01-16", "2026-01-23", "2026-01-30"), needs_staff=True,
                            note=UNKNOWN))  # fmt: skip
    no("cf06_wolff_nobody_called.eml", 4, ("other", "question"), "2026-02-20 16:05", re(1033),
       "Heute hat niemand angerufen. Ich habe ab 14 Uhr am Telefon gewartet bis halb drei.\n"
       "Was ist da los?\n\nH.-J. Wolff",
       client="tonline", reply="cr-1033", style="tonline",
       note="missed session under our request: not confirmed")  # fmt: skip
    no("cf07_wagner_question_next.eml", 21, ("question",), "2026-02-08 10:00",
       reminder_subject(1128),
       "Hallo, ist der Termin morgen per Video oder per Telefon? Und brauche ich schon eine"
       " neue Verordnung, ich glaube das waren nur 6?\nLG Sophie",
       client="iphone", reply="rem-1128", style="iphone")  # fmt: skip
    yes("cf08_aydin_son_late.eml", 22, (1131, 1132, 1133, 1134, 1135),
        ("2026-02-26", "2026-03-05", "2026-03-12", "2026-03-19", "2026-03-26"),
        "2026-04-02 18:40", "Termine Mehmet Aydın",
        "Guten Tag,\n\nich bin der Sohn von Mehmet Aydın. Mein Vater bestätigt die Termine"
        " 26.02, 05.03, 12.03, 19.03 und 26.03. Alles hat stattgefunden, entschuldigung dass es"
        " so spät kommt.\n\nGruß Emre Aydın",
        client="outlook",
        note="the son writes from the father's registered address, late")  # fmt: skip


def spring() -> None:
    yes("cf09_demir_thumbs.eml", 3, (1019,), (), "2026-03-04 10:14", re(1019),
        "Ja hat stattgefunden 👍", client="iphone", reply="cr-1019", style="iphone")  # fmt: skip
    no("cf10_demir_reminder_ok.eml", 3, ("other",), "2026-04-07 09:10", reminder_subject(1024),
       "Danke, ich bin morgen dabei!", client="gmail", reply="rem-1024", style="gmail",
       staff=False, note="reply to a reminder for a coming session: nothing to do")  # fmt: skip
    yes_cc("cf11_oneill_wife.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
           "2026-04-30 08:05", "James O'Neill - sessions",
           "Hi,\n\nSiobhan here, James's wife. He asked me to let you know that his phone"
           " sessions on the 21st and 28th of April both happened. He's away for work this"
           " week, so I'm the secretary ;)\n\nThanks,\nSiobhan",
           sender="siobhan.oneill@icloud.com", name="Siobhan O'Neill", client="apple")  # fmt: skip
    yes("cf12_oneill_self.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:45", re(1136, "RE"),
        "Confirmed – the phone session on 14/04 went ahead.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cf13_koch_six_late.eml", 18, (1109, 1110, 1111, 1112, 1113, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01", "2026-04-08", "2026-04-13"),
        "2026-04-20 10:25", "Bestätigung",
        "Hallo liebes Praxisteam,\n\nich bestätige Ihnen die Telefontermine vom 23.3., 25.3.,"
        " 30.3., 1.4., 8.4. und 13.4. Es tut mir leid, ich bin mit dem Computer nicht so"
        " schnell.\n\nHerzliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("cf14_schulz_mother_today.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:40",
        re(1034),
        "Hallo,\n\nMarie hatte heute ihre Stunde per Video, hat alles geklappt.\n\n"
        "Viele Grüße\nKatrin Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird",
        note="the mother writes for her daughter from the registered family address")  # fmt: skip
    no("cf15_schulz_move_time.eml", 5, ("reschedule",), "2026-05-04 17:00",
       video_link_subject(1037),
       "Guten Tag,\n\nkönnen wir den Termin am Donnerstag 7.5. auf 16:30 schieben? Marie hat"
       " an dem Tag bis 16 Uhr Schule.\n\nDanke und Gruß\nKatrin Schulz",
       client="thunderbird", reply="vl-1037", style="thunderbird")  # fmt: skip
    yes_cc("cf16_berger_daughter_missed.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
           "2026-05-21 20:10", "Telefontermine meiner Mutter Ursula Berger",
           "Liebe Praxis,\n\nich kümmere mich um die E-Mails meiner Mutter Ursula Berger. Sie"
           " hat mir gesagt, dass die Anrufe am 6.5. und am 13.5. stattgefunden haben.\n"
           "Am 20.5. hat allerdings niemand angerufen, sie hat den ganzen Vormittag gewartet."
           " Können Sie das bitte prüfen?\n\nFreundliche Grüße\nMonika Seidel",
           sender="monika.seidel@gmx.de", name="Monika Seidel", client="webde",
           extra=("question",),
           note=UNKNOWN + "; 20.05. did not take place")  # fmt: skip
    no("cf17_berger_mobile.eml", 24, ("other",), "2026-06-02 10:30", reminder_subject(1146),
       "Guten Tag,\nbitte rufen Sie mich morgen auf dem Handy an, 0171 4482913, nicht auf dem"
       " Festnetz, da bin ich bei meiner Tochter.\nU. Berger",
       client="apple", reply="rem-1146", style="iphone")  # fmt: skip
    yes("cf18_hoffmann_double_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 16:22",
        re(1043),
        "Hallo,\n\nbestätige beide Termine vom 18.05., morgens KG am Gerät und mittags die"
        " Manuelle.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    no("cf19_hoffmann_broken_off.eml", 6, ("technical", "question"), "2026-05-26 09:40",
       re(1044),
       "Hallo, der Termin heute war leider nach zehn Minuten weg, Verbindung abgebrochen und"
       " ich kam nicht wieder rein. Wie läuft das jetzt mit der Abrechnung?\n\nP. Hoffmann",
       client="outlook", reply="cr-1044", style="outlook",
       note="session broken off after ten minutes: not confirmed as having taken place")  # fmt: skip


def summer() -> None:
    yes("cf20_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:00", re(1046),
        "Hallo, ja ich habe gemacht die Therapie am 2 Juni. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes_cc("cf21_popescu_son_english.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"),
           "2026-06-17 20:10", "Elena Popescu",
           "Hello,\n\nI am writing for my mother Elena Popescu, her German is not so good yet."
           " She had the video sessions on June 9 and June 16, both took place.\n\n"
           "Thank you,\nAndrei Popescu",
           sender="andrei.popescu@gmail.com", name="Andrei Popescu", client="gmail")  # fmt: skip
    mc.human("cf22_richter_work_address.eml", sender="j.richter@nordlicht-consulting.de",
             name="Richter, Jonas", date="2026-06-17 21:05", subject=re(1053),
             body="Bestätige Termin 17.06.\n\nSorry, geht von der Arbeitsadresse raus – bitte"
             " weiter an\njonas.richter@icloud.com schreiben.\nJonas",
             client="iphone", reply_to="cr-1053", quote_style="iphone",
             label=mc.Label(("confirmation",), patient=8,
                            dates=("2026-06-17",), needs_staff=True,
                            note=UNKNOWN))  # fmt: skip
    no("cf23_richter_cancel.eml", 8, ("cancellation",), "2026-06-30 18:25",
       reminder_subject(1055),
       "Hi, muss morgen leider absagen, bin kurzfristig auf Dienstreise. Melde mich wegen"
       " Ersatztermin.\nJonas",
       client="iphone", reply="rem-1055", style="iphone")  # fmt: skip
    yes_cc("cf24_neumann_care_service.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
           "2026-07-10 11:00", "Frau Gisela Neumann – Bestätigung Behandlungen",
           "Sehr geehrtes Praxisteam,\n\nFrau Neumann bittet uns auszurichten, dass die"
           " telefonischen Behandlungen am Dienstag, 07.07., und Donnerstag, 09.07.,"
           " stattgefunden haben.\n\nMit freundlichen Grüßen\ni. A. M. Kaya\n"
           "Ambulanter Pflegedienst Sonnenschein\nTel. 030 5512 340",
           sender="info@pflegedienst-sonnenschein.de", name="Pflegedienst Sonnenschein",
           client="outlook")  # fmt: skip
    yes_cc("cf25_neumann_son_question.eml", 9, (1060,), ("2026-07-21",), "2026-07-21 17:20",
           re(1060),
           "Guten Tag,\n\nich bin der Sohn von Frau Neumann. Die Behandlung am 21.7. hat"
           " stattgefunden. Meine Mutter fragt, ob die Therapeutin nächstes Mal etwas später"
           " anrufen kann, um 9 ist sie morgens oft noch nicht so weit.\n\nGruß\nFrank Neumann",
           sender="frank.neumann@web.de", name="Frank Neumann", client="gmail",
           reply="cr-1060", style="gmail", extra=("reschedule",),
           note=UNKNOWN + "; asks for a later call time")  # fmt: skip
    yes("cf26_brandt_late_missed.eml", 10, (1064, 1065, 1066, 1067),
        ("2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"),
        "2026-09-15 22:10", "Nachtrag Bestätigungen",
        "Hallo,\n\nsorry, ist bei mir total untergegangen. Hiermit bestätige ich die"
        " Videotermine vom 10.07., 17.07., 24.07. und 31.07.\nDen am 7.8. hab ich verpasst,"
        " war schon im Urlaub – sorry!\n\nLG Lukas Brandt",
        client="thunderbird", staff=True,
        note="late; 07.08. missed, still scheduled: staff")  # fmt: skip
    yes("cf27_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:40", re(1069),
        "Yes, confirming my session on 3 August took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes_cc("cf28_carter_husband.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 20:15", re(1071),
           "Hi there,\n\nEmily asked me to reply as she's got her hands full with the baby -"
           " she did her session today (Aug 17), all good.\n\nCheers,\nMark",
           sender="mark.carter.uk@gmail.com", name="Mark Carter", client="gmail",
           reply="cr-1071", style="gmail_en")  # fmt: skip
    no("cf29_carter_question.eml", 11, ("question",), "2026-08-29 11:00",
       video_link_subject(1073),
       "Quick question for Monday - do I need the resistance band again or is a towel ok?\n"
       "Emily",
       client="gmail", reply="vl-1073", style="gmail_en")  # fmt: skip
    yes("cf30_yildiz_daughter_shared.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-27 19:00", re(1078),
        "Hallo,\n\nhier ist die Tochter von Frau Yıldız. Meine Mutter hatte am 12.08. und am"
        " 26.08. ihre Behandlung am Telefon, beides hat stattgefunden. Am 19.08. war ja"
        " abgesagt.\n\nViele Grüße\nElif",
        client="webde", reply="cr-1078", style="webde",
        note="the daughter writes from the registered address; 19.08. named as cancelled")  # fmt: skip


def autumn() -> None:
    yes("cf31_vogel_terse.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:12",
        re(1082, "AW"), "Bestätigt. 10.09.2026\n\nVogel",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes_cc("cf32_vogel_reception.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
           "2026-09-25 10:15", "Behandlungen Herr Dr. Vogel",
           "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dr. Vogel bestätige ich"
           " die Behandlungen vom 17.09.2026 und 24.09.2026.\n\nMit freundlichen Grüßen\n"
           "Sandra Maier\nEmpfang\nVogel & Partner",
           sender="empfang@vogel-partner.de", name="Empfang Vogel & Partner",
           client="outlook")  # fmt: skip
    yes("cf33_lehmann_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:45", re(1087),
        "Ja, hat stattgefunden (08.09.).\n\nViele Grüße\nAnna",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True)  # fmt: skip
    mc.human("cf34_lehmann_private_address.eml", sender="anna.lehm@gmx.de", name="Anna Lehmann",
             date="2026-09-23 08:50", subject="Bestätigung 15.9. + 22.9.",
             body="Hallo,\n\nich schreibe von meiner privaten Adresse, weil das Uni-Postfach"
             " gerade spinnt. Die Termine am 15.9. und 22.9. haben beide stattgefunden.\n"
             "Bitte trotzdem weiter an\nanna.lehmann@uni-beispiel.de schreiben.\n\n"
             "Viele Grüße\nAnna Lehmann",
             client="webde",
             label=mc.Label(("confirmation",), patient=14,
                            dates=("2026-09-15", "2026-09-22"), needs_staff=True,
                            note=UNKNOWN))  # fmt: skip
    no("cf35_lehmann_move_exam.eml", 14, ("reschedule",), "2026-10-12 15:00",
       reminder_subject(1092),
       "Hallo, kann ich den Termin morgen auf Donnerstag verschieben? Ich hab morgen eine"
       " Klausur. Danke! Anna",
       client="thunderbird", reply="rem-1092", style="thunderbird")  # fmt: skip
    yes("cf36_zimmermann_wife_shared.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 19:30",
        re(1093),
        "Guten Abend,\n\nmein Mann hat die Behandlung am 05.10. am Telefon gemacht, das"
        " bestätigt er hiermit.\n\nGruß Heidi Zimmermann",
        client="samsung", reply="cr-1093", style="samsung",
        note="the wife writes from the shared registered address")  # fmt: skip
    no("cf37_zimmermann_hospital.eml", 15, ("cancellation",), "2026-11-01 12:40", "Absage",
       "Guten Tag,\n\nmein Mann Klaus Zimmermann liegt seit gestern im Krankenhaus, der Termin"
       " morgen am 2.11. muss leider ausfallen. Wir melden uns, wenn er wieder zu Hause ist.\n\n"
       "Heidi Zimmermann",
       client="samsung")  # fmt: skip
    yes("cf38_schaefer_office.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:40", re(1098),
        "Hallo,\n\ndie Sitzung am 07.10. hat stattgefunden.\n\nBeste Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 0221 998 120-0",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        note="from the patient's second registered address")  # fmt: skip
    yes("cf39_schaefer_two_and_time.eml", 16, (1099, 1100), ("2026-10-14", "2026-10-21"),
        "2026-10-22 07:15", re(1100),
        "Bestätige 14.10 und 21.10. Geht nächste woche auch schon 18:30 statt 19 uhr?\nLG Birgit",
        client="samsung", reply="cr-1100", style="samsung", staff=True, extra=("reschedule",),
        note="two days confirmed and a wish to move the next session")  # fmt: skip
    yes("cf40_jansen_moin.eml", 17, (1104,), (), "2026-10-22 12:05", re(1104),
        "Moin, hat geklappt, danke! Ole", client="gmail", reply="cr-1104",
        style="gmail")  # fmt: skip
    no("cf41_jansen_overslept.eml", 17, ("reschedule",), "2026-11-05 13:00", re(1106),
       "Hey, ich war heute leider nicht da, hab den Termin komplett verpennt. Sorry! Kann man"
       " den nachholen?\nOle",
       client="gmail", reply="cr-1106", style="gmail",
       note="missed session under our request, wants to make it up")  # fmt: skip
    yes("cf42_hartmann_yes.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:02", re(1120),
        "Hallo,\nja der Termin am 03.11. hat stattgefunden.\nLG Leonie Hartmann",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("cf43_nowak_late_three.eml", 19, (1117, 1118, 1119),
        ("2026-11-13", "2026-11-20", "2026-11-27"), "2026-12-10 09:35",
        "Bestätigung November",
        "Hallo,\n\nhiermit bestätige ich nachträglich meine Termine am 13.11., 20.11. und"
        " 27.11. Sorry für die Verspätung.\n\nDavid Nowak")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
