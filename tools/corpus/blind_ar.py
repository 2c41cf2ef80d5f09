"""Write blind set AR: an ordinary inbox seen through less practised writers and their mail
programs. Elderly patients, a grandchild, a daughter, a neighbour or a son typing for them,
answers typed below the quote or into the middle of our quoted text, a forwarded request,
whole answers in the subject line, everything in one line without punctuation, spelling as
people spell, learners' German and some English. 44 mails: 34 that confirm at least one
session and 10 look-alikes (a reply that only says the patient will be there next time, two
replies to reminders, a mail meant for another practice, a forgotten session, a question
whether the last answer was right, a video that failed, a missed call, a patient unsure
which day it was, a forwarded video link that does not work).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ar`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, write_set
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_ar")


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None, fwd=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, forward=fwd,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None, fwd=None,
       to=mc.PRACTICE):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, forward=fwd,
          to=to, label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def inline(key: str, after: str, answer: str, tail: str = "") -> str:
    """Our mail quoted with '> ', the patient's answer typed in after the line holding
    `after` (as people answer into the middle of a quote), and `tail` below it all."""
    ref = mc.OUTBOX[key]
    lines = [f"Am {ref.sent_at:%d.%m.%y} um {ref.sent_at:%H:%M} schrieb {mc.PRACTICE_NAME}:"]
    for line in ref.text.splitlines():
        lines.append(f"> {line}" if line else ">")
        if after in line:
            lines += ["", answer, ""]
    text = "\n".join(lines)
    return f"{text}\n\n{tail}" if tail else text


def elderly() -> None:
    yes("ar01_neumann_bottom_thunderbird.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 14:20",
        re(1056), "Ja die Behandlung war am 7.7.\n\nGruss Gisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird", bottom=True,
        note="answer typed below the quote")  # fmt: skip
    yes("ar02_neumann_one_line.eml", 9, (1057,), (), "2026-07-09 16:48", re(1057),
        "guten tag ja die übungen am telefon haben gut geklappt war schön gruss gisela neumann",
        client="plain", reply="cr-1057", style="thunderbird",
        note="one line, no punctuation, no day: a yes under our request for 09.07.")  # fmt: skip
    yes("ar03_neumann_grandchild.eml", 9, (1058,), ("2026-07-14",), "2026-07-14 19:05",
        re(1058),
        "Hallo,\nich schreibe für meine Oma Gisela Neumann, sie kommt mit dem Computer nicht so"
        " zurecht. Sie sagt, die Behandlung am 14.07. hat stattgefunden.\n\nViele Grüße\nJana"
        " (Enkelin)", client="gmail", reply="cr-1058", style="gmail",
        note="grandchild types for the patient from her address")  # fmt: skip
    yes("ar04_berger_subject_only.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 18:32",
        "Behandlung 13.05. hat statt gefunden U. Berger", "Von meinem iPad gesendet",
        client="iphone", note="whole answer in the subject of a new mail")  # fmt: skip
    yes("ar05_berger_inside_quote.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 12:10",
        re(1142),
        inline("cr-1142", "geplant", "JA WAR AM 6.5. UM 9 UHR ALLES GUT"),
        client="plain", reply="cr-1142",
        note="answer typed into the middle of our quoted text")  # fmt: skip
    yes("ar06_wolff_tonline_bottom.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:02",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung am Freitag den"
        " 16.1.26.\n\nMfG\nH.-J. Wolff", client="tonline", reply="cr-1028", style="tonline",
        bottom=True)  # fmt: skip
    yes("ar07_wolff_late_two.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-04 10:41", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\ndie Telefonbehandlungen am 23.01. und am 30.01."
        " haben stattgefunden. Entschuldigen Sie bitte die Verspätung, ich war ein paar Tage"
        " bei meiner Tochter.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="new mail, two days, a few days late")  # fmt: skip
    yes("ar08_wolff_forward.eml", 4, (1031,), ("2026-02-06",), "2026-02-07 09:15",
        "WG: Bitte bestätigen Sie Ihre Behandlung vom 06.02.2026",
        "Die Behandlung am 06.02.2026 hat stattgefunden.\n\nH.-J. Wolff",
        client="tonline", fwd="cr-1031", style="forward_outlook",
        note="our request forwarded back instead of answered")  # fmt: skip
    yes("ar09_koch_spelling.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:40", re(1109),
        "Sehr geerte Damen und Herren\nich bestätige das die Behandlung am 23.3 statt gefunden"
        " hat\nMit freundlichen Grüssen\nRenate Koch", client="tonline", reply="cr-1109",
        style="tonline")  # fmt: skip
    yes("ar10_koch_two_days.eml", 18, (1110, 1111), ("2026-03-25", "2026-03-30"),
        "2026-03-31 10:05", "Termine",
        "Guten Morgen,\nam 25.3 und am 30.3 waren beide Telefontermine, das wollte ich noch"
        " sagen.\nDanke und Gruß\nR. Koch", client="tonline")  # fmt: skip
    yes("ar11_koch_neighbour.eml", 18, (1112,), ("2026-04-01",), "2026-04-01 18:22",
        re(1112),
        "Guten Abend,\nhier schreibt die Nachbarin von Frau Koch. Frau Koch bittet mich Ihnen"
        " mitzuteilen, dass die Behandlung am Mittwoch, 1. April, stattgefunden hat.\n\nMit"
        " freundlichem Gruß\ni.A. Helga Sommer", client="tonline", reply="cr-1112",
        style="tonline", note="neighbour types for the patient on her computer")  # fmt: skip
    yes("ar12_zimmermann_short.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:31",
        re(1093), "ja,war am 5.10. hod bassd\nK.Zimmermann", client="outlook", reply="cr-1093",
        style="outlook_classic")  # fmt: skip
    yes("ar13_zimmermann_subject_answer.eml", 15, (1094,), (), "2026-10-12 14:02",
        re(1094) + " - JA STATTGEFUNDEN", "", client="webde", reply="cr-1094", style="webde",
        note="answer only in the subject, body empty above the quote")  # fmt: skip


def learners_and_helpers() -> None:
    yes("ar14_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:10", re(1130),
        "Hallo ich bestatige Termin 19.02 telefon war gut danke\nMehmet", client="samsung",
        reply="cr-1130", style="samsung")  # fmt: skip
    yes("ar15_aydin_two.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-06 08:47", "Behandlung",
        "Guten Tag\nBehandlung 26.2 und 5.3 ist gemacht.\nDanke schön\nMehmet Aydin",
        client="samsung")  # fmt: skip
    yes("ar16_yildiz_daughter.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 20:14",
        re(1075),
        "Hallo,\nich bin die Tochter von Frau Yıldız. Meine Mutter hatte am 05.08. die"
        " Telefonbehandlung, sie hat stattgefunden.\nLG Derya", client="webde",
        reply="cr-1075", style="webde", note="daughter writes for her mother")  # fmt: skip
    yes("ar17_yildiz_iphone.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 13:55", re(1076),
        "12.08 ja", client="iphone", reply="cr-1076", style="iphone")  # fmt: skip
    yes("ar18_krueger_gmail_bottom.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 11:58",
        re(1004), "Ja, die Videobehandlung am 3.2. hat stattgefunden.\n\nLiebe Grüße\nSabine",
        client="gmail", reply="cr-1004", style="gmail", bottom=True)  # fmt: skip
    yes("ar19_krueger_late_three.eml", 1, (1005, 1006, 1007),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-03-14 21:30",
        "Bestätigung Februar",
        "Hallo,\nich hab ganz vergessen zu bestätigen: 10.2., 17.2. und 24.2. waren alle drei."
        " Sorry!\nSabine Krüger", client="webde", note="three days, weeks late")  # fmt: skip
    yes("ar20_becker_outlook.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:44", re(1010),
        "Bestätigt – MT am 02.02.2026 hat stattgefunden.\n\nGruß\nT. Becker",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("ar21_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:03",
        re(1046),
        "Buna ziua,\nich bestätige Termin vom 2 Juni, war gut mit Video.\nMultumesc\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ar22_popescu_bottom.eml", 7, (1047,), ("2026-06-09",), "2026-06-10 07:20", re(1047),
        "Ja, hat stattgefunden am 09.06.", client="yahoo", reply="cr-1047", style="yahoo",
        bottom=True)  # fmt: skip
    yes("ar23_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 18:12",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Hi, yes the session on August 3rd happened, thanks!\nEmily", client="gmail",
        reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ar24_oneill_son.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 09:02",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
        "Hello,\n\nI'm writing on behalf of my dad, he doesn't really do email. He says his"
        " phone session on 14 April took place.\n\nRegards,\nCiaran O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en",
        note="son writes for his father from the father's address")  # fmt: skip
    yes("ar25_schaefer_second_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15",
        re(1098), "Hallo,\nTermin am Mittwoch 07.10. fand statt.\nGruß B. Schäfer",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("ar26_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:40", re(1104),
        "moin, 22.10. war, passt", client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("ar27_brandt_thunderbird_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:30",
        re(1063), "Ja, hat stattgefunden (03.07.).\n\nLukas", client="thunderbird",
        reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("ar28_lehmann_inside_quote.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:20",
        re(1087),
        inline("cr-1087", "nennen Sie dabei das Datum", "-> bestätigt, 08.09.2026",
               "Anna"),
        client="thunderbird", reply="cr-1087",
        note="answer typed into our quote under the request line")  # fmt: skip
    yes("ar29_nowak_two.eml", 19, (1116, 1117), ("2026-11-06", "2026-11-13"),
        "2026-11-14 10:10", "Bestätigung 06.11. + 13.11.",
        "Bestätige 06.11. und 13.11.\nD. Nowak", client="plain",
        note="new mail, days also in the subject")  # fmt: skip
    yes("ar30_hoffmann_same_day_two.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 15:02", re(1043),
        "Beide Termine am 18.5. haben stattgefunden, früh das Gerätetraining und mittags die"
        " Manuelle.\n\nP. Hoffmann", client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both named")  # fmt: skip
    yes("ar31_richter_ja.eml", 8, (1051,), (), "2026-06-03 20:05", re(1051),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet", client="iphone",
        reply="cr-1051", style="iphone")  # fmt: skip
    yes("ar32_schulz_mother.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:45", re(1034),
        "Hallo,\nich (die Mama von Marie) bestätige den Videotermin am 16.4., Marie hat"
        " mitgemacht.\nK. Schulz", client="plain", reply="cr-1034", style="thunderbird",
        note="mother writes for her daughter from the registered address")  # fmt: skip
    yes("ar33_neumann_one_forgotten.eml", 9, (1060,), ("2026-07-21",), "2026-07-24 10:30",
        "Behandlungen",
        "Sehr geehrte Damen und Herren,\ndie Behandlung am 21.7. hat stattgefunden. Die am"
        " 23.7. hatte ich leider vergessen, ich war beim Arzt. Das tut mir leid. Muss ich die"
        " bezahlen?\nGisela Neumann", client="plain", staff=True, extra=("question",),
        note="confirms 21.07.; the 23.07. did not take place and she asks about paying")  # fmt: skip
    yes("ar34_demir_short.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:12", re(1019),
        "ja am 4.3 war die behandlung", client="gmail", reply="cr-1019",
        style="gmail")  # fmt: skip


def look_alikes() -> None:
    no("ar35_berger_next_time.eml", 24, ("other",), "2026-05-27 11:20", re(1145),
       "Danke für die Nachricht. Nächste Woche bin ich wieder dabei.\nGruß U. Berger",
       client="plain", reply="cr-1145", style="thunderbird",
       note="only says she will be there next time; the 27.05. is not confirmed")  # fmt: skip
    no("ar36_berger_reminder_reply.eml", 24, ("other",), "2026-06-09 09:40",
       "AW: Erinnerung: Ihr Termin am 10.06.2026", "Danke ich bin da",
       client="plain", reply="rem-1147", style="thunderbird", staff=False,
       note="answers a reminder for a future session; nothing to do")  # fmt: skip
    no("ar37_wolff_reminder_reply.eml", 4, ("other",), "2026-02-19 15:05",
       "AW: Erinnerung: Ihr Termin am 20.02.2026",
       "Ich werde pünktlich am Telefon sein.\nMfG Wolff", client="tonline", reply="rem-1033",
       style="tonline", staff=False, note="answers a reminder; the session is tomorrow")  # fmt: skip
    no("ar38_koch_wrong_practice.eml", 18, ("other",), "2026-04-10 09:12",
       "Terminbestätigung",
       "Sehr geehrte Damen und Herren der Zahnarztpraxis Dr. Möller,\nhiermit bestätige ich"
       " meinen Termin am 20. April um 10 Uhr.\nMit freundlichen Grüßen\nRenate Koch",
       client="tonline",
       note="meant for her dentist: a future appointment at another practice")  # fmt: skip
    no("ar39_aydin_forgot.eml", 22, ("reschedule",), "2026-03-12 16:30", re(1133),
       "Entschuldigung, ich habe Termin heute vergessen, war nicht zu Hause. Kann ich neu"
       " Termin machen?\nMehmet", client="samsung", reply="cr-1133", style="samsung",
       note="forgot the session of 12.03. and asks for a new one")  # fmt: skip
    no("ar40_neumann_did_i_do_it_right.eml", 9, ("question",), "2026-07-17 11:05",
       "Frage",
       "Sehr geehrte Damen und Herren,\nmein Enkel hat mir gezeigt wie man auf Ihre Mail"
       " antwortet. Ich habe Ihnen gestern geantwortet, ist das so richtig bei Ihnen"
       " angekommen?\nMit freundlichen Grüßen\nGisela Neumann", client="plain",
       note="asks whether her earlier answer arrived; confirms nothing itself")  # fmt: skip
    no("ar41_krueger_video_failed.eml", 1, ("technical",), "2026-03-03 11:40", re(1008),
       "Hallo, leider hat das Video heute nicht funktioniert, ich hatte kein Bild und keinen"
       " Ton. Die Behandlung war also nicht. Was mache ich falsch?\nSabine Krüger",
       client="webde", reply="cr-1008", style="webde",
       note="the session of 03.03. did not take place")  # fmt: skip
    no("ar42_carter_missed.eml", 11, ("reschedule",), "2026-08-17 19:10",
       "Re: Bitte bestätigen Sie Ihre Behandlung vom 17.08.2026",
       "Sorry, I missed the call today, I was stuck at work. Could we do Thursday instead?\n"
       "Emily", client="gmail", reply="cr-1071", style="gmail_en",
       note="missed the session and asks for another day")  # fmt: skip
    no("ar43_koch_unsure.eml", 18, ("question",), "2026-04-09 10:25", re(1113),
       "Ich weiß nicht mehr genau ob die Frau am Montag oder am Mittwoch angerufen hat, ich"
       " bin mir nicht sicher. Können Sie nachsehen?\nR. Koch", client="tonline",
       reply="cr-1113", style="tonline", bottom=True,
       note="unsure whether the call took place; confirms nothing")  # fmt: skip
    no("ar44_schaefer_forwarded_link.eml", 16, ("technical",), "2026-11-11 18:40",
       "WG: Ihr Videotermin am 11.11.2026",
       "Der Link geht bei mir nicht, können Sie mir den nochmal schicken? Heute um 19 Uhr.\n"
       "Birgit Schäfer", client="outlook", fwd="vl-1103", style="forward_outlook",
       note="forwards our video link before the session: it does not open")  # fmt: skip


def main() -> None:
    load_practice()
    elderly()
    learners_and_helpers()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
