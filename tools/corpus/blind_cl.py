"""Write blind set CL: a plain inbox of the whole year, 42 mails. 32 confirm at least one
session (short replies under our request in many mail programs, with and without the day,
new mails naming the day, several days at once, a few weeks late), many of them with
business about coming sessions beside the yes (cancelling or moving the next one, holidays,
a new prescription, phone or video). 10 look-alikes: a thank-you for a reminder or video
link, a question about the next session, a missed session, a session that did not happen,
a cancellation, a reschedule, a doubt under our request, a yes for a cancelled day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cl`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_cl")


def winter_spring() -> None:
    yes("cl01_krueger_ja_27.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40", re(1003),
        "Ja, am 27.1. hat die Behandlung stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cl02_krueger_ja_urlaub.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 18:25", re(1005),
        "Hallo,\n\nder Termin heute (10.02.) war gut, danke.\n\nNächste Woche Dienstag bin ich "
        "leider im Skiurlaub, den 17.2. müssen wir bitte ausfallen lassen. Am 24. bin ich "
        "wieder da.\n\nGruß S. Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True, extra=("cancellation",),
        note="yes for 10.02.; cancels 17.02. for holidays")  # fmt: skip
    no("cl03_krueger_danke_erinnerung.eml", 1, ("other",), "2026-02-16 10:48", rem(1006),
       "Danke für die Erinnerung, ich bin morgen dabei!\nSabine",
       client="webde", reply="rem-1006", style="webde", staff=False,
       note="reply to the reminder before the session: a thank-you, nothing to confirm")  # fmt: skip
    yes("cl04_becker_montag.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:52", re(1010),
        "Hallo zusammen,\nja, das Telefonat am Montag 2.2. hat wie geplant stattgefunden.\n\n"
        "Gruß\nThomas Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("cl05_becker_drei_tage.eml", 2, (1012, 1013, 1014),
        ("2026-02-09", "2026-02-12", "2026-02-16"), "2026-02-17 07:55",
        "Manuelle Therapie – Bestätigung",
        "Guten Morgen,\n\nich bin mit dem Bestätigen etwas hinterher, daher gesammelt: die MT "
        "am 9.2., am 12.2. und am 16.2. haben jeweils stattgefunden (telefonisch).\n\n"
        "Beste Grüße\nThomas Becker",
        client="gmail")  # fmt: skip
    yes("cl06_demir_ja.eml", 3, (1019,), (), "2026-03-04 10:02", re(1019),
        "ja", client="gmail", reply="cr-1019", style="gmail",
        note="a bare yes under our request for 04.03.")  # fmt: skip
    yes("cl07_demir_verschieben.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 10:31", re(1024),
        "Hallo, ja, 8.4. hat stattgefunden.\nKönnten wir den nächsten Termin (15.4.) auf "
        "nachmittags legen? Morgens hab ich ab jetzt Frühdienst.\nLG Aylin",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("reschedule",),
        note="yes for 08.04.; wants 15.04. moved to the afternoon")  # fmt: skip
    no("cl08_demir_video_oder_telefon.eml", 3, ("question",), "2026-04-21 19:14",
       "Termin morgen",
       "Hallo,\nfindet der Termin morgen früh wieder per Video statt? Ich bin ab morgen bei "
       "meinen Eltern und hab dort kaum Internet, könnten wir auch telefonieren?\nAylin Demir",
       client="iphone",
       note="asks about the coming session on 22.04.; nothing took place yet")  # fmt: skip
    yes("cl09_wolff_tonline.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:20", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am "
        "16.01.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cl10_wolff_nachtrag_krank.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-25 11:05",
        "Bestätigung Termine Januar/Februar",
        "Guten Tag,\n\nich habe vergessen, die letzten Termine zu bestätigen. Die Telefon-"
        "Behandlungen am 23.01., 30.01. und 06.02. haben stattgefunden.\nAm 13.02. war ich "
        "krank, da war keine Behandlung, das hatte ich auch telefonisch gesagt.\n\n"
        "MfG\nH.-J. Wolff",
        client="tonline", staff=True,
        note="three days confirmed weeks late; 13.02. did not take place but is still scheduled")  # fmt: skip
    yes("cl11_schulz_himmelfahrt.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 17:30",
        re(1037),
        "Hallo,\nja, heute am 07.05. war die Stunde. Eine Frage: nächsten Donnerstag ist "
        "doch Himmelfahrt, ist da trotzdem Termin oder fällt das aus?\nViele Grüße\n"
        "Marie Schulz",
        client="samsung", reply="cr-1037", style="samsung", staff=True, extra=("question",),
        note="yes for 07.05.; asks about the holiday next week")  # fmt: skip
    no("cl12_schulz_vergessen.eml", 5, ("other",), "2026-05-21 18:40", re(1038),
       "Hallo, es tut mir leid, ich habe den Termin heute total verschwitzt und war nicht "
       "online. Bitte also nicht als stattgefunden werten. Geht es nächste Woche wie "
       "immer?\nMarie",
       client="samsung", reply="cr-1038", style="samsung",
       note="missed session on 21.05., nothing to confirm")  # fmt: skip
    yes("cl13_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10",
        re(1043),
        "Guten Tag,\n\nbeide Termine am 18.05. (morgens KG am Gerät, mittags Manuelle "
        "Therapie) haben stattgefunden.\n\nFreundliche Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions the same day, both confirmed")  # fmt: skip
    yes("cl14_hoffmann_acht_uhr.eml", 6, (1044,), (), "2026-05-26 09:05", re(1044),
        "Bestätigt.\n\nKönnen wir ab dem 1.6. auf 8:00 statt 7:30 gehen? Die Bahn fährt "
        "bei mir jetzt früher.\n\nP. Hoffmann\n\nVon meinem Outlook gesendet",
        client="outlook", reply="cr-1044", style="outlook_classic", staff=True,
        extra=("reschedule",), note="dateless yes under our request for 26.05.; asks to move the time")  # fmt: skip
    yes("cl15_popescu_rezept.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 13:20", re(1048),
        "Hallo,\nja die Behandlung am 16 Juni war. Danke schön.\nIch brauche bitte eine neue "
        "Rezept, die alte ist bald fertig. Soll ich zum Arzt gehen oder machen Sie das?\n"
        "Elena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("question",),
        note="yes for 16.06.; asks about a new prescription")  # fmt: skip
    no("cl16_popescu_kein_anruf.eml", 7, ("technical",), "2026-06-23 12:55", re(1049),
       "Guten Tag,\nheute am 23.6. hat keine Behandlung stattgefunden. Ich habe gewartet "
       "in Video aber niemand ist gekommen, nach 20 Minuten ich habe zugemacht.\n"
       "Elena Popescu",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="session did not take place: therapist never joined the video")  # fmt: skip
    yes("cl17_renate_kurz.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:02", re(1109),
        "Ja, war am 23.3.\nR. Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("cl18_wagner_nachtrag.eml", 21, (1124, 1125, 1126, 1128, 1129),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"),
        "2026-02-20 21:47", "Bestätigung meiner Termine",
        "Hallo liebes Praxisteam,\n\nsorry, ich hab total verpennt, meine Termine zu bestätigen! "
        "Also: 12.1., 19.1. und 26.1. haben stattgefunden, am 9.2. und 16.2. auch.\n\n"
        "Liebe Grüße\nSophie",
        client="webde", note="five days confirmed late in a new mail")  # fmt: skip
    yes("cl19_aydin_telefon.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:45", re(1130),
        "hallo ja telefon termin am 19.02 war ok\nmehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("cl20_oneill_away.eml", 23, (1137,), ("2026-04-21",), "2026-04-21 22:10", re(1137),
        "Hi,\n\nConfirmed - the session on 21 April went ahead as planned.\n\nI'll be "
        "travelling for work the week of 4 May, so please cancel the 5 May session. Back "
        "for the 12th.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en", staff=True,
        extra=("cancellation",), note="yes for 21.04.; cancels 05.05.")  # fmt: skip
    yes("cl21_berger_mai.eml", 24, (1142,), ("2026-05-06",), "2026-05-07 10:30", re(1142),
        "Liebe Praxis Impulse,\n\nich bestätige gerne die Behandlung vom 6. Mai. Es hat mir "
        "wieder gut getan.\n\nHerzliche Grüße\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("cl22_richter_jo.eml", 8, (1051,), (), "2026-06-03 20:05", re(1051),
        "Jo passt, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone",
        note="dateless yes under our request for 03.06.")  # fmt: skip
    yes("cl23_richter_urlaub.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 20:12", re(1053),
        "Hi, 17.6. hat stattgefunden. Nächsten Mittwoch bin ich im Urlaub, den 24. bitte "
        "absagen. Danke!\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone", staff=True,
        extra=("cancellation",), note="yes for 17.06.; cancels 24.06.")  # fmt: skip


def summer_autumn() -> None:
    yes("cl24_neumann_zwei_tage.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 09:40", "Krankengymnastik",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Krankengymnastik am "
        "Dienstag, den 7.7. und am Donnerstag, den 9.7. telefonisch stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann\nTel. 030 4412 879")  # fmt: skip
    yes("cl25_neumann_unten.eml", 9, (1060,), (), "2026-07-21 11:02", re(1060),
        "ja, hat stattgefunden.\nG. Neumann",
        client="thunderbird", reply="cr-1060", style="thunderbird", bottom=True,
        note="bottom-posted dateless yes under our request for 21.07.")  # fmt: skip
    no("cl26_neumann_absage.eml", 9, ("cancellation",), "2026-07-20 08:15",
       "Absage Donnerstag",
       "Guten Morgen,\n\nich muss den Termin am Donnerstag, 23.7., leider absagen, ich komme "
       "morgen ins Krankenhaus (Hüfte).\nIch melde mich, wenn ich wieder zu Hause bin.\n\n"
       "Gisela Neumann")  # fmt: skip
    yes("cl27_brandt_august_weg.eml", 10, (1066,), ("2026-07-24",), "2026-07-24 17:35",
        re(1066),
        "Hallo,\n\nTermin am 24.07. hat stattgefunden, danke.\n\nKurze Info: ich bin ab "
        "dem 5.8. drei Wochen weg, den Termin am 7.8. bitte streichen. Danach gern wie "
        "gehabt.\n\nLukas Brandt",
        client="thunderbird", reply="cr-1066", style="thunderbird", staff=True,
        extra=("cancellation",), note="yes for 24.07.; cancels 07.08. for holidays")  # fmt: skip
    yes("cl28_carter_video_or_phone.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 13:55",
        re(1069),
        "Hi there,\n\nyes, the session on Aug 3 took place. Quick question - will next "
        "Monday be by video again or by phone? I'll be at the office.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en", staff=True, extra=("question",),
        note="yes for 03.08.; asks about next week's session")  # fmt: skip
    yes("cl29_carter_late.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-09-02 08:50", "Confirming my sessions",
        "Hello,\n\nsorry for the delay - I'm confirming that my sessions on 17 August and "
        "24 August took place.\n\nBest,\nEmily Carter",
        client="gmail", note="two days confirmed late, in English")  # fmt: skip
    yes("cl30_yildiz_kurz.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:10", re(1075),
        "Hallo ja termin war am 5.8 telefon. danke",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("cl31_yildiz_arzttermin.eml", 12, (1078,), (), "2026-08-26 14:05", re(1078),
        "ja war.\nnächste mal 2.9. geht nicht ich habe arzt termin, bitte andere tag "
        "geben. Donnerstag geht.\nFatma",
        client="webde", reply="cr-1078", style="webde", staff=True, extra=("reschedule",),
        note="dateless yes for 26.08.; wants 02.09. moved")  # fmt: skip
    no("cl32_yildiz_verschieben.eml", 12, ("reschedule",), "2026-09-08 15:20", rem(1080),
       "Hallo, kann ich morgen auch um 14 Uhr statt 10:30? Ich muss morgens zum Amt.\nDanke\n"
       "Fatma Yildiz",
       client="samsung", reply="rem-1080", style="samsung",
       note="reply to the reminder: wants to move tomorrow's session")  # fmt: skip
    yes("cl33_vogel_formell.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:20", re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 10.09.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Rheinallee 12, 40545 Düsseldorf\nTel. 0211 5598 210 | Fax 0211 5598 211",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("cl34_lehmann_theraband.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 15:40",
        re(1088),
        "Hallo,\n\nja, der Termin am 15.9. hat stattgefunden.\n\nIch hätte noch eine Frage: "
        "Darf ich die Übungen mit einem Theraband machen, oder lieber ohne, bis wir das "
        "nächste Mal drüber reden?\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird", staff=True,
        extra=("question",), note="yes for 15.09.; asks about the exercises")  # fmt: skip
    no("cl35_lehmann_zweifel.eml", 14, ("question",), "2026-09-29 18:30", re(1090),
       "Hallo,\n\nich bin verwirrt – ich dachte, ich hatte den Termin heute abgesagt? Ich "
       "war jedenfalls nicht dabei. Bitte prüfen Sie das noch mal.\n\nAnna Lehmann",
       client="thunderbird", reply="cr-1090", style="thunderbird",
       note="says she was not there on 29.09.; nothing to confirm")  # fmt: skip
    no("cl36_zimmermann_abgesagt.eml", 15, ("confirmation",), "2026-10-27 10:10",
       "Termin 26.10.",
       "Guten Tag,\n\nhiermit bestätige ich den Termin vom 26.10.\n\nGruß\nKlaus Zimmermann",
       note="confirms 26.10., which is cancelled in our calendar: a person must look")  # fmt: skip
    yes("cl37_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:12",
        re(1099),
        "Guten Morgen,\n\ndie Behandlung am 14.10. hat stattgefunden.\n\nNächsten Mittwoch "
        "(21.10.) habe ich einen Mandantentermin bis halb acht – können wir ausnahmsweise "
        "auf 20 Uhr gehen?\n\nMit freundlichen Grüßen\nBirgit Schäfer\nSchäfer "
        "Steuerberatung",
        client="outlook", reply="cr-1099", style="outlook", staff=True,
        extra=("reschedule",), sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="yes for 14.10. from her second registered address; wants 21.10. later")  # fmt: skip
    yes("cl38_jansen_daumen.eml", 17, (1104,), (), "2026-10-22 11:48", re(1104),
        "jo war gut heute 👍", client="gmail", reply="cr-1104", style="gmail",
        note="dateless yes under our request for 22.10.")  # fmt: skip
    no("cl39_jansen_link_danke.eml", 17, ("other",), "2026-11-02 09:15", vl(1106),
       "Danke für den Link, bis Donnerstag!\nOle",
       client="gmail", reply="vl-1106", style="gmail", staff=False,
       note="thanks for the video link before the session")  # fmt: skip
    yes("cl40_nowak_rezept.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:05", re(1117),
        "Hallo,\n\nBestätigung für den 13.11., hat stattgefunden.\n\nFrage: auf meinem Rezept "
        "stehen nur noch zwei Einheiten. Brauche ich für die Termine nach dem 20.11. ein "
        "neues, und soll ich das direkt an Sie schicken?\n\nDavid",
        reply="cr-1117", style="thunderbird", staff=True, extra=("question",),
        note="yes for 13.11.; asks about a new prescription")  # fmt: skip
    yes("cl41_hartmann_jaa.eml", 20, (1120,), (), "2026-11-03 19:40", re(1120),
        "Jaa hat stattgefunden ☺️ liebe Grüße Leonie",
        client="webde", reply="cr-1120", style="webde",
        note="dateless yes under our request for 03.11.")  # fmt: skip
    no("cl42_hartmann_verschlafen.eml", 20, ("reschedule",), "2026-11-10 19:25", re(1121),
       "Oh nein, sorry, ich war heute um 17 Uhr noch in der Bahn und hab den Termin "
       "verpasst 🙈 Können wir das irgendwie nachholen?\nLeonie",
       client="iphone", reply="cr-1121", style="iphone",
       note="missed session on 10.11., wants a make-up date")  # fmt: skip


def main() -> None:
    load_practice()
    winter_spring()
    summer_autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
