"""Write blind set GN: sessions that went differently than planned: 43 mails,
33 confirmations and 10 look-alikes.

Patients confirm sessions that were held by phone instead of video, started twenty minutes
late but ran in full, were moved to the afternoon of the same day, were given by a
substitute therapist or held although the patient felt ill; many mails confirm a plain
session beside such a one. Ten look-alikes report a session the therapist ended early, one
the patient left after a quarter of an hour, one broken off by the connection, one only
half done, and one the patient is not sure took place: none of these is confirmed, all go
to staff. Mixed mails confirm the full sessions only and go to staff for the rest.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gn`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gn")


def winter() -> None:
    """Sabine Krüger, Thomas Becker, Hans-Jürgen Wolff, Sophie Wagner, Mehmet Aydın."""
    yes("gn01_krueger_phone_instead.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:48", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.1. hat stattgefunden. Allerdings übers Telefon, weil "
        "meine Kamera am Laptop wieder gestreikt hat. Hat aber trotzdem gut geklappt.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="video session held by phone, in full")  # fmt: skip
    yes("gn02_krueger_two_late_start.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-11 19:22", "Bestätigung 03.02. und 10.02.",
        "Guten Abend,\n\nich bestätige die beiden Termine am 03.02. und am 10.02.\n"
        "Am 10. hat die Therapeutin erst um 10:20 angefangen, wir haben dann aber die vollen "
        "30 Minuten gemacht, also bis 10:50.\n\nSabine Krüger",
        client="webde",
        note="second session started 20 minutes late but ran in full")  # fmt: skip
    yes("gn03_becker_called_late.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 21:05",
        re(1010),
        "Bestätige den Termin vom 2.2.\nIhre Kollegin hat mich etwas später angerufen (ca. 17:50), "
        "wir haben dann aber die volle halbe Stunde gemacht.\n\nGruß\nThomas Becker\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1010", style="iphone",
        note="started late, full length")  # fmt: skip
    no("gn04_becker_therapist_ended.eml", 2, ("question",), "2026-02-06 08:12", re(1011),
       "Guten Morgen,\n\nzum Termin gestern: Frau Jäger musste das Telefonat nach gut zehn Minuten "
       "beenden, bei ihr war wohl ein Notfall in der Familie. Eine richtige Behandlung war das "
       "also nicht. Wird der Termin nachgeholt oder wie machen wir das?\n\n"
       "Beste Grüße\nThomas Becker",
       client="outlook", reply="cr-1011", style="outlook",
       note="therapist ended the session after ten minutes: not confirmed")  # fmt: skip
    yes("gn05_becker_substitute.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 07:40", re(1013),
        "Hallo,\n\nTermine am 09.02. und 12.02. haben beide stattgefunden. Am 12. hatte ich einen "
        "Vertreter am Telefon, Herrn Okafor glaube ich, war aber sehr gut.\n\nT. Becker",
        client="outlook", reply="cr-1013", style="outlook_classic",
        note="second session given by a substitute, in full")  # fmt: skip
    yes("gn06_wolff_half_past.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:31", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom 16.01.2026.\n"
        "Der Anruf kam zwar erst um halb drei, dafür ging es dann bis drei Uhr.\n\n"
        "Mit freundlichem Gruß\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline",
        note="call came half an hour late, ran the full 30 minutes")  # fmt: skip
    yes("gn07_wolff_one_broken_off.eml", 4, (1029,), ("2026-01-23",), "2026-01-31 11:02",
        "Behandlungen Januar",
        "Guten Tag,\n\ndie Behandlung am 23.01. hat wie geplant stattgefunden.\n\n"
        "Am 30.01. musste ich nach einer Viertelstunde aufhören, der Rücken war an dem Tag so "
        "schlimm, daß die Übungen nicht gingen. Die Therapeutin meinte, ich soll das hier "
        "schreiben.\n\nMfG\nH.-J. Wolff",
        client="tonline", staff=True,
        note="23.01 in full; 30.01 stopped after 15 minutes: not confirmed, staff")  # fmt: skip
    yes("gn08_wolff_afternoon.eml", 4, (1031,), ("2026-02-06",), "2026-02-07 09:15", re(1031),
        "Hallo,\n\nder Termin am Freitag, 6.2., ist ja auf nachmittags 16:30 verlegt worden, "
        "hat dann auch so stattgefunden. Hiermit bestätigt.\n\nWolff",
        client="tonline", reply="cr-1031", style="tonline",
        note="moved to the afternoon of the same day, held")  # fmt: skip
    yes("gn09_wagner_sick_but_done.eml", 21, (1125,), ("2026-01-19",), "2026-01-19 12:40",
        re(1125, "Re"),
        "hallo, ja 19.01. war. hatte zwar schnupfen und kopfweh aber wir habens durchgezogen 🙂\n"
        "lg sophie",
        client="iphone", reply="cr-1125", style="iphone",
        note="held in full although the patient felt ill")  # fmt: skip
    yes("gn10_aydin_afternoon.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 17:10",
        re(1130),
        "Hallo\nTermin 19.02 war, aber nicht 12:30 sondern 16 uhr, Therapeut hat mich "
        "angerufen weil ich arbeit hatte. Alles gut gemacht\nDanke\nMehmet Aydin",
        client="samsung", reply="cr-1130", style="samsung",
        note="moved to the afternoon of the same day, held")  # fmt: skip


def spring() -> None:
    """Aylin Demir, Renate Koch, Marie Schulz, James O'Neill, Peter Hoffmann, Ursula Berger."""
    yes("gn11_demir_fever.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:05", re(1019, "Re"),
        "Hi, ja Termin am 4.3. hat stattgefunden. Hatte leicht Fieber, aber wir habens "
        "trotzdem gemacht, halt bisschen ruhiger.\n\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail",
        note="held although the patient felt ill")  # fmt: skip
    no("gn12_demir_left_early.eml", 3, ("other",), "2026-03-11 12:20", re(1020, "Re"),
       "Hallo,\n\nkurze Info zu heute: ich musste leider nach ca. 15 Minuten raus, die Kita hat "
       "angerufen, mein Sohn hatte Fieber. Wir haben also nur den Anfang geschafft. Sorry!\n\n"
       "Aylin Demir",
       client="gmail", reply="cr-1020", style="gmail",
       note="patient left after a quarter of an hour: not confirmed")  # fmt: skip
    yes("gn13_demir_two_switch.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-03-26 21:47", re(1022, "Re"),
        "Hallo nochmal, 18.3. und 25.3. haben beide stattgefunden. Am 25. war die Verbindung "
        "total schlecht, wir sind dann nach 5 min aufs Telefon gewechselt und haben da normal "
        "weitergemacht.\nAylin",
        client="gmail", reply="cr-1022", style="gmail", bottom=True,
        note="switched from video to phone early on, session done in full")  # fmt: skip
    yes("gn14_koch_late_call.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 09:03", re(1110),
        "Guten Morgen,\n\ndie Termine 23.3. und 25.3. haben stattgefunden. Am Mittwoch kam der "
        "Anruf erst 20 nach drei, ging dann aber bis zehn vor vier durch.\n\nRenate Koch",
        client="samsung", reply="cr-1110", style="samsung",
        note="second call 20 minutes late, full length")  # fmt: skip
    yes("gn15_schulz_substitute.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:02",
        re(1034),
        "Hallo zusammen,\n\nTermin vom 16.04. hat stattgefunden, diesmal mit der Vertretung, "
        "weil Frau Jäger im Urlaub ist. Hat alles geklappt.\n\nLiebe Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird",
        note="substitute therapist, in full")  # fmt: skip
    no("gn16_schulz_connection_lost.eml", 5, ("technical", "reschedule"), "2026-04-23 18:10", re(1035),
       "Hallo,\n\nheute (23.04.) ist nach ungefähr 10 Minuten die Verbindung abgebrochen und "
       "danach bin ich nicht mehr in den Raum reingekommen, hab's noch eine Weile versucht. "
       "Angerufen hat dann auch keiner mehr. Können wir das nachholen?\n\nMarie Schulz",
       client="thunderbird", reply="cr-1035", style="thunderbird",
       note="session broken off by the connection: not confirmed")  # fmt: skip
    yes("gn17_oneill_cover.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:30",
        re(1136, "RE"),
        "Hi,\n\nConfirming the session on the 14th of April. A different therapist covered "
        "(Markus, I think) - full session, all good.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en",
        note="English; substitute therapist")  # fmt: skip
    no("gn18_oneill_hung_up.eml", 23, ("other",), "2026-04-21 21:30", re(1137, "RE"),
       "Hi there,\n\nSorry about tonight - I had to hang up after about 15 minutes, work called "
       "me back in. So we only did the warm-up bit really. Let me know how you want to handle "
       "it.\n\nJames O'Neill",
       client="outlook", reply="cr-1137", style="outlook_en",
       note="English; patient left after 15 minutes: not confirmed")  # fmt: skip
    yes("gn19_hoffmann_ill_two.eml", 6, (1040, 1041), ("2026-05-04", "2026-05-11"),
        "2026-05-11 10:12", re(1041),
        "Guten Morgen,\n\nhiermit bestätige ich die Termine vom 04.05. und 11.05.\n"
        "Heute war ich ziemlich erkältet, wir haben die Übungen am Gerät etwas leichter "
        "gemacht, aber voll durchgezogen.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1041", style="outlook",
        note="second session held although ill, in full")  # fmt: skip
    yes("gn20_hoffmann_same_day_one_cut.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 19:20",
        "Termine 18.05.",
        "Hallo,\n\nam 18.05. hatte ich ja zwei Termine. Die KG am Gerät morgens lief ganz normal.\n"
        "Die Manuelle Therapie mittags musste ich nach ca. 15 Minuten abbrechen, weil ein "
        "Meeting vorgezogen wurde. Die bitte nicht als vollständig werten.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", staff=True,
        note="morning KGG in full; the MT at 12:30 broken off: only 1042")  # fmt: skip
    yes("gn21_berger_one_missed.eml", 24, (1142,), ("2026-05-06",), "2026-05-14 10:40",
        re(1143),
        "Guten Tag,\n\ndie Behandlung am 6. Mai hat stattgefunden. Am 13. Mai war ich krank "
        "im Bett und bin gar nicht ans Telefon gegangen, da war also nichts.\n\n"
        "Freundliche Grüße\nUrsula Berger",
        client="webde", reply="cr-1143", style="webde", staff=True,
        note="06.05 confirmed; 13.05 did not take place: staff")  # fmt: skip


def summer() -> None:
    """Elena Popescu, Jonas Richter, Gisela Neumann, Lukas Brandt, Emily Carter, Fatma Yıldız."""
    yes("gn22_popescu_phone.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:10", re(1046),
        "Hallo,\nich bestätige Termin 2.6. Video war nicht gehen, dann hat Therapeutin mit "
        "Telefon gemacht, aber alles gut gemacht, 30 minuten.\nDanke\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo",
        note="learner's German; video done by phone, in full")  # fmt: skip
    no("gn23_popescu_ill_short.eml", 7, ("other",), "2026-06-09 13:30", re(1047),
       "Hallo,\ntermin heute 9.6 ich war krank mit fieber. Therapeutin hat gesagt wir machen nur "
       "kurz, 10 minuten, und dann schluss, ich soll ausruhen.\nViele grüße Elena",
       client="yahoo", reply="cr-1047", style="yahoo",
       note="learner's German; therapist stopped after ten minutes: not confirmed")  # fmt: skip
    yes("gn24_richter_late_start.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 21:15",
        re(1051, "Re"),
        "Bestätigt, 3.6. 👍 Hat auf eurer Seite 20 min später angefangen, ging dafür bis 18:50, "
        "passt also.\n\nJonas",
        client="iphone", reply="cr-1051", style="iphone",
        note="started 20 minutes late, ran in full")  # fmt: skip
    yes("gn25_richter_two_cover.eml", 8, (1052, 1053), ("2026-06-10", "2026-06-17"),
        "2026-06-18 08:02", re(1053, "Re"),
        "Moin, 10.6. und 17.6. waren beide. Am 17. mit der Vertretung, lief genauso gut.\n"
        "Gruß Jonas Richter",
        client="apple", reply="cr-1053", style="iphone",
        note="second session with a substitute")  # fmt: skip
    yes("gn26_neumann_afternoon.eml", 9, (1056,), ("2026-07-07",), "2026-07-08 09:30",
        "Behandlung am 7. Juli",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, daß die Behandlung am Dienstag, "
        "den 7. Juli stattgefunden hat. Die Therapeutin rief erst am Nachmittag an, weil es "
        "morgens bei ihr nicht ging, das war mir aber recht.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
        note="moved to the afternoon of the same day, held")  # fmt: skip
    no("gn27_neumann_stopped.eml", 9, ("question",), "2026-07-09 11:15",
       "Behandlung heute",
       "Sehr geehrte Damen und Herren,\n\nheute, am Donnerstag, hat mich die Therapeutin "
       "angerufen. Ich habe ihr gesagt, dass es mir nicht gut geht mit dem Kreislauf, und wir "
       "haben nach ein paar Minuten aufgehört. Ist das so in Ordnung oder muss ich dafür etwas "
       "bezahlen?\n\nMit freundlichen Grüßen\nGisela Neumann",
       note="session stopped after a few minutes; a question")  # fmt: skip
    yes("gn28_neumann_three.eml", 9, (1058, 1059, 1060),
        ("2026-07-14", "2026-07-16", "2026-07-21"), "2026-07-22 10:05", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlungen am 14.7., 16.7. und 21.7. haben "
        "alle stattgefunden. Am 16. war eine andere Dame am Telefon, die Vertretung, sie hat "
        "es aber genauso gemacht.\n\nMit freundlichen Grüßen\nGisela Neumann",
        note="three sessions, one with a substitute")  # fmt: skip
    yes("gn29_brandt_phone.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:40",
        re(1063, "Re"),
        "Bestätigt: 3.7., lief übers Handy statt Video (Laptop-Update…), volle Zeit.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True,
        note="bottom-posted; video held by phone, in full")  # fmt: skip
    no("gn30_brandt_unsure.eml", 10, ("question",), "2026-07-20 22:10", re(1065, "Re"),
       "Hi,\n\nihr wollt die Bestätigung für den 17.07. – ehrlich gesagt bin ich mir nicht "
       "sicher, ob das stattgefunden hat. Ich war an dem Freitag unterwegs und hab kurz mit "
       "jemandem von euch telefoniert, aber ob das die Behandlung war oder nur eine "
       "Terminabsprache, weiß ich nicht mehr. Könnt ihr bei euch nachschauen?\n\nLukas Brandt",
       client="thunderbird", reply="cr-1065", style="thunderbird",
       note="patient unsure the session took place: not confirmed")  # fmt: skip
    yes("gn31_carter_phone_en.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 16:22",
        re(1069, "Re"),
        "Hi,\n\nconfirming the session on Aug 3rd - we ended up doing it over the phone since my "
        "laptop camera died. Full session though.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en",
        note="English; video held by phone")  # fmt: skip
    no("gn32_carter_ended_en.eml", 11, ("question",), "2026-08-10 15:40", re(1070, "Re"),
       "Hi,\n\nabout today (Monday 10 August): the physio had to end the call after about 15 "
       "minutes because of something urgent on her side. Totally fine, but I don't think that "
       "counts as a full session? Should we add one?\n\nBest,\nEmily Carter",
       client="gmail", reply="cr-1070", style="gmail_en",
       note="English; therapist ended after 15 minutes: not confirmed")  # fmt: skip
    yes("gn33_carter_two_late_en.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-24 18:05", "Sessions 17 and 24 August",
        "Hello,\n\nconfirming 17 Aug and 24 Aug. The one today started a bit late (12:20) but we "
        "did the whole 30 minutes.\n\nEmily",
        client="gmail",
        note="English; second one started late, in full")  # fmt: skip
    yes("gn34_yildiz_afternoon.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 17:30",
        re(1075),
        "hallo ich bestätige 05.08 termin war, aber später am nachmittag weil ich arbeit hatte, "
        "die therapeutin hat um 15 uhr angerufen.\nFatma",
        client="webde", reply="cr-1075", style="webde",
        note="moved to the afternoon of the same day")  # fmt: skip


def autumn() -> None:
    """Dr. Vogel, Anna Lehmann, Birgit Schäfer, Ole Jansen, David Nowak, Leonie Hartmann."""
    yes("gn35_vogel_moved_noon.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 13:05",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\nich bestätige hiermit die Manuelle Therapie vom "
        "10.09.2026. Die Sitzung fand wegen eines Gerichtstermins meinerseits erst um 12:00 statt "
        "(mit Ihrer Kollegin telefonisch abgestimmt).\n\nMit freundlichen Grüßen\n"
        "Dr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\nTel. 0211 498 22 10",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="moved to noon the same day; signature phone number")  # fmt: skip
    no("gn36_vogel_broke_off.eml", 13, ("other",), "2026-09-17 10:20", re(1083),
       "Guten Morgen,\n\ndie Sitzung heute musste ich nach ca. 15 Minuten abbrechen, Notfall "
       "in der Kanzlei. Bitte klären Sie, wie Sie das handhaben.\n\nMit freundlichen Grüßen\n"
       "Dr. Michael Vogel",
       client="outlook", reply="cr-1083", style="outlook_classic",
       note="patient broke off after 15 minutes: not confirmed")  # fmt: skip
    yes("gn37_lehmann_phone_wlan.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:02",
        re(1087, "Re"),
        "hey, 8.9. hat stattgefunden, war per telefon weil das uni-wlan mal wieder tot war. "
        "sonst alles normal\nanna",
        client="gmail", reply="cr-1087", style="gmail",
        note="video held by phone")  # fmt: skip
    yes("gn38_lehmann_one_ended.eml", 14, (1088,), ("2026-09-15",), "2026-09-23 08:50",
        re(1089, "Re"),
        "Hallo,\n\n15.9. war ganz normal. Den am 22.9. hat die Therapeutin nach ungefähr 20 Min "
        "beendet, weil sie meinte mit dem Knie geht heute nicht mehr. Weiß nicht ob ihr den "
        "abrechnen könnt.\n\nAnna Lehmann",
        client="gmail", reply="cr-1089", style="gmail", staff=True,
        note="15.09 in full; 22.09 ended early by the therapist: only 1088")  # fmt: skip
    yes("gn39_schaefer_office_phone.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15",
        re(1098),
        "Guten Morgen,\n\nBestätigung: Die Sitzung vom 07.10.2026 hat stattgefunden "
        "(wegen Kameraproblemen telefonisch).\n\nMit freundlichen Grüßen\nBirgit Schäfer\n"
        "Steuerberatung Schäfer\nTel. 0341 22 66 480",
        client="outlook", reply="cr-1098", style="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="from her second registered address; held by phone")  # fmt: skip
    yes("gn40_jansen_ill_and_cut.eml", 17, (1105,), ("2026-10-29",), "2026-11-05 12:30",
        re(1106, "Re"),
        "Moin,\n\n29.10. bestätigt – war zwar ziemlich erkältet, haben aber das volle Programm "
        "gemacht. Heute (5.11.) musste ich leider nach ner Viertelstunde raus, Handwerker kam. "
        "Den bitte nicht zählen.\n\nOle Jansen",
        client="gmail", reply="cr-1106", style="gmail", staff=True,
        note="29.10 held although ill; 05.11 left after 15 minutes: only 1105")  # fmt: skip
    yes("gn41_nowak_afternoon.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 15:05", re(1116),
        "Hallo,\n\nbestätige den 06.11. – fand wie telefonisch besprochen am Nachmittag um "
        "14 Uhr statt statt um 8.\n\nDavid Nowak",
        client="thunderbird", reply="cr-1116", style="thunderbird",
        note="moved to the afternoon of the same day")  # fmt: skip
    yes("gn42_hartmann_late.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:10",
        re(1120),
        "Hallo,\n3.11. war, hat zwar erst um 17:20 angefangen, ging dann aber bis 17:50. "
        "Passt also.\nLeonie Hartmann",
        client="webde", reply="cr-1120", style="webde",
        note="started 20 minutes late, in full")  # fmt: skip
    no("gn43_hartmann_half.eml", 20, ("other",), "2026-11-10 19:30", re(1121),
       "Hallo,\n\nwir haben heute nur ungefähr die Hälfte gemacht, mir war schwindelig und die "
       "Therapeutin hat dann gesagt, wir hören lieber auf.\n\nLG Leonie",
       client="webde", reply="cr-1121", style="webde",
       note="only half the session: not confirmed")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
