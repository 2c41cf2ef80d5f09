"""Write blind set CG: a plain inbox of the whole year, nothing themed, 44 mails.

34 confirmations, mostly short replies under our request from many mail programs (with
and without the day), some new mails naming the day in subject or text, a few naming
several days at once, a few late, three with a question or a problem beside the yes, one
that confirms one day and says the next did not take place; and 10 look-alikes: replies
to reminders and video-link mail, a cancellation, a reschedule, questions about a coming
session and two sessions that did not take place. Many writers have German as a second
language or write English; several elderly patients write formally and at length.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cg`.
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

HERE = data_dir("blind_cg")


def winter() -> None:
    yes("cg01_wolff_formal_day.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:40",
        re(1028), """Sehr geehrte Damen und Herren,

hiermit bestätige ich Ihnen, dass die telefonische Krankengymnastik am Freitag, den
16.01.2026 wie vereinbart stattgefunden hat. Die Übungen für die Schulter habe ich mir
aufgeschrieben und werde sie täglich durchführen, so gut es eben geht.

Mit freundlichen Grüßen

Hans-Jürgen Wolff""",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cg02_wolff_three_days_new.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-08 10:15",
        "Bestätigung meiner Behandlungen", """Sehr geehrte Damen und Herren,

leider bin ich in den letzten Wochen nicht dazu gekommen, Ihre Nachrichten zu
beantworten, wofür ich mich entschuldigen möchte. Ich hole das hiermit nach und
bestätige, dass die Behandlungen am

23. Januar 2026
30. Januar 2026
6. Februar 2026

jeweils telefonisch stattgefunden haben.

Mit freundlichen Grüßen
Hans-Jürgen Wolff
Lindenstraße 12""",
        client="tonline", note="new mail, three days listed, late")  # fmt: skip
    yes("cg03_krueger_short_nodate.eml", 1, (1003,), (), "2026-01-27 12:30", re(1003),
        "Ja, hat stattgefunden.\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cg04_krueger_iphone_day.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 13:10",
        re(1005, "Re"), "Bestätige den 10.2.\nGruß S. Krüger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1005", style="iphone")  # fmt: skip
    yes("cg05_becker_outlook_day.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:45",
        re(1010), "Hallo,\n\nTermin am 02.02. hat stattgefunden.\n\nViele Grüße\nThomas Becker",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("cg06_becker_bottom.eml", 2, (1013,), ("2026-02-12",), "2026-02-13 08:02",
        re(1013, "Re"), "bestätigt, 12.2. war\n\nTB",
        client="thunderbird", reply="cr-1013", style="thunderbird", bottom=True,
        note="bottom-posted under the quote, next morning")  # fmt: skip
    yes("cg07_wagner_gmx_day.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 12:00",
        re(1124), "Hallo,\nbestätige den Termin vom 12.01., hat gut geklappt.\nSophie",
        client="webde", reply="cr-1124", style="webde")  # fmt: skip
    no("cg08_wagner_missed.eml", 21, ("other", "reschedule"), "2026-01-26 13:15", re(1126),
       """Hallo,

sorry, ich war heute früh nicht online, hab den Termin komplett verpennt :( Die
Behandlung hat also nicht stattgefunden. Kann man die irgendwie nachholen?

Sophie""",
       client="webde", reply="cr-1126", style="webde",
       note="a reply under our request: the session did not take place, wants to make it up")  # fmt: skip
    yes("cg09_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:00", re(1130),
        """Guten tag,

ich habe am 19.02 mit Therapeut telefoniert, Behandlung war gemacht.

Danke
Mehmet Aydin""",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    no("cg10_becker_reschedule.eml", 2, ("reschedule",), "2026-02-22 18:00",
       reminder_subject(1016), """Hallo,

geht der Termin morgen auch eine Stunde später, also 18:30? Ich schaffe es sonst nicht
rechtzeitig aus dem Büro.

Gruß
Thomas Becker""",
       client="outlook", reply="rem-1016", style="outlook",
       note="reply to a reminder, wants to move tomorrow's session")  # fmt: skip


def spring() -> None:
    no("cg11_krueger_reminder_ok.eml", 1, ("other",), "2026-03-02 10:30", reminder_subject(1008),
       "Danke für die Erinnerung, ich bin dabei.\nLG Sabine",
       client="webde", reply="rem-1008", style="webde", staff=False,
       note="acknowledges a reminder for tomorrow; nothing to record, nothing to do")  # fmt: skip
    yes("cg12_demir_learner_day.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:20",
        re(1019, "Re"), "Hallo, ja ich hatte Termin, 04.03 war gut. Danke schön\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    no("cg13_aydin_reminder_ok.eml", 22, ("other",), "2026-03-11 13:00", reminder_subject(1133),
       "Hallo ja ich bin morgen da. danke für erinnerung\nMehmet",
       client="outlook", reply="rem-1133", style="outlook", staff=False,
       note="acknowledges a reminder")  # fmt: skip
    yes("cg14_koch_march_list.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 10:00",
        "Meine Behandlungen im März", """Sehr geehrtes Team der Praxis Impulse,

meine Enkelin hat mir erklärt, dass ich Ihnen die Termine per E-Mail bestätigen soll. Das
mache ich hiermit gern. Die Therapeutin hat mich an folgenden Tagen angerufen und wir
haben die Übungen zusammen gemacht:

Montag, 23. März
Mittwoch, 25. März
Montag, 30. März

Es tut mir schon viel besser, vor allem das Treppensteigen. Bitte richten Sie der Dame
meinen herzlichen Dank aus.

Mit freundlichen Grüßen
Renate Koch""",
        client="tonline", note="new mail, three March days, elderly writer")  # fmt: skip
    yes("cg15_demir_question.eml", 3, (1024,), (), "2026-04-08 11:00", re(1024, "Re"),
        """ja hat stattgefunden.
Frage: muss ich neue Rezept holen? ich habe nur noch 2 Termine glaube ich

Aylin""",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("question",),
        note="a yes under our request plus a question about the prescription")  # fmt: skip
    yes("cg16_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:30",
        re(1136, "RE"), "Hi there,\n\nConfirming the phone session on 14 April went ahead as"
        " planned.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cg17_schulz_mother.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:30",
        re(1034, "Re"), """Hallo,

hiermit bestätige ich die Behandlung meiner Tochter Marie am 16.04.2026.

Viele Grüße
Katrin Schulz""",
        client="apple", reply="cr-1034", style="iphone", name="Katrin Schulz",
        note="the mother writes for her daughter from the registered address")  # fmt: skip
    no("cg18_demir_cancel.eml", 3, ("cancellation",), "2026-04-21 09:00",
       reminder_subject(1026, "Re"), """Hallo,
ich kann morgen leider nicht, ich bin krank mit Fieber. Bitte Termin absagen.
Entschuldigung
Aylin Demir""",
       client="gmail", reply="rem-1026", style="gmail",
       note="cancels tomorrow's session")  # fmt: skip
    yes("cg19_oneill_late.eml", 23, (1138,), ("2026-04-28",), "2026-05-04 08:45",
        "Session 28 April", "Hello,\n\nsorry, I missed your email last week. Just to confirm"
        " that we did have the session on Tuesday 28th April.\n\nCheers,\nJames O'Neill",
        client="outlook", note="new mail in English, a week late")  # fmt: skip


def summer() -> None:
    yes("cg20_berger_formal.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 14:00", re(1142),
        """Sehr geehrte Damen und Herren,

ich habe Ihre E-Mail erhalten und möchte Ihnen gerne mitteilen, dass die Behandlung am
Mittwoch, den 6. Mai 2026, um 9 Uhr stattgefunden hat. Die junge Therapeutin hat mich
pünktlich angerufen und sehr freundlich und geduldig alles erklärt. Ich bin 81 Jahre alt
und mit dem Computer nicht so geübt, daher bitte ich um Nachsicht, falls ich etwas falsch
mache.

Mit freundlichen Grüßen
Ursula Berger""",
        client="plain", reply="cr-1142", style="outlook_classic")  # fmt: skip
    yes("cg21_berger_one_yes_one_no.eml", 24, (1143,), ("2026-05-13",), "2026-05-21 10:00",
        "Behandlungen Mai", """Sehr geehrte Damen und Herren,

die Behandlung am 13. Mai hat stattgefunden, das bestätige ich Ihnen hiermit.

Am gestrigen Mittwoch, dem 20. Mai, habe ich jedoch den ganzen Vormittag neben dem
Telefon gewartet, aber es hat niemand angerufen. Diese Behandlung hat also nicht
stattgefunden. Ich bitte um Rückmeldung, wie es nun weitergeht.

Mit freundlichen Grüßen
Ursula Berger""",
        client="plain", staff=True, extra=("question",),
        note="13.05 confirmed; 20.05 did not take place (nobody called)")  # fmt: skip
    yes("cg22_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:00",
        re(1043), """Hallo,

beide Termine heute, das Gerätetraining am 18.05. früh und die MT mittags, haben
stattgefunden.

Gruß
Peter Hoffmann""",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05 (KGG 07:30 and MT 12:30) confirmed")  # fmt: skip
    yes("cg23_hoffmann_ok.eml", 6, (1044,), (), "2026-05-26 09:10", re(1044),
        "ok, bestätigt\n\nPH",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip
    no("cg24_hoffmann_question_video.eml", 6, ("question",), "2026-05-29 16:00",
       video_link_subject(1045, "AW"), """Hallo,

kann ich am Montag auch vom Tablet aus dem Büro teilnehmen, oder muss es ein Rechner mit
Chrome sein? Und ist das wieder Gerät oder MT?

Gruß
Peter Hoffmann""",
       client="outlook", reply="vl-1045", style="outlook",
       note="question about the coming video session")  # fmt: skip
    yes("cg25_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:00",
        re(1046, "Re"), "Buna ziua,\nich bestätige Termin von 2 Juni, war gut, vielen dank.\n"
        "Elena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cg26_richter_iphone.eml", 8, (1051,), (), "2026-06-03 20:15", re(1051, "Re"),
        "Jo passt, hat stattgefunden 👍\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("cg27_popescu_problem.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 15:20",
        re(1048, "Re"), """Hallo,

Die Behandlung 16.06 war, aber video hat viele mal abgebrochen und Ton war schlecht. Können
wir nächste mal per Telefon machen? Ist einfacher für mich.

Danke, Elena Popescu""",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True,
        extra=("technical", "question"),
        note="confirms the session, reports video trouble, asks for phone next time")  # fmt: skip
    no("cg28_richter_nobody_came.eml", 8, ("technical",), "2026-06-17 19:50",
       re(1053, "Re"), """Hey,

ich war heute ab 18 Uhr im Videoraum, aber es ist niemand gekommen. Hab bis 18:25
gewartet. Die Behandlung hat also nicht stattgefunden. Was ist da passiert?

Jonas""",
       client="iphone", reply="cr-1053", style="iphone",
       note="under our request: the session did not take place")  # fmt: skip
    yes("cg29_neumann_two_days.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 09:30", "Bestätigung", """Sehr geehrtes Praxisteam,

wie gewünscht teile ich Ihnen mit, dass die telefonischen Behandlungen am Dienstag, dem
7. Juli, und am Donnerstag, dem 9. Juli, stattgefunden haben. Ich habe mich über die
Anrufe sehr gefreut, und die Übungen für den Rücken tun mir gut.

Mit freundlichen Grüßen und einen schönen Sommer wünscht Ihnen
Gisela Neumann""",
        client="plain", note="new mail, two July days")  # fmt: skip
    yes("cg30_brandt_question.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:00", re(1063),
        """Hallo,

bestätige hiermit die Behandlung vom 03.07.2026.

Könnten Sie mir außerdem die Rechnungen als PDF schicken, sobald die Serie durch ist? Die
Versicherung will das so.

Gruß
Lukas Brandt""",
        client="thunderbird", reply="cr-1063", style="thunderbird", staff=True,
        extra=("question",), note="yes plus a billing question")  # fmt: skip
    no("cg31_neumann_question_call.eml", 9, ("question",), "2026-07-27 10:00",
       reminder_subject(1062), """Sehr geehrte Damen und Herren,

vielen Dank für die Erinnerung. Ich möchte nur fragen, ob die Therapeutin mich morgen auf
dem Festnetz oder auf dem Handy anruft. Mein Handy habe ich nicht immer bei mir.

Mit freundlichen Grüßen
Gisela Neumann""",
       client="plain", reply="rem-1062", style="outlook_classic",
       note="question about tomorrow's call")  # fmt: skip


def autumn() -> None:
    yes("cg33_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10",
        re(1069, "Re"), "Hi,\n\nyes, the session on Monday 3rd August took place. Thanks!\n\n"
        "Emily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cg34_yildiz_nodate.eml", 12, (1075,), (), "2026-08-05 12:40", re(1075, "Aw"),
        "Hallo ja termin hat statt gefunden danke\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("cg35_carter_late.eml", 11, (1071,), ("2026-08-17",), "2026-08-28 21:00",
        re(1071, "Re"), "Sorry for the late reply – confirming the session on 17 August"
        " happened.\n\nEmily Carter",
        client="gmail", reply="cr-1071", style="gmail_en",
        note="eleven days late")  # fmt: skip
    yes("cg36_yildiz_two_days.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-27 09:00", "bestätigung 12.8 und 26.8",
        "Hallo,\nich bestätige die termine 12.8 und 26.8 beide haben stattgefunden.\n"
        "Mit freundlichen grüßen\nFatma Yildiz",
        client="webde", note="new mail, days in subject and text")  # fmt: skip
    no("cg37_carter_camera.eml", 11, ("question", "technical"), "2026-08-29 11:00",
       video_link_subject(1073), """Hi,

quick question about Monday: my laptop camera is broken at the moment. Can I still join
with audio only, or should I use my phone? The code in your email, do I type it in the
browser on the phone as well?

Thanks,
Emily""",
       client="gmail", reply="vl-1073", style="gmail_en",
       note="question about the coming video session")  # fmt: skip
    yes("cg38_vogel_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:50", re(1082),
        """Bestätigt: 10.09.2026.

Mit freundlichen Grüßen
Dr. Michael Vogel

Vogel & Partner Rechtsanwälte
Königsallee 40, 40212 Düsseldorf
Tel. 0211 4455 660 | Fax 0211 4455 669""",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("cg39_lehmann_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:00",
        re(1087, "Re"), "Hallo,\nder Termin am 8.9. hat stattgefunden.\nBeste Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True)  # fmt: skip
    yes("cg40_zimmermann_formal.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 15:00",
        re(1093), """Sehr geehrte Damen und Herren,

ich bestätige Ihnen hiermit, dass die Krankengymnastik am Montag, dem 05.10.2026,
telefonisch durchgeführt wurde. Ich muss sagen, ich war zunächst skeptisch, ob so etwas
am Telefon überhaupt geht, aber der Herr hat das sehr ordentlich gemacht und mir die
Übungen genau erklärt. Meine Frau hat mitgeschrieben.

Mit freundlichen Grüßen

Klaus Zimmermann""",
        client="outlook", reply="cr-1093", style="outlook_classic")  # fmt: skip
    yes("cg41_schaefer_office.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:30", re(1099),
        "Hallo,\nja, 14.10. fand statt.\nGruß Birgit Schäfer",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, next morning")  # fmt: skip
    no("cg42_zimmermann_cancel.eml", 15, ("cancellation",), "2026-10-28 09:00",
       "Absage Termin 2. November", """Sehr geehrte Damen und Herren,

leider muss ich den Termin am Montag, dem 2. November, absagen. Ich habe am Tag zuvor
eine Augenoperation und werde mich danach einige Tage schonen müssen. Ich melde mich
wieder, sobald ich wieder kann.

Mit freundlichen Grüßen
Klaus Zimmermann""",
       client="outlook", note="cancels a coming session")  # fmt: skip
    yes("cg43_jansen_moin.eml", 17, (1104,), (), "2026-10-22 12:00", re(1104, "Re"),
        "moin, jo war gut, bestätigt!\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("cg44_nowak_mixed.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 11:00", re(1116),
        "Dzień dobry,\nsorry, I confirm the therapy 6.11. took place.\nPozdrawiam\nDavid",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("cg45_hartmann_samsung.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:10",
        re(1120), "Ja hat stattgefunden am 3.11.\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1120", style="samsung")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
