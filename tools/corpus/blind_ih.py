"""Blind set IH: several sessions confirmed at once, by dates, lists and ranges, some with
an exception, and look-alikes that list or span days without confirming anything.

41 patient mails to the practice: 30 confirmations that name their days in every form
(numbers, month names, weekdays with dates, day numbers with the month once at the end,
"vom ... bis ...", "seit dem ...", "bis gestern", "bis einschließlich heute", English
ranges), often with one day left out (by date, by number, by weekday, in parentheses,
between dashes, in a sentence of its own) or a session cut short, written the same day,
weeks or months later, as replies to our request or as new mails; and 11 look-alikes:
ranges of absence or holidays, lists of days to cancel or move, questions which days are
still open, bill questions listing dates.

Labels: `confirmed` holds only the appointments a careful employee can tell from the
mail's date and words were plainly held in full (the patient's own, scheduled, not yet
confirmed); a day left out, a session cut short, a range that also covers a cancelled or
coming session, or "alle Termine im ..." without days needs staff. `dates` are the days
the mail says a session took place (also partly), never days of cancellations, wishes or
future sessions.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_ih")


def winter() -> None:
    yes("ih01_krueger_monatsnamen.eml", 1, (1003, 1004, 1005, 1006),
        ("2026-01-27", "2026-02-03", "2026-02-10", "2026-02-17"), "2026-02-18 09:12",
        "Bestätigung Termine",
        """Hallo liebes Praxisteam,

ich habe in den letzten Wochen vergessen, meine Termine zu bestätigen, das hole ich
hiermit nach: Die Videobehandlungen am 27. Januar, 3. Februar, 10. Februar und
17. Februar haben alle stattgefunden.

Viele Grüße
Sabine Krüger
""", client="webde")  # fmt: skip

    yes("ih02_becker_bis_heute.eml", 2, (1010, 1011, 1012, 1013),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-12 19:20",
        request_subject(1013),
        """Guten Abend,

ich bestätige Ihnen die Telefontermine vom 2.2. bis einschließlich heute (12.2.), das
waren vier Stück, alle ganz normal gelaufen.

Gruß
T. Becker
""", reply="cr-1013", style="webde")  # fmt: skip

    yes("ih03_wolff_eigener_satz.eml", 4, (1028, 1029, 1030, 1031, 1032),
        ("2026-01-16", "2026-01-23", "2026-01-30", "2026-02-06", "2026-02-13"),
        "2026-03-09 10:22", "Behandlungen Januar/Februar",
        """Sehr geehrte Damen und Herren,

hiermit bestätige ich die telefonischen Behandlungen am 16.01., 23.01., 30.01., 06.02.
und 13.02.2026.

Am 20.02. konnte ich nicht. Ich musste an dem Tag kurzfristig zum Kardiologen und habe
das Ihrer Kollegin am Telefon gesagt, ich weiß aber nicht, ob es eingetragen wurde.

Mit freundlichen Grüßen
Hans-Jürgen Wolff
""", client="tonline", staff=True, extra=("cancellation",),
        note="20.02. not held, still scheduled: staff enters it")  # fmt: skip

    no("ih04_aydin_urlaub.eml", 22, ("cancellation",), "2026-03-10 16:48",
        "Urlaub",
        """Hallo,

ich fahre vom 20. März bis 5. April in die Türkei zu meine Familie. Termin am 26.3.
bitte absagen. Nach Urlaub ich mache weiter wie normal.

Danke
Mehmet Aydın
""", note="holiday range and a day to cancel; nothing confirmed")  # fmt: skip

    yes("ih05_krueger_der_zweite.eml", 1, (1006, 1008, 1009),
        ("2026-02-17", "2026-03-03", "2026-03-10"), "2026-03-11 20:31",
        request_subject(1009),
        """Hallo,

von meinen letzten vier Terminen (17.2., 24.2., 3.3. und 10.3.) haben drei stattgefunden,
der zweite ist ausgefallen, weil die Therapeutin krank war. Das haben Sie ja sicher
selbst notiert.

LG Sabine Krüger
""", client="webde", reply="cr-1009", style="webde", staff=True,
        note="24.2. left out by its number in the list")  # fmt: skip

    yes("ih06_becker_donnerstag.eml", 2, (1014, 1015, 1016, 1018),
        ("2026-02-16", "2026-02-19", "2026-02-23", "2026-03-02"), "2026-03-03 07:55",
        request_subject(1018),
        """Moin,

alle Termine seit dem 16.2. haben stattgefunden, nur den Donnerstag letzte Woche nicht,
da hatte ich einen Notfall in der Firma und bin nicht ans Telefon gegangen. Sorry!

Thomas Becker
""", reply="cr-1018", style="webde", bottom=False, staff=True,
        note="Thursday of last week = 26.02. left out; range up to the mail")  # fmt: skip

    yes("ih07_aydin_lernend.eml", 22, (1130, 1131, 1133, 1134),
        ("2026-02-19", "2026-02-26", "2026-03-12", "2026-03-19"), "2026-03-20 11:05",
        "Termin bestatigung",
        """Hallo Frau Therapeutin,

19.2 bis 19.3 alle termin gemacht, nur 5.3 nicht weil ich musste arbeiten, Chef hat
nicht erlaubt. Entschuldigung.

Mit freundliche Grüße
Mehmet Aydın
""", staff=True, note="05.03. left out with a reason")  # fmt: skip


def spring() -> None:
    yes("ih08_demir_ueber_ausfall.eml", 3, (1019, 1020, 1021, 1022, 1024, 1025),
        ("2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25", "2026-04-08", "2026-04-15"),
        "2026-04-16 20:10", request_subject(1025),
        """Hallo zusammen,

sorry für die späte Rückmeldung! Vom 4. März bis 15. April hatte ich jeden Mittwoch meine
Videostunde, das passt alles.

Liebe Grüße
Aylin
""", client="gmail", reply="cr-1025", style="gmail", staff=True,
        note="range covers the cancelled 01.04.: only the held Wednesdays")  # fmt: skip

    no("ih09_koch_rechnung.eml", 18, ("question",), "2026-04-20 09:40",
        "Frage zur Zuzahlung",
        """Guten Tag,

in Ihrer Rechnung stehen die Termine 23.03., 25.03., 30.03., 01.04., 08.04. und 13.04.
Muss ich die Zuzahlung für alle sechs Termine zahlen oder nur einmal für das Rezept? Meine
Krankenkasse sagt so und so.

Freundliche Grüße
Renate Koch
""", client="tonline", note="bill question listing dates; no confirmation")  # fmt: skip

    yes("ih10_koch_wochen_spaeter.eml", 18, (1109, 1110, 1111, 1112, 1113, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01", "2026-04-08", "2026-04-13"),
        "2026-05-04 10:15", request_subject(1114),
        """Guten Tag,

ja, die Behandlung am 13. April hat stattgefunden. Ebenso die vom 23., 25. und 30. März
und die vom 1. und 8. April. Ich hatte Ihre Mails erst jetzt gesehen, mein Enkel hat mir
das Postfach eingerichtet.

Freundliche Grüße
Renate Koch
""", client="tonline", reply="cr-1114", style="tonline")  # fmt: skip

    yes("ih11_schulz_monat_am_ende.eml", 5, (1034, 1035, 1036),
        ("2026-04-16", "2026-04-23", "2026-04-30"), "2026-04-30 18:05",
        request_subject(1036, "Re"),
        """Hallo,

bestätige gerne: 16., 23. und 30. April, jeweils per Video.

Marie Schulz
""", client="thunderbird", reply="cr-1036", style="thunderbird", bottom=True)  # fmt: skip

    no("ih12_oneill_move.eml", 23, ("reschedule",), "2026-05-06 21:02",
        "Sessions in May",
        """Hi there,

I'm travelling for work from 15 to 22 May. Could we move the session on 19 May to the
following Thursday, 21 May? Same time would be ideal.

Thanks,
James
""", client="outlook", note="absence range and a session to move")  # fmt: skip

    no("ih13_schulz_offen.eml", 5, ("question",), "2026-05-10 12:20",
        "Welche Termine noch?",
        """Hallo,

kurze Frage: welche Termine sind bei mir eigentlich noch offen? In meinem Kalender stehen
noch der 21.5. und der 28.5., am 14.5. ist ja Feiertag. Stimmt das so?

Danke und Grüße
Marie Schulz
""", client="thunderbird", note="question which days are still open")  # fmt: skip

    yes("ih14_oneill_apart_from.eml", 23, (1136, 1137, 1139, 1140),
        ("2026-04-14", "2026-04-21", "2026-05-05", "2026-05-12"), "2026-05-13 08:20",
        "RE: " + request_subject(1140, "AW")[4:],
        """Hi,

just to confirm: the phone sessions between 14 April and 12 May all took place, apart from
28 April - I had to drop that one last minute and I think I only told the therapist, not
the office.

Best regards,
James O'Neill
""", client="outlook", reply="cr-1140", style="outlook_en", staff=True,
        note="28 April left out")  # fmt: skip

    yes("ih15_hoffmann_mittags.eml", 6, (1040, 1041, 1042),
        ("2026-05-04", "2026-05-11", "2026-05-18"), "2026-05-19 07:05",
        "Bestätigung",
        """Guten Morgen,

ich bestätige die Termine am 04.05., 11.05. und 18.05. Am 18. allerdings nur die
Gerätetherapie früh, die MT-Sitzung mittags musste ich wegen eines Kundentermins sausen
lassen.

Mit freundlichen Grüßen
Peter Hoffmann
""", client="outlook", staff=True,
        note="18.05.: 07:30 KGG held, 12:30 MT missed")  # fmt: skip

    yes("ih16_berger_gedankenstriche.eml", 24, (1142, 1143, 1145),
        ("2026-05-06", "2026-05-13", "2026-05-27"), "2026-05-27 11:00",
        request_subject(1145),
        """Guten Tag,

die Termine im Mai – bis auf den 20., da war ich beim Zahnarzt und hatte es vergessen –
haben alle stattgefunden, also der 6., 13. und heute der 27.5.

Mit freundlichen Grüßen
Ursula Berger
""", reply="cr-1145", style="thunderbird", staff=True,
        note="20.05. left out between dashes")  # fmt: skip

    no("ih17_berger_absagen.eml", 24, ("cancellation",), "2026-05-28 15:30",
        "Absage Juni",
        """Guten Tag,

bitte sagen Sie meine Termine am 3. Juni und 10. Juni ab. Meine Tochter bekommt ein Kind
und ich fahre zu ihr nach Hamburg.

Mit freundlichen Grüßen
Ursula Berger
""", note="list of days to cancel")  # fmt: skip

    yes("ih18_schulz_seit_dem.eml", 5, (1037, 1038, 1039),
        ("2026-05-07", "2026-05-21", "2026-05-28"), "2026-05-29 08:15",
        "Bestätigung Mai",
        """Guten Morgen,

seit dem 07.05. habe ich alle Termine wahrgenommen, bitte so vermerken.

Viele Grüße
Marie Schulz
""", client="thunderbird")  # fmt: skip

    yes("ih19_hoffmann_heute.eml", 6, (1044, 1045), ("2026-05-26", "2026-06-01"),
        "2026-06-01 09:25", request_subject(1045),
        """26.5. und heute, 1.6., beide gehabt.

P. Hoffmann
""", client="outlook", reply="cr-1045", style="outlook")  # fmt: skip

    no("ih20_hoffmann_rechnung.eml", 6, ("question",), "2026-06-08 18:12",
        "Rechnung Mai - Rückfrage Beihilfe",
        """Sehr geehrte Damen und Herren,

in Ihrer Rechnung vom 05.06. sind die Termine 04.05., 11.05., 18.05. (2x) und 26.05.
aufgeführt. Die Beihilfestelle fragt nach, warum am 18.05. zwei Behandlungen berechnet
wurden. Können Sie mir dazu kurz eine Bescheinigung schicken?

Mit freundlichen Grüßen
Peter Hoffmann
""", client="outlook", note="bill question listing dates; no confirmation")  # fmt: skip


def summer() -> None:
    yes("ih21_richter_bis_juli.eml", 8, (1051, 1052, 1053, 1054),
        ("2026-06-03", "2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-25 07:48",
        "Bestätigung meiner Termine",
        """Hallo,

hiermit bestätige ich alle Termine vom 03.06. bis 01.07., dann haben Sie das schon mal
komplett.

Gruß
Jonas Richter

Von meinem iPhone gesendet
""", client="iphone", staff=True,
        note="range reaches the coming 01.07.: only the held days")  # fmt: skip

    yes("ih22_popescu_lernend.eml", 7, (1046, 1047, 1048, 1049),
        ("2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23"), "2026-07-01 10:02",
        "bestatigung termine juni",
        """Hallo,

ich bestatige die Termine im Juni: 2., 9., 16. und 23. Juni, alles gut gemacht mit
Video.

Am 30. ich war nicht da, mein Kind war krank und ich habe vergessen anrufen.
Entschuldigung.

Viele Grüße
Elena Popescu
""", client="yahoo", staff=True, extra=("cancellation",),
        note="30.06. not held, in a sentence of its own")  # fmt: skip

    yes("ih23_neumann_klammer.eml", 9, (1056, 1057, 1058, 1060, 1061),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-21", "2026-07-23"),
        "2026-07-24 11:00", "Krankengymnastik am Telefon",
        """Liebe Frau Therapeutin, liebes Praxisteam,

ich möchte Ihnen mitteilen, dass ich die Telefonbehandlungen vom 7. bis 23. Juli (außer
am 16.7., da hatte ich den Termin beim Augenarzt) alle bekommen habe, immer dienstags und
donnerstags. Es tut mir schon viel besser.

Herzliche Grüße
Ihre Gisela Neumann
""", staff=True, note="16.07. left out in parentheses")  # fmt: skip

    yes("ih24_brandt_abgebrochen.eml", 10, (1063, 1064, 1065, 1066),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"),
        "2026-08-01 12:30", request_subject(1067),
        """Moin,

die Termine am 3., 10., 17. und 24. Juli fanden statt. Am 31. Juli haben wir nach gut
zehn Minuten abgebrochen, weil mein Internet weg war. Wie wird das abgerechnet?

Lukas
""", reply="cr-1067", style="thunderbird", staff=True, extra=("technical", "question"),
        note="31.07. cut short: a date, not confirmed")  # fmt: skip

    yes("ih25_yildiz_wochentage.eml", 12, (1075, 1076, 1078, 1079),
        ("2026-08-05", "2026-08-12", "2026-08-26", "2026-09-02"), "2026-09-03 09:25",
        "Bestätigung",
        """Hallo,

ich bestätige folgende Telefontermine:
Mittwoch 5.8.
Mittwoch 12.8.
Mittwoch 26.8.
Mittwoch 2.9.

Danke und liebe Grüße
Fatma Yıldız
""", client="webde")  # fmt: skip

    yes("ih26_carter_august.eml", 11, (1069, 1070, 1071, 1072),
        ("2026-08-03", "2026-08-10", "2026-08-17", "2026-08-24"), "2026-08-24 14:02",
        request_subject(1072, "Re"),
        """Hello,

confirming my sessions on August 3rd, 10th, 17th and 24th - all of them took place.

Thanks so much,
Emily
""", client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip

    no("ih27_carter_how_many.eml", 11, ("question",), "2026-08-26 19:40",
        "Prescription question",
        """Hi,

quick question - how many sessions are left on my prescription after 7 September? My GP
wants to know whether she needs to write a new one before the end of September.

Best,
Emily Carter
""", client="gmail", note="question about remaining sessions")  # fmt: skip

    no("ih28_vogel_dienstreise.eml", 13, ("reschedule",), "2026-09-28 22:14",
        "Termin 08.10.",
        """Sehr geehrte Damen und Herren,

vom 5. bis 9. Oktober bin ich auf Dienstreise in Wien. Den Termin am 08.10. bitte auf die
Folgewoche verlegen, gern wieder früh morgens.

Mit freundlichen Grüßen
Dr. Michael Vogel

--
Dr. Michael Vogel
Vogel & Partner Rechtsanwälte mbB
Königsallee 12, 40212 Düsseldorf
Tel. +49 211 5550 1212
""", client="outlook", note="absence range, a session to move")  # fmt: skip

    yes("ih29_vogel_knapp.eml", 13, (1082, 1083, 1084, 1085),
        ("2026-09-10", "2026-09-17", "2026-09-24", "2026-10-01"), "2026-10-01 08:47",
        request_subject(1085),
        """Sitzungen 10.09., 17.09., 24.09. und 01.10. erfolgt.

Gruß
Vogel

--
Dr. Michael Vogel
Vogel & Partner Rechtsanwälte mbB
Königsallee 12, 40212 Düsseldorf
Tel. +49 211 5550 1212
""", client="outlook", reply="cr-1085", style="outlook")  # fmt: skip


def autumn() -> None:
    yes("ih30_lehmann_bis_gestern.eml", 14, (1087, 1088, 1089, 1090, 1091),
        ("2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29", "2026-10-06"),
        "2026-10-07 09:10", "Bestätigung Videotermine",
        """Liebes Team der Praxis Impulse,

die Videotermine vom 8.9. bis gestern haben alle stattgefunden. Sorry, dass ich nicht
jedes Mal einzeln antworte, das Semester hat angefangen.

Beste Grüße
Anna Lehmann
""")  # fmt: skip

    no("ih31_lehmann_krank.eml", 14, ("cancellation",), "2026-10-09 08:03",
        "Krankmeldung",
        """Hallo,

ich bin vom 12. bis 16. Oktober krankgeschrieben (Grippe) und schaffe den Termin am
13.10. leider nicht. Können wir danach normal weitermachen?

Beste Grüße
Anna Lehmann
""", note="sick-leave range and a session to cancel")  # fmt: skip

    no("ih32_zimmermann_offen.eml", 15, ("question",), "2026-10-27 10:11",
        "noch offene Termine?",
        """Guten Tag,

welche Termine habe ich denn jetzt noch? Der 26. ist ja bei Ihnen ausgefallen. Wird der
nachgeholt oder ist das Rezept dann mit dem 2.11. zu Ende?

Gruß Klaus Zimmermann
""", note="question which days are still open")  # fmt: skip

    yes("ih33_schaefer_buero.eml", 16, (1098, 1099, 1100, 1101),
        ("2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"), "2026-10-29 08:05",
        "Bestätigung Behandlungen Oktober / Absage 11.11.",
        """Sehr geehrte Damen und Herren,

hiermit bestätige ich die Behandlungen am 07.10., 14.10., 21.10. sowie 28.10.2026.

Den Termin am 11.11. muss ich leider absagen, an dem Abend habe ich eine
Mandantenbesprechung.

Mit freundlichen Grüßen

Birgit Schäfer
Steuerberaterin
Schäfer Steuerberatung
Tel. 0221 / 555 38 40
""", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        client="outlook", staff=True, extra=("cancellation",),
        note="second registered address; 11.11. to cancel")  # fmt: skip

    yes("ih34_zimmermann_gestern.eml", 15, (1093, 1094, 1095, 1097),
        ("2026-10-05", "2026-10-12", "2026-10-19", "2026-11-02"), "2026-11-03 09:50",
        "Bestätigung",
        """Guten Tag,

ich bestätige die Termine im Oktober (5., 12. und 19.10.) sowie gestern, den 2.11. Der
26.10. war ja von Ihrer Seite ausgefallen.

Gruß Klaus Zimmermann
""")  # fmt: skip

    yes("ih35_jansen_verschieben.eml", 17, (1104, 1105, 1106),
        ("2026-10-22", "2026-10-29", "2026-11-05"), "2026-11-06 17:40",
        "Termine + Frage",
        """Hey,

22.10., 29.10. und 5.11. waren alle super, danke! Die Übungen am Gerät klappen langsam.

Am 12.11. kann ich leider erst ab 11 Uhr, ginge das auch?

Grüße
Ole
""", client="gmail", staff=True, extra=("reschedule",),
        note="confirmation plus a wish to move 12.11.")  # fmt: skip

    no("ih36_nowak_lissabon.eml", 19, ("cancellation",), "2026-11-16 13:30",
        "Abwesenheit Ende November",
        """Hallo,

ich bin vom 23.11. bis 4.12. in Lissabon. Der Termin am 27.11. fällt deshalb aus, bitte
streichen. Danach gern weiter freitags um 8.

Viele Grüße
David Nowak
""", note="absence range and a session to cancel")  # fmt: skip

    yes("ih37_nowak_haelfte.eml", 19, (1116, 1118),
        ("2026-11-06", "2026-11-13", "2026-11-20"), "2026-11-21 10:00",
        "Kurze Bestätigung",
        """Hallo,

kurze Bestätigung für Fr 06.11., Fr 13.11. und Fr 20.11. – alle drei haben
stattgefunden. Den 13. haben wir allerdings nach der Hälfte beendet, weil mir der Rücken
zu sehr wehtat.

Viele Grüße
David Nowak
""", staff=True, note="13.11. cut short: a date, not confirmed")  # fmt: skip

    yes("ih38_hartmann_unter_erster.eml", 20, (1120, 1121, 1122, 1123),
        ("2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24"), "2026-11-25 22:47",
        request_subject(1120),
        """Hallo!

Sorry, dass ich erst jetzt antworte 🙈 Die Termine am 3., 10., 17. und 24.11. haben alle
stattgefunden.

Liebe Grüße, Leonie
""", client="webde", reply="cr-1120", style="webde")  # fmt: skip

    yes("ih39_wagner_ohne_tage.eml", 21, (), (), "2026-02-17 08:30",
        "Termine Januar und Februar",
        """Hallo,

alle Termine im Januar und Februar haben stattgefunden, bis auf den einen, den Sie
abgesagt hatten.

Viele Grüße
Sophie Wagner
""", staff=True, note="no days named: staff matches the months")  # fmt: skip

    yes("ih40_wagner_februar.eml", 21, (1128, 1129), ("2026-02-09", "2026-02-16"),
        "2026-02-16 11:15", request_subject(1129),
        """Hallo,

ja, heute hat stattgefunden, am 9. Februar auch. Danke!

Sophie
""", reply="cr-1129", style="webde")  # fmt: skip

    yes("ih41_carter_months_later.eml", 11, (1073, 1074), ("2026-08-31", "2026-09-07"),
        "2026-12-01 09:30", request_subject(1074, "Re"),
        """Hi,

so sorry for the very late reply, I only found this now while cleaning up my inbox! Yes,
the session on 7 September took place, and so did the one on 31 August.

Best wishes,
Emily
""", client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    from tools.corpus import blind_ih

    blind_ih.main()
