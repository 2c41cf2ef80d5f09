"""Write blind set AW: a plain, representative inbox of March to May, nothing themed.

42 mails from the patients with sessions in those weeks (Krüger, Becker, Demir, Schulz,
Hoffmann, Koch, Aydın, O'Neill, Berger): 32 confirm at least one session - mostly short
replies under our request from webmail, phones and desktop programs, some with the day
and some without, a few new mails, a few late or several days at once, three with a
question or a wish beside the yes - and 10 look-alikes of such weeks: a thank-you for a
reminder, an "I confirm tomorrow's appointment", a cancellation, two reschedule wishes,
two missed sessions, a question about a coming call, a video code that does not work and
a question about the prescription.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_aw`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, write_set
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_aw")


def _after_ours(file: str, reply: str | None, date: str) -> None:
    if reply is not None:
        assert mc.local(date) > mc.OUTBOX[reply].sent_at, f"{file}: written before our mail"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None):  # fmt: skip
    _after_ours(file, reply, date)
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None):  # fmt: skip
    _after_ours(file, reply, date)
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def march() -> None:
    yes("aw01_krueger_webde_date.eml", 1, (1008,), ("2026-03-03",), "2026-03-03 14:10", re(1008),
        "Hallo,\n\nja, die Behandlung am 3.3. hat stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1008", style="webde")  # fmt: skip
    yes("aw02_krueger_webde_nodate.eml", 1, (1009,), (), "2026-03-10 12:42", re(1009),
        "Ja, alles gut gelaufen, danke!\nS. Krüger",
        client="webde", reply="cr-1009", style="webde",
        note="a yes under our request for 10.03.2026 that names no day")  # fmt: skip
    yes("aw03_krueger_late_february.eml", 1, (1005,), ("2026-02-10",), "2026-03-04 19:25",
        "Nachtrag Bestätigung Februar",
        "Guten Abend,\n\nbeim Durchsehen meiner Mails ist mir aufgefallen, dass ich auf Ihre"
        " Anfrage zum 10. Februar nie geantwortet habe. Die Behandlung an dem Tag hat ganz"
        " normal stattgefunden.\n\nEntschuldigung und viele Grüße\nSabine Krüger",
        client="webde", note="a new mail, weeks late, for 10.02.2026")  # fmt: skip
    yes("aw04_becker_outlook.eml", 2, (1018,), ("2026-03-02",), "2026-03-02 20:15", re(1018),
        "Bestätige die Behandlung vom 02.03.2026.\n\nGruß\nT. Becker",
        client="outlook", reply="cr-1018", style="outlook")  # fmt: skip
    yes("aw05_demir_gmail_lower.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:02",
        re(1019, "Re"), "ja die behandlung am 4.3 hat stattgefunden\nlg aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("aw06_demir_gmail_emoji.eml", 3, (1020,), (), "2026-03-11 10:47", re(1020, "Re"),
        "Jaa hat geklappt \U0001f44d",
        client="gmail", reply="cr-1020", style="gmail",
        note="a yes under our request for 11.03.2026")  # fmt: skip
    yes("aw07_demir_two_days_new.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-03-27 21:10", "Bestätigung",
        "Hallo liebes Praxisteam,\n\nich hab total vergessen die letzten beiden Termine zu"
        " bestätigen. 18.03. und 25.03. haben beide stattgefunden.\n\nLiebe Grüße\nAylin Demir",
        client="gmail")  # fmt: skip
    yes("aw08_koch_tonline_formal.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:20",
        re(1109),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am"
        " Montag, den 23. März stattgefunden hat.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("aw09_koch_tonline_short.eml", 18, (1110,), (), "2026-03-25 16:50", re(1110),
        "Ja hat statt gefunden\nMfg R. Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("aw10_aydin_learner.eml", 22, (1132,), ("2026-03-05",), "2026-03-05 15:40", re(1132),
        "Hallo\nich bestetige termin 05.03 war gut.\nDanke\nMehmet",
        client="outlook", reply="cr-1132", style="outlook")  # fmt: skip
    yes("aw11_aydin_samsung.eml", 22, (1133,), (), "2026-03-12 14:31", re(1133),
        "ja stattgefunden",
        client="samsung", reply="cr-1133", style="samsung")  # fmt: skip
    yes("aw12_aydin_question_prescription.eml", 22, (1134,), ("2026-03-19",), "2026-03-19 16:05",
        re(1134),
        "Guten Tag,\nBehandlung 19.3 hat stattgefunden.\nIch habe eine Frage, nach nächste"
        " Woche sind meine Termine fertig. Brauche ich neue Rezept von Arzt für weiter"
        " machen?\nMfG Mehmet Aydin",
        client="outlook", reply="cr-1134", style="outlook", staff=True, extra=("question",),
        note="confirms 19.03.2026 and asks about a new prescription")  # fmt: skip
    yes("aw13_aydin_late_sorry.eml", 22, (1135,), ("2026-03-26",), "2026-03-30 08:12", re(1135),
        "sorry spät antwort. termin 26.03 war, alles ok",
        client="samsung", reply="cr-1135", style="samsung")  # fmt: skip


def april() -> None:
    yes("aw14_koch_two_days_new.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 10:35", "Bestätigung 30.3. und 1.4.",
        "Guten Morgen,\n\ndie Behandlungen am 30.3. und am 1.4. haben beide stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("aw15_koch_dialect.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 17:04", re(1113),
        "Jo, war am Mittwoch den 8.4. alles in Ordnung, hat gut getan.\nGruß Renate",
        client="tonline", reply="cr-1113", style="tonline")  # fmt: skip
    yes("aw16_koch_late_apology.eml", 18, (1114,), ("2026-04-13",), "2026-04-27 11:50",
        re(1114),
        "Guten Tag,\n\nentschuldigen Sie bitte die späte Antwort, ich war ein paar Tage bei"
        " meiner Schwester. Die Behandlung am 13.04. hat stattgefunden.\n\nMfG\nRenate Koch",
        client="tonline", reply="cr-1114", style="tonline")  # fmt: skip
    yes("aw17_demir_iphone.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 13:20",
        re(1024, "Re"), "Ja am 08.04 war die Behandlung\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1024", style="iphone",
        sender="aylin.demir@gmail.com")  # fmt: skip
    yes("aw18_demir_with_reschedule.eml", 3, (1025,), ("2026-04-15",), "2026-04-15 11:30",
        re(1025, "Re"),
        "Hallo, bestätige den 15.4.\nKönnten wir nächsten Mittwoch (22.) eine Stunde später"
        " anfangen? Ich muss meinen Sohn zur Kita bringen.\nLG Aylin",
        client="gmail", reply="cr-1025", style="gmail", staff=True, extra=("reschedule",),
        note="confirms 15.04.2026 and asks to move the next session")  # fmt: skip
    yes("aw19_schulz_thunderbird.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:05",
        re(1034),
        "Hallo,\n\ndie Behandlung am 16.04.2026 hat stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("aw20_schulz_bottom.eml", 5, (1035,), (), "2026-04-23 17:33", re(1035),
        "Bestätigt.\n\nM. Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", bottom=True,
        note="a bottom-posted yes under our request for 23.04.2026")  # fmt: skip
    yes("aw21_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:45",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
        "Hi,\n\nyes, the session on 14 April took place. Thanks!\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("aw22_oneill_confirmed.eml", 23, (1137,), (), "2026-04-21 21:31",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 21.04.2026", "Confirmed.\n\nJ. O'Neill",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip


def may() -> None:
    yes("aw23_schulz_two_days_late.eml", 5, (1036, 1037), ("2026-04-30", "2026-05-07"),
        "2026-05-09 10:15", "Behandlungen 30.4. und 7.5.",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlungen vom 30.4. und vom 7.5., beide"
        " haben stattgefunden. Auf die erste Mail hatte ich wohl nicht geantwortet.\n\n"
        "Viele Grüße\nMarie Schulz",
        client="thunderbird")  # fmt: skip
    yes("aw24_schulz_question_phone.eml", 5, (1038,), ("2026-05-21",), "2026-05-21 17:40",
        re(1038),
        "Hallo,\n\nja, hat am 21.05. stattgefunden.\nEine Frage noch: kann ich die letzte"
        " Stunde statt per Video auch per Telefon machen? Ich bin dann unterwegs.\n\n"
        "Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1038", style="thunderbird", staff=True,
        extra=("question",), note="confirms 21.05.2026 and asks a question")  # fmt: skip
    yes("aw25_hoffmann_formal.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:15", re(1040),
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die Behandlung vom 04.05.2026.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("aw26_hoffmann_samsung.eml", 6, (1041,), ("2026-05-11",), "2026-05-11 11:02", re(1041),
        "Ja. 11.5.\nP.H.",
        client="samsung", reply="cr-1041", style="samsung")  # fmt: skip
    yes("aw27_hoffmann_both_sessions.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:40",
        re(1043),
        "Guten Abend,\n\nbeide Termine am 18.5. (morgens das Gerätetraining, mittags die manuelle"
        " Therapie) haben stattgefunden.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05.2026, morning KGG and midday MT")  # fmt: skip
    yes("aw28_hoffmann_classic.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 10:20", re(1044),
        "Bestätigt - 26.05.\n\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook_classic")  # fmt: skip
    yes("aw29_oneill_two_days_new.eml", 23, (1138, 1139), ("2026-04-28", "2026-05-05"),
        "2026-05-06 08:05", "Confirmation of sessions",
        "Hello,\n\njust confirming that my sessions on 28/04 and 05/05 both took place. Sorry"
        " I didn't reply to your emails earlier.\n\nKind regards,\nJames O'Neill",
        client="outlook")  # fmt: skip
    yes("aw30_oneill_german.eml", 23, (1140,), ("2026-05-12",), "2026-05-12 22:10",
        "AW: Bitte bestätigen Sie Ihre Behandlung vom 12.05.2026",
        "Ja, Behandlung am 12.5. hat stattgefunden.\nGrüße\nJames",
        client="outlook", reply="cr-1140", style="outlook")  # fmt: skip
    yes("aw31_berger_apple.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:03", re(1142),
        "Guten Tag,\n\ndie Behandlung am Mittwoch, den 6. Mai hat stattgefunden.\n\n"
        "Herzliche Grüße\nUrsula Berger\n\nVon meinem iPad gesendet",
        client="apple", reply="cr-1142", style="iphone")  # fmt: skip
    yes("aw32_berger_bottom.eml", 24, (1143,), (), "2026-05-13 12:00", re(1143),
        "Ja, hat stattgefunden.\nU. Berger",
        client="thunderbird", reply="cr-1143", style="thunderbird", bottom=True,
        note="a bottom-posted yes under our request for 13.05.2026")  # fmt: skip


def look_alikes() -> None:
    no("aw33_krueger_thanks_reminder.eml", 1, ("other",), "2026-03-09 10:30", rem(1009),
       "Danke für die Erinnerung, ich bin morgen dabei.\nSabine Krüger",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="a thank-you for the reminder of a coming session")  # fmt: skip
    no("aw34_krueger_prescription.eml", 1, ("question",), "2026-03-12 09:40",
       "Frage zur Verordnung",
       "Hallo,\n\nmeine Verordnung ist jetzt ja aufgebraucht. Wie geht es weiter, brauche ich"
       " ein neues Rezept vom Hausarzt oder vom Orthopäden? Der Rücken ist besser, aber noch"
       " nicht gut.\n\nViele Grüße\nSabine Krüger",
       client="webde", note="a question about a new prescription, no session confirmed")  # fmt: skip
    no("aw35_demir_cancel.eml", 3, ("cancellation",), "2026-03-31 09:10", rem(1023, "Re"),
       "Hallo, ich muss morgen leider absagen, mein Kleiner ist krank und ich bin den ganzen"
       " Tag beim Kinderarzt. Sorry!\nAylin",
       client="gmail", reply="rem-1023", style="gmail",
       note="cancels the session of 01.04.2026")  # fmt: skip
    no("aw36_demir_no_video.eml", 3, ("other",), "2026-04-22 10:15", re(1026, "Re"),
       "Hallo, heute hat es leider nicht geklappt. Ich war um halb neun im Videoraum und habe"
       " 20 Minuten gewartet, aber es ist niemand gekommen. Die Behandlung hat also nicht"
       " stattgefunden. Wie machen wir das jetzt?\nLG Aylin Demir",
       client="gmail", reply="cr-1026", style="gmail",
       note="the session of 22.04.2026 did not take place, under our request")  # fmt: skip
    no("aw37_schulz_confirms_tomorrow.eml", 5, ("other",), "2026-05-20 16:02", rem(1038),
       "Hallo,\n\nich bestätige den Termin morgen um 15:30.\n\nGrüße\nMarie Schulz",
       client="thunderbird", reply="rem-1038", style="thunderbird", staff=False,
       note="acknowledges the coming session of 21.05.2026: nothing has taken place yet")  # fmt: skip
    no("aw38_schulz_reschedule.eml", 5, ("reschedule",), "2026-05-27 16:20", rem(1039),
       "Hallo,\n\nkönnten wir den Termin morgen auf Freitag verschieben? Mir ist kurzfristig"
       " etwas auf der Arbeit dazwischengekommen.\n\nViele Grüße\nMarie Schulz",
       client="thunderbird", reply="rem-1039", style="thunderbird",
       note="wants to move the session of 28.05.2026")  # fmt: skip
    no("aw39_hoffmann_code_invalid.eml", 6, ("technical",), "2026-05-29 07:45",
       "AW: Ihr Videotermin am 01.06.2026",
       "Guten Morgen,\n\nich habe den Zugangscode schon mal ausprobiert, die Seite sagt aber"
       " \"ungültiger Code\". Können Sie das bitte prüfen, bevor es Montag losgeht?\n\n"
       "Mit freundlichen Grüßen\nPeter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook",
       note="the video code of the coming session does not work")  # fmt: skip
    no("aw40_oneill_which_number.eml", 23, ("question",), "2026-05-18 20:05",
       "RE: Erinnerung: Ihr Termin am 19.05.2026",
       "Hi,\n\nwill you call me on my mobile or on the landline tomorrow? I'll be at the office"
       " until 7 so the mobile would be better: 0176 5512 3380.\n\nThanks,\nJames",
       client="outlook", reply="rem-1141", style="outlook_en",
       note="a question about the coming call")  # fmt: skip
    no("aw41_berger_away.eml", 24, ("reschedule",), "2026-05-10 15:30", "Termin 20. Mai",
       "Guten Tag,\n\nich bin vom 18. bis 25. Mai bei meiner Tochter in Hamburg. Kann der"
       " Termin am 20. Mai verlegt werden, oder kann die Therapeutin mich auch dort anrufen?"
       "\n\nHerzliche Grüße\nUrsula Berger",
       client="apple", note="asks to move or relocate the session of 20.05.2026")  # fmt: skip
    no("aw42_berger_missed.eml", 24, ("other",), "2026-05-27 14:10", re(1145),
       "Guten Tag,\n\nleider hat das heute nicht geklappt. Ich war beim Arzt und die Wartezeit"
       " war so lang, dass ich erst um halb elf zu Hause war. Die Behandlung hat also nicht"
       " stattgefunden. Es tut mir leid.\n\nHerzliche Grüße\nUrsula Berger",
       client="apple", reply="cr-1145", style="iphone",
       note="the session of 27.05.2026 was missed, under our request")  # fmt: skip


def main() -> None:
    load_practice()
    march()
    april()
    may()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
