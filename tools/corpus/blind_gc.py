"""Write blind set GC: partial confirmations in everyday words. 32 mails confirm at least
one session: replies under our request for one day that confirm other days and leave the
asked one out or say it did not happen, "alle im März außer dem 18.", "die ersten zwei ja,
beim dritten war ich krank", one session confirmed and the next cancelled or moved in the
same breath, a session cut short beside sessions done in full, a yes with a doubt about
another day, and some where every named session plainly took place. 10 look-alikes read
like confirmations and are not: a session nobody joined, one cut short to minutes, a
cancelled day we asked about, a reply to a reminder, a future day "confirmed", a session
that was only talk about the invoice.

Labelling: only sessions the patient plainly confirms are `confirmed`; a day the patient
says did not take place, was cut short, or is only "probably" is neither confirmed nor
among `dates` and sends the mail to staff. Relative single days ("heute", "gestern (22.9.)")
count as named days; a month named as a whole ("alle im März") names no single day, so
such mails carry `dates=()`.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gc`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gc")


def asked_one_left_out() -> None:
    """Replies under our request for one day that confirm other days instead."""
    yes("gc01_krueger_asked_day_ill_others_done.eml", 1, (1005, 1007), ("2026-02-10", "2026-02-24"),
        "2026-02-25 09:12", re(1006),
        "Hallo,\n\nder 10.2. und gestern (24.2.) waren beide, am 17. war ich krank und hab abgesagt, "
        "das müsste bei Ihnen eigentlich stehen.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1006", style="webde", staff=True,
        note="asked 17.02 did not take place (appointment still scheduled); 10.02 and 24.02 confirmed")  # fmt: skip
    yes("gc02_becker_monday_fell_through_thursday_yes.eml", 2, (1011,), ("2026-02-05",),
        "2026-02-10 08:40", re(1012),
        "Moin,\n\nder Termin am Montag ist ausgefallen, Ihr Kollege hatte sich krank gemeldet. "
        "Donnerstag den 5. hatten wir aber, den kann ich Ihnen bestätigen.\n\nGruß T. Becker",
        client="gmail", reply="cr-1012", style="gmail", staff=True,
        note="asked 09.02 fell through; only 05.02 confirmed")  # fmt: skip
    yes("gc03_wolff_nobody_called_january_done.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-06 16:05", re(1031),
        "Sehr geehrte Damen und Herren,\n\nam 6. Februar hat mich niemand angerufen. Ich habe bis "
        "halb drei am Telefon gewartet.\nDie Termine am 23. und 30. Januar haben aber stattgefunden, "
        "die hatte ich glaube ich noch nicht bestätigt.\n\nMit freundlichem Gruß\nH.-J. Wolff",
        client="tonline", reply="cr-1031", style="tonline", staff=True,
        note="asked 06.02: nobody called; 23.01 and 30.01 confirmed")  # fmt: skip
    yes("gc04_aydin_learner_asked_missed.eml", 22, (1132,), ("2026-03-05",),
        "2026-03-13 19:20", re(1133),
        "Hallo\n12.3 termin war nicht, ich war arbeit sorry. aber 5.3 war telefon termin alles gut\n\n"
        "Danke\nMehmet",
        client="samsung", reply="cr-1133", style="samsung", staff=True,
        note="asked 12.03 did not take place; 05.03 confirmed")  # fmt: skip
    yes("gc33_becker_today_and_26th_not_23rd.eml", 2, (1017, 1018), ("2026-02-26", "2026-03-02"),
        "2026-03-02 19:30", re(1018),
        "Heute hat stattgefunden. Der 26. übrigens auch, der 23. hingegen nicht, da hatte ich "
        "Ihnen ja abgesagt.\n\nT. Becker",
        client="gmail", reply="cr-1018", style="gmail", staff=True,
        note="23.02 did not take place but is still scheduled")  # fmt: skip


def whole_month_but_one() -> None:
    """'Alle im März außer dem ...'."""
    yes("gc05_demir_all_march_but_18th.eml", 3, (1019, 1020, 1022), (), "2026-03-30 21:10",
        "Termine März",
        "Hallo liebes Praxis-Team,\n\nich bestätige alle meine Termine im März außer dem 18., da "
        "hatte ich Fieber und hab die Videositzung verpasst (hab vergessen abzusagen, sorry!).\n\n"
        "LG Aylin",
        client="gmail", staff=True,
        note="all March sessions (04., 11., 25.) confirmed, 18.03 missed; a month names no single day")  # fmt: skip
    yes("gc06_koch_march_except_wednesday_25th.eml", 18, (1109, 1111), (), "2026-03-31 10:30",
        re(1111),
        "Guten Tag,\n\nalle Termine im März haben stattgefunden, außer Mittwoch den 25., den "
        "musste ich wegen einem Arzttermin absagen, das hatte ich Ihrer Kollegin am Telefon "
        "gesagt.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1111", style="tonline", staff=True,
        note="March: 23.03 and 30.03 confirmed, 25.03 not (still scheduled)")  # fmt: skip
    yes("gc07_becker_all_february_but_19th.eml", 2, (1010, 1011, 1012, 1013, 1014, 1016, 1017), (),
        "2026-03-01 11:00", "Bestätigung Februar",
        "Hallo zusammen,\n\nhiermit bestätige ich sämtliche MT-Termine im Februar mit Ausnahme "
        "vom 19.02., den haben wir ja aufgrund Ihrer Terminverschiebung nicht gemacht.\n\n"
        "Beste Grüße\nThomas Becker",
        client="outlook", staff=True,
        note="every February session but 19.02; 19.02 still scheduled, staff checks the move")  # fmt: skip
    yes("gc29_wagner_january_but_19th_cut.eml", 21, (1124, 1126), (), "2026-01-27 07:30",
        re(1126),
        "Hallo,\n\ndie Januartermine haben alle stattgefunden bis auf den 19., da hatte ich im Zug "
        "keinen Empfang und wir haben es nach ein paar Minuten gelassen.\n\nGrüße Sophie",
        client="webde", reply="cr-1126", style="webde", staff=True,
        note="January: 12.01 and 26.01 confirmed; 19.01 broken off after minutes")  # fmt: skip


def first_ones_yes_then_ill() -> None:
    """'Die ersten zwei ja, beim dritten war ich krank'."""
    yes("gc08_neumann_first_two_yes_third_ill.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-15 18:00", "Bestätigung",
        "Sehr geehrtes Praxisteam,\n\nSie hatten mir Mails geschickt wegen 7., 9. und 14. Juli. "
        "Die ersten zwei ja, beim dritten war ich krank und lag im Bett, das Telefon hat "
        "geklingelt aber ich bin nicht rangegangen.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", staff=True,
        note="07.07 and 09.07 confirmed; 14.07 did not take place")  # fmt: skip
    yes("gc09_brandt_two_fridays_not_the_third.eml", 10, (1063, 1064), ("2026-07-03", "2026-07-10"),
        "2026-07-18 10:00", re(1065),
        "Hi,\n\n3.7. und 10.7. passen, den 17. hab ich wegen Migräne nicht gemacht.\n\nVG Lukas",
        client="thunderbird", reply="cr-1065", style="thunderbird", staff=True,
        note="asked 17.07 did not take place")  # fmt: skip
    yes("gc10_carter_english_two_yes_yesterday_no.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"),
        "2026-08-18 08:15", re(1071, "Re"),
        "Hi,\n\nI can confirm the sessions on Aug 3rd and Aug 10th. Yesterday's one didn't happen - "
        "I was stuck at the airport and couldn't join, sorry! Can we add one at the end?\n\n"
        "Best,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True,
        note="asked 17.08 missed; asks for a make-up session")  # fmt: skip
    yes("gc30_popescu_learner_two_yes_son_ill.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-17 10:00", re(1048),
        "Guten Tag,\n\nich bestatige Termin 2. Juni und 9. Juni. Am 16. Juni ich habe nicht "
        "gekonnt, mein Sohn war krank, ich habe vergessen zu schreiben. Entschuldigung.\n\n"
        "Elena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True,
        note="asked 16.06 missed")  # fmt: skip


def one_done_next_moved() -> None:
    """One session confirmed, the next cancelled or moved in the same breath."""
    yes("gc11_yildiz_today_yes_next_cancel.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 13:00",
        re(1078),
        "Hallo, heute hat stattgefunden (26.8.), danke! Den nächsten am 2.9. muss ich leider "
        "absagen, ich habe Termin beim Amt.\nGruss Fatma Yildiz",
        client="webde", reply="cr-1078", style="webde", staff=True, extra=("cancellation",),
        note="26.08 confirmed, 02.09 cancelled")  # fmt: skip
    yes("gc12_schaefer_work_address_yesterday_move_next.eml", 16, (1099,), ("2026-10-14",),
        "2026-10-15 08:05", re(1099),
        "Guten Morgen,\n\ndie Behandlung gestern Abend fand statt. Den Termin nächste Woche "
        "(21.10.) würde ich gerne auf Donnerstag verschieben, geht das?\n\nViele Grüße\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nb.schaefer@schaefer-steuerberatung.de",
        client="outlook", reply="cr-1099", style="outlook", staff=True, extra=("reschedule",),
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="her second registered address; 14.10 confirmed, 21.10 to move")  # fmt: skip
    yes("gc13_nowak_confirm_and_cancel_next.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:20",
        re(1117),
        "Bestätige den 13.11. Den 20. schaffe ich nicht, bitte absagen, ich melde mich wegen "
        "Ersatz.\n\nD. Nowak",
        client="apple", reply="cr-1117", style="iphone", staff=True, extra=("cancellation",),
        note="13.11 confirmed, 20.11 cancelled")  # fmt: skip
    yes("gc14_jansen_today_ok_move_next_thursday.eml", 17, (1105,), ("2026-10-29",),
        "2026-10-29 12:30", re(1105),
        "Hey, heute hat geklappt 👍 nächsten Donnerstag bin ich beim Kunden, können wir den auf "
        "Freitag 10 Uhr legen?\n\nOle",
        client="gmail", reply="cr-1105", style="gmail", staff=True, extra=("reschedule",),
        note="today 29.10 confirmed; 05.11 to move")  # fmt: skip
    yes("gc31_koch_two_done_wednesday_cancel.eml", 18, (1113, 1114), ("2026-04-08", "2026-04-13"),
        "2026-04-14 11:00", "Ihre Mails",
        "Sehr geehrte Damen und Herren,\n\ndie Termine am 8. April und gestern (13.) haben "
        "stattgefunden. Die Behandlung am Mittwoch, den 15., möchte ich absagen, ich habe da "
        "einen Arzttermin.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", staff=True, extra=("cancellation",),
        note="08.04 and 13.04 confirmed, 15.04 cancelled")  # fmt: skip


def cut_short_beside_full() -> None:
    """A session cut short beside sessions done in full."""
    yes("gc15_hoffmann_may_one_cut_short.eml", 6, (1040, 1041, 1043, 1044),
        ("2026-05-04", "2026-05-11", "2026-05-18", "2026-05-26"), "2026-05-27 07:10",
        "Termine Mai",
        "Guten Morgen,\n\nzur Bestätigung: 04.05. und 11.05. KGG haben vollständig stattgefunden, "
        "ebenso gestern (26.05.). Am 18.05. früh war nach zehn Minuten die Verbindung weg und kam "
        "nicht wieder, die MT am Mittag lief dagegen normal.\n\nGruß\nP. Hoffmann",
        client="outlook", staff=True,
        note="18.05 KGG broken off after 10 min (not confirmed); MT 18.05 noon took place")  # fmt: skip
    yes("gc16_lehmann_yesterday_half_only.eml", 14, (1087, 1088), ("2026-09-08", "2026-09-15"),
        "2026-09-23 09:00", re(1089),
        "Hallo,\n\n8.9. und 15.9. waren ganz normal. Gestern (22.9.) musste ich nach der Hälfte "
        "abbrechen, weil ich mein Kind krank aus der Kita abholen musste. Ich weiß nicht, ob man "
        "das so abrechnen kann?\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird", staff=True,
        extra=("question",),
        note="22.09 cut to half: neither confirmed nor a treatment day; staff decides")  # fmt: skip
    yes("gc17_richter_frozen_video_yesterday.eml", 8, (1051, 1052), ("2026-06-03", "2026-06-10"),
        "2026-06-18 07:45", re(1053),
        "Moin, 3. und 10. Juni waren top. gestern war das Video ständig eingefroren, wir haben nach "
        "ner Viertelstunde aufgehört, keine Ahnung ob das zählt.\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone", staff=True, extra=("technical",),
        note="17.06 stopped after 15 min with a frozen video: not confirmed")  # fmt: skip


def yes_with_doubt() -> None:
    """A yes for one day, a doubt about another."""
    yes("gc18_zimmermann_today_yes_before_maybe.eml", 15, (1095,), ("2026-10-19",),
        "2026-10-19 15:00", re(1095),
        "Hallo,\n\nja heute hat stattgefunden. Ich glaube der davor war auch, bin mir aber nicht "
        "mehr sicher, da war so viel los.\n\nGruß K. Zimmermann",
        client="outlook", reply="cr-1095", style="outlook_classic", staff=True,
        note="today 19.10 confirmed; 12.10 only 'ich glaube'")  # fmt: skip
    yes("gc19_schulz_today_yes_unsure_16_or_23.eml", 5, (1036,), ("2026-04-30",),
        "2026-04-30 17:30", re(1036),
        "Hallo,\n\nheute 30.4. hat stattgefunden. Muss ich den 23. auch noch bestätigen? Ich meine "
        "wir hatten da auch einen Termin, bin aber nicht sicher, ob das der 23. oder der 16. "
        "war.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird", staff=True,
        extra=("question",),
        note="30.04 confirmed; unsure whether 16.04 or 23.04")  # fmt: skip
    yes("gc20_berger_20th_yes_13th_unsure.eml", 24, (1144,), ("2026-05-20",), "2026-05-21 09:15",
        re(1144),
        "Guten Morgen,\n\nder Termin am 20.5. war. Ob wir am 13. telefoniert haben, weiß ich nicht "
        "mehr genau, da war ich bei meiner Tochter, vielleicht verwechsle ich das auch.\n\n"
        "Mit freundlichen Grüßen\nU. Berger",
        client="plain", reply="cr-1144", style="gmail", staff=True,
        note="20.05 confirmed; 13.05 in doubt")  # fmt: skip
    yes("gc21_oneill_english_last_night_earlier_unsure.eml", 23, (1139,), ("2026-05-05",),
        "2026-05-06 08:00", re(1139, "RE"),
        "Hi there,\n\nconfirming last night's session (5 May). I think the one before that "
        "(28 April) went ahead too but honestly I can't remember, I might have been travelling. "
        "Could you check your notes?\n\nCheers,\nJames",
        client="outlook", reply="cr-1139", style="outlook_en", staff=True, extra=("question",),
        note="05.05 confirmed; 28.04 only 'I think'")  # fmt: skip


def all_took_place() -> None:
    """Every session named plainly took place."""
    yes("gc22_krueger_two_march_days.eml", 1, (1008, 1009), ("2026-03-03", "2026-03-10"),
        "2026-03-11 08:00", re(1009),
        "Guten Morgen,\nich bestätige hiermit den 3.3. und den 10.3., beide haben stattgefunden.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1009", style="webde")  # fmt: skip
    yes("gc23_demir_three_april_lowercase.eml", 3, (1024, 1025, 1026),
        ("2026-04-08", "2026-04-15", "2026-04-22"), "2026-04-22 20:00", re(1025),
        "hallo, 8.4., 15.4. und heute 22.4. alle gemacht :)\nlg aylin",
        client="gmail", reply="cr-1025", style="gmail", bottom=True)  # fmt: skip
    yes("gc24_neumann_late_three_july.eml", 9, (1060, 1061, 1062),
        ("2026-07-21", "2026-07-23", "2026-07-28"), "2026-08-20 11:00",
        "Bestätigung meiner Behandlungen im Juli",
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie die späte Antwort, ich war bei meiner "
        "Schwester in Bayern. Hiermit bestätige ich die Telefonbehandlungen am 21., 23. und "
        "28. Juli. Alle haben stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", note="three weeks late")  # fmt: skip
    yes("gc25_wolff_today_and_13th.eml", 4, (1032, 1033), ("2026-02-13", "2026-02-20"),
        "2026-02-20 17:00", re(1033),
        "Guten Tag,\nBehandlung heute 20.02. hat stattgefunden, ebenso am 13.02.\nGruß Wolff",
        client="tonline", reply="cr-1033", style="tonline")  # fmt: skip
    yes("gc26_hartmann_missed_mail_both.eml", 20, (1122, 1123), ("2026-11-17", "2026-11-24"),
        "2026-11-24 19:05", re(1123),
        "Hallo! Ich hab die letzte Mail übersehen sorry. 17.11 und heute 24.11 haben beide "
        "stattgefunden 😊\n\nLiebe Grüße\nLeonie",
        client="webde", reply="cr-1123", style="webde")  # fmt: skip
    yes("gc27_wagner_new_mail_two_days.eml", 21, (1128, 1129), ("2026-02-09", "2026-02-16"),
        "2026-02-17 09:00", "Bestätigung Videotermine",
        "Hallo,\n\nhiermit bestätige ich meine Termine vom 9.2. und 16.2. (Video).\n\n"
        "Viele Grüße\nSophie Wagner",
        client="webde")  # fmt: skip
    yes("gc28_vogel_three_thursdays.eml", 13, (1082, 1083, 1084),
        ("2026-09-10", "2026-09-17", "2026-09-24"), "2026-09-24 09:30", re(1084),
        "Sehr geehrte Damen und Herren,\n\nbestätige die Behandlungen vom 10., 17. und 24.09.\n\n"
        "MfG\nDr. M. Vogel\n\n--\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 12, 40212 Düsseldorf\nTel. 0211 5566 770",
        client="outlook", reply="cr-1084", style="outlook")  # fmt: skip
    yes("gc32_aydin_three_phone_days.eml", 22, (1130, 1131, 1132),
        ("2026-02-19", "2026-02-26", "2026-03-05"), "2026-03-06 08:00", re(1131),
        "Hallo\n19.2 und 26.2 war telefon ok. 5.3 gestern auch\nMehmet",
        client="outlook", reply="cr-1131", style="outlook", note="a week late, three days")  # fmt: skip


def look_alikes() -> None:
    """Read like confirmations; nothing may be recorded."""
    no("gc34_krueger_nobody_joined.eml", 1, ("question",), "2026-02-03 12:00", re(1004),
       "Hallo,\n\nder Termin heute hat leider nicht stattgefunden, ich war im Warteraum, aber es "
       "kam niemand. Was ist da passiert?\n\nSabine Krüger",
       client="webde", reply="cr-1004", style="webde",
       note="the asked session did not take place")  # fmt: skip
    no("gc35_becker_was_it_not_moved.eml", 2, ("question",), "2026-02-17 08:00", re(1014),
       "Hallo,\n\nden Termin gestern hatten wir doch auf Mittwoch verschoben, oder? Am Montag hat "
       "mich jedenfalls niemand angerufen. Bitte klären.\n\nGruß Becker",
       client="gmail", reply="cr-1014", style="gmail",
       note="16.02 did not take place; a question about a move")  # fmt: skip
    no("gc36_wolff_five_minutes_only.eml", 4, ("question",), "2026-01-16 16:00", re(1028),
       "Guten Tag,\nheute haben wir nur ganz kurz telefoniert, die Therapeutin musste nach "
       "5 Minuten weg, wir machen es nächste Woche nach. Ist das so richtig?\nGruß Wolff",
       client="tonline", reply="cr-1028", style="tonline",
       note="16.01 cut to five minutes: nothing confirmed")  # fmt: skip
    no("gc37_demir_cancelled_day_asked.eml", 3, ("question",), "2026-04-01 10:30", re(1023),
       "Hallo, der Termin heute war doch abgesagt? Warum soll ich den bestätigen?\nAylin",
       client="gmail", reply="cr-1023", style="gmail",
       note="01.04 is cancelled; the patient says so herself")  # fmt: skip
    no("gc38_schulz_reminder_yes_tomorrow.eml", 5, ("other",), "2026-05-20 16:00",
       reminder_subject(1038),
       "Ja, ich bin morgen dabei! Bis dann\nMarie",
       client="thunderbird", reply="rem-1038", style="thunderbird", staff=False,
       note="a yes to the reminder for a future session")  # fmt: skip
    no("gc39_richter_overslept.eml", 8, ("reschedule",), "2026-06-24 20:00", re(1054),
       "Nee, heute hab ich's verpennt, sorry!! Bitte nicht abrechnen. Können wir das nächste Woche "
       "nachholen?\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1054", style="iphone",
       note="24.06 missed, wants a make-up session")  # fmt: skip
    no("gc40_brandt_power_cut.eml", 10, ("technical",), "2026-07-25 09:00", re(1066),
       "Hallo,\n\nder Termin am 24. hat nur 5 Minuten gedauert, dann ist bei mir der Strom "
       "ausgefallen. Ich würde das nicht als Behandlung zählen.\n\nVG Lukas",
       client="thunderbird", reply="cr-1066", style="thunderbird",
       note="24.07 broken off after five minutes; patient himself says it does not count")  # fmt: skip
    no("gc41_zimmermann_confirms_future_day.eml", 15, ("other",), "2026-10-30 10:00",
       "Termin 2.11.",
       "Hallo,\n\nich bestätige hiermit den Termin am 2.11. um 11 Uhr.\n\nGruß K. Zimmermann",
       client="outlook",
       note="02.11 is still to come: nothing to record; staff may explain")  # fmt: skip
    no("gc42_yildiz_at_the_doctor.eml", 12, ("other",), "2026-08-05 12:30", re(1075),
       "Hallo, heute hat nicht geklappt, ich war beim Arzt und das Wartezimmer war voll. Nächste "
       "Woche wieder normal.\nFatma",
       client="webde", reply="cr-1075", style="webde",
       note="05.08 missed")  # fmt: skip
    no("gc43_carter_only_talked_invoice.eml", 11, ("question",), "2026-08-31 15:00",
       re(1073, "Re"),
       "Hi,\n\nnot sure I can confirm this one - we were on video but only talked about the "
       "invoice and my next prescription, no actual exercises. Does that count as a session?\n\n"
       "Emily",
       client="gmail", reply="cr-1073", style="gmail_en",
       note="31.08: the patient doubts it was a treatment")  # fmt: skip


def main() -> None:
    load_practice()
    asked_one_left_out()
    whole_month_but_one()
    first_ones_yes_then_ill()
    one_done_next_moved()
    cut_short_beside_full()
    yes_with_doubt()
    all_took_place()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
