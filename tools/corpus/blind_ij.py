"""Blind set IJ: one ordinary February 2026 inbox of the practice, 40 mails.

32 confirmations and 8 look-alikes from the five patients treated in February (Sabine
Krüger by video on Tuesdays, Thomas Becker by phone on Mondays and Thursdays, Hans-Jürgen
Wolff by phone on Fridays, Sophie Wagner by video on Mondays, Mehmet Aydın by phone on
Thursdays): mostly short replies under our confirmation request on the day or a few days
later, some new mails naming one or two days, a few in English or learners' German, a wife
and a son writing for the patient, questions, wishes and remarks beside some yeses. The
look-alikes: a cancellation, a move, a missed call, a video that never connected, a
prescription question, a thank-you without a yes, a reply to a reminder and a session cut
short.

Labelled as a careful practice employee would record them: `confirmed` holds only the
patient's own scheduled, not yet confirmed appointments that the mail plainly confirms as
held in full; `dates` the days the mail itself names (also "heute", "am Freitag") as days a
session took place; `needs_staff` whenever someone has to look or act.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_ij")

KRUEGER, BECKER, WOLFF, WAGNER, AYDIN = 1, 2, 4, 21, 22


def first_week() -> None:
    yes("ij01_krueger_kurz.eml", KRUEGER, (1004,), (), "2026-02-03 12:14",
        request_subject(1004), "Ja, bestätigt.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("ij02_becker_bestaetigt.eml", BECKER, (1010,), (), "2026-02-02 19:52",
        request_subject(1010), "Bestätigt.\nTB", client="gmail", reply="cr-1010",
        style="gmail")  # fmt: skip
    yes("ij03_becker_english_phone.eml", BECKER, (1011,), (), "2026-02-06 07:48",
        request_subject(1011, "Re"),
        "Confirmed, thanks. Sorry for the late reply, I'm travelling this week.\n\n"
        "Thomas\n\nSent from my iPhone",
        client="iphone", reply="cr-1011", style="gmail_en")  # fmt: skip
    yes("ij04_wolff_foermlich.eml", WOLFF, (1031,), ("2026-02-06",), "2026-02-06 16:40",
        request_subject(1031),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die "
        "krankengymnastische Behandlung am 06.02.2026 telefonisch stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\n\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1031", style="tonline")  # fmt: skip
    yes("ij05_becker_zwei_tage.eml", BECKER, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 12:03", "Bestätigung Termine",
        "Hallo,\n\nhiermit bestätige ich die beiden Telefontermine vom 2.2. und 5.2.\n"
        "Die Mails dazu sind bei mir irgendwie untergegangen.\n\nGruß\nThomas Becker")  # fmt: skip


def second_week() -> None:
    no("ij06_wagner_absage.eml", WAGNER, ("cancellation",), "2026-02-08 18:21",
       "Termin Montag",
       "Hallo liebes Praxisteam,\n\nich muss den Termin morgen (Montag, 9.2.) leider absagen, "
       "mich hat die Grippe erwischt und ich liege flach.\nMeldet ihr euch wegen eines "
       "Ersatztermins?\n\nLiebe Grüße\nSophie", client="gmail")  # fmt: skip
    yes("ij07_wagner_frage_theraband.eml", WAGNER, (1128,), (), "2026-02-09 11:35",
        request_subject(1128),
        "Ja, hat stattgefunden.\n\nKurze Frage noch: soll ich die Übungen mit dem Theraband "
        "jeden Tag machen oder reicht jeden zweiten Tag? Hab vergessen zu fragen.\n\n"
        "LG Sophie Wagner",
        client="gmail", reply="cr-1128", style="gmail", staff=True,
        extra=("question",))  # fmt: skip
    yes("ij08_becker_neu_montag.eml", BECKER, (1012,), ("2026-02-09",), "2026-02-10 08:12",
        "Behandlung Montag",
        "Guten Morgen,\n\ndie Behandlung am Montag, den 9.2., hat stattgefunden. "
        "Bestätigung hiermit.\n\nGruß T. Becker")  # fmt: skip
    yes("ij09_krueger_daumen.eml", KRUEGER, (1005,), (), "2026-02-10 11:41",
        request_subject(1005), "Ja 👍\n\nVon meinem iPhone gesendet", client="iphone",
        reply="cr-1005", style="iphone")  # fmt: skip
    yes("ij10_becker_invoice.eml", BECKER, (1012,), (), "2026-02-09 21:05",
        request_subject(1012, "Re"),
        "Yes, confirmed.\n\nCould you please send the invoices for February to my company "
        "address this time? Becker Consulting GmbH, Hafenstraße 12, 20457 Hamburg.\n\n"
        "Thanks,\nThomas",
        client="gmail", reply="cr-1012", style="gmail_en", staff=True,
        extra=("question",))  # fmt: skip
    yes("ij11_krueger_zwei_termine.eml", KRUEGER, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-11 09:27", "Bestätigung",
        "Guten Morgen,\n\nich hatte vergessen zu antworten: die Termine am 3. und am 10. Februar "
        "haben beide stattgefunden.\n\nSchöne Grüße\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("ij12_becker_unten.eml", BECKER, (1013,), (), "2026-02-12 20:30",
        request_subject(1013), "Ja, bestätige ich.\n\nThomas Becker", client="thunderbird",
        reply="cr-1013", style="thunderbird", bottom=True)  # fmt: skip
    yes("ij13_wolff_ehefrau.eml", WOLFF, (1032,), ("2026-02-13",), "2026-02-13 17:55",
        request_subject(1032),
        "Guten Tag,\n\nich schreibe für meinen Mann, Hans-Jürgen Wolff, der mit dem Computer "
        "nicht so zurechtkommt. Er hatte heute am Freitag seine Behandlung am Telefon, das "
        "hat alles gut geklappt. Er bestätigt das hiermit.\n\nMit freundlichen Grüßen\n"
        "Ingrid Wolff",
        client="tonline", reply="cr-1032", style="tonline", name="Ingrid Wolff")  # fmt: skip
    yes("ij14_becker_nur_ja.eml", BECKER, (1013,), (), "2026-02-13 06:58",
        request_subject(1013), "Ja\n\nVon meinem iPhone gesendet", client="iphone",
        reply="cr-1013", style="iphone")  # fmt: skip


def third_week() -> None:
    no("ij15_krueger_video_kaputt.eml", KRUEGER, ("technical",), "2026-02-17 12:02",
       request_subject(1006),
       "Hallo,\n\ndas kann ich so nicht bestätigen. Heute kam ich über den Link gar nicht "
       "in den Raum, es hieß immer nur \"Warten auf Teilnehmer\". Nach zehn Minuten habe ich "
       "aufgegeben. Bitte also nicht abrechnen. Was mache ich nächsten Dienstag anders?\n\n"
       "Gruß Sabine Krüger",
       client="webde", reply="cr-1006", style="webde")  # fmt: skip
    yes("ij16_krueger_verschieben.eml", KRUEGER, (1006,), (), "2026-02-17 13:20",
        request_subject(1006),
        "Ja, hat stattgefunden, danke.\n\nWäre es möglich, den Termin am 24. auf 11 Uhr zu "
        "legen? Um 10 habe ich da einen Zahnarzttermin.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1006", style="webde", staff=True,
        extra=("reschedule",))  # fmt: skip
    yes("ij17_wagner_outlook.eml", WAGNER, (1129,), (), "2026-02-16 12:47",
        request_subject(1129),
        "Bestätigt, danke!\n\nViele Grüße\nSophie Wagner", client="outlook",
        reply="cr-1129", style="outlook")  # fmt: skip
    yes("ij18_wagner_verbindung.eml", WAGNER, (1129,), (), "2026-02-16 19:10",
        request_subject(1129),
        "Ja, hat stattgefunden :) Die Verbindung war heute viel besser als letztes Mal, "
        "hab mich diesmal ans LAN-Kabel gehängt.\n\nSophie", client="gmail",
        reply="cr-1129", style="gmail")  # fmt: skip
    yes("ij19_becker_spaet.eml", BECKER, (1014,), ("2026-02-16",), "2026-02-27 22:14",
        request_subject(1014),
        "sorry für die späte Antwort, ja, die Behandlung am 16. hat stattgefunden.\n\nTB",
        client="gmail", reply="cr-1014", style="gmail")  # fmt: skip
    yes("ij20_becker_outlook_unten.eml", BECKER, (1014,), (), "2026-02-17 08:30",
        request_subject(1014),
        "Hiermit bestätigt.\n\nMit freundlichen Grüßen\nThomas Becker", client="outlook",
        reply="cr-1014", style="outlook_classic")  # fmt: skip
    yes("ij21_aydin_heute.eml", AYDIN, (1130,), ("2026-02-19",), "2026-02-19 15:26",
        request_subject(1130),
        "Hallo\nja Termin war heute, alles gut gemacht. Danke schön\nMehmet",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("ij22_aydin_sohn.eml", AYDIN, (1130,), ("2026-02-19",), "2026-02-19 20:41",
        request_subject(1130),
        "Hallo,\n\nhier ist Emre, der Sohn von Mehmet Aydın. Mein Vater hatte heute Mittag "
        "seine Behandlung am Telefon, er sagt es war alles okay. Er bestätigt das, ich "
        "schreibe nur für ihn weil sein Deutsch beim Schreiben nicht so gut ist.\n\n"
        "Viele Grüße\nEmre Aydın",
        client="gmail", reply="cr-1130", style="gmail", name="Emre Aydın")  # fmt: skip
    yes("ij23_becker_english_thursday.eml", BECKER, (1015,), ("2026-02-19",),
        "2026-02-20 09:02", "Session on Thursday",
        "Hi,\n\njust to confirm: yes, the session on Thursday (19 Feb) took place as "
        "planned.\n\nBest,\nThomas Becker")  # fmt: skip
    no("ij24_wolff_erinnerung.eml", WOLFF, ("other",), "2026-02-19 14:22",
       reminder_subject(1033),
       "Alles klar, ich bin morgen um 14 Uhr am Telefon.\n\nMfG\nH.-J. Wolff",
       client="tonline", reply="rem-1033", style="tonline", staff=False)  # fmt: skip
    yes("ij25_wolff_knapp.eml", WOLFF, (1033,), (), "2026-02-20 15:48",
        request_subject(1033), "Ja. Behandlung hat stattgefunden.\nMfG H.-J. Wolff",
        client="tonline", reply="cr-1033", style="tonline")  # fmt: skip
    no("ij26_wolff_kein_anruf.eml", WOLFF, ("other",), "2026-02-20 16:05",
       request_subject(1033),
       "Sehr geehrte Damen und Herren,\n\nich soll eine Behandlung bestätigen, die es nicht "
       "gegeben hat. Ich habe heute ab 14 Uhr am Telefon gewartet, aber es hat niemand "
       "angerufen. Bitte um Rückruf.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline", reply="cr-1033", style="tonline")  # fmt: skip
    yes("ij27_wolff_zwei_freitage.eml", WOLFF, (1032, 1033), ("2026-02-13", "2026-02-20"),
        "2026-02-21 10:15", "Bestätigung der Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen die telefonischen "
        "Behandlungen am 13. und am 20. Februar. Es geht mir mit dem Rücken schon deutlich "
        "besser.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff", client="tonline")  # fmt: skip
    yes("ij28_becker_donnerstag_frage.eml", BECKER, (1015,), (), "2026-02-19 19:44",
        request_subject(1015),
        "Ja, hat stattgefunden.\n\nNächsten Donnerstag schaffe ich es erst um 18 Uhr, "
        "ginge das ausnahmsweise?\n\nGruß Thomas",
        client="gmail", reply="cr-1015", style="gmail", staff=True,
        extra=("reschedule",))  # fmt: skip
    yes("ij29_aydin_lerner.eml", AYDIN, (1130,), ("2026-02-19",), "2026-02-21 11:30",
        request_subject(1130),
        "Sehr geehrte Praxis,\nich habe am Donnerstag 19.2 Termin gemacht mit Telefon, war "
        "gut. Ich bestätigen.\nMit freundliche Grüße\nMehmet Aydın",
        client="plain", reply="cr-1130")  # fmt: skip


def fourth_week() -> None:
    yes("ij30_becker_ok.eml", BECKER, (1016,), (), "2026-02-23 19:38",
        request_subject(1016), "ok, bestätigt", client="plain", reply="cr-1016")  # fmt: skip
    no("ij31_becker_abgebrochen.eml", BECKER, ("other",), "2026-02-23 19:50",
       request_subject(1016),
       "Hallo,\n\nheute mussten wir nach gut 15 Minuten abbrechen, mein Handyakku war leer "
       "und ich hatte kein Ladekabel dabei. Also nur die halbe Behandlung. Wie machen wir "
       "das?\n\nGruß Thomas Becker",
       client="gmail", reply="cr-1016", style="gmail", dates=("2026-02-23",))  # fmt: skip
    no("ij32_becker_verschieben.eml", BECKER, ("reschedule",), "2026-02-24 08:05",
       "Termin Donnerstag 26.2.",
       "Guten Morgen,\n\nkönnen wir den Termin am Donnerstag, 26.2., auf Freitag verschieben? "
       "Gleiche Uhrzeit wäre super. Am Donnerstag bin ich in München.\n\nDanke und Gruß\n"
       "Thomas Becker", client="thunderbird")  # fmt: skip
    yes("ij33_krueger_hilfreich.eml", KRUEGER, (1007,), (), "2026-02-24 14:02",
        request_subject(1007),
        "Jawohl, der Termin heute hat stattgefunden. War wieder sehr hilfreich, die neue "
        "Übung für die Schulter tut richtig gut!\n\nSabine", client="webde", reply="cr-1007",
        style="webde")  # fmt: skip
    yes("ij34_wagner_spaet.eml", WAGNER, (1129,), ("2026-02-16",), "2026-02-26 21:33",
        request_subject(1129),
        "Sorry, die Mail ist bei mir untergegangen! Ja, der Termin am 16. hat stattgefunden.\n\n"
        "LG Sophie", client="iphone", reply="cr-1129", style="iphone",
        bottom=True)  # fmt: skip
    no("ij35_aydin_rezept.eml", AYDIN, ("question",), "2026-02-25 10:12",
       "Rezept",
       "Hallo\n\nmeine Rezept ist bald fertig, war 6 mal. Muss ich neue Rezept von Hausarzt "
       "holen oder machen Sie das? Und schicke ich Ihnen dann per Post?\n\nDanke\nMehmet Aydın",
       client="samsung")  # fmt: skip
    yes("ij36_aydin_datum.eml", AYDIN, (1131,), ("2026-02-26",), "2026-02-26 14:37",
        request_subject(1131), "Ja ich bestätige Termin 26.02. Telefon. Danke\n\nMehmet",
        client="samsung", reply="cr-1131", style="samsung")  # fmt: skip
    yes("ij37_becker_passt.eml", BECKER, (1017,), (), "2026-02-26 20:11",
        request_subject(1017), "Ja passt.\n\nGesendet von meinem Galaxy", client="samsung",
        reply="cr-1017", style="samsung")  # fmt: skip
    yes("ij38_aydin_lerner_heute.eml", AYDIN, (1131,), ("2026-02-26",), "2026-02-26 18:50",
        request_subject(1131),
        "Sehr geehrte Damen und Herren\n\nich habe heute Behandlung gehabt mit Telefon, 30 "
        "Minuten, alles gut, der Rücken ist besser. Ich bestätige das hiermit.\n\n"
        "Mehmet Aydın", client="gmail", reply="cr-1131", style="gmail",
        bottom=True)  # fmt: skip
    yes("ij39_krueger_dienstag.eml", KRUEGER, (1007,), ("2026-02-24",), "2026-02-27 16:45",
        "Termin Dienstag",
        "Hallo zusammen,\n\nnur kurz zur Bestätigung: Die Videobehandlung am Dienstag, "
        "24.02., hat stattgefunden.\n\nViele Grüße\nSabine Krüger", client="webde")  # fmt: skip
    no("ij40_wagner_danke.eml", WAGNER, ("thanks",), "2026-02-28 10:20",
       "Danke!",
       "Liebes Praxisteam,\n\nich wollte mich einfach mal bedanken. Die Videotermine haben "
       "mir super geholfen, ich kann wieder ohne Schmerzen am Schreibtisch sitzen. Ihr macht "
       "das toll!\n\nHerzliche Grüße\nSophie Wagner", client="gmail", staff=False)  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    fourth_week()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
