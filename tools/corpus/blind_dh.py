"""Write blind set DH: a plain inbox of the whole year, mostly from older patients.

Forty-five mails: thirty-five confirmations (formal letters with "Sehr geehrte Damen und
Herren", long chatty mails about weather, grandchildren and the exercises around the yes,
short yeses under our request, a few answering two of our requests at once, a few weeks
late, two in English, one in learners' German) and ten look-alikes (cancellations, a
reschedule wish, questions about coming sessions, a technical question under our video
link, a missed session, a session that failed on video, a reply to our reminder).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dh`.
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

HERE = data_dir("blind_dh")


def winter() -> None:
    yes("dh01_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:40", re(1028),
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich Ihnen, dass die telefonische Krankengymnastik am 16.01.2026\n"
        "wie vereinbart stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\n\nHans-Jürgen Wolff\nLindenstraße 14\n12345 Beispielstadt",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("dh02_wolff_two_at_once.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-31 10:15", re(1030),
        "Sehr geehrte Damen und Herren,\n\n"
        "entschuldigen Sie bitte, die Mail von letzter Woche ist bei mir liegen geblieben.\n"
        "Ich bestätige deshalb beide Behandlungen auf einmal: Freitag, den 23. Januar, und\n"
        "gestern, Freitag, den 30. Januar. Beide Male hat die Therapeutin pünktlich\n"
        "angerufen.\n\n"
        "Die Übungen mit dem Theraband mache ich jeden Morgen nach dem Frühstück, die Schulter\n"
        "lässt sich schon wieder besser heben. Meine Frau lässt auch grüßen.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1030", style="tonline",
        note="two of our requests answered in one mail")  # fmt: skip
    yes("dh03_wolff_late_new_mail.eml", 4, (1031,), ("2026-02-06",), "2026-02-18 09:02",
        "Bestätigung Behandlung 6.2.26",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Telefonbehandlung vom 6.2.26 hat stattgefunden. Ich hatte die Bestätigung\n"
        "vergessen, bitte um Nachsicht.\n\n"
        "Hochachtungsvoll\nHans-Jürgen Wolff",
        client="tonline", note="a new mail twelve days late, date in the subject and text")  # fmt: skip
    yes("dh04_wolff_plus_question.eml", 4, (1032,), ("2026-02-13",), "2026-02-13 17:20",
        re(1032),
        "Sehr geehrte Damen und Herren,\n\n"
        "die Behandlung am Freitag, dem 13.02.2026 hat stattgefunden (Freitag der 13., aber\n"
        "es ist nichts passiert).\n\n"
        "Eine Frage habe ich noch: mein Rezept reicht nur noch für einen Termin. Muss ich beim\n"
        "Hausarzt ein neues holen, oder kümmern Sie sich darum?\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1032", style="tonline", staff=True, extra=("question",),
        note="confirms the 13th, asks about a new prescription")  # fmt: skip
    yes("dh05_krueger_snow.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:48", re(1003),
        "Liebes Praxisteam,\n\n"
        "ja, die Videostunde heute am 27.1. hat gut geklappt, mein Enkel hatte mir vorher\n"
        "noch den Laptop eingerichtet. Bei uns schneit es seit gestern ununterbrochen, da bin\n"
        "ich froh, dass ich nicht raus muss.\n\n"
        "Herzliche Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("dh06_krueger_two_dates.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-10 19:30", re(1005),
        "Guten Abend,\n\n"
        "ich bestätige den 3.2. und den 10.2., beide Male per Video. Die Mail vom 3. hatte\n"
        "ich übersehen, die lag im Spam-Ordner.\n\n"
        "Mit freundlichem Gruß\nS. Krüger",
        client="webde", reply="cr-1005", style="webde",
        note="answers two requests; 'die Mail vom 3.' is about our mail")  # fmt: skip
    yes("dh07_krueger_bottom.eml", 1, (1008,), ("2026-03-03",), "2026-03-04 08:10", re(1008),
        "Hiermit bestätige ich den Termin vom 3. März.\n\nGruß Sabine Krüger\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1008", style="iphone", bottom=True)  # fmt: skip
    no("dh08_krueger_reschedule.eml", 1, ("reschedule",), "2026-03-05 11:30",
       "Termin nächste Woche",
       "Guten Tag,\n\n"
       "könnten wir den Termin am Dienstag, 10. März, auf Donnerstag verschieben? Meine\n"
       "Enkelin hat Geburtstag und ich fahre schon am Montag zu meiner Tochter nach Kassel.\n\n"
       "Vielen Dank und freundliche Grüße\nSabine Krüger",
       client="webde", note="a reschedule wish for a coming session")  # fmt: skip
    yes("dh09_becker_moin.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:12", re(1010),
        "Moin,\n\nMT am Mo 2.2. hat stattgefunden.\n\nThomas Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    no("dh10_krueger_video_code.eml", 1, ("technical", "question"), "2026-02-15 11:20",
       video_link_subject(1006),
       "Guten Tag,\n\n"
       "mein Sohn hat mir einen neuen Laptop geschenkt. Muss ich den Zugangscode am Dienstag\n"
       "wieder von Hand eintippen, oder geht das auch über das Tablet? Ich möchte nicht, dass\n"
       "es wieder zehn Minuten dauert wie beim ersten Mal.\n\n"
       "Freundliche Grüße\nSabine Krüger",
       client="webde", reply="vl-1006", style="webde",
       note="a reply to our video-link mail with a technical question")  # fmt: skip
    no("dh11_becker_traffic.eml", 2, ("cancellation",), "2026-02-23 16:45",
       "heute 17.30",
       "Hallo, stehe im Stau auf der A7 und schaffe es heute um 17:30 nicht nach Hause ans\n"
       "Telefon. Bitte den Termin heute absagen, tut mir leid.\n\nBecker",
       client="samsung", note="short-notice cancellation of today's session (23.02.)")  # fmt: skip
    yes("dh12_wagner_short.eml", 21, (1126,), ("2026-01-26",), "2026-01-26 12:01", re(1126),
        "Ja, 26.01. hat stattgefunden. Danke!\nSophie",
        client="gmail", reply="cr-1126", style="gmail")  # fmt: skip
    yes("dh13_aydin_learner.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 15:40", re(1131),
        "Hallo,\n\nja Termin 26.02 war gemacht mit Telefon. Alles gut danke schön.\n\n"
        "Mehmet Aydin",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip


def spring() -> None:
    yes("dh14_koch_formal.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:55", re(1109),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bestätige Ihnen hiermit die telefonische Krankengymnastik vom Montag, den\n"
        "23. März 2026.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("dh15_koch_two.eml", 18, (1110, 1111), ("2026-03-25", "2026-03-30"),
        "2026-03-31 09:40", re(1111),
        "Guten Morgen,\n\n"
        "am 25.3. und am 30.3. hat die Therapeutin jeweils um 15 Uhr angerufen, beides hat\n"
        "stattgefunden. Ich schreibe gleich für beide Tage, dann ist das erledigt.\n\n"
        "Das Wetter war ja endlich schön, ich habe die Übungen auf dem Balkon gemacht.\n\n"
        "Viele Grüße\nRenate Koch",
        client="tonline", reply="cr-1111", style="tonline",
        note="two of our requests answered at once")  # fmt: skip
    yes("dh16_koch_easter.eml", 18, (1112,), ("2026-04-01",), "2026-04-02 10:20", re(1112),
        "Sehr geehrte Damen und Herren,\n\n"
        "die Behandlung am Mittwoch vor Ostern, 1. April, hat stattgefunden, und das war\n"
        "kein Aprilscherz. Ihnen allen schöne Feiertage.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1112", style="tonline")  # fmt: skip
    no("dh17_koch_reminder_reply.eml", 18, ("other",), "2026-04-07 16:10",
       reminder_subject(1113),
       "Danke für die Erinnerung, ich bin morgen um 15 Uhr zu Hause und warte auf den Anruf.\n\n"
       "Gruß R. Koch",
       client="tonline", reply="rem-1113", style="tonline", staff=False,
       note="a reply to our reminder before the session; nothing took place yet")  # fmt: skip
    yes("dh18_koch_late.eml", 18, (1114,), ("2026-04-13",), "2026-05-06 11:00",
        "Nachtrag Bestätigung",
        "Sehr geehrte Damen und Herren,\n\n"
        "beim Aufräumen meines Postfachs habe ich bemerkt, dass ich den Termin vom\n"
        "13. April nie bestätigt habe. Das hole ich hiermit nach: Die Behandlung am\n"
        "13.04.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", note="a new mail three weeks late")  # fmt: skip
    yes("dh19_demir_short.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:35", re(1020),
        "Ja, am 11.3. war die Stunde. LG Aylin",
        client="gmail", reply="cr-1020", style="gmail")  # fmt: skip
    yes("dh20_oneill_english.eml", 23, (1137,), ("2026-04-21",), "2026-04-21 22:14",
        re(1137, "RE"),
        "Hi,\n\nYes, the session on April 21st took place. Cheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("dh21_schulz_samsung.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 18:02", re(1035),
        "Hallo, hiermit bestätige ich die Behandlung vom 23.04. Liebe Grüße Marie Schulz",
        client="samsung", reply="cr-1035", style="samsung")  # fmt: skip
    yes("dh22_berger_garden.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 15:25", re(1142),
        "Sehr geehrte Damen und Herren,\n\n"
        "heute Vormittag, am 6.5.26, war das Telefonat mit der Therapeutin. Es hat alles\n"
        "stattgefunden wie geplant. Ich habe danach gleich im Garten die Tomaten gesetzt,\n"
        "und der Rücken hat nicht einmal gemeckert. Die Übung mit dem Stuhl gefällt mir am\n"
        "besten.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("dh23_berger_two_late.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-20 17:45", re(1143),
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Nachricht habe ich erst heute gelesen, mein Computer war eine Woche beim\n"
        "Schwiegersohn in Reparatur. Ich bestätige die Behandlungen am Mittwoch, 13. Mai,\n"
        "und heute, Mittwoch, 20. Mai. Beide Male wurde ich pünktlich angerufen.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1143", style="thunderbird",
        note="answers the older request and names today's session too")  # fmt: skip
    yes("dh24_berger_samsung.eml", 24, (1145,), ("2026-05-27",), "2026-05-27 11:12", re(1145),
        "Bestätige 27.05. U.Berger",
        client="samsung", reply="cr-1145", style="samsung")  # fmt: skip
    no("dh25_berger_missed.eml", 24, ("reschedule",), "2026-06-10 14:30", re(1147),
       "Sehr geehrte Damen und Herren,\n\n"
       "ich muss leider mitteilen, dass das Telefonat heute nicht zustande kam. Ich war beim\n"
       "Hausarzt und habe den Termin völlig verschwitzt, das Telefon lag zu Hause. Kann man\n"
       "das nachholen?\n\n"
       "Mit freundlichen Grüßen\nUrsula Berger",
       client="thunderbird", reply="cr-1147", style="thunderbird",
       note="under our request: the session of 10.06. was missed, she asks to make it up")  # fmt: skip
    yes("dh26_hoffmann_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:05",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.5. haben stattgefunden, morgens am Gerät und mittags\n"
        "die Manuelle Therapie.\n\nGrüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    no("dh27_hoffmann_prescription.eml", 6, ("question",), "2026-05-29 08:40",
       "Frage Folgerezept",
       "Guten Morgen,\n\n"
       "am Montag ist ja mein letzter Termin. Brauche ich für weitere Stunden ein neues\n"
       "Rezept, und schicke ich das dann per Post oder als Foto?\n\n"
       "Viele Grüße\nPeter Hoffmann",
       client="outlook", note="a question about a coming session")  # fmt: skip


def summer() -> None:
    yes("dh28_neumann_heat.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 18:20", re(1056),
        "Liebe Praxis,\n\n"
        "die Stunde am Dienstag, 7. Juli, hat stattgefunden. Es war ja heute wieder so heiß,\n"
        "32 Grad, da war ich froh, dass ich die Übungen im kühlen Schlafzimmer machen\n"
        "konnte. Die Enkel sind seit Sonntag bei uns in den Ferien und wollten unbedingt\n"
        "mitturnen, der Kleine hat das Handtuch als Umhang benutzt.\n\n"
        "Herzliche Grüße\nIhre Gisela Neumann",
        client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("dh29_neumann_two.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-07-14 19:05", re(1058),
        "Guten Abend,\n\n"
        "ich bestätige den Donnerstag 9.7. und heute den 14.7., das hatte ich letzte Woche\n"
        "wegen des Besuchs ganz vergessen.\n\n"
        "Gisela Neumann",
        client="plain", reply="cr-1058", style="thunderbird")  # fmt: skip
    yes("dh30_neumann_iphone_yes.eml", 9, (1059,), (), "2026-07-16 11:02", re(1059),
        "Ja hat stattgefunden. Gruß G. Neumann\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1059", style="iphone",
        note="a yes under our request for 16.07. without a date")  # fmt: skip
    no("dh31_neumann_question.eml", 9, ("question",), "2026-07-19 10:30",
       "Dienstag",
       "Guten Tag,\n\n"
       "am Dienstag den 21.7. ist doch wieder Telefon um 9 Uhr? Muss ich etwas bereitlegen,\n"
       "wieder das Handtuch und den Hocker?\n\n"
       "Freundliche Grüße\nGisela Neumann",
       client="plain", note="a question about a coming session")  # fmt: skip
    yes("dh32_neumann_one_yes_one_no.eml", 9, (1060,), ("2026-07-21",), "2026-07-23 14:15",
        re(1061),
        "Sehr geehrte Damen und Herren,\n\n"
        "am Dienstag, 21. Juli, hat die Behandlung stattgefunden. Heute am 23. hat aber\n"
        "niemand angerufen, ich habe bis halb zehn neben dem Telefon gesessen. Ist da etwas\n"
        "schiefgelaufen?\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", reply="cr-1061", style="thunderbird", staff=True, extra=("question",),
        note="confirms 21.07.; says the session of 23.07. did not take place")  # fmt: skip
    yes("dh33_neumann_late_august.eml", 9, (1062,), ("2026-07-28",), "2026-08-17 16:50",
        "Behandlung 28. Juli",
        "Liebe Praxis Impulse,\n\n"
        "jetzt sind die Enkel wieder abgereist und ich komme endlich dazu, meine Post zu\n"
        "erledigen. Die letzte Behandlung am 28. Juli hat stattgefunden, vielen Dank für die\n"
        "ganze Serie. Mein Knie ist deutlich besser, ich gehe wieder jeden Tag mit der\n"
        "Nachbarin spazieren.\n\n"
        "Alles Gute\nGisela Neumann",
        client="plain", note="a new mail three weeks late")  # fmt: skip
    yes("dh34_carter_english.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 13:40",
        re(1070, "Re"),
        "Confirming my session on 10 August. Thanks!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("dh35_yildiz_short.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 12:30", re(1078),
        "Hallo ja hat stattgefunden am 26.8 danke\nFatma Yildiz",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip


def autumn() -> None:
    yes("dh36_vogel_terse.eml", 13, (1082,), (), "2026-09-10 09:15", re(1082),
        "Bestätigt.\n\nMV",
        client="outlook", reply="cr-1082", style="outlook",
        note="a yes under our request for 10.09. without a date")  # fmt: skip
    yes("dh37_vogel_two_new_mail.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-25 07:50", "Behandlungen September",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich die Termine vom 17. und 24. September 2026.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner\nTel. 0711 555 0123",
        client="outlook", note="a new mail confirming two sessions")  # fmt: skip
    no("dh38_vogel_hotel.eml", 13, ("question",), "2026-10-06 18:00",
       "Termin 8.10.",
       "Guten Abend,\n\n"
       "am Donnerstag, 8.10., bin ich auf Dienstreise in Wien. Kann ich auch vom Hotel aus\n"
       "am Video teilnehmen, oder muss der Termin verschoben werden?\n\n"
       "Beste Grüße\nM. Vogel",
       client="apple", note="a question about a coming session")  # fmt: skip
    yes("dh39_zimmermann_formal.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:00",
        re(1093),
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich die Behandlung vom 05.10.2026.\n\n"
        "Mit freundlichen Grüßen\nKlaus Zimmermann",
        client="outlook", reply="cr-1093", style="outlook_classic")  # fmt: skip
    yes("dh40_zimmermann_two.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-20 10:05", re(1095),
        "Sehr geehrte Damen und Herren,\n\n"
        "bestätige hiermit die Behandlungen vom 12.10. und 19.10.\n\n"
        "MfG\nK. Zimmermann",
        client="outlook", reply="cr-1095", style="outlook_classic")  # fmt: skip
    yes("dh41_zimmermann_late_chat.eml", 15, (1097,), ("2026-11-02",), "2026-11-20 15:30",
        "Behandlung 2. November",
        "Sehr geehrte Damen und Herren,\n\n"
        "bei dem Nieselwetter komme ich endlich dazu, Ihnen zu schreiben. Die Behandlung am\n"
        "Montag, den 2. November, hat stattgefunden. Das Knie macht sich, die Treppe in den\n"
        "Keller geht wieder ohne Geländer.\n\n"
        "Mit freundlichen Grüßen\nKlaus Zimmermann",
        client="outlook", note="a new mail eighteen days late")  # fmt: skip
    yes("dh42_schaefer_office.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:30",
        re(1098),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bestätige die Videobehandlung vom 07.10.2026.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\n"
        "Tel. 0221 987 6543",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("dh43_schaefer_gmx.eml", 16, (1100,), ("2026-10-21",), "2026-10-21 20:40", re(1100),
        "Ja, 21.10. hat stattgefunden, die Verbindung war diesmal gut.\nB. Schäfer",
        client="webde", reply="cr-1100", style="webde")  # fmt: skip
    no("dh44_schaefer_black_screen.eml", 16, ("technical", "reschedule"), "2026-10-28 21:10", re(1101),
       "Guten Abend,\n\n"
       "die Stunde heute kam leider nicht zustande. Ich habe nur ein schwarzes Bild gesehen\n"
       "und nach zehn Minuten aufgegeben. Bitte melden Sie sich wegen eines Ersatztermins.\n\n"
       "Birgit Schäfer",
       client="webde", reply="cr-1101", style="webde",
       note="under our request: the video session of 28.10. did not take place")  # fmt: skip
    no("dh45_wolff_cancel.eml", 4, ("cancellation",), "2026-02-17 08:45",
       "Absage Termin 20.02.2026",
       "Sehr geehrte Damen und Herren,\n\n"
       "leider muss ich den Termin am Freitag, 20.02.2026, absagen. Ich muss am Donnerstag\n"
       "für einen kleinen Eingriff ins Krankenhaus und werde danach nicht telefonieren\n"
       "können.\n\n"
       "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline", note="cancels a coming session")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
