"""Blind set IF: sessions confirmed all together, with one or two left out.

Forty mails of patients who confirm several treatments at once (a list of days, a month,
a range, "alle bisherigen", "die drei davor", "seit Anfang des Monats") and leave out one
or two of them ("außer", "bis auf", "ausgenommen", "mit Ausnahme", "abgesehen von", "nur
nicht", "except", "apart from", "other than", "but not"). The day left out is named by
date, by day number, by weekday, by "gestern"/"letzte Woche", by a holiday or by what
happened; the reason stands before or after it, between dashes or in parentheses, the
exception first, in the middle, at the end or in a sentence of its own. Replies under our
confirmation request and new mails, on the day or weeks late, German, English and
learners' German. Ten look-alikes: "alle außer ..." about coming sessions, days to cancel,
questions which sessions are still open, and exceptions that leave nothing plain.

Labels: `confirmed` holds only the sessions a careful employee can tell from the mail's
Date and words were held in full (the patient's own, scheduled, not yet confirmed); the
day left out is never confirmed, and every mail with an exception needs staff. `dates`
are the days the mail says a session took place, also when it names them as a month, a
range or "alle bisherigen" (then the days of those sessions) and also a session cut short;
never the days of cancellations, missed sessions or coming ones.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
Run from the repository root: `python -m tools.corpus.blind_if`.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_if")


def lists_of_days() -> None:
    yes(
        "if01_krueger_list_dash.eml",
        1,
        [1003, 1004, 1005, 1007],
        ["2026-01-27", "2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24"],
        "2026-02-24 12:15",
        request_subject(1007),
        """\
Guten Tag,

hiermit bestätige ich die Behandlungen vom 27.01., 03.02., 10.02. und heute, 24.02.

Den 17.02. bitte nicht – da hat meine Kamera gestreikt und wir haben es nach ein paar
Minuten gelassen.

Freundliche Grüße
Sabine Krüger
""",
        client="webde",
        reply="cr-1007",
        style="webde",
        staff=True,
        note="17.02. cut short after a few minutes: a day of a session, not confirmed",
    )

    yes(
        "if02_schulz_list_separate.eml",
        5,
        [1036, 1038, 1039],
        ["2026-04-30", "2026-05-21", "2026-05-28"],
        "2026-05-28 19:20",
        request_subject(1039),
        """\
Hallo, heute hat geklappt (28.5.), der 21. und der 30.4. auch. Den 7. Mai bitte nicht, da
war ich krank 🤒

LG Marie

Von meinem iPhone gesendet
""",
        client="iphone",
        reply="cr-1039",
        style="iphone",
        staff=True,
        note="7 May missed (ill); 23 April not named",
    )

    yes(
        "if03_lehmann_list_own_sentence.eml",
        14,
        [1087, 1088, 1089, 1091, 1092],
        ["2026-09-08", "2026-09-15", "2026-09-22", "2026-10-06", "2026-10-13"],
        "2026-10-14 08:47",
        "Bestätigung meiner Termine September/Oktober",
        """\
Liebes Praxisteam,

ich war ein bisschen im Verzug mit den Bestätigungen, daher gesammelt: Die Termine am
8.9., 15.9., 22.9., 6.10. und gestern (13.10.) haben stattgefunden.

Der 29.9. nicht. Da war ich auf einer Tagung in Leipzig und hatte leider vergessen
abzusagen. Falls da eine Ausfallgebühr anfällt, geben Sie mir Bescheid.

Viele Grüße
Anna Lehmann

--
Anna Lehmann
Institut für Sportwissenschaft
Universität Beispiel
""",
        client="thunderbird",
        staff=True,
        note="29.09. missed without cancelling",
    )

    yes(
        "if04_brandt_weeks_late_list.eml",
        10,
        [1063, 1064, 1066, 1067, 1068],
        ["2026-07-03", "2026-07-10", "2026-07-24", "2026-07-31", "2026-08-07"],
        "2026-08-28 10:12",
        "Aufstellung Videotermine Juli/August",
        """\
Moin,

meine Versicherung will eine Aufstellung. Ich bestätige hiermit die Videotermine
03.07., 10.07., 24.07., 31.07. und 07.08.2026.

Der 17.07. fehlt absichtlich, der ist ausgefallen (Therapeut krank) – falls der bei Ihnen
noch drinsteht, bitte rausnehmen. Können Sie mir eine Rechnung über die fünf schicken?

Gruß
Lukas Brandt
""",
        staff=True,
        extra=("question",),
        note="17.07. fell through (therapist ill)",
    )

    yes(
        "if05_nowak_but_not.eml",
        19,
        [1116, 1117, 1119],
        ["2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"],
        "2026-11-28 10:03",
        "Confirmation of sessions",
        """\
Hello,

Confirming my manual therapy video sessions on 6, 13 and 27 November, but not the 20th –
my camera didn't work and we did about ten minutes over the phone before calling it off.

Regards,
David Nowak
""",
        staff=True,
        note="20 Nov cut short after ten minutes",
    )


def months_and_ranges() -> None:
    yes(
        "if06_becker_since_start_of_month.eml",
        2,
        [1010, 1011, 1012, 1014, 1015],
        ["2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19"],
        "2026-02-20 08:10",
        "Bestätigung Februar",
        """\
Sehr geehrte Damen und Herren,

für die Abrechnung bestätige ich alle Telefontermine seit Anfang des Monats, mit Ausnahme
des Donnerstags letzte Woche: da musste ich nach zehn Minuten abbrechen, weil mein Chef
anrief. Den würde ich gern nachholen, wenn das geht.

Mit freundlichen Grüßen
Thomas Becker
""",
        client="outlook",
        staff=True,
        extra=("reschedule",),
        note="Thursday of last week = 12.02., cut short; 2.-19.02. otherwise",
    )

    yes(
        "if07_demir_range_cancelled_by_you.eml",
        3,
        [1019, 1020, 1021, 1022, 1024, 1025],
        ["2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25", "2026-04-08", "2026-04-15"],
        "2026-04-15 10:24",
        request_subject(1025),
        """\
hallo, ja hat heute stattgefunden (15.4.)

und wenn ich schon dabei bin: die davor auch alle, also 4.3. bis 8.4., bis auf den
1. april natürlich, den hatten sie ja abgesagt

lg aylin
""",
        client="gmail",
        reply="cr-1025",
        style="gmail",
        staff=True,
        note="1 April cancelled by the practice",
    )

    yes(
        "if08_wolff_jan_feb_ausgenommen.eml",
        4,
        [1028, 1029, 1031, 1032, 1033],
        ["2026-01-09", "2026-01-16", "2026-01-23", "2026-02-06", "2026-02-13", "2026-02-20"],
        "2026-02-23 18:40",
        "Bestätigung Behandlungen",
        """\
Sehr geehrte Damen und Herren,

hiermit bestätige ich Ihnen, daß die telefonischen Behandlungen im Januar und Februar
stattgefunden haben. Ausgenommen ist der Termin am Freitag, den 30. Januar, an dem ich zur
Untersuchung im Krankenhaus war. Da hat mich niemand erreicht.

Mit freundlichen Grüßen

H.-J. Wolff
""",
        client="tonline",
        staff=True,
        note="30 Jan missed; 9 Jan was confirmed before, not recorded again",
    )

    yes(
        "if09_hoffmann_may_abgesehen.eml",
        6,
        [1040, 1041, 1042, 1044, 1045],
        ["2026-05-04", "2026-05-11", "2026-05-18", "2026-05-26", "2026-06-01"],
        "2026-06-01 09:05",
        "Termine Mai - Beihilfe",
        """\
Guten Morgen,

kurz zur Abrechnung für die Beihilfe: Alle Termine im Mai haben stattgefunden, abgesehen
von der Manuellen Therapie am 18.5. mittags - die habe ich schlicht vergessen, tut mir
leid. Die Gerätetherapie am selben Morgen war aber. Heute früh (1.6.) ebenfalls.

Gruß
P. Hoffmann
""",
        client="outlook",
        staff=True,
        note="18.05.: KGG 07:30 held, MT 12:30 missed; the day stays a session day",
    )

    yes(
        "if10_vogel_since_between_dashes.eml",
        13,
        [1082, 1083, 1085, 1086],
        ["2026-09-10", "2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08"],
        "2026-10-08 09:10",
        request_subject(1086),
        """\
Sehr geehrte Damen und Herren,

ich bestätige die Behandlung vom heutigen Tag (08.10.2026) sowie – mit Ausnahme des
24.09., an dem ich die Sitzung wegen eines dringenden Mandantentermins nach einer
Viertelstunde beenden musste – sämtliche Behandlungen seit dem 10.09.

Mit freundlichen Grüßen

Dr. Michael Vogel
Rechtsanwalt

Vogel & Partner Rechtsanwälte mbB
Tel. 0221 4478 200
""",
        client="outlook",
        reply="cr-1086",
        style="outlook_classic",
        staff=True,
        note="24.09. ended after a quarter of an hour",
    )

    yes(
        "if11_schaefer_business_range_ausgenommen.eml",
        16,
        [1098, 1099, 1100, 1101, 1103],
        ["2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28", "2026-11-11"],
        "2026-11-12 07:55",
        "Videobehandlungen Oktober/November",
        """\
Guten Morgen,

ich bestätige Ihnen hiermit sämtliche Videotermine vom 07.10. bis einschließlich gestern,
ausgenommen Mittwoch, den 04.11. (kurzfristig krank, hatte telefonisch abgesagt).

Freundliche Grüße
Birgit Schäfer

Schäfer Steuerberatung
""",
        client="outlook",
        staff=True,
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="04.11. cancelled by phone, not yet entered; sent from her second address",
    )

    yes(
        "if12_wagner_months_late_two.eml",
        21,
        [1124, 1125, 1126, 1128],
        ["2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"],
        "2026-03-20 16:45",
        "Bestätigung Videotermine Januar/Februar",
        """\
Hallo liebes Praxis-Team,

die Krankenkasse hat nachgefragt, deshalb hier nochmal schriftlich: Ich bestätige alle
meine Videotermine von Januar bis Mitte Februar, mit Ausnahme des 2. Februar (den hatten
Sie abgesagt) und des 16. Februar, da war ich nur die erste Viertelstunde dabei, dann kam
mein Sohn mit Fieber aus der Kita.

Liebe Grüße
Sophie Wagner
""",
        staff=True,
        note="2 Feb cancelled by the practice; 16 Feb cut short",
    )

    yes(
        "if13_carter_august_except.eml",
        11,
        [1069, 1070, 1072, 1073],
        ["2026-08-03", "2026-08-10", "2026-08-17", "2026-08-24", "2026-08-31"],
        "2026-08-31 14:05",
        request_subject(1073, "Re"),
        """\
Hi there,

Yes, today's session (31 August) took place. While I'm at it, I can confirm all my August
sessions except the one on the 17th - I had to leave after about 15 minutes because of a
work emergency, so please don't bill that one as a full session.

Best,
Emily
""",
        client="gmail",
        reply="cr-1073",
        style="gmail_en",
        staff=True,
        note="17 Aug cut short",
    )

    yes(
        "if14_carter_weeks_late_apart_from.eml",
        11,
        [1069, 1070, 1072, 1073, 1074],
        ["2026-08-03", "2026-08-10", "2026-08-17", "2026-08-24", "2026-08-31", "2026-09-07"],
        "2026-09-21 20:30",
        "Session confirmations",
        """\
Hi,

I've just realised I never answered most of your confirmation emails, sorry! Every session
from the first one in August up to the last one on 7 September went ahead, apart from the
one I had to leave early (the 17th, the work emergency).

Thanks and all the best,
Emily Carter
""",
        client="gmail",
        staff=True,
        note="17 Aug left early, named by what happened",
    )


def all_so_far_and_the_others() -> None:
    yes(
        "if15_yildiz_all_but_cancelled.eml",
        12,
        [1075, 1076, 1078, 1079],
        ["2026-08-05", "2026-08-12", "2026-08-26", "2026-09-02"],
        "2026-09-03 08:20",
        "Bestätigung",
        """\
Hallo,

ich bestätige alle bisherigen Termine außer dem, den Sie abgesagt hatten.

Mit freundlichen Grüßen
Fatma Yıldız
""",
        client="webde",
        staff=True,
        note="all up to 02.09. but 19.08., cancelled by the practice",
    )

    yes(
        "if16_berger_die_anderen_nur_nicht.eml",
        24,
        [1142, 1143, 1145, 1146, 1147],
        ["2026-05-06", "2026-05-13", "2026-05-27", "2026-06-03", "2026-06-10"],
        "2026-06-10 10:40",
        request_subject(1147),
        """\
Sehr geehrte Damen und Herren,
ja, heute (10.6.) fand statt. Die anderen auch, nur nicht am 20. Mai, da war Stromausfall
bei uns und das Telefon ging nicht.
Mit freundlichen Grüßen
Ursula Berger
""",
        reply="cr-1147",
        style="thunderbird",
        bottom=True,
        staff=True,
        note="20 May missed (power cut); 'die anderen' = her other sessions so far",
    )

    yes(
        "if17_zimmermann_october_bis_auf.eml",
        15,
        [1093, 1094, 1095, 1097],
        ["2026-10-05", "2026-10-12", "2026-10-19", "2026-11-02"],
        "2026-11-02 13:40",
        request_subject(1097),
        """\
Bestätigt, heute 2.11. Telefon-KG hat stattgefunden. Die Oktober-Termine ebenfalls bis
auf den 26., der war ja von Ihrer Seite abgesagt.
Gruß K. Zimmermann

Von meinem Samsung Galaxy Smartphone gesendet
""",
        client="samsung",
        reply="cr-1097",
        style="samsung",
        staff=True,
        note="26 Oct cancelled by the practice",
    )

    yes(
        "if18_jansen_last_week_partial.eml",
        17,
        [1104, 1105, 1106, 1108],
        ["2026-10-22", "2026-10-29", "2026-11-05", "2026-11-12", "2026-11-19"],
        "2026-11-19 11:52",
        request_subject(1108),
        """\
Moin!

Passt, heute war. Und die anderen vier auch, nur nicht letzte Woche - da hab ich mich ja
erst 10 min nach Beginn eingeloggt und wir haben nur noch die Hälfte geschafft.

Gruß Ole
""",
        client="gmail",
        reply="cr-1108",
        style="gmail",
        staff=True,
        note="last week = 12.11., half a session",
    )

    yes(
        "if19_koch_easter_wednesday.eml",
        18,
        [1109, 1110, 1111, 1113, 1114],
        ["2026-03-23", "2026-03-25", "2026-03-30", "2026-04-08", "2026-04-13"],
        "2026-04-14 09:30",
        request_subject(1114),
        """\
Guten Morgen,

die Behandlung gestern hat stattgefunden. Ebenso alle seit dem 23. März, bis auf den
Mittwoch vor Ostern – da hatte ich kurzfristig abgesagt, weil meine Tochter zu Besuch
kam.

Mit freundlichen Grüßen
Renate Koch
""",
        client="tonline",
        reply="cr-1114",
        style="tonline",
        staff=True,
        note="Wednesday before Easter = 01.04., cancelled at short notice",
    )

    yes(
        "if20_schaefer_three_before_phone.eml",
        16,
        [1098, 1100, 1101],
        ["2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"],
        "2026-10-29 07:10",
        request_subject(1101),
        """\
Hallo,

gestern (28.10.) hat stattgefunden, die drei davor auch – mit Ausnahme vom 14., da sind
wir wegen meines Internets nach der Hälfte aufs Telefon umgestiegen. Keine Ahnung, ob
Sie das so abrechnen können.

Viele Grüße
Birgit Schäfer
""",
        client="webde",
        reply="cr-1101",
        style="webde",
        staff=True,
        note="14.10. half video, half phone: not plainly held as booked",
    )

    yes(
        "if21_lehmann_first_ten_minutes.eml",
        14,
        [1088, 1089],
        ["2026-09-08", "2026-09-15", "2026-09-22"],
        "2026-09-22 15:20",
        request_subject(1089, "Re"),
        """\
Hallo,

ja, heute hat stattgefunden. Die beiden Termine davor auch, ausgenommen die ersten zehn
Minuten am 8.9., da hatte ich Probleme mit dem Mikro.

Anna Lehmann
""",
        client="thunderbird",
        reply="cr-1089",
        style="thunderbird",
        bottom=True,
        staff=True,
        note="08.09. lost its first ten minutes: not held in full",
    )


def exception_first_and_learners() -> None:
    yes(
        "if22_popescu_reply_aber_nicht.eml",
        7,
        [1046, 1048, 1049],
        ["2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23"],
        "2026-06-24 07:45",
        request_subject(1049),
        """\
Guten Tag,

ich bestatige die Behandlung am 23.06. Auch die andere Behandlungen von Juni ich
bestatige, aber nicht die 9. Juni, weil die Internet war kaputt und wir haben nur 10
Minuten gemacht.

Vielen Dank
Elena Popescu
""",
        client="yahoo",
        reply="cr-1049",
        style="yahoo",
        staff=True,
        note="9 June ten minutes only",
    )

    yes(
        "if23_popescu_exception_first.eml",
        7,
        [1046, 1048, 1049, 1050],
        ["2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23", "2026-06-30"],
        "2026-07-01 09:00",
        "Bestatigung Termine Juni",
        """\
Hallo,

eine Ausnahme zuerst: 9. Juni war nicht komplett (Internet Problem, nur 10 Minuten).
Alle andere Termine in Juni waren gut und ich mochte sie bestatigen.

Danke!
Elena
""",
        client="yahoo",
        staff=True,
        note="exception first; 9 June partly",
    )

    yes(
        "if24_aydin_reply_ausser.eml",
        22,
        [1130, 1131, 1133, 1134],
        ["2026-02-19", "2026-02-26", "2026-03-12", "2026-03-19"],
        "2026-03-19 14:25",
        request_subject(1134),
        """\
Hallo,

heute Termin war ok. Auch alle anderen Termine ok, ausser 5. März, da hatte ich Arbeit
und konnte nicht Telefon abnehmen.

Danke
Mehmet Aydin
""",
        client="outlook",
        reply="cr-1134",
        style="outlook",
        staff=True,
        note="5 March missed",
    )

    yes(
        "if25_aydin_since_march_two.eml",
        22,
        [1133, 1134],
        ["2026-03-12", "2026-03-19"],
        "2026-03-27 17:25",
        "Termine März",
        """\
Sehr geehrte Damen und Herren

ich bestätige alle Termine seit Anfang März. Nur nicht 5. März und gestern, gestern ich
war bei Krankenhaus mit mein Vater, Telefon war aus.

Mfg
Mehmet Aydın
""",
        staff=True,
        note="5.3. and yesterday (26.3.) missed",
    )

    yes(
        "if26_becker_two_exceptions_bottom.eml",
        2,
        [1010, 1011, 1012, 1014, 1015, 1017, 1018],
        [
            "2026-02-02",
            "2026-02-05",
            "2026-02-09",
            "2026-02-12",
            "2026-02-16",
            "2026-02-19",
            "2026-02-26",
            "2026-03-02",
        ],
        "2026-03-03 07:50",
        request_subject(1018),
        """\
Bestätige den gestrigen Termin (2.3.).

Bei der Gelegenheit: von den Februar-Terminen sind alle gelaufen bis auf den 12.2.
(abgebrochen, hatte ich ja schon geschrieben) und den 23.2., den hatte ich vormittags
telefonisch abgesagt.

Gruß
Thomas Becker
""",
        client="thunderbird",
        reply="cr-1018",
        style="thunderbird",
        bottom=True,
        staff=True,
        note="12.02. cut short, 23.02. cancelled by phone",
    )

    yes(
        "if27_oneill_other_than.eml",
        23,
        [1136, 1137, 1138, 1140, 1141],
        ["2026-04-14", "2026-04-21", "2026-04-28", "2026-05-05", "2026-05-12", "2026-05-19"],
        "2026-05-20 08:15",
        request_subject(1141, "RE"),
        """\
Good morning,

Happy to confirm last night's call (19 May). For your records, the other sessions from
14 April onward all went ahead as planned, other than the 5th of May, which was cut short
after twenty minutes when my phone died. You may want to bill that one differently.

Kind regards,
James O'Neill
""",
        client="outlook",
        reply="cr-1141",
        style="outlook_en",
        staff=True,
        note="5 May cut short",
    )

    yes(
        "if28_richter_all_five_bis_auf.eml",
        8,
        [1051, 1052, 1054, 1055],
        ["2026-06-03", "2026-06-10", "2026-06-17", "2026-06-24", "2026-07-01"],
        "2026-07-02 21:30",
        "Bestätigung MT-Termine",
        """\
Hi,

ich hab gemerkt, dass ich auf eure Bestätigungsmails nie geantwortet hab 🙈 Also: alle
fünf Termine haben stattgefunden (3.6. bis 1.7.), bis auf den 17.6. – da hat die
Therapeutin nach 20 Minuten abgebrochen, weil das Video ständig hing. Müsst ihr den
anders abrechnen?

Jonas
""",
        client="apple",
        staff=True,
        extra=("question",),
        note="17.06. stopped after 20 minutes",
    )

    yes(
        "if29_neumann_july_dienstag.eml",
        9,
        [1056, 1057, 1058, 1059, 1061],
        ["2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16", "2026-07-23"],
        "2026-07-23 11:30",
        request_subject(1061),
        """\
Liebe Praxis,

heute war die Behandlung, danke. Die anderen im Juli hatten auch alle stattgefunden außer
am Dienstag (21.), da hatte ich Ihnen ja telefonisch abgesagt wegen Zahnarzt.

Viele Grüße
Gisela Neumann
""",
        reply="cr-1061",
        style="thunderbird",
        staff=True,
        extra=("cancellation",),
        note="Tuesday 21.07. cancelled by phone, still scheduled",
    )

    yes(
        "if30_hartmann_abgesehen_vom.eml",
        20,
        [1120, 1122, 1123],
        ["2026-11-03", "2026-11-17", "2026-11-24"],
        "2026-11-24 18:50",
        request_subject(1123),
        """\
Hallo! Heute hat alles geklappt 😊 Die Termine am 3. und 17. auch, abgesehen vom 10. – da
bin ich gar nicht reingekommen, der Code ging bei mir nicht.

Liebe Grüße
Leonie

Von meinem iPhone gesendet
""",
        client="iphone",
        reply="cr-1123",
        style="iphone",
        staff=True,
        note="10.11. never connected",
    )


def look_alikes() -> None:
    no(
        "if31_demir_which_still_open.eml",
        3,
        ("question",),
        "2026-04-27 19:05",
        "Welche Termine fehlen noch?",
        """\
Hallo,

können Sie mir sagen, welche Termine bei Ihnen noch nicht bestätigt sind? Ich glaube, ich
habe alle bestätigt außer vielleicht dem 22.4., bin mir aber nicht sicher.

Danke und lg
Aylin Demir
""",
        client="gmail",
        note="asks which are open; confirms nothing",
    )

    no(
        "if32_nowak_coming_except.eml",
        19,
        ("reschedule",),
        "2026-11-04 18:20",
        "November sessions",
        """\
Hi,

Just to let you know I can make all the November sessions except the 20th - I'll be on a
business trip that week. Could we move that one, maybe to the Monday after?

Thanks,
David
""",
        note="coming sessions; asks to move 20 Nov",
    )

    no(
        "if33_jansen_cancel_list.eml",
        17,
        ("cancellation",),
        "2026-11-02 07:40",
        "Termine absagen",
        """\
Moin,

bitte die Termine am 5.11. und 12.11. streichen, ich bin die zwei Wochen auf Montage.
Alle anderen bleiben wie gehabt, also auch der 19.

Gruß Ole Jansen
""",
        client="gmail",
        note="two coming sessions to cancel",
    )

    no(
        "if34_brandt_nothing_plain.eml",
        10,
        ("question",),
        "2026-07-25 12:10",
        "Bestätigung Juli",
        """\
Hallo,

ich bestätige alle Termine im Juli, außer denen, bei denen die Verbindung so schlecht
war – das waren zwei oder drei, ich weiß nicht mehr genau welche. Können Sie nachschauen,
was der Therapeut notiert hat? Dann bestätige ich den Rest.

Gruß
Lukas Brandt
""",
        note="the exception leaves no July session plain",
    )

    no(
        "if35_wolff_coming_ausgenommen.eml",
        4,
        ("reschedule",),
        "2026-02-10 10:30",
        "Terminzeiten",
        """\
Sehr geehrte Damen und Herren,

ich möchte Sie bitten, meine weiteren Termine auf 15 Uhr zu legen, ausgenommen den
20.2., da passt 14 Uhr wie gehabt.

Mit freundlichen Grüßen
H.-J. Wolff
""",
        client="tonline",
        note="coming sessions, moved except one",
    )

    no(
        "if36_yildiz_question_cancelled.eml",
        12,
        ("question",),
        "2026-08-27 16:15",
        "Frage zum 19.8.",
        """\
Hallo,

ich habe jetzt alles bestätigt bis auf den 19.8., den haben ja Sie abgesagt. Wird der
hinten angehängt oder muss ich einen neuen Termin ausmachen?

Viele Grüße
Fatma Yıldız
""",
        client="webde",
        note="earlier confirmations, a question about the cancelled one",
    )

    no(
        "if37_wagner_coming_confirm_except.eml",
        21,
        ("cancellation",),
        "2026-01-25 20:40",
        "Meine nächsten Termine",
        """\
Hallo,

ich bestätige Ihnen meine nächsten Termine, also alle bis Mitte Februar, außer dem 2.2.,
da bin ich im Skiurlaub.

Liebe Grüße
Sophie Wagner
""",
        note="coming sessions 'confirmed'; 2 Feb cancelled (already entered)",
    )

    no(
        "if38_aydin_which_one.eml",
        22,
        ("question",),
        "2026-03-13 09:50",
        "Termine",
        """\
Hallo,

ich habe alle Termine gemacht, nur eine nicht, ich weiß nicht mehr welche, Februar oder
März. Können Sie gucken bitte?

Danke
Mehmet
""",
        client="outlook",
        note="one of four missed, not which: nothing plain",
    )

    no(
        "if39_berger_cancel_june_except.eml",
        24,
        ("cancellation",),
        "2026-05-25 17:05",
        "Termine Juni",
        """\
Sehr geehrte Damen und Herren,

den Termin am 3.6. kann ich Ihnen bestätigen, alle anderen im Juni muss ich leider
absagen, ich fahre zur Kur.

Mit freundlichen Grüßen
Ursula Berger
""",
        note="coming session 'confirmed', 10.06. cancelled",
    )

    no(
        "if40_hoffmann_cancel_after_pentecost.eml",
        6,
        ("cancellation",),
        "2026-05-13 07:15",
        "Termine nach Pfingsten",
        """\
Guten Morgen,

bitte sagen Sie alle Termine nach Pfingsten ab, außer dem am 1.6., den brauche ich noch
für den Abschlussbefund.

Gruß
P. Hoffmann
""",
        client="outlook",
        note="after Whitsun: 26.05. to cancel, 01.06. stays",
    )


def main() -> None:
    load_practice()
    lists_of_days()
    months_and_ranges()
    all_so_far_and_the_others()
    exception_first_and_learners()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
