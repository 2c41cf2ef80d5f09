"""Write blind set DL: a plain, representative inbox of the whole year, nothing themed.

42 mails: 32 that confirm at least one session (mostly short replies under our request in
many mail programs, with or without the day, some new mails, several days at once, a few
late, one from a parent and one from a patient's second address, a few with a question or
a problem beside the yes) and 10 look-alikes (a cancellation, a reschedule, a question and
a technical problem before a coming session, a session broken off, a session missed, a
reply to a reminder, a thank-you for a reminder, a cancelled day and a day without an
appointment "confirmed").

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dl`.
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

HERE = data_dir("blind_dl")


def winter() -> None:
    """January to March: Krüger, Becker, Wolff, Wagner, Aydın, Demir, Koch."""
    yes("dl01_krueger_ja.eml", 1, (1003,), (), "2026-01-27 13:12", re(1003, "Aw"),
        "Ja, hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("dl02_wolff_freitag.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 09:30", re(1028),
        "Guten Tag,\n\nder Termin am Freitag den 16.01. hat stattgefunden.\n\n"
        "Mit freundlichem Gruß\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("dl03_becker_formal.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:14", re(1010),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung (Manuelle "
        "Therapie) vom 02.02.2026.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("dl04_wagner_smiley.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 12:15",
        re(1128, "Re"), "Hallo!\nTermin vom 9.2. bestätigt :)\nLG Sophie",
        client="iphone", reply="cr-1128", style="iphone")  # fmt: skip
    yes("dl05_becker_drei_tage.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 08:40",
        "Bestätigung Termine Februar",
        "Hallo,\n\nhier meine Bestätigung für die Telefontermine am 5.2., 9.2. und 12.2. - "
        "alle drei haben stattgefunden.\n\nGruß\nT. Becker",
        client="outlook", note="new mail, three days at once")  # fmt: skip
    yes("dl06_aydin_kurz.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 18:30",
        re(1130, "AW"), "Merhaba, ja Termin 19.02 war. Danke\n\nMehmet",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("dl07_wolff_nachtrag.eml", 4, (1029, 1030, 1031, 1032, 1033),
        ("2026-01-23", "2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-21 10:15", "Nachtrag Bestätigungen",
        "Sehr geehrtes Praxisteam,\n\nich habe leider versäumt, die letzten Termine zu "
        "bestätigen. Die telefonischen Behandlungen am 23.1., 30.1., 6.2., 13.2. und 20.2. "
        "haben alle stattgefunden.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff\n"
        "Tel. 0211 4471823",
        client="tonline", note="new mail, late, five days")  # fmt: skip
    yes("dl08_demir_klein.eml", 3, (1019,), (), "2026-03-04 10:47", re(1019, "Re"),
        "ja hat stattgefunden danke!!",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("dl09_demir_frage_uhrzeit.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 12:20",
        re(1020, "Re"),
        "Hallo, ja die Behandlung am 11.3. hat stattgefunden.\n"
        "Kann ich nächste Woche vielleicht um 9 statt halb 9 anfangen? Muss meinen Sohn "
        "noch in die Kita bringen.\n\nViele Grüße\nAylin",
        client="gmail", reply="cr-1020", style="gmail", staff=True, extra=("reschedule",),
        note="yes plus a wish to move next week's time")  # fmt: skip
    yes("dl10_koch_liste.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 10:00", "Bestätigung",
        "Guten Tag,\n\nhiermit bestätige ich folgende Termine:\n23.03.\n25.03.\n30.03.\n\n"
        "MfG Renate Koch",
        client="tonline", note="new mail, a list of three days")  # fmt: skip


def spring() -> None:
    """April to June: O'Neill, Schulz, Hoffmann, Berger, Popescu, Richter."""
    yes("dl11_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:55",
        re(1136, "RE"),
        "Confirmed - the call on Tuesday 14 April went ahead.\n\nRegards,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("dl12_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:20",
        re(1034, "Re"),
        "Hallo,\n\nich bestätige für meine Tochter Marie die Videostunde vom 16.04.\n\n"
        "Viele Grüße\nKatrin Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz",
        note="the mother writes from the registered address")  # fmt: skip
    yes("dl13_berger_dialekt.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 14:30",
        re(1142, "Re"),
        "Griaß Gott,\ndes hod am 6. Mai scho passt mit dem Telefonieren.\nPfiat Eana\n"
        "U. Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("dl14_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 15:10", re(1043),
        "Hallo,\n\nbeide Termine am 18.05. (morgens Gerät, mittags MT) haben stattgefunden.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="one day, both sessions of that day")  # fmt: skip
    yes("dl15_hoffmann_bestaetigt.eml", 6, (1044,), (), "2026-05-26 09:41", re(1044),
        "Bestätigt.\nP. Hoffmann\n\nVon Outlook für Android gesendet",
        client="plain", reply="cr-1044", style="outlook")  # fmt: skip
    yes("dl16_popescu_juni.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:03",
        re(1046, "AW"),
        "Hallo,\nich bestätige das die Therapie am 2 Juni stattgefunden hat.\nVielen dank.\n"
        "Elena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("dl17_popescu_ton_weg.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 20:45",
        re(1048, "AW"),
        "Guten Abend,\nja die Behandlung am 16.06. war, aber die video war sehr schlecht, der "
        "ton war weg für ungefähr 5 minuten. Ist das so ok? Nächstes mal vielleicht mit "
        "Telefon?\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True,
        extra=("technical", "question"),
        note="confirms, but a sound dropout and a question")  # fmt: skip
    yes("dl18_richter_heute.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:15",
        re(1051, "Re"),
        "Hi, ja hat alles geklappt. Bestätige hiermit den 03.06.\n\nJonas\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip


def summer() -> None:
    """July to September: Neumann, Brandt, Carter, Yıldız, Vogel, Lehmann."""
    yes("dl19_brandt_unten.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:02",
        re(1063, "Re"), "Bestätige: Termin 03.07. hat stattgefunden.\n\nGruß Lukas",
        client="gmail", reply="cr-1063", style="gmail", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("dl20_neumann_zwei_anrufe.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 16:40", "Termine",
        "Liebe Praxis Impulse,\n\nich möchte Ihnen bestätigen dass die Anrufe am Dienstag "
        "7. Juli und am Donnerstag 9. Juli stattgefunden haben. Die Übungen mache ich jeden "
        "Morgen, es geht schon besser mit dem Knie.\n\nHerzliche Grüße\nGisela Neumann",
        client="plain", note="new mail, two days with weekday and month name")  # fmt: skip
    yes("dl21_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:20",
        re(1069, "Re"),
        "Hi,\n\nconfirming that my session on 3 August took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("dl22_yildiz_heute.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:10",
        re(1075, "Aw"), "Hallo ja termin war heute 5.8 alles gut. Danke\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("dl23_brandt_spaet.eml", 10, (1066,), ("2026-07-24",), "2026-08-20 21:30",
        re(1066, "Re"),
        "Sorry für die späte Antwort, war drei Wochen im Urlaub. Ja, der Termin am 24.7. "
        "hat stattgefunden.\n\nLukas",
        client="gmail", reply="cr-1066", style="gmail", note="late, four weeks")  # fmt: skip
    yes("dl24_carter_two_weeks.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-25 09:05", "Sessions on Aug 17 and Aug 24",
        "Hello,\n\nsorry, I forgot to reply last week - both sessions (Monday 17th and "
        "Monday 24th August) happened as planned.\n\nBest,\nEmily Carter",
        client="gmail", note="new mail in English, two days")  # fmt: skip
    yes("dl25_yildiz_abgesagt_erwaehnt.eml", 12, (1078,), ("2026-08-26",),
        "2026-08-26 17:30", re(1078, "Aw"),
        "Hallo,\nTermin am 26.08. hat stattgefunden. (der 19.08. war ja abgesagt)\n"
        "Gruß Fatma Yildiz",
        client="webde", reply="cr-1078", style="webde",
        note="the cancelled 19.08. is only mentioned as known")  # fmt: skip
    yes("dl26_lehmann_kurz.eml", 14, (1087,), (), "2026-09-08 21:10", re(1087, "Re"),
        "Hallo, ja, die Behandlung hat stattgefunden. Viele Grüße, Anna",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("dl27_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:15",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Videobehandlung vom "
        "10.09.2026.\n\nMit freundlichen Grüßen\n\nDr. med. Michael Vogel\nVogel & Partner "
        "Allgemeinmedizin\nRingstraße 12, 50667 Köln\nTel. 0221 9934-0 · Fax 0221 9934-19",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("dl28_lehmann_rezept.eml", 14, (1090,), ("2026-09-29",), "2026-09-29 16:00",
        re(1090, "Re"),
        "Hi,\n\nbestätige den 29.9.\nWie viele Termine sind eigentlich noch auf meinem "
        "Rezept? Brauche ich bald ein neues vom Arzt?\n\nLG Anna",
        client="gmail", reply="cr-1090", style="gmail", staff=True, extra=("question",),
        note="yes plus a question about the prescription")  # fmt: skip


def autumn() -> None:
    """October and November: Zimmermann, Schäfer, Jansen, Hartmann."""
    yes("dl29_zimmermann_montag.eml", 15, (1093,), ("2026-10-05",), "2026-10-06 08:10",
        re(1093), "Hallo\nja das war am Montag.\nGruss K. Zimmermann",
        client="plain", reply="cr-1093", style="outlook_classic",
        note="'am Montag' is Monday 05.10.2026, the requested day")  # fmt: skip
    yes("dl30_schaefer_firma.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:30",
        re(1099),
        "Hallo,\n\nder Termin am 14.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nHauptstr. 5 · 30159 Hannover",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("dl31_jansen_daumen.eml", 17, (1104,), (), "2026-10-22 12:40", re(1104, "Re"),
        "Jo, hat geklappt 👍",
        client="iphone", reply="cr-1104", style="iphone")  # fmt: skip
    yes("dl32_hartmann_unterlagen.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:05",
        re(1120, "Aw"),
        "Hallo,\nja der erste Termin heute hat stattgefunden, war super!\nMuss ich die "
        "Unterlagen noch schicken oder sind die bei Ihnen angekommen?\nLeonie",
        client="webde", reply="cr-1120", style="webde", staff=True, extra=("question",),
        note="yes for today plus a question about the forms")  # fmt: skip


def look_alikes() -> None:
    no("dl33_krueger_danke_erinnerung.eml", 1, ("other",), "2026-02-09 10:20",
       reminder_subject(1005, "Re"), "Danke für die Erinnerung, ich bin morgen dabei.\nSabine",
       client="gmail", reply="rem-1005", style="gmail", staff=False,
       note="a thank-you under the reminder for a coming session")  # fmt: skip
    no("dl34_becker_verschieben.eml", 2, ("reschedule",), "2026-02-15 18:05",
       reminder_subject(1014),
       "Hallo,\nkönnen wir den Termin morgen auf 18:30 schieben? Komme vorher nicht aus "
       "dem Büro.\nT. Becker",
       client="outlook", reply="rem-1014", style="outlook")  # fmt: skip
    no("dl35_wolff_abgebrochen.eml", 4, ("other",), "2026-02-06 16:10", re(1031),
       "Guten Tag,\n\ndie Behandlung heute wurde nach etwa 10 Minuten unterbrochen, die "
       "Verbindung war weg und es kam kein Rückruf mehr. Bitte nicht als volle Behandlung "
       "abrechnen.\n\nMit freundlichem Gruß\nH.-J. Wolff",
       client="tonline", reply="cr-1031", style="tonline",
       note="the session of 06.02. broke off, not confirmed")  # fmt: skip
    no("dl36_wagner_absage.eml", 21, ("cancellation",), "2026-01-30 07:45",
       "Absage Montag",
       "Hallo,\nich muss den Termin am Montag 2.2. leider absagen, mein Kleiner ist krank.\n"
       "Sorry & LG Sophie Wagner",
       client="iphone")  # fmt: skip
    no("dl37_koch_falscher_tag.eml", 18, ("confirmation",), "2026-03-26 08:00",
       "Behandlung", "Guten Tag,\nich bestätige den Termin vom 24.03.\nMfG R. Koch",
       client="tonline", dates=("2026-03-24",),
       note="she had 23.03. and 25.03., nothing on the 24th: which one, a person asks")  # fmt: skip
    no("dl38_carter_question.eml", 11, ("question", "technical"), "2026-08-28 19:30",
       video_link_subject(1073),
       "Hi,\n\nquick question about Monday - can my husband sit in on the session? And does "
       "the link also work on an iPad?\n\nThanks,\nEmily",
       client="gmail", reply="vl-1073", style="gmail_en",
       note="questions about the coming session of 31.08.")  # fmt: skip
    no("dl39_zimmermann_abgesagter_tag.eml", 15, ("confirmation",), "2026-10-27 09:00",
       "Termin 26.10.",
       "Guten Tag,\nhiermit bestätige ich den Termin vom 26.10.2026.\nGruss K. Zimmermann",
       client="plain", note="26.10. is cancelled in our calendar: not recorded")  # fmt: skip
    no("dl40_jansen_kamera.eml", 17, ("technical",), "2026-10-29 09:55",
       video_link_subject(1105),
       "Moin, der Link geht bei mir nicht, Kamera wird nicht erkannt. Können Sie mich "
       "anrufen? 0176 5512 9034\nOle",
       client="iphone", reply="vl-1105", style="iphone",
       note="five minutes before the session, a technical problem")  # fmt: skip
    no("dl41_schaefer_bin_dabei.eml", 16, ("other",), "2026-11-10 19:40",
       reminder_subject(1103), "Ja, bin morgen um 19 Uhr dabei.\nBirgit",
       client="webde", reply="rem-1103", style="webde", staff=False,
       note="a yes to the reminder for tomorrow: nothing took place yet")  # fmt: skip
    no("dl42_nowak_verpasst.eml", 19, ("other",), "2026-11-20 10:05", re(1118, "Re"),
       "Hallo,\n\nden Termin am 20.11. konnte ich leider nicht wahrnehmen, lag mit Fieber im "
       "Bett und habe es verschlafen. Nächste Woche bin ich wieder dabei.\n\nDavid Nowak",
       client="plain", reply="cr-1118", style="thunderbird",
       note="the session was missed, nothing to confirm")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
