"""Write blind set DF: a hard set of look-alikes, 43 mails. 28 look like a confirmation to a
hasty reader but give nothing a careful employee may record (a session still to come
"bestätigt", thanks for a cancelled session, a session that "hat leider nicht
stattgefunden" or was broken off, a confirmation for a family member who is also a
patient, a visit to the doctor or another practice, an old confirmation quoted or
forwarded, a yes that answers something else, a cancelled, already confirmed or empty
day "confirmed"); 15 give real confirmations, four of them mixed with such a part.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_df`.
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

HERE = data_dir("blind_df")


def plain_confirmations() -> None:
    yes("df01_krueger_ja_27_1.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:05", re(1003),
        "Ja, hat heute stattgefunden am 27.1.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("df02_becker_9_2.eml", 2, (1012,), ("2026-02-09",), "2026-02-09 20:10", re(1012),
        "Bestätige das Telefonat vom 09.02., war wieder sehr hilfreich.\n\nT. Becker",
        client="gmail", reply="cr-1012", style="gmail")  # fmt: skip
    yes("df03_demir_jap.eml", 3, (1021,), (), "2026-03-18 11:02", re(1021),
        "jap hat geklappt 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1021", style="iphone",
        note="a bare yes under our request for 18.03.")  # fmt: skip
    yes("df04_wolff_zwei_freitage.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 10:15", "Bestätigung Telefontermine Januar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die beiden Telefontermine am "
        "23.01. und am 30.01.2026, jeweils nachmittags.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff", client="tonline")  # fmt: skip
    yes("df05_carter_went_ahead.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 14:20", re(1071),
        "Hi, yes the session on 17 August went ahead as planned. Thanks!\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    yes("df06_yildiz_26_08.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 08:40", re(1078),
        "Hallo, ja Behandlung am 26.08 war, mit telefon. Danke schön\nFatma Yildiz\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip
    yes("df07_vogel_bestaetigt.eml", 13, (1083,), ("2026-09-17",), "2026-09-17 09:05", re(1083),
        "Bestätigt: Behandlung am 17.09.2026 hat stattgefunden.\n\nMfG\nDr. M. Vogel\n"
        "Vogel & Partner Rechtsanwälte", client="outlook", reply="cr-1083", style="outlook")  # fmt: skip
    yes("df08_lehmann_bottom.eml", 14, (1088,), ("2026-09-15",), "2026-09-16 07:50", re(1088),
        "Guten Morgen,\nja, der Termin am 15.9. hat stattgefunden.\n\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird", bottom=True)  # fmt: skip
    yes("df09_aydin_26_2.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 18:30", re(1131),
        "ja am 26.2 war termin ok danke", client="outlook", reply="cr-1131",
        style="outlook")  # fmt: skip
    yes("df10_koch_nachtrag_maerz.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-04-20 11:30", "Nachtrag Bestätigung",
        "Liebes Praxisteam,\n\nich habe ganz vergessen, die Termine im März zu bestätigen. "
        "Am 23. und am 25. März hatten wir jeweils unser Telefonat, beide haben stattgefunden."
        "\n\nEntschuldigen Sie die Verspätung!\nRenate Koch", client="tonline",
        note="late, two days in one new mail")  # fmt: skip
    yes("df11_berger_mittwoch.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:15", re(1143),
        "Guten Tag,\ndie Behandlung am Mittwoch, 13.5., hat stattgefunden.\nFreundliche Grüße\n"
        "U. Berger", client="yahoo", reply="cr-1143", style="yahoo")  # fmt: skip


def mixed_confirmations() -> None:
    yes("df12_hoffmann_kgg_ja_mt_nein.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 15:10",
        re(1043),
        "Hallo,\n\ndie KGG heute früh (18.05.) hat stattgefunden, die bestätige ich gern. Zur MT "
        "um 12:30 kam aber niemand in den Videoraum, ich habe 20 Minuten gewartet. Die bitte "
        "nicht abrechnen.\n\nGruß\nPeter Hoffmann", client="outlook", reply="cr-1043",
        style="outlook", staff=True,
        note="under the request for the MT at 12:30, which did not take place; only the "
        "morning KGG is confirmed")  # fmt: skip
    yes("df13_wagner_19_ja_26_abgesagt.eml", 21, (1125,), ("2026-01-19",), "2026-01-27 09:00",
        "Termine Januar",
        "Hallo zusammen,\n\nder Termin am 19.01. hat stattgefunden. Am 26.01. war ich krank, "
        "den hatte ich morgens telefonisch abgesagt - nur damit da nichts durcheinander kommt."
        "\n\nLG Sophie Wagner", client="gmail", staff=True,
        note="26.01. is still scheduled with us but she says she cancelled it by phone")  # fmt: skip
    yes("df14_becker_mit_ehefrau.eml", 2, (1013,), ("2026-02-10", "2026-02-12"),
        "2026-02-13 08:00", "Bestätigung",
        "Guten Morgen,\n\nmeine Frau Sabine (Krüger) hatte am Dienstag, 10.2., ihren "
        "Videotermin, den bestätige ich gleich mit, sie kommt gerade nicht an ihre Mails. "
        "Meiner am Donnerstag 12.2. hat ebenfalls stattgefunden.\n\nBeste Grüße\nThomas Becker",
        staff=True,
        note="his own 12.02. is confirmed; his wife's 10.02. must come from her, staff asks")  # fmt: skip
    yes("df15_jansen_heute_und_naechste.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 12:00",
        re(1106),
        "Moin, bestätige hiermit den 5.11. und den 12.11.\nOle",
        client="gmail", reply="cr-1106", style="gmail", staff=True,
        note="12.11. is a week ahead and cannot have taken place")  # fmt: skip


def still_to_come() -> None:
    no("df16_demir_morgen_dabei.eml", 3, ("other",), "2026-03-24 09:10", reminder_subject(1022),
       "Ja bestätige, bin morgen um halb 9 dabei :)", client="gmail", reply="rem-1022",
       style="gmail", staff=False,
       note="attendance for tomorrow's session, nothing to record or do")  # fmt: skip
    no("df17_brandt_termin_morgen.eml", 10, ("other",), "2026-07-09 19:00",
       "Bestätigung Termin 10.07.",
       "Hallo,\n\nhiermit bestätige ich meinen Termin morgen, 10.07. um 16 Uhr.\n\n"
       "Viele Grüße\nLukas Brandt", client="thunderbird", staff=False,
       note="a session still to come")  # fmt: skip
    no("df18_carter_see_you_monday.eml", 11, ("other",), "2026-08-21 13:00",
       video_link_subject(1072), "Confirmed, see you Monday! :)\n\nEmily",
       client="gmail", reply="vl-1072", style="gmail_en", staff=False,
       note="answers the video link for 24.08., before the session")  # fmt: skip
    no("df19_hartmann_code_geht.eml", 20, ("other",), "2026-11-14 16:20",
       video_link_subject(1122, "AW"), "Hallo, Code geht, danke!\nLeonie",
       client="webde", reply="vl-1122", style="webde", staff=False,
       note="the video code works; the session is on 17.11.")  # fmt: skip


def cancelled_or_not_held() -> None:
    no("df20_demir_danke_fuer_absage.eml", 3, ("other",), "2026-04-01 18:00", "Danke",
       "Hallo,\n\ndanke nochmal, dass Sie heute früh so schnell Bescheid gegeben haben. Gute "
       "Besserung an die Therapeutin! Dann bis nächsten Mittwoch.\n\nAylin",
       client="gmail", staff=False,
       note="thanks for the cancellation of 01.04., no session")  # fmt: skip
    no("df21_yildiz_war_keine.eml", 12, ("question",), "2026-08-19 15:30", re(1077),
       "Hallo, heute war keine behandlung, die Therapeutin hat gestern abend abgesagt. Warum "
       "soll ich bestätigen? bitte nicht abrechnen\nGruss Fatma",
       client="webde", reply="cr-1077", style="webde",
       note="our request for the cancelled 19.08.; she says it did not take place")  # fmt: skip
    yes("df22_zimmermann_abgesagter_tag.eml", 15, (), ("2026-10-26",), "2026-10-26 14:10",
        re(1096), "Ja, das Telefonat heute am 26.10. hat stattgefunden, danke.\nK. Zimmermann",
        reply="cr-1096", style="thunderbird", staff=True,
        note="26.10. is cancelled in our records; staff must sort out which is right")  # fmt: skip
    no("df23_krueger_niemand_kam.eml", 1, ("technical",), "2026-02-03 11:50", re(1004),
       "Leider hat die Behandlung heute nicht stattgefunden. Ich war ab 9:55 im Videoraum, "
       "es kam aber niemand dazu.\n\nS. Krüger",
       client="webde", reply="cr-1004", style="webde")  # fmt: skip
    no("df24_becker_niemand_rief_an.eml", 2, ("other",), "2026-02-16 20:05", re(1014),
       "Hat heute nicht geklappt, mich hat niemand angerufen. Bitte nicht als bestätigt "
       "werten.\nTB", client="gmail", reply="cr-1014", style="gmail")  # fmt: skip
    no("df25_neumann_beim_arzt.eml", 9, ("reschedule",), "2026-07-14 16:00", re(1058),
       "Guten Tag,\n\nnein, am Dienstag bin ich nicht ans Telefon gegangen, ich saß den ganzen "
       "Vormittag beim Arzt im Wartezimmer. Tut mir leid. Kann man das nachholen?\n\n"
       "Gisela Neumann", client="thunderbird", reply="cr-1058", style="thunderbird")  # fmt: skip
    no("df26_richter_nicht_reingekommen.eml", 8, ("technical",), "2026-06-10 20:15", re(1052),
       "Ne, das war nix heute. Bin nicht in den Raum reingekommen, Code wurde nicht "
       "angenommen, hab dann irgendwann aufgegeben\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    no("df27_popescu_krank.eml", 7, ("other",), "2026-06-09 13:40", re(1047),
       "Hallo, Termin 9.6 nicht stattgefunden weil ich bin krank. Entschuldigung!\nElena",
       client="yahoo", reply="cr-1047", style="yahoo",
       note="learner's German: the session did not take place")  # fmt: skip
    no("df28_oneill_phone_off.eml", 23, ("reschedule",), "2026-04-21 22:10", re(1137, "RE"),
       "Unfortunately the call didn't happen tonight - my phone was off, I only saw the missed "
       "call now. Sorry! Could we add an extra session next week?\n\nJames",
       client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    no("df29_berger_nein_krankenhaus.eml", 24, ("other",), "2026-05-21 09:00", re(1144),
       "Nein, leider nicht. Ich lag seit Montag im Krankenhaus und bin erst heute wieder "
       "zuhause.\nU. Berger", reply="cr-1144", style="thunderbird")  # fmt: skip
    no("df30_schaefer_buero.eml", 16, ("reschedule",), "2026-10-22 08:10", re(1100),
       "Guten Morgen,\n\nder Termin am 21.10. konnte leider nicht stattfinden, da ich noch im "
       "Büro festhing und es nicht rechtzeitig geschafft habe. Ich bitte um einen "
       "Ersatztermin.\n\nMit freundlichen Grüßen\nBirgit Schäfer\nSchäfer Steuerberatung",
       client="outlook", reply="cr-1100", style="outlook_classic",
       sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
       note="from her second registered address")  # fmt: skip


def broken_off() -> None:
    no("df31_hartmann_abgebrochen.eml", 20, ("technical", "question"), "2026-11-10 19:00",
       re(1121),
       "Hallo,\nwir haben nach ca. 10 Minuten abgebrochen, weil das Bild ständig eingefroren "
       "ist. Zählt das überhaupt als Behandlung?\nLG Leonie Hartmann",
       client="webde", reply="cr-1121", style="webde",
       note="a session broken off after ten minutes")  # fmt: skip
    no("df32_hoffmann_nach_der_haelfte.eml", 6, ("question",), "2026-05-26 10:00",
       "Termin heute 26.05.",
       "Guten Morgen,\n\ndie Einheit heute früh mussten wir leider nach der Hälfte abbrechen, "
       "ich wurde wegen eines Notfalls in die Firma gerufen. Wie machen wir das jetzt mit der "
       "Abrechnung?\n\nPeter Hoffmann", client="outlook",
       note="broken off after half the session")  # fmt: skip


def someone_else() -> None:
    yes("df33_wolff_fuer_lebensgefaehrtin.eml", 4, (), ("2026-05-13",), "2026-05-14 09:30",
        "Behandlung Frau Berger",
        "Guten Tag,\n\nmeine Lebensgefährtin Ursula Berger lässt ausrichten, dass ihre "
        "Behandlung am 13.05. stattgefunden hat. Sie kommt mit dem Computer nicht so zurecht."
        "\n\nMfG\nH.-J. Wolff", client="tonline", staff=True,
        note="a confirmation for another patient from his address, not hers")  # fmt: skip
    no("df34_koch_hausarzt.eml", 18, ("question",), "2026-04-02 10:00", re(1112),
       "Guten Tag,\n\nam 1. April war ich bei meinem Hausarzt zur Blutabnahme, nicht bei "
       "Ihnen. Hatten wir da überhaupt einen Termin? Ich dachte der war verschoben.\n\n"
       "Gruß Renate Koch", client="tonline", reply="cr-1112", style="tonline",
       note="the doctor, not our session")  # fmt: skip
    no("df35_zimmermann_andere_praxis.eml", 15, ("question",), "2026-10-16 10:20",
       "Bestätigung",
       "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass ich am 15.10. bei der "
       "Krankengymnastik in der Praxis Müller in Spandau war (zweites Rezept vom Orthopäden). "
       "Brauchen Sie das für Ihre Unterlagen?\n\nKlaus Zimmermann",
       note="a session at another practice; not ours, no date of our treatment")  # fmt: skip
    no("df36_carter_surgeon.eml", 11, ("question",), "2026-08-24 17:00", re(1072),
       "Hi,\nthe 24th was my appointment with the surgeon, not with you - I thought we had "
       "moved the physio to Wednesday this week? Please let me know.\nEmily",
       client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip


def quoted_or_old() -> None:
    no("df37_krueger_schon_bestaetigt.eml", 1, ("question",), "2026-01-27 18:00", re(1003),
       "Ich hatte doch schon bestätigt, siehe unten! Kam das nicht an?\n\n"
       "-------- Weitergeleitete Nachricht --------\n"
       "Betreff: AW: Bitte bestätigen Sie Ihre Behandlung vom 13.01.2026\n"
       "Datum: 13.01.2026 19:38\nVon: Sabine Krüger <sabine.krueger@web.de>\n"
       "An: termine@praxis-impulse.de\n\nJa, Behandlung am 13.01. hat stattgefunden.\n"
       "Gruß Sabine Krüger", client="webde", reply="cr-1003",
       note="forwards her old confirmation of 13.01. (already confirmed) under the request "
       "for 27.01.; 27.01. itself is not confirmed")  # fmt: skip
    no("df38_wolff_gilt_fuer_alle.eml", 4, ("question",), "2026-02-07 10:00", re(1031),
       "Siehe meine Mail vom Januar:\n\n> Hiermit bestätige ich den Telefontermin am "
       "09.01.2026.\n> H.-J. Wolff\n\nGilt das nicht für alle Termine? Muss ich jedes Mal "
       "schreiben?\n\nMfG Wolff", client="tonline", reply="cr-1031", style="tonline",
       note="quotes his old confirmation of 09.01.; says nothing about 06.02.")  # fmt: skip
    yes("df39_koch_schon_bestaetigter_tag.eml", 18, (), ("2026-04-15",), "2026-04-16 09:00",
        re(1115), "Ja am 15.4. hat stattgefunden.\nR. Koch", client="tonline",
        reply="cr-1115", style="tonline", staff=True,
        note="15.04. was already confirmed the same day")  # fmt: skip


def yes_to_something_else() -> None:
    no("df40_brandt_ja_passt.eml", 10, ("other",), "2026-07-17 18:30", reminder_subject(1065),
       "Ja, passt.\n\nLukas", client="thunderbird", reply="rem-1065", style="thunderbird",
       bottom=True, staff=False,
       note="a late yes to the reminder for 17.07., says nothing about the session")  # fmt: skip
    no("df41_jansen_unterlagen.eml", 17, ("forms",), "2026-10-22 12:00",
       "Re: Ihre Unterlagen für die Behandlung",
       "Ja, mach ich, schick die Unterlagen heute abend. Sorry!\nOle",
       client="gmail", reply="fr-17", style="gmail", staff=False,
       note="a yes to our forms request, after his first session")  # fmt: skip
    no("df42_nowak_erhalten.eml", 19, ("other",), "2026-11-13 09:45", re(1117),
       "Mail erhalten, danke.\nD. Nowak", client="apple", reply="cr-1117", style="iphone",
       note="acknowledges our mail, not the session; unclear whether 13.11. took place")  # fmt: skip
    yes("df43_lehmann_donnerstag.eml", 14, (), ("2026-09-17",), "2026-09-17 16:00",
        "Bestätigung Behandlung",
        "Hallo,\n\nhiermit bestätige ich die Behandlung vom 17.09.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", staff=True,
        note="she has no appointment on Thursday 17.09. (hers are on Tuesdays)")  # fmt: skip


def main() -> None:
    load_practice()
    plain_confirmations()
    mixed_confirmations()
    still_to_come()
    cancelled_or_not_held()
    broken_off()
    someone_else()
    quoted_or_old()
    yes_to_something_else()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
