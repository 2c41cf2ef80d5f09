"""Write blind set FF: everyday mails in which the day of a session is given only in
words -- weekdays alone ("Montag ja, Donnerstag nicht"), "letzte Woche Dienstag",
"vorgestern", "den davor", "die beiden letzten", "gestern und heute", "the Tuesday one",
a day fixed in the next sentence, a weekday and a date that do not agree -- beside some
where every session is plainly named. 42 mails: 32 that mean to confirm (some only partly
recordable, a few not at all because the day is uncertain) and 10 look-alikes (a missed
or cancelled session, a question about a coming day, a reply to our reminder or video
link, a reschedule wish). Labelled strictly: only sessions whose day is unambiguous from
the mail's date and the patient's appointments are confirmed; anything uncertain goes to
staff.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ff`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_ff")


def relative_days() -> None:
    yes("ff01_heute_reply.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Ja, heute war die Stunde, hat alles geklappt.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="'heute' under our request for Tue 27.01")  # fmt: skip
    yes("ff02_dienstag_newmail.eml", 1, (1004,), ("2026-02-03",), "2026-02-05 18:22",
        "Behandlung Dienstag",
        "Hallo liebes Praxisteam,\n\nich wollte noch bestätigen dass die Behandlung am "
        "Dienstag stattgefunden hat. Hatte es vergessen, sorry!\n\nViele Grüße\nSabine Krüger",
        client="webde",
        note="new mail on Thu 05.02: 'Dienstag' is Tue 03.02, her only session that week")  # fmt: skip
    yes("ff03_gestern_hat_geklappt.eml", 2, (1016,), ("2026-02-23",), "2026-02-24 07:48",
        re(1016), "gestern hat geklappt, danke\n\nT. Becker\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1016", style="iphone",
        note="'gestern' on Tue 24.02 = Mon 23.02")  # fmt: skip
    yes("ff04_beiden_letzten_montag_gestern.eml", 2, (1016, 1017), ("2026-02-23", "2026-02-26"),
        "2026-02-27 09:15", "Bestätigung MT",
        "Guten Morgen,\n\ndie beiden letzten Termine (Montag und gestern) haben beide "
        "stattgefunden, jeweils telefonisch.\n\nBeste Grüße\nThomas Becker",
        client="webde",
        note="Fri 27.02: Monday 23.02 and yesterday Thu 26.02")  # fmt: skip
    yes("ff05_letzte_woche_donnerstag.eml", 2, (1013,), ("2026-02-12",), "2026-02-18 20:05",
        re(1013), "Hallo, letzte Woche Donnerstag war ok, hab vergessen zu antworten.\nGruß Becker",
        client="gmail", reply="cr-1013", style="gmail",
        note="Wed 18.02: Thursday of last week = 12.02, also the request's day")  # fmt: skip
    yes("ff06_gestern_und_mittwoch_davor.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-03-26 21:30", "Termine",
        "hallo, gestern und den mittwoch davor hat beides stattgefunden, hab die mails "
        "irgendwie übersehen\n\nlg aylin demir",
        client="gmail",
        note="Thu 26.03: yesterday Wed 25.03 and the Wednesday before, 18.03")  # fmt: skip
    yes("ff07_freitag_telefoniert.eml", 4, (1028,), ("2026-01-16",), "2026-01-19 09:03",
        re(1028),
        "Guten Tag,\n\nam Freitag wurde telefoniert, die Behandlung hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline",
        note="Mon 19.01 under the request for Fri 16.01")  # fmt: skip
    yes("ff08_letzten_zwei_freitage.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 11:40", "Krankengymnastik Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die letzten zwei "
        "Freitage die Behandlungen am Telefon stattgefunden haben.\n\nMfG\nHans-Jürgen Wolff",
        client="tonline",
        note="Sun 01.02: the last two Fridays, 30.01 and 23.01")  # fmt: skip
    yes("ff09_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:05",
        "Termine heute",
        "Hallo zusammen,\n\nbeide Termine heute haben stattgefunden, morgens am Gerät und "
        "mittags die Manuelle.\n\nGruß\nPeter Hoffmann",
        client="outlook",
        note="two sessions on Mon 18.05, both named")  # fmt: skip
    yes("ff10_dienstag_nicht_mittwoch.eml", 7, (1048,), ("2026-06-16",), "2026-06-18 19:45",
        "Bestätigung",
        "Guten Tag,\n\nich bestätige die Behandlung am Mittwoch. Entschuldigung, Dienstag "
        "meine ich. Also Dienstag, nicht Mittwoch, am Mittwoch war ich bei Hausarzt.\n\n"
        "Elena Popescu",
        client="yahoo",
        note="self-corrected in the next sentence: Tuesday 16.06")  # fmt: skip
    yes("ff11_mittwoch_ja.eml", 8, (1054,), ("2026-06-24",), "2026-06-26 13:12", re(1054),
        "Mittwoch ja.\n\nGruß Jonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1054", style="iphone",
        note="'Mittwoch' under the request for Wed 24.06")  # fmt: skip


def partial_and_bottom() -> None:
    yes("ff12_montag_ja_donnerstag_nicht.eml", 2, (1012,), ("2026-02-09",), "2026-02-13 08:50",
        "Termine diese Woche",
        "Hallo,\n\nMontag ja, Donnerstag nicht – da hab ich das Telefon nicht gehört und "
        "der Rückruf hat nicht mehr geklappt. Kann man das nachholen?\n\nThomas Becker",
        client="webde", staff=True, extra=("question",),
        note="Fri 13.02: Mon 09.02 confirmed, Thu 12.02 did not take place")  # fmt: skip
    yes("ff13_dienstag_ja_donnerstag_nicht.eml", 9, (1058,), ("2026-07-14",),
        "2026-07-17 09:40", re(1058),
        "Dienstag ja. Donnerstag nicht, ich war nicht daheim als angerufen wurde, tut mir leid.",
        client="thunderbird", reply="cr-1058", style="thunderbird", bottom=True, staff=True,
        note="Tue 14.07 confirmed; Thu 16.07 missed")  # fmt: skip
    yes("ff14_den_davor.eml", 3, (1022,), ("2026-03-25",), "2026-04-02 18:10", "Termin",
        "Hallo, gestern war kein Termin oder? Ich glaub der wurde abgesagt. Den davor "
        "hatten wir aber ganz normal.\n\nAylin",
        client="gmail", staff=True, extra=("question",),
        note="01.04 cancelled; 'den davor' = Wed 25.03; question asks staff")  # fmt: skip
    yes("ff15_monday_one.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 19:02", re(1070),
        "Hi, yes the Monday one happened, thanks!\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ff16_last_two_mondays.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-26 21:14", "Sessions",
        "Hi there,\n\njust confirming the last two sessions - Monday this week and the "
        "Monday before. Both went fine.\n\nBest,\nEmily Carter",
        client="gmail",
        note="Wed 26.08: Mon 24.08 and Mon 17.08")  # fmt: skip
    yes("ff17_letzte_woche_mittwoch_learner.eml", 12, (1076,), ("2026-08-12",),
        "2026-08-20 11:00", "Termin",
        "Hallo, gestern Termin war nicht, Praxis hat abgesagt. Letzte Woche Mittwoch "
        "war Termin ja, hat stattgefunden.\nFatma Yildiz",
        client="webde",
        note="Thu 20.08: 19.08 cancelled by us (known); last week's Wednesday = 12.08")  # fmt: skip
    yes("ff18_beiden_letzten_donnerstage.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 07:55", "MT",
        "Guten Morgen,\n\nich bestätige die beiden letzten Donnerstage.\n\n"
        "Dr. Michael Vogel\nVogel & Partner",
        client="outlook",
        note="Fri 18.09: Thu 17.09 and Thu 10.09 (03.09 was confirmed earlier)")  # fmt: skip
    yes("ff19_den_davor_am_19.eml", 15, (1095,), ("2026-10-19",), "2026-10-27 10:30",
        "Behandlung",
        "Hallo,\n\ngestern fiel aus soweit ich weiß, aber den davor am Montag den 19. "
        "hatten wir.\n\nGruß Klaus Zimmermann",
        client="plain", staff=True,
        note="26.10 cancelled, 'soweit ich weiß' is a doubt; Mon 19.10 confirmed")  # fmt: skip
    yes("ff20_mittwochabend_zweitadresse.eml", 16, (1100,), ("2026-10-21",),
        "2026-10-23 08:45", re(1100),
        "Hallo,\n\nMittwochabend hat stattgefunden.\n\nViele Grüße\nB. Schäfer",
        client="outlook", reply="cr-1100", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("ff21_letzten_beiden_okay.eml", 16, (1101, 1102), ("2026-10-28", "2026-11-04"),
        "2026-11-05 20:10", "Termine",
        "Hallo ihr Lieben,\ndie letzten beiden Termine waren okay und haben stattgefunden.\n"
        "Birgit",
        client="webde",
        note="Thu 05.11: Wed 04.11 and Wed 28.10")  # fmt: skip
    yes("ff22_drei_termine.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 16:20", "Behandlungen",
        "Guten Tag,\n\nMontag und Mittwoch letzte Woche und gestern, alle drei "
        "Behandlungen haben stattgefunden.\n\nRenate Koch",
        client="samsung",
        note="Tue 31.03: Mon 23.03, Wed 25.03, yesterday Mon 30.03")  # fmt: skip
    yes("ff23_freitag_bis_freitag.eml", 19, (1117,), ("2026-11-13",), "2026-11-16 09:00",
        re(1117), "Freitag war gut. Bis diesen Freitag!\n\nDavid",
        client="plain", reply="cr-1117", style="gmail",
        note="'diesen Freitag' (20.11) is future")  # fmt: skip
    yes("ff24_last_night.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:02", re(1137),
        "Yes, last night's call took place.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("ff25_tuesday_and_move.eml", 23, (1139,), ("2026-05-05",), "2026-05-08 12:10",
        "Tuesday",
        "Hi,\n\nTuesday's session happened, thanks. I can't make next Tuesday though, "
        "could we move it to Wednesday evening?\n\nJames O'Neill",
        client="outlook", staff=True, extra=("reschedule",),
        note="Fri 08.05: Tue 05.05 confirmed; next Tuesday to move")  # fmt: skip


def uncertain_days() -> None:
    yes("ff26_dienstag_16_falsch.eml", 1, (), ("2026-02-16",), "2026-02-18 09:30", re(1006),
        "Bestätige Dienstag, den 16.02.\nSabine Krüger",
        client="webde", reply="cr-1006", style="webde", staff=True,
        note="Tuesday was 17.02, 16.02 a Monday: weekday and date disagree")  # fmt: skip
    yes("ff27_vorgestern_sonntag.eml", 4, (), ("2026-02-08",), "2026-02-10 15:00",
        "Behandlung",
        "Guten Tag,\n\ndie Behandlung von vorgestern hat stattgefunden.\n\nMfG H.-J. Wolff",
        client="tonline", staff=True,
        note="Tue 10.02: 'vorgestern' is Sun 08.02, no session; Fri 06.02 likely but unsure")  # fmt: skip
    yes("ff28_montag_zwei_termine.eml", 6, (), ("2026-05-18",), "2026-05-20 07:50",
        "Montag",
        "Guten Morgen,\n\nMontag hat stattgefunden.\n\nPeter Hoffmann",
        client="outlook", staff=True,
        note="two sessions on Mon 18.05 (KGG and MT): which one, or both?")  # fmt: skip
    yes("ff29_montag_war_dienstag.eml", 6, (), ("2026-05-25",), "2026-05-27 18:00",
        "Bestätigung Termin",
        "Hallo,\n\ndie Sitzung am Montag hat wie immer um 7:30 stattgefunden.\n\n"
        "Gruß Peter Hoffmann",
        client="outlook", staff=True,
        note="Mon 25.05 (holiday) had no session; his session was Tue 26.05")  # fmt: skip
    yes("ff30_gestern_und_heute.eml", 9, (1060,), ("2026-07-21", "2026-07-22"),
        "2026-07-22 11:30", "Behandlungen",
        "Hallo,\n\ngestern und heute waren die Behandlungen, beide telefonisch, alles gut."
        "\n\nGisela Neumann",
        client="thunderbird", staff=True,
        note="Wed 22.07: yesterday Tue 21.07 confirmed; 'heute' matches no session")  # fmt: skip
    yes("ff31_tuesday_one.eml", 11, (), (), "2026-09-01 13:20", "session",
        "Hi, the Tuesday one took place, thanks\nEmily",
        client="gmail", staff=True,
        note="she only has Mondays (yesterday 31.08): which session is meant is unclear")  # fmt: skip
    yes("ff32_mittwoch_6_10.eml", 14, (), ("2026-10-06",), "2026-10-08 17:45", re(1091),
        "Hat stattgefunden, am Mittwoch 6.10.\n\nAnna",
        client="thunderbird", reply="cr-1091", style="thunderbird", staff=True,
        note="06.10 was a Tuesday: weekday and date disagree")  # fmt: skip


def look_alikes() -> None:
    no("ff33_video_ging_nicht.eml", 17, ("technical",), "2026-10-30 09:10", re(1105),
       "Hallo, gestern ging es leider nicht, das Video hat bei mir nicht geladen. Wir haben "
       "es dann gelassen. Wie machen wir das jetzt?\n\nOle",
       client="gmail", reply="cr-1105", style="gmail",
       note="under our request, but the session of Thu 29.10 did not take place")  # fmt: skip
    no("ff34_mittwoch_absagen.eml", 18, ("cancellation",), "2026-04-02 10:15",
       "Absage Mittwoch",
       "Guten Tag,\n\nden Termin am Mittwoch muss ich leider absagen, ich bin beim "
       "Orthopäden.\n\nRenate Koch",
       client="samsung",
       note="Thu 02.04: next Wednesday 08.04 is a coming session")  # fmt: skip
    no("ff35_montag_niemand.eml", 21, ("question",), "2026-02-03 08:40", "Gestern?",
       "Hallo, hat gestern nicht stattgefunden oder? Ich hab gewartet aber es kam "
       "niemand in den Videoraum.\nSophie Wagner",
       client="gmail",
       note="Mon 02.02 was cancelled; she waited")  # fmt: skip
    no("ff36_mittwoch_frage.eml", 24, ("question",), "2026-05-18 16:30",
       "Termin Mittwoch",
       "Guten Tag,\n\nfindet der Termin am Mittwoch statt? Letzten Mittwoch wurde ich "
       "angerufen, diesmal habe ich noch keine Erinnerung bekommen.\n\nU. Berger",
       client="plain",
       note="a question about Wed 20.05; last Wednesday is only background")  # fmt: skip
    no("ff37_freitag_stau.eml", 10, ("other",), "2026-07-25 10:00", re(1066),
       "Sorry, Freitag hat leider nicht geklappt, stand im Stau und war erst um halb "
       "fünf zuhause.\n\nLukas",
       client="thunderbird", reply="cr-1066", style="thunderbird",
       note="the session of Fri 24.07 was missed")  # fmt: skip
    no("ff38_receipt.eml", 11, ("question",), "2026-08-18 10:00", "Receipt",
       "Hi,\n\nI just realised I need an invoice for my insurance for "
       "all sessions so far. Could you send me one?\n\nThanks,\nEmily",
       client="gmail",
       note="asks for an invoice; confirms nothing")  # fmt: skip
    no("ff39_dienstag_passt.eml", 9, ("other",), "2026-07-27 10:05", rem(1062),
       "Ja, Dienstag passt, ich bin da.\nG. Neumann",
       client="thunderbird", reply="rem-1062", style="thunderbird", staff=False,
       note="acknowledges the reminder for the coming Tue 28.07")  # fmt: skip
    no("ff40_naechsten_mittwoch.eml", 8, ("reschedule",), "2026-06-18 09:00",
       "Nächster Mittwoch",
       "Hi, den Mittwoch nächste Woche schaff ich nicht, geht Donnerstag gleiche Zeit?\n\n"
       "Jonas",
       client="iphone",
       note="wish to move Wed 24.06")  # fmt: skip
    no("ff41_freitag_dabei.eml", 19, ("other",), "2026-11-19 18:00", vl(1118),
       "Danke, Freitag bin ich dabei.\n\nDavid",
       client="plain", reply="vl-1118", style="gmail", staff=False,
       note="reply to the video link for the coming Fri 20.11")  # fmt: skip
    no("ff42_neue_nummer.eml", 4, ("other",), "2026-02-11 16:00", "Neue Telefonnummer",
       "Guten Tag,\n\nbitte rufen Sie mich am Freitag unter meiner neuen Nummer "
       "0171 2345678 an, das Festnetz ist abgemeldet.\n\nMfG Wolff",
       client="tonline",
       note="a new number for the coming Friday 13.02")  # fmt: skip


def main() -> None:
    load_practice()
    relative_days()
    partial_and_bottom()
    uncertain_days()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
