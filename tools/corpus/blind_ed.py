"""Write blind set ED: partial confirmations in everyday words, 40 mails.

30 mails confirm one or more sessions, most of them saying in passing that another session
did not take place, was cut short, was moved or is uncertain ("Montag ja, Donnerstag hab
ich verpennt", "die ersten beiden ja, den dritten weiß ich nicht", "the one on the 17th got
cut short", "bis auf den 12.", "ansonsten alle"), days named only by weekday, by 'heute',
'gestern' or 'den davor', and some where every session plainly took place. 10 look-alikes
answer our request or reminder and confirm nothing: a session that did not happen, broke
off or was missed, a cancelled day asked about, an upcoming appointment agreed to, a
patient who no longer knows.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ed`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ed")


def partial_replies() -> None:
    """Replies under our request: one session yes, another one not (or not fully)."""
    yes("ed01_becker_montag_ja_donnerstag_verpennt.eml", 2, (1010,), ("2026-02-02",),
        "2026-02-06 07:52", re(1011),
        "Montag ja. Donnerstag hab ich verpennt, bin auf der Couch eingeschlafen, sorry!\n"
        "Können wir den irgendwie nachholen?\n\nGruß T. Becker\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet",
        client="samsung", reply="cr-1011", style="samsung", staff=True, extra=("reschedule",),
        note="Monday 2.2. confirmed; the requested Thursday 5.2. was missed")  # fmt: skip
    yes("ed10_popescu_heute_ja_neunter_kurz.eml", 7, (1048,), ("2026-06-16",),
        "2026-06-16 19:30", re(1048),
        "Hallo, ja die Termin heute war gut.\nAm 9. Juni wir haben nur 10 Minuten gemacht weil "
        "mein Kind war krank, ich weiss nicht ob das zählt?\n\nDanke\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("question",),
        note="today 16.6. yes; 9.6. only ten minutes, she asks whether it counts")  # fmt: skip
    yes("ed12_hoffmann_geraet_ja_mt_mittags_nicht.eml", 6, (1042,), ("2026-05-18",),
        "2026-05-18 20:10", re(1043),
        "Hallo,\n\nheute morgen das Gerätetraining ja, die Manuelle Therapie mittags hat nicht "
        "stattgefunden – ich saß in einem Meeting, das länger ging. Bitte die nicht abrechnen "
        "bzw. kurz melden, wie wir das handhaben.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="two sessions on 18.5.: the morning KGG (1042) took place, the MT at noon (1043, the one asked about) did not")  # fmt: skip
    yes("ed17_schaefer_heute_ja_letzten_mittwoch_eingefroren.eml", 16, (1100,), ("2026-10-21",),
        "2026-10-21 21:40", re(1100),
        "Hallo, heute ja.\nLetzten Mittwoch war das Bild die ganze Zeit eingefroren und wir "
        "haben nach 10 min aufgehört – den bitte nicht abrechnen, oder gibt es einen "
        "Ersatztermin?\n\nBirgit Schäfer\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1100", style="iphone", staff=True,
        extra=("reschedule",), note="21.10. yes; 14.10. broken off after 10 minutes")  # fmt: skip
    yes("ed22_aydin_heut_passt_letzte_woche_kurz.eml", 22, (1131,), ("2026-02-26",),
        "2026-02-26 15:10", re(1131),
        "Servus,\nja hat passt heut. Letzte Woch aa, nur hat mi da die Therapeutin erst um zehn "
        "vor oans ang'rufen, san dann halt bloß 20 Minuten gwen.\n\nMehmet",
        client="outlook", reply="cr-1131", style="outlook", staff=True,
        note="today 26.2. yes; last week (19.2.) only 20 minutes, started late")  # fmt: skip
    yes("ed25_schulz_gestern_ja_dreissigster_unsicher.eml", 5, (1037,), ("2026-05-07",),
        "2026-05-08 09:30", re(1037),
        "Hallo,\n\ngestern ja. Den 30.4. weiß ich ehrlich gesagt nicht mehr – hatten wir da "
        "überhaupt? Ich meine, da war Brückentag und ich war gar nicht zu Hause.\n\n"
        "Liebe Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird", staff=True,
        extra=("question",), note="7.5. yes; 30.4. uncertain")  # fmt: skip
    yes("ed27_demir_mittwoch_spaeter_angefangen.eml", 3, (1022,), ("2026-03-25",),
        "2026-03-27 18:02", re(1022),
        "Hi, der Termin am Mittwoch war, wir haben nur erst um 8:45 angefangen weil ich "
        "verschlafen hatte 🙈 hat dann aber ganz normal stattgefunden.\nLG Aylin",
        client="gmail", reply="cr-1022", style="gmail",
        note="Wednesday 25.3. took place in full, a quarter of an hour later")  # fmt: skip
    yes("ed15_yildiz_heute_ja_letzte_woche_abgesagt.eml", 12, (1078,), ("2026-08-26",),
        "2026-08-26 13:05", re(1078),
        "Hallo ja heute war telefon termin gemacht. letzte woche nicht war abgesagt\n"
        "danke Fatma",
        client="samsung", reply="cr-1078", style="samsung",
        note="today 26.8.; last week's 19.8. was cancelled, as the snapshot has it")  # fmt: skip


def partial_letters() -> None:
    """New mails naming several days, one of them not (or not surely) a session."""
    yes("ed02_krueger_februar_ja_januar_unsicher.eml", 1, (1004, 1005),
        ("2026-02-03", "2026-02-10"), "2026-02-12 20:14", "Bestätigung",
        "Guten Abend,\n\nich bestätige die Videotermine am 3.2. und 10.2., die waren beide. "
        "Beim 27.1. bin ich mir nicht sicher, ist da nicht die Verbindung abgebrochen? Oder war "
        "das eine Woche vorher? Schauen Sie bitte mal nach.\n\nViele Grüße\nSabine Krüger",
        client="webde", staff=True, note="3.2. and 10.2. yes; 27.1. uncertain")  # fmt: skip
    yes("ed03_demir_ersten_beiden_ja_dritten_nicht.eml", 3, (1019, 1020),
        ("2026-03-04", "2026-03-11"), "2026-03-20 21:03", "Termine 04.03. / 11.03. / 18.03.",
        "Hallo,\nsorry dass ich erst jetzt schreibe. Die ersten beiden ja, den dritten weiß ich "
        "nicht mehr, ich glaub da hatte ich den Link nicht und wir wollten das verschieben?\n"
        "LG Aylin",
        client="gmail", staff=True,
        note="the subject names three days: the first two yes, the third (18.3.) uncertain")  # fmt: skip
    yes("ed04_carter_seventeenth_cut_short.eml", 11, (1069, 1070, 1072),
        ("2026-08-03", "2026-08-10", "2026-08-24"), "2026-08-25 09:15", "Sessions in August",
        "Hi there,\n\njust catching up on my emails - the sessions on the 3rd, the 10th and "
        "yesterday all happened, thanks! The one on the 17th got cut short, my laptop died "
        "after maybe 15 minutes, so I'm not sure that one counts.\n\nBest,\nEmily",
        client="gmail", staff=True,
        note="3.8., 10.8. and yesterday 24.8. yes; 17.8. cut short")  # fmt: skip
    yes("ed05_neumann_dienstag_ja_donnerstag_nicht.eml", 9, (1056,), ("2026-07-07",),
        "2026-07-10 10:20", "Telefontermine diese Woche",
        "Guten Tag,\n\nam Dienstag hat die Therapeutin angerufen und wir haben die Übungen "
        "gemacht, das war gut. Donnerstag hat es nicht geklappt, ich war beim Einkaufen und hab "
        "das Telefon nicht gehört. Das tut mir leid.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
        staff=True, note="Tuesday 7.7. yes; Thursday 9.7. missed")  # fmt: skip
    yes("ed06_becker_alle_bis_auf_den_12.eml", 2, (1010, 1011, 1012, 1014, 1015),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-16", "2026-02-19"),
        "2026-02-20 08:35", "Bestätigung MT Februar",
        "Hallo zusammen,\n\ndie Termine 2.2., 5.2., 9.2., 12.2., 16.2. und 19.2. haben alle "
        "stattgefunden bis auf den 12., den musste ich wegen einer Dienstreise sausen lassen "
        "(hatte vergessen abzusagen, sorry).\n\nBeste Grüße\nThomas Becker",
        client="webde", staff=True, note="all listed days except 12.2., which was missed")  # fmt: skip
    yes("ed07_koch_ansonsten_alle.eml", 18, (1109, 1110, 1111, 1113, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-08", "2026-04-13"),
        "2026-04-14 16:40", "Anrufe",
        "Hallo,\nam 1. April hat niemand angerufen, ich habe bis halb vier neben dem Telefon "
        "gesessen. Ansonsten alle gehabt, 23.3., 25.3., 30.3., 8.4. und gestern.\n"
        "Renate Koch",
        client="tonline", staff=True, extra=("other",),
        note="1.4. did not take place (no call); the rest, yesterday = 13.4.")  # fmt: skip
    yes("ed14_brandt_nachtrag_juli.eml", 10, (1063, 1064, 1065, 1067, 1068),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-31", "2026-08-07"),
        "2026-08-28 14:30", "Nachtrag Bestätigungen Juli",
        "Hallo,\n\nich bin mit den Bestätigungen hinterher, sorry. Stattgefunden haben 3.7., "
        "10.7., 17.7. und 31.7. Am 24.7. war ich im Urlaub, der war meines Wissens abgesagt. "
        "Den 7.8. bestätige ich auch gleich mit.\n\nGruß\nLukas Brandt",
        client="thunderbird", staff=True,
        note="late; 24.7. he believes cancelled, but it is still scheduled")  # fmt: skip
    yes("ed19_nowak_friday_yes_week_before_short.eml", 19, (1118,), ("2026-11-20",),
        "2026-11-21 10:00", "Confirmation",
        "Hello,\n\nconfirming Friday's session (20 Nov). The week before I had to leave after "
        "about twenty minutes for a work call, so please check whether that one can be billed "
        "in full.\n\nRegards,\nDavid Nowak",
        staff=True, note="20.11. yes; 13.11. cut short")  # fmt: skip
    yes("ed24_berger_mai_bis_auf_den_20.eml", 24, (1142, 1143, 1145, 1146, 1147),
        ("2026-05-06", "2026-05-13", "2026-05-27", "2026-06-03", "2026-06-10"),
        "2026-06-12 11:00", "offene Bestätigungen",
        "Guten Tag,\n\nich habe noch mehrere Bestätigungen offen. Mai: alle Mittwoche bis auf "
        "den 20., da lag ich im Krankenhaus. Juni: 3. und 10.\n\nFreundliche Grüße\n"
        "Ursula Berger",
        client="thunderbird", staff=True,
        note="the May Wednesdays 6., 13., 27. yes; 20.5. missed (hospital)")  # fmt: skip
    yes("ed28_wolff_verschoben_auf_montag.eml", 4, (1030,), ("2026-01-30", "2026-02-09"),
        "2026-02-10 09:00", "Behandlungen",
        "Guten Tag,\n\ndie Behandlung vom 30.1. hat stattgefunden. Der Termin am 6.2. wurde auf "
        "Montag verschoben, die Therapeutin hat dann gestern angerufen, das hat auch "
        "geklappt.\n\nMfG\nHans-Jürgen Wolff",
        client="tonline", staff=True,
        note="30.1. yes; 6.2. moved to Monday 9.2., a day with no appointment")  # fmt: skip


def whole_confirmations() -> None:
    """Every session named plainly took place."""
    yes("ed08_lehmann_und_den_davor_auch.eml", 14, (1089, 1090), (),
        "2026-09-29 18:05", re(1090),
        "Hallo,\n\nja, hat stattgefunden. Und der davor auch, auf die Mail hatte ich noch nicht "
        "geantwortet.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1090", style="thunderbird",
        note="yes under our request for 29.9., and 'der davor' = 22.9.; no day named")  # fmt: skip
    yes("ed09_zimmermann_montag_hat_geklappt.eml", 15, (1094,), ("2026-10-12",),
        "2026-10-13 08:47", "Telefontermin",
        "Moin,\nMontag hat geklappt. Danke und Gruß\nKlaus Zimmermann",
        client="samsung", note="written Tuesday 13.10.: Monday = 12.10.")  # fmt: skip
    yes("ed11_wolff_gestern_und_den_davor.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-24 10:15", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung von gestern "
        "(Freitag) und die davor am 16.1.\n\nMfG\nH.-J. Wolff",
        client="tonline", note="yesterday = 23.1.")  # fmt: skip
    yes("ed13_richter_alle_drei.eml", 8, (1051, 1052, 1053),
        ("2026-06-03", "2026-06-10", "2026-06-17"), "2026-06-18 07:12", re(1053),
        "Moin, 3.6., 10.6. und gestern alle gehabt 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    yes("ed16_vogel_ebenfalls.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-17 09:02", re(1083),
        "Bestätigt, 17.09. Die Sitzung am 10.09. ebenfalls.\n\nDr. M. Vogel\n"
        "Vogel & Partner Rechtsanwälte\nTel. 089 4410 2270",
        client="outlook", reply="cr-1083", style="outlook_classic")  # fmt: skip
    yes("ed18_jansen_bottom.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:20", re(1105),
        "Hat stattgefunden, 29.10. Danke!\nOle",
        client="gmail", reply="cr-1105", style="gmail", bottom=True)  # fmt: skip
    yes("ed20_hartmann_gestern_und_letzte_woche.eml", 20, (1120, 1121),
        ("2026-11-03", "2026-11-10"), "2026-11-11 07:30", re(1121),
        "Guten Morgen,\ngestern und letzte Woche Dienstag haben beide stattgefunden.\nLG Leonie"
        "\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1121", style="iphone")  # fmt: skip
    yes("ed21_wagner_zweiter_war_abgesagt.eml", 21, (1126, 1128), ("2026-01-26", "2026-02-09"),
        "2026-02-10 12:00", "Videotermine",
        "Hallo, ich bestätige 26.1. und gestern 9.2. Der 2.2. war ja abgesagt wegen Krankheit."
        "\nLG Sophie Wagner",
        client="samsung", note="2.2. was cancelled, as the snapshot has it")  # fmt: skip
    yes("ed23_oneill_week_before_too.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-04-29 08:05", re(1138, "RE"),
        "Yes, the call on Tuesday the 28th went ahead, as did the one the week before.\n\n"
        "Cheers,\nJames",
        client="outlook", reply="cr-1138", style="outlook_en",
        note="'the one the week before' = 21.4.")  # fmt: skip
    yes("ed26_krueger_heute_und_die_letzten_beiden.eml", 1, (1005, 1006, 1007),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-02-24 11:48", re(1007),
        "Hallo, heute am 24.2. war der Termin, hat alles geklappt. Die letzten beiden hatte ich "
        "noch nicht bestätigt, 10.2. und 17.2. waren auch.\nGrüße S. Krüger",
        client="webde", reply="cr-1007", style="webde")  # fmt: skip
    yes("ed29_koch_montag_und_mittwoch.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:00", "Bestätigung",
        "Montag und Mittwoch hat die Frau angerufen, alles gut.\nRenate Koch",
        client="tonline", note="written Thursday 26.3.: Monday 23.3., Wednesday 25.3.")  # fmt: skip
    yes("ed30_carter_monday_and_aug_31.eml", 11, (1073, 1074), ("2026-08-31", "2026-09-07"),
        "2026-09-08 08:00", re(1074, "Re"),
        "Yes - Monday (Sept 7) took place, and the one on Aug 31 as well. Thanks!",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip


def look_alikes() -> None:
    """They answer our mails like a confirmation would, and confirm nothing."""
    no("ed31_becker_gestern_niemand_angerufen.eml", 2, ("question",), "2026-02-24 07:40",
       re(1016),
       "Guten Morgen,\n\nder Termin gestern hat leider nicht stattgefunden, es hat niemand "
       "angerufen. Ich war ab 17:25 erreichbar. Wie geht es jetzt weiter?\n\nT. Becker",
       client="webde", reply="cr-1016", style="webde",
       note="the requested 23.2. did not take place")  # fmt: skip
    no("ed32_lehmann_nach_fuenf_minuten_abgebrochen.eml", 14, ("technical", "reschedule"),
       "2026-10-06 15:10", re(1091),
       "Hallo,\n\nbestätigen kann ich das leider nicht so richtig, die Verbindung ist nach "
       "fünf Minuten abgebrochen und kam nicht wieder. Können wir das nachholen?\n\n"
       "Anna Lehmann",
       client="thunderbird", reply="cr-1091", style="thunderbird",
       note="6.10. broke off after five minutes")  # fmt: skip
    no("ed33_demir_erster_april_abgesagt.eml", 3, ("question",), "2026-04-02 08:00",
       "Termin 1.4.",
       "Hallo, ich wollte den Termin vom 1.4. bestätigen – oder war der abgesagt? Ich hab "
       "irgendwie keine Mail bekommen und es hat sich auch keiner gemeldet.\nLG Aylin",
       client="gmail", note="1.4. is cancelled; she asks whether it was")  # fmt: skip
    no("ed34_richter_erinnerung_passt.eml", 8, ("other",), "2026-06-23 18:30",
       reminder_subject(1054, "Re"), "Ja passt, bin morgen dabei 👍",
       client="iphone", reply="rem-1054", style="iphone", staff=False,
       note="agrees to tomorrow's session under our reminder; nothing happened yet")  # fmt: skip
    no("ed35_neumann_durcheinander.eml", 9, ("question",), "2026-07-29 09:30", re(1062),
       "Guten Tag,\n\nich weiß nicht mehr, ob die Therapeutin am Dienstag angerufen hat. Mein "
       "Mann sagt ja, ich meine das war Donnerstag letzte Woche. Bitte rufen Sie mich kurz "
       "an.\n\nGisela Neumann",
       reply="cr-1062", style="thunderbird", note="she does not know whether 28.7. took place")  # fmt: skip
    no("ed36_hoffmann_nach_der_haelfte_abgebrochen.eml", 6, ("reschedule",), "2026-05-26 10:00",
       re(1044),
       "Heute nach der Hälfte abgebrochen, der Rücken hat zu sehr gezogen. Bitte so nicht "
       "abrechnen, lieber einen Ersatztermin diese Woche.\n\nGruß P. Hoffmann",
       client="outlook", reply="cr-1044", style="outlook", note="26.5. broken off halfway")  # fmt: skip
    no("ed37_zimmermann_bestaetigt_montag_kommend.eml", 15, ("other",), "2026-10-31 10:00",
       "Termin Montag",
       "Hallo,\nhiermit bestätige ich den Termin am Montag 2.11. um 11 Uhr, ich bin "
       "erreichbar.\nGruß Klaus Zimmermann",
       client="samsung", staff=False, note="confirms he will be there on a future day")  # fmt: skip
    no("ed38_yildiz_gestern_niemand.eml", 12, ("question",), "2026-08-20 10:00", "Termin",
       "Hallo, ich möchte fragen, gestern hat niemand angerufen, ist der Termin abgesagt? Ich "
       "war zuhause ganze zeit.\nFatma Yildiz",
       client="webde", note="19.8. is cancelled; she asks")  # fmt: skip
    no("ed39_brandt_link_ging_nicht.eml", 10, ("technical",), "2026-07-17 18:00", re(1065),
       "Hallo,\n\nnein, leider nicht – der Link hat bei mir nicht funktioniert, ich hab 20 "
       "Minuten vor dem schwarzen Bildschirm gesessen.\n\nGruß\nLukas",
       client="thunderbird", reply="cr-1065", style="thunderbird",
       note="17.7. did not take place (link failed)")  # fmt: skip
    no("ed40_oneill_forgot_last_night.eml", 23, ("reschedule",), "2026-05-13 07:55",
       re(1140, "RE"),
       "Sorry, I completely forgot about last night's call - I was still at the office. Can "
       "we rebook?\n\nJames",
       client="outlook", reply="cr-1140", style="outlook_en", note="12.5. missed")  # fmt: skip


def main() -> None:
    load_practice()
    partial_replies()
    partial_letters()
    whole_confirmations()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
