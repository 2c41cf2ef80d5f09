"""Blind set HH: days named without dates.

About forty patient mails whose treatment days are written as weekdays ("Dienstag", "am
Montag und Donnerstag"), relative words ("gestern", "vorgestern", "heute", "letzte Woche",
"vor zwei Wochen", "die letzten drei Male", "beide Termine"), in words ("am vierten", "am
zwölften") or mixed with one date, answered the same day up to three weeks late, some
under our confirmation request, some as new mails. Look-alikes name a coming session by
weekday, the weekday of a cancelled or missed session, a day with no session or a doctor's
visit.

Labels are what a careful practice employee would record reading the mail's Date: the
appointments the words point to without doubt are confirmed; where a weekday could mean two
sessions (a late reply under one request naming "letzten Dienstag", "am Dienstag" on a
Tuesday, one "Behandlung" on a day with two), none of them is confirmed and needs_staff is
set. `dates` are the days the mail says a session took place.

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

HERE = data_dir("blind_hh")


def krueger_becker() -> None:
    yes("hh01_krueger_gestern.eml", 1, (1003,), ("2026-01-27",), "2026-01-28 08:14",
        request_subject(1003),
        "Guten Morgen,\n\nja, die Behandlung gestern hat stattgefunden.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("hh02_krueger_zwei_dienstage.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-12 19:22", "Bestätigung",
        "Hallo liebes Praxisteam,\n\nich hab eure Mails irgendwie verschlampt, deshalb so:"
        " die Termine am Dienstag und letzte Woche Dienstag haben beide stattgefunden.\n\n"
        "LG Sabine",
        client="webde")  # fmt: skip
    yes("hh03_krueger_dienstag_am_dienstag.eml", 1, (), (), "2026-03-10 20:41",
        request_subject(1008),
        "Hallo, die Stunde am Dienstag hat stattgefunden, alles gut.\nSabine Krüger",
        client="webde", reply="cr-1008", style="webde", staff=True,
        note="written on Tuesday 10.03. under the request for 03.03.: 'am Dienstag' may be"
             " today or the week before")  # fmt: skip
    yes("hh04_becker_montag_donnerstag.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-07 10:05", "Telefonbehandlungen diese Woche",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonischen"
        " Behandlungen am Montag und am Donnerstag stattgefunden haben.\n\nMit freundlichen"
        " Grüßen\nThomas Becker\n\n--\nBecker Immobilien GmbH\nTel. 0211 4477120",
        client="outlook")  # fmt: skip
    yes("hh05_becker_beide_diese_woche.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 08:47", request_subject(1013),
        "Guten Morgen,\n\nbeide Termine diese Woche haben stattgefunden.\n\nMfG\nT. Becker",
        client="outlook", reply="cr-1013", style="outlook_classic")  # fmt: skip
    yes("hh06_becker_letzte_drei.eml", 2, (1015, 1016, 1017),
        ("2026-02-19", "2026-02-23", "2026-02-26"), "2026-02-27 12:30",
        "Bestätigung der letzten Termine",
        "Hallo,\n\nich bestätige die letzten drei Male (Donnerstag letzter Woche, Montag und"
        " gestern). Alle haben stattgefunden.\n\nGruß\nThomas Becker",
        client="outlook")  # fmt: skip
    no("hh07_becker_bis_montag.eml", 2, ("reschedule",), "2026-02-28 09:12",
       "Montag etwas später?",
       "Hallo,\n\nbis Montag! Wäre es möglich, am Montag eine halbe Stunde später anzurufen,"
       " also 18 Uhr statt 17:30? Ich stehe sonst noch im Stau.\n\nDanke und Gruß\nT. Becker",
       client="iphone",
       note="Monday 02.03. is a coming session; a wish to move it")  # fmt: skip


def demir_wolff_schulz() -> None:
    yes("hh08_demir_am_vierten.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:02",
        request_subject(1019),
        "Hi,\nja, hat am vierten stattgefunden 😊\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("hh09_demir_vorgestern.eml", 3, (1020,), ("2026-03-11",), "2026-03-13 21:17",
        "Termin vorgestern",
        "Hallo zusammen,\n\nvorgestern hatte ich meine Videostunde, hat gut geklappt und"
        " hat stattgefunden. Wollte das nur noch bestätigen.\n\nLiebe Grüße\nAylin Demir",
        client="gmail")  # fmt: skip
    no("hh10_demir_mittwoch_abgesagt.eml", 3, ("question",), "2026-04-03 14:40",
       "nächster Mittwoch?",
       "Hallo,\n\nam Mittwoch war ja abgesagt. Bleibt es beim nächsten Mittwoch, 8:30 Uhr?\n\n"
       "LG Aylin",
       client="gmail",
       note="Wednesday 01.04. was cancelled; question about the next one")  # fmt: skip
    yes("hh11_demir_datum_und_mittwoch.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-03-27 18:03", "Bestätigung",
        "Hallo,\n\ndie Termine am 18.03. und am Mittwoch dieser Woche fanden statt.\n\n"
        "Viele Grüße\nAylin Demir\n\nVon meinem iPhone gesendet",
        client="iphone")  # fmt: skip
    yes("hh12_wolff_drei_freitage.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-06 16:31",
        "Behandlung",
        "Sehr geehrte Damen und Herren,\n\nich teile Ihnen mit, daß die Telefonbehandlung"
        " heute stattgefunden hat, ebenso letzte Woche und vor zwei Wochen. Ich bin mit dem"
        " Computer nicht so schnell, deshalb alles auf einmal.\n\nHochachtungsvoll\n"
        "Hans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    no("hh13_wolff_orthopaede.eml", 4, ("question",), "2026-02-14 11:20",
       "Rezept",
       "Guten Tag,\n\nam Dienstag war ich beim Orthopäden, Dr. Sommer. Er sagt ich soll mit der"
       " Krankengymnastik weitermachen. Brauche ich dafür ein neues Rezept oder gilt das"
       " alte noch?\n\nMit freundlichen Grüßen\nH.-J. Wolff",
       client="tonline",
       note="Tuesday is a doctor's visit, not a session")  # fmt: skip
    yes("hh14_schulz_donnerstag.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 07:55",
        request_subject(1034),
        "Guten Morgen,\n\nDonnerstag hat stattgefunden, danke!\n\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True)  # fmt: skip
    no("hh15_schulz_feiertag.eml", 5, ("question",), "2026-05-15 09:30",
       "Gestern kein Termin?",
       "Hallo,\n\ngestern hab ich um halb vier vor dem Laptop gesessen und keiner kam. War"
       " wegen Feiertag kein Termin? Dann hab ich das falsch im Kalender.\n\nGruß Marie",
       client="thunderbird",
       note="14.05. (Ascension) has no appointment; the patient asks")  # fmt: skip


def hoffmann_popescu_richter() -> None:
    yes("hh16_hoffmann_gestern_zwei.eml", 6, (), ("2026-05-18",), "2026-05-19 07:02",
        "Bestätigung",
        "Guten Morgen,\n\ndie Behandlung gestern hat stattgefunden.\n\nBeste Grüße\n"
        "Peter Hoffmann\nGeschäftsführer | Hoffmann Consulting",
        client="outlook", staff=True,
        note="two sessions on 18.05. (7:30 and 12:30), 'die Behandlung' names one")  # fmt: skip
    yes("hh17_hoffmann_heute_morgen.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 09:10",
        request_subject(1044),
        "Heute morgen hat stattgefunden, danke.\n\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip
    yes("hh18_popescu_gestern_und_letzte.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-10 15:48", "Bestätigung termin",
        "Hallo,\n\nich bestätige Termin gestern und Dienstag letzte Woche. Beide waren gut,"
        " die Übungen helfen mir.\n\nDanke schön\nElena Popescu",
        client="yahoo")  # fmt: skip
    no("hh19_popescu_abgebrochen.eml", 7, ("technical", "question"), "2026-06-16 13:05",
       request_subject(1048),
       "Hallo,\nheute Termin war nur 10 minuten, dann Internet ist weg und ich konnte nicht"
       " mehr rein. Was machen wir jetzt? Kann ich nachholen?\nElena",
       client="yahoo", reply="cr-1048", style="yahoo", dates=("2026-06-16",),
       note="session cut short, not confirmed")  # fmt: skip
    yes("hh20_richter_mittwoch.eml", 8, (1053,), ("2026-06-17",), "2026-06-19 22:34",
        request_subject(1053),
        "Mittwoch hat stattgefunden 👍\n\nJonas",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    no("hh21_richter_bis_mittwoch.eml", 8, ("other",), "2026-06-30 18:20",
       reminder_subject(1055),
       "Passt, bis Mittwoch!\n\nJonas",
       client="iphone", reply="rem-1055", style="iphone", staff=False,
       note="answer to the reminder: Wednesday 01.07. is still to come")  # fmt: skip


def neumann_brandt_carter() -> None:
    yes("hh22_neumann_dienstag_donnerstag.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:12", "Krankengymnastik am Telefon",
        "Liebes Praxisteam,\n\nam Dienstag und am Donnerstag hat mich die nette Therapeutin"
        " angerufen und wir haben die Übungen gemacht. Beides hat also stattgefunden.\n"
        "Meine Schulter ist schon etwas besser.\n\nHerzliche Grüße\nIhre Gisela Neumann",
        client="plain")  # fmt: skip
    yes("hh23_neumann_donnerstag_ohne_termin.eml", 9, (1062,), ("2026-07-28", "2026-07-30"),
        "2026-07-31 09:40", "Bestätigung",
        "Guten Morgen,\n\nich wollte noch bestätigen, dass die Termine am Dienstag und am"
        " Donnerstag stattgefunden haben.\n\nGruß\nGisela Neumann",
        client="plain", staff=True,
        note="Tuesday 28.07. is clear; Thursday 30.07. has no appointment")  # fmt: skip
    yes("hh24_brandt_letzten_freitag_spaet.eml", 10, (), (), "2026-07-20 08:05",
        request_subject(1064),
        "Moin, sorry, ging unter: ja, letzten Freitag hat stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird",
        staff=True,
        note="under the request for 10.07., written Monday 20.07.: 'letzten Freitag' may be"
             " 10.07. or 17.07.")  # fmt: skip
    yes("hh25_brandt_heute.eml", 10, (1066,), ("2026-07-24",), "2026-07-24 17:12",
        "Bestätigung Video heute",
        "Hallo,\n\nkurze Bestätigung: die Videobehandlung heute um 16 Uhr hat stattgefunden.\n\n"
        "Viele Grüße\nLukas Brandt",
        client="thunderbird")  # fmt: skip
    yes("hh26_carter_today.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 13:31",
        request_subject(1070),
        "Hi,\n\nYes, today's session took place, thanks! See you next Monday.\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("hh27_carter_both_sessions.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-25 20:03", "Confirming my sessions",
        "Hello,\n\njust confirming that both sessions, the one the Monday before last and the"
        " one yesterday, happened as planned. Sorry I didn't reply to your emails"
        " separately.\n\nBest,\nEmily Carter",
        client="gmail")  # fmt: skip


def yildiz_vogel_lehmann() -> None:
    no("hh28_yildiz_mittwoch_abgesagt.eml", 12, ("reschedule",), "2026-08-20 11:15",
       "Termin",
       "Hallo\n\ngestern Mittwoch Termin war abgesagt. Ich möchte bitte neue Termin, vielleicht"
       " Freitag?\n\nDanke\nFatma Yıldız",
       client="webde",
       note="19.08. was cancelled; wish for a new appointment")  # fmt: skip
    yes("hh29_yildiz_zwoelften.eml", 12, (1076,), ("2026-08-12",), "2026-08-14 16:44",
        request_subject(1076),
        "Hallo,\nja am zwölften hat stattgefunden. Danke\nFatma",
        client="samsung", reply="cr-1076", style="samsung")  # fmt: skip
    yes("hh30_yildiz_beide.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-03 12:20", "beide termine",
        "Guten Tag\n\nbeide Termine, letzte Woche Mittwoch und gestern, haben stattgefunden."
        "\n\nMit freundliche Grüße\nFatma Yıldız",
        client="webde")  # fmt: skip
    yes("hh31_vogel_fuenf_donnerstage.eml", 13, (1082, 1083, 1084, 1085, 1086),
        ("2026-09-10", "2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08"),
        "2026-10-09 06:45", "Bestätigung Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen vom 10.09."
        " sowie an den vier darauffolgenden Donnerstagen, zuletzt gestern.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 12, 40212 Düsseldorf",
        client="outlook")  # fmt: skip
    yes("hh32_lehmann_dienstag_vor_einer_woche.eml", 14, (1088, 1089),
        ("2026-09-15", "2026-09-22"), "2026-09-23 23:58", request_subject(1088),
        "Hallo,\n\nsorry für die späte Antwort! Ja, der Termin am Dienstag vor einer Woche hat"
        " stattgefunden, und der gestern übrigens auch.\n\nLG Anna",
        client="thunderbird", reply="cr-1088", style="thunderbird", bottom=True)  # fmt: skip


def zimmermann_bis_nowak() -> None:
    no("hh33_zimmermann_montag_abgesagt.eml", 15, ("question",), "2026-10-28 10:02",
       "Nächster Termin",
       "Guten Tag,\n\nMontag war ja abgesagt wegen meiner OP am Knie. Findet der nächste"
       " Montag wieder statt? Ich bin ab Samstag wieder zu Hause.\n\nGruß Klaus Zimmermann",
       client="plain",
       note="Monday 26.10. was cancelled")  # fmt: skip
    yes("hh34_zimmermann_drei_montage.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-20 09:15", request_subject(1095),
        "Ja, gestern und auch die beiden Montage davor.\n\nK. Zimmermann",
        client="plain", reply="cr-1095", style="gmail")  # fmt: skip
    yes("hh35_schaefer_buero.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:30",
        "Termin gestern Abend",
        "Guten Morgen,\n\nder Termin gestern Abend hat stattgefunden. Ich schreibe vom Büro"
        " aus, bitte nicht wundern.\n\nFreundliche Grüße\nBirgit Schäfer\n\nSchäfer"
        " Steuerberatung\nTel. 0221 998877",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer")  # fmt: skip
    yes("hh36_jansen_gestern_hausarzt.eml", 17, (1106,), ("2026-11-05",), "2026-11-06 12:40",
        request_subject(1106),
        "Hallo!\n\nJa, gestern hat stattgefunden. Am Mittwoch war ich noch beim Hausarzt, der"
        " hat mir einen Bericht mitgegeben. Soll ich den schicken?\n\nOle",
        client="gmail", reply="cr-1106", style="gmail", staff=True,
        extra=("question",),
        note="Wednesday is a doctor's visit")  # fmt: skip
    yes("hh37_nowak_freitag.eml", 19, (1117,), ("2026-11-13",), "2026-11-16 07:48",
        request_subject(1117),
        "Freitag: ja, fand statt.\n\nD. Nowak",
        client="plain", reply="cr-1117", style="thunderbird")  # fmt: skip
    no("hh38_nowak_morgen_absagen.eml", 19, ("cancellation",), "2026-11-26 17:30",
       "Freitag absagen",
       "Hallo,\n\nmorgen (Freitag) schaffe ich leider nicht, bitte absagen. Die letzten"
       " Male waren super.\n\nDavid Nowak",
       client="plain",
       note="cancels Friday 27.11.; no day named as held")  # fmt: skip


def hartmann_bis_koch() -> None:
    no("hh39_hartmann_gestern_niemand.eml", 20, ("other",), "2026-11-18 09:05",
       "Termin gestern",
       "Hallo,\n\ngestern um 17 Uhr war ich im Videoraum, aber es kam niemand. Ich habe 20"
       " Minuten gewartet und bin dann raus. Was ist da passiert?\n\nLeonie Hartmann",
       client="webde",
       note="17.11. did not take place")  # fmt: skip
    yes("hh40_hartmann_heute_vor_zwei_wochen.eml", 20, (1121, 1123),
        ("2026-11-10", "2026-11-24"), "2026-11-24 19:05", request_subject(1123),
        "Hallo,\n\nheute hat stattgefunden, und die vor zwei Wochen auch (hatte vergessen zu"
        " antworten).\n\nLiebe Grüße\nLeonie",
        client="webde", reply="cr-1123", style="webde")  # fmt: skip
    yes("hh41_wagner_gestern_und_januar.eml", 21, (1125, 1126, 1128),
        ("2026-01-19", "2026-01-26", "2026-02-09"), "2026-02-10 13:30",
        "Bestätigung Termine",
        "Hallo,\n\nich bestätige die Termine gestern sowie am 19. und sechsundzwanzigsten"
        " Januar.\n\nViele Grüße\nSophie Wagner",
        client="gmail")  # fmt: skip
    yes("hh42_aydin_gestern_letzte.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-02-27 19:50", "termin",
        "hallo\ngestern und letzte donnerstag termin ok gemacht. danke\nMehmet",
        client="samsung")  # fmt: skip
    yes("hh43_oneill_last_tuesday.eml", 23, (1139, 1140), ("2026-05-05", "2026-05-12"),
        "2026-05-13 08:20", request_subject(1139),
        "Hi there,\n\nApologies for the delay - yes, last Tuesday's call went ahead. And"
        " yesterday's too.\n\nCheers,\nJames",
        client="outlook", reply="cr-1139", style="outlook_en")  # fmt: skip
    yes("hh44_koch_montag_mittwoch.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 10:30", "Telefontermine",
        "Liebe Praxis,\n\ndie Anrufe am Montag und am Mittwoch haben beide stattgefunden."
        " Frohe Ostern!\n\nRenate Koch",
        client="tonline")  # fmt: skip


def main() -> None:
    load_practice()
    krueger_becker()
    demir_wolff_schulz()
    hoffmann_popescu_richter()
    neumann_brandt_carter()
    yildiz_vogel_lehmann()
    zimmermann_bis_nowak()
    hartmann_bis_koch()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
