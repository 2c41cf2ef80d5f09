"""Blind set IR: a list of written days, then "the others" or "the rest".

Patients write out their last three to six sessions (dates, day and month names, weekdays
with dates, bullets, ranges, check marks) and say which of them took place by leaving some
out: "der 10.2. ist ausgefallen, die anderen haben stattgefunden", "bis auf den zweiten",
"der mittlere nicht", "zweimal hat es geklappt", "the rest were fine". Some replies stand
under our request for one of the days, some are new mails up to three weeks late; German
above all, some English, some learners' German. Ten look-alikes list days too: coming
sessions with one to move, a question which days are still open, "die anderen sage ich
ab", days to check on the bill.

Labelled strictly: `confirmed` holds only the patient's own scheduled, not yet confirmed
sessions plainly held in full whose day is clear from the mail's words and dates; `dates`
the days the mail says a session took place (also partly). A session left out, cut short
or cancelled, a count that does not fit the days written, "die anderen" without days
written, a day the practice has as cancelled, or anything unclear needs staff, and only
what is plain is confirmed.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_ir")


def one_left_out() -> None:
    yes(
        "ir01_krueger_zehnter_ausgefallen.eml",
        1,
        (1004, 1006),
        ("2026-02-03", "2026-02-17"),
        "2026-02-17 19:10",
        request_subject(1006),
        """Guten Abend,

ich fasse mal die letzten Wochen zusammen, damit Sie alles haben:
03.02., 10.02. und heute, 17.02.

Der 10.2. ist ausgefallen, da hatte ich den Termin beim Orthopäden, die anderen haben
alle stattgefunden.

Viele Grüße
Sabine Krüger
""",
        client="webde",
        reply="cr-1006",
        style="webde",
        staff=True,
        note="10.2. left out: only 3.2. and 17.2. held; the missing one is to enter",
    )
    yes(
        "ir02_becker_bis_auf_den_zweiten.eml",
        2,
        (1012, 1014, 1015),
        ("2026-02-09", "2026-02-16", "2026-02-19"),
        "2026-02-20 08:15",
        "Termine Februar",
        """Guten Morgen,

für Ihre Unterlagen meine letzten Telefontermine:

- Mo 09.02.
- Do 12.02.
- Mo 16.02.
- Do 19.02.

Bis auf den zweiten waren alle, am 12. bin ich im Büro hängen geblieben und hab
verpasst anzurufen. Sorry dafür.

Gruß
Thomas Becker
""",
        client="outlook",
        staff=True,
        note="the second (12.2.) missed; 9.2., 16.2., 19.2. held",
    )
    yes(
        "ir03_popescu_andere_alle_gemacht.eml",
        7,
        (1046, 1048, 1049, 1050),
        ("2026-06-02", "2026-06-16", "2026-06-23", "2026-06-30"),
        "2026-07-05 20:47",
        "Termine Juni",
        """Hallo Frau Praxis,

ich schreibe wegen die Bestätigung. Meine Termine war 2.6, 9.6, 16.6, 23.6, 30.6.
Ich war am 9.6 nicht da weil mein Sohn war krank und ich musste zum Kinderarzt.
Die andere alle gemacht, mit Video.

Danke und schöne Grüße
Elena Popescu
""",
        client="yahoo",
        staff=True,
        note="learner's German: 9.6. missed, the other four held",
    )
    yes(
        "ir04_brandt_uebrigen_drei.eml",
        10,
        (1064, 1065, 1066),
        ("2026-07-10", "2026-07-17", "2026-07-24"),
        "2026-07-24 18:30",
        request_subject(1066),
        """Hi,

passt, heute war gut. Und gleich für die letzten mit, weil ich glaube ich nicht auf alle
geantwortet hab: 3.7., 10.7., 17.7. und heute.
Der 3.7. war abgesagt (Urlaub, hatte ich am Telefon gesagt), die übrigen drei ja.

Lukas
""",
        client="gmail",
        reply="cr-1066",
        style="gmail",
        staff=True,
        note="3.7. cancelled by the patient by phone; 10.7., 17.7., 24.7. held",
    )
    yes(
        "ir05_carter_rest_fine.eml",
        11,
        (1069, 1071, 1072),
        ("2026-08-03", "2026-08-17", "2026-08-24"),
        "2026-08-24 13:10",
        request_subject(1072, "Re"),
        """Hi,

Happy to confirm today's session. Looking back over the month: Aug 3, Aug 10, Aug 17 and
today. I missed the 10th (completely forgot, sorry!), the rest were fine.

Best,
Emily
""",
        client="gmail",
        reply="cr-1072",
        style="gmail_en",
        staff=True,
        note="English: 10 Aug missed, 3, 17 and 24 Aug held",
    )
    yes(
        "ir06_vogel_bis_auf_dienstreise.eml",
        13,
        (1082, 1084, 1085),
        ("2026-09-03", "2026-09-10", "2026-09-24", "2026-10-01"),
        "2026-10-01 07:45",
        request_subject(1085),
        """Sehr geehrte Damen und Herren,

zur Abrechnung: 03.09., 10.09., 17.09., 24.09., 01.10.
Alle erfolgt bis auf 17.09. (Dienstreise).

Mit freundlichen Grüßen
Dr. M. Vogel
""",
        client="outlook",
        reply="cr-1085",
        style="outlook_classic",
        staff=True,
        note="17.9. left out; 3.9. was confirmed before, so 10.9., 24.9., 1.10. are recorded",
    )
    yes(
        "ir07_lehmann_letzten_abgesagt.eml",
        14,
        (1087, 1088),
        ("2026-09-08", "2026-09-15"),
        "2026-09-23 09:12",
        request_subject(1089),
        """hallo,

8.9., 15.9., 22.9. -- die ersten zwei ja, den letzten hab ich abgesagt (hatte ich
morgens angerufen, war bei der Klausuraufsicht eingeteilt). also bitte den 22. nicht
abrechnen :)

lg anna
""",
        client="thunderbird",
        reply="cr-1089",
        style="thunderbird",
        bottom=True,
        staff=True,
        note="under the request for 22.9., which the patient says she cancelled",
    )
    yes(
        "ir08_nowak_dreizehnter_fiel_aus.eml",
        19,
        (1116, 1118, 1119),
        ("2026-11-06", "2026-11-20", "2026-11-27"),
        "2026-11-28 10:20",
        "Rückmeldung November",
        """Hallo,

kurze Rückmeldung zu November: 6., 13., 20., 27. – der 13. fiel aus, die anderen drei ja.

David Nowak
""",
        staff=True,
        note="13.11. left out, three held",
    )
    yes(
        "ir09_wagner_alle_anderen.eml",
        21,
        (1124, 1125, 1126, 1128, 1129),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"),
        "2026-02-17 21:30",
        "meine Termine Jan/Feb",
        """Hallo liebes Praxisteam,

ich hab gemerkt, dass ich noch keinen einzigen Termin bestätigt habe, oops. Also:

Montag 12.1.
Montag 19.1.
Montag 26.1.
Montag 2.2.
Montag 9.2.
Montag 16.2.

Am 2.2. war ja abgesagt, alle anderen fanden statt.

Liebe Grüße, Sophie Wagner
""",
        client="thunderbird",
        staff=True,
        note="2.2. left out (cancelled); five held",
    )


def with_counts() -> None:
    yes(
        "ir10_schulz_zweimal_geklappt.eml",
        5,
        (),
        (),
        "2026-05-10 17:55",
        "Termine April/Mai",
        """Hallo,

hier meine Termine zur Bestätigung: Donnerstag 16.4., 23.4., 30.4. und 7.5.
Zweimal hat es geklappt, am 23. war ich krank.

Viele Grüße
Marie Schulz
""",
        staff=True,
        note="four days, one missed, but 'zweimal': which two of the remaining three is unclear",
    )
    yes(
        "ir11_berger_uebrigen_fuenf.eml",
        24,
        (1142, 1143, 1145, 1147),
        ("2026-05-06", "2026-05-13", "2026-05-27", "2026-06-10"),
        "2026-06-11 11:40",
        "Behandlungen Mai/Juni",
        """Sehr geehrte Damen und Herren,

ich hatte folgende Termine bei Ihnen: 6. Mai, 13. Mai, 20. Mai, 27. Mai, 3. Juni und
10. Juni. Ausgefallen sind der 20. Mai (Krankenhaus) und der 3. Juni, die übrigen fünf
haben stattgefunden.

Mit freundlichen Grüßen
Ursula Berger
""",
        staff=True,
        note="two out of six left out but 'die übrigen fünf': count does not fit; the four "
        "written days not left out are each said held",
    )
    yes(
        "ir12_yildiz_alle_vier.eml",
        12,
        (1078, 1079, 1080),
        ("2026-08-26", "2026-09-02", "2026-09-09"),
        "2026-09-09 12:05",
        request_subject(1080),
        """Hallo,

26.8., 2.9. und heute 9.9. – alle vier Termine haben stattgefunden.

Gruß Fatma Yıldız
""",
        client="webde",
        reply="cr-1080",
        style="webde",
        staff=True,
        note="three days written, 'alle vier': count does not fit, the three written are held",
    )
    yes(
        "ir13_schaefer_zweimal_krank.eml",
        16,
        (1098, 1100),
        ("2026-10-07", "2026-10-21"),
        "2026-10-21 20:15",
        request_subject(1100),
        """Hallo, der 7., 14. und 21.10 – zweimal hat es geklappt, am 14. war ich krank.
LG Birgit

Von meinem Samsung Galaxy Smartphone gesendet
""",
        client="samsung",
        reply="cr-1100",
        style="samsung",
        staff=True,
        note="count fits: 7.10. and 21.10. held, 14.10. missed",
    )
    yes(
        "ir14_aydin_drei_mal.eml",
        22,
        (1132, 1134, 1135),
        ("2026-03-05", "2026-03-19", "2026-03-26"),
        "2026-03-27 19:02",
        "Termin",
        """Hallo,

Termin 5.3, 12.3, 19.3, 26.3 alles gemacht aber 12.3 nicht, ich arbeit an diese Tag.
Drei mal gemacht.

Mehmet Aydin
""",
        client="plain",
        staff=True,
        note="learner's German: 12.3. out, count three fits",
    )
    yes(
        "ir15_oneill_all_four_except.eml",
        23,
        (1136, 1137, 1139, 1140),
        ("2026-04-14", "2026-04-21", "2026-05-05", "2026-05-12"),
        "2026-05-13 08:05",
        request_subject(1140, "RE"),
        """Hello,

Confirming last night's session (12 May).

Also, for your records, since I don't think I answered the earlier emails: 14 April,
21 April, 28 April, 5 May - all four took place except 28 April, which I cancelled by
phone.

Kind regards,
James O'Neill
""",
        client="outlook",
        reply="cr-1140",
        style="outlook_en",
        staff=True,
        note="28 April cancelled by phone; 14, 21 April, 5 and 12 May held",
    )


def partial_or_cut_short() -> None:
    yes(
        "ir16_hoffmann_mittags_abgebrochen.eml",
        6,
        (1040, 1041, 1042, 1044),
        ("2026-05-04", "2026-05-11", "2026-05-18", "2026-05-26"),
        "2026-05-26 08:20",
        request_subject(1044),
        """Guten Morgen,

ja, heute hat stattgefunden. Damit Sie den Überblick haben:

04.05.
11.05.
18.05. (zweimal, morgens und mittags)
26.05.

Alles gut bis auf den 18. mittags, den mussten wir nach zehn Minuten abbrechen, weil mein
Zug einfuhr. Die anderen waren vollständig.

Peter Hoffmann
""",
        client="outlook",
        reply="cr-1044",
        style="outlook",
        staff=True,
        note="18.5. midday (1043) cut short: not confirmed; 18.5. morning and the rest held",
    )
    yes(
        "ir17_koch_nach_15_minuten.eml",
        18,
        (1109, 1110, 1111, 1113),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01", "2026-04-08"),
        "2026-04-08 17:30",
        request_subject(1113),
        """Sehr geehrte Damen und Herren,

ich bestätige Ihnen gern meine Behandlungen:
Mo. 23.3., Mi. 25.3., Mo. 30.3., Mi. 1.4., Mi. 8.4.

Am 1.4. mussten wir nach ungefähr 15 Minuten aufhören, weil der Pflegedienst kam.
Die anderen waren vollständig.

Freundliche Grüße
Renate Koch
""",
        client="tonline",
        reply="cr-1113",
        style="tonline",
        staff=True,
        note="1.4. cut short (date kept, not confirmed); the other four held",
    )
    yes(
        "ir18_carter_left_halfway.eml",
        11,
        (1071, 1072, 1074),
        ("2026-08-17", "2026-08-24", "2026-08-31", "2026-09-07"),
        "2026-09-08 09:30",
        "Sessions Aug/Sep",
        """Hi there,

just catching up on my confirmations:

- Mon 17 Aug
- Mon 24 Aug
- Mon 31 Aug
- Mon 7 Sep

The first two happened, on the 31st I had to leave halfway through (work call, sorry
again), and yesterday's was fine.

Thanks,
Emily Carter
""",
        client="gmail",
        staff=True,
        note="31 Aug cut short halfway; the other three held",
    )
    yes(
        "ir19_berger_heute_nur_kurz.eml",
        24,
        (1142, 1143),
        ("2026-05-06", "2026-05-13", "2026-05-20"),
        "2026-05-20 10:30",
        request_subject(1144),
        """Guten Tag,

6.5., 13.5. und 20.5. – die ersten beiden hatte ich Ihnen noch nicht bestätigt. Alle drei
haben stattgefunden, aber heute nur kurz, weil mir schwindelig wurde und ich mich hinlegen
musste.

Mit freundlichen Grüßen
U. Berger
""",
        client="outlook",
        reply="cr-1144",
        style="outlook",
        staff=True,
        note="20.5. only short: kept as date, not confirmed",
    )
    yes(
        "ir20_popescu_nicht_sicher.eml",
        7,
        (1048,),
        ("2026-06-16",),
        "2026-07-20 18:15",
        request_subject(1050),
        """Hallo,

Entschuldigung für späte Antwort, ich war im Urlaub in Rumänien.
Juni: 16.6 ja sicher. 23.6 und 30.6 ich glaube ja, aber ich bin nicht sicher, ich war
viel weg im Juni.

Elena
""",
        client="yahoo",
        reply="cr-1050",
        staff=True,
        note="three weeks late; only 16.6. sure, 23.6. and 30.6. doubtful",
    )


def plain_lists() -> None:
    yes(
        "ir21_demir_alle_vier.eml",
        3,
        (1019, 1020, 1021, 1022),
        ("2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25"),
        "2026-03-25 10:02",
        request_subject(1022),
        """Hallo,

4.3., 11.3., 18.3. und heute – alle vier haben stattgefunden. Danke!

Aylin
""",
        client="gmail",
        reply="cr-1022",
        style="gmail",
        note="plain: four days, all held",
    )
    yes(
        "ir22_richter_alle_drei.eml",
        8,
        (1051, 1052, 1053),
        ("2026-06-03", "2026-06-10", "2026-06-17"),
        "2026-06-17 19:05",
        request_subject(1053),
        """Mi 3.6. / Mi 10.6. / Mi 17.6. – alle drei haben stattgefunden 👍

Von meinem iPhone gesendet
""",
        client="iphone",
        reply="cr-1053",
        style="iphone",
        note="plain: all three held",
    )
    yes(
        "ir23_wolff_alle_drei.eml",
        4,
        (1028, 1029),
        ("2026-01-09", "2026-01-16", "2026-01-23"),
        "2026-01-23 15:10",
        request_subject(1029),
        """Guten Tag,

9.1., 16.1., 23.1. - alle drei fanden statt.

Mit freundlichem Gruß
Hans-Jürgen Wolff
""",
        client="tonline",
        reply="cr-1029",
        style="outlook_classic",
        note="9.1. was confirmed before; 16.1. and 23.1. recorded",
    )
    yes(
        "ir24_hartmann_dienstage_davor.eml",
        20,
        (1120, 1121, 1122),
        ("2026-11-03", "2026-11-10", "2026-11-17"),
        "2026-11-17 18:40",
        request_subject(1122),
        """Hallo, ja! Und die Dienstage davor (3. und 10.) auch, alle drei waren gut.

Viele Grüße
Leonie
""",
        client="iphone",
        reply="cr-1122",
        style="iphone",
        note="17.11. plus the Tuesdays 3.11. and 10.11., all held",
    )


def unclear_or_unwritten() -> None:
    yes(
        "ir25_wolff_der_mittlere_bei_vier.eml",
        4,
        (1030, 1033),
        ("2026-01-30", "2026-02-20"),
        "2026-02-21 10:45",
        "Telefontermine",
        """Sehr geehrte Damen und Herren,

betreffend meine Telefontermine: Freitag, 30. Januar, Freitag, 6. Februar,
Freitag, 13. Februar und Freitag, 20. Februar. Der mittlere nicht, da war ich bei
meinem Bruder in Kassel.

Mit freundlichem Gruß
Hans-Jürgen Wolff
""",
        client="tonline",
        staff=True,
        note="four days and 'der mittlere': 6.2. or 13.2. unclear; first and last held",
    )
    yes(
        "ir26_neumann_vorher_bestaetigt.eml",
        9,
        (1058, 1060, 1061),
        ("2026-07-14", "2026-07-21", "2026-07-23"),
        "2026-07-25 11:20",
        "Behandlungen Juli",
        """Liebe Damen,

ich möchte Ihnen die Termine vom 14. Juli, 16. Juli, 21. Juli und 23. Juli bestätigen.
Bis auf den 16. haben alle stattgefunden, da war ich bei meiner Tochter in Bremen.
Die anderen vorher hatte ich Ihnen schon bestätigt, glaube ich.

Herzliche Grüße
Gisela Neumann
""",
        staff=True,
        note="16.7. missed; 'die anderen vorher' (7.7., 9.7.) not written and not "
        "confirmed in the practice",
    )
    yes(
        "ir27_hartmann_die_anderen_auch.eml",
        20,
        (1123,),
        ("2026-11-24",),
        "2026-11-24 18:02",
        request_subject(1123),
        """Heute hat geklappt 😊 die anderen auch alle

Von meinem iPhone gesendet
""",
        client="iphone",
        reply="cr-1123",
        style="iphone",
        staff=True,
        note="'die anderen' without days written",
    )
    yes(
        "ir28_demir_maerz_auch.eml",
        3,
        (1024, 1025, 1026),
        ("2026-04-08", "2026-04-15", "2026-04-22"),
        "2026-04-23 09:15",
        "Termine April",
        """Hallo!

Also April: 1.4., 8.4., 15.4., 22.4.
Der 1. ist ja ausgefallen, die anderen hab ich alle gemacht. Und im März waren auch alle.

LG Aylin
""",
        client="gmail",
        staff=True,
        note="1.4. cancelled; 'im März waren auch alle' names no days",
    )
    yes(
        "ir29_hoffmann_andere_schon_bestaetigt.eml",
        6,
        (1044, 1045),
        ("2026-05-26", "2026-06-01"),
        "2026-06-01 09:00",
        request_subject(1045),
        """Hallo,

heute und der 26.5. ja. Die anderen im Mai hatte ich ja schon bestätigt (außer dem 18.
mittags, der ist ausgefallen).

Gruß P. Hoffmann
""",
        client="outlook",
        reply="cr-1045",
        style="outlook",
        staff=True,
        note="'die anderen im Mai' not written (and not confirmed in the practice)",
    )
    yes(
        "ir30_zimmermann_alle_fuenf.eml",
        15,
        (1093, 1094, 1095, 1097),
        ("2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02"),
        "2026-11-04 16:30",
        "Termine Oktober",
        """Guten Tag,

hiermit bestätige ich:
5.10. / 12.10. / 19.10. / 26.10. / 2.11.
Alle fünf haben stattgefunden.

K. Zimmermann
""",
        staff=True,
        note="26.10. is cancelled in the practice but said held: staff must look",
    )
    yes(
        "ir31_jansen_late_rest_took_place.eml",
        17,
        (1105, 1107, 1108),
        ("2026-10-29", "2026-11-12", "2026-11-19"),
        "2026-12-05 14:25",
        request_subject(1108, "Re"),
        """Hi,

sorry for the late reply – 29.10., 5.11., 12.11., 19.11.: the 5th was cancelled by me,
the rest took place.

Cheers
Ole
""",
        client="gmail",
        reply="cr-1108",
        style="gmail_en",
        staff=True,
        note="16 days late; 5.11. cancelled, three held",
    )
    yes(
        "ir32_schaefer_fuenf_von_sechs.eml",
        16,
        (1098, 1099, 1101, 1102, 1103),
        ("2026-10-07", "2026-10-14", "2026-10-28", "2026-11-04", "2026-11-11"),
        "2026-11-14 15:10",
        "Übersicht meiner Termine",
        """Hallo,

ich hab ehrlich gesagt den Überblick verloren, welche Bestätigungen Sie noch brauchen,
deshalb einmal alle:

Oktober: 7., 14., 21., 28.
November: 4. und 11.

Ausgefallen ist nur der am 21.10., die anderen fünf hatten wir.

Liebe Grüße
Birgit Schäfer
""",
        client="plain",
        staff=True,
        note="21.10. out, five held (count fits)",
    )
    yes(
        "ir33_krueger_haekchen.eml",
        1,
        (1007, 1009),
        ("2026-02-24", "2026-03-10"),
        "2026-03-10 11:05",
        request_subject(1009),
        """Fürs Protokoll:
24.2. ✔
3.3. ✘ (krank)
10.3. ✔

LG S. Krüger

Von meinem iPhone gesendet
""",
        client="iphone",
        reply="cr-1009",
        style="iphone",
        staff=True,
        note="check marks: 3.3. missed",
    )
    yes(
        "ir34_brandt_jeden_freitag.eml",
        10,
        (1064, 1065, 1066, 1068),
        ("2026-07-10", "2026-07-17", "2026-07-24", "2026-08-07"),
        "2026-08-09 12:00",
        "Bestätigung Juli/August",
        """Hey,

vom 10.7. bis 7.8. jeden Freitag – bis auf den 31.7. waren alle. Da hatte ich Migräne,
hatte ich aber Ihrer Kollegin gesagt.

Lukas Brandt
""",
        client="gmail",
        staff=True,
        note="range of Fridays; 31.7. left out",
    )


def look_alikes() -> None:
    no(
        "ir35_schaefer_einen_verschieben.eml",
        16,
        ("reschedule",),
        "2026-10-20 12:30",
        "Termine verschieben",
        """Hallo,

meine nächsten Termine sind ja der 21.10., 28.10., 4.11. und 11.11. Den 28. müsste ich
leider verschieben (Elternabend), die anderen passen alle. Geht vielleicht der Donnerstag
in der Woche?

LG Birgit Schäfer
""",
        note="coming sessions, one to move",
    )
    no(
        "ir36_nowak_welche_noch_offen.eml",
        19,
        ("question",),
        "2026-11-21 09:40",
        "Frage zu meinen Terminen",
        """Hallo,

ich hab bei mir im Kalender 6.11., 13.11., 20.11. und 27.11. stehen. Welche davon sind
eigentlich noch offen bzw. brauchen Sie von mir noch eine Bestätigung?

Danke, David Nowak
""",
        note="asks which listed days are still open; says none took place",
    )
    no(
        "ir37_neumann_die_anderen_sage_ich_ab.eml",
        9,
        ("cancellation",),
        "2026-07-13 16:05",
        "Absage",
        """Liebe Damen,

ich habe noch die Termine am 14., 16., 21. und 23. Juli. Den 14. schaffe ich noch, die
anderen sage ich ab, wir fahren zur Kur nach Bad Füssing.

Herzliche Grüße
Gisela Neumann
""",
        note="16., 21., 23.7. to cancel; nothing held",
    )
    no(
        "ir38_becker_rechnung_pruefen.eml",
        2,
        ("question",),
        "2026-03-10 18:20",
        "Rechnung Februar",
        """Guten Tag,

auf Ihrer Rechnung für Februar stehen 02.02., 05.02., 09.02., 12.02. und 16.02.
Können Sie die Tage bitte noch mal prüfen? Ich meine, einer davon war ausgefallen, weiß
aber nicht mehr welcher.

Gruß
Thomas Becker
""",
        client="outlook",
        note="days to check on the bill",
    )
    no(
        "ir39_carter_which_still_open.eml",
        11,
        ("question",),
        "2026-08-25 19:30",
        "Upcoming sessions",
        """Hi,

could you tell me which of these are still on: Mon 31 Aug, Mon 7 Sep? And is there
anything booked after that? My prescription should cover six.

Thanks,
Emily
""",
        client="gmail",
        note="coming sessions, a question",
    )
    no(
        "ir40_lehmann_dreizehnten_verlegen.eml",
        14,
        ("reschedule",),
        "2026-10-01 14:10",
        "termine oktober",
        """hallo,

ich hab im oktober noch di 6.10. und di 13.10. -- den 13. würde ich gern auf donnerstag
legen wenn das geht, der 6. bleibt so.

lg anna lehmann
""",
        client="thunderbird",
        note="one of two coming sessions to move",
    )
    no(
        "ir41_jansen_cancel_the_others.eml",
        17,
        ("cancellation",),
        "2026-11-10 08:50",
        "Termine November",
        """Hallo,

den 12.11. nehme ich noch wahr, die anderen sage ich ab – ich bin ab dem 16. für ein
paar Wochen in Norwegen auf Montage.

Ole Jansen
""",
        client="gmail",
        note="'die anderen' (19.11.) cancelled; nothing held",
    )
    no(
        "ir42_vogel_rechnung_dienstreise.eml",
        13,
        ("question",),
        "2026-10-15 07:20",
        "Rechnung Nr. 2026-0913",
        """Sehr geehrte Damen und Herren,

die o. g. Rechnung führt den 03.09., 10.09., 17.09., 24.09., 01.10. und 08.10. auf.
Bitte prüfen Sie den 17.09. sowie den 08.10.; ich meine, an beiden Tagen war ich auf
Reisen.

Mit freundlichen Grüßen
Dr. M. Vogel
""",
        client="outlook",
        note="bill query; holds no statement that sessions took place",
    )
    no(
        "ir43_hartmann_nach_dem_24.eml",
        20,
        ("question",),
        "2026-11-23 17:30",
        reminder_subject(1123),
        """Danke für die Erinnerung, morgen passt! Welche Termine hab ich danach eigentlich
noch? Ich hab nur noch den 24. im Kalender und dachte es wären sechs insgesamt.

Leonie
""",
        client="webde",
        reply="rem-1123",
        style="webde",
        note="a question about coming sessions",
    )
    no(
        "ir44_brandt_august_verlegen.eml",
        10,
        ("reschedule",),
        "2026-07-29 21:00",
        video_link_subject(1067),
        """Hi, Link für den 31.7. hab ich, danke. Können wir den 7.8. und die anderen im
August auf 17 Uhr legen? Um 16 Uhr bin ich ab August noch auf der Arbeit.

Lukas
""",
        client="gmail",
        reply="vl-1067",
        style="gmail",
        note="coming sessions to move",
    )


def main() -> None:
    load_practice()
    one_left_out()
    with_counts()
    partial_or_cut_short()
    plain_lists()
    unclear_or_unwritten()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
