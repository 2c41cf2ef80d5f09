"""Blind set IX: several sessions confirmed at once, one of which went differently.

Forty patient mails against the practice snapshot in tests/data/corpus/practice.toml. In
thirty of them a patient confirms a list, a range, a month or "the last three" of their
sessions and says in the same mail that one of them was cut short, moved to another day
or time, held by phone instead of video, held by a stand-in therapist, or did not take
place at all; the session that went differently is named by date, weekday, position or
"heute"/"gestern". Some answer our request for one of the days, some are new mails, some
come weeks late. Ten look-alikes: coming sessions with one to move, a complaint about a
short session without a yes, a question whether a short session counts, a request to
move the next one, a session nobody called for.

Labels are what a careful practice employee would record: `confirmed` holds only the
patient's own scheduled, not yet confirmed appointments that the mail plainly says were
held in full on their day; a session cut short, moved to another day, held by phone
instead of video, not held, or doubtful is left out and the mail needs staff. A session
only moved in time on its own day and plainly held in full, or held in full by a stand-in
therapist, is confirmed. `dates` are the days the mail says a session took place (also
partly, also on a day it was moved to), never cancelled or future days.

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

HERE = data_dir("blind_ix")


def answers_to_our_request() -> None:
    """Replies under our confirmation request for one day that take in more days."""
    yes(
        "ix01_krueger_heute_und_zwei_davor.eml", 1, (1005, 1003),
        ("2026-02-10", "2026-01-27", "2026-02-03"), "2026-02-10 13:47",
        request_subject(1005),
        """Guten Tag,

ja, die Behandlung heute (10.02.) hat stattgefunden.

Mir ist aufgefallen, dass ich die zwei davor noch gar nicht bestätigt hatte: der 27.01. war ganz normal. Am 03.02. mussten wir nach der Hälfte aufhören, weil die Schule angerufen hat und ich meinen Sohn abholen musste. Das wollte ich nur der Vollständigkeit halber sagen.

Viele Grüße
Sabine Krüger""",
        client="webde", reply="cr-1005", style="webde", staff=True,
        note="3.2. stopped after half the time: not confirmed, staff",
    )  # fmt: skip
    yes(
        "ix02_wolff_februar_verbindung_weg.eml", 4, (1031, 1033),
        ("2026-02-06", "2026-02-13", "2026-02-20"), "2026-02-23 10:12",
        request_subject(1033),
        """Guten Tag,

ich bestätige hiermit alle Termine im Februar, also den 6., 13. und 20.02.

Beim Termin am 13. ist allerdings nach ca. einer Viertelstunde die Verbindung abgebrochen und die Therapeutin ist danach nicht mehr durchgekommen. Bei uns war dann besetzt, meine Frau hat telefoniert. Das bitte ich zu berücksichtigen.

Mit freundlichen Grüßen
H.-J. Wolff""",
        client="tonline", reply="cr-1033", style="tonline", staff=True,
        note="the February month: 13.2. cut off after a quarter of an hour, the others held",
    )  # fmt: skip
    yes(
        "ix03_schulz_heute_und_telefon_statt_video.eml", 5, (1036, 1035),
        ("2026-04-30", "2026-04-23", "2026-04-16"), "2026-04-30 18:22",
        request_subject(1036, "Re"),
        """Hallo,
ja heute hat stattgefunden 👍 und letzten Donnerstag (23.4.) auch.
Am 16.4. war es übrigens nur telefonisch, weil meine Kamera nicht wollte – wir haben dann einfach telefoniert, ganz normal die halbe Stunde.
Liebe Grüße
Marie""",
        client="iphone", reply="cr-1036", style="iphone", staff=True,
        note="16.4. was a video appointment held by phone: staff checks before recording it",
    )  # fmt: skip
    yes(
        "ix04_popescu_erste_termin_kurz.eml", 7, (1048, 1047),
        ("2026-06-16", "2026-06-09", "2026-06-02"), "2026-06-16 15:38",
        request_subject(1048),
        """Hallo,

ja ich bestätige die Termin heute 16.06. Und auch 09.06. war gut, hab vergessen zu schreiben.
Aber am 2. Juni, die erste Termin, wir haben nur 20 minuten gemacht weil mein Laptop hatte kein Ton. Ist das ok so?

Danke und schöne Grüße
Elena Popescu""",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("question",),
        note="learner's German; 2.6. only 20 minutes and a question whether that is all right",
    )  # fmt: skip
    yes(
        "ix05_neumann_vertretung_donnerstag.eml", 9, (1062, 1060, 1061),
        ("2026-07-28", "2026-07-21", "2026-07-23"), "2026-07-29 10:34",
        request_subject(1062, "Re"),
        """Guten Tag,

ja, die Behandlung am 28.07. hat stattgefunden.

Die Woche davor auch, am Dienstag den 21. und am Donnerstag den 23. Am Donnerstag hat mich
allerdings nicht Frau Kaiser angerufen, sondern ein Herr Sommer, der hat sie wohl vertreten.
Das war aber auch sehr gut, die ganze halbe Stunde.

Freundliche Grüße
Gisela Neumann""",
        client="thunderbird", reply="cr-1062", style="thunderbird", bottom=True,
        note="a stand-in therapist, the session held in full on its day: all three confirmed",
    )  # fmt: skip
    yes(
        "ix06_brandt_siebzehnter_kuerzer.eml", 10, (1066, 1064),
        ("2026-07-24", "2026-07-10", "2026-07-17"), "2026-07-24 17:56",
        request_subject(1066, "Re"),
        """Hallo,

bestätige hiermit den heutigen Termin (24.07.) sowie die beiden vorherigen am 10.07. und
17.07.

Der am 17. war allerdings deutlich kürzer, ca. 20 Minuten, weil die Verbindung zweimal
komplett weg war. Keine Ahnung, ob der so zählt – sagt mir einfach Bescheid.

Gruß
Lukas""",
        client="thunderbird", reply="cr-1066", style="thunderbird", staff=True,
        extra=("question",), note="17.7. about 20 minutes: not confirmed, asks whether it counts",
    )  # fmt: skip
    yes(
        "ix07_carter_cut_short_on_the_10th.eml", 11, (1071, 1069),
        ("2026-08-17", "2026-08-03", "2026-08-10"), "2026-08-17 16:12",
        request_subject(1071, "Re"),
        """Hi,

Yes, today's session (17 August) took place - thank you!

I also realised I never replied for the 3rd and the 10th. Both happened, though on the 10th we had to cut it a bit short (maybe 20 minutes in total) because my daughter's school called.

Best wishes,
Emily""",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True,
        note="10 Aug cut short to about 20 minutes",
    )  # fmt: skip
    yes(
        "ix08_yildiz_zwoelfter_viertelstunde.eml", 12, (1078, 1075),
        ("2026-08-26", "2026-08-05", "2026-08-12"), "2026-08-26 13:05",
        request_subject(1078),
        """Hallo,
ja heute 26.08. hatte ich Behandlung am Telefon.
Die vom 5.8. und 12.8. bestätige ich auch noch, hatte ich vergessen. Am 12. hat die Therapeutin aber erst um Viertel nach 11 angerufen und wir haben nur eine Viertelstunde gemacht, weil ich um halb 12 weg musste.
Den 19. hatten Sie ja abgesagt.
Gruß Fatma Yıldız""",
        client="webde", reply="cr-1078", style="webde", staff=True,
        note="12.8. started late and lasted a quarter of an hour; 19.8. cancelled, not a date",
    )  # fmt: skip
    yes(
        "ix09_lehmann_zweiundzwanzigster_nicht.eml", 14, (1091, 1090),
        ("2026-10-06", "2026-09-29"), "2026-10-06 15:14",
        request_subject(1091, "Re"),
        """hi!

ja heute war 👍 und letzte woche (29.9.) auch.
der davor am 22.9. war aber nicht, da lag ich mit fieber im bett. hab ich das überhaupt abgesagt?? weiß ich ehrlich nicht mehr 🙈

lg anna""",
        client="gmail", reply="cr-1091", style="gmail", staff=True, extra=("cancellation",),
        note="22.9. did not take place and may not have been cancelled: staff enters it",
    )  # fmt: skip
    yes(
        "ix10_jansen_neunundzwanzigster_unklar.eml", 17, (1107, 1106),
        ("2026-11-12", "2026-11-05", "2026-10-29"), "2026-11-13 07:46",
        request_subject(1107, "Re"),
        """Hallo zusammen,

gestern (12.11.) hat stattgefunden, danke! Die Woche davor, 5.11., auch.

Beim 29.10. bin ich mir ehrlich gesagt nicht mehr sicher, ob wir da die volle Zeit gemacht haben oder ob das der Tag war, an dem das Bild eingefroren ist und wir früher Schluss gemacht haben. Schauen Sie da vielleicht nochmal in Ihre Unterlagen?

Viele Grüße
Ole""",
        client="gmail", reply="cr-1107", style="gmail", staff=True, extra=("question",),
        note="29.10. took place but maybe not in full: doubtful, not confirmed",
    )  # fmt: skip
    yes(
        "ix11_koch_fuenfundzwanzigster_abgebrochen.eml", 18, (1113, 1109, 1111, 1112),
        ("2026-04-08", "2026-03-23", "2026-03-30", "2026-04-01", "2026-03-25"),
        "2026-04-09 11:24", request_subject(1113),
        """Sehr geehrte Damen und Herren,

die Behandlung am Mittwoch, den 8. April hat stattgefunden. Ebenso die Behandlungen am Montag, 23.3., Montag, 30.3., und Mittwoch, 1.4.

Am Mittwoch, den 25.3. haben wir nach gut 20 Minuten aufgehört, weil mein Knie zu sehr weh tat. Die Therapeutin meinte, das sei besser so.

Mit freundlichen Grüßen
Renate Koch""",
        client="tonline", reply="cr-1113", style="tonline", staff=True,
        note="25.3. stopped after about 20 minutes",
    )  # fmt: skip
    yes(
        "ix12_aydin_heute_und_kurz_im_februar.eml", 22, (1133, 1132),
        ("2026-03-12", "2026-03-05", "2026-02-26"), "2026-03-12 14:31",
        request_subject(1133),
        """Hallo
ja heute telefon termin war 12.3. Letzte woche donnerstag 5.3 auch war.
Aber 26.2 termin war nur 10 minute, ich war bei arbeit und chef hat gerufen. Tut mir leid.
Gruß Mehmet Aydin

Von meinem Samsung Galaxy Smartphone gesendet.""",
        client="samsung", reply="cr-1133", style="samsung", staff=True,
        note="learner's German; 26.2. only 10 minutes",
    )  # fmt: skip
    yes(
        "ix13_oneill_moved_to_wednesday.eml", 23, (1139, 1136, 1138),
        ("2026-05-05", "2026-04-14", "2026-04-28", "2026-04-22"), "2026-05-06 08:07",
        request_subject(1139, "RE"),
        """Hi there,

Yes, last night's session (5 May) went ahead as planned.

For your records, the previous three also took place - 14, 21 and 28 April - except that the one on the 21st was moved to Wednesday evening as I was stuck at the office. Same time, full session.

Best,
James""",
        client="outlook", reply="cr-1139", style="outlook_en", staff=True,
        note="the 21 April session was held on Wednesday 22 April: moved to a day without an"
        " appointment, not confirmed",
    )  # fmt: skip
    yes(
        "ix14_berger_angefragter_tag_leitung_tot.eml", 24, (1147,),
        ("2026-06-03", "2026-06-10"), "2026-06-10 13:05", request_subject(1146),
        """Guten Tag,

zu Ihrer Anfrage wegen dem 3. Juni: da ist nach ungefähr 10 Minuten die Leitung tot
gewesen, ich weiß nicht warum. Die Therapeutin hat es dann nicht mehr geschafft, mich zu
erreichen.

Heute (10.6.) hat es aber ganz normal geklappt, die ganze halbe Stunde.

Freundliche Grüße
Ursula Berger""",
        client="plain", reply="cr-1146", style="outlook", staff=True,
        note="the day we asked about (3.6.) broke off after 10 minutes; today's held in full",
    )  # fmt: skip


def lists_in_new_mails() -> None:
    """New mails with a list, range or month of sessions, one of which went differently."""
    yes(
        "ix15_becker_zwoelfter_spaeter_angerufen.eml", 2, (1012, 1013, 1014, 1015),
        ("2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19"), "2026-02-20 08:41",
        "Bestätigung MT-Behandlungen",
        """Sehr geehrte Damen und Herren,

hiermit bestätige ich die telefonischen MT-Behandlungen vom 09.02., 12.02., 16.02. und 19.02.2026.

Zur Info: Am 12.02. hat Frau Albers mich erst um 18:30 Uhr angerufen statt um 17:30, weil ich im Stau stand – die Behandlung lief dann aber die vollen 30 Minuten.

Mit freundlichen Grüßen
Thomas Becker""",
        client="outlook",
        note="12.2. only later the same day and plainly held in full: all four confirmed",
    )  # fmt: skip
    yes(
        "ix16_demir_letzte_drei_gestern_kurz.eml", 3, (1020, 1021),
        ("2026-03-11", "2026-03-18", "2026-03-25"), "2026-03-26 07:52", "Bestätigung",
        """Guten Morgen,

hiermit bestätige ich die letzten drei Termine (11.3., 18.3. und 25.3.). Gestern waren es allerdings nur 15 Minuten, weil die Kita angerufen hat 🙁

LG Aylin

Von meinem iPhone gesendet""",
        client="iphone", staff=True, note="'gestern' is 25.3., which lasted 15 minutes",
    )  # fmt: skip
    yes(
        "ix17_hoffmann_mt_mittags_abgebrochen.eml", 6, (1040, 1041, 1042),
        ("2026-05-04", "2026-05-11", "2026-05-18"), "2026-05-19 07:58",
        "Behandlungen Mai – Bestätigung",
        """Guten Morgen,

zur Abrechnung bestätige ich folgende Termine:
- 04.05. KGG
- 11.05. KGG
- 18.05. KGG (morgens)

Die MT am 18.05. mittags musste ich nach rund 10 Minuten abbrechen, mir ist ein Kundentermin dazwischengekommen. Bitte entsprechend nicht voll abrechnen bzw. kurz Rückmeldung, wie Sie das handhaben.

Beste Grüße
Peter Hoffmann
Hoffmann Immobilien GmbH
Tel. 0221 4478120""",
        client="outlook", staff=True, extra=("question",),
        note="two appointments on 18.5.: the morning KGG held, the midday MT (1043) broken off",
    )  # fmt: skip
    yes(
        "ix18_richter_vierundzwanzigster_dienstreise.eml", 8, (1051, 1052, 1053, 1055),
        ("2026-06-03", "2026-06-10", "2026-06-17", "2026-07-01"), "2026-07-02 08:03",
        "Termine Juni/Juli",
        """Moin,

kurzes Update von mir zu den Terminen: 3.6., 10.6., 17.6. und gestern (1.7.) hat alles stattgefunden 👌
Den 24.6. gab's nicht, da war ich auf Dienstreise in München – hatte am Montag davor angerufen und abgesagt, bin mir aber nicht sicher, ob das bei euch angekommen ist.

Jonas

Von meinem iPhone gesendet""",
        client="iphone", staff=True, extra=("cancellation",),
        note="24.6. did not take place (cancelled by phone, maybe not entered)",
    )  # fmt: skip
    yes(
        "ix19_vogel_erster_oktober_halbe_zeit.eml", 13, (1082, 1083, 1084, 1086),
        ("2026-09-10", "2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08"),
        "2026-10-09 19:31", "Bestätigung der Behandlungen September/Oktober 2026",
        """Sehr geehrte Damen und Herren,

für meine Unterlagen und die Beihilfe bestätige ich die Behandlungen (MT per Video) vom 10.09., 17.09., 24.09., 01.10. und 08.10.2026.

Ergänzend: Die Sitzung am 01.10. wurde nach etwa der Hälfte der Zeit beendet, da ich zu einem dringenden Mandantentermin musste. Ich bitte, dies bei der Rechnungsstellung zu berücksichtigen.

Mit freundlichen Grüßen

Dr. Michael Vogel
Rechtsanwalt | Fachanwalt für Arbeitsrecht
Vogel & Partner Rechtsanwälte mbB
Königsallee 14, 40212 Düsseldorf
Tel. +49 211 86 93 40-0""",
        client="outlook", staff=True, note="1.10. ended after about half the time",
    )  # fmt: skip
    yes(
        "ix20_zimmermann_gestern_akku_leer.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19", "2026-11-02"), "2026-11-03 09:02",
        "Bestätigung",
        """Guten Morgen,

ich bestätige die Behandlungen am 5.10., 12.10., 19.10. und gestern, 2.11.
Am 26.10. war ja abgesagt.
Gestern war allerdings nach 15 Minuten Schluss, weil der Akku von meinem Telefon leer war.
Ich habe es nicht gemerkt. Ihre Therapeutin hat dann nochmal versucht anzurufen aber da war
es schon aus.

Mit freundlichen Grüßen
Klaus Zimmermann""",
        client="plain", staff=True,
        note="'gestern' (2.11.) over after 15 minutes; 26.10. cancelled, not a date",
    )  # fmt: skip
    yes(
        "ix21_schaefer_auf_donnerstag_verlegt.eml", 16, (1100, 1102),
        ("2026-10-21", "2026-10-29", "2026-11-04"), "2026-11-05 08:14",
        "Termine Oktober/November",
        """Guten Morgen,

hiermit bestätige ich die Termine vom 21.10., 28.10. und 04.11.

Kleine Anmerkung: den vom 28.10. hatten Sie auf Donnerstag, 29.10., verlegt (Ihre Kollegin hatte angerufen). Er hat dann am Donnerstag ganz normal stattgefunden.

Viele Grüße
Birgit Schäfer

Schäfer Steuerberatung
Lindenstraße 8 · 50674 Köln""",
        client="outlook", staff=True, sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="from her second registered address; 28.10. held on Thursday 29.10., a day"
        " without an appointment: not confirmed",
    )  # fmt: skip
    yes(
        "ix22_hartmann_erster_kurz_vor_schluss.eml", 20, (1122, 1121),
        ("2026-11-17", "2026-11-03", "2026-11-10"), "2026-11-17 19:04",
        request_subject(1122),
        """Hallo,

hiermit bestätige ich den Termin heute, 17.11.

Die zwei Termine davor (3.11. und 10.11.) hab ich glaub ich noch nicht bestätigt, die haben beide stattgefunden. Beim ersten am 3.11. ist aber kurz vor Schluss das Internet abgebrochen, vielleicht 5 Minuten vor Ende, und wir sind nicht mehr reingekommen.

Liebe Grüße
Leonie Hartmann""",
        client="webde", reply="cr-1122", style="webde", staff=True,
        note="3.11. broke off about five minutes before the end: not held in full",
    )  # fmt: skip
    yes(
        "ix23_carter_yesterday_moved_to_one.eml", 11, (1072, 1073, 1074),
        ("2026-08-24", "2026-08-31", "2026-09-07"), "2026-09-08 09:30",
        "Confirming sessions",
        """Hello,

I'd like to confirm my last three sessions: 24 August, 31 August and yesterday, 7 September.

Yesterday's was moved to 1 pm because of a meeting at work (Jana kindly agreed on the phone), but we did the full half hour as usual.

Kind regards,
Emily Carter""",
        client="gmail",
        note="7 Sept moved an hour on its own day and held in full: all three confirmed",
    )  # fmt: skip


def late_mails() -> None:
    """Weeks or months after the sessions, often under an old request."""
    yes(
        "ix24_neumann_juli_dienstag_auf_mittwoch.eml", 9, (1056, 1057, 1059),
        ("2026-07-07", "2026-07-09", "2026-07-15", "2026-07-16"), "2026-08-18 09:20",
        "Termine Juli",
        """Sehr geehrte Damen und Herren,

ich habe beim Aufräumen gesehen, dass ich die ersten Termine im Juli noch nicht bestätigt
habe. Das hole ich hiermit nach:

Dienstag, 7. Juli – ja
Donnerstag, 9. Juli – ja
Dienstag, 14. Juli – der wurde auf den Mittwoch verlegt, weil ich zum Augenarzt musste, und
hat dann am Mittwoch stattgefunden
Donnerstag, 16. Juli – ja

Freundliche Grüße
Gisela Neumann""",
        client="plain", staff=True,
        note="14.7. held on Wednesday 15.7. instead: not confirmed, 15.7. is a date",
    )  # fmt: skip
    yes(
        "ix25_wagner_alles_auf_einmal.eml", 21, (1124, 1125, 1126, 1129),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"),
        "2026-03-20 18:10", "Bestätigungen nachträglich",
        """Liebes Praxisteam,

ich habe gerade gemerkt, dass ich ganz viele Bestätigungsmails nicht beantwortet habe, sorry!! Also hier alles auf einmal:

12.1. ✔
19.1. ✔ (da war eine Vertretung, Frau Lorenz, falls das wichtig ist)
26.1. ✔
9.2. – da haben wir nach der Hälfte aufgehört, mir wurde bei den Übungen schwindelig
16.2. ✔

Der 2.2. ist ja ausgefallen.

Liebe Grüße
Sophie""",
        client="webde", staff=True,
        note="9.2. stopped halfway; 19.1. held by a stand-in (confirmed); 2.2. cancelled",
    )  # fmt: skip
    yes(
        "ix26_aydin_gestern_spaeter_ganz.eml", 22, (1134, 1135, 1130),
        ("2026-03-19", "2026-03-26", "2026-02-19"), "2026-03-27 12:10", "termine",
        """Hallo,
19.3 termin war, ganz normal.
Gestern 26.3 auch termin war, aber therapeutin hat angerufen 13:30 nicht 12:30 weil ich habe vorher gesagt ich bin noch bei arbeit. Dann ganze termin gemacht, 30 minute.
Und erste termin 19.2 auch war, ich habe nicht geschrieben.
Danke
Mehmet""",
        client="samsung",
        note="learner's German; 26.3. an hour later on its day, the whole 30 minutes: confirmed",
    )  # fmt: skip
    yes(
        "ix27_demir_april_telefoniert.eml", 3, (1024, 1026),
        ("2026-04-08", "2026-04-15", "2026-04-22"), "2026-05-15 20:15", "April Termine",
        """Hallo,

ich wollte noch die Termine im April bestätigen: 8., 15. und 22. April. Der 1. April war ja abgesagt.

Am 15. haben wir statt Video telefoniert, weil ich spontan im Büro bleiben musste, aber ganz normal die halbe Stunde.

Viele Grüße
Aylin Demir""",
        client="gmail", staff=True,
        note="15.4. a video appointment held by phone: staff checks; 1.4. cancelled",
    )  # fmt: skip
    yes(
        "ix28_krueger_spaet_gestern_zwanzig_minuten.eml", 1, (1007, 1006, 1008),
        ("2026-02-24", "2026-02-17", "2026-03-03", "2026-03-10"), "2026-03-11 20:30",
        request_subject(1007),
        """Guten Abend,

entschuldigen Sie die späte Antwort, Ihre Mail ist bei mir untergegangen.

Der 24.02. hat stattgefunden, ebenso der 17.02. und der 03.03. Gestern hatten wir den Termin auf 11 Uhr geschoben, und dann waren es nur gut 20 Minuten, weil die Therapeutin den nächsten Patienten hatte.

Viele Grüße
Sabine Krüger""",
        client="webde", reply="cr-1007", style="webde", staff=True,
        note="'gestern' (10.3.) moved to 11 and only about 20 minutes: not confirmed",
    )  # fmt: skip
    yes(
        "ix29_becker_spam_niemand_angerufen.eml", 2, (1010, 1011, 1016, 1018),
        ("2026-02-02", "2026-02-05", "2026-02-23", "2026-03-02"), "2026-03-03 07:50",
        request_subject(1010),
        """Guten Morgen,

sorry, Ihre Mails sind bei mir im Spam gelandet, deshalb erst jetzt.

Bestätigt: 02.02., 05.02., 23.02. und gestern (02.03.).

Am 26.02. hat mich niemand angerufen – ich war ab 17:30 erreichbar und habe bis kurz nach 18 Uhr gewartet. Bitte den Termin nicht abrechnen.

Mit freundlichen Grüßen
Thomas Becker""",
        client="outlook", reply="cr-1010", style="outlook", staff=True,
        note="late answer under the 2.2. request; 26.2. did not take place",
    )  # fmt: skip
    yes(
        "ix30_nowak_november_zu_spaet.eml", 19, (1116, 1117, 1119),
        ("2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"), "2026-12-02 21:43",
        "Sammelbestätigung November",
        """Hallo,

Sammelbestätigung für November: 6., 13., 20. und 27.11., jeweils MT per Video.

Einschränkung 20.11.: ich war eine Viertelstunde zu spät im Raum, wir hatten also nur ca. 15
Minuten.

Gruß
D. Nowak""",
        client="plain", staff=True, note="20.11. only about 15 minutes",
    )  # fmt: skip


def look_alikes() -> None:
    """Mails about several or short sessions that confirm nothing."""
    no(
        "ix31_hoffmann_naechste_termine_einer_verschieben.eml", 6, ("reschedule",),
        "2026-05-20 07:45", "Nächste Termine",
        """Guten Morgen,

kurz zu meinen nächsten Terminen:
- Dienstag, 26.05., 07:30 (wegen Pfingstmontag) – passt
- Montag, 01.06., 07:30 – da habe ich früh einen Flug. Ginge stattdessen Dienstag, 02.06.,
  gleiche Uhrzeit?

Danke und beste Grüße
Peter Hoffmann""",
        client="outlook", note="coming sessions, one to move; nothing held",
    )  # fmt: skip
    no(
        "ix32_schulz_beschwerde_nur_viertelstunde.eml", 5, ("other",),
        "2026-05-07 17:12", "Heutige Sitzung",
        """Hallo,

ich muss das einmal loswerden: Heute kam die Therapeutin erst eine Viertelstunde zu spät in
den Videoraum und um 16 Uhr war trotzdem Schluss, also hatte ich gerade mal 15 Minuten. Das
ist jetzt schon das zweite Mal, dass das so läuft. Ich nehme mir extra für die Termine frei.

Viele Grüße
Marie Schulz""",
        client="thunderbird", dates=("2026-05-07",),
        note="complaint about a 15-minute session, no confirmation",
    )  # fmt: skip
    no(
        "ix33_popescu_zaehlt_das_als_termin.eml", 7, ("question", "technical"),
        "2026-06-23 13:20", request_subject(1049),
        """Hallo,

ich habe Frage. Heute wir haben nur 10 minuten gemacht, weil Video war sehr schlecht, immer stehen geblieben. Therapeutin hat gesagt wir machen nächste Woche weiter.
Muss ich trotzdem bestätigen? Zählt das als Termin? Ich will nicht dass Krankenkasse bezahlt für nichts.

Danke
Elena""",
        client="yahoo", reply="cr-1049", style="yahoo", dates=("2026-06-23",),
        note="under our request: asks whether a 10-minute session counts, no yes",
    )  # fmt: skip
    no(
        "ix34_hartmann_naechsten_verschieben.eml", 20, ("reschedule",),
        "2026-11-19 10:00", "Termin nächste Woche verschieben?",
        """Hallo,

könnte ich den Termin am Dienstag (24.11.) auf Donnerstag, 26.11. verschieben? Gern um die gleiche Uhrzeit, 17 Uhr. Ich habe am Dienstag kurzfristig eine Prüfung bekommen.

Danke & viele Grüße
Leonie Hartmann""",
        client="webde", note="asks to move the next session",
    )  # fmt: skip
    no(
        "ix35_oneill_upcoming_one_to_move.eml", 23, ("reschedule",),
        "2026-05-07 12:30", "Upcoming sessions",
        """Hi,

Just checking my diary for the next few weeks:
12 May - fine
19 May - I'll be travelling for work. Could we do Monday 18th instead, same time?

Thanks,
James O'Neill""",
        client="outlook", note="English: coming sessions, one to move",
    )  # fmt: skip
    no(
        "ix36_wolff_niemand_angerufen.eml", 4, ("other", "question"),
        "2026-01-16 15:58", request_subject(1028),
        """Guten Tag,

Sie bitten um Bestätigung für heute. Mich hat heute aber niemand angerufen! Ich habe ab 14 Uhr neben dem Telefon gesessen, bis halb drei. Was ist da los gewesen?

Mit freundlichen Grüßen
Hans-Jürgen Wolff""",
        client="tonline", reply="cr-1028", style="tonline",
        note="under our request: the session did not take place",
    )  # fmt: skip
    no(
        "ix37_jansen_andere_therapeutin_kurz.eml", 17, ("other",),
        "2026-11-19 11:05", "Termin heute",
        """Hallo,

heute hatte ich eine andere Therapeutin als sonst. Sie kannte meine Vorgeschichte mit der Schulter gar nicht, wir haben nach ca. 15 Minuten aufgehört, weil sie meinte, sie müsse erst die Unterlagen lesen. Ehrlich gesagt war ich etwas enttäuscht.

Kann ich bitte wieder zu Herrn Kessler?

Viele Grüße
Ole Jansen""",
        client="gmail", dates=("2026-11-19",),
        note="complaint: a stand-in and only 15 minutes; no confirmation",
    )  # fmt: skip
    no(
        "ix38_schaefer_frage_abrechnung_kurz.eml", 16, ("question",),
        "2026-10-15 12:30", "Frage zur Abrechnung",
        """Hallo,

eine Frage zur Abrechnung: Am 14.10. bin ich ja erst 20 nach 7 in die Videosprechstunde gekommen (Zug hatte Verspätung), wir hatten also nur gut 10 Minuten. Wird das trotzdem als volle Sitzung abgerechnet? Mir geht es um die Zuzahlung und darum, dass mir die Einheit nicht auf dem Rezept fehlt.

Viele Grüße
Birgit Schäfer""",
        client="webde", dates=("2026-10-14",),
        note="asks whether a 10-minute session is billed; no confirmation",
    )  # fmt: skip
    no(
        "ix39_yildiz_morgen_spaeter.eml", 12, ("reschedule",),
        "2026-09-08 14:10", reminder_subject(1080),
        """Hallo,
danke für die Erinnerung. Morgen kann ich erst ab 11:30, vorher habe ich einen Arzttermin. Kann die Therapeutin mich um 11:30 anrufen statt 10:30?
Gruß Fatma Yıldız""",
        client="webde", reply="rem-1080", style="webde",
        note="under our reminder: asks to move tomorrow's session by an hour",
    )  # fmt: skip
    no(
        "ix40_lehmann_laptop_abgestuerzt.eml", 14, ("technical", "reschedule"),
        "2026-10-13 15:02", request_subject(1092, "Re"),
        """hallo,

heute mussten wir nach ca. 10 min abbrechen, mein laptop ist abgestürzt und ging nicht mehr an 😩 handy hatte ich nicht geladen.
können wir das nachholen? ich hätte donnerstag oder freitag nachmittag zeit.

lg anna lehmann""",
        client="gmail", reply="cr-1092", style="gmail", dates=("2026-10-13",),
        note="under our request: broken off after 10 minutes, asks to make it up",
    )  # fmt: skip


def main() -> None:
    load_practice()
    answers_to_our_request()
    lists_in_new_mails()
    late_mails()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
