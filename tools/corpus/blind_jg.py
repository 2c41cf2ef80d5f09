"""Blind set JG: a list of sessions confirmed, then one of them told of in a sentence of its own.

40 patient mails against the practice snapshot in tests/data/corpus/practice.toml. In 30
confirmations the patient confirms several sessions at once (by dates, "die letzten drei",
"alle im Oktober", "Dienstag und Donnerstag letzte Woche") and then, in a separate
sentence, says of one of them - named by its place, its date, its weekday or "heute" -
that it was different: a substitute therapist, by phone instead of video, cut short,
interrupted and resumed, moved to another time or day, doubtful, or not held at all; or
the sentence only adds a harmless detail. The 10 look-alikes list days too: coming
sessions with a wish about one, days in a question about the invoice, a complaint about
one session without any yes, sessions confirmed in an earlier mail.

Labels: `confirmed` holds only the patient's own scheduled, not yet confirmed
appointments plainly held in full on a clear day; a session cut short, moved to another
day, held in another kind, in doubt or not held stays out and the mail needs staff; a
harmless detail (a substitute therapist, someone present, a full session started late by
arrangement, an interruption after which the full session was held) changes nothing.
`dates` are the days the mail says a session took place (also partly), a moved session's
real day included.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_jg")


def kruger() -> None:
    yes(
        "jg01_krueger_vertretung_beim_zweiten.eml",
        1,
        (1003, 1004, 1005),
        ("2026-01-27", "2026-02-03", "2026-02-10"),
        "2026-02-27 18:12",
        request_subject(1005),
        """Guten Abend,

entschuldigen Sie die späte Antwort, ich bin erst jetzt dazu gekommen.
Ich bestätige hiermit die Behandlungen vom 27.01., 03.02. und 10.02.2026.
Beim zweiten hat mich eine Vertretung behandelt, weil Frau Sommer krank war, das war aber
genauso gut.

Viele Grüße
Sabine Krüger
""",
        client="webde",
        reply="cr-1005",
        style="webde",
        note="three sessions confirmed; a substitute therapist on 03.02 is a harmless detail",
    )
    no(
        "jg02_krueger_naechste_termine_wunsch.eml",
        1,
        ("reschedule",),
        "2026-02-25 08:47",
        "Termine im März",
        """Hallo liebes Praxisteam,

meine nächsten Termine sind ja am 3.3. und am 10.3., jeweils um 10 Uhr.
Beim zweiten kann ich leider erst ab 11 Uhr, weil ich morgens einen Arzttermin habe.
Wäre es möglich, den auf 11 oder 11:30 zu legen?

Danke und liebe Grüße
Sabine Krüger
""",
        client="webde",
        note="coming sessions listed, a wish to move the second: nothing took place",
    )
    yes(
        "jg03_krueger_letzte_drei_mittlere_kurz.eml",
        1,
        (1006, 1008),
        ("2026-02-17", "2026-02-24", "2026-03-03"),
        "2026-03-06 21:30",
        request_subject(1008),
        """Hallo,

die letzten drei Termine haben stattgefunden, das bestätige ich gerne.
Der mittlere davon ging allerdings nur eine Viertelstunde, dann ist bei mir das Internet
komplett ausgefallen und ich kam nicht mehr rein.

Gruß S. Krüger
""",
        client="webde",
        reply="cr-1008",
        style="webde",
        staff=True,
        note="last three before the mail: 17.02, 24.02, 03.03; the middle one (24.02) cut "
        "short after 15 minutes, so only 1006 and 1008",
    )


def becker() -> None:
    yes(
        "jg04_becker_mo_do_letzte_woche_spaeter.eml",
        2,
        (1012, 1013),
        ("2026-02-09", "2026-02-12"),
        "2026-02-17 07:55",
        request_subject(1013),
        """Sehr geehrte Damen und Herren,

Montag und Donnerstag letzte Woche haben die Behandlungen stattgefunden.
Am Donnerstag hat Herr Albers mich auf meinen Wunsch erst um 18:15 angerufen statt um
17:30, das hatte ich vorher telefonisch mit Ihrer Anmeldung so vereinbart; wir hatten die
volle halbe Stunde.

Mit freundlichen Grüßen
Thomas Becker
""",
        client="thunderbird",
        reply="cr-1013",
        style="thunderbird",
        note="mail on Tue 17.02: last week's Monday 09.02 and Thursday 12.02; the Thursday "
        "started later the same day by arrangement but ran in full",
    )
    no(
        "jg05_becker_rechnung_februar.eml",
        2,
        ("question",),
        "2026-03-05 12:20",
        "Frage zur Rechnung Februar",
        """Guten Tag,

auf Ihrer Rechnung für Februar stehen acht Sitzungen Manuelle Therapie: 02.02., 05.02.,
09.02., 12.02., 16.02., 19.02., 23.02. und 26.02., jeweils 42,80 EUR.
Meine Versicherung erstattet laut Tarif nur 38,50 EUR pro Sitzung. Können Sie mir sagen,
nach welcher Ziffer der GOÄ/GebüTh Sie abrechnen? Dann kläre ich das mit der Kasse.

Mit freundlichen Grüßen
Thomas Becker
""",
        client="thunderbird",
        note="days listed from the invoice in a question about the price; no yes, no "
        "statement that they took place",
    )


def demir() -> None:
    yes(
        "jg06_demir_alle_im_maerz_telefon.eml",
        3,
        (1019, 1020, 1022),
        ("2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25"),
        "2026-04-10 19:03",
        request_subject(1022),
        """Hallo,

sorry, ich bin etwas hinterher mit den Mails. Alle Termine im März haben stattgefunden.
Am 18. war es aber nur am Telefon, weil meine Kamera am Laptop nicht funktioniert hat und
Frau Sommer mich dann einfach angerufen hat.

LG Aylin
""",
        client="gmail",
        reply="cr-1022",
        style="gmail",
        staff=True,
        note="all four March sessions held; 18.03 by phone instead of video, so 1021 stays out",
    )


def wolff() -> None:
    yes(
        "jg07_wolff_am_23_kein_anruf.eml",
        4,
        (1028, 1030),
        ("2026-01-16", "2026-01-30"),
        "2026-02-05 10:41",
        request_subject(1030),
        """Sehr geehrte Damen und Herren,

ich bestätige die Behandlungen am Telefon vom 16.01., 23.01. und 30.01.2026.

Halt, am 23. hat ja gar niemand angerufen, ich habe bis halb drei neben dem Telefon
gewartet. Das müssten Sie bitte noch klären.

Mit freundlichen Grüßen
Hans-Jürgen Wolff
""",
        client="tonline",
        reply="cr-1030",
        style="tonline",
        staff=True,
        note="23.01 listed, then said not to have happened: only 1028 and 1030",
    )
    yes(
        "jg08_wolff_letzte_drei_13_verschoben.eml",
        4,
        (1031, 1033),
        ("2026-02-06", "2026-02-16", "2026-02-20"),
        "2026-03-09 16:20",
        request_subject(1033),
        """Guten Tag,

die letzten drei Termine sind alle gut gelaufen, danke.
Der vom 13. wurde allerdings auf Montag, den 16., verschoben, weil ich am Freitag zum
Kardiologen musste.

Mit freundlichem Gruß
H.-J. Wolff
""",
        client="tonline",
        reply="cr-1033",
        style="tonline",
        staff=True,
        note="06.02 and 20.02 held; the 13.02 session took place on 16.02, a day with no "
        "appointment: 1032 stays out",
    )


def schulz() -> None:
    yes(
        "jg09_schulz_april_am_30_kuerzer.eml",
        5,
        (1034, 1035),
        ("2026-04-16", "2026-04-23", "2026-04-30"),
        "2026-05-12 20:14",
        request_subject(1036),
        """Liebes Praxisteam,

hiermit bestätige ich die drei Termine im April (16., 23. und 30.4.).
Der am 30. war leider kürzer, nur etwa 20 Minuten, weil die Therapeutin zu einem Notfall
musste.

Viele Grüße
Marie Schulz
""",
        client="thunderbird",
        reply="cr-1036",
        style="thunderbird",
        staff=True,
        note="30.04 cut short to 20 minutes: 1036 stays out",
    )
    no(
        "jg10_schulz_naechste_zwei_frueher.eml",
        5,
        ("reschedule",),
        "2026-05-14 09:10",
        "Termine 21. und 28. Mai",
        """Hallo,

ich habe noch die Termine am 21. und 28. Mai bei Ihnen. Den ersten davon würde ich gern
auf 16:30 Uhr legen, weil ich an dem Tag länger arbeiten muss. Geht das?

Danke!
Marie Schulz
""",
        client="thunderbird",
        note="coming sessions with a wish to move the first",
    )


def hoffmann() -> None:
    yes(
        "jg11_hoffmann_mai_am_18_doppelt.eml",
        6,
        (1040, 1041, 1042, 1043),
        ("2026-05-04", "2026-05-11", "2026-05-18"),
        "2026-05-29 06:58",
        request_subject(1043),
        """Guten Morgen,

die Termine am 4., 11. und 18. Mai bestätige ich.
Am 18. waren es ja zwei, morgens am Gerät und mittags die Manuelle Therapie - beide haben
stattgefunden.

Beste Grüße
Peter Hoffmann
""",
        client="outlook",
        reply="cr-1043",
        style="outlook",
        note="18.05 had two appointments and the patient confirms both",
    )
    no(
        "jg12_hoffmann_rechnung_zweimal_18.eml",
        6,
        ("question",),
        "2026-06-08 13:34",
        "Rechnung Mai - Rückfrage",
        """Sehr geehrte Damen und Herren,

in Ihrer Rechnung für Mai sind der 04.05., 11.05., 18.05. (zweimal) und 26.05. aufgeführt.
Können Sie mir kurz erklären, warum am 18. zwei verschiedene Positionen stehen? Meine
Beihilfe fragt danach.

Mit freundlichen Grüßen
Peter Hoffmann
""",
        client="outlook",
        note="invoice days in a question, no yes",
    )


def popescu() -> None:
    yes(
        "jg13_popescu_juni_andere_frau.eml",
        7,
        (1046, 1047, 1048),
        ("2026-06-02", "2026-06-09", "2026-06-16"),
        "2026-06-22 17:40",
        request_subject(1048),
        """Hallo,

ich bestätige Termin 2. Juni, 9. Juni und 16. Juni, alle hat stattgefunden.
Bei zweite Termin die Therapeutin war eine andere Frau, Vertretung, aber alles gut.

Danke schön
Elena Popescu
""",
        client="yahoo",
        reply="cr-1048",
        style="yahoo",
        note="learner's German; a substitute on 09.06 is a harmless detail",
    )
    yes(
        "jg14_popescu_letzte_zwei_unterbrochen.eml",
        7,
        (1049,),
        ("2026-06-23", "2026-06-30"),
        "2026-07-08 22:05",
        request_subject(1050),
        """Guten Abend

die letzten zwei termine war. Bei letzte wir haben abgebrochen nach 10 minuten weil mein
Kind war krank und hat geweint. Die Therapeutin hat gesagt wir machen später, und um 14 Uhr
wir haben weiter gemacht, aber nicht so lang.

Grüße Elena
""",
        client="yahoo",
        reply="cr-1050",
        style="yahoo",
        staff=True,
        note="30.06 interrupted and resumed in the afternoon, 'nicht so lang': not held in "
        "full, 1050 out",
    )


def richter() -> None:
    yes(
        "jg15_richter_juni_am_10_spaeter.eml",
        8,
        (1051, 1052, 1053),
        ("2026-06-03", "2026-06-10", "2026-06-17"),
        "2026-06-19 23:48",
        request_subject(1053, "Re"),
        """03.06., 10.06. und 17.06. bestätigt.
Am 10. haben wir wegen Ihrer Verspätung erst 18:10 angefangen, ging dann aber bis 18:40,
also volle Zeit.

Jonas

Von meinem iPhone gesendet
""",
        client="iphone",
        reply="cr-1053",
        style="iphone",
        note="10.06 started ten minutes late but ran the full 30 minutes",
    )
    yes(
        "jg16_richter_letzte_beiden_zweifel.eml",
        8,
        (1054,),
        ("2026-06-24", "2026-07-01"),
        "2026-07-20 12:31",
        request_subject(1055, "Re"),
        """Hi,

die letzten beiden (24.6. und 1.7.) haben stattgefunden.
Beim letzten bin ich mir ehrlich gesagt nicht sicher, ob wir die volle halbe Stunde
hatten - ich musste zwischendurch an die Tür, ein Paket, und weiß nicht mehr, wie lange
das gedauert hat. Schauen Sie lieber nochmal nach.

Gruß Jonas Richter
""",
        client="apple",
        reply="cr-1055",
        style="iphone",
        staff=True,
        note="01.07 took place, but the patient doubts it ran in full: only 1054",
    )


def neumann() -> None:
    yes(
        "jg17_neumann_di_do_letzte_woche_freitag.eml",
        9,
        (1056,),
        ("2026-07-07", "2026-07-10"),
        "2026-07-13 10:15",
        request_subject(1057),
        """Liebe Frau Sommer, liebes Team,

ich bestätige Ihnen Dienstag und Donnerstag letzte Woche.
Den Donnerstag hatten wir ja auf Freitag verschoben, weil ich zum Augenarzt musste, am
Freitag um 9 haben Sie mich dann angerufen.

Herzliche Grüße
Gisela Neumann
""",
        reply="cr-1057",
        style="thunderbird",
        staff=True,
        note="mail on Mon 13.07: Tue 07.07 held; Thu 09.07 took place on Fri 10.07, so 1057 "
        "stays out and 10.07 is a day of a session",
    )
    yes(
        "jg18_neumann_juli_handtuch.eml",
        9,
        (1058, 1059, 1060, 1061),
        ("2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23"),
        "2026-08-10 15:02",
        request_subject(1061),
        """Sehr geehrte Damen und Herren,

hiermit bestätige ich die Termine vom 14., 16., 21. und 23. Juli 2026.

Der vom 21. war besonders hilfreich, die Übung mit dem Handtuch mache ich jetzt jeden
Morgen.

Mit freundlichen Grüßen
Gisela Neumann
""",
        reply="cr-1061",
        style="outlook_classic",
        note="four sessions confirmed; the remark on 21.07 is harmless",
    )


def brandt() -> None:
    yes(
        "jg19_brandt_juli_17_auf_20.eml",
        10,
        (1063, 1064),
        ("2026-07-03", "2026-07-10", "2026-07-20"),
        "2026-07-27 18:44",
        request_subject(1065),
        """Hallo zusammen,

hiermit bestätige ich den 3., 10. und 17. Juli.
Am 17. hat Ihre Kollegin kurzfristig abgesagt, das haben wir dann auf Montag, den 20., um
16 Uhr verlegt und da auch gemacht.

Beste Grüße
Lukas Brandt
""",
        client="thunderbird",
        reply="cr-1065",
        style="thunderbird",
        staff=True,
        note="the 17.07 session took place on Mon 20.07: 1065 out, 20.07 among the dates",
    )
    yes(
        "jg20_brandt_letzte_drei_mittlere_ausgefallen.eml",
        10,
        (1066, 1068),
        ("2026-07-24", "2026-08-07"),
        "2026-08-25 08:03",
        request_subject(1068),
        """Moin,

ich bin mit Ihren Mails im Rückstand: die letzten drei Termine kann ich bestätigen.

Wobei - der mittlere davon ist ausgefallen, da war ich im Urlaub in Dänemark. Abgesagt
hatte ich eigentlich, ich hoffe, das ist bei Ihnen angekommen.

Lukas Brandt
""",
        client="thunderbird",
        reply="cr-1068",
        style="thunderbird",
        bottom=True,
        staff=True,
        note="last three: 24.07, 31.07, 07.08; the middle one (31.07) did not take place",
    )


def carter() -> None:
    yes(
        "jg21_carter_august_last_helpful.eml",
        11,
        (1069, 1070, 1071),
        ("2026-08-03", "2026-08-10", "2026-08-17"),
        "2026-09-02 21:17",
        request_subject(1071, "Re"),
        """Hi,

Sorry for the late reply. I can confirm the sessions on August 3rd, 10th and 17th.
The last one was really helpful, my shoulder feels much better since.

Best,
Emily
""",
        client="gmail",
        reply="cr-1071",
        style="gmail_en",
        note="English; a harmless remark on the last one",
    )
    no(
        "jg22_carter_upcoming_phone_wish.eml",
        11,
        ("reschedule", "question"),
        "2026-08-20 10:02",
        "Upcoming sessions",
        """Hello,

I have my next sessions on Aug 24, Aug 31 and Sept 7. Could the last one be done by phone
instead of video? I'll be travelling and won't have a decent connection.

Thanks a lot,
Emily Carter
""",
        client="gmail",
        note="coming sessions with a wish about the last",
    )
    yes(
        "jg23_carter_31st_switched_to_phone.eml",
        11,
        (1072,),
        ("2026-08-24", "2026-08-31"),
        "2026-09-04 07:50",
        request_subject(1073, "Re"),
        """Both the 24th and the 31st happened.
On the 31st we had to switch to a phone call about halfway through because the video kept
freezing.

Emily
""",
        client="gmail",
        reply="cr-1073",
        style="gmail_en",
        staff=True,
        note="31.08 partly by phone instead of video: 1073 out",
    )


def yildiz() -> None:
    yes(
        "jg24_yildiz_august_19_abgesagt.eml",
        12,
        (1075, 1076, 1078),
        ("2026-08-05", "2026-08-12", "2026-08-26"),
        "2026-08-31 11:26",
        request_subject(1078),
        """Hallo

Termin 5.8., 12.8. und 26.8. alles stattgefunden, danke.
19.8. war ja abgesagt von mir wegen Urlaub in Türkei.

Fatma Yildiz
""",
        client="webde",
        reply="cr-1078",
        style="webde",
        note="the 19.08 cancellation is already recorded; nothing to do",
    )
    yes(
        "jg25_yildiz_september_aufgelegt.eml",
        12,
        (1079, 1080),
        ("2026-09-02", "2026-09-09"),
        "2026-09-28 19:37",
        request_subject(1080),
        """Guten Abend,

beide Termine im September bestätige ich (2.9. und 9.9.).
Am 9. war die Verbindung schlecht, Frau Sommer hat aufgelegt und 5 Minuten später wieder
angerufen, dann ganz normal bis zum Ende gemacht, auch mit den ganzen 30 Minuten.

Grüße
Fatma Yıldız
""",
        client="webde",
        reply="cr-1080",
        style="webde",
        note="interrupted and resumed, yet the full session held",
    )


def vogel() -> None:
    yes(
        "jg26_vogel_vier_termine_24_telefonisch.eml",
        13,
        (1082, 1083, 1085),
        ("2026-09-10", "2026-09-17", "2026-09-24", "2026-10-01"),
        "2026-10-05 06:41",
        request_subject(1085),
        """MT am 10.09., 17.09., 24.09. und 01.10. fanden statt.
Der 24.09. allerdings nur telefonisch, da ich auf Dienstreise war.

Dr. M. Vogel
Vogel & Partner Rechtsanwälte
Tel. 089 2345 6780
""",
        client="outlook",
        reply="cr-1085",
        style="outlook_classic",
        staff=True,
        note="24.09 held by phone instead of video: 1084 out",
    )


def lehmann() -> None:
    yes(
        "jg27_lehmann_september_zweiter_abgebrochen.eml",
        14,
        (1087, 1089, 1090),
        ("2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29"),
        "2026-10-09 14:22",
        request_subject(1090),
        """Hallo,

alle Termine im September haben stattgefunden, sorry dass ich erst jetzt antworte.
Beim zweiten war allerdings nicht Frau Sommer da, sondern ein Kollege, und wir haben nach
ungefähr 15 Minuten aufgehört, weil mir schwindelig geworden ist.

Viele Grüße
Anna Lehmann
""",
        reply="cr-1090",
        style="gmail",
        staff=True,
        note="all of September = 08/15/22/29.09; the second (15.09) stopped after 15 "
        "minutes: 1088 out",
    )


def zimmermann() -> None:
    yes(
        "jg28_zimmermann_oktober_junger_mann.eml",
        15,
        (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"),
        "2026-10-26 15:30",
        request_subject(1095),
        """Guten Tag,

die Anrufe am 5., 12. und 19. Oktober haben alle stattgefunden.
Am 19. hat nicht Frau Sommer angerufen, sondern ein junger Mann, war aber auch sehr
ordentlich.
Heute war ja abgesagt, das weiß ich.

Gruß
Klaus Zimmermann
""",
        reply="cr-1095",
        style="webde",
        note="a substitute is harmless; today's (26.10) cancellation is already recorded",
    )


def schaefer() -> None:
    no(
        "jg29_schaefer_november_geschaeftsreise.eml",
        16,
        ("reschedule",),
        "2026-10-30 12:05",
        "Termine im November",
        """Liebes Praxisteam,

im November habe ich noch die Termine am 4.11. und 11.11. Beim zweiten bin ich auf
Geschäftsreise in Hamburg. Können wir den auf Donnerstag, den 12.11., abends legen?

Viele Grüße
Birgit Schäfer
""",
        client="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="coming sessions with a wish to move the second, from her office address",
    )
    yes(
        "jg30_schaefer_oktober_21_abgebrochen.eml",
        16,
        (1098, 1099, 1101),
        ("2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"),
        "2026-11-02 08:12",
        request_subject(1101),
        """Guten Morgen,

ich bestätige alle Termine im Oktober.
Am 21. musste ich nach der Hälfte abbrechen, ein Mandant stand unangemeldet vor der Tür.

Mit freundlichen Grüßen
Birgit Schäfer
Steuerberaterin
""",
        client="outlook",
        reply="cr-1101",
        style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        staff=True,
        note="October = 07/14/21/28.10; 21.10 stopped halfway: 1100 out",
    )


def jansen() -> None:
    yes(
        "jg31_jansen_heute_laptop_abgestuerzt.eml",
        17,
        (1104, 1105, 1106),
        ("2026-10-22", "2026-10-29", "2026-11-05", "2026-11-12"),
        "2026-11-12 13:05",
        request_subject(1107),
        """moin,

die termine vom 22.10., 29.10. und 5.11. und heute haben alle stattgefunden.
heute hatten wir aber nur so 10 min, dann ist mein laptop abgestürzt und ich bin nicht
mehr reingekommen

ole
""",
        client="gmail",
        reply="cr-1107",
        style="gmail",
        staff=True,
        note="today (12.11) only ten minutes: 1107 out",
    )


def koch() -> None:
    no(
        "jg32_koch_schon_bestaetigt.eml",
        18,
        ("question",),
        "2026-04-20 11:12",
        "Bestätigung",
        """Sehr geehrte Damen und Herren,

den Termin vom 15. April habe ich Ihnen schon am selben Abend bestätigt. Jetzt bekomme
ich trotzdem noch Mails, dass ich bestätigen soll. Ist da bei Ihnen etwas durcheinander
gekommen?

Freundliche Grüße
Renate Koch
""",
        client="tonline",
        dates=("2026-04-15",),
        note="refers to a confirmation given in an earlier mail; asks why the requests "
        "continue: nothing new to record",
    )
    yes(
        "jg33_koch_mo_mi_letzte_woche_tochter.eml",
        18,
        (1111, 1112),
        ("2026-03-30", "2026-04-01"),
        "2026-04-06 17:20",
        request_subject(1112),
        """Guten Tag,

Montag und Mittwoch letzte Woche waren die Behandlungen am Telefon, das bestätige ich.
Am Montag war meine Tochter dabei und hat die Übungen mitgeschrieben.

Mit freundlichen Grüßen
Renate Koch
""",
        client="tonline",
        reply="cr-1112",
        style="tonline",
        note="mail on Mon 06.04: Mon 30.03 and Wed 01.04; someone present is harmless",
    )


def nowak() -> None:
    yes(
        "jg34_nowak_november_20th_skipped.eml",
        19,
        (1116, 1117),
        ("2026-11-06", "2026-11-13"),
        "2026-11-24 19:55",
        request_subject(1118, "Re"),
        """Hi,

confirming the sessions on 6, 13 and 20 November.

Correction: the 20th didn't happen in the end - the therapist's connection dropped right
at the start and we agreed to skip it. Please don't bill that one.

David
""",
        client="plain",
        reply="cr-1118",
        style="gmail_en",
        staff=True,
        note="20.11 did not take place: 1118 out",
    )
    no(
        "jg35_nowak_complaint_27th.eml",
        19,
        ("other",),
        "2026-11-28 09:14",
        "Friday's session",
        """Hello,

I have to say I was disappointed with the session on 27 November. The therapist joined 15
minutes late, seemed distracted and rushed through the exercises. For a private patient
paying full price this isn't what I expect.

Regards,
David Nowak
""",
        dates=("2026-11-27",),
        note="a complaint about one session, no yes; it did take place (partly)",
    )


def hartmann() -> None:
    no(
        "jg36_hartmann_beschwerde_verbindung.eml",
        20,
        ("other", "technical"),
        "2026-11-25 20:30",
        "Termin am 24.11.",
        """Hallo,

ich muss mich leider beschweren: am 24.11. war die Verbindung so schlecht, dass ich kaum
etwas verstanden habe, das Bild hing dauernd. Ich finde, so ist das keine richtige
Behandlung.

Leonie Hartmann
""",
        client="webde",
        dates=("2026-11-24",),
        note="a complaint about one session without any yes",
    )


def wagner() -> None:
    yes(
        "jg37_wagner_januar_mittlerer_unsicher.eml",
        21,
        (1124, 1126),
        ("2026-01-12", "2026-01-26"),
        "2026-02-05 13:48",
        request_subject(1126),
        """Hallo,

die letzten drei Termine im Januar haben stattgefunden.
Der mittlere davon ist mir nicht mehr so präsent, ich glaube, da hatte ich abgesagt? Bitte
schauen Sie selbst nach.

Liebe Grüße
Sophie Wagner
""",
        client="webde",
        reply="cr-1126",
        style="gmail",
        staff=True,
        note="12/19/26.01; doubt about 19.01: only 1124 and 1126",
    )


def aydin() -> None:
    yes(
        "jg38_aydin_sohn_uebersetzt.eml",
        22,
        (1130, 1131, 1132),
        ("2026-02-19", "2026-02-26", "2026-03-05"),
        "2026-03-10 18:02",
        request_subject(1132),
        """Sehr geehrte Praxis,

Donnerstag Termine 19.2, 26.2 und 5.3 war alles gut, Behandlung war.
Am 26. hat mein Sohn übersetzt weil neue Therapeutin.

Mit freundlichen Grüßen
Mehmet Aydın
""",
        reply="cr-1132",
        style="samsung",
        note="learner's German; the son translating is a harmless detail",
    )


def oneill() -> None:
    yes(
        "jg39_oneill_april_21st_wednesday.eml",
        23,
        (1136, 1138),
        ("2026-04-14", "2026-04-22", "2026-04-28"),
        "2026-05-04 21:10",
        request_subject(1138, "RE"),
        """Hi there,

All three April calls took place (14th, 21st, 28th).
The one on the 21st was actually pushed to the Wednesday evening because I was stuck at
work - hope that's fine.

Cheers,
James
""",
        client="outlook",
        reply="cr-1138",
        style="outlook_en",
        staff=True,
        note="the 21.04 session took place on Wed 22.04: 1137 out",
    )
    no(
        "jg40_oneill_invoice_code.eml",
        23,
        ("question",),
        "2026-05-25 08:30",
        "Invoice - treatment code",
        """Hello,

quick question about your invoice for May: it lists May 5, 12 and 19 at 45 euros each. My
insurer in Ireland needs the treatment code and the therapist's registration number for
each of those dates. Could you send me an updated version?

Thanks,
James O'Neill
""",
        client="outlook",
        note="invoice days in a question, no yes",
    )


def main() -> None:
    load_practice()
    kruger()
    becker()
    demir()
    wolff()
    schulz()
    hoffmann()
    popescu()
    richter()
    neumann()
    brandt()
    carter()
    yildiz()
    vogel()
    lehmann()
    zimmermann()
    schaefer()
    jansen()
    koch()
    nowak()
    hartmann()
    wagner()
    aydin()
    oneill()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
