"""Write blind set FO: a hard set of look-alikes written as real patients write them.

About thirty mails that a hasty reader could take for a confirmation of a session that
took place but that a careful employee would not record (a session still to come
"bestätigt", thanks for a cancelled session, a confirmation written for a relative who is
also a patient, a session at another practice or with the doctor, an old confirmation
quoted again, "hat leider nicht stattgefunden" in its many forms, a session broken off, a
yes that answers something else), and a dozen plain confirmations between them.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fo`.
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

HERE = data_dir("blind_fo")


def plain_confirmations() -> None:
    yes("fo01_krueger_ja_27.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:10", re(1003),
        "Hallo,\nja die Behandlung am 27.01. hat stattgefunden.\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("fo02_becker_bestaetige_9_2.eml", 2, (1012,), ("2026-02-09",), "2026-02-09 19:40", re(1012),
        "Bestätige den Termin vom 9.2., hat alles geklappt.\nTB\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1012", style="iphone")  # fmt: skip
    yes("fo03_wolff_telefon_16_01.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:45", re(1028),
        "Guten Tag,\n\ndie telefonische Behandlung am 16.01.2026 hat stattgefunden.\n\nMfG\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("fo04_neumann_zwei_termine.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 08:15", "Bestätigung Termine",
        "Hallo liebes Praxisteam,\n\nhiermit bestätige ich die Termine am 7.7. und am 9.7., beide"
        " Male hat die Therapeutin pünktlich angerufen und wir haben die Übungen gemacht.\n\n"
        "Herzliche Grüße\nGisela Neumann")  # fmt: skip
    yes("fo05_carter_aug10.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 16:20", re(1070),
        "Yes, the session on Aug 10 took place. Thanks!\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("fo06_lehmann_ja_smiley.eml", 14, (1088,), (), "2026-09-15 15:02", re(1088),
        "ja hat stattgefunden ☺️",
        client="iphone", reply="cr-1088", style="iphone",
        note="a yes under our request for 15.09.2026, no day named")  # fmt: skip
    yes("fo07_nowak_moin.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 12:48", re(1116, "Re"),
        "Moin,\nTermin 06.11. fand statt.\nDavid",
        client="thunderbird", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("fo08_aydin_klein.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 18:20", re(1131),
        "hallo ja termin war am 26.2 alles gut\nmehmet",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip
    yes("fo09_schaefer_spaet.eml", 16, (1099,), ("2026-10-14",), "2026-11-02 21:05", re(1099),
        "Sorry für die späte Antwort, ging bei mir unter – ja, die Stunde am 14.10. hat"
        " stattgefunden.\nLG Birgit",
        client="samsung", reply="cr-1099", style="samsung")  # fmt: skip
    yes("fo10_berger_unten.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 16:30", re(1143),
        "Die Behandlung am Mittwoch, 13.5., hat stattgefunden.\n\nU. Berger",
        client="thunderbird", reply="cr-1143", style="thunderbird", bottom=True)  # fmt: skip
    yes("fo11_aydin_und_naechste_woche.eml", 22, (1132,), (), "2026-03-05 15:10", re(1132),
        "ja hat geklappt. nächste woche 12.3 bin ich auch wieder da",
        client="outlook", reply="cr-1132", style="outlook",
        note="yes under our request for 05.03.; 12.03. is a future day")  # fmt: skip


def partly() -> None:
    yes("fo12_brandt_einer_ja_einer_nein.eml", 10, (1063,), ("2026-07-03",), "2026-07-11 10:20",
        "Termine Juli",
        "Hallo,\n\nkurz zu den Bestätigungen: Am 03.07. fand die Behandlung statt. Am 10.07."
        " leider nicht, bei mir war das Internet komplett weg und ich kam nicht in den Raum.\n"
        "Bitte den 10. nicht abrechnen.\n\nGruß\nLukas Brandt",
        staff=True, extra=("technical",),
        note="03.07. took place; 10.07. did not (no internet)")  # fmt: skip
    yes("fo13_hoffmann_beide_heute.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 08:35",
        "Termine heute",
        "Guten Morgen,\n\nbestätige hiermit beide Termine von heute, KGG und MT.\n\n"
        "Peter Hoffmann\n\nGesendet von Outlook für Android",
        staff=True,
        note="KGG 07:30 took place; MT at 12:30 was still to come when he wrote")  # fmt: skip


def not_yet() -> None:
    no("fo14_demir_morgen_bestaetigt.eml", 3, ("other",), "2026-04-07 11:05", reminder_subject(1024),
       "Hiermit bestätige ich den Termin morgen, 08.04. um 8:30.\nLG Aylin",
       client="gmail", reply="rem-1024", style="gmail", staff=False,
       note="confirms she will attend a session still to come")  # fmt: skip
    no("fo15_schulz_link_erhalten.eml", 5, ("other",), "2026-04-21 09:12", video_link_subject(1035),
       "Danke, Link ist angekommen, ich bin am Donnerstag dabei.\n\nMarie Schulz",
       reply="vl-1035", style="thunderbird", client="thunderbird", staff=False,
       note="answers the video link before the session")  # fmt: skip
    no("fo16_vogel_donnerstag_bestaetigt.eml", 13, ("other",), "2026-10-06 18:40",
       "Behandlung 08.10.",
       "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung am Donnerstag,"
       " 08.10.2026, 7:00 Uhr.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner"
       " Rechtsanwälte\nTel. 0211 556 78 90",
       client="outlook", staff=False, note="a session two days ahead 'bestätigt'")  # fmt: skip
    no("fo17_richter_ja_mach_ich.eml", 8, ("other",), "2026-05-29 20:03",
       "AW: Ihre Unterlagen für die Behandlung", "Ja, mach ich heute Abend noch.\nJonas",
       client="iphone", reply="fr-8", style="iphone", staff=False,
       note="yes to our forms request: a promise, nothing attached")  # fmt: skip
    no("fo18_brandt_ja_passt.eml", 10, ("other",), "2026-07-16 17:02", reminder_subject(1065),
       "ja passt", reply="rem-1065", style="gmail", client="gmail", staff=False,
       note="yes to the reminder for tomorrow")  # fmt: skip
    no("fo19_carter_yes_phone.eml", 11, ("question",), "2026-08-21 11:30",
       video_link_subject(1072),
       "Yes, I'll be there on Monday. Can I join from my phone or do I need a laptop?\n\nEmily",
       client="gmail", reply="vl-1072", style="gmail_en",
       note="a yes to the video link and a question, session still to come")  # fmt: skip
    no("fo20_krueger_mach_ich_spaeter.eml", 1, ("other",), "2026-02-17 11:50", re(1006),
       "ja mache ich, sobald ich zuhause bin",
       client="webde", reply="cr-1006", style="webde", staff=False,
       note="promises to confirm later, confirms nothing yet")  # fmt: skip


def cancelled_or_missed() -> None:
    no("fo21_demir_danke_absage.eml", 3, ("other",), "2026-04-01 08:10", "heute",
       "Guten Morgen, danke für den Anruf und dass Sie so früh Bescheid gesagt haben. Dann bis"
       " nächste Woche und gute Besserung an Frau Brück!\nAylin",
       client="gmail", staff=False,
       note="thanks for the call cancelling today's session (cancelled)")  # fmt: skip
    no("fo22_wagner_danke_fuer_heute.eml", 21, ("other",), "2026-02-02 10:40", "Danke",
       "Hallo,\nvielen Dank, dass Sie mir heute früh so schnell abgesagt haben, das war total"
       " in Ordnung. Wir sehen uns dann am 9.\nSophie",
       client="samsung", staff=False,
       note="thanks for the cancellation of 02.02. (cancelled)")  # fmt: skip
    no("fo23_yildiz_abgesagt_bestaetigt.eml", 12, ("confirmation",), "2026-08-19 14:05",
       "Termin 19.08.", "Hallo, Behandlung 19.08. hat stattgefunden. Fatma Yildiz",
       client="webde",
       note="the 19.08. appointment is cancelled: contradiction, staff must check")  # fmt: skip
    no("fo24_zimmermann_war_doch_abgesagt.eml", 15, ("question",), "2026-10-26 14:12", re(1096),
       "Der Termin war doch abgesagt?? Warum soll ich den jetzt bestätigen\n\nK. Zimmermann",
       client="plain", reply="cr-1096", style="outlook_classic",
       note="our request for a cancelled session")  # fmt: skip
    no("fo25_krueger_nicht_stattgefunden.eml", 1, ("other",), "2026-02-10 12:05", re(1005),
       "Hallo,\n\ndie Behandlung am 10.02. hat leider nicht stattgefunden, die Therapeutin kam"
       " nicht ins Video. Ich habe 20 Minuten gewartet.\n\nSabine Krüger",
       client="webde", reply="cr-1005", style="webde")  # fmt: skip
    no("fo26_becker_niemand_angerufen.eml", 2, ("other",), "2026-02-16 19:30", re(1014),
       "Kann ich nicht bestätigen – an dem Abend hat mich niemand angerufen.\n\nT. Becker",
       client="iphone", reply="cr-1014", style="iphone")  # fmt: skip
    no("fo27_popescu_krankenhaus.eml", 7, ("other",), "2026-06-10 09:20", re(1047),
       "Hallo, ich kann nicht bestätigen weil Termin war nicht. Ich war gestern im Krankenhaus"
       " mit meine Tochter. Entschuldigung.\nElena Popescu",
       client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    no("fo28_zimmermann_nix.eml", 15, ("other",), "2026-10-12 13:40", re(1094),
       "Nee, da war nix. Hab den ganzen Vormittag aufs Telefon gewartet, keiner hat"
       " angerufen.\nZimmermann",
       client="plain", reply="cr-1094", style="outlook_classic")  # fmt: skip
    no("fo29_oneill_missed.eml", 23, ("other",), "2026-04-29 08:02", re(1138),
       "Sorry, I can't confirm this one - I missed the call on the 28th, was stuck at work."
       " Can we add a session somewhere?\n\nJames",
       client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    no("fo30_hartmann_kein_login.eml", 20, ("technical",), "2026-11-10 19:15", re(1121),
       "hallo, ich konnte mich heute nicht einloggen, der code ging nicht. daher fand die"
       " behandlung nicht statt. was soll ich machen?\nleonie",
       client="webde", reply="cr-1121", style="webde")  # fmt: skip
    no("fo31_koch_fieber.eml", 18, ("other",), "2026-04-09 10:30", re(1113),
       "Liebes Praxisteam,\n\nam Mittwoch hat es leider nicht geklappt, ich lag mit Fieber im"
       " Bett und habe das Telefon nicht gehört. Tut mir leid!\n\nRenate Koch",
       client="tonline", reply="cr-1113", style="tonline")  # fmt: skip
    no("fo32_yildiz_niemand.eml", 12, ("other",), "2026-09-02 12:20", re(1079),
       "Hallo heute niemand hat angerufen. Ich warte. Fatma",
       client="samsung", reply="cr-1079", style="samsung")  # fmt: skip


def broken_off() -> None:
    no("fo33_hoffmann_abgebrochen.eml", 6, ("technical",), "2026-05-11 09:40", re(1041),
       "Die Sitzung am 11.05. brach nach ca. 10 Minuten ab, Verbindung weg, der Therapeut kam"
       " nicht wieder rein. Bitte so nicht abrechnen.\n\nP. Hoffmann",
       client="outlook", reply="cr-1041", style="outlook",
       note="session broken off after 10 minutes")  # fmt: skip
    no("fo34_jansen_halb.eml", 17, ("question",), "2026-11-05 14:05", re(1106),
       "Hallo, wir haben heute angefangen aber nach der Hälfte musste ich abbrechen, mein Sohn"
       " kam krank aus der Kita. Zählt das trotzdem? Ole",
       client="gmail", reply="cr-1106", style="gmail",
       note="session stopped halfway; asks whether it counts")  # fmt: skip
    no("fo35_neumann_zahnarzt.eml", 9, ("reschedule",), "2026-07-21 11:00", re(1060),
       "Der Anruf kam schon, aber ich saß gerade beim Zahnarzt, wir haben nach 2 Minuten"
       " aufgelegt und wollten einen neuen Termin ausmachen. Wann geht es?\nG. Neumann",
       client="plain", reply="cr-1060", style="thunderbird")  # fmt: skip


def elsewhere() -> None:
    no("fo36_koch_orthopaede.eml", 18, ("other",), "2026-04-02 09:15", "Orthopäde",
       "Guten Tag,\n\nich war gestern beim Orthopäden Dr. Haas, der Termin hat stattgefunden und"
       " er hat mir 6 weitere Einheiten Krankengymnastik aufgeschrieben. Das Rezept schicke ich"
       " Ihnen per Post.\n\nViele Grüße\nRenate Koch",
       client="tonline", note="a visit to her orthopaedist, not our session of 01.04.")  # fmt: skip
    no("fo37_berger_reha.eml", 24, ("other",), "2026-05-07 08:50", "zur Info",
       "Guten Morgen,\nich hatte gestern Krankengymnastik im Reha-Zentrum Lindenhof, vor Ort."
       " Nur damit Sie Bescheid wissen. Bei Ihnen geht es dann am 13.5. weiter.\nU. Berger",
       client="thunderbird",
       note="treatment at another centre on 06.05., the day of her session with us")  # fmt: skip


def for_a_relative() -> None:
    no("fo38_wagner_fuer_mutter.eml", 21, ("confirmation",), "2026-05-20 12:10",
       "Behandlung meiner Mutter",
       "Hallo,\n\nich schreibe für meine Mutter, Frau Ursula Berger, sie kommt gerade nicht an"
       " ihre Mails: ihre Behandlung heute, 20.05., hat stattgefunden.\n\nViele Grüße\nSophie"
       " Wagner",
       client="gmail", dates=("2026-05-20",),
       note="confirms her mother's (patient 24) session, not from the mother's address")  # fmt: skip
    no("fo39_lehmann_fuer_vater.eml", 14, ("confirmation",), "2026-10-12 13:05",
       "Bestätigung für Klaus Zimmermann",
       "Hallo,\nmein Vater Klaus Zimmermann hat kein Internet. Seine Behandlung am 12.10. hat"
       " stattgefunden, soll ich Ihnen ausrichten.\nAnna Lehmann",
       client="iphone", dates=("2026-10-12",),
       note="for her father (patient 15); her own next session is tomorrow")  # fmt: skip
    no("fo40_yildiz_fuer_schwager.eml", 12, ("confirmation",), "2026-03-12 14:20",
       "Mehmet Aydın Termin",
       "Merhaba, ich schreibe für mein Schwager Mehmet Aydın, er hat kein deutsch tastatur. Er"
       " hatte heute 12.03 Behandlung am Telefon, alles war gut. Danke\nFatma",
       client="webde", dates=("2026-03-12",),
       note="for her brother-in-law (patient 22)")  # fmt: skip


def quoted_old() -> None:
    no("fo41_wolff_schon_bestaetigt.eml", 4, ("confirmation",), "2026-01-12 09:30", re(1027),
       "Hatte ich doch schon bestätigt, am 9.1. hat es stattgefunden.\nWolff",
       client="tonline", reply="cr-1027", style="tonline", dates=("2026-01-09",), staff=False,
       note="09.01. is already confirmed: nothing to record, nothing to do")  # fmt: skip
    mc.human("fo42_vogel_siehe_unten.eml", sender=13, date="2026-09-10 10:05", subject=re(1082),
             body="Sehr geehrte Damen und Herren,\n\nich hatte Ihnen doch bereits geschrieben,"
             " siehe unten.\n\nMfG\nM. Vogel\n\n-----Ursprüngliche Nachricht-----\nVon: Dr."
             " Michael Vogel <m.vogel@vogel-partner.de>\nGesendet: Donnerstag, 3. September 2026"
             " 09:12\nAn: termine@praxis-impulse.de\nBetreff: AW: Bitte bestätigen Sie Ihre"
             " Behandlung vom 03.09.2026\n\nDie Behandlung am 03.09. fand statt.\n\nMfG\nM. Vogel",
             client="outlook", reply_to="cr-1082",
             label=mc.Label(("confirmation",), patient=13, needs_staff=True,
                            note="answers the 10.09. request with his old confirmation of"
                            " 03.09. quoted; 10.09. not confirmed"))  # fmt: skip
    mc.human("fo43_krueger_weitergeleitet.eml", sender=1, date="2026-03-12 18:30",
             subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 20.01.2026",
             body="Hallo, ich bekomme immer noch Mails. Haben Sie meine Antwort damals nicht"
             " bekommen? Ich hatte geschrieben: \"ja, die Behandlung am 20.01. hat"
             " stattgefunden\". Gruß Krüger",
             client="plain", forward="cr-1002", quote_style="forward_gmail",
             label=mc.Label(("question",), patient=1, needs_staff=True,
                            note="forwards the old, already confirmed 20.01. request and"
                            " quotes her old answer"))  # fmt: skip
    no("fo44_schaefer_ja_fragezeichen.eml", 16, ("question",), "2026-10-29 08:10", re(1101),
       "Ja? Am 28.10. hatte ich doch gar keinen Termin, der wurde doch verschoben, oder?\nBirgit",
       client="gmail", reply="cr-1101", style="gmail",
       note="doubts the session took place at all")  # fmt: skip
    no("fo45_hartmann_ja_per_post.eml", 20, ("forms",), "2026-11-17 19:40", re(1122),
       "Ja, ich habe die Unterlagen gestern per Post geschickt.\nLeonie",
       client="webde", reply="cr-1122", style="webde",
       note="a yes about her forms, sent by post, not about the session")  # fmt: skip


def main() -> None:
    load_practice()
    plain_confirmations()
    partly()
    not_yet()
    cancelled_or_missed()
    broken_off()
    elsewhere()
    for_a_relative()
    quoted_old()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
