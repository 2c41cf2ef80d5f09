"""Write blind set FU: partial confirmations in everyday words, 43 mails. Most confirm one
or more sessions and say in passing that another did not take place, was cut short, was
moved or is uncertain; some name days only by weekday, 'gestern', 'heute' or 'den davor';
some plainly confirm every session. Eleven look-alikes answer our request (or a reminder)
without confirming a session: a session that failed, was cut short, was moved, a future
day, a doubt, and a 'confirmation' of a cancelled day (labelled a confirmation that
records nothing).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fu`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fu")


def partial() -> None:
    yes("fu01_becker_montag_ja_donnerstag_verpennt.eml", 2, (1010,), ("2026-02-02",),
        "2026-02-06 09:12", re(1011),
        "Hallo,\n\nMontag ja, Donnerstag hab ich leider verpennt, sorry!\nKönnen wir den irgendwie nachholen?\n\nGruß\nThomas",
        client="gmail", reply="cr-1011", style="gmail", staff=True, extra=("reschedule",),
        note="Mon 02.02 confirmed; the requested Thu 05.02 did not take place")  # fmt: skip
    yes("fu02_krueger_zwei_ja_dritter_unsicher.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-20 08:40", "Bestätigung Termine Februar",
        "Hallo liebes Praxisteam,\n\nhiermit bestätige ich die Termine am 3.2. und 10.2.\nBeim 17. weiß ich ehrlich gesagt nicht mehr, ob der stattgefunden hat, da hatte ich Chaos mit dem Laptop.\n\nViele Grüße\nSabine Krüger",
        client="webde", staff=True,
        note="17.02 uncertain: not confirmed, staff")  # fmt: skip
    yes("fu03_carter_12th_style_cut_short.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-25 10:02", re(1072, "Re"),
        "Hi,\n\nyes, the 17th and the 24th both happened. The one on the 10th got cut short after about 10 minutes because my wifi kept dropping, not sure how you handle that.\n\nBest,\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en", staff=True, extra=("technical",),
        note="10.08 cut short: not confirmed")  # fmt: skip
    yes("fu04_wolff_januar_ja_februar_nicht.eml", 4, (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-02-08 11:30", "Behandlungen Januar",
        "Sehr geehrte Damen und Herren,\n\ndie telefonischen Behandlungen vom 16.01., 23.01. und 30.01.2026 haben stattgefunden.\nAm 06.02. war ich leider nicht erreichbar (Arzttermin), den bitte nicht abrechnen.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", staff=True, note="06.02 did not take place")  # fmt: skip
    yes("fu05_demir_18_unsicher.eml", 3, (1019, 1020, 1022),
        ("2026-03-04", "2026-03-11", "2026-03-25"), "2026-03-27 19:48", re(1022),
        "hallo, bestätige 4.3. und 11.3., beim 18. bin ich nicht sicher ob wir den gemacht haben, ich glaub der ist ausgefallen. 25.3. ja\n\nlg aylin",
        client="gmail", reply="cr-1022", style="gmail", staff=True,
        note="18.03 uncertain")  # fmt: skip
    yes("fu06_neumann_donnerstag_und_den_davor.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 08:05", re(1059),
        "Guten Tag,\n\nja der Termin am Donnerstag war, und den davor am Dienstag auch.\n\nMit freundlichen Grüßen\nGisela Neumann",
        reply="cr-1059", style="thunderbird", client="thunderbird",
        note="Thu 16.07 and the Tuesday before, 14.07")  # fmt: skip
    yes("fu08_wagner_ja_der_2_war_abgesagt.eml", 21, (1128,), (), "2026-02-09 11:20", re(1128),
        "Ja hat stattgefunden. Der vom 2. war ja abgesagt, nur zur Info damit der nicht doppelt gezählt wird 😊\n\nSophie",
        client="iphone", reply="cr-1128", style="iphone",
        note="yes under our request; 02.02 is cancelled in the calendar already")  # fmt: skip
    yes("fu09_aydin_12_ja_5_auch_26_krank.eml", 22, (1132, 1133), ("2026-03-05", "2026-03-12"),
        "2026-03-13 07:55", re(1133),
        "Hallo, ja 12.03 termin war. 5.03 auch war aber ich habe nicht bestätigt glaube ich. 26.02 nicht, ich war krank.\nDanke\nMehmet",
        client="samsung", reply="cr-1133", style="samsung", staff=True,
        note="26.02 did not take place")  # fmt: skip
    yes("fu10_popescu_9_juni_nur_kurz.eml", 7, (1048,), ("2026-06-16",), "2026-06-18 21:10", re(1048),
        "Buna ziua,\nich bestätige Termin 16.06.\nAm 9. Juni ich hatte kein Internet, wir haben nur kurz telefoniert 5 Minuten. Das war nicht richtig Behandlung.\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("technical",),
        note="09.06 was five minutes on the phone: not confirmed")  # fmt: skip
    yes("fu11_richter_heute_ja_letzte_woche_abgesagt.eml", 8, (1054,), ("2026-06-24",),
        "2026-06-24 20:05", re(1054, "Re"),
        "Jo passt, heute war gut. Letzte Woche Mittwoch war ich ja nicht da, hatte ich aber telefonisch abgesagt\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1054", style="iphone", staff=True,
        note="17.06 still scheduled, patient says he cancelled by phone")  # fmt: skip
    yes("fu12_brandt_alle_im_juli.eml", 10, (1063, 1064, 1065, 1066, 1067),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"),
        "2026-08-01 10:14", "Bestätigung Juli",
        "Hallo zusammen,\n\nhiermit bestätige ich alle Termine im Juli (3., 10., 17., 24. und 31.7.).\n\nViele Grüße\nLukas Brandt",
        client="thunderbird")  # fmt: skip
    yes("fu13_lehmann_22_verpeilt.eml", 14, (1090,), ("2026-09-29",), "2026-10-01 23:12", re(1090),
        "Hi, 29.9. ja. Den 22. hab ich komplett verpeilt, sorry!! Wird der berechnet?\nLG Anna",
        client="gmail", reply="cr-1090", style="gmail", staff=True, extra=("question",),
        note="22.09 missed; question about billing")  # fmt: skip
    yes("fu14_schaefer_14_nach_der_haelfte_abgebrochen.eml", 16, (1100, 1101),
        ("2026-10-21", "2026-10-28"), "2026-10-29 08:15", re(1101),
        "Guten Morgen,\n\nder Termin gestern Abend fand statt, ebenso der am 21.10.\nAm 14.10. mussten wir wegen Verbindungsproblemen nach der Hälfte abbrechen – bitte klären Sie, wie das abgerechnet wird.\n\nMit freundlichen Grüßen\nBirgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", reply="cr-1101", style="outlook", staff=True,
        extra=("technical", "question"), sender="b.schaefer@schaefer-steuerberatung.de",
        note="28.10 (gestern) and 21.10; 14.10 cut short")  # fmt: skip
    yes("fu15_zimmermann_montag_und_der_19.eml", 15, (1095, 1097), ("2026-10-19", "2026-11-02"),
        "2026-11-03 09:30", re(1097),
        "Hallo,\nMontag hat geklappt. Der 26.10. war ja von Ihrer Seite abgesagt. Den davor, 19.10., habe ich glaube ich noch nicht bestätigt, der war auch.\nGruß K. Zimmermann",
        client="tonline", reply="cr-1097", style="tonline",
        note="Mon 02.11 and 19.10; 26.10 is cancelled in the calendar")  # fmt: skip
    yes("fu16_koch_1_4_niemand_angerufen.eml", 18, (1109, 1110, 1111, 1113, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-08", "2026-04-13"),
        "2026-04-14 16:20", "Termine März April",
        "Guten Tag,\n\nam 23.3., 25.3. und 30.3. hatten wir telefoniert. Am 1.4. hat niemand angerufen, ich habe den ganzen Nachmittag gewartet. 8.4. und 13.4. ja.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", staff=True, note="01.04: no call")  # fmt: skip
    yes("fu17_hoffmann_beide_am_montag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 07:02",
        re(1043),
        "Beide Termine am Montag (morgens Gerät, mittags MT) haben stattgefunden.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on 18.05")  # fmt: skip
    yes("fu18_hoffmann_dienstag_ja_11_halbe_zeit.eml", 6, (1044,), ("2026-05-26",),
        "2026-05-27 06:50", re(1044),
        "Dienstag ja.\nAm 11. hatten wir nur die halbe Zeit, weil Ihr Therapeut später dazukam – bitte berücksichtigen.\n\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook", staff=True,
        note="11.05 only half: staff")  # fmt: skip
    yes("fu19_oneill_21st_didnt_happen.eml", 23, (1138, 1139), ("2026-04-28", "2026-05-05"),
        "2026-05-07 22:31", re(1139, "RE"),
        "Hi there,\n\nconfirming Tuesday's session (5 May). I also did the 28th April one. The 21st didn't happen - I was travelling and I think I forgot to cancel, sorry about that.\n\nCheers,\nJames",
        client="outlook", reply="cr-1139", style="outlook_en", staff=True,
        note="21.04 did not take place")  # fmt: skip
    yes("fu20_berger_13_krankenhaus.eml", 24, (1142, 1144, 1145),
        ("2026-05-06", "2026-05-20", "2026-05-27"), "2026-05-28 10:40", re(1145),
        "Guten Tag,\n\nich bestätige hiermit den 6.5., 20.5. und 27.5.\nAm 13. war ich im Krankenhaus, der hat nicht stattgefunden.\n\nMit freundlichen Grüßen\nUrsula Berger",
        reply="cr-1145", style="thunderbird", client="thunderbird", staff=True,
        note="13.05 did not take place")  # fmt: skip
    yes("fu21_nowak_6_unsicher.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-20 10:30", re(1118),
        "20.11. bestätigt, und der 13. auch, hatte vergessen zu antworten. Beim 6. bin ich mir nicht sicher, ob wir den gemacht haben oder ob der verschoben wurde.\n\nD. Nowak",
        reply="cr-1118", style="thunderbird", client="thunderbird", staff=True,
        note="06.11 uncertain")  # fmt: skip
    yes("fu22_hartmann_gestern_ja_davor_schon.eml", 20, (1122,), ("2026-11-17",),
        "2026-11-18 12:44", re(1122),
        "hallo ja gestern war, danke! den davor hab ich glaub ich schon bestätigt\nleonie",
        client="webde", reply="cr-1122", style="webde", staff=True,
        note="17.11 confirmed; 10.11 is not confirmed anywhere, staff to look")  # fmt: skip
    yes("fu23_yildiz_19_abgesagt_12_auch.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-27 13:15", re(1078),
        "Guten tag,\nja termin 26.8 war. 19.8 war abgesagt wegen urlaub das wissen sie ja. 12.8 auch war.\nFatma Yildiz",
        client="webde", reply="cr-1078", style="webde",
        note="19.08 is cancelled in the calendar already")  # fmt: skip
    yes("fu24_vogel_17_nach_10_minuten_beendet.eml", 13, (1084,), ("2026-09-24",),
        "2026-09-24 09:10", re(1084),
        "Sehr geehrte Damen und Herren,\n\ndie heutige Behandlung fand statt. Die Sitzung am 17.09. wurde von mir nach zehn Minuten beendet (Notfall in der Praxis); ich bitte, diese nicht in voller Höhe abzurechnen.\n\nDr. M. Vogel",
        client="outlook", reply="cr-1084", style="outlook_classic", staff=True,
        note="17.09 cut short")  # fmt: skip
    yes("fu25_schulz_30_4_feiertag_unsicher.eml", 5, (1037,), ("2026-05-07",), "2026-05-08 18:22",
        re(1037),
        "Hallo,\ngestern hat stattgefunden. Vom 30.4. weiß ich ehrlich gesagt nicht mehr, ob wir den gemacht haben oder ob der wegen dem Feiertag ausgefallen ist.\nLiebe Grüße\nMarie",
        client="apple", reply="cr-1037", style="iphone", staff=True,
        note="30.04 uncertain")  # fmt: skip
    yes("fu26_jansen_alle_bisherigen_bis_auf_5_11.eml", 17, (1104, 1105, 1107), (),
        "2026-11-13 08:30", re(1107),
        "Moin,\nalle bisherigen Termine haben stattgefunden, bis auf den 5.11., da war ich krank.\nGruß Ole",
        client="gmail", reply="cr-1107", style="gmail", staff=True,
        note="all so far (22.10, 29.10, 12.11) except 05.11")  # fmt: skip


def several_and_plain() -> None:
    yes("fu27_becker_februar_bis_auf_26.eml", 2, (1012, 1013, 1014, 1015, 1016, 1018),
        ("2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19", "2026-02-23", "2026-03-02"),
        "2026-03-03 12:10", "Bestätigung Februar",
        "Hallo,\n\nich bestätige die Termine am 9., 12., 16., 19. und 23.2. Am 26.2. musste ich kurzfristig absagen, hab angerufen. Gestern (2.3.) hat auch stattgefunden.\n\nGruß\nThomas Becker",
        client="outlook", staff=True,
        note="26.02 still scheduled, patient says he cancelled")  # fmt: skip
    yes("fu28_demir_mittwoch.eml", 3, (1024,), ("2026-04-08",), "2026-04-09 07:40", re(1024),
        "Hallo! Ja Mittwoch hat stattgefunden :)",
        client="gmail", reply="cr-1024", style="gmail")  # fmt: skip
    yes("fu29_neumann_dienstag_und_donnerstag.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-24 10:05", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Anrufe von Dienstag und Donnerstag diese Woche.\n\nGruß G. Neumann",
        note="Tue 21.07 and Thu 23.07 of the mail's week")  # fmt: skip
    yes("fu30_carter_not_sure_about_the_one_before.eml", 11, (1073,), ("2026-08-31",),
        "2026-09-01 09:15", re(1073, "Re"),
        "Yes, Monday's session happened.\nNot sure about the one before that though, I think we moved it? Can you check?\n\nEmily",
        client="gmail", reply="cr-1073", style="gmail_en", staff=True, extra=("question",),
        note="24.08 uncertain")  # fmt: skip
    yes("fu31_wolff_freitag_war.eml", 4, (1033,), ("2026-02-20",), "2026-02-21 10:12", re(1033),
        "Ja Freitag war.\nGruß Wolff",
        client="tonline", reply="cr-1033", style="tonline")  # fmt: skip
    yes("fu32_aydin_heute_ok.eml", 22, (1135,), ("2026-03-26",), "2026-03-26 14:20", re(1135),
        "Termin heute ok war gut danke",
        client="samsung", reply="cr-1135", style="samsung")  # fmt: skip
    yes("fu33_schaefer_4_11_keiner_kam.eml", 16, (1103,), ("2026-11-11",), "2026-11-12 07:30",
        re(1103),
        "Hat stattgefunden, 11.11. 👍\nNur den 4.11. gab's leider nicht, da kam keiner in den Raum, hab 20 min gewartet.\n\nBirgit",
        client="iphone", reply="cr-1103", style="iphone", bottom=True, staff=True,
        extra=("technical",), note="04.11 did not take place")  # fmt: skip


def look_alikes() -> None:
    no("fu07_becker_abgebrochen_nach_15_min.eml", 2, ("other",), "2026-02-13 08:20", re(1013),
       "Hallo,\n\nder Termin gestern hat zwar angefangen, wir mussten aber nach ca. 15 Minuten abbrechen, weil ich einen dringenden Anruf hatte.\n\nGruß T. Becker",
       client="outlook", reply="cr-1013", style="outlook",
       note="cut short after 15 minutes: staff decides, nothing recorded")  # fmt: skip
    no("fu34_krueger_video_ging_nicht.eml", 1, ("technical", "reschedule"), "2026-01-28 09:10",
       re(1003),
       "Hallo,\nleider hat der Termin gestern nicht geklappt, das Video ging bei mir nicht an. Können wir das nachholen?\nSabine Krüger",
       client="webde", reply="cr-1003", style="webde")  # fmt: skip
    no("fu35_becker_hatte_abgesagt.eml", 2, ("cancellation",), "2026-02-27 08:00", re(1017),
       "Hallo,\n\nden Termin gestern hatte ich doch abgesagt?! Bitte nicht abrechnen.\n\nT. Becker",
       client="outlook", reply="cr-1017", style="outlook")  # fmt: skip
    no("fu36_demir_bestaetigt_abgesagten_1_4.eml", 3, ("confirmation",), "2026-04-02 18:30",
       "Bestätigung",
       "Hallo, hiermit bestätige ich den Termin vom 1.4.\nLG Aylin Demir",
       client="gmail", note="01.04 is cancelled: nothing recorded")  # fmt: skip
    no("fu37_lehmann_heute_nicht_geklappt.eml", 14, ("other",), "2026-10-13 14:40", re(1092),
       "Hi, heute hat leider nicht geklappt, ich war noch in der Uni. Nächsten Dienstag bin ich aber sicher da!\nAnna",
       client="gmail", reply="cr-1092", style="gmail")  # fmt: skip
    no("fu38_zimmermann_bin_morgen_da.eml", 15, ("other",), "2026-11-01 12:05", reminder_subject(1097),
       "Ja, bin morgen da.\nGruß K. Zimmermann",
       client="tonline", reply="rem-1097", style="tonline", staff=False,
       note="answers the reminder for a future session")  # fmt: skip
    no("fu39_richter_akku_leer.eml", 8, ("technical", "question"), "2026-07-01 19:40", re(1055),
       "Heute war ich leider nur die ersten 5 Minuten drin, dann ist mein Akku gestorben. Sorry! Wie machen wir das jetzt?",
       client="iphone", reply="cr-1055", style="iphone")  # fmt: skip
    no("fu40_oneill_nobody_called.eml", 23, ("question",), "2026-05-20 08:45", re(1141, "RE"),
       "Hi,\n\nI'm afraid yesterday's session didn't happen - nobody called me. I waited until 8. Could you let me know what went wrong?\n\nJames",
       client="outlook", reply="cr-1141", style="outlook_en")  # fmt: skip
    no("fu41_brandt_verschoben.eml", 10, ("reschedule",), "2026-08-07 17:45", re(1068),
       "Hallo, heute hat nicht stattgefunden, wir hatten doch auf nächsten Freitag verschoben? LG Lukas",
       client="thunderbird", reply="cr-1068", style="thunderbird")  # fmt: skip
    no("fu42_berger_weiss_nicht_mehr.eml", 24, ("question",), "2026-06-04 11:00", re(1146),
       "Guten Tag,\nich weiß nicht mehr, ob das am Mittwoch war oder ob Sie angerufen haben, als ich nicht da war. Mein Mann sagt, es hat jemand angerufen. Bitte rufen Sie mich an.\nU. Berger",
       reply="cr-1146", style="thunderbird", client="thunderbird",
       note="uncertain whether 03.06 took place")  # fmt: skip
    no("fu43_popescu_krankenhaus.eml", 7, ("other",), "2026-07-01 09:30", re(1050),
       "Hallo,\ngestern Termin war nicht, ich war im Krankenhaus. Ich schicke Attest.\nElena",
       client="yahoo", reply="cr-1050", style="yahoo")  # fmt: skip


def main() -> None:
    load_practice()
    partial()
    several_and_plain()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
