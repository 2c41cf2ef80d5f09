"""Write blind set GZ: everyday patient mail where the treatment days are given in words or
half in words (gestern, vorgestern, heute früh, letzten Dienstag, the Monday before last,
Donnerstag der 9. Juli) and the same day often comes up twice in one mail, next to mails that
plainly list their dates. 42 mails: 32 that confirm at least one session (two of them
with a part for staff) and 10 look-alikes, five of them meant as confirmations that record
nothing (a cancelled day, a day already confirmed, a day with no appointment, a weekday
that contradicts its date, a weekday that may mean two sessions) and five others (replies
to a reminder or video link that name the coming session, questions about a cancelled or
holiday day).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gz`.
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

HERE = data_dir("blind_gz")


def words_and_twice() -> None:
    yes("gz01_neumann_donnerstag_9_juli_twice.eml", 9, (1057,), ("2026-07-09",), "2026-07-11 10:20", re(1057),
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen gern, dass ich am Donnerstag, den 9. Juli, meine"
        " Behandlung am Telefon hatte. Am Donnerstag hat dann auch meine Tochter mit zugehört, damit sie mir"
        " bei den Übungen helfen kann, das war sehr hilfreich.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1057", style="thunderbird",
        note="Donnerstag, den 9. Juli and 'am Donnerstag' are the same session")  # fmt: skip
    yes("gz02_brandt_gestern_der_gestrige.eml", 10, (1064,), ("2026-07-10",), "2026-07-11 09:05",
        "Termin gestern",
        "Hallo zusammen,\n\ngestern um 16 Uhr war ich im Video mit Frau Kessler. Der gestrige Termin hat also"
        " stattgefunden, hiermit bestätigt.\n\nSchönes Wochenende\nLukas",
        client="thunderbird", note="gestern and der gestrige Termin: Friday 10.07, one session")  # fmt: skip
    yes("gz03_koch_montag_mittwoch_mittwoch_kuerzer.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-06 11:30", "Behandlungen letzte Woche",
        "Guten Tag,\n\ndie Behandlungen am Montag und Mittwoch letzte Woche haben beide stattgefunden. Der"
        " Mittwoch war allerdings kürzer, nur so 20 Minuten, weil bei mir der Handwerker geklingelt hat und ich"
        " auflegen musste. Ich hoffe das ist kein Problem.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", staff=True,
        note="both took place (30.03., 01.04.); the Wednesday was cut short: staff to look at billing")  # fmt: skip
    yes("gz04_krueger_reminder_dienstag_und_letzten.eml", 1, (1004,), ("2026-02-03",), "2026-02-09 18:40",
        reminder_subject(1005),
        "Hallo, ja Dienstag bin ich wieder dabei.\nUnd die Stunde letzten Dienstag hat auch stattgefunden, hatte"
        " vergessen das zu bestätigen, sorry!\nLG Sabine Krüger",
        client="webde", reply="rem-1005", style="webde",
        note="'Dienstag' is the coming 10.02. (not confirmed); 'letzten Dienstag' is 03.02.")  # fmt: skip
    yes("gz05_yildiz_vorgestern.eml", 12, (1076,), ("2026-08-12",), "2026-08-14 09:35", re(1076),
        "hallo\nvorgestern wir hatten telefon termin mit frau therapeutin, hat statt gefunden. vorgestern war"
        " mittwoch 12.8.\ndanke schön\nFatma Yildiz",
        client="webde", reply="cr-1076", style="webde",
        note="vorgestern and mittwoch 12.8. are the same day")  # fmt: skip
    yes("gz06_vogel_heute_frueh.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 13:20", re(1082),
        "Die Behandlung heute früh um 7 hat stattgefunden.\n\nBeste Grüße\nDr. Michael Vogel\n\n"
        "Vogel & Partner Rechtsanwälte\nTel. 0211 555 30 12",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("gz07_carter_monday_before_last.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"), "2026-08-19 21:10",
        "Sessions",
        "Hi,\n\nsorry for the delay. I can confirm both of my video sessions, last Monday and the Monday before"
        " last. Both went fine, the neck is a lot better.\n\nBest,\nEmily",
        client="gmail", note="written Wed 19.08: last Monday 17.08, the Monday before last 10.08")  # fmt: skip
    yes("gz08_oneill_tuesday_before_last_21st.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-04-30 08:50", re(1137, "RE"),
        "Hello,\n\nApologies, I forgot to reply to this. The call on the Tuesday before last (the 21st) did take"
        " place, and so did this week's on Tuesday.\n\nKind regards,\nJames O'Neill",
        client="outlook", reply="cr-1137", style="outlook_en",
        note="Tuesday before last (the 21st) and this week's Tuesday 28.04")  # fmt: skip
    yes("gz09_lehmann_dienstag_der_15.eml", 14, (1088,), ("2026-09-15",), "2026-09-17 12:10", re(1088),
        "Hallo,\n\nja, der Termin am Dienstag, den 15., hat stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird")  # fmt: skip
    yes("gz10_wolff_freitag_der_13.eml", 4, (1032, 1033), ("2026-02-13", "2026-02-20"), "2026-02-21 10:45",
        "Bestätigung",
        "Guten Tag,\n\nich möchte die beiden letzten Behandlungen bestätigen: Freitag, 13.02. und Freitag, 20.02.\n"
        "Am Freitag dem 13. hatte ich erst Bedenken, aber es ging alles gut :-)\n\nMfG\nHans-Jürgen Wolff",
        client="tonline", note="Freitag dem 13. repeats Freitag, 13.02.")  # fmt: skip
    yes("gz11_wolff_heute_der_heutige.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:05", re(1028),
        "Heute war die Behandlung, der heutige Termin hat stattgefunden.\nGruß H.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("gz12_hoffmann_heute_frueh_und_mittags.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:10",
        "Heute 2 Termine",
        "Hallo,\n\nheute früh KG am Gerät und mittags die Manuelle Therapie, beide haben stattgefunden.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", note="two sessions on 18.05. (07:30 and 12:30), both before the mail")  # fmt: skip
    yes("gz13_hoffmann_heute_frueh_bis_nachher.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 09:40", re(1042),
        "Ja, heute früh war ich dabei. Bis nachher zur MT!\n\nGesendet von Outlook für iOS",
        client="outlook", reply="cr-1042", style="outlook",
        note="the 12:30 session the same day is still to come")  # fmt: skip
    yes("gz14_hoffmann_dienstag_pfingsten.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 10:05", re(1044),
        "Guten Morgen,\nder Termin heute (Dienstag, wegen Pfingstmontag) hat wie geplant stattgefunden.\n"
        "Peter Hoffmann",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip
    yes("gz15_popescu_gestern_dienstag.eml", 7, (1047,), ("2026-06-09",), "2026-06-10 20:15", re(1047),
        "Hallo,\ngestern dienstag wir haben gemacht die Therapie mit Video, alles gut. Dienstag war gut fur mich,"
        " die Ubungen ich mache jeden Tag.\nVielen Dank\nElena",
        client="yahoo", reply="cr-1047", style="yahoo", note="gestern dienstag = 09.06.")  # fmt: skip
    yes("gz16_richter_heute_abend.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 20:15", re(1053),
        "Jo, heute abend war, passt 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    yes("gz17_zimmermann_montach_der_12.eml", 15, (1094,), ("2026-10-12",), "2026-10-14 09:30", re(1094),
        "Tach, dit war am Montach, den 12., ham wa telefoniert. Montach jing allet jut, dit Knie is ooch"
        " bessa.\nK. Zimmermann",
        client="plain", reply="cr-1094", style="thunderbird", note="Berlin dialect; Montach den 12. = 12.10.")  # fmt: skip
    yes("gz18_schaefer_mittwochabend_office.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:15",
        "Bestätigung Mittwochabend",
        "Guten Morgen,\n\nich bestätige die Videobehandlung am Mittwochabend, den 21.10. Am Mittwoch abend"
        " hatte ich zwar einen langen Tag, aber die Stunde hat gut getan.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung · Lindenstraße 4 · 50674 Köln",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("gz19_jansen_letzten_und_vorletzten_do.eml", 17, (1105, 1106), ("2026-10-29", "2026-11-05"),
        "2026-11-10 19:00", "Termine",
        "Moin,\n\nletzten Donnerstag und den Donnerstag davor hatten wir jeweils KG am Gerät per Video, beides"
        " hat stattgefunden.\n\nGruß Ole",
        client="gmail", note="written Tue 10.11.: 05.11. and 29.10.")  # fmt: skip
    yes("gz20_nowak_freitag.eml", 19, (1117,), ("2026-11-13",), "2026-11-16 07:50", re(1117),
        "Ja, Freitag hat stattgefunden.\n\nDavid",
        client="plain", reply="cr-1117", style="gmail",
        note="under our request for Fr 13.11.; Freitag = that Friday")  # fmt: skip
    yes("gz21_hartmann_heute_ton.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:30", re(1121),
        "hat heute geklappt, danke! heute ging auch endlich der ton ohne probleme\nleonie",
        client="webde", reply="cr-1121", style="webde")  # fmt: skip
    yes("gz22_wagner_gestern_montag_und_2601.eml", 21, (1126, 1128), ("2026-01-26", "2026-02-09"),
        "2026-02-10 12:40", "Bestätigung Termine",
        "Hallo,\n\ngestern (Montag) hatte ich meine Behandlung und am 26.01. auch, das hatte ich noch nicht"
        " bestätigt. Der 2.2. ist ja ausgefallen.\n\nLiebe Grüße\nSophie Wagner",
        client="gmail", note="02.02. was cancelled and is named as such")  # fmt: skip
    yes("gz23_aydin_donnerstag_26.eml", 22, (1131,), ("2026-02-26",), "2026-02-27 08:20", re(1131),
        "Hallo\nDonnerstag 26.02 telefon termin war, danke. Donnerstag nächste woche auch ich kann.\nMehmet",
        client="samsung", reply="cr-1131", style="samsung",
        note="next Thursday is a future session, no question asked")  # fmt: skip
    yes("gz24_berger_mittwoch_dem_13_mai.eml", 24, (1143,), ("2026-05-13",), "2026-05-14 10:00",
        "Telefonische Behandlung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische Behandlung am Mittwoch,"
        " dem 13. Mai 2026, stattgefunden hat. Am Mittwoch war ich etwas erkältet, aber es ging.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="plain")  # fmt: skip
    yes("gz25_schulz_letzte_woche_donnerstag.eml", 5, (1037,), ("2026-05-07",), "2026-05-12 17:45", re(1037),
        "Hallo, letzte Woche Donnerstag, also am 7. Mai, hatte ich die Videobehandlung. Bestätigt!\n"
        "Marie Schulz",
        client="apple", reply="cr-1037", style="iphone")  # fmt: skip
    yes("gz26_becker_montag_ja_donnerstag_nicht.eml", 2, (1010,), ("2026-02-02",), "2026-02-06 12:30",
        "Termine diese Woche",
        "Hallo,\n\nder Termin am Montag hat stattgefunden. Am Donnerstag hat es nicht geklappt, ich war im Auto"
        " und hatte kein Netz, Ihre Kollegin hat es zweimal versucht. Können wir das nachholen?\n\n"
        "Thomas Becker",
        client="gmail", staff=True, extra=("reschedule",),
        note="Monday 02.02. took place; Thursday 05.02. did not, wants to make it up")  # fmt: skip
    yes("gz27_vogel_donnerstag_17_und_gestern.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-25 07:40", "Bestätigung MT",
        "Guten Morgen,\n\ndie Termine am Donnerstag, 17.9., und gestern (Do, 24.9.) haben stattgefunden.\n\n"
        "Beste Grüße\nM. Vogel",
        client="outlook", note="gestern and Do, 24.9. are one day")  # fmt: skip
    yes("gz28_carter_yesterday.eml", 11, (1073,), ("2026-08-31",), "2026-09-01 09:15", re(1073, "Re"),
        "Yes, yesterday's session took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1073", style="gmail_en")  # fmt: skip
    yes("gz29_schaefer_vorgestern_mittwoch.eml", 16, (1101,), ("2026-10-28",), "2026-10-30 13:05", re(1101),
        "Hallo, der Termin vorgestern (Mittwoch) fand statt. Grüße B. Schäfer",
        client="webde", reply="cr-1101", style="webde")  # fmt: skip
    yes("gz30_aydin_maerz_alle.eml", 22, (1132, 1133, 1134, 1135),
        ("2026-03-05", "2026-03-12", "2026-03-19", "2026-03-26"), "2026-04-10 18:30", "Termine März",
        "Guten Tag,\nich bestätige alle Termine im März: 5., 12., 19. und 26. März, jeweils Donnerstag am"
        " Telefon. Entschuldigung, dass so spät.\nMehmet Aydin",
        client="samsung", note="late, four sessions plainly named")  # fmt: skip
    yes("gz31_berger_reminder_mittwoch_letzten_20.eml", 24, (1144,), ("2026-05-20",), "2026-05-26 10:10",
        reminder_subject(1145),
        "Danke für die Erinnerung, Mittwoch um 9 bin ich am Telefon. Letzten Mittwoch, den 20., hat es auch"
        " geklappt, das wollte ich noch bestätigen.\nU. Berger",
        client="plain", reply="rem-1145", style="thunderbird",
        note="'Mittwoch um 9' is the coming 27.05.; 'letzten Mittwoch, den 20.' is confirmed")  # fmt: skip
    yes("gz32_krueger_liste.eml", 1, (1006, 1007, 1008, 1009),
        ("2026-02-17", "2026-02-24", "2026-03-03", "2026-03-10"), "2026-03-12 20:05", "Bestätigung meiner Termine",
        "Hallo liebes Praxisteam,\n\nhiermit bestätige ich die Termine am 17.02., 24.02., 03.03. und 10.03.2026,"
        " alle per Video.\n\nLiebe Grüße\nSabine Krüger",
        client="webde")  # fmt: skip


def look_alikes() -> None:
    no("gz33_brandt_reminder_freitag_bestaetige.eml", 10, ("other",), "2026-07-23 17:00", reminder_subject(1066),
       "Hallo, Freitag klappt, ich bestätige den Termin. Bis dann\nLukas",
       client="thunderbird", reply="rem-1066", style="thunderbird", staff=False,
       note="confirms he will attend Friday 24.07.; a session still to come, nothing to record")  # fmt: skip
    no("gz34_demir_reminder_mittwoch_spaeter.eml", 3, ("reschedule",), "2026-03-10 12:15", reminder_subject(1020),
       "Hi, Mittwoch geht bei mir leider erst ab 9, könnten wir um 9 anfangen statt halb?\nAylin",
       client="gmail", reply="rem-1020", style="gmail", note="wants to move the coming Wednesday")  # fmt: skip
    no("gz35_demir_gestern_abgesagt.eml", 3, ("question", "technical"), "2026-04-02 09:10", "Termin gestern?",
       "Hallo,\n\ngestern hatten wir doch Termin, oder? Ich war um halb 9 im Video aber es kam niemand."
       " Mittwoch ist doch mein Tag.\n\nAylin Demir",
       client="gmail", note="01.04. was cancelled; she waited; nothing took place")  # fmt: skip
    no("gz36_schulz_himmelfahrt.eml", 5, ("question",), "2026-05-15 08:30", "Gestern kein Termin?",
       "Guten Morgen,\ngestern hatte ich doch keinen Termin wegen Himmelfahrt, oder? Ich hab am Donnerstag"
       " trotzdem auf den Link gewartet. Nächsten Donnerstag geht es dann weiter?\nMarie Schulz",
       client="apple", note="no appointment on 14.05.; a question")  # fmt: skip
    no("gz37_yildiz_gestern_abgesagt.eml", 12, ("confirmation",), "2026-08-20 11:00", re(1076),
       "hallo, gestern termin war gut, danke schön. gestern mittwoch.\nFatma",
       client="webde", reply="cr-1076", style="webde",
       note="19.08. was cancelled (so not among the dates); under the old request for 12.08.: nothing to record")  # fmt: skip
    no("gz38_krueger_schon_bestaetigt.eml", 1, ("confirmation",), "2026-01-22 19:30", "Termin Dienstag",
       "Hallo, der Termin am Dienstag (20.1.) hat stattgefunden.\nGruß Sabine",
       client="webde", dates=("2026-01-20",), note="20.01. is already confirmed; a duplicate for staff to see")  # fmt: skip
    no("gz39_neumann_mittwoch_8_juli.eml", 9, ("confirmation",), "2026-07-10 10:00", "Behandlung",
       "Guten Tag,\n\ndie Behandlung am Mittwoch, den 8. Juli, hat stattgefunden. Am Mittwoch ging es mir"
       " schon besser.\n\nGisela Neumann",
       client="thunderbird", dates=("2026-07-08",),
       note="no appointment on Wednesday 08.07. (she has Tue 07.07. and Thu 09.07.)")  # fmt: skip
    no("gz40_lehmann_dienstag_23.eml", 14, ("confirmation",), "2026-09-24 18:00", "Termin Dienstag 23.09.",
       "Hallo, der Termin am Dienstag, 23.09., hat stattgefunden. Viele Grüße, Anna",
       client="thunderbird", dates=("2026-09-23",),
       note="23.09. is a Wednesday; her Tuesday was 22.09.: weekday and date disagree")  # fmt: skip
    no("gz41_becker_montag_unklar.eml", 2, ("confirmation",), "2026-02-25 21:00", re(1014),
       "Montag hat stattgefunden.\nT. Becker",
       client="gmail", reply="cr-1014", style="gmail",
       note="written 25.02. under the request for 16.02.: Montag may be 16.02. or 23.02.")  # fmt: skip
    no("gz42_hartmann_videolink_heute.eml", 20, ("other",), "2026-11-17 12:00", video_link_subject(1122),
       "Danke, heute um 17 Uhr bin ich dabei!\nLeonie",
       client="webde", reply="vl-1122", style="webde", staff=False,
       note="today's session is still to come")  # fmt: skip


def main() -> None:
    load_practice()
    words_and_twice()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
