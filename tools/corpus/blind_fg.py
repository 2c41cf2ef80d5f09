"""Write blind set FG: a hard set of look-alikes as real patients write them, 41 mails.

Sixteen mails confirm at least one session of the sender's own that took place (ten plain
ones, six that confirm one day and say another did not take place, was broken off or
belongs to someone else); twenty-five look like confirmations and are not: a session still
to come "bestätigt", thanks for a cancelled session, a confirmation for a family member
who is also a patient, a visit to the doctor, an old confirmation quoted again, "hat
leider nicht stattgefunden" in its many forms, a session broken off, a yes that answers a
reminder or a video link.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fg`.
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

HERE = data_dir("blind_fg")


def plain() -> None:
    yes("fg01_krueger_ja.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:10", re(1003),
        "Ja, hat am 27.1. stattgefunden.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("fg02_becker_fand_statt.eml", 2, (1012,), ("2026-02-09",), "2026-02-09 20:14", re(1012),
        "Behandlung am 9.2. fand statt.\n\nBeste Grüße\nThomas Becker",
        client="gmail", reply="cr-1012", style="gmail")  # fmt: skip
    yes("fg03_demir_heute.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:41", re(1020),
        "ja war heute 11.03 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1020", style="iphone")  # fmt: skip
    yes("fg04_wolff_drei.eml", 4, (1028, 1029, 1030), ("2026-01-16", "2026-01-23", "2026-01-30"),
        "2026-01-31 09:02", "Bestätigung Krankengymnastik",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen Behandlungen"
        " am 16.01., 23.01. und 30.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="a new mail naming three past days")  # fmt: skip
    yes("fg05_popescu_juni.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 13:30", re(1047),
        "Hallo, die Behandlung war am 9 Juni, alles gut gemacht. Danke schön\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("fg06_carter_english.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:05",
        re(1070, "Re"), "Yes, the session on 10 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("fg07_yildiz_kurz.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 12:20", re(1076),
        "Ja stattgefunden 12.08\n\nGesendet von meinem Samsung Galaxy Smartphone.",
        client="samsung", reply="cr-1076", style="samsung")  # fmt: skip
    yes("fg08_zimmermann_spaet.eml", 15, (1094,), ("2026-10-12",), "2026-11-20 18:45", re(1094),
        "bestätige termin vom 12.10. sorry hatte die mail übersehen\nK. Zimmermann",
        reply="cr-1094", style="thunderbird", client="thunderbird",
        note="late: five weeks after the session")  # fmt: skip
    yes("fg09_hartmann_unten.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:03", re(1121),
        "Ja, der Termin am 10.11. hat stattgefunden.\nLG Leonie",
        client="thunderbird", reply="cr-1121", style="thunderbird", bottom=True)  # fmt: skip
    yes("fg10_aydin_ok.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 15:10", re(1131),
        "Termin 26.02 war ok, danke\nMehmet Aydin",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip


def mixed() -> None:
    yes("fg11_schaefer_einer_ja.eml", 16, (1099,), ("2026-10-14",), "2026-10-22 08:15",
        "Termine Oktober",
        "Hallo,\n\nder Termin am 14.10. hat stattgefunden. Am 21.10. bin ich leider nicht in"
        " das Video reingekommen, der Code ging nicht. Wie machen wir das?\n\nBirgit Schäfer",
        client="gmail", staff=True, extra=("technical",),
        note="14.10. took place; 21.10. did not (could not join)")  # fmt: skip
    yes("fg12_becker_nicht_angerufen.eml", 2, (1013,), ("2026-02-12",), "2026-02-17 09:20",
        re(1014),
        "Guten Morgen,\nam Donnerstag 12.2. war die Behandlung wie geplant. Gestern (16.2.) hat"
        " mich aber niemand angerufen, ich saß bis 18 Uhr am Telefon.\nT. Becker",
        client="gmail", reply="cr-1014", style="gmail", staff=True,
        note="under the request for 16.02., which he says did not happen; 12.02. confirmed")  # fmt: skip
    yes("fg13_richter_abgebrochen.eml", 8, (1052,), ("2026-06-10",), "2026-06-18 07:55",
        "Bestätigung Juni",
        "Hi,\n10.6. hat stattgefunden. Am 17.6. ist nach ca. 10 min das Bild eingefroren und"
        " wir haben abgebrochen, den bitte nicht abrechnen.\n\nJonas",
        client="iphone", staff=True, extra=("technical",),
        note="17.06. broken off after ten minutes")  # fmt: skip
    yes("fg14_koch_mittwoch_ja.eml", 18, (1110,), ("2026-03-25",), "2026-03-31 10:30", re(1111),
        "Guten Tag,\n\nam Montag den 30.3. war ich beim Hausarzt, da ist die Behandlung"
        " ausgefallen, tut mir leid. Aber die am Mittwoch 25.3. hat stattgefunden, das"
        " bestätige ich gern.\n\nRenate Koch",
        client="tonline", reply="cr-1111", style="tonline", staff=True,
        note="the requested 30.03. did not take place; 25.03. did")  # fmt: skip
    yes("fg15_jansen_mit_freundin.eml", 17, (1106,), ("2026-11-05",), "2026-11-11 21:40",
        "Bestätigung", "Hey,\n\nmein Termin am 5.11. hat stattgefunden. Leonies (Hartmann) am"
        " 3.11. übrigens auch, sie schafft es grad nicht selbst zu schreiben.\n\nOle",
        client="gmail", staff=True,
        note="his own 05.11.; Leonie Hartmann's day must come from her")  # fmt: skip
    yes("fg16_hoffmann_mittag_abgesagt.eml", 6, (1042,), (), "2026-05-18 14:05",
        re(1042),
        "Die KGG heute früh hat stattgefunden. Die MT um 12:30 musste ich leider sausen"
        " lassen, Meeting. Bitte neuen Termin für MT.\n\nPeter Hoffmann",
        client="outlook", reply="cr-1042", style="outlook_classic", staff=True,
        extra=("reschedule",), note="same day: morning KGG (the requested one, named only as heute) took place, midday MT did not")  # fmt: skip


def future_and_other_yes() -> None:
    no("fg17_demir_morgen.eml", 3, ("other",), "2026-03-17 18:20", reminder_subject(1021),
       "Ja ich bestätige den Termin morgen 🙂", client="iphone", reply="rem-1021",
       style="iphone", staff=False, note="a yes to the reminder for tomorrow's session")  # fmt: skip
    no("fg18_krueger_vorab.eml", 1, ("other",), "2026-02-09 17:30", "Bestätigung Termin 10.02.",
       "Hallo,\nhiermit bestätige ich meinen Termin am Dienstag 10.02. um 10 Uhr.\n"
       "Sabine Krüger", client="webde",
       note="confirms a session still to come, in advance")  # fmt: skip
    no("fg19_wolff_naechste_woche.eml", 4, ("other",), "2026-02-10 11:00", re(1031),
       "Guten Tag, Ihre Mail kam bei mir erst heute an. Ich bestätige hiermit schon mal die"
       " Behandlung am 13.02., dann vergesse ich es nicht.\nH.-J. Wolff", client="tonline", reply="cr-1031", style="tonline",
       note="under the request for 06.02. he 'confirms' the coming 13.02. only")  # fmt: skip
    no("fg20_oneill_booked.eml", 23, ("other",), "2026-04-20 20:10", reminder_subject(1137, "RE"),
       "Hi, just confirming I'm booked for Tuesday the 21st at 7:30pm. Speak then!\nJames",
       client="outlook", reply="rem-1137", style="outlook_en", staff=False,
       note="confirms attendance at a session still to come")  # fmt: skip
    no("fg21_popescu_link.eml", 7, ("other",), "2026-06-13 12:40", video_link_subject(1048),
       "Ja, danke, Link funktioniert bei mir.\nElena", client="yahoo", reply="vl-1048",
       style="yahoo", staff=False, note="a yes to the video-link mail before the session")  # fmt: skip
    no("fg22_becker_ja_aber_spaeter.eml", 2, ("reschedule",), "2026-02-22 19:00",
       reminder_subject(1016), "Ja, passt. Könnten wir aber um 18 Uhr statt 17:30 anfangen?",
       client="gmail", reply="rem-1016", style="gmail",
       note="a yes to the reminder, with a change wish")  # fmt: skip


def did_not_happen() -> None:
    no("fg23_demir_danke_abgesagt.eml", 3, ("other",), "2026-04-01 12:00", "Danke",
       "Vielen Dank für die Behandlung am 1.4., hat mir gut getan!\nAylin",
       client="gmail", note="01.04. was cancelled")  # fmt: skip
    no("fg24_yildiz_abgesagt.eml", 12, ("other",), "2026-08-20 09:10", re(1076),
       "Termin 19.08 war gut danke schön", client="samsung", reply="cr-1076",
       style="samsung", note="19.08. was cancelled; the reply sits under the request for 12.08., which she does not confirm")  # fmt: skip
    no("fg25_zimmermann_abgesagter.eml", 15, ("other",), "2026-10-27 08:00", "Bestätigung",
       "bestätige behandlung 26.10.\nZimmermann", client="plain",
       note="26.10. was cancelled")  # fmt: skip
    no("fg26_wagner_danke_ausfall.eml", 21, ("other",), "2026-02-02 14:30", "Termin heute",
       "Danke für Ihr Verständnis, dass wir heute ausfallen lassen konnten! Bis nächste"
       " Woche.\nSophie Wagner", client="webde", staff=False,
       note="thanks for a cancelled session")  # fmt: skip
    no("fg27_brandt_kein_link.eml", 10, ("technical",), "2026-07-10 18:30", re(1064),
       "Leider hat der Termin nicht stattgefunden, ich hatte keinen Zugangscode.\nLukas",
       client="apple", reply="cr-1064", style="iphone")  # fmt: skip
    no("fg28_neumann_keiner_da.eml", 9, ("other",), "2026-07-14 11:15", re(1058),
       "Nein, da hat keiner angerufen. Ich habe bis halb zehn gewartet.\nGisela Neumann",
       client="plain", reply="cr-1058", style="thunderbird")  # fmt: skip
    no("fg29_hoffmann_stau.eml", 6, ("other",), "2026-05-11 10:00", re(1041),
       "hat heute leider nicht geklappt, stand im Stau\n\nPeter Hoffmann", client="outlook",
       reply="cr-1041", style="outlook")  # fmt: skip
    no("fg30_vogel_op.eml", 13, ("reschedule",), "2026-09-10 09:30", re(1082),
       "Stattgefunden? Leider nein – ich musste früh in den OP. Bitte einen neuen Termin.\n\n"
       "Dr. M. Vogel", client="outlook", reply="cr-1082", style="outlook_classic",
       note="10.09. did not take place")  # fmt: skip
    no("fg31_berger_grippe.eml", 24, ("other",), "2026-05-20 16:00", re(1144),
       "Nein leider, ich lag mit Grippe im Bett und hab den Anruf nicht gehört.\n"
       "U. Berger", client="plain", reply="cr-1144", style="gmail")  # fmt: skip
    no("fg32_aydin_arbeiten.eml", 22, ("reschedule",), "2026-03-05 16:00", re(1132),
       "Hallo, termin war nicht, ich war arbeiten, Entschuldigung. Neue termin bitte", client="outlook",
       reply="cr-1132", style="outlook")  # fmt: skip
    no("fg33_nowak_nicht.eml", 19, ("other",), "2026-11-06 12:00", re(1116),
       "Ich bestätige, dass die Behandlung am 6.11. NICHT stattgefunden hat – es ist niemand"
       " in den Raum gekommen.\nD. Nowak", client="plain", reply="cr-1116", style="gmail",
       bottom=True, note="confirms that it did NOT take place")  # fmt: skip
    no("fg34_carter_not_found.eml", 11, ("technical",), "2026-08-17 13:50", re(1071, "Re"),
       "Unfortunately the session on Aug 17 didn't happen, the link said meeting not found.",
       client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    no("fg35_lehmann_abbruch.eml", 14, ("technical",), "2026-09-22 15:00", re(1089),
       "ja, aber nach 10 Minuten ist die Verbindung abgebrochen und kam nicht wieder.\nAnna",
       client="thunderbird", reply="cr-1089", style="thunderbird",
       note="broken off after ten minutes: not fully taken place")  # fmt: skip
    no("fg36_krueger_kamera.eml", 1, ("technical",), "2026-02-10 13:00", re(1005),
       "Am 10.02. ging es leider nicht richtig, die Kamera hat gestreikt. Wir haben dann nur"
       " kurz telefoniert.\nS. Krüger", client="webde", reply="cr-1005", style="webde",
       note="session only partly held, by phone")  # fmt: skip


def others() -> None:
    no("fg37_nowak_orthopaede.eml", 19, ("other",), "2026-11-12 17:00", "Termin",
       "Hallo, mein Termin beim Orthopäden heute hat stattgefunden, er hat nochmal 6x MT"
       " verordnet. Rezept schick ich per Post.\nDavid", client="plain",
       note="a doctor's appointment, not ours")  # fmt: skip
    no("fg38_jansen_fuer_freundin.eml", 17, ("other",), "2026-11-17 19:00", "Termin Leonie",
       "Hi, Leonie Hartmann hatte heute ihren Termin, der hat stattgefunden. Sie hat gerade"
       " kein Internet.\nOle", client="gmail",
       note="a confirmation for another patient, not his own")  # fmt: skip
    no("fg39_schaefer_mutter.eml", 16, ("other",), "2026-03-26 08:50", "Termin meiner Mutter",
       "Guten Morgen,\nmeine Mutter Renate Koch hatte gestern ihren Telefontermin (25.3.), der hat"
       " stattgefunden. Sie kommt mit dem Mailen nicht so zurecht.\nBirgit Schäfer",
       client="gmail", note="for her mother, also a patient")  # fmt: skip
    no("fg40_koch_schon_bestaetigt.eml", 18, ("question",), "2026-04-20 10:00",
       "Bestätigung 15.04.",
       "Guten Tag,\nich habe am 15.4. doch schon bestätigt:\n\n> Ja, Behandlung am 15.04."
       " hat stattgefunden.\n\nIst das nicht angekommen?\nRenate Koch", client="tonline",
       note="quotes her own old confirmation of a day already confirmed")  # fmt: skip
    no("fg41_neumann_danke.eml", 9, ("other",), "2026-07-20 10:00", "Danke",
       "Danke für die Anrufe immer, die Behandlung hilft mir sehr, der Rücken ist schon"
       " viel besser.\nGisela Neumann", client="plain", staff=False,
       note="a thank-you naming no day, not under a request")  # fmt: skip


def main() -> None:
    load_practice()
    plain()
    mixed()
    future_and_other_yes()
    did_not_happen()
    others()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
