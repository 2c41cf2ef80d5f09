"""Write blind set GH: confirmations of whole periods in everyday words.

43 mails. 32 confirm at least one session, most of them by a period instead of a date
('alle Termine im Februar', 'sämtliche Behandlungen im März außer dem 18.', 'die Termine
der letzten zwei Wochen', 'alle seit dem 3.', 'den ganzen Mai über, bis auf einen', 'all my
sessions in August', 'die ersten drei Termine', 'die beiden davor'). Some list a month's
sessions with one left out, some have a session the practice cancelled inside the period,
and some plainly name every session with its date. 11 look like confirmations and are
not: a period whose only session was cancelled, a period still ahead, a month without
sessions, 'bis auf einen' without saying which, a month already confirmed, questions about
confirming or billing a whole month, a month missed in hospital, a month cancelled.

Labels: `confirmed` holds only the sessions the patient plainly confirms and that can be
told from the mail's date and the patient's appointments; a session excepted or in doubt
needs staff. `dates` lists the days the mail says a treatment took place: a named day, or
the patient's sessions inside a named period (a month, 'the last two weeks', 'since the
3rd'), already confirmed ones included, cancelled, missed and future ones left out; a bare
yes under our request that names no day or period gives no dates.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gh`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gh")


def whole_months() -> None:
    yes("gh01_becker_februar_alle.eml", 2, (1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19",
         "2026-02-23", "2026-02-26"),
        "2026-02-27 08:14", "Termine Februar",
        "Guten Morgen,\n\nkurz zur Info: alle meine Termine im Februar haben stattgefunden. Ich hab"
        " die einzelnen Mails nicht jedes Mal beantwortet, sorry dafür.\n\nGruß\nThomas Becker",
        client="webde", note="all eight February sessions, written the day after the last")  # fmt: skip
    yes("gh02_krueger_rest_februar.eml", 1, (1004, 1005, 1006, 1007),
        ("2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24"), "2026-02-24 18:42", re(1007),
        "Hallo,\nja, heute hat geklappt. Und die anderen im Februar auch alle, falls die bei"
        " Ihnen noch offen sind.\nLG Sabine Krüger",
        client="webde", reply="cr-1007", style="webde",
        note="today (24.02.) and every other February session")  # fmt: skip
    yes("gh08_carter_august_all.eml", 11, (1069, 1070, 1071, 1072, 1073),
        ("2026-08-03", "2026-08-10", "2026-08-17", "2026-08-24", "2026-08-31"),
        "2026-09-01 08:47", "Sessions in August",
        "Hi,\n\njust to confirm that all my sessions in August took place - five in total if I"
        " counted right.\n\nCheers,\nEmily",
        client="gmail", note="all five August sessions, in English")  # fmt: skip
    yes("gh09_popescu_juni_bis_jetzt.eml", 7, (1046, 1047, 1048, 1049),
        ("2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23"), "2026-06-24 09:20",
        "Bestätigung",
        "Guten Tag,\n\nich bestätige alle meine Termine in Juni bis jetzt, sie haben alle"
        " stattgefunden.\n\nMit freundlichen Grüßen\nElena Popescu",
        client="yahoo", note="June so far: 02., 09., 16., 23.; the 30th is still ahead")  # fmt: skip
    yes("gh10_richter_juni.eml", 8, (1051, 1052, 1053, 1054),
        ("2026-06-03", "2026-06-10", "2026-06-17", "2026-06-24"), "2026-07-02 07:31", "Juni",
        "Hi, alle Juni-Termine haben stattgefunden 👍\nJonas\n\nGesendet von iPhone",
        client="iphone",
        note="the four June sessions; yesterday's 01.07. is not named")  # fmt: skip
    yes("gh19_schaefer_oktober_buero.eml", 16, (1098, 1099, 1100, 1101),
        ("2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"), "2026-10-29 08:05",
        "Oktober-Termine",
        "Guten Morgen,\n\nbitte alle vier Termine im Oktober als stattgefunden verbuchen – vom"
        " Handy aus komme ich nie dazu, auf Ihre Mails zu antworten.\n\nFreundliche Grüße\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0421 556 2210",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address (office)")  # fmt: skip
    yes("gh24_vogel_september.eml", 13, (1082, 1083, 1084),
        ("2026-09-03", "2026-09-10", "2026-09-17", "2026-09-24"), "2026-09-25 06:12",
        "Termine September",
        "Sämtliche Septembertermine fanden statt.\n\nMfG\nDr. M. Vogel\n\nVogel & Partner"
        " Rechtsanwälte\nTel. 089 2180 4400 | Fax 089 2180 4401",
        client="outlook", note="03.09. was confirmed before; 10., 17., 24. are new")  # fmt: skip
    yes("gh25_oneill_april.eml", 23, (1136, 1137, 1138),
        ("2026-04-14", "2026-04-21", "2026-04-28"), "2026-05-02 11:30", "April sessions",
        "Hi,\n\nAll my April sessions took place as planned - please take this as confirmation"
        " for all three of them.\n\nBest,\nJames O'Neill",
        client="outlook")  # fmt: skip
    yes("gh28_schulz_april.eml", 5, (1034, 1035, 1036),
        ("2026-04-16", "2026-04-23", "2026-04-30"), "2026-05-01 13:05", "Bestätigung April",
        "Hallo, hiermit bestätige ich alle Termine im April. Gruß Marie Schulz\n\n\nVon meinem"
        " Samsung Galaxy Smartphone gesendet.",
        client="samsung")  # fmt: skip
    yes("gh31_wagner_januar.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-01-30 12:00", "Bestätigung Januar",
        "Hallo,\n\nalle drei Termine im Januar haben stattgefunden.\n\nLiebe Grüße\nSophie Wagner",
        client="webde")  # fmt: skip
    yes("gh29_koch_alle_meine.eml", 18, (1109, 1110, 1111, 1112, 1113, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01", "2026-04-08", "2026-04-13",
         "2026-04-15"),
        "2026-05-10 17:30", "Bestätigung meiner Behandlungen",
        "Sehr geehrtes Praxisteam,\n\nich bin mit den vielen Mails ganz durcheinander gekommen."
        " Darum bestätige ich hiermit alle meine Behandlungen bei Ihnen, die haben alle"
        " stattgefunden, es wurde immer pünktlich angerufen.\n\nMit freundlichen Grüßen\n"
        "Renate Koch",
        client="tonline",
        note="weeks later, her whole treatment; 15.04. was confirmed before")  # fmt: skip


def months_with_a_gap() -> None:
    yes("gh03_demir_maerz_ausser_18.eml", 3, (1019, 1020, 1022),
        ("2026-03-04", "2026-03-11", "2026-03-25"), "2026-03-26 20:15", "Bestätigung März",
        "Hallo liebes Praxis-Team,\n\nich bestätige hiermit sämtliche Behandlungen im März außer"
        " dem 18., da lag ich mit Fieber im Bett und war nicht online. Ich weiß gar nicht mehr,"
        " ob ich da Bescheid gegeben hab, sorry!\n\nViele Grüße\nAylin Demir",
        client="gmail", staff=True,
        note="18.03. excepted: missed, still scheduled in our books")  # fmt: skip
    yes("gh07_hoffmann_mai_ohne_mt.eml", 6, (1040, 1041, 1042, 1044),
        ("2026-05-04", "2026-05-11", "2026-05-18", "2026-05-26"), "2026-05-29 21:10",
        "Bestätigung Mai",
        "Hallo,\n\nden ganzen Mai über waren die Termine wie geplant, bis auf einen: die Manuelle"
        " Therapie am 18. mittags habe ich verpasst, weil ich in einem Meeting festhing. Das KG"
        " am Gerät am selben Morgen hat aber stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", staff=True,
        note="the MT session 18.05. 12:30 was missed; the KGG that morning took place")  # fmt: skip
    yes("gh11_neumann_liste_ohne_16.eml", 9, (1056, 1057, 1058, 1060, 1061, 1062),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-21", "2026-07-23", "2026-07-28"),
        "2026-07-29 10:05", "Bestätigung der Behandlungen Juli",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen Behandlungen"
        " am 7.7., 9.7., 14.7., 21.7., 23.7. und 28.7.2026.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
        note="six of her seven July sessions listed; 16.07. is not named and stays open")  # fmt: skip
    yes("gh14_yildiz_august_ohne_19.eml", 12, (1075, 1076, 1078),
        ("2026-08-05", "2026-08-12", "2026-08-26"), "2026-08-27 19:02", "Termine August",
        "Hallo,\nalle meine Termine im August haben stattgefunden. Der am 19. ist ja von Ihnen"
        " abgesagt worden.\nViele Grüße\nFatma Yıldız",
        client="webde",
        note="the practice cancelled 19.08.; she says so herself, the other three are clear")  # fmt: skip
    yes("gh15_yildiz_august_auch_19.eml", 12, (1075, 1076, 1078),
        ("2026-08-05", "2026-08-12", "2026-08-26"), "2026-08-28 08:15", "Bestätigung August",
        "Hallo,\nich bestätige alle Termine in August, auch 19. August. Die Therapeutin hat mich"
        " angerufen obwohl abgesagt war, wir haben normal gemacht.\nGruß Fatma Yildiz",
        client="samsung", staff=True,
        note="19.08. is cancelled in our books, she says it took place")  # fmt: skip
    yes("gh20_lehmann_september_ohne_22.eml", 14, (1087, 1088, 1090),
        ("2026-09-08", "2026-09-15", "2026-09-29"), "2026-10-02 14:22", "Bestätigung September",
        "Liebes Team der Praxis Impulse,\n\nfür September kann ich alle Termine bestätigen bis auf"
        " den 22. – der ist wegen meiner Dienstreise ausgefallen, ich hatte telefonisch"
        " abgesagt.\n\nViele Grüße\nAnna Lehmann\n\n-- \nDr. Anna Lehmann\nInstitut für"
        " Sportwissenschaft\nUniversität Beispielstadt\nTel. +49 341 97 12345",
        client="thunderbird", staff=True,
        note="22.09. excepted: cancelled by phone, still scheduled in our books")  # fmt: skip
    yes("gh26_oneill_skipped_this_one.eml", 23, (1136, 1137, 1138, 1139),
        ("2026-04-14", "2026-04-21", "2026-04-28", "2026-05-05"), "2026-05-14 08:20", re(1140),
        "Hi,\n\nSorry, I haven't been great at replying to these. All sessions since my first"
        " one in April took place, except this one on the 12th - something came up at work and"
        " I couldn't pick up the phone.\n\nJames",
        client="outlook", reply="cr-1140", style="outlook_en", staff=True,
        note="12.05. (the requested one) did not take place")  # fmt: skip
    yes("gh27_berger_mai_20_kein_anruf.eml", 24, (1142, 1143, 1145),
        ("2026-05-06", "2026-05-13", "2026-05-27"), "2026-05-28 10:15", "Termine Mai",
        "Guten Tag,\n\ndie Termine im Mai waren alle, nur am 20. hat keiner angerufen. Ich habe"
        " eine halbe Stunde neben dem Telefon gewartet.\n\nMit freundlichen Grüßen\nU. Berger",
        staff=True, note="20.05. did not take place (no call): a complaint")  # fmt: skip
    yes("gh18_demir_heute_und_letzte_woche.eml", 3, (1024,), ("2026-04-08",),
        "2026-04-08 12:14", re(1024),
        "Hallo, ja heute hat stattgefunden. Und den von letzter Woche bestätige ich auch gleich"
        " mit, hab ich vergessen.\nLG Aylin",
        client="gmail", reply="cr-1024", style="gmail", staff=True,
        note="last week's session (01.04.) was cancelled by the practice")  # fmt: skip
    yes("gh32_neumann_juli_und_aufstellung.eml", 9,
        (1056, 1057, 1058, 1059, 1060, 1061, 1062),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23",
         "2026-07-28"),
        "2026-07-30 09:10", "Aufstellung Juli",
        "Guten Tag,\n\nkönnten Sie mir bitte eine Aufstellung über alle Behandlungen im Juli"
        " schicken? Die Krankenkasse möchte das haben. Stattgefunden haben sie alle, ich war"
        " jedes Mal am Telefon.\n\nMit freundlichen Grüßen\nGisela Neumann",
        staff=True, extra=("question",),
        note="all seven July sessions confirmed; she asks for a list")  # fmt: skip


def relative_periods() -> None:
    yes("gh04_aydin_zwei_wochen.eml", 22, (1133, 1134), ("2026-03-12", "2026-03-19"),
        "2026-03-21 11:03", "Termine",
        "Sehr geehrte Damen und Herren\nich bestatige die Termine von die letzte zwei Wochen,"
        " Physio am Telefon war gut.\nDanke\nMehmet Aydin",
        client="samsung", note="Saturday 21.03.: the last two weeks hold 12.03. and 19.03.")  # fmt: skip
    yes("gh05_brandt_seit_dem_3_juli.eml", 10, (1063, 1064, 1065, 1066),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24"), "2026-07-25 10:40",
        "Bestätigung meiner Termine",
        "Moin,\n\nich hab eure Mails irgendwie immer liegen lassen – hiermit bestätige ich alle"
        " Behandlungen seit dem 3. Juli, die haben alle stattgefunden.\n\nSchönes Wochenende\n"
        "Lukas Brandt")  # fmt: skip
    yes("gh06_krueger_seit_dem_3.eml", 1, (1008, 1009), ("2026-03-03", "2026-03-10"),
        "2026-03-11 07:55", re(1009),
        "Guten Morgen, bestätige alle seit dem 3., also auch gestern.\nSabine Krüger\n\nVon"
        " meinem iPhone gesendet",
        client="iphone", reply="cr-1009", style="iphone",
        note="under the request for 10.03.: 03.03. and 10.03.")  # fmt: skip
    yes("gh13_wolff_februar_beide.eml", 4, (1031, 1032), ("2026-02-06", "2026-02-13"),
        "2026-02-14 10:12", re(1032),
        "Guten Tag,\n\nbeide Termine im Februar bisher haben stattgefunden, am 6. und gestern.\n\n"
        "MfG\nH.-J. Wolff",
        client="tonline", reply="cr-1032", style="tonline")  # fmt: skip
    yes("gh17_zimmermann_ersten_drei.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-20 09:30", re(1095),
        "Servus,\n\ndie ersten drei Termine ham alle stattgfunden, der gestrige aa.\n\n"
        "Pfiat eich\nKlaus Zimmermann",
        client="outlook", reply="cr-1095", style="outlook_classic",
        note="his first three sessions: 05., 12., 19.10.")  # fmt: skip
    yes("gh21_jansen_ja_und_davor.eml", 17, (1105, 1106, 1107),
        ("2026-10-29", "2026-11-05", "2026-11-12"), "2026-11-12 12:10", re(1107),
        "Hi, ja hat stattgefunden. Die beiden Termine davor hatte ich glaub ich noch nicht"
        " bestätigt – die waren auch.\n\nOle",
        client="gmail", reply="cr-1107", style="gmail", bottom=True,
        note="the requested 12.11. and the two before it")  # fmt: skip
    yes("gh30_becker_heute_und_woche_davor.eml", 2, (1016, 1017, 1018),
        ("2026-02-23", "2026-02-26", "2026-03-02"), "2026-03-02 19:48", re(1018),
        "Ja, heute hat stattgefunden. Die ganze Woche davor auch, Montag und Donnerstag.\n"
        "T. Becker",
        client="webde", reply="cr-1018", style="webde")  # fmt: skip


def every_day_named() -> None:
    yes("gh12_wolff_januar_genannt.eml", 4, (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-02-01 16:20", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich bestätige hiermit, dass die telefonischen"
        " Behandlungen am 16.01., 23.01. und 30.01.2026 stattgefunden haben.\n\nMit freundlichen"
        " Grüßen\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("gh22_nowak_november_alle_genannt.eml", 19, (1116, 1117, 1118, 1119),
        ("2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"), "2026-11-28 09:45",
        "Bestätigung November",
        "Hallo,\n\nhiermit bestätige ich die Behandlungen im November: 6., 13., 20. und 27.11.\n\n"
        "Viele Grüße\nDavid Nowak")  # fmt: skip
    yes("gh23_hartmann_bis_jetzt.eml", 20, (1120, 1121, 1122),
        ("2026-11-03", "2026-11-10", "2026-11-17"), "2026-11-18 22:47", "termine",
        "hey, alle termine bis jetzt haben stattgefunden also 3.11 10.11 und 17.11 :)\nlg leonie",
        client="webde")  # fmt: skip
    yes("gh33_lehmann_oktober_spaet.eml", 14, (1091, 1092), ("2026-10-06", "2026-10-13"),
        "2026-11-20 21:05", re(1092),
        "Liebes Praxisteam,\n\nentschuldigen Sie die späte Antwort – beide Termine im Oktober (6."
        " und 13.) haben stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1092", style="thunderbird",
        note="five weeks late")  # fmt: skip


def look_alikes() -> None:
    yes("gh16_zimmermann_diese_woche_abgesagt.eml", 15, (), (), "2026-10-28 12:40",
        "Behandlung diese Woche",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlung in dieser Woche.\n\nMit freundlichem"
        " Gruß\nKlaus Zimmermann",
        staff=True,
        note="the only session this week (26.10.) was cancelled by the practice")  # fmt: skip
    yes("gh34_hoffmann_mai_bis_auf_einen.eml", 6, (), (), "2026-05-30 10:00", "Mai",
        "Hallo zusammen,\n\nden ganzen Mai über war ich bei den Terminen dabei, bis auf einen –"
        " welcher das war, weiß ich gerade nicht mehr, da war ich unterwegs. Können Sie das bei"
        " sich nachsehen?\n\nGruß\nPeter Hoffmann",
        client="outlook", staff=True, extra=("question",),
        note="one May session did not take place and he does not know which")  # fmt: skip
    yes("gh35_krueger_januar_schon_bestaetigt.eml", 1, (), ("2026-01-13", "2026-01-20"),
        "2026-01-24 15:30", "Januar",
        "Hallo,\nnur der Ordnung halber: alle Termine im Januar haben bisher stattgefunden.\n"
        "Gruß Sabine Krüger",
        client="webde",
        note="both January sessions so far are already confirmed; 27.01. is still ahead")  # fmt: skip
    yes("gh36_jansen_november_vorab.eml", 17, (), (), "2026-11-04 18:00",
        "Bestätigung November",
        "Hallo,\n\nich bestätige schon mal alle Termine im November, dann muss ich nicht jedes"
        " Mal antworten 🙂\n\nVG Ole Jansen",
        client="gmail", staff=True,
        note="every November session is still ahead: nothing can be confirmed in advance")  # fmt: skip
    yes("gh37_carter_july_no_sessions.eml", 11, (), (), "2026-08-05 19:40", "Confirmation",
        "Hello,\n\nI can confirm that all my sessions in July took place.\n\nThanks,\n"
        "Emily Carter",
        client="gmail", staff=True,
        note="she had no sessions in July (the first was 03.08.)")  # fmt: skip
    no("gh38_brandt_frage_sammelbestaetigung.eml", 10, ("question",), "2026-07-11 09:12",
       "Frage zu den Bestätigungen",
       "Hallo,\n\nmuss ich eigentlich jeden Termin einzeln bestätigen, oder reicht es, wenn ich"
       " am Monatsende einmal für alle Juli-Termine zusammen schreibe?\n\nGrüße\nLukas Brandt",
       note="asks how to confirm a month; confirms nothing")  # fmt: skip
    no("gh39_wolff_februar_krankenhaus.eml", 4, ("other",), "2026-02-25 11:00",
       "Termine Februar",
       "Sehr geehrte Damen und Herren,\n\nich muss Ihnen mitteilen, dass ich vom 5. bis zum 21."
       " Februar im Krankenhaus lag. Die Termine in dieser Zeit haben also nicht stattgefunden,"
       " auch wenn Sie mir Mails dazu geschickt haben.\n\nMit freundlichen Grüßen\n"
       "Hans-Jürgen Wolff",
       client="tonline", note="06., 13. and 20.02. did not take place")  # fmt: skip
    no("gh40_schaefer_november_absagen.eml", 16, ("cancellation",), "2026-10-30 07:50",
       "Termine November",
       "Hallo,\n\nhiermit bestätige ich, dass ich die Termine im November leider alle absagen"
       " muss – ich werde am 2.11. operiert und darf danach erstmal nichts machen.\n\n"
       "Viele Grüße\nBirgit Schäfer",
       client="webde", note="'bestätige' a cancellation of all November sessions")  # fmt: skip
    no("gh41_lehmann_frage_oktober.eml", 14, ("question",), "2026-10-15 08:30",
       "Bestätigungen Oktober?",
       "Hallo,\n\nhabe ich eigentlich die Termine im Oktober schon bestätigt? Ich bin mir nicht"
       " sicher, ob meine Antwort rausgegangen ist. Falls nicht, geben Sie mir bitte kurz"
       " Bescheid.\n\nViele Grüße\nAnna Lehmann",
       client="thunderbird",
       note="asks whether she confirmed; does not say the sessions took place")  # fmt: skip
    no("gh42_nowak_rechnung_november.eml", 19, ("question",), "2026-11-28 10:30",
       "Rechnung November",
       "Hallo,\n\nkönnten Sie mir die Rechnung für alle Behandlungen im November gesammelt"
       " schicken? Meine Versicherung möchte alles auf einer Rechnung.\n\nDanke und Gruß\n"
       "David Nowak",
       note="a billing question about a month, no confirmation")  # fmt: skip
    no("gh43_berger_juni_urlaub.eml", 24, ("reschedule", "question"), "2026-05-29 09:00",
       "Termine Juni",
       "Guten Tag,\n\nfinden die Termine im Juni alle statt? Ich bin ab dem 8. Juni zwei Wochen"
       " bei meiner Tochter, der Termin am 10. müsste dann verschoben werden.\n\n"
       "Mit freundlichen Grüßen\nU. Berger",
       note="asks about June and wants 10.06. moved")  # fmt: skip


def main() -> None:
    load_practice()
    whole_months()
    months_with_a_gap()
    relative_periods()
    every_day_named()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
