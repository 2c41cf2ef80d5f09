"""Write blind set DZ: everyday mails where the day of a session is given only in words.

43 mails. 31 confirm at least one session whose day follows plainly from the mail's date
and the patient's appointments ('heute', 'gestern', 'vorgestern', a bare weekday, 'letzte
Woche Freitag', 'den davor', 'die beiden letzten', 'Montag ja, Donnerstag nicht', a day
corrected in the next sentence, English 'the Tuesday one'; a few plainly dated, some
late). 6 mean to confirm but nothing may be recorded (a weekday and a date that disagree,
a cancelled day, a day without a session, an ambiguous 'letzten Donnerstag'), and 6 look
like confirmations and are not (a reminder answered 'ja', a failed session, a missed
call, a cancellation, a patient asking which Tuesday is missing).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dz`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_dz")


def relative_days() -> None:
    yes("dz01_krueger_heute.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40", re(1003),
        "Ja, heute um 10 hat stattgefunden.\n\nDanke und Gruß\nS. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="'heute' under our request for 27.01.")  # fmt: skip
    yes("dz04_demir_vorgestern.eml", 3, (1020,), ("2026-03-11",), "2026-03-13 07:50", re(1020, "Re"),
        "hey, ja vorgestern war die stunde, alles gut 👍",
        client="gmail", reply="cr-1020", style="gmail", bottom=True,
        note="written Friday 13.03.: vorgestern = Wednesday 11.03.")  # fmt: skip
    yes("dz09_richter_gestern.eml", 8, (1052,), ("2026-06-10",), "2026-06-11 07:30", re(1052, "Re"),
        "Jap, war gestern. LG Jonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("dz10_neumann_vorgestern_und_heute.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 11:30", "Behandlungen diese Woche",
        "Guten Tag,\n\ndie Behandlung vorgestern und die heute früh haben beide stattgefunden,"
        " jeweils am Telefon.\n\nFreundliche Grüße\nGisela Neumann",
        note="written Thursday 09.07.: Tuesday 07.07. and today")  # fmt: skip
    yes("dz22_hartmann_gestern_video.eml", 20, (1121,), ("2026-11-10",), "2026-11-11 08:02",
        re(1121), "Hallo!\nJa gestern hat alles geklappt mit dem Video 😊\nLG Leonie",
        client="webde", reply="cr-1121", style="webde")  # fmt: skip
    yes("dz06_hoffmann_gestern_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 08:05",
        re(1043), "Guten Morgen,\n\ngestern beide Termine wahrgenommen, morgens KGG und mittags"
        " MT.\n\nGruß\nP. Hoffmann", client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on Monday 18.05., both confirmed")  # fmt: skip
    yes("dz07_hoffmann_frueh_ja_mittag_nicht.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 19:10",
        re(1042), "Hallo,\n\nheute früh ja, den Mittagstermin hab ich leider verpasst (Meeting"
        " lief länger). Wird der trotzdem berechnet?\n\nPeter Hoffmann",
        client="outlook", reply="cr-1042", style="outlook", staff=True, extra=("question",),
        note="morning KGG took place, the midday MT did not; a question about billing")  # fmt: skip
    yes("dz29_demir_gestern_letzte_woche_ausgefallen.eml", 3, (1024,), ("2026-04-08",),
        "2026-04-09 12:15", re(1024, "Re"),
        "ja gestern war. letzte woche mittwoch ist ja ausgefallen oder? das muss ich dann nicht"
        " bestätigen oder?\naylin", client="gmail", reply="cr-1024", style="gmail", staff=True,
        extra=("question",), note="yesterday 08.04. confirmed; asks about the cancelled 01.04.")  # fmt: skip
    yes("dz43_hoffmann_gestern_und_heute.eml", 6, (1044,), ("2026-05-25", "2026-05-26"),
        "2026-05-26 10:00", re(1044), "Hallo,\n\ngestern und heute jeweils Training am Gerät"
        " per Video, hat beides stattgefunden.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1044", style="outlook", staff=True,
        note="Whit Monday 25.05. has no session (it was moved to Tuesday 26.05.)")  # fmt: skip


def weekdays() -> None:
    yes("dz02_becker_montag_ja_donnerstag_nicht.eml", 2, (1012,), ("2026-02-09",),
        "2026-02-15 10:20", "Termine diese Woche",
        "Hallo zusammen,\n\nMontag ja, Donnerstag nicht – da hab ich den Anruf verpasst, war"
        " noch im Zug. Können wir den nachholen?\n\nGruß\nThomas Becker",
        client="thunderbird", staff=True, extra=("reschedule",),
        note="written Sunday 15.02.: Monday 09.02. took place, Thursday 12.02. did not")  # fmt: skip
    yes("dz28_becker_montag_und_donnerstag.eml", 2, (1014, 1015), ("2026-02-16", "2026-02-19"),
        "2026-02-20 08:45", "Bestätigung MT",
        "Hallo,\n\nMontag und Donnerstag diese Woche, beides telefonisch, beides hat"
        " stattgefunden.\n\nGruß Thomas Becker", client="thunderbird",
        note="written Friday 20.02.: 16.02. and 19.02.")  # fmt: skip
    yes("dz08_popescu_dienstag.eml", 7, (1046,), ("2026-06-02",), "2026-06-04 09:20", re(1046),
        "Hallo,\nich bestätige Termin von Dienstag, es hat stattgefunden. Die Übungen ich mache"
        " jeden Tag.\nDanke schön\nElena", client="yahoo", reply="cr-1046", style="yahoo",
        note="written Thursday 04.06.: Tuesday 02.06.")  # fmt: skip
    yes("dz12_carter_mondays_session.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 20:10",
        re(1070, "Re"), "Hi! Yes, Monday's session happened – thanks, my neck feels much better"
        " already.\nEmily", client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("dz21_nowak_fridays_session.eml", 19, (1117,), ("2026-11-13",), "2026-11-15 21:40",
        "Bestätigung", "hi,\nconfirming friday's session.\nd.",
        note="written Sunday 15.11.: Friday 13.11.")  # fmt: skip
    yes("dz25_oneill_the_tuesday_one.eml", 23, (1139,), ("2026-05-05",), "2026-05-07 18:30",
        re(1139, "RE"), "Yes – the Tuesday one went ahead as planned.\n\nCheers,\nJames",
        client="outlook", reply="cr-1139", style="outlook_en")  # fmt: skip
    yes("dz17_zimmermann_montag_vor_ner_woche.eml", 15, (1095,), ("2026-10-19",),
        "2026-10-28 17:05", "Behandlung",
        "Hallo Praxis,\n\nMontach vor ner Woche war Behandlung, hat geklappt. Diesen Montach"
        " nich, is ja abgesagt worden.\n\nGruß K. Zimmermann",
        note="written Wednesday 28.10.: Monday 19.10.; the cancelled 26.10. rightly not claimed")  # fmt: skip
    yes("dz20_koch_ostermontag.eml", 18, (1113,), ("2026-04-06", "2026-04-08"), "2026-04-09 16:00",
        "Telefontermine", "Guten Tag,\n\nMontag und Mittwoch diese Woche waren die Anrufe, beides"
        " hat gut geklappt.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", staff=True,
        note="Easter Monday 06.04. has no session; Wednesday 08.04. does")  # fmt: skip
    yes("dz35_yildiz_gestern_und_davor.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-03 09:10", re(1079),
        "Hallo\ngestern und den Mittwoch davor auch, beide Telefon gemacht.\nGruß Fatma",
        client="webde", reply="cr-1079", style="webde",
        note="written Thursday 03.09.: 02.09. and 26.08.")  # fmt: skip


def weeks_back() -> None:
    yes("dz03_wolff_letzte_woche_freitag.eml", 4, (1029,), ("2026-01-23",), "2026-01-28 10:05",
        "Bestätigung Behandlung", "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich,"
        " dass die telefonische Behandlung letzte Woche Freitag stattgefunden hat.\n\nMit"
        " freundlichen Grüßen\nHans-Jürgen Wolff", client="tonline",
        note="written Wednesday 28.01.: Friday of last week = 23.01.")  # fmt: skip
    yes("dz15_vogel_letzte_woche_donnerstag.eml", 13, (1083,), ("2026-09-17",), "2026-09-21 07:45",
        re(1083), "Sehr geehrte Damen und Herren,\n\ndie Sitzung letzte Woche Donnerstag hat"
        " stattgefunden.\n\nMit freundlichen Grüßen\nDr. M. Vogel",
        client="outlook", reply="cr-1083", style="outlook_classic")  # fmt: skip
    yes("dz30_wolff_letzten_beiden_freitage.eml", 4, (1032, 1033), ("2026-02-13", "2026-02-20"),
        "2026-02-23 09:30", "Behandlungen",
        "Guten Tag,\n\ndie letzten beiden Freitage hat die Therapeutin angerufen, beide"
        " Behandlungen haben stattgefunden.\n\nMfG\nH.-J. Wolff", client="tonline",
        note="written Monday 23.02.: 13.02. and 20.02.")  # fmt: skip
    yes("dz13_carter_last_two_mondays.eml", 11, (1072, 1073), ("2026-08-24", "2026-08-31"),
        "2026-09-01 19:55", "Confirming sessions",
        "Hello,\n\nsorry I'm late with this – I can confirm the last two Mondays, yesterday and"
        " the week before.\n\nBest,\nEmily Carter", client="gmail")  # fmt: skip


def appointment_references() -> None:
    yes("dz05_schulz_die_beiden_letzten.eml", 5, (1035, 1036), ("2026-04-23", "2026-04-30"),
        "2026-05-02 10:15", "Videotermine",
        "Hallo,\n\nich hab vergessen zu antworten: die beiden letzten Videotermine haben"
        " stattgefunden.\n\nViele Grüße\nMarie Schulz", client="apple",
        note="the last two sessions before 02.05.: 23.04. and 30.04.")  # fmt: skip
    yes("dz16_lehmann_heute_und_den_davor.eml", 14, (1088, 1089), ("2026-09-15", "2026-09-22"),
        "2026-09-22 15:10", re(1089),
        "Hallo,\n\nja, heute hat stattgefunden. Den davor hatte ich glaube ich auch noch nicht"
        " bestätigt – der war ebenfalls.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird",
        note="today 22.09. and the one before, 15.09.")  # fmt: skip
    yes("dz18_schaefer_die_beiden_letzten_mittwoche.eml", 16, (1101, 1102),
        ("2026-10-28", "2026-11-04"), "2026-11-06 12:30", "Termine Physio",
        "Hallo Praxis Impulse,\n\ndie beiden letzten Mittwochstermine haben stattgefunden.\n\n"
        "Viele Grüße\nBirgit Schäfer\n\n--\nSchäfer Steuerberatung\nTel. 0221 5508812",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address; 28.10. and 04.11.")  # fmt: skip
    yes("dz26_berger_mittwoch_und_die_davor.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-22 11:00", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlung vom Mittwoch und die"
        " davor. Beide haben am Telefon stattgefunden.\n\nMit freundlichen Grüßen\nUrsula Berger",
        note="written Friday 22.05.: Wednesday 20.05. and the one before, 13.05.")  # fmt: skip


def corrected_and_dated() -> None:
    yes("dz27_krueger_also_dienstag.eml", 1, (1006,), ("2026-02-17",), "2026-02-19 07:15",
        re(1006), "Guten Morgen,\ndie Behandlung am Mittwoch hat stattgefunden. Ach nein,"
        " Dienstag. Also Dienstag, nicht Mittwoch. Bin noch nicht ganz wach 🙈\nSabine",
        client="webde", reply="cr-1006", style="webde",
        note="the day is corrected in the next sentence: Tuesday 17.02.")  # fmt: skip
    yes("dz19_jansen_also_donnerstag.eml", 17, (1105,), ("2026-10-29",), "2026-10-31 11:20",
        "Termin diese Woche",
        "Moin,\nTermin am Mittwoch hat stattgefunden. Quatsch, Donnerstag natürlich, Mittwochs"
        " hab ich Uni. Also Donnerstag, nicht Mittwoch.\nOle", client="gmail",
        note="written Saturday 31.10.: corrected to Thursday 29.10.")  # fmt: skip
    yes("dz31_lehmann_spaet_datiert.eml", 14, (1090, 1091), ("2026-09-29", "2026-10-06"),
        "2026-10-21 20:05", "Nachtrag Bestätigung",
        "Hallo,\n\nmir ist aufgefallen, dass ich die Termine am 29.9. und 6.10. nicht bestätigt"
        " habe – beide haben stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", note="weeks late, both days plainly given")  # fmt: skip
    yes("dz32_jansen_datum.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 13:00", re(1106, "Re"),
        "Bestätige den Termin vom 5.11., hat stattgefunden", client="gmail", reply="cr-1106",
        style="gmail")  # fmt: skip
    yes("dz33_nowak_freitag_datum.eml", 19, (1118,), ("2026-11-20",), "2026-11-21 09:00",
        re(1118, "Re"), "Freitag, 20.11. – stattgefunden.\n\nDavid Nowak", reply="cr-1118",
        style="thunderbird", bottom=True, note="weekday and date agree")  # fmt: skip


def unrecordable() -> None:
    yes("dz11_brandt_donnerstag_10_07.eml", 10, (), ("2026-07-10",), "2026-07-12 18:40",
        "Bestätigung", "Hallo,\n\nbestätige die Behandlung am Donnerstag, 10.07.\n\nLukas Brandt",
        staff=True, note="10.07. is a Friday (his session); weekday and date disagree")  # fmt: skip
    yes("dz34_hartmann_dienstag_18_11.eml", 20, (), ("2026-11-18",), "2026-11-19 07:40", re(1122),
        "Hallo, Termin am Dienstag den 18.11. hat stattgefunden\nLG Leonie",
        client="webde", reply="cr-1122", style="webde", staff=True,
        note="her Tuesday is 17.11.; 18.11. is a Wednesday: weekday and date disagree")  # fmt: skip
    yes("dz14_yildiz_gestern_mittwoch_abgesagt.eml", 12, (), (), "2026-08-20 10:00",
        "Termin", "Hallo,\ngestern Mittwoch war Termin, hat stattgefunden.\nGruß Fatma",
        client="webde", staff=True, note="19.08. is cancelled: nothing to record, staff looks")  # fmt: skip
    yes("dz23_wagner_montag_abgesagt.eml", 21, (), (), "2026-02-04 18:20", "Termin Montag",
        "Hallo,\n\nMontag war mein Termin, bitte als erledigt eintragen.\n\nLG Sophie Wagner",
        client="thunderbird", staff=True,
        note="Monday 02.02. is cancelled: nothing to record")  # fmt: skip
    yes("dz24_aydin_letzten_donnerstag.eml", 22, (), (), "2026-03-13 17:30", "Termin",
        "Hallo\nletzten Donnerstag hatte ich Termin, war gut. Danke\nMehmet", client="samsung",
        staff=True, note="written Friday 13.03.: 12.03. (yesterday) or 05.03.? both open")  # fmt: skip
    yes("dz36_schulz_letzten_donnerstag_feiertag.eml", 5, (), (), "2026-05-18 09:00",
        "Bestätigung", "Hallo,\n\nletzten Donnerstag hat stattgefunden.\n\nGrüße Marie Schulz",
        client="thunderbird", staff=True,
        note="written Monday 18.05.: Thursday 14.05. (holiday) has no session; 07.05. does")  # fmt: skip


def look_alikes() -> None:
    no("dz37_richter_erinnerung_ja.eml", 8, ("other",), "2026-06-16 19:05", rem(1053),
       "Ja passt, bin morgen dabei 👍\n\nVon meinem iPhone gesendet", client="iphone",
       reply="rem-1053", style="iphone", staff=False,
       note="answers our reminder for tomorrow: nothing took place yet")  # fmt: skip
    no("dz38_brandt_freitag_abgebrochen.eml", 10, ("technical", "question"), "2026-07-18 10:30",
       re(1065), "Hallo,\n\nFreitag hat leider nicht geklappt, die Verbindung ist nach 5 Minuten"
       " abgebrochen und ich kam nicht mehr rein. Wie machen wir das jetzt?\n\nLukas",
       reply="cr-1065", style="thunderbird", note="the session of 17.07. did not take place")  # fmt: skip
    no("dz39_neumann_dienstag_kann_nicht.eml", 9, ("cancellation",), "2026-07-20 09:40",
       rem(1060), "Guten Tag,\n\nDienstag kann ich nicht, ich hab einen Arzttermin. Donnerstag"
       " geht.\n\nGisela Neumann", reply="rem-1060", style="thunderbird",
       note="cancels tomorrow's session")  # fmt: skip
    no("dz40_koch_gestern_niemand.eml", 18, ("question",), "2026-03-31 10:10", re(1111),
       "Gestern hat niemand angerufen, ich hab extra gewartet. Was war denn da los?\n\nR. Koch",
       client="tonline", reply="cr-1111", style="tonline",
       note="Monday 30.03.: the call did not come")  # fmt: skip
    no("dz41_aydin_donnerstag_krank.eml", 22, ("reschedule",), "2026-03-20 08:15", re(1134),
       "Hallo\nDonnerstag war nicht, ich war krank. Bitte neuen Termin geben\nMehmet",
       client="samsung", reply="cr-1134", style="samsung",
       note="the session of 19.03. did not take place")  # fmt: skip
    no("dz42_oneill_which_tuesday.eml", 23, ("question",), "2026-05-15 12:00", "Confirmation",
       "Hi,\n\nI think I forgot to confirm one of the Tuesdays, not sure which one. Could you"
       " tell me which is missing and I'll confirm it?\n\nThanks,\nJames O'Neill",
       client="outlook", note="asks which session is open; confirms none")  # fmt: skip


def main() -> None:
    load_practice()
    relative_days()
    weekdays()
    weeks_back()
    appointment_references()
    corrected_and_dated()
    unrecordable()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
