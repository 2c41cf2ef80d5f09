"""Write blind set CT: a hard set of look-alikes, 40 mails. 29 read at a glance like a
confirmation and are not one a careful employee records: a coming session "bestätigt" or
agreed to, thanks for a day that was cancelled, a confirmation for a husband, wife or mother
who is a patient too, a visit at the doctor's or at another practice, an old confirmation
forwarded again or a day already confirmed, a session that did not take place (not reached,
ill, no signal, no entry to the video room), a session broken off, a yes that answers our
forms request or video link. Between them 11 plain confirmations (one of them with a second
day that failed).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ct`.
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

HERE = data_dir("blind_ct")


def plain_confirmations() -> None:
    yes("ct01_krueger_yes_27jan.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:41", re(1003),
        "Hallo,\nja die Behandlung am 27.1. hat stattgefunden.\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ct02_becker_monday.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:52", re(1010),
        "passt, Montag 2.2. war\n\nGruß T. Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("ct03_demir_short.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:17", re(1019),
        "bestätige 04.03. 👍", client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("ct04_wolff_two_fridays.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-24 09:12", "Bestätigung Krankengymnastik",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen die telefonischen"
        " Behandlungen vom 16.01.2026 und vom 23.01.2026.\n\nMit freundlichem Gruß\n"
        "Hans-Jürgen Wolff", client="tonline")  # fmt: skip
    yes("ct05_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:05", re(1069, "Re"),
        "Hi,\n\nyes, the session on 3 August took place. Thanks a lot!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ct06_yildiz_phone_today.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:33", re(1075),
        "ja war heute telefon termin 5.8 alles gut\nFatma",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("ct07_neumann_letter.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 16:48",
        "Behandlung", "Sehr geehrte Damen und Herren,\n\ndie Behandlung am Dienstag, den 7. Juli,"
        " hat stattgefunden. Die Frau am Telefon war sehr freundlich.\n\nHochachtungsvoll\n"
        "Gisela Neumann")  # fmt: skip
    yes("ct08_nowak_bare_yes.eml", 19, (1116,), (), "2026-11-06 10:02", re(1116),
        "Ja.\n\nD. Nowak", client="thunderbird", reply="cr-1116", style="thunderbird",
        note="a bare yes under our request for 06.11.2026")  # fmt: skip
    yes("ct09_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:20", re(1130),
        "Hallo, ja termin 19.02 ist gemacht worden. danke\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("ct10_berger_late_two.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-06-01 08:40", re(1143),
        "Guten Morgen,\n\nentschuldigen Sie, dass ich mich erst jetzt melde, ich war bei meiner"
        " Tochter. Die beiden Anrufe am 6. und am 13. Mai haben stattgefunden.\n\n"
        "Freundliche Grüße\nUrsula Berger", client="yahoo", reply="cr-1143", style="yahoo",
        note="late answer under the 13.05 request naming both days")  # fmt: skip
    yes("ct11_brandt_one_of_two.eml", 10, (1063,), ("2026-07-03",), "2026-07-11 09:30",
        "Termine 3.7. und 10.7.",
        "Hallo Praxis Impulse,\n\nkurz zu den letzten beiden Terminen: am 3.7. hat alles"
        " geklappt. Gestern (10.7.) bin ich nicht in die Videositzung gekommen, der Code wurde"
        " nicht angenommen, das war also leider nichts. Bitte den 10. nicht abrechnen.\n\n"
        "Viele Grüße\nLukas Brandt", staff=True, extra=("technical",),
        note="03.07 confirmed; 10.07 did not take place, staff looks")  # fmt: skip


def coming_sessions() -> None:
    no("ct12_krueger_reminder_attend.eml", 1, ("other",), "2026-02-09 10:20",
       reminder_subject(1005), "Ich bestätige den Termin morgen um 10 Uhr. Bis dann!",
       client="webde", reply="rem-1005", style="webde", staff=False,
       note="attendance for tomorrow's session (10.02); nothing to record")  # fmt: skip
    no("ct13_hoffmann_link_ok.eml", 6, ("other",), "2026-05-08 18:02", video_link_subject(1041),
       "Danke für den Link. Montag 11.05. 7:30 passt, ist bestätigt.\n\nP. Hoffmann",
       client="outlook", reply="vl-1041", style="outlook", staff=False,
       note="agrees to the coming session of 11.05; nothing to record")  # fmt: skip
    no("ct14_jansen_confirms_first.eml", 17, ("other",), "2026-10-20 21:15",
       "Termin Donnerstag",
       "Hallo,\nhiermit bestätige ich den Termin am 22.10. um 10 Uhr.\nDie Unterlagen schicke"
       " ich morgen.\nOle Jansen", client="gmail", staff=False,
       note="a coming first session 'bestätigt', before it took place")  # fmt: skip
    no("ct15_schulz_after_break.eml", 5, ("other",), "2026-05-20 09:44",
       "Bestätigung Termin 21.05.",
       "Liebes Praxisteam,\n\nnach der Pause letzte Woche bestätige ich hiermit den"
       " Videotermin morgen, 21.05., 15:30 Uhr.\n\nHerzliche Grüße\nMarie Schulz",
       staff=False, note="tomorrow's session confirmed in advance")  # fmt: skip
    no("ct16_vogel_link_yes.eml", 13, ("other",), "2026-09-21 07:12", video_link_subject(1084),
       "Ja, passt.\n\nMV\n--\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte",
       client="apple", reply="vl-1084", style="iphone", staff=False,
       note="a yes to the video link of the coming 24.09 session")  # fmt: skip
    no("ct17_popescu_forms_yes.eml", 7, ("forms",), "2026-05-28 12:30",
       "AW: Ihre Unterlagen für die Behandlung",
       "Guten Tag,\nja, ich mache heute Abend und schicke. Danke\nElena Popescu",
       client="yahoo", reply="fr-7", style="yahoo", staff=False,
       note="a yes to our forms request, before any session")  # fmt: skip
    no("ct18_wolff_next_date.eml", 4, ("other",), "2026-02-13 16:05", re(1032),
       "Bestätige 20.02.\nWolff", client="tonline", reply="cr-1032", style="tonline",
       note="under the 13.02 request names next week's day 20.02; contradicts, staff asks")  # fmt: skip


def cancelled_days() -> None:
    no("ct19_demir_thanks_cancelled.eml", 3, ("other",), "2026-04-01 10:05", "heute",
       "Hallo, vielen Dank für heute und bis nächste Woche!\nAylin",
       client="iphone", note="thanks for 01.04, a cancelled session")  # fmt: skip
    no("ct20_yildiz_thanks_cancelled.eml", 12, ("other",), "2026-08-20 08:55", "Termin",
       "Guten morgen\ngestern termin war gut danke schön\nFatma Yildiz",
       client="samsung", note="thanks for 19.08, which was cancelled")  # fmt: skip
    no("ct21_zimmermann_thanks_move.eml", 15, ("other",), "2026-10-26 13:10",
       "Danke", "Guten Tag,\n\ndanke, dass Sie den Termin heute so unkompliziert abgesagt"
       " haben. Dann höre ich am 2.11. wieder von Ihnen.\n\nK. Zimmermann", staff=False,
       note="thanks for cancelling 26.10; a mere thank-you")  # fmt: skip


def family_members() -> None:
    no("ct22_koch_for_mother.eml", 18, ("other",), "2026-07-08 11:20",
       "Behandlung meiner Mutter Gisela Neumann",
       "Guten Tag,\n\nich schreibe für meine Mutter, Frau Gisela Neumann, sie hat keine E-Mail"
       " auf dem Handy. Die Behandlung gestern am 07.07. hat stattgefunden, sie war sehr"
       " zufrieden.\n\nMit freundlichen Grüßen\nRenate Koch", client="tonline",
       dates=("2026-07-07",),
       note="confirms the mother's (patient 9) session from her own address")  # fmt: skip
    no("ct23_hoffmann_for_wife.eml", 6, ("other",), "2026-05-06 20:30",
       "Termin meiner Frau", "Hallo,\n\nmeine Frau Ursula Berger bittet mich, Ihnen zu schreiben:"
       " ihr Telefontermin heute früh (6.5.) hat stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
       client="outlook", dates=("2026-05-06",),
       note="for his wife (patient 24); not the sender's own session")  # fmt: skip
    no("ct24_krueger_for_husband.eml", 1, ("other",), "2026-02-02 19:10", "Thomas",
       "Hallo nochmal,\nmein Mann (Thomas Becker) hatte heute auch bei Ihnen, das Telefonat"
       " hat gut geklappt, soll ich ausrichten.\nSabine", client="webde",
       dates=("2026-02-02",),
       note="for her husband (patient 2); not the sender's own session")  # fmt: skip


def elsewhere() -> None:
    no("ct25_wolff_doctor.eml", 4, ("other",), "2026-02-10 10:30", "Verordnung",
       "Guten Tag,\n\nich war gestern (Montag 9.2.) bei Dr. Sommer, der Termin war gut, er"
       " verschreibt nochmal 6 x Krankengymnastik. Das Rezept schicke ich mit der Post.\n\n"
       "Gruß\nH.-J. Wolff", client="tonline",
       note="a visit at the doctor's, new prescription coming")  # fmt: skip
    no("ct26_lehmann_other_practice.eml", 14, ("question",), "2026-09-18 17:45",
       "Physio vor Ort", "Hallo,\n\nnur zur Info: ich hatte gestern (17.09.) Krankengymnastik in"
       " der Physio an der Uniklinik, vor Ort. Ist das ein Problem mit Ihrer Verordnung?\n\n"
       "Anna Lehmann", client="thunderbird",
       note="a session at another practice, and a question")  # fmt: skip
    no("ct27_carter_doctor_en.eml", 11, ("other",), "2026-08-13 09:05", "Doctor visit",
       "Hi there,\n\njust so you know, I saw Dr. Fischer yesterday (Aug 12) and it went well."
       " He says I should keep going with physio.\n\nBest,\nEmily", client="gmail",
       note="a visit at the doctor's; for the therapist")  # fmt: skip


def already_confirmed() -> None:
    no("ct28_wolff_forwards_old.eml", 4, ("question",), "2026-01-26 11:00",
       "WG: Bestätigung 9.1.",
       "Guten Tag,\n\nam Telefon hieß es, meine Bestätigung für den 9.1. fehlt. Hier nochmal"
       " meine Mail von damals.\n\nGruß Wolff\n\n-----Original-Nachricht-----\n"
       "Betreff: Behandlung\nDatum: 2026-01-09T18:10:00+01:00\nVon: hj.wolff@t-online.de\n"
       "An: termine@praxis-impulse.de\n\nDie Behandlung am 09.01.2026 hat stattgefunden.\n"
       "Wolff", client="tonline", dates=("2026-01-09",),
       note="forwards his old confirmation of 09.01, which is already recorded")  # fmt: skip
    no("ct29_krueger_already.eml", 1, ("question",), "2026-01-21 08:15", re(1002),
       "Die Behandlung vom 20.01. habe ich doch gestern schon bestätigt?? Warum kommt die Mail"
       " nochmal?", client="webde", reply="cr-1002", style="webde", dates=("2026-01-20",),
       note="20.01 already confirmed; she asks why she is asked again")  # fmt: skip


def did_not_take_place() -> None:
    no("ct30_becker_no_call.eml", 2, ("other",), "2026-02-09 19:25", re(1012),
       "Nein, der Anruf kam heute nicht, hab bis kurz vor 6 gewartet.",
       client="gmail", reply="cr-1012", style="gmail",
       note="09.02 did not take place")  # fmt: skip
    no("ct31_becker_next_instead.eml", 2, ("other",), "2026-02-05 19:55", re(1011),
       "Heute hat's leider nicht geklappt, war noch im Meeting. Montag 9.2. bin ich aber"
       " sicher dabei.\nTB", client="gmail", reply="cr-1011", style="gmail",
       note="05.02 missed; Monday is a coming session")  # fmt: skip
    no("ct32_demir_waiting_room.eml", 3, ("technical",), "2026-03-11 10:25", re(1020),
       "Hallo, leider hat das heute nicht funktioniert, ich kam nicht rein, da stand die ganze"
       " Zeit nur warten auf Therapeut...\nAylin Demir", client="gmail", reply="cr-1020",
       style="gmail", note="11.03 did not take place: no entry to the video room")  # fmt: skip
    no("ct33_popescu_ill.eml", 7, ("other",), "2026-06-10 09:10", re(1047),
       "Guten Tag,\ndie Termin am 9.6. war nicht, ich war krank und habe Praxis angerufen am"
       " Morgen. Bitte nicht bezahlen lassen.\nMit freundliche Grüße\nElena Popescu",
       client="yahoo", reply="cr-1047", style="yahoo",
       note="09.06 missed through illness")  # fmt: skip
    no("ct34_richter_therapist_off.eml", 8, ("reschedule",), "2026-06-10 19:40", re(1052),
       "Nope, war heute nicht – die Therapeutin hatte gestern abgesagt. Wann ist der"
       " Ersatztermin?\n\nJonas", client="iphone", reply="cr-1052", style="iphone",
       note="10.06 did not take place; asks for a new day")  # fmt: skip
    no("ct35_zimmermann_unreachable.eml", 15, ("other",), "2026-10-19 15:00", re(1095),
       "Sehr geehrte Damen und Herren,\n\neine Behandlung am 19.10. hat nicht stattgefunden."
       " Ich war nicht erreichbar, das Handy lag im Auto. Entschuldigung.\n\nKlaus Zimmermann",
       reply="cr-1095", style="thunderbird", note="19.10 did not take place")  # fmt: skip
    no("ct36_schaefer_second_address.eml", 16, ("other",), "2026-10-15 08:20", re(1099),
       "Guten Morgen,\n\nleider sind wir gestern nicht zusammengekommen – mein Mandantentermin"
       " ging länger, als ich in den Raum kam, war niemand mehr da. Das tut mir leid.\n\n"
       "Birgit Schäfer\nSchäfer Steuerberatung", client="outlook", reply="cr-1099",
       style="outlook_classic", sender="b.schaefer@schaefer-steuerberatung.de",
       name="Birgit Schäfer", note="14.10 missed; from her second address")  # fmt: skip
    no("ct37_oneill_no_signal.eml", 23, ("reschedule",), "2026-04-21 21:45", re(1137, "RE"),
       "Hi,\n\nunfortunately the call didn't happen tonight, I was stuck on a train with no"
       " signal. Sorry! Could we do Thursday instead?\n\nJames", client="outlook",
       reply="cr-1137", style="outlook_en", note="21.04 did not take place")  # fmt: skip
    no("ct38_lehmann_fever.eml", 14, ("other",), "2026-09-15 16:02", re(1088),
       "Hallo, der Termin heute ist ausgefallen, ich lag mit Fieber im Bett und hatte morgens"
       " Bescheid gegeben.\nGruß Anna", client="thunderbird", reply="cr-1088",
       style="thunderbird", note="15.09 did not take place")  # fmt: skip


def broken_off() -> None:
    no("ct39_hoffmann_broke_off.eml", 6, ("technical",), "2026-05-18 09:05", re(1042),
       "Heute früh ist die Verbindung nach ca. 10 Minuten abgebrochen und kam nicht wieder."
       " Zählt das trotzdem?\nP. Hoffmann", client="outlook", reply="cr-1042",
       style="outlook", note="the 07:30 KGG session of 18.05 broken off after 10 minutes")  # fmt: skip
    no("ct40_vogel_stopped_early.eml", 13, ("question",), "2026-09-17 08:52", re(1083),
       "Guten Morgen,\n\nich musste die Sitzung heute nach einer Viertelstunde abbrechen,"
       " Notfall in der Kanzlei. Wie wird das abgerechnet?\n\nVogel", client="apple",
       reply="cr-1083", style="iphone", note="17.09 broken off after 15 minutes")  # fmt: skip


def main() -> None:
    load_practice()
    plain_confirmations()
    coming_sessions()
    cancelled_days()
    family_members()
    elsewhere()
    already_confirmed()
    did_not_take_place()
    broken_off()
    assert all(a in mc.APPOINTMENTS for a in (1003, 1143, 1083))
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
